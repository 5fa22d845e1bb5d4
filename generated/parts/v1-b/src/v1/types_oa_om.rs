//! Types of `microsoft.graph` by the first letters of their names (`oa_om`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.oAuthAppScope`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum OAuthAppScope {
    /// `unknown` (value 0).
    Unknown,
    /// `readCalendar` (value 1).
    ReadCalendar,
    /// `readContact` (value 2).
    ReadContact,
    /// `readMail` (value 3).
    ReadMail,
    /// `readAllChat` (value 4).
    ReadAllChat,
    /// `readAllFile` (value 5).
    ReadAllFile,
    /// `readAndWriteMail` (value 6).
    ReadAndWriteMail,
    /// `sendMail` (value 7).
    SendMail,
    /// `unknownFutureValue` (value 8).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for OAuthAppScope {
    const TYPE_NAME: &'static str = "microsoft.graph.oAuthAppScope";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "readCalendar",
        "readContact",
        "readMail",
        "readAllChat",
        "readAllFile",
        "readAndWriteMail",
        "sendMail",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "readCalendar" => Self::ReadCalendar,
                "readContact" => Self::ReadContact,
                "readMail" => Self::ReadMail,
                "readAllChat" => Self::ReadAllChat,
                "readAllFile" => Self::ReadAllFile,
                "readAndWriteMail" => Self::ReadAndWriteMail,
                "sendMail" => Self::SendMail,
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
            Self::ReadCalendar => "readCalendar",
            Self::ReadContact => "readContact",
            Self::ReadMail => "readMail",
            Self::ReadAllChat => "readAllChat",
            Self::ReadAllFile => "readAllFile",
            Self::ReadAndWriteMail => "readAndWriteMail",
            Self::SendMail => "sendMail",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(OAuthAppScope);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(OAuthAppScope);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.oAuthConsentAppDetail`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct OAuthConsentAppDetail {
    /// CSDL: property `appScope`: `microsoft.graph.oAuthAppScope`, nullable.
    pub app_scope: rt::Field<crate::v1::OAuthAppScope>,
    /// CSDL: property `displayLogo`: `Edm.String`, nullable.
    pub display_logo: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for OAuthConsentAppDetail {
    #[inline]
    fn default() -> Self {
        Self {
            app_scope: rt::Field::Absent,
            display_logo: rt::Field::Absent,
            display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for OAuthConsentAppDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.oAuthConsentAppDetail";
    const KEYS: &'static [&'static str] = &["appScope", "displayLogo", "displayName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"appScope\":                     ",
        ",\"displayLogo\":                  ",
        ",\"displayName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.oAuthConsentAppDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "app_scope", &self.app_scope);
        v.field(1usize, "display_logo", &self.display_logo);
        v.field(2usize, "display_name", &self.display_name);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for OAuthConsentAppDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.app_scope.read_from(r),
            1usize => self.display_logo.read_from(r),
            2usize => self.display_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.app_scope);
        w.field(1usize, &self.display_logo);
        w.field(2usize, &self.display_name);
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
rt::impl_object!(OAuthConsentAppDetail);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    OAuthConsentAppDetail { with_app_scope app_scope : crate ::v1::OAuthAppScope;
    with_display_logo display_logo : ::std::string::String; with_display_name
    display_name : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(OAuthConsentAppDetail);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.objectDefinition`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ObjectDefinition {
    /// CSDL: property `attributes`: `Collection(microsoft.graph.attributeDefinition)`, nullable.
    pub attributes: rt::Field<::std::vec::Vec<crate::v1::AttributeDefinition>>,
    /// CSDL: property `metadata`: `Collection(microsoft.graph.objectDefinitionMetadataEntry)`, nullable.
    pub metadata: rt::Field<::std::vec::Vec<crate::v1::ObjectDefinitionMetadataEntry>>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `supportedApis`: `Collection(Edm.String)`, nullable.
    pub supported_apis: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ObjectDefinition {
    #[inline]
    fn default() -> Self {
        Self {
            attributes: rt::Field::Absent,
            metadata: rt::Field::Absent,
            name: rt::Field::Absent,
            supported_apis: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ObjectDefinition {
    const TYPE_NAME: &'static str = "microsoft.graph.objectDefinition";
    const KEYS: &'static [&'static str] = &[
        "attributes",
        "metadata",
        "name",
        "supportedApis",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"attributes\":                   ",
        ",\"metadata\":                     ",
        ",\"name\":                         ",
        ",\"supportedApis\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.objectDefinition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "attributes", &self.attributes);
        v.field(1usize, "metadata", &self.metadata);
        v.field(2usize, "name", &self.name);
        v.field(3usize, "supported_apis", &self.supported_apis);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ObjectDefinition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.attributes.read_from(r),
            1usize => self.metadata.read_from(r),
            2usize => self.name.read_from(r),
            3usize => self.supported_apis.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.attributes);
        w.field(1usize, &self.metadata);
        w.field(2usize, &self.name);
        w.field(3usize, &self.supported_apis);
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
rt::impl_object!(ObjectDefinition);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ObjectDefinition { with_attributes attributes : ::std::vec::Vec < crate
    ::v1::AttributeDefinition >; with_metadata metadata : ::std::vec::Vec < crate
    ::v1::ObjectDefinitionMetadataEntry >; with_name name : ::std::string::String;
    with_supported_apis supported_apis : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ObjectDefinition);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.objectDefinitionMetadata`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ObjectDefinitionMetadata {
    /// `PropertyNameAccountEnabled` (value 0).
    PropertyNameAccountEnabled,
    /// `PropertyNameSoftDeleted` (value 1).
    PropertyNameSoftDeleted,
    /// `IsSoftDeletionSupported` (value 2).
    IsSoftDeletionSupported,
    /// `IsSynchronizeAllSupported` (value 3).
    IsSynchronizeAllSupported,
    /// `ConnectorDataStorageRequired` (value 4).
    ConnectorDataStorageRequired,
    /// `Extensions` (value 5).
    Extensions,
    /// `BaseObjectName` (value 6).
    BaseObjectName,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for ObjectDefinitionMetadata {
    const TYPE_NAME: &'static str = "microsoft.graph.objectDefinitionMetadata";
    const MEMBERS: &'static [&'static str] = &[
        "PropertyNameAccountEnabled",
        "PropertyNameSoftDeleted",
        "IsSoftDeletionSupported",
        "IsSynchronizeAllSupported",
        "ConnectorDataStorageRequired",
        "Extensions",
        "BaseObjectName",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "PropertyNameAccountEnabled" => Self::PropertyNameAccountEnabled,
                "PropertyNameSoftDeleted" => Self::PropertyNameSoftDeleted,
                "IsSoftDeletionSupported" => Self::IsSoftDeletionSupported,
                "IsSynchronizeAllSupported" => Self::IsSynchronizeAllSupported,
                "ConnectorDataStorageRequired" => Self::ConnectorDataStorageRequired,
                "Extensions" => Self::Extensions,
                "BaseObjectName" => Self::BaseObjectName,
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
            Self::PropertyNameAccountEnabled => "PropertyNameAccountEnabled",
            Self::PropertyNameSoftDeleted => "PropertyNameSoftDeleted",
            Self::IsSoftDeletionSupported => "IsSoftDeletionSupported",
            Self::IsSynchronizeAllSupported => "IsSynchronizeAllSupported",
            Self::ConnectorDataStorageRequired => "ConnectorDataStorageRequired",
            Self::Extensions => "Extensions",
            Self::BaseObjectName => "BaseObjectName",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(ObjectDefinitionMetadata);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ObjectDefinitionMetadata);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.objectDefinitionMetadataEntry`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ObjectDefinitionMetadataEntry {
    /// CSDL: property `key`: `microsoft.graph.objectDefinitionMetadata`, nullable.
    pub key: rt::Field<crate::v1::ObjectDefinitionMetadata>,
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ObjectDefinitionMetadataEntry {
    #[inline]
    fn default() -> Self {
        Self {
            key: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ObjectDefinitionMetadataEntry {
    const TYPE_NAME: &'static str = "microsoft.graph.objectDefinitionMetadataEntry";
    const KEYS: &'static [&'static str] = &["key", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"key\":                          ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.objectDefinitionMetadataEntry\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "key", &self.key);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ObjectDefinitionMetadataEntry {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.key.read_from(r),
            1usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.key);
        w.field(1usize, &self.value);
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
rt::impl_object!(ObjectDefinitionMetadataEntry);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ObjectDefinitionMetadataEntry { with_key key : crate ::v1::ObjectDefinitionMetadata;
    with_value value : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ObjectDefinitionMetadataEntry);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.objectFlowTypes`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ObjectFlowTypes {
    /// `None` (value 0).
    None,
    /// `Add` (value 1).
    Add,
    /// `Update` (value 2).
    Update,
    /// `Delete` (value 4).
    Delete,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for ObjectFlowTypes {
    const TYPE_NAME: &'static str = "microsoft.graph.objectFlowTypes";
    const MEMBERS: &'static [&'static str] = &["None", "Add", "Update", "Delete"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "None" => Self::None,
                "Add" => Self::Add,
                "Update" => Self::Update,
                "Delete" => Self::Delete,
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
            Self::Add => "Add",
            Self::Update => "Update",
            Self::Delete => "Delete",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(ObjectFlowTypes);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ObjectFlowTypes);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.objectMapping`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ObjectMapping {
    /// CSDL: property `attributeMappings`: `Collection(microsoft.graph.attributeMapping)`, nullable.
    pub attribute_mappings: rt::Field<::std::vec::Vec<crate::v1::AttributeMapping>>,
    /// CSDL: property `enabled`: `Edm.Boolean`, not nullable.
    pub enabled: rt::Field<bool>,
    /// CSDL: property `flowTypes`: `microsoft.graph.objectFlowTypes`, not nullable.
    pub flow_types: rt::Field<rt::Flags<crate::v1::ObjectFlowTypes>>,
    /// CSDL: property `metadata`: `Collection(microsoft.graph.objectMappingMetadataEntry)`, nullable.
    pub metadata: rt::Field<::std::vec::Vec<crate::v1::ObjectMappingMetadataEntry>>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `scope`: `microsoft.graph.filter`, nullable.
    pub scope: rt::Field<crate::v1::Filter>,
    /// CSDL: property `sourceObjectName`: `Edm.String`, nullable.
    pub source_object_name: rt::Field<::std::string::String>,
    /// CSDL: property `targetObjectName`: `Edm.String`, nullable.
    pub target_object_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ObjectMapping {
    #[inline]
    fn default() -> Self {
        Self {
            attribute_mappings: rt::Field::Absent,
            enabled: rt::Field::Absent,
            flow_types: rt::Field::Absent,
            metadata: rt::Field::Absent,
            name: rt::Field::Absent,
            scope: rt::Field::Absent,
            source_object_name: rt::Field::Absent,
            target_object_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ObjectMapping {
    const TYPE_NAME: &'static str = "microsoft.graph.objectMapping";
    const KEYS: &'static [&'static str] = &[
        "attributeMappings",
        "enabled",
        "flowTypes",
        "metadata",
        "name",
        "scope",
        "sourceObjectName",
        "targetObjectName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"attributeMappings\":            ",
        ",\"enabled\":                      ",
        ",\"flowTypes\":                    ",
        ",\"metadata\":                     ",
        ",\"name\":                         ",
        ",\"scope\":                        ",
        ",\"sourceObjectName\":             ",
        ",\"targetObjectName\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.objectMapping\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "attribute_mappings", &self.attribute_mappings);
        v.field(1usize, "enabled", &self.enabled);
        v.field(2usize, "flow_types", &self.flow_types);
        v.field(3usize, "metadata", &self.metadata);
        v.field(4usize, "name", &self.name);
        v.field(5usize, "scope", &self.scope);
        v.field(6usize, "source_object_name", &self.source_object_name);
        v.field(7usize, "target_object_name", &self.target_object_name);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ObjectMapping {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.attribute_mappings.read_from(r),
            1usize => self.enabled.read_from(r),
            2usize => self.flow_types.read_from(r),
            3usize => self.metadata.read_from(r),
            4usize => self.name.read_from(r),
            5usize => self.scope.read_from(r),
            6usize => self.source_object_name.read_from(r),
            7usize => self.target_object_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.attribute_mappings);
        w.field(1usize, &self.enabled);
        w.field(2usize, &self.flow_types);
        w.field(3usize, &self.metadata);
        w.field(4usize, &self.name);
        w.field(5usize, &self.scope);
        w.field(6usize, &self.source_object_name);
        w.field(7usize, &self.target_object_name);
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
rt::impl_object!(ObjectMapping);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ObjectMapping { with_attribute_mappings attribute_mappings : ::std::vec::Vec < crate
    ::v1::AttributeMapping >; with_enabled enabled : bool; with_flow_types flow_types :
    rt::Flags < crate ::v1::ObjectFlowTypes >; with_metadata metadata : ::std::vec::Vec <
    crate ::v1::ObjectMappingMetadataEntry >; with_name name : ::std::string::String;
    with_scope scope : crate ::v1::Filter; with_source_object_name source_object_name :
    ::std::string::String; with_target_object_name target_object_name :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ObjectMapping);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.objectMappingMetadata`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ObjectMappingMetadata {
    /// `EscrowBehavior` (value 0).
    EscrowBehavior,
    /// `DisableMonitoringForChanges` (value 1).
    DisableMonitoringForChanges,
    /// `OriginalJoiningProperty` (value 2).
    OriginalJoiningProperty,
    /// `Disposition` (value 3).
    Disposition,
    /// `IsCustomerDefined` (value 4).
    IsCustomerDefined,
    /// `ExcludeFromReporting` (value 5).
    ExcludeFromReporting,
    /// `Unsynchronized` (value 6).
    Unsynchronized,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for ObjectMappingMetadata {
    const TYPE_NAME: &'static str = "microsoft.graph.objectMappingMetadata";
    const MEMBERS: &'static [&'static str] = &[
        "EscrowBehavior",
        "DisableMonitoringForChanges",
        "OriginalJoiningProperty",
        "Disposition",
        "IsCustomerDefined",
        "ExcludeFromReporting",
        "Unsynchronized",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "EscrowBehavior" => Self::EscrowBehavior,
                "DisableMonitoringForChanges" => Self::DisableMonitoringForChanges,
                "OriginalJoiningProperty" => Self::OriginalJoiningProperty,
                "Disposition" => Self::Disposition,
                "IsCustomerDefined" => Self::IsCustomerDefined,
                "ExcludeFromReporting" => Self::ExcludeFromReporting,
                "Unsynchronized" => Self::Unsynchronized,
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
            Self::EscrowBehavior => "EscrowBehavior",
            Self::DisableMonitoringForChanges => "DisableMonitoringForChanges",
            Self::OriginalJoiningProperty => "OriginalJoiningProperty",
            Self::Disposition => "Disposition",
            Self::IsCustomerDefined => "IsCustomerDefined",
            Self::ExcludeFromReporting => "ExcludeFromReporting",
            Self::Unsynchronized => "Unsynchronized",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(ObjectMappingMetadata);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ObjectMappingMetadata);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.objectMappingMetadataEntry`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ObjectMappingMetadataEntry {
    /// CSDL: property `key`: `microsoft.graph.objectMappingMetadata`, nullable.
    pub key: rt::Field<crate::v1::ObjectMappingMetadata>,
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ObjectMappingMetadataEntry {
    #[inline]
    fn default() -> Self {
        Self {
            key: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ObjectMappingMetadataEntry {
    const TYPE_NAME: &'static str = "microsoft.graph.objectMappingMetadataEntry";
    const KEYS: &'static [&'static str] = &["key", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"key\":                          ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.objectMappingMetadataEntry\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "key", &self.key);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ObjectMappingMetadataEntry {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.key.read_from(r),
            1usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.key);
        w.field(1usize, &self.value);
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
rt::impl_object!(ObjectMappingMetadataEntry);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ObjectMappingMetadataEntry { with_key key : crate ::v1::ObjectMappingMetadata;
    with_value value : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ObjectMappingMetadataEntry);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.offerShiftRequest`, entity type, derived from `microsoft.graph.scheduleChangeRequest`, key `id`.
///
/// Request builders: [`ScheduleChangeRequestPath`](requests/trait.ScheduleChangeRequestPath.html), what a path to one (`EntityPath<AnyOfferShiftRequest, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OfferShiftRequest {
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
    /// CSDL: property `assignedTo`: `microsoft.graph.scheduleChangeRequestActor`, nullable.
    pub assigned_to: rt::Field<crate::v1::ScheduleChangeRequestActor>,
    /// CSDL: property `managerActionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub manager_action_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `managerActionMessage`: `Edm.String`, nullable.
    pub manager_action_message: rt::Field<::std::string::String>,
    /// CSDL: property `managerUserId`: `Edm.String`, nullable.
    pub manager_user_id: rt::Field<::std::string::String>,
    /// CSDL: property `senderDateTime`: `Edm.DateTimeOffset`, nullable.
    pub sender_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `senderMessage`: `Edm.String`, nullable.
    pub sender_message: rt::Field<::std::string::String>,
    /// CSDL: property `senderUserId`: `Edm.String`, nullable.
    pub sender_user_id: rt::Field<::std::string::String>,
    /// CSDL: property `state`: `microsoft.graph.scheduleChangeState`, nullable.
    pub state: rt::Field<crate::v1::ScheduleChangeState>,
    /// CSDL: property `recipientActionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub recipient_action_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `recipientActionMessage`: `Edm.String`, nullable.
    pub recipient_action_message: rt::Field<::std::string::String>,
    /// CSDL: property `recipientUserId`: `Edm.String`, nullable.
    pub recipient_user_id: rt::Field<::std::string::String>,
    /// CSDL: property `senderShiftId`: `Edm.String`, nullable.
    pub sender_shift_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for OfferShiftRequest {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            assigned_to: rt::Field::Absent,
            manager_action_date_time: rt::Field::Absent,
            manager_action_message: rt::Field::Absent,
            manager_user_id: rt::Field::Absent,
            sender_date_time: rt::Field::Absent,
            sender_message: rt::Field::Absent,
            sender_user_id: rt::Field::Absent,
            state: rt::Field::Absent,
            recipient_action_date_time: rt::Field::Absent,
            recipient_action_message: rt::Field::Absent,
            recipient_user_id: rt::Field::Absent,
            sender_shift_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for OfferShiftRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.offerShiftRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "assignedTo",
        "managerActionDateTime",
        "managerActionMessage",
        "managerUserId",
        "senderDateTime",
        "senderMessage",
        "senderUserId",
        "state",
        "recipientActionDateTime",
        "recipientActionMessage",
        "recipientUserId",
        "senderShiftId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"assignedTo\":                   ",
        ",\"managerActionDateTime\":        ",
        ",\"managerActionMessage\":         ",
        ",\"managerUserId\":                ",
        ",\"senderDateTime\":               ",
        ",\"senderMessage\":                ",
        ",\"senderUserId\":                 ",
        ",\"state\":                        ",
        ",\"recipientActionDateTime\":      ",
        ",\"recipientActionMessage\":       ",
        ",\"recipientUserId\":              ",
        ",\"senderShiftId\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.offerShiftRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "assigned_to", &self.assigned_to);
        v.field(6usize, "manager_action_date_time", &self.manager_action_date_time);
        v.field(7usize, "manager_action_message", &self.manager_action_message);
        v.field(8usize, "manager_user_id", &self.manager_user_id);
        v.field(9usize, "sender_date_time", &self.sender_date_time);
        v.field(10usize, "sender_message", &self.sender_message);
        v.field(11usize, "sender_user_id", &self.sender_user_id);
        v.field(12usize, "state", &self.state);
        v.field(13usize, "recipient_action_date_time", &self.recipient_action_date_time);
        v.field(14usize, "recipient_action_message", &self.recipient_action_message);
        v.field(15usize, "recipient_user_id", &self.recipient_user_id);
        v.field(16usize, "sender_shift_id", &self.sender_shift_id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for OfferShiftRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.assigned_to.read_from(r),
            6usize => self.manager_action_date_time.read_from(r),
            7usize => self.manager_action_message.read_from(r),
            8usize => self.manager_user_id.read_from(r),
            9usize => self.sender_date_time.read_from(r),
            10usize => self.sender_message.read_from(r),
            11usize => self.sender_user_id.read_from(r),
            12usize => self.state.read_from(r),
            13usize => self.recipient_action_date_time.read_from(r),
            14usize => self.recipient_action_message.read_from(r),
            15usize => self.recipient_user_id.read_from(r),
            16usize => self.sender_shift_id.read_from(r),
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
        w.field(5usize, &self.assigned_to);
        w.field(6usize, &self.manager_action_date_time);
        w.field(7usize, &self.manager_action_message);
        w.field(8usize, &self.manager_user_id);
        w.field(9usize, &self.sender_date_time);
        w.field(10usize, &self.sender_message);
        w.field(11usize, &self.sender_user_id);
        w.field(12usize, &self.state);
        w.field(13usize, &self.recipient_action_date_time);
        w.field(14usize, &self.recipient_action_message);
        w.field(15usize, &self.recipient_user_id);
        w.field(16usize, &self.sender_shift_id);
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
rt::impl_object!(OfferShiftRequest);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    OfferShiftRequest { with_id id : ::std::string::String; with_created_by created_by :
    crate ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_by last_modified_by : crate
    ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_assigned_to assigned_to : crate
    ::v1::ScheduleChangeRequestActor; with_manager_action_date_time
    manager_action_date_time : rt::edm::DateTimeOffset; with_manager_action_message
    manager_action_message : ::std::string::String; with_manager_user_id manager_user_id
    : ::std::string::String; with_sender_date_time sender_date_time :
    rt::edm::DateTimeOffset; with_sender_message sender_message : ::std::string::String;
    with_sender_user_id sender_user_id : ::std::string::String; with_state state : crate
    ::v1::ScheduleChangeState; with_recipient_action_date_time recipient_action_date_time
    : rt::edm::DateTimeOffset; with_recipient_action_message recipient_action_message :
    ::std::string::String; with_recipient_user_id recipient_user_id :
    ::std::string::String; with_sender_shift_id sender_shift_id : ::std::string::String;
    }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OfferShiftRequest);
#[cfg(msgraph_v1_core)]
/// `microsoft.graph.offerShiftRequest` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyOfferShiftRequest {
    OfferShiftRequest(::std::boxed::Box<crate::v1::OfferShiftRequest>),
    SwapShiftsChangeRequest(::std::boxed::Box<crate::v1::SwapShiftsChangeRequest>),
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AnyOfferShiftRequest {
    #[inline]
    fn default() -> Self {
        Self::OfferShiftRequest(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OfferShiftRequest> for AnyOfferShiftRequest {
    #[inline]
    fn from(v: crate::v1::OfferShiftRequest) -> Self {
        Self::OfferShiftRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SwapShiftsChangeRequest> for AnyOfferShiftRequest {
    #[inline]
    fn from(v: crate::v1::SwapShiftsChangeRequest) -> Self {
        Self::SwapShiftsChangeRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Send for AnyOfferShiftRequest {}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Sync for AnyOfferShiftRequest {}
#[cfg(msgraph_v1_core)]
impl ::std::marker::Unpin for AnyOfferShiftRequest {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::UnwindSafe for AnyOfferShiftRequest {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::RefUnwindSafe for AnyOfferShiftRequest {}
#[cfg(msgraph_v1_core)]
const _: () = {
    rt::object::auto_traits::<crate::v1::OfferShiftRequest>();
    rt::object::auto_traits::<crate::v1::SwapShiftsChangeRequest>();
};
#[cfg(msgraph_v1_core)]
impl rt::Poly for AnyOfferShiftRequest {
    const BASE_NAME: &'static str = "microsoft.graph.offerShiftRequest";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.swapShiftsChangeRequest") => {
                Self::SwapShiftsChangeRequest(rt::object::new_boxed())
            }
            _ => Self::OfferShiftRequest(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::OfferShiftRequest(v) => &**v,
            Self::SwapShiftsChangeRequest(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::OfferShiftRequest(v) => &mut **v,
            Self::SwapShiftsChangeRequest(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core)]
impl AnyOfferShiftRequest {
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
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OfferShiftRequest(v) => &v.id,
            Self::SwapShiftsChangeRequest(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OfferShiftRequest(v) => &mut v.id,
            Self::SwapShiftsChangeRequest(v) => &mut v.id,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by(&self) -> &rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::OfferShiftRequest(v) => &v.created_by,
            Self::SwapShiftsChangeRequest(v) => &v.created_by,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by_mut(&mut self) -> &mut rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::OfferShiftRequest(v) => &mut v.created_by,
            Self::SwapShiftsChangeRequest(v) => &mut v.created_by,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OfferShiftRequest(v) => &v.created_date_time,
            Self::SwapShiftsChangeRequest(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OfferShiftRequest(v) => &mut v.created_date_time,
            Self::SwapShiftsChangeRequest(v) => &mut v.created_date_time,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by(&self) -> &rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::OfferShiftRequest(v) => &v.last_modified_by,
            Self::SwapShiftsChangeRequest(v) => &v.last_modified_by,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by_mut(&mut self) -> &mut rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::OfferShiftRequest(v) => &mut v.last_modified_by,
            Self::SwapShiftsChangeRequest(v) => &mut v.last_modified_by,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OfferShiftRequest(v) => &v.last_modified_date_time,
            Self::SwapShiftsChangeRequest(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OfferShiftRequest(v) => &mut v.last_modified_date_time,
            Self::SwapShiftsChangeRequest(v) => &mut v.last_modified_date_time,
        }
    }
    /// `assignedTo` of any variant.
    #[inline]
    pub fn assigned_to(&self) -> &rt::Field<crate::v1::ScheduleChangeRequestActor> {
        match self {
            Self::OfferShiftRequest(v) => &v.assigned_to,
            Self::SwapShiftsChangeRequest(v) => &v.assigned_to,
        }
    }
    /// `assignedTo` of any variant.
    #[inline]
    pub fn assigned_to_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::ScheduleChangeRequestActor> {
        match self {
            Self::OfferShiftRequest(v) => &mut v.assigned_to,
            Self::SwapShiftsChangeRequest(v) => &mut v.assigned_to,
        }
    }
    /// `managerActionDateTime` of any variant.
    #[inline]
    pub fn manager_action_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OfferShiftRequest(v) => &v.manager_action_date_time,
            Self::SwapShiftsChangeRequest(v) => &v.manager_action_date_time,
        }
    }
    /// `managerActionDateTime` of any variant.
    #[inline]
    pub fn manager_action_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OfferShiftRequest(v) => &mut v.manager_action_date_time,
            Self::SwapShiftsChangeRequest(v) => &mut v.manager_action_date_time,
        }
    }
    /// `managerActionMessage` of any variant.
    #[inline]
    pub fn manager_action_message(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OfferShiftRequest(v) => &v.manager_action_message,
            Self::SwapShiftsChangeRequest(v) => &v.manager_action_message,
        }
    }
    /// `managerActionMessage` of any variant.
    #[inline]
    pub fn manager_action_message_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OfferShiftRequest(v) => &mut v.manager_action_message,
            Self::SwapShiftsChangeRequest(v) => &mut v.manager_action_message,
        }
    }
    /// `managerUserId` of any variant.
    #[inline]
    pub fn manager_user_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OfferShiftRequest(v) => &v.manager_user_id,
            Self::SwapShiftsChangeRequest(v) => &v.manager_user_id,
        }
    }
    /// `managerUserId` of any variant.
    #[inline]
    pub fn manager_user_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OfferShiftRequest(v) => &mut v.manager_user_id,
            Self::SwapShiftsChangeRequest(v) => &mut v.manager_user_id,
        }
    }
    /// `senderDateTime` of any variant.
    #[inline]
    pub fn sender_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OfferShiftRequest(v) => &v.sender_date_time,
            Self::SwapShiftsChangeRequest(v) => &v.sender_date_time,
        }
    }
    /// `senderDateTime` of any variant.
    #[inline]
    pub fn sender_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OfferShiftRequest(v) => &mut v.sender_date_time,
            Self::SwapShiftsChangeRequest(v) => &mut v.sender_date_time,
        }
    }
    /// `senderMessage` of any variant.
    #[inline]
    pub fn sender_message(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OfferShiftRequest(v) => &v.sender_message,
            Self::SwapShiftsChangeRequest(v) => &v.sender_message,
        }
    }
    /// `senderMessage` of any variant.
    #[inline]
    pub fn sender_message_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OfferShiftRequest(v) => &mut v.sender_message,
            Self::SwapShiftsChangeRequest(v) => &mut v.sender_message,
        }
    }
    /// `senderUserId` of any variant.
    #[inline]
    pub fn sender_user_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OfferShiftRequest(v) => &v.sender_user_id,
            Self::SwapShiftsChangeRequest(v) => &v.sender_user_id,
        }
    }
    /// `senderUserId` of any variant.
    #[inline]
    pub fn sender_user_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OfferShiftRequest(v) => &mut v.sender_user_id,
            Self::SwapShiftsChangeRequest(v) => &mut v.sender_user_id,
        }
    }
    /// `state` of any variant.
    #[inline]
    pub fn state(&self) -> &rt::Field<crate::v1::ScheduleChangeState> {
        match self {
            Self::OfferShiftRequest(v) => &v.state,
            Self::SwapShiftsChangeRequest(v) => &v.state,
        }
    }
    /// `state` of any variant.
    #[inline]
    pub fn state_mut(&mut self) -> &mut rt::Field<crate::v1::ScheduleChangeState> {
        match self {
            Self::OfferShiftRequest(v) => &mut v.state,
            Self::SwapShiftsChangeRequest(v) => &mut v.state,
        }
    }
    /// `recipientActionDateTime` of any variant.
    #[inline]
    pub fn recipient_action_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OfferShiftRequest(v) => &v.recipient_action_date_time,
            Self::SwapShiftsChangeRequest(v) => &v.recipient_action_date_time,
        }
    }
    /// `recipientActionDateTime` of any variant.
    #[inline]
    pub fn recipient_action_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OfferShiftRequest(v) => &mut v.recipient_action_date_time,
            Self::SwapShiftsChangeRequest(v) => &mut v.recipient_action_date_time,
        }
    }
    /// `recipientActionMessage` of any variant.
    #[inline]
    pub fn recipient_action_message(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OfferShiftRequest(v) => &v.recipient_action_message,
            Self::SwapShiftsChangeRequest(v) => &v.recipient_action_message,
        }
    }
    /// `recipientActionMessage` of any variant.
    #[inline]
    pub fn recipient_action_message_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OfferShiftRequest(v) => &mut v.recipient_action_message,
            Self::SwapShiftsChangeRequest(v) => &mut v.recipient_action_message,
        }
    }
    /// `recipientUserId` of any variant.
    #[inline]
    pub fn recipient_user_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OfferShiftRequest(v) => &v.recipient_user_id,
            Self::SwapShiftsChangeRequest(v) => &v.recipient_user_id,
        }
    }
    /// `recipientUserId` of any variant.
    #[inline]
    pub fn recipient_user_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OfferShiftRequest(v) => &mut v.recipient_user_id,
            Self::SwapShiftsChangeRequest(v) => &mut v.recipient_user_id,
        }
    }
    /// `senderShiftId` of any variant.
    #[inline]
    pub fn sender_shift_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OfferShiftRequest(v) => &v.sender_shift_id,
            Self::SwapShiftsChangeRequest(v) => &v.sender_shift_id,
        }
    }
    /// `senderShiftId` of any variant.
    #[inline]
    pub fn sender_shift_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OfferShiftRequest(v) => &mut v.sender_shift_id,
            Self::SwapShiftsChangeRequest(v) => &mut v.sender_shift_id,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_poly!(AnyOfferShiftRequest);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyOfferShiftRequest);
