//! OneDrive path addressing, a Microsoft Graph URL convention (not OData): below a drive
//! item, `:/folder/file.txt:` addresses the item at that path relative to it
//! (`/me/drive/root:/folder/file.txt:`), and the path may go on with the item's usual
//! segments (`/me/drive/root:/folder/file.txt:/content`). The Kiota SDKs call it
//! `ItemWithPath`; the generated builders offer it as `item_with_path`.
//!
//! The service finds the end of the item path by its closing `:`, so the path is checked
//! and encoded segment by segment such that nothing in it can end it early, add a segment
//! or climb out of the addressed folder:
//!
//! - one leading `/` is optional (`"/a/b"` and `"a/b"` are the same path);
//! - `/` separates segments; an empty segment (empty path, `//`, a trailing `/`) is an
//!   error, since it names nothing (and usually comes from an empty file name);
//! - `.` and `..` are errors: URL normalization (in clients, proxies or the service)
//!   would collapse them, addressing another folder than the one written, even when
//!   percent-encoded (`%2E` is an unreserved character and may be decoded first);
//! - `:` in a segment is an error: it is not a valid OneDrive or SharePoint name
//!   character, and even percent-encoded the service may decode it before looking for
//!   the closing colon;
//! - `\` is an error: not a valid name character, and some servers treat it as `/`;
//! - everything else outside RFC 3986's unreserved set (`?`, `#`, `%`, space, `'`,
//!   non-ASCII, control characters...) is percent-encoded, so `%41` in a name stays the
//!   three characters `%41`.

use super::{RequestError, Target, encode_segment};
use std::fmt;

/// Why a drive item path was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemPathError {
    /// The path, a segment between two `/`, or the part after a trailing `/` is empty.
    EmptySegment,
    /// A segment is `.` or `..`.
    DotSegment,
    /// A segment contains `:`, which would end the item path.
    Colon,
    /// A segment contains `\`.
    Backslash,
}

impl fmt::Display for ItemPathError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ItemPathError::EmptySegment => "empty segment (an empty path, `//`, or a trailing `/`)",
            ItemPathError::DotSegment => "`.` or `..` segment (relative paths are not allowed)",
            ItemPathError::Colon => "`:` in a name (it would end the item path)",
            ItemPathError::Backslash => "`\\` in a name (not a valid name character)",
        })
    }
}

impl std::error::Error for ItemPathError {}

/// Checks `path` and percent-encodes it segment by segment: `"/Docs/Q1 report.xlsx"` ->
/// `"Docs/Q1%20report.xlsx"` (see the module documentation for the rules).
pub fn encode_item_path(path: &str) -> Result<String, ItemPathError> {
    let rel = path.strip_prefix('/').unwrap_or(path);
    let mut out = String::with_capacity(rel.len());
    for (i, seg) in rel.split('/').enumerate() {
        if seg.is_empty() {
            return Err(ItemPathError::EmptySegment);
        }
        if seg == "." || seg == ".." {
            return Err(ItemPathError::DotSegment);
        }
        if seg.contains(':') {
            return Err(ItemPathError::Colon);
        }
        if seg.contains('\\') {
            return Err(ItemPathError::Backslash);
        }
        if i > 0 {
            out.push('/');
        }
        out.push_str(&encode_segment(seg));
    }
    Ok(out)
}

