//! Hand-written payloads against the real generated v1.0 types (call,
//! participant, commsNotifications, callRecord, session, segment), one test
//! per trap: lossless round-trips, null vs absent, unknown properties and
//! annotations, polymorphism, enums, flags, Edm values, clear errors.

use msgraph_conformance::same_json;
use msgraph_core::{Field, from_str, to_value};
use msgraph_models::v1::{self, call_records};
use serde_json::{Value, json};

/// Parse `json` as `T`, serialize back, and require equal JSON values.
fn lossless<T: msgraph_core::FromJson + msgraph_core::ToJson>(json: &Value) -> T {
    let text = json.to_string();
    let typed: T = from_str(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    let back = to_value(&typed);
    assert!(
        same_json(&back, json),
        "round-trip changed the payload:\n{back}\n{json}"
    );
    typed
}

#[test]
fn doubles_written_as_floats_compare_by_value() {
    // 1.5 stays 1.5; 2.0 is written as 2 (the same number).
    let s: call_records::MediaStream =
        lossless(&json!({"maxPacketLossRate": 1.5, "averagePacketLossRate": 2.0}));
    assert_eq!(s.average_packet_loss_rate.value(), Some(&2.0));
    assert!(!same_json(&json!(1), &json!(2)) && same_json(&json!(2), &json!(2.0)));
}

#[test]
fn call_with_app_hosted_media_config_is_lossless_and_typed() {
    let payload = json!({
        "@odata.type": "#microsoft.graph.call",
        "@odata.etag": "W/\"1\"",
        "id": "2f1a1100-b174-40a0-aba7-0b405e01ed92",
        "callbackUri": "https://bot.contoso.com/callback",
        "state": "established",
        "direction": "outgoing",
        "subject": null,
        "requestedModalities": ["audio", "video"],
        "mediaConfig": {
            "@odata.type": "#microsoft.graph.appHostedMediaConfig",
            "blob": "<Media Session Configuration>"
        },
        "source": {
            "@odata.type": "#microsoft.graph.participantInfo",
            "identity": {
                "@odata.type": "#microsoft.graph.identitySet",
                "application": {"@odata.type": "#microsoft.graph.identity", "displayName": "Bot", "id": "2891555a-92ff-42e6-80fa-6e1300c6b5c6"}
            }
        },
        "chatInfo@odata.bind": "https://graph.microsoft.com/v1.0/chats/1",
        "undocumentedFlag": {"nested": [1, 2.5, null]}
    });
    let call: v1::Call = lossless(&payload);
    assert_eq!(call.state.value(), Some(&v1::CallState::Established));
    assert!(call.subject.is_null());
    assert!(call.tenant_id.is_absent());
    match call.media_config.value() {
        Some(v1::AnyMediaConfig::AppHostedMediaConfig(app)) => {
            assert_eq!(
                app.blob.value().map(String::as_str),
                Some("<Media Session Configuration>")
            );
        }
        other => panic!("expected the appHostedMediaConfig variant, got {other:?}"),
    }
    assert_eq!(
        call.extra.get_value("undocumentedFlag"),
        Some(json!({"nested": [1, 2.5, null]}))
    );
    assert_eq!(
        call.extra.odata_type().as_deref(),
        Some("#microsoft.graph.call")
    );
    assert!(call.extra.contains_key("chatInfo@odata.bind"));
}

#[test]
fn polymorphic_tag_without_hash_not_first_and_unknown() {
    // Tag without '#', and not the first key: buffered, still typed.
    let late = json!({"blob": "b", "removeFromDefaultAudioGroup": false, "@odata.type": "microsoft.graph.appHostedMediaConfig"});
    let m: v1::AnyMediaConfig = lossless(&late);
    assert!(
        matches!(m, v1::AnyMediaConfig::AppHostedMediaConfig(_)),
        "{m:?}"
    );
    // Unknown tag: base type, tag and unknown members kept.
    let unknown =
        json!({"@odata.type": "#microsoft.graph.futureMediaConfig", "blob": "b", "newThing": 1});
    let m: v1::AnyMediaConfig = lossless(&unknown);
    match &m {
        v1::AnyMediaConfig::MediaConfig(base) => {
            assert_eq!(
                base.extra.odata_type().as_deref(),
                Some("#microsoft.graph.futureMediaConfig")
            );
            assert!(
                base.extra.contains_key("blob"),
                "blob is not a mediaConfig property"
            );
        }
        other => panic!("expected base fallback, got {other:?}"),
    }
    // Missing tag: base type.
    let m: v1::AnyMediaConfig = lossless(&json!({"removeFromDefaultAudioGroup": true}));
    assert!(matches!(m, v1::AnyMediaConfig::MediaConfig(_)));
}

#[test]
fn derived_value_built_in_code_carries_its_odata_type() {
    let mut app = v1::AppHostedMediaConfig::default();
    app.blob.set("blob-data");
    let mut call = v1::Call::default();
    call.media_config.set(v1::AnyMediaConfig::from(app));
    call.callback_uri.set("https://bot.contoso.com/callback");
    call.subject.set_null(); // PATCH: explicitly clear the subject
    assert_eq!(
        to_value(&call),
        json!({
            "callbackUri": "https://bot.contoso.com/callback",
            "mediaConfig": {"@odata.type": "#microsoft.graph.appHostedMediaConfig", "blob": "blob-data"},
            "subject": null
        })
    );
}

#[test]
fn participant_round_trip_with_nested_polymorphic_identities() {
    let payload = json!({
        "@odata.type": "#microsoft.graph.participant",
        "id": "0d0d0a00-7a77-4bbc-9ffe-a06e33b2c3f6",
        "info": {
            "identity": {
                "user": {"id": "550fae72-d251-43ec-868c-373732c2704f", "displayName": "Heidi Steen", "tenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47"},
                "phone": {"@odata.type": "#microsoft.graph.identity", "id": "+12345678901"}
            },
            "languageId": "en-US",
            "region": "westus"
        },
        "isMuted": true,
        "isInLobby": false,
        "mediaStreams": [
            {"mediaType": "audio", "label": "main-audio", "sourceId": "1", "direction": "sendReceive", "serverMuted": false}
        ],
        "metadata": "metadata-value",
        "recordingInfo": {"status": "notRecording", "initiator": null}
    });
    let p: v1::Participant = lossless(&payload);
    assert_eq!(p.is_muted.value(), Some(&true));
}

#[test]
fn comms_notifications_keep_resource_data() {
    let payload = json!({
        "@odata.type": "#microsoft.graph.commsNotifications",
        "value": [{
            "@odata.type": "#microsoft.graph.commsNotification",
            "changeType": "updated",
            "resourceUrl": "/communications/calls/57dab8b1-894c-409a-b240-bd8beae78896",
            "resourceData": {
                "@odata.type": "#microsoft.graph.call",
                "state": "established",
                "mediaState": {"audio": "active"}
            }
        }, {
            "changeType": "someFutureChange",
            "resourceUrl": "/communications/calls/1"
        }]
    });
    let n: v1::CommsNotifications = lossless(&payload);
    let list = n.value.value().expect("value");
    assert_eq!(list[0].change_type.value(), Some(&v1::ChangeType::Updated));
    // Unknown enum value kept verbatim.
    assert_eq!(
        list[1].change_type.value(),
        Some(&v1::ChangeType::Unrecognized(
            "someFutureChange".to_string()
        ))
    );
    assert!(list[0].extra.contains_key("resourceData"));
}

fn call_record_payload() -> Value {
    json!({
        "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#communications/callRecords(sessions(segments()))/$entity",
        "version": 9_007_199_254_740_993_i64,
        "type": "peerToPeer",
        "modalities": ["audio", "video", "screenSharing"],
        "lastModifiedDateTime": "2020-02-25T19:00:24.582757Z",
        "startDateTime": "2020-02-25T18:52:21.2169889Z",
        "endDateTime": "2020-02-25T18:52:46.7640013Z",
        "id": "e523d2ed-2966-4b6b-925b-754a88034cc5",
        "joinWebUrl": null,
        "organizer": {
            "user": {"id": "821809f5-0000-0000-0000-3b5136c0e777", "displayName": "Abbie Wilkins", "tenantId": "dc368399-474c-4d40-900c-6265431fd81f"}
        },
        "participants": [
            {"user": {"id": "821809f5-0000-0000-0000-3b5136c0e777", "displayName": "Abbie Wilkins", "tenantId": "dc368399-474c-4d40-900c-6265431fd81f"}}
        ],
        "sessions@odata.context": "https://graph.microsoft.com/v1.0/$metadata#communications/callRecords('e523d2ed')/sessions(segments())",
        "sessions": [{
            "modalities": ["audio", "video"],
            "startDateTime": "2020-02-25T18:52:21.2169889Z",
            "endDateTime": "2020-02-25T18:52:46.7640013Z",
            "id": "e523d2ed-2966-4b6b-925b-754a88034cc5",
            "caller": {
                "@odata.type": "#microsoft.graph.callRecords.participantEndpoint",
                "userAgent": {
                    "@odata.type": "#microsoft.graph.callRecords.clientUserAgent",
                    "headerValue": "RTCC/7.0.0.0 UCWA/7.0.0.0 AndroidLync/6.25.0.27 (SM-G930U Android 8.0.0)",
                    "platform": "android",
                    "productFamily": "skypeForBusiness"
                },
                "identity": {"user": {"id": "821809f5-0000-0000-0000-3b5136c0e777", "displayName": "Abbie Wilkins", "tenantId": "dc368399-474c-4d40-900c-6265431fd81f"}}
            },
            "callee": {
                "@odata.type": "#microsoft.graph.callRecords.participantEndpoint",
                "userAgent": {"@odata.type": "#microsoft.graph.callRecords.clientUserAgent", "platform": "windows", "productFamily": "teams"}
            },
            "failureInfo": null,
            "segments": [{
                "startDateTime": "2020-02-25T18:52:21.2169889Z",
                "endDateTime": "2020-02-25T18:52:46.7640013Z",
                "id": "e523d2ed-2966-4b6b-925b-754a88034cc5",
                "caller": {"@odata.type": "#microsoft.graph.callRecords.participantEndpoint"},
                "callee": {"@odata.type": "#microsoft.graph.callRecords.serviceEndpoint", "userAgent": {"@odata.type": "#microsoft.graph.callRecords.serviceUserAgent", "role": "skypeForBusinessMicrosoftTeamsGateway"}},
                "media": [{
                    "label": "main-audio",
                    "streams": [{
                        "streamId": "1504545584",
                        "startDateTime": "2020-02-25T18:52:21.2169889Z",
                        "streamDirection": "callerToCallee",
                        "averageAudioDegradation": null,
                        "averageJitter": "PT0.015S",
                        "maxJitter": "PT0.016S",
                        "averagePacketLossRate": 0,
                        "maxPacketLossRate": 0.5,
                        "averageRatioOfConcealedSamples": "NaN",
                        "averageRoundTripTime": "-PT0.061S",
                        "packetUtilization": 67,
                        "wasMediaBypassed": false,
                        "averageBandwidthEstimate": 9_007_199_254_740_993_i64
                    }]
                }]
            }]
        }]
    })
}

#[test]
fn call_record_with_sessions_and_segments_is_lossless() {
    let payload = call_record_payload();
    let record: call_records::CallRecord = lossless(&payload);
    // Int64 beyond 2^53 is exact; dates keep all seven fractional digits.
    assert_eq!(record.version.value(), Some(&9_007_199_254_740_993));
    assert_eq!(
        record.start_date_time.value().map(|d| d.as_str()),
        Some("2020-02-25T18:52:21.2169889Z")
    );
    let start = record
        .start_date_time
        .value()
        .unwrap()
        .to_offset_date_time()
        .unwrap();
    assert_eq!(start.nanosecond(), 216_988_900);
    let session = &record.sessions.value().unwrap()[0];
    match session.caller.value() {
        Some(call_records::AnyEndpoint::ParticipantEndpoint(p)) => {
            assert!(matches!(
                p.user_agent.value(),
                Some(call_records::AnyUserAgent::ClientUserAgent(_))
            ));
        }
        other => panic!("expected participantEndpoint, got {other:?}"),
    }
    let stream = &session.segments.value().unwrap()[0].media.value().unwrap()[0]
        .streams
        .value()
        .unwrap()[0];
    assert!(
        stream
            .average_ratio_of_concealed_samples
            .value()
            .unwrap()
            .is_nan()
    );
    assert!(stream.average_audio_degradation.is_null());
    let rtt = stream
        .average_round_trip_time
        .value()
        .unwrap()
        .to_duration()
        .unwrap();
    assert_eq!(rtt, time::Duration::milliseconds(-61));
}

#[test]
fn session_and_segment_alone() {
    let payload = call_record_payload();
    let session = &payload["sessions"][0];
    let s: call_records::Session = lossless(session);
    assert_eq!(s.modalities.value().map(Vec::len), Some(2));
    let seg: call_records::Segment = lossless(&session["segments"][0]);
    assert!(matches!(
        seg.callee.value(),
        Some(call_records::AnyEndpoint::ServiceEndpoint(_))
    ));
}

#[test]
fn wrong_values_fail_with_json_path_and_expected_type() {
    let cases: [(Value, &str, &str); 4] = [
        (
            json!({"sessions": [{"segments": [{"media": [{"streams": [{"packetUtilization": "many"}]}]}]}]}),
            "$.sessions[0].segments[0].media[0].streams[0].packetUtilization",
            "Int64",
        ),
        (
            json!({"startDateTime": "String"}),
            "$.startDateTime",
            "DateTimeOffset",
        ),
        (json!({"version": 1.5}), "$.version", "Int64"),
        (json!({"organizer": [1]}), "$.organizer", "object"),
    ];
    for (payload, path, expected) in cases {
        let err =
            from_str::<call_records::CallRecord>(&payload.to_string()).expect_err("must fail");
        let text = err.to_string();
        assert!(text.contains(path), "{text} should name {path}");
        assert!(text.contains(expected), "{text} should name {expected}");
    }
}

#[test]
fn enums_keep_members_after_unknown_future_value_and_unknown_strings() {
    // `callRecords.productFamily` has a member after `unknownFutureValue`.
    let m: call_records::ProductFamily = from_str("\"azureCommunicationServices\"").unwrap();
    assert_eq!(m, call_records::ProductFamily::AzureCommunicationServices);
    let future: call_records::ProductFamily = from_str("\"hologram\"").unwrap();
    assert_eq!(
        future,
        call_records::ProductFamily::Unrecognized("hologram".into())
    );
    assert_eq!(to_value(&future), json!("hologram"));
    // `recordingStatus` has a real member named `unknown`, distinct from the fallback.
    let unknown: v1::RecordingStatus = from_str("\"unknown\"").unwrap();
    assert_eq!(unknown, v1::RecordingStatus::Unknown);
    // Wrong JSON kind for an enum.
    let err = from_str::<v1::RecordingStatus>("3")
        .unwrap_err()
        .to_string();
    assert!(err.contains("microsoft.graph.recordingStatus"), "{err}");
}

#[test]
fn flags_enums_read_and_write_comma_separated_strings() {
    // participant.restrictedExperience.videoDisabled is an IsFlags enum.
    for text in [
        "watermarkProtection",
        "watermarkProtection,unknownFutureValue",
        "unknownFutureValue, watermarkProtection",
        "watermarkProtection,newReason",
        "",
    ] {
        let payload = json!({"restrictedExperience": {"videoDisabled": text, "contentSharingDisabled": text}});
        let p: v1::Participant = lossless(&payload);
        let r = p.restricted_experience.value().unwrap();
        let flags = r.video_disabled.value().unwrap();
        assert_eq!(
            flags.contains(&v1::OnlineMeetingVideoDisabledReason::WatermarkProtection),
            text.contains("watermarkProtection"),
            "{text}"
        );
    }
    let p: v1::Participant = lossless(
        &json!({"restrictedExperience": {"videoDisabled": "watermarkProtection,newReason"}}),
    );
    let flags = p
        .restricted_experience
        .value()
        .unwrap()
        .video_disabled
        .value()
        .unwrap();
    assert!(
        flags.contains(&v1::OnlineMeetingVideoDisabledReason::Unrecognized(
            "newReason".into()
        ))
    );
}

#[test]
fn patch_semantics_absent_null_value() {
    let mut p = v1::Participant::default();
    assert_eq!(to_value(&p), json!({}));
    p.is_muted = Field::Null;
    p.metadata.set("m");
    assert_eq!(to_value(&p), json!({"isMuted": null, "metadata": "m"}));
    p.is_muted.clear();
    assert_eq!(to_value(&p), json!({"metadata": "m"}));
}
