import { type RefObject, useEffect, useRef } from 'react';

/**
 * Once per opening, when the grid is drawn with its days known: focus moves to `day`'s button
 * (lib/archive-days.ts `openingFocusDay` chooses it). Runs after DayPicker's own autoFocus in
 * the same commit (a parent's effects follow its children's), so it has the last word; later
 * month changes leave focus where the reader put it. DayPicker follows focus (its day buttons'
 * focus handler), so the arrow keys go on from there.
 */
export function useOpeningFocus(
  dialogRef: RefObject<HTMLElement | null>,
  ready: boolean,
  day: string | undefined,
) {
  const done = useRef(false);
  useEffect(() => {
    if (done.current || !ready || !day) return;
    const button = dialogRef.current?.querySelector<HTMLButtonElement>(
      `[data-day="${day}"] button:not(:disabled)`,
    );
    if (!button) return;
    done.current = true;
    button.focus();
  }, [dialogRef, ready, day]);
}
