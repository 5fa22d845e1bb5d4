//! Third-party OData metadata (`../shared/csdl/wild/`, listed in `SOURCES.tsv`;
//! override with `ODATA_WILD_DIR`) through the real `codegen --csdl` command:
//! OData v2/v3 documents are refused with one clear line, every v4 document
//! generates a crate.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn wild_dir() -> PathBuf {
    match std::env::var_os("ODATA_WILD_DIR") {
        Some(d) => PathBuf::from(d),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/csdl/wild"),
    }
}

/// (file name, OData version column) of every row of `SOURCES.tsv`.
fn sources() -> Vec<(String, String)> {
    let tsv = std::fs::read_to_string(wild_dir().join("SOURCES.tsv")).expect("SOURCES.tsv");
    tsv.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            (cols[0].to_string(), cols.get(5).unwrap_or(&"").to_string())
        })
        .collect()
}

fn codegen(file: &str, out: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["codegen", "--csdl"])
        .arg(wild_dir().join(file))
        .arg("--out")
        .arg(out)
        .output()
        .unwrap()
}

#[test]
fn odata_v2_and_v3_documents_are_refused_with_one_line() {
    let old: Vec<_> = sources()
        .into_iter()
        .filter(|(_, v)| v.starts_with("1.0"))
        .collect();
    assert_eq!(old.len(), 2, "two v2/v3 documents in SOURCES.tsv");
    for (file, _) in old {
        let out = tempfile::tempdir().unwrap();
        let o = codegen(&file, out.path());
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "{file}: {stderr}");
        let lines: Vec<&str> = stderr.lines().collect();
        assert_eq!(lines.len(), 1, "{file}: {stderr}");
        assert!(
            lines[0].contains(&format!("{file}:1:"))
                && lines[0].contains("Version=\"1.0\"")
                && lines[0].contains("OData v4 CSDL")
                && lines[0].contains("is required"),
            "{file}: {}",
            lines[0]
        );
        assert!(
            std::fs::read_dir(out.path()).unwrap().next().is_none(),
            "{file}: nothing written"
        );
    }
}

/// Every v4 document generates a crate (depending on this workspace's runtime by
/// path), and every crate builds with `-D warnings`; the crates share one target
/// directory, so the runtime is compiled once.
#[test]
fn every_v4_document_generates_a_crate_that_builds_without_warnings() {
    let root = crate::workspace_root();
    let v4: Vec<String> = sources()
        .into_iter()
        .filter(|(_, v)| v.starts_with('4'))
        .map(|(f, _)| f)
        .collect();
    assert!(v4.len() >= 12, "v4 documents in SOURCES.tsv: {v4:?}");
    let out = tempfile::tempdir().unwrap();
    let mut failures = Vec::new();
    for file in &v4 {
        let stem = file.trim_end_matches(".xml");
        let dir = out.path().join(stem);
        let o = Command::new(env!("CARGO_BIN_EXE_xtask"))
            .args(["codegen", "--csdl"])
            .arg(wild_dir().join(file))
            .arg("--out")
            .arg(&dir)
            .args(["--name", &format!("wild-{stem}"), "--runtime-path"])
            .arg(root.join("runtime"))
            .output()
            .unwrap();
        if !o.status.success() {
            failures.push(format!(
                "{file}: codegen failed: {}",
                String::from_utf8_lossy(&o.stderr)
            ));
            continue;
        }
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let build = Command::new(cargo)
            .args([
                "build",
                "--offline",
                "--quiet",
                "-j",
                "1",
                "--manifest-path",
            ])
            .arg(dir.join("Cargo.toml"))
            .env("CARGO_TARGET_DIR", root.join("target/wild-test"))
            .env("RUSTFLAGS", "-D warnings")
            .output()
            .unwrap();
        if !build.status.success() {
            let stderr = String::from_utf8_lossy(&build.stderr);
            let head: String = stderr.lines().take(30).collect::<Vec<_>>().join("\n");
            failures.push(format!("{file}: build failed:\n{head}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// For TripPin, Northwind and an SAP RAP service, a test written from their
/// documentation (tests/fixtures/wild_urls/) runs inside the generated crate:
/// get-by-key, composite keys, navigation and bound operations follow the OData
/// URL conventions, and a documented body round-trips losslessly.
#[test]
fn generated_urls_follow_the_odata_conventions_and_bodies_round_trip() {
    let root = crate::workspace_root();
    let fixtures = crate::fixtures().join("wild_urls");
    let out = tempfile::tempdir().unwrap();
    let mut failures = Vec::new();
    for stem in ["northwind-v4", "trippin", "sap-rap-v4"] {
        let dir = out.path().join(stem);
        let o = Command::new(env!("CARGO_BIN_EXE_xtask"))
            .args(["codegen", "--csdl"])
            .arg(wild_dir().join(format!("{stem}.xml")))
            .arg("--out")
            .arg(&dir)
            .args(["--name", &format!("wild-{stem}"), "--runtime-path"])
            .arg(root.join("runtime"))
            .output()
            .unwrap();
        assert!(
            o.status.success(),
            "{stem}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        std::fs::create_dir_all(dir.join("tests")).unwrap();
        std::fs::copy(
            fixtures.join(format!("{stem}.rs")),
            dir.join("tests/urls.rs"),
        )
        .unwrap();
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let test = Command::new(cargo)
            .args(["test", "--offline", "--quiet", "-j", "1", "--manifest-path"])
            .arg(dir.join("Cargo.toml"))
            .env("CARGO_TARGET_DIR", root.join("target/wild-test"))
            .output()
            .unwrap();
        if !test.status.success() {
            failures.push(format!(
                "{stem}:\n{}\n{}",
                String::from_utf8_lossy(&test.stdout),
                String::from_utf8_lossy(&test.stderr)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
