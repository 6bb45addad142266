// The Today screen's customer data (customers.keepInTouch), reloaded whenever what it is computed from changes:
// people, companies, the activity log, deals, the calendar (a follow-up takes someone off) and settings.
import { api } from '../../api/api';
import { useApiQuery } from '../../api/useApiQuery';

/** Due customers loaded at once: "Show more" reveals them without another round trip. */
export const KEEP_IN_TOUCH_LOADED = 50;

export function useKeepInTouch() {
  return useApiQuery('customers.keepInTouch', () => api.customers.keepInTouch({ limit: KEEP_IN_TOUCH_LOADED }), [
    'contact',
    'company',
    'activity',
    'deal',
    'calendar',
    'settings',
  ]);
}
