/* The C view of what the `ffi` crate exports (ffi/src/c_interop.rs and ffi/src/c_interop/follow_up.rs).
 * Link with target/<profile>/libffi.a -lpthread -ldl -lm.
 * ffi/tests/header_sync.rs checks that every prototype here matches the Rust signature, and the reverse. */
#ifndef RUST_FFI_H
#define RUST_FFI_H

/* Same layout as Rust's #[repr(C)] struct Point: two doubles, 16 bytes. */
typedef struct Point {
    double x;
    double y;
} Point;

/* Distance between two points. A NULL pointer gives NaN, never undefined behaviour. */
double rust_distance(const Point *p1, const Point *p2);

/* Square root with a status code: 0 and *out set on success, 1 for a negative or NaN input,
 * 2 when out is NULL. */
int rust_safe_sqrt(double x, double *out);

/* "Hello from Rust, <name>!" as a new string owned by Rust: release it with rust_string_free, never
 * with free(). Returns NULL when name is NULL. name must be NUL-terminated; invalid UTF-8 is replaced. */
char *rust_greeting(const char *name);

/* Frees a string returned by rust_greeting. NULL is allowed and ignored. */
void rust_string_free(char *s);

#endif
