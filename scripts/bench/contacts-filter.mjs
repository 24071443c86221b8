// Typing in the contacts filter with 10 000 contacts (test/browser/hostile-api.mjs): the
// longest main-thread task from the first key until the one match shows (3 runs, phone).

import * as urls from '../../src/shared/urls/app-urls.ts';
import { newPage } from '../../test/browser/harness.mjs';
import {
  hostileApi,
  MANY_CONTACTS,
  typeInContactsFilter,
} from '../../test/browser/hostile-api.mjs';
import { fmtStats, log, stats } from './lib.mjs';

const TYPED = 'can bo so 9999';

/** The data folder the figure is taken on. */
export const contactsFilterApi = hostileApi;

/** @param {{ browser, at: Function, servers: { hostile }, viewports }} bench */
export async function contactsFilterBench({ browser, at, servers, viewports }) {
  log('contacts filter, 10 000 contacts ×3');
  const typing = [];
  for (let i = 0; i < 3; i++) {
    const page = await newPage(browser, viewports.phone);
    try {
      await page.goto(at(servers.hostile, urls.contacts()));
      await page
        .getByRole('heading', { name: 'Cán bộ số 0', exact: true })
        .waitFor({ timeout: 30_000 });
      typing.push(await typeInContactsFilter(page, TYPED, 'Cán bộ số 9999'));
    } finally {
      await page.context().close();
    }
  }
  return {
    contacts: MANY_CONTACTS,
    typed: TYPED,
    longestTaskMs: stats(typing.map((x) => x.longest)),
  };
}

export function contactsFilterReport(f) {
  return (
    `\n## Contacts filter, ${f.contacts} contacts: longest task while typing "${f.typed}"` +
    ` (3 runs): ${fmtStats(f.longestTaskMs)} ms (goal ≤ 200)\n`
  );
}
