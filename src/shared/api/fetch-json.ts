import * as v from 'valibot';
import { apiUrl } from '../config';
import { parseDataJson } from '../contract/json';
import { FetchFailedError, InvalidDataError, NotFoundError } from './errors';
import { noteSource, OfflineError } from './offline';

/**
 * GET one contract file and parse it through its schema. The body is treated as `unknown`
 * until the schema says otherwise. As the contract says: 404 or an HTML fallback is missing,
 * a body that is not JSON is broken data, a 5xx or network failure is worth a retry.
 */
export async function fetchJson<TSchema extends v.GenericSchema>(
  path: string,
  schema: TSchema,
  signal?: AbortSignal,
): Promise<v.InferOutput<TSchema>> {
  let response: Response;
  try {
    // No custom headers: the request must match index.html's preload to reuse its response.
    response = await fetch(apiUrl(path), { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw globalThis.navigator?.onLine === false
      ? new OfflineError(path)
      : new FetchFailedError(path);
  }
  // Headers set by our service worker (sw/sw.ts): not saved offline / a saved copy.
  if (response.headers.has('X-Portal-Offline')) throw new OfflineError(path);
  noteSource(path, response.headers.get('X-Portal-Cached'));
  if (response.status === 404 || response.status === 410) throw new NotFoundError(path);
  if (!response.ok) throw new FetchFailedError(path, response.status);

  const text = await readCapped(response, MAX_DOCUMENT_BYTES);
  if (text === null) throw new InvalidDataError(path, 'quá lớn');
  let data: unknown;
  try {
    data = parseDataJson(text);
  } catch {
    // An HTML page is a static server's index.html fallback: the file is missing. Anything
    // else that does not parse (a truncated upload) is a broken file, and the reader is told so.
    if (isHtml(response, text)) throw new NotFoundError(path);
    throw new InvalidDataError(path, 'không phải JSON hợp lệ (tệp bị cắt hoặc hỏng)');
  }
  const result = v.safeParse(schema, data);
  if (!result.success) throw new InvalidDataError(path, describeIssue(result.issues[0]));
  return result.output;
}

/**
 * No contract file is anywhere near this (10 000 contacts is about 3 MB); a bigger one is a
 * broken export, and parsing it froze the tab for 13 s at 35 MB. Refused as faulty data.
 */
export const MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;

/** The body as text, or null when it is over `max` (by its declared size, or once read). */
async function readCapped(response: Response, max: number): Promise<string | null> {
  if (Number(response.headers.get('content-length')) > max) {
    void response.body?.cancel().catch(() => {});
    return null;
  }
  // Characters, not bytes: close enough for a guard against absurd files, and it stops the
  // parse and the schema walk, which were the 13 s.
  const text = await response.text();
  return text.length > max ? null : text;
}

function isHtml(response: Response, text: string): boolean {
  return (
    (response.headers.get('Content-Type') ?? '').includes('text/html') ||
    text.trimStart().startsWith('<')
  );
}

function describeIssue(issue: v.BaseIssue<unknown> | undefined): string {
  if (!issue) return 'không rõ';
  const where = issue.path?.map((item) => String(item.key)).join('.') || '(gốc)';
  return `${where}: ${issue.message}`;
}
