// Q10 follow-up: `?` on an Option inside a function returning Result does not convert by itself;
// `ok_or(...)` turns the None into an error first (see basics::option_result::follow_up::age_next_year).
fn find_user(id: u32) -> Option<String> {
    (id == 1).then(|| "Alice".to_string())
}

fn greeting(id: u32) -> Result<String, String> {
    let name = find_user(id)?; // E0277: `?` on an Option needs a function returning Option
    Ok(format!("Hello, {name}"))
}

fn main() {
    println!("{:?}", greeting(1));
}
