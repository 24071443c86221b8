// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { resizeHeight, useFrameHeight } from './frame-height';

describe('resizeHeight', () => {
  it('reads a portal:resize message, rounded and clamped to 0–20000', () => {
    expect(resizeHeight({ type: 'portal:resize', height: 321.6 })).toBe(322);
    expect(resizeHeight({ type: 'portal:resize', height: 1e9 })).toBe(20000);
    expect(resizeHeight({ type: 'portal:resize', height: -1 })).toBe(0);
  });

  it.each([
    null,
    'portal:resize',
    { type: 'portal:resize' },
    { type: 'portal:resize', height: '300' },
    { type: 'portal:resize', height: Number.NaN },
    { type: 'portal:resize', height: Number.POSITIVE_INFINITY },
    { type: 'other', height: 300 },
  ])('ignores %j', (data) => {
    expect(resizeHeight(data)).toBeNull();
  });
});

describe('useFrameHeight (the builder preview)', () => {
  afterEach(() => document.body.replaceChildren());

  it('sizes the iframe from its own window on the same origin only', () => {
    const frame = document.createElement('iframe');
    const other = document.createElement('iframe');
    document.body.append(frame, other);
    frame.style.height = '300px';
    renderHook(() => useFrameHeight({ current: frame }));
    const post = (source: Window | null, origin: string, height: number) =>
      window.dispatchEvent(
        new MessageEvent('message', { source, origin, data: { type: 'portal:resize', height } }),
      );
    post(other.contentWindow, window.location.origin, 10);
    post(window, window.location.origin, 11);
    post(frame.contentWindow, 'https://evil.example', 12);
    expect(frame.style.height).toBe('300px');
    post(frame.contentWindow, window.location.origin, 456);
    expect(frame.style.height).toBe('456px');
  });
});
