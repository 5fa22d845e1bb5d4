//! Client-agnostic requests: generated builders compose a [`Target`] (base URL and
//! percent-encoded path) and finish with a [`Request`] that knows its method, body and
//! expected response kind. [`Request::to_http`] gives an `http::Request<Vec<u8>>` to send
//! with any client; [`Request::parse_response`] turns (status, headers, body) into the typed
//! response or a [`GraphError`].

mod item_path;
mod literal;
mod odata;
mod response;

pub use item_path::{ItemPathError, encode_item_path};
pub use literal::{Literal, ToLiteral, decode, encode_query, encode_segment, parse_string_literal};
pub use response::{
    Collection, Completion, Count, Empty, Entity, GraphError, Page, Raw, ResponseError,
    ResponseKind, ValueOf,
};

use crate::value::ToJson;
use std::fmt;
use std::marker::PhantomData;
use std::sync::Arc;

/// The national clouds Microsoft Graph runs in, or any other base (a mock server).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Cloud {
    /// `https://graph.microsoft.com`
    #[default]
    Global,
    /// US Government L4: `https://graph.microsoft.us`
    UsGovL4,
    /// US Government L5 (DoD): `https://dod-graph.microsoft.us`
    UsGovL5Dod,
    /// China, operated by 21Vianet: `https://microsoftgraph.chinacloudapi.cn`
    China,
    /// Any base URL without the version, e.g. `http://127.0.0.1:8080` (a trailing `/` is ignored).
    Custom(String),
}

impl Cloud {
    /// The base URL, without a trailing slash.
    pub fn base_url(&self) -> &str {
        match self {
            Cloud::Global => "https://graph.microsoft.com",
            Cloud::UsGovL4 => "https://graph.microsoft.us",
            Cloud::UsGovL5Dod => "https://dod-graph.microsoft.us",
            Cloud::China => "https://microsoftgraph.chinacloudapi.cn",
            Cloud::Custom(s) => s.trim_end_matches('/'),
        }
    }
}

/// A request target under construction: base URL with version, and the path so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    root: Arc<str>,
    path: String,
    aliases: Vec<String>,
    error: Option<RequestError>,
    /// The metadata says the entity here is updated with `PUT`, not `PATCH`
    /// (`UpdateRestrictions/UpdateMethod`): see [`Target::updated_by_put`].
    update_by_put: bool,
}

impl Target {
    /// The root of a version (`version` is `v1.0` or `beta`).
    pub fn root(cloud: &Cloud, version: &str) -> Target {
        Target {
            root: format!("{}/{version}", cloud.base_url()).into(),
            path: String::new(),
            aliases: Vec::new(),
            error: None,
            update_by_put: false,
        }
    }

    /// Appends a segment that comes from the metadata (a property or operation name).
    pub fn segment(&self, name: &str) -> Target {
        let mut t = self.clone();
        t.path.push('/');
        t.path.push_str(name);
        t.update_by_put = false;
        t
    }

    /// Appends a type-cast segment (`microsoft.graph.user`): the same entities, so an
    /// update keeps its method ([`Target::updated_by_put`]).
    pub fn type_cast(&self, name: &str) -> Target {
        let mut t = self.segment(name);
        t.update_by_put = self.update_by_put;
        t
    }

    /// The same target, where the metadata says entities are updated with `PUT`
    /// (`UpdateRestrictions/UpdateMethod`: a team's `schedule`, a group's `team`, access
    /// review definitions, ...): generated builders mark such entity sets, singletons and
    /// navigation properties, and an entity path's `update` then sends `PUT`. A key or a
    /// type cast keeps the mark; any other segment drops it.
    pub fn updated_by_put(mut self) -> Target {
        self.update_by_put = true;
        self
    }

    /// Whether [`Target::updated_by_put`] marked this target.
    pub fn updates_by_put(&self) -> bool {
        self.update_by_put
    }

    /// Appends a key as exactly one percent-encoded segment. An empty key makes the
    /// request fail when built (it would address the collection instead).
    pub fn key(&self, key: &str) -> Target {
        let mut t = self.segment(&encode_segment(key));
        t.update_by_put = self.update_by_put;
        if key.is_empty() && t.error.is_none() {
            t.error = Some(RequestError::EmptyKey {
                path: self.path.clone(),
            });
        }
        t
    }

