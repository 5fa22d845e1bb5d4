//! Paging against a loopback server: three pages through `@odata.nextLink` (typed, with
//! the first request's headers repeated), the items stream, a delta query ending on
//! `@odata.deltaLink` and its next round, the page bound, an error mid-listing, and next
//! links to another host.

use crate::common;

use common::{Mock, Recorded, Reply, client};
use futures::StreamExt;
use msgraph_client::{Error, PageLimit};
use msgraph_models::v1;
use serde_json::json;

/// `/v1.0/communications/calls` in three pages of two calls, chained by skip tokens.
fn three_pages(r: &Recorded, _: usize) -> Reply {
    {
        let base = r.base();
        let page = match r.query.as_deref() {
            Some(q) if q.contains("$skiptoken=p3") => 3,
            Some(q) if q.contains("$skiptoken=p2") => 2,
            _ => 1,
        };
        let ids: Vec<_> = (1..=2)
            .map(|i| json!({"id": format!("call-{page}-{i}")}))
            .collect();
        let mut body = json!({"@odata.context": "ctx", "value": ids});
        if page < 3 {
            body["@odata.nextLink"] = json!(format!(
                "{base}/v1.0/communications/calls?$top=2&$skiptoken=p{}",
                page + 1
            ));
        }
        Reply::json(200, body)
    }
}

#[tokio::test]
async fn three_pages_through_next_links() {
    let mock = Mock::start(three_pages).await;
    let (client, _) = client(&mock);
    let request = v1::api_with(client.cloud().clone())
        .communications()
        .calls()
        .list()
        .top(2)
        .consistency_eventual()
        .header("Prefer", "odata.maxpagesize=2");
    let pages: Vec<_> = client.pages(&request).collect().await;
    assert_eq!(pages.len(), 3);
    let pages: Vec<_> = pages.into_iter().map(|p| p.expect("page")).collect();
    let ids: Vec<Vec<&str>> = pages
        .iter()
        .map(|p| {
            p.value
                .iter()
                .filter_map(|c: &v1::Call| c.id.value().map(String::as_str))
                .collect()
        })
        .collect();
    assert_eq!(
        ids,
        [
            ["call-1-1", "call-1-2"],
            ["call-2-1", "call-2-2"],
            ["call-3-1", "call-3-2"]
        ]
    );
    assert!(pages[2].next_link.is_none());

    let seen = mock.requests();
    let targets: Vec<String> = seen.iter().map(Recorded::target).collect();
    assert_eq!(
        targets,
        [
            "/v1.0/communications/calls?$top=2",
            "/v1.0/communications/calls?$top=2&$skiptoken=p2",
            "/v1.0/communications/calls?$top=2&$skiptoken=p3"
        ]
    );
    for r in &seen {
        assert_eq!(r.method, "GET");
        assert_eq!(r.header("authorization"), Some("Bearer test-token"));
        assert_eq!(r.header("consistencylevel"), Some("eventual"));
        assert_eq!(r.header("prefer"), Some("odata.maxpagesize=2"));
    }
}

#[tokio::test]
async fn items_stream_across_pages() {
    let mock = Mock::start(three_pages).await;
    let (client, _) = client(&mock);
    let request = v1::api_with(client.cloud().clone())
        .communications()
        .calls()
        .list()
        .top(2);
    let ids: Vec<String> = client
        .items(&request)
        .map(|c| c.expect("call").id.value().cloned().unwrap_or_default())
        .collect()
        .await;
    assert_eq!(ids.len(), 6);
    assert_eq!(ids[0], "call-1-1");
    assert_eq!(ids[5], "call-3-2");
}

