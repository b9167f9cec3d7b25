# A rule's work over a text is bounded, not only each call's: a nested
# quantifier over a thousand segments stays under PCRE2's match limit in
# every call and took 35 s; now the rule uses up its work budget, is
# reported once as a note naming it and is switched off for the rest of
# the run, while another rule goes on.
. "$TOP/tests/sh/hostile-bounds"
cat >r.rules <<'YAML'
rules:
  - id: test.nested
    forbid: '(a+)+b'
    message: 'nested "%s"'
  - id: test.plain
    forbid: '\bab\b'
    message: 'plain "%s"'
YAML
awk 'BEGIN { for (g = 0; g < 2; g++) { printf "- goal: "
	for (i = 0; i < 1000; i++) printf "aaaaaaaaaaaaaaaaaaaa ab "; print "" } }' >g.yaml
timeout 10 goal-lint -n -R -r r.rules -t 2026-11-24 g.yaml >out
[ $? -ne 124 ] || { echo "nested quantifier over 1,000 segments: over 10 s"; exit 1; }
n=$(grep -c 'note: rule test.nested' out)
[ "$n" -eq 1 ] || { echo "$n notes about test.nested, want 1:"; grep note out; exit 1; }
grep -q '^g.yaml:1:9: note: rule test.nested used up its work budget (256 per byte of text): switched off for the rest of the run \[test.nested\]$' out || {
	echo "no budget note:"; grep note out; exit 1; }
n=$(grep -c 'more findings in this goal not shown \[test.plain\]' out)
[ "$n" -eq 2 ] || { echo "test.plain did not go on over both goals:"; grep note out; exit 1; }
# When the budget stops a rule inside a goal after its 100 findings, what
# came after was not counted: the note counting the rest says "at least"
# (it said "133 more", where there are 330: 130 x and 3 ab before the
# budget ran out, 47 ab and 150 x after).
cat >cut.rules <<'YAML'
rules:
  - id: test.cut
    forbid: 'x|(a+)+b'
    message: 'found "%s"'
YAML
awk 'BEGIN { printf "- goal: "; for (i = 0; i < 230; i++) printf "x "
	for (i = 0; i < 50; i++) printf "aaaaaaaaaaaaaaaaaaaa ab "
	for (i = 0; i < 150; i++) printf "x "; print "" }' >cut.yaml
timeout 10 goal-lint -n -R -r cut.rules -t 2026-11-24 cut.yaml >out
[ $? -ne 124 ] || { echo "cut.yaml: over 10 s"; exit 1; }
grep -q '^cut.yaml:1:9: note: rule test.cut used up its work budget' out || {
	echo "cut.yaml: the budget did not stop test.cut:"; grep note out; exit 1; }
grep -q '^cut.yaml:1:209: note: test.cut: at least 1[0-9][0-9] more findings in this goal not shown (not counted past the rule.s work budget) \[test.cut\]$' out || {
	echo "cut.yaml: the note does not say the count stopped with the budget:"; grep note out; exit 1; }
