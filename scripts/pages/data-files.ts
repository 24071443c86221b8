import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { keptFiles } from './kept-files.ts';

/**
 * The data folder as the app's `fetch` sees it in the page generator: a URL under the API base
 * is the file of that name, a missing one a 404. Every file read is noted with a hash of its
 * bytes, so that a page is drawn again only when something it read has changed.
 */
export class DataFiles {
  private readonly cache = new Map<string, Promise<Buffer | null>>();
  private readonly hashes = new Map<string, string>();
  // Per page, across its awaits: several pages are drawn at once.
  private readonly reads = new AsyncLocalStorage<Map<string, string>>();

  constructor(
    readonly folder: string,
    /** The API base as an absolute URL, ending in `/`. */
    private readonly apiUrl: string,
    /** Hashes of files the caller knows (name → sha1 hex): `hashOf` reads none of these. */
    private readonly known?: ReadonlyMap<string, string>,
    /** Whether a file read is kept for the next page that reads it (from the route manifest). */
    private readonly keeps = keptFiles(),
  ) {}

  /** The bytes of `name` (relative to the folder), or null when it is missing. */
  read(name: string): Promise<Buffer | null> {
    let pending = this.cache.get(name);
    if (!pending) {
      pending = readFile(path.join(this.folder, ...name.split('/'))).then(
        (bytes) => {
          this.hashes.set(name, createHash('sha1').update(bytes).digest('hex'));
          return bytes;
        },
        () => {
          this.hashes.set(name, 'missing');
          return null;
        },
      );
      // A file one page reads (an article, a later category page) is not worth keeping.
      if (this.keeps(name)) this.cache.set(name, pending);
    }
    return pending.then((bytes) => {
      this.reads.getStore()?.set(name, this.hashes.get(name) ?? 'missing');
      return bytes;
    });
  }

  /** The hash `read` noted for `name`, reading it if needed (never when it is known). */
  async hashOf(name: string): Promise<string> {
    const known = this.known?.get(name);
    if (known !== undefined) return known;
    await this.read(name);
    return this.hashes.get(name) ?? 'missing';
  }

  /** Runs `draw` and returns the files it read (name → hash). */
  async recording<T>(draw: () => Promise<T>): Promise<{ value: T; reads: Map<string, string> }> {
    const reads = new Map<string, string>();
    return { value: await this.reads.run(reads, draw), reads };
  }

  /** A `fetch` for the app's data requests. */
  readonly fetch = async (input: string | URL | Request): Promise<Response> => {
    const href = typeof input === 'string' ? input : 'url' in input ? input.url : input.href;
    const name = href.startsWith(this.apiUrl)
      ? decodeURIComponent(href.slice(this.apiUrl.length).split(/[?#]/, 1)[0] ?? '')
      : '';
    const safe =
      name !== '' && name.split('/').every((part) => part && part !== '..' && part !== '.');
    const bytes = safe ? await this.read(name) : null;
    if (!bytes) return new Response('not found', { status: 404 });
    return new Response(new Uint8Array(bytes), {
      status: 200,
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
  };
}
