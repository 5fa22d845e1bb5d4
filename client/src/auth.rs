//! Authentication: a small async [`TokenProvider`] trait, a static token, an adapter for
//! `azure_identity` credentials (feature `azure-identity`), the scope of each national
//! cloud, and the cache the client keeps tokens in until shortly before they expire.

use futures::future::BoxFuture;
use msgraph_core::request::Cloud;
use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

/// A bearer token and when it expires.
#[derive(Clone, PartialEq, Eq)]
pub struct AccessToken {
    /// The token sent as `Authorization: Bearer {token}`.
    pub token: String,
    /// When the token stops being valid.
    pub expires_at: SystemTime,
}

impl fmt::Debug for AccessToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AccessToken")
            .field("token", &"<redacted>")
            .field("expires_at", &self.expires_at)
            .finish()
    }
}

/// Why no token could be had.
#[derive(Debug)]
pub struct AuthError {
    message: String,
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl AuthError {
    /// An error with a message.
    pub fn new(message: impl Into<String>) -> Self {
        AuthError {
            message: message.into(),
            source: None,
        }
    }

    /// An error caused by another one (kept as the source).
    pub fn with_source(
        message: impl Into<String>,
        source: impl std::error::Error + Send + Sync + 'static,
    ) -> Self {
        AuthError {
            message: message.into(),
            source: Some(Box::new(source)),
        }
    }
}

impl fmt::Display for AuthError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "authentication: {}", self.message)?;
        if let Some(s) = &self.source {
            write!(f, ": {s}")?;
        }
        Ok(())
    }
}

impl std::error::Error for AuthError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

/// Gets access tokens for a set of scopes. Implement it for any credential source; the
/// client caches what it returns until shortly before `expires_at`.
pub trait TokenProvider: Send + Sync {
    /// A token for `scopes` (for Graph: one `{resource}/.default` scope).
    fn token<'a>(&'a self, scopes: &'a [String]) -> BoxFuture<'a, Result<AccessToken, AuthError>>;
}

/// One fixed token (from the environment, a test, another library).
#[derive(Clone)]
pub struct StaticToken {
    token: String,
    expires_at: SystemTime,
}

impl StaticToken {
    /// A token taken as valid for a year.
    pub fn new(token: impl Into<String>) -> Self {
        StaticToken {
            token: token.into(),
            expires_at: SystemTime::now() + Duration::from_secs(365 * 24 * 3600),
        }
    }

    /// A token that expires at `expires_at`.
    pub fn expiring(token: impl Into<String>, expires_at: SystemTime) -> Self {
        StaticToken {
            token: token.into(),
            expires_at,
        }
    }
}

impl fmt::Debug for StaticToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StaticToken").finish_non_exhaustive()
    }
}

impl TokenProvider for StaticToken {
    fn token<'a>(&'a self, _: &'a [String]) -> BoxFuture<'a, Result<AccessToken, AuthError>> {
        let token = AccessToken {
            token: self.token.clone(),
            expires_at: self.expires_at,
        };
        Box::pin(async move { Ok(token) })
    }
}

/// The `.default` scope of Graph in a cloud: `https://graph.microsoft.com/.default`,
/// `https://graph.microsoft.us/.default` (US Gov L4), `https://dod-graph.microsoft.us/.default`
/// (L5, DoD), `https://microsoftgraph.chinacloudapi.cn/.default`; for a custom base,
/// `{base}/.default` (set another with `ClientBuilder::scopes`).
pub fn default_scope(cloud: &Cloud) -> String {
    format!("{}/.default", cloud.base_url())
}

/// Tokens of one provider for one set of scopes, kept until `margin` before they expire.
/// One refresh at a time: concurrent requests wait for it instead of asking again.
pub(crate) struct TokenCache {
    provider: Arc<dyn TokenProvider>,
    scopes: Vec<String>,
    margin: Duration,
    cached: tokio::sync::Mutex<Option<AccessToken>>,
}

impl TokenCache {
    pub(crate) fn new(
        provider: Arc<dyn TokenProvider>,
        scopes: Vec<String>,
        margin: Duration,
    ) -> Self {
        TokenCache {
            provider,
            scopes,
            margin,
            cached: tokio::sync::Mutex::new(None),
        }
    }

    /// The value of the `Authorization` header.
    pub(crate) async fn authorization(&self) -> Result<String, AuthError> {
        let mut cached = self.cached.lock().await;
        let fresh = |t: &AccessToken| {
            t.expires_at
                .duration_since(SystemTime::now())
                .is_ok_and(|left| left > self.margin)
        };
        if let Some(t) = cached.as_ref().filter(|t| fresh(t)) {
            return Ok(format!("Bearer {}", t.token));
        }
        let token = self.provider.token(&self.scopes).await?;
        if token.token.is_empty() {
            return Err(AuthError::new("the token provider returned an empty token"));
        }
        let header = format!("Bearer {}", token.token);
        *cached = Some(token);
        Ok(header)
    }
}

#[cfg(feature = "azure-identity")]
pub use azure::AzureIdentity;

#[cfg(feature = "azure-identity")]
mod azure {
    use super::{AccessToken, AuthError, TokenProvider};
    use azure_core::credentials::TokenCredential;
    use futures::future::BoxFuture;
    use std::sync::Arc;
    use std::time::SystemTime;

    /// Any `azure_identity` credential (`ClientSecretCredential`, `ManagedIdentityCredential`,
    /// `DeveloperToolsCredential`, ...) as a [`TokenProvider`].
    #[derive(Debug, Clone)]
    pub struct AzureIdentity {
        credential: Arc<dyn TokenCredential>,
    }

    impl AzureIdentity {
        /// Wraps a credential.
        pub fn new(credential: Arc<dyn TokenCredential>) -> Self {
            AzureIdentity { credential }
        }
    }

    impl TokenProvider for AzureIdentity {
        fn token<'a>(
            &'a self,
            scopes: &'a [String],
        ) -> BoxFuture<'a, Result<AccessToken, AuthError>> {
            Box::pin(async move {
                let scopes: Vec<&str> = scopes.iter().map(String::as_str).collect();
                let t = self
                    .credential
                    .get_token(&scopes, None)
                    .await
                    .map_err(|e| AuthError::with_source("azure_identity credential", e))?;
                Ok(AccessToken {
                    token: t.token.secret().to_string(),
                    expires_at: SystemTime::from(t.expires_on),
                })
            })
        }
    }
}
