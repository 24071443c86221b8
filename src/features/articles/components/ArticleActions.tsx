import { useRef, useState } from 'react';
import { copyText } from '../../../shared/lib/copy-text';
import { useHydrated } from '../../../shared/lib/use-hydrated';

const MESSAGES = {
  copied: 'Đã sao chép liên kết.',
  selected: 'Không sao chép tự động được: liên kết đã được chọn, hãy nhấn Ctrl+C.',
} as const;

/**
 * "Chia sẻ": the phone's own share sheet where the browser has one (Zalo and Facebook are
 * share targets there), else "Sao chép liên kết" with a visible confirmation; and printing.
 * They need JavaScript, so a prerendered page shows them once the app has taken over (the row
 * keeps its place meanwhile: nothing moves).
 */
export function ArticleActions({ title }: { title: string }) {
  const hydrated = useHydrated();
  const shown = useRef<HTMLSpanElement>(null);
  const [status, setStatus] = useState<keyof typeof MESSAGES | null>(null);
  const url = hydrated ? (window.location.href.split('#')[0] ?? '') : '';
  const canShare = hydrated && typeof navigator.share === 'function';
  const share = () => {
    if (canShare) {
      // Cancelling the share sheet rejects: nothing to tell the reader.
      navigator.share({ title, url }).catch(() => {});
    } else void copyText(url, shown.current).then(setStatus);
  };
  return (
    <p className="no-print article__actions">
      {hydrated && (
        <>
          <button type="button" className="button" onClick={share}>
            {canShare ? 'Chia sẻ' : 'Sao chép liên kết'}
          </button>{' '}
          <button type="button" className="button" onClick={() => window.print()}>
            In bài viết
          </button>{' '}
          <span ref={shown} className="visually-hidden">
            {url}
          </span>
          <span role="status">{status && MESSAGES[status]}</span>
        </>
      )}
    </p>
  );
}
