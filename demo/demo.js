// The host page counting clicks with its own code: the widgets only fire
// events; they never send anything anywhere. The notes' events say which
// widget, never what the reader ticked or typed.
const log = document.getElementById('log');
for (const name of ['mmn-cta-click', 'mmn-notes-print', 'mmn-notes-copy']) {
  document.addEventListener(name, (event) => {
    event.detail && log && (log.textContent = `${name} ${JSON.stringify(event.detail)}\n${log.textContent}`);
  });
}
// Keep the demo on this page when a link is followed.
document.addEventListener('click', (event) => {
  if (event.composedPath().some((node) => node instanceof Element && node.localName === 'contact-banner')) {
    event.preventDefault();
  }
});

// A single-page site switching language: the widgets follow `lang` live.
const language = document.getElementById('language');
const switchable = document.getElementById('switchable');
language?.addEventListener('change', () => switchable?.setAttribute('lang', language.value));
