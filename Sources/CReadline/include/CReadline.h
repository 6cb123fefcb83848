// A tiny shim over GNU readline: Swift 6 will not assign C globals (readline's hooks) directly,
// so these functions do it. Everything else is readline's own API, exported from here.
#ifndef CCHC_CREADLINE_H
#define CCHC_CREADLINE_H

#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>

/// Produces the completions of `text` (the word being completed) given the whole line before it.
/// Returns a malloc'd, NULL-terminated array of malloc'd strings, or NULL for none.
typedef char **(*cchc_completer)(const char *text, const char *line_before);

/// Installs readline: program name, the completer, word breaks, and Ctrl-C handling that cancels
/// the line instead of ending the process.
void cchc_readline_setup(const char *name, cchc_completer completer);

/// Reads one line with the prompt; NULL at end of input (Ctrl-D on an empty line).
/// Sets *interrupted to 1 when Ctrl-C cancelled the line (the result is then an empty line).
char *cchc_readline(const char *prompt, int *interrupted);

#endif
