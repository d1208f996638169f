export type * from './types.js';
export { common } from './common.js';
export { overview } from './overview.js';
export { vsAls } from './vs-als.js';
export { banner } from './banner.js';
export { MYIGSOURCE_MMN } from './sources.js';
