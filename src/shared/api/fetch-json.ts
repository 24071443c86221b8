import * as v from 'valibot';
import { apiUrl } from '../config';
import { FetchFailedError, InvalidDataError, NotFoundError } from './errors';
import { noteSource, OfflineError } from './offline';

/**
 * GET one contract file and parse it through its schema. The body is treated as `unknown`
 * until the schema says otherwise; anything that is not JSON (an index.html fallback, a
 * truncated file) counts as missing, as the contract says.
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

  let data: unknown;
  try {
    data = JSON.parse(await response.text());
  } catch {
    throw new NotFoundError(path);
  }
  const result = v.safeParse(schema, data);
  if (!result.success) throw new InvalidDataError(path, describeIssue(result.issues[0]));
  return result.output;
}

function describeIssue(issue: v.BaseIssue<unknown> | undefined): string {
  if (!issue) return 'không rõ';
  const where = issue.path?.map((item) => String(item.key)).join('.') || '(gốc)';
  return `${where}: ${issue.message}`;
}
