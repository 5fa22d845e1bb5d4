//! The client: sends any `msgraph_core` request with reqwest and returns its typed response
//! (`R::Output`) or the typed Graph error. It adds the bearer token, the default headers
//! (`ConsistencyLevel`, `Prefer`, ...) and the user agent, and retries throttled and
//! unavailable responses (see [`crate::retry`]).

use crate::auth::{StaticToken, TokenCache, TokenProvider, default_scope};
use crate::error::Error;
use crate::retry::{Clock, RetryPolicy, Sleeper, default_sleeper};
use http::header::{AUTHORIZATION, HeaderName, HeaderValue};
use http::{HeaderMap, Method};
use msgraph_core::request::{Cloud, GraphError, Request, RequestBody, ResponseKind};
use std::sync::Arc;
use std::time::Duration;

/// A response as received: status, headers and body bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawResponse {
    /// HTTP status.
    pub status: u16,
    /// Response headers.
    pub headers: HeaderMap,
    /// Body bytes.
    pub body: Vec<u8>,
}

impl RawResponse {
    /// Reads this response as the kind `R` expects (the typed value or the Graph error).
    pub fn parse<R: ResponseKind>(&self) -> Result<R::Output, Error> {
        R::parse(self.status, &self.headers, &self.body).map_err(Error::from)
    }

    /// This response read as a Graph error (whatever its status).
    pub fn graph_error(&self) -> Error {
        Error::Graph(Box::new(GraphError::parse(
            self.status,
            &self.headers,
            &self.body,
        )))
    }
}

/// An async Microsoft Graph client. Cheap to clone (shared connection pool and token cache).
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    http: reqwest::Client,
    cloud: Cloud,
    auth: Option<TokenCache>,
    default_headers: HeaderMap,
    retry: RetryPolicy,
    sleeper: Arc<dyn Sleeper>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("cloud", &self.inner.cloud)
            .field("authenticated", &self.inner.auth.is_some())
            .field("default_headers", &self.inner.default_headers)
            .field("retry", &self.inner.retry)
            .finish_non_exhaustive()
    }
}

/// Whether a send attaches the token and the default headers.
#[derive(Clone, Copy, Debug)]
pub(crate) struct SendOptions {
    /// Attach `Authorization` (not on upload URLs, which are pre-authenticated).
    pub auth: bool,
    /// Attach the client's default headers.
    pub defaults: bool,
}

impl SendOptions {
    pub(crate) const GRAPH: SendOptions = SendOptions {
        auth: true,
        defaults: true,
    };
    pub(crate) const BARE: SendOptions = SendOptions {
        auth: false,
        defaults: false,
    };
}

/// Configures a [`Client`].
pub struct ClientBuilder {
    cloud: Cloud,
    timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
    user_agent: String,
    default_headers: Vec<(String, String)>,
    provider: Option<Arc<dyn TokenProvider>>,
    scopes: Option<Vec<String>>,
    refresh_margin: Duration,
    retry: RetryPolicy,
    sleeper: Arc<dyn Sleeper>,
}

impl Default for ClientBuilder {
    fn default() -> Self {
        ClientBuilder {
            cloud: Cloud::Global,
            timeout: Some(Duration::from_secs(100)),
            connect_timeout: Some(Duration::from_secs(10)),
            user_agent: concat!("msgraph-client/", env!("CARGO_PKG_VERSION")).to_string(),
            default_headers: Vec::new(),
            provider: None,
            scopes: None,
            refresh_margin: Duration::from_secs(120),
            retry: RetryPolicy::default(),
            sleeper: default_sleeper(),
        }
    }
}

impl ClientBuilder {
    /// A builder configured from the environment, for tools, tests and bots run by hand:
    /// `GRAPH_TOKEN` (required) is the bearer token ([`StaticToken`]),
    /// `GRAPH_BASE` (optional) a base URL to send to instead of the global cloud
    /// ([`Cloud::Custom`]: a mock, a proxy). Everything else can still be set on the builder.
    pub fn from_env() -> Result<Self, Error> {
        Self::from_vars(|name| std::env::var(name).ok())
    }

    /// [`ClientBuilder::from_env`] with the variables read by `var`.
    fn from_vars(var: impl Fn(&str) -> Option<String>) -> Result<Self, Error> {
        let token = var("GRAPH_TOKEN")
            .filter(|t| !t.trim().is_empty())
            .ok_or_else(|| Error::Config("GRAPH_TOKEN is not set (or empty)".into()))?;
        let mut builder = Self::default().token_provider(StaticToken::new(token.trim()));
        if let Some(base) = var("GRAPH_BASE").filter(|b| !b.trim().is_empty()) {
            builder = builder.cloud(Cloud::Custom(base.trim().to_string()));
        }
        Ok(builder)
    }

