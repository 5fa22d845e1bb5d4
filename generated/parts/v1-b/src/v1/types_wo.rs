//! Types of `microsoft.graph` by the first letters of their names (`wo`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.workbookFilterDatetime`, complex type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct WorkbookFilterDatetime {
    /// CSDL: property `date`: `Edm.String`, nullable.
    pub date: rt::Field<::std::string::String>,
    /// CSDL: property `specificity`: `Edm.String`, not nullable.
    pub specificity: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for WorkbookFilterDatetime {
    #[inline]
    fn default() -> Self {
        Self {
            date: rt::Field::Absent,
            specificity: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for WorkbookFilterDatetime {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookFilterDatetime";
    const KEYS: &'static [&'static str] = &["date", "specificity"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"date\":                         ",
        ",\"specificity\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workbookFilterDatetime\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "date", &self.date);
        v.field(1usize, "specificity", &self.specificity);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for WorkbookFilterDatetime {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.date.read_from(r),
            1usize => self.specificity.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.date);
        w.field(1usize, &self.specificity);
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
rt::impl_object!(WorkbookFilterDatetime);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    WorkbookFilterDatetime { with_date date : ::std::string::String; with_specificity
    specificity : ::std::string::String; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookFilterDatetime);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.workbookRangeReference`, complex type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct WorkbookRangeReference {
    /// CSDL: property `address`: `Edm.String`, nullable.
    pub address: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for WorkbookRangeReference {
    #[inline]
    fn default() -> Self {
        Self {
            address: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for WorkbookRangeReference {
    const TYPE_NAME: &'static str = "microsoft.graph.workbookRangeReference";
    const KEYS: &'static [&'static str] = &["address"];
    const KEYS_JSON: &'static [&'static str] = &[",\"address\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.workbookRangeReference\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "address", &self.address);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for WorkbookRangeReference {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.address.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.address);
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
rt::impl_object!(WorkbookRangeReference);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    WorkbookRangeReference { with_address address : ::std::string::String; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkbookRangeReference);
#[cfg(msgraph_v1_search_or_teamwork)]
/// CSDL: `microsoft.graph.workforceIntegration`, entity type, derived from `microsoft.graph.changeTrackedEntity`, key `id`.
///
/// Request builders: [`WorkforceIntegrationPath`](requests/trait.WorkforceIntegrationPath.html), what a path to one (`EntityPath<WorkforceIntegration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-teamwork`.
#[derive(Clone)]
pub struct WorkforceIntegration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `apiVersion`: `Edm.Int32`, nullable.
    pub api_version: rt::Field<i32>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `eligibilityFilteringEnabledEntities`: `microsoft.graph.eligibilityFilteringEnabledEntities`, nullable.
    pub eligibility_filtering_enabled_entities: rt::Field<
        rt::Flags<crate::v1::EligibilityFilteringEnabledEntities>,
    >,
    /// CSDL: property `encryption`: `microsoft.graph.workforceIntegrationEncryption`, nullable.
    pub encryption: rt::Field<crate::v1::WorkforceIntegrationEncryption>,
    /// CSDL: property `isActive`: `Edm.Boolean`, nullable.
    pub is_active: rt::Field<bool>,
    /// CSDL: property `supportedEntities`: `microsoft.graph.workforceIntegrationSupportedEntities`, nullable.
    pub supported_entities: rt::Field<
        rt::Flags<crate::v1::WorkforceIntegrationSupportedEntities>,
    >,
    /// CSDL: property `url`: `Edm.String`, nullable.
    pub url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_teamwork)]
impl ::std::default::Default for WorkforceIntegration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            api_version: rt::Field::Absent,
            display_name: rt::Field::Absent,
            eligibility_filtering_enabled_entities: rt::Field::Absent,
            encryption: rt::Field::Absent,
            is_active: rt::Field::Absent,
            supported_entities: rt::Field::Absent,
            url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_teamwork)]
impl rt::Object for WorkforceIntegration {
    const TYPE_NAME: &'static str = "microsoft.graph.workforceIntegration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "apiVersion",
        "displayName",
        "eligibilityFilteringEnabledEntities",
        "encryption",
        "isActive",
        "supportedEntities",
        "url",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"apiVersion\":                   ",
        ",\"displayName\":                  ",
        ",\"eligibilityFilteringEnabledEntities\":",
        ",\"encryption\":                   ",
        ",\"isActive\":                     ",
        ",\"supportedEntities\":            ",
        ",\"url\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workforceIntegration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "api_version", &self.api_version);
        v.field(6usize, "display_name", &self.display_name);
        v.field(
            7usize,
            "eligibility_filtering_enabled_entities",
            &self.eligibility_filtering_enabled_entities,
        );
        v.field(8usize, "encryption", &self.encryption);
        v.field(9usize, "is_active", &self.is_active);
        v.field(10usize, "supported_entities", &self.supported_entities);
        v.field(11usize, "url", &self.url);
    }
}
#[cfg(msgraph_v1_search_or_teamwork)]
impl rt::object::Members for WorkforceIntegration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.api_version.read_from(r),
            6usize => self.display_name.read_from(r),
            7usize => self.eligibility_filtering_enabled_entities.read_from(r),
            8usize => self.encryption.read_from(r),
            9usize => self.is_active.read_from(r),
            10usize => self.supported_entities.read_from(r),
            11usize => self.url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.last_modified_by);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.api_version);
        w.field(6usize, &self.display_name);
        w.field(7usize, &self.eligibility_filtering_enabled_entities);
        w.field(8usize, &self.encryption);
        w.field(9usize, &self.is_active);
        w.field(10usize, &self.supported_entities);
        w.field(11usize, &self.url);
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
#[cfg(msgraph_v1_search_or_teamwork)]
rt::impl_object!(WorkforceIntegration);
#[cfg(msgraph_v1_search_or_teamwork)]
rt::impl_setters!(
    WorkforceIntegration { with_id id : ::std::string::String; with_created_by created_by
    : crate ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_by last_modified_by : crate
    ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_api_version api_version : i32; with_display_name
    display_name : ::std::string::String; with_eligibility_filtering_enabled_entities
    eligibility_filtering_enabled_entities : rt::Flags < crate
    ::v1::EligibilityFilteringEnabledEntities >; with_encryption encryption : crate
    ::v1::WorkforceIntegrationEncryption; with_is_active is_active : bool;
    with_supported_entities supported_entities : rt::Flags < crate
    ::v1::WorkforceIntegrationSupportedEntities >; with_url url : ::std::string::String;
    }
);
#[cfg(msgraph_v1_search_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkforceIntegration);
#[cfg(msgraph_v1_search_or_teamwork)]
/// CSDL: `microsoft.graph.workforceIntegrationEncryption`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-teamwork`.
#[derive(Clone)]
pub struct WorkforceIntegrationEncryption {
    /// CSDL: property `protocol`: `microsoft.graph.workforceIntegrationEncryptionProtocol`, nullable.
    pub protocol: rt::Field<crate::v1::WorkforceIntegrationEncryptionProtocol>,
    /// CSDL: property `secret`: `Edm.String`, nullable.
    pub secret: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_teamwork)]
impl ::std::default::Default for WorkforceIntegrationEncryption {
    #[inline]
    fn default() -> Self {
        Self {
            protocol: rt::Field::Absent,
            secret: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_teamwork)]
impl rt::Object for WorkforceIntegrationEncryption {
    const TYPE_NAME: &'static str = "microsoft.graph.workforceIntegrationEncryption";
    const KEYS: &'static [&'static str] = &["protocol", "secret"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"protocol\":                     ",
        ",\"secret\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workforceIntegrationEncryption\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "protocol", &self.protocol);
        v.field(1usize, "secret", &self.secret);
    }
}
#[cfg(msgraph_v1_search_or_teamwork)]
impl rt::object::Members for WorkforceIntegrationEncryption {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.protocol.read_from(r),
            1usize => self.secret.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.protocol);
        w.field(1usize, &self.secret);
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
#[cfg(msgraph_v1_search_or_teamwork)]
rt::impl_object!(WorkforceIntegrationEncryption);
#[cfg(msgraph_v1_search_or_teamwork)]
rt::impl_setters!(
    WorkforceIntegrationEncryption { with_protocol protocol : crate
    ::v1::WorkforceIntegrationEncryptionProtocol; with_secret secret :
    ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkforceIntegrationEncryption);
#[cfg(msgraph_v1_search_or_teamwork)]
/// CSDL: `microsoft.graph.workforceIntegrationEncryptionProtocol`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-teamwork`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WorkforceIntegrationEncryptionProtocol {
    /// `sharedSecret` (value 0).
    SharedSecret,
    /// `unknownFutureValue` (value 1).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_teamwork)]
impl rt::StrEnum for WorkforceIntegrationEncryptionProtocol {
    const TYPE_NAME: &'static str = "microsoft.graph.workforceIntegrationEncryptionProtocol";
    const MEMBERS: &'static [&'static str] = &["sharedSecret", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "sharedSecret" => Self::SharedSecret,
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
            Self::SharedSecret => "sharedSecret",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_teamwork)]
rt::impl_enum!(WorkforceIntegrationEncryptionProtocol);
#[cfg(msgraph_v1_search_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkforceIntegrationEncryptionProtocol);
#[cfg(msgraph_v1_search_or_teamwork)]
/// CSDL: `microsoft.graph.workforceIntegrationSupportedEntities`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-search`, `v1-teamwork`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WorkforceIntegrationSupportedEntities {
    /// `none` (value 0).
    None,
    /// `shift` (value 1).
    Shift,
    /// `swapRequest` (value 2).
    SwapRequest,
    /// `userShiftPreferences` (value 8).
    UserShiftPreferences,
    /// `openShift` (value 16).
    OpenShift,
    /// `openShiftRequest` (value 32).
    OpenShiftRequest,
    /// `offerShiftRequest` (value 64).
    OfferShiftRequest,
    /// `unknownFutureValue` (value 1024).
    UnknownFutureValue,
    /// `timeCard` (value 2048).
    TimeCard,
    /// `timeOffReason` (value 4096).
    TimeOffReason,
    /// `timeOff` (value 8192).
    TimeOff,
    /// `timeOffRequest` (value 16384).
    TimeOffRequest,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_teamwork)]
impl rt::StrEnum for WorkforceIntegrationSupportedEntities {
    const TYPE_NAME: &'static str = "microsoft.graph.workforceIntegrationSupportedEntities";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "shift",
        "swapRequest",
        "userShiftPreferences",
        "openShift",
        "openShiftRequest",
        "offerShiftRequest",
        "unknownFutureValue",
        "timeCard",
        "timeOffReason",
        "timeOff",
        "timeOffRequest",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "shift" => Self::Shift,
                "swapRequest" => Self::SwapRequest,
                "userShiftPreferences" => Self::UserShiftPreferences,
                "openShift" => Self::OpenShift,
                "openShiftRequest" => Self::OpenShiftRequest,
                "offerShiftRequest" => Self::OfferShiftRequest,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "timeCard" => Self::TimeCard,
                "timeOffReason" => Self::TimeOffReason,
                "timeOff" => Self::TimeOff,
                "timeOffRequest" => Self::TimeOffRequest,
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
            Self::Shift => "shift",
            Self::SwapRequest => "swapRequest",
            Self::UserShiftPreferences => "userShiftPreferences",
            Self::OpenShift => "openShift",
            Self::OpenShiftRequest => "openShiftRequest",
            Self::OfferShiftRequest => "offerShiftRequest",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::TimeCard => "timeCard",
            Self::TimeOffReason => "timeOffReason",
            Self::TimeOff => "timeOff",
            Self::TimeOffRequest => "timeOffRequest",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_teamwork)]
