import { type ComponentType, lazy } from 'react';
import type { LoadOnce } from './load-once';

// How many times an error boundary has drawn its children again (its retry, a new URL).
let resets = 0;

/**
 * Called by an error boundary that draws its children again: a component whose download
 * failed downloads it again on its next render (`loadOnce` forgot the failure). Not sooner:
 * React renders a failed subtree again at once by itself, and a fresh download on every such
 * render would go on for as long as the network is down.
 */
export function retryFailedDownloads() {
  resets++;
}

/**
 * A component whose code comes through `code` (see ./load-once.ts): drawn at once when the
 * code is already in, else suspending until it is. A failed download goes to the nearest error
 * boundary, like `React.lazy`'s; unlike `React.lazy`, which keeps the error for good, the
 * boundary's reset (`retryFailedDownloads`) tries the download again.
 */
export function lazyComponent<M, P extends object>(
  code: LoadOnce<M>,
  pick: (module: M) => ComponentType<P>,
): ComponentType<P> {
  // A fresh `React.lazy` after each boundary reset: a failed one would throw its error again;
  // one still pending shares its download (`loadOnce`).
  const attempt = () => lazy(() => code().then((module) => ({ default: pick(module) })));
  let madeAt = resets;
  let Lazy = attempt();
  // biome-ignore lint/correctness/noComponentHookFactories: made once per module at module level (a page, the date box), never during a render.
  return function Deferred(props: P) {
    const module = code.loaded();
    if (module === undefined && resets > madeAt) {
      madeAt = resets;
      Lazy = attempt();
    }
    const Component = module === undefined ? Lazy : pick(module);
    return <Component {...props} />;
  };
}
