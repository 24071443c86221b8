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
  let data = [];
  for (const r of t.routes) {
    const m = new RegExp(r.re, 'i').exec(rest);
    if (!m) continue;
    files ??= r.files;
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
  // A prerendered page carries its data (`api` is null there): only its code is preloaded.
  if (t.api) for (const file of data) add('preload', t.api + file, 'fetch');
  for (const file of files ?? []) {
    const css = file.endsWith('.css');
    add(css ? 'preload' : 'modulepreload', t.base + file, css ? 'style' : '');
  }
})(document, location);
