// Q29: outside the defining crate, a #[non_exhaustive] struct cannot be built with a literal
// (a field added later would break it); use `Pagination::default()` and assign fields instead.
use experienced::api_design::Pagination;

fn main() {
    let _ = Pagination { page: 1, per_page: 10 }; // ❌ cannot create non-exhaustive struct
}
