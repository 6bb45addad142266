// Deals won and lost in a period of the dashboard (the close figures and the lost reasons both read them).
import { api } from '../../../api/api';
import { useApiQuery } from '../../../api/useApiQuery';
import { DEAL_ENTITIES, type DashboardScope } from './dashboardScope';
import { dayRange, type RangePreset } from './periods';

export function useCloseFigures(scope: DashboardScope, preset: RangePreset) {
  const { pipeline, currency } = scope;
  const range = dayRange(preset, scope.today);
  return useApiQuery(
    `deals.closeFigures|${pipeline.id}|${currency}|${range.from}|${range.to}`,
    () => api.deals.closeFigures({ pipelineId: pipeline.id, currency, range }),
    DEAL_ENTITIES,
  );
}
