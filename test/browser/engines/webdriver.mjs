// WebKit for the engine journeys: WebKitGTK's MiniBrowser under its W3C WebDriver
// (`WebKitWebDriver`, Debian's webkit2gtk-driver), on an Xvfb display of its own. The few
// WebDriver commands the journeys need are spoken here over fetch: no client library, and
// nothing that could go looking for a driver to download.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
export const MINIBROWSER =
  process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const XVFB = process.env.XVFB_PATH || '/usr/bin/Xvfb';

/** What is missing to run WebKit here, or '' when nothing is. */
export function webkitMissing() {
  const missing = [WEBKIT_DRIVER, MINIBROWSER].filter((f) => !existsSync(f));
  if (!existsSync(XVFB) && !process.env.DISPLAY) missing.push(`${XVFB} (or a DISPLAY)`);
  return missing.join(', ');
}

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** An Xvfb display of our own (`-displayfd`: the server picks a free number and says it). */
async function startXvfb() {
  const child = spawn(
    XVFB,
    ['-displayfd', '3', '-screen', '0', '1400x1000x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const display = await new Promise((resolve, reject) => {
    let out = '';
    child.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${stderr.trim()}`)));
    setTimeout(() => reject(new Error(`Xvfb did not start: ${stderr.trim()}`)), 10_000);
  });
  return { display, stop: () => child.kill() };
}

/** Key names (as puppeteer's keyboard.press takes them) → WebDriver key codes. */
const KEYS = {
  Enter: '\uE007',
  Escape: '\uE00C',
  Tab: '\uE004',
  Backspace: '\uE003',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  Home: '\uE011',
  End: '\uE010',
};
const ELEMENT = 'element-6066-11e4-a52f-4f735466cecc';

/**
 * The WebKitWebDriver process (and its display); `session(options)` starts a MiniBrowser.
 * @param {{ timeZone?: string }} options the browser's time zone (TZ of its process)
 */
export async function startWebKit({ timeZone } = {}) {
  const xvfb = existsSync(XVFB) ? await startXvfb() : undefined;
  // MiniBrowser's toolbar holds its window at 447 px or wider: a GTK style sheet of our own
  // lets the toolbar shrink, so that a phone's 360 px viewport fits (checked by newPage).
  const config = await mkdtemp(path.join(tmpdir(), 'engines-webkit-'));
  await mkdir(path.join(config, 'gtk-3.0'));
  await writeFile(
    path.join(config, 'gtk-3.0', 'gtk.css'),
    '* { min-width: 0; min-height: 0; padding: 0; margin: 0; }\n',
  );
  const env = {
    ...process.env,
    ...(xvfb ? { DISPLAY: xvfb.display } : {}),
    ...(timeZone ? { TZ: timeZone } : {}),
    XDG_CONFIG_HOME: config,
    // No accessibility bus in a CI container: GTK would wait for it.
    NO_AT_BRIDGE: '1',
  };
  let driverErr = '';
  let driver;
  let base;

  /** WebKitWebDriver in a process group of its own: stopping it stops its MiniBrowsers too. */
  async function spawnDriver() {
    const port = await freePort();
    driver = spawn(WEBKIT_DRIVER, [`--port=${port}`], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env,
      detached: true,
    });
    driver.stderr.on('data', (d) => {
      driverErr = (driverErr + d).slice(-4000);
    });
    base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 15_000;
    for (;;) {
      const ok = await fetch(`${base}/status`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return;
      if (Date.now() > deadline || driver.exitCode !== null) {
        throw new Error(`WebKitWebDriver did not start: ${driverErr.trim()}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  function stopDriver() {
    try {
      process.kill(-driver.pid, 'SIGKILL');
    } catch {
      driver?.kill('SIGKILL');
    }
  }
  async function stopAll() {
    stopDriver();
    xvfb?.stop();
    await rm(config, { recursive: true, force: true });
  }
  try {
    await spawnDriver();
  } catch (error) {
    await stopAll();
    throw error;
  }

  async function call(method, path, body, timeout = 60_000) {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeout),
    }).catch((error) => {
      const what = body?.script ? ' (a script)' : body?.url ? ` ${body.url}` : '';
      throw new Error(`WebDriver ${method} ${path}${what}: no answer (${error.message})`);
    });
    const json = await res.json();
    if (json.value?.error) {
      throw new Error(`WebDriver ${method} ${path}: ${json.value.error}: ${json.value.message}`);
    }
    return json.value;
  }

  const restarts = [];
  return {
    /**
     * A MiniBrowser with its own (ephemeral) storage. One in a few dozen has been seen never to
     * answer the new-session request: then the driver and its browsers are stopped, started
     * again, and asked once more (`restarts` says when that happened).
     */
    async session({ javaScript = true } = {}) {
      const args = ['--automation'];
      if (!javaScript) args.push('--enable-javascript=false');
      const request = {
        capabilities: {
          alwaysMatch: {
            browserName: 'MiniBrowser',
            'webkitgtk:browserOptions': { binary: MINIBROWSER, args },
            timeouts: { script: 30_000, pageLoad: 30_000 },
          },
        },
      };
      let created;
      try {
        created = await call('POST', '/session', request, 20_000);
      } catch (error) {
        restarts.push(error.message);
        stopDriver();
        await spawnDriver();
        created = await call('POST', '/session', request, 30_000);
      }
      return webKitSession(call, created);
    },
    restarts,
    close: stopAll,
    driverErrors: () => driverErr,
  };
}

