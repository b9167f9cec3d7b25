#!/bin/sh
# tests/fuzz/run.sh: `make fuzz`: libFuzzer with ASan and UBSan over goal
# files (reader, model, checks, rules, writers) and over rule files, each
# seeded with the project's own files, FUZZ_SECONDS in all (default 120).
# Crashes are left in build/fuzz/.
set -e
b=build/fuzz
secs=${FUZZ_SECONDS:-120}
mkdir -p "$b/goals" "$b/rules"
cp tests/lint/*.yaml examples/*.yaml "$b/goals/" 2>/dev/null || true
cp lib/rules.yaml tests/lint/*.rules "$b/rules/" 2>/dev/null || true
for t in lint:goals rules:rules; do
	"$b/fuzz_${t%%:*}" -max_total_time=$((secs / 2)) -max_len=65536 \
	    -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$b/" \
	    "$b/${t#*:}" 2>&1 | grep -E '^(Done|==|SUMMARY)' || true
done
ls "$b"/crash-* "$b"/leak-* "$b"/timeout-* 2>/dev/null && exit 1
echo "fuzz: no crash, leak or timeout"
