//! Malformed CSDL through the real command: each case exits non-zero with one
//! clear `file:line:column: message` line, and the output directory is left
//! exactly as it was (fixtures in tests/fixtures/bad/).

use std::path::Path;
use std::process::Command;

fn run(fixture: &str) -> (i32, String, tempfile::TempDir) {
    let out = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(out.path().join("src")).unwrap();
    std::fs::write(out.path().join("src/lib.rs"), "// previous output\n").unwrap();
    std::fs::write(out.path().join("Cargo.toml"), "# previous\n").unwrap();
    let path = crate::fixtures().join("bad").join(fixture);
    let o = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["codegen", "--csdl"])
        .arg(&path)
        .arg("--out")
        .arg(out.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr).into_owned();
    (o.status.code().unwrap_or(-1), stderr, out)
}

fn expect(fixture: &str, line_col: &str, words: &[&str]) {
    let (code, stderr, out) = run(fixture);
    assert_eq!(code, 1, "{fixture}: exit code; stderr: {stderr}");
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(
        lines.len(),
        1,
        "{fixture}: one message expected, got {stderr}"
    );
    let at = format!("{fixture}:{line_col}: ");
    assert!(
        lines[0].starts_with("error: ") && lines[0].contains(&at),
        "{fixture}: `{}` lacks `{at}`",
        lines[0]
    );
    for w in words {
        assert!(
            lines[0].contains(w),
            "{fixture}: `{}` lacks `{w}`",
            lines[0]
        );
    }
    assert!(!stderr.contains("panicked"), "{stderr}");
    // The output directory is untouched: same two files, same contents, nothing staged left over.
    let mut names: Vec<_> = walk(out.path());
    names.sort();
    assert_eq!(
        names,
        ["Cargo.toml", "src/lib.rs"],
        "{fixture}: output changed"
    );
    assert_eq!(
        std::fs::read_to_string(out.path().join("src/lib.rs")).unwrap(),
        "// previous output\n"
    );
}

fn walk(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(
                walk(&p)
                    .into_iter()
                    .map(|n| format!("{}/{n}", p.file_name().unwrap().to_string_lossy())),
            );
        } else {
            out.push(p.file_name().unwrap().to_string_lossy().into_owned());
        }
    }
    out
}

#[test]
fn invalid_xml() {
    expect(
        "invalid_xml.xml",
        "6:7",
        &["malformed XML", "expected `</Property>`"],
    );
}

#[test]
fn truncated_file() {
    expect("truncated.xml", "5:9", &["not closed"]);
}

#[test]
fn empty_file() {
    expect(
        "empty.xml",
        "1:1",
        &["empty document", "expected root element `<edmx:Edmx>`"],
    );
}

#[test]
fn html_error_page() {
    expect("html_page.xml", "1:1", &["found `<html>`", "not a CSDL"]);
}

#[test]
fn unknown_type_reference() {
    expect(
        "unknown_type.xml",
        "5:9",
        &["unknown type reference `t.missing`"],
    );
}

#[test]
fn unknown_edm_primitive() {
    expect(
        "unknown_edm.xml",
        "5:9",
        &["unknown Edm primitive type `Edm.Strang`"],
    );
}

#[test]
fn base_type_cycle() {
    expect("base_cycle.xml", "4:7", &["base type cycle"]);
}

#[test]
fn duplicate_type_names() {
    expect(
        "duplicate_type.xml",
        "5:7",
        &["duplicate type name `a`", "first declared at line 4"],
    );
}

#[test]
fn malformed_collection() {
    expect(
        "malformed_collection.xml",
        "5:9",
        &["malformed type `Collection(Edm.String`"],
    );
}

#[test]
fn non_integer_enum_value() {
    expect("enum_value.xml", "5:35", &["`1.5`", "expected an integer"]);
}

#[test]
fn entity_expansion_bomb_is_rejected_unexpanded() {
    expect("entity_bomb.xml", "2:1", &["DOCTYPE", "not allowed"]);
}

#[test]
fn external_entity_is_rejected_and_never_read() {
    let (_, stderr, _) = run("external_entity.xml");
    assert!(!stderr.contains("root:"), "file content leaked: {stderr}");
    expect("external_entity.xml", "2:1", &["DOCTYPE", "not allowed"]);
}
