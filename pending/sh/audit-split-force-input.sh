# SPEC 3: "Input files are never modified"; SPEC 5: -o is "like split(1)",
# and split(1) refuses to write over its input ("would overwrite input;
# aborting").  goal-split -F -o . goals.yaml, where a goal's id is
# "goals", renames its output over goals.yaml: the input loses its other
# goals and its comments.  Expected: the input untouched, exit 2.
mkdir -p audit-force-input && cd audit-force-input || exit 1
cat >goals.yaml <<'YAML'
# my goals, with comments
owner: Jane Doe
goals:
  - id: goals
    goal: Attend 2 meetups a quarter
  - id: other
    goal: Read 2 books by 2027
YAML
cp goals.yaml orig
goal-split -F -o . goals.yaml >out 2>err
rc=$?
cmp -s goals.yaml orig || { echo "the input was replaced:"; cat goals.yaml; exit 1; }
[ "$rc" -eq 2 ] || { echo "exit $rc, want 2"; exit 1; }
exit 0
