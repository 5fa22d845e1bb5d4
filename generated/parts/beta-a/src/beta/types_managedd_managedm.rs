//! Types of `microsoft.graph` by the first letters of their names (`managedd_managedm`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.managedDeviceArchitecture`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ManagedDeviceArchitecture {
    /// `unknown` (value 0).
    Unknown,
    /// `x86` (value 1).
    X86,
    /// `x64` (value 2).
    X64,
    /// `arm` (value 3).
    Arm,
    /// `arM64` (value 4).
    ArM64,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for ManagedDeviceArchitecture {
    const TYPE_NAME: &'static str = "microsoft.graph.managedDeviceArchitecture";
    const MEMBERS: &'static [&'static str] = &["unknown", "x86", "x64", "arm", "arM64"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "x86" => Self::X86,
                "x64" => Self::X64,
                "arm" => Self::Arm,
                "arM64" => Self::ArM64,
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
            Self::X86 => "x86",
            Self::X64 => "x64",
            Self::Arm => "arm",
            Self::ArM64 => "arM64",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(ManagedDeviceArchitecture);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceArchitecture);
#[cfg(msgraph_beta_device_management_or_search)]
/// Encryption report per device
///
/// CSDL: `microsoft.graph.managedDeviceEncryptionState`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct ManagedDeviceEncryptionState {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Advanced BitLocker State
    ///
    /// CSDL: property `advancedBitLockerStates`: `microsoft.graph.advancedBitLockerState`, nullable.
    pub advanced_bit_locker_states: rt::Field<
        rt::Flags<crate::beta::AdvancedBitLockerState>,
    >,
    /// Device name
    ///
    /// CSDL: property `deviceName`: `Edm.String`, nullable.
    pub device_name: rt::Field<::std::string::String>,
    /// Platform of the device.
    ///
    /// CSDL: property `deviceType`: `microsoft.graph.deviceTypes`, not nullable.
    pub device_type: rt::Field<crate::beta::DeviceTypes>,
    /// Encryption policy setting state
    ///
    /// CSDL: property `encryptionPolicySettingState`: `microsoft.graph.complianceStatus`, not nullable.
    pub encryption_policy_setting_state: rt::Field<crate::beta::ComplianceStatus>,
    /// Encryption readiness state
    ///
    /// CSDL: property `encryptionReadinessState`: `microsoft.graph.encryptionReadinessState`, not nullable.
    pub encryption_readiness_state: rt::Field<crate::beta::EncryptionReadinessState>,
    /// Device encryption state
    ///
    /// CSDL: property `encryptionState`: `microsoft.graph.encryptionState`, not nullable.
    pub encryption_state: rt::Field<crate::beta::EncryptionState>,
    /// FileVault State
    ///
    /// CSDL: property `fileVaultStates`: `microsoft.graph.fileVaultState`, nullable.
    pub file_vault_states: rt::Field<rt::Flags<crate::beta::FileVaultState>>,
    /// Operating system version of the device
    ///
    /// CSDL: property `osVersion`: `Edm.String`, nullable.
    pub os_version: rt::Field<::std::string::String>,
    /// Policy Details
    ///
    /// CSDL: property `policyDetails`: `Collection(microsoft.graph.encryptionReportPolicyDetails)`, nullable.
    pub policy_details: rt::Field<
        ::std::vec::Vec<crate::beta::EncryptionReportPolicyDetails>,
    >,
    /// Device TPM Version
    ///
    /// CSDL: property `tpmSpecificationVersion`: `Edm.String`, nullable.
    pub tpm_specification_version: rt::Field<::std::string::String>,
    /// User name
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for ManagedDeviceEncryptionState {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            advanced_bit_locker_states: rt::Field::Absent,
            device_name: rt::Field::Absent,
            device_type: rt::Field::Absent,
            encryption_policy_setting_state: rt::Field::Absent,
            encryption_readiness_state: rt::Field::Absent,
            encryption_state: rt::Field::Absent,
            file_vault_states: rt::Field::Absent,
            os_version: rt::Field::Absent,
            policy_details: rt::Field::Absent,
            tpm_specification_version: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for ManagedDeviceEncryptionState {
    const TYPE_NAME: &'static str = "microsoft.graph.managedDeviceEncryptionState";
    const KEYS: &'static [&'static str] = &[
        "id",
        "advancedBitLockerStates",
        "deviceName",
        "deviceType",
        "encryptionPolicySettingState",
        "encryptionReadinessState",
        "encryptionState",
        "fileVaultStates",
        "osVersion",
        "policyDetails",
        "tpmSpecificationVersion",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"advancedBitLockerStates\":      ",
        ",\"deviceName\":                   ",
        ",\"deviceType\":                   ",
        ",\"encryptionPolicySettingState\": ",
        ",\"encryptionReadinessState\":     ",
        ",\"encryptionState\":              ",
        ",\"fileVaultStates\":              ",
        ",\"osVersion\":                    ",
        ",\"policyDetails\":                ",
        ",\"tpmSpecificationVersion\":      ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedDeviceEncryptionState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "advanced_bit_locker_states", &self.advanced_bit_locker_states);
        v.field(2usize, "device_name", &self.device_name);
        v.field(3usize, "device_type", &self.device_type);
        v.field(
            4usize,
            "encryption_policy_setting_state",
            &self.encryption_policy_setting_state,
        );
        v.field(5usize, "encryption_readiness_state", &self.encryption_readiness_state);
        v.field(6usize, "encryption_state", &self.encryption_state);
        v.field(7usize, "file_vault_states", &self.file_vault_states);
        v.field(8usize, "os_version", &self.os_version);
        v.field(9usize, "policy_details", &self.policy_details);
        v.field(10usize, "tpm_specification_version", &self.tpm_specification_version);
        v.field(11usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for ManagedDeviceEncryptionState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.advanced_bit_locker_states.read_from(r),
            2usize => self.device_name.read_from(r),
            3usize => self.device_type.read_from(r),
            4usize => self.encryption_policy_setting_state.read_from(r),
            5usize => self.encryption_readiness_state.read_from(r),
            6usize => self.encryption_state.read_from(r),
            7usize => self.file_vault_states.read_from(r),
            8usize => self.os_version.read_from(r),
            9usize => self.policy_details.read_from(r),
            10usize => self.tpm_specification_version.read_from(r),
            11usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.advanced_bit_locker_states);
        w.field(2usize, &self.device_name);
        w.field(3usize, &self.device_type);
        w.field(4usize, &self.encryption_policy_setting_state);
        w.field(5usize, &self.encryption_readiness_state);
        w.field(6usize, &self.encryption_state);
        w.field(7usize, &self.file_vault_states);
        w.field(8usize, &self.os_version);
        w.field(9usize, &self.policy_details);
        w.field(10usize, &self.tpm_specification_version);
        w.field(11usize, &self.user_principal_name);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(ManagedDeviceEncryptionState);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    ManagedDeviceEncryptionState { with_id id : ::std::string::String;
    with_advanced_bit_locker_states advanced_bit_locker_states : rt::Flags < crate
    ::beta::AdvancedBitLockerState >; with_device_name device_name :
    ::std::string::String; with_device_type device_type : crate ::beta::DeviceTypes;
    with_encryption_policy_setting_state encryption_policy_setting_state : crate
    ::beta::ComplianceStatus; with_encryption_readiness_state encryption_readiness_state
    : crate ::beta::EncryptionReadinessState; with_encryption_state encryption_state :
    crate ::beta::EncryptionState; with_file_vault_states file_vault_states : rt::Flags <
    crate ::beta::FileVaultState >; with_os_version os_version : ::std::string::String;
    with_policy_details policy_details : ::std::vec::Vec < crate
    ::beta::EncryptionReportPolicyDetails >; with_tpm_specification_version
    tpm_specification_version : ::std::string::String; with_user_principal_name
    user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceEncryptionState);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// An abstract class for Mobile app configuration for enrolled devices.
///
/// CSDL: `microsoft.graph.managedDeviceMobileAppConfiguration`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`ManagedDeviceMobileAppConfigurationPath`](requests/trait.ManagedDeviceMobileAppConfigurationPath.html), what a path to one (`EntityPath<AnyManagedDeviceMobileAppConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct ManagedDeviceMobileAppConfiguration {
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
    /// List of Scope Tags for this App configuration entity.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// the associated app.
    ///
    /// CSDL: property `targetedMobileApps`: `Collection(Edm.String)`, nullable.
    pub targeted_mobile_apps: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Version of the device configuration.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of group assignemenets for app configration.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.managedDeviceMobileAppConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::ManagedDeviceMobileAppConfigurationAssignment>,
    >,
    /// List of ManagedDeviceMobileAppConfigurationDeviceStatus.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::ManagedDeviceMobileAppConfigurationDeviceStatus>,
    >,
    /// App configuration device status summary.
    ///
    /// CSDL: containment navigation property `deviceStatusSummary`: `microsoft.graph.managedDeviceMobileAppConfigurationDeviceSummary`, nullable.
    pub device_status_summary: rt::Field<
        crate::beta::ManagedDeviceMobileAppConfigurationDeviceSummary,
    >,
    /// List of ManagedDeviceMobileAppConfigurationUserStatus.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.managedDeviceMobileAppConfigurationUserStatus)`, not nullable.
    pub user_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::ManagedDeviceMobileAppConfigurationUserStatus>,
    >,
    /// App configuration user status summary.
    ///
    /// CSDL: containment navigation property `userStatusSummary`: `microsoft.graph.managedDeviceMobileAppConfigurationUserSummary`, nullable.
    pub user_status_summary: rt::Field<
        crate::beta::ManagedDeviceMobileAppConfigurationUserSummary,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for ManagedDeviceMobileAppConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            targeted_mobile_apps: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_summary: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_summary: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for ManagedDeviceMobileAppConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.managedDeviceMobileAppConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "targetedMobileApps",
        "version",
        "assignments",
        "deviceStatuses",
        "deviceStatusSummary",
        "userStatuses",
        "userStatusSummary",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"targetedMobileApps\":           ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusSummary\":          ",
        ",\"userStatuses\":                 ",
        ",\"userStatusSummary\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedDeviceMobileAppConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(6usize, "targeted_mobile_apps", &self.targeted_mobile_apps);
        v.field(7usize, "version", &self.version);
        v.field(8usize, "assignments", &self.assignments);
        v.field(9usize, "device_statuses", &self.device_statuses);
        v.field(10usize, "device_status_summary", &self.device_status_summary);
        v.field(11usize, "user_statuses", &self.user_statuses);
        v.field(12usize, "user_status_summary", &self.user_status_summary);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for ManagedDeviceMobileAppConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.role_scope_tag_ids.read_from(r),
            6usize => self.targeted_mobile_apps.read_from(r),
            7usize => self.version.read_from(r),
            8usize => self.assignments.read_from(r),
            9usize => self.device_statuses.read_from(r),
            10usize => self.device_status_summary.read_from(r),
            11usize => self.user_statuses.read_from(r),
            12usize => self.user_status_summary.read_from(r),
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
        w.field(5usize, &self.role_scope_tag_ids);
        w.field(6usize, &self.targeted_mobile_apps);
        w.field(7usize, &self.version);
        w.field(8usize, &self.assignments);
        w.field(9usize, &self.device_statuses);
        w.field(10usize, &self.device_status_summary);
        w.field(11usize, &self.user_statuses);
        w.field(12usize, &self.user_status_summary);
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(ManagedDeviceMobileAppConfiguration);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    ManagedDeviceMobileAppConfiguration { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec
    < ::std::string::String >; with_targeted_mobile_apps targeted_mobile_apps :
    ::std::vec::Vec < ::std::string::String >; with_version version : i32;
    with_assignments assignments : ::std::vec::Vec < crate
    ::beta::ManagedDeviceMobileAppConfigurationAssignment >; with_device_statuses
    device_statuses : ::std::vec::Vec < crate
    ::beta::ManagedDeviceMobileAppConfigurationDeviceStatus >; with_device_status_summary
    device_status_summary : crate
    ::beta::ManagedDeviceMobileAppConfigurationDeviceSummary; with_user_statuses
    user_statuses : ::std::vec::Vec < crate
    ::beta::ManagedDeviceMobileAppConfigurationUserStatus >; with_user_status_summary
    user_status_summary : crate ::beta::ManagedDeviceMobileAppConfigurationUserSummary; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceMobileAppConfiguration);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// `microsoft.graph.managedDeviceMobileAppConfiguration` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyManagedDeviceMobileAppConfiguration {
    ManagedDeviceMobileAppConfiguration(
        ::std::boxed::Box<crate::beta::ManagedDeviceMobileAppConfiguration>,
    ),
    AndroidForWorkMobileAppConfiguration(
        ::std::boxed::Box<crate::beta::AndroidForWorkMobileAppConfiguration>,
    ),
    AndroidManagedStoreAppConfiguration(
        ::std::boxed::Box<crate::beta::AndroidManagedStoreAppConfiguration>,
    ),
    IosMobileAppConfiguration(::std::boxed::Box<crate::beta::IosMobileAppConfiguration>),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for AnyManagedDeviceMobileAppConfiguration {
    #[inline]
    fn default() -> Self {
        Self::ManagedDeviceMobileAppConfiguration(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedDeviceMobileAppConfiguration>
for AnyManagedDeviceMobileAppConfiguration {
    #[inline]
    fn from(v: crate::beta::ManagedDeviceMobileAppConfiguration) -> Self {
        Self::ManagedDeviceMobileAppConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidForWorkMobileAppConfiguration>
for AnyManagedDeviceMobileAppConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidForWorkMobileAppConfiguration) -> Self {
        Self::AndroidForWorkMobileAppConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidManagedStoreAppConfiguration>
for AnyManagedDeviceMobileAppConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidManagedStoreAppConfiguration) -> Self {
        Self::AndroidManagedStoreAppConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosMobileAppConfiguration>
for AnyManagedDeviceMobileAppConfiguration {
    #[inline]
    fn from(v: crate::beta::IosMobileAppConfiguration) -> Self {
        Self::IosMobileAppConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
unsafe impl ::std::marker::Send for AnyManagedDeviceMobileAppConfiguration {}
#[cfg(msgraph_beta_device_app_management_or_search)]
unsafe impl ::std::marker::Sync for AnyManagedDeviceMobileAppConfiguration {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::marker::Unpin for AnyManagedDeviceMobileAppConfiguration {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::panic::UnwindSafe for AnyManagedDeviceMobileAppConfiguration {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyManagedDeviceMobileAppConfiguration {}
#[cfg(msgraph_beta_device_app_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::ManagedDeviceMobileAppConfiguration>();
    rt::object::auto_traits::<crate::beta::AndroidForWorkMobileAppConfiguration>();
    rt::object::auto_traits::<crate::beta::AndroidManagedStoreAppConfiguration>();
    rt::object::auto_traits::<crate::beta::IosMobileAppConfiguration>();
};
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Poly for AnyManagedDeviceMobileAppConfiguration {
    const BASE_NAME: &'static str = "microsoft.graph.managedDeviceMobileAppConfiguration";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkMobileAppConfiguration",
            ) => Self::AndroidForWorkMobileAppConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidManagedStoreAppConfiguration",
            ) => Self::AndroidManagedStoreAppConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.iosMobileAppConfiguration") => {
                Self::IosMobileAppConfiguration(rt::object::new_boxed())
            }
            _ => Self::ManagedDeviceMobileAppConfiguration(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &**v,
            Self::AndroidForWorkMobileAppConfiguration(v) => &**v,
            Self::AndroidManagedStoreAppConfiguration(v) => &**v,
            Self::IosMobileAppConfiguration(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &mut **v,
            Self::AndroidForWorkMobileAppConfiguration(v) => &mut **v,
            Self::AndroidManagedStoreAppConfiguration(v) => &mut **v,
            Self::IosMobileAppConfiguration(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl AnyManagedDeviceMobileAppConfiguration {
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
            Self::ManagedDeviceMobileAppConfiguration(v) => &v.id,
            Self::AndroidForWorkMobileAppConfiguration(v) => &v.id,
            Self::AndroidManagedStoreAppConfiguration(v) => &v.id,
            Self::IosMobileAppConfiguration(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &mut v.id,
            Self::AndroidForWorkMobileAppConfiguration(v) => &mut v.id,
            Self::AndroidManagedStoreAppConfiguration(v) => &mut v.id,
            Self::IosMobileAppConfiguration(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &v.created_date_time,
            Self::AndroidForWorkMobileAppConfiguration(v) => &v.created_date_time,
            Self::AndroidManagedStoreAppConfiguration(v) => &v.created_date_time,
            Self::IosMobileAppConfiguration(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &mut v.created_date_time,
            Self::AndroidForWorkMobileAppConfiguration(v) => &mut v.created_date_time,
            Self::AndroidManagedStoreAppConfiguration(v) => &mut v.created_date_time,
            Self::IosMobileAppConfiguration(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &v.description,
            Self::AndroidForWorkMobileAppConfiguration(v) => &v.description,
            Self::AndroidManagedStoreAppConfiguration(v) => &v.description,
            Self::IosMobileAppConfiguration(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &mut v.description,
            Self::AndroidForWorkMobileAppConfiguration(v) => &mut v.description,
            Self::AndroidManagedStoreAppConfiguration(v) => &mut v.description,
            Self::IosMobileAppConfiguration(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &v.display_name,
            Self::AndroidForWorkMobileAppConfiguration(v) => &v.display_name,
            Self::AndroidManagedStoreAppConfiguration(v) => &v.display_name,
            Self::IosMobileAppConfiguration(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &mut v.display_name,
            Self::AndroidForWorkMobileAppConfiguration(v) => &mut v.display_name,
            Self::AndroidManagedStoreAppConfiguration(v) => &mut v.display_name,
            Self::IosMobileAppConfiguration(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &v.last_modified_date_time,
            Self::AndroidForWorkMobileAppConfiguration(v) => &v.last_modified_date_time,
            Self::AndroidManagedStoreAppConfiguration(v) => &v.last_modified_date_time,
            Self::IosMobileAppConfiguration(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::AndroidForWorkMobileAppConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::AndroidManagedStoreAppConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::IosMobileAppConfiguration(v) => &mut v.last_modified_date_time,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &v.role_scope_tag_ids,
            Self::AndroidForWorkMobileAppConfiguration(v) => &v.role_scope_tag_ids,
            Self::AndroidManagedStoreAppConfiguration(v) => &v.role_scope_tag_ids,
            Self::IosMobileAppConfiguration(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::AndroidForWorkMobileAppConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::AndroidManagedStoreAppConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::IosMobileAppConfiguration(v) => &mut v.role_scope_tag_ids,
        }
    }
    /// `targetedMobileApps` of any variant.
    #[inline]
    pub fn targeted_mobile_apps(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &v.targeted_mobile_apps,
            Self::AndroidForWorkMobileAppConfiguration(v) => &v.targeted_mobile_apps,
            Self::AndroidManagedStoreAppConfiguration(v) => &v.targeted_mobile_apps,
            Self::IosMobileAppConfiguration(v) => &v.targeted_mobile_apps,
        }
    }
    /// `targetedMobileApps` of any variant.
    #[inline]
    pub fn targeted_mobile_apps_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &mut v.targeted_mobile_apps,
            Self::AndroidForWorkMobileAppConfiguration(v) => &mut v.targeted_mobile_apps,
            Self::AndroidManagedStoreAppConfiguration(v) => &mut v.targeted_mobile_apps,
            Self::IosMobileAppConfiguration(v) => &mut v.targeted_mobile_apps,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<i32> {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &v.version,
            Self::AndroidForWorkMobileAppConfiguration(v) => &v.version,
            Self::AndroidManagedStoreAppConfiguration(v) => &v.version,
            Self::IosMobileAppConfiguration(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &mut v.version,
            Self::AndroidForWorkMobileAppConfiguration(v) => &mut v.version,
            Self::AndroidManagedStoreAppConfiguration(v) => &mut v.version,
            Self::IosMobileAppConfiguration(v) => &mut v.version,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<
        ::std::vec::Vec<crate::beta::ManagedDeviceMobileAppConfigurationAssignment>,
    > {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &v.assignments,
            Self::AndroidForWorkMobileAppConfiguration(v) => &v.assignments,
            Self::AndroidManagedStoreAppConfiguration(v) => &v.assignments,
            Self::IosMobileAppConfiguration(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::beta::ManagedDeviceMobileAppConfigurationAssignment>,
    > {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &mut v.assignments,
            Self::AndroidForWorkMobileAppConfiguration(v) => &mut v.assignments,
            Self::AndroidManagedStoreAppConfiguration(v) => &mut v.assignments,
            Self::IosMobileAppConfiguration(v) => &mut v.assignments,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses(
        &self,
    ) -> &rt::Field<
        ::std::vec::Vec<crate::beta::ManagedDeviceMobileAppConfigurationDeviceStatus>,
    > {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &v.device_statuses,
            Self::AndroidForWorkMobileAppConfiguration(v) => &v.device_statuses,
            Self::AndroidManagedStoreAppConfiguration(v) => &v.device_statuses,
            Self::IosMobileAppConfiguration(v) => &v.device_statuses,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::beta::ManagedDeviceMobileAppConfigurationDeviceStatus>,
    > {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &mut v.device_statuses,
            Self::AndroidForWorkMobileAppConfiguration(v) => &mut v.device_statuses,
            Self::AndroidManagedStoreAppConfiguration(v) => &mut v.device_statuses,
            Self::IosMobileAppConfiguration(v) => &mut v.device_statuses,
        }
    }
    /// `deviceStatusSummary` of any variant.
    #[inline]
    pub fn device_status_summary(
        &self,
    ) -> &rt::Field<crate::beta::ManagedDeviceMobileAppConfigurationDeviceSummary> {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &v.device_status_summary,
            Self::AndroidForWorkMobileAppConfiguration(v) => &v.device_status_summary,
            Self::AndroidManagedStoreAppConfiguration(v) => &v.device_status_summary,
            Self::IosMobileAppConfiguration(v) => &v.device_status_summary,
        }
    }
    /// `deviceStatusSummary` of any variant.
    #[inline]
    pub fn device_status_summary_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ManagedDeviceMobileAppConfigurationDeviceSummary> {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &mut v.device_status_summary,
            Self::AndroidForWorkMobileAppConfiguration(v) => &mut v.device_status_summary,
            Self::AndroidManagedStoreAppConfiguration(v) => &mut v.device_status_summary,
            Self::IosMobileAppConfiguration(v) => &mut v.device_status_summary,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> &rt::Field<
        ::std::vec::Vec<crate::beta::ManagedDeviceMobileAppConfigurationUserStatus>,
    > {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &v.user_statuses,
            Self::AndroidForWorkMobileAppConfiguration(v) => &v.user_statuses,
            Self::AndroidManagedStoreAppConfiguration(v) => &v.user_statuses,
            Self::IosMobileAppConfiguration(v) => &v.user_statuses,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::beta::ManagedDeviceMobileAppConfigurationUserStatus>,
    > {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &mut v.user_statuses,
            Self::AndroidForWorkMobileAppConfiguration(v) => &mut v.user_statuses,
            Self::AndroidManagedStoreAppConfiguration(v) => &mut v.user_statuses,
            Self::IosMobileAppConfiguration(v) => &mut v.user_statuses,
        }
    }
    /// `userStatusSummary` of any variant.
    #[inline]
    pub fn user_status_summary(
        &self,
    ) -> &rt::Field<crate::beta::ManagedDeviceMobileAppConfigurationUserSummary> {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &v.user_status_summary,
            Self::AndroidForWorkMobileAppConfiguration(v) => &v.user_status_summary,
            Self::AndroidManagedStoreAppConfiguration(v) => &v.user_status_summary,
            Self::IosMobileAppConfiguration(v) => &v.user_status_summary,
        }
    }
    /// `userStatusSummary` of any variant.
    #[inline]
    pub fn user_status_summary_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ManagedDeviceMobileAppConfigurationUserSummary> {
        match self {
            Self::ManagedDeviceMobileAppConfiguration(v) => &mut v.user_status_summary,
            Self::AndroidForWorkMobileAppConfiguration(v) => &mut v.user_status_summary,
            Self::AndroidManagedStoreAppConfiguration(v) => &mut v.user_status_summary,
            Self::IosMobileAppConfiguration(v) => &mut v.user_status_summary,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_poly!(AnyManagedDeviceMobileAppConfiguration);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyManagedDeviceMobileAppConfiguration);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains the properties used to assign an MDM app configuration to a group.
///
/// CSDL: `microsoft.graph.managedDeviceMobileAppConfigurationAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ManagedDeviceMobileAppConfigurationAssignmentPath`](requests/trait.ManagedDeviceMobileAppConfigurationAssignmentPath.html), what a path to one (`EntityPath<ManagedDeviceMobileAppConfigurationAssignment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct ManagedDeviceMobileAppConfigurationAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Assignment target that the T&C policy is assigned to.
    ///
    /// CSDL: property `target`: `microsoft.graph.deviceAndAppManagementAssignmentTarget`, nullable.
    pub target: rt::Field<crate::beta::AnyDeviceAndAppManagementAssignmentTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for ManagedDeviceMobileAppConfigurationAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for ManagedDeviceMobileAppConfigurationAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.managedDeviceMobileAppConfigurationAssignment";
    const KEYS: &'static [&'static str] = &["id", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedDeviceMobileAppConfigurationAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "target", &self.target);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for ManagedDeviceMobileAppConfigurationAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.target.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.target);
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(ManagedDeviceMobileAppConfigurationAssignment);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    ManagedDeviceMobileAppConfigurationAssignment { with_id id : ::std::string::String;
    with_target target : crate ::beta::AnyDeviceAndAppManagementAssignmentTarget; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceMobileAppConfigurationAssignment);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties, inherited properties and actions for an MDM mobile app configuration status for a device.
///
/// CSDL: `microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct ManagedDeviceMobileAppConfigurationDeviceStatus {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The DateTime when device compliance grace period expires
    ///
    /// CSDL: property `complianceGracePeriodExpirationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub compliance_grace_period_expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Device name of the DevicePolicyStatus.
    ///
    /// CSDL: property `deviceDisplayName`: `Edm.String`, nullable.
    pub device_display_name: rt::Field<::std::string::String>,
    /// The device model that is being reported
    ///
    /// CSDL: property `deviceModel`: `Edm.String`, nullable.
    pub device_model: rt::Field<::std::string::String>,
    /// Last modified date time of the policy report.
    ///
    /// CSDL: property `lastReportedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_reported_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Platform of the device that is being reported
    ///
    /// CSDL: property `platform`: `Edm.Int32`, not nullable.
    pub platform: rt::Field<i32>,
    /// Compliance status of the policy report.
    ///
    /// CSDL: property `status`: `microsoft.graph.complianceStatus`, not nullable.
    pub status: rt::Field<crate::beta::ComplianceStatus>,
    /// The User Name that is being reported
    ///
    /// CSDL: property `userName`: `Edm.String`, nullable.
    pub user_name: rt::Field<::std::string::String>,
    /// UserPrincipalName.
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for ManagedDeviceMobileAppConfigurationDeviceStatus {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            compliance_grace_period_expiration_date_time: rt::Field::Absent,
            device_display_name: rt::Field::Absent,
            device_model: rt::Field::Absent,
            last_reported_date_time: rt::Field::Absent,
            platform: rt::Field::Absent,
            status: rt::Field::Absent,
            user_name: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for ManagedDeviceMobileAppConfigurationDeviceStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus";
    const KEYS: &'static [&'static str] = &[
        "id",
        "complianceGracePeriodExpirationDateTime",
        "deviceDisplayName",
        "deviceModel",
        "lastReportedDateTime",
        "platform",
        "status",
        "userName",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"complianceGracePeriodExpirationDateTime\":",
        ",\"deviceDisplayName\":            ",
        ",\"deviceModel\":                  ",
        ",\"lastReportedDateTime\":         ",
        ",\"platform\":                     ",
        ",\"status\":                       ",
        ",\"userName\":                     ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "compliance_grace_period_expiration_date_time",
            &self.compliance_grace_period_expiration_date_time,
        );
        v.field(2usize, "device_display_name", &self.device_display_name);
        v.field(3usize, "device_model", &self.device_model);
        v.field(4usize, "last_reported_date_time", &self.last_reported_date_time);
        v.field(5usize, "platform", &self.platform);
        v.field(6usize, "status", &self.status);
        v.field(7usize, "user_name", &self.user_name);
        v.field(8usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for ManagedDeviceMobileAppConfigurationDeviceStatus {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.compliance_grace_period_expiration_date_time.read_from(r),
            2usize => self.device_display_name.read_from(r),
            3usize => self.device_model.read_from(r),
            4usize => self.last_reported_date_time.read_from(r),
            5usize => self.platform.read_from(r),
            6usize => self.status.read_from(r),
            7usize => self.user_name.read_from(r),
            8usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.compliance_grace_period_expiration_date_time);
        w.field(2usize, &self.device_display_name);
        w.field(3usize, &self.device_model);
        w.field(4usize, &self.last_reported_date_time);
        w.field(5usize, &self.platform);
        w.field(6usize, &self.status);
        w.field(7usize, &self.user_name);
        w.field(8usize, &self.user_principal_name);
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(ManagedDeviceMobileAppConfigurationDeviceStatus);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    ManagedDeviceMobileAppConfigurationDeviceStatus { with_id id : ::std::string::String;
    with_compliance_grace_period_expiration_date_time
    compliance_grace_period_expiration_date_time : rt::edm::DateTimeOffset;
    with_device_display_name device_display_name : ::std::string::String;
    with_device_model device_model : ::std::string::String; with_last_reported_date_time
    last_reported_date_time : rt::edm::DateTimeOffset; with_platform platform : i32;
    with_status status : crate ::beta::ComplianceStatus; with_user_name user_name :
    ::std::string::String; with_user_principal_name user_principal_name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceMobileAppConfigurationDeviceStatus);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties, inherited properties and actions for an MDM mobile app configuration device status summary.
///
/// CSDL: `microsoft.graph.managedDeviceMobileAppConfigurationDeviceSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct ManagedDeviceMobileAppConfigurationDeviceSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Version of the policy for that overview
    ///
    /// CSDL: property `configurationVersion`: `Edm.Int32`, not nullable.
    pub configuration_version: rt::Field<i32>,
    /// Number of devices in conflict
    ///
    /// CSDL: property `conflictCount`: `Edm.Int32`, not nullable.
    pub conflict_count: rt::Field<i32>,
    /// Number of error devices
    ///
    /// CSDL: property `errorCount`: `Edm.Int32`, not nullable.
    pub error_count: rt::Field<i32>,
    /// Number of failed devices
    ///
    /// CSDL: property `failedCount`: `Edm.Int32`, not nullable.
    pub failed_count: rt::Field<i32>,
    /// Last update time
    ///
    /// CSDL: property `lastUpdateDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_update_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Number of not applicable devices
    ///
    /// CSDL: property `notApplicableCount`: `Edm.Int32`, not nullable.
    pub not_applicable_count: rt::Field<i32>,
    /// Number of not applicable devices due to mismatch platform and policy
    ///
    /// CSDL: property `notApplicablePlatformCount`: `Edm.Int32`, not nullable.
    pub not_applicable_platform_count: rt::Field<i32>,
    /// Number of pending devices
    ///
    /// CSDL: property `pendingCount`: `Edm.Int32`, not nullable.
    pub pending_count: rt::Field<i32>,
    /// Number of succeeded devices
    ///
    /// CSDL: property `successCount`: `Edm.Int32`, not nullable.
    pub success_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for ManagedDeviceMobileAppConfigurationDeviceSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            configuration_version: rt::Field::Absent,
            conflict_count: rt::Field::Absent,
            error_count: rt::Field::Absent,
            failed_count: rt::Field::Absent,
            last_update_date_time: rt::Field::Absent,
            not_applicable_count: rt::Field::Absent,
            not_applicable_platform_count: rt::Field::Absent,
            pending_count: rt::Field::Absent,
            success_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for ManagedDeviceMobileAppConfigurationDeviceSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.managedDeviceMobileAppConfigurationDeviceSummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "configurationVersion",
        "conflictCount",
        "errorCount",
        "failedCount",
        "lastUpdateDateTime",
        "notApplicableCount",
        "notApplicablePlatformCount",
        "pendingCount",
        "successCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"configurationVersion\":         ",
        ",\"conflictCount\":                ",
        ",\"errorCount\":                   ",
        ",\"failedCount\":                  ",
        ",\"lastUpdateDateTime\":           ",
        ",\"notApplicableCount\":           ",
        ",\"notApplicablePlatformCount\":   ",
        ",\"pendingCount\":                 ",
        ",\"successCount\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedDeviceMobileAppConfigurationDeviceSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "configuration_version", &self.configuration_version);
        v.field(2usize, "conflict_count", &self.conflict_count);
        v.field(3usize, "error_count", &self.error_count);
        v.field(4usize, "failed_count", &self.failed_count);
        v.field(5usize, "last_update_date_time", &self.last_update_date_time);
        v.field(6usize, "not_applicable_count", &self.not_applicable_count);
        v.field(
            7usize,
            "not_applicable_platform_count",
            &self.not_applicable_platform_count,
        );
        v.field(8usize, "pending_count", &self.pending_count);
        v.field(9usize, "success_count", &self.success_count);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for ManagedDeviceMobileAppConfigurationDeviceSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.configuration_version.read_from(r),
            2usize => self.conflict_count.read_from(r),
            3usize => self.error_count.read_from(r),
            4usize => self.failed_count.read_from(r),
            5usize => self.last_update_date_time.read_from(r),
            6usize => self.not_applicable_count.read_from(r),
            7usize => self.not_applicable_platform_count.read_from(r),
            8usize => self.pending_count.read_from(r),
            9usize => self.success_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.configuration_version);
        w.field(2usize, &self.conflict_count);
        w.field(3usize, &self.error_count);
        w.field(4usize, &self.failed_count);
        w.field(5usize, &self.last_update_date_time);
        w.field(6usize, &self.not_applicable_count);
        w.field(7usize, &self.not_applicable_platform_count);
        w.field(8usize, &self.pending_count);
        w.field(9usize, &self.success_count);
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(ManagedDeviceMobileAppConfigurationDeviceSummary);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    ManagedDeviceMobileAppConfigurationDeviceSummary { with_id id :
    ::std::string::String; with_configuration_version configuration_version : i32;
    with_conflict_count conflict_count : i32; with_error_count error_count : i32;
    with_failed_count failed_count : i32; with_last_update_date_time
    last_update_date_time : rt::edm::DateTimeOffset; with_not_applicable_count
    not_applicable_count : i32; with_not_applicable_platform_count
    not_applicable_platform_count : i32; with_pending_count pending_count : i32;
    with_success_count success_count : i32; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceMobileAppConfigurationDeviceSummary);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// A class containing the properties used for managed device mobile app configuration PolicySetItem.
///
/// CSDL: `microsoft.graph.managedDeviceMobileAppConfigurationPolicySetItem`, entity type, derived from `microsoft.graph.policySetItem`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct ManagedDeviceMobileAppConfigurationPolicySetItem {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Creation time of the PolicySetItem.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// DisplayName of the PolicySetItem.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Error code if any occured.
    ///
    /// CSDL: property `errorCode`: `microsoft.graph.errorCode`, not nullable.
    pub error_code: rt::Field<crate::beta::ErrorCode>,
    /// Tags of the guided deployment
    ///
    /// CSDL: property `guidedDeploymentTags`: `Collection(Edm.String)`, nullable.
    pub guided_deployment_tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// policySetType of the PolicySetItem.
    ///
    /// CSDL: property `itemType`: `Edm.String`, nullable.
    pub item_type: rt::Field<::std::string::String>,
    /// Last modified time of the PolicySetItem.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// PayloadId of the PolicySetItem.
    ///
    /// CSDL: property `payloadId`: `Edm.String`, not nullable.
    pub payload_id: rt::Field<::std::string::String>,
    /// Status of the PolicySetItem.
    ///
    /// CSDL: property `status`: `microsoft.graph.policySetStatus`, not nullable.
    pub status: rt::Field<crate::beta::PolicySetStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for ManagedDeviceMobileAppConfigurationPolicySetItem {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            error_code: rt::Field::Absent,
            guided_deployment_tags: rt::Field::Absent,
            item_type: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            payload_id: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for ManagedDeviceMobileAppConfigurationPolicySetItem {
    const TYPE_NAME: &'static str = "microsoft.graph.managedDeviceMobileAppConfigurationPolicySetItem";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "displayName",
        "errorCode",
        "guidedDeploymentTags",
        "itemType",
        "lastModifiedDateTime",
        "payloadId",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"errorCode\":                    ",
        ",\"guidedDeploymentTags\":         ",
        ",\"itemType\":                     ",
        ",\"lastModifiedDateTime\":         ",
        ",\"payloadId\":                    ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedDeviceMobileAppConfigurationPolicySetItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "error_code", &self.error_code);
        v.field(4usize, "guided_deployment_tags", &self.guided_deployment_tags);
        v.field(5usize, "item_type", &self.item_type);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "payload_id", &self.payload_id);
        v.field(8usize, "status", &self.status);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for ManagedDeviceMobileAppConfigurationPolicySetItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.error_code.read_from(r),
            4usize => self.guided_deployment_tags.read_from(r),
            5usize => self.item_type.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.payload_id.read_from(r),
            8usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.error_code);
        w.field(4usize, &self.guided_deployment_tags);
        w.field(5usize, &self.item_type);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.payload_id);
        w.field(8usize, &self.status);
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(ManagedDeviceMobileAppConfigurationPolicySetItem);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    ManagedDeviceMobileAppConfigurationPolicySetItem { with_id id :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_display_name display_name : ::std::string::String;
    with_error_code error_code : crate ::beta::ErrorCode; with_guided_deployment_tags
    guided_deployment_tags : ::std::vec::Vec < ::std::string::String >; with_item_type
    item_type : ::std::string::String; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_payload_id payload_id :
    ::std::string::String; with_status status : crate ::beta::PolicySetStatus; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceMobileAppConfigurationPolicySetItem);
#[cfg(msgraph_beta_core)]
/// Managed Device Mobile App Configuration Setting State for a given device.
///
/// CSDL: `microsoft.graph.managedDeviceMobileAppConfigurationSettingState`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ManagedDeviceMobileAppConfigurationSettingState {
    /// Current value of setting on device
    ///
    /// CSDL: property `currentValue`: `Edm.String`, nullable.
    pub current_value: rt::Field<::std::string::String>,
    /// Error code for the setting
    ///
    /// CSDL: property `errorCode`: `Edm.Int64`, not nullable.
    pub error_code: rt::Field<i64>,
    /// Error description
    ///
    /// CSDL: property `errorDescription`: `Edm.String`, nullable.
    pub error_description: rt::Field<::std::string::String>,
    /// Name of setting instance that is being reported.
    ///
    /// CSDL: property `instanceDisplayName`: `Edm.String`, nullable.
    pub instance_display_name: rt::Field<::std::string::String>,
    /// The setting that is being reported
    ///
    /// CSDL: property `setting`: `Edm.String`, nullable.
    pub setting: rt::Field<::std::string::String>,
    /// SettingInstanceId
    ///
    /// CSDL: property `settingInstanceId`: `Edm.String`, nullable.
    pub setting_instance_id: rt::Field<::std::string::String>,
    /// Localized/user friendly setting name that is being reported
    ///
    /// CSDL: property `settingName`: `Edm.String`, nullable.
    pub setting_name: rt::Field<::std::string::String>,
    /// Contributing policies
    ///
    /// CSDL: property `sources`: `Collection(microsoft.graph.settingSource)`, nullable.
    pub sources: rt::Field<::std::vec::Vec<crate::beta::SettingSource>>,
    /// The compliance state of the setting
    ///
    /// CSDL: property `state`: `microsoft.graph.complianceStatus`, not nullable.
    pub state: rt::Field<crate::beta::ComplianceStatus>,
    /// UserEmail
    ///
    /// CSDL: property `userEmail`: `Edm.String`, nullable.
    pub user_email: rt::Field<::std::string::String>,
    /// UserId
    ///
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// UserName
    ///
    /// CSDL: property `userName`: `Edm.String`, nullable.
    pub user_name: rt::Field<::std::string::String>,
    /// UserPrincipalName.
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ManagedDeviceMobileAppConfigurationSettingState {
    #[inline]
    fn default() -> Self {
        Self {
            current_value: rt::Field::Absent,
            error_code: rt::Field::Absent,
            error_description: rt::Field::Absent,
            instance_display_name: rt::Field::Absent,
            setting: rt::Field::Absent,
            setting_instance_id: rt::Field::Absent,
            setting_name: rt::Field::Absent,
            sources: rt::Field::Absent,
            state: rt::Field::Absent,
            user_email: rt::Field::Absent,
            user_id: rt::Field::Absent,
            user_name: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ManagedDeviceMobileAppConfigurationSettingState {
    const TYPE_NAME: &'static str = "microsoft.graph.managedDeviceMobileAppConfigurationSettingState";
    const KEYS: &'static [&'static str] = &[
        "currentValue",
        "errorCode",
        "errorDescription",
        "instanceDisplayName",
        "setting",
        "settingInstanceId",
        "settingName",
        "sources",
        "state",
        "userEmail",
        "userId",
        "userName",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"currentValue\":                 ",
        ",\"errorCode\":                    ",
        ",\"errorDescription\":             ",
        ",\"instanceDisplayName\":          ",
        ",\"setting\":                      ",
        ",\"settingInstanceId\":            ",
        ",\"settingName\":                  ",
        ",\"sources\":                      ",
        ",\"state\":                        ",
        ",\"userEmail\":                    ",
        ",\"userId\":                       ",
        ",\"userName\":                     ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedDeviceMobileAppConfigurationSettingState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "current_value", &self.current_value);
        v.field(1usize, "error_code", &self.error_code);
        v.field(2usize, "error_description", &self.error_description);
        v.field(3usize, "instance_display_name", &self.instance_display_name);
        v.field(4usize, "setting", &self.setting);
        v.field(5usize, "setting_instance_id", &self.setting_instance_id);
        v.field(6usize, "setting_name", &self.setting_name);
        v.field(7usize, "sources", &self.sources);
        v.field(8usize, "state", &self.state);
        v.field(9usize, "user_email", &self.user_email);
        v.field(10usize, "user_id", &self.user_id);
        v.field(11usize, "user_name", &self.user_name);
        v.field(12usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ManagedDeviceMobileAppConfigurationSettingState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.current_value.read_from(r),
            1usize => self.error_code.read_from(r),
            2usize => self.error_description.read_from(r),
            3usize => self.instance_display_name.read_from(r),
            4usize => self.setting.read_from(r),
            5usize => self.setting_instance_id.read_from(r),
            6usize => self.setting_name.read_from(r),
            7usize => self.sources.read_from(r),
            8usize => self.state.read_from(r),
            9usize => self.user_email.read_from(r),
            10usize => self.user_id.read_from(r),
            11usize => self.user_name.read_from(r),
            12usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.current_value);
        w.field(1usize, &self.error_code);
        w.field(2usize, &self.error_description);
        w.field(3usize, &self.instance_display_name);
        w.field(4usize, &self.setting);
        w.field(5usize, &self.setting_instance_id);
        w.field(6usize, &self.setting_name);
        w.field(7usize, &self.sources);
        w.field(8usize, &self.state);
        w.field(9usize, &self.user_email);
        w.field(10usize, &self.user_id);
        w.field(11usize, &self.user_name);
        w.field(12usize, &self.user_principal_name);
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
rt::impl_object!(ManagedDeviceMobileAppConfigurationSettingState);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ManagedDeviceMobileAppConfigurationSettingState { with_current_value current_value :
    ::std::string::String; with_error_code error_code : i64; with_error_description
    error_description : ::std::string::String; with_instance_display_name
    instance_display_name : ::std::string::String; with_setting setting :
    ::std::string::String; with_setting_instance_id setting_instance_id :
    ::std::string::String; with_setting_name setting_name : ::std::string::String;
    with_sources sources : ::std::vec::Vec < crate ::beta::SettingSource >; with_state
    state : crate ::beta::ComplianceStatus; with_user_email user_email :
    ::std::string::String; with_user_id user_id : ::std::string::String; with_user_name
    user_name : ::std::string::String; with_user_principal_name user_principal_name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceMobileAppConfigurationSettingState);
#[cfg(msgraph_beta_core)]
/// Managed Device Mobile App Configuration State for a given device.
///
/// CSDL: `microsoft.graph.managedDeviceMobileAppConfigurationState`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ManagedDeviceMobileAppConfigurationState {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The name of the policy for this policyBase
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Platform type that the policy applies to
    ///
    /// CSDL: property `platformType`: `microsoft.graph.policyPlatformType`, not nullable.
    pub platform_type: rt::Field<crate::beta::PolicyPlatformType>,
    /// Count of how many setting a policy holds
    ///
    /// CSDL: property `settingCount`: `Edm.Int32`, not nullable.
    pub setting_count: rt::Field<i32>,
    /// CSDL: property `settingStates`: `Collection(microsoft.graph.managedDeviceMobileAppConfigurationSettingState)`, nullable.
    pub setting_states: rt::Field<
        ::std::vec::Vec<crate::beta::ManagedDeviceMobileAppConfigurationSettingState>,
    >,
    /// The compliance state of the policy
    ///
    /// CSDL: property `state`: `microsoft.graph.complianceStatus`, not nullable.
    pub state: rt::Field<crate::beta::ComplianceStatus>,
    /// User unique identifier, must be Guid
    ///
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// User Principal Name
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// The version of the policy
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ManagedDeviceMobileAppConfigurationState {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            platform_type: rt::Field::Absent,
            setting_count: rt::Field::Absent,
            setting_states: rt::Field::Absent,
            state: rt::Field::Absent,
            user_id: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ManagedDeviceMobileAppConfigurationState {
    const TYPE_NAME: &'static str = "microsoft.graph.managedDeviceMobileAppConfigurationState";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "platformType",
        "settingCount",
        "settingStates",
        "state",
        "userId",
        "userPrincipalName",
        "version",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"platformType\":                 ",
        ",\"settingCount\":                 ",
        ",\"settingStates\":                ",
        ",\"state\":                        ",
        ",\"userId\":                       ",
        ",\"userPrincipalName\":            ",
        ",\"version\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedDeviceMobileAppConfigurationState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "platform_type", &self.platform_type);
        v.field(3usize, "setting_count", &self.setting_count);
        v.field(4usize, "setting_states", &self.setting_states);
        v.field(5usize, "state", &self.state);
        v.field(6usize, "user_id", &self.user_id);
        v.field(7usize, "user_principal_name", &self.user_principal_name);
        v.field(8usize, "version", &self.version);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ManagedDeviceMobileAppConfigurationState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.platform_type.read_from(r),
            3usize => self.setting_count.read_from(r),
            4usize => self.setting_states.read_from(r),
            5usize => self.state.read_from(r),
            6usize => self.user_id.read_from(r),
            7usize => self.user_principal_name.read_from(r),
            8usize => self.version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.platform_type);
        w.field(3usize, &self.setting_count);
        w.field(4usize, &self.setting_states);
        w.field(5usize, &self.state);
        w.field(6usize, &self.user_id);
        w.field(7usize, &self.user_principal_name);
        w.field(8usize, &self.version);
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
rt::impl_object!(ManagedDeviceMobileAppConfigurationState);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ManagedDeviceMobileAppConfigurationState { with_id id : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_platform_type
    platform_type : crate ::beta::PolicyPlatformType; with_setting_count setting_count :
    i32; with_setting_states setting_states : ::std::vec::Vec < crate
    ::beta::ManagedDeviceMobileAppConfigurationSettingState >; with_state state : crate
    ::beta::ComplianceStatus; with_user_id user_id : ::std::string::String;
    with_user_principal_name user_principal_name : ::std::string::String; with_version
    version : i32; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceMobileAppConfigurationState);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties, inherited properties and actions for an MDM mobile app configuration status for a user.
///
/// CSDL: `microsoft.graph.managedDeviceMobileAppConfigurationUserStatus`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct ManagedDeviceMobileAppConfigurationUserStatus {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Devices count for that user.
    ///
    /// CSDL: property `devicesCount`: `Edm.Int32`, not nullable.
    pub devices_count: rt::Field<i32>,
    /// Last modified date time of the policy report.
    ///
    /// CSDL: property `lastReportedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_reported_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Compliance status of the policy report.
    ///
    /// CSDL: property `status`: `microsoft.graph.complianceStatus`, not nullable.
    pub status: rt::Field<crate::beta::ComplianceStatus>,
    /// User name of the DevicePolicyStatus.
    ///
    /// CSDL: property `userDisplayName`: `Edm.String`, nullable.
    pub user_display_name: rt::Field<::std::string::String>,
    /// UserPrincipalName.
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for ManagedDeviceMobileAppConfigurationUserStatus {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            devices_count: rt::Field::Absent,
            last_reported_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            user_display_name: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for ManagedDeviceMobileAppConfigurationUserStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.managedDeviceMobileAppConfigurationUserStatus";
    const KEYS: &'static [&'static str] = &[
        "id",
        "devicesCount",
        "lastReportedDateTime",
        "status",
        "userDisplayName",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"devicesCount\":                 ",
        ",\"lastReportedDateTime\":         ",
        ",\"status\":                       ",
        ",\"userDisplayName\":              ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedDeviceMobileAppConfigurationUserStatus\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "devices_count", &self.devices_count);
        v.field(2usize, "last_reported_date_time", &self.last_reported_date_time);
        v.field(3usize, "status", &self.status);
        v.field(4usize, "user_display_name", &self.user_display_name);
        v.field(5usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for ManagedDeviceMobileAppConfigurationUserStatus {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.devices_count.read_from(r),
            2usize => self.last_reported_date_time.read_from(r),
            3usize => self.status.read_from(r),
            4usize => self.user_display_name.read_from(r),
            5usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.devices_count);
        w.field(2usize, &self.last_reported_date_time);
        w.field(3usize, &self.status);
        w.field(4usize, &self.user_display_name);
        w.field(5usize, &self.user_principal_name);
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(ManagedDeviceMobileAppConfigurationUserStatus);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    ManagedDeviceMobileAppConfigurationUserStatus { with_id id : ::std::string::String;
    with_devices_count devices_count : i32; with_last_reported_date_time
    last_reported_date_time : rt::edm::DateTimeOffset; with_status status : crate
    ::beta::ComplianceStatus; with_user_display_name user_display_name :
    ::std::string::String; with_user_principal_name user_principal_name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceMobileAppConfigurationUserStatus);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties, inherited properties and actions for an MDM mobile app configuration user status summary.
///
/// CSDL: `microsoft.graph.managedDeviceMobileAppConfigurationUserSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct ManagedDeviceMobileAppConfigurationUserSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Version of the policy for that overview
    ///
    /// CSDL: property `configurationVersion`: `Edm.Int32`, not nullable.
    pub configuration_version: rt::Field<i32>,
    /// Number of users in conflict
    ///
    /// CSDL: property `conflictCount`: `Edm.Int32`, not nullable.
    pub conflict_count: rt::Field<i32>,
    /// Number of error Users
    ///
    /// CSDL: property `errorCount`: `Edm.Int32`, not nullable.
    pub error_count: rt::Field<i32>,
    /// Number of failed Users
    ///
    /// CSDL: property `failedCount`: `Edm.Int32`, not nullable.
    pub failed_count: rt::Field<i32>,
    /// Last update time
    ///
    /// CSDL: property `lastUpdateDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_update_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Number of not applicable users
    ///
    /// CSDL: property `notApplicableCount`: `Edm.Int32`, not nullable.
    pub not_applicable_count: rt::Field<i32>,
    /// Number of pending Users
    ///
    /// CSDL: property `pendingCount`: `Edm.Int32`, not nullable.
    pub pending_count: rt::Field<i32>,
    /// Number of succeeded Users
    ///
    /// CSDL: property `successCount`: `Edm.Int32`, not nullable.
    pub success_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for ManagedDeviceMobileAppConfigurationUserSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            configuration_version: rt::Field::Absent,
            conflict_count: rt::Field::Absent,
            error_count: rt::Field::Absent,
            failed_count: rt::Field::Absent,
            last_update_date_time: rt::Field::Absent,
            not_applicable_count: rt::Field::Absent,
            pending_count: rt::Field::Absent,
            success_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for ManagedDeviceMobileAppConfigurationUserSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.managedDeviceMobileAppConfigurationUserSummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "configurationVersion",
        "conflictCount",
        "errorCount",
        "failedCount",
        "lastUpdateDateTime",
        "notApplicableCount",
        "pendingCount",
        "successCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"configurationVersion\":         ",
        ",\"conflictCount\":                ",
        ",\"errorCount\":                   ",
        ",\"failedCount\":                  ",
        ",\"lastUpdateDateTime\":           ",
        ",\"notApplicableCount\":           ",
        ",\"pendingCount\":                 ",
        ",\"successCount\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedDeviceMobileAppConfigurationUserSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "configuration_version", &self.configuration_version);
        v.field(2usize, "conflict_count", &self.conflict_count);
        v.field(3usize, "error_count", &self.error_count);
        v.field(4usize, "failed_count", &self.failed_count);
        v.field(5usize, "last_update_date_time", &self.last_update_date_time);
        v.field(6usize, "not_applicable_count", &self.not_applicable_count);
        v.field(7usize, "pending_count", &self.pending_count);
        v.field(8usize, "success_count", &self.success_count);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for ManagedDeviceMobileAppConfigurationUserSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.configuration_version.read_from(r),
            2usize => self.conflict_count.read_from(r),
            3usize => self.error_count.read_from(r),
            4usize => self.failed_count.read_from(r),
            5usize => self.last_update_date_time.read_from(r),
            6usize => self.not_applicable_count.read_from(r),
            7usize => self.pending_count.read_from(r),
            8usize => self.success_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.configuration_version);
        w.field(2usize, &self.conflict_count);
        w.field(3usize, &self.error_count);
        w.field(4usize, &self.failed_count);
        w.field(5usize, &self.last_update_date_time);
        w.field(6usize, &self.not_applicable_count);
        w.field(7usize, &self.pending_count);
        w.field(8usize, &self.success_count);
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(ManagedDeviceMobileAppConfigurationUserSummary);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    ManagedDeviceMobileAppConfigurationUserSummary { with_id id : ::std::string::String;
    with_configuration_version configuration_version : i32; with_conflict_count
    conflict_count : i32; with_error_count error_count : i32; with_failed_count
    failed_count : i32; with_last_update_date_time last_update_date_time :
    rt::edm::DateTimeOffset; with_not_applicable_count not_applicable_count : i32;
    with_pending_count pending_count : i32; with_success_count success_count : i32; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceMobileAppConfigurationUserSummary);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.managedDevicePartnerReportedHealthState`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ManagedDevicePartnerReportedHealthState {
    /// `unknown` (value 0).
    Unknown,
    /// `activated` (value 1).
    Activated,
    /// `deactivated` (value 2).
    Deactivated,
    /// `secured` (value 3).
    Secured,
    /// `lowSeverity` (value 4).
    LowSeverity,
    /// `mediumSeverity` (value 5).
    MediumSeverity,
    /// `highSeverity` (value 6).
    HighSeverity,
    /// `unresponsive` (value 7).
    Unresponsive,
    /// `compromised` (value 8).
    Compromised,
    /// `misconfigured` (value 9).
    Misconfigured,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for ManagedDevicePartnerReportedHealthState {
    const TYPE_NAME: &'static str = "microsoft.graph.managedDevicePartnerReportedHealthState";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "activated",
        "deactivated",
        "secured",
        "lowSeverity",
        "mediumSeverity",
        "highSeverity",
        "unresponsive",
        "compromised",
        "misconfigured",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "activated" => Self::Activated,
                "deactivated" => Self::Deactivated,
                "secured" => Self::Secured,
                "lowSeverity" => Self::LowSeverity,
                "mediumSeverity" => Self::MediumSeverity,
                "highSeverity" => Self::HighSeverity,
                "unresponsive" => Self::Unresponsive,
                "compromised" => Self::Compromised,
                "misconfigured" => Self::Misconfigured,
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
            Self::Activated => "activated",
            Self::Deactivated => "deactivated",
            Self::Secured => "secured",
            Self::LowSeverity => "lowSeverity",
            Self::MediumSeverity => "mediumSeverity",
            Self::HighSeverity => "highSeverity",
            Self::Unresponsive => "unresponsive",
            Self::Compromised => "compromised",
            Self::Misconfigured => "misconfigured",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(ManagedDevicePartnerReportedHealthState);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDevicePartnerReportedHealthState);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.managedDeviceRemoteAction`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ManagedDeviceRemoteAction {
    /// `retire` (value 0).
    Retire,
    /// `delete` (value 1).
    Delete,
    /// `fullScan` (value 2).
    FullScan,
    /// `quickScan` (value 3).
    QuickScan,
    /// `signatureUpdate` (value 4).
    SignatureUpdate,
    /// `wipe` (value 5).
    Wipe,
    /// `customTextNotification` (value 6).
    CustomTextNotification,
    /// `rebootNow` (value 7).
    RebootNow,
    /// `setDeviceName` (value 8).
    SetDeviceName,
    /// `syncDevice` (value 9).
    SyncDevice,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for ManagedDeviceRemoteAction {
    const TYPE_NAME: &'static str = "microsoft.graph.managedDeviceRemoteAction";
    const MEMBERS: &'static [&'static str] = &[
        "retire",
        "delete",
        "fullScan",
        "quickScan",
        "signatureUpdate",
        "wipe",
        "customTextNotification",
        "rebootNow",
        "setDeviceName",
        "syncDevice",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "retire" => Self::Retire,
                "delete" => Self::Delete,
                "fullScan" => Self::FullScan,
                "quickScan" => Self::QuickScan,
                "signatureUpdate" => Self::SignatureUpdate,
                "wipe" => Self::Wipe,
                "customTextNotification" => Self::CustomTextNotification,
                "rebootNow" => Self::RebootNow,
                "setDeviceName" => Self::SetDeviceName,
                "syncDevice" => Self::SyncDevice,
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
            Self::Retire => "retire",
            Self::Delete => "delete",
            Self::FullScan => "fullScan",
            Self::QuickScan => "quickScan",
            Self::SignatureUpdate => "signatureUpdate",
            Self::Wipe => "wipe",
            Self::CustomTextNotification => "customTextNotification",
            Self::RebootNow => "rebootNow",
            Self::SetDeviceName => "setDeviceName",
            Self::SyncDevice => "syncDevice",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(ManagedDeviceRemoteAction);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceRemoteAction);
#[cfg(msgraph_beta_device_management_or_search)]
/// Application data for reporting
///
/// CSDL: `microsoft.graph.managedDeviceReportedApp`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct ManagedDeviceReportedApp {
    /// The application or bundle identifier of the application
    ///
    /// CSDL: property `appId`: `Edm.String`, nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for ManagedDeviceReportedApp {
    #[inline]
    fn default() -> Self {
        Self {
            app_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for ManagedDeviceReportedApp {
    const TYPE_NAME: &'static str = "microsoft.graph.managedDeviceReportedApp";
    const KEYS: &'static [&'static str] = &["appId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"appId\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.managedDeviceReportedApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "app_id", &self.app_id);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for ManagedDeviceReportedApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.app_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.app_id);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(ManagedDeviceReportedApp);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    ManagedDeviceReportedApp { with_app_id app_id : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceReportedApp);
#[cfg(msgraph_beta_core)]
/// Event representing a user's devices with failed or pending apps.
///
/// CSDL: `microsoft.graph.managedDeviceSummarizedAppState`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ManagedDeviceSummarizedAppState {
    /// DeviceId of device represented by this object
    ///
    /// CSDL: property `deviceId`: `Edm.String`, nullable.
    pub device_id: rt::Field<::std::string::String>,
    /// runState for the object
    ///
    /// CSDL: property `summarizedAppState`: `microsoft.graph.runState`, not nullable.
    pub summarized_app_state: rt::Field<crate::beta::RunState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ManagedDeviceSummarizedAppState {
    #[inline]
    fn default() -> Self {
        Self {
            device_id: rt::Field::Absent,
            summarized_app_state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ManagedDeviceSummarizedAppState {
    const TYPE_NAME: &'static str = "microsoft.graph.managedDeviceSummarizedAppState";
    const KEYS: &'static [&'static str] = &["deviceId", "summarizedAppState"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deviceId\":                     ",
        ",\"summarizedAppState\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedDeviceSummarizedAppState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "device_id", &self.device_id);
        v.field(1usize, "summarized_app_state", &self.summarized_app_state);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ManagedDeviceSummarizedAppState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_id.read_from(r),
            1usize => self.summarized_app_state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_id);
        w.field(1usize, &self.summarized_app_state);
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
rt::impl_object!(ManagedDeviceSummarizedAppState);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ManagedDeviceSummarizedAppState { with_device_id device_id : ::std::string::String;
    with_summarized_app_state summarized_app_state : crate ::beta::RunState; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceSummarizedAppState);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// An abstract class containing the base properties for Managed eBook.
///
/// CSDL: `microsoft.graph.managedEBook`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`ManagedEBookPath`](requests/trait.ManagedEBookPath.html), what a path to one (`EntityPath<AnyManagedEBook, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct ManagedEBook {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time when the eBook file was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Description.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Name of the eBook.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The more information Url.
    ///
    /// CSDL: property `informationUrl`: `Edm.String`, nullable.
    pub information_url: rt::Field<::std::string::String>,
    /// Book cover.
    ///
    /// CSDL: property `largeCover`: `microsoft.graph.mimeContent`, nullable.
    pub large_cover: rt::Field<crate::beta::MimeContent>,
    /// The date and time when the eBook was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The privacy statement Url.
    ///
    /// CSDL: property `privacyInformationUrl`: `Edm.String`, nullable.
    pub privacy_information_url: rt::Field<::std::string::String>,
    /// The date and time when the eBook was published.
    ///
    /// CSDL: property `publishedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub published_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Publisher.
    ///
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// The list of assignments for this eBook.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.managedEBookAssignment)`, not nullable.
    pub assignments: rt::Field<::std::vec::Vec<crate::beta::AnyManagedEBookAssignment>>,
    /// The list of categories for this eBook.
    ///
    /// CSDL: navigation property `categories`: `Collection(microsoft.graph.managedEBookCategory)`, not nullable.
    pub categories: rt::Field<::std::vec::Vec<crate::beta::ManagedEBookCategory>>,
    /// The list of installation states for this eBook.
    ///
    /// CSDL: containment navigation property `deviceStates`: `Collection(microsoft.graph.deviceInstallState)`, not nullable.
    pub device_states: rt::Field<::std::vec::Vec<crate::beta::DeviceInstallState>>,
    /// Mobile App Install Summary.
    ///
    /// CSDL: containment navigation property `installSummary`: `microsoft.graph.eBookInstallSummary`, nullable.
    pub install_summary: rt::Field<crate::beta::EBookInstallSummary>,
    /// The list of installation states for this eBook.
    ///
    /// CSDL: containment navigation property `userStateSummary`: `Collection(microsoft.graph.userInstallStateSummary)`, not nullable.
    pub user_state_summary: rt::Field<
        ::std::vec::Vec<crate::beta::UserInstallStateSummary>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for ManagedEBook {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            information_url: rt::Field::Absent,
            large_cover: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            privacy_information_url: rt::Field::Absent,
            published_date_time: rt::Field::Absent,
            publisher: rt::Field::Absent,
            assignments: rt::Field::Absent,
            categories: rt::Field::Absent,
            device_states: rt::Field::Absent,
            install_summary: rt::Field::Absent,
            user_state_summary: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for ManagedEBook {
    const TYPE_NAME: &'static str = "microsoft.graph.managedEBook";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "informationUrl",
        "largeCover",
        "lastModifiedDateTime",
        "privacyInformationUrl",
        "publishedDateTime",
        "publisher",
        "assignments",
        "categories",
        "deviceStates",
        "installSummary",
        "userStateSummary",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"informationUrl\":               ",
        ",\"largeCover\":                   ",
        ",\"lastModifiedDateTime\":         ",
        ",\"privacyInformationUrl\":        ",
        ",\"publishedDateTime\":            ",
        ",\"publisher\":                    ",
        ",\"assignments\":                  ",
        ",\"categories\":                   ",
        ",\"deviceStates\":                 ",
        ",\"installSummary\":               ",
        ",\"userStateSummary\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedEBook\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "information_url", &self.information_url);
        v.field(5usize, "large_cover", &self.large_cover);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "privacy_information_url", &self.privacy_information_url);
        v.field(8usize, "published_date_time", &self.published_date_time);
        v.field(9usize, "publisher", &self.publisher);
        v.field(10usize, "assignments", &self.assignments);
        v.field(11usize, "categories", &self.categories);
        v.field(12usize, "device_states", &self.device_states);
        v.field(13usize, "install_summary", &self.install_summary);
        v.field(14usize, "user_state_summary", &self.user_state_summary);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for ManagedEBook {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.information_url.read_from(r),
            5usize => self.large_cover.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.privacy_information_url.read_from(r),
            8usize => self.published_date_time.read_from(r),
            9usize => self.publisher.read_from(r),
            10usize => self.assignments.read_from(r),
            11usize => self.categories.read_from(r),
            12usize => self.device_states.read_from(r),
            13usize => self.install_summary.read_from(r),
            14usize => self.user_state_summary.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.information_url);
        w.field(5usize, &self.large_cover);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.privacy_information_url);
        w.field(8usize, &self.published_date_time);
        w.field(9usize, &self.publisher);
        w.field(10usize, &self.assignments);
        w.field(11usize, &self.categories);
        w.field(12usize, &self.device_states);
        w.field(13usize, &self.install_summary);
        w.field(14usize, &self.user_state_summary);
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(ManagedEBook);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    ManagedEBook { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_information_url information_url : ::std::string::String; with_large_cover
    large_cover : crate ::beta::MimeContent; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_privacy_information_url
    privacy_information_url : ::std::string::String; with_published_date_time
    published_date_time : rt::edm::DateTimeOffset; with_publisher publisher :
    ::std::string::String; with_assignments assignments : ::std::vec::Vec < crate
    ::beta::AnyManagedEBookAssignment >; with_categories categories : ::std::vec::Vec <
    crate ::beta::ManagedEBookCategory >; with_device_states device_states :
    ::std::vec::Vec < crate ::beta::DeviceInstallState >; with_install_summary
    install_summary : crate ::beta::EBookInstallSummary; with_user_state_summary
    user_state_summary : ::std::vec::Vec < crate ::beta::UserInstallStateSummary >; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedEBook);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// `microsoft.graph.managedEBook` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyManagedEBook {
    ManagedEBook(::std::boxed::Box<crate::beta::ManagedEBook>),
    IosVppEBook(::std::boxed::Box<crate::beta::IosVppEBook>),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for AnyManagedEBook {
    #[inline]
    fn default() -> Self {
        Self::ManagedEBook(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedEBook> for AnyManagedEBook {
    #[inline]
    fn from(v: crate::beta::ManagedEBook) -> Self {
        Self::ManagedEBook(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosVppEBook> for AnyManagedEBook {
    #[inline]
    fn from(v: crate::beta::IosVppEBook) -> Self {
        Self::IosVppEBook(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
unsafe impl ::std::marker::Send for AnyManagedEBook {}
#[cfg(msgraph_beta_device_app_management_or_search)]
unsafe impl ::std::marker::Sync for AnyManagedEBook {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::marker::Unpin for AnyManagedEBook {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::panic::UnwindSafe for AnyManagedEBook {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyManagedEBook {}
#[cfg(msgraph_beta_device_app_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::ManagedEBook>();
    rt::object::auto_traits::<crate::beta::IosVppEBook>();
};
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Poly for AnyManagedEBook {
    const BASE_NAME: &'static str = "microsoft.graph.managedEBook";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.iosVppEBook") => {
                Self::IosVppEBook(rt::object::new_boxed())
            }
            _ => Self::ManagedEBook(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ManagedEBook(v) => &**v,
            Self::IosVppEBook(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ManagedEBook(v) => &mut **v,
            Self::IosVppEBook(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl AnyManagedEBook {
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
            Self::ManagedEBook(v) => &v.id,
            Self::IosVppEBook(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedEBook(v) => &mut v.id,
            Self::IosVppEBook(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedEBook(v) => &v.created_date_time,
            Self::IosVppEBook(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedEBook(v) => &mut v.created_date_time,
            Self::IosVppEBook(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedEBook(v) => &v.description,
            Self::IosVppEBook(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedEBook(v) => &mut v.description,
            Self::IosVppEBook(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedEBook(v) => &v.display_name,
            Self::IosVppEBook(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedEBook(v) => &mut v.display_name,
            Self::IosVppEBook(v) => &mut v.display_name,
        }
    }
    /// `informationUrl` of any variant.
    #[inline]
    pub fn information_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedEBook(v) => &v.information_url,
            Self::IosVppEBook(v) => &v.information_url,
        }
    }
    /// `informationUrl` of any variant.
    #[inline]
    pub fn information_url_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedEBook(v) => &mut v.information_url,
            Self::IosVppEBook(v) => &mut v.information_url,
        }
    }
    /// `largeCover` of any variant.
    #[inline]
    pub fn large_cover(&self) -> &rt::Field<crate::beta::MimeContent> {
        match self {
            Self::ManagedEBook(v) => &v.large_cover,
            Self::IosVppEBook(v) => &v.large_cover,
        }
    }
    /// `largeCover` of any variant.
    #[inline]
    pub fn large_cover_mut(&mut self) -> &mut rt::Field<crate::beta::MimeContent> {
        match self {
            Self::ManagedEBook(v) => &mut v.large_cover,
            Self::IosVppEBook(v) => &mut v.large_cover,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedEBook(v) => &v.last_modified_date_time,
            Self::IosVppEBook(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedEBook(v) => &mut v.last_modified_date_time,
            Self::IosVppEBook(v) => &mut v.last_modified_date_time,
        }
    }
    /// `privacyInformationUrl` of any variant.
    #[inline]
    pub fn privacy_information_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedEBook(v) => &v.privacy_information_url,
            Self::IosVppEBook(v) => &v.privacy_information_url,
        }
    }
    /// `privacyInformationUrl` of any variant.
    #[inline]
    pub fn privacy_information_url_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedEBook(v) => &mut v.privacy_information_url,
            Self::IosVppEBook(v) => &mut v.privacy_information_url,
        }
    }
    /// `publishedDateTime` of any variant.
    #[inline]
    pub fn published_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedEBook(v) => &v.published_date_time,
            Self::IosVppEBook(v) => &v.published_date_time,
        }
    }
    /// `publishedDateTime` of any variant.
    #[inline]
    pub fn published_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedEBook(v) => &mut v.published_date_time,
            Self::IosVppEBook(v) => &mut v.published_date_time,
        }
    }
    /// `publisher` of any variant.
    #[inline]
    pub fn publisher(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedEBook(v) => &v.publisher,
            Self::IosVppEBook(v) => &v.publisher,
        }
    }
    /// `publisher` of any variant.
    #[inline]
    pub fn publisher_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedEBook(v) => &mut v.publisher,
            Self::IosVppEBook(v) => &mut v.publisher,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::AnyManagedEBookAssignment>> {
        match self {
            Self::ManagedEBook(v) => &v.assignments,
            Self::IosVppEBook(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::AnyManagedEBookAssignment>> {
        match self {
            Self::ManagedEBook(v) => &mut v.assignments,
            Self::IosVppEBook(v) => &mut v.assignments,
        }
    }
    /// `categories` of any variant.
    #[inline]
    pub fn categories(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::ManagedEBookCategory>> {
        match self {
            Self::ManagedEBook(v) => &v.categories,
            Self::IosVppEBook(v) => &v.categories,
        }
    }
    /// `categories` of any variant.
    #[inline]
    pub fn categories_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::ManagedEBookCategory>> {
        match self {
            Self::ManagedEBook(v) => &mut v.categories,
            Self::IosVppEBook(v) => &mut v.categories,
        }
    }
    /// `deviceStates` of any variant.
    #[inline]
    pub fn device_states(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceInstallState>> {
        match self {
            Self::ManagedEBook(v) => &v.device_states,
            Self::IosVppEBook(v) => &v.device_states,
        }
    }
    /// `deviceStates` of any variant.
    #[inline]
    pub fn device_states_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceInstallState>> {
        match self {
            Self::ManagedEBook(v) => &mut v.device_states,
            Self::IosVppEBook(v) => &mut v.device_states,
        }
    }
    /// `installSummary` of any variant.
    #[inline]
    pub fn install_summary(&self) -> &rt::Field<crate::beta::EBookInstallSummary> {
        match self {
            Self::ManagedEBook(v) => &v.install_summary,
            Self::IosVppEBook(v) => &v.install_summary,
        }
    }
    /// `installSummary` of any variant.
    #[inline]
    pub fn install_summary_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::EBookInstallSummary> {
        match self {
            Self::ManagedEBook(v) => &mut v.install_summary,
            Self::IosVppEBook(v) => &mut v.install_summary,
        }
    }
    /// `userStateSummary` of any variant.
    #[inline]
    pub fn user_state_summary(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::UserInstallStateSummary>> {
        match self {
            Self::ManagedEBook(v) => &v.user_state_summary,
            Self::IosVppEBook(v) => &v.user_state_summary,
        }
    }
    /// `userStateSummary` of any variant.
    #[inline]
    pub fn user_state_summary_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::UserInstallStateSummary>> {
        match self {
            Self::ManagedEBook(v) => &mut v.user_state_summary,
            Self::IosVppEBook(v) => &mut v.user_state_summary,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_poly!(AnyManagedEBook);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyManagedEBook);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties used to assign a eBook to a group.
///
/// CSDL: `microsoft.graph.managedEBookAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ManagedEBookAssignmentPath`](requests/trait.ManagedEBookAssignmentPath.html), what a path to one (`EntityPath<AnyManagedEBookAssignment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct ManagedEBookAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The install intent for eBook.
    ///
    /// CSDL: property `installIntent`: `microsoft.graph.installIntent`, not nullable.
    pub install_intent: rt::Field<crate::beta::InstallIntent>,
    /// The assignment target for eBook.
    ///
    /// CSDL: property `target`: `microsoft.graph.deviceAndAppManagementAssignmentTarget`, nullable.
    pub target: rt::Field<crate::beta::AnyDeviceAndAppManagementAssignmentTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for ManagedEBookAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            install_intent: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for ManagedEBookAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.managedEBookAssignment";
    const KEYS: &'static [&'static str] = &["id", "installIntent", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"installIntent\":                ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedEBookAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "install_intent", &self.install_intent);
        v.field(2usize, "target", &self.target);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for ManagedEBookAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.install_intent.read_from(r),
            2usize => self.target.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.install_intent);
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(ManagedEBookAssignment);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    ManagedEBookAssignment { with_id id : ::std::string::String; with_install_intent
    install_intent : crate ::beta::InstallIntent; with_target target : crate
    ::beta::AnyDeviceAndAppManagementAssignmentTarget; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedEBookAssignment);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// `microsoft.graph.managedEBookAssignment` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyManagedEBookAssignment {
    ManagedEBookAssignment(::std::boxed::Box<crate::beta::ManagedEBookAssignment>),
    IosVppEBookAssignment(::std::boxed::Box<crate::beta::IosVppEBookAssignment>),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for AnyManagedEBookAssignment {
    #[inline]
    fn default() -> Self {
        Self::ManagedEBookAssignment(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedEBookAssignment>
for AnyManagedEBookAssignment {
    #[inline]
    fn from(v: crate::beta::ManagedEBookAssignment) -> Self {
        Self::ManagedEBookAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosVppEBookAssignment>
for AnyManagedEBookAssignment {
    #[inline]
    fn from(v: crate::beta::IosVppEBookAssignment) -> Self {
        Self::IosVppEBookAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
unsafe impl ::std::marker::Send for AnyManagedEBookAssignment {}
#[cfg(msgraph_beta_device_app_management_or_search)]
unsafe impl ::std::marker::Sync for AnyManagedEBookAssignment {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::marker::Unpin for AnyManagedEBookAssignment {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::panic::UnwindSafe for AnyManagedEBookAssignment {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyManagedEBookAssignment {}
#[cfg(msgraph_beta_device_app_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::ManagedEBookAssignment>();
    rt::object::auto_traits::<crate::beta::IosVppEBookAssignment>();
};
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Poly for AnyManagedEBookAssignment {
    const BASE_NAME: &'static str = "microsoft.graph.managedEBookAssignment";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.iosVppEBookAssignment") => {
                Self::IosVppEBookAssignment(rt::object::new_boxed())
            }
            _ => Self::ManagedEBookAssignment(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ManagedEBookAssignment(v) => &**v,
            Self::IosVppEBookAssignment(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ManagedEBookAssignment(v) => &mut **v,
            Self::IosVppEBookAssignment(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl AnyManagedEBookAssignment {
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
            Self::ManagedEBookAssignment(v) => &v.id,
            Self::IosVppEBookAssignment(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedEBookAssignment(v) => &mut v.id,
            Self::IosVppEBookAssignment(v) => &mut v.id,
        }
    }
    /// `installIntent` of any variant.
    #[inline]
    pub fn install_intent(&self) -> &rt::Field<crate::beta::InstallIntent> {
        match self {
            Self::ManagedEBookAssignment(v) => &v.install_intent,
            Self::IosVppEBookAssignment(v) => &v.install_intent,
        }
    }
    /// `installIntent` of any variant.
    #[inline]
    pub fn install_intent_mut(&mut self) -> &mut rt::Field<crate::beta::InstallIntent> {
        match self {
            Self::ManagedEBookAssignment(v) => &mut v.install_intent,
            Self::IosVppEBookAssignment(v) => &mut v.install_intent,
        }
    }
    /// `target` of any variant.
    #[inline]
    pub fn target(
        &self,
    ) -> &rt::Field<crate::beta::AnyDeviceAndAppManagementAssignmentTarget> {
        match self {
            Self::ManagedEBookAssignment(v) => &v.target,
            Self::IosVppEBookAssignment(v) => &v.target,
        }
    }
    /// `target` of any variant.
    #[inline]
    pub fn target_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::AnyDeviceAndAppManagementAssignmentTarget> {
        match self {
            Self::ManagedEBookAssignment(v) => &mut v.target,
            Self::IosVppEBookAssignment(v) => &mut v.target,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_poly!(AnyManagedEBookAssignment);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyManagedEBookAssignment);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties for a single Intune eBook category.
///
/// CSDL: `microsoft.graph.managedEBookCategory`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct ManagedEBookCategory {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The name of the eBook category.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The date and time the ManagedEBookCategory was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for ManagedEBookCategory {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for ManagedEBookCategory {
    const TYPE_NAME: &'static str = "microsoft.graph.managedEBookCategory";
    const KEYS: &'static [&'static str] = &["id", "displayName", "lastModifiedDateTime"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedEBookCategory\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for ManagedEBookCategory {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.last_modified_date_time);
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(ManagedEBookCategory);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    ManagedEBookCategory { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedEBookCategory);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties and inherited properties for Managed iOS Line Of Business apps.
///
/// CSDL: `microsoft.graph.managedIOSLobApp`, entity type, derived from `microsoft.graph.managedMobileLobApp`, key `id`.
///
/// Request builders: [`ManagedIosLobAppPath`](requests/trait.ManagedIosLobAppPath.html), what a path to one (`EntityPath<ManagedIosLobApp, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct ManagedIosLobApp {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the app was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The total number of dependencies the child app has.
    ///
    /// CSDL: property `dependentAppCount`: `Edm.Int32`, not nullable.
    pub dependent_app_count: rt::Field<i32>,
    /// The description of the app.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The developer of the app.
    ///
    /// CSDL: property `developer`: `Edm.String`, nullable.
    pub developer: rt::Field<::std::string::String>,
    /// The admin provided or imported title of the app.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The more information Url.
    ///
    /// CSDL: property `informationUrl`: `Edm.String`, nullable.
    pub information_url: rt::Field<::std::string::String>,
    /// The value indicating whether the app is assigned to at least one group.
    ///
    /// CSDL: property `isAssigned`: `Edm.Boolean`, not nullable.
    pub is_assigned: rt::Field<bool>,
    /// The value indicating whether the app is marked as featured by the admin.
    ///
    /// CSDL: property `isFeatured`: `Edm.Boolean`, not nullable.
    pub is_featured: rt::Field<bool>,
    /// The large icon, to be displayed in the app details and used for upload of the icon.
    ///
    /// CSDL: property `largeIcon`: `microsoft.graph.mimeContent`, nullable.
    pub large_icon: rt::Field<crate::beta::MimeContent>,
    /// The date and time the app was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Notes for the app.
    ///
    /// CSDL: property `notes`: `Edm.String`, nullable.
    pub notes: rt::Field<::std::string::String>,
    /// The owner of the app.
    ///
    /// CSDL: property `owner`: `Edm.String`, nullable.
    pub owner: rt::Field<::std::string::String>,
    /// The privacy statement Url.
    ///
    /// CSDL: property `privacyInformationUrl`: `Edm.String`, nullable.
    pub privacy_information_url: rt::Field<::std::string::String>,
    /// The publisher of the app.
    ///
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// The publishing state for the app. The app cannot be assigned unless the app is published.
    ///
    /// CSDL: property `publishingState`: `microsoft.graph.mobileAppPublishingState`, not nullable.
    pub publishing_state: rt::Field<crate::beta::MobileAppPublishingState>,
    /// List of scope tag ids for this mobile app.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The total number of apps this app is directly or indirectly superseded by.
    ///
    /// CSDL: property `supersededAppCount`: `Edm.Int32`, not nullable.
    pub superseded_app_count: rt::Field<i32>,
    /// The total number of apps this app directly or indirectly supersedes.
    ///
    /// CSDL: property `supersedingAppCount`: `Edm.Int32`, not nullable.
    pub superseding_app_count: rt::Field<i32>,
    /// The upload state. Possible values are: 0 - `Not Ready`, 1 - `Ready`, 2 - `Processing`.
    ///
    /// CSDL: property `uploadState`: `Edm.Int32`, not nullable.
    pub upload_state: rt::Field<i32>,
    /// The list of group assignments for this mobile app.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.mobileAppAssignment)`, not nullable.
    pub assignments: rt::Field<::std::vec::Vec<crate::beta::MobileAppAssignment>>,
    /// The list of categories for this app.
    ///
    /// CSDL: navigation property `categories`: `Collection(microsoft.graph.mobileAppCategory)`, not nullable.
    pub categories: rt::Field<::std::vec::Vec<crate::beta::MobileAppCategory>>,
    /// The list of installation states for this mobile app.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.mobileAppInstallStatus)`, not nullable.
    pub device_statuses: rt::Field<::std::vec::Vec<crate::beta::MobileAppInstallStatus>>,
    /// Mobile App Install Summary.
    ///
    /// CSDL: containment navigation property `installSummary`: `microsoft.graph.mobileAppInstallSummary`, nullable.
    pub install_summary: rt::Field<crate::beta::MobileAppInstallSummary>,
    /// The set of direct relationships for this app.
    ///
    /// CSDL: containment navigation property `relationships`: `Collection(microsoft.graph.mobileAppRelationship)`, not nullable.
    pub relationships: rt::Field<::std::vec::Vec<crate::beta::AnyMobileAppRelationship>>,
    /// The list of installation states for this mobile app.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.userAppInstallStatus)`, not nullable.
    pub user_statuses: rt::Field<::std::vec::Vec<crate::beta::UserAppInstallStatus>>,
    /// The Application's availability.
    ///
    /// CSDL: property `appAvailability`: `microsoft.graph.managedAppAvailability`, not nullable.
    pub app_availability: rt::Field<crate::beta::ManagedAppAvailability>,
    /// The Application's version.
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// The internal committed content version.
    ///
    /// CSDL: property `committedContentVersion`: `Edm.String`, nullable.
    pub committed_content_version: rt::Field<::std::string::String>,
    /// The name of the main Lob application file.
    ///
    /// CSDL: property `fileName`: `Edm.String`, nullable.
    pub file_name: rt::Field<::std::string::String>,
    /// The total size, including all uploaded files.
    ///
    /// CSDL: property `size`: `Edm.Int64`, not nullable.
    pub size: rt::Field<i64>,
    /// The list of content versions for this app.
    ///
    /// CSDL: containment navigation property `contentVersions`: `Collection(microsoft.graph.mobileAppContent)`, not nullable.
    pub content_versions: rt::Field<::std::vec::Vec<crate::beta::MobileAppContent>>,
    /// The iOS architecture for which this app can run on.
    ///
    /// CSDL: property `applicableDeviceType`: `microsoft.graph.iosDeviceType`, not nullable.
    pub applicable_device_type: rt::Field<crate::beta::IosDeviceType>,
    /// The build number of managed iOS Line of Business (LoB) app.
    ///
    /// CSDL: property `buildNumber`: `Edm.String`, nullable.
    pub build_number: rt::Field<::std::string::String>,
    /// The Identity Name.
    ///
    /// CSDL: property `bundleId`: `Edm.String`, nullable.
    pub bundle_id: rt::Field<::std::string::String>,
    /// The expiration time.
    ///
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The identity version.
    ///
    /// CSDL: property `identityVersion`: `Edm.String`, nullable.
    pub identity_version: rt::Field<::std::string::String>,
    /// The value for the minimum applicable operating system.
    ///
    /// CSDL: property `minimumSupportedOperatingSystem`: `microsoft.graph.iosMinimumOperatingSystem`, nullable.
    pub minimum_supported_operating_system: rt::Field<
        crate::beta::IosMinimumOperatingSystem,
    >,
    /// The version number of managed iOS Line of Business (LoB) app.
    ///
    /// CSDL: property `versionNumber`: `Edm.String`, nullable.
    pub version_number: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for ManagedIosLobApp {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            dependent_app_count: rt::Field::Absent,
            description: rt::Field::Absent,
            developer: rt::Field::Absent,
            display_name: rt::Field::Absent,
            information_url: rt::Field::Absent,
            is_assigned: rt::Field::Absent,
            is_featured: rt::Field::Absent,
            large_icon: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            notes: rt::Field::Absent,
            owner: rt::Field::Absent,
            privacy_information_url: rt::Field::Absent,
            publisher: rt::Field::Absent,
            publishing_state: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            superseded_app_count: rt::Field::Absent,
            superseding_app_count: rt::Field::Absent,
            upload_state: rt::Field::Absent,
            assignments: rt::Field::Absent,
            categories: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            install_summary: rt::Field::Absent,
            relationships: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            app_availability: rt::Field::Absent,
            version: rt::Field::Absent,
            committed_content_version: rt::Field::Absent,
            file_name: rt::Field::Absent,
            size: rt::Field::Absent,
            content_versions: rt::Field::Absent,
            applicable_device_type: rt::Field::Absent,
            build_number: rt::Field::Absent,
            bundle_id: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            identity_version: rt::Field::Absent,
            minimum_supported_operating_system: rt::Field::Absent,
            version_number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for ManagedIosLobApp {
    const TYPE_NAME: &'static str = "microsoft.graph.managedIOSLobApp";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "dependentAppCount",
        "description",
        "developer",
        "displayName",
        "informationUrl",
        "isAssigned",
        "isFeatured",
        "largeIcon",
        "lastModifiedDateTime",
        "notes",
        "owner",
        "privacyInformationUrl",
        "publisher",
        "publishingState",
        "roleScopeTagIds",
        "supersededAppCount",
        "supersedingAppCount",
        "uploadState",
        "assignments",
        "categories",
        "deviceStatuses",
        "installSummary",
        "relationships",
        "userStatuses",
        "appAvailability",
        "version",
        "committedContentVersion",
        "fileName",
        "size",
        "contentVersions",
        "applicableDeviceType",
        "buildNumber",
        "bundleId",
        "expirationDateTime",
        "identityVersion",
        "minimumSupportedOperatingSystem",
        "versionNumber",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"dependentAppCount\":            ",
        ",\"description\":                  ",
        ",\"developer\":                    ",
        ",\"displayName\":                  ",
        ",\"informationUrl\":               ",
        ",\"isAssigned\":                   ",
        ",\"isFeatured\":                   ",
        ",\"largeIcon\":                    ",
        ",\"lastModifiedDateTime\":         ",
        ",\"notes\":                        ",
        ",\"owner\":                        ",
        ",\"privacyInformationUrl\":        ",
        ",\"publisher\":                    ",
        ",\"publishingState\":              ",
        ",\"roleScopeTagIds\":              ",
        ",\"supersededAppCount\":           ",
        ",\"supersedingAppCount\":          ",
        ",\"uploadState\":                  ",
        ",\"assignments\":                  ",
        ",\"categories\":                   ",
        ",\"deviceStatuses\":               ",
        ",\"installSummary\":               ",
        ",\"relationships\":                ",
        ",\"userStatuses\":                 ",
        ",\"appAvailability\":              ",
        ",\"version\":                      ",
        ",\"committedContentVersion\":      ",
        ",\"fileName\":                     ",
        ",\"size\":                         ",
        ",\"contentVersions\":              ",
        ",\"applicableDeviceType\":         ",
        ",\"buildNumber\":                  ",
        ",\"bundleId\":                     ",
        ",\"expirationDateTime\":           ",
        ",\"identityVersion\":              ",
        ",\"minimumSupportedOperatingSystem\":",
        ",\"versionNumber\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedIOSLobApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "dependent_app_count", &self.dependent_app_count);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "developer", &self.developer);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "information_url", &self.information_url);
        v.field(7usize, "is_assigned", &self.is_assigned);
        v.field(8usize, "is_featured", &self.is_featured);
        v.field(9usize, "large_icon", &self.large_icon);
        v.field(10usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(11usize, "notes", &self.notes);
        v.field(12usize, "owner", &self.owner);
        v.field(13usize, "privacy_information_url", &self.privacy_information_url);
        v.field(14usize, "publisher", &self.publisher);
        v.field(15usize, "publishing_state", &self.publishing_state);
        v.field(16usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(17usize, "superseded_app_count", &self.superseded_app_count);
        v.field(18usize, "superseding_app_count", &self.superseding_app_count);
        v.field(19usize, "upload_state", &self.upload_state);
        v.field(20usize, "assignments", &self.assignments);
        v.field(21usize, "categories", &self.categories);
        v.field(22usize, "device_statuses", &self.device_statuses);
        v.field(23usize, "install_summary", &self.install_summary);
        v.field(24usize, "relationships", &self.relationships);
        v.field(25usize, "user_statuses", &self.user_statuses);
        v.field(26usize, "app_availability", &self.app_availability);
        v.field(27usize, "version", &self.version);
        v.field(28usize, "committed_content_version", &self.committed_content_version);
        v.field(29usize, "file_name", &self.file_name);
        v.field(30usize, "size", &self.size);
        v.field(31usize, "content_versions", &self.content_versions);
        v.field(32usize, "applicable_device_type", &self.applicable_device_type);
        v.field(33usize, "build_number", &self.build_number);
        v.field(34usize, "bundle_id", &self.bundle_id);
        v.field(35usize, "expiration_date_time", &self.expiration_date_time);
        v.field(36usize, "identity_version", &self.identity_version);
        v.field(
            37usize,
            "minimum_supported_operating_system",
            &self.minimum_supported_operating_system,
        );
        v.field(38usize, "version_number", &self.version_number);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for ManagedIosLobApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.dependent_app_count.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.developer.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.information_url.read_from(r),
            7usize => self.is_assigned.read_from(r),
            8usize => self.is_featured.read_from(r),
            9usize => self.large_icon.read_from(r),
            10usize => self.last_modified_date_time.read_from(r),
            11usize => self.notes.read_from(r),
            12usize => self.owner.read_from(r),
            13usize => self.privacy_information_url.read_from(r),
            14usize => self.publisher.read_from(r),
            15usize => self.publishing_state.read_from(r),
            16usize => self.role_scope_tag_ids.read_from(r),
            17usize => self.superseded_app_count.read_from(r),
            18usize => self.superseding_app_count.read_from(r),
            19usize => self.upload_state.read_from(r),
            20usize => self.assignments.read_from(r),
            21usize => self.categories.read_from(r),
            22usize => self.device_statuses.read_from(r),
            23usize => self.install_summary.read_from(r),
            24usize => self.relationships.read_from(r),
            25usize => self.user_statuses.read_from(r),
            26usize => self.app_availability.read_from(r),
            27usize => self.version.read_from(r),
            28usize => self.committed_content_version.read_from(r),
            29usize => self.file_name.read_from(r),
            30usize => self.size.read_from(r),
            31usize => self.content_versions.read_from(r),
            32usize => self.applicable_device_type.read_from(r),
            33usize => self.build_number.read_from(r),
            34usize => self.bundle_id.read_from(r),
            35usize => self.expiration_date_time.read_from(r),
            36usize => self.identity_version.read_from(r),
            37usize => self.minimum_supported_operating_system.read_from(r),
            38usize => self.version_number.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.dependent_app_count);
        w.field(3usize, &self.description);
        w.field(4usize, &self.developer);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.information_url);
        w.field(7usize, &self.is_assigned);
        w.field(8usize, &self.is_featured);
        w.field(9usize, &self.large_icon);
        w.field(10usize, &self.last_modified_date_time);
        w.field(11usize, &self.notes);
        w.field(12usize, &self.owner);
        w.field(13usize, &self.privacy_information_url);
        w.field(14usize, &self.publisher);
        w.field(15usize, &self.publishing_state);
        w.field(16usize, &self.role_scope_tag_ids);
        w.field(17usize, &self.superseded_app_count);
        w.field(18usize, &self.superseding_app_count);
        w.field(19usize, &self.upload_state);
        w.field(20usize, &self.assignments);
        w.field(21usize, &self.categories);
        w.field(22usize, &self.device_statuses);
        w.field(23usize, &self.install_summary);
        w.field(24usize, &self.relationships);
        w.field(25usize, &self.user_statuses);
        w.field(26usize, &self.app_availability);
        w.field(27usize, &self.version);
        w.field(28usize, &self.committed_content_version);
        w.field(29usize, &self.file_name);
        w.field(30usize, &self.size);
        w.field(31usize, &self.content_versions);
        w.field(32usize, &self.applicable_device_type);
        w.field(33usize, &self.build_number);
        w.field(34usize, &self.bundle_id);
        w.field(35usize, &self.expiration_date_time);
        w.field(36usize, &self.identity_version);
        w.field(37usize, &self.minimum_supported_operating_system);
        w.field(38usize, &self.version_number);
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(ManagedIosLobApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    ManagedIosLobApp { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_dependent_app_count
    dependent_app_count : i32; with_description description : ::std::string::String;
    with_developer developer : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_information_url information_url : ::std::string::String;
    with_is_assigned is_assigned : bool; with_is_featured is_featured : bool;
    with_large_icon large_icon : crate ::beta::MimeContent; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_notes notes :
    ::std::string::String; with_owner owner : ::std::string::String;
    with_privacy_information_url privacy_information_url : ::std::string::String;
    with_publisher publisher : ::std::string::String; with_publishing_state
    publishing_state : crate ::beta::MobileAppPublishingState; with_role_scope_tag_ids
    role_scope_tag_ids : ::std::vec::Vec < ::std::string::String >;
    with_superseded_app_count superseded_app_count : i32; with_superseding_app_count
    superseding_app_count : i32; with_upload_state upload_state : i32; with_assignments
    assignments : ::std::vec::Vec < crate ::beta::MobileAppAssignment >; with_categories
    categories : ::std::vec::Vec < crate ::beta::MobileAppCategory >;
    with_device_statuses device_statuses : ::std::vec::Vec < crate
    ::beta::MobileAppInstallStatus >; with_install_summary install_summary : crate
    ::beta::MobileAppInstallSummary; with_relationships relationships : ::std::vec::Vec <
    crate ::beta::AnyMobileAppRelationship >; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::beta::UserAppInstallStatus >; with_app_availability
    app_availability : crate ::beta::ManagedAppAvailability; with_version version :
    ::std::string::String; with_committed_content_version committed_content_version :
    ::std::string::String; with_file_name file_name : ::std::string::String; with_size
    size : i64; with_content_versions content_versions : ::std::vec::Vec < crate
    ::beta::MobileAppContent >; with_applicable_device_type applicable_device_type :
    crate ::beta::IosDeviceType; with_build_number build_number : ::std::string::String;
    with_bundle_id bundle_id : ::std::string::String; with_expiration_date_time
    expiration_date_time : rt::edm::DateTimeOffset; with_identity_version
    identity_version : ::std::string::String; with_minimum_supported_operating_system
    minimum_supported_operating_system : crate ::beta::IosMinimumOperatingSystem;
    with_version_number version_number : ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedIosLobApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties and inherited properties for an iOS store app that you can manage with an Intune app protection policy.
///
/// CSDL: `microsoft.graph.managedIOSStoreApp`, entity type, derived from `microsoft.graph.managedApp`, key `id`.
///
/// Request builders: [`ManagedIosStoreAppPath`](requests/trait.ManagedIosStoreAppPath.html), what a path to one (`EntityPath<ManagedIosStoreApp, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct ManagedIosStoreApp {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the app was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The total number of dependencies the child app has.
    ///
    /// CSDL: property `dependentAppCount`: `Edm.Int32`, not nullable.
    pub dependent_app_count: rt::Field<i32>,
    /// The description of the app.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The developer of the app.
    ///
    /// CSDL: property `developer`: `Edm.String`, nullable.
    pub developer: rt::Field<::std::string::String>,
    /// The admin provided or imported title of the app.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The more information Url.
    ///
    /// CSDL: property `informationUrl`: `Edm.String`, nullable.
    pub information_url: rt::Field<::std::string::String>,
    /// The value indicating whether the app is assigned to at least one group.
    ///
    /// CSDL: property `isAssigned`: `Edm.Boolean`, not nullable.
    pub is_assigned: rt::Field<bool>,
    /// The value indicating whether the app is marked as featured by the admin.
    ///
    /// CSDL: property `isFeatured`: `Edm.Boolean`, not nullable.
    pub is_featured: rt::Field<bool>,
    /// The large icon, to be displayed in the app details and used for upload of the icon.
    ///
    /// CSDL: property `largeIcon`: `microsoft.graph.mimeContent`, nullable.
    pub large_icon: rt::Field<crate::beta::MimeContent>,
    /// The date and time the app was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Notes for the app.
    ///
    /// CSDL: property `notes`: `Edm.String`, nullable.
    pub notes: rt::Field<::std::string::String>,
    /// The owner of the app.
    ///
    /// CSDL: property `owner`: `Edm.String`, nullable.
    pub owner: rt::Field<::std::string::String>,
    /// The privacy statement Url.
    ///
    /// CSDL: property `privacyInformationUrl`: `Edm.String`, nullable.
    pub privacy_information_url: rt::Field<::std::string::String>,
    /// The publisher of the app.
    ///
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// The publishing state for the app. The app cannot be assigned unless the app is published.
    ///
    /// CSDL: property `publishingState`: `microsoft.graph.mobileAppPublishingState`, not nullable.
    pub publishing_state: rt::Field<crate::beta::MobileAppPublishingState>,
    /// List of scope tag ids for this mobile app.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The total number of apps this app is directly or indirectly superseded by.
    ///
    /// CSDL: property `supersededAppCount`: `Edm.Int32`, not nullable.
    pub superseded_app_count: rt::Field<i32>,
    /// The total number of apps this app directly or indirectly supersedes.
    ///
    /// CSDL: property `supersedingAppCount`: `Edm.Int32`, not nullable.
    pub superseding_app_count: rt::Field<i32>,
    /// The upload state. Possible values are: 0 - `Not Ready`, 1 - `Ready`, 2 - `Processing`.
    ///
    /// CSDL: property `uploadState`: `Edm.Int32`, not nullable.
    pub upload_state: rt::Field<i32>,
    /// The list of group assignments for this mobile app.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.mobileAppAssignment)`, not nullable.
    pub assignments: rt::Field<::std::vec::Vec<crate::beta::MobileAppAssignment>>,
    /// The list of categories for this app.
    ///
    /// CSDL: navigation property `categories`: `Collection(microsoft.graph.mobileAppCategory)`, not nullable.
    pub categories: rt::Field<::std::vec::Vec<crate::beta::MobileAppCategory>>,
    /// The list of installation states for this mobile app.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.mobileAppInstallStatus)`, not nullable.
    pub device_statuses: rt::Field<::std::vec::Vec<crate::beta::MobileAppInstallStatus>>,
    /// Mobile App Install Summary.
    ///
    /// CSDL: containment navigation property `installSummary`: `microsoft.graph.mobileAppInstallSummary`, nullable.
    pub install_summary: rt::Field<crate::beta::MobileAppInstallSummary>,
    /// The set of direct relationships for this app.
    ///
    /// CSDL: containment navigation property `relationships`: `Collection(microsoft.graph.mobileAppRelationship)`, not nullable.
    pub relationships: rt::Field<::std::vec::Vec<crate::beta::AnyMobileAppRelationship>>,
    /// The list of installation states for this mobile app.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.userAppInstallStatus)`, not nullable.
    pub user_statuses: rt::Field<::std::vec::Vec<crate::beta::UserAppInstallStatus>>,
    /// The Application's availability.
    ///
    /// CSDL: property `appAvailability`: `microsoft.graph.managedAppAvailability`, not nullable.
    pub app_availability: rt::Field<crate::beta::ManagedAppAvailability>,
    /// The Application's version.
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// The iOS architecture for which this app can run on.
    ///
    /// CSDL: property `applicableDeviceType`: `microsoft.graph.iosDeviceType`, not nullable.
    pub applicable_device_type: rt::Field<crate::beta::IosDeviceType>,
    /// The Apple AppStoreUrl.
    ///
    /// CSDL: property `appStoreUrl`: `Edm.String`, not nullable.
    pub app_store_url: rt::Field<::std::string::String>,
    /// The app's Bundle ID.
    ///
    /// CSDL: property `bundleId`: `Edm.String`, nullable.
    pub bundle_id: rt::Field<::std::string::String>,
    /// The value for the minimum supported operating system.
    ///
    /// CSDL: property `minimumSupportedOperatingSystem`: `microsoft.graph.iosMinimumOperatingSystem`, not nullable.
    pub minimum_supported_operating_system: rt::Field<
        crate::beta::IosMinimumOperatingSystem,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for ManagedIosStoreApp {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            dependent_app_count: rt::Field::Absent,
            description: rt::Field::Absent,
            developer: rt::Field::Absent,
            display_name: rt::Field::Absent,
            information_url: rt::Field::Absent,
            is_assigned: rt::Field::Absent,
            is_featured: rt::Field::Absent,
            large_icon: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            notes: rt::Field::Absent,
            owner: rt::Field::Absent,
            privacy_information_url: rt::Field::Absent,
            publisher: rt::Field::Absent,
            publishing_state: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            superseded_app_count: rt::Field::Absent,
            superseding_app_count: rt::Field::Absent,
            upload_state: rt::Field::Absent,
            assignments: rt::Field::Absent,
            categories: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            install_summary: rt::Field::Absent,
            relationships: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            app_availability: rt::Field::Absent,
            version: rt::Field::Absent,
            applicable_device_type: rt::Field::Absent,
            app_store_url: rt::Field::Absent,
            bundle_id: rt::Field::Absent,
            minimum_supported_operating_system: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for ManagedIosStoreApp {
    const TYPE_NAME: &'static str = "microsoft.graph.managedIOSStoreApp";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "dependentAppCount",
        "description",
        "developer",
        "displayName",
        "informationUrl",
        "isAssigned",
        "isFeatured",
        "largeIcon",
        "lastModifiedDateTime",
        "notes",
        "owner",
        "privacyInformationUrl",
        "publisher",
        "publishingState",
        "roleScopeTagIds",
        "supersededAppCount",
        "supersedingAppCount",
        "uploadState",
        "assignments",
        "categories",
        "deviceStatuses",
        "installSummary",
        "relationships",
        "userStatuses",
        "appAvailability",
        "version",
        "applicableDeviceType",
        "appStoreUrl",
        "bundleId",
        "minimumSupportedOperatingSystem",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"dependentAppCount\":            ",
        ",\"description\":                  ",
        ",\"developer\":                    ",
        ",\"displayName\":                  ",
        ",\"informationUrl\":               ",
        ",\"isAssigned\":                   ",
        ",\"isFeatured\":                   ",
        ",\"largeIcon\":                    ",
        ",\"lastModifiedDateTime\":         ",
        ",\"notes\":                        ",
        ",\"owner\":                        ",
        ",\"privacyInformationUrl\":        ",
        ",\"publisher\":                    ",
        ",\"publishingState\":              ",
        ",\"roleScopeTagIds\":              ",
        ",\"supersededAppCount\":           ",
        ",\"supersedingAppCount\":          ",
        ",\"uploadState\":                  ",
        ",\"assignments\":                  ",
        ",\"categories\":                   ",
        ",\"deviceStatuses\":               ",
        ",\"installSummary\":               ",
        ",\"relationships\":                ",
        ",\"userStatuses\":                 ",
        ",\"appAvailability\":              ",
        ",\"version\":                      ",
        ",\"applicableDeviceType\":         ",
        ",\"appStoreUrl\":                  ",
        ",\"bundleId\":                     ",
        ",\"minimumSupportedOperatingSystem\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedIOSStoreApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "dependent_app_count", &self.dependent_app_count);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "developer", &self.developer);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "information_url", &self.information_url);
        v.field(7usize, "is_assigned", &self.is_assigned);
        v.field(8usize, "is_featured", &self.is_featured);
        v.field(9usize, "large_icon", &self.large_icon);
        v.field(10usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(11usize, "notes", &self.notes);
        v.field(12usize, "owner", &self.owner);
        v.field(13usize, "privacy_information_url", &self.privacy_information_url);
        v.field(14usize, "publisher", &self.publisher);
        v.field(15usize, "publishing_state", &self.publishing_state);
        v.field(16usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(17usize, "superseded_app_count", &self.superseded_app_count);
        v.field(18usize, "superseding_app_count", &self.superseding_app_count);
        v.field(19usize, "upload_state", &self.upload_state);
        v.field(20usize, "assignments", &self.assignments);
        v.field(21usize, "categories", &self.categories);
        v.field(22usize, "device_statuses", &self.device_statuses);
        v.field(23usize, "install_summary", &self.install_summary);
        v.field(24usize, "relationships", &self.relationships);
        v.field(25usize, "user_statuses", &self.user_statuses);
        v.field(26usize, "app_availability", &self.app_availability);
        v.field(27usize, "version", &self.version);
        v.field(28usize, "applicable_device_type", &self.applicable_device_type);
        v.field(29usize, "app_store_url", &self.app_store_url);
        v.field(30usize, "bundle_id", &self.bundle_id);
        v.field(
            31usize,
            "minimum_supported_operating_system",
            &self.minimum_supported_operating_system,
        );
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for ManagedIosStoreApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.dependent_app_count.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.developer.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.information_url.read_from(r),
            7usize => self.is_assigned.read_from(r),
            8usize => self.is_featured.read_from(r),
            9usize => self.large_icon.read_from(r),
            10usize => self.last_modified_date_time.read_from(r),
            11usize => self.notes.read_from(r),
            12usize => self.owner.read_from(r),
            13usize => self.privacy_information_url.read_from(r),
            14usize => self.publisher.read_from(r),
            15usize => self.publishing_state.read_from(r),
            16usize => self.role_scope_tag_ids.read_from(r),
            17usize => self.superseded_app_count.read_from(r),
            18usize => self.superseding_app_count.read_from(r),
            19usize => self.upload_state.read_from(r),
            20usize => self.assignments.read_from(r),
            21usize => self.categories.read_from(r),
            22usize => self.device_statuses.read_from(r),
            23usize => self.install_summary.read_from(r),
            24usize => self.relationships.read_from(r),
            25usize => self.user_statuses.read_from(r),
            26usize => self.app_availability.read_from(r),
            27usize => self.version.read_from(r),
            28usize => self.applicable_device_type.read_from(r),
            29usize => self.app_store_url.read_from(r),
            30usize => self.bundle_id.read_from(r),
            31usize => self.minimum_supported_operating_system.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.dependent_app_count);
        w.field(3usize, &self.description);
        w.field(4usize, &self.developer);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.information_url);
        w.field(7usize, &self.is_assigned);
        w.field(8usize, &self.is_featured);
        w.field(9usize, &self.large_icon);
        w.field(10usize, &self.last_modified_date_time);
        w.field(11usize, &self.notes);
        w.field(12usize, &self.owner);
        w.field(13usize, &self.privacy_information_url);
        w.field(14usize, &self.publisher);
        w.field(15usize, &self.publishing_state);
        w.field(16usize, &self.role_scope_tag_ids);
        w.field(17usize, &self.superseded_app_count);
        w.field(18usize, &self.superseding_app_count);
        w.field(19usize, &self.upload_state);
        w.field(20usize, &self.assignments);
        w.field(21usize, &self.categories);
        w.field(22usize, &self.device_statuses);
        w.field(23usize, &self.install_summary);
        w.field(24usize, &self.relationships);
        w.field(25usize, &self.user_statuses);
        w.field(26usize, &self.app_availability);
        w.field(27usize, &self.version);
        w.field(28usize, &self.applicable_device_type);
        w.field(29usize, &self.app_store_url);
        w.field(30usize, &self.bundle_id);
        w.field(31usize, &self.minimum_supported_operating_system);
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(ManagedIosStoreApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    ManagedIosStoreApp { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_dependent_app_count
    dependent_app_count : i32; with_description description : ::std::string::String;
    with_developer developer : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_information_url information_url : ::std::string::String;
    with_is_assigned is_assigned : bool; with_is_featured is_featured : bool;
    with_large_icon large_icon : crate ::beta::MimeContent; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_notes notes :
    ::std::string::String; with_owner owner : ::std::string::String;
    with_privacy_information_url privacy_information_url : ::std::string::String;
    with_publisher publisher : ::std::string::String; with_publishing_state
    publishing_state : crate ::beta::MobileAppPublishingState; with_role_scope_tag_ids
    role_scope_tag_ids : ::std::vec::Vec < ::std::string::String >;
    with_superseded_app_count superseded_app_count : i32; with_superseding_app_count
    superseding_app_count : i32; with_upload_state upload_state : i32; with_assignments
    assignments : ::std::vec::Vec < crate ::beta::MobileAppAssignment >; with_categories
    categories : ::std::vec::Vec < crate ::beta::MobileAppCategory >;
    with_device_statuses device_statuses : ::std::vec::Vec < crate
    ::beta::MobileAppInstallStatus >; with_install_summary install_summary : crate
    ::beta::MobileAppInstallSummary; with_relationships relationships : ::std::vec::Vec <
    crate ::beta::AnyMobileAppRelationship >; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::beta::UserAppInstallStatus >; with_app_availability
    app_availability : crate ::beta::ManagedAppAvailability; with_version version :
    ::std::string::String; with_applicable_device_type applicable_device_type : crate
    ::beta::IosDeviceType; with_app_store_url app_store_url : ::std::string::String;
    with_bundle_id bundle_id : ::std::string::String;
    with_minimum_supported_operating_system minimum_supported_operating_system : crate
    ::beta::IosMinimumOperatingSystem; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedIosStoreApp);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.managedInstallerStatus`, enum type.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ManagedInstallerStatus {
    /// `disabled` (value 0).
    Disabled,
    /// `enabled` (value 1).
    Enabled,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_search)]
impl rt::StrEnum for ManagedInstallerStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.managedInstallerStatus";
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
#[cfg(msgraph_beta_search)]
rt::impl_enum!(ManagedInstallerStatus);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedInstallerStatus);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// The identifier for the deployment an app.
///
/// CSDL: `microsoft.graph.managedMobileApp`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ManagedMobileAppPath`](requests/trait.ManagedMobileAppPath.html), what a path to one (`EntityPath<ManagedMobileApp, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ManagedMobileApp {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The identifier for an app with it's operating system type.
    ///
    /// CSDL: property `mobileAppIdentifier`: `microsoft.graph.mobileAppIdentifier`, nullable.
    pub mobile_app_identifier: rt::Field<crate::beta::AnyMobileAppIdentifier>,
    /// Version of the entity.
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for ManagedMobileApp {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            mobile_app_identifier: rt::Field::Absent,
            version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Object for ManagedMobileApp {
    const TYPE_NAME: &'static str = "microsoft.graph.managedMobileApp";
    const KEYS: &'static [&'static str] = &["id", "mobileAppIdentifier", "version"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"mobileAppIdentifier\":          ",
        ",\"version\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedMobileApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "mobile_app_identifier", &self.mobile_app_identifier);
        v.field(2usize, "version", &self.version);
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::object::Members for ManagedMobileApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.mobile_app_identifier.read_from(r),
            2usize => self.version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.mobile_app_identifier);
        w.field(2usize, &self.version);
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
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_object!(ManagedMobileApp);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    ManagedMobileApp { with_id id : ::std::string::String; with_mobile_app_identifier
    mobile_app_identifier : crate ::beta::AnyMobileAppIdentifier; with_version version :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedMobileApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// An abstract base class containing properties for all managed mobile line of business apps.
///
/// CSDL: `microsoft.graph.managedMobileLobApp`, entity type, derived from `microsoft.graph.managedApp`, abstract, key `id`.
///
/// Request builders: [`ManagedMobileLobAppPath`](requests/trait.ManagedMobileLobAppPath.html), what a path to one (`EntityPath<AnyManagedMobileLobApp, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct ManagedMobileLobApp {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the app was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The total number of dependencies the child app has.
    ///
    /// CSDL: property `dependentAppCount`: `Edm.Int32`, not nullable.
    pub dependent_app_count: rt::Field<i32>,
    /// The description of the app.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The developer of the app.
    ///
    /// CSDL: property `developer`: `Edm.String`, nullable.
    pub developer: rt::Field<::std::string::String>,
    /// The admin provided or imported title of the app.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The more information Url.
    ///
    /// CSDL: property `informationUrl`: `Edm.String`, nullable.
    pub information_url: rt::Field<::std::string::String>,
    /// The value indicating whether the app is assigned to at least one group.
    ///
    /// CSDL: property `isAssigned`: `Edm.Boolean`, not nullable.
    pub is_assigned: rt::Field<bool>,
    /// The value indicating whether the app is marked as featured by the admin.
    ///
    /// CSDL: property `isFeatured`: `Edm.Boolean`, not nullable.
    pub is_featured: rt::Field<bool>,
    /// The large icon, to be displayed in the app details and used for upload of the icon.
    ///
    /// CSDL: property `largeIcon`: `microsoft.graph.mimeContent`, nullable.
    pub large_icon: rt::Field<crate::beta::MimeContent>,
    /// The date and time the app was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Notes for the app.
    ///
    /// CSDL: property `notes`: `Edm.String`, nullable.
    pub notes: rt::Field<::std::string::String>,
    /// The owner of the app.
    ///
    /// CSDL: property `owner`: `Edm.String`, nullable.
    pub owner: rt::Field<::std::string::String>,
    /// The privacy statement Url.
    ///
    /// CSDL: property `privacyInformationUrl`: `Edm.String`, nullable.
    pub privacy_information_url: rt::Field<::std::string::String>,
    /// The publisher of the app.
    ///
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// The publishing state for the app. The app cannot be assigned unless the app is published.
    ///
    /// CSDL: property `publishingState`: `microsoft.graph.mobileAppPublishingState`, not nullable.
    pub publishing_state: rt::Field<crate::beta::MobileAppPublishingState>,
    /// List of scope tag ids for this mobile app.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The total number of apps this app is directly or indirectly superseded by.
    ///
    /// CSDL: property `supersededAppCount`: `Edm.Int32`, not nullable.
    pub superseded_app_count: rt::Field<i32>,
    /// The total number of apps this app directly or indirectly supersedes.
    ///
    /// CSDL: property `supersedingAppCount`: `Edm.Int32`, not nullable.
    pub superseding_app_count: rt::Field<i32>,
    /// The upload state. Possible values are: 0 - `Not Ready`, 1 - `Ready`, 2 - `Processing`.
    ///
    /// CSDL: property `uploadState`: `Edm.Int32`, not nullable.
    pub upload_state: rt::Field<i32>,
    /// The list of group assignments for this mobile app.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.mobileAppAssignment)`, not nullable.
    pub assignments: rt::Field<::std::vec::Vec<crate::beta::MobileAppAssignment>>,
    /// The list of categories for this app.
    ///
    /// CSDL: navigation property `categories`: `Collection(microsoft.graph.mobileAppCategory)`, not nullable.
    pub categories: rt::Field<::std::vec::Vec<crate::beta::MobileAppCategory>>,
    /// The list of installation states for this mobile app.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.mobileAppInstallStatus)`, not nullable.
    pub device_statuses: rt::Field<::std::vec::Vec<crate::beta::MobileAppInstallStatus>>,
    /// Mobile App Install Summary.
    ///
    /// CSDL: containment navigation property `installSummary`: `microsoft.graph.mobileAppInstallSummary`, nullable.
    pub install_summary: rt::Field<crate::beta::MobileAppInstallSummary>,
    /// The set of direct relationships for this app.
    ///
    /// CSDL: containment navigation property `relationships`: `Collection(microsoft.graph.mobileAppRelationship)`, not nullable.
    pub relationships: rt::Field<::std::vec::Vec<crate::beta::AnyMobileAppRelationship>>,
    /// The list of installation states for this mobile app.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.userAppInstallStatus)`, not nullable.
    pub user_statuses: rt::Field<::std::vec::Vec<crate::beta::UserAppInstallStatus>>,
    /// The Application's availability.
    ///
    /// CSDL: property `appAvailability`: `microsoft.graph.managedAppAvailability`, not nullable.
    pub app_availability: rt::Field<crate::beta::ManagedAppAvailability>,
    /// The Application's version.
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// The internal committed content version.
    ///
    /// CSDL: property `committedContentVersion`: `Edm.String`, nullable.
    pub committed_content_version: rt::Field<::std::string::String>,
    /// The name of the main Lob application file.
    ///
    /// CSDL: property `fileName`: `Edm.String`, nullable.
    pub file_name: rt::Field<::std::string::String>,
    /// The total size, including all uploaded files.
    ///
    /// CSDL: property `size`: `Edm.Int64`, not nullable.
    pub size: rt::Field<i64>,
    /// The list of content versions for this app.
    ///
    /// CSDL: containment navigation property `contentVersions`: `Collection(microsoft.graph.mobileAppContent)`, not nullable.
    pub content_versions: rt::Field<::std::vec::Vec<crate::beta::MobileAppContent>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for ManagedMobileLobApp {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            dependent_app_count: rt::Field::Absent,
            description: rt::Field::Absent,
            developer: rt::Field::Absent,
            display_name: rt::Field::Absent,
            information_url: rt::Field::Absent,
            is_assigned: rt::Field::Absent,
            is_featured: rt::Field::Absent,
            large_icon: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            notes: rt::Field::Absent,
            owner: rt::Field::Absent,
            privacy_information_url: rt::Field::Absent,
            publisher: rt::Field::Absent,
            publishing_state: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            superseded_app_count: rt::Field::Absent,
            superseding_app_count: rt::Field::Absent,
            upload_state: rt::Field::Absent,
            assignments: rt::Field::Absent,
            categories: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            install_summary: rt::Field::Absent,
            relationships: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            app_availability: rt::Field::Absent,
            version: rt::Field::Absent,
            committed_content_version: rt::Field::Absent,
            file_name: rt::Field::Absent,
            size: rt::Field::Absent,
            content_versions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for ManagedMobileLobApp {
    const TYPE_NAME: &'static str = "microsoft.graph.managedMobileLobApp";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "dependentAppCount",
        "description",
        "developer",
        "displayName",
        "informationUrl",
        "isAssigned",
        "isFeatured",
        "largeIcon",
        "lastModifiedDateTime",
        "notes",
        "owner",
        "privacyInformationUrl",
        "publisher",
        "publishingState",
        "roleScopeTagIds",
        "supersededAppCount",
        "supersedingAppCount",
        "uploadState",
        "assignments",
        "categories",
        "deviceStatuses",
        "installSummary",
        "relationships",
        "userStatuses",
        "appAvailability",
        "version",
        "committedContentVersion",
        "fileName",
        "size",
        "contentVersions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"dependentAppCount\":            ",
        ",\"description\":                  ",
        ",\"developer\":                    ",
        ",\"displayName\":                  ",
        ",\"informationUrl\":               ",
        ",\"isAssigned\":                   ",
        ",\"isFeatured\":                   ",
        ",\"largeIcon\":                    ",
        ",\"lastModifiedDateTime\":         ",
        ",\"notes\":                        ",
        ",\"owner\":                        ",
        ",\"privacyInformationUrl\":        ",
        ",\"publisher\":                    ",
        ",\"publishingState\":              ",
        ",\"roleScopeTagIds\":              ",
        ",\"supersededAppCount\":           ",
        ",\"supersedingAppCount\":          ",
        ",\"uploadState\":                  ",
        ",\"assignments\":                  ",
        ",\"categories\":                   ",
        ",\"deviceStatuses\":               ",
        ",\"installSummary\":               ",
        ",\"relationships\":                ",
        ",\"userStatuses\":                 ",
        ",\"appAvailability\":              ",
        ",\"version\":                      ",
        ",\"committedContentVersion\":      ",
        ",\"fileName\":                     ",
        ",\"size\":                         ",
        ",\"contentVersions\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedMobileLobApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "dependent_app_count", &self.dependent_app_count);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "developer", &self.developer);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "information_url", &self.information_url);
        v.field(7usize, "is_assigned", &self.is_assigned);
        v.field(8usize, "is_featured", &self.is_featured);
        v.field(9usize, "large_icon", &self.large_icon);
        v.field(10usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(11usize, "notes", &self.notes);
        v.field(12usize, "owner", &self.owner);
        v.field(13usize, "privacy_information_url", &self.privacy_information_url);
        v.field(14usize, "publisher", &self.publisher);
        v.field(15usize, "publishing_state", &self.publishing_state);
        v.field(16usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(17usize, "superseded_app_count", &self.superseded_app_count);
        v.field(18usize, "superseding_app_count", &self.superseding_app_count);
        v.field(19usize, "upload_state", &self.upload_state);
        v.field(20usize, "assignments", &self.assignments);
        v.field(21usize, "categories", &self.categories);
        v.field(22usize, "device_statuses", &self.device_statuses);
        v.field(23usize, "install_summary", &self.install_summary);
        v.field(24usize, "relationships", &self.relationships);
        v.field(25usize, "user_statuses", &self.user_statuses);
        v.field(26usize, "app_availability", &self.app_availability);
        v.field(27usize, "version", &self.version);
        v.field(28usize, "committed_content_version", &self.committed_content_version);
        v.field(29usize, "file_name", &self.file_name);
        v.field(30usize, "size", &self.size);
        v.field(31usize, "content_versions", &self.content_versions);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for ManagedMobileLobApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.dependent_app_count.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.developer.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.information_url.read_from(r),
            7usize => self.is_assigned.read_from(r),
            8usize => self.is_featured.read_from(r),
            9usize => self.large_icon.read_from(r),
            10usize => self.last_modified_date_time.read_from(r),
            11usize => self.notes.read_from(r),
            12usize => self.owner.read_from(r),
            13usize => self.privacy_information_url.read_from(r),
            14usize => self.publisher.read_from(r),
            15usize => self.publishing_state.read_from(r),
            16usize => self.role_scope_tag_ids.read_from(r),
            17usize => self.superseded_app_count.read_from(r),
            18usize => self.superseding_app_count.read_from(r),
            19usize => self.upload_state.read_from(r),
            20usize => self.assignments.read_from(r),
            21usize => self.categories.read_from(r),
            22usize => self.device_statuses.read_from(r),
            23usize => self.install_summary.read_from(r),
            24usize => self.relationships.read_from(r),
            25usize => self.user_statuses.read_from(r),
            26usize => self.app_availability.read_from(r),
            27usize => self.version.read_from(r),
            28usize => self.committed_content_version.read_from(r),
            29usize => self.file_name.read_from(r),
            30usize => self.size.read_from(r),
            31usize => self.content_versions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.dependent_app_count);
        w.field(3usize, &self.description);
        w.field(4usize, &self.developer);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.information_url);
        w.field(7usize, &self.is_assigned);
        w.field(8usize, &self.is_featured);
        w.field(9usize, &self.large_icon);
        w.field(10usize, &self.last_modified_date_time);
        w.field(11usize, &self.notes);
        w.field(12usize, &self.owner);
        w.field(13usize, &self.privacy_information_url);
        w.field(14usize, &self.publisher);
        w.field(15usize, &self.publishing_state);
        w.field(16usize, &self.role_scope_tag_ids);
        w.field(17usize, &self.superseded_app_count);
        w.field(18usize, &self.superseding_app_count);
        w.field(19usize, &self.upload_state);
        w.field(20usize, &self.assignments);
        w.field(21usize, &self.categories);
        w.field(22usize, &self.device_statuses);
        w.field(23usize, &self.install_summary);
        w.field(24usize, &self.relationships);
        w.field(25usize, &self.user_statuses);
        w.field(26usize, &self.app_availability);
        w.field(27usize, &self.version);
        w.field(28usize, &self.committed_content_version);
        w.field(29usize, &self.file_name);
        w.field(30usize, &self.size);
        w.field(31usize, &self.content_versions);
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(ManagedMobileLobApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    ManagedMobileLobApp { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_dependent_app_count
    dependent_app_count : i32; with_description description : ::std::string::String;
    with_developer developer : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_information_url information_url : ::std::string::String;
    with_is_assigned is_assigned : bool; with_is_featured is_featured : bool;
    with_large_icon large_icon : crate ::beta::MimeContent; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_notes notes :
    ::std::string::String; with_owner owner : ::std::string::String;
    with_privacy_information_url privacy_information_url : ::std::string::String;
    with_publisher publisher : ::std::string::String; with_publishing_state
    publishing_state : crate ::beta::MobileAppPublishingState; with_role_scope_tag_ids
    role_scope_tag_ids : ::std::vec::Vec < ::std::string::String >;
    with_superseded_app_count superseded_app_count : i32; with_superseding_app_count
    superseding_app_count : i32; with_upload_state upload_state : i32; with_assignments
    assignments : ::std::vec::Vec < crate ::beta::MobileAppAssignment >; with_categories
    categories : ::std::vec::Vec < crate ::beta::MobileAppCategory >;
    with_device_statuses device_statuses : ::std::vec::Vec < crate
    ::beta::MobileAppInstallStatus >; with_install_summary install_summary : crate
    ::beta::MobileAppInstallSummary; with_relationships relationships : ::std::vec::Vec <
    crate ::beta::AnyMobileAppRelationship >; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::beta::UserAppInstallStatus >; with_app_availability
    app_availability : crate ::beta::ManagedAppAvailability; with_version version :
    ::std::string::String; with_committed_content_version committed_content_version :
    ::std::string::String; with_file_name file_name : ::std::string::String; with_size
    size : i64; with_content_versions content_versions : ::std::vec::Vec < crate
    ::beta::MobileAppContent >; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedMobileLobApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// `microsoft.graph.managedMobileLobApp` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyManagedMobileLobApp {
    ManagedMobileLobApp(::std::boxed::Box<crate::beta::ManagedMobileLobApp>),
    ManagedAndroidLobApp(::std::boxed::Box<crate::beta::ManagedAndroidLobApp>),
    ManagedIosLobApp(::std::boxed::Box<crate::beta::ManagedIosLobApp>),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for AnyManagedMobileLobApp {
    #[inline]
    fn default() -> Self {
        Self::ManagedMobileLobApp(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedMobileLobApp> for AnyManagedMobileLobApp {
    #[inline]
    fn from(v: crate::beta::ManagedMobileLobApp) -> Self {
        Self::ManagedMobileLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedAndroidLobApp> for AnyManagedMobileLobApp {
    #[inline]
    fn from(v: crate::beta::ManagedAndroidLobApp) -> Self {
        Self::ManagedAndroidLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedIosLobApp> for AnyManagedMobileLobApp {
    #[inline]
    fn from(v: crate::beta::ManagedIosLobApp) -> Self {
        Self::ManagedIosLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
unsafe impl ::std::marker::Send for AnyManagedMobileLobApp {}
#[cfg(msgraph_beta_device_app_management_or_search)]
unsafe impl ::std::marker::Sync for AnyManagedMobileLobApp {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::marker::Unpin for AnyManagedMobileLobApp {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::panic::UnwindSafe for AnyManagedMobileLobApp {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyManagedMobileLobApp {}
#[cfg(msgraph_beta_device_app_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::ManagedMobileLobApp>();
    rt::object::auto_traits::<crate::beta::ManagedAndroidLobApp>();
    rt::object::auto_traits::<crate::beta::ManagedIosLobApp>();
};
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Poly for AnyManagedMobileLobApp {
    const BASE_NAME: &'static str = "microsoft.graph.managedMobileLobApp";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.managedAndroidLobApp") => {
                Self::ManagedAndroidLobApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.managedIOSLobApp") => {
                Self::ManagedIosLobApp(rt::object::new_boxed())
            }
            _ => Self::ManagedMobileLobApp(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ManagedMobileLobApp(v) => &**v,
            Self::ManagedAndroidLobApp(v) => &**v,
            Self::ManagedIosLobApp(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ManagedMobileLobApp(v) => &mut **v,
            Self::ManagedAndroidLobApp(v) => &mut **v,
            Self::ManagedIosLobApp(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl AnyManagedMobileLobApp {
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
            Self::ManagedMobileLobApp(v) => &v.id,
            Self::ManagedAndroidLobApp(v) => &v.id,
            Self::ManagedIosLobApp(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.id,
            Self::ManagedAndroidLobApp(v) => &mut v.id,
            Self::ManagedIosLobApp(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.created_date_time,
            Self::ManagedAndroidLobApp(v) => &v.created_date_time,
            Self::ManagedIosLobApp(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.created_date_time,
            Self::ManagedAndroidLobApp(v) => &mut v.created_date_time,
            Self::ManagedIosLobApp(v) => &mut v.created_date_time,
        }
    }
    /// `dependentAppCount` of any variant.
    #[inline]
    pub fn dependent_app_count(&self) -> &rt::Field<i32> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.dependent_app_count,
            Self::ManagedAndroidLobApp(v) => &v.dependent_app_count,
            Self::ManagedIosLobApp(v) => &v.dependent_app_count,
        }
    }
    /// `dependentAppCount` of any variant.
    #[inline]
    pub fn dependent_app_count_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.dependent_app_count,
            Self::ManagedAndroidLobApp(v) => &mut v.dependent_app_count,
            Self::ManagedIosLobApp(v) => &mut v.dependent_app_count,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.description,
            Self::ManagedAndroidLobApp(v) => &v.description,
            Self::ManagedIosLobApp(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.description,
            Self::ManagedAndroidLobApp(v) => &mut v.description,
            Self::ManagedIosLobApp(v) => &mut v.description,
        }
    }
    /// `developer` of any variant.
    #[inline]
    pub fn developer(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.developer,
            Self::ManagedAndroidLobApp(v) => &v.developer,
            Self::ManagedIosLobApp(v) => &v.developer,
        }
    }
    /// `developer` of any variant.
    #[inline]
    pub fn developer_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.developer,
            Self::ManagedAndroidLobApp(v) => &mut v.developer,
            Self::ManagedIosLobApp(v) => &mut v.developer,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.display_name,
            Self::ManagedAndroidLobApp(v) => &v.display_name,
            Self::ManagedIosLobApp(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.display_name,
            Self::ManagedAndroidLobApp(v) => &mut v.display_name,
            Self::ManagedIosLobApp(v) => &mut v.display_name,
        }
    }
    /// `informationUrl` of any variant.
    #[inline]
    pub fn information_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.information_url,
            Self::ManagedAndroidLobApp(v) => &v.information_url,
            Self::ManagedIosLobApp(v) => &v.information_url,
        }
    }
    /// `informationUrl` of any variant.
    #[inline]
    pub fn information_url_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.information_url,
            Self::ManagedAndroidLobApp(v) => &mut v.information_url,
            Self::ManagedIosLobApp(v) => &mut v.information_url,
        }
    }
    /// `isAssigned` of any variant.
    #[inline]
    pub fn is_assigned(&self) -> &rt::Field<bool> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.is_assigned,
            Self::ManagedAndroidLobApp(v) => &v.is_assigned,
            Self::ManagedIosLobApp(v) => &v.is_assigned,
        }
    }
    /// `isAssigned` of any variant.
    #[inline]
    pub fn is_assigned_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.is_assigned,
            Self::ManagedAndroidLobApp(v) => &mut v.is_assigned,
            Self::ManagedIosLobApp(v) => &mut v.is_assigned,
        }
    }
    /// `isFeatured` of any variant.
    #[inline]
    pub fn is_featured(&self) -> &rt::Field<bool> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.is_featured,
            Self::ManagedAndroidLobApp(v) => &v.is_featured,
            Self::ManagedIosLobApp(v) => &v.is_featured,
        }
    }
    /// `isFeatured` of any variant.
    #[inline]
    pub fn is_featured_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.is_featured,
            Self::ManagedAndroidLobApp(v) => &mut v.is_featured,
            Self::ManagedIosLobApp(v) => &mut v.is_featured,
        }
    }
    /// `largeIcon` of any variant.
    #[inline]
    pub fn large_icon(&self) -> &rt::Field<crate::beta::MimeContent> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.large_icon,
            Self::ManagedAndroidLobApp(v) => &v.large_icon,
            Self::ManagedIosLobApp(v) => &v.large_icon,
        }
    }
    /// `largeIcon` of any variant.
    #[inline]
    pub fn large_icon_mut(&mut self) -> &mut rt::Field<crate::beta::MimeContent> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.large_icon,
            Self::ManagedAndroidLobApp(v) => &mut v.large_icon,
            Self::ManagedIosLobApp(v) => &mut v.large_icon,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.last_modified_date_time,
            Self::ManagedAndroidLobApp(v) => &v.last_modified_date_time,
            Self::ManagedIosLobApp(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.last_modified_date_time,
            Self::ManagedAndroidLobApp(v) => &mut v.last_modified_date_time,
            Self::ManagedIosLobApp(v) => &mut v.last_modified_date_time,
        }
    }
    /// `notes` of any variant.
    #[inline]
    pub fn notes(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.notes,
            Self::ManagedAndroidLobApp(v) => &v.notes,
            Self::ManagedIosLobApp(v) => &v.notes,
        }
    }
    /// `notes` of any variant.
    #[inline]
    pub fn notes_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.notes,
            Self::ManagedAndroidLobApp(v) => &mut v.notes,
            Self::ManagedIosLobApp(v) => &mut v.notes,
        }
    }
    /// `owner` of any variant.
    #[inline]
    pub fn owner(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.owner,
            Self::ManagedAndroidLobApp(v) => &v.owner,
            Self::ManagedIosLobApp(v) => &v.owner,
        }
    }
    /// `owner` of any variant.
    #[inline]
    pub fn owner_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.owner,
            Self::ManagedAndroidLobApp(v) => &mut v.owner,
            Self::ManagedIosLobApp(v) => &mut v.owner,
        }
    }
    /// `privacyInformationUrl` of any variant.
    #[inline]
    pub fn privacy_information_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.privacy_information_url,
            Self::ManagedAndroidLobApp(v) => &v.privacy_information_url,
            Self::ManagedIosLobApp(v) => &v.privacy_information_url,
        }
    }
    /// `privacyInformationUrl` of any variant.
    #[inline]
    pub fn privacy_information_url_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.privacy_information_url,
            Self::ManagedAndroidLobApp(v) => &mut v.privacy_information_url,
            Self::ManagedIosLobApp(v) => &mut v.privacy_information_url,
        }
    }
    /// `publisher` of any variant.
    #[inline]
    pub fn publisher(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.publisher,
            Self::ManagedAndroidLobApp(v) => &v.publisher,
            Self::ManagedIosLobApp(v) => &v.publisher,
        }
    }
    /// `publisher` of any variant.
    #[inline]
    pub fn publisher_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.publisher,
            Self::ManagedAndroidLobApp(v) => &mut v.publisher,
            Self::ManagedIosLobApp(v) => &mut v.publisher,
        }
    }
    /// `publishingState` of any variant.
    #[inline]
    pub fn publishing_state(&self) -> &rt::Field<crate::beta::MobileAppPublishingState> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.publishing_state,
            Self::ManagedAndroidLobApp(v) => &v.publishing_state,
            Self::ManagedIosLobApp(v) => &v.publishing_state,
        }
    }
    /// `publishingState` of any variant.
    #[inline]
    pub fn publishing_state_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::MobileAppPublishingState> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.publishing_state,
            Self::ManagedAndroidLobApp(v) => &mut v.publishing_state,
            Self::ManagedIosLobApp(v) => &mut v.publishing_state,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.role_scope_tag_ids,
            Self::ManagedAndroidLobApp(v) => &v.role_scope_tag_ids,
            Self::ManagedIosLobApp(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.role_scope_tag_ids,
            Self::ManagedAndroidLobApp(v) => &mut v.role_scope_tag_ids,
            Self::ManagedIosLobApp(v) => &mut v.role_scope_tag_ids,
        }
    }
    /// `supersededAppCount` of any variant.
    #[inline]
    pub fn superseded_app_count(&self) -> &rt::Field<i32> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.superseded_app_count,
            Self::ManagedAndroidLobApp(v) => &v.superseded_app_count,
            Self::ManagedIosLobApp(v) => &v.superseded_app_count,
        }
    }
    /// `supersededAppCount` of any variant.
    #[inline]
    pub fn superseded_app_count_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.superseded_app_count,
            Self::ManagedAndroidLobApp(v) => &mut v.superseded_app_count,
            Self::ManagedIosLobApp(v) => &mut v.superseded_app_count,
        }
    }
    /// `supersedingAppCount` of any variant.
    #[inline]
    pub fn superseding_app_count(&self) -> &rt::Field<i32> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.superseding_app_count,
            Self::ManagedAndroidLobApp(v) => &v.superseding_app_count,
            Self::ManagedIosLobApp(v) => &v.superseding_app_count,
        }
    }
    /// `supersedingAppCount` of any variant.
    #[inline]
    pub fn superseding_app_count_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.superseding_app_count,
            Self::ManagedAndroidLobApp(v) => &mut v.superseding_app_count,
            Self::ManagedIosLobApp(v) => &mut v.superseding_app_count,
        }
    }
    /// `uploadState` of any variant.
    #[inline]
    pub fn upload_state(&self) -> &rt::Field<i32> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.upload_state,
            Self::ManagedAndroidLobApp(v) => &v.upload_state,
            Self::ManagedIosLobApp(v) => &v.upload_state,
        }
    }
    /// `uploadState` of any variant.
    #[inline]
    pub fn upload_state_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.upload_state,
            Self::ManagedAndroidLobApp(v) => &mut v.upload_state,
            Self::ManagedIosLobApp(v) => &mut v.upload_state,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::MobileAppAssignment>> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.assignments,
            Self::ManagedAndroidLobApp(v) => &v.assignments,
            Self::ManagedIosLobApp(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::MobileAppAssignment>> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.assignments,
            Self::ManagedAndroidLobApp(v) => &mut v.assignments,
            Self::ManagedIosLobApp(v) => &mut v.assignments,
        }
    }
    /// `categories` of any variant.
    #[inline]
    pub fn categories(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::MobileAppCategory>> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.categories,
            Self::ManagedAndroidLobApp(v) => &v.categories,
            Self::ManagedIosLobApp(v) => &v.categories,
        }
    }
    /// `categories` of any variant.
    #[inline]
    pub fn categories_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::MobileAppCategory>> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.categories,
            Self::ManagedAndroidLobApp(v) => &mut v.categories,
            Self::ManagedIosLobApp(v) => &mut v.categories,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::MobileAppInstallStatus>> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.device_statuses,
            Self::ManagedAndroidLobApp(v) => &v.device_statuses,
            Self::ManagedIosLobApp(v) => &v.device_statuses,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::MobileAppInstallStatus>> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.device_statuses,
            Self::ManagedAndroidLobApp(v) => &mut v.device_statuses,
            Self::ManagedIosLobApp(v) => &mut v.device_statuses,
        }
    }
    /// `installSummary` of any variant.
    #[inline]
    pub fn install_summary(&self) -> &rt::Field<crate::beta::MobileAppInstallSummary> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.install_summary,
            Self::ManagedAndroidLobApp(v) => &v.install_summary,
            Self::ManagedIosLobApp(v) => &v.install_summary,
        }
    }
    /// `installSummary` of any variant.
    #[inline]
    pub fn install_summary_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::MobileAppInstallSummary> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.install_summary,
            Self::ManagedAndroidLobApp(v) => &mut v.install_summary,
            Self::ManagedIosLobApp(v) => &mut v.install_summary,
        }
    }
    /// `relationships` of any variant.
    #[inline]
    pub fn relationships(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::AnyMobileAppRelationship>> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.relationships,
            Self::ManagedAndroidLobApp(v) => &v.relationships,
            Self::ManagedIosLobApp(v) => &v.relationships,
        }
    }
    /// `relationships` of any variant.
    #[inline]
    pub fn relationships_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::AnyMobileAppRelationship>> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.relationships,
            Self::ManagedAndroidLobApp(v) => &mut v.relationships,
            Self::ManagedIosLobApp(v) => &mut v.relationships,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::UserAppInstallStatus>> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.user_statuses,
            Self::ManagedAndroidLobApp(v) => &v.user_statuses,
            Self::ManagedIosLobApp(v) => &v.user_statuses,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::UserAppInstallStatus>> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.user_statuses,
            Self::ManagedAndroidLobApp(v) => &mut v.user_statuses,
            Self::ManagedIosLobApp(v) => &mut v.user_statuses,
        }
    }
    /// `appAvailability` of any variant.
    #[inline]
    pub fn app_availability(&self) -> &rt::Field<crate::beta::ManagedAppAvailability> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.app_availability,
            Self::ManagedAndroidLobApp(v) => &v.app_availability,
            Self::ManagedIosLobApp(v) => &v.app_availability,
        }
    }
    /// `appAvailability` of any variant.
    #[inline]
    pub fn app_availability_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ManagedAppAvailability> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.app_availability,
            Self::ManagedAndroidLobApp(v) => &mut v.app_availability,
            Self::ManagedIosLobApp(v) => &mut v.app_availability,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.version,
            Self::ManagedAndroidLobApp(v) => &v.version,
            Self::ManagedIosLobApp(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.version,
            Self::ManagedAndroidLobApp(v) => &mut v.version,
            Self::ManagedIosLobApp(v) => &mut v.version,
        }
    }
    /// `committedContentVersion` of any variant.
    #[inline]
    pub fn committed_content_version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.committed_content_version,
            Self::ManagedAndroidLobApp(v) => &v.committed_content_version,
            Self::ManagedIosLobApp(v) => &v.committed_content_version,
        }
    }
    /// `committedContentVersion` of any variant.
    #[inline]
    pub fn committed_content_version_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.committed_content_version,
            Self::ManagedAndroidLobApp(v) => &mut v.committed_content_version,
            Self::ManagedIosLobApp(v) => &mut v.committed_content_version,
        }
    }
    /// `fileName` of any variant.
    #[inline]
    pub fn file_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.file_name,
            Self::ManagedAndroidLobApp(v) => &v.file_name,
            Self::ManagedIosLobApp(v) => &v.file_name,
        }
    }
    /// `fileName` of any variant.
    #[inline]
    pub fn file_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.file_name,
            Self::ManagedAndroidLobApp(v) => &mut v.file_name,
            Self::ManagedIosLobApp(v) => &mut v.file_name,
        }
    }
    /// `size` of any variant.
    #[inline]
    pub fn size(&self) -> &rt::Field<i64> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.size,
            Self::ManagedAndroidLobApp(v) => &v.size,
            Self::ManagedIosLobApp(v) => &v.size,
        }
    }
    /// `size` of any variant.
    #[inline]
    pub fn size_mut(&mut self) -> &mut rt::Field<i64> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.size,
            Self::ManagedAndroidLobApp(v) => &mut v.size,
            Self::ManagedIosLobApp(v) => &mut v.size,
        }
    }
    /// `contentVersions` of any variant.
    #[inline]
    pub fn content_versions(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::MobileAppContent>> {
        match self {
            Self::ManagedMobileLobApp(v) => &v.content_versions,
            Self::ManagedAndroidLobApp(v) => &v.content_versions,
            Self::ManagedIosLobApp(v) => &v.content_versions,
        }
    }
    /// `contentVersions` of any variant.
    #[inline]
    pub fn content_versions_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::MobileAppContent>> {
        match self {
            Self::ManagedMobileLobApp(v) => &mut v.content_versions,
            Self::ManagedAndroidLobApp(v) => &mut v.content_versions,
            Self::ManagedIosLobApp(v) => &mut v.content_versions,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_poly!(AnyManagedMobileLobApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyManagedMobileLobApp);
