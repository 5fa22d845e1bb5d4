//! Types of `microsoft.graph` by the first letters of their names (`devicea_devicel`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// The set of Role Definitions and Role Assignments assigned to a user.
///
/// CSDL: `microsoft.graph.deviceAndAppManagementAssignedRoleDetails`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceAndAppManagementAssignedRoleDetails {
    /// Role Assignment IDs for the specifc Role Assignments assigned to a user.
    ///
    /// CSDL: property `roleAssignmentIds`: `Collection(Edm.String)`, nullable.
    pub role_assignment_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Role Definition IDs for the specifc Role Definitions assigned to a user.
    ///
    /// CSDL: property `roleDefinitionIds`: `Collection(Edm.String)`, nullable.
    pub role_definition_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceAndAppManagementAssignedRoleDetails {
    #[inline]
    fn default() -> Self {
        Self {
            role_assignment_ids: rt::Field::Absent,
            role_definition_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceAndAppManagementAssignedRoleDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceAndAppManagementAssignedRoleDetails";
    const KEYS: &'static [&'static str] = &["roleAssignmentIds", "roleDefinitionIds"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"roleAssignmentIds\":            ",
        ",\"roleDefinitionIds\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceAndAppManagementAssignedRoleDetails\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "role_assignment_ids", &self.role_assignment_ids);
        v.field(1usize, "role_definition_ids", &self.role_definition_ids);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceAndAppManagementAssignedRoleDetails {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.role_assignment_ids.read_from(r),
            1usize => self.role_definition_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.role_assignment_ids);
        w.field(1usize, &self.role_definition_ids);
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
rt::impl_object!(DeviceAndAppManagementAssignedRoleDetails);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceAndAppManagementAssignedRoleDetails { with_role_assignment_ids
    role_assignment_ids : ::std::vec::Vec < ::std::string::String >;
    with_role_definition_ids role_definition_ids : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceAndAppManagementAssignedRoleDetails);
#[cfg(msgraph_beta_device_management_or_search)]
/// A class containing the properties used for Assignment Filter.
///
/// CSDL: `microsoft.graph.deviceAndAppManagementAssignmentFilter`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceAndAppManagementAssignmentFilter {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Creation time of the Assignment Filter.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Description of the Assignment Filter.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// DisplayName of the Assignment Filter.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Last modified time of the Assignment Filter.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Platform type of the devices on which the Assignment Filter will be applicable.
    ///
    /// CSDL: property `platform`: `microsoft.graph.devicePlatformType`, not nullable.
    pub platform: rt::Field<crate::beta::DevicePlatformType>,
    /// RoleScopeTags of the Assignment Filter.
    ///
    /// CSDL: property `roleScopeTags`: `Collection(Edm.String)`, nullable.
    pub role_scope_tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Rule definition of the Assignment Filter.
    ///
    /// CSDL: property `rule`: `Edm.String`, not nullable.
    pub rule: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceAndAppManagementAssignmentFilter {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            platform: rt::Field::Absent,
            role_scope_tags: rt::Field::Absent,
            rule: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceAndAppManagementAssignmentFilter {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceAndAppManagementAssignmentFilter";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "platform",
        "roleScopeTags",
        "rule",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"platform\":                     ",
        ",\"roleScopeTags\":                ",
        ",\"rule\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceAndAppManagementAssignmentFilter\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "platform", &self.platform);
        v.field(6usize, "role_scope_tags", &self.role_scope_tags);
        v.field(7usize, "rule", &self.rule);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceAndAppManagementAssignmentFilter {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.platform.read_from(r),
            6usize => self.role_scope_tags.read_from(r),
            7usize => self.rule.read_from(r),
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
        w.field(5usize, &self.platform);
        w.field(6usize, &self.role_scope_tags);
        w.field(7usize, &self.rule);
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
rt::impl_object!(DeviceAndAppManagementAssignmentFilter);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceAndAppManagementAssignmentFilter { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_platform platform : crate ::beta::DevicePlatformType;
    with_role_scope_tags role_scope_tags : ::std::vec::Vec < ::std::string::String >;
    with_rule rule : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceAndAppManagementAssignmentFilter);
#[cfg(msgraph_beta_core)]
/// Exported Data
///
/// CSDL: `microsoft.graph.deviceAndAppManagementData`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DeviceAndAppManagementData {
    /// CSDL: property `content`: `Edm.Stream`, nullable.
    pub content: rt::Field<rt::RawJson>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for DeviceAndAppManagementData {
    #[inline]
    fn default() -> Self {
        Self {
            content: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DeviceAndAppManagementData {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceAndAppManagementData";
    const KEYS: &'static [&'static str] = &["content"];
    const KEYS_JSON: &'static [&'static str] = &[",\"content\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.deviceAndAppManagementData\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "content", &self.content);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for DeviceAndAppManagementData {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.content.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.content);
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
rt::impl_object!(DeviceAndAppManagementData);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(DeviceAndAppManagementData { with_content content : rt::RawJson; });
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceAndAppManagementData);
#[cfg(msgraph_beta_device_management_or_search)]
/// The Role Assignment resource. Role assignments tie together a role definition with members and scopes. There can be one or more role assignments per role. This applies to custom and built-in roles.
///
/// CSDL: `microsoft.graph.deviceAndAppManagementRoleAssignment`, entity type, derived from `microsoft.graph.roleAssignment`, key `id`.
///
/// Request builders: [`DeviceAndAppManagementRoleAssignmentPath`](requests/trait.DeviceAndAppManagementRoleAssignmentPath.html), what a path to one (`EntityPath<DeviceAndAppManagementRoleAssignment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceAndAppManagementRoleAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Description of the Role Assignment.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The display or friendly name of the role Assignment.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// List of ids of role scope member security groups.  These are IDs from Azure Active Directory.
    ///
    /// CSDL: property `resourceScopes`: `Collection(Edm.String)`, nullable.
    pub resource_scopes: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// List of ids of role scope member security groups.  These are IDs from Azure Active Directory.
    ///
    /// CSDL: property `scopeMembers`: `Collection(Edm.String)`, nullable.
    pub scope_members: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Specifies the type of scope for a Role Assignment. Default type 'ResourceScope' allows assignment of ResourceScopes. For 'AllDevices', 'AllLicensedUsers', and 'AllDevicesAndLicensedUsers', the ResourceScopes property should be left empty.
    ///
    /// CSDL: property `scopeType`: `microsoft.graph.roleAssignmentScopeType`, not nullable.
    pub scope_type: rt::Field<crate::beta::RoleAssignmentScopeType>,
    /// Role definition this assignment is part of.
    ///
    /// CSDL: navigation property `roleDefinition`: `microsoft.graph.roleDefinition`, nullable.
    pub role_definition: rt::Field<crate::beta::AnyRoleDefinition>,
    /// The list of ids of role member security groups. These are IDs from Azure Active Directory.
    ///
    /// CSDL: property `members`: `Collection(Edm.String)`, nullable.
    pub members: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The set of Role Scope Tags defined on the Role Assignment.
    ///
    /// CSDL: navigation property `roleScopeTags`: `Collection(microsoft.graph.roleScopeTag)`, not nullable.
    pub role_scope_tags: rt::Field<::std::vec::Vec<crate::beta::RoleScopeTag>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceAndAppManagementRoleAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            resource_scopes: rt::Field::Absent,
            scope_members: rt::Field::Absent,
            scope_type: rt::Field::Absent,
            role_definition: rt::Field::Absent,
            members: rt::Field::Absent,
            role_scope_tags: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceAndAppManagementRoleAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceAndAppManagementRoleAssignment";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "resourceScopes",
        "scopeMembers",
        "scopeType",
        "roleDefinition",
        "members",
        "roleScopeTags",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"resourceScopes\":               ",
        ",\"scopeMembers\":                 ",
        ",\"scopeType\":                    ",
        ",\"roleDefinition\":               ",
        ",\"members\":                      ",
        ",\"roleScopeTags\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceAndAppManagementRoleAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "resource_scopes", &self.resource_scopes);
        v.field(4usize, "scope_members", &self.scope_members);
        v.field(5usize, "scope_type", &self.scope_type);
        v.field(6usize, "role_definition", &self.role_definition);
        v.field(7usize, "members", &self.members);
        v.field(8usize, "role_scope_tags", &self.role_scope_tags);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceAndAppManagementRoleAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.resource_scopes.read_from(r),
            4usize => self.scope_members.read_from(r),
            5usize => self.scope_type.read_from(r),
            6usize => self.role_definition.read_from(r),
            7usize => self.members.read_from(r),
            8usize => self.role_scope_tags.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.resource_scopes);
        w.field(4usize, &self.scope_members);
        w.field(5usize, &self.scope_type);
        w.field(6usize, &self.role_definition);
        w.field(7usize, &self.members);
        w.field(8usize, &self.role_scope_tags);
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
rt::impl_object!(DeviceAndAppManagementRoleAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceAndAppManagementRoleAssignment { with_id id : ::std::string::String;
    with_description description : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_resource_scopes resource_scopes : ::std::vec::Vec <
    ::std::string::String >; with_scope_members scope_members : ::std::vec::Vec <
    ::std::string::String >; with_scope_type scope_type : crate
    ::beta::RoleAssignmentScopeType; with_role_definition role_definition : crate
    ::beta::AnyRoleDefinition; with_members members : ::std::vec::Vec <
    ::std::string::String >; with_role_scope_tags role_scope_tags : ::std::vec::Vec <
    crate ::beta::RoleScopeTag >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceAndAppManagementRoleAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
/// The Role Definition resource. The role definition is the foundation of role based access in Intune. The role combines an Intune resource such as a Mobile App and associated role permissions such as Create or Read for the resource. There are two types of roles, built-in and custom. Built-in roles cannot be modified. Both built-in roles and custom roles must have assignments to be enforced. Create custom roles if you want to define a role that allows any of the available resources and role permissions to be combined into a single role.
///
/// CSDL: `microsoft.graph.deviceAndAppManagementRoleDefinition`, entity type, derived from `microsoft.graph.roleDefinition`, key `id`.
///
/// Request builders: [`RoleDefinitionPath`](requests/trait.RoleDefinitionPath.html), what a path to one (`EntityPath<DeviceAndAppManagementRoleDefinition, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceAndAppManagementRoleDefinition {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Description of the Role definition.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Display Name of the Role definition.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Type of Role. Set to True if it is built-in, or set to False if it is a custom role definition.
    ///
    /// CSDL: property `isBuiltIn`: `Edm.Boolean`, not nullable.
    pub is_built_in: rt::Field<bool>,
    /// Type of Role. Set to True if it is built-in, or set to False if it is a custom role definition.
    ///
    /// CSDL: property `isBuiltInRoleDefinition`: `Edm.Boolean`, not nullable.
    pub is_built_in_role_definition: rt::Field<bool>,
    /// List of Role Permissions this role is allowed to perform. These must match the actionName that is defined as part of the rolePermission.
    ///
    /// CSDL: property `permissions`: `Collection(microsoft.graph.rolePermission)`, nullable.
    pub permissions: rt::Field<::std::vec::Vec<crate::beta::RolePermission>>,
    /// List of Role Permissions this role is allowed to perform. These must match the actionName that is defined as part of the rolePermission.
    ///
    /// CSDL: property `rolePermissions`: `Collection(microsoft.graph.rolePermission)`, nullable.
    pub role_permissions: rt::Field<::std::vec::Vec<crate::beta::RolePermission>>,
    /// List of Scope Tags for this Entity instance.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// List of Role assignments for this role definition.
    ///
    /// CSDL: containment navigation property `roleAssignments`: `Collection(microsoft.graph.roleAssignment)`, not nullable.
    pub role_assignments: rt::Field<::std::vec::Vec<crate::beta::AnyRoleAssignment>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceAndAppManagementRoleDefinition {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_built_in: rt::Field::Absent,
            is_built_in_role_definition: rt::Field::Absent,
            permissions: rt::Field::Absent,
            role_permissions: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            role_assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceAndAppManagementRoleDefinition {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceAndAppManagementRoleDefinition";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "isBuiltIn",
        "isBuiltInRoleDefinition",
        "permissions",
        "rolePermissions",
        "roleScopeTagIds",
        "roleAssignments",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"isBuiltIn\":                    ",
        ",\"isBuiltInRoleDefinition\":      ",
        ",\"permissions\":                  ",
        ",\"rolePermissions\":              ",
        ",\"roleScopeTagIds\":              ",
        ",\"roleAssignments\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceAndAppManagementRoleDefinition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "is_built_in", &self.is_built_in);
        v.field(
            4usize,
            "is_built_in_role_definition",
            &self.is_built_in_role_definition,
        );
        v.field(5usize, "permissions", &self.permissions);
        v.field(6usize, "role_permissions", &self.role_permissions);
        v.field(7usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(8usize, "role_assignments", &self.role_assignments);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceAndAppManagementRoleDefinition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.is_built_in.read_from(r),
            4usize => self.is_built_in_role_definition.read_from(r),
            5usize => self.permissions.read_from(r),
            6usize => self.role_permissions.read_from(r),
            7usize => self.role_scope_tag_ids.read_from(r),
            8usize => self.role_assignments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.is_built_in);
        w.field(4usize, &self.is_built_in_role_definition);
        w.field(5usize, &self.permissions);
        w.field(6usize, &self.role_permissions);
        w.field(7usize, &self.role_scope_tag_ids);
        w.field(8usize, &self.role_assignments);
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
rt::impl_object!(DeviceAndAppManagementRoleDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceAndAppManagementRoleDefinition { with_id id : ::std::string::String;
    with_description description : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_is_built_in is_built_in : bool;
    with_is_built_in_role_definition is_built_in_role_definition : bool; with_permissions
    permissions : ::std::vec::Vec < crate ::beta::RolePermission >; with_role_permissions
    role_permissions : ::std::vec::Vec < crate ::beta::RolePermission >;
    with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec < ::std::string::String
    >; with_role_assignments role_assignments : ::std::vec::Vec < crate
    ::beta::AnyRoleAssignment >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceAndAppManagementRoleDefinition);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Singleton entity that acts as a container for all device app management functionality.
///
/// CSDL: `microsoft.graph.deviceAppManagement`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceAppManagementPath`](requests/trait.DeviceAppManagementPath.html), what a path to one (`EntityPath<DeviceAppManagement, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceAppManagement {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Whether the account is enabled for syncing applications from the Microsoft Store for Business.
    ///
    /// CSDL: property `isEnabledForMicrosoftStoreForBusiness`: `Edm.Boolean`, not nullable.
    pub is_enabled_for_microsoft_store_for_business: rt::Field<bool>,
    /// The locale information used to sync applications from the Microsoft Store for Business. Cultures that are specific to a country/region. The names of these cultures follow RFC 4646 (Windows Vista and later). The format is <languagecode2>-<country/regioncode2>, where <languagecode2> is a lowercase two-letter code derived from ISO 639-1 and <country/regioncode2> is an uppercase two-letter code derived from ISO 3166. For example, en-US for English (United States) is a specific culture.
    ///
    /// CSDL: property `microsoftStoreForBusinessLanguage`: `Edm.String`, nullable.
    pub microsoft_store_for_business_language: rt::Field<::std::string::String>,
    /// The last time an application sync from the Microsoft Store for Business was completed.
    ///
    /// CSDL: property `microsoftStoreForBusinessLastCompletedApplicationSyncTime`: `Edm.DateTimeOffset`, not nullable.
    pub microsoft_store_for_business_last_completed_application_sync_time: rt::Field<
        rt::edm::DateTimeOffset,
    >,
    /// The last time the apps from the Microsoft Store for Business were synced successfully for the account.
    ///
    /// CSDL: property `microsoftStoreForBusinessLastSuccessfulSyncDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub microsoft_store_for_business_last_successful_sync_date_time: rt::Field<
        rt::edm::DateTimeOffset,
    >,
    /// The end user portal information is used to sync applications from the Microsoft Store for Business to Intune Company Portal. There are three options to pick from ['Company portal only', 'Company portal and private store', 'Private store only']
    ///
    /// CSDL: property `microsoftStoreForBusinessPortalSelection`: `microsoft.graph.microsoftStoreForBusinessPortalSelectionOptions`, not nullable.
    pub microsoft_store_for_business_portal_selection: rt::Field<
        rt::Flags<crate::beta::MicrosoftStoreForBusinessPortalSelectionOptions>,
    >,
    /// The mobile eBook categories.
    ///
    /// CSDL: containment navigation property `managedEBookCategories`: `Collection(microsoft.graph.managedEBookCategory)`, not nullable.
    pub managed_e_book_categories: rt::Field<
        ::std::vec::Vec<crate::beta::ManagedEBookCategory>,
    >,
    /// The Windows Enterprise Code Signing Certificate.
    ///
    /// CSDL: containment navigation property `enterpriseCodeSigningCertificates`: `Collection(microsoft.graph.enterpriseCodeSigningCertificate)`, not nullable.
    pub enterprise_code_signing_certificates: rt::Field<
        ::std::vec::Vec<crate::beta::EnterpriseCodeSigningCertificate>,
    >,
    /// The IOS Lob App Provisioning Configurations.
    ///
    /// CSDL: containment navigation property `iosLobAppProvisioningConfigurations`: `Collection(microsoft.graph.iosLobAppProvisioningConfiguration)`, not nullable.
    pub ios_lob_app_provisioning_configurations: rt::Field<
        ::std::vec::Vec<crate::beta::IosLobAppProvisioningConfiguration>,
    >,
    /// The mobile app categories.
    ///
    /// CSDL: containment navigation property `mobileAppCategories`: `Collection(microsoft.graph.mobileAppCategory)`, not nullable.
    pub mobile_app_categories: rt::Field<
        ::std::vec::Vec<crate::beta::MobileAppCategory>,
    >,
    /// The Managed Device Mobile Application Configurations.
    ///
    /// CSDL: containment navigation property `mobileAppConfigurations`: `Collection(microsoft.graph.managedDeviceMobileAppConfiguration)`, not nullable.
    pub mobile_app_configurations: rt::Field<
        ::std::vec::Vec<crate::beta::AnyManagedDeviceMobileAppConfiguration>,
    >,
    /// The mobile apps.
    ///
    /// CSDL: containment navigation property `mobileApps`: `Collection(microsoft.graph.mobileApp)`, not nullable.
    pub mobile_apps: rt::Field<::std::vec::Vec<crate::beta::AnyMobileApp>>,
    /// The WinPhone Symantec Code Signing Certificate.
    ///
    /// CSDL: containment navigation property `symantecCodeSigningCertificate`: `microsoft.graph.symantecCodeSigningCertificate`, nullable.
    pub symantec_code_signing_certificate: rt::Field<
        crate::beta::SymantecCodeSigningCertificate,
    >,
    /// The Managed eBook.
    ///
    /// CSDL: containment navigation property `managedEBooks`: `Collection(microsoft.graph.managedEBook)`, not nullable.
    pub managed_e_books: rt::Field<::std::vec::Vec<crate::beta::AnyManagedEBook>>,
    /// The PolicySet of Policies and Applications
    ///
    /// CSDL: containment navigation property `policySets`: `Collection(microsoft.graph.policySet)`, not nullable.
    pub policy_sets: rt::Field<::std::vec::Vec<crate::beta::PolicySet>>,
    /// Side Loading Keys that are required for the Windows 8 and 8.1 Apps installation.
    ///
    /// CSDL: containment navigation property `sideLoadingKeys`: `Collection(microsoft.graph.sideLoadingKey)`, not nullable.
    pub side_loading_keys: rt::Field<::std::vec::Vec<crate::beta::SideLoadingKey>>,
    /// List of Vpp tokens for this organization.
    ///
    /// CSDL: containment navigation property `vppTokens`: `Collection(microsoft.graph.vppToken)`, not nullable.
    pub vpp_tokens: rt::Field<::std::vec::Vec<crate::beta::VppToken>>,
    /// Windows management app.
    ///
    /// CSDL: navigation property `windowsManagementApp`: `microsoft.graph.windowsManagementApp`, nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_search)]
    pub windows_management_app: rt::Field<crate::beta::WindowsManagementApp>,
    /// Android managed app policies.
    ///
    /// CSDL: containment navigation property `androidManagedAppProtections`: `Collection(microsoft.graph.androidManagedAppProtection)`, not nullable.
    pub android_managed_app_protections: rt::Field<
        ::std::vec::Vec<crate::beta::AndroidManagedAppProtection>,
    >,
    /// Default managed app policies.
    ///
    /// CSDL: containment navigation property `defaultManagedAppProtections`: `Collection(microsoft.graph.defaultManagedAppProtection)`, not nullable.
    pub default_managed_app_protections: rt::Field<
        ::std::vec::Vec<crate::beta::DefaultManagedAppProtection>,
    >,
    /// iOS managed app policies.
    ///
    /// CSDL: containment navigation property `iosManagedAppProtections`: `Collection(microsoft.graph.iosManagedAppProtection)`, not nullable.
    pub ios_managed_app_protections: rt::Field<
        ::std::vec::Vec<crate::beta::IosManagedAppProtection>,
    >,
    /// Managed app policies.
    ///
    /// CSDL: containment navigation property `managedAppPolicies`: `Collection(microsoft.graph.managedAppPolicy)`, not nullable.
    pub managed_app_policies: rt::Field<
        ::std::vec::Vec<crate::beta::AnyManagedAppPolicy>,
    >,
    /// The managed app registrations.
    ///
    /// CSDL: containment navigation property `managedAppRegistrations`: `Collection(microsoft.graph.managedAppRegistration)`, not nullable.
    pub managed_app_registrations: rt::Field<
        ::std::vec::Vec<crate::beta::AnyManagedAppRegistration>,
    >,
    /// The managed app statuses.
    ///
    /// CSDL: containment navigation property `managedAppStatuses`: `Collection(microsoft.graph.managedAppStatus)`, not nullable.
    pub managed_app_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::AnyManagedAppStatus>,
    >,
    /// Windows information protection for apps running on devices which are MDM enrolled.
    ///
    /// CSDL: containment navigation property `mdmWindowsInformationProtectionPolicies`: `Collection(microsoft.graph.mdmWindowsInformationProtectionPolicy)`, not nullable.
    pub mdm_windows_information_protection_policies: rt::Field<
        ::std::vec::Vec<crate::beta::MdmWindowsInformationProtectionPolicy>,
    >,
    /// Targeted managed app configurations.
    ///
    /// CSDL: containment navigation property `targetedManagedAppConfigurations`: `Collection(microsoft.graph.targetedManagedAppConfiguration)`, not nullable.
    pub targeted_managed_app_configurations: rt::Field<
        ::std::vec::Vec<crate::beta::TargetedManagedAppConfiguration>,
    >,
    /// Windows information protection device registrations that are not MDM enrolled.
    ///
    /// CSDL: containment navigation property `windowsInformationProtectionDeviceRegistrations`: `Collection(microsoft.graph.windowsInformationProtectionDeviceRegistration)`, not nullable.
    pub windows_information_protection_device_registrations: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionDeviceRegistration>,
    >,
    /// Windows information protection for apps running on devices which are not MDM enrolled.
    ///
    /// CSDL: containment navigation property `windowsInformationProtectionPolicies`: `Collection(microsoft.graph.windowsInformationProtectionPolicy)`, not nullable.
    pub windows_information_protection_policies: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionPolicy>,
    >,
    /// Windows information protection wipe actions.
    ///
    /// CSDL: containment navigation property `windowsInformationProtectionWipeActions`: `Collection(microsoft.graph.windowsInformationProtectionWipeAction)`, not nullable.
    pub windows_information_protection_wipe_actions: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionWipeAction>,
    >,
    /// Device app management tasks.
    ///
    /// CSDL: containment navigation property `deviceAppManagementTasks`: `Collection(microsoft.graph.deviceAppManagementTask)`, not nullable.
    pub device_app_management_tasks: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDeviceAppManagementTask>,
    >,
    /// The collection of Windows Defender Application Control Supplemental Policies.
    ///
    /// CSDL: containment navigation property `wdacSupplementalPolicies`: `Collection(microsoft.graph.windowsDefenderApplicationControlSupplementalPolicy)`, not nullable.
    pub wdac_supplemental_policies: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsDefenderApplicationControlSupplementalPolicy>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for DeviceAppManagement {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_enabled_for_microsoft_store_for_business: rt::Field::Absent,
            microsoft_store_for_business_language: rt::Field::Absent,
            microsoft_store_for_business_last_completed_application_sync_time: rt::Field::Absent,
            microsoft_store_for_business_last_successful_sync_date_time: rt::Field::Absent,
            microsoft_store_for_business_portal_selection: rt::Field::Absent,
            managed_e_book_categories: rt::Field::Absent,
            enterprise_code_signing_certificates: rt::Field::Absent,
            ios_lob_app_provisioning_configurations: rt::Field::Absent,
            mobile_app_categories: rt::Field::Absent,
            mobile_app_configurations: rt::Field::Absent,
            mobile_apps: rt::Field::Absent,
            symantec_code_signing_certificate: rt::Field::Absent,
            managed_e_books: rt::Field::Absent,
            policy_sets: rt::Field::Absent,
            side_loading_keys: rt::Field::Absent,
            vpp_tokens: rt::Field::Absent,
            #[cfg(msgraph_beta_search)]
            windows_management_app: rt::Field::Absent,
            android_managed_app_protections: rt::Field::Absent,
            default_managed_app_protections: rt::Field::Absent,
            ios_managed_app_protections: rt::Field::Absent,
            managed_app_policies: rt::Field::Absent,
            managed_app_registrations: rt::Field::Absent,
            managed_app_statuses: rt::Field::Absent,
            mdm_windows_information_protection_policies: rt::Field::Absent,
            targeted_managed_app_configurations: rt::Field::Absent,
            windows_information_protection_device_registrations: rt::Field::Absent,
            windows_information_protection_policies: rt::Field::Absent,
            windows_information_protection_wipe_actions: rt::Field::Absent,
            device_app_management_tasks: rt::Field::Absent,
            wdac_supplemental_policies: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for DeviceAppManagement {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceAppManagement";
    const KEYS: &'static [&'static str] = &[
        "id",
        "isEnabledForMicrosoftStoreForBusiness",
        "microsoftStoreForBusinessLanguage",
        "microsoftStoreForBusinessLastCompletedApplicationSyncTime",
        "microsoftStoreForBusinessLastSuccessfulSyncDateTime",
        "microsoftStoreForBusinessPortalSelection",
        "managedEBookCategories",
        "enterpriseCodeSigningCertificates",
        "iosLobAppProvisioningConfigurations",
        "mobileAppCategories",
        "mobileAppConfigurations",
        "mobileApps",
        "symantecCodeSigningCertificate",
        "managedEBooks",
        "policySets",
        "sideLoadingKeys",
        "vppTokens",
        "windowsManagementApp",
        "androidManagedAppProtections",
        "defaultManagedAppProtections",
        "iosManagedAppProtections",
        "managedAppPolicies",
        "managedAppRegistrations",
        "managedAppStatuses",
        "mdmWindowsInformationProtectionPolicies",
        "targetedManagedAppConfigurations",
        "windowsInformationProtectionDeviceRegistrations",
        "windowsInformationProtectionPolicies",
        "windowsInformationProtectionWipeActions",
        "deviceAppManagementTasks",
        "wdacSupplementalPolicies",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isEnabledForMicrosoftStoreForBusiness\":",
        ",\"microsoftStoreForBusinessLanguage\":",
        ",\"microsoftStoreForBusinessLastCompletedApplicationSyncTime\":",
        ",\"microsoftStoreForBusinessLastSuccessfulSyncDateTime\":",
        ",\"microsoftStoreForBusinessPortalSelection\":",
        ",\"managedEBookCategories\":       ",
        ",\"enterpriseCodeSigningCertificates\":",
        ",\"iosLobAppProvisioningConfigurations\":",
        ",\"mobileAppCategories\":          ",
        ",\"mobileAppConfigurations\":      ",
        ",\"mobileApps\":                   ",
        ",\"symantecCodeSigningCertificate\":",
        ",\"managedEBooks\":                ",
        ",\"policySets\":                   ",
        ",\"sideLoadingKeys\":              ",
        ",\"vppTokens\":                    ",
        ",\"windowsManagementApp\":         ",
        ",\"androidManagedAppProtections\": ",
        ",\"defaultManagedAppProtections\": ",
        ",\"iosManagedAppProtections\":     ",
        ",\"managedAppPolicies\":           ",
        ",\"managedAppRegistrations\":      ",
        ",\"managedAppStatuses\":           ",
        ",\"mdmWindowsInformationProtectionPolicies\":",
        ",\"targetedManagedAppConfigurations\":",
        ",\"windowsInformationProtectionDeviceRegistrations\":",
        ",\"windowsInformationProtectionPolicies\":",
        ",\"windowsInformationProtectionWipeActions\":",
        ",\"deviceAppManagementTasks\":     ",
        ",\"wdacSupplementalPolicies\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceAppManagement\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "is_enabled_for_microsoft_store_for_business",
            &self.is_enabled_for_microsoft_store_for_business,
        );
        v.field(
            2usize,
            "microsoft_store_for_business_language",
            &self.microsoft_store_for_business_language,
        );
        v.field(
            3usize,
            "microsoft_store_for_business_last_completed_application_sync_time",
            &self.microsoft_store_for_business_last_completed_application_sync_time,
        );
        v.field(
            4usize,
            "microsoft_store_for_business_last_successful_sync_date_time",
            &self.microsoft_store_for_business_last_successful_sync_date_time,
        );
        v.field(
            5usize,
            "microsoft_store_for_business_portal_selection",
            &self.microsoft_store_for_business_portal_selection,
        );
        v.field(6usize, "managed_e_book_categories", &self.managed_e_book_categories);
        v.field(
            7usize,
            "enterprise_code_signing_certificates",
            &self.enterprise_code_signing_certificates,
        );
        v.field(
            8usize,
            "ios_lob_app_provisioning_configurations",
            &self.ios_lob_app_provisioning_configurations,
        );
        v.field(9usize, "mobile_app_categories", &self.mobile_app_categories);
        v.field(10usize, "mobile_app_configurations", &self.mobile_app_configurations);
        v.field(11usize, "mobile_apps", &self.mobile_apps);
        v.field(
            12usize,
            "symantec_code_signing_certificate",
            &self.symantec_code_signing_certificate,
        );
        v.field(13usize, "managed_e_books", &self.managed_e_books);
        v.field(14usize, "policy_sets", &self.policy_sets);
        v.field(15usize, "side_loading_keys", &self.side_loading_keys);
        v.field(16usize, "vpp_tokens", &self.vpp_tokens);
        #[cfg(msgraph_beta_search)]
        v.field(17usize, "windows_management_app", &self.windows_management_app);
        v.field(
            18usize,
            "android_managed_app_protections",
            &self.android_managed_app_protections,
        );
        v.field(
            19usize,
            "default_managed_app_protections",
            &self.default_managed_app_protections,
        );
        v.field(
            20usize,
            "ios_managed_app_protections",
            &self.ios_managed_app_protections,
        );
        v.field(21usize, "managed_app_policies", &self.managed_app_policies);
        v.field(22usize, "managed_app_registrations", &self.managed_app_registrations);
        v.field(23usize, "managed_app_statuses", &self.managed_app_statuses);
        v.field(
            24usize,
            "mdm_windows_information_protection_policies",
            &self.mdm_windows_information_protection_policies,
        );
        v.field(
            25usize,
            "targeted_managed_app_configurations",
            &self.targeted_managed_app_configurations,
        );
        v.field(
            26usize,
            "windows_information_protection_device_registrations",
            &self.windows_information_protection_device_registrations,
        );
        v.field(
            27usize,
            "windows_information_protection_policies",
            &self.windows_information_protection_policies,
        );
        v.field(
            28usize,
            "windows_information_protection_wipe_actions",
            &self.windows_information_protection_wipe_actions,
        );
        v.field(
            29usize,
            "device_app_management_tasks",
            &self.device_app_management_tasks,
        );
        v.field(30usize, "wdac_supplemental_policies", &self.wdac_supplemental_policies);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for DeviceAppManagement {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_enabled_for_microsoft_store_for_business.read_from(r),
            2usize => self.microsoft_store_for_business_language.read_from(r),
            3usize => {
                self.microsoft_store_for_business_last_completed_application_sync_time
                    .read_from(r)
            }
            4usize => {
                self.microsoft_store_for_business_last_successful_sync_date_time
                    .read_from(r)
            }
            5usize => self.microsoft_store_for_business_portal_selection.read_from(r),
            6usize => self.managed_e_book_categories.read_from(r),
            7usize => self.enterprise_code_signing_certificates.read_from(r),
            8usize => self.ios_lob_app_provisioning_configurations.read_from(r),
            9usize => self.mobile_app_categories.read_from(r),
            10usize => self.mobile_app_configurations.read_from(r),
            11usize => self.mobile_apps.read_from(r),
            12usize => self.symantec_code_signing_certificate.read_from(r),
            13usize => self.managed_e_books.read_from(r),
            14usize => self.policy_sets.read_from(r),
            15usize => self.side_loading_keys.read_from(r),
            16usize => self.vpp_tokens.read_from(r),
            #[cfg(msgraph_beta_search)]
            17usize => self.windows_management_app.read_from(r),
            18usize => self.android_managed_app_protections.read_from(r),
            19usize => self.default_managed_app_protections.read_from(r),
            20usize => self.ios_managed_app_protections.read_from(r),
            21usize => self.managed_app_policies.read_from(r),
            22usize => self.managed_app_registrations.read_from(r),
            23usize => self.managed_app_statuses.read_from(r),
            24usize => self.mdm_windows_information_protection_policies.read_from(r),
            25usize => self.targeted_managed_app_configurations.read_from(r),
            26usize => {
                self.windows_information_protection_device_registrations.read_from(r)
            }
            27usize => self.windows_information_protection_policies.read_from(r),
            28usize => self.windows_information_protection_wipe_actions.read_from(r),
            29usize => self.device_app_management_tasks.read_from(r),
            30usize => self.wdac_supplemental_policies.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_enabled_for_microsoft_store_for_business);
        w.field(2usize, &self.microsoft_store_for_business_language);
        w.field(
            3usize,
            &self.microsoft_store_for_business_last_completed_application_sync_time,
        );
        w.field(
            4usize,
            &self.microsoft_store_for_business_last_successful_sync_date_time,
        );
        w.field(5usize, &self.microsoft_store_for_business_portal_selection);
        w.field(6usize, &self.managed_e_book_categories);
        w.field(7usize, &self.enterprise_code_signing_certificates);
        w.field(8usize, &self.ios_lob_app_provisioning_configurations);
        w.field(9usize, &self.mobile_app_categories);
        w.field(10usize, &self.mobile_app_configurations);
        w.field(11usize, &self.mobile_apps);
        w.field(12usize, &self.symantec_code_signing_certificate);
        w.field(13usize, &self.managed_e_books);
        w.field(14usize, &self.policy_sets);
        w.field(15usize, &self.side_loading_keys);
        w.field(16usize, &self.vpp_tokens);
        #[cfg(msgraph_beta_search)] w.field(17usize, &self.windows_management_app);
        w.field(18usize, &self.android_managed_app_protections);
        w.field(19usize, &self.default_managed_app_protections);
        w.field(20usize, &self.ios_managed_app_protections);
        w.field(21usize, &self.managed_app_policies);
        w.field(22usize, &self.managed_app_registrations);
        w.field(23usize, &self.managed_app_statuses);
        w.field(24usize, &self.mdm_windows_information_protection_policies);
        w.field(25usize, &self.targeted_managed_app_configurations);
        w.field(26usize, &self.windows_information_protection_device_registrations);
        w.field(27usize, &self.windows_information_protection_policies);
        w.field(28usize, &self.windows_information_protection_wipe_actions);
        w.field(29usize, &self.device_app_management_tasks);
        w.field(30usize, &self.wdac_supplemental_policies);
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(DeviceAppManagement);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    DeviceAppManagement { with_id id : ::std::string::String;
    with_is_enabled_for_microsoft_store_for_business
    is_enabled_for_microsoft_store_for_business : bool;
    with_microsoft_store_for_business_language microsoft_store_for_business_language :
    ::std::string::String;
    with_microsoft_store_for_business_last_completed_application_sync_time
    microsoft_store_for_business_last_completed_application_sync_time :
    rt::edm::DateTimeOffset;
    with_microsoft_store_for_business_last_successful_sync_date_time
    microsoft_store_for_business_last_successful_sync_date_time :
    rt::edm::DateTimeOffset; with_microsoft_store_for_business_portal_selection
    microsoft_store_for_business_portal_selection : rt::Flags < crate
    ::beta::MicrosoftStoreForBusinessPortalSelectionOptions >;
    with_managed_e_book_categories managed_e_book_categories : ::std::vec::Vec < crate
    ::beta::ManagedEBookCategory >; with_enterprise_code_signing_certificates
    enterprise_code_signing_certificates : ::std::vec::Vec < crate
    ::beta::EnterpriseCodeSigningCertificate >;
    with_ios_lob_app_provisioning_configurations ios_lob_app_provisioning_configurations
    : ::std::vec::Vec < crate ::beta::IosLobAppProvisioningConfiguration >;
    with_mobile_app_categories mobile_app_categories : ::std::vec::Vec < crate
    ::beta::MobileAppCategory >; with_mobile_app_configurations mobile_app_configurations
    : ::std::vec::Vec < crate ::beta::AnyManagedDeviceMobileAppConfiguration >;
    with_mobile_apps mobile_apps : ::std::vec::Vec < crate ::beta::AnyMobileApp >;
    with_symantec_code_signing_certificate symantec_code_signing_certificate : crate
    ::beta::SymantecCodeSigningCertificate; with_managed_e_books managed_e_books :
    ::std::vec::Vec < crate ::beta::AnyManagedEBook >; with_policy_sets policy_sets :
    ::std::vec::Vec < crate ::beta::PolicySet >; with_side_loading_keys side_loading_keys
    : ::std::vec::Vec < crate ::beta::SideLoadingKey >; with_vpp_tokens vpp_tokens :
    ::std::vec::Vec < crate ::beta::VppToken >; #[cfg(msgraph_beta_search)]
    with_windows_management_app windows_management_app : crate
    ::beta::WindowsManagementApp; with_android_managed_app_protections
    android_managed_app_protections : ::std::vec::Vec < crate
    ::beta::AndroidManagedAppProtection >; with_default_managed_app_protections
    default_managed_app_protections : ::std::vec::Vec < crate
    ::beta::DefaultManagedAppProtection >; with_ios_managed_app_protections
    ios_managed_app_protections : ::std::vec::Vec < crate ::beta::IosManagedAppProtection
    >; with_managed_app_policies managed_app_policies : ::std::vec::Vec < crate
    ::beta::AnyManagedAppPolicy >; with_managed_app_registrations
    managed_app_registrations : ::std::vec::Vec < crate ::beta::AnyManagedAppRegistration
    >; with_managed_app_statuses managed_app_statuses : ::std::vec::Vec < crate
    ::beta::AnyManagedAppStatus >; with_mdm_windows_information_protection_policies
    mdm_windows_information_protection_policies : ::std::vec::Vec < crate
    ::beta::MdmWindowsInformationProtectionPolicy >;
    with_targeted_managed_app_configurations targeted_managed_app_configurations :
    ::std::vec::Vec < crate ::beta::TargetedManagedAppConfiguration >;
    with_windows_information_protection_device_registrations
    windows_information_protection_device_registrations : ::std::vec::Vec < crate
    ::beta::WindowsInformationProtectionDeviceRegistration >;
    with_windows_information_protection_policies windows_information_protection_policies
    : ::std::vec::Vec < crate ::beta::WindowsInformationProtectionPolicy >;
    with_windows_information_protection_wipe_actions
    windows_information_protection_wipe_actions : ::std::vec::Vec < crate
    ::beta::WindowsInformationProtectionWipeAction >; with_device_app_management_tasks
    device_app_management_tasks : ::std::vec::Vec < crate
    ::beta::AnyDeviceAppManagementTask >; with_wdac_supplemental_policies
    wdac_supplemental_policies : ::std::vec::Vec < crate
    ::beta::WindowsDefenderApplicationControlSupplementalPolicy >; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceAppManagement);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// A device app management task.
///
/// CSDL: `microsoft.graph.deviceAppManagementTask`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceAppManagementTaskPath`](requests/trait.DeviceAppManagementTaskPath.html), what a path to one (`EntityPath<AnyDeviceAppManagementTask, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceAppManagementTask {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The name or email of the admin this task is assigned to.
    ///
    /// CSDL: property `assignedTo`: `Edm.String`, nullable.
    pub assigned_to: rt::Field<::std::string::String>,
    /// The category.
    ///
    /// CSDL: property `category`: `microsoft.graph.deviceAppManagementTaskCategory`, not nullable.
    pub category: rt::Field<crate::beta::DeviceAppManagementTaskCategory>,
    /// The created date.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The email address of the creator.
    ///
    /// CSDL: property `creator`: `Edm.String`, nullable.
    pub creator: rt::Field<::std::string::String>,
    /// Notes from the creator.
    ///
    /// CSDL: property `creatorNotes`: `Edm.String`, nullable.
    pub creator_notes: rt::Field<::std::string::String>,
    /// The description.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The due date.
    ///
    /// CSDL: property `dueDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub due_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The priority.
    ///
    /// CSDL: property `priority`: `microsoft.graph.deviceAppManagementTaskPriority`, not nullable.
    pub priority: rt::Field<crate::beta::DeviceAppManagementTaskPriority>,
    /// The status.
    ///
    /// CSDL: property `status`: `microsoft.graph.deviceAppManagementTaskStatus`, not nullable.
    pub status: rt::Field<crate::beta::DeviceAppManagementTaskStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for DeviceAppManagementTask {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            assigned_to: rt::Field::Absent,
            category: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            creator: rt::Field::Absent,
            creator_notes: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            due_date_time: rt::Field::Absent,
            priority: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for DeviceAppManagementTask {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceAppManagementTask";
    const KEYS: &'static [&'static str] = &[
        "id",
        "assignedTo",
        "category",
        "createdDateTime",
        "creator",
        "creatorNotes",
        "description",
        "displayName",
        "dueDateTime",
        "priority",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"assignedTo\":                   ",
        ",\"category\":                     ",
        ",\"createdDateTime\":              ",
        ",\"creator\":                      ",
        ",\"creatorNotes\":                 ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"dueDateTime\":                  ",
        ",\"priority\":                     ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceAppManagementTask\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "assigned_to", &self.assigned_to);
        v.field(2usize, "category", &self.category);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "creator", &self.creator);
        v.field(5usize, "creator_notes", &self.creator_notes);
        v.field(6usize, "description", &self.description);
        v.field(7usize, "display_name", &self.display_name);
        v.field(8usize, "due_date_time", &self.due_date_time);
        v.field(9usize, "priority", &self.priority);
        v.field(10usize, "status", &self.status);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for DeviceAppManagementTask {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.assigned_to.read_from(r),
            2usize => self.category.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.creator.read_from(r),
            5usize => self.creator_notes.read_from(r),
            6usize => self.description.read_from(r),
            7usize => self.display_name.read_from(r),
            8usize => self.due_date_time.read_from(r),
            9usize => self.priority.read_from(r),
            10usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.assigned_to);
        w.field(2usize, &self.category);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.creator);
        w.field(5usize, &self.creator_notes);
        w.field(6usize, &self.description);
        w.field(7usize, &self.display_name);
        w.field(8usize, &self.due_date_time);
        w.field(9usize, &self.priority);
        w.field(10usize, &self.status);
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(DeviceAppManagementTask);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    DeviceAppManagementTask { with_id id : ::std::string::String; with_assigned_to
    assigned_to : ::std::string::String; with_category category : crate
    ::beta::DeviceAppManagementTaskCategory; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_creator creator : ::std::string::String;
    with_creator_notes creator_notes : ::std::string::String; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_due_date_time due_date_time : rt::edm::DateTimeOffset;
    with_priority priority : crate ::beta::DeviceAppManagementTaskPriority; with_status
    status : crate ::beta::DeviceAppManagementTaskStatus; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceAppManagementTask);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// `microsoft.graph.deviceAppManagementTask` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDeviceAppManagementTask {
    DeviceAppManagementTask(::std::boxed::Box<crate::beta::DeviceAppManagementTask>),
    AppVulnerabilityTask(::std::boxed::Box<crate::beta::AppVulnerabilityTask>),
    SecurityConfigurationTask(::std::boxed::Box<crate::beta::SecurityConfigurationTask>),
    UnmanagedDeviceDiscoveryTask(
        ::std::boxed::Box<crate::beta::UnmanagedDeviceDiscoveryTask>,
    ),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for AnyDeviceAppManagementTask {
    #[inline]
    fn default() -> Self {
        Self::DeviceAppManagementTask(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceAppManagementTask>
for AnyDeviceAppManagementTask {
    #[inline]
    fn from(v: crate::beta::DeviceAppManagementTask) -> Self {
        Self::DeviceAppManagementTask(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AppVulnerabilityTask>
for AnyDeviceAppManagementTask {
    #[inline]
    fn from(v: crate::beta::AppVulnerabilityTask) -> Self {
        Self::AppVulnerabilityTask(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SecurityConfigurationTask>
for AnyDeviceAppManagementTask {
    #[inline]
    fn from(v: crate::beta::SecurityConfigurationTask) -> Self {
        Self::SecurityConfigurationTask(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UnmanagedDeviceDiscoveryTask>
for AnyDeviceAppManagementTask {
    #[inline]
    fn from(v: crate::beta::UnmanagedDeviceDiscoveryTask) -> Self {
        Self::UnmanagedDeviceDiscoveryTask(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
unsafe impl ::std::marker::Send for AnyDeviceAppManagementTask {}
#[cfg(msgraph_beta_device_app_management_or_search)]
unsafe impl ::std::marker::Sync for AnyDeviceAppManagementTask {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::marker::Unpin for AnyDeviceAppManagementTask {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::panic::UnwindSafe for AnyDeviceAppManagementTask {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyDeviceAppManagementTask {}
#[cfg(msgraph_beta_device_app_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::DeviceAppManagementTask>();
    rt::object::auto_traits::<crate::beta::AppVulnerabilityTask>();
    rt::object::auto_traits::<crate::beta::SecurityConfigurationTask>();
    rt::object::auto_traits::<crate::beta::UnmanagedDeviceDiscoveryTask>();
};
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Poly for AnyDeviceAppManagementTask {
    const BASE_NAME: &'static str = "microsoft.graph.deviceAppManagementTask";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.appVulnerabilityTask") => {
                Self::AppVulnerabilityTask(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.securityConfigurationTask") => {
                Self::SecurityConfigurationTask(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.unmanagedDeviceDiscoveryTask",
            ) => Self::UnmanagedDeviceDiscoveryTask(rt::object::new_boxed()),
            _ => Self::DeviceAppManagementTask(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DeviceAppManagementTask(v) => &**v,
            Self::AppVulnerabilityTask(v) => &**v,
            Self::SecurityConfigurationTask(v) => &**v,
            Self::UnmanagedDeviceDiscoveryTask(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DeviceAppManagementTask(v) => &mut **v,
            Self::AppVulnerabilityTask(v) => &mut **v,
            Self::SecurityConfigurationTask(v) => &mut **v,
            Self::UnmanagedDeviceDiscoveryTask(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl AnyDeviceAppManagementTask {
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
            Self::DeviceAppManagementTask(v) => &v.id,
            Self::AppVulnerabilityTask(v) => &v.id,
            Self::SecurityConfigurationTask(v) => &v.id,
            Self::UnmanagedDeviceDiscoveryTask(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceAppManagementTask(v) => &mut v.id,
            Self::AppVulnerabilityTask(v) => &mut v.id,
            Self::SecurityConfigurationTask(v) => &mut v.id,
            Self::UnmanagedDeviceDiscoveryTask(v) => &mut v.id,
        }
    }
    /// `assignedTo` of any variant.
    #[inline]
    pub fn assigned_to(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceAppManagementTask(v) => &v.assigned_to,
            Self::AppVulnerabilityTask(v) => &v.assigned_to,
            Self::SecurityConfigurationTask(v) => &v.assigned_to,
            Self::UnmanagedDeviceDiscoveryTask(v) => &v.assigned_to,
        }
    }
    /// `assignedTo` of any variant.
    #[inline]
    pub fn assigned_to_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceAppManagementTask(v) => &mut v.assigned_to,
            Self::AppVulnerabilityTask(v) => &mut v.assigned_to,
            Self::SecurityConfigurationTask(v) => &mut v.assigned_to,
            Self::UnmanagedDeviceDiscoveryTask(v) => &mut v.assigned_to,
        }
    }
    /// `category` of any variant.
    #[inline]
    pub fn category(&self) -> &rt::Field<crate::beta::DeviceAppManagementTaskCategory> {
        match self {
            Self::DeviceAppManagementTask(v) => &v.category,
            Self::AppVulnerabilityTask(v) => &v.category,
            Self::SecurityConfigurationTask(v) => &v.category,
            Self::UnmanagedDeviceDiscoveryTask(v) => &v.category,
        }
    }
    /// `category` of any variant.
    #[inline]
    pub fn category_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceAppManagementTaskCategory> {
        match self {
            Self::DeviceAppManagementTask(v) => &mut v.category,
            Self::AppVulnerabilityTask(v) => &mut v.category,
            Self::SecurityConfigurationTask(v) => &mut v.category,
            Self::UnmanagedDeviceDiscoveryTask(v) => &mut v.category,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DeviceAppManagementTask(v) => &v.created_date_time,
            Self::AppVulnerabilityTask(v) => &v.created_date_time,
            Self::SecurityConfigurationTask(v) => &v.created_date_time,
            Self::UnmanagedDeviceDiscoveryTask(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DeviceAppManagementTask(v) => &mut v.created_date_time,
            Self::AppVulnerabilityTask(v) => &mut v.created_date_time,
            Self::SecurityConfigurationTask(v) => &mut v.created_date_time,
            Self::UnmanagedDeviceDiscoveryTask(v) => &mut v.created_date_time,
        }
    }
    /// `creator` of any variant.
    #[inline]
    pub fn creator(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceAppManagementTask(v) => &v.creator,
            Self::AppVulnerabilityTask(v) => &v.creator,
            Self::SecurityConfigurationTask(v) => &v.creator,
            Self::UnmanagedDeviceDiscoveryTask(v) => &v.creator,
        }
    }
    /// `creator` of any variant.
    #[inline]
    pub fn creator_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceAppManagementTask(v) => &mut v.creator,
            Self::AppVulnerabilityTask(v) => &mut v.creator,
            Self::SecurityConfigurationTask(v) => &mut v.creator,
            Self::UnmanagedDeviceDiscoveryTask(v) => &mut v.creator,
        }
    }
    /// `creatorNotes` of any variant.
    #[inline]
    pub fn creator_notes(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceAppManagementTask(v) => &v.creator_notes,
            Self::AppVulnerabilityTask(v) => &v.creator_notes,
            Self::SecurityConfigurationTask(v) => &v.creator_notes,
            Self::UnmanagedDeviceDiscoveryTask(v) => &v.creator_notes,
        }
    }
    /// `creatorNotes` of any variant.
    #[inline]
    pub fn creator_notes_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceAppManagementTask(v) => &mut v.creator_notes,
            Self::AppVulnerabilityTask(v) => &mut v.creator_notes,
            Self::SecurityConfigurationTask(v) => &mut v.creator_notes,
            Self::UnmanagedDeviceDiscoveryTask(v) => &mut v.creator_notes,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceAppManagementTask(v) => &v.description,
            Self::AppVulnerabilityTask(v) => &v.description,
            Self::SecurityConfigurationTask(v) => &v.description,
            Self::UnmanagedDeviceDiscoveryTask(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceAppManagementTask(v) => &mut v.description,
            Self::AppVulnerabilityTask(v) => &mut v.description,
            Self::SecurityConfigurationTask(v) => &mut v.description,
            Self::UnmanagedDeviceDiscoveryTask(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceAppManagementTask(v) => &v.display_name,
            Self::AppVulnerabilityTask(v) => &v.display_name,
            Self::SecurityConfigurationTask(v) => &v.display_name,
            Self::UnmanagedDeviceDiscoveryTask(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceAppManagementTask(v) => &mut v.display_name,
            Self::AppVulnerabilityTask(v) => &mut v.display_name,
            Self::SecurityConfigurationTask(v) => &mut v.display_name,
            Self::UnmanagedDeviceDiscoveryTask(v) => &mut v.display_name,
        }
    }
    /// `dueDateTime` of any variant.
    #[inline]
    pub fn due_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DeviceAppManagementTask(v) => &v.due_date_time,
            Self::AppVulnerabilityTask(v) => &v.due_date_time,
            Self::SecurityConfigurationTask(v) => &v.due_date_time,
            Self::UnmanagedDeviceDiscoveryTask(v) => &v.due_date_time,
        }
    }
    /// `dueDateTime` of any variant.
    #[inline]
    pub fn due_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DeviceAppManagementTask(v) => &mut v.due_date_time,
            Self::AppVulnerabilityTask(v) => &mut v.due_date_time,
            Self::SecurityConfigurationTask(v) => &mut v.due_date_time,
            Self::UnmanagedDeviceDiscoveryTask(v) => &mut v.due_date_time,
        }
    }
    /// `priority` of any variant.
    #[inline]
    pub fn priority(&self) -> &rt::Field<crate::beta::DeviceAppManagementTaskPriority> {
        match self {
            Self::DeviceAppManagementTask(v) => &v.priority,
            Self::AppVulnerabilityTask(v) => &v.priority,
            Self::SecurityConfigurationTask(v) => &v.priority,
            Self::UnmanagedDeviceDiscoveryTask(v) => &v.priority,
        }
    }
    /// `priority` of any variant.
    #[inline]
    pub fn priority_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceAppManagementTaskPriority> {
        match self {
            Self::DeviceAppManagementTask(v) => &mut v.priority,
            Self::AppVulnerabilityTask(v) => &mut v.priority,
            Self::SecurityConfigurationTask(v) => &mut v.priority,
            Self::UnmanagedDeviceDiscoveryTask(v) => &mut v.priority,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status(&self) -> &rt::Field<crate::beta::DeviceAppManagementTaskStatus> {
        match self {
            Self::DeviceAppManagementTask(v) => &v.status,
            Self::AppVulnerabilityTask(v) => &v.status,
            Self::SecurityConfigurationTask(v) => &v.status,
            Self::UnmanagedDeviceDiscoveryTask(v) => &v.status,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceAppManagementTaskStatus> {
        match self {
            Self::DeviceAppManagementTask(v) => &mut v.status,
            Self::AppVulnerabilityTask(v) => &mut v.status,
            Self::SecurityConfigurationTask(v) => &mut v.status,
            Self::UnmanagedDeviceDiscoveryTask(v) => &mut v.status,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_poly!(AnyDeviceAppManagementTask);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDeviceAppManagementTask);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.deviceAppManagementTaskCategory`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceAppManagementTaskCategory {
    /// `unknown` (value 0).
    Unknown,
    /// `advancedThreatProtection` (value 1).
    AdvancedThreatProtection,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for DeviceAppManagementTaskCategory {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceAppManagementTaskCategory";
    const MEMBERS: &'static [&'static str] = &["unknown", "advancedThreatProtection"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "advancedThreatProtection" => Self::AdvancedThreatProtection,
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
            Self::AdvancedThreatProtection => "advancedThreatProtection",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(DeviceAppManagementTaskCategory);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceAppManagementTaskCategory);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.deviceAppManagementTaskPriority`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceAppManagementTaskPriority {
    /// `none` (value 0).
    None,
    /// `high` (value 1).
    High,
    /// `low` (value 2).
    Low,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for DeviceAppManagementTaskPriority {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceAppManagementTaskPriority";
    const MEMBERS: &'static [&'static str] = &["none", "high", "low"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "high" => Self::High,
                "low" => Self::Low,
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
            Self::High => "high",
            Self::Low => "low",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(DeviceAppManagementTaskPriority);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceAppManagementTaskPriority);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.deviceAppManagementTaskStatus`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceAppManagementTaskStatus {
    /// `unknown` (value 0).
    Unknown,
    /// `pending` (value 1).
    Pending,
    /// `active` (value 2).
    Active,
    /// `completed` (value 3).
    Completed,
    /// `rejected` (value 4).
    Rejected,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for DeviceAppManagementTaskStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceAppManagementTaskStatus";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "pending",
        "active",
        "completed",
        "rejected",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "pending" => Self::Pending,
                "active" => Self::Active,
                "completed" => Self::Completed,
                "rejected" => Self::Rejected,
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
            Self::Pending => "pending",
            Self::Active => "active",
            Self::Completed => "completed",
            Self::Rejected => "rejected",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(DeviceAppManagementTaskStatus);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceAppManagementTaskStatus);
#[cfg(msgraph_beta_core)]
/// Device categories provides a way to organize your devices. Using device categories, company administrators can define their own categories that make sense to their company. These categories can then be applied to a device in the Intune Azure console or selected by a user during device enrollment. You can filter reports and create dynamic Azure Active Directory device groups based on device categories.
///
/// CSDL: `microsoft.graph.deviceCategory`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DeviceCategory {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Optional description for the device category.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Display name for the device category.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Optional role scope tags for the device category.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for DeviceCategory {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DeviceCategory {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceCategory";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "roleScopeTagIds",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"roleScopeTagIds\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceCategory\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for DeviceCategory {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.role_scope_tag_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.role_scope_tag_ids);
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
rt::impl_object!(DeviceCategory);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DeviceCategory { with_id id : ::std::string::String; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec < ::std::string::String
    >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceCategory);
#[cfg(msgraph_beta_core)]
/// Windows 10 Co-Management Authority Page Configuration
///
/// CSDL: `microsoft.graph.deviceComanagementAuthorityConfiguration`, entity type, derived from `microsoft.graph.deviceEnrollmentConfiguration`, key `id`.
///
/// Request builders: [`DeviceEnrollmentConfigurationPath`](requests/trait.DeviceEnrollmentConfigurationPath.html), what a path to one (`EntityPath<DeviceComanagementAuthorityConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DeviceComanagementAuthorityConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Created date time in UTC of the device enrollment configuration
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The description of the device enrollment configuration
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The display name of the device enrollment configuration
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Last modified date time in UTC of the device enrollment configuration
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Priority is used when a user exists in multiple groups that are assigned enrollment configuration. Users are subject only to the configuration with the lowest priority value.
    ///
    /// CSDL: property `priority`: `Edm.Int32`, not nullable.
    pub priority: rt::Field<i32>,
    /// Optional role scope tags for the enrollment restrictions.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The version of the device enrollment configuration
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of group assignments for the device configuration profile
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.enrollmentConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::EnrollmentConfigurationAssignment>,
    >,
    /// CoManagement Authority configuration ConfigurationManagerAgentCommandLineArgument
    ///
    /// CSDL: property `configurationManagerAgentCommandLineArgument`: `Edm.String`, nullable.
    pub configuration_manager_agent_command_line_argument: rt::Field<
        ::std::string::String,
    >,
    /// CoManagement Authority configuration InstallConfigurationManagerAgent
    ///
    /// CSDL: property `installConfigurationManagerAgent`: `Edm.Boolean`, not nullable.
    pub install_configuration_manager_agent: rt::Field<bool>,
    /// CoManagement Authority configuration ManagedDeviceAuthority
    ///
    /// CSDL: property `managedDeviceAuthority`: `Edm.Int32`, not nullable.
    pub managed_device_authority: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for DeviceComanagementAuthorityConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            priority: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            configuration_manager_agent_command_line_argument: rt::Field::Absent,
            install_configuration_manager_agent: rt::Field::Absent,
            managed_device_authority: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DeviceComanagementAuthorityConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceComanagementAuthorityConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "priority",
        "roleScopeTagIds",
        "version",
        "assignments",
        "configurationManagerAgentCommandLineArgument",
        "installConfigurationManagerAgent",
        "managedDeviceAuthority",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"priority\":                     ",
        ",\"roleScopeTagIds\":              ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"configurationManagerAgentCommandLineArgument\":",
        ",\"installConfigurationManagerAgent\":",
        ",\"managedDeviceAuthority\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceComanagementAuthorityConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "priority", &self.priority);
        v.field(6usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(7usize, "version", &self.version);
        v.field(8usize, "assignments", &self.assignments);
        v.field(
            9usize,
            "configuration_manager_agent_command_line_argument",
            &self.configuration_manager_agent_command_line_argument,
        );
        v.field(
            10usize,
            "install_configuration_manager_agent",
            &self.install_configuration_manager_agent,
        );
        v.field(11usize, "managed_device_authority", &self.managed_device_authority);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for DeviceComanagementAuthorityConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.priority.read_from(r),
            6usize => self.role_scope_tag_ids.read_from(r),
            7usize => self.version.read_from(r),
            8usize => self.assignments.read_from(r),
            9usize => self.configuration_manager_agent_command_line_argument.read_from(r),
            10usize => self.install_configuration_manager_agent.read_from(r),
            11usize => self.managed_device_authority.read_from(r),
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
        w.field(5usize, &self.priority);
        w.field(6usize, &self.role_scope_tag_ids);
        w.field(7usize, &self.version);
        w.field(8usize, &self.assignments);
        w.field(9usize, &self.configuration_manager_agent_command_line_argument);
        w.field(10usize, &self.install_configuration_manager_agent);
        w.field(11usize, &self.managed_device_authority);
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
rt::impl_object!(DeviceComanagementAuthorityConfiguration);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DeviceComanagementAuthorityConfiguration { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_priority priority : i32; with_role_scope_tag_ids
    role_scope_tag_ids : ::std::vec::Vec < ::std::string::String >; with_version version
    : i32; with_assignments assignments : ::std::vec::Vec < crate
    ::beta::EnrollmentConfigurationAssignment >;
    with_configuration_manager_agent_command_line_argument
    configuration_manager_agent_command_line_argument : ::std::string::String;
    with_install_configuration_manager_agent install_configuration_manager_agent : bool;
    with_managed_device_authority managed_device_authority : i32; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceComanagementAuthorityConfiguration);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// A class containing the properties used for device compliance policy PolicySetItem.
///
/// CSDL: `microsoft.graph.deviceCompliancePolicyPolicySetItem`, entity type, derived from `microsoft.graph.policySetItem`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceCompliancePolicyPolicySetItem {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Creation time of the PolicySetItem.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// DisplayName of the PolicySetItem.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Error code if any occured.
    ///
    /// CSDL: property `errorCode`: `microsoft.graph.errorCode`, not nullable.
    pub error_code: rt::Field<crate::beta::ErrorCode>,
    /// Tags of the guided deployment
    ///
    /// CSDL: property `guidedDeploymentTags`: `Collection(Edm.String)`, nullable.
    pub guided_deployment_tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// policySetType of the PolicySetItem.
    ///
    /// CSDL: property `itemType`: `Edm.String`, nullable.
    pub item_type: rt::Field<::std::string::String>,
    /// Last modified time of the PolicySetItem.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// PayloadId of the PolicySetItem.
    ///
    /// CSDL: property `payloadId`: `Edm.String`, not nullable.
    pub payload_id: rt::Field<::std::string::String>,
    /// Status of the PolicySetItem.
    ///
    /// CSDL: property `status`: `microsoft.graph.policySetStatus`, not nullable.
    pub status: rt::Field<crate::beta::PolicySetStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for DeviceCompliancePolicyPolicySetItem {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            error_code: rt::Field::Absent,
            guided_deployment_tags: rt::Field::Absent,
            item_type: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            payload_id: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for DeviceCompliancePolicyPolicySetItem {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceCompliancePolicyPolicySetItem";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "displayName",
        "errorCode",
        "guidedDeploymentTags",
        "itemType",
        "lastModifiedDateTime",
        "payloadId",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"errorCode\":                    ",
        ",\"guidedDeploymentTags\":         ",
        ",\"itemType\":                     ",
        ",\"lastModifiedDateTime\":         ",
        ",\"payloadId\":                    ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceCompliancePolicyPolicySetItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "error_code", &self.error_code);
        v.field(4usize, "guided_deployment_tags", &self.guided_deployment_tags);
        v.field(5usize, "item_type", &self.item_type);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "payload_id", &self.payload_id);
        v.field(8usize, "status", &self.status);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for DeviceCompliancePolicyPolicySetItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.error_code.read_from(r),
            4usize => self.guided_deployment_tags.read_from(r),
            5usize => self.item_type.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.payload_id.read_from(r),
            8usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.error_code);
        w.field(4usize, &self.guided_deployment_tags);
        w.field(5usize, &self.item_type);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.payload_id);
        w.field(8usize, &self.status);
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(DeviceCompliancePolicyPolicySetItem);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    DeviceCompliancePolicyPolicySetItem { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_display_name
    display_name : ::std::string::String; with_error_code error_code : crate
    ::beta::ErrorCode; with_guided_deployment_tags guided_deployment_tags :
    ::std::vec::Vec < ::std::string::String >; with_item_type item_type :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_payload_id payload_id : ::std::string::String;
    with_status status : crate ::beta::PolicySetStatus; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceCompliancePolicyPolicySetItem);
#[cfg(msgraph_beta_core)]
/// Device Compilance Policy Setting State for a given device.
///
/// CSDL: `microsoft.graph.deviceCompliancePolicySettingState`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DeviceCompliancePolicySettingState {
    /// Current value of setting on device
    ///
    /// CSDL: property `currentValue`: `Edm.String`, nullable.
    pub current_value: rt::Field<::std::string::String>,
    /// Error code for the setting
    ///
    /// CSDL: property `errorCode`: `Edm.Int64`, not nullable.
    pub error_code: rt::Field<i64>,
    /// Error description
    ///
    /// CSDL: property `errorDescription`: `Edm.String`, nullable.
    pub error_description: rt::Field<::std::string::String>,
    /// Name of setting instance that is being reported.
    ///
    /// CSDL: property `instanceDisplayName`: `Edm.String`, nullable.
    pub instance_display_name: rt::Field<::std::string::String>,
    /// The setting that is being reported
    ///
    /// CSDL: property `setting`: `Edm.String`, nullable.
    pub setting: rt::Field<::std::string::String>,
    /// SettingInstanceId
    ///
    /// CSDL: property `settingInstanceId`: `Edm.String`, nullable.
    pub setting_instance_id: rt::Field<::std::string::String>,
    /// Localized/user friendly setting name that is being reported
    ///
    /// CSDL: property `settingName`: `Edm.String`, nullable.
    pub setting_name: rt::Field<::std::string::String>,
    /// Contributing policies
    ///
    /// CSDL: property `sources`: `Collection(microsoft.graph.settingSource)`, nullable.
    pub sources: rt::Field<::std::vec::Vec<crate::beta::SettingSource>>,
    /// The compliance state of the setting
    ///
    /// CSDL: property `state`: `microsoft.graph.complianceStatus`, not nullable.
    pub state: rt::Field<crate::beta::ComplianceStatus>,
    /// UserEmail
    ///
    /// CSDL: property `userEmail`: `Edm.String`, nullable.
    pub user_email: rt::Field<::std::string::String>,
    /// UserId
    ///
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// UserName
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
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for DeviceCompliancePolicySettingState {
    #[inline]
    fn default() -> Self {
        Self {
            current_value: rt::Field::Absent,
            error_code: rt::Field::Absent,
            error_description: rt::Field::Absent,
            instance_display_name: rt::Field::Absent,
            setting: rt::Field::Absent,
            setting_instance_id: rt::Field::Absent,
            setting_name: rt::Field::Absent,
            sources: rt::Field::Absent,
            state: rt::Field::Absent,
            user_email: rt::Field::Absent,
            user_id: rt::Field::Absent,
            user_name: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DeviceCompliancePolicySettingState {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceCompliancePolicySettingState";
    const KEYS: &'static [&'static str] = &[
        "currentValue",
        "errorCode",
        "errorDescription",
        "instanceDisplayName",
        "setting",
        "settingInstanceId",
        "settingName",
        "sources",
        "state",
        "userEmail",
        "userId",
        "userName",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"currentValue\":                 ",
        ",\"errorCode\":                    ",
        ",\"errorDescription\":             ",
        ",\"instanceDisplayName\":          ",
        ",\"setting\":                      ",
        ",\"settingInstanceId\":            ",
        ",\"settingName\":                  ",
        ",\"sources\":                      ",
        ",\"state\":                        ",
        ",\"userEmail\":                    ",
        ",\"userId\":                       ",
        ",\"userName\":                     ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceCompliancePolicySettingState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "current_value", &self.current_value);
        v.field(1usize, "error_code", &self.error_code);
        v.field(2usize, "error_description", &self.error_description);
        v.field(3usize, "instance_display_name", &self.instance_display_name);
        v.field(4usize, "setting", &self.setting);
        v.field(5usize, "setting_instance_id", &self.setting_instance_id);
        v.field(6usize, "setting_name", &self.setting_name);
        v.field(7usize, "sources", &self.sources);
        v.field(8usize, "state", &self.state);
        v.field(9usize, "user_email", &self.user_email);
        v.field(10usize, "user_id", &self.user_id);
        v.field(11usize, "user_name", &self.user_name);
        v.field(12usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for DeviceCompliancePolicySettingState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.current_value.read_from(r),
            1usize => self.error_code.read_from(r),
            2usize => self.error_description.read_from(r),
            3usize => self.instance_display_name.read_from(r),
            4usize => self.setting.read_from(r),
            5usize => self.setting_instance_id.read_from(r),
            6usize => self.setting_name.read_from(r),
            7usize => self.sources.read_from(r),
            8usize => self.state.read_from(r),
            9usize => self.user_email.read_from(r),
            10usize => self.user_id.read_from(r),
            11usize => self.user_name.read_from(r),
            12usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.current_value);
        w.field(1usize, &self.error_code);
        w.field(2usize, &self.error_description);
        w.field(3usize, &self.instance_display_name);
        w.field(4usize, &self.setting);
        w.field(5usize, &self.setting_instance_id);
        w.field(6usize, &self.setting_name);
        w.field(7usize, &self.sources);
        w.field(8usize, &self.state);
        w.field(9usize, &self.user_email);
        w.field(10usize, &self.user_id);
        w.field(11usize, &self.user_name);
        w.field(12usize, &self.user_principal_name);
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
rt::impl_object!(DeviceCompliancePolicySettingState);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DeviceCompliancePolicySettingState { with_current_value current_value :
    ::std::string::String; with_error_code error_code : i64; with_error_description
    error_description : ::std::string::String; with_instance_display_name
    instance_display_name : ::std::string::String; with_setting setting :
    ::std::string::String; with_setting_instance_id setting_instance_id :
    ::std::string::String; with_setting_name setting_name : ::std::string::String;
    with_sources sources : ::std::vec::Vec < crate ::beta::SettingSource >; with_state
    state : crate ::beta::ComplianceStatus; with_user_email user_email :
    ::std::string::String; with_user_id user_id : ::std::string::String; with_user_name
    user_name : ::std::string::String; with_user_principal_name user_principal_name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceCompliancePolicySettingState);
#[cfg(msgraph_beta_device_management_or_search)]
/// Device Compilance Policy Setting State summary across the account.
///
/// CSDL: `microsoft.graph.deviceCompliancePolicySettingStateSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceCompliancePolicySettingStateSummaryPath`](requests/trait.DeviceCompliancePolicySettingStateSummaryPath.html), what a path to one (`EntityPath<DeviceCompliancePolicySettingStateSummary, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceCompliancePolicySettingStateSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Number of compliant devices
    ///
    /// CSDL: property `compliantDeviceCount`: `Edm.Int32`, not nullable.
    pub compliant_device_count: rt::Field<i32>,
    /// Number of conflict devices
    ///
    /// CSDL: property `conflictDeviceCount`: `Edm.Int32`, not nullable.
    pub conflict_device_count: rt::Field<i32>,
    /// Number of error devices
    ///
    /// CSDL: property `errorDeviceCount`: `Edm.Int32`, not nullable.
    pub error_device_count: rt::Field<i32>,
    /// Number of NonCompliant devices
    ///
    /// CSDL: property `nonCompliantDeviceCount`: `Edm.Int32`, not nullable.
    pub non_compliant_device_count: rt::Field<i32>,
    /// Number of not applicable devices
    ///
    /// CSDL: property `notApplicableDeviceCount`: `Edm.Int32`, not nullable.
    pub not_applicable_device_count: rt::Field<i32>,
    /// Setting platform
    ///
    /// CSDL: property `platformType`: `microsoft.graph.policyPlatformType`, not nullable.
    pub platform_type: rt::Field<crate::beta::PolicyPlatformType>,
    /// Number of remediated devices
    ///
    /// CSDL: property `remediatedDeviceCount`: `Edm.Int32`, not nullable.
    pub remediated_device_count: rt::Field<i32>,
    /// The setting class name and property name.
    ///
    /// CSDL: property `setting`: `Edm.String`, nullable.
    pub setting: rt::Field<::std::string::String>,
    /// Name of the setting.
    ///
    /// CSDL: property `settingName`: `Edm.String`, nullable.
    pub setting_name: rt::Field<::std::string::String>,
    /// Number of unknown devices
    ///
    /// CSDL: property `unknownDeviceCount`: `Edm.Int32`, not nullable.
    pub unknown_device_count: rt::Field<i32>,
    /// CSDL: containment navigation property `deviceComplianceSettingStates`: `Collection(microsoft.graph.deviceComplianceSettingState)`, not nullable.
    pub device_compliance_setting_states: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceComplianceSettingState>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceCompliancePolicySettingStateSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            compliant_device_count: rt::Field::Absent,
            conflict_device_count: rt::Field::Absent,
            error_device_count: rt::Field::Absent,
            non_compliant_device_count: rt::Field::Absent,
            not_applicable_device_count: rt::Field::Absent,
            platform_type: rt::Field::Absent,
            remediated_device_count: rt::Field::Absent,
            setting: rt::Field::Absent,
            setting_name: rt::Field::Absent,
            unknown_device_count: rt::Field::Absent,
            device_compliance_setting_states: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceCompliancePolicySettingStateSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceCompliancePolicySettingStateSummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "compliantDeviceCount",
        "conflictDeviceCount",
        "errorDeviceCount",
        "nonCompliantDeviceCount",
        "notApplicableDeviceCount",
        "platformType",
        "remediatedDeviceCount",
        "setting",
        "settingName",
        "unknownDeviceCount",
        "deviceComplianceSettingStates",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"compliantDeviceCount\":         ",
        ",\"conflictDeviceCount\":          ",
        ",\"errorDeviceCount\":             ",
        ",\"nonCompliantDeviceCount\":      ",
        ",\"notApplicableDeviceCount\":     ",
        ",\"platformType\":                 ",
        ",\"remediatedDeviceCount\":        ",
        ",\"setting\":                      ",
        ",\"settingName\":                  ",
        ",\"unknownDeviceCount\":           ",
        ",\"deviceComplianceSettingStates\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceCompliancePolicySettingStateSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "compliant_device_count", &self.compliant_device_count);
        v.field(2usize, "conflict_device_count", &self.conflict_device_count);
        v.field(3usize, "error_device_count", &self.error_device_count);
        v.field(4usize, "non_compliant_device_count", &self.non_compliant_device_count);
        v.field(
            5usize,
            "not_applicable_device_count",
            &self.not_applicable_device_count,
        );
        v.field(6usize, "platform_type", &self.platform_type);
        v.field(7usize, "remediated_device_count", &self.remediated_device_count);
        v.field(8usize, "setting", &self.setting);
        v.field(9usize, "setting_name", &self.setting_name);
        v.field(10usize, "unknown_device_count", &self.unknown_device_count);
        v.field(
            11usize,
            "device_compliance_setting_states",
            &self.device_compliance_setting_states,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceCompliancePolicySettingStateSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.compliant_device_count.read_from(r),
            2usize => self.conflict_device_count.read_from(r),
            3usize => self.error_device_count.read_from(r),
            4usize => self.non_compliant_device_count.read_from(r),
            5usize => self.not_applicable_device_count.read_from(r),
            6usize => self.platform_type.read_from(r),
            7usize => self.remediated_device_count.read_from(r),
            8usize => self.setting.read_from(r),
            9usize => self.setting_name.read_from(r),
            10usize => self.unknown_device_count.read_from(r),
            11usize => self.device_compliance_setting_states.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.compliant_device_count);
        w.field(2usize, &self.conflict_device_count);
        w.field(3usize, &self.error_device_count);
        w.field(4usize, &self.non_compliant_device_count);
        w.field(5usize, &self.not_applicable_device_count);
        w.field(6usize, &self.platform_type);
        w.field(7usize, &self.remediated_device_count);
        w.field(8usize, &self.setting);
        w.field(9usize, &self.setting_name);
        w.field(10usize, &self.unknown_device_count);
        w.field(11usize, &self.device_compliance_setting_states);
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
rt::impl_object!(DeviceCompliancePolicySettingStateSummary);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceCompliancePolicySettingStateSummary { with_id id : ::std::string::String;
    with_compliant_device_count compliant_device_count : i32; with_conflict_device_count
    conflict_device_count : i32; with_error_device_count error_device_count : i32;
    with_non_compliant_device_count non_compliant_device_count : i32;
    with_not_applicable_device_count not_applicable_device_count : i32;
    with_platform_type platform_type : crate ::beta::PolicyPlatformType;
    with_remediated_device_count remediated_device_count : i32; with_setting setting :
    ::std::string::String; with_setting_name setting_name : ::std::string::String;
    with_unknown_device_count unknown_device_count : i32;
    with_device_compliance_setting_states device_compliance_setting_states :
    ::std::vec::Vec < crate ::beta::DeviceComplianceSettingState >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceCompliancePolicySettingStateSummary);
#[cfg(msgraph_beta_core)]
/// Device Compliance Policy State for a given device.
///
/// CSDL: `microsoft.graph.deviceCompliancePolicyState`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DeviceCompliancePolicyState {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The name of the policy for this policyBase
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Platform type that the policy applies to
    ///
    /// CSDL: property `platformType`: `microsoft.graph.policyPlatformType`, not nullable.
    pub platform_type: rt::Field<crate::beta::PolicyPlatformType>,
    /// Count of how many setting a policy holds
    ///
    /// CSDL: property `settingCount`: `Edm.Int32`, not nullable.
    pub setting_count: rt::Field<i32>,
    /// CSDL: property `settingStates`: `Collection(microsoft.graph.deviceCompliancePolicySettingState)`, nullable.
    pub setting_states: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceCompliancePolicySettingState>,
    >,
    /// The compliance state of the policy
    ///
    /// CSDL: property `state`: `microsoft.graph.complianceStatus`, not nullable.
    pub state: rt::Field<crate::beta::ComplianceStatus>,
    /// User unique identifier, must be Guid
    ///
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// User Principal Name
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// The version of the policy
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for DeviceCompliancePolicyState {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            platform_type: rt::Field::Absent,
            setting_count: rt::Field::Absent,
            setting_states: rt::Field::Absent,
            state: rt::Field::Absent,
            user_id: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DeviceCompliancePolicyState {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceCompliancePolicyState";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "platformType",
        "settingCount",
        "settingStates",
        "state",
        "userId",
        "userPrincipalName",
        "version",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"platformType\":                 ",
        ",\"settingCount\":                 ",
        ",\"settingStates\":                ",
        ",\"state\":                        ",
        ",\"userId\":                       ",
        ",\"userPrincipalName\":            ",
        ",\"version\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceCompliancePolicyState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "platform_type", &self.platform_type);
        v.field(3usize, "setting_count", &self.setting_count);
        v.field(4usize, "setting_states", &self.setting_states);
        v.field(5usize, "state", &self.state);
        v.field(6usize, "user_id", &self.user_id);
        v.field(7usize, "user_principal_name", &self.user_principal_name);
        v.field(8usize, "version", &self.version);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for DeviceCompliancePolicyState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.platform_type.read_from(r),
            3usize => self.setting_count.read_from(r),
            4usize => self.setting_states.read_from(r),
            5usize => self.state.read_from(r),
            6usize => self.user_id.read_from(r),
            7usize => self.user_principal_name.read_from(r),
            8usize => self.version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.platform_type);
        w.field(3usize, &self.setting_count);
        w.field(4usize, &self.setting_states);
        w.field(5usize, &self.state);
        w.field(6usize, &self.user_id);
        w.field(7usize, &self.user_principal_name);
        w.field(8usize, &self.version);
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
rt::impl_object!(DeviceCompliancePolicyState);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DeviceCompliancePolicyState { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_platform_type platform_type : crate
    ::beta::PolicyPlatformType; with_setting_count setting_count : i32;
    with_setting_states setting_states : ::std::vec::Vec < crate
    ::beta::DeviceCompliancePolicySettingState >; with_state state : crate
    ::beta::ComplianceStatus; with_user_id user_id : ::std::string::String;
    with_user_principal_name user_principal_name : ::std::string::String; with_version
    version : i32; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceCompliancePolicyState);
#[cfg(msgraph_beta_device_management_or_search)]
/// Contains properties for the run summary of a device management script.
///
/// CSDL: `microsoft.graph.deviceComplianceScriptRunSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceComplianceScriptRunSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Number of devices on which the detection script execution encountered an error and did not complete. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `detectionScriptErrorDeviceCount`: `Edm.Int32`, not nullable.
    pub detection_script_error_device_count: rt::Field<i32>,
    /// Number of devices which have not yet run the latest version of the device compliance script. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `detectionScriptPendingDeviceCount`: `Edm.Int32`, not nullable.
    pub detection_script_pending_device_count: rt::Field<i32>,
    /// Number of devices for which the detection script found an issue. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `issueDetectedDeviceCount`: `Edm.Int32`, not nullable.
    pub issue_detected_device_count: rt::Field<i32>,
    /// Last run time for the script across all devices
    ///
    /// CSDL: property `lastScriptRunDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_script_run_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Number of devices for which the detection script did not find an issue and the device is healthy. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `noIssueDetectedDeviceCount`: `Edm.Int32`, not nullable.
    pub no_issue_detected_device_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceComplianceScriptRunSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            detection_script_error_device_count: rt::Field::Absent,
            detection_script_pending_device_count: rt::Field::Absent,
            issue_detected_device_count: rt::Field::Absent,
            last_script_run_date_time: rt::Field::Absent,
            no_issue_detected_device_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceComplianceScriptRunSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceComplianceScriptRunSummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "detectionScriptErrorDeviceCount",
        "detectionScriptPendingDeviceCount",
        "issueDetectedDeviceCount",
        "lastScriptRunDateTime",
        "noIssueDetectedDeviceCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"detectionScriptErrorDeviceCount\":",
        ",\"detectionScriptPendingDeviceCount\":",
        ",\"issueDetectedDeviceCount\":     ",
        ",\"lastScriptRunDateTime\":        ",
        ",\"noIssueDetectedDeviceCount\":   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceComplianceScriptRunSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "detection_script_error_device_count",
            &self.detection_script_error_device_count,
        );
        v.field(
            2usize,
            "detection_script_pending_device_count",
            &self.detection_script_pending_device_count,
        );
        v.field(
            3usize,
            "issue_detected_device_count",
            &self.issue_detected_device_count,
        );
        v.field(4usize, "last_script_run_date_time", &self.last_script_run_date_time);
        v.field(
            5usize,
            "no_issue_detected_device_count",
            &self.no_issue_detected_device_count,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceComplianceScriptRunSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.detection_script_error_device_count.read_from(r),
            2usize => self.detection_script_pending_device_count.read_from(r),
            3usize => self.issue_detected_device_count.read_from(r),
            4usize => self.last_script_run_date_time.read_from(r),
            5usize => self.no_issue_detected_device_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.detection_script_error_device_count);
        w.field(2usize, &self.detection_script_pending_device_count);
        w.field(3usize, &self.issue_detected_device_count);
        w.field(4usize, &self.last_script_run_date_time);
        w.field(5usize, &self.no_issue_detected_device_count);
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
rt::impl_object!(DeviceComplianceScriptRunSummary);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceComplianceScriptRunSummary { with_id id : ::std::string::String;
    with_detection_script_error_device_count detection_script_error_device_count : i32;
    with_detection_script_pending_device_count detection_script_pending_device_count :
    i32; with_issue_detected_device_count issue_detected_device_count : i32;
    with_last_script_run_date_time last_script_run_date_time : rt::edm::DateTimeOffset;
    with_no_issue_detected_device_count no_issue_detected_device_count : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceComplianceScriptRunSummary);
#[cfg(msgraph_beta_device_management_or_search)]
/// Device compliance setting State for a given device.
///
/// CSDL: `microsoft.graph.deviceComplianceSettingState`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceComplianceSettingState {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The DateTime when device compliance grace period expires
    ///
    /// CSDL: property `complianceGracePeriodExpirationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub compliance_grace_period_expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The Device Id that is being reported
    ///
    /// CSDL: property `deviceId`: `Edm.String`, nullable.
    pub device_id: rt::Field<::std::string::String>,
    /// The device model that is being reported
    ///
    /// CSDL: property `deviceModel`: `Edm.String`, nullable.
    pub device_model: rt::Field<::std::string::String>,
    /// The Device Name that is being reported
    ///
    /// CSDL: property `deviceName`: `Edm.String`, nullable.
    pub device_name: rt::Field<::std::string::String>,
    /// Device platform type
    ///
    /// CSDL: property `platformType`: `microsoft.graph.deviceType`, not nullable.
    pub platform_type: rt::Field<crate::beta::DeviceType>,
    /// The setting class name and property name.
    ///
    /// CSDL: property `setting`: `Edm.String`, nullable.
    pub setting: rt::Field<::std::string::String>,
    /// The Setting Name that is being reported
    ///
    /// CSDL: property `settingName`: `Edm.String`, nullable.
    pub setting_name: rt::Field<::std::string::String>,
    /// The compliance state of the setting
    ///
    /// CSDL: property `state`: `microsoft.graph.complianceStatus`, not nullable.
    pub state: rt::Field<crate::beta::ComplianceStatus>,
    /// The User email address that is being reported
    ///
    /// CSDL: property `userEmail`: `Edm.String`, nullable.
    pub user_email: rt::Field<::std::string::String>,
    /// The user Id that is being reported
    ///
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// The User Name that is being reported
    ///
    /// CSDL: property `userName`: `Edm.String`, nullable.
    pub user_name: rt::Field<::std::string::String>,
    /// The User PrincipalName that is being reported
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceComplianceSettingState {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            compliance_grace_period_expiration_date_time: rt::Field::Absent,
            device_id: rt::Field::Absent,
            device_model: rt::Field::Absent,
            device_name: rt::Field::Absent,
            platform_type: rt::Field::Absent,
            setting: rt::Field::Absent,
            setting_name: rt::Field::Absent,
            state: rt::Field::Absent,
            user_email: rt::Field::Absent,
            user_id: rt::Field::Absent,
            user_name: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceComplianceSettingState {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceComplianceSettingState";
    const KEYS: &'static [&'static str] = &[
        "id",
        "complianceGracePeriodExpirationDateTime",
        "deviceId",
        "deviceModel",
        "deviceName",
        "platformType",
        "setting",
        "settingName",
        "state",
        "userEmail",
        "userId",
        "userName",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"complianceGracePeriodExpirationDateTime\":",
        ",\"deviceId\":                     ",
        ",\"deviceModel\":                  ",
        ",\"deviceName\":                   ",
        ",\"platformType\":                 ",
        ",\"setting\":                      ",
        ",\"settingName\":                  ",
        ",\"state\":                        ",
        ",\"userEmail\":                    ",
        ",\"userId\":                       ",
        ",\"userName\":                     ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceComplianceSettingState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "compliance_grace_period_expiration_date_time",
            &self.compliance_grace_period_expiration_date_time,
        );
        v.field(2usize, "device_id", &self.device_id);
        v.field(3usize, "device_model", &self.device_model);
        v.field(4usize, "device_name", &self.device_name);
        v.field(5usize, "platform_type", &self.platform_type);
        v.field(6usize, "setting", &self.setting);
        v.field(7usize, "setting_name", &self.setting_name);
        v.field(8usize, "state", &self.state);
        v.field(9usize, "user_email", &self.user_email);
        v.field(10usize, "user_id", &self.user_id);
        v.field(11usize, "user_name", &self.user_name);
        v.field(12usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceComplianceSettingState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.compliance_grace_period_expiration_date_time.read_from(r),
            2usize => self.device_id.read_from(r),
            3usize => self.device_model.read_from(r),
            4usize => self.device_name.read_from(r),
            5usize => self.platform_type.read_from(r),
            6usize => self.setting.read_from(r),
            7usize => self.setting_name.read_from(r),
            8usize => self.state.read_from(r),
            9usize => self.user_email.read_from(r),
            10usize => self.user_id.read_from(r),
            11usize => self.user_name.read_from(r),
            12usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.compliance_grace_period_expiration_date_time);
        w.field(2usize, &self.device_id);
        w.field(3usize, &self.device_model);
        w.field(4usize, &self.device_name);
        w.field(5usize, &self.platform_type);
        w.field(6usize, &self.setting);
        w.field(7usize, &self.setting_name);
        w.field(8usize, &self.state);
        w.field(9usize, &self.user_email);
        w.field(10usize, &self.user_id);
        w.field(11usize, &self.user_name);
        w.field(12usize, &self.user_principal_name);
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
rt::impl_object!(DeviceComplianceSettingState);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceComplianceSettingState { with_id id : ::std::string::String;
    with_compliance_grace_period_expiration_date_time
    compliance_grace_period_expiration_date_time : rt::edm::DateTimeOffset;
    with_device_id device_id : ::std::string::String; with_device_model device_model :
    ::std::string::String; with_device_name device_name : ::std::string::String;
    with_platform_type platform_type : crate ::beta::DeviceType; with_setting setting :
    ::std::string::String; with_setting_name setting_name : ::std::string::String;
    with_state state : crate ::beta::ComplianceStatus; with_user_email user_email :
    ::std::string::String; with_user_id user_id : ::std::string::String; with_user_name
    user_name : ::std::string::String; with_user_principal_name user_principal_name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceComplianceSettingState);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceConfigurationDeviceStatus`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceConfigurationDeviceStatus {
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
    /// The device model that is being reported
    ///
    /// CSDL: property `deviceModel`: `Edm.String`, nullable.
    pub device_model: rt::Field<::std::string::String>,
    /// Last modified date time of the policy report.
    ///
    /// CSDL: property `lastReportedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_reported_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Platform of the device that is being reported
    ///
    /// CSDL: property `platform`: `Edm.Int32`, not nullable.
    pub platform: rt::Field<i32>,
    /// Compliance status of the policy report.
    ///
    /// CSDL: property `status`: `microsoft.graph.complianceStatus`, not nullable.
    pub status: rt::Field<crate::beta::ComplianceStatus>,
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
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceConfigurationDeviceStatus {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            compliance_grace_period_expiration_date_time: rt::Field::Absent,
            device_display_name: rt::Field::Absent,
            device_model: rt::Field::Absent,
            last_reported_date_time: rt::Field::Absent,
            platform: rt::Field::Absent,
            status: rt::Field::Absent,
            user_name: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceConfigurationDeviceStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceConfigurationDeviceStatus";
    const KEYS: &'static [&'static str] = &[
        "id",
        "complianceGracePeriodExpirationDateTime",
        "deviceDisplayName",
        "deviceModel",
        "lastReportedDateTime",
        "platform",
        "status",
        "userName",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"complianceGracePeriodExpirationDateTime\":",
        ",\"deviceDisplayName\":            ",
        ",\"deviceModel\":                  ",
        ",\"lastReportedDateTime\":         ",
        ",\"platform\":                     ",
        ",\"status\":                       ",
        ",\"userName\":                     ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceConfigurationDeviceStatus\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "compliance_grace_period_expiration_date_time",
            &self.compliance_grace_period_expiration_date_time,
        );
        v.field(2usize, "device_display_name", &self.device_display_name);
        v.field(3usize, "device_model", &self.device_model);
        v.field(4usize, "last_reported_date_time", &self.last_reported_date_time);
        v.field(5usize, "platform", &self.platform);
        v.field(6usize, "status", &self.status);
        v.field(7usize, "user_name", &self.user_name);
        v.field(8usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceConfigurationDeviceStatus {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.compliance_grace_period_expiration_date_time.read_from(r),
            2usize => self.device_display_name.read_from(r),
            3usize => self.device_model.read_from(r),
            4usize => self.last_reported_date_time.read_from(r),
            5usize => self.platform.read_from(r),
            6usize => self.status.read_from(r),
            7usize => self.user_name.read_from(r),
            8usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.compliance_grace_period_expiration_date_time);
        w.field(2usize, &self.device_display_name);
        w.field(3usize, &self.device_model);
        w.field(4usize, &self.last_reported_date_time);
        w.field(5usize, &self.platform);
        w.field(6usize, &self.status);
        w.field(7usize, &self.user_name);
        w.field(8usize, &self.user_principal_name);
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
rt::impl_object!(DeviceConfigurationDeviceStatus);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceConfigurationDeviceStatus { with_id id : ::std::string::String;
    with_compliance_grace_period_expiration_date_time
    compliance_grace_period_expiration_date_time : rt::edm::DateTimeOffset;
    with_device_display_name device_display_name : ::std::string::String;
    with_device_model device_model : ::std::string::String; with_last_reported_date_time
    last_reported_date_time : rt::edm::DateTimeOffset; with_platform platform : i32;
    with_status status : crate ::beta::ComplianceStatus; with_user_name user_name :
    ::std::string::String; with_user_principal_name user_principal_name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceConfigurationDeviceStatus);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// A class containing the properties used for device configuration PolicySetItem.
///
/// CSDL: `microsoft.graph.deviceConfigurationPolicySetItem`, entity type, derived from `microsoft.graph.policySetItem`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceConfigurationPolicySetItem {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Creation time of the PolicySetItem.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// DisplayName of the PolicySetItem.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Error code if any occured.
    ///
    /// CSDL: property `errorCode`: `microsoft.graph.errorCode`, not nullable.
    pub error_code: rt::Field<crate::beta::ErrorCode>,
    /// Tags of the guided deployment
    ///
    /// CSDL: property `guidedDeploymentTags`: `Collection(Edm.String)`, nullable.
    pub guided_deployment_tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// policySetType of the PolicySetItem.
    ///
    /// CSDL: property `itemType`: `Edm.String`, nullable.
    pub item_type: rt::Field<::std::string::String>,
    /// Last modified time of the PolicySetItem.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// PayloadId of the PolicySetItem.
    ///
    /// CSDL: property `payloadId`: `Edm.String`, not nullable.
    pub payload_id: rt::Field<::std::string::String>,
    /// Status of the PolicySetItem.
    ///
    /// CSDL: property `status`: `microsoft.graph.policySetStatus`, not nullable.
    pub status: rt::Field<crate::beta::PolicySetStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for DeviceConfigurationPolicySetItem {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            error_code: rt::Field::Absent,
            guided_deployment_tags: rt::Field::Absent,
            item_type: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            payload_id: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for DeviceConfigurationPolicySetItem {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceConfigurationPolicySetItem";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "displayName",
        "errorCode",
        "guidedDeploymentTags",
        "itemType",
        "lastModifiedDateTime",
        "payloadId",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"errorCode\":                    ",
        ",\"guidedDeploymentTags\":         ",
        ",\"itemType\":                     ",
        ",\"lastModifiedDateTime\":         ",
        ",\"payloadId\":                    ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceConfigurationPolicySetItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "error_code", &self.error_code);
        v.field(4usize, "guided_deployment_tags", &self.guided_deployment_tags);
        v.field(5usize, "item_type", &self.item_type);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "payload_id", &self.payload_id);
        v.field(8usize, "status", &self.status);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for DeviceConfigurationPolicySetItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.error_code.read_from(r),
            4usize => self.guided_deployment_tags.read_from(r),
            5usize => self.item_type.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.payload_id.read_from(r),
            8usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.error_code);
        w.field(4usize, &self.guided_deployment_tags);
        w.field(5usize, &self.item_type);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.payload_id);
        w.field(8usize, &self.status);
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(DeviceConfigurationPolicySetItem);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    DeviceConfigurationPolicySetItem { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_display_name
    display_name : ::std::string::String; with_error_code error_code : crate
    ::beta::ErrorCode; with_guided_deployment_tags guided_deployment_tags :
    ::std::vec::Vec < ::std::string::String >; with_item_type item_type :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_payload_id payload_id : ::std::string::String;
    with_status status : crate ::beta::PolicySetStatus; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceConfigurationPolicySetItem);
#[cfg(msgraph_beta_device_management_or_search)]
/// Conflict summary for a set of device configuration policies.
///
/// CSDL: `microsoft.graph.deviceConfigurationTargetedUserAndDevice`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceConfigurationTargetedUserAndDevice {
    /// The id of the device in the checkin.
    ///
    /// CSDL: property `deviceId`: `Edm.String`, nullable.
    pub device_id: rt::Field<::std::string::String>,
    /// The name of the device in the checkin.
    ///
    /// CSDL: property `deviceName`: `Edm.String`, nullable.
    pub device_name: rt::Field<::std::string::String>,
    /// Last checkin time for this user/device pair.
    ///
    /// CSDL: property `lastCheckinDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_checkin_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The display name of the user in the checkin
    ///
    /// CSDL: property `userDisplayName`: `Edm.String`, nullable.
    pub user_display_name: rt::Field<::std::string::String>,
    /// The id of the user in the checkin.
    ///
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// The UPN of the user in the checkin.
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceConfigurationTargetedUserAndDevice {
    #[inline]
    fn default() -> Self {
        Self {
            device_id: rt::Field::Absent,
            device_name: rt::Field::Absent,
            last_checkin_date_time: rt::Field::Absent,
            user_display_name: rt::Field::Absent,
            user_id: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceConfigurationTargetedUserAndDevice {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceConfigurationTargetedUserAndDevice";
    const KEYS: &'static [&'static str] = &[
        "deviceId",
        "deviceName",
        "lastCheckinDateTime",
        "userDisplayName",
        "userId",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deviceId\":                     ",
        ",\"deviceName\":                   ",
        ",\"lastCheckinDateTime\":          ",
        ",\"userDisplayName\":              ",
        ",\"userId\":                       ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceConfigurationTargetedUserAndDevice\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "device_id", &self.device_id);
        v.field(1usize, "device_name", &self.device_name);
        v.field(2usize, "last_checkin_date_time", &self.last_checkin_date_time);
        v.field(3usize, "user_display_name", &self.user_display_name);
        v.field(4usize, "user_id", &self.user_id);
        v.field(5usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceConfigurationTargetedUserAndDevice {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_id.read_from(r),
            1usize => self.device_name.read_from(r),
            2usize => self.last_checkin_date_time.read_from(r),
            3usize => self.user_display_name.read_from(r),
            4usize => self.user_id.read_from(r),
            5usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_id);
        w.field(1usize, &self.device_name);
        w.field(2usize, &self.last_checkin_date_time);
        w.field(3usize, &self.user_display_name);
        w.field(4usize, &self.user_id);
        w.field(5usize, &self.user_principal_name);
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
rt::impl_object!(DeviceConfigurationTargetedUserAndDevice);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceConfigurationTargetedUserAndDevice { with_device_id device_id :
    ::std::string::String; with_device_name device_name : ::std::string::String;
    with_last_checkin_date_time last_checkin_date_time : rt::edm::DateTimeOffset;
    with_user_display_name user_display_name : ::std::string::String; with_user_id
    user_id : ::std::string::String; with_user_principal_name user_principal_name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceConfigurationTargetedUserAndDevice);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceConfigurationUserStateSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceConfigurationUserStateSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Number of compliant users
    ///
    /// CSDL: property `compliantUserCount`: `Edm.Int32`, not nullable.
    pub compliant_user_count: rt::Field<i32>,
    /// Number of conflict users
    ///
    /// CSDL: property `conflictUserCount`: `Edm.Int32`, not nullable.
    pub conflict_user_count: rt::Field<i32>,
    /// Number of error users
    ///
    /// CSDL: property `errorUserCount`: `Edm.Int32`, not nullable.
    pub error_user_count: rt::Field<i32>,
    /// Number of NonCompliant users
    ///
    /// CSDL: property `nonCompliantUserCount`: `Edm.Int32`, not nullable.
    pub non_compliant_user_count: rt::Field<i32>,
    /// Number of not applicable users
    ///
    /// CSDL: property `notApplicableUserCount`: `Edm.Int32`, not nullable.
    pub not_applicable_user_count: rt::Field<i32>,
    /// Number of remediated users
    ///
    /// CSDL: property `remediatedUserCount`: `Edm.Int32`, not nullable.
    pub remediated_user_count: rt::Field<i32>,
    /// Number of unknown users
    ///
    /// CSDL: property `unknownUserCount`: `Edm.Int32`, not nullable.
    pub unknown_user_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceConfigurationUserStateSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            compliant_user_count: rt::Field::Absent,
            conflict_user_count: rt::Field::Absent,
            error_user_count: rt::Field::Absent,
            non_compliant_user_count: rt::Field::Absent,
            not_applicable_user_count: rt::Field::Absent,
            remediated_user_count: rt::Field::Absent,
            unknown_user_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceConfigurationUserStateSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceConfigurationUserStateSummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "compliantUserCount",
        "conflictUserCount",
        "errorUserCount",
        "nonCompliantUserCount",
        "notApplicableUserCount",
        "remediatedUserCount",
        "unknownUserCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"compliantUserCount\":           ",
        ",\"conflictUserCount\":            ",
        ",\"errorUserCount\":               ",
        ",\"nonCompliantUserCount\":        ",
        ",\"notApplicableUserCount\":       ",
        ",\"remediatedUserCount\":          ",
        ",\"unknownUserCount\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceConfigurationUserStateSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "compliant_user_count", &self.compliant_user_count);
        v.field(2usize, "conflict_user_count", &self.conflict_user_count);
        v.field(3usize, "error_user_count", &self.error_user_count);
        v.field(4usize, "non_compliant_user_count", &self.non_compliant_user_count);
        v.field(5usize, "not_applicable_user_count", &self.not_applicable_user_count);
        v.field(6usize, "remediated_user_count", &self.remediated_user_count);
        v.field(7usize, "unknown_user_count", &self.unknown_user_count);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceConfigurationUserStateSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.compliant_user_count.read_from(r),
            2usize => self.conflict_user_count.read_from(r),
            3usize => self.error_user_count.read_from(r),
            4usize => self.non_compliant_user_count.read_from(r),
            5usize => self.not_applicable_user_count.read_from(r),
            6usize => self.remediated_user_count.read_from(r),
            7usize => self.unknown_user_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.compliant_user_count);
        w.field(2usize, &self.conflict_user_count);
        w.field(3usize, &self.error_user_count);
        w.field(4usize, &self.non_compliant_user_count);
        w.field(5usize, &self.not_applicable_user_count);
        w.field(6usize, &self.remediated_user_count);
        w.field(7usize, &self.unknown_user_count);
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
rt::impl_object!(DeviceConfigurationUserStateSummary);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceConfigurationUserStateSummary { with_id id : ::std::string::String;
    with_compliant_user_count compliant_user_count : i32; with_conflict_user_count
    conflict_user_count : i32; with_error_user_count error_user_count : i32;
    with_non_compliant_user_count non_compliant_user_count : i32;
    with_not_applicable_user_count not_applicable_user_count : i32;
    with_remediated_user_count remediated_user_count : i32; with_unknown_user_count
    unknown_user_count : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceConfigurationUserStateSummary);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceConfigurationUserStatus`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceConfigurationUserStatus {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Devices count for that user.
    ///
    /// CSDL: property `devicesCount`: `Edm.Int32`, not nullable.
    pub devices_count: rt::Field<i32>,
    /// Last modified date time of the policy report.
    ///
    /// CSDL: property `lastReportedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_reported_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Compliance status of the policy report.
    ///
    /// CSDL: property `status`: `microsoft.graph.complianceStatus`, not nullable.
    pub status: rt::Field<crate::beta::ComplianceStatus>,
    /// User name of the DevicePolicyStatus.
    ///
    /// CSDL: property `userDisplayName`: `Edm.String`, nullable.
    pub user_display_name: rt::Field<::std::string::String>,
    /// UserPrincipalName.
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceConfigurationUserStatus {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            devices_count: rt::Field::Absent,
            last_reported_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            user_display_name: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceConfigurationUserStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceConfigurationUserStatus";
    const KEYS: &'static [&'static str] = &[
        "id",
        "devicesCount",
        "lastReportedDateTime",
        "status",
        "userDisplayName",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"devicesCount\":                 ",
        ",\"lastReportedDateTime\":         ",
        ",\"status\":                       ",
        ",\"userDisplayName\":              ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceConfigurationUserStatus\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "devices_count", &self.devices_count);
        v.field(2usize, "last_reported_date_time", &self.last_reported_date_time);
        v.field(3usize, "status", &self.status);
        v.field(4usize, "user_display_name", &self.user_display_name);
        v.field(5usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceConfigurationUserStatus {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.devices_count.read_from(r),
            2usize => self.last_reported_date_time.read_from(r),
            3usize => self.status.read_from(r),
            4usize => self.user_display_name.read_from(r),
            5usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.devices_count);
        w.field(2usize, &self.last_reported_date_time);
        w.field(3usize, &self.status);
        w.field(4usize, &self.user_display_name);
        w.field(5usize, &self.user_principal_name);
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
rt::impl_object!(DeviceConfigurationUserStatus);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceConfigurationUserStatus { with_id id : ::std::string::String;
    with_devices_count devices_count : i32; with_last_reported_date_time
    last_reported_date_time : rt::edm::DateTimeOffset; with_status status : crate
    ::beta::ComplianceStatus; with_user_display_name user_display_name :
    ::std::string::String; with_user_principal_name user_principal_name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceConfigurationUserStatus);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceCustomAttributeValueType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceCustomAttributeValueType {
    /// `integer` (value 0).
    Integer,
    /// `string` (value 1).
    String,
    /// `dateTime` (value 2).
    DateTime,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceCustomAttributeValueType {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceCustomAttributeValueType";
    const MEMBERS: &'static [&'static str] = &["integer", "string", "dateTime"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "integer" => Self::Integer,
                "string" => Self::String,
                "dateTime" => Self::DateTime,
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
            Self::Integer => "integer",
            Self::String => "string",
            Self::DateTime => "dateTime",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceCustomAttributeValueType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceCustomAttributeValueType);
#[cfg(msgraph_beta_core)]
/// The Base Class of Device Enrollment Configuration
///
/// CSDL: `microsoft.graph.deviceEnrollmentConfiguration`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`DeviceEnrollmentConfigurationPath`](requests/trait.DeviceEnrollmentConfigurationPath.html), what a path to one (`EntityPath<AnyDeviceEnrollmentConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DeviceEnrollmentConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Created date time in UTC of the device enrollment configuration
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The description of the device enrollment configuration
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The display name of the device enrollment configuration
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Last modified date time in UTC of the device enrollment configuration
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Priority is used when a user exists in multiple groups that are assigned enrollment configuration. Users are subject only to the configuration with the lowest priority value.
    ///
    /// CSDL: property `priority`: `Edm.Int32`, not nullable.
    pub priority: rt::Field<i32>,
    /// Optional role scope tags for the enrollment restrictions.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The version of the device enrollment configuration
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of group assignments for the device configuration profile
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.enrollmentConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::EnrollmentConfigurationAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for DeviceEnrollmentConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            priority: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DeviceEnrollmentConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceEnrollmentConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "priority",
        "roleScopeTagIds",
        "version",
        "assignments",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"priority\":                     ",
        ",\"roleScopeTagIds\":              ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceEnrollmentConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "priority", &self.priority);
        v.field(6usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(7usize, "version", &self.version);
        v.field(8usize, "assignments", &self.assignments);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for DeviceEnrollmentConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.priority.read_from(r),
            6usize => self.role_scope_tag_ids.read_from(r),
            7usize => self.version.read_from(r),
            8usize => self.assignments.read_from(r),
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
        w.field(5usize, &self.priority);
        w.field(6usize, &self.role_scope_tag_ids);
        w.field(7usize, &self.version);
        w.field(8usize, &self.assignments);
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
rt::impl_object!(DeviceEnrollmentConfiguration);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DeviceEnrollmentConfiguration { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_priority priority : i32; with_role_scope_tag_ids
    role_scope_tag_ids : ::std::vec::Vec < ::std::string::String >; with_version version
    : i32; with_assignments assignments : ::std::vec::Vec < crate
    ::beta::EnrollmentConfigurationAssignment >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceEnrollmentConfiguration);
#[cfg(msgraph_beta_core)]
/// `microsoft.graph.deviceEnrollmentConfiguration` or any type derived from it, selected by `@odata.type` (6 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDeviceEnrollmentConfiguration {
    DeviceEnrollmentConfiguration(
        ::std::boxed::Box<crate::beta::DeviceEnrollmentConfiguration>,
    ),
    DeviceComanagementAuthorityConfiguration(
        ::std::boxed::Box<crate::beta::DeviceComanagementAuthorityConfiguration>,
    ),
    DeviceEnrollmentLimitConfiguration(
        ::std::boxed::Box<crate::beta::DeviceEnrollmentLimitConfiguration>,
    ),
    DeviceEnrollmentPlatformRestrictionsConfiguration(
        ::std::boxed::Box<crate::beta::DeviceEnrollmentPlatformRestrictionsConfiguration>,
    ),
    DeviceEnrollmentWindowsHelloForBusinessConfiguration(
        ::std::boxed::Box<
            crate::beta::DeviceEnrollmentWindowsHelloForBusinessConfiguration,
        >,
    ),
    Windows10EnrollmentCompletionPageConfiguration(
        ::std::boxed::Box<crate::beta::Windows10EnrollmentCompletionPageConfiguration>,
    ),
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AnyDeviceEnrollmentConfiguration {
    #[inline]
    fn default() -> Self {
        Self::DeviceEnrollmentConfiguration(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceEnrollmentConfiguration>
for AnyDeviceEnrollmentConfiguration {
    #[inline]
    fn from(v: crate::beta::DeviceEnrollmentConfiguration) -> Self {
        Self::DeviceEnrollmentConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceComanagementAuthorityConfiguration>
for AnyDeviceEnrollmentConfiguration {
    #[inline]
    fn from(v: crate::beta::DeviceComanagementAuthorityConfiguration) -> Self {
        Self::DeviceComanagementAuthorityConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceEnrollmentLimitConfiguration>
for AnyDeviceEnrollmentConfiguration {
    #[inline]
    fn from(v: crate::beta::DeviceEnrollmentLimitConfiguration) -> Self {
        Self::DeviceEnrollmentLimitConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceEnrollmentPlatformRestrictionsConfiguration>
for AnyDeviceEnrollmentConfiguration {
    #[inline]
    fn from(v: crate::beta::DeviceEnrollmentPlatformRestrictionsConfiguration) -> Self {
        Self::DeviceEnrollmentPlatformRestrictionsConfiguration(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceEnrollmentWindowsHelloForBusinessConfiguration,
> for AnyDeviceEnrollmentConfiguration {
    #[inline]
    fn from(
        v: crate::beta::DeviceEnrollmentWindowsHelloForBusinessConfiguration,
    ) -> Self {
        Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10EnrollmentCompletionPageConfiguration>
for AnyDeviceEnrollmentConfiguration {
    #[inline]
    fn from(v: crate::beta::Windows10EnrollmentCompletionPageConfiguration) -> Self {
        Self::Windows10EnrollmentCompletionPageConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Send for AnyDeviceEnrollmentConfiguration {}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Sync for AnyDeviceEnrollmentConfiguration {}
#[cfg(msgraph_beta_core)]
impl ::std::marker::Unpin for AnyDeviceEnrollmentConfiguration {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::UnwindSafe for AnyDeviceEnrollmentConfiguration {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::RefUnwindSafe for AnyDeviceEnrollmentConfiguration {}
#[cfg(msgraph_beta_core)]
const _: () = {
    rt::object::auto_traits::<crate::beta::DeviceEnrollmentConfiguration>();
    rt::object::auto_traits::<crate::beta::DeviceComanagementAuthorityConfiguration>();
    rt::object::auto_traits::<crate::beta::DeviceEnrollmentLimitConfiguration>();
    rt::object::auto_traits::<
        crate::beta::DeviceEnrollmentPlatformRestrictionsConfiguration,
    >();
    rt::object::auto_traits::<
        crate::beta::DeviceEnrollmentWindowsHelloForBusinessConfiguration,
    >();
    rt::object::auto_traits::<
        crate::beta::Windows10EnrollmentCompletionPageConfiguration,
    >();
};
#[cfg(msgraph_beta_core)]
impl rt::Poly for AnyDeviceEnrollmentConfiguration {
    const BASE_NAME: &'static str = "microsoft.graph.deviceEnrollmentConfiguration";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.deviceComanagementAuthorityConfiguration",
            ) => Self::DeviceComanagementAuthorityConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.deviceEnrollmentLimitConfiguration",
            ) => Self::DeviceEnrollmentLimitConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.deviceEnrollmentPlatformRestrictionsConfiguration",
            ) => {
                Self::DeviceEnrollmentPlatformRestrictionsConfiguration(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.deviceEnrollmentWindowsHelloForBusinessConfiguration",
            ) => {
                Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.windows10EnrollmentCompletionPageConfiguration",
            ) => {
                Self::Windows10EnrollmentCompletionPageConfiguration(
                    rt::object::new_boxed(),
                )
            }
            _ => Self::DeviceEnrollmentConfiguration(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DeviceEnrollmentConfiguration(v) => &**v,
            Self::DeviceComanagementAuthorityConfiguration(v) => &**v,
            Self::DeviceEnrollmentLimitConfiguration(v) => &**v,
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => &**v,
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => &**v,
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DeviceEnrollmentConfiguration(v) => &mut **v,
            Self::DeviceComanagementAuthorityConfiguration(v) => &mut **v,
            Self::DeviceEnrollmentLimitConfiguration(v) => &mut **v,
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => &mut **v,
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => &mut **v,
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core)]
impl AnyDeviceEnrollmentConfiguration {
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
            Self::DeviceEnrollmentConfiguration(v) => &v.id,
            Self::DeviceComanagementAuthorityConfiguration(v) => &v.id,
            Self::DeviceEnrollmentLimitConfiguration(v) => &v.id,
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => &v.id,
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => &v.id,
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceEnrollmentConfiguration(v) => &mut v.id,
            Self::DeviceComanagementAuthorityConfiguration(v) => &mut v.id,
            Self::DeviceEnrollmentLimitConfiguration(v) => &mut v.id,
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => &mut v.id,
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => &mut v.id,
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DeviceEnrollmentConfiguration(v) => &v.created_date_time,
            Self::DeviceComanagementAuthorityConfiguration(v) => &v.created_date_time,
            Self::DeviceEnrollmentLimitConfiguration(v) => &v.created_date_time,
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => {
                &v.created_date_time
            }
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => {
                &v.created_date_time
            }
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => {
                &v.created_date_time
            }
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DeviceEnrollmentConfiguration(v) => &mut v.created_date_time,
            Self::DeviceComanagementAuthorityConfiguration(v) => &mut v.created_date_time,
            Self::DeviceEnrollmentLimitConfiguration(v) => &mut v.created_date_time,
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => {
                &mut v.created_date_time
            }
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => {
                &mut v.created_date_time
            }
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => {
                &mut v.created_date_time
            }
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceEnrollmentConfiguration(v) => &v.description,
            Self::DeviceComanagementAuthorityConfiguration(v) => &v.description,
            Self::DeviceEnrollmentLimitConfiguration(v) => &v.description,
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => &v.description,
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => {
                &v.description
            }
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceEnrollmentConfiguration(v) => &mut v.description,
            Self::DeviceComanagementAuthorityConfiguration(v) => &mut v.description,
            Self::DeviceEnrollmentLimitConfiguration(v) => &mut v.description,
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => {
                &mut v.description
            }
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => {
                &mut v.description
            }
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceEnrollmentConfiguration(v) => &v.display_name,
            Self::DeviceComanagementAuthorityConfiguration(v) => &v.display_name,
            Self::DeviceEnrollmentLimitConfiguration(v) => &v.display_name,
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => &v.display_name,
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => {
                &v.display_name
            }
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceEnrollmentConfiguration(v) => &mut v.display_name,
            Self::DeviceComanagementAuthorityConfiguration(v) => &mut v.display_name,
            Self::DeviceEnrollmentLimitConfiguration(v) => &mut v.display_name,
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => {
                &mut v.display_name
            }
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => {
                &mut v.display_name
            }
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => {
                &mut v.display_name
            }
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DeviceEnrollmentConfiguration(v) => &v.last_modified_date_time,
            Self::DeviceComanagementAuthorityConfiguration(v) => {
                &v.last_modified_date_time
            }
            Self::DeviceEnrollmentLimitConfiguration(v) => &v.last_modified_date_time,
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => {
                &v.last_modified_date_time
            }
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => {
                &v.last_modified_date_time
            }
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => {
                &v.last_modified_date_time
            }
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DeviceEnrollmentConfiguration(v) => &mut v.last_modified_date_time,
            Self::DeviceComanagementAuthorityConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::DeviceEnrollmentLimitConfiguration(v) => &mut v.last_modified_date_time,
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => {
                &mut v.last_modified_date_time
            }
        }
    }
    /// `priority` of any variant.
    #[inline]
    pub fn priority(&self) -> &rt::Field<i32> {
        match self {
            Self::DeviceEnrollmentConfiguration(v) => &v.priority,
            Self::DeviceComanagementAuthorityConfiguration(v) => &v.priority,
            Self::DeviceEnrollmentLimitConfiguration(v) => &v.priority,
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => &v.priority,
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => &v.priority,
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => &v.priority,
        }
    }
    /// `priority` of any variant.
    #[inline]
    pub fn priority_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::DeviceEnrollmentConfiguration(v) => &mut v.priority,
            Self::DeviceComanagementAuthorityConfiguration(v) => &mut v.priority,
            Self::DeviceEnrollmentLimitConfiguration(v) => &mut v.priority,
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => &mut v.priority,
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => {
                &mut v.priority
            }
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => &mut v.priority,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::DeviceEnrollmentConfiguration(v) => &v.role_scope_tag_ids,
            Self::DeviceComanagementAuthorityConfiguration(v) => &v.role_scope_tag_ids,
            Self::DeviceEnrollmentLimitConfiguration(v) => &v.role_scope_tag_ids,
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => {
                &v.role_scope_tag_ids
            }
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => {
                &v.role_scope_tag_ids
            }
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => {
                &v.role_scope_tag_ids
            }
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::DeviceEnrollmentConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::DeviceComanagementAuthorityConfiguration(v) => {
                &mut v.role_scope_tag_ids
            }
            Self::DeviceEnrollmentLimitConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => {
                &mut v.role_scope_tag_ids
            }
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => {
                &mut v.role_scope_tag_ids
            }
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => {
                &mut v.role_scope_tag_ids
            }
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<i32> {
        match self {
            Self::DeviceEnrollmentConfiguration(v) => &v.version,
            Self::DeviceComanagementAuthorityConfiguration(v) => &v.version,
            Self::DeviceEnrollmentLimitConfiguration(v) => &v.version,
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => &v.version,
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => &v.version,
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::DeviceEnrollmentConfiguration(v) => &mut v.version,
            Self::DeviceComanagementAuthorityConfiguration(v) => &mut v.version,
            Self::DeviceEnrollmentLimitConfiguration(v) => &mut v.version,
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => &mut v.version,
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => {
                &mut v.version
            }
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => &mut v.version,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::EnrollmentConfigurationAssignment>> {
        match self {
            Self::DeviceEnrollmentConfiguration(v) => &v.assignments,
            Self::DeviceComanagementAuthorityConfiguration(v) => &v.assignments,
            Self::DeviceEnrollmentLimitConfiguration(v) => &v.assignments,
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => &v.assignments,
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => {
                &v.assignments
            }
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::beta::EnrollmentConfigurationAssignment>,
    > {
        match self {
            Self::DeviceEnrollmentConfiguration(v) => &mut v.assignments,
            Self::DeviceComanagementAuthorityConfiguration(v) => &mut v.assignments,
            Self::DeviceEnrollmentLimitConfiguration(v) => &mut v.assignments,
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => {
                &mut v.assignments
            }
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => {
                &mut v.assignments
            }
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => &mut v.assignments,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_poly!(AnyDeviceEnrollmentConfiguration);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDeviceEnrollmentConfiguration);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.deviceEnrollmentFailureReason`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceEnrollmentFailureReason {
    /// `unknown` (value 0).
    Unknown,
    /// `authentication` (value 1).
    Authentication,
    /// `authorization` (value 2).
    Authorization,
    /// `accountValidation` (value 3).
    AccountValidation,
    /// `userValidation` (value 4).
    UserValidation,
    /// `deviceNotSupported` (value 5).
    DeviceNotSupported,
    /// `inMaintenance` (value 6).
    InMaintenance,
    /// `badRequest` (value 7).
    BadRequest,
    /// `featureNotSupported` (value 8).
    FeatureNotSupported,
    /// `enrollmentRestrictionsEnforced` (value 9).
    EnrollmentRestrictionsEnforced,
    /// `clientDisconnected` (value 10).
    ClientDisconnected,
    /// `userAbandonment` (value 11).
    UserAbandonment,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for DeviceEnrollmentFailureReason {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceEnrollmentFailureReason";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "authentication",
        "authorization",
        "accountValidation",
        "userValidation",
        "deviceNotSupported",
        "inMaintenance",
        "badRequest",
        "featureNotSupported",
        "enrollmentRestrictionsEnforced",
        "clientDisconnected",
        "userAbandonment",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "authentication" => Self::Authentication,
                "authorization" => Self::Authorization,
                "accountValidation" => Self::AccountValidation,
                "userValidation" => Self::UserValidation,
                "deviceNotSupported" => Self::DeviceNotSupported,
                "inMaintenance" => Self::InMaintenance,
                "badRequest" => Self::BadRequest,
                "featureNotSupported" => Self::FeatureNotSupported,
                "enrollmentRestrictionsEnforced" => Self::EnrollmentRestrictionsEnforced,
                "clientDisconnected" => Self::ClientDisconnected,
                "userAbandonment" => Self::UserAbandonment,
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
            Self::Authentication => "authentication",
            Self::Authorization => "authorization",
            Self::AccountValidation => "accountValidation",
            Self::UserValidation => "userValidation",
            Self::DeviceNotSupported => "deviceNotSupported",
            Self::InMaintenance => "inMaintenance",
            Self::BadRequest => "badRequest",
            Self::FeatureNotSupported => "featureNotSupported",
            Self::EnrollmentRestrictionsEnforced => "enrollmentRestrictionsEnforced",
            Self::ClientDisconnected => "clientDisconnected",
            Self::UserAbandonment => "userAbandonment",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(DeviceEnrollmentFailureReason);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceEnrollmentFailureReason);
#[cfg(msgraph_beta_core)]
/// Device Enrollment Configuration that restricts the number of devices a user can enroll
///
/// CSDL: `microsoft.graph.deviceEnrollmentLimitConfiguration`, entity type, derived from `microsoft.graph.deviceEnrollmentConfiguration`, key `id`.
///
/// Request builders: [`DeviceEnrollmentConfigurationPath`](requests/trait.DeviceEnrollmentConfigurationPath.html), what a path to one (`EntityPath<DeviceEnrollmentLimitConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DeviceEnrollmentLimitConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Created date time in UTC of the device enrollment configuration
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The description of the device enrollment configuration
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The display name of the device enrollment configuration
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Last modified date time in UTC of the device enrollment configuration
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Priority is used when a user exists in multiple groups that are assigned enrollment configuration. Users are subject only to the configuration with the lowest priority value.
    ///
    /// CSDL: property `priority`: `Edm.Int32`, not nullable.
    pub priority: rt::Field<i32>,
    /// Optional role scope tags for the enrollment restrictions.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The version of the device enrollment configuration
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of group assignments for the device configuration profile
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.enrollmentConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::EnrollmentConfigurationAssignment>,
    >,
    /// The maximum number of devices that a user can enroll
    ///
    /// CSDL: property `limit`: `Edm.Int32`, not nullable.
    pub limit: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for DeviceEnrollmentLimitConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            priority: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            limit: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DeviceEnrollmentLimitConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceEnrollmentLimitConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "priority",
        "roleScopeTagIds",
        "version",
        "assignments",
        "limit",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"priority\":                     ",
        ",\"roleScopeTagIds\":              ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"limit\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceEnrollmentLimitConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "priority", &self.priority);
        v.field(6usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(7usize, "version", &self.version);
        v.field(8usize, "assignments", &self.assignments);
        v.field(9usize, "limit", &self.limit);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for DeviceEnrollmentLimitConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.priority.read_from(r),
            6usize => self.role_scope_tag_ids.read_from(r),
            7usize => self.version.read_from(r),
            8usize => self.assignments.read_from(r),
            9usize => self.limit.read_from(r),
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
        w.field(5usize, &self.priority);
        w.field(6usize, &self.role_scope_tag_ids);
        w.field(7usize, &self.version);
        w.field(8usize, &self.assignments);
        w.field(9usize, &self.limit);
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
rt::impl_object!(DeviceEnrollmentLimitConfiguration);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DeviceEnrollmentLimitConfiguration { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_priority priority : i32; with_role_scope_tag_ids
    role_scope_tag_ids : ::std::vec::Vec < ::std::string::String >; with_version version
    : i32; with_assignments assignments : ::std::vec::Vec < crate
    ::beta::EnrollmentConfigurationAssignment >; with_limit limit : i32; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceEnrollmentLimitConfiguration);
#[cfg(msgraph_beta_core)]
/// Platform specific enrollment restrictions
///
/// CSDL: `microsoft.graph.deviceEnrollmentPlatformRestriction`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DeviceEnrollmentPlatformRestriction {
    /// Collection of blocked Manufacturers.
    ///
    /// CSDL: property `blockedManufacturers`: `Collection(Edm.String)`, nullable.
    pub blocked_manufacturers: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Collection of blocked Skus.
    ///
    /// CSDL: property `blockedSkus`: `Collection(Edm.String)`, nullable.
    pub blocked_skus: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Max OS version supported
    ///
    /// CSDL: property `osMaximumVersion`: `Edm.String`, nullable.
    pub os_maximum_version: rt::Field<::std::string::String>,
    /// Min OS version supported
    ///
    /// CSDL: property `osMinimumVersion`: `Edm.String`, nullable.
    pub os_minimum_version: rt::Field<::std::string::String>,
    /// Block personally owned devices from enrolling
    ///
    /// CSDL: property `personalDeviceEnrollmentBlocked`: `Edm.Boolean`, not nullable.
    pub personal_device_enrollment_blocked: rt::Field<bool>,
    /// Block the platform from enrolling
    ///
    /// CSDL: property `platformBlocked`: `Edm.Boolean`, not nullable.
    pub platform_blocked: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for DeviceEnrollmentPlatformRestriction {
    #[inline]
    fn default() -> Self {
        Self {
            blocked_manufacturers: rt::Field::Absent,
            blocked_skus: rt::Field::Absent,
            os_maximum_version: rt::Field::Absent,
            os_minimum_version: rt::Field::Absent,
            personal_device_enrollment_blocked: rt::Field::Absent,
            platform_blocked: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DeviceEnrollmentPlatformRestriction {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceEnrollmentPlatformRestriction";
    const KEYS: &'static [&'static str] = &[
        "blockedManufacturers",
        "blockedSkus",
        "osMaximumVersion",
        "osMinimumVersion",
        "personalDeviceEnrollmentBlocked",
        "platformBlocked",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"blockedManufacturers\":         ",
        ",\"blockedSkus\":                  ",
        ",\"osMaximumVersion\":             ",
        ",\"osMinimumVersion\":             ",
        ",\"personalDeviceEnrollmentBlocked\":",
        ",\"platformBlocked\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceEnrollmentPlatformRestriction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "blocked_manufacturers", &self.blocked_manufacturers);
        v.field(1usize, "blocked_skus", &self.blocked_skus);
        v.field(2usize, "os_maximum_version", &self.os_maximum_version);
        v.field(3usize, "os_minimum_version", &self.os_minimum_version);
        v.field(
            4usize,
            "personal_device_enrollment_blocked",
            &self.personal_device_enrollment_blocked,
        );
        v.field(5usize, "platform_blocked", &self.platform_blocked);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for DeviceEnrollmentPlatformRestriction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.blocked_manufacturers.read_from(r),
            1usize => self.blocked_skus.read_from(r),
            2usize => self.os_maximum_version.read_from(r),
            3usize => self.os_minimum_version.read_from(r),
            4usize => self.personal_device_enrollment_blocked.read_from(r),
            5usize => self.platform_blocked.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.blocked_manufacturers);
        w.field(1usize, &self.blocked_skus);
        w.field(2usize, &self.os_maximum_version);
        w.field(3usize, &self.os_minimum_version);
        w.field(4usize, &self.personal_device_enrollment_blocked);
        w.field(5usize, &self.platform_blocked);
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
rt::impl_object!(DeviceEnrollmentPlatformRestriction);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DeviceEnrollmentPlatformRestriction { with_blocked_manufacturers
    blocked_manufacturers : ::std::vec::Vec < ::std::string::String >; with_blocked_skus
    blocked_skus : ::std::vec::Vec < ::std::string::String >; with_os_maximum_version
    os_maximum_version : ::std::string::String; with_os_minimum_version
    os_minimum_version : ::std::string::String; with_personal_device_enrollment_blocked
    personal_device_enrollment_blocked : bool; with_platform_blocked platform_blocked :
    bool; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceEnrollmentPlatformRestriction);
#[cfg(msgraph_beta_core)]
/// Device Enrollment Configuration that restricts the types of devices a user can enroll
///
/// CSDL: `microsoft.graph.deviceEnrollmentPlatformRestrictionsConfiguration`, entity type, derived from `microsoft.graph.deviceEnrollmentConfiguration`, key `id`.
///
/// Request builders: [`DeviceEnrollmentPlatformRestrictionsConfigurationPath`](requests/trait.DeviceEnrollmentPlatformRestrictionsConfigurationPath.html), what a path to one (`EntityPath<DeviceEnrollmentPlatformRestrictionsConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DeviceEnrollmentPlatformRestrictionsConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Created date time in UTC of the device enrollment configuration
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The description of the device enrollment configuration
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The display name of the device enrollment configuration
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Last modified date time in UTC of the device enrollment configuration
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Priority is used when a user exists in multiple groups that are assigned enrollment configuration. Users are subject only to the configuration with the lowest priority value.
    ///
    /// CSDL: property `priority`: `Edm.Int32`, not nullable.
    pub priority: rt::Field<i32>,
    /// Optional role scope tags for the enrollment restrictions.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The version of the device enrollment configuration
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of group assignments for the device configuration profile
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.enrollmentConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::EnrollmentConfigurationAssignment>,
    >,
    /// Android for work restrictions based on platform, platform operating system version, and device ownership
    ///
    /// CSDL: property `androidForWorkRestriction`: `microsoft.graph.deviceEnrollmentPlatformRestriction`, nullable.
    pub android_for_work_restriction: rt::Field<
        crate::beta::DeviceEnrollmentPlatformRestriction,
    >,
    /// Android restrictions based on platform, platform operating system version, and device ownership
    ///
    /// CSDL: property `androidRestriction`: `microsoft.graph.deviceEnrollmentPlatformRestriction`, nullable.
    pub android_restriction: rt::Field<crate::beta::DeviceEnrollmentPlatformRestriction>,
    /// AOSP restrictions based on platform, platform operating system version, and device ownership
    ///
    /// CSDL: property `aospRestriction`: `microsoft.graph.deviceEnrollmentPlatformRestriction`, nullable.
    pub aosp_restriction: rt::Field<crate::beta::DeviceEnrollmentPlatformRestriction>,
    /// Ios restrictions based on platform, platform operating system version, and device ownership
    ///
    /// CSDL: property `iosRestriction`: `microsoft.graph.deviceEnrollmentPlatformRestriction`, nullable.
    pub ios_restriction: rt::Field<crate::beta::DeviceEnrollmentPlatformRestriction>,
    /// Mac restrictions based on platform, platform operating system version, and device ownership
    ///
    /// CSDL: property `macOSRestriction`: `microsoft.graph.deviceEnrollmentPlatformRestriction`, nullable.
    pub mac_os_restriction: rt::Field<crate::beta::DeviceEnrollmentPlatformRestriction>,
    /// Mac restrictions based on platform, platform operating system version, and device ownership
    ///
    /// CSDL: property `macRestriction`: `microsoft.graph.deviceEnrollmentPlatformRestriction`, nullable.
    pub mac_restriction: rt::Field<crate::beta::DeviceEnrollmentPlatformRestriction>,
    /// Windows Home Sku restrictions based on platform, platform operating system version, and device ownership
    ///
    /// CSDL: property `windowsHomeSkuRestriction`: `microsoft.graph.deviceEnrollmentPlatformRestriction`, nullable.
    pub windows_home_sku_restriction: rt::Field<
        crate::beta::DeviceEnrollmentPlatformRestriction,
    >,
    /// Windows mobile restrictions based on platform, platform operating system version, and device ownership
    ///
    /// CSDL: property `windowsMobileRestriction`: `microsoft.graph.deviceEnrollmentPlatformRestriction`, nullable.
    pub windows_mobile_restriction: rt::Field<
        crate::beta::DeviceEnrollmentPlatformRestriction,
    >,
    /// Windows restrictions based on platform, platform operating system version, and device ownership
    ///
    /// CSDL: property `windowsRestriction`: `microsoft.graph.deviceEnrollmentPlatformRestriction`, nullable.
    pub windows_restriction: rt::Field<crate::beta::DeviceEnrollmentPlatformRestriction>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for DeviceEnrollmentPlatformRestrictionsConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            priority: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            android_for_work_restriction: rt::Field::Absent,
            android_restriction: rt::Field::Absent,
            aosp_restriction: rt::Field::Absent,
            ios_restriction: rt::Field::Absent,
            mac_os_restriction: rt::Field::Absent,
            mac_restriction: rt::Field::Absent,
            windows_home_sku_restriction: rt::Field::Absent,
            windows_mobile_restriction: rt::Field::Absent,
            windows_restriction: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DeviceEnrollmentPlatformRestrictionsConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceEnrollmentPlatformRestrictionsConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "priority",
        "roleScopeTagIds",
        "version",
        "assignments",
        "androidForWorkRestriction",
        "androidRestriction",
        "aospRestriction",
        "iosRestriction",
        "macOSRestriction",
        "macRestriction",
        "windowsHomeSkuRestriction",
        "windowsMobileRestriction",
        "windowsRestriction",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"priority\":                     ",
        ",\"roleScopeTagIds\":              ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"androidForWorkRestriction\":    ",
        ",\"androidRestriction\":           ",
        ",\"aospRestriction\":              ",
        ",\"iosRestriction\":               ",
        ",\"macOSRestriction\":             ",
        ",\"macRestriction\":               ",
        ",\"windowsHomeSkuRestriction\":    ",
        ",\"windowsMobileRestriction\":     ",
        ",\"windowsRestriction\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceEnrollmentPlatformRestrictionsConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "priority", &self.priority);
        v.field(6usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(7usize, "version", &self.version);
        v.field(8usize, "assignments", &self.assignments);
        v.field(
            9usize,
            "android_for_work_restriction",
            &self.android_for_work_restriction,
        );
        v.field(10usize, "android_restriction", &self.android_restriction);
        v.field(11usize, "aosp_restriction", &self.aosp_restriction);
        v.field(12usize, "ios_restriction", &self.ios_restriction);
        v.field(13usize, "mac_os_restriction", &self.mac_os_restriction);
        v.field(14usize, "mac_restriction", &self.mac_restriction);
        v.field(
            15usize,
            "windows_home_sku_restriction",
            &self.windows_home_sku_restriction,
        );
        v.field(16usize, "windows_mobile_restriction", &self.windows_mobile_restriction);
        v.field(17usize, "windows_restriction", &self.windows_restriction);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for DeviceEnrollmentPlatformRestrictionsConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.priority.read_from(r),
            6usize => self.role_scope_tag_ids.read_from(r),
            7usize => self.version.read_from(r),
            8usize => self.assignments.read_from(r),
            9usize => self.android_for_work_restriction.read_from(r),
            10usize => self.android_restriction.read_from(r),
            11usize => self.aosp_restriction.read_from(r),
            12usize => self.ios_restriction.read_from(r),
            13usize => self.mac_os_restriction.read_from(r),
            14usize => self.mac_restriction.read_from(r),
            15usize => self.windows_home_sku_restriction.read_from(r),
            16usize => self.windows_mobile_restriction.read_from(r),
            17usize => self.windows_restriction.read_from(r),
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
        w.field(5usize, &self.priority);
        w.field(6usize, &self.role_scope_tag_ids);
        w.field(7usize, &self.version);
        w.field(8usize, &self.assignments);
        w.field(9usize, &self.android_for_work_restriction);
        w.field(10usize, &self.android_restriction);
        w.field(11usize, &self.aosp_restriction);
        w.field(12usize, &self.ios_restriction);
        w.field(13usize, &self.mac_os_restriction);
        w.field(14usize, &self.mac_restriction);
        w.field(15usize, &self.windows_home_sku_restriction);
        w.field(16usize, &self.windows_mobile_restriction);
        w.field(17usize, &self.windows_restriction);
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
rt::impl_object!(DeviceEnrollmentPlatformRestrictionsConfiguration);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DeviceEnrollmentPlatformRestrictionsConfiguration { with_id id :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_priority priority : i32;
    with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec < ::std::string::String
    >; with_version version : i32; with_assignments assignments : ::std::vec::Vec < crate
    ::beta::EnrollmentConfigurationAssignment >; with_android_for_work_restriction
    android_for_work_restriction : crate ::beta::DeviceEnrollmentPlatformRestriction;
    with_android_restriction android_restriction : crate
    ::beta::DeviceEnrollmentPlatformRestriction; with_aosp_restriction aosp_restriction :
    crate ::beta::DeviceEnrollmentPlatformRestriction; with_ios_restriction
    ios_restriction : crate ::beta::DeviceEnrollmentPlatformRestriction;
    with_mac_os_restriction mac_os_restriction : crate
    ::beta::DeviceEnrollmentPlatformRestriction; with_mac_restriction mac_restriction :
    crate ::beta::DeviceEnrollmentPlatformRestriction; with_windows_home_sku_restriction
    windows_home_sku_restriction : crate ::beta::DeviceEnrollmentPlatformRestriction;
    with_windows_mobile_restriction windows_mobile_restriction : crate
    ::beta::DeviceEnrollmentPlatformRestriction; with_windows_restriction
    windows_restriction : crate ::beta::DeviceEnrollmentPlatformRestriction; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceEnrollmentPlatformRestrictionsConfiguration);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.deviceEnrollmentType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceEnrollmentType {
    /// `unknown` (value 0).
    Unknown,
    /// `userEnrollment` (value 1).
    UserEnrollment,
    /// `deviceEnrollmentManager` (value 2).
    DeviceEnrollmentManager,
    /// `appleBulkWithUser` (value 3).
    AppleBulkWithUser,
    /// `appleBulkWithoutUser` (value 4).
    AppleBulkWithoutUser,
    /// `windowsAzureADJoin` (value 5).
    WindowsAzureAdJoin,
    /// `windowsBulkUserless` (value 6).
    WindowsBulkUserless,
    /// `windowsAutoEnrollment` (value 7).
    WindowsAutoEnrollment,
    /// `windowsBulkAzureDomainJoin` (value 8).
    WindowsBulkAzureDomainJoin,
    /// `windowsCoManagement` (value 9).
    WindowsCoManagement,
    /// `windowsAzureADJoinUsingDeviceAuth` (value 10).
    WindowsAzureAdJoinUsingDeviceAuth,
    /// `appleUserEnrollment` (value 11).
    AppleUserEnrollment,
    /// `appleUserEnrollmentWithServiceAccount` (value 12).
    AppleUserEnrollmentWithServiceAccount,
    /// `azureAdJoinUsingAzureVmExtension` (value 14).
    AzureAdJoinUsingAzureVmExtension,
    /// `androidEnterpriseDedicatedDevice` (value 15).
    AndroidEnterpriseDedicatedDevice,
    /// `androidEnterpriseFullyManaged` (value 16).
    AndroidEnterpriseFullyManaged,
    /// `androidEnterpriseCorporateWorkProfile` (value 17).
    AndroidEnterpriseCorporateWorkProfile,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for DeviceEnrollmentType {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceEnrollmentType";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "userEnrollment",
        "deviceEnrollmentManager",
        "appleBulkWithUser",
        "appleBulkWithoutUser",
        "windowsAzureADJoin",
        "windowsBulkUserless",
        "windowsAutoEnrollment",
        "windowsBulkAzureDomainJoin",
        "windowsCoManagement",
        "windowsAzureADJoinUsingDeviceAuth",
        "appleUserEnrollment",
        "appleUserEnrollmentWithServiceAccount",
        "azureAdJoinUsingAzureVmExtension",
        "androidEnterpriseDedicatedDevice",
        "androidEnterpriseFullyManaged",
        "androidEnterpriseCorporateWorkProfile",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "userEnrollment" => Self::UserEnrollment,
                "deviceEnrollmentManager" => Self::DeviceEnrollmentManager,
                "appleBulkWithUser" => Self::AppleBulkWithUser,
                "appleBulkWithoutUser" => Self::AppleBulkWithoutUser,
                "windowsAzureADJoin" => Self::WindowsAzureAdJoin,
                "windowsBulkUserless" => Self::WindowsBulkUserless,
                "windowsAutoEnrollment" => Self::WindowsAutoEnrollment,
                "windowsBulkAzureDomainJoin" => Self::WindowsBulkAzureDomainJoin,
                "windowsCoManagement" => Self::WindowsCoManagement,
                "windowsAzureADJoinUsingDeviceAuth" => {
                    Self::WindowsAzureAdJoinUsingDeviceAuth
                }
                "appleUserEnrollment" => Self::AppleUserEnrollment,
                "appleUserEnrollmentWithServiceAccount" => {
                    Self::AppleUserEnrollmentWithServiceAccount
                }
                "azureAdJoinUsingAzureVmExtension" => {
                    Self::AzureAdJoinUsingAzureVmExtension
                }
                "androidEnterpriseDedicatedDevice" => {
                    Self::AndroidEnterpriseDedicatedDevice
                }
                "androidEnterpriseFullyManaged" => Self::AndroidEnterpriseFullyManaged,
                "androidEnterpriseCorporateWorkProfile" => {
                    Self::AndroidEnterpriseCorporateWorkProfile
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
            Self::UserEnrollment => "userEnrollment",
            Self::DeviceEnrollmentManager => "deviceEnrollmentManager",
            Self::AppleBulkWithUser => "appleBulkWithUser",
            Self::AppleBulkWithoutUser => "appleBulkWithoutUser",
            Self::WindowsAzureAdJoin => "windowsAzureADJoin",
            Self::WindowsBulkUserless => "windowsBulkUserless",
            Self::WindowsAutoEnrollment => "windowsAutoEnrollment",
            Self::WindowsBulkAzureDomainJoin => "windowsBulkAzureDomainJoin",
            Self::WindowsCoManagement => "windowsCoManagement",
            Self::WindowsAzureAdJoinUsingDeviceAuth => {
                "windowsAzureADJoinUsingDeviceAuth"
            }
            Self::AppleUserEnrollment => "appleUserEnrollment",
            Self::AppleUserEnrollmentWithServiceAccount => {
                "appleUserEnrollmentWithServiceAccount"
            }
            Self::AzureAdJoinUsingAzureVmExtension => "azureAdJoinUsingAzureVmExtension",
            Self::AndroidEnterpriseDedicatedDevice => "androidEnterpriseDedicatedDevice",
            Self::AndroidEnterpriseFullyManaged => "androidEnterpriseFullyManaged",
            Self::AndroidEnterpriseCorporateWorkProfile => {
                "androidEnterpriseCorporateWorkProfile"
            }
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(DeviceEnrollmentType);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceEnrollmentType);
#[cfg(msgraph_beta_core)]
/// Windows Hello for Business settings lets users access their devices using a gesture, such as biometric authentication, or a PIN. Configure settings for enrolled Windows 10, Windows 10 Mobile and later.
///
/// CSDL: `microsoft.graph.deviceEnrollmentWindowsHelloForBusinessConfiguration`, entity type, derived from `microsoft.graph.deviceEnrollmentConfiguration`, key `id`.
///
/// Request builders: [`DeviceEnrollmentConfigurationPath`](requests/trait.DeviceEnrollmentConfigurationPath.html), what a path to one (`EntityPath<DeviceEnrollmentWindowsHelloForBusinessConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DeviceEnrollmentWindowsHelloForBusinessConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Created date time in UTC of the device enrollment configuration
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The description of the device enrollment configuration
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The display name of the device enrollment configuration
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Last modified date time in UTC of the device enrollment configuration
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Priority is used when a user exists in multiple groups that are assigned enrollment configuration. Users are subject only to the configuration with the lowest priority value.
    ///
    /// CSDL: property `priority`: `Edm.Int32`, not nullable.
    pub priority: rt::Field<i32>,
    /// Optional role scope tags for the enrollment restrictions.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The version of the device enrollment configuration
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of group assignments for the device configuration profile
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.enrollmentConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::EnrollmentConfigurationAssignment>,
    >,
    /// Controls the ability to use the anti-spoofing features for facial recognition on devices which support it. If set to disabled, anti-spoofing features are not allowed. If set to Not Configured, the user can choose whether they want to use anti-spoofing.
    ///
    /// CSDL: property `enhancedBiometricsState`: `microsoft.graph.enablement`, not nullable.
    pub enhanced_biometrics_state: rt::Field<crate::beta::Enablement>,
    /// Controls the period of time (in days) that a PIN can be used before the system requires the user to change it. This must be set between 0 and 730, inclusive. If set to 0, the user's PIN will never expire
    ///
    /// CSDL: property `pinExpirationInDays`: `Edm.Int32`, not nullable.
    pub pin_expiration_in_days: rt::Field<i32>,
    /// Controls the ability to use lowercase letters in the Windows Hello for Business PIN.  Allowed permits the use of lowercase letter(s), whereas Required ensures they are present. If set to Not Allowed, lowercase letters will not be permitted.
    ///
    /// CSDL: property `pinLowercaseCharactersUsage`: `microsoft.graph.windowsHelloForBusinessPinUsage`, not nullable.
    pub pin_lowercase_characters_usage: rt::Field<
        crate::beta::WindowsHelloForBusinessPinUsage,
    >,
    /// Controls the maximum number of characters allowed for the Windows Hello for Business PIN. This value must be between 4 and 127, inclusive. This value must be greater than or equal to the value set for the minimum PIN.
    ///
    /// CSDL: property `pinMaximumLength`: `Edm.Int32`, not nullable.
    pub pin_maximum_length: rt::Field<i32>,
    /// Controls the minimum number of characters required for the Windows Hello for Business PIN.  This value must be between 4 and 127, inclusive, and less than or equal to the value set for the maximum PIN.
    ///
    /// CSDL: property `pinMinimumLength`: `Edm.Int32`, not nullable.
    pub pin_minimum_length: rt::Field<i32>,
    /// Controls the ability to prevent users from using past PINs. This must be set between 0 and 50, inclusive, and the current PIN of the user is included in that count. If set to 0, previous PINs are not stored. PIN history is not preserved through a PIN reset.
    ///
    /// CSDL: property `pinPreviousBlockCount`: `Edm.Int32`, not nullable.
    pub pin_previous_block_count: rt::Field<i32>,
    /// Controls the ability to use special characters in the Windows Hello for Business PIN.  Allowed permits the use of special character(s), whereas Required ensures they are present. If set to Not Allowed, special character(s) will not be permitted.
    ///
    /// CSDL: property `pinSpecialCharactersUsage`: `microsoft.graph.windowsHelloForBusinessPinUsage`, not nullable.
    pub pin_special_characters_usage: rt::Field<
        crate::beta::WindowsHelloForBusinessPinUsage,
    >,
    /// Controls the ability to use uppercase letters in the Windows Hello for Business PIN.  Allowed permits the use of uppercase letter(s), whereas Required ensures they are present. If set to Not Allowed, uppercase letters will not be permitted.
    ///
    /// CSDL: property `pinUppercaseCharactersUsage`: `microsoft.graph.windowsHelloForBusinessPinUsage`, not nullable.
    pub pin_uppercase_characters_usage: rt::Field<
        crate::beta::WindowsHelloForBusinessPinUsage,
    >,
    /// Controls the use of Remote Windows Hello for Business. Remote Windows Hello for Business provides the ability for a portable, registered device to be usable as a companion for desktop authentication. The desktop must be Azure AD joined and the companion device must have a Windows Hello for Business PIN.
    ///
    /// CSDL: property `remotePassportEnabled`: `Edm.Boolean`, not nullable.
    pub remote_passport_enabled: rt::Field<bool>,
    /// Controls whether to require a Trusted Platform Module (TPM) for provisioning Windows Hello for Business. A TPM provides an additional security benefit in that data stored on it cannot be used on other devices. If set to False, all devices can provision Windows Hello for Business even if there is not a usable TPM.
    ///
    /// CSDL: property `securityDeviceRequired`: `Edm.Boolean`, not nullable.
    pub security_device_required: rt::Field<bool>,
    /// Security key for Sign In provides the capacity for remotely turning ON/OFF Windows Hello Sercurity Keyl Not configured will honor configurations done on the clinet.
    ///
    /// CSDL: property `securityKeyForSignIn`: `microsoft.graph.enablement`, not nullable.
    pub security_key_for_sign_in: rt::Field<crate::beta::Enablement>,
    /// Controls whether to allow the device to be configured for Windows Hello for Business. If set to disabled, the user cannot provision Windows Hello for Business except on Azure Active Directory joined mobile phones if otherwise required. If set to Not Configured, Intune will not override client defaults.
    ///
    /// CSDL: property `state`: `microsoft.graph.enablement`, not nullable.
    pub state: rt::Field<crate::beta::Enablement>,
    /// Controls the use of biometric gestures, such as face and fingerprint, as an alternative to the Windows Hello for Business PIN.  If set to False, biometric gestures are not allowed. Users must still configure a PIN as a backup in case of failures.
    ///
    /// CSDL: property `unlockWithBiometricsEnabled`: `Edm.Boolean`, not nullable.
    pub unlock_with_biometrics_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for DeviceEnrollmentWindowsHelloForBusinessConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            priority: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            enhanced_biometrics_state: rt::Field::Absent,
            pin_expiration_in_days: rt::Field::Absent,
            pin_lowercase_characters_usage: rt::Field::Absent,
            pin_maximum_length: rt::Field::Absent,
            pin_minimum_length: rt::Field::Absent,
            pin_previous_block_count: rt::Field::Absent,
            pin_special_characters_usage: rt::Field::Absent,
            pin_uppercase_characters_usage: rt::Field::Absent,
            remote_passport_enabled: rt::Field::Absent,
            security_device_required: rt::Field::Absent,
            security_key_for_sign_in: rt::Field::Absent,
            state: rt::Field::Absent,
            unlock_with_biometrics_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DeviceEnrollmentWindowsHelloForBusinessConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceEnrollmentWindowsHelloForBusinessConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "priority",
        "roleScopeTagIds",
        "version",
        "assignments",
        "enhancedBiometricsState",
        "pinExpirationInDays",
        "pinLowercaseCharactersUsage",
        "pinMaximumLength",
        "pinMinimumLength",
        "pinPreviousBlockCount",
        "pinSpecialCharactersUsage",
        "pinUppercaseCharactersUsage",
        "remotePassportEnabled",
        "securityDeviceRequired",
        "securityKeyForSignIn",
        "state",
        "unlockWithBiometricsEnabled",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"priority\":                     ",
        ",\"roleScopeTagIds\":              ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"enhancedBiometricsState\":      ",
        ",\"pinExpirationInDays\":          ",
        ",\"pinLowercaseCharactersUsage\":  ",
        ",\"pinMaximumLength\":             ",
        ",\"pinMinimumLength\":             ",
        ",\"pinPreviousBlockCount\":        ",
        ",\"pinSpecialCharactersUsage\":    ",
        ",\"pinUppercaseCharactersUsage\":  ",
        ",\"remotePassportEnabled\":        ",
        ",\"securityDeviceRequired\":       ",
        ",\"securityKeyForSignIn\":         ",
        ",\"state\":                        ",
        ",\"unlockWithBiometricsEnabled\":  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceEnrollmentWindowsHelloForBusinessConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "priority", &self.priority);
        v.field(6usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(7usize, "version", &self.version);
        v.field(8usize, "assignments", &self.assignments);
        v.field(9usize, "enhanced_biometrics_state", &self.enhanced_biometrics_state);
        v.field(10usize, "pin_expiration_in_days", &self.pin_expiration_in_days);
        v.field(
            11usize,
            "pin_lowercase_characters_usage",
            &self.pin_lowercase_characters_usage,
        );
        v.field(12usize, "pin_maximum_length", &self.pin_maximum_length);
        v.field(13usize, "pin_minimum_length", &self.pin_minimum_length);
        v.field(14usize, "pin_previous_block_count", &self.pin_previous_block_count);
        v.field(
            15usize,
            "pin_special_characters_usage",
            &self.pin_special_characters_usage,
        );
        v.field(
            16usize,
            "pin_uppercase_characters_usage",
            &self.pin_uppercase_characters_usage,
        );
        v.field(17usize, "remote_passport_enabled", &self.remote_passport_enabled);
        v.field(18usize, "security_device_required", &self.security_device_required);
        v.field(19usize, "security_key_for_sign_in", &self.security_key_for_sign_in);
        v.field(20usize, "state", &self.state);
        v.field(
            21usize,
            "unlock_with_biometrics_enabled",
            &self.unlock_with_biometrics_enabled,
        );
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for DeviceEnrollmentWindowsHelloForBusinessConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.priority.read_from(r),
            6usize => self.role_scope_tag_ids.read_from(r),
            7usize => self.version.read_from(r),
            8usize => self.assignments.read_from(r),
            9usize => self.enhanced_biometrics_state.read_from(r),
            10usize => self.pin_expiration_in_days.read_from(r),
            11usize => self.pin_lowercase_characters_usage.read_from(r),
            12usize => self.pin_maximum_length.read_from(r),
            13usize => self.pin_minimum_length.read_from(r),
            14usize => self.pin_previous_block_count.read_from(r),
            15usize => self.pin_special_characters_usage.read_from(r),
            16usize => self.pin_uppercase_characters_usage.read_from(r),
            17usize => self.remote_passport_enabled.read_from(r),
            18usize => self.security_device_required.read_from(r),
            19usize => self.security_key_for_sign_in.read_from(r),
            20usize => self.state.read_from(r),
            21usize => self.unlock_with_biometrics_enabled.read_from(r),
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
        w.field(5usize, &self.priority);
        w.field(6usize, &self.role_scope_tag_ids);
        w.field(7usize, &self.version);
        w.field(8usize, &self.assignments);
        w.field(9usize, &self.enhanced_biometrics_state);
        w.field(10usize, &self.pin_expiration_in_days);
        w.field(11usize, &self.pin_lowercase_characters_usage);
        w.field(12usize, &self.pin_maximum_length);
        w.field(13usize, &self.pin_minimum_length);
        w.field(14usize, &self.pin_previous_block_count);
        w.field(15usize, &self.pin_special_characters_usage);
        w.field(16usize, &self.pin_uppercase_characters_usage);
        w.field(17usize, &self.remote_passport_enabled);
        w.field(18usize, &self.security_device_required);
        w.field(19usize, &self.security_key_for_sign_in);
        w.field(20usize, &self.state);
        w.field(21usize, &self.unlock_with_biometrics_enabled);
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
rt::impl_object!(DeviceEnrollmentWindowsHelloForBusinessConfiguration);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DeviceEnrollmentWindowsHelloForBusinessConfiguration { with_id id :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_priority priority : i32;
    with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec < ::std::string::String
    >; with_version version : i32; with_assignments assignments : ::std::vec::Vec < crate
    ::beta::EnrollmentConfigurationAssignment >; with_enhanced_biometrics_state
    enhanced_biometrics_state : crate ::beta::Enablement; with_pin_expiration_in_days
    pin_expiration_in_days : i32; with_pin_lowercase_characters_usage
    pin_lowercase_characters_usage : crate ::beta::WindowsHelloForBusinessPinUsage;
    with_pin_maximum_length pin_maximum_length : i32; with_pin_minimum_length
    pin_minimum_length : i32; with_pin_previous_block_count pin_previous_block_count :
    i32; with_pin_special_characters_usage pin_special_characters_usage : crate
    ::beta::WindowsHelloForBusinessPinUsage; with_pin_uppercase_characters_usage
    pin_uppercase_characters_usage : crate ::beta::WindowsHelloForBusinessPinUsage;
    with_remote_passport_enabled remote_passport_enabled : bool;
    with_security_device_required security_device_required : bool;
    with_security_key_for_sign_in security_key_for_sign_in : crate ::beta::Enablement;
    with_state state : crate ::beta::Enablement; with_unlock_with_biometrics_enabled
    unlock_with_biometrics_enabled : bool; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceEnrollmentWindowsHelloForBusinessConfiguration);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.deviceGuardLocalSystemAuthorityCredentialGuardState`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceGuardLocalSystemAuthorityCredentialGuardState {
    /// `running` (value 0).
    Running,
    /// `rebootRequired` (value 1).
    RebootRequired,
    /// `notLicensed` (value 2).
    NotLicensed,
    /// `notConfigured` (value 3).
    NotConfigured,
    /// `virtualizationBasedSecurityNotRunning` (value 4).
    VirtualizationBasedSecurityNotRunning,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for DeviceGuardLocalSystemAuthorityCredentialGuardState {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceGuardLocalSystemAuthorityCredentialGuardState";
    const MEMBERS: &'static [&'static str] = &[
        "running",
        "rebootRequired",
        "notLicensed",
        "notConfigured",
        "virtualizationBasedSecurityNotRunning",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "running" => Self::Running,
                "rebootRequired" => Self::RebootRequired,
                "notLicensed" => Self::NotLicensed,
                "notConfigured" => Self::NotConfigured,
                "virtualizationBasedSecurityNotRunning" => {
                    Self::VirtualizationBasedSecurityNotRunning
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
            Self::Running => "running",
            Self::RebootRequired => "rebootRequired",
            Self::NotLicensed => "notLicensed",
            Self::NotConfigured => "notConfigured",
            Self::VirtualizationBasedSecurityNotRunning => {
                "virtualizationBasedSecurityNotRunning"
            }
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(DeviceGuardLocalSystemAuthorityCredentialGuardState);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceGuardLocalSystemAuthorityCredentialGuardState);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.deviceGuardVirtualizationBasedSecurityHardwareRequirementState`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceGuardVirtualizationBasedSecurityHardwareRequirementState {
    /// `meetHardwareRequirements` (value 0).
    MeetHardwareRequirements,
    /// `secureBootRequired` (value 1).
    SecureBootRequired,
    /// `dmaProtectionRequired` (value 2).
    DmaProtectionRequired,
    /// `hyperVNotSupportedForGuestVM` (value 4).
    HyperVNotSupportedForGuestVm,
    /// `hyperVNotAvailable` (value 8).
    HyperVNotAvailable,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for DeviceGuardVirtualizationBasedSecurityHardwareRequirementState {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceGuardVirtualizationBasedSecurityHardwareRequirementState";
    const MEMBERS: &'static [&'static str] = &[
        "meetHardwareRequirements",
        "secureBootRequired",
        "dmaProtectionRequired",
        "hyperVNotSupportedForGuestVM",
        "hyperVNotAvailable",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "meetHardwareRequirements" => Self::MeetHardwareRequirements,
                "secureBootRequired" => Self::SecureBootRequired,
                "dmaProtectionRequired" => Self::DmaProtectionRequired,
                "hyperVNotSupportedForGuestVM" => Self::HyperVNotSupportedForGuestVm,
                "hyperVNotAvailable" => Self::HyperVNotAvailable,
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
            Self::MeetHardwareRequirements => "meetHardwareRequirements",
            Self::SecureBootRequired => "secureBootRequired",
            Self::DmaProtectionRequired => "dmaProtectionRequired",
            Self::HyperVNotSupportedForGuestVm => "hyperVNotSupportedForGuestVM",
            Self::HyperVNotAvailable => "hyperVNotAvailable",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(DeviceGuardVirtualizationBasedSecurityHardwareRequirementState);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceGuardVirtualizationBasedSecurityHardwareRequirementState);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.deviceGuardVirtualizationBasedSecurityState`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceGuardVirtualizationBasedSecurityState {
    /// `running` (value 0).
    Running,
    /// `rebootRequired` (value 1).
    RebootRequired,
    /// `require64BitArchitecture` (value 2).
    Require64BitArchitecture,
    /// `notLicensed` (value 3).
    NotLicensed,
    /// `notConfigured` (value 4).
    NotConfigured,
    /// `doesNotMeetHardwareRequirements` (value 5).
    DoesNotMeetHardwareRequirements,
    /// `other` (value 42).
    Other,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for DeviceGuardVirtualizationBasedSecurityState {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceGuardVirtualizationBasedSecurityState";
    const MEMBERS: &'static [&'static str] = &[
        "running",
        "rebootRequired",
        "require64BitArchitecture",
        "notLicensed",
        "notConfigured",
        "doesNotMeetHardwareRequirements",
        "other",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "running" => Self::Running,
                "rebootRequired" => Self::RebootRequired,
                "require64BitArchitecture" => Self::Require64BitArchitecture,
                "notLicensed" => Self::NotLicensed,
                "notConfigured" => Self::NotConfigured,
                "doesNotMeetHardwareRequirements" => {
                    Self::DoesNotMeetHardwareRequirements
                }
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
            Self::Running => "running",
            Self::RebootRequired => "rebootRequired",
            Self::Require64BitArchitecture => "require64BitArchitecture",
            Self::NotLicensed => "notLicensed",
            Self::NotConfigured => "notConfigured",
            Self::DoesNotMeetHardwareRequirements => "doesNotMeetHardwareRequirements",
            Self::Other => "other",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(DeviceGuardVirtualizationBasedSecurityState);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceGuardVirtualizationBasedSecurityState);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.deviceHealth`, complex type.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone)]
pub struct DeviceHealth {
    /// CSDL: property `lastConnectionTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_connection_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_search)]
impl ::std::default::Default for DeviceHealth {
    #[inline]
    fn default() -> Self {
        Self {
            last_connection_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::Object for DeviceHealth {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceHealth";
    const KEYS: &'static [&'static str] = &["lastConnectionTime"];
    const KEYS_JSON: &'static [&'static str] = &[",\"lastConnectionTime\":           "];
    const TAG: &'static str = "\"#microsoft.graph.deviceHealth\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "last_connection_time", &self.last_connection_time);
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::object::Members for DeviceHealth {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.last_connection_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.last_connection_time);
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
#[cfg(msgraph_beta_print_or_search)]
rt::impl_object!(DeviceHealth);
#[cfg(msgraph_beta_print_or_search)]
rt::impl_setters!(
    DeviceHealth { with_last_connection_time last_connection_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceHealth);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.deviceHealthAttestationState`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DeviceHealthAttestationState {
    /// TWhen an Attestation Identity Key (AIK) is present on a device, it indicates that the device has an endorsement key (EK) certificate.
    ///
    /// CSDL: property `attestationIdentityKey`: `Edm.String`, nullable.
    pub attestation_identity_key: rt::Field<::std::string::String>,
    /// On or Off of BitLocker Drive Encryption
    ///
    /// CSDL: property `bitLockerStatus`: `Edm.String`, nullable.
    pub bit_locker_status: rt::Field<::std::string::String>,
    /// The security version number of the Boot Application
    ///
    /// CSDL: property `bootAppSecurityVersion`: `Edm.String`, nullable.
    pub boot_app_security_version: rt::Field<::std::string::String>,
    /// When bootDebugging is enabled, the device is used in development and testing
    ///
    /// CSDL: property `bootDebugging`: `Edm.String`, nullable.
    pub boot_debugging: rt::Field<::std::string::String>,
    /// The security version number of the Boot Application
    ///
    /// CSDL: property `bootManagerSecurityVersion`: `Edm.String`, nullable.
    pub boot_manager_security_version: rt::Field<::std::string::String>,
    /// The version of the Boot Manager
    ///
    /// CSDL: property `bootManagerVersion`: `Edm.String`, nullable.
    pub boot_manager_version: rt::Field<::std::string::String>,
    /// The Boot Revision List that was loaded during initial boot on the attested device
    ///
    /// CSDL: property `bootRevisionListInfo`: `Edm.String`, nullable.
    pub boot_revision_list_info: rt::Field<::std::string::String>,
    /// When code integrity is enabled, code execution is restricted to integrity verified code
    ///
    /// CSDL: property `codeIntegrity`: `Edm.String`, nullable.
    pub code_integrity: rt::Field<::std::string::String>,
    /// The version of the Boot Manager
    ///
    /// CSDL: property `codeIntegrityCheckVersion`: `Edm.String`, nullable.
    pub code_integrity_check_version: rt::Field<::std::string::String>,
    /// The Code Integrity policy that is controlling the security of the boot environment
    ///
    /// CSDL: property `codeIntegrityPolicy`: `Edm.String`, nullable.
    pub code_integrity_policy: rt::Field<::std::string::String>,
    /// The DHA report version. (Namespace version)
    ///
    /// CSDL: property `contentNamespaceUrl`: `Edm.String`, nullable.
    pub content_namespace_url: rt::Field<::std::string::String>,
    /// The HealthAttestation state schema version
    ///
    /// CSDL: property `contentVersion`: `Edm.String`, nullable.
    pub content_version: rt::Field<::std::string::String>,
    /// DEP Policy defines a set of hardware and software technologies that perform additional checks on memory
    ///
    /// CSDL: property `dataExcutionPolicy`: `Edm.String`, nullable.
    pub data_excution_policy: rt::Field<::std::string::String>,
    /// The DHA report version. (Namespace version)
    ///
    /// CSDL: property `deviceHealthAttestationStatus`: `Edm.String`, nullable.
    pub device_health_attestation_status: rt::Field<::std::string::String>,
    /// ELAM provides protection for the computers in your network when they start up
    ///
    /// CSDL: property `earlyLaunchAntiMalwareDriverProtection`: `Edm.String`, nullable.
    pub early_launch_anti_malware_driver_protection: rt::Field<::std::string::String>,
    /// This attribute indicates if DHA is supported for the device
    ///
    /// CSDL: property `healthAttestationSupportedStatus`: `Edm.String`, nullable.
    pub health_attestation_supported_status: rt::Field<::std::string::String>,
    /// This attribute appears if DHA-Service detects an integrity issue
    ///
    /// CSDL: property `healthStatusMismatchInfo`: `Edm.String`, nullable.
    pub health_status_mismatch_info: rt::Field<::std::string::String>,
    /// The DateTime when device was evaluated or issued to MDM
    ///
    /// CSDL: property `issuedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub issued_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The Timestamp of the last update.
    ///
    /// CSDL: property `lastUpdateDateTime`: `Edm.String`, nullable.
    pub last_update_date_time: rt::Field<::std::string::String>,
    /// When operatingSystemKernelDebugging is enabled, the device is used in development and testing
    ///
    /// CSDL: property `operatingSystemKernelDebugging`: `Edm.String`, nullable.
    pub operating_system_kernel_debugging: rt::Field<::std::string::String>,
    /// The Operating System Revision List that was loaded during initial boot on the attested device
    ///
    /// CSDL: property `operatingSystemRevListInfo`: `Edm.String`, nullable.
    pub operating_system_rev_list_info: rt::Field<::std::string::String>,
    /// The measurement that is captured in PCR[0]
    ///
    /// CSDL: property `pcr0`: `Edm.String`, nullable.
    pub pcr0: rt::Field<::std::string::String>,
    /// Informational attribute that identifies the HASH algorithm that was used by TPM
    ///
    /// CSDL: property `pcrHashAlgorithm`: `Edm.String`, nullable.
    pub pcr_hash_algorithm: rt::Field<::std::string::String>,
    /// The number of times a PC device has hibernated or resumed
    ///
    /// CSDL: property `resetCount`: `Edm.Int64`, not nullable.
    pub reset_count: rt::Field<i64>,
    /// The number of times a PC device has rebooted
    ///
    /// CSDL: property `restartCount`: `Edm.Int64`, not nullable.
    pub restart_count: rt::Field<i64>,
    /// Safe mode is a troubleshooting option for Windows that starts your computer in a limited state
    ///
    /// CSDL: property `safeMode`: `Edm.String`, nullable.
    pub safe_mode: rt::Field<::std::string::String>,
    /// When Secure Boot is enabled, the core components must have the correct cryptographic signatures
    ///
    /// CSDL: property `secureBoot`: `Edm.String`, nullable.
    pub secure_boot: rt::Field<::std::string::String>,
    /// Fingerprint of the Custom Secure Boot Configuration Policy
    ///
    /// CSDL: property `secureBootConfigurationPolicyFingerPrint`: `Edm.String`, nullable.
    pub secure_boot_configuration_policy_finger_print: rt::Field<::std::string::String>,
    /// When test signing is allowed, the device does not enforce signature validation during boot
    ///
    /// CSDL: property `testSigning`: `Edm.String`, nullable.
    pub test_signing: rt::Field<::std::string::String>,
    /// The security version number of the Boot Application
    ///
    /// CSDL: property `tpmVersion`: `Edm.String`, nullable.
    pub tpm_version: rt::Field<::std::string::String>,
    /// VSM is a container that protects high value assets from a compromised kernel
    ///
    /// CSDL: property `virtualSecureMode`: `Edm.String`, nullable.
    pub virtual_secure_mode: rt::Field<::std::string::String>,
    /// Operating system running with limited services that is used to prepare a computer for Windows
    ///
    /// CSDL: property `windowsPE`: `Edm.String`, nullable.
    pub windows_pe: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for DeviceHealthAttestationState {
    #[inline]
    fn default() -> Self {
        Self {
            attestation_identity_key: rt::Field::Absent,
            bit_locker_status: rt::Field::Absent,
            boot_app_security_version: rt::Field::Absent,
            boot_debugging: rt::Field::Absent,
            boot_manager_security_version: rt::Field::Absent,
            boot_manager_version: rt::Field::Absent,
            boot_revision_list_info: rt::Field::Absent,
            code_integrity: rt::Field::Absent,
            code_integrity_check_version: rt::Field::Absent,
            code_integrity_policy: rt::Field::Absent,
            content_namespace_url: rt::Field::Absent,
            content_version: rt::Field::Absent,
            data_excution_policy: rt::Field::Absent,
            device_health_attestation_status: rt::Field::Absent,
            early_launch_anti_malware_driver_protection: rt::Field::Absent,
            health_attestation_supported_status: rt::Field::Absent,
            health_status_mismatch_info: rt::Field::Absent,
            issued_date_time: rt::Field::Absent,
            last_update_date_time: rt::Field::Absent,
            operating_system_kernel_debugging: rt::Field::Absent,
            operating_system_rev_list_info: rt::Field::Absent,
            pcr0: rt::Field::Absent,
            pcr_hash_algorithm: rt::Field::Absent,
            reset_count: rt::Field::Absent,
            restart_count: rt::Field::Absent,
            safe_mode: rt::Field::Absent,
            secure_boot: rt::Field::Absent,
            secure_boot_configuration_policy_finger_print: rt::Field::Absent,
            test_signing: rt::Field::Absent,
            tpm_version: rt::Field::Absent,
            virtual_secure_mode: rt::Field::Absent,
            windows_pe: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DeviceHealthAttestationState {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceHealthAttestationState";
    const KEYS: &'static [&'static str] = &[
        "attestationIdentityKey",
        "bitLockerStatus",
        "bootAppSecurityVersion",
        "bootDebugging",
        "bootManagerSecurityVersion",
        "bootManagerVersion",
        "bootRevisionListInfo",
        "codeIntegrity",
        "codeIntegrityCheckVersion",
        "codeIntegrityPolicy",
        "contentNamespaceUrl",
        "contentVersion",
        "dataExcutionPolicy",
        "deviceHealthAttestationStatus",
        "earlyLaunchAntiMalwareDriverProtection",
        "healthAttestationSupportedStatus",
        "healthStatusMismatchInfo",
        "issuedDateTime",
        "lastUpdateDateTime",
        "operatingSystemKernelDebugging",
        "operatingSystemRevListInfo",
        "pcr0",
        "pcrHashAlgorithm",
        "resetCount",
        "restartCount",
        "safeMode",
        "secureBoot",
        "secureBootConfigurationPolicyFingerPrint",
        "testSigning",
        "tpmVersion",
        "virtualSecureMode",
        "windowsPE",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"attestationIdentityKey\":       ",
        ",\"bitLockerStatus\":              ",
        ",\"bootAppSecurityVersion\":       ",
        ",\"bootDebugging\":                ",
        ",\"bootManagerSecurityVersion\":   ",
        ",\"bootManagerVersion\":           ",
        ",\"bootRevisionListInfo\":         ",
        ",\"codeIntegrity\":                ",
        ",\"codeIntegrityCheckVersion\":    ",
        ",\"codeIntegrityPolicy\":          ",
        ",\"contentNamespaceUrl\":          ",
        ",\"contentVersion\":               ",
        ",\"dataExcutionPolicy\":           ",
        ",\"deviceHealthAttestationStatus\":",
        ",\"earlyLaunchAntiMalwareDriverProtection\":",
        ",\"healthAttestationSupportedStatus\":",
        ",\"healthStatusMismatchInfo\":     ",
        ",\"issuedDateTime\":               ",
        ",\"lastUpdateDateTime\":           ",
        ",\"operatingSystemKernelDebugging\":",
        ",\"operatingSystemRevListInfo\":   ",
        ",\"pcr0\":                         ",
        ",\"pcrHashAlgorithm\":             ",
        ",\"resetCount\":                   ",
        ",\"restartCount\":                 ",
        ",\"safeMode\":                     ",
        ",\"secureBoot\":                   ",
        ",\"secureBootConfigurationPolicyFingerPrint\":",
        ",\"testSigning\":                  ",
        ",\"tpmVersion\":                   ",
        ",\"virtualSecureMode\":            ",
        ",\"windowsPE\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceHealthAttestationState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "attestation_identity_key", &self.attestation_identity_key);
        v.field(1usize, "bit_locker_status", &self.bit_locker_status);
        v.field(2usize, "boot_app_security_version", &self.boot_app_security_version);
        v.field(3usize, "boot_debugging", &self.boot_debugging);
        v.field(
            4usize,
            "boot_manager_security_version",
            &self.boot_manager_security_version,
        );
        v.field(5usize, "boot_manager_version", &self.boot_manager_version);
        v.field(6usize, "boot_revision_list_info", &self.boot_revision_list_info);
        v.field(7usize, "code_integrity", &self.code_integrity);
        v.field(
            8usize,
            "code_integrity_check_version",
            &self.code_integrity_check_version,
        );
        v.field(9usize, "code_integrity_policy", &self.code_integrity_policy);
        v.field(10usize, "content_namespace_url", &self.content_namespace_url);
        v.field(11usize, "content_version", &self.content_version);
        v.field(12usize, "data_excution_policy", &self.data_excution_policy);
        v.field(
            13usize,
            "device_health_attestation_status",
            &self.device_health_attestation_status,
        );
        v.field(
            14usize,
            "early_launch_anti_malware_driver_protection",
            &self.early_launch_anti_malware_driver_protection,
        );
        v.field(
            15usize,
            "health_attestation_supported_status",
            &self.health_attestation_supported_status,
        );
        v.field(
            16usize,
            "health_status_mismatch_info",
            &self.health_status_mismatch_info,
        );
        v.field(17usize, "issued_date_time", &self.issued_date_time);
        v.field(18usize, "last_update_date_time", &self.last_update_date_time);
        v.field(
            19usize,
            "operating_system_kernel_debugging",
            &self.operating_system_kernel_debugging,
        );
        v.field(
            20usize,
            "operating_system_rev_list_info",
            &self.operating_system_rev_list_info,
        );
        v.field(21usize, "pcr0", &self.pcr0);
        v.field(22usize, "pcr_hash_algorithm", &self.pcr_hash_algorithm);
        v.field(23usize, "reset_count", &self.reset_count);
        v.field(24usize, "restart_count", &self.restart_count);
        v.field(25usize, "safe_mode", &self.safe_mode);
        v.field(26usize, "secure_boot", &self.secure_boot);
        v.field(
            27usize,
            "secure_boot_configuration_policy_finger_print",
            &self.secure_boot_configuration_policy_finger_print,
        );
        v.field(28usize, "test_signing", &self.test_signing);
        v.field(29usize, "tpm_version", &self.tpm_version);
        v.field(30usize, "virtual_secure_mode", &self.virtual_secure_mode);
        v.field(31usize, "windows_pe", &self.windows_pe);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for DeviceHealthAttestationState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.attestation_identity_key.read_from(r),
            1usize => self.bit_locker_status.read_from(r),
            2usize => self.boot_app_security_version.read_from(r),
            3usize => self.boot_debugging.read_from(r),
            4usize => self.boot_manager_security_version.read_from(r),
            5usize => self.boot_manager_version.read_from(r),
            6usize => self.boot_revision_list_info.read_from(r),
            7usize => self.code_integrity.read_from(r),
            8usize => self.code_integrity_check_version.read_from(r),
            9usize => self.code_integrity_policy.read_from(r),
            10usize => self.content_namespace_url.read_from(r),
            11usize => self.content_version.read_from(r),
            12usize => self.data_excution_policy.read_from(r),
            13usize => self.device_health_attestation_status.read_from(r),
            14usize => self.early_launch_anti_malware_driver_protection.read_from(r),
            15usize => self.health_attestation_supported_status.read_from(r),
            16usize => self.health_status_mismatch_info.read_from(r),
            17usize => self.issued_date_time.read_from(r),
            18usize => self.last_update_date_time.read_from(r),
            19usize => self.operating_system_kernel_debugging.read_from(r),
            20usize => self.operating_system_rev_list_info.read_from(r),
            21usize => self.pcr0.read_from(r),
            22usize => self.pcr_hash_algorithm.read_from(r),
            23usize => self.reset_count.read_from(r),
            24usize => self.restart_count.read_from(r),
            25usize => self.safe_mode.read_from(r),
            26usize => self.secure_boot.read_from(r),
            27usize => self.secure_boot_configuration_policy_finger_print.read_from(r),
            28usize => self.test_signing.read_from(r),
            29usize => self.tpm_version.read_from(r),
            30usize => self.virtual_secure_mode.read_from(r),
            31usize => self.windows_pe.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.attestation_identity_key);
        w.field(1usize, &self.bit_locker_status);
        w.field(2usize, &self.boot_app_security_version);
        w.field(3usize, &self.boot_debugging);
        w.field(4usize, &self.boot_manager_security_version);
        w.field(5usize, &self.boot_manager_version);
        w.field(6usize, &self.boot_revision_list_info);
        w.field(7usize, &self.code_integrity);
        w.field(8usize, &self.code_integrity_check_version);
        w.field(9usize, &self.code_integrity_policy);
        w.field(10usize, &self.content_namespace_url);
        w.field(11usize, &self.content_version);
        w.field(12usize, &self.data_excution_policy);
        w.field(13usize, &self.device_health_attestation_status);
        w.field(14usize, &self.early_launch_anti_malware_driver_protection);
        w.field(15usize, &self.health_attestation_supported_status);
        w.field(16usize, &self.health_status_mismatch_info);
        w.field(17usize, &self.issued_date_time);
        w.field(18usize, &self.last_update_date_time);
        w.field(19usize, &self.operating_system_kernel_debugging);
        w.field(20usize, &self.operating_system_rev_list_info);
        w.field(21usize, &self.pcr0);
        w.field(22usize, &self.pcr_hash_algorithm);
        w.field(23usize, &self.reset_count);
        w.field(24usize, &self.restart_count);
        w.field(25usize, &self.safe_mode);
        w.field(26usize, &self.secure_boot);
        w.field(27usize, &self.secure_boot_configuration_policy_finger_print);
        w.field(28usize, &self.test_signing);
        w.field(29usize, &self.tpm_version);
        w.field(30usize, &self.virtual_secure_mode);
        w.field(31usize, &self.windows_pe);
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
rt::impl_object!(DeviceHealthAttestationState);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DeviceHealthAttestationState { with_attestation_identity_key attestation_identity_key
    : ::std::string::String; with_bit_locker_status bit_locker_status :
    ::std::string::String; with_boot_app_security_version boot_app_security_version :
    ::std::string::String; with_boot_debugging boot_debugging : ::std::string::String;
    with_boot_manager_security_version boot_manager_security_version :
    ::std::string::String; with_boot_manager_version boot_manager_version :
    ::std::string::String; with_boot_revision_list_info boot_revision_list_info :
    ::std::string::String; with_code_integrity code_integrity : ::std::string::String;
    with_code_integrity_check_version code_integrity_check_version :
    ::std::string::String; with_code_integrity_policy code_integrity_policy :
    ::std::string::String; with_content_namespace_url content_namespace_url :
    ::std::string::String; with_content_version content_version : ::std::string::String;
    with_data_excution_policy data_excution_policy : ::std::string::String;
    with_device_health_attestation_status device_health_attestation_status :
    ::std::string::String; with_early_launch_anti_malware_driver_protection
    early_launch_anti_malware_driver_protection : ::std::string::String;
    with_health_attestation_supported_status health_attestation_supported_status :
    ::std::string::String; with_health_status_mismatch_info health_status_mismatch_info :
    ::std::string::String; with_issued_date_time issued_date_time :
    rt::edm::DateTimeOffset; with_last_update_date_time last_update_date_time :
    ::std::string::String; with_operating_system_kernel_debugging
    operating_system_kernel_debugging : ::std::string::String;
    with_operating_system_rev_list_info operating_system_rev_list_info :
    ::std::string::String; with_pcr0 pcr0 : ::std::string::String;
    with_pcr_hash_algorithm pcr_hash_algorithm : ::std::string::String; with_reset_count
    reset_count : i64; with_restart_count restart_count : i64; with_safe_mode safe_mode :
    ::std::string::String; with_secure_boot secure_boot : ::std::string::String;
    with_secure_boot_configuration_policy_finger_print
    secure_boot_configuration_policy_finger_print : ::std::string::String;
    with_test_signing test_signing : ::std::string::String; with_tpm_version tpm_version
    : ::std::string::String; with_virtual_secure_mode virtual_secure_mode :
    ::std::string::String; with_windows_pe windows_pe : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceHealthAttestationState);
#[cfg(msgraph_beta_device_management_or_search)]
/// Properties of the  Booolean script parameter.
///
/// CSDL: `microsoft.graph.deviceHealthScriptBooleanParameter`, complex type, derived from `microsoft.graph.deviceHealthScriptParameter`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceHealthScriptBooleanParameter {
    /// Whether Apply DefaultValue When Not Assigned
    ///
    /// CSDL: property `applyDefaultValueWhenNotAssigned`: `Edm.Boolean`, not nullable.
    pub apply_default_value_when_not_assigned: rt::Field<bool>,
    /// The description of the param
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Whether the param is required
    ///
    /// CSDL: property `isRequired`: `Edm.Boolean`, not nullable.
    pub is_required: rt::Field<bool>,
    /// The name of the param
    ///
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// The default value of boolean param
    ///
    /// CSDL: property `defaultValue`: `Edm.Boolean`, not nullable.
    pub default_value: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceHealthScriptBooleanParameter {
    #[inline]
    fn default() -> Self {
        Self {
            apply_default_value_when_not_assigned: rt::Field::Absent,
            description: rt::Field::Absent,
            is_required: rt::Field::Absent,
            name: rt::Field::Absent,
            default_value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceHealthScriptBooleanParameter {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceHealthScriptBooleanParameter";
    const KEYS: &'static [&'static str] = &[
        "applyDefaultValueWhenNotAssigned",
        "description",
        "isRequired",
        "name",
        "defaultValue",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"applyDefaultValueWhenNotAssigned\":",
        ",\"description\":                  ",
        ",\"isRequired\":                   ",
        ",\"name\":                         ",
        ",\"defaultValue\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceHealthScriptBooleanParameter\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "apply_default_value_when_not_assigned",
            &self.apply_default_value_when_not_assigned,
        );
        v.field(1usize, "description", &self.description);
        v.field(2usize, "is_required", &self.is_required);
        v.field(3usize, "name", &self.name);
        v.field(4usize, "default_value", &self.default_value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceHealthScriptBooleanParameter {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.apply_default_value_when_not_assigned.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.is_required.read_from(r),
            3usize => self.name.read_from(r),
            4usize => self.default_value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.apply_default_value_when_not_assigned);
        w.field(1usize, &self.description);
        w.field(2usize, &self.is_required);
        w.field(3usize, &self.name);
        w.field(4usize, &self.default_value);
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
rt::impl_object!(DeviceHealthScriptBooleanParameter);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceHealthScriptBooleanParameter { with_apply_default_value_when_not_assigned
    apply_default_value_when_not_assigned : bool; with_description description :
    ::std::string::String; with_is_required is_required : bool; with_name name :
    ::std::string::String; with_default_value default_value : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceHealthScriptBooleanParameter);
#[cfg(msgraph_beta_device_management_or_search)]
/// Properties of the  Integer script parameter.
///
/// CSDL: `microsoft.graph.deviceHealthScriptIntegerParameter`, complex type, derived from `microsoft.graph.deviceHealthScriptParameter`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceHealthScriptIntegerParameter {
    /// Whether Apply DefaultValue When Not Assigned
    ///
    /// CSDL: property `applyDefaultValueWhenNotAssigned`: `Edm.Boolean`, not nullable.
    pub apply_default_value_when_not_assigned: rt::Field<bool>,
    /// The description of the param
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Whether the param is required
    ///
    /// CSDL: property `isRequired`: `Edm.Boolean`, not nullable.
    pub is_required: rt::Field<bool>,
    /// The name of the param
    ///
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// The default value of Integer param. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `defaultValue`: `Edm.Int32`, not nullable.
    pub default_value: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceHealthScriptIntegerParameter {
    #[inline]
    fn default() -> Self {
        Self {
            apply_default_value_when_not_assigned: rt::Field::Absent,
            description: rt::Field::Absent,
            is_required: rt::Field::Absent,
            name: rt::Field::Absent,
            default_value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceHealthScriptIntegerParameter {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceHealthScriptIntegerParameter";
    const KEYS: &'static [&'static str] = &[
        "applyDefaultValueWhenNotAssigned",
        "description",
        "isRequired",
        "name",
        "defaultValue",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"applyDefaultValueWhenNotAssigned\":",
        ",\"description\":                  ",
        ",\"isRequired\":                   ",
        ",\"name\":                         ",
        ",\"defaultValue\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceHealthScriptIntegerParameter\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "apply_default_value_when_not_assigned",
            &self.apply_default_value_when_not_assigned,
        );
        v.field(1usize, "description", &self.description);
        v.field(2usize, "is_required", &self.is_required);
        v.field(3usize, "name", &self.name);
        v.field(4usize, "default_value", &self.default_value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceHealthScriptIntegerParameter {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.apply_default_value_when_not_assigned.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.is_required.read_from(r),
            3usize => self.name.read_from(r),
            4usize => self.default_value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.apply_default_value_when_not_assigned);
        w.field(1usize, &self.description);
        w.field(2usize, &self.is_required);
        w.field(3usize, &self.name);
        w.field(4usize, &self.default_value);
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
rt::impl_object!(DeviceHealthScriptIntegerParameter);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceHealthScriptIntegerParameter { with_apply_default_value_when_not_assigned
    apply_default_value_when_not_assigned : bool; with_description description :
    ::std::string::String; with_is_required is_required : bool; with_name name :
    ::std::string::String; with_default_value default_value : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceHealthScriptIntegerParameter);
#[cfg(msgraph_beta_device_management_or_search)]
/// Base properties of the script parameter.
///
/// CSDL: `microsoft.graph.deviceHealthScriptParameter`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceHealthScriptParameter {
    /// Whether Apply DefaultValue When Not Assigned
    ///
    /// CSDL: property `applyDefaultValueWhenNotAssigned`: `Edm.Boolean`, not nullable.
    pub apply_default_value_when_not_assigned: rt::Field<bool>,
    /// The description of the param
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Whether the param is required
    ///
    /// CSDL: property `isRequired`: `Edm.Boolean`, not nullable.
    pub is_required: rt::Field<bool>,
    /// The name of the param
    ///
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceHealthScriptParameter {
    #[inline]
    fn default() -> Self {
        Self {
            apply_default_value_when_not_assigned: rt::Field::Absent,
            description: rt::Field::Absent,
            is_required: rt::Field::Absent,
            name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceHealthScriptParameter {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceHealthScriptParameter";
    const KEYS: &'static [&'static str] = &[
        "applyDefaultValueWhenNotAssigned",
        "description",
        "isRequired",
        "name",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"applyDefaultValueWhenNotAssigned\":",
        ",\"description\":                  ",
        ",\"isRequired\":                   ",
        ",\"name\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceHealthScriptParameter\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "apply_default_value_when_not_assigned",
            &self.apply_default_value_when_not_assigned,
        );
        v.field(1usize, "description", &self.description);
        v.field(2usize, "is_required", &self.is_required);
        v.field(3usize, "name", &self.name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceHealthScriptParameter {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.apply_default_value_when_not_assigned.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.is_required.read_from(r),
            3usize => self.name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.apply_default_value_when_not_assigned);
        w.field(1usize, &self.description);
        w.field(2usize, &self.is_required);
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
rt::impl_object!(DeviceHealthScriptParameter);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceHealthScriptParameter { with_apply_default_value_when_not_assigned
    apply_default_value_when_not_assigned : bool; with_description description :
    ::std::string::String; with_is_required is_required : bool; with_name name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceHealthScriptParameter);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.deviceHealthScriptParameter` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDeviceHealthScriptParameter {
    DeviceHealthScriptParameter(
        ::std::boxed::Box<crate::beta::DeviceHealthScriptParameter>,
    ),
    DeviceHealthScriptBooleanParameter(
        ::std::boxed::Box<crate::beta::DeviceHealthScriptBooleanParameter>,
    ),
    DeviceHealthScriptIntegerParameter(
        ::std::boxed::Box<crate::beta::DeviceHealthScriptIntegerParameter>,
    ),
    DeviceHealthScriptStringParameter(
        ::std::boxed::Box<crate::beta::DeviceHealthScriptStringParameter>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyDeviceHealthScriptParameter {
    #[inline]
    fn default() -> Self {
        Self::DeviceHealthScriptParameter(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceHealthScriptParameter>
for AnyDeviceHealthScriptParameter {
    #[inline]
    fn from(v: crate::beta::DeviceHealthScriptParameter) -> Self {
        Self::DeviceHealthScriptParameter(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceHealthScriptBooleanParameter>
for AnyDeviceHealthScriptParameter {
    #[inline]
    fn from(v: crate::beta::DeviceHealthScriptBooleanParameter) -> Self {
        Self::DeviceHealthScriptBooleanParameter(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceHealthScriptIntegerParameter>
for AnyDeviceHealthScriptParameter {
    #[inline]
    fn from(v: crate::beta::DeviceHealthScriptIntegerParameter) -> Self {
        Self::DeviceHealthScriptIntegerParameter(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceHealthScriptStringParameter>
for AnyDeviceHealthScriptParameter {
    #[inline]
    fn from(v: crate::beta::DeviceHealthScriptStringParameter) -> Self {
        Self::DeviceHealthScriptStringParameter(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyDeviceHealthScriptParameter {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyDeviceHealthScriptParameter {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyDeviceHealthScriptParameter {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyDeviceHealthScriptParameter {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyDeviceHealthScriptParameter {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::DeviceHealthScriptParameter>();
    rt::object::auto_traits::<crate::beta::DeviceHealthScriptBooleanParameter>();
    rt::object::auto_traits::<crate::beta::DeviceHealthScriptIntegerParameter>();
    rt::object::auto_traits::<crate::beta::DeviceHealthScriptStringParameter>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyDeviceHealthScriptParameter {
    const BASE_NAME: &'static str = "microsoft.graph.deviceHealthScriptParameter";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.deviceHealthScriptBooleanParameter",
            ) => Self::DeviceHealthScriptBooleanParameter(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.deviceHealthScriptIntegerParameter",
            ) => Self::DeviceHealthScriptIntegerParameter(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.deviceHealthScriptStringParameter",
            ) => Self::DeviceHealthScriptStringParameter(rt::object::new_boxed()),
            _ => Self::DeviceHealthScriptParameter(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DeviceHealthScriptParameter(v) => &**v,
            Self::DeviceHealthScriptBooleanParameter(v) => &**v,
            Self::DeviceHealthScriptIntegerParameter(v) => &**v,
            Self::DeviceHealthScriptStringParameter(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DeviceHealthScriptParameter(v) => &mut **v,
            Self::DeviceHealthScriptBooleanParameter(v) => &mut **v,
            Self::DeviceHealthScriptIntegerParameter(v) => &mut **v,
            Self::DeviceHealthScriptStringParameter(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyDeviceHealthScriptParameter {
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
    /// `applyDefaultValueWhenNotAssigned` of any variant.
    #[inline]
    pub fn apply_default_value_when_not_assigned(&self) -> &rt::Field<bool> {
        match self {
            Self::DeviceHealthScriptParameter(v) => {
                &v.apply_default_value_when_not_assigned
            }
            Self::DeviceHealthScriptBooleanParameter(v) => {
                &v.apply_default_value_when_not_assigned
            }
            Self::DeviceHealthScriptIntegerParameter(v) => {
                &v.apply_default_value_when_not_assigned
            }
            Self::DeviceHealthScriptStringParameter(v) => {
                &v.apply_default_value_when_not_assigned
            }
        }
    }
    /// `applyDefaultValueWhenNotAssigned` of any variant.
    #[inline]
    pub fn apply_default_value_when_not_assigned_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::DeviceHealthScriptParameter(v) => {
                &mut v.apply_default_value_when_not_assigned
            }
            Self::DeviceHealthScriptBooleanParameter(v) => {
                &mut v.apply_default_value_when_not_assigned
            }
            Self::DeviceHealthScriptIntegerParameter(v) => {
                &mut v.apply_default_value_when_not_assigned
            }
            Self::DeviceHealthScriptStringParameter(v) => {
                &mut v.apply_default_value_when_not_assigned
            }
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceHealthScriptParameter(v) => &v.description,
            Self::DeviceHealthScriptBooleanParameter(v) => &v.description,
            Self::DeviceHealthScriptIntegerParameter(v) => &v.description,
            Self::DeviceHealthScriptStringParameter(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceHealthScriptParameter(v) => &mut v.description,
            Self::DeviceHealthScriptBooleanParameter(v) => &mut v.description,
            Self::DeviceHealthScriptIntegerParameter(v) => &mut v.description,
            Self::DeviceHealthScriptStringParameter(v) => &mut v.description,
        }
    }
    /// `isRequired` of any variant.
    #[inline]
    pub fn is_required(&self) -> &rt::Field<bool> {
        match self {
            Self::DeviceHealthScriptParameter(v) => &v.is_required,
            Self::DeviceHealthScriptBooleanParameter(v) => &v.is_required,
            Self::DeviceHealthScriptIntegerParameter(v) => &v.is_required,
            Self::DeviceHealthScriptStringParameter(v) => &v.is_required,
        }
    }
    /// `isRequired` of any variant.
    #[inline]
    pub fn is_required_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::DeviceHealthScriptParameter(v) => &mut v.is_required,
            Self::DeviceHealthScriptBooleanParameter(v) => &mut v.is_required,
            Self::DeviceHealthScriptIntegerParameter(v) => &mut v.is_required,
            Self::DeviceHealthScriptStringParameter(v) => &mut v.is_required,
        }
    }
    /// `name` of any variant.
    #[inline]
    pub fn name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceHealthScriptParameter(v) => &v.name,
            Self::DeviceHealthScriptBooleanParameter(v) => &v.name,
            Self::DeviceHealthScriptIntegerParameter(v) => &v.name,
            Self::DeviceHealthScriptStringParameter(v) => &v.name,
        }
    }
    /// `name` of any variant.
    #[inline]
    pub fn name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceHealthScriptParameter(v) => &mut v.name,
            Self::DeviceHealthScriptBooleanParameter(v) => &mut v.name,
            Self::DeviceHealthScriptIntegerParameter(v) => &mut v.name,
            Self::DeviceHealthScriptStringParameter(v) => &mut v.name,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyDeviceHealthScriptParameter);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDeviceHealthScriptParameter);
#[cfg(msgraph_beta_device_management_or_search)]
/// The number of devices remediated by a device health script on a given date with the last modified time.
///
/// CSDL: `microsoft.graph.deviceHealthScriptRemediationHistory`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceHealthScriptRemediationHistory {
    /// The number of devices remediated by the device health script on the given date.
    ///
    /// CSDL: property `historyData`: `Collection(microsoft.graph.deviceHealthScriptRemediationHistoryData)`, nullable.
    pub history_data: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceHealthScriptRemediationHistoryData>,
    >,
    /// The date on which the results history is calculated for the healthscript.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceHealthScriptRemediationHistory {
    #[inline]
    fn default() -> Self {
        Self {
            history_data: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceHealthScriptRemediationHistory {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceHealthScriptRemediationHistory";
    const KEYS: &'static [&'static str] = &["historyData", "lastModifiedDateTime"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"historyData\":                  ",
        ",\"lastModifiedDateTime\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceHealthScriptRemediationHistory\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "history_data", &self.history_data);
        v.field(1usize, "last_modified_date_time", &self.last_modified_date_time);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceHealthScriptRemediationHistory {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.history_data.read_from(r),
            1usize => self.last_modified_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.history_data);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceHealthScriptRemediationHistory);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceHealthScriptRemediationHistory { with_history_data history_data :
    ::std::vec::Vec < crate ::beta::DeviceHealthScriptRemediationHistoryData >;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceHealthScriptRemediationHistory);
#[cfg(msgraph_beta_device_management_or_search)]
/// The number of devices remediated by a device health script on a given date.
///
/// CSDL: `microsoft.graph.deviceHealthScriptRemediationHistoryData`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceHealthScriptRemediationHistoryData {
    /// The date on which devices were remediated by the device health script.
    ///
    /// CSDL: property `date`: `Edm.Date`, not nullable.
    pub date: rt::Field<rt::edm::Date>,
    /// The number of devices that were found to have no issue by the device health script.
    ///
    /// CSDL: property `noIssueDeviceCount`: `Edm.Int32`, not nullable.
    pub no_issue_device_count: rt::Field<i32>,
    /// The number of devices remediated by the device health script.
    ///
    /// CSDL: property `remediatedDeviceCount`: `Edm.Int32`, not nullable.
    pub remediated_device_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceHealthScriptRemediationHistoryData {
    #[inline]
    fn default() -> Self {
        Self {
            date: rt::Field::Absent,
            no_issue_device_count: rt::Field::Absent,
            remediated_device_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceHealthScriptRemediationHistoryData {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceHealthScriptRemediationHistoryData";
    const KEYS: &'static [&'static str] = &[
        "date",
        "noIssueDeviceCount",
        "remediatedDeviceCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"date\":                         ",
        ",\"noIssueDeviceCount\":           ",
        ",\"remediatedDeviceCount\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceHealthScriptRemediationHistoryData\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "date", &self.date);
        v.field(1usize, "no_issue_device_count", &self.no_issue_device_count);
        v.field(2usize, "remediated_device_count", &self.remediated_device_count);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceHealthScriptRemediationHistoryData {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.date.read_from(r),
            1usize => self.no_issue_device_count.read_from(r),
            2usize => self.remediated_device_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.date);
        w.field(1usize, &self.no_issue_device_count);
        w.field(2usize, &self.remediated_device_count);
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
rt::impl_object!(DeviceHealthScriptRemediationHistoryData);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceHealthScriptRemediationHistoryData { with_date date : rt::edm::Date;
    with_no_issue_device_count no_issue_device_count : i32; with_remediated_device_count
    remediated_device_count : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceHealthScriptRemediationHistoryData);
#[cfg(msgraph_beta_device_management_or_search)]
/// Properties of the  String script parameter.
///
/// CSDL: `microsoft.graph.deviceHealthScriptStringParameter`, complex type, derived from `microsoft.graph.deviceHealthScriptParameter`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceHealthScriptStringParameter {
    /// Whether Apply DefaultValue When Not Assigned
    ///
    /// CSDL: property `applyDefaultValueWhenNotAssigned`: `Edm.Boolean`, not nullable.
    pub apply_default_value_when_not_assigned: rt::Field<bool>,
    /// The description of the param
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Whether the param is required
    ///
    /// CSDL: property `isRequired`: `Edm.Boolean`, not nullable.
    pub is_required: rt::Field<bool>,
    /// The name of the param
    ///
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// The default value of string param
    ///
    /// CSDL: property `defaultValue`: `Edm.String`, nullable.
    pub default_value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceHealthScriptStringParameter {
    #[inline]
    fn default() -> Self {
        Self {
            apply_default_value_when_not_assigned: rt::Field::Absent,
            description: rt::Field::Absent,
            is_required: rt::Field::Absent,
            name: rt::Field::Absent,
            default_value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceHealthScriptStringParameter {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceHealthScriptStringParameter";
    const KEYS: &'static [&'static str] = &[
        "applyDefaultValueWhenNotAssigned",
        "description",
        "isRequired",
        "name",
        "defaultValue",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"applyDefaultValueWhenNotAssigned\":",
        ",\"description\":                  ",
        ",\"isRequired\":                   ",
        ",\"name\":                         ",
        ",\"defaultValue\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceHealthScriptStringParameter\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "apply_default_value_when_not_assigned",
            &self.apply_default_value_when_not_assigned,
        );
        v.field(1usize, "description", &self.description);
        v.field(2usize, "is_required", &self.is_required);
        v.field(3usize, "name", &self.name);
        v.field(4usize, "default_value", &self.default_value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceHealthScriptStringParameter {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.apply_default_value_when_not_assigned.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.is_required.read_from(r),
            3usize => self.name.read_from(r),
            4usize => self.default_value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.apply_default_value_when_not_assigned);
        w.field(1usize, &self.description);
        w.field(2usize, &self.is_required);
        w.field(3usize, &self.name);
        w.field(4usize, &self.default_value);
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
rt::impl_object!(DeviceHealthScriptStringParameter);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceHealthScriptStringParameter { with_apply_default_value_when_not_assigned
    apply_default_value_when_not_assigned : bool; with_description description :
    ::std::string::String; with_is_required is_required : bool; with_name name :
    ::std::string::String; with_default_value default_value : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceHealthScriptStringParameter);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties for the installation state for a device.
///
/// CSDL: `microsoft.graph.deviceInstallState`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceInstallState {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Device Id.
    ///
    /// CSDL: property `deviceId`: `Edm.String`, nullable.
    pub device_id: rt::Field<::std::string::String>,
    /// Device name.
    ///
    /// CSDL: property `deviceName`: `Edm.String`, nullable.
    pub device_name: rt::Field<::std::string::String>,
    /// The error code for install failures.
    ///
    /// CSDL: property `errorCode`: `Edm.String`, nullable.
    pub error_code: rt::Field<::std::string::String>,
    /// The install state of the eBook.
    ///
    /// CSDL: property `installState`: `microsoft.graph.installState`, not nullable.
    pub install_state: rt::Field<crate::beta::InstallState>,
    /// Last sync date and time.
    ///
    /// CSDL: property `lastSyncDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_sync_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// OS Description.
    ///
    /// CSDL: property `osDescription`: `Edm.String`, nullable.
    pub os_description: rt::Field<::std::string::String>,
    /// OS Version.
    ///
    /// CSDL: property `osVersion`: `Edm.String`, nullable.
    pub os_version: rt::Field<::std::string::String>,
    /// Device User Name.
    ///
    /// CSDL: property `userName`: `Edm.String`, nullable.
    pub user_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for DeviceInstallState {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            device_id: rt::Field::Absent,
            device_name: rt::Field::Absent,
            error_code: rt::Field::Absent,
            install_state: rt::Field::Absent,
            last_sync_date_time: rt::Field::Absent,
            os_description: rt::Field::Absent,
            os_version: rt::Field::Absent,
            user_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for DeviceInstallState {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceInstallState";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deviceId",
        "deviceName",
        "errorCode",
        "installState",
        "lastSyncDateTime",
        "osDescription",
        "osVersion",
        "userName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deviceId\":                     ",
        ",\"deviceName\":                   ",
        ",\"errorCode\":                    ",
        ",\"installState\":                 ",
        ",\"lastSyncDateTime\":             ",
        ",\"osDescription\":                ",
        ",\"osVersion\":                    ",
        ",\"userName\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceInstallState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "device_id", &self.device_id);
        v.field(2usize, "device_name", &self.device_name);
        v.field(3usize, "error_code", &self.error_code);
        v.field(4usize, "install_state", &self.install_state);
        v.field(5usize, "last_sync_date_time", &self.last_sync_date_time);
        v.field(6usize, "os_description", &self.os_description);
        v.field(7usize, "os_version", &self.os_version);
        v.field(8usize, "user_name", &self.user_name);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for DeviceInstallState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.device_id.read_from(r),
            2usize => self.device_name.read_from(r),
            3usize => self.error_code.read_from(r),
            4usize => self.install_state.read_from(r),
            5usize => self.last_sync_date_time.read_from(r),
            6usize => self.os_description.read_from(r),
            7usize => self.os_version.read_from(r),
            8usize => self.user_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.device_id);
        w.field(2usize, &self.device_name);
        w.field(3usize, &self.error_code);
        w.field(4usize, &self.install_state);
        w.field(5usize, &self.last_sync_date_time);
        w.field(6usize, &self.os_description);
        w.field(7usize, &self.os_version);
        w.field(8usize, &self.user_name);
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(DeviceInstallState);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    DeviceInstallState { with_id id : ::std::string::String; with_device_id device_id :
    ::std::string::String; with_device_name device_name : ::std::string::String;
    with_error_code error_code : ::std::string::String; with_install_state install_state
    : crate ::beta::InstallState; with_last_sync_date_time last_sync_date_time :
    rt::edm::DateTimeOffset; with_os_description os_description : ::std::string::String;
    with_os_version os_version : ::std::string::String; with_user_name user_name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceInstallState);
#[cfg(msgraph_beta_core)]
/// Windows Log Collection request entity.
///
/// CSDL: `microsoft.graph.deviceLogCollectionRequest`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DeviceLogCollectionRequest {
    /// The unique identifier
    ///
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// The template type that is sent with the collection request
    ///
    /// CSDL: property `templateType`: `microsoft.graph.deviceLogCollectionTemplateType`, not nullable.
    pub template_type: rt::Field<crate::beta::DeviceLogCollectionTemplateType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for DeviceLogCollectionRequest {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            template_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DeviceLogCollectionRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceLogCollectionRequest";
    const KEYS: &'static [&'static str] = &["id", "templateType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"templateType\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceLogCollectionRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "template_type", &self.template_type);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for DeviceLogCollectionRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.template_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.template_type);
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
rt::impl_object!(DeviceLogCollectionRequest);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DeviceLogCollectionRequest { with_id id : ::std::string::String; with_template_type
    template_type : crate ::beta::DeviceLogCollectionTemplateType; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceLogCollectionRequest);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.deviceLogCollectionTemplateType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceLogCollectionTemplateType {
    /// `predefined` (value 0).
    Predefined,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for DeviceLogCollectionTemplateType {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceLogCollectionTemplateType";
    const MEMBERS: &'static [&'static str] = &["predefined"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "predefined" => Self::Predefined,
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
            Self::Predefined => "predefined",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(DeviceLogCollectionTemplateType);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceLogCollectionTemplateType);
