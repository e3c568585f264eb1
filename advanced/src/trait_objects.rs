//! Q22 — Static vs dynamic dispatch: `impl Trait`/generics are monomorphized (one copy of the function
//! per concrete type, calls can be inlined), `dyn Trait` goes through a vtable (one copy of the function,
//! an indirect call per method).
//!
//! Run `cargo run --bin trait_objects`. The first three lines are the guide's output. The lines after them
//! show what a trait object is made of: `&dyn Shape` and `Box<dyn Shape>` are *fat pointers*, two words
//! (data pointer + vtable pointer: 16 bytes on a 64-bit target), while `&Circle` is one word. The test
//! `a_trait_object_is_two_words` asserts this on every target (`cargo test -p advanced
//! trait_objects`); the printed byte counts are for the 64-bit machine the stored output was made on.
//!
//! The guide's common mistake, `Vec<impl Shape>` holding a `Circle` and a `Rectangle`, is rejected twice
//! over: `impl Trait` is not allowed in a `let` type at all on stable Rust (E0562,
//! `tests/ui/trait_objects/vec_of_impl_trait.rs`), and where it is allowed, in a return type, it still
//! names one concrete type, so returning a `Circle` on one path and a `Rectangle` on another is E0308
//! (`tests/ui/trait_objects/impl_trait_is_one_type.rs`).
//!
//! The guide's figure "~1-2 ns per vtable call" is a timing, so it lives in a benchmark, not a test:
//! `cargo bench -p advanced --bench dispatch` compares summing areas through `&[Circle]` (static, inlined)
//! and through `&[Box<dyn Shape>]` (dynamic). See `advanced/benches/dispatch.rs` for what is measured.
//! Measured on a quiet 2-core x86-64 machine (the ledger's row 15 in `performance/CLAIMS.md` holds the
//! current figures): one `area()` through `&dyn Shape` 1.13 ns vs 0.40 ns inlined, so the guide's
//! "~1-2 ns" holds on this CPU; summing 1000 areas 4.0 µs dynamic vs 0.56 µs static, 7x. In a hot
//! loop most of the gap is not the vtable lookup itself but what it prevents: inlining (the static
//! loop becomes unrolled straight-line arithmetic; the `f64` sum is not vectorised, since reordering
//! float additions would change the result), and, for `Box<dyn _>`, contiguous data.
//!
//! Follow-up (what makes a trait dyn compatible, formerly "object safe"): [`follow_up`],
//! `cargo run --bin dyn_compatibility`.

pub trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> &str;
}

pub struct Circle {
    pub radius: f64,
}

pub struct Rectangle {
    pub width: f64,
    pub height: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        std::f64::consts::PI * self.radius * self.radius
    }
    fn name(&self) -> &str {
        "Circle"
    }
}

impl Shape for Rectangle {
    fn area(&self) -> f64 {
        self.width * self.height
    }
    fn name(&self) -> &str {
        "Rectangle"
    }
}

/// Formats what [`print_area_static`] and [`print_area_dynamic`] print (shared so tests can check it).
fn describe(shape: &(impl Shape + ?Sized)) -> String {
    format!("{}: {:.2}", shape.name(), shape.area())
}

/// Static dispatch: the compiler generates one copy per concrete type (`Circle`, `Rectangle`).
pub fn print_area_static(shape: &impl Shape) {
    println!("{}", describe(shape));
}

/// Dynamic dispatch: one copy; `name()` and `area()` are looked up in the vtable at run time.
pub fn print_area_dynamic(shape: &dyn Shape) {
    println!("{}", describe(shape));
}

