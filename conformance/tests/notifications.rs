//! Documented change notifications a calling bot receives, read the way a webhook handler
//! would: the `commsNotifications` envelope strictly, each `resourceData` as the resource its
//! `@odata.type` names, leniently, since Graph's own examples do not always fit the schema.

use msgraph_conformance::harvest::harvest_docs;
use msgraph_core::{RawJson, from_str, to_string};
use msgraph_models::v1;

/// The documented "terminated" notification of `v1.0/api/call-delete.md`.
fn terminated_notification() -> String {
    let docs = msgraph_conformance::default_dir("GRAPH_DOCS_DIR", "docs");
    let harvest = harvest_docs(&docs).expect("docs harvest");
    harvest
        .examples
        .iter()
        .find(|e| {
            e.file == "v1.0/api/call-delete.md" && e.raw.contains(r#""changeType": "deleted""#)
        })
        .map(|e| e.raw.trim().to_owned())
        .expect("the terminated notification of call-delete.md")
}

/// `json` without the whitespace outside strings.
fn minify(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
        } else if !c.is_whitespace() {
            in_string = c == '"';
            out.push(c);
        }
    }
    out
}

#[test]
fn documented_call_deleted_notification_is_read_leniently_and_written_back_byte_for_byte() {
    let doc = minify(&terminated_notification());
    // The envelope is valid: `resourceData` is a dynamic member of an open type, kept raw.
    let mut notifications: v1::CommsNotifications = from_str(&doc).expect("envelope");
    let n = &mut notifications.value.value_mut().expect("value")[0];
    let data = n.extra.get("resourceData").expect("resourceData").clone();
    // Read strictly as its @odata.type (a call), the resource fails on `resultInfo.code`,
    // documented as the string "200" for an Int32...
    let e = data.read::<v1::AnyEntity>().unwrap_err();
    assert_eq!(e.path, "$.resultInfo.code", "{e}");
    // ...leniently it reads. The problems are exactly the two string-typed integers: the
    // v1.0 schema has `resultInfo.subcode` as an Int32 too, and the page writes "5001".
    let (resource, problems) = data.read_lenient::<v1::AnyEntity>().expect("lenient");
    let found: Vec<(&str, &str)> = problems
        .iter()
        .map(|p| (p.path.as_str(), p.message.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            (
                "$.resultInfo.code",
                r#"invalid type: string "200", expected Int32"#
            ),
            (
                "$.resultInfo.subcode",
                r#"invalid type: string "5001", expected Int32"#
            ),
        ]
    );
    let v1::AnyEntity::Call(call) = &resource else {
        panic!("expected a call, got {}", resource.type_name())
    };
    assert_eq!(call.state.value(), Some(&v1::CallState::Terminated));
    let info = call.result_info.value().expect("resultInfo");
    assert!(info.code.is_invalid() && info.subcode.is_invalid());
    assert_eq!(
        info.extra.invalid_member("code").map(RawJson::as_str),
        Some(r#""200""#)
    );
    assert_eq!(
        info.message.value().map(String::as_str),
        Some("The conversation has ended.")
    );
    // Written back, resource and notification are byte for byte what came in.
    assert_eq!(to_string(&resource), data.as_str());
    n.extra.insert_json("resourceData", &resource);
    assert_eq!(to_string(&notifications), doc);
}

#[test]
fn documented_running_status_is_running_and_written_back_as_documented() {
    // `v1.0/api/call-playprompt.md` answers with `"status": "running"`; the v1.0 schema's
    // member is `Running`.
    let docs = msgraph_conformance::default_dir("GRAPH_DOCS_DIR", "docs");
    let harvest = harvest_docs(&docs).expect("docs harvest");
    let body = harvest
        .examples
        .iter()
        .find(|e| {
            e.file == "v1.0/api/call-playprompt.md" && e.raw.contains(r#""status": "running""#)
        })
        .map(|e| minify(e.raw.trim()))
        .expect("the response of call-playprompt.md");
    let op: v1::PlayPromptOperation = from_str(&body).expect("strict read");
    assert_eq!(op.status.value(), Some(&v1::OperationStatus::Running));
    assert_eq!(format!("{:?}", op.status), "Value(Running)");
    // Written back as documented, not as the schema spells the member (members in the
    // type's declared order: the same JSON value).
    let back = to_string(&op);
    assert!(back.contains(r#""status":"running""#), "{back}");
    let value = |s: &str| serde_json::from_str::<serde_json::Value>(s).expect("JSON");
    assert_eq!(value(&back), value(&body));
    // A value the program sets is written as the schema spells it.
    let mut done = op.clone();
    done.status.set(v1::OperationStatus::Completed);
    assert!(to_string(&done).contains(r#""status":"Completed""#));
}
