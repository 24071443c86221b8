import { useSearchParams } from 'react-router-dom';
import { ContactsWidget } from '../../features/embed/components/ContactsWidget';
import { parseId } from '../../features/embed/params';

export function EmbedContactsRoute() {
  const [params] = useSearchParams();
  return <ContactsWidget group={parseId(params.get('group'))} />;
}
