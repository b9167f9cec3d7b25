/*
 * parse.c: the baseline of the benchmark: a bare libyaml event parse of
 * a file, every event deleted, nothing kept.  goal-lint is held to at
 * most twice its time.
 */
#include <stdio.h>

#include <yaml.h>

int
main(int argc, char *argv[])
{
	yaml_parser_t	 parser;
	yaml_event_t	 event;
	FILE		*fp;
	unsigned long	 n = 0;
	int		 done = 0;

	if (argc != 2 || (fp = fopen(argv[1], "rb")) == NULL) {
		fprintf(stderr, "usage: parse FILE\n");
		return 2;
	}
	yaml_parser_initialize(&parser);
	yaml_parser_set_input_file(&parser, fp);
	while (!done) {
		if (!yaml_parser_parse(&parser, &event)) {
			fprintf(stderr, "parse: %s\n", parser.problem);
			return 2;
		}
		done = event.type == YAML_STREAM_END_EVENT;
		yaml_event_delete(&event);
		n++;
	}
	yaml_parser_delete(&parser);
	fclose(fp);
	printf("%lu events\n", n);
	return 0;
}
