/*
 * tap.h: the few assert-like macros of the unit tests.  Each check prints
 * one TAP line; tests/run counts them.  A test program exits 1 when any
 * check failed, so it also fails on its own.
 */
#ifndef TAP_H
#define TAP_H

#include <stdio.h>
#include <string.h>

static int tap_n, tap_failed;

#define OK(cond, ...) do {						\
	tap_n++;							\
	if (cond)							\
		printf("ok %d - ", tap_n);				\
	else {								\
		printf("not ok %d - ", tap_n);				\
		tap_failed++;						\
	}								\
	printf(__VA_ARGS__);						\
	printf("\n");							\
	if (!(cond))							\
		printf("#   %s:%d: %s\n", __FILE__, __LINE__, #cond);	\
} while (0)

#define IS_INT(got, want, ...) do {					\
	long tap_g = (long)(got), tap_w = (long)(want);			\
	OK(tap_g == tap_w, __VA_ARGS__);				\
	if (tap_g != tap_w)						\
		printf("#   got %ld, want %ld\n", tap_g, tap_w);	\
} while (0)

#define IS_STR(got, want, ...) do {					\
	const char *tap_g = (got), *tap_w = (want);			\
	int tap_same = tap_g != NULL && strcmp(tap_g, tap_w) == 0;	\
	OK(tap_same, __VA_ARGS__);					\
	if (!tap_same)							\
		printf("#   got \"%s\", want \"%s\"\n",		\
		    tap_g ? tap_g : "(null)", tap_w);			\
} while (0)

#define TAP_DONE() (printf("1..%d\n", tap_n), tap_failed ? 1 : 0)

#endif /* TAP_H */