#[tokio::test]
async fn delta_ends_on_the_delta_link_and_resumes_from_it() {
    let mock = Mock::start(move |r, _| {
        let base = r.base();
        let q = r.query.clone().unwrap_or_default();
        let root = format!("{base}/v1.0/communications/onlineMeetings/m1/recordings");
        if q.contains("$deltatoken=d1") {
            // Next round: one change, then a new delta link.
            Reply::json(
                200,
                json!({"value": [{"id": "rec-3"}], "@odata.deltaLink": format!("{root}/delta()?$deltatoken=d2")}),
            )
        } else if q.contains("$skiptoken=s2") {
            Reply::json(
                200,
                json!({"value": [{"id": "rec-2"}], "@odata.deltaLink": format!("{root}/delta()?$deltatoken=d1")}),
            )
        } else {
            Reply::json(
                200,
                json!({"value": [{"id": "rec-1"}], "@odata.nextLink": format!("{root}/delta()?$skiptoken=s2")}),
            )
        }
    })
    .await;
    let (client, _) = client(&mock);
    let request = v1::api_with(client.cloud().clone())
        .communications()
        .online_meetings()
        .by_id("m1")
        .recordings()
        .delta();
    let delta = client.delta(&request, PageLimit(10)).await.expect("delta");
    let ids: Vec<&str> = delta
        .items
        .iter()
        .filter_map(|r: &v1::CallRecording| r.id.value().map(String::as_str))
        .collect();
    assert_eq!(ids, ["rec-1", "rec-2"]);
    assert!(delta.delta_link.ends_with("/delta()?$deltatoken=d1"));

    let next = client
        .delta_from_link::<v1::CallRecording>(&delta.delta_link, PageLimit(10))
        .await
        .expect("next round");
    assert_eq!(next.items.len(), 1);
    assert!(next.delta_link.ends_with("$deltatoken=d2"));
    let targets: Vec<String> = mock.requests().iter().map(Recorded::target).collect();
    assert_eq!(
        targets,
        [
            "/v1.0/communications/onlineMeetings/m1/recordings/delta()",
            "/v1.0/communications/onlineMeetings/m1/recordings/delta()?$skiptoken=s2",
            "/v1.0/communications/onlineMeetings/m1/recordings/delta()?$deltatoken=d1"
        ]
    );
}

#[tokio::test]
async fn a_delta_without_delta_link_is_an_error() {
    let mock = Mock::start(|_, _| Reply::json(200, json!({"value": []}))).await;
    let (client, _) = client(&mock);
    let request = v1::api_with(client.cloud().clone())
        .communications()
        .online_meetings()
        .by_id("m1")
        .recordings()
        .delta();
    assert!(matches!(
        client.delta(&request, PageLimit(10)).await,
        Err(Error::MissingDeltaLink)
    ));
}

#[tokio::test]
async fn the_page_bound_stops_with_the_next_link() {
    let mock = Mock::start(three_pages).await;
    let (client, _) = client(&mock);
    let request = v1::api_with(client.cloud().clone())
        .communications()
        .calls()
        .list()
        .top(2);
    let results: Vec<_> = client.pages_limited(&request, PageLimit(2)).collect().await;
    assert_eq!(results.len(), 3);
    assert!(results[0].is_ok() && results[1].is_ok());
    let next_link = match &results[2] {
        Err(Error::PageLimit {
            limit: 2,
            next_link,
        }) => next_link.clone(),
        other => panic!("expected the page bound, got {other:?}"),
    };
    assert!(next_link.ends_with("$skiptoken=p3"));
    assert_eq!(mock.count(), 2);

    // Resuming from the link finishes the listing.
    let rest: Vec<_> = client
        .pages_from_link::<v1::Call>(next_link, PageLimit(5))
        .collect()
        .await;
    assert_eq!(rest.len(), 1);
    assert_eq!(rest[0].as_ref().expect("page").value.len(), 2);
    assert_eq!(mock.count(), 3);
}

#[tokio::test]
async fn an_error_ends_the_stream() {
    let mock = Mock::start(move |r, i| match i {
        0 => Reply::json(
            200,
            json!({"value": [{"id": "a"}], "@odata.nextLink": format!("{}/v1.0/communications/calls?p=2", r.base())}),
        ),
        _ => Reply::graph_error(400, "badRequest", "bad skip token"),
    })
    .await;
    let (client, _) = client(&mock);
    let request = v1::api_with(client.cloud().clone())
        .communications()
        .calls()
        .list();
    let results: Vec<_> = client.pages(&request).collect().await;
    assert_eq!(results.len(), 2);
    assert_eq!(
        results[1]
            .as_ref()
            .err()
            .and_then(|e| e.graph())
            .map(|g| g.code.clone()),
        Some("badRequest".to_string())
    );
    assert_eq!(mock.count(), 2);
}

#[tokio::test]
async fn next_links_to_another_host_get_no_token() {
    let mock = Mock::start(|_, _| {
        Reply::json(
            200,
            json!({"value": [], "@odata.nextLink": "https://evil.example/v1.0/steal"}),
        )
    })
    .await;
    let (client, _) = client(&mock);
    let request = v1::api_with(client.cloud().clone())
        .communications()
        .calls()
        .list();
    let results: Vec<_> = client.pages(&request).collect().await;
    assert_eq!(results.len(), 2);
    assert!(
        matches!(&results[1], Err(Error::ForeignUrl { url, .. }) if url == "https://evil.example/v1.0/steal")
    );
    assert_eq!(mock.count(), 1);
}