#[cfg(msgraph_v1_directory_or_identity_or_search)]
/// CSDL: `microsoft.graph.oidcAddressInboundClaims`, complex type.
///
/// Features: `v1`, or one of `v1-directory`, `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct OidcAddressInboundClaims {
    /// CSDL: property `country`: `Edm.String`, nullable.
    pub country: rt::Field<::std::string::String>,
    /// CSDL: property `locality`: `Edm.String`, nullable.
    pub locality: rt::Field<::std::string::String>,
    /// CSDL: property `postal_code`: `Edm.String`, nullable.
    pub postal_code: rt::Field<::std::string::String>,
    /// CSDL: property `region`: `Edm.String`, nullable.
    pub region: rt::Field<::std::string::String>,
    /// CSDL: property `street_address`: `Edm.String`, nullable.
    pub street_address: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl ::std::default::Default for OidcAddressInboundClaims {
    #[inline]
    fn default() -> Self {
        Self {
            country: rt::Field::Absent,
            locality: rt::Field::Absent,
            postal_code: rt::Field::Absent,
            region: rt::Field::Absent,
            street_address: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl rt::Object for OidcAddressInboundClaims {
    const TYPE_NAME: &'static str = "microsoft.graph.oidcAddressInboundClaims";
    const KEYS: &'static [&'static str] = &[
        "country",
        "locality",
        "postal_code",
        "region",
        "street_address",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"country\":                      ",
        ",\"locality\":                     ",
        ",\"postal_code\":                  ",
        ",\"region\":                       ",
        ",\"street_address\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.oidcAddressInboundClaims\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "country", &self.country);
        v.field(1usize, "locality", &self.locality);
        v.field(2usize, "postal_code", &self.postal_code);
        v.field(3usize, "region", &self.region);
        v.field(4usize, "street_address", &self.street_address);
    }
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl rt::object::Members for OidcAddressInboundClaims {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.country.read_from(r),
            1usize => self.locality.read_from(r),
            2usize => self.postal_code.read_from(r),
            3usize => self.region.read_from(r),
            4usize => self.street_address.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.country);
        w.field(1usize, &self.locality);
        w.field(2usize, &self.postal_code);
        w.field(3usize, &self.region);
        w.field(4usize, &self.street_address);
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
#[cfg(msgraph_v1_directory_or_identity_or_search)]
rt::impl_object!(OidcAddressInboundClaims);
#[cfg(msgraph_v1_directory_or_identity_or_search)]
rt::impl_setters!(
    OidcAddressInboundClaims { with_country country : ::std::string::String;
    with_locality locality : ::std::string::String; with_postal_code postal_code :
    ::std::string::String; with_region region : ::std::string::String;
    with_street_address street_address : ::std::string::String; }
);
#[cfg(msgraph_v1_directory_or_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OidcAddressInboundClaims);
#[cfg(msgraph_v1_directory_or_identity_or_search)]
/// CSDL: `microsoft.graph.oidcClientAuthentication`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-directory`, `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct OidcClientAuthentication {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl ::std::default::Default for OidcClientAuthentication {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl rt::Object for OidcClientAuthentication {
    const TYPE_NAME: &'static str = "microsoft.graph.oidcClientAuthentication";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.oidcClientAuthentication\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl rt::object::Members for OidcClientAuthentication {
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
#[cfg(msgraph_v1_directory_or_identity_or_search)]
rt::impl_object!(OidcClientAuthentication);
#[cfg(msgraph_v1_directory_or_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OidcClientAuthentication);
#[cfg(msgraph_v1_directory_or_identity_or_search)]
/// `microsoft.graph.oidcClientAuthentication` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-directory`, `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyOidcClientAuthentication {
    OidcClientAuthentication(::std::boxed::Box<crate::v1::OidcClientAuthentication>),
    OidcClientSecretAuthentication(
        ::std::boxed::Box<crate::v1::OidcClientSecretAuthentication>,
    ),
    OidcPrivateJwtKeyClientAuthentication(
        ::std::boxed::Box<crate::v1::OidcPrivateJwtKeyClientAuthentication>,
    ),
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl ::std::default::Default for AnyOidcClientAuthentication {
    #[inline]
    fn default() -> Self {
        Self::OidcClientAuthentication(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OidcClientAuthentication>
for AnyOidcClientAuthentication {
    #[inline]
    fn from(v: crate::v1::OidcClientAuthentication) -> Self {
        Self::OidcClientAuthentication(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OidcClientSecretAuthentication>
for AnyOidcClientAuthentication {
    #[inline]
    fn from(v: crate::v1::OidcClientSecretAuthentication) -> Self {
        Self::OidcClientSecretAuthentication(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OidcPrivateJwtKeyClientAuthentication>
for AnyOidcClientAuthentication {
    #[inline]
    fn from(v: crate::v1::OidcPrivateJwtKeyClientAuthentication) -> Self {
        Self::OidcPrivateJwtKeyClientAuthentication(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
unsafe impl ::std::marker::Send for AnyOidcClientAuthentication {}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
unsafe impl ::std::marker::Sync for AnyOidcClientAuthentication {}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl ::std::marker::Unpin for AnyOidcClientAuthentication {}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl ::std::panic::UnwindSafe for AnyOidcClientAuthentication {}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl ::std::panic::RefUnwindSafe for AnyOidcClientAuthentication {}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::OidcClientAuthentication>();
    rt::object::auto_traits::<crate::v1::OidcClientSecretAuthentication>();
    rt::object::auto_traits::<crate::v1::OidcPrivateJwtKeyClientAuthentication>();
};
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl rt::Poly for AnyOidcClientAuthentication {
    const BASE_NAME: &'static str = "microsoft.graph.oidcClientAuthentication";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.oidcClientSecretAuthentication",
            ) => Self::OidcClientSecretAuthentication(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.oidcPrivateJwtKeyClientAuthentication",
            ) => Self::OidcPrivateJwtKeyClientAuthentication(rt::object::new_boxed()),
            _ => Self::OidcClientAuthentication(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::OidcClientAuthentication(v) => &**v,
            Self::OidcClientSecretAuthentication(v) => &**v,
            Self::OidcPrivateJwtKeyClientAuthentication(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::OidcClientAuthentication(v) => &mut **v,
            Self::OidcClientSecretAuthentication(v) => &mut **v,
            Self::OidcPrivateJwtKeyClientAuthentication(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl AnyOidcClientAuthentication {
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
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
rt::impl_poly!(AnyOidcClientAuthentication);
#[cfg(msgraph_v1_directory_or_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyOidcClientAuthentication);
#[cfg(msgraph_v1_directory_or_identity_or_search)]
/// CSDL: `microsoft.graph.oidcClientSecretAuthentication`, complex type, derived from `microsoft.graph.oidcClientAuthentication`.
///
/// Features: `v1`, or one of `v1-directory`, `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct OidcClientSecretAuthentication {
    /// CSDL: property `clientSecret`: `Edm.String`, not nullable.
    pub client_secret: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl ::std::default::Default for OidcClientSecretAuthentication {
    #[inline]
    fn default() -> Self {
        Self {
            client_secret: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl rt::Object for OidcClientSecretAuthentication {
    const TYPE_NAME: &'static str = "microsoft.graph.oidcClientSecretAuthentication";
    const KEYS: &'static [&'static str] = &["clientSecret"];
    const KEYS_JSON: &'static [&'static str] = &[",\"clientSecret\":                 "];
    const TAG: &'static str = "\"#microsoft.graph.oidcClientSecretAuthentication\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "client_secret", &self.client_secret);
    }
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl rt::object::Members for OidcClientSecretAuthentication {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.client_secret.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.client_secret);
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
#[cfg(msgraph_v1_directory_or_identity_or_search)]
rt::impl_object!(OidcClientSecretAuthentication);
#[cfg(msgraph_v1_directory_or_identity_or_search)]
rt::impl_setters!(
    OidcClientSecretAuthentication { with_client_secret client_secret :
    ::std::string::String; }
);
#[cfg(msgraph_v1_directory_or_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OidcClientSecretAuthentication);
#[cfg(msgraph_v1_directory_or_identity_or_search)]
/// CSDL: `microsoft.graph.oidcIdentityProvider`, entity type, derived from `microsoft.graph.identityProviderBase`, key `id`.
///
/// Request builders: [`OidcIdentityProviderPath`](requests/trait.OidcIdentityProviderPath.html), what a path to one (`EntityPath<OidcIdentityProvider, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-directory`, `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct OidcIdentityProvider {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `clientAuthentication`: `microsoft.graph.oidcClientAuthentication`, not nullable.
    pub client_authentication: rt::Field<crate::v1::AnyOidcClientAuthentication>,
    /// CSDL: property `clientId`: `Edm.String`, not nullable.
    pub client_id: rt::Field<::std::string::String>,
    /// CSDL: property `inboundClaimMapping`: `microsoft.graph.oidcInboundClaimMappingOverride`, nullable.
    pub inbound_claim_mapping: rt::Field<crate::v1::OidcInboundClaimMappingOverride>,
    /// CSDL: property `issuer`: `Edm.String`, not nullable.
    pub issuer: rt::Field<::std::string::String>,
    /// CSDL: property `responseType`: `microsoft.graph.oidcResponseType`, not nullable.
    pub response_type: rt::Field<rt::Flags<crate::v1::OidcResponseType>>,
    /// CSDL: property `scope`: `Edm.String`, not nullable.
    pub scope: rt::Field<::std::string::String>,
    /// CSDL: property `wellKnownEndpoint`: `Edm.String`, nullable.
    pub well_known_endpoint: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl ::std::default::Default for OidcIdentityProvider {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            client_authentication: rt::Field::Absent,
            client_id: rt::Field::Absent,
            inbound_claim_mapping: rt::Field::Absent,
            issuer: rt::Field::Absent,
            response_type: rt::Field::Absent,
            scope: rt::Field::Absent,
            well_known_endpoint: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl rt::Object for OidcIdentityProvider {
    const TYPE_NAME: &'static str = "microsoft.graph.oidcIdentityProvider";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "clientAuthentication",
        "clientId",
        "inboundClaimMapping",
        "issuer",
        "responseType",
        "scope",
        "wellKnownEndpoint",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"clientAuthentication\":         ",
        ",\"clientId\":                     ",
        ",\"inboundClaimMapping\":          ",
        ",\"issuer\":                       ",
        ",\"responseType\":                 ",
        ",\"scope\":                        ",
        ",\"wellKnownEndpoint\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.oidcIdentityProvider\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "client_authentication", &self.client_authentication);
        v.field(3usize, "client_id", &self.client_id);
        v.field(4usize, "inbound_claim_mapping", &self.inbound_claim_mapping);
        v.field(5usize, "issuer", &self.issuer);
        v.field(6usize, "response_type", &self.response_type);
        v.field(7usize, "scope", &self.scope);
        v.field(8usize, "well_known_endpoint", &self.well_known_endpoint);
    }
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl rt::object::Members for OidcIdentityProvider {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.client_authentication.read_from(r),
            3usize => self.client_id.read_from(r),
            4usize => self.inbound_claim_mapping.read_from(r),
            5usize => self.issuer.read_from(r),
            6usize => self.response_type.read_from(r),
            7usize => self.scope.read_from(r),
            8usize => self.well_known_endpoint.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.client_authentication);
        w.field(3usize, &self.client_id);
        w.field(4usize, &self.inbound_claim_mapping);
        w.field(5usize, &self.issuer);
        w.field(6usize, &self.response_type);
        w.field(7usize, &self.scope);
        w.field(8usize, &self.well_known_endpoint);
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
#[cfg(msgraph_v1_directory_or_identity_or_search)]
rt::impl_object!(OidcIdentityProvider);
#[cfg(msgraph_v1_directory_or_identity_or_search)]
rt::impl_setters!(
    OidcIdentityProvider { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_client_authentication
    client_authentication : crate ::v1::AnyOidcClientAuthentication; with_client_id
    client_id : ::std::string::String; with_inbound_claim_mapping inbound_claim_mapping :
    crate ::v1::OidcInboundClaimMappingOverride; with_issuer issuer :
    ::std::string::String; with_response_type response_type : rt::Flags < crate
    ::v1::OidcResponseType >; with_scope scope : ::std::string::String;
    with_well_known_endpoint well_known_endpoint : ::std::string::String; }
);
#[cfg(msgraph_v1_directory_or_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OidcIdentityProvider);
#[cfg(msgraph_v1_directory_or_identity_or_search)]
/// CSDL: `microsoft.graph.oidcInboundClaimMappingOverride`, complex type.
///
/// Features: `v1`, or one of `v1-directory`, `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct OidcInboundClaimMappingOverride {
    /// CSDL: property `address`: `microsoft.graph.oidcAddressInboundClaims`, nullable.
    pub address: rt::Field<crate::v1::OidcAddressInboundClaims>,
    /// CSDL: property `email`: `Edm.String`, nullable.
    pub email: rt::Field<::std::string::String>,
    /// CSDL: property `email_verified`: `Edm.String`, nullable.
    pub email_verified: rt::Field<::std::string::String>,
    /// CSDL: property `family_name`: `Edm.String`, nullable.
    pub family_name: rt::Field<::std::string::String>,
    /// CSDL: property `given_name`: `Edm.String`, nullable.
    pub given_name: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `phone_number`: `Edm.String`, nullable.
    pub phone_number: rt::Field<::std::string::String>,
    /// CSDL: property `phone_number_verified`: `Edm.String`, nullable.
    pub phone_number_verified: rt::Field<::std::string::String>,
    /// CSDL: property `sub`: `Edm.String`, nullable.
    pub sub: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl ::std::default::Default for OidcInboundClaimMappingOverride {
    #[inline]
    fn default() -> Self {
        Self {
            address: rt::Field::Absent,
            email: rt::Field::Absent,
            email_verified: rt::Field::Absent,
            family_name: rt::Field::Absent,
            given_name: rt::Field::Absent,
            name: rt::Field::Absent,
            phone_number: rt::Field::Absent,
            phone_number_verified: rt::Field::Absent,
            sub: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl rt::Object for OidcInboundClaimMappingOverride {
    const TYPE_NAME: &'static str = "microsoft.graph.oidcInboundClaimMappingOverride";
    const KEYS: &'static [&'static str] = &[
        "address",
        "email",
        "email_verified",
        "family_name",
        "given_name",
        "name",
        "phone_number",
        "phone_number_verified",
        "sub",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"address\":                      ",
        ",\"email\":                        ",
        ",\"email_verified\":               ",
        ",\"family_name\":                  ",
        ",\"given_name\":                   ",
        ",\"name\":                         ",
        ",\"phone_number\":                 ",
        ",\"phone_number_verified\":        ",
        ",\"sub\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.oidcInboundClaimMappingOverride\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "address", &self.address);
        v.field(1usize, "email", &self.email);
        v.field(2usize, "email_verified", &self.email_verified);
        v.field(3usize, "family_name", &self.family_name);
        v.field(4usize, "given_name", &self.given_name);
        v.field(5usize, "name", &self.name);
        v.field(6usize, "phone_number", &self.phone_number);
        v.field(7usize, "phone_number_verified", &self.phone_number_verified);
        v.field(8usize, "sub", &self.sub);
    }
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl rt::object::Members for OidcInboundClaimMappingOverride {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.address.read_from(r),
            1usize => self.email.read_from(r),
            2usize => self.email_verified.read_from(r),
            3usize => self.family_name.read_from(r),
            4usize => self.given_name.read_from(r),
            5usize => self.name.read_from(r),
            6usize => self.phone_number.read_from(r),
            7usize => self.phone_number_verified.read_from(r),
            8usize => self.sub.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.address);
        w.field(1usize, &self.email);
        w.field(2usize, &self.email_verified);
        w.field(3usize, &self.family_name);
        w.field(4usize, &self.given_name);
        w.field(5usize, &self.name);
        w.field(6usize, &self.phone_number);
        w.field(7usize, &self.phone_number_verified);
        w.field(8usize, &self.sub);
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
#[cfg(msgraph_v1_directory_or_identity_or_search)]
rt::impl_object!(OidcInboundClaimMappingOverride);
#[cfg(msgraph_v1_directory_or_identity_or_search)]
rt::impl_setters!(
    OidcInboundClaimMappingOverride { with_address address : crate
    ::v1::OidcAddressInboundClaims; with_email email : ::std::string::String;
    with_email_verified email_verified : ::std::string::String; with_family_name
    family_name : ::std::string::String; with_given_name given_name :
    ::std::string::String; with_name name : ::std::string::String; with_phone_number
    phone_number : ::std::string::String; with_phone_number_verified
    phone_number_verified : ::std::string::String; with_sub sub : ::std::string::String;
    }
);
#[cfg(msgraph_v1_directory_or_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OidcInboundClaimMappingOverride);
#[cfg(msgraph_v1_directory_or_identity_or_search)]
/// CSDL: `microsoft.graph.oidcPrivateJwtKeyClientAuthentication`, complex type, derived from `microsoft.graph.oidcClientAuthentication`.
///
/// Features: `v1`, or one of `v1-directory`, `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct OidcPrivateJwtKeyClientAuthentication {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl ::std::default::Default for OidcPrivateJwtKeyClientAuthentication {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl rt::Object for OidcPrivateJwtKeyClientAuthentication {
    const TYPE_NAME: &'static str = "microsoft.graph.oidcPrivateJwtKeyClientAuthentication";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.oidcPrivateJwtKeyClientAuthentication\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl rt::object::Members for OidcPrivateJwtKeyClientAuthentication {
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
#[cfg(msgraph_v1_directory_or_identity_or_search)]
rt::impl_object!(OidcPrivateJwtKeyClientAuthentication);
#[cfg(msgraph_v1_directory_or_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OidcPrivateJwtKeyClientAuthentication);
#[cfg(msgraph_v1_directory_or_identity_or_search)]
/// CSDL: `microsoft.graph.oidcResponseType`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-directory`, `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum OidcResponseType {
    /// `code` (value 1).
    Code,
    /// `id_token` (value 2).
    IdToken,
    /// `token` (value 4).
    Token,
    /// `unknownFutureValue` (value 8).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl rt::StrEnum for OidcResponseType {
    const TYPE_NAME: &'static str = "microsoft.graph.oidcResponseType";
    const MEMBERS: &'static [&'static str] = &[
        "code",
        "id_token",
        "token",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "code" => Self::Code,
                "id_token" => Self::IdToken,
                "token" => Self::Token,
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
            Self::Code => "code",
            Self::IdToken => "id_token",
            Self::Token => "token",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
rt::impl_enum!(OidcResponseType);
#[cfg(msgraph_v1_directory_or_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OidcResponseType);
#[cfg(msgraph_v1_device_management_or_search)]
/// OMA Settings definition.
///
/// CSDL: `microsoft.graph.omaSetting`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct OmaSetting {
    /// Description.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Display Name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// OMA.
    ///
    /// CSDL: property `omaUri`: `Edm.String`, not nullable.
    pub oma_uri: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for OmaSetting {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            oma_uri: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for OmaSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.omaSetting";
    const KEYS: &'static [&'static str] = &["description", "displayName", "omaUri"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"omaUri\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.omaSetting\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "oma_uri", &self.oma_uri);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for OmaSetting {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.oma_uri.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.oma_uri);
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(OmaSetting);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    OmaSetting { with_description description : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_oma_uri oma_uri : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OmaSetting);
#[cfg(msgraph_v1_device_management_or_search)]
/// `microsoft.graph.omaSetting` or any type derived from it, selected by `@odata.type` (8 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyOmaSetting {
    OmaSetting(::std::boxed::Box<crate::v1::OmaSetting>),
    OmaSettingBase64(::std::boxed::Box<crate::v1::OmaSettingBase64>),
    OmaSettingBoolean(::std::boxed::Box<crate::v1::OmaSettingBoolean>),
    OmaSettingDateTime(::std::boxed::Box<crate::v1::OmaSettingDateTime>),
    OmaSettingFloatingPoint(::std::boxed::Box<crate::v1::OmaSettingFloatingPoint>),
    OmaSettingInteger(::std::boxed::Box<crate::v1::OmaSettingInteger>),
    OmaSettingString(::std::boxed::Box<crate::v1::OmaSettingString>),
    OmaSettingStringXml(::std::boxed::Box<crate::v1::OmaSettingStringXml>),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for AnyOmaSetting {
    #[inline]
    fn default() -> Self {
        Self::OmaSetting(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OmaSetting> for AnyOmaSetting {
    #[inline]
    fn from(v: crate::v1::OmaSetting) -> Self {
        Self::OmaSetting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OmaSettingBase64> for AnyOmaSetting {
    #[inline]
    fn from(v: crate::v1::OmaSettingBase64) -> Self {
        Self::OmaSettingBase64(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OmaSettingBoolean> for AnyOmaSetting {
    #[inline]
    fn from(v: crate::v1::OmaSettingBoolean) -> Self {
        Self::OmaSettingBoolean(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OmaSettingDateTime> for AnyOmaSetting {
    #[inline]
    fn from(v: crate::v1::OmaSettingDateTime) -> Self {
        Self::OmaSettingDateTime(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OmaSettingFloatingPoint> for AnyOmaSetting {
    #[inline]
    fn from(v: crate::v1::OmaSettingFloatingPoint) -> Self {
        Self::OmaSettingFloatingPoint(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OmaSettingInteger> for AnyOmaSetting {
    #[inline]
    fn from(v: crate::v1::OmaSettingInteger) -> Self {
        Self::OmaSettingInteger(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OmaSettingString> for AnyOmaSetting {
    #[inline]
    fn from(v: crate::v1::OmaSettingString) -> Self {
        Self::OmaSettingString(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OmaSettingStringXml> for AnyOmaSetting {
    #[inline]
    fn from(v: crate::v1::OmaSettingStringXml) -> Self {
        Self::OmaSettingStringXml(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyOmaSetting {}
#[cfg(msgraph_v1_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyOmaSetting {}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::marker::Unpin for AnyOmaSetting {}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyOmaSetting {}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyOmaSetting {}
#[cfg(msgraph_v1_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::OmaSetting>();
    rt::object::auto_traits::<crate::v1::OmaSettingBase64>();
    rt::object::auto_traits::<crate::v1::OmaSettingBoolean>();
    rt::object::auto_traits::<crate::v1::OmaSettingDateTime>();
    rt::object::auto_traits::<crate::v1::OmaSettingFloatingPoint>();
    rt::object::auto_traits::<crate::v1::OmaSettingInteger>();
    rt::object::auto_traits::<crate::v1::OmaSettingString>();
    rt::object::auto_traits::<crate::v1::OmaSettingStringXml>();
};
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Poly for AnyOmaSetting {
    const BASE_NAME: &'static str = "microsoft.graph.omaSetting";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.omaSettingBase64") => {
                Self::OmaSettingBase64(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.omaSettingBoolean") => {
                Self::OmaSettingBoolean(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.omaSettingDateTime") => {
                Self::OmaSettingDateTime(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.omaSettingFloatingPoint") => {
                Self::OmaSettingFloatingPoint(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.omaSettingInteger") => {
                Self::OmaSettingInteger(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.omaSettingString") => {
                Self::OmaSettingString(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.omaSettingStringXml") => {
                Self::OmaSettingStringXml(rt::object::new_boxed())
            }
            _ => Self::OmaSetting(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::OmaSetting(v) => &**v,
            Self::OmaSettingBase64(v) => &**v,
            Self::OmaSettingBoolean(v) => &**v,
            Self::OmaSettingDateTime(v) => &**v,
            Self::OmaSettingFloatingPoint(v) => &**v,
            Self::OmaSettingInteger(v) => &**v,
            Self::OmaSettingString(v) => &**v,
            Self::OmaSettingStringXml(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::OmaSetting(v) => &mut **v,
            Self::OmaSettingBase64(v) => &mut **v,
            Self::OmaSettingBoolean(v) => &mut **v,
            Self::OmaSettingDateTime(v) => &mut **v,
            Self::OmaSettingFloatingPoint(v) => &mut **v,
            Self::OmaSettingInteger(v) => &mut **v,
            Self::OmaSettingString(v) => &mut **v,
            Self::OmaSettingStringXml(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl AnyOmaSetting {
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
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OmaSetting(v) => &v.description,
            Self::OmaSettingBase64(v) => &v.description,
            Self::OmaSettingBoolean(v) => &v.description,
            Self::OmaSettingDateTime(v) => &v.description,
            Self::OmaSettingFloatingPoint(v) => &v.description,
            Self::OmaSettingInteger(v) => &v.description,
            Self::OmaSettingString(v) => &v.description,
            Self::OmaSettingStringXml(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OmaSetting(v) => &mut v.description,
            Self::OmaSettingBase64(v) => &mut v.description,
            Self::OmaSettingBoolean(v) => &mut v.description,
            Self::OmaSettingDateTime(v) => &mut v.description,
            Self::OmaSettingFloatingPoint(v) => &mut v.description,
            Self::OmaSettingInteger(v) => &mut v.description,
            Self::OmaSettingString(v) => &mut v.description,
            Self::OmaSettingStringXml(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OmaSetting(v) => &v.display_name,
            Self::OmaSettingBase64(v) => &v.display_name,
            Self::OmaSettingBoolean(v) => &v.display_name,
            Self::OmaSettingDateTime(v) => &v.display_name,
            Self::OmaSettingFloatingPoint(v) => &v.display_name,
            Self::OmaSettingInteger(v) => &v.display_name,
            Self::OmaSettingString(v) => &v.display_name,
            Self::OmaSettingStringXml(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OmaSetting(v) => &mut v.display_name,
            Self::OmaSettingBase64(v) => &mut v.display_name,
            Self::OmaSettingBoolean(v) => &mut v.display_name,
            Self::OmaSettingDateTime(v) => &mut v.display_name,
            Self::OmaSettingFloatingPoint(v) => &mut v.display_name,
            Self::OmaSettingInteger(v) => &mut v.display_name,
            Self::OmaSettingString(v) => &mut v.display_name,
            Self::OmaSettingStringXml(v) => &mut v.display_name,
        }
    }
    /// `omaUri` of any variant.
    #[inline]
    pub fn oma_uri(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OmaSetting(v) => &v.oma_uri,
            Self::OmaSettingBase64(v) => &v.oma_uri,
            Self::OmaSettingBoolean(v) => &v.oma_uri,
            Self::OmaSettingDateTime(v) => &v.oma_uri,
            Self::OmaSettingFloatingPoint(v) => &v.oma_uri,
            Self::OmaSettingInteger(v) => &v.oma_uri,
            Self::OmaSettingString(v) => &v.oma_uri,
            Self::OmaSettingStringXml(v) => &v.oma_uri,
        }
    }
    /// `omaUri` of any variant.
    #[inline]
    pub fn oma_uri_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OmaSetting(v) => &mut v.oma_uri,
            Self::OmaSettingBase64(v) => &mut v.oma_uri,
            Self::OmaSettingBoolean(v) => &mut v.oma_uri,
            Self::OmaSettingDateTime(v) => &mut v.oma_uri,
            Self::OmaSettingFloatingPoint(v) => &mut v.oma_uri,
            Self::OmaSettingInteger(v) => &mut v.oma_uri,
            Self::OmaSettingString(v) => &mut v.oma_uri,
            Self::OmaSettingStringXml(v) => &mut v.oma_uri,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_poly!(AnyOmaSetting);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyOmaSetting);
#[cfg(msgraph_v1_device_management_or_search)]
/// OMA Settings Base64 definition.
///
/// CSDL: `microsoft.graph.omaSettingBase64`, complex type, derived from `microsoft.graph.omaSetting`.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct OmaSettingBase64 {
    /// Description.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Display Name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// OMA.
    ///
    /// CSDL: property `omaUri`: `Edm.String`, not nullable.
    pub oma_uri: rt::Field<::std::string::String>,
    /// File name associated with the Value property (*.cer | *.crt | *.p7b | *.bin).
    ///
    /// CSDL: property `fileName`: `Edm.String`, nullable.
    pub file_name: rt::Field<::std::string::String>,
    /// Value. (Base64 encoded string)
    ///
    /// CSDL: property `value`: `Edm.String`, not nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for OmaSettingBase64 {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            oma_uri: rt::Field::Absent,
            file_name: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for OmaSettingBase64 {
    const TYPE_NAME: &'static str = "microsoft.graph.omaSettingBase64";
    const KEYS: &'static [&'static str] = &[
        "description",
        "displayName",
        "omaUri",
        "fileName",
        "value",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"omaUri\":                       ",
        ",\"fileName\":                     ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.omaSettingBase64\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "oma_uri", &self.oma_uri);
        v.field(3usize, "file_name", &self.file_name);
        v.field(4usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for OmaSettingBase64 {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.oma_uri.read_from(r),
            3usize => self.file_name.read_from(r),
            4usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.oma_uri);
        w.field(3usize, &self.file_name);
        w.field(4usize, &self.value);
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(OmaSettingBase64);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    OmaSettingBase64 { with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_oma_uri oma_uri :
    ::std::string::String; with_file_name file_name : ::std::string::String; with_value
    value : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OmaSettingBase64);
#[cfg(msgraph_v1_device_management_or_search)]
/// OMA Settings Boolean definition.
///
/// CSDL: `microsoft.graph.omaSettingBoolean`, complex type, derived from `microsoft.graph.omaSetting`.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct OmaSettingBoolean {
    /// Description.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Display Name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// OMA.
    ///
    /// CSDL: property `omaUri`: `Edm.String`, not nullable.
    pub oma_uri: rt::Field<::std::string::String>,
    /// Value.
    ///
    /// CSDL: property `value`: `Edm.Boolean`, not nullable.
    pub value: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for OmaSettingBoolean {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            oma_uri: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for OmaSettingBoolean {
    const TYPE_NAME: &'static str = "microsoft.graph.omaSettingBoolean";
    const KEYS: &'static [&'static str] = &[
        "description",
        "displayName",
        "omaUri",
        "value",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"omaUri\":                       ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.omaSettingBoolean\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "oma_uri", &self.oma_uri);
        v.field(3usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for OmaSettingBoolean {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.oma_uri.read_from(r),
            3usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.oma_uri);
        w.field(3usize, &self.value);
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(OmaSettingBoolean);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    OmaSettingBoolean { with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_oma_uri oma_uri :
    ::std::string::String; with_value value : bool; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OmaSettingBoolean);
#[cfg(msgraph_v1_device_management_or_search)]
/// OMA Settings DateTime definition.
///
/// CSDL: `microsoft.graph.omaSettingDateTime`, complex type, derived from `microsoft.graph.omaSetting`.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct OmaSettingDateTime {
    /// Description.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Display Name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// OMA.
    ///
    /// CSDL: property `omaUri`: `Edm.String`, not nullable.
    pub oma_uri: rt::Field<::std::string::String>,
    /// Value.
    ///
    /// CSDL: property `value`: `Edm.DateTimeOffset`, not nullable.
    pub value: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for OmaSettingDateTime {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            oma_uri: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for OmaSettingDateTime {
    const TYPE_NAME: &'static str = "microsoft.graph.omaSettingDateTime";
    const KEYS: &'static [&'static str] = &[
        "description",
        "displayName",
        "omaUri",
        "value",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"omaUri\":                       ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.omaSettingDateTime\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "oma_uri", &self.oma_uri);
        v.field(3usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for OmaSettingDateTime {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.oma_uri.read_from(r),
            3usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.oma_uri);
        w.field(3usize, &self.value);
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(OmaSettingDateTime);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    OmaSettingDateTime { with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_oma_uri oma_uri :
    ::std::string::String; with_value value : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OmaSettingDateTime);
#[cfg(msgraph_v1_device_management_or_search)]
/// OMA Settings Floating Point definition.
///
/// CSDL: `microsoft.graph.omaSettingFloatingPoint`, complex type, derived from `microsoft.graph.omaSetting`.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct OmaSettingFloatingPoint {
    /// Description.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Display Name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// OMA.
    ///
    /// CSDL: property `omaUri`: `Edm.String`, not nullable.
    pub oma_uri: rt::Field<::std::string::String>,
    /// Value.
    ///
    /// CSDL: property `value`: `Edm.Single`, not nullable.
    pub value: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for OmaSettingFloatingPoint {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            oma_uri: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for OmaSettingFloatingPoint {
    const TYPE_NAME: &'static str = "microsoft.graph.omaSettingFloatingPoint";
    const KEYS: &'static [&'static str] = &[
        "description",
        "displayName",
        "omaUri",
        "value",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"omaUri\":                       ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.omaSettingFloatingPoint\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "oma_uri", &self.oma_uri);
        v.field(3usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for OmaSettingFloatingPoint {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.oma_uri.read_from(r),
            3usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.oma_uri);
        w.field(3usize, &self.value);
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(OmaSettingFloatingPoint);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    OmaSettingFloatingPoint { with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_oma_uri oma_uri :
    ::std::string::String; with_value value : f64; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OmaSettingFloatingPoint);
#[cfg(msgraph_v1_device_management_or_search)]
/// OMA Settings Integer definition.
///
/// CSDL: `microsoft.graph.omaSettingInteger`, complex type, derived from `microsoft.graph.omaSetting`.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct OmaSettingInteger {
    /// Description.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Display Name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// OMA.
    ///
    /// CSDL: property `omaUri`: `Edm.String`, not nullable.
    pub oma_uri: rt::Field<::std::string::String>,
    /// Value.
    ///
    /// CSDL: property `value`: `Edm.Int32`, not nullable.
    pub value: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for OmaSettingInteger {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            oma_uri: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for OmaSettingInteger {
    const TYPE_NAME: &'static str = "microsoft.graph.omaSettingInteger";
    const KEYS: &'static [&'static str] = &[
        "description",
        "displayName",
        "omaUri",
        "value",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"omaUri\":                       ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.omaSettingInteger\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "oma_uri", &self.oma_uri);
        v.field(3usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for OmaSettingInteger {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.oma_uri.read_from(r),
            3usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.oma_uri);
        w.field(3usize, &self.value);
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(OmaSettingInteger);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    OmaSettingInteger { with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_oma_uri oma_uri :
    ::std::string::String; with_value value : i32; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OmaSettingInteger);
#[cfg(msgraph_v1_device_management_or_search)]
/// OMA Settings String definition.
///
/// CSDL: `microsoft.graph.omaSettingString`, complex type, derived from `microsoft.graph.omaSetting`.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct OmaSettingString {
    /// Description.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Display Name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// OMA.
    ///
    /// CSDL: property `omaUri`: `Edm.String`, not nullable.
    pub oma_uri: rt::Field<::std::string::String>,
    /// Value.
    ///
    /// CSDL: property `value`: `Edm.String`, not nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for OmaSettingString {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            oma_uri: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for OmaSettingString {
    const TYPE_NAME: &'static str = "microsoft.graph.omaSettingString";
    const KEYS: &'static [&'static str] = &[
        "description",
        "displayName",
        "omaUri",
        "value",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"omaUri\":                       ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.omaSettingString\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "oma_uri", &self.oma_uri);
        v.field(3usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for OmaSettingString {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.oma_uri.read_from(r),
            3usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.oma_uri);
        w.field(3usize, &self.value);
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(OmaSettingString);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    OmaSettingString { with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_oma_uri oma_uri :
    ::std::string::String; with_value value : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OmaSettingString);
#[cfg(msgraph_v1_device_management_or_search)]
/// OMA Settings StringXML definition.
///
/// CSDL: `microsoft.graph.omaSettingStringXml`, complex type, derived from `microsoft.graph.omaSetting`.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct OmaSettingStringXml {
    /// Description.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Display Name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// OMA.
    ///
    /// CSDL: property `omaUri`: `Edm.String`, not nullable.
    pub oma_uri: rt::Field<::std::string::String>,
    /// File name associated with the Value property (*.xml).
    ///
    /// CSDL: property `fileName`: `Edm.String`, nullable.
    pub file_name: rt::Field<::std::string::String>,
    /// Value. (UTF8 encoded byte array)
    ///
    /// CSDL: property `value`: `Edm.Binary`, not nullable.
    pub value: rt::Field<rt::edm::Binary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for OmaSettingStringXml {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            oma_uri: rt::Field::Absent,
            file_name: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for OmaSettingStringXml {
    const TYPE_NAME: &'static str = "microsoft.graph.omaSettingStringXml";
    const KEYS: &'static [&'static str] = &[
        "description",
        "displayName",
        "omaUri",
        "fileName",
        "value",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"omaUri\":                       ",
        ",\"fileName\":                     ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.omaSettingStringXml\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "oma_uri", &self.oma_uri);
        v.field(3usize, "file_name", &self.file_name);
        v.field(4usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for OmaSettingStringXml {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.oma_uri.read_from(r),
            3usize => self.file_name.read_from(r),
            4usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.oma_uri);
        w.field(3usize, &self.file_name);
        w.field(4usize, &self.value);
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(OmaSettingStringXml);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    OmaSettingStringXml { with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_oma_uri oma_uri :
    ::std::string::String; with_file_name file_name : ::std::string::String; with_value
    value : rt::edm::Binary; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OmaSettingStringXml);
