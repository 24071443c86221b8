// `node scripts/bench/feeds.mjs [--articles 20000] [--runs 3]`: the build:feeds figure alone,
// without a browser (the full `npm run bench` reports it too). Uses the cached bench corpus.
import { ensureCorpus, timeFeeds } from './corpus.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const articles = arg('articles', 20000);
const corpus = await ensureCorpus({ articles, years: 19 });
const ms = await timeFeeds(corpus.apiDir, arg('runs', 3));
const s = (x) => (x / 1000).toFixed(2);
console.log(
  `build:feeds, ${articles} articles → ${ms.feeds} feeds: median ${s(ms.median)} s (min ${s(ms.min)}, max ${s(ms.max)})`,
);
