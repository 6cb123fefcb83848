#include "CReadline.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <setjmp.h>

static cchc_completer current_completer = NULL;
static volatile sig_atomic_t got_interrupt = 0;
static sigjmp_buf interrupt_jump;
static volatile sig_atomic_t jump_ready = 0;

static char **attempted_completion(const char *text, int start, int end) {
  (void)end;
  rl_attempted_completion_over = 1;  // No file-name completion as a fallback.
  if (current_completer == NULL) return NULL;
  char *before = strndup(rl_line_buffer, (size_t)start);
  if (before == NULL) return NULL;
  char **matches = current_completer(text, before);
  free(before);
  return matches;
}

static void on_interrupt(int signal_number) {
  (void)signal_number;
  got_interrupt = 1;
  if (jump_ready) siglongjmp(interrupt_jump, 1);
}

void cchc_readline_setup(const char *name, cchc_completer completer) {
  rl_readline_name = name;
  current_completer = completer;
  rl_attempted_completion_function = attempted_completion;
  rl_basic_word_break_characters = " \t\n\"'";
  rl_catch_signals = 0;  // We handle SIGINT ourselves: Ctrl-C cancels the line, never exits.
  // (So readline's own handler, which echoes "^C" through rl_echo_signal_char, never runs.)
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = on_interrupt;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, NULL);
  // A parent may have started us with SIGINT blocked (threads of a test runner, some launchers):
  // unblock it, or Ctrl-C would do nothing.
  sigset_t interrupt_only;
  sigemptyset(&interrupt_only);
  sigaddset(&interrupt_only, SIGINT);
  sigprocmask(SIG_UNBLOCK, &interrupt_only, NULL);
}

char *cchc_readline(const char *prompt, int *interrupted) {
  got_interrupt = 0;
  *interrupted = 0;
  if (sigsetjmp(interrupt_jump, 1) != 0) {
    // Ctrl-C: drop the half-typed line, leave readline's state clean, start a fresh line.
    jump_ready = 0;
    rl_free_line_state();
    rl_cleanup_after_signal();
    RL_UNSETSTATE(RL_STATE_ISEARCH | RL_STATE_NSEARCH | RL_STATE_VIMOTION | RL_STATE_NUMERICARG | RL_STATE_MULTIKEY);
    rl_done = 1;
    // No "^C": the cleanup may have returned the cursor to the line's start (the end of bracketed
    // paste writes "\r"), where it would overwrite the prompt ("^Chc (…)>"). A line break leaves
    // the cancelled line as typed; the next prompt starts clean below it.
    FILE *out = rl_outstream ? rl_outstream : stdout;
    fputs("\n", out);
    fflush(out);
    *interrupted = 1;
    char *empty = malloc(1);
    if (empty) empty[0] = '\0';
    return empty;
  }
  jump_ready = 1;
  char *line = readline(prompt);
  jump_ready = 0;
  return line;
}
