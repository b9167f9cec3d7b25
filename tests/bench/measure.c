/*
 * measure.c: times a command against a baseline in alternating rounds
 * (baseline, command, baseline, command...), so that both see the same
 * noise of a busy machine, and prints the medians:
 *
 *	measure ROUNDS BASELINE [ARG]... -- COMMAND [ARG]...
 *	=> "BASE_MS CMD_MS RATIO CMD_KIB"
 *
 * CMD_KIB is the largest resident set of one run of the command, read
 * from that child alone (wait4), not from all children together.
 * Standard output of both goes to /dev/null.  A command that exits with
 * more than 1 (goal-lint and goal-due exit 1 on findings) is a failure.
 */
#define _DEFAULT_SOURCE		/* wait4() */
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static double
now(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* One run: its wall time in ms, and its peak RSS in KiB in *kib. */
static double
run(char **argv, long *kib)
{
	struct rusage	 ru;
	double		 t;
	pid_t		 pid;
	int		 status, fd;

	t = now();
	if ((pid = fork()) == 0) {
		if ((fd = open("/dev/null", O_WRONLY)) >= 0)
			dup2(fd, 1);
		execvp(argv[0], argv);
		_exit(127);
	}
	if (pid < 0 || wait4(pid, &status, 0, &ru) < 0 ||
	    !WIFEXITED(status) || WEXITSTATUS(status) > 1) {
		fprintf(stderr, "measure: %s failed\n", argv[0]);
		exit(2);
	}
	t = now() - t;
	if (ru.ru_maxrss > *kib)
		*kib = ru.ru_maxrss;
	return t;
}

static int
by_value(const void *a, const void *b)
{
	double	 x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static double
median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof(*v), by_value);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

int
main(int argc, char *argv[])
{
	double	*base, *cmd, mb, mc;
	long	 base_kib = 0, cmd_kib = 0;
	char	**cmdv = NULL;
	int	 rounds, i;

	for (i = 2; i < argc; i++)
		if (strcmp(argv[i], "--") == 0) {
			argv[i] = NULL;
			cmdv = argv + i + 1;
			break;
		}
	if (argc < 5 || cmdv == NULL || *cmdv == NULL ||
	    (rounds = atoi(argv[1])) < 1) {
		fprintf(stderr, "usage: measure ROUNDS BASELINE [ARG]... -- "
		    "COMMAND [ARG]...\n");
		return 2;
	}
	base = calloc((size_t)rounds, sizeof(*base));
	cmd = calloc((size_t)rounds, sizeof(*cmd));
	if (base == NULL || cmd == NULL)
		return 2;
	/* One run of each first, so that the file is in the page cache. */
	run(argv + 2, &base_kib);
	run(cmdv, &cmd_kib);
	for (i = 0; i < rounds; i++) {
		base[i] = run(argv + 2, &base_kib);
		cmd[i] = run(cmdv, &cmd_kib);
	}
	mb = median(base, rounds);
	mc = median(cmd, rounds);
	printf("%.1f %.1f %.2f %ld\n", mb, mc, mc / mb, cmd_kib);
	free(base);
	free(cmd);
	return 0;
}
