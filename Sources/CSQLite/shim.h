// libsqlite3 for Swift: SQLITE_TRANSIENT is a cast macro Swift cannot import, so text is bound
// through these wrappers.
#ifndef JIXIAO_CSQLITE_SHIM_H
#define JIXIAO_CSQLITE_SHIM_H

#include <sqlite3.h>

/// Binds UTF-8 text that SQLite copies, so the caller's buffer may go away at once.
static inline int jx_sqlite_bind_text(sqlite3_stmt *statement, int index, const char *text, int length) {
    return sqlite3_bind_text(statement, index, text, length, SQLITE_TRANSIENT);
}

#endif
