<?php
/**
 * Removes the plugin's one option when it is deleted from Plugins.
 *
 * @package mmn-widgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'mmn_widgets_settings' );
delete_site_option( 'mmn_widgets_settings' );
delete_option( 'mmn_widgets_structured_data' );
