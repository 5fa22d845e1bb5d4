//! Types of `microsoft.graph` by the first letters of their names (`an`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_device_management_or_search)]
/// This class contains compliance settings for Android.
///
/// CSDL: `microsoft.graph.androidCompliancePolicy`, entity type, derived from `microsoft.graph.deviceCompliancePolicy`, key `id`.
///
/// Request builders: [`AndroidCompliancePolicyPath`](requests/struct.AndroidCompliancePolicyPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
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
    /// Version of the device configuration.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The collection of assignments for this compliance policy.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceCompliancePolicyAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceCompliancePolicyAssignment>,
    >,
    /// Compliance Setting State Device Summary
    ///
    /// CSDL: containment navigation property `deviceSettingStateSummaries`: `Collection(microsoft.graph.settingStateDeviceSummary)`, not nullable.
    pub device_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::v1::SettingStateDeviceSummary>,
    >,
    /// List of DeviceComplianceDeviceStatus.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.deviceComplianceDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceComplianceDeviceStatus>,
    >,
    /// Device compliance devices status overview
    ///
    /// CSDL: containment navigation property `deviceStatusOverview`: `microsoft.graph.deviceComplianceDeviceOverview`, nullable.
    pub device_status_overview: rt::Field<crate::v1::DeviceComplianceDeviceOverview>,
    /// The list of scheduled action per rule for this compliance policy. This is a required property when creating any individual per-platform compliance policies.
    ///
    /// CSDL: containment navigation property `scheduledActionsForRule`: `Collection(microsoft.graph.deviceComplianceScheduledActionForRule)`, not nullable.
    pub scheduled_actions_for_rule: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceComplianceScheduledActionForRule>,
    >,
    /// List of DeviceComplianceUserStatus.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.deviceComplianceUserStatus)`, not nullable.
    pub user_statuses: rt::Field<::std::vec::Vec<crate::v1::DeviceComplianceUserStatus>>,
    /// Device compliance users status overview
    ///
    /// CSDL: containment navigation property `userStatusOverview`: `microsoft.graph.deviceComplianceUserOverview`, nullable.
    pub user_status_overview: rt::Field<crate::v1::DeviceComplianceUserOverview>,
    /// Require that devices have enabled device threat protection.
    ///
    /// CSDL: property `deviceThreatProtectionEnabled`: `Edm.Boolean`, not nullable.
    pub device_threat_protection_enabled: rt::Field<bool>,
    /// Require Mobile Threat Protection minimum risk level to report noncompliance.
    ///
    /// CSDL: property `deviceThreatProtectionRequiredSecurityLevel`: `microsoft.graph.deviceThreatProtectionLevel`, not nullable.
    pub device_threat_protection_required_security_level: rt::Field<
        crate::v1::DeviceThreatProtectionLevel,
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
    pub password_required_type: rt::Field<crate::v1::AndroidRequiredPasswordType>,
    /// Indicates the device should not be rooted. When TRUE, if the device is detected as rooted it will be reported non-compliant. When FALSE, the device is not reported as non-compliant regardless of device rooted state. Default is FALSE.
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
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for AndroidCompliancePolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
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
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for AndroidCompliancePolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.androidCompliancePolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
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
        ",\"id\":",
        ",\"createdDateTime\":",
        ",\"description\":",
        ",\"displayName\":",
        ",\"lastModifiedDateTime\":",
        ",\"version\":",
        ",\"assignments\":",
        ",\"deviceSettingStateSummaries\":",
        ",\"deviceStatuses\":",
        ",\"deviceStatusOverview\":",
        ",\"scheduledActionsForRule\":",
        ",\"userStatuses\":",
        ",\"userStatusOverview\":",
        ",\"deviceThreatProtectionEnabled\":",
        ",\"deviceThreatProtectionRequiredSecurityLevel\":",
        ",\"minAndroidSecurityPatchLevel\":",
        ",\"osMaximumVersion\":",
        ",\"osMinimumVersion\":",
        ",\"passwordExpirationDays\":",
        ",\"passwordMinimumLength\":",
        ",\"passwordMinutesOfInactivityBeforeLock\":",
        ",\"passwordPreviousPasswordBlockCount\":",
        ",\"passwordRequired\":",
        ",\"passwordRequiredType\":",
        ",\"securityBlockJailbrokenDevices\":",
        ",\"securityDisableUsbDebugging\":",
        ",\"securityPreventInstallAppsFromUnknownSources\":",
        ",\"securityRequireCompanyPortalAppIntegrity\":",
        ",\"securityRequireGooglePlayServices\":",
        ",\"securityRequireSafetyNetAttestationBasicIntegrity\":",
        ",\"securityRequireSafetyNetAttestationCertifiedDevice\":",
        ",\"securityRequireUpToDateSecurityProviders\":",
        ",\"securityRequireVerifyApps\":",
        ",\"storageRequireEncryption\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidCompliancePolicy\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.version.read_from(r),
            6usize => self.assignments.read_from(r),
            7usize => self.device_setting_state_summaries.read_from(r),
            8usize => self.device_statuses.read_from(r),
            9usize => self.device_status_overview.read_from(r),
            10usize => self.scheduled_actions_for_rule.read_from(r),
            11usize => self.user_statuses.read_from(r),
            12usize => self.user_status_overview.read_from(r),
            13usize => self.device_threat_protection_enabled.read_from(r),
            14usize => self.device_threat_protection_required_security_level.read_from(r),
            15usize => self.min_android_security_patch_level.read_from(r),
            16usize => self.os_maximum_version.read_from(r),
            17usize => self.os_minimum_version.read_from(r),
            18usize => self.password_expiration_days.read_from(r),
            19usize => self.password_minimum_length.read_from(r),
            20usize => self.password_minutes_of_inactivity_before_lock.read_from(r),
            21usize => self.password_previous_password_block_count.read_from(r),
            22usize => self.password_required.read_from(r),
            23usize => self.password_required_type.read_from(r),
            24usize => self.security_block_jailbroken_devices.read_from(r),
            25usize => self.security_disable_usb_debugging.read_from(r),
            26usize => {
                self.security_prevent_install_apps_from_unknown_sources.read_from(r)
            }
            27usize => self.security_require_company_portal_app_integrity.read_from(r),
            28usize => self.security_require_google_play_services.read_from(r),
            29usize => {
                self.security_require_safety_net_attestation_basic_integrity.read_from(r)
            }
            30usize => {
                self.security_require_safety_net_attestation_certified_device
                    .read_from(r)
            }
            31usize => self.security_require_up_to_date_security_providers.read_from(r),
            32usize => self.security_require_verify_apps.read_from(r),
            33usize => self.storage_require_encryption.read_from(r),
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
        w.field(6usize, &self.assignments);
        w.field(7usize, &self.device_setting_state_summaries);
        w.field(8usize, &self.device_statuses);
        w.field(9usize, &self.device_status_overview);
        w.field(10usize, &self.scheduled_actions_for_rule);
        w.field(11usize, &self.user_statuses);
        w.field(12usize, &self.user_status_overview);
        w.field(13usize, &self.device_threat_protection_enabled);
        w.field(14usize, &self.device_threat_protection_required_security_level);
        w.field(15usize, &self.min_android_security_patch_level);
        w.field(16usize, &self.os_maximum_version);
        w.field(17usize, &self.os_minimum_version);
        w.field(18usize, &self.password_expiration_days);
        w.field(19usize, &self.password_minimum_length);
        w.field(20usize, &self.password_minutes_of_inactivity_before_lock);
        w.field(21usize, &self.password_previous_password_block_count);
        w.field(22usize, &self.password_required);
        w.field(23usize, &self.password_required_type);
        w.field(24usize, &self.security_block_jailbroken_devices);
        w.field(25usize, &self.security_disable_usb_debugging);
        w.field(26usize, &self.security_prevent_install_apps_from_unknown_sources);
        w.field(27usize, &self.security_require_company_portal_app_integrity);
        w.field(28usize, &self.security_require_google_play_services);
        w.field(29usize, &self.security_require_safety_net_attestation_basic_integrity);
        w.field(30usize, &self.security_require_safety_net_attestation_certified_device);
        w.field(31usize, &self.security_require_up_to_date_security_providers);
        w.field(32usize, &self.security_require_verify_apps);
        w.field(33usize, &self.storage_require_encryption);
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
            6usize => ::std::option::Option::Some(&self.assignments),
            7usize => ::std::option::Option::Some(&self.device_setting_state_summaries),
            8usize => ::std::option::Option::Some(&self.device_statuses),
            9usize => ::std::option::Option::Some(&self.device_status_overview),
            10usize => ::std::option::Option::Some(&self.scheduled_actions_for_rule),
            11usize => ::std::option::Option::Some(&self.user_statuses),
            12usize => ::std::option::Option::Some(&self.user_status_overview),
            13usize => {
                ::std::option::Option::Some(&self.device_threat_protection_enabled)
            }
            14usize => {
                ::std::option::Option::Some(
                    &self.device_threat_protection_required_security_level,
                )
            }
            15usize => {
                ::std::option::Option::Some(&self.min_android_security_patch_level)
            }
            16usize => ::std::option::Option::Some(&self.os_maximum_version),
            17usize => ::std::option::Option::Some(&self.os_minimum_version),
            18usize => ::std::option::Option::Some(&self.password_expiration_days),
            19usize => ::std::option::Option::Some(&self.password_minimum_length),
            20usize => {
                ::std::option::Option::Some(
                    &self.password_minutes_of_inactivity_before_lock,
                )
            }
            21usize => {
                ::std::option::Option::Some(&self.password_previous_password_block_count)
            }
            22usize => ::std::option::Option::Some(&self.password_required),
            23usize => ::std::option::Option::Some(&self.password_required_type),
            24usize => {
                ::std::option::Option::Some(&self.security_block_jailbroken_devices)
            }
            25usize => ::std::option::Option::Some(&self.security_disable_usb_debugging),
            26usize => {
                ::std::option::Option::Some(
                    &self.security_prevent_install_apps_from_unknown_sources,
                )
            }
            27usize => {
                ::std::option::Option::Some(
                    &self.security_require_company_portal_app_integrity,
                )
            }
            28usize => {
                ::std::option::Option::Some(&self.security_require_google_play_services)
            }
            29usize => {
                ::std::option::Option::Some(
                    &self.security_require_safety_net_attestation_basic_integrity,
                )
            }
            30usize => {
                ::std::option::Option::Some(
                    &self.security_require_safety_net_attestation_certified_device,
                )
            }
            31usize => {
                ::std::option::Option::Some(
                    &self.security_require_up_to_date_security_providers,
                )
            }
            32usize => ::std::option::Option::Some(&self.security_require_verify_apps),
            33usize => ::std::option::Option::Some(&self.storage_require_encryption),
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
        d.field(6usize, "assignments", &self.assignments);
        d.field(
            7usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        d.field(8usize, "device_statuses", &self.device_statuses);
        d.field(9usize, "device_status_overview", &self.device_status_overview);
        d.field(10usize, "scheduled_actions_for_rule", &self.scheduled_actions_for_rule);
        d.field(11usize, "user_statuses", &self.user_statuses);
        d.field(12usize, "user_status_overview", &self.user_status_overview);
        d.field(
            13usize,
            "device_threat_protection_enabled",
            &self.device_threat_protection_enabled,
        );
        d.field(
            14usize,
            "device_threat_protection_required_security_level",
            &self.device_threat_protection_required_security_level,
        );
        d.field(
            15usize,
            "min_android_security_patch_level",
            &self.min_android_security_patch_level,
        );
        d.field(16usize, "os_maximum_version", &self.os_maximum_version);
        d.field(17usize, "os_minimum_version", &self.os_minimum_version);
        d.field(18usize, "password_expiration_days", &self.password_expiration_days);
        d.field(19usize, "password_minimum_length", &self.password_minimum_length);
        d.field(
            20usize,
            "password_minutes_of_inactivity_before_lock",
            &self.password_minutes_of_inactivity_before_lock,
        );
        d.field(
            21usize,
            "password_previous_password_block_count",
            &self.password_previous_password_block_count,
        );
        d.field(22usize, "password_required", &self.password_required);
        d.field(23usize, "password_required_type", &self.password_required_type);
        d.field(
            24usize,
            "security_block_jailbroken_devices",
            &self.security_block_jailbroken_devices,
        );
        d.field(
            25usize,
            "security_disable_usb_debugging",
            &self.security_disable_usb_debugging,
        );
        d.field(
            26usize,
            "security_prevent_install_apps_from_unknown_sources",
            &self.security_prevent_install_apps_from_unknown_sources,
        );
        d.field(
            27usize,
            "security_require_company_portal_app_integrity",
            &self.security_require_company_portal_app_integrity,
        );
        d.field(
            28usize,
            "security_require_google_play_services",
            &self.security_require_google_play_services,
        );
        d.field(
            29usize,
            "security_require_safety_net_attestation_basic_integrity",
            &self.security_require_safety_net_attestation_basic_integrity,
        );
        d.field(
            30usize,
            "security_require_safety_net_attestation_certified_device",
            &self.security_require_safety_net_attestation_certified_device,
        );
        d.field(
            31usize,
            "security_require_up_to_date_security_providers",
            &self.security_require_up_to_date_security_providers,
        );
        d.field(
            32usize,
            "security_require_verify_apps",
            &self.security_require_verify_apps,
        );
        d.field(33usize, "storage_require_encryption", &self.storage_require_encryption);
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(AndroidCompliancePolicy);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    AndroidCompliancePolicy { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_version version : i32; with_assignments assignments : ::std::vec::Vec < crate
    ::v1::DeviceCompliancePolicyAssignment >; with_device_setting_state_summaries
    device_setting_state_summaries : ::std::vec::Vec < crate
    ::v1::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::v1::DeviceComplianceDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::v1::DeviceComplianceDeviceOverview; with_scheduled_actions_for_rule
    scheduled_actions_for_rule : ::std::vec::Vec < crate
    ::v1::DeviceComplianceScheduledActionForRule >; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::v1::DeviceComplianceUserStatus >; with_user_status_overview
    user_status_overview : crate ::v1::DeviceComplianceUserOverview;
    with_device_threat_protection_enabled device_threat_protection_enabled : bool;
    with_device_threat_protection_required_security_level
    device_threat_protection_required_security_level : crate
    ::v1::DeviceThreatProtectionLevel; with_min_android_security_patch_level
    min_android_security_patch_level : ::std::string::String; with_os_maximum_version
    os_maximum_version : ::std::string::String; with_os_minimum_version
    os_minimum_version : ::std::string::String; with_password_expiration_days
    password_expiration_days : i32; with_password_minimum_length password_minimum_length
    : i32; with_password_minutes_of_inactivity_before_lock
    password_minutes_of_inactivity_before_lock : i32;
    with_password_previous_password_block_count password_previous_password_block_count :
    i32; with_password_required password_required : bool; with_password_required_type
    password_required_type : crate ::v1::AndroidRequiredPasswordType;
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
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidCompliancePolicy);
#[cfg(msgraph_v1_device_management_or_search)]
/// This topic provides descriptions of the declared methods, properties and relationships exposed by the androidCustomConfiguration resource.
///
/// CSDL: `microsoft.graph.androidCustomConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`AndroidCustomConfigurationPath`](requests/struct.AndroidCustomConfigurationPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct AndroidCustomConfiguration {
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
    /// The list of assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationAssignment>,
    >,
    /// Device Configuration Setting State Device Summary
    ///
    /// CSDL: containment navigation property `deviceSettingStateSummaries`: `Collection(microsoft.graph.settingStateDeviceSummary)`, not nullable.
    pub device_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::v1::SettingStateDeviceSummary>,
    >,
    /// Device configuration installation status by device.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.deviceConfigurationDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationDeviceStatus>,
    >,
    /// Device Configuration devices status overview
    ///
    /// CSDL: containment navigation property `deviceStatusOverview`: `microsoft.graph.deviceConfigurationDeviceOverview`, nullable.
    pub device_status_overview: rt::Field<crate::v1::DeviceConfigurationDeviceOverview>,
    /// Device configuration installation status by user.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.deviceConfigurationUserStatus)`, not nullable.
    pub user_statuses: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationUserStatus>,
    >,
    /// Device Configuration users status overview
    ///
    /// CSDL: containment navigation property `userStatusOverview`: `microsoft.graph.deviceConfigurationUserOverview`, nullable.
    pub user_status_overview: rt::Field<crate::v1::DeviceConfigurationUserOverview>,
    /// OMA settings. This collection can contain a maximum of 1000 elements.
    ///
    /// CSDL: property `omaSettings`: `Collection(microsoft.graph.omaSetting)`, nullable.
    pub oma_settings: rt::Field<::std::vec::Vec<crate::v1::AnyOmaSetting>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for AndroidCustomConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_setting_state_summaries: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_overview: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_overview: rt::Field::Absent,
            oma_settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for AndroidCustomConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.androidCustomConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "version",
        "assignments",
        "deviceSettingStateSummaries",
        "deviceStatuses",
        "deviceStatusOverview",
        "userStatuses",
        "userStatusOverview",
        "omaSettings",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"createdDateTime\":",
        ",\"description\":",
        ",\"displayName\":",
        ",\"lastModifiedDateTime\":",
        ",\"version\":",
        ",\"assignments\":",
        ",\"deviceSettingStateSummaries\":",
        ",\"deviceStatuses\":",
        ",\"deviceStatusOverview\":",
        ",\"userStatuses\":",
        ",\"userStatusOverview\":",
        ",\"omaSettings\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidCustomConfiguration\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.version.read_from(r),
            6usize => self.assignments.read_from(r),
            7usize => self.device_setting_state_summaries.read_from(r),
            8usize => self.device_statuses.read_from(r),
            9usize => self.device_status_overview.read_from(r),
            10usize => self.user_statuses.read_from(r),
            11usize => self.user_status_overview.read_from(r),
            12usize => self.oma_settings.read_from(r),
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
        w.field(6usize, &self.assignments);
        w.field(7usize, &self.device_setting_state_summaries);
        w.field(8usize, &self.device_statuses);
        w.field(9usize, &self.device_status_overview);
        w.field(10usize, &self.user_statuses);
        w.field(11usize, &self.user_status_overview);
        w.field(12usize, &self.oma_settings);
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
            6usize => ::std::option::Option::Some(&self.assignments),
            7usize => ::std::option::Option::Some(&self.device_setting_state_summaries),
            8usize => ::std::option::Option::Some(&self.device_statuses),
            9usize => ::std::option::Option::Some(&self.device_status_overview),
            10usize => ::std::option::Option::Some(&self.user_statuses),
            11usize => ::std::option::Option::Some(&self.user_status_overview),
            12usize => ::std::option::Option::Some(&self.oma_settings),
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
        d.field(6usize, "assignments", &self.assignments);
        d.field(
            7usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        d.field(8usize, "device_statuses", &self.device_statuses);
        d.field(9usize, "device_status_overview", &self.device_status_overview);
        d.field(10usize, "user_statuses", &self.user_statuses);
        d.field(11usize, "user_status_overview", &self.user_status_overview);
        d.field(12usize, "oma_settings", &self.oma_settings);
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(AndroidCustomConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    AndroidCustomConfiguration { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_version version : i32; with_assignments assignments :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationAssignment >;
    with_device_setting_state_summaries device_setting_state_summaries : ::std::vec::Vec
    < crate ::v1::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::v1::DeviceConfigurationDeviceOverview; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationUserStatus >;
    with_user_status_overview user_status_overview : crate
    ::v1::DeviceConfigurationUserOverview; with_oma_settings oma_settings :
    ::std::vec::Vec < crate ::v1::AnyOmaSetting >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidCustomConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
/// This topic provides descriptions of the declared methods, properties and relationships exposed by the androidGeneralDeviceConfiguration resource.
///
/// CSDL: `microsoft.graph.androidGeneralDeviceConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`AndroidGeneralDeviceConfigurationPath`](requests/struct.AndroidGeneralDeviceConfigurationPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct AndroidGeneralDeviceConfiguration {
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
    /// The list of assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationAssignment>,
    >,
    /// Device Configuration Setting State Device Summary
    ///
    /// CSDL: containment navigation property `deviceSettingStateSummaries`: `Collection(microsoft.graph.settingStateDeviceSummary)`, not nullable.
    pub device_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::v1::SettingStateDeviceSummary>,
    >,
    /// Device configuration installation status by device.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.deviceConfigurationDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationDeviceStatus>,
    >,
    /// Device Configuration devices status overview
    ///
    /// CSDL: containment navigation property `deviceStatusOverview`: `microsoft.graph.deviceConfigurationDeviceOverview`, nullable.
    pub device_status_overview: rt::Field<crate::v1::DeviceConfigurationDeviceOverview>,
    /// Device configuration installation status by user.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.deviceConfigurationUserStatus)`, not nullable.
    pub user_statuses: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationUserStatus>,
    >,
    /// Device Configuration users status overview
    ///
    /// CSDL: containment navigation property `userStatusOverview`: `microsoft.graph.deviceConfigurationUserOverview`, nullable.
    pub user_status_overview: rt::Field<crate::v1::DeviceConfigurationUserOverview>,
    /// Indicates whether or not to block clipboard sharing to copy and paste between applications.
    ///
    /// CSDL: property `appsBlockClipboardSharing`: `Edm.Boolean`, not nullable.
    pub apps_block_clipboard_sharing: rt::Field<bool>,
    /// Indicates whether or not to block copy and paste within applications.
    ///
    /// CSDL: property `appsBlockCopyPaste`: `Edm.Boolean`, not nullable.
    pub apps_block_copy_paste: rt::Field<bool>,
    /// Indicates whether or not to block the YouTube app.
    ///
    /// CSDL: property `appsBlockYouTube`: `Edm.Boolean`, not nullable.
    pub apps_block_you_tube: rt::Field<bool>,
    /// List of apps to be hidden on the KNOX device. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `appsHideList`: `Collection(microsoft.graph.appListItem)`, nullable.
    pub apps_hide_list: rt::Field<::std::vec::Vec<crate::v1::AppListItem>>,
    /// List of apps which can be installed on the KNOX device. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `appsInstallAllowList`: `Collection(microsoft.graph.appListItem)`, nullable.
    pub apps_install_allow_list: rt::Field<::std::vec::Vec<crate::v1::AppListItem>>,
    /// List of apps which are blocked from being launched on the KNOX device. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `appsLaunchBlockList`: `Collection(microsoft.graph.appListItem)`, nullable.
    pub apps_launch_block_list: rt::Field<::std::vec::Vec<crate::v1::AppListItem>>,
    /// Indicates whether or not to block Bluetooth.
    ///
    /// CSDL: property `bluetoothBlocked`: `Edm.Boolean`, not nullable.
    pub bluetooth_blocked: rt::Field<bool>,
    /// Indicates whether or not to block the use of the camera.
    ///
    /// CSDL: property `cameraBlocked`: `Edm.Boolean`, not nullable.
    pub camera_blocked: rt::Field<bool>,
    /// Indicates whether or not to block data roaming.
    ///
    /// CSDL: property `cellularBlockDataRoaming`: `Edm.Boolean`, not nullable.
    pub cellular_block_data_roaming: rt::Field<bool>,
    /// Indicates whether or not to block SMS/MMS messaging.
    ///
    /// CSDL: property `cellularBlockMessaging`: `Edm.Boolean`, not nullable.
    pub cellular_block_messaging: rt::Field<bool>,
    /// Indicates whether or not to block voice roaming.
    ///
    /// CSDL: property `cellularBlockVoiceRoaming`: `Edm.Boolean`, not nullable.
    pub cellular_block_voice_roaming: rt::Field<bool>,
    /// Indicates whether or not to block syncing Wi-Fi tethering.
    ///
    /// CSDL: property `cellularBlockWiFiTethering`: `Edm.Boolean`, not nullable.
    pub cellular_block_wi_fi_tethering: rt::Field<bool>,
    /// Type of list that is in the CompliantAppsList.
    ///
    /// CSDL: property `compliantAppListType`: `microsoft.graph.appListType`, not nullable.
    pub compliant_app_list_type: rt::Field<crate::v1::AppListType>,
    /// List of apps in the compliance (either allow list or block list, controlled by CompliantAppListType). This collection can contain a maximum of 10000 elements.
    ///
    /// CSDL: property `compliantAppsList`: `Collection(microsoft.graph.appListItem)`, nullable.
    pub compliant_apps_list: rt::Field<::std::vec::Vec<crate::v1::AppListItem>>,
    /// Indicates whether or not to allow device sharing mode.
    ///
    /// CSDL: property `deviceSharingAllowed`: `Edm.Boolean`, not nullable.
    pub device_sharing_allowed: rt::Field<bool>,
    /// Indicates whether or not to block diagnostic data submission.
    ///
    /// CSDL: property `diagnosticDataBlockSubmission`: `Edm.Boolean`, not nullable.
    pub diagnostic_data_block_submission: rt::Field<bool>,
    /// Indicates whether or not to block user performing a factory reset.
    ///
    /// CSDL: property `factoryResetBlocked`: `Edm.Boolean`, not nullable.
    pub factory_reset_blocked: rt::Field<bool>,
    /// Indicates whether or not to block Google account auto sync.
    ///
    /// CSDL: property `googleAccountBlockAutoSync`: `Edm.Boolean`, not nullable.
    pub google_account_block_auto_sync: rt::Field<bool>,
    /// Indicates whether or not to block the Google Play store.
    ///
    /// CSDL: property `googlePlayStoreBlocked`: `Edm.Boolean`, not nullable.
    pub google_play_store_blocked: rt::Field<bool>,
    /// A list of apps that will be allowed to run when the device is in Kiosk Mode. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `kioskModeApps`: `Collection(microsoft.graph.appListItem)`, nullable.
    pub kiosk_mode_apps: rt::Field<::std::vec::Vec<crate::v1::AppListItem>>,
    /// Indicates whether or not to block the screen sleep button while in Kiosk Mode.
    ///
    /// CSDL: property `kioskModeBlockSleepButton`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_block_sleep_button: rt::Field<bool>,
    /// Indicates whether or not to block the volume buttons while in Kiosk Mode.
    ///
    /// CSDL: property `kioskModeBlockVolumeButtons`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_block_volume_buttons: rt::Field<bool>,
    /// Indicates whether or not to block location services.
    ///
    /// CSDL: property `locationServicesBlocked`: `Edm.Boolean`, not nullable.
    pub location_services_blocked: rt::Field<bool>,
    /// Indicates whether or not to block Near-Field Communication.
    ///
    /// CSDL: property `nfcBlocked`: `Edm.Boolean`, not nullable.
    pub nfc_blocked: rt::Field<bool>,
    /// Indicates whether or not to block fingerprint unlock.
    ///
    /// CSDL: property `passwordBlockFingerprintUnlock`: `Edm.Boolean`, not nullable.
    pub password_block_fingerprint_unlock: rt::Field<bool>,
    /// Indicates whether or not to block Smart Lock and other trust agents.
    ///
    /// CSDL: property `passwordBlockTrustAgents`: `Edm.Boolean`, not nullable.
    pub password_block_trust_agents: rt::Field<bool>,
    /// Number of days before the password expires. Valid values 1 to 365
    ///
    /// CSDL: property `passwordExpirationDays`: `Edm.Int32`, nullable.
    pub password_expiration_days: rt::Field<i32>,
    /// Minimum length of passwords. Valid values 4 to 16
    ///
    /// CSDL: property `passwordMinimumLength`: `Edm.Int32`, nullable.
    pub password_minimum_length: rt::Field<i32>,
    /// Minutes of inactivity before the screen times out.
    ///
    /// CSDL: property `passwordMinutesOfInactivityBeforeScreenTimeout`: `Edm.Int32`, nullable.
    pub password_minutes_of_inactivity_before_screen_timeout: rt::Field<i32>,
    /// Number of previous passwords to block. Valid values 0 to 24
    ///
    /// CSDL: property `passwordPreviousPasswordBlockCount`: `Edm.Int32`, nullable.
    pub password_previous_password_block_count: rt::Field<i32>,
    /// Indicates whether or not to require a password.
    ///
    /// CSDL: property `passwordRequired`: `Edm.Boolean`, not nullable.
    pub password_required: rt::Field<bool>,
    /// Type of password that is required.
    ///
    /// CSDL: property `passwordRequiredType`: `microsoft.graph.androidRequiredPasswordType`, not nullable.
    pub password_required_type: rt::Field<crate::v1::AndroidRequiredPasswordType>,
    /// Number of sign in failures allowed before factory reset. Valid values 1 to 16
    ///
    /// CSDL: property `passwordSignInFailureCountBeforeFactoryReset`: `Edm.Int32`, nullable.
    pub password_sign_in_failure_count_before_factory_reset: rt::Field<i32>,
    /// Indicates whether or not to block powering off the device.
    ///
    /// CSDL: property `powerOffBlocked`: `Edm.Boolean`, not nullable.
    pub power_off_blocked: rt::Field<bool>,
    /// Indicates whether or not to block screenshots.
    ///
    /// CSDL: property `screenCaptureBlocked`: `Edm.Boolean`, not nullable.
    pub screen_capture_blocked: rt::Field<bool>,
    /// Require the Android Verify apps feature is turned on.
    ///
    /// CSDL: property `securityRequireVerifyApps`: `Edm.Boolean`, not nullable.
    pub security_require_verify_apps: rt::Field<bool>,
    /// Indicates whether or not to block Google Backup.
    ///
    /// CSDL: property `storageBlockGoogleBackup`: `Edm.Boolean`, not nullable.
    pub storage_block_google_backup: rt::Field<bool>,
    /// Indicates whether or not to block removable storage usage.
    ///
    /// CSDL: property `storageBlockRemovableStorage`: `Edm.Boolean`, not nullable.
    pub storage_block_removable_storage: rt::Field<bool>,
    /// Indicates whether or not to require device encryption.
    ///
    /// CSDL: property `storageRequireDeviceEncryption`: `Edm.Boolean`, not nullable.
    pub storage_require_device_encryption: rt::Field<bool>,
    /// Indicates whether or not to require removable storage encryption.
    ///
    /// CSDL: property `storageRequireRemovableStorageEncryption`: `Edm.Boolean`, not nullable.
    pub storage_require_removable_storage_encryption: rt::Field<bool>,
    /// Indicates whether or not to block the use of the Voice Assistant.
    ///
    /// CSDL: property `voiceAssistantBlocked`: `Edm.Boolean`, not nullable.
    pub voice_assistant_blocked: rt::Field<bool>,
    /// Indicates whether or not to block voice dialing.
    ///
    /// CSDL: property `voiceDialingBlocked`: `Edm.Boolean`, not nullable.
    pub voice_dialing_blocked: rt::Field<bool>,
    /// Indicates whether or not to block the web browser's auto fill feature.
    ///
    /// CSDL: property `webBrowserBlockAutofill`: `Edm.Boolean`, not nullable.
    pub web_browser_block_autofill: rt::Field<bool>,
    /// Indicates whether or not to block the web browser.
    ///
    /// CSDL: property `webBrowserBlocked`: `Edm.Boolean`, not nullable.
    pub web_browser_blocked: rt::Field<bool>,
    /// Indicates whether or not to block JavaScript within the web browser.
    ///
    /// CSDL: property `webBrowserBlockJavaScript`: `Edm.Boolean`, not nullable.
    pub web_browser_block_java_script: rt::Field<bool>,
    /// Indicates whether or not to block popups within the web browser.
    ///
    /// CSDL: property `webBrowserBlockPopups`: `Edm.Boolean`, not nullable.
    pub web_browser_block_popups: rt::Field<bool>,
    /// Cookie settings within the web browser.
    ///
    /// CSDL: property `webBrowserCookieSettings`: `microsoft.graph.webBrowserCookieSettings`, not nullable.
    pub web_browser_cookie_settings: rt::Field<crate::v1::WebBrowserCookieSettings>,
    /// Indicates whether or not to block syncing Wi-Fi.
    ///
    /// CSDL: property `wiFiBlocked`: `Edm.Boolean`, not nullable.
    pub wi_fi_blocked: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for AndroidGeneralDeviceConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_setting_state_summaries: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_overview: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_overview: rt::Field::Absent,
            apps_block_clipboard_sharing: rt::Field::Absent,
            apps_block_copy_paste: rt::Field::Absent,
            apps_block_you_tube: rt::Field::Absent,
            apps_hide_list: rt::Field::Absent,
            apps_install_allow_list: rt::Field::Absent,
            apps_launch_block_list: rt::Field::Absent,
            bluetooth_blocked: rt::Field::Absent,
            camera_blocked: rt::Field::Absent,
            cellular_block_data_roaming: rt::Field::Absent,
            cellular_block_messaging: rt::Field::Absent,
            cellular_block_voice_roaming: rt::Field::Absent,
            cellular_block_wi_fi_tethering: rt::Field::Absent,
            compliant_app_list_type: rt::Field::Absent,
            compliant_apps_list: rt::Field::Absent,
            device_sharing_allowed: rt::Field::Absent,
            diagnostic_data_block_submission: rt::Field::Absent,
            factory_reset_blocked: rt::Field::Absent,
            google_account_block_auto_sync: rt::Field::Absent,
            google_play_store_blocked: rt::Field::Absent,
            kiosk_mode_apps: rt::Field::Absent,
            kiosk_mode_block_sleep_button: rt::Field::Absent,
            kiosk_mode_block_volume_buttons: rt::Field::Absent,
            location_services_blocked: rt::Field::Absent,
            nfc_blocked: rt::Field::Absent,
            password_block_fingerprint_unlock: rt::Field::Absent,
            password_block_trust_agents: rt::Field::Absent,
            password_expiration_days: rt::Field::Absent,
            password_minimum_length: rt::Field::Absent,
            password_minutes_of_inactivity_before_screen_timeout: rt::Field::Absent,
            password_previous_password_block_count: rt::Field::Absent,
            password_required: rt::Field::Absent,
            password_required_type: rt::Field::Absent,
            password_sign_in_failure_count_before_factory_reset: rt::Field::Absent,
            power_off_blocked: rt::Field::Absent,
            screen_capture_blocked: rt::Field::Absent,
            security_require_verify_apps: rt::Field::Absent,
            storage_block_google_backup: rt::Field::Absent,
            storage_block_removable_storage: rt::Field::Absent,
            storage_require_device_encryption: rt::Field::Absent,
            storage_require_removable_storage_encryption: rt::Field::Absent,
            voice_assistant_blocked: rt::Field::Absent,
            voice_dialing_blocked: rt::Field::Absent,
            web_browser_block_autofill: rt::Field::Absent,
            web_browser_blocked: rt::Field::Absent,
            web_browser_block_java_script: rt::Field::Absent,
            web_browser_block_popups: rt::Field::Absent,
            web_browser_cookie_settings: rt::Field::Absent,
            wi_fi_blocked: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for AndroidGeneralDeviceConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.androidGeneralDeviceConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "version",
        "assignments",
        "deviceSettingStateSummaries",
        "deviceStatuses",
        "deviceStatusOverview",
        "userStatuses",
        "userStatusOverview",
        "appsBlockClipboardSharing",
        "appsBlockCopyPaste",
        "appsBlockYouTube",
        "appsHideList",
        "appsInstallAllowList",
        "appsLaunchBlockList",
        "bluetoothBlocked",
        "cameraBlocked",
        "cellularBlockDataRoaming",
        "cellularBlockMessaging",
        "cellularBlockVoiceRoaming",
        "cellularBlockWiFiTethering",
        "compliantAppListType",
        "compliantAppsList",
        "deviceSharingAllowed",
        "diagnosticDataBlockSubmission",
        "factoryResetBlocked",
        "googleAccountBlockAutoSync",
        "googlePlayStoreBlocked",
        "kioskModeApps",
        "kioskModeBlockSleepButton",
        "kioskModeBlockVolumeButtons",
        "locationServicesBlocked",
        "nfcBlocked",
        "passwordBlockFingerprintUnlock",
        "passwordBlockTrustAgents",
        "passwordExpirationDays",
        "passwordMinimumLength",
        "passwordMinutesOfInactivityBeforeScreenTimeout",
        "passwordPreviousPasswordBlockCount",
        "passwordRequired",
        "passwordRequiredType",
        "passwordSignInFailureCountBeforeFactoryReset",
        "powerOffBlocked",
        "screenCaptureBlocked",
        "securityRequireVerifyApps",
        "storageBlockGoogleBackup",
        "storageBlockRemovableStorage",
        "storageRequireDeviceEncryption",
        "storageRequireRemovableStorageEncryption",
        "voiceAssistantBlocked",
        "voiceDialingBlocked",
        "webBrowserBlockAutofill",
        "webBrowserBlocked",
        "webBrowserBlockJavaScript",
        "webBrowserBlockPopups",
        "webBrowserCookieSettings",
        "wiFiBlocked",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"createdDateTime\":",
        ",\"description\":",
        ",\"displayName\":",
        ",\"lastModifiedDateTime\":",
        ",\"version\":",
        ",\"assignments\":",
        ",\"deviceSettingStateSummaries\":",
        ",\"deviceStatuses\":",
        ",\"deviceStatusOverview\":",
        ",\"userStatuses\":",
        ",\"userStatusOverview\":",
        ",\"appsBlockClipboardSharing\":",
        ",\"appsBlockCopyPaste\":",
        ",\"appsBlockYouTube\":",
        ",\"appsHideList\":",
        ",\"appsInstallAllowList\":",
        ",\"appsLaunchBlockList\":",
        ",\"bluetoothBlocked\":",
        ",\"cameraBlocked\":",
        ",\"cellularBlockDataRoaming\":",
        ",\"cellularBlockMessaging\":",
        ",\"cellularBlockVoiceRoaming\":",
        ",\"cellularBlockWiFiTethering\":",
        ",\"compliantAppListType\":",
        ",\"compliantAppsList\":",
        ",\"deviceSharingAllowed\":",
        ",\"diagnosticDataBlockSubmission\":",
        ",\"factoryResetBlocked\":",
        ",\"googleAccountBlockAutoSync\":",
        ",\"googlePlayStoreBlocked\":",
        ",\"kioskModeApps\":",
        ",\"kioskModeBlockSleepButton\":",
        ",\"kioskModeBlockVolumeButtons\":",
        ",\"locationServicesBlocked\":",
        ",\"nfcBlocked\":",
        ",\"passwordBlockFingerprintUnlock\":",
        ",\"passwordBlockTrustAgents\":",
        ",\"passwordExpirationDays\":",
        ",\"passwordMinimumLength\":",
        ",\"passwordMinutesOfInactivityBeforeScreenTimeout\":",
        ",\"passwordPreviousPasswordBlockCount\":",
        ",\"passwordRequired\":",
        ",\"passwordRequiredType\":",
        ",\"passwordSignInFailureCountBeforeFactoryReset\":",
        ",\"powerOffBlocked\":",
        ",\"screenCaptureBlocked\":",
        ",\"securityRequireVerifyApps\":",
        ",\"storageBlockGoogleBackup\":",
        ",\"storageBlockRemovableStorage\":",
        ",\"storageRequireDeviceEncryption\":",
        ",\"storageRequireRemovableStorageEncryption\":",
        ",\"voiceAssistantBlocked\":",
        ",\"voiceDialingBlocked\":",
        ",\"webBrowserBlockAutofill\":",
        ",\"webBrowserBlocked\":",
        ",\"webBrowserBlockJavaScript\":",
        ",\"webBrowserBlockPopups\":",
        ",\"webBrowserCookieSettings\":",
        ",\"wiFiBlocked\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidGeneralDeviceConfiguration\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.version.read_from(r),
            6usize => self.assignments.read_from(r),
            7usize => self.device_setting_state_summaries.read_from(r),
            8usize => self.device_statuses.read_from(r),
            9usize => self.device_status_overview.read_from(r),
            10usize => self.user_statuses.read_from(r),
            11usize => self.user_status_overview.read_from(r),
            12usize => self.apps_block_clipboard_sharing.read_from(r),
            13usize => self.apps_block_copy_paste.read_from(r),
            14usize => self.apps_block_you_tube.read_from(r),
            15usize => self.apps_hide_list.read_from(r),
            16usize => self.apps_install_allow_list.read_from(r),
            17usize => self.apps_launch_block_list.read_from(r),
            18usize => self.bluetooth_blocked.read_from(r),
            19usize => self.camera_blocked.read_from(r),
            20usize => self.cellular_block_data_roaming.read_from(r),
            21usize => self.cellular_block_messaging.read_from(r),
            22usize => self.cellular_block_voice_roaming.read_from(r),
            23usize => self.cellular_block_wi_fi_tethering.read_from(r),
            24usize => self.compliant_app_list_type.read_from(r),
            25usize => self.compliant_apps_list.read_from(r),
            26usize => self.device_sharing_allowed.read_from(r),
            27usize => self.diagnostic_data_block_submission.read_from(r),
            28usize => self.factory_reset_blocked.read_from(r),
            29usize => self.google_account_block_auto_sync.read_from(r),
            30usize => self.google_play_store_blocked.read_from(r),
            31usize => self.kiosk_mode_apps.read_from(r),
            32usize => self.kiosk_mode_block_sleep_button.read_from(r),
            33usize => self.kiosk_mode_block_volume_buttons.read_from(r),
            34usize => self.location_services_blocked.read_from(r),
            35usize => self.nfc_blocked.read_from(r),
            36usize => self.password_block_fingerprint_unlock.read_from(r),
            37usize => self.password_block_trust_agents.read_from(r),
            38usize => self.password_expiration_days.read_from(r),
            39usize => self.password_minimum_length.read_from(r),
            40usize => {
                self.password_minutes_of_inactivity_before_screen_timeout.read_from(r)
            }
            41usize => self.password_previous_password_block_count.read_from(r),
            42usize => self.password_required.read_from(r),
            43usize => self.password_required_type.read_from(r),
            44usize => {
                self.password_sign_in_failure_count_before_factory_reset.read_from(r)
            }
            45usize => self.power_off_blocked.read_from(r),
            46usize => self.screen_capture_blocked.read_from(r),
            47usize => self.security_require_verify_apps.read_from(r),
            48usize => self.storage_block_google_backup.read_from(r),
            49usize => self.storage_block_removable_storage.read_from(r),
            50usize => self.storage_require_device_encryption.read_from(r),
            51usize => self.storage_require_removable_storage_encryption.read_from(r),
            52usize => self.voice_assistant_blocked.read_from(r),
            53usize => self.voice_dialing_blocked.read_from(r),
            54usize => self.web_browser_block_autofill.read_from(r),
            55usize => self.web_browser_blocked.read_from(r),
            56usize => self.web_browser_block_java_script.read_from(r),
            57usize => self.web_browser_block_popups.read_from(r),
            58usize => self.web_browser_cookie_settings.read_from(r),
            59usize => self.wi_fi_blocked.read_from(r),
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
        w.field(6usize, &self.assignments);
        w.field(7usize, &self.device_setting_state_summaries);
        w.field(8usize, &self.device_statuses);
        w.field(9usize, &self.device_status_overview);
        w.field(10usize, &self.user_statuses);
        w.field(11usize, &self.user_status_overview);
        w.field(12usize, &self.apps_block_clipboard_sharing);
        w.field(13usize, &self.apps_block_copy_paste);
        w.field(14usize, &self.apps_block_you_tube);
        w.field(15usize, &self.apps_hide_list);
        w.field(16usize, &self.apps_install_allow_list);
        w.field(17usize, &self.apps_launch_block_list);
        w.field(18usize, &self.bluetooth_blocked);
        w.field(19usize, &self.camera_blocked);
        w.field(20usize, &self.cellular_block_data_roaming);
        w.field(21usize, &self.cellular_block_messaging);
        w.field(22usize, &self.cellular_block_voice_roaming);
        w.field(23usize, &self.cellular_block_wi_fi_tethering);
        w.field(24usize, &self.compliant_app_list_type);
        w.field(25usize, &self.compliant_apps_list);
        w.field(26usize, &self.device_sharing_allowed);
        w.field(27usize, &self.diagnostic_data_block_submission);
        w.field(28usize, &self.factory_reset_blocked);
        w.field(29usize, &self.google_account_block_auto_sync);
        w.field(30usize, &self.google_play_store_blocked);
        w.field(31usize, &self.kiosk_mode_apps);
        w.field(32usize, &self.kiosk_mode_block_sleep_button);
        w.field(33usize, &self.kiosk_mode_block_volume_buttons);
        w.field(34usize, &self.location_services_blocked);
        w.field(35usize, &self.nfc_blocked);
        w.field(36usize, &self.password_block_fingerprint_unlock);
        w.field(37usize, &self.password_block_trust_agents);
        w.field(38usize, &self.password_expiration_days);
        w.field(39usize, &self.password_minimum_length);
        w.field(40usize, &self.password_minutes_of_inactivity_before_screen_timeout);
        w.field(41usize, &self.password_previous_password_block_count);
        w.field(42usize, &self.password_required);
        w.field(43usize, &self.password_required_type);
        w.field(44usize, &self.password_sign_in_failure_count_before_factory_reset);
        w.field(45usize, &self.power_off_blocked);
        w.field(46usize, &self.screen_capture_blocked);
        w.field(47usize, &self.security_require_verify_apps);
        w.field(48usize, &self.storage_block_google_backup);
        w.field(49usize, &self.storage_block_removable_storage);
        w.field(50usize, &self.storage_require_device_encryption);
        w.field(51usize, &self.storage_require_removable_storage_encryption);
        w.field(52usize, &self.voice_assistant_blocked);
        w.field(53usize, &self.voice_dialing_blocked);
        w.field(54usize, &self.web_browser_block_autofill);
        w.field(55usize, &self.web_browser_blocked);
        w.field(56usize, &self.web_browser_block_java_script);
        w.field(57usize, &self.web_browser_block_popups);
        w.field(58usize, &self.web_browser_cookie_settings);
        w.field(59usize, &self.wi_fi_blocked);
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
            6usize => ::std::option::Option::Some(&self.assignments),
            7usize => ::std::option::Option::Some(&self.device_setting_state_summaries),
            8usize => ::std::option::Option::Some(&self.device_statuses),
            9usize => ::std::option::Option::Some(&self.device_status_overview),
            10usize => ::std::option::Option::Some(&self.user_statuses),
            11usize => ::std::option::Option::Some(&self.user_status_overview),
            12usize => ::std::option::Option::Some(&self.apps_block_clipboard_sharing),
            13usize => ::std::option::Option::Some(&self.apps_block_copy_paste),
            14usize => ::std::option::Option::Some(&self.apps_block_you_tube),
            15usize => ::std::option::Option::Some(&self.apps_hide_list),
            16usize => ::std::option::Option::Some(&self.apps_install_allow_list),
            17usize => ::std::option::Option::Some(&self.apps_launch_block_list),
            18usize => ::std::option::Option::Some(&self.bluetooth_blocked),
            19usize => ::std::option::Option::Some(&self.camera_blocked),
            20usize => ::std::option::Option::Some(&self.cellular_block_data_roaming),
            21usize => ::std::option::Option::Some(&self.cellular_block_messaging),
            22usize => ::std::option::Option::Some(&self.cellular_block_voice_roaming),
            23usize => ::std::option::Option::Some(&self.cellular_block_wi_fi_tethering),
            24usize => ::std::option::Option::Some(&self.compliant_app_list_type),
            25usize => ::std::option::Option::Some(&self.compliant_apps_list),
            26usize => ::std::option::Option::Some(&self.device_sharing_allowed),
            27usize => {
                ::std::option::Option::Some(&self.diagnostic_data_block_submission)
            }
            28usize => ::std::option::Option::Some(&self.factory_reset_blocked),
            29usize => ::std::option::Option::Some(&self.google_account_block_auto_sync),
            30usize => ::std::option::Option::Some(&self.google_play_store_blocked),
            31usize => ::std::option::Option::Some(&self.kiosk_mode_apps),
            32usize => ::std::option::Option::Some(&self.kiosk_mode_block_sleep_button),
            33usize => ::std::option::Option::Some(&self.kiosk_mode_block_volume_buttons),
            34usize => ::std::option::Option::Some(&self.location_services_blocked),
            35usize => ::std::option::Option::Some(&self.nfc_blocked),
            36usize => {
                ::std::option::Option::Some(&self.password_block_fingerprint_unlock)
            }
            37usize => ::std::option::Option::Some(&self.password_block_trust_agents),
            38usize => ::std::option::Option::Some(&self.password_expiration_days),
            39usize => ::std::option::Option::Some(&self.password_minimum_length),
            40usize => {
                ::std::option::Option::Some(
                    &self.password_minutes_of_inactivity_before_screen_timeout,
                )
            }
            41usize => {
                ::std::option::Option::Some(&self.password_previous_password_block_count)
            }
            42usize => ::std::option::Option::Some(&self.password_required),
            43usize => ::std::option::Option::Some(&self.password_required_type),
            44usize => {
                ::std::option::Option::Some(
                    &self.password_sign_in_failure_count_before_factory_reset,
                )
            }
            45usize => ::std::option::Option::Some(&self.power_off_blocked),
            46usize => ::std::option::Option::Some(&self.screen_capture_blocked),
            47usize => ::std::option::Option::Some(&self.security_require_verify_apps),
            48usize => ::std::option::Option::Some(&self.storage_block_google_backup),
            49usize => ::std::option::Option::Some(&self.storage_block_removable_storage),
            50usize => {
                ::std::option::Option::Some(&self.storage_require_device_encryption)
            }
            51usize => {
                ::std::option::Option::Some(
                    &self.storage_require_removable_storage_encryption,
                )
            }
            52usize => ::std::option::Option::Some(&self.voice_assistant_blocked),
            53usize => ::std::option::Option::Some(&self.voice_dialing_blocked),
            54usize => ::std::option::Option::Some(&self.web_browser_block_autofill),
            55usize => ::std::option::Option::Some(&self.web_browser_blocked),
            56usize => ::std::option::Option::Some(&self.web_browser_block_java_script),
            57usize => ::std::option::Option::Some(&self.web_browser_block_popups),
            58usize => ::std::option::Option::Some(&self.web_browser_cookie_settings),
            59usize => ::std::option::Option::Some(&self.wi_fi_blocked),
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
        d.field(6usize, "assignments", &self.assignments);
        d.field(
            7usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        d.field(8usize, "device_statuses", &self.device_statuses);
        d.field(9usize, "device_status_overview", &self.device_status_overview);
        d.field(10usize, "user_statuses", &self.user_statuses);
        d.field(11usize, "user_status_overview", &self.user_status_overview);
        d.field(
            12usize,
            "apps_block_clipboard_sharing",
            &self.apps_block_clipboard_sharing,
        );
        d.field(13usize, "apps_block_copy_paste", &self.apps_block_copy_paste);
        d.field(14usize, "apps_block_you_tube", &self.apps_block_you_tube);
        d.field(15usize, "apps_hide_list", &self.apps_hide_list);
        d.field(16usize, "apps_install_allow_list", &self.apps_install_allow_list);
        d.field(17usize, "apps_launch_block_list", &self.apps_launch_block_list);
        d.field(18usize, "bluetooth_blocked", &self.bluetooth_blocked);
        d.field(19usize, "camera_blocked", &self.camera_blocked);
        d.field(
            20usize,
            "cellular_block_data_roaming",
            &self.cellular_block_data_roaming,
        );
        d.field(21usize, "cellular_block_messaging", &self.cellular_block_messaging);
        d.field(
            22usize,
            "cellular_block_voice_roaming",
            &self.cellular_block_voice_roaming,
        );
        d.field(
            23usize,
            "cellular_block_wi_fi_tethering",
            &self.cellular_block_wi_fi_tethering,
        );
        d.field(24usize, "compliant_app_list_type", &self.compliant_app_list_type);
        d.field(25usize, "compliant_apps_list", &self.compliant_apps_list);
        d.field(26usize, "device_sharing_allowed", &self.device_sharing_allowed);
        d.field(
            27usize,
            "diagnostic_data_block_submission",
            &self.diagnostic_data_block_submission,
        );
        d.field(28usize, "factory_reset_blocked", &self.factory_reset_blocked);
        d.field(
            29usize,
            "google_account_block_auto_sync",
            &self.google_account_block_auto_sync,
        );
        d.field(30usize, "google_play_store_blocked", &self.google_play_store_blocked);
        d.field(31usize, "kiosk_mode_apps", &self.kiosk_mode_apps);
        d.field(
            32usize,
            "kiosk_mode_block_sleep_button",
            &self.kiosk_mode_block_sleep_button,
        );
        d.field(
            33usize,
            "kiosk_mode_block_volume_buttons",
            &self.kiosk_mode_block_volume_buttons,
        );
        d.field(34usize, "location_services_blocked", &self.location_services_blocked);
        d.field(35usize, "nfc_blocked", &self.nfc_blocked);
        d.field(
            36usize,
            "password_block_fingerprint_unlock",
            &self.password_block_fingerprint_unlock,
        );
        d.field(
            37usize,
            "password_block_trust_agents",
            &self.password_block_trust_agents,
        );
        d.field(38usize, "password_expiration_days", &self.password_expiration_days);
        d.field(39usize, "password_minimum_length", &self.password_minimum_length);
        d.field(
            40usize,
            "password_minutes_of_inactivity_before_screen_timeout",
            &self.password_minutes_of_inactivity_before_screen_timeout,
        );
        d.field(
            41usize,
            "password_previous_password_block_count",
            &self.password_previous_password_block_count,
        );
        d.field(42usize, "password_required", &self.password_required);
        d.field(43usize, "password_required_type", &self.password_required_type);
        d.field(
            44usize,
            "password_sign_in_failure_count_before_factory_reset",
            &self.password_sign_in_failure_count_before_factory_reset,
        );
        d.field(45usize, "power_off_blocked", &self.power_off_blocked);
        d.field(46usize, "screen_capture_blocked", &self.screen_capture_blocked);
        d.field(
            47usize,
            "security_require_verify_apps",
            &self.security_require_verify_apps,
        );
        d.field(
            48usize,
            "storage_block_google_backup",
            &self.storage_block_google_backup,
        );
        d.field(
            49usize,
            "storage_block_removable_storage",
            &self.storage_block_removable_storage,
        );
        d.field(
            50usize,
            "storage_require_device_encryption",
            &self.storage_require_device_encryption,
        );
        d.field(
            51usize,
            "storage_require_removable_storage_encryption",
            &self.storage_require_removable_storage_encryption,
        );
        d.field(52usize, "voice_assistant_blocked", &self.voice_assistant_blocked);
        d.field(53usize, "voice_dialing_blocked", &self.voice_dialing_blocked);
        d.field(54usize, "web_browser_block_autofill", &self.web_browser_block_autofill);
        d.field(55usize, "web_browser_blocked", &self.web_browser_blocked);
        d.field(
            56usize,
            "web_browser_block_java_script",
            &self.web_browser_block_java_script,
        );
        d.field(57usize, "web_browser_block_popups", &self.web_browser_block_popups);
        d.field(
            58usize,
            "web_browser_cookie_settings",
            &self.web_browser_cookie_settings,
        );
        d.field(59usize, "wi_fi_blocked", &self.wi_fi_blocked);
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(AndroidGeneralDeviceConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    AndroidGeneralDeviceConfiguration { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_version version : i32; with_assignments assignments :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationAssignment >;
    with_device_setting_state_summaries device_setting_state_summaries : ::std::vec::Vec
    < crate ::v1::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::v1::DeviceConfigurationDeviceOverview; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationUserStatus >;
    with_user_status_overview user_status_overview : crate
    ::v1::DeviceConfigurationUserOverview; with_apps_block_clipboard_sharing
    apps_block_clipboard_sharing : bool; with_apps_block_copy_paste apps_block_copy_paste
    : bool; with_apps_block_you_tube apps_block_you_tube : bool; with_apps_hide_list
    apps_hide_list : ::std::vec::Vec < crate ::v1::AppListItem >;
    with_apps_install_allow_list apps_install_allow_list : ::std::vec::Vec < crate
    ::v1::AppListItem >; with_apps_launch_block_list apps_launch_block_list :
    ::std::vec::Vec < crate ::v1::AppListItem >; with_bluetooth_blocked bluetooth_blocked
    : bool; with_camera_blocked camera_blocked : bool; with_cellular_block_data_roaming
    cellular_block_data_roaming : bool; with_cellular_block_messaging
    cellular_block_messaging : bool; with_cellular_block_voice_roaming
    cellular_block_voice_roaming : bool; with_cellular_block_wi_fi_tethering
    cellular_block_wi_fi_tethering : bool; with_compliant_app_list_type
    compliant_app_list_type : crate ::v1::AppListType; with_compliant_apps_list
    compliant_apps_list : ::std::vec::Vec < crate ::v1::AppListItem >;
    with_device_sharing_allowed device_sharing_allowed : bool;
    with_diagnostic_data_block_submission diagnostic_data_block_submission : bool;
    with_factory_reset_blocked factory_reset_blocked : bool;
    with_google_account_block_auto_sync google_account_block_auto_sync : bool;
    with_google_play_store_blocked google_play_store_blocked : bool; with_kiosk_mode_apps
    kiosk_mode_apps : ::std::vec::Vec < crate ::v1::AppListItem >;
    with_kiosk_mode_block_sleep_button kiosk_mode_block_sleep_button : bool;
    with_kiosk_mode_block_volume_buttons kiosk_mode_block_volume_buttons : bool;
    with_location_services_blocked location_services_blocked : bool; with_nfc_blocked
    nfc_blocked : bool; with_password_block_fingerprint_unlock
    password_block_fingerprint_unlock : bool; with_password_block_trust_agents
    password_block_trust_agents : bool; with_password_expiration_days
    password_expiration_days : i32; with_password_minimum_length password_minimum_length
    : i32; with_password_minutes_of_inactivity_before_screen_timeout
    password_minutes_of_inactivity_before_screen_timeout : i32;
    with_password_previous_password_block_count password_previous_password_block_count :
    i32; with_password_required password_required : bool; with_password_required_type
    password_required_type : crate ::v1::AndroidRequiredPasswordType;
    with_password_sign_in_failure_count_before_factory_reset
    password_sign_in_failure_count_before_factory_reset : i32; with_power_off_blocked
    power_off_blocked : bool; with_screen_capture_blocked screen_capture_blocked : bool;
    with_security_require_verify_apps security_require_verify_apps : bool;
    with_storage_block_google_backup storage_block_google_backup : bool;
    with_storage_block_removable_storage storage_block_removable_storage : bool;
    with_storage_require_device_encryption storage_require_device_encryption : bool;
    with_storage_require_removable_storage_encryption
    storage_require_removable_storage_encryption : bool; with_voice_assistant_blocked
    voice_assistant_blocked : bool; with_voice_dialing_blocked voice_dialing_blocked :
    bool; with_web_browser_block_autofill web_browser_block_autofill : bool;
    with_web_browser_blocked web_browser_blocked : bool;
    with_web_browser_block_java_script web_browser_block_java_script : bool;
    with_web_browser_block_popups web_browser_block_popups : bool;
    with_web_browser_cookie_settings web_browser_cookie_settings : crate
    ::v1::WebBrowserCookieSettings; with_wi_fi_blocked wi_fi_blocked : bool; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidGeneralDeviceConfiguration);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties and inherited properties for Android Line Of Business apps.
///
/// CSDL: `microsoft.graph.androidLobApp`, entity type, derived from `microsoft.graph.mobileLobApp`, key `id`.
///
/// Request builders: [`AndroidLobAppPath`](requests/struct.AndroidLobAppPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct AndroidLobApp {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the app was created. This property is read-only.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
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
    /// The value indicating whether the app is marked as featured by the admin.
    ///
    /// CSDL: property `isFeatured`: `Edm.Boolean`, not nullable.
    pub is_featured: rt::Field<bool>,
    /// The large icon, to be displayed in the app details and used for upload of the icon.
    ///
    /// CSDL: property `largeIcon`: `microsoft.graph.mimeContent`, nullable.
    pub large_icon: rt::Field<crate::v1::MimeContent>,
    /// The date and time the app was last modified. This property is read-only.
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
    /// The publishing state for the app. The app cannot be assigned unless the app is published. This property is read-only.
    ///
    /// CSDL: property `publishingState`: `microsoft.graph.mobileAppPublishingState`, not nullable.
    pub publishing_state: rt::Field<crate::v1::MobileAppPublishingState>,
    /// The list of group assignments for this mobile app.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.mobileAppAssignment)`, not nullable.
    pub assignments: rt::Field<::std::vec::Vec<crate::v1::MobileAppAssignment>>,
    /// The list of categories for this app.
    ///
    /// CSDL: navigation property `categories`: `Collection(microsoft.graph.mobileAppCategory)`, not nullable.
    pub categories: rt::Field<::std::vec::Vec<crate::v1::MobileAppCategory>>,
    /// The internal committed content version.
    ///
    /// CSDL: property `committedContentVersion`: `Edm.String`, nullable.
    pub committed_content_version: rt::Field<::std::string::String>,
    /// The name of the main LOB application file.
    ///
    /// CSDL: property `fileName`: `Edm.String`, nullable.
    pub file_name: rt::Field<::std::string::String>,
    /// The total size, including all uploaded files. This property is read-only.
    ///
    /// CSDL: property `size`: `Edm.Int64`, not nullable.
    pub size: rt::Field<i64>,
    /// The list of content versions for this app. This property is read-only.
    ///
    /// CSDL: containment navigation property `contentVersions`: `Collection(microsoft.graph.mobileAppContent)`, not nullable.
    pub content_versions: rt::Field<::std::vec::Vec<crate::v1::MobileAppContent>>,
    /// The value for the minimum applicable operating system.
    ///
    /// CSDL: property `minimumSupportedOperatingSystem`: `microsoft.graph.androidMinimumOperatingSystem`, nullable.
    pub minimum_supported_operating_system: rt::Field<
        crate::v1::AndroidMinimumOperatingSystem,
    >,
    /// The package identifier.
    ///
    /// CSDL: property `packageId`: `Edm.String`, nullable.
    pub package_id: rt::Field<::std::string::String>,
    /// The version code of Android Line of Business (LoB) app.
    ///
    /// CSDL: property `versionCode`: `Edm.String`, nullable.
    pub version_code: rt::Field<::std::string::String>,
    /// The version name of Android Line of Business (LoB) app.
    ///
    /// CSDL: property `versionName`: `Edm.String`, nullable.
    pub version_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for AndroidLobApp {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            developer: rt::Field::Absent,
            display_name: rt::Field::Absent,
            information_url: rt::Field::Absent,
            is_featured: rt::Field::Absent,
            large_icon: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            notes: rt::Field::Absent,
            owner: rt::Field::Absent,
            privacy_information_url: rt::Field::Absent,
            publisher: rt::Field::Absent,
            publishing_state: rt::Field::Absent,
            assignments: rt::Field::Absent,
            categories: rt::Field::Absent,
            committed_content_version: rt::Field::Absent,
            file_name: rt::Field::Absent,
            size: rt::Field::Absent,
            content_versions: rt::Field::Absent,
            minimum_supported_operating_system: rt::Field::Absent,
            package_id: rt::Field::Absent,
            version_code: rt::Field::Absent,
            version_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for AndroidLobApp {
    const TYPE_NAME: &'static str = "microsoft.graph.androidLobApp";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "developer",
        "displayName",
        "informationUrl",
        "isFeatured",
        "largeIcon",
        "lastModifiedDateTime",
        "notes",
        "owner",
        "privacyInformationUrl",
        "publisher",
        "publishingState",
        "assignments",
        "categories",
        "committedContentVersion",
        "fileName",
        "size",
        "contentVersions",
        "minimumSupportedOperatingSystem",
        "packageId",
        "versionCode",
        "versionName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"createdDateTime\":",
        ",\"description\":",
        ",\"developer\":",
        ",\"displayName\":",
        ",\"informationUrl\":",
        ",\"isFeatured\":",
        ",\"largeIcon\":",
        ",\"lastModifiedDateTime\":",
        ",\"notes\":",
        ",\"owner\":",
        ",\"privacyInformationUrl\":",
        ",\"publisher\":",
        ",\"publishingState\":",
        ",\"assignments\":",
        ",\"categories\":",
        ",\"committedContentVersion\":",
        ",\"fileName\":",
        ",\"size\":",
        ",\"contentVersions\":",
        ",\"minimumSupportedOperatingSystem\":",
        ",\"packageId\":",
        ",\"versionCode\":",
        ",\"versionName\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidLobApp\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.developer.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.information_url.read_from(r),
            6usize => self.is_featured.read_from(r),
            7usize => self.large_icon.read_from(r),
            8usize => self.last_modified_date_time.read_from(r),
            9usize => self.notes.read_from(r),
            10usize => self.owner.read_from(r),
            11usize => self.privacy_information_url.read_from(r),
            12usize => self.publisher.read_from(r),
            13usize => self.publishing_state.read_from(r),
            14usize => self.assignments.read_from(r),
            15usize => self.categories.read_from(r),
            16usize => self.committed_content_version.read_from(r),
            17usize => self.file_name.read_from(r),
            18usize => self.size.read_from(r),
            19usize => self.content_versions.read_from(r),
            20usize => self.minimum_supported_operating_system.read_from(r),
            21usize => self.package_id.read_from(r),
            22usize => self.version_code.read_from(r),
            23usize => self.version_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.developer);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.information_url);
        w.field(6usize, &self.is_featured);
        w.field(7usize, &self.large_icon);
        w.field(8usize, &self.last_modified_date_time);
        w.field(9usize, &self.notes);
        w.field(10usize, &self.owner);
        w.field(11usize, &self.privacy_information_url);
        w.field(12usize, &self.publisher);
        w.field(13usize, &self.publishing_state);
        w.field(14usize, &self.assignments);
        w.field(15usize, &self.categories);
        w.field(16usize, &self.committed_content_version);
        w.field(17usize, &self.file_name);
        w.field(18usize, &self.size);
        w.field(19usize, &self.content_versions);
        w.field(20usize, &self.minimum_supported_operating_system);
        w.field(21usize, &self.package_id);
        w.field(22usize, &self.version_code);
        w.field(23usize, &self.version_name);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.created_date_time),
            2usize => ::std::option::Option::Some(&self.description),
            3usize => ::std::option::Option::Some(&self.developer),
            4usize => ::std::option::Option::Some(&self.display_name),
            5usize => ::std::option::Option::Some(&self.information_url),
            6usize => ::std::option::Option::Some(&self.is_featured),
            7usize => ::std::option::Option::Some(&self.large_icon),
            8usize => ::std::option::Option::Some(&self.last_modified_date_time),
            9usize => ::std::option::Option::Some(&self.notes),
            10usize => ::std::option::Option::Some(&self.owner),
            11usize => ::std::option::Option::Some(&self.privacy_information_url),
            12usize => ::std::option::Option::Some(&self.publisher),
            13usize => ::std::option::Option::Some(&self.publishing_state),
            14usize => ::std::option::Option::Some(&self.assignments),
            15usize => ::std::option::Option::Some(&self.categories),
            16usize => ::std::option::Option::Some(&self.committed_content_version),
            17usize => ::std::option::Option::Some(&self.file_name),
            18usize => ::std::option::Option::Some(&self.size),
            19usize => ::std::option::Option::Some(&self.content_versions),
            20usize => {
                ::std::option::Option::Some(&self.minimum_supported_operating_system)
            }
            21usize => ::std::option::Option::Some(&self.package_id),
            22usize => ::std::option::Option::Some(&self.version_code),
            23usize => ::std::option::Option::Some(&self.version_name),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "created_date_time", &self.created_date_time);
        d.field(2usize, "description", &self.description);
        d.field(3usize, "developer", &self.developer);
        d.field(4usize, "display_name", &self.display_name);
        d.field(5usize, "information_url", &self.information_url);
        d.field(6usize, "is_featured", &self.is_featured);
        d.field(7usize, "large_icon", &self.large_icon);
        d.field(8usize, "last_modified_date_time", &self.last_modified_date_time);
        d.field(9usize, "notes", &self.notes);
        d.field(10usize, "owner", &self.owner);
        d.field(11usize, "privacy_information_url", &self.privacy_information_url);
        d.field(12usize, "publisher", &self.publisher);
        d.field(13usize, "publishing_state", &self.publishing_state);
        d.field(14usize, "assignments", &self.assignments);
        d.field(15usize, "categories", &self.categories);
        d.field(16usize, "committed_content_version", &self.committed_content_version);
        d.field(17usize, "file_name", &self.file_name);
        d.field(18usize, "size", &self.size);
        d.field(19usize, "content_versions", &self.content_versions);
        d.field(
            20usize,
            "minimum_supported_operating_system",
            &self.minimum_supported_operating_system,
        );
        d.field(21usize, "package_id", &self.package_id);
        d.field(22usize, "version_code", &self.version_code);
        d.field(23usize, "version_name", &self.version_name);
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_object!(AndroidLobApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    AndroidLobApp { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_developer developer : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_information_url
    information_url : ::std::string::String; with_is_featured is_featured : bool;
    with_large_icon large_icon : crate ::v1::MimeContent; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_notes notes :
    ::std::string::String; with_owner owner : ::std::string::String;
    with_privacy_information_url privacy_information_url : ::std::string::String;
    with_publisher publisher : ::std::string::String; with_publishing_state
    publishing_state : crate ::v1::MobileAppPublishingState; with_assignments assignments
    : ::std::vec::Vec < crate ::v1::MobileAppAssignment >; with_categories categories :
    ::std::vec::Vec < crate ::v1::MobileAppCategory >; with_committed_content_version
    committed_content_version : ::std::string::String; with_file_name file_name :
    ::std::string::String; with_size size : i64; with_content_versions content_versions :
    ::std::vec::Vec < crate ::v1::MobileAppContent >;
    with_minimum_supported_operating_system minimum_supported_operating_system : crate
    ::v1::AndroidMinimumOperatingSystem; with_package_id package_id :
    ::std::string::String; with_version_code version_code : ::std::string::String;
    with_version_name version_name : ::std::string::String; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidLobApp);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Policy used to configure detailed management settings targeted to specific security groups and for a specified set of apps on an Android device
///
/// CSDL: `microsoft.graph.androidManagedAppProtection`, entity type, derived from `microsoft.graph.targetedManagedAppProtection`, key `id`.
///
/// Request builders: [`AndroidManagedAppProtectionPath`](requests/struct.AndroidManagedAppProtectionPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct AndroidManagedAppProtection {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the policy was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The policy's description.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Policy display name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Last time the policy was modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Version of the entity.
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Data storage locations where a user may store managed data.
    ///
    /// CSDL: property `allowedDataStorageLocations`: `Collection(microsoft.graph.managedAppDataStorageLocation)`, not nullable.
    pub allowed_data_storage_locations: rt::Field<
        ::std::vec::Vec<crate::v1::ManagedAppDataStorageLocation>,
    >,
    /// Sources from which data is allowed to be transferred.
    ///
    /// CSDL: property `allowedInboundDataTransferSources`: `microsoft.graph.managedAppDataTransferLevel`, not nullable.
    pub allowed_inbound_data_transfer_sources: rt::Field<
        crate::v1::ManagedAppDataTransferLevel,
    >,
    /// The level to which the clipboard may be shared between apps on the managed device.
    ///
    /// CSDL: property `allowedOutboundClipboardSharingLevel`: `microsoft.graph.managedAppClipboardSharingLevel`, not nullable.
    pub allowed_outbound_clipboard_sharing_level: rt::Field<
        crate::v1::ManagedAppClipboardSharingLevel,
    >,
    /// Destinations to which data is allowed to be transferred.
    ///
    /// CSDL: property `allowedOutboundDataTransferDestinations`: `microsoft.graph.managedAppDataTransferLevel`, not nullable.
    pub allowed_outbound_data_transfer_destinations: rt::Field<
        crate::v1::ManagedAppDataTransferLevel,
    >,
    /// Indicates whether contacts can be synced to the user's device.
    ///
    /// CSDL: property `contactSyncBlocked`: `Edm.Boolean`, not nullable.
    pub contact_sync_blocked: rt::Field<bool>,
    /// Indicates whether the backup of a managed app's data is blocked.
    ///
    /// CSDL: property `dataBackupBlocked`: `Edm.Boolean`, not nullable.
    pub data_backup_blocked: rt::Field<bool>,
    /// Indicates whether device compliance is required.
    ///
    /// CSDL: property `deviceComplianceRequired`: `Edm.Boolean`, not nullable.
    pub device_compliance_required: rt::Field<bool>,
    /// Indicates whether use of the app pin is required if the device pin is set.
    ///
    /// CSDL: property `disableAppPinIfDevicePinIsSet`: `Edm.Boolean`, not nullable.
    pub disable_app_pin_if_device_pin_is_set: rt::Field<bool>,
    /// Indicates whether use of the fingerprint reader is allowed in place of a pin if PinRequired is set to True.
    ///
    /// CSDL: property `fingerprintBlocked`: `Edm.Boolean`, not nullable.
    pub fingerprint_blocked: rt::Field<bool>,
    /// Indicates in which managed browser(s) that internet links should be opened. When this property is configured, ManagedBrowserToOpenLinksRequired should be true.
    ///
    /// CSDL: property `managedBrowser`: `microsoft.graph.managedBrowserType`, not nullable.
    pub managed_browser: rt::Field<rt::Flags<crate::v1::ManagedBrowserType>>,
    /// Indicates whether internet links should be opened in the managed browser app, or any custom browser specified by CustomBrowserProtocol (for iOS) or CustomBrowserPackageId/CustomBrowserDisplayName (for Android)
    ///
    /// CSDL: property `managedBrowserToOpenLinksRequired`: `Edm.Boolean`, not nullable.
    pub managed_browser_to_open_links_required: rt::Field<bool>,
    /// Maximum number of incorrect pin retry attempts before the managed app is either blocked or wiped. Valid values 1 to 65535
    ///
    /// CSDL: property `maximumPinRetries`: `Edm.Int32`, not nullable.
    pub maximum_pin_retries: rt::Field<i32>,
    /// Minimum pin length required for an app-level pin if PinRequired is set to True
    ///
    /// CSDL: property `minimumPinLength`: `Edm.Int32`, not nullable.
    pub minimum_pin_length: rt::Field<i32>,
    /// Versions less than the specified version will block the managed app from accessing company data.
    ///
    /// CSDL: property `minimumRequiredAppVersion`: `Edm.String`, nullable.
    pub minimum_required_app_version: rt::Field<::std::string::String>,
    /// Versions less than the specified version will block the managed app from accessing company data.
    ///
    /// CSDL: property `minimumRequiredOsVersion`: `Edm.String`, nullable.
    pub minimum_required_os_version: rt::Field<::std::string::String>,
    /// Versions less than the specified version will result in warning message on the managed app.
    ///
    /// CSDL: property `minimumWarningAppVersion`: `Edm.String`, nullable.
    pub minimum_warning_app_version: rt::Field<::std::string::String>,
    /// Versions less than the specified version will result in warning message on the managed app from accessing company data.
    ///
    /// CSDL: property `minimumWarningOsVersion`: `Edm.String`, nullable.
    pub minimum_warning_os_version: rt::Field<::std::string::String>,
    /// Indicates whether organizational credentials are required for app use.
    ///
    /// CSDL: property `organizationalCredentialsRequired`: `Edm.Boolean`, not nullable.
    pub organizational_credentials_required: rt::Field<bool>,
    /// TimePeriod before the all-level pin must be reset if PinRequired is set to True.
    ///
    /// CSDL: property `periodBeforePinReset`: `Edm.Duration`, not nullable.
    pub period_before_pin_reset: rt::Field<rt::edm::Duration>,
    /// The period after which access is checked when the device is not connected to the internet.
    ///
    /// CSDL: property `periodOfflineBeforeAccessCheck`: `Edm.Duration`, not nullable.
    pub period_offline_before_access_check: rt::Field<rt::edm::Duration>,
    /// The amount of time an app is allowed to remain disconnected from the internet before all managed data it is wiped.
    ///
    /// CSDL: property `periodOfflineBeforeWipeIsEnforced`: `Edm.Duration`, not nullable.
    pub period_offline_before_wipe_is_enforced: rt::Field<rt::edm::Duration>,
    /// The period after which access is checked when the device is connected to the internet.
    ///
    /// CSDL: property `periodOnlineBeforeAccessCheck`: `Edm.Duration`, not nullable.
    pub period_online_before_access_check: rt::Field<rt::edm::Duration>,
    /// Character set which may be used for an app-level pin if PinRequired is set to True.
    ///
    /// CSDL: property `pinCharacterSet`: `microsoft.graph.managedAppPinCharacterSet`, not nullable.
    pub pin_character_set: rt::Field<crate::v1::ManagedAppPinCharacterSet>,
    /// Indicates whether an app-level pin is required.
    ///
    /// CSDL: property `pinRequired`: `Edm.Boolean`, not nullable.
    pub pin_required: rt::Field<bool>,
    /// Indicates whether printing is allowed from managed apps.
    ///
    /// CSDL: property `printBlocked`: `Edm.Boolean`, not nullable.
    pub print_blocked: rt::Field<bool>,
    /// Indicates whether users may use the "Save As" menu item to save a copy of protected files.
    ///
    /// CSDL: property `saveAsBlocked`: `Edm.Boolean`, not nullable.
    pub save_as_blocked: rt::Field<bool>,
    /// Indicates whether simplePin is blocked.
    ///
    /// CSDL: property `simplePinBlocked`: `Edm.Boolean`, not nullable.
    pub simple_pin_blocked: rt::Field<bool>,
    /// Indicates if the policy is deployed to any inclusion groups or not.
    ///
    /// CSDL: property `isAssigned`: `Edm.Boolean`, not nullable.
    pub is_assigned: rt::Field<bool>,
    /// Navigation property to list of inclusion and exclusion groups to which the policy is deployed.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.targetedManagedAppPolicyAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::TargetedManagedAppPolicyAssignment>,
    >,
    /// Friendly name of the preferred custom browser to open weblink on Android. When this property is configured, ManagedBrowserToOpenLinksRequired should be true.
    ///
    /// CSDL: property `customBrowserDisplayName`: `Edm.String`, nullable.
    pub custom_browser_display_name: rt::Field<::std::string::String>,
    /// Unique identifier of the preferred custom browser to open weblink on Android. When this property is configured, ManagedBrowserToOpenLinksRequired should be true.
    ///
    /// CSDL: property `customBrowserPackageId`: `Edm.String`, nullable.
    pub custom_browser_package_id: rt::Field<::std::string::String>,
    /// Count of apps to which the current policy is deployed.
    ///
    /// CSDL: property `deployedAppCount`: `Edm.Int32`, not nullable.
    pub deployed_app_count: rt::Field<i32>,
    /// When this setting is enabled, app level encryption is disabled if device level encryption is enabled
    ///
    /// CSDL: property `disableAppEncryptionIfDeviceEncryptionIsEnabled`: `Edm.Boolean`, not nullable.
    pub disable_app_encryption_if_device_encryption_is_enabled: rt::Field<bool>,
    /// Indicates whether application data for managed apps should be encrypted
    ///
    /// CSDL: property `encryptAppData`: `Edm.Boolean`, not nullable.
    pub encrypt_app_data: rt::Field<bool>,
    /// Define the oldest required Android security patch level a user can have to gain secure access to the app.
    ///
    /// CSDL: property `minimumRequiredPatchVersion`: `Edm.String`, nullable.
    pub minimum_required_patch_version: rt::Field<::std::string::String>,
    /// Define the oldest recommended Android security patch level a user can have for secure access to the app.
    ///
    /// CSDL: property `minimumWarningPatchVersion`: `Edm.String`, nullable.
    pub minimum_warning_patch_version: rt::Field<::std::string::String>,
    /// Indicates whether a managed user can take screen captures of managed apps
    ///
    /// CSDL: property `screenCaptureBlocked`: `Edm.Boolean`, not nullable.
    pub screen_capture_blocked: rt::Field<bool>,
    /// List of apps to which the policy is deployed.
    ///
    /// CSDL: containment navigation property `apps`: `Collection(microsoft.graph.managedMobileApp)`, not nullable.
    pub apps: rt::Field<::std::vec::Vec<crate::v1::ManagedMobileApp>>,
    /// Navigation property to deployment summary of the configuration.
    ///
    /// CSDL: containment navigation property `deploymentSummary`: `microsoft.graph.managedAppPolicyDeploymentSummary`, nullable.
    pub deployment_summary: rt::Field<crate::v1::ManagedAppPolicyDeploymentSummary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for AndroidManagedAppProtection {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            version: rt::Field::Absent,
            allowed_data_storage_locations: rt::Field::Absent,
            allowed_inbound_data_transfer_sources: rt::Field::Absent,
            allowed_outbound_clipboard_sharing_level: rt::Field::Absent,
            allowed_outbound_data_transfer_destinations: rt::Field::Absent,
            contact_sync_blocked: rt::Field::Absent,
            data_backup_blocked: rt::Field::Absent,
            device_compliance_required: rt::Field::Absent,
            disable_app_pin_if_device_pin_is_set: rt::Field::Absent,
            fingerprint_blocked: rt::Field::Absent,
            managed_browser: rt::Field::Absent,
            managed_browser_to_open_links_required: rt::Field::Absent,
            maximum_pin_retries: rt::Field::Absent,
            minimum_pin_length: rt::Field::Absent,
            minimum_required_app_version: rt::Field::Absent,
            minimum_required_os_version: rt::Field::Absent,
            minimum_warning_app_version: rt::Field::Absent,
            minimum_warning_os_version: rt::Field::Absent,
            organizational_credentials_required: rt::Field::Absent,
            period_before_pin_reset: rt::Field::Absent,
            period_offline_before_access_check: rt::Field::Absent,
            period_offline_before_wipe_is_enforced: rt::Field::Absent,
            period_online_before_access_check: rt::Field::Absent,
            pin_character_set: rt::Field::Absent,
            pin_required: rt::Field::Absent,
            print_blocked: rt::Field::Absent,
            save_as_blocked: rt::Field::Absent,
            simple_pin_blocked: rt::Field::Absent,
            is_assigned: rt::Field::Absent,
            assignments: rt::Field::Absent,
            custom_browser_display_name: rt::Field::Absent,
            custom_browser_package_id: rt::Field::Absent,
            deployed_app_count: rt::Field::Absent,
            disable_app_encryption_if_device_encryption_is_enabled: rt::Field::Absent,
            encrypt_app_data: rt::Field::Absent,
            minimum_required_patch_version: rt::Field::Absent,
            minimum_warning_patch_version: rt::Field::Absent,
            screen_capture_blocked: rt::Field::Absent,
            apps: rt::Field::Absent,
            deployment_summary: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Object for AndroidManagedAppProtection {
    const TYPE_NAME: &'static str = "microsoft.graph.androidManagedAppProtection";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "version",
        "allowedDataStorageLocations",
        "allowedInboundDataTransferSources",
        "allowedOutboundClipboardSharingLevel",
        "allowedOutboundDataTransferDestinations",
        "contactSyncBlocked",
        "dataBackupBlocked",
        "deviceComplianceRequired",
        "disableAppPinIfDevicePinIsSet",
        "fingerprintBlocked",
        "managedBrowser",
        "managedBrowserToOpenLinksRequired",
        "maximumPinRetries",
        "minimumPinLength",
        "minimumRequiredAppVersion",
        "minimumRequiredOsVersion",
        "minimumWarningAppVersion",
        "minimumWarningOsVersion",
        "organizationalCredentialsRequired",
        "periodBeforePinReset",
        "periodOfflineBeforeAccessCheck",
        "periodOfflineBeforeWipeIsEnforced",
        "periodOnlineBeforeAccessCheck",
        "pinCharacterSet",
        "pinRequired",
        "printBlocked",
        "saveAsBlocked",
        "simplePinBlocked",
        "isAssigned",
        "assignments",
        "customBrowserDisplayName",
        "customBrowserPackageId",
        "deployedAppCount",
        "disableAppEncryptionIfDeviceEncryptionIsEnabled",
        "encryptAppData",
        "minimumRequiredPatchVersion",
        "minimumWarningPatchVersion",
        "screenCaptureBlocked",
        "apps",
        "deploymentSummary",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"createdDateTime\":",
        ",\"description\":",
        ",\"displayName\":",
        ",\"lastModifiedDateTime\":",
        ",\"version\":",
        ",\"allowedDataStorageLocations\":",
        ",\"allowedInboundDataTransferSources\":",
        ",\"allowedOutboundClipboardSharingLevel\":",
        ",\"allowedOutboundDataTransferDestinations\":",
        ",\"contactSyncBlocked\":",
        ",\"dataBackupBlocked\":",
        ",\"deviceComplianceRequired\":",
        ",\"disableAppPinIfDevicePinIsSet\":",
        ",\"fingerprintBlocked\":",
        ",\"managedBrowser\":",
        ",\"managedBrowserToOpenLinksRequired\":",
        ",\"maximumPinRetries\":",
        ",\"minimumPinLength\":",
        ",\"minimumRequiredAppVersion\":",
        ",\"minimumRequiredOsVersion\":",
        ",\"minimumWarningAppVersion\":",
        ",\"minimumWarningOsVersion\":",
        ",\"organizationalCredentialsRequired\":",
        ",\"periodBeforePinReset\":",
        ",\"periodOfflineBeforeAccessCheck\":",
        ",\"periodOfflineBeforeWipeIsEnforced\":",
        ",\"periodOnlineBeforeAccessCheck\":",
        ",\"pinCharacterSet\":",
        ",\"pinRequired\":",
        ",\"printBlocked\":",
        ",\"saveAsBlocked\":",
        ",\"simplePinBlocked\":",
        ",\"isAssigned\":",
        ",\"assignments\":",
        ",\"customBrowserDisplayName\":",
        ",\"customBrowserPackageId\":",
        ",\"deployedAppCount\":",
        ",\"disableAppEncryptionIfDeviceEncryptionIsEnabled\":",
        ",\"encryptAppData\":",
        ",\"minimumRequiredPatchVersion\":",
        ",\"minimumWarningPatchVersion\":",
        ",\"screenCaptureBlocked\":",
        ",\"apps\":",
        ",\"deploymentSummary\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidManagedAppProtection\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.version.read_from(r),
            6usize => self.allowed_data_storage_locations.read_from(r),
            7usize => self.allowed_inbound_data_transfer_sources.read_from(r),
            8usize => self.allowed_outbound_clipboard_sharing_level.read_from(r),
            9usize => self.allowed_outbound_data_transfer_destinations.read_from(r),
            10usize => self.contact_sync_blocked.read_from(r),
            11usize => self.data_backup_blocked.read_from(r),
            12usize => self.device_compliance_required.read_from(r),
            13usize => self.disable_app_pin_if_device_pin_is_set.read_from(r),
            14usize => self.fingerprint_blocked.read_from(r),
            15usize => self.managed_browser.read_from(r),
            16usize => self.managed_browser_to_open_links_required.read_from(r),
            17usize => self.maximum_pin_retries.read_from(r),
            18usize => self.minimum_pin_length.read_from(r),
            19usize => self.minimum_required_app_version.read_from(r),
            20usize => self.minimum_required_os_version.read_from(r),
            21usize => self.minimum_warning_app_version.read_from(r),
            22usize => self.minimum_warning_os_version.read_from(r),
            23usize => self.organizational_credentials_required.read_from(r),
            24usize => self.period_before_pin_reset.read_from(r),
            25usize => self.period_offline_before_access_check.read_from(r),
            26usize => self.period_offline_before_wipe_is_enforced.read_from(r),
            27usize => self.period_online_before_access_check.read_from(r),
            28usize => self.pin_character_set.read_from(r),
            29usize => self.pin_required.read_from(r),
            30usize => self.print_blocked.read_from(r),
            31usize => self.save_as_blocked.read_from(r),
            32usize => self.simple_pin_blocked.read_from(r),
            33usize => self.is_assigned.read_from(r),
            34usize => self.assignments.read_from(r),
            35usize => self.custom_browser_display_name.read_from(r),
            36usize => self.custom_browser_package_id.read_from(r),
            37usize => self.deployed_app_count.read_from(r),
            38usize => {
                self.disable_app_encryption_if_device_encryption_is_enabled.read_from(r)
            }
            39usize => self.encrypt_app_data.read_from(r),
            40usize => self.minimum_required_patch_version.read_from(r),
            41usize => self.minimum_warning_patch_version.read_from(r),
            42usize => self.screen_capture_blocked.read_from(r),
            43usize => self.apps.read_from(r),
            44usize => self.deployment_summary.read_from(r),
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
        w.field(6usize, &self.allowed_data_storage_locations);
        w.field(7usize, &self.allowed_inbound_data_transfer_sources);
        w.field(8usize, &self.allowed_outbound_clipboard_sharing_level);
        w.field(9usize, &self.allowed_outbound_data_transfer_destinations);
        w.field(10usize, &self.contact_sync_blocked);
        w.field(11usize, &self.data_backup_blocked);
        w.field(12usize, &self.device_compliance_required);
        w.field(13usize, &self.disable_app_pin_if_device_pin_is_set);
        w.field(14usize, &self.fingerprint_blocked);
        w.field(15usize, &self.managed_browser);
        w.field(16usize, &self.managed_browser_to_open_links_required);
        w.field(17usize, &self.maximum_pin_retries);
        w.field(18usize, &self.minimum_pin_length);
        w.field(19usize, &self.minimum_required_app_version);
        w.field(20usize, &self.minimum_required_os_version);
        w.field(21usize, &self.minimum_warning_app_version);
        w.field(22usize, &self.minimum_warning_os_version);
        w.field(23usize, &self.organizational_credentials_required);
        w.field(24usize, &self.period_before_pin_reset);
        w.field(25usize, &self.period_offline_before_access_check);
        w.field(26usize, &self.period_offline_before_wipe_is_enforced);
        w.field(27usize, &self.period_online_before_access_check);
        w.field(28usize, &self.pin_character_set);
        w.field(29usize, &self.pin_required);
        w.field(30usize, &self.print_blocked);
        w.field(31usize, &self.save_as_blocked);
        w.field(32usize, &self.simple_pin_blocked);
        w.field(33usize, &self.is_assigned);
        w.field(34usize, &self.assignments);
        w.field(35usize, &self.custom_browser_display_name);
        w.field(36usize, &self.custom_browser_package_id);
        w.field(37usize, &self.deployed_app_count);
        w.field(38usize, &self.disable_app_encryption_if_device_encryption_is_enabled);
        w.field(39usize, &self.encrypt_app_data);
        w.field(40usize, &self.minimum_required_patch_version);
        w.field(41usize, &self.minimum_warning_patch_version);
        w.field(42usize, &self.screen_capture_blocked);
        w.field(43usize, &self.apps);
        w.field(44usize, &self.deployment_summary);
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
            6usize => ::std::option::Option::Some(&self.allowed_data_storage_locations),
            7usize => {
                ::std::option::Option::Some(&self.allowed_inbound_data_transfer_sources)
            }
            8usize => {
                ::std::option::Option::Some(
                    &self.allowed_outbound_clipboard_sharing_level,
                )
            }
            9usize => {
                ::std::option::Option::Some(
                    &self.allowed_outbound_data_transfer_destinations,
                )
            }
            10usize => ::std::option::Option::Some(&self.contact_sync_blocked),
            11usize => ::std::option::Option::Some(&self.data_backup_blocked),
            12usize => ::std::option::Option::Some(&self.device_compliance_required),
            13usize => {
                ::std::option::Option::Some(&self.disable_app_pin_if_device_pin_is_set)
            }
            14usize => ::std::option::Option::Some(&self.fingerprint_blocked),
            15usize => ::std::option::Option::Some(&self.managed_browser),
            16usize => {
                ::std::option::Option::Some(&self.managed_browser_to_open_links_required)
            }
            17usize => ::std::option::Option::Some(&self.maximum_pin_retries),
            18usize => ::std::option::Option::Some(&self.minimum_pin_length),
            19usize => ::std::option::Option::Some(&self.minimum_required_app_version),
            20usize => ::std::option::Option::Some(&self.minimum_required_os_version),
            21usize => ::std::option::Option::Some(&self.minimum_warning_app_version),
            22usize => ::std::option::Option::Some(&self.minimum_warning_os_version),
            23usize => {
                ::std::option::Option::Some(&self.organizational_credentials_required)
            }
            24usize => ::std::option::Option::Some(&self.period_before_pin_reset),
            25usize => {
                ::std::option::Option::Some(&self.period_offline_before_access_check)
            }
            26usize => {
                ::std::option::Option::Some(&self.period_offline_before_wipe_is_enforced)
            }
            27usize => {
                ::std::option::Option::Some(&self.period_online_before_access_check)
            }
            28usize => ::std::option::Option::Some(&self.pin_character_set),
            29usize => ::std::option::Option::Some(&self.pin_required),
            30usize => ::std::option::Option::Some(&self.print_blocked),
            31usize => ::std::option::Option::Some(&self.save_as_blocked),
            32usize => ::std::option::Option::Some(&self.simple_pin_blocked),
            33usize => ::std::option::Option::Some(&self.is_assigned),
            34usize => ::std::option::Option::Some(&self.assignments),
            35usize => ::std::option::Option::Some(&self.custom_browser_display_name),
            36usize => ::std::option::Option::Some(&self.custom_browser_package_id),
            37usize => ::std::option::Option::Some(&self.deployed_app_count),
            38usize => {
                ::std::option::Option::Some(
                    &self.disable_app_encryption_if_device_encryption_is_enabled,
                )
            }
            39usize => ::std::option::Option::Some(&self.encrypt_app_data),
            40usize => ::std::option::Option::Some(&self.minimum_required_patch_version),
            41usize => ::std::option::Option::Some(&self.minimum_warning_patch_version),
            42usize => ::std::option::Option::Some(&self.screen_capture_blocked),
            43usize => ::std::option::Option::Some(&self.apps),
            44usize => ::std::option::Option::Some(&self.deployment_summary),
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
        d.field(
            6usize,
            "allowed_data_storage_locations",
            &self.allowed_data_storage_locations,
        );
        d.field(
            7usize,
            "allowed_inbound_data_transfer_sources",
            &self.allowed_inbound_data_transfer_sources,
        );
        d.field(
            8usize,
            "allowed_outbound_clipboard_sharing_level",
            &self.allowed_outbound_clipboard_sharing_level,
        );
        d.field(
            9usize,
            "allowed_outbound_data_transfer_destinations",
            &self.allowed_outbound_data_transfer_destinations,
        );
        d.field(10usize, "contact_sync_blocked", &self.contact_sync_blocked);
        d.field(11usize, "data_backup_blocked", &self.data_backup_blocked);
        d.field(12usize, "device_compliance_required", &self.device_compliance_required);
        d.field(
            13usize,
            "disable_app_pin_if_device_pin_is_set",
            &self.disable_app_pin_if_device_pin_is_set,
        );
        d.field(14usize, "fingerprint_blocked", &self.fingerprint_blocked);
        d.field(15usize, "managed_browser", &self.managed_browser);
        d.field(
            16usize,
            "managed_browser_to_open_links_required",
            &self.managed_browser_to_open_links_required,
        );
        d.field(17usize, "maximum_pin_retries", &self.maximum_pin_retries);
        d.field(18usize, "minimum_pin_length", &self.minimum_pin_length);
        d.field(
            19usize,
            "minimum_required_app_version",
            &self.minimum_required_app_version,
        );
        d.field(
            20usize,
            "minimum_required_os_version",
            &self.minimum_required_os_version,
        );
        d.field(
            21usize,
            "minimum_warning_app_version",
            &self.minimum_warning_app_version,
        );
        d.field(22usize, "minimum_warning_os_version", &self.minimum_warning_os_version);
        d.field(
            23usize,
            "organizational_credentials_required",
            &self.organizational_credentials_required,
        );
        d.field(24usize, "period_before_pin_reset", &self.period_before_pin_reset);
        d.field(
            25usize,
            "period_offline_before_access_check",
            &self.period_offline_before_access_check,
        );
        d.field(
            26usize,
            "period_offline_before_wipe_is_enforced",
            &self.period_offline_before_wipe_is_enforced,
        );
        d.field(
            27usize,
            "period_online_before_access_check",
            &self.period_online_before_access_check,
        );
        d.field(28usize, "pin_character_set", &self.pin_character_set);
        d.field(29usize, "pin_required", &self.pin_required);
        d.field(30usize, "print_blocked", &self.print_blocked);
        d.field(31usize, "save_as_blocked", &self.save_as_blocked);
        d.field(32usize, "simple_pin_blocked", &self.simple_pin_blocked);
        d.field(33usize, "is_assigned", &self.is_assigned);
        d.field(34usize, "assignments", &self.assignments);
        d.field(
            35usize,
            "custom_browser_display_name",
            &self.custom_browser_display_name,
        );
        d.field(36usize, "custom_browser_package_id", &self.custom_browser_package_id);
        d.field(37usize, "deployed_app_count", &self.deployed_app_count);
        d.field(
            38usize,
            "disable_app_encryption_if_device_encryption_is_enabled",
            &self.disable_app_encryption_if_device_encryption_is_enabled,
        );
        d.field(39usize, "encrypt_app_data", &self.encrypt_app_data);
        d.field(
            40usize,
            "minimum_required_patch_version",
            &self.minimum_required_patch_version,
        );
        d.field(
            41usize,
            "minimum_warning_patch_version",
            &self.minimum_warning_patch_version,
        );
        d.field(42usize, "screen_capture_blocked", &self.screen_capture_blocked);
        d.field(43usize, "apps", &self.apps);
        d.field(44usize, "deployment_summary", &self.deployment_summary);
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
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_object!(AndroidManagedAppProtection);
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_setters!(
    AndroidManagedAppProtection { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_version version : ::std::string::String;
    with_allowed_data_storage_locations allowed_data_storage_locations : ::std::vec::Vec
    < crate ::v1::ManagedAppDataStorageLocation >;
    with_allowed_inbound_data_transfer_sources allowed_inbound_data_transfer_sources :
    crate ::v1::ManagedAppDataTransferLevel;
    with_allowed_outbound_clipboard_sharing_level
    allowed_outbound_clipboard_sharing_level : crate
    ::v1::ManagedAppClipboardSharingLevel;
    with_allowed_outbound_data_transfer_destinations
    allowed_outbound_data_transfer_destinations : crate
    ::v1::ManagedAppDataTransferLevel; with_contact_sync_blocked contact_sync_blocked :
    bool; with_data_backup_blocked data_backup_blocked : bool;
    with_device_compliance_required device_compliance_required : bool;
    with_disable_app_pin_if_device_pin_is_set disable_app_pin_if_device_pin_is_set :
    bool; with_fingerprint_blocked fingerprint_blocked : bool; with_managed_browser
    managed_browser : rt::Flags < crate ::v1::ManagedBrowserType >;
    with_managed_browser_to_open_links_required managed_browser_to_open_links_required :
    bool; with_maximum_pin_retries maximum_pin_retries : i32; with_minimum_pin_length
    minimum_pin_length : i32; with_minimum_required_app_version
    minimum_required_app_version : ::std::string::String;
    with_minimum_required_os_version minimum_required_os_version : ::std::string::String;
    with_minimum_warning_app_version minimum_warning_app_version : ::std::string::String;
    with_minimum_warning_os_version minimum_warning_os_version : ::std::string::String;
    with_organizational_credentials_required organizational_credentials_required : bool;
    with_period_before_pin_reset period_before_pin_reset : rt::edm::Duration;
    with_period_offline_before_access_check period_offline_before_access_check :
    rt::edm::Duration; with_period_offline_before_wipe_is_enforced
    period_offline_before_wipe_is_enforced : rt::edm::Duration;
    with_period_online_before_access_check period_online_before_access_check :
    rt::edm::Duration; with_pin_character_set pin_character_set : crate
    ::v1::ManagedAppPinCharacterSet; with_pin_required pin_required : bool;
    with_print_blocked print_blocked : bool; with_save_as_blocked save_as_blocked : bool;
    with_simple_pin_blocked simple_pin_blocked : bool; with_is_assigned is_assigned :
    bool; with_assignments assignments : ::std::vec::Vec < crate
    ::v1::TargetedManagedAppPolicyAssignment >; with_custom_browser_display_name
    custom_browser_display_name : ::std::string::String; with_custom_browser_package_id
    custom_browser_package_id : ::std::string::String; with_deployed_app_count
    deployed_app_count : i32; with_disable_app_encryption_if_device_encryption_is_enabled
    disable_app_encryption_if_device_encryption_is_enabled : bool; with_encrypt_app_data
    encrypt_app_data : bool; with_minimum_required_patch_version
    minimum_required_patch_version : ::std::string::String;
    with_minimum_warning_patch_version minimum_warning_patch_version :
    ::std::string::String; with_screen_capture_blocked screen_capture_blocked : bool;
    with_apps apps : ::std::vec::Vec < crate ::v1::ManagedMobileApp >;
    with_deployment_summary deployment_summary : crate
    ::v1::ManagedAppPolicyDeploymentSummary; }
);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidManagedAppProtection);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Represents the synchronization details of an android app, with management capabilities, for a specific user.
///
/// The ManagedAppRegistration resource represents the details of an app, with management capability, used by a member of the organization.
///
/// CSDL: `microsoft.graph.androidManagedAppRegistration`, entity type, derived from `microsoft.graph.managedAppRegistration`, key `id`.
///
/// Request builders: [`AndroidManagedAppRegistrationPath`](requests/struct.AndroidManagedAppRegistrationPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct AndroidManagedAppRegistration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The app package Identifier
    ///
    /// CSDL: property `appIdentifier`: `microsoft.graph.mobileAppIdentifier`, nullable.
    pub app_identifier: rt::Field<crate::v1::AnyMobileAppIdentifier>,
    /// App version
    ///
    /// CSDL: property `applicationVersion`: `Edm.String`, nullable.
    pub application_version: rt::Field<::std::string::String>,
    /// Date and time of creation
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Host device name
    ///
    /// CSDL: property `deviceName`: `Edm.String`, nullable.
    pub device_name: rt::Field<::std::string::String>,
    /// App management SDK generated tag, which helps relate apps hosted on the same device. Not guaranteed to relate apps in all conditions.
    ///
    /// CSDL: property `deviceTag`: `Edm.String`, nullable.
    pub device_tag: rt::Field<::std::string::String>,
    /// Host device type
    ///
    /// CSDL: property `deviceType`: `Edm.String`, nullable.
    pub device_type: rt::Field<::std::string::String>,
    /// Zero or more reasons an app registration is flagged. E.g. app running on rooted device
    ///
    /// CSDL: property `flaggedReasons`: `Collection(microsoft.graph.managedAppFlaggedReason)`, not nullable.
    pub flagged_reasons: rt::Field<::std::vec::Vec<crate::v1::ManagedAppFlaggedReason>>,
    /// Date and time of last the app synced with management service.
    ///
    /// CSDL: property `lastSyncDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_sync_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// App management SDK version
    ///
    /// CSDL: property `managementSdkVersion`: `Edm.String`, nullable.
    pub management_sdk_version: rt::Field<::std::string::String>,
    /// Operating System version
    ///
    /// CSDL: property `platformVersion`: `Edm.String`, nullable.
    pub platform_version: rt::Field<::std::string::String>,
    /// The user Id to who this app registration belongs.
    ///
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Version of the entity.
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Zero or more policys already applied on the registered app when it last synchronized with managment service.
    ///
    /// CSDL: containment navigation property `appliedPolicies`: `Collection(microsoft.graph.managedAppPolicy)`, not nullable.
    pub applied_policies: rt::Field<::std::vec::Vec<crate::v1::AnyManagedAppPolicy>>,
    /// Zero or more policies admin intended for the app as of now.
    ///
    /// CSDL: containment navigation property `intendedPolicies`: `Collection(microsoft.graph.managedAppPolicy)`, not nullable.
    pub intended_policies: rt::Field<::std::vec::Vec<crate::v1::AnyManagedAppPolicy>>,
    /// Zero or more long running operations triggered on the app registration.
    ///
    /// CSDL: containment navigation property `operations`: `Collection(microsoft.graph.managedAppOperation)`, not nullable.
    pub operations: rt::Field<::std::vec::Vec<crate::v1::ManagedAppOperation>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for AndroidManagedAppRegistration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_identifier: rt::Field::Absent,
            application_version: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            device_name: rt::Field::Absent,
            device_tag: rt::Field::Absent,
            device_type: rt::Field::Absent,
            flagged_reasons: rt::Field::Absent,
            last_sync_date_time: rt::Field::Absent,
            management_sdk_version: rt::Field::Absent,
            platform_version: rt::Field::Absent,
            user_id: rt::Field::Absent,
            version: rt::Field::Absent,
            applied_policies: rt::Field::Absent,
            intended_policies: rt::Field::Absent,
            operations: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for AndroidManagedAppRegistration {
    const TYPE_NAME: &'static str = "microsoft.graph.androidManagedAppRegistration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appIdentifier",
        "applicationVersion",
        "createdDateTime",
        "deviceName",
        "deviceTag",
        "deviceType",
        "flaggedReasons",
        "lastSyncDateTime",
        "managementSdkVersion",
        "platformVersion",
        "userId",
        "version",
        "appliedPolicies",
        "intendedPolicies",
        "operations",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"appIdentifier\":",
        ",\"applicationVersion\":",
        ",\"createdDateTime\":",
        ",\"deviceName\":",
        ",\"deviceTag\":",
        ",\"deviceType\":",
        ",\"flaggedReasons\":",
        ",\"lastSyncDateTime\":",
        ",\"managementSdkVersion\":",
        ",\"platformVersion\":",
        ",\"userId\":",
        ",\"version\":",
        ",\"appliedPolicies\":",
        ",\"intendedPolicies\":",
        ",\"operations\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidManagedAppRegistration\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_identifier.read_from(r),
            2usize => self.application_version.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.device_name.read_from(r),
            5usize => self.device_tag.read_from(r),
            6usize => self.device_type.read_from(r),
            7usize => self.flagged_reasons.read_from(r),
            8usize => self.last_sync_date_time.read_from(r),
            9usize => self.management_sdk_version.read_from(r),
            10usize => self.platform_version.read_from(r),
            11usize => self.user_id.read_from(r),
            12usize => self.version.read_from(r),
            13usize => self.applied_policies.read_from(r),
            14usize => self.intended_policies.read_from(r),
            15usize => self.operations.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_identifier);
        w.field(2usize, &self.application_version);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.device_name);
        w.field(5usize, &self.device_tag);
        w.field(6usize, &self.device_type);
        w.field(7usize, &self.flagged_reasons);
        w.field(8usize, &self.last_sync_date_time);
        w.field(9usize, &self.management_sdk_version);
        w.field(10usize, &self.platform_version);
        w.field(11usize, &self.user_id);
        w.field(12usize, &self.version);
        w.field(13usize, &self.applied_policies);
        w.field(14usize, &self.intended_policies);
        w.field(15usize, &self.operations);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.app_identifier),
            2usize => ::std::option::Option::Some(&self.application_version),
            3usize => ::std::option::Option::Some(&self.created_date_time),
            4usize => ::std::option::Option::Some(&self.device_name),
            5usize => ::std::option::Option::Some(&self.device_tag),
            6usize => ::std::option::Option::Some(&self.device_type),
            7usize => ::std::option::Option::Some(&self.flagged_reasons),
            8usize => ::std::option::Option::Some(&self.last_sync_date_time),
            9usize => ::std::option::Option::Some(&self.management_sdk_version),
            10usize => ::std::option::Option::Some(&self.platform_version),
            11usize => ::std::option::Option::Some(&self.user_id),
            12usize => ::std::option::Option::Some(&self.version),
            13usize => ::std::option::Option::Some(&self.applied_policies),
            14usize => ::std::option::Option::Some(&self.intended_policies),
            15usize => ::std::option::Option::Some(&self.operations),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "app_identifier", &self.app_identifier);
        d.field(2usize, "application_version", &self.application_version);
        d.field(3usize, "created_date_time", &self.created_date_time);
        d.field(4usize, "device_name", &self.device_name);
        d.field(5usize, "device_tag", &self.device_tag);
        d.field(6usize, "device_type", &self.device_type);
        d.field(7usize, "flagged_reasons", &self.flagged_reasons);
        d.field(8usize, "last_sync_date_time", &self.last_sync_date_time);
        d.field(9usize, "management_sdk_version", &self.management_sdk_version);
        d.field(10usize, "platform_version", &self.platform_version);
        d.field(11usize, "user_id", &self.user_id);
        d.field(12usize, "version", &self.version);
        d.field(13usize, "applied_policies", &self.applied_policies);
        d.field(14usize, "intended_policies", &self.intended_policies);
        d.field(15usize, "operations", &self.operations);
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_object!(AndroidManagedAppRegistration);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    AndroidManagedAppRegistration { with_id id : ::std::string::String;
    with_app_identifier app_identifier : crate ::v1::AnyMobileAppIdentifier;
    with_application_version application_version : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_device_name
    device_name : ::std::string::String; with_device_tag device_tag :
    ::std::string::String; with_device_type device_type : ::std::string::String;
    with_flagged_reasons flagged_reasons : ::std::vec::Vec < crate
    ::v1::ManagedAppFlaggedReason >; with_last_sync_date_time last_sync_date_time :
    rt::edm::DateTimeOffset; with_management_sdk_version management_sdk_version :
    ::std::string::String; with_platform_version platform_version :
    ::std::string::String; with_user_id user_id : ::std::string::String; with_version
    version : ::std::string::String; with_applied_policies applied_policies :
    ::std::vec::Vec < crate ::v1::AnyManagedAppPolicy >; with_intended_policies
    intended_policies : ::std::vec::Vec < crate ::v1::AnyManagedAppPolicy >;
    with_operations operations : ::std::vec::Vec < crate ::v1::ManagedAppOperation >; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidManagedAppRegistration);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties for the minimum operating system required for an Android mobile app.
///
/// CSDL: `microsoft.graph.androidMinimumOperatingSystem`, complex type.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct AndroidMinimumOperatingSystem {
    /// When TRUE, only Version 10.0 or later is supported. Default value is FALSE. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v10_0`: `Edm.Boolean`, not nullable.
    pub v10_0: rt::Field<bool>,
    /// When TRUE, only Version 11.0 or later is supported. Default value is FALSE. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v11_0`: `Edm.Boolean`, not nullable.
    pub v11_0: rt::Field<bool>,
    /// When TRUE, only Version 4.0 or later is supported. Default value is FALSE. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v4_0`: `Edm.Boolean`, not nullable.
    pub v4_0: rt::Field<bool>,
    /// When TRUE, only Version 4.0.3 or later is supported. Default value is FALSE. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v4_0_3`: `Edm.Boolean`, not nullable.
    pub v4_0_3: rt::Field<bool>,
    /// When TRUE, only Version 4.1 or later is supported. Default value is FALSE. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v4_1`: `Edm.Boolean`, not nullable.
    pub v4_1: rt::Field<bool>,
    /// When TRUE, only Version 4.2 or later is supported. Default value is FALSE. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v4_2`: `Edm.Boolean`, not nullable.
    pub v4_2: rt::Field<bool>,
    /// When TRUE, only Version 4.3 or later is supported. Default value is FALSE. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v4_3`: `Edm.Boolean`, not nullable.
    pub v4_3: rt::Field<bool>,
    /// When TRUE, only Version 4.4 or later is supported. Default value is FALSE. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v4_4`: `Edm.Boolean`, not nullable.
    pub v4_4: rt::Field<bool>,
    /// When TRUE, only Version 5.0 or later is supported. Default value is FALSE. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v5_0`: `Edm.Boolean`, not nullable.
    pub v5_0: rt::Field<bool>,
    /// When TRUE, only Version 5.1 or later is supported. Default value is FALSE. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v5_1`: `Edm.Boolean`, not nullable.
    pub v5_1: rt::Field<bool>,
    /// When TRUE, only Version 6.0 or later is supported. Default value is FALSE. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v6_0`: `Edm.Boolean`, not nullable.
    pub v6_0: rt::Field<bool>,
    /// When TRUE, only Version 7.0 or later is supported. Default value is FALSE. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v7_0`: `Edm.Boolean`, not nullable.
    pub v7_0: rt::Field<bool>,
    /// When TRUE, only Version 7.1 or later is supported. Default value is FALSE. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v7_1`: `Edm.Boolean`, not nullable.
    pub v7_1: rt::Field<bool>,
    /// When TRUE, only Version 8.0 or later is supported. Default value is FALSE. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v8_0`: `Edm.Boolean`, not nullable.
    pub v8_0: rt::Field<bool>,
    /// When TRUE, only Version 8.1 or later is supported. Default value is FALSE. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v8_1`: `Edm.Boolean`, not nullable.
    pub v8_1: rt::Field<bool>,
    /// When TRUE, only Version 9.0 or later is supported. Default value is FALSE. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v9_0`: `Edm.Boolean`, not nullable.
    pub v9_0: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for AndroidMinimumOperatingSystem {
    #[inline]
    fn default() -> Self {
        Self {
            v10_0: rt::Field::Absent,
            v11_0: rt::Field::Absent,
            v4_0: rt::Field::Absent,
            v4_0_3: rt::Field::Absent,
            v4_1: rt::Field::Absent,
            v4_2: rt::Field::Absent,
            v4_3: rt::Field::Absent,
            v4_4: rt::Field::Absent,
            v5_0: rt::Field::Absent,
            v5_1: rt::Field::Absent,
            v6_0: rt::Field::Absent,
            v7_0: rt::Field::Absent,
            v7_1: rt::Field::Absent,
            v8_0: rt::Field::Absent,
            v8_1: rt::Field::Absent,
            v9_0: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for AndroidMinimumOperatingSystem {
    const TYPE_NAME: &'static str = "microsoft.graph.androidMinimumOperatingSystem";
    const KEYS: &'static [&'static str] = &[
        "v10_0",
        "v11_0",
        "v4_0",
        "v4_0_3",
        "v4_1",
        "v4_2",
        "v4_3",
        "v4_4",
        "v5_0",
        "v5_1",
        "v6_0",
        "v7_0",
        "v7_1",
        "v8_0",
        "v8_1",
        "v9_0",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"v10_0\":",
        ",\"v11_0\":",
        ",\"v4_0\":",
        ",\"v4_0_3\":",
        ",\"v4_1\":",
        ",\"v4_2\":",
        ",\"v4_3\":",
        ",\"v4_4\":",
        ",\"v5_0\":",
        ",\"v5_1\":",
        ",\"v6_0\":",
        ",\"v7_0\":",
        ",\"v7_1\":",
        ",\"v8_0\":",
        ",\"v8_1\":",
        ",\"v9_0\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidMinimumOperatingSystem\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.v10_0.read_from(r),
            1usize => self.v11_0.read_from(r),
            2usize => self.v4_0.read_from(r),
            3usize => self.v4_0_3.read_from(r),
            4usize => self.v4_1.read_from(r),
            5usize => self.v4_2.read_from(r),
            6usize => self.v4_3.read_from(r),
            7usize => self.v4_4.read_from(r),
            8usize => self.v5_0.read_from(r),
            9usize => self.v5_1.read_from(r),
            10usize => self.v6_0.read_from(r),
            11usize => self.v7_0.read_from(r),
            12usize => self.v7_1.read_from(r),
            13usize => self.v8_0.read_from(r),
            14usize => self.v8_1.read_from(r),
            15usize => self.v9_0.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.v10_0);
        w.field(1usize, &self.v11_0);
        w.field(2usize, &self.v4_0);
        w.field(3usize, &self.v4_0_3);
        w.field(4usize, &self.v4_1);
        w.field(5usize, &self.v4_2);
        w.field(6usize, &self.v4_3);
        w.field(7usize, &self.v4_4);
        w.field(8usize, &self.v5_0);
        w.field(9usize, &self.v5_1);
        w.field(10usize, &self.v6_0);
        w.field(11usize, &self.v7_0);
        w.field(12usize, &self.v7_1);
        w.field(13usize, &self.v8_0);
        w.field(14usize, &self.v8_1);
        w.field(15usize, &self.v9_0);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.v10_0),
            1usize => ::std::option::Option::Some(&self.v11_0),
            2usize => ::std::option::Option::Some(&self.v4_0),
            3usize => ::std::option::Option::Some(&self.v4_0_3),
            4usize => ::std::option::Option::Some(&self.v4_1),
            5usize => ::std::option::Option::Some(&self.v4_2),
            6usize => ::std::option::Option::Some(&self.v4_3),
            7usize => ::std::option::Option::Some(&self.v4_4),
            8usize => ::std::option::Option::Some(&self.v5_0),
            9usize => ::std::option::Option::Some(&self.v5_1),
            10usize => ::std::option::Option::Some(&self.v6_0),
            11usize => ::std::option::Option::Some(&self.v7_0),
            12usize => ::std::option::Option::Some(&self.v7_1),
            13usize => ::std::option::Option::Some(&self.v8_0),
            14usize => ::std::option::Option::Some(&self.v8_1),
            15usize => ::std::option::Option::Some(&self.v9_0),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "v10_0", &self.v10_0);
        d.field(1usize, "v11_0", &self.v11_0);
        d.field(2usize, "v4_0", &self.v4_0);
        d.field(3usize, "v4_0_3", &self.v4_0_3);
        d.field(4usize, "v4_1", &self.v4_1);
        d.field(5usize, "v4_2", &self.v4_2);
        d.field(6usize, "v4_3", &self.v4_3);
        d.field(7usize, "v4_4", &self.v4_4);
        d.field(8usize, "v5_0", &self.v5_0);
        d.field(9usize, "v5_1", &self.v5_1);
        d.field(10usize, "v6_0", &self.v6_0);
        d.field(11usize, "v7_0", &self.v7_0);
        d.field(12usize, "v7_1", &self.v7_1);
        d.field(13usize, "v8_0", &self.v8_0);
        d.field(14usize, "v8_1", &self.v8_1);
        d.field(15usize, "v9_0", &self.v9_0);
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_object!(AndroidMinimumOperatingSystem);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    AndroidMinimumOperatingSystem { with_v10_0 v10_0 : bool; with_v11_0 v11_0 : bool;
    with_v4_0 v4_0 : bool; with_v4_0_3 v4_0_3 : bool; with_v4_1 v4_1 : bool; with_v4_2
    v4_2 : bool; with_v4_3 v4_3 : bool; with_v4_4 v4_4 : bool; with_v5_0 v5_0 : bool;
    with_v5_1 v5_1 : bool; with_v6_0 v6_0 : bool; with_v7_0 v7_0 : bool; with_v7_1 v7_1 :
    bool; with_v8_0 v8_0 : bool; with_v8_1 v8_1 : bool; with_v9_0 v9_0 : bool; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidMinimumOperatingSystem);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// The identifier for an Android app.
///
/// CSDL: `microsoft.graph.androidMobileAppIdentifier`, complex type, derived from `microsoft.graph.mobileAppIdentifier`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct AndroidMobileAppIdentifier {
    /// The identifier for an app, as specified in the play store.
    ///
    /// CSDL: property `packageId`: `Edm.String`, not nullable.
    pub package_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for AndroidMobileAppIdentifier {
    #[inline]
    fn default() -> Self {
        Self {
            package_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Object for AndroidMobileAppIdentifier {
    const TYPE_NAME: &'static str = "microsoft.graph.androidMobileAppIdentifier";
    const KEYS: &'static [&'static str] = &["packageId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"packageId\":"];
    const TAG: &'static str = "\"#microsoft.graph.androidMobileAppIdentifier\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.package_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.package_id);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.package_id),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "package_id", &self.package_id);
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
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_object!(AndroidMobileAppIdentifier);
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_setters!(
    AndroidMobileAppIdentifier { with_package_id package_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidMobileAppIdentifier);
#[cfg(msgraph_v1_device_management_or_search)]
/// Android required password type.
///
/// CSDL: `microsoft.graph.androidRequiredPasswordType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidRequiredPasswordType {
    /// Device default value, no intent.
    ///
    /// `deviceDefault` (value 0).
    DeviceDefault,
    /// Alphabetic password required.
    ///
    /// `alphabetic` (value 1).
    Alphabetic,
    /// Alphanumeric password required.
    ///
    /// `alphanumeric` (value 2).
    Alphanumeric,
    /// Alphanumeric with symbols password required.
    ///
    /// `alphanumericWithSymbols` (value 3).
    AlphanumericWithSymbols,
    /// Low security biometrics based password required.
    ///
    /// `lowSecurityBiometric` (value 4).
    LowSecurityBiometric,
    /// Numeric password required.
    ///
    /// `numeric` (value 5).
    Numeric,
    /// Numeric complex password required.
    ///
    /// `numericComplex` (value 6).
    NumericComplex,
    /// A password or pattern is required, and any is acceptable.
    ///
    /// `any` (value 7).
    Any,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(AndroidRequiredPasswordType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidRequiredPasswordType);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties and inherited properties for Android store apps.
///
/// CSDL: `microsoft.graph.androidStoreApp`, entity type, derived from `microsoft.graph.mobileApp`, key `id`.
///
/// Request builders: [`AndroidStoreAppPath`](requests/struct.AndroidStoreAppPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct AndroidStoreApp {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the app was created. This property is read-only.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
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
    /// The value indicating whether the app is marked as featured by the admin.
    ///
    /// CSDL: property `isFeatured`: `Edm.Boolean`, not nullable.
    pub is_featured: rt::Field<bool>,
    /// The large icon, to be displayed in the app details and used for upload of the icon.
    ///
    /// CSDL: property `largeIcon`: `microsoft.graph.mimeContent`, nullable.
    pub large_icon: rt::Field<crate::v1::MimeContent>,
    /// The date and time the app was last modified. This property is read-only.
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
    /// The publishing state for the app. The app cannot be assigned unless the app is published. This property is read-only.
    ///
    /// CSDL: property `publishingState`: `microsoft.graph.mobileAppPublishingState`, not nullable.
    pub publishing_state: rt::Field<crate::v1::MobileAppPublishingState>,
    /// The list of group assignments for this mobile app.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.mobileAppAssignment)`, not nullable.
    pub assignments: rt::Field<::std::vec::Vec<crate::v1::MobileAppAssignment>>,
    /// The list of categories for this app.
    ///
    /// CSDL: navigation property `categories`: `Collection(microsoft.graph.mobileAppCategory)`, not nullable.
    pub categories: rt::Field<::std::vec::Vec<crate::v1::MobileAppCategory>>,
    /// The Android app store URL.
    ///
    /// CSDL: property `appStoreUrl`: `Edm.String`, nullable.
    pub app_store_url: rt::Field<::std::string::String>,
    /// The value for the minimum applicable operating system.
    ///
    /// CSDL: property `minimumSupportedOperatingSystem`: `microsoft.graph.androidMinimumOperatingSystem`, nullable.
    pub minimum_supported_operating_system: rt::Field<
        crate::v1::AndroidMinimumOperatingSystem,
    >,
    /// The package identifier. This property is read-only.
    ///
    /// CSDL: property `packageId`: `Edm.String`, nullable.
    pub package_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for AndroidStoreApp {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            developer: rt::Field::Absent,
            display_name: rt::Field::Absent,
            information_url: rt::Field::Absent,
            is_featured: rt::Field::Absent,
            large_icon: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            notes: rt::Field::Absent,
            owner: rt::Field::Absent,
            privacy_information_url: rt::Field::Absent,
            publisher: rt::Field::Absent,
            publishing_state: rt::Field::Absent,
            assignments: rt::Field::Absent,
            categories: rt::Field::Absent,
            app_store_url: rt::Field::Absent,
            minimum_supported_operating_system: rt::Field::Absent,
            package_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for AndroidStoreApp {
    const TYPE_NAME: &'static str = "microsoft.graph.androidStoreApp";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "developer",
        "displayName",
        "informationUrl",
        "isFeatured",
        "largeIcon",
        "lastModifiedDateTime",
        "notes",
        "owner",
        "privacyInformationUrl",
        "publisher",
        "publishingState",
        "assignments",
        "categories",
        "appStoreUrl",
        "minimumSupportedOperatingSystem",
        "packageId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"createdDateTime\":",
        ",\"description\":",
        ",\"developer\":",
        ",\"displayName\":",
        ",\"informationUrl\":",
        ",\"isFeatured\":",
        ",\"largeIcon\":",
        ",\"lastModifiedDateTime\":",
        ",\"notes\":",
        ",\"owner\":",
        ",\"privacyInformationUrl\":",
        ",\"publisher\":",
        ",\"publishingState\":",
        ",\"assignments\":",
        ",\"categories\":",
        ",\"appStoreUrl\":",
        ",\"minimumSupportedOperatingSystem\":",
        ",\"packageId\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidStoreApp\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.developer.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.information_url.read_from(r),
            6usize => self.is_featured.read_from(r),
            7usize => self.large_icon.read_from(r),
            8usize => self.last_modified_date_time.read_from(r),
            9usize => self.notes.read_from(r),
            10usize => self.owner.read_from(r),
            11usize => self.privacy_information_url.read_from(r),
            12usize => self.publisher.read_from(r),
            13usize => self.publishing_state.read_from(r),
            14usize => self.assignments.read_from(r),
            15usize => self.categories.read_from(r),
            16usize => self.app_store_url.read_from(r),
            17usize => self.minimum_supported_operating_system.read_from(r),
            18usize => self.package_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.developer);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.information_url);
        w.field(6usize, &self.is_featured);
        w.field(7usize, &self.large_icon);
        w.field(8usize, &self.last_modified_date_time);
        w.field(9usize, &self.notes);
        w.field(10usize, &self.owner);
        w.field(11usize, &self.privacy_information_url);
        w.field(12usize, &self.publisher);
        w.field(13usize, &self.publishing_state);
        w.field(14usize, &self.assignments);
        w.field(15usize, &self.categories);
        w.field(16usize, &self.app_store_url);
        w.field(17usize, &self.minimum_supported_operating_system);
        w.field(18usize, &self.package_id);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.created_date_time),
            2usize => ::std::option::Option::Some(&self.description),
            3usize => ::std::option::Option::Some(&self.developer),
            4usize => ::std::option::Option::Some(&self.display_name),
            5usize => ::std::option::Option::Some(&self.information_url),
            6usize => ::std::option::Option::Some(&self.is_featured),
            7usize => ::std::option::Option::Some(&self.large_icon),
            8usize => ::std::option::Option::Some(&self.last_modified_date_time),
            9usize => ::std::option::Option::Some(&self.notes),
            10usize => ::std::option::Option::Some(&self.owner),
            11usize => ::std::option::Option::Some(&self.privacy_information_url),
            12usize => ::std::option::Option::Some(&self.publisher),
            13usize => ::std::option::Option::Some(&self.publishing_state),
            14usize => ::std::option::Option::Some(&self.assignments),
            15usize => ::std::option::Option::Some(&self.categories),
            16usize => ::std::option::Option::Some(&self.app_store_url),
            17usize => {
                ::std::option::Option::Some(&self.minimum_supported_operating_system)
            }
            18usize => ::std::option::Option::Some(&self.package_id),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "created_date_time", &self.created_date_time);
        d.field(2usize, "description", &self.description);
        d.field(3usize, "developer", &self.developer);
        d.field(4usize, "display_name", &self.display_name);
        d.field(5usize, "information_url", &self.information_url);
        d.field(6usize, "is_featured", &self.is_featured);
        d.field(7usize, "large_icon", &self.large_icon);
        d.field(8usize, "last_modified_date_time", &self.last_modified_date_time);
        d.field(9usize, "notes", &self.notes);
        d.field(10usize, "owner", &self.owner);
        d.field(11usize, "privacy_information_url", &self.privacy_information_url);
        d.field(12usize, "publisher", &self.publisher);
        d.field(13usize, "publishing_state", &self.publishing_state);
        d.field(14usize, "assignments", &self.assignments);
        d.field(15usize, "categories", &self.categories);
        d.field(16usize, "app_store_url", &self.app_store_url);
        d.field(
            17usize,
            "minimum_supported_operating_system",
            &self.minimum_supported_operating_system,
        );
        d.field(18usize, "package_id", &self.package_id);
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_object!(AndroidStoreApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    AndroidStoreApp { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_developer developer : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_information_url
    information_url : ::std::string::String; with_is_featured is_featured : bool;
    with_large_icon large_icon : crate ::v1::MimeContent; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_notes notes :
    ::std::string::String; with_owner owner : ::std::string::String;
    with_privacy_information_url privacy_information_url : ::std::string::String;
    with_publisher publisher : ::std::string::String; with_publishing_state
    publishing_state : crate ::v1::MobileAppPublishingState; with_assignments assignments
    : ::std::vec::Vec < crate ::v1::MobileAppAssignment >; with_categories categories :
    ::std::vec::Vec < crate ::v1::MobileAppCategory >; with_app_store_url app_store_url :
    ::std::string::String; with_minimum_supported_operating_system
    minimum_supported_operating_system : crate ::v1::AndroidMinimumOperatingSystem;
    with_package_id package_id : ::std::string::String; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidStoreApp);
#[cfg(msgraph_v1_device_management_or_search)]
/// This class contains compliance settings for Android Work Profile.
///
/// CSDL: `microsoft.graph.androidWorkProfileCompliancePolicy`, entity type, derived from `microsoft.graph.deviceCompliancePolicy`, key `id`.
///
/// Request builders: [`AndroidWorkProfileCompliancePolicyPath`](requests/struct.AndroidWorkProfileCompliancePolicyPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
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
    /// Version of the device configuration.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The collection of assignments for this compliance policy.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceCompliancePolicyAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceCompliancePolicyAssignment>,
    >,
    /// Compliance Setting State Device Summary
    ///
    /// CSDL: containment navigation property `deviceSettingStateSummaries`: `Collection(microsoft.graph.settingStateDeviceSummary)`, not nullable.
    pub device_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::v1::SettingStateDeviceSummary>,
    >,
    /// List of DeviceComplianceDeviceStatus.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.deviceComplianceDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceComplianceDeviceStatus>,
    >,
    /// Device compliance devices status overview
    ///
    /// CSDL: containment navigation property `deviceStatusOverview`: `microsoft.graph.deviceComplianceDeviceOverview`, nullable.
    pub device_status_overview: rt::Field<crate::v1::DeviceComplianceDeviceOverview>,
    /// The list of scheduled action per rule for this compliance policy. This is a required property when creating any individual per-platform compliance policies.
    ///
    /// CSDL: containment navigation property `scheduledActionsForRule`: `Collection(microsoft.graph.deviceComplianceScheduledActionForRule)`, not nullable.
    pub scheduled_actions_for_rule: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceComplianceScheduledActionForRule>,
    >,
    /// List of DeviceComplianceUserStatus.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.deviceComplianceUserStatus)`, not nullable.
    pub user_statuses: rt::Field<::std::vec::Vec<crate::v1::DeviceComplianceUserStatus>>,
    /// Device compliance users status overview
    ///
    /// CSDL: containment navigation property `userStatusOverview`: `microsoft.graph.deviceComplianceUserOverview`, nullable.
    pub user_status_overview: rt::Field<crate::v1::DeviceComplianceUserOverview>,
    /// Require that devices have enabled device threat protection.
    ///
    /// CSDL: property `deviceThreatProtectionEnabled`: `Edm.Boolean`, not nullable.
    pub device_threat_protection_enabled: rt::Field<bool>,
    /// Require Mobile Threat Protection minimum risk level to report noncompliance.
    ///
    /// CSDL: property `deviceThreatProtectionRequiredSecurityLevel`: `microsoft.graph.deviceThreatProtectionLevel`, not nullable.
    pub device_threat_protection_required_security_level: rt::Field<
        crate::v1::DeviceThreatProtectionLevel,
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
    pub password_required_type: rt::Field<crate::v1::AndroidRequiredPasswordType>,
    /// Indicates the device should not be rooted. When TRUE, if the device is detected as rooted it will be reported non-compliant. When FALSE, the device is not reported as non-compliant regardless of device rooted state. Default is FALSE.
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
    /// Require the device to pass the Play Integrity basic integrity check.
    ///
    /// CSDL: property `securityRequireSafetyNetAttestationBasicIntegrity`: `Edm.Boolean`, not nullable.
    pub security_require_safety_net_attestation_basic_integrity: rt::Field<bool>,
    /// Require the device to pass the Play Integrity device integrity check.
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
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for AndroidWorkProfileCompliancePolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
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
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for AndroidWorkProfileCompliancePolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.androidWorkProfileCompliancePolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
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
        ",\"id\":",
        ",\"createdDateTime\":",
        ",\"description\":",
        ",\"displayName\":",
        ",\"lastModifiedDateTime\":",
        ",\"version\":",
        ",\"assignments\":",
        ",\"deviceSettingStateSummaries\":",
        ",\"deviceStatuses\":",
        ",\"deviceStatusOverview\":",
        ",\"scheduledActionsForRule\":",
        ",\"userStatuses\":",
        ",\"userStatusOverview\":",
        ",\"deviceThreatProtectionEnabled\":",
        ",\"deviceThreatProtectionRequiredSecurityLevel\":",
        ",\"minAndroidSecurityPatchLevel\":",
        ",\"osMaximumVersion\":",
        ",\"osMinimumVersion\":",
        ",\"passwordExpirationDays\":",
        ",\"passwordMinimumLength\":",
        ",\"passwordMinutesOfInactivityBeforeLock\":",
        ",\"passwordPreviousPasswordBlockCount\":",
        ",\"passwordRequired\":",
        ",\"passwordRequiredType\":",
        ",\"securityBlockJailbrokenDevices\":",
        ",\"securityDisableUsbDebugging\":",
        ",\"securityPreventInstallAppsFromUnknownSources\":",
        ",\"securityRequireCompanyPortalAppIntegrity\":",
        ",\"securityRequireGooglePlayServices\":",
        ",\"securityRequireSafetyNetAttestationBasicIntegrity\":",
        ",\"securityRequireSafetyNetAttestationCertifiedDevice\":",
        ",\"securityRequireUpToDateSecurityProviders\":",
        ",\"securityRequireVerifyApps\":",
        ",\"storageRequireEncryption\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidWorkProfileCompliancePolicy\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.version.read_from(r),
            6usize => self.assignments.read_from(r),
            7usize => self.device_setting_state_summaries.read_from(r),
            8usize => self.device_statuses.read_from(r),
            9usize => self.device_status_overview.read_from(r),
            10usize => self.scheduled_actions_for_rule.read_from(r),
            11usize => self.user_statuses.read_from(r),
            12usize => self.user_status_overview.read_from(r),
            13usize => self.device_threat_protection_enabled.read_from(r),
            14usize => self.device_threat_protection_required_security_level.read_from(r),
            15usize => self.min_android_security_patch_level.read_from(r),
            16usize => self.os_maximum_version.read_from(r),
            17usize => self.os_minimum_version.read_from(r),
            18usize => self.password_expiration_days.read_from(r),
            19usize => self.password_minimum_length.read_from(r),
            20usize => self.password_minutes_of_inactivity_before_lock.read_from(r),
            21usize => self.password_previous_password_block_count.read_from(r),
            22usize => self.password_required.read_from(r),
            23usize => self.password_required_type.read_from(r),
            24usize => self.security_block_jailbroken_devices.read_from(r),
            25usize => self.security_disable_usb_debugging.read_from(r),
            26usize => {
                self.security_prevent_install_apps_from_unknown_sources.read_from(r)
            }
            27usize => self.security_require_company_portal_app_integrity.read_from(r),
            28usize => self.security_require_google_play_services.read_from(r),
            29usize => {
                self.security_require_safety_net_attestation_basic_integrity.read_from(r)
            }
            30usize => {
                self.security_require_safety_net_attestation_certified_device
                    .read_from(r)
            }
            31usize => self.security_require_up_to_date_security_providers.read_from(r),
            32usize => self.security_require_verify_apps.read_from(r),
            33usize => self.storage_require_encryption.read_from(r),
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
        w.field(6usize, &self.assignments);
        w.field(7usize, &self.device_setting_state_summaries);
        w.field(8usize, &self.device_statuses);
        w.field(9usize, &self.device_status_overview);
        w.field(10usize, &self.scheduled_actions_for_rule);
        w.field(11usize, &self.user_statuses);
        w.field(12usize, &self.user_status_overview);
        w.field(13usize, &self.device_threat_protection_enabled);
        w.field(14usize, &self.device_threat_protection_required_security_level);
        w.field(15usize, &self.min_android_security_patch_level);
        w.field(16usize, &self.os_maximum_version);
        w.field(17usize, &self.os_minimum_version);
        w.field(18usize, &self.password_expiration_days);
        w.field(19usize, &self.password_minimum_length);
        w.field(20usize, &self.password_minutes_of_inactivity_before_lock);
        w.field(21usize, &self.password_previous_password_block_count);
        w.field(22usize, &self.password_required);
        w.field(23usize, &self.password_required_type);
        w.field(24usize, &self.security_block_jailbroken_devices);
        w.field(25usize, &self.security_disable_usb_debugging);
        w.field(26usize, &self.security_prevent_install_apps_from_unknown_sources);
        w.field(27usize, &self.security_require_company_portal_app_integrity);
        w.field(28usize, &self.security_require_google_play_services);
        w.field(29usize, &self.security_require_safety_net_attestation_basic_integrity);
        w.field(30usize, &self.security_require_safety_net_attestation_certified_device);
        w.field(31usize, &self.security_require_up_to_date_security_providers);
        w.field(32usize, &self.security_require_verify_apps);
        w.field(33usize, &self.storage_require_encryption);
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
            6usize => ::std::option::Option::Some(&self.assignments),
            7usize => ::std::option::Option::Some(&self.device_setting_state_summaries),
            8usize => ::std::option::Option::Some(&self.device_statuses),
            9usize => ::std::option::Option::Some(&self.device_status_overview),
            10usize => ::std::option::Option::Some(&self.scheduled_actions_for_rule),
            11usize => ::std::option::Option::Some(&self.user_statuses),
            12usize => ::std::option::Option::Some(&self.user_status_overview),
            13usize => {
                ::std::option::Option::Some(&self.device_threat_protection_enabled)
            }
            14usize => {
                ::std::option::Option::Some(
                    &self.device_threat_protection_required_security_level,
                )
            }
            15usize => {
                ::std::option::Option::Some(&self.min_android_security_patch_level)
            }
            16usize => ::std::option::Option::Some(&self.os_maximum_version),
            17usize => ::std::option::Option::Some(&self.os_minimum_version),
            18usize => ::std::option::Option::Some(&self.password_expiration_days),
            19usize => ::std::option::Option::Some(&self.password_minimum_length),
            20usize => {
                ::std::option::Option::Some(
                    &self.password_minutes_of_inactivity_before_lock,
                )
            }
            21usize => {
                ::std::option::Option::Some(&self.password_previous_password_block_count)
            }
            22usize => ::std::option::Option::Some(&self.password_required),
            23usize => ::std::option::Option::Some(&self.password_required_type),
            24usize => {
                ::std::option::Option::Some(&self.security_block_jailbroken_devices)
            }
            25usize => ::std::option::Option::Some(&self.security_disable_usb_debugging),
            26usize => {
                ::std::option::Option::Some(
                    &self.security_prevent_install_apps_from_unknown_sources,
                )
            }
            27usize => {
                ::std::option::Option::Some(
                    &self.security_require_company_portal_app_integrity,
                )
            }
            28usize => {
                ::std::option::Option::Some(&self.security_require_google_play_services)
            }
            29usize => {
                ::std::option::Option::Some(
                    &self.security_require_safety_net_attestation_basic_integrity,
                )
            }
            30usize => {
                ::std::option::Option::Some(
                    &self.security_require_safety_net_attestation_certified_device,
                )
            }
            31usize => {
                ::std::option::Option::Some(
                    &self.security_require_up_to_date_security_providers,
                )
            }
            32usize => ::std::option::Option::Some(&self.security_require_verify_apps),
            33usize => ::std::option::Option::Some(&self.storage_require_encryption),
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
        d.field(6usize, "assignments", &self.assignments);
        d.field(
            7usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        d.field(8usize, "device_statuses", &self.device_statuses);
        d.field(9usize, "device_status_overview", &self.device_status_overview);
        d.field(10usize, "scheduled_actions_for_rule", &self.scheduled_actions_for_rule);
        d.field(11usize, "user_statuses", &self.user_statuses);
        d.field(12usize, "user_status_overview", &self.user_status_overview);
        d.field(
            13usize,
            "device_threat_protection_enabled",
            &self.device_threat_protection_enabled,
        );
        d.field(
            14usize,
            "device_threat_protection_required_security_level",
            &self.device_threat_protection_required_security_level,
        );
        d.field(
            15usize,
            "min_android_security_patch_level",
            &self.min_android_security_patch_level,
        );
        d.field(16usize, "os_maximum_version", &self.os_maximum_version);
        d.field(17usize, "os_minimum_version", &self.os_minimum_version);
        d.field(18usize, "password_expiration_days", &self.password_expiration_days);
        d.field(19usize, "password_minimum_length", &self.password_minimum_length);
        d.field(
            20usize,
            "password_minutes_of_inactivity_before_lock",
            &self.password_minutes_of_inactivity_before_lock,
        );
        d.field(
            21usize,
            "password_previous_password_block_count",
            &self.password_previous_password_block_count,
        );
        d.field(22usize, "password_required", &self.password_required);
        d.field(23usize, "password_required_type", &self.password_required_type);
        d.field(
            24usize,
            "security_block_jailbroken_devices",
            &self.security_block_jailbroken_devices,
        );
        d.field(
            25usize,
            "security_disable_usb_debugging",
            &self.security_disable_usb_debugging,
        );
        d.field(
            26usize,
            "security_prevent_install_apps_from_unknown_sources",
            &self.security_prevent_install_apps_from_unknown_sources,
        );
        d.field(
            27usize,
            "security_require_company_portal_app_integrity",
            &self.security_require_company_portal_app_integrity,
        );
        d.field(
            28usize,
            "security_require_google_play_services",
            &self.security_require_google_play_services,
        );
        d.field(
            29usize,
            "security_require_safety_net_attestation_basic_integrity",
            &self.security_require_safety_net_attestation_basic_integrity,
        );
        d.field(
            30usize,
            "security_require_safety_net_attestation_certified_device",
            &self.security_require_safety_net_attestation_certified_device,
        );
        d.field(
            31usize,
            "security_require_up_to_date_security_providers",
            &self.security_require_up_to_date_security_providers,
        );
        d.field(
            32usize,
            "security_require_verify_apps",
            &self.security_require_verify_apps,
        );
        d.field(33usize, "storage_require_encryption", &self.storage_require_encryption);
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(AndroidWorkProfileCompliancePolicy);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    AndroidWorkProfileCompliancePolicy { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_version version : i32; with_assignments assignments :
    ::std::vec::Vec < crate ::v1::DeviceCompliancePolicyAssignment >;
    with_device_setting_state_summaries device_setting_state_summaries : ::std::vec::Vec
    < crate ::v1::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::v1::DeviceComplianceDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::v1::DeviceComplianceDeviceOverview; with_scheduled_actions_for_rule
    scheduled_actions_for_rule : ::std::vec::Vec < crate
    ::v1::DeviceComplianceScheduledActionForRule >; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::v1::DeviceComplianceUserStatus >; with_user_status_overview
    user_status_overview : crate ::v1::DeviceComplianceUserOverview;
    with_device_threat_protection_enabled device_threat_protection_enabled : bool;
    with_device_threat_protection_required_security_level
    device_threat_protection_required_security_level : crate
    ::v1::DeviceThreatProtectionLevel; with_min_android_security_patch_level
    min_android_security_patch_level : ::std::string::String; with_os_maximum_version
    os_maximum_version : ::std::string::String; with_os_minimum_version
    os_minimum_version : ::std::string::String; with_password_expiration_days
    password_expiration_days : i32; with_password_minimum_length password_minimum_length
    : i32; with_password_minutes_of_inactivity_before_lock
    password_minutes_of_inactivity_before_lock : i32;
    with_password_previous_password_block_count password_previous_password_block_count :
    i32; with_password_required password_required : bool; with_password_required_type
    password_required_type : crate ::v1::AndroidRequiredPasswordType;
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
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidWorkProfileCompliancePolicy);
#[cfg(msgraph_v1_device_management_or_search)]
/// Android Work Profile cross profile data sharing type.
///
/// CSDL: `microsoft.graph.androidWorkProfileCrossProfileDataSharingType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidWorkProfileCrossProfileDataSharingType {
    /// Device default value, no intent.
    ///
    /// `deviceDefault` (value 0).
    DeviceDefault,
    /// Prevent any sharing.
    ///
    /// `preventAny` (value 1).
    PreventAny,
    /// Allow data sharing request from personal profile to work profile.
    ///
    /// `allowPersonalToWork` (value 2).
    AllowPersonalToWork,
    /// No restrictions on sharing.
    ///
    /// `noRestrictions` (value 3).
    NoRestrictions,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for AndroidWorkProfileCrossProfileDataSharingType {
    const TYPE_NAME: &'static str = "microsoft.graph.androidWorkProfileCrossProfileDataSharingType";
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(AndroidWorkProfileCrossProfileDataSharingType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidWorkProfileCrossProfileDataSharingType);
#[cfg(msgraph_v1_device_management_or_search)]
/// Android Work Profile custom configuration
///
/// CSDL: `microsoft.graph.androidWorkProfileCustomConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`AndroidWorkProfileCustomConfigurationPath`](requests/struct.AndroidWorkProfileCustomConfigurationPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct AndroidWorkProfileCustomConfiguration {
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
    /// The list of assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationAssignment>,
    >,
    /// Device Configuration Setting State Device Summary
    ///
    /// CSDL: containment navigation property `deviceSettingStateSummaries`: `Collection(microsoft.graph.settingStateDeviceSummary)`, not nullable.
    pub device_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::v1::SettingStateDeviceSummary>,
    >,
    /// Device configuration installation status by device.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.deviceConfigurationDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationDeviceStatus>,
    >,
    /// Device Configuration devices status overview
    ///
    /// CSDL: containment navigation property `deviceStatusOverview`: `microsoft.graph.deviceConfigurationDeviceOverview`, nullable.
    pub device_status_overview: rt::Field<crate::v1::DeviceConfigurationDeviceOverview>,
    /// Device configuration installation status by user.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.deviceConfigurationUserStatus)`, not nullable.
    pub user_statuses: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationUserStatus>,
    >,
    /// Device Configuration users status overview
    ///
    /// CSDL: containment navigation property `userStatusOverview`: `microsoft.graph.deviceConfigurationUserOverview`, nullable.
    pub user_status_overview: rt::Field<crate::v1::DeviceConfigurationUserOverview>,
    /// OMA settings. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `omaSettings`: `Collection(microsoft.graph.omaSetting)`, nullable.
    pub oma_settings: rt::Field<::std::vec::Vec<crate::v1::AnyOmaSetting>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for AndroidWorkProfileCustomConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_setting_state_summaries: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_overview: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_overview: rt::Field::Absent,
            oma_settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for AndroidWorkProfileCustomConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.androidWorkProfileCustomConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "version",
        "assignments",
        "deviceSettingStateSummaries",
        "deviceStatuses",
        "deviceStatusOverview",
        "userStatuses",
        "userStatusOverview",
        "omaSettings",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"createdDateTime\":",
        ",\"description\":",
        ",\"displayName\":",
        ",\"lastModifiedDateTime\":",
        ",\"version\":",
        ",\"assignments\":",
        ",\"deviceSettingStateSummaries\":",
        ",\"deviceStatuses\":",
        ",\"deviceStatusOverview\":",
        ",\"userStatuses\":",
        ",\"userStatusOverview\":",
        ",\"omaSettings\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidWorkProfileCustomConfiguration\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.version.read_from(r),
            6usize => self.assignments.read_from(r),
            7usize => self.device_setting_state_summaries.read_from(r),
            8usize => self.device_statuses.read_from(r),
            9usize => self.device_status_overview.read_from(r),
            10usize => self.user_statuses.read_from(r),
            11usize => self.user_status_overview.read_from(r),
            12usize => self.oma_settings.read_from(r),
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
        w.field(6usize, &self.assignments);
        w.field(7usize, &self.device_setting_state_summaries);
        w.field(8usize, &self.device_statuses);
        w.field(9usize, &self.device_status_overview);
        w.field(10usize, &self.user_statuses);
        w.field(11usize, &self.user_status_overview);
        w.field(12usize, &self.oma_settings);
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
            6usize => ::std::option::Option::Some(&self.assignments),
            7usize => ::std::option::Option::Some(&self.device_setting_state_summaries),
            8usize => ::std::option::Option::Some(&self.device_statuses),
            9usize => ::std::option::Option::Some(&self.device_status_overview),
            10usize => ::std::option::Option::Some(&self.user_statuses),
            11usize => ::std::option::Option::Some(&self.user_status_overview),
            12usize => ::std::option::Option::Some(&self.oma_settings),
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
        d.field(6usize, "assignments", &self.assignments);
        d.field(
            7usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        d.field(8usize, "device_statuses", &self.device_statuses);
        d.field(9usize, "device_status_overview", &self.device_status_overview);
        d.field(10usize, "user_statuses", &self.user_statuses);
        d.field(11usize, "user_status_overview", &self.user_status_overview);
        d.field(12usize, "oma_settings", &self.oma_settings);
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(AndroidWorkProfileCustomConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    AndroidWorkProfileCustomConfiguration { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_version version : i32; with_assignments assignments :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationAssignment >;
    with_device_setting_state_summaries device_setting_state_summaries : ::std::vec::Vec
    < crate ::v1::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::v1::DeviceConfigurationDeviceOverview; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationUserStatus >;
    with_user_status_overview user_status_overview : crate
    ::v1::DeviceConfigurationUserOverview; with_oma_settings oma_settings :
    ::std::vec::Vec < crate ::v1::AnyOmaSetting >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidWorkProfileCustomConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
/// Android Work Profile default app permission policy type.
///
/// CSDL: `microsoft.graph.androidWorkProfileDefaultAppPermissionPolicyType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidWorkProfileDefaultAppPermissionPolicyType {
    /// Device default value, no intent.
    ///
    /// `deviceDefault` (value 0).
    DeviceDefault,
    /// Prompt.
    ///
    /// `prompt` (value 1).
    Prompt,
    /// Auto grant.
    ///
    /// `autoGrant` (value 2).
    AutoGrant,
    /// Auto deny.
    ///
    /// `autoDeny` (value 3).
    AutoDeny,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(AndroidWorkProfileDefaultAppPermissionPolicyType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidWorkProfileDefaultAppPermissionPolicyType);
#[cfg(msgraph_v1_device_management_or_search)]
/// Android Work Profile general device configuration.
///
/// CSDL: `microsoft.graph.androidWorkProfileGeneralDeviceConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`AndroidWorkProfileGeneralDeviceConfigurationPath`](requests/struct.AndroidWorkProfileGeneralDeviceConfigurationPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct AndroidWorkProfileGeneralDeviceConfiguration {
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
    /// The list of assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationAssignment>,
    >,
    /// Device Configuration Setting State Device Summary
    ///
    /// CSDL: containment navigation property `deviceSettingStateSummaries`: `Collection(microsoft.graph.settingStateDeviceSummary)`, not nullable.
    pub device_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::v1::SettingStateDeviceSummary>,
    >,
    /// Device configuration installation status by device.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.deviceConfigurationDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationDeviceStatus>,
    >,
    /// Device Configuration devices status overview
    ///
    /// CSDL: containment navigation property `deviceStatusOverview`: `microsoft.graph.deviceConfigurationDeviceOverview`, nullable.
    pub device_status_overview: rt::Field<crate::v1::DeviceConfigurationDeviceOverview>,
    /// Device configuration installation status by user.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.deviceConfigurationUserStatus)`, not nullable.
    pub user_statuses: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationUserStatus>,
    >,
    /// Device Configuration users status overview
    ///
    /// CSDL: containment navigation property `userStatusOverview`: `microsoft.graph.deviceConfigurationUserOverview`, nullable.
    pub user_status_overview: rt::Field<crate::v1::DeviceConfigurationUserOverview>,
    /// Indicates whether or not to block fingerprint unlock.
    ///
    /// CSDL: property `passwordBlockFingerprintUnlock`: `Edm.Boolean`, not nullable.
    pub password_block_fingerprint_unlock: rt::Field<bool>,
    /// Indicates whether or not to block Smart Lock and other trust agents.
    ///
    /// CSDL: property `passwordBlockTrustAgents`: `Edm.Boolean`, not nullable.
    pub password_block_trust_agents: rt::Field<bool>,
    /// Number of days before the password expires. Valid values 1 to 365
    ///
    /// CSDL: property `passwordExpirationDays`: `Edm.Int32`, nullable.
    pub password_expiration_days: rt::Field<i32>,
    /// Minimum length of passwords. Valid values 4 to 16
    ///
    /// CSDL: property `passwordMinimumLength`: `Edm.Int32`, nullable.
    pub password_minimum_length: rt::Field<i32>,
    /// Minutes of inactivity before the screen times out.
    ///
    /// CSDL: property `passwordMinutesOfInactivityBeforeScreenTimeout`: `Edm.Int32`, nullable.
    pub password_minutes_of_inactivity_before_screen_timeout: rt::Field<i32>,
    /// Number of previous passwords to block. Valid values 0 to 24
    ///
    /// CSDL: property `passwordPreviousPasswordBlockCount`: `Edm.Int32`, nullable.
    pub password_previous_password_block_count: rt::Field<i32>,
    /// Type of password that is required.
    ///
    /// CSDL: property `passwordRequiredType`: `microsoft.graph.androidWorkProfileRequiredPasswordType`, not nullable.
    pub password_required_type: rt::Field<
        crate::v1::AndroidWorkProfileRequiredPasswordType,
    >,
    /// Number of sign in failures allowed before factory reset. Valid values 1 to 16
    ///
    /// CSDL: property `passwordSignInFailureCountBeforeFactoryReset`: `Edm.Int32`, nullable.
    pub password_sign_in_failure_count_before_factory_reset: rt::Field<i32>,
    /// Require the Android Verify apps feature is turned on.
    ///
    /// CSDL: property `securityRequireVerifyApps`: `Edm.Boolean`, not nullable.
    pub security_require_verify_apps: rt::Field<bool>,
    /// Block users from adding/removing accounts in work profile.
    ///
    /// CSDL: property `workProfileBlockAddingAccounts`: `Edm.Boolean`, not nullable.
    pub work_profile_block_adding_accounts: rt::Field<bool>,
    /// Block work profile camera.
    ///
    /// CSDL: property `workProfileBlockCamera`: `Edm.Boolean`, not nullable.
    pub work_profile_block_camera: rt::Field<bool>,
    /// Block display work profile caller ID in personal profile.
    ///
    /// CSDL: property `workProfileBlockCrossProfileCallerId`: `Edm.Boolean`, not nullable.
    pub work_profile_block_cross_profile_caller_id: rt::Field<bool>,
    /// Block work profile contacts availability in personal profile.
    ///
    /// CSDL: property `workProfileBlockCrossProfileContactsSearch`: `Edm.Boolean`, not nullable.
    pub work_profile_block_cross_profile_contacts_search: rt::Field<bool>,
    /// Boolean that indicates if the setting disallow cross profile copy/paste is enabled.
    ///
    /// CSDL: property `workProfileBlockCrossProfileCopyPaste`: `Edm.Boolean`, not nullable.
    pub work_profile_block_cross_profile_copy_paste: rt::Field<bool>,
    /// Indicates whether or not to block notifications while device locked.
    ///
    /// CSDL: property `workProfileBlockNotificationsWhileDeviceLocked`: `Edm.Boolean`, not nullable.
    pub work_profile_block_notifications_while_device_locked: rt::Field<bool>,
    /// Block screen capture in work profile.
    ///
    /// CSDL: property `workProfileBlockScreenCapture`: `Edm.Boolean`, not nullable.
    pub work_profile_block_screen_capture: rt::Field<bool>,
    /// Allow bluetooth devices to access enterprise contacts.
    ///
    /// CSDL: property `workProfileBluetoothEnableContactSharing`: `Edm.Boolean`, not nullable.
    pub work_profile_bluetooth_enable_contact_sharing: rt::Field<bool>,
    /// Type of data sharing that is allowed.
    ///
    /// CSDL: property `workProfileDataSharingType`: `microsoft.graph.androidWorkProfileCrossProfileDataSharingType`, not nullable.
    pub work_profile_data_sharing_type: rt::Field<
        crate::v1::AndroidWorkProfileCrossProfileDataSharingType,
    >,
    /// Type of password that is required.
    ///
    /// CSDL: property `workProfileDefaultAppPermissionPolicy`: `microsoft.graph.androidWorkProfileDefaultAppPermissionPolicyType`, not nullable.
    pub work_profile_default_app_permission_policy: rt::Field<
        crate::v1::AndroidWorkProfileDefaultAppPermissionPolicyType,
    >,
    /// Indicates whether or not to block fingerprint unlock for work profile.
    ///
    /// CSDL: property `workProfilePasswordBlockFingerprintUnlock`: `Edm.Boolean`, not nullable.
    pub work_profile_password_block_fingerprint_unlock: rt::Field<bool>,
    /// Indicates whether or not to block Smart Lock and other trust agents for work profile.
    ///
    /// CSDL: property `workProfilePasswordBlockTrustAgents`: `Edm.Boolean`, not nullable.
    pub work_profile_password_block_trust_agents: rt::Field<bool>,
    /// Number of days before the work profile password expires. Valid values 1 to 365
    ///
    /// CSDL: property `workProfilePasswordExpirationDays`: `Edm.Int32`, nullable.
    pub work_profile_password_expiration_days: rt::Field<i32>,
    /// Minimum length of work profile password. Valid values 4 to 16
    ///
    /// CSDL: property `workProfilePasswordMinimumLength`: `Edm.Int32`, nullable.
    pub work_profile_password_minimum_length: rt::Field<i32>,
    /// Minimum # of letter characters required in work profile password. Valid values 1 to 10
    ///
    /// CSDL: property `workProfilePasswordMinLetterCharacters`: `Edm.Int32`, nullable.
    pub work_profile_password_min_letter_characters: rt::Field<i32>,
    /// Minimum # of lower-case characters required in work profile password. Valid values 1 to 10
    ///
    /// CSDL: property `workProfilePasswordMinLowerCaseCharacters`: `Edm.Int32`, nullable.
    pub work_profile_password_min_lower_case_characters: rt::Field<i32>,
    /// Minimum # of non-letter characters required in work profile password. Valid values 1 to 10
    ///
    /// CSDL: property `workProfilePasswordMinNonLetterCharacters`: `Edm.Int32`, nullable.
    pub work_profile_password_min_non_letter_characters: rt::Field<i32>,
    /// Minimum # of numeric characters required in work profile password. Valid values 1 to 10
    ///
    /// CSDL: property `workProfilePasswordMinNumericCharacters`: `Edm.Int32`, nullable.
    pub work_profile_password_min_numeric_characters: rt::Field<i32>,
    /// Minimum # of symbols required in work profile password. Valid values 1 to 10
    ///
    /// CSDL: property `workProfilePasswordMinSymbolCharacters`: `Edm.Int32`, nullable.
    pub work_profile_password_min_symbol_characters: rt::Field<i32>,
    /// Minimum # of upper-case characters required in work profile password. Valid values 1 to 10
    ///
    /// CSDL: property `workProfilePasswordMinUpperCaseCharacters`: `Edm.Int32`, nullable.
    pub work_profile_password_min_upper_case_characters: rt::Field<i32>,
    /// Minutes of inactivity before the screen times out.
    ///
    /// CSDL: property `workProfilePasswordMinutesOfInactivityBeforeScreenTimeout`: `Edm.Int32`, nullable.
    pub work_profile_password_minutes_of_inactivity_before_screen_timeout: rt::Field<
        i32,
    >,
    /// Number of previous work profile passwords to block. Valid values 0 to 24
    ///
    /// CSDL: property `workProfilePasswordPreviousPasswordBlockCount`: `Edm.Int32`, nullable.
    pub work_profile_password_previous_password_block_count: rt::Field<i32>,
    /// Type of work profile password that is required.
    ///
    /// CSDL: property `workProfilePasswordRequiredType`: `microsoft.graph.androidWorkProfileRequiredPasswordType`, not nullable.
    pub work_profile_password_required_type: rt::Field<
        crate::v1::AndroidWorkProfileRequiredPasswordType,
    >,
    /// Number of sign in failures allowed before work profile is removed and all corporate data deleted. Valid values 1 to 16
    ///
    /// CSDL: property `workProfilePasswordSignInFailureCountBeforeFactoryReset`: `Edm.Int32`, nullable.
    pub work_profile_password_sign_in_failure_count_before_factory_reset: rt::Field<i32>,
    /// Password is required or not for work profile
    ///
    /// CSDL: property `workProfileRequirePassword`: `Edm.Boolean`, not nullable.
    pub work_profile_require_password: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for AndroidWorkProfileGeneralDeviceConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_setting_state_summaries: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_overview: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_overview: rt::Field::Absent,
            password_block_fingerprint_unlock: rt::Field::Absent,
            password_block_trust_agents: rt::Field::Absent,
            password_expiration_days: rt::Field::Absent,
            password_minimum_length: rt::Field::Absent,
            password_minutes_of_inactivity_before_screen_timeout: rt::Field::Absent,
            password_previous_password_block_count: rt::Field::Absent,
            password_required_type: rt::Field::Absent,
            password_sign_in_failure_count_before_factory_reset: rt::Field::Absent,
            security_require_verify_apps: rt::Field::Absent,
            work_profile_block_adding_accounts: rt::Field::Absent,
            work_profile_block_camera: rt::Field::Absent,
            work_profile_block_cross_profile_caller_id: rt::Field::Absent,
            work_profile_block_cross_profile_contacts_search: rt::Field::Absent,
            work_profile_block_cross_profile_copy_paste: rt::Field::Absent,
            work_profile_block_notifications_while_device_locked: rt::Field::Absent,
            work_profile_block_screen_capture: rt::Field::Absent,
            work_profile_bluetooth_enable_contact_sharing: rt::Field::Absent,
            work_profile_data_sharing_type: rt::Field::Absent,
            work_profile_default_app_permission_policy: rt::Field::Absent,
            work_profile_password_block_fingerprint_unlock: rt::Field::Absent,
            work_profile_password_block_trust_agents: rt::Field::Absent,
            work_profile_password_expiration_days: rt::Field::Absent,
            work_profile_password_minimum_length: rt::Field::Absent,
            work_profile_password_min_letter_characters: rt::Field::Absent,
            work_profile_password_min_lower_case_characters: rt::Field::Absent,
            work_profile_password_min_non_letter_characters: rt::Field::Absent,
            work_profile_password_min_numeric_characters: rt::Field::Absent,
            work_profile_password_min_symbol_characters: rt::Field::Absent,
            work_profile_password_min_upper_case_characters: rt::Field::Absent,
            work_profile_password_minutes_of_inactivity_before_screen_timeout: rt::Field::Absent,
            work_profile_password_previous_password_block_count: rt::Field::Absent,
            work_profile_password_required_type: rt::Field::Absent,
            work_profile_password_sign_in_failure_count_before_factory_reset: rt::Field::Absent,
            work_profile_require_password: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for AndroidWorkProfileGeneralDeviceConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.androidWorkProfileGeneralDeviceConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "version",
        "assignments",
        "deviceSettingStateSummaries",
        "deviceStatuses",
        "deviceStatusOverview",
        "userStatuses",
        "userStatusOverview",
        "passwordBlockFingerprintUnlock",
        "passwordBlockTrustAgents",
        "passwordExpirationDays",
        "passwordMinimumLength",
        "passwordMinutesOfInactivityBeforeScreenTimeout",
        "passwordPreviousPasswordBlockCount",
        "passwordRequiredType",
        "passwordSignInFailureCountBeforeFactoryReset",
        "securityRequireVerifyApps",
        "workProfileBlockAddingAccounts",
        "workProfileBlockCamera",
        "workProfileBlockCrossProfileCallerId",
        "workProfileBlockCrossProfileContactsSearch",
        "workProfileBlockCrossProfileCopyPaste",
        "workProfileBlockNotificationsWhileDeviceLocked",
        "workProfileBlockScreenCapture",
        "workProfileBluetoothEnableContactSharing",
        "workProfileDataSharingType",
        "workProfileDefaultAppPermissionPolicy",
        "workProfilePasswordBlockFingerprintUnlock",
        "workProfilePasswordBlockTrustAgents",
        "workProfilePasswordExpirationDays",
        "workProfilePasswordMinimumLength",
        "workProfilePasswordMinLetterCharacters",
        "workProfilePasswordMinLowerCaseCharacters",
        "workProfilePasswordMinNonLetterCharacters",
        "workProfilePasswordMinNumericCharacters",
        "workProfilePasswordMinSymbolCharacters",
        "workProfilePasswordMinUpperCaseCharacters",
        "workProfilePasswordMinutesOfInactivityBeforeScreenTimeout",
        "workProfilePasswordPreviousPasswordBlockCount",
        "workProfilePasswordRequiredType",
        "workProfilePasswordSignInFailureCountBeforeFactoryReset",
        "workProfileRequirePassword",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"createdDateTime\":",
        ",\"description\":",
        ",\"displayName\":",
        ",\"lastModifiedDateTime\":",
        ",\"version\":",
        ",\"assignments\":",
        ",\"deviceSettingStateSummaries\":",
        ",\"deviceStatuses\":",
        ",\"deviceStatusOverview\":",
        ",\"userStatuses\":",
        ",\"userStatusOverview\":",
        ",\"passwordBlockFingerprintUnlock\":",
        ",\"passwordBlockTrustAgents\":",
        ",\"passwordExpirationDays\":",
        ",\"passwordMinimumLength\":",
        ",\"passwordMinutesOfInactivityBeforeScreenTimeout\":",
        ",\"passwordPreviousPasswordBlockCount\":",
        ",\"passwordRequiredType\":",
        ",\"passwordSignInFailureCountBeforeFactoryReset\":",
        ",\"securityRequireVerifyApps\":",
        ",\"workProfileBlockAddingAccounts\":",
        ",\"workProfileBlockCamera\":",
        ",\"workProfileBlockCrossProfileCallerId\":",
        ",\"workProfileBlockCrossProfileContactsSearch\":",
        ",\"workProfileBlockCrossProfileCopyPaste\":",
        ",\"workProfileBlockNotificationsWhileDeviceLocked\":",
        ",\"workProfileBlockScreenCapture\":",
        ",\"workProfileBluetoothEnableContactSharing\":",
        ",\"workProfileDataSharingType\":",
        ",\"workProfileDefaultAppPermissionPolicy\":",
        ",\"workProfilePasswordBlockFingerprintUnlock\":",
        ",\"workProfilePasswordBlockTrustAgents\":",
        ",\"workProfilePasswordExpirationDays\":",
        ",\"workProfilePasswordMinimumLength\":",
        ",\"workProfilePasswordMinLetterCharacters\":",
        ",\"workProfilePasswordMinLowerCaseCharacters\":",
        ",\"workProfilePasswordMinNonLetterCharacters\":",
        ",\"workProfilePasswordMinNumericCharacters\":",
        ",\"workProfilePasswordMinSymbolCharacters\":",
        ",\"workProfilePasswordMinUpperCaseCharacters\":",
        ",\"workProfilePasswordMinutesOfInactivityBeforeScreenTimeout\":",
        ",\"workProfilePasswordPreviousPasswordBlockCount\":",
        ",\"workProfilePasswordRequiredType\":",
        ",\"workProfilePasswordSignInFailureCountBeforeFactoryReset\":",
        ",\"workProfileRequirePassword\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.androidWorkProfileGeneralDeviceConfiguration\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.version.read_from(r),
            6usize => self.assignments.read_from(r),
            7usize => self.device_setting_state_summaries.read_from(r),
            8usize => self.device_statuses.read_from(r),
            9usize => self.device_status_overview.read_from(r),
            10usize => self.user_statuses.read_from(r),
            11usize => self.user_status_overview.read_from(r),
            12usize => self.password_block_fingerprint_unlock.read_from(r),
            13usize => self.password_block_trust_agents.read_from(r),
            14usize => self.password_expiration_days.read_from(r),
            15usize => self.password_minimum_length.read_from(r),
            16usize => {
                self.password_minutes_of_inactivity_before_screen_timeout.read_from(r)
            }
            17usize => self.password_previous_password_block_count.read_from(r),
            18usize => self.password_required_type.read_from(r),
            19usize => {
                self.password_sign_in_failure_count_before_factory_reset.read_from(r)
            }
            20usize => self.security_require_verify_apps.read_from(r),
            21usize => self.work_profile_block_adding_accounts.read_from(r),
            22usize => self.work_profile_block_camera.read_from(r),
            23usize => self.work_profile_block_cross_profile_caller_id.read_from(r),
            24usize => self.work_profile_block_cross_profile_contacts_search.read_from(r),
            25usize => self.work_profile_block_cross_profile_copy_paste.read_from(r),
            26usize => {
                self.work_profile_block_notifications_while_device_locked.read_from(r)
            }
            27usize => self.work_profile_block_screen_capture.read_from(r),
            28usize => self.work_profile_bluetooth_enable_contact_sharing.read_from(r),
            29usize => self.work_profile_data_sharing_type.read_from(r),
            30usize => self.work_profile_default_app_permission_policy.read_from(r),
            31usize => self.work_profile_password_block_fingerprint_unlock.read_from(r),
            32usize => self.work_profile_password_block_trust_agents.read_from(r),
            33usize => self.work_profile_password_expiration_days.read_from(r),
            34usize => self.work_profile_password_minimum_length.read_from(r),
            35usize => self.work_profile_password_min_letter_characters.read_from(r),
            36usize => self.work_profile_password_min_lower_case_characters.read_from(r),
            37usize => self.work_profile_password_min_non_letter_characters.read_from(r),
            38usize => self.work_profile_password_min_numeric_characters.read_from(r),
            39usize => self.work_profile_password_min_symbol_characters.read_from(r),
            40usize => self.work_profile_password_min_upper_case_characters.read_from(r),
            41usize => {
                self.work_profile_password_minutes_of_inactivity_before_screen_timeout
                    .read_from(r)
            }
            42usize => {
                self.work_profile_password_previous_password_block_count.read_from(r)
            }
            43usize => self.work_profile_password_required_type.read_from(r),
            44usize => {
                self.work_profile_password_sign_in_failure_count_before_factory_reset
                    .read_from(r)
            }
            45usize => self.work_profile_require_password.read_from(r),
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
        w.field(6usize, &self.assignments);
        w.field(7usize, &self.device_setting_state_summaries);
        w.field(8usize, &self.device_statuses);
        w.field(9usize, &self.device_status_overview);
        w.field(10usize, &self.user_statuses);
        w.field(11usize, &self.user_status_overview);
        w.field(12usize, &self.password_block_fingerprint_unlock);
        w.field(13usize, &self.password_block_trust_agents);
        w.field(14usize, &self.password_expiration_days);
        w.field(15usize, &self.password_minimum_length);
        w.field(16usize, &self.password_minutes_of_inactivity_before_screen_timeout);
        w.field(17usize, &self.password_previous_password_block_count);
        w.field(18usize, &self.password_required_type);
        w.field(19usize, &self.password_sign_in_failure_count_before_factory_reset);
        w.field(20usize, &self.security_require_verify_apps);
        w.field(21usize, &self.work_profile_block_adding_accounts);
        w.field(22usize, &self.work_profile_block_camera);
        w.field(23usize, &self.work_profile_block_cross_profile_caller_id);
        w.field(24usize, &self.work_profile_block_cross_profile_contacts_search);
        w.field(25usize, &self.work_profile_block_cross_profile_copy_paste);
        w.field(26usize, &self.work_profile_block_notifications_while_device_locked);
        w.field(27usize, &self.work_profile_block_screen_capture);
        w.field(28usize, &self.work_profile_bluetooth_enable_contact_sharing);
        w.field(29usize, &self.work_profile_data_sharing_type);
        w.field(30usize, &self.work_profile_default_app_permission_policy);
        w.field(31usize, &self.work_profile_password_block_fingerprint_unlock);
        w.field(32usize, &self.work_profile_password_block_trust_agents);
        w.field(33usize, &self.work_profile_password_expiration_days);
        w.field(34usize, &self.work_profile_password_minimum_length);
        w.field(35usize, &self.work_profile_password_min_letter_characters);
        w.field(36usize, &self.work_profile_password_min_lower_case_characters);
        w.field(37usize, &self.work_profile_password_min_non_letter_characters);
        w.field(38usize, &self.work_profile_password_min_numeric_characters);
        w.field(39usize, &self.work_profile_password_min_symbol_characters);
        w.field(40usize, &self.work_profile_password_min_upper_case_characters);
        w.field(
            41usize,
            &self.work_profile_password_minutes_of_inactivity_before_screen_timeout,
        );
        w.field(42usize, &self.work_profile_password_previous_password_block_count);
        w.field(43usize, &self.work_profile_password_required_type);
        w.field(
            44usize,
            &self.work_profile_password_sign_in_failure_count_before_factory_reset,
        );
        w.field(45usize, &self.work_profile_require_password);
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
            6usize => ::std::option::Option::Some(&self.assignments),
            7usize => ::std::option::Option::Some(&self.device_setting_state_summaries),
            8usize => ::std::option::Option::Some(&self.device_statuses),
            9usize => ::std::option::Option::Some(&self.device_status_overview),
            10usize => ::std::option::Option::Some(&self.user_statuses),
            11usize => ::std::option::Option::Some(&self.user_status_overview),
            12usize => {
                ::std::option::Option::Some(&self.password_block_fingerprint_unlock)
            }
            13usize => ::std::option::Option::Some(&self.password_block_trust_agents),
            14usize => ::std::option::Option::Some(&self.password_expiration_days),
            15usize => ::std::option::Option::Some(&self.password_minimum_length),
            16usize => {
                ::std::option::Option::Some(
                    &self.password_minutes_of_inactivity_before_screen_timeout,
                )
            }
            17usize => {
                ::std::option::Option::Some(&self.password_previous_password_block_count)
            }
            18usize => ::std::option::Option::Some(&self.password_required_type),
            19usize => {
                ::std::option::Option::Some(
                    &self.password_sign_in_failure_count_before_factory_reset,
                )
            }
            20usize => ::std::option::Option::Some(&self.security_require_verify_apps),
            21usize => {
                ::std::option::Option::Some(&self.work_profile_block_adding_accounts)
            }
            22usize => ::std::option::Option::Some(&self.work_profile_block_camera),
            23usize => {
                ::std::option::Option::Some(
                    &self.work_profile_block_cross_profile_caller_id,
                )
            }
            24usize => {
                ::std::option::Option::Some(
                    &self.work_profile_block_cross_profile_contacts_search,
                )
            }
            25usize => {
                ::std::option::Option::Some(
                    &self.work_profile_block_cross_profile_copy_paste,
                )
            }
            26usize => {
                ::std::option::Option::Some(
                    &self.work_profile_block_notifications_while_device_locked,
                )
            }
            27usize => {
                ::std::option::Option::Some(&self.work_profile_block_screen_capture)
            }
            28usize => {
                ::std::option::Option::Some(
                    &self.work_profile_bluetooth_enable_contact_sharing,
                )
            }
            29usize => ::std::option::Option::Some(&self.work_profile_data_sharing_type),
            30usize => {
                ::std::option::Option::Some(
                    &self.work_profile_default_app_permission_policy,
                )
            }
            31usize => {
                ::std::option::Option::Some(
                    &self.work_profile_password_block_fingerprint_unlock,
                )
            }
            32usize => {
                ::std::option::Option::Some(
                    &self.work_profile_password_block_trust_agents,
                )
            }
            33usize => {
                ::std::option::Option::Some(&self.work_profile_password_expiration_days)
            }
            34usize => {
                ::std::option::Option::Some(&self.work_profile_password_minimum_length)
            }
            35usize => {
                ::std::option::Option::Some(
                    &self.work_profile_password_min_letter_characters,
                )
            }
            36usize => {
                ::std::option::Option::Some(
                    &self.work_profile_password_min_lower_case_characters,
                )
            }
            37usize => {
                ::std::option::Option::Some(
                    &self.work_profile_password_min_non_letter_characters,
                )
            }
            38usize => {
                ::std::option::Option::Some(
                    &self.work_profile_password_min_numeric_characters,
                )
            }
            39usize => {
                ::std::option::Option::Some(
                    &self.work_profile_password_min_symbol_characters,
                )
            }
            40usize => {
                ::std::option::Option::Some(
                    &self.work_profile_password_min_upper_case_characters,
                )
            }
            41usize => {
                ::std::option::Option::Some(
                    &self
                        .work_profile_password_minutes_of_inactivity_before_screen_timeout,
                )
            }
            42usize => {
                ::std::option::Option::Some(
                    &self.work_profile_password_previous_password_block_count,
                )
            }
            43usize => {
                ::std::option::Option::Some(&self.work_profile_password_required_type)
            }
            44usize => {
                ::std::option::Option::Some(
                    &self
                        .work_profile_password_sign_in_failure_count_before_factory_reset,
                )
            }
            45usize => ::std::option::Option::Some(&self.work_profile_require_password),
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
        d.field(6usize, "assignments", &self.assignments);
        d.field(
            7usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        d.field(8usize, "device_statuses", &self.device_statuses);
        d.field(9usize, "device_status_overview", &self.device_status_overview);
        d.field(10usize, "user_statuses", &self.user_statuses);
        d.field(11usize, "user_status_overview", &self.user_status_overview);
        d.field(
            12usize,
            "password_block_fingerprint_unlock",
            &self.password_block_fingerprint_unlock,
        );
        d.field(
            13usize,
            "password_block_trust_agents",
            &self.password_block_trust_agents,
        );
        d.field(14usize, "password_expiration_days", &self.password_expiration_days);
        d.field(15usize, "password_minimum_length", &self.password_minimum_length);
        d.field(
            16usize,
            "password_minutes_of_inactivity_before_screen_timeout",
            &self.password_minutes_of_inactivity_before_screen_timeout,
        );
        d.field(
            17usize,
            "password_previous_password_block_count",
            &self.password_previous_password_block_count,
        );
        d.field(18usize, "password_required_type", &self.password_required_type);
        d.field(
            19usize,
            "password_sign_in_failure_count_before_factory_reset",
            &self.password_sign_in_failure_count_before_factory_reset,
        );
        d.field(
            20usize,
            "security_require_verify_apps",
            &self.security_require_verify_apps,
        );
        d.field(
            21usize,
            "work_profile_block_adding_accounts",
            &self.work_profile_block_adding_accounts,
        );
        d.field(22usize, "work_profile_block_camera", &self.work_profile_block_camera);
        d.field(
            23usize,
            "work_profile_block_cross_profile_caller_id",
            &self.work_profile_block_cross_profile_caller_id,
        );
        d.field(
            24usize,
            "work_profile_block_cross_profile_contacts_search",
            &self.work_profile_block_cross_profile_contacts_search,
        );
        d.field(
            25usize,
            "work_profile_block_cross_profile_copy_paste",
            &self.work_profile_block_cross_profile_copy_paste,
        );
        d.field(
            26usize,
            "work_profile_block_notifications_while_device_locked",
            &self.work_profile_block_notifications_while_device_locked,
        );
        d.field(
            27usize,
            "work_profile_block_screen_capture",
            &self.work_profile_block_screen_capture,
        );
        d.field(
            28usize,
            "work_profile_bluetooth_enable_contact_sharing",
            &self.work_profile_bluetooth_enable_contact_sharing,
        );
        d.field(
            29usize,
            "work_profile_data_sharing_type",
            &self.work_profile_data_sharing_type,
        );
        d.field(
            30usize,
            "work_profile_default_app_permission_policy",
            &self.work_profile_default_app_permission_policy,
        );
        d.field(
            31usize,
            "work_profile_password_block_fingerprint_unlock",
            &self.work_profile_password_block_fingerprint_unlock,
        );
        d.field(
            32usize,
            "work_profile_password_block_trust_agents",
            &self.work_profile_password_block_trust_agents,
        );
        d.field(
            33usize,
            "work_profile_password_expiration_days",
            &self.work_profile_password_expiration_days,
        );
        d.field(
            34usize,
            "work_profile_password_minimum_length",
            &self.work_profile_password_minimum_length,
        );
        d.field(
            35usize,
            "work_profile_password_min_letter_characters",
            &self.work_profile_password_min_letter_characters,
        );
        d.field(
            36usize,
            "work_profile_password_min_lower_case_characters",
            &self.work_profile_password_min_lower_case_characters,
        );
        d.field(
            37usize,
            "work_profile_password_min_non_letter_characters",
            &self.work_profile_password_min_non_letter_characters,
        );
        d.field(
            38usize,
            "work_profile_password_min_numeric_characters",
            &self.work_profile_password_min_numeric_characters,
        );
        d.field(
            39usize,
            "work_profile_password_min_symbol_characters",
            &self.work_profile_password_min_symbol_characters,
        );
        d.field(
            40usize,
            "work_profile_password_min_upper_case_characters",
            &self.work_profile_password_min_upper_case_characters,
        );
        d.field(
            41usize,
            "work_profile_password_minutes_of_inactivity_before_screen_timeout",
            &self.work_profile_password_minutes_of_inactivity_before_screen_timeout,
        );
        d.field(
            42usize,
            "work_profile_password_previous_password_block_count",
            &self.work_profile_password_previous_password_block_count,
        );
        d.field(
            43usize,
            "work_profile_password_required_type",
            &self.work_profile_password_required_type,
        );
        d.field(
            44usize,
            "work_profile_password_sign_in_failure_count_before_factory_reset",
            &self.work_profile_password_sign_in_failure_count_before_factory_reset,
        );
        d.field(
            45usize,
            "work_profile_require_password",
            &self.work_profile_require_password,
        );
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(AndroidWorkProfileGeneralDeviceConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    AndroidWorkProfileGeneralDeviceConfiguration { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_version version : i32; with_assignments assignments :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationAssignment >;
    with_device_setting_state_summaries device_setting_state_summaries : ::std::vec::Vec
    < crate ::v1::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::v1::DeviceConfigurationDeviceOverview; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationUserStatus >;
    with_user_status_overview user_status_overview : crate
    ::v1::DeviceConfigurationUserOverview; with_password_block_fingerprint_unlock
    password_block_fingerprint_unlock : bool; with_password_block_trust_agents
    password_block_trust_agents : bool; with_password_expiration_days
    password_expiration_days : i32; with_password_minimum_length password_minimum_length
    : i32; with_password_minutes_of_inactivity_before_screen_timeout
    password_minutes_of_inactivity_before_screen_timeout : i32;
    with_password_previous_password_block_count password_previous_password_block_count :
    i32; with_password_required_type password_required_type : crate
    ::v1::AndroidWorkProfileRequiredPasswordType;
    with_password_sign_in_failure_count_before_factory_reset
    password_sign_in_failure_count_before_factory_reset : i32;
    with_security_require_verify_apps security_require_verify_apps : bool;
    with_work_profile_block_adding_accounts work_profile_block_adding_accounts : bool;
    with_work_profile_block_camera work_profile_block_camera : bool;
    with_work_profile_block_cross_profile_caller_id
    work_profile_block_cross_profile_caller_id : bool;
    with_work_profile_block_cross_profile_contacts_search
    work_profile_block_cross_profile_contacts_search : bool;
    with_work_profile_block_cross_profile_copy_paste
    work_profile_block_cross_profile_copy_paste : bool;
    with_work_profile_block_notifications_while_device_locked
    work_profile_block_notifications_while_device_locked : bool;
    with_work_profile_block_screen_capture work_profile_block_screen_capture : bool;
    with_work_profile_bluetooth_enable_contact_sharing
    work_profile_bluetooth_enable_contact_sharing : bool;
    with_work_profile_data_sharing_type work_profile_data_sharing_type : crate
    ::v1::AndroidWorkProfileCrossProfileDataSharingType;
    with_work_profile_default_app_permission_policy
    work_profile_default_app_permission_policy : crate
    ::v1::AndroidWorkProfileDefaultAppPermissionPolicyType;
    with_work_profile_password_block_fingerprint_unlock
    work_profile_password_block_fingerprint_unlock : bool;
    with_work_profile_password_block_trust_agents
    work_profile_password_block_trust_agents : bool;
    with_work_profile_password_expiration_days work_profile_password_expiration_days :
    i32; with_work_profile_password_minimum_length work_profile_password_minimum_length :
    i32; with_work_profile_password_min_letter_characters
    work_profile_password_min_letter_characters : i32;
    with_work_profile_password_min_lower_case_characters
    work_profile_password_min_lower_case_characters : i32;
    with_work_profile_password_min_non_letter_characters
    work_profile_password_min_non_letter_characters : i32;
    with_work_profile_password_min_numeric_characters
    work_profile_password_min_numeric_characters : i32;
    with_work_profile_password_min_symbol_characters
    work_profile_password_min_symbol_characters : i32;
    with_work_profile_password_min_upper_case_characters
    work_profile_password_min_upper_case_characters : i32;
    with_work_profile_password_minutes_of_inactivity_before_screen_timeout
    work_profile_password_minutes_of_inactivity_before_screen_timeout : i32;
    with_work_profile_password_previous_password_block_count
    work_profile_password_previous_password_block_count : i32;
    with_work_profile_password_required_type work_profile_password_required_type : crate
    ::v1::AndroidWorkProfileRequiredPasswordType;
    with_work_profile_password_sign_in_failure_count_before_factory_reset
    work_profile_password_sign_in_failure_count_before_factory_reset : i32;
    with_work_profile_require_password work_profile_require_password : bool; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidWorkProfileGeneralDeviceConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
/// Android Work Profile required password type.
///
/// CSDL: `microsoft.graph.androidWorkProfileRequiredPasswordType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AndroidWorkProfileRequiredPasswordType {
    /// Device default value, no intent.
    ///
    /// `deviceDefault` (value 0).
    DeviceDefault,
    /// Low security biometrics based password required.
    ///
    /// `lowSecurityBiometric` (value 1).
    LowSecurityBiometric,
    /// Required.
    ///
    /// `required` (value 2).
    Required,
    /// At least numeric password required.
    ///
    /// `atLeastNumeric` (value 3).
    AtLeastNumeric,
    /// Numeric complex password required.
    ///
    /// `numericComplex` (value 4).
    NumericComplex,
    /// At least alphabetic password required.
    ///
    /// `atLeastAlphabetic` (value 5).
    AtLeastAlphabetic,
    /// At least alphanumeric password required.
    ///
    /// `atLeastAlphanumeric` (value 6).
    AtLeastAlphanumeric,
    /// At least alphanumeric with symbols password required.
    ///
    /// `alphanumericWithSymbols` (value 7).
    AlphanumericWithSymbols,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(AndroidWorkProfileRequiredPasswordType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AndroidWorkProfileRequiredPasswordType);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.anonymousGuestConversationMember`, entity type, derived from `microsoft.graph.conversationMember`, key `id`.
///
/// Request builders: [`AnonymousGuestConversationMemberPath`](requests/struct.AnonymousGuestConversationMemberPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct AnonymousGuestConversationMember {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `roles`: `Collection(Edm.String)`, nullable.
    pub roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `visibleHistoryStartDateTime`: `Edm.DateTimeOffset`, nullable.
    pub visible_history_start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `anonymousGuestId`: `Edm.String`, nullable.
    pub anonymous_guest_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for AnonymousGuestConversationMember {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            roles: rt::Field::Absent,
            visible_history_start_date_time: rt::Field::Absent,
            anonymous_guest_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for AnonymousGuestConversationMember {
    const TYPE_NAME: &'static str = "microsoft.graph.anonymousGuestConversationMember";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "roles",
        "visibleHistoryStartDateTime",
        "anonymousGuestId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"displayName\":",
        ",\"roles\":",
        ",\"visibleHistoryStartDateTime\":",
        ",\"anonymousGuestId\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.anonymousGuestConversationMember\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.roles.read_from(r),
            3usize => self.visible_history_start_date_time.read_from(r),
            4usize => self.anonymous_guest_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.roles);
        w.field(3usize, &self.visible_history_start_date_time);
        w.field(4usize, &self.anonymous_guest_id);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.display_name),
            2usize => ::std::option::Option::Some(&self.roles),
            3usize => ::std::option::Option::Some(&self.visible_history_start_date_time),
            4usize => ::std::option::Option::Some(&self.anonymous_guest_id),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "display_name", &self.display_name);
        d.field(2usize, "roles", &self.roles);
        d.field(
            3usize,
            "visible_history_start_date_time",
            &self.visible_history_start_date_time,
        );
        d.field(4usize, "anonymous_guest_id", &self.anonymous_guest_id);
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
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_object!(AnonymousGuestConversationMember);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    AnonymousGuestConversationMember { with_id id : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_roles roles :
    ::std::vec::Vec < ::std::string::String >; with_visible_history_start_date_time
    visible_history_start_date_time : rt::edm::DateTimeOffset; with_anonymous_guest_id
    anonymous_guest_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnonymousGuestConversationMember);
