// libfreexl for Swift: the reader of legacy .xls workbooks (BIFF in an OLE2 container).
#ifndef JIXIAO_CFREEXL_SHIM_H
#define JIXIAO_CFREEXL_SHIM_H

#include <freexl.h>

#endif
