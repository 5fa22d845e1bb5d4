//! Shared by the integration tests: a loopback HTTP server (axum on 127.0.0.1) that records
//! every request as received and answers through a closure, and a sleeper that records the
//! retry waits instead of waiting them out.
#![allow(dead_code)]

use axum::body::Body;
use axum::extract::{Request, State};
use axum::response::Response;
use futures::future::BoxFuture;
use msgraph_client::retry::{RetryEvent, Sleeper};
use msgraph_client::{Client, auth::StaticToken};
use msgraph_core::request::Cloud;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// A request as the server received it.
#[derive(Clone, Debug)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    pub query: Option<String>,
    pub headers: http::HeaderMap,
    pub body: Vec<u8>,
}

impl Recorded {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).expect("a JSON body")
    }

    /// `http://{host}` as the client addressed this server (for absolute links in replies).
    pub fn base(&self) -> String {
        format!("http://{}", self.header("host").unwrap_or("127.0.0.1"))
    }

    /// `path?query`.
    pub fn target(&self) -> String {
        match &self.query {
            Some(q) => format!("{}?{q}", self.path),
            None => self.path.clone(),
        }
    }
}

/// What the server answers.
#[derive(Clone, Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub delay: Option<Duration>,
}

impl Reply {
    pub fn status(status: u16) -> Reply {
        Reply {
            status,
            headers: Vec::new(),
            body: Vec::new(),
            delay: None,
        }
    }

    pub fn json(status: u16, value: serde_json::Value) -> Reply {
        Reply {
            body: serde_json::to_vec(&value).expect("JSON"),
            ..Reply::status(status)
        }
        .header("Content-Type", "application/json")
    }

    pub fn header(mut self, name: &str, value: impl Into<String>) -> Reply {
        self.headers.push((name.to_string(), value.into()));
        self
    }

    pub fn delayed(mut self, delay: Duration) -> Reply {
        self.delay = Some(delay);
        self
    }

    /// A Graph error body.
    pub fn graph_error(status: u16, code: &str, message: &str) -> Reply {
        Reply::json(
            status,
            serde_json::json!({"error": {"code": code, "message": message,
                "innerError": {"request-id": "r-1", "date": "2026-11-27T10:00:00"}}}),
        )
    }
}

type Handler = dyn Fn(&Recorded, usize) -> Reply + Send + Sync;

#[derive(Clone)]
struct Shared {
    log: Arc<Mutex<Vec<Recorded>>>,
    handler: Arc<Handler>,
}

/// A loopback server: `base` is `http://127.0.0.1:{port}`.
pub struct Mock {
    pub base: String,
    log: Arc<Mutex<Vec<Recorded>>>,
}

async fn serve(State(shared): State<Shared>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let body = axum::body::to_bytes(body, 200 * 1024 * 1024)
        .await
        .expect("request body")
        .to_vec();
    let recorded = Recorded {
        method: parts.method.to_string(),
        path: parts.uri.path().to_string(),
        query: parts.uri.query().map(str::to_string),
        headers: parts.headers,
        body,
    };
    let index = {
        let mut log = shared.log.lock().expect("log");
        log.push(recorded.clone());
        log.len() - 1
    };
    let reply = (shared.handler)(&recorded, index);
    if let Some(d) = reply.delay {
        tokio::time::sleep(d).await;
    }
    let mut response = Response::builder().status(reply.status);
    for (k, v) in &reply.headers {
        response = response.header(k, v);
    }
    response.body(Body::from(reply.body)).expect("response")
}

impl Mock {
    /// Starts a server answering each request with `handler(request, index)` (index: its
    /// position among all requests received).
    pub async fn start(
        handler: impl Fn(&Recorded, usize) -> Reply + Send + Sync + 'static,
    ) -> Mock {
        let log = Arc::new(Mutex::new(Vec::new()));
        let shared = Shared {
            log: log.clone(),
            handler: Arc::new(handler),
        };
        let app = axum::Router::new().fallback(serve).with_state(shared);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind loopback");
        let base = format!("http://{}", listener.local_addr().expect("address"));
        tokio::spawn(async move {
            axum::serve(listener, app).await.expect("serve");
        });
        Mock { base, log }
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.log.lock().expect("log").clone()
    }

    pub fn count(&self) -> usize {
        self.log.lock().expect("log").len()
    }

    pub fn cloud(&self) -> Cloud {
        Cloud::Custom(self.base.clone())
    }
}

/// Records each retry wait and waits only a millisecond.
#[derive(Default)]
pub struct RecordingSleeper {
    events: Mutex<Vec<RetryEvent>>,
}

impl RecordingSleeper {
    pub fn events(&self) -> Vec<RetryEvent> {
        self.events.lock().expect("events").clone()
    }

    pub fn delays(&self) -> Vec<Duration> {
        self.events().into_iter().map(|e| e.delay).collect()
    }
}

impl Sleeper for RecordingSleeper {
    fn sleep(&self, event: &RetryEvent) -> BoxFuture<'static, ()> {
        self.events.lock().expect("events").push(event.clone());
        Box::pin(tokio::time::sleep(Duration::from_millis(1)))
    }
}

/// A client for `mock` with token `test-token` and a recording sleeper.
pub fn client(mock: &Mock) -> (Client, Arc<RecordingSleeper>) {
    let sleeper = Arc::new(RecordingSleeper::default());
    let client = Client::builder()
        .cloud(mock.cloud())
        .token_provider(StaticToken::new("test-token"))
        .sleeper(sleeper.clone())
        .build()
        .expect("client");
    (client, sleeper)
}
