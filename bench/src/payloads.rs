//! The benchmark's payloads: documented examples of the Graph docs pages (harvested by the
//! conformance kit's harvester), hand-written completions of documented examples that are
//! unusable as they stand, a real-shaped page of 200 expanded call records (the documented
//! call record with sessions and segments, ids and times varied) and a synthetic page of
//! 1,000 varied call records.

use serde_json::{Value, json};
use std::path::{Path, PathBuf};

/// One payload kind: a name, the bodies, and where they came from.
pub struct Payloads {
    /// Table label.
    pub name: &'static str,
    /// The bodies.
    pub bodies: Vec<Vec<u8>>,
    /// Where they came from.
    pub origin: String,
}

impl Payloads {
    /// Total size in bytes.
    pub fn bytes(&self) -> usize {
        self.bodies.iter().map(Vec::len).sum()
    }
}

/// The Graph docs folder: `$GRAPH_DOCS_DIR`, else `../shared/docs` next to the workspace.
pub fn docs_dir() -> PathBuf {
    std::env::var_os("GRAPH_DOCS_DIR")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/docs"))
}

/// The usable documented v1.0 examples of `odata_type` (not collections, not truncated,
/// strict JSON, duplicates removed), through the kit's harvester.
pub fn documented(
    harvest: &msgraph_conformance::harvest::Harvest,
    odata_type: &str,
) -> Vec<Vec<u8>> {
    use msgraph_conformance::example::{Role, Version};
    let mut out: Vec<Vec<u8>> = Vec::new();
    for e in &harvest.examples {
        let Some(d) = &e.declared else { continue };
        if e.version != Version::V1
            || d.type_name != odata_type
            || d.collection
            || e.truncated
            || !matches!(e.role, Role::Response | Role::Notification | Role::Example)
        {
            continue;
        }
        let text = e.raw.trim();
        if serde_json::from_str::<Value>(text).is_err() {
            continue;
        }
        if !out.iter().any(|p| p == text.as_bytes()) {
            out.push(text.as_bytes().to_vec());
        }
    }
    out
}

/// The six payload kinds of the benchmark (issue 13's table).
pub fn all() -> Vec<Payloads> {
    kinds(|_| true)
}

/// The payload kinds whose name contains `needle` (the others are not built).
pub fn matching(needle: &str) -> Vec<Payloads> {
    kinds(|name| name.contains(needle))
}

fn kinds(want: impl Fn(&str) -> bool) -> Vec<Payloads> {
    let docs = docs_dir();
    let harvest = msgraph_conformance::harvest::harvest_docs(&docs)
        .unwrap_or_else(|e| panic!("cannot harvest {}: {}", docs.display(), e.0));
    let mut kinds = Vec::new();
    for (name, odata_type, fallback) in [
        ("call", "microsoft.graph.call", Some(HAND_WRITTEN_CALL)),
        (
            "participant",
            "microsoft.graph.participant",
            Some(HAND_WRITTEN_PARTICIPANT),
        ),
        (
            "commsNotifications",
            "microsoft.graph.commsNotifications",
            None,
        ),
        (
            "callRecord",
            "microsoft.graph.callRecords.callRecord",
            Some(HAND_WRITTEN_CALL_RECORD),
        ),
    ] {
        if !want(name) {
            continue;
        }
        let found = documented(&harvest, odata_type);
        let (bodies, origin) = match (found.is_empty(), fallback) {
            (false, _) => {
                let n = found.len();
                (found, format!("{n} documented examples"))
            }
            (true, Some(text)) => (
                vec![text.as_bytes().to_vec()],
                "1 documented example, completed by hand (the docs' own is unusable)".to_owned(),
            ),
            (true, None) => panic!(
                "no usable documented {odata_type} example in {}",
                docs.display()
            ),
        };
        kinds.push(Payloads {
            name,
            bodies,
            origin,
        });
    }
    let name = "callRecords page (200, real-shaped)";
    if want(name) {
        let page = real_shaped_page(200);
        kinds.push(Payloads {
            name,
            origin: format!(
                "the documented call record with sessions and segments, 200 times, ids and times varied, {:.1} MB",
                page.len() as f64 / 1e6
            ),
            bodies: vec![page],
        });
    }
    let name = "callRecords page (1,000, synthetic)";
    if want(name) {
        let synthetic = serde_json::to_vec(&json!({
            "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#communications/callRecords",
            "value": synthetic_call_records(1000),
            "@odata.nextLink": "https://graph.microsoft.com/v1.0/communications/callRecords?$skiptoken=abc"
        }))
        .expect("a Value serializes");
        kinds.push(Payloads {
            name,
            origin: format!(
                "1,000 varied call records with sessions, segments, media and streams, {:.1} MB",
                synthetic.len() as f64 / 1e6
            ),
            bodies: vec![synthetic],
        });
    }
    kinds
}

