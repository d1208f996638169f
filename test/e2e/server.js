import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';

// Serves the end-to-end test pages: real HTML pages, with real HTTP headers
// (Content-Security-Policy), that load the built dist/ files the way a
// partner page does. Each page gets its own path prefix, /e2e/<id>/, and every
// request under it is logged, so a test can ask which requests its page made.

let next = 0;
/** id → { html, headers, requests: string[], reports: string[] } */
const pages = new Map();

/**
 * Middleware, to run before the static file server: logs each request, answers
 * the page itself and its CSP reports, and maps /e2e/<id>/<path> to /<path>.
 */
export async function e2eMiddleware(ctx, nextMiddleware) {
  if (ctx.path.startsWith('/site-dist/')) return serveSite(ctx, ctx.path.slice(1).replace(/\/$/, '/index.html'), false);
  const match = ctx.path.match(/^\/e2e\/(\d+)\/(.*)$/);
  if (!match) return nextMiddleware();
  const page = pages.get(match[1]);
  if (!page) {
    ctx.status = 404;
    return undefined;
  }
  let rest = match[2];
  // /e2e/<id>/delay/<ms>/<path>: a slow network for that one file.
  const delay = rest.match(/^delay\/(\d+)\/(.*)$/);
  if (delay) {
    rest = delay[2];
    await new Promise((resolve) => setTimeout(resolve, Math.min(Number(delay[1]), 10_000)));
  }
  const query = ctx.querystring ? `?${ctx.querystring}` : '';
  page.requests.push(`/${rest}${query}`);
  if (rest === 'page.html') {
    ctx.type = 'html';
    ctx.set(page.headers);
    ctx.body = page.html;
    return undefined;
  }
  if (rest === 'csp-report') {
    const chunks = [];
    for await (const chunk of ctx.req) chunks.push(chunk);
    page.reports.push(Buffer.concat(chunks).toString('utf8'));
    ctx.status = 204;
    return undefined;
  }
  // The static site (npm run build:site), byte for byte as a static host
  // serves it, with no CORS header; under probed/, each HTML page carries
  // test/e2e/probe.js and an answer to the test's questions (below).
  // Under axe/, it also carries axe-core, run when the test asks.
  const site = rest.match(/^(?:(probed|axe)\/)?(site-dist\/.*)$/);
  if (site) return serveSite(ctx, site[2].endsWith('/') ? `${site[2]}index.html` : site[2], site[1]);
  ctx.url = `/${rest}${query}`;
  return nextMiddleware();
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css',
  '.json': 'application/json',
};

/**
 * In a probed embed page: test/e2e/probe.js, and an answer to a parent's
 * `{ type: 'probe?' }` with what the page shows and did. The frame may be
 * cross-origin and sandboxed (opaque), so the test asks by message.
 */
const ANSWER = `(() => {
  const clicks = [];
  document.addEventListener('click', (event) => {
    const link = event.composedPath().find((node) => node instanceof HTMLAnchorElement);
    if (link) clicks.push({ href: link.href, target: link.target || (document.querySelector('base[target]')?.target ?? '') });
  });
  addEventListener('message', (event) => {
    if (event.data?.type === 'axe?') {
      window.axe.run(document, { resultTypes: ['violations'] }).then(
        (results) => event.source.postMessage({ type: 'axe!', violations: results.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')) }, '*'),
        (error) => event.source.postMessage({ type: 'axe!', violations: ['axe failed: ' + error] }, '*'),
      );
      return;
    }
    if (event.data?.type !== 'probe?') return;
    const widget = document.querySelector('main')?.firstElementChild;
    const root = widget?.shadowRoot;
    if (event.data.click) root?.querySelector(event.data.click)?.click();
    const box = root?.querySelector('[part~="container"]');
    event.source.postMessage({
      type: 'probe!',
      origin: self.origin,
      address: location.pathname.split('/site-dist/embed/')[1] ?? '',
      title: document.title,
      defined: !!(widget && customElements.get(widget.localName)),
      tag: widget?.localName,
      lang: box?.lang ?? null,
      theme: box?.className ?? '',
      text: box?.innerText ?? '',
      links: [...(root?.querySelectorAll('[href]') ?? [])].map((a) => a.getAttribute('href')),
      images: root?.querySelectorAll('img, script, iframe, object').length ?? 0,
      height: Math.ceil(document.documentElement.getBoundingClientRect().height),
      resources: performance.getEntriesByType('resource').map((entry) => entry.name),
      clicks,
      probe: JSON.parse(JSON.stringify(window.__probe)),
    }, '*');
  });
})();`;

function serveSite(ctx, path, variant) {
  if (path.includes('..') || !existsSync(path) || !statSync(path).isFile()) {
    ctx.status = 404;
    return undefined;
  }
  let body = readFileSync(path);
  if (variant && path.endsWith('.html')) {
    const scripts = [`${readFileSync('test/e2e/probe.js', 'utf8')}\n${ANSWER}`];
    if (variant === 'axe') scripts.push(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
    const inline = scripts.map((text) => text.replace(/<\/script/gi, '<\\/script').replace(/<!--/g, '<\\!--'));
    const hashes = inline.map((text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`);
    body = String(body)
      .replace(/script-src /, `script-src ${hashes.join(' ')} `)
      .replace(
        /(<meta http-equiv="Content-Security-Policy"[^>]*>)/,
        (meta) => `${meta}\n${inline.map((text) => `<script>${text}</script>`).join('\n')}`,
      );
  }
  ctx.set('Cache-Control', 'no-store');
  ctx.type = TYPES[extname(path)] ?? 'application/octet-stream';
  ctx.body = body;
  return undefined;
}

/** Runs the CLI a partner would run: `mmn-widgets render <tag> [--option value]…`. */
function renderWithCli(tag, options) {
  const args = ['bin/mmn-widgets.js', 'render', tag];
  for (const [name, value] of Object.entries(options ?? {})) args.push(`--${name}`, String(value));
  return execFileSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The commands tests call: register a page, read its log, render a widget on the server. */
export function e2ePages() {
  return {
    name: 'e2e-pages',
    executeCommand({ command, payload }) {
      if (command === 'e2e-page') {
        next += 1;
        const id = String(next);
        const headers = { 'Cache-Control': 'no-store', ...(payload.headers ?? {}) };
        // `__ID__` in a page stands for its own id (for addresses of another origin under the same log).
        pages.set(id, { html: payload.html.split('__ID__').join(id), headers, requests: [], reports: [] });
        return { id, url: `/e2e/${id}/page.html` };
      }
      if (command === 'ssr-render') return renderWithCli(payload.tag, payload.options);
      if (command === 'e2e-log') {
        const page = pages.get(payload.id);
        return page ? { requests: page.requests, reports: page.reports } : null;
      }
      return undefined;
    },
  };
}
