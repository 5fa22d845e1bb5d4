//! JSON batching: up to 20 requests built with the same builders in one
//! `POST {base}/{version}/$batch`, with `dependsOn`; larger batches are split, keeping each
//! chain of `dependsOn` in one batch (a chain longer than 20 is an error before anything is
//! sent); each member's status, headers and body go through its own `ResponseKind`, and
//! throttled members (429, or 503/504 as for single requests) are sent again in a following
//! batch after their `Retry-After`.

use crate::client::{Client, RawResponse, SendOptions};
use crate::error::Error;
use crate::retry::{Clock, RetryEvent, RetryPolicy, RetryReason, retry_after};
use base64::Engine as _;
use http::{HeaderMap, HeaderName, HeaderValue, Method};
use msgraph_core::request::{Request, RequestBody, ResponseKind};
use serde::Deserialize;
use serde_json::{Map, Value, json};
use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::marker::PhantomData;
use std::time::SystemTime;

/// Graph's limit of requests in one `$batch`.
pub const MAX_BATCH_REQUESTS: usize = 20;

/// Why a batch could not be built, sent or read.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum BatchError {
    /// `dependsOn` names an id not added before.
    UnknownDependency {
        /// The member.
        id: String,
        /// The id it depends on.
        depends_on: String,
    },
    /// Two members have the same id.
    DuplicateId(String),
    /// More than 20 members are chained by `dependsOn`: Graph needs a chain in one batch.
    ChainTooLong {
        /// The chained members' ids.
        ids: Vec<String>,
    },
    /// A member targets another version or base than the first one.
    MixedRoots {
        /// The batch's version root.
        batch: String,
        /// The member's.
        member: String,
    },
    /// A member's URL does not end with its path (not built by the builders).
    NotUnderRoot(String),
    /// A header of a member is not text.
    BadHeader(String),
    /// The `$batch` response could not be read.
    BadResponse(String),
    /// Graph's answer did not include this member.
    MissingResponse(String),
}

impl fmt::Display for BatchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BatchError::UnknownDependency { id, depends_on } => write!(
                f,
                "batch member `{id}` depends on `{depends_on}`, which was not added before it"
            ),
            BatchError::DuplicateId(id) => write!(f, "batch member id `{id}` is used twice"),
            BatchError::ChainTooLong { ids } => write!(
                f,
                "{} batch members are chained by dependsOn ({}...): a chain must fit in one \
                 $batch of {MAX_BATCH_REQUESTS}; split it into independent chains",
                ids.len(),
                ids.iter().take(3).cloned().collect::<Vec<_>>().join(", ")
            ),
            BatchError::MixedRoots { batch, member } => write!(
                f,
                "a $batch goes to one version root: `{member}` is not `{batch}`"
            ),
            BatchError::NotUnderRoot(url) => {
                write!(f, "batch member URL `{url}` does not end with its path")
            }
            BatchError::BadHeader(name) => write!(f, "batch member header `{name}` is not text"),
            BatchError::BadResponse(m) => write!(f, "$batch response: {m}"),
            BatchError::MissingResponse(id) => {
                write!(f, "the $batch response has no member `{id}`")
            }
        }
    }
}

impl std::error::Error for BatchError {}

#[derive(Debug, Clone)]
struct Member {
    id: String,
    method: Method,
    /// Relative to the version root, with a leading `/` and the query.
    url: String,
    headers: Vec<(String, String)>,
    body: Option<Value>,
    depends_on: Vec<String>,
}

/// Requests to send together. Add them with [`Batch::add`] / [`Batch::add_after`], send with
/// [`Client::send_batch`], read each result with [`BatchResponses::get`].
#[derive(Debug, Clone, Default)]
pub struct Batch {
    root: Option<String>,
    members: Vec<Member>,
    next_id: usize,
}

/// A member of a batch: its id and the response kind its result is read with.
pub struct BatchItem<R> {
    id: String,
    kind: PhantomData<fn() -> R>,
}

impl<R> BatchItem<R> {
    /// The member's id (for `dependsOn`).
    pub fn id(&self) -> &str {
        &self.id
    }
}

impl<R> Clone for BatchItem<R> {
    fn clone(&self) -> Self {
        BatchItem {
            id: self.id.clone(),
            kind: PhantomData,
        }
    }
}

impl<R> fmt::Debug for BatchItem<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("BatchItem").field(&self.id).finish()
    }
}

impl Batch {
    /// An empty batch.
    pub fn new() -> Self {
        Batch::default()
    }

    /// Members added.
    pub fn len(&self) -> usize {
        self.members.len()
    }

