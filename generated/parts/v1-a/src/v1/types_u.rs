//! Types of `microsoft.graph` by the first letters of their names (`u`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_role_management_or_search)]
/// CSDL: `microsoft.graph.unifiedRoleDefinition`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UnifiedRoleDefinitionPath`](requests/struct.UnifiedRoleDefinitionPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct UnifiedRoleDefinition {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isBuiltIn`: `Edm.Boolean`, nullable.
    pub is_built_in: rt::Field<bool>,
    /// CSDL: property `isEnabled`: `Edm.Boolean`, nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: property `resourceScopes`: `Collection(Edm.String)`, not nullable.
    pub resource_scopes: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `rolePermissions`: `Collection(microsoft.graph.unifiedRolePermission)`, not nullable.
    pub role_permissions: rt::Field<::std::vec::Vec<crate::v1::UnifiedRolePermission>>,
    /// CSDL: property `templateId`: `Edm.String`, nullable.
    pub template_id: rt::Field<::std::string::String>,
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `inheritsPermissionsFrom`: `Collection(microsoft.graph.unifiedRoleDefinition)`, not nullable.
    pub inherits_permissions_from: rt::Field<
        ::std::vec::Vec<crate::v1::UnifiedRoleDefinition>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_role_management_or_search)]
impl ::std::default::Default for UnifiedRoleDefinition {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_built_in: rt::Field::Absent,
            is_enabled: rt::Field::Absent,
            resource_scopes: rt::Field::Absent,
            role_permissions: rt::Field::Absent,
            template_id: rt::Field::Absent,
            version: rt::Field::Absent,
            inherits_permissions_from: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
impl rt::Object for UnifiedRoleDefinition {
    const TYPE_NAME: &'static str = "microsoft.graph.unifiedRoleDefinition";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "isBuiltIn",
        "isEnabled",
        "resourceScopes",
        "rolePermissions",
        "templateId",
        "version",
        "inheritsPermissionsFrom",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"description\":",
        ",\"displayName\":",
        ",\"isBuiltIn\":",
        ",\"isEnabled\":",
        ",\"resourceScopes\":",
        ",\"rolePermissions\":",
        ",\"templateId\":",
        ",\"version\":",
        ",\"inheritsPermissionsFrom\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.unifiedRoleDefinition\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.is_built_in.read_from(r),
            4usize => self.is_enabled.read_from(r),
            5usize => self.resource_scopes.read_from(r),
            6usize => self.role_permissions.read_from(r),
            7usize => self.template_id.read_from(r),
            8usize => self.version.read_from(r),
            9usize => self.inherits_permissions_from.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.is_built_in);
        w.field(4usize, &self.is_enabled);
        w.field(5usize, &self.resource_scopes);
        w.field(6usize, &self.role_permissions);
        w.field(7usize, &self.template_id);
        w.field(8usize, &self.version);
        w.field(9usize, &self.inherits_permissions_from);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.description),
            2usize => ::std::option::Option::Some(&self.display_name),
            3usize => ::std::option::Option::Some(&self.is_built_in),
            4usize => ::std::option::Option::Some(&self.is_enabled),
            5usize => ::std::option::Option::Some(&self.resource_scopes),
            6usize => ::std::option::Option::Some(&self.role_permissions),
            7usize => ::std::option::Option::Some(&self.template_id),
            8usize => ::std::option::Option::Some(&self.version),
            9usize => ::std::option::Option::Some(&self.inherits_permissions_from),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "description", &self.description);
        d.field(2usize, "display_name", &self.display_name);
        d.field(3usize, "is_built_in", &self.is_built_in);
        d.field(4usize, "is_enabled", &self.is_enabled);
        d.field(5usize, "resource_scopes", &self.resource_scopes);
        d.field(6usize, "role_permissions", &self.role_permissions);
        d.field(7usize, "template_id", &self.template_id);
        d.field(8usize, "version", &self.version);
        d.field(9usize, "inherits_permissions_from", &self.inherits_permissions_from);
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
#[cfg(msgraph_v1_role_management_or_search)]
rt::impl_object!(UnifiedRoleDefinition);
#[cfg(msgraph_v1_role_management_or_search)]
rt::impl_setters!(
    UnifiedRoleDefinition { with_id id : ::std::string::String; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_is_built_in is_built_in : bool; with_is_enabled
    is_enabled : bool; with_resource_scopes resource_scopes : ::std::vec::Vec <
    ::std::string::String >; with_role_permissions role_permissions : ::std::vec::Vec <
    crate ::v1::UnifiedRolePermission >; with_template_id template_id :
    ::std::string::String; with_version version : ::std::string::String;
    with_inherits_permissions_from inherits_permissions_from : ::std::vec::Vec < crate
    ::v1::UnifiedRoleDefinition >; }
);
#[cfg(msgraph_v1_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRoleDefinition);
#[cfg(msgraph_v1_policies_or_search)]
/// CSDL: `microsoft.graph.unifiedRoleManagementPolicyRuleTargetOperations`, enum type.
///
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum UnifiedRoleManagementPolicyRuleTargetOperations {
    /// `all` (value 0).
    All,
    /// `activate` (value 1).
    Activate,
    /// `deactivate` (value 2).
    Deactivate,
    /// `assign` (value 3).
    Assign,
    /// `update` (value 4).
    Update,
    /// `remove` (value 5).
    Remove,
    /// `extend` (value 6).
    Extend,
    /// `renew` (value 7).
    Renew,
    /// `unknownFutureValue` (value 8).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_policies_or_search)]
impl rt::StrEnum for UnifiedRoleManagementPolicyRuleTargetOperations {
    const TYPE_NAME: &'static str = "microsoft.graph.unifiedRoleManagementPolicyRuleTargetOperations";
    const MEMBERS: &'static [&'static str] = &[
        "all",
        "activate",
        "deactivate",
        "assign",
        "update",
        "remove",
        "extend",
        "renew",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "all" => Self::All,
                "activate" => Self::Activate,
                "deactivate" => Self::Deactivate,
                "assign" => Self::Assign,
                "update" => Self::Update,
                "remove" => Self::Remove,
                "extend" => Self::Extend,
                "renew" => Self::Renew,
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
            Self::Activate => "activate",
            Self::Deactivate => "deactivate",
            Self::Assign => "assign",
            Self::Update => "update",
            Self::Remove => "remove",
            Self::Extend => "extend",
            Self::Renew => "renew",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_enum!(UnifiedRoleManagementPolicyRuleTargetOperations);
#[cfg(msgraph_v1_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRoleManagementPolicyRuleTargetOperations);
#[cfg(msgraph_v1_role_management_or_search)]
/// CSDL: `microsoft.graph.unifiedRolePermission`, complex type.
///
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct UnifiedRolePermission {
    /// CSDL: property `allowedResourceActions`: `Collection(Edm.String)`, not nullable.
    pub allowed_resource_actions: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `condition`: `Edm.String`, nullable.
    pub condition: rt::Field<::std::string::String>,
    /// CSDL: property `excludedResourceActions`: `Collection(Edm.String)`, nullable.
    pub excluded_resource_actions: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_role_management_or_search)]
impl ::std::default::Default for UnifiedRolePermission {
    #[inline]
    fn default() -> Self {
        Self {
            allowed_resource_actions: rt::Field::Absent,
            condition: rt::Field::Absent,
            excluded_resource_actions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
impl rt::Object for UnifiedRolePermission {
    const TYPE_NAME: &'static str = "microsoft.graph.unifiedRolePermission";
    const KEYS: &'static [&'static str] = &[
        "allowedResourceActions",
        "condition",
        "excludedResourceActions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowedResourceActions\":",
        ",\"condition\":",
        ",\"excludedResourceActions\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.unifiedRolePermission\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allowed_resource_actions.read_from(r),
            1usize => self.condition.read_from(r),
            2usize => self.excluded_resource_actions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allowed_resource_actions);
        w.field(1usize, &self.condition);
        w.field(2usize, &self.excluded_resource_actions);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.allowed_resource_actions),
            1usize => ::std::option::Option::Some(&self.condition),
            2usize => ::std::option::Option::Some(&self.excluded_resource_actions),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "allowed_resource_actions", &self.allowed_resource_actions);
        d.field(1usize, "condition", &self.condition);
        d.field(2usize, "excluded_resource_actions", &self.excluded_resource_actions);
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
#[cfg(msgraph_v1_role_management_or_search)]
rt::impl_object!(UnifiedRolePermission);
#[cfg(msgraph_v1_role_management_or_search)]
rt::impl_setters!(
    UnifiedRolePermission { with_allowed_resource_actions allowed_resource_actions :
    ::std::vec::Vec < ::std::string::String >; with_condition condition :
    ::std::string::String; with_excluded_resource_actions excluded_resource_actions :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRolePermission);
#[cfg(msgraph_v1_core_or_storage)]
/// CSDL: `microsoft.graph.unifiedStorageQuota`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UnifiedStorageQuotaPath`](requests/struct.UnifiedStorageQuotaPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct UnifiedStorageQuota {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deleted`: `Edm.Int64`, nullable.
    pub deleted: rt::Field<i64>,
    /// CSDL: property `manageWebUrl`: `Edm.String`, nullable.
    pub manage_web_url: rt::Field<::std::string::String>,
    /// CSDL: property `remaining`: `Edm.Int64`, nullable.
    pub remaining: rt::Field<i64>,
    /// CSDL: property `state`: `Edm.String`, nullable.
    pub state: rt::Field<::std::string::String>,
    /// CSDL: property `total`: `Edm.Int64`, nullable.
    pub total: rt::Field<i64>,
    /// CSDL: property `used`: `Edm.Int64`, nullable.
    pub used: rt::Field<i64>,
    /// CSDL: containment navigation property `services`: `Collection(microsoft.graph.serviceStorageQuotaBreakdown)`, not nullable.
    pub services: rt::Field<::std::vec::Vec<crate::v1::ServiceStorageQuotaBreakdown>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_storage)]
impl ::std::default::Default for UnifiedStorageQuota {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted: rt::Field::Absent,
            manage_web_url: rt::Field::Absent,
            remaining: rt::Field::Absent,
            state: rt::Field::Absent,
            total: rt::Field::Absent,
            used: rt::Field::Absent,
            services: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_storage)]
impl rt::Object for UnifiedStorageQuota {
    const TYPE_NAME: &'static str = "microsoft.graph.unifiedStorageQuota";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deleted",
        "manageWebUrl",
        "remaining",
        "state",
        "total",
        "used",
        "services",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"deleted\":",
        ",\"manageWebUrl\":",
        ",\"remaining\":",
        ",\"state\":",
        ",\"total\":",
        ",\"used\":",
        ",\"services\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.unifiedStorageQuota\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted.read_from(r),
            2usize => self.manage_web_url.read_from(r),
            3usize => self.remaining.read_from(r),
            4usize => self.state.read_from(r),
            5usize => self.total.read_from(r),
            6usize => self.used.read_from(r),
            7usize => self.services.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted);
        w.field(2usize, &self.manage_web_url);
        w.field(3usize, &self.remaining);
        w.field(4usize, &self.state);
        w.field(5usize, &self.total);
        w.field(6usize, &self.used);
        w.field(7usize, &self.services);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.deleted),
            2usize => ::std::option::Option::Some(&self.manage_web_url),
            3usize => ::std::option::Option::Some(&self.remaining),
            4usize => ::std::option::Option::Some(&self.state),
            5usize => ::std::option::Option::Some(&self.total),
            6usize => ::std::option::Option::Some(&self.used),
            7usize => ::std::option::Option::Some(&self.services),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "deleted", &self.deleted);
        d.field(2usize, "manage_web_url", &self.manage_web_url);
        d.field(3usize, "remaining", &self.remaining);
        d.field(4usize, "state", &self.state);
        d.field(5usize, "total", &self.total);
        d.field(6usize, "used", &self.used);
        d.field(7usize, "services", &self.services);
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
#[cfg(msgraph_v1_core_or_storage)]
rt::impl_object!(UnifiedStorageQuota);
#[cfg(msgraph_v1_core_or_storage)]
rt::impl_setters!(
    UnifiedStorageQuota { with_id id : ::std::string::String; with_deleted deleted : i64;
    with_manage_web_url manage_web_url : ::std::string::String; with_remaining remaining
    : i64; with_state state : ::std::string::String; with_total total : i64; with_used
    used : i64; with_services services : ::std::vec::Vec < crate
    ::v1::ServiceStorageQuotaBreakdown >; }
);
#[cfg(msgraph_v1_core_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedStorageQuota);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.unmuteParticipantOperation`, entity type, derived from `microsoft.graph.commsOperation`, open, key `id`.
///
/// Request builders: [`UnmuteParticipantOperationPath`](requests/struct.UnmuteParticipantOperationPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct UnmuteParticipantOperation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// CSDL: property `resultInfo`: `microsoft.graph.resultInfo`, nullable.
    pub result_info: rt::Field<crate::v1::ResultInfo>,
    /// CSDL: property `status`: `microsoft.graph.operationStatus`, not nullable.
    pub status: rt::Field<crate::v1::OperationStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for UnmuteParticipantOperation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            client_context: rt::Field::Absent,
            result_info: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for UnmuteParticipantOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.unmuteParticipantOperation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "clientContext",
        "resultInfo",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"clientContext\":",
        ",\"resultInfo\":",
        ",\"status\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.unmuteParticipantOperation\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.client_context.read_from(r),
            2usize => self.result_info.read_from(r),
            3usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.client_context);
        w.field(2usize, &self.result_info);
        w.field(3usize, &self.status);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.client_context),
            2usize => ::std::option::Option::Some(&self.result_info),
            3usize => ::std::option::Option::Some(&self.status),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "client_context", &self.client_context);
        d.field(2usize, "result_info", &self.result_info);
        d.field(3usize, "status", &self.status);
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
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(UnmuteParticipantOperation);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    UnmuteParticipantOperation { with_id id : ::std::string::String; with_client_context
    client_context : ::std::string::String; with_result_info result_info : crate
    ::v1::ResultInfo; with_status status : crate ::v1::OperationStatus; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnmuteParticipantOperation);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.updateAllowedCombinationsResult`, complex type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct UpdateAllowedCombinationsResult {
    /// CSDL: property `additionalInformation`: `Edm.String`, nullable.
    pub additional_information: rt::Field<::std::string::String>,
    /// CSDL: property `conditionalAccessReferences`: `Collection(Edm.String)`, nullable.
    pub conditional_access_references: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `currentCombinations`: `Collection(microsoft.graph.authenticationMethodModes)`, not nullable.
    pub current_combinations: rt::Field<
        ::std::vec::Vec<rt::Flags<crate::v1::AuthenticationMethodModes>>,
    >,
    /// CSDL: property `previousCombinations`: `Collection(microsoft.graph.authenticationMethodModes)`, not nullable.
    pub previous_combinations: rt::Field<
        ::std::vec::Vec<rt::Flags<crate::v1::AuthenticationMethodModes>>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::default::Default for UpdateAllowedCombinationsResult {
    #[inline]
    fn default() -> Self {
        Self {
            additional_information: rt::Field::Absent,
            conditional_access_references: rt::Field::Absent,
            current_combinations: rt::Field::Absent,
            previous_combinations: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::Object for UpdateAllowedCombinationsResult {
    const TYPE_NAME: &'static str = "microsoft.graph.updateAllowedCombinationsResult";
    const KEYS: &'static [&'static str] = &[
        "additionalInformation",
        "conditionalAccessReferences",
        "currentCombinations",
        "previousCombinations",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"additionalInformation\":",
        ",\"conditionalAccessReferences\":",
        ",\"currentCombinations\":",
        ",\"previousCombinations\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.updateAllowedCombinationsResult\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.additional_information.read_from(r),
            1usize => self.conditional_access_references.read_from(r),
            2usize => self.current_combinations.read_from(r),
            3usize => self.previous_combinations.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.additional_information);
        w.field(1usize, &self.conditional_access_references);
        w.field(2usize, &self.current_combinations);
        w.field(3usize, &self.previous_combinations);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.additional_information),
            1usize => ::std::option::Option::Some(&self.conditional_access_references),
            2usize => ::std::option::Option::Some(&self.current_combinations),
            3usize => ::std::option::Option::Some(&self.previous_combinations),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "additional_information", &self.additional_information);
        d.field(
            1usize,
            "conditional_access_references",
            &self.conditional_access_references,
        );
        d.field(2usize, "current_combinations", &self.current_combinations);
        d.field(3usize, "previous_combinations", &self.previous_combinations);
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
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_object!(UpdateAllowedCombinationsResult);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_setters!(
    UpdateAllowedCombinationsResult { with_additional_information additional_information
    : ::std::string::String; with_conditional_access_references
    conditional_access_references : ::std::vec::Vec < ::std::string::String >;
    with_current_combinations current_combinations : ::std::vec::Vec < rt::Flags < crate
    ::v1::AuthenticationMethodModes > >; with_previous_combinations previous_combinations
    : ::std::vec::Vec < rt::Flags < crate ::v1::AuthenticationMethodModes > >; }
);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UpdateAllowedCombinationsResult);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.updateRecordingStatusOperation`, entity type, derived from `microsoft.graph.commsOperation`, open, key `id`.
///
/// Request builders: [`UpdateRecordingStatusOperationPath`](requests/struct.UpdateRecordingStatusOperationPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct UpdateRecordingStatusOperation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// CSDL: property `resultInfo`: `microsoft.graph.resultInfo`, nullable.
    pub result_info: rt::Field<crate::v1::ResultInfo>,
    /// CSDL: property `status`: `microsoft.graph.operationStatus`, not nullable.
    pub status: rt::Field<crate::v1::OperationStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for UpdateRecordingStatusOperation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            client_context: rt::Field::Absent,
            result_info: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for UpdateRecordingStatusOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.updateRecordingStatusOperation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "clientContext",
        "resultInfo",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"clientContext\":",
        ",\"resultInfo\":",
        ",\"status\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.updateRecordingStatusOperation\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.client_context.read_from(r),
            2usize => self.result_info.read_from(r),
            3usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.client_context);
        w.field(2usize, &self.result_info);
        w.field(3usize, &self.status);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.client_context),
            2usize => ::std::option::Option::Some(&self.result_info),
            3usize => ::std::option::Option::Some(&self.status),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "client_context", &self.client_context);
        d.field(2usize, "result_info", &self.result_info);
        d.field(3usize, "status", &self.status);
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
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(UpdateRecordingStatusOperation);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    UpdateRecordingStatusOperation { with_id id : ::std::string::String;
    with_client_context client_context : ::std::string::String; with_result_info
    result_info : crate ::v1::ResultInfo; with_status status : crate
    ::v1::OperationStatus; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UpdateRecordingStatusOperation);
