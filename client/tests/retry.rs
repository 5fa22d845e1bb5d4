//! Retries against a loopback server: 429 with `Retry-After` in seconds and as an HTTP date,
//! 503/504 with backoff, non-idempotent POSTs (not retried on 504 or a bare 503, retried on
//! 429 and 503 with `Retry-After`), the limits on attempts and total time, connection
//! failures, and one real (not recorded) wait.

use crate::common;

use common::{Mock, Reply, client};
use msgraph_client::retry::{RetryReason, TokioSleeper};
use msgraph_client::{Client, Error, RetryPolicy};
use msgraph_core::Field;
use msgraph_models::v1;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

fn get_call(
    client: &Client,
) -> msgraph_core::request::Request<
    msgraph_core::request::NoBody,
    msgraph_core::request::Entity<v1::Call>,
> {
    v1::api_with(client.cloud().clone())
        .communications()
        .calls()
        .by_id("c1")
        .get()
}

fn ok_call() -> Reply {
    Reply::json(200, serde_json::json!({"id": "c1", "state": "established"}))
}

fn policy(max_attempts: u32) -> RetryPolicy {
    RetryPolicy {
        max_attempts,
        base_delay: Duration::from_millis(200),
        max_delay: Duration::from_secs(2),
        ..RetryPolicy::default()
    }
}

fn client_with(mock: &Mock, retry: RetryPolicy) -> (Client, Arc<common::RecordingSleeper>) {
    let sleeper = Arc::new(common::RecordingSleeper::default());
    let client = Client::builder()
        .cloud(mock.cloud())
        .token_provider(msgraph_client::auth::StaticToken::new("t"))
        .retry(retry)
        .sleeper(sleeper.clone())
        .build()
        .expect("client");
    (client, sleeper)
}

#[tokio::test]
async fn throttled_429_waits_retry_after_seconds() {
    let mock = Mock::start(|_, i| match i {
        0 => Reply::graph_error(429, "TooManyRequests", "throttled").header("Retry-After", "7"),
        _ => ok_call(),
    })
    .await;
    let (client, sleeper) = client(&mock);
    let call = client.send(&get_call(&client)).await.expect("call");
    assert_eq!(call.id.value().map(String::as_str), Some("c1"));
    assert_eq!(mock.count(), 2);
    let events = sleeper.events();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].delay, Duration::from_secs(7));
    assert!(events[0].from_retry_after);
    assert_eq!(events[0].reason, RetryReason::Status(429));
    // The retried request is the same request, with its token.
    let seen = mock.requests();
    assert_eq!(seen[0].target(), seen[1].target());
    assert_eq!(seen[1].header("authorization"), Some("Bearer test-token"));
}

#[tokio::test]
async fn throttled_429_waits_until_an_http_date() {
    let until = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(30));
    let mock = Mock::start(move |_, i| match i {
        0 => Reply::status(429).header("Retry-After", until.clone()),
        _ => ok_call(),
    })
    .await;
    let (client, sleeper) = client(&mock);
    client.send(&get_call(&client)).await.expect("call");
    let delays = sleeper.delays();
    assert_eq!(delays.len(), 1);
    // HTTP dates have whole seconds: 29 to 30 s from now.
    assert!(
        delays[0] > Duration::from_secs(28) && delays[0] <= Duration::from_secs(30),
        "{delays:?}"
    );
}

#[tokio::test]
async fn unavailable_503_and_504_back_off_exponentially() {
    let mock = Mock::start(|_, i| match i {
        0 => Reply::status(503),
        1 => Reply::status(504),
        2 => Reply::status(503),
        _ => ok_call(),
    })
    .await;
    let (client, sleeper) = client_with(&mock, policy(5));
    client.send(&get_call(&client)).await.expect("call");
    assert_eq!(mock.count(), 4);
    let events = sleeper.events();
    let reasons: Vec<RetryReason> = events.iter().map(|e| e.reason.clone()).collect();
    assert_eq!(
        reasons,
        [
            RetryReason::Status(503),
            RetryReason::Status(504),
            RetryReason::Status(503)
        ]
    );
    // Backoff 200, 400, 800 ms with equal jitter: each in the upper half of its step.
    for (e, full) in events.iter().zip([200u64, 400, 800]) {
        let full = Duration::from_millis(full);
        assert!(!e.from_retry_after);
        assert!(
            e.delay >= full / 2 && e.delay <= full,
            "{:?} vs {full:?}",
            e.delay
        );
    }
}

#[tokio::test]
async fn backoff_is_capped() {
    let mock = Mock::start(|_, i| if i < 5 { Reply::status(503) } else { ok_call() }).await;
    let retry = RetryPolicy {
        max_attempts: 6,
        base_delay: Duration::from_millis(300),
        max_delay: Duration::from_millis(500),
        ..RetryPolicy::default()
    };
    let (client, sleeper) = client_with(&mock, retry);
    client.send(&get_call(&client)).await.expect("call");
    let delays = sleeper.delays();
    assert_eq!(delays.len(), 5);
    assert!(
        delays.iter().all(|d| *d <= Duration::from_millis(500)),
        "{delays:?}"
    );
    assert!(delays[4] >= Duration::from_millis(250), "{delays:?}");
}

fn answer(
    client: &Client,
) -> msgraph_core::request::Request<
    msgraph_core::request::Json<v1::params::CallAnswerParams>,
    msgraph_core::request::Empty,
> {
    v1::api_with(client.cloud().clone())
        .communications()
        .calls()
        .by_id("c1")
        .answer(v1::params::CallAnswerParams {
            callback_uri: Field::Value("https://bot/cb".into()),
            ..Default::default()
        })
}

