//! `msgraph-models` with one area enabled: the area's types, builders and routes are
//! there; navigation properties to types outside the area are not typed fields, and
//! expanded data for them lands in `extra`, so round-trips stay lossless.

#[cfg(feature = "invitations")]
#[test]
fn navigation_outside_the_area_lands_in_extra() {
    use msgraph_models::v1;
    let json = r#"{"id":"i1","invitedUserEmailAddress":"a@b.c","invitedUser":{"id":"u1","displayName":"Ann"},"status":"PendingAcceptance"}"#;
    let inv: v1::Invitation = msgraph_core::from_str(json).expect("invitation");
    // `invitedUser` targets `user`, which is not in the invitations area.
    assert_eq!(
        inv.extra.get_value("invitedUser"),
        Some(serde_json::json!({"id": "u1", "displayName": "Ann"}))
    );
    let back: serde_json::Value = serde_json::from_str(&msgraph_core::to_string(&inv)).expect("JSON");
    assert_eq!(back, serde_json::from_str::<serde_json::Value>(json).expect("JSON"));
    // The builders and the route table of the area are there.
    let req = v1::api().invitations().create(inv);
    assert_eq!(req.path(), "/invitations");
    let r = v1::routes::TABLE.resolve("POST", "/invitations").expect("route");
    assert_eq!(r.body, Some("microsoft.graph.invitation"));
    // Types outside the area are not in the registry.
    assert!(v1::registry::lookup("microsoft.graph.invitation").is_some());
    assert!(v1::registry::lookup("microsoft.graph.user").is_none());
}

#[cfg(feature = "communications")]
#[test]
fn communications_area_answers_calls_and_reads_call_records() {
    use msgraph_models::v1;
    let call: v1::Call = msgraph_core::from_str(
        r#"{"id":"c1","state":"established","callbackUri":"https://bot/cb","requestedModalities":["audio"]}"#,
    )
    .expect("call");
    assert!(call.extra.is_empty());
    let params = v1::params::CallAnswerParams::default();
    let req = v1::api().communications().calls().by_id("c1").answer(params);
    assert_eq!(req.path(), "/communications/calls/c1/answer");
    let rec: v1::call_records::CallRecord =
        msgraph_core::from_str(r#"{"id":"r1","type":"groupCall","modalities":["audio"]}"#).expect("record");
    assert!(rec.extra.is_empty());
    assert!(v1::registry::lookup("microsoft.graph.callRecords.callRecord").is_some());
    assert!(v1::registry::lookup("microsoft.graph.user").is_none());
}

/// What a calling bot's webhook receives is in its area: the notification envelope and
/// the change-notification types (reached by no path, so in every area).
#[cfg(feature = "communications")]
#[test]
fn communications_area_reads_notifications() {
    use msgraph_models::v1;
    let json = r##"{"value":[{"@odata.type":"#microsoft.graph.commsNotification","changeType":"deleted","resourceUrl":"/communications/calls/c1","resourceData":{"@odata.type":"#microsoft.graph.call","state":"terminated"}}]}"##;
    let n: v1::CommsNotifications = msgraph_core::from_str(json).expect("notifications");
    assert_eq!(msgraph_core::to_string(&n), json);
    let c: v1::ChangeNotificationCollection =
        msgraph_core::from_str(r#"{"value":[{"changeType":"created","clientState":"s","resource":"r"}]}"#)
            .expect("change notifications");
    assert_eq!(c.value.value().map(Vec::len), Some(1));
    assert!(v1::registry::lookup("microsoft.graph.changeNotificationEncryptedContent").is_some());
}
