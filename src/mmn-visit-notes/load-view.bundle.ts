import type { Kit, NotesView } from './notes-view.js';

/*
 * The ES script-tag bundle's stand-in for load-view.ts (rollup swaps it in).
 * The notes' copy, templates and styles are a file of their own,
 * `widgets/mmn-visit-notes.js` beside the bundle, loaded only on a page
 * that shows the notes: the bundle every page downloads stays small. Like a
 * language file, the file imports nothing, so it resolves from any URL the
 * bundle came from (a query string, a CDN, a `data:` URL in an import map).
 */

export const viewNow: ((kit: Kit) => NotesView) | undefined = undefined;

export const viewLater = (kit: Kit): Promise<NotesView> =>
  import(
    /* @vite-ignore */ /* webpackIgnore: true */ new URL('./widgets/mmn-visit-notes.js', import.meta.url).href
  ).then((module: typeof import('./notes-view.js')) => module.notesView(kit));
