//! `edmx:Reference` through the real command: referenced documents are found
//! beside the file or in `--reference-dir` (by the last segment of their Uri),
//! only included namespaces are taken, and a missing document whose types are
//! used is one clear error naming the reference (fixtures in
//! tests/fixtures/refs/).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn refs() -> PathBuf {
    crate::fixtures().join("refs")
}

fn codegen(out: &Path, extra: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["codegen", "--csdl"])
        .arg(refs().join("main.xml"))
        .arg("--out")
        .arg(out)
        .args(extra)
        .output()
        .unwrap()
}

#[test]
fn referenced_documents_are_loaded_from_beside_the_file_and_the_reference_dir() {
    let out = tempfile::tempdir().unwrap();
    let dir = refs().join("vocab");
    let o = codegen(out.path(), &["--reference-dir".as_ref(), dir.as_os_str()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let src = |f: &str| std::fs::read_to_string(out.path().join("src").join(f)).unwrap();
    let lib = src("lib.rs");
    assert!(
        lib.contains("pub code: rt::Field<crate::common::Code>"),
        "{lib}"
    );
    assert!(
        lib.contains("pub level: rt::Field<crate::vocab::Level>"),
        "{lib}"
    );
    assert!(
        lib.contains("pub kind: rt::Field<crate::vocab::Kind>"),
        "{lib}"
    );
    assert!(src("common.rs").contains("pub struct Code(pub ::std::string::String);"));
    assert!(src("vocab.rs").contains("pub struct Level(pub i32);"));
    // Only the included namespace of Acme.Common.xml is taken.
    assert!(!out.path().join("src/not_included.rs").exists());
}

#[test]
fn a_missing_referenced_document_is_named_when_its_types_are_used() {
    let out = tempfile::tempdir().unwrap();
    let o = codegen(out.path(), &[]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{stderr}");
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{stderr}");
    assert!(
        lines[0].contains("main.xml:")
            && lines[0].contains("`V.Level`")
            && lines[0].contains("https://example.com/vocabularies/Acme.Vocab.xml")
            && lines[0].contains("line 3")
            && lines[0].contains("--reference-dir"),
        "{}",
        lines[0]
    );
}
