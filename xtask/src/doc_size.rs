//! `cargo xtask doc-size`: what `cargo doc` of a crate costs and where its output goes.
//!
//! Builds the documentation of one package (`msgraph-models --no-default-features
//! --features v1` unless told otherwise) in its own target directory: first untimed, so
//! the dependencies are checked; then the package's documentation alone, from an empty
//! `doc` directory, timed, with peak memory from GNU time. It then reads the `doc`
//! directory and sums its bytes by kind of file (structs, enums, request builders, search
//! index, ...) and, over the HTML pages of items, by section of the page (rustdoc's blanket
//! and auto-trait sections, methods, fields, ...). `--scan` reads a directory without
//! building; `--against` prints a second directory beside the first, with ratios, so two
//! trees' output can be compared (each built with its own `doc-size`, or by hand).
//!
//! The sections are found by the ids rustdoc gives its `<h2>` headings (`fields`,
//! `implementations`, `trait-implementations`, `synthetic-implementations`,
//! `blanket-implementations`, ...); they are rustdoc's HTML layout, not a stable interface,
//! and a heading rustdoc adds shows under its own id.

use crate::build_times::{Figure, cargo, measure, run};
use anyhow::{Context, Result, bail};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// What to document.
pub struct Target {
    /// The workspace or crate to run cargo in.
    pub dir: PathBuf,
    /// `--manifest-path`, if not the workspace's.
    pub manifest_path: Option<PathBuf>,
    pub package: String,
    /// `--no-default-features --features F` when set.
    pub features: Option<String>,
    /// The target directory (its `doc` directory is emptied).
    pub target_dir: PathBuf,
}

/// Documents `t` and returns the documentation step's time and peak memory, and the `doc`
/// directory.
pub fn build(t: &Target) -> Result<(Figure, PathBuf)> {
    // Which package: for `cargo doc` and `cargo clean` alike.
    let mut package: Vec<String> = Vec::new();
    if let Some(m) = &t.manifest_path {
        package.extend(["--manifest-path".into(), m.display().to_string()]);
    }
    package.extend(["-p".into(), t.package.clone()]);
    let mut doc_args = vec!["doc", "-q", "--no-deps"];
    doc_args.extend(package.iter().map(String::as_str));
    if let Some(f) = &t.features {
        doc_args.extend(["--no-default-features", "--features", f.as_str()]);
    }
    let mut clean_args = vec!["clean", "-q"];
    clean_args.extend(package.iter().map(String::as_str));
    // Dependencies (and the package) first, untimed.
    run(&mut cargo(&t.dir, &t.target_dir, &doc_args))?;
    let doc = t.target_dir.join("doc");
    if doc.exists() {
        std::fs::remove_dir_all(&doc).with_context(|| format!("emptying {}", doc.display()))?;
    }
    run(&mut cargo(&t.dir, &t.target_dir, &clean_args))?;
    let step = measure(
        "documentation step",
        cargo(&t.dir, &t.target_dir, &doc_args),
    )?;
    if !doc.is_dir() {
        bail!("cargo doc wrote no {}", doc.display());
    }
    Ok((step, doc))
}

/// Files and bytes of one row.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    pub files: u64,
    pub bytes: u64,
}

impl Tally {
    fn add(&mut self, bytes: u64) {
        self.files += 1;
        self.bytes += bytes;
    }
}

/// The sizes of one `doc` directory.
#[derive(Debug, Default)]
pub struct Report {
    pub total: Tally,
    /// Bytes on disk (`du -s`: allocated blocks), where the file system says.
    pub disk_bytes: u64,
    /// By kind of file (`kind_of`).
    pub kinds: BTreeMap<String, Tally>,
    /// Over the HTML pages of items, by section of the page (`sections`); `files` counts
    /// the pages having the section.
    pub sections: BTreeMap<String, Tally>,
}

