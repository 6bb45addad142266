// One deal (being built).
export function DealPage() {
  return <div className="page" />;
}
