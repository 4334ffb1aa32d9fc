#!/usr/bin/env bash
# Refresh translations/*.ts from every source file, then compile them to .qm (committed; a test checks freshness).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
mapfile -t sources < <(git ls-files 'ttps_desktop/*.py'; git ls-files --others --exclude-standard 'ttps_desktop/*.py')
"$bin/pyside6-lupdate" -no-obsolete -locations none "${sources[@]}" \
  -ts translations/ttps_desktop_en.ts translations/ttps_desktop_zh_HK.ts translations/ttps_desktop_zh_CN.ts
for ts in translations/*.ts; do
  "$bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
