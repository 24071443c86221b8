import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { InvalidDataError, NotFoundError, offersRetry } from '../../../shared/api/errors';
import { HomeLink } from '../../../shared/ui/HomeLink';
import { QueryView } from '../../../shared/ui/QueryView';

/**
 * ErrorMessage for a widget: same words, but compact, and its only link leaves the frame
 * (the shared one's "Về trang chủ" would load the whole portal inside the ward's little box).
 */
export function EmbedError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const text =
    error instanceof NotFoundError
      ? 'Không tìm thấy dữ liệu.'
      : error instanceof InvalidDataError
        ? 'Dữ liệu của phần này bị lỗi nên chưa thể hiển thị.'
        : 'Không tải được dữ liệu.';
  return (
    <div className="notice notice--error embed__notice" role="alert">
      <p className="notice__title">{text}</p>
      <p className="notice__actions">
        {offersRetry(error) && onRetry && (
          <button type="button" className="button" onClick={onRetry}>
            Thử lại
          </button>
        )}
        <HomeLink target="_top">Xem trên cổng thông tin</HomeLink>
      </p>
    </div>
  );
}

/** A widget's "not found" (unknown category or group): says what was not found, no crash. */
export function EmbedNotFound({ children }: { children: ReactNode }) {
  return (
    <div className="notice notice--not-found embed__notice">
      <p>{children}</p>
      <p>
        <HomeLink target="_top">Xem trên cổng thông tin</HomeLink>
      </p>
    </div>
  );
}

/** QueryView with the widget's compact, frame-leaving error message. */
export function EmbedQueryView<T>({
  query,
  children,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) {
  return (
    <QueryView
      query={query}
      renderError={(error, retry) => <EmbedError error={error} onRetry={retry} />}
    >
      {children}
    </QueryView>
  );
}
