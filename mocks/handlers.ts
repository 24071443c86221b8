import { HttpResponse, http } from 'msw';
import { buildFixtureFiles } from './fixtures';

/** Every contract file under any base ending in `/api/`; unknown paths are a real 404. */
export function contractHandlers(files: Record<string, unknown> = buildFixtureFiles()) {
  return [
    http.get('*/api/*', ({ request }) => {
      const path = new URL(request.url).pathname.replace(/^.*?\/api\//, '');
      if (!(path in files)) return new HttpResponse('Not found', { status: 404 });
      return HttpResponse.json(files[path] as never);
    }),
  ];
}

/** Replace one file: JSON body, a status code, or raw text (an index.html fallback, say). */
export function serveFile(path: string, response: unknown | { status: number } | { text: string }) {
  return http.get(`*/api/${path}`, () => {
    if (response && typeof response === 'object' && 'status' in response) {
      return new HttpResponse('error', { status: Number(response.status) });
    }
    if (response && typeof response === 'object' && 'text' in response) {
      return new HttpResponse(String(response.text), { headers: { 'Content-Type': 'text/html' } });
    }
    return HttpResponse.json(response as never);
  });
}
