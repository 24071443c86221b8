import { type KeyboardEvent, type RefObject, useEffect } from 'react';

const TABBABLE = 'button, select, input, textarea, a[href], [tabindex]';

export function tabbables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && !el.hidden,
  );
}

/**
 * A modal popup's manners (W3C APG dialog): Escape closes it and returns focus to its button,
 * Tab cycles inside it, and a press anywhere outside closes it (focus goes where the reader
 * pressed; a press on the anchor button is that button's own toggle). Returns the keydown
 * handler for the dialog element.
 */
export function useDialogBehaviour(
  dialogRef: RefObject<HTMLElement | null>,
  anchorRef: RefObject<HTMLElement | null>,
  onClose: (restoreFocus: boolean) => void,
) {
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node | null;
      if (!target || dialogRef.current?.contains(target) || anchorRef.current?.contains(target)) {
        return;
      }
      onClose(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [dialogRef, anchorRef, onClose]);

  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose(true);
      return;
    }
    const dialog = dialogRef.current;
    if (event.key !== 'Tab' || !dialog) return;
    const items = tabbables(dialog);
    const first = items[0];
    const last = items.at(-1);
    if (!first || !last) {
      event.preventDefault();
      return;
    }
    const active = document.activeElement;
    if (event.shiftKey && (active === first || active === dialog)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };
}
