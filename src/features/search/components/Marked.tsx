import { Fragment } from 'react';
import type { Segment } from '../lib/excerpt';

/** Text with the query's words in <mark>: every piece rendered as text, never as markup. */
export function Marked({ segments }: { segments: Segment[] }) {
  return segments.map((segment, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: segments are a fixed sequence of text
    <Fragment key={i}>{segment.mark ? <mark>{segment.text}</mark> : segment.text}</Fragment>
  ));
}
