import { type MouseEvent, type ReactNode, useContext } from 'react';
import { UNSAFE_NavigationContext, useHref } from 'react-router-dom';

/**
 * A link to the home page that is written `{base}/`, with its slash.
 *
 * Under a sub-path the router's basename is `/portal` and React Router writes home as
 * `/portal` (no slash). That URL is outside the service worker's scope (`/portal/`), so offline
 * it reaches the browser's error page, and online the server answers it with a 301. This link
 * gives the slashed URL both as its `href` (new tab, copy, `target="_top"` in a widget) and to
 * the router's history when clicked, so the address bar shows `/portal/` too. At the root,
 * home is `/` either way.
 */
export function HomeLink({
  children,
  className,
  target,
}: {
  children: ReactNode;
  className?: string;
  target?: '_top';
}) {
  const routerHref = useHref('/');
  const href = routerHref.endsWith('/') ? routerHref : `${routerHref}/`;
  const { navigator } = useContext(UNSAFE_NavigationContext);
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    // Leave the browser alone where it should act itself: a widget's link out of its frame,
    // a modified click (new tab/window), any button but the main one.
    const plain =
      event.button === 0 && !event.metaKey && !event.altKey && !event.ctrlKey && !event.shiftKey;
    if (target || event.defaultPrevented || !plain) return;
    event.preventDefault();
    // `navigate('/')` would push `/portal` again: the history takes the full, slashed path
    // (the router strips its basename from it, so it still draws home).
    navigator.push(href);
  };
  return (
    <a href={href} className={className} target={target} onClick={onClick}>
      {children}
    </a>
  );
}
