//! What the harvesters produce: one [`Example`] per JSON body found in the
//! docs or seed pages, and one [`Block`] per fenced block or JSON-looking
//! text (harvested or skipped with a reason) for the tally.

use serde::Serialize;
use std::fmt;

/// A Graph API version, as in the URLs and the docs folders.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Version {
    /// `v1.0`
    #[serde(rename = "v1.0")]
    V1,
    /// `beta`
    #[serde(rename = "beta")]
    Beta,
}

impl Version {
    /// `v1.0` or `beta`.
    pub fn as_str(self) -> &'static str {
        match self {
            Version::V1 => "v1.0",
            Version::Beta => "beta",
        }
    }

    /// Parses `v1`, `v1.0` or `beta`.
    pub fn parse(s: &str) -> Option<Version> {
        match s {
            "v1" | "v1.0" => Some(Version::V1),
            "beta" => Some(Version::Beta),
            _ => None,
        }
    }

    /// The version named by a Graph URL (`https://graph.microsoft.com/beta/...`).
    pub fn from_url(text: &str) -> Option<Version> {
        // In any letter case (`/V1.0/`), as `harvest::http::graph_path` reads it.
        let lower = text.to_ascii_lowercase();
        let at = lower.find("graph.microsoft.com/")?;
        let rest = &lower[at + "graph.microsoft.com/".len()..];
        if rest.starts_with("v1.0") {
            Some(Version::V1)
        } else if rest.starts_with("beta") {
            Some(Version::Beta)
        } else {
            None
        }
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What an example body is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The body of an HTTP request to Graph.
    Request,
    /// The body of an HTTP response from Graph.
    Response,
    /// A change notification Graph posts to a bot's callback URL.
    Notification,
    /// A resource page's "JSON representation": placeholder values, names only.
    ResourceTemplate,
    /// Any other JSON block (an `example` annotation with no HTTP context).
    Example,
}

impl Role {
    /// The snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Request => "request",
            Role::Response => "response",
            Role::Notification => "notification",
            Role::ResourceTemplate => "resource_template",
            Role::Example => "example",
        }
    }
}

/// Where the declared type of an example comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TypeSource {
    /// The block's `@odata.type` annotation.
    Annotation,
    /// The HTTP request line, through the version's route table.
    Route,
    /// The `@odata.type` at the top of the body.
    Body,
    /// The resource the page describes (resource templates).
    Page,
    /// A non-2xx status line: the body is a Graph error (`{"error": {...}}`).
    Status,
}

/// The type an example is checked against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Declared {
    /// Qualified name (`microsoft.graph.call`), no `#`.
    pub type_name: String,
    /// The body is a collection of that type (`Collection(...)`, `isCollection`):
    /// a JSON array or an object whose `value` member is one.
    pub collection: bool,
    /// Where the name comes from.
    pub from: TypeSource,
}

/// One JSON body found in a page.
#[derive(Debug, Clone, Serialize)]
pub struct Example {
    /// Stable name, unique in a harvest: page and block (`v1.0_api_call-answer_02_request`).
    pub name: String,
    /// The page, relative to the harvested root (`v1.0/api/call-answer.md`, `seeds/002_....txt`).
    pub file: String,
    /// 1-based line of the first line of the body.
    pub line: usize,
    /// The API version the page documents.
    pub version: Version,
    /// Request, response, notification, resource template.
    pub role: Role,
    /// The type the body is checked against, when one is known.
    pub declared: Option<Declared>,
    /// A declared type that could not be used (not a qualified name: `"call-transfer"`).
    pub declared_unusable: Option<String>,
    /// The HTTP request line (`POST https://...`) the body belongs to, for requests and
    /// notifications; the status line (`HTTP/1.1 200 OK`) for responses.
    pub http: Option<String>,
    /// For a response: the request line of the request it answers (the page's
    /// latest request line before it).
    pub request: Option<String>,
    /// The annotation's `name` (docs only).
    pub annotation_name: Option<String>,
    /// The annotation says `"truncated": true` (properties may be omitted).
    pub truncated: bool,
    /// The body text as found.
    pub raw: String,
}

/// What became of one fenced block (docs) or one JSON-looking text (seeds).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "disposition", content = "detail")]
pub enum Disposition {
    /// Harvested as the example with this name.
    Harvested(String),
    /// Not an example, for the stated reason.
    Skipped(String),
}

/// One block of a page, for the tally.
#[derive(Debug, Clone, Serialize)]
pub struct Block {
    /// The page, relative to the harvested root.
    pub file: String,
    /// 1-based line where the block starts (the fence, or the first JSON line).
    pub line: usize,
    /// The fence's info string (`http`, `json`), empty for seeds.
    pub lang: String,
    /// The block's text has a `{` or `[` (the "simple count" of JSON-looking blocks).
    pub has_brace: bool,
    /// Harvested or skipped.
    pub disposition: Disposition,
}
