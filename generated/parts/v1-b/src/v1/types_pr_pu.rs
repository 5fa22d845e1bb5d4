//! Types of `microsoft.graph` by the first letters of their names (`pr_pu`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.preAuthorizedApplication`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PreAuthorizedApplication {
    /// CSDL: property `appId`: `Edm.String`, nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// CSDL: property `delegatedPermissionIds`: `Collection(Edm.String)`, not nullable.
    pub delegated_permission_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for PreAuthorizedApplication {
    #[inline]
    fn default() -> Self {
        Self {
            app_id: rt::Field::Absent,
            delegated_permission_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for PreAuthorizedApplication {
    const TYPE_NAME: &'static str = "microsoft.graph.preAuthorizedApplication";
    const KEYS: &'static [&'static str] = &["appId", "delegatedPermissionIds"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"appId\":                        ",
        ",\"delegatedPermissionIds\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.preAuthorizedApplication\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "app_id", &self.app_id);
        v.field(1usize, "delegated_permission_ids", &self.delegated_permission_ids);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for PreAuthorizedApplication {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.app_id.read_from(r),
            1usize => self.delegated_permission_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.app_id);
        w.field(1usize, &self.delegated_permission_ids);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_object!(PreAuthorizedApplication);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    PreAuthorizedApplication { with_app_id app_id : ::std::string::String;
    with_delegated_permission_ids delegated_permission_ids : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PreAuthorizedApplication);
#[cfg(msgraph_v1_device_management_or_search)]
/// Possible values for pre-release features.
///
/// CSDL: `microsoft.graph.prereleaseFeatures`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PrereleaseFeatures {
    /// User Defined, default value, no intent.
    ///
    /// `userDefined` (value 0).
    UserDefined,
    /// Settings only pre-release features.
    ///
    /// `settingsOnly` (value 1).
    SettingsOnly,
    /// Settings and experimentations pre-release features.
    ///
    /// `settingsAndExperimentations` (value 2).
    SettingsAndExperimentations,
    /// Pre-release features not allowed.
    ///
    /// `notAllowed` (value 3).
    NotAllowed,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for PrereleaseFeatures {
    const TYPE_NAME: &'static str = "microsoft.graph.prereleaseFeatures";
    const MEMBERS: &'static [&'static str] = &[
        "userDefined",
        "settingsOnly",
        "settingsAndExperimentations",
        "notAllowed",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userDefined" => Self::UserDefined,
                "settingsOnly" => Self::SettingsOnly,
                "settingsAndExperimentations" => Self::SettingsAndExperimentations,
                "notAllowed" => Self::NotAllowed,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::UserDefined => "userDefined",
            Self::SettingsOnly => "settingsOnly",
            Self::SettingsAndExperimentations => "settingsAndExperimentations",
            Self::NotAllowed => "notAllowed",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(PrereleaseFeatures);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrereleaseFeatures);
#[cfg(msgraph_v1_print_or_search)]
/// CSDL: `microsoft.graph.printCertificateSigningRequest`, complex type.
///
/// Features: `v1`, or one of `v1-print`, `v1-search`.
#[derive(Clone)]
pub struct PrintCertificateSigningRequest {
    /// CSDL: property `content`: `Edm.String`, not nullable.
    pub content: rt::Field<::std::string::String>,
    /// CSDL: property `transportKey`: `Edm.String`, not nullable.
    pub transport_key: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_print_or_search)]
impl ::std::default::Default for PrintCertificateSigningRequest {
    #[inline]
    fn default() -> Self {
        Self {
            content: rt::Field::Absent,
            transport_key: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_print_or_search)]
impl rt::Object for PrintCertificateSigningRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.printCertificateSigningRequest";
    const KEYS: &'static [&'static str] = &["content", "transportKey"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"content\":                      ",
        ",\"transportKey\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printCertificateSigningRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "content", &self.content);
        v.field(1usize, "transport_key", &self.transport_key);
    }
}
#[cfg(msgraph_v1_print_or_search)]
impl rt::object::Members for PrintCertificateSigningRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.content.read_from(r),
            1usize => self.transport_key.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.content);
        w.field(1usize, &self.transport_key);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_print_or_search)]
rt::impl_object!(PrintCertificateSigningRequest);
#[cfg(msgraph_v1_print_or_search)]
rt::impl_setters!(
    PrintCertificateSigningRequest { with_content content : ::std::string::String;
    with_transport_key transport_key : ::std::string::String; }
);
#[cfg(msgraph_v1_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintCertificateSigningRequest);
#[cfg(msgraph_v1_core_or_print)]
/// CSDL: `microsoft.graph.printColorMode`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PrintColorMode {
    /// `blackAndWhite` (value 0).
    BlackAndWhite,
    /// `grayscale` (value 1).
    Grayscale,
    /// `color` (value 2).
    Color,
    /// `auto` (value 3).
    Auto,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::StrEnum for PrintColorMode {
    const TYPE_NAME: &'static str = "microsoft.graph.printColorMode";
    const MEMBERS: &'static [&'static str] = &[
        "blackAndWhite",
        "grayscale",
        "color",
        "auto",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "blackAndWhite" => Self::BlackAndWhite,
                "grayscale" => Self::Grayscale,
                "color" => Self::Color,
                "auto" => Self::Auto,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::BlackAndWhite => "blackAndWhite",
            Self::Grayscale => "grayscale",
            Self::Color => "color",
            Self::Auto => "auto",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_print)]
rt::impl_enum!(PrintColorMode);
#[cfg(msgraph_v1_core_or_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintColorMode);
#[cfg(msgraph_v1_core_or_print)]
/// CSDL: `microsoft.graph.printDocument`, entity type, derived from `microsoft.graph.entity`, media entity, key `id`.
///
/// Request builders: [`PrintDocumentPath`](requests/trait.PrintDocumentPath.html), what a path to one (`EntityPath<PrintDocument, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PrintDocument {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `contentType`: `Edm.String`, nullable.
    pub content_type: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `downloadedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub downloaded_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `size`: `Edm.Int64`, not nullable.
    pub size: rt::Field<i64>,
    /// CSDL: property `uploadedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub uploaded_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_print)]
impl ::std::default::Default for PrintDocument {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            content_type: rt::Field::Absent,
            display_name: rt::Field::Absent,
            downloaded_date_time: rt::Field::Absent,
            size: rt::Field::Absent,
            uploaded_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::Object for PrintDocument {
    const TYPE_NAME: &'static str = "microsoft.graph.printDocument";
    const KEYS: &'static [&'static str] = &[
        "id",
        "contentType",
        "displayName",
        "downloadedDateTime",
        "size",
        "uploadedDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"contentType\":                  ",
        ",\"displayName\":                  ",
        ",\"downloadedDateTime\":           ",
        ",\"size\":                         ",
        ",\"uploadedDateTime\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printDocument\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "content_type", &self.content_type);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "downloaded_date_time", &self.downloaded_date_time);
        v.field(4usize, "size", &self.size);
        v.field(5usize, "uploaded_date_time", &self.uploaded_date_time);
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::object::Members for PrintDocument {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.content_type.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.downloaded_date_time.read_from(r),
            4usize => self.size.read_from(r),
            5usize => self.uploaded_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.content_type);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.downloaded_date_time);
        w.field(4usize, &self.size);
        w.field(5usize, &self.uploaded_date_time);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_print)]
rt::impl_object!(PrintDocument);
#[cfg(msgraph_v1_core_or_print)]
rt::impl_setters!(
    PrintDocument { with_id id : ::std::string::String; with_content_type content_type :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_downloaded_date_time downloaded_date_time : rt::edm::DateTimeOffset; with_size
    size : i64; with_uploaded_date_time uploaded_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_core_or_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintDocument);
#[cfg(msgraph_v1_core_or_print)]
/// CSDL: `microsoft.graph.printDuplexMode`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PrintDuplexMode {
    /// `flipOnLongEdge` (value 0).
    FlipOnLongEdge,
    /// `flipOnShortEdge` (value 1).
    FlipOnShortEdge,
    /// `oneSided` (value 2).
    OneSided,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::StrEnum for PrintDuplexMode {
    const TYPE_NAME: &'static str = "microsoft.graph.printDuplexMode";
    const MEMBERS: &'static [&'static str] = &[
        "flipOnLongEdge",
        "flipOnShortEdge",
        "oneSided",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "flipOnLongEdge" => Self::FlipOnLongEdge,
                "flipOnShortEdge" => Self::FlipOnShortEdge,
                "oneSided" => Self::OneSided,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::FlipOnLongEdge => "flipOnLongEdge",
            Self::FlipOnShortEdge => "flipOnShortEdge",
            Self::OneSided => "oneSided",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_print)]
rt::impl_enum!(PrintDuplexMode);
#[cfg(msgraph_v1_core_or_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintDuplexMode);
#[cfg(msgraph_v1_print_or_search)]
/// CSDL: `microsoft.graph.printEvent`, enum type.
///
/// Features: `v1`, or one of `v1-print`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PrintEvent {
    /// `jobStarted` (value 0).
    JobStarted,
    /// `unknownFutureValue` (value 1).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_print_or_search)]
impl rt::StrEnum for PrintEvent {
    const TYPE_NAME: &'static str = "microsoft.graph.printEvent";
    const MEMBERS: &'static [&'static str] = &["jobStarted", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "jobStarted" => Self::JobStarted,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::JobStarted => "jobStarted",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_print_or_search)]
rt::impl_enum!(PrintEvent);
#[cfg(msgraph_v1_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintEvent);
#[cfg(msgraph_v1_core_or_print)]
/// CSDL: `microsoft.graph.printFinishing`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PrintFinishing {
    /// `none` (value 3).
    None,
    /// `staple` (value 4).
    Staple,
    /// `punch` (value 5).
    Punch,
    /// `cover` (value 6).
    Cover,
    /// `bind` (value 7).
    Bind,
    /// `saddleStitch` (value 8).
    SaddleStitch,
    /// `stitchEdge` (value 9).
    StitchEdge,
    /// `stapleTopLeft` (value 20).
    StapleTopLeft,
    /// `stapleBottomLeft` (value 21).
    StapleBottomLeft,
    /// `stapleTopRight` (value 22).
    StapleTopRight,
    /// `stapleBottomRight` (value 23).
    StapleBottomRight,
    /// `stitchLeftEdge` (value 24).
    StitchLeftEdge,
    /// `stitchTopEdge` (value 25).
    StitchTopEdge,
    /// `stitchRightEdge` (value 26).
    StitchRightEdge,
    /// `stitchBottomEdge` (value 27).
    StitchBottomEdge,
    /// `stapleDualLeft` (value 28).
    StapleDualLeft,
    /// `stapleDualTop` (value 29).
    StapleDualTop,
    /// `stapleDualRight` (value 30).
    StapleDualRight,
    /// `stapleDualBottom` (value 31).
    StapleDualBottom,
    /// `unknownFutureValue` (value 32).
    UnknownFutureValue,
    /// `stapleTripleLeft` (value 33).
    StapleTripleLeft,
    /// `stapleTripleTop` (value 34).
    StapleTripleTop,
    /// `stapleTripleRight` (value 35).
    StapleTripleRight,
    /// `stapleTripleBottom` (value 36).
    StapleTripleBottom,
    /// `bindLeft` (value 37).
    BindLeft,
    /// `bindTop` (value 38).
    BindTop,
    /// `bindRight` (value 39).
    BindRight,
    /// `bindBottom` (value 40).
    BindBottom,
    /// `foldAccordion` (value 41).
    FoldAccordion,
    /// `foldDoubleGate` (value 42).
    FoldDoubleGate,
    /// `foldGate` (value 43).
    FoldGate,
    /// `foldHalf` (value 44).
    FoldHalf,
    /// `foldHalfZ` (value 45).
    FoldHalfZ,
    /// `foldLeftGate` (value 46).
    FoldLeftGate,
    /// `foldLetter` (value 47).
    FoldLetter,
    /// `foldParallel` (value 48).
    FoldParallel,
    /// `foldPoster` (value 49).
    FoldPoster,
    /// `foldRightGate` (value 50).
    FoldRightGate,
    /// `foldZ` (value 51).
    FoldZ,
    /// `foldEngineeringZ` (value 52).
    FoldEngineeringZ,
    /// `punchTopLeft` (value 53).
    PunchTopLeft,
    /// `punchBottomLeft` (value 54).
    PunchBottomLeft,
    /// `punchTopRight` (value 55).
    PunchTopRight,
    /// `punchBottomRight` (value 56).
    PunchBottomRight,
    /// `punchDualLeft` (value 57).
    PunchDualLeft,
    /// `punchDualTop` (value 58).
    PunchDualTop,
    /// `punchDualRight` (value 59).
    PunchDualRight,
    /// `punchDualBottom` (value 60).
    PunchDualBottom,
    /// `punchTripleLeft` (value 61).
    PunchTripleLeft,
    /// `punchTripleTop` (value 62).
    PunchTripleTop,
    /// `punchTripleRight` (value 63).
    PunchTripleRight,
    /// `punchTripleBottom` (value 64).
    PunchTripleBottom,
    /// `punchQuadLeft` (value 65).
    PunchQuadLeft,
    /// `punchQuadTop` (value 66).
    PunchQuadTop,
    /// `punchQuadRight` (value 67).
    PunchQuadRight,
    /// `punchQuadBottom` (value 68).
    PunchQuadBottom,
    /// `fold` (value 69).
    Fold,
    /// `trim` (value 70).
    Trim,
    /// `bale` (value 71).
    Bale,
    /// `bookletMaker` (value 72).
    BookletMaker,
    /// `coat` (value 73).
    Coat,
    /// `laminate` (value 74).
    Laminate,
    /// `trimAfterPages` (value 75).
    TrimAfterPages,
    /// `trimAfterDocuments` (value 76).
    TrimAfterDocuments,
    /// `trimAfterCopies` (value 77).
    TrimAfterCopies,
    /// `trimAfterJob` (value 78).
    TrimAfterJob,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::StrEnum for PrintFinishing {
    const TYPE_NAME: &'static str = "microsoft.graph.printFinishing";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "staple",
        "punch",
        "cover",
        "bind",
        "saddleStitch",
        "stitchEdge",
        "stapleTopLeft",
        "stapleBottomLeft",
        "stapleTopRight",
        "stapleBottomRight",
        "stitchLeftEdge",
        "stitchTopEdge",
        "stitchRightEdge",
        "stitchBottomEdge",
        "stapleDualLeft",
        "stapleDualTop",
        "stapleDualRight",
        "stapleDualBottom",
        "unknownFutureValue",
        "stapleTripleLeft",
        "stapleTripleTop",
        "stapleTripleRight",
        "stapleTripleBottom",
        "bindLeft",
        "bindTop",
        "bindRight",
        "bindBottom",
        "foldAccordion",
        "foldDoubleGate",
        "foldGate",
        "foldHalf",
        "foldHalfZ",
        "foldLeftGate",
        "foldLetter",
        "foldParallel",
        "foldPoster",
        "foldRightGate",
        "foldZ",
        "foldEngineeringZ",
        "punchTopLeft",
        "punchBottomLeft",
        "punchTopRight",
        "punchBottomRight",
        "punchDualLeft",
        "punchDualTop",
        "punchDualRight",
        "punchDualBottom",
        "punchTripleLeft",
        "punchTripleTop",
        "punchTripleRight",
        "punchTripleBottom",
        "punchQuadLeft",
        "punchQuadTop",
        "punchQuadRight",
        "punchQuadBottom",
        "fold",
        "trim",
        "bale",
        "bookletMaker",
        "coat",
        "laminate",
        "trimAfterPages",
        "trimAfterDocuments",
        "trimAfterCopies",
        "trimAfterJob",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "staple" => Self::Staple,
                "punch" => Self::Punch,
                "cover" => Self::Cover,
                "bind" => Self::Bind,
                "saddleStitch" => Self::SaddleStitch,
                "stitchEdge" => Self::StitchEdge,
                "stapleTopLeft" => Self::StapleTopLeft,
                "stapleBottomLeft" => Self::StapleBottomLeft,
                "stapleTopRight" => Self::StapleTopRight,
                "stapleBottomRight" => Self::StapleBottomRight,
                "stitchLeftEdge" => Self::StitchLeftEdge,
                "stitchTopEdge" => Self::StitchTopEdge,
                "stitchRightEdge" => Self::StitchRightEdge,
                "stitchBottomEdge" => Self::StitchBottomEdge,
                "stapleDualLeft" => Self::StapleDualLeft,
                "stapleDualTop" => Self::StapleDualTop,
                "stapleDualRight" => Self::StapleDualRight,
                "stapleDualBottom" => Self::StapleDualBottom,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "stapleTripleLeft" => Self::StapleTripleLeft,
                "stapleTripleTop" => Self::StapleTripleTop,
                "stapleTripleRight" => Self::StapleTripleRight,
                "stapleTripleBottom" => Self::StapleTripleBottom,
                "bindLeft" => Self::BindLeft,
                "bindTop" => Self::BindTop,
                "bindRight" => Self::BindRight,
                "bindBottom" => Self::BindBottom,
                "foldAccordion" => Self::FoldAccordion,
                "foldDoubleGate" => Self::FoldDoubleGate,
                "foldGate" => Self::FoldGate,
                "foldHalf" => Self::FoldHalf,
                "foldHalfZ" => Self::FoldHalfZ,
                "foldLeftGate" => Self::FoldLeftGate,
                "foldLetter" => Self::FoldLetter,
                "foldParallel" => Self::FoldParallel,
                "foldPoster" => Self::FoldPoster,
                "foldRightGate" => Self::FoldRightGate,
                "foldZ" => Self::FoldZ,
                "foldEngineeringZ" => Self::FoldEngineeringZ,
                "punchTopLeft" => Self::PunchTopLeft,
                "punchBottomLeft" => Self::PunchBottomLeft,
                "punchTopRight" => Self::PunchTopRight,
                "punchBottomRight" => Self::PunchBottomRight,
                "punchDualLeft" => Self::PunchDualLeft,
                "punchDualTop" => Self::PunchDualTop,
                "punchDualRight" => Self::PunchDualRight,
                "punchDualBottom" => Self::PunchDualBottom,
                "punchTripleLeft" => Self::PunchTripleLeft,
                "punchTripleTop" => Self::PunchTripleTop,
                "punchTripleRight" => Self::PunchTripleRight,
                "punchTripleBottom" => Self::PunchTripleBottom,
                "punchQuadLeft" => Self::PunchQuadLeft,
                "punchQuadTop" => Self::PunchQuadTop,
                "punchQuadRight" => Self::PunchQuadRight,
                "punchQuadBottom" => Self::PunchQuadBottom,
                "fold" => Self::Fold,
                "trim" => Self::Trim,
                "bale" => Self::Bale,
                "bookletMaker" => Self::BookletMaker,
                "coat" => Self::Coat,
                "laminate" => Self::Laminate,
                "trimAfterPages" => Self::TrimAfterPages,
                "trimAfterDocuments" => Self::TrimAfterDocuments,
                "trimAfterCopies" => Self::TrimAfterCopies,
                "trimAfterJob" => Self::TrimAfterJob,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::None => "none",
            Self::Staple => "staple",
            Self::Punch => "punch",
            Self::Cover => "cover",
            Self::Bind => "bind",
            Self::SaddleStitch => "saddleStitch",
            Self::StitchEdge => "stitchEdge",
            Self::StapleTopLeft => "stapleTopLeft",
            Self::StapleBottomLeft => "stapleBottomLeft",
            Self::StapleTopRight => "stapleTopRight",
            Self::StapleBottomRight => "stapleBottomRight",
            Self::StitchLeftEdge => "stitchLeftEdge",
            Self::StitchTopEdge => "stitchTopEdge",
            Self::StitchRightEdge => "stitchRightEdge",
            Self::StitchBottomEdge => "stitchBottomEdge",
            Self::StapleDualLeft => "stapleDualLeft",
            Self::StapleDualTop => "stapleDualTop",
            Self::StapleDualRight => "stapleDualRight",
            Self::StapleDualBottom => "stapleDualBottom",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::StapleTripleLeft => "stapleTripleLeft",
            Self::StapleTripleTop => "stapleTripleTop",
            Self::StapleTripleRight => "stapleTripleRight",
            Self::StapleTripleBottom => "stapleTripleBottom",
            Self::BindLeft => "bindLeft",
            Self::BindTop => "bindTop",
            Self::BindRight => "bindRight",
            Self::BindBottom => "bindBottom",
            Self::FoldAccordion => "foldAccordion",
            Self::FoldDoubleGate => "foldDoubleGate",
            Self::FoldGate => "foldGate",
            Self::FoldHalf => "foldHalf",
            Self::FoldHalfZ => "foldHalfZ",
            Self::FoldLeftGate => "foldLeftGate",
            Self::FoldLetter => "foldLetter",
            Self::FoldParallel => "foldParallel",
            Self::FoldPoster => "foldPoster",
            Self::FoldRightGate => "foldRightGate",
            Self::FoldZ => "foldZ",
            Self::FoldEngineeringZ => "foldEngineeringZ",
            Self::PunchTopLeft => "punchTopLeft",
            Self::PunchBottomLeft => "punchBottomLeft",
            Self::PunchTopRight => "punchTopRight",
            Self::PunchBottomRight => "punchBottomRight",
            Self::PunchDualLeft => "punchDualLeft",
            Self::PunchDualTop => "punchDualTop",
            Self::PunchDualRight => "punchDualRight",
            Self::PunchDualBottom => "punchDualBottom",
            Self::PunchTripleLeft => "punchTripleLeft",
            Self::PunchTripleTop => "punchTripleTop",
            Self::PunchTripleRight => "punchTripleRight",
            Self::PunchTripleBottom => "punchTripleBottom",
            Self::PunchQuadLeft => "punchQuadLeft",
            Self::PunchQuadTop => "punchQuadTop",
            Self::PunchQuadRight => "punchQuadRight",
            Self::PunchQuadBottom => "punchQuadBottom",
            Self::Fold => "fold",
            Self::Trim => "trim",
            Self::Bale => "bale",
            Self::BookletMaker => "bookletMaker",
            Self::Coat => "coat",
            Self::Laminate => "laminate",
            Self::TrimAfterPages => "trimAfterPages",
            Self::TrimAfterDocuments => "trimAfterDocuments",
            Self::TrimAfterCopies => "trimAfterCopies",
            Self::TrimAfterJob => "trimAfterJob",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_print)]
