/* C functions that the `c_strings` follow-up (ffi/src/c_interop/follow_up.rs) calls from Rust.
 * ffi/tests/header_sync.rs checks these prototypes against the Rust `unsafe extern "C"` block. */
#ifndef FFI_CSTRINGS_H
#define FFI_CSTRINGS_H

#include <stddef.h>

/* A static string: C owns it for the whole program, nobody frees it. */
const char *c_version(void);

/* "Hello from C, <name>!" in memory from malloc: the caller frees it with c_free (C's free),
 * never with Rust's allocator. Returns NULL if name is NULL or malloc fails. */
char *c_greet(const char *name);

/* Frees a string returned by c_greet. */
void c_free(char *s);

/* "café" encoded as Latin-1 (0xE9 for é): valid C string, invalid UTF-8. Static. */
const char *c_latin1_cafe(void);

/* Number of bytes before the NUL, counted in C. */
size_t c_byte_count(const char *s);

#endif
