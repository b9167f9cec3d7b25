" contrib/goal-lint.vim: goal-lint as a vim compiler.  Copy it to
" ~/.vim/compiler/goal-lint.vim, then in a goal file:
"   :compiler goal-lint
"   :make
" and :cnext / :cprev go from finding to finding.  Vim's default
" errorformat reads goal-lint's output too; this one also knows levels.
if exists("current_compiler")
  finish
endif
let current_compiler = "goal-lint"

" Line continuations below need cpo without C, even in compatible mode.
let s:cpo_save = &cpo
set cpo&vim

CompilerSet makeprg=goal-lint\ %:S
CompilerSet errorformat=%f:%l:%c:\ %trror:\ %m,
      \%f:%l:%c:\ %tarning:\ %m,
      \%f:%l:%c:\ note:\ %m

let &cpo = s:cpo_save
unlet s:cpo_save
