//! Types of `microsoft.graph` by the first letters of their names (`windows1_windowsm`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// Windows 10 force update schedule for Apps
///
/// CSDL: `microsoft.graph.windows10AppsForceUpdateSchedule`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct Windows10AppsForceUpdateSchedule {
    /// Recurrence schedule.
    ///
    /// CSDL: property `recurrence`: `microsoft.graph.windows10AppsUpdateRecurrence`, not nullable.
    pub recurrence: rt::Field<crate::beta::Windows10AppsUpdateRecurrence>,
    /// If true, runs the task immediately if StartDateTime is in the past, else, runs at the next recurrence.
    ///
    /// CSDL: property `runImmediatelyIfAfterStartDateTime`: `Edm.Boolean`, not nullable.
    pub run_immediately_if_after_start_date_time: rt::Field<bool>,
    /// The start time for the force restart.
    ///
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for Windows10AppsForceUpdateSchedule {
    #[inline]
    fn default() -> Self {
        Self {
            recurrence: rt::Field::Absent,
            run_immediately_if_after_start_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for Windows10AppsForceUpdateSchedule {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10AppsForceUpdateSchedule";
    const KEYS: &'static [&'static str] = &[
        "recurrence",
        "runImmediatelyIfAfterStartDateTime",
        "startDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"recurrence\":                   ",
        ",\"runImmediatelyIfAfterStartDateTime\":",
        ",\"startDateTime\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows10AppsForceUpdateSchedule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "recurrence", &self.recurrence);
        v.field(
            1usize,
            "run_immediately_if_after_start_date_time",
            &self.run_immediately_if_after_start_date_time,
        );
        v.field(2usize, "start_date_time", &self.start_date_time);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for Windows10AppsForceUpdateSchedule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.recurrence.read_from(r),
            1usize => self.run_immediately_if_after_start_date_time.read_from(r),
            2usize => self.start_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.recurrence);
        w.field(1usize, &self.run_immediately_if_after_start_date_time);
        w.field(2usize, &self.start_date_time);
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
rt::impl_object!(Windows10AppsForceUpdateSchedule);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    Windows10AppsForceUpdateSchedule { with_recurrence recurrence : crate
    ::beta::Windows10AppsUpdateRecurrence; with_run_immediately_if_after_start_date_time
    run_immediately_if_after_start_date_time : bool; with_start_date_time start_date_time
    : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows10AppsForceUpdateSchedule);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.windows10AppsUpdateRecurrence`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Windows10AppsUpdateRecurrence {
    /// `none` (value 0).
    None,
    /// `daily` (value 1).
    Daily,
    /// `weekly` (value 2).
    Weekly,
    /// `monthly` (value 3).
    Monthly,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for Windows10AppsUpdateRecurrence {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10AppsUpdateRecurrence";
    const MEMBERS: &'static [&'static str] = &["none", "daily", "weekly", "monthly"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "daily" => Self::Daily,
                "weekly" => Self::Weekly,
                "monthly" => Self::Monthly,
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
            Self::Daily => "daily",
            Self::Weekly => "weekly",
            Self::Monthly => "monthly",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(Windows10AppsUpdateRecurrence);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows10AppsUpdateRecurrence);
#[cfg(msgraph_beta_device_management_or_search)]
/// This class contains compliance settings for Windows 10.
///
/// CSDL: `microsoft.graph.windows10CompliancePolicy`, entity type, derived from `microsoft.graph.deviceCompliancePolicy`, key `id`.
///
/// Request builders: [`Windows10CompliancePolicyPath`](requests/trait.Windows10CompliancePolicyPath.html), what a path to one (`EntityPath<Windows10CompliancePolicy, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct Windows10CompliancePolicy {
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
    /// Require active firewall on Windows devices.
    ///
    /// CSDL: property `activeFirewallRequired`: `Edm.Boolean`, not nullable.
    pub active_firewall_required: rt::Field<bool>,
    /// Require any AntiSpyware solution registered with Windows Decurity Center to be on and monitoring (e.g. Symantec, Windows Defender).
    ///
    /// CSDL: property `antiSpywareRequired`: `Edm.Boolean`, not nullable.
    pub anti_spyware_required: rt::Field<bool>,
    /// Require any Antivirus solution registered with Windows Decurity Center to be on and monitoring (e.g. Symantec, Windows Defender).
    ///
    /// CSDL: property `antivirusRequired`: `Edm.Boolean`, not nullable.
    pub antivirus_required: rt::Field<bool>,
    /// Require devices to be reported healthy by Windows Device Health Attestation - bit locker is enabled
    ///
    /// CSDL: property `bitLockerEnabled`: `Edm.Boolean`, not nullable.
    pub bit_locker_enabled: rt::Field<bool>,
    /// Require devices to be reported as healthy by Windows Device Health Attestation.
    ///
    /// CSDL: property `codeIntegrityEnabled`: `Edm.Boolean`, not nullable.
    pub code_integrity_enabled: rt::Field<bool>,
    /// Require to consider SCCM Compliance state into consideration for Intune Compliance State.
    ///
    /// CSDL: property `configurationManagerComplianceRequired`: `Edm.Boolean`, not nullable.
    pub configuration_manager_compliance_required: rt::Field<bool>,
    /// Require Windows Defender Antimalware on Windows devices.
    ///
    /// CSDL: property `defenderEnabled`: `Edm.Boolean`, not nullable.
    pub defender_enabled: rt::Field<bool>,
    /// Require Windows Defender Antimalware minimum version on Windows devices.
    ///
    /// CSDL: property `defenderVersion`: `Edm.String`, nullable.
    pub defender_version: rt::Field<::std::string::String>,
    /// CSDL: property `deviceCompliancePolicyScript`: `microsoft.graph.deviceCompliancePolicyScript`, nullable.
    pub device_compliance_policy_script: rt::Field<
        crate::beta::DeviceCompliancePolicyScript,
    >,
    /// Require that devices have enabled device threat protection.
    ///
    /// CSDL: property `deviceThreatProtectionEnabled`: `Edm.Boolean`, not nullable.
    pub device_threat_protection_enabled: rt::Field<bool>,
    /// Require Device Threat Protection minimum risk level to report noncompliance.
    ///
    /// CSDL: property `deviceThreatProtectionRequiredSecurityLevel`: `microsoft.graph.deviceThreatProtectionLevel`, not nullable.
    pub device_threat_protection_required_security_level: rt::Field<
        crate::beta::DeviceThreatProtectionLevel,
    >,
    /// Require devices to be reported as healthy by Windows Device Health Attestation - early launch antimalware driver is enabled.
    ///
    /// CSDL: property `earlyLaunchAntiMalwareDriverEnabled`: `Edm.Boolean`, not nullable.
    pub early_launch_anti_malware_driver_enabled: rt::Field<bool>,
    /// Maximum Windows Phone version.
    ///
    /// CSDL: property `mobileOsMaximumVersion`: `Edm.String`, nullable.
    pub mobile_os_maximum_version: rt::Field<::std::string::String>,
    /// Minimum Windows Phone version.
    ///
    /// CSDL: property `mobileOsMinimumVersion`: `Edm.String`, nullable.
    pub mobile_os_minimum_version: rt::Field<::std::string::String>,
    /// Maximum Windows 10 version.
    ///
    /// CSDL: property `osMaximumVersion`: `Edm.String`, nullable.
    pub os_maximum_version: rt::Field<::std::string::String>,
    /// Minimum Windows 10 version.
    ///
    /// CSDL: property `osMinimumVersion`: `Edm.String`, nullable.
    pub os_minimum_version: rt::Field<::std::string::String>,
    /// Indicates whether or not to block simple password.
    ///
    /// CSDL: property `passwordBlockSimple`: `Edm.Boolean`, not nullable.
    pub password_block_simple: rt::Field<bool>,
    /// The password expiration in days.
    ///
    /// CSDL: property `passwordExpirationDays`: `Edm.Int32`, nullable.
    pub password_expiration_days: rt::Field<i32>,
    /// The number of character sets required in the password.
    ///
    /// CSDL: property `passwordMinimumCharacterSetCount`: `Edm.Int32`, nullable.
    pub password_minimum_character_set_count: rt::Field<i32>,
    /// The minimum password length.
    ///
    /// CSDL: property `passwordMinimumLength`: `Edm.Int32`, nullable.
    pub password_minimum_length: rt::Field<i32>,
    /// Minutes of inactivity before a password is required.
    ///
    /// CSDL: property `passwordMinutesOfInactivityBeforeLock`: `Edm.Int32`, nullable.
    pub password_minutes_of_inactivity_before_lock: rt::Field<i32>,
    /// The number of previous passwords to prevent re-use of.
    ///
    /// CSDL: property `passwordPreviousPasswordBlockCount`: `Edm.Int32`, nullable.
    pub password_previous_password_block_count: rt::Field<i32>,
    /// Require a password to unlock Windows device.
    ///
    /// CSDL: property `passwordRequired`: `Edm.Boolean`, not nullable.
    pub password_required: rt::Field<bool>,
    /// Require a password to unlock an idle device.
    ///
    /// CSDL: property `passwordRequiredToUnlockFromIdle`: `Edm.Boolean`, not nullable.
    pub password_required_to_unlock_from_idle: rt::Field<bool>,
    /// The required password type.
    ///
    /// CSDL: property `passwordRequiredType`: `microsoft.graph.requiredPasswordType`, not nullable.
    pub password_required_type: rt::Field<crate::beta::RequiredPasswordType>,
    /// Require devices to be reported as healthy by Windows Device Health Attestation.
    ///
    /// CSDL: property `requireHealthyDeviceReport`: `Edm.Boolean`, not nullable.
    pub require_healthy_device_report: rt::Field<bool>,
    /// Require Windows Defender Antimalware Real-Time Protection on Windows devices.
    ///
    /// CSDL: property `rtpEnabled`: `Edm.Boolean`, not nullable.
    pub rtp_enabled: rt::Field<bool>,
    /// Require devices to be reported as healthy by Windows Device Health Attestation - secure boot is enabled.
    ///
    /// CSDL: property `secureBootEnabled`: `Edm.Boolean`, not nullable.
    pub secure_boot_enabled: rt::Field<bool>,
    /// Require Windows Defender Antimalware Signature to be up to date on Windows devices.
    ///
    /// CSDL: property `signatureOutOfDate`: `Edm.Boolean`, not nullable.
    pub signature_out_of_date: rt::Field<bool>,
    /// Require encryption on windows devices.
    ///
    /// CSDL: property `storageRequireEncryption`: `Edm.Boolean`, not nullable.
    pub storage_require_encryption: rt::Field<bool>,
    /// Require Trusted Platform Module(TPM) to be present.
    ///
    /// CSDL: property `tpmRequired`: `Edm.Boolean`, not nullable.
    pub tpm_required: rt::Field<bool>,
    /// The valid operating system build ranges on Windows devices. This collection can contain a maximum of 10000 elements.
    ///
    /// CSDL: property `validOperatingSystemBuildRanges`: `Collection(microsoft.graph.operatingSystemVersionRange)`, nullable.
    pub valid_operating_system_build_ranges: rt::Field<
        ::std::vec::Vec<crate::beta::OperatingSystemVersionRange>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for Windows10CompliancePolicy {
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
            active_firewall_required: rt::Field::Absent,
            anti_spyware_required: rt::Field::Absent,
            antivirus_required: rt::Field::Absent,
            bit_locker_enabled: rt::Field::Absent,
            code_integrity_enabled: rt::Field::Absent,
            configuration_manager_compliance_required: rt::Field::Absent,
            defender_enabled: rt::Field::Absent,
            defender_version: rt::Field::Absent,
            device_compliance_policy_script: rt::Field::Absent,
            device_threat_protection_enabled: rt::Field::Absent,
            device_threat_protection_required_security_level: rt::Field::Absent,
            early_launch_anti_malware_driver_enabled: rt::Field::Absent,
            mobile_os_maximum_version: rt::Field::Absent,
            mobile_os_minimum_version: rt::Field::Absent,
            os_maximum_version: rt::Field::Absent,
            os_minimum_version: rt::Field::Absent,
            password_block_simple: rt::Field::Absent,
            password_expiration_days: rt::Field::Absent,
            password_minimum_character_set_count: rt::Field::Absent,
            password_minimum_length: rt::Field::Absent,
            password_minutes_of_inactivity_before_lock: rt::Field::Absent,
            password_previous_password_block_count: rt::Field::Absent,
            password_required: rt::Field::Absent,
            password_required_to_unlock_from_idle: rt::Field::Absent,
            password_required_type: rt::Field::Absent,
            require_healthy_device_report: rt::Field::Absent,
            rtp_enabled: rt::Field::Absent,
            secure_boot_enabled: rt::Field::Absent,
            signature_out_of_date: rt::Field::Absent,
            storage_require_encryption: rt::Field::Absent,
            tpm_required: rt::Field::Absent,
            valid_operating_system_build_ranges: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for Windows10CompliancePolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10CompliancePolicy";
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
        "activeFirewallRequired",
        "antiSpywareRequired",
        "antivirusRequired",
        "bitLockerEnabled",
        "codeIntegrityEnabled",
        "configurationManagerComplianceRequired",
        "defenderEnabled",
        "defenderVersion",
        "deviceCompliancePolicyScript",
        "deviceThreatProtectionEnabled",
        "deviceThreatProtectionRequiredSecurityLevel",
        "earlyLaunchAntiMalwareDriverEnabled",
        "mobileOsMaximumVersion",
        "mobileOsMinimumVersion",
        "osMaximumVersion",
        "osMinimumVersion",
        "passwordBlockSimple",
        "passwordExpirationDays",
        "passwordMinimumCharacterSetCount",
        "passwordMinimumLength",
        "passwordMinutesOfInactivityBeforeLock",
        "passwordPreviousPasswordBlockCount",
        "passwordRequired",
        "passwordRequiredToUnlockFromIdle",
        "passwordRequiredType",
        "requireHealthyDeviceReport",
        "rtpEnabled",
        "secureBootEnabled",
        "signatureOutOfDate",
        "storageRequireEncryption",
        "tpmRequired",
        "validOperatingSystemBuildRanges",
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
        ",\"activeFirewallRequired\":       ",
        ",\"antiSpywareRequired\":          ",
        ",\"antivirusRequired\":            ",
        ",\"bitLockerEnabled\":             ",
        ",\"codeIntegrityEnabled\":         ",
        ",\"configurationManagerComplianceRequired\":",
        ",\"defenderEnabled\":              ",
        ",\"defenderVersion\":              ",
        ",\"deviceCompliancePolicyScript\": ",
        ",\"deviceThreatProtectionEnabled\":",
        ",\"deviceThreatProtectionRequiredSecurityLevel\":",
        ",\"earlyLaunchAntiMalwareDriverEnabled\":",
        ",\"mobileOsMaximumVersion\":       ",
        ",\"mobileOsMinimumVersion\":       ",
        ",\"osMaximumVersion\":             ",
        ",\"osMinimumVersion\":             ",
        ",\"passwordBlockSimple\":          ",
        ",\"passwordExpirationDays\":       ",
        ",\"passwordMinimumCharacterSetCount\":",
        ",\"passwordMinimumLength\":        ",
        ",\"passwordMinutesOfInactivityBeforeLock\":",
        ",\"passwordPreviousPasswordBlockCount\":",
        ",\"passwordRequired\":             ",
        ",\"passwordRequiredToUnlockFromIdle\":",
        ",\"passwordRequiredType\":         ",
        ",\"requireHealthyDeviceReport\":   ",
        ",\"rtpEnabled\":                   ",
        ",\"secureBootEnabled\":            ",
        ",\"signatureOutOfDate\":           ",
        ",\"storageRequireEncryption\":     ",
        ",\"tpmRequired\":                  ",
        ",\"validOperatingSystemBuildRanges\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows10CompliancePolicy\"";
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
        v.field(14usize, "active_firewall_required", &self.active_firewall_required);
        v.field(15usize, "anti_spyware_required", &self.anti_spyware_required);
        v.field(16usize, "antivirus_required", &self.antivirus_required);
        v.field(17usize, "bit_locker_enabled", &self.bit_locker_enabled);
        v.field(18usize, "code_integrity_enabled", &self.code_integrity_enabled);
        v.field(
            19usize,
            "configuration_manager_compliance_required",
            &self.configuration_manager_compliance_required,
        );
        v.field(20usize, "defender_enabled", &self.defender_enabled);
        v.field(21usize, "defender_version", &self.defender_version);
        v.field(
            22usize,
            "device_compliance_policy_script",
            &self.device_compliance_policy_script,
        );
        v.field(
            23usize,
            "device_threat_protection_enabled",
            &self.device_threat_protection_enabled,
        );
        v.field(
            24usize,
            "device_threat_protection_required_security_level",
            &self.device_threat_protection_required_security_level,
        );
        v.field(
            25usize,
            "early_launch_anti_malware_driver_enabled",
            &self.early_launch_anti_malware_driver_enabled,
        );
        v.field(26usize, "mobile_os_maximum_version", &self.mobile_os_maximum_version);
        v.field(27usize, "mobile_os_minimum_version", &self.mobile_os_minimum_version);
        v.field(28usize, "os_maximum_version", &self.os_maximum_version);
        v.field(29usize, "os_minimum_version", &self.os_minimum_version);
        v.field(30usize, "password_block_simple", &self.password_block_simple);
        v.field(31usize, "password_expiration_days", &self.password_expiration_days);
        v.field(
            32usize,
            "password_minimum_character_set_count",
            &self.password_minimum_character_set_count,
        );
        v.field(33usize, "password_minimum_length", &self.password_minimum_length);
        v.field(
            34usize,
            "password_minutes_of_inactivity_before_lock",
            &self.password_minutes_of_inactivity_before_lock,
        );
        v.field(
            35usize,
            "password_previous_password_block_count",
            &self.password_previous_password_block_count,
        );
        v.field(36usize, "password_required", &self.password_required);
        v.field(
            37usize,
            "password_required_to_unlock_from_idle",
            &self.password_required_to_unlock_from_idle,
        );
        v.field(38usize, "password_required_type", &self.password_required_type);
        v.field(
            39usize,
            "require_healthy_device_report",
            &self.require_healthy_device_report,
        );
        v.field(40usize, "rtp_enabled", &self.rtp_enabled);
        v.field(41usize, "secure_boot_enabled", &self.secure_boot_enabled);
        v.field(42usize, "signature_out_of_date", &self.signature_out_of_date);
        v.field(43usize, "storage_require_encryption", &self.storage_require_encryption);
        v.field(44usize, "tpm_required", &self.tpm_required);
        v.field(
            45usize,
            "valid_operating_system_build_ranges",
            &self.valid_operating_system_build_ranges,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for Windows10CompliancePolicy {
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
            14usize => self.active_firewall_required.read_from(r),
            15usize => self.anti_spyware_required.read_from(r),
            16usize => self.antivirus_required.read_from(r),
            17usize => self.bit_locker_enabled.read_from(r),
            18usize => self.code_integrity_enabled.read_from(r),
            19usize => self.configuration_manager_compliance_required.read_from(r),
            20usize => self.defender_enabled.read_from(r),
            21usize => self.defender_version.read_from(r),
            22usize => self.device_compliance_policy_script.read_from(r),
            23usize => self.device_threat_protection_enabled.read_from(r),
            24usize => self.device_threat_protection_required_security_level.read_from(r),
            25usize => self.early_launch_anti_malware_driver_enabled.read_from(r),
            26usize => self.mobile_os_maximum_version.read_from(r),
            27usize => self.mobile_os_minimum_version.read_from(r),
            28usize => self.os_maximum_version.read_from(r),
            29usize => self.os_minimum_version.read_from(r),
            30usize => self.password_block_simple.read_from(r),
            31usize => self.password_expiration_days.read_from(r),
            32usize => self.password_minimum_character_set_count.read_from(r),
            33usize => self.password_minimum_length.read_from(r),
            34usize => self.password_minutes_of_inactivity_before_lock.read_from(r),
            35usize => self.password_previous_password_block_count.read_from(r),
            36usize => self.password_required.read_from(r),
            37usize => self.password_required_to_unlock_from_idle.read_from(r),
            38usize => self.password_required_type.read_from(r),
            39usize => self.require_healthy_device_report.read_from(r),
            40usize => self.rtp_enabled.read_from(r),
            41usize => self.secure_boot_enabled.read_from(r),
            42usize => self.signature_out_of_date.read_from(r),
            43usize => self.storage_require_encryption.read_from(r),
            44usize => self.tpm_required.read_from(r),
            45usize => self.valid_operating_system_build_ranges.read_from(r),
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
        w.field(14usize, &self.active_firewall_required);
        w.field(15usize, &self.anti_spyware_required);
        w.field(16usize, &self.antivirus_required);
        w.field(17usize, &self.bit_locker_enabled);
        w.field(18usize, &self.code_integrity_enabled);
        w.field(19usize, &self.configuration_manager_compliance_required);
        w.field(20usize, &self.defender_enabled);
        w.field(21usize, &self.defender_version);
        w.field(22usize, &self.device_compliance_policy_script);
        w.field(23usize, &self.device_threat_protection_enabled);
        w.field(24usize, &self.device_threat_protection_required_security_level);
        w.field(25usize, &self.early_launch_anti_malware_driver_enabled);
        w.field(26usize, &self.mobile_os_maximum_version);
        w.field(27usize, &self.mobile_os_minimum_version);
        w.field(28usize, &self.os_maximum_version);
        w.field(29usize, &self.os_minimum_version);
        w.field(30usize, &self.password_block_simple);
        w.field(31usize, &self.password_expiration_days);
        w.field(32usize, &self.password_minimum_character_set_count);
        w.field(33usize, &self.password_minimum_length);
        w.field(34usize, &self.password_minutes_of_inactivity_before_lock);
        w.field(35usize, &self.password_previous_password_block_count);
        w.field(36usize, &self.password_required);
        w.field(37usize, &self.password_required_to_unlock_from_idle);
        w.field(38usize, &self.password_required_type);
        w.field(39usize, &self.require_healthy_device_report);
        w.field(40usize, &self.rtp_enabled);
        w.field(41usize, &self.secure_boot_enabled);
        w.field(42usize, &self.signature_out_of_date);
        w.field(43usize, &self.storage_require_encryption);
        w.field(44usize, &self.tpm_required);
        w.field(45usize, &self.valid_operating_system_build_ranges);
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
rt::impl_object!(Windows10CompliancePolicy);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    Windows10CompliancePolicy { with_id id : ::std::string::String;
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
    ::beta::DeviceComplianceUserOverview; with_active_firewall_required
    active_firewall_required : bool; with_anti_spyware_required anti_spyware_required :
    bool; with_antivirus_required antivirus_required : bool; with_bit_locker_enabled
    bit_locker_enabled : bool; with_code_integrity_enabled code_integrity_enabled : bool;
    with_configuration_manager_compliance_required
    configuration_manager_compliance_required : bool; with_defender_enabled
    defender_enabled : bool; with_defender_version defender_version :
    ::std::string::String; with_device_compliance_policy_script
    device_compliance_policy_script : crate ::beta::DeviceCompliancePolicyScript;
    with_device_threat_protection_enabled device_threat_protection_enabled : bool;
    with_device_threat_protection_required_security_level
    device_threat_protection_required_security_level : crate
    ::beta::DeviceThreatProtectionLevel; with_early_launch_anti_malware_driver_enabled
    early_launch_anti_malware_driver_enabled : bool; with_mobile_os_maximum_version
    mobile_os_maximum_version : ::std::string::String; with_mobile_os_minimum_version
    mobile_os_minimum_version : ::std::string::String; with_os_maximum_version
    os_maximum_version : ::std::string::String; with_os_minimum_version
    os_minimum_version : ::std::string::String; with_password_block_simple
    password_block_simple : bool; with_password_expiration_days password_expiration_days
    : i32; with_password_minimum_character_set_count password_minimum_character_set_count
    : i32; with_password_minimum_length password_minimum_length : i32;
    with_password_minutes_of_inactivity_before_lock
    password_minutes_of_inactivity_before_lock : i32;
    with_password_previous_password_block_count password_previous_password_block_count :
    i32; with_password_required password_required : bool;
    with_password_required_to_unlock_from_idle password_required_to_unlock_from_idle :
    bool; with_password_required_type password_required_type : crate
    ::beta::RequiredPasswordType; with_require_healthy_device_report
    require_healthy_device_report : bool; with_rtp_enabled rtp_enabled : bool;
    with_secure_boot_enabled secure_boot_enabled : bool; with_signature_out_of_date
    signature_out_of_date : bool; with_storage_require_encryption
    storage_require_encryption : bool; with_tpm_required tpm_required : bool;
    with_valid_operating_system_build_ranges valid_operating_system_build_ranges :
    ::std::vec::Vec < crate ::beta::OperatingSystemVersionRange >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows10CompliancePolicy);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.windows10DeviceModeType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Windows10DeviceModeType {
    /// `standardConfiguration` (value 0).
    StandardConfiguration,
    /// `sModeConfiguration` (value 1).
    SModeConfiguration,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for Windows10DeviceModeType {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10DeviceModeType";
    const MEMBERS: &'static [&'static str] = &[
        "standardConfiguration",
        "sModeConfiguration",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "standardConfiguration" => Self::StandardConfiguration,
                "sModeConfiguration" => Self::SModeConfiguration,
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
            Self::StandardConfiguration => "standardConfiguration",
            Self::SModeConfiguration => "sModeConfiguration",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(Windows10DeviceModeType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows10DeviceModeType);
#[cfg(msgraph_beta_device_management_or_search)]
/// This class contains compliance settings for Windows 10 Mobile.
///
/// CSDL: `microsoft.graph.windows10MobileCompliancePolicy`, entity type, derived from `microsoft.graph.deviceCompliancePolicy`, key `id`.
///
/// Request builders: [`DeviceCompliancePolicyPath`](requests/trait.DeviceCompliancePolicyPath.html), what a path to one (`EntityPath<Windows10MobileCompliancePolicy, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct Windows10MobileCompliancePolicy {
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
    /// Require active firewall on Windows devices.
    ///
    /// CSDL: property `activeFirewallRequired`: `Edm.Boolean`, not nullable.
    pub active_firewall_required: rt::Field<bool>,
    /// Require devices to be reported healthy by Windows Device Health Attestation - bit locker is enabled
    ///
    /// CSDL: property `bitLockerEnabled`: `Edm.Boolean`, not nullable.
    pub bit_locker_enabled: rt::Field<bool>,
    /// Require devices to be reported as healthy by Windows Device Health Attestation.
    ///
    /// CSDL: property `codeIntegrityEnabled`: `Edm.Boolean`, not nullable.
    pub code_integrity_enabled: rt::Field<bool>,
    /// Require devices to be reported as healthy by Windows Device Health Attestation - early launch antimalware driver is enabled.
    ///
    /// CSDL: property `earlyLaunchAntiMalwareDriverEnabled`: `Edm.Boolean`, not nullable.
    pub early_launch_anti_malware_driver_enabled: rt::Field<bool>,
    /// Maximum Windows Phone version.
    ///
    /// CSDL: property `osMaximumVersion`: `Edm.String`, nullable.
    pub os_maximum_version: rt::Field<::std::string::String>,
    /// Minimum Windows Phone version.
    ///
    /// CSDL: property `osMinimumVersion`: `Edm.String`, nullable.
    pub os_minimum_version: rt::Field<::std::string::String>,
    /// Whether or not to block syncing the calendar.
    ///
    /// CSDL: property `passwordBlockSimple`: `Edm.Boolean`, not nullable.
    pub password_block_simple: rt::Field<bool>,
    /// Number of days before password expiration. Valid values 1 to 255
    ///
    /// CSDL: property `passwordExpirationDays`: `Edm.Int32`, nullable.
    pub password_expiration_days: rt::Field<i32>,
    /// The number of character sets required in the password.
    ///
    /// CSDL: property `passwordMinimumCharacterSetCount`: `Edm.Int32`, nullable.
    pub password_minimum_character_set_count: rt::Field<i32>,
    /// Minimum password length. Valid values 4 to 16
    ///
    /// CSDL: property `passwordMinimumLength`: `Edm.Int32`, nullable.
    pub password_minimum_length: rt::Field<i32>,
    /// Minutes of inactivity before a password is required.
    ///
    /// CSDL: property `passwordMinutesOfInactivityBeforeLock`: `Edm.Int32`, nullable.
    pub password_minutes_of_inactivity_before_lock: rt::Field<i32>,
    /// The number of previous passwords to prevent re-use of.
    ///
    /// CSDL: property `passwordPreviousPasswordBlockCount`: `Edm.Int32`, nullable.
    pub password_previous_password_block_count: rt::Field<i32>,
    /// Require a password to unlock Windows Phone device.
    ///
    /// CSDL: property `passwordRequired`: `Edm.Boolean`, not nullable.
    pub password_required: rt::Field<bool>,
    /// The required password type.
    ///
    /// CSDL: property `passwordRequiredType`: `microsoft.graph.requiredPasswordType`, not nullable.
    pub password_required_type: rt::Field<crate::beta::RequiredPasswordType>,
    /// Require a password to unlock an idle device.
    ///
    /// CSDL: property `passwordRequireToUnlockFromIdle`: `Edm.Boolean`, not nullable.
    pub password_require_to_unlock_from_idle: rt::Field<bool>,
    /// Require devices to be reported as healthy by Windows Device Health Attestation - secure boot is enabled.
    ///
    /// CSDL: property `secureBootEnabled`: `Edm.Boolean`, not nullable.
    pub secure_boot_enabled: rt::Field<bool>,
    /// Require encryption on windows devices.
    ///
    /// CSDL: property `storageRequireEncryption`: `Edm.Boolean`, not nullable.
    pub storage_require_encryption: rt::Field<bool>,
    /// The valid operating system build ranges on Windows devices. This collection can contain a maximum of 10000 elements.
    ///
    /// CSDL: property `validOperatingSystemBuildRanges`: `Collection(microsoft.graph.operatingSystemVersionRange)`, nullable.
    pub valid_operating_system_build_ranges: rt::Field<
        ::std::vec::Vec<crate::beta::OperatingSystemVersionRange>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for Windows10MobileCompliancePolicy {
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
            active_firewall_required: rt::Field::Absent,
            bit_locker_enabled: rt::Field::Absent,
            code_integrity_enabled: rt::Field::Absent,
            early_launch_anti_malware_driver_enabled: rt::Field::Absent,
            os_maximum_version: rt::Field::Absent,
            os_minimum_version: rt::Field::Absent,
            password_block_simple: rt::Field::Absent,
            password_expiration_days: rt::Field::Absent,
            password_minimum_character_set_count: rt::Field::Absent,
            password_minimum_length: rt::Field::Absent,
            password_minutes_of_inactivity_before_lock: rt::Field::Absent,
            password_previous_password_block_count: rt::Field::Absent,
            password_required: rt::Field::Absent,
            password_required_type: rt::Field::Absent,
            password_require_to_unlock_from_idle: rt::Field::Absent,
            secure_boot_enabled: rt::Field::Absent,
            storage_require_encryption: rt::Field::Absent,
            valid_operating_system_build_ranges: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for Windows10MobileCompliancePolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10MobileCompliancePolicy";
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
        "activeFirewallRequired",
        "bitLockerEnabled",
        "codeIntegrityEnabled",
        "earlyLaunchAntiMalwareDriverEnabled",
        "osMaximumVersion",
        "osMinimumVersion",
        "passwordBlockSimple",
        "passwordExpirationDays",
        "passwordMinimumCharacterSetCount",
        "passwordMinimumLength",
        "passwordMinutesOfInactivityBeforeLock",
        "passwordPreviousPasswordBlockCount",
        "passwordRequired",
        "passwordRequiredType",
        "passwordRequireToUnlockFromIdle",
        "secureBootEnabled",
        "storageRequireEncryption",
        "validOperatingSystemBuildRanges",
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
        ",\"activeFirewallRequired\":       ",
        ",\"bitLockerEnabled\":             ",
        ",\"codeIntegrityEnabled\":         ",
        ",\"earlyLaunchAntiMalwareDriverEnabled\":",
        ",\"osMaximumVersion\":             ",
        ",\"osMinimumVersion\":             ",
        ",\"passwordBlockSimple\":          ",
        ",\"passwordExpirationDays\":       ",
        ",\"passwordMinimumCharacterSetCount\":",
        ",\"passwordMinimumLength\":        ",
        ",\"passwordMinutesOfInactivityBeforeLock\":",
        ",\"passwordPreviousPasswordBlockCount\":",
        ",\"passwordRequired\":             ",
        ",\"passwordRequiredType\":         ",
        ",\"passwordRequireToUnlockFromIdle\":",
        ",\"secureBootEnabled\":            ",
        ",\"storageRequireEncryption\":     ",
        ",\"validOperatingSystemBuildRanges\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows10MobileCompliancePolicy\"";
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
        v.field(14usize, "active_firewall_required", &self.active_firewall_required);
        v.field(15usize, "bit_locker_enabled", &self.bit_locker_enabled);
        v.field(16usize, "code_integrity_enabled", &self.code_integrity_enabled);
        v.field(
            17usize,
            "early_launch_anti_malware_driver_enabled",
            &self.early_launch_anti_malware_driver_enabled,
        );
        v.field(18usize, "os_maximum_version", &self.os_maximum_version);
        v.field(19usize, "os_minimum_version", &self.os_minimum_version);
        v.field(20usize, "password_block_simple", &self.password_block_simple);
        v.field(21usize, "password_expiration_days", &self.password_expiration_days);
        v.field(
            22usize,
            "password_minimum_character_set_count",
            &self.password_minimum_character_set_count,
        );
        v.field(23usize, "password_minimum_length", &self.password_minimum_length);
        v.field(
            24usize,
            "password_minutes_of_inactivity_before_lock",
            &self.password_minutes_of_inactivity_before_lock,
        );
        v.field(
            25usize,
            "password_previous_password_block_count",
            &self.password_previous_password_block_count,
        );
        v.field(26usize, "password_required", &self.password_required);
        v.field(27usize, "password_required_type", &self.password_required_type);
        v.field(
            28usize,
            "password_require_to_unlock_from_idle",
            &self.password_require_to_unlock_from_idle,
        );
        v.field(29usize, "secure_boot_enabled", &self.secure_boot_enabled);
        v.field(30usize, "storage_require_encryption", &self.storage_require_encryption);
        v.field(
            31usize,
            "valid_operating_system_build_ranges",
            &self.valid_operating_system_build_ranges,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for Windows10MobileCompliancePolicy {
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
            14usize => self.active_firewall_required.read_from(r),
            15usize => self.bit_locker_enabled.read_from(r),
            16usize => self.code_integrity_enabled.read_from(r),
            17usize => self.early_launch_anti_malware_driver_enabled.read_from(r),
            18usize => self.os_maximum_version.read_from(r),
            19usize => self.os_minimum_version.read_from(r),
            20usize => self.password_block_simple.read_from(r),
            21usize => self.password_expiration_days.read_from(r),
            22usize => self.password_minimum_character_set_count.read_from(r),
            23usize => self.password_minimum_length.read_from(r),
            24usize => self.password_minutes_of_inactivity_before_lock.read_from(r),
            25usize => self.password_previous_password_block_count.read_from(r),
            26usize => self.password_required.read_from(r),
            27usize => self.password_required_type.read_from(r),
            28usize => self.password_require_to_unlock_from_idle.read_from(r),
            29usize => self.secure_boot_enabled.read_from(r),
            30usize => self.storage_require_encryption.read_from(r),
            31usize => self.valid_operating_system_build_ranges.read_from(r),
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
        w.field(14usize, &self.active_firewall_required);
        w.field(15usize, &self.bit_locker_enabled);
        w.field(16usize, &self.code_integrity_enabled);
        w.field(17usize, &self.early_launch_anti_malware_driver_enabled);
        w.field(18usize, &self.os_maximum_version);
        w.field(19usize, &self.os_minimum_version);
        w.field(20usize, &self.password_block_simple);
        w.field(21usize, &self.password_expiration_days);
        w.field(22usize, &self.password_minimum_character_set_count);
        w.field(23usize, &self.password_minimum_length);
        w.field(24usize, &self.password_minutes_of_inactivity_before_lock);
        w.field(25usize, &self.password_previous_password_block_count);
        w.field(26usize, &self.password_required);
        w.field(27usize, &self.password_required_type);
        w.field(28usize, &self.password_require_to_unlock_from_idle);
        w.field(29usize, &self.secure_boot_enabled);
        w.field(30usize, &self.storage_require_encryption);
        w.field(31usize, &self.valid_operating_system_build_ranges);
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
rt::impl_object!(Windows10MobileCompliancePolicy);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    Windows10MobileCompliancePolicy { with_id id : ::std::string::String;
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
    ::beta::DeviceComplianceUserOverview; with_active_firewall_required
    active_firewall_required : bool; with_bit_locker_enabled bit_locker_enabled : bool;
    with_code_integrity_enabled code_integrity_enabled : bool;
    with_early_launch_anti_malware_driver_enabled
    early_launch_anti_malware_driver_enabled : bool; with_os_maximum_version
    os_maximum_version : ::std::string::String; with_os_minimum_version
    os_minimum_version : ::std::string::String; with_password_block_simple
    password_block_simple : bool; with_password_expiration_days password_expiration_days
    : i32; with_password_minimum_character_set_count password_minimum_character_set_count
    : i32; with_password_minimum_length password_minimum_length : i32;
    with_password_minutes_of_inactivity_before_lock
    password_minutes_of_inactivity_before_lock : i32;
    with_password_previous_password_block_count password_previous_password_block_count :
    i32; with_password_required password_required : bool; with_password_required_type
    password_required_type : crate ::beta::RequiredPasswordType;
    with_password_require_to_unlock_from_idle password_require_to_unlock_from_idle :
    bool; with_secure_boot_enabled secure_boot_enabled : bool;
    with_storage_require_encryption storage_require_encryption : bool;
    with_valid_operating_system_build_ranges valid_operating_system_build_ranges :
    ::std::vec::Vec < crate ::beta::OperatingSystemVersionRange >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows10MobileCompliancePolicy);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.windows10VpnAuthenticationMethod`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Windows10VpnAuthenticationMethod {
    /// `certificate` (value 0).
    Certificate,
    /// `usernameAndPassword` (value 1).
    UsernameAndPassword,
    /// `customEapXml` (value 2).
    CustomEapXml,
    /// `derivedCredential` (value 3).
    DerivedCredential,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for Windows10VpnAuthenticationMethod {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10VpnAuthenticationMethod";
    const MEMBERS: &'static [&'static str] = &[
        "certificate",
        "usernameAndPassword",
        "customEapXml",
        "derivedCredential",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "certificate" => Self::Certificate,
                "usernameAndPassword" => Self::UsernameAndPassword,
                "customEapXml" => Self::CustomEapXml,
                "derivedCredential" => Self::DerivedCredential,
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
            Self::Certificate => "certificate",
            Self::UsernameAndPassword => "usernameAndPassword",
            Self::CustomEapXml => "customEapXml",
            Self::DerivedCredential => "derivedCredential",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(Windows10VpnAuthenticationMethod);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows10VpnAuthenticationMethod);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.windows10VpnConnectionType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Windows10VpnConnectionType {
    /// `pulseSecure` (value 0).
    PulseSecure,
    /// `f5EdgeClient` (value 1).
    F5EdgeClient,
    /// `dellSonicWallMobileConnect` (value 2).
    DellSonicWallMobileConnect,
    /// `checkPointCapsuleVpn` (value 3).
    CheckPointCapsuleVpn,
    /// `automatic` (value 4).
    Automatic,
    /// `ikEv2` (value 5).
    IkEv2,
    /// `l2tp` (value 6).
    L2tp,
    /// `pptp` (value 7).
    Pptp,
    /// `citrix` (value 8).
    Citrix,
    /// `paloAltoGlobalProtect` (value 9).
    PaloAltoGlobalProtect,
    /// `ciscoAnyConnect` (value 10).
    CiscoAnyConnect,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for Windows10VpnConnectionType {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10VpnConnectionType";
    const MEMBERS: &'static [&'static str] = &[
        "pulseSecure",
        "f5EdgeClient",
        "dellSonicWallMobileConnect",
        "checkPointCapsuleVpn",
        "automatic",
        "ikEv2",
        "l2tp",
        "pptp",
        "citrix",
        "paloAltoGlobalProtect",
        "ciscoAnyConnect",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "pulseSecure" => Self::PulseSecure,
                "f5EdgeClient" => Self::F5EdgeClient,
                "dellSonicWallMobileConnect" => Self::DellSonicWallMobileConnect,
                "checkPointCapsuleVpn" => Self::CheckPointCapsuleVpn,
                "automatic" => Self::Automatic,
                "ikEv2" => Self::IkEv2,
                "l2tp" => Self::L2tp,
                "pptp" => Self::Pptp,
                "citrix" => Self::Citrix,
                "paloAltoGlobalProtect" => Self::PaloAltoGlobalProtect,
                "ciscoAnyConnect" => Self::CiscoAnyConnect,
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
            Self::PulseSecure => "pulseSecure",
            Self::F5EdgeClient => "f5EdgeClient",
            Self::DellSonicWallMobileConnect => "dellSonicWallMobileConnect",
            Self::CheckPointCapsuleVpn => "checkPointCapsuleVpn",
            Self::Automatic => "automatic",
            Self::IkEv2 => "ikEv2",
            Self::L2tp => "l2tp",
            Self::Pptp => "pptp",
            Self::Citrix => "citrix",
            Self::PaloAltoGlobalProtect => "paloAltoGlobalProtect",
            Self::CiscoAnyConnect => "ciscoAnyConnect",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(Windows10VpnConnectionType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows10VpnConnectionType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.windows10VpnProfileTarget`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Windows10VpnProfileTarget {
    /// `user` (value 0).
    User,
    /// `device` (value 1).
    Device,
    /// `autoPilotDevice` (value 2).
    AutoPilotDevice,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for Windows10VpnProfileTarget {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10VpnProfileTarget";
    const MEMBERS: &'static [&'static str] = &["user", "device", "autoPilotDevice"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "user" => Self::User,
                "device" => Self::Device,
                "autoPilotDevice" => Self::AutoPilotDevice,
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
            Self::User => "user",
            Self::Device => "device",
            Self::AutoPilotDevice => "autoPilotDevice",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(Windows10VpnProfileTarget);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows10VpnProfileTarget);
#[cfg(msgraph_beta_device_management_or_search)]
/// VPN Proxy Server.
///
/// CSDL: `microsoft.graph.windows10VpnProxyServer`, complex type, derived from `microsoft.graph.vpnProxyServer`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct Windows10VpnProxyServer {
    /// Address.
    ///
    /// CSDL: property `address`: `Edm.String`, nullable.
    pub address: rt::Field<::std::string::String>,
    /// Proxy's automatic configuration script url.
    ///
    /// CSDL: property `automaticConfigurationScriptUrl`: `Edm.String`, nullable.
    pub automatic_configuration_script_url: rt::Field<::std::string::String>,
    /// Port. Valid values 0 to 65535
    ///
    /// CSDL: property `port`: `Edm.Int32`, nullable.
    pub port: rt::Field<i32>,
    /// Bypass proxy server for local address.
    ///
    /// CSDL: property `bypassProxyServerForLocalAddress`: `Edm.Boolean`, not nullable.
    pub bypass_proxy_server_for_local_address: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for Windows10VpnProxyServer {
    #[inline]
    fn default() -> Self {
        Self {
            address: rt::Field::Absent,
            automatic_configuration_script_url: rt::Field::Absent,
            port: rt::Field::Absent,
            bypass_proxy_server_for_local_address: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for Windows10VpnProxyServer {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10VpnProxyServer";
    const KEYS: &'static [&'static str] = &[
        "address",
        "automaticConfigurationScriptUrl",
        "port",
        "bypassProxyServerForLocalAddress",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"address\":                      ",
        ",\"automaticConfigurationScriptUrl\":",
        ",\"port\":                         ",
        ",\"bypassProxyServerForLocalAddress\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows10VpnProxyServer\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "address", &self.address);
        v.field(
            1usize,
            "automatic_configuration_script_url",
            &self.automatic_configuration_script_url,
        );
        v.field(2usize, "port", &self.port);
        v.field(
            3usize,
            "bypass_proxy_server_for_local_address",
            &self.bypass_proxy_server_for_local_address,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for Windows10VpnProxyServer {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.address.read_from(r),
            1usize => self.automatic_configuration_script_url.read_from(r),
            2usize => self.port.read_from(r),
            3usize => self.bypass_proxy_server_for_local_address.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.address);
        w.field(1usize, &self.automatic_configuration_script_url);
        w.field(2usize, &self.port);
        w.field(3usize, &self.bypass_proxy_server_for_local_address);
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
rt::impl_object!(Windows10VpnProxyServer);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    Windows10VpnProxyServer { with_address address : ::std::string::String;
    with_automatic_configuration_script_url automatic_configuration_script_url :
    ::std::string::String; with_port port : i32;
    with_bypass_proxy_server_for_local_address bypass_proxy_server_for_local_address :
    bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows10VpnProxyServer);
#[cfg(msgraph_beta_device_management_or_search)]
/// Base Profile Type for Authentication Certificates (SCEP or PFX Create)
///
/// CSDL: `microsoft.graph.windows10XCertificateProfile`, entity type, derived from `microsoft.graph.deviceManagementResourceAccessProfileBase`, abstract, key `id`.
///
/// Request builders: [`DeviceManagementResourceAccessProfileBasePath`](requests/trait.DeviceManagementResourceAccessProfileBasePath.html), what a path to one (`EntityPath<AnyWindows10XCertificateProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct Windows10XCertificateProfile {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// DateTime profile was created
    ///
    /// CSDL: property `creationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub creation_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Profile description
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Profile display name
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// DateTime profile was last modified
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Scope Tags
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Version of the profile
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceManagementResourceAccessProfileAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementResourceAccessProfileAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for Windows10XCertificateProfile {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            creation_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for Windows10XCertificateProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10XCertificateProfile";
    const KEYS: &'static [&'static str] = &[
        "id",
        "creationDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "version",
        "assignments",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"creationDateTime\":             ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows10XCertificateProfile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "creation_date_time", &self.creation_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(6usize, "version", &self.version);
        v.field(7usize, "assignments", &self.assignments);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for Windows10XCertificateProfile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.creation_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.role_scope_tag_ids.read_from(r),
            6usize => self.version.read_from(r),
            7usize => self.assignments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.creation_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.role_scope_tag_ids);
        w.field(6usize, &self.version);
        w.field(7usize, &self.assignments);
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
rt::impl_object!(Windows10XCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    Windows10XCertificateProfile { with_id id : ::std::string::String;
    with_creation_date_time creation_date_time : rt::edm::DateTimeOffset;
    with_description description : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec
    < ::std::string::String >; with_version version : i32; with_assignments assignments :
    ::std::vec::Vec < crate ::beta::DeviceManagementResourceAccessProfileAssignment >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows10XCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.windows10XCertificateProfile` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyWindows10XCertificateProfile {
    Windows10XCertificateProfile(
        ::std::boxed::Box<crate::beta::Windows10XCertificateProfile>,
    ),
    Windows10XscepCertificateProfile(
        ::std::boxed::Box<crate::beta::Windows10XscepCertificateProfile>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyWindows10XCertificateProfile {
    #[inline]
    fn default() -> Self {
        Self::Windows10XCertificateProfile(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10XCertificateProfile>
for AnyWindows10XCertificateProfile {
    #[inline]
    fn from(v: crate::beta::Windows10XCertificateProfile) -> Self {
        Self::Windows10XCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10XscepCertificateProfile>
for AnyWindows10XCertificateProfile {
    #[inline]
    fn from(v: crate::beta::Windows10XscepCertificateProfile) -> Self {
        Self::Windows10XscepCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyWindows10XCertificateProfile {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyWindows10XCertificateProfile {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyWindows10XCertificateProfile {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyWindows10XCertificateProfile {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyWindows10XCertificateProfile {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::Windows10XCertificateProfile>();
    rt::object::auto_traits::<crate::beta::Windows10XscepCertificateProfile>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyWindows10XCertificateProfile {
    const BASE_NAME: &'static str = "microsoft.graph.windows10XCertificateProfile";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.windows10XSCEPCertificateProfile",
            ) => Self::Windows10XscepCertificateProfile(rt::object::new_boxed()),
            _ => Self::Windows10XCertificateProfile(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::Windows10XCertificateProfile(v) => &**v,
            Self::Windows10XscepCertificateProfile(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::Windows10XCertificateProfile(v) => &mut **v,
            Self::Windows10XscepCertificateProfile(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyWindows10XCertificateProfile {
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
            Self::Windows10XCertificateProfile(v) => &v.id,
            Self::Windows10XscepCertificateProfile(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Windows10XCertificateProfile(v) => &mut v.id,
            Self::Windows10XscepCertificateProfile(v) => &mut v.id,
        }
    }
    /// `creationDateTime` of any variant.
    #[inline]
    pub fn creation_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Windows10XCertificateProfile(v) => &v.creation_date_time,
            Self::Windows10XscepCertificateProfile(v) => &v.creation_date_time,
        }
    }
    /// `creationDateTime` of any variant.
    #[inline]
    pub fn creation_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Windows10XCertificateProfile(v) => &mut v.creation_date_time,
            Self::Windows10XscepCertificateProfile(v) => &mut v.creation_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Windows10XCertificateProfile(v) => &v.description,
            Self::Windows10XscepCertificateProfile(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Windows10XCertificateProfile(v) => &mut v.description,
            Self::Windows10XscepCertificateProfile(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Windows10XCertificateProfile(v) => &v.display_name,
            Self::Windows10XscepCertificateProfile(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Windows10XCertificateProfile(v) => &mut v.display_name,
            Self::Windows10XscepCertificateProfile(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Windows10XCertificateProfile(v) => &v.last_modified_date_time,
            Self::Windows10XscepCertificateProfile(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Windows10XCertificateProfile(v) => &mut v.last_modified_date_time,
            Self::Windows10XscepCertificateProfile(v) => &mut v.last_modified_date_time,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::Windows10XCertificateProfile(v) => &v.role_scope_tag_ids,
            Self::Windows10XscepCertificateProfile(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::Windows10XCertificateProfile(v) => &mut v.role_scope_tag_ids,
            Self::Windows10XscepCertificateProfile(v) => &mut v.role_scope_tag_ids,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<i32> {
        match self {
            Self::Windows10XCertificateProfile(v) => &v.version,
            Self::Windows10XscepCertificateProfile(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::Windows10XCertificateProfile(v) => &mut v.version,
            Self::Windows10XscepCertificateProfile(v) => &mut v.version,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementResourceAccessProfileAssignment>,
    > {
        match self {
            Self::Windows10XCertificateProfile(v) => &v.assignments,
            Self::Windows10XscepCertificateProfile(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementResourceAccessProfileAssignment>,
    > {
        match self {
            Self::Windows10XCertificateProfile(v) => &mut v.assignments,
            Self::Windows10XscepCertificateProfile(v) => &mut v.assignments,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyWindows10XCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyWindows10XCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
/// Base Profile Type for Authentication Certificates (SCEP or PFX Create)
///
/// CSDL: `microsoft.graph.windows10XCustomSubjectAlternativeName`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct Windows10XCustomSubjectAlternativeName {
    /// Custom SAN Name
    ///
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Custom SAN Type.
    ///
    /// CSDL: property `sanType`: `microsoft.graph.subjectAlternativeNameType`, not nullable.
    pub san_type: rt::Field<rt::Flags<crate::beta::SubjectAlternativeNameType>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for Windows10XCustomSubjectAlternativeName {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            san_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for Windows10XCustomSubjectAlternativeName {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10XCustomSubjectAlternativeName";
    const KEYS: &'static [&'static str] = &["name", "sanType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"sanType\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows10XCustomSubjectAlternativeName\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "san_type", &self.san_type);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for Windows10XCustomSubjectAlternativeName {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.san_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.san_type);
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
rt::impl_object!(Windows10XCustomSubjectAlternativeName);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    Windows10XCustomSubjectAlternativeName { with_name name : ::std::string::String;
    with_san_type san_type : rt::Flags < crate ::beta::SubjectAlternativeNameType >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows10XCustomSubjectAlternativeName);
#[cfg(msgraph_beta_device_management_or_search)]
/// Windows X SCEP Certificate configuration profile
///
/// CSDL: `microsoft.graph.windows10XSCEPCertificateProfile`, entity type, derived from `microsoft.graph.windows10XCertificateProfile`, key `id`.
///
/// Request builders: [`DeviceManagementResourceAccessProfileBasePath`](requests/trait.DeviceManagementResourceAccessProfileBasePath.html), what a path to one (`EntityPath<Windows10XscepCertificateProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct Windows10XscepCertificateProfile {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// DateTime profile was created
    ///
    /// CSDL: property `creationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub creation_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Profile description
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Profile display name
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// DateTime profile was last modified
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Scope Tags
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Version of the profile
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceManagementResourceAccessProfileAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementResourceAccessProfileAssignment>,
    >,
    /// Target store certificate
    ///
    /// CSDL: property `certificateStore`: `microsoft.graph.certificateStore`, not nullable.
    pub certificate_store: rt::Field<crate::beta::CertificateStore>,
    /// Scale for the Certificate Validity Period
    ///
    /// CSDL: property `certificateValidityPeriodScale`: `microsoft.graph.certificateValidityPeriodScale`, not nullable.
    pub certificate_validity_period_scale: rt::Field<
        crate::beta::CertificateValidityPeriodScale,
    >,
    /// Value for the Certificate Validity Period
    ///
    /// CSDL: property `certificateValidityPeriodValue`: `Edm.Int32`, not nullable.
    pub certificate_validity_period_value: rt::Field<i32>,
    /// Extended Key Usage (EKU) settings.
    ///
    /// CSDL: property `extendedKeyUsages`: `Collection(microsoft.graph.extendedKeyUsage)`, not nullable.
    pub extended_key_usages: rt::Field<::std::vec::Vec<crate::beta::ExtendedKeyUsage>>,
    /// SCEP Hash Algorithm.
    ///
    /// CSDL: property `hashAlgorithm`: `Collection(microsoft.graph.hashAlgorithms)`, not nullable.
    pub hash_algorithm: rt::Field<
        ::std::vec::Vec<rt::Flags<crate::beta::HashAlgorithms>>,
    >,
    /// SCEP Key Size.
    ///
    /// CSDL: property `keySize`: `microsoft.graph.keySize`, not nullable.
    pub key_size: rt::Field<crate::beta::KeySize>,
    /// Key Storage Provider (KSP)
    ///
    /// CSDL: property `keyStorageProvider`: `microsoft.graph.keyStorageProviderOption`, not nullable.
    pub key_storage_provider: rt::Field<crate::beta::KeyStorageProviderOption>,
    /// SCEP Key Usage.
    ///
    /// CSDL: property `keyUsage`: `microsoft.graph.keyUsages`, not nullable.
    pub key_usage: rt::Field<rt::Flags<crate::beta::KeyUsages>>,
    /// Certificate renewal threshold percentage
    ///
    /// CSDL: property `renewalThresholdPercentage`: `Edm.Int32`, not nullable.
    pub renewal_threshold_percentage: rt::Field<i32>,
    /// Trusted Root Certificate ID
    ///
    /// CSDL: property `rootCertificateId`: `Edm.Guid`, nullable.
    pub root_certificate_id: rt::Field<rt::edm::Guid>,
    /// SCEP Server Url(s).
    ///
    /// CSDL: property `scepServerUrls`: `Collection(Edm.String)`, nullable.
    pub scep_server_urls: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Custom AAD Attributes.
    ///
    /// CSDL: property `subjectAlternativeNameFormats`: `Collection(microsoft.graph.windows10XCustomSubjectAlternativeName)`, nullable.
    pub subject_alternative_name_formats: rt::Field<
        ::std::vec::Vec<crate::beta::Windows10XCustomSubjectAlternativeName>,
    >,
    /// Custom format to use with SubjectNameFormat = Custom. Example: CN={{EmailAddress}},E={{EmailAddress}},OU=Enterprise Users,O=Contoso Corporation,L=Redmond,ST=WA,C=US
    ///
    /// CSDL: property `subjectNameFormatString`: `Edm.String`, nullable.
    pub subject_name_format_string: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for Windows10XscepCertificateProfile {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            creation_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            certificate_store: rt::Field::Absent,
            certificate_validity_period_scale: rt::Field::Absent,
            certificate_validity_period_value: rt::Field::Absent,
            extended_key_usages: rt::Field::Absent,
            hash_algorithm: rt::Field::Absent,
            key_size: rt::Field::Absent,
            key_storage_provider: rt::Field::Absent,
            key_usage: rt::Field::Absent,
            renewal_threshold_percentage: rt::Field::Absent,
            root_certificate_id: rt::Field::Absent,
            scep_server_urls: rt::Field::Absent,
            subject_alternative_name_formats: rt::Field::Absent,
            subject_name_format_string: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for Windows10XscepCertificateProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10XSCEPCertificateProfile";
    const KEYS: &'static [&'static str] = &[
        "id",
        "creationDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "version",
        "assignments",
        "certificateStore",
        "certificateValidityPeriodScale",
        "certificateValidityPeriodValue",
        "extendedKeyUsages",
        "hashAlgorithm",
        "keySize",
        "keyStorageProvider",
        "keyUsage",
        "renewalThresholdPercentage",
        "rootCertificateId",
        "scepServerUrls",
        "subjectAlternativeNameFormats",
        "subjectNameFormatString",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"creationDateTime\":             ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"certificateStore\":             ",
        ",\"certificateValidityPeriodScale\":",
        ",\"certificateValidityPeriodValue\":",
        ",\"extendedKeyUsages\":            ",
        ",\"hashAlgorithm\":                ",
        ",\"keySize\":                      ",
        ",\"keyStorageProvider\":           ",
        ",\"keyUsage\":                     ",
        ",\"renewalThresholdPercentage\":   ",
        ",\"rootCertificateId\":            ",
        ",\"scepServerUrls\":               ",
        ",\"subjectAlternativeNameFormats\":",
        ",\"subjectNameFormatString\":      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows10XSCEPCertificateProfile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "creation_date_time", &self.creation_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(6usize, "version", &self.version);
        v.field(7usize, "assignments", &self.assignments);
        v.field(8usize, "certificate_store", &self.certificate_store);
        v.field(
            9usize,
            "certificate_validity_period_scale",
            &self.certificate_validity_period_scale,
        );
        v.field(
            10usize,
            "certificate_validity_period_value",
            &self.certificate_validity_period_value,
        );
        v.field(11usize, "extended_key_usages", &self.extended_key_usages);
        v.field(12usize, "hash_algorithm", &self.hash_algorithm);
        v.field(13usize, "key_size", &self.key_size);
        v.field(14usize, "key_storage_provider", &self.key_storage_provider);
        v.field(15usize, "key_usage", &self.key_usage);
        v.field(
            16usize,
            "renewal_threshold_percentage",
            &self.renewal_threshold_percentage,
        );
        v.field(17usize, "root_certificate_id", &self.root_certificate_id);
        v.field(18usize, "scep_server_urls", &self.scep_server_urls);
        v.field(
            19usize,
            "subject_alternative_name_formats",
            &self.subject_alternative_name_formats,
        );
        v.field(20usize, "subject_name_format_string", &self.subject_name_format_string);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for Windows10XscepCertificateProfile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.creation_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.role_scope_tag_ids.read_from(r),
            6usize => self.version.read_from(r),
            7usize => self.assignments.read_from(r),
            8usize => self.certificate_store.read_from(r),
            9usize => self.certificate_validity_period_scale.read_from(r),
            10usize => self.certificate_validity_period_value.read_from(r),
            11usize => self.extended_key_usages.read_from(r),
            12usize => self.hash_algorithm.read_from(r),
            13usize => self.key_size.read_from(r),
            14usize => self.key_storage_provider.read_from(r),
            15usize => self.key_usage.read_from(r),
            16usize => self.renewal_threshold_percentage.read_from(r),
            17usize => self.root_certificate_id.read_from(r),
            18usize => self.scep_server_urls.read_from(r),
            19usize => self.subject_alternative_name_formats.read_from(r),
            20usize => self.subject_name_format_string.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.creation_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.role_scope_tag_ids);
        w.field(6usize, &self.version);
        w.field(7usize, &self.assignments);
        w.field(8usize, &self.certificate_store);
        w.field(9usize, &self.certificate_validity_period_scale);
        w.field(10usize, &self.certificate_validity_period_value);
        w.field(11usize, &self.extended_key_usages);
        w.field(12usize, &self.hash_algorithm);
        w.field(13usize, &self.key_size);
        w.field(14usize, &self.key_storage_provider);
        w.field(15usize, &self.key_usage);
        w.field(16usize, &self.renewal_threshold_percentage);
        w.field(17usize, &self.root_certificate_id);
        w.field(18usize, &self.scep_server_urls);
        w.field(19usize, &self.subject_alternative_name_formats);
        w.field(20usize, &self.subject_name_format_string);
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
rt::impl_object!(Windows10XscepCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    Windows10XscepCertificateProfile { with_id id : ::std::string::String;
    with_creation_date_time creation_date_time : rt::edm::DateTimeOffset;
    with_description description : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec
    < ::std::string::String >; with_version version : i32; with_assignments assignments :
    ::std::vec::Vec < crate ::beta::DeviceManagementResourceAccessProfileAssignment >;
    with_certificate_store certificate_store : crate ::beta::CertificateStore;
    with_certificate_validity_period_scale certificate_validity_period_scale : crate
    ::beta::CertificateValidityPeriodScale; with_certificate_validity_period_value
    certificate_validity_period_value : i32; with_extended_key_usages extended_key_usages
    : ::std::vec::Vec < crate ::beta::ExtendedKeyUsage >; with_hash_algorithm
    hash_algorithm : ::std::vec::Vec < rt::Flags < crate ::beta::HashAlgorithms > >;
    with_key_size key_size : crate ::beta::KeySize; with_key_storage_provider
    key_storage_provider : crate ::beta::KeyStorageProviderOption; with_key_usage
    key_usage : rt::Flags < crate ::beta::KeyUsages >; with_renewal_threshold_percentage
    renewal_threshold_percentage : i32; with_root_certificate_id root_certificate_id :
    rt::edm::Guid; with_scep_server_urls scep_server_urls : ::std::vec::Vec <
    ::std::string::String >; with_subject_alternative_name_formats
    subject_alternative_name_formats : ::std::vec::Vec < crate
    ::beta::Windows10XCustomSubjectAlternativeName >; with_subject_name_format_string
    subject_name_format_string : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows10XscepCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
/// Windows X Trusted Root Certificate configuration profile
///
/// CSDL: `microsoft.graph.windows10XTrustedRootCertificate`, entity type, derived from `microsoft.graph.deviceManagementResourceAccessProfileBase`, key `id`.
///
/// Request builders: [`DeviceManagementResourceAccessProfileBasePath`](requests/trait.DeviceManagementResourceAccessProfileBasePath.html), what a path to one (`EntityPath<Windows10XTrustedRootCertificate, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct Windows10XTrustedRootCertificate {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// DateTime profile was created
    ///
    /// CSDL: property `creationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub creation_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Profile description
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Profile display name
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// DateTime profile was last modified
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Scope Tags
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Version of the profile
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceManagementResourceAccessProfileAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementResourceAccessProfileAssignment>,
    >,
    /// File name to display in UI.
    ///
    /// CSDL: property `certFileName`: `Edm.String`, nullable.
    pub cert_file_name: rt::Field<::std::string::String>,
    /// Destination store location for the Trusted Root Certificate.
    ///
    /// CSDL: property `destinationStore`: `microsoft.graph.certificateDestinationStore`, not nullable.
    pub destination_store: rt::Field<crate::beta::CertificateDestinationStore>,
    /// Trusted Root Certificate
    ///
    /// CSDL: property `trustedRootCertificate`: `Edm.Binary`, not nullable.
    pub trusted_root_certificate: rt::Field<rt::edm::Binary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for Windows10XTrustedRootCertificate {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            creation_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            cert_file_name: rt::Field::Absent,
            destination_store: rt::Field::Absent,
            trusted_root_certificate: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for Windows10XTrustedRootCertificate {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10XTrustedRootCertificate";
    const KEYS: &'static [&'static str] = &[
        "id",
        "creationDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "version",
        "assignments",
        "certFileName",
        "destinationStore",
        "trustedRootCertificate",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"creationDateTime\":             ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"certFileName\":                 ",
        ",\"destinationStore\":             ",
        ",\"trustedRootCertificate\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows10XTrustedRootCertificate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "creation_date_time", &self.creation_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(6usize, "version", &self.version);
        v.field(7usize, "assignments", &self.assignments);
        v.field(8usize, "cert_file_name", &self.cert_file_name);
        v.field(9usize, "destination_store", &self.destination_store);
        v.field(10usize, "trusted_root_certificate", &self.trusted_root_certificate);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for Windows10XTrustedRootCertificate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.creation_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.role_scope_tag_ids.read_from(r),
            6usize => self.version.read_from(r),
            7usize => self.assignments.read_from(r),
            8usize => self.cert_file_name.read_from(r),
            9usize => self.destination_store.read_from(r),
            10usize => self.trusted_root_certificate.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.creation_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.role_scope_tag_ids);
        w.field(6usize, &self.version);
        w.field(7usize, &self.assignments);
        w.field(8usize, &self.cert_file_name);
        w.field(9usize, &self.destination_store);
        w.field(10usize, &self.trusted_root_certificate);
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
rt::impl_object!(Windows10XTrustedRootCertificate);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    Windows10XTrustedRootCertificate { with_id id : ::std::string::String;
    with_creation_date_time creation_date_time : rt::edm::DateTimeOffset;
    with_description description : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec
    < ::std::string::String >; with_version version : i32; with_assignments assignments :
    ::std::vec::Vec < crate ::beta::DeviceManagementResourceAccessProfileAssignment >;
    with_cert_file_name cert_file_name : ::std::string::String; with_destination_store
    destination_store : crate ::beta::CertificateDestinationStore;
    with_trusted_root_certificate trusted_root_certificate : rt::edm::Binary; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows10XTrustedRootCertificate);
#[cfg(msgraph_beta_device_management_or_search)]
/// Windows X VPN configuration profile
///
/// CSDL: `microsoft.graph.windows10XVpnConfiguration`, entity type, derived from `microsoft.graph.deviceManagementResourceAccessProfileBase`, key `id`.
///
/// Request builders: [`DeviceManagementResourceAccessProfileBasePath`](requests/trait.DeviceManagementResourceAccessProfileBasePath.html), what a path to one (`EntityPath<Windows10XVpnConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct Windows10XVpnConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// DateTime profile was created
    ///
    /// CSDL: property `creationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub creation_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Profile description
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Profile display name
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// DateTime profile was last modified
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Scope Tags
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Version of the profile
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceManagementResourceAccessProfileAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementResourceAccessProfileAssignment>,
    >,
    /// ID to the Authentication Certificate
    ///
    /// CSDL: property `authenticationCertificateId`: `Edm.Guid`, nullable.
    pub authentication_certificate_id: rt::Field<rt::edm::Guid>,
    /// Custom XML commands that configures the VPN connection. (UTF8 byte encoding)
    ///
    /// CSDL: property `customXml`: `Edm.Binary`, not nullable.
    pub custom_xml: rt::Field<rt::edm::Binary>,
    /// Custom Xml file name.
    ///
    /// CSDL: property `customXmlFileName`: `Edm.String`, nullable.
    pub custom_xml_file_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for Windows10XVpnConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            creation_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            authentication_certificate_id: rt::Field::Absent,
            custom_xml: rt::Field::Absent,
            custom_xml_file_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for Windows10XVpnConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10XVpnConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "creationDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "version",
        "assignments",
        "authenticationCertificateId",
        "customXml",
        "customXmlFileName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"creationDateTime\":             ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"authenticationCertificateId\":  ",
        ",\"customXml\":                    ",
        ",\"customXmlFileName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows10XVpnConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "creation_date_time", &self.creation_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(6usize, "version", &self.version);
        v.field(7usize, "assignments", &self.assignments);
        v.field(
            8usize,
            "authentication_certificate_id",
            &self.authentication_certificate_id,
        );
        v.field(9usize, "custom_xml", &self.custom_xml);
        v.field(10usize, "custom_xml_file_name", &self.custom_xml_file_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for Windows10XVpnConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.creation_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.role_scope_tag_ids.read_from(r),
            6usize => self.version.read_from(r),
            7usize => self.assignments.read_from(r),
            8usize => self.authentication_certificate_id.read_from(r),
            9usize => self.custom_xml.read_from(r),
            10usize => self.custom_xml_file_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.creation_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.role_scope_tag_ids);
        w.field(6usize, &self.version);
        w.field(7usize, &self.assignments);
        w.field(8usize, &self.authentication_certificate_id);
        w.field(9usize, &self.custom_xml);
        w.field(10usize, &self.custom_xml_file_name);
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
rt::impl_object!(Windows10XVpnConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    Windows10XVpnConfiguration { with_id id : ::std::string::String;
    with_creation_date_time creation_date_time : rt::edm::DateTimeOffset;
    with_description description : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec
    < ::std::string::String >; with_version version : i32; with_assignments assignments :
    ::std::vec::Vec < crate ::beta::DeviceManagementResourceAccessProfileAssignment >;
    with_authentication_certificate_id authentication_certificate_id : rt::edm::Guid;
    with_custom_xml custom_xml : rt::edm::Binary; with_custom_xml_file_name
    custom_xml_file_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows10XVpnConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// Windows X WifiXml configuration profile
///
/// CSDL: `microsoft.graph.windows10XWifiConfiguration`, entity type, derived from `microsoft.graph.deviceManagementResourceAccessProfileBase`, key `id`.
///
/// Request builders: [`DeviceManagementResourceAccessProfileBasePath`](requests/trait.DeviceManagementResourceAccessProfileBasePath.html), what a path to one (`EntityPath<Windows10XWifiConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct Windows10XWifiConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// DateTime profile was created
    ///
    /// CSDL: property `creationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub creation_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Profile description
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Profile display name
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// DateTime profile was last modified
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Scope Tags
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Version of the profile
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceManagementResourceAccessProfileAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementResourceAccessProfileAssignment>,
    >,
    /// ID to the Authentication Certificate
    ///
    /// CSDL: property `authenticationCertificateId`: `Edm.Guid`, nullable.
    pub authentication_certificate_id: rt::Field<rt::edm::Guid>,
    /// Custom XML commands that configures the VPN connection. (UTF8 byte encoding)
    ///
    /// CSDL: property `customXml`: `Edm.Binary`, not nullable.
    pub custom_xml: rt::Field<rt::edm::Binary>,
    /// Custom Xml file name.
    ///
    /// CSDL: property `customXmlFileName`: `Edm.String`, nullable.
    pub custom_xml_file_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for Windows10XWifiConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            creation_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            authentication_certificate_id: rt::Field::Absent,
            custom_xml: rt::Field::Absent,
            custom_xml_file_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for Windows10XWifiConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10XWifiConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "creationDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "version",
        "assignments",
        "authenticationCertificateId",
        "customXml",
        "customXmlFileName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"creationDateTime\":             ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"authenticationCertificateId\":  ",
        ",\"customXml\":                    ",
        ",\"customXmlFileName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows10XWifiConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "creation_date_time", &self.creation_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(6usize, "version", &self.version);
        v.field(7usize, "assignments", &self.assignments);
        v.field(
            8usize,
            "authentication_certificate_id",
            &self.authentication_certificate_id,
        );
        v.field(9usize, "custom_xml", &self.custom_xml);
        v.field(10usize, "custom_xml_file_name", &self.custom_xml_file_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for Windows10XWifiConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.creation_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.role_scope_tag_ids.read_from(r),
            6usize => self.version.read_from(r),
            7usize => self.assignments.read_from(r),
            8usize => self.authentication_certificate_id.read_from(r),
            9usize => self.custom_xml.read_from(r),
            10usize => self.custom_xml_file_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.creation_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.role_scope_tag_ids);
        w.field(6usize, &self.version);
        w.field(7usize, &self.assignments);
        w.field(8usize, &self.authentication_certificate_id);
        w.field(9usize, &self.custom_xml);
        w.field(10usize, &self.custom_xml_file_name);
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
rt::impl_object!(Windows10XWifiConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    Windows10XWifiConfiguration { with_id id : ::std::string::String;
    with_creation_date_time creation_date_time : rt::edm::DateTimeOffset;
    with_description description : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec
    < ::std::string::String >; with_version version : i32; with_assignments assignments :
    ::std::vec::Vec < crate ::beta::DeviceManagementResourceAccessProfileAssignment >;
    with_authentication_certificate_id authentication_certificate_id : rt::edm::Guid;
    with_custom_xml custom_xml : rt::edm::Binary; with_custom_xml_file_name
    custom_xml_file_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows10XWifiConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// This class contains compliance settings for Windows 8.1.
///
/// CSDL: `microsoft.graph.windows81CompliancePolicy`, entity type, derived from `microsoft.graph.deviceCompliancePolicy`, key `id`.
///
/// Request builders: [`DeviceCompliancePolicyPath`](requests/trait.DeviceCompliancePolicyPath.html), what a path to one (`EntityPath<Windows81CompliancePolicy, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct Windows81CompliancePolicy {
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
    /// Maximum Windows 8.1 version.
    ///
    /// CSDL: property `osMaximumVersion`: `Edm.String`, nullable.
    pub os_maximum_version: rt::Field<::std::string::String>,
    /// Minimum Windows 8.1 version.
    ///
    /// CSDL: property `osMinimumVersion`: `Edm.String`, nullable.
    pub os_minimum_version: rt::Field<::std::string::String>,
    /// Indicates whether or not to block simple password.
    ///
    /// CSDL: property `passwordBlockSimple`: `Edm.Boolean`, not nullable.
    pub password_block_simple: rt::Field<bool>,
    /// Password expiration in days.
    ///
    /// CSDL: property `passwordExpirationDays`: `Edm.Int32`, nullable.
    pub password_expiration_days: rt::Field<i32>,
    /// The number of character sets required in the password.
    ///
    /// CSDL: property `passwordMinimumCharacterSetCount`: `Edm.Int32`, nullable.
    pub password_minimum_character_set_count: rt::Field<i32>,
    /// The minimum password length.
    ///
    /// CSDL: property `passwordMinimumLength`: `Edm.Int32`, nullable.
    pub password_minimum_length: rt::Field<i32>,
    /// Minutes of inactivity before a password is required.
    ///
    /// CSDL: property `passwordMinutesOfInactivityBeforeLock`: `Edm.Int32`, nullable.
    pub password_minutes_of_inactivity_before_lock: rt::Field<i32>,
    /// The number of previous passwords to prevent re-use of. Valid values 0 to 24
    ///
    /// CSDL: property `passwordPreviousPasswordBlockCount`: `Edm.Int32`, nullable.
    pub password_previous_password_block_count: rt::Field<i32>,
    /// Require a password to unlock Windows device.
    ///
    /// CSDL: property `passwordRequired`: `Edm.Boolean`, not nullable.
    pub password_required: rt::Field<bool>,
    /// The required password type.
    ///
    /// CSDL: property `passwordRequiredType`: `microsoft.graph.requiredPasswordType`, not nullable.
    pub password_required_type: rt::Field<crate::beta::RequiredPasswordType>,
    /// Indicates whether or not to require encryption on a windows 8.1 device.
    ///
    /// CSDL: property `storageRequireEncryption`: `Edm.Boolean`, not nullable.
    pub storage_require_encryption: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for Windows81CompliancePolicy {
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
            os_maximum_version: rt::Field::Absent,
            os_minimum_version: rt::Field::Absent,
            password_block_simple: rt::Field::Absent,
            password_expiration_days: rt::Field::Absent,
            password_minimum_character_set_count: rt::Field::Absent,
            password_minimum_length: rt::Field::Absent,
            password_minutes_of_inactivity_before_lock: rt::Field::Absent,
            password_previous_password_block_count: rt::Field::Absent,
            password_required: rt::Field::Absent,
            password_required_type: rt::Field::Absent,
            storage_require_encryption: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for Windows81CompliancePolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.windows81CompliancePolicy";
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
        "osMaximumVersion",
        "osMinimumVersion",
        "passwordBlockSimple",
        "passwordExpirationDays",
        "passwordMinimumCharacterSetCount",
        "passwordMinimumLength",
        "passwordMinutesOfInactivityBeforeLock",
        "passwordPreviousPasswordBlockCount",
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
        ",\"osMaximumVersion\":             ",
        ",\"osMinimumVersion\":             ",
        ",\"passwordBlockSimple\":          ",
        ",\"passwordExpirationDays\":       ",
        ",\"passwordMinimumCharacterSetCount\":",
        ",\"passwordMinimumLength\":        ",
        ",\"passwordMinutesOfInactivityBeforeLock\":",
        ",\"passwordPreviousPasswordBlockCount\":",
        ",\"passwordRequired\":             ",
        ",\"passwordRequiredType\":         ",
        ",\"storageRequireEncryption\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows81CompliancePolicy\"";
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
        v.field(14usize, "os_maximum_version", &self.os_maximum_version);
        v.field(15usize, "os_minimum_version", &self.os_minimum_version);
        v.field(16usize, "password_block_simple", &self.password_block_simple);
        v.field(17usize, "password_expiration_days", &self.password_expiration_days);
        v.field(
            18usize,
            "password_minimum_character_set_count",
            &self.password_minimum_character_set_count,
        );
        v.field(19usize, "password_minimum_length", &self.password_minimum_length);
        v.field(
            20usize,
            "password_minutes_of_inactivity_before_lock",
            &self.password_minutes_of_inactivity_before_lock,
        );
        v.field(
            21usize,
            "password_previous_password_block_count",
            &self.password_previous_password_block_count,
        );
        v.field(22usize, "password_required", &self.password_required);
        v.field(23usize, "password_required_type", &self.password_required_type);
        v.field(24usize, "storage_require_encryption", &self.storage_require_encryption);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for Windows81CompliancePolicy {
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
            14usize => self.os_maximum_version.read_from(r),
            15usize => self.os_minimum_version.read_from(r),
            16usize => self.password_block_simple.read_from(r),
            17usize => self.password_expiration_days.read_from(r),
            18usize => self.password_minimum_character_set_count.read_from(r),
            19usize => self.password_minimum_length.read_from(r),
            20usize => self.password_minutes_of_inactivity_before_lock.read_from(r),
            21usize => self.password_previous_password_block_count.read_from(r),
            22usize => self.password_required.read_from(r),
            23usize => self.password_required_type.read_from(r),
            24usize => self.storage_require_encryption.read_from(r),
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
        w.field(14usize, &self.os_maximum_version);
        w.field(15usize, &self.os_minimum_version);
        w.field(16usize, &self.password_block_simple);
        w.field(17usize, &self.password_expiration_days);
        w.field(18usize, &self.password_minimum_character_set_count);
        w.field(19usize, &self.password_minimum_length);
        w.field(20usize, &self.password_minutes_of_inactivity_before_lock);
        w.field(21usize, &self.password_previous_password_block_count);
        w.field(22usize, &self.password_required);
        w.field(23usize, &self.password_required_type);
        w.field(24usize, &self.storage_require_encryption);
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
rt::impl_object!(Windows81CompliancePolicy);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    Windows81CompliancePolicy { with_id id : ::std::string::String;
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
    ::beta::DeviceComplianceUserOverview; with_os_maximum_version os_maximum_version :
    ::std::string::String; with_os_minimum_version os_minimum_version :
    ::std::string::String; with_password_block_simple password_block_simple : bool;
    with_password_expiration_days password_expiration_days : i32;
    with_password_minimum_character_set_count password_minimum_character_set_count : i32;
    with_password_minimum_length password_minimum_length : i32;
    with_password_minutes_of_inactivity_before_lock
    password_minutes_of_inactivity_before_lock : i32;
    with_password_previous_password_block_count password_previous_password_block_count :
    i32; with_password_required password_required : bool; with_password_required_type
    password_required_type : crate ::beta::RequiredPasswordType;
    with_storage_require_encryption storage_require_encryption : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows81CompliancePolicy);
#[cfg(msgraph_beta_device_management_or_search)]
/// VPN Proxy Server.
///
/// CSDL: `microsoft.graph.windows81VpnProxyServer`, complex type, derived from `microsoft.graph.vpnProxyServer`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct Windows81VpnProxyServer {
    /// Address.
    ///
    /// CSDL: property `address`: `Edm.String`, nullable.
    pub address: rt::Field<::std::string::String>,
    /// Proxy's automatic configuration script url.
    ///
    /// CSDL: property `automaticConfigurationScriptUrl`: `Edm.String`, nullable.
    pub automatic_configuration_script_url: rt::Field<::std::string::String>,
    /// Port. Valid values 0 to 65535
    ///
    /// CSDL: property `port`: `Edm.Int32`, nullable.
    pub port: rt::Field<i32>,
    /// Automatically detect proxy settings.
    ///
    /// CSDL: property `automaticallyDetectProxySettings`: `Edm.Boolean`, not nullable.
    pub automatically_detect_proxy_settings: rt::Field<bool>,
    /// Bypass proxy server for local address.
    ///
    /// CSDL: property `bypassProxyServerForLocalAddress`: `Edm.Boolean`, not nullable.
    pub bypass_proxy_server_for_local_address: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for Windows81VpnProxyServer {
    #[inline]
    fn default() -> Self {
        Self {
            address: rt::Field::Absent,
            automatic_configuration_script_url: rt::Field::Absent,
            port: rt::Field::Absent,
            automatically_detect_proxy_settings: rt::Field::Absent,
            bypass_proxy_server_for_local_address: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for Windows81VpnProxyServer {
    const TYPE_NAME: &'static str = "microsoft.graph.windows81VpnProxyServer";
    const KEYS: &'static [&'static str] = &[
        "address",
        "automaticConfigurationScriptUrl",
        "port",
        "automaticallyDetectProxySettings",
        "bypassProxyServerForLocalAddress",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"address\":                      ",
        ",\"automaticConfigurationScriptUrl\":",
        ",\"port\":                         ",
        ",\"automaticallyDetectProxySettings\":",
        ",\"bypassProxyServerForLocalAddress\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows81VpnProxyServer\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "address", &self.address);
        v.field(
            1usize,
            "automatic_configuration_script_url",
            &self.automatic_configuration_script_url,
        );
        v.field(2usize, "port", &self.port);
        v.field(
            3usize,
            "automatically_detect_proxy_settings",
            &self.automatically_detect_proxy_settings,
        );
        v.field(
            4usize,
            "bypass_proxy_server_for_local_address",
            &self.bypass_proxy_server_for_local_address,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for Windows81VpnProxyServer {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.address.read_from(r),
            1usize => self.automatic_configuration_script_url.read_from(r),
            2usize => self.port.read_from(r),
            3usize => self.automatically_detect_proxy_settings.read_from(r),
            4usize => self.bypass_proxy_server_for_local_address.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.address);
        w.field(1usize, &self.automatic_configuration_script_url);
        w.field(2usize, &self.port);
        w.field(3usize, &self.automatically_detect_proxy_settings);
        w.field(4usize, &self.bypass_proxy_server_for_local_address);
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
rt::impl_object!(Windows81VpnProxyServer);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    Windows81VpnProxyServer { with_address address : ::std::string::String;
    with_automatic_configuration_script_url automatic_configuration_script_url :
    ::std::string::String; with_port port : i32; with_automatically_detect_proxy_settings
    automatically_detect_proxy_settings : bool;
    with_bypass_proxy_server_for_local_address bypass_proxy_server_for_local_address :
    bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows81VpnProxyServer);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.windowsAppStartLayoutTileSize`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsAppStartLayoutTileSize {
    /// `hidden` (value 0).
    Hidden,
    /// `small` (value 1).
    Small,
    /// `medium` (value 2).
    Medium,
    /// `wide` (value 3).
    Wide,
    /// `large` (value 4).
    Large,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for WindowsAppStartLayoutTileSize {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsAppStartLayoutTileSize";
    const MEMBERS: &'static [&'static str] = &[
        "hidden",
        "small",
        "medium",
        "wide",
        "large",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "hidden" => Self::Hidden,
                "small" => Self::Small,
                "medium" => Self::Medium,
                "wide" => Self::Wide,
                "large" => Self::Large,
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
            Self::Hidden => "hidden",
            Self::Small => "small",
            Self::Medium => "medium",
            Self::Wide => "wide",
            Self::Large => "large",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(WindowsAppStartLayoutTileSize);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsAppStartLayoutTileSize);
#[cfg(msgraph_beta_device_management_or_search)]
/// An assignment of a Windows Autopilot deployment profile to an AAD group.
///
/// CSDL: `microsoft.graph.windowsAutopilotDeploymentProfileAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WindowsAutopilotDeploymentProfileAssignmentPath`](requests/trait.WindowsAutopilotDeploymentProfileAssignmentPath.html), what a path to one (`EntityPath<WindowsAutopilotDeploymentProfileAssignment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsAutopilotDeploymentProfileAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Type of resource used for deployment to a group, direct or parcel/policySet
    ///
    /// CSDL: property `source`: `microsoft.graph.deviceAndAppManagementAssignmentSource`, not nullable.
    pub source: rt::Field<crate::beta::DeviceAndAppManagementAssignmentSource>,
    /// Identifier for resource used for deployment to a group
    ///
    /// CSDL: property `sourceId`: `Edm.String`, nullable.
    pub source_id: rt::Field<::std::string::String>,
    /// The assignment target for the Windows Autopilot deployment profile.
    ///
    /// CSDL: property `target`: `microsoft.graph.deviceAndAppManagementAssignmentTarget`, nullable.
    pub target: rt::Field<crate::beta::AnyDeviceAndAppManagementAssignmentTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsAutopilotDeploymentProfileAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            source: rt::Field::Absent,
            source_id: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsAutopilotDeploymentProfileAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsAutopilotDeploymentProfileAssignment";
    const KEYS: &'static [&'static str] = &["id", "source", "sourceId", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"source\":                       ",
        ",\"sourceId\":                     ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsAutopilotDeploymentProfileAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "source", &self.source);
        v.field(2usize, "source_id", &self.source_id);
        v.field(3usize, "target", &self.target);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsAutopilotDeploymentProfileAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.source.read_from(r),
            2usize => self.source_id.read_from(r),
            3usize => self.target.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.source);
        w.field(2usize, &self.source_id);
        w.field(3usize, &self.target);
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
rt::impl_object!(WindowsAutopilotDeploymentProfileAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsAutopilotDeploymentProfileAssignment { with_id id : ::std::string::String;
    with_source source : crate ::beta::DeviceAndAppManagementAssignmentSource;
    with_source_id source_id : ::std::string::String; with_target target : crate
    ::beta::AnyDeviceAndAppManagementAssignmentTarget; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsAutopilotDeploymentProfileAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.windowsAutopilotDeploymentState`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsAutopilotDeploymentState {
    /// `unknown` (value 0).
    Unknown,
    /// `success` (value 1).
    Success,
    /// `inProgress` (value 2).
    InProgress,
    /// `failure` (value 3).
    Failure,
    /// `successWithTimeout` (value 4).
    SuccessWithTimeout,
    /// `notAttempted` (value 5).
    NotAttempted,
    /// `disabled` (value 6).
    Disabled,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for WindowsAutopilotDeploymentState {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsAutopilotDeploymentState";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "success",
        "inProgress",
        "failure",
        "successWithTimeout",
        "notAttempted",
        "disabled",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "success" => Self::Success,
                "inProgress" => Self::InProgress,
                "failure" => Self::Failure,
                "successWithTimeout" => Self::SuccessWithTimeout,
                "notAttempted" => Self::NotAttempted,
                "disabled" => Self::Disabled,
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
            Self::Success => "success",
            Self::InProgress => "inProgress",
            Self::Failure => "failure",
            Self::SuccessWithTimeout => "successWithTimeout",
            Self::NotAttempted => "notAttempted",
            Self::Disabled => "disabled",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(WindowsAutopilotDeploymentState);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsAutopilotDeploymentState);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.windowsAutopilotDeviceType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsAutopilotDeviceType {
    /// `windowsPc` (value 0).
    WindowsPc,
    /// `surfaceHub2` (value 1).
    SurfaceHub2,
    /// `holoLens` (value 2).
    HoloLens,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for WindowsAutopilotDeviceType {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsAutopilotDeviceType";
    const MEMBERS: &'static [&'static str] = &["windowsPc", "surfaceHub2", "holoLens"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "windowsPc" => Self::WindowsPc,
                "surfaceHub2" => Self::SurfaceHub2,
                "holoLens" => Self::HoloLens,
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
            Self::WindowsPc => "windowsPc",
            Self::SurfaceHub2 => "surfaceHub2",
            Self::HoloLens => "holoLens",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(WindowsAutopilotDeviceType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsAutopilotDeviceType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.windowsAutopilotEnrollmentType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsAutopilotEnrollmentType {
    /// `unknown` (value 0).
    Unknown,
    /// `azureADJoinedWithAutopilotProfile` (value 1).
    AzureAdJoinedWithAutopilotProfile,
    /// `offlineDomainJoined` (value 2).
    OfflineDomainJoined,
    /// `azureADJoinedUsingDeviceAuthWithAutopilotProfile` (value 3).
    AzureAdJoinedUsingDeviceAuthWithAutopilotProfile,
    /// `azureADJoinedUsingDeviceAuthWithoutAutopilotProfile` (value 4).
    AzureAdJoinedUsingDeviceAuthWithoutAutopilotProfile,
    /// `azureADJoinedWithOfflineAutopilotProfile` (value 5).
    AzureAdJoinedWithOfflineAutopilotProfile,
    /// `azureADJoinedWithWhiteGlove` (value 6).
    AzureAdJoinedWithWhiteGlove,
    /// `offlineDomainJoinedWithWhiteGlove` (value 7).
    OfflineDomainJoinedWithWhiteGlove,
    /// `offlineDomainJoinedWithOfflineAutopilotProfile` (value 8).
    OfflineDomainJoinedWithOfflineAutopilotProfile,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for WindowsAutopilotEnrollmentType {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsAutopilotEnrollmentType";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "azureADJoinedWithAutopilotProfile",
        "offlineDomainJoined",
        "azureADJoinedUsingDeviceAuthWithAutopilotProfile",
        "azureADJoinedUsingDeviceAuthWithoutAutopilotProfile",
        "azureADJoinedWithOfflineAutopilotProfile",
        "azureADJoinedWithWhiteGlove",
        "offlineDomainJoinedWithWhiteGlove",
        "offlineDomainJoinedWithOfflineAutopilotProfile",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "azureADJoinedWithAutopilotProfile" => {
                    Self::AzureAdJoinedWithAutopilotProfile
                }
                "offlineDomainJoined" => Self::OfflineDomainJoined,
                "azureADJoinedUsingDeviceAuthWithAutopilotProfile" => {
                    Self::AzureAdJoinedUsingDeviceAuthWithAutopilotProfile
                }
                "azureADJoinedUsingDeviceAuthWithoutAutopilotProfile" => {
                    Self::AzureAdJoinedUsingDeviceAuthWithoutAutopilotProfile
                }
                "azureADJoinedWithOfflineAutopilotProfile" => {
                    Self::AzureAdJoinedWithOfflineAutopilotProfile
                }
                "azureADJoinedWithWhiteGlove" => Self::AzureAdJoinedWithWhiteGlove,
                "offlineDomainJoinedWithWhiteGlove" => {
                    Self::OfflineDomainJoinedWithWhiteGlove
                }
                "offlineDomainJoinedWithOfflineAutopilotProfile" => {
                    Self::OfflineDomainJoinedWithOfflineAutopilotProfile
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
            Self::Unknown => "unknown",
            Self::AzureAdJoinedWithAutopilotProfile => {
                "azureADJoinedWithAutopilotProfile"
            }
            Self::OfflineDomainJoined => "offlineDomainJoined",
            Self::AzureAdJoinedUsingDeviceAuthWithAutopilotProfile => {
                "azureADJoinedUsingDeviceAuthWithAutopilotProfile"
            }
            Self::AzureAdJoinedUsingDeviceAuthWithoutAutopilotProfile => {
                "azureADJoinedUsingDeviceAuthWithoutAutopilotProfile"
            }
            Self::AzureAdJoinedWithOfflineAutopilotProfile => {
                "azureADJoinedWithOfflineAutopilotProfile"
            }
            Self::AzureAdJoinedWithWhiteGlove => "azureADJoinedWithWhiteGlove",
            Self::OfflineDomainJoinedWithWhiteGlove => {
                "offlineDomainJoinedWithWhiteGlove"
            }
            Self::OfflineDomainJoinedWithOfflineAutopilotProfile => {
                "offlineDomainJoinedWithOfflineAutopilotProfile"
            }
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(WindowsAutopilotEnrollmentType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsAutopilotEnrollmentType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.windowsAutopilotProfileAssignmentDetailedStatus`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsAutopilotProfileAssignmentDetailedStatus {
    /// `none` (value 0).
    None,
    /// `hardwareRequirementsNotMet` (value 1).
    HardwareRequirementsNotMet,
    /// `surfaceHubProfileNotSupported` (value 2).
    SurfaceHubProfileNotSupported,
    /// `holoLensProfileNotSupported` (value 3).
    HoloLensProfileNotSupported,
    /// `windowsPcProfileNotSupported` (value 4).
    WindowsPcProfileNotSupported,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for WindowsAutopilotProfileAssignmentDetailedStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsAutopilotProfileAssignmentDetailedStatus";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "hardwareRequirementsNotMet",
        "surfaceHubProfileNotSupported",
        "holoLensProfileNotSupported",
        "windowsPcProfileNotSupported",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "hardwareRequirementsNotMet" => Self::HardwareRequirementsNotMet,
                "surfaceHubProfileNotSupported" => Self::SurfaceHubProfileNotSupported,
                "holoLensProfileNotSupported" => Self::HoloLensProfileNotSupported,
                "windowsPcProfileNotSupported" => Self::WindowsPcProfileNotSupported,
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
            Self::HardwareRequirementsNotMet => "hardwareRequirementsNotMet",
            Self::SurfaceHubProfileNotSupported => "surfaceHubProfileNotSupported",
            Self::HoloLensProfileNotSupported => "holoLensProfileNotSupported",
            Self::WindowsPcProfileNotSupported => "windowsPcProfileNotSupported",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(WindowsAutopilotProfileAssignmentDetailedStatus);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsAutopilotProfileAssignmentDetailedStatus);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.windowsDefenderProductStatus`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsDefenderProductStatus {
    /// `noStatus` (value 0).
    NoStatus,
    /// `serviceNotRunning` (value 1).
    ServiceNotRunning,
    /// `serviceStartedWithoutMalwareProtection` (value 2).
    ServiceStartedWithoutMalwareProtection,
    /// `pendingFullScanDueToThreatAction` (value 4).
    PendingFullScanDueToThreatAction,
    /// `pendingRebootDueToThreatAction` (value 8).
    PendingRebootDueToThreatAction,
    /// `pendingManualStepsDueToThreatAction` (value 16).
    PendingManualStepsDueToThreatAction,
    /// `avSignaturesOutOfDate` (value 32).
    AvSignaturesOutOfDate,
    /// `asSignaturesOutOfDate` (value 64).
    AsSignaturesOutOfDate,
    /// `noQuickScanHappenedForSpecifiedPeriod` (value 128).
    NoQuickScanHappenedForSpecifiedPeriod,
    /// `noFullScanHappenedForSpecifiedPeriod` (value 256).
    NoFullScanHappenedForSpecifiedPeriod,
    /// `systemInitiatedScanInProgress` (value 512).
    SystemInitiatedScanInProgress,
    /// `systemInitiatedCleanInProgress` (value 1024).
    SystemInitiatedCleanInProgress,
    /// `samplesPendingSubmission` (value 2048).
    SamplesPendingSubmission,
    /// `productRunningInEvaluationMode` (value 4096).
    ProductRunningInEvaluationMode,
    /// `productRunningInNonGenuineMode` (value 8192).
    ProductRunningInNonGenuineMode,
    /// `productExpired` (value 16384).
    ProductExpired,
    /// `offlineScanRequired` (value 32768).
    OfflineScanRequired,
    /// `serviceShutdownAsPartOfSystemShutdown` (value 65536).
    ServiceShutdownAsPartOfSystemShutdown,
    /// `threatRemediationFailedCritically` (value 131072).
    ThreatRemediationFailedCritically,
    /// `threatRemediationFailedNonCritically` (value 262144).
    ThreatRemediationFailedNonCritically,
    /// `noStatusFlagsSet` (value 524288).
    NoStatusFlagsSet,
    /// `platformOutOfDate` (value 1048576).
    PlatformOutOfDate,
    /// `platformUpdateInProgress` (value 2097152).
    PlatformUpdateInProgress,
    /// `platformAboutToBeOutdated` (value 4194304).
    PlatformAboutToBeOutdated,
    /// `signatureOrPlatformEndOfLifeIsPastOrIsImpending` (value 8388608).
    SignatureOrPlatformEndOfLifeIsPastOrIsImpending,
    /// `windowsSModeSignaturesInUseOnNonWin10SInstall` (value 16777216).
    WindowsSModeSignaturesInUseOnNonWin10SInstall,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for WindowsDefenderProductStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsDefenderProductStatus";
    const MEMBERS: &'static [&'static str] = &[
        "noStatus",
        "serviceNotRunning",
        "serviceStartedWithoutMalwareProtection",
        "pendingFullScanDueToThreatAction",
        "pendingRebootDueToThreatAction",
        "pendingManualStepsDueToThreatAction",
        "avSignaturesOutOfDate",
        "asSignaturesOutOfDate",
        "noQuickScanHappenedForSpecifiedPeriod",
        "noFullScanHappenedForSpecifiedPeriod",
        "systemInitiatedScanInProgress",
        "systemInitiatedCleanInProgress",
        "samplesPendingSubmission",
        "productRunningInEvaluationMode",
        "productRunningInNonGenuineMode",
        "productExpired",
        "offlineScanRequired",
        "serviceShutdownAsPartOfSystemShutdown",
        "threatRemediationFailedCritically",
        "threatRemediationFailedNonCritically",
        "noStatusFlagsSet",
        "platformOutOfDate",
        "platformUpdateInProgress",
        "platformAboutToBeOutdated",
        "signatureOrPlatformEndOfLifeIsPastOrIsImpending",
        "windowsSModeSignaturesInUseOnNonWin10SInstall",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "noStatus" => Self::NoStatus,
                "serviceNotRunning" => Self::ServiceNotRunning,
                "serviceStartedWithoutMalwareProtection" => {
                    Self::ServiceStartedWithoutMalwareProtection
                }
                "pendingFullScanDueToThreatAction" => {
                    Self::PendingFullScanDueToThreatAction
                }
                "pendingRebootDueToThreatAction" => Self::PendingRebootDueToThreatAction,
                "pendingManualStepsDueToThreatAction" => {
                    Self::PendingManualStepsDueToThreatAction
                }
                "avSignaturesOutOfDate" => Self::AvSignaturesOutOfDate,
                "asSignaturesOutOfDate" => Self::AsSignaturesOutOfDate,
                "noQuickScanHappenedForSpecifiedPeriod" => {
                    Self::NoQuickScanHappenedForSpecifiedPeriod
                }
                "noFullScanHappenedForSpecifiedPeriod" => {
                    Self::NoFullScanHappenedForSpecifiedPeriod
                }
                "systemInitiatedScanInProgress" => Self::SystemInitiatedScanInProgress,
                "systemInitiatedCleanInProgress" => Self::SystemInitiatedCleanInProgress,
                "samplesPendingSubmission" => Self::SamplesPendingSubmission,
                "productRunningInEvaluationMode" => Self::ProductRunningInEvaluationMode,
                "productRunningInNonGenuineMode" => Self::ProductRunningInNonGenuineMode,
                "productExpired" => Self::ProductExpired,
                "offlineScanRequired" => Self::OfflineScanRequired,
                "serviceShutdownAsPartOfSystemShutdown" => {
                    Self::ServiceShutdownAsPartOfSystemShutdown
                }
                "threatRemediationFailedCritically" => {
                    Self::ThreatRemediationFailedCritically
                }
                "threatRemediationFailedNonCritically" => {
                    Self::ThreatRemediationFailedNonCritically
                }
                "noStatusFlagsSet" => Self::NoStatusFlagsSet,
                "platformOutOfDate" => Self::PlatformOutOfDate,
                "platformUpdateInProgress" => Self::PlatformUpdateInProgress,
                "platformAboutToBeOutdated" => Self::PlatformAboutToBeOutdated,
                "signatureOrPlatformEndOfLifeIsPastOrIsImpending" => {
                    Self::SignatureOrPlatformEndOfLifeIsPastOrIsImpending
                }
                "windowsSModeSignaturesInUseOnNonWin10SInstall" => {
                    Self::WindowsSModeSignaturesInUseOnNonWin10SInstall
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
            Self::NoStatus => "noStatus",
            Self::ServiceNotRunning => "serviceNotRunning",
            Self::ServiceStartedWithoutMalwareProtection => {
                "serviceStartedWithoutMalwareProtection"
            }
            Self::PendingFullScanDueToThreatAction => "pendingFullScanDueToThreatAction",
            Self::PendingRebootDueToThreatAction => "pendingRebootDueToThreatAction",
            Self::PendingManualStepsDueToThreatAction => {
                "pendingManualStepsDueToThreatAction"
            }
            Self::AvSignaturesOutOfDate => "avSignaturesOutOfDate",
            Self::AsSignaturesOutOfDate => "asSignaturesOutOfDate",
            Self::NoQuickScanHappenedForSpecifiedPeriod => {
                "noQuickScanHappenedForSpecifiedPeriod"
            }
            Self::NoFullScanHappenedForSpecifiedPeriod => {
                "noFullScanHappenedForSpecifiedPeriod"
            }
            Self::SystemInitiatedScanInProgress => "systemInitiatedScanInProgress",
            Self::SystemInitiatedCleanInProgress => "systemInitiatedCleanInProgress",
            Self::SamplesPendingSubmission => "samplesPendingSubmission",
            Self::ProductRunningInEvaluationMode => "productRunningInEvaluationMode",
            Self::ProductRunningInNonGenuineMode => "productRunningInNonGenuineMode",
            Self::ProductExpired => "productExpired",
            Self::OfflineScanRequired => "offlineScanRequired",
            Self::ServiceShutdownAsPartOfSystemShutdown => {
                "serviceShutdownAsPartOfSystemShutdown"
            }
            Self::ThreatRemediationFailedCritically => {
                "threatRemediationFailedCritically"
            }
            Self::ThreatRemediationFailedNonCritically => {
                "threatRemediationFailedNonCritically"
            }
            Self::NoStatusFlagsSet => "noStatusFlagsSet",
            Self::PlatformOutOfDate => "platformOutOfDate",
            Self::PlatformUpdateInProgress => "platformUpdateInProgress",
            Self::PlatformAboutToBeOutdated => "platformAboutToBeOutdated",
            Self::SignatureOrPlatformEndOfLifeIsPastOrIsImpending => {
                "signatureOrPlatformEndOfLifeIsPastOrIsImpending"
            }
            Self::WindowsSModeSignaturesInUseOnNonWin10SInstall => {
                "windowsSModeSignaturesInUseOnNonWin10SInstall"
            }
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(WindowsDefenderProductStatus);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsDefenderProductStatus);
#[cfg(msgraph_beta_core)]
/// Windows Defender last scan result
///
/// CSDL: `microsoft.graph.windowsDefenderScanActionResult`, complex type, derived from `microsoft.graph.deviceActionResult`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WindowsDefenderScanActionResult {
    /// Action name
    ///
    /// CSDL: property `actionName`: `Edm.String`, nullable.
    pub action_name: rt::Field<::std::string::String>,
    /// State of the action
    ///
    /// CSDL: property `actionState`: `microsoft.graph.actionState`, not nullable.
    pub action_state: rt::Field<crate::beta::ActionState>,
    /// Time the action state was last updated
    ///
    /// CSDL: property `lastUpdatedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Time the action was initiated
    ///
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Scan type either full scan or quick scan
    ///
    /// CSDL: property `scanType`: `Edm.String`, nullable.
    pub scan_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for WindowsDefenderScanActionResult {
    #[inline]
    fn default() -> Self {
        Self {
            action_name: rt::Field::Absent,
            action_state: rt::Field::Absent,
            last_updated_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            scan_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for WindowsDefenderScanActionResult {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsDefenderScanActionResult";
    const KEYS: &'static [&'static str] = &[
        "actionName",
        "actionState",
        "lastUpdatedDateTime",
        "startDateTime",
        "scanType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"actionName\":                   ",
        ",\"actionState\":                  ",
        ",\"lastUpdatedDateTime\":          ",
        ",\"startDateTime\":                ",
        ",\"scanType\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsDefenderScanActionResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "action_name", &self.action_name);
        v.field(1usize, "action_state", &self.action_state);
        v.field(2usize, "last_updated_date_time", &self.last_updated_date_time);
        v.field(3usize, "start_date_time", &self.start_date_time);
        v.field(4usize, "scan_type", &self.scan_type);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for WindowsDefenderScanActionResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.action_name.read_from(r),
            1usize => self.action_state.read_from(r),
            2usize => self.last_updated_date_time.read_from(r),
            3usize => self.start_date_time.read_from(r),
            4usize => self.scan_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.action_name);
        w.field(1usize, &self.action_state);
        w.field(2usize, &self.last_updated_date_time);
        w.field(3usize, &self.start_date_time);
        w.field(4usize, &self.scan_type);
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
rt::impl_object!(WindowsDefenderScanActionResult);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    WindowsDefenderScanActionResult { with_action_name action_name :
    ::std::string::String; with_action_state action_state : crate ::beta::ActionState;
    with_last_updated_date_time last_updated_date_time : rt::edm::DateTimeOffset;
    with_start_date_time start_date_time : rt::edm::DateTimeOffset; with_scan_type
    scan_type : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsDefenderScanActionResult);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.windowsDefenderTamperProtectionOptions`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsDefenderTamperProtectionOptions {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `enable` (value 1).
    Enable,
    /// `disable` (value 2).
    Disable,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for WindowsDefenderTamperProtectionOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsDefenderTamperProtectionOptions";
    const MEMBERS: &'static [&'static str] = &["notConfigured", "enable", "disable"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "enable" => Self::Enable,
                "disable" => Self::Disable,
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
            Self::Enable => "enable",
            Self::Disable => "disable",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(WindowsDefenderTamperProtectionOptions);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsDefenderTamperProtectionOptions);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.windowsDeliveryOptimizationMode`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsDeliveryOptimizationMode {
    /// `userDefined` (value 0).
    UserDefined,
    /// `httpOnly` (value 1).
    HttpOnly,
    /// `httpWithPeeringNat` (value 2).
    HttpWithPeeringNat,
    /// `httpWithPeeringPrivateGroup` (value 3).
    HttpWithPeeringPrivateGroup,
    /// `httpWithInternetPeering` (value 4).
    HttpWithInternetPeering,
    /// `simpleDownload` (value 99).
    SimpleDownload,
    /// `bypassMode` (value 100).
    BypassMode,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for WindowsDeliveryOptimizationMode {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsDeliveryOptimizationMode";
    const MEMBERS: &'static [&'static str] = &[
        "userDefined",
        "httpOnly",
        "httpWithPeeringNat",
        "httpWithPeeringPrivateGroup",
        "httpWithInternetPeering",
        "simpleDownload",
        "bypassMode",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userDefined" => Self::UserDefined,
                "httpOnly" => Self::HttpOnly,
                "httpWithPeeringNat" => Self::HttpWithPeeringNat,
                "httpWithPeeringPrivateGroup" => Self::HttpWithPeeringPrivateGroup,
                "httpWithInternetPeering" => Self::HttpWithInternetPeering,
                "simpleDownload" => Self::SimpleDownload,
                "bypassMode" => Self::BypassMode,
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
            Self::HttpOnly => "httpOnly",
            Self::HttpWithPeeringNat => "httpWithPeeringNat",
            Self::HttpWithPeeringPrivateGroup => "httpWithPeeringPrivateGroup",
            Self::HttpWithInternetPeering => "httpWithInternetPeering",
            Self::SimpleDownload => "simpleDownload",
            Self::BypassMode => "bypassMode",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(WindowsDeliveryOptimizationMode);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsDeliveryOptimizationMode);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.windowsDeviceADAccount`, complex type, derived from `microsoft.graph.windowsDeviceAccount`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WindowsDeviceAdAccount {
    /// CSDL: property `password`: `Edm.String`, nullable.
    pub password: rt::Field<::std::string::String>,
    /// CSDL: property `domainName`: `Edm.String`, nullable.
    pub domain_name: rt::Field<::std::string::String>,
    /// CSDL: property `userName`: `Edm.String`, nullable.
    pub user_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for WindowsDeviceAdAccount {
    #[inline]
    fn default() -> Self {
        Self {
            password: rt::Field::Absent,
            domain_name: rt::Field::Absent,
            user_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for WindowsDeviceAdAccount {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsDeviceADAccount";
    const KEYS: &'static [&'static str] = &["password", "domainName", "userName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"password\":                     ",
        ",\"domainName\":                   ",
        ",\"userName\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsDeviceADAccount\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "password", &self.password);
        v.field(1usize, "domain_name", &self.domain_name);
        v.field(2usize, "user_name", &self.user_name);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for WindowsDeviceAdAccount {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.password.read_from(r),
            1usize => self.domain_name.read_from(r),
            2usize => self.user_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.password);
        w.field(1usize, &self.domain_name);
        w.field(2usize, &self.user_name);
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
rt::impl_object!(WindowsDeviceAdAccount);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    WindowsDeviceAdAccount { with_password password : ::std::string::String;
    with_domain_name domain_name : ::std::string::String; with_user_name user_name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsDeviceAdAccount);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.windowsDeviceAccount`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WindowsDeviceAccount {
    /// CSDL: property `password`: `Edm.String`, nullable.
    pub password: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for WindowsDeviceAccount {
    #[inline]
    fn default() -> Self {
        Self {
            password: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for WindowsDeviceAccount {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsDeviceAccount";
    const KEYS: &'static [&'static str] = &["password"];
    const KEYS_JSON: &'static [&'static str] = &[",\"password\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.windowsDeviceAccount\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "password", &self.password);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for WindowsDeviceAccount {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.password.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.password);
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
rt::impl_object!(WindowsDeviceAccount);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    WindowsDeviceAccount { with_password password : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsDeviceAccount);
#[cfg(msgraph_beta_core)]
/// `microsoft.graph.windowsDeviceAccount` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyWindowsDeviceAccount {
    WindowsDeviceAccount(::std::boxed::Box<crate::beta::WindowsDeviceAccount>),
    WindowsDeviceAdAccount(::std::boxed::Box<crate::beta::WindowsDeviceAdAccount>),
    WindowsDeviceAzureAdAccount(
        ::std::boxed::Box<crate::beta::WindowsDeviceAzureAdAccount>,
    ),
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AnyWindowsDeviceAccount {
    #[inline]
    fn default() -> Self {
        Self::WindowsDeviceAccount(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsDeviceAccount>
for AnyWindowsDeviceAccount {
    #[inline]
    fn from(v: crate::beta::WindowsDeviceAccount) -> Self {
        Self::WindowsDeviceAccount(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsDeviceAdAccount>
for AnyWindowsDeviceAccount {
    #[inline]
    fn from(v: crate::beta::WindowsDeviceAdAccount) -> Self {
        Self::WindowsDeviceAdAccount(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsDeviceAzureAdAccount>
for AnyWindowsDeviceAccount {
    #[inline]
    fn from(v: crate::beta::WindowsDeviceAzureAdAccount) -> Self {
        Self::WindowsDeviceAzureAdAccount(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Send for AnyWindowsDeviceAccount {}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Sync for AnyWindowsDeviceAccount {}
#[cfg(msgraph_beta_core)]
impl ::std::marker::Unpin for AnyWindowsDeviceAccount {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::UnwindSafe for AnyWindowsDeviceAccount {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::RefUnwindSafe for AnyWindowsDeviceAccount {}
#[cfg(msgraph_beta_core)]
const _: () = {
    rt::object::auto_traits::<crate::beta::WindowsDeviceAccount>();
    rt::object::auto_traits::<crate::beta::WindowsDeviceAdAccount>();
    rt::object::auto_traits::<crate::beta::WindowsDeviceAzureAdAccount>();
};
#[cfg(msgraph_beta_core)]
impl rt::Poly for AnyWindowsDeviceAccount {
    const BASE_NAME: &'static str = "microsoft.graph.windowsDeviceAccount";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.windowsDeviceADAccount") => {
                Self::WindowsDeviceAdAccount(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.windowsDeviceAzureADAccount",
            ) => Self::WindowsDeviceAzureAdAccount(rt::object::new_boxed()),
            _ => Self::WindowsDeviceAccount(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::WindowsDeviceAccount(v) => &**v,
            Self::WindowsDeviceAdAccount(v) => &**v,
            Self::WindowsDeviceAzureAdAccount(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::WindowsDeviceAccount(v) => &mut **v,
            Self::WindowsDeviceAdAccount(v) => &mut **v,
            Self::WindowsDeviceAzureAdAccount(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core)]
impl AnyWindowsDeviceAccount {
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
    /// `password` of any variant.
    #[inline]
    pub fn password(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsDeviceAccount(v) => &v.password,
            Self::WindowsDeviceAdAccount(v) => &v.password,
            Self::WindowsDeviceAzureAdAccount(v) => &v.password,
        }
    }
    /// `password` of any variant.
    #[inline]
    pub fn password_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsDeviceAccount(v) => &mut v.password,
            Self::WindowsDeviceAdAccount(v) => &mut v.password,
            Self::WindowsDeviceAzureAdAccount(v) => &mut v.password,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_poly!(AnyWindowsDeviceAccount);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyWindowsDeviceAccount);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.windowsDeviceAzureADAccount`, complex type, derived from `microsoft.graph.windowsDeviceAccount`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WindowsDeviceAzureAdAccount {
    /// CSDL: property `password`: `Edm.String`, nullable.
    pub password: rt::Field<::std::string::String>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for WindowsDeviceAzureAdAccount {
    #[inline]
    fn default() -> Self {
        Self {
            password: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for WindowsDeviceAzureAdAccount {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsDeviceAzureADAccount";
    const KEYS: &'static [&'static str] = &["password", "userPrincipalName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"password\":                     ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsDeviceAzureADAccount\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "password", &self.password);
        v.field(1usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for WindowsDeviceAzureAdAccount {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.password.read_from(r),
            1usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.password);
        w.field(1usize, &self.user_principal_name);
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
rt::impl_object!(WindowsDeviceAzureAdAccount);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    WindowsDeviceAzureAdAccount { with_password password : ::std::string::String;
    with_user_principal_name user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsDeviceAzureAdAccount);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.windowsDeviceHealthState`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsDeviceHealthState {
    /// `clean` (value 0).
    Clean,
    /// `fullScanPending` (value 1).
    FullScanPending,
    /// `rebootPending` (value 2).
    RebootPending,
    /// `manualStepsPending` (value 4).
    ManualStepsPending,
    /// `offlineScanPending` (value 8).
    OfflineScanPending,
    /// `critical` (value 16).
    Critical,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for WindowsDeviceHealthState {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsDeviceHealthState";
    const MEMBERS: &'static [&'static str] = &[
        "clean",
        "fullScanPending",
        "rebootPending",
        "manualStepsPending",
        "offlineScanPending",
        "critical",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "clean" => Self::Clean,
                "fullScanPending" => Self::FullScanPending,
                "rebootPending" => Self::RebootPending,
                "manualStepsPending" => Self::ManualStepsPending,
                "offlineScanPending" => Self::OfflineScanPending,
                "critical" => Self::Critical,
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
            Self::Clean => "clean",
            Self::FullScanPending => "fullScanPending",
            Self::RebootPending => "rebootPending",
            Self::ManualStepsPending => "manualStepsPending",
            Self::OfflineScanPending => "offlineScanPending",
            Self::Critical => "critical",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(WindowsDeviceHealthState);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsDeviceHealthState);
#[cfg(msgraph_beta_core)]
/// Malware detection entity.
///
/// CSDL: `microsoft.graph.windowsDeviceMalwareState`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WindowsDeviceMalwareState {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Information URL to learn more about the malware
    ///
    /// CSDL: property `additionalInformationUrl`: `Edm.String`, nullable.
    pub additional_information_url: rt::Field<::std::string::String>,
    /// Category of the malware
    ///
    /// CSDL: property `category`: `microsoft.graph.windowsMalwareCategory`, nullable.
    pub category: rt::Field<crate::beta::WindowsMalwareCategory>,
    /// Number of times the malware is detected
    ///
    /// CSDL: property `detectionCount`: `Edm.Int32`, nullable.
    pub detection_count: rt::Field<i32>,
    /// Malware name
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Execution status of the malware like blocked/executing etc
    ///
    /// CSDL: property `executionState`: `microsoft.graph.windowsMalwareExecutionState`, nullable.
    pub execution_state: rt::Field<crate::beta::WindowsMalwareExecutionState>,
    /// Initial detection datetime of the malware
    ///
    /// CSDL: property `initialDetectionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub initial_detection_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The last time this particular threat was changed
    ///
    /// CSDL: property `lastStateChangeDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_state_change_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Severity of the malware
    ///
    /// CSDL: property `severity`: `microsoft.graph.windowsMalwareSeverity`, nullable.
    pub severity: rt::Field<crate::beta::WindowsMalwareSeverity>,
    /// Current status of the malware like cleaned/quarantined/allowed etc
    ///
    /// CSDL: property `state`: `microsoft.graph.windowsMalwareState`, nullable.
    pub state: rt::Field<crate::beta::WindowsMalwareState>,
    /// Current status of the malware like cleaned/quarantined/allowed etc
    ///
    /// CSDL: property `threatState`: `microsoft.graph.windowsMalwareThreatState`, nullable.
    pub threat_state: rt::Field<crate::beta::WindowsMalwareThreatState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for WindowsDeviceMalwareState {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            additional_information_url: rt::Field::Absent,
            category: rt::Field::Absent,
            detection_count: rt::Field::Absent,
            display_name: rt::Field::Absent,
            execution_state: rt::Field::Absent,
            initial_detection_date_time: rt::Field::Absent,
            last_state_change_date_time: rt::Field::Absent,
            severity: rt::Field::Absent,
            state: rt::Field::Absent,
            threat_state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for WindowsDeviceMalwareState {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsDeviceMalwareState";
    const KEYS: &'static [&'static str] = &[
        "id",
        "additionalInformationUrl",
        "category",
        "detectionCount",
        "displayName",
        "executionState",
        "initialDetectionDateTime",
        "lastStateChangeDateTime",
        "severity",
        "state",
        "threatState",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"additionalInformationUrl\":     ",
        ",\"category\":                     ",
        ",\"detectionCount\":               ",
        ",\"displayName\":                  ",
        ",\"executionState\":               ",
        ",\"initialDetectionDateTime\":     ",
        ",\"lastStateChangeDateTime\":      ",
        ",\"severity\":                     ",
        ",\"state\":                        ",
        ",\"threatState\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsDeviceMalwareState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "additional_information_url", &self.additional_information_url);
        v.field(2usize, "category", &self.category);
        v.field(3usize, "detection_count", &self.detection_count);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "execution_state", &self.execution_state);
        v.field(
            6usize,
            "initial_detection_date_time",
            &self.initial_detection_date_time,
        );
        v.field(
            7usize,
            "last_state_change_date_time",
            &self.last_state_change_date_time,
        );
        v.field(8usize, "severity", &self.severity);
        v.field(9usize, "state", &self.state);
        v.field(10usize, "threat_state", &self.threat_state);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for WindowsDeviceMalwareState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.additional_information_url.read_from(r),
            2usize => self.category.read_from(r),
            3usize => self.detection_count.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.execution_state.read_from(r),
            6usize => self.initial_detection_date_time.read_from(r),
            7usize => self.last_state_change_date_time.read_from(r),
            8usize => self.severity.read_from(r),
            9usize => self.state.read_from(r),
            10usize => self.threat_state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.additional_information_url);
        w.field(2usize, &self.category);
        w.field(3usize, &self.detection_count);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.execution_state);
        w.field(6usize, &self.initial_detection_date_time);
        w.field(7usize, &self.last_state_change_date_time);
        w.field(8usize, &self.severity);
        w.field(9usize, &self.state);
        w.field(10usize, &self.threat_state);
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
rt::impl_object!(WindowsDeviceMalwareState);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    WindowsDeviceMalwareState { with_id id : ::std::string::String;
    with_additional_information_url additional_information_url : ::std::string::String;
    with_category category : crate ::beta::WindowsMalwareCategory; with_detection_count
    detection_count : i32; with_display_name display_name : ::std::string::String;
    with_execution_state execution_state : crate ::beta::WindowsMalwareExecutionState;
    with_initial_detection_date_time initial_detection_date_time :
    rt::edm::DateTimeOffset; with_last_state_change_date_time last_state_change_date_time
    : rt::edm::DateTimeOffset; with_severity severity : crate
    ::beta::WindowsMalwareSeverity; with_state state : crate ::beta::WindowsMalwareState;
    with_threat_state threat_state : crate ::beta::WindowsMalwareThreatState; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsDeviceMalwareState);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.windowsDeviceUsageType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsDeviceUsageType {
    /// `singleUser` (value 0).
    SingleUser,
    /// `shared` (value 1).
    Shared,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for WindowsDeviceUsageType {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsDeviceUsageType";
    const MEMBERS: &'static [&'static str] = &["singleUser", "shared"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "singleUser" => Self::SingleUser,
                "shared" => Self::Shared,
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
            Self::SingleUser => "singleUser",
            Self::Shared => "shared",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(WindowsDeviceUsageType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsDeviceUsageType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.windowsEdgeKioskType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsEdgeKioskType {
    /// `publicBrowsing` (value 0).
    PublicBrowsing,
    /// `fullScreen` (value 1).
    FullScreen,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for WindowsEdgeKioskType {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsEdgeKioskType";
    const MEMBERS: &'static [&'static str] = &["publicBrowsing", "fullScreen"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "publicBrowsing" => Self::PublicBrowsing,
                "fullScreen" => Self::FullScreen,
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
            Self::PublicBrowsing => "publicBrowsing",
            Self::FullScreen => "fullScreen",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(WindowsEdgeKioskType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsEdgeKioskType);
#[cfg(msgraph_beta_device_management_or_search)]
/// Windows update catalog item entity
///
/// CSDL: `microsoft.graph.windowsFeatureUpdateCatalogItem`, entity type, derived from `microsoft.graph.windowsUpdateCatalogItem`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsFeatureUpdateCatalogItem {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The display name for the catalog item.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The last supported date for a catalog item
    ///
    /// CSDL: property `endOfSupportDate`: `Edm.DateTimeOffset`, nullable.
    pub end_of_support_date: rt::Field<rt::edm::DateTimeOffset>,
    /// The date the catalog item was released
    ///
    /// CSDL: property `releaseDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub release_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The feature update version
    ///
    /// CSDL: property `version`: `Edm.String`, not nullable.
    pub version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsFeatureUpdateCatalogItem {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            end_of_support_date: rt::Field::Absent,
            release_date_time: rt::Field::Absent,
            version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsFeatureUpdateCatalogItem {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsFeatureUpdateCatalogItem";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "endOfSupportDate",
        "releaseDateTime",
        "version",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"endOfSupportDate\":             ",
        ",\"releaseDateTime\":              ",
        ",\"version\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsFeatureUpdateCatalogItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "end_of_support_date", &self.end_of_support_date);
        v.field(3usize, "release_date_time", &self.release_date_time);
        v.field(4usize, "version", &self.version);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsFeatureUpdateCatalogItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.end_of_support_date.read_from(r),
            3usize => self.release_date_time.read_from(r),
            4usize => self.version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.end_of_support_date);
        w.field(3usize, &self.release_date_time);
        w.field(4usize, &self.version);
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
rt::impl_object!(WindowsFeatureUpdateCatalogItem);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsFeatureUpdateCatalogItem { with_id id : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_end_of_support_date
    end_of_support_date : rt::edm::DateTimeOffset; with_release_date_time
    release_date_time : rt::edm::DateTimeOffset; with_version version :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsFeatureUpdateCatalogItem);
#[cfg(msgraph_beta_device_management_or_search)]
/// Windows Feature Update Profile
///
/// CSDL: `microsoft.graph.windowsFeatureUpdateProfile`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WindowsFeatureUpdateProfilePath`](requests/trait.WindowsFeatureUpdateProfilePath.html), what a path to one (`EntityPath<WindowsFeatureUpdateProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsFeatureUpdateProfile {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date time that the profile was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Friendly display name of the quality update profile deployable content
    ///
    /// CSDL: property `deployableContentDisplayName`: `Edm.String`, nullable.
    pub deployable_content_display_name: rt::Field<::std::string::String>,
    /// The description of the profile which is specified by the user.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The display name of the profile.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The last supported date for a feature update
    ///
    /// CSDL: property `endOfSupportDate`: `Edm.DateTimeOffset`, nullable.
    pub end_of_support_date: rt::Field<rt::edm::DateTimeOffset>,
    /// The feature update version that will be deployed to the devices targeted by this profile. The version could be any supported version for example 1709, 1803 or 1809 and so on.
    ///
    /// CSDL: property `featureUpdateVersion`: `Edm.String`, not nullable.
    pub feature_update_version: rt::Field<::std::string::String>,
    /// The date time that the profile was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// List of Scope Tags for this Feature Update entity.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The list of group assignments of the profile.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.windowsFeatureUpdateProfileAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsFeatureUpdateProfileAssignment>,
    >,
    /// The list of device states this profile targeted to
    ///
    /// CSDL: containment navigation property `deviceUpdateStates`: `Collection(microsoft.graph.windowsUpdateState)`, not nullable.
    pub device_update_states: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsUpdateState>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsFeatureUpdateProfile {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            deployable_content_display_name: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            end_of_support_date: rt::Field::Absent,
            feature_update_version: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_update_states: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsFeatureUpdateProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsFeatureUpdateProfile";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "deployableContentDisplayName",
        "description",
        "displayName",
        "endOfSupportDate",
        "featureUpdateVersion",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "assignments",
        "deviceUpdateStates",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"deployableContentDisplayName\": ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"endOfSupportDate\":             ",
        ",\"featureUpdateVersion\":         ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"assignments\":                  ",
        ",\"deviceUpdateStates\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsFeatureUpdateProfile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(
            2usize,
            "deployable_content_display_name",
            &self.deployable_content_display_name,
        );
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "end_of_support_date", &self.end_of_support_date);
        v.field(6usize, "feature_update_version", &self.feature_update_version);
        v.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(8usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(9usize, "assignments", &self.assignments);
        v.field(10usize, "device_update_states", &self.device_update_states);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsFeatureUpdateProfile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.deployable_content_display_name.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.end_of_support_date.read_from(r),
            6usize => self.feature_update_version.read_from(r),
            7usize => self.last_modified_date_time.read_from(r),
            8usize => self.role_scope_tag_ids.read_from(r),
            9usize => self.assignments.read_from(r),
            10usize => self.device_update_states.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.deployable_content_display_name);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.end_of_support_date);
        w.field(6usize, &self.feature_update_version);
        w.field(7usize, &self.last_modified_date_time);
        w.field(8usize, &self.role_scope_tag_ids);
        w.field(9usize, &self.assignments);
        w.field(10usize, &self.device_update_states);
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
rt::impl_object!(WindowsFeatureUpdateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsFeatureUpdateProfile { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_deployable_content_display_name deployable_content_display_name :
    ::std::string::String; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_end_of_support_date
    end_of_support_date : rt::edm::DateTimeOffset; with_feature_update_version
    feature_update_version : ::std::string::String; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_role_scope_tag_ids
    role_scope_tag_ids : ::std::vec::Vec < ::std::string::String >; with_assignments
    assignments : ::std::vec::Vec < crate ::beta::WindowsFeatureUpdateProfileAssignment
    >; with_device_update_states device_update_states : ::std::vec::Vec < crate
    ::beta::WindowsUpdateState >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsFeatureUpdateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
/// This entity contains the properties used to assign a windows feature update profile to a group.
///
/// CSDL: `microsoft.graph.windowsFeatureUpdateProfileAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WindowsFeatureUpdateProfileAssignmentPath`](requests/trait.WindowsFeatureUpdateProfileAssignmentPath.html), what a path to one (`EntityPath<WindowsFeatureUpdateProfileAssignment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsFeatureUpdateProfileAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The assignment target that the feature update profile is assigned to.
    ///
    /// CSDL: property `target`: `microsoft.graph.deviceAndAppManagementAssignmentTarget`, nullable.
    pub target: rt::Field<crate::beta::AnyDeviceAndAppManagementAssignmentTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsFeatureUpdateProfileAssignment {
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
impl rt::Object for WindowsFeatureUpdateProfileAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsFeatureUpdateProfileAssignment";
    const KEYS: &'static [&'static str] = &["id", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsFeatureUpdateProfileAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "target", &self.target);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsFeatureUpdateProfileAssignment {
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
rt::impl_object!(WindowsFeatureUpdateProfileAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsFeatureUpdateProfileAssignment { with_id id : ::std::string::String;
    with_target target : crate ::beta::AnyDeviceAndAppManagementAssignmentTarget; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsFeatureUpdateProfileAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
/// Windows Firewall Profile Policies.
///
/// CSDL: `microsoft.graph.windowsFirewallNetworkProfile`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsFirewallNetworkProfile {
    /// Configures the firewall to merge authorized application rules from group policy with those from local store instead of ignoring the local store rules. When AuthorizedApplicationRulesFromGroupPolicyNotMerged and AuthorizedApplicationRulesFromGroupPolicyMerged are both true, AuthorizedApplicationRulesFromGroupPolicyMerged takes priority.
    ///
    /// CSDL: property `authorizedApplicationRulesFromGroupPolicyMerged`: `Edm.Boolean`, not nullable.
    pub authorized_application_rules_from_group_policy_merged: rt::Field<bool>,
    /// Configures the firewall to prevent merging authorized application rules from group policy with those from local store instead of ignoring the local store rules. When AuthorizedApplicationRulesFromGroupPolicyNotMerged and AuthorizedApplicationRulesFromGroupPolicyMerged are both true, AuthorizedApplicationRulesFromGroupPolicyMerged takes priority.
    ///
    /// CSDL: property `authorizedApplicationRulesFromGroupPolicyNotMerged`: `Edm.Boolean`, not nullable.
    pub authorized_application_rules_from_group_policy_not_merged: rt::Field<bool>,
    /// Configures the firewall to merge connection security rules from group policy with those from local store instead of ignoring the local store rules. When ConnectionSecurityRulesFromGroupPolicyNotMerged and ConnectionSecurityRulesFromGroupPolicyMerged are both true, ConnectionSecurityRulesFromGroupPolicyMerged takes priority.
    ///
    /// CSDL: property `connectionSecurityRulesFromGroupPolicyMerged`: `Edm.Boolean`, not nullable.
    pub connection_security_rules_from_group_policy_merged: rt::Field<bool>,
    /// Configures the firewall to prevent merging connection security rules from group policy with those from local store instead of ignoring the local store rules. When ConnectionSecurityRulesFromGroupPolicyNotMerged and ConnectionSecurityRulesFromGroupPolicyMerged are both true, ConnectionSecurityRulesFromGroupPolicyMerged takes priority.
    ///
    /// CSDL: property `connectionSecurityRulesFromGroupPolicyNotMerged`: `Edm.Boolean`, not nullable.
    pub connection_security_rules_from_group_policy_not_merged: rt::Field<bool>,
    /// Configures the host device to allow or block the firewall and advanced security enforcement for the network profile.
    ///
    /// CSDL: property `firewallEnabled`: `microsoft.graph.stateManagementSetting`, not nullable.
    pub firewall_enabled: rt::Field<crate::beta::StateManagementSetting>,
    /// Configures the firewall to merge global port rules from group policy with those from local store instead of ignoring the local store rules. When GlobalPortRulesFromGroupPolicyNotMerged and GlobalPortRulesFromGroupPolicyMerged are both true, GlobalPortRulesFromGroupPolicyMerged takes priority.
    ///
    /// CSDL: property `globalPortRulesFromGroupPolicyMerged`: `Edm.Boolean`, not nullable.
    pub global_port_rules_from_group_policy_merged: rt::Field<bool>,
    /// Configures the firewall to prevent merging global port rules from group policy with those from local store instead of ignoring the local store rules. When GlobalPortRulesFromGroupPolicyNotMerged and GlobalPortRulesFromGroupPolicyMerged are both true, GlobalPortRulesFromGroupPolicyMerged takes priority.
    ///
    /// CSDL: property `globalPortRulesFromGroupPolicyNotMerged`: `Edm.Boolean`, not nullable.
    pub global_port_rules_from_group_policy_not_merged: rt::Field<bool>,
    /// Configures the firewall to block all incoming connections by default. When InboundConnectionsRequired and InboundConnectionsBlocked are both true, InboundConnectionsBlocked takes priority.
    ///
    /// CSDL: property `inboundConnectionsBlocked`: `Edm.Boolean`, not nullable.
    pub inbound_connections_blocked: rt::Field<bool>,
    /// Configures the firewall to allow all incoming connections by default. When InboundConnectionsRequired and InboundConnectionsBlocked are both true, InboundConnectionsBlocked takes priority.
    ///
    /// CSDL: property `inboundConnectionsRequired`: `Edm.Boolean`, not nullable.
    pub inbound_connections_required: rt::Field<bool>,
    /// Prevents the firewall from displaying notifications when an application is blocked from listening on a port. When InboundNotificationsRequired and InboundNotificationsBlocked are both true, InboundNotificationsBlocked takes priority.
    ///
    /// CSDL: property `inboundNotificationsBlocked`: `Edm.Boolean`, not nullable.
    pub inbound_notifications_blocked: rt::Field<bool>,
    /// Allows the firewall to display notifications when an application is blocked from listening on a port. When InboundNotificationsRequired and InboundNotificationsBlocked are both true, InboundNotificationsBlocked takes priority.
    ///
    /// CSDL: property `inboundNotificationsRequired`: `Edm.Boolean`, not nullable.
    pub inbound_notifications_required: rt::Field<bool>,
    /// Configures the firewall to block all incoming traffic regardless of other policy settings. When IncomingTrafficRequired and IncomingTrafficBlocked are both true, IncomingTrafficBlocked takes priority.
    ///
    /// CSDL: property `incomingTrafficBlocked`: `Edm.Boolean`, not nullable.
    pub incoming_traffic_blocked: rt::Field<bool>,
    /// Configures the firewall to allow incoming traffic pursuant to other policy settings. When IncomingTrafficRequired and IncomingTrafficBlocked are both true, IncomingTrafficBlocked takes priority.
    ///
    /// CSDL: property `incomingTrafficRequired`: `Edm.Boolean`, not nullable.
    pub incoming_traffic_required: rt::Field<bool>,
    /// Configures the firewall to block all outgoing connections by default. When OutboundConnectionsRequired and OutboundConnectionsBlocked are both true, OutboundConnectionsBlocked takes priority. This setting will get applied to Windows releases version 1809 and above.
    ///
    /// CSDL: property `outboundConnectionsBlocked`: `Edm.Boolean`, not nullable.
    pub outbound_connections_blocked: rt::Field<bool>,
    /// Configures the firewall to allow all outgoing connections by default. When OutboundConnectionsRequired and OutboundConnectionsBlocked are both true, OutboundConnectionsBlocked takes priority. This setting will get applied to Windows releases version 1809 and above.
    ///
    /// CSDL: property `outboundConnectionsRequired`: `Edm.Boolean`, not nullable.
    pub outbound_connections_required: rt::Field<bool>,
    /// Configures the firewall to merge Firewall Rule policies from group policy with those from local store instead of ignoring the local store rules. When PolicyRulesFromGroupPolicyNotMerged and PolicyRulesFromGroupPolicyMerged are both true, PolicyRulesFromGroupPolicyMerged takes priority.
    ///
    /// CSDL: property `policyRulesFromGroupPolicyMerged`: `Edm.Boolean`, not nullable.
    pub policy_rules_from_group_policy_merged: rt::Field<bool>,
    /// Configures the firewall to prevent merging Firewall Rule policies from group policy with those from local store instead of ignoring the local store rules. When PolicyRulesFromGroupPolicyNotMerged and PolicyRulesFromGroupPolicyMerged are both true, PolicyRulesFromGroupPolicyMerged takes priority.
    ///
    /// CSDL: property `policyRulesFromGroupPolicyNotMerged`: `Edm.Boolean`, not nullable.
    pub policy_rules_from_group_policy_not_merged: rt::Field<bool>,
    /// Configures the firewall to allow the host computer to respond to unsolicited network traffic of that traffic is secured by IPSec even when stealthModeBlocked is set to true. When SecuredPacketExemptionBlocked and SecuredPacketExemptionAllowed are both true, SecuredPacketExemptionAllowed takes priority.
    ///
    /// CSDL: property `securedPacketExemptionAllowed`: `Edm.Boolean`, not nullable.
    pub secured_packet_exemption_allowed: rt::Field<bool>,
    /// Configures the firewall to block the host computer to respond to unsolicited network traffic of that traffic is secured by IPSec even when stealthModeBlocked is set to true. When SecuredPacketExemptionBlocked and SecuredPacketExemptionAllowed are both true, SecuredPacketExemptionAllowed takes priority.
    ///
    /// CSDL: property `securedPacketExemptionBlocked`: `Edm.Boolean`, not nullable.
    pub secured_packet_exemption_blocked: rt::Field<bool>,
    /// Prevent the server from operating in stealth mode. When StealthModeRequired and StealthModeBlocked are both true, StealthModeBlocked takes priority.
    ///
    /// CSDL: property `stealthModeBlocked`: `Edm.Boolean`, not nullable.
    pub stealth_mode_blocked: rt::Field<bool>,
    /// Allow the server to operate in stealth mode. When StealthModeRequired and StealthModeBlocked are both true, StealthModeBlocked takes priority.
    ///
    /// CSDL: property `stealthModeRequired`: `Edm.Boolean`, not nullable.
    pub stealth_mode_required: rt::Field<bool>,
    /// Configures the firewall to block unicast responses to multicast broadcast traffic. When UnicastResponsesToMulticastBroadcastsRequired and UnicastResponsesToMulticastBroadcastsBlocked are both true, UnicastResponsesToMulticastBroadcastsBlocked takes priority.
    ///
    /// CSDL: property `unicastResponsesToMulticastBroadcastsBlocked`: `Edm.Boolean`, not nullable.
    pub unicast_responses_to_multicast_broadcasts_blocked: rt::Field<bool>,
    /// Configures the firewall to allow unicast responses to multicast broadcast traffic. When UnicastResponsesToMulticastBroadcastsRequired and UnicastResponsesToMulticastBroadcastsBlocked are both true, UnicastResponsesToMulticastBroadcastsBlocked takes priority.
    ///
    /// CSDL: property `unicastResponsesToMulticastBroadcastsRequired`: `Edm.Boolean`, not nullable.
    pub unicast_responses_to_multicast_broadcasts_required: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsFirewallNetworkProfile {
    #[inline]
    fn default() -> Self {
        Self {
            authorized_application_rules_from_group_policy_merged: rt::Field::Absent,
            authorized_application_rules_from_group_policy_not_merged: rt::Field::Absent,
            connection_security_rules_from_group_policy_merged: rt::Field::Absent,
            connection_security_rules_from_group_policy_not_merged: rt::Field::Absent,
            firewall_enabled: rt::Field::Absent,
            global_port_rules_from_group_policy_merged: rt::Field::Absent,
            global_port_rules_from_group_policy_not_merged: rt::Field::Absent,
            inbound_connections_blocked: rt::Field::Absent,
            inbound_connections_required: rt::Field::Absent,
            inbound_notifications_blocked: rt::Field::Absent,
            inbound_notifications_required: rt::Field::Absent,
            incoming_traffic_blocked: rt::Field::Absent,
            incoming_traffic_required: rt::Field::Absent,
            outbound_connections_blocked: rt::Field::Absent,
            outbound_connections_required: rt::Field::Absent,
            policy_rules_from_group_policy_merged: rt::Field::Absent,
            policy_rules_from_group_policy_not_merged: rt::Field::Absent,
            secured_packet_exemption_allowed: rt::Field::Absent,
            secured_packet_exemption_blocked: rt::Field::Absent,
            stealth_mode_blocked: rt::Field::Absent,
            stealth_mode_required: rt::Field::Absent,
            unicast_responses_to_multicast_broadcasts_blocked: rt::Field::Absent,
            unicast_responses_to_multicast_broadcasts_required: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsFirewallNetworkProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsFirewallNetworkProfile";
    const KEYS: &'static [&'static str] = &[
        "authorizedApplicationRulesFromGroupPolicyMerged",
        "authorizedApplicationRulesFromGroupPolicyNotMerged",
        "connectionSecurityRulesFromGroupPolicyMerged",
        "connectionSecurityRulesFromGroupPolicyNotMerged",
        "firewallEnabled",
        "globalPortRulesFromGroupPolicyMerged",
        "globalPortRulesFromGroupPolicyNotMerged",
        "inboundConnectionsBlocked",
        "inboundConnectionsRequired",
        "inboundNotificationsBlocked",
        "inboundNotificationsRequired",
        "incomingTrafficBlocked",
        "incomingTrafficRequired",
        "outboundConnectionsBlocked",
        "outboundConnectionsRequired",
        "policyRulesFromGroupPolicyMerged",
        "policyRulesFromGroupPolicyNotMerged",
        "securedPacketExemptionAllowed",
        "securedPacketExemptionBlocked",
        "stealthModeBlocked",
        "stealthModeRequired",
        "unicastResponsesToMulticastBroadcastsBlocked",
        "unicastResponsesToMulticastBroadcastsRequired",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"authorizedApplicationRulesFromGroupPolicyMerged\":",
        ",\"authorizedApplicationRulesFromGroupPolicyNotMerged\":",
        ",\"connectionSecurityRulesFromGroupPolicyMerged\":",
        ",\"connectionSecurityRulesFromGroupPolicyNotMerged\":",
        ",\"firewallEnabled\":              ",
        ",\"globalPortRulesFromGroupPolicyMerged\":",
        ",\"globalPortRulesFromGroupPolicyNotMerged\":",
        ",\"inboundConnectionsBlocked\":    ",
        ",\"inboundConnectionsRequired\":   ",
        ",\"inboundNotificationsBlocked\":  ",
        ",\"inboundNotificationsRequired\": ",
        ",\"incomingTrafficBlocked\":       ",
        ",\"incomingTrafficRequired\":      ",
        ",\"outboundConnectionsBlocked\":   ",
        ",\"outboundConnectionsRequired\":  ",
        ",\"policyRulesFromGroupPolicyMerged\":",
        ",\"policyRulesFromGroupPolicyNotMerged\":",
        ",\"securedPacketExemptionAllowed\":",
        ",\"securedPacketExemptionBlocked\":",
        ",\"stealthModeBlocked\":           ",
        ",\"stealthModeRequired\":          ",
        ",\"unicastResponsesToMulticastBroadcastsBlocked\":",
        ",\"unicastResponsesToMulticastBroadcastsRequired\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsFirewallNetworkProfile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "authorized_application_rules_from_group_policy_merged",
            &self.authorized_application_rules_from_group_policy_merged,
        );
        v.field(
            1usize,
            "authorized_application_rules_from_group_policy_not_merged",
            &self.authorized_application_rules_from_group_policy_not_merged,
        );
        v.field(
            2usize,
            "connection_security_rules_from_group_policy_merged",
            &self.connection_security_rules_from_group_policy_merged,
        );
        v.field(
            3usize,
            "connection_security_rules_from_group_policy_not_merged",
            &self.connection_security_rules_from_group_policy_not_merged,
        );
        v.field(4usize, "firewall_enabled", &self.firewall_enabled);
        v.field(
            5usize,
            "global_port_rules_from_group_policy_merged",
            &self.global_port_rules_from_group_policy_merged,
        );
        v.field(
            6usize,
            "global_port_rules_from_group_policy_not_merged",
            &self.global_port_rules_from_group_policy_not_merged,
        );
        v.field(
            7usize,
            "inbound_connections_blocked",
            &self.inbound_connections_blocked,
        );
        v.field(
            8usize,
            "inbound_connections_required",
            &self.inbound_connections_required,
        );
        v.field(
            9usize,
            "inbound_notifications_blocked",
            &self.inbound_notifications_blocked,
        );
        v.field(
            10usize,
            "inbound_notifications_required",
            &self.inbound_notifications_required,
        );
        v.field(11usize, "incoming_traffic_blocked", &self.incoming_traffic_blocked);
        v.field(12usize, "incoming_traffic_required", &self.incoming_traffic_required);
        v.field(
            13usize,
            "outbound_connections_blocked",
            &self.outbound_connections_blocked,
        );
        v.field(
            14usize,
            "outbound_connections_required",
            &self.outbound_connections_required,
        );
        v.field(
            15usize,
            "policy_rules_from_group_policy_merged",
            &self.policy_rules_from_group_policy_merged,
        );
        v.field(
            16usize,
            "policy_rules_from_group_policy_not_merged",
            &self.policy_rules_from_group_policy_not_merged,
        );
        v.field(
            17usize,
            "secured_packet_exemption_allowed",
            &self.secured_packet_exemption_allowed,
        );
        v.field(
            18usize,
            "secured_packet_exemption_blocked",
            &self.secured_packet_exemption_blocked,
        );
        v.field(19usize, "stealth_mode_blocked", &self.stealth_mode_blocked);
        v.field(20usize, "stealth_mode_required", &self.stealth_mode_required);
        v.field(
            21usize,
            "unicast_responses_to_multicast_broadcasts_blocked",
            &self.unicast_responses_to_multicast_broadcasts_blocked,
        );
        v.field(
            22usize,
            "unicast_responses_to_multicast_broadcasts_required",
            &self.unicast_responses_to_multicast_broadcasts_required,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsFirewallNetworkProfile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => {
                self.authorized_application_rules_from_group_policy_merged.read_from(r)
            }
            1usize => {
                self.authorized_application_rules_from_group_policy_not_merged
                    .read_from(r)
            }
            2usize => {
                self.connection_security_rules_from_group_policy_merged.read_from(r)
            }
            3usize => {
                self.connection_security_rules_from_group_policy_not_merged.read_from(r)
            }
            4usize => self.firewall_enabled.read_from(r),
            5usize => self.global_port_rules_from_group_policy_merged.read_from(r),
            6usize => self.global_port_rules_from_group_policy_not_merged.read_from(r),
            7usize => self.inbound_connections_blocked.read_from(r),
            8usize => self.inbound_connections_required.read_from(r),
            9usize => self.inbound_notifications_blocked.read_from(r),
            10usize => self.inbound_notifications_required.read_from(r),
            11usize => self.incoming_traffic_blocked.read_from(r),
            12usize => self.incoming_traffic_required.read_from(r),
            13usize => self.outbound_connections_blocked.read_from(r),
            14usize => self.outbound_connections_required.read_from(r),
            15usize => self.policy_rules_from_group_policy_merged.read_from(r),
            16usize => self.policy_rules_from_group_policy_not_merged.read_from(r),
            17usize => self.secured_packet_exemption_allowed.read_from(r),
            18usize => self.secured_packet_exemption_blocked.read_from(r),
            19usize => self.stealth_mode_blocked.read_from(r),
            20usize => self.stealth_mode_required.read_from(r),
            21usize => {
                self.unicast_responses_to_multicast_broadcasts_blocked.read_from(r)
            }
            22usize => {
                self.unicast_responses_to_multicast_broadcasts_required.read_from(r)
            }
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.authorized_application_rules_from_group_policy_merged);
        w.field(1usize, &self.authorized_application_rules_from_group_policy_not_merged);
        w.field(2usize, &self.connection_security_rules_from_group_policy_merged);
        w.field(3usize, &self.connection_security_rules_from_group_policy_not_merged);
        w.field(4usize, &self.firewall_enabled);
        w.field(5usize, &self.global_port_rules_from_group_policy_merged);
        w.field(6usize, &self.global_port_rules_from_group_policy_not_merged);
        w.field(7usize, &self.inbound_connections_blocked);
        w.field(8usize, &self.inbound_connections_required);
        w.field(9usize, &self.inbound_notifications_blocked);
        w.field(10usize, &self.inbound_notifications_required);
        w.field(11usize, &self.incoming_traffic_blocked);
        w.field(12usize, &self.incoming_traffic_required);
        w.field(13usize, &self.outbound_connections_blocked);
        w.field(14usize, &self.outbound_connections_required);
        w.field(15usize, &self.policy_rules_from_group_policy_merged);
        w.field(16usize, &self.policy_rules_from_group_policy_not_merged);
        w.field(17usize, &self.secured_packet_exemption_allowed);
        w.field(18usize, &self.secured_packet_exemption_blocked);
        w.field(19usize, &self.stealth_mode_blocked);
        w.field(20usize, &self.stealth_mode_required);
        w.field(21usize, &self.unicast_responses_to_multicast_broadcasts_blocked);
        w.field(22usize, &self.unicast_responses_to_multicast_broadcasts_required);
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
rt::impl_object!(WindowsFirewallNetworkProfile);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsFirewallNetworkProfile {
    with_authorized_application_rules_from_group_policy_merged
    authorized_application_rules_from_group_policy_merged : bool;
    with_authorized_application_rules_from_group_policy_not_merged
    authorized_application_rules_from_group_policy_not_merged : bool;
    with_connection_security_rules_from_group_policy_merged
    connection_security_rules_from_group_policy_merged : bool;
    with_connection_security_rules_from_group_policy_not_merged
    connection_security_rules_from_group_policy_not_merged : bool; with_firewall_enabled
    firewall_enabled : crate ::beta::StateManagementSetting;
    with_global_port_rules_from_group_policy_merged
    global_port_rules_from_group_policy_merged : bool;
    with_global_port_rules_from_group_policy_not_merged
    global_port_rules_from_group_policy_not_merged : bool;
    with_inbound_connections_blocked inbound_connections_blocked : bool;
    with_inbound_connections_required inbound_connections_required : bool;
    with_inbound_notifications_blocked inbound_notifications_blocked : bool;
    with_inbound_notifications_required inbound_notifications_required : bool;
    with_incoming_traffic_blocked incoming_traffic_blocked : bool;
    with_incoming_traffic_required incoming_traffic_required : bool;
    with_outbound_connections_blocked outbound_connections_blocked : bool;
    with_outbound_connections_required outbound_connections_required : bool;
    with_policy_rules_from_group_policy_merged policy_rules_from_group_policy_merged :
    bool; with_policy_rules_from_group_policy_not_merged
    policy_rules_from_group_policy_not_merged : bool;
    with_secured_packet_exemption_allowed secured_packet_exemption_allowed : bool;
    with_secured_packet_exemption_blocked secured_packet_exemption_blocked : bool;
    with_stealth_mode_blocked stealth_mode_blocked : bool; with_stealth_mode_required
    stealth_mode_required : bool; with_unicast_responses_to_multicast_broadcasts_blocked
    unicast_responses_to_multicast_broadcasts_blocked : bool;
    with_unicast_responses_to_multicast_broadcasts_required
    unicast_responses_to_multicast_broadcasts_required : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsFirewallNetworkProfile);
#[cfg(msgraph_beta_device_management_or_search)]
/// A rule controlling traffic through the Windows Firewall.
///
/// CSDL: `microsoft.graph.windowsFirewallRule`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsFirewallRule {
    /// The action the rule enforces. If not specified, the default is Allowed.
    ///
    /// CSDL: property `action`: `microsoft.graph.stateManagementSetting`, not nullable.
    pub action: rt::Field<crate::beta::StateManagementSetting>,
    /// The description of the rule.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The display name of the rule. Does not need to be unique.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Indicates whether edge traversal is enabled or disabled for this rule. The EdgeTraversal setting indicates that specific inbound traffic is allowed to tunnel through NATs and other edge devices using the Teredo tunneling technology. In order for this setting to work correctly, the application or service with the inbound firewall rule needs to support IPv6. The primary application of this setting allows listeners on the host to be globally addressable through a Teredo IPv6 address. New rules have the EdgeTraversal property disabled by default.
    ///
    /// CSDL: property `edgeTraversal`: `microsoft.graph.stateManagementSetting`, not nullable.
    pub edge_traversal: rt::Field<crate::beta::StateManagementSetting>,
    /// The full file path of an app that's affected by the firewall rule.
    ///
    /// CSDL: property `filePath`: `Edm.String`, nullable.
    pub file_path: rt::Field<::std::string::String>,
    /// The interface types of the rule.
    ///
    /// CSDL: property `interfaceTypes`: `microsoft.graph.windowsFirewallRuleInterfaceTypes`, not nullable.
    pub interface_types: rt::Field<
        rt::Flags<crate::beta::WindowsFirewallRuleInterfaceTypes>,
    >,
    /// List of local addresses covered by the rule. Default is any address. Valid tokens include:<ul><li>"*" indicates any local address. If present, this must be the only token included.</li><li>A subnet can be specified using either the subnet mask or network prefix notation. If neither a subnet mask nor a network prefix is specified, the subnet mask defaults to 255.255.255.255.</li><li>A valid IPv6 address.</li><li>An IPv4 address range in the format of "start address - end address" with no spaces included.</li><li>An IPv6 address range in the format of "start address - end address" with no spaces included.</li></ul>
    ///
    /// CSDL: property `localAddressRanges`: `Collection(Edm.String)`, nullable.
    pub local_address_ranges: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// List of local port ranges. For example, "100-120", "200", "300-320". If not specified, the default is All.
    ///
    /// CSDL: property `localPortRanges`: `Collection(Edm.String)`, nullable.
    pub local_port_ranges: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Specifies the list of authorized local users for the app container. This is a string in Security Descriptor Definition Language (SDDL) format.
    ///
    /// CSDL: property `localUserAuthorizations`: `Edm.String`, nullable.
    pub local_user_authorizations: rt::Field<::std::string::String>,
    /// The package family name of a Microsoft Store application that's affected by the firewall rule.
    ///
    /// CSDL: property `packageFamilyName`: `Edm.String`, nullable.
    pub package_family_name: rt::Field<::std::string::String>,
    /// Specifies the profiles to which the rule belongs. If not specified, the default is All.
    ///
    /// CSDL: property `profileTypes`: `microsoft.graph.windowsFirewallRuleNetworkProfileTypes`, not nullable.
    pub profile_types: rt::Field<
        rt::Flags<crate::beta::WindowsFirewallRuleNetworkProfileTypes>,
    >,
    /// 0-255 number representing the IP protocol (TCP = 6, UDP = 17). If not specified, the default is All. Valid values 0 to 255
    ///
    /// CSDL: property `protocol`: `Edm.Int32`, nullable.
    pub protocol: rt::Field<i32>,
    /// List of tokens specifying the remote addresses covered by the rule. Tokens are case insensitive. Default is any address. Valid tokens include:<ul><li>"*" indicates any remote address. If present, this must be the only token included.</li><li>"Defaultgateway"</li><li>"DHCP"</li><li>"DNS"</li><li>"WINS"</li><li>"Intranet" (supported on Windows versions 1809+)</li><li>"RmtIntranet" (supported on Windows versions 1809+)</li><li>"Internet" (supported on Windows versions 1809+)</li><li>"Ply2Renders" (supported on Windows versions 1809+)</li><li>"LocalSubnet" indicates any local address on the local subnet.</li><li>A subnet can be specified using either the subnet mask or network prefix notation. If neither a subnet mask nor a network prefix is specified, the subnet mask defaults to 255.255.255.255.</li><li>A valid IPv6 address.</li><li>An IPv4 address range in the format of "start address - end address" with no spaces included.</li><li>An IPv6 address range in the format of "start address - end address" with no spaces included.</li></ul>
    ///
    /// CSDL: property `remoteAddressRanges`: `Collection(Edm.String)`, nullable.
    pub remote_address_ranges: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// List of remote port ranges. For example, "100-120", "200", "300-320". If not specified, the default is All.
    ///
    /// CSDL: property `remotePortRanges`: `Collection(Edm.String)`, nullable.
    pub remote_port_ranges: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The name used in cases when a service, not an application, is sending or receiving traffic.
    ///
    /// CSDL: property `serviceName`: `Edm.String`, nullable.
    pub service_name: rt::Field<::std::string::String>,
    /// The traffic direction that the rule is enabled for. If not specified, the default is Out.
    ///
    /// CSDL: property `trafficDirection`: `microsoft.graph.windowsFirewallRuleTrafficDirectionType`, not nullable.
    pub traffic_direction: rt::Field<
        crate::beta::WindowsFirewallRuleTrafficDirectionType,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsFirewallRule {
    #[inline]
    fn default() -> Self {
        Self {
            action: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            edge_traversal: rt::Field::Absent,
            file_path: rt::Field::Absent,
            interface_types: rt::Field::Absent,
            local_address_ranges: rt::Field::Absent,
            local_port_ranges: rt::Field::Absent,
            local_user_authorizations: rt::Field::Absent,
            package_family_name: rt::Field::Absent,
            profile_types: rt::Field::Absent,
            protocol: rt::Field::Absent,
            remote_address_ranges: rt::Field::Absent,
            remote_port_ranges: rt::Field::Absent,
            service_name: rt::Field::Absent,
            traffic_direction: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsFirewallRule {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsFirewallRule";
    const KEYS: &'static [&'static str] = &[
        "action",
        "description",
        "displayName",
        "edgeTraversal",
        "filePath",
        "interfaceTypes",
        "localAddressRanges",
        "localPortRanges",
        "localUserAuthorizations",
        "packageFamilyName",
        "profileTypes",
        "protocol",
        "remoteAddressRanges",
        "remotePortRanges",
        "serviceName",
        "trafficDirection",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"action\":                       ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"edgeTraversal\":                ",
        ",\"filePath\":                     ",
        ",\"interfaceTypes\":               ",
        ",\"localAddressRanges\":           ",
        ",\"localPortRanges\":              ",
        ",\"localUserAuthorizations\":      ",
        ",\"packageFamilyName\":            ",
        ",\"profileTypes\":                 ",
        ",\"protocol\":                     ",
        ",\"remoteAddressRanges\":          ",
        ",\"remotePortRanges\":             ",
        ",\"serviceName\":                  ",
        ",\"trafficDirection\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsFirewallRule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "action", &self.action);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "edge_traversal", &self.edge_traversal);
        v.field(4usize, "file_path", &self.file_path);
        v.field(5usize, "interface_types", &self.interface_types);
        v.field(6usize, "local_address_ranges", &self.local_address_ranges);
        v.field(7usize, "local_port_ranges", &self.local_port_ranges);
        v.field(8usize, "local_user_authorizations", &self.local_user_authorizations);
        v.field(9usize, "package_family_name", &self.package_family_name);
        v.field(10usize, "profile_types", &self.profile_types);
        v.field(11usize, "protocol", &self.protocol);
        v.field(12usize, "remote_address_ranges", &self.remote_address_ranges);
        v.field(13usize, "remote_port_ranges", &self.remote_port_ranges);
        v.field(14usize, "service_name", &self.service_name);
        v.field(15usize, "traffic_direction", &self.traffic_direction);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsFirewallRule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.action.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.edge_traversal.read_from(r),
            4usize => self.file_path.read_from(r),
            5usize => self.interface_types.read_from(r),
            6usize => self.local_address_ranges.read_from(r),
            7usize => self.local_port_ranges.read_from(r),
            8usize => self.local_user_authorizations.read_from(r),
            9usize => self.package_family_name.read_from(r),
            10usize => self.profile_types.read_from(r),
            11usize => self.protocol.read_from(r),
            12usize => self.remote_address_ranges.read_from(r),
            13usize => self.remote_port_ranges.read_from(r),
            14usize => self.service_name.read_from(r),
            15usize => self.traffic_direction.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.action);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.edge_traversal);
        w.field(4usize, &self.file_path);
        w.field(5usize, &self.interface_types);
        w.field(6usize, &self.local_address_ranges);
        w.field(7usize, &self.local_port_ranges);
        w.field(8usize, &self.local_user_authorizations);
        w.field(9usize, &self.package_family_name);
        w.field(10usize, &self.profile_types);
        w.field(11usize, &self.protocol);
        w.field(12usize, &self.remote_address_ranges);
        w.field(13usize, &self.remote_port_ranges);
        w.field(14usize, &self.service_name);
        w.field(15usize, &self.traffic_direction);
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
rt::impl_object!(WindowsFirewallRule);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsFirewallRule { with_action action : crate ::beta::StateManagementSetting;
    with_description description : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_edge_traversal edge_traversal : crate
    ::beta::StateManagementSetting; with_file_path file_path : ::std::string::String;
    with_interface_types interface_types : rt::Flags < crate
    ::beta::WindowsFirewallRuleInterfaceTypes >; with_local_address_ranges
    local_address_ranges : ::std::vec::Vec < ::std::string::String >;
    with_local_port_ranges local_port_ranges : ::std::vec::Vec < ::std::string::String >;
    with_local_user_authorizations local_user_authorizations : ::std::string::String;
    with_package_family_name package_family_name : ::std::string::String;
    with_profile_types profile_types : rt::Flags < crate
    ::beta::WindowsFirewallRuleNetworkProfileTypes >; with_protocol protocol : i32;
    with_remote_address_ranges remote_address_ranges : ::std::vec::Vec <
    ::std::string::String >; with_remote_port_ranges remote_port_ranges : ::std::vec::Vec
    < ::std::string::String >; with_service_name service_name : ::std::string::String;
    with_traffic_direction traffic_direction : crate
    ::beta::WindowsFirewallRuleTrafficDirectionType; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsFirewallRule);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.windowsFirewallRuleInterfaceTypes`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsFirewallRuleInterfaceTypes {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `remoteAccess` (value 1).
    RemoteAccess,
    /// `wireless` (value 2).
    Wireless,
    /// `lan` (value 4).
    Lan,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for WindowsFirewallRuleInterfaceTypes {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsFirewallRuleInterfaceTypes";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "remoteAccess",
        "wireless",
        "lan",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "remoteAccess" => Self::RemoteAccess,
                "wireless" => Self::Wireless,
                "lan" => Self::Lan,
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
            Self::RemoteAccess => "remoteAccess",
            Self::Wireless => "wireless",
            Self::Lan => "lan",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(WindowsFirewallRuleInterfaceTypes);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsFirewallRuleInterfaceTypes);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.windowsFirewallRuleNetworkProfileTypes`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsFirewallRuleNetworkProfileTypes {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `domain` (value 1).
    Domain,
    /// `private` (value 2).
    Private,
    /// `public` (value 4).
    Public,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for WindowsFirewallRuleNetworkProfileTypes {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsFirewallRuleNetworkProfileTypes";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "domain",
        "private",
        "public",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "domain" => Self::Domain,
                "private" => Self::Private,
                "public" => Self::Public,
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
            Self::Domain => "domain",
            Self::Private => "private",
            Self::Public => "public",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(WindowsFirewallRuleNetworkProfileTypes);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsFirewallRuleNetworkProfileTypes);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.windowsFirewallRuleTrafficDirectionType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsFirewallRuleTrafficDirectionType {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `out` (value 1).
    Out,
    /// `in` (value 2).
    In,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for WindowsFirewallRuleTrafficDirectionType {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsFirewallRuleTrafficDirectionType";
    const MEMBERS: &'static [&'static str] = &["notConfigured", "out", "in"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "out" => Self::Out,
                "in" => Self::In,
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
            Self::Out => "out",
            Self::In => "in",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(WindowsFirewallRuleTrafficDirectionType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsFirewallRuleTrafficDirectionType);
#[cfg(msgraph_beta_device_management_or_search)]
/// Windows Information Protection AppLearning Summary entity.
///
/// CSDL: `microsoft.graph.windowsInformationProtectionAppLearningSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsInformationProtectionAppLearningSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Application Name
    ///
    /// CSDL: property `applicationName`: `Edm.String`, nullable.
    pub application_name: rt::Field<::std::string::String>,
    /// Application Type
    ///
    /// CSDL: property `applicationType`: `microsoft.graph.applicationType`, not nullable.
    pub application_type: rt::Field<crate::beta::ApplicationType>,
    /// Device Count
    ///
    /// CSDL: property `deviceCount`: `Edm.Int32`, not nullable.
    pub device_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsInformationProtectionAppLearningSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            application_name: rt::Field::Absent,
            application_type: rt::Field::Absent,
            device_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsInformationProtectionAppLearningSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsInformationProtectionAppLearningSummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "applicationName",
        "applicationType",
        "deviceCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"applicationName\":              ",
        ",\"applicationType\":              ",
        ",\"deviceCount\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsInformationProtectionAppLearningSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "application_name", &self.application_name);
        v.field(2usize, "application_type", &self.application_type);
        v.field(3usize, "device_count", &self.device_count);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsInformationProtectionAppLearningSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.application_name.read_from(r),
            2usize => self.application_type.read_from(r),
            3usize => self.device_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.application_name);
        w.field(2usize, &self.application_type);
        w.field(3usize, &self.device_count);
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
rt::impl_object!(WindowsInformationProtectionAppLearningSummary);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsInformationProtectionAppLearningSummary { with_id id : ::std::string::String;
    with_application_name application_name : ::std::string::String; with_application_type
    application_type : crate ::beta::ApplicationType; with_device_count device_count :
    i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsInformationProtectionAppLearningSummary);
#[cfg(msgraph_beta_device_management_or_search)]
/// Windows Information Protection Network learning Summary entity.
///
/// CSDL: `microsoft.graph.windowsInformationProtectionNetworkLearningSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsInformationProtectionNetworkLearningSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Device Count
    ///
    /// CSDL: property `deviceCount`: `Edm.Int32`, not nullable.
    pub device_count: rt::Field<i32>,
    /// Website url
    ///
    /// CSDL: property `url`: `Edm.String`, nullable.
    pub url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsInformationProtectionNetworkLearningSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            device_count: rt::Field::Absent,
            url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsInformationProtectionNetworkLearningSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsInformationProtectionNetworkLearningSummary";
    const KEYS: &'static [&'static str] = &["id", "deviceCount", "url"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deviceCount\":                  ",
        ",\"url\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsInformationProtectionNetworkLearningSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "device_count", &self.device_count);
        v.field(2usize, "url", &self.url);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsInformationProtectionNetworkLearningSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.device_count.read_from(r),
            2usize => self.url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.device_count);
        w.field(2usize, &self.url);
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
rt::impl_object!(WindowsInformationProtectionNetworkLearningSummary);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsInformationProtectionNetworkLearningSummary { with_id id :
    ::std::string::String; with_device_count device_count : i32; with_url url :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsInformationProtectionNetworkLearningSummary);
#[cfg(msgraph_beta_device_management_or_search)]
/// The class used to identify an Azure Directory group for the kiosk configuration
///
/// CSDL: `microsoft.graph.windowsKioskActiveDirectoryGroup`, complex type, derived from `microsoft.graph.windowsKioskUser`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsKioskActiveDirectoryGroup {
    /// The name of the AD group that will be locked to this kiosk configuration
    ///
    /// CSDL: property `groupName`: `Edm.String`, not nullable.
    pub group_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsKioskActiveDirectoryGroup {
    #[inline]
    fn default() -> Self {
        Self {
            group_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsKioskActiveDirectoryGroup {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsKioskActiveDirectoryGroup";
    const KEYS: &'static [&'static str] = &["groupName"];
    const KEYS_JSON: &'static [&'static str] = &[",\"groupName\":                    "];
    const TAG: &'static str = "\"#microsoft.graph.windowsKioskActiveDirectoryGroup\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "group_name", &self.group_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsKioskActiveDirectoryGroup {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.group_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.group_name);
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
rt::impl_object!(WindowsKioskActiveDirectoryGroup);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsKioskActiveDirectoryGroup { with_group_name group_name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsKioskActiveDirectoryGroup);
#[cfg(msgraph_beta_device_management_or_search)]
/// The base class for a type of apps
///
/// CSDL: `microsoft.graph.windowsKioskAppBase`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsKioskAppBase {
    /// The app type
    ///
    /// CSDL: property `appType`: `microsoft.graph.windowsKioskAppType`, not nullable.
    pub app_type: rt::Field<crate::beta::WindowsKioskAppType>,
    /// Allow the app to be auto-launched in multi-app kiosk mode
    ///
    /// CSDL: property `autoLaunch`: `Edm.Boolean`, not nullable.
    pub auto_launch: rt::Field<bool>,
    /// Represents the friendly name of an app
    ///
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// The app tile size for the start layout
    ///
    /// CSDL: property `startLayoutTileSize`: `microsoft.graph.windowsAppStartLayoutTileSize`, not nullable.
    pub start_layout_tile_size: rt::Field<crate::beta::WindowsAppStartLayoutTileSize>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsKioskAppBase {
    #[inline]
    fn default() -> Self {
        Self {
            app_type: rt::Field::Absent,
            auto_launch: rt::Field::Absent,
            name: rt::Field::Absent,
            start_layout_tile_size: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsKioskAppBase {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsKioskAppBase";
    const KEYS: &'static [&'static str] = &[
        "appType",
        "autoLaunch",
        "name",
        "startLayoutTileSize",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"appType\":                      ",
        ",\"autoLaunch\":                   ",
        ",\"name\":                         ",
        ",\"startLayoutTileSize\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsKioskAppBase\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "app_type", &self.app_type);
        v.field(1usize, "auto_launch", &self.auto_launch);
        v.field(2usize, "name", &self.name);
        v.field(3usize, "start_layout_tile_size", &self.start_layout_tile_size);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsKioskAppBase {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.app_type.read_from(r),
            1usize => self.auto_launch.read_from(r),
            2usize => self.name.read_from(r),
            3usize => self.start_layout_tile_size.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.app_type);
        w.field(1usize, &self.auto_launch);
        w.field(2usize, &self.name);
        w.field(3usize, &self.start_layout_tile_size);
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
rt::impl_object!(WindowsKioskAppBase);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsKioskAppBase { with_app_type app_type : crate ::beta::WindowsKioskAppType;
    with_auto_launch auto_launch : bool; with_name name : ::std::string::String;
    with_start_layout_tile_size start_layout_tile_size : crate
    ::beta::WindowsAppStartLayoutTileSize; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsKioskAppBase);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.windowsKioskAppBase` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyWindowsKioskAppBase {
    WindowsKioskAppBase(::std::boxed::Box<crate::beta::WindowsKioskAppBase>),
    WindowsKioskDesktopApp(::std::boxed::Box<crate::beta::WindowsKioskDesktopApp>),
    WindowsKioskUwpApp(::std::boxed::Box<crate::beta::WindowsKioskUwpApp>),
    WindowsKioskWin32App(::std::boxed::Box<crate::beta::WindowsKioskWin32App>),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyWindowsKioskAppBase {
    #[inline]
    fn default() -> Self {
        Self::WindowsKioskAppBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsKioskAppBase> for AnyWindowsKioskAppBase {
    #[inline]
    fn from(v: crate::beta::WindowsKioskAppBase) -> Self {
        Self::WindowsKioskAppBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsKioskDesktopApp>
for AnyWindowsKioskAppBase {
    #[inline]
    fn from(v: crate::beta::WindowsKioskDesktopApp) -> Self {
        Self::WindowsKioskDesktopApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsKioskUwpApp> for AnyWindowsKioskAppBase {
    #[inline]
    fn from(v: crate::beta::WindowsKioskUwpApp) -> Self {
        Self::WindowsKioskUwpApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsKioskWin32App> for AnyWindowsKioskAppBase {
    #[inline]
    fn from(v: crate::beta::WindowsKioskWin32App) -> Self {
        Self::WindowsKioskWin32App(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyWindowsKioskAppBase {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyWindowsKioskAppBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyWindowsKioskAppBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyWindowsKioskAppBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyWindowsKioskAppBase {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::WindowsKioskAppBase>();
    rt::object::auto_traits::<crate::beta::WindowsKioskDesktopApp>();
    rt::object::auto_traits::<crate::beta::WindowsKioskUwpApp>();
    rt::object::auto_traits::<crate::beta::WindowsKioskWin32App>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyWindowsKioskAppBase {
    const BASE_NAME: &'static str = "microsoft.graph.windowsKioskAppBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.windowsKioskDesktopApp") => {
                Self::WindowsKioskDesktopApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.windowsKioskUWPApp") => {
                Self::WindowsKioskUwpApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.windowsKioskWin32App") => {
                Self::WindowsKioskWin32App(rt::object::new_boxed())
            }
            _ => Self::WindowsKioskAppBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::WindowsKioskAppBase(v) => &**v,
            Self::WindowsKioskDesktopApp(v) => &**v,
            Self::WindowsKioskUwpApp(v) => &**v,
            Self::WindowsKioskWin32App(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::WindowsKioskAppBase(v) => &mut **v,
            Self::WindowsKioskDesktopApp(v) => &mut **v,
            Self::WindowsKioskUwpApp(v) => &mut **v,
            Self::WindowsKioskWin32App(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyWindowsKioskAppBase {
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
    /// `appType` of any variant.
    #[inline]
    pub fn app_type(&self) -> &rt::Field<crate::beta::WindowsKioskAppType> {
        match self {
            Self::WindowsKioskAppBase(v) => &v.app_type,
            Self::WindowsKioskDesktopApp(v) => &v.app_type,
            Self::WindowsKioskUwpApp(v) => &v.app_type,
            Self::WindowsKioskWin32App(v) => &v.app_type,
        }
    }
    /// `appType` of any variant.
    #[inline]
    pub fn app_type_mut(&mut self) -> &mut rt::Field<crate::beta::WindowsKioskAppType> {
        match self {
            Self::WindowsKioskAppBase(v) => &mut v.app_type,
            Self::WindowsKioskDesktopApp(v) => &mut v.app_type,
            Self::WindowsKioskUwpApp(v) => &mut v.app_type,
            Self::WindowsKioskWin32App(v) => &mut v.app_type,
        }
    }
    /// `autoLaunch` of any variant.
    #[inline]
    pub fn auto_launch(&self) -> &rt::Field<bool> {
        match self {
            Self::WindowsKioskAppBase(v) => &v.auto_launch,
            Self::WindowsKioskDesktopApp(v) => &v.auto_launch,
            Self::WindowsKioskUwpApp(v) => &v.auto_launch,
            Self::WindowsKioskWin32App(v) => &v.auto_launch,
        }
    }
    /// `autoLaunch` of any variant.
    #[inline]
    pub fn auto_launch_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::WindowsKioskAppBase(v) => &mut v.auto_launch,
            Self::WindowsKioskDesktopApp(v) => &mut v.auto_launch,
            Self::WindowsKioskUwpApp(v) => &mut v.auto_launch,
            Self::WindowsKioskWin32App(v) => &mut v.auto_launch,
        }
    }
    /// `name` of any variant.
    #[inline]
    pub fn name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsKioskAppBase(v) => &v.name,
            Self::WindowsKioskDesktopApp(v) => &v.name,
            Self::WindowsKioskUwpApp(v) => &v.name,
            Self::WindowsKioskWin32App(v) => &v.name,
        }
    }
    /// `name` of any variant.
    #[inline]
    pub fn name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsKioskAppBase(v) => &mut v.name,
            Self::WindowsKioskDesktopApp(v) => &mut v.name,
            Self::WindowsKioskUwpApp(v) => &mut v.name,
            Self::WindowsKioskWin32App(v) => &mut v.name,
        }
    }
    /// `startLayoutTileSize` of any variant.
    #[inline]
    pub fn start_layout_tile_size(
        &self,
    ) -> &rt::Field<crate::beta::WindowsAppStartLayoutTileSize> {
        match self {
            Self::WindowsKioskAppBase(v) => &v.start_layout_tile_size,
            Self::WindowsKioskDesktopApp(v) => &v.start_layout_tile_size,
            Self::WindowsKioskUwpApp(v) => &v.start_layout_tile_size,
            Self::WindowsKioskWin32App(v) => &v.start_layout_tile_size,
        }
    }
    /// `startLayoutTileSize` of any variant.
    #[inline]
    pub fn start_layout_tile_size_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::WindowsAppStartLayoutTileSize> {
        match self {
            Self::WindowsKioskAppBase(v) => &mut v.start_layout_tile_size,
            Self::WindowsKioskDesktopApp(v) => &mut v.start_layout_tile_size,
            Self::WindowsKioskUwpApp(v) => &mut v.start_layout_tile_size,
            Self::WindowsKioskWin32App(v) => &mut v.start_layout_tile_size,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyWindowsKioskAppBase);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyWindowsKioskAppBase);
#[cfg(msgraph_beta_device_management_or_search)]
/// The app base class used to identify the application info for the kiosk configuration
///
/// CSDL: `microsoft.graph.windowsKioskAppConfiguration`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsKioskAppConfiguration {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsKioskAppConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsKioskAppConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsKioskAppConfiguration";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.windowsKioskAppConfiguration\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsKioskAppConfiguration {
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
rt::impl_object!(WindowsKioskAppConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsKioskAppConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.windowsKioskAppConfiguration` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyWindowsKioskAppConfiguration {
    WindowsKioskAppConfiguration(
        ::std::boxed::Box<crate::beta::WindowsKioskAppConfiguration>,
    ),
    WindowsKioskMultipleApps(::std::boxed::Box<crate::beta::WindowsKioskMultipleApps>),
    WindowsKioskSingleUwpApp(::std::boxed::Box<crate::beta::WindowsKioskSingleUwpApp>),
    WindowsKioskSingleWin32App(
        ::std::boxed::Box<crate::beta::WindowsKioskSingleWin32App>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyWindowsKioskAppConfiguration {
    #[inline]
    fn default() -> Self {
        Self::WindowsKioskAppConfiguration(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsKioskAppConfiguration>
for AnyWindowsKioskAppConfiguration {
    #[inline]
    fn from(v: crate::beta::WindowsKioskAppConfiguration) -> Self {
        Self::WindowsKioskAppConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsKioskMultipleApps>
for AnyWindowsKioskAppConfiguration {
    #[inline]
    fn from(v: crate::beta::WindowsKioskMultipleApps) -> Self {
        Self::WindowsKioskMultipleApps(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsKioskSingleUwpApp>
for AnyWindowsKioskAppConfiguration {
    #[inline]
    fn from(v: crate::beta::WindowsKioskSingleUwpApp) -> Self {
        Self::WindowsKioskSingleUwpApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsKioskSingleWin32App>
for AnyWindowsKioskAppConfiguration {
    #[inline]
    fn from(v: crate::beta::WindowsKioskSingleWin32App) -> Self {
        Self::WindowsKioskSingleWin32App(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyWindowsKioskAppConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyWindowsKioskAppConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyWindowsKioskAppConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyWindowsKioskAppConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyWindowsKioskAppConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::WindowsKioskAppConfiguration>();
    rt::object::auto_traits::<crate::beta::WindowsKioskMultipleApps>();
    rt::object::auto_traits::<crate::beta::WindowsKioskSingleUwpApp>();
    rt::object::auto_traits::<crate::beta::WindowsKioskSingleWin32App>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyWindowsKioskAppConfiguration {
    const BASE_NAME: &'static str = "microsoft.graph.windowsKioskAppConfiguration";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.windowsKioskMultipleApps") => {
                Self::WindowsKioskMultipleApps(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.windowsKioskSingleUWPApp") => {
                Self::WindowsKioskSingleUwpApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.windowsKioskSingleWin32App") => {
                Self::WindowsKioskSingleWin32App(rt::object::new_boxed())
            }
            _ => Self::WindowsKioskAppConfiguration(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::WindowsKioskAppConfiguration(v) => &**v,
            Self::WindowsKioskMultipleApps(v) => &**v,
            Self::WindowsKioskSingleUwpApp(v) => &**v,
            Self::WindowsKioskSingleWin32App(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::WindowsKioskAppConfiguration(v) => &mut **v,
            Self::WindowsKioskMultipleApps(v) => &mut **v,
            Self::WindowsKioskSingleUwpApp(v) => &mut **v,
            Self::WindowsKioskSingleWin32App(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyWindowsKioskAppConfiguration {
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
rt::impl_poly!(AnyWindowsKioskAppConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyWindowsKioskAppConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.windowsKioskAppType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsKioskAppType {
    /// `unknown` (value 0).
    Unknown,
    /// `store` (value 1).
    Store,
    /// `desktop` (value 2).
    Desktop,
    /// `aumId` (value 3).
    AumId,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for WindowsKioskAppType {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsKioskAppType";
    const MEMBERS: &'static [&'static str] = &["unknown", "store", "desktop", "aumId"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "store" => Self::Store,
                "desktop" => Self::Desktop,
                "aumId" => Self::AumId,
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
            Self::Store => "store",
            Self::Desktop => "desktop",
            Self::AumId => "aumId",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(WindowsKioskAppType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsKioskAppType);
#[cfg(msgraph_beta_device_management_or_search)]
/// The class used to identify an autologon kiosk configuration
///
/// CSDL: `microsoft.graph.windowsKioskAutologon`, complex type, derived from `microsoft.graph.windowsKioskUser`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsKioskAutologon {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsKioskAutologon {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsKioskAutologon {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsKioskAutologon";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.windowsKioskAutologon\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsKioskAutologon {
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
rt::impl_object!(WindowsKioskAutologon);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsKioskAutologon);
#[cfg(msgraph_beta_device_management_or_search)]
/// The class used to identify an AzureAD group for the kiosk configuration
///
/// CSDL: `microsoft.graph.windowsKioskAzureADGroup`, complex type, derived from `microsoft.graph.windowsKioskUser`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsKioskAzureAdGroup {
    /// The display name of the AzureAD group that will be locked to this kiosk configuration
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The ID of the AzureAD group that will be locked to this kiosk configuration
    ///
    /// CSDL: property `groupId`: `Edm.String`, not nullable.
    pub group_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsKioskAzureAdGroup {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            group_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsKioskAzureAdGroup {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsKioskAzureADGroup";
    const KEYS: &'static [&'static str] = &["displayName", "groupId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"groupId\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsKioskAzureADGroup\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "group_id", &self.group_id);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsKioskAzureAdGroup {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.group_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.group_id);
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
rt::impl_object!(WindowsKioskAzureAdGroup);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsKioskAzureAdGroup { with_display_name display_name : ::std::string::String;
    with_group_id group_id : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsKioskAzureAdGroup);
#[cfg(msgraph_beta_device_management_or_search)]
/// The class used to identify an AzureAD user account for the kiosk configuration
///
/// CSDL: `microsoft.graph.windowsKioskAzureADUser`, complex type, derived from `microsoft.graph.windowsKioskUser`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsKioskAzureAdUser {
    /// The ID of the AzureAD user that will be locked to this kiosk configuration
    ///
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// The user accounts that will be locked to this kiosk configuration
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, not nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsKioskAzureAdUser {
    #[inline]
    fn default() -> Self {
        Self {
            user_id: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsKioskAzureAdUser {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsKioskAzureADUser";
    const KEYS: &'static [&'static str] = &["userId", "userPrincipalName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"userId\":                       ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsKioskAzureADUser\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "user_id", &self.user_id);
        v.field(1usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsKioskAzureAdUser {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.user_id.read_from(r),
            1usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.user_id);
        w.field(1usize, &self.user_principal_name);
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
rt::impl_object!(WindowsKioskAzureAdUser);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsKioskAzureAdUser { with_user_id user_id : ::std::string::String;
    with_user_principal_name user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsKioskAzureAdUser);
#[cfg(msgraph_beta_device_management_or_search)]
/// The base class for a type of apps
///
/// CSDL: `microsoft.graph.windowsKioskDesktopApp`, complex type, derived from `microsoft.graph.windowsKioskAppBase`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsKioskDesktopApp {
    /// The app type
    ///
    /// CSDL: property `appType`: `microsoft.graph.windowsKioskAppType`, not nullable.
    pub app_type: rt::Field<crate::beta::WindowsKioskAppType>,
    /// Allow the app to be auto-launched in multi-app kiosk mode
    ///
    /// CSDL: property `autoLaunch`: `Edm.Boolean`, not nullable.
    pub auto_launch: rt::Field<bool>,
    /// Represents the friendly name of an app
    ///
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// The app tile size for the start layout
    ///
    /// CSDL: property `startLayoutTileSize`: `microsoft.graph.windowsAppStartLayoutTileSize`, not nullable.
    pub start_layout_tile_size: rt::Field<crate::beta::WindowsAppStartLayoutTileSize>,
    /// Define the DesktopApplicationID of the app
    ///
    /// CSDL: property `desktopApplicationId`: `Edm.String`, nullable.
    pub desktop_application_id: rt::Field<::std::string::String>,
    /// Define the DesktopApplicationLinkPath of the app
    ///
    /// CSDL: property `desktopApplicationLinkPath`: `Edm.String`, nullable.
    pub desktop_application_link_path: rt::Field<::std::string::String>,
    /// Define the path of a desktop app
    ///
    /// CSDL: property `path`: `Edm.String`, not nullable.
    pub path: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsKioskDesktopApp {
    #[inline]
    fn default() -> Self {
        Self {
            app_type: rt::Field::Absent,
            auto_launch: rt::Field::Absent,
            name: rt::Field::Absent,
            start_layout_tile_size: rt::Field::Absent,
            desktop_application_id: rt::Field::Absent,
            desktop_application_link_path: rt::Field::Absent,
            path: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsKioskDesktopApp {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsKioskDesktopApp";
    const KEYS: &'static [&'static str] = &[
        "appType",
        "autoLaunch",
        "name",
        "startLayoutTileSize",
        "desktopApplicationId",
        "desktopApplicationLinkPath",
        "path",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"appType\":                      ",
        ",\"autoLaunch\":                   ",
        ",\"name\":                         ",
        ",\"startLayoutTileSize\":          ",
        ",\"desktopApplicationId\":         ",
        ",\"desktopApplicationLinkPath\":   ",
        ",\"path\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsKioskDesktopApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "app_type", &self.app_type);
        v.field(1usize, "auto_launch", &self.auto_launch);
        v.field(2usize, "name", &self.name);
        v.field(3usize, "start_layout_tile_size", &self.start_layout_tile_size);
        v.field(4usize, "desktop_application_id", &self.desktop_application_id);
        v.field(
            5usize,
            "desktop_application_link_path",
            &self.desktop_application_link_path,
        );
        v.field(6usize, "path", &self.path);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsKioskDesktopApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.app_type.read_from(r),
            1usize => self.auto_launch.read_from(r),
            2usize => self.name.read_from(r),
            3usize => self.start_layout_tile_size.read_from(r),
            4usize => self.desktop_application_id.read_from(r),
            5usize => self.desktop_application_link_path.read_from(r),
            6usize => self.path.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.app_type);
        w.field(1usize, &self.auto_launch);
        w.field(2usize, &self.name);
        w.field(3usize, &self.start_layout_tile_size);
        w.field(4usize, &self.desktop_application_id);
        w.field(5usize, &self.desktop_application_link_path);
        w.field(6usize, &self.path);
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
rt::impl_object!(WindowsKioskDesktopApp);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsKioskDesktopApp { with_app_type app_type : crate ::beta::WindowsKioskAppType;
    with_auto_launch auto_launch : bool; with_name name : ::std::string::String;
    with_start_layout_tile_size start_layout_tile_size : crate
    ::beta::WindowsAppStartLayoutTileSize; with_desktop_application_id
    desktop_application_id : ::std::string::String; with_desktop_application_link_path
    desktop_application_link_path : ::std::string::String; with_path path :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsKioskDesktopApp);
#[cfg(msgraph_beta_device_management_or_search)]
/// Windows 10 force update schedule for Kiosk devices.
///
/// CSDL: `microsoft.graph.windowsKioskForceUpdateSchedule`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsKioskForceUpdateSchedule {
    /// Day of month. Valid values 1 to 31
    ///
    /// CSDL: property `dayofMonth`: `Edm.Int32`, not nullable.
    pub dayof_month: rt::Field<i32>,
    /// Day of week.
    ///
    /// CSDL: property `dayofWeek`: `microsoft.graph.dayOfWeek`, not nullable.
    pub dayof_week: rt::Field<crate::beta::DayOfWeek>,
    /// Recurrence schedule.
    ///
    /// CSDL: property `recurrence`: `microsoft.graph.windows10AppsUpdateRecurrence`, not nullable.
    pub recurrence: rt::Field<crate::beta::Windows10AppsUpdateRecurrence>,
    /// If true, runs the task immediately if StartDateTime is in the past, else, runs at the next recurrence.
    ///
    /// CSDL: property `runImmediatelyIfAfterStartDateTime`: `Edm.Boolean`, not nullable.
    pub run_immediately_if_after_start_date_time: rt::Field<bool>,
    /// The start time for the force restart.
    ///
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsKioskForceUpdateSchedule {
    #[inline]
    fn default() -> Self {
        Self {
            dayof_month: rt::Field::Absent,
            dayof_week: rt::Field::Absent,
            recurrence: rt::Field::Absent,
            run_immediately_if_after_start_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsKioskForceUpdateSchedule {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsKioskForceUpdateSchedule";
    const KEYS: &'static [&'static str] = &[
        "dayofMonth",
        "dayofWeek",
        "recurrence",
        "runImmediatelyIfAfterStartDateTime",
        "startDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"dayofMonth\":                   ",
        ",\"dayofWeek\":                    ",
        ",\"recurrence\":                   ",
        ",\"runImmediatelyIfAfterStartDateTime\":",
        ",\"startDateTime\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsKioskForceUpdateSchedule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dayof_month", &self.dayof_month);
        v.field(1usize, "dayof_week", &self.dayof_week);
        v.field(2usize, "recurrence", &self.recurrence);
        v.field(
            3usize,
            "run_immediately_if_after_start_date_time",
            &self.run_immediately_if_after_start_date_time,
        );
        v.field(4usize, "start_date_time", &self.start_date_time);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsKioskForceUpdateSchedule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.dayof_month.read_from(r),
            1usize => self.dayof_week.read_from(r),
            2usize => self.recurrence.read_from(r),
            3usize => self.run_immediately_if_after_start_date_time.read_from(r),
            4usize => self.start_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.dayof_month);
        w.field(1usize, &self.dayof_week);
        w.field(2usize, &self.recurrence);
        w.field(3usize, &self.run_immediately_if_after_start_date_time);
        w.field(4usize, &self.start_date_time);
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
rt::impl_object!(WindowsKioskForceUpdateSchedule);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsKioskForceUpdateSchedule { with_dayof_month dayof_month : i32; with_dayof_week
    dayof_week : crate ::beta::DayOfWeek; with_recurrence recurrence : crate
    ::beta::Windows10AppsUpdateRecurrence; with_run_immediately_if_after_start_date_time
    run_immediately_if_after_start_date_time : bool; with_start_date_time start_date_time
    : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsKioskForceUpdateSchedule);
#[cfg(msgraph_beta_device_management_or_search)]
/// The class used to identify a local group for the kiosk configuration
///
/// CSDL: `microsoft.graph.windowsKioskLocalGroup`, complex type, derived from `microsoft.graph.windowsKioskUser`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsKioskLocalGroup {
    /// The name of the local group that will be locked to this kiosk configuration
    ///
    /// CSDL: property `groupName`: `Edm.String`, not nullable.
    pub group_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsKioskLocalGroup {
    #[inline]
    fn default() -> Self {
        Self {
            group_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsKioskLocalGroup {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsKioskLocalGroup";
    const KEYS: &'static [&'static str] = &["groupName"];
    const KEYS_JSON: &'static [&'static str] = &[",\"groupName\":                    "];
    const TAG: &'static str = "\"#microsoft.graph.windowsKioskLocalGroup\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "group_name", &self.group_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsKioskLocalGroup {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.group_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.group_name);
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
rt::impl_object!(WindowsKioskLocalGroup);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsKioskLocalGroup { with_group_name group_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsKioskLocalGroup);
#[cfg(msgraph_beta_device_management_or_search)]
/// The class used to identify a local account for the kiosk configuration
///
/// CSDL: `microsoft.graph.windowsKioskLocalUser`, complex type, derived from `microsoft.graph.windowsKioskUser`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsKioskLocalUser {
    /// The local user that will be locked to this kiosk configuration
    ///
    /// CSDL: property `userName`: `Edm.String`, not nullable.
    pub user_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsKioskLocalUser {
    #[inline]
    fn default() -> Self {
        Self {
            user_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsKioskLocalUser {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsKioskLocalUser";
    const KEYS: &'static [&'static str] = &["userName"];
    const KEYS_JSON: &'static [&'static str] = &[",\"userName\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.windowsKioskLocalUser\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "user_name", &self.user_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsKioskLocalUser {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.user_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.user_name);
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
rt::impl_object!(WindowsKioskLocalUser);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsKioskLocalUser { with_user_name user_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsKioskLocalUser);
#[cfg(msgraph_beta_device_management_or_search)]
/// The class used to identify the MultiMode app configuration for the kiosk configuration
///
/// CSDL: `microsoft.graph.windowsKioskMultipleApps`, complex type, derived from `microsoft.graph.windowsKioskAppConfiguration`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsKioskMultipleApps {
    /// This setting allows access to Downloads folder in file explorer.
    ///
    /// CSDL: property `allowAccessToDownloadsFolder`: `Edm.Boolean`, not nullable.
    pub allow_access_to_downloads_folder: rt::Field<bool>,
    /// These are the only Windows Store Apps that will be available to launch from the Start menu. This collection can contain a maximum of 128 elements.
    ///
    /// CSDL: property `apps`: `Collection(microsoft.graph.windowsKioskAppBase)`, not nullable.
    pub apps: rt::Field<::std::vec::Vec<crate::beta::AnyWindowsKioskAppBase>>,
    /// This setting indicates that desktop apps are allowed. Default to true.
    ///
    /// CSDL: property `disallowDesktopApps`: `Edm.Boolean`, not nullable.
    pub disallow_desktop_apps: rt::Field<bool>,
    /// This setting allows the admin to specify whether the Task Bar is shown or not.
    ///
    /// CSDL: property `showTaskBar`: `Edm.Boolean`, not nullable.
    pub show_task_bar: rt::Field<bool>,
    /// Allows admins to override the default Start layout and prevents the user from changing it. The layout is modified by specifying an XML file based on a layout modification schema. XML needs to be in Binary format.
    ///
    /// CSDL: property `startMenuLayoutXml`: `Edm.Binary`, nullable.
    pub start_menu_layout_xml: rt::Field<rt::edm::Binary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsKioskMultipleApps {
    #[inline]
    fn default() -> Self {
        Self {
            allow_access_to_downloads_folder: rt::Field::Absent,
            apps: rt::Field::Absent,
            disallow_desktop_apps: rt::Field::Absent,
            show_task_bar: rt::Field::Absent,
            start_menu_layout_xml: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsKioskMultipleApps {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsKioskMultipleApps";
    const KEYS: &'static [&'static str] = &[
        "allowAccessToDownloadsFolder",
        "apps",
        "disallowDesktopApps",
        "showTaskBar",
        "startMenuLayoutXml",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowAccessToDownloadsFolder\": ",
        ",\"apps\":                         ",
        ",\"disallowDesktopApps\":          ",
        ",\"showTaskBar\":                  ",
        ",\"startMenuLayoutXml\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsKioskMultipleApps\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "allow_access_to_downloads_folder",
            &self.allow_access_to_downloads_folder,
        );
        v.field(1usize, "apps", &self.apps);
        v.field(2usize, "disallow_desktop_apps", &self.disallow_desktop_apps);
        v.field(3usize, "show_task_bar", &self.show_task_bar);
        v.field(4usize, "start_menu_layout_xml", &self.start_menu_layout_xml);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsKioskMultipleApps {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allow_access_to_downloads_folder.read_from(r),
            1usize => self.apps.read_from(r),
            2usize => self.disallow_desktop_apps.read_from(r),
            3usize => self.show_task_bar.read_from(r),
            4usize => self.start_menu_layout_xml.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allow_access_to_downloads_folder);
        w.field(1usize, &self.apps);
        w.field(2usize, &self.disallow_desktop_apps);
        w.field(3usize, &self.show_task_bar);
        w.field(4usize, &self.start_menu_layout_xml);
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
rt::impl_object!(WindowsKioskMultipleApps);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsKioskMultipleApps { with_allow_access_to_downloads_folder
    allow_access_to_downloads_folder : bool; with_apps apps : ::std::vec::Vec < crate
    ::beta::AnyWindowsKioskAppBase >; with_disallow_desktop_apps disallow_desktop_apps :
    bool; with_show_task_bar show_task_bar : bool; with_start_menu_layout_xml
    start_menu_layout_xml : rt::edm::Binary; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsKioskMultipleApps);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.windowsKioskProfile`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsKioskProfile {
    /// The App configuration that will be used for this kiosk configuration.
    ///
    /// CSDL: property `appConfiguration`: `microsoft.graph.windowsKioskAppConfiguration`, not nullable.
    pub app_configuration: rt::Field<crate::beta::AnyWindowsKioskAppConfiguration>,
    /// Key of the entity.
    ///
    /// CSDL: property `profileId`: `Edm.String`, not nullable.
    pub profile_id: rt::Field<::std::string::String>,
    /// This is a friendly name used to identify a group of applications, the layout of these apps on the start menu and the users to whom this kiosk configuration is assigned.
    ///
    /// CSDL: property `profileName`: `Edm.String`, not nullable.
    pub profile_name: rt::Field<::std::string::String>,
    /// The user accounts that will be locked to this kiosk configuration. This collection can contain a maximum of 100 elements.
    ///
    /// CSDL: property `userAccountsConfiguration`: `Collection(microsoft.graph.windowsKioskUser)`, not nullable.
    pub user_accounts_configuration: rt::Field<
        ::std::vec::Vec<crate::beta::AnyWindowsKioskUser>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsKioskProfile {
    #[inline]
    fn default() -> Self {
        Self {
            app_configuration: rt::Field::Absent,
            profile_id: rt::Field::Absent,
            profile_name: rt::Field::Absent,
            user_accounts_configuration: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsKioskProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsKioskProfile";
    const KEYS: &'static [&'static str] = &[
        "appConfiguration",
        "profileId",
        "profileName",
        "userAccountsConfiguration",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"appConfiguration\":             ",
        ",\"profileId\":                    ",
        ",\"profileName\":                  ",
        ",\"userAccountsConfiguration\":    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsKioskProfile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "app_configuration", &self.app_configuration);
        v.field(1usize, "profile_id", &self.profile_id);
        v.field(2usize, "profile_name", &self.profile_name);
        v.field(
            3usize,
            "user_accounts_configuration",
            &self.user_accounts_configuration,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsKioskProfile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.app_configuration.read_from(r),
            1usize => self.profile_id.read_from(r),
            2usize => self.profile_name.read_from(r),
            3usize => self.user_accounts_configuration.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.app_configuration);
        w.field(1usize, &self.profile_id);
        w.field(2usize, &self.profile_name);
        w.field(3usize, &self.user_accounts_configuration);
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
rt::impl_object!(WindowsKioskProfile);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsKioskProfile { with_app_configuration app_configuration : crate
    ::beta::AnyWindowsKioskAppConfiguration; with_profile_id profile_id :
    ::std::string::String; with_profile_name profile_name : ::std::string::String;
    with_user_accounts_configuration user_accounts_configuration : ::std::vec::Vec <
    crate ::beta::AnyWindowsKioskUser >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsKioskProfile);
#[cfg(msgraph_beta_device_management_or_search)]
/// The class used to identify the UWP app info for the kiosk configuration
///
/// CSDL: `microsoft.graph.windowsKioskSingleUWPApp`, complex type, derived from `microsoft.graph.windowsKioskAppConfiguration`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsKioskSingleUwpApp {
    /// This is the only Application User Model ID (AUMID) that will be available to launch use while in Kiosk Mode
    ///
    /// CSDL: property `uwpApp`: `microsoft.graph.windowsKioskUWPApp`, not nullable.
    pub uwp_app: rt::Field<crate::beta::WindowsKioskUwpApp>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsKioskSingleUwpApp {
    #[inline]
    fn default() -> Self {
        Self {
            uwp_app: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsKioskSingleUwpApp {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsKioskSingleUWPApp";
    const KEYS: &'static [&'static str] = &["uwpApp"];
    const KEYS_JSON: &'static [&'static str] = &[",\"uwpApp\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.windowsKioskSingleUWPApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "uwp_app", &self.uwp_app);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsKioskSingleUwpApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.uwp_app.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.uwp_app);
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
rt::impl_object!(WindowsKioskSingleUwpApp);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsKioskSingleUwpApp { with_uwp_app uwp_app : crate ::beta::WindowsKioskUwpApp; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsKioskSingleUwpApp);
#[cfg(msgraph_beta_device_management_or_search)]
/// The class used to identify the single app configuration for the kiosk win32 configuration
///
/// CSDL: `microsoft.graph.windowsKioskSingleWin32App`, complex type, derived from `microsoft.graph.windowsKioskAppConfiguration`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsKioskSingleWin32App {
    /// This is the win32 app that will be available to launch use while in Kiosk Mode
    ///
    /// CSDL: property `win32App`: `microsoft.graph.windowsKioskWin32App`, not nullable.
    pub win32_app: rt::Field<crate::beta::WindowsKioskWin32App>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsKioskSingleWin32App {
    #[inline]
    fn default() -> Self {
        Self {
            win32_app: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsKioskSingleWin32App {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsKioskSingleWin32App";
    const KEYS: &'static [&'static str] = &["win32App"];
    const KEYS_JSON: &'static [&'static str] = &[",\"win32App\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.windowsKioskSingleWin32App\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "win32_app", &self.win32_app);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsKioskSingleWin32App {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.win32_app.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.win32_app);
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
rt::impl_object!(WindowsKioskSingleWin32App);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsKioskSingleWin32App { with_win32_app win32_app : crate
    ::beta::WindowsKioskWin32App; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsKioskSingleWin32App);
#[cfg(msgraph_beta_device_management_or_search)]
/// The base class for a type of apps
///
/// CSDL: `microsoft.graph.windowsKioskUWPApp`, complex type, derived from `microsoft.graph.windowsKioskAppBase`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsKioskUwpApp {
    /// The app type
    ///
    /// CSDL: property `appType`: `microsoft.graph.windowsKioskAppType`, not nullable.
    pub app_type: rt::Field<crate::beta::WindowsKioskAppType>,
    /// Allow the app to be auto-launched in multi-app kiosk mode
    ///
    /// CSDL: property `autoLaunch`: `Edm.Boolean`, not nullable.
    pub auto_launch: rt::Field<bool>,
    /// Represents the friendly name of an app
    ///
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// The app tile size for the start layout
    ///
    /// CSDL: property `startLayoutTileSize`: `microsoft.graph.windowsAppStartLayoutTileSize`, not nullable.
    pub start_layout_tile_size: rt::Field<crate::beta::WindowsAppStartLayoutTileSize>,
    /// This references an Intune App that will be target to the same assignments as Kiosk configuration
    ///
    /// CSDL: property `appId`: `Edm.String`, nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// This is the only Application User Model ID (AUMID) that will be available to launch use while in Kiosk Mode
    ///
    /// CSDL: property `appUserModelId`: `Edm.String`, not nullable.
    pub app_user_model_id: rt::Field<::std::string::String>,
    /// This references an contained App from an Intune App
    ///
    /// CSDL: property `containedAppId`: `Edm.String`, nullable.
    pub contained_app_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsKioskUwpApp {
    #[inline]
    fn default() -> Self {
        Self {
            app_type: rt::Field::Absent,
            auto_launch: rt::Field::Absent,
            name: rt::Field::Absent,
            start_layout_tile_size: rt::Field::Absent,
            app_id: rt::Field::Absent,
            app_user_model_id: rt::Field::Absent,
            contained_app_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsKioskUwpApp {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsKioskUWPApp";
    const KEYS: &'static [&'static str] = &[
        "appType",
        "autoLaunch",
        "name",
        "startLayoutTileSize",
        "appId",
        "appUserModelId",
        "containedAppId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"appType\":                      ",
        ",\"autoLaunch\":                   ",
        ",\"name\":                         ",
        ",\"startLayoutTileSize\":          ",
        ",\"appId\":                        ",
        ",\"appUserModelId\":               ",
        ",\"containedAppId\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsKioskUWPApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "app_type", &self.app_type);
        v.field(1usize, "auto_launch", &self.auto_launch);
        v.field(2usize, "name", &self.name);
        v.field(3usize, "start_layout_tile_size", &self.start_layout_tile_size);
        v.field(4usize, "app_id", &self.app_id);
        v.field(5usize, "app_user_model_id", &self.app_user_model_id);
        v.field(6usize, "contained_app_id", &self.contained_app_id);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsKioskUwpApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.app_type.read_from(r),
            1usize => self.auto_launch.read_from(r),
            2usize => self.name.read_from(r),
            3usize => self.start_layout_tile_size.read_from(r),
            4usize => self.app_id.read_from(r),
            5usize => self.app_user_model_id.read_from(r),
            6usize => self.contained_app_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.app_type);
        w.field(1usize, &self.auto_launch);
        w.field(2usize, &self.name);
        w.field(3usize, &self.start_layout_tile_size);
        w.field(4usize, &self.app_id);
        w.field(5usize, &self.app_user_model_id);
        w.field(6usize, &self.contained_app_id);
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
rt::impl_object!(WindowsKioskUwpApp);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsKioskUwpApp { with_app_type app_type : crate ::beta::WindowsKioskAppType;
    with_auto_launch auto_launch : bool; with_name name : ::std::string::String;
    with_start_layout_tile_size start_layout_tile_size : crate
    ::beta::WindowsAppStartLayoutTileSize; with_app_id app_id : ::std::string::String;
    with_app_user_model_id app_user_model_id : ::std::string::String;
    with_contained_app_id contained_app_id : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsKioskUwpApp);
#[cfg(msgraph_beta_device_management_or_search)]
/// The user base class used to identify the account info for the kiosk configuration
///
/// CSDL: `microsoft.graph.windowsKioskUser`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsKioskUser {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsKioskUser {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsKioskUser {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsKioskUser";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.windowsKioskUser\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsKioskUser {
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
rt::impl_object!(WindowsKioskUser);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsKioskUser);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.windowsKioskUser` or any type derived from it, selected by `@odata.type` (8 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyWindowsKioskUser {
    WindowsKioskUser(::std::boxed::Box<crate::beta::WindowsKioskUser>),
    WindowsKioskActiveDirectoryGroup(
        ::std::boxed::Box<crate::beta::WindowsKioskActiveDirectoryGroup>,
    ),
    WindowsKioskAutologon(::std::boxed::Box<crate::beta::WindowsKioskAutologon>),
    WindowsKioskAzureAdGroup(::std::boxed::Box<crate::beta::WindowsKioskAzureAdGroup>),
    WindowsKioskAzureAdUser(::std::boxed::Box<crate::beta::WindowsKioskAzureAdUser>),
    WindowsKioskLocalGroup(::std::boxed::Box<crate::beta::WindowsKioskLocalGroup>),
    WindowsKioskLocalUser(::std::boxed::Box<crate::beta::WindowsKioskLocalUser>),
    WindowsKioskVisitor(::std::boxed::Box<crate::beta::WindowsKioskVisitor>),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyWindowsKioskUser {
    #[inline]
    fn default() -> Self {
        Self::WindowsKioskUser(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsKioskUser> for AnyWindowsKioskUser {
    #[inline]
    fn from(v: crate::beta::WindowsKioskUser) -> Self {
        Self::WindowsKioskUser(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsKioskActiveDirectoryGroup>
for AnyWindowsKioskUser {
    #[inline]
    fn from(v: crate::beta::WindowsKioskActiveDirectoryGroup) -> Self {
        Self::WindowsKioskActiveDirectoryGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsKioskAutologon> for AnyWindowsKioskUser {
    #[inline]
    fn from(v: crate::beta::WindowsKioskAutologon) -> Self {
        Self::WindowsKioskAutologon(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsKioskAzureAdGroup>
for AnyWindowsKioskUser {
    #[inline]
    fn from(v: crate::beta::WindowsKioskAzureAdGroup) -> Self {
        Self::WindowsKioskAzureAdGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsKioskAzureAdUser> for AnyWindowsKioskUser {
    #[inline]
    fn from(v: crate::beta::WindowsKioskAzureAdUser) -> Self {
        Self::WindowsKioskAzureAdUser(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsKioskLocalGroup> for AnyWindowsKioskUser {
    #[inline]
    fn from(v: crate::beta::WindowsKioskLocalGroup) -> Self {
        Self::WindowsKioskLocalGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsKioskLocalUser> for AnyWindowsKioskUser {
    #[inline]
    fn from(v: crate::beta::WindowsKioskLocalUser) -> Self {
        Self::WindowsKioskLocalUser(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsKioskVisitor> for AnyWindowsKioskUser {
    #[inline]
    fn from(v: crate::beta::WindowsKioskVisitor) -> Self {
        Self::WindowsKioskVisitor(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyWindowsKioskUser {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyWindowsKioskUser {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyWindowsKioskUser {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyWindowsKioskUser {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyWindowsKioskUser {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::WindowsKioskUser>();
    rt::object::auto_traits::<crate::beta::WindowsKioskActiveDirectoryGroup>();
    rt::object::auto_traits::<crate::beta::WindowsKioskAutologon>();
    rt::object::auto_traits::<crate::beta::WindowsKioskAzureAdGroup>();
    rt::object::auto_traits::<crate::beta::WindowsKioskAzureAdUser>();
    rt::object::auto_traits::<crate::beta::WindowsKioskLocalGroup>();
    rt::object::auto_traits::<crate::beta::WindowsKioskLocalUser>();
    rt::object::auto_traits::<crate::beta::WindowsKioskVisitor>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyWindowsKioskUser {
    const BASE_NAME: &'static str = "microsoft.graph.windowsKioskUser";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.windowsKioskActiveDirectoryGroup",
            ) => Self::WindowsKioskActiveDirectoryGroup(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.windowsKioskAutologon") => {
                Self::WindowsKioskAutologon(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.windowsKioskAzureADGroup") => {
                Self::WindowsKioskAzureAdGroup(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.windowsKioskAzureADUser") => {
                Self::WindowsKioskAzureAdUser(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.windowsKioskLocalGroup") => {
                Self::WindowsKioskLocalGroup(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.windowsKioskLocalUser") => {
                Self::WindowsKioskLocalUser(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.windowsKioskVisitor") => {
                Self::WindowsKioskVisitor(rt::object::new_boxed())
            }
            _ => Self::WindowsKioskUser(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::WindowsKioskUser(v) => &**v,
            Self::WindowsKioskActiveDirectoryGroup(v) => &**v,
            Self::WindowsKioskAutologon(v) => &**v,
            Self::WindowsKioskAzureAdGroup(v) => &**v,
            Self::WindowsKioskAzureAdUser(v) => &**v,
            Self::WindowsKioskLocalGroup(v) => &**v,
            Self::WindowsKioskLocalUser(v) => &**v,
            Self::WindowsKioskVisitor(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::WindowsKioskUser(v) => &mut **v,
            Self::WindowsKioskActiveDirectoryGroup(v) => &mut **v,
            Self::WindowsKioskAutologon(v) => &mut **v,
            Self::WindowsKioskAzureAdGroup(v) => &mut **v,
            Self::WindowsKioskAzureAdUser(v) => &mut **v,
            Self::WindowsKioskLocalGroup(v) => &mut **v,
            Self::WindowsKioskLocalUser(v) => &mut **v,
            Self::WindowsKioskVisitor(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyWindowsKioskUser {
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
rt::impl_poly!(AnyWindowsKioskUser);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyWindowsKioskUser);
#[cfg(msgraph_beta_device_management_or_search)]
/// The class used to identify a visitor kiosk account
///
/// CSDL: `microsoft.graph.windowsKioskVisitor`, complex type, derived from `microsoft.graph.windowsKioskUser`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsKioskVisitor {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsKioskVisitor {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsKioskVisitor {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsKioskVisitor";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.windowsKioskVisitor\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsKioskVisitor {
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
rt::impl_object!(WindowsKioskVisitor);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsKioskVisitor);
#[cfg(msgraph_beta_device_management_or_search)]
/// KioskModeApp v4 for Win32 app support
///
/// CSDL: `microsoft.graph.windowsKioskWin32App`, complex type, derived from `microsoft.graph.windowsKioskAppBase`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsKioskWin32App {
    /// The app type
    ///
    /// CSDL: property `appType`: `microsoft.graph.windowsKioskAppType`, not nullable.
    pub app_type: rt::Field<crate::beta::WindowsKioskAppType>,
    /// Allow the app to be auto-launched in multi-app kiosk mode
    ///
    /// CSDL: property `autoLaunch`: `Edm.Boolean`, not nullable.
    pub auto_launch: rt::Field<bool>,
    /// Represents the friendly name of an app
    ///
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// The app tile size for the start layout
    ///
    /// CSDL: property `startLayoutTileSize`: `microsoft.graph.windowsAppStartLayoutTileSize`, not nullable.
    pub start_layout_tile_size: rt::Field<crate::beta::WindowsAppStartLayoutTileSize>,
    /// This is the classicapppath to be used by v4 Win32 app while in Kiosk Mode
    ///
    /// CSDL: property `classicAppPath`: `Edm.String`, not nullable.
    pub classic_app_path: rt::Field<::std::string::String>,
    /// Edge kiosk (url) for Edge kiosk mode
    ///
    /// CSDL: property `edgeKiosk`: `Edm.String`, nullable.
    pub edge_kiosk: rt::Field<::std::string::String>,
    /// Edge kiosk idle timeout in minutes for Edge kiosk mode. Valid values 0 to 1440
    ///
    /// CSDL: property `edgeKioskIdleTimeoutMinutes`: `Edm.Int32`, nullable.
    pub edge_kiosk_idle_timeout_minutes: rt::Field<i32>,
    /// Edge kiosk type for Edge kiosk mode
    ///
    /// CSDL: property `edgeKioskType`: `microsoft.graph.windowsEdgeKioskType`, not nullable.
    pub edge_kiosk_type: rt::Field<crate::beta::WindowsEdgeKioskType>,
    /// Edge first run flag for Edge kiosk mode
    ///
    /// CSDL: property `edgeNoFirstRun`: `Edm.Boolean`, not nullable.
    pub edge_no_first_run: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsKioskWin32App {
    #[inline]
    fn default() -> Self {
        Self {
            app_type: rt::Field::Absent,
            auto_launch: rt::Field::Absent,
            name: rt::Field::Absent,
            start_layout_tile_size: rt::Field::Absent,
            classic_app_path: rt::Field::Absent,
            edge_kiosk: rt::Field::Absent,
            edge_kiosk_idle_timeout_minutes: rt::Field::Absent,
            edge_kiosk_type: rt::Field::Absent,
            edge_no_first_run: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsKioskWin32App {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsKioskWin32App";
    const KEYS: &'static [&'static str] = &[
        "appType",
        "autoLaunch",
        "name",
        "startLayoutTileSize",
        "classicAppPath",
        "edgeKiosk",
        "edgeKioskIdleTimeoutMinutes",
        "edgeKioskType",
        "edgeNoFirstRun",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"appType\":                      ",
        ",\"autoLaunch\":                   ",
        ",\"name\":                         ",
        ",\"startLayoutTileSize\":          ",
        ",\"classicAppPath\":               ",
        ",\"edgeKiosk\":                    ",
        ",\"edgeKioskIdleTimeoutMinutes\":  ",
        ",\"edgeKioskType\":                ",
        ",\"edgeNoFirstRun\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsKioskWin32App\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "app_type", &self.app_type);
        v.field(1usize, "auto_launch", &self.auto_launch);
        v.field(2usize, "name", &self.name);
        v.field(3usize, "start_layout_tile_size", &self.start_layout_tile_size);
        v.field(4usize, "classic_app_path", &self.classic_app_path);
        v.field(5usize, "edge_kiosk", &self.edge_kiosk);
        v.field(
            6usize,
            "edge_kiosk_idle_timeout_minutes",
            &self.edge_kiosk_idle_timeout_minutes,
        );
        v.field(7usize, "edge_kiosk_type", &self.edge_kiosk_type);
        v.field(8usize, "edge_no_first_run", &self.edge_no_first_run);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsKioskWin32App {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.app_type.read_from(r),
            1usize => self.auto_launch.read_from(r),
            2usize => self.name.read_from(r),
            3usize => self.start_layout_tile_size.read_from(r),
            4usize => self.classic_app_path.read_from(r),
            5usize => self.edge_kiosk.read_from(r),
            6usize => self.edge_kiosk_idle_timeout_minutes.read_from(r),
            7usize => self.edge_kiosk_type.read_from(r),
            8usize => self.edge_no_first_run.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.app_type);
        w.field(1usize, &self.auto_launch);
        w.field(2usize, &self.name);
        w.field(3usize, &self.start_layout_tile_size);
        w.field(4usize, &self.classic_app_path);
        w.field(5usize, &self.edge_kiosk);
        w.field(6usize, &self.edge_kiosk_idle_timeout_minutes);
        w.field(7usize, &self.edge_kiosk_type);
        w.field(8usize, &self.edge_no_first_run);
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
rt::impl_object!(WindowsKioskWin32App);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsKioskWin32App { with_app_type app_type : crate ::beta::WindowsKioskAppType;
    with_auto_launch auto_launch : bool; with_name name : ::std::string::String;
    with_start_layout_tile_size start_layout_tile_size : crate
    ::beta::WindowsAppStartLayoutTileSize; with_classic_app_path classic_app_path :
    ::std::string::String; with_edge_kiosk edge_kiosk : ::std::string::String;
    with_edge_kiosk_idle_timeout_minutes edge_kiosk_idle_timeout_minutes : i32;
    with_edge_kiosk_type edge_kiosk_type : crate ::beta::WindowsEdgeKioskType;
    with_edge_no_first_run edge_no_first_run : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsKioskWin32App);
#[cfg(msgraph_beta_device_management_or_search)]
/// Malware category device count
///
/// CSDL: `microsoft.graph.windowsMalwareCategoryCount`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsMalwareCategoryCount {
    /// Count of active malware detections for this malware category. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `activeMalwareDetectionCount`: `Edm.Int32`, not nullable.
    pub active_malware_detection_count: rt::Field<i32>,
    /// Malware category
    ///
    /// CSDL: property `category`: `microsoft.graph.windowsMalwareCategory`, not nullable.
    pub category: rt::Field<crate::beta::WindowsMalwareCategory>,
    /// Count of devices with malware detections for this malware category
    ///
    /// CSDL: property `deviceCount`: `Edm.Int32`, not nullable.
    pub device_count: rt::Field<i32>,
    /// Count of distinct active malwares for this malware category. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `distinctActiveMalwareCount`: `Edm.Int32`, not nullable.
    pub distinct_active_malware_count: rt::Field<i32>,
    /// The Timestamp of the last update for the device count in UTC
    ///
    /// CSDL: property `lastUpdateDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_update_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsMalwareCategoryCount {
    #[inline]
    fn default() -> Self {
        Self {
            active_malware_detection_count: rt::Field::Absent,
            category: rt::Field::Absent,
            device_count: rt::Field::Absent,
            distinct_active_malware_count: rt::Field::Absent,
            last_update_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsMalwareCategoryCount {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsMalwareCategoryCount";
    const KEYS: &'static [&'static str] = &[
        "activeMalwareDetectionCount",
        "category",
        "deviceCount",
        "distinctActiveMalwareCount",
        "lastUpdateDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"activeMalwareDetectionCount\":  ",
        ",\"category\":                     ",
        ",\"deviceCount\":                  ",
        ",\"distinctActiveMalwareCount\":   ",
        ",\"lastUpdateDateTime\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsMalwareCategoryCount\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "active_malware_detection_count",
            &self.active_malware_detection_count,
        );
        v.field(1usize, "category", &self.category);
        v.field(2usize, "device_count", &self.device_count);
        v.field(
            3usize,
            "distinct_active_malware_count",
            &self.distinct_active_malware_count,
        );
        v.field(4usize, "last_update_date_time", &self.last_update_date_time);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsMalwareCategoryCount {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.active_malware_detection_count.read_from(r),
            1usize => self.category.read_from(r),
            2usize => self.device_count.read_from(r),
            3usize => self.distinct_active_malware_count.read_from(r),
            4usize => self.last_update_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.active_malware_detection_count);
        w.field(1usize, &self.category);
        w.field(2usize, &self.device_count);
        w.field(3usize, &self.distinct_active_malware_count);
        w.field(4usize, &self.last_update_date_time);
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
rt::impl_object!(WindowsMalwareCategoryCount);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsMalwareCategoryCount { with_active_malware_detection_count
    active_malware_detection_count : i32; with_category category : crate
    ::beta::WindowsMalwareCategory; with_device_count device_count : i32;
    with_distinct_active_malware_count distinct_active_malware_count : i32;
    with_last_update_date_time last_update_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsMalwareCategoryCount);
#[cfg(msgraph_beta_device_management_or_search)]
/// Windows malware execution state summary.
///
/// CSDL: `microsoft.graph.windowsMalwareExecutionStateCount`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsMalwareExecutionStateCount {
    /// Count of devices with malware detections for this malware execution state
    ///
    /// CSDL: property `deviceCount`: `Edm.Int32`, not nullable.
    pub device_count: rt::Field<i32>,
    /// Malware execution state
    ///
    /// CSDL: property `executionState`: `microsoft.graph.windowsMalwareExecutionState`, not nullable.
    pub execution_state: rt::Field<crate::beta::WindowsMalwareExecutionState>,
    /// The Timestamp of the last update for the device count in UTC
    ///
    /// CSDL: property `lastUpdateDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_update_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsMalwareExecutionStateCount {
    #[inline]
    fn default() -> Self {
        Self {
            device_count: rt::Field::Absent,
            execution_state: rt::Field::Absent,
            last_update_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsMalwareExecutionStateCount {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsMalwareExecutionStateCount";
    const KEYS: &'static [&'static str] = &[
        "deviceCount",
        "executionState",
        "lastUpdateDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deviceCount\":                  ",
        ",\"executionState\":               ",
        ",\"lastUpdateDateTime\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsMalwareExecutionStateCount\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "device_count", &self.device_count);
        v.field(1usize, "execution_state", &self.execution_state);
        v.field(2usize, "last_update_date_time", &self.last_update_date_time);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsMalwareExecutionStateCount {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_count.read_from(r),
            1usize => self.execution_state.read_from(r),
            2usize => self.last_update_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_count);
        w.field(1usize, &self.execution_state);
        w.field(2usize, &self.last_update_date_time);
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
rt::impl_object!(WindowsMalwareExecutionStateCount);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsMalwareExecutionStateCount { with_device_count device_count : i32;
    with_execution_state execution_state : crate ::beta::WindowsMalwareExecutionState;
    with_last_update_date_time last_update_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsMalwareExecutionStateCount);
#[cfg(msgraph_beta_device_management_or_search)]
/// Malware name device count
///
/// CSDL: `microsoft.graph.windowsMalwareNameCount`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsMalwareNameCount {
    /// Count of devices with malware dectected for this malware
    ///
    /// CSDL: property `deviceCount`: `Edm.Int32`, not nullable.
    pub device_count: rt::Field<i32>,
    /// The Timestamp of the last update for the device count in UTC
    ///
    /// CSDL: property `lastUpdateDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_update_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The unique identifier. This is malware identifier
    ///
    /// CSDL: property `malwareIdentifier`: `Edm.String`, nullable.
    pub malware_identifier: rt::Field<::std::string::String>,
    /// Malware name
    ///
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsMalwareNameCount {
    #[inline]
    fn default() -> Self {
        Self {
            device_count: rt::Field::Absent,
            last_update_date_time: rt::Field::Absent,
            malware_identifier: rt::Field::Absent,
            name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsMalwareNameCount {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsMalwareNameCount";
    const KEYS: &'static [&'static str] = &[
        "deviceCount",
        "lastUpdateDateTime",
        "malwareIdentifier",
        "name",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deviceCount\":                  ",
        ",\"lastUpdateDateTime\":           ",
        ",\"malwareIdentifier\":            ",
        ",\"name\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsMalwareNameCount\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "device_count", &self.device_count);
        v.field(1usize, "last_update_date_time", &self.last_update_date_time);
        v.field(2usize, "malware_identifier", &self.malware_identifier);
        v.field(3usize, "name", &self.name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsMalwareNameCount {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_count.read_from(r),
            1usize => self.last_update_date_time.read_from(r),
            2usize => self.malware_identifier.read_from(r),
            3usize => self.name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_count);
        w.field(1usize, &self.last_update_date_time);
        w.field(2usize, &self.malware_identifier);
        w.field(3usize, &self.name);
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
rt::impl_object!(WindowsMalwareNameCount);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsMalwareNameCount { with_device_count device_count : i32;
    with_last_update_date_time last_update_date_time : rt::edm::DateTimeOffset;
    with_malware_identifier malware_identifier : ::std::string::String; with_name name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsMalwareNameCount);
#[cfg(msgraph_beta_device_management_or_search)]
/// Windows device malware overview.
///
/// CSDL: `microsoft.graph.windowsMalwareOverview`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsMalwareOverview {
    /// Count of devices per malware category
    ///
    /// CSDL: property `malwareCategorySummary`: `Collection(microsoft.graph.windowsMalwareCategoryCount)`, nullable.
    pub malware_category_summary: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsMalwareCategoryCount>,
    >,
    /// Count of devices with malware detected in the last 30 days
    ///
    /// CSDL: property `malwareDetectedDeviceCount`: `Edm.Int32`, not nullable.
    pub malware_detected_device_count: rt::Field<i32>,
    /// Count of devices per malware execution state
    ///
    /// CSDL: property `malwareExecutionStateSummary`: `Collection(microsoft.graph.windowsMalwareExecutionStateCount)`, nullable.
    pub malware_execution_state_summary: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsMalwareExecutionStateCount>,
    >,
    /// Count of devices per malware
    ///
    /// CSDL: property `malwareNameSummary`: `Collection(microsoft.graph.windowsMalwareNameCount)`, nullable.
    pub malware_name_summary: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsMalwareNameCount>,
    >,
    /// Count of active malware per malware severity
    ///
    /// CSDL: property `malwareSeveritySummary`: `Collection(microsoft.graph.windowsMalwareSeverityCount)`, nullable.
    pub malware_severity_summary: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsMalwareSeverityCount>,
    >,
    /// Count of devices per malware state
    ///
    /// CSDL: property `malwareStateSummary`: `Collection(microsoft.graph.windowsMalwareStateCount)`, nullable.
    pub malware_state_summary: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsMalwareStateCount>,
    >,
    /// Count of devices with malware per windows OS version
    ///
    /// CSDL: property `osVersionsSummary`: `Collection(microsoft.graph.osVersionCount)`, nullable.
    pub os_versions_summary: rt::Field<::std::vec::Vec<crate::beta::OsVersionCount>>,
    /// Count of all distinct malwares detected across all devices. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `totalDistinctMalwareCount`: `Edm.Int32`, not nullable.
    pub total_distinct_malware_count: rt::Field<i32>,
    /// Count of all malware detections across all devices. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `totalMalwareCount`: `Edm.Int32`, not nullable.
    pub total_malware_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsMalwareOverview {
    #[inline]
    fn default() -> Self {
        Self {
            malware_category_summary: rt::Field::Absent,
            malware_detected_device_count: rt::Field::Absent,
            malware_execution_state_summary: rt::Field::Absent,
            malware_name_summary: rt::Field::Absent,
            malware_severity_summary: rt::Field::Absent,
            malware_state_summary: rt::Field::Absent,
            os_versions_summary: rt::Field::Absent,
            total_distinct_malware_count: rt::Field::Absent,
            total_malware_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsMalwareOverview {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsMalwareOverview";
    const KEYS: &'static [&'static str] = &[
        "malwareCategorySummary",
        "malwareDetectedDeviceCount",
        "malwareExecutionStateSummary",
        "malwareNameSummary",
        "malwareSeveritySummary",
        "malwareStateSummary",
        "osVersionsSummary",
        "totalDistinctMalwareCount",
        "totalMalwareCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"malwareCategorySummary\":       ",
        ",\"malwareDetectedDeviceCount\":   ",
        ",\"malwareExecutionStateSummary\": ",
        ",\"malwareNameSummary\":           ",
        ",\"malwareSeveritySummary\":       ",
        ",\"malwareStateSummary\":          ",
        ",\"osVersionsSummary\":            ",
        ",\"totalDistinctMalwareCount\":    ",
        ",\"totalMalwareCount\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsMalwareOverview\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "malware_category_summary", &self.malware_category_summary);
        v.field(
            1usize,
            "malware_detected_device_count",
            &self.malware_detected_device_count,
        );
        v.field(
            2usize,
            "malware_execution_state_summary",
            &self.malware_execution_state_summary,
        );
        v.field(3usize, "malware_name_summary", &self.malware_name_summary);
        v.field(4usize, "malware_severity_summary", &self.malware_severity_summary);
        v.field(5usize, "malware_state_summary", &self.malware_state_summary);
        v.field(6usize, "os_versions_summary", &self.os_versions_summary);
        v.field(
            7usize,
            "total_distinct_malware_count",
            &self.total_distinct_malware_count,
        );
        v.field(8usize, "total_malware_count", &self.total_malware_count);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsMalwareOverview {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.malware_category_summary.read_from(r),
            1usize => self.malware_detected_device_count.read_from(r),
            2usize => self.malware_execution_state_summary.read_from(r),
            3usize => self.malware_name_summary.read_from(r),
            4usize => self.malware_severity_summary.read_from(r),
            5usize => self.malware_state_summary.read_from(r),
            6usize => self.os_versions_summary.read_from(r),
            7usize => self.total_distinct_malware_count.read_from(r),
            8usize => self.total_malware_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.malware_category_summary);
        w.field(1usize, &self.malware_detected_device_count);
        w.field(2usize, &self.malware_execution_state_summary);
        w.field(3usize, &self.malware_name_summary);
        w.field(4usize, &self.malware_severity_summary);
        w.field(5usize, &self.malware_state_summary);
        w.field(6usize, &self.os_versions_summary);
        w.field(7usize, &self.total_distinct_malware_count);
        w.field(8usize, &self.total_malware_count);
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
rt::impl_object!(WindowsMalwareOverview);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsMalwareOverview { with_malware_category_summary malware_category_summary :
    ::std::vec::Vec < crate ::beta::WindowsMalwareCategoryCount >;
    with_malware_detected_device_count malware_detected_device_count : i32;
    with_malware_execution_state_summary malware_execution_state_summary :
    ::std::vec::Vec < crate ::beta::WindowsMalwareExecutionStateCount >;
    with_malware_name_summary malware_name_summary : ::std::vec::Vec < crate
    ::beta::WindowsMalwareNameCount >; with_malware_severity_summary
    malware_severity_summary : ::std::vec::Vec < crate
    ::beta::WindowsMalwareSeverityCount >; with_malware_state_summary
    malware_state_summary : ::std::vec::Vec < crate ::beta::WindowsMalwareStateCount >;
    with_os_versions_summary os_versions_summary : ::std::vec::Vec < crate
    ::beta::OsVersionCount >; with_total_distinct_malware_count
    total_distinct_malware_count : i32; with_total_malware_count total_malware_count :
    i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsMalwareOverview);
#[cfg(msgraph_beta_device_management_or_search)]
/// Windows Malware Severity Count Summary
///
/// CSDL: `microsoft.graph.windowsMalwareSeverityCount`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsMalwareSeverityCount {
    /// Count of distinct malwares for this malware State. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `distinctMalwareCount`: `Edm.Int32`, not nullable.
    pub distinct_malware_count: rt::Field<i32>,
    /// The Timestamp of the last update for the WindowsMalwareSeverityCount in UTC
    ///
    /// CSDL: property `lastUpdateDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_update_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Count of threats detections for this malware severity. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `malwareDetectionCount`: `Edm.Int32`, not nullable.
    pub malware_detection_count: rt::Field<i32>,
    /// Malware Threat Severity
    ///
    /// CSDL: property `severity`: `microsoft.graph.windowsMalwareSeverity`, not nullable.
    pub severity: rt::Field<crate::beta::WindowsMalwareSeverity>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsMalwareSeverityCount {
    #[inline]
    fn default() -> Self {
        Self {
            distinct_malware_count: rt::Field::Absent,
            last_update_date_time: rt::Field::Absent,
            malware_detection_count: rt::Field::Absent,
            severity: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsMalwareSeverityCount {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsMalwareSeverityCount";
    const KEYS: &'static [&'static str] = &[
        "distinctMalwareCount",
        "lastUpdateDateTime",
        "malwareDetectionCount",
        "severity",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"distinctMalwareCount\":         ",
        ",\"lastUpdateDateTime\":           ",
        ",\"malwareDetectionCount\":        ",
        ",\"severity\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsMalwareSeverityCount\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "distinct_malware_count", &self.distinct_malware_count);
        v.field(1usize, "last_update_date_time", &self.last_update_date_time);
        v.field(2usize, "malware_detection_count", &self.malware_detection_count);
        v.field(3usize, "severity", &self.severity);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsMalwareSeverityCount {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.distinct_malware_count.read_from(r),
            1usize => self.last_update_date_time.read_from(r),
            2usize => self.malware_detection_count.read_from(r),
            3usize => self.severity.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.distinct_malware_count);
        w.field(1usize, &self.last_update_date_time);
        w.field(2usize, &self.malware_detection_count);
        w.field(3usize, &self.severity);
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
rt::impl_object!(WindowsMalwareSeverityCount);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsMalwareSeverityCount { with_distinct_malware_count distinct_malware_count :
    i32; with_last_update_date_time last_update_date_time : rt::edm::DateTimeOffset;
    with_malware_detection_count malware_detection_count : i32; with_severity severity :
    crate ::beta::WindowsMalwareSeverity; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsMalwareSeverityCount);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.windowsMalwareState`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsMalwareState {
    /// `unknown` (value 0).
    Unknown,
    /// `detected` (value 1).
    Detected,
    /// `cleaned` (value 2).
    Cleaned,
    /// `quarantined` (value 3).
    Quarantined,
    /// `removed` (value 4).
    Removed,
    /// `allowed` (value 5).
    Allowed,
    /// `blocked` (value 6).
    Blocked,
    /// `cleanFailed` (value 102).
    CleanFailed,
    /// `quarantineFailed` (value 103).
    QuarantineFailed,
    /// `removeFailed` (value 104).
    RemoveFailed,
    /// `allowFailed` (value 105).
    AllowFailed,
    /// `abandoned` (value 106).
    Abandoned,
    /// `blockFailed` (value 107).
    BlockFailed,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for WindowsMalwareState {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsMalwareState";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "detected",
        "cleaned",
        "quarantined",
        "removed",
        "allowed",
        "blocked",
        "cleanFailed",
        "quarantineFailed",
        "removeFailed",
        "allowFailed",
        "abandoned",
        "blockFailed",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "detected" => Self::Detected,
                "cleaned" => Self::Cleaned,
                "quarantined" => Self::Quarantined,
                "removed" => Self::Removed,
                "allowed" => Self::Allowed,
                "blocked" => Self::Blocked,
                "cleanFailed" => Self::CleanFailed,
                "quarantineFailed" => Self::QuarantineFailed,
                "removeFailed" => Self::RemoveFailed,
                "allowFailed" => Self::AllowFailed,
                "abandoned" => Self::Abandoned,
                "blockFailed" => Self::BlockFailed,
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
            Self::Detected => "detected",
            Self::Cleaned => "cleaned",
            Self::Quarantined => "quarantined",
            Self::Removed => "removed",
            Self::Allowed => "allowed",
            Self::Blocked => "blocked",
            Self::CleanFailed => "cleanFailed",
            Self::QuarantineFailed => "quarantineFailed",
            Self::RemoveFailed => "removeFailed",
            Self::AllowFailed => "allowFailed",
            Self::Abandoned => "abandoned",
            Self::BlockFailed => "blockFailed",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(WindowsMalwareState);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsMalwareState);
#[cfg(msgraph_beta_device_management_or_search)]
/// Windows Malware State Summary.
///
/// CSDL: `microsoft.graph.windowsMalwareStateCount`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsMalwareStateCount {
    /// Count of devices with malware detections for this malware State
    ///
    /// CSDL: property `deviceCount`: `Edm.Int32`, not nullable.
    pub device_count: rt::Field<i32>,
    /// Count of distinct malwares for this malware State. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `distinctMalwareCount`: `Edm.Int32`, not nullable.
    pub distinct_malware_count: rt::Field<i32>,
    /// The Timestamp of the last update for the device count in UTC
    ///
    /// CSDL: property `lastUpdateDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_update_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Count of total malware detections for this malware State. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `malwareDetectionCount`: `Edm.Int32`, not nullable.
    pub malware_detection_count: rt::Field<i32>,
    /// Malware Threat State
    ///
    /// CSDL: property `state`: `microsoft.graph.windowsMalwareThreatState`, not nullable.
    pub state: rt::Field<crate::beta::WindowsMalwareThreatState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsMalwareStateCount {
    #[inline]
    fn default() -> Self {
        Self {
            device_count: rt::Field::Absent,
            distinct_malware_count: rt::Field::Absent,
            last_update_date_time: rt::Field::Absent,
            malware_detection_count: rt::Field::Absent,
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsMalwareStateCount {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsMalwareStateCount";
    const KEYS: &'static [&'static str] = &[
        "deviceCount",
        "distinctMalwareCount",
        "lastUpdateDateTime",
        "malwareDetectionCount",
        "state",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deviceCount\":                  ",
        ",\"distinctMalwareCount\":         ",
        ",\"lastUpdateDateTime\":           ",
        ",\"malwareDetectionCount\":        ",
        ",\"state\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsMalwareStateCount\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "device_count", &self.device_count);
        v.field(1usize, "distinct_malware_count", &self.distinct_malware_count);
        v.field(2usize, "last_update_date_time", &self.last_update_date_time);
        v.field(3usize, "malware_detection_count", &self.malware_detection_count);
        v.field(4usize, "state", &self.state);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsMalwareStateCount {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_count.read_from(r),
            1usize => self.distinct_malware_count.read_from(r),
            2usize => self.last_update_date_time.read_from(r),
            3usize => self.malware_detection_count.read_from(r),
            4usize => self.state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_count);
        w.field(1usize, &self.distinct_malware_count);
        w.field(2usize, &self.last_update_date_time);
        w.field(3usize, &self.malware_detection_count);
        w.field(4usize, &self.state);
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
rt::impl_object!(WindowsMalwareStateCount);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsMalwareStateCount { with_device_count device_count : i32;
    with_distinct_malware_count distinct_malware_count : i32; with_last_update_date_time
    last_update_date_time : rt::edm::DateTimeOffset; with_malware_detection_count
    malware_detection_count : i32; with_state state : crate
    ::beta::WindowsMalwareThreatState; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsMalwareStateCount);
