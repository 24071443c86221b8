import '@testing-library/jest-dom/vitest';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../mocks/node';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

// The DOM half only where there is a DOM: the node project (schemas, the generator) has no
// window and need not load React Testing Library at all.
if (typeof document !== 'undefined') {
  const { cleanup, configure } = await import('@testing-library/react');
  // findBy/waitFor give up after 1 s by default: too short when the machine is busy (CI, other
  // jobs), where a first render of the whole app can take longer. A real miss still fails.
  configure({ asyncUtilTimeout: 5000 });
  afterEach(cleanup);
  // jsdom has no layout: scrolling to the top after a navigation is a no-op here.
  window.scrollTo = () => {};
}