    /// The cloud (base URL) requests must target; it also picks the token scope.
    pub fn cloud(mut self, cloud: Cloud) -> Self {
        self.cloud = cloud;
        self
    }

    /// Timeout of each attempt, from sending to the end of the body (default 100 s; `None`: none).
    pub fn timeout(mut self, timeout: Option<Duration>) -> Self {
        self.timeout = timeout;
        self
    }

    /// Timeout of connecting (default 10 s).
    pub fn connect_timeout(mut self, timeout: Option<Duration>) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// The `User-Agent` header (default `msgraph-client/{version}`).
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// A header sent with every Graph request that does not set it itself.
    pub fn default_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.default_headers.push((name.into(), value.into()));
        self
    }

    /// `ConsistencyLevel: eventual` on every request (advanced directory queries).
    pub fn consistency_eventual(self) -> Self {
        self.default_header("ConsistencyLevel", "eventual")
    }

    /// `Prefer: {value}` on every request (e.g. `odata.maxpagesize=100`).
    pub fn prefer(self, value: impl Into<String>) -> Self {
        self.default_header("Prefer", value)
    }

    /// Where tokens come from (none: requests go without `Authorization`).
    pub fn token_provider(mut self, provider: impl TokenProvider + 'static) -> Self {
        self.provider = Some(Arc::new(provider));
        self
    }

    /// Same as [`ClientBuilder::token_provider`], for a shared provider.
    pub fn token_provider_arc(mut self, provider: Arc<dyn TokenProvider>) -> Self {
        self.provider = Some(provider);
        self
    }

    /// The scopes tokens are asked for (default: the cloud's `.default` scope, see
    /// [`crate::auth::default_scope`]).
    pub fn scopes(mut self, scopes: Vec<String>) -> Self {
        self.scopes = Some(scopes);
        self
    }

    /// A cached token is renewed when it has less than this left (default 2 minutes).
    pub fn token_refresh_margin(mut self, margin: Duration) -> Self {
        self.refresh_margin = margin;
        self
    }

    /// The retry policy (default [`RetryPolicy::default`]).
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// Who waits between attempts (default `tokio::time::sleep`).
    pub fn sleeper(mut self, sleeper: Arc<dyn Sleeper>) -> Self {
        self.sleeper = sleeper;
        self
    }

    /// Builds the client.
    pub fn build(self) -> Result<Client, Error> {
        let mut default_headers = HeaderMap::new();
        for (name, value) in &self.default_headers {
            let n = HeaderName::from_bytes(name.as_bytes())
                .map_err(|e| Error::Config(format!("header name `{name}`: {e}")))?;
            let v = HeaderValue::from_str(value)
                .map_err(|e| Error::Config(format!("header `{name}` value: {e}")))?;
            default_headers.insert(n, v);
        }
        let mut http = reqwest::Client::builder().user_agent(self.user_agent);
        if let Some(t) = self.timeout {
            http = http.timeout(t);
        }
        if let Some(t) = self.connect_timeout {
            http = http.connect_timeout(t);
        }
        let http = http
            .build()
            .map_err(|e| Error::Config(format!("HTTP client: {e}")))?;
        let scopes = self
            .scopes
            .unwrap_or_else(|| vec![default_scope(&self.cloud)]);
        let auth = self
            .provider
            .map(|p| TokenCache::new(p, scopes, self.refresh_margin));
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                cloud: self.cloud,
                auth,
                default_headers,
                retry: self.retry,
                sleeper: self.sleeper,
            }),
        })
    }
}

impl Client {
    /// A builder with the defaults (global cloud, no token provider).
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client configured from the environment (`GRAPH_TOKEN`, optional `GRAPH_BASE`): see
    /// [`ClientBuilder::from_env`].
    pub fn from_env() -> Result<Client, Error> {
        ClientBuilder::from_env()?.build()
    }

    /// The cloud requests must target: build them with `v1::api_with(client.cloud().clone())`.
    pub fn cloud(&self) -> &Cloud {
        &self.inner.cloud
    }

    /// The retry policy.
    pub fn retry_policy(&self) -> &RetryPolicy {
        &self.inner.retry
    }

    pub(crate) fn sleeper(&self) -> &dyn Sleeper {
        &*self.inner.sleeper
    }

    pub(crate) fn default_headers(&self) -> &HeaderMap {
        &self.inner.default_headers
    }

    /// Sends a request and reads its typed response, or the typed Graph error.
    pub async fn send<B: RequestBody, R: ResponseKind>(
        &self,
        request: &Request<B, R>,
    ) -> Result<R::Output, Error> {
        let raw = self.send_raw(request).await?;
        request
            .parse_response(raw.status, &raw.headers, &raw.body)
            .map_err(Error::from)
    }

