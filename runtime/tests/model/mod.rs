//! A hand-written mini model written the way the generator emits code: plain structs with
//! `Field<T>` members and an `Extra` whose `ObjectMut`/`ObjectSer` impls hand the runtime their
//! property slots (sorted by JSON name for reading, in declaration order for writing), a
//! polymorphic enum over a base type and a derived type (boxed variants), a string enum with a
//! member literally named "unknown" next to the fallback variant, and a flags enum.
//!
//! Shared by the integration tests and `examples/roundtrip_speed.rs`.
#![allow(dead_code)]

use msgraph_core::edm::{Binary, Date, DateTimeOffset, Decimal, Duration, Guid, TimeOfDay};
use msgraph_core::object::{FieldsFn, FieldsMutFn, Head};
use msgraph_core::{Extra, Field, Flags, ObjectDe, ObjectMut, ObjectSer, PolyDe, PolySer, StrEnum};

// ----------------------------------------------------------------------------- string enums

#[derive(Clone)]
pub enum CallState {
    Incoming,
    Established,
    /// The member literally named "unknown" (not the fallback).
    Unknown,
    UnknownFutureValue,
    /// Fallback for names this model doesn't know.
    Unrecognized(String),
}

impl StrEnum for CallState {
    const TYPE_NAME: &'static str = "microsoft.graph.callState";
    fn as_str(&self) -> &str {
        match self {
            CallState::Incoming => "incoming",
            CallState::Established => "established",
            CallState::Unknown => "unknown",
            CallState::UnknownFutureValue => "unknownFutureValue",
            CallState::Unrecognized(s) => s,
        }
    }
    fn from_name(s: &str) -> Self {
        match s {
            "incoming" => CallState::Incoming,
            "established" => CallState::Established,
            "unknown" => CallState::Unknown,
            "unknownFutureValue" => CallState::UnknownFutureValue,
            other => CallState::Unrecognized(other.to_owned()),
        }
    }
}
msgraph_core::impl_enum!(CallState);
msgraph_core::impl_serde!(CallState); // as generated with the `serde` feature

/// `IsFlags="true"` enum.
#[derive(Clone)]
pub enum Modality {
    Audio,
    Video,
    VideoBasedScreenSharing,
    Data,
    Unrecognized(String),
}

impl StrEnum for Modality {
    const TYPE_NAME: &'static str = "microsoft.graph.modality";
    fn as_str(&self) -> &str {
        match self {
            Modality::Audio => "audio",
            Modality::Video => "video",
            Modality::VideoBasedScreenSharing => "videoBasedScreenSharing",
            Modality::Data => "data",
            Modality::Unrecognized(s) => s,
        }
    }
    fn from_name(s: &str) -> Self {
        match s {
            "audio" => Modality::Audio,
            "video" => Modality::Video,
            "videoBasedScreenSharing" => Modality::VideoBasedScreenSharing,
            "data" => Modality::Data,
            other => Modality::Unrecognized(other.to_owned()),
        }
    }
}
msgraph_core::impl_enum!(Modality);
msgraph_core::impl_serde!(Modality); // as generated with the `serde` feature

// ----------------------------------------------------------------------------- media config

/// Base type `microsoft.graph.mediaConfig`.
#[derive(Clone, Default)]
pub struct MediaConfig {
    pub remove_from_default_audio_group: Field<bool>,
    pub extra: Extra,
}

impl ObjectMut for MediaConfig {
    fn fields_mut(&mut self, f: &mut FieldsMutFn<'_>) {
        f(
            &mut self.extra,
            &mut [(
                "removeFromDefaultAudioGroup",
                &mut self.remove_from_default_audio_group,
            )],
        )
    }
}
impl ObjectDe for MediaConfig {
    const TYPE_NAME: &'static str = "microsoft.graph.mediaConfig";
}
impl ObjectSer for MediaConfig {
    fn fields(&self, f: &mut FieldsFn<'_>) {
        f(
            Head::new("microsoft.graph.mediaConfig", &self.extra),
            &[(
                "removeFromDefaultAudioGroup",
                &self.remove_from_default_audio_group,
            )],
        )
    }
}
msgraph_core::impl_object!(MediaConfig);
msgraph_core::impl_serde!(MediaConfig); // as generated with the `serde` feature

/// Derived type `microsoft.graph.appHostedMediaConfig` (base properties flattened in).
#[derive(Clone, Default)]
pub struct AppHostedMediaConfig {
    pub remove_from_default_audio_group: Field<bool>,
    pub blob: Field<String>,
    pub extra: Extra,
}