/// A collection page of `n` copies of the documented call record (sessions and segments
/// expanded), each with its ids and times varied, shaped as Graph sends it: compact, each
/// object's members in canonical order (`@odata.type`, other annotations, properties in
/// declaration order, then anything else), as `msgraph_core` writes them.
pub fn real_shaped_page(n: u64) -> Vec<u8> {
    let record: Value = serde_json::from_str(HAND_WRITTEN_CALL_RECORD).expect("valid JSON");
    let mut rng = Rng(0x0070_6167_6532_3030);
    let mut value = Vec::new();
    for i in 0..n {
        let mut r = record.clone();
        vary(&mut r, &mut rng, i);
        if let Value::Object(o) = &mut r {
            o.remove("@odata.context");
        }
        value.push(r);
    }
    let page = json!({
        "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#communications/callRecords(sessions(segments()))",
        "value": value,
        "@odata.nextLink": "https://graph.microsoft.com/v1.0/communications/callRecords?$expand=sessions($expand=segments)&$skiptoken=page2"
    });
    let typed: msgraph_core::request::Page<msgraph_models::v1::call_records::CallRecord> =
        msgraph_core::from_value(&page).expect("the documented call record reads");
    msgraph_core::to_vec(&typed)
}

/// Replaces ids (GUID-shaped strings) and timestamps in `v` by varied ones.
fn vary(v: &mut Value, rng: &mut Rng, index: u64) {
    match v {
        Value::String(s) if s.len() == 36 && s.as_bytes().get(8) == Some(&b'-') => *s = rng.guid(),
        Value::String(s)
            if s.len() > 19 && s.as_bytes().get(10) == Some(&b'T') && s.ends_with('Z') =>
        {
            *s = timestamp(index * 3_600 + rng.below(3_000), rng.below(10_000_000));
        }
        Value::Array(a) => a.iter_mut().for_each(|x| vary(x, rng, index)),
        Value::Object(o) => o.values_mut().for_each(|x| vary(x, rng, index)),
        _ => {}
    }
}

// Hand-written payloads, for kinds whose documented examples are all unusable.

/// The `GET /communications/calls/{id}` response of `api/call-get.md`, whose
/// documented text is not valid JSON (trailing commas), completed with the
/// properties a live call carries.
pub const HAND_WRITTEN_CALL: &str = r##"{
  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#communications/calls/$entity",
  "@odata.type": "#microsoft.graph.call",
  "id": "2e1a0b00-2db4-4022-9570-243709c565ab",
  "state": "established",
  "direction": "outgoing",
  "callbackUri": "https://bot.contoso.com/callback",
  "callChainId": "b7ab2d87-1b9b-4ad5-8d1e-a2b6ed1bd52a",
  "tenantId": "aa67bd4c-8475-432d-bd41-39f255720e0a",
  "source": {
    "@odata.type": "#microsoft.graph.participantInfo",
    "identity": {
      "@odata.type": "#microsoft.graph.identitySet",
      "application": {
        "@odata.type": "#microsoft.graph.identity",
        "displayName": "Calling Bot",
        "id": "2891555a-92ff-42e6-80fa-6e1300c6b5c6"
      }
    },
    "region": null,
    "languageId": null
  },
  "targets": [
    {
      "@odata.type": "#microsoft.graph.invitationParticipantInfo",
      "identity": {
        "@odata.type": "#microsoft.graph.identitySet",
        "user": {
          "@odata.type": "#microsoft.graph.identity",
          "displayName": "John",
          "id": "112f7296-5fa4-42ca-bae8-6a692b15d4b8"
        }
      }
    }
  ],
  "requestedModalities": ["audio"],
  "mediaConfig": {
    "@odata.type": "#microsoft.graph.serviceHostedMediaConfig",
    "preFetchMedia": [
      {
        "uri": "https://cdn.contoso.com/beep.wav",
        "resourceId": "f8971b04-b53e-418c-9222-c82ce681a582"
      },
      {
        "uri": "https://cdn.contoso.com/cool.wav",
        "resourceId": "86dc814b-c172-4428-9112-60f8ecae1edb"
      }
    ]
  },
  "mediaState": {
    "@odata.type": "#microsoft.graph.callMediaState",
    "audio": "active"
  },
  "callRoutes": [],
  "myParticipantId": "499ff390-7a72-40e8-83a0-8fac6295ae7e",
  "subject": null,
  "resultInfo": null,
  "chatInfo": null,
  "meetingInfo": null,
  "transcription": null,
  "toneInfo": null
}"##;

