import { useSearchParams } from 'react-router-dom';
import { parseId } from '../../features/embed/params';
import { CalendarWidget } from '../embed/CalendarWidget';

export function EmbedCalendarRoute() {
  const [params] = useSearchParams();
  return <CalendarWidget day={parseId(params.get('day'))} />;
}
