import type { WorkerMessage } from './draw-pages.ts';
import { PageWriter, type WriterOptions } from './page-writer.ts';

// One process's share of build:pages: draws the URLs it is sent, saying when each starts and
// ends (so that if it dies, the parent knows which pages it was drawing), then its own peak
// memory (the parent's resourceUsage does not include its children).
const say = (message: WorkerMessage) => process.send?.(message);

// Dies with its parent, however the parent dies (kill -9 included): a publish that is gone
// must not leave processes writing pages into its abandoned `.building-…` folder. The IPC
// channel closes when the parent does; the parent pid changing is the backstop.
const parent = process.ppid;
process.once('disconnect', () => process.exit(1));
setInterval(() => {
  if (process.ppid !== parent) process.exit(1);
}, 250).unref();

process.once('message', async (message) => {
  const { options, urls, lanes } = message as {
    options: WriterOptions;
    urls: string[];
    lanes: number;
  };
  const writer = await PageWriter.open(options);
  say({ ready: true });
  await writer.writeAll(urls, lanes, {
    start: (url) => say({ start: url }),
    done: (result) => say({ result }),
  });
  process.send?.({ done: true, maxRssKb: process.resourceUsage().maxRSS }, () => process.exit(0));
});