rt::impl_enum!(WorkforceIntegrationSupportedEntities);
#[cfg(msgraph_v1_search_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkforceIntegrationSupportedEntities);
#[cfg(msgraph_v1_places_or_search)]
/// CSDL: `microsoft.graph.workspace`, entity type, derived from `microsoft.graph.place`, key `id`.
///
/// Request builders: [`WorkspacePath`](requests/trait.WorkspacePath.html), what a path to one (`EntityPath<Workspace, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-places`, `v1-search`.
#[derive(Clone)]
pub struct Workspace {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `address`: `microsoft.graph.physicalAddress`, nullable.
    pub address: rt::Field<crate::v1::PhysicalAddress>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `geoCoordinates`: `microsoft.graph.outlookGeoCoordinates`, nullable.
    pub geo_coordinates: rt::Field<crate::v1::OutlookGeoCoordinates>,
    /// CSDL: property `isWheelChairAccessible`: `Edm.Boolean`, nullable.
    pub is_wheel_chair_accessible: rt::Field<bool>,
    /// CSDL: property `label`: `Edm.String`, nullable.
    pub label: rt::Field<::std::string::String>,
    /// CSDL: property `parentId`: `Edm.String`, nullable.
    pub parent_id: rt::Field<::std::string::String>,
    /// CSDL: property `phone`: `Edm.String`, nullable.
    pub phone: rt::Field<::std::string::String>,
    /// CSDL: property `placeId`: `Edm.String`, nullable.
    pub place_id: rt::Field<::std::string::String>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, not nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: containment navigation property `checkIns`: `Collection(microsoft.graph.checkInClaim)`, not nullable.
    pub check_ins: rt::Field<::std::vec::Vec<crate::v1::CheckInClaim>>,
    /// CSDL: property `capacity`: `Edm.Int32`, nullable.
    pub capacity: rt::Field<i32>,
    /// CSDL: property `displayDeviceName`: `Edm.String`, nullable.
    pub display_device_name: rt::Field<::std::string::String>,
    /// CSDL: property `emailAddress`: `Edm.String`, nullable.
    pub email_address: rt::Field<::std::string::String>,
    /// CSDL: property `mode`: `microsoft.graph.placeMode`, nullable.
    pub mode: rt::Field<crate::v1::AnyPlaceMode>,
    /// CSDL: property `nickname`: `Edm.String`, not nullable.
    pub nickname: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_places_or_search)]
