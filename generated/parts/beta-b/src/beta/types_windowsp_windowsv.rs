//! Types of `microsoft.graph` by the first letters of their names (`windowsp_windowsv`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// This class contains compliance settings for Windows 8.1 Mobile.
///
/// CSDL: `microsoft.graph.windowsPhone81CompliancePolicy`, entity type, derived from `microsoft.graph.deviceCompliancePolicy`, key `id`.
///
/// Request builders: [`DeviceCompliancePolicyPath`](requests/trait.DeviceCompliancePolicyPath.html), what a path to one (`EntityPath<WindowsPhone81CompliancePolicy, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsPhone81CompliancePolicy {
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
    /// Number of days before the password expires.
    ///
    /// CSDL: property `passwordExpirationDays`: `Edm.Int32`, nullable.
    pub password_expiration_days: rt::Field<i32>,
    /// The number of character sets required in the password.
    ///
    /// CSDL: property `passwordMinimumCharacterSetCount`: `Edm.Int32`, nullable.
    pub password_minimum_character_set_count: rt::Field<i32>,
    /// Minimum length of passwords.
    ///
    /// CSDL: property `passwordMinimumLength`: `Edm.Int32`, nullable.
    pub password_minimum_length: rt::Field<i32>,
    /// Minutes of inactivity before a password is required.
    ///
    /// CSDL: property `passwordMinutesOfInactivityBeforeLock`: `Edm.Int32`, nullable.
    pub password_minutes_of_inactivity_before_lock: rt::Field<i32>,
    /// Number of previous passwords to block. Valid values 0 to 24
    ///
    /// CSDL: property `passwordPreviousPasswordBlockCount`: `Edm.Int32`, nullable.
    pub password_previous_password_block_count: rt::Field<i32>,
    /// Whether or not to require a password.
    ///
    /// CSDL: property `passwordRequired`: `Edm.Boolean`, not nullable.
    pub password_required: rt::Field<bool>,
    /// The required password type.
    ///
    /// CSDL: property `passwordRequiredType`: `microsoft.graph.requiredPasswordType`, not nullable.
    pub password_required_type: rt::Field<crate::beta::RequiredPasswordType>,
    /// Require encryption on windows phone devices.
    ///
    /// CSDL: property `storageRequireEncryption`: `Edm.Boolean`, not nullable.
    pub storage_require_encryption: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsPhone81CompliancePolicy {
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
impl rt::Object for WindowsPhone81CompliancePolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsPhone81CompliancePolicy";
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
    const TAG: &'static str = "\"#microsoft.graph.windowsPhone81CompliancePolicy\"";
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
impl rt::object::Members for WindowsPhone81CompliancePolicy {
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
rt::impl_object!(WindowsPhone81CompliancePolicy);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsPhone81CompliancePolicy { with_id id : ::std::string::String;
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
rt::impl_serde!(WindowsPhone81CompliancePolicy);
#[cfg(msgraph_beta_device_management_or_search)]
/// Specify access control level per privacy data category
///
/// CSDL: `microsoft.graph.windowsPrivacyDataAccessControlItem`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsPrivacyDataAccessControlItem {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// This indicates an access level for the privacy data category to which the specified application will be given to.
    ///
    /// CSDL: property `accessLevel`: `microsoft.graph.windowsPrivacyDataAccessLevel`, not nullable.
    pub access_level: rt::Field<crate::beta::WindowsPrivacyDataAccessLevel>,
    /// The Package Family Name of a Windows app. When set, the access level applies to the specified application.
    ///
    /// CSDL: property `appDisplayName`: `Edm.String`, nullable.
    pub app_display_name: rt::Field<::std::string::String>,
    /// The Package Family Name of a Windows app. When set, the access level applies to the specified application.
    ///
    /// CSDL: property `appPackageFamilyName`: `Edm.String`, nullable.
    pub app_package_family_name: rt::Field<::std::string::String>,
    /// This indicates a privacy data category to which the specific access control will apply.
    ///
    /// CSDL: property `dataCategory`: `microsoft.graph.windowsPrivacyDataCategory`, not nullable.
    pub data_category: rt::Field<crate::beta::WindowsPrivacyDataCategory>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsPrivacyDataAccessControlItem {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            access_level: rt::Field::Absent,
            app_display_name: rt::Field::Absent,
            app_package_family_name: rt::Field::Absent,
            data_category: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsPrivacyDataAccessControlItem {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsPrivacyDataAccessControlItem";
    const KEYS: &'static [&'static str] = &[
        "id",
        "accessLevel",
        "appDisplayName",
        "appPackageFamilyName",
        "dataCategory",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"accessLevel\":                  ",
        ",\"appDisplayName\":               ",
        ",\"appPackageFamilyName\":         ",
        ",\"dataCategory\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsPrivacyDataAccessControlItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "access_level", &self.access_level);
        v.field(2usize, "app_display_name", &self.app_display_name);
        v.field(3usize, "app_package_family_name", &self.app_package_family_name);
        v.field(4usize, "data_category", &self.data_category);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsPrivacyDataAccessControlItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.access_level.read_from(r),
            2usize => self.app_display_name.read_from(r),
            3usize => self.app_package_family_name.read_from(r),
            4usize => self.data_category.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.access_level);
        w.field(2usize, &self.app_display_name);
        w.field(3usize, &self.app_package_family_name);
        w.field(4usize, &self.data_category);
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
rt::impl_object!(WindowsPrivacyDataAccessControlItem);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsPrivacyDataAccessControlItem { with_id id : ::std::string::String;
    with_access_level access_level : crate ::beta::WindowsPrivacyDataAccessLevel;
    with_app_display_name app_display_name : ::std::string::String;
    with_app_package_family_name app_package_family_name : ::std::string::String;
    with_data_category data_category : crate ::beta::WindowsPrivacyDataCategory; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsPrivacyDataAccessControlItem);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.windowsPrivacyDataAccessLevel`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsPrivacyDataAccessLevel {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `forceAllow` (value 1).
    ForceAllow,
    /// `forceDeny` (value 2).
    ForceDeny,
    /// `userInControl` (value 3).
    UserInControl,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for WindowsPrivacyDataAccessLevel {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsPrivacyDataAccessLevel";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "forceAllow",
        "forceDeny",
        "userInControl",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "forceAllow" => Self::ForceAllow,
                "forceDeny" => Self::ForceDeny,
                "userInControl" => Self::UserInControl,
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
            Self::ForceAllow => "forceAllow",
            Self::ForceDeny => "forceDeny",
            Self::UserInControl => "userInControl",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(WindowsPrivacyDataAccessLevel);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsPrivacyDataAccessLevel);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.windowsPrivacyDataCategory`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsPrivacyDataCategory {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `accountInfo` (value 1).
    AccountInfo,
    /// `appsRunInBackground` (value 2).
    AppsRunInBackground,
    /// `calendar` (value 3).
    Calendar,
    /// `callHistory` (value 4).
    CallHistory,
    /// `camera` (value 5).
    Camera,
    /// `contacts` (value 6).
    Contacts,
    /// `diagnosticsInfo` (value 7).
    DiagnosticsInfo,
    /// `email` (value 8).
    Email,
    /// `location` (value 9).
    Location,
    /// `messaging` (value 10).
    Messaging,
    /// `microphone` (value 11).
    Microphone,
    /// `motion` (value 12).
    Motion,
    /// `notifications` (value 13).
    Notifications,
    /// `phone` (value 14).
    Phone,
    /// `radios` (value 15).
    Radios,
    /// `tasks` (value 16).
    Tasks,
    /// `syncWithDevices` (value 17).
    SyncWithDevices,
    /// `trustedDevices` (value 18).
    TrustedDevices,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for WindowsPrivacyDataCategory {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsPrivacyDataCategory";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "accountInfo",
        "appsRunInBackground",
        "calendar",
        "callHistory",
        "camera",
        "contacts",
        "diagnosticsInfo",
        "email",
        "location",
        "messaging",
        "microphone",
        "motion",
        "notifications",
        "phone",
        "radios",
        "tasks",
        "syncWithDevices",
        "trustedDevices",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "accountInfo" => Self::AccountInfo,
                "appsRunInBackground" => Self::AppsRunInBackground,
                "calendar" => Self::Calendar,
                "callHistory" => Self::CallHistory,
                "camera" => Self::Camera,
                "contacts" => Self::Contacts,
                "diagnosticsInfo" => Self::DiagnosticsInfo,
                "email" => Self::Email,
                "location" => Self::Location,
                "messaging" => Self::Messaging,
                "microphone" => Self::Microphone,
                "motion" => Self::Motion,
                "notifications" => Self::Notifications,
                "phone" => Self::Phone,
                "radios" => Self::Radios,
                "tasks" => Self::Tasks,
                "syncWithDevices" => Self::SyncWithDevices,
                "trustedDevices" => Self::TrustedDevices,
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
            Self::AccountInfo => "accountInfo",
            Self::AppsRunInBackground => "appsRunInBackground",
            Self::Calendar => "calendar",
            Self::CallHistory => "callHistory",
            Self::Camera => "camera",
            Self::Contacts => "contacts",
            Self::DiagnosticsInfo => "diagnosticsInfo",
            Self::Email => "email",
            Self::Location => "location",
            Self::Messaging => "messaging",
            Self::Microphone => "microphone",
            Self::Motion => "motion",
            Self::Notifications => "notifications",
            Self::Phone => "phone",
            Self::Radios => "radios",
            Self::Tasks => "tasks",
            Self::SyncWithDevices => "syncWithDevices",
            Self::TrustedDevices => "trustedDevices",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(WindowsPrivacyDataCategory);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsPrivacyDataCategory);
#[cfg(msgraph_beta_core)]
/// Device protection status entity.
///
/// CSDL: `microsoft.graph.windowsProtectionState`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`WindowsProtectionStatePath`](requests/trait.WindowsProtectionStatePath.html), what a path to one (`EntityPath<WindowsProtectionState, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WindowsProtectionState {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Current anti malware version
    ///
    /// CSDL: property `antiMalwareVersion`: `Edm.String`, nullable.
    pub anti_malware_version: rt::Field<::std::string::String>,
    /// Computer's state (like clean or pending full scan or pending reboot etc)
    ///
    /// CSDL: property `deviceState`: `microsoft.graph.windowsDeviceHealthState`, nullable.
    pub device_state: rt::Field<rt::Flags<crate::beta::WindowsDeviceHealthState>>,
    /// Current endpoint protection engine's version
    ///
    /// CSDL: property `engineVersion`: `Edm.String`, nullable.
    pub engine_version: rt::Field<::std::string::String>,
    /// Full scan overdue or not?
    ///
    /// CSDL: property `fullScanOverdue`: `Edm.Boolean`, nullable.
    pub full_scan_overdue: rt::Field<bool>,
    /// Full scan required or not?
    ///
    /// CSDL: property `fullScanRequired`: `Edm.Boolean`, nullable.
    pub full_scan_required: rt::Field<bool>,
    /// Indicates whether the device is a virtual machine.
    ///
    /// CSDL: property `isVirtualMachine`: `Edm.Boolean`, nullable.
    pub is_virtual_machine: rt::Field<bool>,
    /// Last quick scan datetime
    ///
    /// CSDL: property `lastFullScanDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_full_scan_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Last full scan signature version
    ///
    /// CSDL: property `lastFullScanSignatureVersion`: `Edm.String`, nullable.
    pub last_full_scan_signature_version: rt::Field<::std::string::String>,
    /// Last quick scan datetime
    ///
    /// CSDL: property `lastQuickScanDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_quick_scan_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Last quick scan signature version
    ///
    /// CSDL: property `lastQuickScanSignatureVersion`: `Edm.String`, nullable.
    pub last_quick_scan_signature_version: rt::Field<::std::string::String>,
    /// Last device health status reported time
    ///
    /// CSDL: property `lastReportedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_reported_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Anti malware is enabled or not
    ///
    /// CSDL: property `malwareProtectionEnabled`: `Edm.Boolean`, nullable.
    pub malware_protection_enabled: rt::Field<bool>,
    /// Network inspection system enabled or not?
    ///
    /// CSDL: property `networkInspectionSystemEnabled`: `Edm.Boolean`, nullable.
    pub network_inspection_system_enabled: rt::Field<bool>,
    /// Product Status of Windows Defender Antivirus
    ///
    /// CSDL: property `productStatus`: `microsoft.graph.windowsDefenderProductStatus`, nullable.
    pub product_status: rt::Field<rt::Flags<crate::beta::WindowsDefenderProductStatus>>,
    /// Quick scan overdue or not?
    ///
    /// CSDL: property `quickScanOverdue`: `Edm.Boolean`, nullable.
    pub quick_scan_overdue: rt::Field<bool>,
    /// Real time protection is enabled or not?
    ///
    /// CSDL: property `realTimeProtectionEnabled`: `Edm.Boolean`, nullable.
    pub real_time_protection_enabled: rt::Field<bool>,
    /// Reboot required or not?
    ///
    /// CSDL: property `rebootRequired`: `Edm.Boolean`, nullable.
    pub reboot_required: rt::Field<bool>,
    /// Signature out of date or not?
    ///
    /// CSDL: property `signatureUpdateOverdue`: `Edm.Boolean`, nullable.
    pub signature_update_overdue: rt::Field<bool>,
    /// Current malware definitions version
    ///
    /// CSDL: property `signatureVersion`: `Edm.String`, nullable.
    pub signature_version: rt::Field<::std::string::String>,
    /// Indicates whether the Windows Defender tamper protection feature is enabled.
    ///
    /// CSDL: property `tamperProtectionEnabled`: `Edm.Boolean`, nullable.
    pub tamper_protection_enabled: rt::Field<bool>,
    /// Device malware list
    ///
    /// CSDL: containment navigation property `detectedMalwareState`: `Collection(microsoft.graph.windowsDeviceMalwareState)`, not nullable.
    pub detected_malware_state: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsDeviceMalwareState>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for WindowsProtectionState {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            anti_malware_version: rt::Field::Absent,
            device_state: rt::Field::Absent,
            engine_version: rt::Field::Absent,
            full_scan_overdue: rt::Field::Absent,
            full_scan_required: rt::Field::Absent,
            is_virtual_machine: rt::Field::Absent,
            last_full_scan_date_time: rt::Field::Absent,
            last_full_scan_signature_version: rt::Field::Absent,
            last_quick_scan_date_time: rt::Field::Absent,
            last_quick_scan_signature_version: rt::Field::Absent,
            last_reported_date_time: rt::Field::Absent,
            malware_protection_enabled: rt::Field::Absent,
            network_inspection_system_enabled: rt::Field::Absent,
            product_status: rt::Field::Absent,
            quick_scan_overdue: rt::Field::Absent,
            real_time_protection_enabled: rt::Field::Absent,
            reboot_required: rt::Field::Absent,
            signature_update_overdue: rt::Field::Absent,
            signature_version: rt::Field::Absent,
            tamper_protection_enabled: rt::Field::Absent,
            detected_malware_state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for WindowsProtectionState {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsProtectionState";
    const KEYS: &'static [&'static str] = &[
        "id",
        "antiMalwareVersion",
        "deviceState",
        "engineVersion",
        "fullScanOverdue",
        "fullScanRequired",
        "isVirtualMachine",
        "lastFullScanDateTime",
        "lastFullScanSignatureVersion",
        "lastQuickScanDateTime",
        "lastQuickScanSignatureVersion",
        "lastReportedDateTime",
        "malwareProtectionEnabled",
        "networkInspectionSystemEnabled",
        "productStatus",
        "quickScanOverdue",
        "realTimeProtectionEnabled",
        "rebootRequired",
        "signatureUpdateOverdue",
        "signatureVersion",
        "tamperProtectionEnabled",
        "detectedMalwareState",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"antiMalwareVersion\":           ",
        ",\"deviceState\":                  ",
        ",\"engineVersion\":                ",
        ",\"fullScanOverdue\":              ",
        ",\"fullScanRequired\":             ",
        ",\"isVirtualMachine\":             ",
        ",\"lastFullScanDateTime\":         ",
        ",\"lastFullScanSignatureVersion\": ",
        ",\"lastQuickScanDateTime\":        ",
        ",\"lastQuickScanSignatureVersion\":",
        ",\"lastReportedDateTime\":         ",
        ",\"malwareProtectionEnabled\":     ",
        ",\"networkInspectionSystemEnabled\":",
        ",\"productStatus\":                ",
        ",\"quickScanOverdue\":             ",
        ",\"realTimeProtectionEnabled\":    ",
        ",\"rebootRequired\":               ",
        ",\"signatureUpdateOverdue\":       ",
        ",\"signatureVersion\":             ",
        ",\"tamperProtectionEnabled\":      ",
        ",\"detectedMalwareState\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsProtectionState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "anti_malware_version", &self.anti_malware_version);
        v.field(2usize, "device_state", &self.device_state);
        v.field(3usize, "engine_version", &self.engine_version);
        v.field(4usize, "full_scan_overdue", &self.full_scan_overdue);
        v.field(5usize, "full_scan_required", &self.full_scan_required);
        v.field(6usize, "is_virtual_machine", &self.is_virtual_machine);
        v.field(7usize, "last_full_scan_date_time", &self.last_full_scan_date_time);
        v.field(
            8usize,
            "last_full_scan_signature_version",
            &self.last_full_scan_signature_version,
        );
        v.field(9usize, "last_quick_scan_date_time", &self.last_quick_scan_date_time);
        v.field(
            10usize,
            "last_quick_scan_signature_version",
            &self.last_quick_scan_signature_version,
        );
        v.field(11usize, "last_reported_date_time", &self.last_reported_date_time);
        v.field(12usize, "malware_protection_enabled", &self.malware_protection_enabled);
        v.field(
            13usize,
            "network_inspection_system_enabled",
            &self.network_inspection_system_enabled,
        );
        v.field(14usize, "product_status", &self.product_status);
        v.field(15usize, "quick_scan_overdue", &self.quick_scan_overdue);
        v.field(
            16usize,
            "real_time_protection_enabled",
            &self.real_time_protection_enabled,
        );
        v.field(17usize, "reboot_required", &self.reboot_required);
        v.field(18usize, "signature_update_overdue", &self.signature_update_overdue);
        v.field(19usize, "signature_version", &self.signature_version);
        v.field(20usize, "tamper_protection_enabled", &self.tamper_protection_enabled);
        v.field(21usize, "detected_malware_state", &self.detected_malware_state);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for WindowsProtectionState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.anti_malware_version.read_from(r),
            2usize => self.device_state.read_from(r),
            3usize => self.engine_version.read_from(r),
            4usize => self.full_scan_overdue.read_from(r),
            5usize => self.full_scan_required.read_from(r),
            6usize => self.is_virtual_machine.read_from(r),
            7usize => self.last_full_scan_date_time.read_from(r),
            8usize => self.last_full_scan_signature_version.read_from(r),
            9usize => self.last_quick_scan_date_time.read_from(r),
            10usize => self.last_quick_scan_signature_version.read_from(r),
            11usize => self.last_reported_date_time.read_from(r),
            12usize => self.malware_protection_enabled.read_from(r),
            13usize => self.network_inspection_system_enabled.read_from(r),
            14usize => self.product_status.read_from(r),
            15usize => self.quick_scan_overdue.read_from(r),
            16usize => self.real_time_protection_enabled.read_from(r),
            17usize => self.reboot_required.read_from(r),
            18usize => self.signature_update_overdue.read_from(r),
            19usize => self.signature_version.read_from(r),
            20usize => self.tamper_protection_enabled.read_from(r),
            21usize => self.detected_malware_state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.anti_malware_version);
        w.field(2usize, &self.device_state);
        w.field(3usize, &self.engine_version);
        w.field(4usize, &self.full_scan_overdue);
        w.field(5usize, &self.full_scan_required);
        w.field(6usize, &self.is_virtual_machine);
        w.field(7usize, &self.last_full_scan_date_time);
        w.field(8usize, &self.last_full_scan_signature_version);
        w.field(9usize, &self.last_quick_scan_date_time);
        w.field(10usize, &self.last_quick_scan_signature_version);
        w.field(11usize, &self.last_reported_date_time);
        w.field(12usize, &self.malware_protection_enabled);
        w.field(13usize, &self.network_inspection_system_enabled);
        w.field(14usize, &self.product_status);
        w.field(15usize, &self.quick_scan_overdue);
        w.field(16usize, &self.real_time_protection_enabled);
        w.field(17usize, &self.reboot_required);
        w.field(18usize, &self.signature_update_overdue);
        w.field(19usize, &self.signature_version);
        w.field(20usize, &self.tamper_protection_enabled);
        w.field(21usize, &self.detected_malware_state);
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
rt::impl_object!(WindowsProtectionState);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    WindowsProtectionState { with_id id : ::std::string::String;
    with_anti_malware_version anti_malware_version : ::std::string::String;
    with_device_state device_state : rt::Flags < crate ::beta::WindowsDeviceHealthState
    >; with_engine_version engine_version : ::std::string::String; with_full_scan_overdue
    full_scan_overdue : bool; with_full_scan_required full_scan_required : bool;
    with_is_virtual_machine is_virtual_machine : bool; with_last_full_scan_date_time
    last_full_scan_date_time : rt::edm::DateTimeOffset;
    with_last_full_scan_signature_version last_full_scan_signature_version :
    ::std::string::String; with_last_quick_scan_date_time last_quick_scan_date_time :
    rt::edm::DateTimeOffset; with_last_quick_scan_signature_version
    last_quick_scan_signature_version : ::std::string::String;
    with_last_reported_date_time last_reported_date_time : rt::edm::DateTimeOffset;
    with_malware_protection_enabled malware_protection_enabled : bool;
    with_network_inspection_system_enabled network_inspection_system_enabled : bool;
    with_product_status product_status : rt::Flags < crate
    ::beta::WindowsDefenderProductStatus >; with_quick_scan_overdue quick_scan_overdue :
    bool; with_real_time_protection_enabled real_time_protection_enabled : bool;
    with_reboot_required reboot_required : bool; with_signature_update_overdue
    signature_update_overdue : bool; with_signature_version signature_version :
    ::std::string::String; with_tamper_protection_enabled tamper_protection_enabled :
    bool; with_detected_malware_state detected_malware_state : ::std::vec::Vec < crate
    ::beta::WindowsDeviceMalwareState >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsProtectionState);
#[cfg(msgraph_beta_device_management_or_search)]
/// Windows update catalog item entity
///
/// CSDL: `microsoft.graph.windowsQualityUpdateCatalogItem`, entity type, derived from `microsoft.graph.windowsUpdateCatalogItem`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsQualityUpdateCatalogItem {
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
    /// Classification of the quality update
    ///
    /// CSDL: property `classification`: `microsoft.graph.windowsQualityUpdateClassification`, not nullable.
    pub classification: rt::Field<crate::beta::WindowsQualityUpdateClassification>,
    /// Flag indicating if update qualifies for expedite
    ///
    /// CSDL: property `isExpeditable`: `Edm.Boolean`, not nullable.
    pub is_expeditable: rt::Field<bool>,
    /// Knowledge base article id
    ///
    /// CSDL: property `kbArticleId`: `Edm.String`, not nullable.
    pub kb_article_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsQualityUpdateCatalogItem {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            end_of_support_date: rt::Field::Absent,
            release_date_time: rt::Field::Absent,
            classification: rt::Field::Absent,
            is_expeditable: rt::Field::Absent,
            kb_article_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsQualityUpdateCatalogItem {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsQualityUpdateCatalogItem";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "endOfSupportDate",
        "releaseDateTime",
        "classification",
        "isExpeditable",
        "kbArticleId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"endOfSupportDate\":             ",
        ",\"releaseDateTime\":              ",
        ",\"classification\":               ",
        ",\"isExpeditable\":                ",
        ",\"kbArticleId\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsQualityUpdateCatalogItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "end_of_support_date", &self.end_of_support_date);
        v.field(3usize, "release_date_time", &self.release_date_time);
        v.field(4usize, "classification", &self.classification);
        v.field(5usize, "is_expeditable", &self.is_expeditable);
        v.field(6usize, "kb_article_id", &self.kb_article_id);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsQualityUpdateCatalogItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.end_of_support_date.read_from(r),
            3usize => self.release_date_time.read_from(r),
            4usize => self.classification.read_from(r),
            5usize => self.is_expeditable.read_from(r),
            6usize => self.kb_article_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.end_of_support_date);
        w.field(3usize, &self.release_date_time);
        w.field(4usize, &self.classification);
        w.field(5usize, &self.is_expeditable);
        w.field(6usize, &self.kb_article_id);
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
rt::impl_object!(WindowsQualityUpdateCatalogItem);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsQualityUpdateCatalogItem { with_id id : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_end_of_support_date
    end_of_support_date : rt::edm::DateTimeOffset; with_release_date_time
    release_date_time : rt::edm::DateTimeOffset; with_classification classification :
    crate ::beta::WindowsQualityUpdateClassification; with_is_expeditable is_expeditable
    : bool; with_kb_article_id kb_article_id : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsQualityUpdateCatalogItem);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.windowsQualityUpdateClassification`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsQualityUpdateClassification {
    /// `all` (value 0).
    All,
    /// `security` (value 1).
    Security,
    /// `nonSecurity` (value 2).
    NonSecurity,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for WindowsQualityUpdateClassification {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsQualityUpdateClassification";
    const MEMBERS: &'static [&'static str] = &["all", "security", "nonSecurity"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "all" => Self::All,
                "security" => Self::Security,
                "nonSecurity" => Self::NonSecurity,
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
            Self::All => "all",
            Self::Security => "security",
            Self::NonSecurity => "nonSecurity",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(WindowsQualityUpdateClassification);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsQualityUpdateClassification);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.windowsStartMenuAppListVisibilityType`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsStartMenuAppListVisibilityType {
    /// `userDefined` (value 0).
    UserDefined,
    /// `collapse` (value 1).
    Collapse,
    /// `remove` (value 2).
    Remove,
    /// `disableSettingsApp` (value 4).
    DisableSettingsApp,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for WindowsStartMenuAppListVisibilityType {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsStartMenuAppListVisibilityType";
    const MEMBERS: &'static [&'static str] = &[
        "userDefined",
        "collapse",
        "remove",
        "disableSettingsApp",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userDefined" => Self::UserDefined,
                "collapse" => Self::Collapse,
                "remove" => Self::Remove,
                "disableSettingsApp" => Self::DisableSettingsApp,
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
            Self::Collapse => "collapse",
            Self::Remove => "remove",
            Self::DisableSettingsApp => "disableSettingsApp",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(WindowsStartMenuAppListVisibilityType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsStartMenuAppListVisibilityType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.windowsStartMenuModeType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsStartMenuModeType {
    /// `userDefined` (value 0).
    UserDefined,
    /// `fullScreen` (value 1).
    FullScreen,
    /// `nonFullScreen` (value 2).
    NonFullScreen,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for WindowsStartMenuModeType {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsStartMenuModeType";
    const MEMBERS: &'static [&'static str] = &[
        "userDefined",
        "fullScreen",
        "nonFullScreen",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userDefined" => Self::UserDefined,
                "fullScreen" => Self::FullScreen,
                "nonFullScreen" => Self::NonFullScreen,
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
            Self::FullScreen => "fullScreen",
            Self::NonFullScreen => "nonFullScreen",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(WindowsStartMenuModeType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsStartMenuModeType);
#[cfg(msgraph_beta_device_management_or_search)]
/// Windows update catalog item entity
///
/// CSDL: `microsoft.graph.windowsUpdateCatalogItem`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsUpdateCatalogItem {
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
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsUpdateCatalogItem {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            end_of_support_date: rt::Field::Absent,
            release_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsUpdateCatalogItem {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsUpdateCatalogItem";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "endOfSupportDate",
        "releaseDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"endOfSupportDate\":             ",
        ",\"releaseDateTime\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsUpdateCatalogItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "end_of_support_date", &self.end_of_support_date);
        v.field(3usize, "release_date_time", &self.release_date_time);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsUpdateCatalogItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.end_of_support_date.read_from(r),
            3usize => self.release_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.end_of_support_date);
        w.field(3usize, &self.release_date_time);
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
rt::impl_object!(WindowsUpdateCatalogItem);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsUpdateCatalogItem { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_end_of_support_date end_of_support_date :
    rt::edm::DateTimeOffset; with_release_date_time release_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsUpdateCatalogItem);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.windowsUpdateCatalogItem` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyWindowsUpdateCatalogItem {
    WindowsUpdateCatalogItem(::std::boxed::Box<crate::beta::WindowsUpdateCatalogItem>),
    WindowsFeatureUpdateCatalogItem(
        ::std::boxed::Box<crate::beta::WindowsFeatureUpdateCatalogItem>,
    ),
    WindowsQualityUpdateCatalogItem(
        ::std::boxed::Box<crate::beta::WindowsQualityUpdateCatalogItem>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyWindowsUpdateCatalogItem {
    #[inline]
    fn default() -> Self {
        Self::WindowsUpdateCatalogItem(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsUpdateCatalogItem>
for AnyWindowsUpdateCatalogItem {
    #[inline]
    fn from(v: crate::beta::WindowsUpdateCatalogItem) -> Self {
        Self::WindowsUpdateCatalogItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsFeatureUpdateCatalogItem>
for AnyWindowsUpdateCatalogItem {
    #[inline]
    fn from(v: crate::beta::WindowsFeatureUpdateCatalogItem) -> Self {
        Self::WindowsFeatureUpdateCatalogItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsQualityUpdateCatalogItem>
for AnyWindowsUpdateCatalogItem {
    #[inline]
    fn from(v: crate::beta::WindowsQualityUpdateCatalogItem) -> Self {
        Self::WindowsQualityUpdateCatalogItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyWindowsUpdateCatalogItem {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyWindowsUpdateCatalogItem {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyWindowsUpdateCatalogItem {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyWindowsUpdateCatalogItem {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyWindowsUpdateCatalogItem {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::WindowsUpdateCatalogItem>();
    rt::object::auto_traits::<crate::beta::WindowsFeatureUpdateCatalogItem>();
    rt::object::auto_traits::<crate::beta::WindowsQualityUpdateCatalogItem>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyWindowsUpdateCatalogItem {
    const BASE_NAME: &'static str = "microsoft.graph.windowsUpdateCatalogItem";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.windowsFeatureUpdateCatalogItem",
            ) => Self::WindowsFeatureUpdateCatalogItem(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windowsQualityUpdateCatalogItem",
            ) => Self::WindowsQualityUpdateCatalogItem(rt::object::new_boxed()),
            _ => Self::WindowsUpdateCatalogItem(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::WindowsUpdateCatalogItem(v) => &**v,
            Self::WindowsFeatureUpdateCatalogItem(v) => &**v,
            Self::WindowsQualityUpdateCatalogItem(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::WindowsUpdateCatalogItem(v) => &mut **v,
            Self::WindowsFeatureUpdateCatalogItem(v) => &mut **v,
            Self::WindowsQualityUpdateCatalogItem(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyWindowsUpdateCatalogItem {
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
            Self::WindowsUpdateCatalogItem(v) => &v.id,
            Self::WindowsFeatureUpdateCatalogItem(v) => &v.id,
            Self::WindowsQualityUpdateCatalogItem(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsUpdateCatalogItem(v) => &mut v.id,
            Self::WindowsFeatureUpdateCatalogItem(v) => &mut v.id,
            Self::WindowsQualityUpdateCatalogItem(v) => &mut v.id,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsUpdateCatalogItem(v) => &v.display_name,
            Self::WindowsFeatureUpdateCatalogItem(v) => &v.display_name,
            Self::WindowsQualityUpdateCatalogItem(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsUpdateCatalogItem(v) => &mut v.display_name,
            Self::WindowsFeatureUpdateCatalogItem(v) => &mut v.display_name,
            Self::WindowsQualityUpdateCatalogItem(v) => &mut v.display_name,
        }
    }
    /// `endOfSupportDate` of any variant.
    #[inline]
    pub fn end_of_support_date(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WindowsUpdateCatalogItem(v) => &v.end_of_support_date,
            Self::WindowsFeatureUpdateCatalogItem(v) => &v.end_of_support_date,
            Self::WindowsQualityUpdateCatalogItem(v) => &v.end_of_support_date,
        }
    }
    /// `endOfSupportDate` of any variant.
    #[inline]
    pub fn end_of_support_date_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WindowsUpdateCatalogItem(v) => &mut v.end_of_support_date,
            Self::WindowsFeatureUpdateCatalogItem(v) => &mut v.end_of_support_date,
            Self::WindowsQualityUpdateCatalogItem(v) => &mut v.end_of_support_date,
        }
    }
    /// `releaseDateTime` of any variant.
    #[inline]
    pub fn release_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WindowsUpdateCatalogItem(v) => &v.release_date_time,
            Self::WindowsFeatureUpdateCatalogItem(v) => &v.release_date_time,
            Self::WindowsQualityUpdateCatalogItem(v) => &v.release_date_time,
        }
    }
    /// `releaseDateTime` of any variant.
    #[inline]
    pub fn release_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WindowsUpdateCatalogItem(v) => &mut v.release_date_time,
            Self::WindowsFeatureUpdateCatalogItem(v) => &mut v.release_date_time,
            Self::WindowsQualityUpdateCatalogItem(v) => &mut v.release_date_time,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyWindowsUpdateCatalogItem);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyWindowsUpdateCatalogItem);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.windowsUpdateForBusinessUpdateWeeks`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsUpdateForBusinessUpdateWeeks {
    /// `userDefined` (value 0).
    UserDefined,
    /// `firstWeek` (value 1).
    FirstWeek,
    /// `secondWeek` (value 2).
    SecondWeek,
    /// `thirdWeek` (value 4).
    ThirdWeek,
    /// `fourthWeek` (value 8).
    FourthWeek,
    /// `everyWeek` (value 15).
    EveryWeek,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for WindowsUpdateForBusinessUpdateWeeks {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsUpdateForBusinessUpdateWeeks";
    const MEMBERS: &'static [&'static str] = &[
        "userDefined",
        "firstWeek",
        "secondWeek",
        "thirdWeek",
        "fourthWeek",
        "everyWeek",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userDefined" => Self::UserDefined,
                "firstWeek" => Self::FirstWeek,
                "secondWeek" => Self::SecondWeek,
                "thirdWeek" => Self::ThirdWeek,
                "fourthWeek" => Self::FourthWeek,
                "everyWeek" => Self::EveryWeek,
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
            Self::FirstWeek => "firstWeek",
            Self::SecondWeek => "secondWeek",
            Self::ThirdWeek => "thirdWeek",
            Self::FourthWeek => "fourthWeek",
            Self::EveryWeek => "everyWeek",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(WindowsUpdateForBusinessUpdateWeeks);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsUpdateForBusinessUpdateWeeks);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.windowsUpdateState`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsUpdateState {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Device display name.
    ///
    /// CSDL: property `deviceDisplayName`: `Edm.String`, nullable.
    pub device_display_name: rt::Field<::std::string::String>,
    /// The id of the device.
    ///
    /// CSDL: property `deviceId`: `Edm.String`, nullable.
    pub device_id: rt::Field<::std::string::String>,
    /// The current feature update version of the device.
    ///
    /// CSDL: property `featureUpdateVersion`: `Edm.String`, nullable.
    pub feature_update_version: rt::Field<::std::string::String>,
    /// The date time that the Windows Update Agent did a successful scan.
    ///
    /// CSDL: property `lastScanDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_scan_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Last date time that the device sync with with Microsoft Intune.
    ///
    /// CSDL: property `lastSyncDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_sync_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The Quality Update Version of the device.
    ///
    /// CSDL: property `qualityUpdateVersion`: `Edm.String`, nullable.
    pub quality_update_version: rt::Field<::std::string::String>,
    /// Windows udpate status.
    ///
    /// CSDL: property `status`: `microsoft.graph.windowsUpdateStatus`, not nullable.
    pub status: rt::Field<crate::beta::WindowsUpdateStatus>,
    /// The id of the user.
    ///
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// User principal name.
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsUpdateState {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            device_display_name: rt::Field::Absent,
            device_id: rt::Field::Absent,
            feature_update_version: rt::Field::Absent,
            last_scan_date_time: rt::Field::Absent,
            last_sync_date_time: rt::Field::Absent,
            quality_update_version: rt::Field::Absent,
            status: rt::Field::Absent,
            user_id: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsUpdateState {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsUpdateState";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deviceDisplayName",
        "deviceId",
        "featureUpdateVersion",
        "lastScanDateTime",
        "lastSyncDateTime",
        "qualityUpdateVersion",
        "status",
        "userId",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deviceDisplayName\":            ",
        ",\"deviceId\":                     ",
        ",\"featureUpdateVersion\":         ",
        ",\"lastScanDateTime\":             ",
        ",\"lastSyncDateTime\":             ",
        ",\"qualityUpdateVersion\":         ",
        ",\"status\":                       ",
        ",\"userId\":                       ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsUpdateState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "device_display_name", &self.device_display_name);
        v.field(2usize, "device_id", &self.device_id);
        v.field(3usize, "feature_update_version", &self.feature_update_version);
        v.field(4usize, "last_scan_date_time", &self.last_scan_date_time);
        v.field(5usize, "last_sync_date_time", &self.last_sync_date_time);
        v.field(6usize, "quality_update_version", &self.quality_update_version);
        v.field(7usize, "status", &self.status);
        v.field(8usize, "user_id", &self.user_id);
        v.field(9usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsUpdateState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.device_display_name.read_from(r),
            2usize => self.device_id.read_from(r),
            3usize => self.feature_update_version.read_from(r),
            4usize => self.last_scan_date_time.read_from(r),
            5usize => self.last_sync_date_time.read_from(r),
            6usize => self.quality_update_version.read_from(r),
            7usize => self.status.read_from(r),
            8usize => self.user_id.read_from(r),
            9usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.device_display_name);
        w.field(2usize, &self.device_id);
        w.field(3usize, &self.feature_update_version);
        w.field(4usize, &self.last_scan_date_time);
        w.field(5usize, &self.last_sync_date_time);
        w.field(6usize, &self.quality_update_version);
        w.field(7usize, &self.status);
        w.field(8usize, &self.user_id);
        w.field(9usize, &self.user_principal_name);
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
rt::impl_object!(WindowsUpdateState);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsUpdateState { with_id id : ::std::string::String; with_device_display_name
    device_display_name : ::std::string::String; with_device_id device_id :
    ::std::string::String; with_feature_update_version feature_update_version :
    ::std::string::String; with_last_scan_date_time last_scan_date_time :
    rt::edm::DateTimeOffset; with_last_sync_date_time last_sync_date_time :
    rt::edm::DateTimeOffset; with_quality_update_version quality_update_version :
    ::std::string::String; with_status status : crate ::beta::WindowsUpdateStatus;
    with_user_id user_id : ::std::string::String; with_user_principal_name
    user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsUpdateState);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.windowsUpdateStatus`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsUpdateStatus {
    /// `upToDate` (value 0).
    UpToDate,
    /// `pendingInstallation` (value 1).
    PendingInstallation,
    /// `pendingReboot` (value 2).
    PendingReboot,
    /// `failed` (value 3).
    Failed,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for WindowsUpdateStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsUpdateStatus";
    const MEMBERS: &'static [&'static str] = &[
        "upToDate",
        "pendingInstallation",
        "pendingReboot",
        "failed",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "upToDate" => Self::UpToDate,
                "pendingInstallation" => Self::PendingInstallation,
                "pendingReboot" => Self::PendingReboot,
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
            Self::UpToDate => "upToDate",
            Self::PendingInstallation => "pendingInstallation",
            Self::PendingReboot => "pendingReboot",
            Self::Failed => "failed",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(WindowsUpdateStatus);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsUpdateStatus);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.windowsUserType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsUserType {
    /// `administrator` (value 0).
    Administrator,
    /// `standard` (value 1).
    Standard,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for WindowsUserType {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsUserType";
    const MEMBERS: &'static [&'static str] = &["administrator", "standard"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "administrator" => Self::Administrator,
                "standard" => Self::Standard,
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
            Self::Administrator => "administrator",
            Self::Standard => "standard",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(WindowsUserType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsUserType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.windowsVpnConnectionType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsVpnConnectionType {
    /// `pulseSecure` (value 0).
    PulseSecure,
    /// `f5EdgeClient` (value 1).
    F5EdgeClient,
    /// `dellSonicWallMobileConnect` (value 2).
    DellSonicWallMobileConnect,
    /// `checkPointCapsuleVpn` (value 3).
    CheckPointCapsuleVpn,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for WindowsVpnConnectionType {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsVpnConnectionType";
    const MEMBERS: &'static [&'static str] = &[
        "pulseSecure",
        "f5EdgeClient",
        "dellSonicWallMobileConnect",
        "checkPointCapsuleVpn",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "pulseSecure" => Self::PulseSecure,
                "f5EdgeClient" => Self::F5EdgeClient,
                "dellSonicWallMobileConnect" => Self::DellSonicWallMobileConnect,
                "checkPointCapsuleVpn" => Self::CheckPointCapsuleVpn,
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
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(WindowsVpnConnectionType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsVpnConnectionType);
