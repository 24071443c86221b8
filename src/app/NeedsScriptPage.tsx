import { Link } from 'react-router-dom';
import { useArchiveIndex } from '../features/archive/api/get-archive-index';
import { useArchiveMonth } from '../features/archive/api/get-archive-month';
import { ArchiveLinks } from '../features/archive/components/ArchiveLinks';
import { useCategories } from '../features/categories/api/get-categories';
import { CategoryTreeList } from '../features/categories/components/CategoryTreeList';
import { HomeLink } from '../shared/ui/HomeLink';
import * as urls from '../shared/urls/app-urls';

/**
 * What the shell (`shell.html`: search, the embed builder, widgets) says to a reader without
 * JavaScript, inside the portal's header and footer: which pages read without it. `build:pages`
 * draws it into the shell's `<noscript>` (scripts/pages/shell.ts); the browser never renders it.
 */
export function NeedsScriptPage() {
  const tree = useCategories().data;
  return (
    <div className="needs-script-page">
      <h1>Trang này cần JavaScript</h1>
      <p>
        Tìm kiếm và các tiện ích chạy trong trình duyệt, nên cần bật JavaScript. Không cần
        JavaScript, bạn vẫn đọc được mọi tin: theo chuyên mục, theo ngày đăng, và danh bạ đường dây
        nóng.
      </p>
      {tree && (
        <nav className="box" aria-labelledby="needs-script-categories">
          <h2 id="needs-script-categories">Chuyên mục</h2>
          <CategoryTreeList tree={tree} />
        </nav>
      )}
      <NewestArchive />
      <p>
        <HomeLink>Về trang chủ</HomeLink> · <Link to={urls.contacts()}>Danh bạ đường dây nóng</Link>
      </p>
    </div>
  );
}

/**
 * The archive links read the cache (in the browser they must not fetch on a first load); drawn
 * only by the generator, this page declares the two files so that it fetches them first.
 */
function NewestArchive() {
  const month = useArchiveIndex().data?.at(-1)?.month;
  return month ? <NewestMonth month={month} /> : null;
}

function NewestMonth({ month }: { month: string }) {
  return useArchiveMonth(month).isSuccess ? <ArchiveLinks /> : null;
}
