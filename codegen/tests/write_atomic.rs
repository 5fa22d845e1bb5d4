//! Output integrity: a failure mid-write leaves the output directory exactly
//! as it was; a successful write replaces the owned entries and nothing else.

use msgraph_codegen::emit::GeneratedFile;
use msgraph_codegen::write::{check, write_atomic, write_atomic_failing_after};
use std::path::{Path, PathBuf};

fn file(path: &str, contents: &str) -> GeneratedFile {
    GeneratedFile {
        path: PathBuf::from(path),
        contents: contents.to_string(),
    }
}

fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push((
                    p.strip_prefix(dir).unwrap().to_path_buf(),
                    std::fs::read(&p).unwrap(),
                ));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn failure_mid_write_leaves_output_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let old = [
        file("Cargo.toml", "old"),
        file("src/lib.rs", "old lib"),
        file("src/v1/mod.rs", "old v1"),
    ];
    write_atomic(dir.path(), &old).unwrap();
    std::fs::write(dir.path().join("README.md"), "not ours").unwrap();
    let before = snapshot(dir.path());

    let new = [
        file("Cargo.toml", "new"),
        file("src/lib.rs", "new lib"),
        file("src/beta/mod.rs", "new beta"),
    ];
    for n in 0..new.len() {
        let err = write_atomic_failing_after(dir.path(), &new, n).unwrap_err();
        assert!(err.to_string().contains("injected failure"), "{err:#}");
        assert_eq!(
            snapshot(dir.path()),
            before,
            "output changed after a failure at file {n}"
        );
    }

    write_atomic(dir.path(), &new).unwrap();
    assert!(check(dir.path(), &new).unwrap().is_clean());
    let after = snapshot(dir.path());
    let names: Vec<_> = after.iter().map(|(p, _)| p.display().to_string()).collect();
    assert_eq!(
        names,
        ["Cargo.toml", "README.md", "src/beta/mod.rs", "src/lib.rs"],
        "stale src/v1 removed, README kept"
    );
}

#[test]
fn check_reports_changed_missing_and_stale_files() {
    let dir = tempfile::tempdir().unwrap();
    write_atomic(
        dir.path(),
        &[
            file("src/a.rs", "a"),
            file("src/b.rs", "b"),
            file("src/c.rs", "c"),
        ],
    )
    .unwrap();
    let drift = check(
        dir.path(),
        &[
            file("src/a.rs", "a"),
            file("src/b.rs", "B"),
            file("src/d.rs", "d"),
        ],
    )
    .unwrap();
    assert_eq!(drift.changed, [PathBuf::from("src/b.rs")]);
    assert_eq!(drift.missing, [PathBuf::from("src/d.rs")]);
    assert_eq!(drift.stale, [PathBuf::from("src/c.rs")]);
}

/// A file whose contents are already on disk is kept as it is (the same inode, so the
/// same modification time: Cargo rebuilds nothing for it); a changed file is written anew;
/// a symbolic link standing where a file goes is replaced by a file.
#[cfg(unix)]
#[test]
fn unchanged_files_are_kept_and_changed_ones_written() {
    use msgraph_codegen::write::Written;
    use std::os::unix::fs::MetadataExt;
    let dir = tempfile::tempdir().unwrap();
    let first = [
        file("Cargo.toml", "same"),
        file("src/a.rs", "same a"),
        file("src/b.rs", "old b"),
        file("src/c.rs", "c"),
    ];
    let done = write_atomic(dir.path(), &first).unwrap();
    assert_eq!(
        done,
        Written {
            written: 4,
            kept: 0
        }
    );
    let ino = |p: &str| std::fs::metadata(dir.path().join(p)).unwrap().ino();
    let before = (ino("Cargo.toml"), ino("src/a.rs"), ino("src/b.rs"));
    // `src/c.rs` becomes a link to a file holding what is generated next.
    let elsewhere = dir.path().join("elsewhere.rs");
    std::fs::write(&elsewhere, "c").unwrap();
    std::fs::remove_file(dir.path().join("src/c.rs")).unwrap();
    std::os::unix::fs::symlink(&elsewhere, dir.path().join("src/c.rs")).unwrap();

    let second = [
        file("Cargo.toml", "same"),
        file("src/a.rs", "same a"),
        file("src/b.rs", "new b"),
        file("src/c.rs", "c"),
    ];
    let done = write_atomic(dir.path(), &second).unwrap();
    assert_eq!(
        done,
        Written {
            written: 2,
            kept: 2
        }
    );
    assert_eq!(ino("Cargo.toml"), before.0);
    assert_eq!(ino("src/a.rs"), before.1);
    assert_ne!(ino("src/b.rs"), before.2);
    let c = std::fs::symlink_metadata(dir.path().join("src/c.rs")).unwrap();
    assert!(c.is_file(), "the link was replaced by a file");
    assert!(check(dir.path(), &second).unwrap().is_clean());
    // The kept files have one name left: the staging and backup directories are gone.
    assert_eq!(
        std::fs::metadata(dir.path().join("src/a.rs"))
            .unwrap()
            .nlink(),
        1
    );
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names.iter().all(|n| !n.starts_with(".codegen-")),
        "{names:?}"
    );
}
