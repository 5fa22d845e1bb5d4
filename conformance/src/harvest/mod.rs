//! Harvesting: finds every JSON body in a folder of Graph docs pages
//! (markdown with annotations, [`markdown`]) or plain-text pages
//! ([`seeds`]), with its role, version, declared type and HTTP line, and
//! accounts for every block it does not take (the tally).

pub mod http;
pub mod markdown;
pub mod seeds;

use crate::example::{Block, Disposition, Example, Version};
use std::path::{Path, PathBuf};

/// The examples and the per-block tally of one or more folders.
#[derive(Debug, Default, Clone)]
pub struct Harvest {
    /// Examples in file order, then block order.
    pub examples: Vec<Example>,
    /// Every fenced block of the docs pages and every JSON-looking text of the seed pages.
    pub blocks: Vec<Block>,
    /// Files read, relative to their root (`v1.0/api/call-answer.md`, `seeds/000_x.txt`).
    pub files: Vec<String>,
    /// Every HTTP request line of the pages (a line of its own), for the tally.
    pub request_lines: Vec<RequestLine>,
}

/// One request line of a page.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RequestLine {
    /// The page, relative to its root.
    pub file: String,
    /// 1-based line in the page.
    pub line: usize,
    /// The version it belongs to: its URL's, else the page's.
    pub version: Version,
    /// `GET`, `POST`, ...
    pub method: String,
    /// The URL or path as written.
    pub target: String,
}

/// The request lines of a page (`file` relative to its root): the page's
/// version is its first path component (`v1.0`, `beta`), else beta when it
/// shows a beta URL, else v1.0.
pub fn scan_request_lines(file: &str, text: &str) -> Vec<RequestLine> {
    let page_version = file.split('/').next().and_then(Version::parse).unwrap_or(
        if text.contains("graph.microsoft.com/beta") {
            Version::Beta
        } else {
            Version::V1
        },
    );
    text.lines()
        .enumerate()
        .filter_map(|(i, l)| {
            let (method, target) = http::request_line(l.trim())?;
            Some(RequestLine {
                file: file.to_string(),
                line: i + 1,
                version: Version::from_url(target).unwrap_or(page_version),
                method: method.to_string(),
                target: target.to_string(),
            })
        })
        .collect()
}

impl Harvest {
    /// Adds an example and its tally entry.
    pub(crate) fn push_example(&mut self, block: (usize, String, bool), example: Example) {
        let (line, lang, has_brace) = block;
        self.blocks.push(Block {
            file: example.file.clone(),
            line,
            lang,
            has_brace,
            disposition: Disposition::Harvested(example.name.clone()),
        });
        self.examples.push(example);
    }

    /// Adds a skipped block.
    pub(crate) fn skip(
        &mut self,
        file: &str,
        line: usize,
        lang: &str,
        has_brace: bool,
        reason: impl Into<String>,
    ) {
        self.blocks.push(Block {
            file: file.to_string(),
            line,
            lang: lang.to_string(),
            has_brace,
            disposition: Disposition::Skipped(reason.into()),
        });
    }

    /// Appends another harvest.
    pub fn extend(&mut self, other: Harvest) {
        self.examples.extend(other.examples);
        self.blocks.extend(other.blocks);
        self.files.extend(other.files);
        self.request_lines.extend(other.request_lines);
    }
}

/// An I/O failure while harvesting (unreadable folder or file).
#[derive(Debug)]
pub struct HarvestError(pub String);

impl std::fmt::Display for HarvestError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for HarvestError {}

/// Harvests a docs folder: every `*.md` below `root` (recursively, in path
/// order; `README.md` at the top is the corpus description and skipped). The
/// version of a page is the first path component (`v1.0`, `beta`) or, failing
/// that, the first Graph URL in it (default v1.0). A `root` that is itself a
/// version folder (`docs/beta`, `docs/beta/api`) gives its pages that version:
/// their names start with it (`beta/api/x.md`).
pub fn harvest_docs(root: &Path) -> Result<Harvest, HarvestError> {
    let mut out = Harvest::default();
    let prefix = version_folder(root);
    for path in files_with_ext(root, "md")? {
        let rel = relative(root, &path);
        if rel == "README.md" {
            continue;
        }
        let rel = match &prefix {
            Some(p) => format!("{p}/{rel}"),
            None => rel,
        };
        let text = read(&path)?;
        out.files.push(rel.clone());
        out.request_lines.extend(scan_request_lines(&rel, &text));
        markdown::harvest_page(&rel, &text, &mut out);
    }
    Ok(out)
}