rt::impl_enum!(PrintFinishing);
#[cfg(msgraph_v1_core_or_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintFinishing);
#[cfg(msgraph_v1_core_or_print)]
/// CSDL: `microsoft.graph.printJob`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PrintJobPath`](requests/trait.PrintJobPath.html), what a path to one (`EntityPath<PrintJob, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PrintJob {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `acknowledgedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub acknowledged_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `configuration`: `microsoft.graph.printJobConfiguration`, not nullable.
    pub configuration: rt::Field<crate::v1::PrintJobConfiguration>,
    /// CSDL: property `createdBy`: `microsoft.graph.userIdentity`, nullable.
    pub created_by: rt::Field<crate::v1::UserIdentity>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `errorCode`: `Edm.Int32`, nullable.
    pub error_code: rt::Field<i32>,
    /// CSDL: property `isFetchable`: `Edm.Boolean`, not nullable.
    pub is_fetchable: rt::Field<bool>,
    /// CSDL: property `redirectedFrom`: `Edm.String`, nullable.
    pub redirected_from: rt::Field<::std::string::String>,
    /// CSDL: property `redirectedTo`: `Edm.String`, nullable.
    pub redirected_to: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.printJobStatus`, not nullable.
    pub status: rt::Field<crate::v1::PrintJobStatus>,
    /// CSDL: containment navigation property `documents`: `Collection(microsoft.graph.printDocument)`, not nullable.
    pub documents: rt::Field<::std::vec::Vec<crate::v1::PrintDocument>>,
    /// CSDL: containment navigation property `tasks`: `Collection(microsoft.graph.printTask)`, not nullable.
    pub tasks: rt::Field<::std::vec::Vec<crate::v1::PrintTask>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_print)]
impl ::std::default::Default for PrintJob {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            acknowledged_date_time: rt::Field::Absent,
            configuration: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            error_code: rt::Field::Absent,
            is_fetchable: rt::Field::Absent,
            redirected_from: rt::Field::Absent,
            redirected_to: rt::Field::Absent,
            status: rt::Field::Absent,
            documents: rt::Field::Absent,
            tasks: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::Object for PrintJob {
    const TYPE_NAME: &'static str = "microsoft.graph.printJob";
    const KEYS: &'static [&'static str] = &[
        "id",
        "acknowledgedDateTime",
        "configuration",
        "createdBy",
        "createdDateTime",
        "errorCode",
        "isFetchable",
        "redirectedFrom",
        "redirectedTo",
        "status",
        "documents",
        "tasks",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"acknowledgedDateTime\":         ",
        ",\"configuration\":                ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"errorCode\":                    ",
        ",\"isFetchable\":                  ",
        ",\"redirectedFrom\":               ",
        ",\"redirectedTo\":                 ",
        ",\"status\":                       ",
        ",\"documents\":                    ",
        ",\"tasks\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printJob\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "acknowledged_date_time", &self.acknowledged_date_time);
        v.field(2usize, "configuration", &self.configuration);
        v.field(3usize, "created_by", &self.created_by);
        v.field(4usize, "created_date_time", &self.created_date_time);
        v.field(5usize, "error_code", &self.error_code);
        v.field(6usize, "is_fetchable", &self.is_fetchable);
        v.field(7usize, "redirected_from", &self.redirected_from);
        v.field(8usize, "redirected_to", &self.redirected_to);
        v.field(9usize, "status", &self.status);
        v.field(10usize, "documents", &self.documents);
        v.field(11usize, "tasks", &self.tasks);
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::object::Members for PrintJob {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.acknowledged_date_time.read_from(r),
            2usize => self.configuration.read_from(r),
            3usize => self.created_by.read_from(r),
            4usize => self.created_date_time.read_from(r),
            5usize => self.error_code.read_from(r),
            6usize => self.is_fetchable.read_from(r),
            7usize => self.redirected_from.read_from(r),
            8usize => self.redirected_to.read_from(r),
            9usize => self.status.read_from(r),
            10usize => self.documents.read_from(r),
            11usize => self.tasks.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.acknowledged_date_time);
        w.field(2usize, &self.configuration);
        w.field(3usize, &self.created_by);
        w.field(4usize, &self.created_date_time);
        w.field(5usize, &self.error_code);
        w.field(6usize, &self.is_fetchable);
        w.field(7usize, &self.redirected_from);
        w.field(8usize, &self.redirected_to);
        w.field(9usize, &self.status);
        w.field(10usize, &self.documents);
        w.field(11usize, &self.tasks);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_print)]
rt::impl_object!(PrintJob);
#[cfg(msgraph_v1_core_or_print)]
rt::impl_setters!(
    PrintJob { with_id id : ::std::string::String; with_acknowledged_date_time
    acknowledged_date_time : rt::edm::DateTimeOffset; with_configuration configuration :
    crate ::v1::PrintJobConfiguration; with_created_by created_by : crate
    ::v1::UserIdentity; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_error_code error_code : i32; with_is_fetchable
    is_fetchable : bool; with_redirected_from redirected_from : ::std::string::String;
    with_redirected_to redirected_to : ::std::string::String; with_status status : crate
    ::v1::PrintJobStatus; with_documents documents : ::std::vec::Vec < crate
    ::v1::PrintDocument >; with_tasks tasks : ::std::vec::Vec < crate ::v1::PrintTask >;
    }
);
#[cfg(msgraph_v1_core_or_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintJob);
#[cfg(msgraph_v1_core_or_print)]
/// CSDL: `microsoft.graph.printJobConfiguration`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PrintJobConfiguration {
    /// CSDL: property `collate`: `Edm.Boolean`, nullable.
    pub collate: rt::Field<bool>,
    /// CSDL: property `colorMode`: `microsoft.graph.printColorMode`, nullable.
    pub color_mode: rt::Field<crate::v1::PrintColorMode>,
    /// CSDL: property `copies`: `Edm.Int32`, nullable.
    pub copies: rt::Field<i32>,
    /// CSDL: property `dpi`: `Edm.Int32`, nullable.
    pub dpi: rt::Field<i32>,
    /// CSDL: property `duplexMode`: `microsoft.graph.printDuplexMode`, nullable.
    pub duplex_mode: rt::Field<crate::v1::PrintDuplexMode>,
    /// CSDL: property `feedOrientation`: `microsoft.graph.printerFeedOrientation`, nullable.
    pub feed_orientation: rt::Field<crate::v1::PrinterFeedOrientation>,
    /// CSDL: property `finishings`: `Collection(microsoft.graph.printFinishing)`, nullable.
    pub finishings: rt::Field<::std::vec::Vec<crate::v1::PrintFinishing>>,
    /// CSDL: property `fitPdfToPage`: `Edm.Boolean`, nullable.
    pub fit_pdf_to_page: rt::Field<bool>,
    /// CSDL: property `inputBin`: `Edm.String`, nullable.
    pub input_bin: rt::Field<::std::string::String>,
    /// CSDL: property `margin`: `microsoft.graph.printMargin`, nullable.
    pub margin: rt::Field<crate::v1::PrintMargin>,
    /// CSDL: property `mediaSize`: `Edm.String`, nullable.
    pub media_size: rt::Field<::std::string::String>,
    /// CSDL: property `mediaType`: `Edm.String`, nullable.
    pub media_type: rt::Field<::std::string::String>,
    /// CSDL: property `multipageLayout`: `microsoft.graph.printMultipageLayout`, nullable.
    pub multipage_layout: rt::Field<crate::v1::PrintMultipageLayout>,
    /// CSDL: property `orientation`: `microsoft.graph.printOrientation`, nullable.
    pub orientation: rt::Field<crate::v1::PrintOrientation>,
    /// CSDL: property `outputBin`: `Edm.String`, nullable.
    pub output_bin: rt::Field<::std::string::String>,
    /// CSDL: property `pageRanges`: `Collection(microsoft.graph.integerRange)`, nullable.
    pub page_ranges: rt::Field<::std::vec::Vec<crate::v1::IntegerRange>>,
    /// CSDL: property `pagesPerSheet`: `Edm.Int32`, nullable.
    pub pages_per_sheet: rt::Field<i32>,
    /// CSDL: property `quality`: `microsoft.graph.printQuality`, nullable.
    pub quality: rt::Field<crate::v1::PrintQuality>,
    /// CSDL: property `scaling`: `microsoft.graph.printScaling`, nullable.
    pub scaling: rt::Field<crate::v1::PrintScaling>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_print)]
impl ::std::default::Default for PrintJobConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            collate: rt::Field::Absent,
            color_mode: rt::Field::Absent,
            copies: rt::Field::Absent,
            dpi: rt::Field::Absent,
            duplex_mode: rt::Field::Absent,
            feed_orientation: rt::Field::Absent,
            finishings: rt::Field::Absent,
            fit_pdf_to_page: rt::Field::Absent,
            input_bin: rt::Field::Absent,
            margin: rt::Field::Absent,
            media_size: rt::Field::Absent,
            media_type: rt::Field::Absent,
            multipage_layout: rt::Field::Absent,
            orientation: rt::Field::Absent,
            output_bin: rt::Field::Absent,
            page_ranges: rt::Field::Absent,
            pages_per_sheet: rt::Field::Absent,
            quality: rt::Field::Absent,
            scaling: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::Object for PrintJobConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.printJobConfiguration";
    const KEYS: &'static [&'static str] = &[
        "collate",
        "colorMode",
        "copies",
        "dpi",
        "duplexMode",
        "feedOrientation",
        "finishings",
        "fitPdfToPage",
        "inputBin",
        "margin",
        "mediaSize",
        "mediaType",
        "multipageLayout",
        "orientation",
        "outputBin",
        "pageRanges",
        "pagesPerSheet",
        "quality",
        "scaling",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"collate\":                      ",
        ",\"colorMode\":                    ",
        ",\"copies\":                       ",
        ",\"dpi\":                          ",
        ",\"duplexMode\":                   ",
        ",\"feedOrientation\":              ",
        ",\"finishings\":                   ",
        ",\"fitPdfToPage\":                 ",
        ",\"inputBin\":                     ",
        ",\"margin\":                       ",
        ",\"mediaSize\":                    ",
        ",\"mediaType\":                    ",
        ",\"multipageLayout\":              ",
        ",\"orientation\":                  ",
        ",\"outputBin\":                    ",
        ",\"pageRanges\":                   ",
        ",\"pagesPerSheet\":                ",
        ",\"quality\":                      ",
        ",\"scaling\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printJobConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "collate", &self.collate);
        v.field(1usize, "color_mode", &self.color_mode);
        v.field(2usize, "copies", &self.copies);
        v.field(3usize, "dpi", &self.dpi);
        v.field(4usize, "duplex_mode", &self.duplex_mode);
        v.field(5usize, "feed_orientation", &self.feed_orientation);
        v.field(6usize, "finishings", &self.finishings);
        v.field(7usize, "fit_pdf_to_page", &self.fit_pdf_to_page);
        v.field(8usize, "input_bin", &self.input_bin);
        v.field(9usize, "margin", &self.margin);
        v.field(10usize, "media_size", &self.media_size);
        v.field(11usize, "media_type", &self.media_type);
        v.field(12usize, "multipage_layout", &self.multipage_layout);
        v.field(13usize, "orientation", &self.orientation);
        v.field(14usize, "output_bin", &self.output_bin);
        v.field(15usize, "page_ranges", &self.page_ranges);
        v.field(16usize, "pages_per_sheet", &self.pages_per_sheet);
        v.field(17usize, "quality", &self.quality);
        v.field(18usize, "scaling", &self.scaling);
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::object::Members for PrintJobConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.collate.read_from(r),
            1usize => self.color_mode.read_from(r),
            2usize => self.copies.read_from(r),
            3usize => self.dpi.read_from(r),
            4usize => self.duplex_mode.read_from(r),
            5usize => self.feed_orientation.read_from(r),
            6usize => self.finishings.read_from(r),
            7usize => self.fit_pdf_to_page.read_from(r),
            8usize => self.input_bin.read_from(r),
            9usize => self.margin.read_from(r),
            10usize => self.media_size.read_from(r),
            11usize => self.media_type.read_from(r),
            12usize => self.multipage_layout.read_from(r),
            13usize => self.orientation.read_from(r),
            14usize => self.output_bin.read_from(r),
            15usize => self.page_ranges.read_from(r),
            16usize => self.pages_per_sheet.read_from(r),
            17usize => self.quality.read_from(r),
            18usize => self.scaling.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.collate);
        w.field(1usize, &self.color_mode);
        w.field(2usize, &self.copies);
        w.field(3usize, &self.dpi);
        w.field(4usize, &self.duplex_mode);
        w.field(5usize, &self.feed_orientation);
        w.field(6usize, &self.finishings);
        w.field(7usize, &self.fit_pdf_to_page);
        w.field(8usize, &self.input_bin);
        w.field(9usize, &self.margin);
        w.field(10usize, &self.media_size);
        w.field(11usize, &self.media_type);
        w.field(12usize, &self.multipage_layout);
        w.field(13usize, &self.orientation);
        w.field(14usize, &self.output_bin);
        w.field(15usize, &self.page_ranges);
        w.field(16usize, &self.pages_per_sheet);
        w.field(17usize, &self.quality);
        w.field(18usize, &self.scaling);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_print)]
rt::impl_object!(PrintJobConfiguration);
#[cfg(msgraph_v1_core_or_print)]
rt::impl_setters!(
    PrintJobConfiguration { with_collate collate : bool; with_color_mode color_mode :
    crate ::v1::PrintColorMode; with_copies copies : i32; with_dpi dpi : i32;
    with_duplex_mode duplex_mode : crate ::v1::PrintDuplexMode; with_feed_orientation
    feed_orientation : crate ::v1::PrinterFeedOrientation; with_finishings finishings :
    ::std::vec::Vec < crate ::v1::PrintFinishing >; with_fit_pdf_to_page fit_pdf_to_page
    : bool; with_input_bin input_bin : ::std::string::String; with_margin margin : crate
    ::v1::PrintMargin; with_media_size media_size : ::std::string::String;
    with_media_type media_type : ::std::string::String; with_multipage_layout
    multipage_layout : crate ::v1::PrintMultipageLayout; with_orientation orientation :
    crate ::v1::PrintOrientation; with_output_bin output_bin : ::std::string::String;
    with_page_ranges page_ranges : ::std::vec::Vec < crate ::v1::IntegerRange >;
    with_pages_per_sheet pages_per_sheet : i32; with_quality quality : crate
    ::v1::PrintQuality; with_scaling scaling : crate ::v1::PrintScaling; }
);
#[cfg(msgraph_v1_core_or_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintJobConfiguration);
#[cfg(msgraph_v1_core_or_print_or_reports)]
/// CSDL: `microsoft.graph.printJobProcessingState`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PrintJobProcessingState {
    /// `unknown` (value 0).
    Unknown,
    /// `pending` (value 1).
    Pending,
    /// `processing` (value 2).
    Processing,
    /// `paused` (value 3).
    Paused,
    /// `stopped` (value 4).
    Stopped,
    /// `completed` (value 5).
    Completed,
    /// `canceled` (value 6).
    Canceled,
    /// `aborted` (value 7).
    Aborted,
    /// `unknownFutureValue` (value 8).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_print_or_reports)]
impl rt::StrEnum for PrintJobProcessingState {
    const TYPE_NAME: &'static str = "microsoft.graph.printJobProcessingState";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "pending",
        "processing",
        "paused",
        "stopped",
        "completed",
        "canceled",
        "aborted",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "pending" => Self::Pending,
                "processing" => Self::Processing,
                "paused" => Self::Paused,
                "stopped" => Self::Stopped,
                "completed" => Self::Completed,
                "canceled" => Self::Canceled,
                "aborted" => Self::Aborted,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::Unknown => "unknown",
            Self::Pending => "pending",
            Self::Processing => "processing",
            Self::Paused => "paused",
            Self::Stopped => "stopped",
            Self::Completed => "completed",
            Self::Canceled => "canceled",
            Self::Aborted => "aborted",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_print_or_reports)]
rt::impl_enum!(PrintJobProcessingState);
#[cfg(msgraph_v1_core_or_print_or_reports)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintJobProcessingState);
#[cfg(msgraph_v1_core_or_print)]
/// CSDL: `microsoft.graph.printJobStateDetail`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PrintJobStateDetail {
    /// `uploadPending` (value 0).
    UploadPending,
    /// `transforming` (value 1).
    Transforming,
    /// `completedSuccessfully` (value 2).
    CompletedSuccessfully,
    /// `completedWithWarnings` (value 3).
    CompletedWithWarnings,
    /// `completedWithErrors` (value 4).
    CompletedWithErrors,
    /// `releaseWait` (value 5).
    ReleaseWait,
    /// `interpreting` (value 6).
    Interpreting,
    /// `unknownFutureValue` (value 7).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::StrEnum for PrintJobStateDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.printJobStateDetail";
    const MEMBERS: &'static [&'static str] = &[
        "uploadPending",
        "transforming",
        "completedSuccessfully",
        "completedWithWarnings",
        "completedWithErrors",
        "releaseWait",
        "interpreting",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "uploadPending" => Self::UploadPending,
                "transforming" => Self::Transforming,
                "completedSuccessfully" => Self::CompletedSuccessfully,
                "completedWithWarnings" => Self::CompletedWithWarnings,
                "completedWithErrors" => Self::CompletedWithErrors,
                "releaseWait" => Self::ReleaseWait,
                "interpreting" => Self::Interpreting,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::UploadPending => "uploadPending",
            Self::Transforming => "transforming",
            Self::CompletedSuccessfully => "completedSuccessfully",
            Self::CompletedWithWarnings => "completedWithWarnings",
            Self::CompletedWithErrors => "completedWithErrors",
            Self::ReleaseWait => "releaseWait",
            Self::Interpreting => "interpreting",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_print)]
rt::impl_enum!(PrintJobStateDetail);
#[cfg(msgraph_v1_core_or_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintJobStateDetail);
#[cfg(msgraph_v1_core_or_print)]
/// CSDL: `microsoft.graph.printJobStatus`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PrintJobStatus {
    /// CSDL: property `description`: `Edm.String`, not nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `details`: `Collection(microsoft.graph.printJobStateDetail)`, not nullable.
    pub details: rt::Field<::std::vec::Vec<crate::v1::PrintJobStateDetail>>,
    /// CSDL: property `isAcquiredByPrinter`: `Edm.Boolean`, not nullable.
    pub is_acquired_by_printer: rt::Field<bool>,
    /// CSDL: property `state`: `microsoft.graph.printJobProcessingState`, not nullable.
    pub state: rt::Field<crate::v1::PrintJobProcessingState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_print)]
impl ::std::default::Default for PrintJobStatus {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            details: rt::Field::Absent,
            is_acquired_by_printer: rt::Field::Absent,
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::Object for PrintJobStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.printJobStatus";
    const KEYS: &'static [&'static str] = &[
        "description",
        "details",
        "isAcquiredByPrinter",
        "state",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"details\":                      ",
        ",\"isAcquiredByPrinter\":          ",
        ",\"state\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printJobStatus\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "details", &self.details);
        v.field(2usize, "is_acquired_by_printer", &self.is_acquired_by_printer);
        v.field(3usize, "state", &self.state);
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::object::Members for PrintJobStatus {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.details.read_from(r),
            2usize => self.is_acquired_by_printer.read_from(r),
            3usize => self.state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.details);
        w.field(2usize, &self.is_acquired_by_printer);
        w.field(3usize, &self.state);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_print)]
rt::impl_object!(PrintJobStatus);
#[cfg(msgraph_v1_core_or_print)]
rt::impl_setters!(
    PrintJobStatus { with_description description : ::std::string::String; with_details
    details : ::std::vec::Vec < crate ::v1::PrintJobStateDetail >;
    with_is_acquired_by_printer is_acquired_by_printer : bool; with_state state : crate
    ::v1::PrintJobProcessingState; }
);
#[cfg(msgraph_v1_core_or_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintJobStatus);
#[cfg(msgraph_v1_core_or_print)]
/// CSDL: `microsoft.graph.printMargin`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PrintMargin {
    /// CSDL: property `bottom`: `Edm.Int32`, nullable.
    pub bottom: rt::Field<i32>,
    /// CSDL: property `left`: `Edm.Int32`, nullable.
    pub left: rt::Field<i32>,
    /// CSDL: property `right`: `Edm.Int32`, nullable.
    pub right: rt::Field<i32>,
    /// CSDL: property `top`: `Edm.Int32`, nullable.
    pub top: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_print)]
impl ::std::default::Default for PrintMargin {
    #[inline]
    fn default() -> Self {
        Self {
            bottom: rt::Field::Absent,
            left: rt::Field::Absent,
            right: rt::Field::Absent,
            top: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::Object for PrintMargin {
    const TYPE_NAME: &'static str = "microsoft.graph.printMargin";
    const KEYS: &'static [&'static str] = &["bottom", "left", "right", "top"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"bottom\":                       ",
        ",\"left\":                         ",
        ",\"right\":                        ",
        ",\"top\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printMargin\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "bottom", &self.bottom);
        v.field(1usize, "left", &self.left);
        v.field(2usize, "right", &self.right);
        v.field(3usize, "top", &self.top);
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::object::Members for PrintMargin {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.bottom.read_from(r),
            1usize => self.left.read_from(r),
            2usize => self.right.read_from(r),
            3usize => self.top.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.bottom);
        w.field(1usize, &self.left);
        w.field(2usize, &self.right);
        w.field(3usize, &self.top);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_print)]
rt::impl_object!(PrintMargin);
#[cfg(msgraph_v1_core_or_print)]
rt::impl_setters!(
    PrintMargin { with_bottom bottom : i32; with_left left : i32; with_right right : i32;
    with_top top : i32; }
);
#[cfg(msgraph_v1_core_or_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintMargin);
#[cfg(msgraph_v1_core_or_print)]
/// CSDL: `microsoft.graph.printMultipageLayout`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PrintMultipageLayout {
    /// `clockwiseFromTopLeft` (value 0).
    ClockwiseFromTopLeft,
    /// `counterclockwiseFromTopLeft` (value 1).
    CounterclockwiseFromTopLeft,
    /// `counterclockwiseFromTopRight` (value 2).
    CounterclockwiseFromTopRight,
    /// `clockwiseFromTopRight` (value 3).
    ClockwiseFromTopRight,
    /// `counterclockwiseFromBottomLeft` (value 4).
    CounterclockwiseFromBottomLeft,
    /// `clockwiseFromBottomLeft` (value 5).
    ClockwiseFromBottomLeft,
    /// `counterclockwiseFromBottomRight` (value 6).
    CounterclockwiseFromBottomRight,
    /// `clockwiseFromBottomRight` (value 7).
    ClockwiseFromBottomRight,
    /// `unknownFutureValue` (value 8).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::StrEnum for PrintMultipageLayout {
    const TYPE_NAME: &'static str = "microsoft.graph.printMultipageLayout";
    const MEMBERS: &'static [&'static str] = &[
        "clockwiseFromTopLeft",
        "counterclockwiseFromTopLeft",
        "counterclockwiseFromTopRight",
        "clockwiseFromTopRight",
        "counterclockwiseFromBottomLeft",
        "clockwiseFromBottomLeft",
        "counterclockwiseFromBottomRight",
        "clockwiseFromBottomRight",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "clockwiseFromTopLeft" => Self::ClockwiseFromTopLeft,
                "counterclockwiseFromTopLeft" => Self::CounterclockwiseFromTopLeft,
                "counterclockwiseFromTopRight" => Self::CounterclockwiseFromTopRight,
                "clockwiseFromTopRight" => Self::ClockwiseFromTopRight,
                "counterclockwiseFromBottomLeft" => Self::CounterclockwiseFromBottomLeft,
                "clockwiseFromBottomLeft" => Self::ClockwiseFromBottomLeft,
                "counterclockwiseFromBottomRight" => {
                    Self::CounterclockwiseFromBottomRight
                }
                "clockwiseFromBottomRight" => Self::ClockwiseFromBottomRight,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::ClockwiseFromTopLeft => "clockwiseFromTopLeft",
            Self::CounterclockwiseFromTopLeft => "counterclockwiseFromTopLeft",
            Self::CounterclockwiseFromTopRight => "counterclockwiseFromTopRight",
            Self::ClockwiseFromTopRight => "clockwiseFromTopRight",
            Self::CounterclockwiseFromBottomLeft => "counterclockwiseFromBottomLeft",
            Self::ClockwiseFromBottomLeft => "clockwiseFromBottomLeft",
            Self::CounterclockwiseFromBottomRight => "counterclockwiseFromBottomRight",
            Self::ClockwiseFromBottomRight => "clockwiseFromBottomRight",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_print)]
rt::impl_enum!(PrintMultipageLayout);
#[cfg(msgraph_v1_core_or_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintMultipageLayout);
#[cfg(msgraph_v1_print_or_search)]
/// CSDL: `microsoft.graph.printOperationProcessingState`, enum type.
///
/// Features: `v1`, or one of `v1-print`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PrintOperationProcessingState {
    /// `notStarted` (value 0).
    NotStarted,
    /// `running` (value 1).
    Running,
    /// `succeeded` (value 2).
    Succeeded,
    /// `failed` (value 3).
    Failed,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_print_or_search)]
impl rt::StrEnum for PrintOperationProcessingState {
    const TYPE_NAME: &'static str = "microsoft.graph.printOperationProcessingState";
    const MEMBERS: &'static [&'static str] = &[
        "notStarted",
        "running",
        "succeeded",
        "failed",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notStarted" => Self::NotStarted,
                "running" => Self::Running,
                "succeeded" => Self::Succeeded,
                "failed" => Self::Failed,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::NotStarted => "notStarted",
            Self::Running => "running",
            Self::Succeeded => "succeeded",
            Self::Failed => "failed",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_print_or_search)]
rt::impl_enum!(PrintOperationProcessingState);
#[cfg(msgraph_v1_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintOperationProcessingState);
#[cfg(msgraph_v1_print_or_search)]
/// CSDL: `microsoft.graph.printOperationStatus`, complex type.
///
/// Features: `v1`, or one of `v1-print`, `v1-search`.
#[derive(Clone)]
pub struct PrintOperationStatus {
    /// CSDL: property `description`: `Edm.String`, not nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `state`: `microsoft.graph.printOperationProcessingState`, not nullable.
    pub state: rt::Field<crate::v1::PrintOperationProcessingState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_print_or_search)]
impl ::std::default::Default for PrintOperationStatus {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_print_or_search)]
impl rt::Object for PrintOperationStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.printOperationStatus";
    const KEYS: &'static [&'static str] = &["description", "state"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"state\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printOperationStatus\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "state", &self.state);
    }
}
#[cfg(msgraph_v1_print_or_search)]
impl rt::object::Members for PrintOperationStatus {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.state);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_print_or_search)]
rt::impl_object!(PrintOperationStatus);
#[cfg(msgraph_v1_print_or_search)]
rt::impl_setters!(
    PrintOperationStatus { with_description description : ::std::string::String;
    with_state state : crate ::v1::PrintOperationProcessingState; }
);
#[cfg(msgraph_v1_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintOperationStatus);
#[cfg(msgraph_v1_core_or_print)]
/// CSDL: `microsoft.graph.printOrientation`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PrintOrientation {
    /// `portrait` (value 3).
    Portrait,
    /// `landscape` (value 4).
    Landscape,
    /// `reverseLandscape` (value 5).
    ReverseLandscape,
    /// `reversePortrait` (value 6).
    ReversePortrait,
    /// `unknownFutureValue` (value 7).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::StrEnum for PrintOrientation {
    const TYPE_NAME: &'static str = "microsoft.graph.printOrientation";
    const MEMBERS: &'static [&'static str] = &[
        "portrait",
        "landscape",
        "reverseLandscape",
        "reversePortrait",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "portrait" => Self::Portrait,
                "landscape" => Self::Landscape,
                "reverseLandscape" => Self::ReverseLandscape,
                "reversePortrait" => Self::ReversePortrait,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::Portrait => "portrait",
            Self::Landscape => "landscape",
            Self::ReverseLandscape => "reverseLandscape",
            Self::ReversePortrait => "reversePortrait",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_print)]
rt::impl_enum!(PrintOrientation);
#[cfg(msgraph_v1_core_or_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintOrientation);
#[cfg(msgraph_v1_core_or_print)]
/// CSDL: `microsoft.graph.printQuality`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PrintQuality {
    /// `low` (value 0).
    Low,
    /// `medium` (value 1).
    Medium,
    /// `high` (value 2).
    High,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::StrEnum for PrintQuality {
    const TYPE_NAME: &'static str = "microsoft.graph.printQuality";
    const MEMBERS: &'static [&'static str] = &[
        "low",
        "medium",
        "high",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "low" => Self::Low,
                "medium" => Self::Medium,
                "high" => Self::High,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_print)]
rt::impl_enum!(PrintQuality);
#[cfg(msgraph_v1_core_or_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintQuality);
#[cfg(msgraph_v1_core_or_print)]
/// CSDL: `microsoft.graph.printScaling`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PrintScaling {
    /// `auto` (value 0).
    Auto,
    /// `shrinkToFit` (value 1).
    ShrinkToFit,
    /// `fill` (value 2).
    Fill,
    /// `fit` (value 3).
    Fit,
    /// `none` (value 4).
    None,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::StrEnum for PrintScaling {
    const TYPE_NAME: &'static str = "microsoft.graph.printScaling";
    const MEMBERS: &'static [&'static str] = &[
        "auto",
        "shrinkToFit",
        "fill",
        "fit",
        "none",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "auto" => Self::Auto,
                "shrinkToFit" => Self::ShrinkToFit,
                "fill" => Self::Fill,
                "fit" => Self::Fit,
                "none" => Self::None,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::ShrinkToFit => "shrinkToFit",
            Self::Fill => "fill",
            Self::Fit => "fit",
            Self::None => "none",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_print)]
rt::impl_enum!(PrintScaling);
#[cfg(msgraph_v1_core_or_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintScaling);
#[cfg(msgraph_v1_print)]
/// CSDL: `microsoft.graph.printSettings`, complex type.
///
/// Features: `v1` or `v1-print`.
#[derive(Clone)]
pub struct PrintSettings {
    /// CSDL: property `documentConversionEnabled`: `Edm.Boolean`, not nullable.
    pub document_conversion_enabled: rt::Field<bool>,
    /// CSDL: property `printerDiscoverySettings`: `microsoft.graph.printerDiscoverySettings`, nullable.
    pub printer_discovery_settings: rt::Field<crate::v1::PrinterDiscoverySettings>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_print)]
impl ::std::default::Default for PrintSettings {
    #[inline]
    fn default() -> Self {
        Self {
            document_conversion_enabled: rt::Field::Absent,
            printer_discovery_settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_print)]
impl rt::Object for PrintSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.printSettings";
    const KEYS: &'static [&'static str] = &[
        "documentConversionEnabled",
        "printerDiscoverySettings",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"documentConversionEnabled\":    ",
        ",\"printerDiscoverySettings\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "document_conversion_enabled",
            &self.document_conversion_enabled,
        );
        v.field(1usize, "printer_discovery_settings", &self.printer_discovery_settings);
    }
}
#[cfg(msgraph_v1_print)]
impl rt::object::Members for PrintSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.document_conversion_enabled.read_from(r),
            1usize => self.printer_discovery_settings.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.document_conversion_enabled);
        w.field(1usize, &self.printer_discovery_settings);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_print)]
rt::impl_object!(PrintSettings);
#[cfg(msgraph_v1_print)]
rt::impl_setters!(
    PrintSettings { with_document_conversion_enabled document_conversion_enabled : bool;
    with_printer_discovery_settings printer_discovery_settings : crate
    ::v1::PrinterDiscoverySettings; }
);
#[cfg(msgraph_v1_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintSettings);
#[cfg(msgraph_v1_core_or_print)]
/// CSDL: `microsoft.graph.printTask`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PrintTaskPath`](requests/trait.PrintTaskPath.html), what a path to one (`EntityPath<PrintTask, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PrintTask {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `parentUrl`: `Edm.String`, not nullable.
    pub parent_url: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.printTaskStatus`, not nullable.
    pub status: rt::Field<crate::v1::PrintTaskStatus>,
    /// CSDL: navigation property `definition`: `microsoft.graph.printTaskDefinition`, not nullable.
    ///
    /// Features: `v1`, or one of `v1-print`, `v1-search`.
    #[cfg(msgraph_v1_print_or_search)]
    pub definition: rt::Field<crate::v1::PrintTaskDefinition>,
    /// CSDL: navigation property `trigger`: `microsoft.graph.printTaskTrigger`, not nullable.
    ///
    /// Features: `v1`, or one of `v1-print`, `v1-search`.
    #[cfg(msgraph_v1_print_or_search)]
    pub trigger: rt::Field<crate::v1::PrintTaskTrigger>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_print)]
