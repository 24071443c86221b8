import { stat } from 'node:fs/promises';
import path from 'node:path';
import { browserOnlyRegex } from '../../deploy/routes.ts';

/**
 * Decides whether a same-site address leads somewhere, as the deployed server answers it: a
 * file, a folder's index.html, a data file (`api/…`, from the data folder), or a route the app
 * draws in the browser. Lookups are cached: thousands of pages link to the same few hundred.
 */
export class SiteTargets {
  private readonly known = new Map<string, Promise<boolean>>();
  /** The routes drawn only in the browser, answered with the shell: as the servers decide. */
  private readonly shellRoute: RegExp;

  constructor(
    private readonly dist: string,
    private readonly apiDir: string,
    /** The app's base path, `/` or `/portal/`. */
    private readonly base: string,
  ) {
    this.shellRoute = new RegExp(browserOnlyRegex(base));
  }

  /** Why `address`, seen from the page at `pagePath`, leads nowhere; null when it leads somewhere. */
  async problem(address: string, pagePath: string): Promise<string | null> {
    if (/^(?:mailto|tel|data):/i.test(address) || address.startsWith('#')) return null;
    let url: URL;
    try {
      url = new URL(address, `http://site.invalid${pagePath}`);
    } catch {
      return `địa chỉ hỏng: ${address}`;
    }
    // Another site, or another part of this host (the data's own pictures may live there).
    if (url.origin !== 'http://site.invalid' || !url.pathname.startsWith(this.base)) return null;
    let rel: string;
    try {
      rel = decodeURIComponent(url.pathname.slice(this.base.length)).replace(/\/$/, '');
    } catch {
      return `địa chỉ hỏng: ${address}`;
    }
    if (rel.split('/').includes('..')) return `địa chỉ hỏng: ${address}`;
    const found = rel.startsWith('api/')
      ? this.isFile(path.join(this.apiDir, rel.slice(4)))
      : this.leads(rel);
    return (await found) ? null : `liên kết không tới tệp hay route nào: ${address}`;
  }

  private async leads(rel: string): Promise<boolean> {
    if (this.shellRoute.test(`${this.base}${rel}`)) return true;
    if (rel === '') return this.isFile(path.join(this.dist, 'index.html'));
    return (
      (await this.isFile(path.join(this.dist, rel))) ||
      this.isFile(path.join(this.dist, rel, 'index.html'))
    );
  }

  private isFile(file: string): Promise<boolean> {
    let known = this.known.get(file);
    if (!known) {
      known = stat(file).then(
        (s) => s.isFile(),
        () => false,
      );
      this.known.set(file, known);
    }
    return known;
  }
}
