//! HTTP lines in examples: request lines (`POST https://graph.microsoft.com/v1.0/...`),
//! status lines (`HTTP/1.1 200 OK`) and headers, and the Graph path of a URL.

use crate::example::Version;

const METHODS: [&str; 5] = ["GET", "POST", "PATCH", "PUT", "DELETE"];

/// `(method, target)` of a request line.
pub fn request_line(line: &str) -> Option<(&str, &str)> {
    let line = line.trim();
    let (method, rest) = line.split_once(' ')?;
    if !METHODS.contains(&method) {
        return None;
    }
    let target = rest.split_whitespace().next()?;
    (target.starts_with('/') || target.starts_with("http")).then_some((method, target))
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

/// For a Graph URL or path: the version it names (if any) and the path after
/// the version (`/communications/calls/{id}/answer`, query kept). `None` for a
/// URL on another host (a bot's callback URL).
pub fn graph_path(target: &str) -> Option<(Option<Version>, &str)> {
    let rest = if let Some(rest) = target
        .strip_prefix("https://graph.microsoft.com")
        .or_else(|| target.strip_prefix("http://graph.microsoft.com"))
    {
        rest
    } else if target.starts_with('/') {
        target
    } else {
        return None;
    };
    for (prefix, version) in [("/v1.0", Version::V1), ("/beta", Version::Beta)] {
        if let Some(path) = rest.strip_prefix(prefix)
            && (path.is_empty() || path.starts_with('/') || path.starts_with('?'))
        {
            return Some((Some(version), path));
        }
    }
    Some((None, rest))
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
            Some((Some(Version::Beta), "/app/calls/1"))
        );
        assert_eq!(graph_path("https://bot.contoso.com/callback"), None);
        assert_eq!(
            graph_path("/communications/calls"),
            Some((None, "/communications/calls"))
        );
    }
}
