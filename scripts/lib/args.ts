import { parseArgs as parseOptions } from 'node:util';

/**
 * `--name value` / `--name=value` for the data scripts: `node:util`'s parser, as every other
 * script uses, with its complaints said in the scripts' language.
 */
export function parseArgs(argv: readonly string[], known: readonly string[]): Map<string, string> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseOptions({
      args: [...argv],
      options: Object.fromEntries(known.map((name) => [name, { type: 'string' as const }])),
      strict: true,
    }));
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const quoted = /'(-{0,2}[^' ]*)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new Error(`${quoted} cần một giá trị`);
    throw new Error(`tham số không hiểu: ${quoted}`);
  }
  const out = new Map<string, string>();
  for (const [name, value] of Object.entries(values)) {
    if (typeof value !== 'string' || value === '') throw new Error(`--${name} cần một giá trị`);
    out.set(name, value);
  }
  return out;
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
