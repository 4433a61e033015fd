// A thin, non-variadic face over libedit for Swift, which cannot call C variadic functions,
// and accessors for the C stdio globals that Swift 6 rejects as shared mutable state.
#ifndef JIXIAO_CEDITLINE_SHIM_H
#define JIXIAO_CEDITLINE_SHIM_H

#include <histedit.h>
#include <stdio.h>
#include <signal.h>
#include <string.h>
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

static inline FILE *jx_stdin(void) { return stdin; }
static inline FILE *jx_stdout(void) { return stdout; }
static inline FILE *jx_stderr(void) { return stderr; }

// Ctrl-C while editing: libedit retries a read interrupted by a signal, so the key is taken as
// an editor command instead (ISIG off while editing) that ends the line and marks it abandoned.
static volatile sig_atomic_t jx_line_abandoned = 0;

static inline unsigned char jx_abandon_line(EditLine *el, int ch) {
    (void)el; (void)ch;
    jx_line_abandoned = 1;
    return CC_NEWLINE;
}

/// Reads and clears the "line abandoned with Ctrl-C" mark.
static inline int jx_take_line_abandoned(void) {
    int was = jx_line_abandoned;
    jx_line_abandoned = 0;
    return was;
}

static inline EditLine *jx_el_init(const char *program) {
    EditLine *el = el_init(program, stdin, stdout, stderr);
    if (!el) return NULL;
    el_set(el, EL_EDITOR, "emacs");
    // Ctrl-R: incremental search back through history.
    el_set(el, EL_BIND, "^R", "em-inc-search-prev", NULL);
    el_source(el, NULL);
    el_set(el, EL_SETTY, "-d", "-isig", NULL);
    el_set(el, EL_ADDFN, "jx-abandon-line", "Abandon the line being edited", jx_abandon_line);
    el_set(el, EL_BIND, "^C", "jx-abandon-line", NULL);
    return el;
}

typedef char *(*jx_el_prompt_function)(EditLine *);

/// The prompt comes from a function so the caller can change it between lines.
static inline void jx_el_set_prompt_function(EditLine *el, jx_el_prompt_function fn) {
    el_set(el, EL_PROMPT, fn);
}

/// The caller's own state, reachable from callbacks (prompt, completion).
static inline void jx_el_set_client(EditLine *el, void *client) {
    el_set(el, EL_CLIENTDATA, client);
}

static inline void *jx_el_client(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}

/// A copy of the text before the cursor; the caller frees it.
static inline char *jx_el_text_before_cursor(EditLine *el) {
    const LineInfo *li = el_line(el);
    size_t n = (size_t)(li->cursor - li->buffer);
    char *text = malloc(n + 1);
    if (!text) return NULL;
    memcpy(text, li->buffer, n);
    text[n] = 0;
    return text;
}

/// Replaces the `count` characters before the cursor with `text`.
static inline int jx_el_replace_before_cursor(EditLine *el, int count, const char *text) {
    if (count > 0) el_deletestr(el, count);
    return el_insertstr(el, text);
}

static inline void jx_el_set_history(EditLine *el, History *h) {
    el_set(el, EL_HIST, history, h);
}

typedef unsigned char (*jx_el_command)(EditLine *, int);

/// Registers `fn` under `name` and binds it to `key` (for example "^I" for Tab).
static inline void jx_el_bind_function(EditLine *el, const char *name, const char *help,
                                       jx_el_command fn, const char *key) {
    el_set(el, EL_ADDFN, name, help, fn);
    el_set(el, EL_BIND, key, name, NULL);
}


static inline History *jx_history_init(int size) {
    History *h = history_init();
    if (!h) return NULL;
    HistEvent ev;
    history(h, &ev, H_SETSIZE, size);
    history(h, &ev, H_SETUNIQUE, 1);
    return h;
}

static inline int jx_history_enter(History *h, const char *line) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, line);
}

static inline int jx_history_load(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_LOAD, path);
}

static inline int jx_history_save(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_SAVE, path);
}

/// The history's entries from oldest to newest, one per call: pass first=1 to start.
static inline const char *jx_history_next_oldest(History *h, int first) {
    HistEvent ev;
    int rc = first ? history(h, &ev, H_LAST) : history(h, &ev, H_PREV);
    return rc < 0 ? NULL : ev.str;
}

static inline int jx_errno(void) { return errno; }

#endif
