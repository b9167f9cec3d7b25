# contrib/pre-commit refuses staged goal files with errors or warnings,
# names them as staged, and lets clean ones through.
command -v git >/dev/null 2>&1 || { echo "no git"; exit 77; }
git init -q repo && cd repo || exit 1
git config user.email t@example.invalid
git config user.name t
cat >good.yaml <<'YAML'
buddy: Sam Lee
goals:
  - goal: Earn 100K per year by the end of 2027
    area: earnings
    why: funds the move into product management
    started: 2026-09-01
    due: 2027-06-30
    reviewed: 2026-10-01
    reward: a weekend in Lisbon
YAML
git add good.yaml
sh "$TOP/contrib/pre-commit" >out 2>&1 || { echo "clean file refused:"; cat out; exit 1; }
printf -- '- goal: x\n  dua: 1\n' >bad.yaml
git add bad.yaml
if sh "$TOP/contrib/pre-commit" >out 2>&1; then
	echo "bad file accepted"; exit 1
fi
grep -q '^bad.yaml:2:3: error: unknown key "dua"' out || { cat out; exit 1; }
