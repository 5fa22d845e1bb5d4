//! JSON `$batch` against a loopback server: the exact batch body, a failing member and a
//! throttled member (re-sent with its dependent after `Retry-After`), responses out of order
//! demultiplexed into typed results, 25 requests split into 20 + 5, chains kept whole or
//! refused, binary bodies, and the builder's own errors.

use crate::common;

use common::{Mock, Recorded, Reply, client};
use msgraph_client::batch::BatchError;
use msgraph_client::{Batch, Error};
use msgraph_core::Field;
use msgraph_core::request::{Empty, NoBody, Request, Target};
use msgraph_models::v1;
use serde_json::{Value, json};
use std::time::Duration;

/// Answers each `$batch` with `member(round, id, request)` per member, in reverse order.
fn batch_server(
    member: impl Fn(usize, &str, &Value) -> Value + Send + Sync + 'static,
) -> impl Fn(&Recorded, usize) -> Reply + Send + Sync + 'static {
    move |r, round| {
        assert_eq!(
            (r.method.as_str(), r.path.as_str()),
            ("POST", "/v1.0/$batch")
        );
        let body = r.json();
        let mut responses: Vec<Value> = body["requests"]
            .as_array()
            .expect("requests")
            .iter()
            .map(|m| {
                let id = m["id"].as_str().expect("id");
                let mut resp = member(round, id, m);
                resp["id"] = json!(id);
                resp
            })
            .collect();
        responses.reverse();
        Reply::json(200, json!({ "responses": responses }))
    }
}

fn play_prompt_params() -> v1::params::CallPlayPromptParams {
    let mut media = v1::MediaInfo::default();
    media
        .uri
        .set("https://cdn.contoso.com/beep.wav".to_string());
    let mut prompt = v1::MediaPrompt::default();
    prompt.media_info.set(media);
    v1::params::CallPlayPromptParams {
        prompts: Field::Value(vec![v1::AnyPrompt::MediaPrompt(Box::new(prompt))]),
        client_context: Field::Value("ctx-1".into()),
        ..Default::default()
    }
}

#[tokio::test]
async fn a_failing_member_and_a_throttled_member() {
    let mock = Mock::start(batch_server(|round, id, _| match (round, id) {
        (_, "1") => json!({"status": 200, "headers": {"Content-Type": "application/json"},
                           "body": {"id": "c1", "state": "established"}}),
        (_, "2") => json!({"status": 404, "headers": {"Content-Type": "application/json"},
                           "body": {"error": {"code": "itemNotFound", "message": "no such call"}}}),
        (0, "3") => json!({"status": 429, "headers": {"Retry-After": "3"},
                           "body": {"error": {"code": "TooManyRequests", "message": "slow down"}}}),
        (0, "4") => json!({"status": 424, "body": {"error": {"code": "FailedDependency", "message": "3 failed"}}}),
        (_, "3") => json!({"status": 202, "headers": {"Location": "https://x/operations/a1"}}),
        (_, "4") => json!({"status": 200, "headers": {"Content-Type": "application/json"},
                           "body": {"@odata.type": "#microsoft.graph.playPromptOperation",
                                    "id": "op1", "status": "running"}}),
        other => panic!("unexpected member {other:?}"),
    }))
    .await;
    let (client, sleeper) = client(&mock);
    let calls = v1::api_with(client.cloud().clone())
        .communications()
        .calls();

    let mut batch = Batch::new();
    let get = batch.add(&calls.by_id("c1").get()).expect("add");
    let delete = batch.add(&calls.by_id("gone").delete()).expect("add");
    let answer = batch
        .add(&calls.by_id("c3").answer(v1::params::CallAnswerParams {
            callback_uri: Field::Value("https://bot/cb".into()),
            ..Default::default()
        }))
        .expect("add");
    let play = batch
        .add_after(
            &calls.by_id("c3").play_prompt(play_prompt_params()),
            &[answer.id()],
        )
        .expect("add");
    let responses = client.send_batch(batch).await.expect("batch");

    // Typed results, matched by id although the server answered in reverse order.
    let call = responses.get(&get).expect("call");
    assert_eq!(call.id.value().map(String::as_str), Some("c1"));
    let err = responses.get(&delete).expect_err("404");
    assert_eq!(err.status(), Some(404));
    assert_eq!(err.graph().map(|g| g.code.as_str()), Some("itemNotFound"));
    let accepted = responses
        .get(&answer)
        .expect("answered on the second batch");
    assert_eq!(accepted.status, 202);
    assert_eq!(
        accepted.location.as_deref(),
        Some("https://x/operations/a1")
    );
    let op = responses.get(&play).expect("played");
    assert_eq!(op.id.value().map(String::as_str), Some("op1"));
    assert_eq!(responses.batches_sent(), 2);

    // The throttled member's Retry-After was honoured before the second batch.
    assert_eq!(sleeper.delays(), [Duration::from_secs(3)]);

    let seen = mock.requests();
    assert_eq!(seen.len(), 2);
    assert_eq!(seen[0].header("authorization"), Some("Bearer test-token"));
    assert_eq!(seen[0].header("content-type"), Some("application/json"));
    assert_eq!(
        seen[0].json(),
        json!({"requests": [
            {"id": "1", "method": "GET", "url": "/communications/calls/c1"},
            {"id": "2", "method": "DELETE", "url": "/communications/calls/gone"},
            {"id": "3", "method": "POST", "url": "/communications/calls/c3/answer",
             "headers": {"content-type": "application/json"},
             "body": {"callbackUri": "https://bot/cb"}},
            {"id": "4", "method": "POST", "url": "/communications/calls/c3/playPrompt",
             "headers": {"content-type": "application/json"},
             "body": {"prompts": [{"@odata.type": "#microsoft.graph.mediaPrompt",
                                   "mediaInfo": {"uri": "https://cdn.contoso.com/beep.wav"}}],
                      "clientContext": "ctx-1"},
             "dependsOn": ["3"]}
        ]})
    );
    // Only the throttled member and its dependent are sent again, still chained.
    let again = seen[1].json();
    let ids: Vec<&str> = again["requests"]
        .as_array()
        .expect("requests")
        .iter()
        .map(|m| m["id"].as_str().expect("id"))
        .collect();
    assert_eq!(ids, ["3", "4"]);
    assert_eq!(again["requests"][1]["dependsOn"], json!(["3"]));
    assert_eq!(
        again["requests"][0]["body"],
        seen[0].json()["requests"][2]["body"]
    );
}