/// The `GET .../participants/{id}` response of `api/participant-get.md`
/// (documented as truncated), with the properties it leaves out.
pub const HAND_WRITTEN_PARTICIPANT: &str = r##"{
  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#communications/calls('7531d31f-d10d-44de-802f-c569dbca451c')/participants/$entity",
  "@odata.type": "#microsoft.graph.participant",
  "id": "7e1b4346-85a6-4bdd-abe3-d11c5d420efe",
  "info": {
    "@odata.type": "#microsoft.graph.participantInfo",
    "identity": {
      "@odata.type": "#microsoft.graph.identitySet",
      "user": {
        "@odata.type": "#microsoft.graph.identity",
        "displayName": "Abbie Wilkins",
        "id": "821809f5-0000-0000-0000-3b5136c0e777",
        "tenantId": "dc368399-474c-4d40-900c-6265431fd81f"
      },
      "application": null,
      "device": null,
      "phone": null
    },
    "endpointType": "default",
    "region": "amer",
    "languageId": "en-US",
    "countryCode": "US",
    "participantId": "7e1b4346-85a6-4bdd-abe3-d11c5d420efe"
  },
  "mediaStreams": [
    {
      "@odata.type": "#microsoft.graph.mediaStream",
      "mediaType": "audio",
      "sourceId": "1",
      "direction": "sendReceive",
      "serverMuted": false,
      "label": "main-audio"
    },
    {
      "@odata.type": "#microsoft.graph.mediaStream",
      "mediaType": "video",
      "sourceId": "2",
      "direction": "receiveOnly",
      "serverMuted": false,
      "label": "main-video"
    },
    {
      "@odata.type": "#microsoft.graph.mediaStream",
      "mediaType": "vbss",
      "sourceId": "3",
      "direction": "receiveOnly",
      "serverMuted": false,
      "label": "applicationsharing-video"
    }
  ],
  "isMuted": false,
  "isInLobby": false,
  "metadata": null,
  "recordingInfo": {
    "@odata.type": "#microsoft.graph.recordingInfo",
    "initiator": null,
    "recordingStatus": "notRecording"
  },
  "restrictedExperience": null,
  "rosterSequenceNumber": 12
}"##;

