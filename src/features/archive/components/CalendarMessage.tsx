import type { ReactNode } from 'react';

/** A line in place of the calendar grid: loading, nothing to show, or a failure to retry. */
export function CalendarMessage({
  children,
  alert = false,
  onRetry,
}: {
  children: ReactNode;
  alert?: boolean;
  onRetry?: () => void;
}) {
  return (
    <div className="calendar-popup__message" role={alert ? 'alert' : 'status'}>
      <p>{children}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Thử lại
        </button>
      )}
    </div>
  );
}