    /// Appends a function call `name(p1=lit,p2=@p1)`; alias values go to the query.
    pub fn function(&self, name: &str, params: &[(&str, Option<Literal>)]) -> Target {
        let mut t = self.clone();
        t.update_by_put = false;
        let mut args = Vec::new();
        for (p, lit) in params {
            match lit {
                None => {}
                Some(Literal::Inline(text)) => args.push(format!("{p}={text}")),
                Some(Literal::Alias(json)) => {
                    let alias = format!("@p{}", t.aliases.len() + 1);
                    args.push(format!("{p}={alias}"));
                    t.aliases
                        .push(format!("{}={}", encode_query(&alias), encode_query(json)));
                }
            }
        }
        t.path.push('/');
        t.path.push_str(name);
        t.path.push('(');
        t.path.push_str(&args.join(","));
        t.path.push(')');
        t
    }

    /// The path after the version, e.g. `/communications/calls/abc`.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The full URL without query options.
    pub fn url(&self) -> String {
        format!("{}{}", self.root, self.path)
    }
}

/// Why a request could not be built.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RequestError {
    /// A key was empty (the request would address the collection).
    EmptyKey {
        /// The path before the key.
        path: String,
    },
    /// A drive item path (`item_with_path`) was refused: see [`encode_item_path`].
    InvalidItemPath {
        /// The path as given.
        path: String,
        /// What is wrong with it.
        reason: ItemPathError,
    },
    /// The body could not be serialized.
    Body(String),
    /// A header name or value, or the URL, was rejected by the `http` crate.
    Http(String),
}

impl fmt::Display for RequestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RequestError::EmptyKey { path } => write!(f, "empty key after `{path}`"),
            RequestError::InvalidItemPath { path, reason } => {
                write!(f, "invalid drive item path `{path}`: {reason}")
            }
            RequestError::Body(m) => write!(f, "request body: {m}"),
            RequestError::Http(m) => write!(f, "invalid request: {m}"),
        }
    }
}

impl std::error::Error for RequestError {}

/// A request body: none, JSON of a generated value, or raw bytes.
pub trait RequestBody {
    /// Content type and bytes, or `None` for no body.
    fn encode(&self) -> Result<Option<(&'static str, Vec<u8>)>, RequestError>;
}

/// No body.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NoBody;

impl RequestBody for NoBody {
    fn encode(&self) -> Result<Option<(&'static str, Vec<u8>)>, RequestError> {
        Ok(None)
    }
}

/// A JSON body holding a typed value (an entity for create/update, action parameters, ...).
#[derive(Debug, Clone, PartialEq)]
pub struct Json<T>(pub T);

impl<T: ToJson> RequestBody for Json<T> {
    fn encode(&self) -> Result<Option<(&'static str, Vec<u8>)>, RequestError> {
        Ok(Some(("application/json", crate::to_vec(&self.0))))
    }
}

/// Raw bytes (a stream's `$value`), sent as `application/octet-stream` unless a
/// `Content-Type` header is set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bytes(pub Vec<u8>);

impl RequestBody for Bytes {
    fn encode(&self) -> Result<Option<(&'static str, Vec<u8>)>, RequestError> {
        Ok(Some(("application/octet-stream", self.0.clone())))
    }
}

/// One request: method, target, query options, headers, a typed body and the kind of
/// response it expects (`R`, see [`ResponseKind`]).
pub struct Request<B, R> {
    method: http::Method,
    target: Target,
    query: Vec<(String, String)>,
    headers: Vec<(String, String)>,
    body: B,
    kind: PhantomData<fn() -> R>,
}

impl<B: Clone, R> Clone for Request<B, R> {
    fn clone(&self) -> Self {
        Request {
            method: self.method.clone(),
            target: self.target.clone(),
            query: self.query.clone(),
            headers: self.headers.clone(),
            body: self.body.clone(),
            kind: PhantomData,
        }
    }
}

impl<B: fmt::Debug, R> fmt::Debug for Request<B, R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Request")
            .field("method", &self.method)
            .field("url", &self.url())
            .field("headers", &self.headers)
            .field("body", &self.body)
            .field("response", &std::any::type_name::<R>())
            .finish()
    }
}

impl<B, R> Request<B, R> {
    /// A request with `method` on `target`.
    pub fn new(method: http::Method, target: Target, body: B) -> Self {
        Request {
            method,
            target,
            query: Vec::new(),
            headers: Vec::new(),
            body,
            kind: PhantomData,
        }
    }

    /// The HTTP method.
    pub fn method(&self) -> &http::Method {
        &self.method
    }

    /// The typed body.
    pub fn body(&self) -> &B {
        &self.body
    }

