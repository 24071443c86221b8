import * as v from 'valibot';
import { isSafeImageUrl } from '../lib/safe-url.ts';
import { parseDayKey } from '../time/calendar-day.ts';

import { SLUG_PATTERN } from './url-patterns.ts';

export { PAGE_PARAM_PATTERN, SLUG_PATTERN } from './url-patterns.ts';

// ISO-8601 with an explicit offset (or Z): without one, "which day" would depend on the reader.
// The clock's parts are bounded here (no 24:00, no offset +25:00) and the day below:
// `Date.parse` quietly turns 2007-02-30 into 2 March, a day the CMS never said.
const ISO_WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$/;

const isRealInstant = (value: string) =>
  parseDayKey(value.slice(0, 10)) !== null && !Number.isNaN(Date.parse(value));

export const Slug = v.pipe(v.string(), v.regex(SLUG_PATTERN, 'không đúng dạng định danh'));

export const IsoDateTime = v.pipe(
  v.string(),
  v.regex(ISO_WITH_OFFSET, 'không phải thời điểm ISO-8601 có múi giờ'),
  v.check(isRealInstant, 'thời điểm không tồn tại'),
);

/** `yyyy-MM-dd` that exists on the calendar (no 30 February). */
export const IsoDate = v.pipe(
  v.string(),
  v.check((value) => parseDayKey(value) !== null, 'không phải ngày có thật'),
);

export const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
export const PageNumber = v.pipe(v.number(), v.integer(), v.minValue(1));

/** An optional field that is malformed is dropped rather than sinking the whole record. */
export function lenient<TSchema extends v.GenericSchema>(schema: TSchema) {
  return v.fallback(v.optional(schema), undefined);
}

/**
 * A list in which one malformed item is left out and the rest kept, as the contract asks.
 * A value that is not an array at all, or one longer than `maxItems`, makes the document invalid.
 */
export function listOf<TSchema extends v.GenericSchema>(
  schema: TSchema,
  maxItems = Number.POSITIVE_INFINITY,
) {
  return v.pipe(
    v.array(v.unknown()),
    // An absurd length is a broken export, refused before parsing its items one by one.
    v.maxLength(maxItems, 'quá dài'),
    v.transform((items): v.InferOutput<TSchema>[] =>
      items.flatMap((item) => {
        const result = v.safeParse(schema, item);
        return result.success ? [result.output] : [];
      }),
    ),
  );
}

// Image URLs are used as given, but only web ones: absolute http(s), or a path that resolves
// to this site (`/\host/x` is rejected: a browser reads it as `//host/x`).
const ImageUrl = v.pipe(v.string(), v.check(isSafeImageUrl, 'không phải địa chỉ ảnh'));

// Intrinsic pixels, when the CMS knows them: the page reserves the image's box before it loads.
const Pixels = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100_000));

export const Image = v.object({
  src: ImageUrl,
  alt: v.fallback(v.string(), ''),
  width: lenient(Pixels),
  height: lenient(Pixels),
});
export type Image = v.InferOutput<typeof Image>;

export const ArticleSummary = v.object({
  id: Slug,
  title: v.pipe(v.string(), v.trim(), v.minLength(1)),
  publishedAt: IsoDateTime,
  category: Slug,
  summary: lenient(v.string()),
  thumbnail: lenient(Image),
});
export type ArticleSummary = v.InferOutput<typeof ArticleSummary>;
