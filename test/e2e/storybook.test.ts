import { expect } from '@open-wc/testing';
import { WIDGET_TAGS } from '../../src/widgets.js';

// The static Storybook (npm run build-storybook): every story renders its
// widget, with no error, and the stories cover each widget's states.

/** What the test reads of Storybook's preview (window.__STORYBOOK_PREVIEW__ in iframe.html). */
interface StorybookPreview {
  onSetCurrentStory(selection: { storyId: string; viewMode: 'story' }): Promise<void>;
  currentRender?: { id: string; phase?: string };
}

interface Entry {
  id: string;
  type: 'story' | 'docs';
  title: string;
  name: string;
}

describe('e2e: the static Storybook', () => {
  let stories: Entry[];
  before(async () => {
    const index = (await (await fetch('/storybook-static/index.json')).json()) as { entries: Record<string, Entry> };
    stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
  });

  it('has a story per widget per meaningful state', () => {
    expect(stories.length).to.be.at.least(45);
    const ids = stories.map((story) => story.id);
    for (const widget of WIDGET_TAGS) {
      for (const state of [
        'default',
        'dark-theme',
        'auto-theme',
        'heading-level-1',
        'heading-level-4',
        'english',
        'spanish',
        'french',
        'german',
        'portuguese-brazil',
        'chinese-simplified',
        'arabic',
        'narrow-container',
        'wide-container',
        'bad-attribute-values',
      ]) {
        expect(ids).to.include(`widgets-${widget}--${state}`);
      }
    }
    for (const state of ['with-links', 'without-links', 'join-only', 'name-only', 'custom-phone', 'custom-org-name']) {
      expect(ids).to.include(`widgets-contact-banner--${state}`);
    }
  });

  // One preview page for all stories, switched as Storybook's manager switches
  // them (the preview's onSetCurrentStory, what its setCurrentStory message
  // calls), instead of loading the whole preview again for each: that cost more
  // than a minute of Firefox's test time. The first story comes from the page
  // address. Each story must reach the "finished" phase within 10 s.
  it('renders every story', async function () {
    this.timeout(120_000);
    const frame = document.createElement('iframe');
    frame.style.width = '1100px';
    frame.style.height = '800px';
    document.body.append(frame);
    try {
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.src = `/storybook-static/iframe.html?id=${stories[0].id}&viewMode=story`;
      await loaded;
      const preview = () =>
        (frame.contentWindow as Window & { __STORYBOOK_PREVIEW__?: StorybookPreview }).__STORYBOOK_PREVIEW__;
      for (const [n, story] of stories.entries()) {
        const doc = frame.contentDocument!;
        const deadline = Date.now() + 10_000;
        if (n > 0) await preview()!.onSetCurrentStory({ storyId: story.id, viewMode: 'story' });
        const finished = () =>
          preview()?.currentRender?.id === story.id && preview()?.currentRender?.phase === 'finished';
        while (!finished() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
        expect(preview()?.currentRender?.id, `${story.id} is the story shown`).to.equal(story.id);
        let box: Element | null | undefined = null;
        while (!box && Date.now() < deadline) {
          box = doc.querySelector(WIDGET_TAGS.join(', '))?.shadowRoot?.querySelector('[part~="container"]');
          if (!box) await new Promise((resolve) => setTimeout(resolve, 25));
        }
        expect(box, story.id).to.exist;
        // A system sans-serif, not the browser's default Times.
        expect(frame.contentWindow!.getComputedStyle(box!).fontFamily, `${story.id} font`).to.match(/^system-ui\b/);
        expect(doc.querySelector('.sb-show-errordisplay'), `${story.id} shows an error`).to.not.exist;
      }
    } finally {
      frame.remove();
    }
  });
});
