//! Receiving change notifications (webhooks), as pure functions without network: the
//! `validationToken` echo of subscription validation, reading a notification payload, the
//! `clientState` check, and decrypting rich notifications' `encryptedContent` as Graph
//! documents it:
//!
//! 1. `dataKey` (base64) is the symmetric key encrypted with RSA-OAEP (SHA-1, MGF1-SHA-1) with
//!    the public key of the subscription's certificate: decrypt it with the private key;
//! 2. HMAC-SHA256 of the base64-decoded `data`, keyed with the symmetric key, must equal the
//!    base64-decoded `dataSignature` (compared in constant time);
//! 3. `data` is AES-256-CBC with PKCS7 padding, the IV being the first 16 bytes of the key.
//!
//! Every malformed input is an error ([`WebhookError`]), never a panic.
//!
//! With the feature `axum`, [`axum::Endpoint`] puts all of this behind one axum route.

#[cfg(feature = "axum")]
pub mod axum;

use aes::Aes256;
use base64::Engine as _;
use cbc::cipher::{BlockModeDecrypt, KeyIvInit, block_padding::Pkcs7};
use hmac::{Hmac, KeyInit, Mac};
use msgraph_core::FromJson;
use rsa::{Oaep, PrivateKey};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use sha1::Sha1;
use sha2::Sha256;
use std::fmt;
use subtle::ConstantTimeEq;

/// Why a notification could not be accepted or read.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum WebhookError {
    /// The query string has no `validationToken`.
    NoValidationToken,
    /// The body is not a notification payload (`{"value": [...]}`).
    Payload(String),
    /// A notification has no `clientState` although one is expected.
    ClientStateMissing {
        /// Its position in `value`.
        index: usize,
    },
    /// A notification's `clientState` is not the subscription's.
    ClientStateMismatch {
        /// Its position in `value`.
        index: usize,
    },
    /// The notification has no `encryptedContent`.
    NotEncrypted,
    /// The content was encrypted for another certificate.
    UnknownCertificate {
        /// `encryptionCertificateId` as received.
        id: String,
    },
    /// A field is not valid base64.
    Base64 {
        /// `data`, `dataKey` or `dataSignature`.
        field: &'static str,
    },
    /// `dataKey` could not be decrypted with the private key (wrong key, or altered).
    KeyUnwrap,
    /// The decrypted symmetric key is not 32 bytes (AES-256).
    KeyLength(usize),
    /// `dataSignature` does not match `data`: altered, or another key.
    BadSignature,
    /// `data` is not whole AES blocks with valid PKCS7 padding.
    Decrypt,
    /// The private key could not be read.
    PrivateKey(String),
    /// `resourceData` or the decrypted content does not fit the expected type.
    Resource(String),
}

impl fmt::Display for WebhookError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WebhookError::NoValidationToken => write!(f, "no validationToken in the query string"),
            WebhookError::Payload(m) => write!(f, "not a notification payload: {m}"),
            WebhookError::ClientStateMissing { index } => {
                write!(f, "notification {index} has no clientState")
            }
            WebhookError::ClientStateMismatch { index } => {
                write!(f, "notification {index} has a wrong clientState")
            }
            WebhookError::NotEncrypted => write!(f, "the notification has no encryptedContent"),
            WebhookError::UnknownCertificate { id } => {
                write!(f, "content encrypted for another certificate (`{id}`)")
            }
            WebhookError::Base64 { field } => write!(f, "`{field}` is not valid base64"),
            WebhookError::KeyUnwrap => write!(
                f,
                "`dataKey` does not decrypt with this private key (RSA-OAEP-SHA1)"
            ),
            WebhookError::KeyLength(n) => {
                write!(f, "the symmetric key has {n} bytes, expected 32 (AES-256)")
            }
            WebhookError::BadSignature => write!(
                f,
                "`dataSignature` does not match the HMAC-SHA256 of `data`"
            ),
            WebhookError::Decrypt => {
                write!(f, "`data` is not AES-256-CBC ciphertext with PKCS7 padding")
            }
            WebhookError::PrivateKey(m) => write!(f, "private key: {m}"),
            WebhookError::Resource(m) => write!(f, "resource data: {m}"),
        }
    }
}

impl std::error::Error for WebhookError {}

/// The `validationToken` of a subscription validation request, from its query string
/// (`validationToken=...&other=...`, with or without the leading `?`), decoded.
pub fn validation_token(query: &str) -> Option<String> {
    let query = query.strip_prefix('?').unwrap_or(query);
    query.split('&').find_map(|pair| {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        (form_decode(name) == "validationToken").then(|| form_decode(value))
    })
}

