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
# with the standard library's sources, which it compiles, and the wasm32 target, which
# `wasm-pack build` checks for (it would otherwise add it itself). About 20 s.
nightly=$(awk '$1 == "WASM_NIGHTLY" { print $3 }' Makefile)
if ! rustup component list --installed --toolchain "$nightly" 2>/dev/null | grep -q '^rust-src' \
  || ! rustup target list --installed --toolchain "$nightly" 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "installing Rust $nightly with rust-src and the wasm32 target"
  rustup toolchain install "$nightly" --profile minimal --component rust-src --target wasm32-unknown-unknown
fi

# wasm-pack builds the shipped module and runs the browser tests; the Makefile runs it with
# --mode no-install, so it uses the tools installed here and downloads nothing. About 2 min.
wasm_pack=0.15.1
if [ "$(wasm-pack --version 2>/dev/null | awk '{ print $2 }' || true)" != "$wasm_pack" ]; then
  say "installing wasm-pack $wasm_pack"
  cargo install wasm-pack --version "$wasm_pack" --locked
fi

# The wasm-bindgen CLI must be exactly the wasm-bindgen version in Cargo.lock.
want=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ "$have" != "$want" ]; then
  say "installing wasm-bindgen-cli $want (found '${have:-none}')"
  # Not --locked: one of its locked dependency pins cannot be met on this registry.
  cargo install wasm-bindgen-cli --version "$want"
fi

# Debian's Chromium and Firefox ESR with their drivers, for the browser tests
# (VERBATIM_NO_BROWSER=1 skips them where only the site is built, as the Pages workflow
# does). Firefox's driver, geckodriver, is not packaged by Debian: it is built from
# crates.io (about 1 min).
if [ -z "${VERBATIM_NO_BROWSER:-}" ]; then
  missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  command -v firefox-esr >/dev/null || missing+=(firefox-esr)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]}"
    sudo=""
    [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "${missing[@]}"
  fi
  geckodriver=0.37.1
  if [ "$(geckodriver --version 2>/dev/null | awk 'NR == 1 { print $2 }' || true)" != "$geckodriver" ]; then
    say "installing geckodriver $geckodriver"
    cargo install geckodriver --version "$geckodriver" --locked
  fi
fi

# The browser test driver and the wasm optimiser, exactly as package-lock.json pins them.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm dev tools"
  npm ci --no-audit --no-fund
fi
