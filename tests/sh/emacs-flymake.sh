# contrib/goal-lint.el's flymake backend reports goal-lint's findings on
# the buffer (not the file on disk) at their lines, with their levels.
# Skipped where emacs is not installed.
command -v emacs >/dev/null 2>&1 || { echo "no emacs"; exit 77; }
printf -- '- goal: x\n' >g.yaml
cat >run.el <<'ELISP'
(load (expand-file-name "contrib/goal-lint.el" (getenv "TOP")))
(find-file "g.yaml")
;; What is in the buffer counts, not the file: the unknown key is unsaved.
(goto-char (point-max))
(insert "  dua: 1\n")
(defvar got 'none)
(goal-lint-flymake (lambda (diags &rest _) (setq got diags)))
(let ((n 0))
  (while (and (eq got 'none) (< n 100))
    (accept-process-output nil 0.1)
    (setq n (1+ n))))
(when (eq got 'none) (princ "no report\n") (kill-emacs 1))
(dolist (d got)
  (princ (format "%d %s %s\n"
                 (line-number-at-pos (flymake-diagnostic-beg d))
                 (flymake-diagnostic-type d)
                 (flymake-diagnostic-text d))))
ELISP
emacs --batch -Q -l run.el >got 2>err || { cat got err; exit 1; }
grep -q '^2 :error unknown key "dua"' got || { cat got err; exit 1; }
grep -q '^1 :warning no deadline' got || { cat got err; exit 1; }
grep -q '^1 :note ' got || { cat got err; exit 1; }
