import { useCategories } from '../../features/categories/api/get-categories';
import { FeedRow } from '../../features/feeds/components/FeedRow';
import { SITE_FEED } from '../../features/feeds/feed-url';
import { PageHead } from '../../shared/head/PageHead';
import { QueryView } from '../../shared/ui/QueryView';
import { FeedTree } from '../feeds/FeedTree';
import '../../features/feeds/feeds.css';

const TITLE = 'Nhận tin qua Atom/RSS';

/** `/feeds` (contract §5): every feed with its address to copy, for readers and ward webmasters. */
export function FeedsRoute() {
  const query = useCategories();
  return (
    <>
      <PageHead title={TITLE} />
      <h1>{TITLE}</h1>
      <p className="lead">
        Dán một địa chỉ dưới đây vào trình đọc tin hoặc website của phường để tự động nhận bài mới
        của cổng thông tin, không cần mở trang hay nhúng khung.
      </p>
      <h2>Tất cả chuyên mục</h2>
      <FeedRow name={SITE_FEED} label="Tin mới nhất của cổng" />
      <h2>Theo chuyên mục</h2>
      <p className="muted">Tin của một chuyên mục gồm cả bài của các chuyên mục con.</p>
      <QueryView query={query}>{(tree) => <FeedTree tree={tree} />}</QueryView>
    </>
  );
}
