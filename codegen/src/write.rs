//! Writing generated files: atomically (stage everything in a temporary
//! directory beside the target, then swap), or comparing for `--check`.
//!
//! A file whose contents are already on disk is staged as a hard link to it rather than
//! written again: it keeps its inode and modification time, so Cargo does not rebuild a
//! part crate none of whose files changed, and the write costs no new file (creating
//! files is most of the write stage on this project's ext4 machines).

use crate::emit::GeneratedFile;
use anyhow::{Context, Result};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The entries of `out` that codegen owns: top-level names of the files.
fn owned_roots(files: &[GeneratedFile]) -> BTreeSet<PathBuf> {
    files
        .iter()
        .filter_map(|f| f.path.components().next())
        .map(|c| PathBuf::from(c.as_os_str()))
        .collect()
}

/// What a write did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Written {
    /// Files written anew (new or changed contents).
    pub written: usize,
    /// Files whose contents were already there, kept as they were (hard-linked).
    pub kept: usize,
}

/// Replace the owned entries of `out` (e.g. `src/` and `Cargo.toml`) with
/// `files`. Everything is staged in a directory first (an unchanged file as a hard
/// link to the one on disk); only when all files are staged are the entries swapped in
/// by renames. On any error `out` is left as it was.
pub fn write_atomic(out: &Path, files: &[GeneratedFile]) -> Result<Written> {
    write_staged(out, files, None)
}

/// [`write_atomic`] with an injected failure after staging `n` files, for
/// tests that prove a failure mid-write leaves `out` untouched.
#[doc(hidden)]
pub fn write_atomic_failing_after(
    out: &Path,
    files: &[GeneratedFile],
    n: usize,
) -> Result<Written> {
    write_staged(out, files, Some(n))
}

/// Whether `path` is a regular file (not a link to one) holding exactly `contents`.
fn holds(path: &Path, contents: &[u8]) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.is_file() && m.len() == contents.len() as u64)
        && std::fs::read(path).is_ok_and(|b| b == contents)
}

fn write_staged(out: &Path, files: &[GeneratedFile], fail_after: Option<usize>) -> Result<Written> {
    std::fs::create_dir_all(out).with_context(|| format!("cannot create {}", out.display()))?;
    let stage = tempfile::Builder::new()
        .prefix(".codegen-stage-")
        .tempdir_in(out)
        .with_context(|| format!("cannot create a staging directory in {}", out.display()))?;
    let mut done = Written::default();
    for (i, f) in files.iter().enumerate() {
        if fail_after.is_some_and(|n| i >= n) {
            anyhow::bail!("injected failure after {i} files");
        }
        let path = stage.path().join(&f.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        let current = out.join(&f.path);
        // Where hard links are refused (another file system kind), write it anew.
        if holds(&current, f.contents.as_bytes()) && std::fs::hard_link(&current, &path).is_ok() {
            done.kept += 1;
            continue;
        }
        std::fs::write(&path, &f.contents)
            .with_context(|| format!("cannot write {}", path.display()))?;
        done.written += 1;
    }
    let backup = tempfile::Builder::new()
        .prefix(".codegen-old-")
        .tempdir_in(out)?;
    let roots = owned_roots(files);
    let mut moved: Vec<PathBuf> = Vec::new();
    let mut swapped: Vec<PathBuf> = Vec::new();
    let result = (|| -> Result<()> {
        for r in &roots {
            let cur = out.join(r);
            if cur.exists() {
                std::fs::rename(&cur, backup.path().join(r))?;
                moved.push(r.clone());
            }
            std::fs::rename(stage.path().join(r), &cur)?;
            swapped.push(r.clone());
        }
        Ok(())
    })();
    if let Err(e) = result {
        // Roll back: put the old entries back where they were.
        for r in &swapped {
            let _ =
                std::fs::remove_dir_all(out.join(r)).or_else(|_| std::fs::remove_file(out.join(r)));
        }
        for r in &moved {
            let _ = std::fs::rename(backup.path().join(r), out.join(r));
        }
        return Err(e).context(format!(
            "cannot swap generated files into {}",
            out.display()
        ));
    }
    Ok(done)
}

/// Differences between `files` and what is on disk under `out`.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Drift {
    pub changed: Vec<PathBuf>,
    pub missing: Vec<PathBuf>,
    pub stale: Vec<PathBuf>,
}

impl Drift {
    pub fn is_clean(&self) -> bool {
        self.changed.is_empty() && self.missing.is_empty() && self.stale.is_empty()
    }
}

pub fn check(out: &Path, files: &[GeneratedFile]) -> Result<Drift> {
    let mut drift = Drift::default();
    for f in files {
        match std::fs::read(out.join(&f.path)) {
            Ok(bytes) if bytes == f.contents.as_bytes() => {}
            Ok(_) => drift.changed.push(f.path.clone()),
            Err(_) => drift.missing.push(f.path.clone()),
        }
    }
    let expected: BTreeSet<&Path> = files.iter().map(|f| f.path.as_path()).collect();
    for root in owned_roots(files) {
        let dir = out.join(&root);
        if dir.is_dir() {
            for p in walk(&dir)? {
                let rel = p.strip_prefix(out).unwrap_or(&p).to_path_buf();
                if !expected.contains(rel.as_path()) {
                    drift.stale.push(rel);
                }
            }
        }
    }
    Ok(drift)
}

fn walk(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d)? {
            let p = e?.path();
            if p.is_dir() {
                stack.push(p)
            } else {
                out.push(p)
            }
        }
    }
    out.sort();
    Ok(out)
}
