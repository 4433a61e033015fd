// libxml2 for Swift: the streaming reader for workbook and Word XML, the HTML parser for web
// pages. Its error callbacks are variadic, which Swift cannot implement, so the shim installs
// silent ones: a damaged file is reported by the reader's return codes, not on stderr.
#ifndef JIXIAO_CXML2_SHIM_H
#define JIXIAO_CXML2_SHIM_H

// Debian builds libxml2 with ICU, whose headers clash with the ICU copy inside Foundation;
// nothing here uses ICU converters (only pointers to the structures that would hold them).
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/xmlreader.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

static void jx_xml_ignore_generic(void *context, const char *message, ...) {
    (void)context; (void)message;
}

static void jx_xml_ignore_structured(void *context, xmlErrorPtr error) {
    (void)context; (void)error;
}

/// Silences libxml2's messages on this thread (libxml2 keeps its handlers per thread).
static inline void jx_xml_silence(void) {
    xmlSetGenericErrorFunc(NULL, jx_xml_ignore_generic);
    xmlSetStructuredErrorFunc(NULL, jx_xml_ignore_structured);
}

/// Silences one text reader's error messages (it would print them otherwise).
static inline void jx_xml_reader_silence(xmlTextReaderPtr reader) {
    xmlTextReaderSetStructuredErrorHandler(reader, (xmlStructuredErrorFunc)jx_xml_ignore_structured, NULL);
}

/// Frees a string libxml2 allocated (its `xmlFree` is a global function pointer, which
/// strict concurrency does not let Swift read).
static inline void jx_xml_free(void *pointer) {
    xmlFree(pointer);
}

#endif
