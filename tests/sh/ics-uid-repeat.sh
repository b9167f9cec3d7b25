# goal-due -f ics and -f vtodo: a UID names a goal by owner, file base
# name, document number, path and kind, so two items can have one only
# when two goals can: a file read twice, two files of one base name, a
# duplicate id (on top or among steps, and the steps under it), or two
# long ids cut to one hash in their paths.  Each must be numbered -2,
# -3... in the order of the items; and nothing else is.  The calendar
# keeps its table of UIDs only when one of these happened, so each is
# tested here on its own.
mkdir -p ics-uid-repeat/a ics-uid-repeat/b && cd ics-uid-repeat || exit 1
fail() { echo "$@"; exit 1; }
# The UIDs of a calendar, lines unfolded, in the order of the items.
uids() {
	goal-due -t 2026-11-24 "$@" 2>/dev/null | awk '
		{ sub(/\r$/, "") }
		/^ / { line = line substr($0, 2); next }
		{ if (NR > 1) print line; line = $0 }
		END { print line }' | sed -n 's/^UID://p'
}
check() {
	name=$1
	shift
	for f in ics vtodo; do
		uids -f $f "$@" >got || true
		diff want got >diff.out || {
			cat diff.out
			fail "$name (-f $f): UIDs not numbered as expected"
		}
	done
}

cat >one.yaml <<'YAML'
owner: J
goals:
  - id: ship
    goal: Ship the parser release
    due: 2027-03-01
YAML
cp one.yaml a/goals.yaml
cp one.yaml b/goals.yaml
cp one.yaml other.yaml

# One file, nothing repeated: nothing numbered.
cat >want <<'W'
J/one.yaml/1/ship/review@goal-tools
J/one.yaml/1/ship/due@goal-tools
W
check "one file" one.yaml

# The same file three times.
cat >want <<'W'
J/one.yaml/1/ship/review@goal-tools
J/one.yaml/1/ship/review-2@goal-tools
J/one.yaml/1/ship/review-3@goal-tools
J/one.yaml/1/ship/due@goal-tools
J/one.yaml/1/ship/due-2@goal-tools
J/one.yaml/1/ship/due-3@goal-tools
W
check "a file three times" one.yaml one.yaml one.yaml

# Two directories, one base name; then files of other names: not numbered.
sed 's/one\.yaml/goals.yaml/' want | sed '/-3@/d' >want.tmp && mv want.tmp want
check "one base name" a/goals.yaml b/goals.yaml
cat >want <<'W'
J/one.yaml/1/ship/review@goal-tools
J/other.yaml/1/ship/review@goal-tools
J/one.yaml/1/ship/due@goal-tools
J/other.yaml/1/ship/due@goal-tools
W
check "two base names" one.yaml other.yaml

# A duplicate id on top, with a step under each: the steps' paths repeat.
cat >dup.yaml <<'YAML'
owner: J
goals:
  - id: ship
    goal: Ship the parser release
    due: 2027-03-01
    steps:
      - {id: docs, goal: Write the parser's manual, due: 2027-02-01}
  - id: ship
    goal: Ship the printer release
    due: 2027-03-02
    steps:
      - {id: docs, goal: Write the printer's manual, due: 2027-02-02}
YAML
cat >want <<'W'
J/dup.yaml/1/ship/review@goal-tools
J/dup.yaml/1/ship/review-2@goal-tools
J/dup.yaml/1/ship/docs/due@goal-tools
J/dup.yaml/1/ship/docs/due-2@goal-tools
J/dup.yaml/1/ship/due@goal-tools
J/dup.yaml/1/ship/due-2@goal-tools
W
check "a duplicate id on top" dup.yaml

# Goal "ship" of FILE with two steps of ids ID1 and ID2, and the UIDs
# wanted when both steps have the path STEP: the second numbered.
two_steps() {
	cat >"$1" <<YAML
owner: J
goals:
  - id: ship
    goal: Ship the parser release
    due: 2027-03-01
    steps:
      - {id: $2, goal: Write the manual, due: 2027-02-01}
      - {id: $3, goal: Write the tutorial, due: 2027-02-02}
YAML
}
want_two_steps() {
	cat >want <<W
J/$1/1/ship/review@goal-tools
$2/due@goal-tools
$2/due-2@goal-tools
J/$1/1/ship/due@goal-tools
W
}

# A duplicate id among steps.
two_steps steps.yaml docs docs
want_two_steps steps.yaml J/steps.yaml/1/ship/docs
check "a duplicate step id" steps.yaml

# Two ids of 77 bytes with one 40-byte start and one FNV-1a hash: goal(5)
# writes both in paths as that start, an ellipsis and the hash.
two_steps long.yaml \
    aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-long-id-that-is-cut-into-a-hash-ytfs \
    aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-long-id-that-is-cut-into-a-hash-1rja
want_two_steps long.yaml \
    J/long.yaml/1/ship/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa%E2%80%A6ec57b4cf
check "two long ids cut to one hash" long.yaml
exit 0
