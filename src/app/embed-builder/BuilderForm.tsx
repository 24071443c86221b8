import { useId } from 'react';
import { useCategories } from '../../features/categories/api/get-categories';
import { useContacts } from '../../features/contacts/api/get-contacts';
import { orderGroups } from '../../features/contacts/filter-contacts';
import { LIMIT_MAX, LIMIT_MIN } from '../../features/embed/params';
import type { WidgetKind } from '../../features/embed/snippet';
import { type BuilderState, WIDGET_LABELS } from './builder-state';
import { ColorField } from './ColorField';

interface Props {
  state: BuilderState;
  onChange: (patch: Partial<BuilderState>) => void;
}

/** The builder's options: which widget, then only the fields that widget reads, then colour. */
export function BuilderForm({ state, onChange }: Props) {
  const id = useId();
  const categories = useCategories().data;
  const contacts = useContacts().data;
  return (
    // Nothing to submit: every change applies at once. Enter in a field must not reload.
    <form className="embed-builder__body" onSubmit={(event) => event.preventDefault()}>
      <fieldset className="embed-builder__field">
        <legend className="embed-builder__label">Loại tiện ích</legend>
        {(Object.keys(WIDGET_LABELS) as WidgetKind[]).map((kind) => (
          <label key={kind} className="embed-builder__choice">
            <input
              type="radio"
              name={`${id}-widget`}
              value={kind}
              checked={state.widget === kind}
              onChange={() => onChange({ widget: kind })}
            />
            {WIDGET_LABELS[kind]}
          </label>
        ))}
      </fieldset>

      {state.widget === 'latest' && (
        <>
          <div className="embed-builder__field">
            <label htmlFor={`${id}-category`} className="embed-builder__label">
              Chuyên mục
            </label>
            <select
              id={`${id}-category`}
              className="embed-builder__control"
              value={state.category}
              onChange={(event) => onChange({ category: event.target.value })}
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
            <label htmlFor={`${id}-limit`} className="embed-builder__label">
              Số bài hiển thị ({LIMIT_MIN}–{LIMIT_MAX})
            </label>
            <input
              id={`${id}-limit`}
              className="embed-builder__control embed-builder__control--short"
              type="number"
              inputMode="numeric"
              min={LIMIT_MIN}
              max={LIMIT_MAX}
              value={state.limitText}
              onChange={(event) => onChange({ limitText: event.target.value })}
            />
          </div>
        </>
      )}

      {state.widget === 'contacts' && (
        <div className="embed-builder__field">
          <label htmlFor={`${id}-group`} className="embed-builder__label">
            Nhóm danh bạ
          </label>
          <select
            id={`${id}-group`}
            className="embed-builder__control"
            value={state.group}
            onChange={(event) => onChange({ group: event.target.value })}
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

      <ColorField value={state.color} onChange={(color) => onChange({ color })} />
    </form>
  );
}
