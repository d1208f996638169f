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
 * Remembers the content widgets in HTML on its way to the page (blocks and
 * shortcodes). A filter: gives the HTML back unchanged.
 *
 * @param string|null $html HTML of a block or shortcode.
 * @return string|null
 */
function mmn_widgets_notice_content_widgets( $html ) {
	mmn_widgets_notice( $html, false );
	return $html;
}

/**
 * Remembers the content widgets in a post's content once blocks and
 * shortcodes are done (the_content, late), where they stand in the order the
 * reader meets them: WordPress renders a post's blocks before its
 * shortcodes, so the first widget noticed is not always the first shown.
 *
 * @param string|null $html The post's content.
 * @return string|null
 */
function mmn_widgets_notice_page_content( $html ) {
	mmn_widgets_notice( $html, true );
	return $html;
}

/**
 * Notes the content widgets in `$html`, and the `lang` of the first of them:
 * the first in the first post content, else in the first HTML noticed.
 *
 * @param string|null $html       HTML.
 * @param bool        $is_content Whether it is a post's whole content.
 */
function mmn_widgets_notice( $html, $is_content ) {
	if ( ! is_string( $html ) || false === strpos( $html, '<mmn-' ) ) {
		return;
	}
	$tags = implode( '|', array_map( static fn( $tag ) => preg_quote( $tag, '/' ), MMN_WIDGETS_DESCRIBED ) );
	if ( ! preg_match_all( '/<(' . $tags . ')(\s[^>]*)?>/', $html, $matches, PREG_SET_ORDER ) ) {
		return;
	}
	$seen = &mmn_widgets_seen_content_widgets();
	foreach ( $matches as $match ) {
		$seen['tags'][ $match[1] ] = true;
	}
	if ( null === $seen['lang'] || ( $is_content && ! $seen['from_content'] ) ) {
		$seen['lang']         = preg_match( '/\slang="([^"]*)"/', $matches[0][2] ?? '', $found ) ? html_entity_decode( $found[1], ENT_QUOTES ) : '';
		$seen['from_content'] = $is_content;
	}
}

/**
 * The content widgets seen on this page so far (tag => true), the `lang` of
 * the one that decides the language ('' for none, null before any), and
 * whether it came from a post's content.
 *
 * @return array
 */
function &mmn_widgets_seen_content_widgets() {
	static $seen = array(
		'tags'         => array(),
		'lang'         => null,
		'from_content' => false,
	);
	return $seen;
}

/** Regions whose Chinese is written in traditional characters (CLDR likely subtags, as in Node 20's and the browsers' ICU). */
const MMN_WIDGETS_ZH_HANT_REGIONS = array( 'au', 'bn', 'gb', 'gf', 'hk', 'id', 'mo', 'pa', 'pf', 'ph', 'pz', 'sr', 'th', 'tw', 'uk', 'us', 'vd', 'vn', '036', '096', '158', '254', '258', '344', '360', '446', '591', '608', '704', '740', '764', '826', '840' );

/**
 * One of the library's languages for a BCP 47 tag, as the widgets match it
 * (src/i18n/match.ts): null for a tag that is not well-formed BCP 47 (a
 * repeated variant or extension, a lone singleton), else the same language,
 * in the same script where ours names one (Chinese: the tag's own script,
 * else the one CLDR's likely subtags give its region, as Intl.Locale's
 * maximize() does: Hant for MMN_WIDGETS_ZH_HANT_REGIONS, Hans otherwise), or
 * null.
 *
 * @param string $tag Such as `es-ES`, `pt-PT`, `zh-CN`.
 * @return string|null
 */
function mmn_widgets_match_locale( $tag ) {
	$tag       = strtolower( trim( (string) $tag ) );
	$languages = mmn_widgets_registry()['languages'] ?? array( 'en' );
	$variant   = '(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3})';
	if ( ! preg_match( '/^([a-z]{2,3})(?:-([a-z]{4}))?(?:-([a-z]{2}|[0-9]{3}))?((?:-' . $variant . ')*)((?:-[0-9a-wyz](?:-[a-z0-9]{2,8})+)*)(?:-x(?:-[a-z0-9]{1,8})+)?$/', $tag, $m ) ) {
		return null;
	}
	$language   = $m[1];
	$script     = $m[2] ?? '';
	$region     = $m[3] ?? '';
	$variants   = array_filter( explode( '-', $m[4] ?? '' ) );
	$singletons = preg_match_all( '/-([0-9a-wyz])(?=-)/', '-' . ltrim( $m[5] ?? '', '-' ) . '-', $found ) ? $found[1] : array();
	if ( count( $variants ) !== count( array_unique( $variants ) ) || count( $singletons ) !== count( array_unique( $singletons ) ) ) {
		return null;
	}
	if ( '' === $script && 'zh' === $language ) {
		$script = in_array( $region, MMN_WIDGETS_ZH_HANT_REGIONS, true ) ? 'hant' : 'hans';
	}
	$candidates = array();
	foreach ( $languages as $locale ) {
		$ours = explode( '-', strtolower( $locale ) );
		if ( $ours[0] !== $language ) {
			continue;
		}
		// Our locale's second subtag is a script (4 letters) or a region.
		$ours_script = isset( $ours[1] ) && 4 === strlen( $ours[1] ) ? $ours[1] : '';
		if ( '' !== $ours_script && $ours_script !== $script ) {
			continue;
		}
		$candidates[] = array( $locale, '' === $ours_script && isset( $ours[1] ) ? $ours[1] : '' );
	}
	foreach ( $candidates as $candidate ) {
		if ( count( $candidates ) > 1 && $candidate[1] === $region ) {
			return $candidate[0];
		}
	}
	return $candidates[0][0] ?? null;
}

/** Whether the site prints structured data (Settings → MMN widgets); on unless turned off. */
function mmn_widgets_structured_data_on() {
	return '0' !== (string) get_option( MMN_WIDGETS_STRUCTURED_DATA_OPTION, '1' );
}

/** Prints the one block for this page, if it shows a content widget (wp_footer). */
function mmn_widgets_print_structured_data() {
	$seen = mmn_widgets_seen_content_widgets();
	if ( empty( $seen['tags'] ) || ! mmn_widgets_structured_data_on() ) {
		return;
	}
	static $printed = false;
	if ( $printed ) {
		return;
	}
	$printed = true;
	$tags    = array_values( array_intersect( MMN_WIDGETS_DESCRIBED, array_keys( $seen['tags'] ) ) );
	// The language the first widget shows: its own, else the page's; English
	// where the one it asks for is not ours (as the widget itself does).
	$own    = (string) $seen['lang'];
	$locale = mmn_widgets_match_locale( '' !== $own ? $own : get_bloginfo( 'language' ) ) ?? 'en';
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
