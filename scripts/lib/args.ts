/** A tiny `--name value` / `--name=value` parser for the data scripts (no dependency needed). */
export function parseArgs(argv: readonly string[], known: readonly string[]): Map<string, string> {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) throw new Error(`tham số không hiểu: ${arg}`);
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (!known.includes(name)) throw new Error(`tham số không hiểu: --${name}`);
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      i++;
    }
    if (value === undefined || value === '') throw new Error(`--${name} cần một giá trị`);
    values.set(name, value);
  }
  return values;
}

export function intArg(
  values: Map<string, string>,
  name: string,
  fallback: number,
  min: number,
): number {
  const raw = values.get(name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min) {
    throw new Error(`--${name} phải là số nguyên ≥ ${min} (nhận "${raw}")`);
  }
  return Number(raw);
}
