#!/usr/bin/env bash
# Download the wheels that tests/pyodide/run_pytest.mjs loads into Pyodide (pytest, hypothesis,
# msgpack, ...), as pinned in tests/pyodide/wheels.txt, into a cache directory.
#
# Usage: bash scripts/fetch_test_wheels.sh
#   PYODIDE_TEST_WHEELS  cache dir (default: ${XDG_CACHE_HOME:-$HOME/.cache}/flet-pwa/pyodide-test-wheels)
#   PYTHON               interpreter whose pip downloads (default: .venv/bin/python, else python3)
#
# Idempotent: when every pinned wheel is already in the cache, nothing is downloaded.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PINS="$ROOT/tests/pyodide/wheels.txt"
CACHE=${PYODIDE_TEST_WHEELS:-${XDG_CACHE_HOME:-$HOME/.cache}/flet-pwa/pyodide-test-wheels}
# Pyodide 314.0.7 runs Python 3.14; its wheel platform tag (pure wheels match too).
PY_VERSION=3.14
PLATFORM=pyemscripten_2026_0_wasm32

if [[ -z "${PYTHON:-}" ]]; then
  if [[ -x "$ROOT/.venv/bin/python" ]]; then PYTHON="$ROOT/.venv/bin/python"; else PYTHON=python3; fi
fi

# "name==version" lines of the pin file, without comments and blank lines.
pins() { sed -e 's/#.*//' -e 's/[[:space:]]//g' "$PINS" | grep -v '^$'; }

# Wheel file names use the normalized project name: lowercase, runs of -_. become "_".
wheel_prefix() {
  local name=${1%%==*} version=${1##*==}
  name=$(printf '%s' "$name" | tr '[:upper:]' '[:lower:]' | sed -E 's/[-_.]+/_/g')
  printf '%s-%s-' "$name" "$version"
}

missing=()
while IFS= read -r pin; do
  prefix=$(wheel_prefix "$pin")
  if ! compgen -G "$CACHE/${prefix}*.whl" >/dev/null; then missing+=("$pin"); fi
done < <(pins)

if ((${#missing[@]} == 0)); then
  echo "pyodide test wheels: all $(pins | wc -l) present in $CACHE"
  exit 0
fi

mkdir -p "$CACHE"
echo "pyodide test wheels: downloading ${missing[*]} into $CACHE"
"$PYTHON" -m pip download --quiet --disable-pip-version-check \
  --no-deps --only-binary=:all: --python-version "$PY_VERSION" --platform "$PLATFORM" \
  --dest "$CACHE" "${missing[@]}"

for pin in "${missing[@]}"; do
  prefix=$(wheel_prefix "$pin")
  if ! compgen -G "$CACHE/${prefix}*.whl" >/dev/null; then
    echo "error: pip did not produce a wheel named ${prefix}*.whl for $pin;" \
      "check the pin in tests/pyodide/wheels.txt (a pure or $PLATFORM wheel must exist)" >&2
    exit 1
  fi
done
echo "pyodide test wheels: ready in $CACHE"
