import { parentPort, workerData } from 'node:worker_threads';
import { PageWriter, type WriterOptions } from './page-writer.ts';

// One thread's share of build:pages: draws the URLs it is given, answers with the results.
const { options, urls } = workerData as { options: WriterOptions; urls: string[] };
const writer = await PageWriter.open(options);
parentPort?.postMessage(await writer.writeAll(urls));
