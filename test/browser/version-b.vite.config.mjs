// The portal's own Vite config plus one change to index.html: a "next version" to deploy over
// a first build in update.test.mjs (a new index.html means a new service worker).
import { mergeConfig } from 'vite';
import portal from '../../vite.config.ts';

export default (env) =>
  mergeConfig(portal(env), {
    plugins: [
      {
        name: 'test-version-b',
        transformIndexHtml: (html) =>
          html.replace('</head>', '    <meta name="portal-version" content="b" />\n  </head>'),
      },
    ],
  });
