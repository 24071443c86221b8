import { Link, useLocation } from 'react-router-dom';
import { InvalidDataError, NotFoundError, offersRetry } from '../api/errors';
import { OfflineError } from '../api/offline';
import * as urls from '../urls/app-urls';
import * as files from '../urls/data-files';
import { HomeLink } from './HomeLink';
import { NotFound } from './NotFound';

/**
 * The one place an error becomes words for a resident, and only true ones: nothing here is
 * recorded or reported anywhere, so no message may say it was.
 *
 * - The page's own file missing → "not found".
 * - A supporting file missing (`part` names what it holds: "danh bạ", "danh sách chuyên mục")
 *   → that part is unavailable, the rest of the page stays, and "Thử lại" (the file may be
 *   uploaded any minute).
 * - Broken data → say so; network/5xx → "Thử lại" that really refetches.
 * "Về trang chủ" is left out on the home page itself: a link to where you are is no way out.
 */
export function ErrorMessage({
  error,
  onRetry,
  asPage = false,
  part,
}: {
  error: unknown;
  onRetry?: () => void;
  asPage?: boolean;
  /** What the failed file holds, for a part of a page that exists without it. */
  part?: string;
}) {
  const { pathname } = useLocation();
  const missing = error instanceof NotFoundError;
  if (missing && !part) return <NotFound asPage={asPage} />;
  if (error instanceof OfflineError) {
    // Not an error of ours: say what is still there (the service worker saved them).
    return (
      <section className="notice notice--offline" role="alert">
        <p className="notice__title">
          Bạn đang ngoại tuyến, {error.path.startsWith(`${files.ARTICLES}/`) ? 'bài' : 'trang'} này
          chưa được lưu trên máy.
        </p>
        <p>Các trang bạn đã xem vẫn mở được khi không có mạng.</p>
        <p className="notice__actions">
          {onRetry && (
            <button type="button" className="button" onClick={onRetry}>
              Thử lại
            </button>
          )}
          <HomeLink>Về trang chủ</HomeLink>
          <Link to={urls.contacts()}>Đường dây nóng</Link>
        </p>
      </section>
    );
  }
  const invalid = error instanceof InvalidDataError;
  const retry = (missing || offersRetry(error)) && onRetry;
  return (
    <section className="notice notice--error" role="alert">
      <p className="notice__title">{title(error, part)}</p>
      <p>
        {missing || invalid
          ? 'Bạn có thể xem các mục khác của cổng thông tin.'
          : 'Vui lòng kiểm tra kết nối mạng và thử lại.'}
      </p>
      <p className="notice__actions">
        {retry && (
          <button type="button" className="button" onClick={retry}>
            Thử lại
          </button>
        )}
        {pathname !== '/' && <HomeLink>Về trang chủ</HomeLink>}
      </p>
    </section>
  );
}

function title(error: unknown, part: string | undefined): string {
  if (error instanceof NotFoundError) return `Chưa có ${part}.`;
  if (error instanceof InvalidDataError) {
    return part
      ? `Dữ liệu ${part} bị lỗi nên chưa thể hiển thị.`
      : 'Dữ liệu của phần này bị lỗi nên chưa thể hiển thị.';
  }
  return part ? `Không tải được ${part}.` : 'Không tải được dữ liệu.';
}
