import { useSearchParams } from 'react-router-dom';
import { LatestWidget } from '../../features/embed/components/LatestWidget';
import { parseId, parseLimit } from '../../features/embed/params';

export function EmbedLatestRoute() {
  const [params] = useSearchParams();
  return (
    <LatestWidget
      category={parseId(params.get('category'))}
      limit={parseLimit(params.get('limit'))}
    />
  );
}
