import { EmbedNotFound } from '../../features/embed/components/EmbedQueryView';
import { PageHead } from '../../shared/head/PageHead';

const TITLE = 'Không tìm thấy tiện ích';

/**
 * An unknown `/embed/…` address sits inside a ward's frame like any widget: the portal's
 * header and footer there would be a site inside a site, so it gets the widget's notice.
 */
export function EmbedNotFoundRoute() {
  return (
    <>
      <PageHead title={TITLE} />
      <h1>{TITLE}</h1>
      <EmbedNotFound>Địa chỉ tiện ích này không tồn tại. Hãy lấy lại mã nhúng mới.</EmbedNotFound>
    </>
  );
}
