// The board (being built).
export function DealsPage() {
  return <div className="page" />;
}
