// Pipelines, products and lost reasons (being built).
export function DealSettingsPage() {
  return <div className="page" />;
}
