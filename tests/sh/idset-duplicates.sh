# The duplicate-id table across its growth (lib/idset.c): in one document
# of 100,000 goals, ids written again far apart are found with the line
# where they came first, and nothing else is taken for a duplicate; in
# 20,000 small documents after it, each document's own duplicate is
# found and the ids of the documents before are not.
awk 'BEGIN { print "goals:"
	for (i = 1; i <= 100000; i++) printf "  - id: g%d\n    goal: x\n", i
	printf "  - id: g1\n    goal: x\n  - id: g4097\n    goal: x\n"
	printf "  - id: g100000\n    goal: x\n"
	for (d = 0; d < 20000; d++)
		printf "---\n- id: g1\n  goal: x\n- id: s%d\n  goal: x\n" \
		    "- id: s%d\n  goal: x\n", d, d }' >ids.yaml
# Goal i is at line 2i; each small document takes 7 lines from 200,008.
awk 'BEGIN { f = "ids.yaml:%d:%d: error: duplicate id \"%s\" (first at " \
	"line %d) [format.duplicate-id]\n"
	printf f, 200002, 9, "g1", 2
	printf f, 200004, 9, "g4097", 8194
	printf f, 200006, 9, "g100000", 200000
	for (d = 0; d < 20000; d++)
		printf f, 200008 + 7 * d + 5, 7, "s" d, 200008 + 7 * d + 3 }' >want
timeout 60 goal-lint -n -R -t 2026-11-24 ids.yaml >out
rc=$?
[ "$rc" -ne 124 ] || { echo "over 60 s"; exit 1; }
[ "$rc" -eq 1 ] || { echo "exit status $rc, want 1"; exit 1; }
grep 'duplicate-id' out >got
cmp -s got want || { echo "duplicate ids, want then got:"; diff want got | head -20; exit 1; }
