//! `cargo xtask build-times`: cold debug build time and peak memory of `msgraph-models`
//! in chosen configurations, each in a scratch target directory (dependencies are built
//! first, untimed; then the crate itself is cleaned and built, timed). Peak memory is
//! read by GNU time (`/usr/bin/time`) when it is installed.

use crate::emit::naive::Form;
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
}

/// What one build took.
#[derive(Debug, Clone)]
pub struct Figure {
    pub label: String,
    pub wall_s: f64,
    pub peak_rss_mb: Option<f64>,
}

fn cargo(dir: &Path, target: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    c.current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .env("CARGO_INCREMENTAL", "0")
        .env("CARGO_TERM_COLOR", "never")
        .args(args);
    c
}

/// Times `c`, with peak RSS from GNU time when available.
fn measure(label: &str, c: Command) -> Result<Figure> {
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
fn run(c: &mut Command) -> Result<()> {
    let out = c.output().with_context(|| format!("running {c:?}"))?;
    if !out.status.success() {
        bail!("{c:?} failed:\n{}", String::from_utf8_lossy(&out.stderr));
    }
    Ok(())
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
                run(&mut cargo(
                    root,
                    &target,
                    &["clean", "-q", "-p", "msgraph-models"],
                ))?;
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
            Config::Naive | Config::Plain => {
                let form = if c == Config::Naive { "serde" } else { "plain" };
                let name = format!("msgraph-naive-{form}");
                let dir: PathBuf = scratch.join(format!("naive-{form}"));
                let mut stages = crate::pipeline::Stages::default();
                let form_v = if c == Config::Naive {
                    Form::Serde
                } else {
                    Form::Plain
                };
                let files = crate::pipeline::standalone_files(
                    &metadata.join("v1.0.xml"),
                    &name,
                    Some(form_v),
                    &mut stages,
                )?;
                crate::write::write_atomic(&dir, &files)?;
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
