#include "png_writer.h"

#include <png.h>
#include <pthread.h>
#include <zlib.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    uint8_t *data;
    size_t len;
    size_t cap;
    int failed;
} buffer_t;

typedef struct {
    jmp_buf jump;
    char message[256];
} error_state_t;

static void on_error(png_structp png, png_const_charp msg) {
    error_state_t *state = (error_state_t *)png_get_error_ptr(png);
    strncpy(state->message, msg ? msg : "libpng error", sizeof state->message - 1);
    state->message[sizeof state->message - 1] = 0;
    longjmp(state->jump, 1);
}

static void on_warning(png_structp png, png_const_charp msg) {
    (void)png;
    (void)msg;
}

static void on_write(png_structp png, png_bytep bytes, png_size_t len) {
    buffer_t *buf = (buffer_t *)png_get_io_ptr(png);
    if (buf->failed) return;
    if (buf->len + len > buf->cap) {
        size_t cap = buf->cap ? buf->cap : 65536;
        while (cap < buf->len + len) cap *= 2;
        uint8_t *grown = (uint8_t *)realloc(buf->data, cap);
        if (!grown) {
            buf->failed = 1;
            png_error(png, "out of memory while encoding PNG");
            return;
        }
        buf->data = grown;
        buf->cap = cap;
    }
    memcpy(buf->data + buf->len, bytes, len);
    buf->len += len;
}

static void on_flush(png_structp png) { (void)png; }

/* Cairo stores ARGB32 as native-endian 32-bit words, premultiplied. */
static void convert_row(const uint32_t *src, uint8_t *dst, int width, int opaque) {
    for (int x = 0; x < width; x++) {
        uint32_t p = src[x];
        uint8_t a = (uint8_t)(p >> 24), r = (uint8_t)(p >> 16), g = (uint8_t)(p >> 8), b = (uint8_t)p;
        if (opaque) {
            dst[0] = r; dst[1] = g; dst[2] = b;
            dst += 3;
        } else {
            if (a != 0 && a != 255) {
                r = (uint8_t)((r * 255 + a / 2) / a);
                g = (uint8_t)((g * 255 + a / 2) / a);
                b = (uint8_t)((b * 255 + a / 2) / a);
            }
            dst[0] = r; dst[1] = g; dst[2] = b; dst[3] = a;
            dst += 4;
        }
    }
}

/* The image is deflated in STRIPS independent pieces, joined into one zlib stream the way pigz
   joins its blocks: every piece but the last ends on a sync flush (byte-aligned, not final), the
   next starts with a fresh compressor, and the Adler-32 checksums are combined. The pieces are
   fixed in number, so the bytes are the same whether they run on one thread or several. */
#define STRIPS 2

typedef struct {
    const uint8_t *data;
    int width, stride, opaque, y0, y1, level, last;
    uint8_t *out;
    size_t out_len;
    uLong adler;
    int failed;
} strip_t;

