// WebKit for the engine journeys: WebKitGTK's MiniBrowser under its W3C WebDriver
// (`WebKitWebDriver`, Debian's webkit2gtk-driver), on an Xvfb display of its own. The few
// WebDriver commands the journeys need are spoken here over fetch: no client library, and
// nothing that could go looking for a driver to download.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

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
  const child = spawn(XVFB, ['-displayfd', '3', '-screen', '0', '1400x1000x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
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
  const port = await freePort();
  const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      ...(xvfb ? { DISPLAY: xvfb.display } : {}),
      ...(timeZone ? { TZ: timeZone } : {}),
      // No accessibility bus in a CI container: GTK would wait for it.
      NO_AT_BRIDGE: '1',
    },
  });
  let driverErr = '';
  driver.stderr.on('data', (d) => {
    driverErr = (driverErr + d).slice(-4000);
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    const ok = await fetch(`${base}/status`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline || driver.exitCode !== null) {
      driver.kill();
      xvfb?.stop();
      throw new Error(`WebKitWebDriver did not start: ${driverErr.trim()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  async function call(method, path, body, timeout = 60_000) {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeout),
    });
    const json = await res.json();
    if (json.value?.error) {
      throw new Error(`WebDriver ${method} ${path}: ${json.value.error}: ${json.value.message}`);
    }
    return json.value;
  }

  return {
    /** A MiniBrowser with its own (ephemeral) storage. */
    async session({ javaScript = true } = {}) {
      const args = ['--automation'];
      if (!javaScript) args.push('--enable-javascript=false');
      const created = await call('POST', '/session', {
        capabilities: {
          alwaysMatch: {
            browserName: 'MiniBrowser',
            'webkitgtk:browserOptions': { binary: MINIBROWSER, args },
            timeouts: { script: 30_000, pageLoad: 30_000 },
          },
        },
      });
      return webKitSession(call, created);
    },
    version: () => call('GET', '/status').then(() => 'WebKitGTK'),
    async close() {
      driver.kill();
      xvfb?.stop();
    },
    driverErrors: () => driverErr,
  };
}

function webKitSession(call, created) {
  const s = `/session/${created.sessionId}`;
  const find = async (selector) => {
    const found = await call('POST', `${s}/elements`, { using: 'css selector', value: selector });
    if (found.length === 0) throw new Error(`no element matches ${selector}`);
    return found[0][ELEMENT];
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
    goto: (url) => call('POST', `${s}/url`, { url }),
    url: () => call('GET', `${s}/url`),
    /** `fn(...args)` in the page (its own world: globals the page set are visible). */
    async evaluate(fn, ...args) {
      const script = `const done = arguments[arguments.length - 1];
        Promise.resolve().then(() => (${fn}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
          .then((value) => done({ value: value === undefined ? null : value }),
                (e) => done({ error: String(e && e.stack || e) }));`;
      const out = await call('POST', `${s}/execute/async`, { script, args });
      if (out?.error) throw new Error(`in the page: ${out.error}`);
      return out?.value ?? undefined;
    },
    click: async (selector) => call('POST', `${s}/element/${await find(selector)}/click`, {}),
    type: async (selector, text) =>
      call('POST', `${s}/element/${await find(selector)}/value`, { text }),
    press: (key) => call('POST', `${s}/actions`, { actions: keys(key) }),
    async select(selector, value) {
      await call('POST', `${s}/element/${await find(`${selector} option[value="${value}"]`)}/click`, {});
    },
    async setViewport(width, height) {
      await call('POST', `${s}/window/rect`, { width, height });
    },
    /** Runs `fn(...args)` inside the iframe `selector` picks, then comes back to the page. */
    async inFrame(selector, fn, ...args) {
      await call('POST', `${s}/frame`, { id: { [ELEMENT]: await find(selector) } });
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
