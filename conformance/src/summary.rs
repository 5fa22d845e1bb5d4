//! Counting outcomes: per version, per page, per finding kind, as a text
//! table (the CLI's `--format table`, the README) or JSON.

use crate::example::{Example, Version};
use crate::finding::Kind;
use crate::run::{Checked, Outcome};
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write;

/// Counts of a set of checked examples.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Summary {
    /// Examples checked.
    pub examples: usize,
    /// Per version, per outcome.
    pub by_version: BTreeMap<Version, BTreeMap<Outcome, usize>>,
    /// Per page, per outcome.
    pub by_page: BTreeMap<String, BTreeMap<Outcome, usize>>,
    /// Findings per kind (all examples), and examples with at least one.
    pub findings: BTreeMap<Kind, (usize, usize)>,
}

impl Summary {
    /// Counts `results`.
    pub fn new<'a>(results: impl IntoIterator<Item = (&'a Example, &'a Checked)>) -> Summary {
        let mut s = Summary::default();
        for (e, c) in results {
            s.examples += 1;
            *s.by_version
                .entry(e.version)
                .or_default()
                .entry(c.outcome)
                .or_default() += 1;
            *s.by_page
                .entry(e.file.clone())
                .or_default()
                .entry(c.outcome)
                .or_default() += 1;
            let mut kinds: Vec<Kind> = c.findings.iter().map(|f| f.kind).collect();
            for k in &kinds {
                s.findings.entry(*k).or_default().0 += 1;
            }
            kinds.sort();
            kinds.dedup();
            for k in kinds {
                s.findings.entry(k).or_default().1 += 1;
            }
        }
        s
    }

    /// Examples with outcome `o`.
    pub fn count(&self, o: Outcome) -> usize {
        self.by_version.values().filter_map(|m| m.get(&o)).sum()
    }

    /// The outcome table (Markdown): one row per outcome, one column per version.
    pub fn outcome_table(&self) -> String {
        let versions: Vec<Version> = self.by_version.keys().copied().collect();
        let mut s = String::from("| outcome |");
        for v in &versions {
            let _ = write!(s, " {v} |");
        }
        s.push_str(" total |\n|---|");
        for _ in &versions {
            s.push_str("---:|");
        }
        s.push_str("---:|\n");
        for o in Outcome::ALL {
            let total = self.count(o);
            if total == 0 && o != Outcome::Lossy {
                continue;
            }
            let _ = write!(s, "| {} |", o.as_str());
            for v in &versions {
                let n = self.by_version[v].get(&o).copied().unwrap_or(0);
                let _ = write!(s, " {n} |");
            }
            let _ = writeln!(s, " {total} |");
        }
        let _ = write!(s, "| **all** |");
        for v in &versions {
            let _ = write!(s, " {} |", self.by_version[v].values().sum::<usize>());
        }
        let _ = writeln!(s, " {} |", self.examples);
        s
    }

    /// The findings table (Markdown): findings per kind and examples with one.
    pub fn findings_table(&self) -> String {
        let mut s = String::from("| finding | count | examples |\n|---|---:|---:|\n");
        for (k, (n, e)) in &self.findings {
            let _ = writeln!(s, "| {} | {n} | {e} |", k.as_str());
        }
        s
    }

    /// The per-page table (Markdown): one row per page, a column per outcome that occurs.
    pub fn page_table(&self) -> String {
        let outcomes: Vec<Outcome> = Outcome::ALL
            .into_iter()
            .filter(|o| self.count(*o) > 0)
            .collect();
        let mut s = String::from("| page |");
        for o in &outcomes {
            let _ = write!(s, " {} |", o.as_str());
        }
        s.push_str("\n|---|");
        for _ in &outcomes {
            s.push_str("---:|");
        }
        s.push('\n');
        for (page, counts) in &self.by_page {
            let _ = write!(s, "| {page} |");
            for o in &outcomes {
                match counts.get(o) {
                    Some(n) => {
                        let _ = write!(s, " {n} |");
                    }
                    None => s.push_str(" |"),
                }
            }
            s.push('\n');
        }
        s
    }
}
