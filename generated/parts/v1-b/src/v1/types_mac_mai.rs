//! Types of `microsoft.graph` by the first letters of their names (`mac_mai`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_device_management_or_search)]
/// This class contains compliance settings for Mac OS.
///
/// CSDL: `microsoft.graph.macOSCompliancePolicy`, entity type, derived from `microsoft.graph.deviceCompliancePolicy`, key `id`.
///
/// Request builders: [`DeviceCompliancePolicyPath`](requests/trait.DeviceCompliancePolicyPath.html), what a path to one (`EntityPath<MacOsCompliancePolicy, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct MacOsCompliancePolicy {
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
    /// Specifies whether Mobile Threat Defense (MTD) must be enabled. When set to true, the device is marked noncompliant if MTD isn't enabled or doesn't report a threat level. When false, threat protection level requirements aren't enforced. Default is false.
    ///
    /// CSDL: property `deviceThreatProtectionEnabled`: `Edm.Boolean`, not nullable.
    pub device_threat_protection_enabled: rt::Field<bool>,
    /// Specifies the Mobile Threat Defense risk level threshold used to report noncompliance (for example, secured, medium, or high). When set to a value other than unavailable, the device is marked noncompliant if the reported risk level doesn't meet the configured requirement. Default is unavailable.
    ///
    /// CSDL: property `deviceThreatProtectionRequiredSecurityLevel`: `microsoft.graph.deviceThreatProtectionLevel`, not nullable.
    pub device_threat_protection_required_security_level: rt::Field<
        crate::v1::DeviceThreatProtectionLevel,
    >,
    /// Specifies whether Block all incoming connections must be enabled. When set to true, the device is marked noncompliant if the setting is disabled. Default is false.
    ///
    /// CSDL: property `firewallBlockAllIncoming`: `Edm.Boolean`, not nullable.
    pub firewall_block_all_incoming: rt::Field<bool>,
    /// Specifies whether the macOS application firewall must be enabled. When set to true, the device is marked noncompliant if the firewall is disabled. Default is false.
    ///
    /// CSDL: property `firewallEnabled`: `Edm.Boolean`, not nullable.
    pub firewall_enabled: rt::Field<bool>,
    /// Specifies whether Enable stealth mode must be enabled. When set to true, the device is marked noncompliant if the setting is disabled. Default is false.
    ///
    /// CSDL: property `firewallEnableStealthMode`: `Edm.Boolean`, not nullable.
    pub firewall_enable_stealth_mode: rt::Field<bool>,
    /// Specifies the maximum allowed macOS version. When set, the device is marked noncompliant if its OS version is higher than this value. Default is null, when set to default it is not evaluated.
    ///
    /// CSDL: property `osMaximumVersion`: `Edm.String`, nullable.
    pub os_maximum_version: rt::Field<::std::string::String>,
    /// Specifies the minimum allowed macOS version. When set, the device is marked noncompliant if its OS version is lower than this value. Default is null, when set to default it is not evaluated.
    ///
    /// CSDL: property `osMinimumVersion`: `Edm.String`, nullable.
    pub os_minimum_version: rt::Field<::std::string::String>,
    /// Specifies whether simple passwords such as 1111 or 1234 are allowed. When set to true, the device is marked noncompliant if it allows simple passwords. Default is false.
    ///
    /// CSDL: property `passwordBlockSimple`: `Edm.Boolean`, not nullable.
    pub password_block_simple: rt::Field<bool>,
    /// Specifies the maximum password age in days. When set, the device is marked noncompliant if the password age exceeds this value. Valid values are 1 to 65535. Default is null, when set to default it is not evaluated. Valid values 1 to 65535
    ///
    /// CSDL: property `passwordExpirationDays`: `Edm.Int32`, nullable.
    pub password_expiration_days: rt::Field<i32>,
    /// Specifies the minimum number of character sets required in the password. When set, the device is marked noncompliant if the password doesn't meet this requirement. Default is null, when set to default it is not evaluated.
    ///
    /// CSDL: property `passwordMinimumCharacterSetCount`: `Edm.Int32`, nullable.
    pub password_minimum_character_set_count: rt::Field<i32>,
    /// Specifies the minimum password length. When set, the device is marked noncompliant if the password length is less than this value. Valid values are 4 to 14. Default is null, when set to default it is not evaluated. Valid values 4 to 14
    ///
    /// CSDL: property `passwordMinimumLength`: `Edm.Int32`, nullable.
    pub password_minimum_length: rt::Field<i32>,
    /// Specifies the maximum minutes of inactivity before a password is required to unlock the device. When set, the device is marked noncompliant if it allows a longer inactivity period. Default is null, when set to default it is not evaluated.
    ///
    /// CSDL: property `passwordMinutesOfInactivityBeforeLock`: `Edm.Int32`, nullable.
    pub password_minutes_of_inactivity_before_lock: rt::Field<i32>,
    /// Specifies the number of previous passwords that can't be reused. When set, the device is marked noncompliant if it doesn't enforce this history count. Valid values are 1 to 24. Default is null, when set to default it is not evaluated. Valid values 1 to 24
    ///
    /// CSDL: property `passwordPreviousPasswordBlockCount`: `Edm.Int32`, nullable.
    pub password_previous_password_block_count: rt::Field<i32>,
    /// Specifies whether a device password is required. When set to true, the device is marked noncompliant if a password isn't configured. Default is false.
    ///
    /// CSDL: property `passwordRequired`: `Edm.Boolean`, not nullable.
    pub password_required: rt::Field<bool>,
    /// Specifies the required password type (for example, deviceDefault or alphanumeric). When set to a value other than deviceDefault, the device is marked noncompliant if the password type doesn't match. Default is deviceDefault.
    ///
    /// CSDL: property `passwordRequiredType`: `microsoft.graph.requiredPasswordType`, not nullable.
    pub password_required_type: rt::Field<crate::v1::RequiredPasswordType>,
    /// Specifies whether storage encryption is required on macOS devices. When set to true, the device is marked noncompliant if storage isn't encrypted. Default is false.
    ///
    /// CSDL: property `storageRequireEncryption`: `Edm.Boolean`, not nullable.
    pub storage_require_encryption: rt::Field<bool>,
    /// Specifies whether System Integrity Protection must be enabled. When set to true, the device is marked noncompliant if System Integrity Protection is disabled. Default is false.
    ///
    /// CSDL: property `systemIntegrityProtectionEnabled`: `Edm.Boolean`, not nullable.
    pub system_integrity_protection_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for MacOsCompliancePolicy {
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
            firewall_block_all_incoming: rt::Field::Absent,
            firewall_enabled: rt::Field::Absent,
            firewall_enable_stealth_mode: rt::Field::Absent,
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
            system_integrity_protection_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for MacOsCompliancePolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSCompliancePolicy";
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
        "firewallBlockAllIncoming",
        "firewallEnabled",
        "firewallEnableStealthMode",
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
        "systemIntegrityProtectionEnabled",
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
        ",\"firewallBlockAllIncoming\":     ",
        ",\"firewallEnabled\":              ",
        ",\"firewallEnableStealthMode\":    ",
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
        ",\"systemIntegrityProtectionEnabled\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSCompliancePolicy\"";
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
            "firewall_block_all_incoming",
            &self.firewall_block_all_incoming,
        );
        v.field(16usize, "firewall_enabled", &self.firewall_enabled);
        v.field(
            17usize,
            "firewall_enable_stealth_mode",
            &self.firewall_enable_stealth_mode,
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
        v.field(28usize, "storage_require_encryption", &self.storage_require_encryption);
        v.field(
            29usize,
            "system_integrity_protection_enabled",
            &self.system_integrity_protection_enabled,
        );
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for MacOsCompliancePolicy {
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
            15usize => self.firewall_block_all_incoming.read_from(r),
            16usize => self.firewall_enabled.read_from(r),
            17usize => self.firewall_enable_stealth_mode.read_from(r),
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
            28usize => self.storage_require_encryption.read_from(r),
            29usize => self.system_integrity_protection_enabled.read_from(r),
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
        w.field(15usize, &self.firewall_block_all_incoming);
        w.field(16usize, &self.firewall_enabled);
        w.field(17usize, &self.firewall_enable_stealth_mode);
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
        w.field(28usize, &self.storage_require_encryption);
        w.field(29usize, &self.system_integrity_protection_enabled);
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
rt::impl_object!(MacOsCompliancePolicy);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    MacOsCompliancePolicy { with_id id : ::std::string::String; with_created_date_time
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
    ::v1::DeviceThreatProtectionLevel; with_firewall_block_all_incoming
    firewall_block_all_incoming : bool; with_firewall_enabled firewall_enabled : bool;
    with_firewall_enable_stealth_mode firewall_enable_stealth_mode : bool;
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
    with_storage_require_encryption storage_require_encryption : bool;
    with_system_integrity_protection_enabled system_integrity_protection_enabled : bool;
    }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsCompliancePolicy);
#[cfg(msgraph_v1_device_management_or_search)]
/// This topic provides descriptions of the declared methods, properties and relationships exposed by the macOSCustomConfiguration resource.
///
/// CSDL: `microsoft.graph.macOSCustomConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<MacOsCustomConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct MacOsCustomConfiguration {
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
impl ::std::default::Default for MacOsCustomConfiguration {
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
impl rt::Object for MacOsCustomConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSCustomConfiguration";
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
    const TAG: &'static str = "\"#microsoft.graph.macOSCustomConfiguration\"";
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
impl rt::object::Members for MacOsCustomConfiguration {
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
rt::impl_object!(MacOsCustomConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    MacOsCustomConfiguration { with_id id : ::std::string::String; with_created_date_time
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
rt::impl_serde!(MacOsCustomConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
/// MacOS device features configuration profile.
///
/// CSDL: `microsoft.graph.macOSDeviceFeaturesConfiguration`, entity type, derived from `microsoft.graph.appleDeviceFeaturesConfigurationBase`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<MacOsDeviceFeaturesConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct MacOsDeviceFeaturesConfiguration {
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
impl ::std::default::Default for MacOsDeviceFeaturesConfiguration {
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
impl rt::Object for MacOsDeviceFeaturesConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSDeviceFeaturesConfiguration";
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
    const TAG: &'static str = "\"#microsoft.graph.macOSDeviceFeaturesConfiguration\"";
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
impl rt::object::Members for MacOsDeviceFeaturesConfiguration {
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
rt::impl_object!(MacOsDeviceFeaturesConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    MacOsDeviceFeaturesConfiguration { with_id id : ::std::string::String;
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
    ::v1::DeviceConfigurationUserOverview; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsDeviceFeaturesConfiguration);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties and inherited properties for the MacOS DMG (Apple Disk Image) App.
///
/// CSDL: `microsoft.graph.macOSDmgApp`, entity type, derived from `microsoft.graph.mobileLobApp`, key `id`.
///
/// Request builders: [`MacOsDmgAppPath`](requests/trait.MacOsDmgAppPath.html), what a path to one (`EntityPath<MacOsDmgApp, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct MacOsDmgApp {
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
    /// When TRUE, indicates that the app's version will NOT be used to detect if the app is installed on a device. When FALSE, indicates that the app's version will be used to detect if the app is installed on a device. Set this to true for apps that use a self update feature. The default value is FALSE.
    ///
    /// CSDL: property `ignoreVersionDetection`: `Edm.Boolean`, not nullable.
    pub ignore_version_detection: rt::Field<bool>,
    /// The list of .apps expected to be installed by the DMG (Apple Disk Image). This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `includedApps`: `Collection(microsoft.graph.macOSIncludedApp)`, not nullable.
    pub included_apps: rt::Field<::std::vec::Vec<crate::v1::MacOsIncludedApp>>,
    /// ComplexType macOSMinimumOperatingSystem that indicates the minimum operating system applicable for the application.
    ///
    /// CSDL: property `minimumSupportedOperatingSystem`: `microsoft.graph.macOSMinimumOperatingSystem`, nullable.
    pub minimum_supported_operating_system: rt::Field<
        crate::v1::MacOsMinimumOperatingSystem,
    >,
    /// The bundleId of the primary .app in the DMG (Apple Disk Image). This maps to the CFBundleIdentifier in the app's bundle configuration.
    ///
    /// CSDL: property `primaryBundleId`: `Edm.String`, not nullable.
    pub primary_bundle_id: rt::Field<::std::string::String>,
    /// The version of the primary .app in the DMG (Apple Disk Image). This maps to the CFBundleShortVersion in the app's bundle configuration.
    ///
    /// CSDL: property `primaryBundleVersion`: `Edm.String`, not nullable.
    pub primary_bundle_version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for MacOsDmgApp {
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
            ignore_version_detection: rt::Field::Absent,
            included_apps: rt::Field::Absent,
            minimum_supported_operating_system: rt::Field::Absent,
            primary_bundle_id: rt::Field::Absent,
            primary_bundle_version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for MacOsDmgApp {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSDmgApp";
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
        "ignoreVersionDetection",
        "includedApps",
        "minimumSupportedOperatingSystem",
        "primaryBundleId",
        "primaryBundleVersion",
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
        ",\"ignoreVersionDetection\":       ",
        ",\"includedApps\":                 ",
        ",\"minimumSupportedOperatingSystem\":",
        ",\"primaryBundleId\":              ",
        ",\"primaryBundleVersion\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSDmgApp\"";
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
        v.field(20usize, "ignore_version_detection", &self.ignore_version_detection);
        v.field(21usize, "included_apps", &self.included_apps);
        v.field(
            22usize,
            "minimum_supported_operating_system",
            &self.minimum_supported_operating_system,
        );
        v.field(23usize, "primary_bundle_id", &self.primary_bundle_id);
        v.field(24usize, "primary_bundle_version", &self.primary_bundle_version);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for MacOsDmgApp {
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
            20usize => self.ignore_version_detection.read_from(r),
            21usize => self.included_apps.read_from(r),
            22usize => self.minimum_supported_operating_system.read_from(r),
            23usize => self.primary_bundle_id.read_from(r),
            24usize => self.primary_bundle_version.read_from(r),
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
        w.field(20usize, &self.ignore_version_detection);
        w.field(21usize, &self.included_apps);
        w.field(22usize, &self.minimum_supported_operating_system);
        w.field(23usize, &self.primary_bundle_id);
        w.field(24usize, &self.primary_bundle_version);
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
rt::impl_object!(MacOsDmgApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    MacOsDmgApp { with_id id : ::std::string::String; with_created_date_time
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
    ::std::vec::Vec < crate ::v1::MobileAppContent >; with_ignore_version_detection
    ignore_version_detection : bool; with_included_apps included_apps : ::std::vec::Vec <
    crate ::v1::MacOsIncludedApp >; with_minimum_supported_operating_system
    minimum_supported_operating_system : crate ::v1::MacOsMinimumOperatingSystem;
    with_primary_bundle_id primary_bundle_id : ::std::string::String;
    with_primary_bundle_version primary_bundle_version : ::std::string::String; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsDmgApp);
#[cfg(msgraph_v1_device_management_or_search)]
/// This topic provides descriptions of the declared methods, properties and relationships exposed by the macOSGeneralDeviceConfiguration resource.
///
/// CSDL: `microsoft.graph.macOSGeneralDeviceConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<MacOsGeneralDeviceConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct MacOsGeneralDeviceConfiguration {
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
    /// List that is in the CompliantAppsList.
    ///
    /// CSDL: property `compliantAppListType`: `microsoft.graph.appListType`, not nullable.
    pub compliant_app_list_type: rt::Field<crate::v1::AppListType>,
    /// List of apps in the compliance (either allow list or block list, controlled by CompliantAppListType). This collection can contain a maximum of 10000 elements.
    ///
    /// CSDL: property `compliantAppsList`: `Collection(microsoft.graph.appListItem)`, nullable.
    pub compliant_apps_list: rt::Field<::std::vec::Vec<crate::v1::AppListItem>>,
    /// An email address lacking a suffix that matches any of these strings will be considered out-of-domain.
    ///
    /// CSDL: property `emailInDomainSuffixes`: `Collection(Edm.String)`, nullable.
    pub email_in_domain_suffixes: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Block simple passwords.
    ///
    /// CSDL: property `passwordBlockSimple`: `Edm.Boolean`, not nullable.
    pub password_block_simple: rt::Field<bool>,
    /// Number of days before the password expires.
    ///
    /// CSDL: property `passwordExpirationDays`: `Edm.Int32`, nullable.
    pub password_expiration_days: rt::Field<i32>,
    /// Number of character sets a password must contain. Valid values 0 to 4
    ///
    /// CSDL: property `passwordMinimumCharacterSetCount`: `Edm.Int32`, nullable.
    pub password_minimum_character_set_count: rt::Field<i32>,
    /// Minimum length of passwords.
    ///
    /// CSDL: property `passwordMinimumLength`: `Edm.Int32`, nullable.
    pub password_minimum_length: rt::Field<i32>,
    /// Minutes of inactivity required before a password is required.
    ///
    /// CSDL: property `passwordMinutesOfInactivityBeforeLock`: `Edm.Int32`, nullable.
    pub password_minutes_of_inactivity_before_lock: rt::Field<i32>,
    /// Minutes of inactivity required before the screen times out.
    ///
    /// CSDL: property `passwordMinutesOfInactivityBeforeScreenTimeout`: `Edm.Int32`, nullable.
    pub password_minutes_of_inactivity_before_screen_timeout: rt::Field<i32>,
    /// Number of previous passwords to block.
    ///
    /// CSDL: property `passwordPreviousPasswordBlockCount`: `Edm.Int32`, nullable.
    pub password_previous_password_block_count: rt::Field<i32>,
    /// Whether or not to require a password.
    ///
    /// CSDL: property `passwordRequired`: `Edm.Boolean`, not nullable.
    pub password_required: rt::Field<bool>,
    /// Type of password that is required.
    ///
    /// CSDL: property `passwordRequiredType`: `microsoft.graph.requiredPasswordType`, not nullable.
    pub password_required_type: rt::Field<crate::v1::RequiredPasswordType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for MacOsGeneralDeviceConfiguration {
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
            compliant_app_list_type: rt::Field::Absent,
            compliant_apps_list: rt::Field::Absent,
            email_in_domain_suffixes: rt::Field::Absent,
            password_block_simple: rt::Field::Absent,
            password_expiration_days: rt::Field::Absent,
            password_minimum_character_set_count: rt::Field::Absent,
            password_minimum_length: rt::Field::Absent,
            password_minutes_of_inactivity_before_lock: rt::Field::Absent,
            password_minutes_of_inactivity_before_screen_timeout: rt::Field::Absent,
            password_previous_password_block_count: rt::Field::Absent,
            password_required: rt::Field::Absent,
            password_required_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for MacOsGeneralDeviceConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSGeneralDeviceConfiguration";
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
        "compliantAppListType",
        "compliantAppsList",
        "emailInDomainSuffixes",
        "passwordBlockSimple",
        "passwordExpirationDays",
        "passwordMinimumCharacterSetCount",
        "passwordMinimumLength",
        "passwordMinutesOfInactivityBeforeLock",
        "passwordMinutesOfInactivityBeforeScreenTimeout",
        "passwordPreviousPasswordBlockCount",
        "passwordRequired",
        "passwordRequiredType",
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
        ",\"compliantAppListType\":         ",
        ",\"compliantAppsList\":            ",
        ",\"emailInDomainSuffixes\":        ",
        ",\"passwordBlockSimple\":          ",
        ",\"passwordExpirationDays\":       ",
        ",\"passwordMinimumCharacterSetCount\":",
        ",\"passwordMinimumLength\":        ",
        ",\"passwordMinutesOfInactivityBeforeLock\":",
        ",\"passwordMinutesOfInactivityBeforeScreenTimeout\":",
        ",\"passwordPreviousPasswordBlockCount\":",
        ",\"passwordRequired\":             ",
        ",\"passwordRequiredType\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSGeneralDeviceConfiguration\"";
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
        v.field(12usize, "compliant_app_list_type", &self.compliant_app_list_type);
        v.field(13usize, "compliant_apps_list", &self.compliant_apps_list);
        v.field(14usize, "email_in_domain_suffixes", &self.email_in_domain_suffixes);
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
            "password_minutes_of_inactivity_before_screen_timeout",
            &self.password_minutes_of_inactivity_before_screen_timeout,
        );
        v.field(
            21usize,
            "password_previous_password_block_count",
            &self.password_previous_password_block_count,
        );
        v.field(22usize, "password_required", &self.password_required);
        v.field(23usize, "password_required_type", &self.password_required_type);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for MacOsGeneralDeviceConfiguration {
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
            12usize => self.compliant_app_list_type.read_from(r),
            13usize => self.compliant_apps_list.read_from(r),
            14usize => self.email_in_domain_suffixes.read_from(r),
            15usize => self.password_block_simple.read_from(r),
            16usize => self.password_expiration_days.read_from(r),
            17usize => self.password_minimum_character_set_count.read_from(r),
            18usize => self.password_minimum_length.read_from(r),
            19usize => self.password_minutes_of_inactivity_before_lock.read_from(r),
            20usize => {
                self.password_minutes_of_inactivity_before_screen_timeout.read_from(r)
            }
            21usize => self.password_previous_password_block_count.read_from(r),
            22usize => self.password_required.read_from(r),
            23usize => self.password_required_type.read_from(r),
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
        w.field(12usize, &self.compliant_app_list_type);
        w.field(13usize, &self.compliant_apps_list);
        w.field(14usize, &self.email_in_domain_suffixes);
        w.field(15usize, &self.password_block_simple);
        w.field(16usize, &self.password_expiration_days);
        w.field(17usize, &self.password_minimum_character_set_count);
        w.field(18usize, &self.password_minimum_length);
        w.field(19usize, &self.password_minutes_of_inactivity_before_lock);
        w.field(20usize, &self.password_minutes_of_inactivity_before_screen_timeout);
        w.field(21usize, &self.password_previous_password_block_count);
        w.field(22usize, &self.password_required);
        w.field(23usize, &self.password_required_type);
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
rt::impl_object!(MacOsGeneralDeviceConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    MacOsGeneralDeviceConfiguration { with_id id : ::std::string::String;
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
    ::v1::DeviceConfigurationUserOverview; with_compliant_app_list_type
    compliant_app_list_type : crate ::v1::AppListType; with_compliant_apps_list
    compliant_apps_list : ::std::vec::Vec < crate ::v1::AppListItem >;
    with_email_in_domain_suffixes email_in_domain_suffixes : ::std::vec::Vec <
    ::std::string::String >; with_password_block_simple password_block_simple : bool;
    with_password_expiration_days password_expiration_days : i32;
    with_password_minimum_character_set_count password_minimum_character_set_count : i32;
    with_password_minimum_length password_minimum_length : i32;
    with_password_minutes_of_inactivity_before_lock
    password_minutes_of_inactivity_before_lock : i32;
    with_password_minutes_of_inactivity_before_screen_timeout
    password_minutes_of_inactivity_before_screen_timeout : i32;
    with_password_previous_password_block_count password_previous_password_block_count :
    i32; with_password_required password_required : bool; with_password_required_type
    password_required_type : crate ::v1::RequiredPasswordType; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsGeneralDeviceConfiguration);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties of an included .app in a MacOS app.
///
/// CSDL: `microsoft.graph.macOSIncludedApp`, complex type.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct MacOsIncludedApp {
    /// The bundleId of the app. This maps to the CFBundleIdentifier in the app's bundle configuration.
    ///
    /// CSDL: property `bundleId`: `Edm.String`, not nullable.
    pub bundle_id: rt::Field<::std::string::String>,
    /// The version of the app. This maps to the CFBundleShortVersion in the app's bundle configuration.
    ///
    /// CSDL: property `bundleVersion`: `Edm.String`, not nullable.
    pub bundle_version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for MacOsIncludedApp {
    #[inline]
    fn default() -> Self {
        Self {
            bundle_id: rt::Field::Absent,
            bundle_version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for MacOsIncludedApp {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSIncludedApp";
    const KEYS: &'static [&'static str] = &["bundleId", "bundleVersion"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"bundleId\":                     ",
        ",\"bundleVersion\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSIncludedApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "bundle_id", &self.bundle_id);
        v.field(1usize, "bundle_version", &self.bundle_version);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for MacOsIncludedApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.bundle_id.read_from(r),
            1usize => self.bundle_version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.bundle_id);
        w.field(1usize, &self.bundle_version);
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
rt::impl_object!(MacOsIncludedApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    MacOsIncludedApp { with_bundle_id bundle_id : ::std::string::String;
    with_bundle_version bundle_version : ::std::string::String; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsIncludedApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties and inherited properties for the macOS LOB App.
///
/// CSDL: `microsoft.graph.macOSLobApp`, entity type, derived from `microsoft.graph.mobileLobApp`, key `id`.
///
/// Request builders: [`MacOsLobAppPath`](requests/trait.MacOsLobAppPath.html), what a path to one (`EntityPath<MacOsLobApp, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct MacOsLobApp {
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
    /// The build number of the package. This should match the package CFBundleShortVersionString of the .pkg file.
    ///
    /// CSDL: property `buildNumber`: `Edm.String`, nullable.
    pub build_number: rt::Field<::std::string::String>,
    /// The primary bundleId of the package.
    ///
    /// CSDL: property `bundleId`: `Edm.String`, nullable.
    pub bundle_id: rt::Field<::std::string::String>,
    /// List of ComplexType macOSLobChildApp objects. Represents the apps expected to be installed by the package.
    ///
    /// CSDL: property `childApps`: `Collection(microsoft.graph.macOSLobChildApp)`, nullable.
    pub child_apps: rt::Field<::std::vec::Vec<crate::v1::MacOsLobChildApp>>,
    /// When TRUE, indicates that the app's version will NOT be used to detect if the app is installed on a device. When FALSE, indicates that the app's version will be used to detect if the app is installed on a device. Set this to true for apps that use a self update feature. The default value is FALSE.
    ///
    /// CSDL: property `ignoreVersionDetection`: `Edm.Boolean`, not nullable.
    pub ignore_version_detection: rt::Field<bool>,
    /// When TRUE, indicates that the app will be installed as managed (requires macOS 11.0 and other managed package restrictions). When FALSE, indicates that the app will be installed as unmanaged. The default value is FALSE.
    ///
    /// CSDL: property `installAsManaged`: `Edm.Boolean`, not nullable.
    pub install_as_managed: rt::Field<bool>,
    /// The MD5 hash codes. This is empty if the package was uploaded directly. If the Intune App Wrapping Tool is used to create a .intunemac, this value can be found inside the Detection.xml file.
    ///
    /// CSDL: property `md5Hash`: `Collection(Edm.String)`, nullable.
    pub md5_hash: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The chunk size for MD5 hash. This is '0' or empty if the package was uploaded directly. If the Intune App Wrapping Tool is used to create a .intunemac, this value can be found inside the Detection.xml file.
    ///
    /// CSDL: property `md5HashChunkSize`: `Edm.Int32`, not nullable.
    pub md5_hash_chunk_size: rt::Field<i32>,
    /// ComplexType macOSMinimumOperatingSystem that indicates the minimum operating system applicable for the application.
    ///
    /// CSDL: property `minimumSupportedOperatingSystem`: `microsoft.graph.macOSMinimumOperatingSystem`, nullable.
    pub minimum_supported_operating_system: rt::Field<
        crate::v1::MacOsMinimumOperatingSystem,
    >,
    /// The version number of the package. This should match the package CFBundleVersion in the packageinfo file.
    ///
    /// CSDL: property `versionNumber`: `Edm.String`, nullable.
    pub version_number: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for MacOsLobApp {
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
            build_number: rt::Field::Absent,
            bundle_id: rt::Field::Absent,
            child_apps: rt::Field::Absent,
            ignore_version_detection: rt::Field::Absent,
            install_as_managed: rt::Field::Absent,
            md5_hash: rt::Field::Absent,
            md5_hash_chunk_size: rt::Field::Absent,
            minimum_supported_operating_system: rt::Field::Absent,
            version_number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for MacOsLobApp {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSLobApp";
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
        "buildNumber",
        "bundleId",
        "childApps",
        "ignoreVersionDetection",
        "installAsManaged",
        "md5Hash",
        "md5HashChunkSize",
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
        ",\"buildNumber\":                  ",
        ",\"bundleId\":                     ",
        ",\"childApps\":                    ",
        ",\"ignoreVersionDetection\":       ",
        ",\"installAsManaged\":             ",
        ",\"md5Hash\":                      ",
        ",\"md5HashChunkSize\":             ",
        ",\"minimumSupportedOperatingSystem\":",
        ",\"versionNumber\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSLobApp\"";
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
        v.field(20usize, "build_number", &self.build_number);
        v.field(21usize, "bundle_id", &self.bundle_id);
        v.field(22usize, "child_apps", &self.child_apps);
        v.field(23usize, "ignore_version_detection", &self.ignore_version_detection);
        v.field(24usize, "install_as_managed", &self.install_as_managed);
        v.field(25usize, "md5_hash", &self.md5_hash);
        v.field(26usize, "md5_hash_chunk_size", &self.md5_hash_chunk_size);
        v.field(
            27usize,
            "minimum_supported_operating_system",
            &self.minimum_supported_operating_system,
        );
        v.field(28usize, "version_number", &self.version_number);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for MacOsLobApp {
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
            20usize => self.build_number.read_from(r),
            21usize => self.bundle_id.read_from(r),
            22usize => self.child_apps.read_from(r),
            23usize => self.ignore_version_detection.read_from(r),
            24usize => self.install_as_managed.read_from(r),
            25usize => self.md5_hash.read_from(r),
            26usize => self.md5_hash_chunk_size.read_from(r),
            27usize => self.minimum_supported_operating_system.read_from(r),
            28usize => self.version_number.read_from(r),
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
        w.field(20usize, &self.build_number);
        w.field(21usize, &self.bundle_id);
        w.field(22usize, &self.child_apps);
        w.field(23usize, &self.ignore_version_detection);
        w.field(24usize, &self.install_as_managed);
        w.field(25usize, &self.md5_hash);
        w.field(26usize, &self.md5_hash_chunk_size);
        w.field(27usize, &self.minimum_supported_operating_system);
        w.field(28usize, &self.version_number);
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
rt::impl_object!(MacOsLobApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    MacOsLobApp { with_id id : ::std::string::String; with_created_date_time
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
    ::std::vec::Vec < crate ::v1::MobileAppContent >; with_build_number build_number :
    ::std::string::String; with_bundle_id bundle_id : ::std::string::String;
    with_child_apps child_apps : ::std::vec::Vec < crate ::v1::MacOsLobChildApp >;
    with_ignore_version_detection ignore_version_detection : bool;
    with_install_as_managed install_as_managed : bool; with_md5_hash md5_hash :
    ::std::vec::Vec < ::std::string::String >; with_md5_hash_chunk_size
    md5_hash_chunk_size : i32; with_minimum_supported_operating_system
    minimum_supported_operating_system : crate ::v1::MacOsMinimumOperatingSystem;
    with_version_number version_number : ::std::string::String; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsLobApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties of a macOS .app in the package
///
/// CSDL: `microsoft.graph.macOSLobChildApp`, complex type.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct MacOsLobChildApp {
    /// The build number of the app.
    ///
    /// CSDL: property `buildNumber`: `Edm.String`, nullable.
    pub build_number: rt::Field<::std::string::String>,
    /// The bundleId of the app.
    ///
    /// CSDL: property `bundleId`: `Edm.String`, nullable.
    pub bundle_id: rt::Field<::std::string::String>,
    /// The version number of the app.
    ///
    /// CSDL: property `versionNumber`: `Edm.String`, nullable.
    pub version_number: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for MacOsLobChildApp {
    #[inline]
    fn default() -> Self {
        Self {
            build_number: rt::Field::Absent,
            bundle_id: rt::Field::Absent,
            version_number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for MacOsLobChildApp {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSLobChildApp";
    const KEYS: &'static [&'static str] = &["buildNumber", "bundleId", "versionNumber"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"buildNumber\":                  ",
        ",\"bundleId\":                     ",
        ",\"versionNumber\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSLobChildApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "build_number", &self.build_number);
        v.field(1usize, "bundle_id", &self.bundle_id);
        v.field(2usize, "version_number", &self.version_number);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for MacOsLobChildApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.build_number.read_from(r),
            1usize => self.bundle_id.read_from(r),
            2usize => self.version_number.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.build_number);
        w.field(1usize, &self.bundle_id);
        w.field(2usize, &self.version_number);
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
rt::impl_object!(MacOsLobChildApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    MacOsLobChildApp { with_build_number build_number : ::std::string::String;
    with_bundle_id bundle_id : ::std::string::String; with_version_number version_number
    : ::std::string::String; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsLobChildApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties and inherited properties for the macOS Microsoft Defender App.
///
/// CSDL: `microsoft.graph.macOSMicrosoftDefenderApp`, entity type, derived from `microsoft.graph.mobileApp`, key `id`.
///
/// Request builders: [`MobileAppPath`](requests/trait.MobileAppPath.html), what a path to one (`EntityPath<MacOsMicrosoftDefenderApp, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct MacOsMicrosoftDefenderApp {
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
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for MacOsMicrosoftDefenderApp {
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
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for MacOsMicrosoftDefenderApp {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSMicrosoftDefenderApp";
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
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSMicrosoftDefenderApp\"";
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
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for MacOsMicrosoftDefenderApp {
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
rt::impl_object!(MacOsMicrosoftDefenderApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    MacOsMicrosoftDefenderApp { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_developer developer :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_information_url information_url : ::std::string::String; with_is_featured
    is_featured : bool; with_large_icon large_icon : crate ::v1::MimeContent;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_notes notes : ::std::string::String; with_owner owner : ::std::string::String;
    with_privacy_information_url privacy_information_url : ::std::string::String;
    with_publisher publisher : ::std::string::String; with_publishing_state
    publishing_state : crate ::v1::MobileAppPublishingState; with_assignments assignments
    : ::std::vec::Vec < crate ::v1::MobileAppAssignment >; with_categories categories :
    ::std::vec::Vec < crate ::v1::MobileAppCategory >; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsMicrosoftDefenderApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties and inherited properties for the macOS Microsoft Edge App.
///
/// CSDL: `microsoft.graph.macOSMicrosoftEdgeApp`, entity type, derived from `microsoft.graph.mobileApp`, key `id`.
///
/// Request builders: [`MobileAppPath`](requests/trait.MobileAppPath.html), what a path to one (`EntityPath<MacOsMicrosoftEdgeApp, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct MacOsMicrosoftEdgeApp {
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
    /// The channel to install on target devices.
    ///
    /// CSDL: property `channel`: `microsoft.graph.microsoftEdgeChannel`, not nullable.
    pub channel: rt::Field<crate::v1::MicrosoftEdgeChannel>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for MacOsMicrosoftEdgeApp {
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
            channel: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for MacOsMicrosoftEdgeApp {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSMicrosoftEdgeApp";
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
        "channel",
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
        ",\"channel\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSMicrosoftEdgeApp\"";
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
        v.field(16usize, "channel", &self.channel);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for MacOsMicrosoftEdgeApp {
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
            16usize => self.channel.read_from(r),
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
        w.field(16usize, &self.channel);
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
rt::impl_object!(MacOsMicrosoftEdgeApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    MacOsMicrosoftEdgeApp { with_id id : ::std::string::String; with_created_date_time
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
    ::std::vec::Vec < crate ::v1::MobileAppCategory >; with_channel channel : crate
    ::v1::MicrosoftEdgeChannel; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsMicrosoftEdgeApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// The minimum operating system required for a macOS app.
///
/// CSDL: `microsoft.graph.macOSMinimumOperatingSystem`, complex type.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct MacOsMinimumOperatingSystem {
    /// Indicates the minimum OS X version support required for the managed device. When 'True', macOS with OS X 10.10 or later is required to install the app. If 'False', OS X Version 10.10 is not the minimum version. Default value is False. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v10_10`: `Edm.Boolean`, not nullable.
    pub v10_10: rt::Field<bool>,
    /// Indicates the minimum OS X version support required for the managed device. When 'True', macOS with OS X 10.11 or later is required to install the app. If 'False', OS X Version 10.11 is not the minimum version. Default value is False. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v10_11`: `Edm.Boolean`, not nullable.
    pub v10_11: rt::Field<bool>,
    /// Indicates the minimum OS X version support required for the managed device. When 'True', macOS with OS X 10.12 or later is required to install the app. If 'False', OS X Version 10.12 is not the minimum version. Default value is False. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v10_12`: `Edm.Boolean`, not nullable.
    pub v10_12: rt::Field<bool>,
    /// Indicates the minimum OS X version support required for the managed device. When 'True', macOS with OS X 10.13 or later is required to install the app. If 'False', OS X Version 10.13 is not the minimum version. Default value is False. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v10_13`: `Edm.Boolean`, not nullable.
    pub v10_13: rt::Field<bool>,
    /// Indicates the minimum OS X version support required for the managed device. When 'True', macOS with OS X 10.14 or later is required to install the app. If 'False', OS X Version 10.14 is not the minimum version. Default value is False. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v10_14`: `Edm.Boolean`, not nullable.
    pub v10_14: rt::Field<bool>,
    /// Indicates the minimum OS X version support required for the managed device. When 'True', macOS with OS X 10.15 or later is required to install the app. If 'False', OS X Version 10.15 is not the minimum version. Default value is False. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v10_15`: `Edm.Boolean`, not nullable.
    pub v10_15: rt::Field<bool>,
    /// Indicates the minimum OS X version support required for the managed device. When 'True', macOS with OS X 10.7 or later is required to install the app. If 'False', OS X Version 10.7 is not the minimum version. Default value is False. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v10_7`: `Edm.Boolean`, not nullable.
    pub v10_7: rt::Field<bool>,
    /// Indicates the minimum OS X version support required for the managed device. When 'True', macOS with OS X 10.8 or later is required to install the app. If 'False', OS X Version 10.8 is not the minimum version. Default value is False. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v10_8`: `Edm.Boolean`, not nullable.
    pub v10_8: rt::Field<bool>,
    /// Indicates the minimum OS X version support required for the managed device. When 'True', macOS with OS X 10.9 or later is required to install the app. If 'False', OS X Version 10.9 is not the minimum version. Default value is False. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v10_9`: `Edm.Boolean`, not nullable.
    pub v10_9: rt::Field<bool>,
    /// Indicates the minimum OS X version support required for the managed device. When 'True', macOS with OS X 11.0 or later is required to install the app. If 'False', OS X Version 11.0 is not the minimum version. Default value is False. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v11_0`: `Edm.Boolean`, not nullable.
    pub v11_0: rt::Field<bool>,
    /// Indicates the minimum OS X version support required for the managed device. When 'True', macOS with OS X 12.0 or later is required to install the app. If 'False', OS X Version 12.0 is not the minimum version. Default value is False. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v12_0`: `Edm.Boolean`, not nullable.
    pub v12_0: rt::Field<bool>,
    /// Indicates the minimum OS X version support required for the managed device. When 'True', macOS with OS X 13.0 or later is required to install the app. If 'False', OS X Version 13.0 is not the minimum version. Default value is False. Exactly one of the minimum operating system boolean values will be TRUE.
    ///
    /// CSDL: property `v13_0`: `Edm.Boolean`, not nullable.
    pub v13_0: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for MacOsMinimumOperatingSystem {
    #[inline]
    fn default() -> Self {
        Self {
            v10_10: rt::Field::Absent,
            v10_11: rt::Field::Absent,
            v10_12: rt::Field::Absent,
            v10_13: rt::Field::Absent,
            v10_14: rt::Field::Absent,
            v10_15: rt::Field::Absent,
            v10_7: rt::Field::Absent,
            v10_8: rt::Field::Absent,
            v10_9: rt::Field::Absent,
            v11_0: rt::Field::Absent,
            v12_0: rt::Field::Absent,
            v13_0: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for MacOsMinimumOperatingSystem {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSMinimumOperatingSystem";
    const KEYS: &'static [&'static str] = &[
        "v10_10",
        "v10_11",
        "v10_12",
        "v10_13",
        "v10_14",
        "v10_15",
        "v10_7",
        "v10_8",
        "v10_9",
        "v11_0",
        "v12_0",
        "v13_0",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"v10_10\":                       ",
        ",\"v10_11\":                       ",
        ",\"v10_12\":                       ",
        ",\"v10_13\":                       ",
        ",\"v10_14\":                       ",
        ",\"v10_15\":                       ",
        ",\"v10_7\":                        ",
        ",\"v10_8\":                        ",
        ",\"v10_9\":                        ",
        ",\"v11_0\":                        ",
        ",\"v12_0\":                        ",
        ",\"v13_0\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSMinimumOperatingSystem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "v10_10", &self.v10_10);
        v.field(1usize, "v10_11", &self.v10_11);
        v.field(2usize, "v10_12", &self.v10_12);
        v.field(3usize, "v10_13", &self.v10_13);
        v.field(4usize, "v10_14", &self.v10_14);
        v.field(5usize, "v10_15", &self.v10_15);
        v.field(6usize, "v10_7", &self.v10_7);
        v.field(7usize, "v10_8", &self.v10_8);
        v.field(8usize, "v10_9", &self.v10_9);
        v.field(9usize, "v11_0", &self.v11_0);
        v.field(10usize, "v12_0", &self.v12_0);
        v.field(11usize, "v13_0", &self.v13_0);
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for MacOsMinimumOperatingSystem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.v10_10.read_from(r),
            1usize => self.v10_11.read_from(r),
            2usize => self.v10_12.read_from(r),
            3usize => self.v10_13.read_from(r),
            4usize => self.v10_14.read_from(r),
            5usize => self.v10_15.read_from(r),
            6usize => self.v10_7.read_from(r),
            7usize => self.v10_8.read_from(r),
            8usize => self.v10_9.read_from(r),
            9usize => self.v11_0.read_from(r),
            10usize => self.v12_0.read_from(r),
            11usize => self.v13_0.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.v10_10);
        w.field(1usize, &self.v10_11);
        w.field(2usize, &self.v10_12);
        w.field(3usize, &self.v10_13);
        w.field(4usize, &self.v10_14);
        w.field(5usize, &self.v10_15);
        w.field(6usize, &self.v10_7);
        w.field(7usize, &self.v10_8);
        w.field(8usize, &self.v10_9);
        w.field(9usize, &self.v11_0);
        w.field(10usize, &self.v12_0);
        w.field(11usize, &self.v13_0);
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
rt::impl_object!(MacOsMinimumOperatingSystem);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    MacOsMinimumOperatingSystem { with_v10_10 v10_10 : bool; with_v10_11 v10_11 : bool;
    with_v10_12 v10_12 : bool; with_v10_13 v10_13 : bool; with_v10_14 v10_14 : bool;
    with_v10_15 v10_15 : bool; with_v10_7 v10_7 : bool; with_v10_8 v10_8 : bool;
    with_v10_9 v10_9 : bool; with_v11_0 v11_0 : bool; with_v12_0 v12_0 : bool; with_v13_0
    v13_0 : bool; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsMinimumOperatingSystem);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties and inherited properties for the MacOS Office Suite App.
///
/// CSDL: `microsoft.graph.macOSOfficeSuiteApp`, entity type, derived from `microsoft.graph.mobileApp`, key `id`.
///
/// Request builders: [`MobileAppPath`](requests/trait.MobileAppPath.html), what a path to one (`EntityPath<MacOsOfficeSuiteApp, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct MacOsOfficeSuiteApp {
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
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for MacOsOfficeSuiteApp {
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
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for MacOsOfficeSuiteApp {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSOfficeSuiteApp";
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
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSOfficeSuiteApp\"";
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
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for MacOsOfficeSuiteApp {
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
rt::impl_object!(MacOsOfficeSuiteApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    MacOsOfficeSuiteApp { with_id id : ::std::string::String; with_created_date_time
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
    ::std::vec::Vec < crate ::v1::MobileAppCategory >; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsOfficeSuiteApp);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties used to assign a macOS LOB app to a group.
///
/// CSDL: `microsoft.graph.macOsLobAppAssignmentSettings`, complex type, derived from `microsoft.graph.mobileAppAssignmentSettings`.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct MacOsLobAppAssignmentSettings {
    /// When TRUE, indicates that the app should be uninstalled when the device is removed from Intune. When FALSE, indicates that the app will not be uninstalled when the device is removed from Intune.
    ///
    /// CSDL: property `uninstallOnDeviceRemoval`: `Edm.Boolean`, nullable.
    pub uninstall_on_device_removal: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl ::std::default::Default for MacOsLobAppAssignmentSettings {
    #[inline]
    fn default() -> Self {
        Self {
            uninstall_on_device_removal: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::Object for MacOsLobAppAssignmentSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.macOsLobAppAssignmentSettings";
    const KEYS: &'static [&'static str] = &["uninstallOnDeviceRemoval"];
    const KEYS_JSON: &'static [&'static str] = &[",\"uninstallOnDeviceRemoval\":     "];
    const TAG: &'static str = "\"#microsoft.graph.macOsLobAppAssignmentSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "uninstall_on_device_removal",
            &self.uninstall_on_device_removal,
        );
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl rt::object::Members for MacOsLobAppAssignmentSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.uninstall_on_device_removal.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.uninstall_on_device_removal);
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
rt::impl_object!(MacOsLobAppAssignmentSettings);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    MacOsLobAppAssignmentSettings { with_uninstall_on_device_removal
    uninstall_on_device_removal : bool; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsLobAppAssignmentSettings);
#[cfg(msgraph_v1_information_protection_or_search)]
/// CSDL: `microsoft.graph.mailAssessmentRequest`, entity type, derived from `microsoft.graph.threatAssessmentRequest`, key `id`.
///
/// Request builders: [`ThreatAssessmentRequestPath`](requests/trait.ThreatAssessmentRequestPath.html), what a path to one (`EntityPath<MailAssessmentRequest, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-information-protection`, `v1-search`.
#[derive(Clone)]
pub struct MailAssessmentRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `category`: `microsoft.graph.threatCategory`, not nullable.
    pub category: rt::Field<crate::v1::ThreatCategory>,
    /// CSDL: property `contentType`: `microsoft.graph.threatAssessmentContentType`, nullable.
    pub content_type: rt::Field<crate::v1::ThreatAssessmentContentType>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `expectedAssessment`: `microsoft.graph.threatExpectedAssessment`, not nullable.
    pub expected_assessment: rt::Field<crate::v1::ThreatExpectedAssessment>,
    /// CSDL: property `requestSource`: `microsoft.graph.threatAssessmentRequestSource`, nullable.
    pub request_source: rt::Field<crate::v1::ThreatAssessmentRequestSource>,
    /// CSDL: property `status`: `microsoft.graph.threatAssessmentStatus`, nullable.
    pub status: rt::Field<crate::v1::ThreatAssessmentStatus>,
    /// CSDL: containment navigation property `results`: `Collection(microsoft.graph.threatAssessmentResult)`, not nullable.
    pub results: rt::Field<::std::vec::Vec<crate::v1::ThreatAssessmentResult>>,
    /// CSDL: property `destinationRoutingReason`: `microsoft.graph.mailDestinationRoutingReason`, nullable.
    pub destination_routing_reason: rt::Field<crate::v1::MailDestinationRoutingReason>,
    /// CSDL: property `messageUri`: `Edm.String`, not nullable.
    pub message_uri: rt::Field<::std::string::String>,
    /// CSDL: property `recipientEmail`: `Edm.String`, not nullable.
    pub recipient_email: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_information_protection_or_search)]
impl ::std::default::Default for MailAssessmentRequest {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            category: rt::Field::Absent,
            content_type: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            expected_assessment: rt::Field::Absent,
            request_source: rt::Field::Absent,
            status: rt::Field::Absent,
            results: rt::Field::Absent,
            destination_routing_reason: rt::Field::Absent,
            message_uri: rt::Field::Absent,
            recipient_email: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_information_protection_or_search)]
impl rt::Object for MailAssessmentRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.mailAssessmentRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "category",
        "contentType",
        "createdBy",
        "createdDateTime",
        "expectedAssessment",
        "requestSource",
        "status",
        "results",
        "destinationRoutingReason",
        "messageUri",
        "recipientEmail",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"category\":                     ",
        ",\"contentType\":                  ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"expectedAssessment\":           ",
        ",\"requestSource\":                ",
        ",\"status\":                       ",
        ",\"results\":                      ",
        ",\"destinationRoutingReason\":     ",
        ",\"messageUri\":                   ",
        ",\"recipientEmail\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mailAssessmentRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "category", &self.category);
        v.field(2usize, "content_type", &self.content_type);
        v.field(3usize, "created_by", &self.created_by);
        v.field(4usize, "created_date_time", &self.created_date_time);
        v.field(5usize, "expected_assessment", &self.expected_assessment);
        v.field(6usize, "request_source", &self.request_source);
        v.field(7usize, "status", &self.status);
        v.field(8usize, "results", &self.results);
        v.field(9usize, "destination_routing_reason", &self.destination_routing_reason);
        v.field(10usize, "message_uri", &self.message_uri);
        v.field(11usize, "recipient_email", &self.recipient_email);
    }
}
#[cfg(msgraph_v1_information_protection_or_search)]
impl rt::object::Members for MailAssessmentRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.category.read_from(r),
            2usize => self.content_type.read_from(r),
            3usize => self.created_by.read_from(r),
            4usize => self.created_date_time.read_from(r),
            5usize => self.expected_assessment.read_from(r),
            6usize => self.request_source.read_from(r),
            7usize => self.status.read_from(r),
            8usize => self.results.read_from(r),
            9usize => self.destination_routing_reason.read_from(r),
            10usize => self.message_uri.read_from(r),
            11usize => self.recipient_email.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.category);
        w.field(2usize, &self.content_type);
        w.field(3usize, &self.created_by);
        w.field(4usize, &self.created_date_time);
        w.field(5usize, &self.expected_assessment);
        w.field(6usize, &self.request_source);
        w.field(7usize, &self.status);
        w.field(8usize, &self.results);
        w.field(9usize, &self.destination_routing_reason);
        w.field(10usize, &self.message_uri);
        w.field(11usize, &self.recipient_email);
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
#[cfg(msgraph_v1_information_protection_or_search)]
rt::impl_object!(MailAssessmentRequest);
#[cfg(msgraph_v1_information_protection_or_search)]
rt::impl_setters!(
    MailAssessmentRequest { with_id id : ::std::string::String; with_category category :
    crate ::v1::ThreatCategory; with_content_type content_type : crate
    ::v1::ThreatAssessmentContentType; with_created_by created_by : crate
    ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_expected_assessment expected_assessment : crate
    ::v1::ThreatExpectedAssessment; with_request_source request_source : crate
    ::v1::ThreatAssessmentRequestSource; with_status status : crate
    ::v1::ThreatAssessmentStatus; with_results results : ::std::vec::Vec < crate
    ::v1::ThreatAssessmentResult >; with_destination_routing_reason
    destination_routing_reason : crate ::v1::MailDestinationRoutingReason;
    with_message_uri message_uri : ::std::string::String; with_recipient_email
    recipient_email : ::std::string::String; }
);
#[cfg(msgraph_v1_information_protection_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MailAssessmentRequest);
#[cfg(msgraph_v1_information_protection_or_search)]
/// CSDL: `microsoft.graph.mailDestinationRoutingReason`, enum type.
///
/// Features: `v1`, or one of `v1-information-protection`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MailDestinationRoutingReason {
    /// `none` (value 0).
    None,
    /// `mailFlowRule` (value 1).
    MailFlowRule,
    /// `safeSender` (value 2).
    SafeSender,
    /// `blockedSender` (value 3).
    BlockedSender,
    /// `advancedSpamFiltering` (value 4).
    AdvancedSpamFiltering,
    /// `domainAllowList` (value 5).
    DomainAllowList,
    /// `domainBlockList` (value 6).
    DomainBlockList,
    /// `notInAddressBook` (value 7).
    NotInAddressBook,
    /// `firstTimeSender` (value 8).
    FirstTimeSender,
    /// `autoPurgeToInbox` (value 9).
    AutoPurgeToInbox,
    /// `autoPurgeToJunk` (value 10).
    AutoPurgeToJunk,
    /// `autoPurgeToDeleted` (value 11).
    AutoPurgeToDeleted,
    /// `outbound` (value 12).
    Outbound,
    /// `notJunk` (value 13).
    NotJunk,
    /// `junk` (value 14).
    Junk,
    /// `unknownFutureValue` (value 15).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_information_protection_or_search)]
impl rt::StrEnum for MailDestinationRoutingReason {
    const TYPE_NAME: &'static str = "microsoft.graph.mailDestinationRoutingReason";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "mailFlowRule",
        "safeSender",
        "blockedSender",
        "advancedSpamFiltering",
        "domainAllowList",
        "domainBlockList",
        "notInAddressBook",
        "firstTimeSender",
        "autoPurgeToInbox",
        "autoPurgeToJunk",
        "autoPurgeToDeleted",
        "outbound",
        "notJunk",
        "junk",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "mailFlowRule" => Self::MailFlowRule,
                "safeSender" => Self::SafeSender,
                "blockedSender" => Self::BlockedSender,
                "advancedSpamFiltering" => Self::AdvancedSpamFiltering,
                "domainAllowList" => Self::DomainAllowList,
                "domainBlockList" => Self::DomainBlockList,
                "notInAddressBook" => Self::NotInAddressBook,
                "firstTimeSender" => Self::FirstTimeSender,
                "autoPurgeToInbox" => Self::AutoPurgeToInbox,
                "autoPurgeToJunk" => Self::AutoPurgeToJunk,
                "autoPurgeToDeleted" => Self::AutoPurgeToDeleted,
                "outbound" => Self::Outbound,
                "notJunk" => Self::NotJunk,
                "junk" => Self::Junk,
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
            Self::MailFlowRule => "mailFlowRule",
            Self::SafeSender => "safeSender",
            Self::BlockedSender => "blockedSender",
            Self::AdvancedSpamFiltering => "advancedSpamFiltering",
            Self::DomainAllowList => "domainAllowList",
            Self::DomainBlockList => "domainBlockList",
            Self::NotInAddressBook => "notInAddressBook",
            Self::FirstTimeSender => "firstTimeSender",
            Self::AutoPurgeToInbox => "autoPurgeToInbox",
            Self::AutoPurgeToJunk => "autoPurgeToJunk",
            Self::AutoPurgeToDeleted => "autoPurgeToDeleted",
            Self::Outbound => "outbound",
            Self::NotJunk => "notJunk",
            Self::Junk => "junk",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_information_protection_or_search)]
rt::impl_enum!(MailDestinationRoutingReason);
#[cfg(msgraph_v1_information_protection_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MailDestinationRoutingReason);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.mailFolder`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`MailFolderPath`](requests/trait.MailFolderPath.html), what a path to one (`EntityPath<AnyMailFolder, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MailFolder {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `childFolderCount`: `Edm.Int32`, nullable.
    pub child_folder_count: rt::Field<i32>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isHidden`: `Edm.Boolean`, nullable.
    pub is_hidden: rt::Field<bool>,
    /// CSDL: property `parentFolderId`: `Edm.String`, nullable.
    pub parent_folder_id: rt::Field<::std::string::String>,
    /// CSDL: property `totalItemCount`: `Edm.Int32`, nullable.
    pub total_item_count: rt::Field<i32>,
    /// CSDL: property `unreadItemCount`: `Edm.Int32`, nullable.
    pub unread_item_count: rt::Field<i32>,
    /// CSDL: containment navigation property `childFolders`: `Collection(microsoft.graph.mailFolder)`, not nullable.
    pub child_folders: rt::Field<::std::vec::Vec<crate::v1::AnyMailFolder>>,
    /// CSDL: containment navigation property `messageRules`: `Collection(microsoft.graph.messageRule)`, not nullable.
    pub message_rules: rt::Field<::std::vec::Vec<crate::v1::MessageRule>>,
    /// CSDL: containment navigation property `messages`: `Collection(microsoft.graph.message)`, not nullable.
    pub messages: rt::Field<::std::vec::Vec<crate::v1::AnyMessage>>,
    /// CSDL: containment navigation property `multiValueExtendedProperties`: `Collection(microsoft.graph.multiValueLegacyExtendedProperty)`, not nullable.
    pub multi_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::v1::MultiValueLegacyExtendedProperty>,
    >,
    /// CSDL: containment navigation property `singleValueExtendedProperties`: `Collection(microsoft.graph.singleValueLegacyExtendedProperty)`, not nullable.
    pub single_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::v1::SingleValueLegacyExtendedProperty>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for MailFolder {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            child_folder_count: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_hidden: rt::Field::Absent,
            parent_folder_id: rt::Field::Absent,
            total_item_count: rt::Field::Absent,
            unread_item_count: rt::Field::Absent,
            child_folders: rt::Field::Absent,
            message_rules: rt::Field::Absent,
            messages: rt::Field::Absent,
            multi_value_extended_properties: rt::Field::Absent,
            single_value_extended_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for MailFolder {
    const TYPE_NAME: &'static str = "microsoft.graph.mailFolder";
    const KEYS: &'static [&'static str] = &[
        "id",
        "childFolderCount",
        "displayName",
        "isHidden",
        "parentFolderId",
        "totalItemCount",
        "unreadItemCount",
        "childFolders",
        "messageRules",
        "messages",
        "multiValueExtendedProperties",
        "singleValueExtendedProperties",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"childFolderCount\":             ",
        ",\"displayName\":                  ",
        ",\"isHidden\":                     ",
        ",\"parentFolderId\":               ",
        ",\"totalItemCount\":               ",
        ",\"unreadItemCount\":              ",
        ",\"childFolders\":                 ",
        ",\"messageRules\":                 ",
        ",\"messages\":                     ",
        ",\"multiValueExtendedProperties\": ",
        ",\"singleValueExtendedProperties\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mailFolder\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "child_folder_count", &self.child_folder_count);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "is_hidden", &self.is_hidden);
        v.field(4usize, "parent_folder_id", &self.parent_folder_id);
        v.field(5usize, "total_item_count", &self.total_item_count);
        v.field(6usize, "unread_item_count", &self.unread_item_count);
        v.field(7usize, "child_folders", &self.child_folders);
        v.field(8usize, "message_rules", &self.message_rules);
        v.field(9usize, "messages", &self.messages);
        v.field(
            10usize,
            "multi_value_extended_properties",
            &self.multi_value_extended_properties,
        );
        v.field(
            11usize,
            "single_value_extended_properties",
            &self.single_value_extended_properties,
        );
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for MailFolder {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.child_folder_count.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.is_hidden.read_from(r),
            4usize => self.parent_folder_id.read_from(r),
            5usize => self.total_item_count.read_from(r),
            6usize => self.unread_item_count.read_from(r),
            7usize => self.child_folders.read_from(r),
            8usize => self.message_rules.read_from(r),
            9usize => self.messages.read_from(r),
            10usize => self.multi_value_extended_properties.read_from(r),
            11usize => self.single_value_extended_properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.child_folder_count);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.is_hidden);
        w.field(4usize, &self.parent_folder_id);
        w.field(5usize, &self.total_item_count);
        w.field(6usize, &self.unread_item_count);
        w.field(7usize, &self.child_folders);
        w.field(8usize, &self.message_rules);
        w.field(9usize, &self.messages);
        w.field(10usize, &self.multi_value_extended_properties);
        w.field(11usize, &self.single_value_extended_properties);
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
rt::impl_object!(MailFolder);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    MailFolder { with_id id : ::std::string::String; with_child_folder_count
    child_folder_count : i32; with_display_name display_name : ::std::string::String;
    with_is_hidden is_hidden : bool; with_parent_folder_id parent_folder_id :
    ::std::string::String; with_total_item_count total_item_count : i32;
    with_unread_item_count unread_item_count : i32; with_child_folders child_folders :
    ::std::vec::Vec < crate ::v1::AnyMailFolder >; with_message_rules message_rules :
    ::std::vec::Vec < crate ::v1::MessageRule >; with_messages messages : ::std::vec::Vec
    < crate ::v1::AnyMessage >; with_multi_value_extended_properties
    multi_value_extended_properties : ::std::vec::Vec < crate
    ::v1::MultiValueLegacyExtendedProperty >; with_single_value_extended_properties
    single_value_extended_properties : ::std::vec::Vec < crate
    ::v1::SingleValueLegacyExtendedProperty >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MailFolder);
#[cfg(msgraph_v1_core)]
/// `microsoft.graph.mailFolder` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyMailFolder {
    MailFolder(::std::boxed::Box<crate::v1::MailFolder>),
    MailSearchFolder(::std::boxed::Box<crate::v1::MailSearchFolder>),
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AnyMailFolder {
    #[inline]
    fn default() -> Self {
        Self::MailFolder(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MailFolder> for AnyMailFolder {
    #[inline]
    fn from(v: crate::v1::MailFolder) -> Self {
        Self::MailFolder(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MailSearchFolder> for AnyMailFolder {
    #[inline]
    fn from(v: crate::v1::MailSearchFolder) -> Self {
        Self::MailSearchFolder(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Send for AnyMailFolder {}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Sync for AnyMailFolder {}
#[cfg(msgraph_v1_core)]
impl ::std::marker::Unpin for AnyMailFolder {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::UnwindSafe for AnyMailFolder {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::RefUnwindSafe for AnyMailFolder {}
#[cfg(msgraph_v1_core)]
const _: () = {
    rt::object::auto_traits::<crate::v1::MailFolder>();
    rt::object::auto_traits::<crate::v1::MailSearchFolder>();
};
#[cfg(msgraph_v1_core)]
impl rt::Poly for AnyMailFolder {
    const BASE_NAME: &'static str = "microsoft.graph.mailFolder";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.mailSearchFolder") => {
                Self::MailSearchFolder(rt::object::new_boxed())
            }
            _ => Self::MailFolder(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::MailFolder(v) => &**v,
            Self::MailSearchFolder(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::MailFolder(v) => &mut **v,
            Self::MailSearchFolder(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core)]
impl AnyMailFolder {
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
            Self::MailFolder(v) => &v.id,
            Self::MailSearchFolder(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MailFolder(v) => &mut v.id,
            Self::MailSearchFolder(v) => &mut v.id,
        }
    }
    /// `childFolderCount` of any variant.
    #[inline]
    pub fn child_folder_count(&self) -> &rt::Field<i32> {
        match self {
            Self::MailFolder(v) => &v.child_folder_count,
            Self::MailSearchFolder(v) => &v.child_folder_count,
        }
    }
    /// `childFolderCount` of any variant.
    #[inline]
    pub fn child_folder_count_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::MailFolder(v) => &mut v.child_folder_count,
            Self::MailSearchFolder(v) => &mut v.child_folder_count,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MailFolder(v) => &v.display_name,
            Self::MailSearchFolder(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MailFolder(v) => &mut v.display_name,
            Self::MailSearchFolder(v) => &mut v.display_name,
        }
    }
    /// `isHidden` of any variant.
    #[inline]
    pub fn is_hidden(&self) -> &rt::Field<bool> {
        match self {
            Self::MailFolder(v) => &v.is_hidden,
            Self::MailSearchFolder(v) => &v.is_hidden,
        }
    }
    /// `isHidden` of any variant.
    #[inline]
    pub fn is_hidden_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::MailFolder(v) => &mut v.is_hidden,
            Self::MailSearchFolder(v) => &mut v.is_hidden,
        }
    }
    /// `parentFolderId` of any variant.
    #[inline]
    pub fn parent_folder_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MailFolder(v) => &v.parent_folder_id,
            Self::MailSearchFolder(v) => &v.parent_folder_id,
        }
    }
    /// `parentFolderId` of any variant.
    #[inline]
    pub fn parent_folder_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MailFolder(v) => &mut v.parent_folder_id,
            Self::MailSearchFolder(v) => &mut v.parent_folder_id,
        }
    }
    /// `totalItemCount` of any variant.
    #[inline]
    pub fn total_item_count(&self) -> &rt::Field<i32> {
        match self {
            Self::MailFolder(v) => &v.total_item_count,
            Self::MailSearchFolder(v) => &v.total_item_count,
        }
    }
    /// `totalItemCount` of any variant.
    #[inline]
    pub fn total_item_count_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::MailFolder(v) => &mut v.total_item_count,
            Self::MailSearchFolder(v) => &mut v.total_item_count,
        }
    }
    /// `unreadItemCount` of any variant.
    #[inline]
    pub fn unread_item_count(&self) -> &rt::Field<i32> {
        match self {
            Self::MailFolder(v) => &v.unread_item_count,
            Self::MailSearchFolder(v) => &v.unread_item_count,
        }
    }
    /// `unreadItemCount` of any variant.
    #[inline]
    pub fn unread_item_count_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::MailFolder(v) => &mut v.unread_item_count,
            Self::MailSearchFolder(v) => &mut v.unread_item_count,
        }
    }
    /// `childFolders` of any variant.
    #[inline]
    pub fn child_folders(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AnyMailFolder>> {
        match self {
            Self::MailFolder(v) => &v.child_folders,
            Self::MailSearchFolder(v) => &v.child_folders,
        }
    }
    /// `childFolders` of any variant.
    #[inline]
    pub fn child_folders_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyMailFolder>> {
        match self {
            Self::MailFolder(v) => &mut v.child_folders,
            Self::MailSearchFolder(v) => &mut v.child_folders,
        }
    }
    /// `messageRules` of any variant.
    #[inline]
    pub fn message_rules(&self) -> &rt::Field<::std::vec::Vec<crate::v1::MessageRule>> {
        match self {
            Self::MailFolder(v) => &v.message_rules,
            Self::MailSearchFolder(v) => &v.message_rules,
        }
    }
    /// `messageRules` of any variant.
    #[inline]
    pub fn message_rules_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::MessageRule>> {
        match self {
            Self::MailFolder(v) => &mut v.message_rules,
            Self::MailSearchFolder(v) => &mut v.message_rules,
        }
    }
    /// `messages` of any variant.
    #[inline]
    pub fn messages(&self) -> &rt::Field<::std::vec::Vec<crate::v1::AnyMessage>> {
        match self {
            Self::MailFolder(v) => &v.messages,
            Self::MailSearchFolder(v) => &v.messages,
        }
    }
    /// `messages` of any variant.
    #[inline]
    pub fn messages_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyMessage>> {
        match self {
            Self::MailFolder(v) => &mut v.messages,
            Self::MailSearchFolder(v) => &mut v.messages,
        }
    }
    /// `multiValueExtendedProperties` of any variant.
    #[inline]
    pub fn multi_value_extended_properties(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::MultiValueLegacyExtendedProperty>> {
        match self {
            Self::MailFolder(v) => &v.multi_value_extended_properties,
            Self::MailSearchFolder(v) => &v.multi_value_extended_properties,
        }
    }
    /// `multiValueExtendedProperties` of any variant.
    #[inline]
    pub fn multi_value_extended_properties_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::MultiValueLegacyExtendedProperty>> {
        match self {
            Self::MailFolder(v) => &mut v.multi_value_extended_properties,
            Self::MailSearchFolder(v) => &mut v.multi_value_extended_properties,
        }
    }
    /// `singleValueExtendedProperties` of any variant.
    #[inline]
    pub fn single_value_extended_properties(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::SingleValueLegacyExtendedProperty>> {
        match self {
            Self::MailFolder(v) => &v.single_value_extended_properties,
            Self::MailSearchFolder(v) => &v.single_value_extended_properties,
        }
    }
    /// `singleValueExtendedProperties` of any variant.
    #[inline]
    pub fn single_value_extended_properties_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::SingleValueLegacyExtendedProperty>> {
        match self {
            Self::MailFolder(v) => &mut v.single_value_extended_properties,
            Self::MailSearchFolder(v) => &mut v.single_value_extended_properties,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_poly!(AnyMailFolder);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyMailFolder);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.mailSearchFolder`, entity type, derived from `microsoft.graph.mailFolder`, key `id`.
///
/// Request builders: [`MailFolderPath`](requests/trait.MailFolderPath.html), what a path to one (`EntityPath<MailSearchFolder, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MailSearchFolder {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `childFolderCount`: `Edm.Int32`, nullable.
    pub child_folder_count: rt::Field<i32>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isHidden`: `Edm.Boolean`, nullable.
    pub is_hidden: rt::Field<bool>,
    /// CSDL: property `parentFolderId`: `Edm.String`, nullable.
    pub parent_folder_id: rt::Field<::std::string::String>,
    /// CSDL: property `totalItemCount`: `Edm.Int32`, nullable.
    pub total_item_count: rt::Field<i32>,
    /// CSDL: property `unreadItemCount`: `Edm.Int32`, nullable.
    pub unread_item_count: rt::Field<i32>,
    /// CSDL: containment navigation property `childFolders`: `Collection(microsoft.graph.mailFolder)`, not nullable.
    pub child_folders: rt::Field<::std::vec::Vec<crate::v1::AnyMailFolder>>,
    /// CSDL: containment navigation property `messageRules`: `Collection(microsoft.graph.messageRule)`, not nullable.
    pub message_rules: rt::Field<::std::vec::Vec<crate::v1::MessageRule>>,
    /// CSDL: containment navigation property `messages`: `Collection(microsoft.graph.message)`, not nullable.
    pub messages: rt::Field<::std::vec::Vec<crate::v1::AnyMessage>>,
    /// CSDL: containment navigation property `multiValueExtendedProperties`: `Collection(microsoft.graph.multiValueLegacyExtendedProperty)`, not nullable.
    pub multi_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::v1::MultiValueLegacyExtendedProperty>,
    >,
    /// CSDL: containment navigation property `singleValueExtendedProperties`: `Collection(microsoft.graph.singleValueLegacyExtendedProperty)`, not nullable.
    pub single_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::v1::SingleValueLegacyExtendedProperty>,
    >,
    /// CSDL: property `filterQuery`: `Edm.String`, nullable.
    pub filter_query: rt::Field<::std::string::String>,
    /// CSDL: property `includeNestedFolders`: `Edm.Boolean`, nullable.
    pub include_nested_folders: rt::Field<bool>,
    /// CSDL: property `isSupported`: `Edm.Boolean`, nullable.
    pub is_supported: rt::Field<bool>,
    /// CSDL: property `sourceFolderIds`: `Collection(Edm.String)`, nullable.
    pub source_folder_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for MailSearchFolder {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            child_folder_count: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_hidden: rt::Field::Absent,
            parent_folder_id: rt::Field::Absent,
            total_item_count: rt::Field::Absent,
            unread_item_count: rt::Field::Absent,
            child_folders: rt::Field::Absent,
            message_rules: rt::Field::Absent,
            messages: rt::Field::Absent,
            multi_value_extended_properties: rt::Field::Absent,
            single_value_extended_properties: rt::Field::Absent,
            filter_query: rt::Field::Absent,
            include_nested_folders: rt::Field::Absent,
            is_supported: rt::Field::Absent,
            source_folder_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for MailSearchFolder {
    const TYPE_NAME: &'static str = "microsoft.graph.mailSearchFolder";
    const KEYS: &'static [&'static str] = &[
        "id",
        "childFolderCount",
        "displayName",
        "isHidden",
        "parentFolderId",
        "totalItemCount",
        "unreadItemCount",
        "childFolders",
        "messageRules",
        "messages",
        "multiValueExtendedProperties",
        "singleValueExtendedProperties",
        "filterQuery",
        "includeNestedFolders",
        "isSupported",
        "sourceFolderIds",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"childFolderCount\":             ",
        ",\"displayName\":                  ",
        ",\"isHidden\":                     ",
        ",\"parentFolderId\":               ",
        ",\"totalItemCount\":               ",
        ",\"unreadItemCount\":              ",
        ",\"childFolders\":                 ",
        ",\"messageRules\":                 ",
        ",\"messages\":                     ",
        ",\"multiValueExtendedProperties\": ",
        ",\"singleValueExtendedProperties\":",
        ",\"filterQuery\":                  ",
        ",\"includeNestedFolders\":         ",
        ",\"isSupported\":                  ",
        ",\"sourceFolderIds\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mailSearchFolder\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "child_folder_count", &self.child_folder_count);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "is_hidden", &self.is_hidden);
        v.field(4usize, "parent_folder_id", &self.parent_folder_id);
        v.field(5usize, "total_item_count", &self.total_item_count);
        v.field(6usize, "unread_item_count", &self.unread_item_count);
        v.field(7usize, "child_folders", &self.child_folders);
        v.field(8usize, "message_rules", &self.message_rules);
        v.field(9usize, "messages", &self.messages);
        v.field(
            10usize,
            "multi_value_extended_properties",
            &self.multi_value_extended_properties,
        );
        v.field(
            11usize,
            "single_value_extended_properties",
            &self.single_value_extended_properties,
        );
        v.field(12usize, "filter_query", &self.filter_query);
        v.field(13usize, "include_nested_folders", &self.include_nested_folders);
        v.field(14usize, "is_supported", &self.is_supported);
        v.field(15usize, "source_folder_ids", &self.source_folder_ids);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for MailSearchFolder {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.child_folder_count.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.is_hidden.read_from(r),
            4usize => self.parent_folder_id.read_from(r),
            5usize => self.total_item_count.read_from(r),
            6usize => self.unread_item_count.read_from(r),
            7usize => self.child_folders.read_from(r),
            8usize => self.message_rules.read_from(r),
            9usize => self.messages.read_from(r),
            10usize => self.multi_value_extended_properties.read_from(r),
            11usize => self.single_value_extended_properties.read_from(r),
            12usize => self.filter_query.read_from(r),
            13usize => self.include_nested_folders.read_from(r),
            14usize => self.is_supported.read_from(r),
            15usize => self.source_folder_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.child_folder_count);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.is_hidden);
        w.field(4usize, &self.parent_folder_id);
        w.field(5usize, &self.total_item_count);
        w.field(6usize, &self.unread_item_count);
        w.field(7usize, &self.child_folders);
        w.field(8usize, &self.message_rules);
        w.field(9usize, &self.messages);
        w.field(10usize, &self.multi_value_extended_properties);
        w.field(11usize, &self.single_value_extended_properties);
        w.field(12usize, &self.filter_query);
        w.field(13usize, &self.include_nested_folders);
        w.field(14usize, &self.is_supported);
        w.field(15usize, &self.source_folder_ids);
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
rt::impl_object!(MailSearchFolder);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    MailSearchFolder { with_id id : ::std::string::String; with_child_folder_count
    child_folder_count : i32; with_display_name display_name : ::std::string::String;
    with_is_hidden is_hidden : bool; with_parent_folder_id parent_folder_id :
    ::std::string::String; with_total_item_count total_item_count : i32;
    with_unread_item_count unread_item_count : i32; with_child_folders child_folders :
    ::std::vec::Vec < crate ::v1::AnyMailFolder >; with_message_rules message_rules :
    ::std::vec::Vec < crate ::v1::MessageRule >; with_messages messages : ::std::vec::Vec
    < crate ::v1::AnyMessage >; with_multi_value_extended_properties
    multi_value_extended_properties : ::std::vec::Vec < crate
    ::v1::MultiValueLegacyExtendedProperty >; with_single_value_extended_properties
    single_value_extended_properties : ::std::vec::Vec < crate
    ::v1::SingleValueLegacyExtendedProperty >; with_filter_query filter_query :
    ::std::string::String; with_include_nested_folders include_nested_folders : bool;
    with_is_supported is_supported : bool; with_source_folder_ids source_folder_ids :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MailSearchFolder);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.mailTips`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MailTips {
    /// CSDL: property `automaticReplies`: `microsoft.graph.automaticRepliesMailTips`, nullable.
    pub automatic_replies: rt::Field<crate::v1::AutomaticRepliesMailTips>,
    /// CSDL: property `customMailTip`: `Edm.String`, nullable.
    pub custom_mail_tip: rt::Field<::std::string::String>,
    /// CSDL: property `deliveryRestricted`: `Edm.Boolean`, nullable.
    pub delivery_restricted: rt::Field<bool>,
    /// CSDL: property `emailAddress`: `microsoft.graph.emailAddress`, nullable.
    pub email_address: rt::Field<crate::v1::EmailAddress>,
    /// CSDL: property `error`: `microsoft.graph.mailTipsError`, nullable.
    pub error: rt::Field<crate::v1::MailTipsError>,
    /// CSDL: property `externalMemberCount`: `Edm.Int32`, nullable.
    pub external_member_count: rt::Field<i32>,
    /// CSDL: property `isModerated`: `Edm.Boolean`, nullable.
    pub is_moderated: rt::Field<bool>,
    /// CSDL: property `mailboxFull`: `Edm.Boolean`, nullable.
    pub mailbox_full: rt::Field<bool>,
    /// CSDL: property `maxMessageSize`: `Edm.Int32`, nullable.
    pub max_message_size: rt::Field<i32>,
    /// CSDL: property `recipientScope`: `microsoft.graph.recipientScopeType`, nullable.
    pub recipient_scope: rt::Field<rt::Flags<crate::v1::RecipientScopeType>>,
    /// CSDL: property `recipientSuggestions`: `Collection(microsoft.graph.recipient)`, nullable.
    pub recipient_suggestions: rt::Field<::std::vec::Vec<crate::v1::AnyRecipient>>,
    /// CSDL: property `totalMemberCount`: `Edm.Int32`, nullable.
    pub total_member_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for MailTips {
    #[inline]
    fn default() -> Self {
        Self {
            automatic_replies: rt::Field::Absent,
            custom_mail_tip: rt::Field::Absent,
            delivery_restricted: rt::Field::Absent,
            email_address: rt::Field::Absent,
            error: rt::Field::Absent,
            external_member_count: rt::Field::Absent,
            is_moderated: rt::Field::Absent,
            mailbox_full: rt::Field::Absent,
            max_message_size: rt::Field::Absent,
            recipient_scope: rt::Field::Absent,
            recipient_suggestions: rt::Field::Absent,
            total_member_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for MailTips {
    const TYPE_NAME: &'static str = "microsoft.graph.mailTips";
    const KEYS: &'static [&'static str] = &[
        "automaticReplies",
        "customMailTip",
        "deliveryRestricted",
        "emailAddress",
        "error",
        "externalMemberCount",
        "isModerated",
        "mailboxFull",
        "maxMessageSize",
        "recipientScope",
        "recipientSuggestions",
        "totalMemberCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"automaticReplies\":             ",
        ",\"customMailTip\":                ",
        ",\"deliveryRestricted\":           ",
        ",\"emailAddress\":                 ",
        ",\"error\":                        ",
        ",\"externalMemberCount\":          ",
        ",\"isModerated\":                  ",
        ",\"mailboxFull\":                  ",
        ",\"maxMessageSize\":               ",
        ",\"recipientScope\":               ",
        ",\"recipientSuggestions\":         ",
        ",\"totalMemberCount\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mailTips\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "automatic_replies", &self.automatic_replies);
        v.field(1usize, "custom_mail_tip", &self.custom_mail_tip);
        v.field(2usize, "delivery_restricted", &self.delivery_restricted);
        v.field(3usize, "email_address", &self.email_address);
        v.field(4usize, "error", &self.error);
        v.field(5usize, "external_member_count", &self.external_member_count);
        v.field(6usize, "is_moderated", &self.is_moderated);
        v.field(7usize, "mailbox_full", &self.mailbox_full);
        v.field(8usize, "max_message_size", &self.max_message_size);
        v.field(9usize, "recipient_scope", &self.recipient_scope);
        v.field(10usize, "recipient_suggestions", &self.recipient_suggestions);
        v.field(11usize, "total_member_count", &self.total_member_count);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for MailTips {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.automatic_replies.read_from(r),
            1usize => self.custom_mail_tip.read_from(r),
            2usize => self.delivery_restricted.read_from(r),
            3usize => self.email_address.read_from(r),
            4usize => self.error.read_from(r),
            5usize => self.external_member_count.read_from(r),
            6usize => self.is_moderated.read_from(r),
            7usize => self.mailbox_full.read_from(r),
            8usize => self.max_message_size.read_from(r),
            9usize => self.recipient_scope.read_from(r),
            10usize => self.recipient_suggestions.read_from(r),
            11usize => self.total_member_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.automatic_replies);
        w.field(1usize, &self.custom_mail_tip);
        w.field(2usize, &self.delivery_restricted);
        w.field(3usize, &self.email_address);
        w.field(4usize, &self.error);
        w.field(5usize, &self.external_member_count);
        w.field(6usize, &self.is_moderated);
        w.field(7usize, &self.mailbox_full);
        w.field(8usize, &self.max_message_size);
        w.field(9usize, &self.recipient_scope);
        w.field(10usize, &self.recipient_suggestions);
        w.field(11usize, &self.total_member_count);
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
rt::impl_object!(MailTips);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    MailTips { with_automatic_replies automatic_replies : crate
    ::v1::AutomaticRepliesMailTips; with_custom_mail_tip custom_mail_tip :
    ::std::string::String; with_delivery_restricted delivery_restricted : bool;
    with_email_address email_address : crate ::v1::EmailAddress; with_error error : crate
    ::v1::MailTipsError; with_external_member_count external_member_count : i32;
    with_is_moderated is_moderated : bool; with_mailbox_full mailbox_full : bool;
    with_max_message_size max_message_size : i32; with_recipient_scope recipient_scope :
    rt::Flags < crate ::v1::RecipientScopeType >; with_recipient_suggestions
    recipient_suggestions : ::std::vec::Vec < crate ::v1::AnyRecipient >;
    with_total_member_count total_member_count : i32; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MailTips);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.mailTipsError`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MailTipsError {
    /// CSDL: property `code`: `Edm.String`, nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for MailTipsError {
    #[inline]
    fn default() -> Self {
        Self {
            code: rt::Field::Absent,
            message: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for MailTipsError {
    const TYPE_NAME: &'static str = "microsoft.graph.mailTipsError";
    const KEYS: &'static [&'static str] = &["code", "message"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"code\":                         ",
        ",\"message\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mailTipsError\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "code", &self.code);
        v.field(1usize, "message", &self.message);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for MailTipsError {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.code.read_from(r),
            1usize => self.message.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.code);
        w.field(1usize, &self.message);
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
rt::impl_object!(MailTipsError);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    MailTipsError { with_code code : ::std::string::String; with_message message :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MailTipsError);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.mailTipsType`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MailTipsType {
    /// `automaticReplies` (value 1).
    AutomaticReplies,
    /// `mailboxFullStatus` (value 2).
    MailboxFullStatus,
    /// `customMailTip` (value 4).
    CustomMailTip,
    /// `externalMemberCount` (value 8).
    ExternalMemberCount,
    /// `totalMemberCount` (value 16).
    TotalMemberCount,
    /// `maxMessageSize` (value 32).
    MaxMessageSize,
    /// `deliveryRestriction` (value 64).
    DeliveryRestriction,
    /// `moderationStatus` (value 128).
    ModerationStatus,
    /// `recipientScope` (value 256).
    RecipientScope,
    /// `recipientSuggestions` (value 512).
    RecipientSuggestions,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for MailTipsType {
    const TYPE_NAME: &'static str = "microsoft.graph.mailTipsType";
    const MEMBERS: &'static [&'static str] = &[
        "automaticReplies",
        "mailboxFullStatus",
        "customMailTip",
        "externalMemberCount",
        "totalMemberCount",
        "maxMessageSize",
        "deliveryRestriction",
        "moderationStatus",
        "recipientScope",
        "recipientSuggestions",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "automaticReplies" => Self::AutomaticReplies,
                "mailboxFullStatus" => Self::MailboxFullStatus,
                "customMailTip" => Self::CustomMailTip,
                "externalMemberCount" => Self::ExternalMemberCount,
                "totalMemberCount" => Self::TotalMemberCount,
                "maxMessageSize" => Self::MaxMessageSize,
                "deliveryRestriction" => Self::DeliveryRestriction,
                "moderationStatus" => Self::ModerationStatus,
                "recipientScope" => Self::RecipientScope,
                "recipientSuggestions" => Self::RecipientSuggestions,
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
            Self::AutomaticReplies => "automaticReplies",
            Self::MailboxFullStatus => "mailboxFullStatus",
            Self::CustomMailTip => "customMailTip",
            Self::ExternalMemberCount => "externalMemberCount",
            Self::TotalMemberCount => "totalMemberCount",
            Self::MaxMessageSize => "maxMessageSize",
            Self::DeliveryRestriction => "deliveryRestriction",
            Self::ModerationStatus => "moderationStatus",
            Self::RecipientScope => "recipientScope",
            Self::RecipientSuggestions => "recipientSuggestions",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(MailTipsType);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MailTipsType);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.mailbox`, entity type, derived from `microsoft.graph.directoryObject`, key `id`.
///
/// Request builders: [`MailboxPath`](requests/trait.MailboxPath.html), what a path to one (`EntityPath<Mailbox, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Mailbox {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: containment navigation property `folders`: `Collection(microsoft.graph.mailboxFolder)`, not nullable.
    pub folders: rt::Field<::std::vec::Vec<crate::v1::MailboxFolder>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for Mailbox {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            folders: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for Mailbox {
    const TYPE_NAME: &'static str = "microsoft.graph.mailbox";
    const KEYS: &'static [&'static str] = &["id", "deletedDateTime", "folders"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"folders\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mailbox\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "folders", &self.folders);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for Mailbox {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.folders.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.folders);
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
rt::impl_object!(Mailbox);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    Mailbox { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_folders folders : ::std::vec::Vec <
    crate ::v1::MailboxFolder >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Mailbox);
#[cfg(msgraph_v1_places_or_search)]
/// CSDL: `microsoft.graph.mailboxDetails`, complex type.
///
/// Features: `v1`, or one of `v1-places`, `v1-search`.
#[derive(Clone)]
pub struct MailboxDetails {
    /// CSDL: property `emailAddress`: `Edm.String`, nullable.
    pub email_address: rt::Field<::std::string::String>,
    /// CSDL: property `externalDirectoryObjectId`: `Edm.String`, nullable.
    pub external_directory_object_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_places_or_search)]
impl ::std::default::Default for MailboxDetails {
    #[inline]
    fn default() -> Self {
        Self {
            email_address: rt::Field::Absent,
            external_directory_object_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::Object for MailboxDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.mailboxDetails";
    const KEYS: &'static [&'static str] = &["emailAddress", "externalDirectoryObjectId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"emailAddress\":                 ",
        ",\"externalDirectoryObjectId\":    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mailboxDetails\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "email_address", &self.email_address);
        v.field(
            1usize,
            "external_directory_object_id",
            &self.external_directory_object_id,
        );
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::object::Members for MailboxDetails {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.email_address.read_from(r),
            1usize => self.external_directory_object_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.email_address);
        w.field(1usize, &self.external_directory_object_id);
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
#[cfg(msgraph_v1_places_or_search)]
rt::impl_object!(MailboxDetails);
#[cfg(msgraph_v1_places_or_search)]
rt::impl_setters!(
    MailboxDetails { with_email_address email_address : ::std::string::String;
    with_external_directory_object_id external_directory_object_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_places_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MailboxDetails);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.mailboxFolder`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`MailboxFolderPath`](requests/trait.MailboxFolderPath.html), what a path to one (`EntityPath<MailboxFolder, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MailboxFolder {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `childFolderCount`: `Edm.Int32`, nullable.
    pub child_folder_count: rt::Field<i32>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `parentFolderId`: `Edm.String`, nullable.
    pub parent_folder_id: rt::Field<::std::string::String>,
    /// CSDL: property `totalItemCount`: `Edm.Int32`, nullable.
    pub total_item_count: rt::Field<i32>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `childFolders`: `Collection(microsoft.graph.mailboxFolder)`, not nullable.
    pub child_folders: rt::Field<::std::vec::Vec<crate::v1::MailboxFolder>>,
    /// CSDL: containment navigation property `items`: `Collection(microsoft.graph.mailboxItem)`, not nullable.
    pub items: rt::Field<::std::vec::Vec<crate::v1::MailboxItem>>,
    /// CSDL: containment navigation property `multiValueExtendedProperties`: `Collection(microsoft.graph.multiValueLegacyExtendedProperty)`, not nullable.
    pub multi_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::v1::MultiValueLegacyExtendedProperty>,
    >,
    /// CSDL: containment navigation property `singleValueExtendedProperties`: `Collection(microsoft.graph.singleValueLegacyExtendedProperty)`, not nullable.
    pub single_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::v1::SingleValueLegacyExtendedProperty>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for MailboxFolder {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            child_folder_count: rt::Field::Absent,
            display_name: rt::Field::Absent,
            parent_folder_id: rt::Field::Absent,
            total_item_count: rt::Field::Absent,
            type_: rt::Field::Absent,
            child_folders: rt::Field::Absent,
            items: rt::Field::Absent,
            multi_value_extended_properties: rt::Field::Absent,
            single_value_extended_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for MailboxFolder {
    const TYPE_NAME: &'static str = "microsoft.graph.mailboxFolder";
    const KEYS: &'static [&'static str] = &[
        "id",
        "childFolderCount",
        "displayName",
        "parentFolderId",
        "totalItemCount",
        "type",
        "childFolders",
        "items",
        "multiValueExtendedProperties",
        "singleValueExtendedProperties",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"childFolderCount\":             ",
        ",\"displayName\":                  ",
        ",\"parentFolderId\":               ",
        ",\"totalItemCount\":               ",
        ",\"type\":                         ",
        ",\"childFolders\":                 ",
        ",\"items\":                        ",
        ",\"multiValueExtendedProperties\": ",
        ",\"singleValueExtendedProperties\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mailboxFolder\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "child_folder_count", &self.child_folder_count);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "parent_folder_id", &self.parent_folder_id);
        v.field(4usize, "total_item_count", &self.total_item_count);
        v.field(5usize, "type_", &self.type_);
        v.field(6usize, "child_folders", &self.child_folders);
        v.field(7usize, "items", &self.items);
        v.field(
            8usize,
            "multi_value_extended_properties",
            &self.multi_value_extended_properties,
        );
        v.field(
            9usize,
            "single_value_extended_properties",
            &self.single_value_extended_properties,
        );
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for MailboxFolder {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.child_folder_count.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.parent_folder_id.read_from(r),
            4usize => self.total_item_count.read_from(r),
            5usize => self.type_.read_from(r),
            6usize => self.child_folders.read_from(r),
            7usize => self.items.read_from(r),
            8usize => self.multi_value_extended_properties.read_from(r),
            9usize => self.single_value_extended_properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.child_folder_count);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.parent_folder_id);
        w.field(4usize, &self.total_item_count);
        w.field(5usize, &self.type_);
        w.field(6usize, &self.child_folders);
        w.field(7usize, &self.items);
        w.field(8usize, &self.multi_value_extended_properties);
        w.field(9usize, &self.single_value_extended_properties);
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
rt::impl_object!(MailboxFolder);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    MailboxFolder { with_id id : ::std::string::String; with_child_folder_count
    child_folder_count : i32; with_display_name display_name : ::std::string::String;
    with_parent_folder_id parent_folder_id : ::std::string::String; with_total_item_count
    total_item_count : i32; with_type type_ : ::std::string::String; with_child_folders
    child_folders : ::std::vec::Vec < crate ::v1::MailboxFolder >; with_items items :
    ::std::vec::Vec < crate ::v1::MailboxItem >; with_multi_value_extended_properties
    multi_value_extended_properties : ::std::vec::Vec < crate
    ::v1::MultiValueLegacyExtendedProperty >; with_single_value_extended_properties
    single_value_extended_properties : ::std::vec::Vec < crate
    ::v1::SingleValueLegacyExtendedProperty >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MailboxFolder);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.mailboxItem`, entity type, derived from `microsoft.graph.outlookItem`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MailboxItem {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `categories`: `Collection(Edm.String)`, nullable.
    pub categories: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `changeKey`: `Edm.String`, nullable.
    pub change_key: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `size`: `Edm.Int64`, nullable.
    pub size: rt::Field<i64>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `multiValueExtendedProperties`: `Collection(microsoft.graph.multiValueLegacyExtendedProperty)`, not nullable.
    pub multi_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::v1::MultiValueLegacyExtendedProperty>,
    >,
    /// CSDL: containment navigation property `singleValueExtendedProperties`: `Collection(microsoft.graph.singleValueLegacyExtendedProperty)`, not nullable.
    pub single_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::v1::SingleValueLegacyExtendedProperty>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for MailboxItem {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            categories: rt::Field::Absent,
            change_key: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            size: rt::Field::Absent,
            type_: rt::Field::Absent,
            multi_value_extended_properties: rt::Field::Absent,
            single_value_extended_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for MailboxItem {
    const TYPE_NAME: &'static str = "microsoft.graph.mailboxItem";
    const KEYS: &'static [&'static str] = &[
        "id",
        "categories",
        "changeKey",
        "createdDateTime",
        "lastModifiedDateTime",
        "size",
        "type",
        "multiValueExtendedProperties",
        "singleValueExtendedProperties",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"categories\":                   ",
        ",\"changeKey\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedDateTime\":         ",
        ",\"size\":                         ",
        ",\"type\":                         ",
        ",\"multiValueExtendedProperties\": ",
        ",\"singleValueExtendedProperties\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mailboxItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "categories", &self.categories);
        v.field(2usize, "change_key", &self.change_key);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "size", &self.size);
        v.field(6usize, "type_", &self.type_);
        v.field(
            7usize,
            "multi_value_extended_properties",
            &self.multi_value_extended_properties,
        );
        v.field(
            8usize,
            "single_value_extended_properties",
            &self.single_value_extended_properties,
        );
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for MailboxItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.categories.read_from(r),
            2usize => self.change_key.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.size.read_from(r),
            6usize => self.type_.read_from(r),
            7usize => self.multi_value_extended_properties.read_from(r),
            8usize => self.single_value_extended_properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.categories);
        w.field(2usize, &self.change_key);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.size);
        w.field(6usize, &self.type_);
        w.field(7usize, &self.multi_value_extended_properties);
        w.field(8usize, &self.single_value_extended_properties);
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
rt::impl_object!(MailboxItem);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    MailboxItem { with_id id : ::std::string::String; with_categories categories :
    ::std::vec::Vec < ::std::string::String >; with_change_key change_key :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_size size : i64; with_type type_ :
    ::std::string::String; with_multi_value_extended_properties
    multi_value_extended_properties : ::std::vec::Vec < crate
    ::v1::MultiValueLegacyExtendedProperty >; with_single_value_extended_properties
    single_value_extended_properties : ::std::vec::Vec < crate
    ::v1::SingleValueLegacyExtendedProperty >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MailboxItem);
