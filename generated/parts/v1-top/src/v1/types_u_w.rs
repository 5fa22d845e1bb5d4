//! Types of `microsoft.graph` by the first letters of their names (`u_w`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_policies_or_search)]
/// CSDL: `microsoft.graph.unifiedApprovalStage`, complex type.
///
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct UnifiedApprovalStage {
    /// CSDL: property `approvalStageTimeOutInDays`: `Edm.Int32`, nullable.
    pub approval_stage_time_out_in_days: rt::Field<i32>,
    /// CSDL: property `escalationApprovers`: `Collection(microsoft.graph.subjectSet)`, nullable.
    pub escalation_approvers: rt::Field<::std::vec::Vec<crate::v1::AnySubjectSet>>,
    /// CSDL: property `escalationTimeInMinutes`: `Edm.Int32`, nullable.
    pub escalation_time_in_minutes: rt::Field<i32>,
    /// CSDL: property `isApproverJustificationRequired`: `Edm.Boolean`, nullable.
    pub is_approver_justification_required: rt::Field<bool>,
    /// CSDL: property `isEscalationEnabled`: `Edm.Boolean`, nullable.
    pub is_escalation_enabled: rt::Field<bool>,
    /// CSDL: property `primaryApprovers`: `Collection(microsoft.graph.subjectSet)`, nullable.
    pub primary_approvers: rt::Field<::std::vec::Vec<crate::v1::AnySubjectSet>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_policies_or_search)]
impl ::std::default::Default for UnifiedApprovalStage {
    #[inline]
    fn default() -> Self {
        Self {
            approval_stage_time_out_in_days: rt::Field::Absent,
            escalation_approvers: rt::Field::Absent,
            escalation_time_in_minutes: rt::Field::Absent,
            is_approver_justification_required: rt::Field::Absent,
            is_escalation_enabled: rt::Field::Absent,
            primary_approvers: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl rt::Object for UnifiedApprovalStage {
    const TYPE_NAME: &'static str = "microsoft.graph.unifiedApprovalStage";
    const KEYS: &'static [&'static str] = &[
        "approvalStageTimeOutInDays",
        "escalationApprovers",
        "escalationTimeInMinutes",
        "isApproverJustificationRequired",
        "isEscalationEnabled",
        "primaryApprovers",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"approvalStageTimeOutInDays\":   ",
        ",\"escalationApprovers\":          ",
        ",\"escalationTimeInMinutes\":      ",
        ",\"isApproverJustificationRequired\":",
        ",\"isEscalationEnabled\":          ",
        ",\"primaryApprovers\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.unifiedApprovalStage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "approval_stage_time_out_in_days",
            &self.approval_stage_time_out_in_days,
        );
        v.field(1usize, "escalation_approvers", &self.escalation_approvers);
        v.field(2usize, "escalation_time_in_minutes", &self.escalation_time_in_minutes);
        v.field(
            3usize,
            "is_approver_justification_required",
            &self.is_approver_justification_required,
        );
        v.field(4usize, "is_escalation_enabled", &self.is_escalation_enabled);
        v.field(5usize, "primary_approvers", &self.primary_approvers);
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl rt::object::Members for UnifiedApprovalStage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.approval_stage_time_out_in_days.read_from(r),
            1usize => self.escalation_approvers.read_from(r),
            2usize => self.escalation_time_in_minutes.read_from(r),
            3usize => self.is_approver_justification_required.read_from(r),
            4usize => self.is_escalation_enabled.read_from(r),
            5usize => self.primary_approvers.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.approval_stage_time_out_in_days);
        w.field(1usize, &self.escalation_approvers);
        w.field(2usize, &self.escalation_time_in_minutes);
        w.field(3usize, &self.is_approver_justification_required);
        w.field(4usize, &self.is_escalation_enabled);
        w.field(5usize, &self.primary_approvers);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_object!(UnifiedApprovalStage);
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_setters!(
    UnifiedApprovalStage { with_approval_stage_time_out_in_days
    approval_stage_time_out_in_days : i32; with_escalation_approvers escalation_approvers
    : ::std::vec::Vec < crate ::v1::AnySubjectSet >; with_escalation_time_in_minutes
    escalation_time_in_minutes : i32; with_is_approver_justification_required
    is_approver_justification_required : bool; with_is_escalation_enabled
    is_escalation_enabled : bool; with_primary_approvers primary_approvers :
    ::std::vec::Vec < crate ::v1::AnySubjectSet >; }
);
#[cfg(msgraph_v1_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedApprovalStage);
#[cfg(msgraph_v1_role_management_or_search)]
/// CSDL: `microsoft.graph.unifiedRoleAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UnifiedRoleAssignmentPath`](requests/trait.UnifiedRoleAssignmentPath.html), what a path to one (`EntityPath<UnifiedRoleAssignment, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
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
    /// CSDL: property `principalOrganizationId`: `Edm.String`, nullable.
    pub principal_organization_id: rt::Field<::std::string::String>,
    /// CSDL: property `roleDefinitionId`: `Edm.String`, nullable.
    pub role_definition_id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `appScope`: `microsoft.graph.appScope`, nullable.
    pub app_scope: rt::Field<crate::v1::AppScope>,
    /// CSDL: navigation property `directoryScope`: `microsoft.graph.directoryObject`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub directory_scope: rt::Field<crate::v1::AnyDirectoryObject>,
    /// CSDL: navigation property `principal`: `microsoft.graph.directoryObject`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub principal: rt::Field<crate::v1::AnyDirectoryObject>,
    /// CSDL: navigation property `roleDefinition`: `microsoft.graph.unifiedRoleDefinition`, nullable.
    pub role_definition: rt::Field<crate::v1::UnifiedRoleDefinition>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_role_management_or_search)]
impl ::std::default::Default for UnifiedRoleAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_scope_id: rt::Field::Absent,
            condition: rt::Field::Absent,
            directory_scope_id: rt::Field::Absent,
            principal_id: rt::Field::Absent,
            principal_organization_id: rt::Field::Absent,
            role_definition_id: rt::Field::Absent,
            app_scope: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            directory_scope: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            principal: rt::Field::Absent,
            role_definition: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