impl ::std::default::Default for PrintTask {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            parent_url: rt::Field::Absent,
            status: rt::Field::Absent,
            #[cfg(msgraph_v1_print_or_search)]
            definition: rt::Field::Absent,
            #[cfg(msgraph_v1_print_or_search)]
            trigger: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::Object for PrintTask {
    const TYPE_NAME: &'static str = "microsoft.graph.printTask";
    const KEYS: &'static [&'static str] = &[
        "id",
        "parentUrl",
        "status",
        "definition",
        "trigger",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"parentUrl\":                    ",
        ",\"status\":                       ",
        ",\"definition\":                   ",
        ",\"trigger\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printTask\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "parent_url", &self.parent_url);
        v.field(2usize, "status", &self.status);
        #[cfg(msgraph_v1_print_or_search)]
        v.field(3usize, "definition", &self.definition);
        #[cfg(msgraph_v1_print_or_search)] v.field(4usize, "trigger", &self.trigger);
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::object::Members for PrintTask {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.parent_url.read_from(r),
            2usize => self.status.read_from(r),
            #[cfg(msgraph_v1_print_or_search)]
            3usize => self.definition.read_from(r),
            #[cfg(msgraph_v1_print_or_search)]
            4usize => self.trigger.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.parent_url);
        w.field(2usize, &self.status);
        #[cfg(msgraph_v1_print_or_search)] w.field(3usize, &self.definition);
        #[cfg(msgraph_v1_print_or_search)] w.field(4usize, &self.trigger);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_print)]
rt::impl_object!(PrintTask);
#[cfg(msgraph_v1_core_or_print)]
rt::impl_setters!(
    PrintTask { with_id id : ::std::string::String; with_parent_url parent_url :
    ::std::string::String; with_status status : crate ::v1::PrintTaskStatus;
    #[cfg(msgraph_v1_print_or_search)] with_definition definition : crate
    ::v1::PrintTaskDefinition; #[cfg(msgraph_v1_print_or_search)] with_trigger trigger :
    crate ::v1::PrintTaskTrigger; }
);
#[cfg(msgraph_v1_core_or_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintTask);
#[cfg(msgraph_v1_print_or_search)]
/// CSDL: `microsoft.graph.printTaskDefinition`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PrintTaskDefinitionPath`](requests/trait.PrintTaskDefinitionPath.html), what a path to one (`EntityPath<PrintTaskDefinition, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-print`, `v1-search`.
#[derive(Clone)]
pub struct PrintTaskDefinition {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.appIdentity`, not nullable.
    pub created_by: rt::Field<crate::v1::AppIdentity>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `tasks`: `Collection(microsoft.graph.printTask)`, not nullable.
    pub tasks: rt::Field<::std::vec::Vec<crate::v1::PrintTask>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_print_or_search)]
impl ::std::default::Default for PrintTaskDefinition {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            display_name: rt::Field::Absent,
            tasks: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_print_or_search)]
impl rt::Object for PrintTaskDefinition {
    const TYPE_NAME: &'static str = "microsoft.graph.printTaskDefinition";
    const KEYS: &'static [&'static str] = &["id", "createdBy", "displayName", "tasks"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"displayName\":                  ",
        ",\"tasks\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printTaskDefinition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "tasks", &self.tasks);
    }
}
#[cfg(msgraph_v1_print_or_search)]
impl rt::object::Members for PrintTaskDefinition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.tasks.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.tasks);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_print_or_search)]
rt::impl_object!(PrintTaskDefinition);
#[cfg(msgraph_v1_print_or_search)]
rt::impl_setters!(
    PrintTaskDefinition { with_id id : ::std::string::String; with_created_by created_by
    : crate ::v1::AppIdentity; with_display_name display_name : ::std::string::String;
    with_tasks tasks : ::std::vec::Vec < crate ::v1::PrintTask >; }
);
#[cfg(msgraph_v1_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintTaskDefinition);
#[cfg(msgraph_v1_core_or_print)]
/// CSDL: `microsoft.graph.printTaskProcessingState`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PrintTaskProcessingState {
    /// `pending` (value 0).
    Pending,
    /// `processing` (value 1).
    Processing,
    /// `completed` (value 2).
    Completed,
    /// `aborted` (value 3).
    Aborted,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::StrEnum for PrintTaskProcessingState {
    const TYPE_NAME: &'static str = "microsoft.graph.printTaskProcessingState";
    const MEMBERS: &'static [&'static str] = &[
        "pending",
        "processing",
        "completed",
        "aborted",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "pending" => Self::Pending,
                "processing" => Self::Processing,
                "completed" => Self::Completed,
                "aborted" => Self::Aborted,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::Pending => "pending",
            Self::Processing => "processing",
            Self::Completed => "completed",
            Self::Aborted => "aborted",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_print)]
rt::impl_enum!(PrintTaskProcessingState);
#[cfg(msgraph_v1_core_or_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintTaskProcessingState);
#[cfg(msgraph_v1_core_or_print)]
/// CSDL: `microsoft.graph.printTaskStatus`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PrintTaskStatus {
    /// CSDL: property `description`: `Edm.String`, not nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `state`: `microsoft.graph.printTaskProcessingState`, not nullable.
    pub state: rt::Field<crate::v1::PrintTaskProcessingState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_print)]
impl ::std::default::Default for PrintTaskStatus {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::Object for PrintTaskStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.printTaskStatus";
    const KEYS: &'static [&'static str] = &["description", "state"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"state\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printTaskStatus\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "state", &self.state);
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::object::Members for PrintTaskStatus {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.state);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_print)]
rt::impl_object!(PrintTaskStatus);
#[cfg(msgraph_v1_core_or_print)]
rt::impl_setters!(
    PrintTaskStatus { with_description description : ::std::string::String; with_state
    state : crate ::v1::PrintTaskProcessingState; }
);
#[cfg(msgraph_v1_core_or_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintTaskStatus);
#[cfg(msgraph_v1_print_or_search)]
/// CSDL: `microsoft.graph.printTaskTrigger`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PrintTaskTriggerPath`](requests/trait.PrintTaskTriggerPath.html), what a path to one (`EntityPath<PrintTaskTrigger, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-print`, `v1-search`.
#[derive(Clone)]
pub struct PrintTaskTrigger {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `event`: `microsoft.graph.printEvent`, not nullable.
    pub event: rt::Field<crate::v1::PrintEvent>,
    /// CSDL: navigation property `definition`: `microsoft.graph.printTaskDefinition`, not nullable.
    pub definition: rt::Field<crate::v1::PrintTaskDefinition>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_print_or_search)]
impl ::std::default::Default for PrintTaskTrigger {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            event: rt::Field::Absent,
            definition: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_print_or_search)]
impl rt::Object for PrintTaskTrigger {
    const TYPE_NAME: &'static str = "microsoft.graph.printTaskTrigger";
    const KEYS: &'static [&'static str] = &["id", "event", "definition"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"event\":                        ",
        ",\"definition\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printTaskTrigger\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "event", &self.event);
        v.field(2usize, "definition", &self.definition);
    }
}
#[cfg(msgraph_v1_print_or_search)]
impl rt::object::Members for PrintTaskTrigger {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.event.read_from(r),
            2usize => self.definition.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.event);
        w.field(2usize, &self.definition);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_print_or_search)]
