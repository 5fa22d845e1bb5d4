//! Plain-text pages without annotations (French renderings of Graph docs
//! pages, code tabs flattened into the text): a JSON body is a line starting
//! with `{` or `[` whose preceding lines (headers and blank lines aside) are
//! an HTTP request line, a status line, or a "JSON representation" heading.
//! Other such lines (code snippets: C#, CLI, ...) are skipped with the line
//! that precedes them as the reason. A body ends where its brackets balance;
//! a body cut short ends before the first line that cannot continue JSON
//! (prose), or at the end of the page.

use super::{Harvest, example_name, http};
use crate::example::{Declared, Example, Role, TypeSource, Version};

/// Harvests one page (`rel` is its name, `seeds/<file>`).
pub fn harvest_page(rel: &str, text: &str, out: &mut Harvest) {
    let lines: Vec<&str> = text.lines().collect();
    let page_version = page_version(text);
    let resource = page_resource(&lines);
    let mut ordinal = 0;
    let mut i = 0;
    while i < lines.len() {
        let t = lines[i].trim_start();
        if !(t.starts_with('{') || t.starts_with('[')) {
            i += 1;
            continue;
        }
        let context = context_before(&lines, i);
        let (end, _) = extent(&lines, i, true);
        let (role, http_line) = match &context {
            Context::Request(line) => {
                let target = http::request_line(line).map(|(_, t)| t).unwrap_or("");
                let role = if http::graph_path(target).is_some() {
                    Role::Request
                } else {
                    Role::Notification
                };
                (role, Some(line.clone()))
            }
            Context::Status(line) => (Role::Response, Some(line.clone())),
            Context::Representation => (Role::ResourceTemplate, None),
            Context::Other(prev) => {
                let reason = format!("not a JSON body: code or text, after `{}`", shorten(prev));
                out.skip(rel, i + 1, "", true, reason);
                i = end;
                continue;
            }
        };
        // A response answers the latest Graph request line before it.
        let request = (role == Role::Response)
            .then(|| {
                lines[..i].iter().rev().map(|l| l.trim()).find(|l| {
                    http::request_line(l).is_some_and(|(_, t)| http::graph_path(t).is_some())
                })
            })
            .flatten()
            .map(str::to_string);
        let raw = lines[i..end].join("\n").trim_end().to_string();
        let version = http_line
            .as_deref()
            .and_then(Version::from_url)
            .unwrap_or(page_version);
        let declared = match role {
            Role::ResourceTemplate => resource.clone().map(|type_name| Declared {
                type_name,
                collection: false,
                from: TypeSource::Page,
            }),
            _ => None,
        };
        ordinal += 1;
        let example = Example {
            name: example_name(rel, ordinal, role.as_str()),
            file: rel.to_string(),
            line: i + 1,
            version,
            role,
            declared,
            declared_unusable: None,
            http: http_line,
            request,
            annotation_name: None,
            truncated: false,
            raw,
        };
        out.push_example((i + 1, String::new(), true), example);
        i = end;
    }
}

fn shorten(s: &str) -> String {
    let s = s.trim();
    match s.char_indices().nth(60) {
        Some((at, _)) => format!("{}...", &s[..at]),
        None => s.to_string(),
    }
}

/// What precedes a line starting with `{` or `[`.
enum Context {
    Request(String),
    Status(String),
    Representation,
    Other(String),
}

fn context_before(lines: &[&str], at: usize) -> Context {
    let mut k = at;
    let mut saw_header = false;
    let mut caption_skipped = false;
    while k > 0 {
        k -= 1;
        let l = lines[k].trim();
        if l.is_empty() {
            continue;
        }
        if http::request_line(l).is_some() {
            return Context::Request(l.to_string());
        }
        if http::is_status_line(l) {
            return Context::Status(l.to_string());
        }
        if http::is_header(l) && !l.starts_with('"') {
            saw_header = true;
            continue;
        }
        if !saw_header {
            // "Représentation JSON" heading, then one sentence.
            let heading = |s: &str| {
                let s = s.to_lowercase();
                s.contains("représentation json") || s.contains("json representation")
            };
            if heading(l) || (k > 0 && lines[..k].iter().rev().take(3).any(|p| heading(p.trim()))) {
                return Context::Representation;
            }
        }
        // A tab caption ("Liste delta désactivée (par défaut)") between the
        // headers and the body.
        if !caption_skipped && k > 0 {
            let prev = lines[..k]
                .iter()
                .rev()
                .map(|p| p.trim())
                .find(|p| !p.is_empty());
            if prev.is_some_and(|p| http::is_header(p) && !p.starts_with('"')) {
                caption_skipped = true;
                continue;
            }
        }
        return Context::Other(l.to_string());
    }
    Context::Other(String::new())
}

