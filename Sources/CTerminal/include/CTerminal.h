// The process's terminal and signal state, for the REPL: the SIGINT flag, the UTF-8 locale fix
// and the terminal's width. Apart from the libedit wrapper so that the line editor is only a
// line editor, and compiled once (Terminal.c) so there is one flag, not one per Swift file.
#ifndef JIXIAO_CTERMINAL_H
#define JIXIAO_CTERMINAL_H

/// Installs a SIGINT handler that sets a flag instead of ending the process (without
/// SA_RESTART, so a blocked read returns and the line can be abandoned).
void jx_install_sigint(void);

/// Reads and clears the flag.
int jx_take_interrupt(void);

/// Reads the flag and leaves it set.
int jx_peek_interrupt(void);

/// Chinese input is dropped by libedit unless the locale is a UTF-8 one: keeps the user's
/// locale when it is UTF-8, else takes C.UTF-8 (or en_US.UTF-8).
void jx_set_utf8_locale(void);

/// The terminal's width in cells, or 0 when `fd` is not a terminal.
int jx_terminal_width(int fd);

#endif
