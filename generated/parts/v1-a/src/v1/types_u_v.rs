//! Types of `microsoft.graph` by the first letters of their names (`u_v`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_role_management_or_search)]
/// CSDL: `microsoft.graph.unifiedRoleDefinition`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UnifiedRoleDefinitionPath`](requests/trait.UnifiedRoleDefinitionPath.html), what a path to one (`EntityPath<UnifiedRoleDefinition, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
#[derive(Clone)]
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
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"isBuiltIn\":                    ",
        ",\"isEnabled\":                    ",
        ",\"resourceScopes\":               ",
        ",\"rolePermissions\":              ",
        ",\"templateId\":                   ",
        ",\"version\":                      ",
        ",\"inheritsPermissionsFrom\":      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.unifiedRoleDefinition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "is_built_in", &self.is_built_in);
        v.field(4usize, "is_enabled", &self.is_enabled);
        v.field(5usize, "resource_scopes", &self.resource_scopes);
        v.field(6usize, "role_permissions", &self.role_permissions);
        v.field(7usize, "template_id", &self.template_id);
        v.field(8usize, "version", &self.version);
        v.field(9usize, "inherits_permissions_from", &self.inherits_permissions_from);
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
impl rt::object::Members for UnifiedRoleDefinition {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
#[derive(Clone)]
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
        ",\"allowedResourceActions\":       ",
        ",\"condition\":                    ",
        ",\"excludedResourceActions\":      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.unifiedRolePermission\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allowed_resource_actions", &self.allowed_resource_actions);
        v.field(1usize, "condition", &self.condition);
        v.field(2usize, "excluded_resource_actions", &self.excluded_resource_actions);
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
impl rt::object::Members for UnifiedRolePermission {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
/// Request builders: [`UnifiedStorageQuotaPath`](requests/trait.UnifiedStorageQuotaPath.html), what a path to one (`EntityPath<UnifiedStorageQuota, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
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
        ",\"id\":                           ",
        ",\"deleted\":                      ",
        ",\"manageWebUrl\":                 ",
        ",\"remaining\":                    ",
        ",\"state\":                        ",
        ",\"total\":                        ",
        ",\"used\":                         ",
        ",\"services\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.unifiedStorageQuota\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted", &self.deleted);
        v.field(2usize, "manage_web_url", &self.manage_web_url);
        v.field(3usize, "remaining", &self.remaining);
        v.field(4usize, "state", &self.state);
        v.field(5usize, "total", &self.total);
        v.field(6usize, "used", &self.used);
        v.field(7usize, "services", &self.services);
    }
}
#[cfg(msgraph_v1_core_or_storage)]
impl rt::object::Members for UnifiedStorageQuota {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
/// Request builders: [`CommsOperationPath`](requests/trait.CommsOperationPath.html), what a path to one (`EntityPath<UnmuteParticipantOperation, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
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
        ",\"id\":                           ",
        ",\"clientContext\":                ",
        ",\"resultInfo\":                   ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.unmuteParticipantOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "client_context", &self.client_context);
        v.field(2usize, "result_info", &self.result_info);
        v.field(3usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for UnmuteParticipantOperation {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
#[derive(Clone)]
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
        ",\"additionalInformation\":        ",
        ",\"conditionalAccessReferences\":  ",
        ",\"currentCombinations\":          ",
        ",\"previousCombinations\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.updateAllowedCombinationsResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "additional_information", &self.additional_information);
        v.field(
            1usize,
            "conditional_access_references",
            &self.conditional_access_references,
        );
        v.field(2usize, "current_combinations", &self.current_combinations);
        v.field(3usize, "previous_combinations", &self.previous_combinations);
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::object::Members for UpdateAllowedCombinationsResult {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
/// Request builders: [`CommsOperationPath`](requests/trait.CommsOperationPath.html), what a path to one (`EntityPath<UpdateRecordingStatusOperation, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
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
        ",\"id\":                           ",
        ",\"clientContext\":                ",
        ",\"resultInfo\":                   ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.updateRecordingStatusOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "client_context", &self.client_context);
        v.field(2usize, "result_info", &self.result_info);
        v.field(3usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for UpdateRecordingStatusOperation {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
#[derive(Clone)]
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
        ",\"calendarSyncEnabled\":          ",
        ",\"deviceAccount\":                ",
        ",\"deviceAccountEmail\":           ",
        ",\"exchangeServer\":               ",
        ",\"passwordRotationEnabled\":      ",
        ",\"sessionInitiationProtocalAddress\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.updateWindowsDeviceAccountActionParameter\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "calendar_sync_enabled", &self.calendar_sync_enabled);
        v.field(1usize, "device_account", &self.device_account);
        v.field(2usize, "device_account_email", &self.device_account_email);
        v.field(3usize, "exchange_server", &self.exchange_server);
        v.field(4usize, "password_rotation_enabled", &self.password_rotation_enabled);
        v.field(
            5usize,
            "session_initiation_protocal_address",
            &self.session_initiation_protocal_address,
        );
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::object::Members for UpdateWindowsDeviceAccountActionParameter {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
#[derive(Clone)]
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
        ",\"expirationDateTime\":           ",
        ",\"nextExpectedRanges\":           ",
        ",\"uploadUrl\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.uploadSession\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "expiration_date_time", &self.expiration_date_time);
        v.field(1usize, "next_expected_ranges", &self.next_expected_ranges);
        v.field(2usize, "upload_url", &self.upload_url);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_print)]
impl rt::object::Members for UploadSession {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
#[derive(Clone)]
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
        ",\"clickAction\":                  ",
        ",\"clickDateTime\":                ",
        ",\"id\":                           ",
        ",\"sourceId\":                     ",
        ",\"uriDomain\":                    ",
        ",\"verdict\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.uriClickSecurityState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "click_action", &self.click_action);
        v.field(1usize, "click_date_time", &self.click_date_time);
        v.field(2usize, "id", &self.id);
        v.field(3usize, "source_id", &self.source_id);
        v.field(4usize, "uri_domain", &self.uri_domain);
        v.field(5usize, "verdict", &self.verdict);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for UriClickSecurityState {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
#[derive(Clone)]
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
        ",\"lastAccessedDateTime\":         ",
        ",\"lastModifiedDateTime\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.usageDetails\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "last_accessed_date_time", &self.last_accessed_date_time);
        v.field(1usize, "last_modified_date_time", &self.last_modified_date_time);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for UsageDetails {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
#[derive(Clone)]
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
    const KEYS_JSON: &'static [&'static str] = &[",\"userAction\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.userActionContext\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "user_action", &self.user_action);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for UserActionContext {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
/// Request builders: [`UserDataSecurityAndGovernancePath`](requests/trait.UserDataSecurityAndGovernancePath.html), what a path to one (`EntityPath<UserDataSecurityAndGovernance, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
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
        ",\"id\":                           ",
        ",\"sensitivityLabels\":            ",
        ",\"activities\":                   ",
        ",\"protectionScopes\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userDataSecurityAndGovernance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "sensitivity_labels", &self.sensitivity_labels);
        v.field(2usize, "activities", &self.activities);
        v.field(3usize, "protection_scopes", &self.protection_scopes);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for UserDataSecurityAndGovernance {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
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
        ",\"id\":                           ",
        ",\"appCrashCount\":                ",
        ",\"appDisplayName\":               ",
        ",\"appName\":                      ",
        ",\"appPublisher\":                 ",
        ",\"appVersion\":                   ",
        ",\"deviceDisplayName\":            ",
        ",\"deviceId\":                     ",
        ",\"processedDateTime\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_crash_count", &self.app_crash_count);
        v.field(2usize, "app_display_name", &self.app_display_name);
        v.field(3usize, "app_name", &self.app_name);
        v.field(4usize, "app_publisher", &self.app_publisher);
        v.field(5usize, "app_version", &self.app_version);
        v.field(6usize, "device_display_name", &self.device_display_name);
        v.field(7usize, "device_id", &self.device_id);
        v.field(8usize, "processed_date_time", &self.processed_date_time);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members
for UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
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
        ",\"id\":                           ",
        ",\"activeDeviceCount\":            ",
        ",\"appCrashCount\":                ",
        ",\"appDisplayName\":               ",
        ",\"appName\":                      ",
        ",\"appPublisher\":                 ",
        ",\"appUsageDuration\":             ",
        ",\"meanTimeToFailureInMinutes\":   ",
        ",\"osBuildNumber\":                ",
        ",\"osVersion\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByOSVersion\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "active_device_count", &self.active_device_count);
        v.field(2usize, "app_crash_count", &self.app_crash_count);
        v.field(3usize, "app_display_name", &self.app_display_name);
        v.field(4usize, "app_name", &self.app_name);
        v.field(5usize, "app_publisher", &self.app_publisher);
        v.field(6usize, "app_usage_duration", &self.app_usage_duration);
        v.field(
            7usize,
            "mean_time_to_failure_in_minutes",
            &self.mean_time_to_failure_in_minutes,
        );
        v.field(8usize, "os_build_number", &self.os_build_number);
        v.field(9usize, "os_version", &self.os_version);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
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
        ",\"id\":                           ",
        ",\"appCrashCount\":                ",
        ",\"appHangCount\":                 ",
        ",\"crashedAppCount\":              ",
        ",\"deviceAppHealthScore\":         ",
        ",\"deviceDisplayName\":            ",
        ",\"deviceId\":                     ",
        ",\"deviceManufacturer\":           ",
        ",\"deviceModel\":                  ",
        ",\"healthStatus\":                 ",
        ",\"meanTimeToFailureInMinutes\":   ",
        ",\"processedDateTime\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_crash_count", &self.app_crash_count);
        v.field(2usize, "app_hang_count", &self.app_hang_count);
        v.field(3usize, "crashed_app_count", &self.crashed_app_count);
        v.field(4usize, "device_app_health_score", &self.device_app_health_score);
        v.field(5usize, "device_display_name", &self.device_display_name);
        v.field(6usize, "device_id", &self.device_id);
        v.field(7usize, "device_manufacturer", &self.device_manufacturer);
        v.field(8usize, "device_model", &self.device_model);
        v.field(9usize, "health_status", &self.health_status);
        v.field(
            10usize,
            "mean_time_to_failure_in_minutes",
            &self.mean_time_to_failure_in_minutes,
        );
        v.field(11usize, "processed_date_time", &self.processed_date_time);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsAppHealthDevicePerformance {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
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
        ",\"id\":                           ",
        ",\"appDisplayName\":               ",
        ",\"appPublisher\":                 ",
        ",\"appVersion\":                   ",
        ",\"deviceDisplayName\":            ",
        ",\"deviceId\":                     ",
        ",\"eventDateTime\":                ",
        ",\"eventType\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformanceDetails\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_display_name", &self.app_display_name);
        v.field(2usize, "app_publisher", &self.app_publisher);
        v.field(3usize, "app_version", &self.app_version);
        v.field(4usize, "device_display_name", &self.device_display_name);
        v.field(5usize, "device_id", &self.device_id);
        v.field(6usize, "event_date_time", &self.event_date_time);
        v.field(7usize, "event_type", &self.event_type);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsAppHealthDevicePerformanceDetails {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
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
        ",\"id\":                           ",
        ",\"appReliabilityScore\":          ",
        ",\"batteryHealthScore\":           ",
        ",\"deviceName\":                   ",
        ",\"endpointAnalyticsScore\":       ",
        ",\"healthStatus\":                 ",
        ",\"manufacturer\":                 ",
        ",\"model\":                        ",
        ",\"startupPerformanceScore\":      ",
        ",\"workFromAnywhereScore\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsDeviceScores\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_reliability_score", &self.app_reliability_score);
        v.field(2usize, "battery_health_score", &self.battery_health_score);
        v.field(3usize, "device_name", &self.device_name);
        v.field(4usize, "endpoint_analytics_score", &self.endpoint_analytics_score);
        v.field(5usize, "health_status", &self.health_status);
        v.field(6usize, "manufacturer", &self.manufacturer);
        v.field(7usize, "model", &self.model);
        v.field(8usize, "startup_performance_score", &self.startup_performance_score);
        v.field(9usize, "work_from_anywhere_score", &self.work_from_anywhere_score);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsDeviceScores {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
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
        ",\"id\":                           ",
        ",\"managedDeviceId\":              ",
        ",\"processName\":                  ",
        ",\"productName\":                  ",
        ",\"publisher\":                    ",
        ",\"startupImpactInMs\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsDeviceStartupProcess\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "managed_device_id", &self.managed_device_id);
        v.field(2usize, "process_name", &self.process_name);
        v.field(3usize, "product_name", &self.product_name);
        v.field(4usize, "publisher", &self.publisher);
        v.field(5usize, "startup_impact_in_ms", &self.startup_impact_in_ms);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsDeviceStartupProcess {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
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
        ",\"id\":                           ",
        ",\"deviceCount\":                  ",
        ",\"medianImpactInMs\":             ",
        ",\"processName\":                  ",
        ",\"productName\":                  ",
        ",\"publisher\":                    ",
        ",\"totalImpactInMs\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsDeviceStartupProcessPerformance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "device_count", &self.device_count);
        v.field(2usize, "median_impact_in_ms", &self.median_impact_in_ms);
        v.field(3usize, "process_name", &self.process_name);
        v.field(4usize, "product_name", &self.product_name);
        v.field(5usize, "publisher", &self.publisher);
        v.field(6usize, "total_impact_in_ms", &self.total_impact_in_ms);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsDeviceStartupProcessPerformance {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
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
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"startupDateTime\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsScoreHistory\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "startup_date_time", &self.startup_date_time);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsScoreHistory {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
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
        ",\"id\":                           ",
        ",\"autoPilotProfileAssigned\":     ",
        ",\"autoPilotRegistered\":          ",
        ",\"azureAdDeviceId\":              ",
        ",\"azureAdJoinType\":              ",
        ",\"azureAdRegistered\":            ",
        ",\"cloudIdentityScore\":           ",
        ",\"cloudManagementScore\":         ",
        ",\"cloudProvisioningScore\":       ",
        ",\"compliancePolicySetToIntune\":  ",
        ",\"deviceId\":                     ",
        ",\"deviceName\":                   ",
        ",\"healthStatus\":                 ",
        ",\"isCloudManagedGatewayEnabled\": ",
        ",\"managedBy\":                    ",
        ",\"manufacturer\":                 ",
        ",\"model\":                        ",
        ",\"osCheckFailed\":                ",
        ",\"osDescription\":                ",
        ",\"osVersion\":                    ",
        ",\"otherWorkloadsSetToIntune\":    ",
        ",\"ownership\":                    ",
        ",\"processor64BitCheckFailed\":    ",
        ",\"processorCoreCountCheckFailed\":",
        ",\"processorFamilyCheckFailed\":   ",
        ",\"processorSpeedCheckFailed\":    ",
        ",\"ramCheckFailed\":               ",
        ",\"secureBootCheckFailed\":        ",
        ",\"serialNumber\":                 ",
        ",\"storageCheckFailed\":           ",
        ",\"tenantAttached\":               ",
        ",\"tpmCheckFailed\":               ",
        ",\"upgradeEligibility\":           ",
        ",\"windowsScore\":                 ",
        ",\"workFromAnywhereScore\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsWorkFromAnywhereDevice\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "auto_pilot_profile_assigned",
            &self.auto_pilot_profile_assigned,
        );
        v.field(2usize, "auto_pilot_registered", &self.auto_pilot_registered);
        v.field(3usize, "azure_ad_device_id", &self.azure_ad_device_id);
        v.field(4usize, "azure_ad_join_type", &self.azure_ad_join_type);
        v.field(5usize, "azure_ad_registered", &self.azure_ad_registered);
        v.field(6usize, "cloud_identity_score", &self.cloud_identity_score);
        v.field(7usize, "cloud_management_score", &self.cloud_management_score);
        v.field(8usize, "cloud_provisioning_score", &self.cloud_provisioning_score);
        v.field(
            9usize,
            "compliance_policy_set_to_intune",
            &self.compliance_policy_set_to_intune,
        );
        v.field(10usize, "device_id", &self.device_id);
        v.field(11usize, "device_name", &self.device_name);
        v.field(12usize, "health_status", &self.health_status);
        v.field(
            13usize,
            "is_cloud_managed_gateway_enabled",
            &self.is_cloud_managed_gateway_enabled,
        );
        v.field(14usize, "managed_by", &self.managed_by);
        v.field(15usize, "manufacturer", &self.manufacturer);
        v.field(16usize, "model", &self.model);
        v.field(17usize, "os_check_failed", &self.os_check_failed);
        v.field(18usize, "os_description", &self.os_description);
        v.field(19usize, "os_version", &self.os_version);
        v.field(
            20usize,
            "other_workloads_set_to_intune",
            &self.other_workloads_set_to_intune,
        );
        v.field(21usize, "ownership", &self.ownership);
        v.field(
            22usize,
            "processor64_bit_check_failed",
            &self.processor64_bit_check_failed,
        );
        v.field(
            23usize,
            "processor_core_count_check_failed",
            &self.processor_core_count_check_failed,
        );
        v.field(
            24usize,
            "processor_family_check_failed",
            &self.processor_family_check_failed,
        );
        v.field(
            25usize,
            "processor_speed_check_failed",
            &self.processor_speed_check_failed,
        );
        v.field(26usize, "ram_check_failed", &self.ram_check_failed);
        v.field(27usize, "secure_boot_check_failed", &self.secure_boot_check_failed);
        v.field(28usize, "serial_number", &self.serial_number);
        v.field(29usize, "storage_check_failed", &self.storage_check_failed);
        v.field(30usize, "tenant_attached", &self.tenant_attached);
        v.field(31usize, "tpm_check_failed", &self.tpm_check_failed);
        v.field(32usize, "upgrade_eligibility", &self.upgrade_eligibility);
        v.field(33usize, "windows_score", &self.windows_score);
        v.field(34usize, "work_from_anywhere_score", &self.work_from_anywhere_score);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsWorkFromAnywhereDevice {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
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
        ",\"id\":                           ",
        ",\"osCheckFailedPercentage\":      ",
        ",\"processor64BitCheckFailedPercentage\":",
        ",\"processorCoreCountCheckFailedPercentage\":",
        ",\"processorFamilyCheckFailedPercentage\":",
        ",\"processorSpeedCheckFailedPercentage\":",
        ",\"ramCheckFailedPercentage\":     ",
        ",\"secureBootCheckFailedPercentage\":",
        ",\"storageCheckFailedPercentage\": ",
        ",\"totalDeviceCount\":             ",
        ",\"tpmCheckFailedPercentage\":     ",
        ",\"upgradeEligibleDeviceCount\":   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "os_check_failed_percentage", &self.os_check_failed_percentage);
        v.field(
            2usize,
            "processor64_bit_check_failed_percentage",
            &self.processor64_bit_check_failed_percentage,
        );
        v.field(
            3usize,
            "processor_core_count_check_failed_percentage",
            &self.processor_core_count_check_failed_percentage,
        );
        v.field(
            4usize,
            "processor_family_check_failed_percentage",
            &self.processor_family_check_failed_percentage,
        );
        v.field(
            5usize,
            "processor_speed_check_failed_percentage",
            &self.processor_speed_check_failed_percentage,
        );
        v.field(
            6usize,
            "ram_check_failed_percentage",
            &self.ram_check_failed_percentage,
        );
        v.field(
            7usize,
            "secure_boot_check_failed_percentage",
            &self.secure_boot_check_failed_percentage,
        );
        v.field(
            8usize,
            "storage_check_failed_percentage",
            &self.storage_check_failed_percentage,
        );
        v.field(9usize, "total_device_count", &self.total_device_count);
        v.field(
            10usize,
            "tpm_check_failed_percentage",
            &self.tpm_check_failed_percentage,
        );
        v.field(
            11usize,
            "upgrade_eligible_device_count",
            &self.upgrade_eligible_device_count,
        );
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members
for UserExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
/// Request builders: [`UserExperienceAnalyticsWorkFromAnywhereMetricPath`](requests/trait.UserExperienceAnalyticsWorkFromAnywhereMetricPath.html), what a path to one (`EntityPath<UserExperienceAnalyticsWorkFromAnywhereMetric, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
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
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"metricDevices\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsWorkFromAnywhereMetric\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "metric_devices", &self.metric_devices);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsWorkFromAnywhereMetric {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
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
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isEnabled\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userInsightsSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "is_enabled", &self.is_enabled);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for UserInsightsSettings {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
#[derive(Clone)]
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
        ",\"signInScope\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userLastSignInRecommendationInsightSetting\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "recommendation_look_back_duration",
            &self.recommendation_look_back_duration,
        );
        v.field(1usize, "sign_in_scope", &self.sign_in_scope);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for UserLastSignInRecommendationInsightSetting {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
/// Request builders: [`UserProtectionScopeContainerPath`](requests/trait.UserProtectionScopeContainerPath.html), what a path to one (`EntityPath<UserProtectionScopeContainer, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
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
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.userProtectionScopeContainer\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for UserProtectionScopeContainer {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
#[derive(Clone)]
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
        ",\"id\":                           ",
        ",\"isAdmin\":                      ",
        ",\"isMfaCapable\":                 ",
        ",\"isMfaRegistered\":              ",
        ",\"isPasswordlessCapable\":        ",
        ",\"isSsprCapable\":                ",
        ",\"isSsprEnabled\":                ",
        ",\"isSsprRegistered\":             ",
        ",\"isSystemPreferredAuthenticationMethodEnabled\":",
        ",\"lastUpdatedDateTime\":          ",
        ",\"methodsRegistered\":            ",
        ",\"systemPreferredAuthenticationMethods\":",
        ",\"userDisplayName\":              ",
        ",\"userPreferredMethodForSecondaryAuthentication\":",
        ",\"userPrincipalName\":            ",
        ",\"userType\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userRegistrationDetails\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "is_admin", &self.is_admin);
        v.field(2usize, "is_mfa_capable", &self.is_mfa_capable);
        v.field(3usize, "is_mfa_registered", &self.is_mfa_registered);
        v.field(4usize, "is_passwordless_capable", &self.is_passwordless_capable);
        v.field(5usize, "is_sspr_capable", &self.is_sspr_capable);
        v.field(6usize, "is_sspr_enabled", &self.is_sspr_enabled);
        v.field(7usize, "is_sspr_registered", &self.is_sspr_registered);
        v.field(
            8usize,
            "is_system_preferred_authentication_method_enabled",
            &self.is_system_preferred_authentication_method_enabled,
        );
        v.field(9usize, "last_updated_date_time", &self.last_updated_date_time);
        v.field(10usize, "methods_registered", &self.methods_registered);
        v.field(
            11usize,
            "system_preferred_authentication_methods",
            &self.system_preferred_authentication_methods,
        );
        v.field(12usize, "user_display_name", &self.user_display_name);
        v.field(
            13usize,
            "user_preferred_method_for_secondary_authentication",
            &self.user_preferred_method_for_secondary_authentication,
        );
        v.field(14usize, "user_principal_name", &self.user_principal_name);
        v.field(15usize, "user_type", &self.user_type);
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::object::Members for UserRegistrationDetails {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
#[derive(Clone)]
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
        ",\"authenticationMethod\":         ",
        ",\"userCount\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userRegistrationMethodCount\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "authentication_method", &self.authentication_method);
        v.field(1usize, "user_count", &self.user_count);
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::object::Members for UserRegistrationMethodCount {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
#[derive(Clone)]
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
        ",\"totalUserCount\":               ",
        ",\"userRegistrationMethodCounts\": ",
        ",\"userRoles\":                    ",
        ",\"userTypes\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userRegistrationMethodSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "total_user_count", &self.total_user_count);
        v.field(
            1usize,
            "user_registration_method_counts",
            &self.user_registration_method_counts,
        );
        v.field(2usize, "user_roles", &self.user_roles);
        v.field(3usize, "user_types", &self.user_types);
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::object::Members for UserRegistrationMethodSummary {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
#[derive(Clone)]
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
    const KEYS_JSON: &'static [&'static str] = &[",\"identity\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.userScope\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "identity", &self.identity);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for UserScope {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
#[derive(Clone)]
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
        ",\"aadUserId\":                    ",
        ",\"accountName\":                  ",
        ",\"domainName\":                   ",
        ",\"emailRole\":                    ",
        ",\"isVpn\":                        ",
        ",\"logonDateTime\":                ",
        ",\"logonId\":                      ",
        ",\"logonIp\":                      ",
        ",\"logonLocation\":                ",
        ",\"logonType\":                    ",
        ",\"onPremisesSecurityIdentifier\": ",
        ",\"riskScore\":                    ",
        ",\"userAccountType\":              ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userSecurityState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "aad_user_id", &self.aad_user_id);
        v.field(1usize, "account_name", &self.account_name);
        v.field(2usize, "domain_name", &self.domain_name);
        v.field(3usize, "email_role", &self.email_role);
        v.field(4usize, "is_vpn", &self.is_vpn);
        v.field(5usize, "logon_date_time", &self.logon_date_time);
        v.field(6usize, "logon_id", &self.logon_id);
        v.field(7usize, "logon_ip", &self.logon_ip);
        v.field(8usize, "logon_location", &self.logon_location);
        v.field(9usize, "logon_type", &self.logon_type);
        v.field(
            10usize,
            "on_premises_security_identifier",
            &self.on_premises_security_identifier,
        );
        v.field(11usize, "risk_score", &self.risk_score);
        v.field(12usize, "user_account_type", &self.user_account_type);
        v.field(13usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for UserSecurityState {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
/// Request builders: [`UserSettingsPath`](requests/trait.UserSettingsPath.html), what a path to one (`EntityPath<UserSettings, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
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
        ",\"id\":                           ",
        ",\"contributionToContentDiscoveryAsOrganizationDisabled\":",
        ",\"contributionToContentDiscoveryDisabled\":",
        ",\"exchange\":                     ",
        ",\"itemInsights\":                 ",
        ",\"shiftPreferences\":             ",
        ",\"storage\":                      ",
        ",\"windows\":                      ",
        ",\"workHoursAndLocations\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "contribution_to_content_discovery_as_organization_disabled",
            &self.contribution_to_content_discovery_as_organization_disabled,
        );
        v.field(
            2usize,
            "contribution_to_content_discovery_disabled",
            &self.contribution_to_content_discovery_disabled,
        );
        v.field(3usize, "exchange", &self.exchange);
        v.field(4usize, "item_insights", &self.item_insights);
        v.field(5usize, "shift_preferences", &self.shift_preferences);
        v.field(6usize, "storage", &self.storage);
        v.field(7usize, "windows", &self.windows);
        v.field(8usize, "work_hours_and_locations", &self.work_hours_and_locations);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for UserSettings {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
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
        ",\"id\":                           ",
        ",\"insightCreatedDateTime\":       ",
        ",\"lastSignInDateTime\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userSignInInsight\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "insight_created_date_time", &self.insight_created_date_time);
        v.field(2usize, "last_sign_in_date_time", &self.last_sign_in_date_time);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for UserSignInInsight {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
/// Request builders: [`UserSolutionRootPath`](requests/trait.UserSolutionRootPath.html), what a path to one (`EntityPath<UserSolutionRoot, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
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
        ",\"id\":                           ",
        ",\"workingTimeSchedule\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userSolutionRoot\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "working_time_schedule", &self.working_time_schedule);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for UserSolutionRoot {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
/// Request builders: [`UserStoragePath`](requests/trait.UserStoragePath.html), what a path to one (`EntityPath<UserStorage, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
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
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"quota\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userStorage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "quota", &self.quota);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for UserStorage {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
#[derive(Clone)]
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
        ",\"placeId\":                      ",
        ",\"source\":                       ",
        ",\"workLocationType\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userWorkLocation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "place_id", &self.place_id);
        v.field(1usize, "source", &self.source);
        v.field(2usize, "work_location_type", &self.work_location_type);
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::object::Members for UserWorkLocation {
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
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
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
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.validatingDomains`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ValidatingDomains {
    /// CSDL: property `rootDomains`: `microsoft.graph.rootDomains`, not nullable.
    pub root_domains: rt::Field<crate::v1::RootDomains>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ValidatingDomains {
    #[inline]
    fn default() -> Self {
        Self {
            root_domains: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ValidatingDomains {
    const TYPE_NAME: &'static str = "microsoft.graph.validatingDomains";
    const KEYS: &'static [&'static str] = &["rootDomains"];
    const KEYS_JSON: &'static [&'static str] = &[",\"rootDomains\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.validatingDomains\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "root_domains", &self.root_domains);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ValidatingDomains {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.root_domains.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.root_domains);
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
rt::impl_object!(ValidatingDomains);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ValidatingDomains { with_root_domains root_domains : crate ::v1::RootDomains; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ValidatingDomains);
#[cfg(msgraph_v1_core)]
/// `microsoft.graph.validatingDomains` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyValidatingDomains {
    ValidatingDomains(::std::boxed::Box<crate::v1::ValidatingDomains>),
    AllDomains(::std::boxed::Box<crate::v1::AllDomains>),
    EnumeratedDomains(::std::boxed::Box<crate::v1::EnumeratedDomains>),
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AnyValidatingDomains {
    #[inline]
    fn default() -> Self {
        Self::ValidatingDomains(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ValidatingDomains> for AnyValidatingDomains {
    #[inline]
    fn from(v: crate::v1::ValidatingDomains) -> Self {
        Self::ValidatingDomains(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AllDomains> for AnyValidatingDomains {
    #[inline]
    fn from(v: crate::v1::AllDomains) -> Self {
        Self::AllDomains(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EnumeratedDomains> for AnyValidatingDomains {
    #[inline]
    fn from(v: crate::v1::EnumeratedDomains) -> Self {
        Self::EnumeratedDomains(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Send for AnyValidatingDomains {}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Sync for AnyValidatingDomains {}
#[cfg(msgraph_v1_core)]
impl ::std::marker::Unpin for AnyValidatingDomains {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::UnwindSafe for AnyValidatingDomains {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::RefUnwindSafe for AnyValidatingDomains {}
#[cfg(msgraph_v1_core)]
const _: () = {
    rt::object::auto_traits::<crate::v1::ValidatingDomains>();
    rt::object::auto_traits::<crate::v1::AllDomains>();
    rt::object::auto_traits::<crate::v1::EnumeratedDomains>();
};
#[cfg(msgraph_v1_core)]
impl rt::Poly for AnyValidatingDomains {
    const BASE_NAME: &'static str = "microsoft.graph.validatingDomains";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.allDomains") => {
                Self::AllDomains(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.enumeratedDomains") => {
                Self::EnumeratedDomains(rt::object::new_boxed())
            }
            _ => Self::ValidatingDomains(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ValidatingDomains(v) => &**v,
            Self::AllDomains(v) => &**v,
            Self::EnumeratedDomains(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ValidatingDomains(v) => &mut **v,
            Self::AllDomains(v) => &mut **v,
            Self::EnumeratedDomains(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core)]
impl AnyValidatingDomains {
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
    /// `rootDomains` of any variant.
    #[inline]
    pub fn root_domains(&self) -> &rt::Field<crate::v1::RootDomains> {
        match self {
            Self::ValidatingDomains(v) => &v.root_domains,
            Self::AllDomains(v) => &v.root_domains,
            Self::EnumeratedDomains(v) => &v.root_domains,
        }
    }
    /// `rootDomains` of any variant.
    #[inline]
    pub fn root_domains_mut(&mut self) -> &mut rt::Field<crate::v1::RootDomains> {
        match self {
            Self::ValidatingDomains(v) => &mut v.root_domains,
            Self::AllDomains(v) => &mut v.root_domains,
            Self::EnumeratedDomains(v) => &mut v.root_domains,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_poly!(AnyValidatingDomains);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyValidatingDomains);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.verifiableCredentialAuthenticationMethodTarget`, entity type, derived from `microsoft.graph.authenticationMethodTarget`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct VerifiableCredentialAuthenticationMethodTarget {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isRegistrationRequired`: `Edm.Boolean`, not nullable.
    pub is_registration_required: rt::Field<bool>,
    /// CSDL: property `targetType`: `microsoft.graph.authenticationMethodTargetType`, not nullable.
    pub target_type: rt::Field<crate::v1::AuthenticationMethodTargetType>,
    /// CSDL: property `verifiedIdProfiles`: `Collection(Edm.Guid)`, not nullable.
    pub verified_id_profiles: rt::Field<::std::vec::Vec<rt::edm::Guid>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::default::Default for VerifiableCredentialAuthenticationMethodTarget {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_registration_required: rt::Field::Absent,
            target_type: rt::Field::Absent,
            verified_id_profiles: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::Object for VerifiableCredentialAuthenticationMethodTarget {
    const TYPE_NAME: &'static str = "microsoft.graph.verifiableCredentialAuthenticationMethodTarget";
    const KEYS: &'static [&'static str] = &[
        "id",
        "isRegistrationRequired",
        "targetType",
        "verifiedIdProfiles",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isRegistrationRequired\":       ",
        ",\"targetType\":                   ",
        ",\"verifiedIdProfiles\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.verifiableCredentialAuthenticationMethodTarget\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "is_registration_required", &self.is_registration_required);
        v.field(2usize, "target_type", &self.target_type);
        v.field(3usize, "verified_id_profiles", &self.verified_id_profiles);
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::object::Members for VerifiableCredentialAuthenticationMethodTarget {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_registration_required.read_from(r),
            2usize => self.target_type.read_from(r),
            3usize => self.verified_id_profiles.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_registration_required);
        w.field(2usize, &self.target_type);
        w.field(3usize, &self.verified_id_profiles);
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
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_object!(VerifiableCredentialAuthenticationMethodTarget);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_setters!(
    VerifiableCredentialAuthenticationMethodTarget { with_id id : ::std::string::String;
    with_is_registration_required is_registration_required : bool; with_target_type
    target_type : crate ::v1::AuthenticationMethodTargetType; with_verified_id_profiles
    verified_id_profiles : ::std::vec::Vec < rt::edm::Guid >; }
);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(VerifiableCredentialAuthenticationMethodTarget);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.verifiableCredentialsAuthenticationMethodConfiguration`, entity type, derived from `microsoft.graph.authenticationMethodConfiguration`, key `id`.
///
/// Request builders: [`VerifiableCredentialsAuthenticationMethodConfigurationPath`](requests/trait.VerifiableCredentialsAuthenticationMethodConfigurationPath.html), what a path to one (`EntityPath<VerifiableCredentialsAuthenticationMethodConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct VerifiableCredentialsAuthenticationMethodConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `excludeTargets`: `Collection(microsoft.graph.excludeTarget)`, nullable.
    pub exclude_targets: rt::Field<::std::vec::Vec<crate::v1::ExcludeTarget>>,
    /// CSDL: property `state`: `microsoft.graph.authenticationMethodState`, nullable.
    pub state: rt::Field<crate::v1::AuthenticationMethodState>,
    /// CSDL: containment navigation property `includeTargets`: `Collection(microsoft.graph.verifiableCredentialAuthenticationMethodTarget)`, not nullable.
    pub include_targets: rt::Field<
        ::std::vec::Vec<crate::v1::VerifiableCredentialAuthenticationMethodTarget>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::default::Default for VerifiableCredentialsAuthenticationMethodConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            exclude_targets: rt::Field::Absent,
            state: rt::Field::Absent,
            include_targets: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::Object for VerifiableCredentialsAuthenticationMethodConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.verifiableCredentialsAuthenticationMethodConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "excludeTargets",
        "state",
        "includeTargets",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"excludeTargets\":               ",
        ",\"state\":                        ",
        ",\"includeTargets\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.verifiableCredentialsAuthenticationMethodConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "exclude_targets", &self.exclude_targets);
        v.field(2usize, "state", &self.state);
        v.field(3usize, "include_targets", &self.include_targets);
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::object::Members for VerifiableCredentialsAuthenticationMethodConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.exclude_targets.read_from(r),
            2usize => self.state.read_from(r),
            3usize => self.include_targets.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.exclude_targets);
        w.field(2usize, &self.state);
        w.field(3usize, &self.include_targets);
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
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_object!(VerifiableCredentialsAuthenticationMethodConfiguration);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_setters!(
    VerifiableCredentialsAuthenticationMethodConfiguration { with_id id :
    ::std::string::String; with_exclude_targets exclude_targets : ::std::vec::Vec < crate
    ::v1::ExcludeTarget >; with_state state : crate ::v1::AuthenticationMethodState;
    with_include_targets include_targets : ::std::vec::Vec < crate
    ::v1::VerifiableCredentialAuthenticationMethodTarget >; }
);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(VerifiableCredentialsAuthenticationMethodConfiguration);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.verifiedPublisher`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct VerifiedPublisher {
    /// CSDL: property `addedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub added_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `verifiedPublisherId`: `Edm.String`, nullable.
    pub verified_publisher_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for VerifiedPublisher {
    #[inline]
    fn default() -> Self {
        Self {
            added_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            verified_publisher_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for VerifiedPublisher {
    const TYPE_NAME: &'static str = "microsoft.graph.verifiedPublisher";
    const KEYS: &'static [&'static str] = &[
        "addedDateTime",
        "displayName",
        "verifiedPublisherId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"addedDateTime\":                ",
        ",\"displayName\":                  ",
        ",\"verifiedPublisherId\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.verifiedPublisher\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "added_date_time", &self.added_date_time);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "verified_publisher_id", &self.verified_publisher_id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for VerifiedPublisher {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.added_date_time.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.verified_publisher_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.added_date_time);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.verified_publisher_id);
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
rt::impl_object!(VerifiedPublisher);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    VerifiedPublisher { with_added_date_time added_date_time : rt::edm::DateTimeOffset;
    with_display_name display_name : ::std::string::String; with_verified_publisher_id
    verified_publisher_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(VerifiedPublisher);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.versionAction`, complex type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct VersionAction {
    /// CSDL: property `newVersion`: `Edm.String`, nullable.
    pub new_version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for VersionAction {
    #[inline]
    fn default() -> Self {
        Self {
            new_version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for VersionAction {
    const TYPE_NAME: &'static str = "microsoft.graph.versionAction";
    const KEYS: &'static [&'static str] = &["newVersion"];
    const KEYS_JSON: &'static [&'static str] = &[",\"newVersion\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.versionAction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "new_version", &self.new_version);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for VersionAction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.new_version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.new_version);
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
rt::impl_object!(VersionAction);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    VersionAction { with_new_version new_version : ::std::string::String; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(VersionAction);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.verticalSection`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`VerticalSectionPath`](requests/trait.VerticalSectionPath.html), what a path to one (`EntityPath<VerticalSection, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct VerticalSection {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `emphasis`: `microsoft.graph.sectionEmphasisType`, nullable.
    pub emphasis: rt::Field<crate::v1::SectionEmphasisType>,
    /// CSDL: containment navigation property `webparts`: `Collection(microsoft.graph.webPart)`, not nullable.
    pub webparts: rt::Field<::std::vec::Vec<crate::v1::AnyWebPart>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for VerticalSection {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            emphasis: rt::Field::Absent,
            webparts: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for VerticalSection {
    const TYPE_NAME: &'static str = "microsoft.graph.verticalSection";
    const KEYS: &'static [&'static str] = &["id", "emphasis", "webparts"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"emphasis\":                     ",
        ",\"webparts\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.verticalSection\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "emphasis", &self.emphasis);
        v.field(2usize, "webparts", &self.webparts);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for VerticalSection {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.emphasis.read_from(r),
            2usize => self.webparts.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.emphasis);
        w.field(2usize, &self.webparts);
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
rt::impl_object!(VerticalSection);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    VerticalSection { with_id id : ::std::string::String; with_emphasis emphasis : crate
    ::v1::SectionEmphasisType; with_webparts webparts : ::std::vec::Vec < crate
    ::v1::AnyWebPart >; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(VerticalSection);
#[cfg(msgraph_v1_core_or_communications)]
/// CSDL: `microsoft.graph.virtualAppointmentMessageType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VirtualAppointmentMessageType {
    /// `confirmation` (value 0).
    Confirmation,
    /// `reschedule` (value 1).
    Reschedule,
    /// `cancellation` (value 2).
    Cancellation,
    /// `unknownFutureValue` (value 10).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::StrEnum for VirtualAppointmentMessageType {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualAppointmentMessageType";
    const MEMBERS: &'static [&'static str] = &[
        "confirmation",
        "reschedule",
        "cancellation",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "confirmation" => Self::Confirmation,
                "reschedule" => Self::Reschedule,
                "cancellation" => Self::Cancellation,
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
            Self::Confirmation => "confirmation",
            Self::Reschedule => "reschedule",
            Self::Cancellation => "cancellation",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_enum!(VirtualAppointmentMessageType);
#[cfg(msgraph_v1_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualAppointmentMessageType);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.virtualEvent`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`VirtualEventPath`](requests/trait.VirtualEventPath.html), what a path to one (`EntityPath<AnyVirtualEvent, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct VirtualEvent {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.communicationsIdentitySet`, nullable.
    pub created_by: rt::Field<crate::v1::CommunicationsIdentitySet>,
    /// CSDL: property `description`: `microsoft.graph.itemBody`, nullable.
    pub description: rt::Field<crate::v1::ItemBody>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `endDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub end_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `externalEventInformation`: `Collection(microsoft.graph.virtualEventExternalInformation)`, nullable.
    pub external_event_information: rt::Field<
        ::std::vec::Vec<crate::v1::VirtualEventExternalInformation>,
    >,
    /// CSDL: property `isRegistrationRequired`: `Edm.Boolean`, nullable.
    pub is_registration_required: rt::Field<bool>,
    /// CSDL: property `settings`: `microsoft.graph.virtualEventSettings`, nullable.
    pub settings: rt::Field<crate::v1::VirtualEventSettings>,
    /// CSDL: property `startDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub start_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `status`: `microsoft.graph.virtualEventStatus`, nullable.
    pub status: rt::Field<crate::v1::VirtualEventStatus>,
    /// CSDL: containment navigation property `presenters`: `Collection(microsoft.graph.virtualEventPresenter)`, not nullable.
    pub presenters: rt::Field<::std::vec::Vec<crate::v1::VirtualEventPresenter>>,
    /// CSDL: containment navigation property `sessions`: `Collection(microsoft.graph.virtualEventSession)`, not nullable.
    pub sessions: rt::Field<::std::vec::Vec<crate::v1::VirtualEventSession>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for VirtualEvent {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            external_event_information: rt::Field::Absent,
            is_registration_required: rt::Field::Absent,
            settings: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            presenters: rt::Field::Absent,
            sessions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for VirtualEvent {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEvent";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "description",
        "displayName",
        "endDateTime",
        "externalEventInformation",
        "isRegistrationRequired",
        "settings",
        "startDateTime",
        "status",
        "presenters",
        "sessions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"endDateTime\":                  ",
        ",\"externalEventInformation\":     ",
        ",\"isRegistrationRequired\":       ",
        ",\"settings\":                     ",
        ",\"startDateTime\":                ",
        ",\"status\":                       ",
        ",\"presenters\":                   ",
        ",\"sessions\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.virtualEvent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "end_date_time", &self.end_date_time);
        v.field(5usize, "external_event_information", &self.external_event_information);
        v.field(6usize, "is_registration_required", &self.is_registration_required);
        v.field(7usize, "settings", &self.settings);
        v.field(8usize, "start_date_time", &self.start_date_time);
        v.field(9usize, "status", &self.status);
        v.field(10usize, "presenters", &self.presenters);
        v.field(11usize, "sessions", &self.sessions);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for VirtualEvent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.end_date_time.read_from(r),
            5usize => self.external_event_information.read_from(r),
            6usize => self.is_registration_required.read_from(r),
            7usize => self.settings.read_from(r),
            8usize => self.start_date_time.read_from(r),
            9usize => self.status.read_from(r),
            10usize => self.presenters.read_from(r),
            11usize => self.sessions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.end_date_time);
        w.field(5usize, &self.external_event_information);
        w.field(6usize, &self.is_registration_required);
        w.field(7usize, &self.settings);
        w.field(8usize, &self.start_date_time);
        w.field(9usize, &self.status);
        w.field(10usize, &self.presenters);
        w.field(11usize, &self.sessions);
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
rt::impl_object!(VirtualEvent);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    VirtualEvent { with_id id : ::std::string::String; with_created_by created_by : crate
    ::v1::CommunicationsIdentitySet; with_description description : crate ::v1::ItemBody;
    with_display_name display_name : ::std::string::String; with_end_date_time
    end_date_time : crate ::v1::DateTimeTimeZone; with_external_event_information
    external_event_information : ::std::vec::Vec < crate
    ::v1::VirtualEventExternalInformation >; with_is_registration_required
    is_registration_required : bool; with_settings settings : crate
    ::v1::VirtualEventSettings; with_start_date_time start_date_time : crate
    ::v1::DateTimeTimeZone; with_status status : crate ::v1::VirtualEventStatus;
    with_presenters presenters : ::std::vec::Vec < crate ::v1::VirtualEventPresenter >;
    with_sessions sessions : ::std::vec::Vec < crate ::v1::VirtualEventSession >; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEvent);
#[cfg(msgraph_v1_search_or_solutions)]
/// `microsoft.graph.virtualEvent` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyVirtualEvent {
    VirtualEvent(::std::boxed::Box<crate::v1::VirtualEvent>),
    VirtualEventTownhall(::std::boxed::Box<crate::v1::VirtualEventTownhall>),
    VirtualEventWebinar(::std::boxed::Box<crate::v1::VirtualEventWebinar>),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for AnyVirtualEvent {
    #[inline]
    fn default() -> Self {
        Self::VirtualEvent(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::VirtualEvent> for AnyVirtualEvent {
    #[inline]
    fn from(v: crate::v1::VirtualEvent) -> Self {
        Self::VirtualEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::VirtualEventTownhall> for AnyVirtualEvent {
    #[inline]
    fn from(v: crate::v1::VirtualEventTownhall) -> Self {
        Self::VirtualEventTownhall(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::VirtualEventWebinar> for AnyVirtualEvent {
    #[inline]
    fn from(v: crate::v1::VirtualEventWebinar) -> Self {
        Self::VirtualEventWebinar(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
unsafe impl ::std::marker::Send for AnyVirtualEvent {}
#[cfg(msgraph_v1_search_or_solutions)]
unsafe impl ::std::marker::Sync for AnyVirtualEvent {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::marker::Unpin for AnyVirtualEvent {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::panic::UnwindSafe for AnyVirtualEvent {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::panic::RefUnwindSafe for AnyVirtualEvent {}
#[cfg(msgraph_v1_search_or_solutions)]
const _: () = {
    rt::object::auto_traits::<crate::v1::VirtualEvent>();
    rt::object::auto_traits::<crate::v1::VirtualEventTownhall>();
    rt::object::auto_traits::<crate::v1::VirtualEventWebinar>();
};
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Poly for AnyVirtualEvent {
    const BASE_NAME: &'static str = "microsoft.graph.virtualEvent";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.virtualEventTownhall") => {
                Self::VirtualEventTownhall(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.virtualEventWebinar") => {
                Self::VirtualEventWebinar(rt::object::new_boxed())
            }
            _ => Self::VirtualEvent(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::VirtualEvent(v) => &**v,
            Self::VirtualEventTownhall(v) => &**v,
            Self::VirtualEventWebinar(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::VirtualEvent(v) => &mut **v,
            Self::VirtualEventTownhall(v) => &mut **v,
            Self::VirtualEventWebinar(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl AnyVirtualEvent {
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
            Self::VirtualEvent(v) => &v.id,
            Self::VirtualEventTownhall(v) => &v.id,
            Self::VirtualEventWebinar(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::VirtualEvent(v) => &mut v.id,
            Self::VirtualEventTownhall(v) => &mut v.id,
            Self::VirtualEventWebinar(v) => &mut v.id,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by(&self) -> &rt::Field<crate::v1::CommunicationsIdentitySet> {
        match self {
            Self::VirtualEvent(v) => &v.created_by,
            Self::VirtualEventTownhall(v) => &v.created_by,
            Self::VirtualEventWebinar(v) => &v.created_by,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::CommunicationsIdentitySet> {
        match self {
            Self::VirtualEvent(v) => &mut v.created_by,
            Self::VirtualEventTownhall(v) => &mut v.created_by,
            Self::VirtualEventWebinar(v) => &mut v.created_by,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<crate::v1::ItemBody> {
        match self {
            Self::VirtualEvent(v) => &v.description,
            Self::VirtualEventTownhall(v) => &v.description,
            Self::VirtualEventWebinar(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<crate::v1::ItemBody> {
        match self {
            Self::VirtualEvent(v) => &mut v.description,
            Self::VirtualEventTownhall(v) => &mut v.description,
            Self::VirtualEventWebinar(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::VirtualEvent(v) => &v.display_name,
            Self::VirtualEventTownhall(v) => &v.display_name,
            Self::VirtualEventWebinar(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::VirtualEvent(v) => &mut v.display_name,
            Self::VirtualEventTownhall(v) => &mut v.display_name,
            Self::VirtualEventWebinar(v) => &mut v.display_name,
        }
    }
    /// `endDateTime` of any variant.
    #[inline]
    pub fn end_date_time(&self) -> &rt::Field<crate::v1::DateTimeTimeZone> {
        match self {
            Self::VirtualEvent(v) => &v.end_date_time,
            Self::VirtualEventTownhall(v) => &v.end_date_time,
            Self::VirtualEventWebinar(v) => &v.end_date_time,
        }
    }
    /// `endDateTime` of any variant.
    #[inline]
    pub fn end_date_time_mut(&mut self) -> &mut rt::Field<crate::v1::DateTimeTimeZone> {
        match self {
            Self::VirtualEvent(v) => &mut v.end_date_time,
            Self::VirtualEventTownhall(v) => &mut v.end_date_time,
            Self::VirtualEventWebinar(v) => &mut v.end_date_time,
        }
    }
    /// `externalEventInformation` of any variant.
    #[inline]
    pub fn external_event_information(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::VirtualEventExternalInformation>> {
        match self {
            Self::VirtualEvent(v) => &v.external_event_information,
            Self::VirtualEventTownhall(v) => &v.external_event_information,
            Self::VirtualEventWebinar(v) => &v.external_event_information,
        }
    }
    /// `externalEventInformation` of any variant.
    #[inline]
    pub fn external_event_information_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::VirtualEventExternalInformation>> {
        match self {
            Self::VirtualEvent(v) => &mut v.external_event_information,
            Self::VirtualEventTownhall(v) => &mut v.external_event_information,
            Self::VirtualEventWebinar(v) => &mut v.external_event_information,
        }
    }
    /// `isRegistrationRequired` of any variant.
    #[inline]
    pub fn is_registration_required(&self) -> &rt::Field<bool> {
        match self {
            Self::VirtualEvent(v) => &v.is_registration_required,
            Self::VirtualEventTownhall(v) => &v.is_registration_required,
            Self::VirtualEventWebinar(v) => &v.is_registration_required,
        }
    }
    /// `isRegistrationRequired` of any variant.
    #[inline]
    pub fn is_registration_required_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::VirtualEvent(v) => &mut v.is_registration_required,
            Self::VirtualEventTownhall(v) => &mut v.is_registration_required,
            Self::VirtualEventWebinar(v) => &mut v.is_registration_required,
        }
    }
    /// `settings` of any variant.
    #[inline]
    pub fn settings(&self) -> &rt::Field<crate::v1::VirtualEventSettings> {
        match self {
            Self::VirtualEvent(v) => &v.settings,
            Self::VirtualEventTownhall(v) => &v.settings,
            Self::VirtualEventWebinar(v) => &v.settings,
        }
    }
    /// `settings` of any variant.
    #[inline]
    pub fn settings_mut(&mut self) -> &mut rt::Field<crate::v1::VirtualEventSettings> {
        match self {
            Self::VirtualEvent(v) => &mut v.settings,
            Self::VirtualEventTownhall(v) => &mut v.settings,
            Self::VirtualEventWebinar(v) => &mut v.settings,
        }
    }
    /// `startDateTime` of any variant.
    #[inline]
    pub fn start_date_time(&self) -> &rt::Field<crate::v1::DateTimeTimeZone> {
        match self {
            Self::VirtualEvent(v) => &v.start_date_time,
            Self::VirtualEventTownhall(v) => &v.start_date_time,
            Self::VirtualEventWebinar(v) => &v.start_date_time,
        }
    }
    /// `startDateTime` of any variant.
    #[inline]
    pub fn start_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::DateTimeTimeZone> {
        match self {
            Self::VirtualEvent(v) => &mut v.start_date_time,
            Self::VirtualEventTownhall(v) => &mut v.start_date_time,
            Self::VirtualEventWebinar(v) => &mut v.start_date_time,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status(&self) -> &rt::Field<crate::v1::VirtualEventStatus> {
        match self {
            Self::VirtualEvent(v) => &v.status,
            Self::VirtualEventTownhall(v) => &v.status,
            Self::VirtualEventWebinar(v) => &v.status,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status_mut(&mut self) -> &mut rt::Field<crate::v1::VirtualEventStatus> {
        match self {
            Self::VirtualEvent(v) => &mut v.status,
            Self::VirtualEventTownhall(v) => &mut v.status,
            Self::VirtualEventWebinar(v) => &mut v.status,
        }
    }
    /// `presenters` of any variant.
    #[inline]
    pub fn presenters(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::VirtualEventPresenter>> {
        match self {
            Self::VirtualEvent(v) => &v.presenters,
            Self::VirtualEventTownhall(v) => &v.presenters,
            Self::VirtualEventWebinar(v) => &v.presenters,
        }
    }
    /// `presenters` of any variant.
    #[inline]
    pub fn presenters_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::VirtualEventPresenter>> {
        match self {
            Self::VirtualEvent(v) => &mut v.presenters,
            Self::VirtualEventTownhall(v) => &mut v.presenters,
            Self::VirtualEventWebinar(v) => &mut v.presenters,
        }
    }
    /// `sessions` of any variant.
    #[inline]
    pub fn sessions(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::VirtualEventSession>> {
        match self {
            Self::VirtualEvent(v) => &v.sessions,
            Self::VirtualEventTownhall(v) => &v.sessions,
            Self::VirtualEventWebinar(v) => &v.sessions,
        }
    }
    /// `sessions` of any variant.
    #[inline]
    pub fn sessions_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::VirtualEventSession>> {
        match self {
            Self::VirtualEvent(v) => &mut v.sessions,
            Self::VirtualEventTownhall(v) => &mut v.sessions,
            Self::VirtualEventWebinar(v) => &mut v.sessions,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_poly!(AnyVirtualEvent);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyVirtualEvent);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.virtualEventAttendeeRegistrationStatus`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VirtualEventAttendeeRegistrationStatus {
    /// `registered` (value 0).
    Registered,
    /// `canceled` (value 1).
    Canceled,
    /// `waitlisted` (value 2).
    Waitlisted,
    /// `pendingApproval` (value 3).
    PendingApproval,
    /// `rejectedByOrganizer` (value 4).
    RejectedByOrganizer,
    /// `unknownFutureValue` (value 11).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::StrEnum for VirtualEventAttendeeRegistrationStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEventAttendeeRegistrationStatus";
    const MEMBERS: &'static [&'static str] = &[
        "registered",
        "canceled",
        "waitlisted",
        "pendingApproval",
        "rejectedByOrganizer",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "registered" => Self::Registered,
                "canceled" => Self::Canceled,
                "waitlisted" => Self::Waitlisted,
                "pendingApproval" => Self::PendingApproval,
                "rejectedByOrganizer" => Self::RejectedByOrganizer,
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
            Self::Registered => "registered",
            Self::Canceled => "canceled",
            Self::Waitlisted => "waitlisted",
            Self::PendingApproval => "pendingApproval",
            Self::RejectedByOrganizer => "rejectedByOrganizer",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_enum!(VirtualEventAttendeeRegistrationStatus);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventAttendeeRegistrationStatus);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
/// CSDL: `microsoft.graph.virtualEventExternalInformation`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct VirtualEventExternalInformation {
    /// CSDL: property `applicationId`: `Edm.String`, nullable.
    pub application_id: rt::Field<::std::string::String>,
    /// CSDL: property `externalEventId`: `Edm.String`, nullable.
    pub external_event_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl ::std::default::Default for VirtualEventExternalInformation {
    #[inline]
    fn default() -> Self {
        Self {
            application_id: rt::Field::Absent,
            external_event_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl rt::Object for VirtualEventExternalInformation {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEventExternalInformation";
    const KEYS: &'static [&'static str] = &["applicationId", "externalEventId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"applicationId\":                ",
        ",\"externalEventId\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.virtualEventExternalInformation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "application_id", &self.application_id);
        v.field(1usize, "external_event_id", &self.external_event_id);
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl rt::object::Members for VirtualEventExternalInformation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.application_id.read_from(r),
            1usize => self.external_event_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.application_id);
        w.field(1usize, &self.external_event_id);
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
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
rt::impl_object!(VirtualEventExternalInformation);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
rt::impl_setters!(
    VirtualEventExternalInformation { with_application_id application_id :
    ::std::string::String; with_external_event_id external_event_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventExternalInformation);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
/// CSDL: `microsoft.graph.virtualEventExternalRegistrationInformation`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct VirtualEventExternalRegistrationInformation {
    /// CSDL: property `referrer`: `Edm.String`, nullable.
    pub referrer: rt::Field<::std::string::String>,
    /// CSDL: property `registrationId`: `Edm.String`, nullable.
    pub registration_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl ::std::default::Default for VirtualEventExternalRegistrationInformation {
    #[inline]
    fn default() -> Self {
        Self {
            referrer: rt::Field::Absent,
            registration_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl rt::Object for VirtualEventExternalRegistrationInformation {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEventExternalRegistrationInformation";
    const KEYS: &'static [&'static str] = &["referrer", "registrationId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"referrer\":                     ",
        ",\"registrationId\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.virtualEventExternalRegistrationInformation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "referrer", &self.referrer);
        v.field(1usize, "registration_id", &self.registration_id);
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl rt::object::Members for VirtualEventExternalRegistrationInformation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.referrer.read_from(r),
            1usize => self.registration_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.referrer);
        w.field(1usize, &self.registration_id);
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
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
rt::impl_object!(VirtualEventExternalRegistrationInformation);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
rt::impl_setters!(
    VirtualEventExternalRegistrationInformation { with_referrer referrer :
    ::std::string::String; with_registration_id registration_id : ::std::string::String;
    }
);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventExternalRegistrationInformation);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.virtualEventPresenter`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`VirtualEventPresenterPath`](requests/trait.VirtualEventPresenterPath.html), what a path to one (`EntityPath<VirtualEventPresenter, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct VirtualEventPresenter {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `email`: `Edm.String`, nullable.
    pub email: rt::Field<::std::string::String>,
    /// CSDL: property `identity`: `microsoft.graph.identity`, nullable.
    pub identity: rt::Field<crate::v1::AnyIdentity>,
    /// CSDL: property `presenterDetails`: `microsoft.graph.virtualEventPresenterDetails`, nullable.
    pub presenter_details: rt::Field<crate::v1::VirtualEventPresenterDetails>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for VirtualEventPresenter {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            email: rt::Field::Absent,
            identity: rt::Field::Absent,
            presenter_details: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for VirtualEventPresenter {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEventPresenter";
    const KEYS: &'static [&'static str] = &[
        "id",
        "email",
        "identity",
        "presenterDetails",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"email\":                        ",
        ",\"identity\":                     ",
        ",\"presenterDetails\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.virtualEventPresenter\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "email", &self.email);
        v.field(2usize, "identity", &self.identity);
        v.field(3usize, "presenter_details", &self.presenter_details);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for VirtualEventPresenter {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.email.read_from(r),
            2usize => self.identity.read_from(r),
            3usize => self.presenter_details.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.email);
        w.field(2usize, &self.identity);
        w.field(3usize, &self.presenter_details);
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
rt::impl_object!(VirtualEventPresenter);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    VirtualEventPresenter { with_id id : ::std::string::String; with_email email :
    ::std::string::String; with_identity identity : crate ::v1::AnyIdentity;
    with_presenter_details presenter_details : crate ::v1::VirtualEventPresenterDetails;
    }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventPresenter);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
/// CSDL: `microsoft.graph.virtualEventPresenterDetails`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct VirtualEventPresenterDetails {
    /// CSDL: property `bio`: `microsoft.graph.itemBody`, nullable.
    pub bio: rt::Field<crate::v1::ItemBody>,
    /// CSDL: property `company`: `Edm.String`, nullable.
    pub company: rt::Field<::std::string::String>,
    /// CSDL: property `jobTitle`: `Edm.String`, nullable.
    pub job_title: rt::Field<::std::string::String>,
    /// CSDL: property `linkedInProfileWebUrl`: `Edm.String`, nullable.
    pub linked_in_profile_web_url: rt::Field<::std::string::String>,
    /// CSDL: property `personalSiteWebUrl`: `Edm.String`, nullable.
    pub personal_site_web_url: rt::Field<::std::string::String>,
    /// CSDL: property `photo`: `Edm.Stream`, nullable.
    pub photo: rt::Field<rt::RawJson>,
    /// CSDL: property `twitterProfileWebUrl`: `Edm.String`, nullable.
    pub twitter_profile_web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl ::std::default::Default for VirtualEventPresenterDetails {
    #[inline]
    fn default() -> Self {
        Self {
            bio: rt::Field::Absent,
            company: rt::Field::Absent,
            job_title: rt::Field::Absent,
            linked_in_profile_web_url: rt::Field::Absent,
            personal_site_web_url: rt::Field::Absent,
            photo: rt::Field::Absent,
            twitter_profile_web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl rt::Object for VirtualEventPresenterDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEventPresenterDetails";
    const KEYS: &'static [&'static str] = &[
        "bio",
        "company",
        "jobTitle",
        "linkedInProfileWebUrl",
        "personalSiteWebUrl",
        "photo",
        "twitterProfileWebUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"bio\":                          ",
        ",\"company\":                      ",
        ",\"jobTitle\":                     ",
        ",\"linkedInProfileWebUrl\":        ",
        ",\"personalSiteWebUrl\":           ",
        ",\"photo\":                        ",
        ",\"twitterProfileWebUrl\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.virtualEventPresenterDetails\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "bio", &self.bio);
        v.field(1usize, "company", &self.company);
        v.field(2usize, "job_title", &self.job_title);
        v.field(3usize, "linked_in_profile_web_url", &self.linked_in_profile_web_url);
        v.field(4usize, "personal_site_web_url", &self.personal_site_web_url);
        v.field(5usize, "photo", &self.photo);
        v.field(6usize, "twitter_profile_web_url", &self.twitter_profile_web_url);
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl rt::object::Members for VirtualEventPresenterDetails {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.bio.read_from(r),
            1usize => self.company.read_from(r),
            2usize => self.job_title.read_from(r),
            3usize => self.linked_in_profile_web_url.read_from(r),
            4usize => self.personal_site_web_url.read_from(r),
            5usize => self.photo.read_from(r),
            6usize => self.twitter_profile_web_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.bio);
        w.field(1usize, &self.company);
        w.field(2usize, &self.job_title);
        w.field(3usize, &self.linked_in_profile_web_url);
        w.field(4usize, &self.personal_site_web_url);
        w.field(5usize, &self.photo);
        w.field(6usize, &self.twitter_profile_web_url);
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
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
rt::impl_object!(VirtualEventPresenterDetails);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
rt::impl_setters!(
    VirtualEventPresenterDetails { with_bio bio : crate ::v1::ItemBody; with_company
    company : ::std::string::String; with_job_title job_title : ::std::string::String;
    with_linked_in_profile_web_url linked_in_profile_web_url : ::std::string::String;
    with_personal_site_web_url personal_site_web_url : ::std::string::String; with_photo
    photo : rt::RawJson; with_twitter_profile_web_url twitter_profile_web_url :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventPresenterDetails);
#[cfg(msgraph_v1_core_or_communications)]
/// CSDL: `microsoft.graph.virtualEventPresenterInfo`, complex type, derived from `microsoft.graph.meetingParticipantInfo`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct VirtualEventPresenterInfo {
    /// CSDL: property `identity`: `microsoft.graph.identitySet`, nullable.
    pub identity: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `role`: `microsoft.graph.onlineMeetingRole`, nullable.
    pub role: rt::Field<crate::v1::OnlineMeetingRole>,
    /// CSDL: property `upn`: `Edm.String`, nullable.
    pub upn: rt::Field<::std::string::String>,
    /// CSDL: property `presenterDetails`: `microsoft.graph.virtualEventPresenterDetails`, nullable.
    pub presenter_details: rt::Field<crate::v1::VirtualEventPresenterDetails>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications)]
impl ::std::default::Default for VirtualEventPresenterInfo {
    #[inline]
    fn default() -> Self {
        Self {
            identity: rt::Field::Absent,
            role: rt::Field::Absent,
            upn: rt::Field::Absent,
            presenter_details: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::Object for VirtualEventPresenterInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEventPresenterInfo";
    const KEYS: &'static [&'static str] = &[
        "identity",
        "role",
        "upn",
        "presenterDetails",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"identity\":                     ",
        ",\"role\":                         ",
        ",\"upn\":                          ",
        ",\"presenterDetails\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.virtualEventPresenterInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "identity", &self.identity);
        v.field(1usize, "role", &self.role);
        v.field(2usize, "upn", &self.upn);
        v.field(3usize, "presenter_details", &self.presenter_details);
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::object::Members for VirtualEventPresenterInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.identity.read_from(r),
            1usize => self.role.read_from(r),
            2usize => self.upn.read_from(r),
            3usize => self.presenter_details.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.identity);
        w.field(1usize, &self.role);
        w.field(2usize, &self.upn);
        w.field(3usize, &self.presenter_details);
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
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_object!(VirtualEventPresenterInfo);
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_setters!(
    VirtualEventPresenterInfo { with_identity identity : crate ::v1::AnyIdentitySet;
    with_role role : crate ::v1::OnlineMeetingRole; with_upn upn : ::std::string::String;
    with_presenter_details presenter_details : crate ::v1::VirtualEventPresenterDetails;
    }
);
#[cfg(msgraph_v1_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventPresenterInfo);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.virtualEventRegistration`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`VirtualEventRegistrationPath`](requests/trait.VirtualEventRegistrationPath.html), what a path to one (`EntityPath<VirtualEventRegistration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct VirtualEventRegistration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `cancelationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub cancelation_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `email`: `Edm.String`, nullable.
    pub email: rt::Field<::std::string::String>,
    /// CSDL: property `externalRegistrationInformation`: `microsoft.graph.virtualEventExternalRegistrationInformation`, nullable.
    pub external_registration_information: rt::Field<
        crate::v1::VirtualEventExternalRegistrationInformation,
    >,
    /// CSDL: property `firstName`: `Edm.String`, nullable.
    pub first_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastName`: `Edm.String`, nullable.
    pub last_name: rt::Field<::std::string::String>,
    /// CSDL: property `preferredLanguage`: `Edm.String`, nullable.
    pub preferred_language: rt::Field<::std::string::String>,
    /// CSDL: property `preferredTimezone`: `Edm.String`, nullable.
    pub preferred_timezone: rt::Field<::std::string::String>,
    /// CSDL: property `registrationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub registration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `registrationQuestionAnswers`: `Collection(microsoft.graph.virtualEventRegistrationQuestionAnswer)`, nullable.
    pub registration_question_answers: rt::Field<
        ::std::vec::Vec<crate::v1::VirtualEventRegistrationQuestionAnswer>,
    >,
    /// CSDL: property `status`: `microsoft.graph.virtualEventAttendeeRegistrationStatus`, nullable.
    pub status: rt::Field<crate::v1::VirtualEventAttendeeRegistrationStatus>,
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// CSDL: navigation property `sessions`: `Collection(microsoft.graph.virtualEventSession)`, not nullable.
    pub sessions: rt::Field<::std::vec::Vec<crate::v1::VirtualEventSession>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for VirtualEventRegistration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            cancelation_date_time: rt::Field::Absent,
            email: rt::Field::Absent,
            external_registration_information: rt::Field::Absent,
            first_name: rt::Field::Absent,
            last_name: rt::Field::Absent,
            preferred_language: rt::Field::Absent,
            preferred_timezone: rt::Field::Absent,
            registration_date_time: rt::Field::Absent,
            registration_question_answers: rt::Field::Absent,
            status: rt::Field::Absent,
            user_id: rt::Field::Absent,
            sessions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for VirtualEventRegistration {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEventRegistration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "cancelationDateTime",
        "email",
        "externalRegistrationInformation",
        "firstName",
        "lastName",
        "preferredLanguage",
        "preferredTimezone",
        "registrationDateTime",
        "registrationQuestionAnswers",
        "status",
        "userId",
        "sessions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"cancelationDateTime\":          ",
        ",\"email\":                        ",
        ",\"externalRegistrationInformation\":",
        ",\"firstName\":                    ",
        ",\"lastName\":                     ",
        ",\"preferredLanguage\":            ",
        ",\"preferredTimezone\":            ",
        ",\"registrationDateTime\":         ",
        ",\"registrationQuestionAnswers\":  ",
        ",\"status\":                       ",
        ",\"userId\":                       ",
        ",\"sessions\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.virtualEventRegistration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "cancelation_date_time", &self.cancelation_date_time);
        v.field(2usize, "email", &self.email);
        v.field(
            3usize,
            "external_registration_information",
            &self.external_registration_information,
        );
        v.field(4usize, "first_name", &self.first_name);
        v.field(5usize, "last_name", &self.last_name);
        v.field(6usize, "preferred_language", &self.preferred_language);
        v.field(7usize, "preferred_timezone", &self.preferred_timezone);
        v.field(8usize, "registration_date_time", &self.registration_date_time);
        v.field(
            9usize,
            "registration_question_answers",
            &self.registration_question_answers,
        );
        v.field(10usize, "status", &self.status);
        v.field(11usize, "user_id", &self.user_id);
        v.field(12usize, "sessions", &self.sessions);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for VirtualEventRegistration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.cancelation_date_time.read_from(r),
            2usize => self.email.read_from(r),
            3usize => self.external_registration_information.read_from(r),
            4usize => self.first_name.read_from(r),
            5usize => self.last_name.read_from(r),
            6usize => self.preferred_language.read_from(r),
            7usize => self.preferred_timezone.read_from(r),
            8usize => self.registration_date_time.read_from(r),
            9usize => self.registration_question_answers.read_from(r),
            10usize => self.status.read_from(r),
            11usize => self.user_id.read_from(r),
            12usize => self.sessions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.cancelation_date_time);
        w.field(2usize, &self.email);
        w.field(3usize, &self.external_registration_information);
        w.field(4usize, &self.first_name);
        w.field(5usize, &self.last_name);
        w.field(6usize, &self.preferred_language);
        w.field(7usize, &self.preferred_timezone);
        w.field(8usize, &self.registration_date_time);
        w.field(9usize, &self.registration_question_answers);
        w.field(10usize, &self.status);
        w.field(11usize, &self.user_id);
        w.field(12usize, &self.sessions);
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
rt::impl_object!(VirtualEventRegistration);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    VirtualEventRegistration { with_id id : ::std::string::String;
    with_cancelation_date_time cancelation_date_time : rt::edm::DateTimeOffset;
    with_email email : ::std::string::String; with_external_registration_information
    external_registration_information : crate
    ::v1::VirtualEventExternalRegistrationInformation; with_first_name first_name :
    ::std::string::String; with_last_name last_name : ::std::string::String;
    with_preferred_language preferred_language : ::std::string::String;
    with_preferred_timezone preferred_timezone : ::std::string::String;
    with_registration_date_time registration_date_time : rt::edm::DateTimeOffset;
    with_registration_question_answers registration_question_answers : ::std::vec::Vec <
    crate ::v1::VirtualEventRegistrationQuestionAnswer >; with_status status : crate
    ::v1::VirtualEventAttendeeRegistrationStatus; with_user_id user_id :
    ::std::string::String; with_sessions sessions : ::std::vec::Vec < crate
    ::v1::VirtualEventSession >; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventRegistration);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.virtualEventRegistrationConfiguration`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`VirtualEventRegistrationConfigurationPath`](requests/trait.VirtualEventRegistrationConfigurationPath.html), what a path to one (`EntityPath<AnyVirtualEventRegistrationConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct VirtualEventRegistrationConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `capacity`: `Edm.Int32`, nullable.
    pub capacity: rt::Field<i32>,
    /// CSDL: property `isManualApprovalEnabled`: `Edm.Boolean`, nullable.
    pub is_manual_approval_enabled: rt::Field<bool>,
    /// CSDL: property `isWaitlistEnabled`: `Edm.Boolean`, nullable.
    pub is_waitlist_enabled: rt::Field<bool>,
    /// CSDL: property `registrationWebUrl`: `Edm.String`, nullable.
    pub registration_web_url: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `questions`: `Collection(microsoft.graph.virtualEventRegistrationQuestionBase)`, not nullable.
    pub questions: rt::Field<
        ::std::vec::Vec<crate::v1::AnyVirtualEventRegistrationQuestionBase>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for VirtualEventRegistrationConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            capacity: rt::Field::Absent,
            is_manual_approval_enabled: rt::Field::Absent,
            is_waitlist_enabled: rt::Field::Absent,
            registration_web_url: rt::Field::Absent,
            questions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for VirtualEventRegistrationConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEventRegistrationConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "capacity",
        "isManualApprovalEnabled",
        "isWaitlistEnabled",
        "registrationWebUrl",
        "questions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"capacity\":                     ",
        ",\"isManualApprovalEnabled\":      ",
        ",\"isWaitlistEnabled\":            ",
        ",\"registrationWebUrl\":           ",
        ",\"questions\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.virtualEventRegistrationConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "capacity", &self.capacity);
        v.field(2usize, "is_manual_approval_enabled", &self.is_manual_approval_enabled);
        v.field(3usize, "is_waitlist_enabled", &self.is_waitlist_enabled);
        v.field(4usize, "registration_web_url", &self.registration_web_url);
        v.field(5usize, "questions", &self.questions);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for VirtualEventRegistrationConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.capacity.read_from(r),
            2usize => self.is_manual_approval_enabled.read_from(r),
            3usize => self.is_waitlist_enabled.read_from(r),
            4usize => self.registration_web_url.read_from(r),
            5usize => self.questions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.capacity);
        w.field(2usize, &self.is_manual_approval_enabled);
        w.field(3usize, &self.is_waitlist_enabled);
        w.field(4usize, &self.registration_web_url);
        w.field(5usize, &self.questions);
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
rt::impl_object!(VirtualEventRegistrationConfiguration);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    VirtualEventRegistrationConfiguration { with_id id : ::std::string::String;
    with_capacity capacity : i32; with_is_manual_approval_enabled
    is_manual_approval_enabled : bool; with_is_waitlist_enabled is_waitlist_enabled :
    bool; with_registration_web_url registration_web_url : ::std::string::String;
    with_questions questions : ::std::vec::Vec < crate
    ::v1::AnyVirtualEventRegistrationQuestionBase >; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventRegistrationConfiguration);
#[cfg(msgraph_v1_search_or_solutions)]
/// `microsoft.graph.virtualEventRegistrationConfiguration` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyVirtualEventRegistrationConfiguration {
    VirtualEventRegistrationConfiguration(
        ::std::boxed::Box<crate::v1::VirtualEventRegistrationConfiguration>,
    ),
    VirtualEventTownhallRegistrationConfiguration(
        ::std::boxed::Box<crate::v1::VirtualEventTownhallRegistrationConfiguration>,
    ),
    VirtualEventWebinarRegistrationConfiguration(
        ::std::boxed::Box<crate::v1::VirtualEventWebinarRegistrationConfiguration>,
    ),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for AnyVirtualEventRegistrationConfiguration {
    #[inline]
    fn default() -> Self {
        Self::VirtualEventRegistrationConfiguration(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::VirtualEventRegistrationConfiguration>
for AnyVirtualEventRegistrationConfiguration {
    #[inline]
    fn from(v: crate::v1::VirtualEventRegistrationConfiguration) -> Self {
        Self::VirtualEventRegistrationConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::VirtualEventTownhallRegistrationConfiguration>
for AnyVirtualEventRegistrationConfiguration {
    #[inline]
    fn from(v: crate::v1::VirtualEventTownhallRegistrationConfiguration) -> Self {
        Self::VirtualEventTownhallRegistrationConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::VirtualEventWebinarRegistrationConfiguration>
for AnyVirtualEventRegistrationConfiguration {
    #[inline]
    fn from(v: crate::v1::VirtualEventWebinarRegistrationConfiguration) -> Self {
        Self::VirtualEventWebinarRegistrationConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
unsafe impl ::std::marker::Send for AnyVirtualEventRegistrationConfiguration {}
#[cfg(msgraph_v1_search_or_solutions)]
unsafe impl ::std::marker::Sync for AnyVirtualEventRegistrationConfiguration {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::marker::Unpin for AnyVirtualEventRegistrationConfiguration {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::panic::UnwindSafe for AnyVirtualEventRegistrationConfiguration {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::panic::RefUnwindSafe for AnyVirtualEventRegistrationConfiguration {}
#[cfg(msgraph_v1_search_or_solutions)]
const _: () = {
    rt::object::auto_traits::<crate::v1::VirtualEventRegistrationConfiguration>();
    rt::object::auto_traits::<
        crate::v1::VirtualEventTownhallRegistrationConfiguration,
    >();
    rt::object::auto_traits::<crate::v1::VirtualEventWebinarRegistrationConfiguration>();
};
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Poly for AnyVirtualEventRegistrationConfiguration {
    const BASE_NAME: &'static str = "microsoft.graph.virtualEventRegistrationConfiguration";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.virtualEventTownhallRegistrationConfiguration",
            ) => {
                Self::VirtualEventTownhallRegistrationConfiguration(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.virtualEventWebinarRegistrationConfiguration",
            ) => {
                Self::VirtualEventWebinarRegistrationConfiguration(
                    rt::object::new_boxed(),
                )
            }
            _ => Self::VirtualEventRegistrationConfiguration(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::VirtualEventRegistrationConfiguration(v) => &**v,
            Self::VirtualEventTownhallRegistrationConfiguration(v) => &**v,
            Self::VirtualEventWebinarRegistrationConfiguration(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::VirtualEventRegistrationConfiguration(v) => &mut **v,
            Self::VirtualEventTownhallRegistrationConfiguration(v) => &mut **v,
            Self::VirtualEventWebinarRegistrationConfiguration(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl AnyVirtualEventRegistrationConfiguration {
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
            Self::VirtualEventRegistrationConfiguration(v) => &v.id,
            Self::VirtualEventTownhallRegistrationConfiguration(v) => &v.id,
            Self::VirtualEventWebinarRegistrationConfiguration(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::VirtualEventRegistrationConfiguration(v) => &mut v.id,
            Self::VirtualEventTownhallRegistrationConfiguration(v) => &mut v.id,
            Self::VirtualEventWebinarRegistrationConfiguration(v) => &mut v.id,
        }
    }
    /// `capacity` of any variant.
    #[inline]
    pub fn capacity(&self) -> &rt::Field<i32> {
        match self {
            Self::VirtualEventRegistrationConfiguration(v) => &v.capacity,
            Self::VirtualEventTownhallRegistrationConfiguration(v) => &v.capacity,
            Self::VirtualEventWebinarRegistrationConfiguration(v) => &v.capacity,
        }
    }
    /// `capacity` of any variant.
    #[inline]
    pub fn capacity_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::VirtualEventRegistrationConfiguration(v) => &mut v.capacity,
            Self::VirtualEventTownhallRegistrationConfiguration(v) => &mut v.capacity,
            Self::VirtualEventWebinarRegistrationConfiguration(v) => &mut v.capacity,
        }
    }
    /// `isManualApprovalEnabled` of any variant.
    #[inline]
    pub fn is_manual_approval_enabled(&self) -> &rt::Field<bool> {
        match self {
            Self::VirtualEventRegistrationConfiguration(v) => {
                &v.is_manual_approval_enabled
            }
            Self::VirtualEventTownhallRegistrationConfiguration(v) => {
                &v.is_manual_approval_enabled
            }
            Self::VirtualEventWebinarRegistrationConfiguration(v) => {
                &v.is_manual_approval_enabled
            }
        }
    }
    /// `isManualApprovalEnabled` of any variant.
    #[inline]
    pub fn is_manual_approval_enabled_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::VirtualEventRegistrationConfiguration(v) => {
                &mut v.is_manual_approval_enabled
            }
            Self::VirtualEventTownhallRegistrationConfiguration(v) => {
                &mut v.is_manual_approval_enabled
            }
            Self::VirtualEventWebinarRegistrationConfiguration(v) => {
                &mut v.is_manual_approval_enabled
            }
        }
    }
    /// `isWaitlistEnabled` of any variant.
    #[inline]
    pub fn is_waitlist_enabled(&self) -> &rt::Field<bool> {
        match self {
            Self::VirtualEventRegistrationConfiguration(v) => &v.is_waitlist_enabled,
            Self::VirtualEventTownhallRegistrationConfiguration(v) => {
                &v.is_waitlist_enabled
            }
            Self::VirtualEventWebinarRegistrationConfiguration(v) => {
                &v.is_waitlist_enabled
            }
        }
    }
    /// `isWaitlistEnabled` of any variant.
    #[inline]
    pub fn is_waitlist_enabled_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::VirtualEventRegistrationConfiguration(v) => &mut v.is_waitlist_enabled,
            Self::VirtualEventTownhallRegistrationConfiguration(v) => {
                &mut v.is_waitlist_enabled
            }
            Self::VirtualEventWebinarRegistrationConfiguration(v) => {
                &mut v.is_waitlist_enabled
            }
        }
    }
    /// `registrationWebUrl` of any variant.
    #[inline]
    pub fn registration_web_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::VirtualEventRegistrationConfiguration(v) => &v.registration_web_url,
            Self::VirtualEventTownhallRegistrationConfiguration(v) => {
                &v.registration_web_url
            }
            Self::VirtualEventWebinarRegistrationConfiguration(v) => {
                &v.registration_web_url
            }
        }
    }
    /// `registrationWebUrl` of any variant.
    #[inline]
    pub fn registration_web_url_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::VirtualEventRegistrationConfiguration(v) => &mut v.registration_web_url,
            Self::VirtualEventTownhallRegistrationConfiguration(v) => {
                &mut v.registration_web_url
            }
            Self::VirtualEventWebinarRegistrationConfiguration(v) => {
                &mut v.registration_web_url
            }
        }
    }
    /// `questions` of any variant.
    #[inline]
    pub fn questions(
        &self,
    ) -> &rt::Field<
        ::std::vec::Vec<crate::v1::AnyVirtualEventRegistrationQuestionBase>,
    > {
        match self {
            Self::VirtualEventRegistrationConfiguration(v) => &v.questions,
            Self::VirtualEventTownhallRegistrationConfiguration(v) => &v.questions,
            Self::VirtualEventWebinarRegistrationConfiguration(v) => &v.questions,
        }
    }
    /// `questions` of any variant.
    #[inline]
    pub fn questions_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::v1::AnyVirtualEventRegistrationQuestionBase>,
    > {
        match self {
            Self::VirtualEventRegistrationConfiguration(v) => &mut v.questions,
            Self::VirtualEventTownhallRegistrationConfiguration(v) => &mut v.questions,
            Self::VirtualEventWebinarRegistrationConfiguration(v) => &mut v.questions,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_poly!(AnyVirtualEventRegistrationConfiguration);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyVirtualEventRegistrationConfiguration);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.virtualEventRegistrationCustomQuestion`, entity type, derived from `microsoft.graph.virtualEventRegistrationQuestionBase`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct VirtualEventRegistrationCustomQuestion {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isRequired`: `Edm.Boolean`, nullable.
    pub is_required: rt::Field<bool>,
    /// CSDL: property `answerChoices`: `Collection(Edm.String)`, nullable.
    pub answer_choices: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `answerInputType`: `microsoft.graph.virtualEventRegistrationQuestionAnswerInputType`, nullable.
    pub answer_input_type: rt::Field<
        crate::v1::VirtualEventRegistrationQuestionAnswerInputType,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for VirtualEventRegistrationCustomQuestion {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_required: rt::Field::Absent,
            answer_choices: rt::Field::Absent,
            answer_input_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for VirtualEventRegistrationCustomQuestion {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEventRegistrationCustomQuestion";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "isRequired",
        "answerChoices",
        "answerInputType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"isRequired\":                   ",
        ",\"answerChoices\":                ",
        ",\"answerInputType\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.virtualEventRegistrationCustomQuestion\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "is_required", &self.is_required);
        v.field(3usize, "answer_choices", &self.answer_choices);
        v.field(4usize, "answer_input_type", &self.answer_input_type);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for VirtualEventRegistrationCustomQuestion {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.is_required.read_from(r),
            3usize => self.answer_choices.read_from(r),
            4usize => self.answer_input_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.is_required);
        w.field(3usize, &self.answer_choices);
        w.field(4usize, &self.answer_input_type);
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
rt::impl_object!(VirtualEventRegistrationCustomQuestion);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    VirtualEventRegistrationCustomQuestion { with_id id : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_is_required is_required
    : bool; with_answer_choices answer_choices : ::std::vec::Vec < ::std::string::String
    >; with_answer_input_type answer_input_type : crate
    ::v1::VirtualEventRegistrationQuestionAnswerInputType; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventRegistrationCustomQuestion);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.virtualEventRegistrationPredefinedQuestion`, entity type, derived from `microsoft.graph.virtualEventRegistrationQuestionBase`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct VirtualEventRegistrationPredefinedQuestion {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isRequired`: `Edm.Boolean`, nullable.
    pub is_required: rt::Field<bool>,
    /// CSDL: property `label`: `microsoft.graph.virtualEventRegistrationPredefinedQuestionLabel`, nullable.
    pub label: rt::Field<crate::v1::VirtualEventRegistrationPredefinedQuestionLabel>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for VirtualEventRegistrationPredefinedQuestion {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_required: rt::Field::Absent,
            label: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for VirtualEventRegistrationPredefinedQuestion {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEventRegistrationPredefinedQuestion";
    const KEYS: &'static [&'static str] = &["id", "displayName", "isRequired", "label"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"isRequired\":                   ",
        ",\"label\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.virtualEventRegistrationPredefinedQuestion\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "is_required", &self.is_required);
        v.field(3usize, "label", &self.label);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for VirtualEventRegistrationPredefinedQuestion {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.is_required.read_from(r),
            3usize => self.label.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.is_required);
        w.field(3usize, &self.label);
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
rt::impl_object!(VirtualEventRegistrationPredefinedQuestion);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    VirtualEventRegistrationPredefinedQuestion { with_id id : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_is_required is_required
    : bool; with_label label : crate
    ::v1::VirtualEventRegistrationPredefinedQuestionLabel; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventRegistrationPredefinedQuestion);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.virtualEventRegistrationPredefinedQuestionLabel`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VirtualEventRegistrationPredefinedQuestionLabel {
    /// `street` (value 0).
    Street,
    /// `city` (value 1).
    City,
    /// `state` (value 2).
    State,
    /// `postalCode` (value 3).
    PostalCode,
    /// `countryOrRegion` (value 4).
    CountryOrRegion,
    /// `industry` (value 5).
    Industry,
    /// `jobTitle` (value 6).
    JobTitle,
    /// `organization` (value 7).
    Organization,
    /// `unknownFutureValue` (value 8).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::StrEnum for VirtualEventRegistrationPredefinedQuestionLabel {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEventRegistrationPredefinedQuestionLabel";
    const MEMBERS: &'static [&'static str] = &[
        "street",
        "city",
        "state",
        "postalCode",
        "countryOrRegion",
        "industry",
        "jobTitle",
        "organization",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "street" => Self::Street,
                "city" => Self::City,
                "state" => Self::State,
                "postalCode" => Self::PostalCode,
                "countryOrRegion" => Self::CountryOrRegion,
                "industry" => Self::Industry,
                "jobTitle" => Self::JobTitle,
                "organization" => Self::Organization,
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
            Self::Street => "street",
            Self::City => "city",
            Self::State => "state",
            Self::PostalCode => "postalCode",
            Self::CountryOrRegion => "countryOrRegion",
            Self::Industry => "industry",
            Self::JobTitle => "jobTitle",
            Self::Organization => "organization",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_enum!(VirtualEventRegistrationPredefinedQuestionLabel);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventRegistrationPredefinedQuestionLabel);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.virtualEventRegistrationQuestionAnswer`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct VirtualEventRegistrationQuestionAnswer {
    /// CSDL: property `booleanValue`: `Edm.Boolean`, nullable.
    pub boolean_value: rt::Field<bool>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `multiChoiceValues`: `Collection(Edm.String)`, nullable.
    pub multi_choice_values: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `questionId`: `Edm.String`, nullable.
    pub question_id: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for VirtualEventRegistrationQuestionAnswer {
    #[inline]
    fn default() -> Self {
        Self {
            boolean_value: rt::Field::Absent,
            display_name: rt::Field::Absent,
            multi_choice_values: rt::Field::Absent,
            question_id: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for VirtualEventRegistrationQuestionAnswer {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEventRegistrationQuestionAnswer";
    const KEYS: &'static [&'static str] = &[
        "booleanValue",
        "displayName",
        "multiChoiceValues",
        "questionId",
        "value",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"booleanValue\":                 ",
        ",\"displayName\":                  ",
        ",\"multiChoiceValues\":            ",
        ",\"questionId\":                   ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.virtualEventRegistrationQuestionAnswer\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "boolean_value", &self.boolean_value);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "multi_choice_values", &self.multi_choice_values);
        v.field(3usize, "question_id", &self.question_id);
        v.field(4usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for VirtualEventRegistrationQuestionAnswer {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.boolean_value.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.multi_choice_values.read_from(r),
            3usize => self.question_id.read_from(r),
            4usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.boolean_value);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.multi_choice_values);
        w.field(3usize, &self.question_id);
        w.field(4usize, &self.value);
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
rt::impl_object!(VirtualEventRegistrationQuestionAnswer);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    VirtualEventRegistrationQuestionAnswer { with_boolean_value boolean_value : bool;
    with_display_name display_name : ::std::string::String; with_multi_choice_values
    multi_choice_values : ::std::vec::Vec < ::std::string::String >; with_question_id
    question_id : ::std::string::String; with_value value : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventRegistrationQuestionAnswer);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.virtualEventRegistrationQuestionAnswerInputType`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VirtualEventRegistrationQuestionAnswerInputType {
    /// `text` (value 0).
    Text,
    /// `multilineText` (value 1).
    MultilineText,
    /// `singleChoice` (value 2).
    SingleChoice,
    /// `multiChoice` (value 3).
    MultiChoice,
    /// `boolean` (value 4).
    Boolean,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::StrEnum for VirtualEventRegistrationQuestionAnswerInputType {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEventRegistrationQuestionAnswerInputType";
    const MEMBERS: &'static [&'static str] = &[
        "text",
        "multilineText",
        "singleChoice",
        "multiChoice",
        "boolean",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "text" => Self::Text,
                "multilineText" => Self::MultilineText,
                "singleChoice" => Self::SingleChoice,
                "multiChoice" => Self::MultiChoice,
                "boolean" => Self::Boolean,
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
            Self::Text => "text",
            Self::MultilineText => "multilineText",
            Self::SingleChoice => "singleChoice",
            Self::MultiChoice => "multiChoice",
            Self::Boolean => "boolean",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_enum!(VirtualEventRegistrationQuestionAnswerInputType);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventRegistrationQuestionAnswerInputType);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.virtualEventRegistrationQuestionBase`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct VirtualEventRegistrationQuestionBase {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isRequired`: `Edm.Boolean`, nullable.
    pub is_required: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for VirtualEventRegistrationQuestionBase {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_required: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for VirtualEventRegistrationQuestionBase {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEventRegistrationQuestionBase";
    const KEYS: &'static [&'static str] = &["id", "displayName", "isRequired"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"isRequired\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.virtualEventRegistrationQuestionBase\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "is_required", &self.is_required);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for VirtualEventRegistrationQuestionBase {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.is_required.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.is_required);
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
rt::impl_object!(VirtualEventRegistrationQuestionBase);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    VirtualEventRegistrationQuestionBase { with_id id : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_is_required is_required
    : bool; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventRegistrationQuestionBase);
#[cfg(msgraph_v1_search_or_solutions)]
/// `microsoft.graph.virtualEventRegistrationQuestionBase` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyVirtualEventRegistrationQuestionBase {
    VirtualEventRegistrationQuestionBase(
        ::std::boxed::Box<crate::v1::VirtualEventRegistrationQuestionBase>,
    ),
    VirtualEventRegistrationCustomQuestion(
        ::std::boxed::Box<crate::v1::VirtualEventRegistrationCustomQuestion>,
    ),
    VirtualEventRegistrationPredefinedQuestion(
        ::std::boxed::Box<crate::v1::VirtualEventRegistrationPredefinedQuestion>,
    ),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for AnyVirtualEventRegistrationQuestionBase {
    #[inline]
    fn default() -> Self {
        Self::VirtualEventRegistrationQuestionBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::VirtualEventRegistrationQuestionBase>
for AnyVirtualEventRegistrationQuestionBase {
    #[inline]
    fn from(v: crate::v1::VirtualEventRegistrationQuestionBase) -> Self {
        Self::VirtualEventRegistrationQuestionBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::VirtualEventRegistrationCustomQuestion>
for AnyVirtualEventRegistrationQuestionBase {
    #[inline]
    fn from(v: crate::v1::VirtualEventRegistrationCustomQuestion) -> Self {
        Self::VirtualEventRegistrationCustomQuestion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::VirtualEventRegistrationPredefinedQuestion>
for AnyVirtualEventRegistrationQuestionBase {
    #[inline]
    fn from(v: crate::v1::VirtualEventRegistrationPredefinedQuestion) -> Self {
        Self::VirtualEventRegistrationPredefinedQuestion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
unsafe impl ::std::marker::Send for AnyVirtualEventRegistrationQuestionBase {}
#[cfg(msgraph_v1_search_or_solutions)]
unsafe impl ::std::marker::Sync for AnyVirtualEventRegistrationQuestionBase {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::marker::Unpin for AnyVirtualEventRegistrationQuestionBase {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::panic::UnwindSafe for AnyVirtualEventRegistrationQuestionBase {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::panic::RefUnwindSafe for AnyVirtualEventRegistrationQuestionBase {}
#[cfg(msgraph_v1_search_or_solutions)]
const _: () = {
    rt::object::auto_traits::<crate::v1::VirtualEventRegistrationQuestionBase>();
    rt::object::auto_traits::<crate::v1::VirtualEventRegistrationCustomQuestion>();
    rt::object::auto_traits::<crate::v1::VirtualEventRegistrationPredefinedQuestion>();
};
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Poly for AnyVirtualEventRegistrationQuestionBase {
    const BASE_NAME: &'static str = "microsoft.graph.virtualEventRegistrationQuestionBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.virtualEventRegistrationCustomQuestion",
            ) => Self::VirtualEventRegistrationCustomQuestion(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.virtualEventRegistrationPredefinedQuestion",
            ) => {
                Self::VirtualEventRegistrationPredefinedQuestion(rt::object::new_boxed())
            }
            _ => Self::VirtualEventRegistrationQuestionBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::VirtualEventRegistrationQuestionBase(v) => &**v,
            Self::VirtualEventRegistrationCustomQuestion(v) => &**v,
            Self::VirtualEventRegistrationPredefinedQuestion(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::VirtualEventRegistrationQuestionBase(v) => &mut **v,
            Self::VirtualEventRegistrationCustomQuestion(v) => &mut **v,
            Self::VirtualEventRegistrationPredefinedQuestion(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl AnyVirtualEventRegistrationQuestionBase {
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
            Self::VirtualEventRegistrationQuestionBase(v) => &v.id,
            Self::VirtualEventRegistrationCustomQuestion(v) => &v.id,
            Self::VirtualEventRegistrationPredefinedQuestion(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::VirtualEventRegistrationQuestionBase(v) => &mut v.id,
            Self::VirtualEventRegistrationCustomQuestion(v) => &mut v.id,
            Self::VirtualEventRegistrationPredefinedQuestion(v) => &mut v.id,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::VirtualEventRegistrationQuestionBase(v) => &v.display_name,
            Self::VirtualEventRegistrationCustomQuestion(v) => &v.display_name,
            Self::VirtualEventRegistrationPredefinedQuestion(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::VirtualEventRegistrationQuestionBase(v) => &mut v.display_name,
            Self::VirtualEventRegistrationCustomQuestion(v) => &mut v.display_name,
            Self::VirtualEventRegistrationPredefinedQuestion(v) => &mut v.display_name,
        }
    }
    /// `isRequired` of any variant.
    #[inline]
    pub fn is_required(&self) -> &rt::Field<bool> {
        match self {
            Self::VirtualEventRegistrationQuestionBase(v) => &v.is_required,
            Self::VirtualEventRegistrationCustomQuestion(v) => &v.is_required,
            Self::VirtualEventRegistrationPredefinedQuestion(v) => &v.is_required,
        }
    }
    /// `isRequired` of any variant.
    #[inline]
    pub fn is_required_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::VirtualEventRegistrationQuestionBase(v) => &mut v.is_required,
            Self::VirtualEventRegistrationCustomQuestion(v) => &mut v.is_required,
            Self::VirtualEventRegistrationPredefinedQuestion(v) => &mut v.is_required,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_poly!(AnyVirtualEventRegistrationQuestionBase);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyVirtualEventRegistrationQuestionBase);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.virtualEventSession`, entity type, derived from `microsoft.graph.onlineMeetingBase`, key `id`.
///
/// Request builders: [`VirtualEventSessionPath`](requests/trait.VirtualEventSessionPath.html), what a path to one (`EntityPath<VirtualEventSession, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct VirtualEventSession {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `allowAttendeeToEnableCamera`: `Edm.Boolean`, nullable.
    pub allow_attendee_to_enable_camera: rt::Field<bool>,
    /// CSDL: property `allowAttendeeToEnableMic`: `Edm.Boolean`, nullable.
    pub allow_attendee_to_enable_mic: rt::Field<bool>,
    /// CSDL: property `allowBreakoutRooms`: `Edm.Boolean`, nullable.
    pub allow_breakout_rooms: rt::Field<bool>,
    /// CSDL: property `allowCopyingAndSharingMeetingContent`: `Edm.Boolean`, nullable.
    pub allow_copying_and_sharing_meeting_content: rt::Field<bool>,
    /// CSDL: property `allowedLobbyAdmitters`: `microsoft.graph.allowedLobbyAdmitterRoles`, nullable.
    pub allowed_lobby_admitters: rt::Field<crate::v1::AllowedLobbyAdmitterRoles>,
    /// CSDL: property `allowedPresenters`: `microsoft.graph.onlineMeetingPresenters`, nullable.
    pub allowed_presenters: rt::Field<crate::v1::OnlineMeetingPresenters>,
    /// CSDL: property `allowLiveShare`: `microsoft.graph.meetingLiveShareOptions`, nullable.
    pub allow_live_share: rt::Field<crate::v1::MeetingLiveShareOptions>,
    /// CSDL: property `allowMeetingChat`: `microsoft.graph.meetingChatMode`, nullable.
    pub allow_meeting_chat: rt::Field<crate::v1::MeetingChatMode>,
    /// CSDL: property `allowParticipantsToChangeName`: `Edm.Boolean`, nullable.
    pub allow_participants_to_change_name: rt::Field<bool>,
    /// CSDL: property `allowPowerPointSharing`: `Edm.Boolean`, nullable.
    pub allow_power_point_sharing: rt::Field<bool>,
    /// CSDL: property `allowRecording`: `Edm.Boolean`, nullable.
    pub allow_recording: rt::Field<bool>,
    /// CSDL: property `allowTeamworkReactions`: `Edm.Boolean`, nullable.
    pub allow_teamwork_reactions: rt::Field<bool>,
    /// CSDL: property `allowTranscription`: `Edm.Boolean`, nullable.
    pub allow_transcription: rt::Field<bool>,
    /// CSDL: property `allowWhiteboard`: `Edm.Boolean`, nullable.
    pub allow_whiteboard: rt::Field<bool>,
    /// CSDL: property `audioConferencing`: `microsoft.graph.audioConferencing`, nullable.
    pub audio_conferencing: rt::Field<crate::v1::AudioConferencing>,
    /// CSDL: property `chatInfo`: `microsoft.graph.chatInfo`, nullable.
    pub chat_info: rt::Field<crate::v1::ChatInfo>,
    /// CSDL: property `chatRestrictions`: `microsoft.graph.chatRestrictions`, nullable.
    pub chat_restrictions: rt::Field<crate::v1::ChatRestrictions>,
    /// CSDL: property `cloudVideoInteropInfo`: `microsoft.graph.cloudVideoInteropInfo`, nullable.
    pub cloud_video_interop_info: rt::Field<crate::v1::CloudVideoInteropInfo>,
    /// CSDL: property `expiryDateTime`: `Edm.DateTimeOffset`, nullable.
    pub expiry_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `isEndToEndEncryptionEnabled`: `Edm.Boolean`, nullable.
    pub is_end_to_end_encryption_enabled: rt::Field<bool>,
    /// CSDL: property `isEntryExitAnnounced`: `Edm.Boolean`, nullable.
    pub is_entry_exit_announced: rt::Field<bool>,
    /// CSDL: property `joinInformation`: `microsoft.graph.itemBody`, nullable.
    pub join_information: rt::Field<crate::v1::ItemBody>,
    /// CSDL: property `joinMeetingIdSettings`: `microsoft.graph.joinMeetingIdSettings`, nullable.
    pub join_meeting_id_settings: rt::Field<crate::v1::JoinMeetingIdSettings>,
    /// CSDL: property `joinWebUrl`: `Edm.String`, nullable.
    pub join_web_url: rt::Field<::std::string::String>,
    /// CSDL: property `lobbyBypassSettings`: `microsoft.graph.lobbyBypassSettings`, nullable.
    pub lobby_bypass_settings: rt::Field<crate::v1::LobbyBypassSettings>,
    /// CSDL: property `meetingOptionsWebUrl`: `Edm.String`, nullable.
    pub meeting_options_web_url: rt::Field<::std::string::String>,
    /// CSDL: property `meetingSpokenLanguageTag`: `Edm.String`, nullable.
    pub meeting_spoken_language_tag: rt::Field<::std::string::String>,
    /// CSDL: property `meetingType`: `microsoft.graph.onlineMeetingType`, nullable.
    pub meeting_type: rt::Field<crate::v1::OnlineMeetingType>,
    /// CSDL: property `recordAutomatically`: `Edm.Boolean`, nullable.
    pub record_automatically: rt::Field<bool>,
    /// CSDL: property `sensitivityLabelAssignment`: `microsoft.graph.onlineMeetingSensitivityLabelAssignment`, nullable.
    pub sensitivity_label_assignment: rt::Field<
        crate::v1::OnlineMeetingSensitivityLabelAssignment,
    >,
    /// CSDL: property `shareMeetingChatHistoryDefault`: `microsoft.graph.meetingChatHistoryDefaultMode`, nullable.
    pub share_meeting_chat_history_default: rt::Field<
        crate::v1::MeetingChatHistoryDefaultMode,
    >,
    /// CSDL: property `subject`: `Edm.String`, nullable.
    pub subject: rt::Field<::std::string::String>,
    /// CSDL: property `videoTeleconferenceId`: `Edm.String`, nullable.
    pub video_teleconference_id: rt::Field<::std::string::String>,
    /// CSDL: property `watermarkProtection`: `microsoft.graph.watermarkProtectionValues`, nullable.
    pub watermark_protection: rt::Field<crate::v1::WatermarkProtectionValues>,
    /// CSDL: containment navigation property `attendanceReports`: `Collection(microsoft.graph.meetingAttendanceReport)`, not nullable.
    pub attendance_reports: rt::Field<
        ::std::vec::Vec<crate::v1::MeetingAttendanceReport>,
    >,
    /// CSDL: property `capacity`: `Edm.Int32`, nullable.
    pub capacity: rt::Field<i32>,
    /// CSDL: property `endDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub end_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `startDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub start_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `videoOnDemandWebUrl`: `Edm.String`, nullable.
    pub video_on_demand_web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for VirtualEventSession {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            allow_attendee_to_enable_camera: rt::Field::Absent,
            allow_attendee_to_enable_mic: rt::Field::Absent,
            allow_breakout_rooms: rt::Field::Absent,
            allow_copying_and_sharing_meeting_content: rt::Field::Absent,
            allowed_lobby_admitters: rt::Field::Absent,
            allowed_presenters: rt::Field::Absent,
            allow_live_share: rt::Field::Absent,
            allow_meeting_chat: rt::Field::Absent,
            allow_participants_to_change_name: rt::Field::Absent,
            allow_power_point_sharing: rt::Field::Absent,
            allow_recording: rt::Field::Absent,
            allow_teamwork_reactions: rt::Field::Absent,
            allow_transcription: rt::Field::Absent,
            allow_whiteboard: rt::Field::Absent,
            audio_conferencing: rt::Field::Absent,
            chat_info: rt::Field::Absent,
            chat_restrictions: rt::Field::Absent,
            cloud_video_interop_info: rt::Field::Absent,
            expiry_date_time: rt::Field::Absent,
            is_end_to_end_encryption_enabled: rt::Field::Absent,
            is_entry_exit_announced: rt::Field::Absent,
            join_information: rt::Field::Absent,
            join_meeting_id_settings: rt::Field::Absent,
            join_web_url: rt::Field::Absent,
            lobby_bypass_settings: rt::Field::Absent,
            meeting_options_web_url: rt::Field::Absent,
            meeting_spoken_language_tag: rt::Field::Absent,
            meeting_type: rt::Field::Absent,
            record_automatically: rt::Field::Absent,
            sensitivity_label_assignment: rt::Field::Absent,
            share_meeting_chat_history_default: rt::Field::Absent,
            subject: rt::Field::Absent,
            video_teleconference_id: rt::Field::Absent,
            watermark_protection: rt::Field::Absent,
            attendance_reports: rt::Field::Absent,
            capacity: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            video_on_demand_web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for VirtualEventSession {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEventSession";
    const KEYS: &'static [&'static str] = &[
        "id",
        "allowAttendeeToEnableCamera",
        "allowAttendeeToEnableMic",
        "allowBreakoutRooms",
        "allowCopyingAndSharingMeetingContent",
        "allowedLobbyAdmitters",
        "allowedPresenters",
        "allowLiveShare",
        "allowMeetingChat",
        "allowParticipantsToChangeName",
        "allowPowerPointSharing",
        "allowRecording",
        "allowTeamworkReactions",
        "allowTranscription",
        "allowWhiteboard",
        "audioConferencing",
        "chatInfo",
        "chatRestrictions",
        "cloudVideoInteropInfo",
        "expiryDateTime",
        "isEndToEndEncryptionEnabled",
        "isEntryExitAnnounced",
        "joinInformation",
        "joinMeetingIdSettings",
        "joinWebUrl",
        "lobbyBypassSettings",
        "meetingOptionsWebUrl",
        "meetingSpokenLanguageTag",
        "meetingType",
        "recordAutomatically",
        "sensitivityLabelAssignment",
        "shareMeetingChatHistoryDefault",
        "subject",
        "videoTeleconferenceId",
        "watermarkProtection",
        "attendanceReports",
        "capacity",
        "endDateTime",
        "startDateTime",
        "videoOnDemandWebUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"allowAttendeeToEnableCamera\":  ",
        ",\"allowAttendeeToEnableMic\":     ",
        ",\"allowBreakoutRooms\":           ",
        ",\"allowCopyingAndSharingMeetingContent\":",
        ",\"allowedLobbyAdmitters\":        ",
        ",\"allowedPresenters\":            ",
        ",\"allowLiveShare\":               ",
        ",\"allowMeetingChat\":             ",
        ",\"allowParticipantsToChangeName\":",
        ",\"allowPowerPointSharing\":       ",
        ",\"allowRecording\":               ",
        ",\"allowTeamworkReactions\":       ",
        ",\"allowTranscription\":           ",
        ",\"allowWhiteboard\":              ",
        ",\"audioConferencing\":            ",
        ",\"chatInfo\":                     ",
        ",\"chatRestrictions\":             ",
        ",\"cloudVideoInteropInfo\":        ",
        ",\"expiryDateTime\":               ",
        ",\"isEndToEndEncryptionEnabled\":  ",
        ",\"isEntryExitAnnounced\":         ",
        ",\"joinInformation\":              ",
        ",\"joinMeetingIdSettings\":        ",
        ",\"joinWebUrl\":                   ",
        ",\"lobbyBypassSettings\":          ",
        ",\"meetingOptionsWebUrl\":         ",
        ",\"meetingSpokenLanguageTag\":     ",
        ",\"meetingType\":                  ",
        ",\"recordAutomatically\":          ",
        ",\"sensitivityLabelAssignment\":   ",
        ",\"shareMeetingChatHistoryDefault\":",
        ",\"subject\":                      ",
        ",\"videoTeleconferenceId\":        ",
        ",\"watermarkProtection\":          ",
        ",\"attendanceReports\":            ",
        ",\"capacity\":                     ",
        ",\"endDateTime\":                  ",
        ",\"startDateTime\":                ",
        ",\"videoOnDemandWebUrl\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.virtualEventSession\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "allow_attendee_to_enable_camera",
            &self.allow_attendee_to_enable_camera,
        );
        v.field(
            2usize,
            "allow_attendee_to_enable_mic",
            &self.allow_attendee_to_enable_mic,
        );
        v.field(3usize, "allow_breakout_rooms", &self.allow_breakout_rooms);
        v.field(
            4usize,
            "allow_copying_and_sharing_meeting_content",
            &self.allow_copying_and_sharing_meeting_content,
        );
        v.field(5usize, "allowed_lobby_admitters", &self.allowed_lobby_admitters);
        v.field(6usize, "allowed_presenters", &self.allowed_presenters);
        v.field(7usize, "allow_live_share", &self.allow_live_share);
        v.field(8usize, "allow_meeting_chat", &self.allow_meeting_chat);
        v.field(
            9usize,
            "allow_participants_to_change_name",
            &self.allow_participants_to_change_name,
        );
        v.field(10usize, "allow_power_point_sharing", &self.allow_power_point_sharing);
        v.field(11usize, "allow_recording", &self.allow_recording);
        v.field(12usize, "allow_teamwork_reactions", &self.allow_teamwork_reactions);
        v.field(13usize, "allow_transcription", &self.allow_transcription);
        v.field(14usize, "allow_whiteboard", &self.allow_whiteboard);
        v.field(15usize, "audio_conferencing", &self.audio_conferencing);
        v.field(16usize, "chat_info", &self.chat_info);
        v.field(17usize, "chat_restrictions", &self.chat_restrictions);
        v.field(18usize, "cloud_video_interop_info", &self.cloud_video_interop_info);
        v.field(19usize, "expiry_date_time", &self.expiry_date_time);
        v.field(
            20usize,
            "is_end_to_end_encryption_enabled",
            &self.is_end_to_end_encryption_enabled,
        );
        v.field(21usize, "is_entry_exit_announced", &self.is_entry_exit_announced);
        v.field(22usize, "join_information", &self.join_information);
        v.field(23usize, "join_meeting_id_settings", &self.join_meeting_id_settings);
        v.field(24usize, "join_web_url", &self.join_web_url);
        v.field(25usize, "lobby_bypass_settings", &self.lobby_bypass_settings);
        v.field(26usize, "meeting_options_web_url", &self.meeting_options_web_url);
        v.field(
            27usize,
            "meeting_spoken_language_tag",
            &self.meeting_spoken_language_tag,
        );
        v.field(28usize, "meeting_type", &self.meeting_type);
        v.field(29usize, "record_automatically", &self.record_automatically);
        v.field(
            30usize,
            "sensitivity_label_assignment",
            &self.sensitivity_label_assignment,
        );
        v.field(
            31usize,
            "share_meeting_chat_history_default",
            &self.share_meeting_chat_history_default,
        );
        v.field(32usize, "subject", &self.subject);
        v.field(33usize, "video_teleconference_id", &self.video_teleconference_id);
        v.field(34usize, "watermark_protection", &self.watermark_protection);
        v.field(35usize, "attendance_reports", &self.attendance_reports);
        v.field(36usize, "capacity", &self.capacity);
        v.field(37usize, "end_date_time", &self.end_date_time);
        v.field(38usize, "start_date_time", &self.start_date_time);
        v.field(39usize, "video_on_demand_web_url", &self.video_on_demand_web_url);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for VirtualEventSession {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.allow_attendee_to_enable_camera.read_from(r),
            2usize => self.allow_attendee_to_enable_mic.read_from(r),
            3usize => self.allow_breakout_rooms.read_from(r),
            4usize => self.allow_copying_and_sharing_meeting_content.read_from(r),
            5usize => self.allowed_lobby_admitters.read_from(r),
            6usize => self.allowed_presenters.read_from(r),
            7usize => self.allow_live_share.read_from(r),
            8usize => self.allow_meeting_chat.read_from(r),
            9usize => self.allow_participants_to_change_name.read_from(r),
            10usize => self.allow_power_point_sharing.read_from(r),
            11usize => self.allow_recording.read_from(r),
            12usize => self.allow_teamwork_reactions.read_from(r),
            13usize => self.allow_transcription.read_from(r),
            14usize => self.allow_whiteboard.read_from(r),
            15usize => self.audio_conferencing.read_from(r),
            16usize => self.chat_info.read_from(r),
            17usize => self.chat_restrictions.read_from(r),
            18usize => self.cloud_video_interop_info.read_from(r),
            19usize => self.expiry_date_time.read_from(r),
            20usize => self.is_end_to_end_encryption_enabled.read_from(r),
            21usize => self.is_entry_exit_announced.read_from(r),
            22usize => self.join_information.read_from(r),
            23usize => self.join_meeting_id_settings.read_from(r),
            24usize => self.join_web_url.read_from(r),
            25usize => self.lobby_bypass_settings.read_from(r),
            26usize => self.meeting_options_web_url.read_from(r),
            27usize => self.meeting_spoken_language_tag.read_from(r),
            28usize => self.meeting_type.read_from(r),
            29usize => self.record_automatically.read_from(r),
            30usize => self.sensitivity_label_assignment.read_from(r),
            31usize => self.share_meeting_chat_history_default.read_from(r),
            32usize => self.subject.read_from(r),
            33usize => self.video_teleconference_id.read_from(r),
            34usize => self.watermark_protection.read_from(r),
            35usize => self.attendance_reports.read_from(r),
            36usize => self.capacity.read_from(r),
            37usize => self.end_date_time.read_from(r),
            38usize => self.start_date_time.read_from(r),
            39usize => self.video_on_demand_web_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.allow_attendee_to_enable_camera);
        w.field(2usize, &self.allow_attendee_to_enable_mic);
        w.field(3usize, &self.allow_breakout_rooms);
        w.field(4usize, &self.allow_copying_and_sharing_meeting_content);
        w.field(5usize, &self.allowed_lobby_admitters);
        w.field(6usize, &self.allowed_presenters);
        w.field(7usize, &self.allow_live_share);
        w.field(8usize, &self.allow_meeting_chat);
        w.field(9usize, &self.allow_participants_to_change_name);
        w.field(10usize, &self.allow_power_point_sharing);
        w.field(11usize, &self.allow_recording);
        w.field(12usize, &self.allow_teamwork_reactions);
        w.field(13usize, &self.allow_transcription);
        w.field(14usize, &self.allow_whiteboard);
        w.field(15usize, &self.audio_conferencing);
        w.field(16usize, &self.chat_info);
        w.field(17usize, &self.chat_restrictions);
        w.field(18usize, &self.cloud_video_interop_info);
        w.field(19usize, &self.expiry_date_time);
        w.field(20usize, &self.is_end_to_end_encryption_enabled);
        w.field(21usize, &self.is_entry_exit_announced);
        w.field(22usize, &self.join_information);
        w.field(23usize, &self.join_meeting_id_settings);
        w.field(24usize, &self.join_web_url);
        w.field(25usize, &self.lobby_bypass_settings);
        w.field(26usize, &self.meeting_options_web_url);
        w.field(27usize, &self.meeting_spoken_language_tag);
        w.field(28usize, &self.meeting_type);
        w.field(29usize, &self.record_automatically);
        w.field(30usize, &self.sensitivity_label_assignment);
        w.field(31usize, &self.share_meeting_chat_history_default);
        w.field(32usize, &self.subject);
        w.field(33usize, &self.video_teleconference_id);
        w.field(34usize, &self.watermark_protection);
        w.field(35usize, &self.attendance_reports);
        w.field(36usize, &self.capacity);
        w.field(37usize, &self.end_date_time);
        w.field(38usize, &self.start_date_time);
        w.field(39usize, &self.video_on_demand_web_url);
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
rt::impl_object!(VirtualEventSession);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    VirtualEventSession { with_id id : ::std::string::String;
    with_allow_attendee_to_enable_camera allow_attendee_to_enable_camera : bool;
    with_allow_attendee_to_enable_mic allow_attendee_to_enable_mic : bool;
    with_allow_breakout_rooms allow_breakout_rooms : bool;
    with_allow_copying_and_sharing_meeting_content
    allow_copying_and_sharing_meeting_content : bool; with_allowed_lobby_admitters
    allowed_lobby_admitters : crate ::v1::AllowedLobbyAdmitterRoles;
    with_allowed_presenters allowed_presenters : crate ::v1::OnlineMeetingPresenters;
    with_allow_live_share allow_live_share : crate ::v1::MeetingLiveShareOptions;
    with_allow_meeting_chat allow_meeting_chat : crate ::v1::MeetingChatMode;
    with_allow_participants_to_change_name allow_participants_to_change_name : bool;
    with_allow_power_point_sharing allow_power_point_sharing : bool; with_allow_recording
    allow_recording : bool; with_allow_teamwork_reactions allow_teamwork_reactions :
    bool; with_allow_transcription allow_transcription : bool; with_allow_whiteboard
    allow_whiteboard : bool; with_audio_conferencing audio_conferencing : crate
    ::v1::AudioConferencing; with_chat_info chat_info : crate ::v1::ChatInfo;
    with_chat_restrictions chat_restrictions : crate ::v1::ChatRestrictions;
    with_cloud_video_interop_info cloud_video_interop_info : crate
    ::v1::CloudVideoInteropInfo; with_expiry_date_time expiry_date_time :
    rt::edm::DateTimeOffset; with_is_end_to_end_encryption_enabled
    is_end_to_end_encryption_enabled : bool; with_is_entry_exit_announced
    is_entry_exit_announced : bool; with_join_information join_information : crate
    ::v1::ItemBody; with_join_meeting_id_settings join_meeting_id_settings : crate
    ::v1::JoinMeetingIdSettings; with_join_web_url join_web_url : ::std::string::String;
    with_lobby_bypass_settings lobby_bypass_settings : crate ::v1::LobbyBypassSettings;
    with_meeting_options_web_url meeting_options_web_url : ::std::string::String;
    with_meeting_spoken_language_tag meeting_spoken_language_tag : ::std::string::String;
    with_meeting_type meeting_type : crate ::v1::OnlineMeetingType;
    with_record_automatically record_automatically : bool;
    with_sensitivity_label_assignment sensitivity_label_assignment : crate
    ::v1::OnlineMeetingSensitivityLabelAssignment;
    with_share_meeting_chat_history_default share_meeting_chat_history_default : crate
    ::v1::MeetingChatHistoryDefaultMode; with_subject subject : ::std::string::String;
    with_video_teleconference_id video_teleconference_id : ::std::string::String;
    with_watermark_protection watermark_protection : crate
    ::v1::WatermarkProtectionValues; with_attendance_reports attendance_reports :
    ::std::vec::Vec < crate ::v1::MeetingAttendanceReport >; with_capacity capacity :
    i32; with_end_date_time end_date_time : crate ::v1::DateTimeTimeZone;
    with_start_date_time start_date_time : crate ::v1::DateTimeTimeZone;
    with_video_on_demand_web_url video_on_demand_web_url : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventSession);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.virtualEventSettings`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct VirtualEventSettings {
    /// CSDL: property `isAttendeeEmailNotificationEnabled`: `Edm.Boolean`, nullable.
    pub is_attendee_email_notification_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for VirtualEventSettings {
    #[inline]
    fn default() -> Self {
        Self {
            is_attendee_email_notification_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for VirtualEventSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEventSettings";
    const KEYS: &'static [&'static str] = &["isAttendeeEmailNotificationEnabled"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isAttendeeEmailNotificationEnabled\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.virtualEventSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "is_attendee_email_notification_enabled",
            &self.is_attendee_email_notification_enabled,
        );
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for VirtualEventSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_attendee_email_notification_enabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_attendee_email_notification_enabled);
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
rt::impl_object!(VirtualEventSettings);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    VirtualEventSettings { with_is_attendee_email_notification_enabled
    is_attendee_email_notification_enabled : bool; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventSettings);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.virtualEventStatus`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VirtualEventStatus {
    /// `draft` (value 0).
    Draft,
    /// `published` (value 1).
    Published,
    /// `canceled` (value 2).
    Canceled,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::StrEnum for VirtualEventStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEventStatus";
    const MEMBERS: &'static [&'static str] = &[
        "draft",
        "published",
        "canceled",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "draft" => Self::Draft,
                "published" => Self::Published,
                "canceled" => Self::Canceled,
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
            Self::Draft => "draft",
            Self::Published => "published",
            Self::Canceled => "canceled",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_enum!(VirtualEventStatus);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventStatus);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.virtualEventTownhall`, entity type, derived from `microsoft.graph.virtualEvent`, key `id`.
///
/// Request builders: [`VirtualEventTownhallPath`](requests/trait.VirtualEventTownhallPath.html), what a path to one (`EntityPath<VirtualEventTownhall, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct VirtualEventTownhall {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.communicationsIdentitySet`, nullable.
    pub created_by: rt::Field<crate::v1::CommunicationsIdentitySet>,
    /// CSDL: property `description`: `microsoft.graph.itemBody`, nullable.
    pub description: rt::Field<crate::v1::ItemBody>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `endDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub end_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `externalEventInformation`: `Collection(microsoft.graph.virtualEventExternalInformation)`, nullable.
    pub external_event_information: rt::Field<
        ::std::vec::Vec<crate::v1::VirtualEventExternalInformation>,
    >,
    /// CSDL: property `isRegistrationRequired`: `Edm.Boolean`, nullable.
    pub is_registration_required: rt::Field<bool>,
    /// CSDL: property `settings`: `microsoft.graph.virtualEventSettings`, nullable.
    pub settings: rt::Field<crate::v1::VirtualEventSettings>,
    /// CSDL: property `startDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub start_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `status`: `microsoft.graph.virtualEventStatus`, nullable.
    pub status: rt::Field<crate::v1::VirtualEventStatus>,
    /// CSDL: containment navigation property `presenters`: `Collection(microsoft.graph.virtualEventPresenter)`, not nullable.
    pub presenters: rt::Field<::std::vec::Vec<crate::v1::VirtualEventPresenter>>,
    /// CSDL: containment navigation property `sessions`: `Collection(microsoft.graph.virtualEventSession)`, not nullable.
    pub sessions: rt::Field<::std::vec::Vec<crate::v1::VirtualEventSession>>,
    /// CSDL: property `audience`: `microsoft.graph.meetingAudience`, nullable.
    pub audience: rt::Field<crate::v1::MeetingAudience>,
    /// CSDL: property `capacity`: `Edm.Int32`, nullable.
    pub capacity: rt::Field<i32>,
    /// CSDL: property `coOrganizers`: `Collection(microsoft.graph.communicationsUserIdentity)`, nullable.
    pub co_organizers: rt::Field<::std::vec::Vec<crate::v1::CommunicationsUserIdentity>>,
    /// CSDL: property `invitedAttendees`: `Collection(microsoft.graph.identity)`, nullable.
    pub invited_attendees: rt::Field<::std::vec::Vec<crate::v1::AnyIdentity>>,
    /// CSDL: property `isInviteOnly`: `Edm.Boolean`, nullable.
    pub is_invite_only: rt::Field<bool>,
    /// CSDL: containment navigation property `registrationConfiguration`: `microsoft.graph.virtualEventTownhallRegistrationConfiguration`, nullable.
    pub registration_configuration: rt::Field<
        crate::v1::VirtualEventTownhallRegistrationConfiguration,
    >,
    /// CSDL: containment navigation property `registrations`: `Collection(microsoft.graph.virtualEventRegistration)`, not nullable.
    pub registrations: rt::Field<::std::vec::Vec<crate::v1::VirtualEventRegistration>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for VirtualEventTownhall {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            external_event_information: rt::Field::Absent,
            is_registration_required: rt::Field::Absent,
            settings: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            presenters: rt::Field::Absent,
            sessions: rt::Field::Absent,
            audience: rt::Field::Absent,
            capacity: rt::Field::Absent,
            co_organizers: rt::Field::Absent,
            invited_attendees: rt::Field::Absent,
            is_invite_only: rt::Field::Absent,
            registration_configuration: rt::Field::Absent,
            registrations: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for VirtualEventTownhall {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEventTownhall";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "description",
        "displayName",
        "endDateTime",
        "externalEventInformation",
        "isRegistrationRequired",
        "settings",
        "startDateTime",
        "status",
        "presenters",
        "sessions",
        "audience",
        "capacity",
        "coOrganizers",
        "invitedAttendees",
        "isInviteOnly",
        "registrationConfiguration",
        "registrations",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"endDateTime\":                  ",
        ",\"externalEventInformation\":     ",
        ",\"isRegistrationRequired\":       ",
        ",\"settings\":                     ",
        ",\"startDateTime\":                ",
        ",\"status\":                       ",
        ",\"presenters\":                   ",
        ",\"sessions\":                     ",
        ",\"audience\":                     ",
        ",\"capacity\":                     ",
        ",\"coOrganizers\":                 ",
        ",\"invitedAttendees\":             ",
        ",\"isInviteOnly\":                 ",
        ",\"registrationConfiguration\":    ",
        ",\"registrations\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.virtualEventTownhall\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "end_date_time", &self.end_date_time);
        v.field(5usize, "external_event_information", &self.external_event_information);
        v.field(6usize, "is_registration_required", &self.is_registration_required);
        v.field(7usize, "settings", &self.settings);
        v.field(8usize, "start_date_time", &self.start_date_time);
        v.field(9usize, "status", &self.status);
        v.field(10usize, "presenters", &self.presenters);
        v.field(11usize, "sessions", &self.sessions);
        v.field(12usize, "audience", &self.audience);
        v.field(13usize, "capacity", &self.capacity);
        v.field(14usize, "co_organizers", &self.co_organizers);
        v.field(15usize, "invited_attendees", &self.invited_attendees);
        v.field(16usize, "is_invite_only", &self.is_invite_only);
        v.field(17usize, "registration_configuration", &self.registration_configuration);
        v.field(18usize, "registrations", &self.registrations);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for VirtualEventTownhall {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.end_date_time.read_from(r),
            5usize => self.external_event_information.read_from(r),
            6usize => self.is_registration_required.read_from(r),
            7usize => self.settings.read_from(r),
            8usize => self.start_date_time.read_from(r),
            9usize => self.status.read_from(r),
            10usize => self.presenters.read_from(r),
            11usize => self.sessions.read_from(r),
            12usize => self.audience.read_from(r),
            13usize => self.capacity.read_from(r),
            14usize => self.co_organizers.read_from(r),
            15usize => self.invited_attendees.read_from(r),
            16usize => self.is_invite_only.read_from(r),
            17usize => self.registration_configuration.read_from(r),
            18usize => self.registrations.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.end_date_time);
        w.field(5usize, &self.external_event_information);
        w.field(6usize, &self.is_registration_required);
        w.field(7usize, &self.settings);
        w.field(8usize, &self.start_date_time);
        w.field(9usize, &self.status);
        w.field(10usize, &self.presenters);
        w.field(11usize, &self.sessions);
        w.field(12usize, &self.audience);
        w.field(13usize, &self.capacity);
        w.field(14usize, &self.co_organizers);
        w.field(15usize, &self.invited_attendees);
        w.field(16usize, &self.is_invite_only);
        w.field(17usize, &self.registration_configuration);
        w.field(18usize, &self.registrations);
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
rt::impl_object!(VirtualEventTownhall);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    VirtualEventTownhall { with_id id : ::std::string::String; with_created_by created_by
    : crate ::v1::CommunicationsIdentitySet; with_description description : crate
    ::v1::ItemBody; with_display_name display_name : ::std::string::String;
    with_end_date_time end_date_time : crate ::v1::DateTimeTimeZone;
    with_external_event_information external_event_information : ::std::vec::Vec < crate
    ::v1::VirtualEventExternalInformation >; with_is_registration_required
    is_registration_required : bool; with_settings settings : crate
    ::v1::VirtualEventSettings; with_start_date_time start_date_time : crate
    ::v1::DateTimeTimeZone; with_status status : crate ::v1::VirtualEventStatus;
    with_presenters presenters : ::std::vec::Vec < crate ::v1::VirtualEventPresenter >;
    with_sessions sessions : ::std::vec::Vec < crate ::v1::VirtualEventSession >;
    with_audience audience : crate ::v1::MeetingAudience; with_capacity capacity : i32;
    with_co_organizers co_organizers : ::std::vec::Vec < crate
    ::v1::CommunicationsUserIdentity >; with_invited_attendees invited_attendees :
    ::std::vec::Vec < crate ::v1::AnyIdentity >; with_is_invite_only is_invite_only :
    bool; with_registration_configuration registration_configuration : crate
    ::v1::VirtualEventTownhallRegistrationConfiguration; with_registrations registrations
    : ::std::vec::Vec < crate ::v1::VirtualEventRegistration >; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventTownhall);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.virtualEventTownhallRegistrationConfiguration`, entity type, derived from `microsoft.graph.virtualEventRegistrationConfiguration`, key `id`.
///
/// Request builders: [`VirtualEventRegistrationConfigurationPath`](requests/trait.VirtualEventRegistrationConfigurationPath.html), what a path to one (`EntityPath<VirtualEventTownhallRegistrationConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct VirtualEventTownhallRegistrationConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `capacity`: `Edm.Int32`, nullable.
    pub capacity: rt::Field<i32>,
    /// CSDL: property `isManualApprovalEnabled`: `Edm.Boolean`, nullable.
    pub is_manual_approval_enabled: rt::Field<bool>,
    /// CSDL: property `isWaitlistEnabled`: `Edm.Boolean`, nullable.
    pub is_waitlist_enabled: rt::Field<bool>,
    /// CSDL: property `registrationWebUrl`: `Edm.String`, nullable.
    pub registration_web_url: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `questions`: `Collection(microsoft.graph.virtualEventRegistrationQuestionBase)`, not nullable.
    pub questions: rt::Field<
        ::std::vec::Vec<crate::v1::AnyVirtualEventRegistrationQuestionBase>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for VirtualEventTownhallRegistrationConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            capacity: rt::Field::Absent,
            is_manual_approval_enabled: rt::Field::Absent,
            is_waitlist_enabled: rt::Field::Absent,
            registration_web_url: rt::Field::Absent,
            questions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for VirtualEventTownhallRegistrationConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEventTownhallRegistrationConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "capacity",
        "isManualApprovalEnabled",
        "isWaitlistEnabled",
        "registrationWebUrl",
        "questions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"capacity\":                     ",
        ",\"isManualApprovalEnabled\":      ",
        ",\"isWaitlistEnabled\":            ",
        ",\"registrationWebUrl\":           ",
        ",\"questions\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.virtualEventTownhallRegistrationConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "capacity", &self.capacity);
        v.field(2usize, "is_manual_approval_enabled", &self.is_manual_approval_enabled);
        v.field(3usize, "is_waitlist_enabled", &self.is_waitlist_enabled);
        v.field(4usize, "registration_web_url", &self.registration_web_url);
        v.field(5usize, "questions", &self.questions);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for VirtualEventTownhallRegistrationConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.capacity.read_from(r),
            2usize => self.is_manual_approval_enabled.read_from(r),
            3usize => self.is_waitlist_enabled.read_from(r),
            4usize => self.registration_web_url.read_from(r),
            5usize => self.questions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.capacity);
        w.field(2usize, &self.is_manual_approval_enabled);
        w.field(3usize, &self.is_waitlist_enabled);
        w.field(4usize, &self.registration_web_url);
        w.field(5usize, &self.questions);
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
rt::impl_object!(VirtualEventTownhallRegistrationConfiguration);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    VirtualEventTownhallRegistrationConfiguration { with_id id : ::std::string::String;
    with_capacity capacity : i32; with_is_manual_approval_enabled
    is_manual_approval_enabled : bool; with_is_waitlist_enabled is_waitlist_enabled :
    bool; with_registration_web_url registration_web_url : ::std::string::String;
    with_questions questions : ::std::vec::Vec < crate
    ::v1::AnyVirtualEventRegistrationQuestionBase >; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventTownhallRegistrationConfiguration);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.virtualEventWebinar`, entity type, derived from `microsoft.graph.virtualEvent`, key `id`.
///
/// Request builders: [`VirtualEventWebinarPath`](requests/trait.VirtualEventWebinarPath.html), what a path to one (`EntityPath<VirtualEventWebinar, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct VirtualEventWebinar {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.communicationsIdentitySet`, nullable.
    pub created_by: rt::Field<crate::v1::CommunicationsIdentitySet>,
    /// CSDL: property `description`: `microsoft.graph.itemBody`, nullable.
    pub description: rt::Field<crate::v1::ItemBody>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `endDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub end_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `externalEventInformation`: `Collection(microsoft.graph.virtualEventExternalInformation)`, nullable.
    pub external_event_information: rt::Field<
        ::std::vec::Vec<crate::v1::VirtualEventExternalInformation>,
    >,
    /// CSDL: property `isRegistrationRequired`: `Edm.Boolean`, nullable.
    pub is_registration_required: rt::Field<bool>,
    /// CSDL: property `settings`: `microsoft.graph.virtualEventSettings`, nullable.
    pub settings: rt::Field<crate::v1::VirtualEventSettings>,
    /// CSDL: property `startDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub start_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `status`: `microsoft.graph.virtualEventStatus`, nullable.
    pub status: rt::Field<crate::v1::VirtualEventStatus>,
    /// CSDL: containment navigation property `presenters`: `Collection(microsoft.graph.virtualEventPresenter)`, not nullable.
    pub presenters: rt::Field<::std::vec::Vec<crate::v1::VirtualEventPresenter>>,
    /// CSDL: containment navigation property `sessions`: `Collection(microsoft.graph.virtualEventSession)`, not nullable.
    pub sessions: rt::Field<::std::vec::Vec<crate::v1::VirtualEventSession>>,
    /// CSDL: property `audience`: `microsoft.graph.meetingAudience`, nullable.
    pub audience: rt::Field<crate::v1::MeetingAudience>,
    /// CSDL: property `coOrganizers`: `Collection(microsoft.graph.communicationsUserIdentity)`, nullable.
    pub co_organizers: rt::Field<::std::vec::Vec<crate::v1::CommunicationsUserIdentity>>,
    /// CSDL: containment navigation property `registrationConfiguration`: `microsoft.graph.virtualEventWebinarRegistrationConfiguration`, nullable.
    pub registration_configuration: rt::Field<
        crate::v1::VirtualEventWebinarRegistrationConfiguration,
    >,
    /// CSDL: containment navigation property `registrations`: `Collection(microsoft.graph.virtualEventRegistration)`, not nullable.
    pub registrations: rt::Field<::std::vec::Vec<crate::v1::VirtualEventRegistration>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for VirtualEventWebinar {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            external_event_information: rt::Field::Absent,
            is_registration_required: rt::Field::Absent,
            settings: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            presenters: rt::Field::Absent,
            sessions: rt::Field::Absent,
            audience: rt::Field::Absent,
            co_organizers: rt::Field::Absent,
            registration_configuration: rt::Field::Absent,
            registrations: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for VirtualEventWebinar {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEventWebinar";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "description",
        "displayName",
        "endDateTime",
        "externalEventInformation",
        "isRegistrationRequired",
        "settings",
        "startDateTime",
        "status",
        "presenters",
        "sessions",
        "audience",
        "coOrganizers",
        "registrationConfiguration",
        "registrations",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"endDateTime\":                  ",
        ",\"externalEventInformation\":     ",
        ",\"isRegistrationRequired\":       ",
        ",\"settings\":                     ",
        ",\"startDateTime\":                ",
        ",\"status\":                       ",
        ",\"presenters\":                   ",
        ",\"sessions\":                     ",
        ",\"audience\":                     ",
        ",\"coOrganizers\":                 ",
        ",\"registrationConfiguration\":    ",
        ",\"registrations\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.virtualEventWebinar\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "end_date_time", &self.end_date_time);
        v.field(5usize, "external_event_information", &self.external_event_information);
        v.field(6usize, "is_registration_required", &self.is_registration_required);
        v.field(7usize, "settings", &self.settings);
        v.field(8usize, "start_date_time", &self.start_date_time);
        v.field(9usize, "status", &self.status);
        v.field(10usize, "presenters", &self.presenters);
        v.field(11usize, "sessions", &self.sessions);
        v.field(12usize, "audience", &self.audience);
        v.field(13usize, "co_organizers", &self.co_organizers);
        v.field(14usize, "registration_configuration", &self.registration_configuration);
        v.field(15usize, "registrations", &self.registrations);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for VirtualEventWebinar {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.end_date_time.read_from(r),
            5usize => self.external_event_information.read_from(r),
            6usize => self.is_registration_required.read_from(r),
            7usize => self.settings.read_from(r),
            8usize => self.start_date_time.read_from(r),
            9usize => self.status.read_from(r),
            10usize => self.presenters.read_from(r),
            11usize => self.sessions.read_from(r),
            12usize => self.audience.read_from(r),
            13usize => self.co_organizers.read_from(r),
            14usize => self.registration_configuration.read_from(r),
            15usize => self.registrations.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.end_date_time);
        w.field(5usize, &self.external_event_information);
        w.field(6usize, &self.is_registration_required);
        w.field(7usize, &self.settings);
        w.field(8usize, &self.start_date_time);
        w.field(9usize, &self.status);
        w.field(10usize, &self.presenters);
        w.field(11usize, &self.sessions);
        w.field(12usize, &self.audience);
        w.field(13usize, &self.co_organizers);
        w.field(14usize, &self.registration_configuration);
        w.field(15usize, &self.registrations);
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
rt::impl_object!(VirtualEventWebinar);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    VirtualEventWebinar { with_id id : ::std::string::String; with_created_by created_by
    : crate ::v1::CommunicationsIdentitySet; with_description description : crate
    ::v1::ItemBody; with_display_name display_name : ::std::string::String;
    with_end_date_time end_date_time : crate ::v1::DateTimeTimeZone;
    with_external_event_information external_event_information : ::std::vec::Vec < crate
    ::v1::VirtualEventExternalInformation >; with_is_registration_required
    is_registration_required : bool; with_settings settings : crate
    ::v1::VirtualEventSettings; with_start_date_time start_date_time : crate
    ::v1::DateTimeTimeZone; with_status status : crate ::v1::VirtualEventStatus;
    with_presenters presenters : ::std::vec::Vec < crate ::v1::VirtualEventPresenter >;
    with_sessions sessions : ::std::vec::Vec < crate ::v1::VirtualEventSession >;
    with_audience audience : crate ::v1::MeetingAudience; with_co_organizers
    co_organizers : ::std::vec::Vec < crate ::v1::CommunicationsUserIdentity >;
    with_registration_configuration registration_configuration : crate
    ::v1::VirtualEventWebinarRegistrationConfiguration; with_registrations registrations
    : ::std::vec::Vec < crate ::v1::VirtualEventRegistration >; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventWebinar);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.virtualEventWebinarRegistrationConfiguration`, entity type, derived from `microsoft.graph.virtualEventRegistrationConfiguration`, key `id`.
///
/// Request builders: [`VirtualEventRegistrationConfigurationPath`](requests/trait.VirtualEventRegistrationConfigurationPath.html), what a path to one (`EntityPath<VirtualEventWebinarRegistrationConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct VirtualEventWebinarRegistrationConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `capacity`: `Edm.Int32`, nullable.
    pub capacity: rt::Field<i32>,
    /// CSDL: property `isManualApprovalEnabled`: `Edm.Boolean`, nullable.
    pub is_manual_approval_enabled: rt::Field<bool>,
    /// CSDL: property `isWaitlistEnabled`: `Edm.Boolean`, nullable.
    pub is_waitlist_enabled: rt::Field<bool>,
    /// CSDL: property `registrationWebUrl`: `Edm.String`, nullable.
    pub registration_web_url: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `questions`: `Collection(microsoft.graph.virtualEventRegistrationQuestionBase)`, not nullable.
    pub questions: rt::Field<
        ::std::vec::Vec<crate::v1::AnyVirtualEventRegistrationQuestionBase>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for VirtualEventWebinarRegistrationConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            capacity: rt::Field::Absent,
            is_manual_approval_enabled: rt::Field::Absent,
            is_waitlist_enabled: rt::Field::Absent,
            registration_web_url: rt::Field::Absent,
            questions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for VirtualEventWebinarRegistrationConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEventWebinarRegistrationConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "capacity",
        "isManualApprovalEnabled",
        "isWaitlistEnabled",
        "registrationWebUrl",
        "questions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"capacity\":                     ",
        ",\"isManualApprovalEnabled\":      ",
        ",\"isWaitlistEnabled\":            ",
        ",\"registrationWebUrl\":           ",
        ",\"questions\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.virtualEventWebinarRegistrationConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "capacity", &self.capacity);
        v.field(2usize, "is_manual_approval_enabled", &self.is_manual_approval_enabled);
        v.field(3usize, "is_waitlist_enabled", &self.is_waitlist_enabled);
        v.field(4usize, "registration_web_url", &self.registration_web_url);
        v.field(5usize, "questions", &self.questions);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for VirtualEventWebinarRegistrationConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.capacity.read_from(r),
            2usize => self.is_manual_approval_enabled.read_from(r),
            3usize => self.is_waitlist_enabled.read_from(r),
            4usize => self.registration_web_url.read_from(r),
            5usize => self.questions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.capacity);
        w.field(2usize, &self.is_manual_approval_enabled);
        w.field(3usize, &self.is_waitlist_enabled);
        w.field(4usize, &self.registration_web_url);
        w.field(5usize, &self.questions);
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
rt::impl_object!(VirtualEventWebinarRegistrationConfiguration);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    VirtualEventWebinarRegistrationConfiguration { with_id id : ::std::string::String;
    with_capacity capacity : i32; with_is_manual_approval_enabled
    is_manual_approval_enabled : bool; with_is_waitlist_enabled is_waitlist_enabled :
    bool; with_registration_web_url registration_web_url : ::std::string::String;
    with_questions questions : ::std::vec::Vec < crate
    ::v1::AnyVirtualEventRegistrationQuestionBase >; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventWebinarRegistrationConfiguration);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.virtualEventsRoot`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`VirtualEventsRootPath`](requests/trait.VirtualEventsRootPath.html), what a path to one (`EntityPath<VirtualEventsRoot, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct VirtualEventsRoot {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `events`: `Collection(microsoft.graph.virtualEvent)`, not nullable.
    pub events: rt::Field<::std::vec::Vec<crate::v1::AnyVirtualEvent>>,
    /// CSDL: containment navigation property `townhalls`: `Collection(microsoft.graph.virtualEventTownhall)`, not nullable.
    pub townhalls: rt::Field<::std::vec::Vec<crate::v1::VirtualEventTownhall>>,
    /// CSDL: containment navigation property `webinars`: `Collection(microsoft.graph.virtualEventWebinar)`, not nullable.
    pub webinars: rt::Field<::std::vec::Vec<crate::v1::VirtualEventWebinar>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for VirtualEventsRoot {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            events: rt::Field::Absent,
            townhalls: rt::Field::Absent,
            webinars: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for VirtualEventsRoot {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEventsRoot";
    const KEYS: &'static [&'static str] = &["id", "events", "townhalls", "webinars"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"events\":                       ",
        ",\"townhalls\":                    ",
        ",\"webinars\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.virtualEventsRoot\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "events", &self.events);
        v.field(2usize, "townhalls", &self.townhalls);
        v.field(3usize, "webinars", &self.webinars);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for VirtualEventsRoot {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.events.read_from(r),
            2usize => self.townhalls.read_from(r),
            3usize => self.webinars.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.events);
        w.field(2usize, &self.townhalls);
        w.field(3usize, &self.webinars);
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
rt::impl_object!(VirtualEventsRoot);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    VirtualEventsRoot { with_id id : ::std::string::String; with_events events :
    ::std::vec::Vec < crate ::v1::AnyVirtualEvent >; with_townhalls townhalls :
    ::std::vec::Vec < crate ::v1::VirtualEventTownhall >; with_webinars webinars :
    ::std::vec::Vec < crate ::v1::VirtualEventWebinar >; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventsRoot);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.voiceAuthenticationMethodConfiguration`, entity type, derived from `microsoft.graph.authenticationMethodConfiguration`, key `id`.
///
/// Request builders: [`VoiceAuthenticationMethodConfigurationPath`](requests/trait.VoiceAuthenticationMethodConfigurationPath.html), what a path to one (`EntityPath<VoiceAuthenticationMethodConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct VoiceAuthenticationMethodConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `excludeTargets`: `Collection(microsoft.graph.excludeTarget)`, nullable.
    pub exclude_targets: rt::Field<::std::vec::Vec<crate::v1::ExcludeTarget>>,
    /// CSDL: property `state`: `microsoft.graph.authenticationMethodState`, nullable.
    pub state: rt::Field<crate::v1::AuthenticationMethodState>,
    /// CSDL: property `isOfficePhoneAllowed`: `Edm.Boolean`, nullable.
    pub is_office_phone_allowed: rt::Field<bool>,
    /// CSDL: containment navigation property `includeTargets`: `Collection(microsoft.graph.authenticationMethodTarget)`, not nullable.
    pub include_targets: rt::Field<
        ::std::vec::Vec<crate::v1::AnyAuthenticationMethodTarget>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::default::Default for VoiceAuthenticationMethodConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            exclude_targets: rt::Field::Absent,
            state: rt::Field::Absent,
            is_office_phone_allowed: rt::Field::Absent,
            include_targets: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::Object for VoiceAuthenticationMethodConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.voiceAuthenticationMethodConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "excludeTargets",
        "state",
        "isOfficePhoneAllowed",
        "includeTargets",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"excludeTargets\":               ",
        ",\"state\":                        ",
        ",\"isOfficePhoneAllowed\":         ",
        ",\"includeTargets\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.voiceAuthenticationMethodConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "exclude_targets", &self.exclude_targets);
        v.field(2usize, "state", &self.state);
        v.field(3usize, "is_office_phone_allowed", &self.is_office_phone_allowed);
        v.field(4usize, "include_targets", &self.include_targets);
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::object::Members for VoiceAuthenticationMethodConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.exclude_targets.read_from(r),
            2usize => self.state.read_from(r),
            3usize => self.is_office_phone_allowed.read_from(r),
            4usize => self.include_targets.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.exclude_targets);
        w.field(2usize, &self.state);
        w.field(3usize, &self.is_office_phone_allowed);
        w.field(4usize, &self.include_targets);
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
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_object!(VoiceAuthenticationMethodConfiguration);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_setters!(
    VoiceAuthenticationMethodConfiguration { with_id id : ::std::string::String;
    with_exclude_targets exclude_targets : ::std::vec::Vec < crate ::v1::ExcludeTarget >;
    with_state state : crate ::v1::AuthenticationMethodState;
    with_is_office_phone_allowed is_office_phone_allowed : bool; with_include_targets
    include_targets : ::std::vec::Vec < crate ::v1::AnyAuthenticationMethodTarget >; }
);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(VoiceAuthenticationMethodConfiguration);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.vulnerabilityState`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct VulnerabilityState {
    /// CSDL: property `cve`: `Edm.String`, nullable.
    pub cve: rt::Field<::std::string::String>,
    /// CSDL: property `severity`: `Edm.String`, nullable.
    pub severity: rt::Field<::std::string::String>,
    /// CSDL: property `wasRunning`: `Edm.Boolean`, nullable.
    pub was_running: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for VulnerabilityState {
    #[inline]
    fn default() -> Self {
        Self {
            cve: rt::Field::Absent,
            severity: rt::Field::Absent,
            was_running: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for VulnerabilityState {
    const TYPE_NAME: &'static str = "microsoft.graph.vulnerabilityState";
    const KEYS: &'static [&'static str] = &["cve", "severity", "wasRunning"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"cve\":                          ",
        ",\"severity\":                     ",
        ",\"wasRunning\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.vulnerabilityState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "cve", &self.cve);
        v.field(1usize, "severity", &self.severity);
        v.field(2usize, "was_running", &self.was_running);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for VulnerabilityState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.cve.read_from(r),
            1usize => self.severity.read_from(r),
            2usize => self.was_running.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.cve);
        w.field(1usize, &self.severity);
        w.field(2usize, &self.was_running);
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
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(VulnerabilityState);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    VulnerabilityState { with_cve cve : ::std::string::String; with_severity severity :
    ::std::string::String; with_was_running was_running : bool; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(VulnerabilityState);
