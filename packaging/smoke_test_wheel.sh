#!/usr/bin/env bash
# Build the wheel, install it into a fresh virtual environment and run the installed
# package (not the source tree): version, a CLI round trip, packaged resources.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -m pip wheel --no-deps -q -w "$work/dist" .
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install -q "$work"/dist/tradermanager-*.whl
cd "$work"  # away from the source tree
bin="$work/venv/bin"
"$bin/tradermanager" --version
"$bin/tradermanager" traders add --db "$work/smoke.sqlite" --name "Smoke test" --json >/dev/null
"$bin/tradermanager" traders list --db "$work/smoke.sqlite" | grep -q "Smoke test"
"$bin/python" - <<'PY'
import importlib.resources
import tradermanager
icon = importlib.resources.files("tradermanager.resources") / "icons" / "tradermanager.svg"
assert icon.is_file(), icon
brackets = importlib.resources.files("tradermanager.resources") / "market" / "binance_usdm_brackets.json"
assert brackets.is_file(), brackets
assert "site-packages" in tradermanager.__file__, tradermanager.__file__
print("installed package OK:", tradermanager.__file__)
PY