    /// Whether nothing was added.
    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    /// Adds a request; its id is the next number (`"1"`, `"2"`, ...).
    pub fn add<B: RequestBody, R: ResponseKind>(
        &mut self,
        request: &Request<B, R>,
    ) -> Result<BatchItem<R>, Error> {
        self.add_after(request, &[])
    }

    /// Adds a request that runs after the members `depends_on` (ids added before).
    pub fn add_after<B: RequestBody, R: ResponseKind>(
        &mut self,
        request: &Request<B, R>,
        depends_on: &[&str],
    ) -> Result<BatchItem<R>, Error> {
        let mut n = self.next_id + 1;
        while self.members.iter().any(|m| m.id == n.to_string()) {
            n += 1;
        }
        let item = self.add_with_id(n.to_string(), request, depends_on)?;
        self.next_id = n;
        Ok(item)
    }

    /// Adds a request with a chosen id.
    pub fn add_with_id<B: RequestBody, R: ResponseKind>(
        &mut self,
        id: impl Into<String>,
        request: &Request<B, R>,
        depends_on: &[&str],
    ) -> Result<BatchItem<R>, Error> {
        let id = id.into();
        if self.members.iter().any(|m| m.id == id) {
            return Err(BatchError::DuplicateId(id).into());
        }
        for d in depends_on {
            if !self.members.iter().any(|m| m.id == *d) {
                return Err(BatchError::UnknownDependency {
                    id,
                    depends_on: d.to_string(),
                }
                .into());
            }
        }
        let http = request.to_http()?;
        let full = request.url();
        let before_query = full.split('?').next().unwrap_or_default();
        let root = before_query
            .strip_suffix(request.path())
            .ok_or_else(|| BatchError::NotUnderRoot(full.clone()))?
            .to_string();
        match &self.root {
            Some(r) if *r != root => {
                return Err(BatchError::MixedRoots {
                    batch: r.clone(),
                    member: root,
                }
                .into());
            }
            Some(_) => {}
            None => self.root = Some(root.clone()),
        }
        let mut url = full[root.len()..].to_string();
        if !url.starts_with('/') {
            url.insert(0, '/');
        }
        let mut headers = Vec::new();
        for (name, value) in http.headers() {
            let v = value
                .to_str()
                .map_err(|_| BatchError::BadHeader(name.to_string()))?;
            headers.push((name.to_string(), v.to_string()));
        }
        let body = if http.body().is_empty() {
            None
        } else {
            let json_type = http
                .headers()
                .get(http::header::CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .is_some_and(|ct| ct.to_ascii_lowercase().contains("json"));
            let parsed = if json_type {
                serde_json::from_slice::<Value>(http.body()).ok()
            } else {
                None
            };
            Some(parsed.unwrap_or_else(|| {
                Value::String(base64::engine::general_purpose::STANDARD.encode(http.body()))
            }))
        };
        self.members.push(Member {
            id: id.clone(),
            method: http.method().clone(),
            url,
            headers,
            body,
            depends_on: depends_on.iter().map(|d| d.to_string()).collect(),
        });
        Ok(BatchItem {
            id,
            kind: PhantomData,
        })
    }
}

/// The members' responses.
#[derive(Debug, Clone, Default)]
pub struct BatchResponses {
    responses: HashMap<String, RawResponse>,
    batches_sent: usize,
}

impl BatchResponses {
    /// A member's typed result, or its Graph error.
    pub fn get<R: ResponseKind>(&self, item: &BatchItem<R>) -> Result<R::Output, Error> {
        self.raw(&item.id)
            .ok_or_else(|| Error::Batch(BatchError::MissingResponse(item.id.clone())))?
            .parse::<R>()
    }

    /// A member's response as received (status, headers, body bytes).
    pub fn raw(&self, id: &str) -> Option<&RawResponse> {
        self.responses.get(id)
    }

