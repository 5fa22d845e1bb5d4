//! A calling bot: an axum webhook endpoint that echoes subscription validation, answers
//! incoming calls, plays a prompt once the call is established and hangs up when the prompt
//! has played, with the generated builders (`msgraph-models`, feature `v1-communications`)
//! and `msgraph-client` (feature `axum`).
//!
//! ```sh
//! GRAPH_TOKEN=eyJ0... BOT_CALLBACK=https://bot.contoso.com/api/calls \
//!   cargo run -p msgraph-client --features axum --example calling_bot
//! ```
//! `GRAPH_BASE` points it at another base URL (a mock), `BOT_ADDR` sets the listening
//! address (default `127.0.0.1:3978`), `BOT_PROMPT` the prompt's URL.
//!
//! `webhook::axum::router` answers validation and `202 Accepted` and gives each notification
//! to `on`; its `resourceData` is read as a `v1::AnyEntity` (here a `v1::Call` or a
//! `v1::PlayPromptOperation`, chosen by `@odata.type`).

use msgraph_client::webhook::{Notification, axum::router};
use msgraph_client::{Client, Error};
use msgraph_models::v1::{self, AnyEntity as E, OperationStatus::Completed, params};

/// A setting: the environment variable, else the default.
fn env(name: &str, default: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| default.into())
}

/// Answers an incoming call, plays the prompt once it is established, hangs up after.
pub async fn on(client: Client, n: Notification) -> Result<(), Error> {
    let api = v1::api_with(client.cloud().clone());
    let call = api.communications().calls().by_id(n.resource_key("calls")?);
    match n.resource_data_as::<E>()? {
        E::Call(c) if c.state.value() == Some(&v1::CallState::Incoming) => {
            let answer = params::CallAnswerParams::default()
                .with_callback_uri(env("BOT_CALLBACK", "https://bot.contoso.com/api/calls"))
                .with_media_config(v1::ServiceHostedMediaConfig::default().into())
                .with_accepted_modalities(vec![v1::Modality::Audio]);
            client.send(&call.answer(answer)).await?;
        }
        E::Call(c) if c.state.value() == Some(&v1::CallState::Established) => {
            let url = env("BOT_PROMPT", "https://cdn.contoso.com/welcome.wav");
            let prompt =
                v1::MediaPrompt::default().with_media_info(v1::MediaInfo::default().with_uri(url));
            let params = params::CallPlayPromptParams::default().with_prompts(vec![prompt.into()]);
            client.send(&call.play_prompt(params)).await?;
        }
        // Graph sends "completed"; enum members match case-insensitively.
        E::PlayPromptOperation(op) if op.status.value() == Some(&Completed) => {
            client.send(&call.delete()).await?;
        }
        _ => {}
    }
    Ok(())
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let listener = tokio::net::TcpListener::bind(env("BOT_ADDR", "127.0.0.1:3978")).await?;
    println!("calling bot on http://{}/api/calls", listener.local_addr()?);
    Ok(axum::serve(listener, router("/api/calls", Client::from_env()?, on)).await?)
}
