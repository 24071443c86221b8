import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { dehydrateFor } from '../entry-server';
import { NotFoundError } from '../shared/api/errors';
import { reviveState } from './revive-state';

/** What build:pages writes into a page: the drawing client's queries, through JSON. */
async function drawnState() {
  const server = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  await server.prefetchQuery({ queryKey: ['site'], queryFn: () => ({ name: 'Quận Mẫu' }) });
  await server.prefetchQuery({
    queryKey: ['articles', 'x'],
    queryFn: () => Promise.reject(new NotFoundError('articles/x.json')),
  });
  await server.prefetchQuery({
    queryKey: ['broken'],
    queryFn: () => Promise.reject(new Error('500')),
  });
  return JSON.stringify(dehydrateFor(server));
}

describe('reviveState', () => {
  it('starts the browser from the data the page was drawn with, fresh, fetching nothing', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { staleTime: 60_000 } } });
    reviveState(client, await drawnState());
    const site = client.getQueryCache().find({ queryKey: ['site'] });
    expect(site?.state).toMatchObject({ status: 'success', fetchStatus: 'idle' });
    expect(site?.state.data).toEqual({ name: 'Quận Mẫu' });
    expect(site?.isStale()).toBe(false);
    expect(Date.now() - (site?.state.dataUpdatedAt ?? 0)).toBeLessThan(5_000);
  });

  it('keeps a part drawn as missing "not found", and leaves a broken one to be fetched', async () => {
    const client = new QueryClient();
    reviveState(client, await drawnState());
    const missing = client.getQueryCache().find({ queryKey: ['articles', 'x'] });
    expect(missing?.state.status).toBe('error');
    expect(missing?.state.error).toBeInstanceOf(NotFoundError);
    expect(missing?.state.error).toMatchObject({ path: 'articles/x.json' });
    expect(client.getQueryCache().find({ queryKey: ['broken'] })).toBeUndefined();
  });
});
