# The built-in patterns take time linear in the text: no lookahead that
# rescans the rest of the sentence after every match.  One goal of
# "improve " 16,000 times (128 KB) took over 10 s before; a vague verb
# before a number at the end of a long text, a role before a short span,
# and partial matches of every rule's longer alternatives are the other
# ways back into the square.  Inputs that make thousands of findings
# ("hopefully " 16,000 times) are the engine's to bound (positions and a
# cap on findings), not the patterns': they are not here.
. "$TOP/tests/sh/hostile-bounds"
rep() {	# rep N WORDS: WORDS N times
	awk -v n="$1" -v w="$2" 'BEGIN { for (i = 0; i < n; i++) printf "%s", w }'
}
for c in 'improve :' 'improve :7 talks' 'my skills :' 'my skills :3' \
    'become CEO :' 'become CEO :this year' 'this :' 'I would like :' \
    'lose :' 'pay off my :' 'from a :this year' 'complete the :' \
    '5 :in a month' 'save up :' 'get a :' 'become a :' 'my goal is :'; do
	words=${c%%:*} tail=${c#*:}
	{ printf -- '- goal: '; rep 16000 "$words"; printf '%s\n' "$tail"; } >g.yaml
	start=$(date +%s)
	timeout 10 goal-lint -n -q -t 2026-11-24 g.yaml >out
	rc=$?
	[ $rc -ne 124 ] || { echo "\"$words\" x 16000 then \"$tail\": over 10 s"; exit 1; }
	[ $rc -le 1 ] || { echo "\"$words\" x 16000 then \"$tail\": exit $rc"; exit 1; }
	end=$(date +%s)
	[ $((end - start)) -le 5 ] || echo "\"$words\" x 16000: $((end - start)) s" >&2
done
exit 0
