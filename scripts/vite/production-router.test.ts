import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROUTER_PRODUCTION } from './production-router.ts';

const BUILD = path.dirname(ROUTER_PRODUCTION);
const DEVELOPMENT = path.join(BUILD, '..', 'development');

/** Every .mjs file of one React Router build, its chunk names taken out (they are hashes). */
function files(dir: string): Map<string, string> {
  const name = (file: string) => file.replace(/chunk-[A-Z0-9]+/g, 'chunk');
  return new Map(
    readdirSync(dir)
      .filter((file) => file.endsWith('.mjs'))
      .map((file) => [name(file), name(readFileSync(path.join(dir, file), 'utf8'))]),
  );
}

describe('React Router production build the app is built with', () => {
  it('differs from the development build only in leaving dev warnings off', () => {
    const production = files(BUILD);
    const development = files(DEVELOPMENT);
    expect([...production.keys()].sort()).toEqual([...development.keys()].sort());
    const differing = [...production].filter(([file, text]) => development.get(file) !== text);
    // Whatever else a new React Router puts apart between its builds must be looked at before
    // the app ships its production files.
    expect(differing.map(([file]) => file)).toEqual(['chunk.mjs']);
    const [, text] = differing[0] ?? ['', ''];
    const lines = (s: string) => s.split('\n');
    const dev = lines(development.get('chunk.mjs') ?? '');
    const changed = lines(text).filter((line, i) => line !== dev[i]);
    expect(changed).toEqual(['var ENABLE_DEV_WARNINGS = false;']);
  });
});
