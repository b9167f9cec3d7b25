# vim's default errorformat takes goal-lint's lines to the right file,
# line and byte column, here past a multi-byte escape in a quoted value.
# Skipped where vim is not installed.
command -v vim >/dev/null 2>&1 || { echo "no vim"; exit 77; }
# vim-tiny has neither.
for f in eval quickfix; do
	vim --version | grep -q "+$f" || { echo "vim without +$f"; exit 77; }
done
cat >r.rules <<'YAML'
rules:
  - {id: test.vague, forbid: '\bimprove\b', message: 'vague verb "%s"'}
YAML
printf -- '- goal: "caf\\u00e9: then improve"\n  dua: 1\n' >g.yaml
goal-lint -n -R -r r.rules -r "$TOP/tests/lint/format-only.rules" g.yaml >errors
vim -u NONE -i NONE -es -c 'cgetfile errors' -c 'redir! > qf' \
    -c 'for e in getqflist() | echo e.lnum e.col bufname(e.bufnr) | endfor' \
    -c 'redir END' -c 'qa!' </dev/null
# shellcheck disable=SC2046
set -- $(cat qf)
[ "$*" = "1 26 g.yaml 2 3 g.yaml" ] || { echo "quickfix: $*"; cat errors; exit 1; }