/// Reads every file under `doc`.
pub fn scan(doc: &Path) -> Result<Report> {
    let mut report = Report::default();
    let mut stack = vec![doc.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in
            std::fs::read_dir(&dir).with_context(|| format!("reading {}", dir.display()))?
        {
            let entry = entry?;
            let path = entry.path();
            let meta = entry.metadata()?;
            if meta.is_dir() {
                stack.push(path);
                continue;
            }
            let rel = path.strip_prefix(doc).unwrap_or(&path);
            let rel = rel.to_string_lossy().replace('\\', "/");
            report.total.add(meta.len());
            report.disk_bytes += disk_bytes(&meta);
            report
                .kinds
                .entry(kind_of(&rel))
                .or_default()
                .add(meta.len());
            if is_item_page(&rel) {
                let html = std::fs::read(&path)?;
                for (name, bytes) in sections(&String::from_utf8_lossy(&html)) {
                    report.sections.entry(name).or_default().add(bytes);
                }
            }
        }
    }
    Ok(report)
}

#[cfg(unix)]
fn disk_bytes(meta: &std::fs::Metadata) -> u64 {
    use std::os::unix::fs::MetadataExt;
    meta.blocks() * 512
}

#[cfg(not(unix))]
fn disk_bytes(meta: &std::fs::Metadata) -> u64 {
    meta.len()
}

/// The page of one item: `struct.X.html`, `enum.X.html`, `type.X.html`, ... (not module
/// indexes, `all.html` or rendered sources).
fn is_item_page(rel: &str) -> bool {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    !rel.starts_with("src/") && name.ends_with(".html") && name.matches('.').count() == 2
}

/// The row a file counts in: the item kind of a page (`struct`, `enum`, `type`, ...; in the
/// generated crate's `requests` and `params` modules named apart), or what rustdoc's other
/// files are for.
pub fn kind_of(rel: &str) -> String {
    let top = rel.split('/').next().unwrap_or("");
    match top {
        "search.index" => return "search index".into(),
        "src" => return "rendered sources".into(),
        "static.files" => return "rustdoc's static files".into(),
        "trait.impl" | "type.impl" => return format!("{top}/ (implementations loaded by pages)"),
        _ => {}
    }
    let name = rel.rsplit('/').next().unwrap_or(rel);
    if name == "sidebar-items.js" {
        return "sidebars (sidebar-items.js)".into();
    }
    if name == "index.html" || name == "all.html" {
        return "module indexes".into();
    }
    if !is_item_page(rel) {
        return "other".into();
    }
    let kind = name.split('.').next().unwrap_or("");
    let dirs: Vec<&str> = rel.split('/').collect();
    let dirs = &dirs[..dirs.len() - 1];
    if dirs.contains(&"requests") {
        format!("{kind} in `requests`")
    } else if dirs.contains(&"params") {
        format!("{kind} in `params`")
    } else {
        kind.to_string()
    }
}

/// The bytes of each section of an item page: `head and sidebar` (up to the main
/// content), `declaration and docs` (up to the first `<h2>`), then one per `<h2 id=...>`
/// (numbered and `deref-methods-X` ids folded into one). The sections add up to the page.
pub fn sections(html: &str) -> Vec<(String, u64)> {
    let main = html.find("<section id=\"main-content\"").unwrap_or(0);
    let mut heads: Vec<(usize, String)> = Vec::new();
    let mut from = main;
    while let Some(i) = html[from..].find("<h2 id=\"") {
        let at = from + i;
        let id_start = at + "<h2 id=\"".len();
        let id_end = html[id_start..]
            .find('"')
            .map_or(html.len(), |j| id_start + j);
        heads.push((at, section_name(&html[id_start..id_end])));
        from = id_end;
    }
    let mut out = vec![("head and sidebar".to_string(), main as u64)];
    let first = heads.first().map_or(html.len(), |h| h.0);
    out.push(("declaration and docs".into(), (first - main) as u64));
    for (k, (at, name)) in heads.iter().enumerate() {
        let end = heads.get(k + 1).map_or(html.len(), |h| h.0);
        out.push((name.clone(), (end - at) as u64));
    }
    out
}

