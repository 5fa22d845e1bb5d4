//! The calling bot example end to end on loopback: a Graph mock records answer, playPrompt
//! and DELETE and, like Graph, posts the next notification to the bot's endpoint after each
//! (established after answer, the operation's completion after playPrompt, terminated after
//! DELETE); the bot validates its subscription, answers, plays the prompt and hangs up.
//! (Feature `axum`, like the example.)

#![cfg(feature = "axum")]

#[allow(dead_code)]
#[path = "../examples/calling_bot.rs"]
mod example;
use crate::common;

use common::{Mock, Recorded, Reply};
use msgraph_client::{Client, auth::StaticToken, webhook};
use serde_json::{Value, json};
use std::time::Duration;

const CALL: &str = "57DAB8B1894C409AB240BD8BEAE78896";

fn notification(change: &str, resource_url: String, data: Value) -> Value {
    json!({
        "@odata.type": "#microsoft.graph.commsNotifications",
        "value": [{
            "@odata.type": "#microsoft.graph.commsNotification",
            "changeType": change,
            "resourceUrl": resource_url,
            "resourceData": data
        }]
    })
}

fn call_notification(change: &str, state: &str) -> Value {
    notification(
        change,
        format!("/communications/calls/{CALL}"),
        json!({"@odata.type": "#microsoft.graph.call",
               "@odata.id": format!("/communications/calls/{CALL}"),
               "state": state}),
    )
}

/// Posts a notification to the bot, as Graph does, from the mock's side.
fn post_later(bot_url: String, body: Value) {
    tokio::spawn(async move {
        let status = reqwest::Client::new()
            .post(&bot_url)
            .header("content-type", "application/json")
            .body(body.to_string())
            .send()
            .await
            .expect("bot reachable")
            .status();
        assert_eq!(status, 202);
    });
}

#[tokio::test]
async fn the_bot_answers_plays_a_prompt_and_hangs_up() {
    let bot_listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind the bot");
    let bot_url = format!(
        "http://{}/api/calls",
        bot_listener.local_addr().expect("addr")
    );

    let to_bot = bot_url.clone();
    let graph = Mock::start(move |r: &Recorded, _| {
        let call_path = format!("/v1.0/communications/calls/{CALL}");
        match (r.method.as_str(), r.path.strip_prefix(&call_path)) {
            ("POST", Some("/answer")) => {
                post_later(to_bot.clone(), call_notification("updated", "established"));
                Reply::status(202)
            }
            ("POST", Some("/playPrompt")) => {
                // Graph's own example: lower-case status, resultInfo.
                post_later(
                    to_bot.clone(),
                    notification(
                        "deleted",
                        format!("/communications/calls/{CALL}/operations/op-1"),
                        json!({"@odata.type": "#microsoft.graph.playPromptOperation",
                               "@odata.id": format!("/communications/calls/{CALL}/operations/op-1"),
                               "resultInfo": {"code": 200, "subcode": 0,
                                              "message": "Action completed successfully."},
                               "status": "completed"}),
                    ),
                );
                Reply::json(
                    200,
                    json!({"@odata.type": "#microsoft.graph.playPromptOperation",
                           "id": "op-1", "status": "running"}),
                )
            }
            ("DELETE", Some("")) => {
                // As in Graph's docs, `code` comes as a string here (the schema says Int32).
                let mut terminated = call_notification("deleted", "terminated");
                terminated["value"][0]["resourceData"]["resultInfo"] =
                    json!({"code": "200", "subcode": "5001", "message": "The conversation has ended."});
                post_later(to_bot.clone(), terminated);
                Reply::status(204)
            }
            other => panic!("unexpected Graph request {other:?}"),
        }
    })
    .await;

    let client = Client::builder()
        .cloud(graph.cloud())
        .token_provider(StaticToken::new("bot-token"))
        .build()
        .expect("client");
    // The example's handler behind the endpoint its `main` serves (the URLs are its defaults).
    let app = webhook::axum::router("/api/calls", client, example::on);
    tokio::spawn(async move {
        axum::serve(bot_listener, app).await.expect("serve the bot");
    });

    // Subscription validation: the token comes back decoded, as text/plain.
    let http = reqwest::Client::new();
    let response = http
        .post(format!(
            "{bot_url}?validationToken=Validation%3A%20Testing%20client%20application%20reachability"
        ))
        .send()
        .await
        .expect("validation");
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["content-type"],
        "text/plain; charset=utf-8"
    );
    assert_eq!(
        response.text().await.expect("body"),
        "Validation: Testing client application reachability"
    );
    // Garbage is refused, not acted on.
    let response = http.post(&bot_url).body("{").send().await.expect("garbage");
    assert_eq!(response.status(), 400);

    // The incoming call (Graph's documented notification).
    let mut incoming = call_notification("created", "incoming");
    incoming["value"][0]["resourceData"]["direction"] = json!("incoming");
    incoming["value"][0]["resourceData"]["source"] = json!({
        "identity": {"user": {"displayName": "Test User", "id": "8A34A46B-3D17-4ADC-8DCE-DC4E7D572698"}},
        "region": "westus", "languageId": "en-US"});
    let response = http
        .post(&bot_url)
        .header("content-type", "application/json")
        .body(incoming.to_string())
        .send()
        .await
        .expect("incoming");
    assert_eq!(response.status(), 202);

    // Wait for the hang-up, then a little for anything after it.
    for _ in 0..500 {
        if graph.requests().iter().any(|r| r.method == "DELETE") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    tokio::time::sleep(Duration::from_millis(200)).await;

    let seen = graph.requests();
    let lines: Vec<String> = seen
        .iter()
        .map(|r| format!("{} {}", r.method, r.path))
        .collect();
    assert_eq!(
        lines,
        [
            format!("POST /v1.0/communications/calls/{CALL}/answer"),
            format!("POST /v1.0/communications/calls/{CALL}/playPrompt"),
            format!("DELETE /v1.0/communications/calls/{CALL}"),
        ]
    );
    assert!(
        seen.iter()
            .all(|r| r.header("authorization") == Some("Bearer bot-token"))
    );
    assert_eq!(
        seen[0].json(),
        json!({"callbackUri": "https://bot.contoso.com/api/calls",
               "mediaConfig": {"@odata.type": "#microsoft.graph.serviceHostedMediaConfig"},
               "acceptedModalities": ["audio"]})
    );
    assert_eq!(
        seen[1].json(),
        json!({"prompts": [{"@odata.type": "#microsoft.graph.mediaPrompt",
                            "mediaInfo": {"uri": "https://cdn.contoso.com/welcome.wav"}}]})
    );
    assert!(seen[2].body.is_empty());
}