#[cfg(msgraph_v1_core_or_device_management)]
/// CSDL: `microsoft.graph.updateWindowsDeviceAccountActionParameter`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct UpdateWindowsDeviceAccountActionParameter {
    /// CSDL: property `calendarSyncEnabled`: `Edm.Boolean`, nullable.
    pub calendar_sync_enabled: rt::Field<bool>,
    /// CSDL: property `deviceAccount`: `microsoft.graph.windowsDeviceAccount`, nullable.
    pub device_account: rt::Field<crate::v1::AnyWindowsDeviceAccount>,
    /// CSDL: property `deviceAccountEmail`: `Edm.String`, nullable.
    pub device_account_email: rt::Field<::std::string::String>,
    /// CSDL: property `exchangeServer`: `Edm.String`, nullable.
    pub exchange_server: rt::Field<::std::string::String>,
    /// CSDL: property `passwordRotationEnabled`: `Edm.Boolean`, nullable.
    pub password_rotation_enabled: rt::Field<bool>,
    /// CSDL: property `sessionInitiationProtocalAddress`: `Edm.String`, nullable.
    pub session_initiation_protocal_address: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::default::Default for UpdateWindowsDeviceAccountActionParameter {
    #[inline]
    fn default() -> Self {
        Self {
            calendar_sync_enabled: rt::Field::Absent,
            device_account: rt::Field::Absent,
            device_account_email: rt::Field::Absent,
            exchange_server: rt::Field::Absent,
            password_rotation_enabled: rt::Field::Absent,
            session_initiation_protocal_address: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::Object for UpdateWindowsDeviceAccountActionParameter {
    const TYPE_NAME: &'static str = "microsoft.graph.updateWindowsDeviceAccountActionParameter";
    const KEYS: &'static [&'static str] = &[
        "calendarSyncEnabled",
        "deviceAccount",
        "deviceAccountEmail",
        "exchangeServer",
        "passwordRotationEnabled",
        "sessionInitiationProtocalAddress",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"calendarSyncEnabled\":",
        ",\"deviceAccount\":",
        ",\"deviceAccountEmail\":",
        ",\"exchangeServer\":",
        ",\"passwordRotationEnabled\":",
        ",\"sessionInitiationProtocalAddress\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.updateWindowsDeviceAccountActionParameter\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.calendar_sync_enabled.read_from(r),
            1usize => self.device_account.read_from(r),
            2usize => self.device_account_email.read_from(r),
            3usize => self.exchange_server.read_from(r),
            4usize => self.password_rotation_enabled.read_from(r),
            5usize => self.session_initiation_protocal_address.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.calendar_sync_enabled);
        w.field(1usize, &self.device_account);
        w.field(2usize, &self.device_account_email);
        w.field(3usize, &self.exchange_server);
        w.field(4usize, &self.password_rotation_enabled);
        w.field(5usize, &self.session_initiation_protocal_address);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.calendar_sync_enabled),
            1usize => ::std::option::Option::Some(&self.device_account),
            2usize => ::std::option::Option::Some(&self.device_account_email),
            3usize => ::std::option::Option::Some(&self.exchange_server),
            4usize => ::std::option::Option::Some(&self.password_rotation_enabled),
            5usize => {
                ::std::option::Option::Some(&self.session_initiation_protocal_address)
            }
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "calendar_sync_enabled", &self.calendar_sync_enabled);
        d.field(1usize, "device_account", &self.device_account);
        d.field(2usize, "device_account_email", &self.device_account_email);
        d.field(3usize, "exchange_server", &self.exchange_server);
        d.field(4usize, "password_rotation_enabled", &self.password_rotation_enabled);
        d.field(
            5usize,
            "session_initiation_protocal_address",
            &self.session_initiation_protocal_address,
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
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_object!(UpdateWindowsDeviceAccountActionParameter);
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_setters!(
    UpdateWindowsDeviceAccountActionParameter { with_calendar_sync_enabled
    calendar_sync_enabled : bool; with_device_account device_account : crate
    ::v1::AnyWindowsDeviceAccount; with_device_account_email device_account_email :
    ::std::string::String; with_exchange_server exchange_server : ::std::string::String;
    with_password_rotation_enabled password_rotation_enabled : bool;
    with_session_initiation_protocal_address session_initiation_protocal_address :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(UpdateWindowsDeviceAccountActionParameter);
#[cfg(msgraph_v1_core_or_drives_or_print)]
/// CSDL: `microsoft.graph.uploadSession`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct UploadSession {
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `nextExpectedRanges`: `Collection(Edm.String)`, nullable.
    pub next_expected_ranges: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `uploadUrl`: `Edm.String`, nullable.
    pub upload_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_print)]
impl ::std::default::Default for UploadSession {
    #[inline]
    fn default() -> Self {
        Self {
            expiration_date_time: rt::Field::Absent,
            next_expected_ranges: rt::Field::Absent,
            upload_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_print)]
impl rt::Object for UploadSession {
    const TYPE_NAME: &'static str = "microsoft.graph.uploadSession";
    const KEYS: &'static [&'static str] = &[
        "expirationDateTime",
        "nextExpectedRanges",
        "uploadUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"expirationDateTime\":",
        ",\"nextExpectedRanges\":",
        ",\"uploadUrl\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.uploadSession\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.expiration_date_time.read_from(r),
            1usize => self.next_expected_ranges.read_from(r),
            2usize => self.upload_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.expiration_date_time);
        w.field(1usize, &self.next_expected_ranges);
        w.field(2usize, &self.upload_url);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.expiration_date_time),
            1usize => ::std::option::Option::Some(&self.next_expected_ranges),
            2usize => ::std::option::Option::Some(&self.upload_url),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "expiration_date_time", &self.expiration_date_time);
        d.field(1usize, "next_expected_ranges", &self.next_expected_ranges);
        d.field(2usize, "upload_url", &self.upload_url);
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
#[cfg(msgraph_v1_core_or_drives_or_print)]
rt::impl_object!(UploadSession);
#[cfg(msgraph_v1_core_or_drives_or_print)]
rt::impl_setters!(
    UploadSession { with_expiration_date_time expiration_date_time :
    rt::edm::DateTimeOffset; with_next_expected_ranges next_expected_ranges :
    ::std::vec::Vec < ::std::string::String >; with_upload_url upload_url :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_drives_or_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(UploadSession);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.uriClickSecurityState`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq)]
pub struct UriClickSecurityState {
    /// CSDL: property `clickAction`: `Edm.String`, nullable.
    pub click_action: rt::Field<::std::string::String>,
    /// CSDL: property `clickDateTime`: `Edm.DateTimeOffset`, nullable.
    pub click_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `sourceId`: `Edm.String`, nullable.
    pub source_id: rt::Field<::std::string::String>,
    /// CSDL: property `uriDomain`: `Edm.String`, nullable.
    pub uri_domain: rt::Field<::std::string::String>,
    /// CSDL: property `verdict`: `Edm.String`, nullable.
    pub verdict: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for UriClickSecurityState {
    #[inline]
    fn default() -> Self {
        Self {
            click_action: rt::Field::Absent,
            click_date_time: rt::Field::Absent,
            id: rt::Field::Absent,
            source_id: rt::Field::Absent,
            uri_domain: rt::Field::Absent,
            verdict: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for UriClickSecurityState {
    const TYPE_NAME: &'static str = "microsoft.graph.uriClickSecurityState";
    const KEYS: &'static [&'static str] = &[
        "clickAction",
        "clickDateTime",
        "id",
        "sourceId",
        "uriDomain",
        "verdict",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"clickAction\":",
        ",\"clickDateTime\":",
        ",\"id\":",
        ",\"sourceId\":",
        ",\"uriDomain\":",
        ",\"verdict\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.uriClickSecurityState\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.click_action.read_from(r),
            1usize => self.click_date_time.read_from(r),
            2usize => self.id.read_from(r),
            3usize => self.source_id.read_from(r),
            4usize => self.uri_domain.read_from(r),
            5usize => self.verdict.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.click_action);
        w.field(1usize, &self.click_date_time);
        w.field(2usize, &self.id);
        w.field(3usize, &self.source_id);
        w.field(4usize, &self.uri_domain);
        w.field(5usize, &self.verdict);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.click_action),
            1usize => ::std::option::Option::Some(&self.click_date_time),
            2usize => ::std::option::Option::Some(&self.id),
            3usize => ::std::option::Option::Some(&self.source_id),
            4usize => ::std::option::Option::Some(&self.uri_domain),
            5usize => ::std::option::Option::Some(&self.verdict),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "click_action", &self.click_action);
        d.field(1usize, "click_date_time", &self.click_date_time);
        d.field(2usize, "id", &self.id);
        d.field(3usize, "source_id", &self.source_id);
        d.field(4usize, "uri_domain", &self.uri_domain);
        d.field(5usize, "verdict", &self.verdict);
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
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(UriClickSecurityState);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    UriClickSecurityState { with_click_action click_action : ::std::string::String;
    with_click_date_time click_date_time : rt::edm::DateTimeOffset; with_id id :
    ::std::string::String; with_source_id source_id : ::std::string::String;
    with_uri_domain uri_domain : ::std::string::String; with_verdict verdict :
    ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(UriClickSecurityState);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.usageDetails`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct UsageDetails {
    /// CSDL: property `lastAccessedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_accessed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for UsageDetails {
    #[inline]
    fn default() -> Self {
        Self {
            last_accessed_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for UsageDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.usageDetails";
    const KEYS: &'static [&'static str] = &[
        "lastAccessedDateTime",
        "lastModifiedDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"lastAccessedDateTime\":",
        ",\"lastModifiedDateTime\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.usageDetails\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.last_accessed_date_time.read_from(r),
            1usize => self.last_modified_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.last_accessed_date_time);
        w.field(1usize, &self.last_modified_date_time);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.last_accessed_date_time),
            1usize => ::std::option::Option::Some(&self.last_modified_date_time),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "last_accessed_date_time", &self.last_accessed_date_time);
        d.field(1usize, "last_modified_date_time", &self.last_modified_date_time);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(UsageDetails);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    UsageDetails { with_last_accessed_date_time last_accessed_date_time :
    rt::edm::DateTimeOffset; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UsageDetails);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.userAccountSecurityType`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum UserAccountSecurityType {
    /// `unknown` (value 0).
    Unknown,
    /// `standard` (value 1).
    Standard,
    /// `power` (value 2).
    Power,
    /// `administrator` (value 3).
    Administrator,
    /// `unknownFutureValue` (value 127).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for UserAccountSecurityType {
    const TYPE_NAME: &'static str = "microsoft.graph.userAccountSecurityType";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "standard",
        "power",
        "administrator",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "standard" => Self::Standard,
                "power" => Self::Power,
                "administrator" => Self::Administrator,
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
            Self::Standard => "standard",
            Self::Power => "power",
            Self::Administrator => "administrator",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(UserAccountSecurityType);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserAccountSecurityType);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.userAction`, enum type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum UserAction {
    /// `registerSecurityInformation` (value 0).
    RegisterSecurityInformation,
    /// `registerOrJoinDevices` (value 1).
    RegisterOrJoinDevices,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::StrEnum for UserAction {
    const TYPE_NAME: &'static str = "microsoft.graph.userAction";
    const MEMBERS: &'static [&'static str] = &[
        "registerSecurityInformation",
        "registerOrJoinDevices",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "registerSecurityInformation" => Self::RegisterSecurityInformation,
                "registerOrJoinDevices" => Self::RegisterOrJoinDevices,
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
            Self::RegisterSecurityInformation => "registerSecurityInformation",
            Self::RegisterOrJoinDevices => "registerOrJoinDevices",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_enum!(UserAction);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserAction);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.userActionContext`, complex type, derived from `microsoft.graph.signInContext`.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct UserActionContext {
    /// CSDL: property `userAction`: `microsoft.graph.userAction`, nullable.
    pub user_action: rt::Field<crate::v1::UserAction>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for UserActionContext {
    #[inline]
    fn default() -> Self {
        Self {
            user_action: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for UserActionContext {
    const TYPE_NAME: &'static str = "microsoft.graph.userActionContext";
    const KEYS: &'static [&'static str] = &["userAction"];
    const KEYS_JSON: &'static [&'static str] = &[",\"userAction\":"];
    const TAG: &'static str = "\"#microsoft.graph.userActionContext\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.user_action.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.user_action);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.user_action),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "user_action", &self.user_action);
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_object!(UserActionContext);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    UserActionContext { with_user_action user_action : crate ::v1::UserAction; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserActionContext);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.userActivityType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum UserActivityType {
    /// `uploadText` (value 1).
    UploadText,
    /// `uploadFile` (value 2).
    UploadFile,
    /// `downloadText` (value 3).
    DownloadText,
    /// `downloadFile` (value 4).
    DownloadFile,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// `copyToClipboard` (value 6).
    CopyToClipboard,
    /// `pasteFromClipboard` (value 7).
    PasteFromClipboard,
    /// `print` (value 8).
    Print,
    /// `accessDebugTools` (value 9).
    AccessDebugTools,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::StrEnum for UserActivityType {
    const TYPE_NAME: &'static str = "microsoft.graph.userActivityType";
    const MEMBERS: &'static [&'static str] = &[
        "uploadText",
        "uploadFile",
        "downloadText",
        "downloadFile",
        "unknownFutureValue",
        "copyToClipboard",
        "pasteFromClipboard",
        "print",
        "accessDebugTools",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "uploadText" => Self::UploadText,
                "uploadFile" => Self::UploadFile,
                "downloadText" => Self::DownloadText,
                "downloadFile" => Self::DownloadFile,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "copyToClipboard" => Self::CopyToClipboard,
                "pasteFromClipboard" => Self::PasteFromClipboard,
                "print" => Self::Print,
                "accessDebugTools" => Self::AccessDebugTools,
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
            Self::UploadText => "uploadText",
            Self::UploadFile => "uploadFile",
            Self::DownloadText => "downloadText",
            Self::DownloadFile => "downloadFile",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::CopyToClipboard => "copyToClipboard",
            Self::PasteFromClipboard => "pasteFromClipboard",
            Self::Print => "print",
            Self::AccessDebugTools => "accessDebugTools",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
rt::impl_enum!(UserActivityType);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserActivityType);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.userActivityTypes`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum UserActivityTypes {
    /// `none` (value 0).
    None,
    /// `uploadText` (value 1).
    UploadText,
    /// `uploadFile` (value 2).
    UploadFile,
    /// `downloadText` (value 4).
    DownloadText,
    /// `downloadFile` (value 8).
    DownloadFile,
    /// `unknownFutureValue` (value 16).
    UnknownFutureValue,
    /// `copyToClipboard` (value 32).
    CopyToClipboard,
    /// `pasteFromClipboard` (value 64).
    PasteFromClipboard,
    /// `print` (value 128).
    Print,
    /// `accessDebugTools` (value 256).
    AccessDebugTools,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::StrEnum for UserActivityTypes {
    const TYPE_NAME: &'static str = "microsoft.graph.userActivityTypes";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "uploadText",
        "uploadFile",
        "downloadText",
        "downloadFile",
        "unknownFutureValue",
        "copyToClipboard",
        "pasteFromClipboard",
        "print",
        "accessDebugTools",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "uploadText" => Self::UploadText,
                "uploadFile" => Self::UploadFile,
                "downloadText" => Self::DownloadText,
                "downloadFile" => Self::DownloadFile,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "copyToClipboard" => Self::CopyToClipboard,
                "pasteFromClipboard" => Self::PasteFromClipboard,
                "print" => Self::Print,
                "accessDebugTools" => Self::AccessDebugTools,
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
            Self::UploadText => "uploadText",
            Self::UploadFile => "uploadFile",
            Self::DownloadText => "downloadText",
            Self::DownloadFile => "downloadFile",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::CopyToClipboard => "copyToClipboard",
            Self::PasteFromClipboard => "pasteFromClipboard",
            Self::Print => "print",
            Self::AccessDebugTools => "accessDebugTools",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
rt::impl_enum!(UserActivityTypes);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserActivityTypes);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.userDataSecurityAndGovernance`, entity type, derived from `microsoft.graph.dataSecurityAndGovernance`, key `id`.
///
/// Request builders: [`UserDataSecurityAndGovernancePath`](requests/struct.UserDataSecurityAndGovernancePath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct UserDataSecurityAndGovernance {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `sensitivityLabels`: `Collection(microsoft.graph.sensitivityLabel)`, not nullable.
    pub sensitivity_labels: rt::Field<::std::vec::Vec<crate::v1::SensitivityLabel>>,
    /// CSDL: containment navigation property `activities`: `microsoft.graph.activitiesContainer`, nullable.
    pub activities: rt::Field<crate::v1::ActivitiesContainer>,
    /// CSDL: containment navigation property `protectionScopes`: `microsoft.graph.userProtectionScopeContainer`, nullable.
    pub protection_scopes: rt::Field<crate::v1::UserProtectionScopeContainer>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for UserDataSecurityAndGovernance {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            sensitivity_labels: rt::Field::Absent,
            activities: rt::Field::Absent,
            protection_scopes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for UserDataSecurityAndGovernance {
    const TYPE_NAME: &'static str = "microsoft.graph.userDataSecurityAndGovernance";
    const KEYS: &'static [&'static str] = &[
        "id",
        "sensitivityLabels",
        "activities",
        "protectionScopes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"sensitivityLabels\":",
        ",\"activities\":",
        ",\"protectionScopes\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userDataSecurityAndGovernance\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.sensitivity_labels.read_from(r),
            2usize => self.activities.read_from(r),
            3usize => self.protection_scopes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.sensitivity_labels);
        w.field(2usize, &self.activities);
        w.field(3usize, &self.protection_scopes);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.sensitivity_labels),
            2usize => ::std::option::Option::Some(&self.activities),
            3usize => ::std::option::Option::Some(&self.protection_scopes),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "sensitivity_labels", &self.sensitivity_labels);
        d.field(2usize, "activities", &self.activities);
        d.field(3usize, "protection_scopes", &self.protection_scopes);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(UserDataSecurityAndGovernance);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    UserDataSecurityAndGovernance { with_id id : ::std::string::String;
    with_sensitivity_labels sensitivity_labels : ::std::vec::Vec < crate
    ::v1::SensitivityLabel >; with_activities activities : crate
    ::v1::ActivitiesContainer; with_protection_scopes protection_scopes : crate
    ::v1::UserProtectionScopeContainer; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserDataSecurityAndGovernance);
#[cfg(msgraph_v1_reports_or_search)]
/// CSDL: `microsoft.graph.userDefaultAuthenticationMethod`, enum type.
///
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum UserDefaultAuthenticationMethod {
    /// `push` (value 0).
    Push,
    /// `oath` (value 1).
    Oath,
    /// `voiceMobile` (value 2).
    VoiceMobile,
    /// `voiceAlternateMobile` (value 3).
    VoiceAlternateMobile,
    /// `voiceOffice` (value 4).
    VoiceOffice,
    /// `sms` (value 5).
    Sms,
    /// `none` (value 6).
    None,
    /// `unknownFutureValue` (value 7).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::StrEnum for UserDefaultAuthenticationMethod {
    const TYPE_NAME: &'static str = "microsoft.graph.userDefaultAuthenticationMethod";
    const MEMBERS: &'static [&'static str] = &[
        "push",
        "oath",
        "voiceMobile",
        "voiceAlternateMobile",
        "voiceOffice",
        "sms",
        "none",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "push" => Self::Push,
                "oath" => Self::Oath,
                "voiceMobile" => Self::VoiceMobile,
                "voiceAlternateMobile" => Self::VoiceAlternateMobile,
                "voiceOffice" => Self::VoiceOffice,
                "sms" => Self::Sms,
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
            Self::Push => "push",
            Self::Oath => "oath",
            Self::VoiceMobile => "voiceMobile",
            Self::VoiceAlternateMobile => "voiceAlternateMobile",
            Self::VoiceOffice => "voiceOffice",
            Self::Sms => "sms",
            Self::None => "none",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_reports_or_search)]
rt::impl_enum!(UserDefaultAuthenticationMethod);
#[cfg(msgraph_v1_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserDefaultAuthenticationMethod);
#[cfg(msgraph_v1_device_management_or_search)]
/// The user experience analytics application performance entity contains application performance by application version device id.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceIdPath`](requests/struct.UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceIdPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The number of crashes for the app. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `appCrashCount`: `Edm.Int32`, not nullable.
    pub app_crash_count: rt::Field<i32>,
    /// The friendly name of the application.
    ///
    /// CSDL: property `appDisplayName`: `Edm.String`, nullable.
    pub app_display_name: rt::Field<::std::string::String>,
    /// The name of the application.
    ///
    /// CSDL: property `appName`: `Edm.String`, nullable.
    pub app_name: rt::Field<::std::string::String>,
    /// The publisher of the application.
    ///
    /// CSDL: property `appPublisher`: `Edm.String`, nullable.
    pub app_publisher: rt::Field<::std::string::String>,
    /// The version of the application.
    ///
    /// CSDL: property `appVersion`: `Edm.String`, nullable.
    pub app_version: rt::Field<::std::string::String>,
    /// The name of the device. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `deviceDisplayName`: `Edm.String`, nullable.
    pub device_display_name: rt::Field<::std::string::String>,
    /// The Intune device id of the device. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `deviceId`: `Edm.String`, nullable.
    pub device_id: rt::Field<::std::string::String>,
    /// The date and time when the statistics were last computed. The value cannot be modified and is automatically populated when the statistics are computed. The Timestamp type represents date and time information using ISO 8601 format and is always in UTC time. For example, midnight UTC on Jan 1, 2022 would look like this: '2022-01-01T00:00:00Z'. Returned by default. Read-only.
    ///
    /// CSDL: property `processedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub processed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default
for UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_crash_count: rt::Field::Absent,
            app_display_name: rt::Field::Absent,
            app_name: rt::Field::Absent,
            app_publisher: rt::Field::Absent,
            app_version: rt::Field::Absent,
            device_display_name: rt::Field::Absent,
            device_id: rt::Field::Absent,
            processed_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appCrashCount",
        "appDisplayName",
        "appName",
        "appPublisher",
        "appVersion",
        "deviceDisplayName",
        "deviceId",
        "processedDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"appCrashCount\":",
        ",\"appDisplayName\":",
        ",\"appName\":",
        ",\"appPublisher\":",
        ",\"appVersion\":",
        ",\"deviceDisplayName\":",
        ",\"deviceId\":",
        ",\"processedDateTime\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_crash_count.read_from(r),
            2usize => self.app_display_name.read_from(r),
            3usize => self.app_name.read_from(r),
            4usize => self.app_publisher.read_from(r),
            5usize => self.app_version.read_from(r),
            6usize => self.device_display_name.read_from(r),
            7usize => self.device_id.read_from(r),
            8usize => self.processed_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_crash_count);
        w.field(2usize, &self.app_display_name);
        w.field(3usize, &self.app_name);
        w.field(4usize, &self.app_publisher);
        w.field(5usize, &self.app_version);
        w.field(6usize, &self.device_display_name);
        w.field(7usize, &self.device_id);
        w.field(8usize, &self.processed_date_time);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.app_crash_count),
            2usize => ::std::option::Option::Some(&self.app_display_name),
            3usize => ::std::option::Option::Some(&self.app_name),
            4usize => ::std::option::Option::Some(&self.app_publisher),
            5usize => ::std::option::Option::Some(&self.app_version),
            6usize => ::std::option::Option::Some(&self.device_display_name),
            7usize => ::std::option::Option::Some(&self.device_id),
            8usize => ::std::option::Option::Some(&self.processed_date_time),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "app_crash_count", &self.app_crash_count);
        d.field(2usize, "app_display_name", &self.app_display_name);
        d.field(3usize, "app_name", &self.app_name);
        d.field(4usize, "app_publisher", &self.app_publisher);
        d.field(5usize, "app_version", &self.app_version);
        d.field(6usize, "device_display_name", &self.device_display_name);
        d.field(7usize, "device_id", &self.device_id);
        d.field(8usize, "processed_date_time", &self.processed_date_time);
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
rt::impl_object!(UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId { with_id id :
    ::std::string::String; with_app_crash_count app_crash_count : i32;
    with_app_display_name app_display_name : ::std::string::String; with_app_name
    app_name : ::std::string::String; with_app_publisher app_publisher :
    ::std::string::String; with_app_version app_version : ::std::string::String;
    with_device_display_name device_display_name : ::std::string::String; with_device_id
    device_id : ::std::string::String; with_processed_date_time processed_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId);
#[cfg(msgraph_v1_device_management_or_search)]
/// The user experience analytics application performance entity contains app performance details by OS version.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByOSVersion`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UserExperienceAnalyticsAppHealthAppPerformanceByOsVersionPath`](requests/struct.UserExperienceAnalyticsAppHealthAppPerformanceByOsVersionPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The number of devices where the application has been active. Valid values 0 to 2147483647. Supports: $select, $OrderBy. Read-only. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `activeDeviceCount`: `Edm.Int32`, not nullable.
    pub active_device_count: rt::Field<i32>,
    /// The number of crashes for the application. Valid values 0 to 2147483647. Supports: $select, $OrderBy. Read-only. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `appCrashCount`: `Edm.Int32`, not nullable.
    pub app_crash_count: rt::Field<i32>,
    /// The friendly name of the application. Possible values are: Outlook, Excel. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `appDisplayName`: `Edm.String`, nullable.
    pub app_display_name: rt::Field<::std::string::String>,
    /// The name of the application. Possible values are: outlook.exe, excel.exe. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `appName`: `Edm.String`, nullable.
    pub app_name: rt::Field<::std::string::String>,
    /// The publisher of the application. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `appPublisher`: `Edm.String`, nullable.
    pub app_publisher: rt::Field<::std::string::String>,
    /// The total usage time of the application in minutes. Valid values 0 to 2147483647. Supports: $select, $OrderBy. Read-only. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `appUsageDuration`: `Edm.Int32`, not nullable.
    pub app_usage_duration: rt::Field<i32>,
    /// The mean time to failure for the application in minutes. Valid values 0 to 2147483647. Supports: $select, $OrderBy. Read-only. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `meanTimeToFailureInMinutes`: `Edm.Int32`, not nullable.
    pub mean_time_to_failure_in_minutes: rt::Field<i32>,
    /// The OS build number of the application. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `osBuildNumber`: `Edm.String`, nullable.
    pub os_build_number: rt::Field<::std::string::String>,
    /// The OS version of the application. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `osVersion`: `Edm.String`, nullable.
    pub os_version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default
for UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            active_device_count: rt::Field::Absent,
            app_crash_count: rt::Field::Absent,
            app_display_name: rt::Field::Absent,
            app_name: rt::Field::Absent,
            app_publisher: rt::Field::Absent,
            app_usage_duration: rt::Field::Absent,
            mean_time_to_failure_in_minutes: rt::Field::Absent,
            os_build_number: rt::Field::Absent,
            os_version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByOSVersion";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activeDeviceCount",
        "appCrashCount",
        "appDisplayName",
        "appName",
        "appPublisher",
        "appUsageDuration",
        "meanTimeToFailureInMinutes",
        "osBuildNumber",
        "osVersion",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"activeDeviceCount\":",
        ",\"appCrashCount\":",
        ",\"appDisplayName\":",
        ",\"appName\":",
        ",\"appPublisher\":",
        ",\"appUsageDuration\":",
        ",\"meanTimeToFailureInMinutes\":",
        ",\"osBuildNumber\":",
        ",\"osVersion\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByOSVersion\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.active_device_count.read_from(r),
            2usize => self.app_crash_count.read_from(r),
            3usize => self.app_display_name.read_from(r),
            4usize => self.app_name.read_from(r),
            5usize => self.app_publisher.read_from(r),
            6usize => self.app_usage_duration.read_from(r),
            7usize => self.mean_time_to_failure_in_minutes.read_from(r),
            8usize => self.os_build_number.read_from(r),
            9usize => self.os_version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.active_device_count);
        w.field(2usize, &self.app_crash_count);
        w.field(3usize, &self.app_display_name);
        w.field(4usize, &self.app_name);
        w.field(5usize, &self.app_publisher);
        w.field(6usize, &self.app_usage_duration);
        w.field(7usize, &self.mean_time_to_failure_in_minutes);
        w.field(8usize, &self.os_build_number);
        w.field(9usize, &self.os_version);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.active_device_count),
            2usize => ::std::option::Option::Some(&self.app_crash_count),
            3usize => ::std::option::Option::Some(&self.app_display_name),
            4usize => ::std::option::Option::Some(&self.app_name),
            5usize => ::std::option::Option::Some(&self.app_publisher),
            6usize => ::std::option::Option::Some(&self.app_usage_duration),
            7usize => ::std::option::Option::Some(&self.mean_time_to_failure_in_minutes),
            8usize => ::std::option::Option::Some(&self.os_build_number),
            9usize => ::std::option::Option::Some(&self.os_version),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "active_device_count", &self.active_device_count);
        d.field(2usize, "app_crash_count", &self.app_crash_count);
        d.field(3usize, "app_display_name", &self.app_display_name);
        d.field(4usize, "app_name", &self.app_name);
        d.field(5usize, "app_publisher", &self.app_publisher);
        d.field(6usize, "app_usage_duration", &self.app_usage_duration);
        d.field(
            7usize,
            "mean_time_to_failure_in_minutes",
            &self.mean_time_to_failure_in_minutes,
        );
        d.field(8usize, "os_build_number", &self.os_build_number);
        d.field(9usize, "os_version", &self.os_version);
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
rt::impl_object!(UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion { with_id id :
    ::std::string::String; with_active_device_count active_device_count : i32;
    with_app_crash_count app_crash_count : i32; with_app_display_name app_display_name :
    ::std::string::String; with_app_name app_name : ::std::string::String;
    with_app_publisher app_publisher : ::std::string::String; with_app_usage_duration
    app_usage_duration : i32; with_mean_time_to_failure_in_minutes
    mean_time_to_failure_in_minutes : i32; with_os_build_number os_build_number :
    ::std::string::String; with_os_version os_version : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion);
#[cfg(msgraph_v1_device_management_or_search)]
/// The user experience analytics device performance entity contains device performance details.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformance`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UserExperienceAnalyticsAppHealthDevicePerformancePath`](requests/struct.UserExperienceAnalyticsAppHealthDevicePerformancePath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct UserExperienceAnalyticsAppHealthDevicePerformance {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The number of application crashes for the device. Valid values 0 to 2147483647. Supports: $filter, $select, $OrderBy. Read-only. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `appCrashCount`: `Edm.Int32`, not nullable.
    pub app_crash_count: rt::Field<i32>,
    /// The number of application hangs for the device. Valid values 0 to 2147483647. Supports: $select, $OrderBy. Read-only. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `appHangCount`: `Edm.Int32`, not nullable.
    pub app_hang_count: rt::Field<i32>,
    /// The number of distinct application crashes for the device. Valid values 0 to 2147483647. Supports: $select, $OrderBy. Read-only. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `crashedAppCount`: `Edm.Int32`, not nullable.
    pub crashed_app_count: rt::Field<i32>,
    /// The application health score of the device. Valid values 0 to 100. Supports: $filter, $select, $OrderBy. Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308
    ///
    /// CSDL: property `deviceAppHealthScore`: `Edm.Double`, not nullable.
    pub device_app_health_score: rt::Field<f64>,
    /// The name of the device. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `deviceDisplayName`: `Edm.String`, nullable.
    pub device_display_name: rt::Field<::std::string::String>,
    /// The Intune device id of the device. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `deviceId`: `Edm.String`, nullable.
    pub device_id: rt::Field<::std::string::String>,
    /// The manufacturer name of the device. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `deviceManufacturer`: `Edm.String`, nullable.
    pub device_manufacturer: rt::Field<::std::string::String>,
    /// The model name of the device. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `deviceModel`: `Edm.String`, nullable.
    pub device_model: rt::Field<::std::string::String>,
    /// The health state of the user experience analytics device. Possible values are: unknown, insufficientData, needsAttention, meetingGoals. Unknown by default. Supports: $filter, $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `healthStatus`: `microsoft.graph.userExperienceAnalyticsHealthState`, not nullable.
    pub health_status: rt::Field<crate::v1::UserExperienceAnalyticsHealthState>,
    /// The mean time to failure for the application in minutes. Valid values 0 to 2147483647. Supports: $filter, $select, $OrderBy. Read-only. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `meanTimeToFailureInMinutes`: `Edm.Int32`, not nullable.
    pub mean_time_to_failure_in_minutes: rt::Field<i32>,
    /// The date and time when the statistics were last computed. The value cannot be modified and is automatically populated when the statistics are computed. The Timestamp type represents date and time information using ISO 8601 format and is always in UTC time. For example, midnight UTC on Jan 1, 2022 would look like this: '2022-01-01T00:00:00Z'. Returned by default. Read-only.
    ///
    /// CSDL: property `processedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub processed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsAppHealthDevicePerformance {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_crash_count: rt::Field::Absent,
            app_hang_count: rt::Field::Absent,
            crashed_app_count: rt::Field::Absent,
            device_app_health_score: rt::Field::Absent,
            device_display_name: rt::Field::Absent,
            device_id: rt::Field::Absent,
            device_manufacturer: rt::Field::Absent,
            device_model: rt::Field::Absent,
            health_status: rt::Field::Absent,
            mean_time_to_failure_in_minutes: rt::Field::Absent,
            processed_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsAppHealthDevicePerformance {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformance";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appCrashCount",
        "appHangCount",
        "crashedAppCount",
        "deviceAppHealthScore",
        "deviceDisplayName",
        "deviceId",
        "deviceManufacturer",
        "deviceModel",
        "healthStatus",
        "meanTimeToFailureInMinutes",
        "processedDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"appCrashCount\":",
        ",\"appHangCount\":",
        ",\"crashedAppCount\":",
        ",\"deviceAppHealthScore\":",
        ",\"deviceDisplayName\":",
        ",\"deviceId\":",
        ",\"deviceManufacturer\":",
        ",\"deviceModel\":",
        ",\"healthStatus\":",
        ",\"meanTimeToFailureInMinutes\":",
        ",\"processedDateTime\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformance\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_crash_count.read_from(r),
            2usize => self.app_hang_count.read_from(r),
            3usize => self.crashed_app_count.read_from(r),
            4usize => self.device_app_health_score.read_from(r),
            5usize => self.device_display_name.read_from(r),
            6usize => self.device_id.read_from(r),
            7usize => self.device_manufacturer.read_from(r),
            8usize => self.device_model.read_from(r),
            9usize => self.health_status.read_from(r),
            10usize => self.mean_time_to_failure_in_minutes.read_from(r),
            11usize => self.processed_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_crash_count);
        w.field(2usize, &self.app_hang_count);
        w.field(3usize, &self.crashed_app_count);
        w.field(4usize, &self.device_app_health_score);
        w.field(5usize, &self.device_display_name);
        w.field(6usize, &self.device_id);
        w.field(7usize, &self.device_manufacturer);
        w.field(8usize, &self.device_model);
        w.field(9usize, &self.health_status);
        w.field(10usize, &self.mean_time_to_failure_in_minutes);
        w.field(11usize, &self.processed_date_time);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.app_crash_count),
            2usize => ::std::option::Option::Some(&self.app_hang_count),
            3usize => ::std::option::Option::Some(&self.crashed_app_count),
            4usize => ::std::option::Option::Some(&self.device_app_health_score),
            5usize => ::std::option::Option::Some(&self.device_display_name),
            6usize => ::std::option::Option::Some(&self.device_id),
            7usize => ::std::option::Option::Some(&self.device_manufacturer),
            8usize => ::std::option::Option::Some(&self.device_model),
            9usize => ::std::option::Option::Some(&self.health_status),
            10usize => ::std::option::Option::Some(&self.mean_time_to_failure_in_minutes),
            11usize => ::std::option::Option::Some(&self.processed_date_time),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "app_crash_count", &self.app_crash_count);
        d.field(2usize, "app_hang_count", &self.app_hang_count);
        d.field(3usize, "crashed_app_count", &self.crashed_app_count);
        d.field(4usize, "device_app_health_score", &self.device_app_health_score);
        d.field(5usize, "device_display_name", &self.device_display_name);
        d.field(6usize, "device_id", &self.device_id);
        d.field(7usize, "device_manufacturer", &self.device_manufacturer);
        d.field(8usize, "device_model", &self.device_model);
        d.field(9usize, "health_status", &self.health_status);
        d.field(
            10usize,
            "mean_time_to_failure_in_minutes",
            &self.mean_time_to_failure_in_minutes,
        );
        d.field(11usize, "processed_date_time", &self.processed_date_time);
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
rt::impl_object!(UserExperienceAnalyticsAppHealthDevicePerformance);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsAppHealthDevicePerformance { with_id id :
    ::std::string::String; with_app_crash_count app_crash_count : i32;
    with_app_hang_count app_hang_count : i32; with_crashed_app_count crashed_app_count :
    i32; with_device_app_health_score device_app_health_score : f64;
    with_device_display_name device_display_name : ::std::string::String; with_device_id
    device_id : ::std::string::String; with_device_manufacturer device_manufacturer :
    ::std::string::String; with_device_model device_model : ::std::string::String;
    with_health_status health_status : crate ::v1::UserExperienceAnalyticsHealthState;
    with_mean_time_to_failure_in_minutes mean_time_to_failure_in_minutes : i32;
    with_processed_date_time processed_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsAppHealthDevicePerformance);
#[cfg(msgraph_v1_device_management_or_search)]
/// The user experience analytics device performance entity contains device performance details.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformanceDetails`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UserExperienceAnalyticsAppHealthDevicePerformanceDetailsPath`](requests/struct.UserExperienceAnalyticsAppHealthDevicePerformanceDetailsPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct UserExperienceAnalyticsAppHealthDevicePerformanceDetails {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The friendly name of the application for which the event occurred. Possible values are: outlook.exe, excel.exe. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `appDisplayName`: `Edm.String`, nullable.
    pub app_display_name: rt::Field<::std::string::String>,
    /// The publisher of the application. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `appPublisher`: `Edm.String`, nullable.
    pub app_publisher: rt::Field<::std::string::String>,
    /// The version of the application. Possible values are: 1.0.0.1, 75.65.23.9. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `appVersion`: `Edm.String`, nullable.
    pub app_version: rt::Field<::std::string::String>,
    /// The name of the device. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `deviceDisplayName`: `Edm.String`, nullable.
    pub device_display_name: rt::Field<::std::string::String>,
    /// The Intune device id of the device. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `deviceId`: `Edm.String`, nullable.
    pub device_id: rt::Field<::std::string::String>,
    /// The time the event occurred. The value cannot be modified and is automatically populated when the statistics are computed. The Timestamp type represents date and time information using ISO 8601 format and is always in UTC time. For example, midnight UTC on Jan 1, 2022 would look like this: '2022-01-01T00:00:00Z'. Returned by default. Read-only.
    ///
    /// CSDL: property `eventDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub event_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The type of the event. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `eventType`: `Edm.String`, nullable.
    pub event_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default