/// The end (exclusive line index) of the JSON text starting at line `start`,
/// and whether its brackets balance. With `stop_at_prose`, an unbalanced text
/// ends before the first line that starts (outside a string) with a letter
/// other than `true`/`false`/`null`.
fn extent(lines: &[&str], start: usize, stop_at_prose: bool) -> (usize, bool) {
    let mut depth = 0i64;
    let mut in_string = false;
    let mut escaped = false;
    for (n, line) in lines.iter().enumerate().skip(start) {
        if stop_at_prose && n > start && !in_string && depth > 0 {
            let t = line.trim_start();
            let literal = ["true", "false", "null"].iter().any(|w| t.starts_with(w));
            if t.chars().next().is_some_and(char::is_alphabetic) && !literal {
                return (n, false);
            }
        }
        for c in line.chars() {
            if in_string {
                match (escaped, c) {
                    (true, _) => escaped = false,
                    (false, '\\') => escaped = true,
                    (false, '"') => in_string = false,
                    _ => {}
                }
                continue;
            }
            match c {
                '"' => in_string = true,
                '{' | '[' => depth += 1,
                '}' | ']' => {
                    depth -= 1;
                    if depth <= 0 {
                        return (n + 1, true);
                    }
                }
                _ => {}
            }
        }
        // A string never spans lines in these pages: an unclosed quote is a cut.
        in_string = false;
        escaped = false;
    }
    (lines.len(), false)
}

/// The version of a page: its first Graph URL, else the beta notice, else v1.0.
fn page_version(text: &str) -> Version {
    Version::from_url(text).unwrap_or_else(|| {
        if text.contains("version /beta") {
            Version::Beta
        } else {
            Version::V1
        }
    })
}

/// The resource a "Type de ressource X" / "X resource type" page describes,
/// qualified with the page's namespace line (default `microsoft.graph`).
fn page_resource(lines: &[&str]) -> Option<String> {
    let namespace = lines
        .iter()
        .find_map(|l| {
            let l = l.trim();
            l.strip_prefix("Espace de noms:")
                .or_else(|| l.strip_prefix("Namespace:"))
                .map(|n| n.trim().to_string())
        })
        .unwrap_or_else(|| "microsoft.graph".to_string());
    let name = lines.iter().take(20).find_map(|l| {
        let l = l.trim();
        l.strip_prefix("Type de ressource ")
            .or_else(|| l.strip_suffix(" resource type"))
            .map(str::trim)
            .filter(|n| !n.is_empty() && !n.contains(' '))
    })?;
    let mut chars = name.chars();
    let first = chars.next()?.to_lowercase().collect::<String>();
    Some(format!("{namespace}.{first}{}", chars.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_and_snippets() {
        let page = "Type de ressource Call\nEspace de noms: microsoft.graph\nReprésentation JSON\n\nLa représentation suivante.\n\n{\n\"a\": 1\n}\nPOST https://graph.microsoft.com/beta/communications/calls\nContent-Type: application/json\n{\n\"b\": [1,\n2]\n}\nvar x = new Call\n{\nA = 1,\n};\nHTTP/1.1 200 OK\n{\n\"c\": {\n\"d\": 1,\nRéponse\n";
        let mut h = Harvest::default();
        harvest_page("seeds/x.txt", page, &mut h);
        let roles: Vec<_> = h.examples.iter().map(|e| e.role).collect();
        assert_eq!(
            roles,
            [Role::ResourceTemplate, Role::Request, Role::Response]
        );
        assert_eq!(
            h.examples[0].declared.as_ref().unwrap().type_name,
            "microsoft.graph.call"
        );
        assert_eq!(h.examples[1].version, Version::Beta);
        assert_eq!(h.examples[2].raw, "{\n\"c\": {\n\"d\": 1,");
        assert_eq!(h.blocks.len(), 4);
        assert!(
            matches!(&h.blocks[2].disposition, crate::example::Disposition::Skipped(r) if r.contains("var x = new Call"))
        );
    }
}
