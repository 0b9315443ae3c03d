#!/usr/bin/env bash
# README command 1: set up, publish the counter example, serve it on 127.0.0.1.
#   bash scripts/serve_example.sh [APP.py] [PORT]      (defaults: examples/counter.py 8000)
# Installs python3-venv with apt-get when missing (needs root or sudo), creates .venv with
# `pip install -e .`, runs `flet publish`, then serves the site until Ctrl-C.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
APP=${1:-examples/counter.py}
PORT=${2:-8000}
OUT="$ROOT/dist/$(basename "$APP" .py)"
export PIP_DISABLE_PIP_VERSION_CHECK=1

if ! python3 -c 'import ensurepip, venv' 2>/dev/null; then
  SUDO=$([[ $EUID -eq 0 ]] && echo "" || echo sudo)
  $SUDO apt-get update -q && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-venv
fi
[[ -x .venv/bin/python ]] || python3 -m venv .venv
.venv/bin/pip install -q -e .

.venv/bin/flet publish "$APP" --distpath "$OUT"

echo
echo "Serving $APP at http://127.0.0.1:$PORT/  (Ctrl-C to stop)"
exec .venv/bin/python -m http.server --bind 127.0.0.1 --directory "$OUT" "$PORT"
