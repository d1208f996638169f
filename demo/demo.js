// The host page counting call-to-action clicks with its own code: the widgets
// only fire `mmn-cta-click`; they never send anything anywhere.
const log = document.getElementById('log');
document.addEventListener('mmn-cta-click', (event) => {
  event.detail && log && (log.textContent = `mmn-cta-click ${JSON.stringify(event.detail)}\n${log.textContent}`);
});
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
