#!/usr/bin/env bash
# A real WordPress for the end-to-end tests, from Debian's packages, run
# entirely from target/wordpress/ on http://127.0.0.1:8081/ (loopback only).
# Nothing outside target/ is written: no file under /etc, no system service
# started or reconfigured.
#
#   scripts/wordpress.sh start   # prints the test pages as JSON on stdout (and to target/wordpress.json)
#   scripts/wordpress.sh stop    # stops what `start` started (also safe when nothing runs)
#
# What `start` runs:
# - MariaDB (Debian's mariadbd) with its own data folder and socket under
#   target/wordpress/db, no TCP port;
# - a copy of Debian's WordPress tree (/usr/share/wordpress) with its own
#   wp-config.php and wp-content, served by PHP's built-in web server with
#   four workers. Not Apache: started as root (as CI runs), Apache must hand
#   its workers to an unprivileged user, who cannot read a checkout under a
#   private folder (mktemp -d is 0700); PHP's server runs as whoever runs
#   the tests, from the project's own folder. The PHP and the WordPress are
#   Debian's, as before;
# - the plugin built by scripts/wordpress-plugin.mjs, installed fresh, and
#   the site and its test pages provisioned by tests/e2e/wordpress/provision.php.
# The packages come from scripts/setup.sh.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WP="$ROOT/target/wordpress"
SITE="$WP/site"
DB="$WP/db"
SOCK="$WP/mysqld.sock"
PORT=8081
say() { printf '\033[1mwordpress:\033[0m %s\n' "$*" >&2; }

# Each server runs in a process group of its own (setsid), so stopping the
# group also stops PHP's workers.
stop() {
  for pidfile in "$WP/php.pid" "$WP/mysqld.pid"; do
    [ -f "$pidfile" ] || continue
    pid=$(cat "$pidfile")
    if kill -0 "$pid" 2>/dev/null; then
      kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -9 -- "-$pid" 2>/dev/null || true
    fi
    rm -f "$pidfile"
  done
}

start() {
  if [ ! -f "$ROOT/dist/wordpress/trd-widget/trd-widget.php" ]; then
    echo "wordpress: dist/wordpress/trd-widget is missing; run \`make build\` first." >&2
    exit 1
  fi
  stop
  if node -e 'require("net").connect('"$PORT"', "127.0.0.1").on("connect", () => process.exit(0)).on("error", () => process.exit(1))'; then
    echo "wordpress: port $PORT is taken by another program; stop it and run again." >&2
    exit 1
  fi
  rm -rf "$WP"
  mkdir -p "$WP"

  say "MariaDB in target/wordpress/db"
  mariadb-install-db --no-defaults --datadir="$DB" --user="$(id -un)" \
    --auth-root-authentication-method=normal --skip-test-db >"$WP/mariadb-install.log" 2>&1
  setsid mariadbd --no-defaults --datadir="$DB" --socket="$SOCK" --skip-networking \
    --pid-file="$WP/mysqld.pid" --log-error="$WP/mysqld.log" --user="$(id -un)" >/dev/null 2>&1 &
  for _ in $(seq 1 100); do
    mariadb-admin --no-defaults --socket="$SOCK" -uroot ping >/dev/null 2>&1 && break
    sleep 0.1
  done
  mariadb --no-defaults --socket="$SOCK" -uroot -e \
    "CREATE DATABASE trdwp; CREATE USER 'trdwp'@'localhost' IDENTIFIED BY 'trdwp-password-1'; GRANT ALL ON trdwp.* TO 'trdwp'@'localhost';"

  say "WordPress in target/wordpress/site"
  cp -r /usr/share/wordpress "$SITE"
  # Debian's wp-config.php reads /etc/wordpress; this copy has its own.
  rm -f "$SITE/.htaccess" "$SITE/wp-config.php"
  cat >"$SITE/wp-config.php" <<PHP
<?php
define( 'DB_NAME', 'trdwp' );
define( 'DB_USER', 'trdwp' );
define( 'DB_PASSWORD', 'trdwp-password-1' );
define( 'DB_HOST', 'localhost:$SOCK' );
define( 'WP_HOME', 'http://127.0.0.1:$PORT' );
define( 'WP_SITEURL', 'http://127.0.0.1:$PORT' );
// As many managed hosts set it: nobody may save raw HTML with scripts.
define( 'DISALLOW_UNFILTERED_HTML', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
\$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
PHP
  cp -r "$ROOT/dist/wordpress/trd-widget" "$SITE/wp-content/plugins/trd-widget"

  PHP_CLI_SERVER_WORKERS=4 setsid php -S "127.0.0.1:$PORT" -t "$SITE" >"$WP/php.log" 2>&1 &
  echo $! >"$WP/php.pid"
  node -e '
const until = Date.now() + 15000;
(async function wait() {
  try { await fetch("http://127.0.0.1:'"$PORT"'/wp-login.php"); }
  catch { if (Date.now() > until) { console.error("wordpress: PHP did not answer on 127.0.0.1:'"$PORT"'"); process.exit(1); } setTimeout(wait, 200); }
})();'
  php "$ROOT/tests/e2e/wordpress/provision.php" "$SITE" | tee "$ROOT/target/wordpress.json"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: scripts/wordpress.sh start|stop" >&2; exit 2 ;;
esac
