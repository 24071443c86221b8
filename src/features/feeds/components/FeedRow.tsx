import { useRef, useState } from 'react';
import { copyText } from '../../../shared/lib/copy-text';
import { useHydrated } from '../../../shared/lib/use-hydrated';
import { feedPath, feedUrl } from '../feed-url';

const MESSAGES = {
  copied: 'Đã sao chép địa chỉ.',
  selected: 'Không sao chép tự động được: địa chỉ đã được chọn, hãy nhấn Ctrl+C.',
} as const;

/** One feed: its name, its full address (a link, so it can also be opened) and a copy button. */
export function FeedRow({ name, label }: { name: string; label: string }) {
  // A prerendered page shows the path; the browser then knows its own origin.
  const url = useHydrated() ? feedUrl(name) : feedPath(name);
  const shown = useRef<HTMLAnchorElement>(null);
  const [status, setStatus] = useState<keyof typeof MESSAGES | null>(null);
  return (
    <div className="feed-row">
      <span className="feed-row__name">{label}</span>
      <a ref={shown} className="feed-row__url" href={url} type="application/atom+xml">
        {url}
      </a>
      <span className="feed-row__actions">
        {/* Named after its feed: a list of bare "Sao chép" buttons says nothing to a screen reader. */}
        <button
          type="button"
          className="button feed-row__copy"
          aria-label={`Sao chép địa chỉ tin ${label}`}
          onClick={() => void copyText(url, shown.current).then(setStatus)}
        >
          Sao chép
        </button>{' '}
        {/* Always in the page, so that screen readers announce the change. */}
        <span role="status" className="feed-row__status">
          {status && MESSAGES[status]}
        </span>
      </span>
    </div>
  );
}