rt::impl_object!(PrintTaskTrigger);
#[cfg(msgraph_v1_print_or_search)]
rt::impl_setters!(
    PrintTaskTrigger { with_id id : ::std::string::String; with_event event : crate
    ::v1::PrintEvent; with_definition definition : crate ::v1::PrintTaskDefinition; }
);
#[cfg(msgraph_v1_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintTaskTrigger);
#[cfg(msgraph_v1_core_or_print)]
/// CSDL: `microsoft.graph.printerCapabilities`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PrinterCapabilities {
    /// CSDL: property `bottomMargins`: `Collection(Edm.Int32)`, nullable.
    pub bottom_margins: rt::Field<::std::vec::Vec<i32>>,
    /// CSDL: property `collation`: `Edm.Boolean`, nullable.
    pub collation: rt::Field<bool>,
    /// CSDL: property `colorModes`: `Collection(microsoft.graph.printColorMode)`, nullable.
    pub color_modes: rt::Field<::std::vec::Vec<crate::v1::PrintColorMode>>,
    /// CSDL: property `contentTypes`: `Collection(Edm.String)`, nullable.
    pub content_types: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `copiesPerJob`: `microsoft.graph.integerRange`, nullable.
    pub copies_per_job: rt::Field<crate::v1::IntegerRange>,
    /// CSDL: property `dpis`: `Collection(Edm.Int32)`, nullable.
    pub dpis: rt::Field<::std::vec::Vec<i32>>,
    /// CSDL: property `duplexModes`: `Collection(microsoft.graph.printDuplexMode)`, nullable.
    pub duplex_modes: rt::Field<::std::vec::Vec<crate::v1::PrintDuplexMode>>,
    /// CSDL: property `feedOrientations`: `Collection(microsoft.graph.printerFeedOrientation)`, nullable.
    pub feed_orientations: rt::Field<::std::vec::Vec<crate::v1::PrinterFeedOrientation>>,
    /// CSDL: property `finishings`: `Collection(microsoft.graph.printFinishing)`, nullable.
    pub finishings: rt::Field<::std::vec::Vec<crate::v1::PrintFinishing>>,
    /// CSDL: property `inputBins`: `Collection(Edm.String)`, nullable.
    pub input_bins: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `isColorPrintingSupported`: `Edm.Boolean`, nullable.
    pub is_color_printing_supported: rt::Field<bool>,
    /// CSDL: property `isPageRangeSupported`: `Edm.Boolean`, nullable.
    pub is_page_range_supported: rt::Field<bool>,
    /// CSDL: property `leftMargins`: `Collection(Edm.Int32)`, nullable.
    pub left_margins: rt::Field<::std::vec::Vec<i32>>,
    /// CSDL: property `mediaColors`: `Collection(Edm.String)`, nullable.
    pub media_colors: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `mediaSizes`: `Collection(Edm.String)`, nullable.
    pub media_sizes: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `mediaTypes`: `Collection(Edm.String)`, nullable.
    pub media_types: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `multipageLayouts`: `Collection(microsoft.graph.printMultipageLayout)`, nullable.
    pub multipage_layouts: rt::Field<::std::vec::Vec<crate::v1::PrintMultipageLayout>>,
    /// CSDL: property `orientations`: `Collection(microsoft.graph.printOrientation)`, nullable.
    pub orientations: rt::Field<::std::vec::Vec<crate::v1::PrintOrientation>>,
    /// CSDL: property `outputBins`: `Collection(Edm.String)`, nullable.
    pub output_bins: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `pagesPerSheet`: `Collection(Edm.Int32)`, nullable.
    pub pages_per_sheet: rt::Field<::std::vec::Vec<i32>>,
    /// CSDL: property `qualities`: `Collection(microsoft.graph.printQuality)`, nullable.
    pub qualities: rt::Field<::std::vec::Vec<crate::v1::PrintQuality>>,
    /// CSDL: property `rightMargins`: `Collection(Edm.Int32)`, nullable.
    pub right_margins: rt::Field<::std::vec::Vec<i32>>,
    /// CSDL: property `scalings`: `Collection(microsoft.graph.printScaling)`, nullable.
    pub scalings: rt::Field<::std::vec::Vec<crate::v1::PrintScaling>>,
    /// CSDL: property `supportsFitPdfToPage`: `Edm.Boolean`, nullable.
    pub supports_fit_pdf_to_page: rt::Field<bool>,
    /// CSDL: property `topMargins`: `Collection(Edm.Int32)`, nullable.
    pub top_margins: rt::Field<::std::vec::Vec<i32>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_print)]
