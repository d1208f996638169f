// npm run bench: how long the widgets take to show, beside the same content
// as static HTML, for 1, 10 and 100 widgets, in headless Chromium with the
// CPU slowed 4× (a mid-range phone). Not part of the tests: timings are
// measured here, never asserted. Writes bench/results.json and the table in
// bench/README.md.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';

const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const COUNTS = [1, 10, 100];
const RUNS = Number(process.env.BENCH_RUNS) || 7;
const THROTTLE = 4;
// Every widget of the registry, as built (run `npm run build` first).
const { WIDGET_TAGS: TAGS } = await import('../dist/widgets.js');

const render = (tag) => execFileSync(process.execPath, ['bin/mmn-widgets.js', 'render', tag], { encoding: 'utf8' });
const ssr = Object.fromEntries(TAGS.map((tag) => [tag, render(tag)]));
const pick = (i) => TAGS[i % TAGS.length];

// "Done" = every widget's content is laid out, then the next frame has painted.
const DONE = `<script type="module">
  const tags = ${JSON.stringify(TAGS)};
  const all = [...document.querySelectorAll(tags.join(','))];
  await Promise.all(tags.map((t) => customElements.whenDefined(t)));
  await Promise.all(all.map((el) => el.updateComplete));
  requestAnimationFrame(() => requestAnimationFrame(() => { window.__done = performance.now(); }));
</script>`;
const STATIC_DONE = `<script>
  requestAnimationFrame(() => requestAnimationFrame(() => { window.__done = performance.now(); }));
</script>`;

function page(kind, count) {
  const body =
    kind === 'widgets'
      ? Array.from({ length: count }, (_, i) => `<${pick(i)}></${pick(i)}>`).join('\n')
      : Array.from({ length: count }, (_, i) => ssr[pick(i)]).join('\n');
  const head =
    kind === 'widgets'
      ? `<script>performance.mark('script-start')</script><script type="module" src="/dist/mmn-widgets.js"></script>${DONE}`
      : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>${head}</head><body>${body}${kind === 'widgets' ? '' : STATIC_DONE}</body></html>`;
}

const pages = new Map();
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  if (pages.has(url.pathname)) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(pages.get(url.pathname));
    return;
  }
  const file = normalize(join(process.cwd(), url.pathname));
  if (!file.startsWith(join(process.cwd(), 'dist'))) {
    res.writeHead(404).end();
    return;
  }
  try {
    const type = { '.js': 'text/javascript' }[extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: CHROME,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measure(path) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 412, height: 915 });
  const cdp = await tab.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await tab.goto(`${origin}${path}`, { waitUntil: 'load' });
  await tab.waitForFunction(() => window.__done !== undefined, { timeout: 60_000 });
  const result = await tab.evaluate(() => ({
    done: window.__done,
    scriptStart: performance.getEntriesByName('script-start')[0]?.startTime,
  }));
  await tab.close();
  return result;
}

const results = [];
for (const count of COUNTS) {
  pages.set(`/widgets-${count}.html`, page('widgets', count));
  pages.set(`/static-${count}.html`, page('static', count));
  const widgets = [];
  const fromScript = [];
  const plain = [];
  for (let run = 0; run < RUNS; run += 1) {
    const w = await measure(`/widgets-${count}.html`);
    widgets.push(w.done);
    fromScript.push(w.done - w.scriptStart);
    plain.push((await measure(`/static-${count}.html`)).done);
  }
  const row = {
    widgets: count,
    widgetsMs: Math.round(median(widgets)),
    scriptToPaintMs: Math.round(median(fromScript)),
    staticHtmlMs: Math.round(median(plain)),
  };
  row.ratio = Number((row.widgetsMs / row.staticHtmlMs).toFixed(2));
  results.push(row);
  console.log(row);
}
const version = (await browser.version()).replace('HeadlessChrome/', '');
await browser.close();
server.close();

const machine = `${cpus().length} × ${cpus()[0].model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Chromium ${version}`;
const date = new Date().toISOString().slice(0, 10);
writeFileSync(
  'bench/results.json',
  `${JSON.stringify({ date, machine, cpuThrottling: THROTTLE, runs: RUNS, results }, null, 2)}\n`,
);

const growth = results
  .slice(1)
  .map(
    (r, i) =>
      `${(r.scriptToPaintMs / results[i].scriptToPaintMs).toFixed(1)}× from ${results[i].widgets} to ${r.widgets} widgets`,
  );
const table = [
  `Measured ${date} on ${machine}; CPU slowed ${THROTTLE}×, viewport 412×915, median of ${RUNS} runs.`,
  '',
  '| widgets | widgets, page start → painted (ms) | of which script → painted (ms) | same content as static HTML (ms) | ratio |',
  '| --- | --- | --- | --- | --- |',
  ...results.map((r) => `| ${r.widgets} | ${r.widgetsMs} | ${r.scriptToPaintMs} | ${r.staticHtmlMs} | ${r.ratio} |`),
  '',
  `Script → painted grows ${growth.join(', ')}.`,
].join('\n');
const readme = readFileSync('bench/README.md', 'utf8');
writeFileSync(
  'bench/README.md',
  readme.replace(/<!-- results -->[\s\S]*<!-- \/results -->/, `<!-- results -->\n${table}\n<!-- /results -->`),
);
console.log(`\n${table}`);
