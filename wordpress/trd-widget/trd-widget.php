<?php
/**
 * Plugin Name:       trd-widget: depression self-check
 * Description:       A private depression self-check (PHQ-9), TRD staging and plain-language explainers in English and Spanish. Add it with the [trd_widget] shortcode or the "Depression self-check" block; set clinic-wide defaults under Settings → Depression self-check. Nothing a visitor enters leaves their device.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       trd-widget
 * Domain Path:       /languages
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

/** Every option's field on the settings page, by attribute name: its words (translatable), kind and choices. */
function trd_widget_fields() {
	return array(
		"lang" => array( 'label' => __( "Language", 'trd-widget' ), 'help' => __( "Empty: the language of the page, then of the visitor's browser.", 'trd-widget' ), 'kind' => 'choice', 'choices' => array( "" => __( "The page's language, then the visitor's", 'trd-widget' ), "en" => __( "English", 'trd-widget' ), "es" => __( "Español", 'trd-widget' ) ) ),
		"clinic-name" => array( 'label' => __( "Clinic name", 'trd-widget' ), 'help' => __( "Shown in \"What you can do next\"; up to 80 characters.", 'trd-widget' ), 'kind' => 'text' ),
		"clinic-phone" => array( 'label' => __( "Clinic phone", 'trd-widget' ), 'help' => __( "A tap-to-call link: digits, spaces and + ( ) - . (7 to 15 digits).", 'trd-widget' ), 'kind' => 'text' ),
		"clinic-url" => array( 'label' => __( "Clinic website (https://)", 'trd-widget' ), 'help' => __( "The \"clinic's website\" link; it must start with https://.", 'trd-widget' ), 'kind' => 'text' ),
		"booking-url" => array( 'label' => __( "Booking link (https://)", 'trd-widget' ), 'help' => __( "A \"Book a visit\" button; it must start with https://.", 'trd-widget' ), 'kind' => 'text' ),
		"crisis-region" => array( 'label' => __( "Crisis lines", 'trd-widget' ), 'help' => __( "Which crisis lines the widget shows besides your own.", 'trd-widget' ), 'kind' => 'choice', 'choices' => array( "" => __( "National lines and Colorado Crisis Services", 'trd-widget' ), "us" => __( "National lines only", 'trd-widget' ) ) ),
		"crisis-line-1" => array( 'label' => __( "Extra crisis line 1 (Label | number, sms:number or https://)", 'trd-widget' ), 'help' => __( "One of your own crisis lines, shown before 911: a name, then a number to call, sms: and a number to text, or an https:// address.", 'trd-widget' ), 'kind' => 'crisis-line' ),
		"crisis-line-2" => array( 'label' => __( "Extra crisis line 2", 'trd-widget' ), 'help' => __( "As line 1.", 'trd-widget' ), 'kind' => 'crisis-line' ),
		"crisis-line-3" => array( 'label' => __( "Extra crisis line 3", 'trd-widget' ), 'help' => __( "As line 1.", 'trd-widget' ), 'kind' => 'crisis-line' ),
		"accent-color" => array( 'label' => __( "Accent colour (#145a8d)", 'trd-widget' ), 'help' => __( "Your colour; the widget picks the text colour on it so every text stays readable (4.5:1 or more).", 'trd-widget' ), 'kind' => 'colour' ),
		"start" => array( 'label' => __( "Opens at", 'trd-widget' ), 'help' => __( "Where the widget opens; it must be one of the offered sections.", 'trd-widget' ), 'kind' => 'choice', 'choices' => array( "" => __( "The introduction (or the first offered section)", 'trd-widget' ), "phq9" => __( "The first question", 'trd-widget' ), "staging" => __( "Treatment history", 'trd-widget' ), "learn" => __( "Explainers", 'trd-widget' ) ) ),
		"sections" => array( 'label' => __( "Sections (phq9, staging, learn)", 'trd-widget' ), 'help' => __( "Which parts are offered; none ticked means all three.", 'trd-widget' ), 'kind' => 'sections', 'choices' => array( "phq9" => __( "Symptom questions (PHQ-9)", 'trd-widget' ), "staging" => __( "Treatment history and staging", 'trd-widget' ), "learn" => __( "Explainers", 'trd-widget' ) ) ),
		"remember" => array( 'label' => __( "Offer to remember totals on the visitor's device (only if the visitor also chooses it)", 'trd-widget' ), 'help' => __( "Visitors may then keep their PHQ-9 totals in their own browser, and remove them at any time.", 'trd-widget' ), 'kind' => 'flag' ),
		"events" => array( 'label' => __( "Send events to the page (section names only)", 'trd-widget' ), 'help' => __( "For your analytics: events carry a section name, never an answer or a score.", 'trd-widget' ), 'kind' => 'flag' ),
		"theme" => array( 'label' => __( "Colours", 'trd-widget' ), 'help' => __( "Either way every text keeps a contrast of 4.5:1 or more.", 'trd-widget' ), 'kind' => 'choice', 'choices' => array( "" => __( "Light, always", 'trd-widget' ), "auto" => __( "Follow the visitor's light or dark setting", 'trd-widget' ) ) ),
	);
}

