#include "CTerminal.h"

#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

static volatile sig_atomic_t jx_interrupt_flag = 0;

static void jx_sigint_handler(int signo) {
    (void)signo;
    jx_interrupt_flag = 1;
}

void jx_install_sigint(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = jx_sigint_handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    sigaction(SIGINT, &sa, NULL);
}

int jx_take_interrupt(void) {
    int was = jx_interrupt_flag;
    jx_interrupt_flag = 0;
    return was;
}

int jx_peek_interrupt(void) { return jx_interrupt_flag; }

void jx_set_utf8_locale(void) {
    if (setlocale(LC_CTYPE, "") && strcmp(nl_langinfo(CODESET), "UTF-8") == 0) return;
    if (!setlocale(LC_CTYPE, "C.UTF-8")) setlocale(LC_CTYPE, "en_US.UTF-8");
}

int jx_terminal_width(int fd) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0) return 0;
    return ws.ws_col;
}