fn form_decode(s: &str) -> String {
    let spaced = s.replace('+', " ");
    percent_encoding::percent_decode_str(&spaced)
        .decode_utf8_lossy()
        .into_owned()
}

/// The answer Graph expects to a validation request: `200 OK`, `text/plain`, the token as
/// the body (sent back within 10 seconds).
pub fn validation_response(token: &str) -> http::Response<String> {
    let mut response = http::Response::new(token.to_string());
    let headers = response.headers_mut();
    headers.insert(
        http::header::CONTENT_TYPE,
        http::HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    headers.insert(
        http::header::X_CONTENT_TYPE_OPTIONS,
        http::HeaderValue::from_static("nosniff"),
    );
    response
}

/// The validation answer when the query string carries a `validationToken`, else `None`
/// (a notification: read the body).
pub fn answer_validation(query: &str) -> Option<http::Response<String>> {
    validation_token(query).map(|t| validation_response(&t))
}

/// `encryptedContent` of a rich notification.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EncryptedContent {
    /// Base64 AES-256-CBC ciphertext of the resource's JSON.
    pub data: String,
    /// Base64 symmetric key, encrypted with RSA-OAEP (SHA-1) for the certificate.
    pub data_key: String,
    /// Base64 HMAC-SHA256 of the decoded `data`.
    pub data_signature: String,
    /// The certificate id given when subscribing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encryption_certificate_id: Option<String>,
    /// The certificate's thumbprint (hex).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encryption_certificate_thumbprint: Option<String>,
}

/// One notification: a change notification (`subscriptionId`, `clientState`, `resource`,
/// `resourceData`, `encryptedContent`, lifecycle events) or a communications notification
/// (`changeType`, `resourceUrl`, `resourceData`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Notification {
    /// The subscription this notification is for.
    #[serde(default)]
    pub subscription_id: Option<String>,
    /// The secret given when subscribing (check it with [`check_client_state`]).
    #[serde(default)]
    pub client_state: Option<String>,
    /// `created`, `updated`, `deleted`.
    #[serde(default)]
    pub change_type: Option<String>,
    /// The changed resource (change notifications).
    #[serde(default)]
    pub resource: Option<String>,
    /// The changed resource (communications notifications), e.g. `/communications/calls/{id}`.
    #[serde(default)]
    pub resource_url: Option<String>,
    /// The resource (or its id and type), read with [`Notification::resource_data_as`].
    #[serde(default)]
    pub resource_data: Option<Value>,
    /// Rich notifications' encrypted resource ([`NotificationDecryptor`]).
    #[serde(default)]
    pub encrypted_content: Option<EncryptedContent>,
    /// The tenant.
    #[serde(default)]
    pub tenant_id: Option<String>,
    /// Lifecycle notifications: `reauthorizationRequired`, `subscriptionRemoved`, `missed`.
    #[serde(default)]
    pub lifecycle_event: Option<String>,
    /// Other members (`@odata.type`, `subscriptionExpirationDateTime`, ...).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Notification {
    /// `@odata.type` of `resourceData`, without the leading `#`.
    pub fn resource_data_type(&self) -> Option<&str> {
        let t = self.resource_data.as_ref()?.get("@odata.type")?.as_str()?;
        Some(t.trim_start_matches('#'))
    }

    /// `resourceData` as a generated type (`v1::Call`, `v1::AnyCommsOperation`, ...).
    pub fn resource_data_as<T: FromJson>(&self) -> Result<T, WebhookError> {
        let data = self
            .resource_data
            .as_ref()
            .ok_or_else(|| WebhookError::Resource("no resourceData".into()))?;
        msgraph_core::from_value(data).map_err(|e| WebhookError::Resource(e.to_string()))
    }

    /// The resource path (`resourceUrl`, else `resource`).
    pub fn resource_path(&self) -> Option<&str> {
        self.resource_url.as_deref().or(self.resource.as_deref())
    }

    /// [`Notification::key_after`], or an error naming the resource path when it has no such
    /// segment: for handlers that expect one kind of resource (`n.resource_key("calls")?`).
    pub fn resource_key(&self, collection: &str) -> Result<&str, WebhookError> {
        self.key_after(collection).ok_or_else(|| {
            WebhookError::Resource(format!(
                "no `{collection}/{{key}}` in the resource path {:?}",
                self.resource_path().unwrap_or("")
            ))
        })
    }

    /// The key after a collection segment of the resource path: for
    /// `/communications/calls/{id}/operations/{op}`, `key_after("calls")` is `{id}`.
    pub fn key_after(&self, collection: &str) -> Option<&str> {
        let mut segments = self.resource_path()?.split('/');
        segments.find(|s| s.eq_ignore_ascii_case(collection))?;
        segments.next().filter(|s| !s.is_empty())
    }
}

