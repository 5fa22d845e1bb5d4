//! Types of `microsoft.graph` by the first letters of their names (`j_l`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.jobHistorySummaryType`, enum type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum JobHistorySummaryType {
    /// `Printer` (value 0).
    Printer,
    /// `User` (value 1).
    User,
    /// `Group` (value 2).
    Group,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_any_area)]
impl rt::StrEnum for JobHistorySummaryType {
    const TYPE_NAME: &'static str = "microsoft.graph.jobHistorySummaryType";
    const MEMBERS: &'static [&'static str] = &["Printer", "User", "Group"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "Printer" => Self::Printer,
                "User" => Self::User,
                "Group" => Self::Group,
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
            Self::Printer => "Printer",
            Self::User => "User",
            Self::Group => "Group",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_any_area)]
rt::impl_enum!(JobHistorySummaryType);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(JobHistorySummaryType);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.justifyAction`, complex type, derived from `microsoft.graph.informationProtectionAction`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct JustifyAction {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for JustifyAction {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object for JustifyAction {
    const TYPE_NAME: &'static str = "microsoft.graph.justifyAction";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.justifyAction\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members for JustifyAction {
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
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_object!(JustifyAction);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(JustifyAction);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.kerberosSignOnMappingAttributeType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum KerberosSignOnMappingAttributeType {
    /// `userPrincipalName` (value 0).
    UserPrincipalName,
    /// `onPremisesUserPrincipalName` (value 1).
    OnPremisesUserPrincipalName,
    /// `userPrincipalUsername` (value 2).
    UserPrincipalUsername,
    /// `onPremisesUserPrincipalUsername` (value 3).
    OnPremisesUserPrincipalUsername,
    /// `onPremisesSAMAccountName` (value 4).
    OnPremisesSamAccountName,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for KerberosSignOnMappingAttributeType {
    const TYPE_NAME: &'static str = "microsoft.graph.kerberosSignOnMappingAttributeType";
    const MEMBERS: &'static [&'static str] = &[
        "userPrincipalName",
        "onPremisesUserPrincipalName",
        "userPrincipalUsername",
        "onPremisesUserPrincipalUsername",
        "onPremisesSAMAccountName",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userPrincipalName" => Self::UserPrincipalName,
                "onPremisesUserPrincipalName" => Self::OnPremisesUserPrincipalName,
                "userPrincipalUsername" => Self::UserPrincipalUsername,
                "onPremisesUserPrincipalUsername" => {
                    Self::OnPremisesUserPrincipalUsername
                }
                "onPremisesSAMAccountName" => Self::OnPremisesSamAccountName,
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
            Self::UserPrincipalName => "userPrincipalName",
            Self::OnPremisesUserPrincipalName => "onPremisesUserPrincipalName",
            Self::UserPrincipalUsername => "userPrincipalUsername",
            Self::OnPremisesUserPrincipalUsername => "onPremisesUserPrincipalUsername",
            Self::OnPremisesSamAccountName => "onPremisesSAMAccountName",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(KerberosSignOnMappingAttributeType);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(KerberosSignOnMappingAttributeType);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.kerberosSignOnSettings`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct KerberosSignOnSettings {
    /// CSDL: property `kerberosServicePrincipalName`: `Edm.String`, nullable.
    pub kerberos_service_principal_name: rt::Field<::std::string::String>,
    /// CSDL: property `kerberosSignOnMappingAttributeType`: `microsoft.graph.kerberosSignOnMappingAttributeType`, nullable.
    pub kerberos_sign_on_mapping_attribute_type: rt::Field<
        crate::beta::KerberosSignOnMappingAttributeType,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for KerberosSignOnSettings {
    #[inline]
    fn default() -> Self {
        Self {
            kerberos_service_principal_name: rt::Field::Absent,
            kerberos_sign_on_mapping_attribute_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for KerberosSignOnSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.kerberosSignOnSettings";
    const KEYS: &'static [&'static str] = &[
        "kerberosServicePrincipalName",
        "kerberosSignOnMappingAttributeType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"kerberosServicePrincipalName\": ",
        ",\"kerberosSignOnMappingAttributeType\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.kerberosSignOnSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "kerberos_service_principal_name",
            &self.kerberos_service_principal_name,
        );
        v.field(
            1usize,
            "kerberos_sign_on_mapping_attribute_type",
            &self.kerberos_sign_on_mapping_attribute_type,
        );
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for KerberosSignOnSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.kerberos_service_principal_name.read_from(r),
            1usize => self.kerberos_sign_on_mapping_attribute_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.kerberos_service_principal_name);
        w.field(1usize, &self.kerberos_sign_on_mapping_attribute_type);
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
rt::impl_object!(KerberosSignOnSettings);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    KerberosSignOnSettings { with_kerberos_service_principal_name
    kerberos_service_principal_name : ::std::string::String;
    with_kerberos_sign_on_mapping_attribute_type kerberos_sign_on_mapping_attribute_type
    : crate ::beta::KerberosSignOnMappingAttributeType; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(KerberosSignOnSettings);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.keyCredential`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct KeyCredential {
    /// CSDL: property `customKeyIdentifier`: `Edm.Binary`, nullable.
    pub custom_key_identifier: rt::Field<rt::edm::Binary>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `key`: `Edm.Binary`, nullable.
    pub key: rt::Field<rt::edm::Binary>,
    /// CSDL: property `keyId`: `Edm.Guid`, nullable.
    pub key_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: property `usage`: `Edm.String`, nullable.
    pub usage: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for KeyCredential {
    #[inline]
    fn default() -> Self {
        Self {
            custom_key_identifier: rt::Field::Absent,
            display_name: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            key: rt::Field::Absent,
            key_id: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            type_: rt::Field::Absent,
            usage: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for KeyCredential {
    const TYPE_NAME: &'static str = "microsoft.graph.keyCredential";
    const KEYS: &'static [&'static str] = &[
        "customKeyIdentifier",
        "displayName",
        "endDateTime",
        "key",
        "keyId",
        "startDateTime",
        "type",
        "usage",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"customKeyIdentifier\":          ",
        ",\"displayName\":                  ",
        ",\"endDateTime\":                  ",
        ",\"key\":                          ",
        ",\"keyId\":                        ",
        ",\"startDateTime\":                ",
        ",\"type\":                         ",
        ",\"usage\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.keyCredential\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "custom_key_identifier", &self.custom_key_identifier);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "end_date_time", &self.end_date_time);
        v.field(3usize, "key", &self.key);
        v.field(4usize, "key_id", &self.key_id);
        v.field(5usize, "start_date_time", &self.start_date_time);
        v.field(6usize, "type_", &self.type_);
        v.field(7usize, "usage", &self.usage);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for KeyCredential {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.custom_key_identifier.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.end_date_time.read_from(r),
            3usize => self.key.read_from(r),
            4usize => self.key_id.read_from(r),
            5usize => self.start_date_time.read_from(r),
            6usize => self.type_.read_from(r),
            7usize => self.usage.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.custom_key_identifier);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.end_date_time);
        w.field(3usize, &self.key);
        w.field(4usize, &self.key_id);
        w.field(5usize, &self.start_date_time);
        w.field(6usize, &self.type_);
        w.field(7usize, &self.usage);
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
rt::impl_object!(KeyCredential);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    KeyCredential { with_custom_key_identifier custom_key_identifier : rt::edm::Binary;
    with_display_name display_name : ::std::string::String; with_end_date_time
    end_date_time : rt::edm::DateTimeOffset; with_key key : rt::edm::Binary; with_key_id
    key_id : rt::edm::Guid; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; with_type type_ : ::std::string::String; with_usage usage :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(KeyCredential);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.label`, enum type.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Label {
    /// `title` (value 0).
    Title,
    /// `url` (value 1).
    Url,
    /// `createdBy` (value 2).
    CreatedBy,
    /// `lastModifiedBy` (value 3).
    LastModifiedBy,
    /// `authors` (value 4).
    Authors,
    /// `createdDateTime` (value 5).
    CreatedDateTime,
    /// `lastModifiedDateTime` (value 6).
    LastModifiedDateTime,
    /// `fileName` (value 7).
    FileName,
    /// `fileExtension` (value 8).
    FileExtension,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_search)]
impl rt::StrEnum for Label {
    const TYPE_NAME: &'static str = "microsoft.graph.label";
    const MEMBERS: &'static [&'static str] = &[
        "title",
        "url",
        "createdBy",
        "lastModifiedBy",
        "authors",
        "createdDateTime",
        "lastModifiedDateTime",
        "fileName",
        "fileExtension",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "title" => Self::Title,
                "url" => Self::Url,
                "createdBy" => Self::CreatedBy,
                "lastModifiedBy" => Self::LastModifiedBy,
                "authors" => Self::Authors,
                "createdDateTime" => Self::CreatedDateTime,
                "lastModifiedDateTime" => Self::LastModifiedDateTime,
                "fileName" => Self::FileName,
                "fileExtension" => Self::FileExtension,
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
            Self::Title => "title",
            Self::Url => "url",
            Self::CreatedBy => "createdBy",
            Self::LastModifiedBy => "lastModifiedBy",
            Self::Authors => "authors",
            Self::CreatedDateTime => "createdDateTime",
            Self::LastModifiedDateTime => "lastModifiedDateTime",
            Self::FileName => "fileName",
            Self::FileExtension => "fileExtension",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_search)]
rt::impl_enum!(Label);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Label);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.labelDetails`, complex type, derived from `microsoft.graph.parentLabelDetails`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct LabelDetails {
    /// CSDL: property `color`: `Edm.String`, nullable.
    pub color: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isActive`: `Edm.Boolean`, not nullable.
    pub is_active: rt::Field<bool>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `parent`: `microsoft.graph.parentLabelDetails`, nullable.
    pub parent: rt::Field<crate::beta::AnyParentLabelDetails>,
    /// CSDL: property `sensitivity`: `Edm.Int32`, not nullable.
    pub sensitivity: rt::Field<i32>,
    /// CSDL: property `tooltip`: `Edm.String`, nullable.
    pub tooltip: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for LabelDetails {
    #[inline]
    fn default() -> Self {
        Self {
            color: rt::Field::Absent,
            description: rt::Field::Absent,
            id: rt::Field::Absent,
            is_active: rt::Field::Absent,
            name: rt::Field::Absent,
            parent: rt::Field::Absent,
            sensitivity: rt::Field::Absent,
            tooltip: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object for LabelDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.labelDetails";
    const KEYS: &'static [&'static str] = &[
        "color",
        "description",
        "id",
        "isActive",
        "name",
        "parent",
        "sensitivity",
        "tooltip",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"color\":                        ",
        ",\"description\":                  ",
        ",\"id\":                           ",
        ",\"isActive\":                     ",
        ",\"name\":                         ",
        ",\"parent\":                       ",
        ",\"sensitivity\":                  ",
        ",\"tooltip\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.labelDetails\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "color", &self.color);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "id", &self.id);
        v.field(3usize, "is_active", &self.is_active);
        v.field(4usize, "name", &self.name);
        v.field(5usize, "parent", &self.parent);
        v.field(6usize, "sensitivity", &self.sensitivity);
        v.field(7usize, "tooltip", &self.tooltip);
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members for LabelDetails {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.color.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.id.read_from(r),
            3usize => self.is_active.read_from(r),
            4usize => self.name.read_from(r),
            5usize => self.parent.read_from(r),
            6usize => self.sensitivity.read_from(r),
            7usize => self.tooltip.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.color);
        w.field(1usize, &self.description);
        w.field(2usize, &self.id);
        w.field(3usize, &self.is_active);
        w.field(4usize, &self.name);
        w.field(5usize, &self.parent);
        w.field(6usize, &self.sensitivity);
        w.field(7usize, &self.tooltip);
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
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_object!(LabelDetails);
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_setters!(
    LabelDetails { with_color color : ::std::string::String; with_description description
    : ::std::string::String; with_id id : ::std::string::String; with_is_active is_active
    : bool; with_name name : ::std::string::String; with_parent parent : crate
    ::beta::AnyParentLabelDetails; with_sensitivity sensitivity : i32; with_tooltip
    tooltip : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(LabelDetails);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.labelingOptions`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct LabelingOptions {
    /// CSDL: property `assignmentMethod`: `microsoft.graph.assignmentMethod`, not nullable.
    pub assignment_method: rt::Field<crate::beta::AssignmentMethod>,
    /// CSDL: property `downgradeJustification`: `microsoft.graph.downgradeJustification`, nullable.
    pub downgrade_justification: rt::Field<crate::beta::DowngradeJustification>,
    /// CSDL: property `extendedProperties`: `Collection(microsoft.graph.keyValuePair)`, nullable.
    pub extended_properties: rt::Field<::std::vec::Vec<crate::beta::KeyValuePair>>,
    /// CSDL: property `labelId`: `Edm.Guid`, not nullable.
    pub label_id: rt::Field<rt::edm::Guid>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for LabelingOptions {
    #[inline]
    fn default() -> Self {
        Self {
            assignment_method: rt::Field::Absent,
            downgrade_justification: rt::Field::Absent,
            extended_properties: rt::Field::Absent,
            label_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object for LabelingOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.labelingOptions";
    const KEYS: &'static [&'static str] = &[
        "assignmentMethod",
        "downgradeJustification",
        "extendedProperties",
        "labelId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"assignmentMethod\":             ",
        ",\"downgradeJustification\":       ",
        ",\"extendedProperties\":           ",
        ",\"labelId\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.labelingOptions\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "assignment_method", &self.assignment_method);
        v.field(1usize, "downgrade_justification", &self.downgrade_justification);
        v.field(2usize, "extended_properties", &self.extended_properties);
        v.field(3usize, "label_id", &self.label_id);
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members for LabelingOptions {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.assignment_method.read_from(r),
            1usize => self.downgrade_justification.read_from(r),
            2usize => self.extended_properties.read_from(r),
            3usize => self.label_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.assignment_method);
        w.field(1usize, &self.downgrade_justification);
        w.field(2usize, &self.extended_properties);
        w.field(3usize, &self.label_id);
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
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_object!(LabelingOptions);
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_setters!(
    LabelingOptions { with_assignment_method assignment_method : crate
    ::beta::AssignmentMethod; with_downgrade_justification downgrade_justification :
    crate ::beta::DowngradeJustification; with_extended_properties extended_properties :
    ::std::vec::Vec < crate ::beta::KeyValuePair >; with_label_id label_id :
    rt::edm::Guid; }
);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(LabelingOptions);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.lanManagerAuthenticationLevel`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum LanManagerAuthenticationLevel {
    /// `lmAndNltm` (value 0).
    LmAndNltm,
    /// `lmNtlmAndNtlmV2` (value 1).
    LmNtlmAndNtlmV2,
    /// `lmAndNtlmOnly` (value 2).
    LmAndNtlmOnly,
    /// `lmAndNtlmV2` (value 3).
    LmAndNtlmV2,
    /// `lmNtlmV2AndNotLm` (value 4).
    LmNtlmV2AndNotLm,
    /// `lmNtlmV2AndNotLmOrNtm` (value 5).
    LmNtlmV2AndNotLmOrNtm,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for LanManagerAuthenticationLevel {
    const TYPE_NAME: &'static str = "microsoft.graph.lanManagerAuthenticationLevel";
    const MEMBERS: &'static [&'static str] = &[
        "lmAndNltm",
        "lmNtlmAndNtlmV2",
        "lmAndNtlmOnly",
        "lmAndNtlmV2",
        "lmNtlmV2AndNotLm",
        "lmNtlmV2AndNotLmOrNtm",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "lmAndNltm" => Self::LmAndNltm,
                "lmNtlmAndNtlmV2" => Self::LmNtlmAndNtlmV2,
                "lmAndNtlmOnly" => Self::LmAndNtlmOnly,
                "lmAndNtlmV2" => Self::LmAndNtlmV2,
                "lmNtlmV2AndNotLm" => Self::LmNtlmV2AndNotLm,
                "lmNtlmV2AndNotLmOrNtm" => Self::LmNtlmV2AndNotLmOrNtm,
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
            Self::LmAndNltm => "lmAndNltm",
            Self::LmNtlmAndNtlmV2 => "lmNtlmAndNtlmV2",
            Self::LmAndNtlmOnly => "lmAndNtlmOnly",
            Self::LmAndNtlmV2 => "lmAndNtlmV2",
            Self::LmNtlmV2AndNotLm => "lmNtlmV2AndNotLm",
            Self::LmNtlmV2AndNotLmOrNtm => "lmNtlmV2AndNotLmOrNtm",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(LanManagerAuthenticationLevel);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(LanManagerAuthenticationLevel);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.licenseDetails`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct LicenseDetails {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `servicePlans`: `Collection(microsoft.graph.servicePlanInfo)`, not nullable.
    pub service_plans: rt::Field<::std::vec::Vec<crate::beta::ServicePlanInfo>>,
    /// CSDL: property `skuId`: `Edm.Guid`, nullable.
    pub sku_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `skuPartNumber`: `Edm.String`, nullable.
    pub sku_part_number: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for LicenseDetails {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            service_plans: rt::Field::Absent,
            sku_id: rt::Field::Absent,
            sku_part_number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for LicenseDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.licenseDetails";
    const KEYS: &'static [&'static str] = &[
        "id",
        "servicePlans",
        "skuId",
        "skuPartNumber",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"servicePlans\":                 ",
        ",\"skuId\":                        ",
        ",\"skuPartNumber\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.licenseDetails\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "service_plans", &self.service_plans);
        v.field(2usize, "sku_id", &self.sku_id);
        v.field(3usize, "sku_part_number", &self.sku_part_number);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for LicenseDetails {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.service_plans.read_from(r),
            2usize => self.sku_id.read_from(r),
            3usize => self.sku_part_number.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.service_plans);
        w.field(2usize, &self.sku_id);
        w.field(3usize, &self.sku_part_number);
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
rt::impl_object!(LicenseDetails);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    LicenseDetails { with_id id : ::std::string::String; with_service_plans service_plans
    : ::std::vec::Vec < crate ::beta::ServicePlanInfo >; with_sku_id sku_id :
    rt::edm::Guid; with_sku_part_number sku_part_number : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(LicenseDetails);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.licenseInfoDetail`, complex type.
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct LicenseInfoDetail {
    /// CSDL: property `licenseType`: `microsoft.graph.azureADLicenseType`, nullable.
    pub license_type: rt::Field<crate::beta::AzureAdLicenseType>,
    /// CSDL: property `totalAssignedCount`: `Edm.Int32`, nullable.
    pub total_assigned_count: rt::Field<i32>,
    /// CSDL: property `totalLicenseCount`: `Edm.Int32`, nullable.
    pub total_license_count: rt::Field<i32>,
    /// CSDL: property `totalUsageCount`: `Edm.Int32`, nullable.
    pub total_usage_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for LicenseInfoDetail {
    #[inline]
    fn default() -> Self {
        Self {
            license_type: rt::Field::Absent,
            total_assigned_count: rt::Field::Absent,
            total_license_count: rt::Field::Absent,
            total_usage_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for LicenseInfoDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.licenseInfoDetail";
    const KEYS: &'static [&'static str] = &[
        "licenseType",
        "totalAssignedCount",
        "totalLicenseCount",
        "totalUsageCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"licenseType\":                  ",
        ",\"totalAssignedCount\":           ",
        ",\"totalLicenseCount\":            ",
        ",\"totalUsageCount\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.licenseInfoDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "license_type", &self.license_type);
        v.field(1usize, "total_assigned_count", &self.total_assigned_count);
        v.field(2usize, "total_license_count", &self.total_license_count);
        v.field(3usize, "total_usage_count", &self.total_usage_count);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for LicenseInfoDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.license_type.read_from(r),
            1usize => self.total_assigned_count.read_from(r),
            2usize => self.total_license_count.read_from(r),
            3usize => self.total_usage_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.license_type);
        w.field(1usize, &self.total_assigned_count);
        w.field(2usize, &self.total_license_count);
        w.field(3usize, &self.total_usage_count);
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
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_object!(LicenseInfoDetail);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    LicenseInfoDetail { with_license_type license_type : crate
    ::beta::AzureAdLicenseType; with_total_assigned_count total_assigned_count : i32;
    with_total_license_count total_license_count : i32; with_total_usage_count
    total_usage_count : i32; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(LicenseInfoDetail);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.licenseProcessingState`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct LicenseProcessingState {
    /// CSDL: property `state`: `Edm.String`, nullable.
    pub state: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for LicenseProcessingState {
    #[inline]
    fn default() -> Self {
        Self {
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for LicenseProcessingState {
    const TYPE_NAME: &'static str = "microsoft.graph.licenseProcessingState";
    const KEYS: &'static [&'static str] = &["state"];
    const KEYS_JSON: &'static [&'static str] = &[",\"state\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.licenseProcessingState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "state", &self.state);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for LicenseProcessingState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.state);
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
rt::impl_object!(LicenseProcessingState);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(LicenseProcessingState { with_state state : ::std::string::String; });
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(LicenseProcessingState);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.linkedResource`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct LinkedResource {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `applicationName`: `Edm.String`, nullable.
    pub application_name: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `externalId`: `Edm.String`, nullable.
    pub external_id: rt::Field<::std::string::String>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for LinkedResource {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            application_name: rt::Field::Absent,
            display_name: rt::Field::Absent,
            external_id: rt::Field::Absent,
            web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for LinkedResource {
    const TYPE_NAME: &'static str = "microsoft.graph.linkedResource";
    const KEYS: &'static [&'static str] = &[
        "id",
        "applicationName",
        "displayName",
        "externalId",
        "webUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"applicationName\":              ",
        ",\"displayName\":                  ",
        ",\"externalId\":                   ",
        ",\"webUrl\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.linkedResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "application_name", &self.application_name);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "external_id", &self.external_id);
        v.field(4usize, "web_url", &self.web_url);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for LinkedResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.application_name.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.external_id.read_from(r),
            4usize => self.web_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.application_name);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.external_id);
        w.field(4usize, &self.web_url);
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
rt::impl_object!(LinkedResource);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    LinkedResource { with_id id : ::std::string::String; with_application_name
    application_name : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_external_id external_id : ::std::string::String;
    with_web_url web_url : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(LinkedResource);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.listInfo`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ListInfo {
    /// CSDL: property `contentTypesEnabled`: `Edm.Boolean`, nullable.
    pub content_types_enabled: rt::Field<bool>,
    /// CSDL: property `hidden`: `Edm.Boolean`, nullable.
    pub hidden: rt::Field<bool>,
    /// CSDL: property `template`: `Edm.String`, nullable.
    pub template: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl ::std::default::Default for ListInfo {
    #[inline]
    fn default() -> Self {
        Self {
            content_types_enabled: rt::Field::Absent,
            hidden: rt::Field::Absent,
            template: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::Object for ListInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.listInfo";
    const KEYS: &'static [&'static str] = &["contentTypesEnabled", "hidden", "template"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"contentTypesEnabled\":          ",
        ",\"hidden\":                       ",
        ",\"template\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.listInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "content_types_enabled", &self.content_types_enabled);
        v.field(1usize, "hidden", &self.hidden);
        v.field(2usize, "template", &self.template);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::object::Members for ListInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.content_types_enabled.read_from(r),
            1usize => self.hidden.read_from(r),
            2usize => self.template.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.content_types_enabled);
        w.field(1usize, &self.hidden);
        w.field(2usize, &self.template);
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_object!(ListInfo);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    ListInfo { with_content_types_enabled content_types_enabled : bool; with_hidden
    hidden : bool; with_template template : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(ListInfo);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.listItemVersion`, entity type, derived from `microsoft.graph.baseItemVersion`, key `id`.
///
/// Request builders: [`ListItemVersionPath`](requests/trait.ListItemVersionPath.html), what a path to one (`EntityPath<ListItemVersion, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ListItemVersion {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `publication`: `microsoft.graph.publicationFacet`, nullable.
    pub publication: rt::Field<crate::beta::PublicationFacet>,
    /// CSDL: containment navigation property `fields`: `microsoft.graph.fieldValueSet`, nullable.
    pub fields: rt::Field<crate::beta::FieldValueSet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for ListItemVersion {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            publication: rt::Field::Absent,
            fields: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for ListItemVersion {
    const TYPE_NAME: &'static str = "microsoft.graph.listItemVersion";
    const KEYS: &'static [&'static str] = &[
        "id",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "publication",
        "fields",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"publication\":                  ",
        ",\"fields\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.listItemVersion\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "last_modified_by", &self.last_modified_by);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(3usize, "publication", &self.publication);
        v.field(4usize, "fields", &self.fields);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for ListItemVersion {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.last_modified_by.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            3usize => self.publication.read_from(r),
            4usize => self.fields.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.last_modified_by);
        w.field(2usize, &self.last_modified_date_time);
        w.field(3usize, &self.publication);
        w.field(4usize, &self.fields);
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(ListItemVersion);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    ListItemVersion { with_id id : ::std::string::String; with_last_modified_by
    last_modified_by : crate ::beta::IdentitySet; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_publication publication :
    crate ::beta::PublicationFacet; with_fields fields : crate ::beta::FieldValueSet; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(ListItemVersion);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.localSecurityOptionsInformationDisplayedOnLockScreenType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum LocalSecurityOptionsInformationDisplayedOnLockScreenType {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `administrators` (value 1).
    Administrators,
    /// `administratorsAndPowerUsers` (value 2).
    AdministratorsAndPowerUsers,
    /// `administratorsAndInteractiveUsers` (value 3).
    AdministratorsAndInteractiveUsers,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for LocalSecurityOptionsInformationDisplayedOnLockScreenType {
    const TYPE_NAME: &'static str = "microsoft.graph.localSecurityOptionsInformationDisplayedOnLockScreenType";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "administrators",
        "administratorsAndPowerUsers",
        "administratorsAndInteractiveUsers",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "administrators" => Self::Administrators,
                "administratorsAndPowerUsers" => Self::AdministratorsAndPowerUsers,
                "administratorsAndInteractiveUsers" => {
                    Self::AdministratorsAndInteractiveUsers
                }
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
            Self::NotConfigured => "notConfigured",
            Self::Administrators => "administrators",
            Self::AdministratorsAndPowerUsers => "administratorsAndPowerUsers",
            Self::AdministratorsAndInteractiveUsers => {
                "administratorsAndInteractiveUsers"
            }
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(LocalSecurityOptionsInformationDisplayedOnLockScreenType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(LocalSecurityOptionsInformationDisplayedOnLockScreenType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.localSecurityOptionsMinimumSessionSecurity`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum LocalSecurityOptionsMinimumSessionSecurity {
    /// `none` (value 0).
    None,
    /// `requireNtmlV2SessionSecurity` (value 1).
    RequireNtmlV2SessionSecurity,
    /// `require128BitEncryption` (value 2).
    Require128BitEncryption,
    /// `ntlmV2And128BitEncryption` (value 3).
    NtlmV2And128BitEncryption,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for LocalSecurityOptionsMinimumSessionSecurity {
    const TYPE_NAME: &'static str = "microsoft.graph.localSecurityOptionsMinimumSessionSecurity";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "requireNtmlV2SessionSecurity",
        "require128BitEncryption",
        "ntlmV2And128BitEncryption",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "requireNtmlV2SessionSecurity" => Self::RequireNtmlV2SessionSecurity,
                "require128BitEncryption" => Self::Require128BitEncryption,
                "ntlmV2And128BitEncryption" => Self::NtlmV2And128BitEncryption,
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
            Self::RequireNtmlV2SessionSecurity => "requireNtmlV2SessionSecurity",
            Self::Require128BitEncryption => "require128BitEncryption",
            Self::NtlmV2And128BitEncryption => "ntlmV2And128BitEncryption",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(LocalSecurityOptionsMinimumSessionSecurity);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(LocalSecurityOptionsMinimumSessionSecurity);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.localSecurityOptionsStandardUserElevationPromptBehaviorType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum LocalSecurityOptionsStandardUserElevationPromptBehaviorType {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `automaticallyDenyElevationRequests` (value 1).
    AutomaticallyDenyElevationRequests,
    /// `promptForCredentialsOnTheSecureDesktop` (value 2).
    PromptForCredentialsOnTheSecureDesktop,
    /// `promptForCredentials` (value 3).
    PromptForCredentials,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for LocalSecurityOptionsStandardUserElevationPromptBehaviorType {
    const TYPE_NAME: &'static str = "microsoft.graph.localSecurityOptionsStandardUserElevationPromptBehaviorType";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "automaticallyDenyElevationRequests",
        "promptForCredentialsOnTheSecureDesktop",
        "promptForCredentials",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "automaticallyDenyElevationRequests" => {
                    Self::AutomaticallyDenyElevationRequests
                }
                "promptForCredentialsOnTheSecureDesktop" => {
                    Self::PromptForCredentialsOnTheSecureDesktop
                }
                "promptForCredentials" => Self::PromptForCredentials,
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
            Self::NotConfigured => "notConfigured",
            Self::AutomaticallyDenyElevationRequests => {
                "automaticallyDenyElevationRequests"
            }
            Self::PromptForCredentialsOnTheSecureDesktop => {
                "promptForCredentialsOnTheSecureDesktop"
            }
            Self::PromptForCredentials => "promptForCredentials",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(LocalSecurityOptionsStandardUserElevationPromptBehaviorType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(LocalSecurityOptionsStandardUserElevationPromptBehaviorType);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.locationConstraint`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct LocationConstraint {
    /// CSDL: property `isRequired`: `Edm.Boolean`, nullable.
    pub is_required: rt::Field<bool>,
    /// CSDL: property `locations`: `Collection(microsoft.graph.locationConstraintItem)`, nullable.
    pub locations: rt::Field<::std::vec::Vec<crate::beta::LocationConstraintItem>>,
    /// CSDL: property `suggestLocation`: `Edm.Boolean`, nullable.
    pub suggest_location: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for LocationConstraint {
    #[inline]
    fn default() -> Self {
        Self {
            is_required: rt::Field::Absent,
            locations: rt::Field::Absent,
            suggest_location: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for LocationConstraint {
    const TYPE_NAME: &'static str = "microsoft.graph.locationConstraint";
    const KEYS: &'static [&'static str] = &[
        "isRequired",
        "locations",
        "suggestLocation",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isRequired\":                   ",
        ",\"locations\":                    ",
        ",\"suggestLocation\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.locationConstraint\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_required", &self.is_required);
        v.field(1usize, "locations", &self.locations);
        v.field(2usize, "suggest_location", &self.suggest_location);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for LocationConstraint {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_required.read_from(r),
            1usize => self.locations.read_from(r),
            2usize => self.suggest_location.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_required);
        w.field(1usize, &self.locations);
        w.field(2usize, &self.suggest_location);
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
rt::impl_object!(LocationConstraint);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    LocationConstraint { with_is_required is_required : bool; with_locations locations :
    ::std::vec::Vec < crate ::beta::LocationConstraintItem >; with_suggest_location
    suggest_location : bool; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(LocationConstraint);
#[cfg(msgraph_beta_core)]
/// Logged On User
///
/// CSDL: `microsoft.graph.loggedOnUser`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct LoggedOnUser {
    /// Date time when user logs on
    ///
    /// CSDL: property `lastLogOnDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_log_on_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// User id
    ///
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for LoggedOnUser {
    #[inline]
    fn default() -> Self {
        Self {
            last_log_on_date_time: rt::Field::Absent,
            user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for LoggedOnUser {
    const TYPE_NAME: &'static str = "microsoft.graph.loggedOnUser";
    const KEYS: &'static [&'static str] = &["lastLogOnDateTime", "userId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"lastLogOnDateTime\":            ",
        ",\"userId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.loggedOnUser\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "last_log_on_date_time", &self.last_log_on_date_time);
        v.field(1usize, "user_id", &self.user_id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for LoggedOnUser {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.last_log_on_date_time.read_from(r),
            1usize => self.user_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.last_log_on_date_time);
        w.field(1usize, &self.user_id);
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
rt::impl_object!(LoggedOnUser);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    LoggedOnUser { with_last_log_on_date_time last_log_on_date_time :
    rt::edm::DateTimeOffset; with_user_id user_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(LoggedOnUser);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.longRunningOperation`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct LongRunningOperation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastActionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_action_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `resourceLocation`: `Edm.String`, nullable.
    pub resource_location: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.longRunningOperationStatus`, nullable.
    pub status: rt::Field<crate::beta::LongRunningOperationStatus>,
    /// CSDL: property `statusDetail`: `Edm.String`, nullable.
    pub status_detail: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for LongRunningOperation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_action_date_time: rt::Field::Absent,
            resource_location: rt::Field::Absent,
            status: rt::Field::Absent,
            status_detail: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for LongRunningOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.longRunningOperation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "lastActionDateTime",
        "resourceLocation",
        "status",
        "statusDetail",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"lastActionDateTime\":           ",
        ",\"resourceLocation\":             ",
        ",\"status\":                       ",
        ",\"statusDetail\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.longRunningOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "last_action_date_time", &self.last_action_date_time);
        v.field(3usize, "resource_location", &self.resource_location);
        v.field(4usize, "status", &self.status);
        v.field(5usize, "status_detail", &self.status_detail);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for LongRunningOperation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.last_action_date_time.read_from(r),
            3usize => self.resource_location.read_from(r),
            4usize => self.status.read_from(r),
            5usize => self.status_detail.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.last_action_date_time);
        w.field(3usize, &self.resource_location);
        w.field(4usize, &self.status);
        w.field(5usize, &self.status_detail);
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
rt::impl_object!(LongRunningOperation);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    LongRunningOperation { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_last_action_date_time
    last_action_date_time : rt::edm::DateTimeOffset; with_resource_location
    resource_location : ::std::string::String; with_status status : crate
    ::beta::LongRunningOperationStatus; with_status_detail status_detail :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(LongRunningOperation);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.longRunningOperationStatus`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum LongRunningOperationStatus {
    /// `notstarted` (value 0).
    Notstarted,
    /// `running` (value 1).
    Running,
    /// `succeeded` (value 2).
    Succeeded,
    /// `failed` (value 3).
    Failed,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for LongRunningOperationStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.longRunningOperationStatus";
    const MEMBERS: &'static [&'static str] = &[
        "notstarted",
        "running",
        "succeeded",
        "failed",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notstarted" => Self::Notstarted,
                "running" => Self::Running,
                "succeeded" => Self::Succeeded,
                "failed" => Self::Failed,
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
            Self::Notstarted => "notstarted",
            Self::Running => "running",
            Self::Succeeded => "succeeded",
            Self::Failed => "failed",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(LongRunningOperationStatus);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(LongRunningOperationStatus);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.lookupColumn`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct LookupColumn {
    /// CSDL: property `allowMultipleValues`: `Edm.Boolean`, nullable.
    pub allow_multiple_values: rt::Field<bool>,
    /// CSDL: property `allowUnlimitedLength`: `Edm.Boolean`, nullable.
    pub allow_unlimited_length: rt::Field<bool>,
    /// CSDL: property `columnName`: `Edm.String`, nullable.
    pub column_name: rt::Field<::std::string::String>,
    /// CSDL: property `listId`: `Edm.String`, nullable.
    pub list_id: rt::Field<::std::string::String>,
    /// CSDL: property `primaryLookupColumnId`: `Edm.String`, nullable.
    pub primary_lookup_column_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl ::std::default::Default for LookupColumn {
    #[inline]
    fn default() -> Self {
        Self {
            allow_multiple_values: rt::Field::Absent,
            allow_unlimited_length: rt::Field::Absent,
            column_name: rt::Field::Absent,
            list_id: rt::Field::Absent,
            primary_lookup_column_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::Object for LookupColumn {
    const TYPE_NAME: &'static str = "microsoft.graph.lookupColumn";
    const KEYS: &'static [&'static str] = &[
        "allowMultipleValues",
        "allowUnlimitedLength",
        "columnName",
        "listId",
        "primaryLookupColumnId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowMultipleValues\":          ",
        ",\"allowUnlimitedLength\":         ",
        ",\"columnName\":                   ",
        ",\"listId\":                       ",
        ",\"primaryLookupColumnId\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.lookupColumn\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allow_multiple_values", &self.allow_multiple_values);
        v.field(1usize, "allow_unlimited_length", &self.allow_unlimited_length);
        v.field(2usize, "column_name", &self.column_name);
        v.field(3usize, "list_id", &self.list_id);
        v.field(4usize, "primary_lookup_column_id", &self.primary_lookup_column_id);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::object::Members for LookupColumn {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allow_multiple_values.read_from(r),
            1usize => self.allow_unlimited_length.read_from(r),
            2usize => self.column_name.read_from(r),
            3usize => self.list_id.read_from(r),
            4usize => self.primary_lookup_column_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allow_multiple_values);
        w.field(1usize, &self.allow_unlimited_length);
        w.field(2usize, &self.column_name);
        w.field(3usize, &self.list_id);
        w.field(4usize, &self.primary_lookup_column_id);
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_object!(LookupColumn);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    LookupColumn { with_allow_multiple_values allow_multiple_values : bool;
    with_allow_unlimited_length allow_unlimited_length : bool; with_column_name
    column_name : ::std::string::String; with_list_id list_id : ::std::string::String;
    with_primary_lookup_column_id primary_lookup_column_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(LookupColumn);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.lostModeState`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum LostModeState {
    /// `disabled` (value 0).
    Disabled,
    /// `enabled` (value 1).
    Enabled,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for LostModeState {
    const TYPE_NAME: &'static str = "microsoft.graph.lostModeState";
    const MEMBERS: &'static [&'static str] = &["disabled", "enabled"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "disabled" => Self::Disabled,
                "enabled" => Self::Enabled,
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
            Self::Disabled => "disabled",
            Self::Enabled => "enabled",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(LostModeState);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(LostModeState);
