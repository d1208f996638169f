import { defineElements } from '../shared/define.js';
import { MmnVsAls } from './mmn-vs-als.js';

defineElements({ 'mmn-vs-als': MmnVsAls });

declare global {
  interface HTMLElementTagNameMap {
    'mmn-vs-als': MmnVsAls;
  }
}

export { MmnVsAls };
