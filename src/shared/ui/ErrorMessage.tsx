import { Link } from 'react-router-dom';
import { InvalidDataError, NotFoundError, offersRetry } from '../api/errors';
import { OfflineError } from '../api/offline';
import { NotFound } from './NotFound';

/**
 * The one place an error becomes words for a resident. Missing → "not found";
 * broken data → say so, offer the way home; network/5xx → "Thử lại" that really refetches.
 */
export function ErrorMessage({
  error,
  onRetry,
  asPage = false,
}: {
  error: unknown;
  onRetry?: () => void;
  asPage?: boolean;
}) {
  if (error instanceof NotFoundError) {
    return <NotFound asPage={asPage} />;
  }
  if (error instanceof OfflineError) {
    // Not an error of ours: say what is still there (the service worker saved them).
    return (
      <section className="notice notice--offline" role="alert">
        <p className="notice__title">
          Bạn đang ngoại tuyến, {error.path.startsWith('articles/') ? 'bài' : 'trang'} này chưa được
          lưu trên máy.
        </p>
        <p>Các trang bạn đã xem vẫn mở được khi không có mạng.</p>
        <p className="notice__actions">
          {onRetry && (
            <button type="button" className="button" onClick={onRetry}>
              Thử lại
            </button>
          )}
          <Link to="/">Về trang chủ</Link>
          <Link to="/contacts">Đường dây nóng</Link>
        </p>
      </section>
    );
  }
  const invalid = error instanceof InvalidDataError;
  return (
    <section className="notice notice--error" role="alert">
      <p className="notice__title">
        {invalid ? 'Dữ liệu của phần này bị lỗi nên chưa thể hiển thị.' : 'Không tải được dữ liệu.'}
      </p>
      <p>
        {invalid
          ? 'Chúng tôi đã ghi nhận sự cố. Bạn có thể xem các mục khác của cổng thông tin.'
          : 'Vui lòng kiểm tra kết nối mạng và thử lại.'}
      </p>
      <p className="notice__actions">
        {offersRetry(error) && onRetry && (
          <button type="button" className="button" onClick={onRetry}>
            Thử lại
          </button>
        )}
        <Link to="/">Về trang chủ</Link>
      </p>
    </section>
  );
}
