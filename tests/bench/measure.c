/*
 * measure.c: runs a command several times with its output thrown away,
 * and prints the fastest wall time in milliseconds and the largest
 * resident set in KiB: "ms KiB".
 */
#include <sys/resource.h>
#include <sys/wait.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

static double
now(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

int
main(int argc, char *argv[])
{
	struct rusage	 ru;
	double		 t, best = -1;
	long		 rss = 0;
	int		 runs, i, status, fd;
	pid_t		 pid;

	if (argc < 3) {
		fprintf(stderr, "usage: measure RUNS COMMAND [ARG]...\n");
		return 2;
	}
	runs = atoi(argv[1]);
	for (i = 0; i < runs; i++) {
		t = now();
		if ((pid = fork()) == 0) {
			fd = open("/dev/null", O_WRONLY);
			dup2(fd, 1);
			execvp(argv[2], argv + 2);
			_exit(127);
		}
		if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) ||
		    WEXITSTATUS(status) > 1) {
			fprintf(stderr, "measure: %s failed\n", argv[2]);
			return 2;
		}
		t = now() - t;
		if (best < 0 || t < best)
			best = t;
	}
	/* The largest of all the runs: they were all children. */
	getrusage(RUSAGE_CHILDREN, &ru);
	rss = ru.ru_maxrss;
	printf("%.1f %ld\n", best, rss);
	return 0;
}
