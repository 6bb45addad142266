// A card's figure in large type: what it is, the number, and a line of detail under it.
interface HeadlineProps {
  label: string;
  figure: string;
  detail?: string;
  tone?: 'warning';
}

export function Headline({ label, figure, detail, tone }: HeadlineProps) {
  return (
    <div className={`dashboard-headline ${tone ? `is-${tone}` : ''}`}>
      <span className="dashboard-headline-label">{label}</span>
      <span className="dashboard-headline-figure">{figure}</span>
      {detail && <span className="dashboard-headline-detail">{detail}</span>}
    </div>
  );
}
