<?php
/**
 * One sanitiser per kind of attribute, used on every way in: the settings
 * form, shortcodes and blocks. A value that does not follow the widgets'
 * rules becomes '' (not used), never a "repaired" value: esc_url() would turn
 * `exa mple.org` or `\\evil.example` into a working http link.
 *
 * @package mmn-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * @param string $name  Attribute name, e.g. `join-href`.
 * @param mixed  $value What an author, an admin or a block gave.
 * @return string The value to use, or '' when it is not acceptable.
 */
function mmn_widgets_sanitize( $name, $value ) {
	if ( ! is_scalar( $value ) ) {
		return '';
	}
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return '';
	}
	$spec = mmn_widgets_registry()['attributes'][ $name ] ?? null;
	if ( null === $spec ) {
		return '';
	}
	switch ( $spec['kind'] ) {
		case 'choice':
			return in_array( $value, $spec['values'], true ) ? $value : '';
		case 'level':
			return preg_match( '/^[1-6]$/', $value ) ? $value : '';
		case 'lang':
			return ( strlen( $value ) <= 35 && preg_match( '/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,5}$/', $value ) ) ? $value : '';
		case 'phone':
			return mmn_widgets_sanitize_phone( $value );
		case 'url':
			return mmn_widgets_sanitize_url( $value );
		default:
			$text = sanitize_text_field( $value );
			$max  = isset( $spec['maxLength'] ) ? (int) $spec['maxLength'] : 80;
			return ( '' !== $text && mb_strlen( $text ) <= $max ) ? $text : '';
	}
}

/**
 * A phone number as the banner takes it: digits, spaces, `-`, `.`, brackets,
 * an optional leading `+`, and 3 to 15 digits.
 *
 * @param string $value Trimmed input.
 * @return string
 */
function mmn_widgets_sanitize_phone( $value ) {
	if ( ! preg_match( '/^\+?[0-9 ().\-]+$/', $value ) ) {
		return '';
	}
	$digits = strlen( (string) preg_replace( '/[^0-9]/', '', $value ) );
	return ( $digits >= 3 && $digits <= 15 ) ? $value : '';
}

/**
 * An absolute `https:` or `http:` URL with a host, which WordPress's own
 * sanitiser leaves exactly as it was.
 *
 * @param string $value Trimmed input.
 * @return string
 */
function mmn_widgets_sanitize_url( $value ) {
	if ( strlen( $value ) > 2048 || ! preg_match( '#^https?://#i', $value ) ) {
		return '';
	}
	// No control, format (bidi overrides), private-use or space characters,
	// and valid UTF-8 (preg_match gives false otherwise).
	if ( 0 !== preg_match( '/[\p{C}\p{Z}]/u', $value ) ) {
		return '';
	}
	if ( esc_url_raw( $value, array( 'http', 'https' ) ) !== $value ) {
		return '';
	}
	$parts = wp_parse_url( $value );
	if ( ! is_array( $parts ) || empty( $parts['host'] ) || ! in_array( strtolower( $parts['scheme'] ?? '' ), array( 'http', 'https' ), true ) ) {
		return '';
	}
	// A host name, or an IPv6 address in brackets: nothing the browser would refuse.
	if ( ! preg_match( '/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$|^\[[0-9a-f:.]+\]$/i', $parts['host'] ) ) {
		return '';
	}
	return $value;
}