/// Reads a notification payload (`{"value": [...]}`).
pub fn parse_notifications(body: &[u8]) -> Result<Vec<Notification>, WebhookError> {
    #[derive(Deserialize)]
    struct Payload {
        value: Vec<Notification>,
    }
    serde_json::from_slice::<Payload>(body)
        .map(|p| p.value)
        .map_err(|e| WebhookError::Payload(e.to_string()))
}

/// Checks that every notification carries the subscription's `clientState` (constant time).
pub fn check_client_state(
    notifications: &[Notification],
    expected: &str,
) -> Result<(), WebhookError> {
    for (index, n) in notifications.iter().enumerate() {
        let got = n
            .client_state
            .as_deref()
            .ok_or(WebhookError::ClientStateMissing { index })?;
        if !bool::from(got.as_bytes().ct_eq(expected.as_bytes())) {
            return Err(WebhookError::ClientStateMismatch { index });
        }
    }
    Ok(())
}

/// Reads a payload and checks its `clientState`s: the notifications to act on.
pub fn verified_notifications(
    body: &[u8],
    client_state: &str,
) -> Result<Vec<Notification>, WebhookError> {
    let n = parse_notifications(body)?;
    check_client_state(&n, client_state)?;
    Ok(n)
}

/// Decrypts rich notifications with the private key of the subscription's certificate.
pub struct NotificationDecryptor {
    key: PrivateKey,
    certificate_id: Option<String>,
}

impl fmt::Debug for NotificationDecryptor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("NotificationDecryptor")
            .field("certificate_id", &self.certificate_id)
            .finish_non_exhaustive()
    }
}

impl NotificationDecryptor {
    /// A decryptor with this RSA private key.
    pub fn new(key: PrivateKey) -> Self {
        NotificationDecryptor {
            key,
            certificate_id: None,
        }
    }

    /// From a PKCS#8 PEM private key (`-----BEGIN PRIVATE KEY-----`).
    pub fn from_pkcs8_pem(pem: &str) -> Result<Self, WebhookError> {
        use rsa::pkcs8::DecodePrivateKey;
        PrivateKey::from_pkcs8_pem(pem)
            .map(Self::new)
            .map_err(|e| WebhookError::PrivateKey(e.to_string()))
    }

    /// From a PKCS#1 PEM private key (`-----BEGIN RSA PRIVATE KEY-----`).
    pub fn from_pkcs1_pem(pem: &str) -> Result<Self, WebhookError> {
        use rsa::pkcs1::DecodeRsaPrivateKey;
        PrivateKey::from_pkcs1_pem(pem)
            .map(Self::new)
            .map_err(|e| WebhookError::PrivateKey(e.to_string()))
    }

    /// From a PKCS#8 DER private key.
    pub fn from_pkcs8_der(der: &[u8]) -> Result<Self, WebhookError> {
        use rsa::pkcs8::DecodePrivateKey;
        PrivateKey::from_pkcs8_der(der)
            .map(Self::new)
            .map_err(|e| WebhookError::PrivateKey(e.to_string()))
    }

    /// Only accept content encrypted for this `encryptionCertificateId`.
    pub fn for_certificate_id(mut self, id: impl Into<String>) -> Self {
        self.certificate_id = Some(id.into());
        self
    }

    /// The decrypted resource (JSON bytes), after checking the signature.
    pub fn decrypt(&self, content: &EncryptedContent) -> Result<Vec<u8>, WebhookError> {
        if let Some(expected) = &self.certificate_id {
            let got = content.encryption_certificate_id.as_deref().unwrap_or("");
            if got != expected {
                return Err(WebhookError::UnknownCertificate {
                    id: got.to_string(),
                });
            }
        }
        let b64 = |field: &'static str, text: &str| {
            base64::engine::general_purpose::STANDARD
                .decode(text.trim())
                .map_err(|_| WebhookError::Base64 { field })
        };
        let wrapped = b64("dataKey", &content.data_key)?;
        let data = b64("data", &content.data)?;
        let signature = b64("dataSignature", &content.data_signature)?;

        let key = self
            .key
            .decrypt_blinded(&mut rand::rng(), Oaep::<Sha1>::new(), &wrapped)
            .map_err(|_| WebhookError::KeyUnwrap)?;
        if key.len() != 32 {
            return Err(WebhookError::KeyLength(key.len()));
        }

        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(&key)
            .map_err(|_| WebhookError::KeyLength(key.len()))?;
        mac.update(&data);
        mac.verify_slice(&signature)
            .map_err(|_| WebhookError::BadSignature)?;

