/* A C program that uses the Rust library: built and run by ffi/tests/c_program.rs (under valgrind when
 * it is installed; always in CI). By hand, from the workspace root:
 *   cargo build -p ffi
 *   cc -Wall -Wextra -Werror -I ffi/c ffi/c/main.c target/debug/libffi.a -lpthread -ldl -lm -o c_main
 *   ./c_main */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "ffi.h"

/* The field order of ffi::c_interop::Unordered: C keeps it, Rust's default layout does not. */
struct Unordered {
    uint8_t a;
    uint32_t b;
    uint8_t c;
};

int main(void) {
    Point p1 = {0.0, 0.0};
    Point p2 = {3.0, 4.0};
    printf("rust_distance(&p1, &p2) = %g\n", rust_distance(&p1, &p2));
    double d = rust_distance(NULL, &p2);
    printf("rust_distance(NULL, &p2) is NaN: %s\n", isnan(d) ? "yes" : "no");

    double root = 0.0;
    int status = rust_safe_sqrt(144.0, &root);
    printf("rust_safe_sqrt(144) -> status %d, root %g\n", status, root);
    status = rust_safe_sqrt(-1.0, &root);
    printf("rust_safe_sqrt(-1) -> status %d\n", status);
    status = rust_safe_sqrt(2.0, NULL);
    printf("rust_safe_sqrt(2, NULL) -> status %d\n", status);

    /* C's own view of the layouts; the test compares these numbers with Rust's size_of/offset_of!. */
    printf("layout Point: size %zu, x at %zu, y at %zu\n", sizeof(Point), offsetof(Point, x),
           offsetof(Point, y));
    printf("layout Unordered: size %zu, a at %zu, b at %zu, c at %zu\n", sizeof(struct Unordered),
           offsetof(struct Unordered, a), offsetof(struct Unordered, b),
           offsetof(struct Unordered, c));

    /* Who frees what: Rust allocated this string, so Rust frees it. */
    char *greeting = rust_greeting("C");
    printf("%s\n", greeting);
    rust_string_free(greeting);
    rust_string_free(NULL);
    char *none = rust_greeting(NULL);
    printf("rust_greeting(NULL) = %s\n", none == NULL ? "NULL" : none);
    return 0;
}
