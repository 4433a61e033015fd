// libpq's types for Swift (PGconn, ExecStatusType, Oid …). Nothing is linked: JixiaoRemote's
// LibPQ finds the functions with dlopen on the first `attach`, so libpq and the libraries it
// pulls in (Kerberos, LDAP, TLS) cost nothing at start-up. Every function used is non-variadic.
#ifndef JIXIAO_CPOSTGRES_SHIM_H
#define JIXIAO_CPOSTGRES_SHIM_H

// Debian and Ubuntu keep the header in a folder of its own; Homebrew and others on the path.
#if __has_include(<postgresql/libpq-fe.h>)
#include <postgresql/libpq-fe.h>
#else
#include <libpq-fe.h>
#endif

#endif
