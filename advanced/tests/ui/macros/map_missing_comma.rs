// Q27: the matcher `$($key:expr => $val:expr),* $(,)?` needs a comma between entries; a macro's
// syntax errors come from the matcher ("no rules expected ..."), without an error code.
fn main() {
    let _m = advanced::map! {
        "host" => "localhost"
        "port" => "8080" // ❌ missing comma on the line above
    };
}
