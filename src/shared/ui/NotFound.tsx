import { PageHead } from '../head/PageHead';
import { HomeLink } from './HomeLink';

export function NotFound({
  title = 'Không tìm thấy trang',
  message = 'Trang bạn tìm không tồn tại hoặc đã được chuyển đi.',
  asPage = true,
}: {
  title?: string;
  message?: string;
  asPage?: boolean;
}) {
  const Heading = asPage ? 'h1' : 'h2';
  return (
    <section className="notice notice--not-found" aria-labelledby="not-found-title">
      {asPage && <PageHead title={title} notFound />}
      <Heading id="not-found-title">{title}</Heading>
      <p>{message}</p>
      <p>
        <HomeLink>Về trang chủ</HomeLink>
      </p>
    </section>
  );
}
