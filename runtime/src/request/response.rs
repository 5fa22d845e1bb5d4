//! Typed responses: each request names the response kind it expects (an entity, a
//! collection page, an operation's return value wrapped in `value`, nothing, raw bytes),
//! and Graph errors (`{"error":{"code","message","innerError"}}`) become [`GraphError`]
//! with their unknown members kept.

use crate::extra::Extra;
use crate::json::error::{JsonError, ReadResult};
use crate::json::raw::RawJson;
use crate::json::read::Reader;
use crate::value::FromJson;
use serde_json::{Map, Value};
use std::fmt;
use std::marker::PhantomData;

/// How a response body is read.
pub trait ResponseKind {
    /// The typed result.
    type Output;
    /// Reads a successful response (2xx); the status is passed for kinds that care.
    fn parse_success(
        status: u16,
        headers: &http::HeaderMap,
        body: &[u8],
    ) -> Result<Self::Output, ResponseError>;

    /// Reads any response: 2xx through [`ResponseKind::parse_success`], anything else as a
    /// [`GraphError`].
    fn parse(
        status: u16,
        headers: &http::HeaderMap,
        body: &[u8],
    ) -> Result<Self::Output, ResponseError> {
        if (200..300).contains(&status) {
            Self::parse_success(status, headers, body)
        } else {
            Err(ResponseError::Graph(Box::new(GraphError::parse(
                status, headers, body,
            ))))
        }
    }
}

/// Why a response could not be turned into its typed value.
#[derive(Debug, Clone, PartialEq)]
pub enum ResponseError {
    /// Graph answered with an error status.
    Graph(Box<GraphError>),
    /// A success body did not fit the expected type.
    Decode(JsonError),
    /// A success status with no body where one was expected.
    MissingBody {
        /// The status received.
        status: u16,
    },
}

impl fmt::Display for ResponseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ResponseError::Graph(e) => e.fmt(f),
            ResponseError::Decode(e) => write!(f, "response body: {e}"),
            ResponseError::MissingBody { status } => {
                write!(f, "status {status} without the expected body")
            }
        }
    }
}

impl std::error::Error for ResponseError {}

/// A Graph error response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GraphError {
    /// HTTP status.
    pub status: u16,
    /// `error.code` (empty when the body was not a Graph error).
    pub code: String,
    /// `error.message`.
    pub message: String,
    /// `error.innerError` (request-id, date, client-request-id, ...), as sent.
    pub inner_error: Option<Value>,
    /// Other members of `error` (`details`, `target`, ...), kept.
    pub extra: Map<String, Value>,
    /// The body when it was not a Graph error object.
    pub raw: Option<String>,
    /// The `Retry-After` header, when present (429 and 503).
    pub retry_after: Option<String>,
}

impl GraphError {
    /// Reads an error response.
    pub fn parse(status: u16, headers: &http::HeaderMap, body: &[u8]) -> GraphError {
        let mut out = GraphError {
            status,
            retry_after: headers
                .get(http::header::RETRY_AFTER)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string),
            ..Default::default()
        };
        match serde_json::from_slice::<Value>(body) {
            Ok(Value::Object(mut top)) => match top.remove("error") {
                Some(Value::Object(mut e)) => {
                    if let Some(Value::String(c)) = e.remove("code") {
                        out.code = c;
                    }
                    if let Some(Value::String(m)) = e.remove("message") {
                        out.message = m;
                    }
                    out.inner_error = e.remove("innerError");
                    out.extra = e;
                }
                other => {
                    if let Some(o) = other {
                        top.insert("error".into(), o);
                    }
                    out.raw = Some(Value::Object(top).to_string());
                }
            },
            _ if body.is_empty() => {}
            _ => out.raw = Some(String::from_utf8_lossy(body).into_owned()),
        }
        out
    }
}

impl fmt::Display for GraphError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Graph error {}", self.status)?;
        if !self.code.is_empty() {
            write!(f, " {}", self.code)?;
        }
        if !self.message.is_empty() {
            write!(f, ": {}", self.message)?;
        }
        Ok(())
    }
}

/// Reads a success body with `read`, or reports a missing body.
fn body<T>(
    status: u16,
    bytes: &[u8],
    read: impl FnOnce(&mut Reader<'_>) -> ReadResult<T>,
) -> Result<T, ResponseError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ResponseError::MissingBody { status });
    }
    let text = std::str::from_utf8(bytes)
        .map_err(|_| ResponseError::Decode(JsonError::unlocated("response body is not UTF-8")))?;
    crate::json::read_with(text, crate::json::ReadOptions::default(), read)
        .map(|(v, _)| v)
        .map_err(ResponseError::Decode)
}

/// The response is one value of `T` (an entity, or an operation returning an entity or
/// complex value).
pub struct Entity<T>(PhantomData<fn() -> T>);

impl<T: FromJson> ResponseKind for Entity<T> {
    type Output = T;
    fn parse_success(s: u16, _: &http::HeaderMap, b: &[u8]) -> Result<T, ResponseError> {
        body(s, b, T::read_json)
    }
}

/// The response is `{"value": T}` (an operation returning a primitive, an enum or a
/// collection that is not paged).
pub struct ValueOf<T>(PhantomData<fn() -> T>);

