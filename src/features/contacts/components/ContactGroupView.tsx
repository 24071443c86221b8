import type { ContactGroup } from '../api/get-contacts';
import { ContactCard } from './ContactCard';

export function ContactGroupView({
  group,
  headingLevel = 2,
}: {
  group: ContactGroup;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const titleId = `group-${group.id}`;
  return (
    <section className="contact-group" aria-labelledby={titleId}>
      <Heading id={titleId}>{group.name}</Heading>
      {group.contacts.length === 0 ? (
        <p>Đang cập nhật</p>
      ) : (
        <div className="contact-grid">
          {group.contacts.map((contact) => (
            <ContactCard
              key={contact.id}
              contact={contact}
              headingLevel={headingLevel === 2 ? 3 : 4}
            />
          ))}
        </div>
      )}
    </section>
  );
}
