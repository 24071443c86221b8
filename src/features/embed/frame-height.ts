import { type RefObject, useEffect } from 'react';
import { RESIZE_MESSAGE_TYPE } from './resize-reporter';

export const MAX_FRAME_HEIGHT = 20000;

/**
 * The height a `portal:resize` message asks for, or null when the message is not one: same
 * rules as public/embed.js (finite number, clamped to 0–20000).
 */
export function resizeHeight(data: unknown): number | null {
  if (!data || typeof data !== 'object') return null;
  const { type, height } = data as { type?: unknown; height?: unknown };
  if (type !== RESIZE_MESSAGE_TYPE || typeof height !== 'number' || !Number.isFinite(height)) {
    return null;
  }
  return Math.round(Math.min(MAX_FRAME_HEIGHT, Math.max(0, height)));
}

/**
 * The builder's preview: size `frameRef`'s iframe from its widget's resize messages — only from
 * that iframe's window and from `origin` (the portal's own), exactly like embed.js.
 */
export function useFrameHeight(
  frameRef: RefObject<HTMLIFrameElement | null>,
  origin: string = window.location.origin,
) {
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const frame = frameRef.current;
      if (!frame || event.source !== frame.contentWindow || event.origin !== origin) return;
      const height = resizeHeight(event.data);
      if (height !== null) frame.style.height = `${height}px`;
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [frameRef, origin]);
}
