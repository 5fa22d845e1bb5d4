//! Types of `microsoft.graph` by the first letters of their names (`di_do`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.diamondModel`, enum type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DiamondModel {
    /// `unknown` (value 0).
    Unknown,
    /// `adversary` (value 1).
    Adversary,
    /// `capability` (value 2).
    Capability,
    /// `infrastructure` (value 3).
    Infrastructure,
    /// `victim` (value 4).
    Victim,
    /// `unknownFutureValue` (value 127).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::StrEnum for DiamondModel {
    const TYPE_NAME: &'static str = "microsoft.graph.diamondModel";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "adversary",
        "capability",
        "infrastructure",
        "victim",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "adversary" => Self::Adversary,
                "capability" => Self::Capability,
                "infrastructure" => Self::Infrastructure,
                "victim" => Self::Victim,
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
            Self::Adversary => "adversary",
            Self::Capability => "capability",
            Self::Infrastructure => "infrastructure",
            Self::Victim => "victim",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
rt::impl_enum!(DiamondModel);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(DiamondModel);
#[cfg(msgraph_beta_financials_or_search)]
/// CSDL: `microsoft.graph.dimension`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DimensionPath`](requests/trait.DimensionPath.html), what a path to one (`EntityPath<Dimension, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
#[derive(Clone)]
pub struct Dimension {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `code`: `Edm.String`, nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: containment navigation property `dimensionValues`: `Collection(microsoft.graph.dimensionValue)`, not nullable.
    pub dimension_values: rt::Field<::std::vec::Vec<crate::beta::DimensionValue>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_financials_or_search)]
