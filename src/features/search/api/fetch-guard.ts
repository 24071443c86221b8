/**
 * Pagefind's client swallows the failure of an index file: a missing, truncated or garbage
 * chunk (`index/*.pf_index`), filter or fragment is skipped, and the search answers "no
 * results", or a count with no list, as if the index had said so. The contract wants a damaged
 * index to read as "search unavailable", never as an answer. So, in the thread where Pagefind
 * runs, its fetches of the index's files go through this guard: a failed request, an error
 * status, or a file that does not decompress to Pagefind's signature is counted, and the
 * request fails (Pagefind then leaves that file out, as before). The searcher compares the count
 * before and after each search and throws instead of answering.
 */

const INDEX_FILE = /\.pf_(meta|index|filter|fragment)(\?|$)/;
const SIGNATURE = 'pagefind_dcd';

let failures = 0;
let installed = false;

/** How many index files have failed since this thread started. */
export function indexFailures(): number {
  return failures;
}

function urlOf(input: RequestInfo | URL): string {
  return typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
}

async function hasSignature(body: ArrayBuffer): Promise<boolean> {
  const decoder = new TextDecoder();
  if (decoder.decode(body.slice(0, SIGNATURE.length)) === SIGNATURE) return true;
  // The whole file is decompressed: a truncated one fails only at its end.
  const stream = new Blob([body]).stream().pipeThrough(new DecompressionStream('gzip'));
  const plain = await new Response(stream).arrayBuffer();
  return decoder.decode(plain.slice(0, SIGNATURE.length)) === SIGNATURE;
}

/** Fetches `input`, failing (and counting) when it is an index file that did not arrive whole. */
export async function guardedFetch(
  fetchImpl: typeof fetch,
  input: RequestInfo | URL,
  init?: RequestInit,
): Promise<Response> {
  if (!INDEX_FILE.test(urlOf(input))) return fetchImpl(input, init);
  try {
    const response = await fetchImpl(input, init);
    if (!response.ok) throw new Error(`${response.status} ${urlOf(input)}`);
    const body = await response.arrayBuffer();
    if (!(await hasSignature(body))) throw new Error(`not a Pagefind file: ${urlOf(input)}`);
    return new Response(body, { status: response.status, headers: response.headers });
  } catch (error) {
    failures++;
    throw error;
  }
}

/** Installs the guard on this thread's `fetch`, once. */
export function guardIndexFetches(): void {
  if (installed) return;
  installed = true;
  const original = globalThis.fetch.bind(globalThis);
  globalThis.fetch = (input, init) => guardedFetch(original, input, init);
}
