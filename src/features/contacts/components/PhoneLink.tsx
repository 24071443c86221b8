import { telHref } from '../../../shared/lib/phone';

/** The number as printed, dialable: `08.8291913` → `tel:088291913`. */
export function PhoneLink({ number }: { number: string }) {
  const href = telHref(number);
  if (!href) return <span>Đang cập nhật</span>;
  return (
    <a href={href} className="phone">
      {number}
    </a>
  );
}
