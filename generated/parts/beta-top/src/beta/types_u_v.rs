//! Types of `microsoft.graph` by the first letters of their names (`u_v`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_role_management_or_search)]
/// CSDL: `microsoft.graph.unifiedRoleAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UnifiedRoleAssignmentPath`](requests/trait.UnifiedRoleAssignmentPath.html), what a path to one (`EntityPath<UnifiedRoleAssignment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
#[derive(Clone)]
pub struct UnifiedRoleAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `appScopeId`: `Edm.String`, nullable.
    pub app_scope_id: rt::Field<::std::string::String>,
    /// CSDL: property `condition`: `Edm.String`, nullable.
    pub condition: rt::Field<::std::string::String>,
    /// CSDL: property `directoryScopeId`: `Edm.String`, nullable.
    pub directory_scope_id: rt::Field<::std::string::String>,
    /// CSDL: property `principalId`: `Edm.String`, nullable.
    pub principal_id: rt::Field<::std::string::String>,
    /// CSDL: property `resourceScope`: `Edm.String`, nullable.
    pub resource_scope: rt::Field<::std::string::String>,
    /// CSDL: property `roleDefinitionId`: `Edm.String`, nullable.
    pub role_definition_id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `appScope`: `microsoft.graph.appScope`, nullable.
    pub app_scope: rt::Field<crate::beta::AppScope>,
    /// CSDL: navigation property `directoryScope`: `microsoft.graph.directoryObject`, nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_core)]
    pub directory_scope: rt::Field<crate::beta::AnyDirectoryObject>,
    /// CSDL: navigation property `principal`: `microsoft.graph.directoryObject`, nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_core)]
    pub principal: rt::Field<crate::beta::AnyDirectoryObject>,
    /// CSDL: navigation property `roleDefinition`: `microsoft.graph.unifiedRoleDefinition`, nullable.
    pub role_definition: rt::Field<crate::beta::UnifiedRoleDefinition>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_role_management_or_search)]
impl ::std::default::Default for UnifiedRoleAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_scope_id: rt::Field::Absent,
            condition: rt::Field::Absent,
            directory_scope_id: rt::Field::Absent,
            principal_id: rt::Field::Absent,
            resource_scope: rt::Field::Absent,
            role_definition_id: rt::Field::Absent,
            app_scope: rt::Field::Absent,
            #[cfg(msgraph_beta_core)]
            directory_scope: rt::Field::Absent,
            #[cfg(msgraph_beta_core)]
            principal: rt::Field::Absent,
            role_definition: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::Object for UnifiedRoleAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.unifiedRoleAssignment";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appScopeId",
        "condition",
        "directoryScopeId",
        "principalId",
        "resourceScope",
        "roleDefinitionId",
        "appScope",
        "directoryScope",
        "principal",
        "roleDefinition",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appScopeId\":                   ",
        ",\"condition\":                    ",
        ",\"directoryScopeId\":             ",
        ",\"principalId\":                  ",
        ",\"resourceScope\":                ",
        ",\"roleDefinitionId\":             ",
        ",\"appScope\":                     ",
        ",\"directoryScope\":               ",
        ",\"principal\":                    ",
        ",\"roleDefinition\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.unifiedRoleAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_scope_id", &self.app_scope_id);
        v.field(2usize, "condition", &self.condition);
        v.field(3usize, "directory_scope_id", &self.directory_scope_id);
        v.field(4usize, "principal_id", &self.principal_id);
        v.field(5usize, "resource_scope", &self.resource_scope);
        v.field(6usize, "role_definition_id", &self.role_definition_id);
        v.field(7usize, "app_scope", &self.app_scope);
        #[cfg(msgraph_beta_core)]
        v.field(8usize, "directory_scope", &self.directory_scope);
        #[cfg(msgraph_beta_core)] v.field(9usize, "principal", &self.principal);
        v.field(10usize, "role_definition", &self.role_definition);
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::object::Members for UnifiedRoleAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_scope_id.read_from(r),
            2usize => self.condition.read_from(r),
            3usize => self.directory_scope_id.read_from(r),
            4usize => self.principal_id.read_from(r),
            5usize => self.resource_scope.read_from(r),
            6usize => self.role_definition_id.read_from(r),
            7usize => self.app_scope.read_from(r),
            #[cfg(msgraph_beta_core)]
            8usize => self.directory_scope.read_from(r),
            #[cfg(msgraph_beta_core)]
            9usize => self.principal.read_from(r),
            10usize => self.role_definition.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_scope_id);
        w.field(2usize, &self.condition);
        w.field(3usize, &self.directory_scope_id);
        w.field(4usize, &self.principal_id);
        w.field(5usize, &self.resource_scope);
        w.field(6usize, &self.role_definition_id);
        w.field(7usize, &self.app_scope);
        #[cfg(msgraph_beta_core)] w.field(8usize, &self.directory_scope);
        #[cfg(msgraph_beta_core)] w.field(9usize, &self.principal);
        w.field(10usize, &self.role_definition);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
rt::impl_object!(UnifiedRoleAssignment);
#[cfg(msgraph_beta_role_management_or_search)]
rt::impl_setters!(
    UnifiedRoleAssignment { with_id id : ::std::string::String; with_app_scope_id
    app_scope_id : ::std::string::String; with_condition condition :
    ::std::string::String; with_directory_scope_id directory_scope_id :
    ::std::string::String; with_principal_id principal_id : ::std::string::String;
    with_resource_scope resource_scope : ::std::string::String; with_role_definition_id
    role_definition_id : ::std::string::String; with_app_scope app_scope : crate
    ::beta::AppScope; #[cfg(msgraph_beta_core)] with_directory_scope directory_scope :
    crate ::beta::AnyDirectoryObject; #[cfg(msgraph_beta_core)] with_principal principal
    : crate ::beta::AnyDirectoryObject; with_role_definition role_definition : crate
    ::beta::UnifiedRoleDefinition; }
);
#[cfg(msgraph_beta_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRoleAssignment);
#[cfg(msgraph_beta_role_management_or_search)]
/// CSDL: `microsoft.graph.unifiedRoleAssignmentMultiple`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UnifiedRoleAssignmentMultiplePath`](requests/trait.UnifiedRoleAssignmentMultiplePath.html), what a path to one (`EntityPath<UnifiedRoleAssignmentMultiple, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
#[derive(Clone)]
pub struct UnifiedRoleAssignmentMultiple {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `appScopeIds`: `Collection(Edm.String)`, nullable.
    pub app_scope_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `condition`: `Edm.String`, nullable.
    pub condition: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `directoryScopeIds`: `Collection(Edm.String)`, nullable.
    pub directory_scope_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `principalIds`: `Collection(Edm.String)`, nullable.
    pub principal_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `roleDefinitionId`: `Edm.String`, not nullable.
    pub role_definition_id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `appScopes`: `Collection(microsoft.graph.appScope)`, not nullable.
    pub app_scopes: rt::Field<::std::vec::Vec<crate::beta::AppScope>>,
    /// CSDL: navigation property `directoryScopes`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_core)]
    pub directory_scopes: rt::Field<::std::vec::Vec<crate::beta::AnyDirectoryObject>>,
    /// CSDL: navigation property `principals`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_core)]
    pub principals: rt::Field<::std::vec::Vec<crate::beta::AnyDirectoryObject>>,
    /// CSDL: navigation property `roleDefinition`: `microsoft.graph.unifiedRoleDefinition`, nullable.
    pub role_definition: rt::Field<crate::beta::UnifiedRoleDefinition>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_role_management_or_search)]
impl ::std::default::Default for UnifiedRoleAssignmentMultiple {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_scope_ids: rt::Field::Absent,
            condition: rt::Field::Absent,
            description: rt::Field::Absent,
            directory_scope_ids: rt::Field::Absent,
            display_name: rt::Field::Absent,
            principal_ids: rt::Field::Absent,
            role_definition_id: rt::Field::Absent,
            app_scopes: rt::Field::Absent,
            #[cfg(msgraph_beta_core)]
            directory_scopes: rt::Field::Absent,
            #[cfg(msgraph_beta_core)]
            principals: rt::Field::Absent,
            role_definition: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::Object for UnifiedRoleAssignmentMultiple {
    const TYPE_NAME: &'static str = "microsoft.graph.unifiedRoleAssignmentMultiple";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appScopeIds",
        "condition",
        "description",
        "directoryScopeIds",
        "displayName",
        "principalIds",
        "roleDefinitionId",
        "appScopes",
        "directoryScopes",
        "principals",
        "roleDefinition",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appScopeIds\":                  ",
        ",\"condition\":                    ",
        ",\"description\":                  ",
        ",\"directoryScopeIds\":            ",
        ",\"displayName\":                  ",
        ",\"principalIds\":                 ",
        ",\"roleDefinitionId\":             ",
        ",\"appScopes\":                    ",
        ",\"directoryScopes\":              ",
        ",\"principals\":                   ",
        ",\"roleDefinition\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.unifiedRoleAssignmentMultiple\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_scope_ids", &self.app_scope_ids);
        v.field(2usize, "condition", &self.condition);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "directory_scope_ids", &self.directory_scope_ids);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "principal_ids", &self.principal_ids);
        v.field(7usize, "role_definition_id", &self.role_definition_id);
        v.field(8usize, "app_scopes", &self.app_scopes);
        #[cfg(msgraph_beta_core)]
        v.field(9usize, "directory_scopes", &self.directory_scopes);
        #[cfg(msgraph_beta_core)] v.field(10usize, "principals", &self.principals);
        v.field(11usize, "role_definition", &self.role_definition);
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::object::Members for UnifiedRoleAssignmentMultiple {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_scope_ids.read_from(r),
            2usize => self.condition.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.directory_scope_ids.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.principal_ids.read_from(r),
            7usize => self.role_definition_id.read_from(r),
            8usize => self.app_scopes.read_from(r),
            #[cfg(msgraph_beta_core)]
            9usize => self.directory_scopes.read_from(r),
            #[cfg(msgraph_beta_core)]
            10usize => self.principals.read_from(r),
            11usize => self.role_definition.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_scope_ids);
        w.field(2usize, &self.condition);
        w.field(3usize, &self.description);
        w.field(4usize, &self.directory_scope_ids);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.principal_ids);
        w.field(7usize, &self.role_definition_id);
        w.field(8usize, &self.app_scopes);
        #[cfg(msgraph_beta_core)] w.field(9usize, &self.directory_scopes);
        #[cfg(msgraph_beta_core)] w.field(10usize, &self.principals);
        w.field(11usize, &self.role_definition);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
rt::impl_object!(UnifiedRoleAssignmentMultiple);
#[cfg(msgraph_beta_role_management_or_search)]
rt::impl_setters!(
    UnifiedRoleAssignmentMultiple { with_id id : ::std::string::String;
    with_app_scope_ids app_scope_ids : ::std::vec::Vec < ::std::string::String >;
    with_condition condition : ::std::string::String; with_description description :
    ::std::string::String; with_directory_scope_ids directory_scope_ids : ::std::vec::Vec
    < ::std::string::String >; with_display_name display_name : ::std::string::String;
    with_principal_ids principal_ids : ::std::vec::Vec < ::std::string::String >;
    with_role_definition_id role_definition_id : ::std::string::String; with_app_scopes
    app_scopes : ::std::vec::Vec < crate ::beta::AppScope >; #[cfg(msgraph_beta_core)]
    with_directory_scopes directory_scopes : ::std::vec::Vec < crate
    ::beta::AnyDirectoryObject >; #[cfg(msgraph_beta_core)] with_principals principals :
    ::std::vec::Vec < crate ::beta::AnyDirectoryObject >; with_role_definition
    role_definition : crate ::beta::UnifiedRoleDefinition; }
);
#[cfg(msgraph_beta_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRoleAssignmentMultiple);
#[cfg(msgraph_beta_role_management_or_search)]
/// CSDL: `microsoft.graph.unifiedRoleAssignmentSchedule`, entity type, derived from `microsoft.graph.unifiedRoleScheduleBase`, key `id`.
///
/// Request builders: [`UnifiedRoleAssignmentSchedulePath`](requests/trait.UnifiedRoleAssignmentSchedulePath.html), what a path to one (`EntityPath<UnifiedRoleAssignmentSchedule, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
#[derive(Clone)]
pub struct UnifiedRoleAssignmentSchedule {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `appScopeId`: `Edm.String`, nullable.
    pub app_scope_id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `createdUsing`: `Edm.String`, nullable.
    pub created_using: rt::Field<::std::string::String>,
    /// CSDL: property `directoryScopeId`: `Edm.String`, nullable.
    pub directory_scope_id: rt::Field<::std::string::String>,
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `principalId`: `Edm.String`, nullable.
    pub principal_id: rt::Field<::std::string::String>,
    /// CSDL: property `roleDefinitionId`: `Edm.String`, nullable.
    pub role_definition_id: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: navigation property `appScope`: `microsoft.graph.appScope`, nullable.
    pub app_scope: rt::Field<crate::beta::AppScope>,
    /// CSDL: navigation property `directoryScope`: `microsoft.graph.directoryObject`, nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_core)]
    pub directory_scope: rt::Field<crate::beta::AnyDirectoryObject>,
    /// CSDL: navigation property `principal`: `microsoft.graph.directoryObject`, nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_core)]
    pub principal: rt::Field<crate::beta::AnyDirectoryObject>,
    /// CSDL: navigation property `roleDefinition`: `microsoft.graph.unifiedRoleDefinition`, nullable.
    pub role_definition: rt::Field<crate::beta::UnifiedRoleDefinition>,
    /// CSDL: property `assignmentType`: `Edm.String`, nullable.
    pub assignment_type: rt::Field<::std::string::String>,
    /// CSDL: property `memberType`: `Edm.String`, nullable.
    pub member_type: rt::Field<::std::string::String>,
    /// CSDL: property `scheduleInfo`: `microsoft.graph.requestSchedule`, nullable.
    pub schedule_info: rt::Field<crate::beta::RequestSchedule>,
    /// CSDL: navigation property `activatedUsing`: `microsoft.graph.unifiedRoleEligibilitySchedule`, nullable.
    pub activated_using: rt::Field<crate::beta::UnifiedRoleEligibilitySchedule>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_role_management_or_search)]
impl ::std::default::Default for UnifiedRoleAssignmentSchedule {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_scope_id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            created_using: rt::Field::Absent,
            directory_scope_id: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            principal_id: rt::Field::Absent,
            role_definition_id: rt::Field::Absent,
            status: rt::Field::Absent,
            app_scope: rt::Field::Absent,
            #[cfg(msgraph_beta_core)]
            directory_scope: rt::Field::Absent,
            #[cfg(msgraph_beta_core)]
            principal: rt::Field::Absent,
            role_definition: rt::Field::Absent,
            assignment_type: rt::Field::Absent,
            member_type: rt::Field::Absent,
            schedule_info: rt::Field::Absent,
            activated_using: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::Object for UnifiedRoleAssignmentSchedule {
    const TYPE_NAME: &'static str = "microsoft.graph.unifiedRoleAssignmentSchedule";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appScopeId",
        "createdDateTime",
        "createdUsing",
        "directoryScopeId",
        "modifiedDateTime",
        "principalId",
        "roleDefinitionId",
        "status",
        "appScope",
        "directoryScope",
        "principal",
        "roleDefinition",
        "assignmentType",
        "memberType",
        "scheduleInfo",
        "activatedUsing",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appScopeId\":                   ",
        ",\"createdDateTime\":              ",
        ",\"createdUsing\":                 ",
        ",\"directoryScopeId\":             ",
        ",\"modifiedDateTime\":             ",
        ",\"principalId\":                  ",
        ",\"roleDefinitionId\":             ",
        ",\"status\":                       ",
        ",\"appScope\":                     ",
        ",\"directoryScope\":               ",
        ",\"principal\":                    ",
        ",\"roleDefinition\":               ",
        ",\"assignmentType\":               ",
        ",\"memberType\":                   ",
        ",\"scheduleInfo\":                 ",
        ",\"activatedUsing\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.unifiedRoleAssignmentSchedule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_scope_id", &self.app_scope_id);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "created_using", &self.created_using);
        v.field(4usize, "directory_scope_id", &self.directory_scope_id);
        v.field(5usize, "modified_date_time", &self.modified_date_time);
        v.field(6usize, "principal_id", &self.principal_id);
        v.field(7usize, "role_definition_id", &self.role_definition_id);
        v.field(8usize, "status", &self.status);
        v.field(9usize, "app_scope", &self.app_scope);
        #[cfg(msgraph_beta_core)]
        v.field(10usize, "directory_scope", &self.directory_scope);
        #[cfg(msgraph_beta_core)] v.field(11usize, "principal", &self.principal);
        v.field(12usize, "role_definition", &self.role_definition);
        v.field(13usize, "assignment_type", &self.assignment_type);
        v.field(14usize, "member_type", &self.member_type);
        v.field(15usize, "schedule_info", &self.schedule_info);
        v.field(16usize, "activated_using", &self.activated_using);
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::object::Members for UnifiedRoleAssignmentSchedule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_scope_id.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.created_using.read_from(r),
            4usize => self.directory_scope_id.read_from(r),
            5usize => self.modified_date_time.read_from(r),
            6usize => self.principal_id.read_from(r),
            7usize => self.role_definition_id.read_from(r),
            8usize => self.status.read_from(r),
            9usize => self.app_scope.read_from(r),
            #[cfg(msgraph_beta_core)]
            10usize => self.directory_scope.read_from(r),
            #[cfg(msgraph_beta_core)]
            11usize => self.principal.read_from(r),
            12usize => self.role_definition.read_from(r),
            13usize => self.assignment_type.read_from(r),
            14usize => self.member_type.read_from(r),
            15usize => self.schedule_info.read_from(r),
            16usize => self.activated_using.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_scope_id);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.created_using);
        w.field(4usize, &self.directory_scope_id);
        w.field(5usize, &self.modified_date_time);
        w.field(6usize, &self.principal_id);
        w.field(7usize, &self.role_definition_id);
        w.field(8usize, &self.status);
        w.field(9usize, &self.app_scope);
        #[cfg(msgraph_beta_core)] w.field(10usize, &self.directory_scope);
        #[cfg(msgraph_beta_core)] w.field(11usize, &self.principal);
        w.field(12usize, &self.role_definition);
        w.field(13usize, &self.assignment_type);
        w.field(14usize, &self.member_type);
        w.field(15usize, &self.schedule_info);
        w.field(16usize, &self.activated_using);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
rt::impl_object!(UnifiedRoleAssignmentSchedule);
#[cfg(msgraph_beta_role_management_or_search)]
rt::impl_setters!(
    UnifiedRoleAssignmentSchedule { with_id id : ::std::string::String; with_app_scope_id
    app_scope_id : ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_created_using created_using : ::std::string::String;
    with_directory_scope_id directory_scope_id : ::std::string::String;
    with_modified_date_time modified_date_time : rt::edm::DateTimeOffset;
    with_principal_id principal_id : ::std::string::String; with_role_definition_id
    role_definition_id : ::std::string::String; with_status status :
    ::std::string::String; with_app_scope app_scope : crate ::beta::AppScope;
    #[cfg(msgraph_beta_core)] with_directory_scope directory_scope : crate
    ::beta::AnyDirectoryObject; #[cfg(msgraph_beta_core)] with_principal principal :
    crate ::beta::AnyDirectoryObject; with_role_definition role_definition : crate
    ::beta::UnifiedRoleDefinition; with_assignment_type assignment_type :
    ::std::string::String; with_member_type member_type : ::std::string::String;
    with_schedule_info schedule_info : crate ::beta::RequestSchedule;
    with_activated_using activated_using : crate ::beta::UnifiedRoleEligibilitySchedule;
    }
);
#[cfg(msgraph_beta_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRoleAssignmentSchedule);
#[cfg(msgraph_beta_role_management_or_search)]
/// CSDL: `microsoft.graph.unifiedRoleAssignmentScheduleInstance`, entity type, derived from `microsoft.graph.unifiedRoleScheduleInstanceBase`, key `id`.
///
/// Request builders: [`UnifiedRoleAssignmentScheduleInstancePath`](requests/trait.UnifiedRoleAssignmentScheduleInstancePath.html), what a path to one (`EntityPath<UnifiedRoleAssignmentScheduleInstance, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
#[derive(Clone)]
pub struct UnifiedRoleAssignmentScheduleInstance {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `appScopeId`: `Edm.String`, nullable.
    pub app_scope_id: rt::Field<::std::string::String>,
    /// CSDL: property `directoryScopeId`: `Edm.String`, nullable.
    pub directory_scope_id: rt::Field<::std::string::String>,
    /// CSDL: property `principalId`: `Edm.String`, nullable.
    pub principal_id: rt::Field<::std::string::String>,
    /// CSDL: property `roleDefinitionId`: `Edm.String`, nullable.
    pub role_definition_id: rt::Field<::std::string::String>,
    /// CSDL: navigation property `appScope`: `microsoft.graph.appScope`, nullable.
    pub app_scope: rt::Field<crate::beta::AppScope>,
    /// CSDL: navigation property `directoryScope`: `microsoft.graph.directoryObject`, nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_core)]
    pub directory_scope: rt::Field<crate::beta::AnyDirectoryObject>,
    /// CSDL: navigation property `principal`: `microsoft.graph.directoryObject`, nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_core)]
    pub principal: rt::Field<crate::beta::AnyDirectoryObject>,
    /// CSDL: navigation property `roleDefinition`: `microsoft.graph.unifiedRoleDefinition`, nullable.
    pub role_definition: rt::Field<crate::beta::UnifiedRoleDefinition>,
    /// CSDL: property `assignmentType`: `Edm.String`, nullable.
    pub assignment_type: rt::Field<::std::string::String>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `memberType`: `Edm.String`, nullable.
    pub member_type: rt::Field<::std::string::String>,
    /// CSDL: property `roleAssignmentOriginId`: `Edm.String`, nullable.
    pub role_assignment_origin_id: rt::Field<::std::string::String>,
    /// CSDL: property `roleAssignmentScheduleId`: `Edm.String`, nullable.
    pub role_assignment_schedule_id: rt::Field<::std::string::String>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: navigation property `activatedUsing`: `microsoft.graph.unifiedRoleEligibilityScheduleInstance`, nullable.
    pub activated_using: rt::Field<crate::beta::UnifiedRoleEligibilityScheduleInstance>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_role_management_or_search)]
impl ::std::default::Default for UnifiedRoleAssignmentScheduleInstance {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_scope_id: rt::Field::Absent,
            directory_scope_id: rt::Field::Absent,
            principal_id: rt::Field::Absent,
            role_definition_id: rt::Field::Absent,
            app_scope: rt::Field::Absent,
            #[cfg(msgraph_beta_core)]
            directory_scope: rt::Field::Absent,
            #[cfg(msgraph_beta_core)]
            principal: rt::Field::Absent,
            role_definition: rt::Field::Absent,
            assignment_type: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            member_type: rt::Field::Absent,
            role_assignment_origin_id: rt::Field::Absent,
            role_assignment_schedule_id: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            activated_using: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::Object for UnifiedRoleAssignmentScheduleInstance {
    const TYPE_NAME: &'static str = "microsoft.graph.unifiedRoleAssignmentScheduleInstance";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appScopeId",
        "directoryScopeId",
        "principalId",
        "roleDefinitionId",
        "appScope",
        "directoryScope",
        "principal",
        "roleDefinition",
        "assignmentType",
        "endDateTime",
        "memberType",
        "roleAssignmentOriginId",
        "roleAssignmentScheduleId",
        "startDateTime",
        "activatedUsing",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appScopeId\":                   ",
        ",\"directoryScopeId\":             ",
        ",\"principalId\":                  ",
        ",\"roleDefinitionId\":             ",
        ",\"appScope\":                     ",
        ",\"directoryScope\":               ",
        ",\"principal\":                    ",
        ",\"roleDefinition\":               ",
        ",\"assignmentType\":               ",
        ",\"endDateTime\":                  ",
        ",\"memberType\":                   ",
        ",\"roleAssignmentOriginId\":       ",
        ",\"roleAssignmentScheduleId\":     ",
        ",\"startDateTime\":                ",
        ",\"activatedUsing\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.unifiedRoleAssignmentScheduleInstance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_scope_id", &self.app_scope_id);
        v.field(2usize, "directory_scope_id", &self.directory_scope_id);
        v.field(3usize, "principal_id", &self.principal_id);
        v.field(4usize, "role_definition_id", &self.role_definition_id);
        v.field(5usize, "app_scope", &self.app_scope);
        #[cfg(msgraph_beta_core)]
        v.field(6usize, "directory_scope", &self.directory_scope);
        #[cfg(msgraph_beta_core)] v.field(7usize, "principal", &self.principal);
        v.field(8usize, "role_definition", &self.role_definition);
        v.field(9usize, "assignment_type", &self.assignment_type);
        v.field(10usize, "end_date_time", &self.end_date_time);
        v.field(11usize, "member_type", &self.member_type);
        v.field(12usize, "role_assignment_origin_id", &self.role_assignment_origin_id);
        v.field(
            13usize,
            "role_assignment_schedule_id",
            &self.role_assignment_schedule_id,
        );
        v.field(14usize, "start_date_time", &self.start_date_time);
        v.field(15usize, "activated_using", &self.activated_using);
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::object::Members for UnifiedRoleAssignmentScheduleInstance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_scope_id.read_from(r),
            2usize => self.directory_scope_id.read_from(r),
            3usize => self.principal_id.read_from(r),
            4usize => self.role_definition_id.read_from(r),
            5usize => self.app_scope.read_from(r),
            #[cfg(msgraph_beta_core)]
            6usize => self.directory_scope.read_from(r),
            #[cfg(msgraph_beta_core)]
            7usize => self.principal.read_from(r),
            8usize => self.role_definition.read_from(r),
            9usize => self.assignment_type.read_from(r),
            10usize => self.end_date_time.read_from(r),
            11usize => self.member_type.read_from(r),
            12usize => self.role_assignment_origin_id.read_from(r),
            13usize => self.role_assignment_schedule_id.read_from(r),
            14usize => self.start_date_time.read_from(r),
            15usize => self.activated_using.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_scope_id);
        w.field(2usize, &self.directory_scope_id);
        w.field(3usize, &self.principal_id);
        w.field(4usize, &self.role_definition_id);
        w.field(5usize, &self.app_scope);
        #[cfg(msgraph_beta_core)] w.field(6usize, &self.directory_scope);
        #[cfg(msgraph_beta_core)] w.field(7usize, &self.principal);
        w.field(8usize, &self.role_definition);
        w.field(9usize, &self.assignment_type);
        w.field(10usize, &self.end_date_time);
        w.field(11usize, &self.member_type);
        w.field(12usize, &self.role_assignment_origin_id);
        w.field(13usize, &self.role_assignment_schedule_id);
        w.field(14usize, &self.start_date_time);
        w.field(15usize, &self.activated_using);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
rt::impl_object!(UnifiedRoleAssignmentScheduleInstance);
#[cfg(msgraph_beta_role_management_or_search)]
rt::impl_setters!(
    UnifiedRoleAssignmentScheduleInstance { with_id id : ::std::string::String;
    with_app_scope_id app_scope_id : ::std::string::String; with_directory_scope_id
    directory_scope_id : ::std::string::String; with_principal_id principal_id :
    ::std::string::String; with_role_definition_id role_definition_id :
    ::std::string::String; with_app_scope app_scope : crate ::beta::AppScope;
    #[cfg(msgraph_beta_core)] with_directory_scope directory_scope : crate
    ::beta::AnyDirectoryObject; #[cfg(msgraph_beta_core)] with_principal principal :
    crate ::beta::AnyDirectoryObject; with_role_definition role_definition : crate
    ::beta::UnifiedRoleDefinition; with_assignment_type assignment_type :
    ::std::string::String; with_end_date_time end_date_time : rt::edm::DateTimeOffset;
    with_member_type member_type : ::std::string::String; with_role_assignment_origin_id
    role_assignment_origin_id : ::std::string::String; with_role_assignment_schedule_id
    role_assignment_schedule_id : ::std::string::String; with_start_date_time
    start_date_time : rt::edm::DateTimeOffset; with_activated_using activated_using :
    crate ::beta::UnifiedRoleEligibilityScheduleInstance; }
);
#[cfg(msgraph_beta_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRoleAssignmentScheduleInstance);
#[cfg(msgraph_beta_role_management_or_search)]
/// CSDL: `microsoft.graph.unifiedRoleAssignmentScheduleRequest`, entity type, derived from `microsoft.graph.request`, key `id`.
///
/// Request builders: [`UnifiedRoleAssignmentScheduleRequestPath`](requests/trait.UnifiedRoleAssignmentScheduleRequestPath.html), what a path to one (`EntityPath<UnifiedRoleAssignmentScheduleRequest, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
#[derive(Clone)]
pub struct UnifiedRoleAssignmentScheduleRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `approvalId`: `Edm.String`, nullable.
    pub approval_id: rt::Field<::std::string::String>,
    /// CSDL: property `completedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `customData`: `Edm.String`, nullable.
    pub custom_data: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `Edm.String`, not nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: property `action`: `Edm.String`, nullable.
    pub action: rt::Field<::std::string::String>,
    /// CSDL: property `appScopeId`: `Edm.String`, nullable.
    pub app_scope_id: rt::Field<::std::string::String>,
    /// CSDL: property `directoryScopeId`: `Edm.String`, nullable.
    pub directory_scope_id: rt::Field<::std::string::String>,
    /// CSDL: property `isValidationOnly`: `Edm.Boolean`, nullable.
    pub is_validation_only: rt::Field<bool>,
    /// CSDL: property `justification`: `Edm.String`, nullable.
    pub justification: rt::Field<::std::string::String>,
    /// CSDL: property `principalId`: `Edm.String`, nullable.
    pub principal_id: rt::Field<::std::string::String>,
    /// CSDL: property `roleDefinitionId`: `Edm.String`, nullable.
    pub role_definition_id: rt::Field<::std::string::String>,
    /// CSDL: property `scheduleInfo`: `microsoft.graph.requestSchedule`, nullable.
    pub schedule_info: rt::Field<crate::beta::RequestSchedule>,
    /// CSDL: property `targetScheduleId`: `Edm.String`, nullable.
    pub target_schedule_id: rt::Field<::std::string::String>,
    /// CSDL: property `ticketInfo`: `microsoft.graph.ticketInfo`, nullable.
    pub ticket_info: rt::Field<crate::beta::TicketInfo>,
    /// CSDL: navigation property `activatedUsing`: `microsoft.graph.unifiedRoleEligibilitySchedule`, nullable.
    pub activated_using: rt::Field<crate::beta::UnifiedRoleEligibilitySchedule>,
    /// CSDL: navigation property `appScope`: `microsoft.graph.appScope`, nullable.
    pub app_scope: rt::Field<crate::beta::AppScope>,
    /// CSDL: navigation property `directoryScope`: `microsoft.graph.directoryObject`, nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_core)]
    pub directory_scope: rt::Field<crate::beta::AnyDirectoryObject>,
    /// CSDL: navigation property `principal`: `microsoft.graph.directoryObject`, nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_core)]
    pub principal: rt::Field<crate::beta::AnyDirectoryObject>,
    /// CSDL: navigation property `roleDefinition`: `microsoft.graph.unifiedRoleDefinition`, nullable.
    pub role_definition: rt::Field<crate::beta::UnifiedRoleDefinition>,
    /// CSDL: navigation property `targetSchedule`: `microsoft.graph.unifiedRoleAssignmentSchedule`, nullable.
    pub target_schedule: rt::Field<crate::beta::UnifiedRoleAssignmentSchedule>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_role_management_or_search)]
