import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { queriesSettled } from './queries-settled';

afterEach(() => {
  vi.useRealTimers();
});

describe('queriesSettled (when offline support may start)', () => {
  it('waits for the page’s data, then resolves once nothing is fetching', async () => {
    const client = new QueryClient();
    let arrive = (_: string) => {};
    void client.fetchQuery({
      queryKey: ['site.json'],
      queryFn: () => new Promise<string>((resolve) => (arrive = resolve)),
    });
    const settled = vi.fn();
    void queriesSettled(client).then(settled);
    await Promise.resolve();
    expect(settled).not.toHaveBeenCalled();
    arrive('{}');
    await vi.waitFor(() => expect(settled).toHaveBeenCalled());
  });

  it('does not wait for good on a request that never settles', async () => {
    vi.useFakeTimers();
    const client = new QueryClient();
    void client.fetchQuery({ queryKey: ['hung'], queryFn: () => new Promise(() => {}) });
    const settled = vi.fn();
    void queriesSettled(client, 10_000).then(settled);
    await vi.advanceTimersByTimeAsync(9_000);
    expect(settled).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(settled).toHaveBeenCalled();
  });
});
