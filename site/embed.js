/*
 * mmn-widgets embed.js: sizes every frame on this page that shows an
 * mmn-widgets embed page to the height of its content. Optional: without it,
 * a frame keeps the height written in its code and scrolls.
 *
 *   <script src="https://YOUR-SITE/embed.js" defer></script>
 *
 * It accepts only { type: 'mmn-widgets:height', height: <number> } messages,
 * only from a frame of this page whose address is an embed page next to this
 * script, and from that frame's origin or "null" (a frame sandboxed without
 * allow-same-origin sends "null"). It sets the frame's height and nothing
 * else: no globals, no request, no cookie or storage. MIT licence.
 */
(() => {
  const script = document.currentScript;
  if (!script || !script.src) return;
  const embeds = new URL('embed/', script.src).href;
  const ours = () => [...document.querySelectorAll('iframe')].filter((frame) => frame.src.startsWith(embeds));
  addEventListener('message', (event) => {
    const data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'mmn-widgets:height') return;
    const height = data.height;
    if (typeof height !== 'number' || !(height >= 0 && height <= 100000)) return;
    if (event.origin !== 'null' && event.origin !== new URL(embeds).origin) return;
    const frame = ours().find((each) => each.contentWindow === event.source);
    if (frame) frame.style.height = `${Math.ceil(height)}px`;
  });
  // A frame that loaded before this script: ask it for its height again.
  const ask = () => {
    for (const frame of ours()) frame.contentWindow?.postMessage({ type: 'mmn-widgets:measure' }, '*');
  };
  if (document.readyState === 'loading') addEventListener('DOMContentLoaded', ask, { once: true });
  else ask();
})();
