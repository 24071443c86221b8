import { PageHead } from '../../shared/head/PageHead';
import { EmbedBuilder } from '../embed-builder/EmbedBuilder';

const TITLE = 'Nhúng tiện ích vào website phường';

/** `/embed`: the builder, inside the normal site layout (it is a page of the portal). */
export function EmbedBuilderRoute() {
  return (
    <>
      <PageHead title={TITLE} />
      <h1>{TITLE}</h1>
      <p className="lead">
        Chọn tiện ích, xem trước rồi sao chép một dòng mã vào trang web của phường. Tiện ích tự điều
        chỉnh chiều cao và mở bài viết trên cổng thông tin.
      </p>
      <EmbedBuilder />
    </>
  );
}
