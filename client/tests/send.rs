//! Sending single requests to a loopback server: the exact request on the wire (method,
//! path, query, headers with Authorization and the defaults, body bytes), typed responses
//! and typed Graph errors, the credential check on foreign URLs, the token cache and the
//! scopes per cloud, timeouts.

use crate::common;

use common::{Mock, Reply, client};
use futures::future::BoxFuture;
use msgraph_client::auth::{AccessToken, AuthError, StaticToken, TokenProvider, default_scope};
use msgraph_client::{Client, Error, RetryPolicy};
use msgraph_core::Field;
use msgraph_core::request::Cloud;
use msgraph_models::v1;
use serde_json::json;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

fn answer_params() -> v1::params::CallAnswerParams {
    v1::params::CallAnswerParams {
        callback_uri: Field::Value("https://bot.contoso.com/callback".into()),
        accepted_modalities: Field::Value(vec![v1::Modality::Audio]),
        ..Default::default()
    }
}

#[tokio::test]
async fn exact_request_on_the_wire_and_typed_completion() {
    let mock = Mock::start(|_, _| {
        Reply::status(202).header(
            "Location",
            "https://graph.microsoft.com/v1.0/communications/calls/a%2Fb/operations/op1",
        )
    })
    .await;
    let client = Client::builder()
        .cloud(mock.cloud())
        .token_provider(StaticToken::new("tok-123"))
        .user_agent("bot/1.0")
        .consistency_eventual()
        .prefer("return=minimal")
        .build()
        .expect("client");
    let request = v1::api_with(client.cloud().clone())
        .communications()
        .calls()
        .by_id("a/b")
        .answer(answer_params())
        .header("client-request-id", "c0ffee");
    let done = client.send(&request).await.expect("accepted");
    assert_eq!(done.status, 202);
    assert_eq!(
        done.location.as_deref(),
        Some("https://graph.microsoft.com/v1.0/communications/calls/a%2Fb/operations/op1")
    );

    let seen = mock.requests();
    assert_eq!(seen.len(), 1);
    let r = &seen[0];
    assert_eq!(r.method, "POST");
    assert_eq!(r.path, "/v1.0/communications/calls/a%2Fb/answer");
    assert_eq!(r.query, None);
    assert_eq!(
        r.body,
        br#"{"callbackUri":"https://bot.contoso.com/callback","acceptedModalities":["audio"]}"#
    );
    let mut names: Vec<&str> = r.headers.keys().map(|k| k.as_str()).collect();
    names.sort_unstable();
    assert_eq!(
        names,
        [
            "accept",
            "authorization",
            "client-request-id",
            "consistencylevel",
            "content-length",
            "content-type",
            "host",
            "prefer",
            "user-agent"
        ]
    );
    assert_eq!(r.header("authorization"), Some("Bearer tok-123"));
    assert_eq!(r.header("consistencylevel"), Some("eventual"));
    assert_eq!(r.header("prefer"), Some("return=minimal"));
    assert_eq!(r.header("user-agent"), Some("bot/1.0"));
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert_eq!(r.header("client-request-id"), Some("c0ffee"));
    assert_eq!(
        r.header("content-length"),
        Some(r.body.len().to_string().as_str())
    );
}

#[tokio::test]
async fn query_options_no_body_on_get_and_a_typed_page() {
    let mock = Mock::start(|_, _| {
        Reply::json(
            200,
            json!({"@odata.context": "ctx", "value": [
                {"id": "c1", "state": "established"},
                {"id": "c2", "state": "incoming"}
            ]}),
        )
    })
    .await;
    let (client, _) = client(&mock);
    let request = v1::api_with(client.cloud().clone())
        .communications()
        .calls()
        .list()
        .select(&["id", "state"])
        .top(2)
        // The request's own header wins over a default one.
        .header("Prefer", "odata.maxpagesize=2");
    let client = Client::builder()
        .cloud(client.cloud().clone())
        .token_provider(StaticToken::new("t"))
        .prefer("return=minimal")
        .build()
        .expect("client");
    let page = client.send(&request).await.expect("page");
    let ids: Vec<&str> = page
        .value
        .iter()
        .filter_map(|c| c.id.value().map(String::as_str))
        .collect();
    assert_eq!(ids, ["c1", "c2"]);
    assert_eq!(page.value[1].state.value(), Some(&v1::CallState::Incoming));
    assert_eq!(page.extra.get_value("@odata.context"), Some(json!("ctx")));

    let r = &mock.requests()[0];
    assert_eq!(r.method, "GET");
    assert_eq!(r.path, "/v1.0/communications/calls");
    assert_eq!(r.query.as_deref(), Some("$select=id,state&$top=2"));
    assert_eq!(r.header("prefer"), Some("odata.maxpagesize=2"));
    assert_eq!(r.headers.get_all("prefer").iter().count(), 1);
    assert_eq!(r.header("content-type"), None);
    assert_eq!(r.header("content-length"), None);
    assert!(r.body.is_empty());
}

