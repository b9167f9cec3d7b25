#!/bin/sh
# tests/fuzz/run.sh: `make fuzz`: libFuzzer with ASan and UBSan over the
# reader and linter, seeded with every golden case and example, for
# FUZZ_SECONDS (default 120).  Crashes are left in build/fuzz/.
set -e
b=build/fuzz
mkdir -p "$b/corpus"
cp tests/lint/*.yaml examples/*.yaml "$b/corpus/" 2>/dev/null || true
"$b/fuzz_lint" -max_total_time="${FUZZ_SECONDS:-120}" -max_len=65536 \
    -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$b/" \
    "$b/corpus" 2>&1 | tail -15
