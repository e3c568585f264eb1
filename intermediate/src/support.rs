//! Helpers shared by the lessons; not part of any answer.

use std::sync::{Mutex, PoisonError};

/// Serialises swaps of the process-wide panic hook: without it, two tests silencing panics at the same
/// time could restore each other's silent hook, and later failures would lose their messages.
static HOOK: Mutex<()> = Mutex::new(());

/// Runs `f` with the panic hook silenced (a deliberate panic would otherwise print a message with a
/// thread id and source location to stderr), then restores the previous hook. Panics of other threads
/// during `f` are silenced too, so keep `f` short.
pub fn with_silent_panics<R>(f: impl FnOnce() -> R) -> R {
    let _only_one_swap_at_a_time = HOOK.lock().unwrap_or_else(PoisonError::into_inner);
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let result = f();
    std::panic::set_hook(previous);
    result
}