impl ::std::default::Default for PrinterCapabilities {
    #[inline]
    fn default() -> Self {
        Self {
            bottom_margins: rt::Field::Absent,
            collation: rt::Field::Absent,
            color_modes: rt::Field::Absent,
            content_types: rt::Field::Absent,
            copies_per_job: rt::Field::Absent,
            dpis: rt::Field::Absent,
            duplex_modes: rt::Field::Absent,
            feed_orientations: rt::Field::Absent,
            finishings: rt::Field::Absent,
            input_bins: rt::Field::Absent,
            is_color_printing_supported: rt::Field::Absent,
            is_page_range_supported: rt::Field::Absent,
            left_margins: rt::Field::Absent,
            media_colors: rt::Field::Absent,
            media_sizes: rt::Field::Absent,
            media_types: rt::Field::Absent,
            multipage_layouts: rt::Field::Absent,
            orientations: rt::Field::Absent,
            output_bins: rt::Field::Absent,
            pages_per_sheet: rt::Field::Absent,
            qualities: rt::Field::Absent,
            right_margins: rt::Field::Absent,
            scalings: rt::Field::Absent,
            supports_fit_pdf_to_page: rt::Field::Absent,
            top_margins: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::Object for PrinterCapabilities {
    const TYPE_NAME: &'static str = "microsoft.graph.printerCapabilities";
    const KEYS: &'static [&'static str] = &[
        "bottomMargins",
        "collation",
        "colorModes",
        "contentTypes",
        "copiesPerJob",
        "dpis",
        "duplexModes",
        "feedOrientations",
        "finishings",
        "inputBins",
        "isColorPrintingSupported",
        "isPageRangeSupported",
        "leftMargins",
        "mediaColors",
        "mediaSizes",
        "mediaTypes",
        "multipageLayouts",
        "orientations",
        "outputBins",
        "pagesPerSheet",
        "qualities",
        "rightMargins",
        "scalings",
        "supportsFitPdfToPage",
        "topMargins",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"bottomMargins\":                ",
        ",\"collation\":                    ",
        ",\"colorModes\":                   ",
        ",\"contentTypes\":                 ",
        ",\"copiesPerJob\":                 ",
        ",\"dpis\":                         ",
        ",\"duplexModes\":                  ",
        ",\"feedOrientations\":             ",
        ",\"finishings\":                   ",
        ",\"inputBins\":                    ",
        ",\"isColorPrintingSupported\":     ",
        ",\"isPageRangeSupported\":         ",
        ",\"leftMargins\":                  ",
        ",\"mediaColors\":                  ",
        ",\"mediaSizes\":                   ",
        ",\"mediaTypes\":                   ",
        ",\"multipageLayouts\":             ",
        ",\"orientations\":                 ",
        ",\"outputBins\":                   ",
        ",\"pagesPerSheet\":                ",
        ",\"qualities\":                    ",
        ",\"rightMargins\":                 ",
        ",\"scalings\":                     ",
        ",\"supportsFitPdfToPage\":         ",
        ",\"topMargins\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printerCapabilities\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "bottom_margins", &self.bottom_margins);
        v.field(1usize, "collation", &self.collation);
        v.field(2usize, "color_modes", &self.color_modes);
        v.field(3usize, "content_types", &self.content_types);
        v.field(4usize, "copies_per_job", &self.copies_per_job);
        v.field(5usize, "dpis", &self.dpis);
        v.field(6usize, "duplex_modes", &self.duplex_modes);
        v.field(7usize, "feed_orientations", &self.feed_orientations);
        v.field(8usize, "finishings", &self.finishings);
        v.field(9usize, "input_bins", &self.input_bins);
        v.field(
            10usize,
            "is_color_printing_supported",
            &self.is_color_printing_supported,
        );
        v.field(11usize, "is_page_range_supported", &self.is_page_range_supported);
        v.field(12usize, "left_margins", &self.left_margins);
        v.field(13usize, "media_colors", &self.media_colors);
        v.field(14usize, "media_sizes", &self.media_sizes);
        v.field(15usize, "media_types", &self.media_types);
        v.field(16usize, "multipage_layouts", &self.multipage_layouts);
        v.field(17usize, "orientations", &self.orientations);
        v.field(18usize, "output_bins", &self.output_bins);
        v.field(19usize, "pages_per_sheet", &self.pages_per_sheet);
        v.field(20usize, "qualities", &self.qualities);
        v.field(21usize, "right_margins", &self.right_margins);
        v.field(22usize, "scalings", &self.scalings);
        v.field(23usize, "supports_fit_pdf_to_page", &self.supports_fit_pdf_to_page);
        v.field(24usize, "top_margins", &self.top_margins);
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::object::Members for PrinterCapabilities {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.bottom_margins.read_from(r),
            1usize => self.collation.read_from(r),
            2usize => self.color_modes.read_from(r),
            3usize => self.content_types.read_from(r),
            4usize => self.copies_per_job.read_from(r),
            5usize => self.dpis.read_from(r),
            6usize => self.duplex_modes.read_from(r),
            7usize => self.feed_orientations.read_from(r),
            8usize => self.finishings.read_from(r),
            9usize => self.input_bins.read_from(r),
            10usize => self.is_color_printing_supported.read_from(r),
            11usize => self.is_page_range_supported.read_from(r),
            12usize => self.left_margins.read_from(r),
            13usize => self.media_colors.read_from(r),
            14usize => self.media_sizes.read_from(r),
            15usize => self.media_types.read_from(r),
            16usize => self.multipage_layouts.read_from(r),
            17usize => self.orientations.read_from(r),
            18usize => self.output_bins.read_from(r),
            19usize => self.pages_per_sheet.read_from(r),
            20usize => self.qualities.read_from(r),
            21usize => self.right_margins.read_from(r),
            22usize => self.scalings.read_from(r),
            23usize => self.supports_fit_pdf_to_page.read_from(r),
            24usize => self.top_margins.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.bottom_margins);
        w.field(1usize, &self.collation);
        w.field(2usize, &self.color_modes);
        w.field(3usize, &self.content_types);
        w.field(4usize, &self.copies_per_job);
        w.field(5usize, &self.dpis);
        w.field(6usize, &self.duplex_modes);
        w.field(7usize, &self.feed_orientations);
        w.field(8usize, &self.finishings);
        w.field(9usize, &self.input_bins);
        w.field(10usize, &self.is_color_printing_supported);
        w.field(11usize, &self.is_page_range_supported);
        w.field(12usize, &self.left_margins);
        w.field(13usize, &self.media_colors);
        w.field(14usize, &self.media_sizes);
        w.field(15usize, &self.media_types);
        w.field(16usize, &self.multipage_layouts);
        w.field(17usize, &self.orientations);
        w.field(18usize, &self.output_bins);
        w.field(19usize, &self.pages_per_sheet);
        w.field(20usize, &self.qualities);
        w.field(21usize, &self.right_margins);
        w.field(22usize, &self.scalings);
        w.field(23usize, &self.supports_fit_pdf_to_page);
        w.field(24usize, &self.top_margins);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_print)]
rt::impl_object!(PrinterCapabilities);
#[cfg(msgraph_v1_core_or_print)]
rt::impl_setters!(
    PrinterCapabilities { with_bottom_margins bottom_margins : ::std::vec::Vec < i32 >;
    with_collation collation : bool; with_color_modes color_modes : ::std::vec::Vec <
    crate ::v1::PrintColorMode >; with_content_types content_types : ::std::vec::Vec <
    ::std::string::String >; with_copies_per_job copies_per_job : crate
    ::v1::IntegerRange; with_dpis dpis : ::std::vec::Vec < i32 >; with_duplex_modes
    duplex_modes : ::std::vec::Vec < crate ::v1::PrintDuplexMode >;
    with_feed_orientations feed_orientations : ::std::vec::Vec < crate
    ::v1::PrinterFeedOrientation >; with_finishings finishings : ::std::vec::Vec < crate
    ::v1::PrintFinishing >; with_input_bins input_bins : ::std::vec::Vec <
    ::std::string::String >; with_is_color_printing_supported is_color_printing_supported
    : bool; with_is_page_range_supported is_page_range_supported : bool;
    with_left_margins left_margins : ::std::vec::Vec < i32 >; with_media_colors
    media_colors : ::std::vec::Vec < ::std::string::String >; with_media_sizes
    media_sizes : ::std::vec::Vec < ::std::string::String >; with_media_types media_types
    : ::std::vec::Vec < ::std::string::String >; with_multipage_layouts multipage_layouts
    : ::std::vec::Vec < crate ::v1::PrintMultipageLayout >; with_orientations
    orientations : ::std::vec::Vec < crate ::v1::PrintOrientation >; with_output_bins
    output_bins : ::std::vec::Vec < ::std::string::String >; with_pages_per_sheet
    pages_per_sheet : ::std::vec::Vec < i32 >; with_qualities qualities : ::std::vec::Vec
    < crate ::v1::PrintQuality >; with_right_margins right_margins : ::std::vec::Vec <
    i32 >; with_scalings scalings : ::std::vec::Vec < crate ::v1::PrintScaling >;
    with_supports_fit_pdf_to_page supports_fit_pdf_to_page : bool; with_top_margins
    top_margins : ::std::vec::Vec < i32 >; }
);
#[cfg(msgraph_v1_core_or_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrinterCapabilities);
#[cfg(msgraph_v1_core_or_print)]
/// CSDL: `microsoft.graph.printerDefaults`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PrinterDefaults {
    /// CSDL: property `colorMode`: `microsoft.graph.printColorMode`, nullable.
    pub color_mode: rt::Field<crate::v1::PrintColorMode>,
    /// CSDL: property `contentType`: `Edm.String`, nullable.
    pub content_type: rt::Field<::std::string::String>,
    /// CSDL: property `copiesPerJob`: `Edm.Int32`, nullable.
    pub copies_per_job: rt::Field<i32>,
    /// CSDL: property `dpi`: `Edm.Int32`, nullable.
    pub dpi: rt::Field<i32>,
    /// CSDL: property `duplexMode`: `microsoft.graph.printDuplexMode`, nullable.
    pub duplex_mode: rt::Field<crate::v1::PrintDuplexMode>,
    /// CSDL: property `finishings`: `Collection(microsoft.graph.printFinishing)`, nullable.
    pub finishings: rt::Field<::std::vec::Vec<crate::v1::PrintFinishing>>,
    /// CSDL: property `fitPdfToPage`: `Edm.Boolean`, nullable.
    pub fit_pdf_to_page: rt::Field<bool>,
    /// CSDL: property `inputBin`: `Edm.String`, nullable.
    pub input_bin: rt::Field<::std::string::String>,
    /// CSDL: property `mediaColor`: `Edm.String`, nullable.
    pub media_color: rt::Field<::std::string::String>,
    /// CSDL: property `mediaSize`: `Edm.String`, nullable.
    pub media_size: rt::Field<::std::string::String>,
    /// CSDL: property `mediaType`: `Edm.String`, nullable.
    pub media_type: rt::Field<::std::string::String>,
    /// CSDL: property `multipageLayout`: `microsoft.graph.printMultipageLayout`, nullable.
    pub multipage_layout: rt::Field<crate::v1::PrintMultipageLayout>,
    /// CSDL: property `orientation`: `microsoft.graph.printOrientation`, nullable.
    pub orientation: rt::Field<crate::v1::PrintOrientation>,
    /// CSDL: property `outputBin`: `Edm.String`, nullable.
    pub output_bin: rt::Field<::std::string::String>,
    /// CSDL: property `pagesPerSheet`: `Edm.Int32`, nullable.
    pub pages_per_sheet: rt::Field<i32>,
    /// CSDL: property `quality`: `microsoft.graph.printQuality`, nullable.
    pub quality: rt::Field<crate::v1::PrintQuality>,
    /// CSDL: property `scaling`: `microsoft.graph.printScaling`, nullable.
    pub scaling: rt::Field<crate::v1::PrintScaling>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_print)]
impl ::std::default::Default for PrinterDefaults {
    #[inline]
    fn default() -> Self {
        Self {
            color_mode: rt::Field::Absent,
            content_type: rt::Field::Absent,
            copies_per_job: rt::Field::Absent,
            dpi: rt::Field::Absent,
            duplex_mode: rt::Field::Absent,
            finishings: rt::Field::Absent,
            fit_pdf_to_page: rt::Field::Absent,
            input_bin: rt::Field::Absent,
            media_color: rt::Field::Absent,
            media_size: rt::Field::Absent,
            media_type: rt::Field::Absent,
            multipage_layout: rt::Field::Absent,
            orientation: rt::Field::Absent,
            output_bin: rt::Field::Absent,
            pages_per_sheet: rt::Field::Absent,
            quality: rt::Field::Absent,
            scaling: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::Object for PrinterDefaults {
    const TYPE_NAME: &'static str = "microsoft.graph.printerDefaults";
    const KEYS: &'static [&'static str] = &[
        "colorMode",
        "contentType",
        "copiesPerJob",
        "dpi",
        "duplexMode",
        "finishings",
        "fitPdfToPage",
        "inputBin",
        "mediaColor",
        "mediaSize",
        "mediaType",
        "multipageLayout",
        "orientation",
        "outputBin",
        "pagesPerSheet",
        "quality",
        "scaling",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"colorMode\":                    ",
        ",\"contentType\":                  ",
        ",\"copiesPerJob\":                 ",
        ",\"dpi\":                          ",
        ",\"duplexMode\":                   ",
        ",\"finishings\":                   ",
        ",\"fitPdfToPage\":                 ",
        ",\"inputBin\":                     ",
        ",\"mediaColor\":                   ",
        ",\"mediaSize\":                    ",
        ",\"mediaType\":                    ",
        ",\"multipageLayout\":              ",
        ",\"orientation\":                  ",
        ",\"outputBin\":                    ",
        ",\"pagesPerSheet\":                ",
        ",\"quality\":                      ",
        ",\"scaling\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printerDefaults\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "color_mode", &self.color_mode);
        v.field(1usize, "content_type", &self.content_type);
        v.field(2usize, "copies_per_job", &self.copies_per_job);
        v.field(3usize, "dpi", &self.dpi);
        v.field(4usize, "duplex_mode", &self.duplex_mode);
        v.field(5usize, "finishings", &self.finishings);
        v.field(6usize, "fit_pdf_to_page", &self.fit_pdf_to_page);
        v.field(7usize, "input_bin", &self.input_bin);
        v.field(8usize, "media_color", &self.media_color);
        v.field(9usize, "media_size", &self.media_size);
        v.field(10usize, "media_type", &self.media_type);
        v.field(11usize, "multipage_layout", &self.multipage_layout);
        v.field(12usize, "orientation", &self.orientation);
        v.field(13usize, "output_bin", &self.output_bin);
        v.field(14usize, "pages_per_sheet", &self.pages_per_sheet);
        v.field(15usize, "quality", &self.quality);
        v.field(16usize, "scaling", &self.scaling);
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::object::Members for PrinterDefaults {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.color_mode.read_from(r),
            1usize => self.content_type.read_from(r),
            2usize => self.copies_per_job.read_from(r),
            3usize => self.dpi.read_from(r),
            4usize => self.duplex_mode.read_from(r),
            5usize => self.finishings.read_from(r),
            6usize => self.fit_pdf_to_page.read_from(r),
            7usize => self.input_bin.read_from(r),
            8usize => self.media_color.read_from(r),
            9usize => self.media_size.read_from(r),
            10usize => self.media_type.read_from(r),
            11usize => self.multipage_layout.read_from(r),
            12usize => self.orientation.read_from(r),
            13usize => self.output_bin.read_from(r),
            14usize => self.pages_per_sheet.read_from(r),
            15usize => self.quality.read_from(r),
            16usize => self.scaling.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.color_mode);
        w.field(1usize, &self.content_type);
        w.field(2usize, &self.copies_per_job);
        w.field(3usize, &self.dpi);
        w.field(4usize, &self.duplex_mode);
        w.field(5usize, &self.finishings);
        w.field(6usize, &self.fit_pdf_to_page);
        w.field(7usize, &self.input_bin);
        w.field(8usize, &self.media_color);
        w.field(9usize, &self.media_size);
        w.field(10usize, &self.media_type);
        w.field(11usize, &self.multipage_layout);
        w.field(12usize, &self.orientation);
        w.field(13usize, &self.output_bin);
        w.field(14usize, &self.pages_per_sheet);
        w.field(15usize, &self.quality);
        w.field(16usize, &self.scaling);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_print)]
rt::impl_object!(PrinterDefaults);
#[cfg(msgraph_v1_core_or_print)]
rt::impl_setters!(
    PrinterDefaults { with_color_mode color_mode : crate ::v1::PrintColorMode;
    with_content_type content_type : ::std::string::String; with_copies_per_job
    copies_per_job : i32; with_dpi dpi : i32; with_duplex_mode duplex_mode : crate
    ::v1::PrintDuplexMode; with_finishings finishings : ::std::vec::Vec < crate
    ::v1::PrintFinishing >; with_fit_pdf_to_page fit_pdf_to_page : bool; with_input_bin
    input_bin : ::std::string::String; with_media_color media_color :
    ::std::string::String; with_media_size media_size : ::std::string::String;
    with_media_type media_type : ::std::string::String; with_multipage_layout
    multipage_layout : crate ::v1::PrintMultipageLayout; with_orientation orientation :
    crate ::v1::PrintOrientation; with_output_bin output_bin : ::std::string::String;
    with_pages_per_sheet pages_per_sheet : i32; with_quality quality : crate
    ::v1::PrintQuality; with_scaling scaling : crate ::v1::PrintScaling; }
);
#[cfg(msgraph_v1_core_or_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrinterDefaults);
#[cfg(msgraph_v1_print)]
/// CSDL: `microsoft.graph.printerDiscoverySettings`, complex type.
///
/// Features: `v1` or `v1-print`.
#[derive(Clone)]
pub struct PrinterDiscoverySettings {
    /// CSDL: property `airPrint`: `microsoft.graph.airPrintSettings`, not nullable.
    pub air_print: rt::Field<crate::v1::AirPrintSettings>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_print)]
impl ::std::default::Default for PrinterDiscoverySettings {
    #[inline]
    fn default() -> Self {
        Self {
            air_print: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_print)]
impl rt::Object for PrinterDiscoverySettings {
    const TYPE_NAME: &'static str = "microsoft.graph.printerDiscoverySettings";
    const KEYS: &'static [&'static str] = &["airPrint"];
    const KEYS_JSON: &'static [&'static str] = &[",\"airPrint\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.printerDiscoverySettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "air_print", &self.air_print);
    }
}
#[cfg(msgraph_v1_print)]
impl rt::object::Members for PrinterDiscoverySettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.air_print.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.air_print);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_print)]
rt::impl_object!(PrinterDiscoverySettings);
#[cfg(msgraph_v1_print)]
rt::impl_setters!(
    PrinterDiscoverySettings { with_air_print air_print : crate ::v1::AirPrintSettings; }
);
#[cfg(msgraph_v1_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrinterDiscoverySettings);
#[cfg(msgraph_v1_core_or_print)]
/// CSDL: `microsoft.graph.printerFeedOrientation`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PrinterFeedOrientation {
    /// `longEdgeFirst` (value 0).
    LongEdgeFirst,
    /// `shortEdgeFirst` (value 1).
    ShortEdgeFirst,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::StrEnum for PrinterFeedOrientation {
    const TYPE_NAME: &'static str = "microsoft.graph.printerFeedOrientation";
    const MEMBERS: &'static [&'static str] = &[
        "longEdgeFirst",
        "shortEdgeFirst",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "longEdgeFirst" => Self::LongEdgeFirst,
                "shortEdgeFirst" => Self::ShortEdgeFirst,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::LongEdgeFirst => "longEdgeFirst",
            Self::ShortEdgeFirst => "shortEdgeFirst",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_print)]
