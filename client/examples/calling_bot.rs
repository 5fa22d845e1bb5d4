//! A calling bot: an axum webhook endpoint that echoes subscription validation, answers
//! incoming calls, plays a prompt once the call is established and hangs up when the prompt
//! has played, with the generated builders (`msgraph-models`, feature `v1-communications`)
//! and `msgraph-client`.
//!
//! ```sh
//! GRAPH_TOKEN=eyJ0... BOT_CALLBACK=https://bot.contoso.com/api/calls \
//!   cargo run -p msgraph-client --example calling_bot
//! ```
//! `GRAPH_BASE` points it at another base URL (a mock), `BOT_ADDR` sets the listening
//! address (default `127.0.0.1:3978`), `BOT_PROMPT` the prompt's URL.
//!
//! Notifications are read with `webhook::Notification` (which also checks `clientState`
//! and decrypts rich notifications) and their `resourceData` as `v1::Call` /
//! `v1::PlayPromptOperation`; `v1::CommsNotifications` is available too (feature
//! `v1-communications`, like every type no path reaches).

use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::response::{IntoResponse, Response};
use axum::{Router, http::StatusCode, routing::post};
use msgraph_client::webhook::{self, Notification};
use msgraph_client::{Client, auth::StaticToken};
use msgraph_core::{Field, request::Cloud};
use msgraph_models::v1;

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// The bot: a Graph client, its callback URL and the prompt it plays.
#[derive(Clone)]
pub struct Bot {
    pub client: Client,
    pub callback: String,
    pub prompt: String,
}

/// `POST /api/calls`: the callback Graph posts notifications (and validations) to.
pub fn router(bot: Bot) -> Router {
    Router::new()
        .route("/api/calls", post(notify))
        .with_state(bot)
}

async fn notify(State(bot): State<Bot>, RawQuery(query): RawQuery, body: Bytes) -> Response {
    if let Some(echo) = webhook::answer_validation(query.as_deref().unwrap_or("")) {
        return echo.into_response();
    }
    let Ok(notifications) = webhook::parse_notifications(&body) else {
        return StatusCode::BAD_REQUEST.into_response();
    };
    // Answer Graph at once; act on the notifications after.
    tokio::spawn(async move {
        for n in &notifications {
            if let Err(e) = bot.on(n).await {
                eprintln!("notification for {:?}: {e}", n.resource_path());
            }
        }
    });
    StatusCode::ACCEPTED.into_response()
}

impl Bot {
    async fn on(&self, n: &Notification) -> Result<(), BoxError> {
        let Some(id) = n.key_after("calls") else {
            return Ok(());
        };
        let api = v1::api_with(self.client.cloud().clone());
        let call = api.communications().calls().by_id(id);
        match n.resource_data_type() {
            Some("microsoft.graph.call") => match n.resource_data_as::<v1::Call>()?.state.value() {
                Some(v1::CallState::Incoming) => {
                    self.client.send(&call.answer(self.answer())).await?;
                }
                Some(v1::CallState::Established) => {
                    self.client.send(&call.play_prompt(self.prompt())).await?;
                }
                _ => {}
            },
            Some("microsoft.graph.playPromptOperation") => {
                let op: v1::PlayPromptOperation = n.resource_data_as()?;
                // Graph sends "completed"; enum members match case-insensitively.
                if op.status.value() == Some(&v1::OperationStatus::Completed) {
                    self.client.send(&call.delete()).await?;
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn answer(&self) -> v1::params::CallAnswerParams {
        let media = v1::ServiceHostedMediaConfig::default();
        v1::params::CallAnswerParams {
            callback_uri: Field::Value(self.callback.clone()),
            media_config: Field::Value(v1::AnyMediaConfig::ServiceHostedMediaConfig(Box::new(
                media,
            ))),
            accepted_modalities: Field::Value(vec![v1::Modality::Audio]),
            ..Default::default()
        }
    }

    fn prompt(&self) -> v1::params::CallPlayPromptParams {
        let mut media = v1::MediaInfo::default();
        media.uri.set(self.prompt.clone());
        let mut prompt = v1::MediaPrompt::default();
        prompt.media_info.set(media);
        v1::params::CallPlayPromptParams {
            prompts: Field::Value(vec![v1::AnyPrompt::MediaPrompt(Box::new(prompt))]),
            ..Default::default()
        }
    }
}

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    let env = |name: &str, default: &str| std::env::var(name).unwrap_or_else(|_| default.into());
    let cloud = std::env::var("GRAPH_BASE").map_or(Cloud::Global, Cloud::Custom);
    let client = Client::builder()
        .cloud(cloud)
        .token_provider(StaticToken::new(std::env::var("GRAPH_TOKEN")?))
        .build()?;
    let bot = Bot {
        client,
        callback: env("BOT_CALLBACK", "https://bot.contoso.com/api/calls"),
        prompt: env("BOT_PROMPT", "https://cdn.contoso.com/welcome.wav"),
    };
    let listener = tokio::net::TcpListener::bind(env("BOT_ADDR", "127.0.0.1:3978")).await?;
    println!("calling bot on http://{}/api/calls", listener.local_addr()?);
    axum::serve(listener, router(bot)).await?;
    Ok(())
}
