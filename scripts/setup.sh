#!/usr/bin/env bash
# Installs what the build and the tests need, from the package registries
# only (crates.io, npm, Debian apt), and skips whatever is already there at
# the right version. Safe to run any number of times.
#
#   scripts/setup.sh build   # what `make demo` needs: Rust wasm target, wasm-bindgen-cli, wasm-split-cli, trunk, Node packages, zip
#   scripts/setup.sh test    # all of the above, plus leptosfmt, cargo-deny, Chromium and ChromeDriver,
#                            # WebKitGTK's driver and Firefox ESR with Xvfb, and a real WordPress
#                            # (wordpress, its default block theme, PHP, MariaDB) for the plugin's e2e tests
#
# Versions: see ../shared/toolchain.md. wasm-bindgen-cli must equal the
# wasm-bindgen crate in Cargo.toml exactly; trunk 0.21.14 is the last that
# builds with rustc 1.95; wasm-opt comes from npm's binaryen 132 (Debian's 108
# cannot read wasm-bindgen 0.2.130 output).
set -euo pipefail

RUST_VERSION=1.95.0  # also in rust-toolchain.toml
WASM_BINDGEN_VERSION=0.2.130
TRUNK_VERSION=0.21.14
LEPTOSFMT_VERSION=0.1.33
CARGO_DENY_VERSION=0.20.2
# The splitter behind `make build` (scripts/build-split.mjs): it reads
# wasm-bindgen's internals, so it is pinned with wasm-bindgen.
WASM_SPLIT_VERSION=0.2.4
# The outside validator of the FHIR export (make test-fhir).
FHIR_RESOURCES_VERSION=8.3.0
MODE=${1:-test}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

export PATH="$HOME/.cargo/bin:$PATH"