/** What shows before the widget loads, or if it cannot, by language (domain::crisis::FALLBACK). */
const TRD_WIDGET_FALLBACK = array(
	'en' => "If you are in crisis, call or text 988.",
	'es' => "Si está en crisis, llame o envíe un mensaje de texto al 988.",
);
// END generated

function trd_widget_register() {
	load_plugin_textdomain( 'trd-widget', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
	$script = plugins_url( 'widget/trd-widget.js', __FILE__ );
	if ( version_compare( get_bloginfo( 'version' ), '6.3', '>=' ) ) {
		// WordPress 6.3 and later write `defer` themselves.
		wp_register_script( 'trd-widget', $script, array(), TRD_WIDGET_VERSION, array( 'strategy' => 'defer', 'in_footer' => true ) );
	} else {
		wp_register_script( 'trd-widget', $script, array(), TRD_WIDGET_VERSION, true );
		// Before 6.3 the script element gets `defer` here, as the snippet has it.
		add_filter(
			'script_loader_tag',
			function ( $tag, $handle ) {
				return 'trd-widget' === $handle ? str_replace( ' src=', ' defer src=', $tag ) : $tag;
			},
			10,
			2
		);
	}
	register_block_type( __DIR__ . '/block', array( 'render_callback' => 'trd_widget_render_block' ) );
	// The block editor's words (languages/trd-widget-<locale>-<hash>.json).
	wp_set_script_translations( 'trd-widget-widget-editor-script', 'trd-widget', __DIR__ . '/languages' );
}
add_action( 'init', 'trd_widget_register' );

// The widget itself in the block editor, so the block shows it live.
add_action(
	'enqueue_block_editor_assets',
	function () {
		wp_enqueue_script( 'trd-widget' );
	}
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
	$fallback = TRD_WIDGET_FALLBACK[ $spanish ? 'es' : 'en' ];
	return $html . '>' . esc_html( $fallback ) . '</trd-widget>';
}

/** [trd_widget clinic_name="…"]: every option, underscores for hyphens. */
function trd_widget_shortcode( $attributes ) {
	$accepted = array();
	foreach ( TRD_WIDGET_OPTIONS as $name ) {
		$accepted[ str_replace( '-', '_', $name ) ] = '';
	}
	return trd_widget_markup( shortcode_atts( $accepted, is_array( $attributes ) ? $attributes : array(), 'trd_widget' ) );
}
add_shortcode( 'trd_widget', 'trd_widget_shortcode' );

function trd_widget_render_block( $attributes ) {
	return trd_widget_markup( $attributes );
}

// ---- Settings → Depression self-check: the clinic-wide defaults, with the
// real widget beside the form as a live preview.

/** What the settings page stores for one field, or null to store nothing. */
function trd_widget_clean_value( $field, $raw ) {
	$value = trim( sanitize_text_field( wp_unslash( (string) $raw ) ) );
	switch ( $field['kind'] ) {
		case 'choice':
			return isset( $field['choices'][ $value ] ) && '' !== $value ? $value : null;
		case 'flag':
			return '' !== $value ? 'true' : null;
		case 'colour':
			$colour = sanitize_hex_color( $value );
			// The widget's own blue is its default: nothing to store.
			return $colour && '#145a8d' !== strtolower( $colour ) ? strtolower( $colour ) : null;
		default:
			return '' !== $value ? $value : null;
	}
}

/** How a crisis line is reached, with the words staff see. */
function trd_widget_crisis_ways() {
	return array(
		'call' => __( 'Call', 'trd-widget' ),
		'text' => __( 'Text', 'trd-widget' ),
		'web'  => __( 'Website', 'trd-widget' ),
	);
}

/** "Label | sms:303…" as array( label, way, number or address ). */
function trd_widget_split_line( $value ) {
	$parts  = array_map( 'trim', explode( '|', (string) $value, 2 ) );
	$target = isset( $parts[1] ) ? $parts[1] : '';
	if ( 0 === stripos( $target, 'sms:' ) ) {
		return array( $parts[0], 'text', trim( substr( $target, 4 ) ) );
	}
	if ( 0 === stripos( $target, 'http' ) ) {
		return array( $parts[0], 'web', $target );
	}
	return array( $parts[0], 'call', $target );
}

/** The row's three fields as the widget's "Label | target", or null. */
function trd_widget_join_line( $row ) {
	$row    = is_array( $row ) ? $row : array();
	$label  = trim( str_replace( '|', ' ', sanitize_text_field( wp_unslash( isset( $row['label'] ) ? $row['label'] : '' ) ) ) );
	$way    = isset( $row['way'] ) ? sanitize_key( $row['way'] ) : 'call';
	$target = trim( sanitize_text_field( wp_unslash( isset( $row['target'] ) ? $row['target'] : '' ) ) );
	if ( '' === $label || '' === $target ) {
		return null;
	}
	return $label . ' | ' . ( 'text' === $way ? 'sms:' . $target : $target );
}

function trd_widget_sanitize_defaults( $input ) {
	$input = is_array( $input ) ? $input : array();
	$clean = array();
	foreach ( trd_widget_fields() as $name => $field ) {
		if ( 'sections' === $field['kind'] ) {
			$ticked = isset( $input[ $name ] ) && is_array( $input[ $name ] ) ? array_map( 'sanitize_key', $input[ $name ] ) : array();
			$chosen = array_values( array_intersect( array_keys( $field['choices'] ), $ticked ) );
			// None or all ticked: every section, the widget's default.
			if ( $chosen && count( $chosen ) < count( $field['choices'] ) ) {
				$clean[ $name ] = implode( ',', $chosen );
			}
			continue;
		}
		if ( 'crisis-line' === $field['kind'] ) {
			$line = trd_widget_join_line( isset( $input[ $name ] ) ? $input[ $name ] : array() );
			if ( null !== $line ) {
				$clean[ $name ] = $line;
			}
			continue;
		}
		$value = trd_widget_clean_value( $field, isset( $input[ $name ] ) ? $input[ $name ] : '' );
		if ( null !== $value ) {
			$clean[ $name ] = $value;
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
		$title = __( 'Depression self-check', 'trd-widget' );
		add_options_page( $title, $title, 'manage_options', 'trd-widget', 'trd_widget_settings_page' );
	}
);

// The widget (for the preview) and the script that feeds it, on this page only.
add_action(
	'admin_enqueue_scripts',
	function ( $hook ) {
		if ( 'settings_page_trd-widget' !== $hook ) {
			return;
		}
		wp_enqueue_script( 'trd-widget' );
		wp_enqueue_script( 'trd-widget-settings', plugins_url( 'admin/settings.js', __FILE__ ), array(), TRD_WIDGET_VERSION, true );
	}
);

/** One field of the settings form, labelled, with its help line. */
function trd_widget_field( $name, $field, $values ) {
	$id    = 'trd-widget-' . $name;
	$input = 'trd_widget_defaults[' . $name . ']';
	$help  = $id . '-help';
	$value = isset( $values[ $name ] ) ? (string) $values[ $name ] : '';
	echo '<tr><th scope="row">';
	if ( in_array( $field['kind'], array( 'sections', 'flag', 'crisis-line' ), true ) ) {
		echo esc_html( $field['label'] );
	} else {
		printf( '<label for="%s">%s</label>', esc_attr( $id ), esc_html( $field['label'] ) );
	}
	echo '</th><td>';
	switch ( $field['kind'] ) {
		case 'choice':
			printf( '<select id="%s" name="%s" data-option="%s" aria-describedby="%s">', esc_attr( $id ), esc_attr( $input ), esc_attr( $name ), esc_attr( $help ) );
			foreach ( $field['choices'] as $choice => $label ) {
				printf( '<option value="%s"%s>%s</option>', esc_attr( $choice ), selected( $value, $choice, false ), esc_html( $label ) );
			}
			echo '</select>';
			break;
		case 'colour':
			printf( '<input type="color" id="%s" name="%s" data-option="%s" aria-describedby="%s %s-contrast" value="%s">', esc_attr( $id ), esc_attr( $input ), esc_attr( $name ), esc_attr( $help ), esc_attr( $id ), esc_attr( '' !== $value ? $value : '#145a8d' ) );
			/* translators: %s: a contrast ratio such as 7.2 */
			printf( ' <span id="%s-contrast" data-contrast="%s" aria-live="polite"></span>', esc_attr( $id ), esc_attr__( 'Text on this colour in the widget: %s to 1', 'trd-widget' ) );
			break;
		case 'flag':
			printf( '<label><input type="checkbox" id="%s" name="%s" value="true" data-option="%s" aria-describedby="%s"%s> %s</label>', esc_attr( $id ), esc_attr( $input ), esc_attr( $name ), esc_attr( $help ), checked( '' !== $value, true, false ), esc_html( $field['label'] ) );
			break;
		case 'crisis-line':
			list( $label, $way, $target ) = trd_widget_split_line( $value );
			printf( '<fieldset data-option="%s" data-kind="crisis-line" aria-describedby="%s"><legend class="screen-reader-text">%s</legend>', esc_attr( $name ), esc_attr( $help ), esc_html( $field['label'] ) );
			printf( '<label>%s <input type="text" name="%s[label]" value="%s" data-part="label"></label> ', esc_html__( 'Name', 'trd-widget' ), esc_attr( $input ), esc_attr( $label ) );
			printf( '<label>%s <select name="%s[way]" data-part="way">', esc_html__( 'How', 'trd-widget' ), esc_attr( $input ) );
			foreach ( trd_widget_crisis_ways() as $key => $words ) {
				printf( '<option value="%s"%s>%s</option>', esc_attr( $key ), selected( $way, $key, false ), esc_html( $words ) );
			}
			echo '</select></label> ';
			printf( '<label>%s <input type="text" name="%s[target]" value="%s" data-part="target"></label>', esc_html__( 'Number or address', 'trd-widget' ), esc_attr( $input ), esc_attr( $target ) );
			echo '</fieldset>';
			break;
		case 'sections':
			$chosen = '' !== $value ? explode( ',', $value ) : array_keys( $field['choices'] );
			printf( '<fieldset data-option="%s" aria-describedby="%s"><legend class="screen-reader-text">%s</legend>', esc_attr( $name ), esc_attr( $help ), esc_html( $field['label'] ) );
			foreach ( $field['choices'] as $section => $label ) {
				printf( '<label><input type="checkbox" name="%s[]" value="%s"%s> %s</label><br>', esc_attr( $input ), esc_attr( $section ), checked( in_array( $section, $chosen, true ), true, false ), esc_html( $label ) );
			}
			echo '</fieldset>';
			break;
		default:
			printf( '<input type="text" class="regular-text" id="%s" name="%s" data-option="%s" aria-describedby="%s" value="%s">', esc_attr( $id ), esc_attr( $input ), esc_attr( $name ), esc_attr( $help ), esc_attr( $value ) );
	}
	printf( '<p class="description" id="%s">%s</p>', esc_attr( $help ), esc_html( $field['help'] ) );
	// What the widget says about this value (TrdWidget.check, admin/settings.js).
	printf( '<p class="trd-widget-problem" data-problem-for="%s" aria-live="polite" style="color:#b32d2e"></p></td></tr>', esc_attr( $name ) );
}

function trd_widget_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$values = (array) get_option( 'trd_widget_defaults', array() );
	echo '<div class="wrap"><h1>' . esc_html__( 'Depression self-check', 'trd-widget' ) . '</h1>';
	echo '<p>' . esc_html__( 'Defaults for every [trd_widget] shortcode and every Depression self-check block on this site. A shortcode or block can still set its own value. The preview shows the real widget with what the form says; the widget itself checks every value and says in the browser console what it did not accept.', 'trd-widget' ) . '</p>';
	echo '<div style="display:flex;flex-wrap:wrap;gap:2em;align-items:flex-start">';
	echo '<form method="post" action="options.php" style="flex:1 1 28em">';
	settings_fields( 'trd_widget' );
	echo '<table class="form-table" role="presentation">';
	foreach ( trd_widget_fields() as $name => $field ) {
		trd_widget_field( $name, $field, $values );
	}
	echo '</table>';
	submit_button();
	echo '</form>';
	echo '<section style="flex:1 1 22em;max-width:40em" aria-labelledby="trd-widget-preview-title"><h2 id="trd-widget-preview-title">' . esc_html__( 'Preview', 'trd-widget' ) . '</h2>';
	echo '<trd-widget id="trd-widget-preview">' . esc_html( TRD_WIDGET_FALLBACK[ 0 === strpos( get_user_locale(), 'es' ) ? 'es' : 'en' ] ) . '</trd-widget></section>';
	echo '</div></div>';
}