impl ::std::default::Default for UnifiedRoleAssignmentScheduleRequest {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            approval_id: rt::Field::Absent,
            completed_date_time: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            custom_data: rt::Field::Absent,
            status: rt::Field::Absent,
            action: rt::Field::Absent,
            app_scope_id: rt::Field::Absent,
            directory_scope_id: rt::Field::Absent,
            is_validation_only: rt::Field::Absent,
            justification: rt::Field::Absent,
            principal_id: rt::Field::Absent,
            role_definition_id: rt::Field::Absent,
            schedule_info: rt::Field::Absent,
            target_schedule_id: rt::Field::Absent,
            ticket_info: rt::Field::Absent,
            activated_using: rt::Field::Absent,
            app_scope: rt::Field::Absent,
            #[cfg(msgraph_beta_core)]
            directory_scope: rt::Field::Absent,
            #[cfg(msgraph_beta_core)]
            principal: rt::Field::Absent,
            role_definition: rt::Field::Absent,
            target_schedule: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::Object for UnifiedRoleAssignmentScheduleRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.unifiedRoleAssignmentScheduleRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "approvalId",
        "completedDateTime",
        "createdBy",
        "createdDateTime",
        "customData",
        "status",
        "action",
        "appScopeId",
        "directoryScopeId",
        "isValidationOnly",
        "justification",
        "principalId",
        "roleDefinitionId",
        "scheduleInfo",
        "targetScheduleId",
        "ticketInfo",
        "activatedUsing",
        "appScope",
        "directoryScope",
        "principal",
        "roleDefinition",
        "targetSchedule",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"approvalId\":                   ",
        ",\"completedDateTime\":            ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"customData\":                   ",
        ",\"status\":                       ",
        ",\"action\":                       ",
        ",\"appScopeId\":                   ",
        ",\"directoryScopeId\":             ",
        ",\"isValidationOnly\":             ",
        ",\"justification\":                ",
        ",\"principalId\":                  ",
        ",\"roleDefinitionId\":             ",
        ",\"scheduleInfo\":                 ",
        ",\"targetScheduleId\":             ",
        ",\"ticketInfo\":                   ",
        ",\"activatedUsing\":               ",
        ",\"appScope\":                     ",
        ",\"directoryScope\":               ",
        ",\"principal\":                    ",
        ",\"roleDefinition\":               ",
        ",\"targetSchedule\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.unifiedRoleAssignmentScheduleRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "approval_id", &self.approval_id);
        v.field(2usize, "completed_date_time", &self.completed_date_time);
        v.field(3usize, "created_by", &self.created_by);
        v.field(4usize, "created_date_time", &self.created_date_time);
        v.field(5usize, "custom_data", &self.custom_data);
        v.field(6usize, "status", &self.status);
        v.field(7usize, "action", &self.action);
        v.field(8usize, "app_scope_id", &self.app_scope_id);
        v.field(9usize, "directory_scope_id", &self.directory_scope_id);
        v.field(10usize, "is_validation_only", &self.is_validation_only);
        v.field(11usize, "justification", &self.justification);
        v.field(12usize, "principal_id", &self.principal_id);
        v.field(13usize, "role_definition_id", &self.role_definition_id);
        v.field(14usize, "schedule_info", &self.schedule_info);
        v.field(15usize, "target_schedule_id", &self.target_schedule_id);
        v.field(16usize, "ticket_info", &self.ticket_info);
        v.field(17usize, "activated_using", &self.activated_using);
        v.field(18usize, "app_scope", &self.app_scope);
        #[cfg(msgraph_beta_core)]
        v.field(19usize, "directory_scope", &self.directory_scope);
        #[cfg(msgraph_beta_core)] v.field(20usize, "principal", &self.principal);
        v.field(21usize, "role_definition", &self.role_definition);
        v.field(22usize, "target_schedule", &self.target_schedule);
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::object::Members for UnifiedRoleAssignmentScheduleRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.approval_id.read_from(r),
            2usize => self.completed_date_time.read_from(r),
            3usize => self.created_by.read_from(r),
            4usize => self.created_date_time.read_from(r),
            5usize => self.custom_data.read_from(r),
            6usize => self.status.read_from(r),
            7usize => self.action.read_from(r),
            8usize => self.app_scope_id.read_from(r),
            9usize => self.directory_scope_id.read_from(r),
            10usize => self.is_validation_only.read_from(r),
            11usize => self.justification.read_from(r),
            12usize => self.principal_id.read_from(r),
            13usize => self.role_definition_id.read_from(r),
            14usize => self.schedule_info.read_from(r),
            15usize => self.target_schedule_id.read_from(r),
            16usize => self.ticket_info.read_from(r),
            17usize => self.activated_using.read_from(r),
            18usize => self.app_scope.read_from(r),
            #[cfg(msgraph_beta_core)]
            19usize => self.directory_scope.read_from(r),
            #[cfg(msgraph_beta_core)]
            20usize => self.principal.read_from(r),
            21usize => self.role_definition.read_from(r),
            22usize => self.target_schedule.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.approval_id);
        w.field(2usize, &self.completed_date_time);
        w.field(3usize, &self.created_by);
        w.field(4usize, &self.created_date_time);
        w.field(5usize, &self.custom_data);
        w.field(6usize, &self.status);
        w.field(7usize, &self.action);
        w.field(8usize, &self.app_scope_id);
        w.field(9usize, &self.directory_scope_id);
        w.field(10usize, &self.is_validation_only);
        w.field(11usize, &self.justification);
        w.field(12usize, &self.principal_id);
        w.field(13usize, &self.role_definition_id);
        w.field(14usize, &self.schedule_info);
        w.field(15usize, &self.target_schedule_id);
        w.field(16usize, &self.ticket_info);
        w.field(17usize, &self.activated_using);
        w.field(18usize, &self.app_scope);
        #[cfg(msgraph_beta_core)] w.field(19usize, &self.directory_scope);
        #[cfg(msgraph_beta_core)] w.field(20usize, &self.principal);
        w.field(21usize, &self.role_definition);
        w.field(22usize, &self.target_schedule);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
rt::impl_object!(UnifiedRoleAssignmentScheduleRequest);
#[cfg(msgraph_beta_role_management_or_search)]
rt::impl_setters!(
    UnifiedRoleAssignmentScheduleRequest { with_id id : ::std::string::String;
    with_approval_id approval_id : ::std::string::String; with_completed_date_time
    completed_date_time : rt::edm::DateTimeOffset; with_created_by created_by : crate
    ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_custom_data custom_data : ::std::string::String;
    with_status status : ::std::string::String; with_action action :
    ::std::string::String; with_app_scope_id app_scope_id : ::std::string::String;
    with_directory_scope_id directory_scope_id : ::std::string::String;
    with_is_validation_only is_validation_only : bool; with_justification justification :
    ::std::string::String; with_principal_id principal_id : ::std::string::String;
    with_role_definition_id role_definition_id : ::std::string::String;
    with_schedule_info schedule_info : crate ::beta::RequestSchedule;
    with_target_schedule_id target_schedule_id : ::std::string::String; with_ticket_info
    ticket_info : crate ::beta::TicketInfo; with_activated_using activated_using : crate
    ::beta::UnifiedRoleEligibilitySchedule; with_app_scope app_scope : crate
    ::beta::AppScope; #[cfg(msgraph_beta_core)] with_directory_scope directory_scope :
    crate ::beta::AnyDirectoryObject; #[cfg(msgraph_beta_core)] with_principal principal
    : crate ::beta::AnyDirectoryObject; with_role_definition role_definition : crate
    ::beta::UnifiedRoleDefinition; with_target_schedule target_schedule : crate
    ::beta::UnifiedRoleAssignmentSchedule; }
);
#[cfg(msgraph_beta_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRoleAssignmentScheduleRequest);
#[cfg(msgraph_beta_role_management_or_search)]
/// CSDL: `microsoft.graph.unifiedRoleEligibilitySchedule`, entity type, derived from `microsoft.graph.unifiedRoleScheduleBase`, key `id`.
///
/// Request builders: [`UnifiedRoleEligibilitySchedulePath`](requests/trait.UnifiedRoleEligibilitySchedulePath.html), what a path to one (`EntityPath<UnifiedRoleEligibilitySchedule, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
#[derive(Clone)]
pub struct UnifiedRoleEligibilitySchedule {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `appScopeId`: `Edm.String`, nullable.
    pub app_scope_id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `createdUsing`: `Edm.String`, nullable.
    pub created_using: rt::Field<::std::string::String>,
    /// CSDL: property `directoryScopeId`: `Edm.String`, nullable.
    pub directory_scope_id: rt::Field<::std::string::String>,
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `principalId`: `Edm.String`, nullable.
    pub principal_id: rt::Field<::std::string::String>,
    /// CSDL: property `roleDefinitionId`: `Edm.String`, nullable.
    pub role_definition_id: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: navigation property `appScope`: `microsoft.graph.appScope`, nullable.
    pub app_scope: rt::Field<crate::beta::AppScope>,
    /// CSDL: navigation property `directoryScope`: `microsoft.graph.directoryObject`, nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_core)]
    pub directory_scope: rt::Field<crate::beta::AnyDirectoryObject>,
    /// CSDL: navigation property `principal`: `microsoft.graph.directoryObject`, nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_core)]
    pub principal: rt::Field<crate::beta::AnyDirectoryObject>,
    /// CSDL: navigation property `roleDefinition`: `microsoft.graph.unifiedRoleDefinition`, nullable.
    pub role_definition: rt::Field<crate::beta::UnifiedRoleDefinition>,
    /// CSDL: property `memberType`: `Edm.String`, nullable.
    pub member_type: rt::Field<::std::string::String>,
    /// CSDL: property `scheduleInfo`: `microsoft.graph.requestSchedule`, nullable.
    pub schedule_info: rt::Field<crate::beta::RequestSchedule>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_role_management_or_search)]
impl ::std::default::Default for UnifiedRoleEligibilitySchedule {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_scope_id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            created_using: rt::Field::Absent,
            directory_scope_id: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            principal_id: rt::Field::Absent,
            role_definition_id: rt::Field::Absent,
            status: rt::Field::Absent,
            app_scope: rt::Field::Absent,
            #[cfg(msgraph_beta_core)]
            directory_scope: rt::Field::Absent,
            #[cfg(msgraph_beta_core)]
            principal: rt::Field::Absent,
            role_definition: rt::Field::Absent,
            member_type: rt::Field::Absent,
            schedule_info: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::Object for UnifiedRoleEligibilitySchedule {
    const TYPE_NAME: &'static str = "microsoft.graph.unifiedRoleEligibilitySchedule";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appScopeId",
        "createdDateTime",
        "createdUsing",
        "directoryScopeId",
        "modifiedDateTime",
        "principalId",
        "roleDefinitionId",
        "status",
        "appScope",
        "directoryScope",
        "principal",
        "roleDefinition",
        "memberType",
        "scheduleInfo",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appScopeId\":                   ",
        ",\"createdDateTime\":              ",
        ",\"createdUsing\":                 ",
        ",\"directoryScopeId\":             ",
        ",\"modifiedDateTime\":             ",
        ",\"principalId\":                  ",
        ",\"roleDefinitionId\":             ",
        ",\"status\":                       ",
        ",\"appScope\":                     ",
        ",\"directoryScope\":               ",
        ",\"principal\":                    ",
        ",\"roleDefinition\":               ",
        ",\"memberType\":                   ",
        ",\"scheduleInfo\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.unifiedRoleEligibilitySchedule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_scope_id", &self.app_scope_id);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "created_using", &self.created_using);
        v.field(4usize, "directory_scope_id", &self.directory_scope_id);
        v.field(5usize, "modified_date_time", &self.modified_date_time);
        v.field(6usize, "principal_id", &self.principal_id);
        v.field(7usize, "role_definition_id", &self.role_definition_id);
        v.field(8usize, "status", &self.status);
        v.field(9usize, "app_scope", &self.app_scope);
        #[cfg(msgraph_beta_core)]
        v.field(10usize, "directory_scope", &self.directory_scope);
        #[cfg(msgraph_beta_core)] v.field(11usize, "principal", &self.principal);
        v.field(12usize, "role_definition", &self.role_definition);
        v.field(13usize, "member_type", &self.member_type);
        v.field(14usize, "schedule_info", &self.schedule_info);
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::object::Members for UnifiedRoleEligibilitySchedule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_scope_id.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.created_using.read_from(r),
            4usize => self.directory_scope_id.read_from(r),
            5usize => self.modified_date_time.read_from(r),
            6usize => self.principal_id.read_from(r),
            7usize => self.role_definition_id.read_from(r),
            8usize => self.status.read_from(r),
            9usize => self.app_scope.read_from(r),
            #[cfg(msgraph_beta_core)]
            10usize => self.directory_scope.read_from(r),
            #[cfg(msgraph_beta_core)]
            11usize => self.principal.read_from(r),
            12usize => self.role_definition.read_from(r),
            13usize => self.member_type.read_from(r),
            14usize => self.schedule_info.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_scope_id);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.created_using);
        w.field(4usize, &self.directory_scope_id);
        w.field(5usize, &self.modified_date_time);
        w.field(6usize, &self.principal_id);
        w.field(7usize, &self.role_definition_id);
        w.field(8usize, &self.status);
        w.field(9usize, &self.app_scope);
        #[cfg(msgraph_beta_core)] w.field(10usize, &self.directory_scope);
        #[cfg(msgraph_beta_core)] w.field(11usize, &self.principal);
        w.field(12usize, &self.role_definition);
        w.field(13usize, &self.member_type);
        w.field(14usize, &self.schedule_info);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
rt::impl_object!(UnifiedRoleEligibilitySchedule);
#[cfg(msgraph_beta_role_management_or_search)]
rt::impl_setters!(
    UnifiedRoleEligibilitySchedule { with_id id : ::std::string::String;
    with_app_scope_id app_scope_id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_created_using created_using :
    ::std::string::String; with_directory_scope_id directory_scope_id :
    ::std::string::String; with_modified_date_time modified_date_time :
    rt::edm::DateTimeOffset; with_principal_id principal_id : ::std::string::String;
    with_role_definition_id role_definition_id : ::std::string::String; with_status
    status : ::std::string::String; with_app_scope app_scope : crate ::beta::AppScope;
    #[cfg(msgraph_beta_core)] with_directory_scope directory_scope : crate
    ::beta::AnyDirectoryObject; #[cfg(msgraph_beta_core)] with_principal principal :
    crate ::beta::AnyDirectoryObject; with_role_definition role_definition : crate
    ::beta::UnifiedRoleDefinition; with_member_type member_type : ::std::string::String;
    with_schedule_info schedule_info : crate ::beta::RequestSchedule; }
);
#[cfg(msgraph_beta_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRoleEligibilitySchedule);
#[cfg(msgraph_beta_role_management_or_search)]
/// CSDL: `microsoft.graph.unifiedRoleEligibilityScheduleInstance`, entity type, derived from `microsoft.graph.unifiedRoleScheduleInstanceBase`, key `id`.
///
/// Request builders: [`UnifiedRoleScheduleInstanceBasePath`](requests/trait.UnifiedRoleScheduleInstanceBasePath.html), what a path to one (`EntityPath<UnifiedRoleEligibilityScheduleInstance, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
#[derive(Clone)]
pub struct UnifiedRoleEligibilityScheduleInstance {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `appScopeId`: `Edm.String`, nullable.
    pub app_scope_id: rt::Field<::std::string::String>,
    /// CSDL: property `directoryScopeId`: `Edm.String`, nullable.
    pub directory_scope_id: rt::Field<::std::string::String>,
    /// CSDL: property `principalId`: `Edm.String`, nullable.
    pub principal_id: rt::Field<::std::string::String>,
    /// CSDL: property `roleDefinitionId`: `Edm.String`, nullable.
    pub role_definition_id: rt::Field<::std::string::String>,
    /// CSDL: navigation property `appScope`: `microsoft.graph.appScope`, nullable.
    pub app_scope: rt::Field<crate::beta::AppScope>,
    /// CSDL: navigation property `directoryScope`: `microsoft.graph.directoryObject`, nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_core)]
    pub directory_scope: rt::Field<crate::beta::AnyDirectoryObject>,
    /// CSDL: navigation property `principal`: `microsoft.graph.directoryObject`, nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_core)]
    pub principal: rt::Field<crate::beta::AnyDirectoryObject>,
    /// CSDL: navigation property `roleDefinition`: `microsoft.graph.unifiedRoleDefinition`, nullable.
    pub role_definition: rt::Field<crate::beta::UnifiedRoleDefinition>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `memberType`: `Edm.String`, nullable.
    pub member_type: rt::Field<::std::string::String>,
    /// CSDL: property `roleEligibilityScheduleId`: `Edm.String`, nullable.
    pub role_eligibility_schedule_id: rt::Field<::std::string::String>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_role_management_or_search)]
impl ::std::default::Default for UnifiedRoleEligibilityScheduleInstance {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_scope_id: rt::Field::Absent,
            directory_scope_id: rt::Field::Absent,
            principal_id: rt::Field::Absent,
            role_definition_id: rt::Field::Absent,
            app_scope: rt::Field::Absent,
            #[cfg(msgraph_beta_core)]
            directory_scope: rt::Field::Absent,
            #[cfg(msgraph_beta_core)]
            principal: rt::Field::Absent,
            role_definition: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            member_type: rt::Field::Absent,
            role_eligibility_schedule_id: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::Object for UnifiedRoleEligibilityScheduleInstance {
    const TYPE_NAME: &'static str = "microsoft.graph.unifiedRoleEligibilityScheduleInstance";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appScopeId",
        "directoryScopeId",
        "principalId",
        "roleDefinitionId",
        "appScope",
        "directoryScope",
        "principal",
        "roleDefinition",
        "endDateTime",
        "memberType",
        "roleEligibilityScheduleId",
        "startDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appScopeId\":                   ",
        ",\"directoryScopeId\":             ",
        ",\"principalId\":                  ",
        ",\"roleDefinitionId\":             ",
        ",\"appScope\":                     ",
        ",\"directoryScope\":               ",
        ",\"principal\":                    ",
        ",\"roleDefinition\":               ",
        ",\"endDateTime\":                  ",
        ",\"memberType\":                   ",
        ",\"roleEligibilityScheduleId\":    ",
        ",\"startDateTime\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.unifiedRoleEligibilityScheduleInstance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_scope_id", &self.app_scope_id);
        v.field(2usize, "directory_scope_id", &self.directory_scope_id);
        v.field(3usize, "principal_id", &self.principal_id);
        v.field(4usize, "role_definition_id", &self.role_definition_id);
        v.field(5usize, "app_scope", &self.app_scope);
        #[cfg(msgraph_beta_core)]
        v.field(6usize, "directory_scope", &self.directory_scope);
        #[cfg(msgraph_beta_core)] v.field(7usize, "principal", &self.principal);
        v.field(8usize, "role_definition", &self.role_definition);
        v.field(9usize, "end_date_time", &self.end_date_time);
        v.field(10usize, "member_type", &self.member_type);
        v.field(
            11usize,
            "role_eligibility_schedule_id",
            &self.role_eligibility_schedule_id,
        );
        v.field(12usize, "start_date_time", &self.start_date_time);
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::object::Members for UnifiedRoleEligibilityScheduleInstance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_scope_id.read_from(r),
            2usize => self.directory_scope_id.read_from(r),
            3usize => self.principal_id.read_from(r),
            4usize => self.role_definition_id.read_from(r),
            5usize => self.app_scope.read_from(r),
            #[cfg(msgraph_beta_core)]
            6usize => self.directory_scope.read_from(r),
            #[cfg(msgraph_beta_core)]
            7usize => self.principal.read_from(r),
            8usize => self.role_definition.read_from(r),
            9usize => self.end_date_time.read_from(r),
            10usize => self.member_type.read_from(r),
            11usize => self.role_eligibility_schedule_id.read_from(r),
            12usize => self.start_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_scope_id);
        w.field(2usize, &self.directory_scope_id);
        w.field(3usize, &self.principal_id);
        w.field(4usize, &self.role_definition_id);
        w.field(5usize, &self.app_scope);
        #[cfg(msgraph_beta_core)] w.field(6usize, &self.directory_scope);
        #[cfg(msgraph_beta_core)] w.field(7usize, &self.principal);
        w.field(8usize, &self.role_definition);
        w.field(9usize, &self.end_date_time);
        w.field(10usize, &self.member_type);
        w.field(11usize, &self.role_eligibility_schedule_id);
        w.field(12usize, &self.start_date_time);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
rt::impl_object!(UnifiedRoleEligibilityScheduleInstance);
#[cfg(msgraph_beta_role_management_or_search)]
rt::impl_setters!(
    UnifiedRoleEligibilityScheduleInstance { with_id id : ::std::string::String;
    with_app_scope_id app_scope_id : ::std::string::String; with_directory_scope_id
    directory_scope_id : ::std::string::String; with_principal_id principal_id :
    ::std::string::String; with_role_definition_id role_definition_id :
    ::std::string::String; with_app_scope app_scope : crate ::beta::AppScope;
    #[cfg(msgraph_beta_core)] with_directory_scope directory_scope : crate
    ::beta::AnyDirectoryObject; #[cfg(msgraph_beta_core)] with_principal principal :
    crate ::beta::AnyDirectoryObject; with_role_definition role_definition : crate
    ::beta::UnifiedRoleDefinition; with_end_date_time end_date_time :
    rt::edm::DateTimeOffset; with_member_type member_type : ::std::string::String;
    with_role_eligibility_schedule_id role_eligibility_schedule_id :
    ::std::string::String; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRoleEligibilityScheduleInstance);
#[cfg(msgraph_beta_role_management_or_search)]
/// CSDL: `microsoft.graph.unifiedRoleEligibilityScheduleRequest`, entity type, derived from `microsoft.graph.request`, key `id`.
///
/// Request builders: [`UnifiedRoleEligibilityScheduleRequestPath`](requests/trait.UnifiedRoleEligibilityScheduleRequestPath.html), what a path to one (`EntityPath<UnifiedRoleEligibilityScheduleRequest, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
#[derive(Clone)]
pub struct UnifiedRoleEligibilityScheduleRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `approvalId`: `Edm.String`, nullable.
    pub approval_id: rt::Field<::std::string::String>,
    /// CSDL: property `completedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `customData`: `Edm.String`, nullable.
    pub custom_data: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `Edm.String`, not nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: property `action`: `Edm.String`, nullable.
    pub action: rt::Field<::std::string::String>,
    /// CSDL: property `appScopeId`: `Edm.String`, nullable.
    pub app_scope_id: rt::Field<::std::string::String>,
    /// CSDL: property `directoryScopeId`: `Edm.String`, nullable.
    pub directory_scope_id: rt::Field<::std::string::String>,
    /// CSDL: property `isValidationOnly`: `Edm.Boolean`, nullable.
    pub is_validation_only: rt::Field<bool>,
    /// CSDL: property `justification`: `Edm.String`, nullable.
    pub justification: rt::Field<::std::string::String>,
    /// CSDL: property `principalId`: `Edm.String`, nullable.
    pub principal_id: rt::Field<::std::string::String>,
    /// CSDL: property `roleDefinitionId`: `Edm.String`, nullable.
    pub role_definition_id: rt::Field<::std::string::String>,
    /// CSDL: property `scheduleInfo`: `microsoft.graph.requestSchedule`, nullable.
    pub schedule_info: rt::Field<crate::beta::RequestSchedule>,
    /// CSDL: property `targetScheduleId`: `Edm.String`, nullable.
    pub target_schedule_id: rt::Field<::std::string::String>,
    /// CSDL: property `ticketInfo`: `microsoft.graph.ticketInfo`, nullable.
    pub ticket_info: rt::Field<crate::beta::TicketInfo>,
    /// CSDL: navigation property `appScope`: `microsoft.graph.appScope`, nullable.
    pub app_scope: rt::Field<crate::beta::AppScope>,
    /// CSDL: navigation property `directoryScope`: `microsoft.graph.directoryObject`, nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_core)]
    pub directory_scope: rt::Field<crate::beta::AnyDirectoryObject>,
    /// CSDL: navigation property `principal`: `microsoft.graph.directoryObject`, nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_core)]
    pub principal: rt::Field<crate::beta::AnyDirectoryObject>,
    /// CSDL: navigation property `roleDefinition`: `microsoft.graph.unifiedRoleDefinition`, nullable.
    pub role_definition: rt::Field<crate::beta::UnifiedRoleDefinition>,
    /// CSDL: navigation property `targetSchedule`: `microsoft.graph.unifiedRoleEligibilitySchedule`, nullable.
    pub target_schedule: rt::Field<crate::beta::UnifiedRoleEligibilitySchedule>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_role_management_or_search)]
impl ::std::default::Default for UnifiedRoleEligibilityScheduleRequest {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            approval_id: rt::Field::Absent,
            completed_date_time: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            custom_data: rt::Field::Absent,
            status: rt::Field::Absent,
            action: rt::Field::Absent,
            app_scope_id: rt::Field::Absent,
            directory_scope_id: rt::Field::Absent,
            is_validation_only: rt::Field::Absent,
            justification: rt::Field::Absent,
            principal_id: rt::Field::Absent,
            role_definition_id: rt::Field::Absent,
            schedule_info: rt::Field::Absent,
            target_schedule_id: rt::Field::Absent,
            ticket_info: rt::Field::Absent,
            app_scope: rt::Field::Absent,
            #[cfg(msgraph_beta_core)]
            directory_scope: rt::Field::Absent,
            #[cfg(msgraph_beta_core)]
            principal: rt::Field::Absent,
            role_definition: rt::Field::Absent,
            target_schedule: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::Object for UnifiedRoleEligibilityScheduleRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.unifiedRoleEligibilityScheduleRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "approvalId",
        "completedDateTime",
        "createdBy",
        "createdDateTime",
        "customData",
        "status",
        "action",
        "appScopeId",
        "directoryScopeId",
        "isValidationOnly",
        "justification",
        "principalId",
        "roleDefinitionId",
        "scheduleInfo",
        "targetScheduleId",
        "ticketInfo",
        "appScope",
        "directoryScope",
        "principal",
        "roleDefinition",
        "targetSchedule",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"approvalId\":                   ",
        ",\"completedDateTime\":            ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"customData\":                   ",
        ",\"status\":                       ",
        ",\"action\":                       ",
        ",\"appScopeId\":                   ",
        ",\"directoryScopeId\":             ",
        ",\"isValidationOnly\":             ",
        ",\"justification\":                ",
        ",\"principalId\":                  ",
        ",\"roleDefinitionId\":             ",
        ",\"scheduleInfo\":                 ",
        ",\"targetScheduleId\":             ",
        ",\"ticketInfo\":                   ",
        ",\"appScope\":                     ",
        ",\"directoryScope\":               ",
        ",\"principal\":                    ",
        ",\"roleDefinition\":               ",
        ",\"targetSchedule\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.unifiedRoleEligibilityScheduleRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "approval_id", &self.approval_id);
        v.field(2usize, "completed_date_time", &self.completed_date_time);
        v.field(3usize, "created_by", &self.created_by);
        v.field(4usize, "created_date_time", &self.created_date_time);
        v.field(5usize, "custom_data", &self.custom_data);
        v.field(6usize, "status", &self.status);
        v.field(7usize, "action", &self.action);
        v.field(8usize, "app_scope_id", &self.app_scope_id);
        v.field(9usize, "directory_scope_id", &self.directory_scope_id);
        v.field(10usize, "is_validation_only", &self.is_validation_only);
        v.field(11usize, "justification", &self.justification);
        v.field(12usize, "principal_id", &self.principal_id);
        v.field(13usize, "role_definition_id", &self.role_definition_id);
        v.field(14usize, "schedule_info", &self.schedule_info);
        v.field(15usize, "target_schedule_id", &self.target_schedule_id);
        v.field(16usize, "ticket_info", &self.ticket_info);
        v.field(17usize, "app_scope", &self.app_scope);
        #[cfg(msgraph_beta_core)]
        v.field(18usize, "directory_scope", &self.directory_scope);
        #[cfg(msgraph_beta_core)] v.field(19usize, "principal", &self.principal);
        v.field(20usize, "role_definition", &self.role_definition);
        v.field(21usize, "target_schedule", &self.target_schedule);
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::object::Members for UnifiedRoleEligibilityScheduleRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.approval_id.read_from(r),
            2usize => self.completed_date_time.read_from(r),
            3usize => self.created_by.read_from(r),
            4usize => self.created_date_time.read_from(r),
            5usize => self.custom_data.read_from(r),
            6usize => self.status.read_from(r),
            7usize => self.action.read_from(r),
            8usize => self.app_scope_id.read_from(r),
            9usize => self.directory_scope_id.read_from(r),
            10usize => self.is_validation_only.read_from(r),
            11usize => self.justification.read_from(r),
            12usize => self.principal_id.read_from(r),
            13usize => self.role_definition_id.read_from(r),
            14usize => self.schedule_info.read_from(r),
            15usize => self.target_schedule_id.read_from(r),
            16usize => self.ticket_info.read_from(r),
            17usize => self.app_scope.read_from(r),
            #[cfg(msgraph_beta_core)]
            18usize => self.directory_scope.read_from(r),
            #[cfg(msgraph_beta_core)]
            19usize => self.principal.read_from(r),
            20usize => self.role_definition.read_from(r),
            21usize => self.target_schedule.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.approval_id);
        w.field(2usize, &self.completed_date_time);
        w.field(3usize, &self.created_by);
        w.field(4usize, &self.created_date_time);
        w.field(5usize, &self.custom_data);
        w.field(6usize, &self.status);
        w.field(7usize, &self.action);
        w.field(8usize, &self.app_scope_id);
        w.field(9usize, &self.directory_scope_id);
        w.field(10usize, &self.is_validation_only);
        w.field(11usize, &self.justification);
        w.field(12usize, &self.principal_id);
        w.field(13usize, &self.role_definition_id);
        w.field(14usize, &self.schedule_info);
        w.field(15usize, &self.target_schedule_id);
        w.field(16usize, &self.ticket_info);
        w.field(17usize, &self.app_scope);
        #[cfg(msgraph_beta_core)] w.field(18usize, &self.directory_scope);
        #[cfg(msgraph_beta_core)] w.field(19usize, &self.principal);
        w.field(20usize, &self.role_definition);
        w.field(21usize, &self.target_schedule);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