impl ObjectMut for AppHostedMediaConfig {
    fn fields_mut(&mut self, f: &mut FieldsMutFn<'_>) {
        f(
            &mut self.extra,
            &mut [
                ("blob", &mut self.blob),
                (
                    "removeFromDefaultAudioGroup",
                    &mut self.remove_from_default_audio_group,
                ),
            ],
        )
    }
}
impl ObjectDe for AppHostedMediaConfig {
    const TYPE_NAME: &'static str = "microsoft.graph.appHostedMediaConfig";
}
impl ObjectSer for AppHostedMediaConfig {
    fn fields(&self, f: &mut FieldsFn<'_>) {
        f(
            Head::new("microsoft.graph.appHostedMediaConfig", &self.extra),
            &[
                (
                    "removeFromDefaultAudioGroup",
                    &self.remove_from_default_audio_group,
                ),
                ("blob", &self.blob),
            ],
        )
    }
}
msgraph_core::impl_object!(AppHostedMediaConfig);
msgraph_core::impl_serde!(AppHostedMediaConfig); // as generated with the `serde` feature

/// A `microsoft.graph.mediaConfig` in a polymorphic position.
#[derive(Clone)]
pub enum AnyMediaConfig {
    MediaConfig(Box<MediaConfig>),
    AppHostedMediaConfig(Box<AppHostedMediaConfig>),
}

impl Default for AnyMediaConfig {
    fn default() -> Self {
        Self::MediaConfig(Default::default())
    }
}
impl From<MediaConfig> for AnyMediaConfig {
    fn from(v: MediaConfig) -> Self {
        Self::MediaConfig(Box::new(v))
    }
}
impl From<AppHostedMediaConfig> for AnyMediaConfig {
    fn from(v: AppHostedMediaConfig) -> Self {
        Self::AppHostedMediaConfig(Box::new(v))
    }
}

impl PolyDe for AnyMediaConfig {
    const BASE_NAME: &'static str = "microsoft.graph.mediaConfig";
    fn for_tag(qualified_name: &str) -> Option<Self> {
        Some(match qualified_name {
            "microsoft.graph.mediaConfig" => Self::MediaConfig(Default::default()),
            "microsoft.graph.appHostedMediaConfig" => {
                Self::AppHostedMediaConfig(Default::default())
            }
            _ => return None,
        })
    }
    fn base() -> Self {
        Self::MediaConfig(Default::default())
    }
    fn variant_mut(&mut self) -> &mut dyn ObjectMut {
        match self {
            Self::MediaConfig(v) => &mut **v,
            Self::AppHostedMediaConfig(v) => &mut **v,
        }
    }
}
impl PolySer for AnyMediaConfig {
    fn variant(&self) -> (&dyn ObjectSer, Option<&'static str>) {
        match self {
            Self::MediaConfig(v) => (&**v, None),
            Self::AppHostedMediaConfig(v) => (&**v, Some("#microsoft.graph.appHostedMediaConfig")),
        }
    }
}
msgraph_core::impl_poly!(AnyMediaConfig);
msgraph_core::impl_serde!(AnyMediaConfig); // as generated with the `serde` feature

// ----------------------------------------------------------------------------- call

#[derive(Clone, Default)]
pub struct Item {
    pub x: Field<i32>,
    pub extra: Extra,
}

impl ObjectMut for Item {
    fn fields_mut(&mut self, f: &mut FieldsMutFn<'_>) {
        f(&mut self.extra, &mut [("x", &mut self.x)])
    }
}
impl ObjectDe for Item {
    const TYPE_NAME: &'static str = "microsoft.graph.item";
}
impl ObjectSer for Item {
    fn fields(&self, f: &mut FieldsFn<'_>) {
        f(
            Head::new("microsoft.graph.item", &self.extra),
            &[("x", &self.x)],
        )
    }
}
msgraph_core::impl_object!(Item);
msgraph_core::impl_serde!(Item); // as generated with the `serde` feature

#[derive(Clone, Default)]
pub struct ParticipantInfo {
    pub display_name: Field<String>,
    pub port: Field<i32>,
    pub extra: Extra,
}

impl ObjectMut for ParticipantInfo {
    fn fields_mut(&mut self, f: &mut FieldsMutFn<'_>) {
        f(
            &mut self.extra,
            &mut [
                ("displayName", &mut self.display_name),
                ("port", &mut self.port),
            ],
        )
    }
}
impl ObjectDe for ParticipantInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.participantInfo";
}
impl ObjectSer for ParticipantInfo {
    fn fields(&self, f: &mut FieldsFn<'_>) {
        f(
            Head::new("microsoft.graph.participantInfo", &self.extra),
            &[("displayName", &self.display_name), ("port", &self.port)],
        )
    }
}
msgraph_core::impl_object!(ParticipantInfo);
msgraph_core::impl_serde!(ParticipantInfo); // as generated with the `serde` feature

