import { useId } from 'react';
import { parseHexColor } from '../../features/embed/theme';
import { DEFAULT_COLOR } from './builder-state';

interface Props {
  value: string;
  onChange: (color: string) => void;
}

/**
 * The accent colour: a text field (a ward pastes its hex code) with a colour picker beside it
 * for those who would rather pick. An invalid code is kept in the field but said to be unused.
 */
export function ColorField({ value, onChange }: Props) {
  const id = useId();
  const valid = value === '' || parseHexColor(value) !== null;
  return (
    <div className="embed-builder__field">
      <label htmlFor={`${id}-color`} className="embed-builder__label">
        Màu chủ đạo
      </label>
      <p id={`${id}-hint`} className="embed-builder__hint">
        Mã hex như {DEFAULT_COLOR}; để trống: màu của cổng.
      </p>
      <div className="embed-builder__color">
        <input
          id={`${id}-color`}
          className="embed-builder__control"
          type="text"
          value={value}
          placeholder={DEFAULT_COLOR}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={!valid}
          aria-describedby={valid ? `${id}-hint` : `${id}-hint ${id}-error`}
          onChange={(event) => onChange(event.target.value.trim())}
        />
        <label htmlFor={`${id}-picker`} className="visually-hidden">
          Chọn màu chủ đạo
        </label>
        <input
          id={`${id}-picker`}
          className="embed-builder__picker"
          type="color"
          value={parseHexColor(value) ?? DEFAULT_COLOR}
          onChange={(event) => onChange(event.target.value)}
        />
      </div>
      {!valid && (
        <p id={`${id}-error`} className="embed-builder__error">
          Mã màu không hợp lệ nên sẽ không được dùng.
        </p>
      )}
    </div>
  );
}
