/**
 * The script-tag bundle for pages whose widgets were rendered on the server
 * (`mmn-widgets/ssr`, or `npx mmn-widgets render`): the same widgets, plus
 * Lit's hydration support, so they adopt the rendered nodes instead of
 * re-creating them. Lit's hydration support must load before Lit itself.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './define.js';
