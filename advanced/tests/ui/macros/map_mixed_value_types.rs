// Q27: a macro is type-checked only after it is expanded. `map!` accepts any expressions; the type
// error appears in the code it wrote (`m.insert(..)`), one value at a time.
fn main() {
    let _m = advanced::map! {
        "host" => "localhost",
        "port" => 8080, // ❌ E0308: the first insert fixed the value type to &str
    };
}
