// Cumulative layout shift while / and an article load (3 loads each), on a phone (Lighthouse's
// 412×823) and a desktop, with what moved.

import { fmtStats, log, mdTable, stats } from './lib.mjs';
import { layoutShift } from './page-metrics.mjs';

/** @param {{ browser, at: Function, servers, fixturePages, viewports }} bench */
export async function layoutShiftBench({ browser, at, servers, fixturePages, viewports }) {
  log('layout shift');
  const out = {};
  for (const [name, url] of Object.entries({ home: '/', article: fixturePages.article })) {
    for (const [label, viewport] of Object.entries(viewports)) {
      const runs = [];
      for (let i = 0; i < 3; i++) {
        runs.push(await layoutShift(browser, at(servers.fixture, url), viewport));
      }
      out[`${name} ${label}`] = {
        url,
        viewport,
        value: stats(runs.map((r) => r.value)),
        shifts: runs[0].shifts,
      };
    }
  }
  return out;
}

export function layoutShiftReport(cls) {
  return [
    '\n## Cumulative layout shift during load (3 loads)\n',
    mdTable(
      ['page', 'URL', 'viewport', '>CLS median (min–max)', 'what moved (first load)'],
      Object.entries(cls).map(([name, c]) => [
        name,
        c.url,
        `${c.viewport.width}×${c.viewport.height}`,
        fmtStats(c.value, 3),
        c.shifts.map((s) => `${s.value}: ${[...new Set(s.moved)].join(', ')}`).join('; '),
      ]),
    ),
  ].join('\n');
}
