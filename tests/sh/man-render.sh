# Every man page says the same thing under mandoc and groff, with no
# broken quotes, and its SEE ALSO names pages that exist; the vim lines
# of goal-lint(1), copied from either rendering, work in vim.  Skipped
# where mandoc or groff is missing (make check installs both).
command -v mandoc >/dev/null 2>&1 || { echo "no mandoc"; exit 77; }
command -v groff >/dev/null 2>&1 || { echo "no groff"; exit 77; }

# A rendering as one word a line: hyphenation undone, hyphens and quote
# characters made alike, for the two renderers differ only there.
words() {
	col -bx | sed '1d;$d' | tr '\n' ' ' |
	    sed 's/\([a-z]\)- \{1,\}\([a-z]\)/\1\2/g' | tr -s ' ' '\n' |
	    sed "/^\$/d; s/\`/'/g; s/-//g" | sed '/^$/d'
}

fail=0
for page in "$TOP"/man/*.[1-9]; do
	name=${page##*/}
	mandoc -Tascii "$page" >"$name.mandoc" 2>"$name.mandoc.err" &&
	    groff -mandoc -Tascii -ww "$page" >"$name.groff" \
	    2>"$name.groff.err" || { echo "$name: does not render"; fail=1; }
	if [ -s "$name.groff.err" ]; then
		echo "$name: groff warns:"; cat "$name.groff.err"; fail=1
	fi
	words <"$name.mandoc" >"$name.mandoc.words"
	words <"$name.groff" >"$name.groff.words"
	if ! cmp -s "$name.mandoc.words" "$name.groff.words"; then
		echo "$name: mandoc and groff say different things:"
		diff "$name.mandoc.words" "$name.groff.words" | head -20
		fail=1
	fi
	# A quote macro that swallowed the next one renders `a, `b''.
	for r in mandoc groff; do
		if col -bx <"$name.$r" | grep -n "''\|\`\`" >"$name.quotes"; then
			echo "$name ($r): nested quotes:"; cat "$name.quotes"
			fail=1
		fi
	done
	# SEE ALSO: our own pages, or a page of a package make check installs.
	sed -n '/^\.Sh SEE ALSO/,/^\.Sh/s/^\.Xr \([^ ]*\) \([0-9]\).*/\1 \2/p' \
	    "$page" >"$name.see"
	[ -s "$name.see" ] || { echo "$name: no SEE ALSO"; fail=1; }
	while read -r xr sec; do
		[ -f "$TOP/man/$xr.$sec" ] && continue
		dpkg -S "*/man$sec/$xr.$sec*" >/dev/null 2>&1 && continue
		echo "$name: SEE ALSO $xr($sec): no such page"; fail=1
	done <"$name.see"
done

# The makeprg line as a reader copies it, from either rendering, pasted
# into vim: :make must fill the quickfix list from goal-lint's output.
printf -- '- goal: Improve my skills\n' >g.yaml
for r in mandoc groff; do
	line=$(col -bx <goal-lint.1.$r | sed -n 's/^ *\(:set makeprg=.*\)/\1/p')
	[ -n "$line" ] || { echo "goal-lint.1 ($r): no makeprg line"; fail=1; continue; }
	command -v vim >/dev/null 2>&1 || continue
	vim --version | grep -q '+quickfix' || continue
	rm -f qf
	vim -u NONE -i NONE -es -c "${line#:}" -c 'silent make' \
	    -c 'redir! > qf' \
	    -c 'for e in getqflist() | if e.valid | echo e.lnum e.col | endif | endfor' \
	    -c 'redir END' -c 'qa!' g.yaml </dev/null >/dev/null 2>&1
	# The vague verb at line 1, column 9, among the findings.
	grep -q '^1 9$' qf 2>/dev/null || {
		printf '%s\n' "goal-lint.1 ($r): \"$line\" fills no quickfix list:"
		cat qf 2>/dev/null; fail=1; }
done
exit $fail
