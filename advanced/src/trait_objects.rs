//! **Q22 · Static vs dynamic dispatch.** Generics and `impl Trait` are monomorphized (one copy per
//! concrete type, calls can be inlined); `dyn Trait` calls through a vtable (one copy, an indirect call),
//! which is what a collection of mixed types needs.
//!
//! - A trait object is a fat pointer, data + vtable: two words (16 bytes on 64-bit) for `&dyn`,
//!   `Box<dyn>`, `Arc<dyn>`. Proof: `cargo test -p advanced --lib trait_objects::tests::a_trait_object_is_two_words`
//! - The vtable holds the type's drop, size, alignment and methods: `size_of_val` and `drop` work through
//!   `dyn`. Proof: `cargo test -p advanced --lib trait_objects::tests::the_vtable`
//! - `Vec<impl Shape>` cannot mix types: E0562 in a `let`, and a returned `impl Trait` is one type
//!   (E0308). Proof: `cargo test -p advanced --test compile_fail`
//! - The indirect call is cheap; in a hot loop the cost is the lost inlining, plus one box per element
//!   (CLAIMS.md rows 15 and 46). Proof: `cargo bench -p advanced --bench dispatch`
//!
//! # Run it
//! `cargo run --bin trait_objects`: the guide's three lines, then pointer sizes and each vtable's size.
//!
//! # Differences from the guide
//! - The vtable overhead is measured: [ERRATA.md, Q22](../../ERRATA.md#q22).
//! - `Vec<impl Shape>` fails with E0562 first: [ERRATA.md, Q22](../../ERRATA.md#q22).
//! - `print_area_dynamic` is called: [ERRATA.md, Q22](../../ERRATA.md#q22).
//!
//! # More to explore
//! - "dyn prevents inlining" is not absolute: when the optimiser can see the concrete type behind a
//!   `dyn` it may devirtualize the call (the benches hide it with `black_box`; not checked here).
//! - Binary size, the other side of the trade-off, is measured in Q12's follow-up (`cargo run --bin
//!   monomorphization`): one copy per type for generics.
//! - The benches: `dynamic_one_call` vs `static_one_call` is one call; `dispatch_1000_areas` compares
//!   `&[Circle]` (static), `&[&dyn Shape]` over the same contiguous circles (indirection only) and
//!   `&[Box<dyn Shape>]` (indirection plus one allocation per shape).
//! - Which to choose: generics by default; `dyn` for mixed collections, plugins, and to keep compile
//!   times and binary size down.
//!
//! # Follow-up
//! What is object safety? Why can't all traits be used as `dyn Trait`? [`follow_up`],
//! `cargo run --bin dyn_compatibility`.

pub mod follow_up;

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

/// The same sum through `&dyn Shape` references to contiguous values: dynamic dispatch without one
/// allocation per element (used by the benchmark, to separate the indirect call from the pointer chase).
pub fn total_area_refs(shapes: &[&dyn Shape]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

/// Static-dispatch counterpart of [`total_area`]: only one element type, calls can be inlined
/// (used by the benchmark).
pub fn total_area_static<S: Shape>(shapes: &[S]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
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
    fn the_vtable_records_size_and_alignment() {
        let c: Box<dyn Shape> = Box::new(Circle { radius: 1.0 });
        let r: Box<dyn Shape> = Box::new(Rectangle {
            width: 1.0,
            height: 1.0,
        });
        assert_eq!(size_of_val(&*c), size_of::<Circle>());
        assert_eq!(size_of_val(&*r), size_of::<Rectangle>());
        let byte: &dyn std::fmt::Debug = &1_u8;
        let wide: &dyn std::fmt::Debug = &1_u64;
        assert_eq!(align_of_val(byte), 1);
        assert_eq!(align_of_val(wide), align_of::<u64>());
    }

    #[test]
    fn the_vtable_drops_the_concrete_type() {
        use std::cell::Cell;
        use std::rc::Rc;
        struct Noisy(Rc<Cell<u32>>);
        impl Shape for Noisy {
            fn area(&self) -> f64 {
                0.0
            }
            fn name(&self) -> &str {
                "Noisy"
            }
        }
        impl Drop for Noisy {
            fn drop(&mut self) {
                self.0.set(self.0.get() + 1);
            }
        }
        let drops = Rc::new(Cell::new(0));
        let shape: Box<dyn Shape> = Box::new(Noisy(Rc::clone(&drops)));
        assert_eq!(drops.get(), 0);
        drop(shape); // the Box only knows `dyn Shape`: Noisy::drop is found through the vtable
        assert_eq!(drops.get(), 1);
    }

    #[test]
    fn references_to_contiguous_values_sum_the_same() {
        let circles: Vec<Circle> = (1..=4).map(|r| Circle { radius: r as f64 }).collect();
        let refs: Vec<&dyn Shape> = circles.iter().map(|c| c as &dyn Shape).collect();
        assert_eq!(total_area_refs(&refs), total_area_static(&circles));
    }
}
