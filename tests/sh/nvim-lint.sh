# contrib/nvim-lint-goal.lua's parser turns goal-lint's JSON Lines into
# Neovim diagnostics at 0-based lines and byte columns, with severities.
# Runs the parser alone in a headless Neovim (nvim-lint itself is not
# needed); skipped where nvim is not installed.
command -v nvim >/dev/null 2>&1 || { echo "no nvim"; exit 77; }
printf -- '- goal: x\n  dua: 1\n' >g.yaml
goal-lint -n -f json g.yaml >out.json
cat >run.lua <<'LUA'
local linter = dofile(os.getenv('TOP') .. '/contrib/nvim-lint-goal.lua')
local f = assert(io.open('out.json'))
local diags = linter.parser(f:read('*a'))
f:close()
local out = {}
for _, d in ipairs(diags) do
  table.insert(out, string.format('%d %d %d %s', d.lnum, d.col, d.severity, d.code))
end
local w = assert(io.open('got', 'w'))
w:write(table.concat(out, '\n') .. '\n')
w:close()
LUA
# -l needs Neovim 0.9; Debian 12 has 0.7.  An error in the script
# quits with a non-zero status (cq) instead of waiting for input.
timeout 60 nvim --headless --clean \
    -c 'lua local ok, e = pcall(dofile, "run.lua") if not ok then io.stderr:write(e, "\n") vim.cmd("cq") end' \
    -c 'qa!' </dev/null >log 2>&1 || { cat log; exit 1; }
# severity: 1 ERROR, 2 WARN, 3 INFO
grep -q '^1 2 1 format.unknown-key$' got || { cat got log; exit 1; }
grep -q '^0 2 2 time-bound.no-deadline$' got || { cat got log; exit 1; }
grep -q '^0 2 3 habit.no-buddy$' got || { cat got log; exit 1; }