for UserExperienceAnalyticsAppHealthDevicePerformanceDetails {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_display_name: rt::Field::Absent,
            app_publisher: rt::Field::Absent,
            app_version: rt::Field::Absent,
            device_display_name: rt::Field::Absent,
            device_id: rt::Field::Absent,
            event_date_time: rt::Field::Absent,
            event_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsAppHealthDevicePerformanceDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformanceDetails";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appDisplayName",
        "appPublisher",
        "appVersion",
        "deviceDisplayName",
        "deviceId",
        "eventDateTime",
        "eventType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"appDisplayName\":",
        ",\"appPublisher\":",
        ",\"appVersion\":",
        ",\"deviceDisplayName\":",
        ",\"deviceId\":",
        ",\"eventDateTime\":",
        ",\"eventType\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformanceDetails\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_display_name.read_from(r),
            2usize => self.app_publisher.read_from(r),
            3usize => self.app_version.read_from(r),
            4usize => self.device_display_name.read_from(r),
            5usize => self.device_id.read_from(r),
            6usize => self.event_date_time.read_from(r),
            7usize => self.event_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_display_name);
        w.field(2usize, &self.app_publisher);
        w.field(3usize, &self.app_version);
        w.field(4usize, &self.device_display_name);
        w.field(5usize, &self.device_id);
        w.field(6usize, &self.event_date_time);
        w.field(7usize, &self.event_type);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.app_display_name),
            2usize => ::std::option::Option::Some(&self.app_publisher),
            3usize => ::std::option::Option::Some(&self.app_version),
            4usize => ::std::option::Option::Some(&self.device_display_name),
            5usize => ::std::option::Option::Some(&self.device_id),
            6usize => ::std::option::Option::Some(&self.event_date_time),
            7usize => ::std::option::Option::Some(&self.event_type),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "app_display_name", &self.app_display_name);
        d.field(2usize, "app_publisher", &self.app_publisher);
        d.field(3usize, "app_version", &self.app_version);
        d.field(4usize, "device_display_name", &self.device_display_name);
        d.field(5usize, "device_id", &self.device_id);
        d.field(6usize, "event_date_time", &self.event_date_time);
        d.field(7usize, "event_type", &self.event_type);
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
rt::impl_object!(UserExperienceAnalyticsAppHealthDevicePerformanceDetails);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsAppHealthDevicePerformanceDetails { with_id id :
    ::std::string::String; with_app_display_name app_display_name :
    ::std::string::String; with_app_publisher app_publisher : ::std::string::String;
    with_app_version app_version : ::std::string::String; with_device_display_name
    device_display_name : ::std::string::String; with_device_id device_id :
    ::std::string::String; with_event_date_time event_date_time :
    rt::edm::DateTimeOffset; with_event_type event_type : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsAppHealthDevicePerformanceDetails);
#[cfg(msgraph_v1_device_management_or_search)]
/// The user experience analytics device scores entity consolidates the various Endpoint Analytics scores.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsDeviceScores`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UserExperienceAnalyticsDeviceScoresPath`](requests/struct.UserExperienceAnalyticsDeviceScoresPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct UserExperienceAnalyticsDeviceScores {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Indicates a score calculated from application health data to indicate when a device is having problems running one or more applications. Valid values range from 0-100. Value -1 means associated score is unavailable. A higher score indicates a healthier device. Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308
    ///
    /// CSDL: property `appReliabilityScore`: `Edm.Double`, not nullable.
    pub app_reliability_score: rt::Field<f64>,
    /// Indicates a calulated score indicating the health of the device's battery. Valid values range from 0-100. Value -1 means associated score is unavailable. A higher score indicates a healthier device. Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308
    ///
    /// CSDL: property `batteryHealthScore`: `Edm.Double`, not nullable.
    pub battery_health_score: rt::Field<f64>,
    /// The name of the device. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `deviceName`: `Edm.String`, nullable.
    pub device_name: rt::Field<::std::string::String>,
    /// Indicates a weighted average of the various scores. Valid values range from 0-100. Value -1 means associated score is unavailable. A higher score indicates a healthier device. Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308
    ///
    /// CSDL: property `endpointAnalyticsScore`: `Edm.Double`, not nullable.
    pub endpoint_analytics_score: rt::Field<f64>,
    /// The health status of the device. Possible values are: unknown, insufficientData, needsAttention, meetingGoals. Unknown by default. Supports: $filter, $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `healthStatus`: `microsoft.graph.userExperienceAnalyticsHealthState`, not nullable.
    pub health_status: rt::Field<crate::v1::UserExperienceAnalyticsHealthState>,
    /// The manufacturer name of the device. Examples: Microsoft Corporation, HP, Lenovo. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `manufacturer`: `Edm.String`, nullable.
    pub manufacturer: rt::Field<::std::string::String>,
    /// The model name of the device. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `model`: `Edm.String`, nullable.
    pub model: rt::Field<::std::string::String>,
    /// Indicates a weighted average of boot score and logon score used for measuring startup performance. Valid values range from 0-100. Value -1 means associated score is unavailable. A higher score indicates a healthier device. Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308
    ///
    /// CSDL: property `startupPerformanceScore`: `Edm.Double`, not nullable.
    pub startup_performance_score: rt::Field<f64>,
    /// Indicates a weighted score of the work from anywhere on a device level. Valid values range from 0-100. Value -1 means associated score is unavailable. A higher score indicates a healthier device. Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308
    ///
    /// CSDL: property `workFromAnywhereScore`: `Edm.Double`, not nullable.
    pub work_from_anywhere_score: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsDeviceScores {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_reliability_score: rt::Field::Absent,
            battery_health_score: rt::Field::Absent,
            device_name: rt::Field::Absent,
            endpoint_analytics_score: rt::Field::Absent,
            health_status: rt::Field::Absent,
            manufacturer: rt::Field::Absent,
            model: rt::Field::Absent,
            startup_performance_score: rt::Field::Absent,
            work_from_anywhere_score: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsDeviceScores {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsDeviceScores";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appReliabilityScore",
        "batteryHealthScore",
        "deviceName",
        "endpointAnalyticsScore",
        "healthStatus",
        "manufacturer",
        "model",
        "startupPerformanceScore",
        "workFromAnywhereScore",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"appReliabilityScore\":",
        ",\"batteryHealthScore\":",
        ",\"deviceName\":",
        ",\"endpointAnalyticsScore\":",
        ",\"healthStatus\":",
        ",\"manufacturer\":",
        ",\"model\":",
        ",\"startupPerformanceScore\":",
        ",\"workFromAnywhereScore\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsDeviceScores\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_reliability_score.read_from(r),
            2usize => self.battery_health_score.read_from(r),
            3usize => self.device_name.read_from(r),
            4usize => self.endpoint_analytics_score.read_from(r),
            5usize => self.health_status.read_from(r),
            6usize => self.manufacturer.read_from(r),
            7usize => self.model.read_from(r),
            8usize => self.startup_performance_score.read_from(r),
            9usize => self.work_from_anywhere_score.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_reliability_score);
        w.field(2usize, &self.battery_health_score);
        w.field(3usize, &self.device_name);
        w.field(4usize, &self.endpoint_analytics_score);
        w.field(5usize, &self.health_status);
        w.field(6usize, &self.manufacturer);
        w.field(7usize, &self.model);
        w.field(8usize, &self.startup_performance_score);
        w.field(9usize, &self.work_from_anywhere_score);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.app_reliability_score),
            2usize => ::std::option::Option::Some(&self.battery_health_score),
            3usize => ::std::option::Option::Some(&self.device_name),
            4usize => ::std::option::Option::Some(&self.endpoint_analytics_score),
            5usize => ::std::option::Option::Some(&self.health_status),
            6usize => ::std::option::Option::Some(&self.manufacturer),
            7usize => ::std::option::Option::Some(&self.model),
            8usize => ::std::option::Option::Some(&self.startup_performance_score),
            9usize => ::std::option::Option::Some(&self.work_from_anywhere_score),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "app_reliability_score", &self.app_reliability_score);
        d.field(2usize, "battery_health_score", &self.battery_health_score);
        d.field(3usize, "device_name", &self.device_name);
        d.field(4usize, "endpoint_analytics_score", &self.endpoint_analytics_score);
        d.field(5usize, "health_status", &self.health_status);
        d.field(6usize, "manufacturer", &self.manufacturer);
        d.field(7usize, "model", &self.model);
        d.field(8usize, "startup_performance_score", &self.startup_performance_score);
        d.field(9usize, "work_from_anywhere_score", &self.work_from_anywhere_score);
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
rt::impl_object!(UserExperienceAnalyticsDeviceScores);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsDeviceScores { with_id id : ::std::string::String;
    with_app_reliability_score app_reliability_score : f64; with_battery_health_score
    battery_health_score : f64; with_device_name device_name : ::std::string::String;
    with_endpoint_analytics_score endpoint_analytics_score : f64; with_health_status
    health_status : crate ::v1::UserExperienceAnalyticsHealthState; with_manufacturer
    manufacturer : ::std::string::String; with_model model : ::std::string::String;
    with_startup_performance_score startup_performance_score : f64;
    with_work_from_anywhere_score work_from_anywhere_score : f64; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsDeviceScores);
#[cfg(msgraph_v1_device_management_or_search)]
/// The user experience analytics device startup process details.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsDeviceStartupProcess`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UserExperienceAnalyticsDeviceStartupProcessPath`](requests/struct.UserExperienceAnalyticsDeviceStartupProcessPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct UserExperienceAnalyticsDeviceStartupProcess {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The Intune device id of the device. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `managedDeviceId`: `Edm.String`, nullable.
    pub managed_device_id: rt::Field<::std::string::String>,
    /// The name of the process. Examples: outlook, excel. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `processName`: `Edm.String`, nullable.
    pub process_name: rt::Field<::std::string::String>,
    /// The product name of the process. Examples: Microsoft Outlook, Microsoft Excel. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `productName`: `Edm.String`, nullable.
    pub product_name: rt::Field<::std::string::String>,
    /// The publisher of the process. Examples: Microsoft Corporation, Contoso Corp. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// The impact of startup process on device boot time in milliseconds. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `startupImpactInMs`: `Edm.Int32`, not nullable.
    pub startup_impact_in_ms: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsDeviceStartupProcess {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            managed_device_id: rt::Field::Absent,
            process_name: rt::Field::Absent,
            product_name: rt::Field::Absent,
            publisher: rt::Field::Absent,
            startup_impact_in_ms: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsDeviceStartupProcess {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsDeviceStartupProcess";
    const KEYS: &'static [&'static str] = &[
        "id",
        "managedDeviceId",
        "processName",
        "productName",
        "publisher",
        "startupImpactInMs",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"managedDeviceId\":",
        ",\"processName\":",
        ",\"productName\":",
        ",\"publisher\":",
        ",\"startupImpactInMs\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsDeviceStartupProcess\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.managed_device_id.read_from(r),
            2usize => self.process_name.read_from(r),
            3usize => self.product_name.read_from(r),
            4usize => self.publisher.read_from(r),
            5usize => self.startup_impact_in_ms.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.managed_device_id);
        w.field(2usize, &self.process_name);
        w.field(3usize, &self.product_name);
        w.field(4usize, &self.publisher);
        w.field(5usize, &self.startup_impact_in_ms);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.managed_device_id),
            2usize => ::std::option::Option::Some(&self.process_name),
            3usize => ::std::option::Option::Some(&self.product_name),
            4usize => ::std::option::Option::Some(&self.publisher),
            5usize => ::std::option::Option::Some(&self.startup_impact_in_ms),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "managed_device_id", &self.managed_device_id);
        d.field(2usize, "process_name", &self.process_name);
        d.field(3usize, "product_name", &self.product_name);
        d.field(4usize, "publisher", &self.publisher);
        d.field(5usize, "startup_impact_in_ms", &self.startup_impact_in_ms);
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
rt::impl_object!(UserExperienceAnalyticsDeviceStartupProcess);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsDeviceStartupProcess { with_id id : ::std::string::String;
    with_managed_device_id managed_device_id : ::std::string::String; with_process_name
    process_name : ::std::string::String; with_product_name product_name :
    ::std::string::String; with_publisher publisher : ::std::string::String;
    with_startup_impact_in_ms startup_impact_in_ms : i32; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsDeviceStartupProcess);
#[cfg(msgraph_v1_device_management_or_search)]
/// The user experience analytics device startup process performance.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsDeviceStartupProcessPerformance`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UserExperienceAnalyticsDeviceStartupProcessPerformancePath`](requests/struct.UserExperienceAnalyticsDeviceStartupProcessPerformancePath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct UserExperienceAnalyticsDeviceStartupProcessPerformance {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The count of devices which initiated this process on startup. Supports: $filter, $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `deviceCount`: `Edm.Int64`, not nullable.
    pub device_count: rt::Field<i64>,
    /// The median impact of startup process on device boot time in milliseconds. Supports: $filter, $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `medianImpactInMs`: `Edm.Int64`, not nullable.
    pub median_impact_in_ms: rt::Field<i64>,
    /// The name of the startup process. Examples: outlook, excel. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `processName`: `Edm.String`, nullable.
    pub process_name: rt::Field<::std::string::String>,
    /// The product name of the startup process. Examples: Microsoft Outlook, Microsoft Excel. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `productName`: `Edm.String`, nullable.
    pub product_name: rt::Field<::std::string::String>,
    /// The publisher of the startup process. Examples: Microsoft Corporation, Contoso Corp. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// The total impact of startup process on device boot time in milliseconds. Supports: $filter, $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `totalImpactInMs`: `Edm.Int64`, not nullable.
    pub total_impact_in_ms: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsDeviceStartupProcessPerformance {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            device_count: rt::Field::Absent,
            median_impact_in_ms: rt::Field::Absent,
            process_name: rt::Field::Absent,
            product_name: rt::Field::Absent,
            publisher: rt::Field::Absent,
            total_impact_in_ms: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsDeviceStartupProcessPerformance {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsDeviceStartupProcessPerformance";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deviceCount",
        "medianImpactInMs",
        "processName",
        "productName",
        "publisher",
        "totalImpactInMs",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"deviceCount\":",
        ",\"medianImpactInMs\":",
        ",\"processName\":",
        ",\"productName\":",
        ",\"publisher\":",
        ",\"totalImpactInMs\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsDeviceStartupProcessPerformance\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.device_count.read_from(r),
            2usize => self.median_impact_in_ms.read_from(r),
            3usize => self.process_name.read_from(r),
            4usize => self.product_name.read_from(r),
            5usize => self.publisher.read_from(r),
            6usize => self.total_impact_in_ms.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.device_count);
        w.field(2usize, &self.median_impact_in_ms);
        w.field(3usize, &self.process_name);
        w.field(4usize, &self.product_name);
        w.field(5usize, &self.publisher);
        w.field(6usize, &self.total_impact_in_ms);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.device_count),
            2usize => ::std::option::Option::Some(&self.median_impact_in_ms),
            3usize => ::std::option::Option::Some(&self.process_name),
            4usize => ::std::option::Option::Some(&self.product_name),
            5usize => ::std::option::Option::Some(&self.publisher),
            6usize => ::std::option::Option::Some(&self.total_impact_in_ms),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "device_count", &self.device_count);
        d.field(2usize, "median_impact_in_ms", &self.median_impact_in_ms);
        d.field(3usize, "process_name", &self.process_name);
        d.field(4usize, "product_name", &self.product_name);
        d.field(5usize, "publisher", &self.publisher);
        d.field(6usize, "total_impact_in_ms", &self.total_impact_in_ms);
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
rt::impl_object!(UserExperienceAnalyticsDeviceStartupProcessPerformance);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsDeviceStartupProcessPerformance { with_id id :
    ::std::string::String; with_device_count device_count : i64; with_median_impact_in_ms
    median_impact_in_ms : i64; with_process_name process_name : ::std::string::String;
    with_product_name product_name : ::std::string::String; with_publisher publisher :
    ::std::string::String; with_total_impact_in_ms total_impact_in_ms : i64; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsDeviceStartupProcessPerformance);
#[cfg(msgraph_v1_device_management_or_search)]
/// The user experience analytics device startup score history.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsScoreHistory`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UserExperienceAnalyticsScoreHistoryPath`](requests/struct.UserExperienceAnalyticsScoreHistoryPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct UserExperienceAnalyticsScoreHistory {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The device startup date time. The value cannot be modified and is automatically populated. The Timestamp type represents date and time information using ISO 8601 format and is always in UTC time. For example, midnight UTC on Jan 1, 2014 would look like this: '2014-01-01T00:00:00Z'. Returned by default.
    ///
    /// CSDL: property `startupDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub startup_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsScoreHistory {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            startup_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsScoreHistory {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsScoreHistory";
    const KEYS: &'static [&'static str] = &["id", "startupDateTime"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":", ",\"startupDateTime\":"];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsScoreHistory\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.startup_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.startup_date_time);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.startup_date_time),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "startup_date_time", &self.startup_date_time);
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
rt::impl_object!(UserExperienceAnalyticsScoreHistory);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsScoreHistory { with_id id : ::std::string::String;
    with_startup_date_time startup_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsScoreHistory);
#[cfg(msgraph_v1_device_management_or_search)]
/// Indicates type of summarization. Possible values are: None, Model, AllRegressions, ModelRegression, ManufacturerRegression, OperatingSystemVersionRegression.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsSummarizedBy`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum UserExperienceAnalyticsSummarizedBy {
    /// Indicates that the summarization is none.
    ///
    /// `none` (value 0).
    None,
    /// Indicates that the summarization is by model.
    ///
    /// `model` (value 1).
    Model,
    /// Indicates that the summarization is by all regressions.
    ///
    /// `allRegressions` (value 3).
    AllRegressions,
    /// Indicates that the summarization is by model regression.
    ///
    /// `modelRegression` (value 4).
    ModelRegression,
    /// Indicates that the summarization is by manufacturer regression.
    ///
    /// `manufacturerRegression` (value 5).
    ManufacturerRegression,
    /// Indicates that the summarization is by operating system version regression.
    ///
    /// `operatingSystemVersionRegression` (value 6).
    OperatingSystemVersionRegression,
    /// Evolvable enumeration sentinel value. Do not use.
    ///
    /// `unknownFutureValue` (value 7).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for UserExperienceAnalyticsSummarizedBy {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsSummarizedBy";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "model",
        "allRegressions",
        "modelRegression",
        "manufacturerRegression",
        "operatingSystemVersionRegression",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "model" => Self::Model,
                "allRegressions" => Self::AllRegressions,
                "modelRegression" => Self::ModelRegression,
                "manufacturerRegression" => Self::ManufacturerRegression,
                "operatingSystemVersionRegression" => {
                    Self::OperatingSystemVersionRegression
                }
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
            Self::Model => "model",
            Self::AllRegressions => "allRegressions",
            Self::ModelRegression => "modelRegression",
            Self::ManufacturerRegression => "manufacturerRegression",
            Self::OperatingSystemVersionRegression => "operatingSystemVersionRegression",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(UserExperienceAnalyticsSummarizedBy);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsSummarizedBy);
