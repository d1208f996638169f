// The plugin's WordPress suite (test/wordpress/suite.js) on WordPress 6.1.
import { wordpressSuite } from './suite.js';

wordpressSuite('6.1');
