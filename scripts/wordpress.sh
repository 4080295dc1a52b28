#!/usr/bin/env bash
# A real WordPress for the end-to-end tests, from Debian's packages, on
# http://127.0.0.1:8081/ (loopback only): MariaDB and Apache with mod_php
# started if they are not running, the site and its test pages provisioned
# by tests/e2e/wordpress/provision.php, and the plugin built by
# scripts/wordpress-plugin.mjs installed fresh. Idempotent; needs root (CI
# and these machines run as root). The packages come from scripts/setup.sh.
#
#   scripts/wordpress.sh   # prints the test pages as JSON on stdout (and to target/wordpress.json)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
say() { printf '\033[1mwordpress:\033[0m %s\n' "$*" >&2; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if [ ! -f "$ROOT/dist/wordpress/trd-widget/trd-widget.php" ]; then
  echo "wordpress: dist/wordpress/trd-widget is missing; run \`make build\` first." >&2
  exit 1
fi

# MariaDB.
if ! mysqladmin ping >/dev/null 2>&1; then
  say "starting MariaDB"
  as_root service mariadb start >/dev/null
  for _ in $(seq 1 30); do mysqladmin ping >/dev/null 2>&1 && break; sleep 0.5; done
fi
as_root mysql -e "CREATE DATABASE IF NOT EXISTS trdwp; CREATE USER IF NOT EXISTS 'trdwp'@'localhost' IDENTIFIED BY 'trdwp-password-1'; GRANT ALL ON trdwp.* TO 'trdwp'@'localhost'; FLUSH PRIVILEGES;"

# WordPress's per-host config (Debian looks up /etc/wordpress/config-<host>.php).
as_root tee /etc/wordpress/config-127.0.0.1.php >/dev/null <<'PHP'
<?php
define( 'DB_NAME', 'trdwp' );
define( 'DB_USER', 'trdwp' );
define( 'DB_PASSWORD', 'trdwp-password-1' );
define( 'DB_HOST', 'localhost' );
define( 'WP_CONTENT_DIR', '/var/lib/wordpress/wp-content' );
define( 'WP_HOME', 'http://127.0.0.1:8081' );
define( 'WP_SITEURL', 'http://127.0.0.1:8081' );
// As many managed hosts set it: nobody may save raw HTML with scripts.
define( 'DISALLOW_UNFILTERED_HTML', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
$table_prefix = 'wp_';
PHP

# Apache on 127.0.0.1:8081 only.
as_root tee /etc/apache2/sites-available/trd-wordpress.conf >/dev/null <<'CONF'
Listen 127.0.0.1:8081
<VirtualHost 127.0.0.1:8081>
  DocumentRoot /usr/share/wordpress
  Alias /wp-content /var/lib/wordpress/wp-content
  <Directory /usr/share/wordpress>
    Options FollowSymLinks
    AllowOverride Limit Options FileInfo
    DirectoryIndex index.php
    AcceptPathInfo On
    Require all granted
  </Directory>
  <Directory /var/lib/wordpress/wp-content>
    Options FollowSymLinks
    Require all granted
  </Directory>
</VirtualHost>
CONF
as_root a2ensite -q trd-wordpress >/dev/null
# The default site on port 80 is not needed.
as_root a2dissite -q 000-default >/dev/null 2>&1 || true
as_root sed -i 's/^Listen 80$/# Listen 80 (disabled by trd-widget tests)/' /etc/apache2/ports.conf
pid=/var/run/apache2/apache2.pid
if [ -f "$pid" ] && as_root kill -0 "$(cat "$pid")" 2>/dev/null; then
  as_root apache2ctl graceful >/dev/null 2>&1
else
  say "starting Apache"
  as_root service apache2 start >/dev/null
fi

# The plugin, fresh from this build.
as_root rm -rf /var/lib/wordpress/wp-content/plugins/trd-widget
as_root cp -r "$ROOT/dist/wordpress/trd-widget" /var/lib/wordpress/wp-content/plugins/trd-widget

node -e '
const until = Date.now() + 15000;
(async function wait() {
  try { await fetch("http://127.0.0.1:8081/wp-login.php"); }
  catch { if (Date.now() > until) { console.error("wordpress: Apache did not answer on 127.0.0.1:8081"); process.exit(1); } setTimeout(wait, 300); }
})();'
mkdir -p "$ROOT/target"
as_root php "$ROOT/tests/e2e/wordpress/provision.php" | tee "$ROOT/target/wordpress.json"
