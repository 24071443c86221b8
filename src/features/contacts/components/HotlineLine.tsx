import { useContacts } from '../api/get-contacts';
import { districtHotlines } from '../hotline';
import { PhoneLink } from './PhoneLink';

export function HotlineLine() {
  const { data } = useContacts();
  const hotline = data && districtHotlines(data, 1)[0];
  const phone = hotline?.phones[0];
  if (!phone) return null;
  return (
    <p>
      Đường dây nóng: <PhoneLink number={phone.number} />
      {phone.label && ` (${phone.label})`}
    </p>
  );
}
