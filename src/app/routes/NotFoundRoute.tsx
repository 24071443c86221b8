import { NotFound } from '../../shared/ui/NotFound';

export function NotFoundRoute() {
  return <NotFound />;
}