impl rt::Object for UnifiedRoleAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.unifiedRoleAssignment";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appScopeId",
        "condition",
        "directoryScopeId",
        "principalId",
        "principalOrganizationId",
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
        ",\"principalOrganizationId\":      ",
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
        v.field(5usize, "principal_organization_id", &self.principal_organization_id);
        v.field(6usize, "role_definition_id", &self.role_definition_id);
        v.field(7usize, "app_scope", &self.app_scope);
        #[cfg(msgraph_v1_core)]
        v.field(8usize, "directory_scope", &self.directory_scope);
        #[cfg(msgraph_v1_core)] v.field(9usize, "principal", &self.principal);
        v.field(10usize, "role_definition", &self.role_definition);
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
impl rt::object::Members for UnifiedRoleAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_scope_id.read_from(r),
            2usize => self.condition.read_from(r),
            3usize => self.directory_scope_id.read_from(r),
            4usize => self.principal_id.read_from(r),
            5usize => self.principal_organization_id.read_from(r),
            6usize => self.role_definition_id.read_from(r),
            7usize => self.app_scope.read_from(r),
            #[cfg(msgraph_v1_core)]
            8usize => self.directory_scope.read_from(r),
            #[cfg(msgraph_v1_core)]
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
        w.field(5usize, &self.principal_organization_id);
        w.field(6usize, &self.role_definition_id);
        w.field(7usize, &self.app_scope);
        #[cfg(msgraph_v1_core)] w.field(8usize, &self.directory_scope);
        #[cfg(msgraph_v1_core)] w.field(9usize, &self.principal);
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
#[cfg(msgraph_v1_role_management_or_search)]
rt::impl_object!(UnifiedRoleAssignment);
#[cfg(msgraph_v1_role_management_or_search)]
rt::impl_setters!(
    UnifiedRoleAssignment { with_id id : ::std::string::String; with_app_scope_id
    app_scope_id : ::std::string::String; with_condition condition :
    ::std::string::String; with_directory_scope_id directory_scope_id :
    ::std::string::String; with_principal_id principal_id : ::std::string::String;
    with_principal_organization_id principal_organization_id : ::std::string::String;
    with_role_definition_id role_definition_id : ::std::string::String; with_app_scope
    app_scope : crate ::v1::AppScope; #[cfg(msgraph_v1_core)] with_directory_scope
    directory_scope : crate ::v1::AnyDirectoryObject; #[cfg(msgraph_v1_core)]
    with_principal principal : crate ::v1::AnyDirectoryObject; with_role_definition
    role_definition : crate ::v1::UnifiedRoleDefinition; }
);
#[cfg(msgraph_v1_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRoleAssignment);
#[cfg(msgraph_v1_role_management_or_search)]
/// CSDL: `microsoft.graph.unifiedRoleAssignmentSchedule`, entity type, derived from `microsoft.graph.unifiedRoleScheduleBase`, key `id`.
///
/// Request builders: [`UnifiedRoleAssignmentSchedulePath`](requests/trait.UnifiedRoleAssignmentSchedulePath.html), what a path to one (`EntityPath<UnifiedRoleAssignmentSchedule, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
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
    pub app_scope: rt::Field<crate::v1::AppScope>,
    /// CSDL: navigation property `directoryScope`: `microsoft.graph.directoryObject`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub directory_scope: rt::Field<crate::v1::AnyDirectoryObject>,
    /// CSDL: navigation property `principal`: `microsoft.graph.directoryObject`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub principal: rt::Field<crate::v1::AnyDirectoryObject>,
    /// CSDL: navigation property `roleDefinition`: `microsoft.graph.unifiedRoleDefinition`, nullable.
    pub role_definition: rt::Field<crate::v1::UnifiedRoleDefinition>,
    /// CSDL: property `assignmentType`: `Edm.String`, nullable.
    pub assignment_type: rt::Field<::std::string::String>,
    /// CSDL: property `memberType`: `Edm.String`, nullable.
    pub member_type: rt::Field<::std::string::String>,
    /// CSDL: property `scheduleInfo`: `microsoft.graph.requestSchedule`, nullable.
    pub schedule_info: rt::Field<crate::v1::RequestSchedule>,
    /// CSDL: navigation property `activatedUsing`: `microsoft.graph.unifiedRoleEligibilitySchedule`, nullable.
    pub activated_using: rt::Field<crate::v1::UnifiedRoleEligibilitySchedule>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_role_management_or_search)]
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
            #[cfg(msgraph_v1_core)]
            directory_scope: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_role_management_or_search)]
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
        #[cfg(msgraph_v1_core)]
        v.field(10usize, "directory_scope", &self.directory_scope);
        #[cfg(msgraph_v1_core)] v.field(11usize, "principal", &self.principal);
        v.field(12usize, "role_definition", &self.role_definition);
        v.field(13usize, "assignment_type", &self.assignment_type);
        v.field(14usize, "member_type", &self.member_type);
        v.field(15usize, "schedule_info", &self.schedule_info);
        v.field(16usize, "activated_using", &self.activated_using);
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
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
            #[cfg(msgraph_v1_core)]
            10usize => self.directory_scope.read_from(r),
            #[cfg(msgraph_v1_core)]
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
        #[cfg(msgraph_v1_core)] w.field(10usize, &self.directory_scope);
        #[cfg(msgraph_v1_core)] w.field(11usize, &self.principal);
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
#[cfg(msgraph_v1_role_management_or_search)]
rt::impl_object!(UnifiedRoleAssignmentSchedule);
#[cfg(msgraph_v1_role_management_or_search)]
rt::impl_setters!(
    UnifiedRoleAssignmentSchedule { with_id id : ::std::string::String; with_app_scope_id
    app_scope_id : ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_created_using created_using : ::std::string::String;
    with_directory_scope_id directory_scope_id : ::std::string::String;
    with_modified_date_time modified_date_time : rt::edm::DateTimeOffset;
    with_principal_id principal_id : ::std::string::String; with_role_definition_id
    role_definition_id : ::std::string::String; with_status status :
    ::std::string::String; with_app_scope app_scope : crate ::v1::AppScope;
    #[cfg(msgraph_v1_core)] with_directory_scope directory_scope : crate
    ::v1::AnyDirectoryObject; #[cfg(msgraph_v1_core)] with_principal principal : crate
    ::v1::AnyDirectoryObject; with_role_definition role_definition : crate
    ::v1::UnifiedRoleDefinition; with_assignment_type assignment_type :
    ::std::string::String; with_member_type member_type : ::std::string::String;
    with_schedule_info schedule_info : crate ::v1::RequestSchedule; with_activated_using
    activated_using : crate ::v1::UnifiedRoleEligibilitySchedule; }
);
#[cfg(msgraph_v1_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRoleAssignmentSchedule);
#[cfg(msgraph_v1_role_management_or_search)]
/// CSDL: `microsoft.graph.unifiedRoleAssignmentScheduleInstance`, entity type, derived from `microsoft.graph.unifiedRoleScheduleInstanceBase`, key `id`.
///
/// Request builders: [`UnifiedRoleAssignmentScheduleInstancePath`](requests/trait.UnifiedRoleAssignmentScheduleInstancePath.html), what a path to one (`EntityPath<UnifiedRoleAssignmentScheduleInstance, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
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
    pub app_scope: rt::Field<crate::v1::AppScope>,
    /// CSDL: navigation property `directoryScope`: `microsoft.graph.directoryObject`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub directory_scope: rt::Field<crate::v1::AnyDirectoryObject>,
    /// CSDL: navigation property `principal`: `microsoft.graph.directoryObject`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub principal: rt::Field<crate::v1::AnyDirectoryObject>,
    /// CSDL: navigation property `roleDefinition`: `microsoft.graph.unifiedRoleDefinition`, nullable.
    pub role_definition: rt::Field<crate::v1::UnifiedRoleDefinition>,
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
    pub activated_using: rt::Field<crate::v1::UnifiedRoleEligibilityScheduleInstance>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_role_management_or_search)]
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
            #[cfg(msgraph_v1_core)]
            directory_scope: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_role_management_or_search)]
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
        #[cfg(msgraph_v1_core)]
        v.field(6usize, "directory_scope", &self.directory_scope);
        #[cfg(msgraph_v1_core)] v.field(7usize, "principal", &self.principal);
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
#[cfg(msgraph_v1_role_management_or_search)]
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
            #[cfg(msgraph_v1_core)]
            6usize => self.directory_scope.read_from(r),
            #[cfg(msgraph_v1_core)]
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
        #[cfg(msgraph_v1_core)] w.field(6usize, &self.directory_scope);
        #[cfg(msgraph_v1_core)] w.field(7usize, &self.principal);
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
#[cfg(msgraph_v1_role_management_or_search)]
rt::impl_object!(UnifiedRoleAssignmentScheduleInstance);
#[cfg(msgraph_v1_role_management_or_search)]
rt::impl_setters!(
    UnifiedRoleAssignmentScheduleInstance { with_id id : ::std::string::String;
    with_app_scope_id app_scope_id : ::std::string::String; with_directory_scope_id
    directory_scope_id : ::std::string::String; with_principal_id principal_id :
    ::std::string::String; with_role_definition_id role_definition_id :
    ::std::string::String; with_app_scope app_scope : crate ::v1::AppScope;
    #[cfg(msgraph_v1_core)] with_directory_scope directory_scope : crate
    ::v1::AnyDirectoryObject; #[cfg(msgraph_v1_core)] with_principal principal : crate
    ::v1::AnyDirectoryObject; with_role_definition role_definition : crate
    ::v1::UnifiedRoleDefinition; with_assignment_type assignment_type :
    ::std::string::String; with_end_date_time end_date_time : rt::edm::DateTimeOffset;
    with_member_type member_type : ::std::string::String; with_role_assignment_origin_id
    role_assignment_origin_id : ::std::string::String; with_role_assignment_schedule_id
    role_assignment_schedule_id : ::std::string::String; with_start_date_time
    start_date_time : rt::edm::DateTimeOffset; with_activated_using activated_using :
    crate ::v1::UnifiedRoleEligibilityScheduleInstance; }
);
#[cfg(msgraph_v1_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRoleAssignmentScheduleInstance);
#[cfg(msgraph_v1_role_management_or_search)]
/// CSDL: `microsoft.graph.unifiedRoleAssignmentScheduleRequest`, entity type, derived from `microsoft.graph.request`, key `id`.
///
/// Request builders: [`UnifiedRoleAssignmentScheduleRequestPath`](requests/trait.UnifiedRoleAssignmentScheduleRequestPath.html), what a path to one (`EntityPath<UnifiedRoleAssignmentScheduleRequest, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
#[derive(Clone)]
pub struct UnifiedRoleAssignmentScheduleRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `approvalId`: `Edm.String`, nullable.
    pub approval_id: rt::Field<::std::string::String>,
    /// CSDL: property `completedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `customData`: `Edm.String`, nullable.
    pub custom_data: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `Edm.String`, not nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: property `action`: `microsoft.graph.unifiedRoleScheduleRequestActions`, nullable.
    pub action: rt::Field<crate::v1::UnifiedRoleScheduleRequestActions>,
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
    pub schedule_info: rt::Field<crate::v1::RequestSchedule>,
    /// CSDL: property `targetScheduleId`: `Edm.String`, nullable.
    pub target_schedule_id: rt::Field<::std::string::String>,
    /// CSDL: property `ticketInfo`: `microsoft.graph.ticketInfo`, nullable.
    pub ticket_info: rt::Field<crate::v1::TicketInfo>,
    /// CSDL: navigation property `activatedUsing`: `microsoft.graph.unifiedRoleEligibilitySchedule`, nullable.
    pub activated_using: rt::Field<crate::v1::UnifiedRoleEligibilitySchedule>,
    /// CSDL: navigation property `appScope`: `microsoft.graph.appScope`, nullable.
    pub app_scope: rt::Field<crate::v1::AppScope>,
    /// CSDL: navigation property `directoryScope`: `microsoft.graph.directoryObject`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub directory_scope: rt::Field<crate::v1::AnyDirectoryObject>,
    /// CSDL: navigation property `principal`: `microsoft.graph.directoryObject`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub principal: rt::Field<crate::v1::AnyDirectoryObject>,
    /// CSDL: navigation property `roleDefinition`: `microsoft.graph.unifiedRoleDefinition`, nullable.
    pub role_definition: rt::Field<crate::v1::UnifiedRoleDefinition>,
    /// CSDL: navigation property `targetSchedule`: `microsoft.graph.unifiedRoleAssignmentSchedule`, nullable.
    pub target_schedule: rt::Field<crate::v1::UnifiedRoleAssignmentSchedule>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_role_management_or_search)]
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
            #[cfg(msgraph_v1_core)]
            directory_scope: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            principal: rt::Field::Absent,
            role_definition: rt::Field::Absent,
            target_schedule: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
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
        #[cfg(msgraph_v1_core)]
        v.field(19usize, "directory_scope", &self.directory_scope);
        #[cfg(msgraph_v1_core)] v.field(20usize, "principal", &self.principal);
        v.field(21usize, "role_definition", &self.role_definition);
        v.field(22usize, "target_schedule", &self.target_schedule);
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
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
            #[cfg(msgraph_v1_core)]
            19usize => self.directory_scope.read_from(r),
            #[cfg(msgraph_v1_core)]
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
        #[cfg(msgraph_v1_core)] w.field(19usize, &self.directory_scope);
        #[cfg(msgraph_v1_core)] w.field(20usize, &self.principal);
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
#[cfg(msgraph_v1_role_management_or_search)]
rt::impl_object!(UnifiedRoleAssignmentScheduleRequest);
#[cfg(msgraph_v1_role_management_or_search)]
rt::impl_setters!(
    UnifiedRoleAssignmentScheduleRequest { with_id id : ::std::string::String;
    with_approval_id approval_id : ::std::string::String; with_completed_date_time
    completed_date_time : rt::edm::DateTimeOffset; with_created_by created_by : crate
    ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_custom_data custom_data : ::std::string::String;
    with_status status : ::std::string::String; with_action action : crate
    ::v1::UnifiedRoleScheduleRequestActions; with_app_scope_id app_scope_id :
    ::std::string::String; with_directory_scope_id directory_scope_id :
    ::std::string::String; with_is_validation_only is_validation_only : bool;
    with_justification justification : ::std::string::String; with_principal_id
    principal_id : ::std::string::String; with_role_definition_id role_definition_id :
    ::std::string::String; with_schedule_info schedule_info : crate
    ::v1::RequestSchedule; with_target_schedule_id target_schedule_id :
    ::std::string::String; with_ticket_info ticket_info : crate ::v1::TicketInfo;
    with_activated_using activated_using : crate ::v1::UnifiedRoleEligibilitySchedule;
    with_app_scope app_scope : crate ::v1::AppScope; #[cfg(msgraph_v1_core)]
    with_directory_scope directory_scope : crate ::v1::AnyDirectoryObject;
    #[cfg(msgraph_v1_core)] with_principal principal : crate ::v1::AnyDirectoryObject;
    with_role_definition role_definition : crate ::v1::UnifiedRoleDefinition;
    with_target_schedule target_schedule : crate ::v1::UnifiedRoleAssignmentSchedule; }
);
#[cfg(msgraph_v1_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRoleAssignmentScheduleRequest);
#[cfg(msgraph_v1_role_management_or_search)]
/// CSDL: `microsoft.graph.unifiedRoleEligibilitySchedule`, entity type, derived from `microsoft.graph.unifiedRoleScheduleBase`, key `id`.
///
/// Request builders: [`UnifiedRoleEligibilitySchedulePath`](requests/trait.UnifiedRoleEligibilitySchedulePath.html), what a path to one (`EntityPath<UnifiedRoleEligibilitySchedule, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
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
    pub app_scope: rt::Field<crate::v1::AppScope>,
    /// CSDL: navigation property `directoryScope`: `microsoft.graph.directoryObject`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub directory_scope: rt::Field<crate::v1::AnyDirectoryObject>,
    /// CSDL: navigation property `principal`: `microsoft.graph.directoryObject`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub principal: rt::Field<crate::v1::AnyDirectoryObject>,
    /// CSDL: navigation property `roleDefinition`: `microsoft.graph.unifiedRoleDefinition`, nullable.
    pub role_definition: rt::Field<crate::v1::UnifiedRoleDefinition>,
    /// CSDL: property `memberType`: `Edm.String`, nullable.
    pub member_type: rt::Field<::std::string::String>,
    /// CSDL: property `scheduleInfo`: `microsoft.graph.requestSchedule`, nullable.
    pub schedule_info: rt::Field<crate::v1::RequestSchedule>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_role_management_or_search)]
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
            #[cfg(msgraph_v1_core)]
            directory_scope: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            principal: rt::Field::Absent,
            role_definition: rt::Field::Absent,
            member_type: rt::Field::Absent,
            schedule_info: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
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
        #[cfg(msgraph_v1_core)]
        v.field(10usize, "directory_scope", &self.directory_scope);
        #[cfg(msgraph_v1_core)] v.field(11usize, "principal", &self.principal);
        v.field(12usize, "role_definition", &self.role_definition);
        v.field(13usize, "member_type", &self.member_type);
        v.field(14usize, "schedule_info", &self.schedule_info);
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
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
            #[cfg(msgraph_v1_core)]
            10usize => self.directory_scope.read_from(r),
            #[cfg(msgraph_v1_core)]
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
        #[cfg(msgraph_v1_core)] w.field(10usize, &self.directory_scope);
        #[cfg(msgraph_v1_core)] w.field(11usize, &self.principal);
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
#[cfg(msgraph_v1_role_management_or_search)]
rt::impl_object!(UnifiedRoleEligibilitySchedule);
#[cfg(msgraph_v1_role_management_or_search)]
rt::impl_setters!(
    UnifiedRoleEligibilitySchedule { with_id id : ::std::string::String;
    with_app_scope_id app_scope_id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_created_using created_using :
    ::std::string::String; with_directory_scope_id directory_scope_id :
    ::std::string::String; with_modified_date_time modified_date_time :
    rt::edm::DateTimeOffset; with_principal_id principal_id : ::std::string::String;
    with_role_definition_id role_definition_id : ::std::string::String; with_status
    status : ::std::string::String; with_app_scope app_scope : crate ::v1::AppScope;
    #[cfg(msgraph_v1_core)] with_directory_scope directory_scope : crate
    ::v1::AnyDirectoryObject; #[cfg(msgraph_v1_core)] with_principal principal : crate
    ::v1::AnyDirectoryObject; with_role_definition role_definition : crate
    ::v1::UnifiedRoleDefinition; with_member_type member_type : ::std::string::String;
    with_schedule_info schedule_info : crate ::v1::RequestSchedule; }
);
#[cfg(msgraph_v1_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRoleEligibilitySchedule);
#[cfg(msgraph_v1_role_management_or_search)]
/// CSDL: `microsoft.graph.unifiedRoleEligibilityScheduleInstance`, entity type, derived from `microsoft.graph.unifiedRoleScheduleInstanceBase`, key `id`.
///
/// Request builders: [`UnifiedRoleScheduleInstanceBasePath`](requests/trait.UnifiedRoleScheduleInstanceBasePath.html), what a path to one (`EntityPath<UnifiedRoleEligibilityScheduleInstance, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
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
    pub app_scope: rt::Field<crate::v1::AppScope>,
    /// CSDL: navigation property `directoryScope`: `microsoft.graph.directoryObject`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub directory_scope: rt::Field<crate::v1::AnyDirectoryObject>,
    /// CSDL: navigation property `principal`: `microsoft.graph.directoryObject`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub principal: rt::Field<crate::v1::AnyDirectoryObject>,
    /// CSDL: navigation property `roleDefinition`: `microsoft.graph.unifiedRoleDefinition`, nullable.
    pub role_definition: rt::Field<crate::v1::UnifiedRoleDefinition>,
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
#[cfg(msgraph_v1_role_management_or_search)]
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
            #[cfg(msgraph_v1_core)]
            directory_scope: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_role_management_or_search)]
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
        #[cfg(msgraph_v1_core)]
        v.field(6usize, "directory_scope", &self.directory_scope);
        #[cfg(msgraph_v1_core)] v.field(7usize, "principal", &self.principal);
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
#[cfg(msgraph_v1_role_management_or_search)]
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
            #[cfg(msgraph_v1_core)]
            6usize => self.directory_scope.read_from(r),
            #[cfg(msgraph_v1_core)]
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
        #[cfg(msgraph_v1_core)] w.field(6usize, &self.directory_scope);
        #[cfg(msgraph_v1_core)] w.field(7usize, &self.principal);
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
#[cfg(msgraph_v1_role_management_or_search)]
rt::impl_object!(UnifiedRoleEligibilityScheduleInstance);
#[cfg(msgraph_v1_role_management_or_search)]
rt::impl_setters!(
    UnifiedRoleEligibilityScheduleInstance { with_id id : ::std::string::String;
    with_app_scope_id app_scope_id : ::std::string::String; with_directory_scope_id
    directory_scope_id : ::std::string::String; with_principal_id principal_id :
    ::std::string::String; with_role_definition_id role_definition_id :
    ::std::string::String; with_app_scope app_scope : crate ::v1::AppScope;
    #[cfg(msgraph_v1_core)] with_directory_scope directory_scope : crate
    ::v1::AnyDirectoryObject; #[cfg(msgraph_v1_core)] with_principal principal : crate
    ::v1::AnyDirectoryObject; with_role_definition role_definition : crate
    ::v1::UnifiedRoleDefinition; with_end_date_time end_date_time :
    rt::edm::DateTimeOffset; with_member_type member_type : ::std::string::String;
    with_role_eligibility_schedule_id role_eligibility_schedule_id :
    ::std::string::String; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRoleEligibilityScheduleInstance);
#[cfg(msgraph_v1_role_management_or_search)]
/// CSDL: `microsoft.graph.unifiedRoleEligibilityScheduleRequest`, entity type, derived from `microsoft.graph.request`, key `id`.
///
/// Request builders: [`UnifiedRoleEligibilityScheduleRequestPath`](requests/trait.UnifiedRoleEligibilityScheduleRequestPath.html), what a path to one (`EntityPath<UnifiedRoleEligibilityScheduleRequest, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
#[derive(Clone)]
pub struct UnifiedRoleEligibilityScheduleRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `approvalId`: `Edm.String`, nullable.
    pub approval_id: rt::Field<::std::string::String>,
    /// CSDL: property `completedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `customData`: `Edm.String`, nullable.
    pub custom_data: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `Edm.String`, not nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: property `action`: `microsoft.graph.unifiedRoleScheduleRequestActions`, nullable.
    pub action: rt::Field<crate::v1::UnifiedRoleScheduleRequestActions>,
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
    pub schedule_info: rt::Field<crate::v1::RequestSchedule>,
    /// CSDL: property `targetScheduleId`: `Edm.String`, nullable.
    pub target_schedule_id: rt::Field<::std::string::String>,
    /// CSDL: property `ticketInfo`: `microsoft.graph.ticketInfo`, nullable.
    pub ticket_info: rt::Field<crate::v1::TicketInfo>,
    /// CSDL: navigation property `appScope`: `microsoft.graph.appScope`, nullable.
    pub app_scope: rt::Field<crate::v1::AppScope>,
    /// CSDL: navigation property `directoryScope`: `microsoft.graph.directoryObject`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub directory_scope: rt::Field<crate::v1::AnyDirectoryObject>,
    /// CSDL: navigation property `principal`: `microsoft.graph.directoryObject`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub principal: rt::Field<crate::v1::AnyDirectoryObject>,
    /// CSDL: navigation property `roleDefinition`: `microsoft.graph.unifiedRoleDefinition`, nullable.
    pub role_definition: rt::Field<crate::v1::UnifiedRoleDefinition>,
    /// CSDL: navigation property `targetSchedule`: `microsoft.graph.unifiedRoleEligibilitySchedule`, nullable.
    pub target_schedule: rt::Field<crate::v1::UnifiedRoleEligibilitySchedule>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_role_management_or_search)]
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
            #[cfg(msgraph_v1_core)]
            directory_scope: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            principal: rt::Field::Absent,
            role_definition: rt::Field::Absent,
            target_schedule: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
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
        #[cfg(msgraph_v1_core)]
        v.field(18usize, "directory_scope", &self.directory_scope);
        #[cfg(msgraph_v1_core)] v.field(19usize, "principal", &self.principal);
        v.field(20usize, "role_definition", &self.role_definition);
        v.field(21usize, "target_schedule", &self.target_schedule);
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
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
            #[cfg(msgraph_v1_core)]
            18usize => self.directory_scope.read_from(r),
            #[cfg(msgraph_v1_core)]
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
        #[cfg(msgraph_v1_core)] w.field(18usize, &self.directory_scope);
        #[cfg(msgraph_v1_core)] w.field(19usize, &self.principal);
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
#[cfg(msgraph_v1_role_management_or_search)]
rt::impl_object!(UnifiedRoleEligibilityScheduleRequest);
#[cfg(msgraph_v1_role_management_or_search)]
rt::impl_setters!(
    UnifiedRoleEligibilityScheduleRequest { with_id id : ::std::string::String;
    with_approval_id approval_id : ::std::string::String; with_completed_date_time
    completed_date_time : rt::edm::DateTimeOffset; with_created_by created_by : crate
    ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_custom_data custom_data : ::std::string::String;
    with_status status : ::std::string::String; with_action action : crate
    ::v1::UnifiedRoleScheduleRequestActions; with_app_scope_id app_scope_id :
    ::std::string::String; with_directory_scope_id directory_scope_id :
    ::std::string::String; with_is_validation_only is_validation_only : bool;
    with_justification justification : ::std::string::String; with_principal_id
    principal_id : ::std::string::String; with_role_definition_id role_definition_id :
    ::std::string::String; with_schedule_info schedule_info : crate
    ::v1::RequestSchedule; with_target_schedule_id target_schedule_id :
    ::std::string::String; with_ticket_info ticket_info : crate ::v1::TicketInfo;
    with_app_scope app_scope : crate ::v1::AppScope; #[cfg(msgraph_v1_core)]
    with_directory_scope directory_scope : crate ::v1::AnyDirectoryObject;
    #[cfg(msgraph_v1_core)] with_principal principal : crate ::v1::AnyDirectoryObject;
    with_role_definition role_definition : crate ::v1::UnifiedRoleDefinition;
    with_target_schedule target_schedule : crate ::v1::UnifiedRoleEligibilitySchedule; }
);
#[cfg(msgraph_v1_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRoleEligibilityScheduleRequest);
#[cfg(msgraph_v1_policies_or_search)]
/// CSDL: `microsoft.graph.unifiedRoleManagementPolicy`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UnifiedRoleManagementPolicyPath`](requests/trait.UnifiedRoleManagementPolicyPath.html), what a path to one (`EntityPath<UnifiedRoleManagementPolicy, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
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
    pub last_modified_by: rt::Field<crate::v1::AnyIdentity>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `scopeId`: `Edm.String`, not nullable.
    pub scope_id: rt::Field<::std::string::String>,
    /// CSDL: property `scopeType`: `Edm.String`, not nullable.
    pub scope_type: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `effectiveRules`: `Collection(microsoft.graph.unifiedRoleManagementPolicyRule)`, not nullable.
    pub effective_rules: rt::Field<
        ::std::vec::Vec<crate::v1::AnyUnifiedRoleManagementPolicyRule>,
    >,
    /// CSDL: containment navigation property `rules`: `Collection(microsoft.graph.unifiedRoleManagementPolicyRule)`, not nullable.
    pub rules: rt::Field<::std::vec::Vec<crate::v1::AnyUnifiedRoleManagementPolicyRule>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_policies_or_search)]
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
#[cfg(msgraph_v1_policies_or_search)]
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
#[cfg(msgraph_v1_policies_or_search)]
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
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_object!(UnifiedRoleManagementPolicy);
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_setters!(
    UnifiedRoleManagementPolicy { with_id id : ::std::string::String; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_is_organization_default is_organization_default : bool;
    with_last_modified_by last_modified_by : crate ::v1::AnyIdentity;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_scope_id scope_id : ::std::string::String; with_scope_type scope_type :
    ::std::string::String; with_effective_rules effective_rules : ::std::vec::Vec < crate
    ::v1::AnyUnifiedRoleManagementPolicyRule >; with_rules rules : ::std::vec::Vec <
    crate ::v1::AnyUnifiedRoleManagementPolicyRule >; }
);
#[cfg(msgraph_v1_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRoleManagementPolicy);
#[cfg(msgraph_v1_policies_or_search)]
/// CSDL: `microsoft.graph.unifiedRoleManagementPolicyApprovalRule`, entity type, derived from `microsoft.graph.unifiedRoleManagementPolicyRule`, key `id`.
///
/// Request builders: [`UnifiedRoleManagementPolicyApprovalRulePath`](requests/trait.UnifiedRoleManagementPolicyApprovalRulePath.html), what a path to one (`EntityPath<UnifiedRoleManagementPolicyApprovalRule, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct UnifiedRoleManagementPolicyApprovalRule {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `target`: `microsoft.graph.unifiedRoleManagementPolicyRuleTarget`, nullable.
    pub target: rt::Field<crate::v1::UnifiedRoleManagementPolicyRuleTarget>,
    /// CSDL: property `setting`: `microsoft.graph.approvalSettings`, nullable.
    pub setting: rt::Field<crate::v1::ApprovalSettings>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_policies_or_search)]
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
#[cfg(msgraph_v1_policies_or_search)]
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
#[cfg(msgraph_v1_policies_or_search)]
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
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_object!(UnifiedRoleManagementPolicyApprovalRule);
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_setters!(
    UnifiedRoleManagementPolicyApprovalRule { with_id id : ::std::string::String;
    with_target target : crate ::v1::UnifiedRoleManagementPolicyRuleTarget; with_setting
    setting : crate ::v1::ApprovalSettings; }
);
#[cfg(msgraph_v1_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRoleManagementPolicyApprovalRule);
#[cfg(msgraph_v1_policies_or_search)]
/// CSDL: `microsoft.graph.unifiedRoleManagementPolicyAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UnifiedRoleManagementPolicyAssignmentPath`](requests/trait.UnifiedRoleManagementPolicyAssignmentPath.html), what a path to one (`EntityPath<UnifiedRoleManagementPolicyAssignment, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
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
    pub policy: rt::Field<crate::v1::UnifiedRoleManagementPolicy>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_policies_or_search)]
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
#[cfg(msgraph_v1_policies_or_search)]
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
#[cfg(msgraph_v1_policies_or_search)]
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
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_object!(UnifiedRoleManagementPolicyAssignment);
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_setters!(
    UnifiedRoleManagementPolicyAssignment { with_id id : ::std::string::String;
    with_policy_id policy_id : ::std::string::String; with_role_definition_id
    role_definition_id : ::std::string::String; with_scope_id scope_id :
    ::std::string::String; with_scope_type scope_type : ::std::string::String;
    with_policy policy : crate ::v1::UnifiedRoleManagementPolicy; }
);
#[cfg(msgraph_v1_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRoleManagementPolicyAssignment);
#[cfg(msgraph_v1_policies_or_search)]
/// CSDL: `microsoft.graph.unifiedRoleManagementPolicyAuthenticationContextRule`, entity type, derived from `microsoft.graph.unifiedRoleManagementPolicyRule`, key `id`.
///
/// Request builders: [`UnifiedRoleManagementPolicyRulePath`](requests/trait.UnifiedRoleManagementPolicyRulePath.html), what a path to one (`EntityPath<UnifiedRoleManagementPolicyAuthenticationContextRule, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct UnifiedRoleManagementPolicyAuthenticationContextRule {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `target`: `microsoft.graph.unifiedRoleManagementPolicyRuleTarget`, nullable.
    pub target: rt::Field<crate::v1::UnifiedRoleManagementPolicyRuleTarget>,
    /// CSDL: property `claimValue`: `Edm.String`, nullable.
    pub claim_value: rt::Field<::std::string::String>,
    /// CSDL: property `isEnabled`: `Edm.Boolean`, nullable.
    pub is_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_policies_or_search)]
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
#[cfg(msgraph_v1_policies_or_search)]
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
#[cfg(msgraph_v1_policies_or_search)]
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
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_object!(UnifiedRoleManagementPolicyAuthenticationContextRule);
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_setters!(
    UnifiedRoleManagementPolicyAuthenticationContextRule { with_id id :
    ::std::string::String; with_target target : crate
    ::v1::UnifiedRoleManagementPolicyRuleTarget; with_claim_value claim_value :
    ::std::string::String; with_is_enabled is_enabled : bool; }
);
#[cfg(msgraph_v1_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRoleManagementPolicyAuthenticationContextRule);
#[cfg(msgraph_v1_policies_or_search)]
/// CSDL: `microsoft.graph.unifiedRoleManagementPolicyEnablementRule`, entity type, derived from `microsoft.graph.unifiedRoleManagementPolicyRule`, key `id`.
///
/// Request builders: [`UnifiedRoleManagementPolicyRulePath`](requests/trait.UnifiedRoleManagementPolicyRulePath.html), what a path to one (`EntityPath<UnifiedRoleManagementPolicyEnablementRule, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct UnifiedRoleManagementPolicyEnablementRule {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `target`: `microsoft.graph.unifiedRoleManagementPolicyRuleTarget`, nullable.
    pub target: rt::Field<crate::v1::UnifiedRoleManagementPolicyRuleTarget>,
    /// CSDL: property `enabledRules`: `Collection(Edm.String)`, nullable.
    pub enabled_rules: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_policies_or_search)]
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
#[cfg(msgraph_v1_policies_or_search)]
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
#[cfg(msgraph_v1_policies_or_search)]
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
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_object!(UnifiedRoleManagementPolicyEnablementRule);
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_setters!(
    UnifiedRoleManagementPolicyEnablementRule { with_id id : ::std::string::String;
    with_target target : crate ::v1::UnifiedRoleManagementPolicyRuleTarget;
    with_enabled_rules enabled_rules : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRoleManagementPolicyEnablementRule);
#[cfg(msgraph_v1_policies_or_search)]
/// CSDL: `microsoft.graph.unifiedRoleManagementPolicyExpirationRule`, entity type, derived from `microsoft.graph.unifiedRoleManagementPolicyRule`, key `id`.
///
/// Request builders: [`UnifiedRoleManagementPolicyRulePath`](requests/trait.UnifiedRoleManagementPolicyRulePath.html), what a path to one (`EntityPath<UnifiedRoleManagementPolicyExpirationRule, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct UnifiedRoleManagementPolicyExpirationRule {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `target`: `microsoft.graph.unifiedRoleManagementPolicyRuleTarget`, nullable.
    pub target: rt::Field<crate::v1::UnifiedRoleManagementPolicyRuleTarget>,
    /// CSDL: property `isExpirationRequired`: `Edm.Boolean`, nullable.
    pub is_expiration_required: rt::Field<bool>,
    /// CSDL: property `maximumDuration`: `Edm.Duration`, nullable.
    pub maximum_duration: rt::Field<rt::edm::Duration>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_policies_or_search)]
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
#[cfg(msgraph_v1_policies_or_search)]
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
#[cfg(msgraph_v1_policies_or_search)]
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
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_object!(UnifiedRoleManagementPolicyExpirationRule);
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_setters!(
    UnifiedRoleManagementPolicyExpirationRule { with_id id : ::std::string::String;
    with_target target : crate ::v1::UnifiedRoleManagementPolicyRuleTarget;
    with_is_expiration_required is_expiration_required : bool; with_maximum_duration
    maximum_duration : rt::edm::Duration; }
);
#[cfg(msgraph_v1_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRoleManagementPolicyExpirationRule);
#[cfg(msgraph_v1_policies_or_search)]
/// CSDL: `microsoft.graph.unifiedRoleManagementPolicyNotificationRule`, entity type, derived from `microsoft.graph.unifiedRoleManagementPolicyRule`, key `id`.
///
/// Request builders: [`UnifiedRoleManagementPolicyRulePath`](requests/trait.UnifiedRoleManagementPolicyRulePath.html), what a path to one (`EntityPath<UnifiedRoleManagementPolicyNotificationRule, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct UnifiedRoleManagementPolicyNotificationRule {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `target`: `microsoft.graph.unifiedRoleManagementPolicyRuleTarget`, nullable.
    pub target: rt::Field<crate::v1::UnifiedRoleManagementPolicyRuleTarget>,
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
#[cfg(msgraph_v1_policies_or_search)]
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
#[cfg(msgraph_v1_policies_or_search)]
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
#[cfg(msgraph_v1_policies_or_search)]
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
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_object!(UnifiedRoleManagementPolicyNotificationRule);
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_setters!(
    UnifiedRoleManagementPolicyNotificationRule { with_id id : ::std::string::String;
    with_target target : crate ::v1::UnifiedRoleManagementPolicyRuleTarget;
    with_is_default_recipients_enabled is_default_recipients_enabled : bool;
    with_notification_level notification_level : ::std::string::String;
    with_notification_recipients notification_recipients : ::std::vec::Vec <
    ::std::string::String >; with_notification_type notification_type :
    ::std::string::String; with_recipient_type recipient_type : ::std::string::String; }
);
#[cfg(msgraph_v1_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRoleManagementPolicyNotificationRule);
#[cfg(msgraph_v1_policies_or_search)]
/// CSDL: `microsoft.graph.unifiedRoleManagementPolicyRule`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`UnifiedRoleManagementPolicyRulePath`](requests/trait.UnifiedRoleManagementPolicyRulePath.html), what a path to one (`EntityPath<AnyUnifiedRoleManagementPolicyRule, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct UnifiedRoleManagementPolicyRule {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `target`: `microsoft.graph.unifiedRoleManagementPolicyRuleTarget`, nullable.
    pub target: rt::Field<crate::v1::UnifiedRoleManagementPolicyRuleTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_policies_or_search)]
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
#[cfg(msgraph_v1_policies_or_search)]
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
#[cfg(msgraph_v1_policies_or_search)]
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
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_object!(UnifiedRoleManagementPolicyRule);
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_setters!(
    UnifiedRoleManagementPolicyRule { with_id id : ::std::string::String; with_target
    target : crate ::v1::UnifiedRoleManagementPolicyRuleTarget; }
);
#[cfg(msgraph_v1_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRoleManagementPolicyRule);
#[cfg(msgraph_v1_policies_or_search)]
/// `microsoft.graph.unifiedRoleManagementPolicyRule` or any type derived from it, selected by `@odata.type` (6 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyUnifiedRoleManagementPolicyRule {
    UnifiedRoleManagementPolicyRule(
        ::std::boxed::Box<crate::v1::UnifiedRoleManagementPolicyRule>,
    ),
    UnifiedRoleManagementPolicyApprovalRule(
        ::std::boxed::Box<crate::v1::UnifiedRoleManagementPolicyApprovalRule>,
    ),
    UnifiedRoleManagementPolicyAuthenticationContextRule(
        ::std::boxed::Box<
            crate::v1::UnifiedRoleManagementPolicyAuthenticationContextRule,
        >,
    ),
    UnifiedRoleManagementPolicyEnablementRule(
        ::std::boxed::Box<crate::v1::UnifiedRoleManagementPolicyEnablementRule>,
    ),
    UnifiedRoleManagementPolicyExpirationRule(
        ::std::boxed::Box<crate::v1::UnifiedRoleManagementPolicyExpirationRule>,
    ),
    UnifiedRoleManagementPolicyNotificationRule(
        ::std::boxed::Box<crate::v1::UnifiedRoleManagementPolicyNotificationRule>,
    ),
}
#[cfg(msgraph_v1_policies_or_search)]
impl ::std::default::Default for AnyUnifiedRoleManagementPolicyRule {
    #[inline]
    fn default() -> Self {
        Self::UnifiedRoleManagementPolicyRule(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UnifiedRoleManagementPolicyRule>
for AnyUnifiedRoleManagementPolicyRule {
    #[inline]
    fn from(v: crate::v1::UnifiedRoleManagementPolicyRule) -> Self {
        Self::UnifiedRoleManagementPolicyRule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UnifiedRoleManagementPolicyApprovalRule>
for AnyUnifiedRoleManagementPolicyRule {
    #[inline]
    fn from(v: crate::v1::UnifiedRoleManagementPolicyApprovalRule) -> Self {
        Self::UnifiedRoleManagementPolicyApprovalRule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::UnifiedRoleManagementPolicyAuthenticationContextRule,
> for AnyUnifiedRoleManagementPolicyRule {
    #[inline]
    fn from(v: crate::v1::UnifiedRoleManagementPolicyAuthenticationContextRule) -> Self {
        Self::UnifiedRoleManagementPolicyAuthenticationContextRule(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UnifiedRoleManagementPolicyEnablementRule>
for AnyUnifiedRoleManagementPolicyRule {
    #[inline]
    fn from(v: crate::v1::UnifiedRoleManagementPolicyEnablementRule) -> Self {
        Self::UnifiedRoleManagementPolicyEnablementRule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UnifiedRoleManagementPolicyExpirationRule>
for AnyUnifiedRoleManagementPolicyRule {
    #[inline]
    fn from(v: crate::v1::UnifiedRoleManagementPolicyExpirationRule) -> Self {
        Self::UnifiedRoleManagementPolicyExpirationRule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UnifiedRoleManagementPolicyNotificationRule>
for AnyUnifiedRoleManagementPolicyRule {
    #[inline]
    fn from(v: crate::v1::UnifiedRoleManagementPolicyNotificationRule) -> Self {
        Self::UnifiedRoleManagementPolicyNotificationRule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_policies_or_search)]
unsafe impl ::std::marker::Send for AnyUnifiedRoleManagementPolicyRule {}
#[cfg(msgraph_v1_policies_or_search)]
unsafe impl ::std::marker::Sync for AnyUnifiedRoleManagementPolicyRule {}
#[cfg(msgraph_v1_policies_or_search)]
impl ::std::marker::Unpin for AnyUnifiedRoleManagementPolicyRule {}
#[cfg(msgraph_v1_policies_or_search)]
impl ::std::panic::UnwindSafe for AnyUnifiedRoleManagementPolicyRule {}
#[cfg(msgraph_v1_policies_or_search)]
impl ::std::panic::RefUnwindSafe for AnyUnifiedRoleManagementPolicyRule {}
#[cfg(msgraph_v1_policies_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::UnifiedRoleManagementPolicyRule>();
    rt::object::auto_traits::<crate::v1::UnifiedRoleManagementPolicyApprovalRule>();
    rt::object::auto_traits::<
        crate::v1::UnifiedRoleManagementPolicyAuthenticationContextRule,
    >();
    rt::object::auto_traits::<crate::v1::UnifiedRoleManagementPolicyEnablementRule>();
    rt::object::auto_traits::<crate::v1::UnifiedRoleManagementPolicyExpirationRule>();
    rt::object::auto_traits::<crate::v1::UnifiedRoleManagementPolicyNotificationRule>();
};
#[cfg(msgraph_v1_policies_or_search)]
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
#[cfg(msgraph_v1_policies_or_search)]
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
    ) -> &rt::Field<crate::v1::UnifiedRoleManagementPolicyRuleTarget> {
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
    ) -> &mut rt::Field<crate::v1::UnifiedRoleManagementPolicyRuleTarget> {
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
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_poly!(AnyUnifiedRoleManagementPolicyRule);
#[cfg(msgraph_v1_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyUnifiedRoleManagementPolicyRule);
#[cfg(msgraph_v1_policies_or_search)]
/// CSDL: `microsoft.graph.unifiedRoleManagementPolicyRuleTarget`, complex type.
///
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
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
    /// CSDL: property `operations`: `Collection(microsoft.graph.unifiedRoleManagementPolicyRuleTargetOperations)`, nullable.
    pub operations: rt::Field<
        ::std::vec::Vec<crate::v1::UnifiedRoleManagementPolicyRuleTargetOperations>,
    >,
    /// CSDL: navigation property `targetObjects`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub target_objects: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_policies_or_search)]
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
#[cfg(msgraph_v1_policies_or_search)]
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
#[cfg(msgraph_v1_policies_or_search)]
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
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_object!(UnifiedRoleManagementPolicyRuleTarget);
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_setters!(
    UnifiedRoleManagementPolicyRuleTarget { with_caller caller : ::std::string::String;
    with_enforced_settings enforced_settings : ::std::vec::Vec < ::std::string::String >;
    with_inheritable_settings inheritable_settings : ::std::vec::Vec <
    ::std::string::String >; with_level level : ::std::string::String; with_operations
    operations : ::std::vec::Vec < crate
    ::v1::UnifiedRoleManagementPolicyRuleTargetOperations >; with_target_objects
    target_objects : ::std::vec::Vec < crate ::v1::AnyDirectoryObject >; }
);
#[cfg(msgraph_v1_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRoleManagementPolicyRuleTarget);
#[cfg(msgraph_v1_role_management_or_search)]
/// CSDL: `microsoft.graph.unifiedRoleScheduleBase`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UnifiedRoleScheduleBasePath`](requests/trait.UnifiedRoleScheduleBasePath.html), what a path to one (`EntityPath<AnyUnifiedRoleScheduleBase, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
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
    pub app_scope: rt::Field<crate::v1::AppScope>,
    /// CSDL: navigation property `directoryScope`: `microsoft.graph.directoryObject`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub directory_scope: rt::Field<crate::v1::AnyDirectoryObject>,
    /// CSDL: navigation property `principal`: `microsoft.graph.directoryObject`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub principal: rt::Field<crate::v1::AnyDirectoryObject>,
    /// CSDL: navigation property `roleDefinition`: `microsoft.graph.unifiedRoleDefinition`, nullable.
    pub role_definition: rt::Field<crate::v1::UnifiedRoleDefinition>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_role_management_or_search)]
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
            #[cfg(msgraph_v1_core)]
            directory_scope: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            principal: rt::Field::Absent,
            role_definition: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
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
        #[cfg(msgraph_v1_core)]
        v.field(10usize, "directory_scope", &self.directory_scope);
        #[cfg(msgraph_v1_core)] v.field(11usize, "principal", &self.principal);
        v.field(12usize, "role_definition", &self.role_definition);
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
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
            #[cfg(msgraph_v1_core)]
            10usize => self.directory_scope.read_from(r),
            #[cfg(msgraph_v1_core)]
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
        #[cfg(msgraph_v1_core)] w.field(10usize, &self.directory_scope);
        #[cfg(msgraph_v1_core)] w.field(11usize, &self.principal);
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
#[cfg(msgraph_v1_role_management_or_search)]
rt::impl_object!(UnifiedRoleScheduleBase);
#[cfg(msgraph_v1_role_management_or_search)]
rt::impl_setters!(
    UnifiedRoleScheduleBase { with_id id : ::std::string::String; with_app_scope_id
    app_scope_id : ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_created_using created_using : ::std::string::String;
    with_directory_scope_id directory_scope_id : ::std::string::String;
    with_modified_date_time modified_date_time : rt::edm::DateTimeOffset;
    with_principal_id principal_id : ::std::string::String; with_role_definition_id
    role_definition_id : ::std::string::String; with_status status :
    ::std::string::String; with_app_scope app_scope : crate ::v1::AppScope;
    #[cfg(msgraph_v1_core)] with_directory_scope directory_scope : crate
    ::v1::AnyDirectoryObject; #[cfg(msgraph_v1_core)] with_principal principal : crate
    ::v1::AnyDirectoryObject; with_role_definition role_definition : crate
    ::v1::UnifiedRoleDefinition; }
);
#[cfg(msgraph_v1_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRoleScheduleBase);
#[cfg(msgraph_v1_role_management_or_search)]
/// `microsoft.graph.unifiedRoleScheduleBase` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyUnifiedRoleScheduleBase {
    UnifiedRoleScheduleBase(::std::boxed::Box<crate::v1::UnifiedRoleScheduleBase>),
    UnifiedRoleAssignmentSchedule(
        ::std::boxed::Box<crate::v1::UnifiedRoleAssignmentSchedule>,
    ),
    UnifiedRoleEligibilitySchedule(
        ::std::boxed::Box<crate::v1::UnifiedRoleEligibilitySchedule>,
    ),
}
#[cfg(msgraph_v1_role_management_or_search)]
impl ::std::default::Default for AnyUnifiedRoleScheduleBase {
    #[inline]
    fn default() -> Self {
        Self::UnifiedRoleScheduleBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UnifiedRoleScheduleBase>
for AnyUnifiedRoleScheduleBase {
    #[inline]
    fn from(v: crate::v1::UnifiedRoleScheduleBase) -> Self {
        Self::UnifiedRoleScheduleBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UnifiedRoleAssignmentSchedule>
for AnyUnifiedRoleScheduleBase {
    #[inline]
    fn from(v: crate::v1::UnifiedRoleAssignmentSchedule) -> Self {
        Self::UnifiedRoleAssignmentSchedule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UnifiedRoleEligibilitySchedule>
for AnyUnifiedRoleScheduleBase {
    #[inline]
    fn from(v: crate::v1::UnifiedRoleEligibilitySchedule) -> Self {
        Self::UnifiedRoleEligibilitySchedule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
unsafe impl ::std::marker::Send for AnyUnifiedRoleScheduleBase {}
#[cfg(msgraph_v1_role_management_or_search)]
unsafe impl ::std::marker::Sync for AnyUnifiedRoleScheduleBase {}
#[cfg(msgraph_v1_role_management_or_search)]
impl ::std::marker::Unpin for AnyUnifiedRoleScheduleBase {}
#[cfg(msgraph_v1_role_management_or_search)]
impl ::std::panic::UnwindSafe for AnyUnifiedRoleScheduleBase {}
#[cfg(msgraph_v1_role_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyUnifiedRoleScheduleBase {}
#[cfg(msgraph_v1_role_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::UnifiedRoleScheduleBase>();
    rt::object::auto_traits::<crate::v1::UnifiedRoleAssignmentSchedule>();
    rt::object::auto_traits::<crate::v1::UnifiedRoleEligibilitySchedule>();
};
#[cfg(msgraph_v1_role_management_or_search)]
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
#[cfg(msgraph_v1_role_management_or_search)]
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
    pub fn app_scope(&self) -> &rt::Field<crate::v1::AppScope> {
        match self {
            Self::UnifiedRoleScheduleBase(v) => &v.app_scope,
            Self::UnifiedRoleAssignmentSchedule(v) => &v.app_scope,
            Self::UnifiedRoleEligibilitySchedule(v) => &v.app_scope,
        }
    }
    /// `appScope` of any variant.
    #[inline]
    pub fn app_scope_mut(&mut self) -> &mut rt::Field<crate::v1::AppScope> {
        match self {
            Self::UnifiedRoleScheduleBase(v) => &mut v.app_scope,
            Self::UnifiedRoleAssignmentSchedule(v) => &mut v.app_scope,
            Self::UnifiedRoleEligibilitySchedule(v) => &mut v.app_scope,
        }
    }
    /// `directoryScope` of any variant.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    #[inline]
    pub fn directory_scope(&self) -> &rt::Field<crate::v1::AnyDirectoryObject> {
        match self {
            Self::UnifiedRoleScheduleBase(v) => &v.directory_scope,
            Self::UnifiedRoleAssignmentSchedule(v) => &v.directory_scope,
            Self::UnifiedRoleEligibilitySchedule(v) => &v.directory_scope,
        }
    }
    /// `directoryScope` of any variant.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    #[inline]
    pub fn directory_scope_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::AnyDirectoryObject> {
        match self {
            Self::UnifiedRoleScheduleBase(v) => &mut v.directory_scope,
            Self::UnifiedRoleAssignmentSchedule(v) => &mut v.directory_scope,
            Self::UnifiedRoleEligibilitySchedule(v) => &mut v.directory_scope,
        }
    }
    /// `principal` of any variant.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    #[inline]
    pub fn principal(&self) -> &rt::Field<crate::v1::AnyDirectoryObject> {
        match self {
            Self::UnifiedRoleScheduleBase(v) => &v.principal,
            Self::UnifiedRoleAssignmentSchedule(v) => &v.principal,
            Self::UnifiedRoleEligibilitySchedule(v) => &v.principal,
        }
    }
    /// `principal` of any variant.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    #[inline]
    pub fn principal_mut(&mut self) -> &mut rt::Field<crate::v1::AnyDirectoryObject> {
        match self {
            Self::UnifiedRoleScheduleBase(v) => &mut v.principal,
            Self::UnifiedRoleAssignmentSchedule(v) => &mut v.principal,
            Self::UnifiedRoleEligibilitySchedule(v) => &mut v.principal,
        }
    }
    /// `roleDefinition` of any variant.
    #[inline]
    pub fn role_definition(&self) -> &rt::Field<crate::v1::UnifiedRoleDefinition> {
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
    ) -> &mut rt::Field<crate::v1::UnifiedRoleDefinition> {
        match self {
            Self::UnifiedRoleScheduleBase(v) => &mut v.role_definition,
            Self::UnifiedRoleAssignmentSchedule(v) => &mut v.role_definition,
            Self::UnifiedRoleEligibilitySchedule(v) => &mut v.role_definition,
        }
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
rt::impl_poly!(AnyUnifiedRoleScheduleBase);
#[cfg(msgraph_v1_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyUnifiedRoleScheduleBase);
#[cfg(msgraph_v1_role_management_or_search)]
/// CSDL: `microsoft.graph.unifiedRoleScheduleInstanceBase`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UnifiedRoleScheduleInstanceBasePath`](requests/trait.UnifiedRoleScheduleInstanceBasePath.html), what a path to one (`EntityPath<AnyUnifiedRoleScheduleInstanceBase, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
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
    pub app_scope: rt::Field<crate::v1::AppScope>,
    /// CSDL: navigation property `directoryScope`: `microsoft.graph.directoryObject`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub directory_scope: rt::Field<crate::v1::AnyDirectoryObject>,
    /// CSDL: navigation property `principal`: `microsoft.graph.directoryObject`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub principal: rt::Field<crate::v1::AnyDirectoryObject>,
    /// CSDL: navigation property `roleDefinition`: `microsoft.graph.unifiedRoleDefinition`, nullable.
    pub role_definition: rt::Field<crate::v1::UnifiedRoleDefinition>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_role_management_or_search)]
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
            #[cfg(msgraph_v1_core)]
            directory_scope: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            principal: rt::Field::Absent,
            role_definition: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
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
        #[cfg(msgraph_v1_core)]
        v.field(6usize, "directory_scope", &self.directory_scope);
        #[cfg(msgraph_v1_core)] v.field(7usize, "principal", &self.principal);
        v.field(8usize, "role_definition", &self.role_definition);
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
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
            #[cfg(msgraph_v1_core)]
            6usize => self.directory_scope.read_from(r),
            #[cfg(msgraph_v1_core)]
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
        #[cfg(msgraph_v1_core)] w.field(6usize, &self.directory_scope);
        #[cfg(msgraph_v1_core)] w.field(7usize, &self.principal);
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
#[cfg(msgraph_v1_role_management_or_search)]
rt::impl_object!(UnifiedRoleScheduleInstanceBase);
#[cfg(msgraph_v1_role_management_or_search)]
rt::impl_setters!(
    UnifiedRoleScheduleInstanceBase { with_id id : ::std::string::String;
    with_app_scope_id app_scope_id : ::std::string::String; with_directory_scope_id
    directory_scope_id : ::std::string::String; with_principal_id principal_id :
    ::std::string::String; with_role_definition_id role_definition_id :
    ::std::string::String; with_app_scope app_scope : crate ::v1::AppScope;
    #[cfg(msgraph_v1_core)] with_directory_scope directory_scope : crate
    ::v1::AnyDirectoryObject; #[cfg(msgraph_v1_core)] with_principal principal : crate
    ::v1::AnyDirectoryObject; with_role_definition role_definition : crate
    ::v1::UnifiedRoleDefinition; }
);
#[cfg(msgraph_v1_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRoleScheduleInstanceBase);
#[cfg(msgraph_v1_role_management_or_search)]
/// `microsoft.graph.unifiedRoleScheduleInstanceBase` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyUnifiedRoleScheduleInstanceBase {
    UnifiedRoleScheduleInstanceBase(
        ::std::boxed::Box<crate::v1::UnifiedRoleScheduleInstanceBase>,
    ),
    UnifiedRoleAssignmentScheduleInstance(
        ::std::boxed::Box<crate::v1::UnifiedRoleAssignmentScheduleInstance>,
    ),
    UnifiedRoleEligibilityScheduleInstance(
        ::std::boxed::Box<crate::v1::UnifiedRoleEligibilityScheduleInstance>,
    ),
}
#[cfg(msgraph_v1_role_management_or_search)]
impl ::std::default::Default for AnyUnifiedRoleScheduleInstanceBase {
    #[inline]
    fn default() -> Self {
        Self::UnifiedRoleScheduleInstanceBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UnifiedRoleScheduleInstanceBase>
for AnyUnifiedRoleScheduleInstanceBase {
    #[inline]
    fn from(v: crate::v1::UnifiedRoleScheduleInstanceBase) -> Self {
        Self::UnifiedRoleScheduleInstanceBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UnifiedRoleAssignmentScheduleInstance>
for AnyUnifiedRoleScheduleInstanceBase {
    #[inline]
    fn from(v: crate::v1::UnifiedRoleAssignmentScheduleInstance) -> Self {
        Self::UnifiedRoleAssignmentScheduleInstance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UnifiedRoleEligibilityScheduleInstance>
for AnyUnifiedRoleScheduleInstanceBase {
    #[inline]
    fn from(v: crate::v1::UnifiedRoleEligibilityScheduleInstance) -> Self {
        Self::UnifiedRoleEligibilityScheduleInstance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
unsafe impl ::std::marker::Send for AnyUnifiedRoleScheduleInstanceBase {}
#[cfg(msgraph_v1_role_management_or_search)]
unsafe impl ::std::marker::Sync for AnyUnifiedRoleScheduleInstanceBase {}
#[cfg(msgraph_v1_role_management_or_search)]
impl ::std::marker::Unpin for AnyUnifiedRoleScheduleInstanceBase {}
#[cfg(msgraph_v1_role_management_or_search)]
impl ::std::panic::UnwindSafe for AnyUnifiedRoleScheduleInstanceBase {}
#[cfg(msgraph_v1_role_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyUnifiedRoleScheduleInstanceBase {}
#[cfg(msgraph_v1_role_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::UnifiedRoleScheduleInstanceBase>();
    rt::object::auto_traits::<crate::v1::UnifiedRoleAssignmentScheduleInstance>();
    rt::object::auto_traits::<crate::v1::UnifiedRoleEligibilityScheduleInstance>();
};
#[cfg(msgraph_v1_role_management_or_search)]
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
#[cfg(msgraph_v1_role_management_or_search)]
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
    pub fn app_scope(&self) -> &rt::Field<crate::v1::AppScope> {
        match self {
            Self::UnifiedRoleScheduleInstanceBase(v) => &v.app_scope,
            Self::UnifiedRoleAssignmentScheduleInstance(v) => &v.app_scope,
            Self::UnifiedRoleEligibilityScheduleInstance(v) => &v.app_scope,
        }
    }
    /// `appScope` of any variant.
    #[inline]
    pub fn app_scope_mut(&mut self) -> &mut rt::Field<crate::v1::AppScope> {
        match self {
            Self::UnifiedRoleScheduleInstanceBase(v) => &mut v.app_scope,
            Self::UnifiedRoleAssignmentScheduleInstance(v) => &mut v.app_scope,
            Self::UnifiedRoleEligibilityScheduleInstance(v) => &mut v.app_scope,
        }
    }
    /// `directoryScope` of any variant.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    #[inline]
    pub fn directory_scope(&self) -> &rt::Field<crate::v1::AnyDirectoryObject> {
        match self {
            Self::UnifiedRoleScheduleInstanceBase(v) => &v.directory_scope,
            Self::UnifiedRoleAssignmentScheduleInstance(v) => &v.directory_scope,
            Self::UnifiedRoleEligibilityScheduleInstance(v) => &v.directory_scope,
        }
    }
    /// `directoryScope` of any variant.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    #[inline]
    pub fn directory_scope_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::AnyDirectoryObject> {
        match self {
            Self::UnifiedRoleScheduleInstanceBase(v) => &mut v.directory_scope,
            Self::UnifiedRoleAssignmentScheduleInstance(v) => &mut v.directory_scope,
            Self::UnifiedRoleEligibilityScheduleInstance(v) => &mut v.directory_scope,
        }
    }
    /// `principal` of any variant.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    #[inline]
    pub fn principal(&self) -> &rt::Field<crate::v1::AnyDirectoryObject> {
        match self {
            Self::UnifiedRoleScheduleInstanceBase(v) => &v.principal,
            Self::UnifiedRoleAssignmentScheduleInstance(v) => &v.principal,
            Self::UnifiedRoleEligibilityScheduleInstance(v) => &v.principal,
        }
    }
    /// `principal` of any variant.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    #[inline]
    pub fn principal_mut(&mut self) -> &mut rt::Field<crate::v1::AnyDirectoryObject> {
        match self {
            Self::UnifiedRoleScheduleInstanceBase(v) => &mut v.principal,
            Self::UnifiedRoleAssignmentScheduleInstance(v) => &mut v.principal,
            Self::UnifiedRoleEligibilityScheduleInstance(v) => &mut v.principal,
        }
    }
    /// `roleDefinition` of any variant.
    #[inline]
    pub fn role_definition(&self) -> &rt::Field<crate::v1::UnifiedRoleDefinition> {
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
    ) -> &mut rt::Field<crate::v1::UnifiedRoleDefinition> {
        match self {
            Self::UnifiedRoleScheduleInstanceBase(v) => &mut v.role_definition,
            Self::UnifiedRoleAssignmentScheduleInstance(v) => &mut v.role_definition,
            Self::UnifiedRoleEligibilityScheduleInstance(v) => &mut v.role_definition,
        }
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
rt::impl_poly!(AnyUnifiedRoleScheduleInstanceBase);
#[cfg(msgraph_v1_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyUnifiedRoleScheduleInstanceBase);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.usedInsight`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UsedInsightPath`](requests/trait.UsedInsightPath.html), what a path to one (`EntityPath<UsedInsight, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct UsedInsight {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `lastUsed`: `microsoft.graph.usageDetails`, nullable.
    pub last_used: rt::Field<crate::v1::UsageDetails>,
    /// CSDL: property `resourceReference`: `microsoft.graph.resourceReference`, nullable.
    pub resource_reference: rt::Field<crate::v1::ResourceReference>,
    /// CSDL: property `resourceVisualization`: `microsoft.graph.resourceVisualization`, nullable.
    pub resource_visualization: rt::Field<crate::v1::ResourceVisualization>,
    /// CSDL: navigation property `resource`: `microsoft.graph.entity`, nullable.
    pub resource: rt::Field<crate::v1::AnyEntity>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(UsedInsight);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    UsedInsight { with_id id : ::std::string::String; with_last_used last_used : crate
    ::v1::UsageDetails; with_resource_reference resource_reference : crate
    ::v1::ResourceReference; with_resource_visualization resource_visualization : crate
    ::v1::ResourceVisualization; with_resource resource : crate ::v1::AnyEntity; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UsedInsight);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.user`, entity type, derived from `microsoft.graph.directoryObject`, open, key `id`.
///
/// Request builders: [`UserPath`](requests/trait.UserPath.html), what a path to one (`EntityPath<AnyUser, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct User {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `aboutMe`: `Edm.String`, nullable.
    pub about_me: rt::Field<::std::string::String>,
    /// CSDL: property `accountEnabled`: `Edm.Boolean`, nullable.
    pub account_enabled: rt::Field<bool>,
    /// CSDL: property `ageGroup`: `Edm.String`, nullable.
    pub age_group: rt::Field<::std::string::String>,
    /// CSDL: property `assignedLicenses`: `Collection(microsoft.graph.assignedLicense)`, not nullable.
    pub assigned_licenses: rt::Field<::std::vec::Vec<crate::v1::AssignedLicense>>,
    /// CSDL: property `assignedPlans`: `Collection(microsoft.graph.assignedPlan)`, not nullable.
    pub assigned_plans: rt::Field<::std::vec::Vec<crate::v1::AssignedPlan>>,
    /// CSDL: property `authorizationInfo`: `microsoft.graph.authorizationInfo`, nullable.
    pub authorization_info: rt::Field<crate::v1::AuthorizationInfo>,
    /// CSDL: property `birthday`: `Edm.DateTimeOffset`, not nullable.
    pub birthday: rt::Field<rt::edm::DateTimeOffset>,
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
    /// CSDL: property `customSecurityAttributes`: `microsoft.graph.customSecurityAttributeValue`, nullable.
    pub custom_security_attributes: rt::Field<crate::v1::CustomSecurityAttributeValue>,
    /// CSDL: property `department`: `Edm.String`, nullable.
    pub department: rt::Field<::std::string::String>,
    /// The limit on the maximum number of devices that the user is permitted to enroll. Allowed values are 5 or 1000.
    ///
    /// CSDL: property `deviceEnrollmentLimit`: `Edm.Int32`, not nullable.
    pub device_enrollment_limit: rt::Field<i32>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `employeeHireDate`: `Edm.DateTimeOffset`, nullable.
    pub employee_hire_date: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `employeeId`: `Edm.String`, nullable.
    pub employee_id: rt::Field<::std::string::String>,
    /// CSDL: property `employeeLeaveDateTime`: `Edm.DateTimeOffset`, nullable.
    pub employee_leave_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `employeeOrgData`: `microsoft.graph.employeeOrgData`, nullable.
    pub employee_org_data: rt::Field<crate::v1::EmployeeOrgData>,
    /// CSDL: property `employeeType`: `Edm.String`, nullable.
    pub employee_type: rt::Field<::std::string::String>,
    /// CSDL: property `externalUserState`: `Edm.String`, nullable.
    pub external_user_state: rt::Field<::std::string::String>,
    /// CSDL: property `externalUserStateChangeDateTime`: `Edm.DateTimeOffset`, nullable.
    pub external_user_state_change_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `faxNumber`: `Edm.String`, nullable.
    pub fax_number: rt::Field<::std::string::String>,
    /// CSDL: property `givenName`: `Edm.String`, nullable.
    pub given_name: rt::Field<::std::string::String>,
    /// CSDL: property `hireDate`: `Edm.DateTimeOffset`, not nullable.
    pub hire_date: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `identities`: `Collection(microsoft.graph.objectIdentity)`, nullable.
    pub identities: rt::Field<::std::vec::Vec<crate::v1::ObjectIdentity>>,
    /// CSDL: property `identityParentId`: `Edm.String`, nullable.
    pub identity_parent_id: rt::Field<::std::string::String>,
    /// CSDL: property `imAddresses`: `Collection(Edm.String)`, nullable.
    pub im_addresses: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `interests`: `Collection(Edm.String)`, nullable.
    pub interests: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `isManagementRestricted`: `Edm.Boolean`, nullable.
    pub is_management_restricted: rt::Field<bool>,
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
        ::std::vec::Vec<crate::v1::LicenseAssignmentState>,
    >,
    /// CSDL: property `mail`: `Edm.String`, nullable.
    pub mail: rt::Field<::std::string::String>,
    /// CSDL: property `mailboxSettings`: `microsoft.graph.mailboxSettings`, nullable.
    pub mailbox_settings: rt::Field<crate::v1::MailboxSettings>,
    /// CSDL: property `mailNickname`: `Edm.String`, nullable.
    pub mail_nickname: rt::Field<::std::string::String>,
    /// CSDL: property `mobilePhone`: `Edm.String`, nullable.
    pub mobile_phone: rt::Field<::std::string::String>,
    /// CSDL: property `mySite`: `Edm.String`, nullable.
    pub my_site: rt::Field<::std::string::String>,
    /// CSDL: property `officeLocation`: `Edm.String`, nullable.
    pub office_location: rt::Field<::std::string::String>,
    /// CSDL: property `onPremisesDistinguishedName`: `Edm.String`, nullable.
    pub on_premises_distinguished_name: rt::Field<::std::string::String>,
    /// CSDL: property `onPremisesDomainName`: `Edm.String`, nullable.
    pub on_premises_domain_name: rt::Field<::std::string::String>,
    /// CSDL: property `onPremisesExtensionAttributes`: `microsoft.graph.onPremisesExtensionAttributes`, nullable.
    pub on_premises_extension_attributes: rt::Field<
        crate::v1::OnPremisesExtensionAttributes,
    >,
    /// CSDL: property `onPremisesImmutableId`: `Edm.String`, nullable.
    pub on_premises_immutable_id: rt::Field<::std::string::String>,
    /// CSDL: property `onPremisesLastSyncDateTime`: `Edm.DateTimeOffset`, nullable.
    pub on_premises_last_sync_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `onPremisesProvisioningErrors`: `Collection(microsoft.graph.onPremisesProvisioningError)`, nullable.
    pub on_premises_provisioning_errors: rt::Field<
        ::std::vec::Vec<crate::v1::OnPremisesProvisioningError>,
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
    pub password_profile: rt::Field<crate::v1::PasswordProfile>,
    /// CSDL: property `pastProjects`: `Collection(Edm.String)`, nullable.
    pub past_projects: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `postalCode`: `Edm.String`, nullable.
    pub postal_code: rt::Field<::std::string::String>,
    /// CSDL: property `preferredDataLocation`: `Edm.String`, nullable.
    pub preferred_data_location: rt::Field<::std::string::String>,
    /// CSDL: property `preferredLanguage`: `Edm.String`, nullable.
    pub preferred_language: rt::Field<::std::string::String>,
    /// CSDL: property `preferredName`: `Edm.String`, nullable.
    pub preferred_name: rt::Field<::std::string::String>,
    /// CSDL: property `print`: `microsoft.graph.userPrint`, nullable.
    pub print: rt::Field<crate::v1::UserPrint>,
    /// CSDL: property `provisionedPlans`: `Collection(microsoft.graph.provisionedPlan)`, not nullable.
    pub provisioned_plans: rt::Field<::std::vec::Vec<crate::v1::ProvisionedPlan>>,
    /// CSDL: property `proxyAddresses`: `Collection(Edm.String)`, not nullable.
    pub proxy_addresses: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `responsibilities`: `Collection(Edm.String)`, nullable.
    pub responsibilities: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `schools`: `Collection(Edm.String)`, nullable.
    pub schools: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `securityIdentifier`: `Edm.String`, nullable.
    pub security_identifier: rt::Field<::std::string::String>,
    /// CSDL: property `serviceProvisioningErrors`: `Collection(microsoft.graph.serviceProvisioningError)`, nullable.
    pub service_provisioning_errors: rt::Field<
        ::std::vec::Vec<crate::v1::AnyServiceProvisioningError>,
    >,
    /// CSDL: property `showInAddressList`: `Edm.Boolean`, nullable.
    pub show_in_address_list: rt::Field<bool>,
    /// CSDL: property `signInActivity`: `microsoft.graph.signInActivity`, nullable.
    pub sign_in_activity: rt::Field<crate::v1::SignInActivity>,
    /// CSDL: property `signInSessionsValidFromDateTime`: `Edm.DateTimeOffset`, nullable.
    pub sign_in_sessions_valid_from_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `skills`: `Collection(Edm.String)`, nullable.
    pub skills: rt::Field<::std::vec::Vec<::std::string::String>>,
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
    /// CSDL: containment navigation property `activities`: `Collection(microsoft.graph.userActivity)`, not nullable.
    pub activities: rt::Field<::std::vec::Vec<crate::v1::UserActivity>>,
    /// CSDL: containment navigation property `adhocCalls`: `Collection(microsoft.graph.adhocCall)`, not nullable.
    pub adhoc_calls: rt::Field<::std::vec::Vec<crate::v1::AdhocCall>>,
    /// CSDL: navigation property `agreementAcceptances`: `Collection(microsoft.graph.agreementAcceptance)`, not nullable.
    ///
    /// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
    #[cfg(
        msgraph_v1_agreement_acceptances_or_agreements_or_identity_governance_or_search
    )]
    pub agreement_acceptances: rt::Field<
        ::std::vec::Vec<crate::v1::AgreementAcceptance>,
    >,
    /// CSDL: containment navigation property `appRoleAssignments`: `Collection(microsoft.graph.appRoleAssignment)`, not nullable.
    pub app_role_assignments: rt::Field<::std::vec::Vec<crate::v1::AppRoleAssignment>>,
    /// CSDL: containment navigation property `authentication`: `microsoft.graph.authentication`, nullable.
    pub authentication: rt::Field<crate::v1::Authentication>,
    /// CSDL: containment navigation property `calendar`: `microsoft.graph.calendar`, nullable.
    pub calendar: rt::Field<crate::v1::Calendar>,
    /// CSDL: containment navigation property `calendarGroups`: `Collection(microsoft.graph.calendarGroup)`, not nullable.
    pub calendar_groups: rt::Field<::std::vec::Vec<crate::v1::CalendarGroup>>,
    /// CSDL: containment navigation property `calendars`: `Collection(microsoft.graph.calendar)`, not nullable.
    pub calendars: rt::Field<::std::vec::Vec<crate::v1::Calendar>>,
    /// CSDL: containment navigation property `calendarView`: `Collection(microsoft.graph.event)`, not nullable.
    pub calendar_view: rt::Field<::std::vec::Vec<crate::v1::Event>>,
    /// CSDL: containment navigation property `chats`: `Collection(microsoft.graph.chat)`, not nullable.
    pub chats: rt::Field<::std::vec::Vec<crate::v1::Chat>>,
    /// CSDL: containment navigation property `cloudClipboard`: `microsoft.graph.cloudClipboardRoot`, nullable.
    pub cloud_clipboard: rt::Field<crate::v1::CloudClipboardRoot>,
    /// CSDL: containment navigation property `cloudPCs`: `Collection(microsoft.graph.cloudPC)`, not nullable.
    pub cloud_p_cs: rt::Field<::std::vec::Vec<crate::v1::CloudPc>>,
    /// CSDL: containment navigation property `contactFolders`: `Collection(microsoft.graph.contactFolder)`, not nullable.
    pub contact_folders: rt::Field<::std::vec::Vec<crate::v1::ContactFolder>>,
    /// CSDL: containment navigation property `contacts`: `Collection(microsoft.graph.contact)`, not nullable.
    pub contacts: rt::Field<::std::vec::Vec<crate::v1::Contact>>,
    /// CSDL: navigation property `createdObjects`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub created_objects: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// CSDL: containment navigation property `dataSecurityAndGovernance`: `microsoft.graph.userDataSecurityAndGovernance`, nullable.
    pub data_security_and_governance: rt::Field<
        crate::v1::UserDataSecurityAndGovernance,
    >,
    /// The list of troubleshooting events for this user.
    ///
    /// CSDL: containment navigation property `deviceManagementTroubleshootingEvents`: `Collection(microsoft.graph.deviceManagementTroubleshootingEvent)`, not nullable.
    pub device_management_troubleshooting_events: rt::Field<
        ::std::vec::Vec<crate::v1::AnyDeviceManagementTroubleshootingEvent>,
    >,
    /// CSDL: navigation property `directReports`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub direct_reports: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// CSDL: navigation property `drive`: `microsoft.graph.drive`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_drives_or_search)]
    pub drive: rt::Field<crate::v1::Drive>,
    /// CSDL: navigation property `drives`: `Collection(microsoft.graph.drive)`, not nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_drives_or_search)]
    pub drives: rt::Field<::std::vec::Vec<crate::v1::Drive>>,
    /// CSDL: containment navigation property `employeeExperience`: `microsoft.graph.employeeExperienceUser`, nullable.
    pub employee_experience: rt::Field<crate::v1::EmployeeExperienceUser>,
    /// CSDL: containment navigation property `events`: `Collection(microsoft.graph.event)`, not nullable.
    pub events: rt::Field<::std::vec::Vec<crate::v1::Event>>,
    /// CSDL: containment navigation property `extensions`: `Collection(microsoft.graph.extension)`, not nullable.
    pub extensions: rt::Field<::std::vec::Vec<crate::v1::AnyExtension>>,
    /// CSDL: navigation property `followedSites`: `Collection(microsoft.graph.site)`, not nullable.
    pub followed_sites: rt::Field<::std::vec::Vec<crate::v1::Site>>,
    /// CSDL: containment navigation property `inferenceClassification`: `microsoft.graph.inferenceClassification`, nullable.
    pub inference_classification: rt::Field<crate::v1::InferenceClassification>,
    /// CSDL: containment navigation property `insights`: `microsoft.graph.itemInsights`, nullable.
    pub insights: rt::Field<crate::v1::ItemInsights>,
    /// CSDL: containment navigation property `joinedTeams`: `Collection(microsoft.graph.team)`, not nullable.
    pub joined_teams: rt::Field<::std::vec::Vec<crate::v1::Team>>,
    /// CSDL: containment navigation property `licenseDetails`: `Collection(microsoft.graph.licenseDetails)`, not nullable.
    pub license_details: rt::Field<::std::vec::Vec<crate::v1::LicenseDetails>>,
    /// CSDL: containment navigation property `mailFolders`: `Collection(microsoft.graph.mailFolder)`, not nullable.
    pub mail_folders: rt::Field<::std::vec::Vec<crate::v1::AnyMailFolder>>,
    /// Zero or more managed app registrations that belong to the user.
    ///
    /// CSDL: navigation property `managedAppRegistrations`: `Collection(microsoft.graph.managedAppRegistration)`, not nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_device_app_management_or_search)]
    pub managed_app_registrations: rt::Field<
        ::std::vec::Vec<crate::v1::AnyManagedAppRegistration>,
    >,
    /// The managed devices associated with the user.
    ///
    /// CSDL: containment navigation property `managedDevices`: `Collection(microsoft.graph.managedDevice)`, not nullable.
    pub managed_devices: rt::Field<::std::vec::Vec<crate::v1::ManagedDevice>>,
    /// CSDL: navigation property `manager`: `microsoft.graph.directoryObject`, nullable.
    pub manager: rt::Field<crate::v1::AnyDirectoryObject>,
    /// CSDL: navigation property `memberOf`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub member_of: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// CSDL: containment navigation property `messages`: `Collection(microsoft.graph.message)`, not nullable.
    pub messages: rt::Field<::std::vec::Vec<crate::v1::AnyMessage>>,
    /// CSDL: navigation property `oauth2PermissionGrants`: `Collection(microsoft.graph.oAuth2PermissionGrant)`, not nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
    pub oauth2_permission_grants: rt::Field<
        ::std::vec::Vec<crate::v1::OAuth2PermissionGrant>,
    >,
    /// CSDL: containment navigation property `onenote`: `microsoft.graph.onenote`, nullable.
    pub onenote: rt::Field<crate::v1::Onenote>,
    /// CSDL: containment navigation property `onlineMeetings`: `Collection(microsoft.graph.onlineMeeting)`, not nullable.
    pub online_meetings: rt::Field<::std::vec::Vec<crate::v1::OnlineMeeting>>,
    /// CSDL: containment navigation property `onPremisesSyncBehavior`: `microsoft.graph.onPremisesSyncBehavior`, nullable.
    pub on_premises_sync_behavior: rt::Field<crate::v1::OnPremisesSyncBehavior>,
    /// CSDL: containment navigation property `outlook`: `microsoft.graph.outlookUser`, nullable.
    pub outlook: rt::Field<crate::v1::OutlookUser>,
    /// CSDL: navigation property `ownedDevices`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub owned_devices: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// CSDL: navigation property `ownedObjects`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub owned_objects: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// CSDL: containment navigation property `people`: `Collection(microsoft.graph.person)`, not nullable.
    pub people: rt::Field<::std::vec::Vec<crate::v1::Person>>,
    /// CSDL: containment navigation property `permissionGrants`: `Collection(microsoft.graph.resourceSpecificPermissionGrant)`, not nullable.
    pub permission_grants: rt::Field<
        ::std::vec::Vec<crate::v1::ResourceSpecificPermissionGrant>,
    >,
    /// CSDL: containment navigation property `photo`: `microsoft.graph.profilePhoto`, nullable.
    pub photo: rt::Field<crate::v1::ProfilePhoto>,
    /// CSDL: containment navigation property `photos`: `Collection(microsoft.graph.profilePhoto)`, not nullable.
    pub photos: rt::Field<::std::vec::Vec<crate::v1::ProfilePhoto>>,
    /// CSDL: containment navigation property `planner`: `microsoft.graph.plannerUser`, nullable.
    pub planner: rt::Field<crate::v1::PlannerUser>,
    /// CSDL: containment navigation property `presence`: `microsoft.graph.presence`, nullable.
    pub presence: rt::Field<crate::v1::Presence>,
    /// CSDL: navigation property `registeredDevices`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub registered_devices: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// CSDL: containment navigation property `scopedRoleMemberOf`: `Collection(microsoft.graph.scopedRoleMembership)`, not nullable.
    pub scoped_role_member_of: rt::Field<
        ::std::vec::Vec<crate::v1::ScopedRoleMembership>,
    >,
    /// CSDL: containment navigation property `settings`: `microsoft.graph.userSettings`, nullable.
    pub settings: rt::Field<crate::v1::UserSettings>,
    /// CSDL: containment navigation property `solutions`: `microsoft.graph.userSolutionRoot`, nullable.
    pub solutions: rt::Field<crate::v1::UserSolutionRoot>,
    /// CSDL: navigation property `sponsorOf`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub sponsor_of: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// CSDL: navigation property `sponsors`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub sponsors: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// CSDL: containment navigation property `teamwork`: `microsoft.graph.userTeamwork`, nullable.
    pub teamwork: rt::Field<crate::v1::UserTeamwork>,
    /// CSDL: containment navigation property `todo`: `microsoft.graph.todo`, nullable.
    pub todo: rt::Field<crate::v1::Todo>,
    /// CSDL: navigation property `transitiveMemberOf`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub transitive_member_of: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for User {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            about_me: rt::Field::Absent,
            account_enabled: rt::Field::Absent,
            age_group: rt::Field::Absent,
            assigned_licenses: rt::Field::Absent,
            assigned_plans: rt::Field::Absent,
            authorization_info: rt::Field::Absent,
            birthday: rt::Field::Absent,
            business_phones: rt::Field::Absent,
            city: rt::Field::Absent,
            company_name: rt::Field::Absent,
            consent_provided_for_minor: rt::Field::Absent,
            country: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            creation_type: rt::Field::Absent,
            custom_security_attributes: rt::Field::Absent,
            department: rt::Field::Absent,
            device_enrollment_limit: rt::Field::Absent,
            display_name: rt::Field::Absent,
            employee_hire_date: rt::Field::Absent,
            employee_id: rt::Field::Absent,
            employee_leave_date_time: rt::Field::Absent,
            employee_org_data: rt::Field::Absent,
            employee_type: rt::Field::Absent,
            external_user_state: rt::Field::Absent,
            external_user_state_change_date_time: rt::Field::Absent,
            fax_number: rt::Field::Absent,
            given_name: rt::Field::Absent,
            hire_date: rt::Field::Absent,
            identities: rt::Field::Absent,
            identity_parent_id: rt::Field::Absent,
            im_addresses: rt::Field::Absent,
            interests: rt::Field::Absent,
            is_management_restricted: rt::Field::Absent,
            is_resource_account: rt::Field::Absent,
            job_title: rt::Field::Absent,
            last_password_change_date_time: rt::Field::Absent,
            legal_age_group_classification: rt::Field::Absent,
            license_assignment_states: rt::Field::Absent,
            mail: rt::Field::Absent,
            mailbox_settings: rt::Field::Absent,
            mail_nickname: rt::Field::Absent,
            mobile_phone: rt::Field::Absent,
            my_site: rt::Field::Absent,
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
            past_projects: rt::Field::Absent,
            postal_code: rt::Field::Absent,
            preferred_data_location: rt::Field::Absent,
            preferred_language: rt::Field::Absent,
            preferred_name: rt::Field::Absent,
            print: rt::Field::Absent,
            provisioned_plans: rt::Field::Absent,
            proxy_addresses: rt::Field::Absent,
            responsibilities: rt::Field::Absent,
            schools: rt::Field::Absent,
            security_identifier: rt::Field::Absent,
            service_provisioning_errors: rt::Field::Absent,
            show_in_address_list: rt::Field::Absent,
            sign_in_activity: rt::Field::Absent,
            sign_in_sessions_valid_from_date_time: rt::Field::Absent,
            skills: rt::Field::Absent,
            state: rt::Field::Absent,
            street_address: rt::Field::Absent,
            surname: rt::Field::Absent,
            usage_location: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            user_type: rt::Field::Absent,
            activities: rt::Field::Absent,
            adhoc_calls: rt::Field::Absent,
            #[cfg(
                msgraph_v1_agreement_acceptances_or_agreements_or_identity_governance_or_search
            )]
            agreement_acceptances: rt::Field::Absent,
            app_role_assignments: rt::Field::Absent,
            authentication: rt::Field::Absent,
            calendar: rt::Field::Absent,
            calendar_groups: rt::Field::Absent,
            calendars: rt::Field::Absent,
            calendar_view: rt::Field::Absent,
            chats: rt::Field::Absent,
            cloud_clipboard: rt::Field::Absent,
            cloud_p_cs: rt::Field::Absent,
            contact_folders: rt::Field::Absent,
            contacts: rt::Field::Absent,
            created_objects: rt::Field::Absent,
            data_security_and_governance: rt::Field::Absent,
            device_management_troubleshooting_events: rt::Field::Absent,
            direct_reports: rt::Field::Absent,
            #[cfg(msgraph_v1_drives_or_search)]
            drive: rt::Field::Absent,
            #[cfg(msgraph_v1_drives_or_search)]
            drives: rt::Field::Absent,
            employee_experience: rt::Field::Absent,
            events: rt::Field::Absent,
            extensions: rt::Field::Absent,
            followed_sites: rt::Field::Absent,
            inference_classification: rt::Field::Absent,
            insights: rt::Field::Absent,
            joined_teams: rt::Field::Absent,
            license_details: rt::Field::Absent,
            mail_folders: rt::Field::Absent,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            managed_app_registrations: rt::Field::Absent,
            managed_devices: rt::Field::Absent,
            manager: rt::Field::Absent,
            member_of: rt::Field::Absent,
            messages: rt::Field::Absent,
            #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
            oauth2_permission_grants: rt::Field::Absent,
            onenote: rt::Field::Absent,
            online_meetings: rt::Field::Absent,
            on_premises_sync_behavior: rt::Field::Absent,
            outlook: rt::Field::Absent,
            owned_devices: rt::Field::Absent,
            owned_objects: rt::Field::Absent,
            people: rt::Field::Absent,
            permission_grants: rt::Field::Absent,
            photo: rt::Field::Absent,
            photos: rt::Field::Absent,
            planner: rt::Field::Absent,
            presence: rt::Field::Absent,
            registered_devices: rt::Field::Absent,
            scoped_role_member_of: rt::Field::Absent,
            settings: rt::Field::Absent,
            solutions: rt::Field::Absent,
            sponsor_of: rt::Field::Absent,
            sponsors: rt::Field::Absent,
            teamwork: rt::Field::Absent,
            todo: rt::Field::Absent,
            transitive_member_of: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for User {
    const TYPE_NAME: &'static str = "microsoft.graph.user";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "aboutMe",
        "accountEnabled",
        "ageGroup",
        "assignedLicenses",
        "assignedPlans",
        "authorizationInfo",
        "birthday",
        "businessPhones",
        "city",
        "companyName",
        "consentProvidedForMinor",
        "country",
        "createdDateTime",
        "creationType",
        "customSecurityAttributes",
        "department",
        "deviceEnrollmentLimit",
        "displayName",
        "employeeHireDate",
        "employeeId",
        "employeeLeaveDateTime",
        "employeeOrgData",
        "employeeType",
        "externalUserState",
        "externalUserStateChangeDateTime",
        "faxNumber",
        "givenName",
        "hireDate",
        "identities",
        "identityParentId",
        "imAddresses",
        "interests",
        "isManagementRestricted",
        "isResourceAccount",
        "jobTitle",
        "lastPasswordChangeDateTime",
        "legalAgeGroupClassification",
        "licenseAssignmentStates",
        "mail",
        "mailboxSettings",
        "mailNickname",
        "mobilePhone",
        "mySite",
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
        "pastProjects",
        "postalCode",
        "preferredDataLocation",
        "preferredLanguage",
        "preferredName",
        "print",
        "provisionedPlans",
        "proxyAddresses",
        "responsibilities",
        "schools",
        "securityIdentifier",
        "serviceProvisioningErrors",
        "showInAddressList",
        "signInActivity",
        "signInSessionsValidFromDateTime",
        "skills",
        "state",
        "streetAddress",
        "surname",
        "usageLocation",
        "userPrincipalName",
        "userType",
        "activities",
        "adhocCalls",
        "agreementAcceptances",
        "appRoleAssignments",
        "authentication",
        "calendar",
        "calendarGroups",
        "calendars",
        "calendarView",
        "chats",
        "cloudClipboard",
        "cloudPCs",
        "contactFolders",
        "contacts",
        "createdObjects",
        "dataSecurityAndGovernance",
        "deviceManagementTroubleshootingEvents",
        "directReports",
        "drive",
        "drives",
        "employeeExperience",
        "events",
        "extensions",
        "followedSites",
        "inferenceClassification",
        "insights",
        "joinedTeams",
        "licenseDetails",
        "mailFolders",
        "managedAppRegistrations",
        "managedDevices",
        "manager",
        "memberOf",
        "messages",
        "oauth2PermissionGrants",
        "onenote",
        "onlineMeetings",
        "onPremisesSyncBehavior",
        "outlook",
        "ownedDevices",
        "ownedObjects",
        "people",
        "permissionGrants",
        "photo",
        "photos",
        "planner",
        "presence",
        "registeredDevices",
        "scopedRoleMemberOf",
        "settings",
        "solutions",
        "sponsorOf",
        "sponsors",
        "teamwork",
        "todo",
        "transitiveMemberOf",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"aboutMe\":                      ",
        ",\"accountEnabled\":               ",
        ",\"ageGroup\":                     ",
        ",\"assignedLicenses\":             ",
        ",\"assignedPlans\":                ",
        ",\"authorizationInfo\":            ",
        ",\"birthday\":                     ",
        ",\"businessPhones\":               ",
        ",\"city\":                         ",
        ",\"companyName\":                  ",
        ",\"consentProvidedForMinor\":      ",
        ",\"country\":                      ",
        ",\"createdDateTime\":              ",
        ",\"creationType\":                 ",
        ",\"customSecurityAttributes\":     ",
        ",\"department\":                   ",
        ",\"deviceEnrollmentLimit\":        ",
        ",\"displayName\":                  ",
        ",\"employeeHireDate\":             ",
        ",\"employeeId\":                   ",
        ",\"employeeLeaveDateTime\":        ",
        ",\"employeeOrgData\":              ",
        ",\"employeeType\":                 ",
        ",\"externalUserState\":            ",
        ",\"externalUserStateChangeDateTime\":",
        ",\"faxNumber\":                    ",
        ",\"givenName\":                    ",
        ",\"hireDate\":                     ",
        ",\"identities\":                   ",
        ",\"identityParentId\":             ",
        ",\"imAddresses\":                  ",
        ",\"interests\":                    ",
        ",\"isManagementRestricted\":       ",
        ",\"isResourceAccount\":            ",
        ",\"jobTitle\":                     ",
        ",\"lastPasswordChangeDateTime\":   ",
        ",\"legalAgeGroupClassification\":  ",
        ",\"licenseAssignmentStates\":      ",
        ",\"mail\":                         ",
        ",\"mailboxSettings\":              ",
        ",\"mailNickname\":                 ",
        ",\"mobilePhone\":                  ",
        ",\"mySite\":                       ",
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
        ",\"pastProjects\":                 ",
        ",\"postalCode\":                   ",
        ",\"preferredDataLocation\":        ",
        ",\"preferredLanguage\":            ",
        ",\"preferredName\":                ",
        ",\"print\":                        ",
        ",\"provisionedPlans\":             ",
        ",\"proxyAddresses\":               ",
        ",\"responsibilities\":             ",
        ",\"schools\":                      ",
        ",\"securityIdentifier\":           ",
        ",\"serviceProvisioningErrors\":    ",
        ",\"showInAddressList\":            ",
        ",\"signInActivity\":               ",
        ",\"signInSessionsValidFromDateTime\":",
        ",\"skills\":                       ",
        ",\"state\":                        ",
        ",\"streetAddress\":                ",
        ",\"surname\":                      ",
        ",\"usageLocation\":                ",
        ",\"userPrincipalName\":            ",
        ",\"userType\":                     ",
        ",\"activities\":                   ",
        ",\"adhocCalls\":                   ",
        ",\"agreementAcceptances\":         ",
        ",\"appRoleAssignments\":           ",
        ",\"authentication\":               ",
        ",\"calendar\":                     ",
        ",\"calendarGroups\":               ",
        ",\"calendars\":                    ",
        ",\"calendarView\":                 ",
        ",\"chats\":                        ",
        ",\"cloudClipboard\":               ",
        ",\"cloudPCs\":                     ",
        ",\"contactFolders\":               ",
        ",\"contacts\":                     ",
        ",\"createdObjects\":               ",
        ",\"dataSecurityAndGovernance\":    ",
        ",\"deviceManagementTroubleshootingEvents\":",
        ",\"directReports\":                ",
        ",\"drive\":                        ",
        ",\"drives\":                       ",
        ",\"employeeExperience\":           ",
        ",\"events\":                       ",
        ",\"extensions\":                   ",
        ",\"followedSites\":                ",
        ",\"inferenceClassification\":      ",
        ",\"insights\":                     ",
        ",\"joinedTeams\":                  ",
        ",\"licenseDetails\":               ",
        ",\"mailFolders\":                  ",
        ",\"managedAppRegistrations\":      ",
        ",\"managedDevices\":               ",
        ",\"manager\":                      ",
        ",\"memberOf\":                     ",
        ",\"messages\":                     ",
        ",\"oauth2PermissionGrants\":       ",
        ",\"onenote\":                      ",
        ",\"onlineMeetings\":               ",
        ",\"onPremisesSyncBehavior\":       ",
        ",\"outlook\":                      ",
        ",\"ownedDevices\":                 ",
        ",\"ownedObjects\":                 ",
        ",\"people\":                       ",
        ",\"permissionGrants\":             ",
        ",\"photo\":                        ",
        ",\"photos\":                       ",
        ",\"planner\":                      ",
        ",\"presence\":                     ",
        ",\"registeredDevices\":            ",
        ",\"scopedRoleMemberOf\":           ",
        ",\"settings\":                     ",
        ",\"solutions\":                    ",
        ",\"sponsorOf\":                    ",
        ",\"sponsors\":                     ",
        ",\"teamwork\":                     ",
        ",\"todo\":                         ",
        ",\"transitiveMemberOf\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.user\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "about_me", &self.about_me);
        v.field(3usize, "account_enabled", &self.account_enabled);
        v.field(4usize, "age_group", &self.age_group);
        v.field(5usize, "assigned_licenses", &self.assigned_licenses);
        v.field(6usize, "assigned_plans", &self.assigned_plans);
        v.field(7usize, "authorization_info", &self.authorization_info);
        v.field(8usize, "birthday", &self.birthday);
        v.field(9usize, "business_phones", &self.business_phones);
        v.field(10usize, "city", &self.city);
        v.field(11usize, "company_name", &self.company_name);
        v.field(12usize, "consent_provided_for_minor", &self.consent_provided_for_minor);
        v.field(13usize, "country", &self.country);
        v.field(14usize, "created_date_time", &self.created_date_time);
        v.field(15usize, "creation_type", &self.creation_type);
        v.field(16usize, "custom_security_attributes", &self.custom_security_attributes);
        v.field(17usize, "department", &self.department);
        v.field(18usize, "device_enrollment_limit", &self.device_enrollment_limit);
        v.field(19usize, "display_name", &self.display_name);
        v.field(20usize, "employee_hire_date", &self.employee_hire_date);
        v.field(21usize, "employee_id", &self.employee_id);
        v.field(22usize, "employee_leave_date_time", &self.employee_leave_date_time);
        v.field(23usize, "employee_org_data", &self.employee_org_data);
        v.field(24usize, "employee_type", &self.employee_type);
        v.field(25usize, "external_user_state", &self.external_user_state);
        v.field(
            26usize,
            "external_user_state_change_date_time",
            &self.external_user_state_change_date_time,
        );
        v.field(27usize, "fax_number", &self.fax_number);
        v.field(28usize, "given_name", &self.given_name);
        v.field(29usize, "hire_date", &self.hire_date);
        v.field(30usize, "identities", &self.identities);
        v.field(31usize, "identity_parent_id", &self.identity_parent_id);
        v.field(32usize, "im_addresses", &self.im_addresses);
        v.field(33usize, "interests", &self.interests);
        v.field(34usize, "is_management_restricted", &self.is_management_restricted);
        v.field(35usize, "is_resource_account", &self.is_resource_account);
        v.field(36usize, "job_title", &self.job_title);
        v.field(
            37usize,
            "last_password_change_date_time",
            &self.last_password_change_date_time,
        );
        v.field(
            38usize,
            "legal_age_group_classification",
            &self.legal_age_group_classification,
        );
        v.field(39usize, "license_assignment_states", &self.license_assignment_states);
        v.field(40usize, "mail", &self.mail);
        v.field(41usize, "mailbox_settings", &self.mailbox_settings);
        v.field(42usize, "mail_nickname", &self.mail_nickname);
        v.field(43usize, "mobile_phone", &self.mobile_phone);
        v.field(44usize, "my_site", &self.my_site);
        v.field(45usize, "office_location", &self.office_location);
        v.field(
            46usize,
            "on_premises_distinguished_name",
            &self.on_premises_distinguished_name,
        );
        v.field(47usize, "on_premises_domain_name", &self.on_premises_domain_name);
        v.field(
            48usize,
            "on_premises_extension_attributes",
            &self.on_premises_extension_attributes,
        );
        v.field(49usize, "on_premises_immutable_id", &self.on_premises_immutable_id);
        v.field(
            50usize,
            "on_premises_last_sync_date_time",
            &self.on_premises_last_sync_date_time,
        );
        v.field(
            51usize,
            "on_premises_provisioning_errors",
            &self.on_premises_provisioning_errors,
        );
        v.field(
            52usize,
            "on_premises_sam_account_name",
            &self.on_premises_sam_account_name,
        );
        v.field(
            53usize,
            "on_premises_security_identifier",
            &self.on_premises_security_identifier,
        );
        v.field(54usize, "on_premises_sync_enabled", &self.on_premises_sync_enabled);
        v.field(
            55usize,
            "on_premises_user_principal_name",
            &self.on_premises_user_principal_name,
        );
        v.field(56usize, "other_mails", &self.other_mails);
        v.field(57usize, "password_policies", &self.password_policies);
        v.field(58usize, "password_profile", &self.password_profile);
        v.field(59usize, "past_projects", &self.past_projects);
        v.field(60usize, "postal_code", &self.postal_code);
        v.field(61usize, "preferred_data_location", &self.preferred_data_location);
        v.field(62usize, "preferred_language", &self.preferred_language);
        v.field(63usize, "preferred_name", &self.preferred_name);
        v.field(64usize, "print", &self.print);
        v.field(65usize, "provisioned_plans", &self.provisioned_plans);
        v.field(66usize, "proxy_addresses", &self.proxy_addresses);
        v.field(67usize, "responsibilities", &self.responsibilities);
        v.field(68usize, "schools", &self.schools);
        v.field(69usize, "security_identifier", &self.security_identifier);
        v.field(
            70usize,
            "service_provisioning_errors",
            &self.service_provisioning_errors,
        );
        v.field(71usize, "show_in_address_list", &self.show_in_address_list);
        v.field(72usize, "sign_in_activity", &self.sign_in_activity);
        v.field(
            73usize,
            "sign_in_sessions_valid_from_date_time",
            &self.sign_in_sessions_valid_from_date_time,
        );
        v.field(74usize, "skills", &self.skills);
        v.field(75usize, "state", &self.state);
        v.field(76usize, "street_address", &self.street_address);
        v.field(77usize, "surname", &self.surname);
        v.field(78usize, "usage_location", &self.usage_location);
        v.field(79usize, "user_principal_name", &self.user_principal_name);
        v.field(80usize, "user_type", &self.user_type);
        v.field(81usize, "activities", &self.activities);
        v.field(82usize, "adhoc_calls", &self.adhoc_calls);
        #[cfg(
            msgraph_v1_agreement_acceptances_or_agreements_or_identity_governance_or_search
        )] v.field(83usize, "agreement_acceptances", &self.agreement_acceptances);
        v.field(84usize, "app_role_assignments", &self.app_role_assignments);
        v.field(85usize, "authentication", &self.authentication);
        v.field(86usize, "calendar", &self.calendar);
        v.field(87usize, "calendar_groups", &self.calendar_groups);
        v.field(88usize, "calendars", &self.calendars);
        v.field(89usize, "calendar_view", &self.calendar_view);
        v.field(90usize, "chats", &self.chats);
        v.field(91usize, "cloud_clipboard", &self.cloud_clipboard);
        v.field(92usize, "cloud_p_cs", &self.cloud_p_cs);
        v.field(93usize, "contact_folders", &self.contact_folders);
        v.field(94usize, "contacts", &self.contacts);
        v.field(95usize, "created_objects", &self.created_objects);
        v.field(
            96usize,
            "data_security_and_governance",
            &self.data_security_and_governance,
        );
        v.field(
            97usize,
            "device_management_troubleshooting_events",
            &self.device_management_troubleshooting_events,
        );
        v.field(98usize, "direct_reports", &self.direct_reports);
        #[cfg(msgraph_v1_drives_or_search)] v.field(99usize, "drive", &self.drive);
        #[cfg(msgraph_v1_drives_or_search)] v.field(100usize, "drives", &self.drives);
        v.field(101usize, "employee_experience", &self.employee_experience);
        v.field(102usize, "events", &self.events);
        v.field(103usize, "extensions", &self.extensions);
        v.field(104usize, "followed_sites", &self.followed_sites);
        v.field(105usize, "inference_classification", &self.inference_classification);
        v.field(106usize, "insights", &self.insights);
        v.field(107usize, "joined_teams", &self.joined_teams);
        v.field(108usize, "license_details", &self.license_details);
        v.field(109usize, "mail_folders", &self.mail_folders);
        #[cfg(msgraph_v1_device_app_management_or_search)]
        v.field(110usize, "managed_app_registrations", &self.managed_app_registrations);
        v.field(111usize, "managed_devices", &self.managed_devices);
        v.field(112usize, "manager", &self.manager);
        v.field(113usize, "member_of", &self.member_of);
        v.field(114usize, "messages", &self.messages);
        #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
        v.field(115usize, "oauth2_permission_grants", &self.oauth2_permission_grants);
        v.field(116usize, "onenote", &self.onenote);
        v.field(117usize, "online_meetings", &self.online_meetings);
        v.field(118usize, "on_premises_sync_behavior", &self.on_premises_sync_behavior);
        v.field(119usize, "outlook", &self.outlook);
        v.field(120usize, "owned_devices", &self.owned_devices);
        v.field(121usize, "owned_objects", &self.owned_objects);
        v.field(122usize, "people", &self.people);
        v.field(123usize, "permission_grants", &self.permission_grants);
        v.field(124usize, "photo", &self.photo);
        v.field(125usize, "photos", &self.photos);
        v.field(126usize, "planner", &self.planner);
        v.field(127usize, "presence", &self.presence);
        v.field(128usize, "registered_devices", &self.registered_devices);
        v.field(129usize, "scoped_role_member_of", &self.scoped_role_member_of);
        v.field(130usize, "settings", &self.settings);
        v.field(131usize, "solutions", &self.solutions);
        v.field(132usize, "sponsor_of", &self.sponsor_of);
        v.field(133usize, "sponsors", &self.sponsors);
        v.field(134usize, "teamwork", &self.teamwork);
        v.field(135usize, "todo", &self.todo);
        v.field(136usize, "transitive_member_of", &self.transitive_member_of);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for User {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.about_me.read_from(r),
            3usize => self.account_enabled.read_from(r),
            4usize => self.age_group.read_from(r),
            5usize => self.assigned_licenses.read_from(r),
            6usize => self.assigned_plans.read_from(r),
            7usize => self.authorization_info.read_from(r),
            8usize => self.birthday.read_from(r),
            9usize => self.business_phones.read_from(r),
            10usize => self.city.read_from(r),
            11usize => self.company_name.read_from(r),
            12usize => self.consent_provided_for_minor.read_from(r),
            13usize => self.country.read_from(r),
            14usize => self.created_date_time.read_from(r),
            15usize => self.creation_type.read_from(r),
            16usize => self.custom_security_attributes.read_from(r),
            17usize => self.department.read_from(r),
            18usize => self.device_enrollment_limit.read_from(r),
            19usize => self.display_name.read_from(r),
            20usize => self.employee_hire_date.read_from(r),
            21usize => self.employee_id.read_from(r),
            22usize => self.employee_leave_date_time.read_from(r),
            23usize => self.employee_org_data.read_from(r),
            24usize => self.employee_type.read_from(r),
            25usize => self.external_user_state.read_from(r),
            26usize => self.external_user_state_change_date_time.read_from(r),
            27usize => self.fax_number.read_from(r),
            28usize => self.given_name.read_from(r),
            29usize => self.hire_date.read_from(r),
            30usize => self.identities.read_from(r),
            31usize => self.identity_parent_id.read_from(r),
            32usize => self.im_addresses.read_from(r),
            33usize => self.interests.read_from(r),
            34usize => self.is_management_restricted.read_from(r),
            35usize => self.is_resource_account.read_from(r),
            36usize => self.job_title.read_from(r),
            37usize => self.last_password_change_date_time.read_from(r),
            38usize => self.legal_age_group_classification.read_from(r),
            39usize => self.license_assignment_states.read_from(r),
            40usize => self.mail.read_from(r),
            41usize => self.mailbox_settings.read_from(r),
            42usize => self.mail_nickname.read_from(r),
            43usize => self.mobile_phone.read_from(r),
            44usize => self.my_site.read_from(r),
            45usize => self.office_location.read_from(r),
            46usize => self.on_premises_distinguished_name.read_from(r),
            47usize => self.on_premises_domain_name.read_from(r),
            48usize => self.on_premises_extension_attributes.read_from(r),
            49usize => self.on_premises_immutable_id.read_from(r),
            50usize => self.on_premises_last_sync_date_time.read_from(r),
            51usize => self.on_premises_provisioning_errors.read_from(r),
            52usize => self.on_premises_sam_account_name.read_from(r),
            53usize => self.on_premises_security_identifier.read_from(r),
            54usize => self.on_premises_sync_enabled.read_from(r),
            55usize => self.on_premises_user_principal_name.read_from(r),
            56usize => self.other_mails.read_from(r),
            57usize => self.password_policies.read_from(r),
            58usize => self.password_profile.read_from(r),
            59usize => self.past_projects.read_from(r),
            60usize => self.postal_code.read_from(r),
            61usize => self.preferred_data_location.read_from(r),
            62usize => self.preferred_language.read_from(r),
            63usize => self.preferred_name.read_from(r),
            64usize => self.print.read_from(r),
            65usize => self.provisioned_plans.read_from(r),
            66usize => self.proxy_addresses.read_from(r),
            67usize => self.responsibilities.read_from(r),
            68usize => self.schools.read_from(r),
            69usize => self.security_identifier.read_from(r),
            70usize => self.service_provisioning_errors.read_from(r),
            71usize => self.show_in_address_list.read_from(r),
            72usize => self.sign_in_activity.read_from(r),
            73usize => self.sign_in_sessions_valid_from_date_time.read_from(r),
            74usize => self.skills.read_from(r),
            75usize => self.state.read_from(r),
            76usize => self.street_address.read_from(r),
            77usize => self.surname.read_from(r),
            78usize => self.usage_location.read_from(r),
            79usize => self.user_principal_name.read_from(r),
            80usize => self.user_type.read_from(r),
            81usize => self.activities.read_from(r),
            82usize => self.adhoc_calls.read_from(r),
            #[cfg(
                msgraph_v1_agreement_acceptances_or_agreements_or_identity_governance_or_search
            )]
            83usize => self.agreement_acceptances.read_from(r),
            84usize => self.app_role_assignments.read_from(r),
            85usize => self.authentication.read_from(r),
            86usize => self.calendar.read_from(r),
            87usize => self.calendar_groups.read_from(r),
            88usize => self.calendars.read_from(r),
            89usize => self.calendar_view.read_from(r),
            90usize => self.chats.read_from(r),
            91usize => self.cloud_clipboard.read_from(r),
            92usize => self.cloud_p_cs.read_from(r),
            93usize => self.contact_folders.read_from(r),
            94usize => self.contacts.read_from(r),
            95usize => self.created_objects.read_from(r),
            96usize => self.data_security_and_governance.read_from(r),
            97usize => self.device_management_troubleshooting_events.read_from(r),
            98usize => self.direct_reports.read_from(r),
            #[cfg(msgraph_v1_drives_or_search)]
            99usize => self.drive.read_from(r),
            #[cfg(msgraph_v1_drives_or_search)]
            100usize => self.drives.read_from(r),
            101usize => self.employee_experience.read_from(r),
            102usize => self.events.read_from(r),
            103usize => self.extensions.read_from(r),
            104usize => self.followed_sites.read_from(r),
            105usize => self.inference_classification.read_from(r),
            106usize => self.insights.read_from(r),
            107usize => self.joined_teams.read_from(r),
            108usize => self.license_details.read_from(r),
            109usize => self.mail_folders.read_from(r),
            #[cfg(msgraph_v1_device_app_management_or_search)]
            110usize => self.managed_app_registrations.read_from(r),
            111usize => self.managed_devices.read_from(r),
            112usize => self.manager.read_from(r),
            113usize => self.member_of.read_from(r),
            114usize => self.messages.read_from(r),
            #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
            115usize => self.oauth2_permission_grants.read_from(r),
            116usize => self.onenote.read_from(r),
            117usize => self.online_meetings.read_from(r),
            118usize => self.on_premises_sync_behavior.read_from(r),
            119usize => self.outlook.read_from(r),
            120usize => self.owned_devices.read_from(r),
            121usize => self.owned_objects.read_from(r),
            122usize => self.people.read_from(r),
            123usize => self.permission_grants.read_from(r),
            124usize => self.photo.read_from(r),
            125usize => self.photos.read_from(r),
            126usize => self.planner.read_from(r),
            127usize => self.presence.read_from(r),
            128usize => self.registered_devices.read_from(r),
            129usize => self.scoped_role_member_of.read_from(r),
            130usize => self.settings.read_from(r),
            131usize => self.solutions.read_from(r),
            132usize => self.sponsor_of.read_from(r),
            133usize => self.sponsors.read_from(r),
            134usize => self.teamwork.read_from(r),
            135usize => self.todo.read_from(r),
            136usize => self.transitive_member_of.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.about_me);
        w.field(3usize, &self.account_enabled);
        w.field(4usize, &self.age_group);
        w.field(5usize, &self.assigned_licenses);
        w.field(6usize, &self.assigned_plans);
        w.field(7usize, &self.authorization_info);
        w.field(8usize, &self.birthday);
        w.field(9usize, &self.business_phones);
        w.field(10usize, &self.city);
        w.field(11usize, &self.company_name);
        w.field(12usize, &self.consent_provided_for_minor);
        w.field(13usize, &self.country);
        w.field(14usize, &self.created_date_time);
        w.field(15usize, &self.creation_type);
        w.field(16usize, &self.custom_security_attributes);
        w.field(17usize, &self.department);
        w.field(18usize, &self.device_enrollment_limit);
        w.field(19usize, &self.display_name);
        w.field(20usize, &self.employee_hire_date);
        w.field(21usize, &self.employee_id);
        w.field(22usize, &self.employee_leave_date_time);
        w.field(23usize, &self.employee_org_data);
        w.field(24usize, &self.employee_type);
        w.field(25usize, &self.external_user_state);
        w.field(26usize, &self.external_user_state_change_date_time);
        w.field(27usize, &self.fax_number);
        w.field(28usize, &self.given_name);
        w.field(29usize, &self.hire_date);
        w.field(30usize, &self.identities);
        w.field(31usize, &self.identity_parent_id);
        w.field(32usize, &self.im_addresses);
        w.field(33usize, &self.interests);
        w.field(34usize, &self.is_management_restricted);
        w.field(35usize, &self.is_resource_account);
        w.field(36usize, &self.job_title);
        w.field(37usize, &self.last_password_change_date_time);
        w.field(38usize, &self.legal_age_group_classification);
        w.field(39usize, &self.license_assignment_states);
        w.field(40usize, &self.mail);
        w.field(41usize, &self.mailbox_settings);
        w.field(42usize, &self.mail_nickname);
        w.field(43usize, &self.mobile_phone);
        w.field(44usize, &self.my_site);
        w.field(45usize, &self.office_location);
        w.field(46usize, &self.on_premises_distinguished_name);
        w.field(47usize, &self.on_premises_domain_name);
        w.field(48usize, &self.on_premises_extension_attributes);
        w.field(49usize, &self.on_premises_immutable_id);
        w.field(50usize, &self.on_premises_last_sync_date_time);
        w.field(51usize, &self.on_premises_provisioning_errors);
        w.field(52usize, &self.on_premises_sam_account_name);
        w.field(53usize, &self.on_premises_security_identifier);
        w.field(54usize, &self.on_premises_sync_enabled);
        w.field(55usize, &self.on_premises_user_principal_name);
        w.field(56usize, &self.other_mails);
        w.field(57usize, &self.password_policies);
        w.field(58usize, &self.password_profile);
        w.field(59usize, &self.past_projects);
        w.field(60usize, &self.postal_code);
        w.field(61usize, &self.preferred_data_location);
        w.field(62usize, &self.preferred_language);
        w.field(63usize, &self.preferred_name);
        w.field(64usize, &self.print);
        w.field(65usize, &self.provisioned_plans);
        w.field(66usize, &self.proxy_addresses);
        w.field(67usize, &self.responsibilities);
        w.field(68usize, &self.schools);
        w.field(69usize, &self.security_identifier);
        w.field(70usize, &self.service_provisioning_errors);
        w.field(71usize, &self.show_in_address_list);
        w.field(72usize, &self.sign_in_activity);
        w.field(73usize, &self.sign_in_sessions_valid_from_date_time);
        w.field(74usize, &self.skills);
        w.field(75usize, &self.state);
        w.field(76usize, &self.street_address);
        w.field(77usize, &self.surname);
        w.field(78usize, &self.usage_location);
        w.field(79usize, &self.user_principal_name);
        w.field(80usize, &self.user_type);
        w.field(81usize, &self.activities);
        w.field(82usize, &self.adhoc_calls);
        #[cfg(
            msgraph_v1_agreement_acceptances_or_agreements_or_identity_governance_or_search
        )] w.field(83usize, &self.agreement_acceptances);
        w.field(84usize, &self.app_role_assignments);
        w.field(85usize, &self.authentication);
        w.field(86usize, &self.calendar);
        w.field(87usize, &self.calendar_groups);
        w.field(88usize, &self.calendars);
        w.field(89usize, &self.calendar_view);
        w.field(90usize, &self.chats);
        w.field(91usize, &self.cloud_clipboard);
        w.field(92usize, &self.cloud_p_cs);
        w.field(93usize, &self.contact_folders);
        w.field(94usize, &self.contacts);
        w.field(95usize, &self.created_objects);
        w.field(96usize, &self.data_security_and_governance);
        w.field(97usize, &self.device_management_troubleshooting_events);
        w.field(98usize, &self.direct_reports);
        #[cfg(msgraph_v1_drives_or_search)] w.field(99usize, &self.drive);
        #[cfg(msgraph_v1_drives_or_search)] w.field(100usize, &self.drives);
        w.field(101usize, &self.employee_experience);
        w.field(102usize, &self.events);
        w.field(103usize, &self.extensions);
        w.field(104usize, &self.followed_sites);
        w.field(105usize, &self.inference_classification);
        w.field(106usize, &self.insights);
        w.field(107usize, &self.joined_teams);
        w.field(108usize, &self.license_details);
        w.field(109usize, &self.mail_folders);
        #[cfg(msgraph_v1_device_app_management_or_search)]
        w.field(110usize, &self.managed_app_registrations);
        w.field(111usize, &self.managed_devices);
        w.field(112usize, &self.manager);
        w.field(113usize, &self.member_of);
        w.field(114usize, &self.messages);
        #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
        w.field(115usize, &self.oauth2_permission_grants);
        w.field(116usize, &self.onenote);
        w.field(117usize, &self.online_meetings);
        w.field(118usize, &self.on_premises_sync_behavior);
        w.field(119usize, &self.outlook);
        w.field(120usize, &self.owned_devices);
        w.field(121usize, &self.owned_objects);
        w.field(122usize, &self.people);
        w.field(123usize, &self.permission_grants);
        w.field(124usize, &self.photo);
        w.field(125usize, &self.photos);
        w.field(126usize, &self.planner);
        w.field(127usize, &self.presence);
        w.field(128usize, &self.registered_devices);
        w.field(129usize, &self.scoped_role_member_of);
        w.field(130usize, &self.settings);
        w.field(131usize, &self.solutions);
        w.field(132usize, &self.sponsor_of);
        w.field(133usize, &self.sponsors);
        w.field(134usize, &self.teamwork);
        w.field(135usize, &self.todo);
        w.field(136usize, &self.transitive_member_of);
    }
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
rt::impl_object!(User);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    User { with_id id : ::std::string::String; with_deleted_date_time deleted_date_time :
    rt::edm::DateTimeOffset; with_about_me about_me : ::std::string::String;
    with_account_enabled account_enabled : bool; with_age_group age_group :
    ::std::string::String; with_assigned_licenses assigned_licenses : ::std::vec::Vec <
    crate ::v1::AssignedLicense >; with_assigned_plans assigned_plans : ::std::vec::Vec <
    crate ::v1::AssignedPlan >; with_authorization_info authorization_info : crate
    ::v1::AuthorizationInfo; with_birthday birthday : rt::edm::DateTimeOffset;
    with_business_phones business_phones : ::std::vec::Vec < ::std::string::String >;
    with_city city : ::std::string::String; with_company_name company_name :
    ::std::string::String; with_consent_provided_for_minor consent_provided_for_minor :
    ::std::string::String; with_country country : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_creation_type creation_type : ::std::string::String;
    with_custom_security_attributes custom_security_attributes : crate
    ::v1::CustomSecurityAttributeValue; with_department department :
    ::std::string::String; with_device_enrollment_limit device_enrollment_limit : i32;
    with_display_name display_name : ::std::string::String; with_employee_hire_date
    employee_hire_date : rt::edm::DateTimeOffset; with_employee_id employee_id :
    ::std::string::String; with_employee_leave_date_time employee_leave_date_time :
    rt::edm::DateTimeOffset; with_employee_org_data employee_org_data : crate
    ::v1::EmployeeOrgData; with_employee_type employee_type : ::std::string::String;
    with_external_user_state external_user_state : ::std::string::String;
    with_external_user_state_change_date_time external_user_state_change_date_time :
    rt::edm::DateTimeOffset; with_fax_number fax_number : ::std::string::String;
    with_given_name given_name : ::std::string::String; with_hire_date hire_date :
    rt::edm::DateTimeOffset; with_identities identities : ::std::vec::Vec < crate
    ::v1::ObjectIdentity >; with_identity_parent_id identity_parent_id :
    ::std::string::String; with_im_addresses im_addresses : ::std::vec::Vec <
    ::std::string::String >; with_interests interests : ::std::vec::Vec <
    ::std::string::String >; with_is_management_restricted is_management_restricted :
    bool; with_is_resource_account is_resource_account : bool; with_job_title job_title :
    ::std::string::String; with_last_password_change_date_time
    last_password_change_date_time : rt::edm::DateTimeOffset;
    with_legal_age_group_classification legal_age_group_classification :
    ::std::string::String; with_license_assignment_states license_assignment_states :
    ::std::vec::Vec < crate ::v1::LicenseAssignmentState >; with_mail mail :
    ::std::string::String; with_mailbox_settings mailbox_settings : crate
    ::v1::MailboxSettings; with_mail_nickname mail_nickname : ::std::string::String;
    with_mobile_phone mobile_phone : ::std::string::String; with_my_site my_site :
    ::std::string::String; with_office_location office_location : ::std::string::String;
    with_on_premises_distinguished_name on_premises_distinguished_name :
    ::std::string::String; with_on_premises_domain_name on_premises_domain_name :
    ::std::string::String; with_on_premises_extension_attributes
    on_premises_extension_attributes : crate ::v1::OnPremisesExtensionAttributes;
    with_on_premises_immutable_id on_premises_immutable_id : ::std::string::String;
    with_on_premises_last_sync_date_time on_premises_last_sync_date_time :
    rt::edm::DateTimeOffset; with_on_premises_provisioning_errors
    on_premises_provisioning_errors : ::std::vec::Vec < crate
    ::v1::OnPremisesProvisioningError >; with_on_premises_sam_account_name
    on_premises_sam_account_name : ::std::string::String;
    with_on_premises_security_identifier on_premises_security_identifier :
    ::std::string::String; with_on_premises_sync_enabled on_premises_sync_enabled : bool;
    with_on_premises_user_principal_name on_premises_user_principal_name :
    ::std::string::String; with_other_mails other_mails : ::std::vec::Vec <
    ::std::string::String >; with_password_policies password_policies :
    ::std::string::String; with_password_profile password_profile : crate
    ::v1::PasswordProfile; with_past_projects past_projects : ::std::vec::Vec <
    ::std::string::String >; with_postal_code postal_code : ::std::string::String;
    with_preferred_data_location preferred_data_location : ::std::string::String;
    with_preferred_language preferred_language : ::std::string::String;
    with_preferred_name preferred_name : ::std::string::String; with_print print : crate
    ::v1::UserPrint; with_provisioned_plans provisioned_plans : ::std::vec::Vec < crate
    ::v1::ProvisionedPlan >; with_proxy_addresses proxy_addresses : ::std::vec::Vec <
    ::std::string::String >; with_responsibilities responsibilities : ::std::vec::Vec <
    ::std::string::String >; with_schools schools : ::std::vec::Vec <
    ::std::string::String >; with_security_identifier security_identifier :
    ::std::string::String; with_service_provisioning_errors service_provisioning_errors :
    ::std::vec::Vec < crate ::v1::AnyServiceProvisioningError >;
    with_show_in_address_list show_in_address_list : bool; with_sign_in_activity
    sign_in_activity : crate ::v1::SignInActivity;
    with_sign_in_sessions_valid_from_date_time sign_in_sessions_valid_from_date_time :
    rt::edm::DateTimeOffset; with_skills skills : ::std::vec::Vec < ::std::string::String
    >; with_state state : ::std::string::String; with_street_address street_address :
    ::std::string::String; with_surname surname : ::std::string::String;
    with_usage_location usage_location : ::std::string::String; with_user_principal_name
    user_principal_name : ::std::string::String; with_user_type user_type :
    ::std::string::String; with_activities activities : ::std::vec::Vec < crate
    ::v1::UserActivity >; with_adhoc_calls adhoc_calls : ::std::vec::Vec < crate
    ::v1::AdhocCall >;
    #[cfg(msgraph_v1_agreement_acceptances_or_agreements_or_identity_governance_or_search)]
    with_agreement_acceptances agreement_acceptances : ::std::vec::Vec < crate
    ::v1::AgreementAcceptance >; with_app_role_assignments app_role_assignments :
    ::std::vec::Vec < crate ::v1::AppRoleAssignment >; with_authentication authentication
    : crate ::v1::Authentication; with_calendar calendar : crate ::v1::Calendar;
    with_calendar_groups calendar_groups : ::std::vec::Vec < crate ::v1::CalendarGroup >;
    with_calendars calendars : ::std::vec::Vec < crate ::v1::Calendar >;
    with_calendar_view calendar_view : ::std::vec::Vec < crate ::v1::Event >; with_chats
    chats : ::std::vec::Vec < crate ::v1::Chat >; with_cloud_clipboard cloud_clipboard :
    crate ::v1::CloudClipboardRoot; with_cloud_p_cs cloud_p_cs : ::std::vec::Vec < crate
    ::v1::CloudPc >; with_contact_folders contact_folders : ::std::vec::Vec < crate
    ::v1::ContactFolder >; with_contacts contacts : ::std::vec::Vec < crate ::v1::Contact
    >; with_created_objects created_objects : ::std::vec::Vec < crate
    ::v1::AnyDirectoryObject >; with_data_security_and_governance
    data_security_and_governance : crate ::v1::UserDataSecurityAndGovernance;
    with_device_management_troubleshooting_events
    device_management_troubleshooting_events : ::std::vec::Vec < crate
    ::v1::AnyDeviceManagementTroubleshootingEvent >; with_direct_reports direct_reports :
    ::std::vec::Vec < crate ::v1::AnyDirectoryObject >;
    #[cfg(msgraph_v1_drives_or_search)] with_drive drive : crate ::v1::Drive;
    #[cfg(msgraph_v1_drives_or_search)] with_drives drives : ::std::vec::Vec < crate
    ::v1::Drive >; with_employee_experience employee_experience : crate
    ::v1::EmployeeExperienceUser; with_events events : ::std::vec::Vec < crate
    ::v1::Event >; with_extensions extensions : ::std::vec::Vec < crate
    ::v1::AnyExtension >; with_followed_sites followed_sites : ::std::vec::Vec < crate
    ::v1::Site >; with_inference_classification inference_classification : crate
    ::v1::InferenceClassification; with_insights insights : crate ::v1::ItemInsights;
    with_joined_teams joined_teams : ::std::vec::Vec < crate ::v1::Team >;
    with_license_details license_details : ::std::vec::Vec < crate ::v1::LicenseDetails
    >; with_mail_folders mail_folders : ::std::vec::Vec < crate ::v1::AnyMailFolder >;
    #[cfg(msgraph_v1_device_app_management_or_search)] with_managed_app_registrations
    managed_app_registrations : ::std::vec::Vec < crate ::v1::AnyManagedAppRegistration
    >; with_managed_devices managed_devices : ::std::vec::Vec < crate ::v1::ManagedDevice
    >; with_manager manager : crate ::v1::AnyDirectoryObject; with_member_of member_of :
    ::std::vec::Vec < crate ::v1::AnyDirectoryObject >; with_messages messages :
    ::std::vec::Vec < crate ::v1::AnyMessage >;
    #[cfg(msgraph_v1_oauth2_permission_grants_or_search)] with_oauth2_permission_grants
    oauth2_permission_grants : ::std::vec::Vec < crate ::v1::OAuth2PermissionGrant >;
    with_onenote onenote : crate ::v1::Onenote; with_online_meetings online_meetings :
    ::std::vec::Vec < crate ::v1::OnlineMeeting >; with_on_premises_sync_behavior
    on_premises_sync_behavior : crate ::v1::OnPremisesSyncBehavior; with_outlook outlook
    : crate ::v1::OutlookUser; with_owned_devices owned_devices : ::std::vec::Vec < crate
    ::v1::AnyDirectoryObject >; with_owned_objects owned_objects : ::std::vec::Vec <
    crate ::v1::AnyDirectoryObject >; with_people people : ::std::vec::Vec < crate
    ::v1::Person >; with_permission_grants permission_grants : ::std::vec::Vec < crate
    ::v1::ResourceSpecificPermissionGrant >; with_photo photo : crate ::v1::ProfilePhoto;
    with_photos photos : ::std::vec::Vec < crate ::v1::ProfilePhoto >; with_planner
    planner : crate ::v1::PlannerUser; with_presence presence : crate ::v1::Presence;
    with_registered_devices registered_devices : ::std::vec::Vec < crate
    ::v1::AnyDirectoryObject >; with_scoped_role_member_of scoped_role_member_of :
    ::std::vec::Vec < crate ::v1::ScopedRoleMembership >; with_settings settings : crate
    ::v1::UserSettings; with_solutions solutions : crate ::v1::UserSolutionRoot;
    with_sponsor_of sponsor_of : ::std::vec::Vec < crate ::v1::AnyDirectoryObject >;
    with_sponsors sponsors : ::std::vec::Vec < crate ::v1::AnyDirectoryObject >;
    with_teamwork teamwork : crate ::v1::UserTeamwork; with_todo todo : crate ::v1::Todo;
    with_transitive_member_of transitive_member_of : ::std::vec::Vec < crate
    ::v1::AnyDirectoryObject >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(User);
#[cfg(msgraph_v1_core)]
/// `microsoft.graph.user` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyUser {
    User(::std::boxed::Box<crate::v1::User>),
    AgentUser(::std::boxed::Box<crate::v1::AgentUser>),
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AnyUser {
    #[inline]
    fn default() -> Self {
        Self::User(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::User> for AnyUser {
    #[inline]
    fn from(v: crate::v1::User) -> Self {
        Self::User(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AgentUser> for AnyUser {
    #[inline]
    fn from(v: crate::v1::AgentUser) -> Self {
        Self::AgentUser(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Send for AnyUser {}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Sync for AnyUser {}
#[cfg(msgraph_v1_core)]
impl ::std::marker::Unpin for AnyUser {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::UnwindSafe for AnyUser {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::RefUnwindSafe for AnyUser {}
#[cfg(msgraph_v1_core)]
const _: () = {
    rt::object::auto_traits::<crate::v1::User>();
    rt::object::auto_traits::<crate::v1::AgentUser>();
};
#[cfg(msgraph_v1_core)]
impl rt::Poly for AnyUser {
    const BASE_NAME: &'static str = "microsoft.graph.user";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.agentUser") => {
                Self::AgentUser(rt::object::new_boxed())
            }
            _ => Self::User(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::User(v) => &**v,
            Self::AgentUser(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::User(v) => &mut **v,
            Self::AgentUser(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core)]
impl AnyUser {
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
            Self::User(v) => &v.id,
            Self::AgentUser(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &mut v.id,
            Self::AgentUser(v) => &mut v.id,
        }
    }
    /// `deletedDateTime` of any variant.
    #[inline]
    pub fn deleted_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::User(v) => &v.deleted_date_time,
            Self::AgentUser(v) => &v.deleted_date_time,
        }
    }
    /// `deletedDateTime` of any variant.
    #[inline]
    pub fn deleted_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::User(v) => &mut v.deleted_date_time,
            Self::AgentUser(v) => &mut v.deleted_date_time,
        }
    }
    /// `aboutMe` of any variant.
    #[inline]
    pub fn about_me(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &v.about_me,
            Self::AgentUser(v) => &v.about_me,
        }
    }
    /// `aboutMe` of any variant.
    #[inline]
    pub fn about_me_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &mut v.about_me,
            Self::AgentUser(v) => &mut v.about_me,
        }
    }
    /// `accountEnabled` of any variant.
    #[inline]
    pub fn account_enabled(&self) -> &rt::Field<bool> {
        match self {
            Self::User(v) => &v.account_enabled,
            Self::AgentUser(v) => &v.account_enabled,
        }
    }
    /// `accountEnabled` of any variant.
    #[inline]
    pub fn account_enabled_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::User(v) => &mut v.account_enabled,
            Self::AgentUser(v) => &mut v.account_enabled,
        }
    }
    /// `ageGroup` of any variant.
    #[inline]
    pub fn age_group(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &v.age_group,
            Self::AgentUser(v) => &v.age_group,
        }
    }
    /// `ageGroup` of any variant.
    #[inline]
    pub fn age_group_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &mut v.age_group,
            Self::AgentUser(v) => &mut v.age_group,
        }
    }
    /// `assignedLicenses` of any variant.
    #[inline]
    pub fn assigned_licenses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AssignedLicense>> {
        match self {
            Self::User(v) => &v.assigned_licenses,
            Self::AgentUser(v) => &v.assigned_licenses,
        }
    }
    /// `assignedLicenses` of any variant.
    #[inline]
    pub fn assigned_licenses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AssignedLicense>> {
        match self {
            Self::User(v) => &mut v.assigned_licenses,
            Self::AgentUser(v) => &mut v.assigned_licenses,
        }
    }
    /// `assignedPlans` of any variant.
    #[inline]
    pub fn assigned_plans(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AssignedPlan>> {
        match self {
            Self::User(v) => &v.assigned_plans,
            Self::AgentUser(v) => &v.assigned_plans,
        }
    }
    /// `assignedPlans` of any variant.
    #[inline]
    pub fn assigned_plans_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AssignedPlan>> {
        match self {
            Self::User(v) => &mut v.assigned_plans,
            Self::AgentUser(v) => &mut v.assigned_plans,
        }
    }
    /// `authorizationInfo` of any variant.
    #[inline]
    pub fn authorization_info(&self) -> &rt::Field<crate::v1::AuthorizationInfo> {
        match self {
            Self::User(v) => &v.authorization_info,
            Self::AgentUser(v) => &v.authorization_info,
        }
    }
    /// `authorizationInfo` of any variant.
    #[inline]
    pub fn authorization_info_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::AuthorizationInfo> {
        match self {
            Self::User(v) => &mut v.authorization_info,
            Self::AgentUser(v) => &mut v.authorization_info,
        }
    }
    /// `birthday` of any variant.
    #[inline]
    pub fn birthday(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::User(v) => &v.birthday,
            Self::AgentUser(v) => &v.birthday,
        }
    }
    /// `birthday` of any variant.
    #[inline]
    pub fn birthday_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::User(v) => &mut v.birthday,
            Self::AgentUser(v) => &mut v.birthday,
        }
    }
    /// `businessPhones` of any variant.
    #[inline]
    pub fn business_phones(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::User(v) => &v.business_phones,
            Self::AgentUser(v) => &v.business_phones,
        }
    }
    /// `businessPhones` of any variant.
    #[inline]
    pub fn business_phones_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::User(v) => &mut v.business_phones,
            Self::AgentUser(v) => &mut v.business_phones,
        }
    }
    /// `city` of any variant.
    #[inline]
    pub fn city(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &v.city,
            Self::AgentUser(v) => &v.city,
        }
    }
    /// `city` of any variant.
    #[inline]
    pub fn city_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &mut v.city,
            Self::AgentUser(v) => &mut v.city,
        }
    }
    /// `companyName` of any variant.
    #[inline]
    pub fn company_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &v.company_name,
            Self::AgentUser(v) => &v.company_name,
        }
    }
    /// `companyName` of any variant.
    #[inline]
    pub fn company_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &mut v.company_name,
            Self::AgentUser(v) => &mut v.company_name,
        }
    }
    /// `consentProvidedForMinor` of any variant.
    #[inline]
    pub fn consent_provided_for_minor(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &v.consent_provided_for_minor,
            Self::AgentUser(v) => &v.consent_provided_for_minor,
        }
    }
    /// `consentProvidedForMinor` of any variant.
    #[inline]
    pub fn consent_provided_for_minor_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &mut v.consent_provided_for_minor,
            Self::AgentUser(v) => &mut v.consent_provided_for_minor,
        }
    }
    /// `country` of any variant.
    #[inline]
    pub fn country(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &v.country,
            Self::AgentUser(v) => &v.country,
        }
    }
    /// `country` of any variant.
    #[inline]
    pub fn country_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &mut v.country,
            Self::AgentUser(v) => &mut v.country,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::User(v) => &v.created_date_time,
            Self::AgentUser(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::User(v) => &mut v.created_date_time,
            Self::AgentUser(v) => &mut v.created_date_time,
        }
    }
    /// `creationType` of any variant.
    #[inline]
    pub fn creation_type(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &v.creation_type,
            Self::AgentUser(v) => &v.creation_type,
        }
    }
    /// `creationType` of any variant.
    #[inline]
    pub fn creation_type_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &mut v.creation_type,
            Self::AgentUser(v) => &mut v.creation_type,
        }
    }
    /// `customSecurityAttributes` of any variant.
    #[inline]
    pub fn custom_security_attributes(
        &self,
    ) -> &rt::Field<crate::v1::CustomSecurityAttributeValue> {
        match self {
            Self::User(v) => &v.custom_security_attributes,
            Self::AgentUser(v) => &v.custom_security_attributes,
        }
    }
    /// `customSecurityAttributes` of any variant.
    #[inline]
    pub fn custom_security_attributes_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::CustomSecurityAttributeValue> {
        match self {
            Self::User(v) => &mut v.custom_security_attributes,
            Self::AgentUser(v) => &mut v.custom_security_attributes,
        }
    }
    /// `department` of any variant.
    #[inline]
    pub fn department(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &v.department,
            Self::AgentUser(v) => &v.department,
        }
    }
    /// `department` of any variant.
    #[inline]
    pub fn department_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &mut v.department,
            Self::AgentUser(v) => &mut v.department,
        }
    }
    /// `deviceEnrollmentLimit` of any variant.
    #[inline]
    pub fn device_enrollment_limit(&self) -> &rt::Field<i32> {
        match self {
            Self::User(v) => &v.device_enrollment_limit,
            Self::AgentUser(v) => &v.device_enrollment_limit,
        }
    }
    /// `deviceEnrollmentLimit` of any variant.
    #[inline]
    pub fn device_enrollment_limit_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::User(v) => &mut v.device_enrollment_limit,
            Self::AgentUser(v) => &mut v.device_enrollment_limit,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &v.display_name,
            Self::AgentUser(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &mut v.display_name,
            Self::AgentUser(v) => &mut v.display_name,
        }
    }
    /// `employeeHireDate` of any variant.
    #[inline]
    pub fn employee_hire_date(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::User(v) => &v.employee_hire_date,
            Self::AgentUser(v) => &v.employee_hire_date,
        }
    }
    /// `employeeHireDate` of any variant.
    #[inline]
    pub fn employee_hire_date_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::User(v) => &mut v.employee_hire_date,
            Self::AgentUser(v) => &mut v.employee_hire_date,
        }
    }
    /// `employeeId` of any variant.
    #[inline]
    pub fn employee_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &v.employee_id,
            Self::AgentUser(v) => &v.employee_id,
        }
    }
    /// `employeeId` of any variant.
    #[inline]
    pub fn employee_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &mut v.employee_id,
            Self::AgentUser(v) => &mut v.employee_id,
        }
    }
    /// `employeeLeaveDateTime` of any variant.
    #[inline]
    pub fn employee_leave_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::User(v) => &v.employee_leave_date_time,
            Self::AgentUser(v) => &v.employee_leave_date_time,
        }
    }
    /// `employeeLeaveDateTime` of any variant.
    #[inline]
    pub fn employee_leave_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::User(v) => &mut v.employee_leave_date_time,
            Self::AgentUser(v) => &mut v.employee_leave_date_time,
        }
    }
    /// `employeeOrgData` of any variant.
    #[inline]
    pub fn employee_org_data(&self) -> &rt::Field<crate::v1::EmployeeOrgData> {
        match self {
            Self::User(v) => &v.employee_org_data,
            Self::AgentUser(v) => &v.employee_org_data,
        }
    }
    /// `employeeOrgData` of any variant.
    #[inline]
    pub fn employee_org_data_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::EmployeeOrgData> {
        match self {
            Self::User(v) => &mut v.employee_org_data,
            Self::AgentUser(v) => &mut v.employee_org_data,
        }
    }
    /// `employeeType` of any variant.
    #[inline]
    pub fn employee_type(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &v.employee_type,
            Self::AgentUser(v) => &v.employee_type,
        }
    }
    /// `employeeType` of any variant.
    #[inline]
    pub fn employee_type_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &mut v.employee_type,
            Self::AgentUser(v) => &mut v.employee_type,
        }
    }
    /// `externalUserState` of any variant.
    #[inline]
    pub fn external_user_state(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &v.external_user_state,
            Self::AgentUser(v) => &v.external_user_state,
        }
    }
    /// `externalUserState` of any variant.
    #[inline]
    pub fn external_user_state_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &mut v.external_user_state,
            Self::AgentUser(v) => &mut v.external_user_state,
        }
    }
    /// `externalUserStateChangeDateTime` of any variant.
    #[inline]
    pub fn external_user_state_change_date_time(
        &self,
    ) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::User(v) => &v.external_user_state_change_date_time,
            Self::AgentUser(v) => &v.external_user_state_change_date_time,
        }
    }
    /// `externalUserStateChangeDateTime` of any variant.
    #[inline]
    pub fn external_user_state_change_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::User(v) => &mut v.external_user_state_change_date_time,
            Self::AgentUser(v) => &mut v.external_user_state_change_date_time,
        }
    }
    /// `faxNumber` of any variant.
    #[inline]
    pub fn fax_number(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &v.fax_number,
            Self::AgentUser(v) => &v.fax_number,
        }
    }
    /// `faxNumber` of any variant.
    #[inline]
    pub fn fax_number_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &mut v.fax_number,
            Self::AgentUser(v) => &mut v.fax_number,
        }
    }
    /// `givenName` of any variant.
    #[inline]
    pub fn given_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &v.given_name,
            Self::AgentUser(v) => &v.given_name,
        }
    }
    /// `givenName` of any variant.
    #[inline]
    pub fn given_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &mut v.given_name,
            Self::AgentUser(v) => &mut v.given_name,
        }
    }
    /// `hireDate` of any variant.
    #[inline]
    pub fn hire_date(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::User(v) => &v.hire_date,
            Self::AgentUser(v) => &v.hire_date,
        }
    }
    /// `hireDate` of any variant.
    #[inline]
    pub fn hire_date_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::User(v) => &mut v.hire_date,
            Self::AgentUser(v) => &mut v.hire_date,
        }
    }
    /// `identities` of any variant.
    #[inline]
    pub fn identities(&self) -> &rt::Field<::std::vec::Vec<crate::v1::ObjectIdentity>> {
        match self {
            Self::User(v) => &v.identities,
            Self::AgentUser(v) => &v.identities,
        }
    }
    /// `identities` of any variant.
    #[inline]
    pub fn identities_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::ObjectIdentity>> {
        match self {
            Self::User(v) => &mut v.identities,
            Self::AgentUser(v) => &mut v.identities,
        }
    }
    /// `identityParentId` of any variant.
    #[inline]
    pub fn identity_parent_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &v.identity_parent_id,
            Self::AgentUser(v) => &v.identity_parent_id,
        }
    }
    /// `identityParentId` of any variant.
    #[inline]
    pub fn identity_parent_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &mut v.identity_parent_id,
            Self::AgentUser(v) => &mut v.identity_parent_id,
        }
    }
    /// `imAddresses` of any variant.
    #[inline]
    pub fn im_addresses(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::User(v) => &v.im_addresses,
            Self::AgentUser(v) => &v.im_addresses,
        }
    }
    /// `imAddresses` of any variant.
    #[inline]
    pub fn im_addresses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::User(v) => &mut v.im_addresses,
            Self::AgentUser(v) => &mut v.im_addresses,
        }
    }
    /// `interests` of any variant.
    #[inline]
    pub fn interests(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::User(v) => &v.interests,
            Self::AgentUser(v) => &v.interests,
        }
    }
    /// `interests` of any variant.
    #[inline]
    pub fn interests_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::User(v) => &mut v.interests,
            Self::AgentUser(v) => &mut v.interests,
        }
    }
    /// `isManagementRestricted` of any variant.
    #[inline]
    pub fn is_management_restricted(&self) -> &rt::Field<bool> {
        match self {
            Self::User(v) => &v.is_management_restricted,
            Self::AgentUser(v) => &v.is_management_restricted,
        }
    }
    /// `isManagementRestricted` of any variant.
    #[inline]
    pub fn is_management_restricted_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::User(v) => &mut v.is_management_restricted,
            Self::AgentUser(v) => &mut v.is_management_restricted,
        }
    }
    /// `isResourceAccount` of any variant.
    #[inline]
    pub fn is_resource_account(&self) -> &rt::Field<bool> {
        match self {
            Self::User(v) => &v.is_resource_account,
            Self::AgentUser(v) => &v.is_resource_account,
        }
    }
    /// `isResourceAccount` of any variant.
    #[inline]
    pub fn is_resource_account_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::User(v) => &mut v.is_resource_account,
            Self::AgentUser(v) => &mut v.is_resource_account,
        }
    }
    /// `jobTitle` of any variant.
    #[inline]
    pub fn job_title(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &v.job_title,
            Self::AgentUser(v) => &v.job_title,
        }
    }
    /// `jobTitle` of any variant.
    #[inline]
    pub fn job_title_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &mut v.job_title,
            Self::AgentUser(v) => &mut v.job_title,
        }
    }
    /// `lastPasswordChangeDateTime` of any variant.
    #[inline]
    pub fn last_password_change_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::User(v) => &v.last_password_change_date_time,
            Self::AgentUser(v) => &v.last_password_change_date_time,
        }
    }
    /// `lastPasswordChangeDateTime` of any variant.
    #[inline]
    pub fn last_password_change_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::User(v) => &mut v.last_password_change_date_time,
            Self::AgentUser(v) => &mut v.last_password_change_date_time,
        }
    }
    /// `legalAgeGroupClassification` of any variant.
    #[inline]
    pub fn legal_age_group_classification(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &v.legal_age_group_classification,
            Self::AgentUser(v) => &v.legal_age_group_classification,
        }
    }
    /// `legalAgeGroupClassification` of any variant.
    #[inline]
    pub fn legal_age_group_classification_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &mut v.legal_age_group_classification,
            Self::AgentUser(v) => &mut v.legal_age_group_classification,
        }
    }
    /// `licenseAssignmentStates` of any variant.
    #[inline]
    pub fn license_assignment_states(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::LicenseAssignmentState>> {
        match self {
            Self::User(v) => &v.license_assignment_states,
            Self::AgentUser(v) => &v.license_assignment_states,
        }
    }
    /// `licenseAssignmentStates` of any variant.
    #[inline]
    pub fn license_assignment_states_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::LicenseAssignmentState>> {
        match self {
            Self::User(v) => &mut v.license_assignment_states,
            Self::AgentUser(v) => &mut v.license_assignment_states,
        }
    }
    /// `mail` of any variant.
    #[inline]
    pub fn mail(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &v.mail,
            Self::AgentUser(v) => &v.mail,
        }
    }
    /// `mail` of any variant.
    #[inline]
    pub fn mail_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &mut v.mail,
            Self::AgentUser(v) => &mut v.mail,
        }
    }
    /// `mailboxSettings` of any variant.
    #[inline]
    pub fn mailbox_settings(&self) -> &rt::Field<crate::v1::MailboxSettings> {
        match self {
            Self::User(v) => &v.mailbox_settings,
            Self::AgentUser(v) => &v.mailbox_settings,
        }
    }
    /// `mailboxSettings` of any variant.
    #[inline]
    pub fn mailbox_settings_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::MailboxSettings> {
        match self {
            Self::User(v) => &mut v.mailbox_settings,
            Self::AgentUser(v) => &mut v.mailbox_settings,
        }
    }
    /// `mailNickname` of any variant.
    #[inline]
    pub fn mail_nickname(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &v.mail_nickname,
            Self::AgentUser(v) => &v.mail_nickname,
        }
    }
    /// `mailNickname` of any variant.
    #[inline]
    pub fn mail_nickname_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &mut v.mail_nickname,
            Self::AgentUser(v) => &mut v.mail_nickname,
        }
    }
    /// `mobilePhone` of any variant.
    #[inline]
    pub fn mobile_phone(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &v.mobile_phone,
            Self::AgentUser(v) => &v.mobile_phone,
        }
    }
    /// `mobilePhone` of any variant.
    #[inline]
    pub fn mobile_phone_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &mut v.mobile_phone,
            Self::AgentUser(v) => &mut v.mobile_phone,
        }
    }
    /// `mySite` of any variant.
    #[inline]
    pub fn my_site(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &v.my_site,
            Self::AgentUser(v) => &v.my_site,
        }
    }
    /// `mySite` of any variant.
    #[inline]
    pub fn my_site_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &mut v.my_site,
            Self::AgentUser(v) => &mut v.my_site,
        }
    }
    /// `officeLocation` of any variant.
    #[inline]
    pub fn office_location(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &v.office_location,
            Self::AgentUser(v) => &v.office_location,
        }
    }
    /// `officeLocation` of any variant.
    #[inline]
    pub fn office_location_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &mut v.office_location,
            Self::AgentUser(v) => &mut v.office_location,
        }
    }
    /// `onPremisesDistinguishedName` of any variant.
    #[inline]
    pub fn on_premises_distinguished_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &v.on_premises_distinguished_name,
            Self::AgentUser(v) => &v.on_premises_distinguished_name,
        }
    }
    /// `onPremisesDistinguishedName` of any variant.
    #[inline]
    pub fn on_premises_distinguished_name_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &mut v.on_premises_distinguished_name,
            Self::AgentUser(v) => &mut v.on_premises_distinguished_name,
        }
    }
    /// `onPremisesDomainName` of any variant.
    #[inline]
    pub fn on_premises_domain_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &v.on_premises_domain_name,
            Self::AgentUser(v) => &v.on_premises_domain_name,
        }
    }
    /// `onPremisesDomainName` of any variant.
    #[inline]
    pub fn on_premises_domain_name_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &mut v.on_premises_domain_name,
            Self::AgentUser(v) => &mut v.on_premises_domain_name,
        }
    }
    /// `onPremisesExtensionAttributes` of any variant.
    #[inline]
    pub fn on_premises_extension_attributes(
        &self,
    ) -> &rt::Field<crate::v1::OnPremisesExtensionAttributes> {
        match self {
            Self::User(v) => &v.on_premises_extension_attributes,
            Self::AgentUser(v) => &v.on_premises_extension_attributes,
        }
    }
    /// `onPremisesExtensionAttributes` of any variant.
    #[inline]
    pub fn on_premises_extension_attributes_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::OnPremisesExtensionAttributes> {
        match self {
            Self::User(v) => &mut v.on_premises_extension_attributes,
            Self::AgentUser(v) => &mut v.on_premises_extension_attributes,
        }
    }
    /// `onPremisesImmutableId` of any variant.
    #[inline]
    pub fn on_premises_immutable_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &v.on_premises_immutable_id,
            Self::AgentUser(v) => &v.on_premises_immutable_id,
        }
    }
    /// `onPremisesImmutableId` of any variant.
    #[inline]
    pub fn on_premises_immutable_id_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &mut v.on_premises_immutable_id,
            Self::AgentUser(v) => &mut v.on_premises_immutable_id,
        }
    }
    /// `onPremisesLastSyncDateTime` of any variant.
    #[inline]
    pub fn on_premises_last_sync_date_time(
        &self,
    ) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::User(v) => &v.on_premises_last_sync_date_time,
            Self::AgentUser(v) => &v.on_premises_last_sync_date_time,
        }
    }
    /// `onPremisesLastSyncDateTime` of any variant.
    #[inline]
    pub fn on_premises_last_sync_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::User(v) => &mut v.on_premises_last_sync_date_time,
            Self::AgentUser(v) => &mut v.on_premises_last_sync_date_time,
        }
    }
    /// `onPremisesProvisioningErrors` of any variant.
    #[inline]
    pub fn on_premises_provisioning_errors(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::OnPremisesProvisioningError>> {
        match self {
            Self::User(v) => &v.on_premises_provisioning_errors,
            Self::AgentUser(v) => &v.on_premises_provisioning_errors,
        }
    }
    /// `onPremisesProvisioningErrors` of any variant.
    #[inline]
    pub fn on_premises_provisioning_errors_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::OnPremisesProvisioningError>> {
        match self {
            Self::User(v) => &mut v.on_premises_provisioning_errors,
            Self::AgentUser(v) => &mut v.on_premises_provisioning_errors,
        }
    }
    /// `onPremisesSamAccountName` of any variant.
    #[inline]
    pub fn on_premises_sam_account_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &v.on_premises_sam_account_name,
            Self::AgentUser(v) => &v.on_premises_sam_account_name,
        }
    }
    /// `onPremisesSamAccountName` of any variant.
    #[inline]
    pub fn on_premises_sam_account_name_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &mut v.on_premises_sam_account_name,
            Self::AgentUser(v) => &mut v.on_premises_sam_account_name,
        }
    }
    /// `onPremisesSecurityIdentifier` of any variant.
    #[inline]
    pub fn on_premises_security_identifier(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &v.on_premises_security_identifier,
            Self::AgentUser(v) => &v.on_premises_security_identifier,
        }
    }
    /// `onPremisesSecurityIdentifier` of any variant.
    #[inline]
    pub fn on_premises_security_identifier_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &mut v.on_premises_security_identifier,
            Self::AgentUser(v) => &mut v.on_premises_security_identifier,
        }
    }
    /// `onPremisesSyncEnabled` of any variant.
    #[inline]
    pub fn on_premises_sync_enabled(&self) -> &rt::Field<bool> {
        match self {
            Self::User(v) => &v.on_premises_sync_enabled,
            Self::AgentUser(v) => &v.on_premises_sync_enabled,
        }
    }
    /// `onPremisesSyncEnabled` of any variant.
    #[inline]
    pub fn on_premises_sync_enabled_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::User(v) => &mut v.on_premises_sync_enabled,
            Self::AgentUser(v) => &mut v.on_premises_sync_enabled,
        }
    }
    /// `onPremisesUserPrincipalName` of any variant.
    #[inline]
    pub fn on_premises_user_principal_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &v.on_premises_user_principal_name,
            Self::AgentUser(v) => &v.on_premises_user_principal_name,
        }
    }
    /// `onPremisesUserPrincipalName` of any variant.
    #[inline]
    pub fn on_premises_user_principal_name_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &mut v.on_premises_user_principal_name,
            Self::AgentUser(v) => &mut v.on_premises_user_principal_name,
        }
    }
    /// `otherMails` of any variant.
    #[inline]
    pub fn other_mails(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::User(v) => &v.other_mails,
            Self::AgentUser(v) => &v.other_mails,
        }
    }
    /// `otherMails` of any variant.
    #[inline]
    pub fn other_mails_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::User(v) => &mut v.other_mails,
            Self::AgentUser(v) => &mut v.other_mails,
        }
    }
    /// `passwordPolicies` of any variant.
    #[inline]
    pub fn password_policies(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &v.password_policies,
            Self::AgentUser(v) => &v.password_policies,
        }
    }
    /// `passwordPolicies` of any variant.
    #[inline]
    pub fn password_policies_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &mut v.password_policies,
            Self::AgentUser(v) => &mut v.password_policies,
        }
    }
    /// `passwordProfile` of any variant.
    #[inline]
    pub fn password_profile(&self) -> &rt::Field<crate::v1::PasswordProfile> {
        match self {
            Self::User(v) => &v.password_profile,
            Self::AgentUser(v) => &v.password_profile,
        }
    }
    /// `passwordProfile` of any variant.
    #[inline]
    pub fn password_profile_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::PasswordProfile> {
        match self {
            Self::User(v) => &mut v.password_profile,
            Self::AgentUser(v) => &mut v.password_profile,
        }
    }
    /// `pastProjects` of any variant.
    #[inline]
    pub fn past_projects(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::User(v) => &v.past_projects,
            Self::AgentUser(v) => &v.past_projects,
        }
    }
    /// `pastProjects` of any variant.
    #[inline]
    pub fn past_projects_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::User(v) => &mut v.past_projects,
            Self::AgentUser(v) => &mut v.past_projects,
        }
    }
    /// `postalCode` of any variant.
    #[inline]
    pub fn postal_code(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &v.postal_code,
            Self::AgentUser(v) => &v.postal_code,
        }
    }
    /// `postalCode` of any variant.
    #[inline]
    pub fn postal_code_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &mut v.postal_code,
            Self::AgentUser(v) => &mut v.postal_code,
        }
    }
    /// `preferredDataLocation` of any variant.
    #[inline]
    pub fn preferred_data_location(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &v.preferred_data_location,
            Self::AgentUser(v) => &v.preferred_data_location,
        }
    }
    /// `preferredDataLocation` of any variant.
    #[inline]
    pub fn preferred_data_location_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &mut v.preferred_data_location,
            Self::AgentUser(v) => &mut v.preferred_data_location,
        }
    }
    /// `preferredLanguage` of any variant.
    #[inline]
    pub fn preferred_language(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &v.preferred_language,
            Self::AgentUser(v) => &v.preferred_language,
        }
    }
    /// `preferredLanguage` of any variant.
    #[inline]
    pub fn preferred_language_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &mut v.preferred_language,
            Self::AgentUser(v) => &mut v.preferred_language,
        }
    }
    /// `preferredName` of any variant.
    #[inline]
    pub fn preferred_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &v.preferred_name,
            Self::AgentUser(v) => &v.preferred_name,
        }
    }
    /// `preferredName` of any variant.
    #[inline]
    pub fn preferred_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &mut v.preferred_name,
            Self::AgentUser(v) => &mut v.preferred_name,
        }
    }
    /// `print` of any variant.
    #[inline]
    pub fn print(&self) -> &rt::Field<crate::v1::UserPrint> {
        match self {
            Self::User(v) => &v.print,
            Self::AgentUser(v) => &v.print,
        }
    }
    /// `print` of any variant.
    #[inline]
    pub fn print_mut(&mut self) -> &mut rt::Field<crate::v1::UserPrint> {
        match self {
            Self::User(v) => &mut v.print,
            Self::AgentUser(v) => &mut v.print,
        }
    }
    /// `provisionedPlans` of any variant.
    #[inline]
    pub fn provisioned_plans(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::ProvisionedPlan>> {
        match self {
            Self::User(v) => &v.provisioned_plans,
            Self::AgentUser(v) => &v.provisioned_plans,
        }
    }
    /// `provisionedPlans` of any variant.
    #[inline]
    pub fn provisioned_plans_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::ProvisionedPlan>> {
        match self {
            Self::User(v) => &mut v.provisioned_plans,
            Self::AgentUser(v) => &mut v.provisioned_plans,
        }
    }
    /// `proxyAddresses` of any variant.
    #[inline]
    pub fn proxy_addresses(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::User(v) => &v.proxy_addresses,
            Self::AgentUser(v) => &v.proxy_addresses,
        }
    }
    /// `proxyAddresses` of any variant.
    #[inline]
    pub fn proxy_addresses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::User(v) => &mut v.proxy_addresses,
            Self::AgentUser(v) => &mut v.proxy_addresses,
        }
    }
    /// `responsibilities` of any variant.
    #[inline]
    pub fn responsibilities(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::User(v) => &v.responsibilities,
            Self::AgentUser(v) => &v.responsibilities,
        }
    }
    /// `responsibilities` of any variant.
    #[inline]
    pub fn responsibilities_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::User(v) => &mut v.responsibilities,
            Self::AgentUser(v) => &mut v.responsibilities,
        }
    }
    /// `schools` of any variant.
    #[inline]
    pub fn schools(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::User(v) => &v.schools,
            Self::AgentUser(v) => &v.schools,
        }
    }
    /// `schools` of any variant.
    #[inline]
    pub fn schools_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::User(v) => &mut v.schools,
            Self::AgentUser(v) => &mut v.schools,
        }
    }
    /// `securityIdentifier` of any variant.
    #[inline]
    pub fn security_identifier(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &v.security_identifier,
            Self::AgentUser(v) => &v.security_identifier,
        }
    }
    /// `securityIdentifier` of any variant.
    #[inline]
    pub fn security_identifier_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &mut v.security_identifier,
            Self::AgentUser(v) => &mut v.security_identifier,
        }
    }
    /// `serviceProvisioningErrors` of any variant.
    #[inline]
    pub fn service_provisioning_errors(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AnyServiceProvisioningError>> {
        match self {
            Self::User(v) => &v.service_provisioning_errors,
            Self::AgentUser(v) => &v.service_provisioning_errors,
        }
    }
    /// `serviceProvisioningErrors` of any variant.
    #[inline]
    pub fn service_provisioning_errors_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyServiceProvisioningError>> {
        match self {
            Self::User(v) => &mut v.service_provisioning_errors,
            Self::AgentUser(v) => &mut v.service_provisioning_errors,
        }
    }
    /// `showInAddressList` of any variant.
    #[inline]
    pub fn show_in_address_list(&self) -> &rt::Field<bool> {
        match self {
            Self::User(v) => &v.show_in_address_list,
            Self::AgentUser(v) => &v.show_in_address_list,
        }
    }
    /// `showInAddressList` of any variant.
    #[inline]
    pub fn show_in_address_list_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::User(v) => &mut v.show_in_address_list,
            Self::AgentUser(v) => &mut v.show_in_address_list,
        }
    }
    /// `signInActivity` of any variant.
    #[inline]
    pub fn sign_in_activity(&self) -> &rt::Field<crate::v1::SignInActivity> {
        match self {
            Self::User(v) => &v.sign_in_activity,
            Self::AgentUser(v) => &v.sign_in_activity,
        }
    }
    /// `signInActivity` of any variant.
    #[inline]
    pub fn sign_in_activity_mut(&mut self) -> &mut rt::Field<crate::v1::SignInActivity> {
        match self {
            Self::User(v) => &mut v.sign_in_activity,
            Self::AgentUser(v) => &mut v.sign_in_activity,
        }
    }
    /// `signInSessionsValidFromDateTime` of any variant.
    #[inline]
    pub fn sign_in_sessions_valid_from_date_time(
        &self,
    ) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::User(v) => &v.sign_in_sessions_valid_from_date_time,
            Self::AgentUser(v) => &v.sign_in_sessions_valid_from_date_time,
        }
    }
    /// `signInSessionsValidFromDateTime` of any variant.
    #[inline]
    pub fn sign_in_sessions_valid_from_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::User(v) => &mut v.sign_in_sessions_valid_from_date_time,
            Self::AgentUser(v) => &mut v.sign_in_sessions_valid_from_date_time,
        }
    }
    /// `skills` of any variant.
    #[inline]
    pub fn skills(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::User(v) => &v.skills,
            Self::AgentUser(v) => &v.skills,
        }
    }
    /// `skills` of any variant.
    #[inline]
    pub fn skills_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::User(v) => &mut v.skills,
            Self::AgentUser(v) => &mut v.skills,
        }
    }
    /// `state` of any variant.
    #[inline]
    pub fn state(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &v.state,
            Self::AgentUser(v) => &v.state,
        }
    }
    /// `state` of any variant.
    #[inline]
    pub fn state_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &mut v.state,
            Self::AgentUser(v) => &mut v.state,
        }
    }
    /// `streetAddress` of any variant.
    #[inline]
    pub fn street_address(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &v.street_address,
            Self::AgentUser(v) => &v.street_address,
        }
    }
    /// `streetAddress` of any variant.
    #[inline]
    pub fn street_address_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &mut v.street_address,
            Self::AgentUser(v) => &mut v.street_address,
        }
    }
    /// `surname` of any variant.
    #[inline]
    pub fn surname(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &v.surname,
            Self::AgentUser(v) => &v.surname,
        }
    }
    /// `surname` of any variant.
    #[inline]
    pub fn surname_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &mut v.surname,
            Self::AgentUser(v) => &mut v.surname,
        }
    }
    /// `usageLocation` of any variant.
    #[inline]
    pub fn usage_location(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &v.usage_location,
            Self::AgentUser(v) => &v.usage_location,
        }
    }
    /// `usageLocation` of any variant.
    #[inline]
    pub fn usage_location_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &mut v.usage_location,
            Self::AgentUser(v) => &mut v.usage_location,
        }
    }
    /// `userPrincipalName` of any variant.
    #[inline]
    pub fn user_principal_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &v.user_principal_name,
            Self::AgentUser(v) => &v.user_principal_name,
        }
    }
    /// `userPrincipalName` of any variant.
    #[inline]
    pub fn user_principal_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &mut v.user_principal_name,
            Self::AgentUser(v) => &mut v.user_principal_name,
        }
    }
    /// `userType` of any variant.
    #[inline]
    pub fn user_type(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &v.user_type,
            Self::AgentUser(v) => &v.user_type,
        }
    }
    /// `userType` of any variant.
    #[inline]
    pub fn user_type_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::User(v) => &mut v.user_type,
            Self::AgentUser(v) => &mut v.user_type,
        }
    }
    /// `activities` of any variant.
    #[inline]
    pub fn activities(&self) -> &rt::Field<::std::vec::Vec<crate::v1::UserActivity>> {
        match self {
            Self::User(v) => &v.activities,
            Self::AgentUser(v) => &v.activities,
        }
    }
    /// `activities` of any variant.
    #[inline]
    pub fn activities_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::UserActivity>> {
        match self {
            Self::User(v) => &mut v.activities,
            Self::AgentUser(v) => &mut v.activities,
        }
    }
    /// `adhocCalls` of any variant.
    #[inline]
    pub fn adhoc_calls(&self) -> &rt::Field<::std::vec::Vec<crate::v1::AdhocCall>> {
        match self {
            Self::User(v) => &v.adhoc_calls,
            Self::AgentUser(v) => &v.adhoc_calls,
        }
    }
    /// `adhocCalls` of any variant.
    #[inline]
    pub fn adhoc_calls_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AdhocCall>> {
        match self {
            Self::User(v) => &mut v.adhoc_calls,
            Self::AgentUser(v) => &mut v.adhoc_calls,
        }
    }
    /// `agreementAcceptances` of any variant.
    ///
    /// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
    #[cfg(
        msgraph_v1_agreement_acceptances_or_agreements_or_identity_governance_or_search
    )]
    #[inline]
    pub fn agreement_acceptances(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AgreementAcceptance>> {
        match self {
            Self::User(v) => &v.agreement_acceptances,
            Self::AgentUser(v) => &v.agreement_acceptances,
        }
    }
    /// `agreementAcceptances` of any variant.
    ///
    /// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
    #[cfg(
        msgraph_v1_agreement_acceptances_or_agreements_or_identity_governance_or_search
    )]
    #[inline]
    pub fn agreement_acceptances_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AgreementAcceptance>> {
        match self {
            Self::User(v) => &mut v.agreement_acceptances,
            Self::AgentUser(v) => &mut v.agreement_acceptances,
        }
    }
    /// `appRoleAssignments` of any variant.
    #[inline]
    pub fn app_role_assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AppRoleAssignment>> {
        match self {
            Self::User(v) => &v.app_role_assignments,
            Self::AgentUser(v) => &v.app_role_assignments,
        }
    }
    /// `appRoleAssignments` of any variant.
    #[inline]
    pub fn app_role_assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AppRoleAssignment>> {
        match self {
            Self::User(v) => &mut v.app_role_assignments,
            Self::AgentUser(v) => &mut v.app_role_assignments,
        }
    }
    /// `authentication` of any variant.
    #[inline]
    pub fn authentication(&self) -> &rt::Field<crate::v1::Authentication> {
        match self {
            Self::User(v) => &v.authentication,
            Self::AgentUser(v) => &v.authentication,
        }
    }
    /// `authentication` of any variant.
    #[inline]
    pub fn authentication_mut(&mut self) -> &mut rt::Field<crate::v1::Authentication> {
        match self {
            Self::User(v) => &mut v.authentication,
            Self::AgentUser(v) => &mut v.authentication,
        }
    }
    /// `calendar` of any variant.
    #[inline]
    pub fn calendar(&self) -> &rt::Field<crate::v1::Calendar> {
        match self {
            Self::User(v) => &v.calendar,
            Self::AgentUser(v) => &v.calendar,
        }
    }
    /// `calendar` of any variant.
    #[inline]
    pub fn calendar_mut(&mut self) -> &mut rt::Field<crate::v1::Calendar> {
        match self {
            Self::User(v) => &mut v.calendar,
            Self::AgentUser(v) => &mut v.calendar,
        }
    }
    /// `calendarGroups` of any variant.
    #[inline]
    pub fn calendar_groups(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::CalendarGroup>> {
        match self {
            Self::User(v) => &v.calendar_groups,
            Self::AgentUser(v) => &v.calendar_groups,
        }
    }
    /// `calendarGroups` of any variant.
    #[inline]
    pub fn calendar_groups_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::CalendarGroup>> {
        match self {
            Self::User(v) => &mut v.calendar_groups,
            Self::AgentUser(v) => &mut v.calendar_groups,
        }
    }
    /// `calendars` of any variant.
    #[inline]
    pub fn calendars(&self) -> &rt::Field<::std::vec::Vec<crate::v1::Calendar>> {
        match self {
            Self::User(v) => &v.calendars,
            Self::AgentUser(v) => &v.calendars,
        }
    }
    /// `calendars` of any variant.
    #[inline]
    pub fn calendars_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::Calendar>> {
        match self {
            Self::User(v) => &mut v.calendars,
            Self::AgentUser(v) => &mut v.calendars,
        }
    }
    /// `calendarView` of any variant.
    #[inline]
    pub fn calendar_view(&self) -> &rt::Field<::std::vec::Vec<crate::v1::Event>> {
        match self {
            Self::User(v) => &v.calendar_view,
            Self::AgentUser(v) => &v.calendar_view,
        }
    }
    /// `calendarView` of any variant.
    #[inline]
    pub fn calendar_view_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::Event>> {
        match self {
            Self::User(v) => &mut v.calendar_view,
            Self::AgentUser(v) => &mut v.calendar_view,
        }
    }
    /// `chats` of any variant.
    #[inline]
    pub fn chats(&self) -> &rt::Field<::std::vec::Vec<crate::v1::Chat>> {
        match self {
            Self::User(v) => &v.chats,
            Self::AgentUser(v) => &v.chats,
        }
    }
    /// `chats` of any variant.
    #[inline]
    pub fn chats_mut(&mut self) -> &mut rt::Field<::std::vec::Vec<crate::v1::Chat>> {
        match self {
            Self::User(v) => &mut v.chats,
            Self::AgentUser(v) => &mut v.chats,
        }
    }
    /// `cloudClipboard` of any variant.
    #[inline]
    pub fn cloud_clipboard(&self) -> &rt::Field<crate::v1::CloudClipboardRoot> {
        match self {
            Self::User(v) => &v.cloud_clipboard,
            Self::AgentUser(v) => &v.cloud_clipboard,
        }
    }
    /// `cloudClipboard` of any variant.
    #[inline]
    pub fn cloud_clipboard_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::CloudClipboardRoot> {
        match self {
            Self::User(v) => &mut v.cloud_clipboard,
            Self::AgentUser(v) => &mut v.cloud_clipboard,
        }
    }
    /// `cloudPCs` of any variant.
    #[inline]
    pub fn cloud_p_cs(&self) -> &rt::Field<::std::vec::Vec<crate::v1::CloudPc>> {
        match self {
            Self::User(v) => &v.cloud_p_cs,
            Self::AgentUser(v) => &v.cloud_p_cs,
        }
    }
    /// `cloudPCs` of any variant.
    #[inline]
    pub fn cloud_p_cs_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::CloudPc>> {
        match self {
            Self::User(v) => &mut v.cloud_p_cs,
            Self::AgentUser(v) => &mut v.cloud_p_cs,
        }
    }
    /// `contactFolders` of any variant.
    #[inline]
    pub fn contact_folders(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::ContactFolder>> {
        match self {
            Self::User(v) => &v.contact_folders,
            Self::AgentUser(v) => &v.contact_folders,
        }
    }
    /// `contactFolders` of any variant.
    #[inline]
    pub fn contact_folders_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::ContactFolder>> {
        match self {
            Self::User(v) => &mut v.contact_folders,
            Self::AgentUser(v) => &mut v.contact_folders,
        }
    }
    /// `contacts` of any variant.
    #[inline]
    pub fn contacts(&self) -> &rt::Field<::std::vec::Vec<crate::v1::Contact>> {
        match self {
            Self::User(v) => &v.contacts,
            Self::AgentUser(v) => &v.contacts,
        }
    }
    /// `contacts` of any variant.
    #[inline]
    pub fn contacts_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::Contact>> {
        match self {
            Self::User(v) => &mut v.contacts,
            Self::AgentUser(v) => &mut v.contacts,
        }
    }
    /// `createdObjects` of any variant.
    #[inline]
    pub fn created_objects(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>> {
        match self {
            Self::User(v) => &v.created_objects,
            Self::AgentUser(v) => &v.created_objects,
        }
    }
    /// `createdObjects` of any variant.
    #[inline]
    pub fn created_objects_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>> {
        match self {
            Self::User(v) => &mut v.created_objects,
            Self::AgentUser(v) => &mut v.created_objects,
        }
    }
    /// `dataSecurityAndGovernance` of any variant.
    #[inline]
    pub fn data_security_and_governance(
        &self,
    ) -> &rt::Field<crate::v1::UserDataSecurityAndGovernance> {
        match self {
            Self::User(v) => &v.data_security_and_governance,
            Self::AgentUser(v) => &v.data_security_and_governance,
        }
    }
    /// `dataSecurityAndGovernance` of any variant.
    #[inline]
    pub fn data_security_and_governance_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::UserDataSecurityAndGovernance> {
        match self {
            Self::User(v) => &mut v.data_security_and_governance,
            Self::AgentUser(v) => &mut v.data_security_and_governance,
        }
    }
    /// `deviceManagementTroubleshootingEvents` of any variant.
    #[inline]
    pub fn device_management_troubleshooting_events(
        &self,
    ) -> &rt::Field<
        ::std::vec::Vec<crate::v1::AnyDeviceManagementTroubleshootingEvent>,
    > {
        match self {
            Self::User(v) => &v.device_management_troubleshooting_events,
            Self::AgentUser(v) => &v.device_management_troubleshooting_events,
        }
    }
    /// `deviceManagementTroubleshootingEvents` of any variant.
    #[inline]
    pub fn device_management_troubleshooting_events_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::v1::AnyDeviceManagementTroubleshootingEvent>,
    > {
        match self {
            Self::User(v) => &mut v.device_management_troubleshooting_events,
            Self::AgentUser(v) => &mut v.device_management_troubleshooting_events,
        }
    }
    /// `directReports` of any variant.
    #[inline]
    pub fn direct_reports(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>> {
        match self {
            Self::User(v) => &v.direct_reports,
            Self::AgentUser(v) => &v.direct_reports,
        }
    }
    /// `directReports` of any variant.
    #[inline]
    pub fn direct_reports_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>> {
        match self {
            Self::User(v) => &mut v.direct_reports,
            Self::AgentUser(v) => &mut v.direct_reports,
        }
    }
    /// `drive` of any variant.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_drives_or_search)]
    #[inline]
    pub fn drive(&self) -> &rt::Field<crate::v1::Drive> {
        match self {
            Self::User(v) => &v.drive,
            Self::AgentUser(v) => &v.drive,
        }
    }
    /// `drive` of any variant.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_drives_or_search)]
    #[inline]
    pub fn drive_mut(&mut self) -> &mut rt::Field<crate::v1::Drive> {
        match self {
            Self::User(v) => &mut v.drive,
            Self::AgentUser(v) => &mut v.drive,
        }
    }
    /// `drives` of any variant.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_drives_or_search)]
    #[inline]
    pub fn drives(&self) -> &rt::Field<::std::vec::Vec<crate::v1::Drive>> {
        match self {
            Self::User(v) => &v.drives,
            Self::AgentUser(v) => &v.drives,
        }
    }
    /// `drives` of any variant.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_drives_or_search)]
    #[inline]
    pub fn drives_mut(&mut self) -> &mut rt::Field<::std::vec::Vec<crate::v1::Drive>> {
        match self {
            Self::User(v) => &mut v.drives,
            Self::AgentUser(v) => &mut v.drives,
        }
    }
    /// `employeeExperience` of any variant.
    #[inline]
    pub fn employee_experience(&self) -> &rt::Field<crate::v1::EmployeeExperienceUser> {
        match self {
            Self::User(v) => &v.employee_experience,
            Self::AgentUser(v) => &v.employee_experience,
        }
    }
    /// `employeeExperience` of any variant.
    #[inline]
    pub fn employee_experience_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::EmployeeExperienceUser> {
        match self {
            Self::User(v) => &mut v.employee_experience,
            Self::AgentUser(v) => &mut v.employee_experience,
        }
    }
    /// `events` of any variant.
    #[inline]
    pub fn events(&self) -> &rt::Field<::std::vec::Vec<crate::v1::Event>> {
        match self {
            Self::User(v) => &v.events,
            Self::AgentUser(v) => &v.events,
        }
    }
    /// `events` of any variant.
    #[inline]
    pub fn events_mut(&mut self) -> &mut rt::Field<::std::vec::Vec<crate::v1::Event>> {
        match self {
            Self::User(v) => &mut v.events,
            Self::AgentUser(v) => &mut v.events,
        }
    }
    /// `extensions` of any variant.
    #[inline]
    pub fn extensions(&self) -> &rt::Field<::std::vec::Vec<crate::v1::AnyExtension>> {
        match self {
            Self::User(v) => &v.extensions,
            Self::AgentUser(v) => &v.extensions,
        }
    }
    /// `extensions` of any variant.
    #[inline]
    pub fn extensions_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyExtension>> {
        match self {
            Self::User(v) => &mut v.extensions,
            Self::AgentUser(v) => &mut v.extensions,
        }
    }
    /// `followedSites` of any variant.
    #[inline]
    pub fn followed_sites(&self) -> &rt::Field<::std::vec::Vec<crate::v1::Site>> {
        match self {
            Self::User(v) => &v.followed_sites,
            Self::AgentUser(v) => &v.followed_sites,
        }
    }
    /// `followedSites` of any variant.
    #[inline]
    pub fn followed_sites_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::Site>> {
        match self {
            Self::User(v) => &mut v.followed_sites,
            Self::AgentUser(v) => &mut v.followed_sites,
        }
    }
    /// `inferenceClassification` of any variant.
    #[inline]
    pub fn inference_classification(
        &self,
    ) -> &rt::Field<crate::v1::InferenceClassification> {
        match self {
            Self::User(v) => &v.inference_classification,
            Self::AgentUser(v) => &v.inference_classification,
        }
    }
    /// `inferenceClassification` of any variant.
    #[inline]
    pub fn inference_classification_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::InferenceClassification> {
        match self {
            Self::User(v) => &mut v.inference_classification,
            Self::AgentUser(v) => &mut v.inference_classification,
        }
    }
    /// `insights` of any variant.
    #[inline]
    pub fn insights(&self) -> &rt::Field<crate::v1::ItemInsights> {
        match self {
            Self::User(v) => &v.insights,
            Self::AgentUser(v) => &v.insights,
        }
    }
    /// `insights` of any variant.
    #[inline]
    pub fn insights_mut(&mut self) -> &mut rt::Field<crate::v1::ItemInsights> {
        match self {
            Self::User(v) => &mut v.insights,
            Self::AgentUser(v) => &mut v.insights,
        }
    }
    /// `joinedTeams` of any variant.
    #[inline]
    pub fn joined_teams(&self) -> &rt::Field<::std::vec::Vec<crate::v1::Team>> {
        match self {
            Self::User(v) => &v.joined_teams,
            Self::AgentUser(v) => &v.joined_teams,
        }
    }
    /// `joinedTeams` of any variant.
    #[inline]
    pub fn joined_teams_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::Team>> {
        match self {
            Self::User(v) => &mut v.joined_teams,
            Self::AgentUser(v) => &mut v.joined_teams,
        }
    }
    /// `licenseDetails` of any variant.
    #[inline]
    pub fn license_details(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::LicenseDetails>> {
        match self {
            Self::User(v) => &v.license_details,
            Self::AgentUser(v) => &v.license_details,
        }
    }
    /// `licenseDetails` of any variant.
    #[inline]
    pub fn license_details_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::LicenseDetails>> {
        match self {
            Self::User(v) => &mut v.license_details,
            Self::AgentUser(v) => &mut v.license_details,
        }
    }
    /// `mailFolders` of any variant.
    #[inline]
    pub fn mail_folders(&self) -> &rt::Field<::std::vec::Vec<crate::v1::AnyMailFolder>> {
        match self {
            Self::User(v) => &v.mail_folders,
            Self::AgentUser(v) => &v.mail_folders,
        }
    }
    /// `mailFolders` of any variant.
    #[inline]
    pub fn mail_folders_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyMailFolder>> {
        match self {
            Self::User(v) => &mut v.mail_folders,
            Self::AgentUser(v) => &mut v.mail_folders,
        }
    }
    /// `managedAppRegistrations` of any variant.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_device_app_management_or_search)]
    #[inline]
    pub fn managed_app_registrations(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AnyManagedAppRegistration>> {
        match self {
            Self::User(v) => &v.managed_app_registrations,
            Self::AgentUser(v) => &v.managed_app_registrations,
        }
    }
    /// `managedAppRegistrations` of any variant.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_device_app_management_or_search)]
    #[inline]
    pub fn managed_app_registrations_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyManagedAppRegistration>> {
        match self {
            Self::User(v) => &mut v.managed_app_registrations,
            Self::AgentUser(v) => &mut v.managed_app_registrations,
        }
    }
    /// `managedDevices` of any variant.
    #[inline]
    pub fn managed_devices(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::ManagedDevice>> {
        match self {
            Self::User(v) => &v.managed_devices,
            Self::AgentUser(v) => &v.managed_devices,
        }
    }
    /// `managedDevices` of any variant.
    #[inline]
    pub fn managed_devices_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::ManagedDevice>> {
        match self {
            Self::User(v) => &mut v.managed_devices,
            Self::AgentUser(v) => &mut v.managed_devices,
        }
    }
    /// `manager` of any variant.
    #[inline]
    pub fn manager(&self) -> &rt::Field<crate::v1::AnyDirectoryObject> {
        match self {
            Self::User(v) => &v.manager,
            Self::AgentUser(v) => &v.manager,
        }
    }
    /// `manager` of any variant.
    #[inline]
    pub fn manager_mut(&mut self) -> &mut rt::Field<crate::v1::AnyDirectoryObject> {
        match self {
            Self::User(v) => &mut v.manager,
            Self::AgentUser(v) => &mut v.manager,
        }
    }
    /// `memberOf` of any variant.
    #[inline]
    pub fn member_of(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>> {
        match self {
            Self::User(v) => &v.member_of,
            Self::AgentUser(v) => &v.member_of,
        }
    }
    /// `memberOf` of any variant.
    #[inline]
    pub fn member_of_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>> {
        match self {
            Self::User(v) => &mut v.member_of,
            Self::AgentUser(v) => &mut v.member_of,
        }
    }
    /// `messages` of any variant.
    #[inline]
    pub fn messages(&self) -> &rt::Field<::std::vec::Vec<crate::v1::AnyMessage>> {
        match self {
            Self::User(v) => &v.messages,
            Self::AgentUser(v) => &v.messages,
        }
    }
    /// `messages` of any variant.
    #[inline]
    pub fn messages_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyMessage>> {
        match self {
            Self::User(v) => &mut v.messages,
            Self::AgentUser(v) => &mut v.messages,
        }
    }
    /// `oauth2PermissionGrants` of any variant.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
    #[inline]
    pub fn oauth2_permission_grants(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::OAuth2PermissionGrant>> {
        match self {
            Self::User(v) => &v.oauth2_permission_grants,
            Self::AgentUser(v) => &v.oauth2_permission_grants,
        }
    }
    /// `oauth2PermissionGrants` of any variant.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
    #[inline]
    pub fn oauth2_permission_grants_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::OAuth2PermissionGrant>> {
        match self {
            Self::User(v) => &mut v.oauth2_permission_grants,
            Self::AgentUser(v) => &mut v.oauth2_permission_grants,
        }
    }
    /// `onenote` of any variant.
    #[inline]
    pub fn onenote(&self) -> &rt::Field<crate::v1::Onenote> {
        match self {
            Self::User(v) => &v.onenote,
            Self::AgentUser(v) => &v.onenote,
        }
    }
    /// `onenote` of any variant.
    #[inline]
    pub fn onenote_mut(&mut self) -> &mut rt::Field<crate::v1::Onenote> {
        match self {
            Self::User(v) => &mut v.onenote,
            Self::AgentUser(v) => &mut v.onenote,
        }
    }
    /// `onlineMeetings` of any variant.
    #[inline]
    pub fn online_meetings(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::OnlineMeeting>> {
        match self {
            Self::User(v) => &v.online_meetings,
            Self::AgentUser(v) => &v.online_meetings,
        }
    }
    /// `onlineMeetings` of any variant.
    #[inline]
    pub fn online_meetings_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::OnlineMeeting>> {
        match self {
            Self::User(v) => &mut v.online_meetings,
            Self::AgentUser(v) => &mut v.online_meetings,
        }
    }
    /// `onPremisesSyncBehavior` of any variant.
    #[inline]
    pub fn on_premises_sync_behavior(
        &self,
    ) -> &rt::Field<crate::v1::OnPremisesSyncBehavior> {
        match self {
            Self::User(v) => &v.on_premises_sync_behavior,
            Self::AgentUser(v) => &v.on_premises_sync_behavior,
        }
    }
    /// `onPremisesSyncBehavior` of any variant.
    #[inline]
    pub fn on_premises_sync_behavior_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::OnPremisesSyncBehavior> {
        match self {
            Self::User(v) => &mut v.on_premises_sync_behavior,
            Self::AgentUser(v) => &mut v.on_premises_sync_behavior,
        }
    }
    /// `outlook` of any variant.
    #[inline]
    pub fn outlook(&self) -> &rt::Field<crate::v1::OutlookUser> {
        match self {
            Self::User(v) => &v.outlook,
            Self::AgentUser(v) => &v.outlook,
        }
    }
    /// `outlook` of any variant.
    #[inline]
    pub fn outlook_mut(&mut self) -> &mut rt::Field<crate::v1::OutlookUser> {
        match self {
            Self::User(v) => &mut v.outlook,
            Self::AgentUser(v) => &mut v.outlook,
        }
    }
    /// `ownedDevices` of any variant.
    #[inline]
    pub fn owned_devices(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>> {
        match self {
            Self::User(v) => &v.owned_devices,
            Self::AgentUser(v) => &v.owned_devices,
        }
    }
    /// `ownedDevices` of any variant.
    #[inline]
    pub fn owned_devices_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>> {
        match self {
            Self::User(v) => &mut v.owned_devices,
            Self::AgentUser(v) => &mut v.owned_devices,
        }
    }
    /// `ownedObjects` of any variant.
    #[inline]
    pub fn owned_objects(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>> {
        match self {
            Self::User(v) => &v.owned_objects,
            Self::AgentUser(v) => &v.owned_objects,
        }
    }
    /// `ownedObjects` of any variant.
    #[inline]
    pub fn owned_objects_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>> {
        match self {
            Self::User(v) => &mut v.owned_objects,
            Self::AgentUser(v) => &mut v.owned_objects,
        }
    }
    /// `people` of any variant.
    #[inline]
    pub fn people(&self) -> &rt::Field<::std::vec::Vec<crate::v1::Person>> {
        match self {
            Self::User(v) => &v.people,
            Self::AgentUser(v) => &v.people,
        }
    }
    /// `people` of any variant.
    #[inline]
    pub fn people_mut(&mut self) -> &mut rt::Field<::std::vec::Vec<crate::v1::Person>> {
        match self {
            Self::User(v) => &mut v.people,
            Self::AgentUser(v) => &mut v.people,
        }
    }
    /// `permissionGrants` of any variant.
    #[inline]
    pub fn permission_grants(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::ResourceSpecificPermissionGrant>> {
        match self {
            Self::User(v) => &v.permission_grants,
            Self::AgentUser(v) => &v.permission_grants,
        }
    }
    /// `permissionGrants` of any variant.
    #[inline]
    pub fn permission_grants_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::ResourceSpecificPermissionGrant>> {
        match self {
            Self::User(v) => &mut v.permission_grants,
            Self::AgentUser(v) => &mut v.permission_grants,
        }
    }
    /// `photo` of any variant.
    #[inline]
    pub fn photo(&self) -> &rt::Field<crate::v1::ProfilePhoto> {
        match self {
            Self::User(v) => &v.photo,
            Self::AgentUser(v) => &v.photo,
        }
    }
    /// `photo` of any variant.
    #[inline]
    pub fn photo_mut(&mut self) -> &mut rt::Field<crate::v1::ProfilePhoto> {
        match self {
            Self::User(v) => &mut v.photo,
            Self::AgentUser(v) => &mut v.photo,
        }
    }
    /// `photos` of any variant.
    #[inline]
    pub fn photos(&self) -> &rt::Field<::std::vec::Vec<crate::v1::ProfilePhoto>> {
        match self {
            Self::User(v) => &v.photos,
            Self::AgentUser(v) => &v.photos,
        }
    }
    /// `photos` of any variant.
    #[inline]
    pub fn photos_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::ProfilePhoto>> {
        match self {
            Self::User(v) => &mut v.photos,
            Self::AgentUser(v) => &mut v.photos,
        }
    }
    /// `planner` of any variant.
    #[inline]
    pub fn planner(&self) -> &rt::Field<crate::v1::PlannerUser> {
        match self {
            Self::User(v) => &v.planner,
            Self::AgentUser(v) => &v.planner,
        }
    }
    /// `planner` of any variant.
    #[inline]
    pub fn planner_mut(&mut self) -> &mut rt::Field<crate::v1::PlannerUser> {
        match self {
            Self::User(v) => &mut v.planner,
            Self::AgentUser(v) => &mut v.planner,
        }
    }
    /// `presence` of any variant.
    #[inline]
    pub fn presence(&self) -> &rt::Field<crate::v1::Presence> {
        match self {
            Self::User(v) => &v.presence,
            Self::AgentUser(v) => &v.presence,
        }
    }
    /// `presence` of any variant.
    #[inline]
    pub fn presence_mut(&mut self) -> &mut rt::Field<crate::v1::Presence> {
        match self {
            Self::User(v) => &mut v.presence,
            Self::AgentUser(v) => &mut v.presence,
        }
    }
    /// `registeredDevices` of any variant.
    #[inline]
    pub fn registered_devices(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>> {
        match self {
            Self::User(v) => &v.registered_devices,
            Self::AgentUser(v) => &v.registered_devices,
        }
    }
    /// `registeredDevices` of any variant.
    #[inline]
    pub fn registered_devices_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>> {
        match self {
            Self::User(v) => &mut v.registered_devices,
            Self::AgentUser(v) => &mut v.registered_devices,
        }
    }
    /// `scopedRoleMemberOf` of any variant.
    #[inline]
    pub fn scoped_role_member_of(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::ScopedRoleMembership>> {
        match self {
            Self::User(v) => &v.scoped_role_member_of,
            Self::AgentUser(v) => &v.scoped_role_member_of,
        }
    }
    /// `scopedRoleMemberOf` of any variant.
    #[inline]
    pub fn scoped_role_member_of_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::ScopedRoleMembership>> {
        match self {
            Self::User(v) => &mut v.scoped_role_member_of,
            Self::AgentUser(v) => &mut v.scoped_role_member_of,
        }
    }
    /// `settings` of any variant.
    #[inline]
    pub fn settings(&self) -> &rt::Field<crate::v1::UserSettings> {
        match self {
            Self::User(v) => &v.settings,
            Self::AgentUser(v) => &v.settings,
        }
    }
    /// `settings` of any variant.
    #[inline]
    pub fn settings_mut(&mut self) -> &mut rt::Field<crate::v1::UserSettings> {
        match self {
            Self::User(v) => &mut v.settings,
            Self::AgentUser(v) => &mut v.settings,
        }
    }
    /// `solutions` of any variant.
    #[inline]
    pub fn solutions(&self) -> &rt::Field<crate::v1::UserSolutionRoot> {
        match self {
            Self::User(v) => &v.solutions,
            Self::AgentUser(v) => &v.solutions,
        }
    }
    /// `solutions` of any variant.
    #[inline]
    pub fn solutions_mut(&mut self) -> &mut rt::Field<crate::v1::UserSolutionRoot> {
        match self {
            Self::User(v) => &mut v.solutions,
            Self::AgentUser(v) => &mut v.solutions,
        }
    }
    /// `sponsorOf` of any variant.
    #[inline]
    pub fn sponsor_of(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>> {
        match self {
            Self::User(v) => &v.sponsor_of,
            Self::AgentUser(v) => &v.sponsor_of,
        }
    }
    /// `sponsorOf` of any variant.
    #[inline]
    pub fn sponsor_of_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>> {
        match self {
            Self::User(v) => &mut v.sponsor_of,
            Self::AgentUser(v) => &mut v.sponsor_of,
        }
    }
    /// `sponsors` of any variant.
    #[inline]
    pub fn sponsors(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>> {
        match self {
            Self::User(v) => &v.sponsors,
            Self::AgentUser(v) => &v.sponsors,
        }
    }
    /// `sponsors` of any variant.
    #[inline]
    pub fn sponsors_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>> {
        match self {
            Self::User(v) => &mut v.sponsors,
            Self::AgentUser(v) => &mut v.sponsors,
        }
    }
    /// `teamwork` of any variant.
    #[inline]
    pub fn teamwork(&self) -> &rt::Field<crate::v1::UserTeamwork> {
        match self {
            Self::User(v) => &v.teamwork,
            Self::AgentUser(v) => &v.teamwork,
        }
    }
    /// `teamwork` of any variant.
    #[inline]
    pub fn teamwork_mut(&mut self) -> &mut rt::Field<crate::v1::UserTeamwork> {
        match self {
            Self::User(v) => &mut v.teamwork,
            Self::AgentUser(v) => &mut v.teamwork,
        }
    }
    /// `todo` of any variant.
    #[inline]
    pub fn todo(&self) -> &rt::Field<crate::v1::Todo> {
        match self {
            Self::User(v) => &v.todo,
            Self::AgentUser(v) => &v.todo,
        }
    }
    /// `todo` of any variant.
    #[inline]
    pub fn todo_mut(&mut self) -> &mut rt::Field<crate::v1::Todo> {
        match self {
            Self::User(v) => &mut v.todo,
            Self::AgentUser(v) => &mut v.todo,
        }
    }
    /// `transitiveMemberOf` of any variant.
    #[inline]
    pub fn transitive_member_of(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>> {
        match self {
            Self::User(v) => &v.transitive_member_of,
            Self::AgentUser(v) => &v.transitive_member_of,
        }
    }
    /// `transitiveMemberOf` of any variant.
    #[inline]
    pub fn transitive_member_of_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>> {
        match self {
            Self::User(v) => &mut v.transitive_member_of,
            Self::AgentUser(v) => &mut v.transitive_member_of,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_poly!(AnyUser);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyUser);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.userPrint`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct UserPrint {
    /// CSDL: containment navigation property `recentPrinterShares`: `Collection(microsoft.graph.printerShare)`, not nullable.
    pub recent_printer_shares: rt::Field<::std::vec::Vec<crate::v1::PrinterShare>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for UserPrint {
    #[inline]
    fn default() -> Self {
        Self {
            recent_printer_shares: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for UserPrint {
    const TYPE_NAME: &'static str = "microsoft.graph.userPrint";
    const KEYS: &'static [&'static str] = &["recentPrinterShares"];
    const KEYS_JSON: &'static [&'static str] = &[",\"recentPrinterShares\":          "];
    const TAG: &'static str = "\"#microsoft.graph.userPrint\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "recent_printer_shares", &self.recent_printer_shares);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for UserPrint {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.recent_printer_shares.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.recent_printer_shares);
    }
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
rt::impl_object!(UserPrint);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    UserPrint { with_recent_printer_shares recent_printer_shares : ::std::vec::Vec <
    crate ::v1::PrinterShare >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserPrint);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.userScopeTeamsAppInstallation`, entity type, derived from `microsoft.graph.teamsAppInstallation`, key `id`.
///
/// Request builders: [`UserScopeTeamsAppInstallationPath`](requests/trait.UserScopeTeamsAppInstallationPath.html), what a path to one (`EntityPath<UserScopeTeamsAppInstallation, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct UserScopeTeamsAppInstallation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `consentedPermissionSet`: `microsoft.graph.teamsAppPermissionSet`, nullable.
    pub consented_permission_set: rt::Field<crate::v1::TeamsAppPermissionSet>,
    /// CSDL: navigation property `teamsApp`: `microsoft.graph.teamsApp`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_app_catalogs_or_search)]
    pub teams_app: rt::Field<crate::v1::TeamsApp>,
    /// CSDL: navigation property `teamsAppDefinition`: `microsoft.graph.teamsAppDefinition`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_app_catalogs_or_search)]
    pub teams_app_definition: rt::Field<crate::v1::TeamsAppDefinition>,
    /// CSDL: navigation property `chat`: `microsoft.graph.chat`, nullable.
    pub chat: rt::Field<crate::v1::Chat>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for UserScopeTeamsAppInstallation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            consented_permission_set: rt::Field::Absent,
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            teams_app: rt::Field::Absent,
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            teams_app_definition: rt::Field::Absent,
            chat: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for UserScopeTeamsAppInstallation {
    const TYPE_NAME: &'static str = "microsoft.graph.userScopeTeamsAppInstallation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "consentedPermissionSet",
        "teamsApp",
        "teamsAppDefinition",
        "chat",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"consentedPermissionSet\":       ",
        ",\"teamsApp\":                     ",
        ",\"teamsAppDefinition\":           ",
        ",\"chat\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userScopeTeamsAppInstallation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "consented_permission_set", &self.consented_permission_set);
        #[cfg(msgraph_v1_app_catalogs_or_search)]
        v.field(2usize, "teams_app", &self.teams_app);
        #[cfg(msgraph_v1_app_catalogs_or_search)]
        v.field(3usize, "teams_app_definition", &self.teams_app_definition);
        v.field(4usize, "chat", &self.chat);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for UserScopeTeamsAppInstallation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.consented_permission_set.read_from(r),
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            2usize => self.teams_app.read_from(r),
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            3usize => self.teams_app_definition.read_from(r),
            4usize => self.chat.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.consented_permission_set);
        #[cfg(msgraph_v1_app_catalogs_or_search)] w.field(2usize, &self.teams_app);
        #[cfg(msgraph_v1_app_catalogs_or_search)]
        w.field(3usize, &self.teams_app_definition);
        w.field(4usize, &self.chat);
    }
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
rt::impl_object!(UserScopeTeamsAppInstallation);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    UserScopeTeamsAppInstallation { with_id id : ::std::string::String;
    with_consented_permission_set consented_permission_set : crate
    ::v1::TeamsAppPermissionSet; #[cfg(msgraph_v1_app_catalogs_or_search)] with_teams_app
    teams_app : crate ::v1::TeamsApp; #[cfg(msgraph_v1_app_catalogs_or_search)]
    with_teams_app_definition teams_app_definition : crate ::v1::TeamsAppDefinition;
    with_chat chat : crate ::v1::Chat; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserScopeTeamsAppInstallation);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.userTeamwork`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UserTeamworkPath`](requests/trait.UserTeamworkPath.html), what a path to one (`EntityPath<UserTeamwork, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct UserTeamwork {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `locale`: `Edm.String`, nullable.
    pub locale: rt::Field<::std::string::String>,
    /// CSDL: property `region`: `Edm.String`, nullable.
    pub region: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `associatedTeams`: `Collection(microsoft.graph.associatedTeamInfo)`, not nullable.
    pub associated_teams: rt::Field<::std::vec::Vec<crate::v1::AssociatedTeamInfo>>,
    /// CSDL: containment navigation property `installedApps`: `Collection(microsoft.graph.userScopeTeamsAppInstallation)`, not nullable.
    pub installed_apps: rt::Field<
        ::std::vec::Vec<crate::v1::UserScopeTeamsAppInstallation>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for UserTeamwork {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            locale: rt::Field::Absent,
            region: rt::Field::Absent,
            associated_teams: rt::Field::Absent,
            installed_apps: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for UserTeamwork {
    const TYPE_NAME: &'static str = "microsoft.graph.userTeamwork";
    const KEYS: &'static [&'static str] = &[
        "id",
        "locale",
        "region",
        "associatedTeams",
        "installedApps",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"locale\":                       ",
        ",\"region\":                       ",
        ",\"associatedTeams\":              ",
        ",\"installedApps\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userTeamwork\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "locale", &self.locale);
        v.field(2usize, "region", &self.region);
        v.field(3usize, "associated_teams", &self.associated_teams);
        v.field(4usize, "installed_apps", &self.installed_apps);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for UserTeamwork {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.locale.read_from(r),
            2usize => self.region.read_from(r),
            3usize => self.associated_teams.read_from(r),
            4usize => self.installed_apps.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.locale);
        w.field(2usize, &self.region);
        w.field(3usize, &self.associated_teams);
        w.field(4usize, &self.installed_apps);
    }
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
rt::impl_object!(UserTeamwork);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    UserTeamwork { with_id id : ::std::string::String; with_locale locale :
    ::std::string::String; with_region region : ::std::string::String;
    with_associated_teams associated_teams : ::std::vec::Vec < crate
    ::v1::AssociatedTeamInfo >; with_installed_apps installed_apps : ::std::vec::Vec <
    crate ::v1::UserScopeTeamsAppInstallation >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserTeamwork);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.virtualEndpoint`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`VirtualEndpointPath`](requests/trait.VirtualEndpointPath.html), what a path to one (`EntityPath<VirtualEndpoint, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct VirtualEndpoint {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `auditEvents`: `Collection(microsoft.graph.cloudPcAuditEvent)`, not nullable.
    pub audit_events: rt::Field<::std::vec::Vec<crate::v1::CloudPcAuditEvent>>,
    /// CSDL: containment navigation property `cloudPCs`: `Collection(microsoft.graph.cloudPC)`, not nullable.
    pub cloud_p_cs: rt::Field<::std::vec::Vec<crate::v1::CloudPc>>,
    /// CSDL: containment navigation property `deviceImages`: `Collection(microsoft.graph.cloudPcDeviceImage)`, not nullable.
    pub device_images: rt::Field<::std::vec::Vec<crate::v1::CloudPcDeviceImage>>,
    /// CSDL: containment navigation property `galleryImages`: `Collection(microsoft.graph.cloudPcGalleryImage)`, not nullable.
    pub gallery_images: rt::Field<::std::vec::Vec<crate::v1::CloudPcGalleryImage>>,
    /// CSDL: containment navigation property `onPremisesConnections`: `Collection(microsoft.graph.cloudPcOnPremisesConnection)`, not nullable.
    pub on_premises_connections: rt::Field<
        ::std::vec::Vec<crate::v1::CloudPcOnPremisesConnection>,
    >,
    /// CSDL: containment navigation property `provisioningPolicies`: `Collection(microsoft.graph.cloudPcProvisioningPolicy)`, not nullable.
    pub provisioning_policies: rt::Field<
        ::std::vec::Vec<crate::v1::CloudPcProvisioningPolicy>,
    >,
    /// CSDL: containment navigation property `report`: `microsoft.graph.cloudPcReport`, nullable.
    pub report: rt::Field<crate::v1::CloudPcReport>,
    /// CSDL: containment navigation property `servicePlans`: `Collection(microsoft.graph.cloudPcServicePlan)`, not nullable.
    pub service_plans: rt::Field<::std::vec::Vec<crate::v1::CloudPcServicePlan>>,
    /// CSDL: containment navigation property `userSettings`: `Collection(microsoft.graph.cloudPcUserSetting)`, not nullable.
    pub user_settings: rt::Field<::std::vec::Vec<crate::v1::CloudPcUserSetting>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for VirtualEndpoint {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            audit_events: rt::Field::Absent,
            cloud_p_cs: rt::Field::Absent,
            device_images: rt::Field::Absent,
            gallery_images: rt::Field::Absent,
            on_premises_connections: rt::Field::Absent,
            provisioning_policies: rt::Field::Absent,
            report: rt::Field::Absent,
            service_plans: rt::Field::Absent,
            user_settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for VirtualEndpoint {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEndpoint";
    const KEYS: &'static [&'static str] = &[
        "id",
        "auditEvents",
        "cloudPCs",
        "deviceImages",
        "galleryImages",
        "onPremisesConnections",
        "provisioningPolicies",
        "report",
        "servicePlans",
        "userSettings",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"auditEvents\":                  ",
        ",\"cloudPCs\":                     ",
        ",\"deviceImages\":                 ",
        ",\"galleryImages\":                ",
        ",\"onPremisesConnections\":        ",
        ",\"provisioningPolicies\":         ",
        ",\"report\":                       ",
        ",\"servicePlans\":                 ",
        ",\"userSettings\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.virtualEndpoint\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "audit_events", &self.audit_events);
        v.field(2usize, "cloud_p_cs", &self.cloud_p_cs);
        v.field(3usize, "device_images", &self.device_images);
        v.field(4usize, "gallery_images", &self.gallery_images);
        v.field(5usize, "on_premises_connections", &self.on_premises_connections);
        v.field(6usize, "provisioning_policies", &self.provisioning_policies);
        v.field(7usize, "report", &self.report);
        v.field(8usize, "service_plans", &self.service_plans);
        v.field(9usize, "user_settings", &self.user_settings);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for VirtualEndpoint {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.audit_events.read_from(r),
            2usize => self.cloud_p_cs.read_from(r),
            3usize => self.device_images.read_from(r),
            4usize => self.gallery_images.read_from(r),
            5usize => self.on_premises_connections.read_from(r),
            6usize => self.provisioning_policies.read_from(r),
            7usize => self.report.read_from(r),
            8usize => self.service_plans.read_from(r),
            9usize => self.user_settings.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.audit_events);
        w.field(2usize, &self.cloud_p_cs);
        w.field(3usize, &self.device_images);
        w.field(4usize, &self.gallery_images);
        w.field(5usize, &self.on_premises_connections);
        w.field(6usize, &self.provisioning_policies);
        w.field(7usize, &self.report);
        w.field(8usize, &self.service_plans);
        w.field(9usize, &self.user_settings);
    }
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
rt::impl_object!(VirtualEndpoint);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    VirtualEndpoint { with_id id : ::std::string::String; with_audit_events audit_events
    : ::std::vec::Vec < crate ::v1::CloudPcAuditEvent >; with_cloud_p_cs cloud_p_cs :
    ::std::vec::Vec < crate ::v1::CloudPc >; with_device_images device_images :
    ::std::vec::Vec < crate ::v1::CloudPcDeviceImage >; with_gallery_images
    gallery_images : ::std::vec::Vec < crate ::v1::CloudPcGalleryImage >;
    with_on_premises_connections on_premises_connections : ::std::vec::Vec < crate
    ::v1::CloudPcOnPremisesConnection >; with_provisioning_policies provisioning_policies
    : ::std::vec::Vec < crate ::v1::CloudPcProvisioningPolicy >; with_report report :
    crate ::v1::CloudPcReport; with_service_plans service_plans : ::std::vec::Vec < crate
    ::v1::CloudPcServicePlan >; with_user_settings user_settings : ::std::vec::Vec <
    crate ::v1::CloudPcUserSetting >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEndpoint);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.windowsHelloForBusinessAuthenticationMethod`, entity type, derived from `microsoft.graph.authenticationMethod`, key `id`.
///
/// Request builders: [`WindowsHelloForBusinessAuthenticationMethodPath`](requests/trait.WindowsHelloForBusinessAuthenticationMethodPath.html), what a path to one (`EntityPath<WindowsHelloForBusinessAuthenticationMethod, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WindowsHelloForBusinessAuthenticationMethod {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `keyStrength`: `microsoft.graph.authenticationMethodKeyStrength`, nullable.
    pub key_strength: rt::Field<crate::v1::AuthenticationMethodKeyStrength>,
    /// CSDL: navigation property `device`: `microsoft.graph.device`, nullable.
    pub device: rt::Field<crate::v1::Device>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for WindowsHelloForBusinessAuthenticationMethod {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            key_strength: rt::Field::Absent,
            device: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for WindowsHelloForBusinessAuthenticationMethod {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsHelloForBusinessAuthenticationMethod";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "displayName",
        "keyStrength",
        "device",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"keyStrength\":                  ",
        ",\"device\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsHelloForBusinessAuthenticationMethod\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "key_strength", &self.key_strength);
        v.field(4usize, "device", &self.device);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for WindowsHelloForBusinessAuthenticationMethod {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.key_strength.read_from(r),
            4usize => self.device.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.key_strength);
        w.field(4usize, &self.device);
    }
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
rt::impl_object!(WindowsHelloForBusinessAuthenticationMethod);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    WindowsHelloForBusinessAuthenticationMethod { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_display_name
    display_name : ::std::string::String; with_key_strength key_strength : crate
    ::v1::AuthenticationMethodKeyStrength; with_device device : crate ::v1::Device; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsHelloForBusinessAuthenticationMethod);
