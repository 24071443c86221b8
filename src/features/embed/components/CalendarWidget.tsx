import { useDocumentTitle } from '../../../shared/lib/use-document-title';
import { DatePicker } from '../../archive/components/DatePicker';

export const CALENDAR_TITLE = 'Xem bài viết theo ngày';

/**
 * `/embed/calendar`: the portal's date picker; a chosen day opens that day's articles on the
 * portal in the top window (`linkTarget="_top"`), not inside the frame.
 */
export function CalendarWidget() {
  useDocumentTitle(CALENDAR_TITLE);
  return (
    <>
      <h1 className="visually-hidden">{CALENDAR_TITLE}</h1>
      <DatePicker linkTarget="_top" />
    </>
  );
}
