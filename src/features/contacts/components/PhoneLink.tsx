import { phoneParts } from '../../../shared/lib/phone';

/**
 * The number as printed, dialable: `08.8291913` → `tel:088291913`. A field with several
 * numbers gets a link per number; a vanity number (`1800-CALL-NOW`) is shown as text.
 */
export function PhoneLink({ number }: { number: string }) {
  // No digit at all: a placeholder ("—", "Đang cập nhật"), nothing to show as a number.
  if (!/\d/.test(number)) return <span>Đang cập nhật</span>;
  return (
    <span className="phones">
      {phoneParts(number).map((part, i) =>
        part.href ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts of one fixed string
          <a key={i} href={part.href} className="phone">
            {part.text}
          </a>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts of one fixed string
          <span key={i}>{part.text}</span>
        ),
      )}
    </span>
  );
}
