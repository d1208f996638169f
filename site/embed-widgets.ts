// An embed page's script: its own set-up first (before the widgets are
// defined, so a query's attributes are there for the first render), then the
// widgets. build-site.js bundles this with one language in place of the
// language files the script-tag bundles load.
import './embed-page.js';
import '../src/define.js';
