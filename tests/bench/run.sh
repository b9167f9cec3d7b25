#!/bin/sh
# tests/bench/run.sh: what `make bench` prints.  Figures from one run on
# one machine: compare the ratios, not the milliseconds.
O=${O:-build}
b=$O/bench
set -e
mkdir -p "$b"
sh tests/bench/gen.sh 100000 >"$b/100k.yaml"
sh tests/bench/gen.sh 10000 >"$b/10k.yaml"
sh tests/bench/gen.sh 100000 clean >"$b/clean.yaml"
runs=${RUNS:-5}
set -- $("$b/measure" "$runs" "$b/parse" "$b/100k.yaml")
parse_ms=$1 parse_kb=$2
set -- $("$b/measure" "$runs" "$O/goal-lint" -n -t 2026-11-24 "$b/100k.yaml")
lint_ms=$1 lint_kb=$2
set -- $("$b/measure" "$runs" "$O/goal-lint" -n -R -t 2026-11-24 "$b/100k.yaml")
bare_ms=$1
set -- $("$b/measure" "$runs" "$b/parse" "$b/clean.yaml")
cparse_ms=$1
set -- $("$b/measure" "$runs" "$O/goal-lint" -n -t 2026-11-24 "$b/clean.yaml")
clean_ms=$1
cfindings=$("$O/goal-lint" -n -t 2026-11-24 "$b/clean.yaml" | wc -l)
set -- $("$b/measure" "$runs" "$O/goal-lint" -n -t 2026-11-24 "$b/10k.yaml")
small_kb=$2
findings=$("$O/goal-lint" -n -t 2026-11-24 "$b/100k.yaml" | wc -l)
size=$(wc -c <"$b/100k.yaml")
echo "input: 100,000 goals, $size bytes; goal-lint reports $findings findings"
printf '%-34s %9s ms %8s KiB\n' "libyaml event parse (baseline)" "$parse_ms" "$parse_kb"
printf '%-34s %9s ms %8s KiB\n' "goal-lint, built-in rules" "$lint_ms" "$lint_kb"
printf '%-34s %9s ms\n' "goal-lint -R (checks only)" "$bare_ms"
echo "second input: 100,000 goals with few findings ($cfindings)"
printf '%-34s %9s ms\n' "libyaml event parse (baseline)" "$cparse_ms"
printf '%-34s %9s ms\n' "goal-lint, built-in rules" "$clean_ms"
awk -v l="$lint_ms" -v p="$parse_ms" -v r="$bare_ms" -v big="$lint_kb" \
    -v small="$small_kb" -v c="$clean_ms" -v cp="$cparse_ms" 'BEGIN {
	printf "ratio goal-lint / parse:    %.2f (held to at most 2.00)\n", l / p
	printf "ratio goal-lint -R / parse: %.2f\n", r / p
	printf "ratio goal-lint / parse, few findings: %.2f\n", c / cp
	printf "memory per goal beyond the first 10,000: %.0f bytes (the duplicate-id set; the goals themselves are streamed)\n", (big - small) * 1024 / 90000
}'
