// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeIntersection } from '../../../test/utils/fake-intersection';
import { deferUntil } from './defer-until';

function box() {
  const element = document.createElement('section');
  document.body.append(element);
  return element;
}
const tab = () => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));

afterEach(() => {
  document.body.replaceChildren();
});

describe('deferUntil', () => {
  it('runs once, on the first of its conditions: the element coming near the screen', () => {
    const screen = fakeIntersection();
    const element = box();
    const run = vi.fn();
    deferUntil(['visible', 'interaction'], element, run);
    expect(run).not.toHaveBeenCalled();
    screen.show(element);
    element.dispatchEvent(new Event('pointerenter'));
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('or the pointer over it, focus in it, and with firstTab the first Tab anywhere', () => {
    fakeIntersection();
    const pointer = vi.fn();
    const pointed = box();
    deferUntil(['visible', 'interaction'], pointed, pointer);
    pointed.dispatchEvent(new Event('pointerenter'));
    expect(pointer).toHaveBeenCalledTimes(1);

    const focus = vi.fn();
    const focused = box();
    deferUntil(['interaction'], focused, focus);
    focused.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(focus).toHaveBeenCalledTimes(1);

    const keys = vi.fn();
    const tabbed = vi.fn();
    deferUntil(['interaction'], box(), keys);
    deferUntil(['interaction'], box(), tabbed, { firstTab: true });
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    tab();
    tab();
    expect(keys).not.toHaveBeenCalled();
    expect(tabbed).toHaveBeenCalledTimes(1);
  });

  it('runs at once where there is no IntersectionObserver, and never once cancelled', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const now = vi.fn();
    deferUntil(['visible'], box(), now);
    expect(now).toHaveBeenCalledTimes(1);

    fakeIntersection();
    const element = box();
    const never = vi.fn();
    const cancel = deferUntil(['visible', 'interaction'], element, never, { firstTab: true });
    cancel();
    element.dispatchEvent(new Event('pointerenter'));
    tab();
    expect(never).not.toHaveBeenCalled();
  });
});
