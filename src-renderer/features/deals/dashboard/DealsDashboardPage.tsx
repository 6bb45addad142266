// The funnel's numbers (being built).
export function DealsDashboardPage() {
  return <div className="page" />;
}
