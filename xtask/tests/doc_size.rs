//! `cargo xtask doc-size` on a real `cargo doc` of a generated fixture crate: its figures
//! are the doc directory's, its rows add up, and a directory against itself is 1.00 apart.

use std::path::Path;
use std::process::Command;

/// Files and bytes under `dir`, counted here independently of the tool.
fn walk(dir: &Path) -> (u64, u64) {
    let (mut files, mut bytes) = (0, 0);
    for e in std::fs::read_dir(dir).unwrap() {
        let e = e.unwrap();
        let m = e.metadata().unwrap();
        if m.is_dir() {
            let (f, b) = walk(&e.path());
            files += f;
            bytes += b;
        } else {
            files += 1;
            bytes += m.len();
        }
    }
    (files, bytes)
}

/// The rows of the table under the heading row `*title*`: (name, files, column 3 on).
fn rows<'a>(out: &'a str, title: &str) -> Vec<(&'a str, u64, Vec<&'a str>)> {
    let mut lines = out
        .lines()
        .skip_while(|l| !l.starts_with(&format!("| *{title}*")));
    lines.next();
    lines
        .take_while(|l| l.starts_with("| ") && !l.starts_with("| *"))
        .map(|l| {
            let cells: Vec<&str> = l.trim_matches('|').split(" | ").map(str::trim).collect();
            (
                cells[0],
                cells[1].replace(',', "").parse().unwrap(),
                cells[2..].to_vec(),
            )
        })
        .collect()
}

#[test]
fn doc_size_reports_the_doc_directory_of_a_fixture_crate() {
    let root = crate::workspace_root();
    let krate = crate::standalone_crate::generate("requests", &root);
    let target = root.join("target/doc-size-test");
    let o = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["doc-size", "-p", "fixture-requests", "--manifest-path"])
        .arg(krate.path().join("Cargo.toml"))
        .arg("--target-dir")
        .arg(&target)
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        o.status.success(),
        "{out}\n{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let doc = target.join("doc");
    let (files, bytes) = walk(&doc);
    let first = out.lines().next().unwrap();
    assert!(
        first.contains(&format!(": {files} files, {bytes} bytes, ")),
        "{first} against {files} files, {bytes} bytes"
    );
    assert!(out.contains("documentation step: "), "{out}");

    let kinds = rows(&out, "by kind of file");
    assert_eq!(kinds.iter().map(|r| r.1).sum::<u64>(), files, "{out}");
    for kind in [
        "struct",
        "struct in `requests`",
        "search index",
        "module indexes",
    ] {
        assert!(
            kinds.iter().any(|r| r.0 == kind && r.1 > 0),
            "{kind}: {out}"
        );
    }
    let sections = rows(&out, "item pages by section");
    for s in [
        "head and sidebar",
        "fields",
        "methods (inherent impls)",
        "blanket implementations",
    ] {
        assert!(sections.iter().any(|r| r.0 == s && r.1 > 0), "{s}: {out}");
    }

    // The same directory against itself: every ratio 1.00 (or `-` where both are empty).
    let o = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["doc-size", "--scan"])
        .arg(&doc)
        .arg("--against")
        .arg(&doc)
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{out}");
    let all: Vec<_> = rows(&out, "by kind of file")
        .into_iter()
        .chain(rows(&out, "item pages by section"))
        .collect();
    assert!(all.len() > 8, "{out}");
    for (name, _, rest) in all {
        assert!(
            rest.last() == Some(&"1.00") || rest.last() == Some(&"-"),
            "{name}: {out}"
        );
    }
}
