import { memo } from 'react';
import type { Contact } from '../api/get-contacts';
import { PhoneLink } from './PhoneLink';

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;
const PENDING = 'Đang cập nhật';

/**
 * One contact; every missing field says "Đang cập nhật" rather than leaving a hole or a dead link.
 * Memoised: a filter keystroke rebuilds the groups but not the contact objects, so cards that
 * stay do no work.
 */
export const ContactCard = memo(function ContactCard({
  contact,
  headingLevel = 3,
}: {
  contact: Contact;
  headingLevel?: 3 | 4;
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="contact">
      <Heading className="contact__name">{contact.name}</Heading>
      {contact.role && <p className="contact__role">{contact.role}</p>}
      <dl className="contact__fields">
        <dt>Điện thoại</dt>
        <dd>
          {contact.phones.length === 0 ? (
            PENDING
          ) : (
            <ul className="plain-list">
              {contact.phones.map((phone) => (
                <li key={`${phone.label}|${phone.number}`}>
                  {phone.label && <span className="contact__label">{phone.label}: </span>}
                  <PhoneLink number={phone.number} />
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Email</dt>
        <dd>
          {contact.emails.length === 0 ? (
            PENDING
          ) : (
            <ul className="plain-list">
              {contact.emails.map((email) => (
                <li key={email}>
                  {EMAIL.test(email) ? <a href={`mailto:${email}`}>{email}</a> : email}
                </li>
              ))}
            </ul>
          )}
        </dd>
        {contact.mailbox && (
          <>
            <dt>Hòm thư góp ý</dt>
            <dd>{contact.mailbox}</dd>
          </>
        )}
        <dt>Địa chỉ</dt>
        <dd>{contact.address || PENDING}</dd>
        {contact.hours && (
          <>
            <dt>Giờ làm việc</dt>
            <dd>{contact.hours}</dd>
          </>
        )}
      </dl>
    </div>
  );
});
