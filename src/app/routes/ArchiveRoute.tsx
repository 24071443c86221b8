import { useParams } from 'react-router-dom';
import { ArchivePage } from '../../features/archive/components/ArchivePage';

/** `/archive/yyyy-MM-dd` or `/archive/yyyy-MM`. */
export function ArchiveRoute() {
  const { date = '' } = useParams();
  return <ArchivePage date={date} />;
}
