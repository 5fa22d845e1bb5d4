//! Metadata inputs: `metadata/sources.toml` (version, file, upstream, sha256)
//! and locating/verifying the CSDL files in the metadata directory.

use anyhow::{Context, Result, bail};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Deserialize)]
pub struct Sources {
    #[serde(rename = "input")]
    pub inputs: Vec<Input>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub version: String,
    pub module: String,
    pub file: String,
    pub upstream: String,
    pub commit_date: String,
    pub sha256: String,
}

impl Sources {
    pub fn load(path: &Path) -> Result<Sources> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let s: Sources =
            toml::from_str(&text).with_context(|| format!("invalid {}", path.display()))?;
        if s.inputs.is_empty() {
            bail!("{}: no [[input]] entries", path.display());
        }
        Ok(s)
    }
}

/// Where the metadata files are: explicit flag, then `GRAPH_METADATA_DIR`,
/// then `../shared/metadata` relative to the workspace root.
pub fn metadata_dir(flag: Option<&Path>, workspace: &Path) -> PathBuf {
    if let Some(d) = flag {
        return d.to_path_buf();
    }
    if let Some(d) = std::env::var_os("GRAPH_METADATA_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(d);
    }
    workspace.join("../shared/metadata")
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Read one pinned input, checking that it exists and matches its sha256.
pub fn read_input(dir: &Path, input: &Input) -> Result<Vec<u8>> {
    let path = dir.join(&input.file);
    let bytes = std::fs::read(&path).map_err(|e| {
        anyhow::anyhow!(
            "metadata file `{}` ({}) not found or unreadable at {}: {e}\n\
             (looked in {}; set --metadata-dir or GRAPH_METADATA_DIR)",
            input.file,
            input.version,
            path.display(),
            dir.display()
        )
    })?;
    let actual = sha256_hex(&bytes);
    if !actual.eq_ignore_ascii_case(&input.sha256) {
        bail!(
            "metadata file {} has sha256 {actual}, but metadata/sources.toml pins {} for {}\n\
             (update sources.toml if the new file is intended)",
            path.display(),
            input.sha256,
            input.version
        );
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha_mismatch_and_missing_file_are_clear_errors() {
        let dir = tempfile::tempdir().unwrap();
        let input = Input {
            version: "v1.0".into(),
            module: "v1".into(),
            file: "x.xml".into(),
            upstream: String::new(),
            commit_date: String::new(),
            sha256: sha256_hex(b"good"),
        };
        let missing = read_input(dir.path(), &input).unwrap_err().to_string();
        assert!(
            missing.contains("x.xml") && missing.contains("not found"),
            "{missing}"
        );
        assert!(
            missing.contains(&dir.path().display().to_string()),
            "{missing}"
        );
        std::fs::write(dir.path().join("x.xml"), b"bad").unwrap();
        let bad = read_input(dir.path(), &input).unwrap_err().to_string();
        assert!(
            bad.contains("sha256") && bad.contains(&sha256_hex(b"bad")),
            "{bad}"
        );
        std::fs::write(dir.path().join("x.xml"), b"good").unwrap();
        assert_eq!(read_input(dir.path(), &input).unwrap(), b"good");
    }
}