#[tokio::test]
async fn twenty_five_requests_go_in_two_batches() {
    let mock = Mock::start(batch_server(|_, _, m| {
        let url = m["url"].as_str().expect("url");
        let id = url.rsplit('/').next().expect("key");
        json!({"status": 200, "headers": {"Content-Type": "application/json"}, "body": {"id": id}})
    }))
    .await;
    let (client, sleeper) = client(&mock);
    let calls = v1::api_with(client.cloud().clone())
        .communications()
        .calls();
    let mut batch = Batch::new();
    let items: Vec<_> = (1..=25)
        .map(|i| {
            batch
                .add(&calls.by_id(&format!("c{i}")).get())
                .expect("add")
        })
        .collect();
    assert_eq!(batch.len(), 25);
    let responses = client.send_batch(batch).await.expect("batch");
    for (i, item) in items.iter().enumerate() {
        let call = responses.get(item).expect("call");
        assert_eq!(call.id.value().cloned(), Some(format!("c{}", i + 1)));
    }
    let sizes: Vec<usize> = mock
        .requests()
        .iter()
        .map(|r| r.json()["requests"].as_array().expect("requests").len())
        .collect();
    assert_eq!(sizes, [20, 5]);
    assert_eq!(responses.batches_sent(), 2);
    assert!(sleeper.events().is_empty());
}

#[tokio::test]
async fn chains_move_whole_to_the_next_batch() {
    let mock = Mock::start(batch_server(|_, _, _| json!({"status": 204}))).await;
    let (client, _) = client(&mock);
    let calls = v1::api_with(client.cloud().clone())
        .communications()
        .calls();
    let mut batch = Batch::new();
    for i in 0..18 {
        batch
            .add(&calls.by_id(&format!("c{i}")).delete())
            .expect("add");
    }
    // A chain of 4: would straddle 20 if the batch were cut by count.
    let mut previous = batch.add(&calls.by_id("k0").delete()).expect("add");
    for i in 1..4 {
        previous = batch
            .add_after(&calls.by_id(&format!("k{i}")).delete(), &[previous.id()])
            .expect("add");
    }
    let responses = client.send_batch(batch).await.expect("batch");
    assert!(responses.get(&previous).is_ok());
    let sizes: Vec<usize> = mock
        .requests()
        .iter()
        .map(|r| r.json()["requests"].as_array().expect("requests").len())
        .collect();
    assert_eq!(sizes, [18, 4]);
}