/// The `GET /communications/callRecords/{id}?$expand=sessions($expand=segments)`
/// response of `api/callrecords-callrecord-get.md` (documented as truncated),
/// with the properties it leaves out.
pub const HAND_WRITTEN_CALL_RECORD: &str = r##"{
  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#communications/callRecords(sessions(segments()))/$entity",
  "version": 1,
  "type": "peerToPeer",
  "modalities": ["audio"],
  "lastModifiedDateTime": "2020-02-25T19:00:24.582757Z",
  "startDateTime": "2020-02-25T18:52:21.2169889Z",
  "endDateTime": "2020-02-25T18:52:46.7640013Z",
  "id": "e523d2ed-2966-4b6b-925b-754a88034cc5",
  "joinWebUrl": null,
  "organizer": {
    "user": {
      "id": "821809f5-0000-0000-0000-3b5136c0e777",
      "displayName": "Abbie Wilkins",
      "tenantId": "dc368399-474c-4d40-900c-6265431fd81f"
    }
  },
  "participants": [
    {
      "user": {
        "id": "821809f5-0000-0000-0000-3b5136c0e777",
        "displayName": "Abbie Wilkins",
        "tenantId": "dc368399-474c-4d40-900c-6265431fd81f"
      }
    },
    {
      "user": {
        "id": "f69e2c00-0000-0000-0000-185e5f5f5d8a",
        "displayName": "Owen Franklin",
        "tenantId": "dc368399-474c-4d40-900c-6265431fd81f"
      }
    }
  ],
  "organizer_v2@odata.context": "https://graph.microsoft.com/v1.0/$metadata#communications/callRecords('e523d2ed-2966-4b6b-925b-754a88034cc5')/organizer_v2/$entity",
  "organizer_v2": {
    "id": "821809f5-0000-0000-0000-3b5136c0e777",
    "identity": {
      "user": {
        "id": "821809f5-0000-0000-0000-3b5136c0e777",
        "displayName": "Abbie Wilkins",
        "tenantId": "dc368399-474c-4d40-900c-6265431fd81f"
      }
    }
  },
  "sessions": [
    {
      "modalities": ["audio"],
      "startDateTime": "2020-02-25T18:52:21.2169889Z",
      "endDateTime": "2020-02-25T18:52:46.7640013Z",
      "id": "e523d2ed-2966-4b6b-925b-754a88034cc5",
      "isTest": false,
      "failureInfo": null,
      "caller": {
        "@odata.type": "#microsoft.graph.callRecords.participantEndpoint",
        "name": "machineName_2",
        "cpuCoresCount": 8,
        "cpuName": "Qualcomm Kryo 280",
        "cpuProcessorSpeedInMhz": 2350,
        "userAgent": {
          "@odata.type": "#microsoft.graph.callRecords.clientUserAgent",
          "headerValue": "RTCC/7.0.0.0 UCWA/7.0.0.0 AndroidLync/6.25.0.27 (SM-G930U Android 8.0.0)",
          "platform": "android",
          "productFamily": "skypeForBusiness"
        },
        "associatedIdentity": {
          "id": "821809f5-0000-0000-0000-3b5136c0e777",
          "displayName": "Abbie Wilkins",
          "tenantId": "dc368399-474c-4d40-900c-6265431fd81f",
          "userPrincipalName": "abbie.wilkins@contoso.com"
        }
      },
      "callee": {
        "@odata.type": "#microsoft.graph.callRecords.participantEndpoint",
        "name": "machineName_4",
        "userAgent": {
          "@odata.type": "#microsoft.graph.callRecords.clientUserAgent",
          "headerValue": "UCCAPI/16.0.12527.20122 OC/16.0.12527.20194 (Skype for Business)",
          "platform": "windows",
          "productFamily": "skypeForBusiness"
        },
        "associatedIdentity": {
          "id": "f69e2c00-0000-0000-0000-185e5f5f5d8a",
          "displayName": "Owen Franklin",
          "tenantId": "dc368399-474c-4d40-900c-6265431fd81f",
          "userPrincipalName": "owen.franklin@contoso.com"
        },
        "feedback": {
          "rating": "poor",
          "text": null,
          "tokens": {
            "noSound": false,
            "echo": true,
            "distortedSound": true,
            "lowSound": false
          }
        }
      },
      "segments": [
        {
          "startDateTime": "2020-02-25T18:52:21.2169889Z",
          "endDateTime": "2020-02-25T18:52:46.7640013Z",
          "id": "e523d2ed-2966-4b6b-925b-754a88034cc5",
          "caller": {
            "@odata.type": "#microsoft.graph.callRecords.participantEndpoint",
            "name": "machineName_2",
            "userAgent": {
              "@odata.type": "#microsoft.graph.callRecords.clientUserAgent",
              "platform": "android",
              "productFamily": "skypeForBusiness"
            }
          },
          "callee": {
            "@odata.type": "#microsoft.graph.callRecords.participantEndpoint",
            "name": "machineName_4",
            "userAgent": {
              "@odata.type": "#microsoft.graph.callRecords.clientUserAgent",
              "platform": "windows",
              "productFamily": "skypeForBusiness"
            }
          },
          "media": [
            {
              "label": "main-audio",
              "callerNetwork": {
                "ipAddress": "10.150.0.2",
                "subnet": "10.150.0.0",
                "linkSpeed": 54000000,
                "connectionType": "wifi",
                "port": 27288,
                "reflexiveIPAddress": "127.0.0.2",
                "relayIPAddress": "52.114.188.102",
                "relayPort": 53889,
                "macAddress": "00-00-00-00-00-00",
                "wifiBand": "frequency50GHz",
                "wifiChannel": 44,
                "wifiSignalStrength": 100,
                "sentQualityEventRatio": 0,
                "receivedQualityEventRatio": 0.27,
                "delayEventRatio": 0,
                "bandwidthLowEventRatio": 0
              },
              "calleeNetwork": {
                "ipAddress": "10.139.0.12",
                "subnet": "10.139.80.0",
                "linkSpeed": 4294967295,
                "connectionType": "wired",
                "port": 50011,
                "relayIPAddress": "52.115.34.147",
                "relayPort": 3478
              },
              "callerDevice": {
                "captureDeviceName": "Default input device",
                "renderDeviceName": "Default output device",
                "receivedSignalLevel": -10,
                "receivedNoiseLevel": -86,
                "initialSignalLevelRootMeanSquare": 60.6,
                "micGlitchRate": 23,
                "speakerGlitchRate": 3243
              },
              "calleeDevice": {
                "captureDeviceName": "Microphone (Microsoft Virtual Audio Device (Simple) (WDM))",
                "renderDeviceName": "Speakers (Microsoft Virtual Audio Device (Simple) (WDM))",
                "receivedSignalLevel": -3,
                "receivedNoiseLevel": -73,
                "sentSignalLevel": -30,
                "sentNoiseLevel": -81,
                "micGlitchRate": 263,
                "speakerGlitchRate": 14,
                "howlingEventCount": 0
              },
              "streams": [
                {
                  "streamId": "1504545584",
                  "streamDirection": "callerToCallee",
                  "averageAudioDegradation": null,
                  "averageJitter": "PT0.016S",
                  "maxJitter": "PT0.021S",
                  "averagePacketLossRate": 0,
                  "maxPacketLossRate": 0,
                  "averageRatioOfConcealedSamples": null,
                  "maxRatioOfConcealedSamples": null,
                  "averageRoundTripTime": "PT0.061S",
                  "maxRoundTripTime": "PT0.079S",
                  "packetUtilization": 410,
                  "averageBandwidthEstimate": 9965083,
                  "wasMediaBypassed": false,
                  "postForwardErrorCorrectionPacketLossRate": null,
                  "averageAudioNetworkJitter": "PT0.001S",
                  "maxAudioNetworkJitter": "PT0.012S",
                  "audioCodec": "silk",
                  "startDateTime": "2020-02-25T18:52:21.2169889Z",
                  "endDateTime": "2020-02-25T18:52:46.7640013Z"
                },
                {
                  "streamId": "1785122252",
                  "streamDirection": "calleeToCaller",
                  "averageAudioDegradation": 1.160898,
                  "averageJitter": "PT0.007S",
                  "maxJitter": "PT0.012S",
                  "averagePacketLossRate": 0.01381693,
                  "maxPacketLossRate": 0.03738318,
                  "averageRatioOfConcealedSamples": 0.06233422,
                  "maxRatioOfConcealedSamples": 0.07192807,
                  "averageRoundTripTime": "PT0.064S",
                  "maxRoundTripTime": "PT0.106S",
                  "packetUtilization": 1095,
                  "averageBandwidthEstimate": 15644,
                  "wasMediaBypassed": false,
                  "postForwardErrorCorrectionPacketLossRate": 0.01381693,
                  "averageAudioNetworkJitter": "PT0.013S",
                  "maxAudioNetworkJitter": "PT0.021S",
                  "audioCodec": "satin",
                  "startDateTime": "2020-02-25T18:52:21.2169889Z",
                  "endDateTime": "2020-02-25T18:52:46.7640013Z"
                }
              ]
            }
          ]
        }
      ]
    }
  ],
  "sessions@odata.nextLink": "https://graph.microsoft.com/v1.0/$metadata#communications/callRecords('e523d2ed-2966-4b6b-925b-754a88034cc5')/sessions?$expand=segments&$skiptoken=abc"
}"##;

