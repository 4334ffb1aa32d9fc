#!/usr/bin/env bash
# Set up everything TTPS Desktop needs on this machine: Debian packages (when root and missing),
# a virtual environment in .venv with the app and its test tools. Safe to run again: it only
# reinstalls when pyproject.toml changed.
#   scripts/setup.sh          what the app needs (make demo)
#   scripts/setup.sh --test   what the test suite needs as well: the test extras, poppler, qpdf (make test)
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

# Debian packages: Qt's X11 plugin needs libxcb-cursor0; the end-to-end tests read PDFs back with
# poppler-utils and qpdf, and open the encrypted zip with 7-Zip (7zip). Installed only when we are root on a
# Debian-like system and they are missing.
debs=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3)
# The synthetic passport pages of the MRZ tests and benchmark are typed in several monospace fonts.
[ $want_test = 1 ] && debs+=(poppler-utils qpdf 7zip fonts-ocr-b fonts-liberation fonts-freefont-ttf fonts-dejavu-core)
if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for p in "${debs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
      echo "setup: installing Debian packages: ${missing[*]}"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
      echo "setup: please install these Debian packages (not root, so not installing): ${missing[*]}" >&2
    fi
  fi
fi

py=${PYTHON:-python3}
if ! "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "setup: TTPS Desktop needs Python 3.11 or newer; '$py' is $("$py" --version 2>&1)" >&2
  exit 2
fi
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating the virtual environment in .venv"
  "$py" -m venv .venv
fi
# The app alone needs only its run-time dependencies; the test tools (pytest, mypy, ruff, PyInstaller...) come
# with --test. The stamp says which set is in, so `make demo` after `make test` does not reinstall.
stamp=.venv/.setup-stamp
if [ $want_test = 1 ]; then target='.[test]'; kind=test; else target='.'; kind=app; fi
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || { [ $want_test = 1 ] && ! grep -q test "$stamp"; }; then
  echo "setup: installing TTPS Desktop and its dependencies ($kind) into .venv"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e "$target"
  # PySide6 6.12 moved QtPdf and QtWebEngine into packages of their own. Going back from 6.12.0 (excluded on
  # Python < 3.12, see pyproject.toml) leaves those behind, their files over the older ones: put PySide6 in afresh.
  if { .venv/bin/python -m pip check 2>/dev/null || true; } | grep -qi '^pyside6'; then
    echo "setup: reinstalling PySide6 cleanly (packages of another version were left behind)"
    .venv/bin/python -m pip freeze | grep -i '^pyside6' | cut -d= -f1 | xargs .venv/bin/python -m pip uninstall -q -y
    .venv/bin/python -m pip install -q -e "$target"
  fi
  echo "$kind" > "$stamp"
fi
echo "setup: ready"
