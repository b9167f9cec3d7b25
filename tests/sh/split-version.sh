# goal-split -V prints its name and version on standard output, exit 0;
# --help is -h.
out=$(goal-split -V) || { echo "goal-split -V: exit status $?"; exit 1; }
case $out in
"goal-split "[0-9]*) ;;
*) echo "goal-split -V printed: $out"; exit 1 ;;
esac
goal-split --help | head -1 | grep -q '^usage: goal-split ' || {
	echo "goal-split --help: no usage line"; exit 1; }
