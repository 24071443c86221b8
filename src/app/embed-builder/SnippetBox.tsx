import { useId, useRef, useState } from 'react';

const MESSAGES = {
  copied: 'Đã sao chép mã nhúng.',
  selected: 'Trình duyệt không cho sao chép tự động: mã đã được chọn sẵn, hãy nhấn Ctrl+C.',
} as const;
type Outcome = keyof typeof MESSAGES;

/**
 * Copies `text`, or, where the Clipboard API is missing (a portal served over plain http, an
 * old browser) or refused, selects it in `code` for Ctrl+C after trying `execCommand('copy')`.
 * A textarea, not shared/lib/copy-text: selecting a textarea's value needs its own `select()`.
 */
async function copySnippet(text: string, code: HTMLTextAreaElement | null): Promise<Outcome> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    // No clipboard API or permission refused: fall back below.
  }
  code?.focus();
  code?.select();
  try {
    if (document.execCommand('copy')) return 'copied';
  } catch {
    // execCommand is gone or throws: the code stays selected.
  }
  return 'selected';
}

/** The tag to paste, in a full-width read-only code box, with a copy button that confirms. */
export function SnippetBox({ snippet }: { snippet: string }) {
  const id = useId();
  const codeRef = useRef<HTMLTextAreaElement>(null);
  // Remember which snippet the outcome was for: any change of option makes it stale, and the
  // message then disappears (it would no longer be true).
  const [copy, setCopy] = useState<{ outcome: Outcome; snippet: string } | null>(null);
  const outcome = copy?.snippet === snippet ? copy.outcome : null;
  return (
    <section className="embed-builder__panel embed-builder__snippet">
      <h2 className="embed-builder__title">Mã nhúng</h2>
      <div className="embed-builder__body">
        <div className="embed-builder__field">
          <label htmlFor={`${id}-code`} className="embed-builder__label">
            Dán đoạn mã này vào trang của phường, ở chỗ muốn hiện tiện ích
          </label>
          <textarea
            id={`${id}-code`}
            ref={codeRef}
            className="embed-builder__code"
            readOnly
            rows={4}
            spellCheck={false}
            value={snippet}
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
        <div className="embed-builder__actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              // Cleared first: a second copy of the same code is announced again.
              setCopy(null);
              void copySnippet(snippet, codeRef.current).then((result) =>
                setCopy({ outcome: result, snippet }),
              );
            }}
          >
            Sao chép mã nhúng
          </button>
          {/* Always in the page, so that screen readers announce the change. */}
          <span
            role="status"
            aria-live="polite"
            className="embed-builder__status"
            data-outcome={outcome ?? undefined}
          >
            {outcome && MESSAGES[outcome]}
          </span>
        </div>
      </div>
    </section>
  );
}