    /// How many `$batch` requests were sent (splits and re-sends of throttled members).
    pub fn batches_sent(&self) -> usize {
        self.batches_sent
    }
}

/// Splits members into batches of at most 20, each chain of `dependsOn` (a connected group)
/// whole, in the order added. `deps` gives, per member, the indices it depends on.
fn plan(ids: &[&str], deps: &[Vec<usize>]) -> Result<Vec<Vec<usize>>, BatchError> {
    let n = ids.len();
    let mut parent: Vec<usize> = (0..n).collect();
    fn find(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for (i, ds) in deps.iter().enumerate() {
        for &d in ds {
            let (a, b) = (find(&mut parent, i), find(&mut parent, d));
            if a != b {
                parent[a.max(b)] = a.min(b);
            }
        }
    }
    // Groups in order of their first member, members in order added.
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut group_of: HashMap<usize, usize> = HashMap::new();
    for i in 0..n {
        let r = find(&mut parent, i);
        let g = *group_of.entry(r).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[g].push(i);
    }
    let mut batches: Vec<Vec<usize>> = Vec::new();
    for g in groups {
        if g.len() > MAX_BATCH_REQUESTS {
            return Err(BatchError::ChainTooLong {
                ids: g.iter().map(|&i| ids[i].to_string()).collect(),
            });
        }
        match batches.last_mut() {
            Some(b) if b.len() + g.len() <= MAX_BATCH_REQUESTS => b.extend(g),
            _ => batches.push(g),
        }
    }
    Ok(batches)
}

#[derive(Deserialize)]
struct WireBatch {
    responses: Vec<WireResponse>,
}

#[derive(Deserialize)]
struct WireResponse {
    id: String,
    status: u16,
    #[serde(default)]
    headers: Map<String, Value>,
    #[serde(default)]
    body: Option<Value>,
}

fn member_response(r: WireResponse) -> RawResponse {
    let mut headers = HeaderMap::new();
    for (k, v) in r.headers {
        let text = match v {
            Value::String(s) => s,
            other => other.to_string(),
        };
        if let (Ok(n), Ok(v)) = (
            HeaderName::from_bytes(k.as_bytes()),
            HeaderValue::from_str(&text),
        ) {
            headers.append(n, v);
        }
    }
    let content_type = headers
        .get(http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    let body = match r.body {
        None | Some(Value::Null) => Vec::new(),
        // Graph base64-encodes non-JSON, non-text bodies.
        Some(Value::String(s)) if !content_type.contains("json") => {
            if content_type.starts_with("text/") {
                s.into_bytes()
            } else {
                base64::engine::general_purpose::STANDARD
                    .decode(&s)
                    .unwrap_or_else(|_| s.into_bytes())
            }
        }
        Some(v) => serde_json::to_vec(&v).unwrap_or_default(),
    };
    RawResponse {
        status: r.status,
        headers,
        body,
    }
}

impl Client {
    /// Sends a batch (split into several `$batch` requests past 20 members), re-sends throttled
    /// members after their `Retry-After`, and returns every member's response.
    pub async fn send_batch(&self, batch: Batch) -> Result<BatchResponses, Error> {
        let mut out = BatchResponses::default();
        let Some(root) = batch.root.clone() else {
            return Ok(out);
        };
        let members = batch.members;
        let index: HashMap<&str, usize> = members
            .iter()
            .enumerate()
            .map(|(i, m)| (m.id.as_str(), i))
            .collect();
        let policy = self.retry_policy().clone();
        let mut clock = Clock::start();
        let mut todo: Vec<usize> = (0..members.len()).collect();
        let mut round = 0u32;
        loop {
            round += 1;
            // dependsOn only within this round's members (done ones are done).
            let in_round: HashMap<usize, usize> =
                todo.iter().enumerate().map(|(k, &i)| (i, k)).collect();
            let ids: Vec<&str> = todo.iter().map(|&i| members[i].id.as_str()).collect();
            let deps: Vec<Vec<usize>> = todo
                .iter()
                .map(|&i| {
                    members[i]
                        .depends_on
                        .iter()
                        .filter_map(|d| index.get(d.as_str()))
                        .filter_map(|j| in_round.get(j).copied())
                        .collect()
                })
                .collect();
            let batches = plan(&ids, &deps)?;
            let mut retry: Vec<usize> = Vec::new();
            let mut delay = None;
            for b in batches {
                let chosen: Vec<usize> = b.iter().map(|&k| todo[k]).collect();
                let sent: Vec<(&Member, Vec<&str>)> = chosen
                    .iter()
                    .zip(&b)
                    .map(|(&i, &k)| {
                        let d = deps[k].iter().map(|&dk| ids[dk]).collect();
                        (&members[i], d)
                    })
                    .collect();
                let responses = self.send_one_batch(&root, &sent).await?;
                out.batches_sent += 1;
                for (id, raw) in responses {
                    out.responses.insert(id, raw);
                }
                // Throttled members, then members that failed only because one of them did.
                let mut again: Vec<usize> = Vec::new();
                for &i in &chosen {
                    let m = &members[i];
                    let Some(raw) = out.responses.get(&m.id) else {
                        continue;
                    };
                    let after = retry_after(&raw.headers, SystemTime::now());
                    if RetryPolicy::is_retryable(&m.method, raw.status, after.is_some()) {
                        let d = after.unwrap_or_else(|| policy.backoff(round));
                        if delay.is_none_or(|(x, _, _)| d > x) {
                            delay = Some((d, raw.status, after.is_some()));
                        }
                        again.push(i);
                    } else if raw.status == 424
                        && m.depends_on.iter().any(|d| {
                            index
                                .get(d.as_str())
                                .is_some_and(|j| again.contains(j) || retry.contains(j))
                        })
                    {
                        again.push(i);
                    }
                }
                retry.extend(again);
            }
            let Some((delay, status, from_retry_after)) = delay else {
                return Ok(out);
            };
            if retry.is_empty()
                || round >= policy.max_attempts
                || clock.elapsed().saturating_add(delay) > policy.max_elapsed
            {
                return Ok(out);
            }
            let event = RetryEvent {
                attempt: round,
                reason: RetryReason::Status(status),
                delay,
                from_retry_after,
            };
            clock.wait(self.sleeper(), &event).await;
            retry.sort_unstable();
            todo = retry;
        }
    }

    async fn send_one_batch(
        &self,
        root: &str,
        members: &[(&Member, Vec<&str>)],
    ) -> Result<Vec<(String, RawResponse)>, Error> {
        let requests: Vec<Value> = members
            .iter()
            .map(|(m, deps)| {
                let mut headers: BTreeMap<String, String> = m.headers.iter().cloned().collect();
                for (name, value) in self.default_headers() {
                    let present = headers
                        .keys()
                        .any(|k| k.eq_ignore_ascii_case(name.as_str()));
                    if let (false, Ok(v)) = (present, value.to_str()) {
                        headers.insert(name.to_string(), v.to_string());
                    }
                }
                let mut o = Map::new();
                o.insert("id".into(), json!(m.id));
                o.insert("method".into(), json!(m.method.as_str()));
                o.insert("url".into(), json!(m.url));
                if !headers.is_empty() {
                    o.insert("headers".into(), json!(headers));
                }
                if let Some(b) = &m.body {
                    o.insert("body".into(), b.clone());
                }
                if !deps.is_empty() {
                    o.insert("dependsOn".into(), json!(deps));
                }
                Value::Object(o)
            })
            .collect();
        let body = serde_json::to_vec(&json!({ "requests": requests }))
            .map_err(|e| BatchError::BadResponse(e.to_string()))?;
        let request = http::Request::builder()
            .method(Method::POST)
            .uri(format!("{root}/$batch"))
            .header(http::header::CONTENT_TYPE, "application/json")
            .body(body)
            .map_err(|e| Error::Config(format!("$batch request: {e}")))?;
        let raw = self.execute(request, SendOptions::GRAPH).await?;
        if !(200..300).contains(&raw.status) {
            return Err(raw.graph_error());
        }
        let wire: WireBatch = serde_json::from_slice(&raw.body)
            .map_err(|e| BatchError::BadResponse(e.to_string()))?;
        Ok(wire
            .responses
            .into_iter()
            .map(|r| (r.id.clone(), member_response(r)))
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(n: usize) -> Vec<String> {
        (1..=n).map(|i| i.to_string()).collect()
    }

    #[test]
    fn independent_members_split_at_twenty() {
        let names = ids(45);
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        let deps = vec![Vec::new(); 45];
        let b = plan(&refs, &deps).expect("plan");
        assert_eq!(b.iter().map(Vec::len).collect::<Vec<_>>(), vec![20, 20, 5]);
        assert_eq!(b.concat(), (0..45).collect::<Vec<_>>());
    }

    #[test]
    fn chains_stay_whole() {
        // 18 independent, then a chain of 5 (18 <- 19 <- ... <- 22): the chain moves whole.
        let names = ids(23);
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        let mut deps = vec![Vec::new(); 23];
        for (i, d) in deps.iter_mut().enumerate().skip(19) {
            d.push(i - 1);
        }
        let b = plan(&refs, &deps).expect("plan");
        assert_eq!(b[0], (0..18).collect::<Vec<_>>());
        assert_eq!(b[1], (18..23).collect::<Vec<_>>());
    }

    #[test]
    fn a_chain_longer_than_twenty_is_an_error() {
        let names = ids(21);
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        let deps: Vec<Vec<usize>> = (0..21)
            .map(|i| if i == 0 { vec![] } else { vec![0] })
            .collect();
        match plan(&refs, &deps) {
            Err(BatchError::ChainTooLong { ids }) => assert_eq!(ids.len(), 21),
            other => panic!("expected ChainTooLong, got {other:?}"),
        }
    }
}
