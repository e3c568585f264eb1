//! **Q37 follow-up · Fewer allocations, arenas.** Borrow instead of copying, size collections once,
//! reuse buffers, and put many objects that die together into an arena: a bump allocator that hands out
//! memory by moving a pointer through one big chunk and frees it all at once.
//!
//! - Borrowed tokens (`&str` slices of the input) cost no allocation but the `Vec`; owned ones one each.
//!   Proof: `cargo test -p performance --lib profiling::follow_up::tests::borrowed_tokens`
//! - `Cow<str>` allocates only when it has to change the input. Proof: `cargo test -p performance --lib profiling::follow_up::tests::cow`
//! - 10 000 tree nodes: 10 000 `Box` allocations, or one arena chunk and none after `reset()`.
//!   Proof: `cargo test -p performance --test outputs`
//! - The price: bumpalo never runs `Drop` for what it holds. Proof: `cargo test -p performance --lib profiling::follow_up::tests::an_arena_skips_destructors`
//!
//! # Run it
//! `cargo run --bin arena_allocation` counts every case with the workspace's counting allocator.
//!
//! # Differences from the guide
//! None (the guide only asks the question).
//!
//! # More to explore
//! - An arena suits plain data (parse trees, a request's scratch data), not values that own files or heap
//!   memory, and nothing in it is freed before the whole arena is. `typed-arena` holds one type and does
//!   run `Drop`.
//! - `SmallVec`/`ArrayVec` keep short collections inline; swapping the global allocator (mimalloc,
//!   jemalloc) speeds up allocation-heavy code without removing a single allocation.
//! - Reusing a buffer only helps if nothing allocates beside it: Q37's guide pattern 3, [`super`].

use basics::alloc_counter::count_allocations;
use bumpalo::Bump;
use std::borrow::Cow;
use std::cell::Cell;

pub fn main() {
    let (tree, boxed) = count_allocations(|| boxed_tree(NODES));
    println!(
        "Box per node:   {NODES} nodes, {} allocations, sum {}",
        boxed.allocations,
        sum_boxed(&tree)
    );
    drop(tree);

    let capacity = NODES as usize * std::mem::size_of::<Node<'_>>();
    let (mut arena, created) = count_allocations(|| Bump::with_capacity(capacity));
    let (sum, built) = count_allocations(|| sum_arena(arena_tree(&arena, NODES)));
    println!(
        "bumpalo arena:  {NODES} nodes, {} allocation (the chunk, made by Bump::with_capacity) + {} while building, sum {sum}",
        created.allocations, built.allocations
    );
    arena.reset(); // bulk free: every node at once, the chunk is kept for reuse
    let (sum, again) = count_allocations(|| sum_arena(arena_tree(&arena, NODES)));
    println!(
        "after reset():  {NODES} nodes again, {} allocations, sum {sum}",
        again.allocations
    );

    let line = "id,name,email,created_at,score,active,country,plan";
    let (owned, o) = count_allocations(|| tokens_owned(line));
    let (borrowed, b) = count_allocations(|| tokens_borrowed(line));
    println!(
        "tokens: {} as String = {} allocations, {} as &str = {} allocations",
        owned.len(),
        o.allocations,
        borrowed.len(),
        b.allocations
    );

    let (clean, c) = count_allocations(|| normalize_spaces("already clean"));
    let (dirty, d) = count_allocations(|| normalize_spaces("two\tfields"));
    println!(
        "Cow<str>: {:?} = {} allocations, {:?} = {} allocation",
        clean, c.allocations, dirty, d.allocations
    );

    let (boxed_drops, arena_drops) = drops_box_vs_arena();
    println!("Drop calls for 100 values: {boxed_drops} in Boxes, {arena_drops} in a bumpalo arena");
}

/// A binary-tree node, as a parser or a compiler would build by the thousand.
#[derive(Debug)]
pub struct Node<'a> {
    pub value: u64,
    pub left: Option<&'a Node<'a>>,
    pub right: Option<&'a Node<'a>>,
}

/// The same node owning its children through `Box`: one allocation per node.
#[derive(Debug)]
pub struct BoxNode {
    pub value: u64,
    pub left: Option<Box<BoxNode>>,
    pub right: Option<Box<BoxNode>>,
}

