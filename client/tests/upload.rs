//! Large-file uploads against a loopback upload session: the chunks on the wire
//! (`Content-Range`, sizes, no `Authorization` on the upload URL), an upload interrupted by a
//! failed chunk and resumed from `nextExpectedRanges`, a file source, an expired session,
//! and the limits (chunk size, empty content, resumes).

use crate::common;

use common::{Mock, Recorded, Reply, client};
use msgraph_client::upload::{FileSource, UploadError, UploadOptions};
use msgraph_client::{Client, Error};
use msgraph_core::request::{Entity, Json, Request, Target};
use serde_json::{Value, json};
use std::sync::{Arc, Mutex};

const CHUNK: usize = 320 * 1024;

fn content(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i * 31 % 251) as u8).collect()
}

/// An upload session that stores what it receives. `fail_put` (1-based) fails that PUT with
/// a 500 after keeping its first `keep` bytes; `always_fail` fails every PUT.
#[derive(Default)]
struct Session {
    received: Vec<u8>,
    puts: usize,
    fail_put: Option<usize>,
    keep: usize,
    always_fail: bool,
    expired: bool,
}

fn content_range(r: &Recorded) -> (usize, usize, usize) {
    let v = r.header("content-range").expect("Content-Range");
    let v = v.strip_prefix("bytes ").expect("bytes unit");
    let (range, total) = v.split_once('/').expect("total");
    let (a, b) = range.split_once('-').expect("range");
    (
        a.parse().expect("first"),
        b.parse().expect("last"),
        total.parse().expect("total"),
    )
}

fn session_server(state: Arc<Mutex<Session>>) -> impl Fn(&Recorded, usize) -> Reply + Send + Sync {
    move |r, _| {
        let mut s = state.lock().expect("state");
        let upload_url = format!("{}/upload/sess-1?sig=abc", r.base());
        match (r.method.as_str(), r.path.as_str()) {
            ("POST", "/v1.0/drives/d1/items/i1/createUploadSession") => Reply::json(
                200,
                json!({"uploadUrl": upload_url, "expirationDateTime": "2026-12-01T00:00:00Z",
                       "nextExpectedRanges": ["0-"]}),
            ),
            ("PUT", "/upload/sess-1") => {
                assert_eq!(r.query.as_deref(), Some("sig=abc"));
                if s.expired {
                    return Reply::graph_error(404, "itemNotFound", "session expired");
                }
                s.puts += 1;
                let (a, b, total) = content_range(r);
                assert_eq!(r.body.len(), b - a + 1, "Content-Range matches the body");
                assert_eq!(
                    r.header("content-length"),
                    Some(r.body.len().to_string().as_str())
                );
                if a != s.received.len() {
                    return Reply::graph_error(416, "invalidRange", "not the expected range");
                }
                if s.always_fail || s.fail_put == Some(s.puts) {
                    let keep = s.keep.min(r.body.len());
                    s.received.extend_from_slice(&r.body[..keep]);
                    return Reply::graph_error(500, "generalException", "storage hiccup");
                }
                s.received.extend_from_slice(&r.body);
                if s.received.len() == total {
                    Reply::json(
                        201,
                        json!({"id": "item-1", "name": "big.bin", "size": total}),
                    )
                } else {
                    Reply::json(
                        202,
                        json!({"expirationDateTime": "2026-12-01T00:00:00Z",
                               "nextExpectedRanges": [format!("{}-", s.received.len())]}),
                    )
                }
            }
            ("GET", "/upload/sess-1") => Reply::json(
                200,
                json!({"expirationDateTime": "2026-12-01T00:00:00Z",
                       "nextExpectedRanges": [format!("{}-", s.received.len())]}),
            ),
            other => panic!("unexpected request {other:?}"),
        }
    }
}

fn create_session(client: &Client) -> Request<Json<Value>, Entity<Value>> {
    let target = Target::root(client.cloud(), "v1.0")
        .segment("drives")
        .key("d1")
        .segment("items")
        .key("i1")
        .segment("createUploadSession");
    Request::new(
        http::Method::POST,
        target,
        Json(json!({"item": {"@microsoft.graph.conflictBehavior": "replace"}})),
    )
}