#[tokio::test]
async fn a_chain_longer_than_a_batch_is_refused_before_sending() {
    let mock = Mock::start(batch_server(|_, _, _| json!({"status": 204}))).await;
    let (client, _) = client(&mock);
    let calls = v1::api_with(client.cloud().clone())
        .communications()
        .calls();
    let mut batch = Batch::new();
    let mut previous = batch.add(&calls.by_id("k0").delete()).expect("add");
    for i in 1..21 {
        previous = batch
            .add_after(&calls.by_id(&format!("k{i}")).delete(), &[previous.id()])
            .expect("add");
    }
    match client.send_batch(batch).await {
        Err(Error::Batch(BatchError::ChainTooLong { ids })) => {
            assert_eq!(ids.len(), 21);
            assert_eq!(ids[0], "1");
        }
        other => panic!("expected ChainTooLong, got {other:?}"),
    }
    assert_eq!(mock.count(), 0);
}

#[tokio::test]
async fn binary_bodies_are_base64_both_ways() {
    let mock = Mock::start(batch_server(|_, id, m| match id {
        "1" => {
            assert_eq!(m["body"], json!("AAEC/w=="));
            json!({"status": 204})
        }
        _ => json!({"status": 200, "headers": {"Content-Type": "application/octet-stream"},
                    "body": "3q2+7w=="}),
    }))
    .await;
    let (client, _) = client(&mock);
    let recording = v1::api_with(client.cloud().clone())
        .communications()
        .online_meetings()
        .by_id("m1")
        .recordings()
        .by_id("r1");
    let mut batch = Batch::new();
    let put = batch
        .add(&recording.content().put(vec![0, 1, 2, 255]))
        .expect("add");
    let get = batch.add(&recording.content().get()).expect("add");
    let responses = client.send_batch(batch).await.expect("batch");
    assert_eq!(responses.get(&put).expect("stored").status, 204);
    assert_eq!(
        responses.get(&get).expect("bytes"),
        [0xde, 0xad, 0xbe, 0xef]
    );
    let sent = &mock.requests()[0].json()["requests"][0];
    assert_eq!(sent["headers"]["content-type"], "application/octet-stream");
    assert_eq!(
        sent["url"],
        "/communications/onlineMeetings/m1/recordings/r1/content"
    );
}

#[tokio::test]
async fn a_rejected_batch_is_a_graph_error_and_missing_members_are_reported() {
    let mock = Mock::start(|_, i| match i {
        0 => Reply::graph_error(400, "BadRequest", "Invalid batch payload"),
        _ => Reply::json(200, json!({"responses": []})),
    })
    .await;
    let (client, _) = client(&mock);
    let calls = v1::api_with(client.cloud().clone())
        .communications()
        .calls();
    let mut batch = Batch::new();
    batch.add(&calls.by_id("a").delete()).expect("add");
    let err = client.send_batch(batch.clone()).await.expect_err("400");
    assert_eq!(err.graph().map(|g| g.code.as_str()), Some("BadRequest"));

    let mut batch = Batch::new();
    let item = batch.add(&calls.by_id("a").delete()).expect("add");
    let responses = client.send_batch(batch).await.expect("batch");
    assert!(matches!(
        responses.get(&item),
        Err(Error::Batch(BatchError::MissingResponse(id))) if id == "1"
    ));
}

#[test]
fn builder_errors() {
    let cloud = msgraph_core::request::Cloud::Custom("http://127.0.0.1:9".into());
    let calls = v1::api_with(cloud.clone()).communications().calls();
    let mut batch = Batch::new();
    let first = batch
        .add_with_id("a", &calls.by_id("x").delete(), &[])
        .expect("add");
    assert_eq!(first.id(), "a");
    assert!(matches!(
        batch.add_with_id("a", &calls.by_id("y").delete(), &[]),
        Err(Error::Batch(BatchError::DuplicateId(id))) if id == "a"
    ));
    assert!(matches!(
        batch.add_after(&calls.by_id("y").delete(), &["nope"]),
        Err(Error::Batch(BatchError::UnknownDependency { .. }))
    ));
    assert!(matches!(
        batch.add(&calls.by_id("").delete()),
        Err(Error::Request(_))
    ));
    let beta: Request<NoBody, Empty> = Request::new(
        http::Method::DELETE,
        Target::root(&cloud, "beta").segment("communications"),
        NoBody,
    );
    assert!(matches!(
        batch.add(&beta),
        Err(Error::Batch(BatchError::MixedRoots { .. }))
    ));
    // Automatic ids skip the ones taken.
    batch
        .add_with_id("1", &calls.by_id("z").delete(), &[])
        .expect("add");
    let auto = batch.add(&calls.by_id("w").delete()).expect("add");
    assert_eq!(auto.id(), "2");
}