// ---------------------------------------------------------------------------
// The synthetic page

/// SplitMix64: deterministic, dependency-free variety.
pub struct Rng(pub u64);

impl Rng {
    /// The next pseudo-random number.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    /// A ratio in [0, 1) with four decimals (exact as decimal text).
    fn ratio(&mut self) -> f64 {
        self.below(10_000) as f64 / 10_000.0
    }
    fn guid(&mut self) -> String {
        let (a, b) = (self.next_u64(), self.next_u64());
        format!(
            "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
            a >> 32,
            (a >> 16) & 0xffff,
            a & 0xffff,
            b >> 48,
            b & 0xffff_ffff_ffff
        )
    }
    /// An ISO 8601 duration of up to `max_ms` milliseconds (`PT0.016S`).
    fn duration(&mut self, max_ms: u64) -> String {
        let ms = self.below(max_ms);
        format!("PT{}.{:03}S", ms / 1000, ms % 1000)
    }
}

/// `2026-11-DDTHH:MM:SS.fffffffZ` for a number of seconds into November 2026.
fn timestamp(seconds: u64, ticks: u64) -> String {
    let (d, rest) = (seconds / 86_400, seconds % 86_400);
    format!(
        "2026-11-{:02}T{:02}:{:02}:{:02}.{:07}Z",
        1 + d % 28,
        rest / 3600,
        rest % 3600 / 60,
        rest % 60,
        ticks % 10_000_000
    )
}

