# SPEC 6 -f vtodo: "RELATED-TO the parent's UID".  When the parent has
# no due date it has no to-do, and RELATED-TO names a UID that is not in
# the calendar (.../p/due, .../p/mid/due).  Expected: every RELATED-TO
# names a to-do of the same calendar (the nearest ancestor that has one,
# or no RELATED-TO).
mkdir -p audit-related && cd audit-related || exit 1
cat >rt.yaml <<'YAML'
owner: J
goals:
  - id: p
    goal: Parent without a date
    reviewed: 2026-11-01
    review: yearly
    steps:
      - {id: s, goal: Step, due: 2027-01-10}
      - id: mid
        goal: Middle
        steps:
          - {id: leaf, goal: Leaf, due: 2027-01-11}
YAML
goal-due -f vtodo rt.yaml | tr -d '\r' >cal || exit 1
sed -n 's/^UID://p' cal | sort >uids
sed -n 's/^RELATED-TO://p' cal | sort -u >rel
dangling=$(comm -13 uids rel)
[ -z "$dangling" ] || { echo "RELATED-TO to no to-do of the calendar:"; echo "$dangling"; exit 1; }
