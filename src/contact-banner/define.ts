import { defineElements } from '../shared/define.js';
import { ContactBanner } from './contact-banner.js';

defineElements({ 'contact-banner': ContactBanner });

declare global {
  interface HTMLElementTagNameMap {
    'contact-banner': ContactBanner;
  }
}

export { ContactBanner };
