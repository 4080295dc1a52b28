<?php
/**
 * Deleting the plugin (Plugins → Delete) removes what it stored: the
 * clinic-wide defaults. Visitors' own browsers hold anything they chose to
 * remember; the site never had it.
 */
defined( 'WP_UNINSTALL_PLUGIN' ) || exit;
delete_option( 'trd_widget_defaults' );
