# goal tools: goal-lint, goal-split, goal-due and libgoal.a.
#
#   make            build (never installs anything)
#   make check      install missing Debian packages, build, run the tests
#   make demo       install missing Debian packages, build, lint examples/
#   make sanitize   the whole suite under ASan and UBSan
#   make regen      rewrite golden output from the current binaries
#   make clean
#
# Objects and binaries go to $(O), build/ by default.

VERSION =	0.1.0
O =		build

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

ALL_CFLAGS =	-std=c99 -D_POSIX_C_SOURCE=200809L -DVERSION='"$(VERSION)"' \
		$(WARNINGS) -Ilib $(PKG_CFLAGS) $(CFLAGS)
LIBS =		$(PKG_LIBS)

# Every lib/*.c is a module of the library; every cmd/goal-*.c a command,
# linked with the helpers of cmd/cmd.c.
LIB_SRCS =	$(sort $(wildcard lib/*.c))
LIB_OBJS =	$(LIB_SRCS:lib/%.c=$(O)/lib/%.o) $(O)/lib/rules_data.o
LIB_HDRS =	$(wildcard lib/*.h)

CMDS =		$(sort $(patsubst cmd/%.c,%,$(wildcard cmd/goal-*.c)))
BINS =		$(CMDS:%=$(O)/%)

UNIT_SRCS =	$(wildcard tests/unit/test_*.c)
UNITS =		$(UNIT_SRCS:tests/unit/%.c=$(O)/tests/%)

MANS =		$(wildcard man/*.[0-9])

all: $(BINS) $(UNITS)

$(O)/lib/%.o: lib/%.c $(LIB_HDRS)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

# The built-in rules, compiled into the library.
$(O)/lib/rules_data.c: lib/rules.yaml tools/embed
	@mkdir -p $(@D)
	sh tools/embed lib/rules.yaml goal_rules_yaml >$@.tmp && mv $@.tmp $@

$(O)/lib/rules_data.o: $(O)/lib/rules_data.c
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(O)/libgoal.a: $(LIB_OBJS)
	rm -f $@
	ar rcs $@ $(LIB_OBJS)

$(O)/cmd/cmd.o: cmd/cmd.c cmd/cmd.h lib/goal.h
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c -o $@ cmd/cmd.c

$(O)/%: cmd/%.c $(O)/cmd/cmd.o $(O)/libgoal.a lib/goal.h cmd/cmd.h
	$(CC) $(ALL_CFLAGS) -o $@ $< $(O)/cmd/cmd.o $(O)/libgoal.a $(LIBS)

$(O)/tests/%: tests/unit/%.c tests/unit/tap.h $(O)/libgoal.a $(LIB_HDRS)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(O)/libgoal.a $(LIBS)

# The targets that may install packages first make sure they can, then
# build in a new make, which sees the flags of what was just installed.
deps:
	@sh tools/deps

check: deps
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

sanitize: deps
	@$(MAKE) --no-print-directory O=build/sanitize CFLAGS='$(SAN_FLAGS)' all
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	    $(MAKE) --no-print-directory O=build/sanitize test

# Benchmark: goal-lint against a bare libyaml parse of 100,000 goals.
bench: all $(O)/bench/parse $(O)/bench/measure
	@O=$(O) sh tests/bench/run.sh

$(O)/bench/parse: tests/bench/parse.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -o $@ tests/bench/parse.c $(LIBS)

$(O)/bench/measure: tests/bench/measure.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -o $@ tests/bench/measure.c

# Fuzzing with libFuzzer (clang), ASan and UBSan; FUZZ_SECONDS long.
FUZZ_CC =	clang
FUZZ_FLAGS =	-g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all

fuzz: deps $(O)/lib/rules_data.c
	@command -v $(FUZZ_CC) >/dev/null || { echo "make fuzz needs clang"; exit 1; }
	@mkdir -p build/fuzz
	for t in fuzz_lint fuzz_rules; do \
	    $(FUZZ_CC) -std=c99 -D_POSIX_C_SOURCE=200809L -Ilib $(PKG_CFLAGS) \
	    $(FUZZ_FLAGS) -o build/fuzz/$$t tests/fuzz/$$t.c \
	    $(LIB_SRCS) $(O)/lib/rules_data.c $(LIBS) || exit 1; done
	@sh tests/fuzz/run.sh

clean:
	rm -rf build

.PHONY: all deps check test regen demo sanitize bench fuzz clean
