/**
 * The script-tag bundle's entry (`dist/mmn-widgets.js`, `dist/mmn-widgets.iife.js`):
 * registers every widget and exports nothing, so the classic build adds no
 * global variable.
 */
import './define.js';
