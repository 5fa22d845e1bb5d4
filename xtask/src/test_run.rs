//! `cargo xtask test`: `cargo test --workspace` with one summary line. Compiling and the
//! `Running ...` lines show as usual (cargo's stderr); each test binary's report (stdout) is
//! kept back and printed only when it has a failure; at the end one line sums every binary
//! and doc-test run.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::Instant;

use anyhow::{Context, Result};

/// Test counts, summed over `test result:` lines.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Totals {
    pub passed: u64,
    pub failed: u64,
    pub ignored: u64,
    pub measured: u64,
    pub filtered_out: u64,
    /// How many `test result:` lines (test binaries and doc-test runs).
    pub runs: u64,
}

impl Totals {
    /// Adds the counts of one libtest `test result:` line; `false` (nothing added) for
    /// any other line.
    pub fn add_line(&mut self, line: &str) -> bool {
        let Some(rest) = line.trim().strip_prefix("test result: ") else {
            return false;
        };
        let mut t = Totals {
            runs: 1,
            ..Totals::default()
        };
        for part in rest.split(';') {
            let mut words = part.split_whitespace().rev();
            let (Some(what), Some(n)) = (words.next(), words.next()) else {
                continue;
            };
            // "ok. 50 passed" reversed: "passed", "50"; "0 filtered out": "out", "filtered", "0".
            let (what, n) = if what == "out" {
                ("filtered out", words.next().unwrap_or(n))
            } else {
                (what, n)
            };
            let Ok(n) = n.parse::<u64>() else { continue };
            match what {
                "passed" => t.passed = n,
                "failed" => t.failed = n,
                "ignored" => t.ignored = n,
                "measured" => t.measured = n,
                "filtered out" => t.filtered_out = n,
                _ => {}
            }
        }
        self.passed += t.passed;
        self.failed += t.failed;
        self.ignored += t.ignored;
        self.measured += t.measured;
        self.filtered_out += t.filtered_out;
        self.runs += 1;
        true
    }

    /// The summary line.
    pub fn line(&self, seconds: f64, ok: bool) -> String {
        format!(
            "test summary: {} — {} passed, {} failed, {} ignored, {} filtered out, over {} test binaries and doc-test runs, in {:.0} s",
            if ok { "ok" } else { "FAILED" },
            self.passed,
            self.failed,
            self.ignored,
            self.filtered_out,
            self.runs,
            seconds
        )
    }
}

/// Runs `cargo test --workspace ARGS` (without `--workspace` when ARGS pick packages) in
/// `root`; returns whether it succeeded. Prints the
/// report of every test binary with a failure, then the summary line.
pub fn run(root: &std::path::Path, args: &[String]) -> Result<bool> {
    let start = Instant::now();
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    // `-p` picks packages; `--workspace` would override it.
    let picks = args.iter().take_while(|a| *a != "--").any(|a| {
        a == "-p" || a == "--package" || a.starts_with("--package=") || a.starts_with("-p")
    });
    let mut child = Command::new(cargo)
        .current_dir(root)
        .arg("test")
        .args((!picks).then_some("--workspace"))
        .args(args)
        .stdout(Stdio::piped())
        .spawn()
        .context("starting cargo test")?;
    let stdout = child.stdout.take().context("cargo test's output")?;
    let mut totals = Totals::default();
    let mut report: Vec<String> = Vec::new();
    let out = std::io::stdout();
    for line in BufReader::new(stdout).lines() {
        let line = line.context("reading cargo test's output")?;
        let before = totals.failed;
        if totals.add_line(&line) {
            if totals.failed > before {
                let mut out = out.lock();
                for l in report.drain(..) {
                    writeln!(out, "{l}")?;
                }
                writeln!(out, "{line}")?;
            }
            report.clear();
        } else {
            report.push(line);
        }
    }
    let status = child.wait().context("waiting for cargo test")?;
    // Output after the last result line (a binary that crashed, say) is shown too.
    if !status.success() {
        let mut out = out.lock();
        for l in &report {
            writeln!(out, "{l}")?;
        }
    }
    println!(
        "{}",
        totals.line(start.elapsed().as_secs_f64(), status.success())
    );
    Ok(status.success())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn result_lines_are_summed() {
        let mut t = Totals::default();
        assert!(t.add_line(
            "test result: ok. 50 passed; 0 failed; 2 ignored; 0 measured; 3 filtered out; finished in 0.04s"
        ));
        assert!(t.add_line(
            "test result: FAILED. 7 passed; 1 failed; 0 ignored; 1 measured; 0 filtered out; finished in 12.83s"
        ));
        assert!(!t.add_line("running 8 tests"));
        assert!(!t.add_line("test a::b ... ok"));
        assert_eq!(
            t,
            Totals {
                passed: 57,
                failed: 1,
                ignored: 2,
                measured: 1,
                filtered_out: 3,
                runs: 2
            }
        );
        assert_eq!(
            t.line(61.4, false),
            "test summary: FAILED — 57 passed, 1 failed, 2 ignored, 3 filtered out, over 2 test binaries and doc-test runs, in 61 s"
        );
    }
}
