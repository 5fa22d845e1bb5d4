//! Rich notifications encrypted here the way Graph does (a generated RSA key pair, a random
//! AES-256 key wrapped with RSA-OAEP-SHA1, AES-CBC/PKCS7 with the key's first 16 bytes as IV,
//! HMAC-SHA256 signature), decrypted by the client; and tampered inputs (flipped bytes,
//! wrong signature, wrong key, truncated base64, short keys, bad padding), each a clear
//! error, never a panic.

use aes::Aes256;
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use cbc::cipher::{BlockModeEncrypt, KeyIvInit, block_padding::Pkcs7};
use hmac::{Hmac, KeyInit, Mac};
use msgraph_client::webhook::{
    EncryptedContent, NotificationDecryptor, WebhookError, parse_notifications,
    verified_notifications,
};
use msgraph_models::v1;
use rsa::{Oaep, PrivateKey, PublicKey};
use serde_json::json;
use sha1::Sha1;
use sha2::Sha256;
use std::sync::OnceLock;

/// Two key pairs (the subscription's and another), generated once per test binary.
fn keys() -> &'static (PrivateKey, PrivateKey) {
    static KEYS: OnceLock<(PrivateKey, PrivateKey)> = OnceLock::new();
    KEYS.get_or_init(|| {
        let mut rng = rand::rng();
        let started = std::time::Instant::now();
        let a = PrivateKey::new(&mut rng, 2048).expect("key");
        let b = PrivateKey::new(&mut rng, 2048).expect("key");
        eprintln!("two 2048-bit RSA keys in {:?}", started.elapsed());
        (a, b)
    })
}

fn public() -> PublicKey {
    keys().0.to_public_key()
}

fn sign(key: &[u8], data: &[u8]) -> String {
    let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(key).expect("any key length");
    mac.update(data);
    B64.encode(mac.finalize().into_bytes())
}

/// Encrypts `plain` as Graph does, with the symmetric key `sym`.
fn encrypt_with(public: &PublicKey, sym: &[u8], plain: &[u8]) -> EncryptedContent {
    let data = cbc::Encryptor::<Aes256>::new_from_slices(&sym[..32.min(sym.len())], &sym[..16])
        .map(|c| c.encrypt_padded_vec::<Pkcs7>(plain))
        .unwrap_or_else(|_| plain.to_vec());
    let wrapped = public
        .encrypt(&mut rand::rng(), Oaep::<Sha1>::new(), sym)
        .expect("wrap the key");
    EncryptedContent {
        data: B64.encode(&data),
        data_key: B64.encode(wrapped),
        data_signature: sign(sym, &data),
        encryption_certificate_id: Some("cert-1".into()),
        encryption_certificate_thumbprint: Some("AB12".into()),
    }
}

fn sym_key() -> Vec<u8> {
    (0..32).map(|_| rand::random::<u8>()).collect()
}

const CALL: &str = r##"{"@odata.type":"#microsoft.graph.call","id":"c-42","state":"established","direction":"incoming"}"##;

fn decryptor() -> NotificationDecryptor {
    NotificationDecryptor::new(keys().0.clone()).for_certificate_id("cert-1")
}

#[test]
fn decrypts_a_rich_notification() {
    let content = encrypt_with(&public(), &sym_key(), CALL.as_bytes());
    let body = json!({"value": [{
        "subscriptionId": "sub-1",
        "clientState": "s3cret",
        "changeType": "updated",
        "resource": "communications/calls('c-42')",
        "resourceData": {"@odata.type": "#microsoft.graph.call", "id": "c-42"},
        "encryptedContent": content,
        "tenantId": "t-1",
        "subscriptionExpirationDateTime": "2026-12-01T00:00:00Z"
    }], "validationTokens": ["eyJ..."]});
    let body = serde_json::to_vec(&body).expect("JSON");
    let n = verified_notifications(&body, "s3cret").expect("verified");
    assert_eq!(n.len(), 1);
    assert_eq!(n[0].resource_data_type(), Some("microsoft.graph.call"));
    assert_eq!(
        n[0].extra.get("subscriptionExpirationDateTime"),
        Some(&json!("2026-12-01T00:00:00Z"))
    );
    let plain = decryptor().decrypt_notification(&n[0]).expect("decrypted");
    assert_eq!(plain, CALL.as_bytes());
    let call: v1::Call = decryptor()
        .decrypt_as(n[0].encrypted_content.as_ref().expect("encrypted"))
        .expect("typed");
    assert_eq!(call.id.value().map(String::as_str), Some("c-42"));
    assert_eq!(call.state.value(), Some(&v1::CallState::Established));

    assert_eq!(
        verified_notifications(&body, "other").map(|_| ()),
        Err(WebhookError::ClientStateMismatch { index: 0 })
    );
}

