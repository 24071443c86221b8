/*
 * Portal widgets for ward sites: each <script src=".../embed.js" data-widget="latest|contacts|
 * calendar" async> tag becomes one auto-sizing iframe (docs/embedding.md). Plain ES5; text is
 * \u-escaped so the host page's charset cannot garble it.
 */
(function (window, document) {
  'use strict';

  var MAX_HEIGHT = 20000;
  var TITLES = {
    latest: 'Tin m\u1edbi nh\u1ea5t',
    contacts: 'Danh b\u1ea1 \u0111\u01b0\u1eddng d\u00e2y n\u00f3ng',
    calendar: 'Xem b\u00e0i vi\u1ebft theo ng\u00e0y',
  };
  var DONE = 'data-portal-embed';
  var OWN_SRC = /\/embed\.js(?:[?#].*)?$/;
  var scripts, script, i;

  // One registry and one message listener per page, however many times this script runs.
  var registry = window.__portalEmbed;
  if (!registry || !registry.frames) {
    registry = window.__portalEmbed = { frames: [] };
  }
  if (!registry.listening) {
    registry.listening = true;
    window.addEventListener('message', function (event) {
      var data = event.data;
      if (!data || typeof data !== 'object' || data.type !== 'portal:resize') return;
      var height = data.height;
      var entry, n;
      if (typeof height !== 'number' || !isFinite(height)) return;
      for (n = 0; n < registry.frames.length; n++) {
        entry = registry.frames[n];
        // Only our own iframe's window, and only when it really shows the portal: a message
        // from the host page, another frame, or a frame navigated elsewhere is ignored.
        if (event.source === entry.iframe.contentWindow && event.origin === entry.origin) {
          entry.started = true;
          if (entry.link && entry.link.parentNode) entry.link.parentNode.removeChild(entry.link);
          entry.iframe.style.height = Math.round(Math.min(MAX_HEIGHT, Math.max(0, height))) + 'px';
          return;
        }
      }
    });
  }

  // Our own tag: currentScript (also set for async scripts), else the last embed.js tag not yet
  // handled (old browsers; each run takes one, so several widgets still get one iframe each).
  script = document.currentScript;
  if (!script || !OWN_SRC.test(script.src || '') || script.getAttribute(DONE)) {
    script = null;
    scripts = document.getElementsByTagName('script');
    for (i = scripts.length - 1; i >= 0; i--) {
      if (OWN_SRC.test(scripts[i].src || '') && !scripts[i].getAttribute(DONE)) {
        script = scripts[i];
        break;
      }
    }
  }
  if (!script || !script.parentNode) return;
  script.setAttribute(DONE, '1');

  function attr(name) {
    var value = script.getAttribute(name);
    return value ? value.replace(/^\s+|\s+$/g, '') : '';
  }

  // The portal lives where this script lives: https://host/portal/embed.js → https://host/portal/
  var base = script.src.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
  var originMatch = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]+/i.exec(base);
  if (!originMatch) return;
  var origin = originMatch[0];

  var widget = attr('data-widget') || 'latest';
  if (!TITLES.hasOwnProperty(widget)) {
    if (window.console) window.console.warn('embed.js: unknown data-widget "' + widget + '"');
    return;
  }

  var params = [];
  function add(name, value) {
    if (value) params.push(name + '=' + encodeURIComponent(value));
  }
  var detail = '';
  if (widget === 'latest') {
    detail = attr('data-category');
    add('category', detail);
    add('limit', attr('data-limit'));
  } else if (widget === 'contacts') {
    detail = attr('data-group');
    add('group', detail);
  }
  // Passed through as is: the widget accepts only a hex colour and ignores anything else.
  add('theme', attr('data-theme-color'));

  var iframe = document.createElement('iframe');
  iframe.src = base + 'embed/' + widget + (params.length ? '?' + params.join('&') : '');
  iframe.title = attr('data-title') || TITLES[widget] + (detail ? ' \u2013 ' + detail : '');
  iframe.setAttribute('loading', 'lazy');
  iframe.style.cssText = 'border:0;width:100%;display:block;height:300px';
  script.parentNode.insertBefore(iframe, script.nextSibling);
  var entry = { iframe: iframe, origin: origin };
  registry.frames.push(entry);

  // Not started in 10 s (sandboxed, see README): a link to the portal until it starts.
  setTimeout(function () {
    if (entry.started || !iframe.parentNode) return;
    var p = document.createElement('p');
    entry.link = p;
    var a = p.appendChild(document.createElement('a'));
    a.href = base;
    a.target = '_blank';
    a.textContent = 'C\u1ed5ng th\u00f4ng tin qu\u1eadn';
    iframe.parentNode.insertBefore(p, iframe.nextSibling);
  }, 1e4);
})(window, document);
