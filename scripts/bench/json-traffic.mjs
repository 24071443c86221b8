// JSON a page reads to draw itself (gzip as served), on a 200- and a 20 000-article corpus that
// hold the same pinned articles: the bytes must not grow with the archive. And a month page's
// first screen on a phone, a month of 900 articles against one of 10.

import { log, mdTable, pct } from './lib.mjs';
import { apiTraffic } from './page-metrics.mjs';

const SCALE_GOAL_PCT = 5;
const MONTH_GOAL_RATIO = 1.5;

/**
 * @param {{ browser, at: Function, servers, scalePages, corpora: { small, large }, viewports }} bench
 *   `corpora`: the two corpora's parameters, as the report names them
 * @returns {Promise<{ scale, monthFirstScreen }>}
 */
export async function jsonTrafficBench({ browser, at, servers, scalePages, corpora, viewports }) {
  // What the page reads to draw itself (as for a Save-Data reader, so the calendar made ready
  // once idle is counted apart), gzip as served.
  log('JSON per page, 200 vs 20 000 articles');
  const scale = { small: corpora.small, large: corpora.large, pages: {} };
  for (const [name, url] of Object.entries({
    home: '/',
    article: scalePages.article,
    'archive-day': scalePages.day,
  })) {
    const a = await apiTraffic(browser, at(servers.small, url), { saveData: true });
    const b = await apiTraffic(browser, at(servers.large, url), { saveData: true });
    scale.pages[name] = {
      url,
      small: a,
      large: b,
      bytesDiffPct: (100 * (b.gzip - a.gzip)) / a.gzip,
    };
  }
  const idle = async (server) =>
    apiTraffic(browser, at(server, scalePages.day), { saveData: false });
  scale.dayWithCalendar = {
    small: await idle(servers.small),
    large: await idle(servers.large),
  };

  log('month page first screen, 900 vs 10 articles');
  const [bigMonth, smallMonth] = scalePages.months;
  const phone = { saveData: true, viewport: viewports.phone };
  const big = await apiTraffic(browser, at(servers.large, bigMonth), phone);
  const little = await apiTraffic(browser, at(servers.large, smallMonth), phone);
  const monthFirstScreen = {
    big: { url: bigMonth, ...big },
    small: { url: smallMonth, ...little },
    ratio: big.gzip / little.gzip,
  };
  return { scale, monthFirstScreen };
}

export function jsonTrafficReport(scale, month) {
  const out = [];
  out.push(
    `## JSON per page (gzip -9 bytes, as a Save-Data reader: what the page draws): ${scale.small.articles} vs ${scale.large.articles} articles, same pinned day and article in both\n`,
  );
  out.push(
    mdTable(
      [
        'page',
        'URL',
        '>requests (small)',
        '>gzip (small)',
        '>requests (large)',
        '>gzip (large)',
        '>diff',
        `goal ≤ ${SCALE_GOAL_PCT} %`,
      ],
      Object.entries(scale.pages).map(([name, p]) => [
        name,
        p.url,
        p.small.requests,
        p.small.gzip,
        p.large.requests,
        p.large.gzip,
        pct(p.small.gzip, p.large.gzip),
        Math.abs(p.bytesDiffPct) <= SCALE_GOAL_PCT && p.small.requests === p.large.requests
          ? 'met'
          : '**not met**',
      ]),
    ),
  );
  const cal = scale.dayWithCalendar;
  out.push(
    `\nThe same archive day with the calendar made ready once idle (index + month): ` +
      `${cal.small.requests} requests, ${cal.small.gzip} B (small) vs ${cal.large.requests}, ` +
      `${cal.large.gzip} B (large), ${pct(cal.small.gzip, cal.large.gzip)}: the index grows with ` +
      'the months that have articles, not with the articles.\n',
  );
  out.push(`## A month page's first screen (412×823, gzip -9 bytes)\n`);
  const files = (x) => x.files.map((f) => f.split('/api/')[1]).join(', ');
  out.push(
    mdTable(
      ['month', 'URL', '>requests', '>gzip', 'files'],
      [
        ['900 articles', month.big.url, month.big.requests, month.big.gzip, files(month.big)],
        [
          '10 articles',
          month.small.url,
          month.small.requests,
          month.small.gzip,
          files(month.small),
        ],
      ],
    ),
  );
  out.push(
    `\nRatio ${month.ratio.toFixed(2)}× (goal ≤ ${MONTH_GOAL_RATIO}×): ${month.ratio <= MONTH_GOAL_RATIO ? 'met' : '**not met**'}.\n`,
  );
  return out.join('\n');
}
