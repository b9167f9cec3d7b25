# Emacs' compilation mode takes goal-lint's lines to the right file, line
# and column (on ASCII lines: Emacs counts characters where goal-lint
# counts bytes).  Skipped where emacs is not installed.
command -v emacs >/dev/null 2>&1 || { echo "no emacs"; exit 77; }
cat >r.rules <<'YAML'
rules:
  - {id: test.vague, forbid: '\bimprove\b', message: 'vague verb "%s"'}
YAML
printf -- '- goal: "first \\t then improve"\n  dua: 1\n' >g.yaml
goal-lint -n -R -r r.rules -r "$TOP/tests/lint/format-only.rules" g.yaml >errors
cat >where.el <<'ELISP'
(require 'compile)
(with-temp-buffer
  (insert-file-contents "errors")
  (compilation-mode)
  (compilation--ensure-parse (point-max))
  (goto-char (point-min))
  (while (not (eobp))
    (let ((msg (get-text-property (point) 'compilation-message)))
      (when msg
        (let ((loc (compilation--message->loc msg)))
          (princ (format "%s %s %s\n"
                         (car (compilation--file-struct->file-spec
                               (compilation--loc->file-struct loc)))
                         (compilation--loc->line loc)
                         (compilation--loc->col loc))))))
    (forward-line 1)))
ELISP
emacs --batch -Q -l where.el >got 2>err || { cat err; exit 1; }
# shellcheck disable=SC2046
set -- $(cat got)
# Emacs keeps the columns as written; it counts them from 1, as goal-lint.
[ "$*" = "g.yaml 1 24 g.yaml 2 3" ] || { echo "compilation: $*"; cat errors err; exit 1; }
