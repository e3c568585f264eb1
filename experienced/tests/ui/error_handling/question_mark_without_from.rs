// Q30 follow-up: `?` converts the error with `From`. `ConfigError` has `#[from]` for io::Error and
// ParseIntError only, so a ParseFloatError cannot be converted and `?` does not compile.
// Fix: add a `#[from] ParseFloatError` variant, or `.map_err(...)` into an existing one.
use experienced::error_handling::follow_up::ConfigError;

fn timeout_secs(s: &str) -> Result<f64, ConfigError> {
    let secs: f64 = s.parse()?; // ❌ `?` couldn't convert the error to `ConfigError`
    Ok(secs)
}

fn main() {
    let _ = timeout_secs("1.5");
}