rt::impl_enum!(PrinterFeedOrientation);
#[cfg(msgraph_v1_core_or_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrinterFeedOrientation);
#[cfg(msgraph_v1_core_or_print)]
/// CSDL: `microsoft.graph.printerShareViewpoint`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PrinterShareViewpoint {
    /// CSDL: property `lastUsedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_used_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_print)]
impl ::std::default::Default for PrinterShareViewpoint {
    #[inline]
    fn default() -> Self {
        Self {
            last_used_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::Object for PrinterShareViewpoint {
    const TYPE_NAME: &'static str = "microsoft.graph.printerShareViewpoint";
    const KEYS: &'static [&'static str] = &["lastUsedDateTime"];
    const KEYS_JSON: &'static [&'static str] = &[",\"lastUsedDateTime\":             "];
    const TAG: &'static str = "\"#microsoft.graph.printerShareViewpoint\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "last_used_date_time", &self.last_used_date_time);
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::object::Members for PrinterShareViewpoint {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.last_used_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.last_used_date_time);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_print)]
rt::impl_object!(PrinterShareViewpoint);
#[cfg(msgraph_v1_core_or_print)]
rt::impl_setters!(
    PrinterShareViewpoint { with_last_used_date_time last_used_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_core_or_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrinterShareViewpoint);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.privacyProfile`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PrivacyProfile {
    /// CSDL: property `contactEmail`: `Edm.String`, nullable.
    pub contact_email: rt::Field<::std::string::String>,
    /// CSDL: property `statementUrl`: `Edm.String`, nullable.
    pub statement_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for PrivacyProfile {
    #[inline]
    fn default() -> Self {
        Self {
            contact_email: rt::Field::Absent,
            statement_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for PrivacyProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.privacyProfile";
    const KEYS: &'static [&'static str] = &["contactEmail", "statementUrl"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"contactEmail\":                 ",
        ",\"statementUrl\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.privacyProfile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "contact_email", &self.contact_email);
        v.field(1usize, "statement_url", &self.statement_url);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for PrivacyProfile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.contact_email.read_from(r),
            1usize => self.statement_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.contact_email);
        w.field(1usize, &self.statement_url);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_object!(PrivacyProfile);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    PrivacyProfile { with_contact_email contact_email : ::std::string::String;
    with_statement_url statement_url : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivacyProfile);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.privilegedAccessGroupAssignmentType`, enum type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PrivilegedAccessGroupAssignmentType {
    /// `assigned` (value 1).
    Assigned,
    /// `activated` (value 2).
    Activated,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::StrEnum for PrivilegedAccessGroupAssignmentType {
    const TYPE_NAME: &'static str = "microsoft.graph.privilegedAccessGroupAssignmentType";
    const MEMBERS: &'static [&'static str] = &[
        "assigned",
        "activated",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "assigned" => Self::Assigned,
                "activated" => Self::Activated,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::Assigned => "assigned",
            Self::Activated => "activated",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_enum!(PrivilegedAccessGroupAssignmentType);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivilegedAccessGroupAssignmentType);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.privilegedAccessGroupRelationships`, enum type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PrivilegedAccessGroupRelationships {
    /// `owner` (value 1).
    Owner,
    /// `member` (value 2).
    Member,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::StrEnum for PrivilegedAccessGroupRelationships {
    const TYPE_NAME: &'static str = "microsoft.graph.privilegedAccessGroupRelationships";
    const MEMBERS: &'static [&'static str] = &["owner", "member", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "owner" => Self::Owner,
                "member" => Self::Member,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::Owner => "owner",
            Self::Member => "member",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_enum!(PrivilegedAccessGroupRelationships);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivilegedAccessGroupRelationships);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.processContentResponse`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ProcessContentResponse {
    /// CSDL: property `policyActions`: `Collection(microsoft.graph.dlpActionInfo)`, not nullable.
    pub policy_actions: rt::Field<::std::vec::Vec<crate::v1::AnyDlpActionInfo>>,
    /// CSDL: property `processingErrors`: `Collection(microsoft.graph.processingError)`, not nullable.
    pub processing_errors: rt::Field<::std::vec::Vec<crate::v1::ProcessingError>>,
    /// CSDL: property `protectionScopeState`: `microsoft.graph.protectionScopeState`, not nullable.
    pub protection_scope_state: rt::Field<crate::v1::ProtectionScopeState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for ProcessContentResponse {
    #[inline]
    fn default() -> Self {
        Self {
            policy_actions: rt::Field::Absent,
            processing_errors: rt::Field::Absent,
            protection_scope_state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::Object for ProcessContentResponse {
    const TYPE_NAME: &'static str = "microsoft.graph.processContentResponse";
    const KEYS: &'static [&'static str] = &[
        "policyActions",
        "processingErrors",
        "protectionScopeState",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"policyActions\":                ",
        ",\"processingErrors\":             ",
        ",\"protectionScopeState\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.processContentResponse\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "policy_actions", &self.policy_actions);
        v.field(1usize, "processing_errors", &self.processing_errors);
        v.field(2usize, "protection_scope_state", &self.protection_scope_state);
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::object::Members for ProcessContentResponse {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.policy_actions.read_from(r),
            1usize => self.processing_errors.read_from(r),
            2usize => self.protection_scope_state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.policy_actions);
        w.field(1usize, &self.processing_errors);
        w.field(2usize, &self.protection_scope_state);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_security)]
rt::impl_object!(ProcessContentResponse);
#[cfg(msgraph_v1_core_or_security)]
rt::impl_setters!(
    ProcessContentResponse { with_policy_actions policy_actions : ::std::vec::Vec < crate
    ::v1::AnyDlpActionInfo >; with_processing_errors processing_errors : ::std::vec::Vec
    < crate ::v1::ProcessingError >; with_protection_scope_state protection_scope_state :
    crate ::v1::ProtectionScopeState; }
);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProcessContentResponse);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.processContentResponses`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct ProcessContentResponses {
    /// CSDL: property `requestId`: `Edm.String`, nullable.
    pub request_id: rt::Field<::std::string::String>,
    /// CSDL: property `results`: `microsoft.graph.processContentResponse`, not nullable.
    pub results: rt::Field<crate::v1::ProcessContentResponse>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for ProcessContentResponses {
    #[inline]
    fn default() -> Self {
        Self {
            request_id: rt::Field::Absent,
            results: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for ProcessContentResponses {
    const TYPE_NAME: &'static str = "microsoft.graph.processContentResponses";
    const KEYS: &'static [&'static str] = &["requestId", "results"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"requestId\":                    ",
        ",\"results\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.processContentResponses\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "request_id", &self.request_id);
        v.field(1usize, "results", &self.results);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for ProcessContentResponses {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.request_id.read_from(r),
            1usize => self.results.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.request_id);
        w.field(1usize, &self.results);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(ProcessContentResponses);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    ProcessContentResponses { with_request_id request_id : ::std::string::String;
    with_results results : crate ::v1::ProcessContentResponse; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProcessContentResponses);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.processingError`, complex type, derived from `microsoft.graph.classificationError`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ProcessingError {
    /// CSDL: property `code`: `Edm.String`, nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `innerError`: `microsoft.graph.classificationInnerError`, nullable.
    pub inner_error: rt::Field<crate::v1::ClassificationInnerError>,
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// CSDL: property `target`: `Edm.String`, nullable.
    pub target: rt::Field<::std::string::String>,
    /// CSDL: property `details`: `Collection(microsoft.graph.classifcationErrorBase)`, nullable.
    pub details: rt::Field<::std::vec::Vec<crate::v1::AnyClassifcationErrorBase>>,
    /// CSDL: property `errorType`: `microsoft.graph.contentProcessingErrorType`, not nullable.
    pub error_type: rt::Field<crate::v1::ContentProcessingErrorType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for ProcessingError {
    #[inline]
    fn default() -> Self {
        Self {
            code: rt::Field::Absent,
            inner_error: rt::Field::Absent,
            message: rt::Field::Absent,
            target: rt::Field::Absent,
            details: rt::Field::Absent,
            error_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::Object for ProcessingError {
    const TYPE_NAME: &'static str = "microsoft.graph.processingError";
    const KEYS: &'static [&'static str] = &[
        "code",
        "innerError",
        "message",
        "target",
        "details",
        "errorType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"code\":                         ",
        ",\"innerError\":                   ",
        ",\"message\":                      ",
        ",\"target\":                       ",
        ",\"details\":                      ",
        ",\"errorType\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.processingError\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "code", &self.code);
        v.field(1usize, "inner_error", &self.inner_error);
        v.field(2usize, "message", &self.message);
        v.field(3usize, "target", &self.target);
        v.field(4usize, "details", &self.details);
        v.field(5usize, "error_type", &self.error_type);
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::object::Members for ProcessingError {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.code.read_from(r),
            1usize => self.inner_error.read_from(r),
            2usize => self.message.read_from(r),
            3usize => self.target.read_from(r),
            4usize => self.details.read_from(r),
            5usize => self.error_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.code);
        w.field(1usize, &self.inner_error);
        w.field(2usize, &self.message);
        w.field(3usize, &self.target);
        w.field(4usize, &self.details);
        w.field(5usize, &self.error_type);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_security)]
rt::impl_object!(ProcessingError);
#[cfg(msgraph_v1_core_or_security)]
rt::impl_setters!(
    ProcessingError { with_code code : ::std::string::String; with_inner_error
    inner_error : crate ::v1::ClassificationInnerError; with_message message :
    ::std::string::String; with_target target : ::std::string::String; with_details
    details : ::std::vec::Vec < crate ::v1::AnyClassifcationErrorBase >; with_error_type
    error_type : crate ::v1::ContentProcessingErrorType; }
);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProcessingError);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.profileCardAnnotation`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct ProfileCardAnnotation {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `localizations`: `Collection(microsoft.graph.displayNameLocalization)`, nullable.
    pub localizations: rt::Field<::std::vec::Vec<crate::v1::DisplayNameLocalization>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for ProfileCardAnnotation {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            localizations: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for ProfileCardAnnotation {
    const TYPE_NAME: &'static str = "microsoft.graph.profileCardAnnotation";
    const KEYS: &'static [&'static str] = &["displayName", "localizations"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"localizations\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.profileCardAnnotation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "localizations", &self.localizations);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for ProfileCardAnnotation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.localizations.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.localizations);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_object!(ProfileCardAnnotation);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    ProfileCardAnnotation { with_display_name display_name : ::std::string::String;
    with_localizations localizations : ::std::vec::Vec < crate
    ::v1::DisplayNameLocalization >; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProfileCardAnnotation);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.profileCardProperty`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct ProfileCardProperty {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `annotations`: `Collection(microsoft.graph.profileCardAnnotation)`, nullable.
    pub annotations: rt::Field<::std::vec::Vec<crate::v1::ProfileCardAnnotation>>,
    /// CSDL: property `directoryPropertyName`: `Edm.String`, nullable.
    pub directory_property_name: rt::Field<::std::string::String>,
    /// CSDL: property `isVisible`: `Edm.Boolean`, not nullable.
    pub is_visible: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for ProfileCardProperty {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            annotations: rt::Field::Absent,
            directory_property_name: rt::Field::Absent,
            is_visible: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for ProfileCardProperty {
    const TYPE_NAME: &'static str = "microsoft.graph.profileCardProperty";
    const KEYS: &'static [&'static str] = &[
        "id",
        "annotations",
        "directoryPropertyName",
        "isVisible",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"annotations\":                  ",
        ",\"directoryPropertyName\":        ",
        ",\"isVisible\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.profileCardProperty\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "annotations", &self.annotations);
        v.field(2usize, "directory_property_name", &self.directory_property_name);
        v.field(3usize, "is_visible", &self.is_visible);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for ProfileCardProperty {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.annotations.read_from(r),
            2usize => self.directory_property_name.read_from(r),
            3usize => self.is_visible.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.annotations);
        w.field(2usize, &self.directory_property_name);
        w.field(3usize, &self.is_visible);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_object!(ProfileCardProperty);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    ProfileCardProperty { with_id id : ::std::string::String; with_annotations
    annotations : ::std::vec::Vec < crate ::v1::ProfileCardAnnotation >;
    with_directory_property_name directory_property_name : ::std::string::String;
    with_is_visible is_visible : bool; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProfileCardProperty);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.profilePhoto`, entity type, derived from `microsoft.graph.entity`, media entity, key `id`.
///
/// Request builders: [`ProfilePhotoPath`](requests/trait.ProfilePhotoPath.html), what a path to one (`EntityPath<ProfilePhoto, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ProfilePhoto {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `height`: `Edm.Int32`, nullable.
    pub height: rt::Field<i32>,
    /// CSDL: property `width`: `Edm.Int32`, nullable.
    pub width: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ProfilePhoto {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            height: rt::Field::Absent,
            width: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ProfilePhoto {
    const TYPE_NAME: &'static str = "microsoft.graph.profilePhoto";
    const KEYS: &'static [&'static str] = &["id", "height", "width"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"height\":                       ",
        ",\"width\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.profilePhoto\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "height", &self.height);
        v.field(2usize, "width", &self.width);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ProfilePhoto {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.height.read_from(r),
            2usize => self.width.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.height);
        w.field(2usize, &self.width);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_object!(ProfilePhoto);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ProfilePhoto { with_id id : ::std::string::String; with_height height : i32;
    with_width width : i32; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProfilePhoto);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.profilePropertySetting`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct ProfilePropertySetting {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `prioritizedSourceUrls`: `Collection(Edm.String)`, not nullable.
    pub prioritized_source_urls: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for ProfilePropertySetting {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            name: rt::Field::Absent,
            prioritized_source_urls: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for ProfilePropertySetting {
    const TYPE_NAME: &'static str = "microsoft.graph.profilePropertySetting";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "name",
        "prioritizedSourceUrls",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"name\":                         ",
        ",\"prioritizedSourceUrls\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.profilePropertySetting\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "name", &self.name);
        v.field(3usize, "prioritized_source_urls", &self.prioritized_source_urls);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for ProfilePropertySetting {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.name.read_from(r),
            3usize => self.prioritized_source_urls.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.name);
        w.field(3usize, &self.prioritized_source_urls);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_object!(ProfilePropertySetting);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    ProfilePropertySetting { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_name name : ::std::string::String;
    with_prioritized_source_urls prioritized_source_urls : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProfilePropertySetting);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.profileSource`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct ProfileSource {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `kind`: `Edm.String`, nullable.
    pub kind: rt::Field<::std::string::String>,
    /// CSDL: property `localizations`: `Collection(microsoft.graph.profileSourceLocalization)`, not nullable.
    pub localizations: rt::Field<::std::vec::Vec<crate::v1::ProfileSourceLocalization>>,
    /// CSDL: property `sourceId`: `Edm.String`, nullable.
    pub source_id: rt::Field<::std::string::String>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for ProfileSource {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            kind: rt::Field::Absent,
            localizations: rt::Field::Absent,
            source_id: rt::Field::Absent,
            web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for ProfileSource {
    const TYPE_NAME: &'static str = "microsoft.graph.profileSource";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "kind",
        "localizations",
        "sourceId",
        "webUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"kind\":                         ",
        ",\"localizations\":                ",
        ",\"sourceId\":                     ",
        ",\"webUrl\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.profileSource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "kind", &self.kind);
        v.field(3usize, "localizations", &self.localizations);
        v.field(4usize, "source_id", &self.source_id);
        v.field(5usize, "web_url", &self.web_url);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for ProfileSource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.kind.read_from(r),
            3usize => self.localizations.read_from(r),
            4usize => self.source_id.read_from(r),
            5usize => self.web_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.kind);
        w.field(3usize, &self.localizations);
        w.field(4usize, &self.source_id);
        w.field(5usize, &self.web_url);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_object!(ProfileSource);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    ProfileSource { with_id id : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_kind kind : ::std::string::String; with_localizations
    localizations : ::std::vec::Vec < crate ::v1::ProfileSourceLocalization >;
    with_source_id source_id : ::std::string::String; with_web_url web_url :
    ::std::string::String; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProfileSource);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.profileSourceLocalization`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct ProfileSourceLocalization {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `languageTag`: `Edm.String`, nullable.
    pub language_tag: rt::Field<::std::string::String>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for ProfileSourceLocalization {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            language_tag: rt::Field::Absent,
            web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for ProfileSourceLocalization {
    const TYPE_NAME: &'static str = "microsoft.graph.profileSourceLocalization";
    const KEYS: &'static [&'static str] = &["displayName", "languageTag", "webUrl"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"languageTag\":                  ",
        ",\"webUrl\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.profileSourceLocalization\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "language_tag", &self.language_tag);
        v.field(2usize, "web_url", &self.web_url);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for ProfileSourceLocalization {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.language_tag.read_from(r),
            2usize => self.web_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.language_tag);
        w.field(2usize, &self.web_url);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_object!(ProfileSourceLocalization);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    ProfileSourceLocalization { with_display_name display_name : ::std::string::String;
    with_language_tag language_tag : ::std::string::String; with_web_url web_url :
    ::std::string::String; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProfileSourceLocalization);
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
/// CSDL: `microsoft.graph.promptLoginBehavior`, enum type.
///
/// Features: `v1`, or one of `v1-directory`, `v1-domains`, `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PromptLoginBehavior {
    /// `translateToFreshPasswordAuthentication` (value 0).
    TranslateToFreshPasswordAuthentication,
    /// `nativeSupport` (value 1).
    NativeSupport,
    /// `disabled` (value 2).
    Disabled,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
impl rt::StrEnum for PromptLoginBehavior {
    const TYPE_NAME: &'static str = "microsoft.graph.promptLoginBehavior";
    const MEMBERS: &'static [&'static str] = &[
        "translateToFreshPasswordAuthentication",
        "nativeSupport",
        "disabled",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "translateToFreshPasswordAuthentication" => {
                    Self::TranslateToFreshPasswordAuthentication
                }
                "nativeSupport" => Self::NativeSupport,
                "disabled" => Self::Disabled,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::TranslateToFreshPasswordAuthentication => {
                "translateToFreshPasswordAuthentication"
            }
            Self::NativeSupport => "nativeSupport",
            Self::Disabled => "disabled",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
rt::impl_enum!(PromptLoginBehavior);
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PromptLoginBehavior);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.pronounsSettings`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct PronounsSettings {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isEnabledInOrganization`: `Edm.Boolean`, not nullable.
    pub is_enabled_in_organization: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for PronounsSettings {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_enabled_in_organization: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for PronounsSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.pronounsSettings";
    const KEYS: &'static [&'static str] = &["id", "isEnabledInOrganization"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isEnabledInOrganization\":      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.pronounsSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "is_enabled_in_organization", &self.is_enabled_in_organization);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for PronounsSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_enabled_in_organization.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_enabled_in_organization);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_object!(PronounsSettings);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    PronounsSettings { with_id id : ::std::string::String;
    with_is_enabled_in_organization is_enabled_in_organization : bool; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PronounsSettings);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.protectedContent`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ProtectedContent {
    /// CSDL: property `cid`: `Edm.String`, nullable.
    pub cid: rt::Field<::std::string::String>,
    /// CSDL: property `format`: `Edm.String`, nullable.
    pub format: rt::Field<::std::string::String>,
    /// CSDL: property `labelId`: `Edm.String`, not nullable.
    pub label_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for ProtectedContent {
    #[inline]
    fn default() -> Self {
        Self {
            cid: rt::Field::Absent,
            format: rt::Field::Absent,
            label_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::Object for ProtectedContent {
    const TYPE_NAME: &'static str = "microsoft.graph.protectedContent";
    const KEYS: &'static [&'static str] = &["cid", "format", "labelId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"cid\":                          ",
        ",\"format\":                       ",
        ",\"labelId\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.protectedContent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "cid", &self.cid);
        v.field(1usize, "format", &self.format);
        v.field(2usize, "label_id", &self.label_id);
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::object::Members for ProtectedContent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.cid.read_from(r),
            1usize => self.format.read_from(r),
            2usize => self.label_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.cid);
        w.field(1usize, &self.format);
        w.field(2usize, &self.label_id);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_security)]
rt::impl_object!(ProtectedContent);
#[cfg(msgraph_v1_core_or_security)]
rt::impl_setters!(
    ProtectedContent { with_cid cid : ::std::string::String; with_format format :
    ::std::string::String; with_label_id label_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProtectedContent);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.protectionScopeState`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ProtectionScopeState {
    /// `notModified` (value 0).
    NotModified,
    /// `modified` (value 1).
    Modified,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::StrEnum for ProtectionScopeState {
    const TYPE_NAME: &'static str = "microsoft.graph.protectionScopeState";
    const MEMBERS: &'static [&'static str] = &[
        "notModified",
        "modified",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notModified" => Self::NotModified,
                "modified" => Self::Modified,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::NotModified => "notModified",
            Self::Modified => "modified",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
rt::impl_enum!(ProtectionScopeState);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProtectionScopeState);
#[cfg(msgraph_v1_core_or_education)]
/// CSDL: `microsoft.graph.provisionedPlan`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-education`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ProvisionedPlan {
    /// CSDL: property `capabilityStatus`: `Edm.String`, nullable.
    pub capability_status: rt::Field<::std::string::String>,
    /// CSDL: property `provisioningStatus`: `Edm.String`, nullable.
    pub provisioning_status: rt::Field<::std::string::String>,
    /// CSDL: property `service`: `Edm.String`, nullable.
    pub service: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_education)]
impl ::std::default::Default for ProvisionedPlan {
    #[inline]
    fn default() -> Self {
        Self {
            capability_status: rt::Field::Absent,
            provisioning_status: rt::Field::Absent,
            service: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_education)]
impl rt::Object for ProvisionedPlan {
    const TYPE_NAME: &'static str = "microsoft.graph.provisionedPlan";
    const KEYS: &'static [&'static str] = &[
        "capabilityStatus",
        "provisioningStatus",
        "service",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"capabilityStatus\":             ",
        ",\"provisioningStatus\":           ",
        ",\"service\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.provisionedPlan\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "capability_status", &self.capability_status);
        v.field(1usize, "provisioning_status", &self.provisioning_status);
        v.field(2usize, "service", &self.service);
    }
}
#[cfg(msgraph_v1_core_or_education)]
impl rt::object::Members for ProvisionedPlan {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.capability_status.read_from(r),
            1usize => self.provisioning_status.read_from(r),
            2usize => self.service.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.capability_status);
        w.field(1usize, &self.provisioning_status);
        w.field(2usize, &self.service);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_education)]
rt::impl_object!(ProvisionedPlan);
#[cfg(msgraph_v1_core_or_education)]
rt::impl_setters!(
    ProvisionedPlan { with_capability_status capability_status : ::std::string::String;
    with_provisioning_status provisioning_status : ::std::string::String; with_service
    service : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_education)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProvisionedPlan);
#[cfg(msgraph_v1_audit_logs_or_search)]
/// CSDL: `microsoft.graph.provisioningAction`, enum type.
///
/// Features: `v1`, or one of `v1-audit-logs`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ProvisioningAction {
    /// `other` (value 0).
    Other,
    /// `create` (value 1).
    Create,
    /// `delete` (value 2).
    Delete,
    /// `disable` (value 3).
    Disable,
    /// `update` (value 4).
    Update,
    /// `stagedDelete` (value 5).
    StagedDelete,
    /// `unknownFutureValue` (value 6).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::StrEnum for ProvisioningAction {
    const TYPE_NAME: &'static str = "microsoft.graph.provisioningAction";
    const MEMBERS: &'static [&'static str] = &[
        "other",
        "create",
        "delete",
        "disable",
        "update",
        "stagedDelete",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "other" => Self::Other,
                "create" => Self::Create,
                "delete" => Self::Delete,
                "disable" => Self::Disable,
                "update" => Self::Update,
                "stagedDelete" => Self::StagedDelete,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::Other => "other",
            Self::Create => "create",
            Self::Delete => "delete",
            Self::Disable => "disable",
            Self::Update => "update",
            Self::StagedDelete => "stagedDelete",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
rt::impl_enum!(ProvisioningAction);
#[cfg(msgraph_v1_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProvisioningAction);
#[cfg(msgraph_v1_audit_logs_or_search)]
/// CSDL: `microsoft.graph.provisioningErrorInfo`, complex type.
///
/// Features: `v1`, or one of `v1-audit-logs`, `v1-search`.
#[derive(Clone)]
pub struct ProvisioningErrorInfo {
    /// CSDL: property `additionalDetails`: `Edm.String`, nullable.
    pub additional_details: rt::Field<::std::string::String>,
    /// CSDL: property `errorCategory`: `microsoft.graph.provisioningStatusErrorCategory`, nullable.
    pub error_category: rt::Field<crate::v1::ProvisioningStatusErrorCategory>,
    /// CSDL: property `errorCode`: `Edm.String`, nullable.
    pub error_code: rt::Field<::std::string::String>,
    /// CSDL: property `reason`: `Edm.String`, nullable.
    pub reason: rt::Field<::std::string::String>,
    /// CSDL: property `recommendedAction`: `Edm.String`, nullable.
    pub recommended_action: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl ::std::default::Default for ProvisioningErrorInfo {
    #[inline]
    fn default() -> Self {
        Self {
            additional_details: rt::Field::Absent,
            error_category: rt::Field::Absent,
            error_code: rt::Field::Absent,
            reason: rt::Field::Absent,
            recommended_action: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::Object for ProvisioningErrorInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.provisioningErrorInfo";
    const KEYS: &'static [&'static str] = &[
        "additionalDetails",
        "errorCategory",
        "errorCode",
        "reason",
        "recommendedAction",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"additionalDetails\":            ",
        ",\"errorCategory\":                ",
        ",\"errorCode\":                    ",
        ",\"reason\":                       ",
        ",\"recommendedAction\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.provisioningErrorInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "additional_details", &self.additional_details);
        v.field(1usize, "error_category", &self.error_category);
        v.field(2usize, "error_code", &self.error_code);
        v.field(3usize, "reason", &self.reason);
        v.field(4usize, "recommended_action", &self.recommended_action);
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::object::Members for ProvisioningErrorInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.additional_details.read_from(r),
            1usize => self.error_category.read_from(r),
            2usize => self.error_code.read_from(r),
            3usize => self.reason.read_from(r),
            4usize => self.recommended_action.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.additional_details);
        w.field(1usize, &self.error_category);
        w.field(2usize, &self.error_code);
        w.field(3usize, &self.reason);
        w.field(4usize, &self.recommended_action);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
rt::impl_object!(ProvisioningErrorInfo);
#[cfg(msgraph_v1_audit_logs_or_search)]
rt::impl_setters!(
    ProvisioningErrorInfo { with_additional_details additional_details :
    ::std::string::String; with_error_category error_category : crate
    ::v1::ProvisioningStatusErrorCategory; with_error_code error_code :
    ::std::string::String; with_reason reason : ::std::string::String;
    with_recommended_action recommended_action : ::std::string::String; }
);
#[cfg(msgraph_v1_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProvisioningErrorInfo);
#[cfg(msgraph_v1_audit_logs_or_search)]
/// CSDL: `microsoft.graph.provisioningObjectSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ProvisioningObjectSummaryPath`](requests/trait.ProvisioningObjectSummaryPath.html), what a path to one (`EntityPath<ProvisioningObjectSummary, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-audit-logs`, `v1-search`.
#[derive(Clone)]
pub struct ProvisioningObjectSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `activityDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub activity_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `changeId`: `Edm.String`, nullable.
    pub change_id: rt::Field<::std::string::String>,
    /// CSDL: property `cycleId`: `Edm.String`, nullable.
    pub cycle_id: rt::Field<::std::string::String>,
    /// CSDL: property `durationInMilliseconds`: `Edm.Int32`, nullable.
    pub duration_in_milliseconds: rt::Field<i32>,
    /// CSDL: property `initiatedBy`: `microsoft.graph.initiator`, nullable.
    pub initiated_by: rt::Field<crate::v1::Initiator>,
    /// CSDL: property `jobId`: `Edm.String`, nullable.
    pub job_id: rt::Field<::std::string::String>,
    /// CSDL: property `modifiedProperties`: `Collection(microsoft.graph.modifiedProperty)`, nullable.
    pub modified_properties: rt::Field<::std::vec::Vec<crate::v1::ModifiedProperty>>,
    /// CSDL: property `provisioningAction`: `microsoft.graph.provisioningAction`, nullable.
    pub provisioning_action: rt::Field<crate::v1::ProvisioningAction>,
    /// CSDL: property `provisioningStatusInfo`: `microsoft.graph.provisioningStatusInfo`, nullable.
    pub provisioning_status_info: rt::Field<crate::v1::ProvisioningStatusInfo>,
    /// CSDL: property `provisioningSteps`: `Collection(microsoft.graph.provisioningStep)`, nullable.
    pub provisioning_steps: rt::Field<::std::vec::Vec<crate::v1::ProvisioningStep>>,
    /// CSDL: property `servicePrincipal`: `microsoft.graph.provisioningServicePrincipal`, nullable.
    pub service_principal: rt::Field<crate::v1::ProvisioningServicePrincipal>,
    /// CSDL: property `sourceIdentity`: `microsoft.graph.provisionedIdentity`, nullable.
    pub source_identity: rt::Field<crate::v1::ProvisionedIdentity>,
    /// CSDL: property `sourceSystem`: `microsoft.graph.provisioningSystem`, nullable.
    pub source_system: rt::Field<crate::v1::ProvisioningSystem>,
    /// CSDL: property `targetIdentity`: `microsoft.graph.provisionedIdentity`, nullable.
    pub target_identity: rt::Field<crate::v1::ProvisionedIdentity>,
    /// CSDL: property `targetSystem`: `microsoft.graph.provisioningSystem`, nullable.
    pub target_system: rt::Field<crate::v1::ProvisioningSystem>,
    /// CSDL: property `tenantId`: `Edm.String`, nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl ::std::default::Default for ProvisioningObjectSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            activity_date_time: rt::Field::Absent,
            change_id: rt::Field::Absent,
            cycle_id: rt::Field::Absent,
            duration_in_milliseconds: rt::Field::Absent,
            initiated_by: rt::Field::Absent,
            job_id: rt::Field::Absent,
            modified_properties: rt::Field::Absent,
            provisioning_action: rt::Field::Absent,
            provisioning_status_info: rt::Field::Absent,
            provisioning_steps: rt::Field::Absent,
            service_principal: rt::Field::Absent,
            source_identity: rt::Field::Absent,
            source_system: rt::Field::Absent,
            target_identity: rt::Field::Absent,
            target_system: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::Object for ProvisioningObjectSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.provisioningObjectSummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activityDateTime",
        "changeId",
        "cycleId",
        "durationInMilliseconds",
        "initiatedBy",
        "jobId",
        "modifiedProperties",
        "provisioningAction",
        "provisioningStatusInfo",
        "provisioningSteps",
        "servicePrincipal",
        "sourceIdentity",
        "sourceSystem",
        "targetIdentity",
        "targetSystem",
        "tenantId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"activityDateTime\":             ",
        ",\"changeId\":                     ",
        ",\"cycleId\":                      ",
        ",\"durationInMilliseconds\":       ",
        ",\"initiatedBy\":                  ",
        ",\"jobId\":                        ",
        ",\"modifiedProperties\":           ",
        ",\"provisioningAction\":           ",
        ",\"provisioningStatusInfo\":       ",
        ",\"provisioningSteps\":            ",
        ",\"servicePrincipal\":             ",
        ",\"sourceIdentity\":               ",
        ",\"sourceSystem\":                 ",
        ",\"targetIdentity\":               ",
        ",\"targetSystem\":                 ",
        ",\"tenantId\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.provisioningObjectSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "activity_date_time", &self.activity_date_time);
        v.field(2usize, "change_id", &self.change_id);
        v.field(3usize, "cycle_id", &self.cycle_id);
        v.field(4usize, "duration_in_milliseconds", &self.duration_in_milliseconds);
        v.field(5usize, "initiated_by", &self.initiated_by);
        v.field(6usize, "job_id", &self.job_id);
        v.field(7usize, "modified_properties", &self.modified_properties);
        v.field(8usize, "provisioning_action", &self.provisioning_action);
        v.field(9usize, "provisioning_status_info", &self.provisioning_status_info);
        v.field(10usize, "provisioning_steps", &self.provisioning_steps);
        v.field(11usize, "service_principal", &self.service_principal);
        v.field(12usize, "source_identity", &self.source_identity);
        v.field(13usize, "source_system", &self.source_system);
        v.field(14usize, "target_identity", &self.target_identity);
        v.field(15usize, "target_system", &self.target_system);
        v.field(16usize, "tenant_id", &self.tenant_id);
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::object::Members for ProvisioningObjectSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.activity_date_time.read_from(r),
            2usize => self.change_id.read_from(r),
            3usize => self.cycle_id.read_from(r),
            4usize => self.duration_in_milliseconds.read_from(r),
            5usize => self.initiated_by.read_from(r),
            6usize => self.job_id.read_from(r),
            7usize => self.modified_properties.read_from(r),
            8usize => self.provisioning_action.read_from(r),
            9usize => self.provisioning_status_info.read_from(r),
            10usize => self.provisioning_steps.read_from(r),
            11usize => self.service_principal.read_from(r),
            12usize => self.source_identity.read_from(r),
            13usize => self.source_system.read_from(r),
            14usize => self.target_identity.read_from(r),
            15usize => self.target_system.read_from(r),
            16usize => self.tenant_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.activity_date_time);
        w.field(2usize, &self.change_id);
        w.field(3usize, &self.cycle_id);
        w.field(4usize, &self.duration_in_milliseconds);
        w.field(5usize, &self.initiated_by);
        w.field(6usize, &self.job_id);
        w.field(7usize, &self.modified_properties);
        w.field(8usize, &self.provisioning_action);
        w.field(9usize, &self.provisioning_status_info);
        w.field(10usize, &self.provisioning_steps);
        w.field(11usize, &self.service_principal);
        w.field(12usize, &self.source_identity);
        w.field(13usize, &self.source_system);
        w.field(14usize, &self.target_identity);
        w.field(15usize, &self.target_system);
        w.field(16usize, &self.tenant_id);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
rt::impl_object!(ProvisioningObjectSummary);
#[cfg(msgraph_v1_audit_logs_or_search)]
rt::impl_setters!(
    ProvisioningObjectSummary { with_id id : ::std::string::String;
    with_activity_date_time activity_date_time : rt::edm::DateTimeOffset; with_change_id
    change_id : ::std::string::String; with_cycle_id cycle_id : ::std::string::String;
    with_duration_in_milliseconds duration_in_milliseconds : i32; with_initiated_by
    initiated_by : crate ::v1::Initiator; with_job_id job_id : ::std::string::String;
    with_modified_properties modified_properties : ::std::vec::Vec < crate
    ::v1::ModifiedProperty >; with_provisioning_action provisioning_action : crate
    ::v1::ProvisioningAction; with_provisioning_status_info provisioning_status_info :
    crate ::v1::ProvisioningStatusInfo; with_provisioning_steps provisioning_steps :
    ::std::vec::Vec < crate ::v1::ProvisioningStep >; with_service_principal
    service_principal : crate ::v1::ProvisioningServicePrincipal; with_source_identity
    source_identity : crate ::v1::ProvisionedIdentity; with_source_system source_system :
    crate ::v1::ProvisioningSystem; with_target_identity target_identity : crate
    ::v1::ProvisionedIdentity; with_target_system target_system : crate
    ::v1::ProvisioningSystem; with_tenant_id tenant_id : ::std::string::String; }
);
#[cfg(msgraph_v1_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProvisioningObjectSummary);
#[cfg(msgraph_v1_audit_logs_or_search)]
/// CSDL: `microsoft.graph.provisioningResult`, enum type.
///
/// Features: `v1`, or one of `v1-audit-logs`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ProvisioningResult {
    /// `success` (value 0).
    Success,
    /// `failure` (value 1).
    Failure,
    /// `skipped` (value 2).
    Skipped,
    /// `warning` (value 3).
    Warning,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::StrEnum for ProvisioningResult {
    const TYPE_NAME: &'static str = "microsoft.graph.provisioningResult";
    const MEMBERS: &'static [&'static str] = &[
        "success",
        "failure",
        "skipped",
        "warning",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "success" => Self::Success,
                "failure" => Self::Failure,
                "skipped" => Self::Skipped,
                "warning" => Self::Warning,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::Success => "success",
            Self::Failure => "failure",
            Self::Skipped => "skipped",
            Self::Warning => "warning",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
rt::impl_enum!(ProvisioningResult);
#[cfg(msgraph_v1_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProvisioningResult);
#[cfg(msgraph_v1_audit_logs_or_search)]
/// CSDL: `microsoft.graph.provisioningStatusErrorCategory`, enum type.
///
/// Features: `v1`, or one of `v1-audit-logs`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ProvisioningStatusErrorCategory {
    /// `failure` (value 0).
    Failure,
    /// `nonServiceFailure` (value 1).
    NonServiceFailure,
    /// `success` (value 2).
    Success,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::StrEnum for ProvisioningStatusErrorCategory {
    const TYPE_NAME: &'static str = "microsoft.graph.provisioningStatusErrorCategory";
    const MEMBERS: &'static [&'static str] = &[
        "failure",
        "nonServiceFailure",
        "success",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "failure" => Self::Failure,
                "nonServiceFailure" => Self::NonServiceFailure,
                "success" => Self::Success,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::Failure => "failure",
            Self::NonServiceFailure => "nonServiceFailure",
            Self::Success => "success",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
rt::impl_enum!(ProvisioningStatusErrorCategory);
#[cfg(msgraph_v1_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProvisioningStatusErrorCategory);
#[cfg(msgraph_v1_audit_logs_or_search)]
/// CSDL: `microsoft.graph.provisioningStatusInfo`, complex type.
///
/// Features: `v1`, or one of `v1-audit-logs`, `v1-search`.
#[derive(Clone)]
pub struct ProvisioningStatusInfo {
    /// CSDL: property `errorInformation`: `microsoft.graph.provisioningErrorInfo`, nullable.
    pub error_information: rt::Field<crate::v1::ProvisioningErrorInfo>,
    /// CSDL: property `status`: `microsoft.graph.provisioningResult`, nullable.
    pub status: rt::Field<crate::v1::ProvisioningResult>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl ::std::default::Default for ProvisioningStatusInfo {
    #[inline]
    fn default() -> Self {
        Self {
            error_information: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::Object for ProvisioningStatusInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.provisioningStatusInfo";
    const KEYS: &'static [&'static str] = &["errorInformation", "status"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"errorInformation\":             ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.provisioningStatusInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "error_information", &self.error_information);
        v.field(1usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::object::Members for ProvisioningStatusInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.error_information.read_from(r),
            1usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.error_information);
        w.field(1usize, &self.status);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
rt::impl_object!(ProvisioningStatusInfo);
#[cfg(msgraph_v1_audit_logs_or_search)]
rt::impl_setters!(
    ProvisioningStatusInfo { with_error_information error_information : crate
    ::v1::ProvisioningErrorInfo; with_status status : crate ::v1::ProvisioningResult; }
);
#[cfg(msgraph_v1_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProvisioningStatusInfo);
#[cfg(msgraph_v1_audit_logs_or_search)]
/// CSDL: `microsoft.graph.provisioningStep`, complex type.
///
/// Features: `v1`, or one of `v1-audit-logs`, `v1-search`.
#[derive(Clone)]
pub struct ProvisioningStep {
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `details`: `microsoft.graph.detailsInfo`, nullable.
    pub details: rt::Field<crate::v1::DetailsInfo>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `provisioningStepType`: `microsoft.graph.provisioningStepType`, nullable.
    pub provisioning_step_type: rt::Field<crate::v1::ProvisioningStepType>,
    /// CSDL: property `status`: `microsoft.graph.provisioningResult`, nullable.
    pub status: rt::Field<crate::v1::ProvisioningResult>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl ::std::default::Default for ProvisioningStep {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            details: rt::Field::Absent,
            name: rt::Field::Absent,
            provisioning_step_type: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::Object for ProvisioningStep {
    const TYPE_NAME: &'static str = "microsoft.graph.provisioningStep";
    const KEYS: &'static [&'static str] = &[
        "description",
        "details",
        "name",
        "provisioningStepType",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"details\":                      ",
        ",\"name\":                         ",
        ",\"provisioningStepType\":         ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.provisioningStep\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "details", &self.details);
        v.field(2usize, "name", &self.name);
        v.field(3usize, "provisioning_step_type", &self.provisioning_step_type);
        v.field(4usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::object::Members for ProvisioningStep {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.details.read_from(r),
            2usize => self.name.read_from(r),
            3usize => self.provisioning_step_type.read_from(r),
            4usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.details);
        w.field(2usize, &self.name);
        w.field(3usize, &self.provisioning_step_type);
        w.field(4usize, &self.status);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
rt::impl_object!(ProvisioningStep);
#[cfg(msgraph_v1_audit_logs_or_search)]
rt::impl_setters!(
    ProvisioningStep { with_description description : ::std::string::String; with_details
    details : crate ::v1::DetailsInfo; with_name name : ::std::string::String;
    with_provisioning_step_type provisioning_step_type : crate
    ::v1::ProvisioningStepType; with_status status : crate ::v1::ProvisioningResult; }
);
#[cfg(msgraph_v1_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProvisioningStep);
#[cfg(msgraph_v1_audit_logs_or_search)]
/// CSDL: `microsoft.graph.provisioningStepType`, enum type.
///
/// Features: `v1`, or one of `v1-audit-logs`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ProvisioningStepType {
    /// `import` (value 0).
    Import,
    /// `scoping` (value 1).
    Scoping,
    /// `matching` (value 2).
    Matching,
    /// `processing` (value 3).
    Processing,
    /// `referenceResolution` (value 4).
    ReferenceResolution,
    /// `export` (value 5).
    Export,
    /// `unknownFutureValue` (value 6).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::StrEnum for ProvisioningStepType {
    const TYPE_NAME: &'static str = "microsoft.graph.provisioningStepType";
    const MEMBERS: &'static [&'static str] = &[
        "import",
        "scoping",
        "matching",
        "processing",
        "referenceResolution",
        "export",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "import" => Self::Import,
                "scoping" => Self::Scoping,
                "matching" => Self::Matching,
                "processing" => Self::Processing,
                "referenceResolution" => Self::ReferenceResolution,
                "export" => Self::Export,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::Import => "import",
            Self::Scoping => "scoping",
            Self::Matching => "matching",
            Self::Processing => "processing",
            Self::ReferenceResolution => "referenceResolution",
            Self::Export => "export",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
rt::impl_enum!(ProvisioningStepType);
#[cfg(msgraph_v1_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProvisioningStepType);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Proxied Domain
///
/// CSDL: `microsoft.graph.proxiedDomain`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ProxiedDomain {
    /// The IP address or FQDN
    ///
    /// CSDL: property `ipAddressOrFQDN`: `Edm.String`, not nullable.
    pub ip_address_or_fqdn: rt::Field<::std::string::String>,
    /// Proxy IP or FQDN
    ///
    /// CSDL: property `proxy`: `Edm.String`, nullable.
    pub proxy: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for ProxiedDomain {
    #[inline]
    fn default() -> Self {
        Self {
            ip_address_or_fqdn: rt::Field::Absent,
            proxy: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Object for ProxiedDomain {
    const TYPE_NAME: &'static str = "microsoft.graph.proxiedDomain";
    const KEYS: &'static [&'static str] = &["ipAddressOrFQDN", "proxy"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"ipAddressOrFQDN\":              ",
        ",\"proxy\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.proxiedDomain\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "ip_address_or_fqdn", &self.ip_address_or_fqdn);
        v.field(1usize, "proxy", &self.proxy);
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::object::Members for ProxiedDomain {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.ip_address_or_fqdn.read_from(r),
            1usize => self.proxy.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.ip_address_or_fqdn);
        w.field(1usize, &self.proxy);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_object!(ProxiedDomain);
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_setters!(
    ProxiedDomain { with_ip_address_or_fqdn ip_address_or_fqdn : ::std::string::String;
    with_proxy proxy : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProxiedDomain);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.publicClientApplication`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PublicClientApplication {
    /// CSDL: property `redirectUris`: `Collection(Edm.String)`, not nullable.
    pub redirect_uris: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for PublicClientApplication {
    #[inline]
    fn default() -> Self {
        Self {
            redirect_uris: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for PublicClientApplication {
    const TYPE_NAME: &'static str = "microsoft.graph.publicClientApplication";
    const KEYS: &'static [&'static str] = &["redirectUris"];
    const KEYS_JSON: &'static [&'static str] = &[",\"redirectUris\":                 "];
    const TAG: &'static str = "\"#microsoft.graph.publicClientApplication\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "redirect_uris", &self.redirect_uris);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for PublicClientApplication {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.redirect_uris.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.redirect_uris);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_object!(PublicClientApplication);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    PublicClientApplication { with_redirect_uris redirect_uris : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PublicClientApplication);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.publicErrorResponse`, complex type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct PublicErrorResponse {
    /// CSDL: property `error`: `microsoft.graph.publicError`, nullable.
    pub error: rt::Field<crate::v1::PublicError>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for PublicErrorResponse {
    #[inline]
    fn default() -> Self {
        Self {
            error: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for PublicErrorResponse {
    const TYPE_NAME: &'static str = "microsoft.graph.publicErrorResponse";
    const KEYS: &'static [&'static str] = &["error"];
    const KEYS_JSON: &'static [&'static str] = &[",\"error\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.publicErrorResponse\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "error", &self.error);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for PublicErrorResponse {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.error.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.error);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_any_area)]
rt::impl_object!(PublicErrorResponse);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(PublicErrorResponse { with_error error : crate ::v1::PublicError; });
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(PublicErrorResponse);
#[cfg(msgraph_v1_directory_or_search)]
/// CSDL: `microsoft.graph.publicKeyInfrastructureRoot`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PublicKeyInfrastructureRootPath`](requests/trait.PublicKeyInfrastructureRootPath.html), what a path to one (`EntityPath<PublicKeyInfrastructureRoot, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-directory`, `v1-search`.
#[derive(Clone)]
pub struct PublicKeyInfrastructureRoot {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `certificateBasedAuthConfigurations`: `Collection(microsoft.graph.certificateBasedAuthPki)`, not nullable.
    pub certificate_based_auth_configurations: rt::Field<
        ::std::vec::Vec<crate::v1::CertificateBasedAuthPki>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_directory_or_search)]
impl ::std::default::Default for PublicKeyInfrastructureRoot {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            certificate_based_auth_configurations: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_directory_or_search)]
impl rt::Object for PublicKeyInfrastructureRoot {
    const TYPE_NAME: &'static str = "microsoft.graph.publicKeyInfrastructureRoot";
    const KEYS: &'static [&'static str] = &["id", "certificateBasedAuthConfigurations"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"certificateBasedAuthConfigurations\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.publicKeyInfrastructureRoot\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "certificate_based_auth_configurations",
            &self.certificate_based_auth_configurations,
        );
    }
}
#[cfg(msgraph_v1_directory_or_search)]
impl rt::object::Members for PublicKeyInfrastructureRoot {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.certificate_based_auth_configurations.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.certificate_based_auth_configurations);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_directory_or_search)]
rt::impl_object!(PublicKeyInfrastructureRoot);
#[cfg(msgraph_v1_directory_or_search)]
rt::impl_setters!(
    PublicKeyInfrastructureRoot { with_id id : ::std::string::String;
    with_certificate_based_auth_configurations certificate_based_auth_configurations :
    ::std::vec::Vec < crate ::v1::CertificateBasedAuthPki >; }
);
#[cfg(msgraph_v1_directory_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PublicKeyInfrastructureRoot);
