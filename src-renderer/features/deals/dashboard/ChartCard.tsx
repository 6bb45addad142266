// The frame every chart of the dashboard sits in: a card with its period picker and "Export PNG" in the header,
// a headline figure, the chart (or a sentence saying why there is none), a note on deals left out for their
// currency, and the same numbers as a table behind a toggle.
import { type ReactNode, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { Card } from '../../../components/Card';
import { ErrorNotice } from '../../../components/ErrorNotice';
import type { IconName } from '../../../components/Icon';
import { useToast } from '../../../components/useToast';
import { type BarChartConfig, ChartCanvas } from './ChartCanvas';
import { exportChartPng } from './exportChartPng';
import type { ChartTheme } from './useChartTheme';

export interface ChartCardProps {
  title: string;
  icon: IconName;
  /** The period picker. */
  period: ReactNode;
  /** The card's data: undefined while loading; the chart is null when there is nothing to draw. */
  content:
    | { error: Error; reload: () => void }
    | {
        headline?: ReactNode;
        chart: BarChartConfig | null;
        chartLabel: string;
        emptyText: string;
        otherCurrencyDeals: number;
        currency: string;
        table: ReactNode;
      }
    | undefined;
  chartHeight: number;
  theme: ChartTheme;
  /** The PNG's file name, and the line under its title (pipeline and period). */
  png: { fileName: string; subtitle: string };
  note?: string;
  className?: string;
}

export function ChartCard({ title, icon, period, content, chartHeight, theme, png, note, className }: ChartCardProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const [tableShown, setTableShown] = useState(false);
  const tableId = useId();
  const ready = content !== undefined && !('error' in content) ? content : undefined;
  const hasChart = ready?.chart != null;

  const exportPng = () => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    try {
      exportChartPng(canvas, { title, subtitle: png.subtitle, ...theme }, png.fileName);
      toast.show({ message: t('dashboard.exported', { fileName: png.fileName }) });
    } catch (error) {
      toast.show({ message: t('common.error', { message: (error as Error).message }), tone: 'error' });
    }
  };

  return (
    <Card
      title={title}
      icon={icon}
      className={`dashboard-card ${className ?? ''}`}
      actions={
        <div className="dashboard-card-actions">
          {period}
          <Button size="sm" variant="ghost" icon="download" disabled={!hasChart} onClick={exportPng}>
            {t('dashboard.exportPng')}
          </Button>
        </div>
      }
    >
      {content === undefined && <div className="dashboard-loading" style={{ height: chartHeight }} aria-busy />}
      {content !== undefined && 'error' in content && <ErrorNotice error={content.error} onRetry={content.reload} />}
      {ready && (
        <>
          {ready.headline}
          {ready.chart ? (
            <ChartCanvas config={ready.chart} label={ready.chartLabel} height={chartHeight} canvasRef={canvasRef} />
          ) : (
            <p className="dashboard-empty" style={{ minHeight: chartHeight / 2 }}>
              {ready.emptyText}
            </p>
          )}
          {note && <p className="dashboard-note">{note}</p>}
          {ready.otherCurrencyDeals > 0 && (
            <p className="dashboard-note dashboard-currency-note">
              {t('dashboard.otherCurrencies', { count: ready.otherCurrencyDeals, currency: ready.currency })}
            </p>
          )}
          {hasChart && (
            <>
              <Button
                size="sm"
                variant="ghost"
                icon={tableShown ? 'chevronUp' : 'chevronDown'}
                aria-expanded={tableShown}
                aria-controls={tableId}
                className="dashboard-table-toggle"
                onClick={() => setTableShown((shown) => !shown)}
              >
                {tableShown ? t('dashboard.hideTable') : t('dashboard.showTable')}
              </Button>
              <div id={tableId} hidden={!tableShown} className="dashboard-table-wrap">
                {ready.table}
              </div>
            </>
          )}
        </>
      )}
    </Card>
  );
}