impl<T: FromJson> ResponseKind for ValueOf<T> {
    type Output = T;
    fn parse_success(s: u16, _: &http::HeaderMap, b: &[u8]) -> Result<T, ResponseError> {
        body(s, b, |r| {
            let mut value = None;
            if r.object_start("an object with `value`")? {
                loop {
                    r.member_key()?;
                    if r.key() == "value" {
                        value = Some(T::read_json(r).map_err(|e| e.at_key("value"))?);
                    } else {
                        r.skip()?;
                    }
                    if !r.object_next()? {
                        break;
                    }
                }
            }
            value.ok_or_else(|| r.syntax("missing member `value`"))
        })
    }
}

/// One page of a collection.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    /// The items of this page.
    pub value: Vec<T>,
    /// `@odata.nextLink`: the URL of the next page.
    pub next_link: Option<String>,
    /// `@odata.deltaLink`, for delta queries.
    pub delta_link: Option<String>,
    /// `@odata.count` when `$count=true` was asked.
    pub count: Option<i64>,
    /// Other members (`@odata.context`, ...), kept.
    pub extra: Extra,
}

impl<T> Default for Page<T> {
    fn default() -> Self {
        Page {
            value: Vec::new(),
            next_link: None,
            delta_link: None,
            count: None,
            extra: Extra::new(),
        }
    }
}

impl<T: FromJson> FromJson for Page<T> {
    const EXPECTED: &'static str = "collection page";
    /// A collection page: `value` read straight into `T`s, the links and the count
    /// interpreted, other members kept.
    fn read_json(r: &mut Reader<'_>) -> ReadResult<Self> {
        let mut page = Page::default();
        if !r.object_start("a collection page (an object with `value`)")? {
            return Ok(page);
        }
        loop {
            r.member_key()?;
            let key = r.key();
            if key == "value" {
                page.value = Vec::<T>::read_json(r).map_err(|e| e.at_key("value"))?;
            } else {
                let key = key.to_owned();
                let raw = RawJson::trusted(r.raw()?);
                let kept = match key.as_str() {
                    "@odata.nextLink" => raw
                        .as_string()
                        .map(|s| page.next_link = Some(s.into_owned())),
                    "@odata.deltaLink" => raw
                        .as_string()
                        .map(|s| page.delta_link = Some(s.into_owned())),
                    "@odata.count" => raw.as_str().parse().ok().map(|n| page.count = Some(n)),
                    _ => None,
                };
                if kept.is_none() {
                    page.extra.insert(key, raw);
                }
            }
            if !r.object_next()? {
                return Ok(page);
            }
        }
    }
}

impl<T: crate::ToJson> crate::ToJson for Page<T> {
    fn write_json(&self, w: &mut crate::Writer) {
        w.object_start();
        let mut first = true;
        if let Some(c) = self.count {
            w.plain_key(&mut first, "@odata.count");
            w.i64(c);
        }
        self.extra.write_annotations(w, &mut first);
        w.plain_key(&mut first, "value");
        self.value.write_json(w);
        for (k, v) in [
            ("@odata.nextLink", &self.next_link),
            ("@odata.deltaLink", &self.delta_link),
        ] {
            if let Some(v) = v {
                w.plain_key(&mut first, k);
                w.str(v);
            }
        }
        self.extra.write_others(w, &mut first);
        w.object_end();
    }
}

/// The response is a collection page (`value`, `@odata.nextLink`, ...).
pub struct Collection<T>(PhantomData<fn() -> T>);

impl<T: FromJson> ResponseKind for Collection<T> {
    type Output = Page<T>;
    fn parse_success(s: u16, _: &http::HeaderMap, b: &[u8]) -> Result<Page<T>, ResponseError> {
        body(s, b, Page::<T>::read_json)
    }
}

/// What a request without a typed result returned: `204 No Content`, or `202 Accepted`
/// with the `Location` of the operation to poll.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Completion {
    /// HTTP status (200, 201, 202 or 204).
    pub status: u16,
    /// The `Location` header, if any.
    pub location: Option<String>,
    /// The body, when the service sent one anyway (kept, not interpreted).
    pub body: Option<Value>,
}

/// The response has no typed body (action without a return type, delete, `$ref` calls).
pub struct Empty;

impl ResponseKind for Empty {
    type Output = Completion;
    fn parse_success(
        status: u16,
        headers: &http::HeaderMap,
        b: &[u8],
    ) -> Result<Completion, ResponseError> {
        let body = if b.iter().all(u8::is_ascii_whitespace) {
            None
        } else {
            Some(
                serde_json::from_slice(b)
                    .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(b).into_owned())),
            )
        };
        Ok(Completion {
            status,
            location: headers
                .get(http::header::LOCATION)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string),
            body,
        })
    }
}

/// The response is raw bytes (`$value` of a stream).
pub struct Raw;

impl ResponseKind for Raw {
    type Output = Vec<u8>;
    fn parse_success(_: u16, _: &http::HeaderMap, b: &[u8]) -> Result<Vec<u8>, ResponseError> {
        Ok(b.to_vec())
    }
}

/// The response is a plain-text number (`$count`).
pub struct Count;

impl ResponseKind for Count {
    type Output = i64;
    fn parse_success(s: u16, _: &http::HeaderMap, b: &[u8]) -> Result<i64, ResponseError> {
        let text = String::from_utf8_lossy(b);
        text.trim_start_matches('\u{feff}')
            .trim()
            .parse()
            .map_err(|_| {
                if text.trim().is_empty() {
                    ResponseError::MissingBody { status: s }
                } else {
                    ResponseError::Decode(JsonError::unlocated(format!(
                        "expected a count, found `{}`",
                        text.trim()
                    )))
                }
            })
    }
}