function webKitSession(call, created) {
  const s = `/session/${created.sessionId}`;
  const find = async (selector) => {
    const found = await call('POST', `${s}/elements`, { using: 'css selector', value: selector });
    if (found.length === 0) throw new Error(`no element matches ${selector}`);
    // The W3C key, or whatever single key this driver uses for an element reference.
    return found[0][ELEMENT] ?? Object.values(found[0])[0];
  };
  const keys = (key) => [
    {
      type: 'key',
      id: 'keyboard',
      actions: [
        { type: 'keyDown', value: KEYS[key] ?? key },
        { type: 'keyUp', value: KEYS[key] ?? key },
      ],
    },
  ];
  return {
    version: created.capabilities.browserVersion,
    // The driver answers once the load event has fired; a busy machine has been seen to
    // answer earlier, so the document is waited for too.
    async goto(url) {
      await call('POST', `${s}/url`, { url });
      const target = url.split('#')[0];
      const started = Date.now();
      for (const deadline = started + 15_000; Date.now() < deadline; ) {
        // (A redirect ends elsewhere: after 2 s any complete document will do.)
        const ready = await this.evaluate(
          (want, any) =>
            (any || location.href.split('#')[0] === want) && document.readyState === 'complete',
          target,
          Date.now() - started > 2000,
        ).catch(() => false);
        if (ready) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`${url} did not finish loading`);
    },
    url: () => call('GET', `${s}/url`),
    /** `fn(...args)` in the page (its own world: globals the page set are visible). */
    async evaluate(fn, ...args) {
      const script = `const done = arguments[arguments.length - 1];
        Promise.resolve().then(() => (${fn}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
          .then((value) => done({ value: value === undefined ? null : value }),
                (e) => done({ error: String(e && e.stack || e) }));`;
      const out = await call('POST', `${s}/execute/async`, { script, args });
      if (out?.error) throw new Error(`in the page: ${out.error}`);
      return out?.value;
    },
    click: async (selector) => call('POST', `${s}/element/${await find(selector)}/click`, {}),
    type: async (selector, text) =>
      call('POST', `${s}/element/${await find(selector)}/value`, { text }),
    press: (key) => call('POST', `${s}/actions`, { actions: keys(key) }),
    async select(selector, value) {
      await call(
        'POST',
        `${s}/element/${await find(`${selector} option[value="${value}"]`)}/click`,
        {},
      );
    },
    /** The window sized so that the page's viewport is `width` × `height` CSS pixels. */
    async setViewport(width, height) {
      const inner = () => this.evaluate(() => [innerWidth, innerHeight]);
      let rect = { width, height };
      let now = [];
      for (let i = 0; i < 4; i++) {
        await call('POST', `${s}/window/rect`, rect);
        // The window manager-less resize lands a moment later: wait for the size to settle.
        let last = [];
        for (let polls = 0; polls < 20; polls++) {
          now = await inner();
          if (now[0] === width && now[1] === height) return;
          if (now[0] === last[0] && now[1] === last[1]) break;
          last = now;
          await new Promise((r) => setTimeout(r, 50));
        }
        const outer = await call('GET', `${s}/window/rect`);
        rect = { width: outer.width + width - now[0], height: outer.height + height - now[1] };
      }
      throw new Error(`WebKit's viewport is ${now.join(' × ')}, not ${width} × ${height}`);
    },
    /** Runs `fn(...args)` inside the iframe `selector` picks, then comes back to the page. */
    async inFrame(selector, fn, ...args) {
      const ref = await call('POST', `${s}/elements`, { using: 'css selector', value: selector });
      if (ref.length === 0) throw new Error(`no element matches ${selector}`);
      await call('POST', `${s}/frame`, { id: ref[0] });
      try {
        return await this.evaluate(fn, ...args);
      } finally {
        await call('POST', `${s}/frame/parent`, {});
      }
    },
    async screenshot() {
      return Buffer.from(await call('GET', `${s}/screenshot`), 'base64');
    },
    close: () => call('DELETE', s).catch(() => {}),
  };
}
