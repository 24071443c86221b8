import { useSearchParams } from 'react-router-dom';
import { parseId } from '../../features/embed/params';
import { ContactsWidget } from '../embed/ContactsWidget';

export function EmbedContactsRoute() {
  const [params] = useSearchParams();
  return <ContactsWidget group={parseId(params.get('group'))} />;
}