const NAMES: &[&str] = &[
    "Abbie Wilkins",
    "Owen Franklin",
    "Adele Vance",
    "Lee Gu",
    "Megan Bowen",
    "Nestor Wilke",
    "Patti Fernandez",
    "Lynne Robbins",
];
const TENANT: &str = "dc368399-474c-4d40-900c-6265431fd81f";

fn user(rng: &mut Rng) -> Value {
    json!({"id": rng.guid(), "displayName": rng.pick(NAMES), "tenantId": TENANT})
}

fn endpoint(rng: &mut Rng) -> Value {
    if rng.chance(20) {
        return json!({
            "@odata.type": "#microsoft.graph.callRecords.serviceEndpoint",
            "userAgent": {
                "@odata.type": "#microsoft.graph.callRecords.serviceUserAgent",
                "headerValue": "Microsoft.Skype.Calling/1.0",
                "role": rng.pick(&["conferencingAnnouncementService", "mediationServer", "skypeForBusinessMicrosoftTeamsGateway", "customBot"])
            }
        });
    }
    let (platform, family, header) = match rng.below(4) {
        0 => ("windows", "teams", "Teams/1.7.00.13456 (Windows 10)"),
        1 => ("macOS", "teams", "Teams/1.6.00.4472 (macOS 14.1)"),
        2 => (
            "android",
            "skypeForBusiness",
            "RTCC/7.0.0.0 AndroidLync/6.25.0.27 (SM-G930U Android 8.0.0)",
        ),
        _ => (
            "web",
            "teams",
            "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Teams/2",
        ),
    };
    let mut e = json!({
        "@odata.type": "#microsoft.graph.callRecords.participantEndpoint",
        "name": format!("machineName_{}", rng.below(100)),
        "userAgent": {
            "@odata.type": "#microsoft.graph.callRecords.clientUserAgent",
            "headerValue": header,
            "platform": platform,
            "productFamily": family
        },
        "associatedIdentity": user(rng)
    });
    if rng.chance(30) {
        e["feedback"] = json!({
            "rating": rng.pick(&["notRated", "bad", "poor", "fair", "good", "excellent"]),
            "text": if rng.chance(50) { Value::Null } else { json!("audio cut out twice") },
            "tokens": {"echo": rng.chance(20), "noSound": rng.chance(10), "distortedSound": rng.chance(20)}
        });
    }
    e
}

