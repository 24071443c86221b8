// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { type ReporterWindow, startResizeReporter } from './resize-reporter';

/** A stand-in window: a parent to post to, a manual rAF queue and a ResizeObserver we drive. */
function fakeWindow({ framed = true } = {}) {
  const frames = new Map<number, FrameRequestCallback>();
  let nextFrame = 1;
  const observers: {
    callback: ResizeObserverCallback;
    targets: Element[];
    disconnected: boolean;
  }[] = [];
  class FakeResizeObserver {
    record: (typeof observers)[number];
    constructor(callback: ResizeObserverCallback) {
      this.record = { callback, targets: [], disconnected: false };
      observers.push(this.record);
    }
    observe(target: Element) {
      this.record.targets.push(target);
    }
    unobserve() {}
    disconnect() {
      this.record.disconnected = true;
    }
  }
  const parent = { postMessage: vi.fn() };
  const win = {
    requestAnimationFrame: vi.fn((cb: FrameRequestCallback) => {
      frames.set(nextFrame, cb);
      return nextFrame++;
    }),
    cancelAnimationFrame: vi.fn((id: number) => frames.delete(id)),
    ResizeObserver: FakeResizeObserver as unknown as typeof ResizeObserver,
  } as unknown as ReporterWindow & { parent: unknown };
  (win as { parent: unknown }).parent = framed ? parent : win;
  return {
    win,
    parent,
    observers,
    /** ResizeObserver fires (any number of entries). */
    resize() {
      for (const o of observers) if (!o.disconnected) o.callback([], {} as ResizeObserver);
    },
    /** Run the pending animation frames. */
    flush() {
      const pending = [...frames.values()];
      frames.clear();
      for (const cb of pending) cb(0);
    },
    pendingFrames: () => frames.size,
  };
}

function elementOfHeight(initial: number) {
  const el = document.createElement('div');
  let height = initial;
  el.getBoundingClientRect = () => ({ height }) as DOMRect;
  return { el, setHeight: (h: number) => (height = h) };
}

describe('startResizeReporter', () => {
  it('posts one portal:resize message per animation frame with the integer height', () => {
    const w = fakeWindow();
    const { el, setHeight } = elementOfHeight(120.2);
    startResizeReporter(el, w.win);
    expect(w.observers[0]?.targets).toEqual([el]);

    w.resize();
    w.resize();
    w.resize();
    expect(w.pendingFrames()).toBe(1);
    expect(w.parent.postMessage).not.toHaveBeenCalled();
    w.flush();
    expect(w.parent.postMessage).toHaveBeenCalledTimes(1);
    // Rounded up: a fraction of a pixel short would give the frame a scrollbar.
    expect(w.parent.postMessage).toHaveBeenLastCalledWith(
      { type: 'portal:resize', height: 121 },
      '*',
    );

    setHeight(340);
    w.resize();
    w.resize();
    w.flush();
    expect(w.parent.postMessage).toHaveBeenCalledTimes(2);
    expect(w.parent.postMessage).toHaveBeenLastCalledWith(
      { type: 'portal:resize', height: 340 },
      '*',
    );
  });

  it('stays quiet when the integer height did not change', () => {
    const w = fakeWindow();
    const { el, setHeight } = elementOfHeight(200);
    startResizeReporter(el, w.win);
    w.resize();
    w.flush();
    setHeight(199.6);
    w.resize();
    w.flush();
    setHeight(200);
    w.resize();
    w.flush();
    expect(w.parent.postMessage).toHaveBeenCalledTimes(1);
  });

  it('does nothing when the page is not in a frame', () => {
    const w = fakeWindow({ framed: false });
    const { el } = elementOfHeight(200);
    startResizeReporter(el, w.win);
    expect(w.observers).toHaveLength(0);
    expect(w.win.requestAnimationFrame).not.toHaveBeenCalled();
    expect(w.parent.postMessage).not.toHaveBeenCalled();
  });

  it('stops observing and cancels a pending frame when stopped', () => {
    const w = fakeWindow();
    const { el } = elementOfHeight(200);
    const stop = startResizeReporter(el, w.win);
    w.resize();
    stop();
    expect(w.observers[0]?.disconnected).toBe(true);
    expect(w.win.cancelAnimationFrame).toHaveBeenCalled();
    w.flush();
    expect(w.parent.postMessage).not.toHaveBeenCalled();
  });

  it('is inert in the test window itself (not framed), so the app can always call it', () => {
    const { el } = elementOfHeight(10);
    const spy = vi.spyOn(window, 'postMessage');
    startResizeReporter(el)();
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });
});
