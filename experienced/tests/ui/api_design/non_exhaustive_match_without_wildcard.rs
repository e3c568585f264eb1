// Q29: outside the defining crate, a #[non_exhaustive] enum cannot be matched without a `_` arm,
// so the crate may add variants later without breaking this code.
use experienced::api_design::ApiError;

fn status(err: &ApiError) -> u16 {
    match err {
        // ❌ non-exhaustive patterns: `_` not covered
        ApiError::NotFound(_) => 404,
        ApiError::RateLimited { .. } => 429,
    }
}

fn main() {
    let _ = status;
}