#[test]
fn keys_load_from_pem() {
    use rsa::pkcs1::EncodeRsaPrivateKey;
    use rsa::pkcs8::EncodePrivateKey;
    let content = encrypt_with(&public(), &sym_key(), b"{}");
    let pkcs8 = keys().0.to_pkcs8_pem(Default::default()).expect("PEM");
    let d = NotificationDecryptor::from_pkcs8_pem(&pkcs8).expect("PKCS#8");
    assert_eq!(d.decrypt(&content).expect("decrypted"), b"{}");
    let pkcs1 = keys().0.to_pkcs1_pem(Default::default()).expect("PEM");
    let d = NotificationDecryptor::from_pkcs1_pem(&pkcs1).expect("PKCS#1");
    assert_eq!(d.decrypt(&content).expect("decrypted"), b"{}");
    let der = keys().0.to_pkcs8_der().expect("DER");
    let d = NotificationDecryptor::from_pkcs8_der(der.as_bytes()).expect("DER");
    assert_eq!(d.decrypt(&content).expect("decrypted"), b"{}");
    assert!(matches!(
        NotificationDecryptor::from_pkcs8_pem("-----BEGIN PRIVATE KEY-----\nnope\n"),
        Err(WebhookError::PrivateKey(_))
    ));
    assert!(matches!(
        NotificationDecryptor::from_pkcs8_der(&[0x30, 0x03, 0x02, 0x01]),
        Err(WebhookError::PrivateKey(_))
    ));
}

fn flip(b64: &str, at: usize) -> String {
    let mut bytes = B64.decode(b64).expect("base64");
    let i = at % bytes.len();
    bytes[i] ^= 0x01;
    B64.encode(bytes)
}

#[test]
fn a_flipped_byte_in_data_fails_the_signature() {
    let mut content = encrypt_with(&public(), &sym_key(), CALL.as_bytes());
    content.data = flip(&content.data, 5);
    assert_eq!(
        decryptor().decrypt(&content),
        Err(WebhookError::BadSignature)
    );
}

#[test]
fn a_wrong_signature_is_refused() {
    let mut content = encrypt_with(&public(), &sym_key(), CALL.as_bytes());
    content.data_signature = sign(&sym_key(), &B64.decode(&content.data).expect("data"));
    assert_eq!(
        decryptor().decrypt(&content),
        Err(WebhookError::BadSignature)
    );
    let mut content = encrypt_with(&public(), &sym_key(), CALL.as_bytes());
    content.data_signature = B64.encode([0u8; 16]);
    assert_eq!(
        decryptor().decrypt(&content),
        Err(WebhookError::BadSignature)
    );
}

#[test]
fn the_wrong_private_key_cannot_unwrap() {
    let content = encrypt_with(&public(), &sym_key(), CALL.as_bytes());
    let other = NotificationDecryptor::new(keys().1.clone());
    assert_eq!(other.decrypt(&content), Err(WebhookError::KeyUnwrap));
    let mut content = encrypt_with(&public(), &sym_key(), CALL.as_bytes());
    content.data_key = flip(&content.data_key, 100);
    assert_eq!(decryptor().decrypt(&content), Err(WebhookError::KeyUnwrap));
}

