/**
 * Strict reading of an export with the app's own (lenient) contract schemas.
 *
 * The schemas in src/shared/contract are made for readers: a malformed optional field is
 * dropped, a malformed list item is left out. For the generator that would mean silently
 * publishing less than the export holds, so after parsing we compare the input with the
 * parsed output: anything the schema had to drop or replace is an error naming its field.
 * Unknown fields are ignored, as the contract says (and not copied to the output).
 */
import * as v from 'valibot';
import {
  ArticleDocument,
  CategoriesDocument,
  Category,
  Contact,
  ContactGroup,
  ContactsDocument,
  SiteDocument,
} from '../../src/shared/contract/documents.ts';
import { Image } from '../../src/shared/contract/primitives.ts';

/** What the comparison knows about a value: its known keys, its list items, its schema. */
export interface Shape {
  schema?: unknown;
  keys?: Record<string, Shape>;
  item?: Shape;
}

export type Report = (field: string, message: string) => void;

const leaf: Shape = {};

function objectShape(
  schema: { entries: Record<string, unknown> },
  overrides: Record<string, Shape> = {},
): Shape {
  const keys: Record<string, Shape> = {};
  for (const [key, entry] of Object.entries(schema.entries)) {
    keys[key] = { schema: entry, ...overrides[key] };
  }
  return { schema, keys };
}

// The two list item types the contract module keeps private (figure, phone) are described by
// their keys only; build-api.test.ts checks these against the real schemas.
export const FIGURE_KEYS = [...Object.keys(Image.entries), 'caption'] as const;
export const PHONE_KEYS = ['label', 'number'] as const;
const keysOnly = (keys: readonly string[]): Shape => ({
  keys: Object.fromEntries(keys.map((key) => [key, leaf])),
});

export const SHAPES = {
  site: objectShape(SiteDocument, { logo: objectShape(Image) }),
  categories: objectShape(CategoriesDocument, {
    categories: { item: objectShape(Category) },
  }),
  article: objectShape(ArticleDocument, {
    thumbnail: objectShape(Image),
    images: { item: keysOnly(FIGURE_KEYS) },
  }),
  contacts: objectShape(ContactsDocument, {
    groups: {
      item: objectShape(ContactGroup, {
        contacts: {
          item: objectShape(Contact, {
            phones: { item: keysOnly(PHONE_KEYS) },
            emails: { item: leaf },
          }),
        },
      }),
    },
  }),
} satisfies Record<string, Shape>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  return base ? `${base}.${key}` : key;
}

/** `images[0]` + `src` → `images[0].src`; `groups` + `[1].id` → `groups[1].id`. */
export function appendPath(base: string, sub: string): string {
  if (!sub) return base;
  if (!base || sub.startsWith('[')) return base + sub;
  return `${base}.${sub}`;
}

export function issuePath(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    out = joinPath(out, typeof key === 'number' ? key : String(key));
  }
  return out;
}

export function issueMessage(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.input === undefined) return 'thiếu trường bắt buộc';
  return issue.message;
}

/** Why a value was refused: the real message of the wrapped schema when it can be had. */
function explain(shape: Shape, value: unknown, path: string, report: Report): void {
  const schema = shape.schema as { wrapped?: unknown } | undefined;
  const inner = (schema?.wrapped ?? schema) as v.GenericSchema | undefined;
  if (inner && typeof inner === 'object' && '~run' in inner) {
    const result = v.safeParse(inner, value);
    if (!result.success) {
      for (const issue of result.issues) {
        report(appendPath(path, issuePath(issue)), issueMessage(issue));
      }
      return;
    }
  }
  report(path, 'giá trị không hợp lệ');
}

function matches(input: unknown, output: unknown, shape: Shape): boolean {
  let ok = true;
  compare(input, output, shape, '', () => {
    ok = false;
  });
  return ok;
}

/** Reports every place where `output` (the parse of `input`) lost or changed a known value. */
export function compare(
  input: unknown,
  output: unknown,
  shape: Shape,
  path: string,
  report: Report,
): void {
  if (input === undefined) return;
  if (Array.isArray(input)) {
    if (!Array.isArray(output)) {
      explain(shape, input, path, report);
      return;
    }
    const itemShape = shape.item ?? leaf;
    if (input.length === output.length) {
      input.forEach((item, i) => {
        compare(item, output[i], itemShape, joinPath(path, i), report);
      });
      return;
    }
    // Items were left out: walk both lists to find which ones.
    let j = 0;
    input.forEach((item, i) => {
      if (j < output.length && matches(item, output[j], itemShape)) {
        j++;
        return;
      }
      explain(itemShape, item, joinPath(path, i), report);
    });
    return;
  }
  if (isRecord(input)) {
    if (!isRecord(output)) {
      explain(shape, input, path, report);
      return;
    }
    for (const [key, value] of Object.entries(input)) {
      const child = shape.keys?.[key];
      if (value === undefined || !child) continue; // unknown field: ignored
      const childPath = joinPath(path, key);
      if (output[key] === undefined) explain(child, value, childPath, report);
      else compare(value, output[key], child, childPath, report);
    }
    return;
  }
  if (typeof input === 'string' && typeof output === 'string' && output === input.trim()) return;
  if (Object.is(input, output)) return;
  explain(shape, input, path, report);
}
