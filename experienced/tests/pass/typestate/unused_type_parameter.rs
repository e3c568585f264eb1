// Q35 follow-up, the right half of tests/ui/typestate/unused_type_parameter.rs: a zero-sized
// `PhantomData<State>` field uses the parameter without storing anything.
use std::marker::PhantomData;

struct Draft;

struct Article<State> {
    title: String,
    _state: PhantomData<State>,
}

fn main() {
    let a: Article<Draft> = Article { title: "Typestate".into(), _state: PhantomData };
    println!("{}", a.title);
    assert_eq!(std::mem::size_of::<PhantomData<Draft>>(), 0);
}
