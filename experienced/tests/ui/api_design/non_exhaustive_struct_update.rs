// Q29: functional record update (`..Default::default()`) is a struct expression too, so outside the
// defining crate it is rejected like a literal; start from `Pagination::default()` and assign fields.
use experienced::api_design::Pagination;

fn main() {
    let _ = Pagination {
        per_page: 20,
        ..Pagination::default()
    }; // ❌ cannot create non-exhaustive struct using struct expression
    let mut page = Pagination::default(); // ✅ what other crates write
    page.per_page = 20;
    let _ = page;
}
