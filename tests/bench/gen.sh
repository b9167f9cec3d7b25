#!/bin/sh
# tests/bench/gen.sh N [clean]: a goal file of N top-level goals for the
# benchmark, written like people write them: a header, clean and vague
# goals mixed, steps nested two deep, every written date form, spans,
# sentence deadlines and cadences, non-ASCII text, quoted, literal and
# folded scalars.  With "clean", the goals a linter would flag are
# replaced by good ones, so that output costs little.
awk -v n="${1:-100000}" -v clean="${2:-}" 'BEGIN {
	print "owner: Bench Mark"
	print "buddy: Sam Lee"
	print "review: quarterly"
	print "goals:"
	for (i = 1; i <= n; i++) {
		y = 2027 + i % 4
		k = i % 10
		printf "  - id: goal-%d\n", i
		if (k == 0 && clean == "")
			printf "    goal: Improve my skills and get better at networking %d\n", i
		else if (k == 0)
			printf "    goal: Give %d talks at meetups by the end of %d\n", 1 + i % 4, y
		else if (k == 1)
			printf "    goal: \"Earn %dK per year by the end of %d\"\n", 80 + i % 50, y
		else if (k == 2)
			printf "    goal: >\n      Attend three networking events a quarter\n      and make 7 new connections each time\n"
		else if (k == 3)
			printf "    goal: Complete the 12 modules of the management training course within 18 months\n"
		else if (k == 4 && clean == "")
			printf "    goal: I want to have lots of money\n"
		else if (k == 4)
			printf "    goal: Publish 2 posts per month on the team blog\n"
		else if (k == 5)
			printf "    goal: Présenter 4 démos à l’équipe de Zürich by June %d\n", y
		else if (k == 6)
			printf "    goal: |\n      Mentor two junior engineers through\n      their first on-call rotation by Q3 %d\n", y
		else if (k == 7)
			printf "    goal: '\''Ship the billing service v%d'\''\n", i % 9 + 1
		else if (k == 8)
			printf "    goal: Read 12 books on management by the end of %d\n", y
		else
			printf "    goal: Lead the weekly architecture review\n"
		printf "    area: %s\n", (i % 3 ? "earnings" : "knowledge")
		printf "    why: funds the move into product management\n"
		printf "    helpers: [my manager, Ana from the finance team]\n"
		printf "    started: 2026-01-%02d\n", 1 + i % 28
		if (k == 3)
			printf "    due: 18 months\n"
		else if (k == 7)
			printf "    due: %d-Q%d\n", y, 1 + i % 4
		else if (k == 9)
			printf "    due: %d-%02d\n", y, 1 + i % 12
		else if (k == 2 || k == 4)
			printf "    due: %d\n", y
		else if (k != 5 && k != 6 && k != 8 && k != 1)
			printf "    due: %d-12-31\n", y
		if (k == 9)
			printf "    cadence: weekly\n"
		printf "    reward: a weekend in Lisbon\n"
		printf "    reviewed: 2026-10-01\n"
		if (i % 2 || clean != "") {
			printf "    steps:\n"
			printf "      - id: ask\n        goal: Ask for a 10%% raise at the Q1 review\n"
			printf "        plan: collect three wins with numbers; book the meeting by March 1\n"
			printf "        due: 2027-03-31\n"
			printf "        steps:\n"
			printf "          - goal: List 3 wins with numbers\n            plan: from the sprint notes\n            due: 2027-02-15\n"
			printf "      - goal: Read 2 books on negotiation\n        plan: one chapter a week\n        due: 2027-02-28\n"
		}
	}
}'
