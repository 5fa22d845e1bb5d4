//! Types of `microsoft.graph` by the first letters of their names (`windows1_windowsf`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_device_management_or_search)]
/// This class contains compliance settings for Windows 10.
///
/// CSDL: `microsoft.graph.windows10CompliancePolicy`, entity type, derived from `microsoft.graph.deviceCompliancePolicy`, key `id`.
///
/// Request builders: [`DeviceCompliancePolicyPath`](requests/trait.DeviceCompliancePolicyPath.html), what a path to one (`EntityPath<Windows10CompliancePolicy, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
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
    pub password_required_type: rt::Field<crate::v1::RequiredPasswordType>,
    /// Require devices to be reported as healthy by Windows Device Health Attestation.
    ///
    /// CSDL: property `requireHealthyDeviceReport`: `Edm.Boolean`, not nullable.
    pub require_healthy_device_report: rt::Field<bool>,
    /// Require devices to be reported as healthy by Windows Device Health Attestation - secure boot is enabled.
    ///
    /// CSDL: property `secureBootEnabled`: `Edm.Boolean`, not nullable.
    pub secure_boot_enabled: rt::Field<bool>,
    /// Require encryption on windows devices.
    ///
    /// CSDL: property `storageRequireEncryption`: `Edm.Boolean`, not nullable.
    pub storage_require_encryption: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for Windows10CompliancePolicy {
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
            bit_locker_enabled: rt::Field::Absent,
            code_integrity_enabled: rt::Field::Absent,
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
            secure_boot_enabled: rt::Field::Absent,
            storage_require_encryption: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for Windows10CompliancePolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10CompliancePolicy";
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
        "bitLockerEnabled",
        "codeIntegrityEnabled",
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
        "secureBootEnabled",
        "storageRequireEncryption",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"scheduledActionsForRule\":      ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
        ",\"bitLockerEnabled\":             ",
        ",\"codeIntegrityEnabled\":         ",
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
        ",\"secureBootEnabled\":            ",
        ",\"storageRequireEncryption\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows10CompliancePolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "version", &self.version);
        v.field(6usize, "assignments", &self.assignments);
        v.field(
            7usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(8usize, "device_statuses", &self.device_statuses);
        v.field(9usize, "device_status_overview", &self.device_status_overview);
        v.field(10usize, "scheduled_actions_for_rule", &self.scheduled_actions_for_rule);
        v.field(11usize, "user_statuses", &self.user_statuses);
        v.field(12usize, "user_status_overview", &self.user_status_overview);
        v.field(13usize, "bit_locker_enabled", &self.bit_locker_enabled);
        v.field(14usize, "code_integrity_enabled", &self.code_integrity_enabled);
        v.field(
            15usize,
            "early_launch_anti_malware_driver_enabled",
            &self.early_launch_anti_malware_driver_enabled,
        );
        v.field(16usize, "mobile_os_maximum_version", &self.mobile_os_maximum_version);
        v.field(17usize, "mobile_os_minimum_version", &self.mobile_os_minimum_version);
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
        v.field(
            27usize,
            "password_required_to_unlock_from_idle",
            &self.password_required_to_unlock_from_idle,
        );
        v.field(28usize, "password_required_type", &self.password_required_type);
        v.field(
            29usize,
            "require_healthy_device_report",
            &self.require_healthy_device_report,
        );
        v.field(30usize, "secure_boot_enabled", &self.secure_boot_enabled);
        v.field(31usize, "storage_require_encryption", &self.storage_require_encryption);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for Windows10CompliancePolicy {
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
            13usize => self.bit_locker_enabled.read_from(r),
            14usize => self.code_integrity_enabled.read_from(r),
            15usize => self.early_launch_anti_malware_driver_enabled.read_from(r),
            16usize => self.mobile_os_maximum_version.read_from(r),
            17usize => self.mobile_os_minimum_version.read_from(r),
            18usize => self.os_maximum_version.read_from(r),
            19usize => self.os_minimum_version.read_from(r),
            20usize => self.password_block_simple.read_from(r),
            21usize => self.password_expiration_days.read_from(r),
            22usize => self.password_minimum_character_set_count.read_from(r),
            23usize => self.password_minimum_length.read_from(r),
            24usize => self.password_minutes_of_inactivity_before_lock.read_from(r),
            25usize => self.password_previous_password_block_count.read_from(r),
            26usize => self.password_required.read_from(r),
            27usize => self.password_required_to_unlock_from_idle.read_from(r),
            28usize => self.password_required_type.read_from(r),
            29usize => self.require_healthy_device_report.read_from(r),
            30usize => self.secure_boot_enabled.read_from(r),
            31usize => self.storage_require_encryption.read_from(r),
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
        w.field(13usize, &self.bit_locker_enabled);
        w.field(14usize, &self.code_integrity_enabled);
        w.field(15usize, &self.early_launch_anti_malware_driver_enabled);
        w.field(16usize, &self.mobile_os_maximum_version);
        w.field(17usize, &self.mobile_os_minimum_version);
        w.field(18usize, &self.os_maximum_version);
        w.field(19usize, &self.os_minimum_version);
        w.field(20usize, &self.password_block_simple);
        w.field(21usize, &self.password_expiration_days);
        w.field(22usize, &self.password_minimum_character_set_count);
        w.field(23usize, &self.password_minimum_length);
        w.field(24usize, &self.password_minutes_of_inactivity_before_lock);
        w.field(25usize, &self.password_previous_password_block_count);
        w.field(26usize, &self.password_required);
        w.field(27usize, &self.password_required_to_unlock_from_idle);
        w.field(28usize, &self.password_required_type);
        w.field(29usize, &self.require_healthy_device_report);
        w.field(30usize, &self.secure_boot_enabled);
        w.field(31usize, &self.storage_require_encryption);
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
rt::impl_object!(Windows10CompliancePolicy);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    Windows10CompliancePolicy { with_id id : ::std::string::String;
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
    with_bit_locker_enabled bit_locker_enabled : bool; with_code_integrity_enabled
    code_integrity_enabled : bool; with_early_launch_anti_malware_driver_enabled
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
    ::v1::RequiredPasswordType; with_require_healthy_device_report
    require_healthy_device_report : bool; with_secure_boot_enabled secure_boot_enabled :
    bool; with_storage_require_encryption storage_require_encryption : bool; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows10CompliancePolicy);
#[cfg(msgraph_v1_device_management_or_search)]
/// This topic provides descriptions of the declared methods, properties and relationships exposed by the windows10CustomConfiguration resource.
///
/// CSDL: `microsoft.graph.windows10CustomConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<Windows10CustomConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct Windows10CustomConfiguration {
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
impl ::std::default::Default for Windows10CustomConfiguration {
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
impl rt::Object for Windows10CustomConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10CustomConfiguration";
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
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
        ",\"omaSettings\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows10CustomConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "version", &self.version);
        v.field(6usize, "assignments", &self.assignments);
        v.field(
            7usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(8usize, "device_statuses", &self.device_statuses);
        v.field(9usize, "device_status_overview", &self.device_status_overview);
        v.field(10usize, "user_statuses", &self.user_statuses);
        v.field(11usize, "user_status_overview", &self.user_status_overview);
        v.field(12usize, "oma_settings", &self.oma_settings);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for Windows10CustomConfiguration {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(Windows10CustomConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    Windows10CustomConfiguration { with_id id : ::std::string::String;
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
rt::impl_serde!(Windows10CustomConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
/// Windows 10 Edition type.
///
/// CSDL: `microsoft.graph.windows10EditionType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Windows10EditionType {
    /// Windows 10 Enterprise
    ///
    /// `windows10Enterprise` (value 0).
    Windows10Enterprise,
    /// Windows 10 EnterpriseN
    ///
    /// `windows10EnterpriseN` (value 1).
    Windows10EnterpriseN,
    /// Windows 10 Education
    ///
    /// `windows10Education` (value 2).
    Windows10Education,
    /// Windows 10 EducationN
    ///
    /// `windows10EducationN` (value 3).
    Windows10EducationN,
    /// Windows 10 Mobile Enterprise
    ///
    /// `windows10MobileEnterprise` (value 4).
    Windows10MobileEnterprise,
    /// Windows 10 Holographic Enterprise
    ///
    /// `windows10HolographicEnterprise` (value 5).
    Windows10HolographicEnterprise,
    /// Windows 10 Professional
    ///
    /// `windows10Professional` (value 6).
    Windows10Professional,
    /// Windows 10 ProfessionalN
    ///
    /// `windows10ProfessionalN` (value 7).
    Windows10ProfessionalN,
    /// Windows 10 Professional Education
    ///
    /// `windows10ProfessionalEducation` (value 8).
    Windows10ProfessionalEducation,
    /// Windows 10 Professional EducationN
    ///
    /// `windows10ProfessionalEducationN` (value 9).
    Windows10ProfessionalEducationN,
    /// Windows 10 Professional for Workstations
    ///
    /// `windows10ProfessionalWorkstation` (value 10).
    Windows10ProfessionalWorkstation,
    /// Windows 10 Professional for Workstations N
    ///
    /// `windows10ProfessionalWorkstationN` (value 11).
    Windows10ProfessionalWorkstationN,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for Windows10EditionType {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10EditionType";
    const MEMBERS: &'static [&'static str] = &[
        "windows10Enterprise",
        "windows10EnterpriseN",
        "windows10Education",
        "windows10EducationN",
        "windows10MobileEnterprise",
        "windows10HolographicEnterprise",
        "windows10Professional",
        "windows10ProfessionalN",
        "windows10ProfessionalEducation",
        "windows10ProfessionalEducationN",
        "windows10ProfessionalWorkstation",
        "windows10ProfessionalWorkstationN",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "windows10Enterprise" => Self::Windows10Enterprise,
                "windows10EnterpriseN" => Self::Windows10EnterpriseN,
                "windows10Education" => Self::Windows10Education,
                "windows10EducationN" => Self::Windows10EducationN,
                "windows10MobileEnterprise" => Self::Windows10MobileEnterprise,
                "windows10HolographicEnterprise" => Self::Windows10HolographicEnterprise,
                "windows10Professional" => Self::Windows10Professional,
                "windows10ProfessionalN" => Self::Windows10ProfessionalN,
                "windows10ProfessionalEducation" => Self::Windows10ProfessionalEducation,
                "windows10ProfessionalEducationN" => {
                    Self::Windows10ProfessionalEducationN
                }
                "windows10ProfessionalWorkstation" => {
                    Self::Windows10ProfessionalWorkstation
                }
                "windows10ProfessionalWorkstationN" => {
                    Self::Windows10ProfessionalWorkstationN
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
            Self::Windows10Enterprise => "windows10Enterprise",
            Self::Windows10EnterpriseN => "windows10EnterpriseN",
            Self::Windows10Education => "windows10Education",
            Self::Windows10EducationN => "windows10EducationN",
            Self::Windows10MobileEnterprise => "windows10MobileEnterprise",
            Self::Windows10HolographicEnterprise => "windows10HolographicEnterprise",
            Self::Windows10Professional => "windows10Professional",
            Self::Windows10ProfessionalN => "windows10ProfessionalN",
            Self::Windows10ProfessionalEducation => "windows10ProfessionalEducation",
            Self::Windows10ProfessionalEducationN => "windows10ProfessionalEducationN",
            Self::Windows10ProfessionalWorkstation => "windows10ProfessionalWorkstation",
            Self::Windows10ProfessionalWorkstationN => {
                "windows10ProfessionalWorkstationN"
            }
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(Windows10EditionType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows10EditionType);
#[cfg(msgraph_v1_device_management_or_search)]
/// This topic provides descriptions of the declared methods, properties and relationships exposed by the Windows10EndpointProtectionConfiguration resource.
///
/// CSDL: `microsoft.graph.windows10EndpointProtectionConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`Windows10EndpointProtectionConfigurationPath`](requests/trait.Windows10EndpointProtectionConfigurationPath.html), what a path to one (`EntityPath<Windows10EndpointProtectionConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct Windows10EndpointProtectionConfiguration {
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
    /// Allow persisting user generated data inside the App Guard Containter (favorites, cookies, web passwords, etc.)
    ///
    /// CSDL: property `applicationGuardAllowPersistence`: `Edm.Boolean`, not nullable.
    pub application_guard_allow_persistence: rt::Field<bool>,
    /// Allow printing to Local Printers from Container
    ///
    /// CSDL: property `applicationGuardAllowPrintToLocalPrinters`: `Edm.Boolean`, not nullable.
    pub application_guard_allow_print_to_local_printers: rt::Field<bool>,
    /// Allow printing to Network Printers from Container
    ///
    /// CSDL: property `applicationGuardAllowPrintToNetworkPrinters`: `Edm.Boolean`, not nullable.
    pub application_guard_allow_print_to_network_printers: rt::Field<bool>,
    /// Allow printing to PDF from Container
    ///
    /// CSDL: property `applicationGuardAllowPrintToPDF`: `Edm.Boolean`, not nullable.
    pub application_guard_allow_print_to_pdf: rt::Field<bool>,
    /// Allow printing to XPS from Container
    ///
    /// CSDL: property `applicationGuardAllowPrintToXPS`: `Edm.Boolean`, not nullable.
    pub application_guard_allow_print_to_xps: rt::Field<bool>,
    /// Block clipboard to share data from Host to Container, or from Container to Host, or both ways, or neither ways.
    ///
    /// CSDL: property `applicationGuardBlockClipboardSharing`: `microsoft.graph.applicationGuardBlockClipboardSharingType`, not nullable.
    pub application_guard_block_clipboard_sharing: rt::Field<
        crate::v1::ApplicationGuardBlockClipboardSharingType,
    >,
    /// Block clipboard to transfer image file, text file or neither of them
    ///
    /// CSDL: property `applicationGuardBlockFileTransfer`: `microsoft.graph.applicationGuardBlockFileTransferType`, not nullable.
    pub application_guard_block_file_transfer: rt::Field<
        crate::v1::ApplicationGuardBlockFileTransferType,
    >,
    /// Block enterprise sites to load non-enterprise content, such as third party plug-ins
    ///
    /// CSDL: property `applicationGuardBlockNonEnterpriseContent`: `Edm.Boolean`, not nullable.
    pub application_guard_block_non_enterprise_content: rt::Field<bool>,
    /// Enable Windows Defender Application Guard
    ///
    /// CSDL: property `applicationGuardEnabled`: `Edm.Boolean`, not nullable.
    pub application_guard_enabled: rt::Field<bool>,
    /// Force auditing will persist Windows logs and events to meet security/compliance criteria (sample events are user login-logoff, use of privilege rights, software installation, system changes, etc.)
    ///
    /// CSDL: property `applicationGuardForceAuditing`: `Edm.Boolean`, not nullable.
    pub application_guard_force_auditing: rt::Field<bool>,
    /// Enables the Admin to choose what types of app to allow on devices.
    ///
    /// CSDL: property `appLockerApplicationControl`: `microsoft.graph.appLockerApplicationControlType`, not nullable.
    pub app_locker_application_control: rt::Field<
        crate::v1::AppLockerApplicationControlType,
    >,
    /// Allows the Admin to disable the warning prompt for other disk encryption on the user machines.
    ///
    /// CSDL: property `bitLockerDisableWarningForOtherDiskEncryption`: `Edm.Boolean`, not nullable.
    pub bit_locker_disable_warning_for_other_disk_encryption: rt::Field<bool>,
    /// Allows the admin to require encryption to be turned on using BitLocker. This policy is valid only for a mobile SKU.
    ///
    /// CSDL: property `bitLockerEnableStorageCardEncryptionOnMobile`: `Edm.Boolean`, not nullable.
    pub bit_locker_enable_storage_card_encryption_on_mobile: rt::Field<bool>,
    /// Allows the admin to require encryption to be turned on using BitLocker.
    ///
    /// CSDL: property `bitLockerEncryptDevice`: `Edm.Boolean`, not nullable.
    pub bit_locker_encrypt_device: rt::Field<bool>,
    /// BitLocker Removable Drive Policy.
    ///
    /// CSDL: property `bitLockerRemovableDrivePolicy`: `microsoft.graph.bitLockerRemovableDrivePolicy`, nullable.
    pub bit_locker_removable_drive_policy: rt::Field<
        crate::v1::BitLockerRemovableDrivePolicy,
    >,
    /// List of folder paths to be added to the list of protected folders
    ///
    /// CSDL: property `defenderAdditionalGuardedFolders`: `Collection(Edm.String)`, nullable.
    pub defender_additional_guarded_folders: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// List of exe files and folders to be excluded from attack surface reduction rules
    ///
    /// CSDL: property `defenderAttackSurfaceReductionExcludedPaths`: `Collection(Edm.String)`, nullable.
    pub defender_attack_surface_reduction_excluded_paths: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Xml content containing information regarding exploit protection details.
    ///
    /// CSDL: property `defenderExploitProtectionXml`: `Edm.Binary`, nullable.
    pub defender_exploit_protection_xml: rt::Field<rt::edm::Binary>,
    /// Name of the file from which DefenderExploitProtectionXml was obtained.
    ///
    /// CSDL: property `defenderExploitProtectionXmlFileName`: `Edm.String`, nullable.
    pub defender_exploit_protection_xml_file_name: rt::Field<::std::string::String>,
    /// List of paths to exe that are allowed to access protected folders
    ///
    /// CSDL: property `defenderGuardedFoldersAllowedAppPaths`: `Collection(Edm.String)`, nullable.
    pub defender_guarded_folders_allowed_app_paths: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Indicates whether or not to block user from overriding Exploit Protection settings.
    ///
    /// CSDL: property `defenderSecurityCenterBlockExploitProtectionOverride`: `Edm.Boolean`, not nullable.
    pub defender_security_center_block_exploit_protection_override: rt::Field<bool>,
    /// Blocks stateful FTP connections to the device
    ///
    /// CSDL: property `firewallBlockStatefulFTP`: `Edm.Boolean`, nullable.
    pub firewall_block_stateful_ftp: rt::Field<bool>,
    /// Specify how the certificate revocation list is to be enforced
    ///
    /// CSDL: property `firewallCertificateRevocationListCheckMethod`: `microsoft.graph.firewallCertificateRevocationListCheckMethodType`, not nullable.
    pub firewall_certificate_revocation_list_check_method: rt::Field<
        crate::v1::FirewallCertificateRevocationListCheckMethodType,
    >,
    /// Configures the idle timeout for security associations, in seconds, from 300 to 3600 inclusive. This is the period after which security associations will expire and be deleted. Valid values 300 to 3600
    ///
    /// CSDL: property `firewallIdleTimeoutForSecurityAssociationInSeconds`: `Edm.Int32`, nullable.
    pub firewall_idle_timeout_for_security_association_in_seconds: rt::Field<i32>,
    /// Configures IPSec exemptions to allow both IPv4 and IPv6 DHCP traffic
    ///
    /// CSDL: property `firewallIPSecExemptionsAllowDHCP`: `Edm.Boolean`, not nullable.
    pub firewall_ip_sec_exemptions_allow_dhcp: rt::Field<bool>,
    /// Configures IPSec exemptions to allow ICMP
    ///
    /// CSDL: property `firewallIPSecExemptionsAllowICMP`: `Edm.Boolean`, not nullable.
    pub firewall_ip_sec_exemptions_allow_icmp: rt::Field<bool>,
    /// Configures IPSec exemptions to allow neighbor discovery IPv6 ICMP type-codes
    ///
    /// CSDL: property `firewallIPSecExemptionsAllowNeighborDiscovery`: `Edm.Boolean`, not nullable.
    pub firewall_ip_sec_exemptions_allow_neighbor_discovery: rt::Field<bool>,
    /// Configures IPSec exemptions to allow router discovery IPv6 ICMP type-codes
    ///
    /// CSDL: property `firewallIPSecExemptionsAllowRouterDiscovery`: `Edm.Boolean`, not nullable.
    pub firewall_ip_sec_exemptions_allow_router_discovery: rt::Field<bool>,
    /// If an authentication set is not fully supported by a keying module, direct the module to ignore only unsupported authentication suites rather than the entire set
    ///
    /// CSDL: property `firewallMergeKeyingModuleSettings`: `Edm.Boolean`, nullable.
    pub firewall_merge_keying_module_settings: rt::Field<bool>,
    /// Configures how packet queueing should be applied in the tunnel gateway scenario
    ///
    /// CSDL: property `firewallPacketQueueingMethod`: `microsoft.graph.firewallPacketQueueingMethodType`, not nullable.
    pub firewall_packet_queueing_method: rt::Field<
        crate::v1::FirewallPacketQueueingMethodType,
    >,
    /// Select the preshared key encoding to be used
    ///
    /// CSDL: property `firewallPreSharedKeyEncodingMethod`: `microsoft.graph.firewallPreSharedKeyEncodingMethodType`, not nullable.
    pub firewall_pre_shared_key_encoding_method: rt::Field<
        crate::v1::FirewallPreSharedKeyEncodingMethodType,
    >,
    /// Configures the firewall profile settings for domain networks
    ///
    /// CSDL: property `firewallProfileDomain`: `microsoft.graph.windowsFirewallNetworkProfile`, nullable.
    pub firewall_profile_domain: rt::Field<crate::v1::WindowsFirewallNetworkProfile>,
    /// Configures the firewall profile settings for private networks
    ///
    /// CSDL: property `firewallProfilePrivate`: `microsoft.graph.windowsFirewallNetworkProfile`, nullable.
    pub firewall_profile_private: rt::Field<crate::v1::WindowsFirewallNetworkProfile>,
    /// Configures the firewall profile settings for public networks
    ///
    /// CSDL: property `firewallProfilePublic`: `microsoft.graph.windowsFirewallNetworkProfile`, nullable.
    pub firewall_profile_public: rt::Field<crate::v1::WindowsFirewallNetworkProfile>,
    /// Allows IT Admins to control whether users can can ignore SmartScreen warnings and run malicious files.
    ///
    /// CSDL: property `smartScreenBlockOverrideForFiles`: `Edm.Boolean`, not nullable.
    pub smart_screen_block_override_for_files: rt::Field<bool>,
    /// Allows IT Admins to configure SmartScreen for Windows.
    ///
    /// CSDL: property `smartScreenEnableInShell`: `Edm.Boolean`, not nullable.
    pub smart_screen_enable_in_shell: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for Windows10EndpointProtectionConfiguration {
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
            application_guard_allow_persistence: rt::Field::Absent,
            application_guard_allow_print_to_local_printers: rt::Field::Absent,
            application_guard_allow_print_to_network_printers: rt::Field::Absent,
            application_guard_allow_print_to_pdf: rt::Field::Absent,
            application_guard_allow_print_to_xps: rt::Field::Absent,
            application_guard_block_clipboard_sharing: rt::Field::Absent,
            application_guard_block_file_transfer: rt::Field::Absent,
            application_guard_block_non_enterprise_content: rt::Field::Absent,
            application_guard_enabled: rt::Field::Absent,
            application_guard_force_auditing: rt::Field::Absent,
            app_locker_application_control: rt::Field::Absent,
            bit_locker_disable_warning_for_other_disk_encryption: rt::Field::Absent,
            bit_locker_enable_storage_card_encryption_on_mobile: rt::Field::Absent,
            bit_locker_encrypt_device: rt::Field::Absent,
            bit_locker_removable_drive_policy: rt::Field::Absent,
            defender_additional_guarded_folders: rt::Field::Absent,
            defender_attack_surface_reduction_excluded_paths: rt::Field::Absent,
            defender_exploit_protection_xml: rt::Field::Absent,
            defender_exploit_protection_xml_file_name: rt::Field::Absent,
            defender_guarded_folders_allowed_app_paths: rt::Field::Absent,
            defender_security_center_block_exploit_protection_override: rt::Field::Absent,
            firewall_block_stateful_ftp: rt::Field::Absent,
            firewall_certificate_revocation_list_check_method: rt::Field::Absent,
            firewall_idle_timeout_for_security_association_in_seconds: rt::Field::Absent,
            firewall_ip_sec_exemptions_allow_dhcp: rt::Field::Absent,
            firewall_ip_sec_exemptions_allow_icmp: rt::Field::Absent,
            firewall_ip_sec_exemptions_allow_neighbor_discovery: rt::Field::Absent,
            firewall_ip_sec_exemptions_allow_router_discovery: rt::Field::Absent,
            firewall_merge_keying_module_settings: rt::Field::Absent,
            firewall_packet_queueing_method: rt::Field::Absent,
            firewall_pre_shared_key_encoding_method: rt::Field::Absent,
            firewall_profile_domain: rt::Field::Absent,
            firewall_profile_private: rt::Field::Absent,
            firewall_profile_public: rt::Field::Absent,
            smart_screen_block_override_for_files: rt::Field::Absent,
            smart_screen_enable_in_shell: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for Windows10EndpointProtectionConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10EndpointProtectionConfiguration";
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
        "applicationGuardAllowPersistence",
        "applicationGuardAllowPrintToLocalPrinters",
        "applicationGuardAllowPrintToNetworkPrinters",
        "applicationGuardAllowPrintToPDF",
        "applicationGuardAllowPrintToXPS",
        "applicationGuardBlockClipboardSharing",
        "applicationGuardBlockFileTransfer",
        "applicationGuardBlockNonEnterpriseContent",
        "applicationGuardEnabled",
        "applicationGuardForceAuditing",
        "appLockerApplicationControl",
        "bitLockerDisableWarningForOtherDiskEncryption",
        "bitLockerEnableStorageCardEncryptionOnMobile",
        "bitLockerEncryptDevice",
        "bitLockerRemovableDrivePolicy",
        "defenderAdditionalGuardedFolders",
        "defenderAttackSurfaceReductionExcludedPaths",
        "defenderExploitProtectionXml",
        "defenderExploitProtectionXmlFileName",
        "defenderGuardedFoldersAllowedAppPaths",
        "defenderSecurityCenterBlockExploitProtectionOverride",
        "firewallBlockStatefulFTP",
        "firewallCertificateRevocationListCheckMethod",
        "firewallIdleTimeoutForSecurityAssociationInSeconds",
        "firewallIPSecExemptionsAllowDHCP",
        "firewallIPSecExemptionsAllowICMP",
        "firewallIPSecExemptionsAllowNeighborDiscovery",
        "firewallIPSecExemptionsAllowRouterDiscovery",
        "firewallMergeKeyingModuleSettings",
        "firewallPacketQueueingMethod",
        "firewallPreSharedKeyEncodingMethod",
        "firewallProfileDomain",
        "firewallProfilePrivate",
        "firewallProfilePublic",
        "smartScreenBlockOverrideForFiles",
        "smartScreenEnableInShell",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
        ",\"applicationGuardAllowPersistence\":",
        ",\"applicationGuardAllowPrintToLocalPrinters\":",
        ",\"applicationGuardAllowPrintToNetworkPrinters\":",
        ",\"applicationGuardAllowPrintToPDF\":",
        ",\"applicationGuardAllowPrintToXPS\":",
        ",\"applicationGuardBlockClipboardSharing\":",
        ",\"applicationGuardBlockFileTransfer\":",
        ",\"applicationGuardBlockNonEnterpriseContent\":",
        ",\"applicationGuardEnabled\":      ",
        ",\"applicationGuardForceAuditing\":",
        ",\"appLockerApplicationControl\":  ",
        ",\"bitLockerDisableWarningForOtherDiskEncryption\":",
        ",\"bitLockerEnableStorageCardEncryptionOnMobile\":",
        ",\"bitLockerEncryptDevice\":       ",
        ",\"bitLockerRemovableDrivePolicy\":",
        ",\"defenderAdditionalGuardedFolders\":",
        ",\"defenderAttackSurfaceReductionExcludedPaths\":",
        ",\"defenderExploitProtectionXml\": ",
        ",\"defenderExploitProtectionXmlFileName\":",
        ",\"defenderGuardedFoldersAllowedAppPaths\":",
        ",\"defenderSecurityCenterBlockExploitProtectionOverride\":",
        ",\"firewallBlockStatefulFTP\":     ",
        ",\"firewallCertificateRevocationListCheckMethod\":",
        ",\"firewallIdleTimeoutForSecurityAssociationInSeconds\":",
        ",\"firewallIPSecExemptionsAllowDHCP\":",
        ",\"firewallIPSecExemptionsAllowICMP\":",
        ",\"firewallIPSecExemptionsAllowNeighborDiscovery\":",
        ",\"firewallIPSecExemptionsAllowRouterDiscovery\":",
        ",\"firewallMergeKeyingModuleSettings\":",
        ",\"firewallPacketQueueingMethod\": ",
        ",\"firewallPreSharedKeyEncodingMethod\":",
        ",\"firewallProfileDomain\":        ",
        ",\"firewallProfilePrivate\":       ",
        ",\"firewallProfilePublic\":        ",
        ",\"smartScreenBlockOverrideForFiles\":",
        ",\"smartScreenEnableInShell\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows10EndpointProtectionConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "version", &self.version);
        v.field(6usize, "assignments", &self.assignments);
        v.field(
            7usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(8usize, "device_statuses", &self.device_statuses);
        v.field(9usize, "device_status_overview", &self.device_status_overview);
        v.field(10usize, "user_statuses", &self.user_statuses);
        v.field(11usize, "user_status_overview", &self.user_status_overview);
        v.field(
            12usize,
            "application_guard_allow_persistence",
            &self.application_guard_allow_persistence,
        );
        v.field(
            13usize,
            "application_guard_allow_print_to_local_printers",
            &self.application_guard_allow_print_to_local_printers,
        );
        v.field(
            14usize,
            "application_guard_allow_print_to_network_printers",
            &self.application_guard_allow_print_to_network_printers,
        );
        v.field(
            15usize,
            "application_guard_allow_print_to_pdf",
            &self.application_guard_allow_print_to_pdf,
        );
        v.field(
            16usize,
            "application_guard_allow_print_to_xps",
            &self.application_guard_allow_print_to_xps,
        );
        v.field(
            17usize,
            "application_guard_block_clipboard_sharing",
            &self.application_guard_block_clipboard_sharing,
        );
        v.field(
            18usize,
            "application_guard_block_file_transfer",
            &self.application_guard_block_file_transfer,
        );
        v.field(
            19usize,
            "application_guard_block_non_enterprise_content",
            &self.application_guard_block_non_enterprise_content,
        );
        v.field(20usize, "application_guard_enabled", &self.application_guard_enabled);
        v.field(
            21usize,
            "application_guard_force_auditing",
            &self.application_guard_force_auditing,
        );
        v.field(
            22usize,
            "app_locker_application_control",
            &self.app_locker_application_control,
        );
        v.field(
            23usize,
            "bit_locker_disable_warning_for_other_disk_encryption",
            &self.bit_locker_disable_warning_for_other_disk_encryption,
        );
        v.field(
            24usize,
            "bit_locker_enable_storage_card_encryption_on_mobile",
            &self.bit_locker_enable_storage_card_encryption_on_mobile,
        );
        v.field(25usize, "bit_locker_encrypt_device", &self.bit_locker_encrypt_device);
        v.field(
            26usize,
            "bit_locker_removable_drive_policy",
            &self.bit_locker_removable_drive_policy,
        );
        v.field(
            27usize,
            "defender_additional_guarded_folders",
            &self.defender_additional_guarded_folders,
        );
        v.field(
            28usize,
            "defender_attack_surface_reduction_excluded_paths",
            &self.defender_attack_surface_reduction_excluded_paths,
        );
        v.field(
            29usize,
            "defender_exploit_protection_xml",
            &self.defender_exploit_protection_xml,
        );
        v.field(
            30usize,
            "defender_exploit_protection_xml_file_name",
            &self.defender_exploit_protection_xml_file_name,
        );
        v.field(
            31usize,
            "defender_guarded_folders_allowed_app_paths",
            &self.defender_guarded_folders_allowed_app_paths,
        );
        v.field(
            32usize,
            "defender_security_center_block_exploit_protection_override",
            &self.defender_security_center_block_exploit_protection_override,
        );
        v.field(
            33usize,
            "firewall_block_stateful_ftp",
            &self.firewall_block_stateful_ftp,
        );
        v.field(
            34usize,
            "firewall_certificate_revocation_list_check_method",
            &self.firewall_certificate_revocation_list_check_method,
        );
        v.field(
            35usize,
            "firewall_idle_timeout_for_security_association_in_seconds",
            &self.firewall_idle_timeout_for_security_association_in_seconds,
        );
        v.field(
            36usize,
            "firewall_ip_sec_exemptions_allow_dhcp",
            &self.firewall_ip_sec_exemptions_allow_dhcp,
        );
        v.field(
            37usize,
            "firewall_ip_sec_exemptions_allow_icmp",
            &self.firewall_ip_sec_exemptions_allow_icmp,
        );
        v.field(
            38usize,
            "firewall_ip_sec_exemptions_allow_neighbor_discovery",
            &self.firewall_ip_sec_exemptions_allow_neighbor_discovery,
        );
        v.field(
            39usize,
            "firewall_ip_sec_exemptions_allow_router_discovery",
            &self.firewall_ip_sec_exemptions_allow_router_discovery,
        );
        v.field(
            40usize,
            "firewall_merge_keying_module_settings",
            &self.firewall_merge_keying_module_settings,
        );
        v.field(
            41usize,
            "firewall_packet_queueing_method",
            &self.firewall_packet_queueing_method,
        );
        v.field(
            42usize,
            "firewall_pre_shared_key_encoding_method",
            &self.firewall_pre_shared_key_encoding_method,
        );
        v.field(43usize, "firewall_profile_domain", &self.firewall_profile_domain);
        v.field(44usize, "firewall_profile_private", &self.firewall_profile_private);
        v.field(45usize, "firewall_profile_public", &self.firewall_profile_public);
        v.field(
            46usize,
            "smart_screen_block_override_for_files",
            &self.smart_screen_block_override_for_files,
        );
        v.field(
            47usize,
            "smart_screen_enable_in_shell",
            &self.smart_screen_enable_in_shell,
        );
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for Windows10EndpointProtectionConfiguration {
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
            12usize => self.application_guard_allow_persistence.read_from(r),
            13usize => self.application_guard_allow_print_to_local_printers.read_from(r),
            14usize => {
                self.application_guard_allow_print_to_network_printers.read_from(r)
            }
            15usize => self.application_guard_allow_print_to_pdf.read_from(r),
            16usize => self.application_guard_allow_print_to_xps.read_from(r),
            17usize => self.application_guard_block_clipboard_sharing.read_from(r),
            18usize => self.application_guard_block_file_transfer.read_from(r),
            19usize => self.application_guard_block_non_enterprise_content.read_from(r),
            20usize => self.application_guard_enabled.read_from(r),
            21usize => self.application_guard_force_auditing.read_from(r),
            22usize => self.app_locker_application_control.read_from(r),
            23usize => {
                self.bit_locker_disable_warning_for_other_disk_encryption.read_from(r)
            }
            24usize => {
                self.bit_locker_enable_storage_card_encryption_on_mobile.read_from(r)
            }
            25usize => self.bit_locker_encrypt_device.read_from(r),
            26usize => self.bit_locker_removable_drive_policy.read_from(r),
            27usize => self.defender_additional_guarded_folders.read_from(r),
            28usize => self.defender_attack_surface_reduction_excluded_paths.read_from(r),
            29usize => self.defender_exploit_protection_xml.read_from(r),
            30usize => self.defender_exploit_protection_xml_file_name.read_from(r),
            31usize => self.defender_guarded_folders_allowed_app_paths.read_from(r),
            32usize => {
                self.defender_security_center_block_exploit_protection_override
                    .read_from(r)
            }
            33usize => self.firewall_block_stateful_ftp.read_from(r),
            34usize => {
                self.firewall_certificate_revocation_list_check_method.read_from(r)
            }
            35usize => {
                self.firewall_idle_timeout_for_security_association_in_seconds
                    .read_from(r)
            }
            36usize => self.firewall_ip_sec_exemptions_allow_dhcp.read_from(r),
            37usize => self.firewall_ip_sec_exemptions_allow_icmp.read_from(r),
            38usize => {
                self.firewall_ip_sec_exemptions_allow_neighbor_discovery.read_from(r)
            }
            39usize => {
                self.firewall_ip_sec_exemptions_allow_router_discovery.read_from(r)
            }
            40usize => self.firewall_merge_keying_module_settings.read_from(r),
            41usize => self.firewall_packet_queueing_method.read_from(r),
            42usize => self.firewall_pre_shared_key_encoding_method.read_from(r),
            43usize => self.firewall_profile_domain.read_from(r),
            44usize => self.firewall_profile_private.read_from(r),
            45usize => self.firewall_profile_public.read_from(r),
            46usize => self.smart_screen_block_override_for_files.read_from(r),
            47usize => self.smart_screen_enable_in_shell.read_from(r),
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
        w.field(12usize, &self.application_guard_allow_persistence);
        w.field(13usize, &self.application_guard_allow_print_to_local_printers);
        w.field(14usize, &self.application_guard_allow_print_to_network_printers);
        w.field(15usize, &self.application_guard_allow_print_to_pdf);
        w.field(16usize, &self.application_guard_allow_print_to_xps);
        w.field(17usize, &self.application_guard_block_clipboard_sharing);
        w.field(18usize, &self.application_guard_block_file_transfer);
        w.field(19usize, &self.application_guard_block_non_enterprise_content);
        w.field(20usize, &self.application_guard_enabled);
        w.field(21usize, &self.application_guard_force_auditing);
        w.field(22usize, &self.app_locker_application_control);
        w.field(23usize, &self.bit_locker_disable_warning_for_other_disk_encryption);
        w.field(24usize, &self.bit_locker_enable_storage_card_encryption_on_mobile);
        w.field(25usize, &self.bit_locker_encrypt_device);
        w.field(26usize, &self.bit_locker_removable_drive_policy);
        w.field(27usize, &self.defender_additional_guarded_folders);
        w.field(28usize, &self.defender_attack_surface_reduction_excluded_paths);
        w.field(29usize, &self.defender_exploit_protection_xml);
        w.field(30usize, &self.defender_exploit_protection_xml_file_name);
        w.field(31usize, &self.defender_guarded_folders_allowed_app_paths);
        w.field(
            32usize,
            &self.defender_security_center_block_exploit_protection_override,
        );
        w.field(33usize, &self.firewall_block_stateful_ftp);
        w.field(34usize, &self.firewall_certificate_revocation_list_check_method);
        w.field(
            35usize,
            &self.firewall_idle_timeout_for_security_association_in_seconds,
        );
        w.field(36usize, &self.firewall_ip_sec_exemptions_allow_dhcp);
        w.field(37usize, &self.firewall_ip_sec_exemptions_allow_icmp);
        w.field(38usize, &self.firewall_ip_sec_exemptions_allow_neighbor_discovery);
        w.field(39usize, &self.firewall_ip_sec_exemptions_allow_router_discovery);
        w.field(40usize, &self.firewall_merge_keying_module_settings);
        w.field(41usize, &self.firewall_packet_queueing_method);
        w.field(42usize, &self.firewall_pre_shared_key_encoding_method);
        w.field(43usize, &self.firewall_profile_domain);
        w.field(44usize, &self.firewall_profile_private);
        w.field(45usize, &self.firewall_profile_public);
        w.field(46usize, &self.smart_screen_block_override_for_files);
        w.field(47usize, &self.smart_screen_enable_in_shell);
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
rt::impl_object!(Windows10EndpointProtectionConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    Windows10EndpointProtectionConfiguration { with_id id : ::std::string::String;
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
    ::v1::DeviceConfigurationUserOverview; with_application_guard_allow_persistence
    application_guard_allow_persistence : bool;
    with_application_guard_allow_print_to_local_printers
    application_guard_allow_print_to_local_printers : bool;
    with_application_guard_allow_print_to_network_printers
    application_guard_allow_print_to_network_printers : bool;
    with_application_guard_allow_print_to_pdf application_guard_allow_print_to_pdf :
    bool; with_application_guard_allow_print_to_xps application_guard_allow_print_to_xps
    : bool; with_application_guard_block_clipboard_sharing
    application_guard_block_clipboard_sharing : crate
    ::v1::ApplicationGuardBlockClipboardSharingType;
    with_application_guard_block_file_transfer application_guard_block_file_transfer :
    crate ::v1::ApplicationGuardBlockFileTransferType;
    with_application_guard_block_non_enterprise_content
    application_guard_block_non_enterprise_content : bool; with_application_guard_enabled
    application_guard_enabled : bool; with_application_guard_force_auditing
    application_guard_force_auditing : bool; with_app_locker_application_control
    app_locker_application_control : crate ::v1::AppLockerApplicationControlType;
    with_bit_locker_disable_warning_for_other_disk_encryption
    bit_locker_disable_warning_for_other_disk_encryption : bool;
    with_bit_locker_enable_storage_card_encryption_on_mobile
    bit_locker_enable_storage_card_encryption_on_mobile : bool;
    with_bit_locker_encrypt_device bit_locker_encrypt_device : bool;
    with_bit_locker_removable_drive_policy bit_locker_removable_drive_policy : crate
    ::v1::BitLockerRemovableDrivePolicy; with_defender_additional_guarded_folders
    defender_additional_guarded_folders : ::std::vec::Vec < ::std::string::String >;
    with_defender_attack_surface_reduction_excluded_paths
    defender_attack_surface_reduction_excluded_paths : ::std::vec::Vec <
    ::std::string::String >; with_defender_exploit_protection_xml
    defender_exploit_protection_xml : rt::edm::Binary;
    with_defender_exploit_protection_xml_file_name
    defender_exploit_protection_xml_file_name : ::std::string::String;
    with_defender_guarded_folders_allowed_app_paths
    defender_guarded_folders_allowed_app_paths : ::std::vec::Vec < ::std::string::String
    >; with_defender_security_center_block_exploit_protection_override
    defender_security_center_block_exploit_protection_override : bool;
    with_firewall_block_stateful_ftp firewall_block_stateful_ftp : bool;
    with_firewall_certificate_revocation_list_check_method
    firewall_certificate_revocation_list_check_method : crate
    ::v1::FirewallCertificateRevocationListCheckMethodType;
    with_firewall_idle_timeout_for_security_association_in_seconds
    firewall_idle_timeout_for_security_association_in_seconds : i32;
    with_firewall_ip_sec_exemptions_allow_dhcp firewall_ip_sec_exemptions_allow_dhcp :
    bool; with_firewall_ip_sec_exemptions_allow_icmp
    firewall_ip_sec_exemptions_allow_icmp : bool;
    with_firewall_ip_sec_exemptions_allow_neighbor_discovery
    firewall_ip_sec_exemptions_allow_neighbor_discovery : bool;
    with_firewall_ip_sec_exemptions_allow_router_discovery
    firewall_ip_sec_exemptions_allow_router_discovery : bool;
    with_firewall_merge_keying_module_settings firewall_merge_keying_module_settings :
    bool; with_firewall_packet_queueing_method firewall_packet_queueing_method : crate
    ::v1::FirewallPacketQueueingMethodType; with_firewall_pre_shared_key_encoding_method
    firewall_pre_shared_key_encoding_method : crate
    ::v1::FirewallPreSharedKeyEncodingMethodType; with_firewall_profile_domain
    firewall_profile_domain : crate ::v1::WindowsFirewallNetworkProfile;
    with_firewall_profile_private firewall_profile_private : crate
    ::v1::WindowsFirewallNetworkProfile; with_firewall_profile_public
    firewall_profile_public : crate ::v1::WindowsFirewallNetworkProfile;
    with_smart_screen_block_override_for_files smart_screen_block_override_for_files :
    bool; with_smart_screen_enable_in_shell smart_screen_enable_in_shell : bool; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows10EndpointProtectionConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
/// Windows10 Enterprise Modern App Management Configuration.
///
/// CSDL: `microsoft.graph.windows10EnterpriseModernAppManagementConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<Windows10EnterpriseModernAppManagementConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct Windows10EnterpriseModernAppManagementConfiguration {
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
    /// Indicates whether or not to uninstall a fixed list of built-in Windows apps.
    ///
    /// CSDL: property `uninstallBuiltInApps`: `Edm.Boolean`, not nullable.
    pub uninstall_built_in_apps: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for Windows10EnterpriseModernAppManagementConfiguration {
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
            uninstall_built_in_apps: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for Windows10EnterpriseModernAppManagementConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10EnterpriseModernAppManagementConfiguration";
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
        "uninstallBuiltInApps",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
        ",\"uninstallBuiltInApps\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows10EnterpriseModernAppManagementConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "version", &self.version);
        v.field(6usize, "assignments", &self.assignments);
        v.field(
            7usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(8usize, "device_statuses", &self.device_statuses);
        v.field(9usize, "device_status_overview", &self.device_status_overview);
        v.field(10usize, "user_statuses", &self.user_statuses);
        v.field(11usize, "user_status_overview", &self.user_status_overview);
        v.field(12usize, "uninstall_built_in_apps", &self.uninstall_built_in_apps);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for Windows10EnterpriseModernAppManagementConfiguration {
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
            12usize => self.uninstall_built_in_apps.read_from(r),
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
        w.field(12usize, &self.uninstall_built_in_apps);
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
rt::impl_object!(Windows10EnterpriseModernAppManagementConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    Windows10EnterpriseModernAppManagementConfiguration { with_id id :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_version version : i32;
    with_assignments assignments : ::std::vec::Vec < crate
    ::v1::DeviceConfigurationAssignment >; with_device_setting_state_summaries
    device_setting_state_summaries : ::std::vec::Vec < crate
    ::v1::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::v1::DeviceConfigurationDeviceOverview; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationUserStatus >;
    with_user_status_overview user_status_overview : crate
    ::v1::DeviceConfigurationUserOverview; with_uninstall_built_in_apps
    uninstall_built_in_apps : bool; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows10EnterpriseModernAppManagementConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
/// This topic provides descriptions of the declared methods, properties and relationships exposed by the windows10GeneralConfiguration resource.
///
/// CSDL: `microsoft.graph.windows10GeneralConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`Windows10GeneralConfigurationPath`](requests/trait.Windows10GeneralConfigurationPath.html), what a path to one (`EntityPath<Windows10GeneralConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct Windows10GeneralConfiguration {
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
    /// Indicates whether or not to Block the user from adding email accounts to the device that are not associated with a Microsoft account.
    ///
    /// CSDL: property `accountsBlockAddingNonMicrosoftAccountEmail`: `Edm.Boolean`, not nullable.
    pub accounts_block_adding_non_microsoft_account_email: rt::Field<bool>,
    /// Indicates whether or not to block the user from selecting an AntiTheft mode preference (Windows 10 Mobile only).
    ///
    /// CSDL: property `antiTheftModeBlocked`: `Edm.Boolean`, not nullable.
    pub anti_theft_mode_blocked: rt::Field<bool>,
    /// Indicates whether apps from AppX packages signed with a trusted certificate can be side loaded.
    ///
    /// CSDL: property `appsAllowTrustedAppsSideloading`: `microsoft.graph.stateManagementSetting`, not nullable.
    pub apps_allow_trusted_apps_sideloading: rt::Field<
        crate::v1::StateManagementSetting,
    >,
    /// Indicates whether or not to disable the launch of all apps from Windows Store that came pre-installed or were downloaded.
    ///
    /// CSDL: property `appsBlockWindowsStoreOriginatedApps`: `Edm.Boolean`, not nullable.
    pub apps_block_windows_store_originated_apps: rt::Field<bool>,
    /// Specify a list of allowed Bluetooth services and profiles in hex formatted strings.
    ///
    /// CSDL: property `bluetoothAllowedServices`: `Collection(Edm.String)`, nullable.
    pub bluetooth_allowed_services: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Whether or not to Block the user from using bluetooth advertising.
    ///
    /// CSDL: property `bluetoothBlockAdvertising`: `Edm.Boolean`, not nullable.
    pub bluetooth_block_advertising: rt::Field<bool>,
    /// Whether or not to Block the user from using bluetooth discoverable mode.
    ///
    /// CSDL: property `bluetoothBlockDiscoverableMode`: `Edm.Boolean`, not nullable.
    pub bluetooth_block_discoverable_mode: rt::Field<bool>,
    /// Whether or not to Block the user from using bluetooth.
    ///
    /// CSDL: property `bluetoothBlocked`: `Edm.Boolean`, not nullable.
    pub bluetooth_blocked: rt::Field<bool>,
    /// Whether or not to block specific bundled Bluetooth peripherals to automatically pair with the host device.
    ///
    /// CSDL: property `bluetoothBlockPrePairing`: `Edm.Boolean`, not nullable.
    pub bluetooth_block_pre_pairing: rt::Field<bool>,
    /// Whether or not to Block the user from accessing the camera of the device.
    ///
    /// CSDL: property `cameraBlocked`: `Edm.Boolean`, not nullable.
    pub camera_blocked: rt::Field<bool>,
    /// Whether or not to Block the user from using data over cellular while roaming.
    ///
    /// CSDL: property `cellularBlockDataWhenRoaming`: `Edm.Boolean`, not nullable.
    pub cellular_block_data_when_roaming: rt::Field<bool>,
    /// Whether or not to Block the user from using VPN over cellular.
    ///
    /// CSDL: property `cellularBlockVpn`: `Edm.Boolean`, not nullable.
    pub cellular_block_vpn: rt::Field<bool>,
    /// Whether or not to Block the user from using VPN when roaming over cellular.
    ///
    /// CSDL: property `cellularBlockVpnWhenRoaming`: `Edm.Boolean`, not nullable.
    pub cellular_block_vpn_when_roaming: rt::Field<bool>,
    /// Whether or not to Block the user from doing manual root certificate installation.
    ///
    /// CSDL: property `certificatesBlockManualRootCertificateInstallation`: `Edm.Boolean`, not nullable.
    pub certificates_block_manual_root_certificate_installation: rt::Field<bool>,
    /// Whether or not to block Connected Devices Service which enables discovery and connection to other devices, remote messaging, remote app sessions and other cross-device experiences.
    ///
    /// CSDL: property `connectedDevicesServiceBlocked`: `Edm.Boolean`, not nullable.
    pub connected_devices_service_blocked: rt::Field<bool>,
    /// Whether or not to Block the user from using copy paste.
    ///
    /// CSDL: property `copyPasteBlocked`: `Edm.Boolean`, not nullable.
    pub copy_paste_blocked: rt::Field<bool>,
    /// Whether or not to Block the user from using Cortana.
    ///
    /// CSDL: property `cortanaBlocked`: `Edm.Boolean`, not nullable.
    pub cortana_blocked: rt::Field<bool>,
    /// Whether or not to block end user access to Defender.
    ///
    /// CSDL: property `defenderBlockEndUserAccess`: `Edm.Boolean`, not nullable.
    pub defender_block_end_user_access: rt::Field<bool>,
    /// Specifies the level of cloud-delivered protection.
    ///
    /// CSDL: property `defenderCloudBlockLevel`: `microsoft.graph.defenderCloudBlockLevelType`, not nullable.
    pub defender_cloud_block_level: rt::Field<crate::v1::DefenderCloudBlockLevelType>,
    /// Number of days before deleting quarantined malware. Valid values 0 to 90
    ///
    /// CSDL: property `defenderDaysBeforeDeletingQuarantinedMalware`: `Edm.Int32`, nullable.
    pub defender_days_before_deleting_quarantined_malware: rt::Field<i32>,
    /// Gets or sets Defender’s actions to take on detected Malware per threat level.
    ///
    /// CSDL: property `defenderDetectedMalwareActions`: `microsoft.graph.defenderDetectedMalwareActions`, nullable.
    pub defender_detected_malware_actions: rt::Field<
        crate::v1::DefenderDetectedMalwareActions,
    >,
    /// File extensions to exclude from scans and real time protection.
    ///
    /// CSDL: property `defenderFileExtensionsToExclude`: `Collection(Edm.String)`, nullable.
    pub defender_file_extensions_to_exclude: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Files and folder to exclude from scans and real time protection.
    ///
    /// CSDL: property `defenderFilesAndFoldersToExclude`: `Collection(Edm.String)`, nullable.
    pub defender_files_and_folders_to_exclude: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Value for monitoring file activity.
    ///
    /// CSDL: property `defenderMonitorFileActivity`: `microsoft.graph.defenderMonitorFileActivity`, not nullable.
    pub defender_monitor_file_activity: rt::Field<
        crate::v1::DefenderMonitorFileActivity,
    >,
    /// Processes to exclude from scans and real time protection.
    ///
    /// CSDL: property `defenderProcessesToExclude`: `Collection(Edm.String)`, nullable.
    pub defender_processes_to_exclude: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The configuration for how to prompt user for sample submission.
    ///
    /// CSDL: property `defenderPromptForSampleSubmission`: `microsoft.graph.defenderPromptForSampleSubmission`, not nullable.
    pub defender_prompt_for_sample_submission: rt::Field<
        crate::v1::DefenderPromptForSampleSubmission,
    >,
    /// Indicates whether or not to require behavior monitoring.
    ///
    /// CSDL: property `defenderRequireBehaviorMonitoring`: `Edm.Boolean`, not nullable.
    pub defender_require_behavior_monitoring: rt::Field<bool>,
    /// Indicates whether or not to require cloud protection.
    ///
    /// CSDL: property `defenderRequireCloudProtection`: `Edm.Boolean`, not nullable.
    pub defender_require_cloud_protection: rt::Field<bool>,
    /// Indicates whether or not to require network inspection system.
    ///
    /// CSDL: property `defenderRequireNetworkInspectionSystem`: `Edm.Boolean`, not nullable.
    pub defender_require_network_inspection_system: rt::Field<bool>,
    /// Indicates whether or not to require real time monitoring.
    ///
    /// CSDL: property `defenderRequireRealTimeMonitoring`: `Edm.Boolean`, not nullable.
    pub defender_require_real_time_monitoring: rt::Field<bool>,
    /// Indicates whether or not to scan archive files.
    ///
    /// CSDL: property `defenderScanArchiveFiles`: `Edm.Boolean`, not nullable.
    pub defender_scan_archive_files: rt::Field<bool>,
    /// Indicates whether or not to scan downloads.
    ///
    /// CSDL: property `defenderScanDownloads`: `Edm.Boolean`, not nullable.
    pub defender_scan_downloads: rt::Field<bool>,
    /// Indicates whether or not to scan incoming mail messages.
    ///
    /// CSDL: property `defenderScanIncomingMail`: `Edm.Boolean`, not nullable.
    pub defender_scan_incoming_mail: rt::Field<bool>,
    /// Indicates whether or not to scan mapped network drives during full scan.
    ///
    /// CSDL: property `defenderScanMappedNetworkDrivesDuringFullScan`: `Edm.Boolean`, not nullable.
    pub defender_scan_mapped_network_drives_during_full_scan: rt::Field<bool>,
    /// Max CPU usage percentage during scan. Valid values 0 to 100
    ///
    /// CSDL: property `defenderScanMaxCpu`: `Edm.Int32`, nullable.
    pub defender_scan_max_cpu: rt::Field<i32>,
    /// Indicates whether or not to scan files opened from a network folder.
    ///
    /// CSDL: property `defenderScanNetworkFiles`: `Edm.Boolean`, not nullable.
    pub defender_scan_network_files: rt::Field<bool>,
    /// Indicates whether or not to scan removable drives during full scan.
    ///
    /// CSDL: property `defenderScanRemovableDrivesDuringFullScan`: `Edm.Boolean`, not nullable.
    pub defender_scan_removable_drives_during_full_scan: rt::Field<bool>,
    /// Indicates whether or not to scan scripts loaded in Internet Explorer browser.
    ///
    /// CSDL: property `defenderScanScriptsLoadedInInternetExplorer`: `Edm.Boolean`, not nullable.
    pub defender_scan_scripts_loaded_in_internet_explorer: rt::Field<bool>,
    /// The defender system scan type.
    ///
    /// CSDL: property `defenderScanType`: `microsoft.graph.defenderScanType`, not nullable.
    pub defender_scan_type: rt::Field<crate::v1::DefenderScanType>,
    /// The time to perform a daily quick scan.
    ///
    /// CSDL: property `defenderScheduledQuickScanTime`: `Edm.TimeOfDay`, nullable.
    pub defender_scheduled_quick_scan_time: rt::Field<rt::edm::TimeOfDay>,
    /// The defender time for the system scan.
    ///
    /// CSDL: property `defenderScheduledScanTime`: `Edm.TimeOfDay`, nullable.
    pub defender_scheduled_scan_time: rt::Field<rt::edm::TimeOfDay>,
    /// The signature update interval in hours. Specify 0 not to check. Valid values 0 to 24
    ///
    /// CSDL: property `defenderSignatureUpdateIntervalInHours`: `Edm.Int32`, nullable.
    pub defender_signature_update_interval_in_hours: rt::Field<i32>,
    /// Defender day of the week for the system scan.
    ///
    /// CSDL: property `defenderSystemScanSchedule`: `microsoft.graph.weeklySchedule`, not nullable.
    pub defender_system_scan_schedule: rt::Field<crate::v1::WeeklySchedule>,
    /// Indicates whether or not to allow developer unlock.
    ///
    /// CSDL: property `developerUnlockSetting`: `microsoft.graph.stateManagementSetting`, not nullable.
    pub developer_unlock_setting: rt::Field<crate::v1::StateManagementSetting>,
    /// Indicates whether or not to Block the user from resetting their phone.
    ///
    /// CSDL: property `deviceManagementBlockFactoryResetOnMobile`: `Edm.Boolean`, not nullable.
    pub device_management_block_factory_reset_on_mobile: rt::Field<bool>,
    /// Indicates whether or not to Block the user from doing manual un-enrollment from device management.
    ///
    /// CSDL: property `deviceManagementBlockManualUnenroll`: `Edm.Boolean`, not nullable.
    pub device_management_block_manual_unenroll: rt::Field<bool>,
    /// Gets or sets a value allowing the device to send diagnostic and usage telemetry data, such as Watson.
    ///
    /// CSDL: property `diagnosticsDataSubmissionMode`: `microsoft.graph.diagnosticDataSubmissionMode`, not nullable.
    pub diagnostics_data_submission_mode: rt::Field<
        crate::v1::DiagnosticDataSubmissionMode,
    >,
    /// Allow users to change Start pages on Edge. Use the EdgeHomepageUrls to specify the Start pages that the user would see by default when they open Edge.
    ///
    /// CSDL: property `edgeAllowStartPagesModification`: `Edm.Boolean`, not nullable.
    pub edge_allow_start_pages_modification: rt::Field<bool>,
    /// Indicates whether or not to prevent access to about flags on Edge browser.
    ///
    /// CSDL: property `edgeBlockAccessToAboutFlags`: `Edm.Boolean`, not nullable.
    pub edge_block_access_to_about_flags: rt::Field<bool>,
    /// Block the address bar dropdown functionality in Microsoft Edge. Disable this settings to minimize network connections from Microsoft Edge to Microsoft services.
    ///
    /// CSDL: property `edgeBlockAddressBarDropdown`: `Edm.Boolean`, not nullable.
    pub edge_block_address_bar_dropdown: rt::Field<bool>,
    /// Indicates whether or not to block auto fill.
    ///
    /// CSDL: property `edgeBlockAutofill`: `Edm.Boolean`, not nullable.
    pub edge_block_autofill: rt::Field<bool>,
    /// Block Microsoft compatibility list in Microsoft Edge. This list from Microsoft helps Edge properly display sites with known compatibility issues.
    ///
    /// CSDL: property `edgeBlockCompatibilityList`: `Edm.Boolean`, not nullable.
    pub edge_block_compatibility_list: rt::Field<bool>,
    /// Indicates whether or not to block developer tools in the Edge browser.
    ///
    /// CSDL: property `edgeBlockDeveloperTools`: `Edm.Boolean`, not nullable.
    pub edge_block_developer_tools: rt::Field<bool>,
    /// Indicates whether or not to Block the user from using the Edge browser.
    ///
    /// CSDL: property `edgeBlocked`: `Edm.Boolean`, not nullable.
    pub edge_blocked: rt::Field<bool>,
    /// Indicates whether or not to block extensions in the Edge browser.
    ///
    /// CSDL: property `edgeBlockExtensions`: `Edm.Boolean`, not nullable.
    pub edge_block_extensions: rt::Field<bool>,
    /// Indicates whether or not to block InPrivate browsing on corporate networks, in the Edge browser.
    ///
    /// CSDL: property `edgeBlockInPrivateBrowsing`: `Edm.Boolean`, not nullable.
    pub edge_block_in_private_browsing: rt::Field<bool>,
    /// Indicates whether or not to Block the user from using JavaScript.
    ///
    /// CSDL: property `edgeBlockJavaScript`: `Edm.Boolean`, not nullable.
    pub edge_block_java_script: rt::Field<bool>,
    /// Block the collection of information by Microsoft for live tile creation when users pin a site to Start from Microsoft Edge.
    ///
    /// CSDL: property `edgeBlockLiveTileDataCollection`: `Edm.Boolean`, not nullable.
    pub edge_block_live_tile_data_collection: rt::Field<bool>,
    /// Indicates whether or not to Block password manager.
    ///
    /// CSDL: property `edgeBlockPasswordManager`: `Edm.Boolean`, not nullable.
    pub edge_block_password_manager: rt::Field<bool>,
    /// Indicates whether or not to block popups.
    ///
    /// CSDL: property `edgeBlockPopups`: `Edm.Boolean`, not nullable.
    pub edge_block_popups: rt::Field<bool>,
    /// Indicates whether or not to block the user from using the search suggestions in the address bar.
    ///
    /// CSDL: property `edgeBlockSearchSuggestions`: `Edm.Boolean`, not nullable.
    pub edge_block_search_suggestions: rt::Field<bool>,
    /// Indicates whether or not to Block the user from sending the do not track header.
    ///
    /// CSDL: property `edgeBlockSendingDoNotTrackHeader`: `Edm.Boolean`, not nullable.
    pub edge_block_sending_do_not_track_header: rt::Field<bool>,
    /// Indicates whether or not to switch the intranet traffic from Edge to Internet Explorer. Note: the name of this property is misleading; the property is obsolete, use EdgeSendIntranetTrafficToInternetExplorer instead.
    ///
    /// CSDL: property `edgeBlockSendingIntranetTrafficToInternetExplorer`: `Edm.Boolean`, not nullable.
    pub edge_block_sending_intranet_traffic_to_internet_explorer: rt::Field<bool>,
    /// Clear browsing data on exiting Microsoft Edge.
    ///
    /// CSDL: property `edgeClearBrowsingDataOnExit`: `Edm.Boolean`, not nullable.
    pub edge_clear_browsing_data_on_exit: rt::Field<bool>,
    /// Indicates which cookies to block in the Edge browser.
    ///
    /// CSDL: property `edgeCookiePolicy`: `microsoft.graph.edgeCookiePolicy`, not nullable.
    pub edge_cookie_policy: rt::Field<crate::v1::EdgeCookiePolicy>,
    /// Block the Microsoft web page that opens on the first use of Microsoft Edge. This policy allows enterprises, like those enrolled in zero emissions configurations, to block this page.
    ///
    /// CSDL: property `edgeDisableFirstRunPage`: `Edm.Boolean`, not nullable.
    pub edge_disable_first_run_page: rt::Field<bool>,
    /// Indicates the enterprise mode site list location. Could be a local file, local network or http location.
    ///
    /// CSDL: property `edgeEnterpriseModeSiteListLocation`: `Edm.String`, nullable.
    pub edge_enterprise_mode_site_list_location: rt::Field<::std::string::String>,
    /// The first run URL for when Edge browser is opened for the first time.
    ///
    /// CSDL: property `edgeFirstRunUrl`: `Edm.String`, nullable.
    pub edge_first_run_url: rt::Field<::std::string::String>,
    /// The list of URLs for homepages shodwn on MDM-enrolled devices on Edge browser.
    ///
    /// CSDL: property `edgeHomepageUrls`: `Collection(Edm.String)`, nullable.
    pub edge_homepage_urls: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Indicates whether or not to Require the user to use the smart screen filter.
    ///
    /// CSDL: property `edgeRequireSmartScreen`: `Edm.Boolean`, not nullable.
    pub edge_require_smart_screen: rt::Field<bool>,
    /// Allows IT admins to set a default search engine for MDM-Controlled devices. Users can override this and change their default search engine provided the AllowSearchEngineCustomization policy is not set.
    ///
    /// CSDL: property `edgeSearchEngine`: `microsoft.graph.edgeSearchEngineBase`, nullable.
    pub edge_search_engine: rt::Field<crate::v1::AnyEdgeSearchEngineBase>,
    /// Indicates whether or not to switch the intranet traffic from Edge to Internet Explorer.
    ///
    /// CSDL: property `edgeSendIntranetTrafficToInternetExplorer`: `Edm.Boolean`, not nullable.
    pub edge_send_intranet_traffic_to_internet_explorer: rt::Field<bool>,
    /// Enable favorites sync between Internet Explorer and Microsoft Edge. Additions, deletions, modifications and order changes to favorites are shared between browsers.
    ///
    /// CSDL: property `edgeSyncFavoritesWithInternetExplorer`: `Edm.Boolean`, not nullable.
    pub edge_sync_favorites_with_internet_explorer: rt::Field<bool>,
    /// Endpoint for discovering cloud printers.
    ///
    /// CSDL: property `enterpriseCloudPrintDiscoveryEndPoint`: `Edm.String`, nullable.
    pub enterprise_cloud_print_discovery_end_point: rt::Field<::std::string::String>,
    /// Maximum number of printers that should be queried from a discovery endpoint. This is a mobile only setting. Valid values 1 to 65535
    ///
    /// CSDL: property `enterpriseCloudPrintDiscoveryMaxLimit`: `Edm.Int32`, nullable.
    pub enterprise_cloud_print_discovery_max_limit: rt::Field<i32>,
    /// OAuth resource URI for printer discovery service as configured in Azure portal.
    ///
    /// CSDL: property `enterpriseCloudPrintMopriaDiscoveryResourceIdentifier`: `Edm.String`, nullable.
    pub enterprise_cloud_print_mopria_discovery_resource_identifier: rt::Field<
        ::std::string::String,
    >,
    /// Authentication endpoint for acquiring OAuth tokens.
    ///
    /// CSDL: property `enterpriseCloudPrintOAuthAuthority`: `Edm.String`, nullable.
    pub enterprise_cloud_print_o_auth_authority: rt::Field<::std::string::String>,
    /// GUID of a client application authorized to retrieve OAuth tokens from the OAuth Authority.
    ///
    /// CSDL: property `enterpriseCloudPrintOAuthClientIdentifier`: `Edm.String`, nullable.
    pub enterprise_cloud_print_o_auth_client_identifier: rt::Field<
        ::std::string::String,
    >,
    /// OAuth resource URI for print service as configured in the Azure portal.
    ///
    /// CSDL: property `enterpriseCloudPrintResourceIdentifier`: `Edm.String`, nullable.
    pub enterprise_cloud_print_resource_identifier: rt::Field<::std::string::String>,
    /// Indicates whether or not to enable device discovery UX.
    ///
    /// CSDL: property `experienceBlockDeviceDiscovery`: `Edm.Boolean`, not nullable.
    pub experience_block_device_discovery: rt::Field<bool>,
    /// Indicates whether or not to allow the error dialog from displaying if no SIM card is detected.
    ///
    /// CSDL: property `experienceBlockErrorDialogWhenNoSIM`: `Edm.Boolean`, not nullable.
    pub experience_block_error_dialog_when_no_sim: rt::Field<bool>,
    /// Indicates whether or not to enable task switching on the device.
    ///
    /// CSDL: property `experienceBlockTaskSwitcher`: `Edm.Boolean`, not nullable.
    pub experience_block_task_switcher: rt::Field<bool>,
    /// Indicates whether or not to block DVR and broadcasting.
    ///
    /// CSDL: property `gameDvrBlocked`: `Edm.Boolean`, not nullable.
    pub game_dvr_blocked: rt::Field<bool>,
    /// Indicates whether or not to Block the user from using internet sharing.
    ///
    /// CSDL: property `internetSharingBlocked`: `Edm.Boolean`, not nullable.
    pub internet_sharing_blocked: rt::Field<bool>,
    /// Indicates whether or not to Block the user from location services.
    ///
    /// CSDL: property `locationServicesBlocked`: `Edm.Boolean`, not nullable.
    pub location_services_blocked: rt::Field<bool>,
    /// Specify whether to show a user-configurable setting to control the screen timeout while on the lock screen of Windows 10 Mobile devices. If this policy is set to Allow, the value set by lockScreenTimeoutInSeconds is ignored.
    ///
    /// CSDL: property `lockScreenAllowTimeoutConfiguration`: `Edm.Boolean`, not nullable.
    pub lock_screen_allow_timeout_configuration: rt::Field<bool>,
    /// Indicates whether or not to block action center notifications over lock screen.
    ///
    /// CSDL: property `lockScreenBlockActionCenterNotifications`: `Edm.Boolean`, not nullable.
    pub lock_screen_block_action_center_notifications: rt::Field<bool>,
    /// Indicates whether or not the user can interact with Cortana using speech while the system is locked.
    ///
    /// CSDL: property `lockScreenBlockCortana`: `Edm.Boolean`, not nullable.
    pub lock_screen_block_cortana: rt::Field<bool>,
    /// Indicates whether to allow toast notifications above the device lock screen.
    ///
    /// CSDL: property `lockScreenBlockToastNotifications`: `Edm.Boolean`, not nullable.
    pub lock_screen_block_toast_notifications: rt::Field<bool>,
    /// Set the duration (in seconds) from the screen locking to the screen turning off for Windows 10 Mobile devices. Supported values are 11-1800. Valid values 11 to 1800
    ///
    /// CSDL: property `lockScreenTimeoutInSeconds`: `Edm.Int32`, nullable.
    pub lock_screen_timeout_in_seconds: rt::Field<i32>,
    /// Disables the ability to quickly switch between users that are logged on simultaneously without logging off.
    ///
    /// CSDL: property `logonBlockFastUserSwitching`: `Edm.Boolean`, not nullable.
    pub logon_block_fast_user_switching: rt::Field<bool>,
    /// Indicates whether or not to Block a Microsoft account.
    ///
    /// CSDL: property `microsoftAccountBlocked`: `Edm.Boolean`, not nullable.
    pub microsoft_account_blocked: rt::Field<bool>,
    /// Indicates whether or not to Block Microsoft account settings sync.
    ///
    /// CSDL: property `microsoftAccountBlockSettingsSync`: `Edm.Boolean`, not nullable.
    pub microsoft_account_block_settings_sync: rt::Field<bool>,
    /// If set, proxy settings will be applied to all processes and accounts in the device. Otherwise, it will be applied to the user account that’s enrolled into MDM.
    ///
    /// CSDL: property `networkProxyApplySettingsDeviceWide`: `Edm.Boolean`, not nullable.
    pub network_proxy_apply_settings_device_wide: rt::Field<bool>,
    /// Address to the proxy auto-config (PAC) script you want to use.
    ///
    /// CSDL: property `networkProxyAutomaticConfigurationUrl`: `Edm.String`, nullable.
    pub network_proxy_automatic_configuration_url: rt::Field<::std::string::String>,
    /// Disable automatic detection of settings. If enabled, the system will try to find the path to a proxy auto-config (PAC) script.
    ///
    /// CSDL: property `networkProxyDisableAutoDetect`: `Edm.Boolean`, not nullable.
    pub network_proxy_disable_auto_detect: rt::Field<bool>,
    /// Specifies manual proxy server settings.
    ///
    /// CSDL: property `networkProxyServer`: `microsoft.graph.windows10NetworkProxyServer`, nullable.
    pub network_proxy_server: rt::Field<crate::v1::Windows10NetworkProxyServer>,
    /// Indicates whether or not to Block the user from using near field communication.
    ///
    /// CSDL: property `nfcBlocked`: `Edm.Boolean`, not nullable.
    pub nfc_blocked: rt::Field<bool>,
    /// Gets or sets a value allowing IT admins to prevent apps and features from working with files on OneDrive.
    ///
    /// CSDL: property `oneDriveDisableFileSync`: `Edm.Boolean`, not nullable.
    pub one_drive_disable_file_sync: rt::Field<bool>,
    /// Specify whether PINs or passwords such as "1111" or "1234" are allowed. For Windows 10 desktops, it also controls the use of picture passwords.
    ///
    /// CSDL: property `passwordBlockSimple`: `Edm.Boolean`, not nullable.
    pub password_block_simple: rt::Field<bool>,
    /// The password expiration in days. Valid values 0 to 730
    ///
    /// CSDL: property `passwordExpirationDays`: `Edm.Int32`, nullable.
    pub password_expiration_days: rt::Field<i32>,
    /// The number of character sets required in the password.
    ///
    /// CSDL: property `passwordMinimumCharacterSetCount`: `Edm.Int32`, nullable.
    pub password_minimum_character_set_count: rt::Field<i32>,
    /// The minimum password length. Valid values 4 to 16
    ///
    /// CSDL: property `passwordMinimumLength`: `Edm.Int32`, nullable.
    pub password_minimum_length: rt::Field<i32>,
    /// The minutes of inactivity before the screen times out.
    ///
    /// CSDL: property `passwordMinutesOfInactivityBeforeScreenTimeout`: `Edm.Int32`, nullable.
    pub password_minutes_of_inactivity_before_screen_timeout: rt::Field<i32>,
    /// The number of previous passwords to prevent reuse of. Valid values 0 to 50
    ///
    /// CSDL: property `passwordPreviousPasswordBlockCount`: `Edm.Int32`, nullable.
    pub password_previous_password_block_count: rt::Field<i32>,
    /// Indicates whether or not to require the user to have a password.
    ///
    /// CSDL: property `passwordRequired`: `Edm.Boolean`, not nullable.
    pub password_required: rt::Field<bool>,
    /// The required password type.
    ///
    /// CSDL: property `passwordRequiredType`: `microsoft.graph.requiredPasswordType`, not nullable.
    pub password_required_type: rt::Field<crate::v1::RequiredPasswordType>,
    /// Indicates whether or not to require a password upon resuming from an idle state.
    ///
    /// CSDL: property `passwordRequireWhenResumeFromIdleState`: `Edm.Boolean`, not nullable.
    pub password_require_when_resume_from_idle_state: rt::Field<bool>,
    /// The number of sign in failures before factory reset. Valid values 0 to 999
    ///
    /// CSDL: property `passwordSignInFailureCountBeforeFactoryReset`: `Edm.Int32`, nullable.
    pub password_sign_in_failure_count_before_factory_reset: rt::Field<i32>,
    /// A http or https Url to a jpg, jpeg or png image that needs to be downloaded and used as the Desktop Image or a file Url to a local image on the file system that needs to used as the Desktop Image.
    ///
    /// CSDL: property `personalizationDesktopImageUrl`: `Edm.String`, nullable.
    pub personalization_desktop_image_url: rt::Field<::std::string::String>,
    /// A http or https Url to a jpg, jpeg or png image that neeeds to be downloaded and used as the Lock Screen Image or a file Url to a local image on the file system that needs to be used as the Lock Screen Image.
    ///
    /// CSDL: property `personalizationLockScreenImageUrl`: `Edm.String`, nullable.
    pub personalization_lock_screen_image_url: rt::Field<::std::string::String>,
    /// Enables or disables the use of advertising ID. Added in Windows 10, version 1607.
    ///
    /// CSDL: property `privacyAdvertisingId`: `microsoft.graph.stateManagementSetting`, not nullable.
    pub privacy_advertising_id: rt::Field<crate::v1::StateManagementSetting>,
    /// Indicates whether or not to allow the automatic acceptance of the pairing and privacy user consent dialog when launching apps.
    ///
    /// CSDL: property `privacyAutoAcceptPairingAndConsentPrompts`: `Edm.Boolean`, not nullable.
    pub privacy_auto_accept_pairing_and_consent_prompts: rt::Field<bool>,
    /// Indicates whether or not to block the usage of cloud based speech services for Cortana, Dictation, or Store applications.
    ///
    /// CSDL: property `privacyBlockInputPersonalization`: `Edm.Boolean`, not nullable.
    pub privacy_block_input_personalization: rt::Field<bool>,
    /// Indicates whether or not to Block the user from reset protection mode.
    ///
    /// CSDL: property `resetProtectionModeBlocked`: `Edm.Boolean`, not nullable.
    pub reset_protection_mode_blocked: rt::Field<bool>,
    /// Specifies what filter level of safe search is required.
    ///
    /// CSDL: property `safeSearchFilter`: `microsoft.graph.safeSearchFilterType`, not nullable.
    pub safe_search_filter: rt::Field<crate::v1::SafeSearchFilterType>,
    /// Indicates whether or not to Block the user from taking Screenshots.
    ///
    /// CSDL: property `screenCaptureBlocked`: `Edm.Boolean`, not nullable.
    pub screen_capture_blocked: rt::Field<bool>,
    /// Specifies if search can use diacritics.
    ///
    /// CSDL: property `searchBlockDiacritics`: `Edm.Boolean`, not nullable.
    pub search_block_diacritics: rt::Field<bool>,
    /// Specifies whether to use automatic language detection when indexing content and properties.
    ///
    /// CSDL: property `searchDisableAutoLanguageDetection`: `Edm.Boolean`, not nullable.
    pub search_disable_auto_language_detection: rt::Field<bool>,
    /// Indicates whether or not to disable the search indexer backoff feature.
    ///
    /// CSDL: property `searchDisableIndexerBackoff`: `Edm.Boolean`, not nullable.
    pub search_disable_indexer_backoff: rt::Field<bool>,
    /// Indicates whether or not to block indexing of WIP-protected items to prevent them from appearing in search results for Cortana or Explorer.
    ///
    /// CSDL: property `searchDisableIndexingEncryptedItems`: `Edm.Boolean`, not nullable.
    pub search_disable_indexing_encrypted_items: rt::Field<bool>,
    /// Indicates whether or not to allow users to add locations on removable drives to libraries and to be indexed.
    ///
    /// CSDL: property `searchDisableIndexingRemovableDrive`: `Edm.Boolean`, not nullable.
    pub search_disable_indexing_removable_drive: rt::Field<bool>,
    /// Specifies minimum amount of hard drive space on the same drive as the index location before indexing stops.
    ///
    /// CSDL: property `searchEnableAutomaticIndexSizeManangement`: `Edm.Boolean`, not nullable.
    pub search_enable_automatic_index_size_manangement: rt::Field<bool>,
    /// Indicates whether or not to block remote queries of this computer’s index.
    ///
    /// CSDL: property `searchEnableRemoteQueries`: `Edm.Boolean`, not nullable.
    pub search_enable_remote_queries: rt::Field<bool>,
    /// Indicates whether or not to block access to Accounts in Settings app.
    ///
    /// CSDL: property `settingsBlockAccountsPage`: `Edm.Boolean`, not nullable.
    pub settings_block_accounts_page: rt::Field<bool>,
    /// Indicates whether or not to block the user from installing provisioning packages.
    ///
    /// CSDL: property `settingsBlockAddProvisioningPackage`: `Edm.Boolean`, not nullable.
    pub settings_block_add_provisioning_package: rt::Field<bool>,
    /// Indicates whether or not to block access to Apps in Settings app.
    ///
    /// CSDL: property `settingsBlockAppsPage`: `Edm.Boolean`, not nullable.
    pub settings_block_apps_page: rt::Field<bool>,
    /// Indicates whether or not to block the user from changing the language settings.
    ///
    /// CSDL: property `settingsBlockChangeLanguage`: `Edm.Boolean`, not nullable.
    pub settings_block_change_language: rt::Field<bool>,
    /// Indicates whether or not to block the user from changing power and sleep settings.
    ///
    /// CSDL: property `settingsBlockChangePowerSleep`: `Edm.Boolean`, not nullable.
    pub settings_block_change_power_sleep: rt::Field<bool>,
    /// Indicates whether or not to block the user from changing the region settings.
    ///
    /// CSDL: property `settingsBlockChangeRegion`: `Edm.Boolean`, not nullable.
    pub settings_block_change_region: rt::Field<bool>,
    /// Indicates whether or not to block the user from changing date and time settings.
    ///
    /// CSDL: property `settingsBlockChangeSystemTime`: `Edm.Boolean`, not nullable.
    pub settings_block_change_system_time: rt::Field<bool>,
    /// Indicates whether or not to block access to Devices in Settings app.
    ///
    /// CSDL: property `settingsBlockDevicesPage`: `Edm.Boolean`, not nullable.
    pub settings_block_devices_page: rt::Field<bool>,
    /// Indicates whether or not to block access to Ease of Access in Settings app.
    ///
    /// CSDL: property `settingsBlockEaseOfAccessPage`: `Edm.Boolean`, not nullable.
    pub settings_block_ease_of_access_page: rt::Field<bool>,
    /// Indicates whether or not to block the user from editing the device name.
    ///
    /// CSDL: property `settingsBlockEditDeviceName`: `Edm.Boolean`, not nullable.
    pub settings_block_edit_device_name: rt::Field<bool>,
    /// Indicates whether or not to block access to Gaming in Settings app.
    ///
    /// CSDL: property `settingsBlockGamingPage`: `Edm.Boolean`, not nullable.
    pub settings_block_gaming_page: rt::Field<bool>,
    /// Indicates whether or not to block access to Network & Internet in Settings app.
    ///
    /// CSDL: property `settingsBlockNetworkInternetPage`: `Edm.Boolean`, not nullable.
    pub settings_block_network_internet_page: rt::Field<bool>,
    /// Indicates whether or not to block access to Personalization in Settings app.
    ///
    /// CSDL: property `settingsBlockPersonalizationPage`: `Edm.Boolean`, not nullable.
    pub settings_block_personalization_page: rt::Field<bool>,
    /// Indicates whether or not to block access to Privacy in Settings app.
    ///
    /// CSDL: property `settingsBlockPrivacyPage`: `Edm.Boolean`, not nullable.
    pub settings_block_privacy_page: rt::Field<bool>,
    /// Indicates whether or not to block the runtime configuration agent from removing provisioning packages.
    ///
    /// CSDL: property `settingsBlockRemoveProvisioningPackage`: `Edm.Boolean`, not nullable.
    pub settings_block_remove_provisioning_package: rt::Field<bool>,
    /// Indicates whether or not to block access to Settings app.
    ///
    /// CSDL: property `settingsBlockSettingsApp`: `Edm.Boolean`, not nullable.
    pub settings_block_settings_app: rt::Field<bool>,
    /// Indicates whether or not to block access to System in Settings app.
    ///
    /// CSDL: property `settingsBlockSystemPage`: `Edm.Boolean`, not nullable.
    pub settings_block_system_page: rt::Field<bool>,
    /// Indicates whether or not to block access to Time & Language in Settings app.
    ///
    /// CSDL: property `settingsBlockTimeLanguagePage`: `Edm.Boolean`, not nullable.
    pub settings_block_time_language_page: rt::Field<bool>,
    /// Indicates whether or not to block access to Update & Security in Settings app.
    ///
    /// CSDL: property `settingsBlockUpdateSecurityPage`: `Edm.Boolean`, not nullable.
    pub settings_block_update_security_page: rt::Field<bool>,
    /// Indicates whether or not to block multiple users of the same app to share data.
    ///
    /// CSDL: property `sharedUserAppDataAllowed`: `Edm.Boolean`, not nullable.
    pub shared_user_app_data_allowed: rt::Field<bool>,
    /// Indicates whether or not users can override SmartScreen Filter warnings about potentially malicious websites.
    ///
    /// CSDL: property `smartScreenBlockPromptOverride`: `Edm.Boolean`, not nullable.
    pub smart_screen_block_prompt_override: rt::Field<bool>,
    /// Indicates whether or not users can override the SmartScreen Filter warnings about downloading unverified files
    ///
    /// CSDL: property `smartScreenBlockPromptOverrideForFiles`: `Edm.Boolean`, not nullable.
    pub smart_screen_block_prompt_override_for_files: rt::Field<bool>,
    /// This property will be deprecated in July 2019 and will be replaced by property SmartScreenAppInstallControl. Allows IT Admins to control whether users are allowed to install apps from places other than the Store.
    ///
    /// CSDL: property `smartScreenEnableAppInstallControl`: `Edm.Boolean`, not nullable.
    pub smart_screen_enable_app_install_control: rt::Field<bool>,
    /// Indicates whether or not to block the user from unpinning apps from taskbar.
    ///
    /// CSDL: property `startBlockUnpinningAppsFromTaskbar`: `Edm.Boolean`, not nullable.
    pub start_block_unpinning_apps_from_taskbar: rt::Field<bool>,
    /// Setting the value of this collapses the app list, removes the app list entirely, or disables the corresponding toggle in the Settings app.
    ///
    /// CSDL: property `startMenuAppListVisibility`: `microsoft.graph.windowsStartMenuAppListVisibilityType`, not nullable.
    pub start_menu_app_list_visibility: rt::Field<
        rt::Flags<crate::v1::WindowsStartMenuAppListVisibilityType>,
    >,
    /// Enabling this policy hides the change account setting from appearing in the user tile in the start menu.
    ///
    /// CSDL: property `startMenuHideChangeAccountSettings`: `Edm.Boolean`, not nullable.
    pub start_menu_hide_change_account_settings: rt::Field<bool>,
    /// Enabling this policy hides the most used apps from appearing on the start menu and disables the corresponding toggle in the Settings app.
    ///
    /// CSDL: property `startMenuHideFrequentlyUsedApps`: `Edm.Boolean`, not nullable.
    pub start_menu_hide_frequently_used_apps: rt::Field<bool>,
    /// Enabling this policy hides hibernate from appearing in the power button in the start menu.
    ///
    /// CSDL: property `startMenuHideHibernate`: `Edm.Boolean`, not nullable.
    pub start_menu_hide_hibernate: rt::Field<bool>,
    /// Enabling this policy hides lock from appearing in the user tile in the start menu.
    ///
    /// CSDL: property `startMenuHideLock`: `Edm.Boolean`, not nullable.
    pub start_menu_hide_lock: rt::Field<bool>,
    /// Enabling this policy hides the power button from appearing in the start menu.
    ///
    /// CSDL: property `startMenuHidePowerButton`: `Edm.Boolean`, not nullable.
    pub start_menu_hide_power_button: rt::Field<bool>,
    /// Enabling this policy hides recent jump lists from appearing on the start menu/taskbar and disables the corresponding toggle in the Settings app.
    ///
    /// CSDL: property `startMenuHideRecentJumpLists`: `Edm.Boolean`, not nullable.
    pub start_menu_hide_recent_jump_lists: rt::Field<bool>,
    /// Enabling this policy hides recently added apps from appearing on the start menu and disables the corresponding toggle in the Settings app.
    ///
    /// CSDL: property `startMenuHideRecentlyAddedApps`: `Edm.Boolean`, not nullable.
    pub start_menu_hide_recently_added_apps: rt::Field<bool>,
    /// Enabling this policy hides “Restart/Update and Restart” from appearing in the power button in the start menu.
    ///
    /// CSDL: property `startMenuHideRestartOptions`: `Edm.Boolean`, not nullable.
    pub start_menu_hide_restart_options: rt::Field<bool>,
    /// Enabling this policy hides shut down/update and shut down from appearing in the power button in the start menu.
    ///
    /// CSDL: property `startMenuHideShutDown`: `Edm.Boolean`, not nullable.
    pub start_menu_hide_shut_down: rt::Field<bool>,
    /// Enabling this policy hides sign out from appearing in the user tile in the start menu.
    ///
    /// CSDL: property `startMenuHideSignOut`: `Edm.Boolean`, not nullable.
    pub start_menu_hide_sign_out: rt::Field<bool>,
    /// Enabling this policy hides sleep from appearing in the power button in the start menu.
    ///
    /// CSDL: property `startMenuHideSleep`: `Edm.Boolean`, not nullable.
    pub start_menu_hide_sleep: rt::Field<bool>,
    /// Enabling this policy hides switch account from appearing in the user tile in the start menu.
    ///
    /// CSDL: property `startMenuHideSwitchAccount`: `Edm.Boolean`, not nullable.
    pub start_menu_hide_switch_account: rt::Field<bool>,
    /// Enabling this policy hides the user tile from appearing in the start menu.
    ///
    /// CSDL: property `startMenuHideUserTile`: `Edm.Boolean`, not nullable.
    pub start_menu_hide_user_tile: rt::Field<bool>,
    /// This policy setting allows you to import Edge assets to be used with startMenuLayoutXml policy. Start layout can contain secondary tile from Edge app which looks for Edge local asset file. Edge local asset would not exist and cause Edge secondary tile to appear empty in this case. This policy only gets applied when startMenuLayoutXml policy is modified. The value should be a UTF-8 Base64 encoded byte array.
    ///
    /// CSDL: property `startMenuLayoutEdgeAssetsXml`: `Edm.Binary`, nullable.
    pub start_menu_layout_edge_assets_xml: rt::Field<rt::edm::Binary>,
    /// Allows admins to override the default Start menu layout and prevents the user from changing it. The layout is modified by specifying an XML file based on a layout modification schema. XML needs to be in a UTF8 encoded byte array format.
    ///
    /// CSDL: property `startMenuLayoutXml`: `Edm.Binary`, nullable.
    pub start_menu_layout_xml: rt::Field<rt::edm::Binary>,
    /// Allows admins to decide how the Start menu is displayed.
    ///
    /// CSDL: property `startMenuMode`: `microsoft.graph.windowsStartMenuModeType`, not nullable.
    pub start_menu_mode: rt::Field<crate::v1::WindowsStartMenuModeType>,
    /// Enforces the visibility (Show/Hide) of the Documents folder shortcut on the Start menu.
    ///
    /// CSDL: property `startMenuPinnedFolderDocuments`: `microsoft.graph.visibilitySetting`, not nullable.
    pub start_menu_pinned_folder_documents: rt::Field<crate::v1::VisibilitySetting>,
    /// Enforces the visibility (Show/Hide) of the Downloads folder shortcut on the Start menu.
    ///
    /// CSDL: property `startMenuPinnedFolderDownloads`: `microsoft.graph.visibilitySetting`, not nullable.
    pub start_menu_pinned_folder_downloads: rt::Field<crate::v1::VisibilitySetting>,
    /// Enforces the visibility (Show/Hide) of the FileExplorer shortcut on the Start menu.
    ///
    /// CSDL: property `startMenuPinnedFolderFileExplorer`: `microsoft.graph.visibilitySetting`, not nullable.
    pub start_menu_pinned_folder_file_explorer: rt::Field<crate::v1::VisibilitySetting>,
    /// Enforces the visibility (Show/Hide) of the HomeGroup folder shortcut on the Start menu.
    ///
    /// CSDL: property `startMenuPinnedFolderHomeGroup`: `microsoft.graph.visibilitySetting`, not nullable.
    pub start_menu_pinned_folder_home_group: rt::Field<crate::v1::VisibilitySetting>,
    /// Enforces the visibility (Show/Hide) of the Music folder shortcut on the Start menu.
    ///
    /// CSDL: property `startMenuPinnedFolderMusic`: `microsoft.graph.visibilitySetting`, not nullable.
    pub start_menu_pinned_folder_music: rt::Field<crate::v1::VisibilitySetting>,
    /// Enforces the visibility (Show/Hide) of the Network folder shortcut on the Start menu.
    ///
    /// CSDL: property `startMenuPinnedFolderNetwork`: `microsoft.graph.visibilitySetting`, not nullable.
    pub start_menu_pinned_folder_network: rt::Field<crate::v1::VisibilitySetting>,
    /// Enforces the visibility (Show/Hide) of the PersonalFolder shortcut on the Start menu.
    ///
    /// CSDL: property `startMenuPinnedFolderPersonalFolder`: `microsoft.graph.visibilitySetting`, not nullable.
    pub start_menu_pinned_folder_personal_folder: rt::Field<
        crate::v1::VisibilitySetting,
    >,
    /// Enforces the visibility (Show/Hide) of the Pictures folder shortcut on the Start menu.
    ///
    /// CSDL: property `startMenuPinnedFolderPictures`: `microsoft.graph.visibilitySetting`, not nullable.
    pub start_menu_pinned_folder_pictures: rt::Field<crate::v1::VisibilitySetting>,
    /// Enforces the visibility (Show/Hide) of the Settings folder shortcut on the Start menu.
    ///
    /// CSDL: property `startMenuPinnedFolderSettings`: `microsoft.graph.visibilitySetting`, not nullable.
    pub start_menu_pinned_folder_settings: rt::Field<crate::v1::VisibilitySetting>,
    /// Enforces the visibility (Show/Hide) of the Videos folder shortcut on the Start menu.
    ///
    /// CSDL: property `startMenuPinnedFolderVideos`: `microsoft.graph.visibilitySetting`, not nullable.
    pub start_menu_pinned_folder_videos: rt::Field<crate::v1::VisibilitySetting>,
    /// Indicates whether or not to Block the user from using removable storage.
    ///
    /// CSDL: property `storageBlockRemovableStorage`: `Edm.Boolean`, not nullable.
    pub storage_block_removable_storage: rt::Field<bool>,
    /// Indicating whether or not to require encryption on a mobile device.
    ///
    /// CSDL: property `storageRequireMobileDeviceEncryption`: `Edm.Boolean`, not nullable.
    pub storage_require_mobile_device_encryption: rt::Field<bool>,
    /// Indicates whether application data is restricted to the system drive.
    ///
    /// CSDL: property `storageRestrictAppDataToSystemVolume`: `Edm.Boolean`, not nullable.
    pub storage_restrict_app_data_to_system_volume: rt::Field<bool>,
    /// Indicates whether the installation of applications is restricted to the system drive.
    ///
    /// CSDL: property `storageRestrictAppInstallToSystemVolume`: `Edm.Boolean`, not nullable.
    pub storage_restrict_app_install_to_system_volume: rt::Field<bool>,
    /// Whether the device is required to connect to the network.
    ///
    /// CSDL: property `tenantLockdownRequireNetworkDuringOutOfBoxExperience`: `Edm.Boolean`, not nullable.
    pub tenant_lockdown_require_network_during_out_of_box_experience: rt::Field<bool>,
    /// Indicates whether or not to Block the user from USB connection.
    ///
    /// CSDL: property `usbBlocked`: `Edm.Boolean`, not nullable.
    pub usb_blocked: rt::Field<bool>,
    /// Indicates whether or not to Block the user from voice recording.
    ///
    /// CSDL: property `voiceRecordingBlocked`: `Edm.Boolean`, not nullable.
    pub voice_recording_blocked: rt::Field<bool>,
    /// Indicates whether or not user's localhost IP address is displayed while making phone calls using the WebRTC
    ///
    /// CSDL: property `webRtcBlockLocalhostIpAddress`: `Edm.Boolean`, not nullable.
    pub web_rtc_block_localhost_ip_address: rt::Field<bool>,
    /// Indicating whether or not to block automatically connecting to Wi-Fi hotspots. Has no impact if Wi-Fi is blocked.
    ///
    /// CSDL: property `wiFiBlockAutomaticConnectHotspots`: `Edm.Boolean`, not nullable.
    pub wi_fi_block_automatic_connect_hotspots: rt::Field<bool>,
    /// Indicates whether or not to Block the user from using Wi-Fi.
    ///
    /// CSDL: property `wiFiBlocked`: `Edm.Boolean`, not nullable.
    pub wi_fi_blocked: rt::Field<bool>,
    /// Indicates whether or not to Block the user from using Wi-Fi manual configuration.
    ///
    /// CSDL: property `wiFiBlockManualConfiguration`: `Edm.Boolean`, not nullable.
    pub wi_fi_block_manual_configuration: rt::Field<bool>,
    /// Specify how often devices scan for Wi-Fi networks. Supported values are 1-500, where 100 = default, and 500 = low frequency. Valid values 1 to 500
    ///
    /// CSDL: property `wiFiScanInterval`: `Edm.Int32`, nullable.
    pub wi_fi_scan_interval: rt::Field<i32>,
    /// Allows IT admins to block experiences that are typically for consumers only, such as Start suggestions, Membership notifications, Post-OOBE app install and redirect tiles.
    ///
    /// CSDL: property `windowsSpotlightBlockConsumerSpecificFeatures`: `Edm.Boolean`, not nullable.
    pub windows_spotlight_block_consumer_specific_features: rt::Field<bool>,
    /// Allows IT admins to turn off all Windows Spotlight features
    ///
    /// CSDL: property `windowsSpotlightBlocked`: `Edm.Boolean`, not nullable.
    pub windows_spotlight_blocked: rt::Field<bool>,
    /// Block suggestions from Microsoft that show after each OS clean install, upgrade or in an on-going basis to introduce users to what is new or changed
    ///
    /// CSDL: property `windowsSpotlightBlockOnActionCenter`: `Edm.Boolean`, not nullable.
    pub windows_spotlight_block_on_action_center: rt::Field<bool>,
    /// Block personalized content in Windows spotlight based on user’s device usage.
    ///
    /// CSDL: property `windowsSpotlightBlockTailoredExperiences`: `Edm.Boolean`, not nullable.
    pub windows_spotlight_block_tailored_experiences: rt::Field<bool>,
    /// Block third party content delivered via Windows Spotlight
    ///
    /// CSDL: property `windowsSpotlightBlockThirdPartyNotifications`: `Edm.Boolean`, not nullable.
    pub windows_spotlight_block_third_party_notifications: rt::Field<bool>,
    /// Block Windows Spotlight Windows welcome experience
    ///
    /// CSDL: property `windowsSpotlightBlockWelcomeExperience`: `Edm.Boolean`, not nullable.
    pub windows_spotlight_block_welcome_experience: rt::Field<bool>,
    /// Allows IT admins to turn off the popup of Windows Tips.
    ///
    /// CSDL: property `windowsSpotlightBlockWindowsTips`: `Edm.Boolean`, not nullable.
    pub windows_spotlight_block_windows_tips: rt::Field<bool>,
    /// Specifies the type of Spotlight
    ///
    /// CSDL: property `windowsSpotlightConfigureOnLockScreen`: `microsoft.graph.windowsSpotlightEnablementSettings`, not nullable.
    pub windows_spotlight_configure_on_lock_screen: rt::Field<
        crate::v1::WindowsSpotlightEnablementSettings,
    >,
    /// Indicates whether or not to block automatic update of apps from Windows Store.
    ///
    /// CSDL: property `windowsStoreBlockAutoUpdate`: `Edm.Boolean`, not nullable.
    pub windows_store_block_auto_update: rt::Field<bool>,
    /// Indicates whether or not to Block the user from using the Windows store.
    ///
    /// CSDL: property `windowsStoreBlocked`: `Edm.Boolean`, not nullable.
    pub windows_store_blocked: rt::Field<bool>,
    /// Indicates whether or not to enable Private Store Only.
    ///
    /// CSDL: property `windowsStoreEnablePrivateStoreOnly`: `Edm.Boolean`, not nullable.
    pub windows_store_enable_private_store_only: rt::Field<bool>,
    /// Indicates whether or not to allow other devices from discovering this PC for projection.
    ///
    /// CSDL: property `wirelessDisplayBlockProjectionToThisDevice`: `Edm.Boolean`, not nullable.
    pub wireless_display_block_projection_to_this_device: rt::Field<bool>,
    /// Indicates whether or not to allow user input from wireless display receiver.
    ///
    /// CSDL: property `wirelessDisplayBlockUserInputFromReceiver`: `Edm.Boolean`, not nullable.
    pub wireless_display_block_user_input_from_receiver: rt::Field<bool>,
    /// Indicates whether or not to require a PIN for new devices to initiate pairing.
    ///
    /// CSDL: property `wirelessDisplayRequirePinForPairing`: `Edm.Boolean`, not nullable.
    pub wireless_display_require_pin_for_pairing: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for Windows10GeneralConfiguration {
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
            accounts_block_adding_non_microsoft_account_email: rt::Field::Absent,
            anti_theft_mode_blocked: rt::Field::Absent,
            apps_allow_trusted_apps_sideloading: rt::Field::Absent,
            apps_block_windows_store_originated_apps: rt::Field::Absent,
            bluetooth_allowed_services: rt::Field::Absent,
            bluetooth_block_advertising: rt::Field::Absent,
            bluetooth_block_discoverable_mode: rt::Field::Absent,
            bluetooth_blocked: rt::Field::Absent,
            bluetooth_block_pre_pairing: rt::Field::Absent,
            camera_blocked: rt::Field::Absent,
            cellular_block_data_when_roaming: rt::Field::Absent,
            cellular_block_vpn: rt::Field::Absent,
            cellular_block_vpn_when_roaming: rt::Field::Absent,
            certificates_block_manual_root_certificate_installation: rt::Field::Absent,
            connected_devices_service_blocked: rt::Field::Absent,
            copy_paste_blocked: rt::Field::Absent,
            cortana_blocked: rt::Field::Absent,
            defender_block_end_user_access: rt::Field::Absent,
            defender_cloud_block_level: rt::Field::Absent,
            defender_days_before_deleting_quarantined_malware: rt::Field::Absent,
            defender_detected_malware_actions: rt::Field::Absent,
            defender_file_extensions_to_exclude: rt::Field::Absent,
            defender_files_and_folders_to_exclude: rt::Field::Absent,
            defender_monitor_file_activity: rt::Field::Absent,
            defender_processes_to_exclude: rt::Field::Absent,
            defender_prompt_for_sample_submission: rt::Field::Absent,
            defender_require_behavior_monitoring: rt::Field::Absent,
            defender_require_cloud_protection: rt::Field::Absent,
            defender_require_network_inspection_system: rt::Field::Absent,
            defender_require_real_time_monitoring: rt::Field::Absent,
            defender_scan_archive_files: rt::Field::Absent,
            defender_scan_downloads: rt::Field::Absent,
            defender_scan_incoming_mail: rt::Field::Absent,
            defender_scan_mapped_network_drives_during_full_scan: rt::Field::Absent,
            defender_scan_max_cpu: rt::Field::Absent,
            defender_scan_network_files: rt::Field::Absent,
            defender_scan_removable_drives_during_full_scan: rt::Field::Absent,
            defender_scan_scripts_loaded_in_internet_explorer: rt::Field::Absent,
            defender_scan_type: rt::Field::Absent,
            defender_scheduled_quick_scan_time: rt::Field::Absent,
            defender_scheduled_scan_time: rt::Field::Absent,
            defender_signature_update_interval_in_hours: rt::Field::Absent,
            defender_system_scan_schedule: rt::Field::Absent,
            developer_unlock_setting: rt::Field::Absent,
            device_management_block_factory_reset_on_mobile: rt::Field::Absent,
            device_management_block_manual_unenroll: rt::Field::Absent,
            diagnostics_data_submission_mode: rt::Field::Absent,
            edge_allow_start_pages_modification: rt::Field::Absent,
            edge_block_access_to_about_flags: rt::Field::Absent,
            edge_block_address_bar_dropdown: rt::Field::Absent,
            edge_block_autofill: rt::Field::Absent,
            edge_block_compatibility_list: rt::Field::Absent,
            edge_block_developer_tools: rt::Field::Absent,
            edge_blocked: rt::Field::Absent,
            edge_block_extensions: rt::Field::Absent,
            edge_block_in_private_browsing: rt::Field::Absent,
            edge_block_java_script: rt::Field::Absent,
            edge_block_live_tile_data_collection: rt::Field::Absent,
            edge_block_password_manager: rt::Field::Absent,
            edge_block_popups: rt::Field::Absent,
            edge_block_search_suggestions: rt::Field::Absent,
            edge_block_sending_do_not_track_header: rt::Field::Absent,
            edge_block_sending_intranet_traffic_to_internet_explorer: rt::Field::Absent,
            edge_clear_browsing_data_on_exit: rt::Field::Absent,
            edge_cookie_policy: rt::Field::Absent,
            edge_disable_first_run_page: rt::Field::Absent,
            edge_enterprise_mode_site_list_location: rt::Field::Absent,
            edge_first_run_url: rt::Field::Absent,
            edge_homepage_urls: rt::Field::Absent,
            edge_require_smart_screen: rt::Field::Absent,
            edge_search_engine: rt::Field::Absent,
            edge_send_intranet_traffic_to_internet_explorer: rt::Field::Absent,
            edge_sync_favorites_with_internet_explorer: rt::Field::Absent,
            enterprise_cloud_print_discovery_end_point: rt::Field::Absent,
            enterprise_cloud_print_discovery_max_limit: rt::Field::Absent,
            enterprise_cloud_print_mopria_discovery_resource_identifier: rt::Field::Absent,
            enterprise_cloud_print_o_auth_authority: rt::Field::Absent,
            enterprise_cloud_print_o_auth_client_identifier: rt::Field::Absent,
            enterprise_cloud_print_resource_identifier: rt::Field::Absent,
            experience_block_device_discovery: rt::Field::Absent,
            experience_block_error_dialog_when_no_sim: rt::Field::Absent,
            experience_block_task_switcher: rt::Field::Absent,
            game_dvr_blocked: rt::Field::Absent,
            internet_sharing_blocked: rt::Field::Absent,
            location_services_blocked: rt::Field::Absent,
            lock_screen_allow_timeout_configuration: rt::Field::Absent,
            lock_screen_block_action_center_notifications: rt::Field::Absent,
            lock_screen_block_cortana: rt::Field::Absent,
            lock_screen_block_toast_notifications: rt::Field::Absent,
            lock_screen_timeout_in_seconds: rt::Field::Absent,
            logon_block_fast_user_switching: rt::Field::Absent,
            microsoft_account_blocked: rt::Field::Absent,
            microsoft_account_block_settings_sync: rt::Field::Absent,
            network_proxy_apply_settings_device_wide: rt::Field::Absent,
            network_proxy_automatic_configuration_url: rt::Field::Absent,
            network_proxy_disable_auto_detect: rt::Field::Absent,
            network_proxy_server: rt::Field::Absent,
            nfc_blocked: rt::Field::Absent,
            one_drive_disable_file_sync: rt::Field::Absent,
            password_block_simple: rt::Field::Absent,
            password_expiration_days: rt::Field::Absent,
            password_minimum_character_set_count: rt::Field::Absent,
            password_minimum_length: rt::Field::Absent,
            password_minutes_of_inactivity_before_screen_timeout: rt::Field::Absent,
            password_previous_password_block_count: rt::Field::Absent,
            password_required: rt::Field::Absent,
            password_required_type: rt::Field::Absent,
            password_require_when_resume_from_idle_state: rt::Field::Absent,
            password_sign_in_failure_count_before_factory_reset: rt::Field::Absent,
            personalization_desktop_image_url: rt::Field::Absent,
            personalization_lock_screen_image_url: rt::Field::Absent,
            privacy_advertising_id: rt::Field::Absent,
            privacy_auto_accept_pairing_and_consent_prompts: rt::Field::Absent,
            privacy_block_input_personalization: rt::Field::Absent,
            reset_protection_mode_blocked: rt::Field::Absent,
            safe_search_filter: rt::Field::Absent,
            screen_capture_blocked: rt::Field::Absent,
            search_block_diacritics: rt::Field::Absent,
            search_disable_auto_language_detection: rt::Field::Absent,
            search_disable_indexer_backoff: rt::Field::Absent,
            search_disable_indexing_encrypted_items: rt::Field::Absent,
            search_disable_indexing_removable_drive: rt::Field::Absent,
            search_enable_automatic_index_size_manangement: rt::Field::Absent,
            search_enable_remote_queries: rt::Field::Absent,
            settings_block_accounts_page: rt::Field::Absent,
            settings_block_add_provisioning_package: rt::Field::Absent,
            settings_block_apps_page: rt::Field::Absent,
            settings_block_change_language: rt::Field::Absent,
            settings_block_change_power_sleep: rt::Field::Absent,
            settings_block_change_region: rt::Field::Absent,
            settings_block_change_system_time: rt::Field::Absent,
            settings_block_devices_page: rt::Field::Absent,
            settings_block_ease_of_access_page: rt::Field::Absent,
            settings_block_edit_device_name: rt::Field::Absent,
            settings_block_gaming_page: rt::Field::Absent,
            settings_block_network_internet_page: rt::Field::Absent,
            settings_block_personalization_page: rt::Field::Absent,
            settings_block_privacy_page: rt::Field::Absent,
            settings_block_remove_provisioning_package: rt::Field::Absent,
            settings_block_settings_app: rt::Field::Absent,
            settings_block_system_page: rt::Field::Absent,
            settings_block_time_language_page: rt::Field::Absent,
            settings_block_update_security_page: rt::Field::Absent,
            shared_user_app_data_allowed: rt::Field::Absent,
            smart_screen_block_prompt_override: rt::Field::Absent,
            smart_screen_block_prompt_override_for_files: rt::Field::Absent,
            smart_screen_enable_app_install_control: rt::Field::Absent,
            start_block_unpinning_apps_from_taskbar: rt::Field::Absent,
            start_menu_app_list_visibility: rt::Field::Absent,
            start_menu_hide_change_account_settings: rt::Field::Absent,
            start_menu_hide_frequently_used_apps: rt::Field::Absent,
            start_menu_hide_hibernate: rt::Field::Absent,
            start_menu_hide_lock: rt::Field::Absent,
            start_menu_hide_power_button: rt::Field::Absent,
            start_menu_hide_recent_jump_lists: rt::Field::Absent,
            start_menu_hide_recently_added_apps: rt::Field::Absent,
            start_menu_hide_restart_options: rt::Field::Absent,
            start_menu_hide_shut_down: rt::Field::Absent,
            start_menu_hide_sign_out: rt::Field::Absent,
            start_menu_hide_sleep: rt::Field::Absent,
            start_menu_hide_switch_account: rt::Field::Absent,
            start_menu_hide_user_tile: rt::Field::Absent,
            start_menu_layout_edge_assets_xml: rt::Field::Absent,
            start_menu_layout_xml: rt::Field::Absent,
            start_menu_mode: rt::Field::Absent,
            start_menu_pinned_folder_documents: rt::Field::Absent,
            start_menu_pinned_folder_downloads: rt::Field::Absent,
            start_menu_pinned_folder_file_explorer: rt::Field::Absent,
            start_menu_pinned_folder_home_group: rt::Field::Absent,
            start_menu_pinned_folder_music: rt::Field::Absent,
            start_menu_pinned_folder_network: rt::Field::Absent,
            start_menu_pinned_folder_personal_folder: rt::Field::Absent,
            start_menu_pinned_folder_pictures: rt::Field::Absent,
            start_menu_pinned_folder_settings: rt::Field::Absent,
            start_menu_pinned_folder_videos: rt::Field::Absent,
            storage_block_removable_storage: rt::Field::Absent,
            storage_require_mobile_device_encryption: rt::Field::Absent,
            storage_restrict_app_data_to_system_volume: rt::Field::Absent,
            storage_restrict_app_install_to_system_volume: rt::Field::Absent,
            tenant_lockdown_require_network_during_out_of_box_experience: rt::Field::Absent,
            usb_blocked: rt::Field::Absent,
            voice_recording_blocked: rt::Field::Absent,
            web_rtc_block_localhost_ip_address: rt::Field::Absent,
            wi_fi_block_automatic_connect_hotspots: rt::Field::Absent,
            wi_fi_blocked: rt::Field::Absent,
            wi_fi_block_manual_configuration: rt::Field::Absent,
            wi_fi_scan_interval: rt::Field::Absent,
            windows_spotlight_block_consumer_specific_features: rt::Field::Absent,
            windows_spotlight_blocked: rt::Field::Absent,
            windows_spotlight_block_on_action_center: rt::Field::Absent,
            windows_spotlight_block_tailored_experiences: rt::Field::Absent,
            windows_spotlight_block_third_party_notifications: rt::Field::Absent,
            windows_spotlight_block_welcome_experience: rt::Field::Absent,
            windows_spotlight_block_windows_tips: rt::Field::Absent,
            windows_spotlight_configure_on_lock_screen: rt::Field::Absent,
            windows_store_block_auto_update: rt::Field::Absent,
            windows_store_blocked: rt::Field::Absent,
            windows_store_enable_private_store_only: rt::Field::Absent,
            wireless_display_block_projection_to_this_device: rt::Field::Absent,
            wireless_display_block_user_input_from_receiver: rt::Field::Absent,
            wireless_display_require_pin_for_pairing: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for Windows10GeneralConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10GeneralConfiguration";
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
        "accountsBlockAddingNonMicrosoftAccountEmail",
        "antiTheftModeBlocked",
        "appsAllowTrustedAppsSideloading",
        "appsBlockWindowsStoreOriginatedApps",
        "bluetoothAllowedServices",
        "bluetoothBlockAdvertising",
        "bluetoothBlockDiscoverableMode",
        "bluetoothBlocked",
        "bluetoothBlockPrePairing",
        "cameraBlocked",
        "cellularBlockDataWhenRoaming",
        "cellularBlockVpn",
        "cellularBlockVpnWhenRoaming",
        "certificatesBlockManualRootCertificateInstallation",
        "connectedDevicesServiceBlocked",
        "copyPasteBlocked",
        "cortanaBlocked",
        "defenderBlockEndUserAccess",
        "defenderCloudBlockLevel",
        "defenderDaysBeforeDeletingQuarantinedMalware",
        "defenderDetectedMalwareActions",
        "defenderFileExtensionsToExclude",
        "defenderFilesAndFoldersToExclude",
        "defenderMonitorFileActivity",
        "defenderProcessesToExclude",
        "defenderPromptForSampleSubmission",
        "defenderRequireBehaviorMonitoring",
        "defenderRequireCloudProtection",
        "defenderRequireNetworkInspectionSystem",
        "defenderRequireRealTimeMonitoring",
        "defenderScanArchiveFiles",
        "defenderScanDownloads",
        "defenderScanIncomingMail",
        "defenderScanMappedNetworkDrivesDuringFullScan",
        "defenderScanMaxCpu",
        "defenderScanNetworkFiles",
        "defenderScanRemovableDrivesDuringFullScan",
        "defenderScanScriptsLoadedInInternetExplorer",
        "defenderScanType",
        "defenderScheduledQuickScanTime",
        "defenderScheduledScanTime",
        "defenderSignatureUpdateIntervalInHours",
        "defenderSystemScanSchedule",
        "developerUnlockSetting",
        "deviceManagementBlockFactoryResetOnMobile",
        "deviceManagementBlockManualUnenroll",
        "diagnosticsDataSubmissionMode",
        "edgeAllowStartPagesModification",
        "edgeBlockAccessToAboutFlags",
        "edgeBlockAddressBarDropdown",
        "edgeBlockAutofill",
        "edgeBlockCompatibilityList",
        "edgeBlockDeveloperTools",
        "edgeBlocked",
        "edgeBlockExtensions",
        "edgeBlockInPrivateBrowsing",
        "edgeBlockJavaScript",
        "edgeBlockLiveTileDataCollection",
        "edgeBlockPasswordManager",
        "edgeBlockPopups",
        "edgeBlockSearchSuggestions",
        "edgeBlockSendingDoNotTrackHeader",
        "edgeBlockSendingIntranetTrafficToInternetExplorer",
        "edgeClearBrowsingDataOnExit",
        "edgeCookiePolicy",
        "edgeDisableFirstRunPage",
        "edgeEnterpriseModeSiteListLocation",
        "edgeFirstRunUrl",
        "edgeHomepageUrls",
        "edgeRequireSmartScreen",
        "edgeSearchEngine",
        "edgeSendIntranetTrafficToInternetExplorer",
        "edgeSyncFavoritesWithInternetExplorer",
        "enterpriseCloudPrintDiscoveryEndPoint",
        "enterpriseCloudPrintDiscoveryMaxLimit",
        "enterpriseCloudPrintMopriaDiscoveryResourceIdentifier",
        "enterpriseCloudPrintOAuthAuthority",
        "enterpriseCloudPrintOAuthClientIdentifier",
        "enterpriseCloudPrintResourceIdentifier",
        "experienceBlockDeviceDiscovery",
        "experienceBlockErrorDialogWhenNoSIM",
        "experienceBlockTaskSwitcher",
        "gameDvrBlocked",
        "internetSharingBlocked",
        "locationServicesBlocked",
        "lockScreenAllowTimeoutConfiguration",
        "lockScreenBlockActionCenterNotifications",
        "lockScreenBlockCortana",
        "lockScreenBlockToastNotifications",
        "lockScreenTimeoutInSeconds",
        "logonBlockFastUserSwitching",
        "microsoftAccountBlocked",
        "microsoftAccountBlockSettingsSync",
        "networkProxyApplySettingsDeviceWide",
        "networkProxyAutomaticConfigurationUrl",
        "networkProxyDisableAutoDetect",
        "networkProxyServer",
        "nfcBlocked",
        "oneDriveDisableFileSync",
        "passwordBlockSimple",
        "passwordExpirationDays",
        "passwordMinimumCharacterSetCount",
        "passwordMinimumLength",
        "passwordMinutesOfInactivityBeforeScreenTimeout",
        "passwordPreviousPasswordBlockCount",
        "passwordRequired",
        "passwordRequiredType",
        "passwordRequireWhenResumeFromIdleState",
        "passwordSignInFailureCountBeforeFactoryReset",
        "personalizationDesktopImageUrl",
        "personalizationLockScreenImageUrl",
        "privacyAdvertisingId",
        "privacyAutoAcceptPairingAndConsentPrompts",
        "privacyBlockInputPersonalization",
        "resetProtectionModeBlocked",
        "safeSearchFilter",
        "screenCaptureBlocked",
        "searchBlockDiacritics",
        "searchDisableAutoLanguageDetection",
        "searchDisableIndexerBackoff",
        "searchDisableIndexingEncryptedItems",
        "searchDisableIndexingRemovableDrive",
        "searchEnableAutomaticIndexSizeManangement",
        "searchEnableRemoteQueries",
        "settingsBlockAccountsPage",
        "settingsBlockAddProvisioningPackage",
        "settingsBlockAppsPage",
        "settingsBlockChangeLanguage",
        "settingsBlockChangePowerSleep",
        "settingsBlockChangeRegion",
        "settingsBlockChangeSystemTime",
        "settingsBlockDevicesPage",
        "settingsBlockEaseOfAccessPage",
        "settingsBlockEditDeviceName",
        "settingsBlockGamingPage",
        "settingsBlockNetworkInternetPage",
        "settingsBlockPersonalizationPage",
        "settingsBlockPrivacyPage",
        "settingsBlockRemoveProvisioningPackage",
        "settingsBlockSettingsApp",
        "settingsBlockSystemPage",
        "settingsBlockTimeLanguagePage",
        "settingsBlockUpdateSecurityPage",
        "sharedUserAppDataAllowed",
        "smartScreenBlockPromptOverride",
        "smartScreenBlockPromptOverrideForFiles",
        "smartScreenEnableAppInstallControl",
        "startBlockUnpinningAppsFromTaskbar",
        "startMenuAppListVisibility",
        "startMenuHideChangeAccountSettings",
        "startMenuHideFrequentlyUsedApps",
        "startMenuHideHibernate",
        "startMenuHideLock",
        "startMenuHidePowerButton",
        "startMenuHideRecentJumpLists",
        "startMenuHideRecentlyAddedApps",
        "startMenuHideRestartOptions",
        "startMenuHideShutDown",
        "startMenuHideSignOut",
        "startMenuHideSleep",
        "startMenuHideSwitchAccount",
        "startMenuHideUserTile",
        "startMenuLayoutEdgeAssetsXml",
        "startMenuLayoutXml",
        "startMenuMode",
        "startMenuPinnedFolderDocuments",
        "startMenuPinnedFolderDownloads",
        "startMenuPinnedFolderFileExplorer",
        "startMenuPinnedFolderHomeGroup",
        "startMenuPinnedFolderMusic",
        "startMenuPinnedFolderNetwork",
        "startMenuPinnedFolderPersonalFolder",
        "startMenuPinnedFolderPictures",
        "startMenuPinnedFolderSettings",
        "startMenuPinnedFolderVideos",
        "storageBlockRemovableStorage",
        "storageRequireMobileDeviceEncryption",
        "storageRestrictAppDataToSystemVolume",
        "storageRestrictAppInstallToSystemVolume",
        "tenantLockdownRequireNetworkDuringOutOfBoxExperience",
        "usbBlocked",
        "voiceRecordingBlocked",
        "webRtcBlockLocalhostIpAddress",
        "wiFiBlockAutomaticConnectHotspots",
        "wiFiBlocked",
        "wiFiBlockManualConfiguration",
        "wiFiScanInterval",
        "windowsSpotlightBlockConsumerSpecificFeatures",
        "windowsSpotlightBlocked",
        "windowsSpotlightBlockOnActionCenter",
        "windowsSpotlightBlockTailoredExperiences",
        "windowsSpotlightBlockThirdPartyNotifications",
        "windowsSpotlightBlockWelcomeExperience",
        "windowsSpotlightBlockWindowsTips",
        "windowsSpotlightConfigureOnLockScreen",
        "windowsStoreBlockAutoUpdate",
        "windowsStoreBlocked",
        "windowsStoreEnablePrivateStoreOnly",
        "wirelessDisplayBlockProjectionToThisDevice",
        "wirelessDisplayBlockUserInputFromReceiver",
        "wirelessDisplayRequirePinForPairing",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
        ",\"accountsBlockAddingNonMicrosoftAccountEmail\":",
        ",\"antiTheftModeBlocked\":         ",
        ",\"appsAllowTrustedAppsSideloading\":",
        ",\"appsBlockWindowsStoreOriginatedApps\":",
        ",\"bluetoothAllowedServices\":     ",
        ",\"bluetoothBlockAdvertising\":    ",
        ",\"bluetoothBlockDiscoverableMode\":",
        ",\"bluetoothBlocked\":             ",
        ",\"bluetoothBlockPrePairing\":     ",
        ",\"cameraBlocked\":                ",
        ",\"cellularBlockDataWhenRoaming\": ",
        ",\"cellularBlockVpn\":             ",
        ",\"cellularBlockVpnWhenRoaming\":  ",
        ",\"certificatesBlockManualRootCertificateInstallation\":",
        ",\"connectedDevicesServiceBlocked\":",
        ",\"copyPasteBlocked\":             ",
        ",\"cortanaBlocked\":               ",
        ",\"defenderBlockEndUserAccess\":   ",
        ",\"defenderCloudBlockLevel\":      ",
        ",\"defenderDaysBeforeDeletingQuarantinedMalware\":",
        ",\"defenderDetectedMalwareActions\":",
        ",\"defenderFileExtensionsToExclude\":",
        ",\"defenderFilesAndFoldersToExclude\":",
        ",\"defenderMonitorFileActivity\":  ",
        ",\"defenderProcessesToExclude\":   ",
        ",\"defenderPromptForSampleSubmission\":",
        ",\"defenderRequireBehaviorMonitoring\":",
        ",\"defenderRequireCloudProtection\":",
        ",\"defenderRequireNetworkInspectionSystem\":",
        ",\"defenderRequireRealTimeMonitoring\":",
        ",\"defenderScanArchiveFiles\":     ",
        ",\"defenderScanDownloads\":        ",
        ",\"defenderScanIncomingMail\":     ",
        ",\"defenderScanMappedNetworkDrivesDuringFullScan\":",
        ",\"defenderScanMaxCpu\":           ",
        ",\"defenderScanNetworkFiles\":     ",
        ",\"defenderScanRemovableDrivesDuringFullScan\":",
        ",\"defenderScanScriptsLoadedInInternetExplorer\":",
        ",\"defenderScanType\":             ",
        ",\"defenderScheduledQuickScanTime\":",
        ",\"defenderScheduledScanTime\":    ",
        ",\"defenderSignatureUpdateIntervalInHours\":",
        ",\"defenderSystemScanSchedule\":   ",
        ",\"developerUnlockSetting\":       ",
        ",\"deviceManagementBlockFactoryResetOnMobile\":",
        ",\"deviceManagementBlockManualUnenroll\":",
        ",\"diagnosticsDataSubmissionMode\":",
        ",\"edgeAllowStartPagesModification\":",
        ",\"edgeBlockAccessToAboutFlags\":  ",
        ",\"edgeBlockAddressBarDropdown\":  ",
        ",\"edgeBlockAutofill\":            ",
        ",\"edgeBlockCompatibilityList\":   ",
        ",\"edgeBlockDeveloperTools\":      ",
        ",\"edgeBlocked\":                  ",
        ",\"edgeBlockExtensions\":          ",
        ",\"edgeBlockInPrivateBrowsing\":   ",
        ",\"edgeBlockJavaScript\":          ",
        ",\"edgeBlockLiveTileDataCollection\":",
        ",\"edgeBlockPasswordManager\":     ",
        ",\"edgeBlockPopups\":              ",
        ",\"edgeBlockSearchSuggestions\":   ",
        ",\"edgeBlockSendingDoNotTrackHeader\":",
        ",\"edgeBlockSendingIntranetTrafficToInternetExplorer\":",
        ",\"edgeClearBrowsingDataOnExit\":  ",
        ",\"edgeCookiePolicy\":             ",
        ",\"edgeDisableFirstRunPage\":      ",
        ",\"edgeEnterpriseModeSiteListLocation\":",
        ",\"edgeFirstRunUrl\":              ",
        ",\"edgeHomepageUrls\":             ",
        ",\"edgeRequireSmartScreen\":       ",
        ",\"edgeSearchEngine\":             ",
        ",\"edgeSendIntranetTrafficToInternetExplorer\":",
        ",\"edgeSyncFavoritesWithInternetExplorer\":",
        ",\"enterpriseCloudPrintDiscoveryEndPoint\":",
        ",\"enterpriseCloudPrintDiscoveryMaxLimit\":",
        ",\"enterpriseCloudPrintMopriaDiscoveryResourceIdentifier\":",
        ",\"enterpriseCloudPrintOAuthAuthority\":",
        ",\"enterpriseCloudPrintOAuthClientIdentifier\":",
        ",\"enterpriseCloudPrintResourceIdentifier\":",
        ",\"experienceBlockDeviceDiscovery\":",
        ",\"experienceBlockErrorDialogWhenNoSIM\":",
        ",\"experienceBlockTaskSwitcher\":  ",
        ",\"gameDvrBlocked\":               ",
        ",\"internetSharingBlocked\":       ",
        ",\"locationServicesBlocked\":      ",
        ",\"lockScreenAllowTimeoutConfiguration\":",
        ",\"lockScreenBlockActionCenterNotifications\":",
        ",\"lockScreenBlockCortana\":       ",
        ",\"lockScreenBlockToastNotifications\":",
        ",\"lockScreenTimeoutInSeconds\":   ",
        ",\"logonBlockFastUserSwitching\":  ",
        ",\"microsoftAccountBlocked\":      ",
        ",\"microsoftAccountBlockSettingsSync\":",
        ",\"networkProxyApplySettingsDeviceWide\":",
        ",\"networkProxyAutomaticConfigurationUrl\":",
        ",\"networkProxyDisableAutoDetect\":",
        ",\"networkProxyServer\":           ",
        ",\"nfcBlocked\":                   ",
        ",\"oneDriveDisableFileSync\":      ",
        ",\"passwordBlockSimple\":          ",
        ",\"passwordExpirationDays\":       ",
        ",\"passwordMinimumCharacterSetCount\":",
        ",\"passwordMinimumLength\":        ",
        ",\"passwordMinutesOfInactivityBeforeScreenTimeout\":",
        ",\"passwordPreviousPasswordBlockCount\":",
        ",\"passwordRequired\":             ",
        ",\"passwordRequiredType\":         ",
        ",\"passwordRequireWhenResumeFromIdleState\":",
        ",\"passwordSignInFailureCountBeforeFactoryReset\":",
        ",\"personalizationDesktopImageUrl\":",
        ",\"personalizationLockScreenImageUrl\":",
        ",\"privacyAdvertisingId\":         ",
        ",\"privacyAutoAcceptPairingAndConsentPrompts\":",
        ",\"privacyBlockInputPersonalization\":",
        ",\"resetProtectionModeBlocked\":   ",
        ",\"safeSearchFilter\":             ",
        ",\"screenCaptureBlocked\":         ",
        ",\"searchBlockDiacritics\":        ",
        ",\"searchDisableAutoLanguageDetection\":",
        ",\"searchDisableIndexerBackoff\":  ",
        ",\"searchDisableIndexingEncryptedItems\":",
        ",\"searchDisableIndexingRemovableDrive\":",
        ",\"searchEnableAutomaticIndexSizeManangement\":",
        ",\"searchEnableRemoteQueries\":    ",
        ",\"settingsBlockAccountsPage\":    ",
        ",\"settingsBlockAddProvisioningPackage\":",
        ",\"settingsBlockAppsPage\":        ",
        ",\"settingsBlockChangeLanguage\":  ",
        ",\"settingsBlockChangePowerSleep\":",
        ",\"settingsBlockChangeRegion\":    ",
        ",\"settingsBlockChangeSystemTime\":",
        ",\"settingsBlockDevicesPage\":     ",
        ",\"settingsBlockEaseOfAccessPage\":",
        ",\"settingsBlockEditDeviceName\":  ",
        ",\"settingsBlockGamingPage\":      ",
        ",\"settingsBlockNetworkInternetPage\":",
        ",\"settingsBlockPersonalizationPage\":",
        ",\"settingsBlockPrivacyPage\":     ",
        ",\"settingsBlockRemoveProvisioningPackage\":",
        ",\"settingsBlockSettingsApp\":     ",
        ",\"settingsBlockSystemPage\":      ",
        ",\"settingsBlockTimeLanguagePage\":",
        ",\"settingsBlockUpdateSecurityPage\":",
        ",\"sharedUserAppDataAllowed\":     ",
        ",\"smartScreenBlockPromptOverride\":",
        ",\"smartScreenBlockPromptOverrideForFiles\":",
        ",\"smartScreenEnableAppInstallControl\":",
        ",\"startBlockUnpinningAppsFromTaskbar\":",
        ",\"startMenuAppListVisibility\":   ",
        ",\"startMenuHideChangeAccountSettings\":",
        ",\"startMenuHideFrequentlyUsedApps\":",
        ",\"startMenuHideHibernate\":       ",
        ",\"startMenuHideLock\":            ",
        ",\"startMenuHidePowerButton\":     ",
        ",\"startMenuHideRecentJumpLists\": ",
        ",\"startMenuHideRecentlyAddedApps\":",
        ",\"startMenuHideRestartOptions\":  ",
        ",\"startMenuHideShutDown\":        ",
        ",\"startMenuHideSignOut\":         ",
        ",\"startMenuHideSleep\":           ",
        ",\"startMenuHideSwitchAccount\":   ",
        ",\"startMenuHideUserTile\":        ",
        ",\"startMenuLayoutEdgeAssetsXml\": ",
        ",\"startMenuLayoutXml\":           ",
        ",\"startMenuMode\":                ",
        ",\"startMenuPinnedFolderDocuments\":",
        ",\"startMenuPinnedFolderDownloads\":",
        ",\"startMenuPinnedFolderFileExplorer\":",
        ",\"startMenuPinnedFolderHomeGroup\":",
        ",\"startMenuPinnedFolderMusic\":   ",
        ",\"startMenuPinnedFolderNetwork\": ",
        ",\"startMenuPinnedFolderPersonalFolder\":",
        ",\"startMenuPinnedFolderPictures\":",
        ",\"startMenuPinnedFolderSettings\":",
        ",\"startMenuPinnedFolderVideos\":  ",
        ",\"storageBlockRemovableStorage\": ",
        ",\"storageRequireMobileDeviceEncryption\":",
        ",\"storageRestrictAppDataToSystemVolume\":",
        ",\"storageRestrictAppInstallToSystemVolume\":",
        ",\"tenantLockdownRequireNetworkDuringOutOfBoxExperience\":",
        ",\"usbBlocked\":                   ",
        ",\"voiceRecordingBlocked\":        ",
        ",\"webRtcBlockLocalhostIpAddress\":",
        ",\"wiFiBlockAutomaticConnectHotspots\":",
        ",\"wiFiBlocked\":                  ",
        ",\"wiFiBlockManualConfiguration\": ",
        ",\"wiFiScanInterval\":             ",
        ",\"windowsSpotlightBlockConsumerSpecificFeatures\":",
        ",\"windowsSpotlightBlocked\":      ",
        ",\"windowsSpotlightBlockOnActionCenter\":",
        ",\"windowsSpotlightBlockTailoredExperiences\":",
        ",\"windowsSpotlightBlockThirdPartyNotifications\":",
        ",\"windowsSpotlightBlockWelcomeExperience\":",
        ",\"windowsSpotlightBlockWindowsTips\":",
        ",\"windowsSpotlightConfigureOnLockScreen\":",
        ",\"windowsStoreBlockAutoUpdate\":  ",
        ",\"windowsStoreBlocked\":          ",
        ",\"windowsStoreEnablePrivateStoreOnly\":",
        ",\"wirelessDisplayBlockProjectionToThisDevice\":",
        ",\"wirelessDisplayBlockUserInputFromReceiver\":",
        ",\"wirelessDisplayRequirePinForPairing\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows10GeneralConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "version", &self.version);
        v.field(6usize, "assignments", &self.assignments);
        v.field(
            7usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(8usize, "device_statuses", &self.device_statuses);
        v.field(9usize, "device_status_overview", &self.device_status_overview);
        v.field(10usize, "user_statuses", &self.user_statuses);
        v.field(11usize, "user_status_overview", &self.user_status_overview);
        v.field(
            12usize,
            "accounts_block_adding_non_microsoft_account_email",
            &self.accounts_block_adding_non_microsoft_account_email,
        );
        v.field(13usize, "anti_theft_mode_blocked", &self.anti_theft_mode_blocked);
        v.field(
            14usize,
            "apps_allow_trusted_apps_sideloading",
            &self.apps_allow_trusted_apps_sideloading,
        );
        v.field(
            15usize,
            "apps_block_windows_store_originated_apps",
            &self.apps_block_windows_store_originated_apps,
        );
        v.field(16usize, "bluetooth_allowed_services", &self.bluetooth_allowed_services);
        v.field(
            17usize,
            "bluetooth_block_advertising",
            &self.bluetooth_block_advertising,
        );
        v.field(
            18usize,
            "bluetooth_block_discoverable_mode",
            &self.bluetooth_block_discoverable_mode,
        );
        v.field(19usize, "bluetooth_blocked", &self.bluetooth_blocked);
        v.field(
            20usize,
            "bluetooth_block_pre_pairing",
            &self.bluetooth_block_pre_pairing,
        );
        v.field(21usize, "camera_blocked", &self.camera_blocked);
        v.field(
            22usize,
            "cellular_block_data_when_roaming",
            &self.cellular_block_data_when_roaming,
        );
        v.field(23usize, "cellular_block_vpn", &self.cellular_block_vpn);
        v.field(
            24usize,
            "cellular_block_vpn_when_roaming",
            &self.cellular_block_vpn_when_roaming,
        );
        v.field(
            25usize,
            "certificates_block_manual_root_certificate_installation",
            &self.certificates_block_manual_root_certificate_installation,
        );
        v.field(
            26usize,
            "connected_devices_service_blocked",
            &self.connected_devices_service_blocked,
        );
        v.field(27usize, "copy_paste_blocked", &self.copy_paste_blocked);
        v.field(28usize, "cortana_blocked", &self.cortana_blocked);
        v.field(
            29usize,
            "defender_block_end_user_access",
            &self.defender_block_end_user_access,
        );
        v.field(30usize, "defender_cloud_block_level", &self.defender_cloud_block_level);
        v.field(
            31usize,
            "defender_days_before_deleting_quarantined_malware",
            &self.defender_days_before_deleting_quarantined_malware,
        );
        v.field(
            32usize,
            "defender_detected_malware_actions",
            &self.defender_detected_malware_actions,
        );
        v.field(
            33usize,
            "defender_file_extensions_to_exclude",
            &self.defender_file_extensions_to_exclude,
        );
        v.field(
            34usize,
            "defender_files_and_folders_to_exclude",
            &self.defender_files_and_folders_to_exclude,
        );
        v.field(
            35usize,
            "defender_monitor_file_activity",
            &self.defender_monitor_file_activity,
        );
        v.field(
            36usize,
            "defender_processes_to_exclude",
            &self.defender_processes_to_exclude,
        );
        v.field(
            37usize,
            "defender_prompt_for_sample_submission",
            &self.defender_prompt_for_sample_submission,
        );
        v.field(
            38usize,
            "defender_require_behavior_monitoring",
            &self.defender_require_behavior_monitoring,
        );
        v.field(
            39usize,
            "defender_require_cloud_protection",
            &self.defender_require_cloud_protection,
        );
        v.field(
            40usize,
            "defender_require_network_inspection_system",
            &self.defender_require_network_inspection_system,
        );
        v.field(
            41usize,
            "defender_require_real_time_monitoring",
            &self.defender_require_real_time_monitoring,
        );
        v.field(
            42usize,
            "defender_scan_archive_files",
            &self.defender_scan_archive_files,
        );
        v.field(43usize, "defender_scan_downloads", &self.defender_scan_downloads);
        v.field(
            44usize,
            "defender_scan_incoming_mail",
            &self.defender_scan_incoming_mail,
        );
        v.field(
            45usize,
            "defender_scan_mapped_network_drives_during_full_scan",
            &self.defender_scan_mapped_network_drives_during_full_scan,
        );
        v.field(46usize, "defender_scan_max_cpu", &self.defender_scan_max_cpu);
        v.field(
            47usize,
            "defender_scan_network_files",
            &self.defender_scan_network_files,
        );
        v.field(
            48usize,
            "defender_scan_removable_drives_during_full_scan",
            &self.defender_scan_removable_drives_during_full_scan,
        );
        v.field(
            49usize,
            "defender_scan_scripts_loaded_in_internet_explorer",
            &self.defender_scan_scripts_loaded_in_internet_explorer,
        );
        v.field(50usize, "defender_scan_type", &self.defender_scan_type);
        v.field(
            51usize,
            "defender_scheduled_quick_scan_time",
            &self.defender_scheduled_quick_scan_time,
        );
        v.field(
            52usize,
            "defender_scheduled_scan_time",
            &self.defender_scheduled_scan_time,
        );
        v.field(
            53usize,
            "defender_signature_update_interval_in_hours",
            &self.defender_signature_update_interval_in_hours,
        );
        v.field(
            54usize,
            "defender_system_scan_schedule",
            &self.defender_system_scan_schedule,
        );
        v.field(55usize, "developer_unlock_setting", &self.developer_unlock_setting);
        v.field(
            56usize,
            "device_management_block_factory_reset_on_mobile",
            &self.device_management_block_factory_reset_on_mobile,
        );
        v.field(
            57usize,
            "device_management_block_manual_unenroll",
            &self.device_management_block_manual_unenroll,
        );
        v.field(
            58usize,
            "diagnostics_data_submission_mode",
            &self.diagnostics_data_submission_mode,
        );
        v.field(
            59usize,
            "edge_allow_start_pages_modification",
            &self.edge_allow_start_pages_modification,
        );
        v.field(
            60usize,
            "edge_block_access_to_about_flags",
            &self.edge_block_access_to_about_flags,
        );
        v.field(
            61usize,
            "edge_block_address_bar_dropdown",
            &self.edge_block_address_bar_dropdown,
        );
        v.field(62usize, "edge_block_autofill", &self.edge_block_autofill);
        v.field(
            63usize,
            "edge_block_compatibility_list",
            &self.edge_block_compatibility_list,
        );
        v.field(64usize, "edge_block_developer_tools", &self.edge_block_developer_tools);
        v.field(65usize, "edge_blocked", &self.edge_blocked);
        v.field(66usize, "edge_block_extensions", &self.edge_block_extensions);
        v.field(
            67usize,
            "edge_block_in_private_browsing",
            &self.edge_block_in_private_browsing,
        );
        v.field(68usize, "edge_block_java_script", &self.edge_block_java_script);
        v.field(
            69usize,
            "edge_block_live_tile_data_collection",
            &self.edge_block_live_tile_data_collection,
        );
        v.field(
            70usize,
            "edge_block_password_manager",
            &self.edge_block_password_manager,
        );
        v.field(71usize, "edge_block_popups", &self.edge_block_popups);
        v.field(
            72usize,
            "edge_block_search_suggestions",
            &self.edge_block_search_suggestions,
        );
        v.field(
            73usize,
            "edge_block_sending_do_not_track_header",
            &self.edge_block_sending_do_not_track_header,
        );
        v.field(
            74usize,
            "edge_block_sending_intranet_traffic_to_internet_explorer",
            &self.edge_block_sending_intranet_traffic_to_internet_explorer,
        );
        v.field(
            75usize,
            "edge_clear_browsing_data_on_exit",
            &self.edge_clear_browsing_data_on_exit,
        );
        v.field(76usize, "edge_cookie_policy", &self.edge_cookie_policy);
        v.field(
            77usize,
            "edge_disable_first_run_page",
            &self.edge_disable_first_run_page,
        );
        v.field(
            78usize,
            "edge_enterprise_mode_site_list_location",
            &self.edge_enterprise_mode_site_list_location,
        );
        v.field(79usize, "edge_first_run_url", &self.edge_first_run_url);
        v.field(80usize, "edge_homepage_urls", &self.edge_homepage_urls);
        v.field(81usize, "edge_require_smart_screen", &self.edge_require_smart_screen);
        v.field(82usize, "edge_search_engine", &self.edge_search_engine);
        v.field(
            83usize,
            "edge_send_intranet_traffic_to_internet_explorer",
            &self.edge_send_intranet_traffic_to_internet_explorer,
        );
        v.field(
            84usize,
            "edge_sync_favorites_with_internet_explorer",
            &self.edge_sync_favorites_with_internet_explorer,
        );
        v.field(
            85usize,
            "enterprise_cloud_print_discovery_end_point",
            &self.enterprise_cloud_print_discovery_end_point,
        );
        v.field(
            86usize,
            "enterprise_cloud_print_discovery_max_limit",
            &self.enterprise_cloud_print_discovery_max_limit,
        );
        v.field(
            87usize,
            "enterprise_cloud_print_mopria_discovery_resource_identifier",
            &self.enterprise_cloud_print_mopria_discovery_resource_identifier,
        );
        v.field(
            88usize,
            "enterprise_cloud_print_o_auth_authority",
            &self.enterprise_cloud_print_o_auth_authority,
        );
        v.field(
            89usize,
            "enterprise_cloud_print_o_auth_client_identifier",
            &self.enterprise_cloud_print_o_auth_client_identifier,
        );
        v.field(
            90usize,
            "enterprise_cloud_print_resource_identifier",
            &self.enterprise_cloud_print_resource_identifier,
        );
        v.field(
            91usize,
            "experience_block_device_discovery",
            &self.experience_block_device_discovery,
        );
        v.field(
            92usize,
            "experience_block_error_dialog_when_no_sim",
            &self.experience_block_error_dialog_when_no_sim,
        );
        v.field(
            93usize,
            "experience_block_task_switcher",
            &self.experience_block_task_switcher,
        );
        v.field(94usize, "game_dvr_blocked", &self.game_dvr_blocked);
        v.field(95usize, "internet_sharing_blocked", &self.internet_sharing_blocked);
        v.field(96usize, "location_services_blocked", &self.location_services_blocked);
        v.field(
            97usize,
            "lock_screen_allow_timeout_configuration",
            &self.lock_screen_allow_timeout_configuration,
        );
        v.field(
            98usize,
            "lock_screen_block_action_center_notifications",
            &self.lock_screen_block_action_center_notifications,
        );
        v.field(99usize, "lock_screen_block_cortana", &self.lock_screen_block_cortana);
        v.field(
            100usize,
            "lock_screen_block_toast_notifications",
            &self.lock_screen_block_toast_notifications,
        );
        v.field(
            101usize,
            "lock_screen_timeout_in_seconds",
            &self.lock_screen_timeout_in_seconds,
        );
        v.field(
            102usize,
            "logon_block_fast_user_switching",
            &self.logon_block_fast_user_switching,
        );
        v.field(103usize, "microsoft_account_blocked", &self.microsoft_account_blocked);
        v.field(
            104usize,
            "microsoft_account_block_settings_sync",
            &self.microsoft_account_block_settings_sync,
        );
        v.field(
            105usize,
            "network_proxy_apply_settings_device_wide",
            &self.network_proxy_apply_settings_device_wide,
        );
        v.field(
            106usize,
            "network_proxy_automatic_configuration_url",
            &self.network_proxy_automatic_configuration_url,
        );
        v.field(
            107usize,
            "network_proxy_disable_auto_detect",
            &self.network_proxy_disable_auto_detect,
        );
        v.field(108usize, "network_proxy_server", &self.network_proxy_server);
        v.field(109usize, "nfc_blocked", &self.nfc_blocked);
        v.field(
            110usize,
            "one_drive_disable_file_sync",
            &self.one_drive_disable_file_sync,
        );
        v.field(111usize, "password_block_simple", &self.password_block_simple);
        v.field(112usize, "password_expiration_days", &self.password_expiration_days);
        v.field(
            113usize,
            "password_minimum_character_set_count",
            &self.password_minimum_character_set_count,
        );
        v.field(114usize, "password_minimum_length", &self.password_minimum_length);
        v.field(
            115usize,
            "password_minutes_of_inactivity_before_screen_timeout",
            &self.password_minutes_of_inactivity_before_screen_timeout,
        );
        v.field(
            116usize,
            "password_previous_password_block_count",
            &self.password_previous_password_block_count,
        );
        v.field(117usize, "password_required", &self.password_required);
        v.field(118usize, "password_required_type", &self.password_required_type);
        v.field(
            119usize,
            "password_require_when_resume_from_idle_state",
            &self.password_require_when_resume_from_idle_state,
        );
        v.field(
            120usize,
            "password_sign_in_failure_count_before_factory_reset",
            &self.password_sign_in_failure_count_before_factory_reset,
        );
        v.field(
            121usize,
            "personalization_desktop_image_url",
            &self.personalization_desktop_image_url,
        );
        v.field(
            122usize,
            "personalization_lock_screen_image_url",
            &self.personalization_lock_screen_image_url,
        );
        v.field(123usize, "privacy_advertising_id", &self.privacy_advertising_id);
        v.field(
            124usize,
            "privacy_auto_accept_pairing_and_consent_prompts",
            &self.privacy_auto_accept_pairing_and_consent_prompts,
        );
        v.field(
            125usize,
            "privacy_block_input_personalization",
            &self.privacy_block_input_personalization,
        );
        v.field(
            126usize,
            "reset_protection_mode_blocked",
            &self.reset_protection_mode_blocked,
        );
        v.field(127usize, "safe_search_filter", &self.safe_search_filter);
        v.field(128usize, "screen_capture_blocked", &self.screen_capture_blocked);
        v.field(129usize, "search_block_diacritics", &self.search_block_diacritics);
        v.field(
            130usize,
            "search_disable_auto_language_detection",
            &self.search_disable_auto_language_detection,
        );
        v.field(
            131usize,
            "search_disable_indexer_backoff",
            &self.search_disable_indexer_backoff,
        );
        v.field(
            132usize,
            "search_disable_indexing_encrypted_items",
            &self.search_disable_indexing_encrypted_items,
        );
        v.field(
            133usize,
            "search_disable_indexing_removable_drive",
            &self.search_disable_indexing_removable_drive,
        );
        v.field(
            134usize,
            "search_enable_automatic_index_size_manangement",
            &self.search_enable_automatic_index_size_manangement,
        );
        v.field(
            135usize,
            "search_enable_remote_queries",
            &self.search_enable_remote_queries,
        );
        v.field(
            136usize,
            "settings_block_accounts_page",
            &self.settings_block_accounts_page,
        );
        v.field(
            137usize,
            "settings_block_add_provisioning_package",
            &self.settings_block_add_provisioning_package,
        );
        v.field(138usize, "settings_block_apps_page", &self.settings_block_apps_page);
        v.field(
            139usize,
            "settings_block_change_language",
            &self.settings_block_change_language,
        );
        v.field(
            140usize,
            "settings_block_change_power_sleep",
            &self.settings_block_change_power_sleep,
        );
        v.field(
            141usize,
            "settings_block_change_region",
            &self.settings_block_change_region,
        );
        v.field(
            142usize,
            "settings_block_change_system_time",
            &self.settings_block_change_system_time,
        );
        v.field(
            143usize,
            "settings_block_devices_page",
            &self.settings_block_devices_page,
        );
        v.field(
            144usize,
            "settings_block_ease_of_access_page",
            &self.settings_block_ease_of_access_page,
        );
        v.field(
            145usize,
            "settings_block_edit_device_name",
            &self.settings_block_edit_device_name,
        );
        v.field(
            146usize,
            "settings_block_gaming_page",
            &self.settings_block_gaming_page,
        );
        v.field(
            147usize,
            "settings_block_network_internet_page",
            &self.settings_block_network_internet_page,
        );
        v.field(
            148usize,
            "settings_block_personalization_page",
            &self.settings_block_personalization_page,
        );
        v.field(
            149usize,
            "settings_block_privacy_page",
            &self.settings_block_privacy_page,
        );
        v.field(
            150usize,
            "settings_block_remove_provisioning_package",
            &self.settings_block_remove_provisioning_package,
        );
        v.field(
            151usize,
            "settings_block_settings_app",
            &self.settings_block_settings_app,
        );
        v.field(
            152usize,
            "settings_block_system_page",
            &self.settings_block_system_page,
        );
        v.field(
            153usize,
            "settings_block_time_language_page",
            &self.settings_block_time_language_page,
        );
        v.field(
            154usize,
            "settings_block_update_security_page",
            &self.settings_block_update_security_page,
        );
        v.field(
            155usize,
            "shared_user_app_data_allowed",
            &self.shared_user_app_data_allowed,
        );
        v.field(
            156usize,
            "smart_screen_block_prompt_override",
            &self.smart_screen_block_prompt_override,
        );
        v.field(
            157usize,
            "smart_screen_block_prompt_override_for_files",
            &self.smart_screen_block_prompt_override_for_files,
        );
        v.field(
            158usize,
            "smart_screen_enable_app_install_control",
            &self.smart_screen_enable_app_install_control,
        );
        v.field(
            159usize,
            "start_block_unpinning_apps_from_taskbar",
            &self.start_block_unpinning_apps_from_taskbar,
        );
        v.field(
            160usize,
            "start_menu_app_list_visibility",
            &self.start_menu_app_list_visibility,
        );
        v.field(
            161usize,
            "start_menu_hide_change_account_settings",
            &self.start_menu_hide_change_account_settings,
        );
        v.field(
            162usize,
            "start_menu_hide_frequently_used_apps",
            &self.start_menu_hide_frequently_used_apps,
        );
        v.field(163usize, "start_menu_hide_hibernate", &self.start_menu_hide_hibernate);
        v.field(164usize, "start_menu_hide_lock", &self.start_menu_hide_lock);
        v.field(
            165usize,
            "start_menu_hide_power_button",
            &self.start_menu_hide_power_button,
        );
        v.field(
            166usize,
            "start_menu_hide_recent_jump_lists",
            &self.start_menu_hide_recent_jump_lists,
        );
        v.field(
            167usize,
            "start_menu_hide_recently_added_apps",
            &self.start_menu_hide_recently_added_apps,
        );
        v.field(
            168usize,
            "start_menu_hide_restart_options",
            &self.start_menu_hide_restart_options,
        );
        v.field(169usize, "start_menu_hide_shut_down", &self.start_menu_hide_shut_down);
        v.field(170usize, "start_menu_hide_sign_out", &self.start_menu_hide_sign_out);
        v.field(171usize, "start_menu_hide_sleep", &self.start_menu_hide_sleep);
        v.field(
            172usize,
            "start_menu_hide_switch_account",
            &self.start_menu_hide_switch_account,
        );
        v.field(173usize, "start_menu_hide_user_tile", &self.start_menu_hide_user_tile);
        v.field(
            174usize,
            "start_menu_layout_edge_assets_xml",
            &self.start_menu_layout_edge_assets_xml,
        );
        v.field(175usize, "start_menu_layout_xml", &self.start_menu_layout_xml);
        v.field(176usize, "start_menu_mode", &self.start_menu_mode);
        v.field(
            177usize,
            "start_menu_pinned_folder_documents",
            &self.start_menu_pinned_folder_documents,
        );
        v.field(
            178usize,
            "start_menu_pinned_folder_downloads",
            &self.start_menu_pinned_folder_downloads,
        );
        v.field(
            179usize,
            "start_menu_pinned_folder_file_explorer",
            &self.start_menu_pinned_folder_file_explorer,
        );
        v.field(
            180usize,
            "start_menu_pinned_folder_home_group",
            &self.start_menu_pinned_folder_home_group,
        );
        v.field(
            181usize,
            "start_menu_pinned_folder_music",
            &self.start_menu_pinned_folder_music,
        );
        v.field(
            182usize,
            "start_menu_pinned_folder_network",
            &self.start_menu_pinned_folder_network,
        );
        v.field(
            183usize,
            "start_menu_pinned_folder_personal_folder",
            &self.start_menu_pinned_folder_personal_folder,
        );
        v.field(
            184usize,
            "start_menu_pinned_folder_pictures",
            &self.start_menu_pinned_folder_pictures,
        );
        v.field(
            185usize,
            "start_menu_pinned_folder_settings",
            &self.start_menu_pinned_folder_settings,
        );
        v.field(
            186usize,
            "start_menu_pinned_folder_videos",
            &self.start_menu_pinned_folder_videos,
        );
        v.field(
            187usize,
            "storage_block_removable_storage",
            &self.storage_block_removable_storage,
        );
        v.field(
            188usize,
            "storage_require_mobile_device_encryption",
            &self.storage_require_mobile_device_encryption,
        );
        v.field(
            189usize,
            "storage_restrict_app_data_to_system_volume",
            &self.storage_restrict_app_data_to_system_volume,
        );
        v.field(
            190usize,
            "storage_restrict_app_install_to_system_volume",
            &self.storage_restrict_app_install_to_system_volume,
        );
        v.field(
            191usize,
            "tenant_lockdown_require_network_during_out_of_box_experience",
            &self.tenant_lockdown_require_network_during_out_of_box_experience,
        );
        v.field(192usize, "usb_blocked", &self.usb_blocked);
        v.field(193usize, "voice_recording_blocked", &self.voice_recording_blocked);
        v.field(
            194usize,
            "web_rtc_block_localhost_ip_address",
            &self.web_rtc_block_localhost_ip_address,
        );
        v.field(
            195usize,
            "wi_fi_block_automatic_connect_hotspots",
            &self.wi_fi_block_automatic_connect_hotspots,
        );
        v.field(196usize, "wi_fi_blocked", &self.wi_fi_blocked);
        v.field(
            197usize,
            "wi_fi_block_manual_configuration",
            &self.wi_fi_block_manual_configuration,
        );
        v.field(198usize, "wi_fi_scan_interval", &self.wi_fi_scan_interval);
        v.field(
            199usize,
            "windows_spotlight_block_consumer_specific_features",
            &self.windows_spotlight_block_consumer_specific_features,
        );
        v.field(200usize, "windows_spotlight_blocked", &self.windows_spotlight_blocked);
        v.field(
            201usize,
            "windows_spotlight_block_on_action_center",
            &self.windows_spotlight_block_on_action_center,
        );
        v.field(
            202usize,
            "windows_spotlight_block_tailored_experiences",
            &self.windows_spotlight_block_tailored_experiences,
        );
        v.field(
            203usize,
            "windows_spotlight_block_third_party_notifications",
            &self.windows_spotlight_block_third_party_notifications,
        );
        v.field(
            204usize,
            "windows_spotlight_block_welcome_experience",
            &self.windows_spotlight_block_welcome_experience,
        );
        v.field(
            205usize,
            "windows_spotlight_block_windows_tips",
            &self.windows_spotlight_block_windows_tips,
        );
        v.field(
            206usize,
            "windows_spotlight_configure_on_lock_screen",
            &self.windows_spotlight_configure_on_lock_screen,
        );
        v.field(
            207usize,
            "windows_store_block_auto_update",
            &self.windows_store_block_auto_update,
        );
        v.field(208usize, "windows_store_blocked", &self.windows_store_blocked);
        v.field(
            209usize,
            "windows_store_enable_private_store_only",
            &self.windows_store_enable_private_store_only,
        );
        v.field(
            210usize,
            "wireless_display_block_projection_to_this_device",
            &self.wireless_display_block_projection_to_this_device,
        );
        v.field(
            211usize,
            "wireless_display_block_user_input_from_receiver",
            &self.wireless_display_block_user_input_from_receiver,
        );
        v.field(
            212usize,
            "wireless_display_require_pin_for_pairing",
            &self.wireless_display_require_pin_for_pairing,
        );
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for Windows10GeneralConfiguration {
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
            12usize => {
                self.accounts_block_adding_non_microsoft_account_email.read_from(r)
            }
            13usize => self.anti_theft_mode_blocked.read_from(r),
            14usize => self.apps_allow_trusted_apps_sideloading.read_from(r),
            15usize => self.apps_block_windows_store_originated_apps.read_from(r),
            16usize => self.bluetooth_allowed_services.read_from(r),
            17usize => self.bluetooth_block_advertising.read_from(r),
            18usize => self.bluetooth_block_discoverable_mode.read_from(r),
            19usize => self.bluetooth_blocked.read_from(r),
            20usize => self.bluetooth_block_pre_pairing.read_from(r),
            21usize => self.camera_blocked.read_from(r),
            22usize => self.cellular_block_data_when_roaming.read_from(r),
            23usize => self.cellular_block_vpn.read_from(r),
            24usize => self.cellular_block_vpn_when_roaming.read_from(r),
            25usize => {
                self.certificates_block_manual_root_certificate_installation.read_from(r)
            }
            26usize => self.connected_devices_service_blocked.read_from(r),
            27usize => self.copy_paste_blocked.read_from(r),
            28usize => self.cortana_blocked.read_from(r),
            29usize => self.defender_block_end_user_access.read_from(r),
            30usize => self.defender_cloud_block_level.read_from(r),
            31usize => {
                self.defender_days_before_deleting_quarantined_malware.read_from(r)
            }
            32usize => self.defender_detected_malware_actions.read_from(r),
            33usize => self.defender_file_extensions_to_exclude.read_from(r),
            34usize => self.defender_files_and_folders_to_exclude.read_from(r),
            35usize => self.defender_monitor_file_activity.read_from(r),
            36usize => self.defender_processes_to_exclude.read_from(r),
            37usize => self.defender_prompt_for_sample_submission.read_from(r),
            38usize => self.defender_require_behavior_monitoring.read_from(r),
            39usize => self.defender_require_cloud_protection.read_from(r),
            40usize => self.defender_require_network_inspection_system.read_from(r),
            41usize => self.defender_require_real_time_monitoring.read_from(r),
            42usize => self.defender_scan_archive_files.read_from(r),
            43usize => self.defender_scan_downloads.read_from(r),
            44usize => self.defender_scan_incoming_mail.read_from(r),
            45usize => {
                self.defender_scan_mapped_network_drives_during_full_scan.read_from(r)
            }
            46usize => self.defender_scan_max_cpu.read_from(r),
            47usize => self.defender_scan_network_files.read_from(r),
            48usize => self.defender_scan_removable_drives_during_full_scan.read_from(r),
            49usize => {
                self.defender_scan_scripts_loaded_in_internet_explorer.read_from(r)
            }
            50usize => self.defender_scan_type.read_from(r),
            51usize => self.defender_scheduled_quick_scan_time.read_from(r),
            52usize => self.defender_scheduled_scan_time.read_from(r),
            53usize => self.defender_signature_update_interval_in_hours.read_from(r),
            54usize => self.defender_system_scan_schedule.read_from(r),
            55usize => self.developer_unlock_setting.read_from(r),
            56usize => self.device_management_block_factory_reset_on_mobile.read_from(r),
            57usize => self.device_management_block_manual_unenroll.read_from(r),
            58usize => self.diagnostics_data_submission_mode.read_from(r),
            59usize => self.edge_allow_start_pages_modification.read_from(r),
            60usize => self.edge_block_access_to_about_flags.read_from(r),
            61usize => self.edge_block_address_bar_dropdown.read_from(r),
            62usize => self.edge_block_autofill.read_from(r),
            63usize => self.edge_block_compatibility_list.read_from(r),
            64usize => self.edge_block_developer_tools.read_from(r),
            65usize => self.edge_blocked.read_from(r),
            66usize => self.edge_block_extensions.read_from(r),
            67usize => self.edge_block_in_private_browsing.read_from(r),
            68usize => self.edge_block_java_script.read_from(r),
            69usize => self.edge_block_live_tile_data_collection.read_from(r),
            70usize => self.edge_block_password_manager.read_from(r),
            71usize => self.edge_block_popups.read_from(r),
            72usize => self.edge_block_search_suggestions.read_from(r),
            73usize => self.edge_block_sending_do_not_track_header.read_from(r),
            74usize => {
                self.edge_block_sending_intranet_traffic_to_internet_explorer
                    .read_from(r)
            }
            75usize => self.edge_clear_browsing_data_on_exit.read_from(r),
            76usize => self.edge_cookie_policy.read_from(r),
            77usize => self.edge_disable_first_run_page.read_from(r),
            78usize => self.edge_enterprise_mode_site_list_location.read_from(r),
            79usize => self.edge_first_run_url.read_from(r),
            80usize => self.edge_homepage_urls.read_from(r),
            81usize => self.edge_require_smart_screen.read_from(r),
            82usize => self.edge_search_engine.read_from(r),
            83usize => self.edge_send_intranet_traffic_to_internet_explorer.read_from(r),
            84usize => self.edge_sync_favorites_with_internet_explorer.read_from(r),
            85usize => self.enterprise_cloud_print_discovery_end_point.read_from(r),
            86usize => self.enterprise_cloud_print_discovery_max_limit.read_from(r),
            87usize => {
                self.enterprise_cloud_print_mopria_discovery_resource_identifier
                    .read_from(r)
            }
            88usize => self.enterprise_cloud_print_o_auth_authority.read_from(r),
            89usize => self.enterprise_cloud_print_o_auth_client_identifier.read_from(r),
            90usize => self.enterprise_cloud_print_resource_identifier.read_from(r),
            91usize => self.experience_block_device_discovery.read_from(r),
            92usize => self.experience_block_error_dialog_when_no_sim.read_from(r),
            93usize => self.experience_block_task_switcher.read_from(r),
            94usize => self.game_dvr_blocked.read_from(r),
            95usize => self.internet_sharing_blocked.read_from(r),
            96usize => self.location_services_blocked.read_from(r),
            97usize => self.lock_screen_allow_timeout_configuration.read_from(r),
            98usize => self.lock_screen_block_action_center_notifications.read_from(r),
            99usize => self.lock_screen_block_cortana.read_from(r),
            100usize => self.lock_screen_block_toast_notifications.read_from(r),
            101usize => self.lock_screen_timeout_in_seconds.read_from(r),
            102usize => self.logon_block_fast_user_switching.read_from(r),
            103usize => self.microsoft_account_blocked.read_from(r),
            104usize => self.microsoft_account_block_settings_sync.read_from(r),
            105usize => self.network_proxy_apply_settings_device_wide.read_from(r),
            106usize => self.network_proxy_automatic_configuration_url.read_from(r),
            107usize => self.network_proxy_disable_auto_detect.read_from(r),
            108usize => self.network_proxy_server.read_from(r),
            109usize => self.nfc_blocked.read_from(r),
            110usize => self.one_drive_disable_file_sync.read_from(r),
            111usize => self.password_block_simple.read_from(r),
            112usize => self.password_expiration_days.read_from(r),
            113usize => self.password_minimum_character_set_count.read_from(r),
            114usize => self.password_minimum_length.read_from(r),
            115usize => {
                self.password_minutes_of_inactivity_before_screen_timeout.read_from(r)
            }
            116usize => self.password_previous_password_block_count.read_from(r),
            117usize => self.password_required.read_from(r),
            118usize => self.password_required_type.read_from(r),
            119usize => self.password_require_when_resume_from_idle_state.read_from(r),
            120usize => {
                self.password_sign_in_failure_count_before_factory_reset.read_from(r)
            }
            121usize => self.personalization_desktop_image_url.read_from(r),
            122usize => self.personalization_lock_screen_image_url.read_from(r),
            123usize => self.privacy_advertising_id.read_from(r),
            124usize => self.privacy_auto_accept_pairing_and_consent_prompts.read_from(r),
            125usize => self.privacy_block_input_personalization.read_from(r),
            126usize => self.reset_protection_mode_blocked.read_from(r),
            127usize => self.safe_search_filter.read_from(r),
            128usize => self.screen_capture_blocked.read_from(r),
            129usize => self.search_block_diacritics.read_from(r),
            130usize => self.search_disable_auto_language_detection.read_from(r),
            131usize => self.search_disable_indexer_backoff.read_from(r),
            132usize => self.search_disable_indexing_encrypted_items.read_from(r),
            133usize => self.search_disable_indexing_removable_drive.read_from(r),
            134usize => self.search_enable_automatic_index_size_manangement.read_from(r),
            135usize => self.search_enable_remote_queries.read_from(r),
            136usize => self.settings_block_accounts_page.read_from(r),
            137usize => self.settings_block_add_provisioning_package.read_from(r),
            138usize => self.settings_block_apps_page.read_from(r),
            139usize => self.settings_block_change_language.read_from(r),
            140usize => self.settings_block_change_power_sleep.read_from(r),
            141usize => self.settings_block_change_region.read_from(r),
            142usize => self.settings_block_change_system_time.read_from(r),
            143usize => self.settings_block_devices_page.read_from(r),
            144usize => self.settings_block_ease_of_access_page.read_from(r),
            145usize => self.settings_block_edit_device_name.read_from(r),
            146usize => self.settings_block_gaming_page.read_from(r),
            147usize => self.settings_block_network_internet_page.read_from(r),
            148usize => self.settings_block_personalization_page.read_from(r),
            149usize => self.settings_block_privacy_page.read_from(r),
            150usize => self.settings_block_remove_provisioning_package.read_from(r),
            151usize => self.settings_block_settings_app.read_from(r),
            152usize => self.settings_block_system_page.read_from(r),
            153usize => self.settings_block_time_language_page.read_from(r),
            154usize => self.settings_block_update_security_page.read_from(r),
            155usize => self.shared_user_app_data_allowed.read_from(r),
            156usize => self.smart_screen_block_prompt_override.read_from(r),
            157usize => self.smart_screen_block_prompt_override_for_files.read_from(r),
            158usize => self.smart_screen_enable_app_install_control.read_from(r),
            159usize => self.start_block_unpinning_apps_from_taskbar.read_from(r),
            160usize => self.start_menu_app_list_visibility.read_from(r),
            161usize => self.start_menu_hide_change_account_settings.read_from(r),
            162usize => self.start_menu_hide_frequently_used_apps.read_from(r),
            163usize => self.start_menu_hide_hibernate.read_from(r),
            164usize => self.start_menu_hide_lock.read_from(r),
            165usize => self.start_menu_hide_power_button.read_from(r),
            166usize => self.start_menu_hide_recent_jump_lists.read_from(r),
            167usize => self.start_menu_hide_recently_added_apps.read_from(r),
            168usize => self.start_menu_hide_restart_options.read_from(r),
            169usize => self.start_menu_hide_shut_down.read_from(r),
            170usize => self.start_menu_hide_sign_out.read_from(r),
            171usize => self.start_menu_hide_sleep.read_from(r),
            172usize => self.start_menu_hide_switch_account.read_from(r),
            173usize => self.start_menu_hide_user_tile.read_from(r),
            174usize => self.start_menu_layout_edge_assets_xml.read_from(r),
            175usize => self.start_menu_layout_xml.read_from(r),
            176usize => self.start_menu_mode.read_from(r),
            177usize => self.start_menu_pinned_folder_documents.read_from(r),
            178usize => self.start_menu_pinned_folder_downloads.read_from(r),
            179usize => self.start_menu_pinned_folder_file_explorer.read_from(r),
            180usize => self.start_menu_pinned_folder_home_group.read_from(r),
            181usize => self.start_menu_pinned_folder_music.read_from(r),
            182usize => self.start_menu_pinned_folder_network.read_from(r),
            183usize => self.start_menu_pinned_folder_personal_folder.read_from(r),
            184usize => self.start_menu_pinned_folder_pictures.read_from(r),
            185usize => self.start_menu_pinned_folder_settings.read_from(r),
            186usize => self.start_menu_pinned_folder_videos.read_from(r),
            187usize => self.storage_block_removable_storage.read_from(r),
            188usize => self.storage_require_mobile_device_encryption.read_from(r),
            189usize => self.storage_restrict_app_data_to_system_volume.read_from(r),
            190usize => self.storage_restrict_app_install_to_system_volume.read_from(r),
            191usize => {
                self.tenant_lockdown_require_network_during_out_of_box_experience
                    .read_from(r)
            }
            192usize => self.usb_blocked.read_from(r),
            193usize => self.voice_recording_blocked.read_from(r),
            194usize => self.web_rtc_block_localhost_ip_address.read_from(r),
            195usize => self.wi_fi_block_automatic_connect_hotspots.read_from(r),
            196usize => self.wi_fi_blocked.read_from(r),
            197usize => self.wi_fi_block_manual_configuration.read_from(r),
            198usize => self.wi_fi_scan_interval.read_from(r),
            199usize => {
                self.windows_spotlight_block_consumer_specific_features.read_from(r)
            }
            200usize => self.windows_spotlight_blocked.read_from(r),
            201usize => self.windows_spotlight_block_on_action_center.read_from(r),
            202usize => self.windows_spotlight_block_tailored_experiences.read_from(r),
            203usize => {
                self.windows_spotlight_block_third_party_notifications.read_from(r)
            }
            204usize => self.windows_spotlight_block_welcome_experience.read_from(r),
            205usize => self.windows_spotlight_block_windows_tips.read_from(r),
            206usize => self.windows_spotlight_configure_on_lock_screen.read_from(r),
            207usize => self.windows_store_block_auto_update.read_from(r),
            208usize => self.windows_store_blocked.read_from(r),
            209usize => self.windows_store_enable_private_store_only.read_from(r),
            210usize => {
                self.wireless_display_block_projection_to_this_device.read_from(r)
            }
            211usize => self.wireless_display_block_user_input_from_receiver.read_from(r),
            212usize => self.wireless_display_require_pin_for_pairing.read_from(r),
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
        w.field(12usize, &self.accounts_block_adding_non_microsoft_account_email);
        w.field(13usize, &self.anti_theft_mode_blocked);
        w.field(14usize, &self.apps_allow_trusted_apps_sideloading);
        w.field(15usize, &self.apps_block_windows_store_originated_apps);
        w.field(16usize, &self.bluetooth_allowed_services);
        w.field(17usize, &self.bluetooth_block_advertising);
        w.field(18usize, &self.bluetooth_block_discoverable_mode);
        w.field(19usize, &self.bluetooth_blocked);
        w.field(20usize, &self.bluetooth_block_pre_pairing);
        w.field(21usize, &self.camera_blocked);
        w.field(22usize, &self.cellular_block_data_when_roaming);
        w.field(23usize, &self.cellular_block_vpn);
        w.field(24usize, &self.cellular_block_vpn_when_roaming);
        w.field(25usize, &self.certificates_block_manual_root_certificate_installation);
        w.field(26usize, &self.connected_devices_service_blocked);
        w.field(27usize, &self.copy_paste_blocked);
        w.field(28usize, &self.cortana_blocked);
        w.field(29usize, &self.defender_block_end_user_access);
        w.field(30usize, &self.defender_cloud_block_level);
        w.field(31usize, &self.defender_days_before_deleting_quarantined_malware);
        w.field(32usize, &self.defender_detected_malware_actions);
        w.field(33usize, &self.defender_file_extensions_to_exclude);
        w.field(34usize, &self.defender_files_and_folders_to_exclude);
        w.field(35usize, &self.defender_monitor_file_activity);
        w.field(36usize, &self.defender_processes_to_exclude);
        w.field(37usize, &self.defender_prompt_for_sample_submission);
        w.field(38usize, &self.defender_require_behavior_monitoring);
        w.field(39usize, &self.defender_require_cloud_protection);
        w.field(40usize, &self.defender_require_network_inspection_system);
        w.field(41usize, &self.defender_require_real_time_monitoring);
        w.field(42usize, &self.defender_scan_archive_files);
        w.field(43usize, &self.defender_scan_downloads);
        w.field(44usize, &self.defender_scan_incoming_mail);
        w.field(45usize, &self.defender_scan_mapped_network_drives_during_full_scan);
        w.field(46usize, &self.defender_scan_max_cpu);
        w.field(47usize, &self.defender_scan_network_files);
        w.field(48usize, &self.defender_scan_removable_drives_during_full_scan);
        w.field(49usize, &self.defender_scan_scripts_loaded_in_internet_explorer);
        w.field(50usize, &self.defender_scan_type);
        w.field(51usize, &self.defender_scheduled_quick_scan_time);
        w.field(52usize, &self.defender_scheduled_scan_time);
        w.field(53usize, &self.defender_signature_update_interval_in_hours);
        w.field(54usize, &self.defender_system_scan_schedule);
        w.field(55usize, &self.developer_unlock_setting);
        w.field(56usize, &self.device_management_block_factory_reset_on_mobile);
        w.field(57usize, &self.device_management_block_manual_unenroll);
        w.field(58usize, &self.diagnostics_data_submission_mode);
        w.field(59usize, &self.edge_allow_start_pages_modification);
        w.field(60usize, &self.edge_block_access_to_about_flags);
        w.field(61usize, &self.edge_block_address_bar_dropdown);
        w.field(62usize, &self.edge_block_autofill);
        w.field(63usize, &self.edge_block_compatibility_list);
        w.field(64usize, &self.edge_block_developer_tools);
        w.field(65usize, &self.edge_blocked);
        w.field(66usize, &self.edge_block_extensions);
        w.field(67usize, &self.edge_block_in_private_browsing);
        w.field(68usize, &self.edge_block_java_script);
        w.field(69usize, &self.edge_block_live_tile_data_collection);
        w.field(70usize, &self.edge_block_password_manager);
        w.field(71usize, &self.edge_block_popups);
        w.field(72usize, &self.edge_block_search_suggestions);
        w.field(73usize, &self.edge_block_sending_do_not_track_header);
        w.field(74usize, &self.edge_block_sending_intranet_traffic_to_internet_explorer);
        w.field(75usize, &self.edge_clear_browsing_data_on_exit);
        w.field(76usize, &self.edge_cookie_policy);
        w.field(77usize, &self.edge_disable_first_run_page);
        w.field(78usize, &self.edge_enterprise_mode_site_list_location);
        w.field(79usize, &self.edge_first_run_url);
        w.field(80usize, &self.edge_homepage_urls);
        w.field(81usize, &self.edge_require_smart_screen);
        w.field(82usize, &self.edge_search_engine);
        w.field(83usize, &self.edge_send_intranet_traffic_to_internet_explorer);
        w.field(84usize, &self.edge_sync_favorites_with_internet_explorer);
        w.field(85usize, &self.enterprise_cloud_print_discovery_end_point);
        w.field(86usize, &self.enterprise_cloud_print_discovery_max_limit);
        w.field(
            87usize,
            &self.enterprise_cloud_print_mopria_discovery_resource_identifier,
        );
        w.field(88usize, &self.enterprise_cloud_print_o_auth_authority);
        w.field(89usize, &self.enterprise_cloud_print_o_auth_client_identifier);
        w.field(90usize, &self.enterprise_cloud_print_resource_identifier);
        w.field(91usize, &self.experience_block_device_discovery);
        w.field(92usize, &self.experience_block_error_dialog_when_no_sim);
        w.field(93usize, &self.experience_block_task_switcher);
        w.field(94usize, &self.game_dvr_blocked);
        w.field(95usize, &self.internet_sharing_blocked);
        w.field(96usize, &self.location_services_blocked);
        w.field(97usize, &self.lock_screen_allow_timeout_configuration);
        w.field(98usize, &self.lock_screen_block_action_center_notifications);
        w.field(99usize, &self.lock_screen_block_cortana);
        w.field(100usize, &self.lock_screen_block_toast_notifications);
        w.field(101usize, &self.lock_screen_timeout_in_seconds);
        w.field(102usize, &self.logon_block_fast_user_switching);
        w.field(103usize, &self.microsoft_account_blocked);
        w.field(104usize, &self.microsoft_account_block_settings_sync);
        w.field(105usize, &self.network_proxy_apply_settings_device_wide);
        w.field(106usize, &self.network_proxy_automatic_configuration_url);
        w.field(107usize, &self.network_proxy_disable_auto_detect);
        w.field(108usize, &self.network_proxy_server);
        w.field(109usize, &self.nfc_blocked);
        w.field(110usize, &self.one_drive_disable_file_sync);
        w.field(111usize, &self.password_block_simple);
        w.field(112usize, &self.password_expiration_days);
        w.field(113usize, &self.password_minimum_character_set_count);
        w.field(114usize, &self.password_minimum_length);
        w.field(115usize, &self.password_minutes_of_inactivity_before_screen_timeout);
        w.field(116usize, &self.password_previous_password_block_count);
        w.field(117usize, &self.password_required);
        w.field(118usize, &self.password_required_type);
        w.field(119usize, &self.password_require_when_resume_from_idle_state);
        w.field(120usize, &self.password_sign_in_failure_count_before_factory_reset);
        w.field(121usize, &self.personalization_desktop_image_url);
        w.field(122usize, &self.personalization_lock_screen_image_url);
        w.field(123usize, &self.privacy_advertising_id);
        w.field(124usize, &self.privacy_auto_accept_pairing_and_consent_prompts);
        w.field(125usize, &self.privacy_block_input_personalization);
        w.field(126usize, &self.reset_protection_mode_blocked);
        w.field(127usize, &self.safe_search_filter);
        w.field(128usize, &self.screen_capture_blocked);
        w.field(129usize, &self.search_block_diacritics);
        w.field(130usize, &self.search_disable_auto_language_detection);
        w.field(131usize, &self.search_disable_indexer_backoff);
        w.field(132usize, &self.search_disable_indexing_encrypted_items);
        w.field(133usize, &self.search_disable_indexing_removable_drive);
        w.field(134usize, &self.search_enable_automatic_index_size_manangement);
        w.field(135usize, &self.search_enable_remote_queries);
        w.field(136usize, &self.settings_block_accounts_page);
        w.field(137usize, &self.settings_block_add_provisioning_package);
        w.field(138usize, &self.settings_block_apps_page);
        w.field(139usize, &self.settings_block_change_language);
        w.field(140usize, &self.settings_block_change_power_sleep);
        w.field(141usize, &self.settings_block_change_region);
        w.field(142usize, &self.settings_block_change_system_time);
        w.field(143usize, &self.settings_block_devices_page);
        w.field(144usize, &self.settings_block_ease_of_access_page);
        w.field(145usize, &self.settings_block_edit_device_name);
        w.field(146usize, &self.settings_block_gaming_page);
        w.field(147usize, &self.settings_block_network_internet_page);
        w.field(148usize, &self.settings_block_personalization_page);
        w.field(149usize, &self.settings_block_privacy_page);
        w.field(150usize, &self.settings_block_remove_provisioning_package);
        w.field(151usize, &self.settings_block_settings_app);
        w.field(152usize, &self.settings_block_system_page);
        w.field(153usize, &self.settings_block_time_language_page);
        w.field(154usize, &self.settings_block_update_security_page);
        w.field(155usize, &self.shared_user_app_data_allowed);
        w.field(156usize, &self.smart_screen_block_prompt_override);
        w.field(157usize, &self.smart_screen_block_prompt_override_for_files);
        w.field(158usize, &self.smart_screen_enable_app_install_control);
        w.field(159usize, &self.start_block_unpinning_apps_from_taskbar);
        w.field(160usize, &self.start_menu_app_list_visibility);
        w.field(161usize, &self.start_menu_hide_change_account_settings);
        w.field(162usize, &self.start_menu_hide_frequently_used_apps);
        w.field(163usize, &self.start_menu_hide_hibernate);
        w.field(164usize, &self.start_menu_hide_lock);
        w.field(165usize, &self.start_menu_hide_power_button);
        w.field(166usize, &self.start_menu_hide_recent_jump_lists);
        w.field(167usize, &self.start_menu_hide_recently_added_apps);
        w.field(168usize, &self.start_menu_hide_restart_options);
        w.field(169usize, &self.start_menu_hide_shut_down);
        w.field(170usize, &self.start_menu_hide_sign_out);
        w.field(171usize, &self.start_menu_hide_sleep);
        w.field(172usize, &self.start_menu_hide_switch_account);
        w.field(173usize, &self.start_menu_hide_user_tile);
        w.field(174usize, &self.start_menu_layout_edge_assets_xml);
        w.field(175usize, &self.start_menu_layout_xml);
        w.field(176usize, &self.start_menu_mode);
        w.field(177usize, &self.start_menu_pinned_folder_documents);
        w.field(178usize, &self.start_menu_pinned_folder_downloads);
        w.field(179usize, &self.start_menu_pinned_folder_file_explorer);
        w.field(180usize, &self.start_menu_pinned_folder_home_group);
        w.field(181usize, &self.start_menu_pinned_folder_music);
        w.field(182usize, &self.start_menu_pinned_folder_network);
        w.field(183usize, &self.start_menu_pinned_folder_personal_folder);
        w.field(184usize, &self.start_menu_pinned_folder_pictures);
        w.field(185usize, &self.start_menu_pinned_folder_settings);
        w.field(186usize, &self.start_menu_pinned_folder_videos);
        w.field(187usize, &self.storage_block_removable_storage);
        w.field(188usize, &self.storage_require_mobile_device_encryption);
        w.field(189usize, &self.storage_restrict_app_data_to_system_volume);
        w.field(190usize, &self.storage_restrict_app_install_to_system_volume);
        w.field(
            191usize,
            &self.tenant_lockdown_require_network_during_out_of_box_experience,
        );
        w.field(192usize, &self.usb_blocked);
        w.field(193usize, &self.voice_recording_blocked);
        w.field(194usize, &self.web_rtc_block_localhost_ip_address);
        w.field(195usize, &self.wi_fi_block_automatic_connect_hotspots);
        w.field(196usize, &self.wi_fi_blocked);
        w.field(197usize, &self.wi_fi_block_manual_configuration);
        w.field(198usize, &self.wi_fi_scan_interval);
        w.field(199usize, &self.windows_spotlight_block_consumer_specific_features);
        w.field(200usize, &self.windows_spotlight_blocked);
        w.field(201usize, &self.windows_spotlight_block_on_action_center);
        w.field(202usize, &self.windows_spotlight_block_tailored_experiences);
        w.field(203usize, &self.windows_spotlight_block_third_party_notifications);
        w.field(204usize, &self.windows_spotlight_block_welcome_experience);
        w.field(205usize, &self.windows_spotlight_block_windows_tips);
        w.field(206usize, &self.windows_spotlight_configure_on_lock_screen);
        w.field(207usize, &self.windows_store_block_auto_update);
        w.field(208usize, &self.windows_store_blocked);
        w.field(209usize, &self.windows_store_enable_private_store_only);
        w.field(210usize, &self.wireless_display_block_projection_to_this_device);
        w.field(211usize, &self.wireless_display_block_user_input_from_receiver);
        w.field(212usize, &self.wireless_display_require_pin_for_pairing);
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
rt::impl_object!(Windows10GeneralConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    Windows10GeneralConfiguration { with_id id : ::std::string::String;
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
    ::v1::DeviceConfigurationUserOverview;
    with_accounts_block_adding_non_microsoft_account_email
    accounts_block_adding_non_microsoft_account_email : bool;
    with_anti_theft_mode_blocked anti_theft_mode_blocked : bool;
    with_apps_allow_trusted_apps_sideloading apps_allow_trusted_apps_sideloading : crate
    ::v1::StateManagementSetting; with_apps_block_windows_store_originated_apps
    apps_block_windows_store_originated_apps : bool; with_bluetooth_allowed_services
    bluetooth_allowed_services : ::std::vec::Vec < ::std::string::String >;
    with_bluetooth_block_advertising bluetooth_block_advertising : bool;
    with_bluetooth_block_discoverable_mode bluetooth_block_discoverable_mode : bool;
    with_bluetooth_blocked bluetooth_blocked : bool; with_bluetooth_block_pre_pairing
    bluetooth_block_pre_pairing : bool; with_camera_blocked camera_blocked : bool;
    with_cellular_block_data_when_roaming cellular_block_data_when_roaming : bool;
    with_cellular_block_vpn cellular_block_vpn : bool;
    with_cellular_block_vpn_when_roaming cellular_block_vpn_when_roaming : bool;
    with_certificates_block_manual_root_certificate_installation
    certificates_block_manual_root_certificate_installation : bool;
    with_connected_devices_service_blocked connected_devices_service_blocked : bool;
    with_copy_paste_blocked copy_paste_blocked : bool; with_cortana_blocked
    cortana_blocked : bool; with_defender_block_end_user_access
    defender_block_end_user_access : bool; with_defender_cloud_block_level
    defender_cloud_block_level : crate ::v1::DefenderCloudBlockLevelType;
    with_defender_days_before_deleting_quarantined_malware
    defender_days_before_deleting_quarantined_malware : i32;
    with_defender_detected_malware_actions defender_detected_malware_actions : crate
    ::v1::DefenderDetectedMalwareActions; with_defender_file_extensions_to_exclude
    defender_file_extensions_to_exclude : ::std::vec::Vec < ::std::string::String >;
    with_defender_files_and_folders_to_exclude defender_files_and_folders_to_exclude :
    ::std::vec::Vec < ::std::string::String >; with_defender_monitor_file_activity
    defender_monitor_file_activity : crate ::v1::DefenderMonitorFileActivity;
    with_defender_processes_to_exclude defender_processes_to_exclude : ::std::vec::Vec <
    ::std::string::String >; with_defender_prompt_for_sample_submission
    defender_prompt_for_sample_submission : crate
    ::v1::DefenderPromptForSampleSubmission; with_defender_require_behavior_monitoring
    defender_require_behavior_monitoring : bool; with_defender_require_cloud_protection
    defender_require_cloud_protection : bool;
    with_defender_require_network_inspection_system
    defender_require_network_inspection_system : bool;
    with_defender_require_real_time_monitoring defender_require_real_time_monitoring :
    bool; with_defender_scan_archive_files defender_scan_archive_files : bool;
    with_defender_scan_downloads defender_scan_downloads : bool;
    with_defender_scan_incoming_mail defender_scan_incoming_mail : bool;
    with_defender_scan_mapped_network_drives_during_full_scan
    defender_scan_mapped_network_drives_during_full_scan : bool;
    with_defender_scan_max_cpu defender_scan_max_cpu : i32;
    with_defender_scan_network_files defender_scan_network_files : bool;
    with_defender_scan_removable_drives_during_full_scan
    defender_scan_removable_drives_during_full_scan : bool;
    with_defender_scan_scripts_loaded_in_internet_explorer
    defender_scan_scripts_loaded_in_internet_explorer : bool; with_defender_scan_type
    defender_scan_type : crate ::v1::DefenderScanType;
    with_defender_scheduled_quick_scan_time defender_scheduled_quick_scan_time :
    rt::edm::TimeOfDay; with_defender_scheduled_scan_time defender_scheduled_scan_time :
    rt::edm::TimeOfDay; with_defender_signature_update_interval_in_hours
    defender_signature_update_interval_in_hours : i32; with_defender_system_scan_schedule
    defender_system_scan_schedule : crate ::v1::WeeklySchedule;
    with_developer_unlock_setting developer_unlock_setting : crate
    ::v1::StateManagementSetting; with_device_management_block_factory_reset_on_mobile
    device_management_block_factory_reset_on_mobile : bool;
    with_device_management_block_manual_unenroll device_management_block_manual_unenroll
    : bool; with_diagnostics_data_submission_mode diagnostics_data_submission_mode :
    crate ::v1::DiagnosticDataSubmissionMode; with_edge_allow_start_pages_modification
    edge_allow_start_pages_modification : bool; with_edge_block_access_to_about_flags
    edge_block_access_to_about_flags : bool; with_edge_block_address_bar_dropdown
    edge_block_address_bar_dropdown : bool; with_edge_block_autofill edge_block_autofill
    : bool; with_edge_block_compatibility_list edge_block_compatibility_list : bool;
    with_edge_block_developer_tools edge_block_developer_tools : bool; with_edge_blocked
    edge_blocked : bool; with_edge_block_extensions edge_block_extensions : bool;
    with_edge_block_in_private_browsing edge_block_in_private_browsing : bool;
    with_edge_block_java_script edge_block_java_script : bool;
    with_edge_block_live_tile_data_collection edge_block_live_tile_data_collection :
    bool; with_edge_block_password_manager edge_block_password_manager : bool;
    with_edge_block_popups edge_block_popups : bool; with_edge_block_search_suggestions
    edge_block_search_suggestions : bool; with_edge_block_sending_do_not_track_header
    edge_block_sending_do_not_track_header : bool;
    with_edge_block_sending_intranet_traffic_to_internet_explorer
    edge_block_sending_intranet_traffic_to_internet_explorer : bool;
    with_edge_clear_browsing_data_on_exit edge_clear_browsing_data_on_exit : bool;
    with_edge_cookie_policy edge_cookie_policy : crate ::v1::EdgeCookiePolicy;
    with_edge_disable_first_run_page edge_disable_first_run_page : bool;
    with_edge_enterprise_mode_site_list_location edge_enterprise_mode_site_list_location
    : ::std::string::String; with_edge_first_run_url edge_first_run_url :
    ::std::string::String; with_edge_homepage_urls edge_homepage_urls : ::std::vec::Vec <
    ::std::string::String >; with_edge_require_smart_screen edge_require_smart_screen :
    bool; with_edge_search_engine edge_search_engine : crate
    ::v1::AnyEdgeSearchEngineBase; with_edge_send_intranet_traffic_to_internet_explorer
    edge_send_intranet_traffic_to_internet_explorer : bool;
    with_edge_sync_favorites_with_internet_explorer
    edge_sync_favorites_with_internet_explorer : bool;
    with_enterprise_cloud_print_discovery_end_point
    enterprise_cloud_print_discovery_end_point : ::std::string::String;
    with_enterprise_cloud_print_discovery_max_limit
    enterprise_cloud_print_discovery_max_limit : i32;
    with_enterprise_cloud_print_mopria_discovery_resource_identifier
    enterprise_cloud_print_mopria_discovery_resource_identifier : ::std::string::String;
    with_enterprise_cloud_print_o_auth_authority enterprise_cloud_print_o_auth_authority
    : ::std::string::String; with_enterprise_cloud_print_o_auth_client_identifier
    enterprise_cloud_print_o_auth_client_identifier : ::std::string::String;
    with_enterprise_cloud_print_resource_identifier
    enterprise_cloud_print_resource_identifier : ::std::string::String;
    with_experience_block_device_discovery experience_block_device_discovery : bool;
    with_experience_block_error_dialog_when_no_sim
    experience_block_error_dialog_when_no_sim : bool; with_experience_block_task_switcher
    experience_block_task_switcher : bool; with_game_dvr_blocked game_dvr_blocked : bool;
    with_internet_sharing_blocked internet_sharing_blocked : bool;
    with_location_services_blocked location_services_blocked : bool;
    with_lock_screen_allow_timeout_configuration lock_screen_allow_timeout_configuration
    : bool; with_lock_screen_block_action_center_notifications
    lock_screen_block_action_center_notifications : bool; with_lock_screen_block_cortana
    lock_screen_block_cortana : bool; with_lock_screen_block_toast_notifications
    lock_screen_block_toast_notifications : bool; with_lock_screen_timeout_in_seconds
    lock_screen_timeout_in_seconds : i32; with_logon_block_fast_user_switching
    logon_block_fast_user_switching : bool; with_microsoft_account_blocked
    microsoft_account_blocked : bool; with_microsoft_account_block_settings_sync
    microsoft_account_block_settings_sync : bool;
    with_network_proxy_apply_settings_device_wide
    network_proxy_apply_settings_device_wide : bool;
    with_network_proxy_automatic_configuration_url
    network_proxy_automatic_configuration_url : ::std::string::String;
    with_network_proxy_disable_auto_detect network_proxy_disable_auto_detect : bool;
    with_network_proxy_server network_proxy_server : crate
    ::v1::Windows10NetworkProxyServer; with_nfc_blocked nfc_blocked : bool;
    with_one_drive_disable_file_sync one_drive_disable_file_sync : bool;
    with_password_block_simple password_block_simple : bool;
    with_password_expiration_days password_expiration_days : i32;
    with_password_minimum_character_set_count password_minimum_character_set_count : i32;
    with_password_minimum_length password_minimum_length : i32;
    with_password_minutes_of_inactivity_before_screen_timeout
    password_minutes_of_inactivity_before_screen_timeout : i32;
    with_password_previous_password_block_count password_previous_password_block_count :
    i32; with_password_required password_required : bool; with_password_required_type
    password_required_type : crate ::v1::RequiredPasswordType;
    with_password_require_when_resume_from_idle_state
    password_require_when_resume_from_idle_state : bool;
    with_password_sign_in_failure_count_before_factory_reset
    password_sign_in_failure_count_before_factory_reset : i32;
    with_personalization_desktop_image_url personalization_desktop_image_url :
    ::std::string::String; with_personalization_lock_screen_image_url
    personalization_lock_screen_image_url : ::std::string::String;
    with_privacy_advertising_id privacy_advertising_id : crate
    ::v1::StateManagementSetting; with_privacy_auto_accept_pairing_and_consent_prompts
    privacy_auto_accept_pairing_and_consent_prompts : bool;
    with_privacy_block_input_personalization privacy_block_input_personalization : bool;
    with_reset_protection_mode_blocked reset_protection_mode_blocked : bool;
    with_safe_search_filter safe_search_filter : crate ::v1::SafeSearchFilterType;
    with_screen_capture_blocked screen_capture_blocked : bool;
    with_search_block_diacritics search_block_diacritics : bool;
    with_search_disable_auto_language_detection search_disable_auto_language_detection :
    bool; with_search_disable_indexer_backoff search_disable_indexer_backoff : bool;
    with_search_disable_indexing_encrypted_items search_disable_indexing_encrypted_items
    : bool; with_search_disable_indexing_removable_drive
    search_disable_indexing_removable_drive : bool;
    with_search_enable_automatic_index_size_manangement
    search_enable_automatic_index_size_manangement : bool;
    with_search_enable_remote_queries search_enable_remote_queries : bool;
    with_settings_block_accounts_page settings_block_accounts_page : bool;
    with_settings_block_add_provisioning_package settings_block_add_provisioning_package
    : bool; with_settings_block_apps_page settings_block_apps_page : bool;
    with_settings_block_change_language settings_block_change_language : bool;
    with_settings_block_change_power_sleep settings_block_change_power_sleep : bool;
    with_settings_block_change_region settings_block_change_region : bool;
    with_settings_block_change_system_time settings_block_change_system_time : bool;
    with_settings_block_devices_page settings_block_devices_page : bool;
    with_settings_block_ease_of_access_page settings_block_ease_of_access_page : bool;
    with_settings_block_edit_device_name settings_block_edit_device_name : bool;
    with_settings_block_gaming_page settings_block_gaming_page : bool;
    with_settings_block_network_internet_page settings_block_network_internet_page :
    bool; with_settings_block_personalization_page settings_block_personalization_page :
    bool; with_settings_block_privacy_page settings_block_privacy_page : bool;
    with_settings_block_remove_provisioning_package
    settings_block_remove_provisioning_package : bool; with_settings_block_settings_app
    settings_block_settings_app : bool; with_settings_block_system_page
    settings_block_system_page : bool; with_settings_block_time_language_page
    settings_block_time_language_page : bool; with_settings_block_update_security_page
    settings_block_update_security_page : bool; with_shared_user_app_data_allowed
    shared_user_app_data_allowed : bool; with_smart_screen_block_prompt_override
    smart_screen_block_prompt_override : bool;
    with_smart_screen_block_prompt_override_for_files
    smart_screen_block_prompt_override_for_files : bool;
    with_smart_screen_enable_app_install_control smart_screen_enable_app_install_control
    : bool; with_start_block_unpinning_apps_from_taskbar
    start_block_unpinning_apps_from_taskbar : bool; with_start_menu_app_list_visibility
    start_menu_app_list_visibility : rt::Flags < crate
    ::v1::WindowsStartMenuAppListVisibilityType >;
    with_start_menu_hide_change_account_settings start_menu_hide_change_account_settings
    : bool; with_start_menu_hide_frequently_used_apps
    start_menu_hide_frequently_used_apps : bool; with_start_menu_hide_hibernate
    start_menu_hide_hibernate : bool; with_start_menu_hide_lock start_menu_hide_lock :
    bool; with_start_menu_hide_power_button start_menu_hide_power_button : bool;
    with_start_menu_hide_recent_jump_lists start_menu_hide_recent_jump_lists : bool;
    with_start_menu_hide_recently_added_apps start_menu_hide_recently_added_apps : bool;
    with_start_menu_hide_restart_options start_menu_hide_restart_options : bool;
    with_start_menu_hide_shut_down start_menu_hide_shut_down : bool;
    with_start_menu_hide_sign_out start_menu_hide_sign_out : bool;
    with_start_menu_hide_sleep start_menu_hide_sleep : bool;
    with_start_menu_hide_switch_account start_menu_hide_switch_account : bool;
    with_start_menu_hide_user_tile start_menu_hide_user_tile : bool;
    with_start_menu_layout_edge_assets_xml start_menu_layout_edge_assets_xml :
    rt::edm::Binary; with_start_menu_layout_xml start_menu_layout_xml : rt::edm::Binary;
    with_start_menu_mode start_menu_mode : crate ::v1::WindowsStartMenuModeType;
    with_start_menu_pinned_folder_documents start_menu_pinned_folder_documents : crate
    ::v1::VisibilitySetting; with_start_menu_pinned_folder_downloads
    start_menu_pinned_folder_downloads : crate ::v1::VisibilitySetting;
    with_start_menu_pinned_folder_file_explorer start_menu_pinned_folder_file_explorer :
    crate ::v1::VisibilitySetting; with_start_menu_pinned_folder_home_group
    start_menu_pinned_folder_home_group : crate ::v1::VisibilitySetting;
    with_start_menu_pinned_folder_music start_menu_pinned_folder_music : crate
    ::v1::VisibilitySetting; with_start_menu_pinned_folder_network
    start_menu_pinned_folder_network : crate ::v1::VisibilitySetting;
    with_start_menu_pinned_folder_personal_folder
    start_menu_pinned_folder_personal_folder : crate ::v1::VisibilitySetting;
    with_start_menu_pinned_folder_pictures start_menu_pinned_folder_pictures : crate
    ::v1::VisibilitySetting; with_start_menu_pinned_folder_settings
    start_menu_pinned_folder_settings : crate ::v1::VisibilitySetting;
    with_start_menu_pinned_folder_videos start_menu_pinned_folder_videos : crate
    ::v1::VisibilitySetting; with_storage_block_removable_storage
    storage_block_removable_storage : bool; with_storage_require_mobile_device_encryption
    storage_require_mobile_device_encryption : bool;
    with_storage_restrict_app_data_to_system_volume
    storage_restrict_app_data_to_system_volume : bool;
    with_storage_restrict_app_install_to_system_volume
    storage_restrict_app_install_to_system_volume : bool;
    with_tenant_lockdown_require_network_during_out_of_box_experience
    tenant_lockdown_require_network_during_out_of_box_experience : bool; with_usb_blocked
    usb_blocked : bool; with_voice_recording_blocked voice_recording_blocked : bool;
    with_web_rtc_block_localhost_ip_address web_rtc_block_localhost_ip_address : bool;
    with_wi_fi_block_automatic_connect_hotspots wi_fi_block_automatic_connect_hotspots :
    bool; with_wi_fi_blocked wi_fi_blocked : bool; with_wi_fi_block_manual_configuration
    wi_fi_block_manual_configuration : bool; with_wi_fi_scan_interval wi_fi_scan_interval
    : i32; with_windows_spotlight_block_consumer_specific_features
    windows_spotlight_block_consumer_specific_features : bool;
    with_windows_spotlight_blocked windows_spotlight_blocked : bool;
    with_windows_spotlight_block_on_action_center
    windows_spotlight_block_on_action_center : bool;
    with_windows_spotlight_block_tailored_experiences
    windows_spotlight_block_tailored_experiences : bool;
    with_windows_spotlight_block_third_party_notifications
    windows_spotlight_block_third_party_notifications : bool;
    with_windows_spotlight_block_welcome_experience
    windows_spotlight_block_welcome_experience : bool;
    with_windows_spotlight_block_windows_tips windows_spotlight_block_windows_tips :
    bool; with_windows_spotlight_configure_on_lock_screen
    windows_spotlight_configure_on_lock_screen : crate
    ::v1::WindowsSpotlightEnablementSettings; with_windows_store_block_auto_update
    windows_store_block_auto_update : bool; with_windows_store_blocked
    windows_store_blocked : bool; with_windows_store_enable_private_store_only
    windows_store_enable_private_store_only : bool;
    with_wireless_display_block_projection_to_this_device
    wireless_display_block_projection_to_this_device : bool;
    with_wireless_display_block_user_input_from_receiver
    wireless_display_block_user_input_from_receiver : bool;
    with_wireless_display_require_pin_for_pairing
    wireless_display_require_pin_for_pairing : bool; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows10GeneralConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
/// This class contains compliance settings for Windows 10 Mobile.
///
/// CSDL: `microsoft.graph.windows10MobileCompliancePolicy`, entity type, derived from `microsoft.graph.deviceCompliancePolicy`, key `id`.
///
/// Request builders: [`DeviceCompliancePolicyPath`](requests/trait.DeviceCompliancePolicyPath.html), what a path to one (`EntityPath<Windows10MobileCompliancePolicy, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
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
    pub password_required_type: rt::Field<crate::v1::RequiredPasswordType>,
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
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for Windows10MobileCompliancePolicy {
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
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for Windows10MobileCompliancePolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10MobileCompliancePolicy";
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
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"scheduledActionsForRule\":      ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
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
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows10MobileCompliancePolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "version", &self.version);
        v.field(6usize, "assignments", &self.assignments);
        v.field(
            7usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(8usize, "device_statuses", &self.device_statuses);
        v.field(9usize, "device_status_overview", &self.device_status_overview);
        v.field(10usize, "scheduled_actions_for_rule", &self.scheduled_actions_for_rule);
        v.field(11usize, "user_statuses", &self.user_statuses);
        v.field(12usize, "user_status_overview", &self.user_status_overview);
        v.field(13usize, "bit_locker_enabled", &self.bit_locker_enabled);
        v.field(14usize, "code_integrity_enabled", &self.code_integrity_enabled);
        v.field(
            15usize,
            "early_launch_anti_malware_driver_enabled",
            &self.early_launch_anti_malware_driver_enabled,
        );
        v.field(16usize, "os_maximum_version", &self.os_maximum_version);
        v.field(17usize, "os_minimum_version", &self.os_minimum_version);
        v.field(18usize, "password_block_simple", &self.password_block_simple);
        v.field(19usize, "password_expiration_days", &self.password_expiration_days);
        v.field(
            20usize,
            "password_minimum_character_set_count",
            &self.password_minimum_character_set_count,
        );
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
            "password_require_to_unlock_from_idle",
            &self.password_require_to_unlock_from_idle,
        );
        v.field(27usize, "secure_boot_enabled", &self.secure_boot_enabled);
        v.field(28usize, "storage_require_encryption", &self.storage_require_encryption);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for Windows10MobileCompliancePolicy {
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
            13usize => self.bit_locker_enabled.read_from(r),
            14usize => self.code_integrity_enabled.read_from(r),
            15usize => self.early_launch_anti_malware_driver_enabled.read_from(r),
            16usize => self.os_maximum_version.read_from(r),
            17usize => self.os_minimum_version.read_from(r),
            18usize => self.password_block_simple.read_from(r),
            19usize => self.password_expiration_days.read_from(r),
            20usize => self.password_minimum_character_set_count.read_from(r),
            21usize => self.password_minimum_length.read_from(r),
            22usize => self.password_minutes_of_inactivity_before_lock.read_from(r),
            23usize => self.password_previous_password_block_count.read_from(r),
            24usize => self.password_required.read_from(r),
            25usize => self.password_required_type.read_from(r),
            26usize => self.password_require_to_unlock_from_idle.read_from(r),
            27usize => self.secure_boot_enabled.read_from(r),
            28usize => self.storage_require_encryption.read_from(r),
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
        w.field(13usize, &self.bit_locker_enabled);
        w.field(14usize, &self.code_integrity_enabled);
        w.field(15usize, &self.early_launch_anti_malware_driver_enabled);
        w.field(16usize, &self.os_maximum_version);
        w.field(17usize, &self.os_minimum_version);
        w.field(18usize, &self.password_block_simple);
        w.field(19usize, &self.password_expiration_days);
        w.field(20usize, &self.password_minimum_character_set_count);
        w.field(21usize, &self.password_minimum_length);
        w.field(22usize, &self.password_minutes_of_inactivity_before_lock);
        w.field(23usize, &self.password_previous_password_block_count);
        w.field(24usize, &self.password_required);
        w.field(25usize, &self.password_required_type);
        w.field(26usize, &self.password_require_to_unlock_from_idle);
        w.field(27usize, &self.secure_boot_enabled);
        w.field(28usize, &self.storage_require_encryption);
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
rt::impl_object!(Windows10MobileCompliancePolicy);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    Windows10MobileCompliancePolicy { with_id id : ::std::string::String;
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
    with_bit_locker_enabled bit_locker_enabled : bool; with_code_integrity_enabled
    code_integrity_enabled : bool; with_early_launch_anti_malware_driver_enabled
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
    password_required_type : crate ::v1::RequiredPasswordType;
    with_password_require_to_unlock_from_idle password_require_to_unlock_from_idle :
    bool; with_secure_boot_enabled secure_boot_enabled : bool;
    with_storage_require_encryption storage_require_encryption : bool; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows10MobileCompliancePolicy);
#[cfg(msgraph_v1_device_management_or_search)]
/// Network Proxy Server Policy.
///
/// CSDL: `microsoft.graph.windows10NetworkProxyServer`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct Windows10NetworkProxyServer {
    /// Address to the proxy server. Specify an address in the format <server>[“:”<port>]
    ///
    /// CSDL: property `address`: `Edm.String`, not nullable.
    pub address: rt::Field<::std::string::String>,
    /// Addresses that should not use the proxy server. The system will not use the proxy server for addresses beginning with what is specified in this node.
    ///
    /// CSDL: property `exceptions`: `Collection(Edm.String)`, nullable.
    pub exceptions: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Specifies whether the proxy server should be used for local (intranet) addresses.
    ///
    /// CSDL: property `useForLocalAddresses`: `Edm.Boolean`, not nullable.
    pub use_for_local_addresses: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for Windows10NetworkProxyServer {
    #[inline]
    fn default() -> Self {
        Self {
            address: rt::Field::Absent,
            exceptions: rt::Field::Absent,
            use_for_local_addresses: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for Windows10NetworkProxyServer {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10NetworkProxyServer";
    const KEYS: &'static [&'static str] = &[
        "address",
        "exceptions",
        "useForLocalAddresses",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"address\":                      ",
        ",\"exceptions\":                   ",
        ",\"useForLocalAddresses\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows10NetworkProxyServer\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "address", &self.address);
        v.field(1usize, "exceptions", &self.exceptions);
        v.field(2usize, "use_for_local_addresses", &self.use_for_local_addresses);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for Windows10NetworkProxyServer {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.address.read_from(r),
            1usize => self.exceptions.read_from(r),
            2usize => self.use_for_local_addresses.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.address);
        w.field(1usize, &self.exceptions);
        w.field(2usize, &self.use_for_local_addresses);
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
rt::impl_object!(Windows10NetworkProxyServer);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    Windows10NetworkProxyServer { with_address address : ::std::string::String;
    with_exceptions exceptions : ::std::vec::Vec < ::std::string::String >;
    with_use_for_local_addresses use_for_local_addresses : bool; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows10NetworkProxyServer);
#[cfg(msgraph_v1_device_management_or_search)]
/// This topic provides descriptions of the declared methods, properties and relationships exposed by the secureAssessment resource.
///
/// CSDL: `microsoft.graph.windows10SecureAssessmentConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<Windows10SecureAssessmentConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct Windows10SecureAssessmentConfiguration {
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
    /// Indicates whether or not to allow the app from printing during the test.
    ///
    /// CSDL: property `allowPrinting`: `Edm.Boolean`, not nullable.
    pub allow_printing: rt::Field<bool>,
    /// Indicates whether or not to allow screen capture capability during a test.
    ///
    /// CSDL: property `allowScreenCapture`: `Edm.Boolean`, not nullable.
    pub allow_screen_capture: rt::Field<bool>,
    /// Indicates whether or not to allow text suggestions during the test.
    ///
    /// CSDL: property `allowTextSuggestion`: `Edm.Boolean`, not nullable.
    pub allow_text_suggestion: rt::Field<bool>,
    /// The account used to configure the Windows device for taking the test. The user can be a domain account (domain\user), an AAD account (username@tenant.com) or a local account (username).
    ///
    /// CSDL: property `configurationAccount`: `Edm.String`, nullable.
    pub configuration_account: rt::Field<::std::string::String>,
    /// Url link to an assessment that's automatically loaded when the secure assessment browser is launched. It has to be a valid Url (http[s]://msdn.microsoft.com/).
    ///
    /// CSDL: property `launchUri`: `Edm.String`, nullable.
    pub launch_uri: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for Windows10SecureAssessmentConfiguration {
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
            allow_printing: rt::Field::Absent,
            allow_screen_capture: rt::Field::Absent,
            allow_text_suggestion: rt::Field::Absent,
            configuration_account: rt::Field::Absent,
            launch_uri: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for Windows10SecureAssessmentConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10SecureAssessmentConfiguration";
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
        "allowPrinting",
        "allowScreenCapture",
        "allowTextSuggestion",
        "configurationAccount",
        "launchUri",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
        ",\"allowPrinting\":                ",
        ",\"allowScreenCapture\":           ",
        ",\"allowTextSuggestion\":          ",
        ",\"configurationAccount\":         ",
        ",\"launchUri\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows10SecureAssessmentConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "version", &self.version);
        v.field(6usize, "assignments", &self.assignments);
        v.field(
            7usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(8usize, "device_statuses", &self.device_statuses);
        v.field(9usize, "device_status_overview", &self.device_status_overview);
        v.field(10usize, "user_statuses", &self.user_statuses);
        v.field(11usize, "user_status_overview", &self.user_status_overview);
        v.field(12usize, "allow_printing", &self.allow_printing);
        v.field(13usize, "allow_screen_capture", &self.allow_screen_capture);
        v.field(14usize, "allow_text_suggestion", &self.allow_text_suggestion);
        v.field(15usize, "configuration_account", &self.configuration_account);
        v.field(16usize, "launch_uri", &self.launch_uri);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for Windows10SecureAssessmentConfiguration {
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
            12usize => self.allow_printing.read_from(r),
            13usize => self.allow_screen_capture.read_from(r),
            14usize => self.allow_text_suggestion.read_from(r),
            15usize => self.configuration_account.read_from(r),
            16usize => self.launch_uri.read_from(r),
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
        w.field(12usize, &self.allow_printing);
        w.field(13usize, &self.allow_screen_capture);
        w.field(14usize, &self.allow_text_suggestion);
        w.field(15usize, &self.configuration_account);
        w.field(16usize, &self.launch_uri);
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
rt::impl_object!(Windows10SecureAssessmentConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    Windows10SecureAssessmentConfiguration { with_id id : ::std::string::String;
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
    ::v1::DeviceConfigurationUserOverview; with_allow_printing allow_printing : bool;
    with_allow_screen_capture allow_screen_capture : bool; with_allow_text_suggestion
    allow_text_suggestion : bool; with_configuration_account configuration_account :
    ::std::string::String; with_launch_uri launch_uri : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows10SecureAssessmentConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
/// This topic provides descriptions of the declared methods, properties and relationships exposed by the windows10TeamGeneralConfiguration resource.
///
/// CSDL: `microsoft.graph.windows10TeamGeneralConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<Windows10TeamGeneralConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct Windows10TeamGeneralConfiguration {
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
    /// Indicates whether or not to Block Azure Operational Insights.
    ///
    /// CSDL: property `azureOperationalInsightsBlockTelemetry`: `Edm.Boolean`, not nullable.
    pub azure_operational_insights_block_telemetry: rt::Field<bool>,
    /// The Azure Operational Insights workspace id.
    ///
    /// CSDL: property `azureOperationalInsightsWorkspaceId`: `Edm.String`, nullable.
    pub azure_operational_insights_workspace_id: rt::Field<::std::string::String>,
    /// The Azure Operational Insights Workspace key.
    ///
    /// CSDL: property `azureOperationalInsightsWorkspaceKey`: `Edm.String`, nullable.
    pub azure_operational_insights_workspace_key: rt::Field<::std::string::String>,
    /// Specifies whether to automatically launch the Connect app whenever a projection is initiated.
    ///
    /// CSDL: property `connectAppBlockAutoLaunch`: `Edm.Boolean`, not nullable.
    pub connect_app_block_auto_launch: rt::Field<bool>,
    /// Indicates whether or not to Block setting a maintenance window for device updates.
    ///
    /// CSDL: property `maintenanceWindowBlocked`: `Edm.Boolean`, not nullable.
    pub maintenance_window_blocked: rt::Field<bool>,
    /// Maintenance window duration for device updates. Valid values 0 to 5
    ///
    /// CSDL: property `maintenanceWindowDurationInHours`: `Edm.Int32`, nullable.
    pub maintenance_window_duration_in_hours: rt::Field<i32>,
    /// Maintenance window start time for device updates.
    ///
    /// CSDL: property `maintenanceWindowStartTime`: `Edm.TimeOfDay`, nullable.
    pub maintenance_window_start_time: rt::Field<rt::edm::TimeOfDay>,
    /// Indicates whether or not to Block wireless projection.
    ///
    /// CSDL: property `miracastBlocked`: `Edm.Boolean`, not nullable.
    pub miracast_blocked: rt::Field<bool>,
    /// The channel.
    ///
    /// CSDL: property `miracastChannel`: `microsoft.graph.miracastChannel`, not nullable.
    pub miracast_channel: rt::Field<crate::v1::MiracastChannel>,
    /// Indicates whether or not to require a pin for wireless projection.
    ///
    /// CSDL: property `miracastRequirePin`: `Edm.Boolean`, not nullable.
    pub miracast_require_pin: rt::Field<bool>,
    /// Specifies whether to disable the "My meetings and files" feature in the Start menu, which shows the signed-in user's meetings and files from Office 365.
    ///
    /// CSDL: property `settingsBlockMyMeetingsAndFiles`: `Edm.Boolean`, not nullable.
    pub settings_block_my_meetings_and_files: rt::Field<bool>,
    /// Specifies whether to allow the ability to resume a session when the session times out.
    ///
    /// CSDL: property `settingsBlockSessionResume`: `Edm.Boolean`, not nullable.
    pub settings_block_session_resume: rt::Field<bool>,
    /// Specifies whether to disable auto-populating of the sign-in dialog with invitees from scheduled meetings.
    ///
    /// CSDL: property `settingsBlockSigninSuggestions`: `Edm.Boolean`, not nullable.
    pub settings_block_signin_suggestions: rt::Field<bool>,
    /// Specifies the default volume value for a new session. Permitted values are 0-100. The default is 45. Valid values 0 to 100
    ///
    /// CSDL: property `settingsDefaultVolume`: `Edm.Int32`, nullable.
    pub settings_default_volume: rt::Field<i32>,
    /// Specifies the number of minutes until the Hub screen turns off.
    ///
    /// CSDL: property `settingsScreenTimeoutInMinutes`: `Edm.Int32`, nullable.
    pub settings_screen_timeout_in_minutes: rt::Field<i32>,
    /// Specifies the number of minutes until the session times out.
    ///
    /// CSDL: property `settingsSessionTimeoutInMinutes`: `Edm.Int32`, nullable.
    pub settings_session_timeout_in_minutes: rt::Field<i32>,
    /// Specifies the number of minutes until the Hub enters sleep mode.
    ///
    /// CSDL: property `settingsSleepTimeoutInMinutes`: `Edm.Int32`, nullable.
    pub settings_sleep_timeout_in_minutes: rt::Field<i32>,
    /// The welcome screen background image URL. The URL must use the HTTPS protocol and return a PNG image.
    ///
    /// CSDL: property `welcomeScreenBackgroundImageUrl`: `Edm.String`, nullable.
    pub welcome_screen_background_image_url: rt::Field<::std::string::String>,
    /// Indicates whether or not to Block the welcome screen from waking up automatically when someone enters the room.
    ///
    /// CSDL: property `welcomeScreenBlockAutomaticWakeUp`: `Edm.Boolean`, not nullable.
    pub welcome_screen_block_automatic_wake_up: rt::Field<bool>,
    /// The welcome screen meeting information shown.
    ///
    /// CSDL: property `welcomeScreenMeetingInformation`: `microsoft.graph.welcomeScreenMeetingInformation`, not nullable.
    pub welcome_screen_meeting_information: rt::Field<
        crate::v1::WelcomeScreenMeetingInformation,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for Windows10TeamGeneralConfiguration {
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
            azure_operational_insights_block_telemetry: rt::Field::Absent,
            azure_operational_insights_workspace_id: rt::Field::Absent,
            azure_operational_insights_workspace_key: rt::Field::Absent,
            connect_app_block_auto_launch: rt::Field::Absent,
            maintenance_window_blocked: rt::Field::Absent,
            maintenance_window_duration_in_hours: rt::Field::Absent,
            maintenance_window_start_time: rt::Field::Absent,
            miracast_blocked: rt::Field::Absent,
            miracast_channel: rt::Field::Absent,
            miracast_require_pin: rt::Field::Absent,
            settings_block_my_meetings_and_files: rt::Field::Absent,
            settings_block_session_resume: rt::Field::Absent,
            settings_block_signin_suggestions: rt::Field::Absent,
            settings_default_volume: rt::Field::Absent,
            settings_screen_timeout_in_minutes: rt::Field::Absent,
            settings_session_timeout_in_minutes: rt::Field::Absent,
            settings_sleep_timeout_in_minutes: rt::Field::Absent,
            welcome_screen_background_image_url: rt::Field::Absent,
            welcome_screen_block_automatic_wake_up: rt::Field::Absent,
            welcome_screen_meeting_information: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for Windows10TeamGeneralConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windows10TeamGeneralConfiguration";
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
        "azureOperationalInsightsBlockTelemetry",
        "azureOperationalInsightsWorkspaceId",
        "azureOperationalInsightsWorkspaceKey",
        "connectAppBlockAutoLaunch",
        "maintenanceWindowBlocked",
        "maintenanceWindowDurationInHours",
        "maintenanceWindowStartTime",
        "miracastBlocked",
        "miracastChannel",
        "miracastRequirePin",
        "settingsBlockMyMeetingsAndFiles",
        "settingsBlockSessionResume",
        "settingsBlockSigninSuggestions",
        "settingsDefaultVolume",
        "settingsScreenTimeoutInMinutes",
        "settingsSessionTimeoutInMinutes",
        "settingsSleepTimeoutInMinutes",
        "welcomeScreenBackgroundImageUrl",
        "welcomeScreenBlockAutomaticWakeUp",
        "welcomeScreenMeetingInformation",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
        ",\"azureOperationalInsightsBlockTelemetry\":",
        ",\"azureOperationalInsightsWorkspaceId\":",
        ",\"azureOperationalInsightsWorkspaceKey\":",
        ",\"connectAppBlockAutoLaunch\":    ",
        ",\"maintenanceWindowBlocked\":     ",
        ",\"maintenanceWindowDurationInHours\":",
        ",\"maintenanceWindowStartTime\":   ",
        ",\"miracastBlocked\":              ",
        ",\"miracastChannel\":              ",
        ",\"miracastRequirePin\":           ",
        ",\"settingsBlockMyMeetingsAndFiles\":",
        ",\"settingsBlockSessionResume\":   ",
        ",\"settingsBlockSigninSuggestions\":",
        ",\"settingsDefaultVolume\":        ",
        ",\"settingsScreenTimeoutInMinutes\":",
        ",\"settingsSessionTimeoutInMinutes\":",
        ",\"settingsSleepTimeoutInMinutes\":",
        ",\"welcomeScreenBackgroundImageUrl\":",
        ",\"welcomeScreenBlockAutomaticWakeUp\":",
        ",\"welcomeScreenMeetingInformation\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows10TeamGeneralConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "version", &self.version);
        v.field(6usize, "assignments", &self.assignments);
        v.field(
            7usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(8usize, "device_statuses", &self.device_statuses);
        v.field(9usize, "device_status_overview", &self.device_status_overview);
        v.field(10usize, "user_statuses", &self.user_statuses);
        v.field(11usize, "user_status_overview", &self.user_status_overview);
        v.field(
            12usize,
            "azure_operational_insights_block_telemetry",
            &self.azure_operational_insights_block_telemetry,
        );
        v.field(
            13usize,
            "azure_operational_insights_workspace_id",
            &self.azure_operational_insights_workspace_id,
        );
        v.field(
            14usize,
            "azure_operational_insights_workspace_key",
            &self.azure_operational_insights_workspace_key,
        );
        v.field(
            15usize,
            "connect_app_block_auto_launch",
            &self.connect_app_block_auto_launch,
        );
        v.field(16usize, "maintenance_window_blocked", &self.maintenance_window_blocked);
        v.field(
            17usize,
            "maintenance_window_duration_in_hours",
            &self.maintenance_window_duration_in_hours,
        );
        v.field(
            18usize,
            "maintenance_window_start_time",
            &self.maintenance_window_start_time,
        );
        v.field(19usize, "miracast_blocked", &self.miracast_blocked);
        v.field(20usize, "miracast_channel", &self.miracast_channel);
        v.field(21usize, "miracast_require_pin", &self.miracast_require_pin);
        v.field(
            22usize,
            "settings_block_my_meetings_and_files",
            &self.settings_block_my_meetings_and_files,
        );
        v.field(
            23usize,
            "settings_block_session_resume",
            &self.settings_block_session_resume,
        );
        v.field(
            24usize,
            "settings_block_signin_suggestions",
            &self.settings_block_signin_suggestions,
        );
        v.field(25usize, "settings_default_volume", &self.settings_default_volume);
        v.field(
            26usize,
            "settings_screen_timeout_in_minutes",
            &self.settings_screen_timeout_in_minutes,
        );
        v.field(
            27usize,
            "settings_session_timeout_in_minutes",
            &self.settings_session_timeout_in_minutes,
        );
        v.field(
            28usize,
            "settings_sleep_timeout_in_minutes",
            &self.settings_sleep_timeout_in_minutes,
        );
        v.field(
            29usize,
            "welcome_screen_background_image_url",
            &self.welcome_screen_background_image_url,
        );
        v.field(
            30usize,
            "welcome_screen_block_automatic_wake_up",
            &self.welcome_screen_block_automatic_wake_up,
        );
        v.field(
            31usize,
            "welcome_screen_meeting_information",
            &self.welcome_screen_meeting_information,
        );
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for Windows10TeamGeneralConfiguration {
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
            12usize => self.azure_operational_insights_block_telemetry.read_from(r),
            13usize => self.azure_operational_insights_workspace_id.read_from(r),
            14usize => self.azure_operational_insights_workspace_key.read_from(r),
            15usize => self.connect_app_block_auto_launch.read_from(r),
            16usize => self.maintenance_window_blocked.read_from(r),
            17usize => self.maintenance_window_duration_in_hours.read_from(r),
            18usize => self.maintenance_window_start_time.read_from(r),
            19usize => self.miracast_blocked.read_from(r),
            20usize => self.miracast_channel.read_from(r),
            21usize => self.miracast_require_pin.read_from(r),
            22usize => self.settings_block_my_meetings_and_files.read_from(r),
            23usize => self.settings_block_session_resume.read_from(r),
            24usize => self.settings_block_signin_suggestions.read_from(r),
            25usize => self.settings_default_volume.read_from(r),
            26usize => self.settings_screen_timeout_in_minutes.read_from(r),
            27usize => self.settings_session_timeout_in_minutes.read_from(r),
            28usize => self.settings_sleep_timeout_in_minutes.read_from(r),
            29usize => self.welcome_screen_background_image_url.read_from(r),
            30usize => self.welcome_screen_block_automatic_wake_up.read_from(r),
            31usize => self.welcome_screen_meeting_information.read_from(r),
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
        w.field(12usize, &self.azure_operational_insights_block_telemetry);
        w.field(13usize, &self.azure_operational_insights_workspace_id);
        w.field(14usize, &self.azure_operational_insights_workspace_key);
        w.field(15usize, &self.connect_app_block_auto_launch);
        w.field(16usize, &self.maintenance_window_blocked);
        w.field(17usize, &self.maintenance_window_duration_in_hours);
        w.field(18usize, &self.maintenance_window_start_time);
        w.field(19usize, &self.miracast_blocked);
        w.field(20usize, &self.miracast_channel);
        w.field(21usize, &self.miracast_require_pin);
        w.field(22usize, &self.settings_block_my_meetings_and_files);
        w.field(23usize, &self.settings_block_session_resume);
        w.field(24usize, &self.settings_block_signin_suggestions);
        w.field(25usize, &self.settings_default_volume);
        w.field(26usize, &self.settings_screen_timeout_in_minutes);
        w.field(27usize, &self.settings_session_timeout_in_minutes);
        w.field(28usize, &self.settings_sleep_timeout_in_minutes);
        w.field(29usize, &self.welcome_screen_background_image_url);
        w.field(30usize, &self.welcome_screen_block_automatic_wake_up);
        w.field(31usize, &self.welcome_screen_meeting_information);
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
rt::impl_object!(Windows10TeamGeneralConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    Windows10TeamGeneralConfiguration { with_id id : ::std::string::String;
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
    ::v1::DeviceConfigurationUserOverview;
    with_azure_operational_insights_block_telemetry
    azure_operational_insights_block_telemetry : bool;
    with_azure_operational_insights_workspace_id azure_operational_insights_workspace_id
    : ::std::string::String; with_azure_operational_insights_workspace_key
    azure_operational_insights_workspace_key : ::std::string::String;
    with_connect_app_block_auto_launch connect_app_block_auto_launch : bool;
    with_maintenance_window_blocked maintenance_window_blocked : bool;
    with_maintenance_window_duration_in_hours maintenance_window_duration_in_hours : i32;
    with_maintenance_window_start_time maintenance_window_start_time :
    rt::edm::TimeOfDay; with_miracast_blocked miracast_blocked : bool;
    with_miracast_channel miracast_channel : crate ::v1::MiracastChannel;
    with_miracast_require_pin miracast_require_pin : bool;
    with_settings_block_my_meetings_and_files settings_block_my_meetings_and_files :
    bool; with_settings_block_session_resume settings_block_session_resume : bool;
    with_settings_block_signin_suggestions settings_block_signin_suggestions : bool;
    with_settings_default_volume settings_default_volume : i32;
    with_settings_screen_timeout_in_minutes settings_screen_timeout_in_minutes : i32;
    with_settings_session_timeout_in_minutes settings_session_timeout_in_minutes : i32;
    with_settings_sleep_timeout_in_minutes settings_sleep_timeout_in_minutes : i32;
    with_welcome_screen_background_image_url welcome_screen_background_image_url :
    ::std::string::String; with_welcome_screen_block_automatic_wake_up
    welcome_screen_block_automatic_wake_up : bool;
    with_welcome_screen_meeting_information welcome_screen_meeting_information : crate
    ::v1::WelcomeScreenMeetingInformation; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows10TeamGeneralConfiguration);
#[cfg(msgraph_v1_core_or_device_management)]
/// CSDL: `microsoft.graph.windows365SwitchCompatibilityFailureReasonType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Windows365SwitchCompatibilityFailureReasonType {
    /// `osVersionNotSupported` (value 0).
    OsVersionNotSupported,
    /// `hardwareNotSupported` (value 1).
    HardwareNotSupported,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::StrEnum for Windows365SwitchCompatibilityFailureReasonType {
    const TYPE_NAME: &'static str = "microsoft.graph.windows365SwitchCompatibilityFailureReasonType";
    const MEMBERS: &'static [&'static str] = &[
        "osVersionNotSupported",
        "hardwareNotSupported",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "osVersionNotSupported" => Self::OsVersionNotSupported,
                "hardwareNotSupported" => Self::HardwareNotSupported,
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
            Self::OsVersionNotSupported => "osVersionNotSupported",
            Self::HardwareNotSupported => "hardwareNotSupported",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_enum!(Windows365SwitchCompatibilityFailureReasonType);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows365SwitchCompatibilityFailureReasonType);
#[cfg(msgraph_v1_device_management_or_search)]
/// This class contains compliance settings for Windows 8.1.
///
/// CSDL: `microsoft.graph.windows81CompliancePolicy`, entity type, derived from `microsoft.graph.deviceCompliancePolicy`, key `id`.
///
/// Request builders: [`DeviceCompliancePolicyPath`](requests/trait.DeviceCompliancePolicyPath.html), what a path to one (`EntityPath<Windows81CompliancePolicy, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
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
    pub password_required_type: rt::Field<crate::v1::RequiredPasswordType>,
    /// Indicates whether or not to require encryption on a windows 8.1 device.
    ///
    /// CSDL: property `storageRequireEncryption`: `Edm.Boolean`, not nullable.
    pub storage_require_encryption: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for Windows81CompliancePolicy {
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
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for Windows81CompliancePolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.windows81CompliancePolicy";
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
        v.field(5usize, "version", &self.version);
        v.field(6usize, "assignments", &self.assignments);
        v.field(
            7usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(8usize, "device_statuses", &self.device_statuses);
        v.field(9usize, "device_status_overview", &self.device_status_overview);
        v.field(10usize, "scheduled_actions_for_rule", &self.scheduled_actions_for_rule);
        v.field(11usize, "user_statuses", &self.user_statuses);
        v.field(12usize, "user_status_overview", &self.user_status_overview);
        v.field(13usize, "os_maximum_version", &self.os_maximum_version);
        v.field(14usize, "os_minimum_version", &self.os_minimum_version);
        v.field(15usize, "password_block_simple", &self.password_block_simple);
        v.field(16usize, "password_expiration_days", &self.password_expiration_days);
        v.field(
            17usize,
            "password_minimum_character_set_count",
            &self.password_minimum_character_set_count,
        );
        v.field(18usize, "password_minimum_length", &self.password_minimum_length);
        v.field(
            19usize,
            "password_minutes_of_inactivity_before_lock",
            &self.password_minutes_of_inactivity_before_lock,
        );
        v.field(
            20usize,
            "password_previous_password_block_count",
            &self.password_previous_password_block_count,
        );
        v.field(21usize, "password_required", &self.password_required);
        v.field(22usize, "password_required_type", &self.password_required_type);
        v.field(23usize, "storage_require_encryption", &self.storage_require_encryption);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for Windows81CompliancePolicy {
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
            13usize => self.os_maximum_version.read_from(r),
            14usize => self.os_minimum_version.read_from(r),
            15usize => self.password_block_simple.read_from(r),
            16usize => self.password_expiration_days.read_from(r),
            17usize => self.password_minimum_character_set_count.read_from(r),
            18usize => self.password_minimum_length.read_from(r),
            19usize => self.password_minutes_of_inactivity_before_lock.read_from(r),
            20usize => self.password_previous_password_block_count.read_from(r),
            21usize => self.password_required.read_from(r),
            22usize => self.password_required_type.read_from(r),
            23usize => self.storage_require_encryption.read_from(r),
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
        w.field(13usize, &self.os_maximum_version);
        w.field(14usize, &self.os_minimum_version);
        w.field(15usize, &self.password_block_simple);
        w.field(16usize, &self.password_expiration_days);
        w.field(17usize, &self.password_minimum_character_set_count);
        w.field(18usize, &self.password_minimum_length);
        w.field(19usize, &self.password_minutes_of_inactivity_before_lock);
        w.field(20usize, &self.password_previous_password_block_count);
        w.field(21usize, &self.password_required);
        w.field(22usize, &self.password_required_type);
        w.field(23usize, &self.storage_require_encryption);
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
rt::impl_object!(Windows81CompliancePolicy);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    Windows81CompliancePolicy { with_id id : ::std::string::String;
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
    with_os_maximum_version os_maximum_version : ::std::string::String;
    with_os_minimum_version os_minimum_version : ::std::string::String;
    with_password_block_simple password_block_simple : bool;
    with_password_expiration_days password_expiration_days : i32;
    with_password_minimum_character_set_count password_minimum_character_set_count : i32;
    with_password_minimum_length password_minimum_length : i32;
    with_password_minutes_of_inactivity_before_lock
    password_minutes_of_inactivity_before_lock : i32;
    with_password_previous_password_block_count password_previous_password_block_count :
    i32; with_password_required password_required : bool; with_password_required_type
    password_required_type : crate ::v1::RequiredPasswordType;
    with_storage_require_encryption storage_require_encryption : bool; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows81CompliancePolicy);
#[cfg(msgraph_v1_device_management_or_search)]
/// This topic provides descriptions of the declared methods, properties and relationships exposed by the windows81GeneralConfiguration resource.
///
/// CSDL: `microsoft.graph.windows81GeneralConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<Windows81GeneralConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct Windows81GeneralConfiguration {
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
    /// Indicates whether or not to Block the user from adding email accounts to the device that are not associated with a Microsoft account.
    ///
    /// CSDL: property `accountsBlockAddingNonMicrosoftAccountEmail`: `Edm.Boolean`, not nullable.
    pub accounts_block_adding_non_microsoft_account_email: rt::Field<bool>,
    /// Value indicating whether this policy only applies to Windows 8.1. This property is read-only.
    ///
    /// CSDL: property `applyOnlyToWindows81`: `Edm.Boolean`, not nullable.
    pub apply_only_to_windows81: rt::Field<bool>,
    /// Indicates whether or not to block auto fill.
    ///
    /// CSDL: property `browserBlockAutofill`: `Edm.Boolean`, not nullable.
    pub browser_block_autofill: rt::Field<bool>,
    /// Indicates whether or not to block automatic detection of Intranet sites.
    ///
    /// CSDL: property `browserBlockAutomaticDetectionOfIntranetSites`: `Edm.Boolean`, not nullable.
    pub browser_block_automatic_detection_of_intranet_sites: rt::Field<bool>,
    /// Indicates whether or not to block enterprise mode access.
    ///
    /// CSDL: property `browserBlockEnterpriseModeAccess`: `Edm.Boolean`, not nullable.
    pub browser_block_enterprise_mode_access: rt::Field<bool>,
    /// Indicates whether or not to Block the user from using JavaScript.
    ///
    /// CSDL: property `browserBlockJavaScript`: `Edm.Boolean`, not nullable.
    pub browser_block_java_script: rt::Field<bool>,
    /// Indicates whether or not to block plug-ins.
    ///
    /// CSDL: property `browserBlockPlugins`: `Edm.Boolean`, not nullable.
    pub browser_block_plugins: rt::Field<bool>,
    /// Indicates whether or not to block popups.
    ///
    /// CSDL: property `browserBlockPopups`: `Edm.Boolean`, not nullable.
    pub browser_block_popups: rt::Field<bool>,
    /// Indicates whether or not to Block the user from sending the do not track header.
    ///
    /// CSDL: property `browserBlockSendingDoNotTrackHeader`: `Edm.Boolean`, not nullable.
    pub browser_block_sending_do_not_track_header: rt::Field<bool>,
    /// Indicates whether or not to block a single word entry on Intranet sites.
    ///
    /// CSDL: property `browserBlockSingleWordEntryOnIntranetSites`: `Edm.Boolean`, not nullable.
    pub browser_block_single_word_entry_on_intranet_sites: rt::Field<bool>,
    /// The enterprise mode site list location. Could be a local file, local network or http location.
    ///
    /// CSDL: property `browserEnterpriseModeSiteListLocation`: `Edm.String`, nullable.
    pub browser_enterprise_mode_site_list_location: rt::Field<::std::string::String>,
    /// The internet security level.
    ///
    /// CSDL: property `browserInternetSecurityLevel`: `microsoft.graph.internetSiteSecurityLevel`, not nullable.
    pub browser_internet_security_level: rt::Field<crate::v1::InternetSiteSecurityLevel>,
    /// The Intranet security level.
    ///
    /// CSDL: property `browserIntranetSecurityLevel`: `microsoft.graph.siteSecurityLevel`, not nullable.
    pub browser_intranet_security_level: rt::Field<crate::v1::SiteSecurityLevel>,
    /// The logging report location.
    ///
    /// CSDL: property `browserLoggingReportLocation`: `Edm.String`, nullable.
    pub browser_logging_report_location: rt::Field<::std::string::String>,
    /// Indicates whether or not to require a firewall.
    ///
    /// CSDL: property `browserRequireFirewall`: `Edm.Boolean`, not nullable.
    pub browser_require_firewall: rt::Field<bool>,
    /// Indicates whether or not to require fraud warning.
    ///
    /// CSDL: property `browserRequireFraudWarning`: `Edm.Boolean`, not nullable.
    pub browser_require_fraud_warning: rt::Field<bool>,
    /// Indicates whether or not to require high security for restricted sites.
    ///
    /// CSDL: property `browserRequireHighSecurityForRestrictedSites`: `Edm.Boolean`, not nullable.
    pub browser_require_high_security_for_restricted_sites: rt::Field<bool>,
    /// Indicates whether or not to require the user to use the smart screen filter.
    ///
    /// CSDL: property `browserRequireSmartScreen`: `Edm.Boolean`, not nullable.
    pub browser_require_smart_screen: rt::Field<bool>,
    /// The trusted sites security level.
    ///
    /// CSDL: property `browserTrustedSitesSecurityLevel`: `microsoft.graph.siteSecurityLevel`, not nullable.
    pub browser_trusted_sites_security_level: rt::Field<crate::v1::SiteSecurityLevel>,
    /// Indicates whether or not to block data roaming.
    ///
    /// CSDL: property `cellularBlockDataRoaming`: `Edm.Boolean`, not nullable.
    pub cellular_block_data_roaming: rt::Field<bool>,
    /// Indicates whether or not to block diagnostic data submission.
    ///
    /// CSDL: property `diagnosticsBlockDataSubmission`: `Edm.Boolean`, not nullable.
    pub diagnostics_block_data_submission: rt::Field<bool>,
    /// Indicates whether or not to Block the user from using a pictures password and pin.
    ///
    /// CSDL: property `passwordBlockPicturePasswordAndPin`: `Edm.Boolean`, not nullable.
    pub password_block_picture_password_and_pin: rt::Field<bool>,
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
    /// The minutes of inactivity before the screen times out.
    ///
    /// CSDL: property `passwordMinutesOfInactivityBeforeScreenTimeout`: `Edm.Int32`, nullable.
    pub password_minutes_of_inactivity_before_screen_timeout: rt::Field<i32>,
    /// The number of previous passwords to prevent re-use of. Valid values 0 to 24
    ///
    /// CSDL: property `passwordPreviousPasswordBlockCount`: `Edm.Int32`, nullable.
    pub password_previous_password_block_count: rt::Field<i32>,
    /// The required password type.
    ///
    /// CSDL: property `passwordRequiredType`: `microsoft.graph.requiredPasswordType`, not nullable.
    pub password_required_type: rt::Field<crate::v1::RequiredPasswordType>,
    /// The number of sign in failures before factory reset.
    ///
    /// CSDL: property `passwordSignInFailureCountBeforeFactoryReset`: `Edm.Int32`, nullable.
    pub password_sign_in_failure_count_before_factory_reset: rt::Field<i32>,
    /// Indicates whether or not to require encryption on a mobile device.
    ///
    /// CSDL: property `storageRequireDeviceEncryption`: `Edm.Boolean`, not nullable.
    pub storage_require_device_encryption: rt::Field<bool>,
    /// Indicates whether or not to require automatic updates.
    ///
    /// CSDL: property `updatesRequireAutomaticUpdates`: `Edm.Boolean`, not nullable.
    pub updates_require_automatic_updates: rt::Field<bool>,
    /// The user account control settings.
    ///
    /// CSDL: property `userAccountControlSettings`: `microsoft.graph.windowsUserAccountControlSettings`, not nullable.
    pub user_account_control_settings: rt::Field<
        crate::v1::WindowsUserAccountControlSettings,
    >,
    /// The work folders url.
    ///
    /// CSDL: property `workFoldersUrl`: `Edm.String`, nullable.
    pub work_folders_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for Windows81GeneralConfiguration {
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
            accounts_block_adding_non_microsoft_account_email: rt::Field::Absent,
            apply_only_to_windows81: rt::Field::Absent,
            browser_block_autofill: rt::Field::Absent,
            browser_block_automatic_detection_of_intranet_sites: rt::Field::Absent,
            browser_block_enterprise_mode_access: rt::Field::Absent,
            browser_block_java_script: rt::Field::Absent,
            browser_block_plugins: rt::Field::Absent,
            browser_block_popups: rt::Field::Absent,
            browser_block_sending_do_not_track_header: rt::Field::Absent,
            browser_block_single_word_entry_on_intranet_sites: rt::Field::Absent,
            browser_enterprise_mode_site_list_location: rt::Field::Absent,
            browser_internet_security_level: rt::Field::Absent,
            browser_intranet_security_level: rt::Field::Absent,
            browser_logging_report_location: rt::Field::Absent,
            browser_require_firewall: rt::Field::Absent,
            browser_require_fraud_warning: rt::Field::Absent,
            browser_require_high_security_for_restricted_sites: rt::Field::Absent,
            browser_require_smart_screen: rt::Field::Absent,
            browser_trusted_sites_security_level: rt::Field::Absent,
            cellular_block_data_roaming: rt::Field::Absent,
            diagnostics_block_data_submission: rt::Field::Absent,
            password_block_picture_password_and_pin: rt::Field::Absent,
            password_expiration_days: rt::Field::Absent,
            password_minimum_character_set_count: rt::Field::Absent,
            password_minimum_length: rt::Field::Absent,
            password_minutes_of_inactivity_before_screen_timeout: rt::Field::Absent,
            password_previous_password_block_count: rt::Field::Absent,
            password_required_type: rt::Field::Absent,
            password_sign_in_failure_count_before_factory_reset: rt::Field::Absent,
            storage_require_device_encryption: rt::Field::Absent,
            updates_require_automatic_updates: rt::Field::Absent,
            user_account_control_settings: rt::Field::Absent,
            work_folders_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for Windows81GeneralConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windows81GeneralConfiguration";
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
        "accountsBlockAddingNonMicrosoftAccountEmail",
        "applyOnlyToWindows81",
        "browserBlockAutofill",
        "browserBlockAutomaticDetectionOfIntranetSites",
        "browserBlockEnterpriseModeAccess",
        "browserBlockJavaScript",
        "browserBlockPlugins",
        "browserBlockPopups",
        "browserBlockSendingDoNotTrackHeader",
        "browserBlockSingleWordEntryOnIntranetSites",
        "browserEnterpriseModeSiteListLocation",
        "browserInternetSecurityLevel",
        "browserIntranetSecurityLevel",
        "browserLoggingReportLocation",
        "browserRequireFirewall",
        "browserRequireFraudWarning",
        "browserRequireHighSecurityForRestrictedSites",
        "browserRequireSmartScreen",
        "browserTrustedSitesSecurityLevel",
        "cellularBlockDataRoaming",
        "diagnosticsBlockDataSubmission",
        "passwordBlockPicturePasswordAndPin",
        "passwordExpirationDays",
        "passwordMinimumCharacterSetCount",
        "passwordMinimumLength",
        "passwordMinutesOfInactivityBeforeScreenTimeout",
        "passwordPreviousPasswordBlockCount",
        "passwordRequiredType",
        "passwordSignInFailureCountBeforeFactoryReset",
        "storageRequireDeviceEncryption",
        "updatesRequireAutomaticUpdates",
        "userAccountControlSettings",
        "workFoldersUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
        ",\"accountsBlockAddingNonMicrosoftAccountEmail\":",
        ",\"applyOnlyToWindows81\":         ",
        ",\"browserBlockAutofill\":         ",
        ",\"browserBlockAutomaticDetectionOfIntranetSites\":",
        ",\"browserBlockEnterpriseModeAccess\":",
        ",\"browserBlockJavaScript\":       ",
        ",\"browserBlockPlugins\":          ",
        ",\"browserBlockPopups\":           ",
        ",\"browserBlockSendingDoNotTrackHeader\":",
        ",\"browserBlockSingleWordEntryOnIntranetSites\":",
        ",\"browserEnterpriseModeSiteListLocation\":",
        ",\"browserInternetSecurityLevel\": ",
        ",\"browserIntranetSecurityLevel\": ",
        ",\"browserLoggingReportLocation\": ",
        ",\"browserRequireFirewall\":       ",
        ",\"browserRequireFraudWarning\":   ",
        ",\"browserRequireHighSecurityForRestrictedSites\":",
        ",\"browserRequireSmartScreen\":    ",
        ",\"browserTrustedSitesSecurityLevel\":",
        ",\"cellularBlockDataRoaming\":     ",
        ",\"diagnosticsBlockDataSubmission\":",
        ",\"passwordBlockPicturePasswordAndPin\":",
        ",\"passwordExpirationDays\":       ",
        ",\"passwordMinimumCharacterSetCount\":",
        ",\"passwordMinimumLength\":        ",
        ",\"passwordMinutesOfInactivityBeforeScreenTimeout\":",
        ",\"passwordPreviousPasswordBlockCount\":",
        ",\"passwordRequiredType\":         ",
        ",\"passwordSignInFailureCountBeforeFactoryReset\":",
        ",\"storageRequireDeviceEncryption\":",
        ",\"updatesRequireAutomaticUpdates\":",
        ",\"userAccountControlSettings\":   ",
        ",\"workFoldersUrl\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windows81GeneralConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "version", &self.version);
        v.field(6usize, "assignments", &self.assignments);
        v.field(
            7usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(8usize, "device_statuses", &self.device_statuses);
        v.field(9usize, "device_status_overview", &self.device_status_overview);
        v.field(10usize, "user_statuses", &self.user_statuses);
        v.field(11usize, "user_status_overview", &self.user_status_overview);
        v.field(
            12usize,
            "accounts_block_adding_non_microsoft_account_email",
            &self.accounts_block_adding_non_microsoft_account_email,
        );
        v.field(13usize, "apply_only_to_windows81", &self.apply_only_to_windows81);
        v.field(14usize, "browser_block_autofill", &self.browser_block_autofill);
        v.field(
            15usize,
            "browser_block_automatic_detection_of_intranet_sites",
            &self.browser_block_automatic_detection_of_intranet_sites,
        );
        v.field(
            16usize,
            "browser_block_enterprise_mode_access",
            &self.browser_block_enterprise_mode_access,
        );
        v.field(17usize, "browser_block_java_script", &self.browser_block_java_script);
        v.field(18usize, "browser_block_plugins", &self.browser_block_plugins);
        v.field(19usize, "browser_block_popups", &self.browser_block_popups);
        v.field(
            20usize,
            "browser_block_sending_do_not_track_header",
            &self.browser_block_sending_do_not_track_header,
        );
        v.field(
            21usize,
            "browser_block_single_word_entry_on_intranet_sites",
            &self.browser_block_single_word_entry_on_intranet_sites,
        );
        v.field(
            22usize,
            "browser_enterprise_mode_site_list_location",
            &self.browser_enterprise_mode_site_list_location,
        );
        v.field(
            23usize,
            "browser_internet_security_level",
            &self.browser_internet_security_level,
        );
        v.field(
            24usize,
            "browser_intranet_security_level",
            &self.browser_intranet_security_level,
        );
        v.field(
            25usize,
            "browser_logging_report_location",
            &self.browser_logging_report_location,
        );
        v.field(26usize, "browser_require_firewall", &self.browser_require_firewall);
        v.field(
            27usize,
            "browser_require_fraud_warning",
            &self.browser_require_fraud_warning,
        );
        v.field(
            28usize,
            "browser_require_high_security_for_restricted_sites",
            &self.browser_require_high_security_for_restricted_sites,
        );
        v.field(
            29usize,
            "browser_require_smart_screen",
            &self.browser_require_smart_screen,
        );
        v.field(
            30usize,
            "browser_trusted_sites_security_level",
            &self.browser_trusted_sites_security_level,
        );
        v.field(
            31usize,
            "cellular_block_data_roaming",
            &self.cellular_block_data_roaming,
        );
        v.field(
            32usize,
            "diagnostics_block_data_submission",
            &self.diagnostics_block_data_submission,
        );
        v.field(
            33usize,
            "password_block_picture_password_and_pin",
            &self.password_block_picture_password_and_pin,
        );
        v.field(34usize, "password_expiration_days", &self.password_expiration_days);
        v.field(
            35usize,
            "password_minimum_character_set_count",
            &self.password_minimum_character_set_count,
        );
        v.field(36usize, "password_minimum_length", &self.password_minimum_length);
        v.field(
            37usize,
            "password_minutes_of_inactivity_before_screen_timeout",
            &self.password_minutes_of_inactivity_before_screen_timeout,
        );
        v.field(
            38usize,
            "password_previous_password_block_count",
            &self.password_previous_password_block_count,
        );
        v.field(39usize, "password_required_type", &self.password_required_type);
        v.field(
            40usize,
            "password_sign_in_failure_count_before_factory_reset",
            &self.password_sign_in_failure_count_before_factory_reset,
        );
        v.field(
            41usize,
            "storage_require_device_encryption",
            &self.storage_require_device_encryption,
        );
        v.field(
            42usize,
            "updates_require_automatic_updates",
            &self.updates_require_automatic_updates,
        );
        v.field(
            43usize,
            "user_account_control_settings",
            &self.user_account_control_settings,
        );
        v.field(44usize, "work_folders_url", &self.work_folders_url);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for Windows81GeneralConfiguration {
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
            12usize => {
                self.accounts_block_adding_non_microsoft_account_email.read_from(r)
            }
            13usize => self.apply_only_to_windows81.read_from(r),
            14usize => self.browser_block_autofill.read_from(r),
            15usize => {
                self.browser_block_automatic_detection_of_intranet_sites.read_from(r)
            }
            16usize => self.browser_block_enterprise_mode_access.read_from(r),
            17usize => self.browser_block_java_script.read_from(r),
            18usize => self.browser_block_plugins.read_from(r),
            19usize => self.browser_block_popups.read_from(r),
            20usize => self.browser_block_sending_do_not_track_header.read_from(r),
            21usize => {
                self.browser_block_single_word_entry_on_intranet_sites.read_from(r)
            }
            22usize => self.browser_enterprise_mode_site_list_location.read_from(r),
            23usize => self.browser_internet_security_level.read_from(r),
            24usize => self.browser_intranet_security_level.read_from(r),
            25usize => self.browser_logging_report_location.read_from(r),
            26usize => self.browser_require_firewall.read_from(r),
            27usize => self.browser_require_fraud_warning.read_from(r),
            28usize => {
                self.browser_require_high_security_for_restricted_sites.read_from(r)
            }
            29usize => self.browser_require_smart_screen.read_from(r),
            30usize => self.browser_trusted_sites_security_level.read_from(r),
            31usize => self.cellular_block_data_roaming.read_from(r),
            32usize => self.diagnostics_block_data_submission.read_from(r),
            33usize => self.password_block_picture_password_and_pin.read_from(r),
            34usize => self.password_expiration_days.read_from(r),
            35usize => self.password_minimum_character_set_count.read_from(r),
            36usize => self.password_minimum_length.read_from(r),
            37usize => {
                self.password_minutes_of_inactivity_before_screen_timeout.read_from(r)
            }
            38usize => self.password_previous_password_block_count.read_from(r),
            39usize => self.password_required_type.read_from(r),
            40usize => {
                self.password_sign_in_failure_count_before_factory_reset.read_from(r)
            }
            41usize => self.storage_require_device_encryption.read_from(r),
            42usize => self.updates_require_automatic_updates.read_from(r),
            43usize => self.user_account_control_settings.read_from(r),
            44usize => self.work_folders_url.read_from(r),
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
        w.field(12usize, &self.accounts_block_adding_non_microsoft_account_email);
        w.field(13usize, &self.apply_only_to_windows81);
        w.field(14usize, &self.browser_block_autofill);
        w.field(15usize, &self.browser_block_automatic_detection_of_intranet_sites);
        w.field(16usize, &self.browser_block_enterprise_mode_access);
        w.field(17usize, &self.browser_block_java_script);
        w.field(18usize, &self.browser_block_plugins);
        w.field(19usize, &self.browser_block_popups);
        w.field(20usize, &self.browser_block_sending_do_not_track_header);
        w.field(21usize, &self.browser_block_single_word_entry_on_intranet_sites);
        w.field(22usize, &self.browser_enterprise_mode_site_list_location);
        w.field(23usize, &self.browser_internet_security_level);
        w.field(24usize, &self.browser_intranet_security_level);
        w.field(25usize, &self.browser_logging_report_location);
        w.field(26usize, &self.browser_require_firewall);
        w.field(27usize, &self.browser_require_fraud_warning);
        w.field(28usize, &self.browser_require_high_security_for_restricted_sites);
        w.field(29usize, &self.browser_require_smart_screen);
        w.field(30usize, &self.browser_trusted_sites_security_level);
        w.field(31usize, &self.cellular_block_data_roaming);
        w.field(32usize, &self.diagnostics_block_data_submission);
        w.field(33usize, &self.password_block_picture_password_and_pin);
        w.field(34usize, &self.password_expiration_days);
        w.field(35usize, &self.password_minimum_character_set_count);
        w.field(36usize, &self.password_minimum_length);
        w.field(37usize, &self.password_minutes_of_inactivity_before_screen_timeout);
        w.field(38usize, &self.password_previous_password_block_count);
        w.field(39usize, &self.password_required_type);
        w.field(40usize, &self.password_sign_in_failure_count_before_factory_reset);
        w.field(41usize, &self.storage_require_device_encryption);
        w.field(42usize, &self.updates_require_automatic_updates);
        w.field(43usize, &self.user_account_control_settings);
        w.field(44usize, &self.work_folders_url);
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
rt::impl_object!(Windows81GeneralConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    Windows81GeneralConfiguration { with_id id : ::std::string::String;
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
    ::v1::DeviceConfigurationUserOverview;
    with_accounts_block_adding_non_microsoft_account_email
    accounts_block_adding_non_microsoft_account_email : bool;
    with_apply_only_to_windows81 apply_only_to_windows81 : bool;
    with_browser_block_autofill browser_block_autofill : bool;
    with_browser_block_automatic_detection_of_intranet_sites
    browser_block_automatic_detection_of_intranet_sites : bool;
    with_browser_block_enterprise_mode_access browser_block_enterprise_mode_access :
    bool; with_browser_block_java_script browser_block_java_script : bool;
    with_browser_block_plugins browser_block_plugins : bool; with_browser_block_popups
    browser_block_popups : bool; with_browser_block_sending_do_not_track_header
    browser_block_sending_do_not_track_header : bool;
    with_browser_block_single_word_entry_on_intranet_sites
    browser_block_single_word_entry_on_intranet_sites : bool;
    with_browser_enterprise_mode_site_list_location
    browser_enterprise_mode_site_list_location : ::std::string::String;
    with_browser_internet_security_level browser_internet_security_level : crate
    ::v1::InternetSiteSecurityLevel; with_browser_intranet_security_level
    browser_intranet_security_level : crate ::v1::SiteSecurityLevel;
    with_browser_logging_report_location browser_logging_report_location :
    ::std::string::String; with_browser_require_firewall browser_require_firewall : bool;
    with_browser_require_fraud_warning browser_require_fraud_warning : bool;
    with_browser_require_high_security_for_restricted_sites
    browser_require_high_security_for_restricted_sites : bool;
    with_browser_require_smart_screen browser_require_smart_screen : bool;
    with_browser_trusted_sites_security_level browser_trusted_sites_security_level :
    crate ::v1::SiteSecurityLevel; with_cellular_block_data_roaming
    cellular_block_data_roaming : bool; with_diagnostics_block_data_submission
    diagnostics_block_data_submission : bool;
    with_password_block_picture_password_and_pin password_block_picture_password_and_pin
    : bool; with_password_expiration_days password_expiration_days : i32;
    with_password_minimum_character_set_count password_minimum_character_set_count : i32;
    with_password_minimum_length password_minimum_length : i32;
    with_password_minutes_of_inactivity_before_screen_timeout
    password_minutes_of_inactivity_before_screen_timeout : i32;
    with_password_previous_password_block_count password_previous_password_block_count :
    i32; with_password_required_type password_required_type : crate
    ::v1::RequiredPasswordType; with_password_sign_in_failure_count_before_factory_reset
    password_sign_in_failure_count_before_factory_reset : i32;
    with_storage_require_device_encryption storage_require_device_encryption : bool;
    with_updates_require_automatic_updates updates_require_automatic_updates : bool;
    with_user_account_control_settings user_account_control_settings : crate
    ::v1::WindowsUserAccountControlSettings; with_work_folders_url work_folders_url :
    ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows81GeneralConfiguration);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties and inherited properties for Windows AppX Line Of Business apps.
///
/// CSDL: `microsoft.graph.windowsAppX`, entity type, derived from `microsoft.graph.mobileLobApp`, key `id`.
///
/// Request builders: [`WindowsAppXPath`](requests/trait.WindowsAppXPath.html), what a path to one (`EntityPath<WindowsAppX, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct WindowsAppX {
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
    /// The Windows architecture(s) on which this app can run. Possible values are: `none`, `x86`, `x64`, `arm`, `neutral`; default value is `none`.
    ///
    /// CSDL: property `applicableArchitectures`: `microsoft.graph.windowsArchitecture`, not nullable.
    pub applicable_architectures: rt::Field<rt::Flags<crate::v1::WindowsArchitecture>>,
    /// The identity name of the uploaded app package. For example: "Contoso.DemoApp".
    ///
    /// CSDL: property `identityName`: `Edm.String`, nullable.
    pub identity_name: rt::Field<::std::string::String>,
    /// The identity publisher hash of the uploaded app package. This is the hash of the publisher from the manifest. For example: "AB82CD0XYZ".
    ///
    /// CSDL: property `identityPublisherHash`: `Edm.String`, not nullable.
    pub identity_publisher_hash: rt::Field<::std::string::String>,
    /// The identity resource identifier of the uploaded app package. For example: "TestResourceId".
    ///
    /// CSDL: property `identityResourceIdentifier`: `Edm.String`, nullable.
    pub identity_resource_identifier: rt::Field<::std::string::String>,
    /// The identity version of the uploaded app package. For example: "1.0.0.0".
    ///
    /// CSDL: property `identityVersion`: `Edm.String`, nullable.
    pub identity_version: rt::Field<::std::string::String>,
    /// When TRUE, indicates that the app is a bundle. When FALSE, indicates that the app is not a bundle. By default, property is set to FALSE.
    ///
    /// CSDL: property `isBundle`: `Edm.Boolean`, not nullable.
    pub is_bundle: rt::Field<bool>,
    /// The value for the minimum applicable operating system. Valid values for a WindowsAppX app include `v8_0`, `v8_1` and `v10_0`. If the app is a bundle, the minimum supported OS has to be at least `v8_1`.
    ///
    /// CSDL: property `minimumSupportedOperatingSystem`: `microsoft.graph.windowsMinimumOperatingSystem`, not nullable.
    pub minimum_supported_operating_system: rt::Field<
        crate::v1::WindowsMinimumOperatingSystem,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for WindowsAppX {
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
            applicable_architectures: rt::Field::Absent,
            identity_name: rt::Field::Absent,
            identity_publisher_hash: rt::Field::Absent,
            identity_resource_identifier: rt::Field::Absent,
            identity_version: rt::Field::Absent,
            is_bundle: rt::Field::Absent,
            minimum_supported_operating_system: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for WindowsAppX {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsAppX";
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
        "applicableArchitectures",
        "identityName",
        "identityPublisherHash",
        "identityResourceIdentifier",
        "identityVersion",
        "isBundle",
        "minimumSupportedOperatingSystem",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"developer\":                    ",
        ",\"displayName\":                  ",
        ",\"informationUrl\":               ",
        ",\"isFeatured\":                   ",
        ",\"largeIcon\":                    ",
        ",\"lastModifiedDateTime\":         ",
        ",\"notes\":                        ",
        ",\"owner\":                        ",
        ",\"privacyInformationUrl\":        ",
        ",\"publisher\":                    ",
        ",\"publishingState\":              ",
        ",\"assignments\":                  ",
        ",\"categories\":                   ",
        ",\"committedContentVersion\":      ",
        ",\"fileName\":                     ",
        ",\"size\":                         ",
        ",\"contentVersions\":              ",
        ",\"applicableArchitectures\":      ",
        ",\"identityName\":                 ",
        ",\"identityPublisherHash\":        ",
        ",\"identityResourceIdentifier\":   ",
        ",\"identityVersion\":              ",
        ",\"isBundle\":                     ",
        ",\"minimumSupportedOperatingSystem\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsAppX\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "developer", &self.developer);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "information_url", &self.information_url);
        v.field(6usize, "is_featured", &self.is_featured);
        v.field(7usize, "large_icon", &self.large_icon);
        v.field(8usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(9usize, "notes", &self.notes);
        v.field(10usize, "owner", &self.owner);
        v.field(11usize, "privacy_information_url", &self.privacy_information_url);
        v.field(12usize, "publisher", &self.publisher);
        v.field(13usize, "publishing_state", &self.publishing_state);
        v.field(14usize, "assignments", &self.assignments);
        v.field(15usize, "categories", &self.categories);
        v.field(16usize, "committed_content_version", &self.committed_content_version);
        v.field(17usize, "file_name", &self.file_name);
        v.field(18usize, "size", &self.size);
        v.field(19usize, "content_versions", &self.content_versions);
        v.field(20usize, "applicable_architectures", &self.applicable_architectures);
        v.field(21usize, "identity_name", &self.identity_name);
        v.field(22usize, "identity_publisher_hash", &self.identity_publisher_hash);
        v.field(
            23usize,
            "identity_resource_identifier",
            &self.identity_resource_identifier,
        );
        v.field(24usize, "identity_version", &self.identity_version);
        v.field(25usize, "is_bundle", &self.is_bundle);
        v.field(
            26usize,
            "minimum_supported_operating_system",
            &self.minimum_supported_operating_system,
        );
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for WindowsAppX {
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
            20usize => self.applicable_architectures.read_from(r),
            21usize => self.identity_name.read_from(r),
            22usize => self.identity_publisher_hash.read_from(r),
            23usize => self.identity_resource_identifier.read_from(r),
            24usize => self.identity_version.read_from(r),
            25usize => self.is_bundle.read_from(r),
            26usize => self.minimum_supported_operating_system.read_from(r),
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
        w.field(20usize, &self.applicable_architectures);
        w.field(21usize, &self.identity_name);
        w.field(22usize, &self.identity_publisher_hash);
        w.field(23usize, &self.identity_resource_identifier);
        w.field(24usize, &self.identity_version);
        w.field(25usize, &self.is_bundle);
        w.field(26usize, &self.minimum_supported_operating_system);
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_object!(WindowsAppX);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    WindowsAppX { with_id id : ::std::string::String; with_created_date_time
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
    ::std::vec::Vec < crate ::v1::MobileAppContent >; with_applicable_architectures
    applicable_architectures : rt::Flags < crate ::v1::WindowsArchitecture >;
    with_identity_name identity_name : ::std::string::String;
    with_identity_publisher_hash identity_publisher_hash : ::std::string::String;
    with_identity_resource_identifier identity_resource_identifier :
    ::std::string::String; with_identity_version identity_version :
    ::std::string::String; with_is_bundle is_bundle : bool;
    with_minimum_supported_operating_system minimum_supported_operating_system : crate
    ::v1::WindowsMinimumOperatingSystem; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsAppX);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties used when assigning a Windows AppX mobile app to a group.
///
/// CSDL: `microsoft.graph.windowsAppXAppAssignmentSettings`, complex type, derived from `microsoft.graph.mobileAppAssignmentSettings`.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct WindowsAppXAppAssignmentSettings {
    /// When TRUE, indicates that device execution context will be used for the AppX mobile app. When FALSE, indicates that user context will be used for the AppX mobile app. By default, this property is set to FALSE. Once this property has been set to TRUE it cannot be changed.
    ///
    /// CSDL: property `useDeviceContext`: `Edm.Boolean`, not nullable.
    pub use_device_context: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for WindowsAppXAppAssignmentSettings {
    #[inline]
    fn default() -> Self {
        Self {
            use_device_context: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for WindowsAppXAppAssignmentSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsAppXAppAssignmentSettings";
    const KEYS: &'static [&'static str] = &["useDeviceContext"];
    const KEYS_JSON: &'static [&'static str] = &[",\"useDeviceContext\":             "];
    const TAG: &'static str = "\"#microsoft.graph.windowsAppXAppAssignmentSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "use_device_context", &self.use_device_context);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for WindowsAppXAppAssignmentSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.use_device_context.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.use_device_context);
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_object!(WindowsAppXAppAssignmentSettings);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    WindowsAppXAppAssignmentSettings { with_use_device_context use_device_context : bool;
    }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsAppXAppAssignmentSettings);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties for Windows architecture.
///
/// CSDL: `microsoft.graph.windowsArchitecture`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsArchitecture {
    /// No flags set.
    ///
    /// `none` (value 0).
    None,
    /// Whether or not the X86 Windows architecture type is supported.
    ///
    /// `x86` (value 1).
    X86,
    /// Whether or not the X64 Windows architecture type is supported.
    ///
    /// `x64` (value 2).
    X64,
    /// Whether or not the Arm Windows architecture type is supported.
    ///
    /// `arm` (value 4).
    Arm,
    /// Whether or not the Neutral Windows architecture type is supported.
    ///
    /// `neutral` (value 8).
    Neutral,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::StrEnum for WindowsArchitecture {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsArchitecture";
    const MEMBERS: &'static [&'static str] = &["none", "x86", "x64", "arm", "neutral"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "x86" => Self::X86,
                "x64" => Self::X64,
                "arm" => Self::Arm,
                "neutral" => Self::Neutral,
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
            Self::X86 => "x86",
            Self::X64 => "x64",
            Self::Arm => "arm",
            Self::Neutral => "neutral",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_enum!(WindowsArchitecture);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsArchitecture);
#[cfg(msgraph_v1_device_management_or_search)]
/// Windows Defender AdvancedThreatProtection Configuration.
///
/// CSDL: `microsoft.graph.windowsDefenderAdvancedThreatProtectionConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<WindowsDefenderAdvancedThreatProtectionConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct WindowsDefenderAdvancedThreatProtectionConfiguration {
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
    /// Windows Defender AdvancedThreatProtection "Allow Sample Sharing" Rule
    ///
    /// CSDL: property `allowSampleSharing`: `Edm.Boolean`, not nullable.
    pub allow_sample_sharing: rt::Field<bool>,
    /// Expedite Windows Defender Advanced Threat Protection telemetry reporting frequency.
    ///
    /// CSDL: property `enableExpeditedTelemetryReporting`: `Edm.Boolean`, not nullable.
    pub enable_expedited_telemetry_reporting: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for WindowsDefenderAdvancedThreatProtectionConfiguration {
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
            allow_sample_sharing: rt::Field::Absent,
            enable_expedited_telemetry_reporting: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for WindowsDefenderAdvancedThreatProtectionConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsDefenderAdvancedThreatProtectionConfiguration";
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
        "allowSampleSharing",
        "enableExpeditedTelemetryReporting",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
        ",\"allowSampleSharing\":           ",
        ",\"enableExpeditedTelemetryReporting\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsDefenderAdvancedThreatProtectionConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "version", &self.version);
        v.field(6usize, "assignments", &self.assignments);
        v.field(
            7usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(8usize, "device_statuses", &self.device_statuses);
        v.field(9usize, "device_status_overview", &self.device_status_overview);
        v.field(10usize, "user_statuses", &self.user_statuses);
        v.field(11usize, "user_status_overview", &self.user_status_overview);
        v.field(12usize, "allow_sample_sharing", &self.allow_sample_sharing);
        v.field(
            13usize,
            "enable_expedited_telemetry_reporting",
            &self.enable_expedited_telemetry_reporting,
        );
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for WindowsDefenderAdvancedThreatProtectionConfiguration {
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
            12usize => self.allow_sample_sharing.read_from(r),
            13usize => self.enable_expedited_telemetry_reporting.read_from(r),
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
        w.field(12usize, &self.allow_sample_sharing);
        w.field(13usize, &self.enable_expedited_telemetry_reporting);
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
rt::impl_object!(WindowsDefenderAdvancedThreatProtectionConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    WindowsDefenderAdvancedThreatProtectionConfiguration { with_id id :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_version version : i32;
    with_assignments assignments : ::std::vec::Vec < crate
    ::v1::DeviceConfigurationAssignment >; with_device_setting_state_summaries
    device_setting_state_summaries : ::std::vec::Vec < crate
    ::v1::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::v1::DeviceConfigurationDeviceOverview; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationUserStatus >;
    with_user_status_overview user_status_overview : crate
    ::v1::DeviceConfigurationUserOverview; with_allow_sample_sharing allow_sample_sharing
    : bool; with_enable_expedited_telemetry_reporting
    enable_expedited_telemetry_reporting : bool; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsDefenderAdvancedThreatProtectionConfiguration);
#[cfg(msgraph_v1_core_or_device_management)]
/// Windows Defender last scan result
///
/// CSDL: `microsoft.graph.windowsDefenderScanActionResult`, complex type, derived from `microsoft.graph.deviceActionResult`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WindowsDefenderScanActionResult {
    /// Action name
    ///
    /// CSDL: property `actionName`: `Edm.String`, nullable.
    pub action_name: rt::Field<::std::string::String>,
    /// State of the action
    ///
    /// CSDL: property `actionState`: `microsoft.graph.actionState`, not nullable.
    pub action_state: rt::Field<crate::v1::ActionState>,
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
#[cfg(msgraph_v1_core_or_device_management)]
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
#[cfg(msgraph_v1_core_or_device_management)]
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
#[cfg(msgraph_v1_core_or_device_management)]
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
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_object!(WindowsDefenderScanActionResult);
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_setters!(
    WindowsDefenderScanActionResult { with_action_name action_name :
    ::std::string::String; with_action_state action_state : crate ::v1::ActionState;
    with_last_updated_date_time last_updated_date_time : rt::edm::DateTimeOffset;
    with_start_date_time start_date_time : rt::edm::DateTimeOffset; with_scan_type
    scan_type : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsDefenderScanActionResult);
#[cfg(msgraph_v1_device_management_or_search)]
/// Delivery optimization mode for peer distribution
///
/// CSDL: `microsoft.graph.windowsDeliveryOptimizationMode`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsDeliveryOptimizationMode {
    /// Allow the user to set.
    ///
    /// `userDefined` (value 0).
    UserDefined,
    /// HTTP only, no peering
    ///
    /// `httpOnly` (value 1).
    HttpOnly,
    /// OS default – Http blended with peering behind the same network address translator
    ///
    /// `httpWithPeeringNat` (value 2).
    HttpWithPeeringNat,
    /// HTTP blended with peering across a private group
    ///
    /// `httpWithPeeringPrivateGroup` (value 3).
    HttpWithPeeringPrivateGroup,
    /// HTTP blended with Internet peering
    ///
    /// `httpWithInternetPeering` (value 4).
    HttpWithInternetPeering,
    /// Simple download mode with no peering
    ///
    /// `simpleDownload` (value 99).
    SimpleDownload,
    /// Bypass mode. Do not use Delivery Optimization and use BITS instead
    ///
    /// `bypassMode` (value 100).
    BypassMode,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(WindowsDeliveryOptimizationMode);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsDeliveryOptimizationMode);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties for Windows device type. Multiple values can be selected. Default value is `none`.
///
/// CSDL: `microsoft.graph.windowsDeviceType`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsDeviceType {
    /// No device types supported. Default value.
    ///
    /// `none` (value 0).
    None,
    /// Indicates support for Desktop Windows device type.
    ///
    /// `desktop` (value 1).
    Desktop,
    /// Indicates support for Mobile Windows device type.
    ///
    /// `mobile` (value 2).
    Mobile,
    /// Indicates support for Holographic Windows device type.
    ///
    /// `holographic` (value 4).
    Holographic,
    /// Indicates support for Team Windows device type.
    ///
    /// `team` (value 8).
    Team,
    /// Evolvable enumeration sentinel value. Do not use.
    ///
    /// `unknownFutureValue` (value 16).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::StrEnum for WindowsDeviceType {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsDeviceType";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "desktop",
        "mobile",
        "holographic",
        "team",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "desktop" => Self::Desktop,
                "mobile" => Self::Mobile,
                "holographic" => Self::Holographic,
                "team" => Self::Team,
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
            Self::None => "none",
            Self::Desktop => "desktop",
            Self::Mobile => "mobile",
            Self::Holographic => "holographic",
            Self::Team => "team",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_enum!(WindowsDeviceType);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsDeviceType);
#[cfg(msgraph_v1_device_management_or_search)]
/// Windows Firewall Profile Policies.
///
/// CSDL: `microsoft.graph.windowsFirewallNetworkProfile`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct WindowsFirewallNetworkProfile {
    /// Configures the firewall to merge authorized application rules from group policy with those from local store instead of ignoring the local store rules. When AuthorizedApplicationRulesFromGroupPolicyNotMerged and AuthorizedApplicationRulesFromGroupPolicyMerged are both true, AuthorizedApplicationRulesFromGroupPolicyMerged takes priority.
    ///
    /// CSDL: property `authorizedApplicationRulesFromGroupPolicyMerged`: `Edm.Boolean`, not nullable.
    pub authorized_application_rules_from_group_policy_merged: rt::Field<bool>,
    /// Configures the firewall to merge connection security rules from group policy with those from local store instead of ignoring the local store rules. When ConnectionSecurityRulesFromGroupPolicyNotMerged and ConnectionSecurityRulesFromGroupPolicyMerged are both true, ConnectionSecurityRulesFromGroupPolicyMerged takes priority.
    ///
    /// CSDL: property `connectionSecurityRulesFromGroupPolicyMerged`: `Edm.Boolean`, not nullable.
    pub connection_security_rules_from_group_policy_merged: rt::Field<bool>,
    /// Configures the host device to allow or block the firewall and advanced security enforcement for the network profile.
    ///
    /// CSDL: property `firewallEnabled`: `microsoft.graph.stateManagementSetting`, not nullable.
    pub firewall_enabled: rt::Field<crate::v1::StateManagementSetting>,
    /// Configures the firewall to merge global port rules from group policy with those from local store instead of ignoring the local store rules. When GlobalPortRulesFromGroupPolicyNotMerged and GlobalPortRulesFromGroupPolicyMerged are both true, GlobalPortRulesFromGroupPolicyMerged takes priority.
    ///
    /// CSDL: property `globalPortRulesFromGroupPolicyMerged`: `Edm.Boolean`, not nullable.
    pub global_port_rules_from_group_policy_merged: rt::Field<bool>,
    /// Configures the firewall to block all incoming connections by default. When InboundConnectionsRequired and InboundConnectionsBlocked are both true, InboundConnectionsBlocked takes priority.
    ///
    /// CSDL: property `inboundConnectionsBlocked`: `Edm.Boolean`, not nullable.
    pub inbound_connections_blocked: rt::Field<bool>,
    /// Prevents the firewall from displaying notifications when an application is blocked from listening on a port. When InboundNotificationsRequired and InboundNotificationsBlocked are both true, InboundNotificationsBlocked takes priority.
    ///
    /// CSDL: property `inboundNotificationsBlocked`: `Edm.Boolean`, not nullable.
    pub inbound_notifications_blocked: rt::Field<bool>,
    /// Configures the firewall to block all incoming traffic regardless of other policy settings. When IncomingTrafficRequired and IncomingTrafficBlocked are both true, IncomingTrafficBlocked takes priority.
    ///
    /// CSDL: property `incomingTrafficBlocked`: `Edm.Boolean`, not nullable.
    pub incoming_traffic_blocked: rt::Field<bool>,
    /// Configures the firewall to block all outgoing connections by default. When OutboundConnectionsRequired and OutboundConnectionsBlocked are both true, OutboundConnectionsBlocked takes priority. This setting will get applied to Windows releases version 1809 and above.
    ///
    /// CSDL: property `outboundConnectionsBlocked`: `Edm.Boolean`, not nullable.
    pub outbound_connections_blocked: rt::Field<bool>,
    /// Configures the firewall to merge Firewall Rule policies from group policy with those from local store instead of ignoring the local store rules. When PolicyRulesFromGroupPolicyNotMerged and PolicyRulesFromGroupPolicyMerged are both true, PolicyRulesFromGroupPolicyMerged takes priority.
    ///
    /// CSDL: property `policyRulesFromGroupPolicyMerged`: `Edm.Boolean`, not nullable.
    pub policy_rules_from_group_policy_merged: rt::Field<bool>,
    /// Configures the firewall to allow the host computer to respond to unsolicited network traffic of that traffic is secured by IPSec even when stealthModeBlocked is set to true. When SecuredPacketExemptionBlocked and SecuredPacketExemptionAllowed are both true, SecuredPacketExemptionAllowed takes priority.
    ///
    /// CSDL: property `securedPacketExemptionAllowed`: `Edm.Boolean`, not nullable.
    pub secured_packet_exemption_allowed: rt::Field<bool>,
    /// Prevent the server from operating in stealth mode. When StealthModeRequired and StealthModeBlocked are both true, StealthModeBlocked takes priority.
    ///
    /// CSDL: property `stealthModeBlocked`: `Edm.Boolean`, not nullable.
    pub stealth_mode_blocked: rt::Field<bool>,
    /// Configures the firewall to block unicast responses to multicast broadcast traffic. When UnicastResponsesToMulticastBroadcastsRequired and UnicastResponsesToMulticastBroadcastsBlocked are both true, UnicastResponsesToMulticastBroadcastsBlocked takes priority.
    ///
    /// CSDL: property `unicastResponsesToMulticastBroadcastsBlocked`: `Edm.Boolean`, not nullable.
    pub unicast_responses_to_multicast_broadcasts_blocked: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for WindowsFirewallNetworkProfile {
    #[inline]
    fn default() -> Self {
        Self {
            authorized_application_rules_from_group_policy_merged: rt::Field::Absent,
            connection_security_rules_from_group_policy_merged: rt::Field::Absent,
            firewall_enabled: rt::Field::Absent,
            global_port_rules_from_group_policy_merged: rt::Field::Absent,
            inbound_connections_blocked: rt::Field::Absent,
            inbound_notifications_blocked: rt::Field::Absent,
            incoming_traffic_blocked: rt::Field::Absent,
            outbound_connections_blocked: rt::Field::Absent,
            policy_rules_from_group_policy_merged: rt::Field::Absent,
            secured_packet_exemption_allowed: rt::Field::Absent,
            stealth_mode_blocked: rt::Field::Absent,
            unicast_responses_to_multicast_broadcasts_blocked: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for WindowsFirewallNetworkProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsFirewallNetworkProfile";
    const KEYS: &'static [&'static str] = &[
        "authorizedApplicationRulesFromGroupPolicyMerged",
        "connectionSecurityRulesFromGroupPolicyMerged",
        "firewallEnabled",
        "globalPortRulesFromGroupPolicyMerged",
        "inboundConnectionsBlocked",
        "inboundNotificationsBlocked",
        "incomingTrafficBlocked",
        "outboundConnectionsBlocked",
        "policyRulesFromGroupPolicyMerged",
        "securedPacketExemptionAllowed",
        "stealthModeBlocked",
        "unicastResponsesToMulticastBroadcastsBlocked",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"authorizedApplicationRulesFromGroupPolicyMerged\":",
        ",\"connectionSecurityRulesFromGroupPolicyMerged\":",
        ",\"firewallEnabled\":              ",
        ",\"globalPortRulesFromGroupPolicyMerged\":",
        ",\"inboundConnectionsBlocked\":    ",
        ",\"inboundNotificationsBlocked\":  ",
        ",\"incomingTrafficBlocked\":       ",
        ",\"outboundConnectionsBlocked\":   ",
        ",\"policyRulesFromGroupPolicyMerged\":",
        ",\"securedPacketExemptionAllowed\":",
        ",\"stealthModeBlocked\":           ",
        ",\"unicastResponsesToMulticastBroadcastsBlocked\":",
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
            "connection_security_rules_from_group_policy_merged",
            &self.connection_security_rules_from_group_policy_merged,
        );
        v.field(2usize, "firewall_enabled", &self.firewall_enabled);
        v.field(
            3usize,
            "global_port_rules_from_group_policy_merged",
            &self.global_port_rules_from_group_policy_merged,
        );
        v.field(
            4usize,
            "inbound_connections_blocked",
            &self.inbound_connections_blocked,
        );
        v.field(
            5usize,
            "inbound_notifications_blocked",
            &self.inbound_notifications_blocked,
        );
        v.field(6usize, "incoming_traffic_blocked", &self.incoming_traffic_blocked);
        v.field(
            7usize,
            "outbound_connections_blocked",
            &self.outbound_connections_blocked,
        );
        v.field(
            8usize,
            "policy_rules_from_group_policy_merged",
            &self.policy_rules_from_group_policy_merged,
        );
        v.field(
            9usize,
            "secured_packet_exemption_allowed",
            &self.secured_packet_exemption_allowed,
        );
        v.field(10usize, "stealth_mode_blocked", &self.stealth_mode_blocked);
        v.field(
            11usize,
            "unicast_responses_to_multicast_broadcasts_blocked",
            &self.unicast_responses_to_multicast_broadcasts_blocked,
        );
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for WindowsFirewallNetworkProfile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => {
                self.authorized_application_rules_from_group_policy_merged.read_from(r)
            }
            1usize => {
                self.connection_security_rules_from_group_policy_merged.read_from(r)
            }
            2usize => self.firewall_enabled.read_from(r),
            3usize => self.global_port_rules_from_group_policy_merged.read_from(r),
            4usize => self.inbound_connections_blocked.read_from(r),
            5usize => self.inbound_notifications_blocked.read_from(r),
            6usize => self.incoming_traffic_blocked.read_from(r),
            7usize => self.outbound_connections_blocked.read_from(r),
            8usize => self.policy_rules_from_group_policy_merged.read_from(r),
            9usize => self.secured_packet_exemption_allowed.read_from(r),
            10usize => self.stealth_mode_blocked.read_from(r),
            11usize => {
                self.unicast_responses_to_multicast_broadcasts_blocked.read_from(r)
            }
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.authorized_application_rules_from_group_policy_merged);
        w.field(1usize, &self.connection_security_rules_from_group_policy_merged);
        w.field(2usize, &self.firewall_enabled);
        w.field(3usize, &self.global_port_rules_from_group_policy_merged);
        w.field(4usize, &self.inbound_connections_blocked);
        w.field(5usize, &self.inbound_notifications_blocked);
        w.field(6usize, &self.incoming_traffic_blocked);
        w.field(7usize, &self.outbound_connections_blocked);
        w.field(8usize, &self.policy_rules_from_group_policy_merged);
        w.field(9usize, &self.secured_packet_exemption_allowed);
        w.field(10usize, &self.stealth_mode_blocked);
        w.field(11usize, &self.unicast_responses_to_multicast_broadcasts_blocked);
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
rt::impl_object!(WindowsFirewallNetworkProfile);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    WindowsFirewallNetworkProfile {
    with_authorized_application_rules_from_group_policy_merged
    authorized_application_rules_from_group_policy_merged : bool;
    with_connection_security_rules_from_group_policy_merged
    connection_security_rules_from_group_policy_merged : bool; with_firewall_enabled
    firewall_enabled : crate ::v1::StateManagementSetting;
    with_global_port_rules_from_group_policy_merged
    global_port_rules_from_group_policy_merged : bool; with_inbound_connections_blocked
    inbound_connections_blocked : bool; with_inbound_notifications_blocked
    inbound_notifications_blocked : bool; with_incoming_traffic_blocked
    incoming_traffic_blocked : bool; with_outbound_connections_blocked
    outbound_connections_blocked : bool; with_policy_rules_from_group_policy_merged
    policy_rules_from_group_policy_merged : bool; with_secured_packet_exemption_allowed
    secured_packet_exemption_allowed : bool; with_stealth_mode_blocked
    stealth_mode_blocked : bool; with_unicast_responses_to_multicast_broadcasts_blocked
    unicast_responses_to_multicast_broadcasts_blocked : bool; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsFirewallNetworkProfile);