rt::impl_object!(UnifiedRoleEligibilityScheduleRequest);
#[cfg(msgraph_beta_role_management_or_search)]
rt::impl_setters!(
    UnifiedRoleEligibilityScheduleRequest { with_id id : ::std::string::String;
    with_approval_id approval_id : ::std::string::String; with_completed_date_time
    completed_date_time : rt::edm::DateTimeOffset; with_created_by created_by : crate
    ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_custom_data custom_data : ::std::string::String;
    with_status status : ::std::string::String; with_action action :
    ::std::string::String; with_app_scope_id app_scope_id : ::std::string::String;
    with_directory_scope_id directory_scope_id : ::std::string::String;
    with_is_validation_only is_validation_only : bool; with_justification justification :
    ::std::string::String; with_principal_id principal_id : ::std::string::String;
    with_role_definition_id role_definition_id : ::std::string::String;
    with_schedule_info schedule_info : crate ::beta::RequestSchedule;
    with_target_schedule_id target_schedule_id : ::std::string::String; with_ticket_info
    ticket_info : crate ::beta::TicketInfo; with_app_scope app_scope : crate
    ::beta::AppScope; #[cfg(msgraph_beta_core)] with_directory_scope directory_scope :
    crate ::beta::AnyDirectoryObject; #[cfg(msgraph_beta_core)] with_principal principal
    : crate ::beta::AnyDirectoryObject; with_role_definition role_definition : crate
    ::beta::UnifiedRoleDefinition; with_target_schedule target_schedule : crate
    ::beta::UnifiedRoleEligibilitySchedule; }
);
#[cfg(msgraph_beta_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRoleEligibilityScheduleRequest);
#[cfg(msgraph_beta_policies_or_search)]
/// CSDL: `microsoft.graph.unifiedRoleManagementPolicy`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UnifiedRoleManagementPolicyPath`](requests/trait.UnifiedRoleManagementPolicyPath.html), what a path to one (`EntityPath<UnifiedRoleManagementPolicy, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct UnifiedRoleManagementPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, not nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isOrganizationDefault`: `Edm.Boolean`, nullable.
    pub is_organization_default: rt::Field<bool>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identity`, nullable.
    pub last_modified_by: rt::Field<crate::beta::AnyIdentity>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `scopeId`: `Edm.String`, not nullable.
    pub scope_id: rt::Field<::std::string::String>,
    /// CSDL: property `scopeType`: `Edm.String`, not nullable.
    pub scope_type: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `effectiveRules`: `Collection(microsoft.graph.unifiedRoleManagementPolicyRule)`, not nullable.
    pub effective_rules: rt::Field<
        ::std::vec::Vec<crate::beta::AnyUnifiedRoleManagementPolicyRule>,
    >,
    /// CSDL: containment navigation property `rules`: `Collection(microsoft.graph.unifiedRoleManagementPolicyRule)`, not nullable.
    pub rules: rt::Field<
        ::std::vec::Vec<crate::beta::AnyUnifiedRoleManagementPolicyRule>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_policies_or_search)]
impl ::std::default::Default for UnifiedRoleManagementPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_organization_default: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            scope_id: rt::Field::Absent,
            scope_type: rt::Field::Absent,
            effective_rules: rt::Field::Absent,
            rules: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_policies_or_search)]
impl rt::Object for UnifiedRoleManagementPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.unifiedRoleManagementPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "isOrganizationDefault",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "scopeId",
        "scopeType",
        "effectiveRules",
        "rules",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"isOrganizationDefault\":        ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"scopeId\":                      ",
        ",\"scopeType\":                    ",
        ",\"effectiveRules\":               ",
        ",\"rules\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.unifiedRoleManagementPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "is_organization_default", &self.is_organization_default);
        v.field(4usize, "last_modified_by", &self.last_modified_by);
        v.field(5usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(6usize, "scope_id", &self.scope_id);
        v.field(7usize, "scope_type", &self.scope_type);
        v.field(8usize, "effective_rules", &self.effective_rules);
        v.field(9usize, "rules", &self.rules);
    }
}
#[cfg(msgraph_beta_policies_or_search)]
impl rt::object::Members for UnifiedRoleManagementPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.is_organization_default.read_from(r),
            4usize => self.last_modified_by.read_from(r),
            5usize => self.last_modified_date_time.read_from(r),
            6usize => self.scope_id.read_from(r),
            7usize => self.scope_type.read_from(r),
            8usize => self.effective_rules.read_from(r),
            9usize => self.rules.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.is_organization_default);
        w.field(4usize, &self.last_modified_by);
        w.field(5usize, &self.last_modified_date_time);
        w.field(6usize, &self.scope_id);
        w.field(7usize, &self.scope_type);
        w.field(8usize, &self.effective_rules);
        w.field(9usize, &self.rules);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_policies_or_search)]
rt::impl_object!(UnifiedRoleManagementPolicy);
#[cfg(msgraph_beta_policies_or_search)]
rt::impl_setters!(
    UnifiedRoleManagementPolicy { with_id id : ::std::string::String; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_is_organization_default is_organization_default : bool;
    with_last_modified_by last_modified_by : crate ::beta::AnyIdentity;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_scope_id scope_id : ::std::string::String; with_scope_type scope_type :
    ::std::string::String; with_effective_rules effective_rules : ::std::vec::Vec < crate
    ::beta::AnyUnifiedRoleManagementPolicyRule >; with_rules rules : ::std::vec::Vec <
    crate ::beta::AnyUnifiedRoleManagementPolicyRule >; }
);
#[cfg(msgraph_beta_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRoleManagementPolicy);
#[cfg(msgraph_beta_policies_or_search)]
/// CSDL: `microsoft.graph.unifiedRoleManagementPolicyApprovalRule`, entity type, derived from `microsoft.graph.unifiedRoleManagementPolicyRule`, key `id`.
///
/// Request builders: [`UnifiedRoleManagementPolicyApprovalRulePath`](requests/trait.UnifiedRoleManagementPolicyApprovalRulePath.html), what a path to one (`EntityPath<UnifiedRoleManagementPolicyApprovalRule, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct UnifiedRoleManagementPolicyApprovalRule {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `target`: `microsoft.graph.unifiedRoleManagementPolicyRuleTarget`, nullable.
    pub target: rt::Field<crate::beta::UnifiedRoleManagementPolicyRuleTarget>,
    /// CSDL: property `setting`: `microsoft.graph.approvalSettings`, nullable.
    pub setting: rt::Field<crate::beta::ApprovalSettings>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_policies_or_search)]
impl ::std::default::Default for UnifiedRoleManagementPolicyApprovalRule {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            target: rt::Field::Absent,
            setting: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_policies_or_search)]
impl rt::Object for UnifiedRoleManagementPolicyApprovalRule {
    const TYPE_NAME: &'static str = "microsoft.graph.unifiedRoleManagementPolicyApprovalRule";
    const KEYS: &'static [&'static str] = &["id", "target", "setting"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"target\":                       ",
        ",\"setting\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.unifiedRoleManagementPolicyApprovalRule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "target", &self.target);
        v.field(2usize, "setting", &self.setting);
    }
}
#[cfg(msgraph_beta_policies_or_search)]
impl rt::object::Members for UnifiedRoleManagementPolicyApprovalRule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.target.read_from(r),
            2usize => self.setting.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.target);
        w.field(2usize, &self.setting);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_policies_or_search)]
rt::impl_object!(UnifiedRoleManagementPolicyApprovalRule);
#[cfg(msgraph_beta_policies_or_search)]
rt::impl_setters!(
    UnifiedRoleManagementPolicyApprovalRule { with_id id : ::std::string::String;
    with_target target : crate ::beta::UnifiedRoleManagementPolicyRuleTarget;
    with_setting setting : crate ::beta::ApprovalSettings; }
);
#[cfg(msgraph_beta_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRoleManagementPolicyApprovalRule);
#[cfg(msgraph_beta_policies_or_search)]
/// CSDL: `microsoft.graph.unifiedRoleManagementPolicyAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UnifiedRoleManagementPolicyAssignmentPath`](requests/trait.UnifiedRoleManagementPolicyAssignmentPath.html), what a path to one (`EntityPath<UnifiedRoleManagementPolicyAssignment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct UnifiedRoleManagementPolicyAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `policyId`: `Edm.String`, not nullable.
    pub policy_id: rt::Field<::std::string::String>,
    /// CSDL: property `roleDefinitionId`: `Edm.String`, nullable.
    pub role_definition_id: rt::Field<::std::string::String>,
    /// CSDL: property `scopeId`: `Edm.String`, not nullable.
    pub scope_id: rt::Field<::std::string::String>,
    /// CSDL: property `scopeType`: `Edm.String`, not nullable.
    pub scope_type: rt::Field<::std::string::String>,
    /// CSDL: navigation property `policy`: `microsoft.graph.unifiedRoleManagementPolicy`, nullable.
    pub policy: rt::Field<crate::beta::UnifiedRoleManagementPolicy>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_policies_or_search)]
impl ::std::default::Default for UnifiedRoleManagementPolicyAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            policy_id: rt::Field::Absent,
            role_definition_id: rt::Field::Absent,
            scope_id: rt::Field::Absent,
            scope_type: rt::Field::Absent,
            policy: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_policies_or_search)]
impl rt::Object for UnifiedRoleManagementPolicyAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.unifiedRoleManagementPolicyAssignment";
    const KEYS: &'static [&'static str] = &[
        "id",
        "policyId",
        "roleDefinitionId",
        "scopeId",
        "scopeType",
        "policy",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"policyId\":                     ",
        ",\"roleDefinitionId\":             ",
        ",\"scopeId\":                      ",
        ",\"scopeType\":                    ",
        ",\"policy\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.unifiedRoleManagementPolicyAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "policy_id", &self.policy_id);
        v.field(2usize, "role_definition_id", &self.role_definition_id);
        v.field(3usize, "scope_id", &self.scope_id);
        v.field(4usize, "scope_type", &self.scope_type);
        v.field(5usize, "policy", &self.policy);
    }
}
#[cfg(msgraph_beta_policies_or_search)]
impl rt::object::Members for UnifiedRoleManagementPolicyAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.policy_id.read_from(r),
            2usize => self.role_definition_id.read_from(r),
            3usize => self.scope_id.read_from(r),
            4usize => self.scope_type.read_from(r),
            5usize => self.policy.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.policy_id);
        w.field(2usize, &self.role_definition_id);
        w.field(3usize, &self.scope_id);
        w.field(4usize, &self.scope_type);
        w.field(5usize, &self.policy);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_policies_or_search)]
rt::impl_object!(UnifiedRoleManagementPolicyAssignment);
#[cfg(msgraph_beta_policies_or_search)]
rt::impl_setters!(
    UnifiedRoleManagementPolicyAssignment { with_id id : ::std::string::String;
    with_policy_id policy_id : ::std::string::String; with_role_definition_id
    role_definition_id : ::std::string::String; with_scope_id scope_id :
    ::std::string::String; with_scope_type scope_type : ::std::string::String;
    with_policy policy : crate ::beta::UnifiedRoleManagementPolicy; }
);
#[cfg(msgraph_beta_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRoleManagementPolicyAssignment);
#[cfg(msgraph_beta_policies_or_search)]
/// CSDL: `microsoft.graph.unifiedRoleManagementPolicyAuthenticationContextRule`, entity type, derived from `microsoft.graph.unifiedRoleManagementPolicyRule`, key `id`.
///
/// Request builders: [`UnifiedRoleManagementPolicyRulePath`](requests/trait.UnifiedRoleManagementPolicyRulePath.html), what a path to one (`EntityPath<UnifiedRoleManagementPolicyAuthenticationContextRule, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct UnifiedRoleManagementPolicyAuthenticationContextRule {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `target`: `microsoft.graph.unifiedRoleManagementPolicyRuleTarget`, nullable.
    pub target: rt::Field<crate::beta::UnifiedRoleManagementPolicyRuleTarget>,
    /// CSDL: property `claimValue`: `Edm.String`, nullable.
    pub claim_value: rt::Field<::std::string::String>,
    /// CSDL: property `isEnabled`: `Edm.Boolean`, nullable.
    pub is_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_policies_or_search)]
impl ::std::default::Default for UnifiedRoleManagementPolicyAuthenticationContextRule {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            target: rt::Field::Absent,
            claim_value: rt::Field::Absent,
            is_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_policies_or_search)]
impl rt::Object for UnifiedRoleManagementPolicyAuthenticationContextRule {
    const TYPE_NAME: &'static str = "microsoft.graph.unifiedRoleManagementPolicyAuthenticationContextRule";
    const KEYS: &'static [&'static str] = &["id", "target", "claimValue", "isEnabled"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"target\":                       ",
        ",\"claimValue\":                   ",
        ",\"isEnabled\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.unifiedRoleManagementPolicyAuthenticationContextRule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "target", &self.target);
        v.field(2usize, "claim_value", &self.claim_value);
        v.field(3usize, "is_enabled", &self.is_enabled);
    }
}
#[cfg(msgraph_beta_policies_or_search)]
impl rt::object::Members for UnifiedRoleManagementPolicyAuthenticationContextRule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.target.read_from(r),
            2usize => self.claim_value.read_from(r),
            3usize => self.is_enabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.target);
        w.field(2usize, &self.claim_value);
        w.field(3usize, &self.is_enabled);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_policies_or_search)]
rt::impl_object!(UnifiedRoleManagementPolicyAuthenticationContextRule);
#[cfg(msgraph_beta_policies_or_search)]
rt::impl_setters!(
    UnifiedRoleManagementPolicyAuthenticationContextRule { with_id id :
    ::std::string::String; with_target target : crate
    ::beta::UnifiedRoleManagementPolicyRuleTarget; with_claim_value claim_value :
    ::std::string::String; with_is_enabled is_enabled : bool; }
);
#[cfg(msgraph_beta_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRoleManagementPolicyAuthenticationContextRule);
#[cfg(msgraph_beta_policies_or_search)]
/// CSDL: `microsoft.graph.unifiedRoleManagementPolicyEnablementRule`, entity type, derived from `microsoft.graph.unifiedRoleManagementPolicyRule`, key `id`.
///
/// Request builders: [`UnifiedRoleManagementPolicyRulePath`](requests/trait.UnifiedRoleManagementPolicyRulePath.html), what a path to one (`EntityPath<UnifiedRoleManagementPolicyEnablementRule, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct UnifiedRoleManagementPolicyEnablementRule {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `target`: `microsoft.graph.unifiedRoleManagementPolicyRuleTarget`, nullable.
    pub target: rt::Field<crate::beta::UnifiedRoleManagementPolicyRuleTarget>,
    /// CSDL: property `enabledRules`: `Collection(Edm.String)`, nullable.
    pub enabled_rules: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_policies_or_search)]
impl ::std::default::Default for UnifiedRoleManagementPolicyEnablementRule {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            target: rt::Field::Absent,
            enabled_rules: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_policies_or_search)]
impl rt::Object for UnifiedRoleManagementPolicyEnablementRule {
    const TYPE_NAME: &'static str = "microsoft.graph.unifiedRoleManagementPolicyEnablementRule";
    const KEYS: &'static [&'static str] = &["id", "target", "enabledRules"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"target\":                       ",
        ",\"enabledRules\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.unifiedRoleManagementPolicyEnablementRule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "target", &self.target);
        v.field(2usize, "enabled_rules", &self.enabled_rules);
    }
}
#[cfg(msgraph_beta_policies_or_search)]
impl rt::object::Members for UnifiedRoleManagementPolicyEnablementRule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.target.read_from(r),
            2usize => self.enabled_rules.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.target);
        w.field(2usize, &self.enabled_rules);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_policies_or_search)]
rt::impl_object!(UnifiedRoleManagementPolicyEnablementRule);
#[cfg(msgraph_beta_policies_or_search)]
rt::impl_setters!(
    UnifiedRoleManagementPolicyEnablementRule { with_id id : ::std::string::String;
    with_target target : crate ::beta::UnifiedRoleManagementPolicyRuleTarget;
    with_enabled_rules enabled_rules : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRoleManagementPolicyEnablementRule);
#[cfg(msgraph_beta_policies_or_search)]
/// CSDL: `microsoft.graph.unifiedRoleManagementPolicyExpirationRule`, entity type, derived from `microsoft.graph.unifiedRoleManagementPolicyRule`, key `id`.
///
/// Request builders: [`UnifiedRoleManagementPolicyRulePath`](requests/trait.UnifiedRoleManagementPolicyRulePath.html), what a path to one (`EntityPath<UnifiedRoleManagementPolicyExpirationRule, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct UnifiedRoleManagementPolicyExpirationRule {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `target`: `microsoft.graph.unifiedRoleManagementPolicyRuleTarget`, nullable.
    pub target: rt::Field<crate::beta::UnifiedRoleManagementPolicyRuleTarget>,
    /// CSDL: property `isExpirationRequired`: `Edm.Boolean`, nullable.
    pub is_expiration_required: rt::Field<bool>,
    /// CSDL: property `maximumDuration`: `Edm.Duration`, nullable.
    pub maximum_duration: rt::Field<rt::edm::Duration>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_policies_or_search)]
impl ::std::default::Default for UnifiedRoleManagementPolicyExpirationRule {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            target: rt::Field::Absent,
            is_expiration_required: rt::Field::Absent,
            maximum_duration: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_policies_or_search)]
impl rt::Object for UnifiedRoleManagementPolicyExpirationRule {
    const TYPE_NAME: &'static str = "microsoft.graph.unifiedRoleManagementPolicyExpirationRule";
    const KEYS: &'static [&'static str] = &[
        "id",
        "target",
        "isExpirationRequired",
        "maximumDuration",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"target\":                       ",
        ",\"isExpirationRequired\":         ",
        ",\"maximumDuration\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.unifiedRoleManagementPolicyExpirationRule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "target", &self.target);
        v.field(2usize, "is_expiration_required", &self.is_expiration_required);
        v.field(3usize, "maximum_duration", &self.maximum_duration);
    }
}
#[cfg(msgraph_beta_policies_or_search)]
impl rt::object::Members for UnifiedRoleManagementPolicyExpirationRule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.target.read_from(r),
            2usize => self.is_expiration_required.read_from(r),
            3usize => self.maximum_duration.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.target);
        w.field(2usize, &self.is_expiration_required);
        w.field(3usize, &self.maximum_duration);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_policies_or_search)]
rt::impl_object!(UnifiedRoleManagementPolicyExpirationRule);
#[cfg(msgraph_beta_policies_or_search)]
rt::impl_setters!(
    UnifiedRoleManagementPolicyExpirationRule { with_id id : ::std::string::String;
    with_target target : crate ::beta::UnifiedRoleManagementPolicyRuleTarget;
    with_is_expiration_required is_expiration_required : bool; with_maximum_duration
    maximum_duration : rt::edm::Duration; }
);
#[cfg(msgraph_beta_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRoleManagementPolicyExpirationRule);
#[cfg(msgraph_beta_policies_or_search)]
/// CSDL: `microsoft.graph.unifiedRoleManagementPolicyNotificationRule`, entity type, derived from `microsoft.graph.unifiedRoleManagementPolicyRule`, key `id`.
///
/// Request builders: [`UnifiedRoleManagementPolicyRulePath`](requests/trait.UnifiedRoleManagementPolicyRulePath.html), what a path to one (`EntityPath<UnifiedRoleManagementPolicyNotificationRule, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct UnifiedRoleManagementPolicyNotificationRule {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `target`: `microsoft.graph.unifiedRoleManagementPolicyRuleTarget`, nullable.
    pub target: rt::Field<crate::beta::UnifiedRoleManagementPolicyRuleTarget>,
    /// CSDL: property `isDefaultRecipientsEnabled`: `Edm.Boolean`, nullable.
    pub is_default_recipients_enabled: rt::Field<bool>,
    /// CSDL: property `notificationLevel`: `Edm.String`, nullable.
    pub notification_level: rt::Field<::std::string::String>,
    /// CSDL: property `notificationRecipients`: `Collection(Edm.String)`, nullable.
    pub notification_recipients: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `notificationType`: `Edm.String`, nullable.
    pub notification_type: rt::Field<::std::string::String>,
    /// CSDL: property `recipientType`: `Edm.String`, nullable.
    pub recipient_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_policies_or_search)]
impl ::std::default::Default for UnifiedRoleManagementPolicyNotificationRule {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            target: rt::Field::Absent,
            is_default_recipients_enabled: rt::Field::Absent,
            notification_level: rt::Field::Absent,
            notification_recipients: rt::Field::Absent,
            notification_type: rt::Field::Absent,
            recipient_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_policies_or_search)]
impl rt::Object for UnifiedRoleManagementPolicyNotificationRule {
    const TYPE_NAME: &'static str = "microsoft.graph.unifiedRoleManagementPolicyNotificationRule";
    const KEYS: &'static [&'static str] = &[
        "id",
        "target",
        "isDefaultRecipientsEnabled",
        "notificationLevel",
        "notificationRecipients",
        "notificationType",
        "recipientType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"target\":                       ",
        ",\"isDefaultRecipientsEnabled\":   ",
        ",\"notificationLevel\":            ",
        ",\"notificationRecipients\":       ",
        ",\"notificationType\":             ",
        ",\"recipientType\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.unifiedRoleManagementPolicyNotificationRule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "target", &self.target);
        v.field(
            2usize,
            "is_default_recipients_enabled",
            &self.is_default_recipients_enabled,
        );
        v.field(3usize, "notification_level", &self.notification_level);
        v.field(4usize, "notification_recipients", &self.notification_recipients);
        v.field(5usize, "notification_type", &self.notification_type);
        v.field(6usize, "recipient_type", &self.recipient_type);
    }
}
#[cfg(msgraph_beta_policies_or_search)]
impl rt::object::Members for UnifiedRoleManagementPolicyNotificationRule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.target.read_from(r),
            2usize => self.is_default_recipients_enabled.read_from(r),
            3usize => self.notification_level.read_from(r),
            4usize => self.notification_recipients.read_from(r),
            5usize => self.notification_type.read_from(r),
            6usize => self.recipient_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.target);
        w.field(2usize, &self.is_default_recipients_enabled);
        w.field(3usize, &self.notification_level);
        w.field(4usize, &self.notification_recipients);
        w.field(5usize, &self.notification_type);
        w.field(6usize, &self.recipient_type);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_policies_or_search)]
rt::impl_object!(UnifiedRoleManagementPolicyNotificationRule);
#[cfg(msgraph_beta_policies_or_search)]
rt::impl_setters!(
    UnifiedRoleManagementPolicyNotificationRule { with_id id : ::std::string::String;
    with_target target : crate ::beta::UnifiedRoleManagementPolicyRuleTarget;
    with_is_default_recipients_enabled is_default_recipients_enabled : bool;
    with_notification_level notification_level : ::std::string::String;
    with_notification_recipients notification_recipients : ::std::vec::Vec <
    ::std::string::String >; with_notification_type notification_type :
    ::std::string::String; with_recipient_type recipient_type : ::std::string::String; }
);
#[cfg(msgraph_beta_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRoleManagementPolicyNotificationRule);
#[cfg(msgraph_beta_policies_or_search)]
/// CSDL: `microsoft.graph.unifiedRoleManagementPolicyRule`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`UnifiedRoleManagementPolicyRulePath`](requests/trait.UnifiedRoleManagementPolicyRulePath.html), what a path to one (`EntityPath<AnyUnifiedRoleManagementPolicyRule, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct UnifiedRoleManagementPolicyRule {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `target`: `microsoft.graph.unifiedRoleManagementPolicyRuleTarget`, nullable.
    pub target: rt::Field<crate::beta::UnifiedRoleManagementPolicyRuleTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_policies_or_search)]