/// A heterogeneous collection needs trait objects: each element may be a different type.
pub fn total_area(shapes: &[Box<dyn Shape>]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

/// Static-dispatch counterpart of [`total_area`]: only one element type, calls can be inlined
/// (used by the benchmark).
pub fn total_area_static<S: Shape>(shapes: &[S]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

pub fn main() {
    let c = Circle { radius: 5.0 };
    let r = Rectangle {
        width: 4.0,
        height: 6.0,
    };
    print_area_static(&c); // monomorphized for Circle
    print_area_static(&r); // separate copy for Rectangle

    // Heterogeneous collection: must use dyn.
    let shapes: Vec<Box<dyn Shape>> = vec![
        Box::new(Circle { radius: 3.0 }),
        Box::new(Rectangle {
            width: 10.0,
            height: 5.0,
        }),
    ];
    // let shapes: Vec<impl Shape> = vec![...]; // ❌ E0562 — tests/ui/trait_objects/vec_of_impl_trait.rs
    println!("Total area: {:.2}", total_area(&shapes));

    println!("--- dynamic dispatch, and what a trait object is made of ---");
    print_area_dynamic(&c); // one copy of print_area_dynamic, vtable lookup inside
    println!(
        "size_of::<&Circle>()        = {} bytes (thin pointer)",
        size_of::<&Circle>()
    );
    println!(
        "size_of::<&dyn Shape>()     = {} bytes (data + vtable pointer)",
        size_of::<&dyn Shape>()
    );
    println!(
        "size_of::<Box<dyn Shape>>() = {} bytes",
        size_of::<Box<dyn Shape>>()
    );
    // The vtable also records the concrete type's size, which is how `size_of_val` works through `dyn`.
    for shape in &shapes {
        println!(
            "{:<9} behind the pointer: size_of_val = {} bytes",
            shape.name(),
            size_of_val(&**shape)
        );
    }
}

/// Follow-up: what is dyn compatibility (the compiler's current name for "object safety"), and why
/// can't every trait be used as `dyn Trait`?
///
/// A `dyn Trait` value is used through a vtable built once per concrete type. Every method must
/// therefore be callable without knowing that type at compile time. That rules out:
/// - methods returning `Self` by value (the caller would not know its size), e.g. `fn duplicate(&self) -> Self`;
/// - generic methods (`fn scale<T>(&self, ...)`: a vtable cannot hold one entry per possible `T`);
/// - associated functions without a receiver (`fn new() -> Self`: nothing to take a vtable from);
/// - a `Sized` supertrait, and associated consts.
///
/// Using such a trait as `dyn` is E0038 (`tests/ui/dyn_compatibility/returns_self.rs`, `generic_method.rs`).
/// The fix, when the trait should stay usable as `dyn`, is to opt the offending methods out of the vtable
/// with `where Self: Sized`: they stay callable on concrete types and simply do not exist on `dyn Shape2D`.
/// Calling one through `dyn` is then rejected with "the `duplicate` method cannot be invoked on a trait
/// object" (a hard error without a code; `tests/ui/dyn_compatibility/sized_method_on_dyn.rs`). A common
/// alternative for "clone through dyn" is a dyn-compatible method returning `Box<dyn Trait>`.
pub mod follow_up {
    /// Dyn compatible thanks to `where Self: Sized` on the two methods that would otherwise forbid it.
    pub trait Shape2D {
        fn area(&self) -> f64;
        fn name(&self) -> String;

        /// Returns `Self`: excluded from the vtable.
        fn duplicate(&self) -> Self
        where
            Self: Sized;

        /// Generic: excluded from the vtable.
        fn scaled_area<T: Into<f64>>(&self, factor: T) -> f64
        where
            Self: Sized,
        {
            let f = factor.into();
            self.area() * f * f
        }

        /// The dyn-compatible way to copy a shape you only know as `dyn Shape2D`.
        fn clone_box(&self) -> Box<dyn Shape2D>;
    }

    #[derive(Clone, Debug, PartialEq)]
    pub struct Square(pub f64);

    impl Shape2D for Square {
        fn area(&self) -> f64 {
            self.0 * self.0
        }
        fn name(&self) -> String {
            format!("Square({})", self.0)
        }
        fn duplicate(&self) -> Self {
            self.clone()
        }
        fn clone_box(&self) -> Box<dyn Shape2D> {
            Box::new(self.clone())
        }
    }

    pub fn main() {
        let square = Square(3.0);
        // On the concrete type every method is available, including the `where Self: Sized` ones.
        let copy: Square = square.duplicate();
        println!("concrete: {} area {}", copy.name(), copy.area());
        println!("concrete: scaled_area(2_u8) = {}", square.scaled_area(2_u8));

        // Through dyn, only the vtable methods exist.
        let shapes: Vec<Box<dyn Shape2D>> = vec![Box::new(Square(1.0)), square.clone_box()];
        for s in &shapes {
            println!("dyn:      {} area {}", s.name(), s.area());
        }
        // shapes[0].duplicate(); // ❌ not in the vtable — tests/ui/dyn_compatibility/sized_method_on_dyn.rs
        let copied: Vec<Box<dyn Shape2D>> = shapes.iter().map(|s| s.clone_box()).collect();
        println!("dyn:      clone_box copied {} shapes", copied.len());
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn sized_only_methods_work_on_the_concrete_type() {
            let s = Square(2.0);
            assert_eq!(s.duplicate(), s);
            assert_eq!(s.scaled_area(3_u8), 36.0);
        }

        #[test]
        fn clone_box_copies_through_dyn() {
            let original: Box<dyn Shape2D> = Box::new(Square(4.0));
            let copy = original.clone_box();
            assert_eq!(copy.name(), "Square(4)");
            assert_eq!(copy.area(), 16.0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_trait_object_is_two_words() {
        let word = size_of::<usize>();
        assert_eq!(size_of::<&Circle>(), word);
        assert_eq!(size_of::<&dyn Shape>(), 2 * word);
        assert_eq!(size_of::<Box<dyn Shape>>(), 2 * word);
        assert_eq!(size_of::<std::sync::Arc<dyn Shape>>(), 2 * word);
        #[cfg(target_pointer_width = "64")]
        assert_eq!(size_of::<&dyn Shape>(), 16); // the guide's figure
    }

    #[test]
    fn static_and_dynamic_dispatch_compute_the_same() {
        let c = Circle { radius: 5.0 };
        let dynamic: &dyn Shape = &c;
        assert_eq!(describe(&c), "Circle: 78.54");
        assert_eq!(describe(dynamic), "Circle: 78.54");
        let r = Rectangle {
            width: 4.0,
            height: 6.0,
        };
        assert_eq!(describe(&r), "Rectangle: 24.00");
    }

    #[test]
    fn total_area_sums_a_mixed_collection() {
        let shapes: Vec<Box<dyn Shape>> = vec![
            Box::new(Circle { radius: 3.0 }),
            Box::new(Rectangle {
                width: 10.0,
                height: 5.0,
            }),
        ];
        let expected = std::f64::consts::PI * 9.0 + 50.0;
        assert!((total_area(&shapes) - expected).abs() < 1e-12);
        assert_eq!(format!("{:.2}", total_area(&shapes)), "78.27");
        assert_eq!(total_area(&[]), 0.0);
    }

    #[test]
    fn static_total_matches_dynamic_total() {
        let circles: Vec<Circle> = (1..=4).map(|r| Circle { radius: r as f64 }).collect();
        let boxed: Vec<Box<dyn Shape>> = (1..=4)
            .map(|r| Box::new(Circle { radius: r as f64 }) as Box<dyn Shape>)
            .collect();
        assert_eq!(total_area_static(&circles), total_area(&boxed));
    }

    #[test]
    fn size_of_val_reads_the_size_from_the_vtable() {
        let c: Box<dyn Shape> = Box::new(Circle { radius: 1.0 });
        let r: Box<dyn Shape> = Box::new(Rectangle {
            width: 1.0,
            height: 1.0,
        });
        assert_eq!(size_of_val(&*c), size_of::<Circle>());
        assert_eq!(size_of_val(&*r), size_of::<Rectangle>());
    }
}