#[tokio::test]
async fn a_post_is_not_retried_on_504() {
    let mock = Mock::start(|_, _| Reply::graph_error(504, "GatewayTimeout", "timed out")).await;
    let (client, sleeper) = client_with(&mock, policy(5));
    let err = client.send(&answer(&client)).await.expect_err("504");
    assert_eq!(err.status(), Some(504));
    assert_eq!(mock.count(), 1);
    assert!(sleeper.events().is_empty());
}

#[tokio::test]
async fn a_post_is_not_retried_on_a_bare_503_but_is_on_throttling() {
    let mock = Mock::start(|_, _| Reply::status(503)).await;
    let (client, _) = client_with(&mock, policy(5));
    assert_eq!(
        client
            .send(&answer(&client))
            .await
            .expect_err("503")
            .status(),
        Some(503)
    );
    assert_eq!(mock.count(), 1);

    // 503 with Retry-After: Graph throttling, so not processed: retried.
    let mock = Mock::start(|_, i| match i {
        0 => Reply::status(503).header("Retry-After", "2"),
        1 => Reply::status(429).header("Retry-After", "1"),
        _ => Reply::status(202),
    })
    .await;
    let (client, sleeper) = client_with(&mock, policy(5));
    let done = client.send(&answer(&client)).await.expect("answered");
    assert_eq!(done.status, 202);
    assert_eq!(mock.count(), 3);
    assert_eq!(
        sleeper.delays(),
        [Duration::from_secs(2), Duration::from_secs(1)]
    );
    // Same body each time.
    let seen = mock.requests();
    assert!(
        seen.iter()
            .all(|r| r.body == seen[0].body && r.method == "POST")
    );
}

#[tokio::test]
async fn attempts_are_limited() {
    let mock = Mock::start(|_, _| Reply::graph_error(503, "ServiceUnavailable", "down")).await;
    let (client, sleeper) = client_with(&mock, policy(3));
    let err = client
        .send(&get_call(&client))
        .await
        .expect_err("still 503");
    assert_eq!(err.status(), Some(503));
    assert_eq!(
        err.graph().map(|g| g.code.as_str()),
        Some("ServiceUnavailable")
    );
    assert_eq!(mock.count(), 3);
    assert_eq!(sleeper.events().len(), 2);
}

#[tokio::test]
async fn total_time_is_limited() {
    // A Retry-After beyond the time budget is not waited: the 429 is returned at once.
    let mock = Mock::start(|_, _| Reply::status(429).header("Retry-After", "120")).await;
    let retry = RetryPolicy {
        max_elapsed: Duration::from_secs(60),
        ..policy(5)
    };
    let (client, sleeper) = client_with(&mock, retry);
    let err = client
        .send(&get_call(&client))
        .await
        .expect_err("throttled");
    assert_eq!(
        err.graph().and_then(|g| g.retry_after.as_deref()),
        Some("120")
    );
    assert_eq!(mock.count(), 1);
    assert!(sleeper.events().is_empty());

    // Waits add up (as planned, even though the test sleeper does not wait them out).
    let mock = Mock::start(|_, _| Reply::status(429).header("Retry-After", "20")).await;
    let retry = RetryPolicy {
        max_elapsed: Duration::from_secs(50),
        ..policy(10)
    };
    let (client, sleeper) = client_with(&mock, retry);
    client
        .send(&get_call(&client))
        .await
        .expect_err("throttled");
    assert_eq!(
        sleeper.delays(),
        [Duration::from_secs(20), Duration::from_secs(20)]
    );
    assert_eq!(mock.count(), 3);

    // An absurd Retry-After is refused like a long one, without overflowing.
    let mock =
        Mock::start(|_, _| Reply::status(429).header("Retry-After", u64::MAX.to_string())).await;
    let (client, sleeper) = client_with(&mock, policy(5));
    assert_eq!(
        client
            .send(&get_call(&client))
            .await
            .expect_err("throttled")
            .status(),
        Some(429)
    );
    assert!(sleeper.events().is_empty());
}

#[tokio::test]
async fn connection_failures_are_retried_then_reported() {
    // A port nothing listens on: bind, note the port, close.
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        l.local_addr().expect("addr").port()
    };
    let cloud = msgraph_core::request::Cloud::Custom(format!("http://127.0.0.1:{port}"));
    let sleeper = Arc::new(common::RecordingSleeper::default());
    let client = Client::builder()
        .cloud(cloud)
        .retry(policy(3))
        .sleeper(sleeper.clone())
        .build()
        .expect("client");
    match client.send(&get_call(&client)).await {
        Err(Error::Transport(e)) => assert!(e.is_connect(), "{e}"),
        other => panic!("expected a connection error, got {other:?}"),
    }
    let reasons: Vec<RetryReason> = sleeper.events().into_iter().map(|e| e.reason).collect();
    assert_eq!(reasons, [RetryReason::Connect, RetryReason::Connect]);
}

#[tokio::test]
async fn the_default_sleeper_really_waits() {
    let mock = Mock::start(|_, i| match i {
        0 => Reply::status(429).header("Retry-After", "1"),
        _ => ok_call(),
    })
    .await;
    let client = Client::builder()
        .cloud(mock.cloud())
        .sleeper(Arc::new(TokioSleeper))
        .build()
        .expect("client");
    let started = std::time::Instant::now();
    client.send(&get_call(&client)).await.expect("call");
    assert!(started.elapsed() >= Duration::from_secs(1));
    assert_eq!(mock.count(), 2);
}