#[cfg(msgraph_v1_device_management_or_search)]
/// The user experience analytics device for work from anywhere report.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsWorkFromAnywhereDevice`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UserExperienceAnalyticsWorkFromAnywhereDevicePath`](requests/struct.UserExperienceAnalyticsWorkFromAnywhereDevicePath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct UserExperienceAnalyticsWorkFromAnywhereDevice {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// When TRUE, indicates the intune device's autopilot profile is assigned. When FALSE, indicates it's not Assigned. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `autoPilotProfileAssigned`: `Edm.Boolean`, nullable.
    pub auto_pilot_profile_assigned: rt::Field<bool>,
    /// When TRUE, indicates the intune device's autopilot is registered. When FALSE, indicates it's not registered. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `autoPilotRegistered`: `Edm.Boolean`, nullable.
    pub auto_pilot_registered: rt::Field<bool>,
    /// The Azure Active Directory (Azure AD) device Id. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `azureAdDeviceId`: `Edm.String`, nullable.
    pub azure_ad_device_id: rt::Field<::std::string::String>,
    /// The work from anywhere device's Azure Active Directory (Azure AD) join type. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `azureAdJoinType`: `Edm.String`, nullable.
    pub azure_ad_join_type: rt::Field<::std::string::String>,
    /// When TRUE, indicates the device's Azure Active Directory (Azure AD) is registered. When False, indicates it's not registered. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `azureAdRegistered`: `Edm.Boolean`, nullable.
    pub azure_ad_registered: rt::Field<bool>,
    /// Indicates per device cloud identity score. Valid values 0 to 100. Value -1 means associated score is unavailable. Supports: $select, $OrderBy. Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308
    ///
    /// CSDL: property `cloudIdentityScore`: `Edm.Double`, nullable.
    pub cloud_identity_score: rt::Field<f64>,
    /// Indicates per device cloud management score. Valid values 0 to 100. Value -1 means associated score is unavailable. Supports: $select, $OrderBy. Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308
    ///
    /// CSDL: property `cloudManagementScore`: `Edm.Double`, nullable.
    pub cloud_management_score: rt::Field<f64>,
    /// Indicates per device cloud provisioning score. Valid values 0 to 100. Value -1 means associated score is unavailable. Supports: $select, $OrderBy. Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308
    ///
    /// CSDL: property `cloudProvisioningScore`: `Edm.Double`, nullable.
    pub cloud_provisioning_score: rt::Field<f64>,
    /// When TRUE, indicates the device's compliance policy is set to intune. When FALSE, indicates it's not set to intune. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `compliancePolicySetToIntune`: `Edm.Boolean`, nullable.
    pub compliance_policy_set_to_intune: rt::Field<bool>,
    /// The Intune device id of the device. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `deviceId`: `Edm.String`, nullable.
    pub device_id: rt::Field<::std::string::String>,
    /// The name of the device. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `deviceName`: `Edm.String`, nullable.
    pub device_name: rt::Field<::std::string::String>,
    /// The health state of the user experience analytics work from anywhere device. Possible values are: unknown, insufficientData, needsAttention, meetingGoals. Unknown by default. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `healthStatus`: `microsoft.graph.userExperienceAnalyticsHealthState`, not nullable.
    pub health_status: rt::Field<crate::v1::UserExperienceAnalyticsHealthState>,
    /// When TRUE, indicates the device's Cloud Management Gateway for Configuration Manager is enabled. When FALSE, indicates it's not enabled. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `isCloudManagedGatewayEnabled`: `Edm.Boolean`, nullable.
    pub is_cloud_managed_gateway_enabled: rt::Field<bool>,
    /// The management agent of the device. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `managedBy`: `Edm.String`, nullable.
    pub managed_by: rt::Field<::std::string::String>,
    /// The manufacturer name of the device. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `manufacturer`: `Edm.String`, nullable.
    pub manufacturer: rt::Field<::std::string::String>,
    /// The model name of the device. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `model`: `Edm.String`, nullable.
    pub model: rt::Field<::std::string::String>,
    /// When TRUE, indicates OS check failed for device to upgrade to the latest version of windows. When FALSE, indicates the check succeeded. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `osCheckFailed`: `Edm.Boolean`, nullable.
    pub os_check_failed: rt::Field<bool>,
    /// The OS description of the device. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `osDescription`: `Edm.String`, nullable.
    pub os_description: rt::Field<::std::string::String>,
    /// The OS version of the device. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `osVersion`: `Edm.String`, nullable.
    pub os_version: rt::Field<::std::string::String>,
    /// When TRUE, indicates the device's other workloads is set to intune. When FALSE, indicates it's not set to intune. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `otherWorkloadsSetToIntune`: `Edm.Boolean`, nullable.
    pub other_workloads_set_to_intune: rt::Field<bool>,
    /// Ownership of the device. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `ownership`: `Edm.String`, nullable.
    pub ownership: rt::Field<::std::string::String>,
    /// When TRUE, indicates processor hardware 64-bit architecture check failed for device to upgrade to the latest version of windows. When FALSE, indicates the check succeeded. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `processor64BitCheckFailed`: `Edm.Boolean`, nullable.
    pub processor64_bit_check_failed: rt::Field<bool>,
    /// When TRUE, indicates processor hardware core count check failed for device to upgrade to the latest version of windows. When FALSE, indicates the check succeeded. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `processorCoreCountCheckFailed`: `Edm.Boolean`, nullable.
    pub processor_core_count_check_failed: rt::Field<bool>,
    /// When TRUE, indicates processor hardware family check failed for device to upgrade to the latest version of windows. When FALSE, indicates the check succeeded. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `processorFamilyCheckFailed`: `Edm.Boolean`, nullable.
    pub processor_family_check_failed: rt::Field<bool>,
    /// When TRUE, indicates processor hardware speed check failed for device to upgrade to the latest version of windows. When FALSE, indicates the check succeeded. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `processorSpeedCheckFailed`: `Edm.Boolean`, nullable.
    pub processor_speed_check_failed: rt::Field<bool>,
    /// When TRUE, indicates RAM hardware check failed for device to upgrade to the latest version of windows. When FALSE, indicates the check succeeded. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `ramCheckFailed`: `Edm.Boolean`, nullable.
    pub ram_check_failed: rt::Field<bool>,
    /// When TRUE, indicates secure boot hardware check failed for device to upgrade to the latest version of windows. When FALSE, indicates the check succeeded. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `secureBootCheckFailed`: `Edm.Boolean`, nullable.
    pub secure_boot_check_failed: rt::Field<bool>,
    /// The serial number of the device. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `serialNumber`: `Edm.String`, nullable.
    pub serial_number: rt::Field<::std::string::String>,
    /// When TRUE, indicates storage hardware check failed for device to upgrade to the latest version of windows. When FALSE, indicates the check succeeded. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `storageCheckFailed`: `Edm.Boolean`, nullable.
    pub storage_check_failed: rt::Field<bool>,
    /// When TRUE, indicates the device is Tenant Attached. When FALSE, indicates it's not Tenant Attached. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `tenantAttached`: `Edm.Boolean`, nullable.
    pub tenant_attached: rt::Field<bool>,
    /// When TRUE, indicates Trusted Platform Module (TPM) hardware check failed for device to the latest version of upgrade to windows. When FALSE, indicates the check succeeded. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `tpmCheckFailed`: `Edm.Boolean`, nullable.
    pub tpm_check_failed: rt::Field<bool>,
    /// The windows upgrade eligibility status of device. Possible values are: upgraded, unknown, notCapable, capable. Unknown by default. Supports: $select, $OrderBy. Read-only.
    ///
    /// CSDL: property `upgradeEligibility`: `microsoft.graph.operatingSystemUpgradeEligibility`, not nullable.
    pub upgrade_eligibility: rt::Field<crate::v1::OperatingSystemUpgradeEligibility>,
    /// Indicates per device windows score. Valid values 0 to 100. Value -1 means associated score is unavailable. Supports: $select, $OrderBy. Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308
    ///
    /// CSDL: property `windowsScore`: `Edm.Double`, nullable.
    pub windows_score: rt::Field<f64>,
    /// Indicates work from anywhere per device overall score. Valid values 0 to 100. Value -1 means associated score is unavailable. Supports: $select, $OrderBy. Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308
    ///
    /// CSDL: property `workFromAnywhereScore`: `Edm.Double`, nullable.
    pub work_from_anywhere_score: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsWorkFromAnywhereDevice {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            auto_pilot_profile_assigned: rt::Field::Absent,
            auto_pilot_registered: rt::Field::Absent,
            azure_ad_device_id: rt::Field::Absent,
            azure_ad_join_type: rt::Field::Absent,
            azure_ad_registered: rt::Field::Absent,
            cloud_identity_score: rt::Field::Absent,
            cloud_management_score: rt::Field::Absent,
            cloud_provisioning_score: rt::Field::Absent,
            compliance_policy_set_to_intune: rt::Field::Absent,
            device_id: rt::Field::Absent,
            device_name: rt::Field::Absent,
            health_status: rt::Field::Absent,
            is_cloud_managed_gateway_enabled: rt::Field::Absent,
            managed_by: rt::Field::Absent,
            manufacturer: rt::Field::Absent,
            model: rt::Field::Absent,
            os_check_failed: rt::Field::Absent,
            os_description: rt::Field::Absent,
            os_version: rt::Field::Absent,
            other_workloads_set_to_intune: rt::Field::Absent,
            ownership: rt::Field::Absent,
            processor64_bit_check_failed: rt::Field::Absent,
            processor_core_count_check_failed: rt::Field::Absent,
            processor_family_check_failed: rt::Field::Absent,
            processor_speed_check_failed: rt::Field::Absent,
            ram_check_failed: rt::Field::Absent,
            secure_boot_check_failed: rt::Field::Absent,
            serial_number: rt::Field::Absent,
            storage_check_failed: rt::Field::Absent,
            tenant_attached: rt::Field::Absent,
            tpm_check_failed: rt::Field::Absent,
            upgrade_eligibility: rt::Field::Absent,
            windows_score: rt::Field::Absent,
            work_from_anywhere_score: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsWorkFromAnywhereDevice {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereDevice";
    const KEYS: &'static [&'static str] = &[
        "id",
        "autoPilotProfileAssigned",
        "autoPilotRegistered",
        "azureAdDeviceId",
        "azureAdJoinType",
        "azureAdRegistered",
        "cloudIdentityScore",
        "cloudManagementScore",
        "cloudProvisioningScore",
        "compliancePolicySetToIntune",
        "deviceId",
        "deviceName",
        "healthStatus",
        "isCloudManagedGatewayEnabled",
        "managedBy",
        "manufacturer",
        "model",
        "osCheckFailed",
        "osDescription",
        "osVersion",
        "otherWorkloadsSetToIntune",
        "ownership",
        "processor64BitCheckFailed",
        "processorCoreCountCheckFailed",
        "processorFamilyCheckFailed",
        "processorSpeedCheckFailed",
        "ramCheckFailed",
        "secureBootCheckFailed",
        "serialNumber",
        "storageCheckFailed",
        "tenantAttached",
        "tpmCheckFailed",
        "upgradeEligibility",
        "windowsScore",
        "workFromAnywhereScore",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"autoPilotProfileAssigned\":",
        ",\"autoPilotRegistered\":",
        ",\"azureAdDeviceId\":",
        ",\"azureAdJoinType\":",
        ",\"azureAdRegistered\":",
        ",\"cloudIdentityScore\":",
        ",\"cloudManagementScore\":",
        ",\"cloudProvisioningScore\":",
        ",\"compliancePolicySetToIntune\":",
        ",\"deviceId\":",
        ",\"deviceName\":",
        ",\"healthStatus\":",
        ",\"isCloudManagedGatewayEnabled\":",
        ",\"managedBy\":",
        ",\"manufacturer\":",
        ",\"model\":",
        ",\"osCheckFailed\":",
        ",\"osDescription\":",
        ",\"osVersion\":",
        ",\"otherWorkloadsSetToIntune\":",
        ",\"ownership\":",
        ",\"processor64BitCheckFailed\":",
        ",\"processorCoreCountCheckFailed\":",
        ",\"processorFamilyCheckFailed\":",
        ",\"processorSpeedCheckFailed\":",
        ",\"ramCheckFailed\":",
        ",\"secureBootCheckFailed\":",
        ",\"serialNumber\":",
        ",\"storageCheckFailed\":",
        ",\"tenantAttached\":",
        ",\"tpmCheckFailed\":",
        ",\"upgradeEligibility\":",
        ",\"windowsScore\":",
        ",\"workFromAnywhereScore\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsWorkFromAnywhereDevice\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.auto_pilot_profile_assigned.read_from(r),
            2usize => self.auto_pilot_registered.read_from(r),
            3usize => self.azure_ad_device_id.read_from(r),
            4usize => self.azure_ad_join_type.read_from(r),
            5usize => self.azure_ad_registered.read_from(r),
            6usize => self.cloud_identity_score.read_from(r),
            7usize => self.cloud_management_score.read_from(r),
            8usize => self.cloud_provisioning_score.read_from(r),
            9usize => self.compliance_policy_set_to_intune.read_from(r),
            10usize => self.device_id.read_from(r),
            11usize => self.device_name.read_from(r),
            12usize => self.health_status.read_from(r),
            13usize => self.is_cloud_managed_gateway_enabled.read_from(r),
            14usize => self.managed_by.read_from(r),
            15usize => self.manufacturer.read_from(r),
            16usize => self.model.read_from(r),
            17usize => self.os_check_failed.read_from(r),
            18usize => self.os_description.read_from(r),
            19usize => self.os_version.read_from(r),
            20usize => self.other_workloads_set_to_intune.read_from(r),
            21usize => self.ownership.read_from(r),
            22usize => self.processor64_bit_check_failed.read_from(r),
            23usize => self.processor_core_count_check_failed.read_from(r),
            24usize => self.processor_family_check_failed.read_from(r),
            25usize => self.processor_speed_check_failed.read_from(r),
            26usize => self.ram_check_failed.read_from(r),
            27usize => self.secure_boot_check_failed.read_from(r),
            28usize => self.serial_number.read_from(r),
            29usize => self.storage_check_failed.read_from(r),
            30usize => self.tenant_attached.read_from(r),
            31usize => self.tpm_check_failed.read_from(r),
            32usize => self.upgrade_eligibility.read_from(r),
            33usize => self.windows_score.read_from(r),
            34usize => self.work_from_anywhere_score.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.auto_pilot_profile_assigned);
        w.field(2usize, &self.auto_pilot_registered);
        w.field(3usize, &self.azure_ad_device_id);
        w.field(4usize, &self.azure_ad_join_type);
        w.field(5usize, &self.azure_ad_registered);
        w.field(6usize, &self.cloud_identity_score);
        w.field(7usize, &self.cloud_management_score);
        w.field(8usize, &self.cloud_provisioning_score);
        w.field(9usize, &self.compliance_policy_set_to_intune);
        w.field(10usize, &self.device_id);
        w.field(11usize, &self.device_name);
        w.field(12usize, &self.health_status);
        w.field(13usize, &self.is_cloud_managed_gateway_enabled);
        w.field(14usize, &self.managed_by);
        w.field(15usize, &self.manufacturer);
        w.field(16usize, &self.model);
        w.field(17usize, &self.os_check_failed);
        w.field(18usize, &self.os_description);
        w.field(19usize, &self.os_version);
        w.field(20usize, &self.other_workloads_set_to_intune);
        w.field(21usize, &self.ownership);
        w.field(22usize, &self.processor64_bit_check_failed);
        w.field(23usize, &self.processor_core_count_check_failed);
        w.field(24usize, &self.processor_family_check_failed);
        w.field(25usize, &self.processor_speed_check_failed);
        w.field(26usize, &self.ram_check_failed);
        w.field(27usize, &self.secure_boot_check_failed);
        w.field(28usize, &self.serial_number);
        w.field(29usize, &self.storage_check_failed);
        w.field(30usize, &self.tenant_attached);
        w.field(31usize, &self.tpm_check_failed);
        w.field(32usize, &self.upgrade_eligibility);
        w.field(33usize, &self.windows_score);
        w.field(34usize, &self.work_from_anywhere_score);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.auto_pilot_profile_assigned),
            2usize => ::std::option::Option::Some(&self.auto_pilot_registered),
            3usize => ::std::option::Option::Some(&self.azure_ad_device_id),
            4usize => ::std::option::Option::Some(&self.azure_ad_join_type),
            5usize => ::std::option::Option::Some(&self.azure_ad_registered),
            6usize => ::std::option::Option::Some(&self.cloud_identity_score),
            7usize => ::std::option::Option::Some(&self.cloud_management_score),
            8usize => ::std::option::Option::Some(&self.cloud_provisioning_score),
            9usize => ::std::option::Option::Some(&self.compliance_policy_set_to_intune),
            10usize => ::std::option::Option::Some(&self.device_id),
            11usize => ::std::option::Option::Some(&self.device_name),
            12usize => ::std::option::Option::Some(&self.health_status),
            13usize => {
                ::std::option::Option::Some(&self.is_cloud_managed_gateway_enabled)
            }
            14usize => ::std::option::Option::Some(&self.managed_by),
            15usize => ::std::option::Option::Some(&self.manufacturer),
            16usize => ::std::option::Option::Some(&self.model),
            17usize => ::std::option::Option::Some(&self.os_check_failed),
            18usize => ::std::option::Option::Some(&self.os_description),
            19usize => ::std::option::Option::Some(&self.os_version),
            20usize => ::std::option::Option::Some(&self.other_workloads_set_to_intune),
            21usize => ::std::option::Option::Some(&self.ownership),
            22usize => ::std::option::Option::Some(&self.processor64_bit_check_failed),
            23usize => {
                ::std::option::Option::Some(&self.processor_core_count_check_failed)
            }
            24usize => ::std::option::Option::Some(&self.processor_family_check_failed),
            25usize => ::std::option::Option::Some(&self.processor_speed_check_failed),
            26usize => ::std::option::Option::Some(&self.ram_check_failed),
            27usize => ::std::option::Option::Some(&self.secure_boot_check_failed),
            28usize => ::std::option::Option::Some(&self.serial_number),
            29usize => ::std::option::Option::Some(&self.storage_check_failed),
            30usize => ::std::option::Option::Some(&self.tenant_attached),
            31usize => ::std::option::Option::Some(&self.tpm_check_failed),
            32usize => ::std::option::Option::Some(&self.upgrade_eligibility),
            33usize => ::std::option::Option::Some(&self.windows_score),
            34usize => ::std::option::Option::Some(&self.work_from_anywhere_score),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(
            1usize,
            "auto_pilot_profile_assigned",
            &self.auto_pilot_profile_assigned,
        );
        d.field(2usize, "auto_pilot_registered", &self.auto_pilot_registered);
        d.field(3usize, "azure_ad_device_id", &self.azure_ad_device_id);
        d.field(4usize, "azure_ad_join_type", &self.azure_ad_join_type);
        d.field(5usize, "azure_ad_registered", &self.azure_ad_registered);
        d.field(6usize, "cloud_identity_score", &self.cloud_identity_score);
        d.field(7usize, "cloud_management_score", &self.cloud_management_score);
        d.field(8usize, "cloud_provisioning_score", &self.cloud_provisioning_score);
        d.field(
            9usize,
            "compliance_policy_set_to_intune",
            &self.compliance_policy_set_to_intune,
        );
        d.field(10usize, "device_id", &self.device_id);
        d.field(11usize, "device_name", &self.device_name);
        d.field(12usize, "health_status", &self.health_status);
        d.field(
            13usize,
            "is_cloud_managed_gateway_enabled",
            &self.is_cloud_managed_gateway_enabled,
        );
        d.field(14usize, "managed_by", &self.managed_by);
        d.field(15usize, "manufacturer", &self.manufacturer);
        d.field(16usize, "model", &self.model);
        d.field(17usize, "os_check_failed", &self.os_check_failed);
        d.field(18usize, "os_description", &self.os_description);
        d.field(19usize, "os_version", &self.os_version);
        d.field(
            20usize,
            "other_workloads_set_to_intune",
            &self.other_workloads_set_to_intune,
        );
        d.field(21usize, "ownership", &self.ownership);
        d.field(
            22usize,
            "processor64_bit_check_failed",
            &self.processor64_bit_check_failed,
        );
        d.field(
            23usize,
            "processor_core_count_check_failed",
            &self.processor_core_count_check_failed,
        );
        d.field(
            24usize,
            "processor_family_check_failed",
            &self.processor_family_check_failed,
        );
        d.field(
            25usize,
            "processor_speed_check_failed",
            &self.processor_speed_check_failed,
        );
        d.field(26usize, "ram_check_failed", &self.ram_check_failed);
        d.field(27usize, "secure_boot_check_failed", &self.secure_boot_check_failed);
        d.field(28usize, "serial_number", &self.serial_number);
        d.field(29usize, "storage_check_failed", &self.storage_check_failed);
        d.field(30usize, "tenant_attached", &self.tenant_attached);
        d.field(31usize, "tpm_check_failed", &self.tpm_check_failed);
        d.field(32usize, "upgrade_eligibility", &self.upgrade_eligibility);
        d.field(33usize, "windows_score", &self.windows_score);
        d.field(34usize, "work_from_anywhere_score", &self.work_from_anywhere_score);
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
rt::impl_object!(UserExperienceAnalyticsWorkFromAnywhereDevice);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsWorkFromAnywhereDevice { with_id id : ::std::string::String;
    with_auto_pilot_profile_assigned auto_pilot_profile_assigned : bool;
    with_auto_pilot_registered auto_pilot_registered : bool; with_azure_ad_device_id
    azure_ad_device_id : ::std::string::String; with_azure_ad_join_type
    azure_ad_join_type : ::std::string::String; with_azure_ad_registered
    azure_ad_registered : bool; with_cloud_identity_score cloud_identity_score : f64;
    with_cloud_management_score cloud_management_score : f64;
    with_cloud_provisioning_score cloud_provisioning_score : f64;
    with_compliance_policy_set_to_intune compliance_policy_set_to_intune : bool;
    with_device_id device_id : ::std::string::String; with_device_name device_name :
    ::std::string::String; with_health_status health_status : crate
    ::v1::UserExperienceAnalyticsHealthState; with_is_cloud_managed_gateway_enabled
    is_cloud_managed_gateway_enabled : bool; with_managed_by managed_by :
    ::std::string::String; with_manufacturer manufacturer : ::std::string::String;
    with_model model : ::std::string::String; with_os_check_failed os_check_failed :
    bool; with_os_description os_description : ::std::string::String; with_os_version
    os_version : ::std::string::String; with_other_workloads_set_to_intune
    other_workloads_set_to_intune : bool; with_ownership ownership :
    ::std::string::String; with_processor64_bit_check_failed processor64_bit_check_failed
    : bool; with_processor_core_count_check_failed processor_core_count_check_failed :
    bool; with_processor_family_check_failed processor_family_check_failed : bool;
    with_processor_speed_check_failed processor_speed_check_failed : bool;
    with_ram_check_failed ram_check_failed : bool; with_secure_boot_check_failed
    secure_boot_check_failed : bool; with_serial_number serial_number :
    ::std::string::String; with_storage_check_failed storage_check_failed : bool;
    with_tenant_attached tenant_attached : bool; with_tpm_check_failed tpm_check_failed :
    bool; with_upgrade_eligibility upgrade_eligibility : crate
    ::v1::OperatingSystemUpgradeEligibility; with_windows_score windows_score : f64;
    with_work_from_anywhere_score work_from_anywhere_score : f64; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsWorkFromAnywhereDevice);
