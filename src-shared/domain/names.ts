// How a person's name is shown. Chinese (and other CJK) names put the family name first with no space;
// a one-field full name is shown as written.

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

export function displayNameOf(name: { givenName: string; familyName: string; fullName: string }): string {
  const full = name.fullName.trim();
  if (full !== '') return full;
  const given = name.givenName.trim();
  const family = name.familyName.trim();
  if (CJK.test(given) || CJK.test(family)) return `${family}${given}`;
  return [given, family].filter((p) => p !== '').join(' ');
}

/** Name parts in the order a list sorts them: family name first. */
export function sortOrderNameParts(name: { givenName: string; familyName: string; fullName: string }): string[] {
  if (name.fullName.trim() !== '') return [name.fullName];
  return [name.familyName, name.givenName];
}
