// Where the app opens: Today (the day's agenda, undone tasks, birthdays) once there are customers to keep in
// touch with; the contacts list, whose empty state is the welcome, before that.
import { Navigate } from 'react-router';
import { api } from '../api/api';
import { useApiQuery } from '../api/useApiQuery';

export function FirstScreen() {
  const info = useApiQuery('app.info', () => api.app.info({}));
  if (info.error) return <Navigate to="/contacts" replace />;
  if (!info.data) return <div className="page" aria-busy="true" />;
  return <Navigate to={info.data.counts.contacts > 0 ? '/today' : '/contacts'} replace />;
}