#[derive(Clone, Default)]
pub struct Participant {
    pub id: Field<String>,
    pub info: Field<Box<ParticipantInfo>>,
    pub extra: Extra,
}

impl ObjectMut for Participant {
    fn fields_mut(&mut self, f: &mut FieldsMutFn<'_>) {
        f(
            &mut self.extra,
            &mut [("id", &mut self.id), ("info", &mut self.info)],
        )
    }
}
impl ObjectDe for Participant {
    const TYPE_NAME: &'static str = "microsoft.graph.participant";
}
impl ObjectSer for Participant {
    fn fields(&self, f: &mut FieldsFn<'_>) {
        f(
            Head::new("microsoft.graph.participant", &self.extra),
            &[("id", &self.id), ("info", &self.info)],
        )
    }
}
msgraph_core::impl_object!(Participant);
msgraph_core::impl_serde!(Participant); // as generated with the `serde` feature

/// `microsoft.graph.call`, with a property of every Edm kind.
#[derive(Clone, Default)]
pub struct Call {
    pub id: Field<String>,
    pub state: Field<CallState>,
    pub modalities: Field<Flags<Modality>>,
    pub created_date_time: Field<DateTimeOffset>,
    pub date: Field<Date>,
    pub start_time: Field<TimeOfDay>,
    pub duration: Field<Duration>,
    pub correlation_id: Field<Guid>,
    pub payload: Field<Binary>,
    pub amount: Field<Decimal>,
    pub score: Field<f64>,
    pub count: Field<i64>,
    pub small: Field<i16>,
    pub byte: Field<u8>,
    pub sbyte: Field<i8>,
    pub enabled: Field<bool>,
    pub media_config: Field<Box<AnyMediaConfig>>,
    pub media_configs: Field<Vec<AnyMediaConfig>>,
    pub list: Field<Vec<Item>>,
    pub participants: Field<Vec<Participant>>,
    pub tags: Field<Vec<Field<String>>>,
    pub untyped: Field<serde_json::Value>,
    pub extra: Extra,
}

impl ObjectMut for Call {
    fn fields_mut(&mut self, f: &mut FieldsMutFn<'_>) {
        f(
            &mut self.extra,
            &mut [
                ("amount", &mut self.amount),
                ("byte", &mut self.byte),
                ("correlationId", &mut self.correlation_id),
                ("count", &mut self.count),
                ("createdDateTime", &mut self.created_date_time),
                ("date", &mut self.date),
                ("duration", &mut self.duration),
                ("enabled", &mut self.enabled),
                ("id", &mut self.id),
                ("list", &mut self.list),
                ("mediaConfig", &mut self.media_config),
                ("mediaConfigs", &mut self.media_configs),
                ("modalities", &mut self.modalities),
                ("participants", &mut self.participants),
                ("payload", &mut self.payload),
                ("sbyte", &mut self.sbyte),
                ("score", &mut self.score),
                ("small", &mut self.small),
                ("startTime", &mut self.start_time),
                ("state", &mut self.state),
                ("tags", &mut self.tags),
                ("untyped", &mut self.untyped),
            ],
        )
    }
}
impl ObjectDe for Call {
    const TYPE_NAME: &'static str = "microsoft.graph.call";
}
impl ObjectSer for Call {
    fn fields(&self, f: &mut FieldsFn<'_>) {
        f(
            Head::new("microsoft.graph.call", &self.extra),
            &[
                ("id", &self.id),
                ("state", &self.state),
                ("modalities", &self.modalities),
                ("createdDateTime", &self.created_date_time),
                ("date", &self.date),
                ("startTime", &self.start_time),
                ("duration", &self.duration),
                ("correlationId", &self.correlation_id),
                ("payload", &self.payload),
                ("amount", &self.amount),
                ("score", &self.score),
                ("count", &self.count),
                ("small", &self.small),
                ("byte", &self.byte),
                ("sbyte", &self.sbyte),
                ("enabled", &self.enabled),
                ("mediaConfig", &self.media_config),
                ("mediaConfigs", &self.media_configs),
                ("list", &self.list),
                ("participants", &self.participants),
                ("tags", &self.tags),
                ("untyped", &self.untyped),
            ],
        )
    }
}
msgraph_core::impl_object!(Call);
msgraph_core::impl_serde!(Call); // as generated with the `serde` feature