/// A readable name for rustdoc's section id.
fn section_name(id: &str) -> String {
    let id = if id.starts_with("deref-methods-") {
        "deref-methods"
    } else {
        id.trim_end_matches(|c: char| c.is_ascii_digit() || c == '-')
    };
    match id {
        "fields" => "fields".into(),
        "variants" => "variants".into(),
        "implementations" => "methods (inherent impls)".into(),
        "deref-methods" => "methods from Deref".into(),
        "trait-implementations" => "trait implementations".into(),
        "synthetic-implementations" => "auto trait implementations".into(),
        "blanket-implementations" => "blanket implementations".into(),
        "implementors" => "implementors (trait pages)".into(),
        "aliased-type" => "aliased type (alias pages)".into(),
        other => other.into(),
    }
}

/// The report as a Markdown table, `against` beside it with ratios.
pub fn render(
    label: &str,
    step: Option<&Figure>,
    report: &Report,
    against: Option<(&str, &Report)>,
) -> String {
    let mb = |b: u64| format!("{:.1} MB", b as f64 / 1e6);
    let n = |v: u64| {
        let s = v.to_string();
        let mut out = String::new();
        for (i, c) in s.chars().enumerate() {
            if i > 0 && (s.len() - i).is_multiple_of(3) {
                out.push(',');
            }
            out.push(c);
        }
        out
    };
    let mut s = format!(
        "{label}: {} files, {} bytes, {} bytes on disk\n",
        report.total.files, report.total.bytes, report.disk_bytes
    );
    if let Some((other, r)) = against {
        s.push_str(&format!(
            "{other}: {} files, {} bytes, {} bytes on disk\n",
            r.total.files, r.total.bytes, r.disk_bytes
        ));
    }
    s.push('\n');
    if let Some(st) = step {
        s.push_str(&format!(
            "documentation step: {:.1} s wall{}\n\n",
            st.wall_s,
            st.peak_rss_mb
                .map(|m| format!(", {m:.0} MB peak RSS"))
                .unwrap_or_default()
        ));
    }
    let head = match against {
        Some((other, _)) => format!(
            "| {label} | files | bytes | {other}: files | bytes | ratio |\n|---|---:|---:|---:|---:|---:|\n"
        ),
        None => format!("| {label} | files | bytes |\n|---|---:|---:|\n"),
    };
    let row = |name: &str, t: Tally, o: Option<Tally>| -> String {
        match o {
            Some(o) => format!(
                "| {name} | {} | {} | {} | {} | {} |\n",
                n(t.files),
                mb(t.bytes),
                n(o.files),
                mb(o.bytes),
                if o.bytes == 0 {
                    "-".into()
                } else {
                    format!("{:.2}", t.bytes as f64 / o.bytes as f64)
                }
            ),
            None => format!("| {name} | {} | {} |\n", n(t.files), mb(t.bytes)),
        }
    };
    let other = against.map(|(_, r)| r);
    s.push_str(&head);
    s.push_str(&row("**total**", report.total, other.map(|r| r.total)));
    s.push_str(&row(
        "on disk (`du -s`)",
        Tally {
            files: report.total.files,
            bytes: report.disk_bytes,
        },
        other.map(|r| Tally {
            files: r.total.files,
            bytes: r.disk_bytes,
        }),
    ));
    for (title, mine, theirs) in [
        ("by kind of file", &report.kinds, other.map(|r| &r.kinds)),
        (
            "item pages by section",
            &report.sections,
            other.map(|r| &r.sections),
        ),
    ] {
        s.push_str(&format!(
            "| *{title}* | | |{}\n",
            if other.is_some() { " | | |" } else { "" }
        ));
        let mut names: Vec<&String> = mine.keys().collect();
        if let Some(t) = theirs {
            names.extend(t.keys().filter(|k| !mine.contains_key(*k)));
        }
        // Largest first (by this tree's bytes, then the other's).
        names.sort_by_key(|k| {
            let a = mine.get(*k).map_or(0, |t| t.bytes);
            let b = theirs.and_then(|t| t.get(*k)).map_or(0, |t| t.bytes);
            (std::cmp::Reverse(a), std::cmp::Reverse(b), (*k).clone())
        });
        for k in names {
            let t = mine.get(k).copied().unwrap_or_default();
            let o = theirs.map(|m| m.get(k).copied().unwrap_or_default());
            s.push_str(&row(k, t, o));
        }
    }
    s
}
