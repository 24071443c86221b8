import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../shared/ui/ErrorBoundary';
import { EmbedRouteError } from './EmbedRouteError';

function Boom(): never {
  throw new Error('boom');
}

describe('EmbedRouteError', () => {
  it('shows a retry and only a link that leaves the frame', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter initialEntries={['/embed/latest']}>
          <ErrorBoundary fallback={(error) => <EmbedRouteError error={error} />}>
            <Boom />
          </ErrorBoundary>
        </MemoryRouter>
      </QueryClientProvider>,
    );
    expect(await screen.findByText('Không tải được dữ liệu.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Thử lại' })).toBeVisible();
    expect(screen.getByRole('link')).toHaveAttribute('target', '_top');
  });
});
