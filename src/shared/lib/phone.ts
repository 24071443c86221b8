/** `08.8291913` → `tel:088291913`; null when there is nothing to dial. */
export function telHref(printed: string): string | null {
  const digits = printed.replace(/\D/g, '');
  return digits.length >= 3 ? `tel:${digits}` : null;
}
