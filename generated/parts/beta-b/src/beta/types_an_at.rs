//! Types of `microsoft.graph` by the first letters of their names (`an_at`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core_or_activitystatistics)]
/// CSDL: `microsoft.graph.analyticsActivityType`, enum type.
///
/// Features: `beta`, or one of `beta-activitystatistics`, `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AnalyticsActivityType {
    /// `Email` (value 0).
    Email,
    /// `Meeting` (value 1).
    Meeting,
    /// `Focus` (value 2).
    Focus,
    /// `Chat` (value 3).
    Chat,
    /// `Call` (value 4).
    Call,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
impl rt::StrEnum for AnalyticsActivityType {
    const TYPE_NAME: &'static str = "microsoft.graph.analyticsActivityType";
    const MEMBERS: &'static [&'static str] = &[
        "Email",
        "Meeting",
        "Focus",
        "Chat",
        "Call",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "Email" => Self::Email,
                "Meeting" => Self::Meeting,
                "Focus" => Self::Focus,
                "Chat" => Self::Chat,
                "Call" => Self::Call,
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
            Self::Email => "Email",
            Self::Meeting => "Meeting",
            Self::Focus => "Focus",
            Self::Chat => "Chat",
            Self::Call => "Call",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
rt::impl_enum!(AnalyticsActivityType);
#[cfg(msgraph_beta_core_or_activitystatistics)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnalyticsActivityType);
#[cfg(msgraph_beta_device_management_or_search)]
/// This class contains compliance settings for Android.
///
/// CSDL: `microsoft.graph.androidCompliancePolicy`, entity type, derived from `microsoft.graph.deviceCompliancePolicy`, key `id`.
///
/// Request builders: [`DeviceCompliancePolicyPath`](requests/trait.DeviceCompliancePolicyPath.html), what a path to one (`EntityPath<AndroidCompliancePolicy, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidCompliancePolicy {
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
    /// List of Scope Tags for this Entity instance.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Version of the device configuration.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The collection of assignments for this compliance policy.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceCompliancePolicyAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceCompliancePolicyAssignment>,
    >,
    /// Compliance Setting State Device Summary
    ///
    /// CSDL: containment navigation property `deviceSettingStateSummaries`: `Collection(microsoft.graph.settingStateDeviceSummary)`, not nullable.
    pub device_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::beta::SettingStateDeviceSummary>,
    >,
    /// List of DeviceComplianceDeviceStatus.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.deviceComplianceDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceComplianceDeviceStatus>,
    >,
    /// Device compliance devices status overview
    ///
    /// CSDL: containment navigation property `deviceStatusOverview`: `microsoft.graph.deviceComplianceDeviceOverview`, nullable.
    pub device_status_overview: rt::Field<crate::beta::DeviceComplianceDeviceOverview>,
    /// The list of scheduled action for this rule
    ///
    /// CSDL: containment navigation property `scheduledActionsForRule`: `Collection(microsoft.graph.deviceComplianceScheduledActionForRule)`, not nullable.
    pub scheduled_actions_for_rule: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceComplianceScheduledActionForRule>,
    >,
    /// List of DeviceComplianceUserStatus.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.deviceComplianceUserStatus)`, not nullable.
    pub user_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceComplianceUserStatus>,
    >,
    /// Device compliance users status overview
    ///
    /// CSDL: containment navigation property `userStatusOverview`: `microsoft.graph.deviceComplianceUserOverview`, nullable.
    pub user_status_overview: rt::Field<crate::beta::DeviceComplianceUserOverview>,
    /// MDATP Require Mobile Threat Protection minimum risk level to report noncompliance.
    ///
    /// CSDL: property `advancedThreatProtectionRequiredSecurityLevel`: `microsoft.graph.deviceThreatProtectionLevel`, not nullable.
    pub advanced_threat_protection_required_security_level: rt::Field<
        crate::beta::DeviceThreatProtectionLevel,
    >,
    /// Condition statement id.
    ///
    /// CSDL: property `conditionStatementId`: `Edm.String`, nullable.
    pub condition_statement_id: rt::Field<::std::string::String>,
    /// Require that devices have enabled device threat protection.
    ///
    /// CSDL: property `deviceThreatProtectionEnabled`: `Edm.Boolean`, not nullable.
    pub device_threat_protection_enabled: rt::Field<bool>,
    /// Require Mobile Threat Protection minimum risk level to report noncompliance.
    ///
    /// CSDL: property `deviceThreatProtectionRequiredSecurityLevel`: `microsoft.graph.deviceThreatProtectionLevel`, not nullable.
    pub device_threat_protection_required_security_level: rt::Field<
        crate::beta::DeviceThreatProtectionLevel,
    >,
    /// Minimum Android security patch level.
    ///
    /// CSDL: property `minAndroidSecurityPatchLevel`: `Edm.String`, nullable.
    pub min_android_security_patch_level: rt::Field<::std::string::String>,
    /// Maximum Android version.
    ///
    /// CSDL: property `osMaximumVersion`: `Edm.String`, nullable.
    pub os_maximum_version: rt::Field<::std::string::String>,
    /// Minimum Android version.
    ///
    /// CSDL: property `osMinimumVersion`: `Edm.String`, nullable.
    pub os_minimum_version: rt::Field<::std::string::String>,
    /// Number of days before the password expires. Valid values 1 to 365
    ///
    /// CSDL: property `passwordExpirationDays`: `Edm.Int32`, nullable.
    pub password_expiration_days: rt::Field<i32>,
    /// Minimum password length. Valid values 4 to 16
    ///
    /// CSDL: property `passwordMinimumLength`: `Edm.Int32`, nullable.
    pub password_minimum_length: rt::Field<i32>,
    /// Minutes of inactivity before a password is required.
    ///
    /// CSDL: property `passwordMinutesOfInactivityBeforeLock`: `Edm.Int32`, nullable.
    pub password_minutes_of_inactivity_before_lock: rt::Field<i32>,
    /// Number of previous passwords to block. Valid values 1 to 24
    ///
    /// CSDL: property `passwordPreviousPasswordBlockCount`: `Edm.Int32`, nullable.
    pub password_previous_password_block_count: rt::Field<i32>,
    /// Require a password to unlock device.
    ///
    /// CSDL: property `passwordRequired`: `Edm.Boolean`, not nullable.
    pub password_required: rt::Field<bool>,
    /// Type of characters in password
    ///
    /// CSDL: property `passwordRequiredType`: `microsoft.graph.androidRequiredPasswordType`, not nullable.
    pub password_required_type: rt::Field<crate::beta::AndroidRequiredPasswordType>,
    /// Number of sign-in failures allowed before factory reset. Valid values 1 to 16
    ///
    /// CSDL: property `passwordSignInFailureCountBeforeFactoryReset`: `Edm.Int32`, nullable.
    pub password_sign_in_failure_count_before_factory_reset: rt::Field<i32>,
    /// Indicates the required password complexity on Android. One of: NONE, LOW, MEDIUM, HIGH. This is a new API targeted to Android 11+.
    ///
    /// CSDL: property `requiredPasswordComplexity`: `microsoft.graph.androidRequiredPasswordComplexity`, not nullable.
    pub required_password_complexity: rt::Field<
        crate::beta::AndroidRequiredPasswordComplexity,
    >,
    /// Require the device to not have the specified apps installed. This collection can contain a maximum of 100 elements.
    ///
    /// CSDL: property `restrictedApps`: `Collection(microsoft.graph.appListItem)`, nullable.
    pub restricted_apps: rt::Field<::std::vec::Vec<crate::beta::AnyAppListItem>>,
    /// Block device administrator managed devices.
    ///
    /// CSDL: property `securityBlockDeviceAdministratorManagedDevices`: `Edm.Boolean`, not nullable.
    pub security_block_device_administrator_managed_devices: rt::Field<bool>,
    /// Devices must not be jailbroken or rooted.
    ///
    /// CSDL: property `securityBlockJailbrokenDevices`: `Edm.Boolean`, not nullable.
    pub security_block_jailbroken_devices: rt::Field<bool>,
    /// Disable USB debugging on Android devices.
    ///
    /// CSDL: property `securityDisableUsbDebugging`: `Edm.Boolean`, not nullable.
    pub security_disable_usb_debugging: rt::Field<bool>,
    /// Require that devices disallow installation of apps from unknown sources.
    ///
    /// CSDL: property `securityPreventInstallAppsFromUnknownSources`: `Edm.Boolean`, not nullable.
    pub security_prevent_install_apps_from_unknown_sources: rt::Field<bool>,
    /// Require the device to pass the Company Portal client app runtime integrity check.
    ///
    /// CSDL: property `securityRequireCompanyPortalAppIntegrity`: `Edm.Boolean`, not nullable.
    pub security_require_company_portal_app_integrity: rt::Field<bool>,
    /// Require Google Play Services to be installed and enabled on the device.
    ///
    /// CSDL: property `securityRequireGooglePlayServices`: `Edm.Boolean`, not nullable.
    pub security_require_google_play_services: rt::Field<bool>,
    /// Require the device to pass the SafetyNet basic integrity check.
    ///
    /// CSDL: property `securityRequireSafetyNetAttestationBasicIntegrity`: `Edm.Boolean`, not nullable.
    pub security_require_safety_net_attestation_basic_integrity: rt::Field<bool>,
    /// Require the device to pass the SafetyNet certified device check.
    ///
    /// CSDL: property `securityRequireSafetyNetAttestationCertifiedDevice`: `Edm.Boolean`, not nullable.
    pub security_require_safety_net_attestation_certified_device: rt::Field<bool>,
    /// Require the device to have up to date security providers. The device will require Google Play Services to be enabled and up to date.
    ///
    /// CSDL: property `securityRequireUpToDateSecurityProviders`: `Edm.Boolean`, not nullable.
    pub security_require_up_to_date_security_providers: rt::Field<bool>,
    /// Require the Android Verify apps feature is turned on.
    ///
    /// CSDL: property `securityRequireVerifyApps`: `Edm.Boolean`, not nullable.
    pub security_require_verify_apps: rt::Field<bool>,
    /// Require encryption on Android devices.
    ///
    /// CSDL: property `storageRequireEncryption`: `Edm.Boolean`, not nullable.
    pub storage_require_encryption: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidCompliancePolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_setting_state_summaries: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_overview: rt::Field::Absent,
            scheduled_actions_for_rule: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_overview: rt::Field::Absent,
            advanced_threat_protection_required_security_level: rt::Field::Absent,
            condition_statement_id: rt::Field::Absent,
            device_threat_protection_enabled: rt::Field::Absent,
            device_threat_protection_required_security_level: rt::Field::Absent,
            min_android_security_patch_level: rt::Field::Absent,
            os_maximum_version: rt::Field::Absent,
            os_minimum_version: rt::Field::Absent,
            password_expiration_days: rt::Field::Absent,
            password_minimum_length: rt::Field::Absent,
            password_minutes_of_inactivity_before_lock: rt::Field::Absent,
            password_previous_password_block_count: rt::Field::Absent,
            password_required: rt::Field::Absent,
            password_required_type: rt::Field::Absent,
            password_sign_in_failure_count_before_factory_reset: rt::Field::Absent,
            required_password_complexity: rt::Field::Absent,
            restricted_apps: rt::Field::Absent,
            security_block_device_administrator_managed_devices: rt::Field::Absent,
            security_block_jailbroken_devices: rt::Field::Absent,
            security_disable_usb_debugging: rt::Field::Absent,
            security_prevent_install_apps_from_unknown_sources: rt::Field::Absent,
            security_require_company_portal_app_integrity: rt::Field::Absent,
            security_require_google_play_services: rt::Field::Absent,
            security_require_safety_net_attestation_basic_integrity: rt::Field::Absent,
            security_require_safety_net_attestation_certified_device: rt::Field::Absent,
            security_require_up_to_date_security_providers: rt::Field::Absent,
            security_require_verify_apps: rt::Field::Absent,
            storage_require_encryption: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidCompliancePolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.androidCompliancePolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "version",
        "assignments",
        "deviceSettingStateSummaries",
        "deviceStatuses",
        "deviceStatusOverview",
        "scheduledActionsForRule",
        "userStatuses",
        "userStatusOverview",
        "advancedThreatProtectionRequiredSecurityLevel",
        "conditionStatementId",
        "deviceThreatProtectionEnabled",
        "deviceThreatProtectionRequiredSecurityLevel",
        "minAndroidSecurityPatchLevel",
        "osMaximumVersion",
        "osMinimumVersion",
        "passwordExpirationDays",
        "passwordMinimumLength",
        "passwordMinutesOfInactivityBeforeLock",
        "passwordPreviousPasswordBlockCount",
        "passwordRequired",
        "passwordRequiredType",
        "passwordSignInFailureCountBeforeFactoryReset",
        "requiredPasswordComplexity",
        "restrictedApps",
        "securityBlockDeviceAdministratorManagedDevices",
        "securityBlockJailbrokenDevices",
        "securityDisableUsbDebugging",
        "securityPreventInstallAppsFromUnknownSources",
        "securityRequireCompanyPortalAppIntegrity",
        "securityRequireGooglePlayServices",
        "securityRequireSafetyNetAttestationBasicIntegrity",
        "securityRequireSafetyNetAttestationCertifiedDevice",
        "securityRequireUpToDateSecurityProviders",
        "securityRequireVerifyApps",
        "storageRequireEncryption",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"scheduledActionsForRule\":      ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
        ",\"advancedThreatProtectionRequiredSecurityLevel\":",
        ",\"conditionStatementId\":         ",
        ",\"deviceThreatProtectionEnabled\":",
        ",\"deviceThreatProtectionRequiredSecurityLevel\":",
        ",\"minAndroidSecurityPatchLevel\": ",
        ",\"osMaximumVersion\":             ",
        ",\"osMinimumVersion\":             ",
        ",\"passwordExpirationDays\":       ",
        ",\"passwordMinimumLength\":        ",
        ",\"passwordMinutesOfInactivityBeforeLock\":",
        ",\"passwordPreviousPasswordBlockCount\":",
        ",\"passwordRequired\":             ",
        ",\"passwordRequiredType\":         ",
        ",\"passwordSignInFailureCountBeforeFactoryReset\":",
        ",\"requiredPasswordComplexity\":   ",
        ",\"restrictedApps\":               ",
        ",\"securityBlockDeviceAdministratorManagedDevices\":",
        ",\"securityBlockJailbrokenDevices\":",
        ",\"securityDisableUsbDebugging\":  ",
        ",\"securityPreventInstallAppsFromUnknownSources\":",
        ",\"securityRequireCompanyPortalAppIntegrity\":",
        ",\"securityRequireGooglePlayServices\":",
        ",\"securityRequireSafetyNetAttestationBasicIntegrity\":",
        ",\"securityRequireSafetyNetAttestationCertifiedDevice\":",
        ",\"securityRequireUpToDateSecurityProviders\":",
        ",\"securityRequireVerifyApps\":    ",
        ",\"storageRequireEncryption\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidCompliancePolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(6usize, "version", &self.version);
        v.field(7usize, "assignments", &self.assignments);
        v.field(
            8usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(9usize, "device_statuses", &self.device_statuses);
        v.field(10usize, "device_status_overview", &self.device_status_overview);
        v.field(11usize, "scheduled_actions_for_rule", &self.scheduled_actions_for_rule);
        v.field(12usize, "user_statuses", &self.user_statuses);
        v.field(13usize, "user_status_overview", &self.user_status_overview);
        v.field(
            14usize,
            "advanced_threat_protection_required_security_level",
            &self.advanced_threat_protection_required_security_level,
        );
        v.field(15usize, "condition_statement_id", &self.condition_statement_id);
        v.field(
            16usize,
            "device_threat_protection_enabled",
            &self.device_threat_protection_enabled,
        );
        v.field(
            17usize,
            "device_threat_protection_required_security_level",
            &self.device_threat_protection_required_security_level,
        );
        v.field(
            18usize,
            "min_android_security_patch_level",
            &self.min_android_security_patch_level,
        );
        v.field(19usize, "os_maximum_version", &self.os_maximum_version);
        v.field(20usize, "os_minimum_version", &self.os_minimum_version);
        v.field(21usize, "password_expiration_days", &self.password_expiration_days);
        v.field(22usize, "password_minimum_length", &self.password_minimum_length);
        v.field(
            23usize,
            "password_minutes_of_inactivity_before_lock",
            &self.password_minutes_of_inactivity_before_lock,
        );
        v.field(
            24usize,
            "password_previous_password_block_count",
            &self.password_previous_password_block_count,
        );
        v.field(25usize, "password_required", &self.password_required);
        v.field(26usize, "password_required_type", &self.password_required_type);
        v.field(
            27usize,
            "password_sign_in_failure_count_before_factory_reset",
            &self.password_sign_in_failure_count_before_factory_reset,
        );
        v.field(
            28usize,
            "required_password_complexity",
            &self.required_password_complexity,
        );
        v.field(29usize, "restricted_apps", &self.restricted_apps);
        v.field(
            30usize,
            "security_block_device_administrator_managed_devices",
            &self.security_block_device_administrator_managed_devices,
        );
        v.field(
            31usize,
            "security_block_jailbroken_devices",
            &self.security_block_jailbroken_devices,
        );
        v.field(
            32usize,
            "security_disable_usb_debugging",
            &self.security_disable_usb_debugging,
        );
        v.field(
            33usize,
            "security_prevent_install_apps_from_unknown_sources",
            &self.security_prevent_install_apps_from_unknown_sources,
        );
        v.field(
            34usize,
            "security_require_company_portal_app_integrity",
            &self.security_require_company_portal_app_integrity,
        );
        v.field(
            35usize,
            "security_require_google_play_services",
            &self.security_require_google_play_services,
        );
        v.field(
            36usize,
            "security_require_safety_net_attestation_basic_integrity",
            &self.security_require_safety_net_attestation_basic_integrity,
        );
        v.field(
            37usize,
            "security_require_safety_net_attestation_certified_device",
            &self.security_require_safety_net_attestation_certified_device,
        );
        v.field(
            38usize,
            "security_require_up_to_date_security_providers",
            &self.security_require_up_to_date_security_providers,
        );
        v.field(
            39usize,
            "security_require_verify_apps",
            &self.security_require_verify_apps,
        );
        v.field(40usize, "storage_require_encryption", &self.storage_require_encryption);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidCompliancePolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.role_scope_tag_ids.read_from(r),
            6usize => self.version.read_from(r),
            7usize => self.assignments.read_from(r),
            8usize => self.device_setting_state_summaries.read_from(r),
            9usize => self.device_statuses.read_from(r),
            10usize => self.device_status_overview.read_from(r),
            11usize => self.scheduled_actions_for_rule.read_from(r),
            12usize => self.user_statuses.read_from(r),
            13usize => self.user_status_overview.read_from(r),
            14usize => {
                self.advanced_threat_protection_required_security_level.read_from(r)
            }
            15usize => self.condition_statement_id.read_from(r),
            16usize => self.device_threat_protection_enabled.read_from(r),
            17usize => self.device_threat_protection_required_security_level.read_from(r),
            18usize => self.min_android_security_patch_level.read_from(r),
            19usize => self.os_maximum_version.read_from(r),
            20usize => self.os_minimum_version.read_from(r),
            21usize => self.password_expiration_days.read_from(r),
            22usize => self.password_minimum_length.read_from(r),
            23usize => self.password_minutes_of_inactivity_before_lock.read_from(r),
            24usize => self.password_previous_password_block_count.read_from(r),
            25usize => self.password_required.read_from(r),
            26usize => self.password_required_type.read_from(r),
            27usize => {
                self.password_sign_in_failure_count_before_factory_reset.read_from(r)
            }
            28usize => self.required_password_complexity.read_from(r),
            29usize => self.restricted_apps.read_from(r),
            30usize => {
                self.security_block_device_administrator_managed_devices.read_from(r)
            }
            31usize => self.security_block_jailbroken_devices.read_from(r),
            32usize => self.security_disable_usb_debugging.read_from(r),
            33usize => {
                self.security_prevent_install_apps_from_unknown_sources.read_from(r)
            }
            34usize => self.security_require_company_portal_app_integrity.read_from(r),
            35usize => self.security_require_google_play_services.read_from(r),
            36usize => {
                self.security_require_safety_net_attestation_basic_integrity.read_from(r)
            }
            37usize => {
                self.security_require_safety_net_attestation_certified_device
                    .read_from(r)
            }
            38usize => self.security_require_up_to_date_security_providers.read_from(r),
            39usize => self.security_require_verify_apps.read_from(r),
            40usize => self.storage_require_encryption.read_from(r),
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
        w.field(6usize, &self.version);
        w.field(7usize, &self.assignments);
        w.field(8usize, &self.device_setting_state_summaries);
        w.field(9usize, &self.device_statuses);
        w.field(10usize, &self.device_status_overview);
        w.field(11usize, &self.scheduled_actions_for_rule);
        w.field(12usize, &self.user_statuses);
        w.field(13usize, &self.user_status_overview);
        w.field(14usize, &self.advanced_threat_protection_required_security_level);
        w.field(15usize, &self.condition_statement_id);
        w.field(16usize, &self.device_threat_protection_enabled);
        w.field(17usize, &self.device_threat_protection_required_security_level);
        w.field(18usize, &self.min_android_security_patch_level);
        w.field(19usize, &self.os_maximum_version);
        w.field(20usize, &self.os_minimum_version);
        w.field(21usize, &self.password_expiration_days);
        w.field(22usize, &self.password_minimum_length);
        w.field(23usize, &self.password_minutes_of_inactivity_before_lock);
        w.field(24usize, &self.password_previous_password_block_count);
        w.field(25usize, &self.password_required);
        w.field(26usize, &self.password_required_type);
        w.field(27usize, &self.password_sign_in_failure_count_before_factory_reset);
        w.field(28usize, &self.required_password_complexity);
        w.field(29usize, &self.restricted_apps);
        w.field(30usize, &self.security_block_device_administrator_managed_devices);
        w.field(31usize, &self.security_block_jailbroken_devices);
        w.field(32usize, &self.security_disable_usb_debugging);
        w.field(33usize, &self.security_prevent_install_apps_from_unknown_sources);
        w.field(34usize, &self.security_require_company_portal_app_integrity);
        w.field(35usize, &self.security_require_google_play_services);
        w.field(36usize, &self.security_require_safety_net_attestation_basic_integrity);
        w.field(37usize, &self.security_require_safety_net_attestation_certified_device);
        w.field(38usize, &self.security_require_up_to_date_security_providers);
        w.field(39usize, &self.security_require_verify_apps);
        w.field(40usize, &self.storage_require_encryption);
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
rt::impl_object!(AndroidCompliancePolicy);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidCompliancePolicy { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec < ::std::string::String
    >; with_version version : i32; with_assignments assignments : ::std::vec::Vec < crate
    ::beta::DeviceCompliancePolicyAssignment >; with_device_setting_state_summaries
    device_setting_state_summaries : ::std::vec::Vec < crate
    ::beta::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::beta::DeviceComplianceDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::beta::DeviceComplianceDeviceOverview; with_scheduled_actions_for_rule
    scheduled_actions_for_rule : ::std::vec::Vec < crate
    ::beta::DeviceComplianceScheduledActionForRule >; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::beta::DeviceComplianceUserStatus >;
    with_user_status_overview user_status_overview : crate
    ::beta::DeviceComplianceUserOverview;
    with_advanced_threat_protection_required_security_level
    advanced_threat_protection_required_security_level : crate
    ::beta::DeviceThreatProtectionLevel; with_condition_statement_id
    condition_statement_id : ::std::string::String; with_device_threat_protection_enabled
    device_threat_protection_enabled : bool;
    with_device_threat_protection_required_security_level
    device_threat_protection_required_security_level : crate
    ::beta::DeviceThreatProtectionLevel; with_min_android_security_patch_level
    min_android_security_patch_level : ::std::string::String; with_os_maximum_version
    os_maximum_version : ::std::string::String; with_os_minimum_version
    os_minimum_version : ::std::string::String; with_password_expiration_days
    password_expiration_days : i32; with_password_minimum_length password_minimum_length
    : i32; with_password_minutes_of_inactivity_before_lock
    password_minutes_of_inactivity_before_lock : i32;
    with_password_previous_password_block_count password_previous_password_block_count :
    i32; with_password_required password_required : bool; with_password_required_type
    password_required_type : crate ::beta::AndroidRequiredPasswordType;
    with_password_sign_in_failure_count_before_factory_reset
    password_sign_in_failure_count_before_factory_reset : i32;
    with_required_password_complexity required_password_complexity : crate
    ::beta::AndroidRequiredPasswordComplexity; with_restricted_apps restricted_apps :
    ::std::vec::Vec < crate ::beta::AnyAppListItem >;
    with_security_block_device_administrator_managed_devices
    security_block_device_administrator_managed_devices : bool;
    with_security_block_jailbroken_devices security_block_jailbroken_devices : bool;
    with_security_disable_usb_debugging security_disable_usb_debugging : bool;
    with_security_prevent_install_apps_from_unknown_sources
    security_prevent_install_apps_from_unknown_sources : bool;
    with_security_require_company_portal_app_integrity
    security_require_company_portal_app_integrity : bool;
    with_security_require_google_play_services security_require_google_play_services :
    bool; with_security_require_safety_net_attestation_basic_integrity
    security_require_safety_net_attestation_basic_integrity : bool;
    with_security_require_safety_net_attestation_certified_device
    security_require_safety_net_attestation_certified_device : bool;
    with_security_require_up_to_date_security_providers
    security_require_up_to_date_security_providers : bool;
    with_security_require_verify_apps security_require_verify_apps : bool;
    with_storage_require_encryption storage_require_encryption : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidCompliancePolicy);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.androidDeviceOwnerAppAutoUpdatePolicyType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidDeviceOwnerAppAutoUpdatePolicyType {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `userChoice` (value 1).
    UserChoice,
    /// `never` (value 2).
    Never,
    /// `wiFiOnly` (value 3).
    WiFiOnly,
    /// `always` (value 4).
    Always,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AndroidDeviceOwnerAppAutoUpdatePolicyType {
    const TYPE_NAME: &'static str = "microsoft.graph.androidDeviceOwnerAppAutoUpdatePolicyType";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "userChoice",
        "never",
        "wiFiOnly",
        "always",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "userChoice" => Self::UserChoice,
                "never" => Self::Never,
                "wiFiOnly" => Self::WiFiOnly,
                "always" => Self::Always,
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
            Self::UserChoice => "userChoice",
            Self::Never => "never",
            Self::WiFiOnly => "wiFiOnly",
            Self::Always => "always",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AndroidDeviceOwnerAppAutoUpdatePolicyType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidDeviceOwnerAppAutoUpdatePolicyType);
#[cfg(msgraph_beta_device_management_or_search)]
/// This topic provides descriptions of the declared methods, properties and relationships exposed by the AndroidDeviceOwnerCompliancePolicy resource.
///
/// CSDL: `microsoft.graph.androidDeviceOwnerCompliancePolicy`, entity type, derived from `microsoft.graph.deviceCompliancePolicy`, key `id`.
///
/// Request builders: [`DeviceCompliancePolicyPath`](requests/trait.DeviceCompliancePolicyPath.html), what a path to one (`EntityPath<AndroidDeviceOwnerCompliancePolicy, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidDeviceOwnerCompliancePolicy {
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
    /// List of Scope Tags for this Entity instance.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Version of the device configuration.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The collection of assignments for this compliance policy.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceCompliancePolicyAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceCompliancePolicyAssignment>,
    >,
    /// Compliance Setting State Device Summary
    ///
    /// CSDL: containment navigation property `deviceSettingStateSummaries`: `Collection(microsoft.graph.settingStateDeviceSummary)`, not nullable.
    pub device_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::beta::SettingStateDeviceSummary>,
    >,
    /// List of DeviceComplianceDeviceStatus.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.deviceComplianceDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceComplianceDeviceStatus>,
    >,
    /// Device compliance devices status overview
    ///
    /// CSDL: containment navigation property `deviceStatusOverview`: `microsoft.graph.deviceComplianceDeviceOverview`, nullable.
    pub device_status_overview: rt::Field<crate::beta::DeviceComplianceDeviceOverview>,
    /// The list of scheduled action for this rule
    ///
    /// CSDL: containment navigation property `scheduledActionsForRule`: `Collection(microsoft.graph.deviceComplianceScheduledActionForRule)`, not nullable.
    pub scheduled_actions_for_rule: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceComplianceScheduledActionForRule>,
    >,
    /// List of DeviceComplianceUserStatus.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.deviceComplianceUserStatus)`, not nullable.
    pub user_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceComplianceUserStatus>,
    >,
    /// Device compliance users status overview
    ///
    /// CSDL: containment navigation property `userStatusOverview`: `microsoft.graph.deviceComplianceUserOverview`, nullable.
    pub user_status_overview: rt::Field<crate::beta::DeviceComplianceUserOverview>,
    /// MDATP Require Mobile Threat Protection minimum risk level to report noncompliance.
    ///
    /// CSDL: property `advancedThreatProtectionRequiredSecurityLevel`: `microsoft.graph.deviceThreatProtectionLevel`, nullable.
    pub advanced_threat_protection_required_security_level: rt::Field<
        crate::beta::DeviceThreatProtectionLevel,
    >,
    /// Require that devices have enabled device threat protection.
    ///
    /// CSDL: property `deviceThreatProtectionEnabled`: `Edm.Boolean`, nullable.
    pub device_threat_protection_enabled: rt::Field<bool>,
    /// Require Mobile Threat Protection minimum risk level to report noncompliance.
    ///
    /// CSDL: property `deviceThreatProtectionRequiredSecurityLevel`: `microsoft.graph.deviceThreatProtectionLevel`, nullable.
    pub device_threat_protection_required_security_level: rt::Field<
        crate::beta::DeviceThreatProtectionLevel,
    >,
    /// Minimum Android security patch level.
    ///
    /// CSDL: property `minAndroidSecurityPatchLevel`: `Edm.String`, nullable.
    pub min_android_security_patch_level: rt::Field<::std::string::String>,
    /// Maximum Android version.
    ///
    /// CSDL: property `osMaximumVersion`: `Edm.String`, nullable.
    pub os_maximum_version: rt::Field<::std::string::String>,
    /// Minimum Android version.
    ///
    /// CSDL: property `osMinimumVersion`: `Edm.String`, nullable.
    pub os_minimum_version: rt::Field<::std::string::String>,
    /// Number of days before the password expires. Valid values 1 to 365
    ///
    /// CSDL: property `passwordExpirationDays`: `Edm.Int32`, nullable.
    pub password_expiration_days: rt::Field<i32>,
    /// Minimum password length. Valid values 4 to 16
    ///
    /// CSDL: property `passwordMinimumLength`: `Edm.Int32`, nullable.
    pub password_minimum_length: rt::Field<i32>,
    /// Indicates the minimum number of letter characters required for device password. Valid values 1 to 16
    ///
    /// CSDL: property `passwordMinimumLetterCharacters`: `Edm.Int32`, nullable.
    pub password_minimum_letter_characters: rt::Field<i32>,
    /// Indicates the minimum number of lower case characters required for device password. Valid values 1 to 16
    ///
    /// CSDL: property `passwordMinimumLowerCaseCharacters`: `Edm.Int32`, nullable.
    pub password_minimum_lower_case_characters: rt::Field<i32>,
    /// Indicates the minimum number of non-letter characters required for device password. Valid values 1 to 16
    ///
    /// CSDL: property `passwordMinimumNonLetterCharacters`: `Edm.Int32`, nullable.
    pub password_minimum_non_letter_characters: rt::Field<i32>,
    /// Indicates the minimum number of numeric characters required for device password. Valid values 1 to 16
    ///
    /// CSDL: property `passwordMinimumNumericCharacters`: `Edm.Int32`, nullable.
    pub password_minimum_numeric_characters: rt::Field<i32>,
    /// Indicates the minimum number of symbol characters required for device password. Valid values 1 to 16
    ///
    /// CSDL: property `passwordMinimumSymbolCharacters`: `Edm.Int32`, nullable.
    pub password_minimum_symbol_characters: rt::Field<i32>,
    /// Indicates the minimum number of upper case letter characters required for device password. Valid values 1 to 16
    ///
    /// CSDL: property `passwordMinimumUpperCaseCharacters`: `Edm.Int32`, nullable.
    pub password_minimum_upper_case_characters: rt::Field<i32>,
    /// Minutes of inactivity before a password is required.
    ///
    /// CSDL: property `passwordMinutesOfInactivityBeforeLock`: `Edm.Int32`, nullable.
    pub password_minutes_of_inactivity_before_lock: rt::Field<i32>,
    /// Number of previous passwords to block. Valid values 1 to 24
    ///
    /// CSDL: property `passwordPreviousPasswordCountToBlock`: `Edm.Int32`, nullable.
    pub password_previous_password_count_to_block: rt::Field<i32>,
    /// Require a password to unlock device.
    ///
    /// CSDL: property `passwordRequired`: `Edm.Boolean`, nullable.
    pub password_required: rt::Field<bool>,
    /// Type of characters in password
    ///
    /// CSDL: property `passwordRequiredType`: `microsoft.graph.androidDeviceOwnerRequiredPasswordType`, nullable.
    pub password_required_type: rt::Field<
        crate::beta::AndroidDeviceOwnerRequiredPasswordType,
    >,
    /// Require the device to pass the SafetyNet basic integrity check.
    ///
    /// CSDL: property `securityRequireSafetyNetAttestationBasicIntegrity`: `Edm.Boolean`, nullable.
    pub security_require_safety_net_attestation_basic_integrity: rt::Field<bool>,
    /// Require the device to pass the SafetyNet certified device check.
    ///
    /// CSDL: property `securityRequireSafetyNetAttestationCertifiedDevice`: `Edm.Boolean`, nullable.
    pub security_require_safety_net_attestation_certified_device: rt::Field<bool>,
    /// Require encryption on Android devices.
    ///
    /// CSDL: property `storageRequireEncryption`: `Edm.Boolean`, nullable.
    pub storage_require_encryption: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidDeviceOwnerCompliancePolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_setting_state_summaries: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_overview: rt::Field::Absent,
            scheduled_actions_for_rule: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_overview: rt::Field::Absent,
            advanced_threat_protection_required_security_level: rt::Field::Absent,
            device_threat_protection_enabled: rt::Field::Absent,
            device_threat_protection_required_security_level: rt::Field::Absent,
            min_android_security_patch_level: rt::Field::Absent,
            os_maximum_version: rt::Field::Absent,
            os_minimum_version: rt::Field::Absent,
            password_expiration_days: rt::Field::Absent,
            password_minimum_length: rt::Field::Absent,
            password_minimum_letter_characters: rt::Field::Absent,
            password_minimum_lower_case_characters: rt::Field::Absent,
            password_minimum_non_letter_characters: rt::Field::Absent,
            password_minimum_numeric_characters: rt::Field::Absent,
            password_minimum_symbol_characters: rt::Field::Absent,
            password_minimum_upper_case_characters: rt::Field::Absent,
            password_minutes_of_inactivity_before_lock: rt::Field::Absent,
            password_previous_password_count_to_block: rt::Field::Absent,
            password_required: rt::Field::Absent,
            password_required_type: rt::Field::Absent,
            security_require_safety_net_attestation_basic_integrity: rt::Field::Absent,
            security_require_safety_net_attestation_certified_device: rt::Field::Absent,
            storage_require_encryption: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidDeviceOwnerCompliancePolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.androidDeviceOwnerCompliancePolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "version",
        "assignments",
        "deviceSettingStateSummaries",
        "deviceStatuses",
        "deviceStatusOverview",
        "scheduledActionsForRule",
        "userStatuses",
        "userStatusOverview",
        "advancedThreatProtectionRequiredSecurityLevel",
        "deviceThreatProtectionEnabled",
        "deviceThreatProtectionRequiredSecurityLevel",
        "minAndroidSecurityPatchLevel",
        "osMaximumVersion",
        "osMinimumVersion",
        "passwordExpirationDays",
        "passwordMinimumLength",
        "passwordMinimumLetterCharacters",
        "passwordMinimumLowerCaseCharacters",
        "passwordMinimumNonLetterCharacters",
        "passwordMinimumNumericCharacters",
        "passwordMinimumSymbolCharacters",
        "passwordMinimumUpperCaseCharacters",
        "passwordMinutesOfInactivityBeforeLock",
        "passwordPreviousPasswordCountToBlock",
        "passwordRequired",
        "passwordRequiredType",
        "securityRequireSafetyNetAttestationBasicIntegrity",
        "securityRequireSafetyNetAttestationCertifiedDevice",
        "storageRequireEncryption",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"scheduledActionsForRule\":      ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
        ",\"advancedThreatProtectionRequiredSecurityLevel\":",
        ",\"deviceThreatProtectionEnabled\":",
        ",\"deviceThreatProtectionRequiredSecurityLevel\":",
        ",\"minAndroidSecurityPatchLevel\": ",
        ",\"osMaximumVersion\":             ",
        ",\"osMinimumVersion\":             ",
        ",\"passwordExpirationDays\":       ",
        ",\"passwordMinimumLength\":        ",
        ",\"passwordMinimumLetterCharacters\":",
        ",\"passwordMinimumLowerCaseCharacters\":",
        ",\"passwordMinimumNonLetterCharacters\":",
        ",\"passwordMinimumNumericCharacters\":",
        ",\"passwordMinimumSymbolCharacters\":",
        ",\"passwordMinimumUpperCaseCharacters\":",
        ",\"passwordMinutesOfInactivityBeforeLock\":",
        ",\"passwordPreviousPasswordCountToBlock\":",
        ",\"passwordRequired\":             ",
        ",\"passwordRequiredType\":         ",
        ",\"securityRequireSafetyNetAttestationBasicIntegrity\":",
        ",\"securityRequireSafetyNetAttestationCertifiedDevice\":",
        ",\"storageRequireEncryption\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidDeviceOwnerCompliancePolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(6usize, "version", &self.version);
        v.field(7usize, "assignments", &self.assignments);
        v.field(
            8usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(9usize, "device_statuses", &self.device_statuses);
        v.field(10usize, "device_status_overview", &self.device_status_overview);
        v.field(11usize, "scheduled_actions_for_rule", &self.scheduled_actions_for_rule);
        v.field(12usize, "user_statuses", &self.user_statuses);
        v.field(13usize, "user_status_overview", &self.user_status_overview);
        v.field(
            14usize,
            "advanced_threat_protection_required_security_level",
            &self.advanced_threat_protection_required_security_level,
        );
        v.field(
            15usize,
            "device_threat_protection_enabled",
            &self.device_threat_protection_enabled,
        );
        v.field(
            16usize,
            "device_threat_protection_required_security_level",
            &self.device_threat_protection_required_security_level,
        );
        v.field(
            17usize,
            "min_android_security_patch_level",
            &self.min_android_security_patch_level,
        );
        v.field(18usize, "os_maximum_version", &self.os_maximum_version);
        v.field(19usize, "os_minimum_version", &self.os_minimum_version);
        v.field(20usize, "password_expiration_days", &self.password_expiration_days);
        v.field(21usize, "password_minimum_length", &self.password_minimum_length);
        v.field(
            22usize,
            "password_minimum_letter_characters",
            &self.password_minimum_letter_characters,
        );
        v.field(
            23usize,
            "password_minimum_lower_case_characters",
            &self.password_minimum_lower_case_characters,
        );
        v.field(
            24usize,
            "password_minimum_non_letter_characters",
            &self.password_minimum_non_letter_characters,
        );
        v.field(
            25usize,
            "password_minimum_numeric_characters",
            &self.password_minimum_numeric_characters,
        );
        v.field(
            26usize,
            "password_minimum_symbol_characters",
            &self.password_minimum_symbol_characters,
        );
        v.field(
            27usize,
            "password_minimum_upper_case_characters",
            &self.password_minimum_upper_case_characters,
        );
        v.field(
            28usize,
            "password_minutes_of_inactivity_before_lock",
            &self.password_minutes_of_inactivity_before_lock,
        );
        v.field(
            29usize,
            "password_previous_password_count_to_block",
            &self.password_previous_password_count_to_block,
        );
        v.field(30usize, "password_required", &self.password_required);
        v.field(31usize, "password_required_type", &self.password_required_type);
        v.field(
            32usize,
            "security_require_safety_net_attestation_basic_integrity",
            &self.security_require_safety_net_attestation_basic_integrity,
        );
        v.field(
            33usize,
            "security_require_safety_net_attestation_certified_device",
            &self.security_require_safety_net_attestation_certified_device,
        );
        v.field(34usize, "storage_require_encryption", &self.storage_require_encryption);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidDeviceOwnerCompliancePolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.role_scope_tag_ids.read_from(r),
            6usize => self.version.read_from(r),
            7usize => self.assignments.read_from(r),
            8usize => self.device_setting_state_summaries.read_from(r),
            9usize => self.device_statuses.read_from(r),
            10usize => self.device_status_overview.read_from(r),
            11usize => self.scheduled_actions_for_rule.read_from(r),
            12usize => self.user_statuses.read_from(r),
            13usize => self.user_status_overview.read_from(r),
            14usize => {
                self.advanced_threat_protection_required_security_level.read_from(r)
            }
            15usize => self.device_threat_protection_enabled.read_from(r),
            16usize => self.device_threat_protection_required_security_level.read_from(r),
            17usize => self.min_android_security_patch_level.read_from(r),
            18usize => self.os_maximum_version.read_from(r),
            19usize => self.os_minimum_version.read_from(r),
            20usize => self.password_expiration_days.read_from(r),
            21usize => self.password_minimum_length.read_from(r),
            22usize => self.password_minimum_letter_characters.read_from(r),
            23usize => self.password_minimum_lower_case_characters.read_from(r),
            24usize => self.password_minimum_non_letter_characters.read_from(r),
            25usize => self.password_minimum_numeric_characters.read_from(r),
            26usize => self.password_minimum_symbol_characters.read_from(r),
            27usize => self.password_minimum_upper_case_characters.read_from(r),
            28usize => self.password_minutes_of_inactivity_before_lock.read_from(r),
            29usize => self.password_previous_password_count_to_block.read_from(r),
            30usize => self.password_required.read_from(r),
            31usize => self.password_required_type.read_from(r),
            32usize => {
                self.security_require_safety_net_attestation_basic_integrity.read_from(r)
            }
            33usize => {
                self.security_require_safety_net_attestation_certified_device
                    .read_from(r)
            }
            34usize => self.storage_require_encryption.read_from(r),
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
        w.field(6usize, &self.version);
        w.field(7usize, &self.assignments);
        w.field(8usize, &self.device_setting_state_summaries);
        w.field(9usize, &self.device_statuses);
        w.field(10usize, &self.device_status_overview);
        w.field(11usize, &self.scheduled_actions_for_rule);
        w.field(12usize, &self.user_statuses);
        w.field(13usize, &self.user_status_overview);
        w.field(14usize, &self.advanced_threat_protection_required_security_level);
        w.field(15usize, &self.device_threat_protection_enabled);
        w.field(16usize, &self.device_threat_protection_required_security_level);
        w.field(17usize, &self.min_android_security_patch_level);
        w.field(18usize, &self.os_maximum_version);
        w.field(19usize, &self.os_minimum_version);
        w.field(20usize, &self.password_expiration_days);
        w.field(21usize, &self.password_minimum_length);
        w.field(22usize, &self.password_minimum_letter_characters);
        w.field(23usize, &self.password_minimum_lower_case_characters);
        w.field(24usize, &self.password_minimum_non_letter_characters);
        w.field(25usize, &self.password_minimum_numeric_characters);
        w.field(26usize, &self.password_minimum_symbol_characters);
        w.field(27usize, &self.password_minimum_upper_case_characters);
        w.field(28usize, &self.password_minutes_of_inactivity_before_lock);
        w.field(29usize, &self.password_previous_password_count_to_block);
        w.field(30usize, &self.password_required);
        w.field(31usize, &self.password_required_type);
        w.field(32usize, &self.security_require_safety_net_attestation_basic_integrity);
        w.field(33usize, &self.security_require_safety_net_attestation_certified_device);
        w.field(34usize, &self.storage_require_encryption);
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
rt::impl_object!(AndroidDeviceOwnerCompliancePolicy);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidDeviceOwnerCompliancePolicy { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec
    < ::std::string::String >; with_version version : i32; with_assignments assignments :
    ::std::vec::Vec < crate ::beta::DeviceCompliancePolicyAssignment >;
    with_device_setting_state_summaries device_setting_state_summaries : ::std::vec::Vec
    < crate ::beta::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::beta::DeviceComplianceDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::beta::DeviceComplianceDeviceOverview; with_scheduled_actions_for_rule
    scheduled_actions_for_rule : ::std::vec::Vec < crate
    ::beta::DeviceComplianceScheduledActionForRule >; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::beta::DeviceComplianceUserStatus >;
    with_user_status_overview user_status_overview : crate
    ::beta::DeviceComplianceUserOverview;
    with_advanced_threat_protection_required_security_level
    advanced_threat_protection_required_security_level : crate
    ::beta::DeviceThreatProtectionLevel; with_device_threat_protection_enabled
    device_threat_protection_enabled : bool;
    with_device_threat_protection_required_security_level
    device_threat_protection_required_security_level : crate
    ::beta::DeviceThreatProtectionLevel; with_min_android_security_patch_level
    min_android_security_patch_level : ::std::string::String; with_os_maximum_version
    os_maximum_version : ::std::string::String; with_os_minimum_version
    os_minimum_version : ::std::string::String; with_password_expiration_days
    password_expiration_days : i32; with_password_minimum_length password_minimum_length
    : i32; with_password_minimum_letter_characters password_minimum_letter_characters :
    i32; with_password_minimum_lower_case_characters
    password_minimum_lower_case_characters : i32;
    with_password_minimum_non_letter_characters password_minimum_non_letter_characters :
    i32; with_password_minimum_numeric_characters password_minimum_numeric_characters :
    i32; with_password_minimum_symbol_characters password_minimum_symbol_characters :
    i32; with_password_minimum_upper_case_characters
    password_minimum_upper_case_characters : i32;
    with_password_minutes_of_inactivity_before_lock
    password_minutes_of_inactivity_before_lock : i32;
    with_password_previous_password_count_to_block
    password_previous_password_count_to_block : i32; with_password_required
    password_required : bool; with_password_required_type password_required_type : crate
    ::beta::AndroidDeviceOwnerRequiredPasswordType;
    with_security_require_safety_net_attestation_basic_integrity
    security_require_safety_net_attestation_basic_integrity : bool;
    with_security_require_safety_net_attestation_certified_device
    security_require_safety_net_attestation_certified_device : bool;
    with_storage_require_encryption storage_require_encryption : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidDeviceOwnerCompliancePolicy);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.androidDeviceOwnerDefaultAppPermissionPolicyType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidDeviceOwnerDefaultAppPermissionPolicyType {
    /// `deviceDefault` (value 0).
    DeviceDefault,
    /// `prompt` (value 1).
    Prompt,
    /// `autoGrant` (value 2).
    AutoGrant,
    /// `autoDeny` (value 3).
    AutoDeny,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AndroidDeviceOwnerDefaultAppPermissionPolicyType {
    const TYPE_NAME: &'static str = "microsoft.graph.androidDeviceOwnerDefaultAppPermissionPolicyType";
    const MEMBERS: &'static [&'static str] = &[
        "deviceDefault",
        "prompt",
        "autoGrant",
        "autoDeny",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "deviceDefault" => Self::DeviceDefault,
                "prompt" => Self::Prompt,
                "autoGrant" => Self::AutoGrant,
                "autoDeny" => Self::AutoDeny,
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
            Self::Prompt => "prompt",
            Self::AutoGrant => "autoGrant",
            Self::AutoDeny => "autoDeny",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AndroidDeviceOwnerDefaultAppPermissionPolicyType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidDeviceOwnerDefaultAppPermissionPolicyType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.androidDeviceOwnerKioskCustomizationStatusBar`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidDeviceOwnerKioskCustomizationStatusBar {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `notificationsAndSystemInfoEnabled` (value 1).
    NotificationsAndSystemInfoEnabled,
    /// `systemInfoOnly` (value 2).
    SystemInfoOnly,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AndroidDeviceOwnerKioskCustomizationStatusBar {
    const TYPE_NAME: &'static str = "microsoft.graph.androidDeviceOwnerKioskCustomizationStatusBar";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "notificationsAndSystemInfoEnabled",
        "systemInfoOnly",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "notificationsAndSystemInfoEnabled" => {
                    Self::NotificationsAndSystemInfoEnabled
                }
                "systemInfoOnly" => Self::SystemInfoOnly,
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
            Self::NotificationsAndSystemInfoEnabled => {
                "notificationsAndSystemInfoEnabled"
            }
            Self::SystemInfoOnly => "systemInfoOnly",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AndroidDeviceOwnerKioskCustomizationStatusBar);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidDeviceOwnerKioskCustomizationStatusBar);
#[cfg(msgraph_beta_device_management_or_search)]
/// An application on the Android Device Owner Managed Home Screen
///
/// CSDL: `microsoft.graph.androidDeviceOwnerKioskModeApp`, complex type, derived from `microsoft.graph.androidDeviceOwnerKioskModeFolderItem`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidDeviceOwnerKioskModeApp {
    /// Class name of application
    ///
    /// CSDL: property `className`: `Edm.String`, nullable.
    pub class_name: rt::Field<::std::string::String>,
    /// Package name of application
    ///
    /// CSDL: property `package`: `Edm.String`, not nullable.
    pub package: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidDeviceOwnerKioskModeApp {
    #[inline]
    fn default() -> Self {
        Self {
            class_name: rt::Field::Absent,
            package: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidDeviceOwnerKioskModeApp {
    const TYPE_NAME: &'static str = "microsoft.graph.androidDeviceOwnerKioskModeApp";
    const KEYS: &'static [&'static str] = &["className", "package"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"className\":                    ",
        ",\"package\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidDeviceOwnerKioskModeApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "class_name", &self.class_name);
        v.field(1usize, "package", &self.package);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidDeviceOwnerKioskModeApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.class_name.read_from(r),
            1usize => self.package.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.class_name);
        w.field(1usize, &self.package);
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
rt::impl_object!(AndroidDeviceOwnerKioskModeApp);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidDeviceOwnerKioskModeApp { with_class_name class_name : ::std::string::String;
    with_package package : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidDeviceOwnerKioskModeApp);
#[cfg(msgraph_beta_device_management_or_search)]
/// An item in the list of app positions that sets the order of items on the Managed Home Screen
///
/// CSDL: `microsoft.graph.androidDeviceOwnerKioskModeAppPositionItem`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidDeviceOwnerKioskModeAppPositionItem {
    /// Item to be arranged
    ///
    /// CSDL: property `item`: `microsoft.graph.androidDeviceOwnerKioskModeHomeScreenItem`, not nullable.
    pub item: rt::Field<crate::beta::AnyAndroidDeviceOwnerKioskModeHomeScreenItem>,
    /// Position of the item on the grid. Valid values 0 to 9999999
    ///
    /// CSDL: property `position`: `Edm.Int32`, not nullable.
    pub position: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidDeviceOwnerKioskModeAppPositionItem {
    #[inline]
    fn default() -> Self {
        Self {
            item: rt::Field::Absent,
            position: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidDeviceOwnerKioskModeAppPositionItem {
    const TYPE_NAME: &'static str = "microsoft.graph.androidDeviceOwnerKioskModeAppPositionItem";
    const KEYS: &'static [&'static str] = &["item", "position"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"item\":                         ",
        ",\"position\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidDeviceOwnerKioskModeAppPositionItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "item", &self.item);
        v.field(1usize, "position", &self.position);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidDeviceOwnerKioskModeAppPositionItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.item.read_from(r),
            1usize => self.position.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.item);
        w.field(1usize, &self.position);
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
rt::impl_object!(AndroidDeviceOwnerKioskModeAppPositionItem);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidDeviceOwnerKioskModeAppPositionItem { with_item item : crate
    ::beta::AnyAndroidDeviceOwnerKioskModeHomeScreenItem; with_position position : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidDeviceOwnerKioskModeAppPositionItem);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represents an item that can be added to Android Device Owner folder (application or weblink)
///
/// CSDL: `microsoft.graph.androidDeviceOwnerKioskModeFolderItem`, complex type, derived from `microsoft.graph.androidDeviceOwnerKioskModeHomeScreenItem`, abstract.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidDeviceOwnerKioskModeFolderItem {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidDeviceOwnerKioskModeFolderItem {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidDeviceOwnerKioskModeFolderItem {
    const TYPE_NAME: &'static str = "microsoft.graph.androidDeviceOwnerKioskModeFolderItem";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.androidDeviceOwnerKioskModeFolderItem\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidDeviceOwnerKioskModeFolderItem {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(AndroidDeviceOwnerKioskModeFolderItem);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidDeviceOwnerKioskModeFolderItem);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.androidDeviceOwnerKioskModeFolderItem` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAndroidDeviceOwnerKioskModeFolderItem {
    AndroidDeviceOwnerKioskModeFolderItem(
        ::std::boxed::Box<crate::beta::AndroidDeviceOwnerKioskModeFolderItem>,
    ),
    AndroidDeviceOwnerKioskModeApp(
        ::std::boxed::Box<crate::beta::AndroidDeviceOwnerKioskModeApp>,
    ),
    AndroidDeviceOwnerKioskModeWeblink(
        ::std::boxed::Box<crate::beta::AndroidDeviceOwnerKioskModeWeblink>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyAndroidDeviceOwnerKioskModeFolderItem {
    #[inline]
    fn default() -> Self {
        Self::AndroidDeviceOwnerKioskModeFolderItem(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidDeviceOwnerKioskModeFolderItem>
for AnyAndroidDeviceOwnerKioskModeFolderItem {
    #[inline]
    fn from(v: crate::beta::AndroidDeviceOwnerKioskModeFolderItem) -> Self {
        Self::AndroidDeviceOwnerKioskModeFolderItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidDeviceOwnerKioskModeApp>
for AnyAndroidDeviceOwnerKioskModeFolderItem {
    #[inline]
    fn from(v: crate::beta::AndroidDeviceOwnerKioskModeApp) -> Self {
        Self::AndroidDeviceOwnerKioskModeApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidDeviceOwnerKioskModeWeblink>
for AnyAndroidDeviceOwnerKioskModeFolderItem {
    #[inline]
    fn from(v: crate::beta::AndroidDeviceOwnerKioskModeWeblink) -> Self {
        Self::AndroidDeviceOwnerKioskModeWeblink(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyAndroidDeviceOwnerKioskModeFolderItem {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyAndroidDeviceOwnerKioskModeFolderItem {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyAndroidDeviceOwnerKioskModeFolderItem {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyAndroidDeviceOwnerKioskModeFolderItem {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyAndroidDeviceOwnerKioskModeFolderItem {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::AndroidDeviceOwnerKioskModeFolderItem>();
    rt::object::auto_traits::<crate::beta::AndroidDeviceOwnerKioskModeApp>();
    rt::object::auto_traits::<crate::beta::AndroidDeviceOwnerKioskModeWeblink>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyAndroidDeviceOwnerKioskModeFolderItem {
    const BASE_NAME: &'static str = "microsoft.graph.androidDeviceOwnerKioskModeFolderItem";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceOwnerKioskModeApp",
            ) => Self::AndroidDeviceOwnerKioskModeApp(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceOwnerKioskModeWeblink",
            ) => Self::AndroidDeviceOwnerKioskModeWeblink(rt::object::new_boxed()),
            _ => Self::AndroidDeviceOwnerKioskModeFolderItem(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AndroidDeviceOwnerKioskModeFolderItem(v) => &**v,
            Self::AndroidDeviceOwnerKioskModeApp(v) => &**v,
            Self::AndroidDeviceOwnerKioskModeWeblink(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AndroidDeviceOwnerKioskModeFolderItem(v) => &mut **v,
            Self::AndroidDeviceOwnerKioskModeApp(v) => &mut **v,
            Self::AndroidDeviceOwnerKioskModeWeblink(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyAndroidDeviceOwnerKioskModeFolderItem {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyAndroidDeviceOwnerKioskModeFolderItem);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAndroidDeviceOwnerKioskModeFolderItem);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represents an item on the Android Device Owner Managed Home Screen (application, weblink or folder
///
/// CSDL: `microsoft.graph.androidDeviceOwnerKioskModeHomeScreenItem`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidDeviceOwnerKioskModeHomeScreenItem {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidDeviceOwnerKioskModeHomeScreenItem {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidDeviceOwnerKioskModeHomeScreenItem {
    const TYPE_NAME: &'static str = "microsoft.graph.androidDeviceOwnerKioskModeHomeScreenItem";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.androidDeviceOwnerKioskModeHomeScreenItem\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidDeviceOwnerKioskModeHomeScreenItem {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(AndroidDeviceOwnerKioskModeHomeScreenItem);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidDeviceOwnerKioskModeHomeScreenItem);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.androidDeviceOwnerKioskModeHomeScreenItem` or any type derived from it, selected by `@odata.type` (5 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAndroidDeviceOwnerKioskModeHomeScreenItem {
    AndroidDeviceOwnerKioskModeHomeScreenItem(
        ::std::boxed::Box<crate::beta::AndroidDeviceOwnerKioskModeHomeScreenItem>,
    ),
    AndroidDeviceOwnerKioskModeApp(
        ::std::boxed::Box<crate::beta::AndroidDeviceOwnerKioskModeApp>,
    ),
    AndroidDeviceOwnerKioskModeFolderItem(
        ::std::boxed::Box<crate::beta::AndroidDeviceOwnerKioskModeFolderItem>,
    ),
    AndroidDeviceOwnerKioskModeManagedFolderReference(
        ::std::boxed::Box<crate::beta::AndroidDeviceOwnerKioskModeManagedFolderReference>,
    ),
    AndroidDeviceOwnerKioskModeWeblink(
        ::std::boxed::Box<crate::beta::AndroidDeviceOwnerKioskModeWeblink>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyAndroidDeviceOwnerKioskModeHomeScreenItem {
    #[inline]
    fn default() -> Self {
        Self::AndroidDeviceOwnerKioskModeHomeScreenItem(
            ::std::default::Default::default(),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidDeviceOwnerKioskModeHomeScreenItem>
for AnyAndroidDeviceOwnerKioskModeHomeScreenItem {
    #[inline]
    fn from(v: crate::beta::AndroidDeviceOwnerKioskModeHomeScreenItem) -> Self {
        Self::AndroidDeviceOwnerKioskModeHomeScreenItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidDeviceOwnerKioskModeApp>
for AnyAndroidDeviceOwnerKioskModeHomeScreenItem {
    #[inline]
    fn from(v: crate::beta::AndroidDeviceOwnerKioskModeApp) -> Self {
        Self::AndroidDeviceOwnerKioskModeApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidDeviceOwnerKioskModeFolderItem>
for AnyAndroidDeviceOwnerKioskModeHomeScreenItem {
    #[inline]
    fn from(v: crate::beta::AndroidDeviceOwnerKioskModeFolderItem) -> Self {
        Self::AndroidDeviceOwnerKioskModeFolderItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidDeviceOwnerKioskModeManagedFolderReference>
for AnyAndroidDeviceOwnerKioskModeHomeScreenItem {
    #[inline]
    fn from(v: crate::beta::AndroidDeviceOwnerKioskModeManagedFolderReference) -> Self {
        Self::AndroidDeviceOwnerKioskModeManagedFolderReference(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidDeviceOwnerKioskModeWeblink>
for AnyAndroidDeviceOwnerKioskModeHomeScreenItem {
    #[inline]
    fn from(v: crate::beta::AndroidDeviceOwnerKioskModeWeblink) -> Self {
        Self::AndroidDeviceOwnerKioskModeWeblink(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyAndroidDeviceOwnerKioskModeHomeScreenItem {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyAndroidDeviceOwnerKioskModeHomeScreenItem {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyAndroidDeviceOwnerKioskModeHomeScreenItem {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyAndroidDeviceOwnerKioskModeHomeScreenItem {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyAndroidDeviceOwnerKioskModeHomeScreenItem {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::AndroidDeviceOwnerKioskModeHomeScreenItem>();
    rt::object::auto_traits::<crate::beta::AndroidDeviceOwnerKioskModeApp>();
    rt::object::auto_traits::<crate::beta::AndroidDeviceOwnerKioskModeFolderItem>();
    rt::object::auto_traits::<
        crate::beta::AndroidDeviceOwnerKioskModeManagedFolderReference,
    >();
    rt::object::auto_traits::<crate::beta::AndroidDeviceOwnerKioskModeWeblink>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyAndroidDeviceOwnerKioskModeHomeScreenItem {
    const BASE_NAME: &'static str = "microsoft.graph.androidDeviceOwnerKioskModeHomeScreenItem";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceOwnerKioskModeApp",
            ) => Self::AndroidDeviceOwnerKioskModeApp(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceOwnerKioskModeFolderItem",
            ) => Self::AndroidDeviceOwnerKioskModeFolderItem(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceOwnerKioskModeManagedFolderReference",
            ) => {
                Self::AndroidDeviceOwnerKioskModeManagedFolderReference(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceOwnerKioskModeWeblink",
            ) => Self::AndroidDeviceOwnerKioskModeWeblink(rt::object::new_boxed()),
            _ => Self::AndroidDeviceOwnerKioskModeHomeScreenItem(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AndroidDeviceOwnerKioskModeHomeScreenItem(v) => &**v,
            Self::AndroidDeviceOwnerKioskModeApp(v) => &**v,
            Self::AndroidDeviceOwnerKioskModeFolderItem(v) => &**v,
            Self::AndroidDeviceOwnerKioskModeManagedFolderReference(v) => &**v,
            Self::AndroidDeviceOwnerKioskModeWeblink(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AndroidDeviceOwnerKioskModeHomeScreenItem(v) => &mut **v,
            Self::AndroidDeviceOwnerKioskModeApp(v) => &mut **v,
            Self::AndroidDeviceOwnerKioskModeFolderItem(v) => &mut **v,
            Self::AndroidDeviceOwnerKioskModeManagedFolderReference(v) => &mut **v,
            Self::AndroidDeviceOwnerKioskModeWeblink(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyAndroidDeviceOwnerKioskModeHomeScreenItem {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyAndroidDeviceOwnerKioskModeHomeScreenItem);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAndroidDeviceOwnerKioskModeHomeScreenItem);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.androidDeviceOwnerKioskModeIconSize`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidDeviceOwnerKioskModeIconSize {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `smallest` (value 1).
    Smallest,
    /// `small` (value 2).
    Small,
    /// `regular` (value 3).
    Regular,
    /// `large` (value 4).
    Large,
    /// `largest` (value 5).
    Largest,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AndroidDeviceOwnerKioskModeIconSize {
    const TYPE_NAME: &'static str = "microsoft.graph.androidDeviceOwnerKioskModeIconSize";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "smallest",
        "small",
        "regular",
        "large",
        "largest",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "smallest" => Self::Smallest,
                "small" => Self::Small,
                "regular" => Self::Regular,
                "large" => Self::Large,
                "largest" => Self::Largest,
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
            Self::Smallest => "smallest",
            Self::Small => "small",
            Self::Regular => "regular",
            Self::Large => "large",
            Self::Largest => "largest",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AndroidDeviceOwnerKioskModeIconSize);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidDeviceOwnerKioskModeIconSize);
#[cfg(msgraph_beta_device_management_or_search)]
/// A folder containing pages of apps and weblinks on the Managed Home Screen
///
/// CSDL: `microsoft.graph.androidDeviceOwnerKioskModeManagedFolder`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidDeviceOwnerKioskModeManagedFolder {
    /// Unique identifier for the folder
    ///
    /// CSDL: property `folderIdentifier`: `Edm.String`, nullable.
    pub folder_identifier: rt::Field<::std::string::String>,
    /// Display name for the folder
    ///
    /// CSDL: property `folderName`: `Edm.String`, not nullable.
    pub folder_name: rt::Field<::std::string::String>,
    /// Items to be added to managed folder. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `items`: `Collection(microsoft.graph.androidDeviceOwnerKioskModeFolderItem)`, not nullable.
    pub items: rt::Field<
        ::std::vec::Vec<crate::beta::AnyAndroidDeviceOwnerKioskModeFolderItem>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidDeviceOwnerKioskModeManagedFolder {
    #[inline]
    fn default() -> Self {
        Self {
            folder_identifier: rt::Field::Absent,
            folder_name: rt::Field::Absent,
            items: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidDeviceOwnerKioskModeManagedFolder {
    const TYPE_NAME: &'static str = "microsoft.graph.androidDeviceOwnerKioskModeManagedFolder";
    const KEYS: &'static [&'static str] = &["folderIdentifier", "folderName", "items"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"folderIdentifier\":             ",
        ",\"folderName\":                   ",
        ",\"items\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidDeviceOwnerKioskModeManagedFolder\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "folder_identifier", &self.folder_identifier);
        v.field(1usize, "folder_name", &self.folder_name);
        v.field(2usize, "items", &self.items);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidDeviceOwnerKioskModeManagedFolder {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.folder_identifier.read_from(r),
            1usize => self.folder_name.read_from(r),
            2usize => self.items.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.folder_identifier);
        w.field(1usize, &self.folder_name);
        w.field(2usize, &self.items);
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
rt::impl_object!(AndroidDeviceOwnerKioskModeManagedFolder);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidDeviceOwnerKioskModeManagedFolder { with_folder_identifier folder_identifier :
    ::std::string::String; with_folder_name folder_name : ::std::string::String;
    with_items items : ::std::vec::Vec < crate
    ::beta::AnyAndroidDeviceOwnerKioskModeFolderItem >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidDeviceOwnerKioskModeManagedFolder);
#[cfg(msgraph_beta_device_management_or_search)]
/// A reference to folder containing apps and weblinks on the Managed Home Screen
///
/// CSDL: `microsoft.graph.androidDeviceOwnerKioskModeManagedFolderReference`, complex type, derived from `microsoft.graph.androidDeviceOwnerKioskModeHomeScreenItem`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidDeviceOwnerKioskModeManagedFolderReference {
    /// Unique identifier for the folder
    ///
    /// CSDL: property `folderIdentifier`: `Edm.String`, nullable.
    pub folder_identifier: rt::Field<::std::string::String>,
    /// Name of the folder
    ///
    /// CSDL: property `folderName`: `Edm.String`, not nullable.
    pub folder_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidDeviceOwnerKioskModeManagedFolderReference {
    #[inline]
    fn default() -> Self {
        Self {
            folder_identifier: rt::Field::Absent,
            folder_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidDeviceOwnerKioskModeManagedFolderReference {
    const TYPE_NAME: &'static str = "microsoft.graph.androidDeviceOwnerKioskModeManagedFolderReference";
    const KEYS: &'static [&'static str] = &["folderIdentifier", "folderName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"folderIdentifier\":             ",
        ",\"folderName\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidDeviceOwnerKioskModeManagedFolderReference\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "folder_identifier", &self.folder_identifier);
        v.field(1usize, "folder_name", &self.folder_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidDeviceOwnerKioskModeManagedFolderReference {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.folder_identifier.read_from(r),
            1usize => self.folder_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.folder_identifier);
        w.field(1usize, &self.folder_name);
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
rt::impl_object!(AndroidDeviceOwnerKioskModeManagedFolderReference);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidDeviceOwnerKioskModeManagedFolderReference { with_folder_identifier
    folder_identifier : ::std::string::String; with_folder_name folder_name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidDeviceOwnerKioskModeManagedFolderReference);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.androidDeviceOwnerKioskModeScreenOrientation`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidDeviceOwnerKioskModeScreenOrientation {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `portrait` (value 1).
    Portrait,
    /// `landscape` (value 2).
    Landscape,
    /// `autoRotate` (value 3).
    AutoRotate,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AndroidDeviceOwnerKioskModeScreenOrientation {
    const TYPE_NAME: &'static str = "microsoft.graph.androidDeviceOwnerKioskModeScreenOrientation";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "portrait",
        "landscape",
        "autoRotate",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "portrait" => Self::Portrait,
                "landscape" => Self::Landscape,
                "autoRotate" => Self::AutoRotate,
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
            Self::Portrait => "portrait",
            Self::Landscape => "landscape",
            Self::AutoRotate => "autoRotate",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AndroidDeviceOwnerKioskModeScreenOrientation);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidDeviceOwnerKioskModeScreenOrientation);
#[cfg(msgraph_beta_device_management_or_search)]
/// A weblink on the Android Device Owner Managed Home Screen
///
/// CSDL: `microsoft.graph.androidDeviceOwnerKioskModeWeblink`, complex type, derived from `microsoft.graph.androidDeviceOwnerKioskModeFolderItem`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidDeviceOwnerKioskModeWeblink {
    /// Display name for weblink
    ///
    /// CSDL: property `label`: `Edm.String`, nullable.
    pub label: rt::Field<::std::string::String>,
    /// Link for weblink
    ///
    /// CSDL: property `link`: `Edm.String`, nullable.
    pub link: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidDeviceOwnerKioskModeWeblink {
    #[inline]
    fn default() -> Self {
        Self {
            label: rt::Field::Absent,
            link: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidDeviceOwnerKioskModeWeblink {
    const TYPE_NAME: &'static str = "microsoft.graph.androidDeviceOwnerKioskModeWeblink";
    const KEYS: &'static [&'static str] = &["label", "link"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"label\":                        ",
        ",\"link\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidDeviceOwnerKioskModeWeblink\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "label", &self.label);
        v.field(1usize, "link", &self.link);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidDeviceOwnerKioskModeWeblink {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.label.read_from(r),
            1usize => self.link.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.label);
        w.field(1usize, &self.link);
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
rt::impl_object!(AndroidDeviceOwnerKioskModeWeblink);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidDeviceOwnerKioskModeWeblink { with_label label : ::std::string::String;
    with_link link : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidDeviceOwnerKioskModeWeblink);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.androidDeviceOwnerPlayStoreMode`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidDeviceOwnerPlayStoreMode {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `allowList` (value 1).
    AllowList,
    /// `blockList` (value 2).
    BlockList,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AndroidDeviceOwnerPlayStoreMode {
    const TYPE_NAME: &'static str = "microsoft.graph.androidDeviceOwnerPlayStoreMode";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "allowList",
        "blockList",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "allowList" => Self::AllowList,
                "blockList" => Self::BlockList,
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
            Self::AllowList => "allowList",
            Self::BlockList => "blockList",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AndroidDeviceOwnerPlayStoreMode);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidDeviceOwnerPlayStoreMode);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.androidDeviceOwnerRequiredPasswordType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidDeviceOwnerRequiredPasswordType {
    /// `deviceDefault` (value 0).
    DeviceDefault,
    /// `required` (value 1).
    Required,
    /// `numeric` (value 2).
    Numeric,
    /// `numericComplex` (value 3).
    NumericComplex,
    /// `alphabetic` (value 4).
    Alphabetic,
    /// `alphanumeric` (value 5).
    Alphanumeric,
    /// `alphanumericWithSymbols` (value 6).
    AlphanumericWithSymbols,
    /// `lowSecurityBiometric` (value 7).
    LowSecurityBiometric,
    /// `customPassword` (value 8).
    CustomPassword,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AndroidDeviceOwnerRequiredPasswordType {
    const TYPE_NAME: &'static str = "microsoft.graph.androidDeviceOwnerRequiredPasswordType";
    const MEMBERS: &'static [&'static str] = &[
        "deviceDefault",
        "required",
        "numeric",
        "numericComplex",
        "alphabetic",
        "alphanumeric",
        "alphanumericWithSymbols",
        "lowSecurityBiometric",
        "customPassword",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "deviceDefault" => Self::DeviceDefault,
                "required" => Self::Required,
                "numeric" => Self::Numeric,
                "numericComplex" => Self::NumericComplex,
                "alphabetic" => Self::Alphabetic,
                "alphanumeric" => Self::Alphanumeric,
                "alphanumericWithSymbols" => Self::AlphanumericWithSymbols,
                "lowSecurityBiometric" => Self::LowSecurityBiometric,
                "customPassword" => Self::CustomPassword,
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
            Self::Required => "required",
            Self::Numeric => "numeric",
            Self::NumericComplex => "numericComplex",
            Self::Alphabetic => "alphabetic",
            Self::Alphanumeric => "alphanumeric",
            Self::AlphanumericWithSymbols => "alphanumericWithSymbols",
            Self::LowSecurityBiometric => "lowSecurityBiometric",
            Self::CustomPassword => "customPassword",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AndroidDeviceOwnerRequiredPasswordType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidDeviceOwnerRequiredPasswordType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.androidDeviceOwnerWiFiSecurityType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidDeviceOwnerWiFiSecurityType {
    /// `open` (value 0).
    Open,
    /// `wep` (value 1).
    Wep,
    /// `wpaPersonal` (value 2).
    WpaPersonal,
    /// `wpaEnterprise` (value 4).
    WpaEnterprise,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AndroidDeviceOwnerWiFiSecurityType {
    const TYPE_NAME: &'static str = "microsoft.graph.androidDeviceOwnerWiFiSecurityType";
    const MEMBERS: &'static [&'static str] = &[
        "open",
        "wep",
        "wpaPersonal",
        "wpaEnterprise",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "open" => Self::Open,
                "wep" => Self::Wep,
                "wpaPersonal" => Self::WpaPersonal,
                "wpaEnterprise" => Self::WpaEnterprise,
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
            Self::Open => "open",
            Self::Wep => "wep",
            Self::WpaPersonal => "wpaPersonal",
            Self::WpaEnterprise => "wpaEnterprise",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AndroidDeviceOwnerWiFiSecurityType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidDeviceOwnerWiFiSecurityType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.androidEapType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidEapType {
    /// `eapTls` (value 13).
    EapTls,
    /// `eapTtls` (value 21).
    EapTtls,
    /// `peap` (value 25).
    Peap,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AndroidEapType {
    const TYPE_NAME: &'static str = "microsoft.graph.androidEapType";
    const MEMBERS: &'static [&'static str] = &["eapTls", "eapTtls", "peap"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "eapTls" => Self::EapTls,
                "eapTtls" => Self::EapTtls,
                "peap" => Self::Peap,
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
            Self::EapTls => "eapTls",
            Self::EapTtls => "eapTtls",
            Self::Peap => "peap",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AndroidEapType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidEapType);
#[cfg(msgraph_beta_device_management_or_search)]
/// This class contains compliance settings for Android for Work.
///
/// CSDL: `microsoft.graph.androidForWorkCompliancePolicy`, entity type, derived from `microsoft.graph.deviceCompliancePolicy`, key `id`.
///
/// Request builders: [`DeviceCompliancePolicyPath`](requests/trait.DeviceCompliancePolicyPath.html), what a path to one (`EntityPath<AndroidForWorkCompliancePolicy, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidForWorkCompliancePolicy {
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
    /// List of Scope Tags for this Entity instance.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Version of the device configuration.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The collection of assignments for this compliance policy.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceCompliancePolicyAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceCompliancePolicyAssignment>,
    >,
    /// Compliance Setting State Device Summary
    ///
    /// CSDL: containment navigation property `deviceSettingStateSummaries`: `Collection(microsoft.graph.settingStateDeviceSummary)`, not nullable.
    pub device_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::beta::SettingStateDeviceSummary>,
    >,
    /// List of DeviceComplianceDeviceStatus.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.deviceComplianceDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceComplianceDeviceStatus>,
    >,
    /// Device compliance devices status overview
    ///
    /// CSDL: containment navigation property `deviceStatusOverview`: `microsoft.graph.deviceComplianceDeviceOverview`, nullable.
    pub device_status_overview: rt::Field<crate::beta::DeviceComplianceDeviceOverview>,
    /// The list of scheduled action for this rule
    ///
    /// CSDL: containment navigation property `scheduledActionsForRule`: `Collection(microsoft.graph.deviceComplianceScheduledActionForRule)`, not nullable.
    pub scheduled_actions_for_rule: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceComplianceScheduledActionForRule>,
    >,
    /// List of DeviceComplianceUserStatus.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.deviceComplianceUserStatus)`, not nullable.
    pub user_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceComplianceUserStatus>,
    >,
    /// Device compliance users status overview
    ///
    /// CSDL: containment navigation property `userStatusOverview`: `microsoft.graph.deviceComplianceUserOverview`, nullable.
    pub user_status_overview: rt::Field<crate::beta::DeviceComplianceUserOverview>,
    /// Require that devices have enabled device threat protection.
    ///
    /// CSDL: property `deviceThreatProtectionEnabled`: `Edm.Boolean`, not nullable.
    pub device_threat_protection_enabled: rt::Field<bool>,
    /// Require Mobile Threat Protection minimum risk level to report noncompliance.
    ///
    /// CSDL: property `deviceThreatProtectionRequiredSecurityLevel`: `microsoft.graph.deviceThreatProtectionLevel`, not nullable.
    pub device_threat_protection_required_security_level: rt::Field<
        crate::beta::DeviceThreatProtectionLevel,
    >,
    /// Minimum Android security patch level.
    ///
    /// CSDL: property `minAndroidSecurityPatchLevel`: `Edm.String`, nullable.
    pub min_android_security_patch_level: rt::Field<::std::string::String>,
    /// Maximum Android version.
    ///
    /// CSDL: property `osMaximumVersion`: `Edm.String`, nullable.
    pub os_maximum_version: rt::Field<::std::string::String>,
    /// Minimum Android version.
    ///
    /// CSDL: property `osMinimumVersion`: `Edm.String`, nullable.
    pub os_minimum_version: rt::Field<::std::string::String>,
    /// Number of days before the password expires. Valid values 1 to 365
    ///
    /// CSDL: property `passwordExpirationDays`: `Edm.Int32`, nullable.
    pub password_expiration_days: rt::Field<i32>,
    /// Minimum password length. Valid values 4 to 16
    ///
    /// CSDL: property `passwordMinimumLength`: `Edm.Int32`, nullable.
    pub password_minimum_length: rt::Field<i32>,
    /// Minutes of inactivity before a password is required.
    ///
    /// CSDL: property `passwordMinutesOfInactivityBeforeLock`: `Edm.Int32`, nullable.
    pub password_minutes_of_inactivity_before_lock: rt::Field<i32>,
    /// Number of previous passwords to block. Valid values 1 to 24
    ///
    /// CSDL: property `passwordPreviousPasswordBlockCount`: `Edm.Int32`, nullable.
    pub password_previous_password_block_count: rt::Field<i32>,
    /// Require a password to unlock device.
    ///
    /// CSDL: property `passwordRequired`: `Edm.Boolean`, not nullable.
    pub password_required: rt::Field<bool>,
    /// Type of characters in password
    ///
    /// CSDL: property `passwordRequiredType`: `microsoft.graph.androidRequiredPasswordType`, not nullable.
    pub password_required_type: rt::Field<crate::beta::AndroidRequiredPasswordType>,
    /// Number of sign-in failures allowed before factory reset. Valid values 1 to 16
    ///
    /// CSDL: property `passwordSignInFailureCountBeforeFactoryReset`: `Edm.Int32`, nullable.
    pub password_sign_in_failure_count_before_factory_reset: rt::Field<i32>,
    /// Devices must not be jailbroken or rooted.
    ///
    /// CSDL: property `securityBlockJailbrokenDevices`: `Edm.Boolean`, not nullable.
    pub security_block_jailbroken_devices: rt::Field<bool>,
    /// Disable USB debugging on Android devices.
    ///
    /// CSDL: property `securityDisableUsbDebugging`: `Edm.Boolean`, not nullable.
    pub security_disable_usb_debugging: rt::Field<bool>,
    /// Require that devices disallow installation of apps from unknown sources.
    ///
    /// CSDL: property `securityPreventInstallAppsFromUnknownSources`: `Edm.Boolean`, not nullable.
    pub security_prevent_install_apps_from_unknown_sources: rt::Field<bool>,
    /// Require the device to pass the Company Portal client app runtime integrity check.
    ///
    /// CSDL: property `securityRequireCompanyPortalAppIntegrity`: `Edm.Boolean`, not nullable.
    pub security_require_company_portal_app_integrity: rt::Field<bool>,
    /// Require a specific SafetyNet evaluation type for compliance.
    ///
    /// CSDL: property `securityRequiredAndroidSafetyNetEvaluationType`: `microsoft.graph.androidSafetyNetEvaluationType`, not nullable.
    pub security_required_android_safety_net_evaluation_type: rt::Field<
        crate::beta::AndroidSafetyNetEvaluationType,
    >,
    /// Require Google Play Services to be installed and enabled on the device.
    ///
    /// CSDL: property `securityRequireGooglePlayServices`: `Edm.Boolean`, not nullable.
    pub security_require_google_play_services: rt::Field<bool>,
    /// Require the device to pass the SafetyNet basic integrity check.
    ///
    /// CSDL: property `securityRequireSafetyNetAttestationBasicIntegrity`: `Edm.Boolean`, not nullable.
    pub security_require_safety_net_attestation_basic_integrity: rt::Field<bool>,
    /// Require the device to pass the SafetyNet certified device check.
    ///
    /// CSDL: property `securityRequireSafetyNetAttestationCertifiedDevice`: `Edm.Boolean`, not nullable.
    pub security_require_safety_net_attestation_certified_device: rt::Field<bool>,
    /// Require the device to have up to date security providers. The device will require Google Play Services to be enabled and up to date.
    ///
    /// CSDL: property `securityRequireUpToDateSecurityProviders`: `Edm.Boolean`, not nullable.
    pub security_require_up_to_date_security_providers: rt::Field<bool>,
    /// Require the Android Verify apps feature is turned on.
    ///
    /// CSDL: property `securityRequireVerifyApps`: `Edm.Boolean`, not nullable.
    pub security_require_verify_apps: rt::Field<bool>,
    /// Require encryption on Android devices.
    ///
    /// CSDL: property `storageRequireEncryption`: `Edm.Boolean`, not nullable.
    pub storage_require_encryption: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidForWorkCompliancePolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_setting_state_summaries: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_overview: rt::Field::Absent,
            scheduled_actions_for_rule: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_overview: rt::Field::Absent,
            device_threat_protection_enabled: rt::Field::Absent,
            device_threat_protection_required_security_level: rt::Field::Absent,
            min_android_security_patch_level: rt::Field::Absent,
            os_maximum_version: rt::Field::Absent,
            os_minimum_version: rt::Field::Absent,
            password_expiration_days: rt::Field::Absent,
            password_minimum_length: rt::Field::Absent,
            password_minutes_of_inactivity_before_lock: rt::Field::Absent,
            password_previous_password_block_count: rt::Field::Absent,
            password_required: rt::Field::Absent,
            password_required_type: rt::Field::Absent,
            password_sign_in_failure_count_before_factory_reset: rt::Field::Absent,
            security_block_jailbroken_devices: rt::Field::Absent,
            security_disable_usb_debugging: rt::Field::Absent,
            security_prevent_install_apps_from_unknown_sources: rt::Field::Absent,
            security_require_company_portal_app_integrity: rt::Field::Absent,
            security_required_android_safety_net_evaluation_type: rt::Field::Absent,
            security_require_google_play_services: rt::Field::Absent,
            security_require_safety_net_attestation_basic_integrity: rt::Field::Absent,
            security_require_safety_net_attestation_certified_device: rt::Field::Absent,
            security_require_up_to_date_security_providers: rt::Field::Absent,
            security_require_verify_apps: rt::Field::Absent,
            storage_require_encryption: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidForWorkCompliancePolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.androidForWorkCompliancePolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "version",
        "assignments",
        "deviceSettingStateSummaries",
        "deviceStatuses",
        "deviceStatusOverview",
        "scheduledActionsForRule",
        "userStatuses",
        "userStatusOverview",
        "deviceThreatProtectionEnabled",
        "deviceThreatProtectionRequiredSecurityLevel",
        "minAndroidSecurityPatchLevel",
        "osMaximumVersion",
        "osMinimumVersion",
        "passwordExpirationDays",
        "passwordMinimumLength",
        "passwordMinutesOfInactivityBeforeLock",
        "passwordPreviousPasswordBlockCount",
        "passwordRequired",
        "passwordRequiredType",
        "passwordSignInFailureCountBeforeFactoryReset",
        "securityBlockJailbrokenDevices",
        "securityDisableUsbDebugging",
        "securityPreventInstallAppsFromUnknownSources",
        "securityRequireCompanyPortalAppIntegrity",
        "securityRequiredAndroidSafetyNetEvaluationType",
        "securityRequireGooglePlayServices",
        "securityRequireSafetyNetAttestationBasicIntegrity",
        "securityRequireSafetyNetAttestationCertifiedDevice",
        "securityRequireUpToDateSecurityProviders",
        "securityRequireVerifyApps",
        "storageRequireEncryption",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"scheduledActionsForRule\":      ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
        ",\"deviceThreatProtectionEnabled\":",
        ",\"deviceThreatProtectionRequiredSecurityLevel\":",
        ",\"minAndroidSecurityPatchLevel\": ",
        ",\"osMaximumVersion\":             ",
        ",\"osMinimumVersion\":             ",
        ",\"passwordExpirationDays\":       ",
        ",\"passwordMinimumLength\":        ",
        ",\"passwordMinutesOfInactivityBeforeLock\":",
        ",\"passwordPreviousPasswordBlockCount\":",
        ",\"passwordRequired\":             ",
        ",\"passwordRequiredType\":         ",
        ",\"passwordSignInFailureCountBeforeFactoryReset\":",
        ",\"securityBlockJailbrokenDevices\":",
        ",\"securityDisableUsbDebugging\":  ",
        ",\"securityPreventInstallAppsFromUnknownSources\":",
        ",\"securityRequireCompanyPortalAppIntegrity\":",
        ",\"securityRequiredAndroidSafetyNetEvaluationType\":",
        ",\"securityRequireGooglePlayServices\":",
        ",\"securityRequireSafetyNetAttestationBasicIntegrity\":",
        ",\"securityRequireSafetyNetAttestationCertifiedDevice\":",
        ",\"securityRequireUpToDateSecurityProviders\":",
        ",\"securityRequireVerifyApps\":    ",
        ",\"storageRequireEncryption\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidForWorkCompliancePolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(6usize, "version", &self.version);
        v.field(7usize, "assignments", &self.assignments);
        v.field(
            8usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(9usize, "device_statuses", &self.device_statuses);
        v.field(10usize, "device_status_overview", &self.device_status_overview);
        v.field(11usize, "scheduled_actions_for_rule", &self.scheduled_actions_for_rule);
        v.field(12usize, "user_statuses", &self.user_statuses);
        v.field(13usize, "user_status_overview", &self.user_status_overview);
        v.field(
            14usize,
            "device_threat_protection_enabled",
            &self.device_threat_protection_enabled,
        );
        v.field(
            15usize,
            "device_threat_protection_required_security_level",
            &self.device_threat_protection_required_security_level,
        );
        v.field(
            16usize,
            "min_android_security_patch_level",
            &self.min_android_security_patch_level,
        );
        v.field(17usize, "os_maximum_version", &self.os_maximum_version);
        v.field(18usize, "os_minimum_version", &self.os_minimum_version);
        v.field(19usize, "password_expiration_days", &self.password_expiration_days);
        v.field(20usize, "password_minimum_length", &self.password_minimum_length);
        v.field(
            21usize,
            "password_minutes_of_inactivity_before_lock",
            &self.password_minutes_of_inactivity_before_lock,
        );
        v.field(
            22usize,
            "password_previous_password_block_count",
            &self.password_previous_password_block_count,
        );
        v.field(23usize, "password_required", &self.password_required);
        v.field(24usize, "password_required_type", &self.password_required_type);
        v.field(
            25usize,
            "password_sign_in_failure_count_before_factory_reset",
            &self.password_sign_in_failure_count_before_factory_reset,
        );
        v.field(
            26usize,
            "security_block_jailbroken_devices",
            &self.security_block_jailbroken_devices,
        );
        v.field(
            27usize,
            "security_disable_usb_debugging",
            &self.security_disable_usb_debugging,
        );
        v.field(
            28usize,
            "security_prevent_install_apps_from_unknown_sources",
            &self.security_prevent_install_apps_from_unknown_sources,
        );
        v.field(
            29usize,
            "security_require_company_portal_app_integrity",
            &self.security_require_company_portal_app_integrity,
        );
        v.field(
            30usize,
            "security_required_android_safety_net_evaluation_type",
            &self.security_required_android_safety_net_evaluation_type,
        );
        v.field(
            31usize,
            "security_require_google_play_services",
            &self.security_require_google_play_services,
        );
        v.field(
            32usize,
            "security_require_safety_net_attestation_basic_integrity",
            &self.security_require_safety_net_attestation_basic_integrity,
        );
        v.field(
            33usize,
            "security_require_safety_net_attestation_certified_device",
            &self.security_require_safety_net_attestation_certified_device,
        );
        v.field(
            34usize,
            "security_require_up_to_date_security_providers",
            &self.security_require_up_to_date_security_providers,
        );
        v.field(
            35usize,
            "security_require_verify_apps",
            &self.security_require_verify_apps,
        );
        v.field(36usize, "storage_require_encryption", &self.storage_require_encryption);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidForWorkCompliancePolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.role_scope_tag_ids.read_from(r),
            6usize => self.version.read_from(r),
            7usize => self.assignments.read_from(r),
            8usize => self.device_setting_state_summaries.read_from(r),
            9usize => self.device_statuses.read_from(r),
            10usize => self.device_status_overview.read_from(r),
            11usize => self.scheduled_actions_for_rule.read_from(r),
            12usize => self.user_statuses.read_from(r),
            13usize => self.user_status_overview.read_from(r),
            14usize => self.device_threat_protection_enabled.read_from(r),
            15usize => self.device_threat_protection_required_security_level.read_from(r),
            16usize => self.min_android_security_patch_level.read_from(r),
            17usize => self.os_maximum_version.read_from(r),
            18usize => self.os_minimum_version.read_from(r),
            19usize => self.password_expiration_days.read_from(r),
            20usize => self.password_minimum_length.read_from(r),
            21usize => self.password_minutes_of_inactivity_before_lock.read_from(r),
            22usize => self.password_previous_password_block_count.read_from(r),
            23usize => self.password_required.read_from(r),
            24usize => self.password_required_type.read_from(r),
            25usize => {
                self.password_sign_in_failure_count_before_factory_reset.read_from(r)
            }
            26usize => self.security_block_jailbroken_devices.read_from(r),
            27usize => self.security_disable_usb_debugging.read_from(r),
            28usize => {
                self.security_prevent_install_apps_from_unknown_sources.read_from(r)
            }
            29usize => self.security_require_company_portal_app_integrity.read_from(r),
            30usize => {
                self.security_required_android_safety_net_evaluation_type.read_from(r)
            }
            31usize => self.security_require_google_play_services.read_from(r),
            32usize => {
                self.security_require_safety_net_attestation_basic_integrity.read_from(r)
            }
            33usize => {
                self.security_require_safety_net_attestation_certified_device
                    .read_from(r)
            }
            34usize => self.security_require_up_to_date_security_providers.read_from(r),
            35usize => self.security_require_verify_apps.read_from(r),
            36usize => self.storage_require_encryption.read_from(r),
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
        w.field(6usize, &self.version);
        w.field(7usize, &self.assignments);
        w.field(8usize, &self.device_setting_state_summaries);
        w.field(9usize, &self.device_statuses);
        w.field(10usize, &self.device_status_overview);
        w.field(11usize, &self.scheduled_actions_for_rule);
        w.field(12usize, &self.user_statuses);
        w.field(13usize, &self.user_status_overview);
        w.field(14usize, &self.device_threat_protection_enabled);
        w.field(15usize, &self.device_threat_protection_required_security_level);
        w.field(16usize, &self.min_android_security_patch_level);
        w.field(17usize, &self.os_maximum_version);
        w.field(18usize, &self.os_minimum_version);
        w.field(19usize, &self.password_expiration_days);
        w.field(20usize, &self.password_minimum_length);
        w.field(21usize, &self.password_minutes_of_inactivity_before_lock);
        w.field(22usize, &self.password_previous_password_block_count);
        w.field(23usize, &self.password_required);
        w.field(24usize, &self.password_required_type);
        w.field(25usize, &self.password_sign_in_failure_count_before_factory_reset);
        w.field(26usize, &self.security_block_jailbroken_devices);
        w.field(27usize, &self.security_disable_usb_debugging);
        w.field(28usize, &self.security_prevent_install_apps_from_unknown_sources);
        w.field(29usize, &self.security_require_company_portal_app_integrity);
        w.field(30usize, &self.security_required_android_safety_net_evaluation_type);
        w.field(31usize, &self.security_require_google_play_services);
        w.field(32usize, &self.security_require_safety_net_attestation_basic_integrity);
        w.field(33usize, &self.security_require_safety_net_attestation_certified_device);
        w.field(34usize, &self.security_require_up_to_date_security_providers);
        w.field(35usize, &self.security_require_verify_apps);
        w.field(36usize, &self.storage_require_encryption);
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
rt::impl_object!(AndroidForWorkCompliancePolicy);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidForWorkCompliancePolicy { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec
    < ::std::string::String >; with_version version : i32; with_assignments assignments :
    ::std::vec::Vec < crate ::beta::DeviceCompliancePolicyAssignment >;
    with_device_setting_state_summaries device_setting_state_summaries : ::std::vec::Vec
    < crate ::beta::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::beta::DeviceComplianceDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::beta::DeviceComplianceDeviceOverview; with_scheduled_actions_for_rule
    scheduled_actions_for_rule : ::std::vec::Vec < crate
    ::beta::DeviceComplianceScheduledActionForRule >; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::beta::DeviceComplianceUserStatus >;
    with_user_status_overview user_status_overview : crate
    ::beta::DeviceComplianceUserOverview; with_device_threat_protection_enabled
    device_threat_protection_enabled : bool;
    with_device_threat_protection_required_security_level
    device_threat_protection_required_security_level : crate
    ::beta::DeviceThreatProtectionLevel; with_min_android_security_patch_level
    min_android_security_patch_level : ::std::string::String; with_os_maximum_version
    os_maximum_version : ::std::string::String; with_os_minimum_version
    os_minimum_version : ::std::string::String; with_password_expiration_days
    password_expiration_days : i32; with_password_minimum_length password_minimum_length
    : i32; with_password_minutes_of_inactivity_before_lock
    password_minutes_of_inactivity_before_lock : i32;
    with_password_previous_password_block_count password_previous_password_block_count :
    i32; with_password_required password_required : bool; with_password_required_type
    password_required_type : crate ::beta::AndroidRequiredPasswordType;
    with_password_sign_in_failure_count_before_factory_reset
    password_sign_in_failure_count_before_factory_reset : i32;
    with_security_block_jailbroken_devices security_block_jailbroken_devices : bool;
    with_security_disable_usb_debugging security_disable_usb_debugging : bool;
    with_security_prevent_install_apps_from_unknown_sources
    security_prevent_install_apps_from_unknown_sources : bool;
    with_security_require_company_portal_app_integrity
    security_require_company_portal_app_integrity : bool;
    with_security_required_android_safety_net_evaluation_type
    security_required_android_safety_net_evaluation_type : crate
    ::beta::AndroidSafetyNetEvaluationType; with_security_require_google_play_services
    security_require_google_play_services : bool;
    with_security_require_safety_net_attestation_basic_integrity
    security_require_safety_net_attestation_basic_integrity : bool;
    with_security_require_safety_net_attestation_certified_device
    security_require_safety_net_attestation_certified_device : bool;
    with_security_require_up_to_date_security_providers
    security_require_up_to_date_security_providers : bool;
    with_security_require_verify_apps security_require_verify_apps : bool;
    with_storage_require_encryption storage_require_encryption : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidForWorkCompliancePolicy);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.androidForWorkCrossProfileDataSharingType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidForWorkCrossProfileDataSharingType {
    /// `deviceDefault` (value 0).
    DeviceDefault,
    /// `preventAny` (value 1).
    PreventAny,
    /// `allowPersonalToWork` (value 2).
    AllowPersonalToWork,
    /// `noRestrictions` (value 3).
    NoRestrictions,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AndroidForWorkCrossProfileDataSharingType {
    const TYPE_NAME: &'static str = "microsoft.graph.androidForWorkCrossProfileDataSharingType";
    const MEMBERS: &'static [&'static str] = &[
        "deviceDefault",
        "preventAny",
        "allowPersonalToWork",
        "noRestrictions",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "deviceDefault" => Self::DeviceDefault,
                "preventAny" => Self::PreventAny,
                "allowPersonalToWork" => Self::AllowPersonalToWork,
                "noRestrictions" => Self::NoRestrictions,
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
            Self::PreventAny => "preventAny",
            Self::AllowPersonalToWork => "allowPersonalToWork",
            Self::NoRestrictions => "noRestrictions",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AndroidForWorkCrossProfileDataSharingType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidForWorkCrossProfileDataSharingType);
#[cfg(msgraph_beta_device_management_or_search)]
/// Enrollment Profile used to enroll COSU devices using Google's Cloud Management.
///
/// CSDL: `microsoft.graph.androidForWorkEnrollmentProfile`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AndroidForWorkEnrollmentProfilePath`](requests/trait.AndroidForWorkEnrollmentProfilePath.html), what a path to one (`EntityPath<AndroidForWorkEnrollmentProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidForWorkEnrollmentProfile {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Tenant GUID the enrollment profile belongs to.
    ///
    /// CSDL: property `accountId`: `Edm.String`, nullable.
    pub account_id: rt::Field<::std::string::String>,
    /// Date time the enrollment profile was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Description for the enrollment profile.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Display name for the enrollment profile.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Total number of Android devices that have enrolled using this enrollment profile.
    ///
    /// CSDL: property `enrolledDeviceCount`: `Edm.Int32`, not nullable.
    pub enrolled_device_count: rt::Field<i32>,
    /// Date time the enrollment profile was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// String used to generate a QR code for the token.
    ///
    /// CSDL: property `qrCodeContent`: `Edm.String`, nullable.
    pub qr_code_content: rt::Field<::std::string::String>,
    /// String used to generate a QR code for the token.
    ///
    /// CSDL: property `qrCodeImage`: `microsoft.graph.mimeContent`, nullable.
    pub qr_code_image: rt::Field<crate::beta::MimeContent>,
    /// Date time the most recently created token will expire.
    ///
    /// CSDL: property `tokenExpirationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub token_expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Value of the most recently created token for this enrollment profile.
    ///
    /// CSDL: property `tokenValue`: `Edm.String`, nullable.
    pub token_value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidForWorkEnrollmentProfile {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            account_id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            enrolled_device_count: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            qr_code_content: rt::Field::Absent,
            qr_code_image: rt::Field::Absent,
            token_expiration_date_time: rt::Field::Absent,
            token_value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidForWorkEnrollmentProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.androidForWorkEnrollmentProfile";
    const KEYS: &'static [&'static str] = &[
        "id",
        "accountId",
        "createdDateTime",
        "description",
        "displayName",
        "enrolledDeviceCount",
        "lastModifiedDateTime",
        "qrCodeContent",
        "qrCodeImage",
        "tokenExpirationDateTime",
        "tokenValue",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"accountId\":                    ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"enrolledDeviceCount\":          ",
        ",\"lastModifiedDateTime\":         ",
        ",\"qrCodeContent\":                ",
        ",\"qrCodeImage\":                  ",
        ",\"tokenExpirationDateTime\":      ",
        ",\"tokenValue\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidForWorkEnrollmentProfile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "account_id", &self.account_id);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "enrolled_device_count", &self.enrolled_device_count);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "qr_code_content", &self.qr_code_content);
        v.field(8usize, "qr_code_image", &self.qr_code_image);
        v.field(9usize, "token_expiration_date_time", &self.token_expiration_date_time);
        v.field(10usize, "token_value", &self.token_value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidForWorkEnrollmentProfile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.account_id.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.enrolled_device_count.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.qr_code_content.read_from(r),
            8usize => self.qr_code_image.read_from(r),
            9usize => self.token_expiration_date_time.read_from(r),
            10usize => self.token_value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.account_id);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.enrolled_device_count);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.qr_code_content);
        w.field(8usize, &self.qr_code_image);
        w.field(9usize, &self.token_expiration_date_time);
        w.field(10usize, &self.token_value);
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
rt::impl_object!(AndroidForWorkEnrollmentProfile);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidForWorkEnrollmentProfile { with_id id : ::std::string::String; with_account_id
    account_id : ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_enrolled_device_count
    enrolled_device_count : i32; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_qr_code_content qr_code_content :
    ::std::string::String; with_qr_code_image qr_code_image : crate ::beta::MimeContent;
    with_token_expiration_date_time token_expiration_date_time : rt::edm::DateTimeOffset;
    with_token_value token_value : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidForWorkEnrollmentProfile);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.androidRequiredPasswordComplexity`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidRequiredPasswordComplexity {
    /// `none` (value 0).
    None,
    /// `low` (value 1).
    Low,
    /// `medium` (value 2).
    Medium,
    /// `high` (value 3).
    High,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AndroidRequiredPasswordComplexity {
    const TYPE_NAME: &'static str = "microsoft.graph.androidRequiredPasswordComplexity";
    const MEMBERS: &'static [&'static str] = &["none", "low", "medium", "high"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "low" => Self::Low,
                "medium" => Self::Medium,
                "high" => Self::High,
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
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AndroidRequiredPasswordComplexity);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidRequiredPasswordComplexity);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.androidRequiredPasswordType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidRequiredPasswordType {
    /// `deviceDefault` (value 0).
    DeviceDefault,
    /// `alphabetic` (value 1).
    Alphabetic,
    /// `alphanumeric` (value 2).
    Alphanumeric,
    /// `alphanumericWithSymbols` (value 3).
    AlphanumericWithSymbols,
    /// `lowSecurityBiometric` (value 4).
    LowSecurityBiometric,
    /// `numeric` (value 5).
    Numeric,
    /// `numericComplex` (value 6).
    NumericComplex,
    /// `any` (value 7).
    Any,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AndroidRequiredPasswordType {
    const TYPE_NAME: &'static str = "microsoft.graph.androidRequiredPasswordType";
    const MEMBERS: &'static [&'static str] = &[
        "deviceDefault",
        "alphabetic",
        "alphanumeric",
        "alphanumericWithSymbols",
        "lowSecurityBiometric",
        "numeric",
        "numericComplex",
        "any",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "deviceDefault" => Self::DeviceDefault,
                "alphabetic" => Self::Alphabetic,
                "alphanumeric" => Self::Alphanumeric,
                "alphanumericWithSymbols" => Self::AlphanumericWithSymbols,
                "lowSecurityBiometric" => Self::LowSecurityBiometric,
                "numeric" => Self::Numeric,
                "numericComplex" => Self::NumericComplex,
                "any" => Self::Any,
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
            Self::Alphabetic => "alphabetic",
            Self::Alphanumeric => "alphanumeric",
            Self::AlphanumericWithSymbols => "alphanumericWithSymbols",
            Self::LowSecurityBiometric => "lowSecurityBiometric",
            Self::Numeric => "numeric",
            Self::NumericComplex => "numericComplex",
            Self::Any => "any",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AndroidRequiredPasswordType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidRequiredPasswordType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.androidSafetyNetEvaluationType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidSafetyNetEvaluationType {
    /// `basic` (value 0).
    Basic,
    /// `hardwareBacked` (value 1).
    HardwareBacked,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AndroidSafetyNetEvaluationType {
    const TYPE_NAME: &'static str = "microsoft.graph.androidSafetyNetEvaluationType";
    const MEMBERS: &'static [&'static str] = &["basic", "hardwareBacked"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "basic" => Self::Basic,
                "hardwareBacked" => Self::HardwareBacked,
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
            Self::Basic => "basic",
            Self::HardwareBacked => "hardwareBacked",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AndroidSafetyNetEvaluationType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidSafetyNetEvaluationType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.androidVpnConnectionType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidVpnConnectionType {
    /// `ciscoAnyConnect` (value 0).
    CiscoAnyConnect,
    /// `pulseSecure` (value 1).
    PulseSecure,
    /// `f5EdgeClient` (value 2).
    F5EdgeClient,
    /// `dellSonicWallMobileConnect` (value 3).
    DellSonicWallMobileConnect,
    /// `checkPointCapsuleVpn` (value 4).
    CheckPointCapsuleVpn,
    /// `citrix` (value 5).
    Citrix,
    /// `microsoftTunnel` (value 7).
    MicrosoftTunnel,
    /// `netMotionMobility` (value 8).
    NetMotionMobility,
    /// `microsoftProtect` (value 9).
    MicrosoftProtect,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AndroidVpnConnectionType {
    const TYPE_NAME: &'static str = "microsoft.graph.androidVpnConnectionType";
    const MEMBERS: &'static [&'static str] = &[
        "ciscoAnyConnect",
        "pulseSecure",
        "f5EdgeClient",
        "dellSonicWallMobileConnect",
        "checkPointCapsuleVpn",
        "citrix",
        "microsoftTunnel",
        "netMotionMobility",
        "microsoftProtect",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "ciscoAnyConnect" => Self::CiscoAnyConnect,
                "pulseSecure" => Self::PulseSecure,
                "f5EdgeClient" => Self::F5EdgeClient,
                "dellSonicWallMobileConnect" => Self::DellSonicWallMobileConnect,
                "checkPointCapsuleVpn" => Self::CheckPointCapsuleVpn,
                "citrix" => Self::Citrix,
                "microsoftTunnel" => Self::MicrosoftTunnel,
                "netMotionMobility" => Self::NetMotionMobility,
                "microsoftProtect" => Self::MicrosoftProtect,
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
            Self::CiscoAnyConnect => "ciscoAnyConnect",
            Self::PulseSecure => "pulseSecure",
            Self::F5EdgeClient => "f5EdgeClient",
            Self::DellSonicWallMobileConnect => "dellSonicWallMobileConnect",
            Self::CheckPointCapsuleVpn => "checkPointCapsuleVpn",
            Self::Citrix => "citrix",
            Self::MicrosoftTunnel => "microsoftTunnel",
            Self::NetMotionMobility => "netMotionMobility",
            Self::MicrosoftProtect => "microsoftProtect",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AndroidVpnConnectionType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidVpnConnectionType);
#[cfg(msgraph_beta_device_management_or_search)]
/// This class contains compliance settings for Android Work Profile.
///
/// CSDL: `microsoft.graph.androidWorkProfileCompliancePolicy`, entity type, derived from `microsoft.graph.deviceCompliancePolicy`, key `id`.
///
/// Request builders: [`DeviceCompliancePolicyPath`](requests/trait.DeviceCompliancePolicyPath.html), what a path to one (`EntityPath<AndroidWorkProfileCompliancePolicy, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AndroidWorkProfileCompliancePolicy {
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
    /// List of Scope Tags for this Entity instance.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Version of the device configuration.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The collection of assignments for this compliance policy.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceCompliancePolicyAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceCompliancePolicyAssignment>,
    >,
    /// Compliance Setting State Device Summary
    ///
    /// CSDL: containment navigation property `deviceSettingStateSummaries`: `Collection(microsoft.graph.settingStateDeviceSummary)`, not nullable.
    pub device_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::beta::SettingStateDeviceSummary>,
    >,
    /// List of DeviceComplianceDeviceStatus.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.deviceComplianceDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceComplianceDeviceStatus>,
    >,
    /// Device compliance devices status overview
    ///
    /// CSDL: containment navigation property `deviceStatusOverview`: `microsoft.graph.deviceComplianceDeviceOverview`, nullable.
    pub device_status_overview: rt::Field<crate::beta::DeviceComplianceDeviceOverview>,
    /// The list of scheduled action for this rule
    ///
    /// CSDL: containment navigation property `scheduledActionsForRule`: `Collection(microsoft.graph.deviceComplianceScheduledActionForRule)`, not nullable.
    pub scheduled_actions_for_rule: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceComplianceScheduledActionForRule>,
    >,
    /// List of DeviceComplianceUserStatus.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.deviceComplianceUserStatus)`, not nullable.
    pub user_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceComplianceUserStatus>,
    >,
    /// Device compliance users status overview
    ///
    /// CSDL: containment navigation property `userStatusOverview`: `microsoft.graph.deviceComplianceUserOverview`, nullable.
    pub user_status_overview: rt::Field<crate::beta::DeviceComplianceUserOverview>,
    /// MDATP Require Mobile Threat Protection minimum risk level to report noncompliance.
    ///
    /// CSDL: property `advancedThreatProtectionRequiredSecurityLevel`: `microsoft.graph.deviceThreatProtectionLevel`, not nullable.
    pub advanced_threat_protection_required_security_level: rt::Field<
        crate::beta::DeviceThreatProtectionLevel,
    >,
    /// Require that devices have enabled device threat protection.
    ///
    /// CSDL: property `deviceThreatProtectionEnabled`: `Edm.Boolean`, not nullable.
    pub device_threat_protection_enabled: rt::Field<bool>,
    /// Require Mobile Threat Protection minimum risk level to report noncompliance.
    ///
    /// CSDL: property `deviceThreatProtectionRequiredSecurityLevel`: `microsoft.graph.deviceThreatProtectionLevel`, not nullable.
    pub device_threat_protection_required_security_level: rt::Field<
        crate::beta::DeviceThreatProtectionLevel,
    >,
    /// Minimum Android security patch level.
    ///
    /// CSDL: property `minAndroidSecurityPatchLevel`: `Edm.String`, nullable.
    pub min_android_security_patch_level: rt::Field<::std::string::String>,
    /// Maximum Android version.
    ///
    /// CSDL: property `osMaximumVersion`: `Edm.String`, nullable.
    pub os_maximum_version: rt::Field<::std::string::String>,
    /// Minimum Android version.
    ///
    /// CSDL: property `osMinimumVersion`: `Edm.String`, nullable.
    pub os_minimum_version: rt::Field<::std::string::String>,
    /// Number of days before the password expires. Valid values 1 to 365
    ///
    /// CSDL: property `passwordExpirationDays`: `Edm.Int32`, nullable.
    pub password_expiration_days: rt::Field<i32>,
    /// Minimum password length. Valid values 4 to 16
    ///
    /// CSDL: property `passwordMinimumLength`: `Edm.Int32`, nullable.
    pub password_minimum_length: rt::Field<i32>,
    /// Minutes of inactivity before a password is required.
    ///
    /// CSDL: property `passwordMinutesOfInactivityBeforeLock`: `Edm.Int32`, nullable.
    pub password_minutes_of_inactivity_before_lock: rt::Field<i32>,
    /// Number of previous passwords to block. Valid values 1 to 24
    ///
    /// CSDL: property `passwordPreviousPasswordBlockCount`: `Edm.Int32`, nullable.
    pub password_previous_password_block_count: rt::Field<i32>,
    /// Require a password to unlock device.
    ///
    /// CSDL: property `passwordRequired`: `Edm.Boolean`, not nullable.
    pub password_required: rt::Field<bool>,
    /// Type of characters in password
    ///
    /// CSDL: property `passwordRequiredType`: `microsoft.graph.androidRequiredPasswordType`, not nullable.
    pub password_required_type: rt::Field<crate::beta::AndroidRequiredPasswordType>,
    /// Number of sign-in failures allowed before factory reset. Valid values 1 to 16
    ///
    /// CSDL: property `passwordSignInFailureCountBeforeFactoryReset`: `Edm.Int32`, nullable.
    pub password_sign_in_failure_count_before_factory_reset: rt::Field<i32>,
    /// Devices must not be jailbroken or rooted.
    ///
    /// CSDL: property `securityBlockJailbrokenDevices`: `Edm.Boolean`, not nullable.
    pub security_block_jailbroken_devices: rt::Field<bool>,
    /// Disable USB debugging on Android devices.
    ///
    /// CSDL: property `securityDisableUsbDebugging`: `Edm.Boolean`, not nullable.
    pub security_disable_usb_debugging: rt::Field<bool>,
    /// Require that devices disallow installation of apps from unknown sources.
    ///
    /// CSDL: property `securityPreventInstallAppsFromUnknownSources`: `Edm.Boolean`, not nullable.
    pub security_prevent_install_apps_from_unknown_sources: rt::Field<bool>,
    /// Require the device to pass the Company Portal client app runtime integrity check.
    ///
    /// CSDL: property `securityRequireCompanyPortalAppIntegrity`: `Edm.Boolean`, not nullable.
    pub security_require_company_portal_app_integrity: rt::Field<bool>,
    /// Require a specific SafetyNet evaluation type for compliance.
    ///
    /// CSDL: property `securityRequiredAndroidSafetyNetEvaluationType`: `microsoft.graph.androidSafetyNetEvaluationType`, not nullable.
    pub security_required_android_safety_net_evaluation_type: rt::Field<
        crate::beta::AndroidSafetyNetEvaluationType,
    >,
    /// Require Google Play Services to be installed and enabled on the device.
    ///
    /// CSDL: property `securityRequireGooglePlayServices`: `Edm.Boolean`, not nullable.
    pub security_require_google_play_services: rt::Field<bool>,
    /// Require the device to pass the SafetyNet basic integrity check.
    ///
    /// CSDL: property `securityRequireSafetyNetAttestationBasicIntegrity`: `Edm.Boolean`, not nullable.
    pub security_require_safety_net_attestation_basic_integrity: rt::Field<bool>,
    /// Require the device to pass the SafetyNet certified device check.
    ///
    /// CSDL: property `securityRequireSafetyNetAttestationCertifiedDevice`: `Edm.Boolean`, not nullable.
    pub security_require_safety_net_attestation_certified_device: rt::Field<bool>,
    /// Require the device to have up to date security providers. The device will require Google Play Services to be enabled and up to date.
    ///
    /// CSDL: property `securityRequireUpToDateSecurityProviders`: `Edm.Boolean`, not nullable.
    pub security_require_up_to_date_security_providers: rt::Field<bool>,
    /// Require the Android Verify apps feature is turned on.
    ///
    /// CSDL: property `securityRequireVerifyApps`: `Edm.Boolean`, not nullable.
    pub security_require_verify_apps: rt::Field<bool>,
    /// Require encryption on Android devices.
    ///
    /// CSDL: property `storageRequireEncryption`: `Edm.Boolean`, not nullable.
    pub storage_require_encryption: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AndroidWorkProfileCompliancePolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_setting_state_summaries: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_overview: rt::Field::Absent,
            scheduled_actions_for_rule: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_overview: rt::Field::Absent,
            advanced_threat_protection_required_security_level: rt::Field::Absent,
            device_threat_protection_enabled: rt::Field::Absent,
            device_threat_protection_required_security_level: rt::Field::Absent,
            min_android_security_patch_level: rt::Field::Absent,
            os_maximum_version: rt::Field::Absent,
            os_minimum_version: rt::Field::Absent,
            password_expiration_days: rt::Field::Absent,
            password_minimum_length: rt::Field::Absent,
            password_minutes_of_inactivity_before_lock: rt::Field::Absent,
            password_previous_password_block_count: rt::Field::Absent,
            password_required: rt::Field::Absent,
            password_required_type: rt::Field::Absent,
            password_sign_in_failure_count_before_factory_reset: rt::Field::Absent,
            security_block_jailbroken_devices: rt::Field::Absent,
            security_disable_usb_debugging: rt::Field::Absent,
            security_prevent_install_apps_from_unknown_sources: rt::Field::Absent,
            security_require_company_portal_app_integrity: rt::Field::Absent,
            security_required_android_safety_net_evaluation_type: rt::Field::Absent,
            security_require_google_play_services: rt::Field::Absent,
            security_require_safety_net_attestation_basic_integrity: rt::Field::Absent,
            security_require_safety_net_attestation_certified_device: rt::Field::Absent,
            security_require_up_to_date_security_providers: rt::Field::Absent,
            security_require_verify_apps: rt::Field::Absent,
            storage_require_encryption: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AndroidWorkProfileCompliancePolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.androidWorkProfileCompliancePolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "version",
        "assignments",
        "deviceSettingStateSummaries",
        "deviceStatuses",
        "deviceStatusOverview",
        "scheduledActionsForRule",
        "userStatuses",
        "userStatusOverview",
        "advancedThreatProtectionRequiredSecurityLevel",
        "deviceThreatProtectionEnabled",
        "deviceThreatProtectionRequiredSecurityLevel",
        "minAndroidSecurityPatchLevel",
        "osMaximumVersion",
        "osMinimumVersion",
        "passwordExpirationDays",
        "passwordMinimumLength",
        "passwordMinutesOfInactivityBeforeLock",
        "passwordPreviousPasswordBlockCount",
        "passwordRequired",
        "passwordRequiredType",
        "passwordSignInFailureCountBeforeFactoryReset",
        "securityBlockJailbrokenDevices",
        "securityDisableUsbDebugging",
        "securityPreventInstallAppsFromUnknownSources",
        "securityRequireCompanyPortalAppIntegrity",
        "securityRequiredAndroidSafetyNetEvaluationType",
        "securityRequireGooglePlayServices",
        "securityRequireSafetyNetAttestationBasicIntegrity",
        "securityRequireSafetyNetAttestationCertifiedDevice",
        "securityRequireUpToDateSecurityProviders",
        "securityRequireVerifyApps",
        "storageRequireEncryption",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"scheduledActionsForRule\":      ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
        ",\"advancedThreatProtectionRequiredSecurityLevel\":",
        ",\"deviceThreatProtectionEnabled\":",
        ",\"deviceThreatProtectionRequiredSecurityLevel\":",
        ",\"minAndroidSecurityPatchLevel\": ",
        ",\"osMaximumVersion\":             ",
        ",\"osMinimumVersion\":             ",
        ",\"passwordExpirationDays\":       ",
        ",\"passwordMinimumLength\":        ",
        ",\"passwordMinutesOfInactivityBeforeLock\":",
        ",\"passwordPreviousPasswordBlockCount\":",
        ",\"passwordRequired\":             ",
        ",\"passwordRequiredType\":         ",
        ",\"passwordSignInFailureCountBeforeFactoryReset\":",
        ",\"securityBlockJailbrokenDevices\":",
        ",\"securityDisableUsbDebugging\":  ",
        ",\"securityPreventInstallAppsFromUnknownSources\":",
        ",\"securityRequireCompanyPortalAppIntegrity\":",
        ",\"securityRequiredAndroidSafetyNetEvaluationType\":",
        ",\"securityRequireGooglePlayServices\":",
        ",\"securityRequireSafetyNetAttestationBasicIntegrity\":",
        ",\"securityRequireSafetyNetAttestationCertifiedDevice\":",
        ",\"securityRequireUpToDateSecurityProviders\":",
        ",\"securityRequireVerifyApps\":    ",
        ",\"storageRequireEncryption\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidWorkProfileCompliancePolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(6usize, "version", &self.version);
        v.field(7usize, "assignments", &self.assignments);
        v.field(
            8usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(9usize, "device_statuses", &self.device_statuses);
        v.field(10usize, "device_status_overview", &self.device_status_overview);
        v.field(11usize, "scheduled_actions_for_rule", &self.scheduled_actions_for_rule);
        v.field(12usize, "user_statuses", &self.user_statuses);
        v.field(13usize, "user_status_overview", &self.user_status_overview);
        v.field(
            14usize,
            "advanced_threat_protection_required_security_level",
            &self.advanced_threat_protection_required_security_level,
        );
        v.field(
            15usize,
            "device_threat_protection_enabled",
            &self.device_threat_protection_enabled,
        );
        v.field(
            16usize,
            "device_threat_protection_required_security_level",
            &self.device_threat_protection_required_security_level,
        );
        v.field(
            17usize,
            "min_android_security_patch_level",
            &self.min_android_security_patch_level,
        );
        v.field(18usize, "os_maximum_version", &self.os_maximum_version);
        v.field(19usize, "os_minimum_version", &self.os_minimum_version);
        v.field(20usize, "password_expiration_days", &self.password_expiration_days);
        v.field(21usize, "password_minimum_length", &self.password_minimum_length);
        v.field(
            22usize,
            "password_minutes_of_inactivity_before_lock",
            &self.password_minutes_of_inactivity_before_lock,
        );
        v.field(
            23usize,
            "password_previous_password_block_count",
            &self.password_previous_password_block_count,
        );
        v.field(24usize, "password_required", &self.password_required);
        v.field(25usize, "password_required_type", &self.password_required_type);
        v.field(
            26usize,
            "password_sign_in_failure_count_before_factory_reset",
            &self.password_sign_in_failure_count_before_factory_reset,
        );
        v.field(
            27usize,
            "security_block_jailbroken_devices",
            &self.security_block_jailbroken_devices,
        );
        v.field(
            28usize,
            "security_disable_usb_debugging",
            &self.security_disable_usb_debugging,
        );
        v.field(
            29usize,
            "security_prevent_install_apps_from_unknown_sources",
            &self.security_prevent_install_apps_from_unknown_sources,
        );
        v.field(
            30usize,
            "security_require_company_portal_app_integrity",
            &self.security_require_company_portal_app_integrity,
        );
        v.field(
            31usize,
            "security_required_android_safety_net_evaluation_type",
            &self.security_required_android_safety_net_evaluation_type,
        );
        v.field(
            32usize,
            "security_require_google_play_services",
            &self.security_require_google_play_services,
        );
        v.field(
            33usize,
            "security_require_safety_net_attestation_basic_integrity",
            &self.security_require_safety_net_attestation_basic_integrity,
        );
        v.field(
            34usize,
            "security_require_safety_net_attestation_certified_device",
            &self.security_require_safety_net_attestation_certified_device,
        );
        v.field(
            35usize,
            "security_require_up_to_date_security_providers",
            &self.security_require_up_to_date_security_providers,
        );
        v.field(
            36usize,
            "security_require_verify_apps",
            &self.security_require_verify_apps,
        );
        v.field(37usize, "storage_require_encryption", &self.storage_require_encryption);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AndroidWorkProfileCompliancePolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.role_scope_tag_ids.read_from(r),
            6usize => self.version.read_from(r),
            7usize => self.assignments.read_from(r),
            8usize => self.device_setting_state_summaries.read_from(r),
            9usize => self.device_statuses.read_from(r),
            10usize => self.device_status_overview.read_from(r),
            11usize => self.scheduled_actions_for_rule.read_from(r),
            12usize => self.user_statuses.read_from(r),
            13usize => self.user_status_overview.read_from(r),
            14usize => {
                self.advanced_threat_protection_required_security_level.read_from(r)
            }
            15usize => self.device_threat_protection_enabled.read_from(r),
            16usize => self.device_threat_protection_required_security_level.read_from(r),
            17usize => self.min_android_security_patch_level.read_from(r),
            18usize => self.os_maximum_version.read_from(r),
            19usize => self.os_minimum_version.read_from(r),
            20usize => self.password_expiration_days.read_from(r),
            21usize => self.password_minimum_length.read_from(r),
            22usize => self.password_minutes_of_inactivity_before_lock.read_from(r),
            23usize => self.password_previous_password_block_count.read_from(r),
            24usize => self.password_required.read_from(r),
            25usize => self.password_required_type.read_from(r),
            26usize => {
                self.password_sign_in_failure_count_before_factory_reset.read_from(r)
            }
            27usize => self.security_block_jailbroken_devices.read_from(r),
            28usize => self.security_disable_usb_debugging.read_from(r),
            29usize => {
                self.security_prevent_install_apps_from_unknown_sources.read_from(r)
            }
            30usize => self.security_require_company_portal_app_integrity.read_from(r),
            31usize => {
                self.security_required_android_safety_net_evaluation_type.read_from(r)
            }
            32usize => self.security_require_google_play_services.read_from(r),
            33usize => {
                self.security_require_safety_net_attestation_basic_integrity.read_from(r)
            }
            34usize => {
                self.security_require_safety_net_attestation_certified_device
                    .read_from(r)
            }
            35usize => self.security_require_up_to_date_security_providers.read_from(r),
            36usize => self.security_require_verify_apps.read_from(r),
            37usize => self.storage_require_encryption.read_from(r),
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
        w.field(6usize, &self.version);
        w.field(7usize, &self.assignments);
        w.field(8usize, &self.device_setting_state_summaries);
        w.field(9usize, &self.device_statuses);
        w.field(10usize, &self.device_status_overview);
        w.field(11usize, &self.scheduled_actions_for_rule);
        w.field(12usize, &self.user_statuses);
        w.field(13usize, &self.user_status_overview);
        w.field(14usize, &self.advanced_threat_protection_required_security_level);
        w.field(15usize, &self.device_threat_protection_enabled);
        w.field(16usize, &self.device_threat_protection_required_security_level);
        w.field(17usize, &self.min_android_security_patch_level);
        w.field(18usize, &self.os_maximum_version);
        w.field(19usize, &self.os_minimum_version);
        w.field(20usize, &self.password_expiration_days);
        w.field(21usize, &self.password_minimum_length);
        w.field(22usize, &self.password_minutes_of_inactivity_before_lock);
        w.field(23usize, &self.password_previous_password_block_count);
        w.field(24usize, &self.password_required);
        w.field(25usize, &self.password_required_type);
        w.field(26usize, &self.password_sign_in_failure_count_before_factory_reset);
        w.field(27usize, &self.security_block_jailbroken_devices);
        w.field(28usize, &self.security_disable_usb_debugging);
        w.field(29usize, &self.security_prevent_install_apps_from_unknown_sources);
        w.field(30usize, &self.security_require_company_portal_app_integrity);
        w.field(31usize, &self.security_required_android_safety_net_evaluation_type);
        w.field(32usize, &self.security_require_google_play_services);
        w.field(33usize, &self.security_require_safety_net_attestation_basic_integrity);
        w.field(34usize, &self.security_require_safety_net_attestation_certified_device);
        w.field(35usize, &self.security_require_up_to_date_security_providers);
        w.field(36usize, &self.security_require_verify_apps);
        w.field(37usize, &self.storage_require_encryption);
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
rt::impl_object!(AndroidWorkProfileCompliancePolicy);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AndroidWorkProfileCompliancePolicy { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec
    < ::std::string::String >; with_version version : i32; with_assignments assignments :
    ::std::vec::Vec < crate ::beta::DeviceCompliancePolicyAssignment >;
    with_device_setting_state_summaries device_setting_state_summaries : ::std::vec::Vec
    < crate ::beta::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::beta::DeviceComplianceDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::beta::DeviceComplianceDeviceOverview; with_scheduled_actions_for_rule
    scheduled_actions_for_rule : ::std::vec::Vec < crate
    ::beta::DeviceComplianceScheduledActionForRule >; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::beta::DeviceComplianceUserStatus >;
    with_user_status_overview user_status_overview : crate
    ::beta::DeviceComplianceUserOverview;
    with_advanced_threat_protection_required_security_level
    advanced_threat_protection_required_security_level : crate
    ::beta::DeviceThreatProtectionLevel; with_device_threat_protection_enabled
    device_threat_protection_enabled : bool;
    with_device_threat_protection_required_security_level
    device_threat_protection_required_security_level : crate
    ::beta::DeviceThreatProtectionLevel; with_min_android_security_patch_level
    min_android_security_patch_level : ::std::string::String; with_os_maximum_version
    os_maximum_version : ::std::string::String; with_os_minimum_version
    os_minimum_version : ::std::string::String; with_password_expiration_days
    password_expiration_days : i32; with_password_minimum_length password_minimum_length
    : i32; with_password_minutes_of_inactivity_before_lock
    password_minutes_of_inactivity_before_lock : i32;
    with_password_previous_password_block_count password_previous_password_block_count :
    i32; with_password_required password_required : bool; with_password_required_type
    password_required_type : crate ::beta::AndroidRequiredPasswordType;
    with_password_sign_in_failure_count_before_factory_reset
    password_sign_in_failure_count_before_factory_reset : i32;
    with_security_block_jailbroken_devices security_block_jailbroken_devices : bool;
    with_security_disable_usb_debugging security_disable_usb_debugging : bool;
    with_security_prevent_install_apps_from_unknown_sources
    security_prevent_install_apps_from_unknown_sources : bool;
    with_security_require_company_portal_app_integrity
    security_require_company_portal_app_integrity : bool;
    with_security_required_android_safety_net_evaluation_type
    security_required_android_safety_net_evaluation_type : crate
    ::beta::AndroidSafetyNetEvaluationType; with_security_require_google_play_services
    security_require_google_play_services : bool;
    with_security_require_safety_net_attestation_basic_integrity
    security_require_safety_net_attestation_basic_integrity : bool;
    with_security_require_safety_net_attestation_certified_device
    security_require_safety_net_attestation_certified_device : bool;
    with_security_require_up_to_date_security_providers
    security_require_up_to_date_security_providers : bool;
    with_security_require_verify_apps security_require_verify_apps : bool;
    with_storage_require_encryption storage_require_encryption : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidWorkProfileCompliancePolicy);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.androidWorkProfileDefaultAppPermissionPolicyType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidWorkProfileDefaultAppPermissionPolicyType {
    /// `deviceDefault` (value 0).
    DeviceDefault,
    /// `prompt` (value 1).
    Prompt,
    /// `autoGrant` (value 2).
    AutoGrant,
    /// `autoDeny` (value 3).
    AutoDeny,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AndroidWorkProfileDefaultAppPermissionPolicyType {
    const TYPE_NAME: &'static str = "microsoft.graph.androidWorkProfileDefaultAppPermissionPolicyType";
    const MEMBERS: &'static [&'static str] = &[
        "deviceDefault",
        "prompt",
        "autoGrant",
        "autoDeny",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "deviceDefault" => Self::DeviceDefault,
                "prompt" => Self::Prompt,
                "autoGrant" => Self::AutoGrant,
                "autoDeny" => Self::AutoDeny,
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
            Self::Prompt => "prompt",
            Self::AutoGrant => "autoGrant",
            Self::AutoDeny => "autoDeny",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AndroidWorkProfileDefaultAppPermissionPolicyType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidWorkProfileDefaultAppPermissionPolicyType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.androidWorkProfileRequiredPasswordType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidWorkProfileRequiredPasswordType {
    /// `deviceDefault` (value 0).
    DeviceDefault,
    /// `lowSecurityBiometric` (value 1).
    LowSecurityBiometric,
    /// `required` (value 2).
    Required,
    /// `atLeastNumeric` (value 3).
    AtLeastNumeric,
    /// `numericComplex` (value 4).
    NumericComplex,
    /// `atLeastAlphabetic` (value 5).
    AtLeastAlphabetic,
    /// `atLeastAlphanumeric` (value 6).
    AtLeastAlphanumeric,
    /// `alphanumericWithSymbols` (value 7).
    AlphanumericWithSymbols,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AndroidWorkProfileRequiredPasswordType {
    const TYPE_NAME: &'static str = "microsoft.graph.androidWorkProfileRequiredPasswordType";
    const MEMBERS: &'static [&'static str] = &[
        "deviceDefault",
        "lowSecurityBiometric",
        "required",
        "atLeastNumeric",
        "numericComplex",
        "atLeastAlphabetic",
        "atLeastAlphanumeric",
        "alphanumericWithSymbols",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "deviceDefault" => Self::DeviceDefault,
                "lowSecurityBiometric" => Self::LowSecurityBiometric,
                "required" => Self::Required,
                "atLeastNumeric" => Self::AtLeastNumeric,
                "numericComplex" => Self::NumericComplex,
                "atLeastAlphabetic" => Self::AtLeastAlphabetic,
                "atLeastAlphanumeric" => Self::AtLeastAlphanumeric,
                "alphanumericWithSymbols" => Self::AlphanumericWithSymbols,
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
            Self::LowSecurityBiometric => "lowSecurityBiometric",
            Self::Required => "required",
            Self::AtLeastNumeric => "atLeastNumeric",
            Self::NumericComplex => "numericComplex",
            Self::AtLeastAlphabetic => "atLeastAlphabetic",
            Self::AtLeastAlphanumeric => "atLeastAlphanumeric",
            Self::AlphanumericWithSymbols => "alphanumericWithSymbols",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AndroidWorkProfileRequiredPasswordType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidWorkProfileRequiredPasswordType);
#[cfg(msgraph_beta_device_management_or_search)]
/// This topic provides descriptions of the declared methods, properties and relationships exposed by the AndroidDeviceOwnerAOSPCompliancePolicy resource.
///
/// CSDL: `microsoft.graph.aospDeviceOwnerCompliancePolicy`, entity type, derived from `microsoft.graph.deviceCompliancePolicy`, key `id`.
///
/// Request builders: [`DeviceCompliancePolicyPath`](requests/trait.DeviceCompliancePolicyPath.html), what a path to one (`EntityPath<AospDeviceOwnerCompliancePolicy, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AospDeviceOwnerCompliancePolicy {
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
    /// List of Scope Tags for this Entity instance.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Version of the device configuration.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The collection of assignments for this compliance policy.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceCompliancePolicyAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceCompliancePolicyAssignment>,
    >,
    /// Compliance Setting State Device Summary
    ///
    /// CSDL: containment navigation property `deviceSettingStateSummaries`: `Collection(microsoft.graph.settingStateDeviceSummary)`, not nullable.
    pub device_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::beta::SettingStateDeviceSummary>,
    >,
    /// List of DeviceComplianceDeviceStatus.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.deviceComplianceDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceComplianceDeviceStatus>,
    >,
    /// Device compliance devices status overview
    ///
    /// CSDL: containment navigation property `deviceStatusOverview`: `microsoft.graph.deviceComplianceDeviceOverview`, nullable.
    pub device_status_overview: rt::Field<crate::beta::DeviceComplianceDeviceOverview>,
    /// The list of scheduled action for this rule
    ///
    /// CSDL: containment navigation property `scheduledActionsForRule`: `Collection(microsoft.graph.deviceComplianceScheduledActionForRule)`, not nullable.
    pub scheduled_actions_for_rule: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceComplianceScheduledActionForRule>,
    >,
    /// List of DeviceComplianceUserStatus.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.deviceComplianceUserStatus)`, not nullable.
    pub user_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceComplianceUserStatus>,
    >,
    /// Device compliance users status overview
    ///
    /// CSDL: containment navigation property `userStatusOverview`: `microsoft.graph.deviceComplianceUserOverview`, nullable.
    pub user_status_overview: rt::Field<crate::beta::DeviceComplianceUserOverview>,
    /// Minimum Android security patch level.
    ///
    /// CSDL: property `minAndroidSecurityPatchLevel`: `Edm.String`, nullable.
    pub min_android_security_patch_level: rt::Field<::std::string::String>,
    /// Maximum Android version.
    ///
    /// CSDL: property `osMaximumVersion`: `Edm.String`, nullable.
    pub os_maximum_version: rt::Field<::std::string::String>,
    /// Minimum Android version.
    ///
    /// CSDL: property `osMinimumVersion`: `Edm.String`, nullable.
    pub os_minimum_version: rt::Field<::std::string::String>,
    /// Minimum password length. Valid values 4 to 16
    ///
    /// CSDL: property `passwordMinimumLength`: `Edm.Int32`, nullable.
    pub password_minimum_length: rt::Field<i32>,
    /// Minutes of inactivity before a password is required. Valid values 1 to 8640
    ///
    /// CSDL: property `passwordMinutesOfInactivityBeforeLock`: `Edm.Int32`, nullable.
    pub password_minutes_of_inactivity_before_lock: rt::Field<i32>,
    /// Require a password to unlock device.
    ///
    /// CSDL: property `passwordRequired`: `Edm.Boolean`, nullable.
    pub password_required: rt::Field<bool>,
    /// Type of characters in password
    ///
    /// CSDL: property `passwordRequiredType`: `microsoft.graph.androidDeviceOwnerRequiredPasswordType`, nullable.
    pub password_required_type: rt::Field<
        crate::beta::AndroidDeviceOwnerRequiredPasswordType,
    >,
    /// Require encryption on Android devices.
    ///
    /// CSDL: property `storageRequireEncryption`: `Edm.Boolean`, nullable.
    pub storage_require_encryption: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AospDeviceOwnerCompliancePolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_setting_state_summaries: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_overview: rt::Field::Absent,
            scheduled_actions_for_rule: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_overview: rt::Field::Absent,
            min_android_security_patch_level: rt::Field::Absent,
            os_maximum_version: rt::Field::Absent,
            os_minimum_version: rt::Field::Absent,
            password_minimum_length: rt::Field::Absent,
            password_minutes_of_inactivity_before_lock: rt::Field::Absent,
            password_required: rt::Field::Absent,
            password_required_type: rt::Field::Absent,
            storage_require_encryption: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AospDeviceOwnerCompliancePolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.aospDeviceOwnerCompliancePolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "version",
        "assignments",
        "deviceSettingStateSummaries",
        "deviceStatuses",
        "deviceStatusOverview",
        "scheduledActionsForRule",
        "userStatuses",
        "userStatusOverview",
        "minAndroidSecurityPatchLevel",
        "osMaximumVersion",
        "osMinimumVersion",
        "passwordMinimumLength",
        "passwordMinutesOfInactivityBeforeLock",
        "passwordRequired",
        "passwordRequiredType",
        "storageRequireEncryption",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"scheduledActionsForRule\":      ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
        ",\"minAndroidSecurityPatchLevel\": ",
        ",\"osMaximumVersion\":             ",
        ",\"osMinimumVersion\":             ",
        ",\"passwordMinimumLength\":        ",
        ",\"passwordMinutesOfInactivityBeforeLock\":",
        ",\"passwordRequired\":             ",
        ",\"passwordRequiredType\":         ",
        ",\"storageRequireEncryption\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.aospDeviceOwnerCompliancePolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(6usize, "version", &self.version);
        v.field(7usize, "assignments", &self.assignments);
        v.field(
            8usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(9usize, "device_statuses", &self.device_statuses);
        v.field(10usize, "device_status_overview", &self.device_status_overview);
        v.field(11usize, "scheduled_actions_for_rule", &self.scheduled_actions_for_rule);
        v.field(12usize, "user_statuses", &self.user_statuses);
        v.field(13usize, "user_status_overview", &self.user_status_overview);
        v.field(
            14usize,
            "min_android_security_patch_level",
            &self.min_android_security_patch_level,
        );
        v.field(15usize, "os_maximum_version", &self.os_maximum_version);
        v.field(16usize, "os_minimum_version", &self.os_minimum_version);
        v.field(17usize, "password_minimum_length", &self.password_minimum_length);
        v.field(
            18usize,
            "password_minutes_of_inactivity_before_lock",
            &self.password_minutes_of_inactivity_before_lock,
        );
        v.field(19usize, "password_required", &self.password_required);
        v.field(20usize, "password_required_type", &self.password_required_type);
        v.field(21usize, "storage_require_encryption", &self.storage_require_encryption);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AospDeviceOwnerCompliancePolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.role_scope_tag_ids.read_from(r),
            6usize => self.version.read_from(r),
            7usize => self.assignments.read_from(r),
            8usize => self.device_setting_state_summaries.read_from(r),
            9usize => self.device_statuses.read_from(r),
            10usize => self.device_status_overview.read_from(r),
            11usize => self.scheduled_actions_for_rule.read_from(r),
            12usize => self.user_statuses.read_from(r),
            13usize => self.user_status_overview.read_from(r),
            14usize => self.min_android_security_patch_level.read_from(r),
            15usize => self.os_maximum_version.read_from(r),
            16usize => self.os_minimum_version.read_from(r),
            17usize => self.password_minimum_length.read_from(r),
            18usize => self.password_minutes_of_inactivity_before_lock.read_from(r),
            19usize => self.password_required.read_from(r),
            20usize => self.password_required_type.read_from(r),
            21usize => self.storage_require_encryption.read_from(r),
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
        w.field(6usize, &self.version);
        w.field(7usize, &self.assignments);
        w.field(8usize, &self.device_setting_state_summaries);
        w.field(9usize, &self.device_statuses);
        w.field(10usize, &self.device_status_overview);
        w.field(11usize, &self.scheduled_actions_for_rule);
        w.field(12usize, &self.user_statuses);
        w.field(13usize, &self.user_status_overview);
        w.field(14usize, &self.min_android_security_patch_level);
        w.field(15usize, &self.os_maximum_version);
        w.field(16usize, &self.os_minimum_version);
        w.field(17usize, &self.password_minimum_length);
        w.field(18usize, &self.password_minutes_of_inactivity_before_lock);
        w.field(19usize, &self.password_required);
        w.field(20usize, &self.password_required_type);
        w.field(21usize, &self.storage_require_encryption);
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
rt::impl_object!(AospDeviceOwnerCompliancePolicy);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AospDeviceOwnerCompliancePolicy { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec
    < ::std::string::String >; with_version version : i32; with_assignments assignments :
    ::std::vec::Vec < crate ::beta::DeviceCompliancePolicyAssignment >;
    with_device_setting_state_summaries device_setting_state_summaries : ::std::vec::Vec
    < crate ::beta::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::beta::DeviceComplianceDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::beta::DeviceComplianceDeviceOverview; with_scheduled_actions_for_rule
    scheduled_actions_for_rule : ::std::vec::Vec < crate
    ::beta::DeviceComplianceScheduledActionForRule >; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::beta::DeviceComplianceUserStatus >;
    with_user_status_overview user_status_overview : crate
    ::beta::DeviceComplianceUserOverview; with_min_android_security_patch_level
    min_android_security_patch_level : ::std::string::String; with_os_maximum_version
    os_maximum_version : ::std::string::String; with_os_minimum_version
    os_minimum_version : ::std::string::String; with_password_minimum_length
    password_minimum_length : i32; with_password_minutes_of_inactivity_before_lock
    password_minutes_of_inactivity_before_lock : i32; with_password_required
    password_required : bool; with_password_required_type password_required_type : crate
    ::beta::AndroidDeviceOwnerRequiredPasswordType; with_storage_require_encryption
    storage_require_encryption : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AospDeviceOwnerCompliancePolicy);
#[cfg(msgraph_beta_app_catalogs)]
/// CSDL: `microsoft.graph.appCatalogs`, entity type.
///
/// Request builders: [`AppCatalogsPath`](requests/trait.AppCatalogsPath.html), what a path to one (`EntityPath<AppCatalogs, C>`) dereferences to.
///
/// Features: `beta` or `beta-app-catalogs`.
#[derive(Clone)]
pub struct AppCatalogs {
    /// CSDL: containment navigation property `teamsApps`: `Collection(microsoft.graph.teamsApp)`, not nullable.
    pub teams_apps: rt::Field<::std::vec::Vec<crate::beta::TeamsApp>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_catalogs)]
impl ::std::default::Default for AppCatalogs {
    #[inline]
    fn default() -> Self {
        Self {
            teams_apps: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_catalogs)]
impl rt::Object for AppCatalogs {
    const TYPE_NAME: &'static str = "microsoft.graph.appCatalogs";
    const KEYS: &'static [&'static str] = &["teamsApps"];
    const KEYS_JSON: &'static [&'static str] = &[",\"teamsApps\":                    "];
    const TAG: &'static str = "\"#microsoft.graph.appCatalogs\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "teams_apps", &self.teams_apps);
    }
}
#[cfg(msgraph_beta_app_catalogs)]
impl rt::object::Members for AppCatalogs {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.teams_apps.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.teams_apps);
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
#[cfg(msgraph_beta_app_catalogs)]
rt::impl_object!(AppCatalogs);
#[cfg(msgraph_beta_app_catalogs)]
rt::impl_setters!(
    AppCatalogs { with_teams_apps teams_apps : ::std::vec::Vec < crate ::beta::TeamsApp
    >; }
);
#[cfg(msgraph_beta_app_catalogs)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppCatalogs);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.appHostedMediaConfig`, complex type, derived from `microsoft.graph.mediaConfig`.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct AppHostedMediaConfig {
    /// CSDL: property `removeFromDefaultAudioGroup`: `Edm.Boolean`, nullable.
    pub remove_from_default_audio_group: rt::Field<bool>,
    /// CSDL: property `blob`: `Edm.String`, nullable.
    pub blob: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for AppHostedMediaConfig {
    #[inline]
    fn default() -> Self {
        Self {
            remove_from_default_audio_group: rt::Field::Absent,
            blob: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for AppHostedMediaConfig {
    const TYPE_NAME: &'static str = "microsoft.graph.appHostedMediaConfig";
    const KEYS: &'static [&'static str] = &["removeFromDefaultAudioGroup", "blob"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"removeFromDefaultAudioGroup\":  ",
        ",\"blob\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.appHostedMediaConfig\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "remove_from_default_audio_group",
            &self.remove_from_default_audio_group,
        );
        v.field(1usize, "blob", &self.blob);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for AppHostedMediaConfig {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.remove_from_default_audio_group.read_from(r),
            1usize => self.blob.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.remove_from_default_audio_group);
        w.field(1usize, &self.blob);
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
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_object!(AppHostedMediaConfig);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    AppHostedMediaConfig { with_remove_from_default_audio_group
    remove_from_default_audio_group : bool; with_blob blob : ::std::string::String; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppHostedMediaConfig);
#[cfg(msgraph_beta_audit_logs_or_print_or_search)]
/// CSDL: `microsoft.graph.appIdentity`, complex type.
///
/// Features: `beta`, or one of `beta-audit-logs`, `beta-print`, `beta-search`.
#[derive(Clone)]
pub struct AppIdentity {
    /// CSDL: property `appId`: `Edm.String`, nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `servicePrincipalId`: `Edm.String`, nullable.
    pub service_principal_id: rt::Field<::std::string::String>,
    /// CSDL: property `servicePrincipalName`: `Edm.String`, nullable.
    pub service_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_audit_logs_or_print_or_search)]
impl ::std::default::Default for AppIdentity {
    #[inline]
    fn default() -> Self {
        Self {
            app_id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            service_principal_id: rt::Field::Absent,
            service_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_audit_logs_or_print_or_search)]
impl rt::Object for AppIdentity {
    const TYPE_NAME: &'static str = "microsoft.graph.appIdentity";
    const KEYS: &'static [&'static str] = &[
        "appId",
        "displayName",
        "servicePrincipalId",
        "servicePrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"appId\":                        ",
        ",\"displayName\":                  ",
        ",\"servicePrincipalId\":           ",
        ",\"servicePrincipalName\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.appIdentity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "app_id", &self.app_id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "service_principal_id", &self.service_principal_id);
        v.field(3usize, "service_principal_name", &self.service_principal_name);
    }
}
#[cfg(msgraph_beta_audit_logs_or_print_or_search)]
impl rt::object::Members for AppIdentity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.app_id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.service_principal_id.read_from(r),
            3usize => self.service_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.app_id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.service_principal_id);
        w.field(3usize, &self.service_principal_name);
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
#[cfg(msgraph_beta_audit_logs_or_print_or_search)]
rt::impl_object!(AppIdentity);
#[cfg(msgraph_beta_audit_logs_or_print_or_search)]
rt::impl_setters!(
    AppIdentity { with_app_id app_id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_service_principal_id service_principal_id
    : ::std::string::String; with_service_principal_name service_principal_name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_audit_logs_or_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppIdentity);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.appInstallControlType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AppInstallControlType {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `anywhere` (value 1).
    Anywhere,
    /// `storeOnly` (value 2).
    StoreOnly,
    /// `recommendations` (value 3).
    Recommendations,
    /// `preferStore` (value 4).
    PreferStore,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AppInstallControlType {
    const TYPE_NAME: &'static str = "microsoft.graph.appInstallControlType";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "anywhere",
        "storeOnly",
        "recommendations",
        "preferStore",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "anywhere" => Self::Anywhere,
                "storeOnly" => Self::StoreOnly,
                "recommendations" => Self::Recommendations,
                "preferStore" => Self::PreferStore,
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
            Self::Anywhere => "anywhere",
            Self::StoreOnly => "storeOnly",
            Self::Recommendations => "recommendations",
            Self::PreferStore => "preferStore",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AppInstallControlType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppInstallControlType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.appListType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AppListType {
    /// `none` (value 0).
    None,
    /// `appsInListCompliant` (value 1).
    AppsInListCompliant,
    /// `appsNotInListCompliant` (value 2).
    AppsNotInListCompliant,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AppListType {
    const TYPE_NAME: &'static str = "microsoft.graph.appListType";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "appsInListCompliant",
        "appsNotInListCompliant",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "appsInListCompliant" => Self::AppsInListCompliant,
                "appsNotInListCompliant" => Self::AppsNotInListCompliant,
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
            Self::AppsInListCompliant => "appsInListCompliant",
            Self::AppsNotInListCompliant => "appsNotInListCompliant",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AppListType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppListType);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.appMetadata`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct AppMetadata {
    /// CSDL: property `data`: `Collection(microsoft.graph.appMetadataEntry)`, nullable.
    pub data: rt::Field<::std::vec::Vec<crate::beta::AppMetadataEntry>>,
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for AppMetadata {
    #[inline]
    fn default() -> Self {
        Self {
            data: rt::Field::Absent,
            version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for AppMetadata {
    const TYPE_NAME: &'static str = "microsoft.graph.appMetadata";
    const KEYS: &'static [&'static str] = &["data", "version"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"data\":                         ",
        ",\"version\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.appMetadata\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "data", &self.data);
        v.field(1usize, "version", &self.version);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for AppMetadata {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.data.read_from(r),
            1usize => self.version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.data);
        w.field(1usize, &self.version);
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
rt::impl_object!(AppMetadata);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    AppMetadata { with_data data : ::std::vec::Vec < crate ::beta::AppMetadataEntry >;
    with_version version : i32; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppMetadata);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.appMetadataEntry`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct AppMetadataEntry {
    /// CSDL: property `key`: `Edm.String`, nullable.
    pub key: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Edm.Binary`, nullable.
    pub value: rt::Field<rt::edm::Binary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for AppMetadataEntry {
    #[inline]
    fn default() -> Self {
        Self {
            key: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for AppMetadataEntry {
    const TYPE_NAME: &'static str = "microsoft.graph.appMetadataEntry";
    const KEYS: &'static [&'static str] = &["key", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"key\":                          ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.appMetadataEntry\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "key", &self.key);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for AppMetadataEntry {
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
#[cfg(msgraph_beta_any_area)]
rt::impl_object!(AppMetadataEntry);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    AppMetadataEntry { with_key key : ::std::string::String; with_value value :
    rt::edm::Binary; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppMetadataEntry);
#[cfg(msgraph_beta_core_or_app_role_assignments)]
/// CSDL: `microsoft.graph.appRoleAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-app-role-assignments`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AppRoleAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `appRoleId`: `Edm.Guid`, not nullable.
    pub app_role_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `creationTimestamp`: `Edm.DateTimeOffset`, nullable.
    pub creation_timestamp: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `principalDisplayName`: `Edm.String`, nullable.
    pub principal_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `principalId`: `Edm.Guid`, nullable.
    pub principal_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `principalType`: `Edm.String`, nullable.
    pub principal_type: rt::Field<::std::string::String>,
    /// CSDL: property `resourceDisplayName`: `Edm.String`, nullable.
    pub resource_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `resourceId`: `Edm.Guid`, nullable.
    pub resource_id: rt::Field<rt::edm::Guid>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_app_role_assignments)]
impl ::std::default::Default for AppRoleAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_role_id: rt::Field::Absent,
            creation_timestamp: rt::Field::Absent,
            principal_display_name: rt::Field::Absent,
            principal_id: rt::Field::Absent,
            principal_type: rt::Field::Absent,
            resource_display_name: rt::Field::Absent,
            resource_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_app_role_assignments)]
impl rt::Object for AppRoleAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.appRoleAssignment";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appRoleId",
        "creationTimestamp",
        "principalDisplayName",
        "principalId",
        "principalType",
        "resourceDisplayName",
        "resourceId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appRoleId\":                    ",
        ",\"creationTimestamp\":            ",
        ",\"principalDisplayName\":         ",
        ",\"principalId\":                  ",
        ",\"principalType\":                ",
        ",\"resourceDisplayName\":          ",
        ",\"resourceId\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.appRoleAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_role_id", &self.app_role_id);
        v.field(2usize, "creation_timestamp", &self.creation_timestamp);
        v.field(3usize, "principal_display_name", &self.principal_display_name);
        v.field(4usize, "principal_id", &self.principal_id);
        v.field(5usize, "principal_type", &self.principal_type);
        v.field(6usize, "resource_display_name", &self.resource_display_name);
        v.field(7usize, "resource_id", &self.resource_id);
    }
}
#[cfg(msgraph_beta_core_or_app_role_assignments)]
impl rt::object::Members for AppRoleAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_role_id.read_from(r),
            2usize => self.creation_timestamp.read_from(r),
            3usize => self.principal_display_name.read_from(r),
            4usize => self.principal_id.read_from(r),
            5usize => self.principal_type.read_from(r),
            6usize => self.resource_display_name.read_from(r),
            7usize => self.resource_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_role_id);
        w.field(2usize, &self.creation_timestamp);
        w.field(3usize, &self.principal_display_name);
        w.field(4usize, &self.principal_id);
        w.field(5usize, &self.principal_type);
        w.field(6usize, &self.resource_display_name);
        w.field(7usize, &self.resource_id);
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
#[cfg(msgraph_beta_core_or_app_role_assignments)]
rt::impl_object!(AppRoleAssignment);
#[cfg(msgraph_beta_core_or_app_role_assignments)]
rt::impl_setters!(
    AppRoleAssignment { with_id id : ::std::string::String; with_app_role_id app_role_id
    : rt::edm::Guid; with_creation_timestamp creation_timestamp :
    rt::edm::DateTimeOffset; with_principal_display_name principal_display_name :
    ::std::string::String; with_principal_id principal_id : rt::edm::Guid;
    with_principal_type principal_type : ::std::string::String;
    with_resource_display_name resource_display_name : ::std::string::String;
    with_resource_id resource_id : rt::edm::Guid; }
);
#[cfg(msgraph_beta_core_or_app_role_assignments)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppRoleAssignment);
#[cfg(msgraph_beta_role_management_or_search)]
/// CSDL: `microsoft.graph.appScope`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
#[derive(Clone)]
pub struct AppScope {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_role_management_or_search)]
impl ::std::default::Default for AppScope {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::Object for AppScope {
    const TYPE_NAME: &'static str = "microsoft.graph.appScope";
    const KEYS: &'static [&'static str] = &["id", "displayName", "type"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.appScope\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::object::Members for AppScope {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.type_);
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
#[cfg(msgraph_beta_role_management_or_search)]
rt::impl_object!(AppScope);
#[cfg(msgraph_beta_role_management_or_search)]
rt::impl_setters!(
    AppScope { with_id id : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_type type_ : ::std::string::String; }
);
#[cfg(msgraph_beta_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppScope);
#[cfg(msgraph_beta_device_management_or_search)]
/// An assignment of an Apple profile.
///
/// CSDL: `microsoft.graph.appleEnrollmentProfileAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AppleEnrollmentProfileAssignmentPath`](requests/trait.AppleEnrollmentProfileAssignmentPath.html), what a path to one (`EntityPath<AppleEnrollmentProfileAssignment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AppleEnrollmentProfileAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The assignment target for the Apple user initiated deployment profile.
    ///
    /// CSDL: property `target`: `microsoft.graph.deviceAndAppManagementAssignmentTarget`, nullable.
    pub target: rt::Field<crate::beta::AnyDeviceAndAppManagementAssignmentTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AppleEnrollmentProfileAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AppleEnrollmentProfileAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.appleEnrollmentProfileAssignment";
    const KEYS: &'static [&'static str] = &["id", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.appleEnrollmentProfileAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "target", &self.target);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AppleEnrollmentProfileAssignment {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(AppleEnrollmentProfileAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AppleEnrollmentProfileAssignment { with_id id : ::std::string::String; with_target
    target : crate ::beta::AnyDeviceAndAppManagementAssignmentTarget; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppleEnrollmentProfileAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.appleOwnerTypeEnrollmentType`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AppleOwnerTypeEnrollmentType {
    /// The enrollment type.
    ///
    /// CSDL: property `enrollmentType`: `microsoft.graph.appleUserInitiatedEnrollmentType`, not nullable.
    pub enrollment_type: rt::Field<crate::beta::AppleUserInitiatedEnrollmentType>,
    /// The owner type.
    ///
    /// CSDL: property `ownerType`: `microsoft.graph.managedDeviceOwnerType`, not nullable.
    pub owner_type: rt::Field<crate::beta::ManagedDeviceOwnerType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AppleOwnerTypeEnrollmentType {
    #[inline]
    fn default() -> Self {
        Self {
            enrollment_type: rt::Field::Absent,
            owner_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AppleOwnerTypeEnrollmentType {
    const TYPE_NAME: &'static str = "microsoft.graph.appleOwnerTypeEnrollmentType";
    const KEYS: &'static [&'static str] = &["enrollmentType", "ownerType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"enrollmentType\":               ",
        ",\"ownerType\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.appleOwnerTypeEnrollmentType\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "enrollment_type", &self.enrollment_type);
        v.field(1usize, "owner_type", &self.owner_type);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AppleOwnerTypeEnrollmentType {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.enrollment_type.read_from(r),
            1usize => self.owner_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.enrollment_type);
        w.field(1usize, &self.owner_type);
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
rt::impl_object!(AppleOwnerTypeEnrollmentType);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AppleOwnerTypeEnrollmentType { with_enrollment_type enrollment_type : crate
    ::beta::AppleUserInitiatedEnrollmentType; with_owner_type owner_type : crate
    ::beta::ManagedDeviceOwnerType; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppleOwnerTypeEnrollmentType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.appleSubjectNameFormat`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AppleSubjectNameFormat {
    /// `commonName` (value 0).
    CommonName,
    /// `commonNameAsEmail` (value 1).
    CommonNameAsEmail,
    /// `custom` (value 2).
    Custom,
    /// `commonNameIncludingEmail` (value 3).
    CommonNameIncludingEmail,
    /// `commonNameAsIMEI` (value 5).
    CommonNameAsImei,
    /// `commonNameAsSerialNumber` (value 6).
    CommonNameAsSerialNumber,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AppleSubjectNameFormat {
    const TYPE_NAME: &'static str = "microsoft.graph.appleSubjectNameFormat";
    const MEMBERS: &'static [&'static str] = &[
        "commonName",
        "commonNameAsEmail",
        "custom",
        "commonNameIncludingEmail",
        "commonNameAsIMEI",
        "commonNameAsSerialNumber",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "commonName" => Self::CommonName,
                "commonNameAsEmail" => Self::CommonNameAsEmail,
                "custom" => Self::Custom,
                "commonNameIncludingEmail" => Self::CommonNameIncludingEmail,
                "commonNameAsIMEI" => Self::CommonNameAsImei,
                "commonNameAsSerialNumber" => Self::CommonNameAsSerialNumber,
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
            Self::CommonName => "commonName",
            Self::CommonNameAsEmail => "commonNameAsEmail",
            Self::Custom => "custom",
            Self::CommonNameIncludingEmail => "commonNameIncludingEmail",
            Self::CommonNameAsImei => "commonNameAsIMEI",
            Self::CommonNameAsSerialNumber => "commonNameAsSerialNumber",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AppleSubjectNameFormat);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppleSubjectNameFormat);
#[cfg(msgraph_beta_device_management_or_search)]
/// The enrollmentProfile resource represents a collection of configurations which must be provided pre-enrollment to enable enrolling certain devices whose identities have been pre-staged. Pre-staged device identities are assigned to this type of profile to apply the profile's configurations at enrollment of the corresponding device.
///
/// CSDL: `microsoft.graph.appleUserInitiatedEnrollmentProfile`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AppleUserInitiatedEnrollmentProfilePath`](requests/trait.AppleUserInitiatedEnrollmentProfilePath.html), what a path to one (`EntityPath<AppleUserInitiatedEnrollmentProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AppleUserInitiatedEnrollmentProfile {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// List of available enrollment type options
    ///
    /// CSDL: property `availableEnrollmentTypeOptions`: `Collection(microsoft.graph.appleOwnerTypeEnrollmentType)`, nullable.
    pub available_enrollment_type_options: rt::Field<
        ::std::vec::Vec<crate::beta::AppleOwnerTypeEnrollmentType>,
    >,
    /// Profile creation time
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The default profile enrollment type.
    ///
    /// CSDL: property `defaultEnrollmentType`: `microsoft.graph.appleUserInitiatedEnrollmentType`, not nullable.
    pub default_enrollment_type: rt::Field<
        crate::beta::AppleUserInitiatedEnrollmentType,
    >,
    /// Description of the profile
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Name of the profile
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Profile last modified time
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The platform of the Device.
    ///
    /// CSDL: property `platform`: `microsoft.graph.devicePlatformType`, not nullable.
    pub platform: rt::Field<crate::beta::DevicePlatformType>,
    /// Priority, 0 is highest
    ///
    /// CSDL: property `priority`: `Edm.Int32`, not nullable.
    pub priority: rt::Field<i32>,
    /// The list of assignments for this profile.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.appleEnrollmentProfileAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::AppleEnrollmentProfileAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AppleUserInitiatedEnrollmentProfile {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            available_enrollment_type_options: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            default_enrollment_type: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            platform: rt::Field::Absent,
            priority: rt::Field::Absent,
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AppleUserInitiatedEnrollmentProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.appleUserInitiatedEnrollmentProfile";
    const KEYS: &'static [&'static str] = &[
        "id",
        "availableEnrollmentTypeOptions",
        "createdDateTime",
        "defaultEnrollmentType",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "platform",
        "priority",
        "assignments",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"availableEnrollmentTypeOptions\":",
        ",\"createdDateTime\":              ",
        ",\"defaultEnrollmentType\":        ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"platform\":                     ",
        ",\"priority\":                     ",
        ",\"assignments\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.appleUserInitiatedEnrollmentProfile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "available_enrollment_type_options",
            &self.available_enrollment_type_options,
        );
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "default_enrollment_type", &self.default_enrollment_type);
        v.field(4usize, "description", &self.description);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "platform", &self.platform);
        v.field(8usize, "priority", &self.priority);
        v.field(9usize, "assignments", &self.assignments);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AppleUserInitiatedEnrollmentProfile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.available_enrollment_type_options.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.default_enrollment_type.read_from(r),
            4usize => self.description.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.platform.read_from(r),
            8usize => self.priority.read_from(r),
            9usize => self.assignments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.available_enrollment_type_options);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.default_enrollment_type);
        w.field(4usize, &self.description);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.platform);
        w.field(8usize, &self.priority);
        w.field(9usize, &self.assignments);
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
rt::impl_object!(AppleUserInitiatedEnrollmentProfile);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AppleUserInitiatedEnrollmentProfile { with_id id : ::std::string::String;
    with_available_enrollment_type_options available_enrollment_type_options :
    ::std::vec::Vec < crate ::beta::AppleOwnerTypeEnrollmentType >;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_default_enrollment_type default_enrollment_type : crate
    ::beta::AppleUserInitiatedEnrollmentType; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_platform platform : crate ::beta::DevicePlatformType; with_priority priority :
    i32; with_assignments assignments : ::std::vec::Vec < crate
    ::beta::AppleEnrollmentProfileAssignment >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppleUserInitiatedEnrollmentProfile);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.appleUserInitiatedEnrollmentType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AppleUserInitiatedEnrollmentType {
    /// `unknown` (value 0).
    Unknown,
    /// `device` (value 1).
    Device,
    /// `user` (value 2).
    User,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AppleUserInitiatedEnrollmentType {
    const TYPE_NAME: &'static str = "microsoft.graph.appleUserInitiatedEnrollmentType";
    const MEMBERS: &'static [&'static str] = &["unknown", "device", "user"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "device" => Self::Device,
                "user" => Self::User,
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
            Self::Device => "device",
            Self::User => "user",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AppleUserInitiatedEnrollmentType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppleUserInitiatedEnrollmentType);
#[cfg(msgraph_beta_device_management_or_search)]
/// Always On VPN configuration for MacOS and iOS IKEv2
///
/// CSDL: `microsoft.graph.appleVpnAlwaysOnConfiguration`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AppleVpnAlwaysOnConfiguration {
    /// Determine whether AirPrint service will be exempt from the always-on VPN connection
    ///
    /// CSDL: property `airPrintExceptionAction`: `microsoft.graph.vpnServiceExceptionAction`, nullable.
    pub air_print_exception_action: rt::Field<crate::beta::VpnServiceExceptionAction>,
    /// Specifies whether traffic from all captive network plugins should be allowed outside the vpn
    ///
    /// CSDL: property `allowAllCaptiveNetworkPlugins`: `Edm.Boolean`, nullable.
    pub allow_all_captive_network_plugins: rt::Field<bool>,
    /// Determines whether traffic from the Websheet app is allowed outside of the VPN
    ///
    /// CSDL: property `allowCaptiveWebSheet`: `Edm.Boolean`, nullable.
    pub allow_captive_web_sheet: rt::Field<bool>,
    /// Determines whether all, some, or no non-native captive networking apps are allowed
    ///
    /// CSDL: property `allowedCaptiveNetworkPlugins`: `microsoft.graph.specifiedCaptiveNetworkPlugins`, nullable.
    pub allowed_captive_network_plugins: rt::Field<
        crate::beta::SpecifiedCaptiveNetworkPlugins,
    >,
    /// Determine whether Cellular service will be exempt from the always-on VPN connection
    ///
    /// CSDL: property `cellularExceptionAction`: `microsoft.graph.vpnServiceExceptionAction`, nullable.
    pub cellular_exception_action: rt::Field<crate::beta::VpnServiceExceptionAction>,
    /// Specifies how often in seconds to send a network address translation keepalive package through the VPN
    ///
    /// CSDL: property `natKeepAliveIntervalInSeconds`: `Edm.Int32`, nullable.
    pub nat_keep_alive_interval_in_seconds: rt::Field<i32>,
    /// Enable hardware offloading of NAT keepalive signals when the device is asleep
    ///
    /// CSDL: property `natKeepAliveOffloadEnable`: `Edm.Boolean`, nullable.
    pub nat_keep_alive_offload_enable: rt::Field<bool>,
    /// Determines what connections the specific tunnel configuration applies to
    ///
    /// CSDL: property `tunnelConfiguration`: `microsoft.graph.vpnTunnelConfigurationType`, not nullable.
    pub tunnel_configuration: rt::Field<crate::beta::VpnTunnelConfigurationType>,
    /// Allow the user to toggle the VPN configuration using the UI
    ///
    /// CSDL: property `userToggleEnabled`: `Edm.Boolean`, nullable.
    pub user_toggle_enabled: rt::Field<bool>,
    /// Determine whether voicemail service will be exempt from the always-on VPN connection
    ///
    /// CSDL: property `voicemailExceptionAction`: `microsoft.graph.vpnServiceExceptionAction`, nullable.
    pub voicemail_exception_action: rt::Field<crate::beta::VpnServiceExceptionAction>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AppleVpnAlwaysOnConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            air_print_exception_action: rt::Field::Absent,
            allow_all_captive_network_plugins: rt::Field::Absent,
            allow_captive_web_sheet: rt::Field::Absent,
            allowed_captive_network_plugins: rt::Field::Absent,
            cellular_exception_action: rt::Field::Absent,
            nat_keep_alive_interval_in_seconds: rt::Field::Absent,
            nat_keep_alive_offload_enable: rt::Field::Absent,
            tunnel_configuration: rt::Field::Absent,
            user_toggle_enabled: rt::Field::Absent,
            voicemail_exception_action: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AppleVpnAlwaysOnConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.appleVpnAlwaysOnConfiguration";
    const KEYS: &'static [&'static str] = &[
        "airPrintExceptionAction",
        "allowAllCaptiveNetworkPlugins",
        "allowCaptiveWebSheet",
        "allowedCaptiveNetworkPlugins",
        "cellularExceptionAction",
        "natKeepAliveIntervalInSeconds",
        "natKeepAliveOffloadEnable",
        "tunnelConfiguration",
        "userToggleEnabled",
        "voicemailExceptionAction",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"airPrintExceptionAction\":      ",
        ",\"allowAllCaptiveNetworkPlugins\":",
        ",\"allowCaptiveWebSheet\":         ",
        ",\"allowedCaptiveNetworkPlugins\": ",
        ",\"cellularExceptionAction\":      ",
        ",\"natKeepAliveIntervalInSeconds\":",
        ",\"natKeepAliveOffloadEnable\":    ",
        ",\"tunnelConfiguration\":          ",
        ",\"userToggleEnabled\":            ",
        ",\"voicemailExceptionAction\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.appleVpnAlwaysOnConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "air_print_exception_action", &self.air_print_exception_action);
        v.field(
            1usize,
            "allow_all_captive_network_plugins",
            &self.allow_all_captive_network_plugins,
        );
        v.field(2usize, "allow_captive_web_sheet", &self.allow_captive_web_sheet);
        v.field(
            3usize,
            "allowed_captive_network_plugins",
            &self.allowed_captive_network_plugins,
        );
        v.field(4usize, "cellular_exception_action", &self.cellular_exception_action);
        v.field(
            5usize,
            "nat_keep_alive_interval_in_seconds",
            &self.nat_keep_alive_interval_in_seconds,
        );
        v.field(
            6usize,
            "nat_keep_alive_offload_enable",
            &self.nat_keep_alive_offload_enable,
        );
        v.field(7usize, "tunnel_configuration", &self.tunnel_configuration);
        v.field(8usize, "user_toggle_enabled", &self.user_toggle_enabled);
        v.field(9usize, "voicemail_exception_action", &self.voicemail_exception_action);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AppleVpnAlwaysOnConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.air_print_exception_action.read_from(r),
            1usize => self.allow_all_captive_network_plugins.read_from(r),
            2usize => self.allow_captive_web_sheet.read_from(r),
            3usize => self.allowed_captive_network_plugins.read_from(r),
            4usize => self.cellular_exception_action.read_from(r),
            5usize => self.nat_keep_alive_interval_in_seconds.read_from(r),
            6usize => self.nat_keep_alive_offload_enable.read_from(r),
            7usize => self.tunnel_configuration.read_from(r),
            8usize => self.user_toggle_enabled.read_from(r),
            9usize => self.voicemail_exception_action.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.air_print_exception_action);
        w.field(1usize, &self.allow_all_captive_network_plugins);
        w.field(2usize, &self.allow_captive_web_sheet);
        w.field(3usize, &self.allowed_captive_network_plugins);
        w.field(4usize, &self.cellular_exception_action);
        w.field(5usize, &self.nat_keep_alive_interval_in_seconds);
        w.field(6usize, &self.nat_keep_alive_offload_enable);
        w.field(7usize, &self.tunnel_configuration);
        w.field(8usize, &self.user_toggle_enabled);
        w.field(9usize, &self.voicemail_exception_action);
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
rt::impl_object!(AppleVpnAlwaysOnConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AppleVpnAlwaysOnConfiguration { with_air_print_exception_action
    air_print_exception_action : crate ::beta::VpnServiceExceptionAction;
    with_allow_all_captive_network_plugins allow_all_captive_network_plugins : bool;
    with_allow_captive_web_sheet allow_captive_web_sheet : bool;
    with_allowed_captive_network_plugins allowed_captive_network_plugins : crate
    ::beta::SpecifiedCaptiveNetworkPlugins; with_cellular_exception_action
    cellular_exception_action : crate ::beta::VpnServiceExceptionAction;
    with_nat_keep_alive_interval_in_seconds nat_keep_alive_interval_in_seconds : i32;
    with_nat_keep_alive_offload_enable nat_keep_alive_offload_enable : bool;
    with_tunnel_configuration tunnel_configuration : crate
    ::beta::VpnTunnelConfigurationType; with_user_toggle_enabled user_toggle_enabled :
    bool; with_voicemail_exception_action voicemail_exception_action : crate
    ::beta::VpnServiceExceptionAction; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppleVpnAlwaysOnConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.applicationGuardBlockClipboardSharingType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ApplicationGuardBlockClipboardSharingType {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `blockBoth` (value 1).
    BlockBoth,
    /// `blockHostToContainer` (value 2).
    BlockHostToContainer,
    /// `blockContainerToHost` (value 3).
    BlockContainerToHost,
    /// `blockNone` (value 4).
    BlockNone,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for ApplicationGuardBlockClipboardSharingType {
    const TYPE_NAME: &'static str = "microsoft.graph.applicationGuardBlockClipboardSharingType";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "blockBoth",
        "blockHostToContainer",
        "blockContainerToHost",
        "blockNone",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "blockBoth" => Self::BlockBoth,
                "blockHostToContainer" => Self::BlockHostToContainer,
                "blockContainerToHost" => Self::BlockContainerToHost,
                "blockNone" => Self::BlockNone,
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
            Self::BlockBoth => "blockBoth",
            Self::BlockHostToContainer => "blockHostToContainer",
            Self::BlockContainerToHost => "blockContainerToHost",
            Self::BlockNone => "blockNone",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(ApplicationGuardBlockClipboardSharingType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApplicationGuardBlockClipboardSharingType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.applicationGuardEnabledOptions`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ApplicationGuardEnabledOptions {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `enabledForEdge` (value 1).
    EnabledForEdge,
    /// `enabledForOffice` (value 2).
    EnabledForOffice,
    /// `enabledForEdgeAndOffice` (value 3).
    EnabledForEdgeAndOffice,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for ApplicationGuardEnabledOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.applicationGuardEnabledOptions";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "enabledForEdge",
        "enabledForOffice",
        "enabledForEdgeAndOffice",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "enabledForEdge" => Self::EnabledForEdge,
                "enabledForOffice" => Self::EnabledForOffice,
                "enabledForEdgeAndOffice" => Self::EnabledForEdgeAndOffice,
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
            Self::EnabledForEdge => "enabledForEdge",
            Self::EnabledForOffice => "enabledForOffice",
            Self::EnabledForEdgeAndOffice => "enabledForEdgeAndOffice",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(ApplicationGuardEnabledOptions);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApplicationGuardEnabledOptions);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.applicationPermissionsRequired`, enum type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ApplicationPermissionsRequired {
    /// `unknown` (value 0).
    Unknown,
    /// `anonymous` (value 1).
    Anonymous,
    /// `guest` (value 2).
    Guest,
    /// `user` (value 3).
    User,
    /// `administrator` (value 4).
    Administrator,
    /// `system` (value 5).
    System,
    /// `unknownFutureValue` (value 127).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::StrEnum for ApplicationPermissionsRequired {
    const TYPE_NAME: &'static str = "microsoft.graph.applicationPermissionsRequired";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "anonymous",
        "guest",
        "user",
        "administrator",
        "system",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "anonymous" => Self::Anonymous,
                "guest" => Self::Guest,
                "user" => Self::User,
                "administrator" => Self::Administrator,
                "system" => Self::System,
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
            Self::Anonymous => "anonymous",
            Self::Guest => "guest",
            Self::User => "user",
            Self::Administrator => "administrator",
            Self::System => "system",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
rt::impl_enum!(ApplicationPermissionsRequired);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApplicationPermissionsRequired);
#[cfg(msgraph_beta_application_templates_or_search)]
/// CSDL: `microsoft.graph.applicationTemplate`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ApplicationTemplatePath`](requests/trait.ApplicationTemplatePath.html), what a path to one (`EntityPath<ApplicationTemplate, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-application-templates`, `beta-search`.
#[derive(Clone)]
pub struct ApplicationTemplate {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `categories`: `Collection(Edm.String)`, nullable.
    pub categories: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `homePageUrl`: `Edm.String`, nullable.
    pub home_page_url: rt::Field<::std::string::String>,
    /// CSDL: property `logoUrl`: `Edm.String`, nullable.
    pub logo_url: rt::Field<::std::string::String>,
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// CSDL: property `supportedProvisioningTypes`: `Collection(Edm.String)`, nullable.
    pub supported_provisioning_types: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `supportedSingleSignOnModes`: `Collection(Edm.String)`, nullable.
    pub supported_single_sign_on_modes: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_application_templates_or_search)]
impl ::std::default::Default for ApplicationTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            categories: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            home_page_url: rt::Field::Absent,
            logo_url: rt::Field::Absent,
            publisher: rt::Field::Absent,
            supported_provisioning_types: rt::Field::Absent,
            supported_single_sign_on_modes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_application_templates_or_search)]
impl rt::Object for ApplicationTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.applicationTemplate";
    const KEYS: &'static [&'static str] = &[
        "id",
        "categories",
        "description",
        "displayName",
        "homePageUrl",
        "logoUrl",
        "publisher",
        "supportedProvisioningTypes",
        "supportedSingleSignOnModes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"categories\":                   ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"homePageUrl\":                  ",
        ",\"logoUrl\":                      ",
        ",\"publisher\":                    ",
        ",\"supportedProvisioningTypes\":   ",
        ",\"supportedSingleSignOnModes\":   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.applicationTemplate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "categories", &self.categories);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "home_page_url", &self.home_page_url);
        v.field(5usize, "logo_url", &self.logo_url);
        v.field(6usize, "publisher", &self.publisher);
        v.field(
            7usize,
            "supported_provisioning_types",
            &self.supported_provisioning_types,
        );
        v.field(
            8usize,
            "supported_single_sign_on_modes",
            &self.supported_single_sign_on_modes,
        );
    }
}
#[cfg(msgraph_beta_application_templates_or_search)]
impl rt::object::Members for ApplicationTemplate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.categories.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.home_page_url.read_from(r),
            5usize => self.logo_url.read_from(r),
            6usize => self.publisher.read_from(r),
            7usize => self.supported_provisioning_types.read_from(r),
            8usize => self.supported_single_sign_on_modes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.categories);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.home_page_url);
        w.field(5usize, &self.logo_url);
        w.field(6usize, &self.publisher);
        w.field(7usize, &self.supported_provisioning_types);
        w.field(8usize, &self.supported_single_sign_on_modes);
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
#[cfg(msgraph_beta_application_templates_or_search)]
rt::impl_object!(ApplicationTemplate);
#[cfg(msgraph_beta_application_templates_or_search)]
rt::impl_setters!(
    ApplicationTemplate { with_id id : ::std::string::String; with_categories categories
    : ::std::vec::Vec < ::std::string::String >; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_home_page_url home_page_url : ::std::string::String; with_logo_url logo_url :
    ::std::string::String; with_publisher publisher : ::std::string::String;
    with_supported_provisioning_types supported_provisioning_types : ::std::vec::Vec <
    ::std::string::String >; with_supported_single_sign_on_modes
    supported_single_sign_on_modes : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_application_templates_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApplicationTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.applicationType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ApplicationType {
    /// `universal` (value 1).
    Universal,
    /// `desktop` (value 2).
    Desktop,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for ApplicationType {
    const TYPE_NAME: &'static str = "microsoft.graph.applicationType";
    const MEMBERS: &'static [&'static str] = &["universal", "desktop"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "universal" => Self::Universal,
                "desktop" => Self::Desktop,
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
            Self::Universal => "universal",
            Self::Desktop => "desktop",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(ApplicationType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApplicationType);
#[cfg(msgraph_beta_audit_logs_or_search)]
/// CSDL: `microsoft.graph.appliedConditionalAccessPolicy`, complex type.
///
/// Features: `beta`, or one of `beta-audit-logs`, `beta-search`.
#[derive(Clone)]
pub struct AppliedConditionalAccessPolicy {
    /// CSDL: property `conditionsNotSatisfied`: `microsoft.graph.conditionalAccessConditions`, nullable.
    pub conditions_not_satisfied: rt::Field<
        rt::Flags<crate::beta::ConditionalAccessConditions>,
    >,
    /// CSDL: property `conditionsSatisfied`: `microsoft.graph.conditionalAccessConditions`, nullable.
    pub conditions_satisfied: rt::Field<
        rt::Flags<crate::beta::ConditionalAccessConditions>,
    >,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `enforcedGrantControls`: `Collection(Edm.String)`, nullable.
    pub enforced_grant_controls: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `enforcedSessionControls`: `Collection(Edm.String)`, nullable.
    pub enforced_session_controls: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `excludeRulesSatisfied`: `Collection(microsoft.graph.conditionalAccessRuleSatisfied)`, nullable.
    pub exclude_rules_satisfied: rt::Field<
        ::std::vec::Vec<crate::beta::ConditionalAccessRuleSatisfied>,
    >,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `includeRulesSatisfied`: `Collection(microsoft.graph.conditionalAccessRuleSatisfied)`, nullable.
    pub include_rules_satisfied: rt::Field<
        ::std::vec::Vec<crate::beta::ConditionalAccessRuleSatisfied>,
    >,
    /// CSDL: property `result`: `microsoft.graph.appliedConditionalAccessPolicyResult`, nullable.
    pub result: rt::Field<crate::beta::AppliedConditionalAccessPolicyResult>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl ::std::default::Default for AppliedConditionalAccessPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            conditions_not_satisfied: rt::Field::Absent,
            conditions_satisfied: rt::Field::Absent,
            display_name: rt::Field::Absent,
            enforced_grant_controls: rt::Field::Absent,
            enforced_session_controls: rt::Field::Absent,
            exclude_rules_satisfied: rt::Field::Absent,
            id: rt::Field::Absent,
            include_rules_satisfied: rt::Field::Absent,
            result: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::Object for AppliedConditionalAccessPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.appliedConditionalAccessPolicy";
    const KEYS: &'static [&'static str] = &[
        "conditionsNotSatisfied",
        "conditionsSatisfied",
        "displayName",
        "enforcedGrantControls",
        "enforcedSessionControls",
        "excludeRulesSatisfied",
        "id",
        "includeRulesSatisfied",
        "result",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"conditionsNotSatisfied\":       ",
        ",\"conditionsSatisfied\":          ",
        ",\"displayName\":                  ",
        ",\"enforcedGrantControls\":        ",
        ",\"enforcedSessionControls\":      ",
        ",\"excludeRulesSatisfied\":        ",
        ",\"id\":                           ",
        ",\"includeRulesSatisfied\":        ",
        ",\"result\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.appliedConditionalAccessPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "conditions_not_satisfied", &self.conditions_not_satisfied);
        v.field(1usize, "conditions_satisfied", &self.conditions_satisfied);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "enforced_grant_controls", &self.enforced_grant_controls);
        v.field(4usize, "enforced_session_controls", &self.enforced_session_controls);
        v.field(5usize, "exclude_rules_satisfied", &self.exclude_rules_satisfied);
        v.field(6usize, "id", &self.id);
        v.field(7usize, "include_rules_satisfied", &self.include_rules_satisfied);
        v.field(8usize, "result", &self.result);
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::object::Members for AppliedConditionalAccessPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.conditions_not_satisfied.read_from(r),
            1usize => self.conditions_satisfied.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.enforced_grant_controls.read_from(r),
            4usize => self.enforced_session_controls.read_from(r),
            5usize => self.exclude_rules_satisfied.read_from(r),
            6usize => self.id.read_from(r),
            7usize => self.include_rules_satisfied.read_from(r),
            8usize => self.result.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.conditions_not_satisfied);
        w.field(1usize, &self.conditions_satisfied);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.enforced_grant_controls);
        w.field(4usize, &self.enforced_session_controls);
        w.field(5usize, &self.exclude_rules_satisfied);
        w.field(6usize, &self.id);
        w.field(7usize, &self.include_rules_satisfied);
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
#[cfg(msgraph_beta_audit_logs_or_search)]
rt::impl_object!(AppliedConditionalAccessPolicy);
#[cfg(msgraph_beta_audit_logs_or_search)]
rt::impl_setters!(
    AppliedConditionalAccessPolicy { with_conditions_not_satisfied
    conditions_not_satisfied : rt::Flags < crate ::beta::ConditionalAccessConditions >;
    with_conditions_satisfied conditions_satisfied : rt::Flags < crate
    ::beta::ConditionalAccessConditions >; with_display_name display_name :
    ::std::string::String; with_enforced_grant_controls enforced_grant_controls :
    ::std::vec::Vec < ::std::string::String >; with_enforced_session_controls
    enforced_session_controls : ::std::vec::Vec < ::std::string::String >;
    with_exclude_rules_satisfied exclude_rules_satisfied : ::std::vec::Vec < crate
    ::beta::ConditionalAccessRuleSatisfied >; with_id id : ::std::string::String;
    with_include_rules_satisfied include_rules_satisfied : ::std::vec::Vec < crate
    ::beta::ConditionalAccessRuleSatisfied >; with_result result : crate
    ::beta::AppliedConditionalAccessPolicyResult; }
);
#[cfg(msgraph_beta_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppliedConditionalAccessPolicy);
#[cfg(msgraph_beta_audit_logs_or_search)]
/// CSDL: `microsoft.graph.appliedConditionalAccessPolicyResult`, enum type.
///
/// Features: `beta`, or one of `beta-audit-logs`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AppliedConditionalAccessPolicyResult {
    /// `success` (value 0).
    Success,
    /// `failure` (value 1).
    Failure,
    /// `notApplied` (value 2).
    NotApplied,
    /// `notEnabled` (value 3).
    NotEnabled,
    /// `unknown` (value 4).
    Unknown,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// `reportOnlySuccess` (value 6).
    ReportOnlySuccess,
    /// `reportOnlyFailure` (value 7).
    ReportOnlyFailure,
    /// `reportOnlyNotApplied` (value 8).
    ReportOnlyNotApplied,
    /// `reportOnlyInterrupted` (value 9).
    ReportOnlyInterrupted,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::StrEnum for AppliedConditionalAccessPolicyResult {
    const TYPE_NAME: &'static str = "microsoft.graph.appliedConditionalAccessPolicyResult";
    const MEMBERS: &'static [&'static str] = &[
        "success",
        "failure",
        "notApplied",
        "notEnabled",
        "unknown",
        "unknownFutureValue",
        "reportOnlySuccess",
        "reportOnlyFailure",
        "reportOnlyNotApplied",
        "reportOnlyInterrupted",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "success" => Self::Success,
                "failure" => Self::Failure,
                "notApplied" => Self::NotApplied,
                "notEnabled" => Self::NotEnabled,
                "unknown" => Self::Unknown,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "reportOnlySuccess" => Self::ReportOnlySuccess,
                "reportOnlyFailure" => Self::ReportOnlyFailure,
                "reportOnlyNotApplied" => Self::ReportOnlyNotApplied,
                "reportOnlyInterrupted" => Self::ReportOnlyInterrupted,
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
            Self::NotApplied => "notApplied",
            Self::NotEnabled => "notEnabled",
            Self::Unknown => "unknown",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::ReportOnlySuccess => "reportOnlySuccess",
            Self::ReportOnlyFailure => "reportOnlyFailure",
            Self::ReportOnlyNotApplied => "reportOnlyNotApplied",
            Self::ReportOnlyInterrupted => "reportOnlyInterrupted",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
rt::impl_enum!(AppliedConditionalAccessPolicyResult);
#[cfg(msgraph_beta_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppliedConditionalAccessPolicyResult);
#[cfg(msgraph_beta_core_or_role_management)]
/// CSDL: `microsoft.graph.approvalFilterByCurrentUserOptions`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ApprovalFilterByCurrentUserOptions {
    /// `target` (value 0).
    Target,
    /// `createdBy` (value 1).
    CreatedBy,
    /// `approver` (value 2).
    Approver,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_role_management)]
impl rt::StrEnum for ApprovalFilterByCurrentUserOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.approvalFilterByCurrentUserOptions";
    const MEMBERS: &'static [&'static str] = &[
        "target",
        "createdBy",
        "approver",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "target" => Self::Target,
                "createdBy" => Self::CreatedBy,
                "approver" => Self::Approver,
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
            Self::Target => "target",
            Self::CreatedBy => "createdBy",
            Self::Approver => "approver",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_role_management)]
rt::impl_enum!(ApprovalFilterByCurrentUserOptions);
#[cfg(msgraph_beta_core_or_role_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApprovalFilterByCurrentUserOptions);
#[cfg(msgraph_beta_privileged_approval_or_search)]
/// CSDL: `microsoft.graph.approvalState`, enum type.
///
/// Features: `beta`, or one of `beta-privileged-approval`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ApprovalState {
    /// `pending` (value 0).
    Pending,
    /// `approved` (value 1).
    Approved,
    /// `denied` (value 2).
    Denied,
    /// `aborted` (value 3).
    Aborted,
    /// `canceled` (value 4).
    Canceled,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_privileged_approval_or_search)]
impl rt::StrEnum for ApprovalState {
    const TYPE_NAME: &'static str = "microsoft.graph.approvalState";
    const MEMBERS: &'static [&'static str] = &[
        "pending",
        "approved",
        "denied",
        "aborted",
        "canceled",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "pending" => Self::Pending,
                "approved" => Self::Approved,
                "denied" => Self::Denied,
                "aborted" => Self::Aborted,
                "canceled" => Self::Canceled,
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
            Self::Approved => "approved",
            Self::Denied => "denied",
            Self::Aborted => "aborted",
            Self::Canceled => "canceled",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_privileged_approval_or_search)]
rt::impl_enum!(ApprovalState);
#[cfg(msgraph_beta_privileged_approval_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApprovalState);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.assignedLabel`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AssignedLabel {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `labelId`: `Edm.String`, nullable.
    pub label_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AssignedLabel {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            label_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for AssignedLabel {
    const TYPE_NAME: &'static str = "microsoft.graph.assignedLabel";
    const KEYS: &'static [&'static str] = &["displayName", "labelId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"labelId\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.assignedLabel\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "label_id", &self.label_id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for AssignedLabel {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.label_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.label_id);
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
rt::impl_object!(AssignedLabel);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    AssignedLabel { with_display_name display_name : ::std::string::String; with_label_id
    label_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AssignedLabel);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.assignmentFilterEvaluationResult`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AssignmentFilterEvaluationResult {
    /// `unknown` (value 0).
    Unknown,
    /// `match` (value 1).
    Match,
    /// `notMatch` (value 2).
    NotMatch,
    /// `inconclusive` (value 3).
    Inconclusive,
    /// `failure` (value 4).
    Failure,
    /// `notEvaluated` (value 5).
    NotEvaluated,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for AssignmentFilterEvaluationResult {
    const TYPE_NAME: &'static str = "microsoft.graph.assignmentFilterEvaluationResult";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "match",
        "notMatch",
        "inconclusive",
        "failure",
        "notEvaluated",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "match" => Self::Match,
                "notMatch" => Self::NotMatch,
                "inconclusive" => Self::Inconclusive,
                "failure" => Self::Failure,
                "notEvaluated" => Self::NotEvaluated,
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
            Self::Match => "match",
            Self::NotMatch => "notMatch",
            Self::Inconclusive => "inconclusive",
            Self::Failure => "failure",
            Self::NotEvaluated => "notEvaluated",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(AssignmentFilterEvaluationResult);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AssignmentFilterEvaluationResult);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represent result summary for assignment filter evaluation
///
/// CSDL: `microsoft.graph.assignmentFilterEvaluationSummary`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AssignmentFilterEvaluationSummary {
    /// The admin defined name for assignment filter.
    ///
    /// CSDL: property `assignmentFilterDisplayName`: `Edm.String`, nullable.
    pub assignment_filter_display_name: rt::Field<::std::string::String>,
    /// Unique identifier for the assignment filter object
    ///
    /// CSDL: property `assignmentFilterId`: `Edm.String`, nullable.
    pub assignment_filter_id: rt::Field<::std::string::String>,
    /// The time the assignment filter was last modified.
    ///
    /// CSDL: property `assignmentFilterLastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub assignment_filter_last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The platform for which this assignment filter is created.
    ///
    /// CSDL: property `assignmentFilterPlatform`: `microsoft.graph.devicePlatformType`, not nullable.
    pub assignment_filter_platform: rt::Field<crate::beta::DevicePlatformType>,
    /// Indicate filter type either include or exclude.
    ///
    /// CSDL: property `assignmentFilterType`: `microsoft.graph.deviceAndAppManagementAssignmentFilterType`, not nullable.
    pub assignment_filter_type: rt::Field<
        crate::beta::DeviceAndAppManagementAssignmentFilterType,
    >,
    /// A collection of filter types and their corresponding evaluation results.
    ///
    /// CSDL: property `assignmentFilterTypeAndEvaluationResults`: `Collection(microsoft.graph.assignmentFilterTypeAndEvaluationResult)`, nullable.
    pub assignment_filter_type_and_evaluation_results: rt::Field<
        ::std::vec::Vec<crate::beta::AssignmentFilterTypeAndEvaluationResult>,
    >,
    /// The time assignment filter was evaluated.
    ///
    /// CSDL: property `evaluationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub evaluation_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Assignment filter evaluation result.
    ///
    /// CSDL: property `evaluationResult`: `microsoft.graph.assignmentFilterEvaluationResult`, not nullable.
    pub evaluation_result: rt::Field<crate::beta::AssignmentFilterEvaluationResult>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AssignmentFilterEvaluationSummary {
    #[inline]
    fn default() -> Self {
        Self {
            assignment_filter_display_name: rt::Field::Absent,
            assignment_filter_id: rt::Field::Absent,
            assignment_filter_last_modified_date_time: rt::Field::Absent,
            assignment_filter_platform: rt::Field::Absent,
            assignment_filter_type: rt::Field::Absent,
            assignment_filter_type_and_evaluation_results: rt::Field::Absent,
            evaluation_date_time: rt::Field::Absent,
            evaluation_result: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AssignmentFilterEvaluationSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.assignmentFilterEvaluationSummary";
    const KEYS: &'static [&'static str] = &[
        "assignmentFilterDisplayName",
        "assignmentFilterId",
        "assignmentFilterLastModifiedDateTime",
        "assignmentFilterPlatform",
        "assignmentFilterType",
        "assignmentFilterTypeAndEvaluationResults",
        "evaluationDateTime",
        "evaluationResult",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"assignmentFilterDisplayName\":  ",
        ",\"assignmentFilterId\":           ",
        ",\"assignmentFilterLastModifiedDateTime\":",
        ",\"assignmentFilterPlatform\":     ",
        ",\"assignmentFilterType\":         ",
        ",\"assignmentFilterTypeAndEvaluationResults\":",
        ",\"evaluationDateTime\":           ",
        ",\"evaluationResult\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.assignmentFilterEvaluationSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "assignment_filter_display_name",
            &self.assignment_filter_display_name,
        );
        v.field(1usize, "assignment_filter_id", &self.assignment_filter_id);
        v.field(
            2usize,
            "assignment_filter_last_modified_date_time",
            &self.assignment_filter_last_modified_date_time,
        );
        v.field(3usize, "assignment_filter_platform", &self.assignment_filter_platform);
        v.field(4usize, "assignment_filter_type", &self.assignment_filter_type);
        v.field(
            5usize,
            "assignment_filter_type_and_evaluation_results",
            &self.assignment_filter_type_and_evaluation_results,
        );
        v.field(6usize, "evaluation_date_time", &self.evaluation_date_time);
        v.field(7usize, "evaluation_result", &self.evaluation_result);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AssignmentFilterEvaluationSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.assignment_filter_display_name.read_from(r),
            1usize => self.assignment_filter_id.read_from(r),
            2usize => self.assignment_filter_last_modified_date_time.read_from(r),
            3usize => self.assignment_filter_platform.read_from(r),
            4usize => self.assignment_filter_type.read_from(r),
            5usize => self.assignment_filter_type_and_evaluation_results.read_from(r),
            6usize => self.evaluation_date_time.read_from(r),
            7usize => self.evaluation_result.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.assignment_filter_display_name);
        w.field(1usize, &self.assignment_filter_id);
        w.field(2usize, &self.assignment_filter_last_modified_date_time);
        w.field(3usize, &self.assignment_filter_platform);
        w.field(4usize, &self.assignment_filter_type);
        w.field(5usize, &self.assignment_filter_type_and_evaluation_results);
        w.field(6usize, &self.evaluation_date_time);
        w.field(7usize, &self.evaluation_result);
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
rt::impl_object!(AssignmentFilterEvaluationSummary);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AssignmentFilterEvaluationSummary { with_assignment_filter_display_name
    assignment_filter_display_name : ::std::string::String; with_assignment_filter_id
    assignment_filter_id : ::std::string::String;
    with_assignment_filter_last_modified_date_time
    assignment_filter_last_modified_date_time : rt::edm::DateTimeOffset;
    with_assignment_filter_platform assignment_filter_platform : crate
    ::beta::DevicePlatformType; with_assignment_filter_type assignment_filter_type :
    crate ::beta::DeviceAndAppManagementAssignmentFilterType;
    with_assignment_filter_type_and_evaluation_results
    assignment_filter_type_and_evaluation_results : ::std::vec::Vec < crate
    ::beta::AssignmentFilterTypeAndEvaluationResult >; with_evaluation_date_time
    evaluation_date_time : rt::edm::DateTimeOffset; with_evaluation_result
    evaluation_result : crate ::beta::AssignmentFilterEvaluationResult; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AssignmentFilterEvaluationSummary);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represents result of GetState API.
///
/// CSDL: `microsoft.graph.assignmentFilterState`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AssignmentFilterState {
    /// Indicator to if AssignmentFilter is enabled or disabled.
    ///
    /// CSDL: property `enabled`: `Edm.Boolean`, not nullable.
    pub enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AssignmentFilterState {
    #[inline]
    fn default() -> Self {
        Self {
            enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AssignmentFilterState {
    const TYPE_NAME: &'static str = "microsoft.graph.assignmentFilterState";
    const KEYS: &'static [&'static str] = &["enabled"];
    const KEYS_JSON: &'static [&'static str] = &[",\"enabled\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.assignmentFilterState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "enabled", &self.enabled);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AssignmentFilterState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.enabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.enabled);
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
rt::impl_object!(AssignmentFilterState);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(AssignmentFilterState { with_enabled enabled : bool; });
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AssignmentFilterState);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represent status details for device and payload and all associated applied filters.
///
/// CSDL: `microsoft.graph.assignmentFilterStatusDetails`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AssignmentFilterStatusDetails {
    /// Device properties used for filter evaluation during device check-in time.
    ///
    /// CSDL: property `deviceProperties`: `Collection(microsoft.graph.keyValuePair)`, nullable.
    pub device_properties: rt::Field<::std::vec::Vec<crate::beta::KeyValuePair>>,
    /// Evaluation result summaries for each filter associated to device and payload
    ///
    /// CSDL: property `evalutionSummaries`: `Collection(microsoft.graph.assignmentFilterEvaluationSummary)`, nullable.
    pub evalution_summaries: rt::Field<
        ::std::vec::Vec<crate::beta::AssignmentFilterEvaluationSummary>,
    >,
    /// Unique identifier for the device object.
    ///
    /// CSDL: property `managedDeviceId`: `Edm.String`, nullable.
    pub managed_device_id: rt::Field<::std::string::String>,
    /// Unique identifier for payload object.
    ///
    /// CSDL: property `payloadId`: `Edm.String`, nullable.
    pub payload_id: rt::Field<::std::string::String>,
    /// Unique identifier for UserId object. Can be null
    ///
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AssignmentFilterStatusDetails {
    #[inline]
    fn default() -> Self {
        Self {
            device_properties: rt::Field::Absent,
            evalution_summaries: rt::Field::Absent,
            managed_device_id: rt::Field::Absent,
            payload_id: rt::Field::Absent,
            user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AssignmentFilterStatusDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.assignmentFilterStatusDetails";
    const KEYS: &'static [&'static str] = &[
        "deviceProperties",
        "evalutionSummaries",
        "managedDeviceId",
        "payloadId",
        "userId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deviceProperties\":             ",
        ",\"evalutionSummaries\":           ",
        ",\"managedDeviceId\":              ",
        ",\"payloadId\":                    ",
        ",\"userId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.assignmentFilterStatusDetails\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "device_properties", &self.device_properties);
        v.field(1usize, "evalution_summaries", &self.evalution_summaries);
        v.field(2usize, "managed_device_id", &self.managed_device_id);
        v.field(3usize, "payload_id", &self.payload_id);
        v.field(4usize, "user_id", &self.user_id);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AssignmentFilterStatusDetails {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_properties.read_from(r),
            1usize => self.evalution_summaries.read_from(r),
            2usize => self.managed_device_id.read_from(r),
            3usize => self.payload_id.read_from(r),
            4usize => self.user_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_properties);
        w.field(1usize, &self.evalution_summaries);
        w.field(2usize, &self.managed_device_id);
        w.field(3usize, &self.payload_id);
        w.field(4usize, &self.user_id);
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
rt::impl_object!(AssignmentFilterStatusDetails);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AssignmentFilterStatusDetails { with_device_properties device_properties :
    ::std::vec::Vec < crate ::beta::KeyValuePair >; with_evalution_summaries
    evalution_summaries : ::std::vec::Vec < crate
    ::beta::AssignmentFilterEvaluationSummary >; with_managed_device_id managed_device_id
    : ::std::string::String; with_payload_id payload_id : ::std::string::String;
    with_user_id user_id : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AssignmentFilterStatusDetails);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represents the filter type and evalaution result of the filter.
///
/// CSDL: `microsoft.graph.assignmentFilterTypeAndEvaluationResult`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AssignmentFilterTypeAndEvaluationResult {
    /// Represents the filter type.
    ///
    /// CSDL: property `assignmentFilterType`: `microsoft.graph.deviceAndAppManagementAssignmentFilterType`, not nullable.
    pub assignment_filter_type: rt::Field<
        crate::beta::DeviceAndAppManagementAssignmentFilterType,
    >,
    /// Represents the evalaution result of the filter.
    ///
    /// CSDL: property `evaluationResult`: `microsoft.graph.assignmentFilterEvaluationResult`, not nullable.
    pub evaluation_result: rt::Field<crate::beta::AssignmentFilterEvaluationResult>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AssignmentFilterTypeAndEvaluationResult {
    #[inline]
    fn default() -> Self {
        Self {
            assignment_filter_type: rt::Field::Absent,
            evaluation_result: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AssignmentFilterTypeAndEvaluationResult {
    const TYPE_NAME: &'static str = "microsoft.graph.assignmentFilterTypeAndEvaluationResult";
    const KEYS: &'static [&'static str] = &["assignmentFilterType", "evaluationResult"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"assignmentFilterType\":         ",
        ",\"evaluationResult\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.assignmentFilterTypeAndEvaluationResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "assignment_filter_type", &self.assignment_filter_type);
        v.field(1usize, "evaluation_result", &self.evaluation_result);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AssignmentFilterTypeAndEvaluationResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.assignment_filter_type.read_from(r),
            1usize => self.evaluation_result.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.assignment_filter_type);
        w.field(1usize, &self.evaluation_result);
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
rt::impl_object!(AssignmentFilterTypeAndEvaluationResult);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AssignmentFilterTypeAndEvaluationResult { with_assignment_filter_type
    assignment_filter_type : crate ::beta::DeviceAndAppManagementAssignmentFilterType;
    with_evaluation_result evaluation_result : crate
    ::beta::AssignmentFilterEvaluationResult; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AssignmentFilterTypeAndEvaluationResult);
#[cfg(msgraph_beta_identity_or_search)]
/// CSDL: `microsoft.graph.assignmentOrder`, complex type.
///
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
#[derive(Clone)]
pub struct AssignmentOrder {
    /// CSDL: property `order`: `Collection(Edm.String)`, nullable.
    pub order: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_search)]
impl ::std::default::Default for AssignmentOrder {
    #[inline]
    fn default() -> Self {
        Self {
            order: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_or_search)]
impl rt::Object for AssignmentOrder {
    const TYPE_NAME: &'static str = "microsoft.graph.assignmentOrder";
    const KEYS: &'static [&'static str] = &["order"];
    const KEYS_JSON: &'static [&'static str] = &[",\"order\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.assignmentOrder\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "order", &self.order);
    }
}
#[cfg(msgraph_beta_identity_or_search)]
impl rt::object::Members for AssignmentOrder {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.order.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.order);
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
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_object!(AssignmentOrder);
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_setters!(
    AssignmentOrder { with_order order : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AssignmentOrder);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.attachment`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Attachment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `contentType`: `Edm.String`, nullable.
    pub content_type: rt::Field<::std::string::String>,
    /// CSDL: property `isInline`: `Edm.Boolean`, not nullable.
    pub is_inline: rt::Field<bool>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `size`: `Edm.Int32`, not nullable.
    pub size: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for Attachment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            content_type: rt::Field::Absent,
            is_inline: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            name: rt::Field::Absent,
            size: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for Attachment {
    const TYPE_NAME: &'static str = "microsoft.graph.attachment";
    const KEYS: &'static [&'static str] = &[
        "id",
        "contentType",
        "isInline",
        "lastModifiedDateTime",
        "name",
        "size",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"contentType\":                  ",
        ",\"isInline\":                     ",
        ",\"lastModifiedDateTime\":         ",
        ",\"name\":                         ",
        ",\"size\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.attachment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "content_type", &self.content_type);
        v.field(2usize, "is_inline", &self.is_inline);
        v.field(3usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(4usize, "name", &self.name);
        v.field(5usize, "size", &self.size);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for Attachment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.content_type.read_from(r),
            2usize => self.is_inline.read_from(r),
            3usize => self.last_modified_date_time.read_from(r),
            4usize => self.name.read_from(r),
            5usize => self.size.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.content_type);
        w.field(2usize, &self.is_inline);
        w.field(3usize, &self.last_modified_date_time);
        w.field(4usize, &self.name);
        w.field(5usize, &self.size);
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
rt::impl_object!(Attachment);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    Attachment { with_id id : ::std::string::String; with_content_type content_type :
    ::std::string::String; with_is_inline is_inline : bool; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_name name :
    ::std::string::String; with_size size : i32; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Attachment);
#[cfg(msgraph_beta_core)]
/// `microsoft.graph.attachment` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAttachment {
    Attachment(::std::boxed::Box<crate::beta::Attachment>),
    FileAttachment(::std::boxed::Box<crate::beta::FileAttachment>),
    ItemAttachment(::std::boxed::Box<crate::beta::ItemAttachment>),
    ReferenceAttachment(::std::boxed::Box<crate::beta::ReferenceAttachment>),
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AnyAttachment {
    #[inline]
    fn default() -> Self {
        Self::Attachment(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Attachment> for AnyAttachment {
    #[inline]
    fn from(v: crate::beta::Attachment) -> Self {
        Self::Attachment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::FileAttachment> for AnyAttachment {
    #[inline]
    fn from(v: crate::beta::FileAttachment) -> Self {
        Self::FileAttachment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ItemAttachment> for AnyAttachment {
    #[inline]
    fn from(v: crate::beta::ItemAttachment) -> Self {
        Self::ItemAttachment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ReferenceAttachment> for AnyAttachment {
    #[inline]
    fn from(v: crate::beta::ReferenceAttachment) -> Self {
        Self::ReferenceAttachment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Send for AnyAttachment {}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Sync for AnyAttachment {}
#[cfg(msgraph_beta_core)]
impl ::std::marker::Unpin for AnyAttachment {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::UnwindSafe for AnyAttachment {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::RefUnwindSafe for AnyAttachment {}
#[cfg(msgraph_beta_core)]
const _: () = {
    rt::object::auto_traits::<crate::beta::Attachment>();
    rt::object::auto_traits::<crate::beta::FileAttachment>();
    rt::object::auto_traits::<crate::beta::ItemAttachment>();
    rt::object::auto_traits::<crate::beta::ReferenceAttachment>();
};
#[cfg(msgraph_beta_core)]
impl rt::Poly for AnyAttachment {
    const BASE_NAME: &'static str = "microsoft.graph.attachment";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.fileAttachment") => {
                Self::FileAttachment(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.itemAttachment") => {
                Self::ItemAttachment(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.referenceAttachment") => {
                Self::ReferenceAttachment(rt::object::new_boxed())
            }
            _ => Self::Attachment(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::Attachment(v) => &**v,
            Self::FileAttachment(v) => &**v,
            Self::ItemAttachment(v) => &**v,
            Self::ReferenceAttachment(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::Attachment(v) => &mut **v,
            Self::FileAttachment(v) => &mut **v,
            Self::ItemAttachment(v) => &mut **v,
            Self::ReferenceAttachment(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core)]
impl AnyAttachment {
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
            Self::Attachment(v) => &v.id,
            Self::FileAttachment(v) => &v.id,
            Self::ItemAttachment(v) => &v.id,
            Self::ReferenceAttachment(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Attachment(v) => &mut v.id,
            Self::FileAttachment(v) => &mut v.id,
            Self::ItemAttachment(v) => &mut v.id,
            Self::ReferenceAttachment(v) => &mut v.id,
        }
    }
    /// `contentType` of any variant.
    #[inline]
    pub fn content_type(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Attachment(v) => &v.content_type,
            Self::FileAttachment(v) => &v.content_type,
            Self::ItemAttachment(v) => &v.content_type,
            Self::ReferenceAttachment(v) => &v.content_type,
        }
    }
    /// `contentType` of any variant.
    #[inline]
    pub fn content_type_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Attachment(v) => &mut v.content_type,
            Self::FileAttachment(v) => &mut v.content_type,
            Self::ItemAttachment(v) => &mut v.content_type,
            Self::ReferenceAttachment(v) => &mut v.content_type,
        }
    }
    /// `isInline` of any variant.
    #[inline]
    pub fn is_inline(&self) -> &rt::Field<bool> {
        match self {
            Self::Attachment(v) => &v.is_inline,
            Self::FileAttachment(v) => &v.is_inline,
            Self::ItemAttachment(v) => &v.is_inline,
            Self::ReferenceAttachment(v) => &v.is_inline,
        }
    }
    /// `isInline` of any variant.
    #[inline]
    pub fn is_inline_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::Attachment(v) => &mut v.is_inline,
            Self::FileAttachment(v) => &mut v.is_inline,
            Self::ItemAttachment(v) => &mut v.is_inline,
            Self::ReferenceAttachment(v) => &mut v.is_inline,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Attachment(v) => &v.last_modified_date_time,
            Self::FileAttachment(v) => &v.last_modified_date_time,
            Self::ItemAttachment(v) => &v.last_modified_date_time,
            Self::ReferenceAttachment(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Attachment(v) => &mut v.last_modified_date_time,
            Self::FileAttachment(v) => &mut v.last_modified_date_time,
            Self::ItemAttachment(v) => &mut v.last_modified_date_time,
            Self::ReferenceAttachment(v) => &mut v.last_modified_date_time,
        }
    }
    /// `name` of any variant.
    #[inline]
    pub fn name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Attachment(v) => &v.name,
            Self::FileAttachment(v) => &v.name,
            Self::ItemAttachment(v) => &v.name,
            Self::ReferenceAttachment(v) => &v.name,
        }
    }
    /// `name` of any variant.
    #[inline]
    pub fn name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Attachment(v) => &mut v.name,
            Self::FileAttachment(v) => &mut v.name,
            Self::ItemAttachment(v) => &mut v.name,
            Self::ReferenceAttachment(v) => &mut v.name,
        }
    }
    /// `size` of any variant.
    #[inline]
    pub fn size(&self) -> &rt::Field<i32> {
        match self {
            Self::Attachment(v) => &v.size,
            Self::FileAttachment(v) => &v.size,
            Self::ItemAttachment(v) => &v.size,
            Self::ReferenceAttachment(v) => &v.size,
        }
    }
    /// `size` of any variant.
    #[inline]
    pub fn size_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::Attachment(v) => &mut v.size,
            Self::FileAttachment(v) => &mut v.size,
            Self::ItemAttachment(v) => &mut v.size,
            Self::ReferenceAttachment(v) => &mut v.size,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_poly!(AnyAttachment);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAttachment);
#[cfg(msgraph_beta_core_or_app_or_communications)]
/// CSDL: `microsoft.graph.attendanceInterval`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-app`, `beta-applications`, `beta-chats`, `beta-communications`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AttendanceInterval {
    /// CSDL: property `durationInSeconds`: `Edm.Int32`, nullable.
    pub duration_in_seconds: rt::Field<i32>,
    /// CSDL: property `joinDateTime`: `Edm.DateTimeOffset`, nullable.
    pub join_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `leaveDateTime`: `Edm.DateTimeOffset`, nullable.
    pub leave_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_app_or_communications)]
impl ::std::default::Default for AttendanceInterval {
    #[inline]
    fn default() -> Self {
        Self {
            duration_in_seconds: rt::Field::Absent,
            join_date_time: rt::Field::Absent,
            leave_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_app_or_communications)]
impl rt::Object for AttendanceInterval {
    const TYPE_NAME: &'static str = "microsoft.graph.attendanceInterval";
    const KEYS: &'static [&'static str] = &[
        "durationInSeconds",
        "joinDateTime",
        "leaveDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"durationInSeconds\":            ",
        ",\"joinDateTime\":                 ",
        ",\"leaveDateTime\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.attendanceInterval\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "duration_in_seconds", &self.duration_in_seconds);
        v.field(1usize, "join_date_time", &self.join_date_time);
        v.field(2usize, "leave_date_time", &self.leave_date_time);
    }
}
#[cfg(msgraph_beta_core_or_app_or_communications)]
impl rt::object::Members for AttendanceInterval {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.duration_in_seconds.read_from(r),
            1usize => self.join_date_time.read_from(r),
            2usize => self.leave_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.duration_in_seconds);
        w.field(1usize, &self.join_date_time);
        w.field(2usize, &self.leave_date_time);
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
#[cfg(msgraph_beta_core_or_app_or_communications)]
rt::impl_object!(AttendanceInterval);
#[cfg(msgraph_beta_core_or_app_or_communications)]
rt::impl_setters!(
    AttendanceInterval { with_duration_in_seconds duration_in_seconds : i32;
    with_join_date_time join_date_time : rt::edm::DateTimeOffset; with_leave_date_time
    leave_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_core_or_app_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttendanceInterval);
#[cfg(msgraph_beta_core_or_app_or_communications)]
/// CSDL: `microsoft.graph.attendanceRecord`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-app`, `beta-applications`, `beta-chats`, `beta-communications`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AttendanceRecord {
    /// CSDL: property `attendanceIntervals`: `Collection(microsoft.graph.attendanceInterval)`, nullable.
    pub attendance_intervals: rt::Field<
        ::std::vec::Vec<crate::beta::AttendanceInterval>,
    >,
    /// CSDL: property `emailAddress`: `Edm.String`, nullable.
    pub email_address: rt::Field<::std::string::String>,
    /// CSDL: property `identity`: `microsoft.graph.identity`, nullable.
    pub identity: rt::Field<crate::beta::AnyIdentity>,
    /// CSDL: property `role`: `Edm.String`, nullable.
    pub role: rt::Field<::std::string::String>,
    /// CSDL: property `totalAttendanceInSeconds`: `Edm.Int32`, nullable.
    pub total_attendance_in_seconds: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_app_or_communications)]
impl ::std::default::Default for AttendanceRecord {
    #[inline]
    fn default() -> Self {
        Self {
            attendance_intervals: rt::Field::Absent,
            email_address: rt::Field::Absent,
            identity: rt::Field::Absent,
            role: rt::Field::Absent,
            total_attendance_in_seconds: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_app_or_communications)]
impl rt::Object for AttendanceRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.attendanceRecord";
    const KEYS: &'static [&'static str] = &[
        "attendanceIntervals",
        "emailAddress",
        "identity",
        "role",
        "totalAttendanceInSeconds",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"attendanceIntervals\":          ",
        ",\"emailAddress\":                 ",
        ",\"identity\":                     ",
        ",\"role\":                         ",
        ",\"totalAttendanceInSeconds\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.attendanceRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "attendance_intervals", &self.attendance_intervals);
        v.field(1usize, "email_address", &self.email_address);
        v.field(2usize, "identity", &self.identity);
        v.field(3usize, "role", &self.role);
        v.field(
            4usize,
            "total_attendance_in_seconds",
            &self.total_attendance_in_seconds,
        );
    }
}
#[cfg(msgraph_beta_core_or_app_or_communications)]
impl rt::object::Members for AttendanceRecord {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.attendance_intervals.read_from(r),
            1usize => self.email_address.read_from(r),
            2usize => self.identity.read_from(r),
            3usize => self.role.read_from(r),
            4usize => self.total_attendance_in_seconds.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.attendance_intervals);
        w.field(1usize, &self.email_address);
        w.field(2usize, &self.identity);
        w.field(3usize, &self.role);
        w.field(4usize, &self.total_attendance_in_seconds);
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
#[cfg(msgraph_beta_core_or_app_or_communications)]
rt::impl_object!(AttendanceRecord);
#[cfg(msgraph_beta_core_or_app_or_communications)]
rt::impl_setters!(
    AttendanceRecord { with_attendance_intervals attendance_intervals : ::std::vec::Vec <
    crate ::beta::AttendanceInterval >; with_email_address email_address :
    ::std::string::String; with_identity identity : crate ::beta::AnyIdentity; with_role
    role : ::std::string::String; with_total_attendance_in_seconds
    total_attendance_in_seconds : i32; }
);
#[cfg(msgraph_beta_core_or_app_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttendanceRecord);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.attestationLevel`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AttestationLevel {
    /// `attested` (value 0).
    Attested,
    /// `notAttested` (value 1).
    NotAttested,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for AttestationLevel {
    const TYPE_NAME: &'static str = "microsoft.graph.attestationLevel";
    const MEMBERS: &'static [&'static str] = &[
        "attested",
        "notAttested",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "attested" => Self::Attested,
                "notAttested" => Self::NotAttested,
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
            Self::Attested => "attested",
            Self::NotAttested => "notAttested",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(AttestationLevel);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttestationLevel);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.attributeDefinition`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AttributeDefinition {
    /// CSDL: property `anchor`: `Edm.Boolean`, not nullable.
    pub anchor: rt::Field<bool>,
    /// CSDL: property `apiExpressions`: `Collection(microsoft.graph.stringKeyStringValuePair)`, nullable.
    pub api_expressions: rt::Field<
        ::std::vec::Vec<crate::beta::StringKeyStringValuePair>,
    >,
    /// CSDL: property `caseExact`: `Edm.Boolean`, not nullable.
    pub case_exact: rt::Field<bool>,
    /// CSDL: property `defaultValue`: `Edm.String`, nullable.
    pub default_value: rt::Field<::std::string::String>,
    /// CSDL: property `flowNullValues`: `Edm.Boolean`, not nullable.
    pub flow_null_values: rt::Field<bool>,
    /// CSDL: property `metadata`: `Collection(microsoft.graph.metadataEntry)`, nullable.
    pub metadata: rt::Field<::std::vec::Vec<crate::beta::MetadataEntry>>,
    /// CSDL: property `multivalued`: `Edm.Boolean`, not nullable.
    pub multivalued: rt::Field<bool>,
    /// CSDL: property `mutability`: `microsoft.graph.mutability`, not nullable.
    pub mutability: rt::Field<crate::beta::Mutability>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `referencedObjects`: `Collection(microsoft.graph.referencedObject)`, nullable.
    pub referenced_objects: rt::Field<::std::vec::Vec<crate::beta::ReferencedObject>>,
    /// CSDL: property `required`: `Edm.Boolean`, not nullable.
    pub required: rt::Field<bool>,
    /// CSDL: property `type`: `microsoft.graph.attributeType`, not nullable.
    pub type_: rt::Field<crate::beta::AttributeType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AttributeDefinition {
    #[inline]
    fn default() -> Self {
        Self {
            anchor: rt::Field::Absent,
            api_expressions: rt::Field::Absent,
            case_exact: rt::Field::Absent,
            default_value: rt::Field::Absent,
            flow_null_values: rt::Field::Absent,
            metadata: rt::Field::Absent,
            multivalued: rt::Field::Absent,
            mutability: rt::Field::Absent,
            name: rt::Field::Absent,
            referenced_objects: rt::Field::Absent,
            required: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for AttributeDefinition {
    const TYPE_NAME: &'static str = "microsoft.graph.attributeDefinition";
    const KEYS: &'static [&'static str] = &[
        "anchor",
        "apiExpressions",
        "caseExact",
        "defaultValue",
        "flowNullValues",
        "metadata",
        "multivalued",
        "mutability",
        "name",
        "referencedObjects",
        "required",
        "type",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"anchor\":                       ",
        ",\"apiExpressions\":               ",
        ",\"caseExact\":                    ",
        ",\"defaultValue\":                 ",
        ",\"flowNullValues\":               ",
        ",\"metadata\":                     ",
        ",\"multivalued\":                  ",
        ",\"mutability\":                   ",
        ",\"name\":                         ",
        ",\"referencedObjects\":            ",
        ",\"required\":                     ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.attributeDefinition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "anchor", &self.anchor);
        v.field(1usize, "api_expressions", &self.api_expressions);
        v.field(2usize, "case_exact", &self.case_exact);
        v.field(3usize, "default_value", &self.default_value);
        v.field(4usize, "flow_null_values", &self.flow_null_values);
        v.field(5usize, "metadata", &self.metadata);
        v.field(6usize, "multivalued", &self.multivalued);
        v.field(7usize, "mutability", &self.mutability);
        v.field(8usize, "name", &self.name);
        v.field(9usize, "referenced_objects", &self.referenced_objects);
        v.field(10usize, "required", &self.required);
        v.field(11usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for AttributeDefinition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.anchor.read_from(r),
            1usize => self.api_expressions.read_from(r),
            2usize => self.case_exact.read_from(r),
            3usize => self.default_value.read_from(r),
            4usize => self.flow_null_values.read_from(r),
            5usize => self.metadata.read_from(r),
            6usize => self.multivalued.read_from(r),
            7usize => self.mutability.read_from(r),
            8usize => self.name.read_from(r),
            9usize => self.referenced_objects.read_from(r),
            10usize => self.required.read_from(r),
            11usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.anchor);
        w.field(1usize, &self.api_expressions);
        w.field(2usize, &self.case_exact);
        w.field(3usize, &self.default_value);
        w.field(4usize, &self.flow_null_values);
        w.field(5usize, &self.metadata);
        w.field(6usize, &self.multivalued);
        w.field(7usize, &self.mutability);
        w.field(8usize, &self.name);
        w.field(9usize, &self.referenced_objects);
        w.field(10usize, &self.required);
        w.field(11usize, &self.type_);
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
rt::impl_object!(AttributeDefinition);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    AttributeDefinition { with_anchor anchor : bool; with_api_expressions api_expressions
    : ::std::vec::Vec < crate ::beta::StringKeyStringValuePair >; with_case_exact
    case_exact : bool; with_default_value default_value : ::std::string::String;
    with_flow_null_values flow_null_values : bool; with_metadata metadata :
    ::std::vec::Vec < crate ::beta::MetadataEntry >; with_multivalued multivalued : bool;
    with_mutability mutability : crate ::beta::Mutability; with_name name :
    ::std::string::String; with_referenced_objects referenced_objects : ::std::vec::Vec <
    crate ::beta::ReferencedObject >; with_required required : bool; with_type type_ :
    crate ::beta::AttributeType; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttributeDefinition);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.attributeFlowBehavior`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AttributeFlowBehavior {
    /// `FlowWhenChanged` (value 0).
    FlowWhenChanged,
    /// `FlowAlways` (value 1).
    FlowAlways,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for AttributeFlowBehavior {
    const TYPE_NAME: &'static str = "microsoft.graph.attributeFlowBehavior";
    const MEMBERS: &'static [&'static str] = &["FlowWhenChanged", "FlowAlways"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "FlowWhenChanged" => Self::FlowWhenChanged,
                "FlowAlways" => Self::FlowAlways,
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
            Self::FlowWhenChanged => "FlowWhenChanged",
            Self::FlowAlways => "FlowAlways",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(AttributeFlowBehavior);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttributeFlowBehavior);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.attributeFlowType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AttributeFlowType {
    /// `Always` (value 0).
    Always,
    /// `ObjectAddOnly` (value 1).
    ObjectAddOnly,
    /// `MultiValueAddOnly` (value 2).
    MultiValueAddOnly,
    /// `ValueAddOnly` (value 3).
    ValueAddOnly,
    /// `AttributeAddOnly` (value 4).
    AttributeAddOnly,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for AttributeFlowType {
    const TYPE_NAME: &'static str = "microsoft.graph.attributeFlowType";
    const MEMBERS: &'static [&'static str] = &[
        "Always",
        "ObjectAddOnly",
        "MultiValueAddOnly",
        "ValueAddOnly",
        "AttributeAddOnly",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "Always" => Self::Always,
                "ObjectAddOnly" => Self::ObjectAddOnly,
                "MultiValueAddOnly" => Self::MultiValueAddOnly,
                "ValueAddOnly" => Self::ValueAddOnly,
                "AttributeAddOnly" => Self::AttributeAddOnly,
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
            Self::Always => "Always",
            Self::ObjectAddOnly => "ObjectAddOnly",
            Self::MultiValueAddOnly => "MultiValueAddOnly",
            Self::ValueAddOnly => "ValueAddOnly",
            Self::AttributeAddOnly => "AttributeAddOnly",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(AttributeFlowType);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttributeFlowType);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.attributeMapping`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AttributeMapping {
    /// CSDL: property `defaultValue`: `Edm.String`, nullable.
    pub default_value: rt::Field<::std::string::String>,
    /// CSDL: property `exportMissingReferences`: `Edm.Boolean`, not nullable.
    pub export_missing_references: rt::Field<bool>,
    /// CSDL: property `flowBehavior`: `microsoft.graph.attributeFlowBehavior`, not nullable.
    pub flow_behavior: rt::Field<crate::beta::AttributeFlowBehavior>,
    /// CSDL: property `flowType`: `microsoft.graph.attributeFlowType`, not nullable.
    pub flow_type: rt::Field<crate::beta::AttributeFlowType>,
    /// CSDL: property `matchingPriority`: `Edm.Int32`, not nullable.
    pub matching_priority: rt::Field<i32>,
    /// CSDL: property `source`: `microsoft.graph.attributeMappingSource`, nullable.
    pub source: rt::Field<crate::beta::AttributeMappingSource>,
    /// CSDL: property `targetAttributeName`: `Edm.String`, nullable.
    pub target_attribute_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AttributeMapping {
    #[inline]
    fn default() -> Self {
        Self {
            default_value: rt::Field::Absent,
            export_missing_references: rt::Field::Absent,
            flow_behavior: rt::Field::Absent,
            flow_type: rt::Field::Absent,
            matching_priority: rt::Field::Absent,
            source: rt::Field::Absent,
            target_attribute_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for AttributeMapping {
    const TYPE_NAME: &'static str = "microsoft.graph.attributeMapping";
    const KEYS: &'static [&'static str] = &[
        "defaultValue",
        "exportMissingReferences",
        "flowBehavior",
        "flowType",
        "matchingPriority",
        "source",
        "targetAttributeName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"defaultValue\":                 ",
        ",\"exportMissingReferences\":      ",
        ",\"flowBehavior\":                 ",
        ",\"flowType\":                     ",
        ",\"matchingPriority\":             ",
        ",\"source\":                       ",
        ",\"targetAttributeName\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.attributeMapping\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "default_value", &self.default_value);
        v.field(1usize, "export_missing_references", &self.export_missing_references);
        v.field(2usize, "flow_behavior", &self.flow_behavior);
        v.field(3usize, "flow_type", &self.flow_type);
        v.field(4usize, "matching_priority", &self.matching_priority);
        v.field(5usize, "source", &self.source);
        v.field(6usize, "target_attribute_name", &self.target_attribute_name);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for AttributeMapping {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.default_value.read_from(r),
            1usize => self.export_missing_references.read_from(r),
            2usize => self.flow_behavior.read_from(r),
            3usize => self.flow_type.read_from(r),
            4usize => self.matching_priority.read_from(r),
            5usize => self.source.read_from(r),
            6usize => self.target_attribute_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.default_value);
        w.field(1usize, &self.export_missing_references);
        w.field(2usize, &self.flow_behavior);
        w.field(3usize, &self.flow_type);
        w.field(4usize, &self.matching_priority);
        w.field(5usize, &self.source);
        w.field(6usize, &self.target_attribute_name);
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
rt::impl_object!(AttributeMapping);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    AttributeMapping { with_default_value default_value : ::std::string::String;
    with_export_missing_references export_missing_references : bool; with_flow_behavior
    flow_behavior : crate ::beta::AttributeFlowBehavior; with_flow_type flow_type : crate
    ::beta::AttributeFlowType; with_matching_priority matching_priority : i32;
    with_source source : crate ::beta::AttributeMappingSource; with_target_attribute_name
    target_attribute_name : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttributeMapping);
#[cfg(msgraph_beta_core_or_functions)]
/// CSDL: `microsoft.graph.attributeMappingFunctionSchema`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AttributeMappingFunctionSchema {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `parameters`: `Collection(microsoft.graph.attributeMappingParameterSchema)`, nullable.
    pub parameters: rt::Field<
        ::std::vec::Vec<crate::beta::AttributeMappingParameterSchema>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_functions)]
impl ::std::default::Default for AttributeMappingFunctionSchema {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            parameters: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_functions)]
impl rt::Object for AttributeMappingFunctionSchema {
    const TYPE_NAME: &'static str = "microsoft.graph.attributeMappingFunctionSchema";
    const KEYS: &'static [&'static str] = &["id", "parameters"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"parameters\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.attributeMappingFunctionSchema\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "parameters", &self.parameters);
    }
}
#[cfg(msgraph_beta_core_or_functions)]
impl rt::object::Members for AttributeMappingFunctionSchema {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.parameters.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.parameters);
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
#[cfg(msgraph_beta_core_or_functions)]
rt::impl_object!(AttributeMappingFunctionSchema);
#[cfg(msgraph_beta_core_or_functions)]
rt::impl_setters!(
    AttributeMappingFunctionSchema { with_id id : ::std::string::String; with_parameters
    parameters : ::std::vec::Vec < crate ::beta::AttributeMappingParameterSchema >; }
);
#[cfg(msgraph_beta_core_or_functions)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttributeMappingFunctionSchema);
#[cfg(msgraph_beta_core_or_functions)]
/// CSDL: `microsoft.graph.attributeMappingParameterSchema`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AttributeMappingParameterSchema {
    /// CSDL: property `allowMultipleOccurrences`: `Edm.Boolean`, not nullable.
    pub allow_multiple_occurrences: rt::Field<bool>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `required`: `Edm.Boolean`, not nullable.
    pub required: rt::Field<bool>,
    /// CSDL: property `type`: `microsoft.graph.attributeType`, not nullable.
    pub type_: rt::Field<crate::beta::AttributeType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_functions)]
impl ::std::default::Default for AttributeMappingParameterSchema {
    #[inline]
    fn default() -> Self {
        Self {
            allow_multiple_occurrences: rt::Field::Absent,
            name: rt::Field::Absent,
            required: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_functions)]
impl rt::Object for AttributeMappingParameterSchema {
    const TYPE_NAME: &'static str = "microsoft.graph.attributeMappingParameterSchema";
    const KEYS: &'static [&'static str] = &[
        "allowMultipleOccurrences",
        "name",
        "required",
        "type",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowMultipleOccurrences\":     ",
        ",\"name\":                         ",
        ",\"required\":                     ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.attributeMappingParameterSchema\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allow_multiple_occurrences", &self.allow_multiple_occurrences);
        v.field(1usize, "name", &self.name);
        v.field(2usize, "required", &self.required);
        v.field(3usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_beta_core_or_functions)]
impl rt::object::Members for AttributeMappingParameterSchema {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allow_multiple_occurrences.read_from(r),
            1usize => self.name.read_from(r),
            2usize => self.required.read_from(r),
            3usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allow_multiple_occurrences);
        w.field(1usize, &self.name);
        w.field(2usize, &self.required);
        w.field(3usize, &self.type_);
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
#[cfg(msgraph_beta_core_or_functions)]
rt::impl_object!(AttributeMappingParameterSchema);
#[cfg(msgraph_beta_core_or_functions)]
rt::impl_setters!(
    AttributeMappingParameterSchema { with_allow_multiple_occurrences
    allow_multiple_occurrences : bool; with_name name : ::std::string::String;
    with_required required : bool; with_type type_ : crate ::beta::AttributeType; }
);
#[cfg(msgraph_beta_core_or_functions)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttributeMappingParameterSchema);
#[cfg(msgraph_beta_core_or_filter_operators_or_functions)]
/// CSDL: `microsoft.graph.attributeType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AttributeType {
    /// `String` (value 0).
    String,
    /// `Integer` (value 1).
    Integer,
    /// `Reference` (value 2).
    Reference,
    /// `Binary` (value 3).
    Binary,
    /// `Boolean` (value 4).
    Boolean,
    /// `DateTime` (value 5).
    DateTime,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_filter_operators_or_functions)]
impl rt::StrEnum for AttributeType {
    const TYPE_NAME: &'static str = "microsoft.graph.attributeType";
    const MEMBERS: &'static [&'static str] = &[
        "String",
        "Integer",
        "Reference",
        "Binary",
        "Boolean",
        "DateTime",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "String" => Self::String,
                "Integer" => Self::Integer,
                "Reference" => Self::Reference,
                "Binary" => Self::Binary,
                "Boolean" => Self::Boolean,
                "DateTime" => Self::DateTime,
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
            Self::String => "String",
            Self::Integer => "Integer",
            Self::Reference => "Reference",
            Self::Binary => "Binary",
            Self::Boolean => "Boolean",
            Self::DateTime => "DateTime",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_filter_operators_or_functions)]
rt::impl_enum!(AttributeType);
#[cfg(msgraph_beta_core_or_filter_operators_or_functions)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttributeType);
