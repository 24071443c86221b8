import type { WorkerMessage } from './draw-pages.ts';
import { PageWriter, type WriterOptions } from './page-writer.ts';

// One process's share of build:pages: draws the URLs it is sent, saying when each starts and
// ends (so that if it dies, the parent knows which pages it was drawing), then its own peak
// memory (the parent's resourceUsage does not include its children).
const say = (message: WorkerMessage) => process.send?.(message);

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
