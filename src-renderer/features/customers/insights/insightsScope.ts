// What every card of "Customers at a glance" is drawn for: people or companies, the user's currency, today and
// the theme's colours; and the name of a card's PNG.
import type { TFunction } from 'i18next';
import type { CustomerKind } from '@shared/domain/customers';
import type { ChartTheme } from '../../deals/dashboard/useChartTheme';

export interface InsightsScope {
  kind: CustomerKind;
  /** "People" or "Companies", for the PNG's subtitle. */
  kindName: string;
  /** The currency of Settings (main sums it alone). */
  currency: string;
  /** "YYYY-MM-DD", the computer's. */
  today: string;
  theme: ChartTheme;
}

/** Everything the figures are computed from: a card reloads when any of it changes. */
export const INSIGHT_ENTITIES = ['deal', 'contact', 'company', 'activity', 'settings'] as const;

/** The PNG of a chart: "Rapport segments 2026-11-22.png", under a line naming whose figures and the period. */
export function pngOf(t: TFunction, scope: InsightsScope, fileWordKey: string, periodName: string) {
  return {
    fileName: t('dashboard.fileName', { chart: t(fileWordKey), date: scope.today }),
    subtitle: `${scope.kindName} · ${periodName}`,
  };
}
