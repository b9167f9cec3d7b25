# SPEC 6 ics: "TEXT values escape backslash, ;, , and newline".
# X-WR-CALNAME is a TEXT value; with two owners goal-due joins them with
# a bare ", " (and tests/due/merged-ics.out asserts it), while a comma
# inside an owner's name is escaped: "Goals of Ann\, B, Sam Lee" cannot
# be told apart from three names.  Expected: the joining comma escaped.
mkdir -p audit-calname && cd audit-calname || exit 1
printf 'owner: "Ann, B"\ngoals:\n  - {id: a, goal: A, due: 2027-01-01}\n---\nowner: Sam Lee\ngoals:\n  - {id: b, goal: B, due: 2027-01-02}\n' >g.yaml
got=$(goal-due -f ics g.yaml | tr -d '\r' | grep '^X-WR-CALNAME:')
want='X-WR-CALNAME:Goals of Ann\, B\, Sam Lee'
[ "$got" = "$want" ] || { echo "got:  $got"; echo "want: $want"; exit 1; }
