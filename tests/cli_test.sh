#!/bin/sh
# The tqc command as a user and a CI job see it: exit codes, error lines, output files.
# Usage: cli_test.sh path/to/tqc
set -u
tqc="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

check() {  # check NAME EXPECTED-STATUS ACTUAL-STATUS [CONDITION-RESULT]
  if [ "$2" = "$3" ] && [ "${4:-0}" = 0 ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $1 (exit $3, expected $2)"
    [ -f "$work/err" ] && sed 's/^/  stderr: /' "$work/err"
  fi
}

printf 'Samsung met the ChatGPT maker on Friday.\nIt was a short visit.\n' >"$work/story.en.txt"
printf '[ad_1]\nSamsung traf am Freitag den chatgpt-Hersteller.\nEs war ein kurzer Besuch.\n' >"$work/story.de.txt"
printf 'Samsung traf am Freitag den ChatGPT-Hersteller.\nEs war ein kurzer Besuch.\n' >"$work/clean.de.txt"
before=$(cat "$work/story.en.txt" "$work/story.de.txt" | md5sum)

"$tqc" check "$work/story.en.txt" "$work/story.de.txt" >"$work/out" 2>"$work/err"
check "major finding fails by default" 1 $?
grep -q "story.de.txt:1:1: major: " "$work/out"; check "text report names file:line:column" 0 $?

"$tqc" check "$work/story.en.txt" "$work/clean.de.txt" --tgt-lang de >"$work/out" 2>"$work/err"
check "clean translation passes" 0 $?
grep -q "No findings" "$work/out"; check "clean report says so" 0 $?

"$tqc" check "$work/story.en.txt" "$work/story.de.txt" --fail-on critical >/dev/null 2>"$work/err"
check "--fail-on critical" 0 $?
"$tqc" check "$work/story.en.txt" "$work/story.de.txt" --fail-on minor >/dev/null 2>"$work/err"
check "--fail-on minor" 1 $?
"$tqc" check "$work/story.en.txt" "$work/story.de.txt" --fail-on none >/dev/null 2>"$work/err"
check "--fail-on none" 0 $?

"$tqc" check "$work/story.en.txt" "$work/story.de.txt" --format json -o "$work/report.json" >"$work/out" 2>"$work/err"
check "json to a file" 1 $?
[ ! -s "$work/out" ]; check "nothing on stdout with -o" 0 $?
python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); assert r["findings"] and all(k in r["findings"][0] for k in ("check","category","severity","message","suggestions","target","source"))' "$work/report.json"
check "json report parses and has the contract fields" 0 $?
ls "$work" | grep -q tmp; check "no temporary file left" 1 $?

"$tqc" check "$work/story.en.txt" "$work/story.de.txt" -o "$work/missing-dir/report.txt" >/dev/null 2>"$work/err"
check "unwritable output is an input error" 2 $?
grep -q "missing-dir/report.txt: cannot write report" "$work/err"; check "unwritable output named" 0 $?

"$tqc" check "$work/story.en.txt" "$work/story.de.txt" -o "$work/story.de.txt" >/dev/null 2>"$work/err"
check "report over an input is refused" 2 $?
[ "$(cat "$work/story.en.txt" "$work/story.de.txt" | md5sum)" = "$before" ]; check "input kept" 0 $?

"$tqc" check "$work/story.en.txt" "$work/story.de.txt" --format json -o /dev/stdout >"$work/out" 2>"$work/err"
check "report to /dev/stdout" 1 $?
grep -q '"findings"' "$work/out"; check "/dev/stdout got the report" 0 $?

if [ -w /dev/full ]; then
  "$tqc" check "$work/story.en.txt" "$work/story.de.txt" >/dev/full 2>"$work/err"
  check "full standard output is an error" 2 $?
fi

"$tqc" check "$work/story.en.txt" "$work/story.de.txt" --src-lang ../en >/dev/null 2>"$work/err"
check "bad language code" 2 $?

