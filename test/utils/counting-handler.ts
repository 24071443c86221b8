import { HttpResponse, http } from 'msw';

/** Fails the first `failures` requests for a contract file with `status`, then serves `body`. */
export function failThenServe(path: string, body: unknown, failures = 1, status = 500) {
  let calls = 0;
  return http.get(`*/api/${path}`, () => {
    calls += 1;
    if (calls <= failures) return new HttpResponse('boom', { status });
    return HttpResponse.json(body as never);
  });
}
