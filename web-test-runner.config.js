import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { countReporter } from './scripts/count-reporter.js';
import { e2eMiddleware, e2ePages } from './test/e2e/server.js';
import { problems } from './scripts/check-translations.js';
import { readingGrade } from './scripts/reading-grade.js';
import { cdpLaunchers, chromium, firefox, selectedBrowsers, webkit } from './scripts/wtr-browsers.js';

// No side effect at load: the end-to-end tests load dist/ and
// test/e2e/generated/, which `npm run test:e2e` builds first (Wireit).

/** One DevTools session per page, kept open: emulation ends when it detaches. */
const devtools = new WeakMap();
async function devtoolsOf(page) {
  if (!devtools.has(page)) devtools.set(page, page.createCDPSession());
  return devtools.get(page);
}

/**
 * Chromium: each test page behaves as the focused window, so focus,
 * :focus-visible and keyboard tests hold while another page runs beside it.
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
 * Answers true when done, false where the browser cannot emulate (only
 * Chromium speaks the DevTools protocol): the test then skips that check.
 */
function emulateCommand() {
  return {
    name: 'emulate',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate') return undefined;
      if (!cdpLaunchers.has(session.browser)) return false;
      // Straight to the DevTools protocol: puppeteer's own helper refuses forced-colors.
      const cdp = await devtoolsOf(session.browser.getPage(session.id));
      await cdp.send('Emulation.setEmulatedMedia', { media: payload.media ?? '', features: payload.features ?? [] });
      return true;
    },
  };
}

/**
 * Prints the test page through the browser's own print pipeline, as "Print
 * my notes" does, to PDF: Chromium and Firefox through puppeteer's
 * `page.pdf()` (DevTools; WebDriver BiDi's browsingContext.print), WebKit
 * through WebDriver's Print Page. Answers the PDF's pages and the text on
 * each (read with Mozilla's PDF.js), or null where the engine cannot print to
 * PDF: the test then skips.
 */
function printCommand() {
  return {
    name: 'print-to-pdf',
    async executeCommand({ command, session }) {
      if (command !== 'print-to-pdf') return undefined;
      const launcher = session.browser;
      let pdf;
      try {
        if (typeof launcher.getPage === 'function') {
          pdf = await launcher.getPage(session.id).pdf({ format: 'A4' });
        } else if (launcher.driver?.printPage) {
          pdf = Buffer.from(await launcher.driver.printPage(), 'base64');
        } else {
          return { pages: null, why: `${launcher.name} has no way to print to PDF` };
        }
      } catch (error) {
        return { pages: null, why: `${launcher.name} cannot print to PDF here: ${error.message.split('\n')[0]}` };
      }
      const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
      const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
      const pages = [];
      for (let n = 1; n <= doc.numPages; n++) {
        const content = await (await doc.getPage(n)).getTextContent();
        pages.push(
          content.items
            .map((item) => item.str ?? '')
            .join(' ')
            .replace(/\s+/g, ' ')
            .trim(),
        );
      }
      await doc.destroy();
      return { pages };
    },
  };
}

// Chromium runs two test files at once. Firefox and WebKit run one: a
// background tab in Firefox gets no animation frames and no focus, and
// @web/test-runner-webdriver's iframe mode (above 1) loses track of frames.
const launchers = {
  chromium: () => chromium({ createPage }),
  firefox: () => firefox({ concurrency: 1 }),
  webkit: () => webkit({ concurrency: 1 }),
};

export default {
  files: ['test/*.test.ts'],
  groups: [{ name: 'e2e', files: 'test/e2e/*.test.ts' }],
  // Lit's development build, so its warnings reach the tests (which fail on them).
  nodeResolve: { exportConditions: ['development'] },
  middleware: [e2eMiddleware],
  plugins: [
    // target esnext: TypeScript is compiled, but JavaScript (the built bundles)
    // is served byte for byte, as a CDN would (SRI hashes must match).
    esbuildPlugin({ ts: true, target: 'esnext', tsconfig: './tsconfig.json' }),
    readingGradeCommand(),
    emulateCommand(),
    printCommand(),
    e2ePages(),
  ],
  // BROWSERS=chromium,firefox,webkit (the default) picks engines.
  browsers: selectedBrowsers().map((name) => launchers[name]()),
  concurrency: 2,
  // All three engines at once (the default, 2, kept WebKit waiting for a whole
  // engine to finish): the run is CPU-bound, and three queues fill both cores.
  concurrentBrowsers: 3,
  // Generous, for a 2-core machine running three engines: a slow start is
  // not a failure (timings are measured in bench/).
  browserStartTimeout: 60_000,
  // A test that hangs fails after 30 s: under a fresh CI run both cores are
  // busy all the time (three engines, the WordPress suite, the consumer
  // builds), and a visit-notes test that types and runs axe once took over 10 s.
  testFramework: { config: { timeout: 30_000 } },
  // A test file may run this long in all. The fuzz test runs 10,000
  // combinations per widget of the registry (about 8 ms each in Chromium on a
  // busy 2-core machine: over 5 minutes for four widgets); the default of 2
  // minutes stopped it before its end.
  testsFinishTimeout: 15 * 60_000,
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
