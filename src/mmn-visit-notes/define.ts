import { defineElements } from '../shared/define.js';
import { MmnVisitNotes } from './mmn-visit-notes.js';

defineElements({ 'mmn-visit-notes': MmnVisitNotes });

declare global {
  interface HTMLElementTagNameMap {
    'mmn-visit-notes': MmnVisitNotes;
  }
}

export { MmnVisitNotes };
