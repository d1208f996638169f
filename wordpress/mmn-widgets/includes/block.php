<?php
/**
 * The block "MMN patient information": a dynamic block. The editor saves only
 * its attributes (in the block comment); the markup is made here on each view,
 * so a change to the site's defaults reaches every post.
 *
 * @package mmn-widgets
 */

defined( 'ABSPATH' ) || exit;

/** Block attributes: `widgets`, then one string per widget attribute, camelCased. */
function mmn_widgets_block_attributes() {
	$first      = mmn_widgets_registry()['widgets'][0]['tag'] ?? '';
	$attributes = array(
		'widgets' => array(
			'type'    => 'array',
			'items'   => array( 'type' => 'string' ),
			'default' => array( $first ),
		),
	);
	foreach ( array_keys( mmn_widgets_registry()['attributes'] ) as $name ) {
		$attributes[ mmn_widgets_camel( $name ) ] = array(
			'type'    => 'string',
			'default' => '',
		);
	}
	return $attributes;
}

/** Registers the block and its plain editor script (no build step: wp.* globals). */
function mmn_widgets_register_block() {
	wp_register_script(
		'mmn-widgets-editor',
		MMN_WIDGETS_URL . 'editor/block.js',
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'mmn-widgets' ),
		MMN_WIDGETS_VERSION,
		true
	);
	register_block_type(
		'mmn-widgets/widget',
		array(
			'api_version'     => 2,
			'title'           => __( 'MMN patient information', 'mmn-widgets' ),
			'description'     => __( 'Plain-language information about Multifocal Motor Neuropathy, and a way to reach help.', 'mmn-widgets' ),
			'category'        => 'widgets',
			'icon'            => 'heart',
			'keywords'        => array( 'mmn', 'neuropathy', 'patient', 'als' ),
			'attributes'      => mmn_widgets_block_attributes(),
			'supports'        => array(
				'html'  => false,
				'align' => array( 'wide', 'full' ),
			),
			'editor_script'   => 'mmn-widgets-editor',
			'render_callback' => 'mmn_widgets_render_block',
		)
	);
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
	$registry = mmn_widgets_registry();
	$data     = array(
		'widgets'     => $registry['widgets'],
		'attributes'  => $registry['attributes'],
		'languages'   => $registry['languages'],
		'defaults'    => mmn_widgets_site_defaults(),
		'settingsUrl' => current_user_can( 'manage_options' ) ? admin_url( 'options-general.php?page=mmn-widgets' ) : '',
	);
	wp_add_inline_script( 'mmn-widgets-editor', 'var mmnWidgetsEditor = ' . wp_json_encode( $data ) . ';', 'before' );
}
