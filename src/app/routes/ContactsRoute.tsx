import { memo, useDeferredValue, useId, useMemo, useState } from 'react';
import {
  type ContactGroup,
  type Contacts,
  useContacts,
} from '../../features/contacts/api/get-contacts';
import { ContactGroupList } from '../../features/contacts/components/ContactGroupList';
import {
  filterIndexed,
  indexGroups,
  orderGroups,
  withPhones,
} from '../../features/contacts/filter-contacts';
import { PageHead } from '../../shared/head/PageHead';
import { useHydrated } from '../../shared/lib/use-hydrated';
import { formatDayParts } from '../../shared/time/site-time';
import { NeedsScript } from '../../shared/ui/NeedsScript';
import { QueryView } from '../../shared/ui/QueryView';
import '../../features/contacts/contacts.css';

const TITLE = 'Đường dây nóng và danh bạ';

export function ContactsRoute() {
  const query = useContacts();
  return (
    <>
      <PageHead title={TITLE} />
      <h1>{TITLE}</h1>
      <QueryView query={query} part="danh bạ">
        {(contacts) => <Directory contacts={contacts} />}
      </QueryView>
    </>
  );
}

function Directory({ contacts }: { contacts: Contacts }) {
  const [filter, setFilter] = useState('');
  const [onlyPhones, setOnlyPhones] = useState(false);
  const inputId = useId();
  const hydrated = useHydrated();
  const index = useMemo(() => indexGroups(orderGroups(contacts.groups)), [contacts.groups]);
  // Typing stays urgent; the list follows when the browser has time, and a keystroke that
  // arrives meanwhile abandons the stale render instead of queueing behind it.
  const deferred = useDeferredValue(filter);
  const matched = useMemo(() => filterIndexed(index, deferred), [index, deferred]);
  const groups = useMemo(() => (onlyPhones ? withPhones(matched) : matched), [matched, onlyPhones]);
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
          disabled={!hydrated}
        />
        <label className="filter__toggle">
          <input
            type="checkbox"
            checked={onlyPhones}
            onChange={(event) => setOnlyPhones(event.target.checked)}
            disabled={!hydrated}
          />
          Chỉ hiện đơn vị có số điện thoại
        </label>
        <NeedsScript>Ô lọc cần JavaScript; toàn bộ danh bạ có ở dưới.</NeedsScript>
      </search>
      <p className="visually-hidden" aria-live="polite">
        {deferred || onlyPhones ? `${groups.length} nhóm phù hợp` : ''}
      </p>
      <DirectoryList
        groups={groups}
        filter={`${onlyPhones ? '1' : '0'}|${deferred}`}
        empty={contacts.groups.length === 0}
      />
    </>
  );
}

/** Memoised so that a keystroke's urgent render does not redraw the list. */
const DirectoryList = memo(function DirectoryList({
  groups,
  filter,
  empty,
}: {
  groups: ContactGroup[];
  filter: string;
  empty: boolean;
}) {
  if (groups.length === 0) {
    return <p>{empty ? 'Đang cập nhật' : 'Không có đơn vị nào phù hợp.'}</p>;
  }
  return <ContactGroupList groups={groups} query={filter} wardGrid />;
});