impl ::std::default::Default for Dimension {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            code: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            dimension_values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::Object for Dimension {
    const TYPE_NAME: &'static str = "microsoft.graph.dimension";
    const KEYS: &'static [&'static str] = &[
        "id",
        "code",
        "displayName",
        "lastModifiedDateTime",
        "dimensionValues",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"code\":                         ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"dimensionValues\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.dimension\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "code", &self.code);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(4usize, "dimension_values", &self.dimension_values);
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::object::Members for Dimension {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.code.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.last_modified_date_time.read_from(r),
            4usize => self.dimension_values.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.code);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.last_modified_date_time);
        w.field(4usize, &self.dimension_values);
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
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_object!(Dimension);
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_setters!(
    Dimension { with_id id : ::std::string::String; with_code code :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_dimension_values dimension_values : ::std::vec::Vec < crate
    ::beta::DimensionValue >; }
);
#[cfg(msgraph_beta_financials_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Dimension);
#[cfg(msgraph_beta_financials_or_search)]
/// CSDL: `microsoft.graph.dimensionValue`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
#[derive(Clone)]
pub struct DimensionValue {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `code`: `Edm.String`, nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_financials_or_search)]
impl ::std::default::Default for DimensionValue {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            code: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::Object for DimensionValue {
    const TYPE_NAME: &'static str = "microsoft.graph.dimensionValue";
    const KEYS: &'static [&'static str] = &[
        "id",
        "code",
        "displayName",
        "lastModifiedDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"code\":                         ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.dimensionValue\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "code", &self.code);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "last_modified_date_time", &self.last_modified_date_time);
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::object::Members for DimensionValue {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.code.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.last_modified_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.code);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.last_modified_date_time);
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
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_object!(DimensionValue);
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_setters!(
    DimensionValue { with_id id : ::std::string::String; with_code code :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_financials_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DimensionValue);
#[cfg(msgraph_beta_audit_logs_or_search)]
/// CSDL: `microsoft.graph.directoryAudit`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DirectoryAuditPath`](requests/trait.DirectoryAuditPath.html), what a path to one (`EntityPath<DirectoryAudit, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-audit-logs`, `beta-search`.
#[derive(Clone)]
pub struct DirectoryAudit {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `activityDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub activity_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `activityDisplayName`: `Edm.String`, not nullable.
    pub activity_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `additionalDetails`: `Collection(microsoft.graph.keyValue)`, nullable.
    pub additional_details: rt::Field<::std::vec::Vec<crate::beta::KeyValue>>,
    /// CSDL: property `category`: `Edm.String`, not nullable.
    pub category: rt::Field<::std::string::String>,
    /// CSDL: property `correlationId`: `Edm.String`, nullable.
    pub correlation_id: rt::Field<::std::string::String>,
    /// CSDL: property `initiatedBy`: `microsoft.graph.auditActivityInitiator`, not nullable.
    pub initiated_by: rt::Field<crate::beta::AuditActivityInitiator>,
    /// CSDL: property `loggedByService`: `Edm.String`, nullable.
    pub logged_by_service: rt::Field<::std::string::String>,
    /// CSDL: property `operationType`: `Edm.String`, nullable.
    pub operation_type: rt::Field<::std::string::String>,
    /// CSDL: property `result`: `microsoft.graph.operationResult`, nullable.
    pub result: rt::Field<crate::beta::OperationResult>,
    /// CSDL: property `resultReason`: `Edm.String`, nullable.
    pub result_reason: rt::Field<::std::string::String>,
    /// CSDL: property `targetResources`: `Collection(microsoft.graph.targetResource)`, nullable.
    pub target_resources: rt::Field<::std::vec::Vec<crate::beta::TargetResource>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_audit_logs_or_search)]
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
#[cfg(msgraph_beta_audit_logs_or_search)]
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
#[cfg(msgraph_beta_audit_logs_or_search)]
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
#[cfg(msgraph_beta_audit_logs_or_search)]
rt::impl_object!(DirectoryAudit);
#[cfg(msgraph_beta_audit_logs_or_search)]
rt::impl_setters!(
    DirectoryAudit { with_id id : ::std::string::String; with_activity_date_time
    activity_date_time : rt::edm::DateTimeOffset; with_activity_display_name
    activity_display_name : ::std::string::String; with_additional_details
    additional_details : ::std::vec::Vec < crate ::beta::KeyValue >; with_category
    category : ::std::string::String; with_correlation_id correlation_id :
    ::std::string::String; with_initiated_by initiated_by : crate
    ::beta::AuditActivityInitiator; with_logged_by_service logged_by_service :
    ::std::string::String; with_operation_type operation_type : ::std::string::String;
    with_result result : crate ::beta::OperationResult; with_result_reason result_reason
    : ::std::string::String; with_target_resources target_resources : ::std::vec::Vec <
    crate ::beta::TargetResource >; }
);
#[cfg(msgraph_beta_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectoryAudit);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.directoryDefinition`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DirectoryDefinitionPath`](requests/trait.DirectoryDefinitionPath.html), what a path to one (`EntityPath<DirectoryDefinition, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DirectoryDefinition {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `discoverabilities`: `microsoft.graph.directoryDefinitionDiscoverabilities`, not nullable.
    pub discoverabilities: rt::Field<
        rt::Flags<crate::beta::DirectoryDefinitionDiscoverabilities>,
    >,
    /// CSDL: property `discoveryDateTime`: `Edm.DateTimeOffset`, nullable.
    pub discovery_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `objects`: `Collection(microsoft.graph.objectDefinition)`, nullable.
    pub objects: rt::Field<::std::vec::Vec<crate::beta::ObjectDefinition>>,
    /// CSDL: property `readOnly`: `Edm.Boolean`, not nullable.
    pub read_only: rt::Field<bool>,
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(DirectoryDefinition);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DirectoryDefinition { with_id id : ::std::string::String; with_discoverabilities
    discoverabilities : rt::Flags < crate ::beta::DirectoryDefinitionDiscoverabilities >;
    with_discovery_date_time discovery_date_time : rt::edm::DateTimeOffset; with_name
    name : ::std::string::String; with_objects objects : ::std::vec::Vec < crate
    ::beta::ObjectDefinition >; with_read_only read_only : bool; with_version version :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectoryDefinition);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.directoryDefinitionDiscoverabilities`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_enum!(DirectoryDefinitionDiscoverabilities);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectoryDefinitionDiscoverabilities);
#[cfg(msgraph_beta_policies_or_search)]
/// CSDL: `microsoft.graph.directoryRoleAccessReviewPolicy`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DirectoryRoleAccessReviewPolicyPath`](requests/trait.DirectoryRoleAccessReviewPolicyPath.html), what a path to one (`EntityPath<DirectoryRoleAccessReviewPolicy, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct DirectoryRoleAccessReviewPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `settings`: `microsoft.graph.accessReviewScheduleSettings`, nullable.
    pub settings: rt::Field<crate::beta::AccessReviewScheduleSettings>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_policies_or_search)]
impl ::std::default::Default for DirectoryRoleAccessReviewPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_policies_or_search)]
impl rt::Object for DirectoryRoleAccessReviewPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.directoryRoleAccessReviewPolicy";
    const KEYS: &'static [&'static str] = &["id", "settings"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"settings\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.directoryRoleAccessReviewPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "settings", &self.settings);
    }
}
#[cfg(msgraph_beta_policies_or_search)]
impl rt::object::Members for DirectoryRoleAccessReviewPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.settings.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.settings);
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
#[cfg(msgraph_beta_policies_or_search)]
rt::impl_object!(DirectoryRoleAccessReviewPolicy);
#[cfg(msgraph_beta_policies_or_search)]
rt::impl_setters!(
    DirectoryRoleAccessReviewPolicy { with_id id : ::std::string::String; with_settings
    settings : crate ::beta::AccessReviewScheduleSettings; }
);
#[cfg(msgraph_beta_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectoryRoleAccessReviewPolicy);
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
/// CSDL: `microsoft.graph.disableAndDeleteUserApplyAction`, complex type, derived from `microsoft.graph.accessReviewApplyAction`.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct DisableAndDeleteUserApplyAction {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl ::std::default::Default for DisableAndDeleteUserApplyAction {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl rt::Object for DisableAndDeleteUserApplyAction {
    const TYPE_NAME: &'static str = "microsoft.graph.disableAndDeleteUserApplyAction";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.disableAndDeleteUserApplyAction\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl rt::object::Members for DisableAndDeleteUserApplyAction {
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
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
rt::impl_object!(DisableAndDeleteUserApplyAction);
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DisableAndDeleteUserApplyAction);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.discoveredSensitiveType`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct DiscoveredSensitiveType {
    /// CSDL: property `classificationAttributes`: `Collection(microsoft.graph.classificationAttribute)`, nullable.
    pub classification_attributes: rt::Field<
        ::std::vec::Vec<crate::beta::ClassificationAttribute>,
    >,
    /// CSDL: property `confidence`: `Edm.Int32`, nullable.
    pub confidence: rt::Field<i32>,
    /// CSDL: property `count`: `Edm.Int32`, nullable.
    pub count: rt::Field<i32>,
    /// CSDL: property `id`: `Edm.Guid`, not nullable.
    pub id: rt::Field<rt::edm::Guid>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for DiscoveredSensitiveType {
    #[inline]
    fn default() -> Self {
        Self {
            classification_attributes: rt::Field::Absent,
            confidence: rt::Field::Absent,
            count: rt::Field::Absent,
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for DiscoveredSensitiveType {
    const TYPE_NAME: &'static str = "microsoft.graph.discoveredSensitiveType";
    const KEYS: &'static [&'static str] = &[
        "classificationAttributes",
        "confidence",
        "count",
        "id",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"classificationAttributes\":     ",
        ",\"confidence\":                   ",
        ",\"count\":                        ",
        ",\"id\":                           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.discoveredSensitiveType\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "classification_attributes", &self.classification_attributes);
        v.field(1usize, "confidence", &self.confidence);
        v.field(2usize, "count", &self.count);
        v.field(3usize, "id", &self.id);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for DiscoveredSensitiveType {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.classification_attributes.read_from(r),
            1usize => self.confidence.read_from(r),
            2usize => self.count.read_from(r),
            3usize => self.id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.classification_attributes);
        w.field(1usize, &self.confidence);
        w.field(2usize, &self.count);
        w.field(3usize, &self.id);
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
#[cfg(msgraph_beta_any_area)]
rt::impl_object!(DiscoveredSensitiveType);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    DiscoveredSensitiveType { with_classification_attributes classification_attributes :
    ::std::vec::Vec < crate ::beta::ClassificationAttribute >; with_confidence confidence
    : i32; with_count count : i32; with_id id : rt::edm::Guid; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(DiscoveredSensitiveType);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// CSDL: `microsoft.graph.dlpAction`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DlpAction {
    /// `notifyUser` (value 0).
    NotifyUser,
    /// `blockAccess` (value 1).
    BlockAccess,
    /// `deviceRestriction` (value 2).
    DeviceRestriction,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::StrEnum for DlpAction {
    const TYPE_NAME: &'static str = "microsoft.graph.dlpAction";
    const MEMBERS: &'static [&'static str] = &[
        "notifyUser",
        "blockAccess",
        "deviceRestriction",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notifyUser" => Self::NotifyUser,
                "blockAccess" => Self::BlockAccess,
                "deviceRestriction" => Self::DeviceRestriction,
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
            Self::NotifyUser => "notifyUser",
            Self::BlockAccess => "blockAccess",
            Self::DeviceRestriction => "deviceRestriction",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_enum!(DlpAction);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(DlpAction);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// CSDL: `microsoft.graph.dlpActionInfo`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DlpActionInfo {
    /// CSDL: property `action`: `microsoft.graph.dlpAction`, nullable.
    pub action: rt::Field<crate::beta::DlpAction>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::default::Default for DlpActionInfo {
    #[inline]
    fn default() -> Self {
        Self {
            action: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::Object for DlpActionInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.dlpActionInfo";
    const KEYS: &'static [&'static str] = &["action"];
    const KEYS_JSON: &'static [&'static str] = &[",\"action\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.dlpActionInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "action", &self.action);
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::object::Members for DlpActionInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.action.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.action);
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
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_object!(DlpActionInfo);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_setters!(DlpActionInfo { with_action action : crate ::beta::DlpAction; });
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(DlpActionInfo);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// `microsoft.graph.dlpActionInfo` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDlpActionInfo {
    DlpActionInfo(::std::boxed::Box<crate::beta::DlpActionInfo>),
    BlockAccessAction(::std::boxed::Box<crate::beta::BlockAccessAction>),
    DeviceRestrictionAction(::std::boxed::Box<crate::beta::DeviceRestrictionAction>),
    NotifyUserAction(::std::boxed::Box<crate::beta::NotifyUserAction>),
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::default::Default for AnyDlpActionInfo {
    #[inline]
    fn default() -> Self {
        Self::DlpActionInfo(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DlpActionInfo> for AnyDlpActionInfo {
    #[inline]
    fn from(v: crate::beta::DlpActionInfo) -> Self {
        Self::DlpActionInfo(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::BlockAccessAction> for AnyDlpActionInfo {
    #[inline]
    fn from(v: crate::beta::BlockAccessAction) -> Self {
        Self::BlockAccessAction(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceRestrictionAction> for AnyDlpActionInfo {
    #[inline]
    fn from(v: crate::beta::DeviceRestrictionAction) -> Self {
        Self::DeviceRestrictionAction(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::NotifyUserAction> for AnyDlpActionInfo {
    #[inline]
    fn from(v: crate::beta::NotifyUserAction) -> Self {
        Self::NotifyUserAction(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
unsafe impl ::std::marker::Send for AnyDlpActionInfo {}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
unsafe impl ::std::marker::Sync for AnyDlpActionInfo {}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::marker::Unpin for AnyDlpActionInfo {}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::panic::UnwindSafe for AnyDlpActionInfo {}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::panic::RefUnwindSafe for AnyDlpActionInfo {}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
const _: () = {
    rt::object::auto_traits::<crate::beta::DlpActionInfo>();
    rt::object::auto_traits::<crate::beta::BlockAccessAction>();
    rt::object::auto_traits::<crate::beta::DeviceRestrictionAction>();
    rt::object::auto_traits::<crate::beta::NotifyUserAction>();
};
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::Poly for AnyDlpActionInfo {
    const BASE_NAME: &'static str = "microsoft.graph.dlpActionInfo";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.blockAccessAction") => {
                Self::BlockAccessAction(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.deviceRestrictionAction") => {
                Self::DeviceRestrictionAction(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.notifyUserAction") => {
                Self::NotifyUserAction(rt::object::new_boxed())
            }
            _ => Self::DlpActionInfo(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DlpActionInfo(v) => &**v,
            Self::BlockAccessAction(v) => &**v,
            Self::DeviceRestrictionAction(v) => &**v,
            Self::NotifyUserAction(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DlpActionInfo(v) => &mut **v,
            Self::BlockAccessAction(v) => &mut **v,
            Self::DeviceRestrictionAction(v) => &mut **v,
            Self::NotifyUserAction(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl AnyDlpActionInfo {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        rt::Poly::members(self).view().0.type_name
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        rt::Poly::members(self).view().1
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        rt::Poly::members_mut(self).extra_mut_dyn()
    }
    /// `action` of any variant.
    #[inline]
    pub fn action(&self) -> &rt::Field<crate::beta::DlpAction> {
        match self {
            Self::DlpActionInfo(v) => &v.action,
            Self::BlockAccessAction(v) => &v.action,
            Self::DeviceRestrictionAction(v) => &v.action,
            Self::NotifyUserAction(v) => &v.action,
        }
    }
    /// `action` of any variant.
    #[inline]
    pub fn action_mut(&mut self) -> &mut rt::Field<crate::beta::DlpAction> {
        match self {
            Self::DlpActionInfo(v) => &mut v.action,
            Self::BlockAccessAction(v) => &mut v.action,
            Self::DeviceRestrictionAction(v) => &mut v.action,
            Self::NotifyUserAction(v) => &mut v.action,
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_poly!(AnyDlpActionInfo);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDlpActionInfo);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// CSDL: `microsoft.graph.dlpEvaluatePoliciesJobResponse`, entity type, derived from `microsoft.graph.jobResponseBase`, key `id`.
///
/// Request builders: [`DlpEvaluatePoliciesJobResponsePath`](requests/trait.DlpEvaluatePoliciesJobResponsePath.html), what a path to one (`EntityPath<DlpEvaluatePoliciesJobResponse, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DlpEvaluatePoliciesJobResponse {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `creationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub creation_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `error`: `microsoft.graph.classificationError`, nullable.
    pub error: rt::Field<crate::beta::ClassificationError>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: property `tenantId`: `Edm.String`, nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: property `result`: `microsoft.graph.dlpPoliciesJobResult`, nullable.
    pub result: rt::Field<crate::beta::DlpPoliciesJobResult>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::default::Default for DlpEvaluatePoliciesJobResponse {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            creation_date_time: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            error: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            type_: rt::Field::Absent,
            result: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::Object for DlpEvaluatePoliciesJobResponse {
    const TYPE_NAME: &'static str = "microsoft.graph.dlpEvaluatePoliciesJobResponse";
    const KEYS: &'static [&'static str] = &[
        "id",
        "creationDateTime",
        "endDateTime",
        "error",
        "startDateTime",
        "status",
        "tenantId",
        "type",
        "result",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"creationDateTime\":             ",
        ",\"endDateTime\":                  ",
        ",\"error\":                        ",
        ",\"startDateTime\":                ",
        ",\"status\":                       ",
        ",\"tenantId\":                     ",
        ",\"type\":                         ",
        ",\"result\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.dlpEvaluatePoliciesJobResponse\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "creation_date_time", &self.creation_date_time);
        v.field(2usize, "end_date_time", &self.end_date_time);
        v.field(3usize, "error", &self.error);
        v.field(4usize, "start_date_time", &self.start_date_time);
        v.field(5usize, "status", &self.status);
        v.field(6usize, "tenant_id", &self.tenant_id);
        v.field(7usize, "type_", &self.type_);
        v.field(8usize, "result", &self.result);
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::object::Members for DlpEvaluatePoliciesJobResponse {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.creation_date_time.read_from(r),
            2usize => self.end_date_time.read_from(r),
            3usize => self.error.read_from(r),
            4usize => self.start_date_time.read_from(r),
            5usize => self.status.read_from(r),
            6usize => self.tenant_id.read_from(r),
            7usize => self.type_.read_from(r),
            8usize => self.result.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.creation_date_time);
        w.field(2usize, &self.end_date_time);
        w.field(3usize, &self.error);
        w.field(4usize, &self.start_date_time);
        w.field(5usize, &self.status);
        w.field(6usize, &self.tenant_id);
        w.field(7usize, &self.type_);
        w.field(8usize, &self.result);
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
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_object!(DlpEvaluatePoliciesJobResponse);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_setters!(
    DlpEvaluatePoliciesJobResponse { with_id id : ::std::string::String;
    with_creation_date_time creation_date_time : rt::edm::DateTimeOffset;
    with_end_date_time end_date_time : rt::edm::DateTimeOffset; with_error error : crate
    ::beta::ClassificationError; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; with_status status : ::std::string::String; with_tenant_id
    tenant_id : ::std::string::String; with_type type_ : ::std::string::String;
    with_result result : crate ::beta::DlpPoliciesJobResult; }
);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(DlpEvaluatePoliciesJobResponse);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.dlpEvaluatePoliciesRequest`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct DlpEvaluatePoliciesRequest {
    /// CSDL: property `evaluationInput`: `microsoft.graph.dlpEvaluationInput`, nullable.
    pub evaluation_input: rt::Field<crate::beta::AnyDlpEvaluationInput>,
    /// CSDL: property `notificationInfo`: `microsoft.graph.dlpNotification`, nullable.
    pub notification_info: rt::Field<crate::beta::AnyDlpNotification>,
    /// CSDL: property `target`: `Edm.String`, nullable.
    pub target: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for DlpEvaluatePoliciesRequest {
    #[inline]
    fn default() -> Self {
        Self {
            evaluation_input: rt::Field::Absent,
            notification_info: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for DlpEvaluatePoliciesRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.dlpEvaluatePoliciesRequest";
    const KEYS: &'static [&'static str] = &[
        "evaluationInput",
        "notificationInfo",
        "target",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"evaluationInput\":              ",
        ",\"notificationInfo\":             ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.dlpEvaluatePoliciesRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "evaluation_input", &self.evaluation_input);
        v.field(1usize, "notification_info", &self.notification_info);
        v.field(2usize, "target", &self.target);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for DlpEvaluatePoliciesRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.evaluation_input.read_from(r),
            1usize => self.notification_info.read_from(r),
            2usize => self.target.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.evaluation_input);
        w.field(1usize, &self.notification_info);
        w.field(2usize, &self.target);
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
#[cfg(msgraph_beta_any_area)]
rt::impl_object!(DlpEvaluatePoliciesRequest);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    DlpEvaluatePoliciesRequest { with_evaluation_input evaluation_input : crate
    ::beta::AnyDlpEvaluationInput; with_notification_info notification_info : crate
    ::beta::AnyDlpNotification; with_target target : ::std::string::String; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(DlpEvaluatePoliciesRequest);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.dlpEvaluationInput`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct DlpEvaluationInput {
    /// CSDL: property `accessScope`: `microsoft.graph.accessScope`, nullable.
    pub access_scope: rt::Field<crate::beta::AccessScope>,
    /// CSDL: property `currentLabel`: `microsoft.graph.currentLabel`, nullable.
    pub current_label: rt::Field<crate::beta::CurrentLabel>,
    /// CSDL: property `discoveredSensitiveTypes`: `Collection(microsoft.graph.discoveredSensitiveType)`, nullable.
    pub discovered_sensitive_types: rt::Field<
        ::std::vec::Vec<crate::beta::DiscoveredSensitiveType>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for DlpEvaluationInput {
    #[inline]
    fn default() -> Self {
        Self {
            access_scope: rt::Field::Absent,
            current_label: rt::Field::Absent,
            discovered_sensitive_types: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for DlpEvaluationInput {
    const TYPE_NAME: &'static str = "microsoft.graph.dlpEvaluationInput";
    const KEYS: &'static [&'static str] = &[
        "accessScope",
        "currentLabel",
        "discoveredSensitiveTypes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"accessScope\":                  ",
        ",\"currentLabel\":                 ",
        ",\"discoveredSensitiveTypes\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.dlpEvaluationInput\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "access_scope", &self.access_scope);
        v.field(1usize, "current_label", &self.current_label);
        v.field(2usize, "discovered_sensitive_types", &self.discovered_sensitive_types);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for DlpEvaluationInput {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.access_scope.read_from(r),
            1usize => self.current_label.read_from(r),
            2usize => self.discovered_sensitive_types.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.access_scope);
        w.field(1usize, &self.current_label);
        w.field(2usize, &self.discovered_sensitive_types);
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
#[cfg(msgraph_beta_any_area)]
rt::impl_object!(DlpEvaluationInput);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    DlpEvaluationInput { with_access_scope access_scope : crate ::beta::AccessScope;
    with_current_label current_label : crate ::beta::CurrentLabel;
    with_discovered_sensitive_types discovered_sensitive_types : ::std::vec::Vec < crate
    ::beta::DiscoveredSensitiveType >; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(DlpEvaluationInput);
#[cfg(msgraph_beta_any_area)]
/// `microsoft.graph.dlpEvaluationInput` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDlpEvaluationInput {
    DlpEvaluationInput(::std::boxed::Box<crate::beta::DlpEvaluationInput>),
    DlpEvaluationWindowsDevicesInput(
        ::std::boxed::Box<crate::beta::DlpEvaluationWindowsDevicesInput>,
    ),
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for AnyDlpEvaluationInput {
    #[inline]
    fn default() -> Self {
        Self::DlpEvaluationInput(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DlpEvaluationInput> for AnyDlpEvaluationInput {
    #[inline]
    fn from(v: crate::beta::DlpEvaluationInput) -> Self {
        Self::DlpEvaluationInput(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DlpEvaluationWindowsDevicesInput>
for AnyDlpEvaluationInput {
    #[inline]
    fn from(v: crate::beta::DlpEvaluationWindowsDevicesInput) -> Self {
        Self::DlpEvaluationWindowsDevicesInput(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
unsafe impl ::std::marker::Send for AnyDlpEvaluationInput {}
#[cfg(msgraph_beta_any_area)]
unsafe impl ::std::marker::Sync for AnyDlpEvaluationInput {}
#[cfg(msgraph_beta_any_area)]
impl ::std::marker::Unpin for AnyDlpEvaluationInput {}
#[cfg(msgraph_beta_any_area)]
impl ::std::panic::UnwindSafe for AnyDlpEvaluationInput {}
#[cfg(msgraph_beta_any_area)]
impl ::std::panic::RefUnwindSafe for AnyDlpEvaluationInput {}
#[cfg(msgraph_beta_any_area)]
const _: () = {
    rt::object::auto_traits::<crate::beta::DlpEvaluationInput>();
    rt::object::auto_traits::<crate::beta::DlpEvaluationWindowsDevicesInput>();
};
#[cfg(msgraph_beta_any_area)]
impl rt::Poly for AnyDlpEvaluationInput {
    const BASE_NAME: &'static str = "microsoft.graph.dlpEvaluationInput";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.dlpEvaluationWindowsDevicesInput",
            ) => Self::DlpEvaluationWindowsDevicesInput(rt::object::new_boxed()),
            _ => Self::DlpEvaluationInput(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DlpEvaluationInput(v) => &**v,
            Self::DlpEvaluationWindowsDevicesInput(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DlpEvaluationInput(v) => &mut **v,
            Self::DlpEvaluationWindowsDevicesInput(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl AnyDlpEvaluationInput {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        rt::Poly::members(self).view().0.type_name
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        rt::Poly::members(self).view().1
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        rt::Poly::members_mut(self).extra_mut_dyn()
    }
    /// `accessScope` of any variant.
    #[inline]
    pub fn access_scope(&self) -> &rt::Field<crate::beta::AccessScope> {
        match self {
            Self::DlpEvaluationInput(v) => &v.access_scope,
            Self::DlpEvaluationWindowsDevicesInput(v) => &v.access_scope,
        }
    }
    /// `accessScope` of any variant.
    #[inline]
    pub fn access_scope_mut(&mut self) -> &mut rt::Field<crate::beta::AccessScope> {
        match self {
            Self::DlpEvaluationInput(v) => &mut v.access_scope,
            Self::DlpEvaluationWindowsDevicesInput(v) => &mut v.access_scope,
        }
    }
    /// `currentLabel` of any variant.
    #[inline]
    pub fn current_label(&self) -> &rt::Field<crate::beta::CurrentLabel> {
        match self {
            Self::DlpEvaluationInput(v) => &v.current_label,
            Self::DlpEvaluationWindowsDevicesInput(v) => &v.current_label,
        }
    }
    /// `currentLabel` of any variant.
    #[inline]
    pub fn current_label_mut(&mut self) -> &mut rt::Field<crate::beta::CurrentLabel> {
        match self {
            Self::DlpEvaluationInput(v) => &mut v.current_label,
            Self::DlpEvaluationWindowsDevicesInput(v) => &mut v.current_label,
        }
    }
    /// `discoveredSensitiveTypes` of any variant.
    #[inline]
    pub fn discovered_sensitive_types(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DiscoveredSensitiveType>> {
        match self {
            Self::DlpEvaluationInput(v) => &v.discovered_sensitive_types,
            Self::DlpEvaluationWindowsDevicesInput(v) => &v.discovered_sensitive_types,
        }
    }
    /// `discoveredSensitiveTypes` of any variant.
    #[inline]
    pub fn discovered_sensitive_types_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DiscoveredSensitiveType>> {
        match self {
            Self::DlpEvaluationInput(v) => &mut v.discovered_sensitive_types,
            Self::DlpEvaluationWindowsDevicesInput(v) => {
                &mut v.discovered_sensitive_types
            }
        }
    }
}
#[cfg(msgraph_beta_any_area)]
rt::impl_poly!(AnyDlpEvaluationInput);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDlpEvaluationInput);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.dlpEvaluationWindowsDevicesInput`, complex type, derived from `microsoft.graph.dlpEvaluationInput`.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct DlpEvaluationWindowsDevicesInput {
    /// CSDL: property `accessScope`: `microsoft.graph.accessScope`, nullable.
    pub access_scope: rt::Field<crate::beta::AccessScope>,
    /// CSDL: property `currentLabel`: `microsoft.graph.currentLabel`, nullable.
    pub current_label: rt::Field<crate::beta::CurrentLabel>,
    /// CSDL: property `discoveredSensitiveTypes`: `Collection(microsoft.graph.discoveredSensitiveType)`, nullable.
    pub discovered_sensitive_types: rt::Field<
        ::std::vec::Vec<crate::beta::DiscoveredSensitiveType>,
    >,
    /// CSDL: property `contentProperties`: `microsoft.graph.contentProperties`, nullable.
    pub content_properties: rt::Field<crate::beta::ContentProperties>,
    /// CSDL: property `sharedBy`: `Edm.String`, nullable.
    pub shared_by: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for DlpEvaluationWindowsDevicesInput {
    #[inline]
    fn default() -> Self {
        Self {
            access_scope: rt::Field::Absent,
            current_label: rt::Field::Absent,
            discovered_sensitive_types: rt::Field::Absent,
            content_properties: rt::Field::Absent,
            shared_by: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for DlpEvaluationWindowsDevicesInput {
    const TYPE_NAME: &'static str = "microsoft.graph.dlpEvaluationWindowsDevicesInput";
    const KEYS: &'static [&'static str] = &[
        "accessScope",
        "currentLabel",
        "discoveredSensitiveTypes",
        "contentProperties",
        "sharedBy",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"accessScope\":                  ",
        ",\"currentLabel\":                 ",
        ",\"discoveredSensitiveTypes\":     ",
        ",\"contentProperties\":            ",
        ",\"sharedBy\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.dlpEvaluationWindowsDevicesInput\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "access_scope", &self.access_scope);
        v.field(1usize, "current_label", &self.current_label);
        v.field(2usize, "discovered_sensitive_types", &self.discovered_sensitive_types);
        v.field(3usize, "content_properties", &self.content_properties);
        v.field(4usize, "shared_by", &self.shared_by);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for DlpEvaluationWindowsDevicesInput {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.access_scope.read_from(r),
            1usize => self.current_label.read_from(r),
            2usize => self.discovered_sensitive_types.read_from(r),
            3usize => self.content_properties.read_from(r),
            4usize => self.shared_by.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.access_scope);
        w.field(1usize, &self.current_label);
        w.field(2usize, &self.discovered_sensitive_types);
        w.field(3usize, &self.content_properties);
        w.field(4usize, &self.shared_by);
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
#[cfg(msgraph_beta_any_area)]
rt::impl_object!(DlpEvaluationWindowsDevicesInput);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    DlpEvaluationWindowsDevicesInput { with_access_scope access_scope : crate
    ::beta::AccessScope; with_current_label current_label : crate ::beta::CurrentLabel;
    with_discovered_sensitive_types discovered_sensitive_types : ::std::vec::Vec < crate
    ::beta::DiscoveredSensitiveType >; with_content_properties content_properties : crate
    ::beta::ContentProperties; with_shared_by shared_by : ::std::string::String; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(DlpEvaluationWindowsDevicesInput);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.dlpNotification`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct DlpNotification {
    /// CSDL: property `author`: `Edm.String`, nullable.
    pub author: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for DlpNotification {
    #[inline]
    fn default() -> Self {
        Self {
            author: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for DlpNotification {
    const TYPE_NAME: &'static str = "microsoft.graph.dlpNotification";
    const KEYS: &'static [&'static str] = &["author"];
    const KEYS_JSON: &'static [&'static str] = &[",\"author\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.dlpNotification\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "author", &self.author);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for DlpNotification {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.author.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.author);
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
#[cfg(msgraph_beta_any_area)]
rt::impl_object!(DlpNotification);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(DlpNotification { with_author author : ::std::string::String; });
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(DlpNotification);
#[cfg(msgraph_beta_any_area)]
/// `microsoft.graph.dlpNotification` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDlpNotification {
    DlpNotification(::std::boxed::Box<crate::beta::DlpNotification>),
    DlpWindowsDevicesNotification(
        ::std::boxed::Box<crate::beta::DlpWindowsDevicesNotification>,
    ),
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for AnyDlpNotification {
    #[inline]
    fn default() -> Self {
        Self::DlpNotification(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DlpNotification> for AnyDlpNotification {
    #[inline]
    fn from(v: crate::beta::DlpNotification) -> Self {
        Self::DlpNotification(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DlpWindowsDevicesNotification>
for AnyDlpNotification {
    #[inline]
    fn from(v: crate::beta::DlpWindowsDevicesNotification) -> Self {
        Self::DlpWindowsDevicesNotification(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
unsafe impl ::std::marker::Send for AnyDlpNotification {}
#[cfg(msgraph_beta_any_area)]
unsafe impl ::std::marker::Sync for AnyDlpNotification {}
#[cfg(msgraph_beta_any_area)]
impl ::std::marker::Unpin for AnyDlpNotification {}
#[cfg(msgraph_beta_any_area)]
impl ::std::panic::UnwindSafe for AnyDlpNotification {}
#[cfg(msgraph_beta_any_area)]
impl ::std::panic::RefUnwindSafe for AnyDlpNotification {}
#[cfg(msgraph_beta_any_area)]
const _: () = {
    rt::object::auto_traits::<crate::beta::DlpNotification>();
    rt::object::auto_traits::<crate::beta::DlpWindowsDevicesNotification>();
};
#[cfg(msgraph_beta_any_area)]
impl rt::Poly for AnyDlpNotification {
    const BASE_NAME: &'static str = "microsoft.graph.dlpNotification";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.dlpWindowsDevicesNotification",
            ) => Self::DlpWindowsDevicesNotification(rt::object::new_boxed()),
            _ => Self::DlpNotification(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DlpNotification(v) => &**v,
            Self::DlpWindowsDevicesNotification(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DlpNotification(v) => &mut **v,
            Self::DlpWindowsDevicesNotification(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl AnyDlpNotification {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        rt::Poly::members(self).view().0.type_name
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        rt::Poly::members(self).view().1
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        rt::Poly::members_mut(self).extra_mut_dyn()
    }
    /// `author` of any variant.
    #[inline]
    pub fn author(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DlpNotification(v) => &v.author,
            Self::DlpWindowsDevicesNotification(v) => &v.author,
        }
    }
    /// `author` of any variant.
    #[inline]
    pub fn author_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DlpNotification(v) => &mut v.author,
            Self::DlpWindowsDevicesNotification(v) => &mut v.author,
        }
    }
}
#[cfg(msgraph_beta_any_area)]
rt::impl_poly!(AnyDlpNotification);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDlpNotification);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// CSDL: `microsoft.graph.dlpPoliciesJobResult`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DlpPoliciesJobResult {
    /// CSDL: property `matchingRules`: `Collection(microsoft.graph.matchingDlpRule)`, nullable.
    pub matching_rules: rt::Field<::std::vec::Vec<crate::beta::MatchingDlpRule>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::default::Default for DlpPoliciesJobResult {
    #[inline]
    fn default() -> Self {
        Self {
            matching_rules: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::Object for DlpPoliciesJobResult {
    const TYPE_NAME: &'static str = "microsoft.graph.dlpPoliciesJobResult";
    const KEYS: &'static [&'static str] = &["matchingRules"];
    const KEYS_JSON: &'static [&'static str] = &[",\"matchingRules\":                "];
    const TAG: &'static str = "\"#microsoft.graph.dlpPoliciesJobResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "matching_rules", &self.matching_rules);
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::object::Members for DlpPoliciesJobResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.matching_rules.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.matching_rules);
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
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_object!(DlpPoliciesJobResult);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_setters!(
    DlpPoliciesJobResult { with_matching_rules matching_rules : ::std::vec::Vec < crate
    ::beta::MatchingDlpRule >; }
);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(DlpPoliciesJobResult);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.dlpWindowsDevicesNotification`, complex type, derived from `microsoft.graph.dlpNotification`.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct DlpWindowsDevicesNotification {
    /// CSDL: property `author`: `Edm.String`, nullable.
    pub author: rt::Field<::std::string::String>,
    /// CSDL: property `contentName`: `Edm.String`, nullable.
    pub content_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModfiedBy`: `Edm.String`, nullable.
    pub last_modfied_by: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for DlpWindowsDevicesNotification {
    #[inline]
    fn default() -> Self {
        Self {
            author: rt::Field::Absent,
            content_name: rt::Field::Absent,
            last_modfied_by: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for DlpWindowsDevicesNotification {
    const TYPE_NAME: &'static str = "microsoft.graph.dlpWindowsDevicesNotification";
    const KEYS: &'static [&'static str] = &["author", "contentName", "lastModfiedBy"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"author\":                       ",
        ",\"contentName\":                  ",
        ",\"lastModfiedBy\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.dlpWindowsDevicesNotification\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "author", &self.author);
        v.field(1usize, "content_name", &self.content_name);
        v.field(2usize, "last_modfied_by", &self.last_modfied_by);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for DlpWindowsDevicesNotification {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.author.read_from(r),
            1usize => self.content_name.read_from(r),
            2usize => self.last_modfied_by.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.author);
        w.field(1usize, &self.content_name);
        w.field(2usize, &self.last_modfied_by);
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
#[cfg(msgraph_beta_any_area)]
rt::impl_object!(DlpWindowsDevicesNotification);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    DlpWindowsDevicesNotification { with_author author : ::std::string::String;
    with_content_name content_name : ::std::string::String; with_last_modfied_by
    last_modfied_by : ::std::string::String; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(DlpWindowsDevicesNotification);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.dmaGuardDeviceEnumerationPolicyType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DmaGuardDeviceEnumerationPolicyType {
    /// `deviceDefault` (value 0).
    DeviceDefault,
    /// `blockAll` (value 1).
    BlockAll,
    /// `allowAll` (value 2).
    AllowAll,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DmaGuardDeviceEnumerationPolicyType {
    const TYPE_NAME: &'static str = "microsoft.graph.dmaGuardDeviceEnumerationPolicyType";
    const MEMBERS: &'static [&'static str] = &["deviceDefault", "blockAll", "allowAll"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "deviceDefault" => Self::DeviceDefault,
                "blockAll" => Self::BlockAll,
                "allowAll" => Self::AllowAll,
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
            Self::DeviceDefault => "deviceDefault",
            Self::BlockAll => "blockAll",
            Self::AllowAll => "allowAll",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DmaGuardDeviceEnumerationPolicyType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DmaGuardDeviceEnumerationPolicyType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.domainNameSource`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DomainNameSource {
    /// `fullDomainName` (value 0).
    FullDomainName,
    /// `netBiosDomainName` (value 1).
    NetBiosDomainName,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DomainNameSource {
    const TYPE_NAME: &'static str = "microsoft.graph.domainNameSource";
    const MEMBERS: &'static [&'static str] = &["fullDomainName", "netBiosDomainName"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "fullDomainName" => Self::FullDomainName,
                "netBiosDomainName" => Self::NetBiosDomainName,
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
            Self::FullDomainName => "fullDomainName",
            Self::NetBiosDomainName => "netBiosDomainName",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DomainNameSource);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DomainNameSource);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.domainRegistrant`, complex type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct DomainRegistrant {
    /// CSDL: property `countryOrRegionCode`: `Edm.String`, nullable.
    pub country_or_region_code: rt::Field<::std::string::String>,
    /// CSDL: property `organization`: `Edm.String`, nullable.
    pub organization: rt::Field<::std::string::String>,
    /// CSDL: property `url`: `Edm.String`, nullable.
    pub url: rt::Field<::std::string::String>,
    /// CSDL: property `vendor`: `Edm.String`, nullable.
    pub vendor: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default for DomainRegistrant {
    #[inline]
    fn default() -> Self {
        Self {
            country_or_region_code: rt::Field::Absent,
            organization: rt::Field::Absent,
            url: rt::Field::Absent,
            vendor: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for DomainRegistrant {
    const TYPE_NAME: &'static str = "microsoft.graph.domainRegistrant";
    const KEYS: &'static [&'static str] = &[
        "countryOrRegionCode",
        "organization",
        "url",
        "vendor",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"countryOrRegionCode\":          ",
        ",\"organization\":                 ",
        ",\"url\":                          ",
        ",\"vendor\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.domainRegistrant\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "country_or_region_code", &self.country_or_region_code);
        v.field(1usize, "organization", &self.organization);
        v.field(2usize, "url", &self.url);
        v.field(3usize, "vendor", &self.vendor);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for DomainRegistrant {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.country_or_region_code.read_from(r),
            1usize => self.organization.read_from(r),
            2usize => self.url.read_from(r),
            3usize => self.vendor.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.country_or_region_code);
        w.field(1usize, &self.organization);
        w.field(2usize, &self.url);
        w.field(3usize, &self.vendor);
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
#[cfg(msgraph_beta_search_or_security)]
rt::impl_object!(DomainRegistrant);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    DomainRegistrant { with_country_or_region_code country_or_region_code :
    ::std::string::String; with_organization organization : ::std::string::String;
    with_url url : ::std::string::String; with_vendor vendor : ::std::string::String; }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(DomainRegistrant);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.domainSecurityProfile`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: [`DomainSecurityProfilePath`](requests/trait.DomainSecurityProfilePath.html), what a path to one (`EntityPath<DomainSecurityProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct DomainSecurityProfile {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `activityGroupNames`: `Collection(Edm.String)`, nullable.
    pub activity_group_names: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `azureSubscriptionId`: `Edm.String`, nullable.
    pub azure_subscription_id: rt::Field<::std::string::String>,
    /// CSDL: property `azureTenantId`: `Edm.String`, not nullable.
    pub azure_tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `countHits`: `Edm.Int32`, nullable.
    pub count_hits: rt::Field<i32>,
    /// CSDL: property `countInOrg`: `Edm.Int32`, nullable.
    pub count_in_org: rt::Field<i32>,
    /// CSDL: property `domainCategories`: `Collection(microsoft.graph.reputationCategory)`, nullable.
    pub domain_categories: rt::Field<::std::vec::Vec<crate::beta::ReputationCategory>>,
    /// CSDL: property `domainRegisteredDateTime`: `Edm.DateTimeOffset`, nullable.
    pub domain_registered_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `firstSeenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub first_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastSeenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `registrant`: `microsoft.graph.domainRegistrant`, nullable.
    pub registrant: rt::Field<crate::beta::DomainRegistrant>,
    /// CSDL: property `riskScore`: `Edm.String`, nullable.
    pub risk_score: rt::Field<::std::string::String>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `vendorInformation`: `microsoft.graph.securityVendorInformation`, nullable.
    pub vendor_information: rt::Field<crate::beta::SecurityVendorInformation>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default for DomainSecurityProfile {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            activity_group_names: rt::Field::Absent,
            azure_subscription_id: rt::Field::Absent,
            azure_tenant_id: rt::Field::Absent,
            count_hits: rt::Field::Absent,
            count_in_org: rt::Field::Absent,
            domain_categories: rt::Field::Absent,
            domain_registered_date_time: rt::Field::Absent,
            first_seen_date_time: rt::Field::Absent,
            last_seen_date_time: rt::Field::Absent,
            name: rt::Field::Absent,
            registrant: rt::Field::Absent,
            risk_score: rt::Field::Absent,
            tags: rt::Field::Absent,
            vendor_information: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for DomainSecurityProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.domainSecurityProfile";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activityGroupNames",
        "azureSubscriptionId",
        "azureTenantId",
        "countHits",
        "countInOrg",
        "domainCategories",
        "domainRegisteredDateTime",
        "firstSeenDateTime",
        "lastSeenDateTime",
        "name",
        "registrant",
        "riskScore",
        "tags",
        "vendorInformation",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"activityGroupNames\":           ",
        ",\"azureSubscriptionId\":          ",
        ",\"azureTenantId\":                ",
        ",\"countHits\":                    ",
        ",\"countInOrg\":                   ",
        ",\"domainCategories\":             ",
        ",\"domainRegisteredDateTime\":     ",
        ",\"firstSeenDateTime\":            ",
        ",\"lastSeenDateTime\":             ",
        ",\"name\":                         ",
        ",\"registrant\":                   ",
        ",\"riskScore\":                    ",
        ",\"tags\":                         ",
        ",\"vendorInformation\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.domainSecurityProfile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "activity_group_names", &self.activity_group_names);
        v.field(2usize, "azure_subscription_id", &self.azure_subscription_id);
        v.field(3usize, "azure_tenant_id", &self.azure_tenant_id);
        v.field(4usize, "count_hits", &self.count_hits);
        v.field(5usize, "count_in_org", &self.count_in_org);
        v.field(6usize, "domain_categories", &self.domain_categories);
        v.field(
            7usize,
            "domain_registered_date_time",
            &self.domain_registered_date_time,
        );
        v.field(8usize, "first_seen_date_time", &self.first_seen_date_time);
        v.field(9usize, "last_seen_date_time", &self.last_seen_date_time);
        v.field(10usize, "name", &self.name);
        v.field(11usize, "registrant", &self.registrant);
        v.field(12usize, "risk_score", &self.risk_score);
        v.field(13usize, "tags", &self.tags);
        v.field(14usize, "vendor_information", &self.vendor_information);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for DomainSecurityProfile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.activity_group_names.read_from(r),
            2usize => self.azure_subscription_id.read_from(r),
            3usize => self.azure_tenant_id.read_from(r),
            4usize => self.count_hits.read_from(r),
            5usize => self.count_in_org.read_from(r),
            6usize => self.domain_categories.read_from(r),
            7usize => self.domain_registered_date_time.read_from(r),
            8usize => self.first_seen_date_time.read_from(r),
            9usize => self.last_seen_date_time.read_from(r),
            10usize => self.name.read_from(r),
            11usize => self.registrant.read_from(r),
            12usize => self.risk_score.read_from(r),
            13usize => self.tags.read_from(r),
            14usize => self.vendor_information.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.activity_group_names);
        w.field(2usize, &self.azure_subscription_id);
        w.field(3usize, &self.azure_tenant_id);
        w.field(4usize, &self.count_hits);
        w.field(5usize, &self.count_in_org);
        w.field(6usize, &self.domain_categories);
        w.field(7usize, &self.domain_registered_date_time);
        w.field(8usize, &self.first_seen_date_time);
        w.field(9usize, &self.last_seen_date_time);
        w.field(10usize, &self.name);
        w.field(11usize, &self.registrant);
        w.field(12usize, &self.risk_score);
        w.field(13usize, &self.tags);
        w.field(14usize, &self.vendor_information);
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
#[cfg(msgraph_beta_search_or_security)]
rt::impl_object!(DomainSecurityProfile);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    DomainSecurityProfile { with_id id : ::std::string::String; with_activity_group_names
    activity_group_names : ::std::vec::Vec < ::std::string::String >;
    with_azure_subscription_id azure_subscription_id : ::std::string::String;
    with_azure_tenant_id azure_tenant_id : ::std::string::String; with_count_hits
    count_hits : i32; with_count_in_org count_in_org : i32; with_domain_categories
    domain_categories : ::std::vec::Vec < crate ::beta::ReputationCategory >;
    with_domain_registered_date_time domain_registered_date_time :
    rt::edm::DateTimeOffset; with_first_seen_date_time first_seen_date_time :
    rt::edm::DateTimeOffset; with_last_seen_date_time last_seen_date_time :
    rt::edm::DateTimeOffset; with_name name : ::std::string::String; with_registrant
    registrant : crate ::beta::DomainRegistrant; with_risk_score risk_score :
    ::std::string::String; with_tags tags : ::std::vec::Vec < ::std::string::String >;
    with_vendor_information vendor_information : crate ::beta::SecurityVendorInformation;
    }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(DomainSecurityProfile);
