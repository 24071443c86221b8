import { useContacts } from '../../features/contacts/api/get-contacts';
import { ContactGroupList } from '../../features/contacts/components/ContactGroupList';
import { orderGroups } from '../../features/contacts/filter-contacts';
import { EmbedNotFound, EmbedQueryView } from '../../features/embed/components/EmbedQueryView';
import { WIDGET_TITLES } from '../../features/embed/snippet';
import { PageHead } from '../../shared/head/PageHead';

const CONTACTS_TITLE = WIDGET_TITLES.contacts;

/**
 * `/embed/contacts`: one contact group, or all of them. Its only links are tel:/mailto:, which
 * open the dialler or mail app and never navigate the frame.
 */
export function ContactsWidget({ group }: { group: string | null }) {
  const query = useContacts();
  return (
    <>
      <PageHead title={CONTACTS_TITLE} />
      <h1>{CONTACTS_TITLE}</h1>
      <EmbedQueryView query={query}>
        {(contacts) => {
          const groups = orderGroups(contacts.groups);
          if (group === null) {
            return groups.length === 0 ? (
              <p>Đang cập nhật</p>
            ) : (
              <ContactGroupList groups={groups} />
            );
          }
          const one = groups.find((g) => g.id === group);
          return one ? (
            <ContactGroupList groups={[one]} />
          ) : (
            <EmbedNotFound>Không tìm thấy nhóm danh bạ “{group}”.</EmbedNotFound>
          );
        }}
      </EmbedQueryView>
    </>
  );
}
