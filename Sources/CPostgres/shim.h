// libpq for Swift. Everything jixiao calls is a plain (non-variadic) function, so the header is
// imported as it is; this shim only gives the include one place.
#ifndef JIXIAO_CPOSTGRES_SHIM_H
#define JIXIAO_CPOSTGRES_SHIM_H

#include <libpq-fe.h>

#endif
