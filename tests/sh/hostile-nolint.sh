# format.unused-nolint is linear in ids and findings: it scanned every
# finding of the top-level goal for each nolint id, and walked up from
# each finding of the rule named (ids x findings x depth).  A step whose
# nolint names plan.step-no-plan 10,000 times, beside 10,000 steps that
# have that finding 25 steps down, took 6 to 9 s of CPU (2 with the steps
# one level down); one pass over the findings now marks what each id
# silenced: about 0.2 s.  The bound is 2 s of CPU, and 60 s on the clock
# for a loaded machine (neither under make memcheck: hostile-bounds).
. "$TOP/tests/sh/hostile-bounds"
awk 'BEGIN { printf "- goal: Ship it by 2027\n  nolint: [habit.public]\n"
	printf "  steps:\n    - goal: a\n      due: 2027-01-01\n"
	printf "      plan: weekly on Monday\n      nolint: ["
	for (i = 0; i < 10000; i++) printf "%splan.step-no-plan", (i ? "," : "")
	printf "]\n"
	ind = "    "
	for (d = 0; d < 25; d++) {
		printf "%s- goal: b%d\n%s  steps:\n", ind, d, ind
		ind = ind "    "
	}
	for (i = 0; i < 10000; i++) printf "%s- goal: s\n", ind }' >deep.yaml
if [ -x /usr/bin/time ]; then
	timeout 60 /usr/bin/time -f %U -o cpu goal-lint -n -t 2026-11-24 deep.yaml >out
else
	timeout 60 goal-lint -n -t 2026-11-24 deep.yaml >out
fi
rc=$?
[ $rc -ne 124 ] || { echo "10,000 nolint ids x 10,000 findings: over 60 s"; exit 1; }
[ $rc -eq 1 ] || { echo "exit status $rc, want 1"; exit 1; }
if [ -n "$check_time" ] && [ -f cpu ]; then
	cpu=$(tail -1 cpu)
	awk -v t="$cpu" 'BEGIN { exit !(t < 2) }' || {
		echo "10,000 nolint ids x 10,000 findings: $cpu s of CPU, over 2"; exit 1; }
fi
n=$(grep -c '^deep.yaml:7:[0-9]*: note: nolint "plan.step-no-plan" silences nothing here: drop it \[format.unused-nolint\]$' out)
[ "$n" -eq 10000 ] || { echo "$n notes on the step's unused ids, want 10000"; exit 1; }
n=$(grep -c 'format.unused-nolint' out)
[ "$n" -eq 10001 ] || { echo "$n format.unused-nolint lines, want 10001 (habit.public too)"; exit 1; }
n=$(grep -c 'plan.step-no-plan\]$' out)
[ "$n" -eq 10025 ] || { echo "$n plan.step-no-plan findings, want 10025"; exit 1; }
