// "Mở lịch" click → calendar grid visible, 4× CPU throttling, on the large corpus: on an
// archive-day page as shipped (the page loads the calendar once idle), and the first open on
// an article page (code and data loaded on demand), with and without the pointer resting on
// the button first.

import { fmtStats, log, stats } from './lib.mjs';
import { calendarOpen } from './page-metrics.mjs';

/** @param {{ browser, at: Function, servers, scalePages, chunk: string, runs: number }} bench */
export async function calendarBench({ browser, at, servers, scalePages, chunk, runs }) {
  log(`calendar open ×${runs}, archive day and article`);
  const out = {};
  for (const [name, url, cold, hoverMs] of [
    ['archive-day', scalePages.day, false, 0],
    ['article-first-open', scalePages.article, true, 0],
    ['article-first-open-hover', scalePages.article, true, 300],
  ]) {
    const cal = [];
    for (let i = 0; i < runs; i++) {
      cal.push(
        await calendarOpen(browser, at(servers.large, url), { cpuRate: 4, chunk, cold, hoverMs }),
      );
    }
    out[name] = {
      url,
      cold,
      hoverMs,
      cpuThrottling: 4,
      ms: stats(cal.map((c) => c.ms)),
      headStartMs: stats(cal.map((c) => c.headStartMs)),
    };
  }
  return out;
}

/** Its rows of the report's timings table. */
export function calendarRows(calendar) {
  return Object.values(calendar).flatMap((c) => [
    [
      `"Mở lịch" click → calendar grid visible, ${c.cpuThrottling}× CPU, ${c.url}, ${c.cold ? `cold: code and data load on demand${c.hoverMs ? `, pointer resting ${c.hoverMs} ms on the button first` : ''}` : 'as shipped: code loaded once the page was idle'} (${c.ms.runs.length} runs)`,
      fmtStats(c.ms, 0, ' ms'),
    ],
    ['  (pointer entered the button earlier by)', fmtStats(c.headStartMs, 0, ' ms')],
  ]);
}
