import type { SiteProblem } from './check-site.ts';

/** Each problem once with its file, at most `limit` lines, then how many of each were left out. */
export function printProblems(
  problems: readonly SiteProblem[],
  print: (line: string) => void,
  limit = 60,
): void {
  for (const { file, message } of problems.slice(0, limit)) print(`${file}: ${message}`);
  if (problems.length <= limit) return;
  const rest = new Map<string, number>();
  for (const { message } of problems.slice(limit)) {
    const kind = message.replace(/: .*$/, '');
    rest.set(kind, (rest.get(kind) ?? 0) + 1);
  }
  for (const [kind, count] of rest) print(`… và ${count} lỗi nữa: ${kind}`);
}
