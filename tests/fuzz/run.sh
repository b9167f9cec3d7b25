#!/bin/sh
# tests/fuzz/run.sh: `make fuzz`: libFuzzer with ASan and UBSan, each
# harness FUZZ_SECONDS long (default 60; FUZZ_TIMEOUT, default 10 s, is
# one input's wall-clock limit: raise it on a loaded machine), seeded
# with the project's own files: goal files for goal-lint, goal-split and goal-due; rule files
# for the loader; a rule file, a NUL and a goal file for rules run
# against goals; date and phrase words cut from the goal files for the
# parsers.  FUZZ_TARGETS picks harnesses (default: all).  Corpora grow
# in build/fuzz/corpus/; crashes, leaks and timeouts are left in
# build/fuzz/ and fail the run.
set -e
b=build/fuzz
secs=${FUZZ_SECONDS:-60}
targets=${FUZZ_TARGETS:-lint split due rules rules_run dates literals}
c=$b/corpus
mkdir -p "$c/goals" "$c/rules" "$c/rules_run" "$c/dates" "$c/literals"
goals="examples/*.yaml tests/lint/*.yaml tests/split/*.yaml tests/due/*.yaml"
for f in $goals; do
	[ -f "$f" ] && cp "$f" "$c/goals/$(echo "$f" | tr / _)"
done
cp lib/rules.yaml tests/lint/*.rules "$c/rules/" 2>/dev/null || true
for r in lib/rules.yaml tests/lint/*.rules; do
	for g in examples/*.yaml tests/lint/builtin-*.yaml; do
		[ -f "$g" ] || continue
		s=$c/rules_run/$(basename "$r").$(basename "$g")
		{ cat "$r"; printf '\0'; cat "$g"; } >"$s"
	done
done
# One seed a value of a date-like key or a goal sentence.
i=0
# shellcheck disable=SC2086
sed -n 's/^[ -]*\(goal\|due\|started\|achieved\|reviewed\|remind\|review\|cadence\|reflection\): *//p' \
    $goals 2>/dev/null | sort -u | head -2000 | while IFS= read -r v; do
	i=$((i + 1))
	printf '%s' "$v" >"$c/dates/$i"
done
# One seed a pattern of a rule file, a newline and a statement.
i=0
# shellcheck disable=SC2086
sed -n "s/^ *\(forbid\|require\): *'\(.*\)'\$/\2/p" lib/rules.yaml \
    tests/lint/*.rules 2>/dev/null | sed "s/''/'/g" | while IFS= read -r p; do
	for g in "Improve my skills" "Buy a house by 2028" "Read 12 books"; do
		i=$((i + 1))
		printf '%s\n%s' "$p" "$g" >"$c/literals/$i"
	done
done
fails=0
for t in $targets; do
	case $t in
	lint|split|due)	seeds=$c/goals ;;
	*)		seeds=$c/$t ;;
	esac
	mkdir -p "$c/$t.out"
	echo "fuzz_$t: $secs s"
	"$b/fuzz_$t" -max_total_time="$secs" -max_len=65536 -timeout=${FUZZ_TIMEOUT:-10} \
	    -rss_limit_mb=2048 -artifact_prefix="$b/$t-" \
	    "$c/$t.out" "$seeds" 2>&1 | grep -E '^(Done|==|SUMMARY)' || true
done
for f in "$b"/*-crash-* "$b"/*-leak-* "$b"/*-timeout-* "$b"/*-slow-unit-*; do
	[ -e "$f" ] && fails=$((fails + 1)) && echo "$f"
done
[ "$fails" -eq 0 ] || exit 1
echo "fuzz: no crash, leak or timeout"
