#!/usr/bin/env bash
# What the Python package and its Spark job (python/) need on a Debian machine, skipping
# whatever is already there: Java for Spark (Debian's openjdk-17-jre-headless), and a
# virtual environment in .venv (Debian's pip is externally managed) with pyspark and
# maturin from PyPI. `make test-spark`, `make bench-spark` and `make wheel` start here.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '==> %s\n' "$*"; }
sudo=""
[ "$(id -u)" = 0 ] || sudo=sudo
apt_updated=""
apt_install() {
  [ -n "$apt_updated" ] || { $sudo apt-get update -q; apt_updated=1; }
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "$@"
}

# Spark 3.5 runs on Java 8, 11 or 17.
if ! java -version 2>&1 | grep -Eq 'version "(1\.8|11|17)[."]'; then
  say "installing openjdk-17-jre-headless"
  apt_install openjdk-17-jre-headless
fi

# Debian's python3 makes virtual environments only with python3-venv (ensurepip).
if [ ! -x .venv/bin/python ]; then
  if ! python3 -c 'import ensurepip' 2>/dev/null; then
    say "installing python3-venv"
    apt_install python3-venv
  fi
  say "making the virtual environment .venv"
  python3 -m venv .venv
fi
if ! .venv/bin/python -c 'import pyspark, maturin' 2>/dev/null; then
  say "installing pyspark and maturin into .venv"
  .venv/bin/pip install --quiet --disable-pip-version-check "pyspark==3.5.*" "maturin>=1.5,<2"
fi