/// Harvests a folder of plain-text pages (`*.txt`, in name order). Files are
/// named `seeds/<file>` in the results.
pub fn harvest_seeds(root: &Path) -> Result<Harvest, HarvestError> {
    let mut out = Harvest::default();
    for path in files_with_ext(root, "txt")? {
        let rel = format!("seeds/{}", relative(root, &path));
        let text = read(&path)?;
        out.files.push(rel.clone());
        out.request_lines.extend(scan_request_lines(&rel, &text));
        seeds::harvest_page(&rel, &text, &mut out);
    }
    Ok(out)
}

/// `beta/api` for a root `.../beta/api`, `beta` for `.../beta` (likewise `v1.0`), in
/// any letter case; `None` for any other folder.
pub fn version_folder(root: &Path) -> Option<String> {
    let abs = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    let name = |p: &Path| {
        p.file_name()
            .map(|n| n.to_string_lossy().to_ascii_lowercase())
    };
    let version = |n: &str| ["v1.0", "beta"].into_iter().find(|v| *v == n);
    let last = name(&abs)?;
    if let Some(v) = version(&last) {
        return Some(v.to_string());
    }
    let parent = abs.parent().and_then(name)?;
    version(&parent).map(|v| format!("{v}/{last}"))
}

fn read(path: &Path) -> Result<String, HarvestError> {
    let bytes = std::fs::read(path)
        .map_err(|e| HarvestError(format!("cannot read {}: {e}", path.display())))?;
    Ok(String::from_utf8_lossy(&bytes).replace("\r\n", "\n"))
}

fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// Files under `root` (recursively) whose name ends in `.ext`, sorted.
fn files_with_ext(root: &Path, ext: &str) -> Result<Vec<PathBuf>, HarvestError> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries = std::fs::read_dir(&dir)
            .map_err(|e| HarvestError(format!("cannot read folder {}: {e}", dir.display())))?;
        for entry in entries {
            let path = entry
                .map_err(|e| HarvestError(format!("cannot read folder {}: {e}", dir.display())))?
                .path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|x| x == ext) {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// A stable snapshot-friendly name: the page path without extension, `/` as
/// `_`, then the example's ordinal in the page and its role.
pub(crate) fn example_name(file: &str, ordinal: usize, role: &str) -> String {
    let stem = file
        .strip_suffix(".md")
        .or_else(|| file.strip_suffix(".txt"))
        .unwrap_or(file);
    let stem: String = stem
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '.' {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("{stem}_{ordinal:02}_{role}")
}

#[cfg(test)]
mod version_folder_tests {
    use super::*;
    use crate::example::Version;

    #[test]
    fn a_version_folder_as_root_gives_its_version() {
        let base = std::env::temp_dir().join(format!("conformance-vf-{}", std::process::id()));
        let api = base.join("Beta").join("api");
        std::fs::create_dir_all(&api).expect("temp dir");
        std::fs::write(api.join("p.md"), "```json\n{\"a\": 1}\n```\n").expect("page");
        assert_eq!(version_folder(&api).as_deref(), Some("beta/api"));
        assert_eq!(version_folder(&base.join("Beta")).as_deref(), Some("beta"));
        assert_eq!(version_folder(&base), None);
        for root in [api.clone(), base.join("Beta")] {
            let h = harvest_docs(&root).expect("harvest");
            assert_eq!(h.examples.len(), 1);
            assert_eq!(h.examples[0].version, Version::Beta);
            assert_eq!(h.examples[0].file, "beta/api/p.md");
        }
        std::fs::remove_dir_all(&base).expect("clean up");
    }
}
