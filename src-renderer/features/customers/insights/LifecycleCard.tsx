// People by lifecycle stage: of the people added in the period, how many are at each stage today (people only:
// companies have no lifecycle).
import { LIFECYCLE_STAGES, type LifecycleStage } from '@shared/domain/contact';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/api';
import { horizontalBarsHeight } from '../../deals/dashboard/barCharts';
import { CountBarsCard } from './CountBarsCard';
import type { InsightsScope } from './insightsScope';

// As tall as the segments beside it.
const ROW_HEIGHT = 48;

export function LifecycleCard({ scope }: { scope: InsightsScope }) {
  const { t } = useTranslation();
  const { theme } = scope;
  const colourOf = (stage: LifecycleStage) =>
    stage === 'lapsed' ? theme.previous : stage === 'customer' || stage === 'repeat' ? theme.won : theme.accent;

  return (
    <CountBarsCard
      scope={scope}
      words="insights.lifecycle"
      icon="person"
      categoryColumn="stage"
      countColumn="people"
      defaultPreset="allTime"
      chartHeight={horizontalBarsHeight(LIFECYCLE_STAGES.length, ROW_HEIGHT)}
      barPercentage={0.6}
      queryKey={(range) => `customers.byLifecycle|${range.from}|${range.to}`}
      load={(range) => api.customers.byLifecycle({ range })}
      countsOf={(data) => ({
        total: data.people,
        categories: data.stages.map((s) => ({
          key: s.stage,
          name: t(`lifecycle.${s.stage}`),
          count: s.people,
          colour: colourOf(s.stage),
        })),
      })}
      headlined={['customer', 'repeat']}
    />
  );
}
