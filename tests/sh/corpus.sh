# goal-lint's judgement on the labelled corpus of tests/corpus/ stays at or
# above the floors its scorer sets: a change that loses judgement fails.
[ -x /usr/bin/python3 ] || { echo "no /usr/bin/python3"; exit 77; }
/usr/bin/python3 "$TOP/tests/corpus/score.py" >score.out 2>&1 || {
	cat score.out; exit 1; }
exit 0
