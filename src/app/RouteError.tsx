import { useRouteError } from 'react-router-dom';
import { ErrorMessage } from '../shared/ui/ErrorMessage';

/** Last line of defence: a render crash (or a chunk that failed to load) still leaves a page. */
export function RouteError() {
  const error = useRouteError();
  return (
    <main id="main" className="page">
      <ErrorMessage error={error} asPage onRetry={() => window.location.reload()} />
    </main>
  );
}
