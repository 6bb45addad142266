// What every card of the dashboard is drawn for: one pipeline, the user's currency, today, the theme's colours.
import type { TFunction } from 'i18next';
import type { Pipeline } from '@shared/domain/deals';
import type { ChartTheme } from './useChartTheme';

export interface DashboardScope {
  pipeline: Pipeline;
  pipelineName: string;
  /** The currency summed (the user's); deals in others are counted apart. */
  currency: string;
  /** "YYYY-MM-DD", the computer's. */
  today: string;
  theme: ChartTheme;
}

/** Data of the deals and pipelines: a card reloads when either changes. */
export const DEAL_ENTITIES = ['deal', 'pipeline'] as const;

/** The PNG of a chart: "Rapport funnel 2026-11-22.png", under a line naming the pipeline and the period. */
export function pngOf(t: TFunction, scope: DashboardScope, fileWordKey: string, periodKey: string) {
  return {
    fileName: t('dashboard.fileName', { chart: t(fileWordKey), date: scope.today }),
    subtitle: `${scope.pipelineName} · ${t(periodKey)}`,
  };
}