/// A self-recursive type, for nesting-depth tests.
#[derive(Clone, Default)]
pub struct Node {
    pub child: Field<Box<Node>>,
    pub children: Field<Vec<AnyNode>>,
    pub extra: Extra,
}

impl ObjectMut for Node {
    fn fields_mut(&mut self, f: &mut FieldsMutFn<'_>) {
        f(
            &mut self.extra,
            &mut [("child", &mut self.child), ("children", &mut self.children)],
        )
    }
}
impl ObjectDe for Node {
    const TYPE_NAME: &'static str = "test.node";
}
impl ObjectSer for Node {
    fn fields(&self, f: &mut FieldsFn<'_>) {
        f(
            Head::new("test.node", &self.extra),
            &[("child", &self.child), ("children", &self.children)],
        )
    }
}
msgraph_core::impl_object!(Node);
msgraph_core::impl_serde!(Node); // as generated with the `serde` feature

/// `test.node` in a polymorphic position (no derived types), to recurse through `de_poly`.
#[derive(Clone)]
pub enum AnyNode {
    Node(Box<Node>),
}

impl Default for AnyNode {
    fn default() -> Self {
        Self::Node(Default::default())
    }
}

impl PolyDe for AnyNode {
    const BASE_NAME: &'static str = "test.node";
    fn for_tag(qualified_name: &str) -> Option<Self> {
        (qualified_name == "test.node").then(Self::base)
    }
    fn base() -> Self {
        Self::Node(Default::default())
    }
    fn variant_mut(&mut self) -> &mut dyn ObjectMut {
        match self {
            Self::Node(v) => &mut **v,
        }
    }
}
impl PolySer for AnyNode {
    fn variant(&self) -> (&dyn ObjectSer, Option<&'static str>) {
        match self {
            Self::Node(v) => (&**v, None),
        }
    }
}
msgraph_core::impl_poly!(AnyNode);
msgraph_core::impl_serde!(AnyNode); // as generated with the `serde` feature

// ----------------------------------------------------------------------------- test helpers

/// JSON equality with numbers compared by value (`5` == `5.0`), key order ignored.
pub fn same_json(a: &serde_json::Value, b: &serde_json::Value) -> bool {
    use serde_json::Value;
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            if x.is_f64() || y.is_f64() {
                x.as_f64() == y.as_f64()
            } else {
                x == y
            }
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same_json(a, b))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| same_json(v, w)))
        }
        _ => a == b,
    }
}

/// A `microsoft.graph.call` exercising every kind of property.
pub const SAMPLE_CALL: &str = r##"{
  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#communications/calls/$entity",
  "@odata.type": "#microsoft.graph.call",
  "@odata.etag": "W/\"JzQ0NzgyOUEzIg==\"",
  "id": "2f1a1100-b174-40a0-aba7-0b405e01ed92",
  "state": "established",
  "modalities": "audio,video",
  "createdDateTime": "2020-05-28T00:10:54.104318Z",
  "date": "2020-05-28",
  "startTime": "08:00:00.0000000",
  "duration": "PT1H30M",
  "correlationId": "6F7D3A4E-0B1C-4D2E-9F3A-5B6C7D8E9F01",
  "payload": "aGVsbG8gd29ybGQ=",
  "amount": 12345678901234567890.123456789,
  "score": "INF",
  "count": 9007199254740993,
  "small": -32768,
  "byte": 255,
  "sbyte": -128,
  "enabled": false,
  "mediaConfig": {
    "@odata.type": "#microsoft.graph.appHostedMediaConfig",
    "blob": "<Media Config>",
    "removeFromDefaultAudioGroup": false
  },
  "mediaConfigs": [
    {"removeFromDefaultAudioGroup": true},
    {"blob": "before-tag", "@odata.id": "x", "@odata.type": "microsoft.graph.appHostedMediaConfig", "extra": 1},
    {"@odata.type": "#microsoft.graph.futureMediaConfig", "newProp": [1, 2.5, {"a": null}]},
    {"@odata.type": "#microsoft.graph.mediaConfig", "removeFromDefaultAudioGroup": null}
  ],
  "list": [{"x": 1}, {"x": null}, {}],
  "participants": [
    {"id": "p1", "info": {"displayName": "Alice \u00e9\ud83d\ude00", "port": 5060, "ip@odata.type": "#String", "ip": "10.0.0.1"}},
    {"id": "p2", "info": null}
  ],
  "participants@odata.bind": ["https://graph.microsoft.com/v1.0/users/1"],
  "tags": ["a", null, "b"],
  "untyped": {"deep": [1, -2, 2.5, {"k": null}], "big": 18446744073709551615, "s": "t"},
  "unknownProp": {"nested": true},
  "nullProp": null
}"##;
