// SSE2 splitting of plain CSV/TSV records, which Swift does not express (no movemask).
//
// Plain CSV/TSV records are split into fields a 64-byte block at a time: a bit mask of where the
// delimiters and line breaks are, then one step per field. The general RFC 4180 scanner (Swift,
// DelimitedScanner) reads every record this declines: blank lines, fields that open with a
// quote, rows wider than the header.
#ifndef C_LOAD_KERNELS_H
#define C_LOAD_KERNELS_H

#include <stddef.h>
#include <stdint.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/// The bytes of one cell: a span of the file.
typedef struct {
    const uint8_t *start;
    intptr_t count;
} JXCellSpan;

/// Bit k set where byte k of the 64 at `p` is the delimiter, CR or LF.
static inline uint64_t jx_special_mask64(const uint8_t *p, uint8_t delimiter) {
#if defined(__SSE2__)
    const __m128i d = _mm_set1_epi8((char)delimiter), cr = _mm_set1_epi8('\r'), lf = _mm_set1_epi8('\n');
    uint64_t mask = 0;
    for (int k = 0; k < 4; k++) {
        __m128i x = _mm_loadu_si128((const __m128i *)(p + 16 * k));
        __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, d), _mm_cmpeq_epi8(x, cr)), _mm_cmpeq_epi8(x, lf));
        mask |= (uint64_t)(uint32_t)_mm_movemask_epi8(hit) << (16 * k);
    }
    return mask;
#else
    uint64_t mask = 0;
    for (int k = 0; k < 64; k++) {
        uint8_t b = p[k];
        if (b == delimiter || b == '\r' || b == '\n') mask |= (uint64_t)1 << k;
    }
    return mask;
#endif
}

/// The same for the `n` (< 64) bytes at `p`, without reading past them.
static inline uint64_t jx_special_mask_tail(const uint8_t *p, size_t n, uint8_t delimiter) {
    uint64_t mask = 0;
    for (size_t k = 0; k < n; k++) {
        uint8_t b = p[k];
        if (b == delimiter || b == '\r' || b == '\n') mask |= (uint64_t)1 << k;
    }
    return mask;
}

/// Splits the record at the start of the `n` bytes at `p`, writing field k to `slot[k * stride]`.
/// Returns the number of fields, or -1 when the record is not plain (blank, a field opening with
/// a quote, more than `max_fields` fields): then nothing is consumed. On success `*next` is the
/// offset just past the record's line break (CR, LF or CRLF), or `n` when the data ends first,
/// and `*line_break` says whether there was one.
static inline intptr_t jx_split_plain_record(const uint8_t *p, size_t n, uint8_t delimiter,
                                             JXCellSpan *slot, size_t stride, intptr_t max_fields,
                                             size_t *next, int *line_break) {
    if (n == 0 || p[0] == '\r' || p[0] == '\n' || p[0] == '"') return -1;
    intptr_t field = 0;
    size_t start = 0;
    for (size_t base = 0;; base += 64) {
        if (base >= n) {
            // The data ends inside the last field.
            if (field == max_fields) return -1;
            slot[field * stride] = (JXCellSpan){p + start, (intptr_t)(n - start)};
            *next = n;
            *line_break = 0;
            return field + 1;
        }
        uint64_t mask = n - base >= 64 ? jx_special_mask64(p + base, delimiter)
                                       : jx_special_mask_tail(p + base, n - base, delimiter);
        while (mask) {
            size_t at = base + (size_t)__builtin_ctzll(mask);
            mask &= mask - 1;
            if (field == max_fields) return -1;
            slot[field * stride] = (JXCellSpan){p + start, (intptr_t)(at - start)};
            field++;
            if (p[at] == delimiter) {
                start = at + 1;
                if (start < n && p[start] == '"') return -1;
                continue;
            }
            size_t after = at + 1;
            if (p[at] == '\r' && after < n && p[after] == '\n') after++;
            *next = after;
            *line_break = 1;
            return field;
        }
    }
}

#endif
