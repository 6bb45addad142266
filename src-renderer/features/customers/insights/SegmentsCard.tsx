// Customers by segment: of the customers who bought in the period, how many are in each segment today, each bar in
// its segment's colour, with the champions and loyal as the headline.
import { SEGMENTS } from '@shared/customers/segments';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/api';
import { horizontalBarsHeight } from '../../deals/dashboard/barCharts';
import { CountBarsCard } from './CountBarsCard';
import type { InsightsScope } from './insightsScope';
import { segmentColours } from './segmentColours';

const ROW_HEIGHT = 30;

export function SegmentsCard({ scope }: { scope: InsightsScope }) {
  const { t } = useTranslation();
  const { kind, theme } = scope;
  const colours = useMemo(() => segmentColours(theme.accent), [theme.accent]);

  return (
    <CountBarsCard
      scope={scope}
      words="insights.segments"
      icon="sparkle"
      categoryColumn="segment"
      countColumn="customers"
      defaultPreset="last12Months"
      chartHeight={horizontalBarsHeight(SEGMENTS.length, ROW_HEIGHT)}
      barPercentage={0.72}
      queryKey={(range) => `customers.bySegment|${kind}|${range.from}|${range.to}`}
      load={(range) => api.customers.bySegment({ kind, range })}
      countsOf={(data) => ({
        total: data.customers,
        categories: data.segments.map((s) => ({
          key: s.segment,
          name: t(`segments.names.${s.segment}`),
          count: s.customers,
          colour: colours[s.segment],
        })),
      })}
      headlined={['champions', 'loyal']}
    />
  );
}
