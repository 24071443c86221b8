import { type RefObject, useEffect } from 'react';

/** The one message a widget sends to the page that embeds it (CONTRACT.md §3). */
export const RESIZE_MESSAGE_TYPE = 'portal:resize';

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE_TYPE;
  height: number;
}

/** The parts of `window` the reporter uses, so tests can hand it a stand-in. */
export type ReporterWindow = Pick<
  Window,
  'parent' | 'requestAnimationFrame' | 'cancelAnimationFrame'
> & { ResizeObserver?: typeof ResizeObserver };

/**
 * Inside a frame, tell the parent page how tall `root` is whenever its integer height changes:
 * at most one message per animation frame however many resize callbacks came in, and none when
 * the height rounds to the same number (so an embedder that resizes the frame cannot start a
 * loop). Outside a frame it does nothing. Returns a stop function.
 *
 * Height is measured on the root element, never on the viewport (`vh`, `100%`, scrollHeight of
 * the document), because those follow the frame's own height and would feed back.
 */
export function startResizeReporter(root: Element, win: ReporterWindow = window): () => void {
  const Observer = win.ResizeObserver;
  if (win.parent === (win as unknown) || !win.parent || !Observer) return () => {};
  let frame = 0;
  let last = -1;
  const report = () => {
    frame = 0;
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: ResizeMessage = { type: RESIZE_MESSAGE_TYPE, height };
    // Target origin '*': the widget cannot know which ward site embeds it, and a height is
    // not a secret. The receiving side (embed.js) is the one that checks who is talking: it
    // only accepts this message from its own iframe's window and the portal's origin.
    win.parent.postMessage(message, '*');
  };
  const observer = new Observer(() => {
    if (!frame) frame = win.requestAnimationFrame(report);
  });
  observer.observe(root);
  return () => {
    observer.disconnect();
    if (frame) win.cancelAnimationFrame(frame);
  };
}

/** `startResizeReporter` for the lifetime of the component that owns `ref`. */
export function useResizeReporter(ref: RefObject<Element | null>) {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    return startResizeReporter(root);
  }, [ref]);
}
