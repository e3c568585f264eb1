// Q5: after `let s2 = s1;` the String has moved; `s1` can no longer be used.
fn main() {
    let s1 = String::from("hello");
    let s2 = s1;
    println!("{}", s1); // E0382: borrow of moved value
    drop(s2);
}
