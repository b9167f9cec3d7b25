# contrib/goal-lint.vim as a vim compiler: :compiler goal-lint, :make on
# a file whose name has a space, and the quickfix list holds each finding
# at its line and column with its level (E, W; a note has none).
# Skipped where vim is not installed.
command -v vim >/dev/null 2>&1 || { echo "no vim"; exit 77; }
for f in eval quickfix; do
	vim --version | grep -q "+$f" || { echo "vim without +$f"; exit 77; }
done
mkdir -p rtp/compiler && cp "$TOP/contrib/goal-lint.vim" rtp/compiler/ || exit 1
printf -- '- goal: Improve my skills\n  dua: 1\n' >'my goals.yaml'
vim -u NONE -i NONE -es --cmd 'set rtp^=rtp' -c 'compiler goal-lint' \
    -c 'silent make' -c 'redir! > qf' \
    -c 'for e in getqflist() | if e.valid | echo e.lnum e.col toupper(e.type) bufname(e.bufnr) | endif | endfor' \
    -c 'redir END' -c 'qa!' 'my goals.yaml' </dev/null >/dev/null 2>&1
grep -q '^2 3 E my goals.yaml$' qf || { echo "no error at 2:3:"; cat qf; exit 1; }
grep -q '^1 9 W my goals.yaml$' qf || { echo "no warning at 1:9:"; cat qf; exit 1; }
[ "$(grep -c . qf)" -eq "$(goal-lint 'my goals.yaml' | grep -c .)" ] ||
    { echo "not every finding:"; cat qf; exit 1; }
