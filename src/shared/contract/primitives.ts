import * as v from 'valibot';
import { isSafeImageUrl } from '../lib/safe-url';

export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,127}$/;
// ISO-8601 with an explicit offset (or Z): without one, "which day" would depend on the reader.
const ISO_WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

export const Slug = v.pipe(v.string(), v.regex(SLUG_PATTERN, 'không đúng dạng định danh'));

export const IsoDateTime = v.pipe(
  v.string(),
  v.regex(ISO_WITH_OFFSET, 'không phải thời điểm ISO-8601 có múi giờ'),
  v.check((value) => !Number.isNaN(Date.parse(value)), 'thời điểm không tồn tại'),
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
    v.maxLength(maxItems, 'danh sách dài bất thường'),
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

export const Image = v.object({
  src: ImageUrl,
  alt: v.fallback(v.string(), ''),
});

export const ArticleSummary = v.object({
  id: Slug,
  title: v.pipe(v.string(), v.trim(), v.minLength(1)),
  publishedAt: IsoDateTime,
  category: Slug,
  summary: lenient(v.string()),
  thumbnail: lenient(Image),
});
export type ArticleSummary = v.InferOutput<typeof ArticleSummary>;