apt_updated=0
apt_install() {
  if [ "$apt_updated" -eq 0 ]; then
    say "apt-get update"
    as_root apt-get update -qq
    apt_updated=1
  fi
  say "apt-get install $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# Rust: rust-toolchain.toml pins $RUST_VERSION with clippy, rustfmt and the
# wasm target (clippy runs with -D warnings, and trunk 0.21.14 needs this
# rustc). rustup's own downloads are not reachable here, so when the
# machine's default toolchain already is $RUST_VERSION it is made known
# under that name (a symlink in ~/.rustup/toolchains, nothing system-wide);
# elsewhere rustup installs it.
if ! have cargo || ! have rustup; then
  echo "setup: cargo and rustup are required (this project builds with Rust $RUST_VERSION through rustup)." >&2
  exit 1
fi
if ! rustup toolchain list | grep -q "^$RUST_VERSION-"; then
  default_version=$(cd / && rustc --version | awk '{print $2}')
  if [ "$default_version" = "$RUST_VERSION" ]; then
    if ! (cd / && rustup target list --installed) | grep -qx wasm32-unknown-unknown; then
      say "rustup target add wasm32-unknown-unknown"
      (cd / && rustup target add wasm32-unknown-unknown)
    fi
    # `rustup toolchain link` refuses release names, so the default
    # toolchain's folder is given the release's name (a symlink beside it).
    host=$(cd / && rustc -vV | sed -n 's/^host: //p')
    sysroot=$(cd / && rustc --print sysroot)
    say "~/.rustup/toolchains/$RUST_VERSION-$host -> $sysroot (the default toolchain is $RUST_VERSION)"
    ln -sfn "$sysroot" "$(dirname "$sysroot")/$RUST_VERSION-$host"
  else
    say "rustup toolchain install $RUST_VERSION"
    rustup toolchain install "$RUST_VERSION" --profile minimal -c clippy,rustfmt -t wasm32-unknown-unknown
  fi
fi
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# Node.js and npm (for wasm-opt, Playwright and axe-core); zip for the
# WordPress plugin's archive.
missing=()
have node || missing+=(nodejs)
have npm || missing+=(npm)
have zip || missing+=(zip)
if [ ${#missing[@]} -gt 0 ]; then
  apt_install "${missing[@]}"
fi

# wasm-bindgen-cli, exactly the crate's version. Not --locked: its lockfile
# wants webpki-roots 1.0.11, which the registry mirror here does not have
# (tried again 2026-12-05: "failed to select a version ... locked to 1.0.11").
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  say "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# wasm-split-cli, pinned. It prints no version, so cargo's list of
# installed packages tells.
if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  say "cargo install wasm_split_cli_support $WASM_SPLIT_VERSION (about 2 minutes)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked --force
fi

# trunk, pinned (0.22 needs a newer rustc).
if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  say "cargo install trunk $TRUNK_VERSION (about 9 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --force
fi

# Node packages from the lockfile; reinstalled only when the lockfile changes.
stamp=node_modules/.package-lock.sha256
want=$(sha256sum package-lock.json | awk '{print $1}')
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  say "npm ci (wasm-opt, Playwright, axe-core; no browser download)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
  echo "$want" >"$stamp"
fi

if [ "$MODE" = test ]; then
  # leptosfmt formats the markup inside view! (rustfmt leaves it alone);
  # `make lint` checks it.
  if [ "$(leptosfmt --version 2>/dev/null | awk '{print $2}')" != "$LEPTOSFMT_VERSION" ]; then
    say "cargo install leptosfmt $LEPTOSFMT_VERSION (about 2 minutes)"
    cargo install leptosfmt --version "$LEPTOSFMT_VERSION" --locked --force
  fi
  # cargo-deny checks the licences, bans and sources of every dependency.
  if [ "$(cargo-deny --version 2>/dev/null | awk '{print $2}')" != "$CARGO_DENY_VERSION" ]; then
    say "cargo install cargo-deny $CARGO_DENY_VERSION (about 5 minutes)"
    cargo install cargo-deny --version "$CARGO_DENY_VERSION" --locked --force
  fi
  # Debian's browsers: Chromium and its driver; Safari's engine (WebKitGTK's
  # WebKitWebDriver and MiniBrowser, under a virtual display) and Firefox
  # ESR for tests/engines/. Browsers cannot be downloaded here.
  missing=()
  have chromium || missing+=(chromium)
  have chromedriver || missing+=(chromium-driver)
  have firefox-esr || missing+=(firefox-esr)
  have WebKitWebDriver || missing+=(webkit2gtk-driver)
  have xvfb-run || missing+=(xvfb)
  have xauth || missing+=(xauth)
  if [ ${#missing[@]} -gt 0 ]; then
    apt_install "${missing[@]}"
  fi
  # WordPress, PHP and MariaDB from Debian's packages (scripts/wordpress.sh
  # runs them from target/wordpress/; nothing is configured system-wide).
  wp=()
  for pkg in wordpress wordpress-theme-twentytwentythree mariadb-server php-cli php-mysql; do
    dpkg -s "$pkg" >/dev/null 2>&1 || wp+=("$pkg")
  done
  if [ ${#wp[@]} -gt 0 ]; then
    apt_install "${wp[@]}"
  fi
  # The outside FHIR validator (fhir.resources from PyPI, R4B models) in a
  # virtual environment of its own under ~/.cache, nothing system-wide.
  fhir_venv="$HOME/.cache/trd-widget/fhir-venv"
  if ! "$fhir_venv/bin/python" -c "import fhir.resources, sys; sys.exit(fhir.resources.__version__ != '$FHIR_RESOURCES_VERSION')" 2>/dev/null; then
    have python3 || apt_install python3 python3-venv
    python3 -c "import ensurepip" 2>/dev/null || apt_install python3-venv
    say "pip install fhir.resources $FHIR_RESOURCES_VERSION (in $fhir_venv)"
    rm -rf "$fhir_venv"
    python3 -m venv "$fhir_venv"
    "$fhir_venv/bin/pip" install --quiet --disable-pip-version-check "fhir.resources==$FHIR_RESOURCES_VERSION"
  fi
  chromium_v=$(chromium --version 2>/dev/null | grep -oE '[0-9]+' | head -1)
  driver_v=$(chromedriver --version 2>/dev/null | grep -oE '[0-9]+' | head -1)
  if [ "$chromium_v" != "$driver_v" ]; then
    say "Chromium $chromium_v and ChromeDriver $driver_v differ; upgrading both"
    apt_install chromium chromium-driver
  fi
fi

say "ready ($(trunk --version), wasm-bindgen $(wasm-bindgen --version | awk '{print $2}'), node $(node --version)$([ "$MODE" = test ] && echo ", $(chromium --version)"))"