printf '\302\240\302\240\n' >"$work/blank.de.txt"
"$tqc" check "$work/story.en.txt" "$work/blank.de.txt" >/dev/null 2>"$work/err"
check "translation of no-break spaces only" 2 $?
grep -q "blank.de.txt: no sentences" "$work/err"; check "no sentences named" 0 $?

"$tqc" check "$work/nope.en.txt" "$work/story.de.txt" >/dev/null 2>"$work/err"
check "missing file" 2 $?
[ "$(wc -l <"$work/err")" = 1 ] && grep -q "nope.en.txt: cannot open file" "$work/err"
check "missing file: one line naming it" 0 $?

printf 'caf\351\n' >"$work/latin1.de.txt"
"$tqc" check "$work/story.en.txt" "$work/latin1.de.txt" >/dev/null 2>"$work/err"
check "non-UTF-8 file" 2 $?
grep -q "latin1.de.txt:1: not valid UTF-8" "$work/err"; check "non-UTF-8 named" 0 $?

printf '' >"$work/empty.de.txt"
"$tqc" check "$work/story.en.txt" "$work/empty.de.txt" >/dev/null 2>"$work/err"
check "empty file" 2 $?

printf 'a\000b\n' >"$work/binary.de.txt"
"$tqc" check "$work/story.en.txt" "$work/binary.de.txt" >/dev/null 2>"$work/err"
check "binary file" 2 $?

cp "$work/story.en.txt" "$work/nolang.txt"
"$tqc" check "$work/nolang.txt" "$work/story.de.txt" >/dev/null 2>"$work/err"
check "no language" 2 $?
grep -q "use --src-lang" "$work/err"; check "no language: says how to fix" 0 $?

"$tqc" check "$work/story.en.txt" "$work/story.de.txt" --format xml >/dev/null 2>"$work/err"
check "bad option value" 2 $?
"$tqc" frobnicate >/dev/null 2>"$work/err"
check "unknown command" 2 $?
"$tqc" --help >/dev/null 2>"$work/err"
check "--help" 0 $?

"$tqc" align "$work/story.en.txt" "$work/story.de.txt" >"$work/out" 2>"$work/err"
check "align" 0 $?
[ "$(cat "$work/out")" = "$(printf '[]:[0]\n[0]:[1]\n[1]:[2]')" ]; check "align prints gold-format beads" 0 $?

# Progress on a long text at a terminal (script gives tqc one), cleared before the end;
# none for an article, and none when standard error is a file.
repeat() { awk '{ line[NR] = $0 } END { for (i = 0; i < 2000; i++) for (j = 1; j <= NR; j++) print line[j] }' "$1"; }
repeat "$work/story.en.txt" >"$work/long.en.txt"
repeat "$work/story.de.txt" >"$work/long.de.txt"
script -qec "'$tqc' check '$work/long.en.txt' '$work/long.de.txt' --fail-on none -o '$work/long.json'" /dev/null >"$work/tty"
check "long text at a terminal" 0 $?
grep -q "tqc: checking .*(14/14)" "$work/tty"; check "long text: progress shown" 0 $?
[ "$(tail -c 4 "$work/tty" | od -An -c | tr -d ' ')" = '\r033[K' ]; check "long text: progress cleared" 0 $?
"$tqc" check "$work/long.en.txt" "$work/long.de.txt" --fail-on none -o "$work/long2.json" 2>"$work/err"
[ ! -s "$work/err" ]; check "no progress when standard error is a file" 0 $?
script -qec "'$tqc' check '$work/story.en.txt' '$work/story.de.txt' --fail-on none -o '$work/short.json'" /dev/null >"$work/tty"
! grep -q "tqc:" "$work/tty"; check "no progress for an article" 0 $?

[ "$(cat "$work/story.en.txt" "$work/story.de.txt" | md5sum)" = "$before" ]; check "inputs unchanged" 0 $?

"$tqc" checks >"$work/out" 2>"$work/err"
check "checks" 0 $?
[ "$(wc -l <"$work/out")" -ge 5 ]; check "checks lists every check" 0 $?

echo "cli: $passed passed, $failed failed"
[ "$failed" = 0 ]
