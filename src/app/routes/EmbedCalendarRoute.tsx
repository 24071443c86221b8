import { useSearchParams } from 'react-router-dom';
import { CalendarWidget } from '../../features/embed/components/CalendarWidget';
import { parseId } from '../../features/embed/params';

export function EmbedCalendarRoute() {
  const [params] = useSearchParams();
  return <CalendarWidget day={parseId(params.get('day'))} />;
}
