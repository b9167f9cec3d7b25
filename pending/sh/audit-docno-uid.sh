# SPEC 6: a UID is made from the owner, the file's base name, the
# DOCUMENT NUMBER, the path and the kind.  Two documents of one file
# holding the same path must get /1/ and /2/, and a step's RELATED-TO
# must name its own parent's UID, the one of its own document.
mkdir -p audit-docno && cd audit-docno || exit 1
cat >rel.yaml <<'YAML'
owner: J
goals:
  - id: one
    goal: Doc one parent
    due: 2027-06-30
    steps:
      - {id: s, goal: Doc one step, due: 2027-03-01}
---
owner: J
goals:
  - id: one
    goal: Doc two parent
    due: 2027-07-31
    steps:
      - {id: s, goal: Doc two step, due: 2027-03-02}
YAML
goal-due -f ics rel.yaml | tr -d '\r' | grep '^UID:' | sort >got || exit 1
sort >want <<'W'
UID:J/rel.yaml/1/one/due@goal-tools
UID:J/rel.yaml/1/one/review@goal-tools
UID:J/rel.yaml/1/one/s/due@goal-tools
UID:J/rel.yaml/2/one/due@goal-tools
UID:J/rel.yaml/2/one/review@goal-tools
UID:J/rel.yaml/2/one/s/due@goal-tools
W
diff want got || { echo "ics UIDs do not carry the document number"; exit 1; }
# The second document's step must point at the second document's parent.
goal-due -f vtodo rel.yaml | tr -d '\r' |
    awk '/^UID:/ { u = $0 } /^RELATED-TO:/ { print u " -> " $0 }' >got
cat >want <<'W'
UID:J/rel.yaml/1/one/s/due@goal-tools -> RELATED-TO:J/rel.yaml/1/one/due@goal-tools
UID:J/rel.yaml/2/one/s/due@goal-tools -> RELATED-TO:J/rel.yaml/2/one/due@goal-tools
W
diff want got || { echo "RELATED-TO names the wrong parent"; exit 1; }
