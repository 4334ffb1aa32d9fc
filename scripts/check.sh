#!/usr/bin/env bash
# Every gate the project holds itself to, in one run: lint, format, types, tests.
# Runs all of them even when one fails, then exits non-zero if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
failed=()

run() {
  local name=$1; shift
  echo "== $name: $*"
  "$@" || failed+=("$name")
}

run ruff-check "$bin/ruff" check .
run ruff-format "$bin/ruff" format --check .
run mypy "$bin/mypy"
QT_QPA_PLATFORM=offscreen run pytest "$bin/python" -m pytest "$@"

if [ ${#failed[@]} -gt 0 ]; then
  echo "FAILED gates: ${failed[*]}"
  exit 1
fi
echo "all gates passed"
