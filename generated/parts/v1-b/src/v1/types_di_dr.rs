//! Types of `microsoft.graph` by the first letters of their names (`di_dr`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_device_management_or_search)]
/// Allow the device to send diagnostic and usage telemetry data, such as Watson.
///
/// CSDL: `microsoft.graph.diagnosticDataSubmissionMode`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DiagnosticDataSubmissionMode {
    /// Allow the user to set.
    ///
    /// `userDefined` (value 0).
    UserDefined,
    /// No telemetry data is sent from OS components. Note: This value is only applicable to enterprise and server devices. Using this setting on other devices is equivalent to setting the value of 1.
    ///
    /// `none` (value 1).
    None,
    /// Sends basic telemetry data.
    ///
    /// `basic` (value 2).
    Basic,
    /// Sends enhanced telemetry data including usage and insights data.
    ///
    /// `enhanced` (value 3).
    Enhanced,
    /// Sends full telemetry data including diagnostic data, such as system state.
    ///
    /// `full` (value 4).
    Full,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for DiagnosticDataSubmissionMode {
    const TYPE_NAME: &'static str = "microsoft.graph.diagnosticDataSubmissionMode";
    const MEMBERS: &'static [&'static str] = &[
        "userDefined",
        "none",
        "basic",
        "enhanced",
        "full",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userDefined" => Self::UserDefined,
                "none" => Self::None,
                "basic" => Self::Basic,
                "enhanced" => Self::Enhanced,
                "full" => Self::Full,
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
            Self::None => "none",
            Self::Basic => "basic",
            Self::Enhanced => "enhanced",
            Self::Full => "full",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(DiagnosticDataSubmissionMode);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DiagnosticDataSubmissionMode);
