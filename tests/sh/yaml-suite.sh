# The 402 inputs of the YAML test suite (tests/yaml-suite/README) through
# all three tools: every exit is 0, 1 or 2; an exit of 2 comes with a
# FILE:LINE:COL error (goal-lint writes it with its findings, on
# standard output); no sanitizer report; and an input the suite
# marks invalid is never taken whole, silently, by goal-lint.
# Too many runs for valgrind: make memcheck leaves it to make sanitize.
if [ -n "${GOAL_MEMCHECK:-}" ]; then
	echo "SKIP: 1,200 runs are for make test and make sanitize"
	exit 77
fi
suite=$TOP/tests/yaml-suite
n=0 fail=0 refused=0
for f in "$suite"/*.yaml; do
	n=$((n + 1))
	name=${f##*/}
	for cmd in "goal-lint -n" "goal-split -a -f json" "goal-due -a -f ics"; do
		# shellcheck disable=SC2086
		$cmd "$f" >out 2>err </dev/null
		rc=$?
		if [ "$rc" -gt 2 ] ||
		    grep -q 'Sanitizer\|runtime error' err; then
			echo "$cmd $name: exit $rc"; head -5 err; fail=1
		elif [ "$rc" -eq 2 ] &&
		    ! cat out err | grep -q ":[0-9]*:[0-9]*: error: "; then
			echo "$cmd $name: exit 2 without a position:"
			head -3 err; fail=1
		fi
	done
	# goal-lint's exit for an input the suite calls invalid.
	if grep -qx "${name%.yaml}" "$suite/ERRORS"; then
		goal-lint -n "$f" >/dev/null 2>&1
		[ $? -eq 2 ] && refused=$((refused + 1))
	fi
done
[ "$n" -ge 400 ] || { echo "only $n inputs"; exit 1; }
# libyaml accepts a few of the suite's invalid inputs; most it refuses.
total=$(grep -c . "$suite/ERRORS")
[ "$refused" -ge $((total * 3 / 4)) ] ||
    { echo "only $refused of $total invalid inputs refused"; fail=1; }
echo "$n inputs, $refused of $total invalid ones refused" >&2
exit $fail
