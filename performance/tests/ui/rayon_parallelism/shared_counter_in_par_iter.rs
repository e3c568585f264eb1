// Q38: rayon needs no unsafe code because the compiler checks thread safety. A `par_iter` closure runs
// on several threads at once, so `for_each` takes `Fn + Send + Sync`: it cannot mutate a captured
// counter, which would be a data race. The fix is a reduction, `filter(..).count()`, as in
// performance::rayon_parallelism::count_primes_parallel (or an atomic counter).
use performance::rayon_parallelism::is_prime;
use rayon::prelude::*;

fn main() {
    let numbers: Vec<u64> = (2..1_000).collect();
    let mut count = 0;
    numbers.par_iter().for_each(|&n| {
        if is_prime(n) {
            count += 1; // ❌ E0594: cannot assign to a captured variable in a `Fn` closure
        }
    });
    println!("{count}");
}
