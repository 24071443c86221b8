import { memo } from 'react';
import type { Contact } from '../api/get-contacts';
import { isDialable } from '../filter-contacts';
import { PhoneLink } from './PhoneLink';

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

/** "số điện thoại, email và địa chỉ": the missing fields, said once. */
function missingText(missing: string[]): string {
  const last = missing.at(-1);
  return missing.length > 1 ? `${missing.slice(0, -1).join(', ')} và ${last}` : (last ?? '');
}

/**
 * One contact: the fields it has, then one line for what it lacks ("Chưa có số điện thoại")
 * rather than a hole, a dead link or "Đang cập nhật" under every field name.
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
  const phones = contact.phones.filter(isDialable);
  const emails = contact.emails.filter((email) => email.trim() !== '');
  const address = contact.address?.trim();
  const missing = [
    phones.length === 0 && 'số điện thoại',
    emails.length === 0 && 'email',
    !address && 'địa chỉ',
  ].filter((field): field is string => field !== false);
  return (
    <div className="contact">
      <Heading className="contact__name">{contact.name}</Heading>
      {contact.role && <p className="contact__role">{contact.role}</p>}
      {(phones.length > 0 || emails.length > 0 || contact.mailbox || address || contact.hours) && (
        <dl className="contact__fields">
          {phones.length > 0 && (
            <>
              <dt>Điện thoại</dt>
              <dd>
                <ul className="plain-list">
                  {phones.map((phone) => (
                    <li key={`${phone.label}|${phone.number}`}>
                      {phone.label && <span className="contact__label">{phone.label}: </span>}
                      <PhoneLink number={phone.number} />
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {emails.length > 0 && (
            <>
              <dt>Email</dt>
              <dd>
                <ul className="plain-list">
                  {emails.map((email) => (
                    <li key={email}>
                      {EMAIL.test(email) ? <a href={`mailto:${email}`}>{email}</a> : email}
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {contact.mailbox && (
            <>
              <dt>Hòm thư góp ý</dt>
              <dd>{contact.mailbox}</dd>
            </>
          )}
          {address && (
            <>
              <dt>Địa chỉ</dt>
              <dd>{address}</dd>
            </>
          )}
          {contact.hours && (
            <>
              <dt>Giờ làm việc</dt>
              <dd>{contact.hours}</dd>
            </>
          )}
        </dl>
      )}
      {missing.length > 0 && <p className="contact__missing">Chưa có {missingText(missing)}.</p>}
    </div>
  );
});
