// Types of headers-file.mjs (plain JS, so that the static test server runs it without a build).
export interface HeaderRule {
  /** A path pattern: `*` matches anything, `:name` one segment. */
  pattern: string;
  /** Names an earlier rule set that this one removes (`! Name`), applied before its headers. */
  detach: string[];
  headers: Array<[name: string, value: string]>;
}
export function parseHeadersFile(text: string): HeaderRule[];
export function formatHeadersFile(rules: readonly HeaderRule[]): string;
export function patternMatches(pattern: string, pathname: string): boolean;
export function headersFor(rules: readonly HeaderRule[], pathname: string): Array<[string, string]>;
