import { useSearchParams } from 'react-router-dom';
import { parseId, parseLimit } from '../../features/embed/params';
import { LatestWidget } from '../embed/LatestWidget';

export function EmbedLatestRoute() {
  const [params] = useSearchParams();
  return (
    <LatestWidget
      category={parseId(params.get('category'))}
      limit={parseLimit(params.get('limit'))}
    />
  );
}
