//! Types of `microsoft.graph` by the first letters of their names (`devicer_devicet`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.deviceRegistrationState`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceRegistrationState {
    /// `notRegistered` (value 0).
    NotRegistered,
    /// `registered` (value 2).
    Registered,
    /// `revoked` (value 3).
    Revoked,
    /// `keyConflict` (value 4).
    KeyConflict,
    /// `approvalPending` (value 5).
    ApprovalPending,
    /// `certificateReset` (value 6).
    CertificateReset,
    /// `notRegisteredPendingEnrollment` (value 7).
    NotRegisteredPendingEnrollment,
    /// `unknown` (value 8).
    Unknown,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for DeviceRegistrationState {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceRegistrationState";
    const MEMBERS: &'static [&'static str] = &[
        "notRegistered",
        "registered",
        "revoked",
        "keyConflict",
        "approvalPending",
        "certificateReset",
        "notRegisteredPendingEnrollment",
        "unknown",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notRegistered" => Self::NotRegistered,
                "registered" => Self::Registered,
                "revoked" => Self::Revoked,
                "keyConflict" => Self::KeyConflict,
                "approvalPending" => Self::ApprovalPending,
                "certificateReset" => Self::CertificateReset,
                "notRegisteredPendingEnrollment" => Self::NotRegisteredPendingEnrollment,
                "unknown" => Self::Unknown,
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
            Self::NotRegistered => "notRegistered",
            Self::Registered => "registered",
            Self::Revoked => "revoked",
            Self::KeyConflict => "keyConflict",
            Self::ApprovalPending => "approvalPending",
            Self::CertificateReset => "certificateReset",
            Self::NotRegisteredPendingEnrollment => "notRegisteredPendingEnrollment",
            Self::Unknown => "unknown",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(DeviceRegistrationState);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceRegistrationState);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// CSDL: `microsoft.graph.deviceRestrictionAction`, complex type, derived from `microsoft.graph.dlpActionInfo`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct DeviceRestrictionAction {
    /// CSDL: property `action`: `microsoft.graph.dlpAction`, nullable.
    pub action: rt::Field<crate::beta::DlpAction>,
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// CSDL: property `restrictionAction`: `microsoft.graph.restrictionAction`, nullable.
    pub restriction_action: rt::Field<crate::beta::RestrictionAction>,
    /// CSDL: property `triggers`: `Collection(microsoft.graph.restrictionTrigger)`, nullable.
    pub triggers: rt::Field<::std::vec::Vec<crate::beta::RestrictionTrigger>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::default::Default for DeviceRestrictionAction {
    #[inline]
    fn default() -> Self {
        Self {
            action: rt::Field::Absent,
            message: rt::Field::Absent,
            restriction_action: rt::Field::Absent,
            triggers: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::Object for DeviceRestrictionAction {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceRestrictionAction";
    const KEYS: &'static [&'static str] = &[
        "action",
        "message",
        "restrictionAction",
        "triggers",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"action\":",
        ",\"message\":",
        ",\"restrictionAction\":",
        ",\"triggers\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceRestrictionAction\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.action.read_from(r),
            1usize => self.message.read_from(r),
            2usize => self.restriction_action.read_from(r),
            3usize => self.triggers.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.action);
        w.field(1usize, &self.message);
        w.field(2usize, &self.restriction_action);
        w.field(3usize, &self.triggers);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.action),
            1usize => ::std::option::Option::Some(&self.message),
            2usize => ::std::option::Option::Some(&self.restriction_action),
            3usize => ::std::option::Option::Some(&self.triggers),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "action", &self.action);
        d.field(1usize, "message", &self.message);
        d.field(2usize, "restriction_action", &self.restriction_action);
        d.field(3usize, "triggers", &self.triggers);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_object!(DeviceRestrictionAction);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_setters!(
    DeviceRestrictionAction { with_action action : crate ::beta::DlpAction; with_message
    message : ::std::string::String; with_restriction_action restriction_action : crate
    ::beta::RestrictionAction; with_triggers triggers : ::std::vec::Vec < crate
    ::beta::RestrictionTrigger >; }
);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceRestrictionAction);
#[cfg(msgraph_beta_search)]
/// This is the base class for Setup Configuration. Setup configurations are platform specific and individual per-platform setup configurations inherit from here.
///
/// CSDL: `microsoft.graph.deviceSetupConfiguration`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`DeviceSetupConfigurationPath`](requests/struct.DeviceSetupConfigurationPath.html), the type of a path to one.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone, PartialEq)]
pub struct DeviceSetupConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// DateTime the object was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Admin provided description of the Device Configuration.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Admin provided name of the device configuration.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// DateTime the object was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Version of the device configuration.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for DeviceSetupConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for DeviceSetupConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceSetupConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "version",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"createdDateTime\":",
        ",\"description\":",
        ",\"displayName\":",
        ",\"lastModifiedDateTime\":",
        ",\"version\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceSetupConfiguration\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.version);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.created_date_time),
            2usize => ::std::option::Option::Some(&self.description),
            3usize => ::std::option::Option::Some(&self.display_name),
            4usize => ::std::option::Option::Some(&self.last_modified_date_time),
            5usize => ::std::option::Option::Some(&self.version),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "created_date_time", &self.created_date_time);
        d.field(2usize, "description", &self.description);
        d.field(3usize, "display_name", &self.display_name);
        d.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        d.field(5usize, "version", &self.version);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_search)]
rt::impl_object!(DeviceSetupConfiguration);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    DeviceSetupConfiguration { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_version version : i32; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceSetupConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceThreatProtectionLevel`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceThreatProtectionLevel {
    /// `unavailable` (value 0).
    Unavailable,
    /// `secured` (value 1).
    Secured,
    /// `low` (value 2).
    Low,
    /// `medium` (value 3).
    Medium,
    /// `high` (value 4).
    High,
    /// `notSet` (value 10).
    NotSet,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceThreatProtectionLevel {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceThreatProtectionLevel";
    const MEMBERS: &'static [&'static str] = &[
        "unavailable",
        "secured",
        "low",
        "medium",
        "high",
        "notSet",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unavailable" => Self::Unavailable,
                "secured" => Self::Secured,
                "low" => Self::Low,
                "medium" => Self::Medium,
                "high" => Self::High,
                "notSet" => Self::NotSet,
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
            Self::Unavailable => "unavailable",
            Self::Secured => "secured",
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::NotSet => "notSet",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceThreatProtectionLevel);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceThreatProtectionLevel);
