;;; goal-lint.el --- goal-lint for Emacs: flymake and M-x compile  -*- lexical-binding: t -*-

;; Load it (M-x load-file, or (load "/path/to/goal-lint.el") in your
;; init file), then M-x flymake-mode in a goal file; or M-x compile
;; with "goal-lint goals.yaml": compilation mode reads goal-lint's lines
;; as they are.  Flymake lints the buffer as it is, through standard
;; input, from the file's directory, so .goal-lint.yaml is found as for
;; the file.  Emacs counts columns in characters, goal-lint in bytes: on
;; a line with accented letters before a finding, the column is off.

(require 'flymake)

(defvar-local goal-lint--proc nil)

(defun goal-lint-flymake (report-fn &rest _args)
  "A flymake backend that runs goal-lint on the buffer."
  (when (process-live-p goal-lint--proc)
    (kill-process goal-lint--proc))
  (let ((source (current-buffer)))
    (save-restriction
      (widen)
      (setq goal-lint--proc
            (make-process
             :name "goal-lint" :noquery t :connection-type 'pipe
             :buffer (generate-new-buffer " *goal-lint*")
             :command '("goal-lint" "-")
             :sentinel
             (lambda (proc _event)
               (when (memq (process-status proc) '(exit signal))
                 (unwind-protect
                     (if (eq proc (buffer-local-value 'goal-lint--proc source))
                         (funcall report-fn (goal-lint--diags source (process-buffer proc)))
                       (flymake-log :warning "goal-lint: a stale run"))
                   (kill-buffer (process-buffer proc)))))))
      (process-send-region goal-lint--proc (point-min) (point-max))
      (process-send-eof goal-lint--proc))))

(defun goal-lint--diags (source output)
  "Flymake diagnostics in SOURCE from goal-lint's OUTPUT buffer."
  (with-current-buffer output
    (goto-char (point-min))
    (let (diags)
      (while (re-search-forward
              "^[^\n]*?:\\([0-9]+\\):\\([0-9]+\\): \\(error\\|warning\\|note\\): \\(.*\\)$"
              nil t)
        (let ((line (string-to-number (match-string 1)))
              (col (string-to-number (match-string 2)))
              (level (match-string 3))
              (msg (match-string 4)))
          (with-current-buffer source
            (save-excursion
              (goto-char (point-min))
              (forward-line (1- line))
              (let* ((beg (min (+ (point) (1- col)) (line-end-position)))
                     (end (save-excursion
                            (goto-char beg)
                            (skip-syntax-forward "w_")
                            (max (point) (min (1+ beg) (point-max))))))
                (push (flymake-make-diagnostic
                       source beg end
                       (cond ((equal level "error") :error)
                             ((equal level "warning") :warning)
                             (t :note))
                       msg)
                      diags))))))
      (nreverse diags))))

(defun goal-lint-setup-flymake ()
  "Use goal-lint as a flymake backend in this buffer."
  (add-hook 'flymake-diagnostic-functions #'goal-lint-flymake nil t))

(provide 'goal-lint)
;;; goal-lint.el ends here
