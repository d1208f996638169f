import { warn } from './warn.js';

/** A class the library registers, with the version of the copy it came from. */
type ElementClass = CustomElementConstructor & { readonly version?: string };

/**
 * Registers each tag unless the page already has it, so loading the library
 * twice (two script tags, the ES and classic bundles together, two versions)
 * throws nothing. When another class already holds a tag, this copy leaves
 * it alone and logs one warning naming the clash.
 */
export function defineElements(
  elements: Readonly<Record<string, ElementClass>>,
  registry: CustomElementRegistry | undefined = globalThis.customElements,
): void {
  if (!registry) return;
  const clashes: string[] = [];
  let ours: string | undefined;
  let theirs: string | undefined;
  for (const [tag, element] of Object.entries(elements)) {
    ours ??= element.version;
    // The cast adds `version`; the rule misreads the intersection type (without it, tsc fails).
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
    const existing = registry.get(tag) as ElementClass | undefined;
    if (existing === element) continue;
    if (existing) {
      clashes.push(`<${tag}>`);
      theirs ??= existing.version;
      continue;
    }
    try {
      registry.define(tag, element);
    } catch (error) {
      clashes.push(`<${tag}> (${(error as Error).message})`);
    }
  }
  if (clashes.length) {
    warn(
      `${clashes.join(', ')} already defined on this page` +
        (theirs ? ` by mmn-widgets ${theirs}` : ' by another script') +
        `; this copy${ours ? ` (${ours})` : ''} left ${clashes.length === 1 ? 'it' : 'them'} as ${clashes.length === 1 ? 'it is' : 'they are'}. Load the library once per page.`,
    );
  }
}