static void *deflate_strip(void *arg) {
    strip_t *s = (strip_t *)arg;
    const size_t bpp = s->opaque ? 3 : 4;
    const size_t rowbytes = (size_t)s->width * bpp;
    uint8_t *prev = (uint8_t *)calloc(rowbytes, 1);
    uint8_t *cur = (uint8_t *)malloc(rowbytes);
    uint8_t *filtered = (uint8_t *)malloc(rowbytes + 1);
    z_stream z;
    memset(&z, 0, sizeof z);
    int z_ready = 0;
    s->failed = 1;
    s->adler = adler32(0L, Z_NULL, 0);
    if (!prev || !cur || !filtered) goto done;
    /* The UP filter needs the row above the strip (converted, for RGBA). */
    if (s->y0 > 0 && !s->opaque)
        convert_row((const uint32_t *)(s->data + (size_t)(s->y0 - 1) * (size_t)s->stride), prev, s->width, s->opaque);
    if (deflateInit2(&z, s->level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK) goto done;
    z_ready = 1;
    uLong bound = deflateBound(&z, (uLong)((rowbytes + 1) * (size_t)(s->y1 - s->y0))) + 64;
    s->out = (uint8_t *)malloc(bound);
    if (!s->out) goto done;
    z.next_out = s->out;
    z.avail_out = (uInt)bound;
    for (int y = s->y0; y < s->y1; y++) {
        const uint32_t *row = (const uint32_t *)(s->data + (size_t)y * (size_t)s->stride);
        int zero_row = 0;
        /* UP is a good filter for charts (flat areas, repeated rows) and costs nothing to choose. */
        filtered[0] = 2;
        if (s->opaque) {
            /* Filter straight from the ARGB words: each RGB byte minus the one above it. */
            const uint32_t *above = y > 0 ? (const uint32_t *)(s->data + (size_t)(y - 1) * (size_t)s->stride) : NULL;
            uint8_t *dst = filtered + 1;
            if (above && memcmp(row, above, (size_t)s->width * 4) == 0) {
                /* A row like the one above filters to zeros (most rows of a chart): the
                   checksum of zeros is arithmetic, no need to read them. */
                memset(dst, 0, rowbytes);
                zero_row = 1;
            } else {
                for (int x = 0; x < s->width; x++) {
                    uint32_t p = row[x], q = above ? above[x] : 0;
                    dst[0] = (uint8_t)((p >> 16) - (q >> 16));
                    dst[1] = (uint8_t)((p >> 8) - (q >> 8));
                    dst[2] = (uint8_t)(p - q);
                    dst += 3;
                }
            }
        } else {
            convert_row(row, cur, s->width, s->opaque);
            for (size_t i = 0; i < rowbytes; i++) filtered[i + 1] = (uint8_t)(cur[i] - prev[i]);
            uint8_t *t = prev; prev = cur; cur = t;
        }
        if (zero_row) {
            /* Adler-32 over the filter byte, then rowbytes zeros: a stays, b grows by a each byte. */
            uint64_t a = s->adler & 0xffff, b = s->adler >> 16;
            a = (a + filtered[0]) % 65521;
            b = (b + a) % 65521;
            b = (b + (uint64_t)(rowbytes % 65521) * a) % 65521;
            s->adler = (uLong)((b << 16) | a);
        } else {
            s->adler = adler32(s->adler, filtered, (uInt)(rowbytes + 1));
        }
        z.next_in = filtered;
        z.avail_in = (uInt)(rowbytes + 1);
        int flush = y + 1 < s->y1 ? Z_NO_FLUSH : (s->last ? Z_FINISH : Z_SYNC_FLUSH);
        int r = deflate(&z, flush);
        if (r == Z_STREAM_ERROR || z.avail_in != 0) goto done;
    }
    s->out_len = bound - z.avail_out;
    s->failed = 0;
done:
    if (z_ready) deflateEnd(&z);
    free(prev);
    free(cur);
    free(filtered);
    return NULL;
}

/* An uncompressed iTXt chunk (UTF-8 text, no language): keyword, 0, flag 0, method 0, empty
   language tag and translated keyword, the text. */
static void write_itxt(png_structp png, const char *keyword, const char *text) {
    if (!text || !*text) return;
    size_t k = strlen(keyword), t = strlen(text);
    size_t len = k + 5 + t;
    uint8_t *chunk = (uint8_t *)malloc(len);
    if (!chunk) return;
    memcpy(chunk, keyword, k);
    memset(chunk + k, 0, 5);
    memcpy(chunk + k + 5, text, t);
    png_write_chunk(png, (png_const_bytep) "iTXt", chunk, len);
    free(chunk);
}

int ccnt_png_encode(const uint8_t *data, int width, int height, int stride, int opaque,
                    uint32_t pixels_per_meter, int level, int threads,
                    const char *title, const char *description,
                    uint8_t **out, size_t *out_len, char *error, size_t error_len) {
    /* volatile: these are read after longjmp. */
    buffer_t buf = {0};
    error_state_t state;
    state.message[0] = 0;
    png_structp volatile png = NULL;
    png_infop volatile info = NULL;
    uint8_t *volatile zdata = NULL;
    strip_t strips[STRIPS];
    memset(strips, 0, sizeof strips);

    /* Deflate the strips first (in parallel when allowed); libpng then frames the chunks. */
    int n = height < STRIPS ? 1 : STRIPS;
    for (int k = 0; k < n; k++) {
        strips[k].data = data;
        strips[k].width = width;
        strips[k].stride = stride;
        strips[k].opaque = opaque;
        strips[k].level = level;
        strips[k].y0 = (int)((long)height * k / n);
        strips[k].y1 = (int)((long)height * (k + 1) / n);
        strips[k].last = k == n - 1;
    }
    pthread_t helper;
    int helper_started = 0;
    if (threads > 1 && n > 1)
        helper_started = pthread_create(&helper, NULL, deflate_strip, &strips[1]) == 0;
    deflate_strip(&strips[0]);
    if (helper_started) pthread_join(helper, NULL);
    for (int k = helper_started ? 2 : 1; k < n; k++) deflate_strip(&strips[k]);
    size_t zlen = 2 + 4;
    for (int k = 0; k < n; k++) {
        if (strips[k].failed) {
            for (int m = 0; m < n; m++) free(strips[m].out);
            if (error && error_len) {
                strncpy(error, "out of memory while compressing PNG", error_len - 1);
                error[error_len - 1] = 0;
            }
            return 1;
        }
        zlen += strips[k].out_len;
    }
    zdata = (uint8_t *)malloc(zlen);
    if (zdata) {
        size_t at = 0;
        zdata[at++] = 0x78; /* deflate, 32K window */
        zdata[at++] = 0x01; /* fastest-compression flag; (0x78 * 256 + 0x01) % 31 == 0 */
        uLong adler = strips[0].adler;
        for (int k = 0; k < n; k++) {
            memcpy(zdata + at, strips[k].out, strips[k].out_len);
            at += strips[k].out_len;
            if (k > 0) {
                size_t len = ((size_t)(opaque ? 3 : 4) * (size_t)width + 1) * (size_t)(strips[k].y1 - strips[k].y0);
                adler = adler32_combine(adler, strips[k].adler, (z_off_t)len);
            }
        }
        zdata[at++] = (uint8_t)(adler >> 24);
        zdata[at++] = (uint8_t)(adler >> 16);
        zdata[at++] = (uint8_t)(adler >> 8);
        zdata[at++] = (uint8_t)adler;
    }
    for (int k = 0; k < n; k++) free(strips[k].out);
    if (!zdata) goto fail_no_state;

    png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &state, on_error, on_warning);
    if (!png) goto fail_no_state;
    info = png_create_info_struct(png);
    if (!info) goto fail_no_state;

    if (setjmp(state.jump)) goto fail;

    png_set_write_fn(png, &buf, on_write, on_flush);
    png_set_IHDR(png, info, (png_uint_32)width, (png_uint_32)height, 8,
                 opaque ? PNG_COLOR_TYPE_RGB : PNG_COLOR_TYPE_RGBA, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_BASE, PNG_FILTER_TYPE_BASE);
    if (pixels_per_meter > 0)
        png_set_pHYs(png, info, pixels_per_meter, pixels_per_meter, PNG_RESOLUTION_METER);
    png_write_info(png, info);
    /* What the chart is, for readers that cannot see it (PNG's registered keywords). */
    write_itxt(png, "Title", title);
    write_itxt(png, "Description", description);
    /* The compressed image, in IDAT chunks of at most 1 MiB, then the end. */
    for (size_t at = 0; at < zlen; at += (size_t)1 << 20) {
        size_t len = zlen - at < ((size_t)1 << 20) ? zlen - at : ((size_t)1 << 20);
        png_write_chunk(png, (png_const_bytep) "IDAT", zdata + at, len);
    }
    png_write_chunk(png, (png_const_bytep) "IEND", NULL, 0);
    png_destroy_write_struct((png_structpp)&png, (png_infopp)&info);
    free(zdata);
    *out = buf.data;
    *out_len = buf.len;
    return 0;

fail:
    png_destroy_write_struct((png_structpp)&png, (png_infopp)&info);
    free(buf.data);
    free(zdata);
    if (error && error_len) {
        strncpy(error, state.message[0] ? state.message : "PNG encoding failed", error_len - 1);
        error[error_len - 1] = 0;
    }
    return 1;

fail_no_state:
    if (png) png_destroy_write_struct((png_structpp)&png, info ? (png_infopp)&info : NULL);
    free(zdata);
    if (error && error_len) {
        strncpy(error, "could not initialise libpng", error_len - 1);
        error[error_len - 1] = 0;
    }
    return 1;
}

void ccnt_png_free(uint8_t *buffer) { free(buffer); }
