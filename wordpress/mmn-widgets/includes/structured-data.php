<?php
/**
 * schema.org structured data (JSON-LD) for search engines: that the page
 * carries information about MMN for patients, when it was reviewed and what
 * it is based on. Printed once per page that shows `<mmn-overview>` or
 * `<mmn-vs-als>`, in the page's language, from the blocks the library's
 * build wrote (structured-data/<locale>.json in this plugin). Settings → MMN
 * widgets turns it off; it is on by default.
 *
 * The widgets are noticed in the HTML that blocks and shortcodes give
 * (wherever they are: posts, templates, widget areas), so this file needs
 * nothing from the rest of the plugin.
 *
 * @package mmn-widgets
 */

defined( 'ABSPATH' ) || exit;

define( 'MMN_WIDGETS_STRUCTURED_DATA_OPTION', 'mmn_widgets_structured_data' );

/** Content widgets with structured data, in the order the blocks' keys join them. */
const MMN_WIDGETS_DESCRIBED = array( 'mmn-overview', 'mmn-vs-als' );

/**
 * Remembers the content widgets (and a widget's own `lang`) in HTML on its
 * way to the page. A filter: gives the HTML back unchanged.
 *
 * @param string|null $html HTML of a block or shortcode.
 * @return string|null
 */
function mmn_widgets_notice_content_widgets( $html ) {
	if ( ! is_string( $html ) || false === strpos( $html, '<mmn-' ) ) {
		return $html;
	}
	$seen = &mmn_widgets_seen_content_widgets();
	foreach ( MMN_WIDGETS_DESCRIBED as $tag ) {
		if ( preg_match( '/<' . preg_quote( $tag, '/' ) . '(\s[^>]*)?>/', $html, $match ) ) {
			$lang = preg_match( '/\slang="([^"]*)"/', $match[1] ?? '', $found ) ? html_entity_decode( $found[1], ENT_QUOTES ) : '';
			if ( ! isset( $seen[ $tag ] ) ) {
				$seen[ $tag ] = $lang;
			}
		}
	}
	return $html;
}

/**
 * The content widgets seen on this page so far: tag => its own `lang`, or ''.
 *
 * @return array
 */
function &mmn_widgets_seen_content_widgets() {
	static $seen = array();
	return $seen;
}

/**
 * One of the library's languages for a BCP 47 tag, as the widgets match it:
 * the same language (and script: Chinese is zh-Hans unless written Hant or for
 * Taiwan, Hong Kong or Macao), or null.
 *
 * @param string $tag Such as `es-ES`, `pt-PT`, `zh-CN`.
 * @return string|null
 */
function mmn_widgets_match_locale( $tag ) {
	$tag       = strtolower( str_replace( '_', '-', trim( (string) $tag ) ) );
	$languages = mmn_widgets_registry()['languages'] ?? array( 'en' );
	if ( ! preg_match( '/^([a-z]{2,3})(-[a-z0-9]+)*$/', $tag ) ) {
		return null;
	}
	$parts = explode( '-', $tag );
	foreach ( $languages as $locale ) {
		if ( strtolower( $locale ) === $tag ) {
			return $locale;
		}
	}
	foreach ( $languages as $locale ) {
		$ours = explode( '-', strtolower( $locale ) );
		if ( $ours[0] !== $parts[0] ) {
			continue;
		}
		if ( 'zh' === $parts[0] && ( in_array( 'hant', $parts, true ) || array_intersect( array( 'tw', 'hk', 'mo' ), $parts ) ) ) {
			return null;
		}
		return $locale;
	}
	return null;
}

/** Whether the site prints structured data (Settings → MMN widgets); on unless turned off. */
function mmn_widgets_structured_data_on() {
	return '0' !== (string) get_option( MMN_WIDGETS_STRUCTURED_DATA_OPTION, '1' );
}

/** Prints the one block for this page, if it shows a content widget (wp_footer). */
function mmn_widgets_print_structured_data() {
	$seen = mmn_widgets_seen_content_widgets();
	if ( empty( $seen ) || ! mmn_widgets_structured_data_on() ) {
		return;
	}
	static $printed = false;
	if ( $printed ) {
		return;
	}
	$printed = true;
	$tags    = array_values( array_intersect( MMN_WIDGETS_DESCRIBED, array_keys( $seen ) ) );
	// The language the first widget shows: its own, else the page's.
	$own    = reset( $seen );
	$locale = ( '' !== $own ? mmn_widgets_match_locale( $own ) : null ) ?? mmn_widgets_match_locale( get_bloginfo( 'language' ) ) ?? 'en';
	$file   = MMN_WIDGETS_DIR . 'structured-data/' . $locale . '.json';
	if ( ! is_readable( $file ) ) {
		return;
	}
	$blocks = json_decode( (string) file_get_contents( $file ), true ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of this plugin.
	$data   = is_array( $blocks ) ? ( $blocks[ implode( ',', $tags ) ] ?? null ) : null;
	if ( ! is_array( $data ) ) {
		return;
	}
	// JSON_HEX_TAG and JSON_HEX_AMP: no `<`, `>` or `&` in the script's text.
	$json = wp_json_encode( $data, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
	if ( false === $json ) {
		return;
	}
	echo '<script type="application/ld+json">' . $json . "</script>\n"; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- JSON with every markup character escaped.
}

/** Registers the setting and its field on Settings → MMN widgets (admin_init). */
function mmn_widgets_register_structured_data_setting() {
	register_setting(
		'mmn_widgets',
		MMN_WIDGETS_STRUCTURED_DATA_OPTION,
		array(
			'type'              => 'string',
			'default'           => '1',
			'sanitize_callback' => static function ( $value ) {
				return '1' === (string) $value ? '1' : '0';
			},
		)
	);
	add_settings_section( 'mmn_widgets_search', __( 'Search engines', 'mmn-widgets' ), '__return_false', 'mmn-widgets' );
	add_settings_field(
		'mmn_widgets_structured_data',
		__( 'Help search engines understand this information', 'mmn-widgets' ),
		'mmn_widgets_structured_data_field',
		'mmn-widgets',
		'mmn_widgets_search',
		array( 'label_for' => 'mmn_widgets_structured_data' )
	);
}

/** The checkbox. */
function mmn_widgets_structured_data_field() {
	echo '<input type="hidden" name="' . esc_attr( MMN_WIDGETS_STRUCTURED_DATA_OPTION ) . '" value="0">';
	echo '<input type="checkbox" id="mmn_widgets_structured_data" name="' . esc_attr( MMN_WIDGETS_STRUCTURED_DATA_OPTION ) . '" value="1"' . checked( mmn_widgets_structured_data_on(), true, false ) . ' aria-describedby="mmn_widgets_structured_data_help">';
	echo '<p class="description" id="mmn_widgets_structured_data_help">' . esc_html__( 'Adds a short note for search engines to pages with the MMN overview or the comparison with ALS: that it is information for patients, when it was last reviewed and what it is based on. Visitors do not see it.', 'mmn-widgets' ) . '</p>';
}
