//! Types of `microsoft.graph` by the first letters of their names (`a_m`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.aiInteractionMentionedIdentitySet`, complex type, derived from `microsoft.graph.identitySet`, open.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct AiInteractionMentionedIdentitySet {
    /// CSDL: property `application`: `microsoft.graph.identity`, nullable.
    pub application: rt::Field<crate::v1::AnyIdentity>,
    /// CSDL: property `device`: `microsoft.graph.identity`, nullable.
    pub device: rt::Field<crate::v1::AnyIdentity>,
    /// CSDL: property `user`: `microsoft.graph.identity`, nullable.
    pub user: rt::Field<crate::v1::AnyIdentity>,
    /// CSDL: property `conversation`: `microsoft.graph.teamworkConversationIdentity`, nullable.
    pub conversation: rt::Field<crate::v1::TeamworkConversationIdentity>,
    /// CSDL: property `tag`: `microsoft.graph.teamworkTagIdentity`, nullable.
    pub tag: rt::Field<crate::v1::TeamworkTagIdentity>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for AiInteractionMentionedIdentitySet {
    #[inline]
    fn default() -> Self {
        Self {
            application: rt::Field::Absent,
            device: rt::Field::Absent,
            user: rt::Field::Absent,
            conversation: rt::Field::Absent,
            tag: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for AiInteractionMentionedIdentitySet {
    const TYPE_NAME: &'static str = "microsoft.graph.aiInteractionMentionedIdentitySet";
    const KEYS: &'static [&'static str] = &[
        "application",
        "device",
        "user",
        "conversation",
        "tag",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"application\":                  ",
        ",\"device\":                       ",
        ",\"user\":                         ",
        ",\"conversation\":                 ",
        ",\"tag\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.aiInteractionMentionedIdentitySet\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "application", &self.application);
        v.field(1usize, "device", &self.device);
        v.field(2usize, "user", &self.user);
        v.field(3usize, "conversation", &self.conversation);
        v.field(4usize, "tag", &self.tag);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for AiInteractionMentionedIdentitySet {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.application.read_from(r),
            1usize => self.device.read_from(r),
            2usize => self.user.read_from(r),
            3usize => self.conversation.read_from(r),
            4usize => self.tag.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.application);
        w.field(1usize, &self.device);
        w.field(2usize, &self.user);
        w.field(3usize, &self.conversation);
        w.field(4usize, &self.tag);
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
#[cfg(msgraph_v1_any_area)]
rt::impl_object!(AiInteractionMentionedIdentitySet);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    AiInteractionMentionedIdentitySet { with_application application : crate
    ::v1::AnyIdentity; with_device device : crate ::v1::AnyIdentity; with_user user :
    crate ::v1::AnyIdentity; with_conversation conversation : crate
    ::v1::TeamworkConversationIdentity; with_tag tag : crate ::v1::TeamworkTagIdentity; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(AiInteractionMentionedIdentitySet);
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
/// Represents an assignment to all managed devices in the tenant.
///
/// CSDL: `microsoft.graph.allDevicesAssignmentTarget`, complex type, derived from `microsoft.graph.deviceAndAppManagementAssignmentTarget`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AllDevicesAssignmentTarget {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
impl ::std::default::Default for AllDevicesAssignmentTarget {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
impl rt::Object for AllDevicesAssignmentTarget {
    const TYPE_NAME: &'static str = "microsoft.graph.allDevicesAssignmentTarget";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.allDevicesAssignmentTarget\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
impl rt::object::Members for AllDevicesAssignmentTarget {
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
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
rt::impl_object!(AllDevicesAssignmentTarget);
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(AllDevicesAssignmentTarget);
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
/// Represents an assignment to all licensed users in the tenant.
///
/// CSDL: `microsoft.graph.allLicensedUsersAssignmentTarget`, complex type, derived from `microsoft.graph.deviceAndAppManagementAssignmentTarget`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AllLicensedUsersAssignmentTarget {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
impl ::std::default::Default for AllLicensedUsersAssignmentTarget {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
impl rt::Object for AllLicensedUsersAssignmentTarget {
    const TYPE_NAME: &'static str = "microsoft.graph.allLicensedUsersAssignmentTarget";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.allLicensedUsersAssignmentTarget\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
impl rt::object::Members for AllLicensedUsersAssignmentTarget {
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
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
rt::impl_object!(AllLicensedUsersAssignmentTarget);
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(AllLicensedUsersAssignmentTarget);
#[cfg(msgraph_v1_core_or_device_management)]
/// AppLogUploadStatus
///
/// CSDL: `microsoft.graph.appLogUploadState`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AppLogUploadState {
    /// Default. Indicates that request is waiting to be processed or under processing.
    ///
    /// `pending` (value 0).
    Pending,
    /// Indicates that request is completed with file uploaded to Azure blob for download.
    ///
    /// `completed` (value 1).
    Completed,
    /// Indicates that request is completed with file uploaded to Azure blob for download.
    ///
    /// `failed` (value 2).
    Failed,
    /// Evolvable enumeration sentinel value. Do not use.
    ///
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::StrEnum for AppLogUploadState {
    const TYPE_NAME: &'static str = "microsoft.graph.appLogUploadState";
    const MEMBERS: &'static [&'static str] = &[
        "pending",
        "completed",
        "failed",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "pending" => Self::Pending,
                "completed" => Self::Completed,
                "failed" => Self::Failed,
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
            Self::Pending => "pending",
            Self::Completed => "completed",
            Self::Failed => "failed",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_enum!(AppLogUploadState);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppLogUploadState);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.artifactRestoreStatus`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ArtifactRestoreStatus {
    /// `added` (value 0).
    Added,
    /// `scheduling` (value 1).
    Scheduling,
    /// `scheduled` (value 2).
    Scheduled,
    /// `inProgress` (value 3).
    InProgress,
    /// `succeeded` (value 4).
    Succeeded,
    /// `failed` (value 5).
    Failed,
    /// `unknownFutureValue` (value 6).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::StrEnum for ArtifactRestoreStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.artifactRestoreStatus";
    const MEMBERS: &'static [&'static str] = &[
        "added",
        "scheduling",
        "scheduled",
        "inProgress",
        "succeeded",
        "failed",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "added" => Self::Added,
                "scheduling" => Self::Scheduling,
                "scheduled" => Self::Scheduled,
                "inProgress" => Self::InProgress,
                "succeeded" => Self::Succeeded,
                "failed" => Self::Failed,
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
            Self::Added => "added",
            Self::Scheduling => "scheduling",
            Self::Scheduled => "scheduled",
            Self::InProgress => "inProgress",
            Self::Succeeded => "succeeded",
            Self::Failed => "failed",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_enum!(ArtifactRestoreStatus);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(ArtifactRestoreStatus);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.attackSimulationOperation`, entity type, derived from `microsoft.graph.longRunningOperation`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AttackSimulationOperation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastActionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_action_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `resourceLocation`: `Edm.String`, nullable.
    pub resource_location: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.longRunningOperationStatus`, nullable.
    pub status: rt::Field<crate::v1::LongRunningOperationStatus>,
    /// CSDL: property `statusDetail`: `Edm.String`, nullable.
    pub status_detail: rt::Field<::std::string::String>,
    /// CSDL: property `percentageCompleted`: `Edm.Int32`, not nullable.
    pub percentage_completed: rt::Field<i32>,
    /// CSDL: property `tenantId`: `Edm.String`, nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `microsoft.graph.attackSimulationOperationType`, nullable.
    pub type_: rt::Field<crate::v1::AttackSimulationOperationType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for AttackSimulationOperation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_action_date_time: rt::Field::Absent,
            resource_location: rt::Field::Absent,
            status: rt::Field::Absent,
            status_detail: rt::Field::Absent,
            percentage_completed: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::Object for AttackSimulationOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.attackSimulationOperation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "lastActionDateTime",
        "resourceLocation",
        "status",
        "statusDetail",
        "percentageCompleted",
        "tenantId",
        "type",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"lastActionDateTime\":           ",
        ",\"resourceLocation\":             ",
        ",\"status\":                       ",
        ",\"statusDetail\":                 ",
        ",\"percentageCompleted\":          ",
        ",\"tenantId\":                     ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.attackSimulationOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "last_action_date_time", &self.last_action_date_time);
        v.field(3usize, "resource_location", &self.resource_location);
        v.field(4usize, "status", &self.status);
        v.field(5usize, "status_detail", &self.status_detail);
        v.field(6usize, "percentage_completed", &self.percentage_completed);
        v.field(7usize, "tenant_id", &self.tenant_id);
        v.field(8usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::object::Members for AttackSimulationOperation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.last_action_date_time.read_from(r),
            3usize => self.resource_location.read_from(r),
            4usize => self.status.read_from(r),
            5usize => self.status_detail.read_from(r),
            6usize => self.percentage_completed.read_from(r),
            7usize => self.tenant_id.read_from(r),
            8usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.last_action_date_time);
        w.field(3usize, &self.resource_location);
        w.field(4usize, &self.status);
        w.field(5usize, &self.status_detail);
        w.field(6usize, &self.percentage_completed);
        w.field(7usize, &self.tenant_id);
        w.field(8usize, &self.type_);
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
#[cfg(msgraph_v1_core_or_security)]
rt::impl_object!(AttackSimulationOperation);
#[cfg(msgraph_v1_core_or_security)]
rt::impl_setters!(
    AttackSimulationOperation { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_last_action_date_time last_action_date_time : rt::edm::DateTimeOffset;
    with_resource_location resource_location : ::std::string::String; with_status status
    : crate ::v1::LongRunningOperationStatus; with_status_detail status_detail :
    ::std::string::String; with_percentage_completed percentage_completed : i32;
    with_tenant_id tenant_id : ::std::string::String; with_type type_ : crate
    ::v1::AttackSimulationOperationType; }
);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttackSimulationOperation);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.attackSimulationOperationType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AttackSimulationOperationType {
    /// `createSimualation` (value 0).
    CreateSimualation,
    /// `updateSimulation` (value 1).
    UpdateSimulation,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::StrEnum for AttackSimulationOperationType {
    const TYPE_NAME: &'static str = "microsoft.graph.attackSimulationOperationType";
    const MEMBERS: &'static [&'static str] = &[
        "createSimualation",
        "updateSimulation",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "createSimualation" => Self::CreateSimualation,
                "updateSimulation" => Self::UpdateSimulation,
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
            Self::CreateSimualation => "createSimualation",
            Self::UpdateSimulation => "updateSimulation",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
rt::impl_enum!(AttackSimulationOperationType);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttackSimulationOperationType);
#[cfg(msgraph_v1_reports_or_search_or_security)]
/// CSDL: `microsoft.graph.attackSimulationUser`, complex type.
///
/// Features: `v1`, or one of `v1-reports`, `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AttackSimulationUser {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `email`: `Edm.String`, nullable.
    pub email: rt::Field<::std::string::String>,
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_reports_or_search_or_security)]
impl ::std::default::Default for AttackSimulationUser {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            email: rt::Field::Absent,
            user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_reports_or_search_or_security)]
impl rt::Object for AttackSimulationUser {
    const TYPE_NAME: &'static str = "microsoft.graph.attackSimulationUser";
    const KEYS: &'static [&'static str] = &["displayName", "email", "userId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"email\":                        ",
        ",\"userId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.attackSimulationUser\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "email", &self.email);
        v.field(2usize, "user_id", &self.user_id);
    }
}
#[cfg(msgraph_v1_reports_or_search_or_security)]
impl rt::object::Members for AttackSimulationUser {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.email.read_from(r),
            2usize => self.user_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.email);
        w.field(2usize, &self.user_id);
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
#[cfg(msgraph_v1_reports_or_search_or_security)]
rt::impl_object!(AttackSimulationUser);
#[cfg(msgraph_v1_reports_or_search_or_security)]
rt::impl_setters!(
    AttackSimulationUser { with_display_name display_name : ::std::string::String;
    with_email email : ::std::string::String; with_user_id user_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_reports_or_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttackSimulationUser);
#[cfg(msgraph_v1_core_or_invitations)]
/// CSDL: `microsoft.graph.attendee`, complex type, derived from `microsoft.graph.attendeeBase`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Attendee {
    /// CSDL: property `emailAddress`: `microsoft.graph.emailAddress`, nullable.
    pub email_address: rt::Field<crate::v1::EmailAddress>,
    /// CSDL: property `type`: `microsoft.graph.attendeeType`, nullable.
    pub type_: rt::Field<crate::v1::AttendeeType>,
    /// CSDL: property `proposedNewTime`: `microsoft.graph.timeSlot`, nullable.
    pub proposed_new_time: rt::Field<crate::v1::TimeSlot>,
    /// CSDL: property `status`: `microsoft.graph.responseStatus`, nullable.
    pub status: rt::Field<crate::v1::ResponseStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_invitations)]
impl ::std::default::Default for Attendee {
    #[inline]
    fn default() -> Self {
        Self {
            email_address: rt::Field::Absent,
            type_: rt::Field::Absent,
            proposed_new_time: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_invitations)]
impl rt::Object for Attendee {
    const TYPE_NAME: &'static str = "microsoft.graph.attendee";
    const KEYS: &'static [&'static str] = &[
        "emailAddress",
        "type",
        "proposedNewTime",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"emailAddress\":                 ",
        ",\"type\":                         ",
        ",\"proposedNewTime\":              ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.attendee\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "email_address", &self.email_address);
        v.field(1usize, "type_", &self.type_);
        v.field(2usize, "proposed_new_time", &self.proposed_new_time);
        v.field(3usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_core_or_invitations)]
impl rt::object::Members for Attendee {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.email_address.read_from(r),
            1usize => self.type_.read_from(r),
            2usize => self.proposed_new_time.read_from(r),
            3usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.email_address);
        w.field(1usize, &self.type_);
        w.field(2usize, &self.proposed_new_time);
        w.field(3usize, &self.status);
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
#[cfg(msgraph_v1_core_or_invitations)]
rt::impl_object!(Attendee);
#[cfg(msgraph_v1_core_or_invitations)]
rt::impl_setters!(
    Attendee { with_email_address email_address : crate ::v1::EmailAddress; with_type
    type_ : crate ::v1::AttendeeType; with_proposed_new_time proposed_new_time : crate
    ::v1::TimeSlot; with_status status : crate ::v1::ResponseStatus; }
);
#[cfg(msgraph_v1_core_or_invitations)]
#[cfg(feature = "serde")]
rt::impl_serde!(Attendee);
#[cfg(msgraph_v1_core_or_invitations)]
/// CSDL: `microsoft.graph.attendeeBase`, complex type, derived from `microsoft.graph.recipient`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AttendeeBase {
    /// CSDL: property `emailAddress`: `microsoft.graph.emailAddress`, nullable.
    pub email_address: rt::Field<crate::v1::EmailAddress>,
    /// CSDL: property `type`: `microsoft.graph.attendeeType`, nullable.
    pub type_: rt::Field<crate::v1::AttendeeType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_invitations)]
impl ::std::default::Default for AttendeeBase {
    #[inline]
    fn default() -> Self {
        Self {
            email_address: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_invitations)]
impl rt::Object for AttendeeBase {
    const TYPE_NAME: &'static str = "microsoft.graph.attendeeBase";
    const KEYS: &'static [&'static str] = &["emailAddress", "type"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"emailAddress\":                 ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.attendeeBase\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "email_address", &self.email_address);
        v.field(1usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_v1_core_or_invitations)]
impl rt::object::Members for AttendeeBase {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.email_address.read_from(r),
            1usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.email_address);
        w.field(1usize, &self.type_);
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
#[cfg(msgraph_v1_core_or_invitations)]
rt::impl_object!(AttendeeBase);
#[cfg(msgraph_v1_core_or_invitations)]
rt::impl_setters!(
    AttendeeBase { with_email_address email_address : crate ::v1::EmailAddress; with_type
    type_ : crate ::v1::AttendeeType; }
);
#[cfg(msgraph_v1_core_or_invitations)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttendeeBase);
#[cfg(msgraph_v1_core_or_invitations)]
/// `microsoft.graph.attendeeBase` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAttendeeBase {
    AttendeeBase(::std::boxed::Box<crate::v1::AttendeeBase>),
    Attendee(::std::boxed::Box<crate::v1::Attendee>),
}
#[cfg(msgraph_v1_core_or_invitations)]
impl ::std::default::Default for AnyAttendeeBase {
    #[inline]
    fn default() -> Self {
        Self::AttendeeBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_invitations)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AttendeeBase> for AnyAttendeeBase {
    #[inline]
    fn from(v: crate::v1::AttendeeBase) -> Self {
        Self::AttendeeBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_invitations)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Attendee> for AnyAttendeeBase {
    #[inline]
    fn from(v: crate::v1::Attendee) -> Self {
        Self::Attendee(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_invitations)]
unsafe impl ::std::marker::Send for AnyAttendeeBase {}
#[cfg(msgraph_v1_core_or_invitations)]
unsafe impl ::std::marker::Sync for AnyAttendeeBase {}
#[cfg(msgraph_v1_core_or_invitations)]
impl ::std::marker::Unpin for AnyAttendeeBase {}
#[cfg(msgraph_v1_core_or_invitations)]
impl ::std::panic::UnwindSafe for AnyAttendeeBase {}
#[cfg(msgraph_v1_core_or_invitations)]
impl ::std::panic::RefUnwindSafe for AnyAttendeeBase {}
#[cfg(msgraph_v1_core_or_invitations)]
const _: () = {
    rt::object::auto_traits::<crate::v1::AttendeeBase>();
    rt::object::auto_traits::<crate::v1::Attendee>();
};
#[cfg(msgraph_v1_core_or_invitations)]
impl rt::Poly for AnyAttendeeBase {
    const BASE_NAME: &'static str = "microsoft.graph.attendeeBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.attendee") => {
                Self::Attendee(rt::object::new_boxed())
            }
            _ => Self::AttendeeBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AttendeeBase(v) => &**v,
            Self::Attendee(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AttendeeBase(v) => &mut **v,
            Self::Attendee(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_invitations)]
impl AnyAttendeeBase {
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
    /// `emailAddress` of any variant.
    #[inline]
    pub fn email_address(&self) -> &rt::Field<crate::v1::EmailAddress> {
        match self {
            Self::AttendeeBase(v) => &v.email_address,
            Self::Attendee(v) => &v.email_address,
        }
    }
    /// `emailAddress` of any variant.
    #[inline]
    pub fn email_address_mut(&mut self) -> &mut rt::Field<crate::v1::EmailAddress> {
        match self {
            Self::AttendeeBase(v) => &mut v.email_address,
            Self::Attendee(v) => &mut v.email_address,
        }
    }
    /// `type` of any variant.
    #[inline]
    pub fn type_(&self) -> &rt::Field<crate::v1::AttendeeType> {
        match self {
            Self::AttendeeBase(v) => &v.type_,
            Self::Attendee(v) => &v.type_,
        }
    }
    /// `type` of any variant.
    #[inline]
    pub fn type_mut(&mut self) -> &mut rt::Field<crate::v1::AttendeeType> {
        match self {
            Self::AttendeeBase(v) => &mut v.type_,
            Self::Attendee(v) => &mut v.type_,
        }
    }
}
#[cfg(msgraph_v1_core_or_invitations)]
rt::impl_poly!(AnyAttendeeBase);
#[cfg(msgraph_v1_core_or_invitations)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAttendeeBase);
#[cfg(msgraph_v1_core_or_invitations)]
/// CSDL: `microsoft.graph.attendeeType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AttendeeType {
    /// `required` (value 0).
    Required,
    /// `optional` (value 1).
    Optional,
    /// `resource` (value 2).
    Resource,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_invitations)]
impl rt::StrEnum for AttendeeType {
    const TYPE_NAME: &'static str = "microsoft.graph.attendeeType";
    const MEMBERS: &'static [&'static str] = &["required", "optional", "resource"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "required" => Self::Required,
                "optional" => Self::Optional,
                "resource" => Self::Resource,
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
            Self::Required => "required",
            Self::Optional => "optional",
            Self::Resource => "resource",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_invitations)]
rt::impl_enum!(AttendeeType);
#[cfg(msgraph_v1_core_or_invitations)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttendeeType);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.attributeMappingSource`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AttributeMappingSource {
    /// CSDL: property `expression`: `Edm.String`, nullable.
    pub expression: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `parameters`: `Collection(microsoft.graph.stringKeyAttributeMappingSourceValuePair)`, nullable.
    pub parameters: rt::Field<
        ::std::vec::Vec<crate::v1::StringKeyAttributeMappingSourceValuePair>,
    >,
    /// CSDL: property `type`: `microsoft.graph.attributeMappingSourceType`, not nullable.
    pub type_: rt::Field<crate::v1::AttributeMappingSourceType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AttributeMappingSource {
    #[inline]
    fn default() -> Self {
        Self {
            expression: rt::Field::Absent,
            name: rt::Field::Absent,
            parameters: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for AttributeMappingSource {
    const TYPE_NAME: &'static str = "microsoft.graph.attributeMappingSource";
    const KEYS: &'static [&'static str] = &["expression", "name", "parameters", "type"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"expression\":                   ",
        ",\"name\":                         ",
        ",\"parameters\":                   ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.attributeMappingSource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "expression", &self.expression);
        v.field(1usize, "name", &self.name);
        v.field(2usize, "parameters", &self.parameters);
        v.field(3usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for AttributeMappingSource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.expression.read_from(r),
            1usize => self.name.read_from(r),
            2usize => self.parameters.read_from(r),
            3usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.expression);
        w.field(1usize, &self.name);
        w.field(2usize, &self.parameters);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(AttributeMappingSource);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    AttributeMappingSource { with_expression expression : ::std::string::String;
    with_name name : ::std::string::String; with_parameters parameters : ::std::vec::Vec
    < crate ::v1::StringKeyAttributeMappingSourceValuePair >; with_type type_ : crate
    ::v1::AttributeMappingSourceType; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttributeMappingSource);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.attributeMappingSourceType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AttributeMappingSourceType {
    /// `Attribute` (value 0).
    Attribute,
    /// `Constant` (value 1).
    Constant,
    /// `Function` (value 2).
    Function,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for AttributeMappingSourceType {
    const TYPE_NAME: &'static str = "microsoft.graph.attributeMappingSourceType";
    const MEMBERS: &'static [&'static str] = &["Attribute", "Constant", "Function"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "Attribute" => Self::Attribute,
                "Constant" => Self::Constant,
                "Function" => Self::Function,
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
            Self::Attribute => "Attribute",
            Self::Constant => "Constant",
            Self::Function => "Function",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(AttributeMappingSourceType);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttributeMappingSourceType);
#[cfg(msgraph_v1_core_or_filter_operators_or_functions)]
/// CSDL: `microsoft.graph.attributeType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-filter-operators`, `v1-functions` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
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
#[cfg(msgraph_v1_core_or_filter_operators_or_functions)]
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
#[cfg(msgraph_v1_core_or_filter_operators_or_functions)]
rt::impl_enum!(AttributeType);
#[cfg(msgraph_v1_core_or_filter_operators_or_functions)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttributeType);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.authenticationMethodModes`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AuthenticationMethodModes {
    /// `password` (value 1).
    Password,
    /// `voice` (value 2).
    Voice,
    /// `hardwareOath` (value 4).
    HardwareOath,
    /// `softwareOath` (value 8).
    SoftwareOath,
    /// `sms` (value 16).
    Sms,
    /// `fido2` (value 32).
    Fido2,
    /// `windowsHelloForBusiness` (value 64).
    WindowsHelloForBusiness,
    /// `microsoftAuthenticatorPush` (value 128).
    MicrosoftAuthenticatorPush,
    /// `deviceBasedPush` (value 256).
    DeviceBasedPush,
    /// `temporaryAccessPassOneTime` (value 512).
    TemporaryAccessPassOneTime,
    /// `temporaryAccessPassMultiUse` (value 1024).
    TemporaryAccessPassMultiUse,
    /// `email` (value 2048).
    Email,
    /// `x509CertificateSingleFactor` (value 4096).
    X509CertificateSingleFactor,
    /// `x509CertificateMultiFactor` (value 8192).
    X509CertificateMultiFactor,
    /// `federatedSingleFactor` (value 16384).
    FederatedSingleFactor,
    /// `federatedMultiFactor` (value 32768).
    FederatedMultiFactor,
    /// `unknownFutureValue` (value 65536).
    UnknownFutureValue,
    /// `qrCodePin` (value 131072).
    QrCodePin,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::StrEnum for AuthenticationMethodModes {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationMethodModes";
    const MEMBERS: &'static [&'static str] = &[
        "password",
        "voice",
        "hardwareOath",
        "softwareOath",
        "sms",
        "fido2",
        "windowsHelloForBusiness",
        "microsoftAuthenticatorPush",
        "deviceBasedPush",
        "temporaryAccessPassOneTime",
        "temporaryAccessPassMultiUse",
        "email",
        "x509CertificateSingleFactor",
        "x509CertificateMultiFactor",
        "federatedSingleFactor",
        "federatedMultiFactor",
        "unknownFutureValue",
        "qrCodePin",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "password" => Self::Password,
                "voice" => Self::Voice,
                "hardwareOath" => Self::HardwareOath,
                "softwareOath" => Self::SoftwareOath,
                "sms" => Self::Sms,
                "fido2" => Self::Fido2,
                "windowsHelloForBusiness" => Self::WindowsHelloForBusiness,
                "microsoftAuthenticatorPush" => Self::MicrosoftAuthenticatorPush,
                "deviceBasedPush" => Self::DeviceBasedPush,
                "temporaryAccessPassOneTime" => Self::TemporaryAccessPassOneTime,
                "temporaryAccessPassMultiUse" => Self::TemporaryAccessPassMultiUse,
                "email" => Self::Email,
                "x509CertificateSingleFactor" => Self::X509CertificateSingleFactor,
                "x509CertificateMultiFactor" => Self::X509CertificateMultiFactor,
                "federatedSingleFactor" => Self::FederatedSingleFactor,
                "federatedMultiFactor" => Self::FederatedMultiFactor,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "qrCodePin" => Self::QrCodePin,
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
            Self::Password => "password",
            Self::Voice => "voice",
            Self::HardwareOath => "hardwareOath",
            Self::SoftwareOath => "softwareOath",
            Self::Sms => "sms",
            Self::Fido2 => "fido2",
            Self::WindowsHelloForBusiness => "windowsHelloForBusiness",
            Self::MicrosoftAuthenticatorPush => "microsoftAuthenticatorPush",
            Self::DeviceBasedPush => "deviceBasedPush",
            Self::TemporaryAccessPassOneTime => "temporaryAccessPassOneTime",
            Self::TemporaryAccessPassMultiUse => "temporaryAccessPassMultiUse",
            Self::Email => "email",
            Self::X509CertificateSingleFactor => "x509CertificateSingleFactor",
            Self::X509CertificateMultiFactor => "x509CertificateMultiFactor",
            Self::FederatedSingleFactor => "federatedSingleFactor",
            Self::FederatedMultiFactor => "federatedMultiFactor",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::QrCodePin => "qrCodePin",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_enum!(AuthenticationMethodModes);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationMethodModes);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.azureCommunicationServicesUserIdentity`, complex type, derived from `microsoft.graph.identity`, open.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct AzureCommunicationServicesUserIdentity {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `azureCommunicationServicesResourceId`: `Edm.String`, nullable.
    pub azure_communication_services_resource_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for AzureCommunicationServicesUserIdentity {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            azure_communication_services_resource_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for AzureCommunicationServicesUserIdentity {
    const TYPE_NAME: &'static str = "microsoft.graph.azureCommunicationServicesUserIdentity";
    const KEYS: &'static [&'static str] = &[
        "displayName",
        "id",
        "azureCommunicationServicesResourceId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"id\":                           ",
        ",\"azureCommunicationServicesResourceId\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.azureCommunicationServicesUserIdentity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "id", &self.id);
        v.field(
            2usize,
            "azure_communication_services_resource_id",
            &self.azure_communication_services_resource_id,
        );
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for AzureCommunicationServicesUserIdentity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.id.read_from(r),
            2usize => self.azure_communication_services_resource_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.id);
        w.field(2usize, &self.azure_communication_services_resource_id);
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
#[cfg(msgraph_v1_any_area)]
rt::impl_object!(AzureCommunicationServicesUserIdentity);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    AzureCommunicationServicesUserIdentity { with_display_name display_name :
    ::std::string::String; with_id id : ::std::string::String;
    with_azure_communication_services_resource_id
    azure_communication_services_resource_id : ::std::string::String; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(AzureCommunicationServicesUserIdentity);
#[cfg(msgraph_v1_core_or_communications_or_copilot_or_education_and_5_more)]
/// CSDL: `microsoft.graph.bodyType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-copilot`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles` and 18 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BodyType {
    /// `text` (value 0).
    Text,
    /// `html` (value 1).
    Html,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_communications_or_copilot_or_education_and_5_more)]
impl rt::StrEnum for BodyType {
    const TYPE_NAME: &'static str = "microsoft.graph.bodyType";
    const MEMBERS: &'static [&'static str] = &["text", "html"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "text" => Self::Text,
                "html" => Self::Html,
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
            Self::Text => "text",
            Self::Html => "html",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_communications_or_copilot_or_education_and_5_more)]
rt::impl_enum!(BodyType);
#[cfg(msgraph_v1_core_or_communications_or_copilot_or_education_and_5_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(BodyType);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.chatMessageFromIdentitySet`, complex type, derived from `microsoft.graph.identitySet`, open.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct ChatMessageFromIdentitySet {
    /// CSDL: property `application`: `microsoft.graph.identity`, nullable.
    pub application: rt::Field<crate::v1::AnyIdentity>,
    /// CSDL: property `device`: `microsoft.graph.identity`, nullable.
    pub device: rt::Field<crate::v1::AnyIdentity>,
    /// CSDL: property `user`: `microsoft.graph.identity`, nullable.
    pub user: rt::Field<crate::v1::AnyIdentity>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for ChatMessageFromIdentitySet {
    #[inline]
    fn default() -> Self {
        Self {
            application: rt::Field::Absent,
            device: rt::Field::Absent,
            user: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for ChatMessageFromIdentitySet {
    const TYPE_NAME: &'static str = "microsoft.graph.chatMessageFromIdentitySet";
    const KEYS: &'static [&'static str] = &["application", "device", "user"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"application\":                  ",
        ",\"device\":                       ",
        ",\"user\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.chatMessageFromIdentitySet\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "application", &self.application);
        v.field(1usize, "device", &self.device);
        v.field(2usize, "user", &self.user);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for ChatMessageFromIdentitySet {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.application.read_from(r),
            1usize => self.device.read_from(r),
            2usize => self.user.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.application);
        w.field(1usize, &self.device);
        w.field(2usize, &self.user);
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
#[cfg(msgraph_v1_any_area)]
rt::impl_object!(ChatMessageFromIdentitySet);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    ChatMessageFromIdentitySet { with_application application : crate ::v1::AnyIdentity;
    with_device device : crate ::v1::AnyIdentity; with_user user : crate
    ::v1::AnyIdentity; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatMessageFromIdentitySet);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.chatMessageHostedContent`, entity type, derived from `microsoft.graph.teamworkHostedContent`, key `id`.
///
/// Request builders: [`TeamworkHostedContentPath`](requests/trait.TeamworkHostedContentPath.html), what a path to one (`EntityPath<ChatMessageHostedContent, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChatMessageHostedContent {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `contentBytes`: `Edm.Binary`, nullable.
    pub content_bytes: rt::Field<rt::edm::Binary>,
    /// CSDL: property `contentType`: `Edm.String`, nullable.
    pub content_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for ChatMessageHostedContent {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            content_bytes: rt::Field::Absent,
            content_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for ChatMessageHostedContent {
    const TYPE_NAME: &'static str = "microsoft.graph.chatMessageHostedContent";
    const KEYS: &'static [&'static str] = &["id", "contentBytes", "contentType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"contentBytes\":                 ",
        ",\"contentType\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.chatMessageHostedContent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "content_bytes", &self.content_bytes);
        v.field(2usize, "content_type", &self.content_type);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for ChatMessageHostedContent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.content_bytes.read_from(r),
            2usize => self.content_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.content_bytes);
        w.field(2usize, &self.content_type);
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
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_object!(ChatMessageHostedContent);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    ChatMessageHostedContent { with_id id : ::std::string::String; with_content_bytes
    content_bytes : rt::edm::Binary; with_content_type content_type :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatMessageHostedContent);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.chatMessageMentionedIdentitySet`, complex type, derived from `microsoft.graph.identitySet`, open.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct ChatMessageMentionedIdentitySet {
    /// CSDL: property `application`: `microsoft.graph.identity`, nullable.
    pub application: rt::Field<crate::v1::AnyIdentity>,
    /// CSDL: property `device`: `microsoft.graph.identity`, nullable.
    pub device: rt::Field<crate::v1::AnyIdentity>,
    /// CSDL: property `user`: `microsoft.graph.identity`, nullable.
    pub user: rt::Field<crate::v1::AnyIdentity>,
    /// CSDL: property `conversation`: `microsoft.graph.teamworkConversationIdentity`, nullable.
    pub conversation: rt::Field<crate::v1::TeamworkConversationIdentity>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for ChatMessageMentionedIdentitySet {
    #[inline]
    fn default() -> Self {
        Self {
            application: rt::Field::Absent,
            device: rt::Field::Absent,
            user: rt::Field::Absent,
            conversation: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for ChatMessageMentionedIdentitySet {
    const TYPE_NAME: &'static str = "microsoft.graph.chatMessageMentionedIdentitySet";
    const KEYS: &'static [&'static str] = &[
        "application",
        "device",
        "user",
        "conversation",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"application\":                  ",
        ",\"device\":                       ",
        ",\"user\":                         ",
        ",\"conversation\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.chatMessageMentionedIdentitySet\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "application", &self.application);
        v.field(1usize, "device", &self.device);
        v.field(2usize, "user", &self.user);
        v.field(3usize, "conversation", &self.conversation);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for ChatMessageMentionedIdentitySet {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.application.read_from(r),
            1usize => self.device.read_from(r),
            2usize => self.user.read_from(r),
            3usize => self.conversation.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.application);
        w.field(1usize, &self.device);
        w.field(2usize, &self.user);
        w.field(3usize, &self.conversation);
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
#[cfg(msgraph_v1_any_area)]
rt::impl_object!(ChatMessageMentionedIdentitySet);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    ChatMessageMentionedIdentitySet { with_application application : crate
    ::v1::AnyIdentity; with_device device : crate ::v1::AnyIdentity; with_user user :
    crate ::v1::AnyIdentity; with_conversation conversation : crate
    ::v1::TeamworkConversationIdentity; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatMessageMentionedIdentitySet);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.chatMessageReactionIdentitySet`, complex type, derived from `microsoft.graph.identitySet`, open.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct ChatMessageReactionIdentitySet {
    /// CSDL: property `application`: `microsoft.graph.identity`, nullable.
    pub application: rt::Field<crate::v1::AnyIdentity>,
    /// CSDL: property `device`: `microsoft.graph.identity`, nullable.
    pub device: rt::Field<crate::v1::AnyIdentity>,
    /// CSDL: property `user`: `microsoft.graph.identity`, nullable.
    pub user: rt::Field<crate::v1::AnyIdentity>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for ChatMessageReactionIdentitySet {
    #[inline]
    fn default() -> Self {
        Self {
            application: rt::Field::Absent,
            device: rt::Field::Absent,
            user: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for ChatMessageReactionIdentitySet {
    const TYPE_NAME: &'static str = "microsoft.graph.chatMessageReactionIdentitySet";
    const KEYS: &'static [&'static str] = &["application", "device", "user"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"application\":                  ",
        ",\"device\":                       ",
        ",\"user\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.chatMessageReactionIdentitySet\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "application", &self.application);
        v.field(1usize, "device", &self.device);
        v.field(2usize, "user", &self.user);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for ChatMessageReactionIdentitySet {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.application.read_from(r),
            1usize => self.device.read_from(r),
            2usize => self.user.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.application);
        w.field(1usize, &self.device);
        w.field(2usize, &self.user);
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
#[cfg(msgraph_v1_any_area)]
rt::impl_object!(ChatMessageReactionIdentitySet);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    ChatMessageReactionIdentitySet { with_application application : crate
    ::v1::AnyIdentity; with_device device : crate ::v1::AnyIdentity; with_user user :
    crate ::v1::AnyIdentity; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatMessageReactionIdentitySet);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.communicationsApplicationIdentity`, complex type, derived from `microsoft.graph.identity`, open.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct CommunicationsApplicationIdentity {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `applicationType`: `Edm.String`, nullable.
    pub application_type: rt::Field<::std::string::String>,
    /// CSDL: property `hidden`: `Edm.Boolean`, nullable.
    pub hidden: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for CommunicationsApplicationIdentity {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            application_type: rt::Field::Absent,
            hidden: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for CommunicationsApplicationIdentity {
    const TYPE_NAME: &'static str = "microsoft.graph.communicationsApplicationIdentity";
    const KEYS: &'static [&'static str] = &[
        "displayName",
        "id",
        "applicationType",
        "hidden",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"id\":                           ",
        ",\"applicationType\":              ",
        ",\"hidden\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.communicationsApplicationIdentity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "id", &self.id);
        v.field(2usize, "application_type", &self.application_type);
        v.field(3usize, "hidden", &self.hidden);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for CommunicationsApplicationIdentity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.id.read_from(r),
            2usize => self.application_type.read_from(r),
            3usize => self.hidden.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.id);
        w.field(2usize, &self.application_type);
        w.field(3usize, &self.hidden);
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
#[cfg(msgraph_v1_any_area)]
rt::impl_object!(CommunicationsApplicationIdentity);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    CommunicationsApplicationIdentity { with_display_name display_name :
    ::std::string::String; with_id id : ::std::string::String; with_application_type
    application_type : ::std::string::String; with_hidden hidden : bool; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(CommunicationsApplicationIdentity);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.communicationsApplicationInstanceIdentity`, complex type, derived from `microsoft.graph.identity`, open.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct CommunicationsApplicationInstanceIdentity {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `hidden`: `Edm.Boolean`, nullable.
    pub hidden: rt::Field<bool>,
    /// CSDL: property `tenantId`: `Edm.String`, nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for CommunicationsApplicationInstanceIdentity {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            hidden: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for CommunicationsApplicationInstanceIdentity {
    const TYPE_NAME: &'static str = "microsoft.graph.communicationsApplicationInstanceIdentity";
    const KEYS: &'static [&'static str] = &["displayName", "id", "hidden", "tenantId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"id\":                           ",
        ",\"hidden\":                       ",
        ",\"tenantId\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.communicationsApplicationInstanceIdentity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "id", &self.id);
        v.field(2usize, "hidden", &self.hidden);
        v.field(3usize, "tenant_id", &self.tenant_id);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for CommunicationsApplicationInstanceIdentity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.id.read_from(r),
            2usize => self.hidden.read_from(r),
            3usize => self.tenant_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.id);
        w.field(2usize, &self.hidden);
        w.field(3usize, &self.tenant_id);
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
#[cfg(msgraph_v1_any_area)]
rt::impl_object!(CommunicationsApplicationInstanceIdentity);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    CommunicationsApplicationInstanceIdentity { with_display_name display_name :
    ::std::string::String; with_id id : ::std::string::String; with_hidden hidden : bool;
    with_tenant_id tenant_id : ::std::string::String; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(CommunicationsApplicationInstanceIdentity);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.communicationsEncryptedIdentity`, complex type, derived from `microsoft.graph.identity`, open.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct CommunicationsEncryptedIdentity {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for CommunicationsEncryptedIdentity {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for CommunicationsEncryptedIdentity {
    const TYPE_NAME: &'static str = "microsoft.graph.communicationsEncryptedIdentity";
    const KEYS: &'static [&'static str] = &["displayName", "id"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"id\":                           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.communicationsEncryptedIdentity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "id", &self.id);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for CommunicationsEncryptedIdentity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.id);
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
#[cfg(msgraph_v1_any_area)]
rt::impl_object!(CommunicationsEncryptedIdentity);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    CommunicationsEncryptedIdentity { with_display_name display_name :
    ::std::string::String; with_id id : ::std::string::String; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(CommunicationsEncryptedIdentity);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.communicationsGuestIdentity`, complex type, derived from `microsoft.graph.identity`, open.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct CommunicationsGuestIdentity {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `email`: `Edm.String`, nullable.
    pub email: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for CommunicationsGuestIdentity {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            email: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for CommunicationsGuestIdentity {
    const TYPE_NAME: &'static str = "microsoft.graph.communicationsGuestIdentity";
    const KEYS: &'static [&'static str] = &["displayName", "id", "email"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"id\":                           ",
        ",\"email\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.communicationsGuestIdentity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "id", &self.id);
        v.field(2usize, "email", &self.email);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for CommunicationsGuestIdentity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.id.read_from(r),
            2usize => self.email.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.id);
        w.field(2usize, &self.email);
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
#[cfg(msgraph_v1_any_area)]
rt::impl_object!(CommunicationsGuestIdentity);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    CommunicationsGuestIdentity { with_display_name display_name : ::std::string::String;
    with_id id : ::std::string::String; with_email email : ::std::string::String; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(CommunicationsGuestIdentity);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.communicationsIdentitySet`, complex type, derived from `microsoft.graph.identitySet`, open.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct CommunicationsIdentitySet {
    /// CSDL: property `application`: `microsoft.graph.identity`, nullable.
    pub application: rt::Field<crate::v1::AnyIdentity>,
    /// CSDL: property `device`: `microsoft.graph.identity`, nullable.
    pub device: rt::Field<crate::v1::AnyIdentity>,
    /// CSDL: property `user`: `microsoft.graph.identity`, nullable.
    pub user: rt::Field<crate::v1::AnyIdentity>,
    /// CSDL: property `applicationInstance`: `microsoft.graph.identity`, nullable.
    pub application_instance: rt::Field<crate::v1::AnyIdentity>,
    /// CSDL: property `assertedIdentity`: `microsoft.graph.identity`, nullable.
    pub asserted_identity: rt::Field<crate::v1::AnyIdentity>,
    /// CSDL: property `azureCommunicationServicesUser`: `microsoft.graph.identity`, nullable.
    pub azure_communication_services_user: rt::Field<crate::v1::AnyIdentity>,
    /// CSDL: property `encrypted`: `microsoft.graph.identity`, nullable.
    pub encrypted: rt::Field<crate::v1::AnyIdentity>,
    /// CSDL: property `endpointType`: `microsoft.graph.endpointType`, nullable.
    pub endpoint_type: rt::Field<crate::v1::EndpointType>,
    /// CSDL: property `guest`: `microsoft.graph.identity`, nullable.
    pub guest: rt::Field<crate::v1::AnyIdentity>,
    /// CSDL: property `onPremises`: `microsoft.graph.identity`, nullable.
    pub on_premises: rt::Field<crate::v1::AnyIdentity>,
    /// CSDL: property `phone`: `microsoft.graph.identity`, nullable.
    pub phone: rt::Field<crate::v1::AnyIdentity>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for CommunicationsIdentitySet {
    #[inline]
    fn default() -> Self {
        Self {
            application: rt::Field::Absent,
            device: rt::Field::Absent,
            user: rt::Field::Absent,
            application_instance: rt::Field::Absent,
            asserted_identity: rt::Field::Absent,
            azure_communication_services_user: rt::Field::Absent,
            encrypted: rt::Field::Absent,
            endpoint_type: rt::Field::Absent,
            guest: rt::Field::Absent,
            on_premises: rt::Field::Absent,
            phone: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for CommunicationsIdentitySet {
    const TYPE_NAME: &'static str = "microsoft.graph.communicationsIdentitySet";
    const KEYS: &'static [&'static str] = &[
        "application",
        "device",
        "user",
        "applicationInstance",
        "assertedIdentity",
        "azureCommunicationServicesUser",
        "encrypted",
        "endpointType",
        "guest",
        "onPremises",
        "phone",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"application\":                  ",
        ",\"device\":                       ",
        ",\"user\":                         ",
        ",\"applicationInstance\":          ",
        ",\"assertedIdentity\":             ",
        ",\"azureCommunicationServicesUser\":",
        ",\"encrypted\":                    ",
        ",\"endpointType\":                 ",
        ",\"guest\":                        ",
        ",\"onPremises\":                   ",
        ",\"phone\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.communicationsIdentitySet\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "application", &self.application);
        v.field(1usize, "device", &self.device);
        v.field(2usize, "user", &self.user);
        v.field(3usize, "application_instance", &self.application_instance);
        v.field(4usize, "asserted_identity", &self.asserted_identity);
        v.field(
            5usize,
            "azure_communication_services_user",
            &self.azure_communication_services_user,
        );
        v.field(6usize, "encrypted", &self.encrypted);
        v.field(7usize, "endpoint_type", &self.endpoint_type);
        v.field(8usize, "guest", &self.guest);
        v.field(9usize, "on_premises", &self.on_premises);
        v.field(10usize, "phone", &self.phone);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for CommunicationsIdentitySet {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.application.read_from(r),
            1usize => self.device.read_from(r),
            2usize => self.user.read_from(r),
            3usize => self.application_instance.read_from(r),
            4usize => self.asserted_identity.read_from(r),
            5usize => self.azure_communication_services_user.read_from(r),
            6usize => self.encrypted.read_from(r),
            7usize => self.endpoint_type.read_from(r),
            8usize => self.guest.read_from(r),
            9usize => self.on_premises.read_from(r),
            10usize => self.phone.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.application);
        w.field(1usize, &self.device);
        w.field(2usize, &self.user);
        w.field(3usize, &self.application_instance);
        w.field(4usize, &self.asserted_identity);
        w.field(5usize, &self.azure_communication_services_user);
        w.field(6usize, &self.encrypted);
        w.field(7usize, &self.endpoint_type);
        w.field(8usize, &self.guest);
        w.field(9usize, &self.on_premises);
        w.field(10usize, &self.phone);
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
#[cfg(msgraph_v1_any_area)]
rt::impl_object!(CommunicationsIdentitySet);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    CommunicationsIdentitySet { with_application application : crate ::v1::AnyIdentity;
    with_device device : crate ::v1::AnyIdentity; with_user user : crate
    ::v1::AnyIdentity; with_application_instance application_instance : crate
    ::v1::AnyIdentity; with_asserted_identity asserted_identity : crate
    ::v1::AnyIdentity; with_azure_communication_services_user
    azure_communication_services_user : crate ::v1::AnyIdentity; with_encrypted encrypted
    : crate ::v1::AnyIdentity; with_endpoint_type endpoint_type : crate
    ::v1::EndpointType; with_guest guest : crate ::v1::AnyIdentity; with_on_premises
    on_premises : crate ::v1::AnyIdentity; with_phone phone : crate ::v1::AnyIdentity; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(CommunicationsIdentitySet);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.communicationsPhoneIdentity`, complex type, derived from `microsoft.graph.identity`, open.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct CommunicationsPhoneIdentity {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for CommunicationsPhoneIdentity {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for CommunicationsPhoneIdentity {
    const TYPE_NAME: &'static str = "microsoft.graph.communicationsPhoneIdentity";
    const KEYS: &'static [&'static str] = &["displayName", "id"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"id\":                           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.communicationsPhoneIdentity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "id", &self.id);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for CommunicationsPhoneIdentity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.id);
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
#[cfg(msgraph_v1_any_area)]
rt::impl_object!(CommunicationsPhoneIdentity);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    CommunicationsPhoneIdentity { with_display_name display_name : ::std::string::String;
    with_id id : ::std::string::String; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(CommunicationsPhoneIdentity);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.communicationsUserIdentity`, complex type, derived from `microsoft.graph.identity`, open.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct CommunicationsUserIdentity {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `tenantId`: `Edm.String`, nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for CommunicationsUserIdentity {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for CommunicationsUserIdentity {
    const TYPE_NAME: &'static str = "microsoft.graph.communicationsUserIdentity";
    const KEYS: &'static [&'static str] = &["displayName", "id", "tenantId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"id\":                           ",
        ",\"tenantId\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.communicationsUserIdentity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "id", &self.id);
        v.field(2usize, "tenant_id", &self.tenant_id);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for CommunicationsUserIdentity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.id.read_from(r),
            2usize => self.tenant_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.id);
        w.field(2usize, &self.tenant_id);
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
#[cfg(msgraph_v1_any_area)]
rt::impl_object!(CommunicationsUserIdentity);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    CommunicationsUserIdentity { with_display_name display_name : ::std::string::String;
    with_id id : ::std::string::String; with_tenant_id tenant_id : ::std::string::String;
    }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(CommunicationsUserIdentity);
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
/// CSDL: `microsoft.graph.complianceStatus`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ComplianceStatus {
    /// `unknown` (value 0).
    Unknown,
    /// `notApplicable` (value 1).
    NotApplicable,
    /// `compliant` (value 2).
    Compliant,
    /// `remediated` (value 3).
    Remediated,
    /// `nonCompliant` (value 4).
    NonCompliant,
    /// `error` (value 5).
    Error,
    /// `conflict` (value 6).
    Conflict,
    /// `notAssigned` (value 7).
    NotAssigned,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
impl rt::StrEnum for ComplianceStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.complianceStatus";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "notApplicable",
        "compliant",
        "remediated",
        "nonCompliant",
        "error",
        "conflict",
        "notAssigned",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "notApplicable" => Self::NotApplicable,
                "compliant" => Self::Compliant,
                "remediated" => Self::Remediated,
                "nonCompliant" => Self::NonCompliant,
                "error" => Self::Error,
                "conflict" => Self::Conflict,
                "notAssigned" => Self::NotAssigned,
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
            Self::NotApplicable => "notApplicable",
            Self::Compliant => "compliant",
            Self::Remediated => "remediated",
            Self::NonCompliant => "nonCompliant",
            Self::Error => "error",
            Self::Conflict => "conflict",
            Self::NotAssigned => "notAssigned",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
rt::impl_enum!(ComplianceStatus);
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ComplianceStatus);
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
/// Represents an assignment to a Configuration Manager Collection.
///
/// CSDL: `microsoft.graph.configurationManagerCollectionAssignmentTarget`, complex type, derived from `microsoft.graph.deviceAndAppManagementAssignmentTarget`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ConfigurationManagerCollectionAssignmentTarget {
    /// The collection Id that is the target of the assignment.
    ///
    /// CSDL: property `collectionId`: `Edm.String`, nullable.
    pub collection_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
impl ::std::default::Default for ConfigurationManagerCollectionAssignmentTarget {
    #[inline]
    fn default() -> Self {
        Self {
            collection_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
impl rt::Object for ConfigurationManagerCollectionAssignmentTarget {
    const TYPE_NAME: &'static str = "microsoft.graph.configurationManagerCollectionAssignmentTarget";
    const KEYS: &'static [&'static str] = &["collectionId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"collectionId\":                 "];
    const TAG: &'static str = "\"#microsoft.graph.configurationManagerCollectionAssignmentTarget\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "collection_id", &self.collection_id);
    }
}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
impl rt::object::Members for ConfigurationManagerCollectionAssignmentTarget {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.collection_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.collection_id);
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
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
rt::impl_object!(ConfigurationManagerCollectionAssignmentTarget);
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
rt::impl_setters!(
    ConfigurationManagerCollectionAssignmentTarget { with_collection_id collection_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConfigurationManagerCollectionAssignmentTarget);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.contentCustomization`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ContentCustomization {
    /// CSDL: property `attributeCollection`: `Collection(microsoft.graph.keyValue)`, not nullable.
    pub attribute_collection: rt::Field<::std::vec::Vec<crate::v1::KeyValue>>,
    /// CSDL: property `attributeCollectionRelativeUrl`: `Edm.String`, nullable.
    pub attribute_collection_relative_url: rt::Field<::std::string::String>,
    /// CSDL: property `registrationCampaign`: `Collection(microsoft.graph.keyValue)`, not nullable.
    pub registration_campaign: rt::Field<::std::vec::Vec<crate::v1::KeyValue>>,
    /// CSDL: property `registrationCampaignRelativeUrl`: `Edm.String`, nullable.
    pub registration_campaign_relative_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ContentCustomization {
    #[inline]
    fn default() -> Self {
        Self {
            attribute_collection: rt::Field::Absent,
            attribute_collection_relative_url: rt::Field::Absent,
            registration_campaign: rt::Field::Absent,
            registration_campaign_relative_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ContentCustomization {
    const TYPE_NAME: &'static str = "microsoft.graph.contentCustomization";
    const KEYS: &'static [&'static str] = &[
        "attributeCollection",
        "attributeCollectionRelativeUrl",
        "registrationCampaign",
        "registrationCampaignRelativeUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"attributeCollection\":          ",
        ",\"attributeCollectionRelativeUrl\":",
        ",\"registrationCampaign\":         ",
        ",\"registrationCampaignRelativeUrl\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.contentCustomization\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "attribute_collection", &self.attribute_collection);
        v.field(
            1usize,
            "attribute_collection_relative_url",
            &self.attribute_collection_relative_url,
        );
        v.field(2usize, "registration_campaign", &self.registration_campaign);
        v.field(
            3usize,
            "registration_campaign_relative_url",
            &self.registration_campaign_relative_url,
        );
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ContentCustomization {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.attribute_collection.read_from(r),
            1usize => self.attribute_collection_relative_url.read_from(r),
            2usize => self.registration_campaign.read_from(r),
            3usize => self.registration_campaign_relative_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.attribute_collection);
        w.field(1usize, &self.attribute_collection_relative_url);
        w.field(2usize, &self.registration_campaign);
        w.field(3usize, &self.registration_campaign_relative_url);
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
rt::impl_object!(ContentCustomization);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ContentCustomization { with_attribute_collection attribute_collection :
    ::std::vec::Vec < crate ::v1::KeyValue >; with_attribute_collection_relative_url
    attribute_collection_relative_url : ::std::string::String; with_registration_campaign
    registration_campaign : ::std::vec::Vec < crate ::v1::KeyValue >;
    with_registration_campaign_relative_url registration_campaign_relative_url :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ContentCustomization);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// CSDL: `microsoft.graph.customExtensionEndpointConfiguration`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct CustomExtensionEndpointConfiguration {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl ::std::default::Default for CustomExtensionEndpointConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::Object for CustomExtensionEndpointConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.customExtensionEndpointConfiguration";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.customExtensionEndpointConfiguration\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::object::Members for CustomExtensionEndpointConfiguration {
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
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
rt::impl_object!(CustomExtensionEndpointConfiguration);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CustomExtensionEndpointConfiguration);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// `microsoft.graph.customExtensionEndpointConfiguration` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyCustomExtensionEndpointConfiguration {
    CustomExtensionEndpointConfiguration(
        ::std::boxed::Box<crate::v1::CustomExtensionEndpointConfiguration>,
    ),
    HttpRequestEndpoint(::std::boxed::Box<crate::v1::HttpRequestEndpoint>),
    LogicAppTriggerEndpointConfiguration(
        ::std::boxed::Box<crate::v1::LogicAppTriggerEndpointConfiguration>,
    ),
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl ::std::default::Default for AnyCustomExtensionEndpointConfiguration {
    #[inline]
    fn default() -> Self {
        Self::CustomExtensionEndpointConfiguration(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CustomExtensionEndpointConfiguration>
for AnyCustomExtensionEndpointConfiguration {
    #[inline]
    fn from(v: crate::v1::CustomExtensionEndpointConfiguration) -> Self {
        Self::CustomExtensionEndpointConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::HttpRequestEndpoint>
for AnyCustomExtensionEndpointConfiguration {
    #[inline]
    fn from(v: crate::v1::HttpRequestEndpoint) -> Self {
        Self::HttpRequestEndpoint(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::LogicAppTriggerEndpointConfiguration>
for AnyCustomExtensionEndpointConfiguration {
    #[inline]
    fn from(v: crate::v1::LogicAppTriggerEndpointConfiguration) -> Self {
        Self::LogicAppTriggerEndpointConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
unsafe impl ::std::marker::Send for AnyCustomExtensionEndpointConfiguration {}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
unsafe impl ::std::marker::Sync for AnyCustomExtensionEndpointConfiguration {}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl ::std::marker::Unpin for AnyCustomExtensionEndpointConfiguration {}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl ::std::panic::UnwindSafe for AnyCustomExtensionEndpointConfiguration {}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl ::std::panic::RefUnwindSafe for AnyCustomExtensionEndpointConfiguration {}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::CustomExtensionEndpointConfiguration>();
    rt::object::auto_traits::<crate::v1::HttpRequestEndpoint>();
    rt::object::auto_traits::<crate::v1::LogicAppTriggerEndpointConfiguration>();
};
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::Poly for AnyCustomExtensionEndpointConfiguration {
    const BASE_NAME: &'static str = "microsoft.graph.customExtensionEndpointConfiguration";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.httpRequestEndpoint") => {
                Self::HttpRequestEndpoint(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.logicAppTriggerEndpointConfiguration",
            ) => Self::LogicAppTriggerEndpointConfiguration(rt::object::new_boxed()),
            _ => Self::CustomExtensionEndpointConfiguration(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::CustomExtensionEndpointConfiguration(v) => &**v,
            Self::HttpRequestEndpoint(v) => &**v,
            Self::LogicAppTriggerEndpointConfiguration(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::CustomExtensionEndpointConfiguration(v) => &mut **v,
            Self::HttpRequestEndpoint(v) => &mut **v,
            Self::LogicAppTriggerEndpointConfiguration(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl AnyCustomExtensionEndpointConfiguration {
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
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
rt::impl_poly!(AnyCustomExtensionEndpointConfiguration);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyCustomExtensionEndpointConfiguration);
#[cfg(
    msgraph_v1_core_or_communications_or_employee_experience_or_invitations_or_solutions
)]
/// CSDL: `microsoft.graph.dateTimeTimeZone`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-employee-experience` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DateTimeTimeZone {
    /// CSDL: property `dateTime`: `Edm.String`, not nullable.
    pub date_time: rt::Field<::std::string::String>,
    /// CSDL: property `timeZone`: `Edm.String`, nullable.
    pub time_zone: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_v1_core_or_communications_or_employee_experience_or_invitations_or_solutions
)]
impl ::std::default::Default for DateTimeTimeZone {
    #[inline]
    fn default() -> Self {
        Self {
            date_time: rt::Field::Absent,
            time_zone: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_v1_core_or_communications_or_employee_experience_or_invitations_or_solutions
)]
impl rt::Object for DateTimeTimeZone {
    const TYPE_NAME: &'static str = "microsoft.graph.dateTimeTimeZone";
    const KEYS: &'static [&'static str] = &["dateTime", "timeZone"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"dateTime\":                     ",
        ",\"timeZone\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.dateTimeTimeZone\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "date_time", &self.date_time);
        v.field(1usize, "time_zone", &self.time_zone);
    }
}
#[cfg(
    msgraph_v1_core_or_communications_or_employee_experience_or_invitations_or_solutions
)]
impl rt::object::Members for DateTimeTimeZone {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.date_time.read_from(r),
            1usize => self.time_zone.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.date_time);
        w.field(1usize, &self.time_zone);
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
#[cfg(
    msgraph_v1_core_or_communications_or_employee_experience_or_invitations_or_solutions
)]
rt::impl_object!(DateTimeTimeZone);
#[cfg(
    msgraph_v1_core_or_communications_or_employee_experience_or_invitations_or_solutions
)]
rt::impl_setters!(
    DateTimeTimeZone { with_date_time date_time : ::std::string::String; with_time_zone
    time_zone : ::std::string::String; }
);
#[cfg(
    msgraph_v1_core_or_communications_or_employee_experience_or_invitations_or_solutions
)]
#[cfg(feature = "serde")]
rt::impl_serde!(DateTimeTimeZone);
#[cfg(msgraph_v1_core_or_device_management_or_role_management_or_solutions)]
/// CSDL: `microsoft.graph.dayOfWeek`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DayOfWeek {
    /// `sunday` (value 0).
    Sunday,
    /// `monday` (value 1).
    Monday,
    /// `tuesday` (value 2).
    Tuesday,
    /// `wednesday` (value 3).
    Wednesday,
    /// `thursday` (value 4).
    Thursday,
    /// `friday` (value 5).
    Friday,
    /// `saturday` (value 6).
    Saturday,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_device_management_or_role_management_or_solutions)]
impl rt::StrEnum for DayOfWeek {
    const TYPE_NAME: &'static str = "microsoft.graph.dayOfWeek";
    const MEMBERS: &'static [&'static str] = &[
        "sunday",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "sunday" => Self::Sunday,
                "monday" => Self::Monday,
                "tuesday" => Self::Tuesday,
                "wednesday" => Self::Wednesday,
                "thursday" => Self::Thursday,
                "friday" => Self::Friday,
                "saturday" => Self::Saturday,
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
            Self::Sunday => "sunday",
            Self::Monday => "monday",
            Self::Tuesday => "tuesday",
            Self::Wednesday => "wednesday",
            Self::Thursday => "thursday",
            Self::Friday => "friday",
            Self::Saturday => "saturday",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management_or_role_management_or_solutions)]
rt::impl_enum!(DayOfWeek);
#[cfg(msgraph_v1_core_or_device_management_or_role_management_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(DayOfWeek);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.destinationType`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DestinationType {
    /// `new` (value 0).
    New,
    /// `inPlace` (value 1).
    InPlace,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::StrEnum for DestinationType {
    const TYPE_NAME: &'static str = "microsoft.graph.destinationType";
    const MEMBERS: &'static [&'static str] = &["new", "inPlace", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "new" => Self::New,
                "inPlace" => Self::InPlace,
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
            Self::New => "new",
            Self::InPlace => "inPlace",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_enum!(DestinationType);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(DestinationType);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.detailsInfo`, complex type, open.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct DetailsInfo {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for DetailsInfo {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for DetailsInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.detailsInfo";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.detailsInfo\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for DetailsInfo {
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
#[cfg(msgraph_v1_any_area)]
rt::impl_object!(DetailsInfo);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(DetailsInfo);
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
/// Base type for assignment targets.
///
/// CSDL: `microsoft.graph.deviceAndAppManagementAssignmentTarget`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DeviceAndAppManagementAssignmentTarget {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
impl ::std::default::Default for DeviceAndAppManagementAssignmentTarget {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
impl rt::Object for DeviceAndAppManagementAssignmentTarget {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceAndAppManagementAssignmentTarget";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.deviceAndAppManagementAssignmentTarget\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
impl rt::object::Members for DeviceAndAppManagementAssignmentTarget {
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
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
rt::impl_object!(DeviceAndAppManagementAssignmentTarget);
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceAndAppManagementAssignmentTarget);
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
/// `microsoft.graph.deviceAndAppManagementAssignmentTarget` or any type derived from it, selected by `@odata.type` (6 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDeviceAndAppManagementAssignmentTarget {
    DeviceAndAppManagementAssignmentTarget(
        ::std::boxed::Box<crate::v1::DeviceAndAppManagementAssignmentTarget>,
    ),
    AllDevicesAssignmentTarget(::std::boxed::Box<crate::v1::AllDevicesAssignmentTarget>),
    AllLicensedUsersAssignmentTarget(
        ::std::boxed::Box<crate::v1::AllLicensedUsersAssignmentTarget>,
    ),
    ConfigurationManagerCollectionAssignmentTarget(
        ::std::boxed::Box<crate::v1::ConfigurationManagerCollectionAssignmentTarget>,
    ),
    ExclusionGroupAssignmentTarget(
        ::std::boxed::Box<crate::v1::ExclusionGroupAssignmentTarget>,
    ),
    GroupAssignmentTarget(::std::boxed::Box<crate::v1::GroupAssignmentTarget>),
}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
impl ::std::default::Default for AnyDeviceAndAppManagementAssignmentTarget {
    #[inline]
    fn default() -> Self {
        Self::DeviceAndAppManagementAssignmentTarget(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceAndAppManagementAssignmentTarget>
for AnyDeviceAndAppManagementAssignmentTarget {
    #[inline]
    fn from(v: crate::v1::DeviceAndAppManagementAssignmentTarget) -> Self {
        Self::DeviceAndAppManagementAssignmentTarget(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AllDevicesAssignmentTarget>
for AnyDeviceAndAppManagementAssignmentTarget {
    #[inline]
    fn from(v: crate::v1::AllDevicesAssignmentTarget) -> Self {
        Self::AllDevicesAssignmentTarget(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AllLicensedUsersAssignmentTarget>
for AnyDeviceAndAppManagementAssignmentTarget {
    #[inline]
    fn from(v: crate::v1::AllLicensedUsersAssignmentTarget) -> Self {
        Self::AllLicensedUsersAssignmentTarget(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ConfigurationManagerCollectionAssignmentTarget>
for AnyDeviceAndAppManagementAssignmentTarget {
    #[inline]
    fn from(v: crate::v1::ConfigurationManagerCollectionAssignmentTarget) -> Self {
        Self::ConfigurationManagerCollectionAssignmentTarget(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ExclusionGroupAssignmentTarget>
for AnyDeviceAndAppManagementAssignmentTarget {
    #[inline]
    fn from(v: crate::v1::ExclusionGroupAssignmentTarget) -> Self {
        Self::ExclusionGroupAssignmentTarget(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::GroupAssignmentTarget>
for AnyDeviceAndAppManagementAssignmentTarget {
    #[inline]
    fn from(v: crate::v1::GroupAssignmentTarget) -> Self {
        Self::GroupAssignmentTarget(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
unsafe impl ::std::marker::Send for AnyDeviceAndAppManagementAssignmentTarget {}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
unsafe impl ::std::marker::Sync for AnyDeviceAndAppManagementAssignmentTarget {}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
impl ::std::marker::Unpin for AnyDeviceAndAppManagementAssignmentTarget {}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
impl ::std::panic::UnwindSafe for AnyDeviceAndAppManagementAssignmentTarget {}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
impl ::std::panic::RefUnwindSafe for AnyDeviceAndAppManagementAssignmentTarget {}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
const _: () = {
    rt::object::auto_traits::<crate::v1::DeviceAndAppManagementAssignmentTarget>();
    rt::object::auto_traits::<crate::v1::AllDevicesAssignmentTarget>();
    rt::object::auto_traits::<crate::v1::AllLicensedUsersAssignmentTarget>();
    rt::object::auto_traits::<
        crate::v1::ConfigurationManagerCollectionAssignmentTarget,
    >();
    rt::object::auto_traits::<crate::v1::ExclusionGroupAssignmentTarget>();
    rt::object::auto_traits::<crate::v1::GroupAssignmentTarget>();
};
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
impl rt::Poly for AnyDeviceAndAppManagementAssignmentTarget {
    const BASE_NAME: &'static str = "microsoft.graph.deviceAndAppManagementAssignmentTarget";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.allDevicesAssignmentTarget") => {
                Self::AllDevicesAssignmentTarget(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.allLicensedUsersAssignmentTarget",
            ) => Self::AllLicensedUsersAssignmentTarget(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.configurationManagerCollectionAssignmentTarget",
            ) => {
                Self::ConfigurationManagerCollectionAssignmentTarget(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.exclusionGroupAssignmentTarget",
            ) => Self::ExclusionGroupAssignmentTarget(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.groupAssignmentTarget") => {
                Self::GroupAssignmentTarget(rt::object::new_boxed())
            }
            _ => Self::DeviceAndAppManagementAssignmentTarget(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DeviceAndAppManagementAssignmentTarget(v) => &**v,
            Self::AllDevicesAssignmentTarget(v) => &**v,
            Self::AllLicensedUsersAssignmentTarget(v) => &**v,
            Self::ConfigurationManagerCollectionAssignmentTarget(v) => &**v,
            Self::ExclusionGroupAssignmentTarget(v) => &**v,
            Self::GroupAssignmentTarget(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DeviceAndAppManagementAssignmentTarget(v) => &mut **v,
            Self::AllDevicesAssignmentTarget(v) => &mut **v,
            Self::AllLicensedUsersAssignmentTarget(v) => &mut **v,
            Self::ConfigurationManagerCollectionAssignmentTarget(v) => &mut **v,
            Self::ExclusionGroupAssignmentTarget(v) => &mut **v,
            Self::GroupAssignmentTarget(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
impl AnyDeviceAndAppManagementAssignmentTarget {
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
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
rt::impl_poly!(AnyDeviceAndAppManagementAssignmentTarget);
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDeviceAndAppManagementAssignmentTarget);
#[cfg(msgraph_v1_device_management_or_search)]
/// Partner state of this tenant.
///
/// CSDL: `microsoft.graph.deviceManagementPartnerTenantState`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementPartnerTenantState {
    /// Partner state is unknown.
    ///
    /// `unknown` (value 0).
    Unknown,
    /// Partner is unavailable.
    ///
    /// `unavailable` (value 1).
    Unavailable,
    /// Partner is enabled.
    ///
    /// `enabled` (value 2).
    Enabled,
    /// Partner connection is terminated.
    ///
    /// `terminated` (value 3).
    Terminated,
    /// Partner messages are rejected.
    ///
    /// `rejected` (value 4).
    Rejected,
    /// Partner is unresponsive.
    ///
    /// `unresponsive` (value 5).
    Unresponsive,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for DeviceManagementPartnerTenantState {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementPartnerTenantState";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "unavailable",
        "enabled",
        "terminated",
        "rejected",
        "unresponsive",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "unavailable" => Self::Unavailable,
                "enabled" => Self::Enabled,
                "terminated" => Self::Terminated,
                "rejected" => Self::Rejected,
                "unresponsive" => Self::Unresponsive,
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
            Self::Unavailable => "unavailable",
            Self::Enabled => "enabled",
            Self::Terminated => "terminated",
            Self::Rejected => "rejected",
            Self::Unresponsive => "unresponsive",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(DeviceManagementPartnerTenantState);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementPartnerTenantState);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
/// CSDL: `microsoft.graph.displayNameLocalization`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DisplayNameLocalization {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `languageTag`: `Edm.String`, nullable.
    pub language_tag: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl ::std::default::Default for DisplayNameLocalization {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            language_tag: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::Object for DisplayNameLocalization {
    const TYPE_NAME: &'static str = "microsoft.graph.displayNameLocalization";
    const KEYS: &'static [&'static str] = &["displayName", "languageTag"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"languageTag\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.displayNameLocalization\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "language_tag", &self.language_tag);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::object::Members for DisplayNameLocalization {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.language_tag.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.language_tag);
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
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
rt::impl_object!(DisplayNameLocalization);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
rt::impl_setters!(
    DisplayNameLocalization { with_display_name display_name : ::std::string::String;
    with_language_tag language_tag : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(DisplayNameLocalization);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.dlpAction`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DlpAction {
    /// `notifyUser` (value 0).
    NotifyUser,
    /// `blockAccess` (value 1).
    BlockAccess,
    /// `deviceRestriction` (value 2).
    DeviceRestriction,
    /// `browserRestriction` (value 3).
    BrowserRestriction,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// `restrictAccess` (value 5).
    RestrictAccess,
    /// `generateAlert` (value 6).
    GenerateAlert,
    /// `generateIncidentReportAction` (value 7).
    GenerateIncidentReportAction,
    /// `sPBlockAnonymousAccess` (value 8).
    SPBlockAnonymousAccess,
    /// `sPRuntimeAccessControl` (value 9).
    SPRuntimeAccessControl,
    /// `sPSharingNotifyUser` (value 10).
    SPSharingNotifyUser,
    /// `sPSharingGenerateIncidentReport` (value 11).
    SPSharingGenerateIncidentReport,
    /// `restrictWebGrounding` (value 12).
    RestrictWebGrounding,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::StrEnum for DlpAction {
    const TYPE_NAME: &'static str = "microsoft.graph.dlpAction";
    const MEMBERS: &'static [&'static str] = &[
        "notifyUser",
        "blockAccess",
        "deviceRestriction",
        "browserRestriction",
        "unknownFutureValue",
        "restrictAccess",
        "generateAlert",
        "generateIncidentReportAction",
        "sPBlockAnonymousAccess",
        "sPRuntimeAccessControl",
        "sPSharingNotifyUser",
        "sPSharingGenerateIncidentReport",
        "restrictWebGrounding",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notifyUser" => Self::NotifyUser,
                "blockAccess" => Self::BlockAccess,
                "deviceRestriction" => Self::DeviceRestriction,
                "browserRestriction" => Self::BrowserRestriction,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "restrictAccess" => Self::RestrictAccess,
                "generateAlert" => Self::GenerateAlert,
                "generateIncidentReportAction" => Self::GenerateIncidentReportAction,
                "sPBlockAnonymousAccess" => Self::SPBlockAnonymousAccess,
                "sPRuntimeAccessControl" => Self::SPRuntimeAccessControl,
                "sPSharingNotifyUser" => Self::SPSharingNotifyUser,
                "sPSharingGenerateIncidentReport" => {
                    Self::SPSharingGenerateIncidentReport
                }
                "restrictWebGrounding" => Self::RestrictWebGrounding,
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
            Self::NotifyUser => "notifyUser",
            Self::BlockAccess => "blockAccess",
            Self::DeviceRestriction => "deviceRestriction",
            Self::BrowserRestriction => "browserRestriction",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::RestrictAccess => "restrictAccess",
            Self::GenerateAlert => "generateAlert",
            Self::GenerateIncidentReportAction => "generateIncidentReportAction",
            Self::SPBlockAnonymousAccess => "sPBlockAnonymousAccess",
            Self::SPRuntimeAccessControl => "sPRuntimeAccessControl",
            Self::SPSharingNotifyUser => "sPSharingNotifyUser",
            Self::SPSharingGenerateIncidentReport => "sPSharingGenerateIncidentReport",
            Self::RestrictWebGrounding => "restrictWebGrounding",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
rt::impl_enum!(DlpAction);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(DlpAction);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.dlpActionInfo`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DlpActionInfo {
    /// CSDL: property `action`: `microsoft.graph.dlpAction`, nullable.
    pub action: rt::Field<crate::v1::DlpAction>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for DlpActionInfo {
    #[inline]
    fn default() -> Self {
        Self {
            action: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::Object for DlpActionInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.dlpActionInfo";
    const KEYS: &'static [&'static str] = &["action"];
    const KEYS_JSON: &'static [&'static str] = &[",\"action\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.dlpActionInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "action", &self.action);
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::object::Members for DlpActionInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.action.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.action);
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
#[cfg(msgraph_v1_core_or_security)]
rt::impl_object!(DlpActionInfo);
#[cfg(msgraph_v1_core_or_security)]
rt::impl_setters!(DlpActionInfo { with_action action : crate ::v1::DlpAction; });
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(DlpActionInfo);
#[cfg(msgraph_v1_core_or_security)]
/// `microsoft.graph.dlpActionInfo` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDlpActionInfo {
    DlpActionInfo(::std::boxed::Box<crate::v1::DlpActionInfo>),
    RestrictAccessAction(::std::boxed::Box<crate::v1::RestrictAccessAction>),
    RestrictAccessActionBase(::std::boxed::Box<crate::v1::RestrictAccessActionBase>),
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for AnyDlpActionInfo {
    #[inline]
    fn default() -> Self {
        Self::DlpActionInfo(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DlpActionInfo> for AnyDlpActionInfo {
    #[inline]
    fn from(v: crate::v1::DlpActionInfo) -> Self {
        Self::DlpActionInfo(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RestrictAccessAction> for AnyDlpActionInfo {
    #[inline]
    fn from(v: crate::v1::RestrictAccessAction) -> Self {
        Self::RestrictAccessAction(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RestrictAccessActionBase> for AnyDlpActionInfo {
    #[inline]
    fn from(v: crate::v1::RestrictAccessActionBase) -> Self {
        Self::RestrictAccessActionBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_security)]
unsafe impl ::std::marker::Send for AnyDlpActionInfo {}
#[cfg(msgraph_v1_core_or_security)]
unsafe impl ::std::marker::Sync for AnyDlpActionInfo {}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::marker::Unpin for AnyDlpActionInfo {}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::panic::UnwindSafe for AnyDlpActionInfo {}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::panic::RefUnwindSafe for AnyDlpActionInfo {}
#[cfg(msgraph_v1_core_or_security)]
const _: () = {
    rt::object::auto_traits::<crate::v1::DlpActionInfo>();
    rt::object::auto_traits::<crate::v1::RestrictAccessAction>();
    rt::object::auto_traits::<crate::v1::RestrictAccessActionBase>();
};
#[cfg(msgraph_v1_core_or_security)]
impl rt::Poly for AnyDlpActionInfo {
    const BASE_NAME: &'static str = "microsoft.graph.dlpActionInfo";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.restrictAccessAction") => {
                Self::RestrictAccessAction(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.restrictAccessActionBase") => {
                Self::RestrictAccessActionBase(rt::object::new_boxed())
            }
            _ => Self::DlpActionInfo(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DlpActionInfo(v) => &**v,
            Self::RestrictAccessAction(v) => &**v,
            Self::RestrictAccessActionBase(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DlpActionInfo(v) => &mut **v,
            Self::RestrictAccessAction(v) => &mut **v,
            Self::RestrictAccessActionBase(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl AnyDlpActionInfo {
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
    /// `action` of any variant.
    #[inline]
    pub fn action(&self) -> &rt::Field<crate::v1::DlpAction> {
        match self {
            Self::DlpActionInfo(v) => &v.action,
            Self::RestrictAccessAction(v) => &v.action,
            Self::RestrictAccessActionBase(v) => &v.action,
        }
    }
    /// `action` of any variant.
    #[inline]
    pub fn action_mut(&mut self) -> &mut rt::Field<crate::v1::DlpAction> {
        match self {
            Self::DlpActionInfo(v) => &mut v.action,
            Self::RestrictAccessAction(v) => &mut v.action,
            Self::RestrictAccessActionBase(v) => &mut v.action,
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
rt::impl_poly!(AnyDlpActionInfo);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDlpActionInfo);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.driveProtectionUnit`, entity type, derived from `microsoft.graph.protectionUnitBase`, key `id`.
///
/// Request builders: [`ProtectionUnitBasePath`](requests/trait.ProtectionUnitBasePath.html), what a path to one (`EntityPath<DriveProtectionUnit, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct DriveProtectionUnit {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `error`: `microsoft.graph.publicError`, nullable.
    pub error: rt::Field<crate::v1::PublicError>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `offboardRequestedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub offboard_requested_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `policyId`: `Edm.String`, nullable.
    pub policy_id: rt::Field<::std::string::String>,
    /// CSDL: property `protectionSources`: `microsoft.graph.protectionSource`, not nullable.
    pub protection_sources: rt::Field<rt::Flags<crate::v1::ProtectionSource>>,
    /// CSDL: property `status`: `microsoft.graph.protectionUnitStatus`, nullable.
    pub status: rt::Field<crate::v1::ProtectionUnitStatus>,
    /// CSDL: property `directoryObjectId`: `Edm.String`, nullable.
    pub directory_object_id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `email`: `Edm.String`, nullable.
    pub email: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for DriveProtectionUnit {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            error: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            offboard_requested_date_time: rt::Field::Absent,
            policy_id: rt::Field::Absent,
            protection_sources: rt::Field::Absent,
            status: rt::Field::Absent,
            directory_object_id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            email: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for DriveProtectionUnit {
    const TYPE_NAME: &'static str = "microsoft.graph.driveProtectionUnit";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "error",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "offboardRequestedDateTime",
        "policyId",
        "protectionSources",
        "status",
        "directoryObjectId",
        "displayName",
        "email",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"error\":                        ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"offboardRequestedDateTime\":    ",
        ",\"policyId\":                     ",
        ",\"protectionSources\":            ",
        ",\"status\":                       ",
        ",\"directoryObjectId\":            ",
        ",\"displayName\":                  ",
        ",\"email\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.driveProtectionUnit\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "error", &self.error);
        v.field(4usize, "last_modified_by", &self.last_modified_by);
        v.field(5usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(
            6usize,
            "offboard_requested_date_time",
            &self.offboard_requested_date_time,
        );
        v.field(7usize, "policy_id", &self.policy_id);
        v.field(8usize, "protection_sources", &self.protection_sources);
        v.field(9usize, "status", &self.status);
        v.field(10usize, "directory_object_id", &self.directory_object_id);
        v.field(11usize, "display_name", &self.display_name);
        v.field(12usize, "email", &self.email);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for DriveProtectionUnit {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.error.read_from(r),
            4usize => self.last_modified_by.read_from(r),
            5usize => self.last_modified_date_time.read_from(r),
            6usize => self.offboard_requested_date_time.read_from(r),
            7usize => self.policy_id.read_from(r),
            8usize => self.protection_sources.read_from(r),
            9usize => self.status.read_from(r),
            10usize => self.directory_object_id.read_from(r),
            11usize => self.display_name.read_from(r),
            12usize => self.email.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.error);
        w.field(4usize, &self.last_modified_by);
        w.field(5usize, &self.last_modified_date_time);
        w.field(6usize, &self.offboard_requested_date_time);
        w.field(7usize, &self.policy_id);
        w.field(8usize, &self.protection_sources);
        w.field(9usize, &self.status);
        w.field(10usize, &self.directory_object_id);
        w.field(11usize, &self.display_name);
        w.field(12usize, &self.email);
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
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(DriveProtectionUnit);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    DriveProtectionUnit { with_id id : ::std::string::String; with_created_by created_by
    : crate ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_error error : crate ::v1::PublicError;
    with_last_modified_by last_modified_by : crate ::v1::AnyIdentitySet;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_offboard_requested_date_time offboard_requested_date_time :
    rt::edm::DateTimeOffset; with_policy_id policy_id : ::std::string::String;
    with_protection_sources protection_sources : rt::Flags < crate ::v1::ProtectionSource
    >; with_status status : crate ::v1::ProtectionUnitStatus; with_directory_object_id
    directory_object_id : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_email email : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriveProtectionUnit);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.driveRestoreArtifact`, entity type, derived from `microsoft.graph.restoreArtifactBase`, key `id`.
///
/// Request builders: [`RestoreArtifactBasePath`](requests/trait.RestoreArtifactBasePath.html), what a path to one (`EntityPath<DriveRestoreArtifact, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct DriveRestoreArtifact {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `completionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completion_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `destinationType`: `microsoft.graph.destinationType`, nullable.
    pub destination_type: rt::Field<crate::v1::DestinationType>,
    /// CSDL: property `error`: `microsoft.graph.publicError`, nullable.
    pub error: rt::Field<crate::v1::PublicError>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `microsoft.graph.artifactRestoreStatus`, nullable.
    pub status: rt::Field<crate::v1::ArtifactRestoreStatus>,
    /// CSDL: navigation property `restorePoint`: `microsoft.graph.restorePoint`, nullable.
    pub restore_point: rt::Field<crate::v1::RestorePoint>,
    /// CSDL: property `restoredSiteId`: `Edm.String`, nullable.
    pub restored_site_id: rt::Field<::std::string::String>,
    /// CSDL: property `restoredSiteName`: `Edm.String`, nullable.
    pub restored_site_name: rt::Field<::std::string::String>,
    /// CSDL: property `restoredSiteWebUrl`: `Edm.String`, nullable.
    pub restored_site_web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for DriveRestoreArtifact {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            completion_date_time: rt::Field::Absent,
            destination_type: rt::Field::Absent,
            error: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            restore_point: rt::Field::Absent,
            restored_site_id: rt::Field::Absent,
            restored_site_name: rt::Field::Absent,
            restored_site_web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for DriveRestoreArtifact {
    const TYPE_NAME: &'static str = "microsoft.graph.driveRestoreArtifact";
    const KEYS: &'static [&'static str] = &[
        "id",
        "completionDateTime",
        "destinationType",
        "error",
        "startDateTime",
        "status",
        "restorePoint",
        "restoredSiteId",
        "restoredSiteName",
        "restoredSiteWebUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"completionDateTime\":           ",
        ",\"destinationType\":              ",
        ",\"error\":                        ",
        ",\"startDateTime\":                ",
        ",\"status\":                       ",
        ",\"restorePoint\":                 ",
        ",\"restoredSiteId\":               ",
        ",\"restoredSiteName\":             ",
        ",\"restoredSiteWebUrl\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.driveRestoreArtifact\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "completion_date_time", &self.completion_date_time);
        v.field(2usize, "destination_type", &self.destination_type);
        v.field(3usize, "error", &self.error);
        v.field(4usize, "start_date_time", &self.start_date_time);
        v.field(5usize, "status", &self.status);
        v.field(6usize, "restore_point", &self.restore_point);
        v.field(7usize, "restored_site_id", &self.restored_site_id);
        v.field(8usize, "restored_site_name", &self.restored_site_name);
        v.field(9usize, "restored_site_web_url", &self.restored_site_web_url);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for DriveRestoreArtifact {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.completion_date_time.read_from(r),
            2usize => self.destination_type.read_from(r),
            3usize => self.error.read_from(r),
            4usize => self.start_date_time.read_from(r),
            5usize => self.status.read_from(r),
            6usize => self.restore_point.read_from(r),
            7usize => self.restored_site_id.read_from(r),
            8usize => self.restored_site_name.read_from(r),
            9usize => self.restored_site_web_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.completion_date_time);
        w.field(2usize, &self.destination_type);
        w.field(3usize, &self.error);
        w.field(4usize, &self.start_date_time);
        w.field(5usize, &self.status);
        w.field(6usize, &self.restore_point);
        w.field(7usize, &self.restored_site_id);
        w.field(8usize, &self.restored_site_name);
        w.field(9usize, &self.restored_site_web_url);
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
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(DriveRestoreArtifact);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    DriveRestoreArtifact { with_id id : ::std::string::String; with_completion_date_time
    completion_date_time : rt::edm::DateTimeOffset; with_destination_type
    destination_type : crate ::v1::DestinationType; with_error error : crate
    ::v1::PublicError; with_start_date_time start_date_time : rt::edm::DateTimeOffset;
    with_status status : crate ::v1::ArtifactRestoreStatus; with_restore_point
    restore_point : crate ::v1::RestorePoint; with_restored_site_id restored_site_id :
    ::std::string::String; with_restored_site_name restored_site_name :
    ::std::string::String; with_restored_site_web_url restored_site_web_url :
    ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriveRestoreArtifact);
#[cfg(msgraph_v1_core_or_invitations)]
/// CSDL: `microsoft.graph.emailAddress`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EmailAddress {
    /// CSDL: property `address`: `Edm.String`, nullable.
    pub address: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_invitations)]
impl ::std::default::Default for EmailAddress {
    #[inline]
    fn default() -> Self {
        Self {
            address: rt::Field::Absent,
            name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_invitations)]
impl rt::Object for EmailAddress {
    const TYPE_NAME: &'static str = "microsoft.graph.emailAddress";
    const KEYS: &'static [&'static str] = &["address", "name"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"address\":                      ",
        ",\"name\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.emailAddress\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "address", &self.address);
        v.field(1usize, "name", &self.name);
    }
}
#[cfg(msgraph_v1_core_or_invitations)]
impl rt::object::Members for EmailAddress {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.address.read_from(r),
            1usize => self.name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.address);
        w.field(1usize, &self.name);
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
#[cfg(msgraph_v1_core_or_invitations)]
rt::impl_object!(EmailAddress);
#[cfg(msgraph_v1_core_or_invitations)]
rt::impl_setters!(
    EmailAddress { with_address address : ::std::string::String; with_name name :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_invitations)]
#[cfg(feature = "serde")]
rt::impl_serde!(EmailAddress);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.emailIdentity`, complex type, derived from `microsoft.graph.identity`, open.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct EmailIdentity {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `email`: `Edm.String`, nullable.
    pub email: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for EmailIdentity {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            email: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for EmailIdentity {
    const TYPE_NAME: &'static str = "microsoft.graph.emailIdentity";
    const KEYS: &'static [&'static str] = &["displayName", "id", "email"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"id\":                           ",
        ",\"email\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.emailIdentity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "id", &self.id);
        v.field(2usize, "email", &self.email);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for EmailIdentity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.id.read_from(r),
            2usize => self.email.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.id);
        w.field(2usize, &self.email);
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
#[cfg(msgraph_v1_any_area)]
rt::impl_object!(EmailIdentity);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    EmailIdentity { with_display_name display_name : ::std::string::String; with_id id :
    ::std::string::String; with_email email : ::std::string::String; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(EmailIdentity);
#[cfg(msgraph_v1_device_management_or_search)]
/// Possible values of a property
///
/// CSDL: `microsoft.graph.enablement`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Enablement {
    /// Device default value, no intent.
    ///
    /// `notConfigured` (value 0).
    NotConfigured,
    /// Enables the setting on the device.
    ///
    /// `enabled` (value 1).
    Enabled,
    /// Disables the setting on the device.
    ///
    /// `disabled` (value 2).
    Disabled,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for Enablement {
    const TYPE_NAME: &'static str = "microsoft.graph.enablement";
    const MEMBERS: &'static [&'static str] = &["notConfigured", "enabled", "disabled"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "enabled" => Self::Enabled,
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
            Self::NotConfigured => "notConfigured",
            Self::Enabled => "enabled",
            Self::Disabled => "disabled",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(Enablement);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Enablement);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.endpointType`, enum type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EndpointType {
    /// `default` (value 0).
    Default,
    /// `voicemail` (value 1).
    Voicemail,
    /// `skypeForBusiness` (value 2).
    SkypeForBusiness,
    /// `skypeForBusinessVoipPhone` (value 3).
    SkypeForBusinessVoipPhone,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_any_area)]
impl rt::StrEnum for EndpointType {
    const TYPE_NAME: &'static str = "microsoft.graph.endpointType";
    const MEMBERS: &'static [&'static str] = &[
        "default",
        "voicemail",
        "skypeForBusiness",
        "skypeForBusinessVoipPhone",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "default" => Self::Default,
                "voicemail" => Self::Voicemail,
                "skypeForBusiness" => Self::SkypeForBusiness,
                "skypeForBusinessVoipPhone" => Self::SkypeForBusinessVoipPhone,
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
            Self::Default => "default",
            Self::Voicemail => "voicemail",
            Self::SkypeForBusiness => "skypeForBusiness",
            Self::SkypeForBusinessVoipPhone => "skypeForBusinessVoipPhone",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_any_area)]
rt::impl_enum!(EndpointType);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(EndpointType);
#[cfg(msgraph_v1_any_area)]
/// The Viva Engage identities.
///
/// CSDL: `microsoft.graph.engagementIdentitySet`, complex type, derived from `microsoft.graph.identitySet`, open.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct EngagementIdentitySet {
    /// CSDL: property `application`: `microsoft.graph.identity`, nullable.
    pub application: rt::Field<crate::v1::AnyIdentity>,
    /// CSDL: property `device`: `microsoft.graph.identity`, nullable.
    pub device: rt::Field<crate::v1::AnyIdentity>,
    /// CSDL: property `user`: `microsoft.graph.identity`, nullable.
    pub user: rt::Field<crate::v1::AnyIdentity>,
    /// The audience identity.
    ///
    /// CSDL: property `audience`: `microsoft.graph.identity`, nullable.
    pub audience: rt::Field<crate::v1::AnyIdentity>,
    /// The group identity.
    ///
    /// CSDL: property `group`: `microsoft.graph.identity`, nullable.
    pub group: rt::Field<crate::v1::AnyIdentity>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for EngagementIdentitySet {
    #[inline]
    fn default() -> Self {
        Self {
            application: rt::Field::Absent,
            device: rt::Field::Absent,
            user: rt::Field::Absent,
            audience: rt::Field::Absent,
            group: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for EngagementIdentitySet {
    const TYPE_NAME: &'static str = "microsoft.graph.engagementIdentitySet";
    const KEYS: &'static [&'static str] = &[
        "application",
        "device",
        "user",
        "audience",
        "group",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"application\":                  ",
        ",\"device\":                       ",
        ",\"user\":                         ",
        ",\"audience\":                     ",
        ",\"group\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.engagementIdentitySet\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "application", &self.application);
        v.field(1usize, "device", &self.device);
        v.field(2usize, "user", &self.user);
        v.field(3usize, "audience", &self.audience);
        v.field(4usize, "group", &self.group);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for EngagementIdentitySet {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.application.read_from(r),
            1usize => self.device.read_from(r),
            2usize => self.user.read_from(r),
            3usize => self.audience.read_from(r),
            4usize => self.group.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.application);
        w.field(1usize, &self.device);
        w.field(2usize, &self.user);
        w.field(3usize, &self.audience);
        w.field(4usize, &self.group);
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
#[cfg(msgraph_v1_any_area)]
rt::impl_object!(EngagementIdentitySet);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    EngagementIdentitySet { with_application application : crate ::v1::AnyIdentity;
    with_device device : crate ::v1::AnyIdentity; with_user user : crate
    ::v1::AnyIdentity; with_audience audience : crate ::v1::AnyIdentity; with_group group
    : crate ::v1::AnyIdentity; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(EngagementIdentitySet);
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
/// Represents a group that should be excluded from an assignment.
///
/// CSDL: `microsoft.graph.exclusionGroupAssignmentTarget`, complex type, derived from `microsoft.graph.groupAssignmentTarget`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ExclusionGroupAssignmentTarget {
    /// The group Id that is the target of the assignment.
    ///
    /// CSDL: property `groupId`: `Edm.String`, nullable.
    pub group_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
impl ::std::default::Default for ExclusionGroupAssignmentTarget {
    #[inline]
    fn default() -> Self {
        Self {
            group_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
impl rt::Object for ExclusionGroupAssignmentTarget {
    const TYPE_NAME: &'static str = "microsoft.graph.exclusionGroupAssignmentTarget";
    const KEYS: &'static [&'static str] = &["groupId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"groupId\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.exclusionGroupAssignmentTarget\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "group_id", &self.group_id);
    }
}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
impl rt::object::Members for ExclusionGroupAssignmentTarget {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.group_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.group_id);
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
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
rt::impl_object!(ExclusionGroupAssignmentTarget);
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
rt::impl_setters!(
    ExclusionGroupAssignmentTarget { with_group_id group_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExclusionGroupAssignmentTarget);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.externalLink`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ExternalLink {
    /// CSDL: property `href`: `Edm.String`, nullable.
    pub href: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for ExternalLink {
    #[inline]
    fn default() -> Self {
        Self {
            href: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for ExternalLink {
    const TYPE_NAME: &'static str = "microsoft.graph.externalLink";
    const KEYS: &'static [&'static str] = &["href"];
    const KEYS_JSON: &'static [&'static str] = &[",\"href\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.externalLink\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "href", &self.href);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for ExternalLink {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.href.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.href);
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
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_object!(ExternalLink);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(ExternalLink { with_href href : ::std::string::String; });
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExternalLink);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.freeBusyStatus`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum FreeBusyStatus {
    /// `unknown` (value -1).
    Unknown,
    /// `free` (value 0).
    Free,
    /// `tentative` (value 1).
    Tentative,
    /// `busy` (value 2).
    Busy,
    /// `oof` (value 3).
    Oof,
    /// `workingElsewhere` (value 4).
    WorkingElsewhere,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for FreeBusyStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.freeBusyStatus";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "free",
        "tentative",
        "busy",
        "oof",
        "workingElsewhere",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "free" => Self::Free,
                "tentative" => Self::Tentative,
                "busy" => Self::Busy,
                "oof" => Self::Oof,
                "workingElsewhere" => Self::WorkingElsewhere,
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
            Self::Free => "free",
            Self::Tentative => "tentative",
            Self::Busy => "busy",
            Self::Oof => "oof",
            Self::WorkingElsewhere => "workingElsewhere",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(FreeBusyStatus);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(FreeBusyStatus);
#[cfg(msgraph_v1_core_or_audit_logs_or_drives_or_identity_protection)]
/// CSDL: `microsoft.graph.geoCoordinates`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-audit-logs`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct GeoCoordinates {
    /// CSDL: property `altitude`: `Edm.Double`, nullable.
    pub altitude: rt::Field<f64>,
    /// CSDL: property `latitude`: `Edm.Double`, nullable.
    pub latitude: rt::Field<f64>,
    /// CSDL: property `longitude`: `Edm.Double`, nullable.
    pub longitude: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_audit_logs_or_drives_or_identity_protection)]
impl ::std::default::Default for GeoCoordinates {
    #[inline]
    fn default() -> Self {
        Self {
            altitude: rt::Field::Absent,
            latitude: rt::Field::Absent,
            longitude: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_audit_logs_or_drives_or_identity_protection)]
impl rt::Object for GeoCoordinates {
    const TYPE_NAME: &'static str = "microsoft.graph.geoCoordinates";
    const KEYS: &'static [&'static str] = &["altitude", "latitude", "longitude"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"altitude\":                     ",
        ",\"latitude\":                     ",
        ",\"longitude\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.geoCoordinates\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "altitude", &self.altitude);
        v.field(1usize, "latitude", &self.latitude);
        v.field(2usize, "longitude", &self.longitude);
    }
}
#[cfg(msgraph_v1_core_or_audit_logs_or_drives_or_identity_protection)]
impl rt::object::Members for GeoCoordinates {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.altitude.read_from(r),
            1usize => self.latitude.read_from(r),
            2usize => self.longitude.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.altitude);
        w.field(1usize, &self.latitude);
        w.field(2usize, &self.longitude);
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
#[cfg(msgraph_v1_core_or_audit_logs_or_drives_or_identity_protection)]
rt::impl_object!(GeoCoordinates);
#[cfg(msgraph_v1_core_or_audit_logs_or_drives_or_identity_protection)]
rt::impl_setters!(
    GeoCoordinates { with_altitude altitude : f64; with_latitude latitude : f64;
    with_longitude longitude : f64; }
);
#[cfg(msgraph_v1_core_or_audit_logs_or_drives_or_identity_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(GeoCoordinates);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.granularMailboxRestoreArtifact`, entity type, derived from `microsoft.graph.mailboxRestoreArtifact`, key `id`.
///
/// Request builders: [`RestoreArtifactBasePath`](requests/trait.RestoreArtifactBasePath.html), what a path to one (`EntityPath<GranularMailboxRestoreArtifact, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct GranularMailboxRestoreArtifact {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `completionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completion_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `destinationType`: `microsoft.graph.destinationType`, nullable.
    pub destination_type: rt::Field<crate::v1::DestinationType>,
    /// CSDL: property `error`: `microsoft.graph.publicError`, nullable.
    pub error: rt::Field<crate::v1::PublicError>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `microsoft.graph.artifactRestoreStatus`, nullable.
    pub status: rt::Field<crate::v1::ArtifactRestoreStatus>,
    /// CSDL: navigation property `restorePoint`: `microsoft.graph.restorePoint`, nullable.
    pub restore_point: rt::Field<crate::v1::RestorePoint>,
    /// CSDL: property `restoredFolderId`: `Edm.String`, nullable.
    pub restored_folder_id: rt::Field<::std::string::String>,
    /// CSDL: property `restoredFolderName`: `Edm.String`, nullable.
    pub restored_folder_name: rt::Field<::std::string::String>,
    /// CSDL: property `restoredItemCount`: `Edm.Int32`, nullable.
    pub restored_item_count: rt::Field<i32>,
    /// CSDL: property `artifactCount`: `Edm.Int32`, nullable.
    pub artifact_count: rt::Field<i32>,
    /// CSDL: property `searchResponseId`: `Edm.String`, not nullable.
    pub search_response_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for GranularMailboxRestoreArtifact {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            completion_date_time: rt::Field::Absent,
            destination_type: rt::Field::Absent,
            error: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            restore_point: rt::Field::Absent,
            restored_folder_id: rt::Field::Absent,
            restored_folder_name: rt::Field::Absent,
            restored_item_count: rt::Field::Absent,
            artifact_count: rt::Field::Absent,
            search_response_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for GranularMailboxRestoreArtifact {
    const TYPE_NAME: &'static str = "microsoft.graph.granularMailboxRestoreArtifact";
    const KEYS: &'static [&'static str] = &[
        "id",
        "completionDateTime",
        "destinationType",
        "error",
        "startDateTime",
        "status",
        "restorePoint",
        "restoredFolderId",
        "restoredFolderName",
        "restoredItemCount",
        "artifactCount",
        "searchResponseId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"completionDateTime\":           ",
        ",\"destinationType\":              ",
        ",\"error\":                        ",
        ",\"startDateTime\":                ",
        ",\"status\":                       ",
        ",\"restorePoint\":                 ",
        ",\"restoredFolderId\":             ",
        ",\"restoredFolderName\":           ",
        ",\"restoredItemCount\":            ",
        ",\"artifactCount\":                ",
        ",\"searchResponseId\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.granularMailboxRestoreArtifact\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "completion_date_time", &self.completion_date_time);
        v.field(2usize, "destination_type", &self.destination_type);
        v.field(3usize, "error", &self.error);
        v.field(4usize, "start_date_time", &self.start_date_time);
        v.field(5usize, "status", &self.status);
        v.field(6usize, "restore_point", &self.restore_point);
        v.field(7usize, "restored_folder_id", &self.restored_folder_id);
        v.field(8usize, "restored_folder_name", &self.restored_folder_name);
        v.field(9usize, "restored_item_count", &self.restored_item_count);
        v.field(10usize, "artifact_count", &self.artifact_count);
        v.field(11usize, "search_response_id", &self.search_response_id);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for GranularMailboxRestoreArtifact {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.completion_date_time.read_from(r),
            2usize => self.destination_type.read_from(r),
            3usize => self.error.read_from(r),
            4usize => self.start_date_time.read_from(r),
            5usize => self.status.read_from(r),
            6usize => self.restore_point.read_from(r),
            7usize => self.restored_folder_id.read_from(r),
            8usize => self.restored_folder_name.read_from(r),
            9usize => self.restored_item_count.read_from(r),
            10usize => self.artifact_count.read_from(r),
            11usize => self.search_response_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.completion_date_time);
        w.field(2usize, &self.destination_type);
        w.field(3usize, &self.error);
        w.field(4usize, &self.start_date_time);
        w.field(5usize, &self.status);
        w.field(6usize, &self.restore_point);
        w.field(7usize, &self.restored_folder_id);
        w.field(8usize, &self.restored_folder_name);
        w.field(9usize, &self.restored_item_count);
        w.field(10usize, &self.artifact_count);
        w.field(11usize, &self.search_response_id);
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
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(GranularMailboxRestoreArtifact);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    GranularMailboxRestoreArtifact { with_id id : ::std::string::String;
    with_completion_date_time completion_date_time : rt::edm::DateTimeOffset;
    with_destination_type destination_type : crate ::v1::DestinationType; with_error
    error : crate ::v1::PublicError; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; with_status status : crate ::v1::ArtifactRestoreStatus;
    with_restore_point restore_point : crate ::v1::RestorePoint; with_restored_folder_id
    restored_folder_id : ::std::string::String; with_restored_folder_name
    restored_folder_name : ::std::string::String; with_restored_item_count
    restored_item_count : i32; with_artifact_count artifact_count : i32;
    with_search_response_id search_response_id : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(GranularMailboxRestoreArtifact);
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
/// Represents an assignment to a group.
///
/// CSDL: `microsoft.graph.groupAssignmentTarget`, complex type, derived from `microsoft.graph.deviceAndAppManagementAssignmentTarget`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct GroupAssignmentTarget {
    /// The group Id that is the target of the assignment.
    ///
    /// CSDL: property `groupId`: `Edm.String`, nullable.
    pub group_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
impl ::std::default::Default for GroupAssignmentTarget {
    #[inline]
    fn default() -> Self {
        Self {
            group_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
impl rt::Object for GroupAssignmentTarget {
    const TYPE_NAME: &'static str = "microsoft.graph.groupAssignmentTarget";
    const KEYS: &'static [&'static str] = &["groupId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"groupId\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.groupAssignmentTarget\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "group_id", &self.group_id);
    }
}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
impl rt::object::Members for GroupAssignmentTarget {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.group_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.group_id);
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
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
rt::impl_object!(GroupAssignmentTarget);
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
rt::impl_setters!(
    GroupAssignmentTarget { with_group_id group_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupAssignmentTarget);
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
/// `microsoft.graph.groupAssignmentTarget` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyGroupAssignmentTarget {
    GroupAssignmentTarget(::std::boxed::Box<crate::v1::GroupAssignmentTarget>),
    ExclusionGroupAssignmentTarget(
        ::std::boxed::Box<crate::v1::ExclusionGroupAssignmentTarget>,
    ),
}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
impl ::std::default::Default for AnyGroupAssignmentTarget {
    #[inline]
    fn default() -> Self {
        Self::GroupAssignmentTarget(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::GroupAssignmentTarget>
for AnyGroupAssignmentTarget {
    #[inline]
    fn from(v: crate::v1::GroupAssignmentTarget) -> Self {
        Self::GroupAssignmentTarget(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ExclusionGroupAssignmentTarget>
for AnyGroupAssignmentTarget {
    #[inline]
    fn from(v: crate::v1::ExclusionGroupAssignmentTarget) -> Self {
        Self::ExclusionGroupAssignmentTarget(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
unsafe impl ::std::marker::Send for AnyGroupAssignmentTarget {}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
unsafe impl ::std::marker::Sync for AnyGroupAssignmentTarget {}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
impl ::std::marker::Unpin for AnyGroupAssignmentTarget {}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
impl ::std::panic::UnwindSafe for AnyGroupAssignmentTarget {}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
impl ::std::panic::RefUnwindSafe for AnyGroupAssignmentTarget {}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
const _: () = {
    rt::object::auto_traits::<crate::v1::GroupAssignmentTarget>();
    rt::object::auto_traits::<crate::v1::ExclusionGroupAssignmentTarget>();
};
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
impl rt::Poly for AnyGroupAssignmentTarget {
    const BASE_NAME: &'static str = "microsoft.graph.groupAssignmentTarget";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.exclusionGroupAssignmentTarget",
            ) => Self::ExclusionGroupAssignmentTarget(rt::object::new_boxed()),
            _ => Self::GroupAssignmentTarget(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::GroupAssignmentTarget(v) => &**v,
            Self::ExclusionGroupAssignmentTarget(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::GroupAssignmentTarget(v) => &mut **v,
            Self::ExclusionGroupAssignmentTarget(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
impl AnyGroupAssignmentTarget {
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
    /// `groupId` of any variant.
    #[inline]
    pub fn group_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::GroupAssignmentTarget(v) => &v.group_id,
            Self::ExclusionGroupAssignmentTarget(v) => &v.group_id,
        }
    }
    /// `groupId` of any variant.
    #[inline]
    pub fn group_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::GroupAssignmentTarget(v) => &mut v.group_id,
            Self::ExclusionGroupAssignmentTarget(v) => &mut v.group_id,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
rt::impl_poly!(AnyGroupAssignmentTarget);
#[cfg(msgraph_v1_core_or_device_app_management_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyGroupAssignmentTarget);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// CSDL: `microsoft.graph.httpRequestEndpoint`, complex type, derived from `microsoft.graph.customExtensionEndpointConfiguration`.
///
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct HttpRequestEndpoint {
    /// CSDL: property `targetUrl`: `Edm.String`, nullable.
    pub target_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl ::std::default::Default for HttpRequestEndpoint {
    #[inline]
    fn default() -> Self {
        Self {
            target_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::Object for HttpRequestEndpoint {
    const TYPE_NAME: &'static str = "microsoft.graph.httpRequestEndpoint";
    const KEYS: &'static [&'static str] = &["targetUrl"];
    const KEYS_JSON: &'static [&'static str] = &[",\"targetUrl\":                    "];
    const TAG: &'static str = "\"#microsoft.graph.httpRequestEndpoint\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "target_url", &self.target_url);
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::object::Members for HttpRequestEndpoint {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.target_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.target_url);
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
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
rt::impl_object!(HttpRequestEndpoint);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
rt::impl_setters!(
    HttpRequestEndpoint { with_target_url target_url : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(HttpRequestEndpoint);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.identity`, complex type, open.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct Identity {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for Identity {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for Identity {
    const TYPE_NAME: &'static str = "microsoft.graph.identity";
    const KEYS: &'static [&'static str] = &["displayName", "id"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"id\":                           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.identity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "id", &self.id);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for Identity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.id);
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
#[cfg(msgraph_v1_any_area)]
rt::impl_object!(Identity);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    Identity { with_display_name display_name : ::std::string::String; with_id id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(Identity);
#[cfg(msgraph_v1_any_area)]
/// `microsoft.graph.identity` or any type derived from it, selected by `@odata.type` (22 types); each variant's type converts into it (`From`).
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyIdentity {
    Identity(::std::boxed::Box<crate::v1::Identity>),
    AzureCommunicationServicesUserIdentity(
        ::std::boxed::Box<crate::v1::AzureCommunicationServicesUserIdentity>,
    ),
    CallRecordsUserIdentity(::std::boxed::Box<crate::v1::call_records::UserIdentity>),
    CommunicationsApplicationIdentity(
        ::std::boxed::Box<crate::v1::CommunicationsApplicationIdentity>,
    ),
    CommunicationsApplicationInstanceIdentity(
        ::std::boxed::Box<crate::v1::CommunicationsApplicationInstanceIdentity>,
    ),
    CommunicationsEncryptedIdentity(
        ::std::boxed::Box<crate::v1::CommunicationsEncryptedIdentity>,
    ),
    CommunicationsGuestIdentity(
        ::std::boxed::Box<crate::v1::CommunicationsGuestIdentity>,
    ),
    CommunicationsPhoneIdentity(
        ::std::boxed::Box<crate::v1::CommunicationsPhoneIdentity>,
    ),
    CommunicationsUserIdentity(::std::boxed::Box<crate::v1::CommunicationsUserIdentity>),
    EmailIdentity(::std::boxed::Box<crate::v1::EmailIdentity>),
    Initiator(::std::boxed::Box<crate::v1::Initiator>),
    ProvisionedIdentity(::std::boxed::Box<crate::v1::ProvisionedIdentity>),
    ProvisioningServicePrincipal(
        ::std::boxed::Box<crate::v1::ProvisioningServicePrincipal>,
    ),
    ProvisioningSystem(::std::boxed::Box<crate::v1::ProvisioningSystem>),
    ServicePrincipalIdentity(::std::boxed::Box<crate::v1::ServicePrincipalIdentity>),
    SharePointGroupIdentity(::std::boxed::Box<crate::v1::SharePointGroupIdentity>),
    SharePointIdentity(::std::boxed::Box<crate::v1::SharePointIdentity>),
    TeamworkApplicationIdentity(
        ::std::boxed::Box<crate::v1::TeamworkApplicationIdentity>,
    ),
    TeamworkConversationIdentity(
        ::std::boxed::Box<crate::v1::TeamworkConversationIdentity>,
    ),
    TeamworkTagIdentity(::std::boxed::Box<crate::v1::TeamworkTagIdentity>),
    TeamworkUserIdentity(::std::boxed::Box<crate::v1::TeamworkUserIdentity>),
    UserIdentity(::std::boxed::Box<crate::v1::UserIdentity>),
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for AnyIdentity {
    #[inline]
    fn default() -> Self {
        Self::Identity(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Identity> for AnyIdentity {
    #[inline]
    fn from(v: crate::v1::Identity) -> Self {
        Self::Identity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AzureCommunicationServicesUserIdentity>
for AnyIdentity {
    #[inline]
    fn from(v: crate::v1::AzureCommunicationServicesUserIdentity) -> Self {
        Self::AzureCommunicationServicesUserIdentity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::call_records::UserIdentity> for AnyIdentity {
    #[inline]
    fn from(v: crate::v1::call_records::UserIdentity) -> Self {
        Self::CallRecordsUserIdentity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CommunicationsApplicationIdentity> for AnyIdentity {
    #[inline]
    fn from(v: crate::v1::CommunicationsApplicationIdentity) -> Self {
        Self::CommunicationsApplicationIdentity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CommunicationsApplicationInstanceIdentity>
for AnyIdentity {
    #[inline]
    fn from(v: crate::v1::CommunicationsApplicationInstanceIdentity) -> Self {
        Self::CommunicationsApplicationInstanceIdentity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CommunicationsEncryptedIdentity> for AnyIdentity {
    #[inline]
    fn from(v: crate::v1::CommunicationsEncryptedIdentity) -> Self {
        Self::CommunicationsEncryptedIdentity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CommunicationsGuestIdentity> for AnyIdentity {
    #[inline]
    fn from(v: crate::v1::CommunicationsGuestIdentity) -> Self {
        Self::CommunicationsGuestIdentity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CommunicationsPhoneIdentity> for AnyIdentity {
    #[inline]
    fn from(v: crate::v1::CommunicationsPhoneIdentity) -> Self {
        Self::CommunicationsPhoneIdentity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CommunicationsUserIdentity> for AnyIdentity {
    #[inline]
    fn from(v: crate::v1::CommunicationsUserIdentity) -> Self {
        Self::CommunicationsUserIdentity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EmailIdentity> for AnyIdentity {
    #[inline]
    fn from(v: crate::v1::EmailIdentity) -> Self {
        Self::EmailIdentity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Initiator> for AnyIdentity {
    #[inline]
    fn from(v: crate::v1::Initiator) -> Self {
        Self::Initiator(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ProvisionedIdentity> for AnyIdentity {
    #[inline]
    fn from(v: crate::v1::ProvisionedIdentity) -> Self {
        Self::ProvisionedIdentity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ProvisioningServicePrincipal> for AnyIdentity {
    #[inline]
    fn from(v: crate::v1::ProvisioningServicePrincipal) -> Self {
        Self::ProvisioningServicePrincipal(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ProvisioningSystem> for AnyIdentity {
    #[inline]
    fn from(v: crate::v1::ProvisioningSystem) -> Self {
        Self::ProvisioningSystem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ServicePrincipalIdentity> for AnyIdentity {
    #[inline]
    fn from(v: crate::v1::ServicePrincipalIdentity) -> Self {
        Self::ServicePrincipalIdentity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SharePointGroupIdentity> for AnyIdentity {
    #[inline]
    fn from(v: crate::v1::SharePointGroupIdentity) -> Self {
        Self::SharePointGroupIdentity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SharePointIdentity> for AnyIdentity {
    #[inline]
    fn from(v: crate::v1::SharePointIdentity) -> Self {
        Self::SharePointIdentity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TeamworkApplicationIdentity> for AnyIdentity {
    #[inline]
    fn from(v: crate::v1::TeamworkApplicationIdentity) -> Self {
        Self::TeamworkApplicationIdentity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TeamworkConversationIdentity> for AnyIdentity {
    #[inline]
    fn from(v: crate::v1::TeamworkConversationIdentity) -> Self {
        Self::TeamworkConversationIdentity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TeamworkTagIdentity> for AnyIdentity {
    #[inline]
    fn from(v: crate::v1::TeamworkTagIdentity) -> Self {
        Self::TeamworkTagIdentity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TeamworkUserIdentity> for AnyIdentity {
    #[inline]
    fn from(v: crate::v1::TeamworkUserIdentity) -> Self {
        Self::TeamworkUserIdentity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UserIdentity> for AnyIdentity {
    #[inline]
    fn from(v: crate::v1::UserIdentity) -> Self {
        Self::UserIdentity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
unsafe impl ::std::marker::Send for AnyIdentity {}
#[cfg(msgraph_v1_any_area)]
unsafe impl ::std::marker::Sync for AnyIdentity {}
#[cfg(msgraph_v1_any_area)]
impl ::std::marker::Unpin for AnyIdentity {}
#[cfg(msgraph_v1_any_area)]
impl ::std::panic::UnwindSafe for AnyIdentity {}
#[cfg(msgraph_v1_any_area)]
impl ::std::panic::RefUnwindSafe for AnyIdentity {}
#[cfg(msgraph_v1_any_area)]
const _: () = {
    rt::object::auto_traits::<crate::v1::Identity>();
    rt::object::auto_traits::<crate::v1::AzureCommunicationServicesUserIdentity>();
    rt::object::auto_traits::<crate::v1::call_records::UserIdentity>();
    rt::object::auto_traits::<crate::v1::CommunicationsApplicationIdentity>();
    rt::object::auto_traits::<crate::v1::CommunicationsApplicationInstanceIdentity>();
    rt::object::auto_traits::<crate::v1::CommunicationsEncryptedIdentity>();
    rt::object::auto_traits::<crate::v1::CommunicationsGuestIdentity>();
    rt::object::auto_traits::<crate::v1::CommunicationsPhoneIdentity>();
    rt::object::auto_traits::<crate::v1::CommunicationsUserIdentity>();
    rt::object::auto_traits::<crate::v1::EmailIdentity>();
    rt::object::auto_traits::<crate::v1::Initiator>();
    rt::object::auto_traits::<crate::v1::ProvisionedIdentity>();
    rt::object::auto_traits::<crate::v1::ProvisioningServicePrincipal>();
    rt::object::auto_traits::<crate::v1::ProvisioningSystem>();
    rt::object::auto_traits::<crate::v1::ServicePrincipalIdentity>();
    rt::object::auto_traits::<crate::v1::SharePointGroupIdentity>();
    rt::object::auto_traits::<crate::v1::SharePointIdentity>();
    rt::object::auto_traits::<crate::v1::TeamworkApplicationIdentity>();
    rt::object::auto_traits::<crate::v1::TeamworkConversationIdentity>();
    rt::object::auto_traits::<crate::v1::TeamworkTagIdentity>();
    rt::object::auto_traits::<crate::v1::TeamworkUserIdentity>();
    rt::object::auto_traits::<crate::v1::UserIdentity>();
};
#[cfg(msgraph_v1_any_area)]
impl rt::Poly for AnyIdentity {
    const BASE_NAME: &'static str = "microsoft.graph.identity";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.azureCommunicationServicesUserIdentity",
            ) => Self::AzureCommunicationServicesUserIdentity(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.callRecords.userIdentity") => {
                Self::CallRecordsUserIdentity(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.communicationsApplicationIdentity",
            ) => Self::CommunicationsApplicationIdentity(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.communicationsApplicationInstanceIdentity",
            ) => Self::CommunicationsApplicationInstanceIdentity(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.communicationsEncryptedIdentity",
            ) => Self::CommunicationsEncryptedIdentity(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.communicationsGuestIdentity",
            ) => Self::CommunicationsGuestIdentity(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.communicationsPhoneIdentity",
            ) => Self::CommunicationsPhoneIdentity(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.communicationsUserIdentity") => {
                Self::CommunicationsUserIdentity(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.emailIdentity") => {
                Self::EmailIdentity(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.initiator") => {
                Self::Initiator(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.provisionedIdentity") => {
                Self::ProvisionedIdentity(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.provisioningServicePrincipal",
            ) => Self::ProvisioningServicePrincipal(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.provisioningSystem") => {
                Self::ProvisioningSystem(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.servicePrincipalIdentity") => {
                Self::ServicePrincipalIdentity(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.sharePointGroupIdentity") => {
                Self::SharePointGroupIdentity(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.sharePointIdentity") => {
                Self::SharePointIdentity(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.teamworkApplicationIdentity",
            ) => Self::TeamworkApplicationIdentity(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.teamworkConversationIdentity",
            ) => Self::TeamworkConversationIdentity(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.teamworkTagIdentity") => {
                Self::TeamworkTagIdentity(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.teamworkUserIdentity") => {
                Self::TeamworkUserIdentity(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.userIdentity") => {
                Self::UserIdentity(rt::object::new_boxed())
            }
            _ => Self::Identity(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::Identity(v) => &**v,
            Self::AzureCommunicationServicesUserIdentity(v) => &**v,
            Self::CallRecordsUserIdentity(v) => &**v,
            Self::CommunicationsApplicationIdentity(v) => &**v,
            Self::CommunicationsApplicationInstanceIdentity(v) => &**v,
            Self::CommunicationsEncryptedIdentity(v) => &**v,
            Self::CommunicationsGuestIdentity(v) => &**v,
            Self::CommunicationsPhoneIdentity(v) => &**v,
            Self::CommunicationsUserIdentity(v) => &**v,
            Self::EmailIdentity(v) => &**v,
            Self::Initiator(v) => &**v,
            Self::ProvisionedIdentity(v) => &**v,
            Self::ProvisioningServicePrincipal(v) => &**v,
            Self::ProvisioningSystem(v) => &**v,
            Self::ServicePrincipalIdentity(v) => &**v,
            Self::SharePointGroupIdentity(v) => &**v,
            Self::SharePointIdentity(v) => &**v,
            Self::TeamworkApplicationIdentity(v) => &**v,
            Self::TeamworkConversationIdentity(v) => &**v,
            Self::TeamworkTagIdentity(v) => &**v,
            Self::TeamworkUserIdentity(v) => &**v,
            Self::UserIdentity(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::Identity(v) => &mut **v,
            Self::AzureCommunicationServicesUserIdentity(v) => &mut **v,
            Self::CallRecordsUserIdentity(v) => &mut **v,
            Self::CommunicationsApplicationIdentity(v) => &mut **v,
            Self::CommunicationsApplicationInstanceIdentity(v) => &mut **v,
            Self::CommunicationsEncryptedIdentity(v) => &mut **v,
            Self::CommunicationsGuestIdentity(v) => &mut **v,
            Self::CommunicationsPhoneIdentity(v) => &mut **v,
            Self::CommunicationsUserIdentity(v) => &mut **v,
            Self::EmailIdentity(v) => &mut **v,
            Self::Initiator(v) => &mut **v,
            Self::ProvisionedIdentity(v) => &mut **v,
            Self::ProvisioningServicePrincipal(v) => &mut **v,
            Self::ProvisioningSystem(v) => &mut **v,
            Self::ServicePrincipalIdentity(v) => &mut **v,
            Self::SharePointGroupIdentity(v) => &mut **v,
            Self::SharePointIdentity(v) => &mut **v,
            Self::TeamworkApplicationIdentity(v) => &mut **v,
            Self::TeamworkConversationIdentity(v) => &mut **v,
            Self::TeamworkTagIdentity(v) => &mut **v,
            Self::TeamworkUserIdentity(v) => &mut **v,
            Self::UserIdentity(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl AnyIdentity {
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
            Self::Identity(v) => &v.display_name,
            Self::AzureCommunicationServicesUserIdentity(v) => &v.display_name,
            Self::CallRecordsUserIdentity(v) => &v.display_name,
            Self::CommunicationsApplicationIdentity(v) => &v.display_name,
            Self::CommunicationsApplicationInstanceIdentity(v) => &v.display_name,
            Self::CommunicationsEncryptedIdentity(v) => &v.display_name,
            Self::CommunicationsGuestIdentity(v) => &v.display_name,
            Self::CommunicationsPhoneIdentity(v) => &v.display_name,
            Self::CommunicationsUserIdentity(v) => &v.display_name,
            Self::EmailIdentity(v) => &v.display_name,
            Self::Initiator(v) => &v.display_name,
            Self::ProvisionedIdentity(v) => &v.display_name,
            Self::ProvisioningServicePrincipal(v) => &v.display_name,
            Self::ProvisioningSystem(v) => &v.display_name,
            Self::ServicePrincipalIdentity(v) => &v.display_name,
            Self::SharePointGroupIdentity(v) => &v.display_name,
            Self::SharePointIdentity(v) => &v.display_name,
            Self::TeamworkApplicationIdentity(v) => &v.display_name,
            Self::TeamworkConversationIdentity(v) => &v.display_name,
            Self::TeamworkTagIdentity(v) => &v.display_name,
            Self::TeamworkUserIdentity(v) => &v.display_name,
            Self::UserIdentity(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Identity(v) => &mut v.display_name,
            Self::AzureCommunicationServicesUserIdentity(v) => &mut v.display_name,
            Self::CallRecordsUserIdentity(v) => &mut v.display_name,
            Self::CommunicationsApplicationIdentity(v) => &mut v.display_name,
            Self::CommunicationsApplicationInstanceIdentity(v) => &mut v.display_name,
            Self::CommunicationsEncryptedIdentity(v) => &mut v.display_name,
            Self::CommunicationsGuestIdentity(v) => &mut v.display_name,
            Self::CommunicationsPhoneIdentity(v) => &mut v.display_name,
            Self::CommunicationsUserIdentity(v) => &mut v.display_name,
            Self::EmailIdentity(v) => &mut v.display_name,
            Self::Initiator(v) => &mut v.display_name,
            Self::ProvisionedIdentity(v) => &mut v.display_name,
            Self::ProvisioningServicePrincipal(v) => &mut v.display_name,
            Self::ProvisioningSystem(v) => &mut v.display_name,
            Self::ServicePrincipalIdentity(v) => &mut v.display_name,
            Self::SharePointGroupIdentity(v) => &mut v.display_name,
            Self::SharePointIdentity(v) => &mut v.display_name,
            Self::TeamworkApplicationIdentity(v) => &mut v.display_name,
            Self::TeamworkConversationIdentity(v) => &mut v.display_name,
            Self::TeamworkTagIdentity(v) => &mut v.display_name,
            Self::TeamworkUserIdentity(v) => &mut v.display_name,
            Self::UserIdentity(v) => &mut v.display_name,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Identity(v) => &v.id,
            Self::AzureCommunicationServicesUserIdentity(v) => &v.id,
            Self::CallRecordsUserIdentity(v) => &v.id,
            Self::CommunicationsApplicationIdentity(v) => &v.id,
            Self::CommunicationsApplicationInstanceIdentity(v) => &v.id,
            Self::CommunicationsEncryptedIdentity(v) => &v.id,
            Self::CommunicationsGuestIdentity(v) => &v.id,
            Self::CommunicationsPhoneIdentity(v) => &v.id,
            Self::CommunicationsUserIdentity(v) => &v.id,
            Self::EmailIdentity(v) => &v.id,
            Self::Initiator(v) => &v.id,
            Self::ProvisionedIdentity(v) => &v.id,
            Self::ProvisioningServicePrincipal(v) => &v.id,
            Self::ProvisioningSystem(v) => &v.id,
            Self::ServicePrincipalIdentity(v) => &v.id,
            Self::SharePointGroupIdentity(v) => &v.id,
            Self::SharePointIdentity(v) => &v.id,
            Self::TeamworkApplicationIdentity(v) => &v.id,
            Self::TeamworkConversationIdentity(v) => &v.id,
            Self::TeamworkTagIdentity(v) => &v.id,
            Self::TeamworkUserIdentity(v) => &v.id,
            Self::UserIdentity(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Identity(v) => &mut v.id,
            Self::AzureCommunicationServicesUserIdentity(v) => &mut v.id,
            Self::CallRecordsUserIdentity(v) => &mut v.id,
            Self::CommunicationsApplicationIdentity(v) => &mut v.id,
            Self::CommunicationsApplicationInstanceIdentity(v) => &mut v.id,
            Self::CommunicationsEncryptedIdentity(v) => &mut v.id,
            Self::CommunicationsGuestIdentity(v) => &mut v.id,
            Self::CommunicationsPhoneIdentity(v) => &mut v.id,
            Self::CommunicationsUserIdentity(v) => &mut v.id,
            Self::EmailIdentity(v) => &mut v.id,
            Self::Initiator(v) => &mut v.id,
            Self::ProvisionedIdentity(v) => &mut v.id,
            Self::ProvisioningServicePrincipal(v) => &mut v.id,
            Self::ProvisioningSystem(v) => &mut v.id,
            Self::ServicePrincipalIdentity(v) => &mut v.id,
            Self::SharePointGroupIdentity(v) => &mut v.id,
            Self::SharePointIdentity(v) => &mut v.id,
            Self::TeamworkApplicationIdentity(v) => &mut v.id,
            Self::TeamworkConversationIdentity(v) => &mut v.id,
            Self::TeamworkTagIdentity(v) => &mut v.id,
            Self::TeamworkUserIdentity(v) => &mut v.id,
            Self::UserIdentity(v) => &mut v.id,
        }
    }
}
#[cfg(msgraph_v1_any_area)]
rt::impl_poly!(AnyIdentity);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyIdentity);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.identitySet`, complex type, open.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct IdentitySet {
    /// CSDL: property `application`: `microsoft.graph.identity`, nullable.
    pub application: rt::Field<crate::v1::AnyIdentity>,
    /// CSDL: property `device`: `microsoft.graph.identity`, nullable.
    pub device: rt::Field<crate::v1::AnyIdentity>,
    /// CSDL: property `user`: `microsoft.graph.identity`, nullable.
    pub user: rt::Field<crate::v1::AnyIdentity>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for IdentitySet {
    #[inline]
    fn default() -> Self {
        Self {
            application: rt::Field::Absent,
            device: rt::Field::Absent,
            user: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for IdentitySet {
    const TYPE_NAME: &'static str = "microsoft.graph.identitySet";
    const KEYS: &'static [&'static str] = &["application", "device", "user"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"application\":                  ",
        ",\"device\":                       ",
        ",\"user\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.identitySet\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "application", &self.application);
        v.field(1usize, "device", &self.device);
        v.field(2usize, "user", &self.user);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for IdentitySet {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.application.read_from(r),
            1usize => self.device.read_from(r),
            2usize => self.user.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.application);
        w.field(1usize, &self.device);
        w.field(2usize, &self.user);
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
#[cfg(msgraph_v1_any_area)]
rt::impl_object!(IdentitySet);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    IdentitySet { with_application application : crate ::v1::AnyIdentity; with_device
    device : crate ::v1::AnyIdentity; with_user user : crate ::v1::AnyIdentity; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentitySet);
#[cfg(msgraph_v1_any_area)]
/// `microsoft.graph.identitySet` or any type derived from it, selected by `@odata.type` (8 types); each variant's type converts into it (`From`).
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyIdentitySet {
    IdentitySet(::std::boxed::Box<crate::v1::IdentitySet>),
    AiInteractionMentionedIdentitySet(
        ::std::boxed::Box<crate::v1::AiInteractionMentionedIdentitySet>,
    ),
    ChatMessageFromIdentitySet(::std::boxed::Box<crate::v1::ChatMessageFromIdentitySet>),
    ChatMessageMentionedIdentitySet(
        ::std::boxed::Box<crate::v1::ChatMessageMentionedIdentitySet>,
    ),
    ChatMessageReactionIdentitySet(
        ::std::boxed::Box<crate::v1::ChatMessageReactionIdentitySet>,
    ),
    CommunicationsIdentitySet(::std::boxed::Box<crate::v1::CommunicationsIdentitySet>),
    EngagementIdentitySet(::std::boxed::Box<crate::v1::EngagementIdentitySet>),
    SharePointIdentitySet(::std::boxed::Box<crate::v1::SharePointIdentitySet>),
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for AnyIdentitySet {
    #[inline]
    fn default() -> Self {
        Self::IdentitySet(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IdentitySet> for AnyIdentitySet {
    #[inline]
    fn from(v: crate::v1::IdentitySet) -> Self {
        Self::IdentitySet(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AiInteractionMentionedIdentitySet>
for AnyIdentitySet {
    #[inline]
    fn from(v: crate::v1::AiInteractionMentionedIdentitySet) -> Self {
        Self::AiInteractionMentionedIdentitySet(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ChatMessageFromIdentitySet> for AnyIdentitySet {
    #[inline]
    fn from(v: crate::v1::ChatMessageFromIdentitySet) -> Self {
        Self::ChatMessageFromIdentitySet(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ChatMessageMentionedIdentitySet>
for AnyIdentitySet {
    #[inline]
    fn from(v: crate::v1::ChatMessageMentionedIdentitySet) -> Self {
        Self::ChatMessageMentionedIdentitySet(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ChatMessageReactionIdentitySet> for AnyIdentitySet {
    #[inline]
    fn from(v: crate::v1::ChatMessageReactionIdentitySet) -> Self {
        Self::ChatMessageReactionIdentitySet(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CommunicationsIdentitySet> for AnyIdentitySet {
    #[inline]
    fn from(v: crate::v1::CommunicationsIdentitySet) -> Self {
        Self::CommunicationsIdentitySet(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EngagementIdentitySet> for AnyIdentitySet {
    #[inline]
    fn from(v: crate::v1::EngagementIdentitySet) -> Self {
        Self::EngagementIdentitySet(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SharePointIdentitySet> for AnyIdentitySet {
    #[inline]
    fn from(v: crate::v1::SharePointIdentitySet) -> Self {
        Self::SharePointIdentitySet(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
unsafe impl ::std::marker::Send for AnyIdentitySet {}
#[cfg(msgraph_v1_any_area)]
unsafe impl ::std::marker::Sync for AnyIdentitySet {}
#[cfg(msgraph_v1_any_area)]
impl ::std::marker::Unpin for AnyIdentitySet {}
#[cfg(msgraph_v1_any_area)]
impl ::std::panic::UnwindSafe for AnyIdentitySet {}
#[cfg(msgraph_v1_any_area)]
impl ::std::panic::RefUnwindSafe for AnyIdentitySet {}
#[cfg(msgraph_v1_any_area)]
const _: () = {
    rt::object::auto_traits::<crate::v1::IdentitySet>();
    rt::object::auto_traits::<crate::v1::AiInteractionMentionedIdentitySet>();
    rt::object::auto_traits::<crate::v1::ChatMessageFromIdentitySet>();
    rt::object::auto_traits::<crate::v1::ChatMessageMentionedIdentitySet>();
    rt::object::auto_traits::<crate::v1::ChatMessageReactionIdentitySet>();
    rt::object::auto_traits::<crate::v1::CommunicationsIdentitySet>();
    rt::object::auto_traits::<crate::v1::EngagementIdentitySet>();
    rt::object::auto_traits::<crate::v1::SharePointIdentitySet>();
};
#[cfg(msgraph_v1_any_area)]
impl rt::Poly for AnyIdentitySet {
    const BASE_NAME: &'static str = "microsoft.graph.identitySet";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.aiInteractionMentionedIdentitySet",
            ) => Self::AiInteractionMentionedIdentitySet(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.chatMessageFromIdentitySet") => {
                Self::ChatMessageFromIdentitySet(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.chatMessageMentionedIdentitySet",
            ) => Self::ChatMessageMentionedIdentitySet(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.chatMessageReactionIdentitySet",
            ) => Self::ChatMessageReactionIdentitySet(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.communicationsIdentitySet") => {
                Self::CommunicationsIdentitySet(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.engagementIdentitySet") => {
                Self::EngagementIdentitySet(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.sharePointIdentitySet") => {
                Self::SharePointIdentitySet(rt::object::new_boxed())
            }
            _ => Self::IdentitySet(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::IdentitySet(v) => &**v,
            Self::AiInteractionMentionedIdentitySet(v) => &**v,
            Self::ChatMessageFromIdentitySet(v) => &**v,
            Self::ChatMessageMentionedIdentitySet(v) => &**v,
            Self::ChatMessageReactionIdentitySet(v) => &**v,
            Self::CommunicationsIdentitySet(v) => &**v,
            Self::EngagementIdentitySet(v) => &**v,
            Self::SharePointIdentitySet(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::IdentitySet(v) => &mut **v,
            Self::AiInteractionMentionedIdentitySet(v) => &mut **v,
            Self::ChatMessageFromIdentitySet(v) => &mut **v,
            Self::ChatMessageMentionedIdentitySet(v) => &mut **v,
            Self::ChatMessageReactionIdentitySet(v) => &mut **v,
            Self::CommunicationsIdentitySet(v) => &mut **v,
            Self::EngagementIdentitySet(v) => &mut **v,
            Self::SharePointIdentitySet(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl AnyIdentitySet {
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
    /// `application` of any variant.
    #[inline]
    pub fn application(&self) -> &rt::Field<crate::v1::AnyIdentity> {
        match self {
            Self::IdentitySet(v) => &v.application,
            Self::AiInteractionMentionedIdentitySet(v) => &v.application,
            Self::ChatMessageFromIdentitySet(v) => &v.application,
            Self::ChatMessageMentionedIdentitySet(v) => &v.application,
            Self::ChatMessageReactionIdentitySet(v) => &v.application,
            Self::CommunicationsIdentitySet(v) => &v.application,
            Self::EngagementIdentitySet(v) => &v.application,
            Self::SharePointIdentitySet(v) => &v.application,
        }
    }
    /// `application` of any variant.
    #[inline]
    pub fn application_mut(&mut self) -> &mut rt::Field<crate::v1::AnyIdentity> {
        match self {
            Self::IdentitySet(v) => &mut v.application,
            Self::AiInteractionMentionedIdentitySet(v) => &mut v.application,
            Self::ChatMessageFromIdentitySet(v) => &mut v.application,
            Self::ChatMessageMentionedIdentitySet(v) => &mut v.application,
            Self::ChatMessageReactionIdentitySet(v) => &mut v.application,
            Self::CommunicationsIdentitySet(v) => &mut v.application,
            Self::EngagementIdentitySet(v) => &mut v.application,
            Self::SharePointIdentitySet(v) => &mut v.application,
        }
    }
    /// `device` of any variant.
    #[inline]
    pub fn device(&self) -> &rt::Field<crate::v1::AnyIdentity> {
        match self {
            Self::IdentitySet(v) => &v.device,
            Self::AiInteractionMentionedIdentitySet(v) => &v.device,
            Self::ChatMessageFromIdentitySet(v) => &v.device,
            Self::ChatMessageMentionedIdentitySet(v) => &v.device,
            Self::ChatMessageReactionIdentitySet(v) => &v.device,
            Self::CommunicationsIdentitySet(v) => &v.device,
            Self::EngagementIdentitySet(v) => &v.device,
            Self::SharePointIdentitySet(v) => &v.device,
        }
    }
    /// `device` of any variant.
    #[inline]
    pub fn device_mut(&mut self) -> &mut rt::Field<crate::v1::AnyIdentity> {
        match self {
            Self::IdentitySet(v) => &mut v.device,
            Self::AiInteractionMentionedIdentitySet(v) => &mut v.device,
            Self::ChatMessageFromIdentitySet(v) => &mut v.device,
            Self::ChatMessageMentionedIdentitySet(v) => &mut v.device,
            Self::ChatMessageReactionIdentitySet(v) => &mut v.device,
            Self::CommunicationsIdentitySet(v) => &mut v.device,
            Self::EngagementIdentitySet(v) => &mut v.device,
            Self::SharePointIdentitySet(v) => &mut v.device,
        }
    }
    /// `user` of any variant.
    #[inline]
    pub fn user(&self) -> &rt::Field<crate::v1::AnyIdentity> {
        match self {
            Self::IdentitySet(v) => &v.user,
            Self::AiInteractionMentionedIdentitySet(v) => &v.user,
            Self::ChatMessageFromIdentitySet(v) => &v.user,
            Self::ChatMessageMentionedIdentitySet(v) => &v.user,
            Self::ChatMessageReactionIdentitySet(v) => &v.user,
            Self::CommunicationsIdentitySet(v) => &v.user,
            Self::EngagementIdentitySet(v) => &v.user,
            Self::SharePointIdentitySet(v) => &v.user,
        }
    }
    /// `user` of any variant.
    #[inline]
    pub fn user_mut(&mut self) -> &mut rt::Field<crate::v1::AnyIdentity> {
        match self {
            Self::IdentitySet(v) => &mut v.user,
            Self::AiInteractionMentionedIdentitySet(v) => &mut v.user,
            Self::ChatMessageFromIdentitySet(v) => &mut v.user,
            Self::ChatMessageMentionedIdentitySet(v) => &mut v.user,
            Self::ChatMessageReactionIdentitySet(v) => &mut v.user,
            Self::CommunicationsIdentitySet(v) => &mut v.user,
            Self::EngagementIdentitySet(v) => &mut v.user,
            Self::SharePointIdentitySet(v) => &mut v.user,
        }
    }
}
#[cfg(msgraph_v1_any_area)]
rt::impl_poly!(AnyIdentitySet);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyIdentitySet);
#[cfg(msgraph_v1_reports_or_search)]
/// CSDL: `microsoft.graph.includedUserRoles`, enum type.
///
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum IncludedUserRoles {
    /// `all` (value 0).
    All,
    /// `privilegedAdmin` (value 1).
    PrivilegedAdmin,
    /// `admin` (value 2).
    Admin,
    /// `user` (value 3).
    User,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::StrEnum for IncludedUserRoles {
    const TYPE_NAME: &'static str = "microsoft.graph.includedUserRoles";
    const MEMBERS: &'static [&'static str] = &[
        "all",
        "privilegedAdmin",
        "admin",
        "user",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "all" => Self::All,
                "privilegedAdmin" => Self::PrivilegedAdmin,
                "admin" => Self::Admin,
                "user" => Self::User,
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
            Self::All => "all",
            Self::PrivilegedAdmin => "privilegedAdmin",
            Self::Admin => "admin",
            Self::User => "user",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_reports_or_search)]
rt::impl_enum!(IncludedUserRoles);
#[cfg(msgraph_v1_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IncludedUserRoles);
#[cfg(msgraph_v1_reports_or_search)]
/// CSDL: `microsoft.graph.includedUserTypes`, enum type.
///
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum IncludedUserTypes {
    /// `all` (value 0).
    All,
    /// `member` (value 1).
    Member,
    /// `guest` (value 2).
    Guest,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::StrEnum for IncludedUserTypes {
    const TYPE_NAME: &'static str = "microsoft.graph.includedUserTypes";
    const MEMBERS: &'static [&'static str] = &[
        "all",
        "member",
        "guest",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "all" => Self::All,
                "member" => Self::Member,
                "guest" => Self::Guest,
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
            Self::All => "all",
            Self::Member => "member",
            Self::Guest => "guest",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_reports_or_search)]
rt::impl_enum!(IncludedUserTypes);
#[cfg(msgraph_v1_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IncludedUserTypes);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.inferenceClassificationType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum InferenceClassificationType {
    /// `focused` (value 0).
    Focused,
    /// `other` (value 1).
    Other,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for InferenceClassificationType {
    const TYPE_NAME: &'static str = "microsoft.graph.inferenceClassificationType";
    const MEMBERS: &'static [&'static str] = &["focused", "other"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "focused" => Self::Focused,
                "other" => Self::Other,
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
            Self::Focused => "focused",
            Self::Other => "other",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(InferenceClassificationType);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(InferenceClassificationType);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.initiator`, complex type, derived from `microsoft.graph.identity`, open.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct Initiator {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `initiatorType`: `microsoft.graph.initiatorType`, nullable.
    pub initiator_type: rt::Field<crate::v1::InitiatorType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for Initiator {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            initiator_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for Initiator {
    const TYPE_NAME: &'static str = "microsoft.graph.initiator";
    const KEYS: &'static [&'static str] = &["displayName", "id", "initiatorType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"id\":                           ",
        ",\"initiatorType\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.initiator\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "id", &self.id);
        v.field(2usize, "initiator_type", &self.initiator_type);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for Initiator {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.id.read_from(r),
            2usize => self.initiator_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.id);
        w.field(2usize, &self.initiator_type);
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
#[cfg(msgraph_v1_any_area)]
rt::impl_object!(Initiator);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    Initiator { with_display_name display_name : ::std::string::String; with_id id :
    ::std::string::String; with_initiator_type initiator_type : crate
    ::v1::InitiatorType; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(Initiator);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.initiatorType`, enum type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum InitiatorType {
    /// `user` (value 0).
    User,
    /// `application` (value 1).
    Application,
    /// `system` (value 2).
    System,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_any_area)]
impl rt::StrEnum for InitiatorType {
    const TYPE_NAME: &'static str = "microsoft.graph.initiatorType";
    const MEMBERS: &'static [&'static str] = &[
        "user",
        "application",
        "system",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "user" => Self::User,
                "application" => Self::Application,
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
            Self::User => "user",
            Self::Application => "application",
            Self::System => "system",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_any_area)]
rt::impl_enum!(InitiatorType);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(InitiatorType);
#[cfg(msgraph_v1_core_or_communications_or_copilot_or_employee_experience_and_4_more)]
/// CSDL: `microsoft.graph.itemBody`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-copilot`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles` and 17 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ItemBody {
    /// CSDL: property `content`: `Edm.String`, nullable.
    pub content: rt::Field<::std::string::String>,
    /// CSDL: property `contentType`: `microsoft.graph.bodyType`, nullable.
    pub content_type: rt::Field<crate::v1::BodyType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications_or_copilot_or_employee_experience_and_4_more)]
impl ::std::default::Default for ItemBody {
    #[inline]
    fn default() -> Self {
        Self {
            content: rt::Field::Absent,
            content_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications_or_copilot_or_employee_experience_and_4_more)]
impl rt::Object for ItemBody {
    const TYPE_NAME: &'static str = "microsoft.graph.itemBody";
    const KEYS: &'static [&'static str] = &["content", "contentType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"content\":                      ",
        ",\"contentType\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.itemBody\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "content", &self.content);
        v.field(1usize, "content_type", &self.content_type);
    }
}
#[cfg(msgraph_v1_core_or_communications_or_copilot_or_employee_experience_and_4_more)]
impl rt::object::Members for ItemBody {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.content.read_from(r),
            1usize => self.content_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.content);
        w.field(1usize, &self.content_type);
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
#[cfg(msgraph_v1_core_or_communications_or_copilot_or_employee_experience_and_4_more)]
rt::impl_object!(ItemBody);
#[cfg(msgraph_v1_core_or_communications_or_copilot_or_employee_experience_and_4_more)]
rt::impl_setters!(
    ItemBody { with_content content : ::std::string::String; with_content_type
    content_type : crate ::v1::BodyType; }
);
#[cfg(msgraph_v1_core_or_communications_or_copilot_or_employee_experience_and_4_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(ItemBody);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
/// CSDL: `microsoft.graph.itemReference`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ItemReference {
    /// CSDL: property `driveId`: `Edm.String`, nullable.
    pub drive_id: rt::Field<::std::string::String>,
    /// CSDL: property `driveType`: `Edm.String`, nullable.
    pub drive_type: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `path`: `Edm.String`, nullable.
    pub path: rt::Field<::std::string::String>,
    /// CSDL: property `shareId`: `Edm.String`, nullable.
    pub share_id: rt::Field<::std::string::String>,
    /// CSDL: property `sharepointIds`: `microsoft.graph.sharepointIds`, nullable.
    pub sharepoint_ids: rt::Field<crate::v1::SharepointIds>,
    /// CSDL: property `siteId`: `Edm.String`, nullable.
    pub site_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl ::std::default::Default for ItemReference {
    #[inline]
    fn default() -> Self {
        Self {
            drive_id: rt::Field::Absent,
            drive_type: rt::Field::Absent,
            id: rt::Field::Absent,
            name: rt::Field::Absent,
            path: rt::Field::Absent,
            share_id: rt::Field::Absent,
            sharepoint_ids: rt::Field::Absent,
            site_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::Object for ItemReference {
    const TYPE_NAME: &'static str = "microsoft.graph.itemReference";
    const KEYS: &'static [&'static str] = &[
        "driveId",
        "driveType",
        "id",
        "name",
        "path",
        "shareId",
        "sharepointIds",
        "siteId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"driveId\":                      ",
        ",\"driveType\":                    ",
        ",\"id\":                           ",
        ",\"name\":                         ",
        ",\"path\":                         ",
        ",\"shareId\":                      ",
        ",\"sharepointIds\":                ",
        ",\"siteId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.itemReference\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "drive_id", &self.drive_id);
        v.field(1usize, "drive_type", &self.drive_type);
        v.field(2usize, "id", &self.id);
        v.field(3usize, "name", &self.name);
        v.field(4usize, "path", &self.path);
        v.field(5usize, "share_id", &self.share_id);
        v.field(6usize, "sharepoint_ids", &self.sharepoint_ids);
        v.field(7usize, "site_id", &self.site_id);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::object::Members for ItemReference {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.drive_id.read_from(r),
            1usize => self.drive_type.read_from(r),
            2usize => self.id.read_from(r),
            3usize => self.name.read_from(r),
            4usize => self.path.read_from(r),
            5usize => self.share_id.read_from(r),
            6usize => self.sharepoint_ids.read_from(r),
            7usize => self.site_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.drive_id);
        w.field(1usize, &self.drive_type);
        w.field(2usize, &self.id);
        w.field(3usize, &self.name);
        w.field(4usize, &self.path);
        w.field(5usize, &self.share_id);
        w.field(6usize, &self.sharepoint_ids);
        w.field(7usize, &self.site_id);
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
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
rt::impl_object!(ItemReference);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
rt::impl_setters!(
    ItemReference { with_drive_id drive_id : ::std::string::String; with_drive_type
    drive_type : ::std::string::String; with_id id : ::std::string::String; with_name
    name : ::std::string::String; with_path path : ::std::string::String; with_share_id
    share_id : ::std::string::String; with_sharepoint_ids sharepoint_ids : crate
    ::v1::SharepointIds; with_site_id site_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(ItemReference);
#[cfg(msgraph_v1_core_or_audit_logs_or_sites)]
/// CSDL: `microsoft.graph.keyValue`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-audit-logs`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct KeyValue {
    /// CSDL: property `key`: `Edm.String`, nullable.
    pub key: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_audit_logs_or_sites)]
impl ::std::default::Default for KeyValue {
    #[inline]
    fn default() -> Self {
        Self {
            key: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_audit_logs_or_sites)]
impl rt::Object for KeyValue {
    const TYPE_NAME: &'static str = "microsoft.graph.keyValue";
    const KEYS: &'static [&'static str] = &["key", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"key\":                          ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.keyValue\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "key", &self.key);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_core_or_audit_logs_or_sites)]
impl rt::object::Members for KeyValue {
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
#[cfg(msgraph_v1_core_or_audit_logs_or_sites)]
rt::impl_object!(KeyValue);
#[cfg(msgraph_v1_core_or_audit_logs_or_sites)]
rt::impl_setters!(
    KeyValue { with_key key : ::std::string::String; with_value value :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_audit_logs_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(KeyValue);
#[cfg(msgraph_v1_core_or_device_app_management_or_privacy_or_reports_and_2_more)]
/// CSDL: `microsoft.graph.keyValuePair`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct KeyValuePair {
    /// CSDL: property `name`: `Edm.String`, not nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management_or_privacy_or_reports_and_2_more)]
impl ::std::default::Default for KeyValuePair {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management_or_privacy_or_reports_and_2_more)]
impl rt::Object for KeyValuePair {
    const TYPE_NAME: &'static str = "microsoft.graph.keyValuePair";
    const KEYS: &'static [&'static str] = &["name", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.keyValuePair\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_core_or_device_app_management_or_privacy_or_reports_and_2_more)]
impl rt::object::Members for KeyValuePair {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
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
#[cfg(msgraph_v1_core_or_device_app_management_or_privacy_or_reports_and_2_more)]
rt::impl_object!(KeyValuePair);
#[cfg(msgraph_v1_core_or_device_app_management_or_privacy_or_reports_and_2_more)]
rt::impl_setters!(
    KeyValuePair { with_name name : ::std::string::String; with_value value :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_device_app_management_or_privacy_or_reports_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(KeyValuePair);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.labelActionSource`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum LabelActionSource {
    /// `manual` (value 0).
    Manual,
    /// `automatic` (value 1).
    Automatic,
    /// `recommended` (value 2).
    Recommended,
    /// `none` (value 3).
    None,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::StrEnum for LabelActionSource {
    const TYPE_NAME: &'static str = "microsoft.graph.labelActionSource";
    const MEMBERS: &'static [&'static str] = &[
        "manual",
        "automatic",
        "recommended",
        "none",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "manual" => Self::Manual,
                "automatic" => Self::Automatic,
                "recommended" => Self::Recommended,
                "none" => Self::None,
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
            Self::Manual => "manual",
            Self::Automatic => "automatic",
            Self::Recommended => "recommended",
            Self::None => "none",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
rt::impl_enum!(LabelActionSource);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(LabelActionSource);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.layoutTemplateType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum LayoutTemplateType {
    /// `default` (value 0).
    Default,
    /// `verticalSplit` (value 1).
    VerticalSplit,
    /// `unknownFutureValue` (value 10).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for LayoutTemplateType {
    const TYPE_NAME: &'static str = "microsoft.graph.layoutTemplateType";
    const MEMBERS: &'static [&'static str] = &[
        "default",
        "verticalSplit",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "default" => Self::Default,
                "verticalSplit" => Self::VerticalSplit,
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
            Self::Default => "default",
            Self::VerticalSplit => "verticalSplit",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(LayoutTemplateType);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(LayoutTemplateType);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.localeInfo`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct LocaleInfo {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `locale`: `Edm.String`, nullable.
    pub locale: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for LocaleInfo {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            locale: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for LocaleInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.localeInfo";
    const KEYS: &'static [&'static str] = &["displayName", "locale"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"locale\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.localeInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "locale", &self.locale);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for LocaleInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.locale.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.locale);
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
rt::impl_object!(LocaleInfo);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    LocaleInfo { with_display_name display_name : ::std::string::String; with_locale
    locale : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(LocaleInfo);
#[cfg(msgraph_v1_core_or_solutions)]
/// CSDL: `microsoft.graph.location`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Location {
    /// CSDL: property `address`: `microsoft.graph.physicalAddress`, nullable.
    pub address: rt::Field<crate::v1::PhysicalAddress>,
    /// CSDL: property `coordinates`: `microsoft.graph.outlookGeoCoordinates`, nullable.
    pub coordinates: rt::Field<crate::v1::OutlookGeoCoordinates>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `locationEmailAddress`: `Edm.String`, nullable.
    pub location_email_address: rt::Field<::std::string::String>,
    /// CSDL: property `locationType`: `microsoft.graph.locationType`, nullable.
    pub location_type: rt::Field<crate::v1::LocationType>,
    /// CSDL: property `locationUri`: `Edm.String`, nullable.
    pub location_uri: rt::Field<::std::string::String>,
    /// CSDL: property `uniqueId`: `Edm.String`, nullable.
    pub unique_id: rt::Field<::std::string::String>,
    /// CSDL: property `uniqueIdType`: `microsoft.graph.locationUniqueIdType`, nullable.
    pub unique_id_type: rt::Field<crate::v1::LocationUniqueIdType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_solutions)]
impl ::std::default::Default for Location {
    #[inline]
    fn default() -> Self {
        Self {
            address: rt::Field::Absent,
            coordinates: rt::Field::Absent,
            display_name: rt::Field::Absent,
            location_email_address: rt::Field::Absent,
            location_type: rt::Field::Absent,
            location_uri: rt::Field::Absent,
            unique_id: rt::Field::Absent,
            unique_id_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_solutions)]
impl rt::Object for Location {
    const TYPE_NAME: &'static str = "microsoft.graph.location";
    const KEYS: &'static [&'static str] = &[
        "address",
        "coordinates",
        "displayName",
        "locationEmailAddress",
        "locationType",
        "locationUri",
        "uniqueId",
        "uniqueIdType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"address\":                      ",
        ",\"coordinates\":                  ",
        ",\"displayName\":                  ",
        ",\"locationEmailAddress\":         ",
        ",\"locationType\":                 ",
        ",\"locationUri\":                  ",
        ",\"uniqueId\":                     ",
        ",\"uniqueIdType\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.location\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "address", &self.address);
        v.field(1usize, "coordinates", &self.coordinates);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "location_email_address", &self.location_email_address);
        v.field(4usize, "location_type", &self.location_type);
        v.field(5usize, "location_uri", &self.location_uri);
        v.field(6usize, "unique_id", &self.unique_id);
        v.field(7usize, "unique_id_type", &self.unique_id_type);
    }
}
#[cfg(msgraph_v1_core_or_solutions)]
impl rt::object::Members for Location {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.address.read_from(r),
            1usize => self.coordinates.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.location_email_address.read_from(r),
            4usize => self.location_type.read_from(r),
            5usize => self.location_uri.read_from(r),
            6usize => self.unique_id.read_from(r),
            7usize => self.unique_id_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.address);
        w.field(1usize, &self.coordinates);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.location_email_address);
        w.field(4usize, &self.location_type);
        w.field(5usize, &self.location_uri);
        w.field(6usize, &self.unique_id);
        w.field(7usize, &self.unique_id_type);
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
#[cfg(msgraph_v1_core_or_solutions)]
rt::impl_object!(Location);
#[cfg(msgraph_v1_core_or_solutions)]
rt::impl_setters!(
    Location { with_address address : crate ::v1::PhysicalAddress; with_coordinates
    coordinates : crate ::v1::OutlookGeoCoordinates; with_display_name display_name :
    ::std::string::String; with_location_email_address location_email_address :
    ::std::string::String; with_location_type location_type : crate ::v1::LocationType;
    with_location_uri location_uri : ::std::string::String; with_unique_id unique_id :
    ::std::string::String; with_unique_id_type unique_id_type : crate
    ::v1::LocationUniqueIdType; }
);
#[cfg(msgraph_v1_core_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(Location);
#[cfg(msgraph_v1_core_or_solutions)]
/// `microsoft.graph.location` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyLocation {
    Location(::std::boxed::Box<crate::v1::Location>),
    LocationConstraintItem(::std::boxed::Box<crate::v1::LocationConstraintItem>),
}
#[cfg(msgraph_v1_core_or_solutions)]
impl ::std::default::Default for AnyLocation {
    #[inline]
    fn default() -> Self {
        Self::Location(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Location> for AnyLocation {
    #[inline]
    fn from(v: crate::v1::Location) -> Self {
        Self::Location(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::LocationConstraintItem> for AnyLocation {
    #[inline]
    fn from(v: crate::v1::LocationConstraintItem) -> Self {
        Self::LocationConstraintItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_solutions)]
unsafe impl ::std::marker::Send for AnyLocation {}
#[cfg(msgraph_v1_core_or_solutions)]
unsafe impl ::std::marker::Sync for AnyLocation {}
#[cfg(msgraph_v1_core_or_solutions)]
impl ::std::marker::Unpin for AnyLocation {}
#[cfg(msgraph_v1_core_or_solutions)]
impl ::std::panic::UnwindSafe for AnyLocation {}
#[cfg(msgraph_v1_core_or_solutions)]
impl ::std::panic::RefUnwindSafe for AnyLocation {}
#[cfg(msgraph_v1_core_or_solutions)]
const _: () = {
    rt::object::auto_traits::<crate::v1::Location>();
    rt::object::auto_traits::<crate::v1::LocationConstraintItem>();
};
#[cfg(msgraph_v1_core_or_solutions)]
impl rt::Poly for AnyLocation {
    const BASE_NAME: &'static str = "microsoft.graph.location";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.locationConstraintItem") => {
                Self::LocationConstraintItem(rt::object::new_boxed())
            }
            _ => Self::Location(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::Location(v) => &**v,
            Self::LocationConstraintItem(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::Location(v) => &mut **v,
            Self::LocationConstraintItem(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_solutions)]
impl AnyLocation {
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
    /// `address` of any variant.
    #[inline]
    pub fn address(&self) -> &rt::Field<crate::v1::PhysicalAddress> {
        match self {
            Self::Location(v) => &v.address,
            Self::LocationConstraintItem(v) => &v.address,
        }
    }
    /// `address` of any variant.
    #[inline]
    pub fn address_mut(&mut self) -> &mut rt::Field<crate::v1::PhysicalAddress> {
        match self {
            Self::Location(v) => &mut v.address,
            Self::LocationConstraintItem(v) => &mut v.address,
        }
    }
    /// `coordinates` of any variant.
    #[inline]
    pub fn coordinates(&self) -> &rt::Field<crate::v1::OutlookGeoCoordinates> {
        match self {
            Self::Location(v) => &v.coordinates,
            Self::LocationConstraintItem(v) => &v.coordinates,
        }
    }
    /// `coordinates` of any variant.
    #[inline]
    pub fn coordinates_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::OutlookGeoCoordinates> {
        match self {
            Self::Location(v) => &mut v.coordinates,
            Self::LocationConstraintItem(v) => &mut v.coordinates,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Location(v) => &v.display_name,
            Self::LocationConstraintItem(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Location(v) => &mut v.display_name,
            Self::LocationConstraintItem(v) => &mut v.display_name,
        }
    }
    /// `locationEmailAddress` of any variant.
    #[inline]
    pub fn location_email_address(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Location(v) => &v.location_email_address,
            Self::LocationConstraintItem(v) => &v.location_email_address,
        }
    }
    /// `locationEmailAddress` of any variant.
    #[inline]
    pub fn location_email_address_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Location(v) => &mut v.location_email_address,
            Self::LocationConstraintItem(v) => &mut v.location_email_address,
        }
    }
    /// `locationType` of any variant.
    #[inline]
    pub fn location_type(&self) -> &rt::Field<crate::v1::LocationType> {
        match self {
            Self::Location(v) => &v.location_type,
            Self::LocationConstraintItem(v) => &v.location_type,
        }
    }
    /// `locationType` of any variant.
    #[inline]
    pub fn location_type_mut(&mut self) -> &mut rt::Field<crate::v1::LocationType> {
        match self {
            Self::Location(v) => &mut v.location_type,
            Self::LocationConstraintItem(v) => &mut v.location_type,
        }
    }
    /// `locationUri` of any variant.
    #[inline]
    pub fn location_uri(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Location(v) => &v.location_uri,
            Self::LocationConstraintItem(v) => &v.location_uri,
        }
    }
    /// `locationUri` of any variant.
    #[inline]
    pub fn location_uri_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Location(v) => &mut v.location_uri,
            Self::LocationConstraintItem(v) => &mut v.location_uri,
        }
    }
    /// `uniqueId` of any variant.
    #[inline]
    pub fn unique_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Location(v) => &v.unique_id,
            Self::LocationConstraintItem(v) => &v.unique_id,
        }
    }
    /// `uniqueId` of any variant.
    #[inline]
    pub fn unique_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Location(v) => &mut v.unique_id,
            Self::LocationConstraintItem(v) => &mut v.unique_id,
        }
    }
    /// `uniqueIdType` of any variant.
    #[inline]
    pub fn unique_id_type(&self) -> &rt::Field<crate::v1::LocationUniqueIdType> {
        match self {
            Self::Location(v) => &v.unique_id_type,
            Self::LocationConstraintItem(v) => &v.unique_id_type,
        }
    }
    /// `uniqueIdType` of any variant.
    #[inline]
    pub fn unique_id_type_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::LocationUniqueIdType> {
        match self {
            Self::Location(v) => &mut v.unique_id_type,
            Self::LocationConstraintItem(v) => &mut v.unique_id_type,
        }
    }
}
#[cfg(msgraph_v1_core_or_solutions)]
rt::impl_poly!(AnyLocation);
#[cfg(msgraph_v1_core_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyLocation);
#[cfg(msgraph_v1_core_or_solutions)]
/// CSDL: `microsoft.graph.locationConstraintItem`, complex type, derived from `microsoft.graph.location`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct LocationConstraintItem {
    /// CSDL: property `address`: `microsoft.graph.physicalAddress`, nullable.
    pub address: rt::Field<crate::v1::PhysicalAddress>,
    /// CSDL: property `coordinates`: `microsoft.graph.outlookGeoCoordinates`, nullable.
    pub coordinates: rt::Field<crate::v1::OutlookGeoCoordinates>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `locationEmailAddress`: `Edm.String`, nullable.
    pub location_email_address: rt::Field<::std::string::String>,
    /// CSDL: property `locationType`: `microsoft.graph.locationType`, nullable.
    pub location_type: rt::Field<crate::v1::LocationType>,
    /// CSDL: property `locationUri`: `Edm.String`, nullable.
    pub location_uri: rt::Field<::std::string::String>,
    /// CSDL: property `uniqueId`: `Edm.String`, nullable.
    pub unique_id: rt::Field<::std::string::String>,
    /// CSDL: property `uniqueIdType`: `microsoft.graph.locationUniqueIdType`, nullable.
    pub unique_id_type: rt::Field<crate::v1::LocationUniqueIdType>,
    /// CSDL: property `resolveAvailability`: `Edm.Boolean`, nullable.
    pub resolve_availability: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_solutions)]
impl ::std::default::Default for LocationConstraintItem {
    #[inline]
    fn default() -> Self {
        Self {
            address: rt::Field::Absent,
            coordinates: rt::Field::Absent,
            display_name: rt::Field::Absent,
            location_email_address: rt::Field::Absent,
            location_type: rt::Field::Absent,
            location_uri: rt::Field::Absent,
            unique_id: rt::Field::Absent,
            unique_id_type: rt::Field::Absent,
            resolve_availability: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_solutions)]
impl rt::Object for LocationConstraintItem {
    const TYPE_NAME: &'static str = "microsoft.graph.locationConstraintItem";
    const KEYS: &'static [&'static str] = &[
        "address",
        "coordinates",
        "displayName",
        "locationEmailAddress",
        "locationType",
        "locationUri",
        "uniqueId",
        "uniqueIdType",
        "resolveAvailability",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"address\":                      ",
        ",\"coordinates\":                  ",
        ",\"displayName\":                  ",
        ",\"locationEmailAddress\":         ",
        ",\"locationType\":                 ",
        ",\"locationUri\":                  ",
        ",\"uniqueId\":                     ",
        ",\"uniqueIdType\":                 ",
        ",\"resolveAvailability\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.locationConstraintItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "address", &self.address);
        v.field(1usize, "coordinates", &self.coordinates);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "location_email_address", &self.location_email_address);
        v.field(4usize, "location_type", &self.location_type);
        v.field(5usize, "location_uri", &self.location_uri);
        v.field(6usize, "unique_id", &self.unique_id);
        v.field(7usize, "unique_id_type", &self.unique_id_type);
        v.field(8usize, "resolve_availability", &self.resolve_availability);
    }
}
#[cfg(msgraph_v1_core_or_solutions)]
impl rt::object::Members for LocationConstraintItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.address.read_from(r),
            1usize => self.coordinates.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.location_email_address.read_from(r),
            4usize => self.location_type.read_from(r),
            5usize => self.location_uri.read_from(r),
            6usize => self.unique_id.read_from(r),
            7usize => self.unique_id_type.read_from(r),
            8usize => self.resolve_availability.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.address);
        w.field(1usize, &self.coordinates);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.location_email_address);
        w.field(4usize, &self.location_type);
        w.field(5usize, &self.location_uri);
        w.field(6usize, &self.unique_id);
        w.field(7usize, &self.unique_id_type);
        w.field(8usize, &self.resolve_availability);
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
#[cfg(msgraph_v1_core_or_solutions)]
rt::impl_object!(LocationConstraintItem);
#[cfg(msgraph_v1_core_or_solutions)]
rt::impl_setters!(
    LocationConstraintItem { with_address address : crate ::v1::PhysicalAddress;
    with_coordinates coordinates : crate ::v1::OutlookGeoCoordinates; with_display_name
    display_name : ::std::string::String; with_location_email_address
    location_email_address : ::std::string::String; with_location_type location_type :
    crate ::v1::LocationType; with_location_uri location_uri : ::std::string::String;
    with_unique_id unique_id : ::std::string::String; with_unique_id_type unique_id_type
    : crate ::v1::LocationUniqueIdType; with_resolve_availability resolve_availability :
    bool; }
);
#[cfg(msgraph_v1_core_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(LocationConstraintItem);
#[cfg(msgraph_v1_core_or_solutions)]
/// CSDL: `microsoft.graph.locationType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum LocationType {
    /// `default` (value 0).
    Default,
    /// `conferenceRoom` (value 1).
    ConferenceRoom,
    /// `homeAddress` (value 2).
    HomeAddress,
    /// `businessAddress` (value 3).
    BusinessAddress,
    /// `geoCoordinates` (value 4).
    GeoCoordinates,
    /// `streetAddress` (value 5).
    StreetAddress,
    /// `hotel` (value 6).
    Hotel,
    /// `restaurant` (value 7).
    Restaurant,
    /// `localBusiness` (value 8).
    LocalBusiness,
    /// `postalAddress` (value 9).
    PostalAddress,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_solutions)]
impl rt::StrEnum for LocationType {
    const TYPE_NAME: &'static str = "microsoft.graph.locationType";
    const MEMBERS: &'static [&'static str] = &[
        "default",
        "conferenceRoom",
        "homeAddress",
        "businessAddress",
        "geoCoordinates",
        "streetAddress",
        "hotel",
        "restaurant",
        "localBusiness",
        "postalAddress",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "default" => Self::Default,
                "conferenceRoom" => Self::ConferenceRoom,
                "homeAddress" => Self::HomeAddress,
                "businessAddress" => Self::BusinessAddress,
                "geoCoordinates" => Self::GeoCoordinates,
                "streetAddress" => Self::StreetAddress,
                "hotel" => Self::Hotel,
                "restaurant" => Self::Restaurant,
                "localBusiness" => Self::LocalBusiness,
                "postalAddress" => Self::PostalAddress,
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
            Self::Default => "default",
            Self::ConferenceRoom => "conferenceRoom",
            Self::HomeAddress => "homeAddress",
            Self::BusinessAddress => "businessAddress",
            Self::GeoCoordinates => "geoCoordinates",
            Self::StreetAddress => "streetAddress",
            Self::Hotel => "hotel",
            Self::Restaurant => "restaurant",
            Self::LocalBusiness => "localBusiness",
            Self::PostalAddress => "postalAddress",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_solutions)]
rt::impl_enum!(LocationType);
#[cfg(msgraph_v1_core_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(LocationType);
#[cfg(msgraph_v1_core_or_solutions)]
/// CSDL: `microsoft.graph.locationUniqueIdType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum LocationUniqueIdType {
    /// `unknown` (value 0).
    Unknown,
    /// `locationStore` (value 1).
    LocationStore,
    /// `directory` (value 2).
    Directory,
    /// `private` (value 3).
    Private,
    /// `bing` (value 4).
    Bing,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_solutions)]
impl rt::StrEnum for LocationUniqueIdType {
    const TYPE_NAME: &'static str = "microsoft.graph.locationUniqueIdType";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "locationStore",
        "directory",
        "private",
        "bing",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "locationStore" => Self::LocationStore,
                "directory" => Self::Directory,
                "private" => Self::Private,
                "bing" => Self::Bing,
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
            Self::LocationStore => "locationStore",
            Self::Directory => "directory",
            Self::Private => "private",
            Self::Bing => "bing",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_solutions)]
rt::impl_enum!(LocationUniqueIdType);
#[cfg(msgraph_v1_core_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(LocationUniqueIdType);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// CSDL: `microsoft.graph.logicAppTriggerEndpointConfiguration`, complex type, derived from `microsoft.graph.customExtensionEndpointConfiguration`.
///
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct LogicAppTriggerEndpointConfiguration {
    /// CSDL: property `logicAppWorkflowName`: `Edm.String`, nullable.
    pub logic_app_workflow_name: rt::Field<::std::string::String>,
    /// CSDL: property `resourceGroupName`: `Edm.String`, nullable.
    pub resource_group_name: rt::Field<::std::string::String>,
    /// CSDL: property `subscriptionId`: `Edm.String`, nullable.
    pub subscription_id: rt::Field<::std::string::String>,
    /// CSDL: property `url`: `Edm.String`, nullable.
    pub url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl ::std::default::Default for LogicAppTriggerEndpointConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            logic_app_workflow_name: rt::Field::Absent,
            resource_group_name: rt::Field::Absent,
            subscription_id: rt::Field::Absent,
            url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::Object for LogicAppTriggerEndpointConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.logicAppTriggerEndpointConfiguration";
    const KEYS: &'static [&'static str] = &[
        "logicAppWorkflowName",
        "resourceGroupName",
        "subscriptionId",
        "url",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"logicAppWorkflowName\":         ",
        ",\"resourceGroupName\":            ",
        ",\"subscriptionId\":               ",
        ",\"url\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.logicAppTriggerEndpointConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "logic_app_workflow_name", &self.logic_app_workflow_name);
        v.field(1usize, "resource_group_name", &self.resource_group_name);
        v.field(2usize, "subscription_id", &self.subscription_id);
        v.field(3usize, "url", &self.url);
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::object::Members for LogicAppTriggerEndpointConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.logic_app_workflow_name.read_from(r),
            1usize => self.resource_group_name.read_from(r),
            2usize => self.subscription_id.read_from(r),
            3usize => self.url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.logic_app_workflow_name);
        w.field(1usize, &self.resource_group_name);
        w.field(2usize, &self.subscription_id);
        w.field(3usize, &self.url);
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
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
rt::impl_object!(LogicAppTriggerEndpointConfiguration);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
rt::impl_setters!(
    LogicAppTriggerEndpointConfiguration { with_logic_app_workflow_name
    logic_app_workflow_name : ::std::string::String; with_resource_group_name
    resource_group_name : ::std::string::String; with_subscription_id subscription_id :
    ::std::string::String; with_url url : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(LogicAppTriggerEndpointConfiguration);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.loginPageLayoutConfiguration`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct LoginPageLayoutConfiguration {
    /// CSDL: property `isFooterShown`: `Edm.Boolean`, nullable.
    pub is_footer_shown: rt::Field<bool>,
    /// CSDL: property `isHeaderShown`: `Edm.Boolean`, nullable.
    pub is_header_shown: rt::Field<bool>,
    /// CSDL: property `layoutTemplateType`: `microsoft.graph.layoutTemplateType`, nullable.
    pub layout_template_type: rt::Field<crate::v1::LayoutTemplateType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for LoginPageLayoutConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            is_footer_shown: rt::Field::Absent,
            is_header_shown: rt::Field::Absent,
            layout_template_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for LoginPageLayoutConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.loginPageLayoutConfiguration";
    const KEYS: &'static [&'static str] = &[
        "isFooterShown",
        "isHeaderShown",
        "layoutTemplateType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isFooterShown\":                ",
        ",\"isHeaderShown\":                ",
        ",\"layoutTemplateType\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.loginPageLayoutConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_footer_shown", &self.is_footer_shown);
        v.field(1usize, "is_header_shown", &self.is_header_shown);
        v.field(2usize, "layout_template_type", &self.layout_template_type);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for LoginPageLayoutConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_footer_shown.read_from(r),
            1usize => self.is_header_shown.read_from(r),
            2usize => self.layout_template_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_footer_shown);
        w.field(1usize, &self.is_header_shown);
        w.field(2usize, &self.layout_template_type);
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
rt::impl_object!(LoginPageLayoutConfiguration);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    LoginPageLayoutConfiguration { with_is_footer_shown is_footer_shown : bool;
    with_is_header_shown is_header_shown : bool; with_layout_template_type
    layout_template_type : crate ::v1::LayoutTemplateType; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(LoginPageLayoutConfiguration);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.loginPageTextVisibilitySettings`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct LoginPageTextVisibilitySettings {
    /// CSDL: property `hideAccountResetCredentials`: `Edm.Boolean`, nullable.
    pub hide_account_reset_credentials: rt::Field<bool>,
    /// CSDL: property `hideCannotAccessYourAccount`: `Edm.Boolean`, nullable.
    pub hide_cannot_access_your_account: rt::Field<bool>,
    /// CSDL: property `hideForgotMyPassword`: `Edm.Boolean`, nullable.
    pub hide_forgot_my_password: rt::Field<bool>,
    /// CSDL: property `hidePrivacyAndCookies`: `Edm.Boolean`, nullable.
    pub hide_privacy_and_cookies: rt::Field<bool>,
    /// CSDL: property `hideResetItNow`: `Edm.Boolean`, nullable.
    pub hide_reset_it_now: rt::Field<bool>,
    /// CSDL: property `hideTermsOfUse`: `Edm.Boolean`, nullable.
    pub hide_terms_of_use: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for LoginPageTextVisibilitySettings {
    #[inline]
    fn default() -> Self {
        Self {
            hide_account_reset_credentials: rt::Field::Absent,
            hide_cannot_access_your_account: rt::Field::Absent,
            hide_forgot_my_password: rt::Field::Absent,
            hide_privacy_and_cookies: rt::Field::Absent,
            hide_reset_it_now: rt::Field::Absent,
            hide_terms_of_use: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for LoginPageTextVisibilitySettings {
    const TYPE_NAME: &'static str = "microsoft.graph.loginPageTextVisibilitySettings";
    const KEYS: &'static [&'static str] = &[
        "hideAccountResetCredentials",
        "hideCannotAccessYourAccount",
        "hideForgotMyPassword",
        "hidePrivacyAndCookies",
        "hideResetItNow",
        "hideTermsOfUse",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"hideAccountResetCredentials\":  ",
        ",\"hideCannotAccessYourAccount\":  ",
        ",\"hideForgotMyPassword\":         ",
        ",\"hidePrivacyAndCookies\":        ",
        ",\"hideResetItNow\":               ",
        ",\"hideTermsOfUse\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.loginPageTextVisibilitySettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "hide_account_reset_credentials",
            &self.hide_account_reset_credentials,
        );
        v.field(
            1usize,
            "hide_cannot_access_your_account",
            &self.hide_cannot_access_your_account,
        );
        v.field(2usize, "hide_forgot_my_password", &self.hide_forgot_my_password);
        v.field(3usize, "hide_privacy_and_cookies", &self.hide_privacy_and_cookies);
        v.field(4usize, "hide_reset_it_now", &self.hide_reset_it_now);
        v.field(5usize, "hide_terms_of_use", &self.hide_terms_of_use);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for LoginPageTextVisibilitySettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.hide_account_reset_credentials.read_from(r),
            1usize => self.hide_cannot_access_your_account.read_from(r),
            2usize => self.hide_forgot_my_password.read_from(r),
            3usize => self.hide_privacy_and_cookies.read_from(r),
            4usize => self.hide_reset_it_now.read_from(r),
            5usize => self.hide_terms_of_use.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.hide_account_reset_credentials);
        w.field(1usize, &self.hide_cannot_access_your_account);
        w.field(2usize, &self.hide_forgot_my_password);
        w.field(3usize, &self.hide_privacy_and_cookies);
        w.field(4usize, &self.hide_reset_it_now);
        w.field(5usize, &self.hide_terms_of_use);
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
rt::impl_object!(LoginPageTextVisibilitySettings);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    LoginPageTextVisibilitySettings { with_hide_account_reset_credentials
    hide_account_reset_credentials : bool; with_hide_cannot_access_your_account
    hide_cannot_access_your_account : bool; with_hide_forgot_my_password
    hide_forgot_my_password : bool; with_hide_privacy_and_cookies
    hide_privacy_and_cookies : bool; with_hide_reset_it_now hide_reset_it_now : bool;
    with_hide_terms_of_use hide_terms_of_use : bool; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(LoginPageTextVisibilitySettings);
#[cfg(msgraph_v1_core_or_drives_or_employee_experience_or_reports_and_3_more)]
/// CSDL: `microsoft.graph.longRunningOperationStatus`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-employee-experience` and 16 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum LongRunningOperationStatus {
    /// `notStarted` (value 0).
    NotStarted,
    /// `running` (value 1).
    Running,
    /// `succeeded` (value 2).
    Succeeded,
    /// `failed` (value 3).
    Failed,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_drives_or_employee_experience_or_reports_and_3_more)]
impl rt::StrEnum for LongRunningOperationStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.longRunningOperationStatus";
    const MEMBERS: &'static [&'static str] = &[
        "notStarted",
        "running",
        "succeeded",
        "failed",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notStarted" => Self::NotStarted,
                "running" => Self::Running,
                "succeeded" => Self::Succeeded,
                "failed" => Self::Failed,
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
            Self::NotStarted => "notStarted",
            Self::Running => "running",
            Self::Succeeded => "succeeded",
            Self::Failed => "failed",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_employee_experience_or_reports_and_3_more)]
rt::impl_enum!(LongRunningOperationStatus);
#[cfg(msgraph_v1_core_or_drives_or_employee_experience_or_reports_and_3_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(LongRunningOperationStatus);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.mailboxProtectionUnit`, entity type, derived from `microsoft.graph.protectionUnitBase`, key `id`.
///
/// Request builders: [`ProtectionUnitBasePath`](requests/trait.ProtectionUnitBasePath.html), what a path to one (`EntityPath<MailboxProtectionUnit, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct MailboxProtectionUnit {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `error`: `microsoft.graph.publicError`, nullable.
    pub error: rt::Field<crate::v1::PublicError>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `offboardRequestedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub offboard_requested_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `policyId`: `Edm.String`, nullable.
    pub policy_id: rt::Field<::std::string::String>,
    /// CSDL: property `protectionSources`: `microsoft.graph.protectionSource`, not nullable.
    pub protection_sources: rt::Field<rt::Flags<crate::v1::ProtectionSource>>,
    /// CSDL: property `status`: `microsoft.graph.protectionUnitStatus`, nullable.
    pub status: rt::Field<crate::v1::ProtectionUnitStatus>,
    /// CSDL: property `directoryObjectId`: `Edm.String`, nullable.
    pub directory_object_id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `email`: `Edm.String`, nullable.
    pub email: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for MailboxProtectionUnit {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            error: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            offboard_requested_date_time: rt::Field::Absent,
            policy_id: rt::Field::Absent,
            protection_sources: rt::Field::Absent,
            status: rt::Field::Absent,
            directory_object_id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            email: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for MailboxProtectionUnit {
    const TYPE_NAME: &'static str = "microsoft.graph.mailboxProtectionUnit";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "error",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "offboardRequestedDateTime",
        "policyId",
        "protectionSources",
        "status",
        "directoryObjectId",
        "displayName",
        "email",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"error\":                        ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"offboardRequestedDateTime\":    ",
        ",\"policyId\":                     ",
        ",\"protectionSources\":            ",
        ",\"status\":                       ",
        ",\"directoryObjectId\":            ",
        ",\"displayName\":                  ",
        ",\"email\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mailboxProtectionUnit\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "error", &self.error);
        v.field(4usize, "last_modified_by", &self.last_modified_by);
        v.field(5usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(
            6usize,
            "offboard_requested_date_time",
            &self.offboard_requested_date_time,
        );
        v.field(7usize, "policy_id", &self.policy_id);
        v.field(8usize, "protection_sources", &self.protection_sources);
        v.field(9usize, "status", &self.status);
        v.field(10usize, "directory_object_id", &self.directory_object_id);
        v.field(11usize, "display_name", &self.display_name);
        v.field(12usize, "email", &self.email);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for MailboxProtectionUnit {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.error.read_from(r),
            4usize => self.last_modified_by.read_from(r),
            5usize => self.last_modified_date_time.read_from(r),
            6usize => self.offboard_requested_date_time.read_from(r),
            7usize => self.policy_id.read_from(r),
            8usize => self.protection_sources.read_from(r),
            9usize => self.status.read_from(r),
            10usize => self.directory_object_id.read_from(r),
            11usize => self.display_name.read_from(r),
            12usize => self.email.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.error);
        w.field(4usize, &self.last_modified_by);
        w.field(5usize, &self.last_modified_date_time);
        w.field(6usize, &self.offboard_requested_date_time);
        w.field(7usize, &self.policy_id);
        w.field(8usize, &self.protection_sources);
        w.field(9usize, &self.status);
        w.field(10usize, &self.directory_object_id);
        w.field(11usize, &self.display_name);
        w.field(12usize, &self.email);
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
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(MailboxProtectionUnit);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    MailboxProtectionUnit { with_id id : ::std::string::String; with_created_by
    created_by : crate ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_error error : crate ::v1::PublicError;
    with_last_modified_by last_modified_by : crate ::v1::AnyIdentitySet;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_offboard_requested_date_time offboard_requested_date_time :
    rt::edm::DateTimeOffset; with_policy_id policy_id : ::std::string::String;
    with_protection_sources protection_sources : rt::Flags < crate ::v1::ProtectionSource
    >; with_status status : crate ::v1::ProtectionUnitStatus; with_directory_object_id
    directory_object_id : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_email email : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(MailboxProtectionUnit);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.mailboxRestoreArtifact`, entity type, derived from `microsoft.graph.restoreArtifactBase`, key `id`.
///
/// Request builders: [`RestoreArtifactBasePath`](requests/trait.RestoreArtifactBasePath.html), what a path to one (`EntityPath<AnyMailboxRestoreArtifact, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct MailboxRestoreArtifact {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `completionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completion_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `destinationType`: `microsoft.graph.destinationType`, nullable.
    pub destination_type: rt::Field<crate::v1::DestinationType>,
    /// CSDL: property `error`: `microsoft.graph.publicError`, nullable.
    pub error: rt::Field<crate::v1::PublicError>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `microsoft.graph.artifactRestoreStatus`, nullable.
    pub status: rt::Field<crate::v1::ArtifactRestoreStatus>,
    /// CSDL: navigation property `restorePoint`: `microsoft.graph.restorePoint`, nullable.
    pub restore_point: rt::Field<crate::v1::RestorePoint>,
    /// CSDL: property `restoredFolderId`: `Edm.String`, nullable.
    pub restored_folder_id: rt::Field<::std::string::String>,
    /// CSDL: property `restoredFolderName`: `Edm.String`, nullable.
    pub restored_folder_name: rt::Field<::std::string::String>,
    /// CSDL: property `restoredItemCount`: `Edm.Int32`, nullable.
    pub restored_item_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for MailboxRestoreArtifact {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            completion_date_time: rt::Field::Absent,
            destination_type: rt::Field::Absent,
            error: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            restore_point: rt::Field::Absent,
            restored_folder_id: rt::Field::Absent,
            restored_folder_name: rt::Field::Absent,
            restored_item_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for MailboxRestoreArtifact {
    const TYPE_NAME: &'static str = "microsoft.graph.mailboxRestoreArtifact";
    const KEYS: &'static [&'static str] = &[
        "id",
        "completionDateTime",
        "destinationType",
        "error",
        "startDateTime",
        "status",
        "restorePoint",
        "restoredFolderId",
        "restoredFolderName",
        "restoredItemCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"completionDateTime\":           ",
        ",\"destinationType\":              ",
        ",\"error\":                        ",
        ",\"startDateTime\":                ",
        ",\"status\":                       ",
        ",\"restorePoint\":                 ",
        ",\"restoredFolderId\":             ",
        ",\"restoredFolderName\":           ",
        ",\"restoredItemCount\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mailboxRestoreArtifact\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "completion_date_time", &self.completion_date_time);
        v.field(2usize, "destination_type", &self.destination_type);
        v.field(3usize, "error", &self.error);
        v.field(4usize, "start_date_time", &self.start_date_time);
        v.field(5usize, "status", &self.status);
        v.field(6usize, "restore_point", &self.restore_point);
        v.field(7usize, "restored_folder_id", &self.restored_folder_id);
        v.field(8usize, "restored_folder_name", &self.restored_folder_name);
        v.field(9usize, "restored_item_count", &self.restored_item_count);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for MailboxRestoreArtifact {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.completion_date_time.read_from(r),
            2usize => self.destination_type.read_from(r),
            3usize => self.error.read_from(r),
            4usize => self.start_date_time.read_from(r),
            5usize => self.status.read_from(r),
            6usize => self.restore_point.read_from(r),
            7usize => self.restored_folder_id.read_from(r),
            8usize => self.restored_folder_name.read_from(r),
            9usize => self.restored_item_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.completion_date_time);
        w.field(2usize, &self.destination_type);
        w.field(3usize, &self.error);
        w.field(4usize, &self.start_date_time);
        w.field(5usize, &self.status);
        w.field(6usize, &self.restore_point);
        w.field(7usize, &self.restored_folder_id);
        w.field(8usize, &self.restored_folder_name);
        w.field(9usize, &self.restored_item_count);
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
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(MailboxRestoreArtifact);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    MailboxRestoreArtifact { with_id id : ::std::string::String;
    with_completion_date_time completion_date_time : rt::edm::DateTimeOffset;
    with_destination_type destination_type : crate ::v1::DestinationType; with_error
    error : crate ::v1::PublicError; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; with_status status : crate ::v1::ArtifactRestoreStatus;
    with_restore_point restore_point : crate ::v1::RestorePoint; with_restored_folder_id
    restored_folder_id : ::std::string::String; with_restored_folder_name
    restored_folder_name : ::std::string::String; with_restored_item_count
    restored_item_count : i32; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(MailboxRestoreArtifact);
#[cfg(msgraph_v1_search_or_solutions)]
/// `microsoft.graph.mailboxRestoreArtifact` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyMailboxRestoreArtifact {
    MailboxRestoreArtifact(::std::boxed::Box<crate::v1::MailboxRestoreArtifact>),
    GranularMailboxRestoreArtifact(
        ::std::boxed::Box<crate::v1::GranularMailboxRestoreArtifact>,
    ),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for AnyMailboxRestoreArtifact {
    #[inline]
    fn default() -> Self {
        Self::MailboxRestoreArtifact(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MailboxRestoreArtifact>
for AnyMailboxRestoreArtifact {
    #[inline]
    fn from(v: crate::v1::MailboxRestoreArtifact) -> Self {
        Self::MailboxRestoreArtifact(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::GranularMailboxRestoreArtifact>
for AnyMailboxRestoreArtifact {
    #[inline]
    fn from(v: crate::v1::GranularMailboxRestoreArtifact) -> Self {
        Self::GranularMailboxRestoreArtifact(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
unsafe impl ::std::marker::Send for AnyMailboxRestoreArtifact {}
#[cfg(msgraph_v1_search_or_solutions)]
unsafe impl ::std::marker::Sync for AnyMailboxRestoreArtifact {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::marker::Unpin for AnyMailboxRestoreArtifact {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::panic::UnwindSafe for AnyMailboxRestoreArtifact {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::panic::RefUnwindSafe for AnyMailboxRestoreArtifact {}
#[cfg(msgraph_v1_search_or_solutions)]
const _: () = {
    rt::object::auto_traits::<crate::v1::MailboxRestoreArtifact>();
    rt::object::auto_traits::<crate::v1::GranularMailboxRestoreArtifact>();
};
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Poly for AnyMailboxRestoreArtifact {
    const BASE_NAME: &'static str = "microsoft.graph.mailboxRestoreArtifact";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.granularMailboxRestoreArtifact",
            ) => Self::GranularMailboxRestoreArtifact(rt::object::new_boxed()),
            _ => Self::MailboxRestoreArtifact(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::MailboxRestoreArtifact(v) => &**v,
            Self::GranularMailboxRestoreArtifact(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::MailboxRestoreArtifact(v) => &mut **v,
            Self::GranularMailboxRestoreArtifact(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl AnyMailboxRestoreArtifact {
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
            Self::MailboxRestoreArtifact(v) => &v.id,
            Self::GranularMailboxRestoreArtifact(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MailboxRestoreArtifact(v) => &mut v.id,
            Self::GranularMailboxRestoreArtifact(v) => &mut v.id,
        }
    }
    /// `completionDateTime` of any variant.
    #[inline]
    pub fn completion_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::MailboxRestoreArtifact(v) => &v.completion_date_time,
            Self::GranularMailboxRestoreArtifact(v) => &v.completion_date_time,
        }
    }
    /// `completionDateTime` of any variant.
    #[inline]
    pub fn completion_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::MailboxRestoreArtifact(v) => &mut v.completion_date_time,
            Self::GranularMailboxRestoreArtifact(v) => &mut v.completion_date_time,
        }
    }
    /// `destinationType` of any variant.
    #[inline]
    pub fn destination_type(&self) -> &rt::Field<crate::v1::DestinationType> {
        match self {
            Self::MailboxRestoreArtifact(v) => &v.destination_type,
            Self::GranularMailboxRestoreArtifact(v) => &v.destination_type,
        }
    }
    /// `destinationType` of any variant.
    #[inline]
    pub fn destination_type_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::DestinationType> {
        match self {
            Self::MailboxRestoreArtifact(v) => &mut v.destination_type,
            Self::GranularMailboxRestoreArtifact(v) => &mut v.destination_type,
        }
    }
    /// `error` of any variant.
    #[inline]
    pub fn error(&self) -> &rt::Field<crate::v1::PublicError> {
        match self {
            Self::MailboxRestoreArtifact(v) => &v.error,
            Self::GranularMailboxRestoreArtifact(v) => &v.error,
        }
    }
    /// `error` of any variant.
    #[inline]
    pub fn error_mut(&mut self) -> &mut rt::Field<crate::v1::PublicError> {
        match self {
            Self::MailboxRestoreArtifact(v) => &mut v.error,
            Self::GranularMailboxRestoreArtifact(v) => &mut v.error,
        }
    }
    /// `startDateTime` of any variant.
    #[inline]
    pub fn start_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::MailboxRestoreArtifact(v) => &v.start_date_time,
            Self::GranularMailboxRestoreArtifact(v) => &v.start_date_time,
        }
    }
    /// `startDateTime` of any variant.
    #[inline]
    pub fn start_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::MailboxRestoreArtifact(v) => &mut v.start_date_time,
            Self::GranularMailboxRestoreArtifact(v) => &mut v.start_date_time,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status(&self) -> &rt::Field<crate::v1::ArtifactRestoreStatus> {
        match self {
            Self::MailboxRestoreArtifact(v) => &v.status,
            Self::GranularMailboxRestoreArtifact(v) => &v.status,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status_mut(&mut self) -> &mut rt::Field<crate::v1::ArtifactRestoreStatus> {
        match self {
            Self::MailboxRestoreArtifact(v) => &mut v.status,
            Self::GranularMailboxRestoreArtifact(v) => &mut v.status,
        }
    }
    /// `restorePoint` of any variant.
    #[inline]
    pub fn restore_point(&self) -> &rt::Field<crate::v1::RestorePoint> {
        match self {
            Self::MailboxRestoreArtifact(v) => &v.restore_point,
            Self::GranularMailboxRestoreArtifact(v) => &v.restore_point,
        }
    }
    /// `restorePoint` of any variant.
    #[inline]
    pub fn restore_point_mut(&mut self) -> &mut rt::Field<crate::v1::RestorePoint> {
        match self {
            Self::MailboxRestoreArtifact(v) => &mut v.restore_point,
            Self::GranularMailboxRestoreArtifact(v) => &mut v.restore_point,
        }
    }
    /// `restoredFolderId` of any variant.
    #[inline]
    pub fn restored_folder_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MailboxRestoreArtifact(v) => &v.restored_folder_id,
            Self::GranularMailboxRestoreArtifact(v) => &v.restored_folder_id,
        }
    }
    /// `restoredFolderId` of any variant.
    #[inline]
    pub fn restored_folder_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MailboxRestoreArtifact(v) => &mut v.restored_folder_id,
            Self::GranularMailboxRestoreArtifact(v) => &mut v.restored_folder_id,
        }
    }
    /// `restoredFolderName` of any variant.
    #[inline]
    pub fn restored_folder_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MailboxRestoreArtifact(v) => &v.restored_folder_name,
            Self::GranularMailboxRestoreArtifact(v) => &v.restored_folder_name,
        }
    }
    /// `restoredFolderName` of any variant.
    #[inline]
    pub fn restored_folder_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MailboxRestoreArtifact(v) => &mut v.restored_folder_name,
            Self::GranularMailboxRestoreArtifact(v) => &mut v.restored_folder_name,
        }
    }
    /// `restoredItemCount` of any variant.
    #[inline]
    pub fn restored_item_count(&self) -> &rt::Field<i32> {
        match self {
            Self::MailboxRestoreArtifact(v) => &v.restored_item_count,
            Self::GranularMailboxRestoreArtifact(v) => &v.restored_item_count,
        }
    }
    /// `restoredItemCount` of any variant.
    #[inline]
    pub fn restored_item_count_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::MailboxRestoreArtifact(v) => &mut v.restored_item_count,
            Self::GranularMailboxRestoreArtifact(v) => &mut v.restored_item_count,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_poly!(AnyMailboxRestoreArtifact);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyMailboxRestoreArtifact);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.mediaDirection`, enum type.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MediaDirection {
    /// `inactive` (value 0).
    Inactive,
    /// `sendOnly` (value 1).
    SendOnly,
    /// `receiveOnly` (value 2).
    ReceiveOnly,
    /// `sendReceive` (value 3).
    SendReceive,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::StrEnum for MediaDirection {
    const TYPE_NAME: &'static str = "microsoft.graph.mediaDirection";
    const MEMBERS: &'static [&'static str] = &[
        "inactive",
        "sendOnly",
        "receiveOnly",
        "sendReceive",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "inactive" => Self::Inactive,
                "sendOnly" => Self::SendOnly,
                "receiveOnly" => Self::ReceiveOnly,
                "sendReceive" => Self::SendReceive,
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
            Self::Inactive => "inactive",
            Self::SendOnly => "sendOnly",
            Self::ReceiveOnly => "receiveOnly",
            Self::SendReceive => "sendReceive",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_enum!(MediaDirection);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MediaDirection);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.mediaStream`, complex type.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct MediaStream {
    /// CSDL: property `direction`: `microsoft.graph.mediaDirection`, not nullable.
    pub direction: rt::Field<crate::v1::MediaDirection>,
    /// CSDL: property `label`: `Edm.String`, nullable.
    pub label: rt::Field<::std::string::String>,
    /// CSDL: property `mediaType`: `microsoft.graph.modality`, not nullable.
    pub media_type: rt::Field<crate::v1::Modality>,
    /// CSDL: property `serverMuted`: `Edm.Boolean`, not nullable.
    pub server_muted: rt::Field<bool>,
    /// CSDL: property `sourceId`: `Edm.String`, not nullable.
    pub source_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for MediaStream {
    #[inline]
    fn default() -> Self {
        Self {
            direction: rt::Field::Absent,
            label: rt::Field::Absent,
            media_type: rt::Field::Absent,
            server_muted: rt::Field::Absent,
            source_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for MediaStream {
    const TYPE_NAME: &'static str = "microsoft.graph.mediaStream";
    const KEYS: &'static [&'static str] = &[
        "direction",
        "label",
        "mediaType",
        "serverMuted",
        "sourceId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"direction\":                    ",
        ",\"label\":                        ",
        ",\"mediaType\":                    ",
        ",\"serverMuted\":                  ",
        ",\"sourceId\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mediaStream\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "direction", &self.direction);
        v.field(1usize, "label", &self.label);
        v.field(2usize, "media_type", &self.media_type);
        v.field(3usize, "server_muted", &self.server_muted);
        v.field(4usize, "source_id", &self.source_id);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for MediaStream {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.direction.read_from(r),
            1usize => self.label.read_from(r),
            2usize => self.media_type.read_from(r),
            3usize => self.server_muted.read_from(r),
            4usize => self.source_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.direction);
        w.field(1usize, &self.label);
        w.field(2usize, &self.media_type);
        w.field(3usize, &self.server_muted);
        w.field(4usize, &self.source_id);
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
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(MediaStream);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    MediaStream { with_direction direction : crate ::v1::MediaDirection; with_label label
    : ::std::string::String; with_media_type media_type : crate ::v1::Modality;
    with_server_muted server_muted : bool; with_source_id source_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MediaStream);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.metaDataKeyStringPair`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MetaDataKeyStringPair {
    /// CSDL: property `key`: `Edm.String`, nullable.
    pub key: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for MetaDataKeyStringPair {
    #[inline]
    fn default() -> Self {
        Self {
            key: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for MetaDataKeyStringPair {
    const TYPE_NAME: &'static str = "microsoft.graph.metaDataKeyStringPair";
    const KEYS: &'static [&'static str] = &["key", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"key\":                          ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.metaDataKeyStringPair\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "key", &self.key);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for MetaDataKeyStringPair {
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
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_object!(MetaDataKeyStringPair);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    MetaDataKeyStringPair { with_key key : ::std::string::String; with_value value :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(MetaDataKeyStringPair);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.modality`, enum type.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Modality {
    /// `audio` (value 1).
    Audio,
    /// `video` (value 2).
    Video,
    /// `videoBasedScreenSharing` (value 3).
    VideoBasedScreenSharing,
    /// `data` (value 4).
    Data,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::StrEnum for Modality {
    const TYPE_NAME: &'static str = "microsoft.graph.modality";
    const MEMBERS: &'static [&'static str] = &[
        "audio",
        "video",
        "videoBasedScreenSharing",
        "data",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "audio" => Self::Audio,
                "video" => Self::Video,
                "videoBasedScreenSharing" => Self::VideoBasedScreenSharing,
                "data" => Self::Data,
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
            Self::Audio => "audio",
            Self::Video => "video",
            Self::VideoBasedScreenSharing => "videoBasedScreenSharing",
            Self::Data => "data",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_enum!(Modality);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Modality);
