import { ErrorMessage } from '../shared/ui/ErrorMessage';

/** Last line of defence for a portal page: reloading fetches the current chunks again. */
export function RouteError({ error }: { error: unknown }) {
  return <ErrorMessage error={error} asPage onRetry={() => window.location.reload()} />;
}
