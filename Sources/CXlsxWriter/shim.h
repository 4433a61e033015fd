// libxlsxwriter for Swift: writes the workbooks of `save … to "x.xlsx"`.
#ifndef JIXIAO_CXLSXWRITER_SHIM_H
#define JIXIAO_CXLSXWRITER_SHIM_H

#include <xlsxwriter.h>

#endif
