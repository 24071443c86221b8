import { useId, useState } from 'react';
import { type Contacts, useContacts } from '../../features/contacts/api/get-contacts';
import { ContactGroupView } from '../../features/contacts/components/ContactGroupView';
import { filterGroups, orderGroups } from '../../features/contacts/filter-contacts';
import { useDocumentTitle } from '../../shared/lib/use-document-title';
import { formatDayParts } from '../../shared/time/site-time';
import { QueryView } from '../../shared/ui/QueryView';

const TITLE = 'Đường dây nóng và danh bạ';

export function ContactsRoute() {
  useDocumentTitle(TITLE);
  const query = useContacts();
  return (
    <>
      <h1>{TITLE}</h1>
      <QueryView query={query} part="danh bạ">
        {(contacts) => <Directory contacts={contacts} />}
      </QueryView>
    </>
  );
}

function Directory({ contacts }: { contacts: Contacts }) {
  const [filter, setFilter] = useState('');
  const inputId = useId();
  const groups = filterGroups(orderGroups(contacts.groups), filter);
  const updated = contacts.updatedAt?.split('-').map(Number);
  return (
    <>
      {updated && updated.length === 3 && (
        <p className="muted">
          Cập nhật ngày {formatDayParts(updated[0] ?? 0, updated[1] ?? 0, updated[2] ?? 0)}
        </p>
      )}
      <search className="filter">
        <label htmlFor={inputId}>Tìm đơn vị, phường hoặc số điện thoại</label>
        <input
          id={inputId}
          type="search"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          autoComplete="off"
        />
      </search>
      <p className="visually-hidden" aria-live="polite">
        {filter ? `${groups.length} nhóm phù hợp` : ''}
      </p>
      {groups.length === 0 ? (
        <p>{contacts.groups.length === 0 ? 'Đang cập nhật' : 'Không có đơn vị nào phù hợp.'}</p>
      ) : (
        <>
          {groups
            .filter((group) => group.kind !== 'ward')
            .map((group) => (
              <ContactGroupView key={group.id} group={group} />
            ))}
          {/* Wards side by side: ten one-card sections would make a very long page. */}
          <div className="ward-grid">
            {groups
              .filter((group) => group.kind === 'ward')
              .map((group) => (
                <ContactGroupView key={group.id} group={group} />
              ))}
          </div>
        </>
      )}
    </>
  );
}
