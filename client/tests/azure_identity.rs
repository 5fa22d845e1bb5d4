//! The `azure_identity` adapter with a real `ClientSecretCredential` and a token endpoint on
//! loopback. The credential only accepts an `https` authority host, so its HTTP transport
//! (an `azure_core` option) sends the token request, unchanged but for scheme, host and port,
//! to the loopback server over plain HTTP; everything else is the credential's own code: the
//! form it posts, reading the token, its errors.
#![cfg(feature = "azure-identity")]

use crate::common;

use azure_core::cloud::CloudConfiguration;
use azure_core::http::{AsyncRawResponse, ClientOptions, HttpClient, Request, Transport};
use azure_identity::{ClientSecretCredential, ClientSecretCredentialOptions};
use common::{Mock, Recorded, Reply};
use msgraph_client::auth::{AzureIdentity, default_scope};
use msgraph_client::{Client, Error};
use msgraph_core::request::Cloud;
use msgraph_models::v1;
use serde_json::json;
use std::sync::Arc;

const TENANT: &str = "00000000-0000-0000-0000-0000000000aa";

/// Sends the credential's requests to `port` on 127.0.0.1 over HTTP.
#[derive(Debug)]
struct ToLoopback {
    port: u16,
    http: reqwest::Client,
}

#[async_trait::async_trait]
impl HttpClient for ToLoopback {
    async fn execute_request(&self, request: &Request) -> azure_core::Result<AsyncRawResponse> {
        let mut request = request.clone();
        let url = request.url_mut();
        assert_eq!(url.host_str(), Some("login.microsoftonline.com"));
        url.set_scheme("http").expect("http");
        url.set_host(Some("127.0.0.1")).expect("host");
        url.set_port(Some(self.port)).expect("port");
        self.http.execute_request(&request).await
    }
}

fn credential(token_server: &Mock, secret: &str) -> Arc<ClientSecretCredential> {
    let port = token_server
        .base
        .rsplit(':')
        .next()
        .and_then(|p| p.parse().ok())
        .expect("port");
    let transport = Transport::new(Arc::new(ToLoopback {
        port,
        http: reqwest::Client::new(),
    }));
    let options = ClientSecretCredentialOptions {
        client_options: ClientOptions {
            transport: Some(transport),
            cloud: Some(Arc::new(CloudConfiguration::AzurePublic)),
            ..Default::default()
        },
    };
    ClientSecretCredential::new(
        TENANT,
        "app-id".into(),
        secret.to_string().into(),
        Some(options),
    )
    .expect("credential")
}

fn form(r: &Recorded) -> Vec<(String, String)> {
    String::from_utf8(r.body.clone())
        .expect("UTF-8")
        .split('&')
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let decode = |s: &str| {
                percent_encoding::percent_decode_str(&s.replace('+', " "))
                    .decode_utf8_lossy()
                    .into_owned()
            };
            (decode(k), decode(v))
        })
        .collect()
}

#[tokio::test]
async fn a_client_secret_credential_authenticates_graph_requests() {
    let tokens = Mock::start(|r, _| {
        assert_eq!(r.method, "POST");
        assert_eq!(r.path, format!("/{TENANT}/oauth2/v2.0/token"));
        Reply::json(
            200,
            json!({"token_type": "Bearer", "expires_in": 3599, "ext_expires_in": 3599,
                   "access_token": "az-token-1"}),
        )
    })
    .await;
    let graph = Mock::start(|_, _| Reply::status(204)).await;
    let client = Client::builder()
        .cloud(graph.cloud())
        // As for a US Gov L4 tenant (the request still goes to the loopback Graph).
        .scopes(vec![default_scope(&Cloud::UsGovL4)])
        .token_provider(AzureIdentity::new(credential(&tokens, "s3cret")))
        .build()
        .expect("client");
    let request = v1::api_with(graph.cloud())
        .communications()
        .calls()
        .by_id("c1")
        .delete();
    client.send(&request).await.expect("deleted");
    client.send(&request).await.expect("deleted again");

    // One token request, the client-credentials form with the cloud's scope.
    let seen = tokens.requests();
    assert_eq!(seen.len(), 1);
    assert_eq!(
        seen[0].header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    let mut f = form(&seen[0]);
    f.sort();
    assert_eq!(
        f,
        [
            ("client_id".to_string(), "app-id".to_string()),
            ("client_secret".to_string(), "s3cret".to_string()),
            ("grant_type".to_string(), "client_credentials".to_string()),
            (
                "scope".to_string(),
                "https://graph.microsoft.us/.default".to_string()
            ),
        ]
    );
    let auth: Vec<Option<String>> = graph
        .requests()
        .iter()
        .map(|r| r.header("authorization").map(str::to_string))
        .collect();
    assert_eq!(
        auth,
        [
            Some("Bearer az-token-1".to_string()),
            Some("Bearer az-token-1".to_string())
        ]
    );
}

#[tokio::test]
async fn a_refused_secret_is_an_auth_error() {
    let tokens = Mock::start(|_, _| {
        Reply::json(
            401,
            json!({"error": "invalid_client",
                   "error_description": "AADSTS7000215: Invalid client secret provided.",
                   "error_codes": [7000215]}),
        )
    })
    .await;
    let graph = Mock::start(|_, _| Reply::status(204)).await;
    let client = Client::builder()
        .cloud(graph.cloud())
        .token_provider(AzureIdentity::new(credential(&tokens, "wrong")))
        .build()
        .expect("client");
    let request = v1::api_with(graph.cloud())
        .communications()
        .calls()
        .by_id("c1")
        .delete();
    let err = client.send(&request).await.expect_err("refused");
    assert!(matches!(err, Error::Auth(_)), "{err:?}");
    assert!(err.to_string().contains("AADSTS7000215"), "{err}");
    assert_eq!(graph.count(), 0);
    // The default scope of a custom base is `{base}/.default`.
    let f = form(&tokens.requests()[0]);
    assert!(f.contains(&("scope".to_string(), format!("{}/.default", graph.base))));
}