    /// Sends a request and returns the response as received (any status).
    pub async fn send_raw<B: RequestBody, R>(
        &self,
        request: &Request<B, R>,
    ) -> Result<RawResponse, Error> {
        let http = request.to_http()?;
        self.execute(http, SendOptions::GRAPH).await
    }

    /// Sends any `http` request to Graph with the token, the default headers and retries.
    pub async fn send_http(&self, request: http::Request<Vec<u8>>) -> Result<RawResponse, Error> {
        self.execute(request, SendOptions::GRAPH).await
    }

    /// The token check: credentials only go under the client's base URL.
    fn check_url(&self, url: &str) -> Result<(), Error> {
        let base = self.inner.cloud.base_url();
        let ok = url.len() > base.len()
            && url.is_char_boundary(base.len())
            && url[..base.len()].eq_ignore_ascii_case(base)
            && matches!(url.as_bytes()[base.len()], b'/' | b'?');
        if ok {
            Ok(())
        } else {
            Err(Error::ForeignUrl {
                url: url.to_string(),
                expected: base.to_string(),
            })
        }
    }

    pub(crate) async fn execute(
        &self,
        request: http::Request<Vec<u8>>,
        options: SendOptions,
    ) -> Result<RawResponse, Error> {
        let (parts, body) = request.into_parts();
        let url = parts.uri.to_string();
        let method = parts.method;
        let mut headers = parts.headers;
        if options.defaults {
            for (name, value) in &self.inner.default_headers {
                if !headers.contains_key(name) {
                    headers.insert(name.clone(), value.clone());
                }
            }
        }
        let auth = match &self.inner.auth {
            Some(cache) if options.auth => {
                self.check_url(&url)?;
                Some(cache)
            }
            _ => None,
        };
        // No body on a bodiless GET/DELETE; an empty POST still says `Content-Length: 0`.
        let send_body = !body.is_empty()
            || !matches!(
                method,
                Method::GET | Method::HEAD | Method::DELETE | Method::OPTIONS
            );
        let policy = &self.inner.retry;
        let mut clock = Clock::start();
        let mut attempt = 0u32;
        loop {
            attempt += 1;
            let mut h = headers.clone();
            if let Some(cache) = auth {
                let value = cache.authorization().await?;
                let mut value = HeaderValue::from_str(&value)
                    .map_err(|_| Error::Config("the token is not a valid header value".into()))?;
                value.set_sensitive(true);
                h.insert(AUTHORIZATION, value);
            }
            let mut req = self
                .inner
                .http
                .request(method.clone(), url.as_str())
                .headers(h);
            if send_body {
                req = req.body(body.clone());
            }
            let event = match req.send().await {
                Ok(resp) => {
                    let status = resp.status().as_u16();
                    let resp_headers = resp.headers().clone();
                    let bytes = resp.bytes().await.map_err(Error::Transport)?;
                    let raw = RawResponse {
                        status,
                        headers: resp_headers,
                        body: bytes.to_vec(),
                    };
                    match policy.on_response(&method, status, &raw.headers, attempt) {
                        Some(ev)
                            if clock.elapsed().saturating_add(ev.delay) <= policy.max_elapsed =>
                        {
                            ev
                        }
                        _ => return Ok(raw),
                    }
                }
                Err(e) if e.is_connect() => match policy.on_connect_error(attempt) {
                    Some(ev) if clock.elapsed().saturating_add(ev.delay) <= policy.max_elapsed => {
                        ev
                    }
                    _ => return Err(Error::Transport(e)),
                },
                Err(e) => return Err(Error::Transport(e)),
            };
            clock.wait(&*self.inner.sleeper, &event).await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn from_env_needs_a_token() {
        for missing in [
            &[][..],
            &[("GRAPH_TOKEN", "  ")][..],
            &[("GRAPH_BASE", "http://x")][..],
        ] {
            let err = ClientBuilder::from_vars(vars(missing))
                .err()
                .expect("an error");
            assert!(
                matches!(&err, Error::Config(m) if m.contains("GRAPH_TOKEN")),
                "{err}"
            );
        }
    }

    #[test]
    fn from_env_reads_the_base_url() {
        let client = ClientBuilder::from_vars(vars(&[("GRAPH_TOKEN", "t")]))
            .and_then(ClientBuilder::build)
            .expect("client");
        assert_eq!(client.cloud(), &Cloud::Global);
        assert!(client.inner.auth.is_some());
        let client = ClientBuilder::from_vars(vars(&[
            ("GRAPH_TOKEN", "t"),
            ("GRAPH_BASE", " http://127.0.0.1:9/ "),
        ]))
        .and_then(ClientBuilder::build)
        .expect("client");
        assert_eq!(client.cloud().base_url(), "http://127.0.0.1:9");
    }
}
