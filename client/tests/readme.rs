//! The README shows the calling bot example as it is (`client/examples/calling_bot.rs`).

/// The top-level README shows the whole example (all but its leading doc comment), byte
/// for byte, and that is under 40 lines of code (not counting blank and comment lines).
#[test]
fn readme_shows_the_whole_example() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let readme = std::fs::read_to_string(format!("{root}/README.md")).expect("README.md");
    let example =
        std::fs::read_to_string(format!("{root}/client/examples/calling_bot.rs")).expect("example");
    let body: String = example
        .lines()
        .skip_while(|l| l.starts_with("//!"))
        .skip_while(|l| l.trim().is_empty())
        .map(|l| format!("{l}\n"))
        .collect();
    let section = readme
        .split("## A calling bot")
        .nth(1)
        .expect("README has a calling bot section");
    let snippet = section
        .split("```rust\n")
        .nth(1)
        .and_then(|s| s.split("\n```").next())
        .map(|s| format!("{s}\n"))
        .expect("a rust block in the section");
    assert!(
        snippet == body,
        "the README's calling bot differs from client/examples/calling_bot.rs:\n{snippet}"
    );
    let code = body
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("//"))
        .count();
    assert!((20..40).contains(&code), "{code} lines of bot code");
}
