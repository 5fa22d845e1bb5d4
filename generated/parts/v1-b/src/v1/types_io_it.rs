//! Types of `microsoft.graph` by the first letters of their names (`io_it`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_device_management_or_search)]
/// Device Configuration.
///
/// CSDL: `microsoft.graph.iosCertificateProfile`, entity type, derived from `microsoft.graph.deviceConfiguration`, abstract, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<IosCertificateProfile, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct IosCertificateProfile {
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
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for IosCertificateProfile {
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
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for IosCertificateProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.iosCertificateProfile";
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
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosCertificateProfile\"";
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
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for IosCertificateProfile {
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
rt::impl_object!(IosCertificateProfile);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    IosCertificateProfile { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_version version : i32; with_assignments assignments : ::std::vec::Vec < crate
    ::v1::DeviceConfigurationAssignment >; with_device_setting_state_summaries
    device_setting_state_summaries : ::std::vec::Vec < crate
    ::v1::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::v1::DeviceConfigurationDeviceOverview; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationUserStatus >;
    with_user_status_overview user_status_overview : crate
    ::v1::DeviceConfigurationUserOverview; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosCertificateProfile);
#[cfg(msgraph_v1_device_management_or_search)]
/// This class contains compliance settings for IOS.
///
/// CSDL: `microsoft.graph.iosCompliancePolicy`, entity type, derived from `microsoft.graph.deviceCompliancePolicy`, key `id`.
///
/// Request builders: [`DeviceCompliancePolicyPath`](requests/trait.DeviceCompliancePolicyPath.html), what a path to one (`EntityPath<IosCompliancePolicy, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct IosCompliancePolicy {
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
    /// Require that devices have enabled device threat protection .
    ///
    /// CSDL: property `deviceThreatProtectionEnabled`: `Edm.Boolean`, not nullable.
    pub device_threat_protection_enabled: rt::Field<bool>,
    /// Require Mobile Threat Protection minimum risk level to report noncompliance.
    ///
    /// CSDL: property `deviceThreatProtectionRequiredSecurityLevel`: `microsoft.graph.deviceThreatProtectionLevel`, not nullable.
    pub device_threat_protection_required_security_level: rt::Field<
        crate::v1::DeviceThreatProtectionLevel,
    >,
    /// Indicates whether or not to require a managed email profile.
    ///
    /// CSDL: property `managedEmailProfileRequired`: `Edm.Boolean`, not nullable.
    pub managed_email_profile_required: rt::Field<bool>,
    /// Maximum IOS version.
    ///
    /// CSDL: property `osMaximumVersion`: `Edm.String`, nullable.
    pub os_maximum_version: rt::Field<::std::string::String>,
    /// Minimum IOS version.
    ///
    /// CSDL: property `osMinimumVersion`: `Edm.String`, nullable.
    pub os_minimum_version: rt::Field<::std::string::String>,
    /// Indicates whether or not to block simple passcodes.
    ///
    /// CSDL: property `passcodeBlockSimple`: `Edm.Boolean`, not nullable.
    pub passcode_block_simple: rt::Field<bool>,
    /// Number of days before the passcode expires. Starting January 2026 (Intune release version: 2601), the maximum expiration days will be limited to 730 days. Any setting above 730 days will be default to 730 days. Valid values 1 to 65535
    ///
    /// CSDL: property `passcodeExpirationDays`: `Edm.Int32`, nullable.
    pub passcode_expiration_days: rt::Field<i32>,
    /// The number of character sets required in the password.
    ///
    /// CSDL: property `passcodeMinimumCharacterSetCount`: `Edm.Int32`, nullable.
    pub passcode_minimum_character_set_count: rt::Field<i32>,
    /// Minimum length of passcode. Valid values 4 to 14
    ///
    /// CSDL: property `passcodeMinimumLength`: `Edm.Int32`, nullable.
    pub passcode_minimum_length: rt::Field<i32>,
    /// Minutes of inactivity before a passcode is required.
    ///
    /// CSDL: property `passcodeMinutesOfInactivityBeforeLock`: `Edm.Int32`, nullable.
    pub passcode_minutes_of_inactivity_before_lock: rt::Field<i32>,
    /// Number of previous passcodes to block. Valid values 1 to 24
    ///
    /// CSDL: property `passcodePreviousPasscodeBlockCount`: `Edm.Int32`, nullable.
    pub passcode_previous_passcode_block_count: rt::Field<i32>,
    /// Indicates whether or not to require a passcode.
    ///
    /// CSDL: property `passcodeRequired`: `Edm.Boolean`, not nullable.
    pub passcode_required: rt::Field<bool>,
    /// The required passcode type.
    ///
    /// CSDL: property `passcodeRequiredType`: `microsoft.graph.requiredPasswordType`, not nullable.
    pub passcode_required_type: rt::Field<crate::v1::RequiredPasswordType>,
    /// Indicates the device should not be jailbroken. When TRUE, if the device is detected as jailbroken it will be reported non-compliant. When FALSE, the device is not reported as non-compliant regardless of device jailbroken state. Default is FALSE.
    ///
    /// CSDL: property `securityBlockJailbrokenDevices`: `Edm.Boolean`, not nullable.
    pub security_block_jailbroken_devices: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for IosCompliancePolicy {
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
            managed_email_profile_required: rt::Field::Absent,
            os_maximum_version: rt::Field::Absent,
            os_minimum_version: rt::Field::Absent,
            passcode_block_simple: rt::Field::Absent,
            passcode_expiration_days: rt::Field::Absent,
            passcode_minimum_character_set_count: rt::Field::Absent,
            passcode_minimum_length: rt::Field::Absent,
            passcode_minutes_of_inactivity_before_lock: rt::Field::Absent,
            passcode_previous_passcode_block_count: rt::Field::Absent,
            passcode_required: rt::Field::Absent,
            passcode_required_type: rt::Field::Absent,
            security_block_jailbroken_devices: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for IosCompliancePolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.iosCompliancePolicy";
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
        "managedEmailProfileRequired",
        "osMaximumVersion",
        "osMinimumVersion",
        "passcodeBlockSimple",
        "passcodeExpirationDays",
        "passcodeMinimumCharacterSetCount",
        "passcodeMinimumLength",
        "passcodeMinutesOfInactivityBeforeLock",
        "passcodePreviousPasscodeBlockCount",
        "passcodeRequired",
        "passcodeRequiredType",
        "securityBlockJailbrokenDevices",
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
        ",\"deviceThreatProtectionEnabled\":",
        ",\"deviceThreatProtectionRequiredSecurityLevel\":",
        ",\"managedEmailProfileRequired\":  ",
        ",\"osMaximumVersion\":             ",
        ",\"osMinimumVersion\":             ",
        ",\"passcodeBlockSimple\":          ",
        ",\"passcodeExpirationDays\":       ",
        ",\"passcodeMinimumCharacterSetCount\":",
        ",\"passcodeMinimumLength\":        ",
        ",\"passcodeMinutesOfInactivityBeforeLock\":",
        ",\"passcodePreviousPasscodeBlockCount\":",
        ",\"passcodeRequired\":             ",
        ",\"passcodeRequiredType\":         ",
        ",\"securityBlockJailbrokenDevices\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosCompliancePolicy\"";
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
        v.field(
            13usize,
            "device_threat_protection_enabled",
            &self.device_threat_protection_enabled,
        );
        v.field(
            14usize,
            "device_threat_protection_required_security_level",
            &self.device_threat_protection_required_security_level,
        );
        v.field(
            15usize,
            "managed_email_profile_required",
            &self.managed_email_profile_required,
        );
        v.field(16usize, "os_maximum_version", &self.os_maximum_version);
        v.field(17usize, "os_minimum_version", &self.os_minimum_version);
        v.field(18usize, "passcode_block_simple", &self.passcode_block_simple);
        v.field(19usize, "passcode_expiration_days", &self.passcode_expiration_days);
        v.field(
            20usize,
            "passcode_minimum_character_set_count",
            &self.passcode_minimum_character_set_count,
        );
        v.field(21usize, "passcode_minimum_length", &self.passcode_minimum_length);
        v.field(
            22usize,
            "passcode_minutes_of_inactivity_before_lock",
            &self.passcode_minutes_of_inactivity_before_lock,
        );
        v.field(
            23usize,
            "passcode_previous_passcode_block_count",
            &self.passcode_previous_passcode_block_count,
        );
        v.field(24usize, "passcode_required", &self.passcode_required);
        v.field(25usize, "passcode_required_type", &self.passcode_required_type);
        v.field(
            26usize,
            "security_block_jailbroken_devices",
            &self.security_block_jailbroken_devices,
        );
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for IosCompliancePolicy {
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
            15usize => self.managed_email_profile_required.read_from(r),
            16usize => self.os_maximum_version.read_from(r),
            17usize => self.os_minimum_version.read_from(r),
            18usize => self.passcode_block_simple.read_from(r),
            19usize => self.passcode_expiration_days.read_from(r),
            20usize => self.passcode_minimum_character_set_count.read_from(r),
            21usize => self.passcode_minimum_length.read_from(r),
            22usize => self.passcode_minutes_of_inactivity_before_lock.read_from(r),
            23usize => self.passcode_previous_passcode_block_count.read_from(r),
            24usize => self.passcode_required.read_from(r),
            25usize => self.passcode_required_type.read_from(r),
            26usize => self.security_block_jailbroken_devices.read_from(r),
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
        w.field(15usize, &self.managed_email_profile_required);
        w.field(16usize, &self.os_maximum_version);
        w.field(17usize, &self.os_minimum_version);
        w.field(18usize, &self.passcode_block_simple);
        w.field(19usize, &self.passcode_expiration_days);
        w.field(20usize, &self.passcode_minimum_character_set_count);
        w.field(21usize, &self.passcode_minimum_length);
        w.field(22usize, &self.passcode_minutes_of_inactivity_before_lock);
        w.field(23usize, &self.passcode_previous_passcode_block_count);
        w.field(24usize, &self.passcode_required);
        w.field(25usize, &self.passcode_required_type);
        w.field(26usize, &self.security_block_jailbroken_devices);
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
rt::impl_object!(IosCompliancePolicy);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    IosCompliancePolicy { with_id id : ::std::string::String; with_created_date_time
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
    ::v1::DeviceThreatProtectionLevel; with_managed_email_profile_required
    managed_email_profile_required : bool; with_os_maximum_version os_maximum_version :
    ::std::string::String; with_os_minimum_version os_minimum_version :
    ::std::string::String; with_passcode_block_simple passcode_block_simple : bool;
    with_passcode_expiration_days passcode_expiration_days : i32;
    with_passcode_minimum_character_set_count passcode_minimum_character_set_count : i32;
    with_passcode_minimum_length passcode_minimum_length : i32;
    with_passcode_minutes_of_inactivity_before_lock
    passcode_minutes_of_inactivity_before_lock : i32;
    with_passcode_previous_passcode_block_count passcode_previous_passcode_block_count :
    i32; with_passcode_required passcode_required : bool; with_passcode_required_type
    passcode_required_type : crate ::v1::RequiredPasswordType;
    with_security_block_jailbroken_devices security_block_jailbroken_devices : bool; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosCompliancePolicy);
#[cfg(msgraph_v1_device_management_or_search)]
/// This topic provides descriptions of the declared methods, properties and relationships exposed by the iosCustomConfiguration resource.
///
/// CSDL: `microsoft.graph.iosCustomConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<IosCustomConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct IosCustomConfiguration {
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
    /// Payload. (UTF8 encoded byte array)
    ///
    /// CSDL: property `payload`: `Edm.Binary`, not nullable.
    pub payload: rt::Field<rt::edm::Binary>,
    /// Payload file name (*.mobileconfig | *.xml).
    ///
    /// CSDL: property `payloadFileName`: `Edm.String`, nullable.
    pub payload_file_name: rt::Field<::std::string::String>,
    /// Name that is displayed to the user.
    ///
    /// CSDL: property `payloadName`: `Edm.String`, not nullable.
    pub payload_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for IosCustomConfiguration {
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
            payload: rt::Field::Absent,
            payload_file_name: rt::Field::Absent,
            payload_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for IosCustomConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.iosCustomConfiguration";
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
        "payload",
        "payloadFileName",
        "payloadName",
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
        ",\"payload\":                      ",
        ",\"payloadFileName\":              ",
        ",\"payloadName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosCustomConfiguration\"";
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
        v.field(12usize, "payload", &self.payload);
        v.field(13usize, "payload_file_name", &self.payload_file_name);
        v.field(14usize, "payload_name", &self.payload_name);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for IosCustomConfiguration {
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
            12usize => self.payload.read_from(r),
            13usize => self.payload_file_name.read_from(r),
            14usize => self.payload_name.read_from(r),
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
        w.field(12usize, &self.payload);
        w.field(13usize, &self.payload_file_name);
        w.field(14usize, &self.payload_name);
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
rt::impl_object!(IosCustomConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    IosCustomConfiguration { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_version version : i32; with_assignments assignments : ::std::vec::Vec < crate
    ::v1::DeviceConfigurationAssignment >; with_device_setting_state_summaries
    device_setting_state_summaries : ::std::vec::Vec < crate
    ::v1::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::v1::DeviceConfigurationDeviceOverview; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationUserStatus >;
    with_user_status_overview user_status_overview : crate
    ::v1::DeviceConfigurationUserOverview; with_payload payload : rt::edm::Binary;
    with_payload_file_name payload_file_name : ::std::string::String; with_payload_name
    payload_name : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosCustomConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
/// iOS Device Features Configuration Profile.
///
/// CSDL: `microsoft.graph.iosDeviceFeaturesConfiguration`, entity type, derived from `microsoft.graph.appleDeviceFeaturesConfigurationBase`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<IosDeviceFeaturesConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct IosDeviceFeaturesConfiguration {
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
    /// Asset tag information for the device, displayed on the login window and lock screen.
    ///
    /// CSDL: property `assetTagTemplate`: `Edm.String`, nullable.
    pub asset_tag_template: rt::Field<::std::string::String>,
    /// A list of app and folders to appear on the Home Screen Dock. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `homeScreenDockIcons`: `Collection(microsoft.graph.iosHomeScreenItem)`, nullable.
    pub home_screen_dock_icons: rt::Field<
        ::std::vec::Vec<crate::v1::AnyIosHomeScreenItem>,
    >,
    /// A list of pages on the Home Screen. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `homeScreenPages`: `Collection(microsoft.graph.iosHomeScreenPage)`, nullable.
    pub home_screen_pages: rt::Field<::std::vec::Vec<crate::v1::IosHomeScreenPage>>,
    /// A footnote displayed on the login window and lock screen. Available in iOS 9.3.1 and later.
    ///
    /// CSDL: property `lockScreenFootnote`: `Edm.String`, nullable.
    pub lock_screen_footnote: rt::Field<::std::string::String>,
    /// Notification settings for each bundle id. Applicable to devices in supervised mode only (iOS 9.3 and later). This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `notificationSettings`: `Collection(microsoft.graph.iosNotificationSettings)`, nullable.
    pub notification_settings: rt::Field<
        ::std::vec::Vec<crate::v1::IosNotificationSettings>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for IosDeviceFeaturesConfiguration {
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
            asset_tag_template: rt::Field::Absent,
            home_screen_dock_icons: rt::Field::Absent,
            home_screen_pages: rt::Field::Absent,
            lock_screen_footnote: rt::Field::Absent,
            notification_settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for IosDeviceFeaturesConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.iosDeviceFeaturesConfiguration";
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
        "assetTagTemplate",
        "homeScreenDockIcons",
        "homeScreenPages",
        "lockScreenFootnote",
        "notificationSettings",
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
        ",\"assetTagTemplate\":             ",
        ",\"homeScreenDockIcons\":          ",
        ",\"homeScreenPages\":              ",
        ",\"lockScreenFootnote\":           ",
        ",\"notificationSettings\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosDeviceFeaturesConfiguration\"";
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
        v.field(12usize, "asset_tag_template", &self.asset_tag_template);
        v.field(13usize, "home_screen_dock_icons", &self.home_screen_dock_icons);
        v.field(14usize, "home_screen_pages", &self.home_screen_pages);
        v.field(15usize, "lock_screen_footnote", &self.lock_screen_footnote);
        v.field(16usize, "notification_settings", &self.notification_settings);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for IosDeviceFeaturesConfiguration {
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
            12usize => self.asset_tag_template.read_from(r),
            13usize => self.home_screen_dock_icons.read_from(r),
            14usize => self.home_screen_pages.read_from(r),
            15usize => self.lock_screen_footnote.read_from(r),
            16usize => self.notification_settings.read_from(r),
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
        w.field(12usize, &self.asset_tag_template);
        w.field(13usize, &self.home_screen_dock_icons);
        w.field(14usize, &self.home_screen_pages);
        w.field(15usize, &self.lock_screen_footnote);
        w.field(16usize, &self.notification_settings);
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
rt::impl_object!(IosDeviceFeaturesConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    IosDeviceFeaturesConfiguration { with_id id : ::std::string::String;
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
    ::v1::DeviceConfigurationUserOverview; with_asset_tag_template asset_tag_template :
    ::std::string::String; with_home_screen_dock_icons home_screen_dock_icons :
    ::std::vec::Vec < crate ::v1::AnyIosHomeScreenItem >; with_home_screen_pages
    home_screen_pages : ::std::vec::Vec < crate ::v1::IosHomeScreenPage >;
    with_lock_screen_footnote lock_screen_footnote : ::std::string::String;
    with_notification_settings notification_settings : ::std::vec::Vec < crate
    ::v1::IosNotificationSettings >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosDeviceFeaturesConfiguration);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties of the possible iOS device types the mobile app can run on.
///
/// CSDL: `microsoft.graph.iosDeviceType`, complex type.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct IosDeviceType {
    /// Whether the app should run on iPads.
    ///
    /// CSDL: property `iPad`: `Edm.Boolean`, not nullable.
    pub i_pad: rt::Field<bool>,
    /// Whether the app should run on iPhones and iPods.
    ///
    /// CSDL: property `iPhoneAndIPod`: `Edm.Boolean`, not nullable.
    pub i_phone_and_i_pod: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for IosDeviceType {
    #[inline]
    fn default() -> Self {
        Self {
            i_pad: rt::Field::Absent,
            i_phone_and_i_pod: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for IosDeviceType {
    const TYPE_NAME: &'static str = "microsoft.graph.iosDeviceType";
    const KEYS: &'static [&'static str] = &["iPad", "iPhoneAndIPod"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"iPad\":                         ",
        ",\"iPhoneAndIPod\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosDeviceType\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "i_pad", &self.i_pad);
        v.field(1usize, "i_phone_and_i_pod", &self.i_phone_and_i_pod);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for IosDeviceType {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.i_pad.read_from(r),
            1usize => self.i_phone_and_i_pod.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.i_pad);
        w.field(1usize, &self.i_phone_and_i_pod);
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
rt::impl_object!(IosDeviceType);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    IosDeviceType { with_i_pad i_pad : bool; with_i_phone_and_i_pod i_phone_and_i_pod :
    bool; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosDeviceType);
#[cfg(msgraph_v1_device_management_or_search)]
/// This topic provides descriptions of the declared methods, properties and relationships exposed by the iosGeneralDeviceConfiguration resource.
///
/// CSDL: `microsoft.graph.iosGeneralDeviceConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`IosGeneralDeviceConfigurationPath`](requests/trait.IosGeneralDeviceConfigurationPath.html), what a path to one (`EntityPath<IosGeneralDeviceConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct IosGeneralDeviceConfiguration {
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
    /// Indicates whether or not to allow account modification when the device is in supervised mode.
    ///
    /// CSDL: property `accountBlockModification`: `Edm.Boolean`, not nullable.
    pub account_block_modification: rt::Field<bool>,
    /// Indicates whether or not to allow activation lock when the device is in the supervised mode.
    ///
    /// CSDL: property `activationLockAllowWhenSupervised`: `Edm.Boolean`, not nullable.
    pub activation_lock_allow_when_supervised: rt::Field<bool>,
    /// Indicates whether or not to allow AirDrop when the device is in supervised mode.
    ///
    /// CSDL: property `airDropBlocked`: `Edm.Boolean`, not nullable.
    pub air_drop_blocked: rt::Field<bool>,
    /// Indicates whether or not to cause AirDrop to be considered an unmanaged drop target (iOS 9.0 and later).
    ///
    /// CSDL: property `airDropForceUnmanagedDropTarget`: `Edm.Boolean`, not nullable.
    pub air_drop_force_unmanaged_drop_target: rt::Field<bool>,
    /// Indicates whether or not to enforce all devices receiving AirPlay requests from this device to use a pairing password.
    ///
    /// CSDL: property `airPlayForcePairingPasswordForOutgoingRequests`: `Edm.Boolean`, not nullable.
    pub air_play_force_pairing_password_for_outgoing_requests: rt::Field<bool>,
    /// Indicates whether or not to block the user from using News when the device is in supervised mode (iOS 9.0 and later).
    ///
    /// CSDL: property `appleNewsBlocked`: `Edm.Boolean`, not nullable.
    pub apple_news_blocked: rt::Field<bool>,
    /// Indicates whether or not to allow Apple Watch pairing when the device is in supervised mode (iOS 9.0 and later).
    ///
    /// CSDL: property `appleWatchBlockPairing`: `Edm.Boolean`, not nullable.
    pub apple_watch_block_pairing: rt::Field<bool>,
    /// Indicates whether or not to force a paired Apple Watch to use Wrist Detection (iOS 8.2 and later).
    ///
    /// CSDL: property `appleWatchForceWristDetection`: `Edm.Boolean`, not nullable.
    pub apple_watch_force_wrist_detection: rt::Field<bool>,
    /// Gets or sets the list of iOS apps allowed to autonomously enter Single App Mode. Supervised only. iOS 7.0 and later. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `appsSingleAppModeList`: `Collection(microsoft.graph.appListItem)`, nullable.
    pub apps_single_app_mode_list: rt::Field<::std::vec::Vec<crate::v1::AppListItem>>,
    /// Indicates whether or not to block the automatic downloading of apps purchased on other devices when the device is in supervised mode (iOS 9.0 and later).
    ///
    /// CSDL: property `appStoreBlockAutomaticDownloads`: `Edm.Boolean`, not nullable.
    pub app_store_block_automatic_downloads: rt::Field<bool>,
    /// Indicates whether or not to block the user from using the App Store. Requires a supervised device for iOS 13 and later.
    ///
    /// CSDL: property `appStoreBlocked`: `Edm.Boolean`, not nullable.
    pub app_store_blocked: rt::Field<bool>,
    /// Indicates whether or not to block the user from making in app purchases.
    ///
    /// CSDL: property `appStoreBlockInAppPurchases`: `Edm.Boolean`, not nullable.
    pub app_store_block_in_app_purchases: rt::Field<bool>,
    /// Indicates whether or not to block the App Store app, not restricting installation through Host apps. Applies to supervised mode only (iOS 9.0 and later).
    ///
    /// CSDL: property `appStoreBlockUIAppInstallation`: `Edm.Boolean`, not nullable.
    pub app_store_block_ui_app_installation: rt::Field<bool>,
    /// Indicates whether or not to require a password when using the app store.
    ///
    /// CSDL: property `appStoreRequirePassword`: `Edm.Boolean`, not nullable.
    pub app_store_require_password: rt::Field<bool>,
    /// List of apps in the visibility list (either visible/launchable apps list or hidden/unlaunchable apps list, controlled by AppsVisibilityListType) (iOS 9.3 and later). This collection can contain a maximum of 10000 elements.
    ///
    /// CSDL: property `appsVisibilityList`: `Collection(microsoft.graph.appListItem)`, nullable.
    pub apps_visibility_list: rt::Field<::std::vec::Vec<crate::v1::AppListItem>>,
    /// Type of list that is in the AppsVisibilityList.
    ///
    /// CSDL: property `appsVisibilityListType`: `microsoft.graph.appListType`, not nullable.
    pub apps_visibility_list_type: rt::Field<crate::v1::AppListType>,
    /// Indicates whether or not to allow modification of Bluetooth settings when the device is in supervised mode (iOS 10.0 and later).
    ///
    /// CSDL: property `bluetoothBlockModification`: `Edm.Boolean`, not nullable.
    pub bluetooth_block_modification: rt::Field<bool>,
    /// Indicates whether or not to block the user from accessing the camera of the device. Requires a supervised device for iOS 13 and later.
    ///
    /// CSDL: property `cameraBlocked`: `Edm.Boolean`, not nullable.
    pub camera_blocked: rt::Field<bool>,
    /// Indicates whether or not to block data roaming.
    ///
    /// CSDL: property `cellularBlockDataRoaming`: `Edm.Boolean`, not nullable.
    pub cellular_block_data_roaming: rt::Field<bool>,
    /// Indicates whether or not to block global background fetch while roaming.
    ///
    /// CSDL: property `cellularBlockGlobalBackgroundFetchWhileRoaming`: `Edm.Boolean`, not nullable.
    pub cellular_block_global_background_fetch_while_roaming: rt::Field<bool>,
    /// Indicates whether or not to allow changes to cellular app data usage settings when the device is in supervised mode.
    ///
    /// CSDL: property `cellularBlockPerAppDataModification`: `Edm.Boolean`, not nullable.
    pub cellular_block_per_app_data_modification: rt::Field<bool>,
    /// Indicates whether or not to block Personal Hotspot.
    ///
    /// CSDL: property `cellularBlockPersonalHotspot`: `Edm.Boolean`, not nullable.
    pub cellular_block_personal_hotspot: rt::Field<bool>,
    /// Indicates whether or not to block voice roaming.
    ///
    /// CSDL: property `cellularBlockVoiceRoaming`: `Edm.Boolean`, not nullable.
    pub cellular_block_voice_roaming: rt::Field<bool>,
    /// Indicates whether or not to block untrusted TLS certificates.
    ///
    /// CSDL: property `certificatesBlockUntrustedTlsCertificates`: `Edm.Boolean`, not nullable.
    pub certificates_block_untrusted_tls_certificates: rt::Field<bool>,
    /// Indicates whether or not to allow remote screen observation by Classroom app when the device is in supervised mode (iOS 9.3 and later).
    ///
    /// CSDL: property `classroomAppBlockRemoteScreenObservation`: `Edm.Boolean`, not nullable.
    pub classroom_app_block_remote_screen_observation: rt::Field<bool>,
    /// Indicates whether or not to automatically give permission to the teacher of a managed course on the Classroom app to view a student's screen without prompting when the device is in supervised mode.
    ///
    /// CSDL: property `classroomAppForceUnpromptedScreenObservation`: `Edm.Boolean`, not nullable.
    pub classroom_app_force_unprompted_screen_observation: rt::Field<bool>,
    /// List that is in the AppComplianceList.
    ///
    /// CSDL: property `compliantAppListType`: `microsoft.graph.appListType`, not nullable.
    pub compliant_app_list_type: rt::Field<crate::v1::AppListType>,
    /// List of apps in the compliance (either allow list or block list, controlled by CompliantAppListType). This collection can contain a maximum of 10000 elements.
    ///
    /// CSDL: property `compliantAppsList`: `Collection(microsoft.graph.appListItem)`, nullable.
    pub compliant_apps_list: rt::Field<::std::vec::Vec<crate::v1::AppListItem>>,
    /// Indicates whether or not to block the user from installing configuration profiles and certificates interactively when the device is in supervised mode.
    ///
    /// CSDL: property `configurationProfileBlockChanges`: `Edm.Boolean`, not nullable.
    pub configuration_profile_block_changes: rt::Field<bool>,
    /// Indicates whether or not to block definition lookup when the device is in supervised mode (iOS 8.1.3 and later ).
    ///
    /// CSDL: property `definitionLookupBlocked`: `Edm.Boolean`, not nullable.
    pub definition_lookup_blocked: rt::Field<bool>,
    /// Indicates whether or not to allow the user to enables restrictions in the device settings when the device is in supervised mode.
    ///
    /// CSDL: property `deviceBlockEnableRestrictions`: `Edm.Boolean`, not nullable.
    pub device_block_enable_restrictions: rt::Field<bool>,
    /// Indicates whether or not to allow the use of the 'Erase all content and settings' option on the device when the device is in supervised mode.
    ///
    /// CSDL: property `deviceBlockEraseContentAndSettings`: `Edm.Boolean`, not nullable.
    pub device_block_erase_content_and_settings: rt::Field<bool>,
    /// Indicates whether or not to allow device name modification when the device is in supervised mode (iOS 9.0 and later).
    ///
    /// CSDL: property `deviceBlockNameModification`: `Edm.Boolean`, not nullable.
    pub device_block_name_modification: rt::Field<bool>,
    /// Indicates whether or not to block diagnostic data submission.
    ///
    /// CSDL: property `diagnosticDataBlockSubmission`: `Edm.Boolean`, not nullable.
    pub diagnostic_data_block_submission: rt::Field<bool>,
    /// Indicates whether or not to allow diagnostics submission settings modification when the device is in supervised mode (iOS 9.3.2 and later).
    ///
    /// CSDL: property `diagnosticDataBlockSubmissionModification`: `Edm.Boolean`, not nullable.
    pub diagnostic_data_block_submission_modification: rt::Field<bool>,
    /// Indicates whether or not to block the user from viewing managed documents in unmanaged apps.
    ///
    /// CSDL: property `documentsBlockManagedDocumentsInUnmanagedApps`: `Edm.Boolean`, not nullable.
    pub documents_block_managed_documents_in_unmanaged_apps: rt::Field<bool>,
    /// Indicates whether or not to block the user from viewing unmanaged documents in managed apps.
    ///
    /// CSDL: property `documentsBlockUnmanagedDocumentsInManagedApps`: `Edm.Boolean`, not nullable.
    pub documents_block_unmanaged_documents_in_managed_apps: rt::Field<bool>,
    /// An email address lacking a suffix that matches any of these strings will be considered out-of-domain.
    ///
    /// CSDL: property `emailInDomainSuffixes`: `Collection(Edm.String)`, nullable.
    pub email_in_domain_suffixes: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Indicates whether or not to block the user from trusting an enterprise app.
    ///
    /// CSDL: property `enterpriseAppBlockTrust`: `Edm.Boolean`, not nullable.
    pub enterprise_app_block_trust: rt::Field<bool>,
    /// [Deprecated] Configuring this setting and setting the value to 'true' has no effect on the device.
    ///
    /// CSDL: property `enterpriseAppBlockTrustModification`: `Edm.Boolean`, not nullable.
    pub enterprise_app_block_trust_modification: rt::Field<bool>,
    /// Indicates whether or not to block the user from using FaceTime. Requires a supervised device for iOS 13 and later.
    ///
    /// CSDL: property `faceTimeBlocked`: `Edm.Boolean`, not nullable.
    pub face_time_blocked: rt::Field<bool>,
    /// Indicates whether or not to block changes to Find My Friends when the device is in supervised mode.
    ///
    /// CSDL: property `findMyFriendsBlocked`: `Edm.Boolean`, not nullable.
    pub find_my_friends_blocked: rt::Field<bool>,
    /// Indicates whether or not to block the user from using Game Center when the device is in supervised mode.
    ///
    /// CSDL: property `gameCenterBlocked`: `Edm.Boolean`, not nullable.
    pub game_center_blocked: rt::Field<bool>,
    /// Indicates whether or not to block the user from having friends in Game Center. Requires a supervised device for iOS 13 and later.
    ///
    /// CSDL: property `gamingBlockGameCenterFriends`: `Edm.Boolean`, not nullable.
    pub gaming_block_game_center_friends: rt::Field<bool>,
    /// Indicates whether or not to block the user from using multiplayer gaming. Requires a supervised device for iOS 13 and later.
    ///
    /// CSDL: property `gamingBlockMultiplayer`: `Edm.Boolean`, not nullable.
    pub gaming_block_multiplayer: rt::Field<bool>,
    /// indicates whether or not to allow host pairing to control the devices an iOS device can pair with when the iOS device is in supervised mode.
    ///
    /// CSDL: property `hostPairingBlocked`: `Edm.Boolean`, not nullable.
    pub host_pairing_blocked: rt::Field<bool>,
    /// Indicates whether or not to block the user from using the iBooks Store when the device is in supervised mode.
    ///
    /// CSDL: property `iBooksStoreBlocked`: `Edm.Boolean`, not nullable.
    pub i_books_store_blocked: rt::Field<bool>,
    /// Indicates whether or not to block the user from downloading media from the iBookstore that has been tagged as erotica.
    ///
    /// CSDL: property `iBooksStoreBlockErotica`: `Edm.Boolean`, not nullable.
    pub i_books_store_block_erotica: rt::Field<bool>,
    /// Indicates whether or not to block the user from continuing work they started on iOS device to another iOS or macOS device.
    ///
    /// CSDL: property `iCloudBlockActivityContinuation`: `Edm.Boolean`, not nullable.
    pub i_cloud_block_activity_continuation: rt::Field<bool>,
    /// Indicates whether or not to block iCloud backup. Requires a supervised device for iOS 13 and later.
    ///
    /// CSDL: property `iCloudBlockBackup`: `Edm.Boolean`, not nullable.
    pub i_cloud_block_backup: rt::Field<bool>,
    /// Indicates whether or not to block iCloud document sync. Requires a supervised device for iOS 13 and later.
    ///
    /// CSDL: property `iCloudBlockDocumentSync`: `Edm.Boolean`, not nullable.
    pub i_cloud_block_document_sync: rt::Field<bool>,
    /// Indicates whether or not to block Managed Apps Cloud Sync.
    ///
    /// CSDL: property `iCloudBlockManagedAppsSync`: `Edm.Boolean`, not nullable.
    pub i_cloud_block_managed_apps_sync: rt::Field<bool>,
    /// Indicates whether or not to block iCloud Photo Library.
    ///
    /// CSDL: property `iCloudBlockPhotoLibrary`: `Edm.Boolean`, not nullable.
    pub i_cloud_block_photo_library: rt::Field<bool>,
    /// Indicates whether or not to block iCloud Photo Stream Sync.
    ///
    /// CSDL: property `iCloudBlockPhotoStreamSync`: `Edm.Boolean`, not nullable.
    pub i_cloud_block_photo_stream_sync: rt::Field<bool>,
    /// Indicates whether or not to block Shared Photo Stream.
    ///
    /// CSDL: property `iCloudBlockSharedPhotoStream`: `Edm.Boolean`, not nullable.
    pub i_cloud_block_shared_photo_stream: rt::Field<bool>,
    /// Indicates whether or not to require backups to iCloud be encrypted.
    ///
    /// CSDL: property `iCloudRequireEncryptedBackup`: `Edm.Boolean`, not nullable.
    pub i_cloud_require_encrypted_backup: rt::Field<bool>,
    /// Indicates whether or not to block the user from accessing explicit content in iTunes and the App Store. Requires a supervised device for iOS 13 and later.
    ///
    /// CSDL: property `iTunesBlockExplicitContent`: `Edm.Boolean`, not nullable.
    pub i_tunes_block_explicit_content: rt::Field<bool>,
    /// Indicates whether or not to block Music service and revert Music app to classic mode when the device is in supervised mode (iOS 9.3 and later and macOS 10.12 and later).
    ///
    /// CSDL: property `iTunesBlockMusicService`: `Edm.Boolean`, not nullable.
    pub i_tunes_block_music_service: rt::Field<bool>,
    /// Indicates whether or not to block the user from using iTunes Radio when the device is in supervised mode (iOS 9.3 and later).
    ///
    /// CSDL: property `iTunesBlockRadio`: `Edm.Boolean`, not nullable.
    pub i_tunes_block_radio: rt::Field<bool>,
    /// Indicates whether or not to block keyboard auto-correction when the device is in supervised mode (iOS 8.1.3 and later).
    ///
    /// CSDL: property `keyboardBlockAutoCorrect`: `Edm.Boolean`, not nullable.
    pub keyboard_block_auto_correct: rt::Field<bool>,
    /// Indicates whether or not to block the user from using dictation input when the device is in supervised mode.
    ///
    /// CSDL: property `keyboardBlockDictation`: `Edm.Boolean`, not nullable.
    pub keyboard_block_dictation: rt::Field<bool>,
    /// Indicates whether or not to block predictive keyboards when device is in supervised mode (iOS 8.1.3 and later).
    ///
    /// CSDL: property `keyboardBlockPredictive`: `Edm.Boolean`, not nullable.
    pub keyboard_block_predictive: rt::Field<bool>,
    /// Indicates whether or not to block keyboard shortcuts when the device is in supervised mode (iOS 9.0 and later).
    ///
    /// CSDL: property `keyboardBlockShortcuts`: `Edm.Boolean`, not nullable.
    pub keyboard_block_shortcuts: rt::Field<bool>,
    /// Indicates whether or not to block keyboard spell-checking when the device is in supervised mode (iOS 8.1.3 and later).
    ///
    /// CSDL: property `keyboardBlockSpellCheck`: `Edm.Boolean`, not nullable.
    pub keyboard_block_spell_check: rt::Field<bool>,
    /// Indicates whether or not to allow assistive speak while in kiosk mode.
    ///
    /// CSDL: property `kioskModeAllowAssistiveSpeak`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_allow_assistive_speak: rt::Field<bool>,
    /// Indicates whether or not to allow access to the Assistive Touch Settings while in kiosk mode.
    ///
    /// CSDL: property `kioskModeAllowAssistiveTouchSettings`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_allow_assistive_touch_settings: rt::Field<bool>,
    /// Indicates whether or not to allow device auto lock while in kiosk mode. This property's functionality is redundant with the OS default and is deprecated. Use KioskModeBlockAutoLock instead.
    ///
    /// CSDL: property `kioskModeAllowAutoLock`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_allow_auto_lock: rt::Field<bool>,
    /// Indicates whether or not to allow access to the Color Inversion Settings while in kiosk mode.
    ///
    /// CSDL: property `kioskModeAllowColorInversionSettings`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_allow_color_inversion_settings: rt::Field<bool>,
    /// Indicates whether or not to allow use of the ringer switch while in kiosk mode. This property's functionality is redundant with the OS default and is deprecated. Use KioskModeBlockRingerSwitch instead.
    ///
    /// CSDL: property `kioskModeAllowRingerSwitch`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_allow_ringer_switch: rt::Field<bool>,
    /// Indicates whether or not to allow screen rotation while in kiosk mode. This property's functionality is redundant with the OS default and is deprecated. Use KioskModeBlockScreenRotation instead.
    ///
    /// CSDL: property `kioskModeAllowScreenRotation`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_allow_screen_rotation: rt::Field<bool>,
    /// Indicates whether or not to allow use of the sleep button while in kiosk mode. This property's functionality is redundant with the OS default and is deprecated. Use KioskModeBlockSleepButton instead.
    ///
    /// CSDL: property `kioskModeAllowSleepButton`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_allow_sleep_button: rt::Field<bool>,
    /// Indicates whether or not to allow use of the touchscreen while in kiosk mode. This property's functionality is redundant with the OS default and is deprecated. Use KioskModeBlockTouchscreen instead.
    ///
    /// CSDL: property `kioskModeAllowTouchscreen`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_allow_touchscreen: rt::Field<bool>,
    /// Indicates whether or not to allow access to the voice over settings while in kiosk mode.
    ///
    /// CSDL: property `kioskModeAllowVoiceOverSettings`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_allow_voice_over_settings: rt::Field<bool>,
    /// Indicates whether or not to allow use of the volume buttons while in kiosk mode. This property's functionality is redundant with the OS default and is deprecated. Use KioskModeBlockVolumeButtons instead.
    ///
    /// CSDL: property `kioskModeAllowVolumeButtons`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_allow_volume_buttons: rt::Field<bool>,
    /// Indicates whether or not to allow access to the zoom settings while in kiosk mode.
    ///
    /// CSDL: property `kioskModeAllowZoomSettings`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_allow_zoom_settings: rt::Field<bool>,
    /// URL in the app store to the app to use for kiosk mode. Use if KioskModeManagedAppId is not known.
    ///
    /// CSDL: property `kioskModeAppStoreUrl`: `Edm.String`, nullable.
    pub kiosk_mode_app_store_url: rt::Field<::std::string::String>,
    /// ID for built-in apps to use for kiosk mode. Used when KioskModeManagedAppId and KioskModeAppStoreUrl are not set.
    ///
    /// CSDL: property `kioskModeBuiltInAppId`: `Edm.String`, nullable.
    pub kiosk_mode_built_in_app_id: rt::Field<::std::string::String>,
    /// Managed app id of the app to use for kiosk mode. If KioskModeManagedAppId is specified then KioskModeAppStoreUrl will be ignored.
    ///
    /// CSDL: property `kioskModeManagedAppId`: `Edm.String`, nullable.
    pub kiosk_mode_managed_app_id: rt::Field<::std::string::String>,
    /// Indicates whether or not to require assistive touch while in kiosk mode.
    ///
    /// CSDL: property `kioskModeRequireAssistiveTouch`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_require_assistive_touch: rt::Field<bool>,
    /// Indicates whether or not to require color inversion while in kiosk mode.
    ///
    /// CSDL: property `kioskModeRequireColorInversion`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_require_color_inversion: rt::Field<bool>,
    /// Indicates whether or not to require mono audio while in kiosk mode.
    ///
    /// CSDL: property `kioskModeRequireMonoAudio`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_require_mono_audio: rt::Field<bool>,
    /// Indicates whether or not to require voice over while in kiosk mode.
    ///
    /// CSDL: property `kioskModeRequireVoiceOver`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_require_voice_over: rt::Field<bool>,
    /// Indicates whether or not to require zoom while in kiosk mode.
    ///
    /// CSDL: property `kioskModeRequireZoom`: `Edm.Boolean`, not nullable.
    pub kiosk_mode_require_zoom: rt::Field<bool>,
    /// Indicates whether or not to block the user from using control center on the lock screen.
    ///
    /// CSDL: property `lockScreenBlockControlCenter`: `Edm.Boolean`, not nullable.
    pub lock_screen_block_control_center: rt::Field<bool>,
    /// Indicates whether or not to block the user from using the notification view on the lock screen.
    ///
    /// CSDL: property `lockScreenBlockNotificationView`: `Edm.Boolean`, not nullable.
    pub lock_screen_block_notification_view: rt::Field<bool>,
    /// Indicates whether or not to block the user from using passbook when the device is locked.
    ///
    /// CSDL: property `lockScreenBlockPassbook`: `Edm.Boolean`, not nullable.
    pub lock_screen_block_passbook: rt::Field<bool>,
    /// Indicates whether or not to block the user from using the Today View on the lock screen.
    ///
    /// CSDL: property `lockScreenBlockTodayView`: `Edm.Boolean`, not nullable.
    pub lock_screen_block_today_view: rt::Field<bool>,
    /// Media content rating settings for Apps
    ///
    /// CSDL: property `mediaContentRatingApps`: `microsoft.graph.ratingAppsType`, not nullable.
    pub media_content_rating_apps: rt::Field<crate::v1::RatingAppsType>,
    /// Media content rating settings for Australia
    ///
    /// CSDL: property `mediaContentRatingAustralia`: `microsoft.graph.mediaContentRatingAustralia`, nullable.
    pub media_content_rating_australia: rt::Field<
        crate::v1::MediaContentRatingAustralia,
    >,
    /// Media content rating settings for Canada
    ///
    /// CSDL: property `mediaContentRatingCanada`: `microsoft.graph.mediaContentRatingCanada`, nullable.
    pub media_content_rating_canada: rt::Field<crate::v1::MediaContentRatingCanada>,
    /// Media content rating settings for France
    ///
    /// CSDL: property `mediaContentRatingFrance`: `microsoft.graph.mediaContentRatingFrance`, nullable.
    pub media_content_rating_france: rt::Field<crate::v1::MediaContentRatingFrance>,
    /// Media content rating settings for Germany
    ///
    /// CSDL: property `mediaContentRatingGermany`: `microsoft.graph.mediaContentRatingGermany`, nullable.
    pub media_content_rating_germany: rt::Field<crate::v1::MediaContentRatingGermany>,
    /// Media content rating settings for Ireland
    ///
    /// CSDL: property `mediaContentRatingIreland`: `microsoft.graph.mediaContentRatingIreland`, nullable.
    pub media_content_rating_ireland: rt::Field<crate::v1::MediaContentRatingIreland>,
    /// Media content rating settings for Japan
    ///
    /// CSDL: property `mediaContentRatingJapan`: `microsoft.graph.mediaContentRatingJapan`, nullable.
    pub media_content_rating_japan: rt::Field<crate::v1::MediaContentRatingJapan>,
    /// Media content rating settings for New Zealand
    ///
    /// CSDL: property `mediaContentRatingNewZealand`: `microsoft.graph.mediaContentRatingNewZealand`, nullable.
    pub media_content_rating_new_zealand: rt::Field<
        crate::v1::MediaContentRatingNewZealand,
    >,
    /// Media content rating settings for United Kingdom
    ///
    /// CSDL: property `mediaContentRatingUnitedKingdom`: `microsoft.graph.mediaContentRatingUnitedKingdom`, nullable.
    pub media_content_rating_united_kingdom: rt::Field<
        crate::v1::MediaContentRatingUnitedKingdom,
    >,
    /// Media content rating settings for United States
    ///
    /// CSDL: property `mediaContentRatingUnitedStates`: `microsoft.graph.mediaContentRatingUnitedStates`, nullable.
    pub media_content_rating_united_states: rt::Field<
        crate::v1::MediaContentRatingUnitedStates,
    >,
    /// Indicates whether or not to block the user from using the Messages app on the supervised device.
    ///
    /// CSDL: property `messagesBlocked`: `Edm.Boolean`, not nullable.
    pub messages_blocked: rt::Field<bool>,
    /// List of managed apps and the network rules that applies to them. This collection can contain a maximum of 1000 elements.
    ///
    /// CSDL: property `networkUsageRules`: `Collection(microsoft.graph.iosNetworkUsageRule)`, nullable.
    pub network_usage_rules: rt::Field<::std::vec::Vec<crate::v1::IosNetworkUsageRule>>,
    /// Indicates whether or not to allow notifications settings modification (iOS 9.3 and later).
    ///
    /// CSDL: property `notificationsBlockSettingsModification`: `Edm.Boolean`, not nullable.
    pub notifications_block_settings_modification: rt::Field<bool>,
    /// Block modification of registered Touch ID fingerprints when in supervised mode.
    ///
    /// CSDL: property `passcodeBlockFingerprintModification`: `Edm.Boolean`, not nullable.
    pub passcode_block_fingerprint_modification: rt::Field<bool>,
    /// Indicates whether or not to block fingerprint unlock.
    ///
    /// CSDL: property `passcodeBlockFingerprintUnlock`: `Edm.Boolean`, not nullable.
    pub passcode_block_fingerprint_unlock: rt::Field<bool>,
    /// Indicates whether or not to allow passcode modification on the supervised device (iOS 9.0 and later).
    ///
    /// CSDL: property `passcodeBlockModification`: `Edm.Boolean`, not nullable.
    pub passcode_block_modification: rt::Field<bool>,
    /// Indicates whether or not to block simple passcodes.
    ///
    /// CSDL: property `passcodeBlockSimple`: `Edm.Boolean`, not nullable.
    pub passcode_block_simple: rt::Field<bool>,
    /// Number of days before the passcode expires. Valid values 1 to 65535
    ///
    /// CSDL: property `passcodeExpirationDays`: `Edm.Int32`, nullable.
    pub passcode_expiration_days: rt::Field<i32>,
    /// Number of character sets a passcode must contain. Valid values 0 to 4
    ///
    /// CSDL: property `passcodeMinimumCharacterSetCount`: `Edm.Int32`, nullable.
    pub passcode_minimum_character_set_count: rt::Field<i32>,
    /// Minimum length of passcode. Valid values 4 to 14
    ///
    /// CSDL: property `passcodeMinimumLength`: `Edm.Int32`, nullable.
    pub passcode_minimum_length: rt::Field<i32>,
    /// Minutes of inactivity before a passcode is required.
    ///
    /// CSDL: property `passcodeMinutesOfInactivityBeforeLock`: `Edm.Int32`, nullable.
    pub passcode_minutes_of_inactivity_before_lock: rt::Field<i32>,
    /// Minutes of inactivity before the screen times out.
    ///
    /// CSDL: property `passcodeMinutesOfInactivityBeforeScreenTimeout`: `Edm.Int32`, nullable.
    pub passcode_minutes_of_inactivity_before_screen_timeout: rt::Field<i32>,
    /// Number of previous passcodes to block. Valid values 1 to 24
    ///
    /// CSDL: property `passcodePreviousPasscodeBlockCount`: `Edm.Int32`, nullable.
    pub passcode_previous_passcode_block_count: rt::Field<i32>,
    /// Indicates whether or not to require a passcode.
    ///
    /// CSDL: property `passcodeRequired`: `Edm.Boolean`, not nullable.
    pub passcode_required: rt::Field<bool>,
    /// Type of passcode that is required.
    ///
    /// CSDL: property `passcodeRequiredType`: `microsoft.graph.requiredPasswordType`, not nullable.
    pub passcode_required_type: rt::Field<crate::v1::RequiredPasswordType>,
    /// Number of sign in failures allowed before wiping the device. Valid values 2 to 11
    ///
    /// CSDL: property `passcodeSignInFailureCountBeforeWipe`: `Edm.Int32`, nullable.
    pub passcode_sign_in_failure_count_before_wipe: rt::Field<i32>,
    /// Indicates whether or not to block the user from using podcasts on the supervised device (iOS 8.0 and later).
    ///
    /// CSDL: property `podcastsBlocked`: `Edm.Boolean`, not nullable.
    pub podcasts_blocked: rt::Field<bool>,
    /// Indicates whether or not to block the user from using Auto fill in Safari. Requires a supervised device for iOS 13 and later.
    ///
    /// CSDL: property `safariBlockAutofill`: `Edm.Boolean`, not nullable.
    pub safari_block_autofill: rt::Field<bool>,
    /// Indicates whether or not to block the user from using Safari. Requires a supervised device for iOS 13 and later.
    ///
    /// CSDL: property `safariBlocked`: `Edm.Boolean`, not nullable.
    pub safari_blocked: rt::Field<bool>,
    /// Indicates whether or not to block JavaScript in Safari.
    ///
    /// CSDL: property `safariBlockJavaScript`: `Edm.Boolean`, not nullable.
    pub safari_block_java_script: rt::Field<bool>,
    /// Indicates whether or not to block popups in Safari.
    ///
    /// CSDL: property `safariBlockPopups`: `Edm.Boolean`, not nullable.
    pub safari_block_popups: rt::Field<bool>,
    /// Cookie settings for Safari.
    ///
    /// CSDL: property `safariCookieSettings`: `microsoft.graph.webBrowserCookieSettings`, not nullable.
    pub safari_cookie_settings: rt::Field<crate::v1::WebBrowserCookieSettings>,
    /// URLs matching the patterns listed here will be considered managed.
    ///
    /// CSDL: property `safariManagedDomains`: `Collection(Edm.String)`, nullable.
    pub safari_managed_domains: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Users can save passwords in Safari only from URLs matching the patterns listed here. Applies to devices in supervised mode (iOS 9.3 and later).
    ///
    /// CSDL: property `safariPasswordAutoFillDomains`: `Collection(Edm.String)`, nullable.
    pub safari_password_auto_fill_domains: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Indicates whether or not to require fraud warning in Safari.
    ///
    /// CSDL: property `safariRequireFraudWarning`: `Edm.Boolean`, not nullable.
    pub safari_require_fraud_warning: rt::Field<bool>,
    /// Indicates whether or not to block the user from taking Screenshots.
    ///
    /// CSDL: property `screenCaptureBlocked`: `Edm.Boolean`, not nullable.
    pub screen_capture_blocked: rt::Field<bool>,
    /// Indicates whether or not to block the user from using Siri.
    ///
    /// CSDL: property `siriBlocked`: `Edm.Boolean`, not nullable.
    pub siri_blocked: rt::Field<bool>,
    /// Indicates whether or not to block the user from using Siri when locked.
    ///
    /// CSDL: property `siriBlockedWhenLocked`: `Edm.Boolean`, not nullable.
    pub siri_blocked_when_locked: rt::Field<bool>,
    /// Indicates whether or not to block Siri from querying user-generated content when used on a supervised device.
    ///
    /// CSDL: property `siriBlockUserGeneratedContent`: `Edm.Boolean`, not nullable.
    pub siri_block_user_generated_content: rt::Field<bool>,
    /// Indicates whether or not to prevent Siri from dictating, or speaking profane language on supervised device.
    ///
    /// CSDL: property `siriRequireProfanityFilter`: `Edm.Boolean`, not nullable.
    pub siri_require_profanity_filter: rt::Field<bool>,
    /// Indicates whether or not to block Spotlight search from returning internet results on supervised device.
    ///
    /// CSDL: property `spotlightBlockInternetResults`: `Edm.Boolean`, not nullable.
    pub spotlight_block_internet_results: rt::Field<bool>,
    /// Indicates whether or not to block voice dialing.
    ///
    /// CSDL: property `voiceDialingBlocked`: `Edm.Boolean`, not nullable.
    pub voice_dialing_blocked: rt::Field<bool>,
    /// Indicates whether or not to allow wallpaper modification on supervised device (iOS 9.0 and later) .
    ///
    /// CSDL: property `wallpaperBlockModification`: `Edm.Boolean`, not nullable.
    pub wallpaper_block_modification: rt::Field<bool>,
    /// Indicates whether or not to force the device to use only Wi-Fi networks from configuration profiles when the device is in supervised mode. Available for devices running iOS and iPadOS versions 14.4 and earlier. Devices running 14.5+ should use the setting, “WiFiConnectToAllowedNetworksOnlyForced.
    ///
    /// CSDL: property `wiFiConnectOnlyToConfiguredNetworks`: `Edm.Boolean`, not nullable.
    pub wi_fi_connect_only_to_configured_networks: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for IosGeneralDeviceConfiguration {
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
            account_block_modification: rt::Field::Absent,
            activation_lock_allow_when_supervised: rt::Field::Absent,
            air_drop_blocked: rt::Field::Absent,
            air_drop_force_unmanaged_drop_target: rt::Field::Absent,
            air_play_force_pairing_password_for_outgoing_requests: rt::Field::Absent,
            apple_news_blocked: rt::Field::Absent,
            apple_watch_block_pairing: rt::Field::Absent,
            apple_watch_force_wrist_detection: rt::Field::Absent,
            apps_single_app_mode_list: rt::Field::Absent,
            app_store_block_automatic_downloads: rt::Field::Absent,
            app_store_blocked: rt::Field::Absent,
            app_store_block_in_app_purchases: rt::Field::Absent,
            app_store_block_ui_app_installation: rt::Field::Absent,
            app_store_require_password: rt::Field::Absent,
            apps_visibility_list: rt::Field::Absent,
            apps_visibility_list_type: rt::Field::Absent,
            bluetooth_block_modification: rt::Field::Absent,
            camera_blocked: rt::Field::Absent,
            cellular_block_data_roaming: rt::Field::Absent,
            cellular_block_global_background_fetch_while_roaming: rt::Field::Absent,
            cellular_block_per_app_data_modification: rt::Field::Absent,
            cellular_block_personal_hotspot: rt::Field::Absent,
            cellular_block_voice_roaming: rt::Field::Absent,
            certificates_block_untrusted_tls_certificates: rt::Field::Absent,
            classroom_app_block_remote_screen_observation: rt::Field::Absent,
            classroom_app_force_unprompted_screen_observation: rt::Field::Absent,
            compliant_app_list_type: rt::Field::Absent,
            compliant_apps_list: rt::Field::Absent,
            configuration_profile_block_changes: rt::Field::Absent,
            definition_lookup_blocked: rt::Field::Absent,
            device_block_enable_restrictions: rt::Field::Absent,
            device_block_erase_content_and_settings: rt::Field::Absent,
            device_block_name_modification: rt::Field::Absent,
            diagnostic_data_block_submission: rt::Field::Absent,
            diagnostic_data_block_submission_modification: rt::Field::Absent,
            documents_block_managed_documents_in_unmanaged_apps: rt::Field::Absent,
            documents_block_unmanaged_documents_in_managed_apps: rt::Field::Absent,
            email_in_domain_suffixes: rt::Field::Absent,
            enterprise_app_block_trust: rt::Field::Absent,
            enterprise_app_block_trust_modification: rt::Field::Absent,
            face_time_blocked: rt::Field::Absent,
            find_my_friends_blocked: rt::Field::Absent,
            game_center_blocked: rt::Field::Absent,
            gaming_block_game_center_friends: rt::Field::Absent,
            gaming_block_multiplayer: rt::Field::Absent,
            host_pairing_blocked: rt::Field::Absent,
            i_books_store_blocked: rt::Field::Absent,
            i_books_store_block_erotica: rt::Field::Absent,
            i_cloud_block_activity_continuation: rt::Field::Absent,
            i_cloud_block_backup: rt::Field::Absent,
            i_cloud_block_document_sync: rt::Field::Absent,
            i_cloud_block_managed_apps_sync: rt::Field::Absent,
            i_cloud_block_photo_library: rt::Field::Absent,
            i_cloud_block_photo_stream_sync: rt::Field::Absent,
            i_cloud_block_shared_photo_stream: rt::Field::Absent,
            i_cloud_require_encrypted_backup: rt::Field::Absent,
            i_tunes_block_explicit_content: rt::Field::Absent,
            i_tunes_block_music_service: rt::Field::Absent,
            i_tunes_block_radio: rt::Field::Absent,
            keyboard_block_auto_correct: rt::Field::Absent,
            keyboard_block_dictation: rt::Field::Absent,
            keyboard_block_predictive: rt::Field::Absent,
            keyboard_block_shortcuts: rt::Field::Absent,
            keyboard_block_spell_check: rt::Field::Absent,
            kiosk_mode_allow_assistive_speak: rt::Field::Absent,
            kiosk_mode_allow_assistive_touch_settings: rt::Field::Absent,
            kiosk_mode_allow_auto_lock: rt::Field::Absent,
            kiosk_mode_allow_color_inversion_settings: rt::Field::Absent,
            kiosk_mode_allow_ringer_switch: rt::Field::Absent,
            kiosk_mode_allow_screen_rotation: rt::Field::Absent,
            kiosk_mode_allow_sleep_button: rt::Field::Absent,
            kiosk_mode_allow_touchscreen: rt::Field::Absent,
            kiosk_mode_allow_voice_over_settings: rt::Field::Absent,
            kiosk_mode_allow_volume_buttons: rt::Field::Absent,
            kiosk_mode_allow_zoom_settings: rt::Field::Absent,
            kiosk_mode_app_store_url: rt::Field::Absent,
            kiosk_mode_built_in_app_id: rt::Field::Absent,
            kiosk_mode_managed_app_id: rt::Field::Absent,
            kiosk_mode_require_assistive_touch: rt::Field::Absent,
            kiosk_mode_require_color_inversion: rt::Field::Absent,
            kiosk_mode_require_mono_audio: rt::Field::Absent,
            kiosk_mode_require_voice_over: rt::Field::Absent,
            kiosk_mode_require_zoom: rt::Field::Absent,
            lock_screen_block_control_center: rt::Field::Absent,
            lock_screen_block_notification_view: rt::Field::Absent,
            lock_screen_block_passbook: rt::Field::Absent,
            lock_screen_block_today_view: rt::Field::Absent,
            media_content_rating_apps: rt::Field::Absent,
            media_content_rating_australia: rt::Field::Absent,
            media_content_rating_canada: rt::Field::Absent,
            media_content_rating_france: rt::Field::Absent,
            media_content_rating_germany: rt::Field::Absent,
            media_content_rating_ireland: rt::Field::Absent,
            media_content_rating_japan: rt::Field::Absent,
            media_content_rating_new_zealand: rt::Field::Absent,
            media_content_rating_united_kingdom: rt::Field::Absent,
            media_content_rating_united_states: rt::Field::Absent,
            messages_blocked: rt::Field::Absent,
            network_usage_rules: rt::Field::Absent,
            notifications_block_settings_modification: rt::Field::Absent,
            passcode_block_fingerprint_modification: rt::Field::Absent,
            passcode_block_fingerprint_unlock: rt::Field::Absent,
            passcode_block_modification: rt::Field::Absent,
            passcode_block_simple: rt::Field::Absent,
            passcode_expiration_days: rt::Field::Absent,
            passcode_minimum_character_set_count: rt::Field::Absent,
            passcode_minimum_length: rt::Field::Absent,
            passcode_minutes_of_inactivity_before_lock: rt::Field::Absent,
            passcode_minutes_of_inactivity_before_screen_timeout: rt::Field::Absent,
            passcode_previous_passcode_block_count: rt::Field::Absent,
            passcode_required: rt::Field::Absent,
            passcode_required_type: rt::Field::Absent,
            passcode_sign_in_failure_count_before_wipe: rt::Field::Absent,
            podcasts_blocked: rt::Field::Absent,
            safari_block_autofill: rt::Field::Absent,
            safari_blocked: rt::Field::Absent,
            safari_block_java_script: rt::Field::Absent,
            safari_block_popups: rt::Field::Absent,
            safari_cookie_settings: rt::Field::Absent,
            safari_managed_domains: rt::Field::Absent,
            safari_password_auto_fill_domains: rt::Field::Absent,
            safari_require_fraud_warning: rt::Field::Absent,
            screen_capture_blocked: rt::Field::Absent,
            siri_blocked: rt::Field::Absent,
            siri_blocked_when_locked: rt::Field::Absent,
            siri_block_user_generated_content: rt::Field::Absent,
            siri_require_profanity_filter: rt::Field::Absent,
            spotlight_block_internet_results: rt::Field::Absent,
            voice_dialing_blocked: rt::Field::Absent,
            wallpaper_block_modification: rt::Field::Absent,
            wi_fi_connect_only_to_configured_networks: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for IosGeneralDeviceConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.iosGeneralDeviceConfiguration";
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
        "accountBlockModification",
        "activationLockAllowWhenSupervised",
        "airDropBlocked",
        "airDropForceUnmanagedDropTarget",
        "airPlayForcePairingPasswordForOutgoingRequests",
        "appleNewsBlocked",
        "appleWatchBlockPairing",
        "appleWatchForceWristDetection",
        "appsSingleAppModeList",
        "appStoreBlockAutomaticDownloads",
        "appStoreBlocked",
        "appStoreBlockInAppPurchases",
        "appStoreBlockUIAppInstallation",
        "appStoreRequirePassword",
        "appsVisibilityList",
        "appsVisibilityListType",
        "bluetoothBlockModification",
        "cameraBlocked",
        "cellularBlockDataRoaming",
        "cellularBlockGlobalBackgroundFetchWhileRoaming",
        "cellularBlockPerAppDataModification",
        "cellularBlockPersonalHotspot",
        "cellularBlockVoiceRoaming",
        "certificatesBlockUntrustedTlsCertificates",
        "classroomAppBlockRemoteScreenObservation",
        "classroomAppForceUnpromptedScreenObservation",
        "compliantAppListType",
        "compliantAppsList",
        "configurationProfileBlockChanges",
        "definitionLookupBlocked",
        "deviceBlockEnableRestrictions",
        "deviceBlockEraseContentAndSettings",
        "deviceBlockNameModification",
        "diagnosticDataBlockSubmission",
        "diagnosticDataBlockSubmissionModification",
        "documentsBlockManagedDocumentsInUnmanagedApps",
        "documentsBlockUnmanagedDocumentsInManagedApps",
        "emailInDomainSuffixes",
        "enterpriseAppBlockTrust",
        "enterpriseAppBlockTrustModification",
        "faceTimeBlocked",
        "findMyFriendsBlocked",
        "gameCenterBlocked",
        "gamingBlockGameCenterFriends",
        "gamingBlockMultiplayer",
        "hostPairingBlocked",
        "iBooksStoreBlocked",
        "iBooksStoreBlockErotica",
        "iCloudBlockActivityContinuation",
        "iCloudBlockBackup",
        "iCloudBlockDocumentSync",
        "iCloudBlockManagedAppsSync",
        "iCloudBlockPhotoLibrary",
        "iCloudBlockPhotoStreamSync",
        "iCloudBlockSharedPhotoStream",
        "iCloudRequireEncryptedBackup",
        "iTunesBlockExplicitContent",
        "iTunesBlockMusicService",
        "iTunesBlockRadio",
        "keyboardBlockAutoCorrect",
        "keyboardBlockDictation",
        "keyboardBlockPredictive",
        "keyboardBlockShortcuts",
        "keyboardBlockSpellCheck",
        "kioskModeAllowAssistiveSpeak",
        "kioskModeAllowAssistiveTouchSettings",
        "kioskModeAllowAutoLock",
        "kioskModeAllowColorInversionSettings",
        "kioskModeAllowRingerSwitch",
        "kioskModeAllowScreenRotation",
        "kioskModeAllowSleepButton",
        "kioskModeAllowTouchscreen",
        "kioskModeAllowVoiceOverSettings",
        "kioskModeAllowVolumeButtons",
        "kioskModeAllowZoomSettings",
        "kioskModeAppStoreUrl",
        "kioskModeBuiltInAppId",
        "kioskModeManagedAppId",
        "kioskModeRequireAssistiveTouch",
        "kioskModeRequireColorInversion",
        "kioskModeRequireMonoAudio",
        "kioskModeRequireVoiceOver",
        "kioskModeRequireZoom",
        "lockScreenBlockControlCenter",
        "lockScreenBlockNotificationView",
        "lockScreenBlockPassbook",
        "lockScreenBlockTodayView",
        "mediaContentRatingApps",
        "mediaContentRatingAustralia",
        "mediaContentRatingCanada",
        "mediaContentRatingFrance",
        "mediaContentRatingGermany",
        "mediaContentRatingIreland",
        "mediaContentRatingJapan",
        "mediaContentRatingNewZealand",
        "mediaContentRatingUnitedKingdom",
        "mediaContentRatingUnitedStates",
        "messagesBlocked",
        "networkUsageRules",
        "notificationsBlockSettingsModification",
        "passcodeBlockFingerprintModification",
        "passcodeBlockFingerprintUnlock",
        "passcodeBlockModification",
        "passcodeBlockSimple",
        "passcodeExpirationDays",
        "passcodeMinimumCharacterSetCount",
        "passcodeMinimumLength",
        "passcodeMinutesOfInactivityBeforeLock",
        "passcodeMinutesOfInactivityBeforeScreenTimeout",
        "passcodePreviousPasscodeBlockCount",
        "passcodeRequired",
        "passcodeRequiredType",
        "passcodeSignInFailureCountBeforeWipe",
        "podcastsBlocked",
        "safariBlockAutofill",
        "safariBlocked",
        "safariBlockJavaScript",
        "safariBlockPopups",
        "safariCookieSettings",
        "safariManagedDomains",
        "safariPasswordAutoFillDomains",
        "safariRequireFraudWarning",
        "screenCaptureBlocked",
        "siriBlocked",
        "siriBlockedWhenLocked",
        "siriBlockUserGeneratedContent",
        "siriRequireProfanityFilter",
        "spotlightBlockInternetResults",
        "voiceDialingBlocked",
        "wallpaperBlockModification",
        "wiFiConnectOnlyToConfiguredNetworks",
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
        ",\"accountBlockModification\":     ",
        ",\"activationLockAllowWhenSupervised\":",
        ",\"airDropBlocked\":               ",
        ",\"airDropForceUnmanagedDropTarget\":",
        ",\"airPlayForcePairingPasswordForOutgoingRequests\":",
        ",\"appleNewsBlocked\":             ",
        ",\"appleWatchBlockPairing\":       ",
        ",\"appleWatchForceWristDetection\":",
        ",\"appsSingleAppModeList\":        ",
        ",\"appStoreBlockAutomaticDownloads\":",
        ",\"appStoreBlocked\":              ",
        ",\"appStoreBlockInAppPurchases\":  ",
        ",\"appStoreBlockUIAppInstallation\":",
        ",\"appStoreRequirePassword\":      ",
        ",\"appsVisibilityList\":           ",
        ",\"appsVisibilityListType\":       ",
        ",\"bluetoothBlockModification\":   ",
        ",\"cameraBlocked\":                ",
        ",\"cellularBlockDataRoaming\":     ",
        ",\"cellularBlockGlobalBackgroundFetchWhileRoaming\":",
        ",\"cellularBlockPerAppDataModification\":",
        ",\"cellularBlockPersonalHotspot\": ",
        ",\"cellularBlockVoiceRoaming\":    ",
        ",\"certificatesBlockUntrustedTlsCertificates\":",
        ",\"classroomAppBlockRemoteScreenObservation\":",
        ",\"classroomAppForceUnpromptedScreenObservation\":",
        ",\"compliantAppListType\":         ",
        ",\"compliantAppsList\":            ",
        ",\"configurationProfileBlockChanges\":",
        ",\"definitionLookupBlocked\":      ",
        ",\"deviceBlockEnableRestrictions\":",
        ",\"deviceBlockEraseContentAndSettings\":",
        ",\"deviceBlockNameModification\":  ",
        ",\"diagnosticDataBlockSubmission\":",
        ",\"diagnosticDataBlockSubmissionModification\":",
        ",\"documentsBlockManagedDocumentsInUnmanagedApps\":",
        ",\"documentsBlockUnmanagedDocumentsInManagedApps\":",
        ",\"emailInDomainSuffixes\":        ",
        ",\"enterpriseAppBlockTrust\":      ",
        ",\"enterpriseAppBlockTrustModification\":",
        ",\"faceTimeBlocked\":              ",
        ",\"findMyFriendsBlocked\":         ",
        ",\"gameCenterBlocked\":            ",
        ",\"gamingBlockGameCenterFriends\": ",
        ",\"gamingBlockMultiplayer\":       ",
        ",\"hostPairingBlocked\":           ",
        ",\"iBooksStoreBlocked\":           ",
        ",\"iBooksStoreBlockErotica\":      ",
        ",\"iCloudBlockActivityContinuation\":",
        ",\"iCloudBlockBackup\":            ",
        ",\"iCloudBlockDocumentSync\":      ",
        ",\"iCloudBlockManagedAppsSync\":   ",
        ",\"iCloudBlockPhotoLibrary\":      ",
        ",\"iCloudBlockPhotoStreamSync\":   ",
        ",\"iCloudBlockSharedPhotoStream\": ",
        ",\"iCloudRequireEncryptedBackup\": ",
        ",\"iTunesBlockExplicitContent\":   ",
        ",\"iTunesBlockMusicService\":      ",
        ",\"iTunesBlockRadio\":             ",
        ",\"keyboardBlockAutoCorrect\":     ",
        ",\"keyboardBlockDictation\":       ",
        ",\"keyboardBlockPredictive\":      ",
        ",\"keyboardBlockShortcuts\":       ",
        ",\"keyboardBlockSpellCheck\":      ",
        ",\"kioskModeAllowAssistiveSpeak\": ",
        ",\"kioskModeAllowAssistiveTouchSettings\":",
        ",\"kioskModeAllowAutoLock\":       ",
        ",\"kioskModeAllowColorInversionSettings\":",
        ",\"kioskModeAllowRingerSwitch\":   ",
        ",\"kioskModeAllowScreenRotation\": ",
        ",\"kioskModeAllowSleepButton\":    ",
        ",\"kioskModeAllowTouchscreen\":    ",
        ",\"kioskModeAllowVoiceOverSettings\":",
        ",\"kioskModeAllowVolumeButtons\":  ",
        ",\"kioskModeAllowZoomSettings\":   ",
        ",\"kioskModeAppStoreUrl\":         ",
        ",\"kioskModeBuiltInAppId\":        ",
        ",\"kioskModeManagedAppId\":        ",
        ",\"kioskModeRequireAssistiveTouch\":",
        ",\"kioskModeRequireColorInversion\":",
        ",\"kioskModeRequireMonoAudio\":    ",
        ",\"kioskModeRequireVoiceOver\":    ",
        ",\"kioskModeRequireZoom\":         ",
        ",\"lockScreenBlockControlCenter\": ",
        ",\"lockScreenBlockNotificationView\":",
        ",\"lockScreenBlockPassbook\":      ",
        ",\"lockScreenBlockTodayView\":     ",
        ",\"mediaContentRatingApps\":       ",
        ",\"mediaContentRatingAustralia\":  ",
        ",\"mediaContentRatingCanada\":     ",
        ",\"mediaContentRatingFrance\":     ",
        ",\"mediaContentRatingGermany\":    ",
        ",\"mediaContentRatingIreland\":    ",
        ",\"mediaContentRatingJapan\":      ",
        ",\"mediaContentRatingNewZealand\": ",
        ",\"mediaContentRatingUnitedKingdom\":",
        ",\"mediaContentRatingUnitedStates\":",
        ",\"messagesBlocked\":              ",
        ",\"networkUsageRules\":            ",
        ",\"notificationsBlockSettingsModification\":",
        ",\"passcodeBlockFingerprintModification\":",
        ",\"passcodeBlockFingerprintUnlock\":",
        ",\"passcodeBlockModification\":    ",
        ",\"passcodeBlockSimple\":          ",
        ",\"passcodeExpirationDays\":       ",
        ",\"passcodeMinimumCharacterSetCount\":",
        ",\"passcodeMinimumLength\":        ",
        ",\"passcodeMinutesOfInactivityBeforeLock\":",
        ",\"passcodeMinutesOfInactivityBeforeScreenTimeout\":",
        ",\"passcodePreviousPasscodeBlockCount\":",
        ",\"passcodeRequired\":             ",
        ",\"passcodeRequiredType\":         ",
        ",\"passcodeSignInFailureCountBeforeWipe\":",
        ",\"podcastsBlocked\":              ",
        ",\"safariBlockAutofill\":          ",
        ",\"safariBlocked\":                ",
        ",\"safariBlockJavaScript\":        ",
        ",\"safariBlockPopups\":            ",
        ",\"safariCookieSettings\":         ",
        ",\"safariManagedDomains\":         ",
        ",\"safariPasswordAutoFillDomains\":",
        ",\"safariRequireFraudWarning\":    ",
        ",\"screenCaptureBlocked\":         ",
        ",\"siriBlocked\":                  ",
        ",\"siriBlockedWhenLocked\":        ",
        ",\"siriBlockUserGeneratedContent\":",
        ",\"siriRequireProfanityFilter\":   ",
        ",\"spotlightBlockInternetResults\":",
        ",\"voiceDialingBlocked\":          ",
        ",\"wallpaperBlockModification\":   ",
        ",\"wiFiConnectOnlyToConfiguredNetworks\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosGeneralDeviceConfiguration\"";
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
        v.field(12usize, "account_block_modification", &self.account_block_modification);
        v.field(
            13usize,
            "activation_lock_allow_when_supervised",
            &self.activation_lock_allow_when_supervised,
        );
        v.field(14usize, "air_drop_blocked", &self.air_drop_blocked);
        v.field(
            15usize,
            "air_drop_force_unmanaged_drop_target",
            &self.air_drop_force_unmanaged_drop_target,
        );
        v.field(
            16usize,
            "air_play_force_pairing_password_for_outgoing_requests",
            &self.air_play_force_pairing_password_for_outgoing_requests,
        );
        v.field(17usize, "apple_news_blocked", &self.apple_news_blocked);
        v.field(18usize, "apple_watch_block_pairing", &self.apple_watch_block_pairing);
        v.field(
            19usize,
            "apple_watch_force_wrist_detection",
            &self.apple_watch_force_wrist_detection,
        );
        v.field(20usize, "apps_single_app_mode_list", &self.apps_single_app_mode_list);
        v.field(
            21usize,
            "app_store_block_automatic_downloads",
            &self.app_store_block_automatic_downloads,
        );
        v.field(22usize, "app_store_blocked", &self.app_store_blocked);
        v.field(
            23usize,
            "app_store_block_in_app_purchases",
            &self.app_store_block_in_app_purchases,
        );
        v.field(
            24usize,
            "app_store_block_ui_app_installation",
            &self.app_store_block_ui_app_installation,
        );
        v.field(25usize, "app_store_require_password", &self.app_store_require_password);
        v.field(26usize, "apps_visibility_list", &self.apps_visibility_list);
        v.field(27usize, "apps_visibility_list_type", &self.apps_visibility_list_type);
        v.field(
            28usize,
            "bluetooth_block_modification",
            &self.bluetooth_block_modification,
        );
        v.field(29usize, "camera_blocked", &self.camera_blocked);
        v.field(
            30usize,
            "cellular_block_data_roaming",
            &self.cellular_block_data_roaming,
        );
        v.field(
            31usize,
            "cellular_block_global_background_fetch_while_roaming",
            &self.cellular_block_global_background_fetch_while_roaming,
        );
        v.field(
            32usize,
            "cellular_block_per_app_data_modification",
            &self.cellular_block_per_app_data_modification,
        );
        v.field(
            33usize,
            "cellular_block_personal_hotspot",
            &self.cellular_block_personal_hotspot,
        );
        v.field(
            34usize,
            "cellular_block_voice_roaming",
            &self.cellular_block_voice_roaming,
        );
        v.field(
            35usize,
            "certificates_block_untrusted_tls_certificates",
            &self.certificates_block_untrusted_tls_certificates,
        );
        v.field(
            36usize,
            "classroom_app_block_remote_screen_observation",
            &self.classroom_app_block_remote_screen_observation,
        );
        v.field(
            37usize,
            "classroom_app_force_unprompted_screen_observation",
            &self.classroom_app_force_unprompted_screen_observation,
        );
        v.field(38usize, "compliant_app_list_type", &self.compliant_app_list_type);
        v.field(39usize, "compliant_apps_list", &self.compliant_apps_list);
        v.field(
            40usize,
            "configuration_profile_block_changes",
            &self.configuration_profile_block_changes,
        );
        v.field(41usize, "definition_lookup_blocked", &self.definition_lookup_blocked);
        v.field(
            42usize,
            "device_block_enable_restrictions",
            &self.device_block_enable_restrictions,
        );
        v.field(
            43usize,
            "device_block_erase_content_and_settings",
            &self.device_block_erase_content_and_settings,
        );
        v.field(
            44usize,
            "device_block_name_modification",
            &self.device_block_name_modification,
        );
        v.field(
            45usize,
            "diagnostic_data_block_submission",
            &self.diagnostic_data_block_submission,
        );
        v.field(
            46usize,
            "diagnostic_data_block_submission_modification",
            &self.diagnostic_data_block_submission_modification,
        );
        v.field(
            47usize,
            "documents_block_managed_documents_in_unmanaged_apps",
            &self.documents_block_managed_documents_in_unmanaged_apps,
        );
        v.field(
            48usize,
            "documents_block_unmanaged_documents_in_managed_apps",
            &self.documents_block_unmanaged_documents_in_managed_apps,
        );
        v.field(49usize, "email_in_domain_suffixes", &self.email_in_domain_suffixes);
        v.field(50usize, "enterprise_app_block_trust", &self.enterprise_app_block_trust);
        v.field(
            51usize,
            "enterprise_app_block_trust_modification",
            &self.enterprise_app_block_trust_modification,
        );
        v.field(52usize, "face_time_blocked", &self.face_time_blocked);
        v.field(53usize, "find_my_friends_blocked", &self.find_my_friends_blocked);
        v.field(54usize, "game_center_blocked", &self.game_center_blocked);
        v.field(
            55usize,
            "gaming_block_game_center_friends",
            &self.gaming_block_game_center_friends,
        );
        v.field(56usize, "gaming_block_multiplayer", &self.gaming_block_multiplayer);
        v.field(57usize, "host_pairing_blocked", &self.host_pairing_blocked);
        v.field(58usize, "i_books_store_blocked", &self.i_books_store_blocked);
        v.field(
            59usize,
            "i_books_store_block_erotica",
            &self.i_books_store_block_erotica,
        );
        v.field(
            60usize,
            "i_cloud_block_activity_continuation",
            &self.i_cloud_block_activity_continuation,
        );
        v.field(61usize, "i_cloud_block_backup", &self.i_cloud_block_backup);
        v.field(
            62usize,
            "i_cloud_block_document_sync",
            &self.i_cloud_block_document_sync,
        );
        v.field(
            63usize,
            "i_cloud_block_managed_apps_sync",
            &self.i_cloud_block_managed_apps_sync,
        );
        v.field(
            64usize,
            "i_cloud_block_photo_library",
            &self.i_cloud_block_photo_library,
        );
        v.field(
            65usize,
            "i_cloud_block_photo_stream_sync",
            &self.i_cloud_block_photo_stream_sync,
        );
        v.field(
            66usize,
            "i_cloud_block_shared_photo_stream",
            &self.i_cloud_block_shared_photo_stream,
        );
        v.field(
            67usize,
            "i_cloud_require_encrypted_backup",
            &self.i_cloud_require_encrypted_backup,
        );
        v.field(
            68usize,
            "i_tunes_block_explicit_content",
            &self.i_tunes_block_explicit_content,
        );
        v.field(
            69usize,
            "i_tunes_block_music_service",
            &self.i_tunes_block_music_service,
        );
        v.field(70usize, "i_tunes_block_radio", &self.i_tunes_block_radio);
        v.field(
            71usize,
            "keyboard_block_auto_correct",
            &self.keyboard_block_auto_correct,
        );
        v.field(72usize, "keyboard_block_dictation", &self.keyboard_block_dictation);
        v.field(73usize, "keyboard_block_predictive", &self.keyboard_block_predictive);
        v.field(74usize, "keyboard_block_shortcuts", &self.keyboard_block_shortcuts);
        v.field(75usize, "keyboard_block_spell_check", &self.keyboard_block_spell_check);
        v.field(
            76usize,
            "kiosk_mode_allow_assistive_speak",
            &self.kiosk_mode_allow_assistive_speak,
        );
        v.field(
            77usize,
            "kiosk_mode_allow_assistive_touch_settings",
            &self.kiosk_mode_allow_assistive_touch_settings,
        );
        v.field(78usize, "kiosk_mode_allow_auto_lock", &self.kiosk_mode_allow_auto_lock);
        v.field(
            79usize,
            "kiosk_mode_allow_color_inversion_settings",
            &self.kiosk_mode_allow_color_inversion_settings,
        );
        v.field(
            80usize,
            "kiosk_mode_allow_ringer_switch",
            &self.kiosk_mode_allow_ringer_switch,
        );
        v.field(
            81usize,
            "kiosk_mode_allow_screen_rotation",
            &self.kiosk_mode_allow_screen_rotation,
        );
        v.field(
            82usize,
            "kiosk_mode_allow_sleep_button",
            &self.kiosk_mode_allow_sleep_button,
        );
        v.field(
            83usize,
            "kiosk_mode_allow_touchscreen",
            &self.kiosk_mode_allow_touchscreen,
        );
        v.field(
            84usize,
            "kiosk_mode_allow_voice_over_settings",
            &self.kiosk_mode_allow_voice_over_settings,
        );
        v.field(
            85usize,
            "kiosk_mode_allow_volume_buttons",
            &self.kiosk_mode_allow_volume_buttons,
        );
        v.field(
            86usize,
            "kiosk_mode_allow_zoom_settings",
            &self.kiosk_mode_allow_zoom_settings,
        );
        v.field(87usize, "kiosk_mode_app_store_url", &self.kiosk_mode_app_store_url);
        v.field(88usize, "kiosk_mode_built_in_app_id", &self.kiosk_mode_built_in_app_id);
        v.field(89usize, "kiosk_mode_managed_app_id", &self.kiosk_mode_managed_app_id);
        v.field(
            90usize,
            "kiosk_mode_require_assistive_touch",
            &self.kiosk_mode_require_assistive_touch,
        );
        v.field(
            91usize,
            "kiosk_mode_require_color_inversion",
            &self.kiosk_mode_require_color_inversion,
        );
        v.field(
            92usize,
            "kiosk_mode_require_mono_audio",
            &self.kiosk_mode_require_mono_audio,
        );
        v.field(
            93usize,
            "kiosk_mode_require_voice_over",
            &self.kiosk_mode_require_voice_over,
        );
        v.field(94usize, "kiosk_mode_require_zoom", &self.kiosk_mode_require_zoom);
        v.field(
            95usize,
            "lock_screen_block_control_center",
            &self.lock_screen_block_control_center,
        );
        v.field(
            96usize,
            "lock_screen_block_notification_view",
            &self.lock_screen_block_notification_view,
        );
        v.field(97usize, "lock_screen_block_passbook", &self.lock_screen_block_passbook);
        v.field(
            98usize,
            "lock_screen_block_today_view",
            &self.lock_screen_block_today_view,
        );
        v.field(99usize, "media_content_rating_apps", &self.media_content_rating_apps);
        v.field(
            100usize,
            "media_content_rating_australia",
            &self.media_content_rating_australia,
        );
        v.field(
            101usize,
            "media_content_rating_canada",
            &self.media_content_rating_canada,
        );
        v.field(
            102usize,
            "media_content_rating_france",
            &self.media_content_rating_france,
        );
        v.field(
            103usize,
            "media_content_rating_germany",
            &self.media_content_rating_germany,
        );
        v.field(
            104usize,
            "media_content_rating_ireland",
            &self.media_content_rating_ireland,
        );
        v.field(
            105usize,
            "media_content_rating_japan",
            &self.media_content_rating_japan,
        );
        v.field(
            106usize,
            "media_content_rating_new_zealand",
            &self.media_content_rating_new_zealand,
        );
        v.field(
            107usize,
            "media_content_rating_united_kingdom",
            &self.media_content_rating_united_kingdom,
        );
        v.field(
            108usize,
            "media_content_rating_united_states",
            &self.media_content_rating_united_states,
        );
        v.field(109usize, "messages_blocked", &self.messages_blocked);
        v.field(110usize, "network_usage_rules", &self.network_usage_rules);
        v.field(
            111usize,
            "notifications_block_settings_modification",
            &self.notifications_block_settings_modification,
        );
        v.field(
            112usize,
            "passcode_block_fingerprint_modification",
            &self.passcode_block_fingerprint_modification,
        );
        v.field(
            113usize,
            "passcode_block_fingerprint_unlock",
            &self.passcode_block_fingerprint_unlock,
        );
        v.field(
            114usize,
            "passcode_block_modification",
            &self.passcode_block_modification,
        );
        v.field(115usize, "passcode_block_simple", &self.passcode_block_simple);
        v.field(116usize, "passcode_expiration_days", &self.passcode_expiration_days);
        v.field(
            117usize,
            "passcode_minimum_character_set_count",
            &self.passcode_minimum_character_set_count,
        );
        v.field(118usize, "passcode_minimum_length", &self.passcode_minimum_length);
        v.field(
            119usize,
            "passcode_minutes_of_inactivity_before_lock",
            &self.passcode_minutes_of_inactivity_before_lock,
        );
        v.field(
            120usize,
            "passcode_minutes_of_inactivity_before_screen_timeout",
            &self.passcode_minutes_of_inactivity_before_screen_timeout,
        );
        v.field(
            121usize,
            "passcode_previous_passcode_block_count",
            &self.passcode_previous_passcode_block_count,
        );
        v.field(122usize, "passcode_required", &self.passcode_required);
        v.field(123usize, "passcode_required_type", &self.passcode_required_type);
        v.field(
            124usize,
            "passcode_sign_in_failure_count_before_wipe",
            &self.passcode_sign_in_failure_count_before_wipe,
        );
        v.field(125usize, "podcasts_blocked", &self.podcasts_blocked);
        v.field(126usize, "safari_block_autofill", &self.safari_block_autofill);
        v.field(127usize, "safari_blocked", &self.safari_blocked);
        v.field(128usize, "safari_block_java_script", &self.safari_block_java_script);
        v.field(129usize, "safari_block_popups", &self.safari_block_popups);
        v.field(130usize, "safari_cookie_settings", &self.safari_cookie_settings);
        v.field(131usize, "safari_managed_domains", &self.safari_managed_domains);
        v.field(
            132usize,
            "safari_password_auto_fill_domains",
            &self.safari_password_auto_fill_domains,
        );
        v.field(
            133usize,
            "safari_require_fraud_warning",
            &self.safari_require_fraud_warning,
        );
        v.field(134usize, "screen_capture_blocked", &self.screen_capture_blocked);
        v.field(135usize, "siri_blocked", &self.siri_blocked);
        v.field(136usize, "siri_blocked_when_locked", &self.siri_blocked_when_locked);
        v.field(
            137usize,
            "siri_block_user_generated_content",
            &self.siri_block_user_generated_content,
        );
        v.field(
            138usize,
            "siri_require_profanity_filter",
            &self.siri_require_profanity_filter,
        );
        v.field(
            139usize,
            "spotlight_block_internet_results",
            &self.spotlight_block_internet_results,
        );
        v.field(140usize, "voice_dialing_blocked", &self.voice_dialing_blocked);
        v.field(
            141usize,
            "wallpaper_block_modification",
            &self.wallpaper_block_modification,
        );
        v.field(
            142usize,
            "wi_fi_connect_only_to_configured_networks",
            &self.wi_fi_connect_only_to_configured_networks,
        );
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for IosGeneralDeviceConfiguration {
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
            12usize => self.account_block_modification.read_from(r),
            13usize => self.activation_lock_allow_when_supervised.read_from(r),
            14usize => self.air_drop_blocked.read_from(r),
            15usize => self.air_drop_force_unmanaged_drop_target.read_from(r),
            16usize => {
                self.air_play_force_pairing_password_for_outgoing_requests.read_from(r)
            }
            17usize => self.apple_news_blocked.read_from(r),
            18usize => self.apple_watch_block_pairing.read_from(r),
            19usize => self.apple_watch_force_wrist_detection.read_from(r),
            20usize => self.apps_single_app_mode_list.read_from(r),
            21usize => self.app_store_block_automatic_downloads.read_from(r),
            22usize => self.app_store_blocked.read_from(r),
            23usize => self.app_store_block_in_app_purchases.read_from(r),
            24usize => self.app_store_block_ui_app_installation.read_from(r),
            25usize => self.app_store_require_password.read_from(r),
            26usize => self.apps_visibility_list.read_from(r),
            27usize => self.apps_visibility_list_type.read_from(r),
            28usize => self.bluetooth_block_modification.read_from(r),
            29usize => self.camera_blocked.read_from(r),
            30usize => self.cellular_block_data_roaming.read_from(r),
            31usize => {
                self.cellular_block_global_background_fetch_while_roaming.read_from(r)
            }
            32usize => self.cellular_block_per_app_data_modification.read_from(r),
            33usize => self.cellular_block_personal_hotspot.read_from(r),
            34usize => self.cellular_block_voice_roaming.read_from(r),
            35usize => self.certificates_block_untrusted_tls_certificates.read_from(r),
            36usize => self.classroom_app_block_remote_screen_observation.read_from(r),
            37usize => {
                self.classroom_app_force_unprompted_screen_observation.read_from(r)
            }
            38usize => self.compliant_app_list_type.read_from(r),
            39usize => self.compliant_apps_list.read_from(r),
            40usize => self.configuration_profile_block_changes.read_from(r),
            41usize => self.definition_lookup_blocked.read_from(r),
            42usize => self.device_block_enable_restrictions.read_from(r),
            43usize => self.device_block_erase_content_and_settings.read_from(r),
            44usize => self.device_block_name_modification.read_from(r),
            45usize => self.diagnostic_data_block_submission.read_from(r),
            46usize => self.diagnostic_data_block_submission_modification.read_from(r),
            47usize => {
                self.documents_block_managed_documents_in_unmanaged_apps.read_from(r)
            }
            48usize => {
                self.documents_block_unmanaged_documents_in_managed_apps.read_from(r)
            }
            49usize => self.email_in_domain_suffixes.read_from(r),
            50usize => self.enterprise_app_block_trust.read_from(r),
            51usize => self.enterprise_app_block_trust_modification.read_from(r),
            52usize => self.face_time_blocked.read_from(r),
            53usize => self.find_my_friends_blocked.read_from(r),
            54usize => self.game_center_blocked.read_from(r),
            55usize => self.gaming_block_game_center_friends.read_from(r),
            56usize => self.gaming_block_multiplayer.read_from(r),
            57usize => self.host_pairing_blocked.read_from(r),
            58usize => self.i_books_store_blocked.read_from(r),
            59usize => self.i_books_store_block_erotica.read_from(r),
            60usize => self.i_cloud_block_activity_continuation.read_from(r),
            61usize => self.i_cloud_block_backup.read_from(r),
            62usize => self.i_cloud_block_document_sync.read_from(r),
            63usize => self.i_cloud_block_managed_apps_sync.read_from(r),
            64usize => self.i_cloud_block_photo_library.read_from(r),
            65usize => self.i_cloud_block_photo_stream_sync.read_from(r),
            66usize => self.i_cloud_block_shared_photo_stream.read_from(r),
            67usize => self.i_cloud_require_encrypted_backup.read_from(r),
            68usize => self.i_tunes_block_explicit_content.read_from(r),
            69usize => self.i_tunes_block_music_service.read_from(r),
            70usize => self.i_tunes_block_radio.read_from(r),
            71usize => self.keyboard_block_auto_correct.read_from(r),
            72usize => self.keyboard_block_dictation.read_from(r),
            73usize => self.keyboard_block_predictive.read_from(r),
            74usize => self.keyboard_block_shortcuts.read_from(r),
            75usize => self.keyboard_block_spell_check.read_from(r),
            76usize => self.kiosk_mode_allow_assistive_speak.read_from(r),
            77usize => self.kiosk_mode_allow_assistive_touch_settings.read_from(r),
            78usize => self.kiosk_mode_allow_auto_lock.read_from(r),
            79usize => self.kiosk_mode_allow_color_inversion_settings.read_from(r),
            80usize => self.kiosk_mode_allow_ringer_switch.read_from(r),
            81usize => self.kiosk_mode_allow_screen_rotation.read_from(r),
            82usize => self.kiosk_mode_allow_sleep_button.read_from(r),
            83usize => self.kiosk_mode_allow_touchscreen.read_from(r),
            84usize => self.kiosk_mode_allow_voice_over_settings.read_from(r),
            85usize => self.kiosk_mode_allow_volume_buttons.read_from(r),
            86usize => self.kiosk_mode_allow_zoom_settings.read_from(r),
            87usize => self.kiosk_mode_app_store_url.read_from(r),
            88usize => self.kiosk_mode_built_in_app_id.read_from(r),
            89usize => self.kiosk_mode_managed_app_id.read_from(r),
            90usize => self.kiosk_mode_require_assistive_touch.read_from(r),
            91usize => self.kiosk_mode_require_color_inversion.read_from(r),
            92usize => self.kiosk_mode_require_mono_audio.read_from(r),
            93usize => self.kiosk_mode_require_voice_over.read_from(r),
            94usize => self.kiosk_mode_require_zoom.read_from(r),
            95usize => self.lock_screen_block_control_center.read_from(r),
            96usize => self.lock_screen_block_notification_view.read_from(r),
            97usize => self.lock_screen_block_passbook.read_from(r),
            98usize => self.lock_screen_block_today_view.read_from(r),
            99usize => self.media_content_rating_apps.read_from(r),
            100usize => self.media_content_rating_australia.read_from(r),
            101usize => self.media_content_rating_canada.read_from(r),
            102usize => self.media_content_rating_france.read_from(r),
            103usize => self.media_content_rating_germany.read_from(r),
            104usize => self.media_content_rating_ireland.read_from(r),
            105usize => self.media_content_rating_japan.read_from(r),
            106usize => self.media_content_rating_new_zealand.read_from(r),
            107usize => self.media_content_rating_united_kingdom.read_from(r),
            108usize => self.media_content_rating_united_states.read_from(r),
            109usize => self.messages_blocked.read_from(r),
            110usize => self.network_usage_rules.read_from(r),
            111usize => self.notifications_block_settings_modification.read_from(r),
            112usize => self.passcode_block_fingerprint_modification.read_from(r),
            113usize => self.passcode_block_fingerprint_unlock.read_from(r),
            114usize => self.passcode_block_modification.read_from(r),
            115usize => self.passcode_block_simple.read_from(r),
            116usize => self.passcode_expiration_days.read_from(r),
            117usize => self.passcode_minimum_character_set_count.read_from(r),
            118usize => self.passcode_minimum_length.read_from(r),
            119usize => self.passcode_minutes_of_inactivity_before_lock.read_from(r),
            120usize => {
                self.passcode_minutes_of_inactivity_before_screen_timeout.read_from(r)
            }
            121usize => self.passcode_previous_passcode_block_count.read_from(r),
            122usize => self.passcode_required.read_from(r),
            123usize => self.passcode_required_type.read_from(r),
            124usize => self.passcode_sign_in_failure_count_before_wipe.read_from(r),
            125usize => self.podcasts_blocked.read_from(r),
            126usize => self.safari_block_autofill.read_from(r),
            127usize => self.safari_blocked.read_from(r),
            128usize => self.safari_block_java_script.read_from(r),
            129usize => self.safari_block_popups.read_from(r),
            130usize => self.safari_cookie_settings.read_from(r),
            131usize => self.safari_managed_domains.read_from(r),
            132usize => self.safari_password_auto_fill_domains.read_from(r),
            133usize => self.safari_require_fraud_warning.read_from(r),
            134usize => self.screen_capture_blocked.read_from(r),
            135usize => self.siri_blocked.read_from(r),
            136usize => self.siri_blocked_when_locked.read_from(r),
            137usize => self.siri_block_user_generated_content.read_from(r),
            138usize => self.siri_require_profanity_filter.read_from(r),
            139usize => self.spotlight_block_internet_results.read_from(r),
            140usize => self.voice_dialing_blocked.read_from(r),
            141usize => self.wallpaper_block_modification.read_from(r),
            142usize => self.wi_fi_connect_only_to_configured_networks.read_from(r),
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
        w.field(12usize, &self.account_block_modification);
        w.field(13usize, &self.activation_lock_allow_when_supervised);
        w.field(14usize, &self.air_drop_blocked);
        w.field(15usize, &self.air_drop_force_unmanaged_drop_target);
        w.field(16usize, &self.air_play_force_pairing_password_for_outgoing_requests);
        w.field(17usize, &self.apple_news_blocked);
        w.field(18usize, &self.apple_watch_block_pairing);
        w.field(19usize, &self.apple_watch_force_wrist_detection);
        w.field(20usize, &self.apps_single_app_mode_list);
        w.field(21usize, &self.app_store_block_automatic_downloads);
        w.field(22usize, &self.app_store_blocked);
        w.field(23usize, &self.app_store_block_in_app_purchases);
        w.field(24usize, &self.app_store_block_ui_app_installation);
        w.field(25usize, &self.app_store_require_password);
        w.field(26usize, &self.apps_visibility_list);
        w.field(27usize, &self.apps_visibility_list_type);
        w.field(28usize, &self.bluetooth_block_modification);
        w.field(29usize, &self.camera_blocked);
        w.field(30usize, &self.cellular_block_data_roaming);
        w.field(31usize, &self.cellular_block_global_background_fetch_while_roaming);
        w.field(32usize, &self.cellular_block_per_app_data_modification);
        w.field(33usize, &self.cellular_block_personal_hotspot);
        w.field(34usize, &self.cellular_block_voice_roaming);
        w.field(35usize, &self.certificates_block_untrusted_tls_certificates);
        w.field(36usize, &self.classroom_app_block_remote_screen_observation);
        w.field(37usize, &self.classroom_app_force_unprompted_screen_observation);
        w.field(38usize, &self.compliant_app_list_type);
        w.field(39usize, &self.compliant_apps_list);
        w.field(40usize, &self.configuration_profile_block_changes);
        w.field(41usize, &self.definition_lookup_blocked);
        w.field(42usize, &self.device_block_enable_restrictions);
        w.field(43usize, &self.device_block_erase_content_and_settings);
        w.field(44usize, &self.device_block_name_modification);
        w.field(45usize, &self.diagnostic_data_block_submission);
        w.field(46usize, &self.diagnostic_data_block_submission_modification);
        w.field(47usize, &self.documents_block_managed_documents_in_unmanaged_apps);
        w.field(48usize, &self.documents_block_unmanaged_documents_in_managed_apps);
        w.field(49usize, &self.email_in_domain_suffixes);
        w.field(50usize, &self.enterprise_app_block_trust);
        w.field(51usize, &self.enterprise_app_block_trust_modification);
        w.field(52usize, &self.face_time_blocked);
        w.field(53usize, &self.find_my_friends_blocked);
        w.field(54usize, &self.game_center_blocked);
        w.field(55usize, &self.gaming_block_game_center_friends);
        w.field(56usize, &self.gaming_block_multiplayer);
        w.field(57usize, &self.host_pairing_blocked);
        w.field(58usize, &self.i_books_store_blocked);
        w.field(59usize, &self.i_books_store_block_erotica);
        w.field(60usize, &self.i_cloud_block_activity_continuation);
        w.field(61usize, &self.i_cloud_block_backup);
        w.field(62usize, &self.i_cloud_block_document_sync);
        w.field(63usize, &self.i_cloud_block_managed_apps_sync);
        w.field(64usize, &self.i_cloud_block_photo_library);
        w.field(65usize, &self.i_cloud_block_photo_stream_sync);
        w.field(66usize, &self.i_cloud_block_shared_photo_stream);
        w.field(67usize, &self.i_cloud_require_encrypted_backup);
        w.field(68usize, &self.i_tunes_block_explicit_content);
        w.field(69usize, &self.i_tunes_block_music_service);
        w.field(70usize, &self.i_tunes_block_radio);
        w.field(71usize, &self.keyboard_block_auto_correct);
        w.field(72usize, &self.keyboard_block_dictation);
        w.field(73usize, &self.keyboard_block_predictive);
        w.field(74usize, &self.keyboard_block_shortcuts);
        w.field(75usize, &self.keyboard_block_spell_check);
        w.field(76usize, &self.kiosk_mode_allow_assistive_speak);
        w.field(77usize, &self.kiosk_mode_allow_assistive_touch_settings);
        w.field(78usize, &self.kiosk_mode_allow_auto_lock);
        w.field(79usize, &self.kiosk_mode_allow_color_inversion_settings);
        w.field(80usize, &self.kiosk_mode_allow_ringer_switch);
        w.field(81usize, &self.kiosk_mode_allow_screen_rotation);
        w.field(82usize, &self.kiosk_mode_allow_sleep_button);
        w.field(83usize, &self.kiosk_mode_allow_touchscreen);
        w.field(84usize, &self.kiosk_mode_allow_voice_over_settings);
        w.field(85usize, &self.kiosk_mode_allow_volume_buttons);
        w.field(86usize, &self.kiosk_mode_allow_zoom_settings);
        w.field(87usize, &self.kiosk_mode_app_store_url);
        w.field(88usize, &self.kiosk_mode_built_in_app_id);
        w.field(89usize, &self.kiosk_mode_managed_app_id);
        w.field(90usize, &self.kiosk_mode_require_assistive_touch);
        w.field(91usize, &self.kiosk_mode_require_color_inversion);
        w.field(92usize, &self.kiosk_mode_require_mono_audio);
        w.field(93usize, &self.kiosk_mode_require_voice_over);
        w.field(94usize, &self.kiosk_mode_require_zoom);
        w.field(95usize, &self.lock_screen_block_control_center);
        w.field(96usize, &self.lock_screen_block_notification_view);
        w.field(97usize, &self.lock_screen_block_passbook);
        w.field(98usize, &self.lock_screen_block_today_view);
        w.field(99usize, &self.media_content_rating_apps);
        w.field(100usize, &self.media_content_rating_australia);
        w.field(101usize, &self.media_content_rating_canada);
        w.field(102usize, &self.media_content_rating_france);
        w.field(103usize, &self.media_content_rating_germany);
        w.field(104usize, &self.media_content_rating_ireland);
        w.field(105usize, &self.media_content_rating_japan);
        w.field(106usize, &self.media_content_rating_new_zealand);
        w.field(107usize, &self.media_content_rating_united_kingdom);
        w.field(108usize, &self.media_content_rating_united_states);
        w.field(109usize, &self.messages_blocked);
        w.field(110usize, &self.network_usage_rules);
        w.field(111usize, &self.notifications_block_settings_modification);
        w.field(112usize, &self.passcode_block_fingerprint_modification);
        w.field(113usize, &self.passcode_block_fingerprint_unlock);
        w.field(114usize, &self.passcode_block_modification);
        w.field(115usize, &self.passcode_block_simple);
        w.field(116usize, &self.passcode_expiration_days);
        w.field(117usize, &self.passcode_minimum_character_set_count);
        w.field(118usize, &self.passcode_minimum_length);
        w.field(119usize, &self.passcode_minutes_of_inactivity_before_lock);
        w.field(120usize, &self.passcode_minutes_of_inactivity_before_screen_timeout);
        w.field(121usize, &self.passcode_previous_passcode_block_count);
        w.field(122usize, &self.passcode_required);
        w.field(123usize, &self.passcode_required_type);
        w.field(124usize, &self.passcode_sign_in_failure_count_before_wipe);
        w.field(125usize, &self.podcasts_blocked);
        w.field(126usize, &self.safari_block_autofill);
        w.field(127usize, &self.safari_blocked);
        w.field(128usize, &self.safari_block_java_script);
        w.field(129usize, &self.safari_block_popups);
        w.field(130usize, &self.safari_cookie_settings);
        w.field(131usize, &self.safari_managed_domains);
        w.field(132usize, &self.safari_password_auto_fill_domains);
        w.field(133usize, &self.safari_require_fraud_warning);
        w.field(134usize, &self.screen_capture_blocked);
        w.field(135usize, &self.siri_blocked);
        w.field(136usize, &self.siri_blocked_when_locked);
        w.field(137usize, &self.siri_block_user_generated_content);
        w.field(138usize, &self.siri_require_profanity_filter);
        w.field(139usize, &self.spotlight_block_internet_results);
        w.field(140usize, &self.voice_dialing_blocked);
        w.field(141usize, &self.wallpaper_block_modification);
        w.field(142usize, &self.wi_fi_connect_only_to_configured_networks);
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
rt::impl_object!(IosGeneralDeviceConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    IosGeneralDeviceConfiguration { with_id id : ::std::string::String;
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
    ::v1::DeviceConfigurationUserOverview; with_account_block_modification
    account_block_modification : bool; with_activation_lock_allow_when_supervised
    activation_lock_allow_when_supervised : bool; with_air_drop_blocked air_drop_blocked
    : bool; with_air_drop_force_unmanaged_drop_target
    air_drop_force_unmanaged_drop_target : bool;
    with_air_play_force_pairing_password_for_outgoing_requests
    air_play_force_pairing_password_for_outgoing_requests : bool; with_apple_news_blocked
    apple_news_blocked : bool; with_apple_watch_block_pairing apple_watch_block_pairing :
    bool; with_apple_watch_force_wrist_detection apple_watch_force_wrist_detection :
    bool; with_apps_single_app_mode_list apps_single_app_mode_list : ::std::vec::Vec <
    crate ::v1::AppListItem >; with_app_store_block_automatic_downloads
    app_store_block_automatic_downloads : bool; with_app_store_blocked app_store_blocked
    : bool; with_app_store_block_in_app_purchases app_store_block_in_app_purchases :
    bool; with_app_store_block_ui_app_installation app_store_block_ui_app_installation :
    bool; with_app_store_require_password app_store_require_password : bool;
    with_apps_visibility_list apps_visibility_list : ::std::vec::Vec < crate
    ::v1::AppListItem >; with_apps_visibility_list_type apps_visibility_list_type : crate
    ::v1::AppListType; with_bluetooth_block_modification bluetooth_block_modification :
    bool; with_camera_blocked camera_blocked : bool; with_cellular_block_data_roaming
    cellular_block_data_roaming : bool;
    with_cellular_block_global_background_fetch_while_roaming
    cellular_block_global_background_fetch_while_roaming : bool;
    with_cellular_block_per_app_data_modification
    cellular_block_per_app_data_modification : bool; with_cellular_block_personal_hotspot
    cellular_block_personal_hotspot : bool; with_cellular_block_voice_roaming
    cellular_block_voice_roaming : bool;
    with_certificates_block_untrusted_tls_certificates
    certificates_block_untrusted_tls_certificates : bool;
    with_classroom_app_block_remote_screen_observation
    classroom_app_block_remote_screen_observation : bool;
    with_classroom_app_force_unprompted_screen_observation
    classroom_app_force_unprompted_screen_observation : bool;
    with_compliant_app_list_type compliant_app_list_type : crate ::v1::AppListType;
    with_compliant_apps_list compliant_apps_list : ::std::vec::Vec < crate
    ::v1::AppListItem >; with_configuration_profile_block_changes
    configuration_profile_block_changes : bool; with_definition_lookup_blocked
    definition_lookup_blocked : bool; with_device_block_enable_restrictions
    device_block_enable_restrictions : bool; with_device_block_erase_content_and_settings
    device_block_erase_content_and_settings : bool; with_device_block_name_modification
    device_block_name_modification : bool; with_diagnostic_data_block_submission
    diagnostic_data_block_submission : bool;
    with_diagnostic_data_block_submission_modification
    diagnostic_data_block_submission_modification : bool;
    with_documents_block_managed_documents_in_unmanaged_apps
    documents_block_managed_documents_in_unmanaged_apps : bool;
    with_documents_block_unmanaged_documents_in_managed_apps
    documents_block_unmanaged_documents_in_managed_apps : bool;
    with_email_in_domain_suffixes email_in_domain_suffixes : ::std::vec::Vec <
    ::std::string::String >; with_enterprise_app_block_trust enterprise_app_block_trust :
    bool; with_enterprise_app_block_trust_modification
    enterprise_app_block_trust_modification : bool; with_face_time_blocked
    face_time_blocked : bool; with_find_my_friends_blocked find_my_friends_blocked :
    bool; with_game_center_blocked game_center_blocked : bool;
    with_gaming_block_game_center_friends gaming_block_game_center_friends : bool;
    with_gaming_block_multiplayer gaming_block_multiplayer : bool;
    with_host_pairing_blocked host_pairing_blocked : bool; with_i_books_store_blocked
    i_books_store_blocked : bool; with_i_books_store_block_erotica
    i_books_store_block_erotica : bool; with_i_cloud_block_activity_continuation
    i_cloud_block_activity_continuation : bool; with_i_cloud_block_backup
    i_cloud_block_backup : bool; with_i_cloud_block_document_sync
    i_cloud_block_document_sync : bool; with_i_cloud_block_managed_apps_sync
    i_cloud_block_managed_apps_sync : bool; with_i_cloud_block_photo_library
    i_cloud_block_photo_library : bool; with_i_cloud_block_photo_stream_sync
    i_cloud_block_photo_stream_sync : bool; with_i_cloud_block_shared_photo_stream
    i_cloud_block_shared_photo_stream : bool; with_i_cloud_require_encrypted_backup
    i_cloud_require_encrypted_backup : bool; with_i_tunes_block_explicit_content
    i_tunes_block_explicit_content : bool; with_i_tunes_block_music_service
    i_tunes_block_music_service : bool; with_i_tunes_block_radio i_tunes_block_radio :
    bool; with_keyboard_block_auto_correct keyboard_block_auto_correct : bool;
    with_keyboard_block_dictation keyboard_block_dictation : bool;
    with_keyboard_block_predictive keyboard_block_predictive : bool;
    with_keyboard_block_shortcuts keyboard_block_shortcuts : bool;
    with_keyboard_block_spell_check keyboard_block_spell_check : bool;
    with_kiosk_mode_allow_assistive_speak kiosk_mode_allow_assistive_speak : bool;
    with_kiosk_mode_allow_assistive_touch_settings
    kiosk_mode_allow_assistive_touch_settings : bool; with_kiosk_mode_allow_auto_lock
    kiosk_mode_allow_auto_lock : bool; with_kiosk_mode_allow_color_inversion_settings
    kiosk_mode_allow_color_inversion_settings : bool; with_kiosk_mode_allow_ringer_switch
    kiosk_mode_allow_ringer_switch : bool; with_kiosk_mode_allow_screen_rotation
    kiosk_mode_allow_screen_rotation : bool; with_kiosk_mode_allow_sleep_button
    kiosk_mode_allow_sleep_button : bool; with_kiosk_mode_allow_touchscreen
    kiosk_mode_allow_touchscreen : bool; with_kiosk_mode_allow_voice_over_settings
    kiosk_mode_allow_voice_over_settings : bool; with_kiosk_mode_allow_volume_buttons
    kiosk_mode_allow_volume_buttons : bool; with_kiosk_mode_allow_zoom_settings
    kiosk_mode_allow_zoom_settings : bool; with_kiosk_mode_app_store_url
    kiosk_mode_app_store_url : ::std::string::String; with_kiosk_mode_built_in_app_id
    kiosk_mode_built_in_app_id : ::std::string::String; with_kiosk_mode_managed_app_id
    kiosk_mode_managed_app_id : ::std::string::String;
    with_kiosk_mode_require_assistive_touch kiosk_mode_require_assistive_touch : bool;
    with_kiosk_mode_require_color_inversion kiosk_mode_require_color_inversion : bool;
    with_kiosk_mode_require_mono_audio kiosk_mode_require_mono_audio : bool;
    with_kiosk_mode_require_voice_over kiosk_mode_require_voice_over : bool;
    with_kiosk_mode_require_zoom kiosk_mode_require_zoom : bool;
    with_lock_screen_block_control_center lock_screen_block_control_center : bool;
    with_lock_screen_block_notification_view lock_screen_block_notification_view : bool;
    with_lock_screen_block_passbook lock_screen_block_passbook : bool;
    with_lock_screen_block_today_view lock_screen_block_today_view : bool;
    with_media_content_rating_apps media_content_rating_apps : crate
    ::v1::RatingAppsType; with_media_content_rating_australia
    media_content_rating_australia : crate ::v1::MediaContentRatingAustralia;
    with_media_content_rating_canada media_content_rating_canada : crate
    ::v1::MediaContentRatingCanada; with_media_content_rating_france
    media_content_rating_france : crate ::v1::MediaContentRatingFrance;
    with_media_content_rating_germany media_content_rating_germany : crate
    ::v1::MediaContentRatingGermany; with_media_content_rating_ireland
    media_content_rating_ireland : crate ::v1::MediaContentRatingIreland;
    with_media_content_rating_japan media_content_rating_japan : crate
    ::v1::MediaContentRatingJapan; with_media_content_rating_new_zealand
    media_content_rating_new_zealand : crate ::v1::MediaContentRatingNewZealand;
    with_media_content_rating_united_kingdom media_content_rating_united_kingdom : crate
    ::v1::MediaContentRatingUnitedKingdom; with_media_content_rating_united_states
    media_content_rating_united_states : crate ::v1::MediaContentRatingUnitedStates;
    with_messages_blocked messages_blocked : bool; with_network_usage_rules
    network_usage_rules : ::std::vec::Vec < crate ::v1::IosNetworkUsageRule >;
    with_notifications_block_settings_modification
    notifications_block_settings_modification : bool;
    with_passcode_block_fingerprint_modification passcode_block_fingerprint_modification
    : bool; with_passcode_block_fingerprint_unlock passcode_block_fingerprint_unlock :
    bool; with_passcode_block_modification passcode_block_modification : bool;
    with_passcode_block_simple passcode_block_simple : bool;
    with_passcode_expiration_days passcode_expiration_days : i32;
    with_passcode_minimum_character_set_count passcode_minimum_character_set_count : i32;
    with_passcode_minimum_length passcode_minimum_length : i32;
    with_passcode_minutes_of_inactivity_before_lock
    passcode_minutes_of_inactivity_before_lock : i32;
    with_passcode_minutes_of_inactivity_before_screen_timeout
    passcode_minutes_of_inactivity_before_screen_timeout : i32;
    with_passcode_previous_passcode_block_count passcode_previous_passcode_block_count :
    i32; with_passcode_required passcode_required : bool; with_passcode_required_type
    passcode_required_type : crate ::v1::RequiredPasswordType;
    with_passcode_sign_in_failure_count_before_wipe
    passcode_sign_in_failure_count_before_wipe : i32; with_podcasts_blocked
    podcasts_blocked : bool; with_safari_block_autofill safari_block_autofill : bool;
    with_safari_blocked safari_blocked : bool; with_safari_block_java_script
    safari_block_java_script : bool; with_safari_block_popups safari_block_popups : bool;
    with_safari_cookie_settings safari_cookie_settings : crate
    ::v1::WebBrowserCookieSettings; with_safari_managed_domains safari_managed_domains :
    ::std::vec::Vec < ::std::string::String >; with_safari_password_auto_fill_domains
    safari_password_auto_fill_domains : ::std::vec::Vec < ::std::string::String >;
    with_safari_require_fraud_warning safari_require_fraud_warning : bool;
    with_screen_capture_blocked screen_capture_blocked : bool; with_siri_blocked
    siri_blocked : bool; with_siri_blocked_when_locked siri_blocked_when_locked : bool;
    with_siri_block_user_generated_content siri_block_user_generated_content : bool;
    with_siri_require_profanity_filter siri_require_profanity_filter : bool;
    with_spotlight_block_internet_results spotlight_block_internet_results : bool;
    with_voice_dialing_blocked voice_dialing_blocked : bool;
    with_wallpaper_block_modification wallpaper_block_modification : bool;
    with_wi_fi_connect_only_to_configured_networks
    wi_fi_connect_only_to_configured_networks : bool; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosGeneralDeviceConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
/// Represents an icon for an app on the Home Screen
///
/// CSDL: `microsoft.graph.iosHomeScreenApp`, complex type, derived from `microsoft.graph.iosHomeScreenItem`.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct IosHomeScreenApp {
    /// Name of the app
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// BundleID of the app if isWebClip is false or the URL of a web clip if isWebClip is true.
    ///
    /// CSDL: property `bundleID`: `Edm.String`, not nullable.
    pub bundle_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for IosHomeScreenApp {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            bundle_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for IosHomeScreenApp {
    const TYPE_NAME: &'static str = "microsoft.graph.iosHomeScreenApp";
    const KEYS: &'static [&'static str] = &["displayName", "bundleID"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"bundleID\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosHomeScreenApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "bundle_id", &self.bundle_id);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for IosHomeScreenApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.bundle_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.bundle_id);
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
rt::impl_object!(IosHomeScreenApp);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    IosHomeScreenApp { with_display_name display_name : ::std::string::String;
    with_bundle_id bundle_id : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosHomeScreenApp);
#[cfg(msgraph_v1_device_management_or_search)]
/// A folder containing pages of apps and web clips on the Home Screen.
///
/// CSDL: `microsoft.graph.iosHomeScreenFolder`, complex type, derived from `microsoft.graph.iosHomeScreenItem`.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct IosHomeScreenFolder {
    /// Name of the app
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Pages of Home Screen Layout Icons which must be applications or web clips. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `pages`: `Collection(microsoft.graph.iosHomeScreenFolderPage)`, not nullable.
    pub pages: rt::Field<::std::vec::Vec<crate::v1::IosHomeScreenFolderPage>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for IosHomeScreenFolder {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            pages: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for IosHomeScreenFolder {
    const TYPE_NAME: &'static str = "microsoft.graph.iosHomeScreenFolder";
    const KEYS: &'static [&'static str] = &["displayName", "pages"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"pages\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosHomeScreenFolder\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "pages", &self.pages);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for IosHomeScreenFolder {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.pages.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.pages);
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
rt::impl_object!(IosHomeScreenFolder);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    IosHomeScreenFolder { with_display_name display_name : ::std::string::String;
    with_pages pages : ::std::vec::Vec < crate ::v1::IosHomeScreenFolderPage >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosHomeScreenFolder);
#[cfg(msgraph_v1_device_management_or_search)]
/// A page for a folder containing apps and web clips on the Home Screen.
///
/// CSDL: `microsoft.graph.iosHomeScreenFolderPage`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct IosHomeScreenFolderPage {
    /// A list of apps and web clips to appear on a page within a folder. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `apps`: `Collection(microsoft.graph.iosHomeScreenApp)`, not nullable.
    pub apps: rt::Field<::std::vec::Vec<crate::v1::IosHomeScreenApp>>,
    /// Name of the folder page
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for IosHomeScreenFolderPage {
    #[inline]
    fn default() -> Self {
        Self {
            apps: rt::Field::Absent,
            display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for IosHomeScreenFolderPage {
    const TYPE_NAME: &'static str = "microsoft.graph.iosHomeScreenFolderPage";
    const KEYS: &'static [&'static str] = &["apps", "displayName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"apps\":                         ",
        ",\"displayName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosHomeScreenFolderPage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "apps", &self.apps);
        v.field(1usize, "display_name", &self.display_name);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for IosHomeScreenFolderPage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.apps.read_from(r),
            1usize => self.display_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.apps);
        w.field(1usize, &self.display_name);
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
rt::impl_object!(IosHomeScreenFolderPage);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    IosHomeScreenFolderPage { with_apps apps : ::std::vec::Vec < crate
    ::v1::IosHomeScreenApp >; with_display_name display_name : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosHomeScreenFolderPage);
#[cfg(msgraph_v1_device_management_or_search)]
/// Represents an item on the iOS Home Screen
///
/// CSDL: `microsoft.graph.iosHomeScreenItem`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct IosHomeScreenItem {
    /// Name of the app
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for IosHomeScreenItem {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for IosHomeScreenItem {
    const TYPE_NAME: &'static str = "microsoft.graph.iosHomeScreenItem";
    const KEYS: &'static [&'static str] = &["displayName"];
    const KEYS_JSON: &'static [&'static str] = &[",\"displayName\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.iosHomeScreenItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for IosHomeScreenItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
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
rt::impl_object!(IosHomeScreenItem);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    IosHomeScreenItem { with_display_name display_name : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosHomeScreenItem);
#[cfg(msgraph_v1_device_management_or_search)]
/// `microsoft.graph.iosHomeScreenItem` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyIosHomeScreenItem {
    IosHomeScreenItem(::std::boxed::Box<crate::v1::IosHomeScreenItem>),
    IosHomeScreenApp(::std::boxed::Box<crate::v1::IosHomeScreenApp>),
    IosHomeScreenFolder(::std::boxed::Box<crate::v1::IosHomeScreenFolder>),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for AnyIosHomeScreenItem {
    #[inline]
    fn default() -> Self {
        Self::IosHomeScreenItem(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IosHomeScreenItem> for AnyIosHomeScreenItem {
    #[inline]
    fn from(v: crate::v1::IosHomeScreenItem) -> Self {
        Self::IosHomeScreenItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IosHomeScreenApp> for AnyIosHomeScreenItem {
    #[inline]
    fn from(v: crate::v1::IosHomeScreenApp) -> Self {
        Self::IosHomeScreenApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IosHomeScreenFolder> for AnyIosHomeScreenItem {
    #[inline]
    fn from(v: crate::v1::IosHomeScreenFolder) -> Self {
        Self::IosHomeScreenFolder(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyIosHomeScreenItem {}
#[cfg(msgraph_v1_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyIosHomeScreenItem {}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::marker::Unpin for AnyIosHomeScreenItem {}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyIosHomeScreenItem {}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyIosHomeScreenItem {}
#[cfg(msgraph_v1_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::IosHomeScreenItem>();
    rt::object::auto_traits::<crate::v1::IosHomeScreenApp>();
    rt::object::auto_traits::<crate::v1::IosHomeScreenFolder>();
};
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Poly for AnyIosHomeScreenItem {
    const BASE_NAME: &'static str = "microsoft.graph.iosHomeScreenItem";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.iosHomeScreenApp") => {
                Self::IosHomeScreenApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.iosHomeScreenFolder") => {
                Self::IosHomeScreenFolder(rt::object::new_boxed())
            }
            _ => Self::IosHomeScreenItem(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::IosHomeScreenItem(v) => &**v,
            Self::IosHomeScreenApp(v) => &**v,
            Self::IosHomeScreenFolder(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::IosHomeScreenItem(v) => &mut **v,
            Self::IosHomeScreenApp(v) => &mut **v,
            Self::IosHomeScreenFolder(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl AnyIosHomeScreenItem {
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
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::IosHomeScreenItem(v) => &v.display_name,
            Self::IosHomeScreenApp(v) => &v.display_name,
            Self::IosHomeScreenFolder(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IosHomeScreenItem(v) => &mut v.display_name,
            Self::IosHomeScreenApp(v) => &mut v.display_name,
            Self::IosHomeScreenFolder(v) => &mut v.display_name,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_poly!(AnyIosHomeScreenItem);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyIosHomeScreenItem);
#[cfg(msgraph_v1_device_management_or_search)]
/// A page containing apps, folders, and web clips on the Home Screen.
///
/// CSDL: `microsoft.graph.iosHomeScreenPage`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct IosHomeScreenPage {
    /// Name of the page
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// A list of apps, folders, and web clips to appear on a page. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `icons`: `Collection(microsoft.graph.iosHomeScreenItem)`, not nullable.
    pub icons: rt::Field<::std::vec::Vec<crate::v1::AnyIosHomeScreenItem>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for IosHomeScreenPage {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            icons: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for IosHomeScreenPage {
    const TYPE_NAME: &'static str = "microsoft.graph.iosHomeScreenPage";
    const KEYS: &'static [&'static str] = &["displayName", "icons"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"icons\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosHomeScreenPage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "icons", &self.icons);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for IosHomeScreenPage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.icons.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.icons);
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
rt::impl_object!(IosHomeScreenPage);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    IosHomeScreenPage { with_display_name display_name : ::std::string::String;
    with_icons icons : ::std::vec::Vec < crate ::v1::AnyIosHomeScreenItem >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosHomeScreenPage);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties and inherited properties for iOS Line Of Business apps.
///
/// CSDL: `microsoft.graph.iosLobApp`, entity type, derived from `microsoft.graph.mobileLobApp`, key `id`.
///
/// Request builders: [`IosLobAppPath`](requests/trait.IosLobAppPath.html), what a path to one (`EntityPath<IosLobApp, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct IosLobApp {
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
    /// The iOS architecture for which this app can run on.
    ///
    /// CSDL: property `applicableDeviceType`: `microsoft.graph.iosDeviceType`, not nullable.
    pub applicable_device_type: rt::Field<crate::v1::IosDeviceType>,
    /// The build number of iOS Line of Business (LoB) app.
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
    /// The value for the minimum applicable operating system.
    ///
    /// CSDL: property `minimumSupportedOperatingSystem`: `microsoft.graph.iosMinimumOperatingSystem`, nullable.
    pub minimum_supported_operating_system: rt::Field<
        crate::v1::IosMinimumOperatingSystem,
    >,
    /// The version number of iOS Line of Business (LoB) app.
    ///
    /// CSDL: property `versionNumber`: `Edm.String`, nullable.
    pub version_number: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for IosLobApp {
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
            applicable_device_type: rt::Field::Absent,
            build_number: rt::Field::Absent,
            bundle_id: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            minimum_supported_operating_system: rt::Field::Absent,
            version_number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for IosLobApp {
    const TYPE_NAME: &'static str = "microsoft.graph.iosLobApp";
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
        "applicableDeviceType",
        "buildNumber",
        "bundleId",
        "expirationDateTime",
        "minimumSupportedOperatingSystem",
        "versionNumber",
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
        ",\"applicableDeviceType\":         ",
        ",\"buildNumber\":                  ",
        ",\"bundleId\":                     ",
        ",\"expirationDateTime\":           ",
        ",\"minimumSupportedOperatingSystem\":",
        ",\"versionNumber\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosLobApp\"";
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
        v.field(20usize, "applicable_device_type", &self.applicable_device_type);
        v.field(21usize, "build_number", &self.build_number);
        v.field(22usize, "bundle_id", &self.bundle_id);
        v.field(23usize, "expiration_date_time", &self.expiration_date_time);
        v.field(
            24usize,
            "minimum_supported_operating_system",
            &self.minimum_supported_operating_system,
        );
        v.field(25usize, "version_number", &self.version_number);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for IosLobApp {
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
            20usize => self.applicable_device_type.read_from(r),
            21usize => self.build_number.read_from(r),
            22usize => self.bundle_id.read_from(r),
            23usize => self.expiration_date_time.read_from(r),
            24usize => self.minimum_supported_operating_system.read_from(r),
            25usize => self.version_number.read_from(r),
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
        w.field(20usize, &self.applicable_device_type);
        w.field(21usize, &self.build_number);
        w.field(22usize, &self.bundle_id);
        w.field(23usize, &self.expiration_date_time);
        w.field(24usize, &self.minimum_supported_operating_system);
        w.field(25usize, &self.version_number);
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
rt::impl_object!(IosLobApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    IosLobApp { with_id id : ::std::string::String; with_created_date_time
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
    ::std::vec::Vec < crate ::v1::MobileAppContent >; with_applicable_device_type
    applicable_device_type : crate ::v1::IosDeviceType; with_build_number build_number :
    ::std::string::String; with_bundle_id bundle_id : ::std::string::String;
    with_expiration_date_time expiration_date_time : rt::edm::DateTimeOffset;
    with_minimum_supported_operating_system minimum_supported_operating_system : crate
    ::v1::IosMinimumOperatingSystem; with_version_number version_number :
    ::std::string::String; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosLobApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties used to assign an iOS LOB mobile app to a group.
///
/// CSDL: `microsoft.graph.iosLobAppAssignmentSettings`, complex type, derived from `microsoft.graph.mobileAppAssignmentSettings`.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct IosLobAppAssignmentSettings {
    /// When TRUE, indicates that the app can be uninstalled by the user. When FALSE, indicates that the app cannot be uninstalled by the user. By default, this property is set to null which internally is treated as TRUE.
    ///
    /// CSDL: property `isRemovable`: `Edm.Boolean`, nullable.
    pub is_removable: rt::Field<bool>,
    /// When TRUE, indicates that the app should be uninstalled when the device is removed from Intune. When FALSE, indicates that the app will not be uninstalled when the device is removed from Intune. By default, property is set to null which internally is treated as TRUE.
    ///
    /// CSDL: property `uninstallOnDeviceRemoval`: `Edm.Boolean`, nullable.
    pub uninstall_on_device_removal: rt::Field<bool>,
    /// This is the unique identifier (Id) of the VPN Configuration to apply to the app.
    ///
    /// CSDL: property `vpnConfigurationId`: `Edm.String`, nullable.
    pub vpn_configuration_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for IosLobAppAssignmentSettings {
    #[inline]
    fn default() -> Self {
        Self {
            is_removable: rt::Field::Absent,
            uninstall_on_device_removal: rt::Field::Absent,
            vpn_configuration_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for IosLobAppAssignmentSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.iosLobAppAssignmentSettings";
    const KEYS: &'static [&'static str] = &[
        "isRemovable",
        "uninstallOnDeviceRemoval",
        "vpnConfigurationId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isRemovable\":                  ",
        ",\"uninstallOnDeviceRemoval\":     ",
        ",\"vpnConfigurationId\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosLobAppAssignmentSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_removable", &self.is_removable);
        v.field(
            1usize,
            "uninstall_on_device_removal",
            &self.uninstall_on_device_removal,
        );
        v.field(2usize, "vpn_configuration_id", &self.vpn_configuration_id);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for IosLobAppAssignmentSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_removable.read_from(r),
            1usize => self.uninstall_on_device_removal.read_from(r),
            2usize => self.vpn_configuration_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_removable);
        w.field(1usize, &self.uninstall_on_device_removal);
        w.field(2usize, &self.vpn_configuration_id);
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
rt::impl_object!(IosLobAppAssignmentSettings);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    IosLobAppAssignmentSettings { with_is_removable is_removable : bool;
    with_uninstall_on_device_removal uninstall_on_device_removal : bool;
    with_vpn_configuration_id vpn_configuration_id : ::std::string::String; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosLobAppAssignmentSettings);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Policy used to configure detailed management settings targeted to specific security groups and for a specified set of apps on an iOS device
///
/// CSDL: `microsoft.graph.iosManagedAppProtection`, entity type, derived from `microsoft.graph.targetedManagedAppProtection`, key `id`.
///
/// Request builders: [`IosManagedAppProtectionPath`](requests/trait.IosManagedAppProtectionPath.html), what a path to one (`EntityPath<IosManagedAppProtection, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct IosManagedAppProtection {
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
    /// Type of encryption which should be used for data in a managed app.
    ///
    /// CSDL: property `appDataEncryptionType`: `microsoft.graph.managedAppDataEncryptionType`, not nullable.
    pub app_data_encryption_type: rt::Field<crate::v1::ManagedAppDataEncryptionType>,
    /// A custom browser protocol to open weblink on iOS. When this property is configured, ManagedBrowserToOpenLinksRequired should be true.
    ///
    /// CSDL: property `customBrowserProtocol`: `Edm.String`, nullable.
    pub custom_browser_protocol: rt::Field<::std::string::String>,
    /// Count of apps to which the current policy is deployed.
    ///
    /// CSDL: property `deployedAppCount`: `Edm.Int32`, not nullable.
    pub deployed_app_count: rt::Field<i32>,
    /// Indicates whether use of the FaceID is allowed in place of a pin if PinRequired is set to True.
    ///
    /// CSDL: property `faceIdBlocked`: `Edm.Boolean`, not nullable.
    pub face_id_blocked: rt::Field<bool>,
    /// Versions less than the specified version will block the managed app from accessing company data.
    ///
    /// CSDL: property `minimumRequiredSdkVersion`: `Edm.String`, nullable.
    pub minimum_required_sdk_version: rt::Field<::std::string::String>,
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
impl ::std::default::Default for IosManagedAppProtection {
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
            app_data_encryption_type: rt::Field::Absent,
            custom_browser_protocol: rt::Field::Absent,
            deployed_app_count: rt::Field::Absent,
            face_id_blocked: rt::Field::Absent,
            minimum_required_sdk_version: rt::Field::Absent,
            apps: rt::Field::Absent,
            deployment_summary: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Object for IosManagedAppProtection {
    const TYPE_NAME: &'static str = "microsoft.graph.iosManagedAppProtection";
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
        "appDataEncryptionType",
        "customBrowserProtocol",
        "deployedAppCount",
        "faceIdBlocked",
        "minimumRequiredSdkVersion",
        "apps",
        "deploymentSummary",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"version\":                      ",
        ",\"allowedDataStorageLocations\":  ",
        ",\"allowedInboundDataTransferSources\":",
        ",\"allowedOutboundClipboardSharingLevel\":",
        ",\"allowedOutboundDataTransferDestinations\":",
        ",\"contactSyncBlocked\":           ",
        ",\"dataBackupBlocked\":            ",
        ",\"deviceComplianceRequired\":     ",
        ",\"disableAppPinIfDevicePinIsSet\":",
        ",\"fingerprintBlocked\":           ",
        ",\"managedBrowser\":               ",
        ",\"managedBrowserToOpenLinksRequired\":",
        ",\"maximumPinRetries\":            ",
        ",\"minimumPinLength\":             ",
        ",\"minimumRequiredAppVersion\":    ",
        ",\"minimumRequiredOsVersion\":     ",
        ",\"minimumWarningAppVersion\":     ",
        ",\"minimumWarningOsVersion\":      ",
        ",\"organizationalCredentialsRequired\":",
        ",\"periodBeforePinReset\":         ",
        ",\"periodOfflineBeforeAccessCheck\":",
        ",\"periodOfflineBeforeWipeIsEnforced\":",
        ",\"periodOnlineBeforeAccessCheck\":",
        ",\"pinCharacterSet\":              ",
        ",\"pinRequired\":                  ",
        ",\"printBlocked\":                 ",
        ",\"saveAsBlocked\":                ",
        ",\"simplePinBlocked\":             ",
        ",\"isAssigned\":                   ",
        ",\"assignments\":                  ",
        ",\"appDataEncryptionType\":        ",
        ",\"customBrowserProtocol\":        ",
        ",\"deployedAppCount\":             ",
        ",\"faceIdBlocked\":                ",
        ",\"minimumRequiredSdkVersion\":    ",
        ",\"apps\":                         ",
        ",\"deploymentSummary\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosManagedAppProtection\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "version", &self.version);
        v.field(
            6usize,
            "allowed_data_storage_locations",
            &self.allowed_data_storage_locations,
        );
        v.field(
            7usize,
            "allowed_inbound_data_transfer_sources",
            &self.allowed_inbound_data_transfer_sources,
        );
        v.field(
            8usize,
            "allowed_outbound_clipboard_sharing_level",
            &self.allowed_outbound_clipboard_sharing_level,
        );
        v.field(
            9usize,
            "allowed_outbound_data_transfer_destinations",
            &self.allowed_outbound_data_transfer_destinations,
        );
        v.field(10usize, "contact_sync_blocked", &self.contact_sync_blocked);
        v.field(11usize, "data_backup_blocked", &self.data_backup_blocked);
        v.field(12usize, "device_compliance_required", &self.device_compliance_required);
        v.field(
            13usize,
            "disable_app_pin_if_device_pin_is_set",
            &self.disable_app_pin_if_device_pin_is_set,
        );
        v.field(14usize, "fingerprint_blocked", &self.fingerprint_blocked);
        v.field(15usize, "managed_browser", &self.managed_browser);
        v.field(
            16usize,
            "managed_browser_to_open_links_required",
            &self.managed_browser_to_open_links_required,
        );
        v.field(17usize, "maximum_pin_retries", &self.maximum_pin_retries);
        v.field(18usize, "minimum_pin_length", &self.minimum_pin_length);
        v.field(
            19usize,
            "minimum_required_app_version",
            &self.minimum_required_app_version,
        );
        v.field(
            20usize,
            "minimum_required_os_version",
            &self.minimum_required_os_version,
        );
        v.field(
            21usize,
            "minimum_warning_app_version",
            &self.minimum_warning_app_version,
        );
        v.field(22usize, "minimum_warning_os_version", &self.minimum_warning_os_version);
        v.field(
            23usize,
            "organizational_credentials_required",
            &self.organizational_credentials_required,
        );
        v.field(24usize, "period_before_pin_reset", &self.period_before_pin_reset);
        v.field(
            25usize,
            "period_offline_before_access_check",
            &self.period_offline_before_access_check,
        );
        v.field(
            26usize,
            "period_offline_before_wipe_is_enforced",
            &self.period_offline_before_wipe_is_enforced,
        );
        v.field(
            27usize,
            "period_online_before_access_check",
            &self.period_online_before_access_check,
        );
        v.field(28usize, "pin_character_set", &self.pin_character_set);
        v.field(29usize, "pin_required", &self.pin_required);
        v.field(30usize, "print_blocked", &self.print_blocked);
        v.field(31usize, "save_as_blocked", &self.save_as_blocked);
        v.field(32usize, "simple_pin_blocked", &self.simple_pin_blocked);
        v.field(33usize, "is_assigned", &self.is_assigned);
        v.field(34usize, "assignments", &self.assignments);
        v.field(35usize, "app_data_encryption_type", &self.app_data_encryption_type);
        v.field(36usize, "custom_browser_protocol", &self.custom_browser_protocol);
        v.field(37usize, "deployed_app_count", &self.deployed_app_count);
        v.field(38usize, "face_id_blocked", &self.face_id_blocked);
        v.field(
            39usize,
            "minimum_required_sdk_version",
            &self.minimum_required_sdk_version,
        );
        v.field(40usize, "apps", &self.apps);
        v.field(41usize, "deployment_summary", &self.deployment_summary);
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::object::Members for IosManagedAppProtection {
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
            35usize => self.app_data_encryption_type.read_from(r),
            36usize => self.custom_browser_protocol.read_from(r),
            37usize => self.deployed_app_count.read_from(r),
            38usize => self.face_id_blocked.read_from(r),
            39usize => self.minimum_required_sdk_version.read_from(r),
            40usize => self.apps.read_from(r),
            41usize => self.deployment_summary.read_from(r),
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
        w.field(35usize, &self.app_data_encryption_type);
        w.field(36usize, &self.custom_browser_protocol);
        w.field(37usize, &self.deployed_app_count);
        w.field(38usize, &self.face_id_blocked);
        w.field(39usize, &self.minimum_required_sdk_version);
        w.field(40usize, &self.apps);
        w.field(41usize, &self.deployment_summary);
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
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_object!(IosManagedAppProtection);
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_setters!(
    IosManagedAppProtection { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_version version : ::std::string::String; with_allowed_data_storage_locations
    allowed_data_storage_locations : ::std::vec::Vec < crate
    ::v1::ManagedAppDataStorageLocation >; with_allowed_inbound_data_transfer_sources
    allowed_inbound_data_transfer_sources : crate ::v1::ManagedAppDataTransferLevel;
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
    ::v1::TargetedManagedAppPolicyAssignment >; with_app_data_encryption_type
    app_data_encryption_type : crate ::v1::ManagedAppDataEncryptionType;
    with_custom_browser_protocol custom_browser_protocol : ::std::string::String;
    with_deployed_app_count deployed_app_count : i32; with_face_id_blocked
    face_id_blocked : bool; with_minimum_required_sdk_version
    minimum_required_sdk_version : ::std::string::String; with_apps apps :
    ::std::vec::Vec < crate ::v1::ManagedMobileApp >; with_deployment_summary
    deployment_summary : crate ::v1::ManagedAppPolicyDeploymentSummary; }
);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosManagedAppProtection);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Represents the synchronization details of an ios app, with management capabilities, for a specific user.
///
/// The ManagedAppRegistration resource represents the details of an app, with management capability, used by a member of the organization.
///
/// CSDL: `microsoft.graph.iosManagedAppRegistration`, entity type, derived from `microsoft.graph.managedAppRegistration`, key `id`.
///
/// Request builders: [`ManagedAppRegistrationPath`](requests/trait.ManagedAppRegistrationPath.html), what a path to one (`EntityPath<IosManagedAppRegistration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct IosManagedAppRegistration {
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
impl ::std::default::Default for IosManagedAppRegistration {
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
impl rt::Object for IosManagedAppRegistration {
    const TYPE_NAME: &'static str = "microsoft.graph.iosManagedAppRegistration";
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
        ",\"id\":                           ",
        ",\"appIdentifier\":                ",
        ",\"applicationVersion\":           ",
        ",\"createdDateTime\":              ",
        ",\"deviceName\":                   ",
        ",\"deviceTag\":                    ",
        ",\"deviceType\":                   ",
        ",\"flaggedReasons\":               ",
        ",\"lastSyncDateTime\":             ",
        ",\"managementSdkVersion\":         ",
        ",\"platformVersion\":              ",
        ",\"userId\":                       ",
        ",\"version\":                      ",
        ",\"appliedPolicies\":              ",
        ",\"intendedPolicies\":             ",
        ",\"operations\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosManagedAppRegistration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_identifier", &self.app_identifier);
        v.field(2usize, "application_version", &self.application_version);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "device_name", &self.device_name);
        v.field(5usize, "device_tag", &self.device_tag);
        v.field(6usize, "device_type", &self.device_type);
        v.field(7usize, "flagged_reasons", &self.flagged_reasons);
        v.field(8usize, "last_sync_date_time", &self.last_sync_date_time);
        v.field(9usize, "management_sdk_version", &self.management_sdk_version);
        v.field(10usize, "platform_version", &self.platform_version);
        v.field(11usize, "user_id", &self.user_id);
        v.field(12usize, "version", &self.version);
        v.field(13usize, "applied_policies", &self.applied_policies);
        v.field(14usize, "intended_policies", &self.intended_policies);
        v.field(15usize, "operations", &self.operations);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for IosManagedAppRegistration {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_object!(IosManagedAppRegistration);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    IosManagedAppRegistration { with_id id : ::std::string::String; with_app_identifier
    app_identifier : crate ::v1::AnyMobileAppIdentifier; with_application_version
    application_version : ::std::string::String; with_created_date_time created_date_time
    : rt::edm::DateTimeOffset; with_device_name device_name : ::std::string::String;
    with_device_tag device_tag : ::std::string::String; with_device_type device_type :
    ::std::string::String; with_flagged_reasons flagged_reasons : ::std::vec::Vec < crate
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
rt::impl_serde!(IosManagedAppRegistration);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties of the minimum operating system required for an iOS mobile app.
///
/// CSDL: `microsoft.graph.iosMinimumOperatingSystem`, complex type.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct IosMinimumOperatingSystem {
    /// Indicates the minimum iOS version support required for the managed device. When 'True', iOS with OS Version 10.0 or later is required to install the app. If 'False', iOS Version 10.0 is not the minimum version. Default value is False. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v10_0`: `Edm.Boolean`, not nullable.
    pub v10_0: rt::Field<bool>,
    /// Indicates the minimum iOS version support required for the managed device. When 'True', iOS with OS Version 11.0 or later is required to install the app. If 'False', iOS Version 11.0 is not the minimum version. Default value is False. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v11_0`: `Edm.Boolean`, not nullable.
    pub v11_0: rt::Field<bool>,
    /// Indicates the minimum iOS version support required for the managed device. When 'True', iOS with OS Version 12.0 or later is required to install the app. If 'False', iOS Version 12.0 is not the minimum version. Default value is False. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v12_0`: `Edm.Boolean`, not nullable.
    pub v12_0: rt::Field<bool>,
    /// Indicates the minimum iOS version support required for the managed device. When 'True', iOS with OS Version 13.0 or later is required to install the app. If 'False', iOS Version 13.0 is not the minimum version. Default value is False. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v13_0`: `Edm.Boolean`, not nullable.
    pub v13_0: rt::Field<bool>,
    /// Indicates the minimum iOS version support required for the managed device. When 'True', iOS with OS Version 14.0 or later is required to install the app. If 'False', iOS Version 14.0 is not the minimum version. Default value is False. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v14_0`: `Edm.Boolean`, not nullable.
    pub v14_0: rt::Field<bool>,
    /// Indicates the minimum iOS version support required for the managed device. When 'True', iOS with OS Version 15.0 or later is required to install the app. If 'False', iOS Version 15.0 is not the minimum version. Default value is False. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v15_0`: `Edm.Boolean`, not nullable.
    pub v15_0: rt::Field<bool>,
    /// Indicates the minimum iOS version support required for the managed device. When 'True', iOS with OS Version 8.0 or later is required to install the app. If 'False', iOS Version 8.0  is not the minimum version. Default value is False. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v8_0`: `Edm.Boolean`, not nullable.
    pub v8_0: rt::Field<bool>,
    /// Indicates the minimum iOS version support required for the managed device. When 'True', iOS with OS Version 9.0 or later is required to install the app. If 'False', iOS Version 9.0 is not the minimum version. Default value is False. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v9_0`: `Edm.Boolean`, not nullable.
    pub v9_0: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for IosMinimumOperatingSystem {
    #[inline]
    fn default() -> Self {
        Self {
            v10_0: rt::Field::Absent,
            v11_0: rt::Field::Absent,
            v12_0: rt::Field::Absent,
            v13_0: rt::Field::Absent,
            v14_0: rt::Field::Absent,
            v15_0: rt::Field::Absent,
            v8_0: rt::Field::Absent,
            v9_0: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for IosMinimumOperatingSystem {
    const TYPE_NAME: &'static str = "microsoft.graph.iosMinimumOperatingSystem";
    const KEYS: &'static [&'static str] = &[
        "v10_0",
        "v11_0",
        "v12_0",
        "v13_0",
        "v14_0",
        "v15_0",
        "v8_0",
        "v9_0",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"v10_0\":                        ",
        ",\"v11_0\":                        ",
        ",\"v12_0\":                        ",
        ",\"v13_0\":                        ",
        ",\"v14_0\":                        ",
        ",\"v15_0\":                        ",
        ",\"v8_0\":                         ",
        ",\"v9_0\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosMinimumOperatingSystem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "v10_0", &self.v10_0);
        v.field(1usize, "v11_0", &self.v11_0);
        v.field(2usize, "v12_0", &self.v12_0);
        v.field(3usize, "v13_0", &self.v13_0);
        v.field(4usize, "v14_0", &self.v14_0);
        v.field(5usize, "v15_0", &self.v15_0);
        v.field(6usize, "v8_0", &self.v8_0);
        v.field(7usize, "v9_0", &self.v9_0);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for IosMinimumOperatingSystem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.v10_0.read_from(r),
            1usize => self.v11_0.read_from(r),
            2usize => self.v12_0.read_from(r),
            3usize => self.v13_0.read_from(r),
            4usize => self.v14_0.read_from(r),
            5usize => self.v15_0.read_from(r),
            6usize => self.v8_0.read_from(r),
            7usize => self.v9_0.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.v10_0);
        w.field(1usize, &self.v11_0);
        w.field(2usize, &self.v12_0);
        w.field(3usize, &self.v13_0);
        w.field(4usize, &self.v14_0);
        w.field(5usize, &self.v15_0);
        w.field(6usize, &self.v8_0);
        w.field(7usize, &self.v9_0);
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
rt::impl_object!(IosMinimumOperatingSystem);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    IosMinimumOperatingSystem { with_v10_0 v10_0 : bool; with_v11_0 v11_0 : bool;
    with_v12_0 v12_0 : bool; with_v13_0 v13_0 : bool; with_v14_0 v14_0 : bool; with_v15_0
    v15_0 : bool; with_v8_0 v8_0 : bool; with_v9_0 v9_0 : bool; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosMinimumOperatingSystem);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties, inherited properties and actions for iOS mobile app configurations.
///
/// CSDL: `microsoft.graph.iosMobileAppConfiguration`, entity type, derived from `microsoft.graph.managedDeviceMobileAppConfiguration`, key `id`.
///
/// Request builders: [`ManagedDeviceMobileAppConfigurationPath`](requests/trait.ManagedDeviceMobileAppConfigurationPath.html), what a path to one (`EntityPath<IosMobileAppConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct IosMobileAppConfiguration {
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
        ::std::vec::Vec<crate::v1::ManagedDeviceMobileAppConfigurationAssignment>,
    >,
    /// List of ManagedDeviceMobileAppConfigurationDeviceStatus.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::v1::ManagedDeviceMobileAppConfigurationDeviceStatus>,
    >,
    /// App configuration device status summary.
    ///
    /// CSDL: containment navigation property `deviceStatusSummary`: `microsoft.graph.managedDeviceMobileAppConfigurationDeviceSummary`, nullable.
    pub device_status_summary: rt::Field<
        crate::v1::ManagedDeviceMobileAppConfigurationDeviceSummary,
    >,
    /// List of ManagedDeviceMobileAppConfigurationUserStatus.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.managedDeviceMobileAppConfigurationUserStatus)`, not nullable.
    pub user_statuses: rt::Field<
        ::std::vec::Vec<crate::v1::ManagedDeviceMobileAppConfigurationUserStatus>,
    >,
    /// App configuration user status summary.
    ///
    /// CSDL: containment navigation property `userStatusSummary`: `microsoft.graph.managedDeviceMobileAppConfigurationUserSummary`, nullable.
    pub user_status_summary: rt::Field<
        crate::v1::ManagedDeviceMobileAppConfigurationUserSummary,
    >,
    /// mdm app configuration Base64 binary.
    ///
    /// CSDL: property `encodedSettingXml`: `Edm.Binary`, nullable.
    pub encoded_setting_xml: rt::Field<rt::edm::Binary>,
    /// app configuration setting items.
    ///
    /// CSDL: property `settings`: `Collection(microsoft.graph.appConfigurationSettingItem)`, nullable.
    pub settings: rt::Field<::std::vec::Vec<crate::v1::AppConfigurationSettingItem>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for IosMobileAppConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            targeted_mobile_apps: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_summary: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_summary: rt::Field::Absent,
            encoded_setting_xml: rt::Field::Absent,
            settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for IosMobileAppConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.iosMobileAppConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "targetedMobileApps",
        "version",
        "assignments",
        "deviceStatuses",
        "deviceStatusSummary",
        "userStatuses",
        "userStatusSummary",
        "encodedSettingXml",
        "settings",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"targetedMobileApps\":           ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusSummary\":          ",
        ",\"userStatuses\":                 ",
        ",\"userStatusSummary\":            ",
        ",\"encodedSettingXml\":            ",
        ",\"settings\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosMobileAppConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "targeted_mobile_apps", &self.targeted_mobile_apps);
        v.field(6usize, "version", &self.version);
        v.field(7usize, "assignments", &self.assignments);
        v.field(8usize, "device_statuses", &self.device_statuses);
        v.field(9usize, "device_status_summary", &self.device_status_summary);
        v.field(10usize, "user_statuses", &self.user_statuses);
        v.field(11usize, "user_status_summary", &self.user_status_summary);
        v.field(12usize, "encoded_setting_xml", &self.encoded_setting_xml);
        v.field(13usize, "settings", &self.settings);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for IosMobileAppConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.targeted_mobile_apps.read_from(r),
            6usize => self.version.read_from(r),
            7usize => self.assignments.read_from(r),
            8usize => self.device_statuses.read_from(r),
            9usize => self.device_status_summary.read_from(r),
            10usize => self.user_statuses.read_from(r),
            11usize => self.user_status_summary.read_from(r),
            12usize => self.encoded_setting_xml.read_from(r),
            13usize => self.settings.read_from(r),
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
        w.field(5usize, &self.targeted_mobile_apps);
        w.field(6usize, &self.version);
        w.field(7usize, &self.assignments);
        w.field(8usize, &self.device_statuses);
        w.field(9usize, &self.device_status_summary);
        w.field(10usize, &self.user_statuses);
        w.field(11usize, &self.user_status_summary);
        w.field(12usize, &self.encoded_setting_xml);
        w.field(13usize, &self.settings);
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
rt::impl_object!(IosMobileAppConfiguration);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    IosMobileAppConfiguration { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_targeted_mobile_apps targeted_mobile_apps :
    ::std::vec::Vec < ::std::string::String >; with_version version : i32;
    with_assignments assignments : ::std::vec::Vec < crate
    ::v1::ManagedDeviceMobileAppConfigurationAssignment >; with_device_statuses
    device_statuses : ::std::vec::Vec < crate
    ::v1::ManagedDeviceMobileAppConfigurationDeviceStatus >; with_device_status_summary
    device_status_summary : crate ::v1::ManagedDeviceMobileAppConfigurationDeviceSummary;
    with_user_statuses user_statuses : ::std::vec::Vec < crate
    ::v1::ManagedDeviceMobileAppConfigurationUserStatus >; with_user_status_summary
    user_status_summary : crate ::v1::ManagedDeviceMobileAppConfigurationUserSummary;
    with_encoded_setting_xml encoded_setting_xml : rt::edm::Binary; with_settings
    settings : ::std::vec::Vec < crate ::v1::AppConfigurationSettingItem >; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosMobileAppConfiguration);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// The identifier for an iOS app.
///
/// CSDL: `microsoft.graph.iosMobileAppIdentifier`, complex type, derived from `microsoft.graph.mobileAppIdentifier`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct IosMobileAppIdentifier {
    /// The identifier for an app, as specified in the app store.
    ///
    /// CSDL: property `bundleId`: `Edm.String`, not nullable.
    pub bundle_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for IosMobileAppIdentifier {
    #[inline]
    fn default() -> Self {
        Self {
            bundle_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Object for IosMobileAppIdentifier {
    const TYPE_NAME: &'static str = "microsoft.graph.iosMobileAppIdentifier";
    const KEYS: &'static [&'static str] = &["bundleId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"bundleId\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.iosMobileAppIdentifier\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "bundle_id", &self.bundle_id);
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::object::Members for IosMobileAppIdentifier {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.bundle_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.bundle_id);
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
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_object!(IosMobileAppIdentifier);
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_setters!(
    IosMobileAppIdentifier { with_bundle_id bundle_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosMobileAppIdentifier);
#[cfg(msgraph_v1_device_management_or_search)]
/// Network Usage Rules allow enterprises to specify how managed apps use networks, such as cellular data networks.
///
/// CSDL: `microsoft.graph.iosNetworkUsageRule`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct IosNetworkUsageRule {
    /// If set to true, corresponding managed apps will not be allowed to use cellular data at any time.
    ///
    /// CSDL: property `cellularDataBlocked`: `Edm.Boolean`, not nullable.
    pub cellular_data_blocked: rt::Field<bool>,
    /// If set to true, corresponding managed apps will not be allowed to use cellular data when roaming.
    ///
    /// CSDL: property `cellularDataBlockWhenRoaming`: `Edm.Boolean`, not nullable.
    pub cellular_data_block_when_roaming: rt::Field<bool>,
    /// Information about the managed apps that this rule is going to apply to. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `managedApps`: `Collection(microsoft.graph.appListItem)`, nullable.
    pub managed_apps: rt::Field<::std::vec::Vec<crate::v1::AppListItem>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for IosNetworkUsageRule {
    #[inline]
    fn default() -> Self {
        Self {
            cellular_data_blocked: rt::Field::Absent,
            cellular_data_block_when_roaming: rt::Field::Absent,
            managed_apps: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for IosNetworkUsageRule {
    const TYPE_NAME: &'static str = "microsoft.graph.iosNetworkUsageRule";
    const KEYS: &'static [&'static str] = &[
        "cellularDataBlocked",
        "cellularDataBlockWhenRoaming",
        "managedApps",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"cellularDataBlocked\":          ",
        ",\"cellularDataBlockWhenRoaming\": ",
        ",\"managedApps\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosNetworkUsageRule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "cellular_data_blocked", &self.cellular_data_blocked);
        v.field(
            1usize,
            "cellular_data_block_when_roaming",
            &self.cellular_data_block_when_roaming,
        );
        v.field(2usize, "managed_apps", &self.managed_apps);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for IosNetworkUsageRule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.cellular_data_blocked.read_from(r),
            1usize => self.cellular_data_block_when_roaming.read_from(r),
            2usize => self.managed_apps.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.cellular_data_blocked);
        w.field(1usize, &self.cellular_data_block_when_roaming);
        w.field(2usize, &self.managed_apps);
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
rt::impl_object!(IosNetworkUsageRule);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    IosNetworkUsageRule { with_cellular_data_blocked cellular_data_blocked : bool;
    with_cellular_data_block_when_roaming cellular_data_block_when_roaming : bool;
    with_managed_apps managed_apps : ::std::vec::Vec < crate ::v1::AppListItem >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosNetworkUsageRule);
#[cfg(msgraph_v1_device_management_or_search)]
/// Notification Settings Alert Type.
///
/// CSDL: `microsoft.graph.iosNotificationAlertType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum IosNotificationAlertType {
    /// Device default value, no intent.
    ///
    /// `deviceDefault` (value 0).
    DeviceDefault,
    /// Banner.
    ///
    /// `banner` (value 1).
    Banner,
    /// Modal.
    ///
    /// `modal` (value 2).
    Modal,
    /// None.
    ///
    /// `none` (value 3).
    None,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for IosNotificationAlertType {
    const TYPE_NAME: &'static str = "microsoft.graph.iosNotificationAlertType";
    const MEMBERS: &'static [&'static str] = &[
        "deviceDefault",
        "banner",
        "modal",
        "none",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "deviceDefault" => Self::DeviceDefault,
                "banner" => Self::Banner,
                "modal" => Self::Modal,
                "none" => Self::None,
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
            Self::Banner => "banner",
            Self::Modal => "modal",
            Self::None => "none",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(IosNotificationAlertType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosNotificationAlertType);
#[cfg(msgraph_v1_device_management_or_search)]
/// An item describing notification setting.
///
/// CSDL: `microsoft.graph.iosNotificationSettings`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct IosNotificationSettings {
    /// Indicates the type of alert for notifications for this app.
    ///
    /// CSDL: property `alertType`: `microsoft.graph.iosNotificationAlertType`, not nullable.
    pub alert_type: rt::Field<crate::v1::IosNotificationAlertType>,
    /// Application name to be associated with the bundleID.
    ///
    /// CSDL: property `appName`: `Edm.String`, nullable.
    pub app_name: rt::Field<::std::string::String>,
    /// Indicates whether badges are allowed for this app.
    ///
    /// CSDL: property `badgesEnabled`: `Edm.Boolean`, nullable.
    pub badges_enabled: rt::Field<bool>,
    /// Bundle id of app to which to apply these notification settings.
    ///
    /// CSDL: property `bundleID`: `Edm.String`, not nullable.
    pub bundle_id: rt::Field<::std::string::String>,
    /// Indicates whether notifications are allowed for this app.
    ///
    /// CSDL: property `enabled`: `Edm.Boolean`, nullable.
    pub enabled: rt::Field<bool>,
    /// Publisher to be associated with the bundleID.
    ///
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// Indicates whether notifications can be shown in notification center.
    ///
    /// CSDL: property `showInNotificationCenter`: `Edm.Boolean`, nullable.
    pub show_in_notification_center: rt::Field<bool>,
    /// Indicates whether notifications can be shown on the lock screen.
    ///
    /// CSDL: property `showOnLockScreen`: `Edm.Boolean`, nullable.
    pub show_on_lock_screen: rt::Field<bool>,
    /// Indicates whether sounds are allowed for this app.
    ///
    /// CSDL: property `soundsEnabled`: `Edm.Boolean`, nullable.
    pub sounds_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for IosNotificationSettings {
    #[inline]
    fn default() -> Self {
        Self {
            alert_type: rt::Field::Absent,
            app_name: rt::Field::Absent,
            badges_enabled: rt::Field::Absent,
            bundle_id: rt::Field::Absent,
            enabled: rt::Field::Absent,
            publisher: rt::Field::Absent,
            show_in_notification_center: rt::Field::Absent,
            show_on_lock_screen: rt::Field::Absent,
            sounds_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for IosNotificationSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.iosNotificationSettings";
    const KEYS: &'static [&'static str] = &[
        "alertType",
        "appName",
        "badgesEnabled",
        "bundleID",
        "enabled",
        "publisher",
        "showInNotificationCenter",
        "showOnLockScreen",
        "soundsEnabled",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"alertType\":                    ",
        ",\"appName\":                      ",
        ",\"badgesEnabled\":                ",
        ",\"bundleID\":                     ",
        ",\"enabled\":                      ",
        ",\"publisher\":                    ",
        ",\"showInNotificationCenter\":     ",
        ",\"showOnLockScreen\":             ",
        ",\"soundsEnabled\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosNotificationSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "alert_type", &self.alert_type);
        v.field(1usize, "app_name", &self.app_name);
        v.field(2usize, "badges_enabled", &self.badges_enabled);
        v.field(3usize, "bundle_id", &self.bundle_id);
        v.field(4usize, "enabled", &self.enabled);
        v.field(5usize, "publisher", &self.publisher);
        v.field(
            6usize,
            "show_in_notification_center",
            &self.show_in_notification_center,
        );
        v.field(7usize, "show_on_lock_screen", &self.show_on_lock_screen);
        v.field(8usize, "sounds_enabled", &self.sounds_enabled);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for IosNotificationSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.alert_type.read_from(r),
            1usize => self.app_name.read_from(r),
            2usize => self.badges_enabled.read_from(r),
            3usize => self.bundle_id.read_from(r),
            4usize => self.enabled.read_from(r),
            5usize => self.publisher.read_from(r),
            6usize => self.show_in_notification_center.read_from(r),
            7usize => self.show_on_lock_screen.read_from(r),
            8usize => self.sounds_enabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.alert_type);
        w.field(1usize, &self.app_name);
        w.field(2usize, &self.badges_enabled);
        w.field(3usize, &self.bundle_id);
        w.field(4usize, &self.enabled);
        w.field(5usize, &self.publisher);
        w.field(6usize, &self.show_in_notification_center);
        w.field(7usize, &self.show_on_lock_screen);
        w.field(8usize, &self.sounds_enabled);
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
rt::impl_object!(IosNotificationSettings);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    IosNotificationSettings { with_alert_type alert_type : crate
    ::v1::IosNotificationAlertType; with_app_name app_name : ::std::string::String;
    with_badges_enabled badges_enabled : bool; with_bundle_id bundle_id :
    ::std::string::String; with_enabled enabled : bool; with_publisher publisher :
    ::std::string::String; with_show_in_notification_center show_in_notification_center :
    bool; with_show_on_lock_screen show_on_lock_screen : bool; with_sounds_enabled
    sounds_enabled : bool; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosNotificationSettings);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties and inherited properties for iOS store apps.
///
/// CSDL: `microsoft.graph.iosStoreApp`, entity type, derived from `microsoft.graph.mobileApp`, key `id`.
///
/// Request builders: [`IosStoreAppPath`](requests/trait.IosStoreAppPath.html), what a path to one (`EntityPath<IosStoreApp, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct IosStoreApp {
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
    /// The iOS architecture for which this app can run on.
    ///
    /// CSDL: property `applicableDeviceType`: `microsoft.graph.iosDeviceType`, not nullable.
    pub applicable_device_type: rt::Field<crate::v1::IosDeviceType>,
    /// The Apple App Store URL
    ///
    /// CSDL: property `appStoreUrl`: `Edm.String`, nullable.
    pub app_store_url: rt::Field<::std::string::String>,
    /// The Identity Name.
    ///
    /// CSDL: property `bundleId`: `Edm.String`, nullable.
    pub bundle_id: rt::Field<::std::string::String>,
    /// The value for the minimum applicable operating system.
    ///
    /// CSDL: property `minimumSupportedOperatingSystem`: `microsoft.graph.iosMinimumOperatingSystem`, nullable.
    pub minimum_supported_operating_system: rt::Field<
        crate::v1::IosMinimumOperatingSystem,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for IosStoreApp {
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
            applicable_device_type: rt::Field::Absent,
            app_store_url: rt::Field::Absent,
            bundle_id: rt::Field::Absent,
            minimum_supported_operating_system: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for IosStoreApp {
    const TYPE_NAME: &'static str = "microsoft.graph.iosStoreApp";
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
        "applicableDeviceType",
        "appStoreUrl",
        "bundleId",
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
        ",\"applicableDeviceType\":         ",
        ",\"appStoreUrl\":                  ",
        ",\"bundleId\":                     ",
        ",\"minimumSupportedOperatingSystem\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosStoreApp\"";
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
        v.field(16usize, "applicable_device_type", &self.applicable_device_type);
        v.field(17usize, "app_store_url", &self.app_store_url);
        v.field(18usize, "bundle_id", &self.bundle_id);
        v.field(
            19usize,
            "minimum_supported_operating_system",
            &self.minimum_supported_operating_system,
        );
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for IosStoreApp {
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
            16usize => self.applicable_device_type.read_from(r),
            17usize => self.app_store_url.read_from(r),
            18usize => self.bundle_id.read_from(r),
            19usize => self.minimum_supported_operating_system.read_from(r),
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
        w.field(16usize, &self.applicable_device_type);
        w.field(17usize, &self.app_store_url);
        w.field(18usize, &self.bundle_id);
        w.field(19usize, &self.minimum_supported_operating_system);
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
rt::impl_object!(IosStoreApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    IosStoreApp { with_id id : ::std::string::String; with_created_date_time
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
    ::std::vec::Vec < crate ::v1::MobileAppCategory >; with_applicable_device_type
    applicable_device_type : crate ::v1::IosDeviceType; with_app_store_url app_store_url
    : ::std::string::String; with_bundle_id bundle_id : ::std::string::String;
    with_minimum_supported_operating_system minimum_supported_operating_system : crate
    ::v1::IosMinimumOperatingSystem; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosStoreApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties used to assign an iOS Store mobile app to a group.
///
/// CSDL: `microsoft.graph.iosStoreAppAssignmentSettings`, complex type, derived from `microsoft.graph.mobileAppAssignmentSettings`.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct IosStoreAppAssignmentSettings {
    /// When TRUE, indicates that the app can be uninstalled by the user. When FALSE, indicates that the app cannot be uninstalled by the user. By default, this property is set to null which internally is treated as TRUE.
    ///
    /// CSDL: property `isRemovable`: `Edm.Boolean`, nullable.
    pub is_removable: rt::Field<bool>,
    /// When TRUE, indicates that the app should be uninstalled when the device is removed from Intune. When FALSE, indicates that the app will not be uninstalled when the device is removed from Intune. By default, property is set to null which internally is treated as TRUE.
    ///
    /// CSDL: property `uninstallOnDeviceRemoval`: `Edm.Boolean`, nullable.
    pub uninstall_on_device_removal: rt::Field<bool>,
    /// This is the unique identifier (Id) of the VPN Configuration to apply to the app.
    ///
    /// CSDL: property `vpnConfigurationId`: `Edm.String`, nullable.
    pub vpn_configuration_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for IosStoreAppAssignmentSettings {
    #[inline]
    fn default() -> Self {
        Self {
            is_removable: rt::Field::Absent,
            uninstall_on_device_removal: rt::Field::Absent,
            vpn_configuration_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for IosStoreAppAssignmentSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.iosStoreAppAssignmentSettings";
    const KEYS: &'static [&'static str] = &[
        "isRemovable",
        "uninstallOnDeviceRemoval",
        "vpnConfigurationId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isRemovable\":                  ",
        ",\"uninstallOnDeviceRemoval\":     ",
        ",\"vpnConfigurationId\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosStoreAppAssignmentSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_removable", &self.is_removable);
        v.field(
            1usize,
            "uninstall_on_device_removal",
            &self.uninstall_on_device_removal,
        );
        v.field(2usize, "vpn_configuration_id", &self.vpn_configuration_id);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for IosStoreAppAssignmentSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_removable.read_from(r),
            1usize => self.uninstall_on_device_removal.read_from(r),
            2usize => self.vpn_configuration_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_removable);
        w.field(1usize, &self.uninstall_on_device_removal);
        w.field(2usize, &self.vpn_configuration_id);
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
rt::impl_object!(IosStoreAppAssignmentSettings);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    IosStoreAppAssignmentSettings { with_is_removable is_removable : bool;
    with_uninstall_on_device_removal uninstall_on_device_removal : bool;
    with_vpn_configuration_id vpn_configuration_id : ::std::string::String; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosStoreAppAssignmentSettings);
#[cfg(msgraph_v1_device_management_or_search)]
/// IOS Update Configuration, allows you to configure time window within week to install iOS updates
///
/// CSDL: `microsoft.graph.iosUpdateConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<IosUpdateConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct IosUpdateConfiguration {
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
    /// Active Hours End (active hours mean the time window when updates install should not happen)
    ///
    /// CSDL: property `activeHoursEnd`: `Edm.TimeOfDay`, not nullable.
    pub active_hours_end: rt::Field<rt::edm::TimeOfDay>,
    /// Active Hours Start (active hours mean the time window when updates install should not happen)
    ///
    /// CSDL: property `activeHoursStart`: `Edm.TimeOfDay`, not nullable.
    pub active_hours_start: rt::Field<rt::edm::TimeOfDay>,
    /// Days in week for which active hours are configured. This collection can contain a maximum of 7 elements.
    ///
    /// CSDL: property `scheduledInstallDays`: `Collection(microsoft.graph.dayOfWeek)`, not nullable.
    pub scheduled_install_days: rt::Field<::std::vec::Vec<crate::v1::DayOfWeek>>,
    /// UTC Time Offset indicated in minutes
    ///
    /// CSDL: property `utcTimeOffsetInMinutes`: `Edm.Int32`, nullable.
    pub utc_time_offset_in_minutes: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for IosUpdateConfiguration {
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
            active_hours_end: rt::Field::Absent,
            active_hours_start: rt::Field::Absent,
            scheduled_install_days: rt::Field::Absent,
            utc_time_offset_in_minutes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for IosUpdateConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.iosUpdateConfiguration";
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
        "activeHoursEnd",
        "activeHoursStart",
        "scheduledInstallDays",
        "utcTimeOffsetInMinutes",
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
        ",\"activeHoursEnd\":               ",
        ",\"activeHoursStart\":             ",
        ",\"scheduledInstallDays\":         ",
        ",\"utcTimeOffsetInMinutes\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosUpdateConfiguration\"";
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
        v.field(12usize, "active_hours_end", &self.active_hours_end);
        v.field(13usize, "active_hours_start", &self.active_hours_start);
        v.field(14usize, "scheduled_install_days", &self.scheduled_install_days);
        v.field(15usize, "utc_time_offset_in_minutes", &self.utc_time_offset_in_minutes);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for IosUpdateConfiguration {
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
            12usize => self.active_hours_end.read_from(r),
            13usize => self.active_hours_start.read_from(r),
            14usize => self.scheduled_install_days.read_from(r),
            15usize => self.utc_time_offset_in_minutes.read_from(r),
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
        w.field(12usize, &self.active_hours_end);
        w.field(13usize, &self.active_hours_start);
        w.field(14usize, &self.scheduled_install_days);
        w.field(15usize, &self.utc_time_offset_in_minutes);
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
rt::impl_object!(IosUpdateConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    IosUpdateConfiguration { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_version version : i32; with_assignments assignments : ::std::vec::Vec < crate
    ::v1::DeviceConfigurationAssignment >; with_device_setting_state_summaries
    device_setting_state_summaries : ::std::vec::Vec < crate
    ::v1::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::v1::DeviceConfigurationDeviceOverview; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::v1::DeviceConfigurationUserStatus >;
    with_user_status_overview user_status_overview : crate
    ::v1::DeviceConfigurationUserOverview; with_active_hours_end active_hours_end :
    rt::edm::TimeOfDay; with_active_hours_start active_hours_start : rt::edm::TimeOfDay;
    with_scheduled_install_days scheduled_install_days : ::std::vec::Vec < crate
    ::v1::DayOfWeek >; with_utc_time_offset_in_minutes utc_time_offset_in_minutes : i32;
    }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosUpdateConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.iosUpdateDeviceStatus`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct IosUpdateDeviceStatus {
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
    /// The device id that is being reported.
    ///
    /// CSDL: property `deviceId`: `Edm.String`, nullable.
    pub device_id: rt::Field<::std::string::String>,
    /// The device model that is being reported
    ///
    /// CSDL: property `deviceModel`: `Edm.String`, nullable.
    pub device_model: rt::Field<::std::string::String>,
    /// The installation status of the policy report.
    ///
    /// CSDL: property `installStatus`: `microsoft.graph.iosUpdatesInstallStatus`, not nullable.
    pub install_status: rt::Field<crate::v1::IosUpdatesInstallStatus>,
    /// Last modified date time of the policy report.
    ///
    /// CSDL: property `lastReportedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_reported_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The device version that is being reported.
    ///
    /// CSDL: property `osVersion`: `Edm.String`, nullable.
    pub os_version: rt::Field<::std::string::String>,
    /// Compliance status of the policy report.
    ///
    /// CSDL: property `status`: `microsoft.graph.complianceStatus`, not nullable.
    pub status: rt::Field<crate::v1::ComplianceStatus>,
    /// The User id that is being reported.
    ///
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
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
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for IosUpdateDeviceStatus {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            compliance_grace_period_expiration_date_time: rt::Field::Absent,
            device_display_name: rt::Field::Absent,
            device_id: rt::Field::Absent,
            device_model: rt::Field::Absent,
            install_status: rt::Field::Absent,
            last_reported_date_time: rt::Field::Absent,
            os_version: rt::Field::Absent,
            status: rt::Field::Absent,
            user_id: rt::Field::Absent,
            user_name: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for IosUpdateDeviceStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.iosUpdateDeviceStatus";
    const KEYS: &'static [&'static str] = &[
        "id",
        "complianceGracePeriodExpirationDateTime",
        "deviceDisplayName",
        "deviceId",
        "deviceModel",
        "installStatus",
        "lastReportedDateTime",
        "osVersion",
        "status",
        "userId",
        "userName",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"complianceGracePeriodExpirationDateTime\":",
        ",\"deviceDisplayName\":            ",
        ",\"deviceId\":                     ",
        ",\"deviceModel\":                  ",
        ",\"installStatus\":                ",
        ",\"lastReportedDateTime\":         ",
        ",\"osVersion\":                    ",
        ",\"status\":                       ",
        ",\"userId\":                       ",
        ",\"userName\":                     ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosUpdateDeviceStatus\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "compliance_grace_period_expiration_date_time",
            &self.compliance_grace_period_expiration_date_time,
        );
        v.field(2usize, "device_display_name", &self.device_display_name);
        v.field(3usize, "device_id", &self.device_id);
        v.field(4usize, "device_model", &self.device_model);
        v.field(5usize, "install_status", &self.install_status);
        v.field(6usize, "last_reported_date_time", &self.last_reported_date_time);
        v.field(7usize, "os_version", &self.os_version);
        v.field(8usize, "status", &self.status);
        v.field(9usize, "user_id", &self.user_id);
        v.field(10usize, "user_name", &self.user_name);
        v.field(11usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for IosUpdateDeviceStatus {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.compliance_grace_period_expiration_date_time.read_from(r),
            2usize => self.device_display_name.read_from(r),
            3usize => self.device_id.read_from(r),
            4usize => self.device_model.read_from(r),
            5usize => self.install_status.read_from(r),
            6usize => self.last_reported_date_time.read_from(r),
            7usize => self.os_version.read_from(r),
            8usize => self.status.read_from(r),
            9usize => self.user_id.read_from(r),
            10usize => self.user_name.read_from(r),
            11usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.compliance_grace_period_expiration_date_time);
        w.field(2usize, &self.device_display_name);
        w.field(3usize, &self.device_id);
        w.field(4usize, &self.device_model);
        w.field(5usize, &self.install_status);
        w.field(6usize, &self.last_reported_date_time);
        w.field(7usize, &self.os_version);
        w.field(8usize, &self.status);
        w.field(9usize, &self.user_id);
        w.field(10usize, &self.user_name);
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(IosUpdateDeviceStatus);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    IosUpdateDeviceStatus { with_id id : ::std::string::String;
    with_compliance_grace_period_expiration_date_time
    compliance_grace_period_expiration_date_time : rt::edm::DateTimeOffset;
    with_device_display_name device_display_name : ::std::string::String; with_device_id
    device_id : ::std::string::String; with_device_model device_model :
    ::std::string::String; with_install_status install_status : crate
    ::v1::IosUpdatesInstallStatus; with_last_reported_date_time last_reported_date_time :
    rt::edm::DateTimeOffset; with_os_version os_version : ::std::string::String;
    with_status status : crate ::v1::ComplianceStatus; with_user_id user_id :
    ::std::string::String; with_user_name user_name : ::std::string::String;
    with_user_principal_name user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosUpdateDeviceStatus);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.iosUpdatesInstallStatus`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum IosUpdatesInstallStatus {
    /// `deviceOsHigherThanDesiredOsVersion` (value -2016330696).
    DeviceOsHigherThanDesiredOsVersion,
    /// `sharedDeviceUserLoggedInError` (value -2016330699).
    SharedDeviceUserLoggedInError,
    /// `notSupportedOperation` (value -2016330701).
    NotSupportedOperation,
    /// `installFailed` (value -2016330702).
    InstallFailed,
    /// `installPhoneCallInProgress` (value -2016330703).
    InstallPhoneCallInProgress,
    /// `installInsufficientPower` (value -2016330704).
    InstallInsufficientPower,
    /// `installInsufficientSpace` (value -2016330705).
    InstallInsufficientSpace,
    /// `installing` (value -2016330706).
    Installing,
    /// `downloadInsufficientNetwork` (value -2016330707).
    DownloadInsufficientNetwork,
    /// `downloadInsufficientPower` (value -2016330708).
    DownloadInsufficientPower,
    /// `downloadInsufficientSpace` (value -2016330709).
    DownloadInsufficientSpace,
    /// `downloadRequiresComputer` (value -2016330710).
    DownloadRequiresComputer,
    /// `downloadFailed` (value -2016330711).
    DownloadFailed,
    /// `downloading` (value -2016330712).
    Downloading,
    /// `success` (value 0).
    Success,
    /// `available` (value 1).
    Available,
    /// `idle` (value 2).
    Idle,
    /// `unknown` (value 3).
    Unknown,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for IosUpdatesInstallStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.iosUpdatesInstallStatus";
    const MEMBERS: &'static [&'static str] = &[
        "deviceOsHigherThanDesiredOsVersion",
        "sharedDeviceUserLoggedInError",
        "notSupportedOperation",
        "installFailed",
        "installPhoneCallInProgress",
        "installInsufficientPower",
        "installInsufficientSpace",
        "installing",
        "downloadInsufficientNetwork",
        "downloadInsufficientPower",
        "downloadInsufficientSpace",
        "downloadRequiresComputer",
        "downloadFailed",
        "downloading",
        "success",
        "available",
        "idle",
        "unknown",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "deviceOsHigherThanDesiredOsVersion" => {
                    Self::DeviceOsHigherThanDesiredOsVersion
                }
                "sharedDeviceUserLoggedInError" => Self::SharedDeviceUserLoggedInError,
                "notSupportedOperation" => Self::NotSupportedOperation,
                "installFailed" => Self::InstallFailed,
                "installPhoneCallInProgress" => Self::InstallPhoneCallInProgress,
                "installInsufficientPower" => Self::InstallInsufficientPower,
                "installInsufficientSpace" => Self::InstallInsufficientSpace,
                "installing" => Self::Installing,
                "downloadInsufficientNetwork" => Self::DownloadInsufficientNetwork,
                "downloadInsufficientPower" => Self::DownloadInsufficientPower,
                "downloadInsufficientSpace" => Self::DownloadInsufficientSpace,
                "downloadRequiresComputer" => Self::DownloadRequiresComputer,
                "downloadFailed" => Self::DownloadFailed,
                "downloading" => Self::Downloading,
                "success" => Self::Success,
                "available" => Self::Available,
                "idle" => Self::Idle,
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
            Self::DeviceOsHigherThanDesiredOsVersion => {
                "deviceOsHigherThanDesiredOsVersion"
            }
            Self::SharedDeviceUserLoggedInError => "sharedDeviceUserLoggedInError",
            Self::NotSupportedOperation => "notSupportedOperation",
            Self::InstallFailed => "installFailed",
            Self::InstallPhoneCallInProgress => "installPhoneCallInProgress",
            Self::InstallInsufficientPower => "installInsufficientPower",
            Self::InstallInsufficientSpace => "installInsufficientSpace",
            Self::Installing => "installing",
            Self::DownloadInsufficientNetwork => "downloadInsufficientNetwork",
            Self::DownloadInsufficientPower => "downloadInsufficientPower",
            Self::DownloadInsufficientSpace => "downloadInsufficientSpace",
            Self::DownloadRequiresComputer => "downloadRequiresComputer",
            Self::DownloadFailed => "downloadFailed",
            Self::Downloading => "downloading",
            Self::Success => "success",
            Self::Available => "available",
            Self::Idle => "idle",
            Self::Unknown => "unknown",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(IosUpdatesInstallStatus);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosUpdatesInstallStatus);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties and inherited properties for iOS Volume-Purchased Program (VPP) Apps.
///
/// CSDL: `microsoft.graph.iosVppApp`, entity type, derived from `microsoft.graph.mobileApp`, key `id`.
///
/// Request builders: [`IosVppAppPath`](requests/trait.IosVppAppPath.html), what a path to one (`EntityPath<IosVppApp, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct IosVppApp {
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
    /// The applicable iOS Device Type.
    ///
    /// CSDL: property `applicableDeviceType`: `microsoft.graph.iosDeviceType`, nullable.
    pub applicable_device_type: rt::Field<crate::v1::IosDeviceType>,
    /// The store URL.
    ///
    /// CSDL: property `appStoreUrl`: `Edm.String`, nullable.
    pub app_store_url: rt::Field<::std::string::String>,
    /// The Identity Name.
    ///
    /// CSDL: property `bundleId`: `Edm.String`, nullable.
    pub bundle_id: rt::Field<::std::string::String>,
    /// The supported License Type.
    ///
    /// CSDL: property `licensingType`: `microsoft.graph.vppLicensingType`, nullable.
    pub licensing_type: rt::Field<crate::v1::VppLicensingType>,
    /// The VPP application release date and time.
    ///
    /// CSDL: property `releaseDateTime`: `Edm.DateTimeOffset`, nullable.
    pub release_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The total number of VPP licenses.
    ///
    /// CSDL: property `totalLicenseCount`: `Edm.Int32`, not nullable.
    pub total_license_count: rt::Field<i32>,
    /// The number of VPP licenses in use.
    ///
    /// CSDL: property `usedLicenseCount`: `Edm.Int32`, not nullable.
    pub used_license_count: rt::Field<i32>,
    /// The type of volume purchase program which the given Apple Volume Purchase Program Token is associated with. Possible values are: `business`, `education`.
    ///
    /// CSDL: property `vppTokenAccountType`: `microsoft.graph.vppTokenAccountType`, not nullable.
    pub vpp_token_account_type: rt::Field<crate::v1::VppTokenAccountType>,
    /// The Apple Id associated with the given Apple Volume Purchase Program Token.
    ///
    /// CSDL: property `vppTokenAppleId`: `Edm.String`, nullable.
    pub vpp_token_apple_id: rt::Field<::std::string::String>,
    /// The organization associated with the Apple Volume Purchase Program Token
    ///
    /// CSDL: property `vppTokenOrganizationName`: `Edm.String`, nullable.
    pub vpp_token_organization_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for IosVppApp {
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
            applicable_device_type: rt::Field::Absent,
            app_store_url: rt::Field::Absent,
            bundle_id: rt::Field::Absent,
            licensing_type: rt::Field::Absent,
            release_date_time: rt::Field::Absent,
            total_license_count: rt::Field::Absent,
            used_license_count: rt::Field::Absent,
            vpp_token_account_type: rt::Field::Absent,
            vpp_token_apple_id: rt::Field::Absent,
            vpp_token_organization_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for IosVppApp {
    const TYPE_NAME: &'static str = "microsoft.graph.iosVppApp";
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
        "applicableDeviceType",
        "appStoreUrl",
        "bundleId",
        "licensingType",
        "releaseDateTime",
        "totalLicenseCount",
        "usedLicenseCount",
        "vppTokenAccountType",
        "vppTokenAppleId",
        "vppTokenOrganizationName",
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
        ",\"applicableDeviceType\":         ",
        ",\"appStoreUrl\":                  ",
        ",\"bundleId\":                     ",
        ",\"licensingType\":                ",
        ",\"releaseDateTime\":              ",
        ",\"totalLicenseCount\":            ",
        ",\"usedLicenseCount\":             ",
        ",\"vppTokenAccountType\":          ",
        ",\"vppTokenAppleId\":              ",
        ",\"vppTokenOrganizationName\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosVppApp\"";
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
        v.field(16usize, "applicable_device_type", &self.applicable_device_type);
        v.field(17usize, "app_store_url", &self.app_store_url);
        v.field(18usize, "bundle_id", &self.bundle_id);
        v.field(19usize, "licensing_type", &self.licensing_type);
        v.field(20usize, "release_date_time", &self.release_date_time);
        v.field(21usize, "total_license_count", &self.total_license_count);
        v.field(22usize, "used_license_count", &self.used_license_count);
        v.field(23usize, "vpp_token_account_type", &self.vpp_token_account_type);
        v.field(24usize, "vpp_token_apple_id", &self.vpp_token_apple_id);
        v.field(
            25usize,
            "vpp_token_organization_name",
            &self.vpp_token_organization_name,
        );
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for IosVppApp {
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
            16usize => self.applicable_device_type.read_from(r),
            17usize => self.app_store_url.read_from(r),
            18usize => self.bundle_id.read_from(r),
            19usize => self.licensing_type.read_from(r),
            20usize => self.release_date_time.read_from(r),
            21usize => self.total_license_count.read_from(r),
            22usize => self.used_license_count.read_from(r),
            23usize => self.vpp_token_account_type.read_from(r),
            24usize => self.vpp_token_apple_id.read_from(r),
            25usize => self.vpp_token_organization_name.read_from(r),
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
        w.field(16usize, &self.applicable_device_type);
        w.field(17usize, &self.app_store_url);
        w.field(18usize, &self.bundle_id);
        w.field(19usize, &self.licensing_type);
        w.field(20usize, &self.release_date_time);
        w.field(21usize, &self.total_license_count);
        w.field(22usize, &self.used_license_count);
        w.field(23usize, &self.vpp_token_account_type);
        w.field(24usize, &self.vpp_token_apple_id);
        w.field(25usize, &self.vpp_token_organization_name);
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
rt::impl_object!(IosVppApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    IosVppApp { with_id id : ::std::string::String; with_created_date_time
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
    ::std::vec::Vec < crate ::v1::MobileAppCategory >; with_applicable_device_type
    applicable_device_type : crate ::v1::IosDeviceType; with_app_store_url app_store_url
    : ::std::string::String; with_bundle_id bundle_id : ::std::string::String;
    with_licensing_type licensing_type : crate ::v1::VppLicensingType;
    with_release_date_time release_date_time : rt::edm::DateTimeOffset;
    with_total_license_count total_license_count : i32; with_used_license_count
    used_license_count : i32; with_vpp_token_account_type vpp_token_account_type : crate
    ::v1::VppTokenAccountType; with_vpp_token_apple_id vpp_token_apple_id :
    ::std::string::String; with_vpp_token_organization_name vpp_token_organization_name :
    ::std::string::String; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosVppApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties used to assign an iOS VPP mobile app to a group.
///
/// CSDL: `microsoft.graph.iosVppAppAssignmentSettings`, complex type, derived from `microsoft.graph.mobileAppAssignmentSettings`.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct IosVppAppAssignmentSettings {
    /// Whether or not to use device licensing.
    ///
    /// CSDL: property `useDeviceLicensing`: `Edm.Boolean`, not nullable.
    pub use_device_licensing: rt::Field<bool>,
    /// The VPN Configuration Id to apply for this app.
    ///
    /// CSDL: property `vpnConfigurationId`: `Edm.String`, nullable.
    pub vpn_configuration_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for IosVppAppAssignmentSettings {
    #[inline]
    fn default() -> Self {
        Self {
            use_device_licensing: rt::Field::Absent,
            vpn_configuration_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for IosVppAppAssignmentSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.iosVppAppAssignmentSettings";
    const KEYS: &'static [&'static str] = &["useDeviceLicensing", "vpnConfigurationId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"useDeviceLicensing\":           ",
        ",\"vpnConfigurationId\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosVppAppAssignmentSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "use_device_licensing", &self.use_device_licensing);
        v.field(1usize, "vpn_configuration_id", &self.vpn_configuration_id);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for IosVppAppAssignmentSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.use_device_licensing.read_from(r),
            1usize => self.vpn_configuration_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.use_device_licensing);
        w.field(1usize, &self.vpn_configuration_id);
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
rt::impl_object!(IosVppAppAssignmentSettings);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    IosVppAppAssignmentSettings { with_use_device_licensing use_device_licensing : bool;
    with_vpn_configuration_id vpn_configuration_id : ::std::string::String; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosVppAppAssignmentSettings);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// A class containing the properties for iOS Vpp eBook.
///
/// CSDL: `microsoft.graph.iosVppEBook`, entity type, derived from `microsoft.graph.managedEBook`, key `id`.
///
/// Request builders: [`ManagedEBookPath`](requests/trait.ManagedEBookPath.html), what a path to one (`EntityPath<IosVppEBook, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct IosVppEBook {
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
    pub large_cover: rt::Field<crate::v1::MimeContent>,
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
    pub assignments: rt::Field<::std::vec::Vec<crate::v1::AnyManagedEBookAssignment>>,
    /// The list of installation states for this eBook.
    ///
    /// CSDL: containment navigation property `deviceStates`: `Collection(microsoft.graph.deviceInstallState)`, not nullable.
    pub device_states: rt::Field<::std::vec::Vec<crate::v1::DeviceInstallState>>,
    /// Mobile App Install Summary.
    ///
    /// CSDL: containment navigation property `installSummary`: `microsoft.graph.eBookInstallSummary`, nullable.
    pub install_summary: rt::Field<crate::v1::EBookInstallSummary>,
    /// The list of installation states for this eBook.
    ///
    /// CSDL: containment navigation property `userStateSummary`: `Collection(microsoft.graph.userInstallStateSummary)`, not nullable.
    pub user_state_summary: rt::Field<
        ::std::vec::Vec<crate::v1::UserInstallStateSummary>,
    >,
    /// The Apple ID associated with Vpp token.
    ///
    /// CSDL: property `appleId`: `Edm.String`, nullable.
    pub apple_id: rt::Field<::std::string::String>,
    /// Genres.
    ///
    /// CSDL: property `genres`: `Collection(Edm.String)`, nullable.
    pub genres: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Language.
    ///
    /// CSDL: property `language`: `Edm.String`, nullable.
    pub language: rt::Field<::std::string::String>,
    /// Seller.
    ///
    /// CSDL: property `seller`: `Edm.String`, nullable.
    pub seller: rt::Field<::std::string::String>,
    /// Total license count.
    ///
    /// CSDL: property `totalLicenseCount`: `Edm.Int32`, not nullable.
    pub total_license_count: rt::Field<i32>,
    /// Used license count.
    ///
    /// CSDL: property `usedLicenseCount`: `Edm.Int32`, not nullable.
    pub used_license_count: rt::Field<i32>,
    /// The Vpp token's organization name.
    ///
    /// CSDL: property `vppOrganizationName`: `Edm.String`, nullable.
    pub vpp_organization_name: rt::Field<::std::string::String>,
    /// The Vpp token ID.
    ///
    /// CSDL: property `vppTokenId`: `Edm.Guid`, not nullable.
    pub vpp_token_id: rt::Field<rt::edm::Guid>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for IosVppEBook {
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
            device_states: rt::Field::Absent,
            install_summary: rt::Field::Absent,
            user_state_summary: rt::Field::Absent,
            apple_id: rt::Field::Absent,
            genres: rt::Field::Absent,
            language: rt::Field::Absent,
            seller: rt::Field::Absent,
            total_license_count: rt::Field::Absent,
            used_license_count: rt::Field::Absent,
            vpp_organization_name: rt::Field::Absent,
            vpp_token_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for IosVppEBook {
    const TYPE_NAME: &'static str = "microsoft.graph.iosVppEBook";
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
        "deviceStates",
        "installSummary",
        "userStateSummary",
        "appleId",
        "genres",
        "language",
        "seller",
        "totalLicenseCount",
        "usedLicenseCount",
        "vppOrganizationName",
        "vppTokenId",
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
        ",\"deviceStates\":                 ",
        ",\"installSummary\":               ",
        ",\"userStateSummary\":             ",
        ",\"appleId\":                      ",
        ",\"genres\":                       ",
        ",\"language\":                     ",
        ",\"seller\":                       ",
        ",\"totalLicenseCount\":            ",
        ",\"usedLicenseCount\":             ",
        ",\"vppOrganizationName\":          ",
        ",\"vppTokenId\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosVppEBook\"";
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
        v.field(11usize, "device_states", &self.device_states);
        v.field(12usize, "install_summary", &self.install_summary);
        v.field(13usize, "user_state_summary", &self.user_state_summary);
        v.field(14usize, "apple_id", &self.apple_id);
        v.field(15usize, "genres", &self.genres);
        v.field(16usize, "language", &self.language);
        v.field(17usize, "seller", &self.seller);
        v.field(18usize, "total_license_count", &self.total_license_count);
        v.field(19usize, "used_license_count", &self.used_license_count);
        v.field(20usize, "vpp_organization_name", &self.vpp_organization_name);
        v.field(21usize, "vpp_token_id", &self.vpp_token_id);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for IosVppEBook {
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
            11usize => self.device_states.read_from(r),
            12usize => self.install_summary.read_from(r),
            13usize => self.user_state_summary.read_from(r),
            14usize => self.apple_id.read_from(r),
            15usize => self.genres.read_from(r),
            16usize => self.language.read_from(r),
            17usize => self.seller.read_from(r),
            18usize => self.total_license_count.read_from(r),
            19usize => self.used_license_count.read_from(r),
            20usize => self.vpp_organization_name.read_from(r),
            21usize => self.vpp_token_id.read_from(r),
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
        w.field(11usize, &self.device_states);
        w.field(12usize, &self.install_summary);
        w.field(13usize, &self.user_state_summary);
        w.field(14usize, &self.apple_id);
        w.field(15usize, &self.genres);
        w.field(16usize, &self.language);
        w.field(17usize, &self.seller);
        w.field(18usize, &self.total_license_count);
        w.field(19usize, &self.used_license_count);
        w.field(20usize, &self.vpp_organization_name);
        w.field(21usize, &self.vpp_token_id);
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
rt::impl_object!(IosVppEBook);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    IosVppEBook { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_information_url information_url : ::std::string::String; with_large_cover
    large_cover : crate ::v1::MimeContent; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_privacy_information_url
    privacy_information_url : ::std::string::String; with_published_date_time
    published_date_time : rt::edm::DateTimeOffset; with_publisher publisher :
    ::std::string::String; with_assignments assignments : ::std::vec::Vec < crate
    ::v1::AnyManagedEBookAssignment >; with_device_states device_states : ::std::vec::Vec
    < crate ::v1::DeviceInstallState >; with_install_summary install_summary : crate
    ::v1::EBookInstallSummary; with_user_state_summary user_state_summary :
    ::std::vec::Vec < crate ::v1::UserInstallStateSummary >; with_apple_id apple_id :
    ::std::string::String; with_genres genres : ::std::vec::Vec < ::std::string::String
    >; with_language language : ::std::string::String; with_seller seller :
    ::std::string::String; with_total_license_count total_license_count : i32;
    with_used_license_count used_license_count : i32; with_vpp_organization_name
    vpp_organization_name : ::std::string::String; with_vpp_token_id vpp_token_id :
    rt::edm::Guid; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosVppEBook);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties used to assign an iOS VPP EBook to a group.
///
/// CSDL: `microsoft.graph.iosVppEBookAssignment`, entity type, derived from `microsoft.graph.managedEBookAssignment`, key `id`.
///
/// Request builders: [`ManagedEBookAssignmentPath`](requests/trait.ManagedEBookAssignmentPath.html), what a path to one (`EntityPath<IosVppEBookAssignment, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct IosVppEBookAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The install intent for eBook.
    ///
    /// CSDL: property `installIntent`: `microsoft.graph.installIntent`, not nullable.
    pub install_intent: rt::Field<crate::v1::InstallIntent>,
    /// The assignment target for eBook.
    ///
    /// CSDL: property `target`: `microsoft.graph.deviceAndAppManagementAssignmentTarget`, nullable.
    pub target: rt::Field<crate::v1::AnyDeviceAndAppManagementAssignmentTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for IosVppEBookAssignment {
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
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for IosVppEBookAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.iosVppEBookAssignment";
    const KEYS: &'static [&'static str] = &["id", "installIntent", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"installIntent\":                ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosVppEBookAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "install_intent", &self.install_intent);
        v.field(2usize, "target", &self.target);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for IosVppEBookAssignment {
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_object!(IosVppEBookAssignment);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    IosVppEBookAssignment { with_id id : ::std::string::String; with_install_intent
    install_intent : crate ::v1::InstallIntent; with_target target : crate
    ::v1::AnyDeviceAndAppManagementAssignmentTarget; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosVppEBookAssignment);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties and inherited properties for iOS web apps.
///
/// CSDL: `microsoft.graph.iosiPadOSWebClip`, entity type, derived from `microsoft.graph.mobileApp`, key `id`.
///
/// Request builders: [`MobileAppPath`](requests/trait.MobileAppPath.html), what a path to one (`EntityPath<IosiPadOsWebClip, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct IosiPadOsWebClip {
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
    /// Indicates iOS/iPadOS web clip app URL. Example: "https://www.contoso.com"
    ///
    /// CSDL: property `appUrl`: `Edm.String`, nullable.
    pub app_url: rt::Field<::std::string::String>,
    /// Whether or not to use managed browser. When TRUE, the app will be required to be opened in Microsoft Edge. When FALSE, the app will not be required to be opened in Microsoft Edge. By default, this property is set to FALSE.
    ///
    /// CSDL: property `useManagedBrowser`: `Edm.Boolean`, not nullable.
    pub use_managed_browser: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for IosiPadOsWebClip {
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
            app_url: rt::Field::Absent,
            use_managed_browser: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for IosiPadOsWebClip {
    const TYPE_NAME: &'static str = "microsoft.graph.iosiPadOSWebClip";
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
        "appUrl",
        "useManagedBrowser",
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
        ",\"appUrl\":                       ",
        ",\"useManagedBrowser\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosiPadOSWebClip\"";
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
        v.field(16usize, "app_url", &self.app_url);
        v.field(17usize, "use_managed_browser", &self.use_managed_browser);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for IosiPadOsWebClip {
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
            16usize => self.app_url.read_from(r),
            17usize => self.use_managed_browser.read_from(r),
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
        w.field(16usize, &self.app_url);
        w.field(17usize, &self.use_managed_browser);
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
rt::impl_object!(IosiPadOsWebClip);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    IosiPadOsWebClip { with_id id : ::std::string::String; with_created_date_time
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
    ::std::vec::Vec < crate ::v1::MobileAppCategory >; with_app_url app_url :
    ::std::string::String; with_use_managed_browser use_managed_browser : bool; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosiPadOsWebClip);
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
/// CSDL: `microsoft.graph.iPv4CidrRange`, complex type, derived from `microsoft.graph.ipRange`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct IPv4CidrRange {
    /// CSDL: property `cidrAddress`: `Edm.String`, not nullable.
    pub cidr_address: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
impl ::std::default::Default for IPv4CidrRange {
    #[inline]
    fn default() -> Self {
        Self {
            cidr_address: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
impl rt::Object for IPv4CidrRange {
    const TYPE_NAME: &'static str = "microsoft.graph.iPv4CidrRange";
    const KEYS: &'static [&'static str] = &["cidrAddress"];
    const KEYS_JSON: &'static [&'static str] = &[",\"cidrAddress\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.iPv4CidrRange\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "cidr_address", &self.cidr_address);
    }
}
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
impl rt::object::Members for IPv4CidrRange {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.cidr_address.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.cidr_address);
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
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
rt::impl_object!(IPv4CidrRange);
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
rt::impl_setters!(
    IPv4CidrRange { with_cidr_address cidr_address : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
#[cfg(feature = "serde")]
rt::impl_serde!(IPv4CidrRange);
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
/// IPv4 Range definition.
///
/// CSDL: `microsoft.graph.iPv4Range`, complex type, derived from `microsoft.graph.ipRange`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct IPv4Range {
    /// Lower address.
    ///
    /// CSDL: property `lowerAddress`: `Edm.String`, not nullable.
    pub lower_address: rt::Field<::std::string::String>,
    /// Upper address.
    ///
    /// CSDL: property `upperAddress`: `Edm.String`, not nullable.
    pub upper_address: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
impl ::std::default::Default for IPv4Range {
    #[inline]
    fn default() -> Self {
        Self {
            lower_address: rt::Field::Absent,
            upper_address: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
impl rt::Object for IPv4Range {
    const TYPE_NAME: &'static str = "microsoft.graph.iPv4Range";
    const KEYS: &'static [&'static str] = &["lowerAddress", "upperAddress"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"lowerAddress\":                 ",
        ",\"upperAddress\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iPv4Range\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "lower_address", &self.lower_address);
        v.field(1usize, "upper_address", &self.upper_address);
    }
}
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
impl rt::object::Members for IPv4Range {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.lower_address.read_from(r),
            1usize => self.upper_address.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.lower_address);
        w.field(1usize, &self.upper_address);
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
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
rt::impl_object!(IPv4Range);
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
rt::impl_setters!(
    IPv4Range { with_lower_address lower_address : ::std::string::String;
    with_upper_address upper_address : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
#[cfg(feature = "serde")]
rt::impl_serde!(IPv4Range);
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
/// CSDL: `microsoft.graph.iPv6CidrRange`, complex type, derived from `microsoft.graph.ipRange`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct IPv6CidrRange {
    /// CSDL: property `cidrAddress`: `Edm.String`, not nullable.
    pub cidr_address: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
impl ::std::default::Default for IPv6CidrRange {
    #[inline]
    fn default() -> Self {
        Self {
            cidr_address: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
impl rt::Object for IPv6CidrRange {
    const TYPE_NAME: &'static str = "microsoft.graph.iPv6CidrRange";
    const KEYS: &'static [&'static str] = &["cidrAddress"];
    const KEYS_JSON: &'static [&'static str] = &[",\"cidrAddress\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.iPv6CidrRange\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "cidr_address", &self.cidr_address);
    }
}
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
impl rt::object::Members for IPv6CidrRange {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.cidr_address.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.cidr_address);
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
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
rt::impl_object!(IPv6CidrRange);
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
rt::impl_setters!(
    IPv6CidrRange { with_cidr_address cidr_address : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
#[cfg(feature = "serde")]
rt::impl_serde!(IPv6CidrRange);
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
/// IPv6 Range definition.
///
/// CSDL: `microsoft.graph.iPv6Range`, complex type, derived from `microsoft.graph.ipRange`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct IPv6Range {
    /// Lower address.
    ///
    /// CSDL: property `lowerAddress`: `Edm.String`, not nullable.
    pub lower_address: rt::Field<::std::string::String>,
    /// Upper address.
    ///
    /// CSDL: property `upperAddress`: `Edm.String`, not nullable.
    pub upper_address: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
impl ::std::default::Default for IPv6Range {
    #[inline]
    fn default() -> Self {
        Self {
            lower_address: rt::Field::Absent,
            upper_address: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
impl rt::Object for IPv6Range {
    const TYPE_NAME: &'static str = "microsoft.graph.iPv6Range";
    const KEYS: &'static [&'static str] = &["lowerAddress", "upperAddress"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"lowerAddress\":                 ",
        ",\"upperAddress\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iPv6Range\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "lower_address", &self.lower_address);
        v.field(1usize, "upper_address", &self.upper_address);
    }
}
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
impl rt::object::Members for IPv6Range {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.lower_address.read_from(r),
            1usize => self.upper_address.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.lower_address);
        w.field(1usize, &self.upper_address);
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
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
rt::impl_object!(IPv6Range);
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
rt::impl_setters!(
    IPv6Range { with_lower_address lower_address : ::std::string::String;
    with_upper_address upper_address : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
#[cfg(feature = "serde")]
rt::impl_serde!(IPv6Range);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.ipNamedLocation`, entity type, derived from `microsoft.graph.namedLocation`, key `id`.
///
/// Request builders: [`NamedLocationPath`](requests/trait.NamedLocationPath.html), what a path to one (`EntityPath<IpNamedLocation, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct IpNamedLocation {
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `ipRanges`: `Collection(microsoft.graph.ipRange)`, not nullable.
    pub ip_ranges: rt::Field<::std::vec::Vec<crate::v1::AnyIpRange>>,
    /// CSDL: property `isTrusted`: `Edm.Boolean`, not nullable.
    pub is_trusted: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for IpNamedLocation {
    #[inline]
    fn default() -> Self {
        Self {
            deleted_date_time: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            ip_ranges: rt::Field::Absent,
            is_trusted: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for IpNamedLocation {
    const TYPE_NAME: &'static str = "microsoft.graph.ipNamedLocation";
    const KEYS: &'static [&'static str] = &[
        "deletedDateTime",
        "createdDateTime",
        "displayName",
        "id",
        "modifiedDateTime",
        "ipRanges",
        "isTrusted",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deletedDateTime\":              ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"id\":                           ",
        ",\"modifiedDateTime\":             ",
        ",\"ipRanges\":                     ",
        ",\"isTrusted\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.ipNamedLocation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "deleted_date_time", &self.deleted_date_time);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "id", &self.id);
        v.field(4usize, "modified_date_time", &self.modified_date_time);
        v.field(5usize, "ip_ranges", &self.ip_ranges);
        v.field(6usize, "is_trusted", &self.is_trusted);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for IpNamedLocation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.deleted_date_time.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.id.read_from(r),
            4usize => self.modified_date_time.read_from(r),
            5usize => self.ip_ranges.read_from(r),
            6usize => self.is_trusted.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.deleted_date_time);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.id);
        w.field(4usize, &self.modified_date_time);
        w.field(5usize, &self.ip_ranges);
        w.field(6usize, &self.is_trusted);
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_object!(IpNamedLocation);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    IpNamedLocation { with_deleted_date_time deleted_date_time : rt::edm::DateTimeOffset;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_display_name
    display_name : ::std::string::String; with_id id : ::std::string::String;
    with_modified_date_time modified_date_time : rt::edm::DateTimeOffset; with_ip_ranges
    ip_ranges : ::std::vec::Vec < crate ::v1::AnyIpRange >; with_is_trusted is_trusted :
    bool; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IpNamedLocation);
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
/// CSDL: `microsoft.graph.ipRange`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct IpRange {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
impl ::std::default::Default for IpRange {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
impl rt::Object for IpRange {
    const TYPE_NAME: &'static str = "microsoft.graph.ipRange";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.ipRange\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
impl rt::object::Members for IpRange {
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
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
rt::impl_object!(IpRange);
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
#[cfg(feature = "serde")]
rt::impl_serde!(IpRange);
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
/// `microsoft.graph.ipRange` or any type derived from it, selected by `@odata.type` (5 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyIpRange {
    IpRange(::std::boxed::Box<crate::v1::IpRange>),
    IPv4CidrRange(::std::boxed::Box<crate::v1::IPv4CidrRange>),
    IPv4Range(::std::boxed::Box<crate::v1::IPv4Range>),
    IPv6CidrRange(::std::boxed::Box<crate::v1::IPv6CidrRange>),
    IPv6Range(::std::boxed::Box<crate::v1::IPv6Range>),
}
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
impl ::std::default::Default for AnyIpRange {
    #[inline]
    fn default() -> Self {
        Self::IpRange(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IpRange> for AnyIpRange {
    #[inline]
    fn from(v: crate::v1::IpRange) -> Self {
        Self::IpRange(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IPv4CidrRange> for AnyIpRange {
    #[inline]
    fn from(v: crate::v1::IPv4CidrRange) -> Self {
        Self::IPv4CidrRange(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IPv4Range> for AnyIpRange {
    #[inline]
    fn from(v: crate::v1::IPv4Range) -> Self {
        Self::IPv4Range(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IPv6CidrRange> for AnyIpRange {
    #[inline]
    fn from(v: crate::v1::IPv6CidrRange) -> Self {
        Self::IPv6CidrRange(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IPv6Range> for AnyIpRange {
    #[inline]
    fn from(v: crate::v1::IPv6Range) -> Self {
        Self::IPv6Range(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
unsafe impl ::std::marker::Send for AnyIpRange {}
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
unsafe impl ::std::marker::Sync for AnyIpRange {}
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
impl ::std::marker::Unpin for AnyIpRange {}
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
impl ::std::panic::UnwindSafe for AnyIpRange {}
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
impl ::std::panic::RefUnwindSafe for AnyIpRange {}
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
const _: () = {
    rt::object::auto_traits::<crate::v1::IpRange>();
    rt::object::auto_traits::<crate::v1::IPv4CidrRange>();
    rt::object::auto_traits::<crate::v1::IPv4Range>();
    rt::object::auto_traits::<crate::v1::IPv6CidrRange>();
    rt::object::auto_traits::<crate::v1::IPv6Range>();
};
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
impl rt::Poly for AnyIpRange {
    const BASE_NAME: &'static str = "microsoft.graph.ipRange";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.iPv4CidrRange") => {
                Self::IPv4CidrRange(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.iPv4Range") => {
                Self::IPv4Range(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.iPv6CidrRange") => {
                Self::IPv6CidrRange(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.iPv6Range") => {
                Self::IPv6Range(rt::object::new_boxed())
            }
            _ => Self::IpRange(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::IpRange(v) => &**v,
            Self::IPv4CidrRange(v) => &**v,
            Self::IPv4Range(v) => &**v,
            Self::IPv6CidrRange(v) => &**v,
            Self::IPv6Range(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::IpRange(v) => &mut **v,
            Self::IPv4CidrRange(v) => &mut **v,
            Self::IPv4Range(v) => &mut **v,
            Self::IPv6CidrRange(v) => &mut **v,
            Self::IPv6Range(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
impl AnyIpRange {
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
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
rt::impl_poly!(AnyIpRange);
#[cfg(msgraph_v1_core_or_device_app_management_or_identity)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyIpRange);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.itemActionStat`, complex type, open.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ItemActionStat {
    /// CSDL: property `actionCount`: `Edm.Int32`, nullable.
    pub action_count: rt::Field<i32>,
    /// CSDL: property `actorCount`: `Edm.Int32`, nullable.
    pub actor_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl ::std::default::Default for ItemActionStat {
    #[inline]
    fn default() -> Self {
        Self {
            action_count: rt::Field::Absent,
            actor_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::Object for ItemActionStat {
    const TYPE_NAME: &'static str = "microsoft.graph.itemActionStat";
    const KEYS: &'static [&'static str] = &["actionCount", "actorCount"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"actionCount\":                  ",
        ",\"actorCount\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.itemActionStat\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "action_count", &self.action_count);
        v.field(1usize, "actor_count", &self.actor_count);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::object::Members for ItemActionStat {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.action_count.read_from(r),
            1usize => self.actor_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.action_count);
        w.field(1usize, &self.actor_count);
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
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_object!(ItemActionStat);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    ItemActionStat { with_action_count action_count : i32; with_actor_count actor_count :
    i32; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(ItemActionStat);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.itemAttachment`, entity type, derived from `microsoft.graph.attachment`, key `id`.
///
/// Request builders: [`ItemAttachmentPath`](requests/trait.ItemAttachmentPath.html), what a path to one (`EntityPath<ItemAttachment, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ItemAttachment {
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
    /// CSDL: containment navigation property `item`: `microsoft.graph.outlookItem`, nullable.
    pub item: rt::Field<crate::v1::AnyOutlookItem>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ItemAttachment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            content_type: rt::Field::Absent,
            is_inline: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            name: rt::Field::Absent,
            size: rt::Field::Absent,
            item: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ItemAttachment {
    const TYPE_NAME: &'static str = "microsoft.graph.itemAttachment";
    const KEYS: &'static [&'static str] = &[
        "id",
        "contentType",
        "isInline",
        "lastModifiedDateTime",
        "name",
        "size",
        "item",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"contentType\":                  ",
        ",\"isInline\":                     ",
        ",\"lastModifiedDateTime\":         ",
        ",\"name\":                         ",
        ",\"size\":                         ",
        ",\"item\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.itemAttachment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "content_type", &self.content_type);
        v.field(2usize, "is_inline", &self.is_inline);
        v.field(3usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(4usize, "name", &self.name);
        v.field(5usize, "size", &self.size);
        v.field(6usize, "item", &self.item);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ItemAttachment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.content_type.read_from(r),
            2usize => self.is_inline.read_from(r),
            3usize => self.last_modified_date_time.read_from(r),
            4usize => self.name.read_from(r),
            5usize => self.size.read_from(r),
            6usize => self.item.read_from(r),
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
        w.field(6usize, &self.item);
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
rt::impl_object!(ItemAttachment);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ItemAttachment { with_id id : ::std::string::String; with_content_type content_type :
    ::std::string::String; with_is_inline is_inline : bool; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_name name :
    ::std::string::String; with_size size : i32; with_item item : crate
    ::v1::AnyOutlookItem; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ItemAttachment);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.itemRetentionLabel`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ItemRetentionLabelPath`](requests/trait.ItemRetentionLabelPath.html), what a path to one (`EntityPath<ItemRetentionLabel, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct ItemRetentionLabel {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isLabelAppliedExplicitly`: `Edm.Boolean`, nullable.
    pub is_label_applied_explicitly: rt::Field<bool>,
    /// CSDL: property `labelAppliedBy`: `microsoft.graph.identitySet`, nullable.
    pub label_applied_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `labelAppliedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub label_applied_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `retentionSettings`: `microsoft.graph.retentionLabelSettings`, nullable.
    pub retention_settings: rt::Field<crate::v1::RetentionLabelSettings>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for ItemRetentionLabel {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_label_applied_explicitly: rt::Field::Absent,
            label_applied_by: rt::Field::Absent,
            label_applied_date_time: rt::Field::Absent,
            name: rt::Field::Absent,
            retention_settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for ItemRetentionLabel {
    const TYPE_NAME: &'static str = "microsoft.graph.itemRetentionLabel";
    const KEYS: &'static [&'static str] = &[
        "id",
        "isLabelAppliedExplicitly",
        "labelAppliedBy",
        "labelAppliedDateTime",
        "name",
        "retentionSettings",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isLabelAppliedExplicitly\":     ",
        ",\"labelAppliedBy\":               ",
        ",\"labelAppliedDateTime\":         ",
        ",\"name\":                         ",
        ",\"retentionSettings\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.itemRetentionLabel\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "is_label_applied_explicitly",
            &self.is_label_applied_explicitly,
        );
        v.field(2usize, "label_applied_by", &self.label_applied_by);
        v.field(3usize, "label_applied_date_time", &self.label_applied_date_time);
        v.field(4usize, "name", &self.name);
        v.field(5usize, "retention_settings", &self.retention_settings);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for ItemRetentionLabel {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_label_applied_explicitly.read_from(r),
            2usize => self.label_applied_by.read_from(r),
            3usize => self.label_applied_date_time.read_from(r),
            4usize => self.name.read_from(r),
            5usize => self.retention_settings.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_label_applied_explicitly);
        w.field(2usize, &self.label_applied_by);
        w.field(3usize, &self.label_applied_date_time);
        w.field(4usize, &self.name);
        w.field(5usize, &self.retention_settings);
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
rt::impl_object!(ItemRetentionLabel);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    ItemRetentionLabel { with_id id : ::std::string::String;
    with_is_label_applied_explicitly is_label_applied_explicitly : bool;
    with_label_applied_by label_applied_by : crate ::v1::AnyIdentitySet;
    with_label_applied_date_time label_applied_date_time : rt::edm::DateTimeOffset;
    with_name name : ::std::string::String; with_retention_settings retention_settings :
    crate ::v1::RetentionLabelSettings; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ItemRetentionLabel);
