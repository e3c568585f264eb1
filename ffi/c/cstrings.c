/* The C side of the CStr/CString follow-up, compiled into the `ffi` crate by build.rs (cc crate). */
#include "cstrings.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *c_version(void) { return "cstrings 1.0"; }

char *c_greet(const char *name) {
    if (name == NULL) {
        return NULL;
    }
    const char *prefix = "Hello from C, ";
    size_t len = strlen(prefix) + strlen(name) + 2; /* "!" and the NUL */
    char *out = malloc(len);
    if (out == NULL) {
        return NULL;
    }
    snprintf(out, len, "%s%s!", prefix, name);
    return out;
}

void c_free(char *s) { free(s); }

const char *c_latin1_cafe(void) { return "caf\xe9"; }

size_t c_byte_count(const char *s) { return strlen(s); }
