/**
 * The `location` blocks of deploy/nginx.conf (the rest: deploy/nginx.ts): what is not part of
 * the site, the data, types nginx's mime.types lacks, and the app's URL rules (contract §6):
 * a file, else its prerendered page, else — for a page drawn only in the browser — the shell
 * with 200, and for any other page the not-found page (404.html) with 404. A build on which
 * `build:pages` has not run has no 404.html: every page is then the shell (the v2 rule).
 * No location sets a header (the server block's add_header would be dropped there).
 */
import { browserOnlyRegex } from './routes.ts';

export function nginxLocations(b: string): string {
  return `    # Not part of the site: build manifests (.vite/), dot files (but ACME's .well-known for
    # HTTPS certificates), the _headers and _redirects files of other hosts.
    location ~ /\\.(?!well-known/) { return 404; }
    location = ${b}_headers { return 404; }
    location = ${b}_redirects { return 404; }

    # The data: a file, else a real 404 in JSON, never the app's HTML.
    location = ${b}api { return 404; }
    location ^~ ${b}api/ {
        try_files $uri =404;
        error_page 404 = @portal_no_data;
        location ~ /\\. { return 404; }
        # Atom feeds (Debian's mime.types says text/xml for .xml).
        location ~ ^${b}api/feeds/[^/]+[.]xml$ {
            types { }
            default_type application/atom+xml;
            try_files $uri =404;
        }
        # The search index's binary files (wasm.unknown.pagefind, *.pf_meta, *.pf_index,
        # *.pf_fragment, *.pf_filter) are gzip data Pagefind fetches and unpacks itself: bytes
        # as they are, never compressed again, whatever the http block's default_type.
        location ~ ^${b}api/search/.*[.](?:pagefind|pf_[a-z]+)$ {
            types { }
            default_type application/octet-stream;
            gzip off;
            try_files $uri =404;
        }
    }
    location @portal_no_data {
        default_type application/json;
        return 404 '{"error":"not found"}\\n';
    }

    # Debian's mime.types has no .webmanifest.
    location = ${b}manifest.webmanifest {
        types { }
        default_type application/manifest+json;
    }

    # A file name with an extension is that file or a 404: a stale tab asking for an old
    # chunk must not get HTML in place of JavaScript.
    location ~ ^${b}.*[.][A-Za-z0-9]+$ {
        try_files $uri =404;
    }

    # Pages drawn only in the browser (src/app/route-manifest.ts: search, the embed builder,
    # the widgets): the file, else the app's shell, 200. Query strings play no part.
    location ~ "${browserOnlyRegex(b)}" {
        try_files $uri $uri/index.html ${b}shell.html ${b}index.html;
    }

    # Every other page: the file, else its prerendered page ({path}/index.html), else a real
    # 404 with the app's not-found page.
    location ${b} {
        try_files $uri $uri/index.html @portal_no_page;
    }
    location @portal_no_page {
        error_page 404 ${b}404.html;
        if (-f $document_root${b}404.html) { return 404; }
        # No 404.html (build:pages has not run): the app's shell (index.html in an older build).
        try_files ${b}shell.html ${b}index.html =404;
    }
`;
}
