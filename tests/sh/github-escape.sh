# -f github escapes what GitHub's workflow commands require: %, CR and LF
# everywhere, and : and , in properties such as the file name.
printf -- '- goal: Earn 100K per year by 2027\n  dua: 2027\n' >'odd,na:me.yaml'
goal-lint -n -R -f github 'odd,na:me.yaml' >out
grep -q '^::error file=odd%2Cna%3Ame.yaml,line=2,col=3,title=format.unknown-key::unknown key "dua": did you mean "due"?$' out || {
	cat out; exit 1; }
