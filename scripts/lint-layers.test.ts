import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const BIOME = path.join(ROOT, 'node_modules', '.bin', 'biome');

/** Biome's verdict on `code` planted at `file` for the time of one lint run. */
function lint(file: string, code: string) {
  const planted = path.join(ROOT, file);
  writeFileSync(planted, code);
  try {
    const run = spawnSync(BIOME, ['lint', planted], { cwd: ROOT, encoding: 'utf8' });
    return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(planted, { force: true });
  }
}

describe('imports go one way: app → features → shared (biome.json)', () => {
  it('fails a feature that imports another feature', () => {
    const result = lint(
      'src/features/archive/components/Planted.test-lint.tsx',
      "import { useContacts } from '../../contacts/api/get-contacts';\nexport const x = useContacts;\n",
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain('noRestrictedImports');
  });

  // biome.json states the rule once per folder depth, for every feature (a new one included):
  // from a file n folders into a feature, `n+1` times `../` and a name is another feature.
  it('fails every way out of a feature into another one or the app, at any depth', () => {
    for (const [file, spec] of <[string, string][]>[
      ['src/features/offline/planted.test-lint.ts', '../contacts/hotline'],
      ['src/features/offline/planted.test-lint.ts', '../../app/routes'],
      ['src/features/offline/components/Planted.test-lint.tsx', '../../archive/lib/calendar-code'],
      ['src/features/archive/components/Planted.test-lint.tsx', '../../../app/routes'],
      [
        'src/features/archive/components/Planted.test-lint.tsx',
        '../../../features/contacts/api/get-contacts',
      ],
    ]) {
      const result = lint(file, `import * as x from '${spec}';\nexport { x };\n`);
      expect(result.ok, `${file}: ${spec}`).toBe(false);
      expect(result.output).toContain('noRestrictedImports');
    }
  });

  it('lets a feature use its own files, shared code and the test utilities', () => {
    for (const [file, spec] of <[string, string][]>[
      ['src/features/offline/planted.test-lint.ts', './service-worker'],
      ['src/features/offline/planted.test-lint.ts', '../../shared/lib/defer'],
      ['src/features/archive/components/Planted.test-lint.tsx', '../api/get-archive-day'],
      [
        'src/features/archive/components/Planted.test-lint.tsx',
        '../../../../test/utils/render-app',
      ],
    ]) {
      const result = lint(file, `import * as x from '${spec}';\nexport { x };\n`);
      expect(result.ok, `${file}: ${spec}\n${result.output}`).toBe(true);
    }
  });

  it('fails shared code that imports a feature or the app', () => {
    for (const spec of ['../../features/archive/lib/archive-days', '../../app/routes']) {
      const result = lint(
        'src/shared/lib/planted.test-lint.ts',
        `import * as x from '${spec}';\nexport { x };\n`,
      );
      expect(result.ok, spec).toBe(false);
    }
  });

  it('lets the app compose features, and a feature use shared code', () => {
    expect(
      lint(
        'src/app/Planted.test-lint.tsx',
        "import { useContacts } from '../features/contacts/api/get-contacts';\nexport const x = useContacts;\n",
      ).ok,
    ).toBe(true);
    expect(
      lint(
        'src/features/archive/lib/planted.test-lint.ts',
        "import { dayKey } from '../../../shared/time/calendar-day';\nexport const x = dayKey;\n",
      ).ok,
    ).toBe(true);
  });
});