    /// The typed body, mutably (to fill in action parameters after building).
    pub fn body_mut(&mut self) -> &mut B {
        &mut self.body
    }

    /// The path after the version (`/communications/calls/abc/answer`).
    pub fn path(&self) -> &str {
        self.target.path()
    }

    /// The full URL with query options.
    pub fn url(&self) -> String {
        let mut url = self.target.url();
        let params: Vec<String> = self
            .query
            .iter()
            .map(|(k, v)| format!("{}={}", encode_query(k), encode_query(v)))
            .chain(self.target.aliases.iter().cloned())
            .collect();
        if !params.is_empty() {
            url.push('?');
            url.push_str(&params.join("&"));
        }
        url
    }

    /// Adds a query option (`name` and `value` are percent-encoded here).
    pub fn param(mut self, name: &str, value: &str) -> Self {
        self.query.push((name.to_string(), value.to_string()));
        self
    }

    /// `$select=a,b`.
    pub fn select(self, fields: &[&str]) -> Self {
        self.param("$select", &fields.join(","))
    }

    /// `$expand=a,b`.
    pub fn expand(self, fields: &[&str]) -> Self {
        self.param("$expand", &fields.join(","))
    }

    /// `$filter=...`.
    pub fn filter(self, expr: &str) -> Self {
        self.param("$filter", expr)
    }

    /// `$orderby=a desc,b`.
    pub fn orderby(self, fields: &[&str]) -> Self {
        self.param("$orderby", &fields.join(","))
    }

    /// `$top=n`.
    pub fn top(self, n: u64) -> Self {
        self.param("$top", &n.to_string())
    }

    /// `$skip=n`.
    pub fn skip(self, n: u64) -> Self {
        self.param("$skip", &n.to_string())
    }

    /// `$count=true|false`.
    pub fn count(self, on: bool) -> Self {
        self.param("$count", if on { "true" } else { "false" })
    }

    /// `$search=...` (Graph wants the terms in double quotes: pass them so).
    pub fn search(self, terms: &str) -> Self {
        self.param("$search", terms)
    }

    /// Adds a header.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_string(), value.to_string()));
        self
    }

    /// `ConsistencyLevel: eventual` (needed by advanced directory queries).
    pub fn consistency_eventual(self) -> Self {
        self.header("ConsistencyLevel", "eventual")
    }
}

impl<B: RequestBody, R> Request<B, R> {
    /// The `http` request: method, URL, headers (`Content-Type` when there is a body) and
    /// body bytes.
    pub fn to_http(&self) -> Result<http::Request<Vec<u8>>, RequestError> {
        if let Some(e) = &self.target.error {
            return Err(e.clone());
        }
        let body = self.body.encode()?;
        let mut b = http::Request::builder()
            .method(self.method.clone())
            .uri(self.url());
        let has_type = self
            .headers
            .iter()
            .any(|(k, _)| k.eq_ignore_ascii_case("content-type"));
        if let (Some((ct, _)), false) = (&body, has_type) {
            b = b.header(http::header::CONTENT_TYPE, *ct);
        }
        for (k, v) in &self.headers {
            b = b.header(k.as_str(), v.as_str());
        }
        b.body(body.map(|(_, bytes)| bytes).unwrap_or_default())
            .map_err(|e| RequestError::Http(e.to_string()))
    }
}

impl<B, R: ResponseKind> Request<B, R> {
    /// Parses a response to this request: the typed value on success, the Graph error
    /// otherwise.
    pub fn parse_response(
        &self,
        status: u16,
        headers: &http::HeaderMap,
        body: &[u8],
    ) -> Result<R::Output, ResponseError> {
        R::parse(status, headers, body)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `PUT` mark of a target: kept by a key (`calls/{id}`) and a type cast, which
    /// address the same entities; dropped by any other segment, a function call and a drive
    /// item path, which address others.
    #[test]
    fn a_key_and_a_cast_keep_the_update_method_and_other_segments_drop_it() {
        let set = Target::root(&Cloud::Global, "v1.0")
            .segment("definitions")
            .updated_by_put();
        assert!(set.updates_by_put());
        let item = set.key("d1");
        assert!(item.updates_by_put());
        assert!(item.type_cast("microsoft.graph.x").updates_by_put());
        assert!(!item.segment("instances").updates_by_put());
        assert!(!item.function("f", &[]).updates_by_put());
        assert!(!item.item_path("a/b").updates_by_put());
        assert!(!Target::service_root("http://h/s").updates_by_put());
        assert_eq!(item.path(), "/definitions/d1");
    }
}
