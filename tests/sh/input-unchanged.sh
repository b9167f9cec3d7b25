# Input files are never modified, whatever goal-lint finds.
cp "$TOP/tests/lint/fmt-gnu.yaml" in.yaml
cksum in.yaml >before
ls -l in.yaml | cut -d' ' -f1-5 >>before
goal-lint -n -f json in.yaml >/dev/null
goal-lint -n -f score in.yaml >/dev/null
cksum in.yaml >after
ls -l in.yaml | cut -d' ' -f1-5 >>after
cmp -s before after || { echo "in.yaml changed"; diff before after; exit 1; }
