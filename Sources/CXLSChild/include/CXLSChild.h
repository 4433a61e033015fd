// A legacy .xls workbook read by libfreexl in a child process.
//
// libfreexl 1.0.6 trusts lengths it reads from the file: on a damaged BIFF stream it hands iconv
// a string longer than the buffer holding it (a fuzz finding: an over-read of its own stack while
// the workbook is opened). So jixiao never calls it in its own process: the child forked here
// (no exec, only this C code runs in it) opens the workbook, writes every cell to a file, and
// exits; a crash, an over-read caught by a sanitizer or a hang ends only the child, and the
// parent, which waits with a time limit, reports the file as damaged.
#ifndef C_XLS_CHILD_H
#define C_XLS_CHILD_H

#include <sys/types.h>

/// The file's first four bytes, then records in the machine's byte order:
/// - `int32` libfreexl's status opening the workbook (0 is FREEXL_OK; nothing follows otherwise);
/// - `uint32` the BIFF password information, `uint32` the number of sheets;
/// - per sheet: `uint32` length and the UTF-8 name, `int32` status selecting it, `uint32` rows,
///   `uint32` columns, then its cells (`uint32` row, `uint32` column, `uint8` kind, the value:
///   `int32` for 1, `double` for 2, `uint32` length and UTF-8 bytes for 3), ended by a row of
///   0xFFFFFFFF.
#define JX_XLS_MAGIC 0x3153584A /* "JXS1" */
#define JX_XLS_INT 1
#define JX_XLS_DOUBLE 2
#define JX_XLS_TEXT 3
#define JX_XLS_END_OF_SHEET 0xFFFFFFFFu

/// Forks a child that reads `workbook` into `output` (the layout above) and exits with 0 when it
/// wrote everything; the child's pid, or -1 when it could not be started.
pid_t jx_xls_spawn(const char *workbook, const char *output);

#endif