#[test]
fn truncated_base64_names_the_field() {
    let good = encrypt_with(&public(), &sym_key(), CALL.as_bytes());
    for (field, cut) in [("dataKey", 0), ("data", 1), ("dataSignature", 2)] {
        let mut c = good.clone();
        let s = match cut {
            0 => &mut c.data_key,
            1 => &mut c.data,
            _ => &mut c.data_signature,
        };
        s.truncate(s.len() - 3);
        assert_eq!(decryptor().decrypt(&c), Err(WebhookError::Base64 { field }));
    }
    let mut c = good;
    c.data = "not base64 at all!".into();
    assert_eq!(
        decryptor().decrypt(&c),
        Err(WebhookError::Base64 { field: "data" })
    );
}

#[test]
fn signed_but_malformed_ciphertext_is_a_decrypt_error() {
    let sym = sym_key();
    let mut content = encrypt_with(&public(), &sym, CALL.as_bytes());
    // Cut the last AES block in half and sign what is left: whole blocks are needed.
    let mut data = B64.decode(&content.data).expect("data");
    data.truncate(data.len() - 8);
    content.data = B64.encode(&data);
    content.data_signature = sign(&sym, &data);
    assert_eq!(decryptor().decrypt(&content), Err(WebhookError::Decrypt));
    // Whole blocks but not PKCS7: a random block, signed.
    let block: Vec<u8> = (0..16).map(|i| i as u8).collect();
    content.data = B64.encode(&block);
    content.data_signature = sign(&sym, &block);
    let r = decryptor().decrypt(&content);
    assert!(
        r == Err(WebhookError::Decrypt) || r.as_ref().is_ok_and(|p| p.len() < 16),
        "{r:?}"
    );
    // Empty data.
    content.data = String::new();
    content.data_signature = sign(&sym, &[]);
    assert_eq!(decryptor().decrypt(&content), Err(WebhookError::Decrypt));
}

#[test]
fn a_short_symmetric_key_is_refused() {
    let content = encrypt_with(&public(), &[7u8; 16], CALL.as_bytes());
    assert_eq!(
        decryptor().decrypt(&content),
        Err(WebhookError::KeyLength(16))
    );
}

