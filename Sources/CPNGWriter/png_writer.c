#include "png_writer.h"

#include <png.h>
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

int ccnt_png_encode(const uint8_t *data, int width, int height, int stride, int opaque,
                    uint32_t pixels_per_meter, int level,
                    uint8_t **out, size_t *out_len, char *error, size_t error_len) {
    /* volatile: these are read after longjmp. */
    buffer_t buf = {0};
    error_state_t state;
    state.message[0] = 0;
    png_structp volatile png = NULL;
    png_infop volatile info = NULL;
    uint8_t *volatile row = NULL;

    png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &state, on_error, on_warning);
    if (!png) goto fail_no_state;
    info = png_create_info_struct(png);
    if (!info) goto fail_no_state;

    if (setjmp(state.jump)) goto fail;

    png_set_write_fn(png, &buf, on_write, on_flush);
    png_set_compression_level(png, level);
    /* UP is a good filter for charts (large flat areas, repeated rows) and cheap to choose. */
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_UP);
    png_set_IHDR(png, info, (png_uint_32)width, (png_uint_32)height, 8,
                 opaque ? PNG_COLOR_TYPE_RGB : PNG_COLOR_TYPE_RGBA, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_BASE, PNG_FILTER_TYPE_BASE);
    if (pixels_per_meter > 0)
        png_set_pHYs(png, info, pixels_per_meter, pixels_per_meter, PNG_RESOLUTION_METER);
    png_write_info(png, info);

    row = (uint8_t *)malloc((size_t)width * 4);
    if (!row) png_error(png, "out of memory while encoding PNG");
    for (int y = 0; y < height; y++) {
        convert_row((const uint32_t *)(data + (size_t)y * (size_t)stride), row, width, opaque);
        png_write_row(png, row);
    }
    png_write_end(png, NULL);
    free(row);
    png_destroy_write_struct((png_structpp)&png, (png_infopp)&info);
    *out = buf.data;
    *out_len = buf.len;
    return 0;

fail:
    free(row);
    png_destroy_write_struct((png_structpp)&png, (png_infopp)&info);
    free(buf.data);
    if (error && error_len) {
        strncpy(error, state.message[0] ? state.message : "PNG encoding failed", error_len - 1);
        error[error_len - 1] = 0;
    }
    return 1;

fail_no_state:
    if (png) png_destroy_write_struct((png_structpp)&png, info ? (png_infopp)&info : NULL);
    if (error && error_len) {
        strncpy(error, "could not initialise libpng", error_len - 1);
        error[error_len - 1] = 0;
    }
    return 1;
}

void ccnt_png_free(uint8_t *buffer) { free(buffer); }
