<?php
/**
 * Markup for the widgets: custom elements whose attributes are sanitised,
 * filled from the site's defaults, and escaped. Showing one enqueues the
 * bundle (once per page, in the footer).
 *
 * @package mmn-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The site-wide defaults (Settings → MMN widgets), sanitised again on read.
 *
 * @return array Attribute name => value; only the ones that are set.
 */
function mmn_widgets_site_defaults() {
	$stored   = get_option( MMN_WIDGETS_OPTION, array() );
	$defaults = array();
	if ( ! is_array( $stored ) ) {
		return $defaults;
	}
	foreach ( mmn_widgets_site_attributes() as $name ) {
		$value = mmn_widgets_sanitize( $name, $stored[ mmn_widgets_snake( $name ) ] ?? '' );
		if ( '' !== $value ) {
			$defaults[ $name ] = $value;
		}
	}
	return $defaults;
}

/**
 * One widget's element.
 *
 * @param array $widget   A widget from the registry.
 * @param array $given    Attribute name (`org-name`) => raw value from a block or shortcode.
 * @param array $defaults The site's defaults, from mmn_widgets_site_defaults().
 * @return string HTML.
 */
function mmn_widgets_element( array $widget, array $given, array $defaults ) {
	$html = '<' . tag_escape( $widget['tag'] );
	foreach ( $widget['attributes'] as $name ) {
		$value = mmn_widgets_sanitize( $name, $given[ $name ] ?? '' );
		if ( '' === $value && isset( $defaults[ $name ] ) ) {
			$value = $defaults[ $name ];
		}
		if ( '' === $value ) {
			continue;
		}
		$kind  = mmn_widgets_registry()['attributes'][ $name ]['kind'];
		$value = 'url' === $kind ? esc_url( $value, array( 'http', 'https' ) ) : esc_attr( $value );
		$html .= ' ' . esc_attr( $name ) . '="' . $value . '"';
	}
	wp_enqueue_script( 'mmn-widgets' );
	return $html . '></' . tag_escape( $widget['tag'] ) . '>';
}

/**
 * Several widgets with the same attributes, in the order given. An unknown
 * name shows no widget; people who may edit the post see a short note naming
 * the valid names (mmn_widgets_unknown_notice()), visitors nothing.
 *
 * @param string[] $names Widget names or tags.
 * @param array    $given Attribute name => raw value.
 * @return string HTML.
 */
function mmn_widgets_elements( array $names, array $given ) {
	$html     = '';
	$seen     = array();
	$unknown  = array();
	$defaults = mmn_widgets_site_defaults(); // read and checked once for all of them
	foreach ( $names as $name ) {
		if ( ! is_string( $name ) || '' === trim( $name ) ) {
			continue;
		}
		$widget = mmn_widgets_find( $name );
		if ( null === $widget ) {
			$unknown[] = trim( $name );
			continue;
		}
		if ( isset( $seen[ $widget['tag'] ] ) ) {
			continue;
		}
		$seen[ $widget['tag'] ] = true;
		$html                  .= mmn_widgets_element( $widget, $given, $defaults );
	}
	return mmn_widgets_unknown_notice( $unknown ) . $html;
}

/**
 * The note about names that match no widget, for people who can edit the
 * post being shown (current_user_can( 'edit_post', id )); '' for everyone
 * else, and when every name was known.
 *
 * @param string[] $unknown The names as written.
 * @return string HTML.
 */
function mmn_widgets_unknown_notice( array $unknown ) {
	if ( empty( $unknown ) ) {
		return '';
	}
	$post = get_post();
	if ( ! $post || ! current_user_can( 'edit_post', $post->ID ) ) {
		return '';
	}
	$shown = array();
	foreach ( array_slice( array_unique( $unknown ), 0, 3 ) as $name ) {
		$shown[] = '“' . ( mb_strlen( $name ) > 40 ? mb_substr( $name, 0, 40 ) . '…' : $name ) . '”';
	}
	$message = sprintf(
		/* translators: 1: the widget name(s) an editor wrote, in quotes; 2: the names that work, comma-separated. */
		__( 'MMN widgets: no widget is called %1$s. Use one of these names: %2$s. Only people who can edit this page see this note.', 'mmn-widgets' ),
		implode( ', ', $shown ),
		implode( ', ', mmn_widgets_suggested_names() )
	);
	return '<p class="mmn-widgets-notice" role="note">' . esc_html( $message ) . '</p>';
}
