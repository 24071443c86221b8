// Small helpers shared by the bench modules.

import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const RESULTS_DIR = fileURLToPath(new URL('../../bench-results', import.meta.url));

export const execFileAsync = promisify(execFile);

/** `{ min, median, max, runs }` of a list of numbers (median of an even count = mean of the two). */
export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { min: null, median: null, max: null, runs: [] };
  const mid = Math.floor(n / 2);
  const median = n % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { min: sorted[0], median, max: sorted[n - 1], runs: values };
}

/** "median (min–max)" with `digits` decimals. */
export function fmtStats(s, digits = 0, unit = '') {
  if (!s || s.median == null) return '–';
  const f = (v) => v.toFixed(digits);
  return `${f(s.median)}${unit} (${f(s.min)}–${f(s.max)})`;
}

export function pct(a, b) {
  if (!a) return '–';
  const d = (100 * (b - a)) / a;
  return `${d >= 0 ? '+' : ''}${d.toFixed(1)} %`;
}

export function mdTable(header, rows) {
  const align = header.map((h) => (h.startsWith('>') ? '---:' : '---'));
  const names = header.map((h) => h.replace(/^>/, ''));
  return [
    `| ${names.join(' | ')} |`,
    `| ${align.join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

export function log(message) {
  process.stderr.write(`[bench] ${message}\n`);
}
