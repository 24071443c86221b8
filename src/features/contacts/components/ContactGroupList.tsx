import { useState } from 'react';
import type { ContactGroup } from '../api/get-contacts';
import { firstRows } from '../filter-contacts';
import { ContactGroupView } from './ContactGroupView';
import '../contacts.css';

/** Rows drawn at first and per "Hiện thêm": a few screens, cheap on a low-end phone. */
export const ROWS_PER_STEP = 60;

/**
 * Groups of contacts, drawn a step at a time. A directory of ten thousand contacts took ten
 * seconds to draw at once; the filter box finds anyone without drawing everyone.
 */
export function ContactGroupList({
  groups,
  wardGrid = false,
  query = '',
}: {
  groups: ContactGroup[];
  /** Wards side by side after the other groups, as on the contacts page. */
  wardGrid?: boolean;
  /** A new filter starts again from the first step. Not a remount: cards the old and new
   *  results share stay in the DOM, so a keystroke costs only what changed. */
  query?: string;
}) {
  const [step, setStep] = useState({ query, budget: ROWS_PER_STEP });
  if (step.query !== query) setStep({ query, budget: ROWS_PER_STEP });
  const budget = step.query === query ? step.budget : ROWS_PER_STEP;
  const { shown, hidden, hiddenGroups } = firstRows(groups, budget);
  const wards = wardGrid ? shown.filter((g) => g.kind === 'ward') : [];
  const others = wardGrid ? shown.filter((g) => g.kind !== 'ward') : shown;
  return (
    <>
      {others.map((group) => (
        <ContactGroupView key={group.id} group={group} />
      ))}
      {/* Wards side by side: ten one-card sections would make a very long page. */}
      {wards.length > 0 && (
        <div className="ward-grid">
          {wards.map((group) => (
            <ContactGroupView key={group.id} group={group} />
          ))}
        </div>
      )}
      {(hidden > 0 || hiddenGroups > 0) && (
        <p className="contact-more">
          <button
            type="button"
            className="button"
            onClick={() => setStep((s) => ({ ...s, budget: s.budget + ROWS_PER_STEP }))}
          >
            Hiện thêm{' '}
            {hidden > 0
              ? `(còn ${hidden.toLocaleString('vi-VN')} liên hệ)`
              : `(còn ${hiddenGroups.toLocaleString('vi-VN')} nhóm)`}
          </button>
        </p>
      )}
    </>
  );
}
