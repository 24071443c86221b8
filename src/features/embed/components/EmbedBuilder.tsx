import { useId, useRef, useState } from 'react';
import { useCategories } from '../../categories/api/get-categories';
import { useContacts } from '../../contacts/api/get-contacts';
import { orderGroups } from '../../contacts/filter-contacts';
import { useFrameHeight } from '../frame-height';
import { LIMIT_DEFAULT, LIMIT_MAX, LIMIT_MIN, parseLimit } from '../params';
import { embedPath, embedSnippet, portalScriptUrl, type WidgetKind } from '../snippet';
import { parseHexColor } from '../theme';

const DEFAULT_COLOR = '#0b5394';

export const WIDGET_LABELS: Record<WidgetKind, string> = {
  latest: 'Tin mới nhất',
  contacts: 'Danh bạ đường dây nóng',
  calendar: 'Xem bài viết theo ngày',
};

/**
 * `/embed`: a ward's webmaster picks a widget and its options, sees it live (an iframe of the
 * real widget, sized by the same `portal:resize` protocol as embed.js) and copies the one tag.
 */
export function EmbedBuilder() {
  const id = useId();
  const [widget, setWidget] = useState<WidgetKind>('latest');
  const [category, setCategory] = useState('');
  const [limitText, setLimitText] = useState(String(LIMIT_DEFAULT));
  const [group, setGroup] = useState('');
  const [color, setColor] = useState('');
  const [status, setStatus] = useState('');
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const frameRef = useRef<HTMLIFrameElement>(null);
  useFrameHeight(frameRef);

  const categories = useCategories().data;
  const contacts = useContacts().data;

  const options = {
    widget,
    category,
    limit: parseLimit(limitText),
    group,
    themeColor: color,
  };
  const snippet = embedSnippet(options, portalScriptUrl());
  const previewSrc = `${import.meta.env.BASE_URL}${embedPath(options)}`;
  const colorValid = color === '' || parseHexColor(color) !== null;

  const change =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setStatus('');
    };

  async function copy() {
    try {
      await navigator.clipboard.writeText(snippet);
      setStatus('Đã sao chép mã nhúng.');
      return;
    } catch {
      // No clipboard API (a page served over plain http, an old browser) or permission refused.
    }
    const code = codeRef.current;
    code?.focus();
    code?.select();
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    setStatus(
      copied
        ? 'Đã sao chép mã nhúng.'
        : 'Trình duyệt không cho sao chép tự động: mã đã được chọn sẵn, hãy nhấn Ctrl+C.',
    );
  }

  return (
    <div className="embed-builder">
      <form className="embed-builder__form" onSubmit={(event) => event.preventDefault()}>
        <fieldset className="embed-builder__field">
          <legend>Loại tiện ích</legend>
          {(Object.keys(WIDGET_LABELS) as WidgetKind[]).map((kind) => (
            <label key={kind}>
              <input
                type="radio"
                name={`${id}-widget`}
                value={kind}
                checked={widget === kind}
                onChange={() => change(setWidget)(kind)}
              />{' '}
              {WIDGET_LABELS[kind]}
            </label>
          ))}
        </fieldset>

        {widget === 'latest' && (
          <>
            <div className="embed-builder__field">
              <label htmlFor={`${id}-category`}>Chuyên mục</label>
              <select
                id={`${id}-category`}
                value={category}
                onChange={(event) => change(setCategory)(event.target.value)}
              >
                <option value="">Tất cả chuyên mục</option>
                {categories?.list.map((c) => (
                  <option key={c.slug} value={c.slug}>
                    {`${'— '.repeat(Math.max(0, categories.chainOf(c.slug).length - 1))}${c.name}`}
                  </option>
                ))}
              </select>
            </div>
            <div className="embed-builder__field">
              <label htmlFor={`${id}-limit`}>
                Số bài hiển thị ({LIMIT_MIN}–{LIMIT_MAX})
              </label>
              <input
                id={`${id}-limit`}
                type="number"
                inputMode="numeric"
                min={LIMIT_MIN}
                max={LIMIT_MAX}
                value={limitText}
                onChange={(event) => change(setLimitText)(event.target.value)}
              />
            </div>
          </>
        )}

        {widget === 'contacts' && (
          <div className="embed-builder__field">
            <label htmlFor={`${id}-group`}>Nhóm danh bạ</label>
            <select
              id={`${id}-group`}
              value={group}
              onChange={(event) => change(setGroup)(event.target.value)}
            >
              <option value="">Tất cả các nhóm</option>
              {contacts &&
                orderGroups(contacts.groups).map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.name}
                  </option>
                ))}
            </select>
          </div>
        )}

        <div className="embed-builder__field">
          <label htmlFor={`${id}-color`}>
            Màu chủ đạo (mã hex như #0b5394; để trống: màu của cổng)
          </label>
          <div className="embed-builder__color">
            <input
              id={`${id}-color`}
              type="text"
              value={color}
              placeholder={DEFAULT_COLOR}
              spellCheck={false}
              autoComplete="off"
              aria-invalid={!colorValid}
              aria-describedby={colorValid ? undefined : `${id}-color-error`}
              onChange={(event) => change(setColor)(event.target.value.trim())}
            />
            <label htmlFor={`${id}-picker`} className="visually-hidden">
              Chọn màu chủ đạo
            </label>
            <input
              id={`${id}-picker`}
              type="color"
              value={parseHexColor(color) ?? DEFAULT_COLOR}
              onChange={(event) => change(setColor)(event.target.value)}
            />
          </div>
          {!colorValid && (
            <p id={`${id}-color-error`} className="muted">
              Mã màu không hợp lệ nên sẽ không được dùng.
            </p>
          )}
        </div>
      </form>

      <h2>Xem trước</h2>
      <div className="embed-builder__preview">
        <iframe
          ref={frameRef}
          title={`Xem trước: ${WIDGET_LABELS[widget]}`}
          src={previewSrc}
          style={{ border: 0, width: '100%', display: 'block', height: '300px' }}
        />
      </div>

      <h2>Mã nhúng</h2>
      <div className="embed-builder__field">
        <label htmlFor={`${id}-code`}>
          Dán đoạn mã này vào trang của phường, ở chỗ muốn hiện tiện ích
        </label>
        <textarea
          id={`${id}-code`}
          ref={codeRef}
          className="embed-builder__code"
          readOnly
          value={snippet}
          onFocus={(event) => event.currentTarget.select()}
        />
      </div>
      <p>
        <button type="button" className="button" onClick={() => void copy()}>
          Sao chép mã nhúng
        </button>{' '}
        <span role="status" aria-live="polite">
          {status}
        </span>
      </p>
    </div>
  );
}
