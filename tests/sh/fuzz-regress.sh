# Every input the fuzzers found that cannot take a comment line (binary,
# or broken at its first byte) goes through every tool, each format,
# as a goal file and as a rule file: each exits 0, 1 or 2, and no
# sanitizer (make sanitize) or valgrind (make memcheck) reports.
# What each file proves: tests/fuzz/regress/README.
n=0
for f in "$TOP"/tests/fuzz/regress/*; do
	case $f in */README) continue ;; esac
	n=$((n + 1))
	while read -r cmd; do
		# shellcheck disable=SC2086
		$cmd "$f" >out 2>err </dev/null
		rc=$?
		if [ "$rc" -gt 2 ] || grep -q 'Sanitizer\|runtime error\|==[0-9]*==' err
		then
			echo "$cmd $(basename "$f"): exit $rc"
			cat err
			exit 1
		fi
	done <<-'EOF2'
	goal-lint -n
	goal-lint -n -f json
	goal-lint -n -f sarif
	goal-lint -n -f score
	goal-lint -n -R --rules
	goal-lint --test-rules
	goal-split
	goal-split -a -f json
	goal-split -f yaml
	goal-split -b week
	goal-split -b quarter -s circle
	goal-due -a
	goal-due -a -f json
	goal-due -f ics
	goal-due -f vtodo
	goal-due -f remind
	EOF2
done
[ "$n" -gt 0 ] || { echo "no files in tests/fuzz/regress"; exit 1; }