#[tokio::test]
async fn an_interrupted_upload_resumes_from_next_expected_ranges() {
    let state = Arc::new(Mutex::new(Session {
        fail_put: Some(2),
        keep: 100_000,
        ..Session::default()
    }));
    let mock = Mock::start(session_server(state.clone())).await;
    let (client, _) = client(&mock);
    let session = client
        .create_upload_session(&create_session(&client))
        .await
        .expect("session");
    assert!(session.upload_url.ends_with("/upload/sess-1?sig=abc"));
    assert_eq!(session.next_expected_ranges, ["0-"]);

    let data = content(1_000_000);
    let options = UploadOptions {
        chunk_size: CHUNK,
        max_resumes: 3,
    };
    let item: Value = client
        .upload(&session.upload_url, data.as_slice(), &options)
        .await
        .expect("uploaded");
    assert_eq!(item["id"], "item-1");
    assert_eq!(item["size"], 1_000_000);
    assert!(
        state.lock().expect("state").received == data,
        "bytes stored in order"
    );

    let seen = mock.requests();
    let lines: Vec<String> = seen
        .iter()
        .map(|r| match r.header("content-range") {
            Some(range) => format!("{} {range}", r.method),
            None => r.method.clone(),
        })
        .collect();
    assert_eq!(
        lines,
        [
            "POST",
            "PUT bytes 0-327679/1000000",
            "PUT bytes 327680-655359/1000000",
            "GET",
            "PUT bytes 427680-755359/1000000",
            "PUT bytes 755360-999999/1000000"
        ]
    );
    assert_eq!(seen[0].header("authorization"), Some("Bearer test-token"));
    assert!(
        seen[1..]
            .iter()
            .all(|r| r.header("authorization").is_none()),
        "no Authorization on the upload URL"
    );
}

#[tokio::test]
async fn uploads_from_a_file() {
    let state = Arc::new(Mutex::new(Session::default()));
    let mock = Mock::start(session_server(state.clone())).await;
    let (client, _) = client(&mock);
    let data = content(700_000);
    let path =
        std::env::temp_dir().join(format!("msgraph-client-upload-{}.bin", std::process::id()));
    std::fs::write(&path, &data).expect("write the file");
    let source = FileSource::open(&path).await.expect("open");
    let upload_url = format!("{}/upload/sess-1?sig=abc", mock.base);
    let options = UploadOptions {
        chunk_size: CHUNK,
        ..UploadOptions::default()
    };
    let item: Value = client
        .upload(&upload_url, source, &options)
        .await
        .expect("uploaded");
    std::fs::remove_file(&path).ok();
    assert_eq!(item["size"], 700_000);
    assert!(state.lock().expect("state").received == data);
    assert_eq!(mock.count(), 3);
}

#[tokio::test]
async fn resumes_are_limited() {
    let state = Arc::new(Mutex::new(Session {
        always_fail: true,
        ..Session::default()
    }));
    let mock = Mock::start(session_server(state)).await;
    let (client, _) = client(&mock);
    let upload_url = format!("{}/upload/sess-1?sig=abc", mock.base);
    let options = UploadOptions {
        chunk_size: CHUNK,
        max_resumes: 2,
    };
    let err = client
        .upload::<Value>(&upload_url, content(10).as_slice(), &options)
        .await
        .expect_err("keeps failing");
    match err {
        Error::Upload(UploadError::ResumesExhausted { resumes: 2, last }) => {
            assert!(last.contains("500"), "{last}")
        }
        other => panic!("expected ResumesExhausted, got {other:?}"),
    }
    let methods: Vec<String> = mock.requests().into_iter().map(|r| r.method).collect();
    assert_eq!(methods, ["PUT", "GET", "PUT", "GET", "PUT"]);
}

#[tokio::test]
async fn an_expired_session_is_a_graph_error() {
    let state = Arc::new(Mutex::new(Session {
        expired: true,
        ..Session::default()
    }));
    let mock = Mock::start(session_server(state)).await;
    let (client, _) = client(&mock);
    let upload_url = format!("{}/upload/sess-1?sig=abc", mock.base);
    let err = client
        .upload::<Value>(&upload_url, content(10), &UploadOptions::default())
        .await
        .expect_err("expired");
    assert_eq!(err.status(), Some(404));
    assert_eq!(mock.count(), 1);
}

#[tokio::test]
async fn chunk_sizes_and_empty_content_are_checked_before_sending() {
    let mock = Mock::start(|_, _| Reply::status(500)).await;
    let (client, _) = client(&mock);
    let url = format!("{}/upload/x", mock.base);
    for size in [0, 1000, CHUNK + 1, 61 * 1024 * 1024] {
        let options = UploadOptions {
            chunk_size: size,
            ..UploadOptions::default()
        };
        assert!(matches!(
            client.upload::<Value>(&url, content(10), &options).await,
            Err(Error::Upload(UploadError::ChunkSize(s))) if s == size
        ));
    }
    assert!(matches!(
        client
            .upload::<Value>(&url, Vec::new(), &UploadOptions::default())
            .await,
        Err(Error::Upload(UploadError::Empty))
    ));
    assert_eq!(mock.count(), 0);
}
