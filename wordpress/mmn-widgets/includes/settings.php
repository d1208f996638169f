<?php
/**
 * Settings → MMN widgets: the site's defaults (theme, and the banner's
 * organisation, phone and links), so a clinic sets them once. Stored in one
 * option; a block or shortcode that sets its own value wins.
 *
 * @package mmn-widgets
 */

defined( 'ABSPATH' ) || exit;

/** Registers the option with its sanitiser, and one field per site-wide attribute. */
function mmn_widgets_register_settings() {
	register_setting(
		'mmn_widgets',
		MMN_WIDGETS_OPTION,
		array(
			'type'              => 'array',
			'default'           => array(),
			'sanitize_callback' => 'mmn_widgets_sanitize_settings',
		)
	);
	add_settings_section( 'mmn_widgets_defaults', __( 'Defaults for every widget on this site', 'mmn-widgets' ), 'mmn_widgets_section_intro', 'mmn-widgets' );
	$attributes = mmn_widgets_registry_translated()['attributes'];
	foreach ( mmn_widgets_site_attributes() as $name ) {
		$key = mmn_widgets_snake( $name );
		add_settings_field(
			'mmn_widgets_' . $key,
			esc_html( $attributes[ $name ]['label'] ?? $name ),
			'mmn_widgets_settings_field',
			'mmn-widgets',
			'mmn_widgets_defaults',
			array(
				'name'      => $name,
				'label_for' => 'mmn_widgets_' . $key,
			)
		);
	}
}

/** Adds Settings → MMN widgets. */
function mmn_widgets_add_settings_page() {
	add_options_page( __( 'MMN widgets', 'mmn-widgets' ), __( 'MMN widgets', 'mmn-widgets' ), 'manage_options', 'mmn-widgets', 'mmn_widgets_settings_page' );
}

/** The intro under the section heading. */
function mmn_widgets_section_intro() {
	echo '<p>' . esc_html__( 'Leave a field empty to use the widget\'s own default. A block or shortcode that sets a value uses its own.', 'mmn-widgets' ) . '</p>';
}

/**
 * One field.
 *
 * @param array $args `name` (attribute) and `label_for`.
 */
function mmn_widgets_settings_field( $args ) {
	$name    = $args['name'];
	$spec    = mmn_widgets_registry_translated()['attributes'][ $name ];
	$stored  = get_option( MMN_WIDGETS_OPTION, array() );
	$value   = is_array( $stored ) ? (string) ( $stored[ mmn_widgets_snake( $name ) ] ?? '' ) : '';
	$id      = $args['label_for'];
	$field   = MMN_WIDGETS_OPTION . '[' . mmn_widgets_snake( $name ) . ']';
	if ( 'choice' === $spec['kind'] ) {
		echo '<select id="' . esc_attr( $id ) . '" name="' . esc_attr( $field ) . '">';
		echo '<option value="">' . esc_html__( 'Widget default', 'mmn-widgets' ) . '</option>';
		foreach ( $spec['values'] as $choice ) {
			echo '<option value="' . esc_attr( $choice ) . '"' . selected( $value, $choice, false ) . '>' . esc_html( $spec['valueLabels'][ $choice ] ?? $choice ) . '</option>';
		}
		echo '</select>';
		return;
	}
	$type = 'url' === $spec['kind'] ? 'url' : ( 'phone' === $spec['kind'] ? 'tel' : 'text' );
	echo '<input class="regular-text" type="' . esc_attr( $type ) . '" id="' . esc_attr( $id ) . '" name="' . esc_attr( $field ) . '" value="' . esc_attr( $value ) . '">';
	if ( ! empty( $spec['help'] ) ) {
		echo '<p class="description">' . esc_html( $spec['help'] ) . '</p>';
	}
}

/**
 * Keeps only values the widgets accept; says which were refused.
 *
 * @param mixed $input The submitted option.
 * @return array
 */
function mmn_widgets_sanitize_settings( $input ) {
	$input  = is_array( $input ) ? $input : array();
	$clean  = array();
	$labels = mmn_widgets_registry_translated()['attributes'];
	foreach ( mmn_widgets_site_attributes() as $name ) {
		$key   = mmn_widgets_snake( $name );
		$raw   = isset( $input[ $key ] ) && is_scalar( $input[ $key ] ) ? trim( (string) $input[ $key ] ) : '';
		$value = mmn_widgets_sanitize( $name, $raw );
		if ( '' !== $raw && '' === $value ) {
			/* translators: %s: the setting's label. */
			add_settings_error( MMN_WIDGETS_OPTION, 'mmn_widgets_' . $key, sprintf( __( '%s was not saved: the value is not one the widgets accept.', 'mmn-widgets' ), $labels[ $name ]['label'] ?? $name ) );
		}
		$clean[ $key ] = $value;
	}
	return $clean;
}

/** The page itself. */
function mmn_widgets_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to manage these settings.', 'mmn-widgets' ), 403 );
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<form action="' . esc_url( admin_url( 'options.php' ) ) . '" method="post">';
	settings_fields( 'mmn_widgets' );
	do_settings_sections( 'mmn-widgets' );
	submit_button();
	echo '</form></div>';
}
