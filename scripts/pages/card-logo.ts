import { constants } from 'node:fs';
import { lstat, open } from 'node:fs/promises';
import path from 'node:path';
import type { Image } from '../../src/shared/contract/primitives.ts';
import * as files from '../../src/shared/urls/data-files.ts';

/** The emblem as the card's SVG embeds it: a data URL resvg decodes itself. */
export interface CardLogo {
  href: string;
  /** The logo's file, relative to the build folder (for messages and the record). */
  file: string;
}

const MAX_BYTES = 2 * 1024 * 1024;

/** PNG, JPEG or SVG by the bytes themselves (the name may lie); else null. */
function kindOf(bytes: Buffer): 'image/png' | 'image/jpeg' | 'image/svg+xml' | null {
  if (bytes.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]))) {
    return 'image/png';
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  const head = bytes.subarray(0, 4096).toString('utf8');
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i.test(head)
    ? 'image/svg+xml'
    : null;
}

// An emblem stands alone: a reference out of its own file (another file, the network) could
// make the build read what it should not. `#id` references inside it are fine.
const OUTSIDE_REFERENCE = /\bhref\s*=\s*["']\s*(?!#)|url\(\s*["']?\s*(?!#)|<!ENTITY/i;

/**
 * Reads `logo` (contract §1 `site.json` `logo`) for the site card, from the build folder
 * `dist`: a root-relative `src` names a file of the site (under the app's `basePath` when it
 * starts with it). A remote, unreadable, linked or unknown logo gives `undefined` and a
 * warning naming it: the card is drawn without it. A symbolic link is never followed.
 */
export async function readCardLogo(
  logo: Image | undefined,
  dist: string,
  basePath: string,
  warn: (message: string) => void,
): Promise<CardLogo | undefined> {
  if (!logo) return undefined;
  const skip = (why: string) => {
    warn(
      `${files.site()}: logo ${JSON.stringify(logo.src)} ${why} — thẻ chia sẻ vẽ không có biểu trưng`,
    );
    return undefined;
  };
  const src = logo.src.trim();
  if (!src.startsWith('/') || src.startsWith('//')) return skip('không nằm trên trang này');
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(src, 'http://site.invalid/').pathname);
  } catch {
    return skip('không đọc được địa chỉ');
  }
  const relative = pathname.startsWith(basePath)
    ? pathname.slice(basePath.length)
    : pathname.slice(1);
  const parts = relative.split('/');
  if (parts.some((part) => part === '' || part === '.' || part === '..' || part.includes('\0'))) {
    return skip('không phải tệp của trang');
  }
  // Every folder on the way and the file itself: none may be a link.
  let at = dist;
  for (const part of parts) {
    at = path.join(at, part);
    const info = await lstat(at).catch(() => null);
    if (!info) return skip('không có trong thư mục build');
    if (info.isSymbolicLink()) return skip('là liên kết tượng trưng (không theo)');
  }
  let bytes: Buffer;
  try {
    const handle = await open(at, constants.O_RDONLY | constants.O_NOFOLLOW);
    try {
      const info = await handle.stat();
      if (!info.isFile()) return skip('không phải tệp');
      if (info.size > MAX_BYTES) return skip('quá lớn (trên 2 MB)');
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch {
    return skip('không đọc được');
  }
  const kind = kindOf(bytes);
  if (!kind) return skip('không phải PNG, JPEG hay SVG');
  if (kind === 'image/svg+xml' && OUTSIDE_REFERENCE.test(bytes.toString('utf8'))) {
    return skip('trỏ ra ngoài tệp của nó');
  }
  return { href: `data:${kind};base64,${bytes.toString('base64')}`, file: parts.join('/') };
}
