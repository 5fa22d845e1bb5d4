//! HTTP lines in examples: request lines (`POST https://graph.microsoft.com/v1.0/...`),
//! status lines (`HTTP/1.1 200 OK`) and headers, and the Graph path of a URL.

use crate::example::Version;
use std::borrow::Cow;

const METHODS: [&str; 5] = ["GET", "POST", "PATCH", "PUT", "DELETE"];

/// `(method, target)` of a request line. The target ends at the first white space
/// outside braces, so placeholders written with spaces (`{id | userPrincipalName}`)
/// stay whole; a trailing `HTTP/1.1` is not part of it.
pub fn request_line(line: &str) -> Option<(&str, &str)> {
    let line = line.trim();
    let (method, rest) = line.split_once(char::is_whitespace)?;
    if !METHODS.contains(&method) {
        return None;
    }
    let rest = rest.trim_start();
    let mut depth = 0usize;
    let mut end = rest.len();
    for (i, c) in rest.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            c if c.is_whitespace()
                && (depth == 0 || rest[i..].trim_start().starts_with("HTTP/")) =>
            {
                end = i;
                break;
            }
            _ => {}
        }
    }
    let target = &rest[..end];
    (!target.is_empty() && (target.starts_with('/') || target.starts_with("http")))
        .then_some((method, target))
}

/// Whether `line` is a status line (`HTTP/1.1 200 OK`).
pub fn is_status_line(line: &str) -> bool {
    line.trim_start().starts_with("HTTP/")
}

/// Whether `line` is a header (`Content-Type: application/json`).
pub fn is_header(line: &str) -> bool {
    let line = line.trim();
    match line.split_once(':') {
        Some((name, _)) => {
            !name.is_empty()
                && name.len() < 40
                && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        }
        None => false,
    }
}

/// For a Graph URL or path: the version it names (if any, in any letter case:
/// `/V1.0/` is `/v1.0/`) and the path after the version
/// (`/communications/calls/{id}/answer`, query kept, a trailing `/` before the
/// query dropped). `None` for a URL on another host (a bot's callback URL).
pub fn graph_path(target: &str) -> Option<(Option<Version>, Cow<'_, str>)> {
    let rest = if let Some(rest) = strip_prefix_ci(target, "https://graph.microsoft.com")
        .or_else(|| strip_prefix_ci(target, "http://graph.microsoft.com"))
    {
        rest
    } else if target.starts_with('/') {
        target
    } else {
        return None;
    };
    for (prefix, version) in [("/v1.0", Version::V1), ("/beta", Version::Beta)] {
        if let Some(path) = strip_prefix_ci(rest, prefix)
            && (path.is_empty() || path.starts_with('/') || path.starts_with('?'))
        {
            return Some((Some(version), without_trailing_slash(path)));
        }
    }
    Some((None, without_trailing_slash(rest)))
}

fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

/// `/me/drive/` -> `/me/drive`, `/me/?$select=id` -> `/me?$select=id`.
fn without_trailing_slash(path: &str) -> Cow<'_, str> {
    let cut = path.find(['?', '#']).unwrap_or(path.len());
    let (p, q) = path.split_at(cut);
    let trimmed = p.trim_end_matches('/');
    if trimmed.len() == p.len() {
        Cow::Borrowed(path)
    } else if q.is_empty() {
        Cow::Borrowed(trimmed)
    } else {
        Cow::Owned(format!("{trimmed}{q}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        assert_eq!(
            request_line("POST https://graph.microsoft.com/v1.0/communications/calls"),
            Some((
                "POST",
                "https://graph.microsoft.com/v1.0/communications/calls"
            ))
        );
        assert_eq!(request_line("Post a call"), None);
        assert!(is_status_line("HTTP/1.1 200 OK"));
        assert!(is_header("Content-Type: application/json"));
        assert!(!is_header("\"a\": 1"));
        assert_eq!(
            graph_path("https://graph.microsoft.com/beta/app/calls/1"),
            Some((Some(Version::Beta), "/app/calls/1".into()))
        );
        assert_eq!(graph_path("https://bot.contoso.com/callback"), None);
        assert_eq!(
            graph_path("/communications/calls"),
            Some((None, "/communications/calls".into()))
        );
    }

    #[test]
    fn placeholders_with_spaces_stay_whole() {
        assert_eq!(
            request_line("PATCH /users/{id | userPrincipalName}/calendars/{id}"),
            Some(("PATCH", "/users/{id | userPrincipalName}/calendars/{id}"))
        );
        assert_eq!(
            request_line("GET https://graph.microsoft.com/v1.0/me/drive/root HTTP/1.1"),
            Some(("GET", "https://graph.microsoft.com/v1.0/me/drive/root"))
        );
        assert_eq!(
            request_line("GET /users/{id HTTP/1.1"),
            Some(("GET", "/users/{id"))
        );
    }

    #[test]
    fn version_casing_and_trailing_slash() {
        assert_eq!(
            graph_path("https://graph.microsoft.com/V1.0/me/drive/"),
            Some((Some(Version::V1), "/me/drive".into()))
        );
        assert_eq!(
            graph_path("HTTPS://Graph.Microsoft.com/Beta/me/?$select=id"),
            Some((Some(Version::Beta), "/me?$select=id".into()))
        );
        assert_eq!(graph_path("/me/events/"), Some((None, "/me/events".into())));
    }
}
