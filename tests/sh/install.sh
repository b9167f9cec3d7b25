# make install puts every tool and man page under DESTDIR, by section, from
# the build the tests run; make uninstall takes them away again.
command -v make >/dev/null 2>&1 || { echo "no make"; exit 77; }
case $O in
/*) built=$O ;;
*) built=$TOP/$O ;;
esac
dest=$(mktemp -d) || exit 1
trap 'rm -rf "$dest"' EXIT
: >before
# What the runner tests is what is installed: its O, and -o so that flags
# other than the build's (make sanitize's CFLAGS) rebuild nothing.  No
# MAKEFLAGS from a make check above: its variables (PREFIX=...) and its
# jobserver are not this make's.
MAKEFLAGS='' make -s --no-print-directory -C "$TOP" O="$O" -o "$O/.flags" \
    DESTDIR="$dest" install >out 2>&1 || { cat out; exit 1; }
for f in bin/goal-lint share/man/man1/goal-lint.1 share/man/man5/goal.5; do
	[ -f "$dest/usr/local/$f" ] || { echo "not installed: $f"; find "$dest"; exit 1; }
done
[ -x "$dest/usr/local/bin/goal-lint" ] || { echo "goal-lint not executable"; exit 1; }
cmp -s "$built/goal-lint" "$dest/usr/local/bin/goal-lint" || {
	echo "installed goal-lint is not $O/goal-lint"; exit 1; }
[ -z "$(find "$built/goal-lint" -newer before)" ] || {
	echo "make install rebuilt $O/goal-lint"
	exit 1; }
MAKEFLAGS='' make -s --no-print-directory -C "$TOP" O="$O" DESTDIR="$dest" \
    uninstall >out 2>&1 || { cat out; exit 1; }
left=$(find "$dest" -type f)
[ -z "$left" ] || { echo "left after uninstall: $left"; exit 1; }
