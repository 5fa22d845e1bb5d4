//! The type of a body that has no annotation, from HTTP: a request body from
//! its request line, a response body from the request line it answers, both
//! through the version's route table (`msgraph_models::{v1,beta}::routes::TABLE`).

use crate::example::{Declared, Example, Role, TypeSource, Version};
use crate::harvest::http;
use msgraph_core::routes::{Resolved, RouteKind, RouteTable, Unresolved};

/// What the request line says about a body's type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inferred {
    /// The body's type.
    Type(Declared),
    /// The route names an operation or path this version does not have.
    NotInMetadata(String),
    /// Nothing known (the reason).
    Unknown(String),
    /// A `$ref` request body (`{"@odata.id": url}`): a reference, not an entity.
    Reference(String),
}

/// The route table of a version.
pub fn table(version: Version) -> &'static RouteTable {
    match version {
        Version::V1 => &msgraph_models::v1::routes::TABLE,
        Version::Beta => &msgraph_models::beta::routes::TABLE,
    }
}

/// Resolves a request line (`POST https://graph.microsoft.com/v1.0/...` or a
/// path) in `version`'s route table. `None` for a URL on another host.
pub fn resolve(version: Version, line: &str) -> Option<Result<Resolved, Unresolved>> {
    let (method, target) = http::request_line(line)?;
    let (_, path) = http::graph_path(target)?;
    Some(table(version).resolve(method, &path))
}

/// The type of `example`'s body from its request line (requests) or from the
/// request it answers (responses).
pub fn from_http(example: &Example) -> Inferred {
    let (line, response) = match example.role {
        Role::Request => (example.http.as_deref(), false),
        Role::Response => (example.request.as_deref(), true),
        _ => (None, false),
    };
    let Some(line) = line else {
        return Inferred::Unknown(format!(
            "no annotation type, no @odata.type, and no request line for a {}",
            example.role.as_str()
        ));
    };
    match resolve(example.version, line) {
        None => Inferred::Unknown(format!("`{line}` is not a Graph request")),
        Some(Err(u)) => Inferred::NotInMetadata(format!("`{line}`: {u}")),
        Some(Ok(r)) if !response && matches!(r.kind, RouteKind::AddRef | RouteKind::SetRef) => {
            Inferred::Reference(format!("{} {}", r.method, r.template))
        }
        Some(Ok(r)) => {
            let (name, collection) = if response {
                (r.response, r.response_collection)
            } else {
                (r.body, false)
            };
            match name {
                // Primitive results (`Edm.Int32`, `Collection(Edm.String)`) are checked too.
                Some(n) if !n.starts_with("Edm.") || (response && n != "Edm.Stream") => {
                    Inferred::Type(Declared {
                        type_name: n.to_string(),
                        collection,
                        from: TypeSource::Route,
                    })
                }
                Some(n) => Inferred::Unknown(format!(
                    "route {} {} {} {n}",
                    r.method,
                    r.template,
                    if response { "returns" } else { "takes" }
                )),
                None => Inferred::Unknown(format!(
                    "route {} {} takes no {}",
                    r.method,
                    r.template,
                    if response {
                        "response body"
                    } else {
                        "request body"
                    }
                )),
            }
        }
    }
}
