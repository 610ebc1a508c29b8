#!/usr/bin/env bash
# One entry point for a fresh machine: ./dev.sh demo | ./dev.sh test [pytest args]
# Creates .venv, installs the package (and for tests Debian's chromium and virtuoso-opensource), then runs.
set -euo pipefail
cd "$(dirname "$0")"
cmd="${1:-}"; shift || true
PY="${PYTHON:-python3}"

ensure_venv() {
  if [ ! -x .venv/bin/python ]; then "$PY" -m venv .venv; fi
  local extra="$1" stamp=".venv/.installed-$1"
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    .venv/bin/python -m pip install -q --upgrade pip
    if [ "$extra" = "test" ]; then .venv/bin/python -m pip install -q -e '.[test]'; else .venv/bin/python -m pip install -q -e .; fi
    touch "$stamp"
  fi
}

ensure_chromium() {
  command -v chromium >/dev/null 2>&1 && return 0
  local sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  echo "installing Debian's chromium for the browser test" >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
}

ensure_virtuoso() {
  # For the remote-store test against Virtuoso; the test skips (saying why) if this fails.
  command -v virtuoso-t >/dev/null 2>&1 && return 0
  local sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  echo "installing Debian's virtuoso-opensource for the remote-store test" >&2
  if ! { DEBIAN_FRONTEND=noninteractive $sudo apt-get update -qq &&
         DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq virtuoso-opensource >/dev/null; }; then
    echo "could not install virtuoso-opensource: the Virtuoso test will be skipped" >&2
  fi
}

case "$cmd" in
  demo)
    ensure_venv main
    exec .venv/bin/kg demo "$@" ;;
  test)
    ensure_venv test
    ensure_chromium
    ensure_virtuoso
    exec .venv/bin/python -m pytest "$@" ;;
  *)
    echo "usage: ./dev.sh demo | ./dev.sh test [pytest args]" >&2; exit 2 ;;
esac
