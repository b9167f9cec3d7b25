#!/bin/sh
# tests/bench/run.sh: what `make bench` prints.  Each tool and format is
# timed against a bare libyaml event parse of the same file, in
# alternating rounds, and the medians are compared: ratios, not
# milliseconds, are the figures to read.  One run, one machine.
#
#   BENCH_SIZES  goal counts (default "1000 10000 100000"; add 1000000)
#   RUNS         rounds per command (default 5)
#   BENCH_INSTR  set: count instructions with callgrind instead (10k goals)
O=${O:-build}
b=$O/bench
runs=${RUNS:-5}
sizes=${BENCH_SIZES:-1000 10000 100000}
today="-t 2026-11-24"
set -e
mkdir -p "$b"

# The commands, one a line: a label, then the command line.
commands() {
	cat <<LIST
goal-lint|$O/goal-lint -n $today
goal-lint -f json|$O/goal-lint -n -f json $today
goal-lint -R|$O/goal-lint -n -R $today
goal-split|$O/goal-split $today
goal-split -f yaml|$O/goal-split -f yaml $today
goal-split -b quarter|$O/goal-split -b quarter $today
goal-due|$O/goal-due $today
goal-due -a -f ics|$O/goal-due -a -f ics $today
LIST
}

# Runs each command that is built on one file: "label  ratio  KiB".
bench_file() {
	file=$1
	commands | while IFS='|' read -r label cmd; do
		set -- $cmd
		[ -x "$1" ] || continue
		# shellcheck disable=SC2086
		set -- $("$b/measure" "$runs" "$b/parse" "$file" -- $cmd "$file")
		printf '  %-24s %8s ms  %8s ms  %6sx  %9s KiB\n' "$label" \
		    "$1" "$2" "$3" "$4"
		echo "$label $3 $4" >>"$b/results"
	done
}

# Instructions of each command over those of the parse, at 10k goals.
instructions() {
	valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" \
	    2>&1 >/dev/null | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}

if [ -n "${BENCH_INSTR:-}" ]; then
	command -v valgrind >/dev/null || { echo "bench-instr needs valgrind"; exit 1; }
	sh tests/bench/gen.sh 10000 >"$b/10000.yaml"
	base=$(instructions "$b/parse" "$b/10000.yaml")
	echo "instructions at 10,000 goals, as a ratio to the bare parse ($base):"
	commands | while IFS='|' read -r label cmd; do
		set -- $cmd
		[ -x "$1" ] || continue
		# shellcheck disable=SC2086
		n=$(instructions $cmd "$b/10000.yaml")
		awk -v l="$label" -v n="$n" -v b="$base" \
		    'BEGIN { printf "  %-24s %6.2fx\n", l, n / b }'
	done
	exit 0
fi

echo "machine: $(nproc) cores; $runs alternating rounds a command; medians"
: >"$b/results"
for n in $sizes; do
	sh tests/bench/gen.sh "$n" >"$b/$n.yaml"
	printf '%s goals, %s bytes:       parse      tool    ratio       peak RSS\n' \
	    "$n" "$(wc -c <"$b/$n.yaml" | tr -d ' ')"
	bench_file "$b/$n.yaml"
done
sh tests/bench/gen.sh 100000 clean >"$b/clean.yaml"
echo "100000 goals with few findings:"
runs_saved=$runs
bench_file "$b/clean.yaml" | grep '^  goal-lint' || true
runs=$runs_saved

# Memory kept per top-level goal: the growth of goal-lint's peak RSS from
# the smallest to the largest size, over the goals added.
first=$(echo "$sizes" | awk '{ print $1 }')
last=$(echo "$sizes" | awk '{ print $NF }')
awk -v first="$first" -v last="$last" '
	$1 == "goal-lint" && NF == 3 { kib[++k] = $3 }
	END {
		if (k >= 2 && last > first)
			printf "goal-lint: %.0f bytes kept per top-level goal " \
			    "(peak RSS growth from %d to %d goals)\n",
			    (kib[k] - kib[1]) * 1024 / (last - first), first, last
	}' "$b/results"
if command -v yamllint >/dev/null 2>&1 && [ -f "$b/10000.yaml" ]; then
	set -- $("$b/measure" 1 "$b/parse" "$b/10000.yaml" -- yamllint -d relaxed "$b/10000.yaml" || true)
	echo "reference: yamllint at 10,000 goals: ${3:-?}x the bare parse"
fi