fn network(rng: &mut Rng) -> Value {
    let wifi = rng.chance(40);
    let mut n = json!({
        "ipAddress": format!("10.{}.{}.{}", rng.below(256), rng.below(256), rng.below(256)),
        "subnet": format!("10.{}.0.0", rng.below(256)),
        "linkSpeed": if wifi { 54_000_000 + rng.below(800_000_000) } else { 1_000_000_000 },
        "connectionType": if wifi { "wifi" } else { rng.pick(&["wired", "mobile", "tunnel"]) },
        "port": 1024 + rng.below(60_000),
        "relayIPAddress": format!("52.114.{}.{}", rng.below(256), rng.below(256)),
        "relayPort": 3478 + rng.below(3),
        "networkTransportProtocol": rng.pick(&["udp", "tcp"]),
        "sentQualityEventRatio": rng.ratio(),
        "receivedQualityEventRatio": rng.ratio(),
        "delayEventRatio": rng.ratio(),
        "bandwidthLowEventRatio": rng.ratio()
    });
    if wifi {
        n["wifiBand"] = json!(rng.pick(&["frequency24GHz", "frequency50GHz"]));
        n["wifiChannel"] = json!(1 + rng.below(165));
        n["wifiSignalStrength"] = json!(rng.below(101));
        n["wifiRadioType"] = json!(rng.pick(&["wifi80211n", "wifi80211ac", "wifi80211ax"]));
    }
    n
}

fn device(rng: &mut Rng) -> Value {
    json!({
        "captureDeviceName": rng.pick(&["Default input device", "Microphone (Realtek(R) Audio)", "Headset Microphone (Jabra Evolve 75)"]),
        "renderDeviceName": rng.pick(&["Default output device", "Speakers (Realtek(R) Audio)", "Headset Earphone (Jabra Evolve 75)"]),
        "receivedSignalLevel": -(rng.below(40) as i64),
        "receivedNoiseLevel": -(60 + rng.below(40) as i64),
        "sentSignalLevel": -(rng.below(40) as i64),
        "sentNoiseLevel": -(60 + rng.below(40) as i64),
        "initialSignalLevelRootMeanSquare": rng.below(1000) as f64 / 10.0,
        "micGlitchRate": rng.below(400),
        "speakerGlitchRate": rng.below(4000),
        "howlingEventCount": rng.below(3),
        "lowSpeechLevelEventRatio": rng.ratio(),
        "renderZeroVolumeEventRatio": rng.ratio()
    })
}

fn stream(rng: &mut Rng, direction: &str, video: bool, start: &str, end: &str) -> Value {
    let mut s = json!({
        "streamId": rng.below(4_000_000_000).to_string(),
        "streamDirection": direction,
        "averageJitter": rng.duration(60),
        "maxJitter": rng.duration(200),
        "averagePacketLossRate": rng.ratio(),
        "maxPacketLossRate": rng.ratio(),
        "averageRoundTripTime": rng.duration(150),
        "maxRoundTripTime": rng.duration(400),
        "packetUtilization": rng.below(20_000),
        "averageBandwidthEstimate": rng.below(20_000_000),
        "wasMediaBypassed": rng.chance(5),
        "postForwardErrorCorrectionPacketLossRate": if rng.chance(30) { Value::Null } else { json!(rng.ratio()) },
        "startDateTime": start,
        "endDateTime": end
    });
    if video {
        s["videoCodec"] = json!(rng.pick(&["h264", "h264s", "av1", "xrtvc1"]));
        s["averageVideoFrameRate"] = json!(15.0 + rng.below(1500) as f64 / 100.0);
        s["averageReceivedFrameRate"] = json!(15.0 + rng.below(1500) as f64 / 100.0);
        s["averageVideoPacketLossRate"] = json!(rng.ratio());
        s["lowFrameRateRatio"] = json!(rng.ratio());
        s["averageFreezeDuration"] = json!(rng.duration(500));
    } else {
        s["audioCodec"] = json!(rng.pick(&["silk", "satin", "opus", "g722", "siren"]));
        s["averageAudioDegradation"] = if rng.chance(40) {
            Value::Null
        } else {
            json!(rng.below(50_000) as f64 / 10_000.0)
        };
        s["averageRatioOfConcealedSamples"] = json!(rng.ratio());
        s["maxRatioOfConcealedSamples"] = json!(rng.ratio());
        s["averageAudioNetworkJitter"] = json!(rng.duration(40));
        s["maxAudioNetworkJitter"] = json!(rng.duration(120));
    }
    s
}

