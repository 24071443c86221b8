/**
 * The portal's public address as the generators take it (`--site-url`): feeds, pages, publish
 * and the static-API generator all check it the same way.
 */
/** An absolute http(s) URL ending in `/`, or an error naming the option. */
export function baseUrl(value: string, option: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `${option} phải là địa chỉ tuyệt đối, như https://quan1.example.gov.vn/ (nhận "${value}")`,
    );
  }
  // `new URL` drops a bare trailing `?` or `#`, so the text itself is checked; a user name or
  // password would land in every feed's ids and links.
  if (!/^https?:$/.test(url.protocol) || /[?#]/.test(value) || url.username || url.password) {
    throw new Error(
      `${option} phải là địa chỉ http(s) không có ? hay #, không có tên đăng nhập (nhận "${value}")`,
    );
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}
