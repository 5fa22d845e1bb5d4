//! Every fenced block of the docs pages with a `{` or `[` in it (a simple
//! count finds 335) and every line of the seed pages that starts a JSON-looking
//! text is accounted for: harvested as an example, or skipped with a reason.
//! The tally (per folder, per disposition) is printed and snapshotted.

use msgraph_conformance::harvest::{harvest_docs, harvest_seeds};
use msgraph_conformance::{Disposition, default_dir};
use std::collections::BTreeMap;

#[test]
fn every_json_block_is_accounted_for() {
    let docs = harvest_docs(&default_dir("GRAPH_DOCS_DIR", "docs")).expect("docs folder");
    let seeds = harvest_seeds(&default_dir("GRAPH_SEEDS_DIR", "seeds")).expect("seeds folder");

    // The simple count: fenced blocks whose text has a brace or bracket.
    // 337 blocks have one; two are PowerShell commands (`@{Add="app_id"}`),
    // which leaves the 335.
    let braced = docs.blocks.iter().filter(|b| b.has_brace).count();
    let powershell = docs
        .blocks
        .iter()
        .filter(|b| {
            b.has_brace
                && b.disposition == Disposition::Skipped("PowerShell command, not JSON".into())
        })
        .count();
    if std::env::var_os("GRAPH_DOCS_DIR").is_none() {
        assert_eq!(
            (braced, powershell),
            (337, 2),
            "fenced blocks with a brace in ../shared/docs"
        );
    }

    let mut tally: BTreeMap<String, usize> = BTreeMap::new();
    for (folder, h) in [("docs", &docs), ("seeds", &seeds)] {
        assert_eq!(
            h.blocks
                .iter()
                .filter(|b| matches!(b.disposition, Disposition::Harvested(_)))
                .count(),
            h.examples.len()
        );
        for b in &h.blocks {
            let key = match &b.disposition {
                Disposition::Harvested(_) => format!("{folder}: harvested"),
                Disposition::Skipped(reason) => {
                    assert!(
                        !reason.trim().is_empty(),
                        "{}:{} skipped without a reason",
                        b.file,
                        b.line
                    );
                    // Seeds reasons name the preceding line; group by their stem.
                    let stem = reason.split(", after").next().unwrap_or(reason);
                    format!("{folder}: skipped: {stem}")
                }
            };
            if folder == "docs" && !b.has_brace {
                continue;
            }
            *tally.entry(key).or_default() += 1;
        }
    }
    // A docs block with a line starting with `{` or `[` is always harvested.
    for b in &docs.blocks {
        if let Disposition::Skipped(r) = &b.disposition {
            assert!(
                !r.contains("JSON body") || r == "no JSON body",
                "{}:{}: {r}",
                b.file,
                b.line
            );
        }
    }
    let text: String = tally
        .iter()
        .map(|(k, n)| format!("{n:>4}  {k}\n"))
        .collect();
    println!("{text}");
    let docs_total: usize = tally
        .iter()
        .filter(|(k, _)| k.starts_with("docs"))
        .map(|(_, n)| n)
        .sum();
    assert_eq!(
        docs_total, braced,
        "every braced docs block is in the tally"
    );
    if std::env::var_os("GRAPH_DOCS_DIR").is_none() && std::env::var_os("GRAPH_SEEDS_DIR").is_none()
    {
        insta::assert_snapshot!("tally", text);
    }
}