impl ::std::default::Default for Workspace {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            address: rt::Field::Absent,
            display_name: rt::Field::Absent,
            geo_coordinates: rt::Field::Absent,
            is_wheel_chair_accessible: rt::Field::Absent,
            label: rt::Field::Absent,
            parent_id: rt::Field::Absent,
            phone: rt::Field::Absent,
            place_id: rt::Field::Absent,
            tags: rt::Field::Absent,
            check_ins: rt::Field::Absent,
            capacity: rt::Field::Absent,
            display_device_name: rt::Field::Absent,
            email_address: rt::Field::Absent,
            mode: rt::Field::Absent,
            nickname: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::Object for Workspace {
    const TYPE_NAME: &'static str = "microsoft.graph.workspace";
    const KEYS: &'static [&'static str] = &[
        "id",
        "address",
        "displayName",
        "geoCoordinates",
        "isWheelChairAccessible",
        "label",
        "parentId",
        "phone",
        "placeId",
        "tags",
        "checkIns",
        "capacity",
        "displayDeviceName",
        "emailAddress",
        "mode",
        "nickname",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"address\":                      ",
        ",\"displayName\":                  ",
        ",\"geoCoordinates\":               ",
        ",\"isWheelChairAccessible\":       ",
        ",\"label\":                        ",
        ",\"parentId\":                     ",
        ",\"phone\":                        ",
        ",\"placeId\":                      ",
        ",\"tags\":                         ",
        ",\"checkIns\":                     ",
        ",\"capacity\":                     ",
        ",\"displayDeviceName\":            ",
        ",\"emailAddress\":                 ",
        ",\"mode\":                         ",
        ",\"nickname\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.workspace\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "address", &self.address);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "geo_coordinates", &self.geo_coordinates);
        v.field(4usize, "is_wheel_chair_accessible", &self.is_wheel_chair_accessible);
        v.field(5usize, "label", &self.label);
        v.field(6usize, "parent_id", &self.parent_id);
        v.field(7usize, "phone", &self.phone);
        v.field(8usize, "place_id", &self.place_id);
        v.field(9usize, "tags", &self.tags);
        v.field(10usize, "check_ins", &self.check_ins);
        v.field(11usize, "capacity", &self.capacity);
        v.field(12usize, "display_device_name", &self.display_device_name);
        v.field(13usize, "email_address", &self.email_address);
        v.field(14usize, "mode", &self.mode);
        v.field(15usize, "nickname", &self.nickname);
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::object::Members for Workspace {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.address.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.geo_coordinates.read_from(r),
            4usize => self.is_wheel_chair_accessible.read_from(r),
            5usize => self.label.read_from(r),
            6usize => self.parent_id.read_from(r),
            7usize => self.phone.read_from(r),
            8usize => self.place_id.read_from(r),
            9usize => self.tags.read_from(r),
            10usize => self.check_ins.read_from(r),
            11usize => self.capacity.read_from(r),
            12usize => self.display_device_name.read_from(r),
            13usize => self.email_address.read_from(r),
            14usize => self.mode.read_from(r),
            15usize => self.nickname.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.address);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.geo_coordinates);
        w.field(4usize, &self.is_wheel_chair_accessible);
        w.field(5usize, &self.label);
        w.field(6usize, &self.parent_id);
        w.field(7usize, &self.phone);
        w.field(8usize, &self.place_id);
        w.field(9usize, &self.tags);
        w.field(10usize, &self.check_ins);
        w.field(11usize, &self.capacity);
        w.field(12usize, &self.display_device_name);
        w.field(13usize, &self.email_address);
        w.field(14usize, &self.mode);
        w.field(15usize, &self.nickname);
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
#[cfg(msgraph_v1_places_or_search)]
rt::impl_object!(Workspace);
#[cfg(msgraph_v1_places_or_search)]
rt::impl_setters!(
    Workspace { with_id id : ::std::string::String; with_address address : crate
    ::v1::PhysicalAddress; with_display_name display_name : ::std::string::String;
    with_geo_coordinates geo_coordinates : crate ::v1::OutlookGeoCoordinates;
    with_is_wheel_chair_accessible is_wheel_chair_accessible : bool; with_label label :
    ::std::string::String; with_parent_id parent_id : ::std::string::String; with_phone
    phone : ::std::string::String; with_place_id place_id : ::std::string::String;
    with_tags tags : ::std::vec::Vec < ::std::string::String >; with_check_ins check_ins
    : ::std::vec::Vec < crate ::v1::CheckInClaim >; with_capacity capacity : i32;
    with_display_device_name display_device_name : ::std::string::String;
    with_email_address email_address : ::std::string::String; with_mode mode : crate
    ::v1::AnyPlaceMode; with_nickname nickname : ::std::string::String; }
);
#[cfg(msgraph_v1_places_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Workspace);
