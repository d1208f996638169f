// Browsers for web-test-runner: Debian's Chromium, Firefox ESR (puppeteer-core
// over WebDriver BiDi) and WebKitGTK's MiniBrowser (WebKitWebDriver, under Xvfb
// when there is no display). Pick with BROWSERS=chromium,firefox,webkit
// (default: all three); CHROME_PATH, FIREFOX_PATH, MINIBROWSER_PATH override
// the binaries.
import { spawn } from 'node:child_process';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';
import { freePort } from './free-port.js';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';

const ALL = ['chromium', 'firefox', 'webkit'];

export function selectedBrowsers() {
  const names = (process.env.BROWSERS || ALL.join(','))
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((name) => !ALL.includes(name));
  if (unknown.length) throw new Error(`BROWSERS: unknown ${unknown.join(', ')} (choose from ${ALL.join(', ')})`);
  return [...new Set(names)];
}

/** Launchers that speak the Chrome DevTools protocol (emulation, focus). */
export const cdpLaunchers = new WeakSet();

// ---- Chromium ---------------------------------------------------------------

const chromiumArgs = [
  ...CHROMIUM_ARGS,
  // Two test pages run at once: keep the one in the background painting.
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  '--disable-background-timer-throttling',
];

export function chromium({ createPage, concurrency } = {}) {
  const launcher = chromeLauncher({
    launchOptions: { executablePath: CHROMIUM_PATH, headless: true, args: chromiumArgs },
    createPage,
    concurrency,
  });
  cdpLaunchers.add(launcher);
  return launcher;
}

// ---- Firefox ----------------------------------------------------------------

/**
 * puppeteer-core (the copy @web/test-runner-chrome already depends on) drives
 * Firefox over WebDriver BiDi; no geckodriver needed. Handing puppeteer in
 * makes the launcher report itself as "Firefox".
 */
export function firefox({ concurrency = 1 } = {}) {
  return chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: {
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
      headless: true,
      extraPrefsFirefox: {
        // No outside hosts; no update or telemetry chatter.
        'app.update.enabled': false,
        'network.captive-portal-service.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
      },
    },
    concurrency,
  });
}

// ---- WebKit -----------------------------------------------------------------

const children = [];

/** Ends every helper process this module started (sync: safe in 'exit'). */
function killChildren() {
  for (const child of children.splice(0).reverse()) {
    try {
      process.kill(child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}
process.on('exit', killChildren);
// WTR stops on SIGINT itself (then exits, which runs the handler above).
// Node's default for SIGTERM/SIGHUP skips 'exit'; the watchdog covers those,
// and a SIGKILL too.

/**
 * Starts `command` under a small shell that kills it when our stdin pipe
 * closes, i.e. when this Node process dies however it dies. The shell prints
 * the real pid first.
 */
function startWatched(command, args, { env, fd3 = false } = {}) {
  const script = '"$@" >/dev/null & pid=$!; echo $pid; cat >/dev/null; kill $pid 2>/dev/null';
  const child = spawn('sh', ['-c', script, 'watchdog', command, ...args], {
    env,
    stdio: ['pipe', 'pipe', 'inherit', ...(fd3 ? ['pipe'] : [])],
  });
  child.unref();
  for (const stream of [child.stdin, child.stdout, child.stdio[3]]) stream?.unref?.();
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.stdout.once('data', (data) => {
      const entry = { pid: Number(String(data).trim()), child };
      children.push(entry);
      resolve(entry);
    });
  });
}

async function startXvfb() {
  const { child } = await startWatched(
    'Xvfb',
    ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
    {
      fd3: true,
    },
  );
  const display = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Xvfb did not report a display in 10 s')), 10000);
    let text = '';
    child.stdio[3].on('data', (data) => {
      text += data;
      if (text.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${text.trim()}`);
      }
    });
  });
  return display;
}

async function startWebKitWebDriver() {
  const env = { ...process.env };
  if (!env.DISPLAY) env.DISPLAY = await startXvfb();
  const port = await freePort();
  await startWatched('WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1'], { env });
  const deadline = Date.now() + 15000;
  for (;;) {
    try {
      const status = await (await fetch(`http://127.0.0.1:${port}/status`)).json();
      if (status.value?.ready) return port;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`WebKitWebDriver on port ${port} not ready in 15 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * WebKitGTK's MiniBrowser through WebKitWebDriver. The driver (and Xvfb) start
 * when the runner initialises this launcher, not when the config is read.
 *
 * With concurrency 1 the launcher drives one top-level window (keyboard and
 * mouse commands work); above 1 it runs each test file in an iframe of one
 * page, where sendMouse is refused and window-level behaviour differs.
 */
export function webkit({ concurrency = 1 } = {}) {
  const launcher = webdriverLauncher({
    hostname: '127.0.0.1',
    port: 0, // set in initialize
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        args: ['--automation'],
      },
      // Without it webdriverio 9 asks for BiDi and WebKitWebDriver refuses the session.
      'wdio:enforceWebDriverClassic': true,
    },
  });
  launcher.concurrency = concurrency;
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = async (config, testFiles) => {
    launcher.options.port = await startWebKitWebDriver();
    // The launcher picks one window vs iframes from config.concurrency: give it ours.
    await initialize({ ...config, concurrency }, testFiles);
    launcher.name = 'WebKit';
  };
  const stop = launcher.stop.bind(launcher);
  launcher.stop = async () => {
    await stop();
    killChildren();
  };
  return launcher;
}
