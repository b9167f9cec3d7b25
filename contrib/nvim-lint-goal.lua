-- contrib/nvim-lint-goal.lua: goal-lint for Neovim's nvim-lint
-- (https://github.com/mfussenegger/nvim-lint).  Copy it to
-- ~/.config/nvim/lua/nvim-lint-goal.lua, then in init.lua:
--
--   local lint = require('lint')
--   lint.linters.goal_lint = require('nvim-lint-goal')
--   vim.api.nvim_create_autocmd({ 'BufWritePost', 'BufReadPost' }, {
--     pattern = { '*/goals/*.yaml', '*.goals.yaml' },
--     callback = function()
--       lint.try_lint('goal_lint', { cwd = vim.fn.expand('%:p:h') })
--     end,
--   })
--
-- The buffer goes through standard input; run from the file's directory
-- (cwd above), goal-lint finds the .goal-lint.yaml that applies to it.
-- JSON Lines come back.  goal-lint's
-- columns count bytes, as Neovim's do.
local severity = {
  error = vim.diagnostic.severity.ERROR,
  warning = vim.diagnostic.severity.WARN,
  note = vim.diagnostic.severity.INFO,
}

return {
  cmd = 'goal-lint',
  args = { '-f', 'json', '-' },
  stdin = true,
  stream = 'stdout',
  ignore_exitcode = true, -- 1 means findings
  parser = function(output)
    local diags = {}
    -- plain = true; Neovim 0.7 takes no options table.
    for line in vim.gsplit(output, '\n', true) do
      local ok, f = pcall(vim.json.decode, line)
      if ok and type(f) == 'table' and f.line then
        table.insert(diags, {
          lnum = f.line - 1,
          col = f.column - 1,
          severity = severity[f.level] or vim.diagnostic.severity.INFO,
          message = f.message,
          code = f.rule,
          source = 'goal-lint',
        })
      end
    end
    return diags
  end,
}
