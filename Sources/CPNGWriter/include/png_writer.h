#ifndef CCNT_PNG_WRITER_H
#define CCNT_PNG_WRITER_H
#include <stddef.h>
#include <stdint.h>

/// Encodes a Cairo ARGB32 image (native-endian, premultiplied alpha) as a PNG in memory.
///
/// Written in C because libpng reports errors with longjmp, which Swift cannot catch.
/// - opaque: write RGB rows (alpha dropped); otherwise RGBA with alpha un-premultiplied.
/// - pixels_per_meter: written as the pHYs chunk (resolution), 0 to omit.
/// - level: zlib level 0-9; the project uses a low level with the UP filter for speed.
/// - threads: how many threads may compress (1 in batch renders, where charts run in parallel);
///   the output is the same for any value.
/// On success returns 0 and sets *out/*out_len to a malloc'd buffer the caller frees with
/// ccnt_png_free. On failure returns non-zero and writes a message into error (if given).
int ccnt_png_encode(const uint8_t *data, int width, int height, int stride, int opaque,
                    uint32_t pixels_per_meter, int level, int threads,
                    const char *title, const char *description,
                    uint8_t **out, size_t *out_len, char *error, size_t error_len);

void ccnt_png_free(uint8_t *buffer);

#endif
