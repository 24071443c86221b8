import type { QueryClient } from '@tanstack/react-query';

/**
 * Resolves once no query of `client` is fetching — at once if none is, else when the query
 * cache reports the last one settled — or after `timeout` ms whatever is still fetching: a
 * request that never settles (a server holding the connection open) must not hold back what
 * waits for it for good.
 */
export function queriesSettled(client: QueryClient, timeout = 10_000): Promise<void> {
  let unsubscribe = () => {};
  return new Promise<void>((resolve) => {
    const check = () => client.isFetching() === 0 && resolve();
    unsubscribe = client.getQueryCache().subscribe(check);
    setTimeout(resolve, timeout);
    check();
  }).finally(() => unsubscribe());
}
