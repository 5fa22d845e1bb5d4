//! The README example, end to end: build a request with the generated builders, send it
//! with a real HTTP client (ureq) to a loopback server, assert the exact bytes on the wire,
//! and parse the server's response into the typed result.

use msgraph_core::Field;
use msgraph_core::request::Cloud;
use msgraph_models::v1;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::mpsc;

/// Accepts one connection, records the raw request, answers with `response`.
fn serve_once(response: Vec<u8>) -> (String, mpsc::Receiver<Vec<u8>>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let addr = format!("http://{}", listener.local_addr().expect("address"));
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let (stream, _) = listener.accept().expect("accept");
        let mut reader = BufReader::new(stream);
        let mut raw = Vec::new();
        let mut length = 0usize;
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).expect("request line");
            raw.extend_from_slice(line.as_bytes());
            let lower = line.to_ascii_lowercase();
            if let Some(v) = lower.strip_prefix("content-length:") {
                length = v.trim().parse().expect("content length");
            }
            if line == "\r\n" || line.is_empty() {
                break;
            }
        }
        let mut body = vec![0; length];
        reader.read_exact(&mut body).expect("body");
        raw.extend_from_slice(&body);
        reader.get_mut().write_all(&response).expect("respond");
        tx.send(raw).expect("hand over the request");
    });
    (addr, rx)
}

#[test]
fn answer_a_call_over_loopback() {
    let (base, seen) = serve_once(
        b"HTTP/1.1 202 Accepted\r\nLocation: https://graph.microsoft.com/v1.0/communications/calls/a%2Fb/operations/op1\r\nContent-Length: 0\r\n\r\n".to_vec(),
    );

    // --- README example ---
    let params = v1::params::CallAnswerParams {
        callback_uri: Field::Value("https://bot.contoso.com/callback".into()),
        accepted_modalities: Field::Value(vec![v1::Modality::Audio]),
        ..Default::default()
    };
    let request = v1::api_with(Cloud::Custom(base.clone()))
        .communications()
        .calls()
        .by_id("a/b") // keys are encoded as one path segment
        .answer(params)
        .header("client-request-id", "c0ffee");
    let http_request = request.to_http().expect("valid request");
    let response = ureq::run(http_request).expect("sent");
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let body = response.into_body().read_to_vec().expect("body");
    let done = request
        .parse_response(status, &headers, &body)
        .expect("accepted");
    // --- end of README example ---

    assert_eq!(done.status, 202);
    assert_eq!(
        done.location.as_deref(),
        Some("https://graph.microsoft.com/v1.0/communications/calls/a%2Fb/operations/op1")
    );
    let raw = String::from_utf8(seen.recv().expect("request seen")).expect("UTF-8");
    let host = base.trim_start_matches("http://");
    let body =
        r#"{"callbackUri":"https://bot.contoso.com/callback","acceptedModalities":["audio"]}"#;
    // The client's own User-Agent is masked; everything else is exact.
    let masked: String = raw
        .split_inclusive("\r\n")
        .map(|l| {
            if l.to_ascii_lowercase().starts_with("user-agent:") {
                "user-agent: *\r\n"
            } else {
                l
            }
        })
        .collect();
    assert_eq!(
        masked,
        format!(
            "POST /v1.0/communications/calls/a%2Fb/answer HTTP/1.1\r\n\
             content-length: {}\r\n\
             user-agent: *\r\n\
             accept: */*\r\n\
             host: {host}\r\n\
             content-type: application/json\r\n\
             client-request-id: c0ffee\r\n\
             \r\n\
             {body}",
            body.len()
        )
    );
}

#[test]
fn list_with_query_over_loopback_parses_the_page() {
    let json = r#"{"value":[{"id":"p1","isMuted":false,"unknownField":1}],"@odata.nextLink":"https://next/page"}"#;
    let (base, seen) = serve_once(
        format!(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{json}",
            json.len()
        )
        .into_bytes(),
    );
    let request = v1::api_with(Cloud::Custom(base))
        .communications()
        .calls()
        .by_id("c1")
        .participants()
        .list()
        .select(&["id", "isMuted"])
        .top(1);
    let response = ureq::run(request.to_http().expect("valid")).expect("sent");
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let body = response.into_body().read_to_vec().expect("body");
    let page = request
        .parse_response(status, &headers, &body)
        .expect("page");
    assert_eq!(page.value[0].is_muted, Field::Value(false));
    assert_eq!(
        page.value[0].extra.get_value("unknownField"),
        Some(serde_json::json!(1))
    );
    assert_eq!(page.next_link.as_deref(), Some("https://next/page"));
    let raw = String::from_utf8(seen.recv().expect("request seen")).expect("UTF-8");
    assert!(
        raw.starts_with(
            "GET /v1.0/communications/calls/c1/participants?$select=id,isMuted&$top=1 HTTP/1.1\r\n"
        ),
        "{raw}"
    );
    assert!(!raw.to_ascii_lowercase().contains("content-type"), "{raw}");
}