#[cfg(msgraph_v1_device_management_or_search)]
/// The user experience analytics hardware readiness entity contains account level information about hardware blockers for windows upgrade.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UserExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetricPath`](requests/struct.UserExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetricPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct UserExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The percentage of devices for which OS check has failed. Valid values 0 to 100. Supports: $select, $OrderBy. Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308
    ///
    /// CSDL: property `osCheckFailedPercentage`: `Edm.Double`, not nullable.
    pub os_check_failed_percentage: rt::Field<f64>,
    /// The percentage of devices for which processor hardware 64-bit architecture check has failed. Valid values 0 to 100. Supports: $select, $OrderBy. Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308
    ///
    /// CSDL: property `processor64BitCheckFailedPercentage`: `Edm.Double`, not nullable.
    pub processor64_bit_check_failed_percentage: rt::Field<f64>,
    /// The percentage of devices for which processor hardware core count check has failed. Valid values 0 to 100. Supports: $select, $OrderBy. Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308
    ///
    /// CSDL: property `processorCoreCountCheckFailedPercentage`: `Edm.Double`, not nullable.
    pub processor_core_count_check_failed_percentage: rt::Field<f64>,
    /// The percentage of devices for which processor hardware family check has failed. Valid values 0 to 100. Supports: $select, $OrderBy. Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308
    ///
    /// CSDL: property `processorFamilyCheckFailedPercentage`: `Edm.Double`, not nullable.
    pub processor_family_check_failed_percentage: rt::Field<f64>,
    /// The percentage of devices for which processor hardware speed check has failed. Valid values 0 to 100. Supports: $select, $OrderBy. Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308
    ///
    /// CSDL: property `processorSpeedCheckFailedPercentage`: `Edm.Double`, not nullable.
    pub processor_speed_check_failed_percentage: rt::Field<f64>,
    /// The percentage of devices for which RAM hardware check has failed. Valid values 0 to 100. Supports: $select, $OrderBy. Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308
    ///
    /// CSDL: property `ramCheckFailedPercentage`: `Edm.Double`, not nullable.
    pub ram_check_failed_percentage: rt::Field<f64>,
    /// The percentage of devices for which secure boot hardware check has failed. Valid values 0 to 100. Supports: $select, $OrderBy. Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308
    ///
    /// CSDL: property `secureBootCheckFailedPercentage`: `Edm.Double`, not nullable.
    pub secure_boot_check_failed_percentage: rt::Field<f64>,
    /// The percentage of devices for which storage hardware check has failed. Valid values 0 to 100. Supports: $select, $OrderBy. Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308
    ///
    /// CSDL: property `storageCheckFailedPercentage`: `Edm.Double`, not nullable.
    pub storage_check_failed_percentage: rt::Field<f64>,
    /// The count of total devices in an organization. Valid values 0 to 2147483647. Supports: $select, $OrderBy. Read-only. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `totalDeviceCount`: `Edm.Int32`, not nullable.
    pub total_device_count: rt::Field<i32>,
    /// The percentage of devices for which Trusted Platform Module (TPM) hardware check has failed. Valid values 0 to 100. Supports: $select, $OrderBy. Read-only. Valid values -1.79769313486232E+308 to 1.79769313486232E+308
    ///
    /// CSDL: property `tpmCheckFailedPercentage`: `Edm.Double`, not nullable.
    pub tpm_check_failed_percentage: rt::Field<f64>,
    /// The count of devices in an organization eligible for windows upgrade. Valid values 0 to 2147483647. Supports: $select, $OrderBy. Read-only. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `upgradeEligibleDeviceCount`: `Edm.Int32`, not nullable.
    pub upgrade_eligible_device_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default
for UserExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            os_check_failed_percentage: rt::Field::Absent,
            processor64_bit_check_failed_percentage: rt::Field::Absent,
            processor_core_count_check_failed_percentage: rt::Field::Absent,
            processor_family_check_failed_percentage: rt::Field::Absent,
            processor_speed_check_failed_percentage: rt::Field::Absent,
            ram_check_failed_percentage: rt::Field::Absent,
            secure_boot_check_failed_percentage: rt::Field::Absent,
            storage_check_failed_percentage: rt::Field::Absent,
            total_device_count: rt::Field::Absent,
            tpm_check_failed_percentage: rt::Field::Absent,
            upgrade_eligible_device_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric";
    const KEYS: &'static [&'static str] = &[
        "id",
        "osCheckFailedPercentage",
        "processor64BitCheckFailedPercentage",
        "processorCoreCountCheckFailedPercentage",
        "processorFamilyCheckFailedPercentage",
        "processorSpeedCheckFailedPercentage",
        "ramCheckFailedPercentage",
        "secureBootCheckFailedPercentage",
        "storageCheckFailedPercentage",
        "totalDeviceCount",
        "tpmCheckFailedPercentage",
        "upgradeEligibleDeviceCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"osCheckFailedPercentage\":",
        ",\"processor64BitCheckFailedPercentage\":",
        ",\"processorCoreCountCheckFailedPercentage\":",
        ",\"processorFamilyCheckFailedPercentage\":",
        ",\"processorSpeedCheckFailedPercentage\":",
        ",\"ramCheckFailedPercentage\":",
        ",\"secureBootCheckFailedPercentage\":",
        ",\"storageCheckFailedPercentage\":",
        ",\"totalDeviceCount\":",
        ",\"tpmCheckFailedPercentage\":",
        ",\"upgradeEligibleDeviceCount\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.os_check_failed_percentage.read_from(r),
            2usize => self.processor64_bit_check_failed_percentage.read_from(r),
            3usize => self.processor_core_count_check_failed_percentage.read_from(r),
            4usize => self.processor_family_check_failed_percentage.read_from(r),
            5usize => self.processor_speed_check_failed_percentage.read_from(r),
            6usize => self.ram_check_failed_percentage.read_from(r),
            7usize => self.secure_boot_check_failed_percentage.read_from(r),
            8usize => self.storage_check_failed_percentage.read_from(r),
            9usize => self.total_device_count.read_from(r),
            10usize => self.tpm_check_failed_percentage.read_from(r),
            11usize => self.upgrade_eligible_device_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.os_check_failed_percentage);
        w.field(2usize, &self.processor64_bit_check_failed_percentage);
        w.field(3usize, &self.processor_core_count_check_failed_percentage);
        w.field(4usize, &self.processor_family_check_failed_percentage);
        w.field(5usize, &self.processor_speed_check_failed_percentage);
        w.field(6usize, &self.ram_check_failed_percentage);
        w.field(7usize, &self.secure_boot_check_failed_percentage);
        w.field(8usize, &self.storage_check_failed_percentage);
        w.field(9usize, &self.total_device_count);
        w.field(10usize, &self.tpm_check_failed_percentage);
        w.field(11usize, &self.upgrade_eligible_device_count);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.os_check_failed_percentage),
            2usize => {
                ::std::option::Option::Some(
                    &self.processor64_bit_check_failed_percentage,
                )
            }
            3usize => {
                ::std::option::Option::Some(
                    &self.processor_core_count_check_failed_percentage,
                )
            }
            4usize => {
                ::std::option::Option::Some(
                    &self.processor_family_check_failed_percentage,
                )
            }
            5usize => {
                ::std::option::Option::Some(
                    &self.processor_speed_check_failed_percentage,
                )
            }
            6usize => ::std::option::Option::Some(&self.ram_check_failed_percentage),
            7usize => {
                ::std::option::Option::Some(&self.secure_boot_check_failed_percentage)
            }
            8usize => ::std::option::Option::Some(&self.storage_check_failed_percentage),
            9usize => ::std::option::Option::Some(&self.total_device_count),
            10usize => ::std::option::Option::Some(&self.tpm_check_failed_percentage),
            11usize => ::std::option::Option::Some(&self.upgrade_eligible_device_count),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "os_check_failed_percentage", &self.os_check_failed_percentage);
        d.field(
            2usize,
            "processor64_bit_check_failed_percentage",
            &self.processor64_bit_check_failed_percentage,
        );
        d.field(
            3usize,
            "processor_core_count_check_failed_percentage",
            &self.processor_core_count_check_failed_percentage,
        );
        d.field(
            4usize,
            "processor_family_check_failed_percentage",
            &self.processor_family_check_failed_percentage,
        );
        d.field(
            5usize,
            "processor_speed_check_failed_percentage",
            &self.processor_speed_check_failed_percentage,
        );
        d.field(
            6usize,
            "ram_check_failed_percentage",
            &self.ram_check_failed_percentage,
        );
        d.field(
            7usize,
            "secure_boot_check_failed_percentage",
            &self.secure_boot_check_failed_percentage,
        );
        d.field(
            8usize,
            "storage_check_failed_percentage",
            &self.storage_check_failed_percentage,
        );
        d.field(9usize, "total_device_count", &self.total_device_count);
        d.field(
            10usize,
            "tpm_check_failed_percentage",
            &self.tpm_check_failed_percentage,
        );
        d.field(
            11usize,
            "upgrade_eligible_device_count",
            &self.upgrade_eligible_device_count,
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
rt::impl_object!(UserExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric { with_id id :
    ::std::string::String; with_os_check_failed_percentage os_check_failed_percentage :
    f64; with_processor64_bit_check_failed_percentage
    processor64_bit_check_failed_percentage : f64;
    with_processor_core_count_check_failed_percentage
    processor_core_count_check_failed_percentage : f64;
    with_processor_family_check_failed_percentage
    processor_family_check_failed_percentage : f64;
    with_processor_speed_check_failed_percentage processor_speed_check_failed_percentage
    : f64; with_ram_check_failed_percentage ram_check_failed_percentage : f64;
    with_secure_boot_check_failed_percentage secure_boot_check_failed_percentage : f64;
    with_storage_check_failed_percentage storage_check_failed_percentage : f64;
    with_total_device_count total_device_count : i32; with_tpm_check_failed_percentage
    tpm_check_failed_percentage : f64; with_upgrade_eligible_device_count
    upgrade_eligible_device_count : i32; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric);
#[cfg(msgraph_v1_device_management_or_search)]
/// The user experience analytics metric for work from anywhere report.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsWorkFromAnywhereMetric`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UserExperienceAnalyticsWorkFromAnywhereMetricPath`](requests/struct.UserExperienceAnalyticsWorkFromAnywhereMetricPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct UserExperienceAnalyticsWorkFromAnywhereMetric {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The work from anywhere metric devices. Read-only.
    ///
    /// CSDL: containment navigation property `metricDevices`: `Collection(microsoft.graph.userExperienceAnalyticsWorkFromAnywhereDevice)`, not nullable.
    pub metric_devices: rt::Field<
        ::std::vec::Vec<crate::v1::UserExperienceAnalyticsWorkFromAnywhereDevice>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsWorkFromAnywhereMetric {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            metric_devices: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsWorkFromAnywhereMetric {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereMetric";
    const KEYS: &'static [&'static str] = &["id", "metricDevices"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":", ",\"metricDevices\":"];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsWorkFromAnywhereMetric\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.metric_devices.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.metric_devices);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.metric_devices),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "metric_devices", &self.metric_devices);
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
rt::impl_object!(UserExperienceAnalyticsWorkFromAnywhereMetric);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsWorkFromAnywhereMetric { with_id id : ::std::string::String;
    with_metric_devices metric_devices : ::std::vec::Vec < crate
    ::v1::UserExperienceAnalyticsWorkFromAnywhereDevice >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsWorkFromAnywhereMetric);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.userInsightsSettings`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UserInsightsSettingsPath`](requests/struct.UserInsightsSettingsPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct UserInsightsSettings {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isEnabled`: `Edm.Boolean`, not nullable.
    pub is_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for UserInsightsSettings {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for UserInsightsSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.userInsightsSettings";
    const KEYS: &'static [&'static str] = &["id", "isEnabled"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":", ",\"isEnabled\":"];
    const TAG: &'static str = "\"#microsoft.graph.userInsightsSettings\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_enabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_enabled);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.is_enabled),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "is_enabled", &self.is_enabled);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(UserInsightsSettings);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    UserInsightsSettings { with_id id : ::std::string::String; with_is_enabled is_enabled
    : bool; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserInsightsSettings);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.userLastSignInRecommendationInsightSetting`, complex type, derived from `microsoft.graph.accessReviewRecommendationInsightSetting`.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct UserLastSignInRecommendationInsightSetting {
    /// CSDL: property `recommendationLookBackDuration`: `Edm.Duration`, nullable.
    pub recommendation_look_back_duration: rt::Field<rt::edm::Duration>,
    /// CSDL: property `signInScope`: `microsoft.graph.userSignInRecommendationScope`, nullable.
    pub sign_in_scope: rt::Field<crate::v1::UserSignInRecommendationScope>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for UserLastSignInRecommendationInsightSetting {
    #[inline]
    fn default() -> Self {
        Self {
            recommendation_look_back_duration: rt::Field::Absent,
            sign_in_scope: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for UserLastSignInRecommendationInsightSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.userLastSignInRecommendationInsightSetting";
    const KEYS: &'static [&'static str] = &[
        "recommendationLookBackDuration",
        "signInScope",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"recommendationLookBackDuration\":",
        ",\"signInScope\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userLastSignInRecommendationInsightSetting\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.recommendation_look_back_duration.read_from(r),
            1usize => self.sign_in_scope.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.recommendation_look_back_duration);
        w.field(1usize, &self.sign_in_scope);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => {
                ::std::option::Option::Some(&self.recommendation_look_back_duration)
            }
            1usize => ::std::option::Option::Some(&self.sign_in_scope),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(
            0usize,
            "recommendation_look_back_duration",
            &self.recommendation_look_back_duration,
        );
        d.field(1usize, "sign_in_scope", &self.sign_in_scope);
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(UserLastSignInRecommendationInsightSetting);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    UserLastSignInRecommendationInsightSetting { with_recommendation_look_back_duration
    recommendation_look_back_duration : rt::edm::Duration; with_sign_in_scope
    sign_in_scope : crate ::v1::UserSignInRecommendationScope; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserLastSignInRecommendationInsightSetting);
#[cfg(msgraph_v1_application_templates_or_search)]
/// CSDL: `microsoft.graph.userOwnership`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-application-templates`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum UserOwnership {
    /// `none` (value 0).
    None,
    /// `lawfulBasisForProcessing` (value 1).
    LawfulBasisForProcessing,
    /// `rightToAccess` (value 2).
    RightToAccess,
    /// `rightToBeInformed` (value 4).
    RightToBeInformed,
    /// `rightToDataPortability` (value 8).
    RightToDataPortability,
    /// `rightToObject` (value 16).
    RightToObject,
    /// `rightToRectification` (value 32).
    RightToRectification,
    /// `rightToRestrictionOfProcessing` (value 64).
    RightToRestrictionOfProcessing,
    /// `rightsRelatedToAutomatedDecisionMaking` (value 128).
    RightsRelatedToAutomatedDecisionMaking,
    /// `unknownFutureValue` (value 256).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl rt::StrEnum for UserOwnership {
    const TYPE_NAME: &'static str = "microsoft.graph.userOwnership";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "lawfulBasisForProcessing",
        "rightToAccess",
        "rightToBeInformed",
        "rightToDataPortability",
        "rightToObject",
        "rightToRectification",
        "rightToRestrictionOfProcessing",
        "rightsRelatedToAutomatedDecisionMaking",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "lawfulBasisForProcessing" => Self::LawfulBasisForProcessing,
                "rightToAccess" => Self::RightToAccess,
                "rightToBeInformed" => Self::RightToBeInformed,
                "rightToDataPortability" => Self::RightToDataPortability,
                "rightToObject" => Self::RightToObject,
                "rightToRectification" => Self::RightToRectification,
                "rightToRestrictionOfProcessing" => Self::RightToRestrictionOfProcessing,
                "rightsRelatedToAutomatedDecisionMaking" => {
                    Self::RightsRelatedToAutomatedDecisionMaking
                }
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
            Self::LawfulBasisForProcessing => "lawfulBasisForProcessing",
            Self::RightToAccess => "rightToAccess",
            Self::RightToBeInformed => "rightToBeInformed",
            Self::RightToDataPortability => "rightToDataPortability",
            Self::RightToObject => "rightToObject",
            Self::RightToRectification => "rightToRectification",
            Self::RightToRestrictionOfProcessing => "rightToRestrictionOfProcessing",
            Self::RightsRelatedToAutomatedDecisionMaking => {
                "rightsRelatedToAutomatedDecisionMaking"
            }
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
rt::impl_enum!(UserOwnership);
#[cfg(msgraph_v1_application_templates_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserOwnership);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.userProtectionScopeContainer`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UserProtectionScopeContainerPath`](requests/struct.UserProtectionScopeContainerPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct UserProtectionScopeContainer {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for UserProtectionScopeContainer {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for UserProtectionScopeContainer {
    const TYPE_NAME: &'static str = "microsoft.graph.userProtectionScopeContainer";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":"];
    const TAG: &'static str = "\"#microsoft.graph.userProtectionScopeContainer\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(UserProtectionScopeContainer);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(UserProtectionScopeContainer { with_id id : ::std::string::String; });
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserProtectionScopeContainer);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.userPurpose`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum UserPurpose {
    /// `user` (value 1).
    User,
    /// `linked` (value 2).
    Linked,
    /// `shared` (value 3).
    Shared,
    /// `room` (value 4).
    Room,
    /// `equipment` (value 5).
    Equipment,
    /// `others` (value 6).
    Others,
    /// `unknownFutureValue` (value 7).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for UserPurpose {
    const TYPE_NAME: &'static str = "microsoft.graph.userPurpose";
    const MEMBERS: &'static [&'static str] = &[
        "user",
        "linked",
        "shared",
        "room",
        "equipment",
        "others",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "user" => Self::User,
                "linked" => Self::Linked,
                "shared" => Self::Shared,
                "room" => Self::Room,
                "equipment" => Self::Equipment,
                "others" => Self::Others,
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
            Self::Linked => "linked",
            Self::Shared => "shared",
            Self::Room => "room",
            Self::Equipment => "equipment",
            Self::Others => "others",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(UserPurpose);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserPurpose);
#[cfg(msgraph_v1_reports_or_search)]
/// CSDL: `microsoft.graph.userRegistrationDetails`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UserRegistrationDetailsPath`](requests/struct.UserRegistrationDetailsPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct UserRegistrationDetails {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isAdmin`: `Edm.Boolean`, nullable.
    pub is_admin: rt::Field<bool>,
    /// CSDL: property `isMfaCapable`: `Edm.Boolean`, not nullable.
    pub is_mfa_capable: rt::Field<bool>,
    /// CSDL: property `isMfaRegistered`: `Edm.Boolean`, not nullable.
    pub is_mfa_registered: rt::Field<bool>,
    /// CSDL: property `isPasswordlessCapable`: `Edm.Boolean`, not nullable.
    pub is_passwordless_capable: rt::Field<bool>,
    /// CSDL: property `isSsprCapable`: `Edm.Boolean`, not nullable.
    pub is_sspr_capable: rt::Field<bool>,
    /// CSDL: property `isSsprEnabled`: `Edm.Boolean`, not nullable.
    pub is_sspr_enabled: rt::Field<bool>,
    /// CSDL: property `isSsprRegistered`: `Edm.Boolean`, not nullable.
    pub is_sspr_registered: rt::Field<bool>,
    /// CSDL: property `isSystemPreferredAuthenticationMethodEnabled`: `Edm.Boolean`, nullable.
    pub is_system_preferred_authentication_method_enabled: rt::Field<bool>,
    /// CSDL: property `lastUpdatedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `methodsRegistered`: `Collection(Edm.String)`, nullable.
    pub methods_registered: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `systemPreferredAuthenticationMethods`: `Collection(Edm.String)`, nullable.
    pub system_preferred_authentication_methods: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// CSDL: property `userDisplayName`: `Edm.String`, not nullable.
    pub user_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `userPreferredMethodForSecondaryAuthentication`: `microsoft.graph.userDefaultAuthenticationMethod`, nullable.
    pub user_preferred_method_for_secondary_authentication: rt::Field<
        crate::v1::UserDefaultAuthenticationMethod,
    >,
    /// CSDL: property `userPrincipalName`: `Edm.String`, not nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// CSDL: property `userType`: `microsoft.graph.signInUserType`, nullable.
    pub user_type: rt::Field<crate::v1::SignInUserType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_reports_or_search)]
impl ::std::default::Default for UserRegistrationDetails {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_admin: rt::Field::Absent,
            is_mfa_capable: rt::Field::Absent,
            is_mfa_registered: rt::Field::Absent,
            is_passwordless_capable: rt::Field::Absent,
            is_sspr_capable: rt::Field::Absent,
            is_sspr_enabled: rt::Field::Absent,
            is_sspr_registered: rt::Field::Absent,
            is_system_preferred_authentication_method_enabled: rt::Field::Absent,
            last_updated_date_time: rt::Field::Absent,
            methods_registered: rt::Field::Absent,
            system_preferred_authentication_methods: rt::Field::Absent,
            user_display_name: rt::Field::Absent,
            user_preferred_method_for_secondary_authentication: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            user_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::Object for UserRegistrationDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.userRegistrationDetails";
    const KEYS: &'static [&'static str] = &[
        "id",
        "isAdmin",
        "isMfaCapable",
        "isMfaRegistered",
        "isPasswordlessCapable",
        "isSsprCapable",
        "isSsprEnabled",
        "isSsprRegistered",
        "isSystemPreferredAuthenticationMethodEnabled",
        "lastUpdatedDateTime",
        "methodsRegistered",
        "systemPreferredAuthenticationMethods",
        "userDisplayName",
        "userPreferredMethodForSecondaryAuthentication",
        "userPrincipalName",
        "userType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"isAdmin\":",
        ",\"isMfaCapable\":",
        ",\"isMfaRegistered\":",
        ",\"isPasswordlessCapable\":",
        ",\"isSsprCapable\":",
        ",\"isSsprEnabled\":",
        ",\"isSsprRegistered\":",
        ",\"isSystemPreferredAuthenticationMethodEnabled\":",
        ",\"lastUpdatedDateTime\":",
        ",\"methodsRegistered\":",
        ",\"systemPreferredAuthenticationMethods\":",
        ",\"userDisplayName\":",
        ",\"userPreferredMethodForSecondaryAuthentication\":",
        ",\"userPrincipalName\":",
        ",\"userType\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userRegistrationDetails\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_admin.read_from(r),
            2usize => self.is_mfa_capable.read_from(r),
            3usize => self.is_mfa_registered.read_from(r),
            4usize => self.is_passwordless_capable.read_from(r),
            5usize => self.is_sspr_capable.read_from(r),
            6usize => self.is_sspr_enabled.read_from(r),
            7usize => self.is_sspr_registered.read_from(r),
            8usize => self.is_system_preferred_authentication_method_enabled.read_from(r),
            9usize => self.last_updated_date_time.read_from(r),
            10usize => self.methods_registered.read_from(r),
            11usize => self.system_preferred_authentication_methods.read_from(r),
            12usize => self.user_display_name.read_from(r),
            13usize => {
                self.user_preferred_method_for_secondary_authentication.read_from(r)
            }
            14usize => self.user_principal_name.read_from(r),
            15usize => self.user_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_admin);
        w.field(2usize, &self.is_mfa_capable);
        w.field(3usize, &self.is_mfa_registered);
        w.field(4usize, &self.is_passwordless_capable);
        w.field(5usize, &self.is_sspr_capable);
        w.field(6usize, &self.is_sspr_enabled);
        w.field(7usize, &self.is_sspr_registered);
        w.field(8usize, &self.is_system_preferred_authentication_method_enabled);
        w.field(9usize, &self.last_updated_date_time);
        w.field(10usize, &self.methods_registered);
        w.field(11usize, &self.system_preferred_authentication_methods);
        w.field(12usize, &self.user_display_name);
        w.field(13usize, &self.user_preferred_method_for_secondary_authentication);
        w.field(14usize, &self.user_principal_name);
        w.field(15usize, &self.user_type);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.is_admin),
            2usize => ::std::option::Option::Some(&self.is_mfa_capable),
            3usize => ::std::option::Option::Some(&self.is_mfa_registered),
            4usize => ::std::option::Option::Some(&self.is_passwordless_capable),
            5usize => ::std::option::Option::Some(&self.is_sspr_capable),
            6usize => ::std::option::Option::Some(&self.is_sspr_enabled),
            7usize => ::std::option::Option::Some(&self.is_sspr_registered),
            8usize => {
                ::std::option::Option::Some(
                    &self.is_system_preferred_authentication_method_enabled,
                )
            }
            9usize => ::std::option::Option::Some(&self.last_updated_date_time),
            10usize => ::std::option::Option::Some(&self.methods_registered),
            11usize => {
                ::std::option::Option::Some(
                    &self.system_preferred_authentication_methods,
                )
            }
            12usize => ::std::option::Option::Some(&self.user_display_name),
            13usize => {
                ::std::option::Option::Some(
                    &self.user_preferred_method_for_secondary_authentication,
                )
            }
            14usize => ::std::option::Option::Some(&self.user_principal_name),
            15usize => ::std::option::Option::Some(&self.user_type),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "is_admin", &self.is_admin);
        d.field(2usize, "is_mfa_capable", &self.is_mfa_capable);
        d.field(3usize, "is_mfa_registered", &self.is_mfa_registered);
        d.field(4usize, "is_passwordless_capable", &self.is_passwordless_capable);
        d.field(5usize, "is_sspr_capable", &self.is_sspr_capable);
        d.field(6usize, "is_sspr_enabled", &self.is_sspr_enabled);
        d.field(7usize, "is_sspr_registered", &self.is_sspr_registered);
        d.field(
            8usize,
            "is_system_preferred_authentication_method_enabled",
            &self.is_system_preferred_authentication_method_enabled,
        );
        d.field(9usize, "last_updated_date_time", &self.last_updated_date_time);
        d.field(10usize, "methods_registered", &self.methods_registered);
        d.field(
            11usize,
            "system_preferred_authentication_methods",
            &self.system_preferred_authentication_methods,
        );
        d.field(12usize, "user_display_name", &self.user_display_name);
        d.field(
            13usize,
            "user_preferred_method_for_secondary_authentication",
            &self.user_preferred_method_for_secondary_authentication,
        );
        d.field(14usize, "user_principal_name", &self.user_principal_name);
        d.field(15usize, "user_type", &self.user_type);
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
#[cfg(msgraph_v1_reports_or_search)]
rt::impl_object!(UserRegistrationDetails);
#[cfg(msgraph_v1_reports_or_search)]
rt::impl_setters!(
    UserRegistrationDetails { with_id id : ::std::string::String; with_is_admin is_admin
    : bool; with_is_mfa_capable is_mfa_capable : bool; with_is_mfa_registered
    is_mfa_registered : bool; with_is_passwordless_capable is_passwordless_capable :
    bool; with_is_sspr_capable is_sspr_capable : bool; with_is_sspr_enabled
    is_sspr_enabled : bool; with_is_sspr_registered is_sspr_registered : bool;
    with_is_system_preferred_authentication_method_enabled
    is_system_preferred_authentication_method_enabled : bool; with_last_updated_date_time
    last_updated_date_time : rt::edm::DateTimeOffset; with_methods_registered
    methods_registered : ::std::vec::Vec < ::std::string::String >;
    with_system_preferred_authentication_methods system_preferred_authentication_methods
    : ::std::vec::Vec < ::std::string::String >; with_user_display_name user_display_name
    : ::std::string::String; with_user_preferred_method_for_secondary_authentication
    user_preferred_method_for_secondary_authentication : crate
    ::v1::UserDefaultAuthenticationMethod; with_user_principal_name user_principal_name :
    ::std::string::String; with_user_type user_type : crate ::v1::SignInUserType; }
);
#[cfg(msgraph_v1_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserRegistrationDetails);
#[cfg(msgraph_v1_reports_or_search)]
/// CSDL: `microsoft.graph.userRegistrationMethodCount`, complex type.
///
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct UserRegistrationMethodCount {
    /// CSDL: property `authenticationMethod`: `Edm.String`, not nullable.
    pub authentication_method: rt::Field<::std::string::String>,
    /// CSDL: property `userCount`: `Edm.Int64`, not nullable.
    pub user_count: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_reports_or_search)]
impl ::std::default::Default for UserRegistrationMethodCount {
    #[inline]
    fn default() -> Self {
        Self {
            authentication_method: rt::Field::Absent,
            user_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::Object for UserRegistrationMethodCount {
    const TYPE_NAME: &'static str = "microsoft.graph.userRegistrationMethodCount";
    const KEYS: &'static [&'static str] = &["authenticationMethod", "userCount"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"authenticationMethod\":",
        ",\"userCount\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userRegistrationMethodCount\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.authentication_method.read_from(r),
            1usize => self.user_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.authentication_method);
        w.field(1usize, &self.user_count);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.authentication_method),
            1usize => ::std::option::Option::Some(&self.user_count),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "authentication_method", &self.authentication_method);
        d.field(1usize, "user_count", &self.user_count);
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
#[cfg(msgraph_v1_reports_or_search)]
rt::impl_object!(UserRegistrationMethodCount);
#[cfg(msgraph_v1_reports_or_search)]
rt::impl_setters!(
    UserRegistrationMethodCount { with_authentication_method authentication_method :
    ::std::string::String; with_user_count user_count : i64; }
);
#[cfg(msgraph_v1_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserRegistrationMethodCount);
#[cfg(msgraph_v1_reports_or_search)]
/// CSDL: `microsoft.graph.userRegistrationMethodSummary`, complex type.
///
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct UserRegistrationMethodSummary {
    /// CSDL: property `totalUserCount`: `Edm.Int64`, not nullable.
    pub total_user_count: rt::Field<i64>,
    /// CSDL: property `userRegistrationMethodCounts`: `Collection(microsoft.graph.userRegistrationMethodCount)`, not nullable.
    pub user_registration_method_counts: rt::Field<
        ::std::vec::Vec<crate::v1::UserRegistrationMethodCount>,
    >,
    /// CSDL: property `userRoles`: `microsoft.graph.includedUserRoles`, nullable.
    pub user_roles: rt::Field<crate::v1::IncludedUserRoles>,
    /// CSDL: property `userTypes`: `microsoft.graph.includedUserTypes`, nullable.
    pub user_types: rt::Field<crate::v1::IncludedUserTypes>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_reports_or_search)]
