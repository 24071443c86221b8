import { useContacts } from '../api/get-contacts';
import { districtHotline } from '../hotline';
import { PhoneLink } from './PhoneLink';

export function HotlineLine() {
  const { data } = useContacts();
  const hotline = data && districtHotline(data);
  const phone = hotline?.phones[0];
  if (!phone) return null;
  return (
    <p>
      Đường dây nóng: <PhoneLink number={phone.number} />
      {phone.label && ` (${phone.label})`}
    </p>
  );
}
