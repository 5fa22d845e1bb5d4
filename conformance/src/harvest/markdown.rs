//! Graph docs markdown pages: fenced ```` ```http ```` / ```` ```json ```` blocks,
//! each usually preceded by an `<!-- { "blockType": ..., ... } -->` annotation
//! (hand-written: read key by key, so trailing commas, `\r\n` text and tabs
//! don't matter). A block's JSON body starts at its first line beginning with
//! `{` or `[` (after the request or status line and headers in `http` blocks).

use super::{Harvest, example_name, http};
use crate::example::{Declared, Example, Role, TypeSource, Version};

/// One annotation comment.
#[derive(Debug, Default, Clone)]
pub struct Annotation {
    /// `blockType`.
    pub block_type: Option<String>,
    /// `@odata.type`, as written.
    pub odata_type: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `isCollection`.
    pub is_collection: bool,
    /// `truncated`.
    pub truncated: bool,
}

impl Annotation {
    /// Reads the keys of a hand-written annotation comment body.
    pub fn parse(text: &str) -> Annotation {
        Annotation {
            block_type: string_value(text, "blockType"),
            odata_type: string_value(text, "@odata.type"),
            name: string_value(text, "name"),
            is_collection: is_true(text, "isCollection"),
            truncated: is_true(text, "truncated"),
        }
    }
}

fn raw_value<'a>(text: &'a str, key: &str) -> Option<&'a str> {
    let quoted = format!("\"{key}\"");
    let at = text.find(&quoted)?;
    let rest = text[at + quoted.len()..].trim_start();
    Some(rest.strip_prefix(':')?.trim_start())
}

fn string_value(text: &str, key: &str) -> Option<String> {
    let v = raw_value(text, key)?.strip_prefix('"')?;
    v.find('"').map(|end| v[..end].trim().to_string())
}

fn is_true(text: &str, key: &str) -> bool {
    raw_value(text, key).is_some_and(|v| v.starts_with("true") || v.starts_with("\"true\""))
}

/// The type an annotation declares: `Collection(X)` gives `X` as a collection;
/// a value that is not a qualified name (`"call-transfer"`) is returned as the error.
pub fn declared_from_annotation(a: &Annotation) -> Option<Result<Declared, String>> {
    let t = a.odata_type.as_deref()?.trim();
    let (name, collection) = match t
        .strip_prefix("Collection(")
        .and_then(|r| r.strip_suffix(')'))
    {
        Some(inner) => (inner.trim(), true),
        None => (t, a.is_collection),
    };
    let name = name.trim_start_matches('#');
    if is_qualified_name(name) {
        Some(Ok(Declared {
            type_name: name.to_string(),
            collection,
            from: TypeSource::Annotation,
        }))
    } else {
        Some(Err(t.to_string()))
    }
}

/// `a.b` with identifier characters only.
pub fn is_qualified_name(name: &str) -> bool {
    name.contains('.')
        && !name.starts_with('.')
        && !name.ends_with('.')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_')
}

/// The request line of the latest `http` block that had no body, for a JSON
/// block that follows it (notifications: the POST to the bot, then the body).
struct Context {
    request_line: String,
    block_index: usize,
}

