// index.html's inline script (hashed for the CSP): starts the page's chunks and its JSON while
// the entry chunk is still downloading. The table (`#portal-preload`, JSON) is derived from
// src/app/route-manifest.ts at build time; this code does not change from build to build.
((d, l) => {
  const el = d.getElementById('portal-preload');
  if (!el) return;
  const t = JSON.parse(el.textContent);
  const path = l.pathname;
  const rest = (`${path}/`.startsWith(t.base) ? path.slice(t.base.length) : path.slice(1)).replace(
    /\/$/,
    '',
  );
  let files;
  let draw;
  let data = [];
  for (const r of t.routes) {
    const m = new RegExp(r.re, 'i').exec(rest);
    if (!m) continue;
    files ??= r.files;
    draw ??= r.draw;
    const values = {};
    const fits = r.params.every(([name, shape], i) => {
      values[name] = m[i + 1];
      return new RegExp(shape).test(m[i + 1]);
    });
    if (!fits) continue;
    data = r.data.map((file) => file.replace(/\{(\w+)\}/g, (_, name) => values[name]));
    break;
  }
  const add = (rel, href, as) => {
    const link = d.createElement('link');
    link.rel = rel;
    if (as) link.as = as;
    link.crossOrigin = 'anonymous';
    link.href = href;
    d.head.appendChild(link);
  };
  const code = (css) => {
    for (const file of files ?? []) {
      if (file.endsWith('.css')) {
        if (css) add('preload', t.base + file, 'style');
      } else add('modulepreload', t.base + file, '');
    }
  };
  if (t.api) {
    for (const file of data) add('preload', t.api + file, 'fetch');
    code(true);
    // What this browser draws the page with that a prerendered page was drawn with already.
    for (const file of draw ?? []) add('modulepreload', t.base + file, '');
    return;
  }
  // A prerendered page (`api` null: it carries its data and its stylesheets) is read before it
  // is taken over: its code is fetched once it has painted, so that on a slow line its text
  // and styles do not share the bandwidth with ~100 kB of script.
  let start = () => {
    start = () => {};
    code(false);
    for (const href of t.modules ?? []) add('modulepreload', href, '');
    if (t.entry) import(t.entry);
  };
  // Once the first contentful paint is reported (a frame drawn is not yet on screen, and the
  // load event may come before either); where paint timing is missing, after the first frame.
  // A hidden tab paints nothing: there it starts at once.
  if (d.visibilityState === 'hidden') start();
  else if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) start();
    }).observe({ type: 'paint', buffered: true });
  } else requestAnimationFrame(() => setTimeout(() => start()));
  d.addEventListener('visibilitychange', () => d.visibilityState === 'hidden' && start());
})(document, location);