#[tokio::test]
async fn graph_errors_are_typed_and_not_retried() {
    let mock =
        Mock::start(|_, _| Reply::graph_error(404, "itemNotFound", "The call does not exist."))
            .await;
    let (client, sleeper) = client(&mock);
    let request = v1::api_with(client.cloud().clone())
        .communications()
        .calls()
        .by_id("gone")
        .get();
    let err = client.send(&request).await.expect_err("404");
    let g = err.graph().expect("a Graph error");
    assert_eq!(g.status, 404);
    assert_eq!(g.code, "itemNotFound");
    assert_eq!(g.message, "The call does not exist.");
    assert_eq!(
        g.inner_error.as_ref().and_then(|i| i.get("request-id")),
        Some(&json!("r-1"))
    );
    assert_eq!(
        err.to_string(),
        "Graph error 404 itemNotFound: The call does not exist."
    );
    assert_eq!(mock.count(), 1);
    assert!(sleeper.events().is_empty());
}

#[tokio::test]
async fn a_body_of_the_wrong_shape_is_a_decode_error() {
    let mock = Mock::start(|_, _| Reply::json(200, json!({"id": 42}))).await;
    let (client, _) = client(&mock);
    let request = v1::api_with(client.cloud().clone())
        .communications()
        .calls()
        .by_id("x")
        .get();
    match client.send(&request).await {
        Err(Error::Decode(e)) => assert!(e.to_string().contains("$.id"), "{e}"),
        other => panic!("expected a decode error, got {other:?}"),
    }
}

#[tokio::test]
async fn credentials_never_go_to_another_base() {
    let mock = Mock::start(|_, _| Reply::status(204)).await;
    let (client, _) = client(&mock);
    // Built for graph.microsoft.com, sent by a client of the mock's cloud.
    let request = v1::api().communications().calls().by_id("x").delete();
    match client.send(&request).await {
        Err(Error::ForeignUrl { url, expected }) => {
            assert_eq!(
                url,
                "https://graph.microsoft.com/v1.0/communications/calls/x"
            );
            assert_eq!(expected, mock.base);
        }
        other => panic!("expected ForeignUrl, got {other:?}"),
    }
    // A look-alike host is refused too.
    let lookalike = Cloud::Custom(format!("{}0", mock.base));
    let request = v1::api_with(lookalike)
        .communications()
        .calls()
        .by_id("x")
        .delete();
    assert!(matches!(
        client.send(&request).await,
        Err(Error::ForeignUrl { .. })
    ));
    assert_eq!(mock.count(), 0);
}

/// Counts token requests; each token lives `lifetime`.
struct Counting {
    calls: Mutex<Vec<Vec<String>>>,
    lifetime: Duration,
}

impl TokenProvider for Counting {
    fn token<'a>(&'a self, scopes: &'a [String]) -> BoxFuture<'a, Result<AccessToken, AuthError>> {
        let n = {
            let mut calls = self.calls.lock().expect("calls");
            calls.push(scopes.to_vec());
            calls.len()
        };
        let lifetime = self.lifetime;
        Box::pin(async move {
            Ok(AccessToken {
                token: format!("token-{n}"),
                expires_at: SystemTime::now() + lifetime,
            })
        })
    }
}

