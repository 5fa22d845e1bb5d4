//! The request-line tally of `check`: every HTTP request line of the pages
//! (`POST https://graph.microsoft.com/v1.0/...`, a line of its own) resolved
//! through the route table of its version (the URL's, else the page's):
//! resolved, not a Graph request (a bot's callback URL), or unresolved with
//! the class of its reason (names in backquotes elided, so that reasons group).

use crate::example::Version;
use crate::harvest::http;
pub use crate::harvest::{RequestLine, scan_request_lines as scan};
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// Counts of request lines.
#[derive(Debug, Clone, Default, Serialize)]
pub struct LineTally {
    /// Lines seen.
    pub lines: usize,
    /// Resolved to a route, per version.
    pub resolved: BTreeMap<Version, usize>,
    /// Not resolved, per version and reason class.
    pub unresolved: BTreeMap<Version, BTreeMap<String, usize>>,
    /// Addressed to another host (a bot's callback URL): not Graph requests.
    pub not_graph: usize,
}

/// A reason with its backquoted names elided: "`x` is not a navigation property
/// ... of `y`" -> "`…` is not a navigation property ... of `…`".
pub fn reason_class(reason: &str) -> String {
    let mut out = String::with_capacity(reason.len());
    for (i, part) in reason.split('`').enumerate() {
        if i % 2 == 1 {
            out.push_str("`…`");
        } else {
            out.push_str(part);
        }
    }
    out
}

impl LineTally {
    /// Resolves every line.
    pub fn new(lines: &[RequestLine]) -> LineTally {
        let mut t = LineTally::default();
        for l in lines {
            t.lines += 1;
            let Some((_, path)) = http::graph_path(&l.target) else {
                t.not_graph += 1;
                continue;
            };
            match crate::infer::table(l.version).resolve(&l.method, &path) {
                Ok(_) => *t.resolved.entry(l.version).or_default() += 1,
                Err(u) => {
                    *t.unresolved
                        .entry(l.version)
                        .or_default()
                        .entry(reason_class(&u.reason))
                        .or_default() += 1
                }
            }
        }
        t
    }

    /// The tally as a Markdown table: one row per result, one column per version.
    pub fn table(&self) -> String {
        let mut rows: Vec<(String, [usize; 2])> = Vec::new();
        let per = |f: &dyn Fn(Version) -> usize| [f(Version::V1), f(Version::Beta)];
        rows.push((
            "resolved".into(),
            per(&|v| self.resolved.get(&v).copied().unwrap_or(0)),
        ));
        let mut reasons: Vec<&String> = self.unresolved.values().flat_map(|m| m.keys()).collect();
        reasons.sort();
        reasons.dedup();
        for r in reasons {
            rows.push((
                format!("unresolved: {r}"),
                per(&|v| {
                    self.unresolved
                        .get(&v)
                        .and_then(|m| m.get(r))
                        .copied()
                        .unwrap_or(0)
                }),
            ));
        }
        let mut out = String::new();
        let _ = writeln!(out, "| request lines | v1.0 | beta | total |");
        let _ = writeln!(out, "|---|---:|---:|---:|");
        for (name, n) in rows {
            let _ = writeln!(out, "| {name} | {} | {} | {} |", n[0], n[1], n[0] + n[1]);
        }
        let _ = writeln!(
            out,
            "| not a Graph request (callback URL) | | | {} |",
            self.not_graph
        );
        let _ = writeln!(out, "| **all** | | | {} |", self.lines);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_resolved_or_counted_by_reason() {
        let page = "GET https://graph.microsoft.com/v1.0/me/messages\n\
                    POST https://graph.microsoft.com/beta/me/zzNoSuchThing\n\
                    DELETE https://graph.microsoft.com/v1.0/me\n\
                    POST https://bot.contoso.com/api/calls\n\
                    not a request line\n";
        let lines = scan("v1.0/api/x.md", page);
        assert_eq!(lines.len(), 4);
        assert_eq!(lines[1].version, Version::Beta);
        let t = LineTally::new(&lines);
        assert_eq!(t.lines, 4);
        assert_eq!(t.resolved.get(&Version::V1), Some(&1));
        assert_eq!(t.not_graph, 1);
        let beta = &t.unresolved[&Version::Beta];
        assert_eq!(
            beta.keys().collect::<Vec<_>>(),
            ["`…` is not a navigation property, stream or bound operation of `…`"]
        );
        assert!(
            t.unresolved[&Version::V1]
                .keys()
                .any(|k| k.starts_with("DELETE not allowed on")),
            "{t:?}"
        );
        let table = t.table();
        assert!(table.contains("| resolved | 1 | 0 | 1 |"), "{table}");
        assert!(table.contains("| **all** | | | 4 |"), "{table}");
    }
}
