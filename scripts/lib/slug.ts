/** "Công khai số điện thoại" → "cong-khai-so-dien-thoai": a contract id from a Vietnamese title. */
export function slugify(text: string, maxLength = 128): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}