#[test]
fn other_certificates_and_plain_notifications() {
    let mut content = encrypt_with(&public(), &sym_key(), CALL.as_bytes());
    content.encryption_certificate_id = Some("cert-2".into());
    assert_eq!(
        decryptor().decrypt(&content),
        Err(WebhookError::UnknownCertificate {
            id: "cert-2".into()
        })
    );
    let n = parse_notifications(br#"{"value":[{"changeType":"created"}]}"#).expect("payload");
    assert_eq!(
        decryptor().decrypt_notification(&n[0]),
        Err(WebhookError::NotEncrypted)
    );
    // The error says what is wrong.
    assert_eq!(
        WebhookError::BadSignature.to_string(),
        "`dataSignature` does not match the HMAC-SHA256 of `data`"
    );
}

#[test]
fn random_damage_never_panics() {
    let good = encrypt_with(&public(), &sym_key(), CALL.as_bytes());
    let d = decryptor();
    for round in 0..24usize {
        let mut c = good.clone();
        let field = match round % 3 {
            0 => &mut c.data,
            1 => &mut c.data_key,
            _ => &mut c.data_signature,
        };
        let mut bytes = field.clone().into_bytes();
        match round % 4 {
            0 => bytes.truncate(rand::random_range(0..bytes.len())),
            1 => {
                let i = rand::random_range(0..bytes.len());
                bytes[i] = rand::random();
            }
            2 => bytes.extend_from_slice(b"=="),
            _ => bytes.reverse(),
        }
        *field = String::from_utf8_lossy(&bytes).into_owned();
        // Any outcome but a panic; damage to a field is never accepted silently as the
        // original (a decrypt that succeeds must give back the original plaintext).
        if let Ok(plain) = d.decrypt(&c) {
            assert_eq!(plain, CALL.as_bytes());
        }
    }
}

#[test]
fn decrypt_in_place_fills_resource_data() {
    let content = encrypt_with(&public(), &sym_key(), CALL.as_bytes());
    let body = json!({"value": [{
        "resource": "communications/calls('c-42')",
        "resourceData": {"@odata.type": "#microsoft.graph.call", "@odata.id": "calls/c-42", "id": "old"},
        "encryptedContent": content
    }, {
        "resource": "communications/calls('c-43')",
        "encryptedContent": encrypt_with(&public(), &sym_key(), b"[1]")
    }]});
    let mut n = parse_notifications(&serde_json::to_vec(&body).expect("JSON")).expect("payload");
    decryptor().decrypt_in_place(&mut n[0]).expect("decrypted");
    let data = n[0].resource_data.as_ref().expect("resource data");
    assert_eq!(data["@odata.id"], json!("calls/c-42")); // kept
    assert_eq!(data["id"], json!("c-42")); // replaced by the decrypted member
    assert_eq!(data["direction"], json!("incoming")); // added
    let call: v1::Call = n[0].resource_data_as().expect("typed");
    assert_eq!(call.state.value(), Some(&v1::CallState::Established));
    assert!(n[0].encrypted_content.is_some());
    // Content that is not a JSON object is an error, and the notification is left alone.
    assert!(matches!(
        decryptor().decrypt_in_place(&mut n[1]),
        Err(WebhookError::Resource(_))
    ));
    assert_eq!(n[1].resource_data, None);
    // A tampered signature is refused.
    let mut tampered = n[0].clone();
    if let Some(c) = tampered.encrypted_content.as_mut() {
        c.data_signature = B64.encode([0u8; 32]);
    }
    assert_eq!(
        decryptor().decrypt_in_place(&mut tampered),
        Err(WebhookError::BadSignature)
    );
}

/// `webhook::axum::Endpoint` served on 127.0.0.1: what each request is answered, and what
/// the handler and the error report see.
#[cfg(feature = "axum")]
mod endpoint {
    use super::*;
    use msgraph_client::webhook::Notification;
    use msgraph_client::webhook::axum::{Endpoint, router};
    use std::sync::{Arc, Mutex};
    use std::time::Duration;

    type Log = Arc<Mutex<Vec<String>>>;

    async fn serve(app: axum::Router) -> String {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let url = format!("http://{}/hook", listener.local_addr().expect("addr"));
        tokio::spawn(async move { axum::serve(listener, app).await.expect("serve") });
        url
    }

    /// The handler: records the resource and the call's state; fails on `fail`.
    async fn handle(log: Log, n: Notification) -> Result<(), msgraph_client::Error> {
        let path = n.resource_path().unwrap_or("").to_string();
        let state = match n.resource_data_as::<v1::AnyEntity>()? {
            v1::AnyEntity::Call(c) => format!("{:?}", c.state.value()),
            _ => "-".into(),
        };
        if path.contains("fail") {
            n.resource_key("participants")?;
        }
        log.lock().expect("log").push(format!("{path} {state}"));
        Ok(())
    }

    async fn wait_for(log: &Log, n: usize) -> Vec<String> {
        for _ in 0..300 {
            if log.lock().expect("log").len() >= n {
                break;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
        log.lock().expect("log").clone()
    }

    fn payload(items: Vec<serde_json::Value>) -> String {
        json!({ "value": items }).to_string()
    }

    fn call(resource: &str, state: &str, client_state: &str) -> serde_json::Value {
        json!({"clientState": client_state, "resourceUrl": resource,
               "resourceData": {"@odata.type": "#microsoft.graph.call", "state": state}})
    }

    #[tokio::test]
    async fn validates_checks_and_runs_the_handler_in_order() {
        let log = Log::default();
        let errors = Log::default();
        let seen = errors.clone();
        let url = serve(
            Endpoint::new(log.clone(), handle)
                .client_state("s3cret")
                .on_error(move |n, e| {
                    let path = n.resource_path().unwrap_or("").to_string();
                    seen.lock().expect("errors").push(format!("{path}: {e}"));
                })
                .router("/hook"),
        )
        .await;
        let http = reqwest::Client::new();

        let r = http
            .post(format!("{url}?validationToken=a%2Bb+c"))
            .send()
            .await
            .expect("validation");
        assert_eq!(r.status(), 200);
        assert_eq!(r.headers()["content-type"], "text/plain; charset=utf-8");
        assert_eq!(r.text().await.expect("body"), "a+b c");

        let r = http
            .post(&url)
            .body("{\"value\":")
            .send()
            .await
            .expect("bad");
        assert_eq!(r.status(), 400);
        assert!(
            r.text()
                .await
                .expect("body")
                .contains("not a notification payload")
        );

        // One wrong clientState: the whole payload is refused, nothing runs.
        let body = payload(vec![
            call("/communications/calls/a", "incoming", "s3cret"),
            call("/communications/calls/b", "incoming", "guess"),
        ]);
        let r = http.post(&url).body(body).send().await.expect("forged");
        assert_eq!(r.status(), 403);

        // 202 at once; the handler runs per notification, in order; an error is reported
        // and the next notification still runs.
        let body = payload(vec![
            call("/communications/calls/a", "incoming", "s3cret"),
            call("/communications/calls/fail", "established", "s3cret"),
            call("/communications/calls/c", "terminated", "s3cret"),
        ]);
        let r = http
            .post(&url)
            .body(body)
            .send()
            .await
            .expect("notifications");
        assert_eq!(r.status(), 202);
        assert_eq!(
            wait_for(&log, 2).await,
            [
                "/communications/calls/a Some(Incoming)",
                "/communications/calls/c Some(Terminated)"
            ]
        );
        let errors = errors.lock().expect("errors").clone();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0].starts_with(
                "/communications/calls/fail: webhook: resource data: no `participants/{key}`"
            ),
            "{errors:?}"
        );
    }

    #[tokio::test]
    async fn decrypts_rich_notifications_before_the_handler() {
        let log = Log::default();
        let errors = Log::default();
        let seen = errors.clone();
        let endpoint = Endpoint::new(log.clone(), handle)
            .decryptor(decryptor())
            .on_error(move |_, e| seen.lock().expect("errors").push(e.to_string()));
        let url = serve(axum::Router::new().route("/hook", endpoint.method_router())).await;

        let good = encrypt_with(&public(), &sym_key(), CALL.as_bytes());
        let mut forged = good.clone();
        forged.data_signature = B64.encode([1u8; 32]);
        let rich = |resource: &str, content: &EncryptedContent| {
            json!({"resource": resource,
                   "resourceData": {"@odata.type": "#microsoft.graph.call"},
                   "encryptedContent": content})
        };
        let body = payload(vec![
            rich("calls/forged", &forged),
            rich("calls/good", &good),
            call("calls/plain", "incoming", ""),
        ]);
        let r = reqwest::Client::new()
            .post(&url)
            .body(body)
            .send()
            .await
            .expect("notifications");
        assert_eq!(r.status(), 202);
        assert_eq!(
            wait_for(&log, 2).await,
            ["calls/good Some(Established)", "calls/plain Some(Incoming)"]
        );
        assert_eq!(
            errors.lock().expect("errors").clone(),
            [WebhookError::BadSignature.to_string()]
        );
    }

    #[tokio::test]
    async fn the_router_shortcut_serves_post_only() {
        let log = Log::default();
        let url = serve(router("/hook", log.clone(), handle)).await;
        let http = reqwest::Client::new();
        let r = http.get(&url).send().await.expect("get");
        assert_eq!(r.status(), 405);
        let body = payload(vec![call("/communications/calls/z", "hold", "")]);
        let r = http.post(&url).body(body).send().await.expect("post");
        assert_eq!(r.status(), 202);
        assert_eq!(
            wait_for(&log, 1).await,
            ["/communications/calls/z Some(Hold)"]
        );
        // The endpoint's Debug never shows the secret.
        let e = Endpoint::new((), |_: (), _| async { Ok::<(), String>(()) }).client_state("s3cret");
        assert!(!format!("{e:?}").contains("s3cret"));
    }
}
