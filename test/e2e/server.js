import { execFileSync } from 'node:child_process';

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
  ctx.url = `/${rest}${query}`;
  return nextMiddleware();
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
        pages.set(id, { html: payload.html, headers, requests: [], reports: [] });
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
