import { PageWriter, type WriterOptions } from './page-writer.ts';

// One process's share of build:pages: draws the URLs it is sent, answers with the results and
// its own peak memory (the parent's resourceUsage does not include its children).
process.once('message', async (message) => {
  const { options, urls } = message as { options: WriterOptions; urls: string[] };
  const writer = await PageWriter.open(options);
  const results = await writer.writeAll(urls);
  process.send?.({ results, maxRssKb: process.resourceUsage().maxRSS }, () => process.exit(0));
});
