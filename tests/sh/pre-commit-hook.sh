# contrib/pre-commit refuses staged goal files with errors or warnings,
# names them as staged, and lets clean ones through.
command -v git >/dev/null 2>&1 || { echo "no git"; exit 77; }
rm -rf pre-commit-repo && git init -q pre-commit-repo && cd pre-commit-repo || exit 1
git config user.email t@example.invalid
git config user.name t
cat >good.goals.yaml <<'YAML'
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
git add good.goals.yaml
sh "$TOP/contrib/pre-commit" >out 2>&1 || { echo "clean file refused:"; cat out; exit 1; }
printf -- '- goal: x\n  dua: 1\n' >bad.goals.yaml
git add bad.goals.yaml
if sh "$TOP/contrib/pre-commit" >out 2>&1; then
	echo "bad file accepted"; exit 1
fi
grep -q '^bad.goals.yaml:2:3: error: unknown key "dua"' out || { cat out; exit 1; }
git rm -q --cached bad.goals.yaml && rm bad.goals.yaml

# Only goal files: goals/*.yaml and *.goals.yaml, in any directory, with
# any name; a CI workflow and .goal-lint.yaml are not goal files.
mkdir -p .github/workflows goals 'team a/goals'
printf 'on: push\njobs: {}\n' >.github/workflows/ci.yaml
printf 'rules:\n  - {id: relevant.no-why, level: off}\n' >goals/.goal-lint.yaml
cp good.goals.yaml 'team a/goals/clean one.yaml'
git add .github goals 'team a'
sh "$TOP/contrib/pre-commit" >out 2>&1 || { echo "non-goal files refused:"; cat out; exit 1; }
[ ! -s out ] || { echo "output for clean and non-goal files:"; cat out; exit 1; }

printf -- '- goal: x\n  dua: 1\n' >'goals/with space.yaml'
git add 'goals/with space.yaml'
if sh "$TOP/contrib/pre-commit" >out 2>&1; then
	echo "a goal file with a space accepted"; cat out; exit 1
fi
grep -q '^goals/with space.yaml:2:3: error: unknown key "dua"' out || { cat out; exit 1; }
git rm -q --cached 'goals/with space.yaml'

nl='
'
printf -- '- goal: x\n  dua: 1\n' >"me${nl}two.goals.yaml"
git add "me${nl}two.goals.yaml"
if sh "$TOP/contrib/pre-commit" >out 2>&1; then
	echo "a goal file with a newline accepted"; cat out; exit 1
fi
grep -q '^two.goals.yaml:2:3: error: unknown key "dua"' out || { cat out; exit 1; }
grep -qx 'me' out || { cat out; exit 1; }
git rm -q --cached "me${nl}two.goals.yaml"

# What is staged counts, not the working tree.
printf -- '- goal: x\n  dua: 1\n' >'team a/goals/clean one.yaml'
sh "$TOP/contrib/pre-commit" >out 2>&1 || { echo "working tree linted:"; cat out; exit 1; }
git checkout -q -- 'team a/goals/clean one.yaml'

# The .goal-lint.yaml beside a goal file applies to it: the one in goals/
# switches relevant.no-why off; with error level, an unknown level fails.
printf -- '- goal: Attend 3 events a quarter by 2027\n  area: impact\n' >goals/nowhy.yaml
printf 'rules:\n  - {id: relevant.no-why, level: error}\n' >goals/.goal-lint.yaml
git add goals
if sh "$TOP/contrib/pre-commit" >out 2>&1; then
	echo "goals/.goal-lint.yaml not applied"; cat out; exit 1
fi
grep -q '^goals/nowhy.yaml:1:3: error: no why' out || { cat out; exit 1; }
git rm -q --cached goals/nowhy.yaml

# Other patterns through git config: now the workflow is a "goal file".
git config --add goal-lint.pattern '.github/workflows/*.yaml'
if sh "$TOP/contrib/pre-commit" >out 2>&1; then
	echo "goal-lint.pattern not used"; cat out; exit 1
fi
grep -q '^.github/workflows/ci.yaml:' out || { cat out; exit 1; }
