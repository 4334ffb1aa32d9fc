#!/usr/bin/env bash
# Build the double-clickable bundle into dist/ttps-desktop/ (Linux, Windows under Git Bash, macOS: also
# dist/TTPS Desktop.app). Needs the development set-up: scripts/setup.sh --test.
set -euo pipefail
cd "$(dirname "$0")/.."
py=.venv/bin/python
[ -x "$py" ] || py=.venv/Scripts/python.exe
"$py" -m pip install -q "pyinstaller>=6.22.3"
QT_QPA_PLATFORM=offscreen "$py" packaging/make_icons.py build/icons >/dev/null
"$py" -m PyInstaller packaging/ttps-desktop.spec --noconfirm --log-level WARN --distpath "${DIST:-dist}" --workpath "${WORK:-build/pyinstaller}"
echo "bundle: ${DIST:-dist}/ttps-desktop"
