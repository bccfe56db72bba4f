#!/usr/bin/env bash
# Build the one-folder bundle with PyInstaller and check that it starts:
# --version, a CLI command on a fresh database, and the window on the offscreen platform.
set -euo pipefail
cd "$(dirname "$0")/.."
# An environment of its own, so a developer's editable install stays as it is.
python3 -m venv build/bundle-venv
py=build/bundle-venv/bin/python
"$py" -m pip install -q ".[bundle]"
QT_QPA_PLATFORM=offscreen "$py" packaging/make_icons.py >/dev/null
"$py" -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
  packaging/tradermanager.spec
app=dist/tradermanager/tradermanager
"$app" --version
tmp=$(mktemp -d)
"$app" traders add --db "$tmp/smoke.sqlite" --name "Smoke test" --json >/dev/null
"$app" traders list --db "$tmp/smoke.sqlite" | grep -q "Smoke test"
QT_QPA_PLATFORM=offscreen TRADERMANAGER_SMOKE_QUIT_MS=1500 "$app" --db "$tmp/smoke.sqlite"
echo "bundle OK: $app"