        cbc::Decryptor::<Aes256>::new_from_slices(&key, &key[..16])
            .map_err(|_| WebhookError::KeyLength(key.len()))?
            .decrypt_padded_vec::<Pkcs7>(&data)
            .map_err(|_| WebhookError::Decrypt)
    }

    /// The decrypted resource as a generated type.
    pub fn decrypt_as<T: FromJson>(&self, content: &EncryptedContent) -> Result<T, WebhookError> {
        let bytes = self.decrypt(content)?;
        msgraph_core::from_slice(&bytes).map_err(|e| WebhookError::Resource(e.to_string()))
    }

    /// Decrypts a rich notification's `encryptedContent` into its `resourceData`: the
    /// decrypted resource's members are added to `resourceData` (replacing those with the
    /// same name; `@odata.type` and `@odata.id` stay when the resource lacks them), so that
    /// [`Notification::resource_data_as`] reads the whole resource. `encryptedContent` is kept.
    pub fn decrypt_in_place(&self, n: &mut Notification) -> Result<(), WebhookError> {
        let bytes = self.decrypt_notification(n)?;
        let resource: Map<String, Value> = serde_json::from_slice(&bytes)
            .map_err(|e| WebhookError::Resource(format!("decrypted content: {e}")))?;
        match &mut n.resource_data {
            Some(Value::Object(data)) => data.extend(resource),
            other => *other = Some(Value::Object(resource)),
        }
        Ok(())
    }

    /// The decrypted resource of a notification.
    pub fn decrypt_notification(&self, n: &Notification) -> Result<Vec<u8>, WebhookError> {
        self.decrypt(
            n.encrypted_content
                .as_ref()
                .ok_or(WebhookError::NotEncrypted)?,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validation_tokens_are_decoded() {
        let q = "validationToken=Validation%3a+Testing+client+application+reachability&x=1";
        assert_eq!(
            validation_token(q).as_deref(),
            Some("Validation: Testing client application reachability")
        );
        assert_eq!(
            validation_token("?a=b&validationToken=abc").as_deref(),
            Some("abc")
        );
        assert_eq!(validation_token("a=b"), None);
        assert_eq!(validation_token(""), None);
        assert_eq!(
            validation_token("validationToken=%ZZ").as_deref(),
            Some("%ZZ")
        );
        let r = answer_validation("validationToken=a%20b").expect("a validation request");
        assert_eq!(r.status(), 200);
        assert_eq!(r.body(), "a b");
        assert_eq!(
            r.headers()[http::header::CONTENT_TYPE],
            "text/plain; charset=utf-8"
        );
    }

    #[test]
    fn client_state_is_checked_for_each_notification() {
        let body = br#"{"value":[{"clientState":"s3cret","changeType":"created"},{"clientState":"other"},{}]}"#;
        let n = parse_notifications(body).expect("payload");
        assert_eq!(check_client_state(&n[..1], "s3cret"), Ok(()));
        assert_eq!(
            check_client_state(&n[..2], "s3cret"),
            Err(WebhookError::ClientStateMismatch { index: 1 })
        );
        assert_eq!(
            check_client_state(&n[2..], "s3cret"),
            Err(WebhookError::ClientStateMissing { index: 0 })
        );
        assert_eq!(
            check_client_state(&n[..1], "s3cre"),
            Err(WebhookError::ClientStateMismatch { index: 0 })
        );
        assert!(matches!(
            parse_notifications(b"[1,2]"),
            Err(WebhookError::Payload(_))
        ));
        assert!(matches!(
            parse_notifications(b"{\"value\":"),
            Err(WebhookError::Payload(_))
        ));
    }

    #[test]
    fn resource_keys() {
        let body = br#"{"value":[{"resourceUrl":"/communications/calls/abc/operations/op1"}]}"#;
        let n = &parse_notifications(body).expect("payload")[0];
        assert_eq!(n.key_after("calls"), Some("abc"));
        assert_eq!(n.key_after("operations"), Some("op1"));
        assert_eq!(n.key_after("participants"), None);
        assert_eq!(n.resource_key("calls"), Ok("abc"));
        let err = n.resource_key("participants").expect_err("no participant");
        assert!(
            matches!(&err, WebhookError::Resource(m) if m.contains("participants/{key}") && m.contains("/communications/calls/abc")),
            "{err}"
        );
        let none = &parse_notifications(br#"{"value":[{}]}"#).expect("payload")[0];
        assert!(none.resource_key("calls").is_err());
    }
}
