import { defineElements } from '../shared/define.js';
import { MmnOverview } from './mmn-overview.js';

defineElements({ 'mmn-overview': MmnOverview });

declare global {
  interface HTMLElementTagNameMap {
    'mmn-overview': MmnOverview;
  }
}

export { MmnOverview };
