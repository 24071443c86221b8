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
          <SelectField
            id={`${id}-category`}
            label="Chuyên mục"
            value={state.category}
            onChange={(category) => onChange({ category })}
            all="Tất cả chuyên mục"
            options={(categories?.list ?? []).map((c) => ({
              value: c.slug,
              label: `${'— '.repeat(Math.max(0, (categories?.chainOf(c.slug).length ?? 1) - 1))}${c.name}`,
            }))}
          />
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
        <SelectField
          id={`${id}-group`}
          label="Nhóm danh bạ"
          value={state.group}
          onChange={(group) => onChange({ group })}
          all="Tất cả các nhóm"
          options={
            contacts
              ? orderGroups(contacts.groups).map((g) => ({ value: g.id, label: g.name }))
              : []
          }
        />
      )}

      <ColorField value={state.color} onChange={(color) => onChange({ color })} />
    </form>
  );
}

/** A labelled choice whose first option, "all", is the empty value. */
function SelectField({
  id,
  label,
  value,
  onChange,
  all,
  options,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  all: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div className="embed-builder__field">
      <label htmlFor={id} className="embed-builder__label">
        {label}
      </label>
      <select
        id={id}
        className="embed-builder__control"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{all}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
