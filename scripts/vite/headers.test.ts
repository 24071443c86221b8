import { describe, expect, it } from 'vitest';
import { headerRules, headersFile } from '../../deploy/headers.ts';
import { redirectsFile } from '../../deploy/routes.ts';
import { basePath, headersFilePlugin } from './headers.ts';
import { inlineScriptHashes } from './inline-script-hashes.ts';

describe('dist/_headers and dist/_redirects', () => {
  it('is written from deploy/headers.ts with the build base and the emitted scripts’ hashes', () => {
    const plugin = headersFilePlugin();
    const emitted: { fileName?: string; source?: unknown }[] = [];
    (plugin.configResolved as (c: unknown) => void)({ base: '/portal/', env: {} });
    const html = '<script>boot()</script><script type="application/json">{}</script>';
    (plugin.generateBundle as (this: unknown, o: unknown, b: unknown) => void).call(
      { emitFile: (file: { fileName?: string; source?: unknown }) => emitted.push(file) },
      {},
      { 'index.html': { type: 'asset', fileName: 'index.html', source: html } },
    );
    const expected = headersFile(
      headerRules('/portal/', {
        wards: [],
        csp: { apiBase: '/portal/api/', scriptHashes: inlineScriptHashes(html), imageOrigins: [] },
      }),
    );
    expect(emitted).toEqual([
      { type: 'asset', fileName: '_headers', source: expected },
      { type: 'asset', fileName: '_redirects', source: redirectsFile('/portal/') },
    ]);
    expect(String(emitted[0]?.source)).toContain('/portal/embed/:widget\n');
    expect(String(emitted[0]?.source)).toContain(inlineScriptHashes(html)[0]);
  });

  it('reads the path of any base Vite accepts', () => {
    expect(basePath('/')).toBe('/');
    expect(basePath('./')).toBe('/');
    expect(basePath('https://cdn.example/portal/')).toBe('/portal/');
  });
});
