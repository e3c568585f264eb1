//! Follow-up: how do you reduce heap allocations in hot paths, and what is arena allocation?
//!
//! In order of how often they pay off:
//! 1. **Borrow instead of copying**: hand out `&str` slices of the input rather than `String`s (the
//!    guide's parser anecdote). [`tokens_owned`] vs [`tokens_borrowed`]: one allocation per token vs none
//!    beyond the `Vec`.
//! 2. **Size once**: `Vec::with_capacity` / `String::with_capacity` instead of growing.
//! 3. **Reuse buffers** across iterations (`clear()` keeps the capacity), and format into them with
//!    `write!`, as in Q37's fixed pattern 3.
//! 4. **Arenas** for many objects with one lifetime (a parse tree, a request's scratch data): a bump
//!    allocator hands out memory by moving a pointer inside a big chunk, and frees everything at once.
//!
//! `cargo run --bin arena_allocation` counts it with the workspace's counting allocator: 10 000 tree
//! nodes cost 10 000 allocations as `Box`es and 1 in a `bumpalo::Bump` created with enough capacity;
//! after `reset()` a second batch costs 0, because the chunk is kept. The price: bumpalo never runs
//! `Drop` for values in the arena (the output shows 0 drops), so it suits plain data, not values owning
//! files or heap memory of their own, and nothing is freed before the whole arena is.

use basics::alloc_counter::count_allocations;
use bumpalo::Bump;
use std::cell::Cell;

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

    let (boxed_drops, arena_drops) = drops_box_vs_arena();
    println!("Drop calls for 100 values: {boxed_drops} in Boxes, {arena_drops} in a bumpalo arena");
}

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
    fn borrowed_tokens_point_into_the_input() {
        let line = "a,b,c";
        let tokens = tokens_borrowed(line);
        assert_eq!(tokens, ["a", "b", "c"]);
        assert!(line.as_bytes().as_ptr_range().contains(&tokens[2].as_ptr()));
        assert_eq!(tokens_owned(line), ["a", "b", "c"]);
    }
}