/// Harvests one page (`rel` is its path relative to the docs root).
pub fn harvest_page(rel: &str, text: &str, out: &mut Harvest) {
    let page_version = match rel.split('/').next() {
        Some("beta") => Version::Beta,
        Some("v1.0") => Version::V1,
        _ => Version::from_url(text).unwrap_or(Version::V1),
    };
    let lines: Vec<&str> = text.lines().collect();
    let mut annotation: Option<(Annotation, usize)> = None; // and the line index after the comment
    let mut context: Option<Context> = None;
    let mut last_request: Option<String> = None;
    let mut block_index = 0usize;
    let mut ordinal = 0usize;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let trimmed = line.trim_start();
        if trimmed.starts_with("<!--") {
            let start = i;
            let mut j = i;
            while j < lines.len() && !lines[j].contains("-->") {
                j += 1;
            }
            let body = lines[start..=j.min(lines.len() - 1)].join("\n");
            annotation = Some((Annotation::parse(&body), j + 1));
            i = j + 1;
            continue;
        }
        let Some(info) = trimmed.strip_prefix("```") else {
            i += 1;
            continue;
        };
        let lang = info.trim().to_ascii_lowercase();
        let fence_line = i;
        let mut j = i + 1;
        while j < lines.len() && !lines[j].trim_start().starts_with("```") {
            j += 1;
        }
        let body = &lines[i + 1..j.min(lines.len())];
        i = j + 1;
        block_index += 1;
        let ann = annotation
            .take()
            .filter(|(_, after)| {
                lines[*after..fence_line]
                    .iter()
                    .all(|l| l.trim().is_empty())
            })
            .map(|(a, _)| a)
            .unwrap_or_default();
        let has_brace = body.iter().any(|l| l.contains('{') || l.contains('['));
        let first = body.iter().find(|l| !l.trim().is_empty()).map(|l| l.trim());
        let own_request = first.filter(|l| http::request_line(l).is_some());
        let own_status = first.filter(|l| http::is_status_line(l));
        let previous_request = last_request.clone();
        if let Some(req) = own_request
            && http::request_line(req).is_some_and(|(_, t)| http::graph_path(t).is_some())
        {
            last_request = Some(req.to_string());
        }
        let json_start = body.iter().position(|l| {
            let t = l.trim_start();
            t.starts_with('{') || t.starts_with('[')
        });
        let Some(start) = json_start else {
            let reason = if let Some(req) = own_request {
                if lang == "http" || lang.starts_with("msgraph") {
                    context = Some(Context {
                        request_line: req.to_string(),
                        block_index,
                    });
                }
                "HTTP request line without a body (braces are path parameters)"
            } else if own_status.is_some() {
                "HTTP status line without a body"
            } else if first.is_some_and(|l| l.starts_with("PS ")) {
                "PowerShell command, not JSON"
            } else if first.is_some_and(|l| l.starts_with("http")) {
                "a URL, not JSON"
            } else {
                "no JSON body"
            };
            out.skip(rel, fence_line + 1, &lang, has_brace, reason);
            continue;
        };
        // A body under a non-JSON Content-Type (`[Zip file]` under `application/zip`).
        let content_type = body[..start].iter().find_map(|l| {
            let (name, value) = l.trim().split_once(':')?;
            (http::is_header(l) && name.trim().eq_ignore_ascii_case("content-type"))
                .then(|| value.trim().to_string())
        });
        if let Some(ct) = content_type.filter(|ct| !ct.to_ascii_lowercase().contains("json")) {
            let reason = format!("body is not JSON (Content-Type: {ct})");
            out.skip(rel, fence_line + 1, &lang, has_brace, &reason);
            continue;
        }
        let raw = body[start..].join("\n").trim_end().to_string();
        let line_no = fence_line + 2 + start;
        // The HTTP line this body belongs to: its own block's, or the previous
        // body-less request block's for a JSON block right after it.
        // After a GET or DELETE, which send no body, the JSON block is the response.
        let ctx = context
            .as_ref()
            .filter(|c| c.block_index + 1 == block_index && lang == "json");
        let ctx_takes_body = ctx.is_some_and(|c| {
            http::request_line(&c.request_line).is_some_and(|(m, _)| !matches!(m, "GET" | "DELETE"))
        });
        let answers_ctx = ctx.is_some() && !ctx_takes_body && own_request.is_none();
        let ctx_request = ctx
            .filter(|_| ctx_takes_body)
            .map(|c| c.request_line.clone());
        let http_line = own_request
            .or(own_status)
            .map(str::to_string)
            .or(ctx_request);
        let block_type = ann.block_type.as_deref().unwrap_or("");
        let declared = declared_from_annotation(&ann);
        let role = if block_type == "resource" {
            Role::ResourceTemplate
        } else if own_status.is_some() || block_type == "response" || answers_ctx {
            Role::Response
        } else if let Some((_, target)) = http_line.as_deref().and_then(http::request_line) {
            if http::graph_path(target).is_some() {
                Role::Request
            } else {
                Role::Notification
            }
        } else if block_type == "request" {
            Role::Request
        } else if matches!(&declared, Some(Ok(d)) if d.type_name.ends_with(".commsNotifications")) {
            Role::Notification
        } else {
            Role::Example
        };
        // A response's version is its request's, when the request names one.
        let version = http_line
            .as_deref()
            .and_then(Version::from_url)
            .or_else(|| {
                (role == Role::Response)
                    .then(|| previous_request.as_deref().and_then(Version::from_url))
                    .flatten()
            })
            .unwrap_or(page_version);
        ordinal += 1;
        let example = Example {
            name: example_name(rel, ordinal, role.as_str()),
            file: rel.to_string(),
            line: line_no,
            version,
            role,
            declared_unusable: match &declared {
                Some(Err(t)) => Some(t.clone()),
                _ => None,
            },
            declared: declared.and_then(Result::ok),
            request: (role == Role::Response)
                .then_some(previous_request)
                .flatten(),
            http: http_line,
            annotation_name: ann.name.clone(),
            truncated: ann.truncated,
            raw,
        };
        out.push_example((fence_line + 1, lang, has_brace), example);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annotation_keys_despite_bad_json() {
        let a = Annotation::parse(
            "<!-- {\\r\\n \"blockType\": \"response\",\t\"@odata.type\": \"Collection(microsoft.graph.participant)\", \"truncated\": true, } -->",
        );
        assert_eq!(a.block_type.as_deref(), Some("response"));
        assert!(a.truncated);
        let d = declared_from_annotation(&a).unwrap().unwrap();
        assert_eq!(d.type_name, "microsoft.graph.participant");
        assert!(d.collection);
        let bad = Annotation::parse(r#"{"blockType": "ignored", "@odata.type": "call-transfer"}"#);
        assert_eq!(
            declared_from_annotation(&bad),
            Some(Err("call-transfer".into()))
        );
    }

    #[test]
    fn request_block_and_notification() {
        let page = "<!-- { \"blockType\": \"request\", \"name\": \"x\" } -->\n```http\nPOST https://graph.microsoft.com/beta/communications/calls/{id}/answer\nContent-Type: application/json\n\n{\n  \"a\": 1\n}\n```\n\n```http\nPOST https://bot.contoso.com/api/calls\n```\n<!-- {\"blockType\": \"example\", \"@odata.type\": \"microsoft.graph.commsNotifications\"} -->\n```json\n{}\n```\n";
        let mut h = Harvest::default();
        harvest_page("v1.0/api/p.md", page, &mut h);
        assert_eq!(h.examples.len(), 2);
        let e = &h.examples[0];
        assert_eq!(
            (e.role, e.version, e.line),
            (Role::Request, Version::Beta, 6)
        );
        assert_eq!(e.raw, "{\n  \"a\": 1\n}");
        assert_eq!(e.name, "v1.0_api_p_01_request");
        let n = &h.examples[1];
        assert_eq!(n.role, Role::Notification);
        assert_eq!(
            n.http.as_deref(),
            Some("POST https://bot.contoso.com/api/calls")
        );
        assert_eq!(h.blocks.len(), 3);
    }

    #[test]
    fn json_after_a_get_is_its_response_not_its_body() {
        let page = "```http\nGET https://graph.microsoft.com/beta/me/onlineMeetings/abc\n```\n\n#### Response\n\n```json\n{\n  \"id\": \"abc\"\n}\n```\n";
        let mut h = Harvest::default();
        harvest_page("beta/api/p.md", page, &mut h);
        assert_eq!(h.examples.len(), 1);
        let e = &h.examples[0];
        assert_eq!(e.role, Role::Response);
        assert_eq!(
            e.request.as_deref(),
            Some("GET https://graph.microsoft.com/beta/me/onlineMeetings/abc")
        );
    }

    #[test]
    fn non_json_content_type_is_skipped() {
        let page = "```http\nPATCH https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/a\nContent-type: application/zip\n\n[Zip file containing a Teams app package]\n```\n";
        let mut h = Harvest::default();
        harvest_page("v1.0/api/p.md", page, &mut h);
        assert!(h.examples.is_empty());
        assert_eq!(h.blocks.len(), 1);
    }

    #[test]
    fn a_response_takes_its_requests_version() {
        let page = "```http\nGET https://graph.microsoft.com/beta/deviceManagement/x\n```\n\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\n  \"id\": \"1\"\n}\n```\n";
        let mut h = Harvest::default();
        harvest_page("v1.0/api/p.md", page, &mut h);
        assert_eq!(h.examples.len(), 1);
        assert_eq!(
            (h.examples[0].role, h.examples[0].version),
            (Role::Response, Version::Beta)
        );
    }
}
