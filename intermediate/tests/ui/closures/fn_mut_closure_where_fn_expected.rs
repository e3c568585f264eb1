//! Q14: a closure that mutates what it captured implements `FnMut` and `FnOnce`, not `Fn`: E0525.
use intermediate::closures::call_fn;

fn main() {
    let mut log = String::new();
    let appends = || {
        log.push('+');
        log.clone()
    };
    println!("{}", call_fn(appends));
}
