<?php
/**
 * The widget list, read from one place: widgets.json, which the build writes
 * from the library's custom-elements.json. A new widget in the library shows
 * up in the block, the shortcode and the settings with no PHP change.
 *
 * @package mmn-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The data in widgets.json: `widgets` (tag, name, summary, attributes),
 * `attributes` (name => kind, and values for a choice), `languages`, `bundle`.
 *
 * @return array
 */
function mmn_widgets_registry() {
	static $registry = null;
	if ( null === $registry ) {
		$registry = array(
			'widgets'    => array(),
			'attributes' => array(),
			'languages'  => array(),
		);
		$file = MMN_WIDGETS_DIR . 'widgets.json';
		if ( is_readable( $file ) ) {
			$data = json_decode( (string) file_get_contents( $file ), true ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
			if ( is_array( $data ) && isset( $data['widgets'], $data['attributes'] ) ) {
				$registry = array_merge( $registry, $data );
			}
		}
	}
	return $registry;
}

/**
 * The registry with its words for people in the site's (or user's) language:
 * labels, summaries and help from includes/labels.php, which the build
 * writes from the same list. Only for what a page shows (the editor, the
 * settings page), after init.
 *
 * @return array
 */
function mmn_widgets_registry_translated() {
	static $translated = array();
	$locale = determine_locale();
	if ( isset( $translated[ $locale ] ) ) {
		return $translated[ $locale ];
	}
	$registry = mmn_widgets_registry();
	$labels   = mmn_widgets_labels();
	foreach ( $registry['widgets'] as $i => $widget ) {
		if ( isset( $labels['widgets'][ $widget['tag'] ] ) ) {
			$registry['widgets'][ $i ] = array_merge( $widget, $labels['widgets'][ $widget['tag'] ] );
		}
	}
	foreach ( $registry['attributes'] as $name => $spec ) {
		if ( isset( $labels['attributes'][ $name ] ) ) {
			$spec = array_merge( $spec, $labels['attributes'][ $name ] );
		}
		if ( isset( $spec['valueLabels'] ) && is_array( $spec['valueLabels'] ) ) {
			foreach ( $spec['valueLabels'] as $value => $label ) {
				$spec['valueLabels'][ $value ] = $labels['values'][ $value ] ?? $label;
			}
		}
		$registry['attributes'][ $name ] = $spec;
	}
	$translated[ $locale ] = $registry;
	return $registry;
}

/**
 * The widget a shortcode or block names: any of its `names` in widgets.json,
 * which are its tag (`contact-banner`, `mmn-visit-notes`), its tag without
 * `mmn-` (`visit-notes`, `overview`, `vs-als`) and a short name an editor
 * would write (`banner`, `notes`). Case and spaces around do not matter.
 *
 * @param string $name What the author wrote.
 * @return array|null The widget, or null for an unknown name.
 */
function mmn_widgets_find( $name ) {
	$name = strtolower( trim( (string) $name ) );
	foreach ( mmn_widgets_registry()['widgets'] as $widget ) {
		$names = isset( $widget['names'] ) && is_array( $widget['names'] ) ? $widget['names'] : array( $widget['tag'] );
		if ( in_array( $name, $names, true ) ) {
			return $widget;
		}
	}
	return null;
}

/**
 * The names to suggest, one per widget (its short name), for the notice about
 * an unknown name.
 *
 * @return string[]
 */
function mmn_widgets_suggested_names() {
	$names = array();
	foreach ( mmn_widgets_registry()['widgets'] as $widget ) {
		$names[] = $widget['short'] ?? $widget['tag'];
	}
	return $names;
}

/**
 * Attributes a site may set once for every widget (Settings → MMN widgets):
 * the theme, and every attribute that belongs to some widget only (the
 * banner's organisation, phone and links).
 *
 * @return string[] Attribute names, e.g. `org-name`.
 */
function mmn_widgets_site_attributes() {
	$names = array( 'theme' );
	foreach ( mmn_widgets_registry()['attributes'] as $name => $spec ) {
		if ( empty( $spec['common'] ) && ! in_array( $name, $names, true ) ) {
			$names[] = $name;
		}
	}
	return $names;
}

/**
 * `heading-level` → `heading_level` (shortcodes, options) and `headingLevel` (blocks).
 *
 * @param string $name An attribute name.
 * @return string
 */
function mmn_widgets_snake( $name ) {
	return str_replace( '-', '_', $name );
}

/**
 * @param string $name An attribute name.
 * @return string
 */
function mmn_widgets_camel( $name ) {
	return lcfirst( str_replace( ' ', '', ucwords( str_replace( '-', ' ', $name ) ) ) );
}

/** Registers the classic bundle; it is enqueued only by a page that shows a widget. */
function mmn_widgets_register_assets() {
	$bundle = mmn_widgets_registry()['bundle'] ?? 'assets/mmn-widgets.iife.js';
	wp_register_script( 'mmn-widgets', MMN_WIDGETS_URL . $bundle, array(), MMN_WIDGETS_VERSION, true );
}
