import { useHotlines } from '../api/get-hotlines';
import { PhoneLink } from './PhoneLink';

export function HotlineLine() {
  const phone = useHotlines().data?.[0]?.phones[0];
  if (!phone) return null;
  return (
    <p>
      Đường dây nóng: <PhoneLink number={phone.number} />
      {phone.label && ` (${phone.label})`}
    </p>
  );
}