/// A complete tree of `count` nodes in boxes (node `i` has children `2i+1`, `2i+2`).
pub fn boxed_tree(count: u64) -> Option<Box<BoxNode>> {
    fn build(i: u64, count: u64) -> Option<Box<BoxNode>> {
        (i < count).then(|| {
            Box::new(BoxNode {
                value: i,
                left: build(2 * i + 1, count),
                right: build(2 * i + 2, count),
            })
        })
    }
    build(0, count)
}

/// The same tree in an arena: nodes are bump-allocated and refer to each other by `&`.
pub fn arena_tree(arena: &Bump, count: u64) -> Option<&Node<'_>> {
    fn build(arena: &Bump, i: u64, count: u64) -> Option<&Node<'_>> {
        (i < count).then(|| {
            let left = build(arena, 2 * i + 1, count);
            let right = build(arena, 2 * i + 2, count);
            &*arena.alloc(Node {
                value: i,
                left,
                right,
            })
        })
    }
    build(arena, 0, count)
}

/// Sum of the values of a boxed tree.
pub fn sum_boxed(node: &Option<Box<BoxNode>>) -> u64 {
    node.as_ref()
        .map_or(0, |n| n.value + sum_boxed(&n.left) + sum_boxed(&n.right))
}

/// Sum of the values of an arena tree.
pub fn sum_arena(node: Option<&Node<'_>>) -> u64 {
    node.map_or(0, |n| n.value + sum_arena(n.left) + sum_arena(n.right))
}

/// Tokens as owned `String`s: one allocation each.
pub fn tokens_owned(line: &str) -> Vec<String> {
    line.split(',').map(str::to_string).collect()
}

/// Tokens as slices of the input: no allocation but the `Vec`.
pub fn tokens_borrowed(line: &str) -> Vec<&str> {
    line.split(',').collect()
}

/// Replaces tabs with spaces, borrowing the input when there is nothing to replace: `Cow` allocates
/// only on the path that changes the text.
pub fn normalize_spaces(input: &str) -> Cow<'_, str> {
    if input.contains('\t') {
        Cow::Owned(input.replace('\t', " "))
    } else {
        Cow::Borrowed(input)
    }
}

thread_local! {
    static DROPS: Cell<usize> = const { Cell::new(0) };
}

/// Counts its drops, to show which ones an arena skips.
#[derive(Debug)]
pub struct Noisy;

impl Drop for Noisy {
    fn drop(&mut self) {
        DROPS.with(|d| d.set(d.get() + 1));
    }
}

fn drops() -> usize {
    DROPS.with(Cell::get)
}

/// Drops counted when 100 `Noisy` values die in `Box`es, and when they die with an arena.
pub fn drops_box_vs_arena() -> (usize, usize) {
    let before = drops();
    let boxes: Vec<Box<Noisy>> = (0..100).map(|_| Box::new(Noisy)).collect();
    drop(boxes);
    let boxed = drops() - before;

    let before = drops();
    let arena = Bump::new();
    for _ in 0..100 {
        arena.alloc(Noisy);
    }
    drop(arena); // frees the chunk; never calls Noisy::drop
    (boxed, drops() - before)
}

pub const NODES: u64 = 10_000;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_trees_hold_the_same_values() {
        let arena = Bump::new();
        let expected = NODES * (NODES - 1) / 2;
        assert_eq!(sum_boxed(&boxed_tree(NODES)), expected);
        assert_eq!(sum_arena(arena_tree(&arena, NODES)), expected);
    }

    #[test]
    fn an_arena_skips_destructors() {
        assert_eq!(drops_box_vs_arena(), (100, 0));
    }

    #[test]
    fn cow_allocates_only_when_it_changes_the_input() {
        let (clean, c) = count_allocations(|| normalize_spaces("already clean"));
        assert!(matches!(clean, Cow::Borrowed("already clean")));
        assert_eq!(c.allocations, 0);
        let (dirty, d) = count_allocations(|| normalize_spaces("a\tb"));
        assert_eq!(dirty, "a b");
        assert_eq!(d.allocations, 1);
    }

    #[test]
    fn borrowed_tokens_point_into_the_input() {
        let line = "a,b,c";
        let tokens = tokens_borrowed(line);
        assert_eq!(tokens, ["a", "b", "c"]);
        assert!(line.as_bytes().as_ptr_range().contains(&tokens[2].as_ptr()));
        assert_eq!(tokens_owned(line), ["a", "b", "c"]);
        let (_, owned) = count_allocations(|| tokens_owned(line));
        let (_, borrowed) = count_allocations(|| tokens_borrowed(line));
        assert_eq!((owned.allocations, borrowed.allocations), (1 + 3, 1));
    }
}