fn segment(rng: &mut Rng, start: u64, length: u64) -> Value {
    let (from, to) = (
        timestamp(start, rng.next_u64()),
        timestamp(start + length, rng.next_u64()),
    );
    let media_count = 1 + rng.below(2);
    let media: Vec<Value> = (0..media_count)
        .map(|m| {
            let video = m == 1;
            json!({
                "label": if video { "main-video" } else { "main-audio" },
                "callerNetwork": network(rng),
                "calleeNetwork": network(rng),
                "callerDevice": device(rng),
                "calleeDevice": device(rng),
                "streams": [
                    stream(rng, "callerToCallee", video, &from, &to),
                    stream(rng, "calleeToCaller", video, &from, &to)
                ]
            })
        })
        .collect();
    json!({
        "id": rng.guid(),
        "startDateTime": from,
        "endDateTime": to,
        "caller": endpoint(rng),
        "callee": endpoint(rng),
        "failureInfo": if rng.chance(5) {
            json!({"stage": rng.pick(&["callSetup", "midcall"]), "reason": "Media connection failed"})
        } else {
            Value::Null
        },
        "media": media
    })
}

fn call_record(rng: &mut Rng, index: u64) -> Value {
    let start = index * 2_400 + rng.below(1_200);
    let mut at = start;
    let sessions: Vec<Value> = (0..1 + rng.below(3))
        .map(|_| {
            let session_start = at;
            let segments: Vec<Value> = (0..1 + rng.below(2))
                .map(|_| {
                    let length = 30 + rng.below(1_800);
                    let s = segment(rng, at, length);
                    at += length;
                    s
                })
                .collect();
            json!({
                "id": rng.guid(),
                "modalities": if rng.chance(50) { json!(["audio"]) } else { json!(["audio", "video"]) },
                "startDateTime": timestamp(session_start, rng.next_u64()),
                "endDateTime": timestamp(at, rng.next_u64()),
                "isTest": false,
                "caller": endpoint(rng),
                "callee": endpoint(rng),
                "failureInfo": Value::Null,
                "segments": segments
            })
        })
        .collect();
    let participants: Vec<Value> = (0..2 + rng.below(3))
        .map(|_| json!({"user": user(rng)}))
        .collect();
    let organizer = user(rng);
    json!({
        "id": rng.guid(),
        "version": 1 + rng.below(4),
        "type": if participants.len() > 2 { "groupCall" } else { "peerToPeer" },
        "modalities": rng.pick(&["audio", "audio,video", "audio,video,screenSharing"]).split(',').collect::<Vec<_>>(),
        "lastModifiedDateTime": timestamp(at + 600, rng.next_u64()),
        "startDateTime": timestamp(start, rng.next_u64()),
        "endDateTime": timestamp(at, rng.next_u64()),
        "joinWebUrl": if participants.len() > 2 {
            json!(format!("https://teams.microsoft.com/l/meetup-join/19%3ameeting_{}%40thread.v2/0", rng.guid()))
        } else {
            Value::Null
        },
        "organizer": {"user": organizer.clone()},
        "participants": participants,
        "organizer_v2": {"id": organizer["id"].clone(), "identity": {"user": organizer}},
        "sessions": sessions
    })
}

/// `n` varied call records with sessions, segments, media and streams.
pub fn synthetic_call_records(n: u64) -> Value {
    let mut rng = Rng(0x6d73_6772_6170_6821);
    Value::Array((0..n).map(|i| call_record(&mut rng, i)).collect())
}
