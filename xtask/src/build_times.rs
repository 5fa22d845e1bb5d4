//! `cargo xtask build-times`: cold debug build time and peak memory of `msgraph-models`
//! in chosen configurations, each in a scratch target directory (dependencies are built
//! first, untimed; then the crate itself, with its part crates, is cleaned and built,
//! timed). Peak memory is read by GNU time (`/usr/bin/time`) when it is installed.
//!
//! The models crate compiles no (de)serialization code of its own (its per-type methods
//! are `#[inline]`, like serde's generic derives): a crate using the types compiles what
//! it uses. The `downstream` configurations measure that: a small crate reading and
//! writing a few types (or every entity type), timed alone after its dependencies.

use crate::naive::Form;
use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// One measured configuration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Config {
    /// `--features v1` (the whole of v1.0).
    V1,
    /// `--features beta`.
    Beta,
    /// `--features v1,beta`.
    Both,
    /// `--features v1-communications` (calls, participants, operations, call records).
    Communications,
    /// The naive form of v1.0: derived serde on every type (`codegen --naive serde`).
    Naive,
    /// The naive form without serialization (`codegen --naive plain`).
    Plain,
    /// A crate reading and writing `v1::Call` and `v1::call_records::CallRecord`
    /// (`msgraph_core::json`), built alone after `msgraph-models --features v1`.
    Downstream,
    /// The same reading and writing `v1::AnyEntity` (every entity type).
    DownstreamAll,
    /// The naive form's equivalent of `downstream`: `Call` and `CallRecord` through
    /// `serde_json`.
    NaiveDownstream,
}

/// What a downstream crate reads and writes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Uses {
    Few,
    All,
    NaiveFew,
}

impl Uses {
    fn types(self) -> &'static [&'static str] {
        match self {
            Uses::Few | Uses::NaiveFew => &["Call", "call_records::CallRecord"],
            Uses::All => &["AnyEntity"],
        }
    }
}

/// What one build took.
#[derive(Debug, Clone)]
pub struct Figure {
    pub label: String,
    pub wall_s: f64,
    pub peak_rss_mb: Option<f64>,
}

pub(crate) fn cargo(dir: &Path, target: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    c.current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .env("CARGO_INCREMENTAL", "0")
        .env("CARGO_TERM_COLOR", "never")
        .args(args);
    c
}

/// Times `c`, with peak RSS from GNU time when available.
pub(crate) fn measure(label: &str, c: Command) -> Result<Figure> {
    let gnu_time = Path::new("/usr/bin/time");
    let rss_file = tempfile::NamedTempFile::new()?;
    let mut cmd = if gnu_time.exists() {
        let mut t = Command::new(gnu_time);
        t.arg("-f").arg("%M").arg("-o").arg(rss_file.path());
        t.arg(c.get_program()).args(c.get_args());
        if let Some(d) = c.get_current_dir() {
            t.current_dir(d);
        }
        for (k, v) in c.get_envs() {
            match v {
                Some(v) => t.env(k, v),
                None => t.env_remove(k),
            };
        }
        t
    } else {
        c
    };
    let t0 = Instant::now();
    run(&mut cmd)?;
    let wall_s = t0.elapsed().as_secs_f64();
    let peak_rss_mb = std::fs::read_to_string(rss_file.path())
        .ok()
        .and_then(|s| s.trim().lines().last()?.trim().parse::<f64>().ok())
        .map(|kb| kb / 1024.0);
    Ok(Figure {
        label: label.to_string(),
        wall_s,
        peak_rss_mb,
    })
}

/// Runs `c`, failing with its stderr if it fails.
pub(crate) fn run(c: &mut Command) -> Result<()> {
    let out = c.output().with_context(|| format!("running {c:?}"))?;
    if !out.status.success() {
        bail!("{c:?} failed:\n{}", String::from_utf8_lossy(&out.stderr));
    }
    Ok(())
}

/// Package names of `msgraph-models` and its part crates (`generated/parts/*`).
fn models_packages(root: &Path) -> Result<Vec<String>> {
    let mut out = vec!["msgraph-models".to_string()];
    let parts = root.join("generated/parts");
    if parts.is_dir() {
        let mut names: Vec<String> = std::fs::read_dir(&parts)
            .with_context(|| format!("reading {}", parts.display()))?
            .filter_map(|e| e.ok())
            .filter(|e| e.path().join("Cargo.toml").is_file())
            .map(|e| format!("msgraph-models-{}", e.file_name().to_string_lossy()))
            .collect();
        names.sort();
        out.extend(names);
    }
    Ok(out)
}

/// Writes the naive form of v1.0 (`serde` or plain derives) into `scratch`: its
/// package name and directory.
fn naive_crate(metadata: &Path, scratch: &Path, serde: bool) -> Result<(String, PathBuf)> {
    let form = if serde { "serde" } else { "plain" };
    let name = format!("msgraph-naive-{form}");
    let dir: PathBuf = scratch.join(format!("naive-{form}"));
    let model = msgraph_codegen::pipeline::load_file(&metadata.join("v1.0.xml"))?;
    let files =
        crate::naive::naive_crate(&model, &name, if serde { Form::Serde } else { Form::Plain })?;
    msgraph_codegen::write::write_atomic(&dir, &files)?;
    Ok((name, dir))
}

