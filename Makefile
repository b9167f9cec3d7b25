# goal tools: goal-lint, goal-split, goal-due and libgoal.a.
#
#   make            build (never installs anything)
#   make check      install missing Debian packages, build, run the tests
#   make demo       install missing Debian packages, build, lint examples/
#   make sanitize   the whole suite under ASan and UBSan
#   make memcheck   the golden suite with every tool and unit test under
#                   valgrind
#   make fuzz       every libFuzzer harness, FUZZ_SECONDS each
#   make bench      every tool against a bare libyaml parse (bench-instr:
#                   the same in instructions, with callgrind)
#   make regen      rewrite golden output from the current binaries
#   make install    copy the tools, man pages, bash and zsh completions and
#                   contrib/goal.schema.json under $(DESTDIR)$(PREFIX)
#   make uninstall  remove what make install copied
#   make clean
#
# Objects and binaries go to $(O), build/ by default.  CPPFLAGS, CFLAGS and
# LDFLAGS are honoured (CPPFLAGS="$$(dpkg-buildflags --get CPPFLAGS)" ...),
# and a change to any of them rebuilds everything.

VERSION =	0.1.0
O =		build

PREFIX =	/usr/local
BINDIR =	$(PREFIX)/bin
MANDIR =	$(PREFIX)/share/man
BASHCOMPDIR =	$(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR =	$(PREFIX)/share/zsh/site-functions
SCHEMADIR =	$(PREFIX)/share/goal-tools

CC ?=		cc
CFLAGS ?=	-O2 -g
WARNINGS =	-Wall -Wextra -Wpedantic -Wmissing-prototypes \
		-Wstrict-prototypes -Wwrite-strings -Wshadow -Wformat=2
ifdef CI
WARNINGS +=	-Werror
endif

PKGS =		yaml-0.1 libpcre2-8
PKG_CFLAGS :=	$(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS :=	$(shell pkg-config --libs $(PKGS) 2>/dev/null)

# The user's flags come last, so that they win.
ALL_CPPFLAGS =	-D_POSIX_C_SOURCE=200809L -DVERSION='"$(VERSION)"' \
		-Ilib $(PKG_CFLAGS) $(CPPFLAGS)
ALL_CFLAGS =	-std=c99 $(WARNINGS) $(CFLAGS)
LIBS =		$(PKG_LIBS)

COMPILE =	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS)
LINK =		$(CC) $(ALL_CFLAGS) $(LDFLAGS)

# Every lib/*.c is a module of the library; every cmd/goal-*.c a command,
# linked with the helpers of cmd/cmd.c.
LIB_SRCS =	$(sort $(wildcard lib/*.c))
LIB_OBJS =	$(LIB_SRCS:lib/%.c=$(O)/lib/%.o) $(O)/lib/rules_data.o
LIB_HDRS =	$(wildcard lib/*.h)

CMDS =		$(sort $(patsubst cmd/%.c,%,$(wildcard cmd/goal-*.c)))
BINS =		$(CMDS:%=$(O)/%)
CMD_OBJS =	$(patsubst cmd/%.c,$(O)/cmd/%.o,$(wildcard cmd/cmd.c))
CMD_HDRS =	$(wildcard cmd/*.h)

UNIT_SRCS =	$(wildcard tests/unit/test_*.c)
UNITS =		$(UNIT_SRCS:tests/unit/%.c=$(O)/tests/%)

MANS =		$(wildcard man/*.[0-9])

all: $(BINS) $(UNITS)

# The flags every object and binary is made with.  The file changes only
# when they do, and everything depends on it, so that new flags (CFLAGS=-O0,
# CI=1, dpkg-buildflags) rebuild everything and the same flags rebuild
# nothing.
FLAGS =		$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(LDFLAGS) $(LIBS)

$(O)/.flags: FORCE
	@mkdir -p $(@D)
	@printf '%s\n' '$(subst ','\'',$(FLAGS))' >$@.tmp
	@if cmp -s $@.tmp $@; then rm -f $@.tmp; else mv -f $@.tmp $@; fi

$(O)/lib/%.o: lib/%.c $(LIB_HDRS) $(O)/.flags
	@mkdir -p $(@D)
	$(COMPILE) -c -o $@ $<

# The built-in rules, compiled into the library: whole, and without the
# examples and comments that goal-lint need not read at every start.
$(O)/lib/rules_data.c: lib/rules.yaml tools/embed tools/lean-rules
	@mkdir -p $(@D)
	sh tools/lean-rules lib/rules.yaml >$(O)/lib/rules_lean.yaml
	{ sh tools/embed lib/rules.yaml goal_rules_yaml && \
	    sh tools/embed $(O)/lib/rules_lean.yaml goal_rules_lean_yaml; } \
	    >$@.tmp && mv $@.tmp $@

$(O)/lib/rules_data.o: $(O)/lib/rules_data.c $(O)/.flags
	$(COMPILE) -c -o $@ $<

$(O)/libgoal.a: $(LIB_OBJS)
	rm -f $@
	ar rcs $@ $(LIB_OBJS)

$(O)/cmd/%.o: cmd/%.c lib/goal.h $(CMD_HDRS) $(O)/.flags
	@mkdir -p $(@D)
	$(COMPILE) -c -o $@ $<

$(BINS): $(O)/%: $(O)/cmd/%.o $(CMD_OBJS) $(O)/libgoal.a
	$(LINK) -o $@ $< $(CMD_OBJS) $(O)/libgoal.a $(LIBS)

$(UNITS): $(O)/tests/%: tests/unit/%.c $(wildcard tests/unit/*.h) $(O)/libgoal.a \
		$(LIB_HDRS) $(O)/.flags
	@mkdir -p $(@D)
	$(COMPILE) $(LDFLAGS) -o $@ $< $(O)/libgoal.a $(LIBS)

# The targets that may install packages first make sure they can, then
# build in a new make, which sees the flags of what was just installed.
deps:
	@sh tools/deps

test-deps:
	@sh tools/deps test

check: test-deps
	@$(MAKE) --no-print-directory all
	@$(MAKE) --no-print-directory test

test:
	@O=$(O) sh tests/run

regen: all
	@O=$(O) REGEN=1 sh tests/run

demo: deps
	@$(MAKE) --no-print-directory all
	@sh tools/demo $(O)

SAN_FLAGS =	-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
		-fno-sanitize-recover=all

sanitize: test-deps
	@$(MAKE) --no-print-directory O=build/sanitize CFLAGS='$(SAN_FLAGS)' all
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	    $(MAKE) --no-print-directory O=build/sanitize test

# Benchmark: every tool and format against a bare libyaml parse of the
# same file, in alternating rounds, at 1k, 10k and 100k goals.
bench: all $(O)/bench/parse $(O)/bench/measure
	@O=$(O) sh tests/bench/run.sh

# The same commands counted in instructions (callgrind) at 10,000 goals:
# repeatable on a busy machine.
bench-instr: all $(O)/bench/parse $(O)/bench/measure
	@O=$(O) BENCH_INSTR=1 sh tests/bench/run.sh

$(O)/bench/parse: tests/bench/parse.c $(O)/.flags
	@mkdir -p $(@D)
	$(COMPILE) $(LDFLAGS) -o $@ tests/bench/parse.c $(LIBS)

$(O)/bench/measure: tests/bench/measure.c $(O)/.flags
	@mkdir -p $(@D)
	$(COMPILE) $(LDFLAGS) -o $@ tests/bench/measure.c

# Fuzzing with libFuzzer (clang), ASan and UBSan: every harness in
# tests/fuzz/, each FUZZ_SECONDS long (60 by default).
FUZZ_CC =	clang
FUZZ_SAN =	-fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_COMPILE =	$(FUZZ_CC) $(ALL_CPPFLAGS) -std=c99 -g -O1 $(FUZZ_SAN)
FUZZ_HARNESSES = $(patsubst tests/fuzz/%.c,build/fuzz/%,\
		$(wildcard tests/fuzz/fuzz_*.c))
FUZZ_OBJS =	$(LIB_SRCS:lib/%.c=build/fuzz/lib/%.o) build/fuzz/lib/rules_data.o
.SECONDARY: $(FUZZ_OBJS)

# The library once, instrumented for libFuzzer; each harness links it.
build/fuzz/lib/%.o: lib/%.c $(LIB_HDRS)
	@mkdir -p $(@D)
	$(FUZZ_COMPILE) -fsanitize=fuzzer-no-link -c -o $@ $<

build/fuzz/lib/rules_data.o: $(O)/lib/rules_data.c
	@mkdir -p $(@D)
	$(FUZZ_COMPILE) -fsanitize=fuzzer-no-link -c -o $@ $<

build/fuzz/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_OBJS)
	$(FUZZ_COMPILE) -fsanitize=fuzzer -o $@ $< $(FUZZ_OBJS) $(LIBS)

fuzz-build: deps
	@command -v $(FUZZ_CC) >/dev/null || { echo "make fuzz needs clang"; exit 1; }
	@$(MAKE) --no-print-directory $(FUZZ_HARNESSES)

fuzz: fuzz-build
	@sh tests/fuzz/run.sh

# The golden suite under valgrind (memcheck, leaks included): the unit
# tests, the golden cases and the checks of tests/sh, with every tool and
# unit test a wrapper that execs valgrind on the real program in
# build/memcheck/real/ (tests/run puts $(O) first on PATH and runs
# $(O)/tests/test_*).  Any valgrind error makes a program exit 99, which
# fails its test.  tests/valgrind.supp names what is suppressed and why.
#
# tests/run runs in build/memcheck/top, a tree of links to this one, with
# GOAL_MEMCHECK set: there a check of tests/sh named in MEMCHECK_LEAVE_OUT
# is a stub that skips with the reason given, and the hostile checks
# skip only their time bounds (tests/sh/hostile-bounds: valgrind runs a
# tool 20 to 50 times slower) and check all the rest.
MEMCHECK =	valgrind -q --vgdb=no --error-exitcode=99 --leak-check=full \
		--errors-for-leak-kinds=definite,indirect,possible \
		--suppressions=$(CURDIR)/tests/valgrind.supp

# NAME: why, one a line.
define MEMCHECK_LEAVE_OUT
split-roundtrip: left out of make memcheck: 363 tool runs, 3 for each example and golden input of goal-lint and goal-split, inputs the golden cases run under valgrind already (6 minutes of CPU more)
endef
export MEMCHECK_LEAVE_OUT

MEMCHECK_TOP =	build/memcheck/top

memcheck: test-deps
	@command -v valgrind >/dev/null || { echo "make memcheck needs valgrind"; exit 1; }
	@rm -f $(CMDS:%=build/memcheck/%) build/memcheck/tests/test_*
	@$(MAKE) --no-print-directory O=build/memcheck all
	@rm -rf build/memcheck/real && mkdir -p build/memcheck/real/tests
	@for p in $(CMDS) $(UNITS:$(O)/%=%); do \
	    mv -f build/memcheck/$$p build/memcheck/real/$$p && \
	    printf '#!/bin/sh\nexec %s %s "$$@"\n' '$(MEMCHECK)' \
	    "$(CURDIR)/build/memcheck/real/$$p" >build/memcheck/$$p && \
	    chmod 755 build/memcheck/$$p || exit 1; done
	@rm -rf $(MEMCHECK_TOP) && mkdir -p $(MEMCHECK_TOP)/tests/sh
	@for f in $$(ls -A); do case $$f in build|tests) ;; \
	    *) ln -s "$(CURDIR)/$$f" $(MEMCHECK_TOP)/$$f || exit 1 ;; esac; done
	@ln -s "$(CURDIR)/build" $(MEMCHECK_TOP)/build
	@for f in $$(ls -A tests); do [ "$$f" = sh ] || \
	    ln -s "$(CURDIR)/tests/$$f" $(MEMCHECK_TOP)/tests/$$f || exit 1; done
	@for f in tests/sh/*; do \
	    ln -s "$(CURDIR)/$$f" $(MEMCHECK_TOP)/$$f || exit 1; done
	@printf '%s\n' "$$MEMCHECK_LEAVE_OUT" | while IFS=: read -r t why; do \
	    [ -f tests/sh/$$t.sh ] || { echo "MEMCHECK_LEAVE_OUT: no tests/sh/$$t.sh"; exit 1; }; \
	    rm -f $(MEMCHECK_TOP)/tests/sh/$$t.sh && \
	    printf 'echo "%s"\nexit 77\n' "$${why# }" \
	    >$(MEMCHECK_TOP)/tests/sh/$$t.sh || exit 1; done
	@GOAL_MEMCHECK=1 O=build/memcheck sh $(MEMCHECK_TOP)/tests/run

# Every tool built, and every man page in the directory of its section.
man_section =	$(subst .,,$(suffix $(1)))
man_dir =	$(DESTDIR)$(MANDIR)/man$(1)

define install_man
	install -d "$(call man_dir,$(1))"
	install -m 644 $(filter %.$(1),$(MANS)) "$(call man_dir,$(1))"

endef

install: $(BINS)
	install -d "$(DESTDIR)$(BINDIR)"
	install -m 755 $(BINS) "$(DESTDIR)$(BINDIR)"
	$(foreach s,$(sort $(call man_section,$(MANS))),$(call install_man,$(s)))
	install -d "$(DESTDIR)$(BASHCOMPDIR)" "$(DESTDIR)$(ZSHCOMPDIR)" \
	    "$(DESTDIR)$(SCHEMADIR)"
	for c in $(CMDS); do install -m 644 contrib/goal-tools.bash \
	    "$(DESTDIR)$(BASHCOMPDIR)/$$c" || exit 1; done
	install -m 644 contrib/_goal-tools "$(DESTDIR)$(ZSHCOMPDIR)"
	install -m 644 contrib/goal.schema.json "$(DESTDIR)$(SCHEMADIR)"

uninstall:
	rm -f $(CMDS:%="$(DESTDIR)$(BINDIR)/%")
	rm -f $(foreach m,$(MANS),\
	    "$(call man_dir,$(call man_section,$(m)))/$(notdir $(m))")
	rm -f $(CMDS:%="$(DESTDIR)$(BASHCOMPDIR)/%")
	rm -f "$(DESTDIR)$(ZSHCOMPDIR)/_goal-tools"
	rm -f "$(DESTDIR)$(SCHEMADIR)/goal.schema.json"
	-rmdir "$(DESTDIR)$(SCHEMADIR)" 2>/dev/null

clean:
	rm -rf $(O)

FORCE:

.PHONY: all deps test-deps check test regen demo sanitize memcheck bench bench-instr fuzz fuzz-build install \
	uninstall clean FORCE
