import { CalendarWidget } from '../../features/embed/components/CalendarWidget';

export function EmbedCalendarRoute() {
  return <CalendarWidget />;
}
