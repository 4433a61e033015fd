#include "CXLSChild.h"

#include <fcntl.h>
#include <signal.h>
#include <freexl.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

// Under the fuzzer, a sanitizer report in the child must not be taken for the parent's finding.
void __sanitizer_set_death_callback(void (*callback)(void)) __attribute__((weak));

static int put(FILE *out, const void *bytes, size_t count) { return fwrite(bytes, 1, count, out) == count; }

static int put_u32(FILE *out, uint32_t value) { return put(out, &value, sizeof value); }

static int put_text(FILE *out, const char *text) {
    uint32_t length = text ? (uint32_t)strlen(text) : 0;
    return put_u32(out, length) && (length == 0 || put(out, text, length));
}

static int put_cell(FILE *out, unsigned int row, unsigned int column, const FreeXL_CellValue *value) {
    uint8_t kind;
    switch (value->type) {
    case FREEXL_CELL_INT:
        kind = JX_XLS_INT;
        return put_u32(out, row) && put_u32(out, column) && put(out, &kind, 1)
            && put(out, &value->value.int_value, sizeof value->value.int_value);
    case FREEXL_CELL_DOUBLE:
        kind = JX_XLS_DOUBLE;
        return put_u32(out, row) && put_u32(out, column) && put(out, &kind, 1)
            && put(out, &value->value.double_value, sizeof value->value.double_value);
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
    case FREEXL_CELL_TIME:
        kind = JX_XLS_TEXT;
        return put_u32(out, row) && put_u32(out, column) && put(out, &kind, 1)
            && put_text(out, value->value.text_value);
    default:
        return 1;
    }
}

static int dump_sheet(const void *handle, unsigned short index, FILE *out) {
    const char *name = NULL;
    if (freexl_get_worksheet_name(handle, index, &name) != FREEXL_OK) name = NULL;
    if (!put_text(out, name)) return 0;
    int32_t selected = freexl_select_active_worksheet(handle, index);
    unsigned int rows = 0;
    unsigned short columns = 0;
    if (selected == FREEXL_OK) selected = freexl_worksheet_dimensions(handle, &rows, &columns);
    if (selected != FREEXL_OK) rows = columns = 0;
    if (rows > 1048576) rows = 1048576;
    if (!put(out, &selected, sizeof selected) || !put_u32(out, rows) || !put_u32(out, columns)) return 0;
    for (unsigned int r = 0; r < rows; r++) {
        for (unsigned int c = 0; c < columns; c++) {
            FreeXL_CellValue value;
            if (freexl_get_cell_value(handle, r, (unsigned short)c, &value) != FREEXL_OK) continue;
            if (!put_cell(out, r, c, &value)) return 0;
        }
    }
    return put_u32(out, JX_XLS_END_OF_SHEET);
}

static int dump(const char *workbook, FILE *out) {
    const void *handle = NULL;
    uint32_t magic = JX_XLS_MAGIC;
    int32_t opened = freexl_open(workbook, &handle);
    if (!put(out, &magic, sizeof magic) || !put(out, &opened, sizeof opened)) return 0;
    if (opened != FREEXL_OK || handle == NULL) return 1;
    unsigned int password = 0, sheets = 0;
    if (freexl_get_info(handle, FREEXL_BIFF_PASSWORD, &password) != FREEXL_OK) password = 0;
    if (freexl_get_info(handle, FREEXL_BIFF_SHEET_COUNT, &sheets) != FREEXL_OK) sheets = 0;
    if (sheets > 65535) sheets = 65535;
    int ok = put_u32(out, password) && put_u32(out, sheets);
    for (unsigned int k = 0; ok && k < sheets; k++) ok = dump_sheet(handle, (unsigned short)k, out);
    freexl_close(handle);
    return ok;
}

pid_t jx_xls_spawn(const char *workbook, const char *output) {
    pid_t pid = fork();
    if (pid != 0) return pid;
    // The parent's handlers (the fuzzer's, which write a crash file) are not the child's: a
    // fault here ends the child and is the parent's to report.
    if (__sanitizer_set_death_callback) __sanitizer_set_death_callback(NULL);
    const int faults[] = {SIGSEGV, SIGBUS, SIGABRT, SIGILL, SIGFPE, SIGALRM, SIGINT, SIGTERM, SIGUSR1, SIGUSR2};
    for (size_t k = 0; k < sizeof faults / sizeof faults[0]; k++) signal(faults[k], SIG_DFL);
    int quiet = open("/dev/null", O_WRONLY);
    if (quiet >= 0) dup2(quiet, 2);
    int fd = open(output, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    FILE *out = fd >= 0 ? fdopen(fd, "wb") : NULL;
    if (out == NULL) _exit(2);
    int ok = dump(workbook, out);
    if (fclose(out) != 0) ok = 0;
    _exit(ok ? 0 : 3);
}
