import * as v from 'valibot';

/** A name or title: something left once trimmed. */
export const Text = v.pipe(v.string(), v.trim(), v.minLength(1));
