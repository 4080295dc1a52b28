<?php
/**
 * Plugin Name:       trd-widget: depression self-check
 * Description:       A private depression self-check (PHQ-9), TRD staging and plain-language explainers in English and Spanish. Add it with the [trd_widget] shortcode or the "Depression self-check" block; set clinic-wide defaults under Settings → trd-widget. Nothing a visitor enters leaves their device.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       trd-widget
 *
 * The widget's own files ship inside this plugin (widget/), so nothing has
 * to be uploaded through the Media Library. Shortcodes and blocks are
 * stored as text that WordPress's HTML filter (kses) keeps for every role;
 * the <trd-widget> element and its script are written only when the page
 * is shown.
 */

defined( 'ABSPATH' ) || exit;

const TRD_WIDGET_VERSION = '0.1.0';

// Shortcode attributes use underscores (clinic_name), the block camelCase
// (clinicName); both are turned into the attribute names below.
// BEGIN generated from src/domain/option_list.rs by build/option_lists.rs (make build): edit there
/** Every option's attribute name, by the block's camelCase key. */
const TRD_WIDGET_OPTIONS = array(
	"lang" => "lang",
	"clinicName" => "clinic-name",
	"clinicPhone" => "clinic-phone",
	"clinicUrl" => "clinic-url",
	"bookingUrl" => "booking-url",
	"crisisRegion" => "crisis-region",
	"crisisLine1" => "crisis-line-1",
	"crisisLine2" => "crisis-line-2",
	"crisisLine3" => "crisis-line-3",
	"accentColor" => "accent-color",
	"start" => "start",
	"sections" => "sections",
	"remember" => "remember",
	"events" => "events",
	"theme" => "theme",
);
// END generated

function trd_widget_register() {
	wp_register_script(
		'trd-widget',
		plugins_url( 'widget/trd-widget.js', __FILE__ ),
		array(),
		TRD_WIDGET_VERSION,
		true
	);
	register_block_type( __DIR__ . '/block', array( 'render_callback' => 'trd_widget_render_block' ) );
}
add_action( 'init', 'trd_widget_register' );

// The script element gets `defer`, as the snippet has it.
add_filter(
	'script_loader_tag',
	function ( $tag, $handle ) {
		return 'trd-widget' === $handle ? str_replace( ' src=', ' defer src=', $tag ) : $tag;
	},
	10,
	2
);

/**
 * Option name (kebab-case) for a shortcode or block attribute key: a block
 * key through the generated table (crisisLine1 is crisis-line-1), a
 * shortcode key with its underscores as hyphens (crisis_line_1).
 */
function trd_widget_option_name( $key ) {
	$key = (string) $key;
	if ( isset( TRD_WIDGET_OPTIONS[ $key ] ) ) {
		return TRD_WIDGET_OPTIONS[ $key ];
	}
	return str_replace( '_', '-', strtolower( $key ) );
}

/**
 * The <trd-widget> element for the given attributes over the clinic-wide
 * defaults. Values are passed through as text (escaped); the widget itself
 * validates every option and warns in the console about bad ones.
 */
function trd_widget_markup( $attributes ) {
	$values = array();
	foreach ( (array) get_option( 'trd_widget_defaults', array() ) as $name => $value ) {
		if ( in_array( $name, TRD_WIDGET_OPTIONS, true ) && '' !== trim( (string) $value ) ) {
			$values[ $name ] = (string) $value;
		}
	}
	foreach ( (array) $attributes as $key => $value ) {
		$name = trd_widget_option_name( $key );
		if ( in_array( $name, TRD_WIDGET_OPTIONS, true ) && is_scalar( $value ) && '' !== trim( (string) $value ) ) {
			$values[ $name ] = is_bool( $value ) ? ( $value ? 'true' : 'false' ) : (string) $value;
		}
	}
	wp_enqueue_script( 'trd-widget' );
	$html = '<trd-widget';
	foreach ( $values as $name => $value ) {
		$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	$spanish  = isset( $values['lang'] ) && 0 === strpos( strtolower( $values['lang'] ), 'es' );
	$fallback = $spanish ? 'Si está en crisis, llame o envíe un mensaje de texto al 988.' : 'If you are in crisis, call or text 988.';
	return $html . '>' . esc_html( $fallback ) . '</trd-widget>';
}

function trd_widget_shortcode( $attributes ) {
	return trd_widget_markup( is_array( $attributes ) ? $attributes : array() );
}
add_shortcode( 'trd_widget', 'trd_widget_shortcode' );

function trd_widget_render_block( $attributes ) {
	return trd_widget_markup( $attributes );
}

// ---- Settings → trd-widget: the clinic-wide defaults.

function trd_widget_sanitize_defaults( $input ) {
	$clean = array();
	foreach ( TRD_WIDGET_OPTIONS as $name ) {
		if ( isset( $input[ $name ] ) ) {
			$clean[ $name ] = sanitize_text_field( wp_unslash( $input[ $name ] ) );
		}
	}
	return $clean;
}

add_action(
	'admin_init',
	function () {
		register_setting(
			'trd_widget',
			'trd_widget_defaults',
			array(
				'type'              => 'array',
				'sanitize_callback' => 'trd_widget_sanitize_defaults',
				'default'           => array(),
			)
		);
	}
);

add_action(
	'admin_menu',
	function () {
		add_options_page( 'trd-widget', 'trd-widget', 'manage_options', 'trd-widget', 'trd_widget_settings_page' );
	}
);

function trd_widget_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$values = (array) get_option( 'trd_widget_defaults', array() );
	echo '<div class="wrap"><h1>trd-widget</h1>';
	echo '<p>Defaults for every [trd_widget] shortcode and block on this site. A shortcode or block can still set its own value. Leave a field empty to use the widget\'s default. See the plugin\'s README for what each option accepts.</p>';
	echo '<form method="post" action="options.php">';
	settings_fields( 'trd_widget' );
	echo '<table class="form-table" role="presentation">';
	foreach ( TRD_WIDGET_OPTIONS as $name ) {
		$id    = 'trd-widget-' . $name;
		$value = isset( $values[ $name ] ) ? $values[ $name ] : '';
		printf(
			'<tr><th scope="row"><label for="%1$s">%2$s</label></th><td><input type="text" class="regular-text" id="%1$s" name="trd_widget_defaults[%2$s]" value="%3$s"></td></tr>',
			esc_attr( $id ),
			esc_html( $name ),
			esc_attr( $value )
		);
	}
	echo '</table>';
	submit_button();
	echo '</form></div>';
}
