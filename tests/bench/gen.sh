#!/bin/sh
# tests/bench/gen.sh N [clean]: a goal file of N top-level goals for the
# benchmark, written like people write them: steps, quoted and folded
# text, and (unless "clean") two in five goals with findings.
awk -v n="${1:-100000}" -v clean="${2:-}" 'BEGIN {
	print "owner: Bench Mark"
	print "buddy: Sam Lee"
	print "review: quarterly"
	print "goals:"
	for (i = 1; i <= n; i++) {
		y = 2027 + i % 4
		printf "  - id: goal-%d\n", i
		if (clean != "" && (i % 5 == 0 || i % 5 == 4))
			printf "    goal: Give %d talks at meetups by the end of %d\n", 1 + i % 4, y
		else if (i % 5 == 0)
			printf "    goal: Improve my skills and get better at networking %d\n", i
		else if (i % 5 == 1)
			printf "    goal: \"Earn %dK per year by the end of %d\"\n", 80 + i % 50, y
		else if (i % 5 == 2)
			printf "    goal: >\n      Attend three networking events a quarter\n      and make 7 new connections each time\n"
		else if (i % 5 == 3 && clean != "")
			printf "    goal: Complete the 12 modules of the management training course\n"
		else if (i % 5 == 3)
			printf "    goal: Complete the management training course within 18 months\n"
		else
			printf "    goal: I want to have lots of money\n"
		printf "    area: %s\n", (i % 3 ? "earnings" : "knowledge")
		printf "    why: funds the move into product management\n"
		printf "    helpers: [my manager, Ana from the finance team]\n"
		printf "    started: 2026-01-%02d\n", 1 + i % 28
		printf "    due: %d-12-31\n", y
		printf "    reward: a weekend in Lisbon\n"
		printf "    reviewed: 2026-10-01\n"
		if (i % 2 || clean != "") {
			printf "    steps:\n"
			printf "      - id: ask\n        goal: Ask for a 10%% raise at the Q1 review\n"
			printf "        plan: collect three wins with numbers; book the meeting by March 1\n"
			printf "        due: %d-03-31\n", y
			printf "      - goal: Read 2 books on negotiation\n        plan: one chapter a week\n        due: %d-02-28\n", y
		}
	}
}'
