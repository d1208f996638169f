<?php
/**
 * Plugin Name:       MMN patient information
 * Description:       Plain-language patient information about Multifocal Motor Neuropathy (MMN) as a block and a shortcode. Self-hosted: no CDN, no request to anyone else.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            mmn-widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       mmn-widgets
 * Domain Path:       /languages
 *
 * @package mmn-widgets
 */

defined( 'ABSPATH' ) || exit;

define( 'MMN_WIDGETS_VERSION', '0.1.0' );
define( 'MMN_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );
define( 'MMN_WIDGETS_URL', plugin_dir_url( __FILE__ ) );
define( 'MMN_WIDGETS_OPTION', 'mmn_widgets_settings' );

require_once MMN_WIDGETS_DIR . 'includes/registry.php';
require_once MMN_WIDGETS_DIR . 'includes/labels.php';
require_once MMN_WIDGETS_DIR . 'includes/sanitize.php';
require_once MMN_WIDGETS_DIR . 'includes/render.php';
require_once MMN_WIDGETS_DIR . 'includes/block.php';
require_once MMN_WIDGETS_DIR . 'includes/shortcode.php';
require_once MMN_WIDGETS_DIR . 'includes/settings.php';
require_once MMN_WIDGETS_DIR . 'includes/structured-data.php';

// The plugin's own translations (languages/), loaded on init, the earliest
// WordPress 6.7 and later allow; nothing before it calls a translation function.
add_action( 'init', 'mmn_widgets_load_textdomain', 1 );
add_action( 'init', 'mmn_widgets_register_assets' );
add_action( 'init', 'mmn_widgets_register_block' );
add_action( 'enqueue_block_editor_assets', 'mmn_widgets_editor_data' );
add_action( 'enqueue_block_assets', 'mmn_widgets_canvas_assets' );
add_action( 'init', 'mmn_widgets_register_shortcode' );
add_action( 'admin_init', 'mmn_widgets_register_settings' );
add_action( 'admin_menu', 'mmn_widgets_add_settings_page' );

// schema.org structured data: notice content widgets on their way out, print one block per page.
add_filter( 'render_block', 'mmn_widgets_notice_content_widgets' );
add_filter( 'do_shortcode_tag', 'mmn_widgets_notice_content_widgets' );
add_filter( 'the_content', 'mmn_widgets_notice_page_content', 100 );
add_action( 'wp_footer', 'mmn_widgets_print_structured_data', 20 );
add_action( 'admin_init', 'mmn_widgets_register_structured_data_setting' );
/** Makes WordPress read languages/mmn-widgets-<locale>.mo. */
function mmn_widgets_load_textdomain() {
	load_plugin_textdomain( 'mmn-widgets', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
}
