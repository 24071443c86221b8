import { QueryClient } from '@tanstack/react-query';
import { isRetryable } from '../shared/api/errors';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Only a 5xx or a dropped connection is worth a silent second try; 404 and bad data are final.
        retry: (failureCount, error) => isRetryable(error) && failureCount < 2,
        refetchOnWindowFocus: false,
        // Ask even when the browser says it is offline: the service worker may have the file,
        // and if not the reader gets "Bạn đang ngoại tuyến…" instead of an endless spinner.
        networkMode: 'always',
      },
    },
  });
}
