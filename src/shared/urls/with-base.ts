/**
 * An app address (`shared/urls`, `/search`) as a link outside React Router — a form's action,
 * an iframe's `src` — which, unlike `<Link>`, does not add the base path itself.
 */
export const withBase = (url: string) => `${import.meta.env.BASE_URL}${url.slice(1)}`;