impl ::std::default::Default for UnifiedRoleManagementPolicyRule {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_policies_or_search)]
impl rt::Object for UnifiedRoleManagementPolicyRule {
    const TYPE_NAME: &'static str = "microsoft.graph.unifiedRoleManagementPolicyRule";
    const KEYS: &'static [&'static str] = &["id", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.unifiedRoleManagementPolicyRule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "target", &self.target);
    }
}
#[cfg(msgraph_beta_policies_or_search)]
impl rt::object::Members for UnifiedRoleManagementPolicyRule {
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
#[cfg(msgraph_beta_policies_or_search)]
rt::impl_object!(UnifiedRoleManagementPolicyRule);
#[cfg(msgraph_beta_policies_or_search)]
rt::impl_setters!(
    UnifiedRoleManagementPolicyRule { with_id id : ::std::string::String; with_target
    target : crate ::beta::UnifiedRoleManagementPolicyRuleTarget; }
);
#[cfg(msgraph_beta_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRoleManagementPolicyRule);
#[cfg(msgraph_beta_policies_or_search)]
/// `microsoft.graph.unifiedRoleManagementPolicyRule` or any type derived from it, selected by `@odata.type` (6 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-policies`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyUnifiedRoleManagementPolicyRule {
    UnifiedRoleManagementPolicyRule(
        ::std::boxed::Box<crate::beta::UnifiedRoleManagementPolicyRule>,
    ),
    UnifiedRoleManagementPolicyApprovalRule(
        ::std::boxed::Box<crate::beta::UnifiedRoleManagementPolicyApprovalRule>,
    ),
    UnifiedRoleManagementPolicyAuthenticationContextRule(
        ::std::boxed::Box<
            crate::beta::UnifiedRoleManagementPolicyAuthenticationContextRule,
        >,
    ),
    UnifiedRoleManagementPolicyEnablementRule(
        ::std::boxed::Box<crate::beta::UnifiedRoleManagementPolicyEnablementRule>,
    ),
    UnifiedRoleManagementPolicyExpirationRule(
        ::std::boxed::Box<crate::beta::UnifiedRoleManagementPolicyExpirationRule>,
    ),
    UnifiedRoleManagementPolicyNotificationRule(
        ::std::boxed::Box<crate::beta::UnifiedRoleManagementPolicyNotificationRule>,
    ),
}
#[cfg(msgraph_beta_policies_or_search)]
impl ::std::default::Default for AnyUnifiedRoleManagementPolicyRule {
    #[inline]
    fn default() -> Self {
        Self::UnifiedRoleManagementPolicyRule(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UnifiedRoleManagementPolicyRule>
for AnyUnifiedRoleManagementPolicyRule {
    #[inline]
    fn from(v: crate::beta::UnifiedRoleManagementPolicyRule) -> Self {
        Self::UnifiedRoleManagementPolicyRule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UnifiedRoleManagementPolicyApprovalRule>
for AnyUnifiedRoleManagementPolicyRule {
    #[inline]
    fn from(v: crate::beta::UnifiedRoleManagementPolicyApprovalRule) -> Self {
        Self::UnifiedRoleManagementPolicyApprovalRule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::UnifiedRoleManagementPolicyAuthenticationContextRule,
> for AnyUnifiedRoleManagementPolicyRule {
    #[inline]
    fn from(
        v: crate::beta::UnifiedRoleManagementPolicyAuthenticationContextRule,
    ) -> Self {
        Self::UnifiedRoleManagementPolicyAuthenticationContextRule(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UnifiedRoleManagementPolicyEnablementRule>
for AnyUnifiedRoleManagementPolicyRule {
    #[inline]
    fn from(v: crate::beta::UnifiedRoleManagementPolicyEnablementRule) -> Self {
        Self::UnifiedRoleManagementPolicyEnablementRule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UnifiedRoleManagementPolicyExpirationRule>
for AnyUnifiedRoleManagementPolicyRule {
    #[inline]
    fn from(v: crate::beta::UnifiedRoleManagementPolicyExpirationRule) -> Self {
        Self::UnifiedRoleManagementPolicyExpirationRule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UnifiedRoleManagementPolicyNotificationRule>
for AnyUnifiedRoleManagementPolicyRule {
    #[inline]
    fn from(v: crate::beta::UnifiedRoleManagementPolicyNotificationRule) -> Self {
        Self::UnifiedRoleManagementPolicyNotificationRule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_policies_or_search)]
unsafe impl ::std::marker::Send for AnyUnifiedRoleManagementPolicyRule {}
#[cfg(msgraph_beta_policies_or_search)]
unsafe impl ::std::marker::Sync for AnyUnifiedRoleManagementPolicyRule {}
#[cfg(msgraph_beta_policies_or_search)]
impl ::std::marker::Unpin for AnyUnifiedRoleManagementPolicyRule {}
#[cfg(msgraph_beta_policies_or_search)]
impl ::std::panic::UnwindSafe for AnyUnifiedRoleManagementPolicyRule {}
#[cfg(msgraph_beta_policies_or_search)]
impl ::std::panic::RefUnwindSafe for AnyUnifiedRoleManagementPolicyRule {}
#[cfg(msgraph_beta_policies_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::UnifiedRoleManagementPolicyRule>();
    rt::object::auto_traits::<crate::beta::UnifiedRoleManagementPolicyApprovalRule>();
    rt::object::auto_traits::<
        crate::beta::UnifiedRoleManagementPolicyAuthenticationContextRule,
    >();
    rt::object::auto_traits::<crate::beta::UnifiedRoleManagementPolicyEnablementRule>();
    rt::object::auto_traits::<crate::beta::UnifiedRoleManagementPolicyExpirationRule>();
    rt::object::auto_traits::<
        crate::beta::UnifiedRoleManagementPolicyNotificationRule,
    >();
};
#[cfg(msgraph_beta_policies_or_search)]
impl rt::Poly for AnyUnifiedRoleManagementPolicyRule {
    const BASE_NAME: &'static str = "microsoft.graph.unifiedRoleManagementPolicyRule";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleManagementPolicyApprovalRule",
            ) => Self::UnifiedRoleManagementPolicyApprovalRule(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleManagementPolicyAuthenticationContextRule",
            ) => {
                Self::UnifiedRoleManagementPolicyAuthenticationContextRule(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleManagementPolicyEnablementRule",
            ) => Self::UnifiedRoleManagementPolicyEnablementRule(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleManagementPolicyExpirationRule",
            ) => Self::UnifiedRoleManagementPolicyExpirationRule(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleManagementPolicyNotificationRule",
            ) => {
                Self::UnifiedRoleManagementPolicyNotificationRule(
                    rt::object::new_boxed(),
                )
            }
            _ => Self::UnifiedRoleManagementPolicyRule(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::UnifiedRoleManagementPolicyRule(v) => &**v,
            Self::UnifiedRoleManagementPolicyApprovalRule(v) => &**v,
            Self::UnifiedRoleManagementPolicyAuthenticationContextRule(v) => &**v,
            Self::UnifiedRoleManagementPolicyEnablementRule(v) => &**v,
            Self::UnifiedRoleManagementPolicyExpirationRule(v) => &**v,
            Self::UnifiedRoleManagementPolicyNotificationRule(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::UnifiedRoleManagementPolicyRule(v) => &mut **v,
            Self::UnifiedRoleManagementPolicyApprovalRule(v) => &mut **v,
            Self::UnifiedRoleManagementPolicyAuthenticationContextRule(v) => &mut **v,
            Self::UnifiedRoleManagementPolicyEnablementRule(v) => &mut **v,
            Self::UnifiedRoleManagementPolicyExpirationRule(v) => &mut **v,
            Self::UnifiedRoleManagementPolicyNotificationRule(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_policies_or_search)]
impl AnyUnifiedRoleManagementPolicyRule {
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
            Self::UnifiedRoleManagementPolicyRule(v) => &v.id,
            Self::UnifiedRoleManagementPolicyApprovalRule(v) => &v.id,
            Self::UnifiedRoleManagementPolicyAuthenticationContextRule(v) => &v.id,
            Self::UnifiedRoleManagementPolicyEnablementRule(v) => &v.id,
            Self::UnifiedRoleManagementPolicyExpirationRule(v) => &v.id,
            Self::UnifiedRoleManagementPolicyNotificationRule(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::UnifiedRoleManagementPolicyRule(v) => &mut v.id,
            Self::UnifiedRoleManagementPolicyApprovalRule(v) => &mut v.id,
            Self::UnifiedRoleManagementPolicyAuthenticationContextRule(v) => &mut v.id,
            Self::UnifiedRoleManagementPolicyEnablementRule(v) => &mut v.id,
            Self::UnifiedRoleManagementPolicyExpirationRule(v) => &mut v.id,
            Self::UnifiedRoleManagementPolicyNotificationRule(v) => &mut v.id,
        }
    }
    /// `target` of any variant.
    #[inline]
    pub fn target(
        &self,
    ) -> &rt::Field<crate::beta::UnifiedRoleManagementPolicyRuleTarget> {
        match self {
            Self::UnifiedRoleManagementPolicyRule(v) => &v.target,
            Self::UnifiedRoleManagementPolicyApprovalRule(v) => &v.target,
            Self::UnifiedRoleManagementPolicyAuthenticationContextRule(v) => &v.target,
            Self::UnifiedRoleManagementPolicyEnablementRule(v) => &v.target,
            Self::UnifiedRoleManagementPolicyExpirationRule(v) => &v.target,
            Self::UnifiedRoleManagementPolicyNotificationRule(v) => &v.target,
        }
    }
    /// `target` of any variant.
    #[inline]
    pub fn target_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::UnifiedRoleManagementPolicyRuleTarget> {
        match self {
            Self::UnifiedRoleManagementPolicyRule(v) => &mut v.target,
            Self::UnifiedRoleManagementPolicyApprovalRule(v) => &mut v.target,
            Self::UnifiedRoleManagementPolicyAuthenticationContextRule(v) => {
                &mut v.target
            }
            Self::UnifiedRoleManagementPolicyEnablementRule(v) => &mut v.target,
            Self::UnifiedRoleManagementPolicyExpirationRule(v) => &mut v.target,
            Self::UnifiedRoleManagementPolicyNotificationRule(v) => &mut v.target,
        }
    }
}
#[cfg(msgraph_beta_policies_or_search)]
rt::impl_poly!(AnyUnifiedRoleManagementPolicyRule);
#[cfg(msgraph_beta_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyUnifiedRoleManagementPolicyRule);
#[cfg(msgraph_beta_policies_or_search)]
/// CSDL: `microsoft.graph.unifiedRoleManagementPolicyRuleTarget`, complex type.
///
/// Features: `beta`, or one of `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct UnifiedRoleManagementPolicyRuleTarget {
    /// CSDL: property `caller`: `Edm.String`, nullable.
    pub caller: rt::Field<::std::string::String>,
    /// CSDL: property `enforcedSettings`: `Collection(Edm.String)`, nullable.
    pub enforced_settings: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `inheritableSettings`: `Collection(Edm.String)`, nullable.
    pub inheritable_settings: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `level`: `Edm.String`, nullable.
    pub level: rt::Field<::std::string::String>,
    /// CSDL: property `operations`: `Collection(Edm.String)`, nullable.
    pub operations: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: navigation property `targetObjects`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub target_objects: rt::Field<::std::vec::Vec<crate::beta::AnyDirectoryObject>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_policies_or_search)]
impl ::std::default::Default for UnifiedRoleManagementPolicyRuleTarget {
    #[inline]
    fn default() -> Self {
        Self {
            caller: rt::Field::Absent,
            enforced_settings: rt::Field::Absent,
            inheritable_settings: rt::Field::Absent,
            level: rt::Field::Absent,
            operations: rt::Field::Absent,
            target_objects: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_policies_or_search)]
impl rt::Object for UnifiedRoleManagementPolicyRuleTarget {
    const TYPE_NAME: &'static str = "microsoft.graph.unifiedRoleManagementPolicyRuleTarget";
    const KEYS: &'static [&'static str] = &[
        "caller",
        "enforcedSettings",
        "inheritableSettings",
        "level",
        "operations",
        "targetObjects",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"caller\":                       ",
        ",\"enforcedSettings\":             ",
        ",\"inheritableSettings\":          ",
        ",\"level\":                        ",
        ",\"operations\":                   ",
        ",\"targetObjects\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.unifiedRoleManagementPolicyRuleTarget\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "caller", &self.caller);
        v.field(1usize, "enforced_settings", &self.enforced_settings);
        v.field(2usize, "inheritable_settings", &self.inheritable_settings);
        v.field(3usize, "level", &self.level);
        v.field(4usize, "operations", &self.operations);
        v.field(5usize, "target_objects", &self.target_objects);
    }
}
#[cfg(msgraph_beta_policies_or_search)]
impl rt::object::Members for UnifiedRoleManagementPolicyRuleTarget {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.caller.read_from(r),
            1usize => self.enforced_settings.read_from(r),
            2usize => self.inheritable_settings.read_from(r),
            3usize => self.level.read_from(r),
            4usize => self.operations.read_from(r),
            5usize => self.target_objects.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.caller);
        w.field(1usize, &self.enforced_settings);
        w.field(2usize, &self.inheritable_settings);
        w.field(3usize, &self.level);
        w.field(4usize, &self.operations);
        w.field(5usize, &self.target_objects);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_policies_or_search)]
rt::impl_object!(UnifiedRoleManagementPolicyRuleTarget);
#[cfg(msgraph_beta_policies_or_search)]
rt::impl_setters!(
    UnifiedRoleManagementPolicyRuleTarget { with_caller caller : ::std::string::String;
    with_enforced_settings enforced_settings : ::std::vec::Vec < ::std::string::String >;
    with_inheritable_settings inheritable_settings : ::std::vec::Vec <
    ::std::string::String >; with_level level : ::std::string::String; with_operations
    operations : ::std::vec::Vec < ::std::string::String >; with_target_objects
    target_objects : ::std::vec::Vec < crate ::beta::AnyDirectoryObject >; }
);
#[cfg(msgraph_beta_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRoleManagementPolicyRuleTarget);
#[cfg(msgraph_beta_role_management_or_search)]
/// CSDL: `microsoft.graph.unifiedRoleScheduleBase`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UnifiedRoleScheduleBasePath`](requests/trait.UnifiedRoleScheduleBasePath.html), what a path to one (`EntityPath<AnyUnifiedRoleScheduleBase, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
#[derive(Clone)]
pub struct UnifiedRoleScheduleBase {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `appScopeId`: `Edm.String`, nullable.
    pub app_scope_id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `createdUsing`: `Edm.String`, nullable.
    pub created_using: rt::Field<::std::string::String>,
    /// CSDL: property `directoryScopeId`: `Edm.String`, nullable.
    pub directory_scope_id: rt::Field<::std::string::String>,
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `principalId`: `Edm.String`, nullable.
    pub principal_id: rt::Field<::std::string::String>,
    /// CSDL: property `roleDefinitionId`: `Edm.String`, nullable.
    pub role_definition_id: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: navigation property `appScope`: `microsoft.graph.appScope`, nullable.
    pub app_scope: rt::Field<crate::beta::AppScope>,
    /// CSDL: navigation property `directoryScope`: `microsoft.graph.directoryObject`, nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_core)]
    pub directory_scope: rt::Field<crate::beta::AnyDirectoryObject>,
    /// CSDL: navigation property `principal`: `microsoft.graph.directoryObject`, nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_core)]
    pub principal: rt::Field<crate::beta::AnyDirectoryObject>,
    /// CSDL: navigation property `roleDefinition`: `microsoft.graph.unifiedRoleDefinition`, nullable.
    pub role_definition: rt::Field<crate::beta::UnifiedRoleDefinition>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_role_management_or_search)]
impl ::std::default::Default for UnifiedRoleScheduleBase {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_scope_id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            created_using: rt::Field::Absent,
            directory_scope_id: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            principal_id: rt::Field::Absent,
            role_definition_id: rt::Field::Absent,
            status: rt::Field::Absent,
            app_scope: rt::Field::Absent,
            #[cfg(msgraph_beta_core)]
            directory_scope: rt::Field::Absent,
            #[cfg(msgraph_beta_core)]
            principal: rt::Field::Absent,
            role_definition: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::Object for UnifiedRoleScheduleBase {
    const TYPE_NAME: &'static str = "microsoft.graph.unifiedRoleScheduleBase";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appScopeId",
        "createdDateTime",
        "createdUsing",
        "directoryScopeId",
        "modifiedDateTime",
        "principalId",
        "roleDefinitionId",
        "status",
        "appScope",
        "directoryScope",
        "principal",
        "roleDefinition",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appScopeId\":                   ",
        ",\"createdDateTime\":              ",
        ",\"createdUsing\":                 ",
        ",\"directoryScopeId\":             ",
        ",\"modifiedDateTime\":             ",
        ",\"principalId\":                  ",
        ",\"roleDefinitionId\":             ",
        ",\"status\":                       ",
        ",\"appScope\":                     ",
        ",\"directoryScope\":               ",
        ",\"principal\":                    ",
        ",\"roleDefinition\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.unifiedRoleScheduleBase\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_scope_id", &self.app_scope_id);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "created_using", &self.created_using);
        v.field(4usize, "directory_scope_id", &self.directory_scope_id);
        v.field(5usize, "modified_date_time", &self.modified_date_time);
        v.field(6usize, "principal_id", &self.principal_id);
        v.field(7usize, "role_definition_id", &self.role_definition_id);
        v.field(8usize, "status", &self.status);
        v.field(9usize, "app_scope", &self.app_scope);
        #[cfg(msgraph_beta_core)]
        v.field(10usize, "directory_scope", &self.directory_scope);
        #[cfg(msgraph_beta_core)] v.field(11usize, "principal", &self.principal);
        v.field(12usize, "role_definition", &self.role_definition);
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::object::Members for UnifiedRoleScheduleBase {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_scope_id.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.created_using.read_from(r),
            4usize => self.directory_scope_id.read_from(r),
            5usize => self.modified_date_time.read_from(r),
            6usize => self.principal_id.read_from(r),
            7usize => self.role_definition_id.read_from(r),
            8usize => self.status.read_from(r),
            9usize => self.app_scope.read_from(r),
            #[cfg(msgraph_beta_core)]
            10usize => self.directory_scope.read_from(r),
            #[cfg(msgraph_beta_core)]
            11usize => self.principal.read_from(r),
            12usize => self.role_definition.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_scope_id);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.created_using);
        w.field(4usize, &self.directory_scope_id);
        w.field(5usize, &self.modified_date_time);
        w.field(6usize, &self.principal_id);
        w.field(7usize, &self.role_definition_id);
        w.field(8usize, &self.status);
        w.field(9usize, &self.app_scope);
        #[cfg(msgraph_beta_core)] w.field(10usize, &self.directory_scope);
        #[cfg(msgraph_beta_core)] w.field(11usize, &self.principal);
        w.field(12usize, &self.role_definition);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
rt::impl_object!(UnifiedRoleScheduleBase);
#[cfg(msgraph_beta_role_management_or_search)]
rt::impl_setters!(
    UnifiedRoleScheduleBase { with_id id : ::std::string::String; with_app_scope_id
    app_scope_id : ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_created_using created_using : ::std::string::String;
    with_directory_scope_id directory_scope_id : ::std::string::String;
    with_modified_date_time modified_date_time : rt::edm::DateTimeOffset;
    with_principal_id principal_id : ::std::string::String; with_role_definition_id
    role_definition_id : ::std::string::String; with_status status :
    ::std::string::String; with_app_scope app_scope : crate ::beta::AppScope;
    #[cfg(msgraph_beta_core)] with_directory_scope directory_scope : crate
    ::beta::AnyDirectoryObject; #[cfg(msgraph_beta_core)] with_principal principal :
    crate ::beta::AnyDirectoryObject; with_role_definition role_definition : crate
    ::beta::UnifiedRoleDefinition; }
);
#[cfg(msgraph_beta_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRoleScheduleBase);
#[cfg(msgraph_beta_role_management_or_search)]
/// `microsoft.graph.unifiedRoleScheduleBase` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyUnifiedRoleScheduleBase {
    UnifiedRoleScheduleBase(::std::boxed::Box<crate::beta::UnifiedRoleScheduleBase>),
    UnifiedRoleAssignmentSchedule(
        ::std::boxed::Box<crate::beta::UnifiedRoleAssignmentSchedule>,
    ),
    UnifiedRoleEligibilitySchedule(
        ::std::boxed::Box<crate::beta::UnifiedRoleEligibilitySchedule>,
    ),
}
#[cfg(msgraph_beta_role_management_or_search)]
impl ::std::default::Default for AnyUnifiedRoleScheduleBase {
    #[inline]
    fn default() -> Self {
        Self::UnifiedRoleScheduleBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UnifiedRoleScheduleBase>
for AnyUnifiedRoleScheduleBase {
    #[inline]
    fn from(v: crate::beta::UnifiedRoleScheduleBase) -> Self {
        Self::UnifiedRoleScheduleBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UnifiedRoleAssignmentSchedule>
for AnyUnifiedRoleScheduleBase {
    #[inline]
    fn from(v: crate::beta::UnifiedRoleAssignmentSchedule) -> Self {
        Self::UnifiedRoleAssignmentSchedule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UnifiedRoleEligibilitySchedule>
for AnyUnifiedRoleScheduleBase {
    #[inline]
    fn from(v: crate::beta::UnifiedRoleEligibilitySchedule) -> Self {
        Self::UnifiedRoleEligibilitySchedule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
unsafe impl ::std::marker::Send for AnyUnifiedRoleScheduleBase {}
#[cfg(msgraph_beta_role_management_or_search)]
unsafe impl ::std::marker::Sync for AnyUnifiedRoleScheduleBase {}
#[cfg(msgraph_beta_role_management_or_search)]
impl ::std::marker::Unpin for AnyUnifiedRoleScheduleBase {}
#[cfg(msgraph_beta_role_management_or_search)]
impl ::std::panic::UnwindSafe for AnyUnifiedRoleScheduleBase {}
#[cfg(msgraph_beta_role_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyUnifiedRoleScheduleBase {}
#[cfg(msgraph_beta_role_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::UnifiedRoleScheduleBase>();
    rt::object::auto_traits::<crate::beta::UnifiedRoleAssignmentSchedule>();
    rt::object::auto_traits::<crate::beta::UnifiedRoleEligibilitySchedule>();
};
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::Poly for AnyUnifiedRoleScheduleBase {
    const BASE_NAME: &'static str = "microsoft.graph.unifiedRoleScheduleBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleAssignmentSchedule",
            ) => Self::UnifiedRoleAssignmentSchedule(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleEligibilitySchedule",
            ) => Self::UnifiedRoleEligibilitySchedule(rt::object::new_boxed()),
            _ => Self::UnifiedRoleScheduleBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::UnifiedRoleScheduleBase(v) => &**v,
            Self::UnifiedRoleAssignmentSchedule(v) => &**v,
            Self::UnifiedRoleEligibilitySchedule(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::UnifiedRoleScheduleBase(v) => &mut **v,
            Self::UnifiedRoleAssignmentSchedule(v) => &mut **v,
            Self::UnifiedRoleEligibilitySchedule(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
impl AnyUnifiedRoleScheduleBase {
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
            Self::UnifiedRoleScheduleBase(v) => &v.id,
            Self::UnifiedRoleAssignmentSchedule(v) => &v.id,
            Self::UnifiedRoleEligibilitySchedule(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::UnifiedRoleScheduleBase(v) => &mut v.id,
            Self::UnifiedRoleAssignmentSchedule(v) => &mut v.id,
            Self::UnifiedRoleEligibilitySchedule(v) => &mut v.id,
        }
    }
    /// `appScopeId` of any variant.
    #[inline]
    pub fn app_scope_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::UnifiedRoleScheduleBase(v) => &v.app_scope_id,
            Self::UnifiedRoleAssignmentSchedule(v) => &v.app_scope_id,
            Self::UnifiedRoleEligibilitySchedule(v) => &v.app_scope_id,
        }
    }
    /// `appScopeId` of any variant.
    #[inline]
    pub fn app_scope_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::UnifiedRoleScheduleBase(v) => &mut v.app_scope_id,
            Self::UnifiedRoleAssignmentSchedule(v) => &mut v.app_scope_id,
            Self::UnifiedRoleEligibilitySchedule(v) => &mut v.app_scope_id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::UnifiedRoleScheduleBase(v) => &v.created_date_time,
            Self::UnifiedRoleAssignmentSchedule(v) => &v.created_date_time,
            Self::UnifiedRoleEligibilitySchedule(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::UnifiedRoleScheduleBase(v) => &mut v.created_date_time,
            Self::UnifiedRoleAssignmentSchedule(v) => &mut v.created_date_time,
            Self::UnifiedRoleEligibilitySchedule(v) => &mut v.created_date_time,
        }
    }
    /// `createdUsing` of any variant.
    #[inline]
    pub fn created_using(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::UnifiedRoleScheduleBase(v) => &v.created_using,
            Self::UnifiedRoleAssignmentSchedule(v) => &v.created_using,
            Self::UnifiedRoleEligibilitySchedule(v) => &v.created_using,
        }
    }
    /// `createdUsing` of any variant.
    #[inline]
    pub fn created_using_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::UnifiedRoleScheduleBase(v) => &mut v.created_using,
            Self::UnifiedRoleAssignmentSchedule(v) => &mut v.created_using,
            Self::UnifiedRoleEligibilitySchedule(v) => &mut v.created_using,
        }
    }
    /// `directoryScopeId` of any variant.
    #[inline]
    pub fn directory_scope_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::UnifiedRoleScheduleBase(v) => &v.directory_scope_id,
            Self::UnifiedRoleAssignmentSchedule(v) => &v.directory_scope_id,
            Self::UnifiedRoleEligibilitySchedule(v) => &v.directory_scope_id,
        }
    }
    /// `directoryScopeId` of any variant.
    #[inline]
    pub fn directory_scope_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::UnifiedRoleScheduleBase(v) => &mut v.directory_scope_id,
            Self::UnifiedRoleAssignmentSchedule(v) => &mut v.directory_scope_id,
            Self::UnifiedRoleEligibilitySchedule(v) => &mut v.directory_scope_id,
        }
    }
    /// `modifiedDateTime` of any variant.
    #[inline]
    pub fn modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::UnifiedRoleScheduleBase(v) => &v.modified_date_time,
            Self::UnifiedRoleAssignmentSchedule(v) => &v.modified_date_time,
            Self::UnifiedRoleEligibilitySchedule(v) => &v.modified_date_time,
        }
    }
    /// `modifiedDateTime` of any variant.
    #[inline]
    pub fn modified_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::UnifiedRoleScheduleBase(v) => &mut v.modified_date_time,
            Self::UnifiedRoleAssignmentSchedule(v) => &mut v.modified_date_time,
            Self::UnifiedRoleEligibilitySchedule(v) => &mut v.modified_date_time,
        }
    }
    /// `principalId` of any variant.
    #[inline]
    pub fn principal_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::UnifiedRoleScheduleBase(v) => &v.principal_id,
            Self::UnifiedRoleAssignmentSchedule(v) => &v.principal_id,
            Self::UnifiedRoleEligibilitySchedule(v) => &v.principal_id,
        }
    }
    /// `principalId` of any variant.
    #[inline]
    pub fn principal_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::UnifiedRoleScheduleBase(v) => &mut v.principal_id,
            Self::UnifiedRoleAssignmentSchedule(v) => &mut v.principal_id,
            Self::UnifiedRoleEligibilitySchedule(v) => &mut v.principal_id,
        }
    }
    /// `roleDefinitionId` of any variant.
    #[inline]
    pub fn role_definition_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::UnifiedRoleScheduleBase(v) => &v.role_definition_id,
            Self::UnifiedRoleAssignmentSchedule(v) => &v.role_definition_id,
            Self::UnifiedRoleEligibilitySchedule(v) => &v.role_definition_id,
        }
    }
    /// `roleDefinitionId` of any variant.
    #[inline]
    pub fn role_definition_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::UnifiedRoleScheduleBase(v) => &mut v.role_definition_id,
            Self::UnifiedRoleAssignmentSchedule(v) => &mut v.role_definition_id,
            Self::UnifiedRoleEligibilitySchedule(v) => &mut v.role_definition_id,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::UnifiedRoleScheduleBase(v) => &v.status,
            Self::UnifiedRoleAssignmentSchedule(v) => &v.status,
            Self::UnifiedRoleEligibilitySchedule(v) => &v.status,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::UnifiedRoleScheduleBase(v) => &mut v.status,
            Self::UnifiedRoleAssignmentSchedule(v) => &mut v.status,
            Self::UnifiedRoleEligibilitySchedule(v) => &mut v.status,
        }
    }
    /// `appScope` of any variant.
    #[inline]
    pub fn app_scope(&self) -> &rt::Field<crate::beta::AppScope> {
        match self {
            Self::UnifiedRoleScheduleBase(v) => &v.app_scope,
            Self::UnifiedRoleAssignmentSchedule(v) => &v.app_scope,
            Self::UnifiedRoleEligibilitySchedule(v) => &v.app_scope,
        }
    }
    /// `appScope` of any variant.
    #[inline]
    pub fn app_scope_mut(&mut self) -> &mut rt::Field<crate::beta::AppScope> {
        match self {
            Self::UnifiedRoleScheduleBase(v) => &mut v.app_scope,
            Self::UnifiedRoleAssignmentSchedule(v) => &mut v.app_scope,
            Self::UnifiedRoleEligibilitySchedule(v) => &mut v.app_scope,
        }
    }
    /// `directoryScope` of any variant.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_core)]
    #[inline]
    pub fn directory_scope(&self) -> &rt::Field<crate::beta::AnyDirectoryObject> {
        match self {
            Self::UnifiedRoleScheduleBase(v) => &v.directory_scope,
            Self::UnifiedRoleAssignmentSchedule(v) => &v.directory_scope,
            Self::UnifiedRoleEligibilitySchedule(v) => &v.directory_scope,
        }
    }
    /// `directoryScope` of any variant.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_core)]
    #[inline]
    pub fn directory_scope_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::AnyDirectoryObject> {
        match self {
            Self::UnifiedRoleScheduleBase(v) => &mut v.directory_scope,
            Self::UnifiedRoleAssignmentSchedule(v) => &mut v.directory_scope,
            Self::UnifiedRoleEligibilitySchedule(v) => &mut v.directory_scope,
        }
    }
    /// `principal` of any variant.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_core)]
    #[inline]
    pub fn principal(&self) -> &rt::Field<crate::beta::AnyDirectoryObject> {
        match self {
            Self::UnifiedRoleScheduleBase(v) => &v.principal,
            Self::UnifiedRoleAssignmentSchedule(v) => &v.principal,
            Self::UnifiedRoleEligibilitySchedule(v) => &v.principal,
        }
    }
    /// `principal` of any variant.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_core)]
    #[inline]
    pub fn principal_mut(&mut self) -> &mut rt::Field<crate::beta::AnyDirectoryObject> {
        match self {
            Self::UnifiedRoleScheduleBase(v) => &mut v.principal,
            Self::UnifiedRoleAssignmentSchedule(v) => &mut v.principal,
            Self::UnifiedRoleEligibilitySchedule(v) => &mut v.principal,
        }
    }
    /// `roleDefinition` of any variant.
    #[inline]
    pub fn role_definition(&self) -> &rt::Field<crate::beta::UnifiedRoleDefinition> {
        match self {
            Self::UnifiedRoleScheduleBase(v) => &v.role_definition,
            Self::UnifiedRoleAssignmentSchedule(v) => &v.role_definition,
            Self::UnifiedRoleEligibilitySchedule(v) => &v.role_definition,
        }
    }
    /// `roleDefinition` of any variant.
    #[inline]
    pub fn role_definition_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::UnifiedRoleDefinition> {
        match self {
            Self::UnifiedRoleScheduleBase(v) => &mut v.role_definition,
            Self::UnifiedRoleAssignmentSchedule(v) => &mut v.role_definition,
            Self::UnifiedRoleEligibilitySchedule(v) => &mut v.role_definition,
        }
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
rt::impl_poly!(AnyUnifiedRoleScheduleBase);
#[cfg(msgraph_beta_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyUnifiedRoleScheduleBase);
#[cfg(msgraph_beta_role_management_or_search)]
/// CSDL: `microsoft.graph.unifiedRoleScheduleInstanceBase`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UnifiedRoleScheduleInstanceBasePath`](requests/trait.UnifiedRoleScheduleInstanceBasePath.html), what a path to one (`EntityPath<AnyUnifiedRoleScheduleInstanceBase, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
#[derive(Clone)]
pub struct UnifiedRoleScheduleInstanceBase {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `appScopeId`: `Edm.String`, nullable.
    pub app_scope_id: rt::Field<::std::string::String>,
    /// CSDL: property `directoryScopeId`: `Edm.String`, nullable.
    pub directory_scope_id: rt::Field<::std::string::String>,
    /// CSDL: property `principalId`: `Edm.String`, nullable.
    pub principal_id: rt::Field<::std::string::String>,
    /// CSDL: property `roleDefinitionId`: `Edm.String`, nullable.
    pub role_definition_id: rt::Field<::std::string::String>,
    /// CSDL: navigation property `appScope`: `microsoft.graph.appScope`, nullable.
    pub app_scope: rt::Field<crate::beta::AppScope>,
    /// CSDL: navigation property `directoryScope`: `microsoft.graph.directoryObject`, nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_core)]
    pub directory_scope: rt::Field<crate::beta::AnyDirectoryObject>,
    /// CSDL: navigation property `principal`: `microsoft.graph.directoryObject`, nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_core)]
    pub principal: rt::Field<crate::beta::AnyDirectoryObject>,
    /// CSDL: navigation property `roleDefinition`: `microsoft.graph.unifiedRoleDefinition`, nullable.
    pub role_definition: rt::Field<crate::beta::UnifiedRoleDefinition>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_role_management_or_search)]
