# goal-split and goal-due never modify their input files, in any format,
# with -b, -s, or -o writing next to the input (with -F too); nor a file
# with problems, nor one ending in a fatal error.
mkdir -p audit-input && cd audit-input || exit 1
fail() { echo "$@"; exit 1; }
cat >goals.yaml <<'YAML'
# a comment libyaml does not report
owner: Jane Doe
goals:
  - id: books
    goal: Read 12 books by the end of 2027   # a comment
    started: 2027-01-01
    dua: 2027-12-31
    steps:
      - goal: "Pick\tthe list"
        due: next month
  - id: goals
    goal: Attend 2 meetups a quarter
    started: 2026-01-01
    due: 18 months
YAML
printf -- '- id: a\n  goal: Fine by 2027\n- id: b\n  goal: [unclosed\n' >broken.yaml
cp goals.yaml goals.orig
cp broken.yaml broken.orig
touch -t 202001010000 goals.yaml broken.yaml
ls -l --time-style=+%s goals.yaml broken.yaml >stamp
for f in tsv json yaml; do
	goal-split -a -b quarter -f $f goals.yaml broken.yaml >/dev/null 2>&1
	goal-split -s circle -f $f goals.yaml >/dev/null 2>&1
done
# -o into the input's own directory, where a goal's id is the input's
# name: refused as an input file, with -F or without it
# (audit-split-force-input.sh checks -F alone).
goal-split -o . goals.yaml >/dev/null 2>err
grep -q 'goals.yaml: would replace an input file' err || { cat err; fail "-o . replaced or did not refuse"; }
rm -f books.yaml
for f in text tsv json ics vtodo remind; do
	goal-due -a -f $f goals.yaml broken.yaml >/dev/null 2>&1
	goal-due -s public -f $f goals.yaml >/dev/null 2>&1
done
cmp goals.yaml goals.orig || fail "goals.yaml was modified"
cmp broken.yaml broken.orig || fail "broken.yaml was modified"
ls -l --time-style=+%s goals.yaml broken.yaml | diff stamp - ||
    fail "an input's mode or time changed"
exit 0
