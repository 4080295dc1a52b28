<?php
/**
 * Sets up the test WordPress on 127.0.0.1:8081 from the command line:
 * installs the site once, activates the default block theme and the
 * plugin, creates an Author and an Editor, and writes, as each of them
 * (so WordPress's HTML filter applies as it would in the editor), a page
 * with the shortcode and a page with the block. Prints the pages as JSON.
 *
 *   php provision.php target/wordpress/site   (scripts/wordpress.sh runs it)
 */
$_SERVER['HTTP_HOST']   = '127.0.0.1:8081';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
// Installing mode: wp-load does not redirect to install.php on a fresh
// database, and plugins are not loaded here (pages are stored as text).
define( 'WP_INSTALLING', true );
require $argv[1] . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

// No mail server here: do not try to send the install email.
add_filter( 'pre_wp_mail', '__return_false' );
if ( ! is_blog_installed() ) {
	wp_install( 'Lyman Support Centers (test)', 'admin', 'admin@example.test', true, '', 'admin-password-1' );
}
update_option( 'siteurl', 'http://127.0.0.1:8081' );
update_option( 'home', 'http://127.0.0.1:8081' );
update_option( 'permalink_structure', '' );
switch_theme( 'twentytwentythree' );
$activated = activate_plugin( 'trd-widget/trd-widget.php' );
if ( is_wp_error( $activated ) ) {
	fwrite( STDERR, 'plugin: ' . $activated->get_error_message() . "\n" );
	exit( 1 );
}

function trd_user( $login, $role ) {
	$user = get_user_by( 'login', $login );
	if ( $user ) {
		return $user->ID;
	}
	return wp_insert_user(
		array(
			'user_login' => $login,
			'user_pass'  => $login . '-password-1',
			'user_email' => $login . '@example.test',
			'role'       => $role,
		)
	);
}

/** Saves a page as `$user_id`, with that user's HTML filtering. */
function trd_page( $user_id, $title, $content ) {
	wp_set_current_user( $user_id );
	kses_remove_filters();
	kses_init();
	foreach ( get_posts( array( 'post_type' => 'page', 'title' => $title, 'post_status' => 'any', 'numberposts' => -1 ) ) as $old ) {
		wp_delete_post( $old->ID, true );
	}
	$id = wp_insert_post(
		array(
			'post_type'    => 'page',
			'post_status'  => 'publish',
			'post_title'   => $title,
			'post_content' => $content,
			'post_author'  => $user_id,
		)
	);
	$saved = get_post( $id );
	return array(
		'url'     => home_url( '/?page_id=' . $id ),
		'saved'   => $saved->post_content,
		'can_unfiltered_html' => current_user_can( 'unfiltered_html' ),
	);
}

$author = trd_user( 'author', 'author' );
$editor = trd_user( 'editor', 'editor' );
// An Administrator who works in Spanish (es_MX): the plugin's own words
// come from its languages/ folder (WordPress's own stay English here: no
// core language pack is installed).
$gestora = trd_user( 'gestora', 'administrator' );
update_user_meta( $gestora, 'locale', 'es_MX' );
update_user_meta( $gestora, $GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
// The block editor's welcome guide would open over the editor at a moment
// of its own choosing; the Editor has seen it (the test does not race it).
foreach ( array( $author, $editor, get_user_by( 'login', 'admin' )->ID ) as $seen_guide ) {
	update_user_meta( $seen_guide, $GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
}
delete_option( 'trd_widget_defaults' );
update_option( 'trd_widget_defaults', array( 'clinic-phone' => '(303) 591-1960' ) );

$pages = array(
	'shortcode' => trd_page( $author, 'Self-check (shortcode)', "<p>Our self-check, in Spanish:</p>\n[trd_widget lang=\"es\" clinic_name=\"Lyman Support Centers\" crisis_line_1=\"Denver Health | (303) 602-7221\"]" ),
	'block'     => trd_page( $editor, 'Self-check (block)', "<!-- wp:paragraph -->\n<p>Our self-check:</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:trd-widget/widget {\"lang\":\"en\",\"clinicName\":\"Lyman Support Centers\",\"crisisLine1\":\"Denver Health | (303) 602-7221\"} /-->\n\n<!-- wp:trd-widget/widget {\"lang\":\"es\",\"sections\":\"learn\",\"theme\":\"auto\",\"remember\":\"true\"} /-->" ),
	'block_es'  => trd_page( $gestora, 'Autoevaluación (bloque)', "<!-- wp:trd-widget/widget {\"lang\":\"es\",\"clinicName\":\"Lyman Support Centers\"} /-->" ),
	'raw'       => trd_page( $author, 'Self-check (raw HTML)', '<script src="/wp-content/plugins/trd-widget/widget/trd-widget.js" defer></script><trd-widget lang="en">If you are in crisis, call or text 988.</trd-widget>' ),
);
echo wp_json_encode( $pages, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES ), "\n";
