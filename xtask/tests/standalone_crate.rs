//! `cargo xtask codegen --csdl FILE --out DIR` writes a complete crate that
//! builds without warnings (checked with real cargo on a fixture schema).

use std::process::Command;

#[test]
fn standalone_crate_for_a_fixture_builds_without_warnings() {
    let root = crate::workspace_root();
    let out = generate("namespaces", &root);
    assert!(
        out.path().join("src/lib.rs").is_file() && out.path().join("src/call_records.rs").is_file()
    );
    let manifest = std::fs::read_to_string(out.path().join("Cargo.toml")).unwrap();
    let runtime = format!(
        "msgraph-core = {{ path = {:?} }}",
        root.join("runtime").display().to_string()
    );
    assert!(manifest.contains(&runtime), "{manifest}");
    build(out.path(), &root);
}

/// The emitted code of the snapshot fixtures with request builders compiles too: path types
/// of their own, shared with derived types, and aliases (`emit/path_decl.rs`), OneDrive path
/// addressing, media entities and bound operations.
#[test]
fn request_builder_fixtures_build_without_warnings() {
    let root = crate::workspace_root();
    for name in ["requests", "drive_items", "navigation"] {
        let out = generate(name, &root);
        build(out.path(), &root);
    }
}

/// `cargo xtask codegen --csdl` of the fixture `name` into a new temporary directory, on
/// the workspace's runtime.
pub fn generate(name: &str, root: &std::path::Path) -> tempfile::TempDir {
    let out = tempfile::tempdir().unwrap();
    let status = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["codegen", "--csdl"])
        .arg(crate::fixtures().join(format!("{name}.xml")))
        .arg("--out")
        .arg(out.path())
        .args(["--name", &format!("fixture-{}", name.replace('_', "-"))])
        .arg("--runtime-path")
        .arg(root.join("runtime"))
        .status()
        .unwrap();
    assert!(status.success(), "{name}");
    out
}

/// `cargo build` of the crate in `dir` with `-D warnings` (one target directory for all,
/// so the runtime is built once).
fn build(dir: &std::path::Path, root: &std::path::Path) {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let build = Command::new(cargo)
        .arg("build")
        .arg("--offline")
        .arg("--manifest-path")
        .arg(dir.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", root.join("target/standalone-test"))
        .env("RUSTFLAGS", "-D warnings")
        .output()
        .unwrap();
    assert!(
        build.status.success(),
        "{}: {}",
        dir.display(),
        String::from_utf8_lossy(&build.stderr)
    );
}

/// Without `--runtime-path` the crate depends on the runtime by version, so it
/// builds on any machine that can reach a registry with `msgraph-core`.
#[test]
fn standalone_crate_depends_on_the_runtime_by_version_by_default() {
    let out = tempfile::tempdir().unwrap();
    let status = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["codegen", "--csdl"])
        .arg(crate::fixtures().join("namespaces.xml"))
        .arg("--out")
        .arg(out.path())
        .status()
        .unwrap();
    assert!(status.success());
    let manifest = std::fs::read_to_string(out.path().join("Cargo.toml")).unwrap();
    let runtime_manifest =
        std::fs::read_to_string(crate::workspace_root().join("runtime/Cargo.toml")).unwrap();
    let version = runtime_manifest
        .lines()
        .find_map(|l| l.strip_prefix("version = "))
        .unwrap()
        .trim_matches('"');
    assert!(
        manifest.contains(&format!("msgraph-core = \"{version}\"\n")),
        "{manifest}"
    );
    assert!(!manifest.contains("path ="), "{manifest}");
}
