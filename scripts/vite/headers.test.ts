import { describe, expect, it } from 'vitest';
import { headerRules, headersFile } from '../../deploy/headers.ts';
import { basePath, headersFilePlugin } from './headers.ts';

describe('dist/_headers', () => {
  it('is written from deploy/headers.ts with the build base in its patterns', () => {
    const plugin = headersFilePlugin();
    const emitted: { fileName?: string; source?: unknown }[] = [];
    (plugin.configResolved as (c: unknown) => void)({ base: '/portal/' });
    (plugin.generateBundle as (this: unknown) => void).call({
      emitFile: (file: { fileName?: string; source?: unknown }) => emitted.push(file),
    });
    expect(emitted).toEqual([
      { type: 'asset', fileName: '_headers', source: headersFile(headerRules('/portal/')) },
    ]);
    expect(String(emitted[0]?.source)).toContain('/portal/embed/:widget\n');
  });

  it('reads the path of any base Vite accepts', () => {
    expect(basePath('/')).toBe('/');
    expect(basePath('./')).toBe('/');
    expect(basePath('https://cdn.example/portal/')).toBe('/portal/');
  });
});
