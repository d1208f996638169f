import type { CommonCopy } from './types.js';

export const common: CommonCopy = {
  lastReviewed: 'Last reviewed',
  sources: 'Where this information comes from',
  disclaimer: 'This information does not replace advice from your doctor.',
};
