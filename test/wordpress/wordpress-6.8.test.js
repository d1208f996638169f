// The plugin's WordPress suite (test/wordpress/suite.js) on WordPress 6.8.
import { wordpressSuite } from './suite.js';

wordpressSuite('6.8');