#[cfg(msgraph_v1_audit_logs_or_search)]
/// CSDL: `microsoft.graph.directoryAudit`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DirectoryAuditPath`](requests/trait.DirectoryAuditPath.html), what a path to one (`EntityPath<DirectoryAudit, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-audit-logs`, `v1-search`.
#[derive(Clone)]
pub struct DirectoryAudit {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `activityDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub activity_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `activityDisplayName`: `Edm.String`, not nullable.
    pub activity_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `additionalDetails`: `Collection(microsoft.graph.keyValue)`, nullable.
    pub additional_details: rt::Field<::std::vec::Vec<crate::v1::KeyValue>>,
    /// CSDL: property `category`: `Edm.String`, not nullable.
    pub category: rt::Field<::std::string::String>,
    /// CSDL: property `correlationId`: `Edm.String`, nullable.
    pub correlation_id: rt::Field<::std::string::String>,
    /// CSDL: property `initiatedBy`: `microsoft.graph.auditActivityInitiator`, not nullable.
    pub initiated_by: rt::Field<crate::v1::AuditActivityInitiator>,
    /// CSDL: property `loggedByService`: `Edm.String`, nullable.
    pub logged_by_service: rt::Field<::std::string::String>,
    /// CSDL: property `operationType`: `Edm.String`, nullable.
    pub operation_type: rt::Field<::std::string::String>,
    /// CSDL: property `result`: `microsoft.graph.operationResult`, nullable.
    pub result: rt::Field<crate::v1::OperationResult>,
    /// CSDL: property `resultReason`: `Edm.String`, nullable.
    pub result_reason: rt::Field<::std::string::String>,
    /// CSDL: property `targetResources`: `Collection(microsoft.graph.targetResource)`, nullable.
    pub target_resources: rt::Field<::std::vec::Vec<crate::v1::TargetResource>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl ::std::default::Default for DirectoryAudit {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            activity_date_time: rt::Field::Absent,
            activity_display_name: rt::Field::Absent,
            additional_details: rt::Field::Absent,
            category: rt::Field::Absent,
            correlation_id: rt::Field::Absent,
            initiated_by: rt::Field::Absent,
            logged_by_service: rt::Field::Absent,
            operation_type: rt::Field::Absent,
            result: rt::Field::Absent,
            result_reason: rt::Field::Absent,
            target_resources: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::Object for DirectoryAudit {
    const TYPE_NAME: &'static str = "microsoft.graph.directoryAudit";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activityDateTime",
        "activityDisplayName",
        "additionalDetails",
        "category",
        "correlationId",
        "initiatedBy",
        "loggedByService",
        "operationType",
        "result",
        "resultReason",
        "targetResources",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"activityDateTime\":             ",
        ",\"activityDisplayName\":          ",
        ",\"additionalDetails\":            ",
        ",\"category\":                     ",
        ",\"correlationId\":                ",
        ",\"initiatedBy\":                  ",
        ",\"loggedByService\":              ",
        ",\"operationType\":                ",
        ",\"result\":                       ",
        ",\"resultReason\":                 ",
        ",\"targetResources\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.directoryAudit\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "activity_date_time", &self.activity_date_time);
        v.field(2usize, "activity_display_name", &self.activity_display_name);
        v.field(3usize, "additional_details", &self.additional_details);
        v.field(4usize, "category", &self.category);
        v.field(5usize, "correlation_id", &self.correlation_id);
        v.field(6usize, "initiated_by", &self.initiated_by);
        v.field(7usize, "logged_by_service", &self.logged_by_service);
        v.field(8usize, "operation_type", &self.operation_type);
        v.field(9usize, "result", &self.result);
        v.field(10usize, "result_reason", &self.result_reason);
        v.field(11usize, "target_resources", &self.target_resources);
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::object::Members for DirectoryAudit {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.activity_date_time.read_from(r),
            2usize => self.activity_display_name.read_from(r),
            3usize => self.additional_details.read_from(r),
            4usize => self.category.read_from(r),
            5usize => self.correlation_id.read_from(r),
            6usize => self.initiated_by.read_from(r),
            7usize => self.logged_by_service.read_from(r),
            8usize => self.operation_type.read_from(r),
            9usize => self.result.read_from(r),
            10usize => self.result_reason.read_from(r),
            11usize => self.target_resources.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.activity_date_time);
        w.field(2usize, &self.activity_display_name);
        w.field(3usize, &self.additional_details);
        w.field(4usize, &self.category);
        w.field(5usize, &self.correlation_id);
        w.field(6usize, &self.initiated_by);
        w.field(7usize, &self.logged_by_service);
        w.field(8usize, &self.operation_type);
        w.field(9usize, &self.result);
        w.field(10usize, &self.result_reason);
        w.field(11usize, &self.target_resources);
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
rt::impl_object!(DirectoryAudit);
#[cfg(msgraph_v1_audit_logs_or_search)]
rt::impl_setters!(
    DirectoryAudit { with_id id : ::std::string::String; with_activity_date_time
    activity_date_time : rt::edm::DateTimeOffset; with_activity_display_name
    activity_display_name : ::std::string::String; with_additional_details
    additional_details : ::std::vec::Vec < crate ::v1::KeyValue >; with_category category
    : ::std::string::String; with_correlation_id correlation_id : ::std::string::String;
    with_initiated_by initiated_by : crate ::v1::AuditActivityInitiator;
    with_logged_by_service logged_by_service : ::std::string::String; with_operation_type
    operation_type : ::std::string::String; with_result result : crate
    ::v1::OperationResult; with_result_reason result_reason : ::std::string::String;
    with_target_resources target_resources : ::std::vec::Vec < crate ::v1::TargetResource
    >; }
);
#[cfg(msgraph_v1_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectoryAudit);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.directoryDefinition`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DirectoryDefinitionPath`](requests/trait.DirectoryDefinitionPath.html), what a path to one (`EntityPath<DirectoryDefinition, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DirectoryDefinition {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `discoverabilities`: `microsoft.graph.directoryDefinitionDiscoverabilities`, not nullable.
    pub discoverabilities: rt::Field<
        rt::Flags<crate::v1::DirectoryDefinitionDiscoverabilities>,
    >,
    /// CSDL: property `discoveryDateTime`: `Edm.DateTimeOffset`, nullable.
    pub discovery_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `objects`: `Collection(microsoft.graph.objectDefinition)`, nullable.
    pub objects: rt::Field<::std::vec::Vec<crate::v1::ObjectDefinition>>,
    /// CSDL: property `readOnly`: `Edm.Boolean`, not nullable.
    pub read_only: rt::Field<bool>,
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for DirectoryDefinition {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            discoverabilities: rt::Field::Absent,
            discovery_date_time: rt::Field::Absent,
            name: rt::Field::Absent,
            objects: rt::Field::Absent,
            read_only: rt::Field::Absent,
            version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for DirectoryDefinition {
    const TYPE_NAME: &'static str = "microsoft.graph.directoryDefinition";
    const KEYS: &'static [&'static str] = &[
        "id",
        "discoverabilities",
        "discoveryDateTime",
        "name",
        "objects",
        "readOnly",
        "version",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"discoverabilities\":            ",
        ",\"discoveryDateTime\":            ",
        ",\"name\":                         ",
        ",\"objects\":                      ",
        ",\"readOnly\":                     ",
        ",\"version\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.directoryDefinition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "discoverabilities", &self.discoverabilities);
        v.field(2usize, "discovery_date_time", &self.discovery_date_time);
        v.field(3usize, "name", &self.name);
        v.field(4usize, "objects", &self.objects);
        v.field(5usize, "read_only", &self.read_only);
        v.field(6usize, "version", &self.version);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for DirectoryDefinition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.discoverabilities.read_from(r),
            2usize => self.discovery_date_time.read_from(r),
            3usize => self.name.read_from(r),
            4usize => self.objects.read_from(r),
            5usize => self.read_only.read_from(r),
            6usize => self.version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.discoverabilities);
        w.field(2usize, &self.discovery_date_time);
        w.field(3usize, &self.name);
        w.field(4usize, &self.objects);
        w.field(5usize, &self.read_only);
        w.field(6usize, &self.version);
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
rt::impl_object!(DirectoryDefinition);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    DirectoryDefinition { with_id id : ::std::string::String; with_discoverabilities
    discoverabilities : rt::Flags < crate ::v1::DirectoryDefinitionDiscoverabilities >;
    with_discovery_date_time discovery_date_time : rt::edm::DateTimeOffset; with_name
    name : ::std::string::String; with_objects objects : ::std::vec::Vec < crate
    ::v1::ObjectDefinition >; with_read_only read_only : bool; with_version version :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectoryDefinition);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.directoryDefinitionDiscoverabilities`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DirectoryDefinitionDiscoverabilities {
    /// `None` (value 0).
    None,
    /// `AttributeNames` (value 1).
    AttributeNames,
    /// `AttributeDataTypes` (value 2).
    AttributeDataTypes,
    /// `AttributeReadOnly` (value 4).
    AttributeReadOnly,
    /// `ReferenceAttributes` (value 8).
    ReferenceAttributes,
    /// `UnknownFutureValue` (value 16).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for DirectoryDefinitionDiscoverabilities {
    const TYPE_NAME: &'static str = "microsoft.graph.directoryDefinitionDiscoverabilities";
    const MEMBERS: &'static [&'static str] = &[
        "None",
        "AttributeNames",
        "AttributeDataTypes",
        "AttributeReadOnly",
        "ReferenceAttributes",
        "UnknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "None" => Self::None,
                "AttributeNames" => Self::AttributeNames,
                "AttributeDataTypes" => Self::AttributeDataTypes,
                "AttributeReadOnly" => Self::AttributeReadOnly,
                "ReferenceAttributes" => Self::ReferenceAttributes,
                "UnknownFutureValue" => Self::UnknownFutureValue,
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
            Self::None => "None",
            Self::AttributeNames => "AttributeNames",
            Self::AttributeDataTypes => "AttributeDataTypes",
            Self::AttributeReadOnly => "AttributeReadOnly",
            Self::ReferenceAttributes => "ReferenceAttributes",
            Self::UnknownFutureValue => "UnknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(DirectoryDefinitionDiscoverabilities);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectoryDefinitionDiscoverabilities);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.diskType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DiskType {
    /// Enum member for unknown or default diskType.
    ///
    /// `unknown` (value 0).
    Unknown,
    /// Enum member for HDD devices.
    ///
    /// `hdd` (value 1).
    Hdd,
    /// Enum member for SSD devices.
    ///
    /// `ssd` (value 2).
    Ssd,
    /// Evolvable enumeration sentinel value. Do not use.
    ///
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for DiskType {
    const TYPE_NAME: &'static str = "microsoft.graph.diskType";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "hdd",
        "ssd",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "hdd" => Self::Hdd,
                "ssd" => Self::Ssd,
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
            Self::Hdd => "hdd",
            Self::Ssd => "ssd",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(DiskType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DiskType);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.domainIdentitySource`, complex type, derived from `microsoft.graph.identitySource`.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct DomainIdentitySource {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `domainName`: `Edm.String`, nullable.
    pub domain_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for DomainIdentitySource {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            domain_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for DomainIdentitySource {
    const TYPE_NAME: &'static str = "microsoft.graph.domainIdentitySource";
    const KEYS: &'static [&'static str] = &["displayName", "domainName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"domainName\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.domainIdentitySource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "domain_name", &self.domain_name);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for DomainIdentitySource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.domain_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.domain_name);
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(DomainIdentitySource);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    DomainIdentitySource { with_display_name display_name : ::std::string::String;
    with_domain_name domain_name : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DomainIdentitySource);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.driftStatus`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DriftStatus {
    /// `active` (value 0).
    Active,
    /// `fixed` (value 1).
    Fixed,
    /// A marker value for members added after the release of this API.
    ///
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::StrEnum for DriftStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.driftStatus";
    const MEMBERS: &'static [&'static str] = &["active", "fixed", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "active" => Self::Active,
                "fixed" => Self::Fixed,
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
            Self::Active => "active",
            Self::Fixed => "fixed",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_enum!(DriftStatus);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriftStatus);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.driftedProperty`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct DriftedProperty {
    /// CSDL: property `currentValue`: `Edm.Untyped`, nullable.
    pub current_value: rt::Field<rt::RawJson>,
    /// CSDL: property `desiredValue`: `Edm.Untyped`, nullable.
    pub desired_value: rt::Field<rt::RawJson>,
    /// CSDL: property `propertyName`: `Edm.String`, not nullable.
    pub property_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for DriftedProperty {
    #[inline]
    fn default() -> Self {
        Self {
            current_value: rt::Field::Absent,
            desired_value: rt::Field::Absent,
            property_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for DriftedProperty {
    const TYPE_NAME: &'static str = "microsoft.graph.driftedProperty";
    const KEYS: &'static [&'static str] = &[
        "currentValue",
        "desiredValue",
        "propertyName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"currentValue\":                 ",
        ",\"desiredValue\":                 ",
        ",\"propertyName\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.driftedProperty\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "current_value", &self.current_value);
        v.field(1usize, "desired_value", &self.desired_value);
        v.field(2usize, "property_name", &self.property_name);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for DriftedProperty {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.current_value.read_from(r),
            1usize => self.desired_value.read_from(r),
            2usize => self.property_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.current_value);
        w.field(1usize, &self.desired_value);
        w.field(2usize, &self.property_name);
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
rt::impl_object!(DriftedProperty);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    DriftedProperty { with_current_value current_value : rt::RawJson; with_desired_value
    desired_value : rt::RawJson; with_property_name property_name :
    ::std::string::String; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriftedProperty);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.driveItemSource`, complex type.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct DriveItemSource {
    /// CSDL: property `application`: `microsoft.graph.driveItemSourceApplication`, nullable.
    pub application: rt::Field<crate::v1::DriveItemSourceApplication>,
    /// CSDL: property `externalId`: `Edm.String`, nullable.
    pub external_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for DriveItemSource {
    #[inline]
    fn default() -> Self {
        Self {
            application: rt::Field::Absent,
            external_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for DriveItemSource {
    const TYPE_NAME: &'static str = "microsoft.graph.driveItemSource";
    const KEYS: &'static [&'static str] = &["application", "externalId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"application\":                  ",
        ",\"externalId\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.driveItemSource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "application", &self.application);
        v.field(1usize, "external_id", &self.external_id);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for DriveItemSource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.application.read_from(r),
            1usize => self.external_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.application);
        w.field(1usize, &self.external_id);
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(DriveItemSource);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    DriveItemSource { with_application application : crate
    ::v1::DriveItemSourceApplication; with_external_id external_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriveItemSource);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.driveItemSourceApplication`, enum type.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DriveItemSourceApplication {
    /// `teams` (value 0).
    Teams,
    /// `yammer` (value 1).
    Yammer,
    /// `sharePoint` (value 2).
    SharePoint,
    /// `oneDrive` (value 3).
    OneDrive,
    /// `stream` (value 4).
    Stream,
    /// `powerPoint` (value 5).
    PowerPoint,
    /// `office` (value 6).
    Office,
    /// `loki` (value 7).
    Loki,
    /// `loop` (value 8).
    Loop,
    /// `other` (value 9).
    Other,
    /// `unknownFutureValue` (value 10).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::StrEnum for DriveItemSourceApplication {
    const TYPE_NAME: &'static str = "microsoft.graph.driveItemSourceApplication";
    const MEMBERS: &'static [&'static str] = &[
        "teams",
        "yammer",
        "sharePoint",
        "oneDrive",
        "stream",
        "powerPoint",
        "office",
        "loki",
        "loop",
        "other",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "teams" => Self::Teams,
                "yammer" => Self::Yammer,
                "sharePoint" => Self::SharePoint,
                "oneDrive" => Self::OneDrive,
                "stream" => Self::Stream,
                "powerPoint" => Self::PowerPoint,
                "office" => Self::Office,
                "loki" => Self::Loki,
                "loop" => Self::Loop,
                "other" => Self::Other,
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
            Self::Teams => "teams",
            Self::Yammer => "yammer",
            Self::SharePoint => "sharePoint",
            Self::OneDrive => "oneDrive",
            Self::Stream => "stream",
            Self::PowerPoint => "powerPoint",
            Self::Office => "office",
            Self::Loki => "loki",
            Self::Loop => "loop",
            Self::Other => "other",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_enum!(DriveItemSourceApplication);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriveItemSourceApplication);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.driveItemUploadableProperties`, complex type.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct DriveItemUploadableProperties {
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `driveItemSource`: `microsoft.graph.driveItemSource`, nullable.
    pub drive_item_source: rt::Field<crate::v1::DriveItemSource>,
    /// CSDL: property `fileSize`: `Edm.Int64`, nullable.
    pub file_size: rt::Field<i64>,
    /// CSDL: property `fileSystemInfo`: `microsoft.graph.fileSystemInfo`, nullable.
    pub file_system_info: rt::Field<crate::v1::FileSystemInfo>,
    /// CSDL: property `mediaSource`: `microsoft.graph.mediaSource`, nullable.
    pub media_source: rt::Field<crate::v1::MediaSource>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for DriveItemUploadableProperties {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            drive_item_source: rt::Field::Absent,
            file_size: rt::Field::Absent,
            file_system_info: rt::Field::Absent,
            media_source: rt::Field::Absent,
            name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for DriveItemUploadableProperties {
    const TYPE_NAME: &'static str = "microsoft.graph.driveItemUploadableProperties";
    const KEYS: &'static [&'static str] = &[
        "description",
        "driveItemSource",
        "fileSize",
        "fileSystemInfo",
        "mediaSource",
        "name",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"driveItemSource\":              ",
        ",\"fileSize\":                     ",
        ",\"fileSystemInfo\":               ",
        ",\"mediaSource\":                  ",
        ",\"name\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.driveItemUploadableProperties\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "drive_item_source", &self.drive_item_source);
        v.field(2usize, "file_size", &self.file_size);
        v.field(3usize, "file_system_info", &self.file_system_info);
        v.field(4usize, "media_source", &self.media_source);
        v.field(5usize, "name", &self.name);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for DriveItemUploadableProperties {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.drive_item_source.read_from(r),
            2usize => self.file_size.read_from(r),
            3usize => self.file_system_info.read_from(r),
            4usize => self.media_source.read_from(r),
            5usize => self.name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.drive_item_source);
        w.field(2usize, &self.file_size);
        w.field(3usize, &self.file_system_info);
        w.field(4usize, &self.media_source);
        w.field(5usize, &self.name);
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(DriveItemUploadableProperties);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    DriveItemUploadableProperties { with_description description : ::std::string::String;
    with_drive_item_source drive_item_source : crate ::v1::DriveItemSource;
    with_file_size file_size : i64; with_file_system_info file_system_info : crate
    ::v1::FileSystemInfo; with_media_source media_source : crate ::v1::MediaSource;
    with_name name : ::std::string::String; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriveItemUploadableProperties);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
/// CSDL: `microsoft.graph.driveRecipient`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DriveRecipient {
    /// CSDL: property `alias`: `Edm.String`, nullable.
    pub alias: rt::Field<::std::string::String>,
    /// CSDL: property `email`: `Edm.String`, nullable.
    pub email: rt::Field<::std::string::String>,
    /// CSDL: property `objectId`: `Edm.String`, nullable.
    pub object_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl ::std::default::Default for DriveRecipient {
    #[inline]
    fn default() -> Self {
        Self {
            alias: rt::Field::Absent,
            email: rt::Field::Absent,
            object_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::Object for DriveRecipient {
    const TYPE_NAME: &'static str = "microsoft.graph.driveRecipient";
    const KEYS: &'static [&'static str] = &["alias", "email", "objectId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"alias\":                        ",
        ",\"email\":                        ",
        ",\"objectId\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.driveRecipient\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "alias", &self.alias);
        v.field(1usize, "email", &self.email);
        v.field(2usize, "object_id", &self.object_id);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::object::Members for DriveRecipient {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.alias.read_from(r),
            1usize => self.email.read_from(r),
            2usize => self.object_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.alias);
        w.field(1usize, &self.email);
        w.field(2usize, &self.object_id);
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
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
rt::impl_object!(DriveRecipient);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
rt::impl_setters!(
    DriveRecipient { with_alias alias : ::std::string::String; with_email email :
    ::std::string::String; with_object_id object_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriveRecipient);
#[cfg(msgraph_v1_places_or_search)]
/// CSDL: `microsoft.graph.dropInPlaceMode`, complex type, derived from `microsoft.graph.placeMode`.
///
/// Features: `v1`, or one of `v1-places`, `v1-search`.
#[derive(Clone)]
pub struct DropInPlaceMode {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_places_or_search)]
impl ::std::default::Default for DropInPlaceMode {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::Object for DropInPlaceMode {
    const TYPE_NAME: &'static str = "microsoft.graph.dropInPlaceMode";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.dropInPlaceMode\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::object::Members for DropInPlaceMode {
    #[inline]
    #[allow(unused_variables)]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    #[allow(unused_variables)]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {}
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
rt::impl_object!(DropInPlaceMode);
#[cfg(msgraph_v1_places_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DropInPlaceMode);
