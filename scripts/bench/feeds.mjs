// `node scripts/bench/feeds.mjs [--articles 20000] [--runs 3]`: the build:feeds figure alone,
// without a browser (the full `npm run bench` reports it too). Uses the cached bench corpus.
import { parseArgs } from 'node:util';
import { ensureCorpus, timeFeeds } from './corpus.mjs';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '20000' },
    runs: { type: 'string', default: '3' },
  },
});
const articles = Number(values.articles);
const corpus = await ensureCorpus({ articles, years: 19 });
const ms = await timeFeeds(corpus.apiDir, Number(values.runs));
const s = (x) => (x / 1000).toFixed(2);
console.log(
  `build:feeds, ${articles} articles → ${ms.feeds} feeds: median ${s(ms.median)} s (min ${s(ms.min)}, max ${s(ms.max)})`,
);
