#!/usr/bin/env bash
# Smoke test of a built Issue Reader (make package runs it after PyInstaller):
#
#     packaging/smoke_test.sh dist/issue-reader/issue-reader
#
# 1. `--version` prints "issue-reader <version>".
# 2. The bundled resources are in place: the zh_CN .qm, the icons, the samples.
# 3. A command-line round trip in a temporary library: import the bundled sample
#    issues, list them with `issues --json`, and list the doubled-character flags
#    (the detector reads jieba's dictionary and uses numpy).
# 4. The window opens offscreen in Chinese and closes: ISSUE_READER_SMOKE_QUIT_MS makes
#    the program print the shown window's title, close it and quit (reader/ui/app.py).
# Nothing outside a temporary folder is touched (HOME and the XDG folders point there).
set -euo pipefail

program=$(realpath "${1:?usage: smoke_test.sh PATH/TO/issue-reader}")
python=${PYTHON:-python3}  # only to read the JSON output
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
export XDG_CACHE_HOME="$work/cache" TMPDIR="$work"
mkdir -p "$HOME"
unset ISSUE_READER_LIBRARY ISSUE_READER_LANGUAGE
library="$work/library.sqlite"

step() { printf '\n== %s\n' "$*"; }
limited() { if command -v timeout >/dev/null; then timeout 120 "$@"; else "$@"; fi; }
fail() { printf 'SMOKE TEST FAILED: %s\n' "$*" >&2; exit 1; }

step "version"
version=$("$program" --version)
echo "$version"
[[ $version =~ ^issue-reader\ [0-9]+\.[0-9]+ ]] || fail "--version printed '$version'"

step "bundled resources"
resources=$(dirname "$program")/_internal/reader/resources
[[ -d $resources ]] || resources=$(dirname "$program")/../Resources/reader/resources  # macOS .app
for file in translations/issue_reader_zh_CN.qm icons/issue-reader.svg \
    icons/hicolor/256x256/apps/issue-reader.png samples/expected.json; do
    [[ -s $resources/$file ]] || fail "missing $resources/$file"
    echo "ok $file"
done
samples=$(find "$resources/samples" -name '*.txt' | wc -l)
((samples > 0)) || fail "no sample issues in $resources/samples"

step "import the $samples bundled samples"
"$program" --library "$library" import "$resources/samples"

step "issues --json"
"$program" --library "$library" issues --json >"$work/issues.json"
"$python" - "$work/issues.json" "$samples" <<'PY'
import json, sys
issues = json.load(open(sys.argv[1], encoding="utf-8"))
assert len(issues) == int(sys.argv[2]), f"{len(issues)} issues, expected {sys.argv[2]}"
for issue in issues:
    assert issue["articles"] > 0, issue
    print(issue["id"], issue["articles"], "articles", issue["source"].rsplit("/", 1)[-1])
PY

step "flags --kind doubled --json (jieba dictionary, numpy)"
"$program" --library "$library" flags --kind doubled --json >"$work/flags.json"
"$python" - "$work/flags.json" <<'PY'
import json, sys
flags = json.load(open(sys.argv[1], encoding="utf-8"))
assert flags, "no doubled-character flags in the samples"
print(len(flags), "doubled-character flags, e.g.", flags[0]["paragraph"]["text"][:20])
PY

step "window (offscreen, zh_CN): open, show, close"
output=$(QT_QPA_PLATFORM=offscreen ISSUE_READER_LANGUAGE=zh_CN ISSUE_READER_SMOKE_QUIT_MS=1500 \
    limited "$program" --library "$library" 2>"$work/window.err") || {
    status=$?
    cat "$work/window.err" >&2
    fail "the window exited with status $status"
}
echo "$output"
grep -v -e 'propagateSizeHints' "$work/window.err" >&2 || true
[[ $output == *"shown=True"* ]] || fail "the window was not shown"
[[ $output == *"报刊校读"* ]] || fail "the window title is not translated (zh_CN .qm not loaded)"

printf '\nsmoke test passed: %s\n' "$program"