#[tokio::test]
async fn tokens_are_cached_until_shortly_before_expiry() {
    let mock = Mock::start(|_, _| Reply::status(204)).await;
    let provider = Arc::new(Counting {
        calls: Mutex::new(Vec::new()),
        lifetime: Duration::from_secs(3600),
    });
    let client = Client::builder()
        .cloud(mock.cloud())
        .token_provider_arc(provider.clone())
        .build()
        .expect("client");
    let request = v1::api_with(mock.cloud())
        .communications()
        .calls()
        .by_id("x")
        .delete();
    for _ in 0..3 {
        client.send(&request).await.expect("deleted");
    }
    assert_eq!(
        *provider.calls.lock().expect("calls"),
        vec![vec![format!("{}/.default", mock.base)]]
    );
    let auth: Vec<String> = mock
        .requests()
        .iter()
        .map(|r| r.header("authorization").unwrap_or_default().to_string())
        .collect();
    assert_eq!(auth, ["Bearer token-1"; 3]);

    // A token with less than the margin left is renewed before each use.
    let short = Arc::new(Counting {
        calls: Mutex::new(Vec::new()),
        lifetime: Duration::from_secs(60),
    });
    let client = Client::builder()
        .cloud(mock.cloud())
        .token_provider_arc(short.clone())
        .scopes(vec!["api://custom/.default".into()])
        .token_refresh_margin(Duration::from_secs(120))
        .build()
        .expect("client");
    client.send(&request).await.expect("deleted");
    client.send(&request).await.expect("deleted");
    let calls = short.calls.lock().expect("calls").clone();
    assert_eq!(calls, vec![vec!["api://custom/.default".to_string()]; 2]);
    assert_eq!(
        mock.requests()
            .last()
            .and_then(|r| r.header("authorization").map(str::to_string)),
        Some("Bearer token-2".to_string())
    );
}

#[test]
fn scopes_follow_the_cloud() {
    assert_eq!(
        default_scope(&Cloud::Global),
        "https://graph.microsoft.com/.default"
    );
    assert_eq!(
        default_scope(&Cloud::UsGovL4),
        "https://graph.microsoft.us/.default"
    );
    assert_eq!(
        default_scope(&Cloud::UsGovL5Dod),
        "https://dod-graph.microsoft.us/.default"
    );
    assert_eq!(
        default_scope(&Cloud::China),
        "https://microsoftgraph.chinacloudapi.cn/.default"
    );
    assert_eq!(
        default_scope(&Cloud::Custom("http://127.0.0.1:9/".into())),
        "http://127.0.0.1:9/.default"
    );
}

#[tokio::test]
async fn a_failing_token_provider_is_an_auth_error() {
    struct Failing;
    impl TokenProvider for Failing {
        fn token<'a>(&'a self, _: &'a [String]) -> BoxFuture<'a, Result<AccessToken, AuthError>> {
            Box::pin(async { Err(AuthError::new("no credentials configured")) })
        }
    }
    let mock = Mock::start(|_, _| Reply::status(204)).await;
    let client = Client::builder()
        .cloud(mock.cloud())
        .token_provider(Failing)
        .build()
        .expect("client");
    let request = v1::api_with(mock.cloud())
        .communications()
        .calls()
        .by_id("x")
        .delete();
    let err = client.send(&request).await.expect_err("no token");
    assert!(matches!(err, Error::Auth(_)));
    assert_eq!(err.to_string(), "authentication: no credentials configured");
    assert_eq!(mock.count(), 0);
}

#[tokio::test]
async fn timeouts_apply() {
    let mock = Mock::start(|_, _| Reply::status(204).delayed(Duration::from_secs(3))).await;
    let client = Client::builder()
        .cloud(mock.cloud())
        .timeout(Some(Duration::from_millis(200)))
        .retry(RetryPolicy::none())
        .build()
        .expect("client");
    let request = v1::api_with(mock.cloud())
        .communications()
        .calls()
        .by_id("x")
        .delete();
    let started = std::time::Instant::now();
    match client.send(&request).await {
        Err(Error::Transport(e)) => assert!(e.is_timeout(), "{e}"),
        other => panic!("expected a timeout, got {other:?}"),
    }
    assert!(started.elapsed() < Duration::from_secs(2));
    // Without a token provider there is no Authorization header.
    assert_eq!(mock.requests()[0].header("authorization"), None);
}

#[tokio::test]
async fn invalid_default_headers_are_configuration_errors() {
    let err = Client::builder()
        .default_header("Bad Header", "x")
        .build()
        .expect_err("invalid name");
    assert!(matches!(err, Error::Config(_)), "{err}");
    let err = Client::builder()
        .default_header("Prefer", "a\nb")
        .build()
        .expect_err("invalid value");
    assert!(matches!(err, Error::Config(_)), "{err}");
}
