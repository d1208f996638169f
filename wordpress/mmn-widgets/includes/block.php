<?php
/**
 * The block "MMN patient information": a dynamic block. The editor saves only
 * its attributes (in the block comment); the markup is made here on each view,
 * so a change to the site's defaults reaches every post.
 *
 * @package mmn-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the block from block.json (apiVersion 3; the build writes its
 * attributes from the widget list) and its plain editor script (no build
 * step: wp.* globals). The widgets' bundle is not a dependency of the editor
 * script: mmn_widgets_canvas_assets() gives it to the canvas.
 */
function mmn_widgets_register_block() {
	wp_register_script(
		'mmn-widgets-editor',
		MMN_WIDGETS_URL . 'editor/block.js',
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
		MMN_WIDGETS_VERSION,
		true
	);
	// The editor script's strings: languages/mmn-widgets-<locale>-<md5>.json.
	wp_set_script_translations( 'mmn-widgets-editor', 'mmn-widgets', MMN_WIDGETS_DIR . 'languages' );
	if ( ! is_readable( MMN_WIDGETS_DIR . 'block.json' ) ) {
		return;
	}
	register_block_type( MMN_WIDGETS_DIR, array( 'render_callback' => 'mmn_widgets_render_block' ) );
}

/**
 * The widgets' bundle in the editor's canvas, so the preview is the real
 * widget. enqueue_block_assets runs for the editor page and, from 6.3, once
 * more to collect what goes inside the framed canvas (iframe[name="editor-canvas"]):
 * the outer page's scripts do not reach the frame. On the front end this
 * hook loads nothing: a page gets the bundle only when it shows a widget.
 */
function mmn_widgets_canvas_assets() {
	if ( is_admin() ) {
		wp_enqueue_script( 'mmn-widgets' );
	}
}

/**
 * @param array $attributes The block's saved attributes.
 * @return string HTML.
 */
function mmn_widgets_render_block( $attributes ) {
	$attributes = is_array( $attributes ) ? $attributes : array();
	$names      = isset( $attributes['widgets'] ) && is_array( $attributes['widgets'] ) ? $attributes['widgets'] : array();
	$names      = array_filter( $names, 'is_string' );
	$given      = array();
	foreach ( array_keys( mmn_widgets_registry()['attributes'] ) as $name ) {
		$given[ $name ] = $attributes[ mmn_widgets_camel( $name ) ] ?? '';
	}
	$html = mmn_widgets_elements( $names, $given );
	if ( '' === $html ) {
		return '';
	}
	return '<div ' . get_block_wrapper_attributes() . '>' . $html . '</div>';
}

/**
 * The editor's data (widgets, attributes, languages, the site's defaults),
 * given to the editor script only where the block editor loads, not on
 * every request.
 */
function mmn_widgets_editor_data() {
	$registry = mmn_widgets_registry_translated();
	$data     = array(
		'widgets'     => $registry['widgets'],
		'attributes'  => $registry['attributes'],
		'languages'   => $registry['languages'],
		'defaults'    => mmn_widgets_site_defaults(),
		'settingsUrl' => current_user_can( 'manage_options' ) ? admin_url( 'options-general.php?page=mmn-widgets' ) : '',
	);
	wp_add_inline_script( 'mmn-widgets-editor', 'var mmnWidgetsEditor = ' . wp_json_encode( $data ) . ';', 'before' );
}
