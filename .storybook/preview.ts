import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
// Registers every widget of the registry (src/widgets.ts), once for every story.
import '../src/define.js';

interface Member {
  kind: string;
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
}

/**
 * custom-elements.json also lists private, protected and static members; keep
 * them out of the controls and docs tables, which are for the public API.
 */
function publicApi<T>(pkg: T): T {
  const copy = structuredClone(pkg) as { modules?: { declarations?: { members?: Member[] }[] }[] };
  for (const mod of copy.modules ?? []) {
    for (const declaration of mod.declarations ?? []) {
      if (declaration.members) {
        declaration.members = declaration.members.filter(
          (member) => member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public',
        );
      }
    }
  }
  return copy as T;
}

setCustomElementsManifest(publicApi(manifest));

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    // Run axe on every story; violations fail the story in test runs.
    a11y: { test: 'error' },
  },
};

export default preview;
