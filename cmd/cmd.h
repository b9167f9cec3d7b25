/*
 * cmd.h: what the three commands do alike and that prints: the usage
 * line, the help, today's date, the colour decision, reporting a file
 * that cannot be read, and closing standard output.  As sbase's libutil:
 * written once beside the commands, not in the library, which never
 * prints.
 */
#ifndef CMD_H
#define CMD_H

/* Set once by cmd_init(): the command's name and its usage lines. */
void	 cmd_init(const char *, const char *);
void	 cmd_usage(const char *, ...)
	    __attribute__((noreturn, format(printf, 1, 2)));
int	 cmd_help(const char *);
int	 cmd_version(void);
long	 cmd_today(const char *);
int	 cmd_color(const char *);
void	 cmd_cannot_read(const char *);
void	 cmd_bad_option(int, char *const *)
	    __attribute__((noreturn));
int	 cmd_finish_output(void);

#endif /* CMD_H */
