import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { countReporter } from './scripts/count-reporter.js';
import { e2eMiddleware, e2ePages } from './test/e2e/server.js';
import { problems } from './scripts/check-translations.js';
import { readingGrade } from './scripts/reading-grade.js';

// The end-to-end tests load the built dist/ files, and a copy of the bundle
// with another version string; make that copy from the current build.
await import('./scripts/e2e-fixtures.js');

// Debian's Chromium unless CHROME_PATH points elsewhere. These flags keep it
// from reaching any outside host (this machine has no internet).
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const args = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Two test pages run at once: keep the one in the background painting.
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  '--disable-background-timer-throttling',
];

/** One DevTools session per page, kept open: emulation ends when it detaches. */
const devtools = new WeakMap();
async function devtoolsOf(page) {
  if (!devtools.has(page)) devtools.set(page, page.createCDPSession());
  return devtools.get(page);
}

/**
 * Each test page behaves as the focused window, so focus, :focus-visible and
 * keyboard tests hold while another page runs beside it.
 */
async function createPage({ context }) {
  const page = await context.newPage();
  const cdp = await devtoolsOf(page);
  await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
  return page;
}

/** Lets browser tests ask Node for the reading grade of the text they see, and run the translation check. */
function readingGradeCommand() {
  return {
    name: 'reading-grade',
    executeCommand({ command, payload }) {
      if (command === 'reading-grade') return readingGrade(payload.blocks);
      if (command === 'translation-problems') return problems(new Map(payload.english), payload.xliff, payload.locale);
      return undefined;
    },
  };
}

/**
 * Emulates CSS media features the reader's system sets (forced-colors,
 * prefers-color-scheme, prefers-reduced-motion) and the print media type.
 * Each call replaces the previous emulation; `{}` resets it.
 */
function emulateCommand() {
  return {
    name: 'emulate',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate') return undefined;
      // Straight to the DevTools protocol: puppeteer's own helper refuses forced-colors.
      const cdp = await devtoolsOf(session.browser.getPage(session.id));
      await cdp.send('Emulation.setEmulatedMedia', { media: payload.media ?? '', features: payload.features ?? [] });
      return true;
    },
  };
}

export default {
  files: ['test/*.test.ts'],
  groups: [{ name: 'e2e', files: 'test/e2e/*.test.ts' }],
  // Lit's development build, so its warnings reach the tests (which fail on them).
  nodeResolve: { exportConditions: ['development'] },
  middleware: [e2eMiddleware],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), readingGradeCommand(), emulateCommand(), e2ePages()],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args }, createPage })],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en">
      <head><meta charset="utf-8"></head>
      <body>
        <script>
          // The one warning Lit always gives in development; any other fails a test.
          globalThis.litIssuedWarnings = new Set(['dev-mode']);
        </script>
        <script type="module" src="${testFramework}"></script>
      </body>
    </html>`,
  reporters: [defaultReporter(), countReporter()],
};
