<?php
/**
 * [mmn_widget name="overview" lang="es" theme="dark" heading_level="3"], for
 * the classic editor and page builders. `name` takes a widget's short name
 * (`overview`, `vs-als`, `banner`, `notes`), its tag (`contact-banner`,
 * `mmn-visit-notes`) or its tag without `mmn-`, or several, comma-separated;
 * see mmn_widgets_find(). Other attributes are the widgets' own, with `_` or `-`.
 *
 * @package mmn-widgets
 */

defined( 'ABSPATH' ) || exit;

/** Registers [mmn_widget]. */
function mmn_widgets_register_shortcode() {
	add_shortcode( 'mmn_widget', 'mmn_widgets_shortcode' );
}

/**
 * @param array|string $atts Shortcode attributes ('' when there are none).
 * @return string HTML.
 */
function mmn_widgets_shortcode( $atts ) {
	$defaults = array( 'name' => '' );
	foreach ( array_keys( mmn_widgets_registry()['attributes'] ) as $name ) {
		$defaults[ mmn_widgets_snake( $name ) ] = '';
	}
	$normalised = array();
	foreach ( (array) $atts as $key => $value ) {
		if ( is_string( $key ) ) {
			$normalised[ mmn_widgets_snake( strtolower( $key ) ) ] = $value;
		}
	}
	$atts  = shortcode_atts( $defaults, $normalised, 'mmn_widget' );
	$given = array();
	foreach ( array_keys( mmn_widgets_registry()['attributes'] ) as $name ) {
		$given[ $name ] = $atts[ mmn_widgets_snake( $name ) ];
	}
	$names = is_string( $atts['name'] ) ? explode( ',', $atts['name'] ) : array();
	return mmn_widgets_elements( $names, $given );
}
