// Today on this computer's calendar ("YYYY-MM-DD"), as deals' dates are written.
import { wallClockOf } from '../calendar/CalendarPage';

export const todayLocal = (): string => wallClockOf(new Date(), true);
