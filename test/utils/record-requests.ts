import { server } from '../../mocks/node';

/**
 * The requests the app makes from now on: `paths` are contract files as paths under `api/`
 * (`archive/index.json`); `outside` are the full paths of any request that did not stay in the
 * API folder (a `../` that got through a slug check lands there, already resolved by the URL).
 * Call `stop()` when done (the setup's resetHandlers does not remove listeners).
 */
export function recordRequests() {
  const paths: string[] = [];
  const outside: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    const pathname = new URL(request.url).pathname;
    const inApi = /^.*?\/api\/(.*)$/.exec(pathname);
    if (inApi) paths.push(inApi[1] as string);
    else outside.push(pathname);
  };
  server.events.on('request:start', listener);
  return {
    paths,
    outside,
    under: (prefix: string) => paths.filter((path) => path.startsWith(prefix)),
    stop: () => server.events.removeListener('request:start', listener),
  };
}
