//! `cargo xtask codegen --csdl FILE --out DIR` writes a complete crate that
//! builds without warnings (checked with real cargo on a fixture schema).

use std::path::Path;
use std::process::Command;

#[test]
fn standalone_crate_for_a_fixture_builds_without_warnings() {
    let root = xtask::pipeline::workspace_root();
    let out = tempfile::tempdir().unwrap();
    let status = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["codegen", "--csdl"])
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/namespaces.xml"))
        .arg("--out")
        .arg(out.path())
        .args(["--name", "fixture-models"])
        .status()
        .unwrap();
    assert!(status.success());
    assert!(
        out.path().join("src/lib.rs").is_file() && out.path().join("src/call_records.rs").is_file()
    );
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let build = Command::new(cargo)
        .arg("build")
        .arg("--offline")
        .arg("--manifest-path")
        .arg(out.path().join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", root.join("target/standalone-test"))
        .env("RUSTFLAGS", "-D warnings")
        .output()
        .unwrap();
    assert!(
        build.status.success(),
        "{}",
        String::from_utf8_lossy(&build.stderr)
    );
}
