// For the tests: the headers a generated nginx.conf sends, read from its maps as nginx would.

/**
 * What nginx sends for `url` answered with `status`, from the maps of the generated
 * configuration: `map $request_uri` by the URL, `map "$status:$var"` by the status then the
 * value of `$var` (each map's regular expressions in order, else its default).
 */
export function nginxSends(conf: string, url: string, status = 200): Record<string, string> {
  const maps = new Map<string, { source: string; body: string }>();
  for (const [, source = '', variable = '', body = ''] of conf.matchAll(
    /map ("[^"]*"|\S+) \$(\w+) \{\n([\s\S]*?)\n\}/g,
  )) {
    maps.set(variable, { source: source.replace(/^"|"$/g, ''), body });
  }
  const value = (variable: string): string => {
    const map = maps.get(variable);
    if (!map) throw new Error(`no map for $${variable}`);
    const key = map.source
      .replace('$request_uri', url)
      .replace('$status', String(status))
      .replace(/\$(\w+)/g, (_, name: string) => value(name));
    let fallback = '';
    for (const line of map.body.split('\n')) {
      const regex = line.match(/^\s+"~(.*)" "(.*)";$/);
      if (regex && new RegExp(regex[1] ?? '').test(key))
        return (regex[2] ?? '').replace(/\\"/g, '"');
      const byDefault = line.match(/^\s+default (?:"(.*)"|\$(\w+));$/);
      if (byDefault) fallback = byDefault[2] ? value(byDefault[2]) : (byDefault[1] ?? '');
    }
    return fallback;
  };
  const out: Record<string, string> = {};
  for (const [, name = '', variable = ''] of conf.matchAll(/add_header (\S+) \$(\w+) always;/g)) {
    const sent = value(variable);
    if (sent) out[name] = sent;
  }
  return out;
}
