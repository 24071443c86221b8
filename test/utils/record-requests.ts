import { server } from '../../mocks/node';

/**
 * The contract files the app asks for from now on, as paths under `api/` (`archive/index.json`).
 * Call `stop()` when done (the setup's resetHandlers does not remove listeners).
 */
export function recordRequests() {
  const paths: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    paths.push(new URL(request.url).pathname.replace(/^.*?\/api\//, ''));
  };
  server.events.on('request:start', listener);
  return {
    paths,
    under: (prefix: string) => paths.filter((path) => path.startsWith(prefix)),
    stop: () => server.events.removeListener('request:start', listener),
  };
}
