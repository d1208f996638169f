import { notesView, type Kit, type NotesView } from './notes-view.js';

/*
 * How <mmn-visit-notes> gets its view in the npm build (and in the SSR and
 * hydration paths): it is part of the module graph, so it is there at once,
 * also on the server. The script-tag bundles use load-view.bundle.ts
 * instead (rollup swaps it in), which loads the view on first use.
 */

/** The view, made at once; undefined where it must be loaded first. */
export const viewNow: ((kit: Kit) => NotesView) | undefined = notesView;

/** The view, when it has to be loaded. */
// eslint-disable-next-line @typescript-eslint/require-await -- the same signature as load-view.bundle.ts, which awaits an import
export const viewLater = async (kit: Kit): Promise<NotesView> => notesView(kit);