/// Builds a small crate reading and writing `uses`' types, timed alone after its
/// dependencies.
fn downstream(root: &Path, metadata: &Path, scratch: &Path, uses: Uses) -> Result<Figure> {
    let dir = scratch.join(match uses {
        Uses::Few => "downstream",
        Uses::All => "downstream-all",
        Uses::NaiveFew => "naive-downstream",
    });
    let (deps, package, krate, read, write) = if uses == Uses::NaiveFew {
        let (_, naive) = naive_crate(metadata, scratch, true)?;
        (
            format!(
                "models = {{ package = \"msgraph-naive-serde\", path = {:?} }}\nserde_json = \"1\"\n",
                naive.display().to_string()
            ),
            "msgraph-naive-serde",
            "models",
            "serde_json::from_str",
            "serde_json::to_string(&v).ok()",
        )
    } else {
        (
            format!(
                "msgraph-core = {{ path = {:?} }}\nmodels = {{ package = \"msgraph-models\", path = {:?}, default-features = false, features = [\"v1\"] }}\n",
                root.join("runtime").display().to_string(),
                root.join("generated").display().to_string()
            ),
            "msgraph-models",
            "models::v1",
            "msgraph_core::json::from_str",
            "Some(msgraph_core::json::to_string(&v))",
        )
    };
    let mut lib =
        String::from("//! Reads and writes a few generated types, as a user's crate would.\n");
    for (i, t) in uses.types().iter().enumerate() {
        lib.push_str(&format!(
            "pub fn round_trip_{i}(json: &str) -> Option<String> {{\n    let v: {krate}::{t} = {read}(json).ok()?;\n    {write}\n}}\n"
        ));
    }
    std::fs::create_dir_all(dir.join("src"))?;
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"downstream\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\n{deps}\n[workspace]\n"
        ),
    )?;
    std::fs::write(dir.join("src/lib.rs"), lib)?;
    let target = dir.join("target");
    // Dependencies first (untimed), then the crate alone.
    run(&mut cargo(&dir, &target, &["build", "-q", "-p", package]))?;
    run(&mut cargo(
        &dir,
        &target,
        &["clean", "-q", "-p", "downstream"],
    ))?;
    let label = match uses {
        Uses::Few => "downstream crate: v1 Call + CallRecord",
        Uses::All => "downstream crate: v1 AnyEntity (every entity type)",
        Uses::NaiveFew => "downstream crate of the naive form: Call + CallRecord (serde_json)",
    };
    measure(label, cargo(&dir, &target, &["build", "-q"]))
}

/// Measures each configuration in `scratch`.
pub fn build_times(
    root: &Path,
    metadata: &Path,
    scratch: &Path,
    configs: &[Config],
) -> Result<Vec<Figure>> {
    let mut out = Vec::new();
    for &c in configs {
        let fig = match c {
            Config::V1 | Config::Beta | Config::Both | Config::Communications => {
                let features = match c {
                    Config::V1 => "v1",
                    Config::Beta => "beta",
                    Config::Both => "v1,beta",
                    _ => "v1-communications",
                };
                let target = scratch.join("models");
                run(&mut cargo(
                    root,
                    &target,
                    &["build", "-q", "-p", "msgraph-core"],
                ))?;
                let mut clean = vec!["clean", "-q"];
                let packages = models_packages(root)?;
                for p in &packages {
                    clean.extend(["-p", p.as_str()]);
                }
                run(&mut cargo(root, &target, &clean))?;
                let build = cargo(
                    root,
                    &target,
                    &[
                        "build",
                        "-q",
                        "-p",
                        "msgraph-models",
                        "--no-default-features",
                        "--features",
                        features,
                    ],
                );
                measure(&format!("msgraph-models --features {features}"), build)?
            }
            Config::Downstream | Config::DownstreamAll | Config::NaiveDownstream => {
                let uses = match c {
                    Config::Downstream => Uses::Few,
                    Config::DownstreamAll => Uses::All,
                    _ => Uses::NaiveFew,
                };
                downstream(root, metadata, scratch, uses)?
            }
            Config::Naive | Config::Plain => {
                let form = if c == Config::Naive { "serde" } else { "plain" };
                let (name, dir) = naive_crate(metadata, scratch, c == Config::Naive)?;
                let target = scratch.join("naive-target");
                run(&mut cargo(
                    &dir,
                    &target,
                    &["build", "-q", "-p", "serde_json"],
                ))?;
                run(&mut cargo(&dir, &target, &["clean", "-q", "-p", &name]))?;
                measure(
                    &format!("naive v1 ({form})"),
                    cargo(&dir, &target, &["build", "-q"]),
                )?
            }
        };
        println!(
            "{}: {:.1} s wall{}",
            fig.label,
            fig.wall_s,
            fig.peak_rss_mb
                .map(|m| format!(", {m:.0} MB peak RSS"))
                .unwrap_or_default()
        );
        out.push(fig);
    }
    Ok(out)
}
