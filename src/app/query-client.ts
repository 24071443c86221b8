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
        // A file that failed stays failed until the reader asks again ("Thử lại", every error
        // has one) or its query is forgotten, rather than being fetched by each component that
        // mounts. Above all, the first render matches what the page generator drew: a query
        // "retried on mount" renders as loading, so a page drawn with a file missing (the
        // directory, a category's list) drew "Đang tải…" and stopped the run, and a prerendered
        // page carrying that missing file was taken over with a mismatch (React #418).
        retryOnMount: false,
      },
    },
  });
}
