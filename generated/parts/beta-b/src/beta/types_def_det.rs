//! Types of `microsoft.graph` by the first letters of their names (`def_det`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// Default device compliance policy rules that are enforced account wide.
///
/// CSDL: `microsoft.graph.defaultDeviceCompliancePolicy`, entity type, derived from `microsoft.graph.deviceCompliancePolicy`, key `id`.
///
/// Request builders: [`DeviceCompliancePolicyPath`](requests/trait.DeviceCompliancePolicyPath.html), what a path to one (`EntityPath<DefaultDeviceCompliancePolicy, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DefaultDeviceCompliancePolicy {
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
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DefaultDeviceCompliancePolicy {
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
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DefaultDeviceCompliancePolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.defaultDeviceCompliancePolicy";
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
    ];
    const TAG: &'static str = "\"#microsoft.graph.defaultDeviceCompliancePolicy\"";
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
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DefaultDeviceCompliancePolicy {
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
rt::impl_object!(DefaultDeviceCompliancePolicy);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DefaultDeviceCompliancePolicy { with_id id : ::std::string::String;
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
    ::beta::DeviceComplianceUserOverview; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DefaultDeviceCompliancePolicy);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.defenderAttackSurfaceType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DefenderAttackSurfaceType {
    /// `userDefined` (value 0).
    UserDefined,
    /// `block` (value 1).
    Block,
    /// `auditMode` (value 2).
    AuditMode,
    /// `warn` (value 6).
    Warn,
    /// `disable` (value 99).
    Disable,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DefenderAttackSurfaceType {
    const TYPE_NAME: &'static str = "microsoft.graph.defenderAttackSurfaceType";
    const MEMBERS: &'static [&'static str] = &[
        "userDefined",
        "block",
        "auditMode",
        "warn",
        "disable",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userDefined" => Self::UserDefined,
                "block" => Self::Block,
                "auditMode" => Self::AuditMode,
                "warn" => Self::Warn,
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
            Self::UserDefined => "userDefined",
            Self::Block => "block",
            Self::AuditMode => "auditMode",
            Self::Warn => "warn",
            Self::Disable => "disable",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DefenderAttackSurfaceType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DefenderAttackSurfaceType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.defenderPotentiallyUnwantedAppAction`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DefenderPotentiallyUnwantedAppAction {
    /// `deviceDefault` (value 0).
    DeviceDefault,
    /// `block` (value 1).
    Block,
    /// `audit` (value 2).
    Audit,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DefenderPotentiallyUnwantedAppAction {
    const TYPE_NAME: &'static str = "microsoft.graph.defenderPotentiallyUnwantedAppAction";
    const MEMBERS: &'static [&'static str] = &["deviceDefault", "block", "audit"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "deviceDefault" => Self::DeviceDefault,
                "block" => Self::Block,
                "audit" => Self::Audit,
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
            Self::Block => "block",
            Self::Audit => "audit",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DefenderPotentiallyUnwantedAppAction);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DefenderPotentiallyUnwantedAppAction);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.defenderPromptForSampleSubmission`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DefenderPromptForSampleSubmission {
    /// `userDefined` (value 0).
    UserDefined,
    /// `alwaysPrompt` (value 1).
    AlwaysPrompt,
    /// `promptBeforeSendingPersonalData` (value 2).
    PromptBeforeSendingPersonalData,
    /// `neverSendData` (value 3).
    NeverSendData,
    /// `sendAllDataWithoutPrompting` (value 4).
    SendAllDataWithoutPrompting,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DefenderPromptForSampleSubmission {
    const TYPE_NAME: &'static str = "microsoft.graph.defenderPromptForSampleSubmission";
    const MEMBERS: &'static [&'static str] = &[
        "userDefined",
        "alwaysPrompt",
        "promptBeforeSendingPersonalData",
        "neverSendData",
        "sendAllDataWithoutPrompting",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userDefined" => Self::UserDefined,
                "alwaysPrompt" => Self::AlwaysPrompt,
                "promptBeforeSendingPersonalData" => {
                    Self::PromptBeforeSendingPersonalData
                }
                "neverSendData" => Self::NeverSendData,
                "sendAllDataWithoutPrompting" => Self::SendAllDataWithoutPrompting,
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
            Self::AlwaysPrompt => "alwaysPrompt",
            Self::PromptBeforeSendingPersonalData => "promptBeforeSendingPersonalData",
            Self::NeverSendData => "neverSendData",
            Self::SendAllDataWithoutPrompting => "sendAllDataWithoutPrompting",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DefenderPromptForSampleSubmission);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DefenderPromptForSampleSubmission);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.defenderProtectionType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DefenderProtectionType {
    /// `userDefined` (value 0).
    UserDefined,
    /// `enable` (value 1).
    Enable,
    /// `auditMode` (value 2).
    AuditMode,
    /// `warn` (value 6).
    Warn,
    /// `notConfigured` (value 99).
    NotConfigured,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DefenderProtectionType {
    const TYPE_NAME: &'static str = "microsoft.graph.defenderProtectionType";
    const MEMBERS: &'static [&'static str] = &[
        "userDefined",
        "enable",
        "auditMode",
        "warn",
        "notConfigured",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userDefined" => Self::UserDefined,
                "enable" => Self::Enable,
                "auditMode" => Self::AuditMode,
                "warn" => Self::Warn,
                "notConfigured" => Self::NotConfigured,
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
            Self::Enable => "enable",
            Self::AuditMode => "auditMode",
            Self::Warn => "warn",
            Self::NotConfigured => "notConfigured",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DefenderProtectionType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DefenderProtectionType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.defenderRealtimeScanDirection`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DefenderRealtimeScanDirection {
    /// `monitorAllFiles` (value 0).
    MonitorAllFiles,
    /// `monitorIncomingFilesOnly` (value 1).
    MonitorIncomingFilesOnly,
    /// `monitorOutgoingFilesOnly` (value 2).
    MonitorOutgoingFilesOnly,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DefenderRealtimeScanDirection {
    const TYPE_NAME: &'static str = "microsoft.graph.defenderRealtimeScanDirection";
    const MEMBERS: &'static [&'static str] = &[
        "monitorAllFiles",
        "monitorIncomingFilesOnly",
        "monitorOutgoingFilesOnly",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "monitorAllFiles" => Self::MonitorAllFiles,
                "monitorIncomingFilesOnly" => Self::MonitorIncomingFilesOnly,
                "monitorOutgoingFilesOnly" => Self::MonitorOutgoingFilesOnly,
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
            Self::MonitorAllFiles => "monitorAllFiles",
            Self::MonitorIncomingFilesOnly => "monitorIncomingFilesOnly",
            Self::MonitorOutgoingFilesOnly => "monitorOutgoingFilesOnly",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DefenderRealtimeScanDirection);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DefenderRealtimeScanDirection);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.defenderSecurityCenterITContactDisplayType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DefenderSecurityCenterItContactDisplayType {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `displayInAppAndInNotifications` (value 1).
    DisplayInAppAndInNotifications,
    /// `displayOnlyInApp` (value 2).
    DisplayOnlyInApp,
    /// `displayOnlyInNotifications` (value 3).
    DisplayOnlyInNotifications,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DefenderSecurityCenterItContactDisplayType {
    const TYPE_NAME: &'static str = "microsoft.graph.defenderSecurityCenterITContactDisplayType";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "displayInAppAndInNotifications",
        "displayOnlyInApp",
        "displayOnlyInNotifications",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "displayInAppAndInNotifications" => Self::DisplayInAppAndInNotifications,
                "displayOnlyInApp" => Self::DisplayOnlyInApp,
                "displayOnlyInNotifications" => Self::DisplayOnlyInNotifications,
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
            Self::DisplayInAppAndInNotifications => "displayInAppAndInNotifications",
            Self::DisplayOnlyInApp => "displayOnlyInApp",
            Self::DisplayOnlyInNotifications => "displayOnlyInNotifications",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DefenderSecurityCenterItContactDisplayType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DefenderSecurityCenterItContactDisplayType);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.delegatedPermissionClassification`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DelegatedPermissionClassification {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `classification`: `microsoft.graph.permissionClassificationType`, nullable.
    pub classification: rt::Field<crate::beta::PermissionClassificationType>,
    /// CSDL: property `permissionId`: `Edm.String`, nullable.
    pub permission_id: rt::Field<::std::string::String>,
    /// CSDL: property `permissionName`: `Edm.String`, nullable.
    pub permission_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for DelegatedPermissionClassification {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            classification: rt::Field::Absent,
            permission_id: rt::Field::Absent,
            permission_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DelegatedPermissionClassification {
    const TYPE_NAME: &'static str = "microsoft.graph.delegatedPermissionClassification";
    const KEYS: &'static [&'static str] = &[
        "id",
        "classification",
        "permissionId",
        "permissionName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"classification\":               ",
        ",\"permissionId\":                 ",
        ",\"permissionName\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.delegatedPermissionClassification\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "classification", &self.classification);
        v.field(2usize, "permission_id", &self.permission_id);
        v.field(3usize, "permission_name", &self.permission_name);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for DelegatedPermissionClassification {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.classification.read_from(r),
            2usize => self.permission_id.read_from(r),
            3usize => self.permission_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.classification);
        w.field(2usize, &self.permission_id);
        w.field(3usize, &self.permission_name);
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
rt::impl_object!(DelegatedPermissionClassification);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DelegatedPermissionClassification { with_id id : ::std::string::String;
    with_classification classification : crate ::beta::PermissionClassificationType;
    with_permission_id permission_id : ::std::string::String; with_permission_name
    permission_name : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DelegatedPermissionClassification);
#[cfg(msgraph_beta_core)]
/// Delete user from shared apple device action result
///
/// CSDL: `microsoft.graph.deleteUserFromSharedAppleDeviceActionResult`, complex type, derived from `microsoft.graph.deviceActionResult`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DeleteUserFromSharedAppleDeviceActionResult {
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
    /// User principal name of the user to be deleted
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for DeleteUserFromSharedAppleDeviceActionResult {
    #[inline]
    fn default() -> Self {
        Self {
            action_name: rt::Field::Absent,
            action_state: rt::Field::Absent,
            last_updated_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DeleteUserFromSharedAppleDeviceActionResult {
    const TYPE_NAME: &'static str = "microsoft.graph.deleteUserFromSharedAppleDeviceActionResult";
    const KEYS: &'static [&'static str] = &[
        "actionName",
        "actionState",
        "lastUpdatedDateTime",
        "startDateTime",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"actionName\":                   ",
        ",\"actionState\":                  ",
        ",\"lastUpdatedDateTime\":          ",
        ",\"startDateTime\":                ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deleteUserFromSharedAppleDeviceActionResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "action_name", &self.action_name);
        v.field(1usize, "action_state", &self.action_state);
        v.field(2usize, "last_updated_date_time", &self.last_updated_date_time);
        v.field(3usize, "start_date_time", &self.start_date_time);
        v.field(4usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for DeleteUserFromSharedAppleDeviceActionResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.action_name.read_from(r),
            1usize => self.action_state.read_from(r),
            2usize => self.last_updated_date_time.read_from(r),
            3usize => self.start_date_time.read_from(r),
            4usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.action_name);
        w.field(1usize, &self.action_state);
        w.field(2usize, &self.last_updated_date_time);
        w.field(3usize, &self.start_date_time);
        w.field(4usize, &self.user_principal_name);
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
rt::impl_object!(DeleteUserFromSharedAppleDeviceActionResult);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DeleteUserFromSharedAppleDeviceActionResult { with_action_name action_name :
    ::std::string::String; with_action_state action_state : crate ::beta::ActionState;
    with_last_updated_date_time last_updated_date_time : rt::edm::DateTimeOffset;
    with_start_date_time start_date_time : rt::edm::DateTimeOffset;
    with_user_principal_name user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeleteUserFromSharedAppleDeviceActionResult);
#[cfg(msgraph_beta_device_management_or_search)]
/// Custom group id type
///
/// CSDL: `microsoft.graph.deliveryOptimizationGroupIdCustom`, complex type, derived from `microsoft.graph.deliveryOptimizationGroupIdSource`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeliveryOptimizationGroupIdCustom {
    /// Specifies an arbitrary group ID that the device belongs to
    ///
    /// CSDL: property `groupIdCustom`: `Edm.String`, not nullable.
    pub group_id_custom: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeliveryOptimizationGroupIdCustom {
    #[inline]
    fn default() -> Self {
        Self {
            group_id_custom: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeliveryOptimizationGroupIdCustom {
    const TYPE_NAME: &'static str = "microsoft.graph.deliveryOptimizationGroupIdCustom";
    const KEYS: &'static [&'static str] = &["groupIdCustom"];
    const KEYS_JSON: &'static [&'static str] = &[",\"groupIdCustom\":                "];
    const TAG: &'static str = "\"#microsoft.graph.deliveryOptimizationGroupIdCustom\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "group_id_custom", &self.group_id_custom);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeliveryOptimizationGroupIdCustom {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.group_id_custom.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.group_id_custom);
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
rt::impl_object!(DeliveryOptimizationGroupIdCustom);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeliveryOptimizationGroupIdCustom { with_group_id_custom group_id_custom :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeliveryOptimizationGroupIdCustom);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deliveryOptimizationGroupIdOptionsType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeliveryOptimizationGroupIdOptionsType {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `adSite` (value 1).
    AdSite,
    /// `authenticatedDomainSid` (value 2).
    AuthenticatedDomainSid,
    /// `dhcpUserOption` (value 3).
    DhcpUserOption,
    /// `dnsSuffix` (value 4).
    DnsSuffix,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeliveryOptimizationGroupIdOptionsType {
    const TYPE_NAME: &'static str = "microsoft.graph.deliveryOptimizationGroupIdOptionsType";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "adSite",
        "authenticatedDomainSid",
        "dhcpUserOption",
        "dnsSuffix",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "adSite" => Self::AdSite,
                "authenticatedDomainSid" => Self::AuthenticatedDomainSid,
                "dhcpUserOption" => Self::DhcpUserOption,
                "dnsSuffix" => Self::DnsSuffix,
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
            Self::AdSite => "adSite",
            Self::AuthenticatedDomainSid => "authenticatedDomainSid",
            Self::DhcpUserOption => "dhcpUserOption",
            Self::DnsSuffix => "dnsSuffix",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeliveryOptimizationGroupIdOptionsType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeliveryOptimizationGroupIdOptionsType);
#[cfg(msgraph_beta_device_management_or_search)]
/// GroupId Support Types
///
/// CSDL: `microsoft.graph.deliveryOptimizationGroupIdSource`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeliveryOptimizationGroupIdSource {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeliveryOptimizationGroupIdSource {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeliveryOptimizationGroupIdSource {
    const TYPE_NAME: &'static str = "microsoft.graph.deliveryOptimizationGroupIdSource";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.deliveryOptimizationGroupIdSource\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeliveryOptimizationGroupIdSource {
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
rt::impl_object!(DeliveryOptimizationGroupIdSource);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeliveryOptimizationGroupIdSource);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.deliveryOptimizationGroupIdSource` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDeliveryOptimizationGroupIdSource {
    DeliveryOptimizationGroupIdSource(
        ::std::boxed::Box<crate::beta::DeliveryOptimizationGroupIdSource>,
    ),
    DeliveryOptimizationGroupIdCustom(
        ::std::boxed::Box<crate::beta::DeliveryOptimizationGroupIdCustom>,
    ),
    DeliveryOptimizationGroupIdSourceOptions(
        ::std::boxed::Box<crate::beta::DeliveryOptimizationGroupIdSourceOptions>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyDeliveryOptimizationGroupIdSource {
    #[inline]
    fn default() -> Self {
        Self::DeliveryOptimizationGroupIdSource(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeliveryOptimizationGroupIdSource>
for AnyDeliveryOptimizationGroupIdSource {
    #[inline]
    fn from(v: crate::beta::DeliveryOptimizationGroupIdSource) -> Self {
        Self::DeliveryOptimizationGroupIdSource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeliveryOptimizationGroupIdCustom>
for AnyDeliveryOptimizationGroupIdSource {
    #[inline]
    fn from(v: crate::beta::DeliveryOptimizationGroupIdCustom) -> Self {
        Self::DeliveryOptimizationGroupIdCustom(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeliveryOptimizationGroupIdSourceOptions>
for AnyDeliveryOptimizationGroupIdSource {
    #[inline]
    fn from(v: crate::beta::DeliveryOptimizationGroupIdSourceOptions) -> Self {
        Self::DeliveryOptimizationGroupIdSourceOptions(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyDeliveryOptimizationGroupIdSource {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyDeliveryOptimizationGroupIdSource {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyDeliveryOptimizationGroupIdSource {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyDeliveryOptimizationGroupIdSource {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyDeliveryOptimizationGroupIdSource {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::DeliveryOptimizationGroupIdSource>();
    rt::object::auto_traits::<crate::beta::DeliveryOptimizationGroupIdCustom>();
    rt::object::auto_traits::<crate::beta::DeliveryOptimizationGroupIdSourceOptions>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyDeliveryOptimizationGroupIdSource {
    const BASE_NAME: &'static str = "microsoft.graph.deliveryOptimizationGroupIdSource";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.deliveryOptimizationGroupIdCustom",
            ) => Self::DeliveryOptimizationGroupIdCustom(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.deliveryOptimizationGroupIdSourceOptions",
            ) => Self::DeliveryOptimizationGroupIdSourceOptions(rt::object::new_boxed()),
            _ => Self::DeliveryOptimizationGroupIdSource(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DeliveryOptimizationGroupIdSource(v) => &**v,
            Self::DeliveryOptimizationGroupIdCustom(v) => &**v,
            Self::DeliveryOptimizationGroupIdSourceOptions(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DeliveryOptimizationGroupIdSource(v) => &mut **v,
            Self::DeliveryOptimizationGroupIdCustom(v) => &mut **v,
            Self::DeliveryOptimizationGroupIdSourceOptions(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyDeliveryOptimizationGroupIdSource {
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
rt::impl_poly!(AnyDeliveryOptimizationGroupIdSource);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDeliveryOptimizationGroupIdSource);
#[cfg(msgraph_beta_device_management_or_search)]
/// Group id options type
///
/// CSDL: `microsoft.graph.deliveryOptimizationGroupIdSourceOptions`, complex type, derived from `microsoft.graph.deliveryOptimizationGroupIdSource`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeliveryOptimizationGroupIdSourceOptions {
    /// Set this policy to restrict peer selection to a specific source.
    ///
    /// CSDL: property `groupIdSourceOption`: `microsoft.graph.deliveryOptimizationGroupIdOptionsType`, not nullable.
    pub group_id_source_option: rt::Field<
        crate::beta::DeliveryOptimizationGroupIdOptionsType,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeliveryOptimizationGroupIdSourceOptions {
    #[inline]
    fn default() -> Self {
        Self {
            group_id_source_option: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeliveryOptimizationGroupIdSourceOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.deliveryOptimizationGroupIdSourceOptions";
    const KEYS: &'static [&'static str] = &["groupIdSourceOption"];
    const KEYS_JSON: &'static [&'static str] = &[",\"groupIdSourceOption\":          "];
    const TAG: &'static str = "\"#microsoft.graph.deliveryOptimizationGroupIdSourceOptions\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "group_id_source_option", &self.group_id_source_option);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeliveryOptimizationGroupIdSourceOptions {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.group_id_source_option.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.group_id_source_option);
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
rt::impl_object!(DeliveryOptimizationGroupIdSourceOptions);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeliveryOptimizationGroupIdSourceOptions { with_group_id_source_option
    group_id_source_option : crate ::beta::DeliveryOptimizationGroupIdOptionsType; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeliveryOptimizationGroupIdSourceOptions);
#[cfg(msgraph_beta_device_management_or_search)]
/// Delivery Optimization max cache size types.
///
/// CSDL: `microsoft.graph.deliveryOptimizationMaxCacheSize`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeliveryOptimizationMaxCacheSize {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeliveryOptimizationMaxCacheSize {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeliveryOptimizationMaxCacheSize {
    const TYPE_NAME: &'static str = "microsoft.graph.deliveryOptimizationMaxCacheSize";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.deliveryOptimizationMaxCacheSize\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeliveryOptimizationMaxCacheSize {
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
rt::impl_object!(DeliveryOptimizationMaxCacheSize);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeliveryOptimizationMaxCacheSize);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.deliveryOptimizationMaxCacheSize` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDeliveryOptimizationMaxCacheSize {
    DeliveryOptimizationMaxCacheSize(
        ::std::boxed::Box<crate::beta::DeliveryOptimizationMaxCacheSize>,
    ),
    DeliveryOptimizationMaxCacheSizeAbsolute(
        ::std::boxed::Box<crate::beta::DeliveryOptimizationMaxCacheSizeAbsolute>,
    ),
    DeliveryOptimizationMaxCacheSizePercentage(
        ::std::boxed::Box<crate::beta::DeliveryOptimizationMaxCacheSizePercentage>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyDeliveryOptimizationMaxCacheSize {
    #[inline]
    fn default() -> Self {
        Self::DeliveryOptimizationMaxCacheSize(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeliveryOptimizationMaxCacheSize>
for AnyDeliveryOptimizationMaxCacheSize {
    #[inline]
    fn from(v: crate::beta::DeliveryOptimizationMaxCacheSize) -> Self {
        Self::DeliveryOptimizationMaxCacheSize(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeliveryOptimizationMaxCacheSizeAbsolute>
for AnyDeliveryOptimizationMaxCacheSize {
    #[inline]
    fn from(v: crate::beta::DeliveryOptimizationMaxCacheSizeAbsolute) -> Self {
        Self::DeliveryOptimizationMaxCacheSizeAbsolute(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeliveryOptimizationMaxCacheSizePercentage>
for AnyDeliveryOptimizationMaxCacheSize {
    #[inline]
    fn from(v: crate::beta::DeliveryOptimizationMaxCacheSizePercentage) -> Self {
        Self::DeliveryOptimizationMaxCacheSizePercentage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyDeliveryOptimizationMaxCacheSize {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyDeliveryOptimizationMaxCacheSize {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyDeliveryOptimizationMaxCacheSize {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyDeliveryOptimizationMaxCacheSize {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyDeliveryOptimizationMaxCacheSize {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::DeliveryOptimizationMaxCacheSize>();
    rt::object::auto_traits::<crate::beta::DeliveryOptimizationMaxCacheSizeAbsolute>();
    rt::object::auto_traits::<crate::beta::DeliveryOptimizationMaxCacheSizePercentage>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyDeliveryOptimizationMaxCacheSize {
    const BASE_NAME: &'static str = "microsoft.graph.deliveryOptimizationMaxCacheSize";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.deliveryOptimizationMaxCacheSizeAbsolute",
            ) => Self::DeliveryOptimizationMaxCacheSizeAbsolute(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.deliveryOptimizationMaxCacheSizePercentage",
            ) => {
                Self::DeliveryOptimizationMaxCacheSizePercentage(rt::object::new_boxed())
            }
            _ => Self::DeliveryOptimizationMaxCacheSize(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DeliveryOptimizationMaxCacheSize(v) => &**v,
            Self::DeliveryOptimizationMaxCacheSizeAbsolute(v) => &**v,
            Self::DeliveryOptimizationMaxCacheSizePercentage(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DeliveryOptimizationMaxCacheSize(v) => &mut **v,
            Self::DeliveryOptimizationMaxCacheSizeAbsolute(v) => &mut **v,
            Self::DeliveryOptimizationMaxCacheSizePercentage(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyDeliveryOptimizationMaxCacheSize {
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
rt::impl_poly!(AnyDeliveryOptimizationMaxCacheSize);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDeliveryOptimizationMaxCacheSize);
#[cfg(msgraph_beta_device_management_or_search)]
/// Delivery Optimization max cache size absolute type.
///
/// CSDL: `microsoft.graph.deliveryOptimizationMaxCacheSizeAbsolute`, complex type, derived from `microsoft.graph.deliveryOptimizationMaxCacheSize`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeliveryOptimizationMaxCacheSizeAbsolute {
    /// Specifies the maximum size in GB of Delivery Optimization cache. Valid values 0 to 4294967295
    ///
    /// The value 0 (zero) means "unlimited" cache. Delivery Optimization will clear the cache when the device is running low on disk space. Valid values 0 to 4294967295
    ///
    /// CSDL: property `maximumCacheSizeInGigabytes`: `Edm.Int64`, not nullable.
    pub maximum_cache_size_in_gigabytes: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeliveryOptimizationMaxCacheSizeAbsolute {
    #[inline]
    fn default() -> Self {
        Self {
            maximum_cache_size_in_gigabytes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeliveryOptimizationMaxCacheSizeAbsolute {
    const TYPE_NAME: &'static str = "microsoft.graph.deliveryOptimizationMaxCacheSizeAbsolute";
    const KEYS: &'static [&'static str] = &["maximumCacheSizeInGigabytes"];
    const KEYS_JSON: &'static [&'static str] = &[",\"maximumCacheSizeInGigabytes\":  "];
    const TAG: &'static str = "\"#microsoft.graph.deliveryOptimizationMaxCacheSizeAbsolute\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "maximum_cache_size_in_gigabytes",
            &self.maximum_cache_size_in_gigabytes,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeliveryOptimizationMaxCacheSizeAbsolute {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.maximum_cache_size_in_gigabytes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.maximum_cache_size_in_gigabytes);
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
rt::impl_object!(DeliveryOptimizationMaxCacheSizeAbsolute);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeliveryOptimizationMaxCacheSizeAbsolute { with_maximum_cache_size_in_gigabytes
    maximum_cache_size_in_gigabytes : i64; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeliveryOptimizationMaxCacheSizeAbsolute);
#[cfg(msgraph_beta_device_management_or_search)]
/// Delivery Optimization Max cache size percentage types.
///
/// CSDL: `microsoft.graph.deliveryOptimizationMaxCacheSizePercentage`, complex type, derived from `microsoft.graph.deliveryOptimizationMaxCacheSize`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeliveryOptimizationMaxCacheSizePercentage {
    /// Specifies the maximum cache size that Delivery Optimization can utilize, as a percentage of disk size (1-100). Valid values 1 to 100
    ///
    /// CSDL: property `maximumCacheSizePercentage`: `Edm.Int32`, not nullable.
    pub maximum_cache_size_percentage: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeliveryOptimizationMaxCacheSizePercentage {
    #[inline]
    fn default() -> Self {
        Self {
            maximum_cache_size_percentage: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeliveryOptimizationMaxCacheSizePercentage {
    const TYPE_NAME: &'static str = "microsoft.graph.deliveryOptimizationMaxCacheSizePercentage";
    const KEYS: &'static [&'static str] = &["maximumCacheSizePercentage"];
    const KEYS_JSON: &'static [&'static str] = &[",\"maximumCacheSizePercentage\":   "];
    const TAG: &'static str = "\"#microsoft.graph.deliveryOptimizationMaxCacheSizePercentage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "maximum_cache_size_percentage",
            &self.maximum_cache_size_percentage,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeliveryOptimizationMaxCacheSizePercentage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.maximum_cache_size_percentage.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.maximum_cache_size_percentage);
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
rt::impl_object!(DeliveryOptimizationMaxCacheSizePercentage);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeliveryOptimizationMaxCacheSizePercentage { with_maximum_cache_size_percentage
    maximum_cache_size_percentage : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeliveryOptimizationMaxCacheSizePercentage);
#[cfg(msgraph_beta_data_classification_or_search)]
/// CSDL: `microsoft.graph.detectedSensitiveContent`, complex type, derived from `microsoft.graph.detectedSensitiveContentBase`.
///
/// Features: `beta`, or one of `beta-data-classification`, `beta-search`.
#[derive(Clone)]
pub struct DetectedSensitiveContent {
    /// CSDL: property `confidence`: `Edm.Int32`, nullable.
    pub confidence: rt::Field<i32>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.Guid`, nullable.
    pub id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `recommendedConfidence`: `Edm.Int32`, nullable.
    pub recommended_confidence: rt::Field<i32>,
    /// CSDL: property `uniqueCount`: `Edm.Int32`, nullable.
    pub unique_count: rt::Field<i32>,
    /// CSDL: property `classificationAttributes`: `Collection(microsoft.graph.classificationAttribute)`, nullable.
    pub classification_attributes: rt::Field<
        ::std::vec::Vec<crate::beta::ClassificationAttribute>,
    >,
    /// CSDL: property `classificationMethod`: `microsoft.graph.classificationMethod`, nullable.
    pub classification_method: rt::Field<crate::beta::ClassificationMethod>,
    /// CSDL: property `matches`: `Collection(microsoft.graph.sensitiveContentLocation)`, nullable.
    pub matches: rt::Field<::std::vec::Vec<crate::beta::SensitiveContentLocation>>,
    /// CSDL: property `scope`: `microsoft.graph.sensitiveTypeScope`, nullable.
    pub scope: rt::Field<rt::Flags<crate::beta::SensitiveTypeScope>>,
    /// CSDL: property `sensitiveTypeSource`: `microsoft.graph.sensitiveTypeSource`, nullable.
    pub sensitive_type_source: rt::Field<crate::beta::SensitiveTypeSource>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl ::std::default::Default for DetectedSensitiveContent {
    #[inline]
    fn default() -> Self {
        Self {
            confidence: rt::Field::Absent,
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            recommended_confidence: rt::Field::Absent,
            unique_count: rt::Field::Absent,
            classification_attributes: rt::Field::Absent,
            classification_method: rt::Field::Absent,
            matches: rt::Field::Absent,
            scope: rt::Field::Absent,
            sensitive_type_source: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::Object for DetectedSensitiveContent {
    const TYPE_NAME: &'static str = "microsoft.graph.detectedSensitiveContent";
    const KEYS: &'static [&'static str] = &[
        "confidence",
        "displayName",
        "id",
        "recommendedConfidence",
        "uniqueCount",
        "classificationAttributes",
        "classificationMethod",
        "matches",
        "scope",
        "sensitiveTypeSource",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"confidence\":                   ",
        ",\"displayName\":                  ",
        ",\"id\":                           ",
        ",\"recommendedConfidence\":        ",
        ",\"uniqueCount\":                  ",
        ",\"classificationAttributes\":     ",
        ",\"classificationMethod\":         ",
        ",\"matches\":                      ",
        ",\"scope\":                        ",
        ",\"sensitiveTypeSource\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.detectedSensitiveContent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "confidence", &self.confidence);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "id", &self.id);
        v.field(3usize, "recommended_confidence", &self.recommended_confidence);
        v.field(4usize, "unique_count", &self.unique_count);
        v.field(5usize, "classification_attributes", &self.classification_attributes);
        v.field(6usize, "classification_method", &self.classification_method);
        v.field(7usize, "matches", &self.matches);
        v.field(8usize, "scope", &self.scope);
        v.field(9usize, "sensitive_type_source", &self.sensitive_type_source);
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::object::Members for DetectedSensitiveContent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.confidence.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.id.read_from(r),
            3usize => self.recommended_confidence.read_from(r),
            4usize => self.unique_count.read_from(r),
            5usize => self.classification_attributes.read_from(r),
            6usize => self.classification_method.read_from(r),
            7usize => self.matches.read_from(r),
            8usize => self.scope.read_from(r),
            9usize => self.sensitive_type_source.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.confidence);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.id);
        w.field(3usize, &self.recommended_confidence);
        w.field(4usize, &self.unique_count);
        w.field(5usize, &self.classification_attributes);
        w.field(6usize, &self.classification_method);
        w.field(7usize, &self.matches);
        w.field(8usize, &self.scope);
        w.field(9usize, &self.sensitive_type_source);
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
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_object!(DetectedSensitiveContent);
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_setters!(
    DetectedSensitiveContent { with_confidence confidence : i32; with_display_name
    display_name : ::std::string::String; with_id id : rt::edm::Guid;
    with_recommended_confidence recommended_confidence : i32; with_unique_count
    unique_count : i32; with_classification_attributes classification_attributes :
    ::std::vec::Vec < crate ::beta::ClassificationAttribute >; with_classification_method
    classification_method : crate ::beta::ClassificationMethod; with_matches matches :
    ::std::vec::Vec < crate ::beta::SensitiveContentLocation >; with_scope scope :
    rt::Flags < crate ::beta::SensitiveTypeScope >; with_sensitive_type_source
    sensitive_type_source : crate ::beta::SensitiveTypeSource; }
);
#[cfg(msgraph_beta_data_classification_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DetectedSensitiveContent);
#[cfg(msgraph_beta_data_classification_or_search)]
/// `microsoft.graph.detectedSensitiveContent` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-data-classification`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDetectedSensitiveContent {
    DetectedSensitiveContent(::std::boxed::Box<crate::beta::DetectedSensitiveContent>),
    MachineLearningDetectedSensitiveContent(
        ::std::boxed::Box<crate::beta::MachineLearningDetectedSensitiveContent>,
    ),
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl ::std::default::Default for AnyDetectedSensitiveContent {
    #[inline]
    fn default() -> Self {
        Self::DetectedSensitiveContent(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DetectedSensitiveContent>
for AnyDetectedSensitiveContent {
    #[inline]
    fn from(v: crate::beta::DetectedSensitiveContent) -> Self {
        Self::DetectedSensitiveContent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MachineLearningDetectedSensitiveContent>
for AnyDetectedSensitiveContent {
    #[inline]
    fn from(v: crate::beta::MachineLearningDetectedSensitiveContent) -> Self {
        Self::MachineLearningDetectedSensitiveContent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
unsafe impl ::std::marker::Send for AnyDetectedSensitiveContent {}
#[cfg(msgraph_beta_data_classification_or_search)]
unsafe impl ::std::marker::Sync for AnyDetectedSensitiveContent {}
#[cfg(msgraph_beta_data_classification_or_search)]
impl ::std::marker::Unpin for AnyDetectedSensitiveContent {}
#[cfg(msgraph_beta_data_classification_or_search)]
impl ::std::panic::UnwindSafe for AnyDetectedSensitiveContent {}
#[cfg(msgraph_beta_data_classification_or_search)]
impl ::std::panic::RefUnwindSafe for AnyDetectedSensitiveContent {}
#[cfg(msgraph_beta_data_classification_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::DetectedSensitiveContent>();
    rt::object::auto_traits::<crate::beta::MachineLearningDetectedSensitiveContent>();
};
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::Poly for AnyDetectedSensitiveContent {
    const BASE_NAME: &'static str = "microsoft.graph.detectedSensitiveContent";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.machineLearningDetectedSensitiveContent",
            ) => Self::MachineLearningDetectedSensitiveContent(rt::object::new_boxed()),
            _ => Self::DetectedSensitiveContent(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DetectedSensitiveContent(v) => &**v,
            Self::MachineLearningDetectedSensitiveContent(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DetectedSensitiveContent(v) => &mut **v,
            Self::MachineLearningDetectedSensitiveContent(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl AnyDetectedSensitiveContent {
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
    /// `confidence` of any variant.
    #[inline]
    pub fn confidence(&self) -> &rt::Field<i32> {
        match self {
            Self::DetectedSensitiveContent(v) => &v.confidence,
            Self::MachineLearningDetectedSensitiveContent(v) => &v.confidence,
        }
    }
    /// `confidence` of any variant.
    #[inline]
    pub fn confidence_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::DetectedSensitiveContent(v) => &mut v.confidence,
            Self::MachineLearningDetectedSensitiveContent(v) => &mut v.confidence,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DetectedSensitiveContent(v) => &v.display_name,
            Self::MachineLearningDetectedSensitiveContent(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DetectedSensitiveContent(v) => &mut v.display_name,
            Self::MachineLearningDetectedSensitiveContent(v) => &mut v.display_name,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<rt::edm::Guid> {
        match self {
            Self::DetectedSensitiveContent(v) => &v.id,
            Self::MachineLearningDetectedSensitiveContent(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<rt::edm::Guid> {
        match self {
            Self::DetectedSensitiveContent(v) => &mut v.id,
            Self::MachineLearningDetectedSensitiveContent(v) => &mut v.id,
        }
    }
    /// `recommendedConfidence` of any variant.
    #[inline]
    pub fn recommended_confidence(&self) -> &rt::Field<i32> {
        match self {
            Self::DetectedSensitiveContent(v) => &v.recommended_confidence,
            Self::MachineLearningDetectedSensitiveContent(v) => &v.recommended_confidence,
        }
    }
    /// `recommendedConfidence` of any variant.
    #[inline]
    pub fn recommended_confidence_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::DetectedSensitiveContent(v) => &mut v.recommended_confidence,
            Self::MachineLearningDetectedSensitiveContent(v) => {
                &mut v.recommended_confidence
            }
        }
    }
    /// `uniqueCount` of any variant.
    #[inline]
    pub fn unique_count(&self) -> &rt::Field<i32> {
        match self {
            Self::DetectedSensitiveContent(v) => &v.unique_count,
            Self::MachineLearningDetectedSensitiveContent(v) => &v.unique_count,
        }
    }
    /// `uniqueCount` of any variant.
    #[inline]
    pub fn unique_count_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::DetectedSensitiveContent(v) => &mut v.unique_count,
            Self::MachineLearningDetectedSensitiveContent(v) => &mut v.unique_count,
        }
    }
    /// `classificationAttributes` of any variant.
    #[inline]
    pub fn classification_attributes(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::ClassificationAttribute>> {
        match self {
            Self::DetectedSensitiveContent(v) => &v.classification_attributes,
            Self::MachineLearningDetectedSensitiveContent(v) => {
                &v.classification_attributes
            }
        }
    }
    /// `classificationAttributes` of any variant.
    #[inline]
    pub fn classification_attributes_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::ClassificationAttribute>> {
        match self {
            Self::DetectedSensitiveContent(v) => &mut v.classification_attributes,
            Self::MachineLearningDetectedSensitiveContent(v) => {
                &mut v.classification_attributes
            }
        }
    }
    /// `classificationMethod` of any variant.
    #[inline]
    pub fn classification_method(
        &self,
    ) -> &rt::Field<crate::beta::ClassificationMethod> {
        match self {
            Self::DetectedSensitiveContent(v) => &v.classification_method,
            Self::MachineLearningDetectedSensitiveContent(v) => &v.classification_method,
        }
    }
    /// `classificationMethod` of any variant.
    #[inline]
    pub fn classification_method_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ClassificationMethod> {
        match self {
            Self::DetectedSensitiveContent(v) => &mut v.classification_method,
            Self::MachineLearningDetectedSensitiveContent(v) => {
                &mut v.classification_method
            }
        }
    }
    /// `matches` of any variant.
    #[inline]
    pub fn matches(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::SensitiveContentLocation>> {
        match self {
            Self::DetectedSensitiveContent(v) => &v.matches,
            Self::MachineLearningDetectedSensitiveContent(v) => &v.matches,
        }
    }
    /// `matches` of any variant.
    #[inline]
    pub fn matches_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::SensitiveContentLocation>> {
        match self {
            Self::DetectedSensitiveContent(v) => &mut v.matches,
            Self::MachineLearningDetectedSensitiveContent(v) => &mut v.matches,
        }
    }
    /// `scope` of any variant.
    #[inline]
    pub fn scope(&self) -> &rt::Field<rt::Flags<crate::beta::SensitiveTypeScope>> {
        match self {
            Self::DetectedSensitiveContent(v) => &v.scope,
            Self::MachineLearningDetectedSensitiveContent(v) => &v.scope,
        }
    }
    /// `scope` of any variant.
    #[inline]
    pub fn scope_mut(
        &mut self,
    ) -> &mut rt::Field<rt::Flags<crate::beta::SensitiveTypeScope>> {
        match self {
            Self::DetectedSensitiveContent(v) => &mut v.scope,
            Self::MachineLearningDetectedSensitiveContent(v) => &mut v.scope,
        }
    }
    /// `sensitiveTypeSource` of any variant.
    #[inline]
    pub fn sensitive_type_source(&self) -> &rt::Field<crate::beta::SensitiveTypeSource> {
        match self {
            Self::DetectedSensitiveContent(v) => &v.sensitive_type_source,
            Self::MachineLearningDetectedSensitiveContent(v) => &v.sensitive_type_source,
        }
    }
    /// `sensitiveTypeSource` of any variant.
    #[inline]
    pub fn sensitive_type_source_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::SensitiveTypeSource> {
        match self {
            Self::DetectedSensitiveContent(v) => &mut v.sensitive_type_source,
            Self::MachineLearningDetectedSensitiveContent(v) => {
                &mut v.sensitive_type_source
            }
        }
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_poly!(AnyDetectedSensitiveContent);
#[cfg(msgraph_beta_data_classification_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDetectedSensitiveContent);
#[cfg(msgraph_beta_data_classification_or_search)]
/// CSDL: `microsoft.graph.detectedSensitiveContentBase`, complex type.
///
/// Features: `beta`, or one of `beta-data-classification`, `beta-search`.
#[derive(Clone)]
pub struct DetectedSensitiveContentBase {
    /// CSDL: property `confidence`: `Edm.Int32`, nullable.
    pub confidence: rt::Field<i32>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.Guid`, nullable.
    pub id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `recommendedConfidence`: `Edm.Int32`, nullable.
    pub recommended_confidence: rt::Field<i32>,
    /// CSDL: property `uniqueCount`: `Edm.Int32`, nullable.
    pub unique_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl ::std::default::Default for DetectedSensitiveContentBase {
    #[inline]
    fn default() -> Self {
        Self {
            confidence: rt::Field::Absent,
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            recommended_confidence: rt::Field::Absent,
            unique_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::Object for DetectedSensitiveContentBase {
    const TYPE_NAME: &'static str = "microsoft.graph.detectedSensitiveContentBase";
    const KEYS: &'static [&'static str] = &[
        "confidence",
        "displayName",
        "id",
        "recommendedConfidence",
        "uniqueCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"confidence\":                   ",
        ",\"displayName\":                  ",
        ",\"id\":                           ",
        ",\"recommendedConfidence\":        ",
        ",\"uniqueCount\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.detectedSensitiveContentBase\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "confidence", &self.confidence);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "id", &self.id);
        v.field(3usize, "recommended_confidence", &self.recommended_confidence);
        v.field(4usize, "unique_count", &self.unique_count);
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::object::Members for DetectedSensitiveContentBase {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.confidence.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.id.read_from(r),
            3usize => self.recommended_confidence.read_from(r),
            4usize => self.unique_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.confidence);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.id);
        w.field(3usize, &self.recommended_confidence);
        w.field(4usize, &self.unique_count);
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
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_object!(DetectedSensitiveContentBase);
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_setters!(
    DetectedSensitiveContentBase { with_confidence confidence : i32; with_display_name
    display_name : ::std::string::String; with_id id : rt::edm::Guid;
    with_recommended_confidence recommended_confidence : i32; with_unique_count
    unique_count : i32; }
);
#[cfg(msgraph_beta_data_classification_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DetectedSensitiveContentBase);
#[cfg(msgraph_beta_data_classification_or_search)]
/// `microsoft.graph.detectedSensitiveContentBase` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-data-classification`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDetectedSensitiveContentBase {
    DetectedSensitiveContentBase(
        ::std::boxed::Box<crate::beta::DetectedSensitiveContentBase>,
    ),
    DetectedSensitiveContent(::std::boxed::Box<crate::beta::DetectedSensitiveContent>),
    ExactMatchDetectedSensitiveContent(
        ::std::boxed::Box<crate::beta::ExactMatchDetectedSensitiveContent>,
    ),
    MachineLearningDetectedSensitiveContent(
        ::std::boxed::Box<crate::beta::MachineLearningDetectedSensitiveContent>,
    ),
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl ::std::default::Default for AnyDetectedSensitiveContentBase {
    #[inline]
    fn default() -> Self {
        Self::DetectedSensitiveContentBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DetectedSensitiveContentBase>
for AnyDetectedSensitiveContentBase {
    #[inline]
    fn from(v: crate::beta::DetectedSensitiveContentBase) -> Self {
        Self::DetectedSensitiveContentBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DetectedSensitiveContent>
for AnyDetectedSensitiveContentBase {
    #[inline]
    fn from(v: crate::beta::DetectedSensitiveContent) -> Self {
        Self::DetectedSensitiveContent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ExactMatchDetectedSensitiveContent>
for AnyDetectedSensitiveContentBase {
    #[inline]
    fn from(v: crate::beta::ExactMatchDetectedSensitiveContent) -> Self {
        Self::ExactMatchDetectedSensitiveContent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MachineLearningDetectedSensitiveContent>
for AnyDetectedSensitiveContentBase {
    #[inline]
    fn from(v: crate::beta::MachineLearningDetectedSensitiveContent) -> Self {
        Self::MachineLearningDetectedSensitiveContent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
unsafe impl ::std::marker::Send for AnyDetectedSensitiveContentBase {}
#[cfg(msgraph_beta_data_classification_or_search)]
unsafe impl ::std::marker::Sync for AnyDetectedSensitiveContentBase {}
#[cfg(msgraph_beta_data_classification_or_search)]
impl ::std::marker::Unpin for AnyDetectedSensitiveContentBase {}
#[cfg(msgraph_beta_data_classification_or_search)]
impl ::std::panic::UnwindSafe for AnyDetectedSensitiveContentBase {}
#[cfg(msgraph_beta_data_classification_or_search)]
impl ::std::panic::RefUnwindSafe for AnyDetectedSensitiveContentBase {}
#[cfg(msgraph_beta_data_classification_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::DetectedSensitiveContentBase>();
    rt::object::auto_traits::<crate::beta::DetectedSensitiveContent>();
    rt::object::auto_traits::<crate::beta::ExactMatchDetectedSensitiveContent>();
    rt::object::auto_traits::<crate::beta::MachineLearningDetectedSensitiveContent>();
};
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::Poly for AnyDetectedSensitiveContentBase {
    const BASE_NAME: &'static str = "microsoft.graph.detectedSensitiveContentBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.detectedSensitiveContent") => {
                Self::DetectedSensitiveContent(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.exactMatchDetectedSensitiveContent",
            ) => Self::ExactMatchDetectedSensitiveContent(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.machineLearningDetectedSensitiveContent",
            ) => Self::MachineLearningDetectedSensitiveContent(rt::object::new_boxed()),
            _ => Self::DetectedSensitiveContentBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DetectedSensitiveContentBase(v) => &**v,
            Self::DetectedSensitiveContent(v) => &**v,
            Self::ExactMatchDetectedSensitiveContent(v) => &**v,
            Self::MachineLearningDetectedSensitiveContent(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DetectedSensitiveContentBase(v) => &mut **v,
            Self::DetectedSensitiveContent(v) => &mut **v,
            Self::ExactMatchDetectedSensitiveContent(v) => &mut **v,
            Self::MachineLearningDetectedSensitiveContent(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl AnyDetectedSensitiveContentBase {
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
    /// `confidence` of any variant.
    #[inline]
    pub fn confidence(&self) -> &rt::Field<i32> {
        match self {
            Self::DetectedSensitiveContentBase(v) => &v.confidence,
            Self::DetectedSensitiveContent(v) => &v.confidence,
            Self::ExactMatchDetectedSensitiveContent(v) => &v.confidence,
            Self::MachineLearningDetectedSensitiveContent(v) => &v.confidence,
        }
    }
    /// `confidence` of any variant.
    #[inline]
    pub fn confidence_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::DetectedSensitiveContentBase(v) => &mut v.confidence,
            Self::DetectedSensitiveContent(v) => &mut v.confidence,
            Self::ExactMatchDetectedSensitiveContent(v) => &mut v.confidence,
            Self::MachineLearningDetectedSensitiveContent(v) => &mut v.confidence,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DetectedSensitiveContentBase(v) => &v.display_name,
            Self::DetectedSensitiveContent(v) => &v.display_name,
            Self::ExactMatchDetectedSensitiveContent(v) => &v.display_name,
            Self::MachineLearningDetectedSensitiveContent(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DetectedSensitiveContentBase(v) => &mut v.display_name,
            Self::DetectedSensitiveContent(v) => &mut v.display_name,
            Self::ExactMatchDetectedSensitiveContent(v) => &mut v.display_name,
            Self::MachineLearningDetectedSensitiveContent(v) => &mut v.display_name,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<rt::edm::Guid> {
        match self {
            Self::DetectedSensitiveContentBase(v) => &v.id,
            Self::DetectedSensitiveContent(v) => &v.id,
            Self::ExactMatchDetectedSensitiveContent(v) => &v.id,
            Self::MachineLearningDetectedSensitiveContent(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<rt::edm::Guid> {
        match self {
            Self::DetectedSensitiveContentBase(v) => &mut v.id,
            Self::DetectedSensitiveContent(v) => &mut v.id,
            Self::ExactMatchDetectedSensitiveContent(v) => &mut v.id,
            Self::MachineLearningDetectedSensitiveContent(v) => &mut v.id,
        }
    }
    /// `recommendedConfidence` of any variant.
    #[inline]
    pub fn recommended_confidence(&self) -> &rt::Field<i32> {
        match self {
            Self::DetectedSensitiveContentBase(v) => &v.recommended_confidence,
            Self::DetectedSensitiveContent(v) => &v.recommended_confidence,
            Self::ExactMatchDetectedSensitiveContent(v) => &v.recommended_confidence,
            Self::MachineLearningDetectedSensitiveContent(v) => &v.recommended_confidence,
        }
    }
    /// `recommendedConfidence` of any variant.
    #[inline]
    pub fn recommended_confidence_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::DetectedSensitiveContentBase(v) => &mut v.recommended_confidence,
            Self::DetectedSensitiveContent(v) => &mut v.recommended_confidence,
            Self::ExactMatchDetectedSensitiveContent(v) => &mut v.recommended_confidence,
            Self::MachineLearningDetectedSensitiveContent(v) => {
                &mut v.recommended_confidence
            }
        }
    }
    /// `uniqueCount` of any variant.
    #[inline]
    pub fn unique_count(&self) -> &rt::Field<i32> {
        match self {
            Self::DetectedSensitiveContentBase(v) => &v.unique_count,
            Self::DetectedSensitiveContent(v) => &v.unique_count,
            Self::ExactMatchDetectedSensitiveContent(v) => &v.unique_count,
            Self::MachineLearningDetectedSensitiveContent(v) => &v.unique_count,
        }
    }
    /// `uniqueCount` of any variant.
    #[inline]
    pub fn unique_count_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::DetectedSensitiveContentBase(v) => &mut v.unique_count,
            Self::DetectedSensitiveContent(v) => &mut v.unique_count,
            Self::ExactMatchDetectedSensitiveContent(v) => &mut v.unique_count,
            Self::MachineLearningDetectedSensitiveContent(v) => &mut v.unique_count,
        }
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_poly!(AnyDetectedSensitiveContentBase);
#[cfg(msgraph_beta_data_classification_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDetectedSensitiveContentBase);
#[cfg(msgraph_beta_data_classification_or_search)]
/// CSDL: `microsoft.graph.detectedSensitiveContentWrapper`, complex type.
///
/// Features: `beta`, or one of `beta-data-classification`, `beta-search`.
#[derive(Clone)]
pub struct DetectedSensitiveContentWrapper {
    /// CSDL: property `classification`: `Collection(microsoft.graph.detectedSensitiveContent)`, nullable.
    pub classification: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDetectedSensitiveContent>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl ::std::default::Default for DetectedSensitiveContentWrapper {
    #[inline]
    fn default() -> Self {
        Self {
            classification: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::Object for DetectedSensitiveContentWrapper {
    const TYPE_NAME: &'static str = "microsoft.graph.detectedSensitiveContentWrapper";
    const KEYS: &'static [&'static str] = &["classification"];
    const KEYS_JSON: &'static [&'static str] = &[",\"classification\":               "];
    const TAG: &'static str = "\"#microsoft.graph.detectedSensitiveContentWrapper\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "classification", &self.classification);
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::object::Members for DetectedSensitiveContentWrapper {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.classification.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.classification);
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
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_object!(DetectedSensitiveContentWrapper);
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_setters!(
    DetectedSensitiveContentWrapper { with_classification classification :
    ::std::vec::Vec < crate ::beta::AnyDetectedSensitiveContent >; }
);
#[cfg(msgraph_beta_data_classification_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DetectedSensitiveContentWrapper);
