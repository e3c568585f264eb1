// Q19 follow-up: without interior mutability, a shared reference cannot be used to mutate (E0594).
// `RefCell`, `Cell`, `Mutex` and the atomics exist to make exactly this possible, one writer at a time.
fn add_entry(log: &Vec<String>) {
    log.push("entry".to_string());
}

fn bump(count: &u32) {
    *count += 1;
}

fn main() {
    let log = Vec::new();
    add_entry(&log);
    bump(&0);
}
