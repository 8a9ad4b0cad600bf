#!/usr/bin/env bash
# Installs what building and testing Verbatim needs on a Debian machine with Rust, Node and
# apt, and skips whatever is already there, so running it twice costs nothing.
# `make serve`, `make test` and CI (.ci/run) all start here: one setup, no drift.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
say() { printf '==> %s\n' "$*"; }

# Rust's WebAssembly target, and the linters `make test` runs.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  rustup component list --installed | grep -q "^$component" || rustup component add "$component"
done

# The pinned nightly the shipped module is built with (the Makefile's WASM_NIGHTLY and why),
# with the standard library's sources, which it compiles. About 15 s.
nightly=$(awk '$1 == "WASM_NIGHTLY" { print $3 }' Makefile)
if ! rustup component list --installed --toolchain "$nightly" 2>/dev/null | grep -q '^rust-src'; then
  say "installing Rust $nightly with rust-src"
  rustup toolchain install "$nightly" --profile minimal --component rust-src
fi

# The wasm-bindgen CLI must be exactly the wasm-bindgen version in Cargo.lock.
want=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ "$have" != "$want" ]; then
  say "installing wasm-bindgen-cli $want (found '${have:-none}')"
  # Not --locked: one of its locked dependency pins cannot be met on this registry.
  cargo install wasm-bindgen-cli --version "$want"
fi

# Debian's Chromium and its driver, for the browser tests (VERBATIM_NO_BROWSER=1 skips them
# where only the site is built, as the Pages workflow does).
if [ -z "${VERBATIM_NO_BROWSER:-}" ] && ! { command -v chromium >/dev/null && command -v chromedriver >/dev/null; }; then
  say "installing chromium and chromium-driver"
  sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q chromium chromium-driver
fi

# The browser test driver and the wasm optimiser, exactly as package-lock.json pins them.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm dev tools"
  npm ci --no-audit --no-fund
fi