impl ::std::default::Default for UnifiedRoleScheduleInstanceBase {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_scope_id: rt::Field::Absent,
            directory_scope_id: rt::Field::Absent,
            principal_id: rt::Field::Absent,
            role_definition_id: rt::Field::Absent,
            app_scope: rt::Field::Absent,
            #[cfg(msgraph_beta_core)]
            directory_scope: rt::Field::Absent,
            #[cfg(msgraph_beta_core)]
            principal: rt::Field::Absent,
            role_definition: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::Object for UnifiedRoleScheduleInstanceBase {
    const TYPE_NAME: &'static str = "microsoft.graph.unifiedRoleScheduleInstanceBase";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appScopeId",
        "directoryScopeId",
        "principalId",
        "roleDefinitionId",
        "appScope",
        "directoryScope",
        "principal",
        "roleDefinition",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appScopeId\":                   ",
        ",\"directoryScopeId\":             ",
        ",\"principalId\":                  ",
        ",\"roleDefinitionId\":             ",
        ",\"appScope\":                     ",
        ",\"directoryScope\":               ",
        ",\"principal\":                    ",
        ",\"roleDefinition\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.unifiedRoleScheduleInstanceBase\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_scope_id", &self.app_scope_id);
        v.field(2usize, "directory_scope_id", &self.directory_scope_id);
        v.field(3usize, "principal_id", &self.principal_id);
        v.field(4usize, "role_definition_id", &self.role_definition_id);
        v.field(5usize, "app_scope", &self.app_scope);
        #[cfg(msgraph_beta_core)]
        v.field(6usize, "directory_scope", &self.directory_scope);
        #[cfg(msgraph_beta_core)] v.field(7usize, "principal", &self.principal);
        v.field(8usize, "role_definition", &self.role_definition);
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::object::Members for UnifiedRoleScheduleInstanceBase {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_scope_id.read_from(r),
            2usize => self.directory_scope_id.read_from(r),
            3usize => self.principal_id.read_from(r),
            4usize => self.role_definition_id.read_from(r),
            5usize => self.app_scope.read_from(r),
            #[cfg(msgraph_beta_core)]
            6usize => self.directory_scope.read_from(r),
            #[cfg(msgraph_beta_core)]
            7usize => self.principal.read_from(r),
            8usize => self.role_definition.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_scope_id);
        w.field(2usize, &self.directory_scope_id);
        w.field(3usize, &self.principal_id);
        w.field(4usize, &self.role_definition_id);
        w.field(5usize, &self.app_scope);
        #[cfg(msgraph_beta_core)] w.field(6usize, &self.directory_scope);
        #[cfg(msgraph_beta_core)] w.field(7usize, &self.principal);
        w.field(8usize, &self.role_definition);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
rt::impl_object!(UnifiedRoleScheduleInstanceBase);
#[cfg(msgraph_beta_role_management_or_search)]
rt::impl_setters!(
    UnifiedRoleScheduleInstanceBase { with_id id : ::std::string::String;
    with_app_scope_id app_scope_id : ::std::string::String; with_directory_scope_id
    directory_scope_id : ::std::string::String; with_principal_id principal_id :
    ::std::string::String; with_role_definition_id role_definition_id :
    ::std::string::String; with_app_scope app_scope : crate ::beta::AppScope;
    #[cfg(msgraph_beta_core)] with_directory_scope directory_scope : crate
    ::beta::AnyDirectoryObject; #[cfg(msgraph_beta_core)] with_principal principal :
    crate ::beta::AnyDirectoryObject; with_role_definition role_definition : crate
    ::beta::UnifiedRoleDefinition; }
);
#[cfg(msgraph_beta_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRoleScheduleInstanceBase);
#[cfg(msgraph_beta_role_management_or_search)]
/// `microsoft.graph.unifiedRoleScheduleInstanceBase` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyUnifiedRoleScheduleInstanceBase {
    UnifiedRoleScheduleInstanceBase(
        ::std::boxed::Box<crate::beta::UnifiedRoleScheduleInstanceBase>,
    ),
    UnifiedRoleAssignmentScheduleInstance(
        ::std::boxed::Box<crate::beta::UnifiedRoleAssignmentScheduleInstance>,
    ),
    UnifiedRoleEligibilityScheduleInstance(
        ::std::boxed::Box<crate::beta::UnifiedRoleEligibilityScheduleInstance>,
    ),
}
#[cfg(msgraph_beta_role_management_or_search)]
impl ::std::default::Default for AnyUnifiedRoleScheduleInstanceBase {
    #[inline]
    fn default() -> Self {
        Self::UnifiedRoleScheduleInstanceBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UnifiedRoleScheduleInstanceBase>
for AnyUnifiedRoleScheduleInstanceBase {
    #[inline]
    fn from(v: crate::beta::UnifiedRoleScheduleInstanceBase) -> Self {
        Self::UnifiedRoleScheduleInstanceBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UnifiedRoleAssignmentScheduleInstance>
for AnyUnifiedRoleScheduleInstanceBase {
    #[inline]
    fn from(v: crate::beta::UnifiedRoleAssignmentScheduleInstance) -> Self {
        Self::UnifiedRoleAssignmentScheduleInstance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UnifiedRoleEligibilityScheduleInstance>
for AnyUnifiedRoleScheduleInstanceBase {
    #[inline]
    fn from(v: crate::beta::UnifiedRoleEligibilityScheduleInstance) -> Self {
        Self::UnifiedRoleEligibilityScheduleInstance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
unsafe impl ::std::marker::Send for AnyUnifiedRoleScheduleInstanceBase {}
#[cfg(msgraph_beta_role_management_or_search)]
unsafe impl ::std::marker::Sync for AnyUnifiedRoleScheduleInstanceBase {}
#[cfg(msgraph_beta_role_management_or_search)]
impl ::std::marker::Unpin for AnyUnifiedRoleScheduleInstanceBase {}
#[cfg(msgraph_beta_role_management_or_search)]
impl ::std::panic::UnwindSafe for AnyUnifiedRoleScheduleInstanceBase {}
#[cfg(msgraph_beta_role_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyUnifiedRoleScheduleInstanceBase {}
#[cfg(msgraph_beta_role_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::UnifiedRoleScheduleInstanceBase>();
    rt::object::auto_traits::<crate::beta::UnifiedRoleAssignmentScheduleInstance>();
    rt::object::auto_traits::<crate::beta::UnifiedRoleEligibilityScheduleInstance>();
};
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::Poly for AnyUnifiedRoleScheduleInstanceBase {
    const BASE_NAME: &'static str = "microsoft.graph.unifiedRoleScheduleInstanceBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleAssignmentScheduleInstance",
            ) => Self::UnifiedRoleAssignmentScheduleInstance(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleEligibilityScheduleInstance",
            ) => Self::UnifiedRoleEligibilityScheduleInstance(rt::object::new_boxed()),
            _ => Self::UnifiedRoleScheduleInstanceBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::UnifiedRoleScheduleInstanceBase(v) => &**v,
            Self::UnifiedRoleAssignmentScheduleInstance(v) => &**v,
            Self::UnifiedRoleEligibilityScheduleInstance(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::UnifiedRoleScheduleInstanceBase(v) => &mut **v,
            Self::UnifiedRoleAssignmentScheduleInstance(v) => &mut **v,
            Self::UnifiedRoleEligibilityScheduleInstance(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
impl AnyUnifiedRoleScheduleInstanceBase {
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
            Self::UnifiedRoleScheduleInstanceBase(v) => &v.id,
            Self::UnifiedRoleAssignmentScheduleInstance(v) => &v.id,
            Self::UnifiedRoleEligibilityScheduleInstance(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::UnifiedRoleScheduleInstanceBase(v) => &mut v.id,
            Self::UnifiedRoleAssignmentScheduleInstance(v) => &mut v.id,
            Self::UnifiedRoleEligibilityScheduleInstance(v) => &mut v.id,
        }
    }
    /// `appScopeId` of any variant.
    #[inline]
    pub fn app_scope_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::UnifiedRoleScheduleInstanceBase(v) => &v.app_scope_id,
            Self::UnifiedRoleAssignmentScheduleInstance(v) => &v.app_scope_id,
            Self::UnifiedRoleEligibilityScheduleInstance(v) => &v.app_scope_id,
        }
    }
    /// `appScopeId` of any variant.
    #[inline]
    pub fn app_scope_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::UnifiedRoleScheduleInstanceBase(v) => &mut v.app_scope_id,
            Self::UnifiedRoleAssignmentScheduleInstance(v) => &mut v.app_scope_id,
            Self::UnifiedRoleEligibilityScheduleInstance(v) => &mut v.app_scope_id,
        }
    }
    /// `directoryScopeId` of any variant.
    #[inline]
    pub fn directory_scope_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::UnifiedRoleScheduleInstanceBase(v) => &v.directory_scope_id,
            Self::UnifiedRoleAssignmentScheduleInstance(v) => &v.directory_scope_id,
            Self::UnifiedRoleEligibilityScheduleInstance(v) => &v.directory_scope_id,
        }
    }
    /// `directoryScopeId` of any variant.
    #[inline]
    pub fn directory_scope_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::UnifiedRoleScheduleInstanceBase(v) => &mut v.directory_scope_id,
            Self::UnifiedRoleAssignmentScheduleInstance(v) => &mut v.directory_scope_id,
            Self::UnifiedRoleEligibilityScheduleInstance(v) => &mut v.directory_scope_id,
        }
    }
    /// `principalId` of any variant.
    #[inline]
    pub fn principal_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::UnifiedRoleScheduleInstanceBase(v) => &v.principal_id,
            Self::UnifiedRoleAssignmentScheduleInstance(v) => &v.principal_id,
            Self::UnifiedRoleEligibilityScheduleInstance(v) => &v.principal_id,
        }
    }
    /// `principalId` of any variant.
    #[inline]
    pub fn principal_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::UnifiedRoleScheduleInstanceBase(v) => &mut v.principal_id,
            Self::UnifiedRoleAssignmentScheduleInstance(v) => &mut v.principal_id,
            Self::UnifiedRoleEligibilityScheduleInstance(v) => &mut v.principal_id,
        }
    }
    /// `roleDefinitionId` of any variant.
    #[inline]
    pub fn role_definition_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::UnifiedRoleScheduleInstanceBase(v) => &v.role_definition_id,
            Self::UnifiedRoleAssignmentScheduleInstance(v) => &v.role_definition_id,
            Self::UnifiedRoleEligibilityScheduleInstance(v) => &v.role_definition_id,
        }
    }
    /// `roleDefinitionId` of any variant.
    #[inline]
    pub fn role_definition_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::UnifiedRoleScheduleInstanceBase(v) => &mut v.role_definition_id,
            Self::UnifiedRoleAssignmentScheduleInstance(v) => &mut v.role_definition_id,
            Self::UnifiedRoleEligibilityScheduleInstance(v) => &mut v.role_definition_id,
        }
    }
    /// `appScope` of any variant.
    #[inline]
    pub fn app_scope(&self) -> &rt::Field<crate::beta::AppScope> {
        match self {
            Self::UnifiedRoleScheduleInstanceBase(v) => &v.app_scope,
            Self::UnifiedRoleAssignmentScheduleInstance(v) => &v.app_scope,
            Self::UnifiedRoleEligibilityScheduleInstance(v) => &v.app_scope,
        }
    }
    /// `appScope` of any variant.
    #[inline]
    pub fn app_scope_mut(&mut self) -> &mut rt::Field<crate::beta::AppScope> {
        match self {
            Self::UnifiedRoleScheduleInstanceBase(v) => &mut v.app_scope,
            Self::UnifiedRoleAssignmentScheduleInstance(v) => &mut v.app_scope,
            Self::UnifiedRoleEligibilityScheduleInstance(v) => &mut v.app_scope,
        }
    }
    /// `directoryScope` of any variant.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_core)]
    #[inline]
    pub fn directory_scope(&self) -> &rt::Field<crate::beta::AnyDirectoryObject> {
        match self {
            Self::UnifiedRoleScheduleInstanceBase(v) => &v.directory_scope,
            Self::UnifiedRoleAssignmentScheduleInstance(v) => &v.directory_scope,
            Self::UnifiedRoleEligibilityScheduleInstance(v) => &v.directory_scope,
        }
    }
    /// `directoryScope` of any variant.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_core)]
    #[inline]
    pub fn directory_scope_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::AnyDirectoryObject> {
        match self {
            Self::UnifiedRoleScheduleInstanceBase(v) => &mut v.directory_scope,
            Self::UnifiedRoleAssignmentScheduleInstance(v) => &mut v.directory_scope,
            Self::UnifiedRoleEligibilityScheduleInstance(v) => &mut v.directory_scope,
        }
    }
    /// `principal` of any variant.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_core)]
    #[inline]
    pub fn principal(&self) -> &rt::Field<crate::beta::AnyDirectoryObject> {
        match self {
            Self::UnifiedRoleScheduleInstanceBase(v) => &v.principal,
            Self::UnifiedRoleAssignmentScheduleInstance(v) => &v.principal,
            Self::UnifiedRoleEligibilityScheduleInstance(v) => &v.principal,
        }
    }
    /// `principal` of any variant.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_core)]
    #[inline]
    pub fn principal_mut(&mut self) -> &mut rt::Field<crate::beta::AnyDirectoryObject> {
        match self {
            Self::UnifiedRoleScheduleInstanceBase(v) => &mut v.principal,
            Self::UnifiedRoleAssignmentScheduleInstance(v) => &mut v.principal,
            Self::UnifiedRoleEligibilityScheduleInstance(v) => &mut v.principal,
        }
    }
    /// `roleDefinition` of any variant.
    #[inline]
    pub fn role_definition(&self) -> &rt::Field<crate::beta::UnifiedRoleDefinition> {
        match self {
            Self::UnifiedRoleScheduleInstanceBase(v) => &v.role_definition,
            Self::UnifiedRoleAssignmentScheduleInstance(v) => &v.role_definition,
            Self::UnifiedRoleEligibilityScheduleInstance(v) => &v.role_definition,
        }
    }
    /// `roleDefinition` of any variant.
    #[inline]
    pub fn role_definition_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::UnifiedRoleDefinition> {
        match self {
            Self::UnifiedRoleScheduleInstanceBase(v) => &mut v.role_definition,
            Self::UnifiedRoleAssignmentScheduleInstance(v) => &mut v.role_definition,
            Self::UnifiedRoleEligibilityScheduleInstance(v) => &mut v.role_definition,
        }
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
rt::impl_poly!(AnyUnifiedRoleScheduleInstanceBase);
#[cfg(msgraph_beta_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyUnifiedRoleScheduleInstanceBase);
#[cfg(msgraph_beta_device_management_or_search)]
/// UnsupportedDeviceConfiguration is used when an entity cannot be mapped to another model-compliant subtype of deviceConfiguration.
///
/// CSDL: `microsoft.graph.unsupportedDeviceConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<UnsupportedDeviceConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct UnsupportedDeviceConfiguration {
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
    /// The device mode applicability rule for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleDeviceMode`: `microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`, nullable.
    pub device_management_applicability_rule_device_mode: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleDeviceMode,
    >,
    /// The OS edition applicability for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleOsEdition`: `microsoft.graph.deviceManagementApplicabilityRuleOsEdition`, nullable.
    pub device_management_applicability_rule_os_edition: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleOsEdition,
    >,
    /// The OS version applicability rule for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleOsVersion`: `microsoft.graph.deviceManagementApplicabilityRuleOsVersion`, nullable.
    pub device_management_applicability_rule_os_version: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleOsVersion,
    >,
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
    /// Indicates whether or not the underlying Device Configuration supports the assignment of scope tags. Assigning to the ScopeTags property is not allowed when this value is false and entities will not be visible to scoped users. This occurs for Legacy policies created in Silverlight and can be resolved by deleting and recreating the policy in the Azure Portal. This property is read-only.
    ///
    /// CSDL: property `supportsScopeTags`: `Edm.Boolean`, not nullable.
    pub supports_scope_tags: rt::Field<bool>,
    /// Version of the device configuration.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>,
    >,
    /// Device Configuration Setting State Device Summary
    ///
    /// CSDL: containment navigation property `deviceSettingStateSummaries`: `Collection(microsoft.graph.settingStateDeviceSummary)`, not nullable.
    pub device_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::beta::SettingStateDeviceSummary>,
    >,
    /// Device configuration installation status by device.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.deviceConfigurationDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>,
    >,
    /// Device Configuration devices status overview
    ///
    /// CSDL: containment navigation property `deviceStatusOverview`: `microsoft.graph.deviceConfigurationDeviceOverview`, nullable.
    pub device_status_overview: rt::Field<
        crate::beta::DeviceConfigurationDeviceOverview,
    >,
    /// The list of group assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `groupAssignments`: `Collection(microsoft.graph.deviceConfigurationGroupAssignment)`, not nullable.
    pub group_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationGroupAssignment>,
    >,
    /// Device configuration installation status by user.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.deviceConfigurationUserStatus)`, not nullable.
    pub user_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>,
    >,
    /// Device Configuration users status overview
    ///
    /// CSDL: containment navigation property `userStatusOverview`: `microsoft.graph.deviceConfigurationUserOverview`, nullable.
    pub user_status_overview: rt::Field<crate::beta::DeviceConfigurationUserOverview>,
    /// Details describing why the entity is unsupported. This collection can contain a maximum of 1000 elements.
    ///
    /// CSDL: property `details`: `Collection(microsoft.graph.unsupportedDeviceConfigurationDetail)`, nullable.
    pub details: rt::Field<
        ::std::vec::Vec<crate::beta::UnsupportedDeviceConfigurationDetail>,
    >,
    /// The type of entity that would be returned otherwise.
    ///
    /// CSDL: property `originalEntityTypeName`: `Edm.String`, nullable.
    pub original_entity_type_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for UnsupportedDeviceConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            device_management_applicability_rule_device_mode: rt::Field::Absent,
            device_management_applicability_rule_os_edition: rt::Field::Absent,
            device_management_applicability_rule_os_version: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            supports_scope_tags: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_setting_state_summaries: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_overview: rt::Field::Absent,
            group_assignments: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_overview: rt::Field::Absent,
            details: rt::Field::Absent,
            original_entity_type_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for UnsupportedDeviceConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.unsupportedDeviceConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "deviceManagementApplicabilityRuleDeviceMode",
        "deviceManagementApplicabilityRuleOsEdition",
        "deviceManagementApplicabilityRuleOsVersion",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "supportsScopeTags",
        "version",
        "assignments",
        "deviceSettingStateSummaries",
        "deviceStatuses",
        "deviceStatusOverview",
        "groupAssignments",
        "userStatuses",
        "userStatusOverview",
        "details",
        "originalEntityTypeName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"deviceManagementApplicabilityRuleDeviceMode\":",
        ",\"deviceManagementApplicabilityRuleOsEdition\":",
        ",\"deviceManagementApplicabilityRuleOsVersion\":",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"supportsScopeTags\":            ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"groupAssignments\":             ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
        ",\"details\":                      ",
        ",\"originalEntityTypeName\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.unsupportedDeviceConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(
            3usize,
            "device_management_applicability_rule_device_mode",
            &self.device_management_applicability_rule_device_mode,
        );
        v.field(
            4usize,
            "device_management_applicability_rule_os_edition",
            &self.device_management_applicability_rule_os_edition,
        );
        v.field(
            5usize,
            "device_management_applicability_rule_os_version",
            &self.device_management_applicability_rule_os_version,
        );
        v.field(6usize, "display_name", &self.display_name);
        v.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(8usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(9usize, "supports_scope_tags", &self.supports_scope_tags);
        v.field(10usize, "version", &self.version);
        v.field(11usize, "assignments", &self.assignments);
        v.field(
            12usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(13usize, "device_statuses", &self.device_statuses);
        v.field(14usize, "device_status_overview", &self.device_status_overview);
        v.field(15usize, "group_assignments", &self.group_assignments);
        v.field(16usize, "user_statuses", &self.user_statuses);
        v.field(17usize, "user_status_overview", &self.user_status_overview);
        v.field(18usize, "details", &self.details);
        v.field(19usize, "original_entity_type_name", &self.original_entity_type_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for UnsupportedDeviceConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.device_management_applicability_rule_device_mode.read_from(r),
            4usize => self.device_management_applicability_rule_os_edition.read_from(r),
            5usize => self.device_management_applicability_rule_os_version.read_from(r),
            6usize => self.display_name.read_from(r),
            7usize => self.last_modified_date_time.read_from(r),
            8usize => self.role_scope_tag_ids.read_from(r),
            9usize => self.supports_scope_tags.read_from(r),
            10usize => self.version.read_from(r),
            11usize => self.assignments.read_from(r),
            12usize => self.device_setting_state_summaries.read_from(r),
            13usize => self.device_statuses.read_from(r),
            14usize => self.device_status_overview.read_from(r),
            15usize => self.group_assignments.read_from(r),
            16usize => self.user_statuses.read_from(r),
            17usize => self.user_status_overview.read_from(r),
            18usize => self.details.read_from(r),
            19usize => self.original_entity_type_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.device_management_applicability_rule_device_mode);
        w.field(4usize, &self.device_management_applicability_rule_os_edition);
        w.field(5usize, &self.device_management_applicability_rule_os_version);
        w.field(6usize, &self.display_name);
        w.field(7usize, &self.last_modified_date_time);
        w.field(8usize, &self.role_scope_tag_ids);
        w.field(9usize, &self.supports_scope_tags);
        w.field(10usize, &self.version);
        w.field(11usize, &self.assignments);
        w.field(12usize, &self.device_setting_state_summaries);
        w.field(13usize, &self.device_statuses);
        w.field(14usize, &self.device_status_overview);
        w.field(15usize, &self.group_assignments);
        w.field(16usize, &self.user_statuses);
        w.field(17usize, &self.user_status_overview);
        w.field(18usize, &self.details);
        w.field(19usize, &self.original_entity_type_name);
    }
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
rt::impl_object!(UnsupportedDeviceConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    UnsupportedDeviceConfiguration { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String;
    with_device_management_applicability_rule_device_mode
    device_management_applicability_rule_device_mode : crate
    ::beta::DeviceManagementApplicabilityRuleDeviceMode;
    with_device_management_applicability_rule_os_edition
    device_management_applicability_rule_os_edition : crate
    ::beta::DeviceManagementApplicabilityRuleOsEdition;
    with_device_management_applicability_rule_os_version
    device_management_applicability_rule_os_version : crate
    ::beta::DeviceManagementApplicabilityRuleOsVersion; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec
    < ::std::string::String >; with_supports_scope_tags supports_scope_tags : bool;
    with_version version : i32; with_assignments assignments : ::std::vec::Vec < crate
    ::beta::DeviceConfigurationAssignment >; with_device_setting_state_summaries
    device_setting_state_summaries : ::std::vec::Vec < crate
    ::beta::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::beta::DeviceConfigurationDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::beta::DeviceConfigurationDeviceOverview; with_group_assignments group_assignments :
    ::std::vec::Vec < crate ::beta::DeviceConfigurationGroupAssignment >;
    with_user_statuses user_statuses : ::std::vec::Vec < crate
    ::beta::DeviceConfigurationUserStatus >; with_user_status_overview
    user_status_overview : crate ::beta::DeviceConfigurationUserOverview; with_details
    details : ::std::vec::Vec < crate ::beta::UnsupportedDeviceConfigurationDetail >;
    with_original_entity_type_name original_entity_type_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnsupportedDeviceConfiguration);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.usedInsight`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UsedInsightPath`](requests/trait.UsedInsightPath.html), what a path to one (`EntityPath<UsedInsight, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct UsedInsight {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `lastUsed`: `microsoft.graph.usageDetails`, nullable.
    pub last_used: rt::Field<crate::beta::UsageDetails>,
    /// CSDL: property `resourceReference`: `microsoft.graph.resourceReference`, nullable.
    pub resource_reference: rt::Field<crate::beta::ResourceReference>,
    /// CSDL: property `resourceVisualization`: `microsoft.graph.resourceVisualization`, nullable.
    pub resource_visualization: rt::Field<crate::beta::ResourceVisualization>,
    /// CSDL: navigation property `resource`: `microsoft.graph.entity`, nullable.
    pub resource: rt::Field<crate::beta::AnyEntity>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for UsedInsight {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            last_used: rt::Field::Absent,
            resource_reference: rt::Field::Absent,
            resource_visualization: rt::Field::Absent,
            resource: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for UsedInsight {
    const TYPE_NAME: &'static str = "microsoft.graph.usedInsight";
    const KEYS: &'static [&'static str] = &[
        "id",
        "lastUsed",
        "resourceReference",
        "resourceVisualization",
        "resource",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"lastUsed\":                     ",
        ",\"resourceReference\":            ",
        ",\"resourceVisualization\":        ",
        ",\"resource\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.usedInsight\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "last_used", &self.last_used);
        v.field(2usize, "resource_reference", &self.resource_reference);
        v.field(3usize, "resource_visualization", &self.resource_visualization);
        v.field(4usize, "resource", &self.resource);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for UsedInsight {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.last_used.read_from(r),
            2usize => self.resource_reference.read_from(r),
            3usize => self.resource_visualization.read_from(r),
            4usize => self.resource.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.last_used);
        w.field(2usize, &self.resource_reference);
        w.field(3usize, &self.resource_visualization);
        w.field(4usize, &self.resource);
    }
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
rt::impl_object!(UsedInsight);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    UsedInsight { with_id id : ::std::string::String; with_last_used last_used : crate
    ::beta::UsageDetails; with_resource_reference resource_reference : crate
    ::beta::ResourceReference; with_resource_visualization resource_visualization : crate
    ::beta::ResourceVisualization; with_resource resource : crate ::beta::AnyEntity; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UsedInsight);
#[cfg(msgraph_beta_core)]
/// Represents an Azure Active Directory user object.
///
/// CSDL: `microsoft.graph.user`, entity type, derived from `microsoft.graph.directoryObject`, open, key `id`.
///
/// Request builders: [`UserPath`](requests/trait.UserPath.html), what a path to one (`EntityPath<User, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct User {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `signInActivity`: `microsoft.graph.signInActivity`, nullable.
    pub sign_in_activity: rt::Field<crate::beta::SignInActivity>,
    /// CSDL: property `accountEnabled`: `Edm.Boolean`, nullable.
    pub account_enabled: rt::Field<bool>,
    /// CSDL: property `ageGroup`: `Edm.String`, nullable.
    pub age_group: rt::Field<::std::string::String>,
    /// CSDL: property `assignedLicenses`: `Collection(microsoft.graph.assignedLicense)`, not nullable.
    pub assigned_licenses: rt::Field<::std::vec::Vec<crate::beta::AssignedLicense>>,
    /// CSDL: property `assignedPlans`: `Collection(microsoft.graph.assignedPlan)`, not nullable.
    pub assigned_plans: rt::Field<::std::vec::Vec<crate::beta::AssignedPlan>>,
    /// CSDL: property `businessPhones`: `Collection(Edm.String)`, not nullable.
    pub business_phones: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `city`: `Edm.String`, nullable.
    pub city: rt::Field<::std::string::String>,
    /// CSDL: property `companyName`: `Edm.String`, nullable.
    pub company_name: rt::Field<::std::string::String>,
    /// CSDL: property `consentProvidedForMinor`: `Edm.String`, nullable.
    pub consent_provided_for_minor: rt::Field<::std::string::String>,
    /// CSDL: property `country`: `Edm.String`, nullable.
    pub country: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `creationType`: `Edm.String`, nullable.
    pub creation_type: rt::Field<::std::string::String>,
    /// CSDL: property `department`: `Edm.String`, nullable.
    pub department: rt::Field<::std::string::String>,
    /// CSDL: property `deviceKeys`: `Collection(microsoft.graph.deviceKey)`, not nullable.
    pub device_keys: rt::Field<::std::vec::Vec<crate::beta::DeviceKey>>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `employeeHireDate`: `Edm.DateTimeOffset`, nullable.
    pub employee_hire_date: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `employeeId`: `Edm.String`, nullable.
    pub employee_id: rt::Field<::std::string::String>,
    /// CSDL: property `employeeOrgData`: `microsoft.graph.employeeOrgData`, nullable.
    pub employee_org_data: rt::Field<crate::beta::EmployeeOrgData>,
    /// CSDL: property `employeeType`: `Edm.String`, nullable.
    pub employee_type: rt::Field<::std::string::String>,
    /// CSDL: property `externalUserState`: `Edm.String`, nullable.
    pub external_user_state: rt::Field<::std::string::String>,
    /// CSDL: property `externalUserStateChangeDateTime`: `Edm.String`, nullable.
    pub external_user_state_change_date_time: rt::Field<::std::string::String>,
    /// CSDL: property `faxNumber`: `Edm.String`, nullable.
    pub fax_number: rt::Field<::std::string::String>,
    /// CSDL: property `givenName`: `Edm.String`, nullable.
    pub given_name: rt::Field<::std::string::String>,
    /// CSDL: property `identities`: `Collection(microsoft.graph.objectIdentity)`, nullable.
    pub identities: rt::Field<::std::vec::Vec<crate::beta::ObjectIdentity>>,
    /// CSDL: property `imAddresses`: `Collection(Edm.String)`, nullable.
    pub im_addresses: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `infoCatalogs`: `Collection(Edm.String)`, not nullable.
    pub info_catalogs: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `isResourceAccount`: `Edm.Boolean`, nullable.
    pub is_resource_account: rt::Field<bool>,
    /// CSDL: property `jobTitle`: `Edm.String`, nullable.
    pub job_title: rt::Field<::std::string::String>,
    /// CSDL: property `lastPasswordChangeDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_password_change_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `legalAgeGroupClassification`: `Edm.String`, nullable.
    pub legal_age_group_classification: rt::Field<::std::string::String>,
    /// CSDL: property `licenseAssignmentStates`: `Collection(microsoft.graph.licenseAssignmentState)`, nullable.
    pub license_assignment_states: rt::Field<
        ::std::vec::Vec<crate::beta::LicenseAssignmentState>,
    >,
    /// CSDL: property `mail`: `Edm.String`, nullable.
    pub mail: rt::Field<::std::string::String>,
    /// CSDL: property `mailNickname`: `Edm.String`, nullable.
    pub mail_nickname: rt::Field<::std::string::String>,
    /// CSDL: property `mobilePhone`: `Edm.String`, nullable.
    pub mobile_phone: rt::Field<::std::string::String>,
    /// CSDL: property `officeLocation`: `Edm.String`, nullable.
    pub office_location: rt::Field<::std::string::String>,
    /// CSDL: property `onPremisesDistinguishedName`: `Edm.String`, nullable.
    pub on_premises_distinguished_name: rt::Field<::std::string::String>,
    /// CSDL: property `onPremisesDomainName`: `Edm.String`, nullable.
    pub on_premises_domain_name: rt::Field<::std::string::String>,
    /// CSDL: property `onPremisesExtensionAttributes`: `microsoft.graph.onPremisesExtensionAttributes`, nullable.
    pub on_premises_extension_attributes: rt::Field<
        crate::beta::OnPremisesExtensionAttributes,
    >,
    /// CSDL: property `onPremisesImmutableId`: `Edm.String`, nullable.
    pub on_premises_immutable_id: rt::Field<::std::string::String>,
    /// CSDL: property `onPremisesLastSyncDateTime`: `Edm.DateTimeOffset`, nullable.
    pub on_premises_last_sync_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `onPremisesProvisioningErrors`: `Collection(microsoft.graph.onPremisesProvisioningError)`, nullable.
    pub on_premises_provisioning_errors: rt::Field<
        ::std::vec::Vec<crate::beta::OnPremisesProvisioningError>,
    >,
    /// CSDL: property `onPremisesSamAccountName`: `Edm.String`, nullable.
    pub on_premises_sam_account_name: rt::Field<::std::string::String>,
    /// CSDL: property `onPremisesSecurityIdentifier`: `Edm.String`, nullable.
    pub on_premises_security_identifier: rt::Field<::std::string::String>,
    /// CSDL: property `onPremisesSyncEnabled`: `Edm.Boolean`, nullable.
    pub on_premises_sync_enabled: rt::Field<bool>,
    /// CSDL: property `onPremisesUserPrincipalName`: `Edm.String`, nullable.
    pub on_premises_user_principal_name: rt::Field<::std::string::String>,
    /// CSDL: property `otherMails`: `Collection(Edm.String)`, not nullable.
    pub other_mails: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `passwordPolicies`: `Edm.String`, nullable.
    pub password_policies: rt::Field<::std::string::String>,
    /// CSDL: property `passwordProfile`: `microsoft.graph.passwordProfile`, nullable.
    pub password_profile: rt::Field<crate::beta::PasswordProfile>,
    /// CSDL: property `postalCode`: `Edm.String`, nullable.
    pub postal_code: rt::Field<::std::string::String>,
    /// CSDL: property `preferredDataLocation`: `Edm.String`, nullable.
    pub preferred_data_location: rt::Field<::std::string::String>,
    /// CSDL: property `preferredLanguage`: `Edm.String`, nullable.
    pub preferred_language: rt::Field<::std::string::String>,
    /// CSDL: property `provisionedPlans`: `Collection(microsoft.graph.provisionedPlan)`, not nullable.
    pub provisioned_plans: rt::Field<::std::vec::Vec<crate::beta::ProvisionedPlan>>,
    /// CSDL: property `proxyAddresses`: `Collection(Edm.String)`, not nullable.
    pub proxy_addresses: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `refreshTokensValidFromDateTime`: `Edm.DateTimeOffset`, nullable.
    pub refresh_tokens_valid_from_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `showInAddressList`: `Edm.Boolean`, nullable.
    pub show_in_address_list: rt::Field<bool>,
    /// CSDL: property `signInSessionsValidFromDateTime`: `Edm.DateTimeOffset`, nullable.
    pub sign_in_sessions_valid_from_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `state`: `Edm.String`, nullable.
    pub state: rt::Field<::std::string::String>,
    /// CSDL: property `streetAddress`: `Edm.String`, nullable.
    pub street_address: rt::Field<::std::string::String>,
    /// CSDL: property `surname`: `Edm.String`, nullable.
    pub surname: rt::Field<::std::string::String>,
    /// CSDL: property `usageLocation`: `Edm.String`, nullable.
    pub usage_location: rt::Field<::std::string::String>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// CSDL: property `userType`: `Edm.String`, nullable.
    pub user_type: rt::Field<::std::string::String>,
    /// CSDL: property `mailboxSettings`: `microsoft.graph.mailboxSettings`, nullable.
    pub mailbox_settings: rt::Field<crate::beta::MailboxSettings>,
    /// The limit on the maximum number of devices that the user is permitted to enroll. Allowed values are 5 or 1000.
    ///
    /// CSDL: property `deviceEnrollmentLimit`: `Edm.Int32`, not nullable.
    pub device_enrollment_limit: rt::Field<i32>,
    /// CSDL: property `aboutMe`: `Edm.String`, nullable.
    pub about_me: rt::Field<::std::string::String>,
    /// CSDL: property `birthday`: `Edm.DateTimeOffset`, not nullable.
    pub birthday: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `hireDate`: `Edm.DateTimeOffset`, not nullable.
    pub hire_date: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `interests`: `Collection(Edm.String)`, nullable.
    pub interests: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `mySite`: `Edm.String`, nullable.
    pub my_site: rt::Field<::std::string::String>,
    /// CSDL: property `pastProjects`: `Collection(Edm.String)`, nullable.
    pub past_projects: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `preferredName`: `Edm.String`, nullable.
    pub preferred_name: rt::Field<::std::string::String>,
    /// CSDL: property `responsibilities`: `Collection(Edm.String)`, nullable.
    pub responsibilities: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `schools`: `Collection(Edm.String)`, nullable.
    pub schools: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `skills`: `Collection(Edm.String)`, nullable.
    pub skills: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: containment navigation property `analytics`: `microsoft.graph.userAnalytics`, nullable.
    pub analytics: rt::Field<crate::beta::UserAnalytics>,
    /// CSDL: containment navigation property `usageRights`: `Collection(microsoft.graph.usageRight)`, not nullable.
    pub usage_rights: rt::Field<::std::vec::Vec<crate::beta::UsageRight>>,
    /// CSDL: containment navigation property `informationProtection`: `microsoft.graph.informationProtection`, nullable.
    pub information_protection: rt::Field<crate::beta::InformationProtection>,
    /// CSDL: containment navigation property `appRoleAssignments`: `Collection(microsoft.graph.appRoleAssignment)`, not nullable.
    pub app_role_assignments: rt::Field<::std::vec::Vec<crate::beta::AppRoleAssignment>>,
    /// CSDL: navigation property `createdObjects`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub created_objects: rt::Field<::std::vec::Vec<crate::beta::AnyDirectoryObject>>,
    /// CSDL: navigation property `directReports`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub direct_reports: rt::Field<::std::vec::Vec<crate::beta::AnyDirectoryObject>>,
    /// CSDL: containment navigation property `licenseDetails`: `Collection(microsoft.graph.licenseDetails)`, not nullable.
    pub license_details: rt::Field<::std::vec::Vec<crate::beta::LicenseDetails>>,
    /// CSDL: navigation property `manager`: `microsoft.graph.directoryObject`, nullable.
    pub manager: rt::Field<crate::beta::AnyDirectoryObject>,
    /// CSDL: navigation property `memberOf`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub member_of: rt::Field<::std::vec::Vec<crate::beta::AnyDirectoryObject>>,
    /// CSDL: navigation property `oauth2PermissionGrants`: `Collection(microsoft.graph.oAuth2PermissionGrant)`, not nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_oauth2_permission_grants_or_search)]
    pub oauth2_permission_grants: rt::Field<
        ::std::vec::Vec<crate::beta::OAuth2PermissionGrant>,
    >,
    /// CSDL: navigation property `ownedDevices`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub owned_devices: rt::Field<::std::vec::Vec<crate::beta::AnyDirectoryObject>>,
    /// CSDL: navigation property `ownedObjects`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub owned_objects: rt::Field<::std::vec::Vec<crate::beta::AnyDirectoryObject>>,
    /// CSDL: navigation property `registeredDevices`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub registered_devices: rt::Field<::std::vec::Vec<crate::beta::AnyDirectoryObject>>,
    /// CSDL: containment navigation property `scopedRoleMemberOf`: `Collection(microsoft.graph.scopedRoleMembership)`, not nullable.
    pub scoped_role_member_of: rt::Field<
        ::std::vec::Vec<crate::beta::ScopedRoleMembership>,
    >,
    /// CSDL: navigation property `transitiveMemberOf`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub transitive_member_of: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDirectoryObject>,
    >,
    /// CSDL: navigation property `transitiveReports`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub transitive_reports: rt::Field<::std::vec::Vec<crate::beta::AnyDirectoryObject>>,
    /// CSDL: containment navigation property `calendar`: `microsoft.graph.calendar`, nullable.
    pub calendar: rt::Field<crate::beta::Calendar>,
    /// CSDL: containment navigation property `calendarGroups`: `Collection(microsoft.graph.calendarGroup)`, not nullable.
    pub calendar_groups: rt::Field<::std::vec::Vec<crate::beta::CalendarGroup>>,
    /// CSDL: containment navigation property `calendars`: `Collection(microsoft.graph.calendar)`, not nullable.
    pub calendars: rt::Field<::std::vec::Vec<crate::beta::Calendar>>,
    /// CSDL: containment navigation property `calendarView`: `Collection(microsoft.graph.event)`, not nullable.
    pub calendar_view: rt::Field<::std::vec::Vec<crate::beta::Event>>,
    /// CSDL: containment navigation property `contactFolders`: `Collection(microsoft.graph.contactFolder)`, not nullable.
    pub contact_folders: rt::Field<::std::vec::Vec<crate::beta::ContactFolder>>,
    /// CSDL: containment navigation property `contacts`: `Collection(microsoft.graph.contact)`, not nullable.
    pub contacts: rt::Field<::std::vec::Vec<crate::beta::Contact>>,
    /// CSDL: containment navigation property `events`: `Collection(microsoft.graph.event)`, not nullable.
    pub events: rt::Field<::std::vec::Vec<crate::beta::Event>>,
    /// CSDL: containment navigation property `inferenceClassification`: `microsoft.graph.inferenceClassification`, nullable.
    pub inference_classification: rt::Field<crate::beta::InferenceClassification>,
    /// CSDL: containment navigation property `joinedGroups`: `Collection(microsoft.graph.group)`, not nullable.
    pub joined_groups: rt::Field<::std::vec::Vec<crate::beta::Group>>,
    /// CSDL: containment navigation property `mailFolders`: `Collection(microsoft.graph.mailFolder)`, not nullable.
    pub mail_folders: rt::Field<::std::vec::Vec<crate::beta::AnyMailFolder>>,
    /// CSDL: containment navigation property `messages`: `Collection(microsoft.graph.message)`, not nullable.
    pub messages: rt::Field<::std::vec::Vec<crate::beta::AnyMessage>>,
    /// CSDL: containment navigation property `outlook`: `microsoft.graph.outlookUser`, nullable.
    pub outlook: rt::Field<crate::beta::OutlookUser>,
    /// CSDL: containment navigation property `people`: `Collection(microsoft.graph.person)`, not nullable.
    pub people: rt::Field<::std::vec::Vec<crate::beta::Person>>,
    /// CSDL: containment navigation property `drive`: `microsoft.graph.drive`, nullable.
    pub drive: rt::Field<::std::boxed::Box<crate::beta::Drive>>,
    /// CSDL: containment navigation property `drives`: `Collection(microsoft.graph.drive)`, not nullable.
    pub drives: rt::Field<::std::vec::Vec<crate::beta::Drive>>,
    /// CSDL: navigation property `followedSites`: `Collection(microsoft.graph.site)`, not nullable.
    pub followed_sites: rt::Field<::std::vec::Vec<crate::beta::Site>>,
    /// CSDL: containment navigation property `extensions`: `Collection(microsoft.graph.extension)`, not nullable.
    pub extensions: rt::Field<::std::vec::Vec<crate::beta::AnyExtension>>,
    /// CSDL: containment navigation property `appConsentRequestsForApproval`: `Collection(microsoft.graph.appConsentRequest)`, not nullable.
    pub app_consent_requests_for_approval: rt::Field<
        ::std::vec::Vec<crate::beta::AppConsentRequest>,
    >,
    /// CSDL: containment navigation property `approvals`: `Collection(microsoft.graph.approval)`, not nullable.
    pub approvals: rt::Field<::std::vec::Vec<crate::beta::Approval>>,
    /// CSDL: containment navigation property `pendingAccessReviewInstances`: `Collection(microsoft.graph.accessReviewInstance)`, not nullable.
    pub pending_access_review_instances: rt::Field<
        ::std::vec::Vec<crate::beta::AccessReviewInstance>,
    >,
    /// CSDL: navigation property `agreementAcceptances`: `Collection(microsoft.graph.agreementAcceptance)`, not nullable.
    ///
    /// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
    #[cfg(
        msgraph_beta_agreement_acceptances_or_agreements_or_identity_governance_or_search
    )]
    pub agreement_acceptances: rt::Field<
        ::std::vec::Vec<crate::beta::AgreementAcceptance>,
    >,
    /// Get enrollment configurations targeted to the user
    ///
    /// CSDL: containment navigation property `deviceEnrollmentConfigurations`: `Collection(microsoft.graph.deviceEnrollmentConfiguration)`, not nullable.
    pub device_enrollment_configurations: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDeviceEnrollmentConfiguration>,
    >,
    /// The managed devices associated with the user.
    ///
    /// CSDL: containment navigation property `managedDevices`: `Collection(microsoft.graph.managedDevice)`, not nullable.
    pub managed_devices: rt::Field<::std::vec::Vec<crate::beta::AnyManagedDevice>>,
    /// Zero or more managed app registrations that belong to the user.
    ///
    /// CSDL: navigation property `managedAppRegistrations`: `Collection(microsoft.graph.managedAppRegistration)`, not nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_device_app_management_or_search)]
    pub managed_app_registrations: rt::Field<
        ::std::vec::Vec<crate::beta::AnyManagedAppRegistration>,
    >,
    /// Zero or more WIP device registrations that belong to the user.
    ///
    /// CSDL: navigation property `windowsInformationProtectionDeviceRegistrations`: `Collection(microsoft.graph.windowsInformationProtectionDeviceRegistration)`, not nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_device_app_management_or_search)]
    pub windows_information_protection_device_registrations: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsInformationProtectionDeviceRegistration>,
    >,
    /// The list of troubleshooting events for this user.
    ///
    /// CSDL: containment navigation property `deviceManagementTroubleshootingEvents`: `Collection(microsoft.graph.deviceManagementTroubleshootingEvent)`, not nullable.
    pub device_management_troubleshooting_events: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDeviceManagementTroubleshootingEvent>,
    >,
    /// The list of troubleshooting events for this user.
    ///
    /// CSDL: containment navigation property `mobileAppIntentAndStates`: `Collection(microsoft.graph.mobileAppIntentAndState)`, not nullable.
    pub mobile_app_intent_and_states: rt::Field<
        ::std::vec::Vec<crate::beta::MobileAppIntentAndState>,
    >,
    /// The list of mobile app troubleshooting events for this user.
    ///
    /// CSDL: containment navigation property `mobileAppTroubleshootingEvents`: `Collection(microsoft.graph.mobileAppTroubleshootingEvent)`, not nullable.
    pub mobile_app_troubleshooting_events: rt::Field<
        ::std::vec::Vec<crate::beta::MobileAppTroubleshootingEvent>,
    >,
    /// CSDL: containment navigation property `notifications`: `Collection(microsoft.graph.notification)`, not nullable.
    pub notifications: rt::Field<::std::vec::Vec<crate::beta::Notification>>,
    /// CSDL: containment navigation property `planner`: `microsoft.graph.plannerUser`, nullable.
    pub planner: rt::Field<crate::beta::PlannerUser>,
    /// CSDL: containment navigation property `insights`: `microsoft.graph.itemInsights`, nullable.
    pub insights: rt::Field<crate::beta::ItemInsights>,
    /// CSDL: containment navigation property `settings`: `microsoft.graph.userSettings`, nullable.
    pub settings: rt::Field<crate::beta::UserSettings>,
    /// CSDL: containment navigation property `onenote`: `microsoft.graph.onenote`, nullable.
    pub onenote: rt::Field<crate::beta::Onenote>,
    /// CSDL: containment navigation property `photo`: `microsoft.graph.profilePhoto`, nullable.
    pub photo: rt::Field<crate::beta::ProfilePhoto>,
    /// CSDL: containment navigation property `photos`: `Collection(microsoft.graph.profilePhoto)`, not nullable.
    pub photos: rt::Field<::std::vec::Vec<crate::beta::ProfilePhoto>>,
    /// CSDL: containment navigation property `profile`: `microsoft.graph.profile`, nullable.
    pub profile: rt::Field<crate::beta::Profile>,
    /// CSDL: containment navigation property `activities`: `Collection(microsoft.graph.userActivity)`, not nullable.
    pub activities: rt::Field<::std::vec::Vec<crate::beta::UserActivity>>,
    /// CSDL: containment navigation property `devices`: `Collection(microsoft.graph.device)`, not nullable.
    pub devices: rt::Field<::std::vec::Vec<crate::beta::Device>>,
    /// CSDL: containment navigation property `onlineMeetings`: `Collection(microsoft.graph.onlineMeeting)`, not nullable.
    pub online_meetings: rt::Field<::std::vec::Vec<crate::beta::OnlineMeeting>>,
    /// CSDL: containment navigation property `presence`: `microsoft.graph.presence`, nullable.
    pub presence: rt::Field<crate::beta::Presence>,
    /// CSDL: containment navigation property `authentication`: `microsoft.graph.authentication`, nullable.
    pub authentication: rt::Field<crate::beta::Authentication>,
    /// CSDL: containment navigation property `chats`: `Collection(microsoft.graph.chat)`, not nullable.
    pub chats: rt::Field<::std::vec::Vec<crate::beta::Chat>>,
    /// CSDL: navigation property `joinedTeams`: `Collection(microsoft.graph.team)`, not nullable.
    pub joined_teams: rt::Field<::std::vec::Vec<crate::beta::Team>>,
    /// CSDL: containment navigation property `teamwork`: `microsoft.graph.userTeamwork`, nullable.
    pub teamwork: rt::Field<crate::beta::UserTeamwork>,
    /// CSDL: containment navigation property `todo`: `microsoft.graph.todo`, nullable.
    pub todo: rt::Field<crate::beta::Todo>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for User {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            sign_in_activity: rt::Field::Absent,
            account_enabled: rt::Field::Absent,
            age_group: rt::Field::Absent,
            assigned_licenses: rt::Field::Absent,
            assigned_plans: rt::Field::Absent,
            business_phones: rt::Field::Absent,
            city: rt::Field::Absent,
            company_name: rt::Field::Absent,
            consent_provided_for_minor: rt::Field::Absent,
            country: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            creation_type: rt::Field::Absent,
            department: rt::Field::Absent,
            device_keys: rt::Field::Absent,
            display_name: rt::Field::Absent,
            employee_hire_date: rt::Field::Absent,
            employee_id: rt::Field::Absent,
            employee_org_data: rt::Field::Absent,
            employee_type: rt::Field::Absent,
            external_user_state: rt::Field::Absent,
            external_user_state_change_date_time: rt::Field::Absent,
            fax_number: rt::Field::Absent,
            given_name: rt::Field::Absent,
            identities: rt::Field::Absent,
            im_addresses: rt::Field::Absent,
            info_catalogs: rt::Field::Absent,
            is_resource_account: rt::Field::Absent,
            job_title: rt::Field::Absent,
            last_password_change_date_time: rt::Field::Absent,
            legal_age_group_classification: rt::Field::Absent,
            license_assignment_states: rt::Field::Absent,
            mail: rt::Field::Absent,
            mail_nickname: rt::Field::Absent,
            mobile_phone: rt::Field::Absent,
            office_location: rt::Field::Absent,
            on_premises_distinguished_name: rt::Field::Absent,
            on_premises_domain_name: rt::Field::Absent,
            on_premises_extension_attributes: rt::Field::Absent,
            on_premises_immutable_id: rt::Field::Absent,
            on_premises_last_sync_date_time: rt::Field::Absent,
            on_premises_provisioning_errors: rt::Field::Absent,
            on_premises_sam_account_name: rt::Field::Absent,
            on_premises_security_identifier: rt::Field::Absent,
            on_premises_sync_enabled: rt::Field::Absent,
            on_premises_user_principal_name: rt::Field::Absent,
            other_mails: rt::Field::Absent,
            password_policies: rt::Field::Absent,
            password_profile: rt::Field::Absent,
            postal_code: rt::Field::Absent,
            preferred_data_location: rt::Field::Absent,
            preferred_language: rt::Field::Absent,
            provisioned_plans: rt::Field::Absent,
            proxy_addresses: rt::Field::Absent,
            refresh_tokens_valid_from_date_time: rt::Field::Absent,
            show_in_address_list: rt::Field::Absent,
            sign_in_sessions_valid_from_date_time: rt::Field::Absent,
            state: rt::Field::Absent,
            street_address: rt::Field::Absent,
            surname: rt::Field::Absent,
            usage_location: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            user_type: rt::Field::Absent,
            mailbox_settings: rt::Field::Absent,
            device_enrollment_limit: rt::Field::Absent,
            about_me: rt::Field::Absent,
            birthday: rt::Field::Absent,
            hire_date: rt::Field::Absent,
            interests: rt::Field::Absent,
            my_site: rt::Field::Absent,
            past_projects: rt::Field::Absent,
            preferred_name: rt::Field::Absent,
            responsibilities: rt::Field::Absent,
            schools: rt::Field::Absent,
            skills: rt::Field::Absent,
            analytics: rt::Field::Absent,
            usage_rights: rt::Field::Absent,
            information_protection: rt::Field::Absent,
            app_role_assignments: rt::Field::Absent,
            created_objects: rt::Field::Absent,
            direct_reports: rt::Field::Absent,
            license_details: rt::Field::Absent,
            manager: rt::Field::Absent,
            member_of: rt::Field::Absent,
            #[cfg(msgraph_beta_oauth2_permission_grants_or_search)]
            oauth2_permission_grants: rt::Field::Absent,
            owned_devices: rt::Field::Absent,
            owned_objects: rt::Field::Absent,
            registered_devices: rt::Field::Absent,
            scoped_role_member_of: rt::Field::Absent,
            transitive_member_of: rt::Field::Absent,
            transitive_reports: rt::Field::Absent,
            calendar: rt::Field::Absent,
            calendar_groups: rt::Field::Absent,
            calendars: rt::Field::Absent,
            calendar_view: rt::Field::Absent,
            contact_folders: rt::Field::Absent,
            contacts: rt::Field::Absent,
            events: rt::Field::Absent,
            inference_classification: rt::Field::Absent,
            joined_groups: rt::Field::Absent,
            mail_folders: rt::Field::Absent,
            messages: rt::Field::Absent,
            outlook: rt::Field::Absent,
            people: rt::Field::Absent,
            drive: rt::Field::Absent,
            drives: rt::Field::Absent,
            followed_sites: rt::Field::Absent,
            extensions: rt::Field::Absent,
            app_consent_requests_for_approval: rt::Field::Absent,
            approvals: rt::Field::Absent,
            pending_access_review_instances: rt::Field::Absent,
            #[cfg(
                msgraph_beta_agreement_acceptances_or_agreements_or_identity_governance_or_search
            )]
            agreement_acceptances: rt::Field::Absent,
            device_enrollment_configurations: rt::Field::Absent,
            managed_devices: rt::Field::Absent,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            managed_app_registrations: rt::Field::Absent,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            windows_information_protection_device_registrations: rt::Field::Absent,
            device_management_troubleshooting_events: rt::Field::Absent,
            mobile_app_intent_and_states: rt::Field::Absent,
            mobile_app_troubleshooting_events: rt::Field::Absent,
            notifications: rt::Field::Absent,
            planner: rt::Field::Absent,
            insights: rt::Field::Absent,
            settings: rt::Field::Absent,
            onenote: rt::Field::Absent,
            photo: rt::Field::Absent,
            photos: rt::Field::Absent,
            profile: rt::Field::Absent,
            activities: rt::Field::Absent,
            devices: rt::Field::Absent,
            online_meetings: rt::Field::Absent,
            presence: rt::Field::Absent,
            authentication: rt::Field::Absent,
            chats: rt::Field::Absent,
            joined_teams: rt::Field::Absent,
            teamwork: rt::Field::Absent,
            todo: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for User {
    const TYPE_NAME: &'static str = "microsoft.graph.user";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "signInActivity",
        "accountEnabled",
        "ageGroup",
        "assignedLicenses",
        "assignedPlans",
        "businessPhones",
        "city",
        "companyName",
        "consentProvidedForMinor",
        "country",
        "createdDateTime",
        "creationType",
        "department",
        "deviceKeys",
        "displayName",
        "employeeHireDate",
        "employeeId",
        "employeeOrgData",
        "employeeType",
        "externalUserState",
        "externalUserStateChangeDateTime",
        "faxNumber",
        "givenName",
        "identities",
        "imAddresses",
        "infoCatalogs",
        "isResourceAccount",
        "jobTitle",
        "lastPasswordChangeDateTime",
        "legalAgeGroupClassification",
        "licenseAssignmentStates",
        "mail",
        "mailNickname",
        "mobilePhone",
        "officeLocation",
        "onPremisesDistinguishedName",
        "onPremisesDomainName",
        "onPremisesExtensionAttributes",
        "onPremisesImmutableId",
        "onPremisesLastSyncDateTime",
        "onPremisesProvisioningErrors",
        "onPremisesSamAccountName",
        "onPremisesSecurityIdentifier",
        "onPremisesSyncEnabled",
        "onPremisesUserPrincipalName",
        "otherMails",
        "passwordPolicies",
        "passwordProfile",
        "postalCode",
        "preferredDataLocation",
        "preferredLanguage",
        "provisionedPlans",
        "proxyAddresses",
        "refreshTokensValidFromDateTime",
        "showInAddressList",
        "signInSessionsValidFromDateTime",
        "state",
        "streetAddress",
        "surname",
        "usageLocation",
        "userPrincipalName",
        "userType",
        "mailboxSettings",
        "deviceEnrollmentLimit",
        "aboutMe",
        "birthday",
        "hireDate",
        "interests",
        "mySite",
        "pastProjects",
        "preferredName",
        "responsibilities",
        "schools",
        "skills",
        "analytics",
        "usageRights",
        "informationProtection",
        "appRoleAssignments",
        "createdObjects",
        "directReports",
        "licenseDetails",
        "manager",
        "memberOf",
        "oauth2PermissionGrants",
        "ownedDevices",
        "ownedObjects",
        "registeredDevices",
        "scopedRoleMemberOf",
        "transitiveMemberOf",
        "transitiveReports",
        "calendar",
        "calendarGroups",
        "calendars",
        "calendarView",
        "contactFolders",
        "contacts",
        "events",
        "inferenceClassification",
        "joinedGroups",
        "mailFolders",
        "messages",
        "outlook",
        "people",
        "drive",
        "drives",
        "followedSites",
        "extensions",
        "appConsentRequestsForApproval",
        "approvals",
        "pendingAccessReviewInstances",
        "agreementAcceptances",
        "deviceEnrollmentConfigurations",
        "managedDevices",
        "managedAppRegistrations",
        "windowsInformationProtectionDeviceRegistrations",
        "deviceManagementTroubleshootingEvents",
        "mobileAppIntentAndStates",
        "mobileAppTroubleshootingEvents",
        "notifications",
        "planner",
        "insights",
        "settings",
        "onenote",
        "photo",
        "photos",
        "profile",
        "activities",
        "devices",
        "onlineMeetings",
        "presence",
        "authentication",
        "chats",
        "joinedTeams",
        "teamwork",
        "todo",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"signInActivity\":               ",
        ",\"accountEnabled\":               ",
        ",\"ageGroup\":                     ",
        ",\"assignedLicenses\":             ",
        ",\"assignedPlans\":                ",
        ",\"businessPhones\":               ",
        ",\"city\":                         ",
        ",\"companyName\":                  ",
        ",\"consentProvidedForMinor\":      ",
        ",\"country\":                      ",
        ",\"createdDateTime\":              ",
        ",\"creationType\":                 ",
        ",\"department\":                   ",
        ",\"deviceKeys\":                   ",
        ",\"displayName\":                  ",
        ",\"employeeHireDate\":             ",
        ",\"employeeId\":                   ",
        ",\"employeeOrgData\":              ",
        ",\"employeeType\":                 ",
        ",\"externalUserState\":            ",
        ",\"externalUserStateChangeDateTime\":",
        ",\"faxNumber\":                    ",
        ",\"givenName\":                    ",
        ",\"identities\":                   ",
        ",\"imAddresses\":                  ",
        ",\"infoCatalogs\":                 ",
        ",\"isResourceAccount\":            ",
        ",\"jobTitle\":                     ",
        ",\"lastPasswordChangeDateTime\":   ",
        ",\"legalAgeGroupClassification\":  ",
        ",\"licenseAssignmentStates\":      ",
        ",\"mail\":                         ",
        ",\"mailNickname\":                 ",
        ",\"mobilePhone\":                  ",
        ",\"officeLocation\":               ",
        ",\"onPremisesDistinguishedName\":  ",
        ",\"onPremisesDomainName\":         ",
        ",\"onPremisesExtensionAttributes\":",
        ",\"onPremisesImmutableId\":        ",
        ",\"onPremisesLastSyncDateTime\":   ",
        ",\"onPremisesProvisioningErrors\": ",
        ",\"onPremisesSamAccountName\":     ",
        ",\"onPremisesSecurityIdentifier\": ",
        ",\"onPremisesSyncEnabled\":        ",
        ",\"onPremisesUserPrincipalName\":  ",
        ",\"otherMails\":                   ",
        ",\"passwordPolicies\":             ",
        ",\"passwordProfile\":              ",
        ",\"postalCode\":                   ",
        ",\"preferredDataLocation\":        ",
        ",\"preferredLanguage\":            ",
        ",\"provisionedPlans\":             ",
        ",\"proxyAddresses\":               ",
        ",\"refreshTokensValidFromDateTime\":",
        ",\"showInAddressList\":            ",
        ",\"signInSessionsValidFromDateTime\":",
        ",\"state\":                        ",
        ",\"streetAddress\":                ",
        ",\"surname\":                      ",
        ",\"usageLocation\":                ",
        ",\"userPrincipalName\":            ",
        ",\"userType\":                     ",
        ",\"mailboxSettings\":              ",
        ",\"deviceEnrollmentLimit\":        ",
        ",\"aboutMe\":                      ",
        ",\"birthday\":                     ",
        ",\"hireDate\":                     ",
        ",\"interests\":                    ",
        ",\"mySite\":                       ",
        ",\"pastProjects\":                 ",
        ",\"preferredName\":                ",
        ",\"responsibilities\":             ",
        ",\"schools\":                      ",
        ",\"skills\":                       ",
        ",\"analytics\":                    ",
        ",\"usageRights\":                  ",
        ",\"informationProtection\":        ",
        ",\"appRoleAssignments\":           ",
        ",\"createdObjects\":               ",
        ",\"directReports\":                ",
        ",\"licenseDetails\":               ",
        ",\"manager\":                      ",
        ",\"memberOf\":                     ",
        ",\"oauth2PermissionGrants\":       ",
        ",\"ownedDevices\":                 ",
        ",\"ownedObjects\":                 ",
        ",\"registeredDevices\":            ",
        ",\"scopedRoleMemberOf\":           ",
        ",\"transitiveMemberOf\":           ",
        ",\"transitiveReports\":            ",
        ",\"calendar\":                     ",
        ",\"calendarGroups\":               ",
        ",\"calendars\":                    ",
        ",\"calendarView\":                 ",
        ",\"contactFolders\":               ",
        ",\"contacts\":                     ",
        ",\"events\":                       ",
        ",\"inferenceClassification\":      ",
        ",\"joinedGroups\":                 ",
        ",\"mailFolders\":                  ",
        ",\"messages\":                     ",
        ",\"outlook\":                      ",
        ",\"people\":                       ",
        ",\"drive\":                        ",
        ",\"drives\":                       ",
        ",\"followedSites\":                ",
        ",\"extensions\":                   ",
        ",\"appConsentRequestsForApproval\":",
        ",\"approvals\":                    ",
        ",\"pendingAccessReviewInstances\": ",
        ",\"agreementAcceptances\":         ",
        ",\"deviceEnrollmentConfigurations\":",
        ",\"managedDevices\":               ",
        ",\"managedAppRegistrations\":      ",
        ",\"windowsInformationProtectionDeviceRegistrations\":",
        ",\"deviceManagementTroubleshootingEvents\":",
        ",\"mobileAppIntentAndStates\":     ",
        ",\"mobileAppTroubleshootingEvents\":",
        ",\"notifications\":                ",
        ",\"planner\":                      ",
        ",\"insights\":                     ",
        ",\"settings\":                     ",
        ",\"onenote\":                      ",
        ",\"photo\":                        ",
        ",\"photos\":                       ",
        ",\"profile\":                      ",
        ",\"activities\":                   ",
        ",\"devices\":                      ",
        ",\"onlineMeetings\":               ",
        ",\"presence\":                     ",
        ",\"authentication\":               ",
        ",\"chats\":                        ",
        ",\"joinedTeams\":                  ",
        ",\"teamwork\":                     ",
        ",\"todo\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.user\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "sign_in_activity", &self.sign_in_activity);
        v.field(3usize, "account_enabled", &self.account_enabled);
        v.field(4usize, "age_group", &self.age_group);
        v.field(5usize, "assigned_licenses", &self.assigned_licenses);
        v.field(6usize, "assigned_plans", &self.assigned_plans);
        v.field(7usize, "business_phones", &self.business_phones);
        v.field(8usize, "city", &self.city);
        v.field(9usize, "company_name", &self.company_name);
        v.field(10usize, "consent_provided_for_minor", &self.consent_provided_for_minor);
        v.field(11usize, "country", &self.country);
        v.field(12usize, "created_date_time", &self.created_date_time);
        v.field(13usize, "creation_type", &self.creation_type);
        v.field(14usize, "department", &self.department);
        v.field(15usize, "device_keys", &self.device_keys);
        v.field(16usize, "display_name", &self.display_name);
        v.field(17usize, "employee_hire_date", &self.employee_hire_date);
        v.field(18usize, "employee_id", &self.employee_id);
        v.field(19usize, "employee_org_data", &self.employee_org_data);
        v.field(20usize, "employee_type", &self.employee_type);
        v.field(21usize, "external_user_state", &self.external_user_state);
        v.field(
            22usize,
            "external_user_state_change_date_time",
            &self.external_user_state_change_date_time,
        );
        v.field(23usize, "fax_number", &self.fax_number);
        v.field(24usize, "given_name", &self.given_name);
        v.field(25usize, "identities", &self.identities);
        v.field(26usize, "im_addresses", &self.im_addresses);
        v.field(27usize, "info_catalogs", &self.info_catalogs);
        v.field(28usize, "is_resource_account", &self.is_resource_account);
        v.field(29usize, "job_title", &self.job_title);
        v.field(
            30usize,
            "last_password_change_date_time",
            &self.last_password_change_date_time,
        );
        v.field(
            31usize,
            "legal_age_group_classification",
            &self.legal_age_group_classification,
        );
        v.field(32usize, "license_assignment_states", &self.license_assignment_states);
        v.field(33usize, "mail", &self.mail);
        v.field(34usize, "mail_nickname", &self.mail_nickname);
        v.field(35usize, "mobile_phone", &self.mobile_phone);
        v.field(36usize, "office_location", &self.office_location);
        v.field(
            37usize,
            "on_premises_distinguished_name",
            &self.on_premises_distinguished_name,
        );
        v.field(38usize, "on_premises_domain_name", &self.on_premises_domain_name);
        v.field(
            39usize,
            "on_premises_extension_attributes",
            &self.on_premises_extension_attributes,
        );
        v.field(40usize, "on_premises_immutable_id", &self.on_premises_immutable_id);
        v.field(
            41usize,
            "on_premises_last_sync_date_time",
            &self.on_premises_last_sync_date_time,
        );
        v.field(
            42usize,
            "on_premises_provisioning_errors",
            &self.on_premises_provisioning_errors,
        );
        v.field(
            43usize,
            "on_premises_sam_account_name",
            &self.on_premises_sam_account_name,
        );
        v.field(
            44usize,
            "on_premises_security_identifier",
            &self.on_premises_security_identifier,
        );
        v.field(45usize, "on_premises_sync_enabled", &self.on_premises_sync_enabled);
        v.field(
            46usize,
            "on_premises_user_principal_name",
            &self.on_premises_user_principal_name,
        );
        v.field(47usize, "other_mails", &self.other_mails);
        v.field(48usize, "password_policies", &self.password_policies);
        v.field(49usize, "password_profile", &self.password_profile);
        v.field(50usize, "postal_code", &self.postal_code);
        v.field(51usize, "preferred_data_location", &self.preferred_data_location);
        v.field(52usize, "preferred_language", &self.preferred_language);
        v.field(53usize, "provisioned_plans", &self.provisioned_plans);
        v.field(54usize, "proxy_addresses", &self.proxy_addresses);
        v.field(
            55usize,
            "refresh_tokens_valid_from_date_time",
            &self.refresh_tokens_valid_from_date_time,
        );
        v.field(56usize, "show_in_address_list", &self.show_in_address_list);
        v.field(
            57usize,
            "sign_in_sessions_valid_from_date_time",
            &self.sign_in_sessions_valid_from_date_time,
        );
        v.field(58usize, "state", &self.state);
        v.field(59usize, "street_address", &self.street_address);
        v.field(60usize, "surname", &self.surname);
        v.field(61usize, "usage_location", &self.usage_location);
        v.field(62usize, "user_principal_name", &self.user_principal_name);
        v.field(63usize, "user_type", &self.user_type);
        v.field(64usize, "mailbox_settings", &self.mailbox_settings);
        v.field(65usize, "device_enrollment_limit", &self.device_enrollment_limit);
        v.field(66usize, "about_me", &self.about_me);
        v.field(67usize, "birthday", &self.birthday);
        v.field(68usize, "hire_date", &self.hire_date);
        v.field(69usize, "interests", &self.interests);
        v.field(70usize, "my_site", &self.my_site);
        v.field(71usize, "past_projects", &self.past_projects);
        v.field(72usize, "preferred_name", &self.preferred_name);
        v.field(73usize, "responsibilities", &self.responsibilities);
        v.field(74usize, "schools", &self.schools);
        v.field(75usize, "skills", &self.skills);
        v.field(76usize, "analytics", &self.analytics);
        v.field(77usize, "usage_rights", &self.usage_rights);
        v.field(78usize, "information_protection", &self.information_protection);
        v.field(79usize, "app_role_assignments", &self.app_role_assignments);
        v.field(80usize, "created_objects", &self.created_objects);
        v.field(81usize, "direct_reports", &self.direct_reports);
        v.field(82usize, "license_details", &self.license_details);
        v.field(83usize, "manager", &self.manager);
        v.field(84usize, "member_of", &self.member_of);
        #[cfg(msgraph_beta_oauth2_permission_grants_or_search)]
        v.field(85usize, "oauth2_permission_grants", &self.oauth2_permission_grants);
        v.field(86usize, "owned_devices", &self.owned_devices);
        v.field(87usize, "owned_objects", &self.owned_objects);
        v.field(88usize, "registered_devices", &self.registered_devices);
        v.field(89usize, "scoped_role_member_of", &self.scoped_role_member_of);
        v.field(90usize, "transitive_member_of", &self.transitive_member_of);
        v.field(91usize, "transitive_reports", &self.transitive_reports);
        v.field(92usize, "calendar", &self.calendar);
        v.field(93usize, "calendar_groups", &self.calendar_groups);
        v.field(94usize, "calendars", &self.calendars);
        v.field(95usize, "calendar_view", &self.calendar_view);
        v.field(96usize, "contact_folders", &self.contact_folders);
        v.field(97usize, "contacts", &self.contacts);
        v.field(98usize, "events", &self.events);
        v.field(99usize, "inference_classification", &self.inference_classification);
        v.field(100usize, "joined_groups", &self.joined_groups);
        v.field(101usize, "mail_folders", &self.mail_folders);
        v.field(102usize, "messages", &self.messages);
        v.field(103usize, "outlook", &self.outlook);
        v.field(104usize, "people", &self.people);
        v.field(105usize, "drive", &self.drive);
        v.field(106usize, "drives", &self.drives);
        v.field(107usize, "followed_sites", &self.followed_sites);
        v.field(108usize, "extensions", &self.extensions);
        v.field(
            109usize,
            "app_consent_requests_for_approval",
            &self.app_consent_requests_for_approval,
        );
        v.field(110usize, "approvals", &self.approvals);
        v.field(
            111usize,
            "pending_access_review_instances",
            &self.pending_access_review_instances,
        );
        #[cfg(
            msgraph_beta_agreement_acceptances_or_agreements_or_identity_governance_or_search
        )] v.field(112usize, "agreement_acceptances", &self.agreement_acceptances);
        v.field(
            113usize,
            "device_enrollment_configurations",
            &self.device_enrollment_configurations,
        );
        v.field(114usize, "managed_devices", &self.managed_devices);
        #[cfg(msgraph_beta_device_app_management_or_search)]
        v.field(115usize, "managed_app_registrations", &self.managed_app_registrations);
        #[cfg(msgraph_beta_device_app_management_or_search)]
        v.field(
            116usize,
            "windows_information_protection_device_registrations",
            &self.windows_information_protection_device_registrations,
        );
        v.field(
            117usize,
            "device_management_troubleshooting_events",
            &self.device_management_troubleshooting_events,
        );
        v.field(
            118usize,
            "mobile_app_intent_and_states",
            &self.mobile_app_intent_and_states,
        );
        v.field(
            119usize,
            "mobile_app_troubleshooting_events",
            &self.mobile_app_troubleshooting_events,
        );
        v.field(120usize, "notifications", &self.notifications);
        v.field(121usize, "planner", &self.planner);
        v.field(122usize, "insights", &self.insights);
        v.field(123usize, "settings", &self.settings);
        v.field(124usize, "onenote", &self.onenote);
        v.field(125usize, "photo", &self.photo);
        v.field(126usize, "photos", &self.photos);
        v.field(127usize, "profile", &self.profile);
        v.field(128usize, "activities", &self.activities);
        v.field(129usize, "devices", &self.devices);
        v.field(130usize, "online_meetings", &self.online_meetings);
        v.field(131usize, "presence", &self.presence);
        v.field(132usize, "authentication", &self.authentication);
        v.field(133usize, "chats", &self.chats);
        v.field(134usize, "joined_teams", &self.joined_teams);
        v.field(135usize, "teamwork", &self.teamwork);
        v.field(136usize, "todo", &self.todo);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for User {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.sign_in_activity.read_from(r),
            3usize => self.account_enabled.read_from(r),
            4usize => self.age_group.read_from(r),
            5usize => self.assigned_licenses.read_from(r),
            6usize => self.assigned_plans.read_from(r),
            7usize => self.business_phones.read_from(r),
            8usize => self.city.read_from(r),
            9usize => self.company_name.read_from(r),
            10usize => self.consent_provided_for_minor.read_from(r),
            11usize => self.country.read_from(r),
            12usize => self.created_date_time.read_from(r),
            13usize => self.creation_type.read_from(r),
            14usize => self.department.read_from(r),
            15usize => self.device_keys.read_from(r),
            16usize => self.display_name.read_from(r),
            17usize => self.employee_hire_date.read_from(r),
            18usize => self.employee_id.read_from(r),
            19usize => self.employee_org_data.read_from(r),
            20usize => self.employee_type.read_from(r),
            21usize => self.external_user_state.read_from(r),
            22usize => self.external_user_state_change_date_time.read_from(r),
            23usize => self.fax_number.read_from(r),
            24usize => self.given_name.read_from(r),
            25usize => self.identities.read_from(r),
            26usize => self.im_addresses.read_from(r),
            27usize => self.info_catalogs.read_from(r),
            28usize => self.is_resource_account.read_from(r),
            29usize => self.job_title.read_from(r),
            30usize => self.last_password_change_date_time.read_from(r),
            31usize => self.legal_age_group_classification.read_from(r),
            32usize => self.license_assignment_states.read_from(r),
            33usize => self.mail.read_from(r),
            34usize => self.mail_nickname.read_from(r),
            35usize => self.mobile_phone.read_from(r),
            36usize => self.office_location.read_from(r),
            37usize => self.on_premises_distinguished_name.read_from(r),
            38usize => self.on_premises_domain_name.read_from(r),
            39usize => self.on_premises_extension_attributes.read_from(r),
            40usize => self.on_premises_immutable_id.read_from(r),
            41usize => self.on_premises_last_sync_date_time.read_from(r),
            42usize => self.on_premises_provisioning_errors.read_from(r),
            43usize => self.on_premises_sam_account_name.read_from(r),
            44usize => self.on_premises_security_identifier.read_from(r),
            45usize => self.on_premises_sync_enabled.read_from(r),
            46usize => self.on_premises_user_principal_name.read_from(r),
            47usize => self.other_mails.read_from(r),
            48usize => self.password_policies.read_from(r),
            49usize => self.password_profile.read_from(r),
            50usize => self.postal_code.read_from(r),
            51usize => self.preferred_data_location.read_from(r),
            52usize => self.preferred_language.read_from(r),
            53usize => self.provisioned_plans.read_from(r),
            54usize => self.proxy_addresses.read_from(r),
            55usize => self.refresh_tokens_valid_from_date_time.read_from(r),
            56usize => self.show_in_address_list.read_from(r),
            57usize => self.sign_in_sessions_valid_from_date_time.read_from(r),
            58usize => self.state.read_from(r),
            59usize => self.street_address.read_from(r),
            60usize => self.surname.read_from(r),
            61usize => self.usage_location.read_from(r),
            62usize => self.user_principal_name.read_from(r),
            63usize => self.user_type.read_from(r),
            64usize => self.mailbox_settings.read_from(r),
            65usize => self.device_enrollment_limit.read_from(r),
            66usize => self.about_me.read_from(r),
            67usize => self.birthday.read_from(r),
            68usize => self.hire_date.read_from(r),
            69usize => self.interests.read_from(r),
            70usize => self.my_site.read_from(r),
            71usize => self.past_projects.read_from(r),
            72usize => self.preferred_name.read_from(r),
            73usize => self.responsibilities.read_from(r),
            74usize => self.schools.read_from(r),
            75usize => self.skills.read_from(r),
            76usize => self.analytics.read_from(r),
            77usize => self.usage_rights.read_from(r),
            78usize => self.information_protection.read_from(r),
            79usize => self.app_role_assignments.read_from(r),
            80usize => self.created_objects.read_from(r),
            81usize => self.direct_reports.read_from(r),
            82usize => self.license_details.read_from(r),
            83usize => self.manager.read_from(r),
            84usize => self.member_of.read_from(r),
            #[cfg(msgraph_beta_oauth2_permission_grants_or_search)]
            85usize => self.oauth2_permission_grants.read_from(r),
            86usize => self.owned_devices.read_from(r),
            87usize => self.owned_objects.read_from(r),
            88usize => self.registered_devices.read_from(r),
            89usize => self.scoped_role_member_of.read_from(r),
            90usize => self.transitive_member_of.read_from(r),
            91usize => self.transitive_reports.read_from(r),
            92usize => self.calendar.read_from(r),
            93usize => self.calendar_groups.read_from(r),
            94usize => self.calendars.read_from(r),
            95usize => self.calendar_view.read_from(r),
            96usize => self.contact_folders.read_from(r),
            97usize => self.contacts.read_from(r),
            98usize => self.events.read_from(r),
            99usize => self.inference_classification.read_from(r),
            100usize => self.joined_groups.read_from(r),
            101usize => self.mail_folders.read_from(r),
            102usize => self.messages.read_from(r),
            103usize => self.outlook.read_from(r),
            104usize => self.people.read_from(r),
            105usize => self.drive.read_from(r),
            106usize => self.drives.read_from(r),
            107usize => self.followed_sites.read_from(r),
            108usize => self.extensions.read_from(r),
            109usize => self.app_consent_requests_for_approval.read_from(r),
            110usize => self.approvals.read_from(r),
            111usize => self.pending_access_review_instances.read_from(r),
            #[cfg(
                msgraph_beta_agreement_acceptances_or_agreements_or_identity_governance_or_search
            )]
            112usize => self.agreement_acceptances.read_from(r),
            113usize => self.device_enrollment_configurations.read_from(r),
            114usize => self.managed_devices.read_from(r),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            115usize => self.managed_app_registrations.read_from(r),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            116usize => {
                self.windows_information_protection_device_registrations.read_from(r)
            }
            117usize => self.device_management_troubleshooting_events.read_from(r),
            118usize => self.mobile_app_intent_and_states.read_from(r),
            119usize => self.mobile_app_troubleshooting_events.read_from(r),
            120usize => self.notifications.read_from(r),
            121usize => self.planner.read_from(r),
            122usize => self.insights.read_from(r),
            123usize => self.settings.read_from(r),
            124usize => self.onenote.read_from(r),
            125usize => self.photo.read_from(r),
            126usize => self.photos.read_from(r),
            127usize => self.profile.read_from(r),
            128usize => self.activities.read_from(r),
            129usize => self.devices.read_from(r),
            130usize => self.online_meetings.read_from(r),
            131usize => self.presence.read_from(r),
            132usize => self.authentication.read_from(r),
            133usize => self.chats.read_from(r),
            134usize => self.joined_teams.read_from(r),
            135usize => self.teamwork.read_from(r),
            136usize => self.todo.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.sign_in_activity);
        w.field(3usize, &self.account_enabled);
        w.field(4usize, &self.age_group);
        w.field(5usize, &self.assigned_licenses);
        w.field(6usize, &self.assigned_plans);
        w.field(7usize, &self.business_phones);
        w.field(8usize, &self.city);
        w.field(9usize, &self.company_name);
        w.field(10usize, &self.consent_provided_for_minor);
        w.field(11usize, &self.country);
        w.field(12usize, &self.created_date_time);
        w.field(13usize, &self.creation_type);
        w.field(14usize, &self.department);
        w.field(15usize, &self.device_keys);
        w.field(16usize, &self.display_name);
        w.field(17usize, &self.employee_hire_date);
        w.field(18usize, &self.employee_id);
        w.field(19usize, &self.employee_org_data);
        w.field(20usize, &self.employee_type);
        w.field(21usize, &self.external_user_state);
        w.field(22usize, &self.external_user_state_change_date_time);
        w.field(23usize, &self.fax_number);
        w.field(24usize, &self.given_name);
        w.field(25usize, &self.identities);
        w.field(26usize, &self.im_addresses);
        w.field(27usize, &self.info_catalogs);
        w.field(28usize, &self.is_resource_account);
        w.field(29usize, &self.job_title);
        w.field(30usize, &self.last_password_change_date_time);
        w.field(31usize, &self.legal_age_group_classification);
        w.field(32usize, &self.license_assignment_states);
        w.field(33usize, &self.mail);
        w.field(34usize, &self.mail_nickname);
        w.field(35usize, &self.mobile_phone);
        w.field(36usize, &self.office_location);
        w.field(37usize, &self.on_premises_distinguished_name);
        w.field(38usize, &self.on_premises_domain_name);
        w.field(39usize, &self.on_premises_extension_attributes);
        w.field(40usize, &self.on_premises_immutable_id);
        w.field(41usize, &self.on_premises_last_sync_date_time);
        w.field(42usize, &self.on_premises_provisioning_errors);
        w.field(43usize, &self.on_premises_sam_account_name);
        w.field(44usize, &self.on_premises_security_identifier);
        w.field(45usize, &self.on_premises_sync_enabled);
        w.field(46usize, &self.on_premises_user_principal_name);
        w.field(47usize, &self.other_mails);
        w.field(48usize, &self.password_policies);
        w.field(49usize, &self.password_profile);
        w.field(50usize, &self.postal_code);
        w.field(51usize, &self.preferred_data_location);
        w.field(52usize, &self.preferred_language);
        w.field(53usize, &self.provisioned_plans);
        w.field(54usize, &self.proxy_addresses);
        w.field(55usize, &self.refresh_tokens_valid_from_date_time);
        w.field(56usize, &self.show_in_address_list);
        w.field(57usize, &self.sign_in_sessions_valid_from_date_time);
        w.field(58usize, &self.state);
        w.field(59usize, &self.street_address);
        w.field(60usize, &self.surname);
        w.field(61usize, &self.usage_location);
        w.field(62usize, &self.user_principal_name);
        w.field(63usize, &self.user_type);
        w.field(64usize, &self.mailbox_settings);
        w.field(65usize, &self.device_enrollment_limit);
        w.field(66usize, &self.about_me);
        w.field(67usize, &self.birthday);
        w.field(68usize, &self.hire_date);
        w.field(69usize, &self.interests);
        w.field(70usize, &self.my_site);
        w.field(71usize, &self.past_projects);
        w.field(72usize, &self.preferred_name);
        w.field(73usize, &self.responsibilities);
        w.field(74usize, &self.schools);
        w.field(75usize, &self.skills);
        w.field(76usize, &self.analytics);
        w.field(77usize, &self.usage_rights);
        w.field(78usize, &self.information_protection);
        w.field(79usize, &self.app_role_assignments);
        w.field(80usize, &self.created_objects);
        w.field(81usize, &self.direct_reports);
        w.field(82usize, &self.license_details);
        w.field(83usize, &self.manager);
        w.field(84usize, &self.member_of);
        #[cfg(msgraph_beta_oauth2_permission_grants_or_search)]
        w.field(85usize, &self.oauth2_permission_grants);
        w.field(86usize, &self.owned_devices);
        w.field(87usize, &self.owned_objects);
        w.field(88usize, &self.registered_devices);
        w.field(89usize, &self.scoped_role_member_of);
        w.field(90usize, &self.transitive_member_of);
        w.field(91usize, &self.transitive_reports);
        w.field(92usize, &self.calendar);
        w.field(93usize, &self.calendar_groups);
        w.field(94usize, &self.calendars);
        w.field(95usize, &self.calendar_view);
        w.field(96usize, &self.contact_folders);
        w.field(97usize, &self.contacts);
        w.field(98usize, &self.events);
        w.field(99usize, &self.inference_classification);
        w.field(100usize, &self.joined_groups);
        w.field(101usize, &self.mail_folders);
        w.field(102usize, &self.messages);
        w.field(103usize, &self.outlook);
        w.field(104usize, &self.people);
        w.field(105usize, &self.drive);
        w.field(106usize, &self.drives);
        w.field(107usize, &self.followed_sites);
        w.field(108usize, &self.extensions);
        w.field(109usize, &self.app_consent_requests_for_approval);
        w.field(110usize, &self.approvals);
        w.field(111usize, &self.pending_access_review_instances);
        #[cfg(
            msgraph_beta_agreement_acceptances_or_agreements_or_identity_governance_or_search
        )] w.field(112usize, &self.agreement_acceptances);
        w.field(113usize, &self.device_enrollment_configurations);
        w.field(114usize, &self.managed_devices);
        #[cfg(msgraph_beta_device_app_management_or_search)]
        w.field(115usize, &self.managed_app_registrations);
        #[cfg(msgraph_beta_device_app_management_or_search)]
        w.field(116usize, &self.windows_information_protection_device_registrations);
        w.field(117usize, &self.device_management_troubleshooting_events);
        w.field(118usize, &self.mobile_app_intent_and_states);
        w.field(119usize, &self.mobile_app_troubleshooting_events);
        w.field(120usize, &self.notifications);
        w.field(121usize, &self.planner);
        w.field(122usize, &self.insights);
        w.field(123usize, &self.settings);
        w.field(124usize, &self.onenote);
        w.field(125usize, &self.photo);
        w.field(126usize, &self.photos);
        w.field(127usize, &self.profile);
        w.field(128usize, &self.activities);
        w.field(129usize, &self.devices);
        w.field(130usize, &self.online_meetings);
        w.field(131usize, &self.presence);
        w.field(132usize, &self.authentication);
        w.field(133usize, &self.chats);
        w.field(134usize, &self.joined_teams);
        w.field(135usize, &self.teamwork);
        w.field(136usize, &self.todo);
    }
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
rt::impl_object!(User);
#[cfg(msgraph_beta_core)]
rt::impl_boxed!(User);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    User { with_id id : ::std::string::String; with_deleted_date_time deleted_date_time :
    rt::edm::DateTimeOffset; with_sign_in_activity sign_in_activity : crate
    ::beta::SignInActivity; with_account_enabled account_enabled : bool; with_age_group
    age_group : ::std::string::String; with_assigned_licenses assigned_licenses :
    ::std::vec::Vec < crate ::beta::AssignedLicense >; with_assigned_plans assigned_plans
    : ::std::vec::Vec < crate ::beta::AssignedPlan >; with_business_phones
    business_phones : ::std::vec::Vec < ::std::string::String >; with_city city :
    ::std::string::String; with_company_name company_name : ::std::string::String;
    with_consent_provided_for_minor consent_provided_for_minor : ::std::string::String;
    with_country country : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_creation_type creation_type :
    ::std::string::String; with_department department : ::std::string::String;
    with_device_keys device_keys : ::std::vec::Vec < crate ::beta::DeviceKey >;
    with_display_name display_name : ::std::string::String; with_employee_hire_date
    employee_hire_date : rt::edm::DateTimeOffset; with_employee_id employee_id :
    ::std::string::String; with_employee_org_data employee_org_data : crate
    ::beta::EmployeeOrgData; with_employee_type employee_type : ::std::string::String;
    with_external_user_state external_user_state : ::std::string::String;
    with_external_user_state_change_date_time external_user_state_change_date_time :
    ::std::string::String; with_fax_number fax_number : ::std::string::String;
    with_given_name given_name : ::std::string::String; with_identities identities :
    ::std::vec::Vec < crate ::beta::ObjectIdentity >; with_im_addresses im_addresses :
    ::std::vec::Vec < ::std::string::String >; with_info_catalogs info_catalogs :
    ::std::vec::Vec < ::std::string::String >; with_is_resource_account
    is_resource_account : bool; with_job_title job_title : ::std::string::String;
    with_last_password_change_date_time last_password_change_date_time :
    rt::edm::DateTimeOffset; with_legal_age_group_classification
    legal_age_group_classification : ::std::string::String;
    with_license_assignment_states license_assignment_states : ::std::vec::Vec < crate
    ::beta::LicenseAssignmentState >; with_mail mail : ::std::string::String;
    with_mail_nickname mail_nickname : ::std::string::String; with_mobile_phone
    mobile_phone : ::std::string::String; with_office_location office_location :
    ::std::string::String; with_on_premises_distinguished_name
    on_premises_distinguished_name : ::std::string::String; with_on_premises_domain_name
    on_premises_domain_name : ::std::string::String;
    with_on_premises_extension_attributes on_premises_extension_attributes : crate
    ::beta::OnPremisesExtensionAttributes; with_on_premises_immutable_id
    on_premises_immutable_id : ::std::string::String;
    with_on_premises_last_sync_date_time on_premises_last_sync_date_time :
    rt::edm::DateTimeOffset; with_on_premises_provisioning_errors
    on_premises_provisioning_errors : ::std::vec::Vec < crate
    ::beta::OnPremisesProvisioningError >; with_on_premises_sam_account_name
    on_premises_sam_account_name : ::std::string::String;
    with_on_premises_security_identifier on_premises_security_identifier :
    ::std::string::String; with_on_premises_sync_enabled on_premises_sync_enabled : bool;
    with_on_premises_user_principal_name on_premises_user_principal_name :
    ::std::string::String; with_other_mails other_mails : ::std::vec::Vec <
    ::std::string::String >; with_password_policies password_policies :
    ::std::string::String; with_password_profile password_profile : crate
    ::beta::PasswordProfile; with_postal_code postal_code : ::std::string::String;
    with_preferred_data_location preferred_data_location : ::std::string::String;
    with_preferred_language preferred_language : ::std::string::String;
    with_provisioned_plans provisioned_plans : ::std::vec::Vec < crate
    ::beta::ProvisionedPlan >; with_proxy_addresses proxy_addresses : ::std::vec::Vec <
    ::std::string::String >; with_refresh_tokens_valid_from_date_time
    refresh_tokens_valid_from_date_time : rt::edm::DateTimeOffset;
    with_show_in_address_list show_in_address_list : bool;
    with_sign_in_sessions_valid_from_date_time sign_in_sessions_valid_from_date_time :
    rt::edm::DateTimeOffset; with_state state : ::std::string::String;
    with_street_address street_address : ::std::string::String; with_surname surname :
    ::std::string::String; with_usage_location usage_location : ::std::string::String;
    with_user_principal_name user_principal_name : ::std::string::String; with_user_type
    user_type : ::std::string::String; with_mailbox_settings mailbox_settings : crate
    ::beta::MailboxSettings; with_device_enrollment_limit device_enrollment_limit : i32;
    with_about_me about_me : ::std::string::String; with_birthday birthday :
    rt::edm::DateTimeOffset; with_hire_date hire_date : rt::edm::DateTimeOffset;
    with_interests interests : ::std::vec::Vec < ::std::string::String >; with_my_site
    my_site : ::std::string::String; with_past_projects past_projects : ::std::vec::Vec <
    ::std::string::String >; with_preferred_name preferred_name : ::std::string::String;
    with_responsibilities responsibilities : ::std::vec::Vec < ::std::string::String >;
    with_schools schools : ::std::vec::Vec < ::std::string::String >; with_skills skills
    : ::std::vec::Vec < ::std::string::String >; with_analytics analytics : crate
    ::beta::UserAnalytics; with_usage_rights usage_rights : ::std::vec::Vec < crate
    ::beta::UsageRight >; with_information_protection information_protection : crate
    ::beta::InformationProtection; with_app_role_assignments app_role_assignments :
    ::std::vec::Vec < crate ::beta::AppRoleAssignment >; with_created_objects
    created_objects : ::std::vec::Vec < crate ::beta::AnyDirectoryObject >;
    with_direct_reports direct_reports : ::std::vec::Vec < crate
    ::beta::AnyDirectoryObject >; with_license_details license_details : ::std::vec::Vec
    < crate ::beta::LicenseDetails >; with_manager manager : crate
    ::beta::AnyDirectoryObject; with_member_of member_of : ::std::vec::Vec < crate
    ::beta::AnyDirectoryObject >; #[cfg(msgraph_beta_oauth2_permission_grants_or_search)]
    with_oauth2_permission_grants oauth2_permission_grants : ::std::vec::Vec < crate
    ::beta::OAuth2PermissionGrant >; with_owned_devices owned_devices : ::std::vec::Vec <
    crate ::beta::AnyDirectoryObject >; with_owned_objects owned_objects :
    ::std::vec::Vec < crate ::beta::AnyDirectoryObject >; with_registered_devices
    registered_devices : ::std::vec::Vec < crate ::beta::AnyDirectoryObject >;
    with_scoped_role_member_of scoped_role_member_of : ::std::vec::Vec < crate
    ::beta::ScopedRoleMembership >; with_transitive_member_of transitive_member_of :
    ::std::vec::Vec < crate ::beta::AnyDirectoryObject >; with_transitive_reports
    transitive_reports : ::std::vec::Vec < crate ::beta::AnyDirectoryObject >;
    with_calendar calendar : crate ::beta::Calendar; with_calendar_groups calendar_groups
    : ::std::vec::Vec < crate ::beta::CalendarGroup >; with_calendars calendars :
    ::std::vec::Vec < crate ::beta::Calendar >; with_calendar_view calendar_view :
    ::std::vec::Vec < crate ::beta::Event >; with_contact_folders contact_folders :
    ::std::vec::Vec < crate ::beta::ContactFolder >; with_contacts contacts :
    ::std::vec::Vec < crate ::beta::Contact >; with_events events : ::std::vec::Vec <
    crate ::beta::Event >; with_inference_classification inference_classification : crate
    ::beta::InferenceClassification; with_joined_groups joined_groups : ::std::vec::Vec <
    crate ::beta::Group >; with_mail_folders mail_folders : ::std::vec::Vec < crate
    ::beta::AnyMailFolder >; with_messages messages : ::std::vec::Vec < crate
    ::beta::AnyMessage >; with_outlook outlook : crate ::beta::OutlookUser; with_people
    people : ::std::vec::Vec < crate ::beta::Person >; with_drive drive :
    ::std::boxed::Box < crate ::beta::Drive >; with_drives drives : ::std::vec::Vec <
    crate ::beta::Drive >; with_followed_sites followed_sites : ::std::vec::Vec < crate
    ::beta::Site >; with_extensions extensions : ::std::vec::Vec < crate
    ::beta::AnyExtension >; with_app_consent_requests_for_approval
    app_consent_requests_for_approval : ::std::vec::Vec < crate ::beta::AppConsentRequest
    >; with_approvals approvals : ::std::vec::Vec < crate ::beta::Approval >;
    with_pending_access_review_instances pending_access_review_instances :
    ::std::vec::Vec < crate ::beta::AccessReviewInstance >;
    #[cfg(msgraph_beta_agreement_acceptances_or_agreements_or_identity_governance_or_search)]
    with_agreement_acceptances agreement_acceptances : ::std::vec::Vec < crate
    ::beta::AgreementAcceptance >; with_device_enrollment_configurations
    device_enrollment_configurations : ::std::vec::Vec < crate
    ::beta::AnyDeviceEnrollmentConfiguration >; with_managed_devices managed_devices :
    ::std::vec::Vec < crate ::beta::AnyManagedDevice >;
    #[cfg(msgraph_beta_device_app_management_or_search)] with_managed_app_registrations
    managed_app_registrations : ::std::vec::Vec < crate ::beta::AnyManagedAppRegistration
    >; #[cfg(msgraph_beta_device_app_management_or_search)]
    with_windows_information_protection_device_registrations
    windows_information_protection_device_registrations : ::std::vec::Vec < crate
    ::beta::WindowsInformationProtectionDeviceRegistration >;
    with_device_management_troubleshooting_events
    device_management_troubleshooting_events : ::std::vec::Vec < crate
    ::beta::AnyDeviceManagementTroubleshootingEvent >; with_mobile_app_intent_and_states
    mobile_app_intent_and_states : ::std::vec::Vec < crate
    ::beta::MobileAppIntentAndState >; with_mobile_app_troubleshooting_events
    mobile_app_troubleshooting_events : ::std::vec::Vec < crate
    ::beta::MobileAppTroubleshootingEvent >; with_notifications notifications :
    ::std::vec::Vec < crate ::beta::Notification >; with_planner planner : crate
    ::beta::PlannerUser; with_insights insights : crate ::beta::ItemInsights;
    with_settings settings : crate ::beta::UserSettings; with_onenote onenote : crate
    ::beta::Onenote; with_photo photo : crate ::beta::ProfilePhoto; with_photos photos :
    ::std::vec::Vec < crate ::beta::ProfilePhoto >; with_profile profile : crate
    ::beta::Profile; with_activities activities : ::std::vec::Vec < crate
    ::beta::UserActivity >; with_devices devices : ::std::vec::Vec < crate ::beta::Device
    >; with_online_meetings online_meetings : ::std::vec::Vec < crate
    ::beta::OnlineMeeting >; with_presence presence : crate ::beta::Presence;
    with_authentication authentication : crate ::beta::Authentication; with_chats chats :
    ::std::vec::Vec < crate ::beta::Chat >; with_joined_teams joined_teams :
    ::std::vec::Vec < crate ::beta::Team >; with_teamwork teamwork : crate
    ::beta::UserTeamwork; with_todo todo : crate ::beta::Todo; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(User);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.userScopeTeamsAppInstallation`, entity type, derived from `microsoft.graph.teamsAppInstallation`, key `id`.
///
/// Request builders: [`UserScopeTeamsAppInstallationPath`](requests/trait.UserScopeTeamsAppInstallationPath.html), what a path to one (`EntityPath<UserScopeTeamsAppInstallation, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct UserScopeTeamsAppInstallation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: navigation property `teamsApp`: `microsoft.graph.teamsApp`, nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_app_catalogs_or_search)]
    pub teams_app: rt::Field<crate::beta::TeamsApp>,
    /// CSDL: navigation property `teamsAppDefinition`: `microsoft.graph.teamsAppDefinition`, nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_app_catalogs_or_search)]
    pub teams_app_definition: rt::Field<crate::beta::TeamsAppDefinition>,
    /// CSDL: navigation property `chat`: `microsoft.graph.chat`, nullable.
    pub chat: rt::Field<crate::beta::Chat>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for UserScopeTeamsAppInstallation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            teams_app: rt::Field::Absent,
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            teams_app_definition: rt::Field::Absent,
            chat: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for UserScopeTeamsAppInstallation {
    const TYPE_NAME: &'static str = "microsoft.graph.userScopeTeamsAppInstallation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "teamsApp",
        "teamsAppDefinition",
        "chat",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"teamsApp\":                     ",
        ",\"teamsAppDefinition\":           ",
        ",\"chat\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userScopeTeamsAppInstallation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        #[cfg(msgraph_beta_app_catalogs_or_search)]
        v.field(1usize, "teams_app", &self.teams_app);
        #[cfg(msgraph_beta_app_catalogs_or_search)]
        v.field(2usize, "teams_app_definition", &self.teams_app_definition);
        v.field(3usize, "chat", &self.chat);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for UserScopeTeamsAppInstallation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            1usize => self.teams_app.read_from(r),
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            2usize => self.teams_app_definition.read_from(r),
            3usize => self.chat.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        #[cfg(msgraph_beta_app_catalogs_or_search)] w.field(1usize, &self.teams_app);
        #[cfg(msgraph_beta_app_catalogs_or_search)]
        w.field(2usize, &self.teams_app_definition);
        w.field(3usize, &self.chat);
    }
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
rt::impl_object!(UserScopeTeamsAppInstallation);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    UserScopeTeamsAppInstallation { with_id id : ::std::string::String;
    #[cfg(msgraph_beta_app_catalogs_or_search)] with_teams_app teams_app : crate
    ::beta::TeamsApp; #[cfg(msgraph_beta_app_catalogs_or_search)]
    with_teams_app_definition teams_app_definition : crate ::beta::TeamsAppDefinition;
    with_chat chat : crate ::beta::Chat; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserScopeTeamsAppInstallation);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.userTeamwork`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UserTeamworkPath`](requests/trait.UserTeamworkPath.html), what a path to one (`EntityPath<UserTeamwork, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct UserTeamwork {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `installedApps`: `Collection(microsoft.graph.userScopeTeamsAppInstallation)`, not nullable.
    pub installed_apps: rt::Field<
        ::std::vec::Vec<crate::beta::UserScopeTeamsAppInstallation>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for UserTeamwork {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            installed_apps: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for UserTeamwork {
    const TYPE_NAME: &'static str = "microsoft.graph.userTeamwork";
    const KEYS: &'static [&'static str] = &["id", "installedApps"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"installedApps\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userTeamwork\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "installed_apps", &self.installed_apps);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for UserTeamwork {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.installed_apps.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.installed_apps);
    }
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
rt::impl_object!(UserTeamwork);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    UserTeamwork { with_id id : ::std::string::String; with_installed_apps installed_apps
    : ::std::vec::Vec < crate ::beta::UserScopeTeamsAppInstallation >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserTeamwork);
#[cfg(msgraph_beta_device_management_or_search)]
/// Base VPN Configuration profile.
///
/// CSDL: `microsoft.graph.vpnConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, abstract, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<AnyVpnConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct VpnConfiguration {
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
    /// The device mode applicability rule for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleDeviceMode`: `microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`, nullable.
    pub device_management_applicability_rule_device_mode: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleDeviceMode,
    >,
    /// The OS edition applicability for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleOsEdition`: `microsoft.graph.deviceManagementApplicabilityRuleOsEdition`, nullable.
    pub device_management_applicability_rule_os_edition: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleOsEdition,
    >,
    /// The OS version applicability rule for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleOsVersion`: `microsoft.graph.deviceManagementApplicabilityRuleOsVersion`, nullable.
    pub device_management_applicability_rule_os_version: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleOsVersion,
    >,
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
    /// Indicates whether or not the underlying Device Configuration supports the assignment of scope tags. Assigning to the ScopeTags property is not allowed when this value is false and entities will not be visible to scoped users. This occurs for Legacy policies created in Silverlight and can be resolved by deleting and recreating the policy in the Azure Portal. This property is read-only.
    ///
    /// CSDL: property `supportsScopeTags`: `Edm.Boolean`, not nullable.
    pub supports_scope_tags: rt::Field<bool>,
    /// Version of the device configuration.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>,
    >,
    /// Device Configuration Setting State Device Summary
    ///
    /// CSDL: containment navigation property `deviceSettingStateSummaries`: `Collection(microsoft.graph.settingStateDeviceSummary)`, not nullable.
    pub device_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::beta::SettingStateDeviceSummary>,
    >,
    /// Device configuration installation status by device.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.deviceConfigurationDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>,
    >,
    /// Device Configuration devices status overview
    ///
    /// CSDL: containment navigation property `deviceStatusOverview`: `microsoft.graph.deviceConfigurationDeviceOverview`, nullable.
    pub device_status_overview: rt::Field<
        crate::beta::DeviceConfigurationDeviceOverview,
    >,
    /// The list of group assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `groupAssignments`: `Collection(microsoft.graph.deviceConfigurationGroupAssignment)`, not nullable.
    pub group_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationGroupAssignment>,
    >,
    /// Device configuration installation status by user.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.deviceConfigurationUserStatus)`, not nullable.
    pub user_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>,
    >,
    /// Device Configuration users status overview
    ///
    /// CSDL: containment navigation property `userStatusOverview`: `microsoft.graph.deviceConfigurationUserOverview`, nullable.
    pub user_status_overview: rt::Field<crate::beta::DeviceConfigurationUserOverview>,
    /// Authentication method.
    ///
    /// CSDL: property `authenticationMethod`: `microsoft.graph.vpnAuthenticationMethod`, not nullable.
    pub authentication_method: rt::Field<crate::beta::VpnAuthenticationMethod>,
    /// Connection name displayed to the user.
    ///
    /// CSDL: property `connectionName`: `Edm.String`, not nullable.
    pub connection_name: rt::Field<::std::string::String>,
    /// Realm when connection type is set to Pulse Secure.
    ///
    /// CSDL: property `realm`: `Edm.String`, nullable.
    pub realm: rt::Field<::std::string::String>,
    /// Role when connection type is set to Pulse Secure.
    ///
    /// CSDL: property `role`: `Edm.String`, nullable.
    pub role: rt::Field<::std::string::String>,
    /// List of VPN Servers on the network. Make sure end users can access these network locations. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `servers`: `Collection(microsoft.graph.vpnServer)`, not nullable.
    pub servers: rt::Field<::std::vec::Vec<crate::beta::VpnServer>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for VpnConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            device_management_applicability_rule_device_mode: rt::Field::Absent,
            device_management_applicability_rule_os_edition: rt::Field::Absent,
            device_management_applicability_rule_os_version: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            supports_scope_tags: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_setting_state_summaries: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_overview: rt::Field::Absent,
            group_assignments: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_overview: rt::Field::Absent,
            authentication_method: rt::Field::Absent,
            connection_name: rt::Field::Absent,
            realm: rt::Field::Absent,
            role: rt::Field::Absent,
            servers: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for VpnConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.vpnConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "deviceManagementApplicabilityRuleDeviceMode",
        "deviceManagementApplicabilityRuleOsEdition",
        "deviceManagementApplicabilityRuleOsVersion",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "supportsScopeTags",
        "version",
        "assignments",
        "deviceSettingStateSummaries",
        "deviceStatuses",
        "deviceStatusOverview",
        "groupAssignments",
        "userStatuses",
        "userStatusOverview",
        "authenticationMethod",
        "connectionName",
        "realm",
        "role",
        "servers",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"deviceManagementApplicabilityRuleDeviceMode\":",
        ",\"deviceManagementApplicabilityRuleOsEdition\":",
        ",\"deviceManagementApplicabilityRuleOsVersion\":",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"supportsScopeTags\":            ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"groupAssignments\":             ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
        ",\"authenticationMethod\":         ",
        ",\"connectionName\":               ",
        ",\"realm\":                        ",
        ",\"role\":                         ",
        ",\"servers\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.vpnConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(
            3usize,
            "device_management_applicability_rule_device_mode",
            &self.device_management_applicability_rule_device_mode,
        );
        v.field(
            4usize,
            "device_management_applicability_rule_os_edition",
            &self.device_management_applicability_rule_os_edition,
        );
        v.field(
            5usize,
            "device_management_applicability_rule_os_version",
            &self.device_management_applicability_rule_os_version,
        );
        v.field(6usize, "display_name", &self.display_name);
        v.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(8usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(9usize, "supports_scope_tags", &self.supports_scope_tags);
        v.field(10usize, "version", &self.version);
        v.field(11usize, "assignments", &self.assignments);
        v.field(
            12usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(13usize, "device_statuses", &self.device_statuses);
        v.field(14usize, "device_status_overview", &self.device_status_overview);
        v.field(15usize, "group_assignments", &self.group_assignments);
        v.field(16usize, "user_statuses", &self.user_statuses);
        v.field(17usize, "user_status_overview", &self.user_status_overview);
        v.field(18usize, "authentication_method", &self.authentication_method);
        v.field(19usize, "connection_name", &self.connection_name);
        v.field(20usize, "realm", &self.realm);
        v.field(21usize, "role", &self.role);
        v.field(22usize, "servers", &self.servers);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for VpnConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.device_management_applicability_rule_device_mode.read_from(r),
            4usize => self.device_management_applicability_rule_os_edition.read_from(r),
            5usize => self.device_management_applicability_rule_os_version.read_from(r),
            6usize => self.display_name.read_from(r),
            7usize => self.last_modified_date_time.read_from(r),
            8usize => self.role_scope_tag_ids.read_from(r),
            9usize => self.supports_scope_tags.read_from(r),
            10usize => self.version.read_from(r),
            11usize => self.assignments.read_from(r),
            12usize => self.device_setting_state_summaries.read_from(r),
            13usize => self.device_statuses.read_from(r),
            14usize => self.device_status_overview.read_from(r),
            15usize => self.group_assignments.read_from(r),
            16usize => self.user_statuses.read_from(r),
            17usize => self.user_status_overview.read_from(r),
            18usize => self.authentication_method.read_from(r),
            19usize => self.connection_name.read_from(r),
            20usize => self.realm.read_from(r),
            21usize => self.role.read_from(r),
            22usize => self.servers.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.device_management_applicability_rule_device_mode);
        w.field(4usize, &self.device_management_applicability_rule_os_edition);
        w.field(5usize, &self.device_management_applicability_rule_os_version);
        w.field(6usize, &self.display_name);
        w.field(7usize, &self.last_modified_date_time);
        w.field(8usize, &self.role_scope_tag_ids);
        w.field(9usize, &self.supports_scope_tags);
        w.field(10usize, &self.version);
        w.field(11usize, &self.assignments);
        w.field(12usize, &self.device_setting_state_summaries);
        w.field(13usize, &self.device_statuses);
        w.field(14usize, &self.device_status_overview);
        w.field(15usize, &self.group_assignments);
        w.field(16usize, &self.user_statuses);
        w.field(17usize, &self.user_status_overview);
        w.field(18usize, &self.authentication_method);
        w.field(19usize, &self.connection_name);
        w.field(20usize, &self.realm);
        w.field(21usize, &self.role);
        w.field(22usize, &self.servers);
    }
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
rt::impl_object!(VpnConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    VpnConfiguration { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_device_management_applicability_rule_device_mode
    device_management_applicability_rule_device_mode : crate
    ::beta::DeviceManagementApplicabilityRuleDeviceMode;
    with_device_management_applicability_rule_os_edition
    device_management_applicability_rule_os_edition : crate
    ::beta::DeviceManagementApplicabilityRuleOsEdition;
    with_device_management_applicability_rule_os_version
    device_management_applicability_rule_os_version : crate
    ::beta::DeviceManagementApplicabilityRuleOsVersion; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec
    < ::std::string::String >; with_supports_scope_tags supports_scope_tags : bool;
    with_version version : i32; with_assignments assignments : ::std::vec::Vec < crate
    ::beta::DeviceConfigurationAssignment >; with_device_setting_state_summaries
    device_setting_state_summaries : ::std::vec::Vec < crate
    ::beta::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::beta::DeviceConfigurationDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::beta::DeviceConfigurationDeviceOverview; with_group_assignments group_assignments :
    ::std::vec::Vec < crate ::beta::DeviceConfigurationGroupAssignment >;
    with_user_statuses user_statuses : ::std::vec::Vec < crate
    ::beta::DeviceConfigurationUserStatus >; with_user_status_overview
    user_status_overview : crate ::beta::DeviceConfigurationUserOverview;
    with_authentication_method authentication_method : crate
    ::beta::VpnAuthenticationMethod; with_connection_name connection_name :
    ::std::string::String; with_realm realm : ::std::string::String; with_role role :
    ::std::string::String; with_servers servers : ::std::vec::Vec < crate
    ::beta::VpnServer >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VpnConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.vpnConfiguration` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyVpnConfiguration {
    VpnConfiguration(::std::boxed::Box<crate::beta::VpnConfiguration>),
    AndroidDeviceOwnerVpnConfiguration(
        ::std::boxed::Box<crate::beta::AndroidDeviceOwnerVpnConfiguration>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyVpnConfiguration {
    #[inline]
    fn default() -> Self {
        Self::VpnConfiguration(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::VpnConfiguration> for AnyVpnConfiguration {
    #[inline]
    fn from(v: crate::beta::VpnConfiguration) -> Self {
        Self::VpnConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidDeviceOwnerVpnConfiguration>
for AnyVpnConfiguration {
    #[inline]
    fn from(v: crate::beta::AndroidDeviceOwnerVpnConfiguration) -> Self {
        Self::AndroidDeviceOwnerVpnConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyVpnConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyVpnConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyVpnConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyVpnConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyVpnConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::VpnConfiguration>();
    rt::object::auto_traits::<crate::beta::AndroidDeviceOwnerVpnConfiguration>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyVpnConfiguration {
    const BASE_NAME: &'static str = "microsoft.graph.vpnConfiguration";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceOwnerVpnConfiguration",
            ) => Self::AndroidDeviceOwnerVpnConfiguration(rt::object::new_boxed()),
            _ => Self::VpnConfiguration(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::VpnConfiguration(v) => &**v,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::VpnConfiguration(v) => &mut **v,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyVpnConfiguration {
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
            Self::VpnConfiguration(v) => &v.id,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::VpnConfiguration(v) => &mut v.id,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::VpnConfiguration(v) => &v.created_date_time,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::VpnConfiguration(v) => &mut v.created_date_time,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::VpnConfiguration(v) => &v.description,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::VpnConfiguration(v) => &mut v.description,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &mut v.description,
        }
    }
    /// `deviceManagementApplicabilityRuleDeviceMode` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleDeviceMode> {
        match self {
            Self::VpnConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::AndroidDeviceOwnerVpnConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
        }
    }
    /// `deviceManagementApplicabilityRuleDeviceMode` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_device_mode_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceManagementApplicabilityRuleDeviceMode> {
        match self {
            Self::VpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::AndroidDeviceOwnerVpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
        }
    }
    /// `deviceManagementApplicabilityRuleOsEdition` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_os_edition(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleOsEdition> {
        match self {
            Self::VpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::AndroidDeviceOwnerVpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
        }
    }
    /// `deviceManagementApplicabilityRuleOsEdition` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_os_edition_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceManagementApplicabilityRuleOsEdition> {
        match self {
            Self::VpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::AndroidDeviceOwnerVpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
        }
    }
    /// `deviceManagementApplicabilityRuleOsVersion` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_os_version(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleOsVersion> {
        match self {
            Self::VpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::AndroidDeviceOwnerVpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
        }
    }
    /// `deviceManagementApplicabilityRuleOsVersion` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_os_version_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceManagementApplicabilityRuleOsVersion> {
        match self {
            Self::VpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::AndroidDeviceOwnerVpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::VpnConfiguration(v) => &v.display_name,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::VpnConfiguration(v) => &mut v.display_name,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::VpnConfiguration(v) => &v.last_modified_date_time,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::VpnConfiguration(v) => &mut v.last_modified_date_time,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &mut v.last_modified_date_time,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::VpnConfiguration(v) => &v.role_scope_tag_ids,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::VpnConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &mut v.role_scope_tag_ids,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags(&self) -> &rt::Field<bool> {
        match self {
            Self::VpnConfiguration(v) => &v.supports_scope_tags,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &v.supports_scope_tags,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::VpnConfiguration(v) => &mut v.supports_scope_tags,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &mut v.supports_scope_tags,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<i32> {
        match self {
            Self::VpnConfiguration(v) => &v.version,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::VpnConfiguration(v) => &mut v.version,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &mut v.version,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::VpnConfiguration(v) => &v.assignments,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::VpnConfiguration(v) => &mut v.assignments,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &mut v.assignments,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::VpnConfiguration(v) => &v.device_setting_state_summaries,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => {
                &v.device_setting_state_summaries
            }
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::VpnConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::VpnConfiguration(v) => &v.device_statuses,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &v.device_statuses,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::VpnConfiguration(v) => &mut v.device_statuses,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &mut v.device_statuses,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::VpnConfiguration(v) => &v.device_status_overview,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &v.device_status_overview,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::VpnConfiguration(v) => &mut v.device_status_overview,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &mut v.device_status_overview,
        }
    }
    /// `groupAssignments` of any variant.
    #[inline]
    pub fn group_assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationGroupAssignment>> {
        match self {
            Self::VpnConfiguration(v) => &v.group_assignments,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &v.group_assignments,
        }
    }
    /// `groupAssignments` of any variant.
    #[inline]
    pub fn group_assignments_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationGroupAssignment>,
    > {
        match self {
            Self::VpnConfiguration(v) => &mut v.group_assignments,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &mut v.group_assignments,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::VpnConfiguration(v) => &v.user_statuses,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &v.user_statuses,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::VpnConfiguration(v) => &mut v.user_statuses,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &mut v.user_statuses,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::VpnConfiguration(v) => &v.user_status_overview,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &v.user_status_overview,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::VpnConfiguration(v) => &mut v.user_status_overview,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &mut v.user_status_overview,
        }
    }
    /// `authenticationMethod` of any variant.
    #[inline]
    pub fn authentication_method(
        &self,
    ) -> &rt::Field<crate::beta::VpnAuthenticationMethod> {
        match self {
            Self::VpnConfiguration(v) => &v.authentication_method,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &v.authentication_method,
        }
    }
    /// `authenticationMethod` of any variant.
    #[inline]
    pub fn authentication_method_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::VpnAuthenticationMethod> {
        match self {
            Self::VpnConfiguration(v) => &mut v.authentication_method,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &mut v.authentication_method,
        }
    }
    /// `connectionName` of any variant.
    #[inline]
    pub fn connection_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::VpnConfiguration(v) => &v.connection_name,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &v.connection_name,
        }
    }
    /// `connectionName` of any variant.
    #[inline]
    pub fn connection_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::VpnConfiguration(v) => &mut v.connection_name,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &mut v.connection_name,
        }
    }
    /// `realm` of any variant.
    #[inline]
    pub fn realm(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::VpnConfiguration(v) => &v.realm,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &v.realm,
        }
    }
    /// `realm` of any variant.
    #[inline]
    pub fn realm_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::VpnConfiguration(v) => &mut v.realm,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &mut v.realm,
        }
    }
    /// `role` of any variant.
    #[inline]
    pub fn role(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::VpnConfiguration(v) => &v.role,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &v.role,
        }
    }
    /// `role` of any variant.
    #[inline]
    pub fn role_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::VpnConfiguration(v) => &mut v.role,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &mut v.role,
        }
    }
    /// `servers` of any variant.
    #[inline]
    pub fn servers(&self) -> &rt::Field<::std::vec::Vec<crate::beta::VpnServer>> {
        match self {
            Self::VpnConfiguration(v) => &v.servers,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &v.servers,
        }
    }
    /// `servers` of any variant.
    #[inline]
    pub fn servers_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::VpnServer>> {
        match self {
            Self::VpnConfiguration(v) => &mut v.servers,
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &mut v.servers,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyVpnConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyVpnConfiguration);