impl Target {
    /// Appends a drive item path, `:/{path}:` (OneDrive path addressing, a Graph URL
    /// convention): the item at `path` relative to this one. An invalid path (see
    /// [`encode_item_path`]) makes the request fail when built, with
    /// [`RequestError::InvalidItemPath`]; the URL then carries the whole path as one
    /// inert encoded segment.
    pub fn item_path(&self, path: &str) -> Target {
        let mut t = self.clone();
        t.update_by_put = false;
        let encoded = match encode_item_path(path) {
            Ok(e) => e,
            Err(reason) => {
                if t.error.is_none() {
                    t.error = Some(RequestError::InvalidItemPath {
                        path: path.to_string(),
                        reason,
                    });
                }
                encode_segment(path)
            }
        };
        // Below an item that was itself addressed by path (only an item path leaves a
        // path ending in `:`: names from the metadata never do, keys are encoded), the
        // two paths join: `root:/a:` then `b` is `root:/a/b:`, not `root:/a::/b:`.
        if t.path.ends_with(':') {
            t.path.pop();
            t.path.push('/');
        } else {
            t.path.push_str(":/");
        }
        t.path.push_str(&encoded);
        t.path.push(':');
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::request::Cloud;

    fn root() -> Target {
        Target::root(&Cloud::Global, "v1.0")
            .segment("me")
            .segment("drive")
            .segment("root")
    }

    #[test]
    fn paths_are_encoded_segment_by_segment() {
        let t = root().item_path("/folder/file.txt");
        assert_eq!(t.path(), "/me/drive/root:/folder/file.txt:");
        assert_eq!(
            root().item_path("folder/file.txt").path(),
            "/me/drive/root:/folder/file.txt:"
        );
        let cases = [
            ("a b/c d.txt", "a%20b/c%20d.txt"),
            ("what?.txt", "what%3F.txt"),
            ("#1.txt", "%231.txt"),
            ("100%.txt", "100%25.txt"),
            ("a%2Fb", "a%252Fb"),
            ("a%3Ab", "a%253Ab"),
            ("Q1 'final' (2).docx", "Q1%20%27final%27%20%282%29.docx"),
            ("Résumé/日本.txt", "R%C3%A9sum%C3%A9/%E6%97%A5%E6%9C%AC.txt"),
            ("...", "%2E%2E%2E"),
            (".hidden", ".hidden"),
            ("a+b=c&d", "a%2Bb%3Dc%26d"),
            ("tab\there", "tab%09here"),
        ];
        for (path, enc) in cases {
            assert_eq!(encode_item_path(path), Ok(enc.to_string()), "{path:?}");
            assert_eq!(
                root().item_path(path).path(),
                format!("/me/drive/root:/{enc}:")
            );
        }
    }

    #[test]
    fn invalid_paths_are_errors() {
        let cases = [
            ("", ItemPathError::EmptySegment),
            ("/", ItemPathError::EmptySegment),
            ("//a", ItemPathError::EmptySegment),
            ("a//b", ItemPathError::EmptySegment),
            ("a/", ItemPathError::EmptySegment),
            ("..", ItemPathError::DotSegment),
            ("a/../../b", ItemPathError::DotSegment),
            ("./a", ItemPathError::DotSegment),
            ("a:/content", ItemPathError::Colon),
            ("a:", ItemPathError::Colon),
            ("c:\\x", ItemPathError::Colon),
            ("a\\..\\b", ItemPathError::Backslash),
        ];
        for (path, why) in cases {
            assert_eq!(encode_item_path(path), Err(why), "{path:?}");
            let t = root().item_path(path).segment("content");
            assert_eq!(
                t.error,
                Some(RequestError::InvalidItemPath {
                    path: path.to_string(),
                    reason: why
                })
            );
            // The URL kept for debugging has no colon or slash from the path.
            let tail = &t.path()["/me/drive/root:/".len()..];
            let inner = tail.strip_suffix(":/content").expect("closing colon");
            assert!(!inner.contains([':', '/', '\\']), "{inner}");
        }
        let e = RequestError::InvalidItemPath {
            path: "a//b".into(),
            reason: ItemPathError::EmptySegment,
        };
        assert_eq!(
            e.to_string(),
            "invalid drive item path `a//b`: empty segment (an empty path, `//`, or a trailing `/`)"
        );
    }

    #[test]
    fn paths_below_a_path_join() {
        let t = root().item_path("a").item_path("b c/d");
        assert_eq!(t.path(), "/me/drive/root:/a/b%20c/d:");
        let t = root().item_path("a").segment("content");
        assert_eq!(t.path(), "/me/drive/root:/a:/content");
        // A key ending in `:` is encoded, so it cannot pass for an item path.
        let t = root().segment("items").key("x:").item_path("a");
        assert_eq!(t.path(), "/me/drive/root/items/x%3A:/a:");
    }

    #[test]
    fn the_first_error_is_kept() {
        let t = root().key("").item_path("a//b");
        assert!(matches!(t.error, Some(RequestError::EmptyKey { .. })));
    }
}
