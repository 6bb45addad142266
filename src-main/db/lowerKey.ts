// SQLite's lower() folds only the ASCII letters A–Z. Keys that JS computes to compare with lower(...) in SQL —
// tag names (unique on lower(name)), company names — must fold the same way, or "Über" is looked up as "über",
// not found, and inserted again into a unique index. So: one function, used wherever such a key is made.
export function sqliteLowerKey(text: string): string {
  return text.replace(/[A-Z]+/g, (run) => run.toLowerCase());
}