impl ::std::default::Default for UserRegistrationMethodSummary {
    #[inline]
    fn default() -> Self {
        Self {
            total_user_count: rt::Field::Absent,
            user_registration_method_counts: rt::Field::Absent,
            user_roles: rt::Field::Absent,
            user_types: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::Object for UserRegistrationMethodSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.userRegistrationMethodSummary";
    const KEYS: &'static [&'static str] = &[
        "totalUserCount",
        "userRegistrationMethodCounts",
        "userRoles",
        "userTypes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"totalUserCount\":",
        ",\"userRegistrationMethodCounts\":",
        ",\"userRoles\":",
        ",\"userTypes\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userRegistrationMethodSummary\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.total_user_count.read_from(r),
            1usize => self.user_registration_method_counts.read_from(r),
            2usize => self.user_roles.read_from(r),
            3usize => self.user_types.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.total_user_count);
        w.field(1usize, &self.user_registration_method_counts);
        w.field(2usize, &self.user_roles);
        w.field(3usize, &self.user_types);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.total_user_count),
            1usize => ::std::option::Option::Some(&self.user_registration_method_counts),
            2usize => ::std::option::Option::Some(&self.user_roles),
            3usize => ::std::option::Option::Some(&self.user_types),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "total_user_count", &self.total_user_count);
        d.field(
            1usize,
            "user_registration_method_counts",
            &self.user_registration_method_counts,
        );
        d.field(2usize, "user_roles", &self.user_roles);
        d.field(3usize, "user_types", &self.user_types);
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
#[cfg(msgraph_v1_reports_or_search)]
rt::impl_object!(UserRegistrationMethodSummary);
#[cfg(msgraph_v1_reports_or_search)]
rt::impl_setters!(
    UserRegistrationMethodSummary { with_total_user_count total_user_count : i64;
    with_user_registration_method_counts user_registration_method_counts :
    ::std::vec::Vec < crate ::v1::UserRegistrationMethodCount >; with_user_roles
    user_roles : crate ::v1::IncludedUserRoles; with_user_types user_types : crate
    ::v1::IncludedUserTypes; }
);
#[cfg(msgraph_v1_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserRegistrationMethodSummary);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.userScope`, complex type, derived from `microsoft.graph.scopeBase`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq)]
pub struct UserScope {
    /// CSDL: property `identity`: `Edm.String`, nullable.
    pub identity: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for UserScope {
    #[inline]
    fn default() -> Self {
        Self {
            identity: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for UserScope {
    const TYPE_NAME: &'static str = "microsoft.graph.userScope";
    const KEYS: &'static [&'static str] = &["identity"];
    const KEYS_JSON: &'static [&'static str] = &[",\"identity\":"];
    const TAG: &'static str = "\"#microsoft.graph.userScope\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.identity.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.identity);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.identity),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "identity", &self.identity);
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
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(UserScope);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(UserScope { with_identity identity : ::std::string::String; });
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserScope);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.userSecurityState`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq)]
pub struct UserSecurityState {
    /// CSDL: property `aadUserId`: `Edm.String`, nullable.
    pub aad_user_id: rt::Field<::std::string::String>,
    /// CSDL: property `accountName`: `Edm.String`, nullable.
    pub account_name: rt::Field<::std::string::String>,
    /// CSDL: property `domainName`: `Edm.String`, nullable.
    pub domain_name: rt::Field<::std::string::String>,
    /// CSDL: property `emailRole`: `microsoft.graph.emailRole`, nullable.
    pub email_role: rt::Field<crate::v1::EmailRole>,
    /// CSDL: property `isVpn`: `Edm.Boolean`, nullable.
    pub is_vpn: rt::Field<bool>,
    /// CSDL: property `logonDateTime`: `Edm.DateTimeOffset`, nullable.
    pub logon_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `logonId`: `Edm.String`, nullable.
    pub logon_id: rt::Field<::std::string::String>,
    /// CSDL: property `logonIp`: `Edm.String`, nullable.
    pub logon_ip: rt::Field<::std::string::String>,
    /// CSDL: property `logonLocation`: `Edm.String`, nullable.
    pub logon_location: rt::Field<::std::string::String>,
    /// CSDL: property `logonType`: `microsoft.graph.logonType`, nullable.
    pub logon_type: rt::Field<crate::v1::LogonType>,
    /// CSDL: property `onPremisesSecurityIdentifier`: `Edm.String`, nullable.
    pub on_premises_security_identifier: rt::Field<::std::string::String>,
    /// CSDL: property `riskScore`: `Edm.String`, nullable.
    pub risk_score: rt::Field<::std::string::String>,
    /// CSDL: property `userAccountType`: `microsoft.graph.userAccountSecurityType`, nullable.
    pub user_account_type: rt::Field<crate::v1::UserAccountSecurityType>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for UserSecurityState {
    #[inline]
    fn default() -> Self {
        Self {
            aad_user_id: rt::Field::Absent,
            account_name: rt::Field::Absent,
            domain_name: rt::Field::Absent,
            email_role: rt::Field::Absent,
            is_vpn: rt::Field::Absent,
            logon_date_time: rt::Field::Absent,
            logon_id: rt::Field::Absent,
            logon_ip: rt::Field::Absent,
            logon_location: rt::Field::Absent,
            logon_type: rt::Field::Absent,
            on_premises_security_identifier: rt::Field::Absent,
            risk_score: rt::Field::Absent,
            user_account_type: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for UserSecurityState {
    const TYPE_NAME: &'static str = "microsoft.graph.userSecurityState";
    const KEYS: &'static [&'static str] = &[
        "aadUserId",
        "accountName",
        "domainName",
        "emailRole",
        "isVpn",
        "logonDateTime",
        "logonId",
        "logonIp",
        "logonLocation",
        "logonType",
        "onPremisesSecurityIdentifier",
        "riskScore",
        "userAccountType",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"aadUserId\":",
        ",\"accountName\":",
        ",\"domainName\":",
        ",\"emailRole\":",
        ",\"isVpn\":",
        ",\"logonDateTime\":",
        ",\"logonId\":",
        ",\"logonIp\":",
        ",\"logonLocation\":",
        ",\"logonType\":",
        ",\"onPremisesSecurityIdentifier\":",
        ",\"riskScore\":",
        ",\"userAccountType\":",
        ",\"userPrincipalName\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userSecurityState\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.aad_user_id.read_from(r),
            1usize => self.account_name.read_from(r),
            2usize => self.domain_name.read_from(r),
            3usize => self.email_role.read_from(r),
            4usize => self.is_vpn.read_from(r),
            5usize => self.logon_date_time.read_from(r),
            6usize => self.logon_id.read_from(r),
            7usize => self.logon_ip.read_from(r),
            8usize => self.logon_location.read_from(r),
            9usize => self.logon_type.read_from(r),
            10usize => self.on_premises_security_identifier.read_from(r),
            11usize => self.risk_score.read_from(r),
            12usize => self.user_account_type.read_from(r),
            13usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.aad_user_id);
        w.field(1usize, &self.account_name);
        w.field(2usize, &self.domain_name);
        w.field(3usize, &self.email_role);
        w.field(4usize, &self.is_vpn);
        w.field(5usize, &self.logon_date_time);
        w.field(6usize, &self.logon_id);
        w.field(7usize, &self.logon_ip);
        w.field(8usize, &self.logon_location);
        w.field(9usize, &self.logon_type);
        w.field(10usize, &self.on_premises_security_identifier);
        w.field(11usize, &self.risk_score);
        w.field(12usize, &self.user_account_type);
        w.field(13usize, &self.user_principal_name);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.aad_user_id),
            1usize => ::std::option::Option::Some(&self.account_name),
            2usize => ::std::option::Option::Some(&self.domain_name),
            3usize => ::std::option::Option::Some(&self.email_role),
            4usize => ::std::option::Option::Some(&self.is_vpn),
            5usize => ::std::option::Option::Some(&self.logon_date_time),
            6usize => ::std::option::Option::Some(&self.logon_id),
            7usize => ::std::option::Option::Some(&self.logon_ip),
            8usize => ::std::option::Option::Some(&self.logon_location),
            9usize => ::std::option::Option::Some(&self.logon_type),
            10usize => ::std::option::Option::Some(&self.on_premises_security_identifier),
            11usize => ::std::option::Option::Some(&self.risk_score),
            12usize => ::std::option::Option::Some(&self.user_account_type),
            13usize => ::std::option::Option::Some(&self.user_principal_name),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "aad_user_id", &self.aad_user_id);
        d.field(1usize, "account_name", &self.account_name);
        d.field(2usize, "domain_name", &self.domain_name);
        d.field(3usize, "email_role", &self.email_role);
        d.field(4usize, "is_vpn", &self.is_vpn);
        d.field(5usize, "logon_date_time", &self.logon_date_time);
        d.field(6usize, "logon_id", &self.logon_id);
        d.field(7usize, "logon_ip", &self.logon_ip);
        d.field(8usize, "logon_location", &self.logon_location);
        d.field(9usize, "logon_type", &self.logon_type);
        d.field(
            10usize,
            "on_premises_security_identifier",
            &self.on_premises_security_identifier,
        );
        d.field(11usize, "risk_score", &self.risk_score);
        d.field(12usize, "user_account_type", &self.user_account_type);
        d.field(13usize, "user_principal_name", &self.user_principal_name);
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
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(UserSecurityState);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    UserSecurityState { with_aad_user_id aad_user_id : ::std::string::String;
    with_account_name account_name : ::std::string::String; with_domain_name domain_name
    : ::std::string::String; with_email_role email_role : crate ::v1::EmailRole;
    with_is_vpn is_vpn : bool; with_logon_date_time logon_date_time :
    rt::edm::DateTimeOffset; with_logon_id logon_id : ::std::string::String;
    with_logon_ip logon_ip : ::std::string::String; with_logon_location logon_location :
    ::std::string::String; with_logon_type logon_type : crate ::v1::LogonType;
    with_on_premises_security_identifier on_premises_security_identifier :
    ::std::string::String; with_risk_score risk_score : ::std::string::String;
    with_user_account_type user_account_type : crate ::v1::UserAccountSecurityType;
    with_user_principal_name user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserSecurityState);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.userSettings`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UserSettingsPath`](requests/struct.UserSettingsPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct UserSettings {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `contributionToContentDiscoveryAsOrganizationDisabled`: `Edm.Boolean`, not nullable.
    pub contribution_to_content_discovery_as_organization_disabled: rt::Field<bool>,
    /// CSDL: property `contributionToContentDiscoveryDisabled`: `Edm.Boolean`, not nullable.
    pub contribution_to_content_discovery_disabled: rt::Field<bool>,
    /// CSDL: containment navigation property `exchange`: `microsoft.graph.exchangeSettings`, nullable.
    pub exchange: rt::Field<crate::v1::ExchangeSettings>,
    /// CSDL: containment navigation property `itemInsights`: `microsoft.graph.userInsightsSettings`, nullable.
    pub item_insights: rt::Field<crate::v1::UserInsightsSettings>,
    /// CSDL: containment navigation property `shiftPreferences`: `microsoft.graph.shiftPreferences`, nullable.
    pub shift_preferences: rt::Field<crate::v1::ShiftPreferences>,
    /// CSDL: containment navigation property `storage`: `microsoft.graph.userStorage`, nullable.
    pub storage: rt::Field<crate::v1::UserStorage>,
    /// CSDL: containment navigation property `windows`: `Collection(microsoft.graph.windowsSetting)`, not nullable.
    pub windows: rt::Field<::std::vec::Vec<crate::v1::WindowsSetting>>,
    /// CSDL: containment navigation property `workHoursAndLocations`: `microsoft.graph.workHoursAndLocationsSetting`, nullable.
    pub work_hours_and_locations: rt::Field<crate::v1::WorkHoursAndLocationsSetting>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for UserSettings {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            contribution_to_content_discovery_as_organization_disabled: rt::Field::Absent,
            contribution_to_content_discovery_disabled: rt::Field::Absent,
            exchange: rt::Field::Absent,
            item_insights: rt::Field::Absent,
            shift_preferences: rt::Field::Absent,
            storage: rt::Field::Absent,
            windows: rt::Field::Absent,
            work_hours_and_locations: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for UserSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.userSettings";
    const KEYS: &'static [&'static str] = &[
        "id",
        "contributionToContentDiscoveryAsOrganizationDisabled",
        "contributionToContentDiscoveryDisabled",
        "exchange",
        "itemInsights",
        "shiftPreferences",
        "storage",
        "windows",
        "workHoursAndLocations",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"contributionToContentDiscoveryAsOrganizationDisabled\":",
        ",\"contributionToContentDiscoveryDisabled\":",
        ",\"exchange\":",
        ",\"itemInsights\":",
        ",\"shiftPreferences\":",
        ",\"storage\":",
        ",\"windows\":",
        ",\"workHoursAndLocations\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userSettings\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => {
                self.contribution_to_content_discovery_as_organization_disabled
                    .read_from(r)
            }
            2usize => self.contribution_to_content_discovery_disabled.read_from(r),
            3usize => self.exchange.read_from(r),
            4usize => self.item_insights.read_from(r),
            5usize => self.shift_preferences.read_from(r),
            6usize => self.storage.read_from(r),
            7usize => self.windows.read_from(r),
            8usize => self.work_hours_and_locations.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(
            1usize,
            &self.contribution_to_content_discovery_as_organization_disabled,
        );
        w.field(2usize, &self.contribution_to_content_discovery_disabled);
        w.field(3usize, &self.exchange);
        w.field(4usize, &self.item_insights);
        w.field(5usize, &self.shift_preferences);
        w.field(6usize, &self.storage);
        w.field(7usize, &self.windows);
        w.field(8usize, &self.work_hours_and_locations);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => {
                ::std::option::Option::Some(
                    &self.contribution_to_content_discovery_as_organization_disabled,
                )
            }
            2usize => {
                ::std::option::Option::Some(
                    &self.contribution_to_content_discovery_disabled,
                )
            }
            3usize => ::std::option::Option::Some(&self.exchange),
            4usize => ::std::option::Option::Some(&self.item_insights),
            5usize => ::std::option::Option::Some(&self.shift_preferences),
            6usize => ::std::option::Option::Some(&self.storage),
            7usize => ::std::option::Option::Some(&self.windows),
            8usize => ::std::option::Option::Some(&self.work_hours_and_locations),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(
            1usize,
            "contribution_to_content_discovery_as_organization_disabled",
            &self.contribution_to_content_discovery_as_organization_disabled,
        );
        d.field(
            2usize,
            "contribution_to_content_discovery_disabled",
            &self.contribution_to_content_discovery_disabled,
        );
        d.field(3usize, "exchange", &self.exchange);
        d.field(4usize, "item_insights", &self.item_insights);
        d.field(5usize, "shift_preferences", &self.shift_preferences);
        d.field(6usize, "storage", &self.storage);
        d.field(7usize, "windows", &self.windows);
        d.field(8usize, "work_hours_and_locations", &self.work_hours_and_locations);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(UserSettings);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    UserSettings { with_id id : ::std::string::String;
    with_contribution_to_content_discovery_as_organization_disabled
    contribution_to_content_discovery_as_organization_disabled : bool;
    with_contribution_to_content_discovery_disabled
    contribution_to_content_discovery_disabled : bool; with_exchange exchange : crate
    ::v1::ExchangeSettings; with_item_insights item_insights : crate
    ::v1::UserInsightsSettings; with_shift_preferences shift_preferences : crate
    ::v1::ShiftPreferences; with_storage storage : crate ::v1::UserStorage; with_windows
    windows : ::std::vec::Vec < crate ::v1::WindowsSetting >;
    with_work_hours_and_locations work_hours_and_locations : crate
    ::v1::WorkHoursAndLocationsSetting; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserSettings);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.userSignInInsight`, entity type, derived from `microsoft.graph.governanceInsight`, key `id`.
///
/// Request builders: [`UserSignInInsightPath`](requests/struct.UserSignInInsightPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct UserSignInInsight {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `insightCreatedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub insight_created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastSignInDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_sign_in_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for UserSignInInsight {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            insight_created_date_time: rt::Field::Absent,
            last_sign_in_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for UserSignInInsight {
    const TYPE_NAME: &'static str = "microsoft.graph.userSignInInsight";
    const KEYS: &'static [&'static str] = &[
        "id",
        "insightCreatedDateTime",
        "lastSignInDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"insightCreatedDateTime\":",
        ",\"lastSignInDateTime\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userSignInInsight\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.insight_created_date_time.read_from(r),
            2usize => self.last_sign_in_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.insight_created_date_time);
        w.field(2usize, &self.last_sign_in_date_time);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.insight_created_date_time),
            2usize => ::std::option::Option::Some(&self.last_sign_in_date_time),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "insight_created_date_time", &self.insight_created_date_time);
        d.field(2usize, "last_sign_in_date_time", &self.last_sign_in_date_time);
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(UserSignInInsight);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    UserSignInInsight { with_id id : ::std::string::String;
    with_insight_created_date_time insight_created_date_time : rt::edm::DateTimeOffset;
    with_last_sign_in_date_time last_sign_in_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserSignInInsight);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.userSignInRecommendationScope`, enum type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum UserSignInRecommendationScope {
    /// `tenant` (value 0).
    Tenant,
    /// `application` (value 1).
    Application,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::StrEnum for UserSignInRecommendationScope {
    const TYPE_NAME: &'static str = "microsoft.graph.userSignInRecommendationScope";
    const MEMBERS: &'static [&'static str] = &[
        "tenant",
        "application",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "tenant" => Self::Tenant,
                "application" => Self::Application,
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
            Self::Tenant => "tenant",
            Self::Application => "application",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_enum!(UserSignInRecommendationScope);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserSignInRecommendationScope);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.userSolutionRoot`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UserSolutionRootPath`](requests/struct.UserSolutionRootPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct UserSolutionRoot {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `workingTimeSchedule`: `microsoft.graph.workingTimeSchedule`, nullable.
    pub working_time_schedule: rt::Field<crate::v1::WorkingTimeSchedule>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for UserSolutionRoot {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            working_time_schedule: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for UserSolutionRoot {
    const TYPE_NAME: &'static str = "microsoft.graph.userSolutionRoot";
    const KEYS: &'static [&'static str] = &["id", "workingTimeSchedule"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"workingTimeSchedule\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userSolutionRoot\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.working_time_schedule.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.working_time_schedule);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.working_time_schedule),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "working_time_schedule", &self.working_time_schedule);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(UserSolutionRoot);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    UserSolutionRoot { with_id id : ::std::string::String; with_working_time_schedule
    working_time_schedule : crate ::v1::WorkingTimeSchedule; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserSolutionRoot);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.userStorage`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UserStoragePath`](requests/struct.UserStoragePath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct UserStorage {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `quota`: `microsoft.graph.unifiedStorageQuota`, nullable.
    pub quota: rt::Field<crate::v1::UnifiedStorageQuota>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for UserStorage {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            quota: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for UserStorage {
    const TYPE_NAME: &'static str = "microsoft.graph.userStorage";
    const KEYS: &'static [&'static str] = &["id", "quota"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":", ",\"quota\":"];
    const TAG: &'static str = "\"#microsoft.graph.userStorage\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.quota.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.quota);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.quota),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "quota", &self.quota);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(UserStorage);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    UserStorage { with_id id : ::std::string::String; with_quota quota : crate
    ::v1::UnifiedStorageQuota; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserStorage);
#[cfg(msgraph_v1_core_or_communications)]
/// CSDL: `microsoft.graph.userWorkLocation`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct UserWorkLocation {
    /// CSDL: property `placeId`: `Edm.String`, nullable.
    pub place_id: rt::Field<::std::string::String>,
    /// CSDL: property `source`: `microsoft.graph.workLocationSource`, not nullable.
    pub source: rt::Field<crate::v1::WorkLocationSource>,
    /// CSDL: property `workLocationType`: `microsoft.graph.workLocationType`, not nullable.
    pub work_location_type: rt::Field<crate::v1::WorkLocationType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications)]
impl ::std::default::Default for UserWorkLocation {
    #[inline]
    fn default() -> Self {
        Self {
            place_id: rt::Field::Absent,
            source: rt::Field::Absent,
            work_location_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::Object for UserWorkLocation {
    const TYPE_NAME: &'static str = "microsoft.graph.userWorkLocation";
    const KEYS: &'static [&'static str] = &["placeId", "source", "workLocationType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"placeId\":",
        ",\"source\":",
        ",\"workLocationType\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userWorkLocation\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.place_id.read_from(r),
            1usize => self.source.read_from(r),
            2usize => self.work_location_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.place_id);
        w.field(1usize, &self.source);
        w.field(2usize, &self.work_location_type);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.place_id),
            1usize => ::std::option::Option::Some(&self.source),
            2usize => ::std::option::Option::Some(&self.work_location_type),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "place_id", &self.place_id);
        d.field(1usize, "source", &self.source);
        d.field(2usize, "work_location_type", &self.work_location_type);
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
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_object!(UserWorkLocation);
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_setters!(
    UserWorkLocation { with_place_id place_id : ::std::string::String; with_source source
    : crate ::v1::WorkLocationSource; with_work_location_type work_location_type : crate
    ::v1::WorkLocationType; }
);
#[cfg(msgraph_v1_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserWorkLocation);
