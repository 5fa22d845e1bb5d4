//! Types of `microsoft.graph` by the first letters of their names (`aa_as`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.aadUserConversationMember`, entity type, derived from `microsoft.graph.conversationMember`, key `id`.
///
/// Request builders: [`AadUserConversationMemberPath`](requests/trait.AadUserConversationMemberPath.html), what a path to one (`EntityPath<AadUserConversationMember, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AadUserConversationMember {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `roles`: `Collection(Edm.String)`, nullable.
    pub roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `visibleHistoryStartDateTime`: `Edm.DateTimeOffset`, nullable.
    pub visible_history_start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `email`: `Edm.String`, nullable.
    pub email: rt::Field<::std::string::String>,
    /// CSDL: property `tenantId`: `Edm.String`, nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// CSDL: navigation property `user`: `microsoft.graph.user`, nullable.
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_v1_core)]
    pub user: rt::Field<crate::v1::AnyUser>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for AadUserConversationMember {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            roles: rt::Field::Absent,
            visible_history_start_date_time: rt::Field::Absent,
            email: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            user_id: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            user: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for AadUserConversationMember {
    const TYPE_NAME: &'static str = "microsoft.graph.aadUserConversationMember";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "roles",
        "visibleHistoryStartDateTime",
        "email",
        "tenantId",
        "userId",
        "user",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"roles\":                        ",
        ",\"visibleHistoryStartDateTime\":  ",
        ",\"email\":                        ",
        ",\"tenantId\":                     ",
        ",\"userId\":                       ",
        ",\"user\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.aadUserConversationMember\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "roles", &self.roles);
        v.field(
            3usize,
            "visible_history_start_date_time",
            &self.visible_history_start_date_time,
        );
        v.field(4usize, "email", &self.email);
        v.field(5usize, "tenant_id", &self.tenant_id);
        v.field(6usize, "user_id", &self.user_id);
        #[cfg(msgraph_v1_core)] v.field(7usize, "user", &self.user);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for AadUserConversationMember {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.roles.read_from(r),
            3usize => self.visible_history_start_date_time.read_from(r),
            4usize => self.email.read_from(r),
            5usize => self.tenant_id.read_from(r),
            6usize => self.user_id.read_from(r),
            #[cfg(msgraph_v1_core)]
            7usize => self.user.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.roles);
        w.field(3usize, &self.visible_history_start_date_time);
        w.field(4usize, &self.email);
        w.field(5usize, &self.tenant_id);
        w.field(6usize, &self.user_id);
        #[cfg(msgraph_v1_core)] w.field(7usize, &self.user);
    }
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
rt::impl_object!(AadUserConversationMember);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    AadUserConversationMember { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_roles roles : ::std::vec::Vec <
    ::std::string::String >; with_visible_history_start_date_time
    visible_history_start_date_time : rt::edm::DateTimeOffset; with_email email :
    ::std::string::String; with_tenant_id tenant_id : ::std::string::String; with_user_id
    user_id : ::std::string::String; #[cfg(msgraph_v1_core)] with_user user : crate
    ::v1::AnyUser; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(AadUserConversationMember);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackage`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AccessPackagePath`](requests/trait.AccessPackagePath.html), what a path to one (`EntityPath<AccessPackage, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessPackage {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isHidden`: `Edm.Boolean`, nullable.
    pub is_hidden: rt::Field<bool>,
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: navigation property `accessPackagesIncompatibleWith`: `Collection(microsoft.graph.accessPackage)`, not nullable.
    pub access_packages_incompatible_with: rt::Field<
        ::std::vec::Vec<crate::v1::AccessPackage>,
    >,
    /// CSDL: containment navigation property `assignmentPolicies`: `Collection(microsoft.graph.accessPackageAssignmentPolicy)`, not nullable.
    pub assignment_policies: rt::Field<
        ::std::vec::Vec<crate::v1::AccessPackageAssignmentPolicy>,
    >,
    /// CSDL: navigation property `catalog`: `microsoft.graph.accessPackageCatalog`, nullable.
    pub catalog: rt::Field<crate::v1::AccessPackageCatalog>,
    /// CSDL: navigation property `incompatibleAccessPackages`: `Collection(microsoft.graph.accessPackage)`, not nullable.
    pub incompatible_access_packages: rt::Field<
        ::std::vec::Vec<crate::v1::AccessPackage>,
    >,
    /// CSDL: navigation property `incompatibleGroups`: `Collection(microsoft.graph.group)`, not nullable.
    pub incompatible_groups: rt::Field<::std::vec::Vec<crate::v1::Group>>,
    /// CSDL: containment navigation property `resourceRoleScopes`: `Collection(microsoft.graph.accessPackageResourceRoleScope)`, not nullable.
    pub resource_role_scopes: rt::Field<
        ::std::vec::Vec<crate::v1::AccessPackageResourceRoleScope>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessPackage {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_hidden: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            access_packages_incompatible_with: rt::Field::Absent,
            assignment_policies: rt::Field::Absent,
            catalog: rt::Field::Absent,
            incompatible_access_packages: rt::Field::Absent,
            incompatible_groups: rt::Field::Absent,
            resource_role_scopes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessPackage {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackage";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "isHidden",
        "modifiedDateTime",
        "accessPackagesIncompatibleWith",
        "assignmentPolicies",
        "catalog",
        "incompatibleAccessPackages",
        "incompatibleGroups",
        "resourceRoleScopes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"isHidden\":                     ",
        ",\"modifiedDateTime\":             ",
        ",\"accessPackagesIncompatibleWith\":",
        ",\"assignmentPolicies\":           ",
        ",\"catalog\":                      ",
        ",\"incompatibleAccessPackages\":   ",
        ",\"incompatibleGroups\":           ",
        ",\"resourceRoleScopes\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "is_hidden", &self.is_hidden);
        v.field(5usize, "modified_date_time", &self.modified_date_time);
        v.field(
            6usize,
            "access_packages_incompatible_with",
            &self.access_packages_incompatible_with,
        );
        v.field(7usize, "assignment_policies", &self.assignment_policies);
        v.field(8usize, "catalog", &self.catalog);
        v.field(
            9usize,
            "incompatible_access_packages",
            &self.incompatible_access_packages,
        );
        v.field(10usize, "incompatible_groups", &self.incompatible_groups);
        v.field(11usize, "resource_role_scopes", &self.resource_role_scopes);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessPackage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.is_hidden.read_from(r),
            5usize => self.modified_date_time.read_from(r),
            6usize => self.access_packages_incompatible_with.read_from(r),
            7usize => self.assignment_policies.read_from(r),
            8usize => self.catalog.read_from(r),
            9usize => self.incompatible_access_packages.read_from(r),
            10usize => self.incompatible_groups.read_from(r),
            11usize => self.resource_role_scopes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.is_hidden);
        w.field(5usize, &self.modified_date_time);
        w.field(6usize, &self.access_packages_incompatible_with);
        w.field(7usize, &self.assignment_policies);
        w.field(8usize, &self.catalog);
        w.field(9usize, &self.incompatible_access_packages);
        w.field(10usize, &self.incompatible_groups);
        w.field(11usize, &self.resource_role_scopes);
    }
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
rt::impl_object!(AccessPackage);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackage { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_is_hidden is_hidden : bool; with_modified_date_time modified_date_time :
    rt::edm::DateTimeOffset; with_access_packages_incompatible_with
    access_packages_incompatible_with : ::std::vec::Vec < crate ::v1::AccessPackage >;
    with_assignment_policies assignment_policies : ::std::vec::Vec < crate
    ::v1::AccessPackageAssignmentPolicy >; with_catalog catalog : crate
    ::v1::AccessPackageCatalog; with_incompatible_access_packages
    incompatible_access_packages : ::std::vec::Vec < crate ::v1::AccessPackage >;
    with_incompatible_groups incompatible_groups : ::std::vec::Vec < crate ::v1::Group >;
    with_resource_role_scopes resource_role_scopes : ::std::vec::Vec < crate
    ::v1::AccessPackageResourceRoleScope >; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackage);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.accessPackageApprovalStage`, complex type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct AccessPackageApprovalStage {
    /// CSDL: property `approverInformationVisibility`: `microsoft.graph.approverInformationVisibility`, not nullable.
    pub approver_information_visibility: rt::Field<
        crate::v1::ApproverInformationVisibility,
    >,
    /// CSDL: property `durationBeforeAutomaticDenial`: `Edm.Duration`, nullable.
    pub duration_before_automatic_denial: rt::Field<rt::edm::Duration>,
    /// CSDL: property `durationBeforeEscalation`: `Edm.Duration`, nullable.
    pub duration_before_escalation: rt::Field<rt::edm::Duration>,
    /// CSDL: property `escalationApprovers`: `Collection(microsoft.graph.subjectSet)`, nullable.
    pub escalation_approvers: rt::Field<::std::vec::Vec<crate::v1::AnySubjectSet>>,
    /// CSDL: property `fallbackEscalationApprovers`: `Collection(microsoft.graph.subjectSet)`, nullable.
    pub fallback_escalation_approvers: rt::Field<
        ::std::vec::Vec<crate::v1::AnySubjectSet>,
    >,
    /// CSDL: property `fallbackPrimaryApprovers`: `Collection(microsoft.graph.subjectSet)`, nullable.
    pub fallback_primary_approvers: rt::Field<::std::vec::Vec<crate::v1::AnySubjectSet>>,
    /// CSDL: property `isApproverJustificationRequired`: `Edm.Boolean`, nullable.
    pub is_approver_justification_required: rt::Field<bool>,
    /// CSDL: property `isEscalationEnabled`: `Edm.Boolean`, nullable.
    pub is_escalation_enabled: rt::Field<bool>,
    /// CSDL: property `primaryApprovers`: `Collection(microsoft.graph.subjectSet)`, nullable.
    pub primary_approvers: rt::Field<::std::vec::Vec<crate::v1::AnySubjectSet>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for AccessPackageApprovalStage {
    #[inline]
    fn default() -> Self {
        Self {
            approver_information_visibility: rt::Field::Absent,
            duration_before_automatic_denial: rt::Field::Absent,
            duration_before_escalation: rt::Field::Absent,
            escalation_approvers: rt::Field::Absent,
            fallback_escalation_approvers: rt::Field::Absent,
            fallback_primary_approvers: rt::Field::Absent,
            is_approver_justification_required: rt::Field::Absent,
            is_escalation_enabled: rt::Field::Absent,
            primary_approvers: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for AccessPackageApprovalStage {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageApprovalStage";
    const KEYS: &'static [&'static str] = &[
        "approverInformationVisibility",
        "durationBeforeAutomaticDenial",
        "durationBeforeEscalation",
        "escalationApprovers",
        "fallbackEscalationApprovers",
        "fallbackPrimaryApprovers",
        "isApproverJustificationRequired",
        "isEscalationEnabled",
        "primaryApprovers",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"approverInformationVisibility\":",
        ",\"durationBeforeAutomaticDenial\":",
        ",\"durationBeforeEscalation\":     ",
        ",\"escalationApprovers\":          ",
        ",\"fallbackEscalationApprovers\":  ",
        ",\"fallbackPrimaryApprovers\":     ",
        ",\"isApproverJustificationRequired\":",
        ",\"isEscalationEnabled\":          ",
        ",\"primaryApprovers\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageApprovalStage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "approver_information_visibility",
            &self.approver_information_visibility,
        );
        v.field(
            1usize,
            "duration_before_automatic_denial",
            &self.duration_before_automatic_denial,
        );
        v.field(2usize, "duration_before_escalation", &self.duration_before_escalation);
        v.field(3usize, "escalation_approvers", &self.escalation_approvers);
        v.field(
            4usize,
            "fallback_escalation_approvers",
            &self.fallback_escalation_approvers,
        );
        v.field(5usize, "fallback_primary_approvers", &self.fallback_primary_approvers);
        v.field(
            6usize,
            "is_approver_justification_required",
            &self.is_approver_justification_required,
        );
        v.field(7usize, "is_escalation_enabled", &self.is_escalation_enabled);
        v.field(8usize, "primary_approvers", &self.primary_approvers);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for AccessPackageApprovalStage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.approver_information_visibility.read_from(r),
            1usize => self.duration_before_automatic_denial.read_from(r),
            2usize => self.duration_before_escalation.read_from(r),
            3usize => self.escalation_approvers.read_from(r),
            4usize => self.fallback_escalation_approvers.read_from(r),
            5usize => self.fallback_primary_approvers.read_from(r),
            6usize => self.is_approver_justification_required.read_from(r),
            7usize => self.is_escalation_enabled.read_from(r),
            8usize => self.primary_approvers.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.approver_information_visibility);
        w.field(1usize, &self.duration_before_automatic_denial);
        w.field(2usize, &self.duration_before_escalation);
        w.field(3usize, &self.escalation_approvers);
        w.field(4usize, &self.fallback_escalation_approvers);
        w.field(5usize, &self.fallback_primary_approvers);
        w.field(6usize, &self.is_approver_justification_required);
        w.field(7usize, &self.is_escalation_enabled);
        w.field(8usize, &self.primary_approvers);
    }
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
rt::impl_object!(AccessPackageApprovalStage);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    AccessPackageApprovalStage { with_approver_information_visibility
    approver_information_visibility : crate ::v1::ApproverInformationVisibility;
    with_duration_before_automatic_denial duration_before_automatic_denial :
    rt::edm::Duration; with_duration_before_escalation duration_before_escalation :
    rt::edm::Duration; with_escalation_approvers escalation_approvers : ::std::vec::Vec <
    crate ::v1::AnySubjectSet >; with_fallback_escalation_approvers
    fallback_escalation_approvers : ::std::vec::Vec < crate ::v1::AnySubjectSet >;
    with_fallback_primary_approvers fallback_primary_approvers : ::std::vec::Vec < crate
    ::v1::AnySubjectSet >; with_is_approver_justification_required
    is_approver_justification_required : bool; with_is_escalation_enabled
    is_escalation_enabled : bool; with_primary_approvers primary_approvers :
    ::std::vec::Vec < crate ::v1::AnySubjectSet >; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageApprovalStage);
#[cfg(msgraph_v1_any_area)]
/// `microsoft.graph.accessPackageApprovalStage` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAccessPackageApprovalStage {
    AccessPackageApprovalStage(::std::boxed::Box<crate::v1::AccessPackageApprovalStage>),
    AccessPackageDynamicApprovalStage(
        ::std::boxed::Box<crate::v1::AccessPackageDynamicApprovalStage>,
    ),
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for AnyAccessPackageApprovalStage {
    #[inline]
    fn default() -> Self {
        Self::AccessPackageApprovalStage(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessPackageApprovalStage>
for AnyAccessPackageApprovalStage {
    #[inline]
    fn from(v: crate::v1::AccessPackageApprovalStage) -> Self {
        Self::AccessPackageApprovalStage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessPackageDynamicApprovalStage>
for AnyAccessPackageApprovalStage {
    #[inline]
    fn from(v: crate::v1::AccessPackageDynamicApprovalStage) -> Self {
        Self::AccessPackageDynamicApprovalStage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
unsafe impl ::std::marker::Send for AnyAccessPackageApprovalStage {}
#[cfg(msgraph_v1_any_area)]
unsafe impl ::std::marker::Sync for AnyAccessPackageApprovalStage {}
#[cfg(msgraph_v1_any_area)]
impl ::std::marker::Unpin for AnyAccessPackageApprovalStage {}
#[cfg(msgraph_v1_any_area)]
impl ::std::panic::UnwindSafe for AnyAccessPackageApprovalStage {}
#[cfg(msgraph_v1_any_area)]
impl ::std::panic::RefUnwindSafe for AnyAccessPackageApprovalStage {}
#[cfg(msgraph_v1_any_area)]
const _: () = {
    rt::object::auto_traits::<crate::v1::AccessPackageApprovalStage>();
    rt::object::auto_traits::<crate::v1::AccessPackageDynamicApprovalStage>();
};
#[cfg(msgraph_v1_any_area)]
impl rt::Poly for AnyAccessPackageApprovalStage {
    const BASE_NAME: &'static str = "microsoft.graph.accessPackageApprovalStage";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageDynamicApprovalStage",
            ) => Self::AccessPackageDynamicApprovalStage(rt::object::new_boxed()),
            _ => Self::AccessPackageApprovalStage(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AccessPackageApprovalStage(v) => &**v,
            Self::AccessPackageDynamicApprovalStage(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AccessPackageApprovalStage(v) => &mut **v,
            Self::AccessPackageDynamicApprovalStage(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl AnyAccessPackageApprovalStage {
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
    /// `approverInformationVisibility` of any variant.
    #[inline]
    pub fn approver_information_visibility(
        &self,
    ) -> &rt::Field<crate::v1::ApproverInformationVisibility> {
        match self {
            Self::AccessPackageApprovalStage(v) => &v.approver_information_visibility,
            Self::AccessPackageDynamicApprovalStage(v) => {
                &v.approver_information_visibility
            }
        }
    }
    /// `approverInformationVisibility` of any variant.
    #[inline]
    pub fn approver_information_visibility_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::ApproverInformationVisibility> {
        match self {
            Self::AccessPackageApprovalStage(v) => &mut v.approver_information_visibility,
            Self::AccessPackageDynamicApprovalStage(v) => {
                &mut v.approver_information_visibility
            }
        }
    }
    /// `durationBeforeAutomaticDenial` of any variant.
    #[inline]
    pub fn duration_before_automatic_denial(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::AccessPackageApprovalStage(v) => &v.duration_before_automatic_denial,
            Self::AccessPackageDynamicApprovalStage(v) => {
                &v.duration_before_automatic_denial
            }
        }
    }
    /// `durationBeforeAutomaticDenial` of any variant.
    #[inline]
    pub fn duration_before_automatic_denial_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::AccessPackageApprovalStage(v) => {
                &mut v.duration_before_automatic_denial
            }
            Self::AccessPackageDynamicApprovalStage(v) => {
                &mut v.duration_before_automatic_denial
            }
        }
    }
    /// `durationBeforeEscalation` of any variant.
    #[inline]
    pub fn duration_before_escalation(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::AccessPackageApprovalStage(v) => &v.duration_before_escalation,
            Self::AccessPackageDynamicApprovalStage(v) => &v.duration_before_escalation,
        }
    }
    /// `durationBeforeEscalation` of any variant.
    #[inline]
    pub fn duration_before_escalation_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::AccessPackageApprovalStage(v) => &mut v.duration_before_escalation,
            Self::AccessPackageDynamicApprovalStage(v) => {
                &mut v.duration_before_escalation
            }
        }
    }
    /// `escalationApprovers` of any variant.
    #[inline]
    pub fn escalation_approvers(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AnySubjectSet>> {
        match self {
            Self::AccessPackageApprovalStage(v) => &v.escalation_approvers,
            Self::AccessPackageDynamicApprovalStage(v) => &v.escalation_approvers,
        }
    }
    /// `escalationApprovers` of any variant.
    #[inline]
    pub fn escalation_approvers_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnySubjectSet>> {
        match self {
            Self::AccessPackageApprovalStage(v) => &mut v.escalation_approvers,
            Self::AccessPackageDynamicApprovalStage(v) => &mut v.escalation_approvers,
        }
    }
    /// `fallbackEscalationApprovers` of any variant.
    #[inline]
    pub fn fallback_escalation_approvers(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AnySubjectSet>> {
        match self {
            Self::AccessPackageApprovalStage(v) => &v.fallback_escalation_approvers,
            Self::AccessPackageDynamicApprovalStage(v) => {
                &v.fallback_escalation_approvers
            }
        }
    }
    /// `fallbackEscalationApprovers` of any variant.
    #[inline]
    pub fn fallback_escalation_approvers_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnySubjectSet>> {
        match self {
            Self::AccessPackageApprovalStage(v) => &mut v.fallback_escalation_approvers,
            Self::AccessPackageDynamicApprovalStage(v) => {
                &mut v.fallback_escalation_approvers
            }
        }
    }
    /// `fallbackPrimaryApprovers` of any variant.
    #[inline]
    pub fn fallback_primary_approvers(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AnySubjectSet>> {
        match self {
            Self::AccessPackageApprovalStage(v) => &v.fallback_primary_approvers,
            Self::AccessPackageDynamicApprovalStage(v) => &v.fallback_primary_approvers,
        }
    }
    /// `fallbackPrimaryApprovers` of any variant.
    #[inline]
    pub fn fallback_primary_approvers_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnySubjectSet>> {
        match self {
            Self::AccessPackageApprovalStage(v) => &mut v.fallback_primary_approvers,
            Self::AccessPackageDynamicApprovalStage(v) => {
                &mut v.fallback_primary_approvers
            }
        }
    }
    /// `isApproverJustificationRequired` of any variant.
    #[inline]
    pub fn is_approver_justification_required(&self) -> &rt::Field<bool> {
        match self {
            Self::AccessPackageApprovalStage(v) => &v.is_approver_justification_required,
            Self::AccessPackageDynamicApprovalStage(v) => {
                &v.is_approver_justification_required
            }
        }
    }
    /// `isApproverJustificationRequired` of any variant.
    #[inline]
    pub fn is_approver_justification_required_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AccessPackageApprovalStage(v) => {
                &mut v.is_approver_justification_required
            }
            Self::AccessPackageDynamicApprovalStage(v) => {
                &mut v.is_approver_justification_required
            }
        }
    }
    /// `isEscalationEnabled` of any variant.
    #[inline]
    pub fn is_escalation_enabled(&self) -> &rt::Field<bool> {
        match self {
            Self::AccessPackageApprovalStage(v) => &v.is_escalation_enabled,
            Self::AccessPackageDynamicApprovalStage(v) => &v.is_escalation_enabled,
        }
    }
    /// `isEscalationEnabled` of any variant.
    #[inline]
    pub fn is_escalation_enabled_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::AccessPackageApprovalStage(v) => &mut v.is_escalation_enabled,
            Self::AccessPackageDynamicApprovalStage(v) => &mut v.is_escalation_enabled,
        }
    }
    /// `primaryApprovers` of any variant.
    #[inline]
    pub fn primary_approvers(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AnySubjectSet>> {
        match self {
            Self::AccessPackageApprovalStage(v) => &v.primary_approvers,
            Self::AccessPackageDynamicApprovalStage(v) => &v.primary_approvers,
        }
    }
    /// `primaryApprovers` of any variant.
    #[inline]
    pub fn primary_approvers_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnySubjectSet>> {
        match self {
            Self::AccessPackageApprovalStage(v) => &mut v.primary_approvers,
            Self::AccessPackageDynamicApprovalStage(v) => &mut v.primary_approvers,
        }
    }
}
#[cfg(msgraph_v1_any_area)]
rt::impl_poly!(AnyAccessPackageApprovalStage);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAccessPackageApprovalStage);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AccessPackageAssignmentPath`](requests/trait.AccessPackageAssignmentPath.html), what a path to one (`EntityPath<AccessPackageAssignment, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessPackageAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `customExtensionCalloutInstances`: `Collection(microsoft.graph.customExtensionCalloutInstance)`, nullable.
    pub custom_extension_callout_instances: rt::Field<
        ::std::vec::Vec<crate::v1::CustomExtensionCalloutInstance>,
    >,
    /// CSDL: property `expiredDateTime`: `Edm.DateTimeOffset`, nullable.
    pub expired_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `schedule`: `microsoft.graph.entitlementManagementSchedule`, nullable.
    pub schedule: rt::Field<crate::v1::EntitlementManagementSchedule>,
    /// CSDL: property `state`: `microsoft.graph.accessPackageAssignmentState`, nullable.
    pub state: rt::Field<crate::v1::AccessPackageAssignmentState>,
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: navigation property `accessPackage`: `microsoft.graph.accessPackage`, nullable.
    pub access_package: rt::Field<crate::v1::AccessPackage>,
    /// CSDL: navigation property `assignmentPolicy`: `microsoft.graph.accessPackageAssignmentPolicy`, nullable.
    pub assignment_policy: rt::Field<crate::v1::AccessPackageAssignmentPolicy>,
    /// CSDL: navigation property `target`: `microsoft.graph.accessPackageSubject`, nullable.
    pub target: rt::Field<crate::v1::AccessPackageSubject>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            custom_extension_callout_instances: rt::Field::Absent,
            expired_date_time: rt::Field::Absent,
            schedule: rt::Field::Absent,
            state: rt::Field::Absent,
            status: rt::Field::Absent,
            access_package: rt::Field::Absent,
            assignment_policy: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessPackageAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageAssignment";
    const KEYS: &'static [&'static str] = &[
        "id",
        "customExtensionCalloutInstances",
        "expiredDateTime",
        "schedule",
        "state",
        "status",
        "accessPackage",
        "assignmentPolicy",
        "target",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"customExtensionCalloutInstances\":",
        ",\"expiredDateTime\":              ",
        ",\"schedule\":                     ",
        ",\"state\":                        ",
        ",\"status\":                       ",
        ",\"accessPackage\":                ",
        ",\"assignmentPolicy\":             ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "custom_extension_callout_instances",
            &self.custom_extension_callout_instances,
        );
        v.field(2usize, "expired_date_time", &self.expired_date_time);
        v.field(3usize, "schedule", &self.schedule);
        v.field(4usize, "state", &self.state);
        v.field(5usize, "status", &self.status);
        v.field(6usize, "access_package", &self.access_package);
        v.field(7usize, "assignment_policy", &self.assignment_policy);
        v.field(8usize, "target", &self.target);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessPackageAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.custom_extension_callout_instances.read_from(r),
            2usize => self.expired_date_time.read_from(r),
            3usize => self.schedule.read_from(r),
            4usize => self.state.read_from(r),
            5usize => self.status.read_from(r),
            6usize => self.access_package.read_from(r),
            7usize => self.assignment_policy.read_from(r),
            8usize => self.target.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.custom_extension_callout_instances);
        w.field(2usize, &self.expired_date_time);
        w.field(3usize, &self.schedule);
        w.field(4usize, &self.state);
        w.field(5usize, &self.status);
        w.field(6usize, &self.access_package);
        w.field(7usize, &self.assignment_policy);
        w.field(8usize, &self.target);
    }
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
rt::impl_object!(AccessPackageAssignment);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageAssignment { with_id id : ::std::string::String;
    with_custom_extension_callout_instances custom_extension_callout_instances :
    ::std::vec::Vec < crate ::v1::CustomExtensionCalloutInstance >;
    with_expired_date_time expired_date_time : rt::edm::DateTimeOffset; with_schedule
    schedule : crate ::v1::EntitlementManagementSchedule; with_state state : crate
    ::v1::AccessPackageAssignmentState; with_status status : ::std::string::String;
    with_access_package access_package : crate ::v1::AccessPackage;
    with_assignment_policy assignment_policy : crate ::v1::AccessPackageAssignmentPolicy;
    with_target target : crate ::v1::AccessPackageSubject; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageAssignment);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageAssignmentApprovalSettings`, complex type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessPackageAssignmentApprovalSettings {
    /// CSDL: property `isApprovalRequiredForAdd`: `Edm.Boolean`, nullable.
    pub is_approval_required_for_add: rt::Field<bool>,
    /// CSDL: property `isApprovalRequiredForUpdate`: `Edm.Boolean`, nullable.
    pub is_approval_required_for_update: rt::Field<bool>,
    /// CSDL: property `isRequestorJustificationRequired`: `Edm.Boolean`, nullable.
    pub is_requestor_justification_required: rt::Field<bool>,
    /// CSDL: property `stages`: `Collection(microsoft.graph.accessPackageApprovalStage)`, nullable.
    pub stages: rt::Field<::std::vec::Vec<crate::v1::AnyAccessPackageApprovalStage>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageAssignmentApprovalSettings {
    #[inline]
    fn default() -> Self {
        Self {
            is_approval_required_for_add: rt::Field::Absent,
            is_approval_required_for_update: rt::Field::Absent,
            is_requestor_justification_required: rt::Field::Absent,
            stages: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessPackageAssignmentApprovalSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageAssignmentApprovalSettings";
    const KEYS: &'static [&'static str] = &[
        "isApprovalRequiredForAdd",
        "isApprovalRequiredForUpdate",
        "isRequestorJustificationRequired",
        "stages",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isApprovalRequiredForAdd\":     ",
        ",\"isApprovalRequiredForUpdate\":  ",
        ",\"isRequestorJustificationRequired\":",
        ",\"stages\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageAssignmentApprovalSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "is_approval_required_for_add",
            &self.is_approval_required_for_add,
        );
        v.field(
            1usize,
            "is_approval_required_for_update",
            &self.is_approval_required_for_update,
        );
        v.field(
            2usize,
            "is_requestor_justification_required",
            &self.is_requestor_justification_required,
        );
        v.field(3usize, "stages", &self.stages);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessPackageAssignmentApprovalSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_approval_required_for_add.read_from(r),
            1usize => self.is_approval_required_for_update.read_from(r),
            2usize => self.is_requestor_justification_required.read_from(r),
            3usize => self.stages.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_approval_required_for_add);
        w.field(1usize, &self.is_approval_required_for_update);
        w.field(2usize, &self.is_requestor_justification_required);
        w.field(3usize, &self.stages);
    }
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
rt::impl_object!(AccessPackageAssignmentApprovalSettings);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageAssignmentApprovalSettings { with_is_approval_required_for_add
    is_approval_required_for_add : bool; with_is_approval_required_for_update
    is_approval_required_for_update : bool; with_is_requestor_justification_required
    is_requestor_justification_required : bool; with_stages stages : ::std::vec::Vec <
    crate ::v1::AnyAccessPackageApprovalStage >; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageAssignmentApprovalSettings);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageAssignmentPolicy`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AccessPackageAssignmentPolicyPath`](requests/trait.AccessPackageAssignmentPolicyPath.html), what a path to one (`EntityPath<AccessPackageAssignmentPolicy, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessPackageAssignmentPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `allowedTargetScope`: `microsoft.graph.allowedTargetScope`, nullable.
    pub allowed_target_scope: rt::Field<crate::v1::AllowedTargetScope>,
    /// CSDL: property `automaticRequestSettings`: `microsoft.graph.accessPackageAutomaticRequestSettings`, nullable.
    pub automatic_request_settings: rt::Field<
        crate::v1::AccessPackageAutomaticRequestSettings,
    >,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `expiration`: `microsoft.graph.expirationPattern`, nullable.
    pub expiration: rt::Field<crate::v1::ExpirationPattern>,
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `notificationSettings`: `microsoft.graph.accessPackageNotificationSettings`, nullable.
    pub notification_settings: rt::Field<crate::v1::AccessPackageNotificationSettings>,
    /// CSDL: property `requestApprovalSettings`: `microsoft.graph.accessPackageAssignmentApprovalSettings`, nullable.
    pub request_approval_settings: rt::Field<
        crate::v1::AccessPackageAssignmentApprovalSettings,
    >,
    /// CSDL: property `requestorSettings`: `microsoft.graph.accessPackageAssignmentRequestorSettings`, nullable.
    pub requestor_settings: rt::Field<
        crate::v1::AccessPackageAssignmentRequestorSettings,
    >,
    /// CSDL: property `reviewSettings`: `microsoft.graph.accessPackageAssignmentReviewSettings`, nullable.
    pub review_settings: rt::Field<crate::v1::AccessPackageAssignmentReviewSettings>,
    /// CSDL: property `specificAllowedTargets`: `Collection(microsoft.graph.subjectSet)`, nullable.
    pub specific_allowed_targets: rt::Field<::std::vec::Vec<crate::v1::AnySubjectSet>>,
    /// CSDL: navigation property `accessPackage`: `microsoft.graph.accessPackage`, nullable.
    pub access_package: rt::Field<crate::v1::AccessPackage>,
    /// CSDL: navigation property `catalog`: `microsoft.graph.accessPackageCatalog`, nullable.
    pub catalog: rt::Field<crate::v1::AccessPackageCatalog>,
    /// CSDL: containment navigation property `customExtensionStageSettings`: `Collection(microsoft.graph.customExtensionStageSetting)`, not nullable.
    pub custom_extension_stage_settings: rt::Field<
        ::std::vec::Vec<crate::v1::CustomExtensionStageSetting>,
    >,
    /// CSDL: containment navigation property `questions`: `Collection(microsoft.graph.accessPackageQuestion)`, not nullable.
    pub questions: rt::Field<::std::vec::Vec<crate::v1::AnyAccessPackageQuestion>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageAssignmentPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            allowed_target_scope: rt::Field::Absent,
            automatic_request_settings: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            expiration: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            notification_settings: rt::Field::Absent,
            request_approval_settings: rt::Field::Absent,
            requestor_settings: rt::Field::Absent,
            review_settings: rt::Field::Absent,
            specific_allowed_targets: rt::Field::Absent,
            access_package: rt::Field::Absent,
            catalog: rt::Field::Absent,
            custom_extension_stage_settings: rt::Field::Absent,
            questions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessPackageAssignmentPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageAssignmentPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "allowedTargetScope",
        "automaticRequestSettings",
        "createdDateTime",
        "description",
        "displayName",
        "expiration",
        "modifiedDateTime",
        "notificationSettings",
        "requestApprovalSettings",
        "requestorSettings",
        "reviewSettings",
        "specificAllowedTargets",
        "accessPackage",
        "catalog",
        "customExtensionStageSettings",
        "questions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"allowedTargetScope\":           ",
        ",\"automaticRequestSettings\":     ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"expiration\":                   ",
        ",\"modifiedDateTime\":             ",
        ",\"notificationSettings\":         ",
        ",\"requestApprovalSettings\":      ",
        ",\"requestorSettings\":            ",
        ",\"reviewSettings\":               ",
        ",\"specificAllowedTargets\":       ",
        ",\"accessPackage\":                ",
        ",\"catalog\":                      ",
        ",\"customExtensionStageSettings\": ",
        ",\"questions\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageAssignmentPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "allowed_target_scope", &self.allowed_target_scope);
        v.field(2usize, "automatic_request_settings", &self.automatic_request_settings);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "description", &self.description);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "expiration", &self.expiration);
        v.field(7usize, "modified_date_time", &self.modified_date_time);
        v.field(8usize, "notification_settings", &self.notification_settings);
        v.field(9usize, "request_approval_settings", &self.request_approval_settings);
        v.field(10usize, "requestor_settings", &self.requestor_settings);
        v.field(11usize, "review_settings", &self.review_settings);
        v.field(12usize, "specific_allowed_targets", &self.specific_allowed_targets);
        v.field(13usize, "access_package", &self.access_package);
        v.field(14usize, "catalog", &self.catalog);
        v.field(
            15usize,
            "custom_extension_stage_settings",
            &self.custom_extension_stage_settings,
        );
        v.field(16usize, "questions", &self.questions);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessPackageAssignmentPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.allowed_target_scope.read_from(r),
            2usize => self.automatic_request_settings.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.description.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.expiration.read_from(r),
            7usize => self.modified_date_time.read_from(r),
            8usize => self.notification_settings.read_from(r),
            9usize => self.request_approval_settings.read_from(r),
            10usize => self.requestor_settings.read_from(r),
            11usize => self.review_settings.read_from(r),
            12usize => self.specific_allowed_targets.read_from(r),
            13usize => self.access_package.read_from(r),
            14usize => self.catalog.read_from(r),
            15usize => self.custom_extension_stage_settings.read_from(r),
            16usize => self.questions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.allowed_target_scope);
        w.field(2usize, &self.automatic_request_settings);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.description);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.expiration);
        w.field(7usize, &self.modified_date_time);
        w.field(8usize, &self.notification_settings);
        w.field(9usize, &self.request_approval_settings);
        w.field(10usize, &self.requestor_settings);
        w.field(11usize, &self.review_settings);
        w.field(12usize, &self.specific_allowed_targets);
        w.field(13usize, &self.access_package);
        w.field(14usize, &self.catalog);
        w.field(15usize, &self.custom_extension_stage_settings);
        w.field(16usize, &self.questions);
    }
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
rt::impl_object!(AccessPackageAssignmentPolicy);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageAssignmentPolicy { with_id id : ::std::string::String;
    with_allowed_target_scope allowed_target_scope : crate ::v1::AllowedTargetScope;
    with_automatic_request_settings automatic_request_settings : crate
    ::v1::AccessPackageAutomaticRequestSettings; with_created_date_time created_date_time
    : rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_expiration expiration :
    crate ::v1::ExpirationPattern; with_modified_date_time modified_date_time :
    rt::edm::DateTimeOffset; with_notification_settings notification_settings : crate
    ::v1::AccessPackageNotificationSettings; with_request_approval_settings
    request_approval_settings : crate ::v1::AccessPackageAssignmentApprovalSettings;
    with_requestor_settings requestor_settings : crate
    ::v1::AccessPackageAssignmentRequestorSettings; with_review_settings review_settings
    : crate ::v1::AccessPackageAssignmentReviewSettings; with_specific_allowed_targets
    specific_allowed_targets : ::std::vec::Vec < crate ::v1::AnySubjectSet >;
    with_access_package access_package : crate ::v1::AccessPackage; with_catalog catalog
    : crate ::v1::AccessPackageCatalog; with_custom_extension_stage_settings
    custom_extension_stage_settings : ::std::vec::Vec < crate
    ::v1::CustomExtensionStageSetting >; with_questions questions : ::std::vec::Vec <
    crate ::v1::AnyAccessPackageQuestion >; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageAssignmentPolicy);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageAssignmentRequest`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AccessPackageAssignmentRequestPath`](requests/trait.AccessPackageAssignmentRequestPath.html), what a path to one (`EntityPath<AccessPackageAssignmentRequest, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessPackageAssignmentRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `answers`: `Collection(microsoft.graph.accessPackageAnswer)`, nullable.
    pub answers: rt::Field<::std::vec::Vec<crate::v1::AnyAccessPackageAnswer>>,
    /// CSDL: property `completedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `customExtensionCalloutInstances`: `Collection(microsoft.graph.customExtensionCalloutInstance)`, nullable.
    pub custom_extension_callout_instances: rt::Field<
        ::std::vec::Vec<crate::v1::CustomExtensionCalloutInstance>,
    >,
    /// CSDL: property `justification`: `Edm.String`, nullable.
    pub justification: rt::Field<::std::string::String>,
    /// CSDL: property `requestType`: `microsoft.graph.accessPackageRequestType`, nullable.
    pub request_type: rt::Field<crate::v1::AccessPackageRequestType>,
    /// CSDL: property `schedule`: `microsoft.graph.entitlementManagementSchedule`, nullable.
    pub schedule: rt::Field<crate::v1::EntitlementManagementSchedule>,
    /// CSDL: property `state`: `microsoft.graph.accessPackageRequestState`, nullable.
    pub state: rt::Field<crate::v1::AccessPackageRequestState>,
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: navigation property `accessPackage`: `microsoft.graph.accessPackage`, nullable.
    pub access_package: rt::Field<crate::v1::AccessPackage>,
    /// CSDL: navigation property `assignment`: `microsoft.graph.accessPackageAssignment`, nullable.
    pub assignment: rt::Field<crate::v1::AccessPackageAssignment>,
    /// CSDL: navigation property `requestor`: `microsoft.graph.accessPackageSubject`, nullable.
    pub requestor: rt::Field<crate::v1::AccessPackageSubject>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageAssignmentRequest {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            answers: rt::Field::Absent,
            completed_date_time: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            custom_extension_callout_instances: rt::Field::Absent,
            justification: rt::Field::Absent,
            request_type: rt::Field::Absent,
            schedule: rt::Field::Absent,
            state: rt::Field::Absent,
            status: rt::Field::Absent,
            access_package: rt::Field::Absent,
            assignment: rt::Field::Absent,
            requestor: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessPackageAssignmentRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageAssignmentRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "answers",
        "completedDateTime",
        "createdDateTime",
        "customExtensionCalloutInstances",
        "justification",
        "requestType",
        "schedule",
        "state",
        "status",
        "accessPackage",
        "assignment",
        "requestor",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"answers\":                      ",
        ",\"completedDateTime\":            ",
        ",\"createdDateTime\":              ",
        ",\"customExtensionCalloutInstances\":",
        ",\"justification\":                ",
        ",\"requestType\":                  ",
        ",\"schedule\":                     ",
        ",\"state\":                        ",
        ",\"status\":                       ",
        ",\"accessPackage\":                ",
        ",\"assignment\":                   ",
        ",\"requestor\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageAssignmentRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "answers", &self.answers);
        v.field(2usize, "completed_date_time", &self.completed_date_time);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(
            4usize,
            "custom_extension_callout_instances",
            &self.custom_extension_callout_instances,
        );
        v.field(5usize, "justification", &self.justification);
        v.field(6usize, "request_type", &self.request_type);
        v.field(7usize, "schedule", &self.schedule);
        v.field(8usize, "state", &self.state);
        v.field(9usize, "status", &self.status);
        v.field(10usize, "access_package", &self.access_package);
        v.field(11usize, "assignment", &self.assignment);
        v.field(12usize, "requestor", &self.requestor);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessPackageAssignmentRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.answers.read_from(r),
            2usize => self.completed_date_time.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.custom_extension_callout_instances.read_from(r),
            5usize => self.justification.read_from(r),
            6usize => self.request_type.read_from(r),
            7usize => self.schedule.read_from(r),
            8usize => self.state.read_from(r),
            9usize => self.status.read_from(r),
            10usize => self.access_package.read_from(r),
            11usize => self.assignment.read_from(r),
            12usize => self.requestor.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.answers);
        w.field(2usize, &self.completed_date_time);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.custom_extension_callout_instances);
        w.field(5usize, &self.justification);
        w.field(6usize, &self.request_type);
        w.field(7usize, &self.schedule);
        w.field(8usize, &self.state);
        w.field(9usize, &self.status);
        w.field(10usize, &self.access_package);
        w.field(11usize, &self.assignment);
        w.field(12usize, &self.requestor);
    }
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
rt::impl_object!(AccessPackageAssignmentRequest);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageAssignmentRequest { with_id id : ::std::string::String; with_answers
    answers : ::std::vec::Vec < crate ::v1::AnyAccessPackageAnswer >;
    with_completed_date_time completed_date_time : rt::edm::DateTimeOffset;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_custom_extension_callout_instances custom_extension_callout_instances :
    ::std::vec::Vec < crate ::v1::CustomExtensionCalloutInstance >; with_justification
    justification : ::std::string::String; with_request_type request_type : crate
    ::v1::AccessPackageRequestType; with_schedule schedule : crate
    ::v1::EntitlementManagementSchedule; with_state state : crate
    ::v1::AccessPackageRequestState; with_status status : ::std::string::String;
    with_access_package access_package : crate ::v1::AccessPackage; with_assignment
    assignment : crate ::v1::AccessPackageAssignment; with_requestor requestor : crate
    ::v1::AccessPackageSubject; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageAssignmentRequest);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.accessPackageAssignmentRequestCallbackData`, complex type, derived from `microsoft.graph.customExtensionData`.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct AccessPackageAssignmentRequestCallbackData {
    /// CSDL: property `customExtensionStageInstanceDetail`: `Edm.String`, nullable.
    pub custom_extension_stage_instance_detail: rt::Field<::std::string::String>,
    /// CSDL: property `customExtensionStageInstanceId`: `Edm.String`, nullable.
    pub custom_extension_stage_instance_id: rt::Field<::std::string::String>,
    /// CSDL: property `stage`: `microsoft.graph.accessPackageCustomExtensionStage`, nullable.
    pub stage: rt::Field<crate::v1::AccessPackageCustomExtensionStage>,
    /// CSDL: property `state`: `Edm.String`, nullable.
    pub state: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for AccessPackageAssignmentRequestCallbackData {
    #[inline]
    fn default() -> Self {
        Self {
            custom_extension_stage_instance_detail: rt::Field::Absent,
            custom_extension_stage_instance_id: rt::Field::Absent,
            stage: rt::Field::Absent,
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for AccessPackageAssignmentRequestCallbackData {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageAssignmentRequestCallbackData";
    const KEYS: &'static [&'static str] = &[
        "customExtensionStageInstanceDetail",
        "customExtensionStageInstanceId",
        "stage",
        "state",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"customExtensionStageInstanceDetail\":",
        ",\"customExtensionStageInstanceId\":",
        ",\"stage\":                        ",
        ",\"state\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageAssignmentRequestCallbackData\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "custom_extension_stage_instance_detail",
            &self.custom_extension_stage_instance_detail,
        );
        v.field(
            1usize,
            "custom_extension_stage_instance_id",
            &self.custom_extension_stage_instance_id,
        );
        v.field(2usize, "stage", &self.stage);
        v.field(3usize, "state", &self.state);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for AccessPackageAssignmentRequestCallbackData {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.custom_extension_stage_instance_detail.read_from(r),
            1usize => self.custom_extension_stage_instance_id.read_from(r),
            2usize => self.stage.read_from(r),
            3usize => self.state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.custom_extension_stage_instance_detail);
        w.field(1usize, &self.custom_extension_stage_instance_id);
        w.field(2usize, &self.stage);
        w.field(3usize, &self.state);
    }
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
rt::impl_object!(AccessPackageAssignmentRequestCallbackData);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    AccessPackageAssignmentRequestCallbackData {
    with_custom_extension_stage_instance_detail custom_extension_stage_instance_detail :
    ::std::string::String; with_custom_extension_stage_instance_id
    custom_extension_stage_instance_id : ::std::string::String; with_stage stage : crate
    ::v1::AccessPackageCustomExtensionStage; with_state state : ::std::string::String; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageAssignmentRequestCallbackData);
#[cfg(msgraph_v1_any_area)]
/// `microsoft.graph.accessPackageAssignmentRequestCallbackData` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAccessPackageAssignmentRequestCallbackData {
    AccessPackageAssignmentRequestCallbackData(
        ::std::boxed::Box<crate::v1::AccessPackageAssignmentRequestCallbackData>,
    ),
    AssignmentRequestApprovalStageCallbackData(
        ::std::boxed::Box<crate::v1::AssignmentRequestApprovalStageCallbackData>,
    ),
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for AnyAccessPackageAssignmentRequestCallbackData {
    #[inline]
    fn default() -> Self {
        Self::AccessPackageAssignmentRequestCallbackData(
            ::std::default::Default::default(),
        )
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessPackageAssignmentRequestCallbackData>
for AnyAccessPackageAssignmentRequestCallbackData {
    #[inline]
    fn from(v: crate::v1::AccessPackageAssignmentRequestCallbackData) -> Self {
        Self::AccessPackageAssignmentRequestCallbackData(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AssignmentRequestApprovalStageCallbackData>
for AnyAccessPackageAssignmentRequestCallbackData {
    #[inline]
    fn from(v: crate::v1::AssignmentRequestApprovalStageCallbackData) -> Self {
        Self::AssignmentRequestApprovalStageCallbackData(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area)]
unsafe impl ::std::marker::Send for AnyAccessPackageAssignmentRequestCallbackData {}
#[cfg(msgraph_v1_any_area)]
unsafe impl ::std::marker::Sync for AnyAccessPackageAssignmentRequestCallbackData {}
#[cfg(msgraph_v1_any_area)]
impl ::std::marker::Unpin for AnyAccessPackageAssignmentRequestCallbackData {}
#[cfg(msgraph_v1_any_area)]
impl ::std::panic::UnwindSafe for AnyAccessPackageAssignmentRequestCallbackData {}
#[cfg(msgraph_v1_any_area)]
impl ::std::panic::RefUnwindSafe for AnyAccessPackageAssignmentRequestCallbackData {}
#[cfg(msgraph_v1_any_area)]
const _: () = {
    rt::object::auto_traits::<crate::v1::AccessPackageAssignmentRequestCallbackData>();
    rt::object::auto_traits::<crate::v1::AssignmentRequestApprovalStageCallbackData>();
};
#[cfg(msgraph_v1_any_area)]
impl rt::Poly for AnyAccessPackageAssignmentRequestCallbackData {
    const BASE_NAME: &'static str = "microsoft.graph.accessPackageAssignmentRequestCallbackData";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.assignmentRequestApprovalStageCallbackData",
            ) => {
                Self::AssignmentRequestApprovalStageCallbackData(rt::object::new_boxed())
            }
            _ => {
                Self::AccessPackageAssignmentRequestCallbackData(rt::object::new_boxed())
            }
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AccessPackageAssignmentRequestCallbackData(v) => &**v,
            Self::AssignmentRequestApprovalStageCallbackData(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AccessPackageAssignmentRequestCallbackData(v) => &mut **v,
            Self::AssignmentRequestApprovalStageCallbackData(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl AnyAccessPackageAssignmentRequestCallbackData {
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
    /// `customExtensionStageInstanceDetail` of any variant.
    #[inline]
    pub fn custom_extension_stage_instance_detail(
        &self,
    ) -> &rt::Field<::std::string::String> {
        match self {
            Self::AccessPackageAssignmentRequestCallbackData(v) => {
                &v.custom_extension_stage_instance_detail
            }
            Self::AssignmentRequestApprovalStageCallbackData(v) => {
                &v.custom_extension_stage_instance_detail
            }
        }
    }
    /// `customExtensionStageInstanceDetail` of any variant.
    #[inline]
    pub fn custom_extension_stage_instance_detail_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AccessPackageAssignmentRequestCallbackData(v) => {
                &mut v.custom_extension_stage_instance_detail
            }
            Self::AssignmentRequestApprovalStageCallbackData(v) => {
                &mut v.custom_extension_stage_instance_detail
            }
        }
    }
    /// `customExtensionStageInstanceId` of any variant.
    #[inline]
    pub fn custom_extension_stage_instance_id(
        &self,
    ) -> &rt::Field<::std::string::String> {
        match self {
            Self::AccessPackageAssignmentRequestCallbackData(v) => {
                &v.custom_extension_stage_instance_id
            }
            Self::AssignmentRequestApprovalStageCallbackData(v) => {
                &v.custom_extension_stage_instance_id
            }
        }
    }
    /// `customExtensionStageInstanceId` of any variant.
    #[inline]
    pub fn custom_extension_stage_instance_id_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AccessPackageAssignmentRequestCallbackData(v) => {
                &mut v.custom_extension_stage_instance_id
            }
            Self::AssignmentRequestApprovalStageCallbackData(v) => {
                &mut v.custom_extension_stage_instance_id
            }
        }
    }
    /// `stage` of any variant.
    #[inline]
    pub fn stage(&self) -> &rt::Field<crate::v1::AccessPackageCustomExtensionStage> {
        match self {
            Self::AccessPackageAssignmentRequestCallbackData(v) => &v.stage,
            Self::AssignmentRequestApprovalStageCallbackData(v) => &v.stage,
        }
    }
    /// `stage` of any variant.
    #[inline]
    pub fn stage_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::AccessPackageCustomExtensionStage> {
        match self {
            Self::AccessPackageAssignmentRequestCallbackData(v) => &mut v.stage,
            Self::AssignmentRequestApprovalStageCallbackData(v) => &mut v.stage,
        }
    }
    /// `state` of any variant.
    #[inline]
    pub fn state(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AccessPackageAssignmentRequestCallbackData(v) => &v.state,
            Self::AssignmentRequestApprovalStageCallbackData(v) => &v.state,
        }
    }
    /// `state` of any variant.
    #[inline]
    pub fn state_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AccessPackageAssignmentRequestCallbackData(v) => &mut v.state,
            Self::AssignmentRequestApprovalStageCallbackData(v) => &mut v.state,
        }
    }
}
#[cfg(msgraph_v1_any_area)]
rt::impl_poly!(AnyAccessPackageAssignmentRequestCallbackData);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAccessPackageAssignmentRequestCallbackData);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageAssignmentRequestWorkflowExtension`, entity type, derived from `microsoft.graph.customCalloutExtension`, key `id`.
///
/// Request builders: [`AccessPackageAssignmentRequestWorkflowExtensionPath`](requests/trait.AccessPackageAssignmentRequestWorkflowExtensionPath.html), what a path to one (`EntityPath<AccessPackageAssignmentRequestWorkflowExtension, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessPackageAssignmentRequestWorkflowExtension {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `authenticationConfiguration`: `microsoft.graph.customExtensionAuthenticationConfiguration`, nullable.
    pub authentication_configuration: rt::Field<
        crate::v1::AnyCustomExtensionAuthenticationConfiguration,
    >,
    /// CSDL: property `clientConfiguration`: `microsoft.graph.customExtensionClientConfiguration`, nullable.
    pub client_configuration: rt::Field<crate::v1::CustomExtensionClientConfiguration>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `endpointConfiguration`: `microsoft.graph.customExtensionEndpointConfiguration`, nullable.
    pub endpoint_configuration: rt::Field<
        crate::v1::AnyCustomExtensionEndpointConfiguration,
    >,
    /// CSDL: property `callbackConfiguration`: `microsoft.graph.customExtensionCallbackConfiguration`, nullable.
    pub callback_configuration: rt::Field<
        crate::v1::AnyCustomExtensionCallbackConfiguration,
    >,
    /// CSDL: property `createdBy`: `Edm.String`, nullable.
    pub created_by: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedBy`: `Edm.String`, nullable.
    pub last_modified_by: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageAssignmentRequestWorkflowExtension {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            authentication_configuration: rt::Field::Absent,
            client_configuration: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            endpoint_configuration: rt::Field::Absent,
            callback_configuration: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessPackageAssignmentRequestWorkflowExtension {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageAssignmentRequestWorkflowExtension";
    const KEYS: &'static [&'static str] = &[
        "id",
        "authenticationConfiguration",
        "clientConfiguration",
        "description",
        "displayName",
        "endpointConfiguration",
        "callbackConfiguration",
        "createdBy",
        "createdDateTime",
        "lastModifiedBy",
        "lastModifiedDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"authenticationConfiguration\":  ",
        ",\"clientConfiguration\":          ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"endpointConfiguration\":        ",
        ",\"callbackConfiguration\":        ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageAssignmentRequestWorkflowExtension\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "authentication_configuration",
            &self.authentication_configuration,
        );
        v.field(2usize, "client_configuration", &self.client_configuration);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "endpoint_configuration", &self.endpoint_configuration);
        v.field(6usize, "callback_configuration", &self.callback_configuration);
        v.field(7usize, "created_by", &self.created_by);
        v.field(8usize, "created_date_time", &self.created_date_time);
        v.field(9usize, "last_modified_by", &self.last_modified_by);
        v.field(10usize, "last_modified_date_time", &self.last_modified_date_time);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessPackageAssignmentRequestWorkflowExtension {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.authentication_configuration.read_from(r),
            2usize => self.client_configuration.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.endpoint_configuration.read_from(r),
            6usize => self.callback_configuration.read_from(r),
            7usize => self.created_by.read_from(r),
            8usize => self.created_date_time.read_from(r),
            9usize => self.last_modified_by.read_from(r),
            10usize => self.last_modified_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.authentication_configuration);
        w.field(2usize, &self.client_configuration);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.endpoint_configuration);
        w.field(6usize, &self.callback_configuration);
        w.field(7usize, &self.created_by);
        w.field(8usize, &self.created_date_time);
        w.field(9usize, &self.last_modified_by);
        w.field(10usize, &self.last_modified_date_time);
    }
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
rt::impl_object!(AccessPackageAssignmentRequestWorkflowExtension);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageAssignmentRequestWorkflowExtension { with_id id : ::std::string::String;
    with_authentication_configuration authentication_configuration : crate
    ::v1::AnyCustomExtensionAuthenticationConfiguration; with_client_configuration
    client_configuration : crate ::v1::CustomExtensionClientConfiguration;
    with_description description : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_endpoint_configuration endpoint_configuration : crate
    ::v1::AnyCustomExtensionEndpointConfiguration; with_callback_configuration
    callback_configuration : crate ::v1::AnyCustomExtensionCallbackConfiguration;
    with_created_by created_by : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_last_modified_by last_modified_by :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageAssignmentRequestWorkflowExtension);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageAssignmentRequestorSettings`, complex type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessPackageAssignmentRequestorSettings {
    /// CSDL: property `allowCustomAssignmentSchedule`: `Edm.Boolean`, nullable.
    pub allow_custom_assignment_schedule: rt::Field<bool>,
    /// CSDL: property `enableOnBehalfRequestorsToAddAccess`: `Edm.Boolean`, nullable.
    pub enable_on_behalf_requestors_to_add_access: rt::Field<bool>,
    /// CSDL: property `enableOnBehalfRequestorsToRemoveAccess`: `Edm.Boolean`, nullable.
    pub enable_on_behalf_requestors_to_remove_access: rt::Field<bool>,
    /// CSDL: property `enableOnBehalfRequestorsToUpdateAccess`: `Edm.Boolean`, nullable.
    pub enable_on_behalf_requestors_to_update_access: rt::Field<bool>,
    /// CSDL: property `enableTargetsToSelfAddAccess`: `Edm.Boolean`, nullable.
    pub enable_targets_to_self_add_access: rt::Field<bool>,
    /// CSDL: property `enableTargetsToSelfRemoveAccess`: `Edm.Boolean`, nullable.
    pub enable_targets_to_self_remove_access: rt::Field<bool>,
    /// CSDL: property `enableTargetsToSelfUpdateAccess`: `Edm.Boolean`, nullable.
    pub enable_targets_to_self_update_access: rt::Field<bool>,
    /// CSDL: property `onBehalfRequestors`: `Collection(microsoft.graph.subjectSet)`, nullable.
    pub on_behalf_requestors: rt::Field<::std::vec::Vec<crate::v1::AnySubjectSet>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageAssignmentRequestorSettings {
    #[inline]
    fn default() -> Self {
        Self {
            allow_custom_assignment_schedule: rt::Field::Absent,
            enable_on_behalf_requestors_to_add_access: rt::Field::Absent,
            enable_on_behalf_requestors_to_remove_access: rt::Field::Absent,
            enable_on_behalf_requestors_to_update_access: rt::Field::Absent,
            enable_targets_to_self_add_access: rt::Field::Absent,
            enable_targets_to_self_remove_access: rt::Field::Absent,
            enable_targets_to_self_update_access: rt::Field::Absent,
            on_behalf_requestors: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessPackageAssignmentRequestorSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageAssignmentRequestorSettings";
    const KEYS: &'static [&'static str] = &[
        "allowCustomAssignmentSchedule",
        "enableOnBehalfRequestorsToAddAccess",
        "enableOnBehalfRequestorsToRemoveAccess",
        "enableOnBehalfRequestorsToUpdateAccess",
        "enableTargetsToSelfAddAccess",
        "enableTargetsToSelfRemoveAccess",
        "enableTargetsToSelfUpdateAccess",
        "onBehalfRequestors",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowCustomAssignmentSchedule\":",
        ",\"enableOnBehalfRequestorsToAddAccess\":",
        ",\"enableOnBehalfRequestorsToRemoveAccess\":",
        ",\"enableOnBehalfRequestorsToUpdateAccess\":",
        ",\"enableTargetsToSelfAddAccess\": ",
        ",\"enableTargetsToSelfRemoveAccess\":",
        ",\"enableTargetsToSelfUpdateAccess\":",
        ",\"onBehalfRequestors\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageAssignmentRequestorSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "allow_custom_assignment_schedule",
            &self.allow_custom_assignment_schedule,
        );
        v.field(
            1usize,
            "enable_on_behalf_requestors_to_add_access",
            &self.enable_on_behalf_requestors_to_add_access,
        );
        v.field(
            2usize,
            "enable_on_behalf_requestors_to_remove_access",
            &self.enable_on_behalf_requestors_to_remove_access,
        );
        v.field(
            3usize,
            "enable_on_behalf_requestors_to_update_access",
            &self.enable_on_behalf_requestors_to_update_access,
        );
        v.field(
            4usize,
            "enable_targets_to_self_add_access",
            &self.enable_targets_to_self_add_access,
        );
        v.field(
            5usize,
            "enable_targets_to_self_remove_access",
            &self.enable_targets_to_self_remove_access,
        );
        v.field(
            6usize,
            "enable_targets_to_self_update_access",
            &self.enable_targets_to_self_update_access,
        );
        v.field(7usize, "on_behalf_requestors", &self.on_behalf_requestors);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessPackageAssignmentRequestorSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allow_custom_assignment_schedule.read_from(r),
            1usize => self.enable_on_behalf_requestors_to_add_access.read_from(r),
            2usize => self.enable_on_behalf_requestors_to_remove_access.read_from(r),
            3usize => self.enable_on_behalf_requestors_to_update_access.read_from(r),
            4usize => self.enable_targets_to_self_add_access.read_from(r),
            5usize => self.enable_targets_to_self_remove_access.read_from(r),
            6usize => self.enable_targets_to_self_update_access.read_from(r),
            7usize => self.on_behalf_requestors.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allow_custom_assignment_schedule);
        w.field(1usize, &self.enable_on_behalf_requestors_to_add_access);
        w.field(2usize, &self.enable_on_behalf_requestors_to_remove_access);
        w.field(3usize, &self.enable_on_behalf_requestors_to_update_access);
        w.field(4usize, &self.enable_targets_to_self_add_access);
        w.field(5usize, &self.enable_targets_to_self_remove_access);
        w.field(6usize, &self.enable_targets_to_self_update_access);
        w.field(7usize, &self.on_behalf_requestors);
    }
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
rt::impl_object!(AccessPackageAssignmentRequestorSettings);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageAssignmentRequestorSettings { with_allow_custom_assignment_schedule
    allow_custom_assignment_schedule : bool;
    with_enable_on_behalf_requestors_to_add_access
    enable_on_behalf_requestors_to_add_access : bool;
    with_enable_on_behalf_requestors_to_remove_access
    enable_on_behalf_requestors_to_remove_access : bool;
    with_enable_on_behalf_requestors_to_update_access
    enable_on_behalf_requestors_to_update_access : bool;
    with_enable_targets_to_self_add_access enable_targets_to_self_add_access : bool;
    with_enable_targets_to_self_remove_access enable_targets_to_self_remove_access :
    bool; with_enable_targets_to_self_update_access enable_targets_to_self_update_access
    : bool; with_on_behalf_requestors on_behalf_requestors : ::std::vec::Vec < crate
    ::v1::AnySubjectSet >; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageAssignmentRequestorSettings);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageAssignmentReviewSettings`, complex type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessPackageAssignmentReviewSettings {
    /// CSDL: property `expirationBehavior`: `microsoft.graph.accessReviewExpirationBehavior`, nullable.
    pub expiration_behavior: rt::Field<crate::v1::AccessReviewExpirationBehavior>,
    /// CSDL: property `fallbackReviewers`: `Collection(microsoft.graph.subjectSet)`, nullable.
    pub fallback_reviewers: rt::Field<::std::vec::Vec<crate::v1::AnySubjectSet>>,
    /// CSDL: property `isEnabled`: `Edm.Boolean`, nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: property `isRecommendationEnabled`: `Edm.Boolean`, nullable.
    pub is_recommendation_enabled: rt::Field<bool>,
    /// CSDL: property `isReviewerJustificationRequired`: `Edm.Boolean`, nullable.
    pub is_reviewer_justification_required: rt::Field<bool>,
    /// CSDL: property `isSelfReview`: `Edm.Boolean`, nullable.
    pub is_self_review: rt::Field<bool>,
    /// CSDL: property `primaryReviewers`: `Collection(microsoft.graph.subjectSet)`, nullable.
    pub primary_reviewers: rt::Field<::std::vec::Vec<crate::v1::AnySubjectSet>>,
    /// CSDL: property `schedule`: `microsoft.graph.entitlementManagementSchedule`, nullable.
    pub schedule: rt::Field<crate::v1::EntitlementManagementSchedule>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageAssignmentReviewSettings {
    #[inline]
    fn default() -> Self {
        Self {
            expiration_behavior: rt::Field::Absent,
            fallback_reviewers: rt::Field::Absent,
            is_enabled: rt::Field::Absent,
            is_recommendation_enabled: rt::Field::Absent,
            is_reviewer_justification_required: rt::Field::Absent,
            is_self_review: rt::Field::Absent,
            primary_reviewers: rt::Field::Absent,
            schedule: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessPackageAssignmentReviewSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageAssignmentReviewSettings";
    const KEYS: &'static [&'static str] = &[
        "expirationBehavior",
        "fallbackReviewers",
        "isEnabled",
        "isRecommendationEnabled",
        "isReviewerJustificationRequired",
        "isSelfReview",
        "primaryReviewers",
        "schedule",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"expirationBehavior\":           ",
        ",\"fallbackReviewers\":            ",
        ",\"isEnabled\":                    ",
        ",\"isRecommendationEnabled\":      ",
        ",\"isReviewerJustificationRequired\":",
        ",\"isSelfReview\":                 ",
        ",\"primaryReviewers\":             ",
        ",\"schedule\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageAssignmentReviewSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "expiration_behavior", &self.expiration_behavior);
        v.field(1usize, "fallback_reviewers", &self.fallback_reviewers);
        v.field(2usize, "is_enabled", &self.is_enabled);
        v.field(3usize, "is_recommendation_enabled", &self.is_recommendation_enabled);
        v.field(
            4usize,
            "is_reviewer_justification_required",
            &self.is_reviewer_justification_required,
        );
        v.field(5usize, "is_self_review", &self.is_self_review);
        v.field(6usize, "primary_reviewers", &self.primary_reviewers);
        v.field(7usize, "schedule", &self.schedule);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessPackageAssignmentReviewSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.expiration_behavior.read_from(r),
            1usize => self.fallback_reviewers.read_from(r),
            2usize => self.is_enabled.read_from(r),
            3usize => self.is_recommendation_enabled.read_from(r),
            4usize => self.is_reviewer_justification_required.read_from(r),
            5usize => self.is_self_review.read_from(r),
            6usize => self.primary_reviewers.read_from(r),
            7usize => self.schedule.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.expiration_behavior);
        w.field(1usize, &self.fallback_reviewers);
        w.field(2usize, &self.is_enabled);
        w.field(3usize, &self.is_recommendation_enabled);
        w.field(4usize, &self.is_reviewer_justification_required);
        w.field(5usize, &self.is_self_review);
        w.field(6usize, &self.primary_reviewers);
        w.field(7usize, &self.schedule);
    }
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
rt::impl_object!(AccessPackageAssignmentReviewSettings);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageAssignmentReviewSettings { with_expiration_behavior expiration_behavior
    : crate ::v1::AccessReviewExpirationBehavior; with_fallback_reviewers
    fallback_reviewers : ::std::vec::Vec < crate ::v1::AnySubjectSet >; with_is_enabled
    is_enabled : bool; with_is_recommendation_enabled is_recommendation_enabled : bool;
    with_is_reviewer_justification_required is_reviewer_justification_required : bool;
    with_is_self_review is_self_review : bool; with_primary_reviewers primary_reviewers :
    ::std::vec::Vec < crate ::v1::AnySubjectSet >; with_schedule schedule : crate
    ::v1::EntitlementManagementSchedule; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageAssignmentReviewSettings);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageAssignmentWorkflowExtension`, entity type, derived from `microsoft.graph.customCalloutExtension`, key `id`.
///
/// Request builders: [`AccessPackageAssignmentWorkflowExtensionPath`](requests/trait.AccessPackageAssignmentWorkflowExtensionPath.html), what a path to one (`EntityPath<AccessPackageAssignmentWorkflowExtension, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessPackageAssignmentWorkflowExtension {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `authenticationConfiguration`: `microsoft.graph.customExtensionAuthenticationConfiguration`, nullable.
    pub authentication_configuration: rt::Field<
        crate::v1::AnyCustomExtensionAuthenticationConfiguration,
    >,
    /// CSDL: property `clientConfiguration`: `microsoft.graph.customExtensionClientConfiguration`, nullable.
    pub client_configuration: rt::Field<crate::v1::CustomExtensionClientConfiguration>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `endpointConfiguration`: `microsoft.graph.customExtensionEndpointConfiguration`, nullable.
    pub endpoint_configuration: rt::Field<
        crate::v1::AnyCustomExtensionEndpointConfiguration,
    >,
    /// CSDL: property `callbackConfiguration`: `microsoft.graph.customExtensionCallbackConfiguration`, nullable.
    pub callback_configuration: rt::Field<
        crate::v1::AnyCustomExtensionCallbackConfiguration,
    >,
    /// CSDL: property `createdBy`: `Edm.String`, nullable.
    pub created_by: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedBy`: `Edm.String`, nullable.
    pub last_modified_by: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageAssignmentWorkflowExtension {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            authentication_configuration: rt::Field::Absent,
            client_configuration: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            endpoint_configuration: rt::Field::Absent,
            callback_configuration: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessPackageAssignmentWorkflowExtension {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageAssignmentWorkflowExtension";
    const KEYS: &'static [&'static str] = &[
        "id",
        "authenticationConfiguration",
        "clientConfiguration",
        "description",
        "displayName",
        "endpointConfiguration",
        "callbackConfiguration",
        "createdBy",
        "createdDateTime",
        "lastModifiedBy",
        "lastModifiedDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"authenticationConfiguration\":  ",
        ",\"clientConfiguration\":          ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"endpointConfiguration\":        ",
        ",\"callbackConfiguration\":        ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageAssignmentWorkflowExtension\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "authentication_configuration",
            &self.authentication_configuration,
        );
        v.field(2usize, "client_configuration", &self.client_configuration);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "endpoint_configuration", &self.endpoint_configuration);
        v.field(6usize, "callback_configuration", &self.callback_configuration);
        v.field(7usize, "created_by", &self.created_by);
        v.field(8usize, "created_date_time", &self.created_date_time);
        v.field(9usize, "last_modified_by", &self.last_modified_by);
        v.field(10usize, "last_modified_date_time", &self.last_modified_date_time);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessPackageAssignmentWorkflowExtension {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.authentication_configuration.read_from(r),
            2usize => self.client_configuration.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.endpoint_configuration.read_from(r),
            6usize => self.callback_configuration.read_from(r),
            7usize => self.created_by.read_from(r),
            8usize => self.created_date_time.read_from(r),
            9usize => self.last_modified_by.read_from(r),
            10usize => self.last_modified_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.authentication_configuration);
        w.field(2usize, &self.client_configuration);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.endpoint_configuration);
        w.field(6usize, &self.callback_configuration);
        w.field(7usize, &self.created_by);
        w.field(8usize, &self.created_date_time);
        w.field(9usize, &self.last_modified_by);
        w.field(10usize, &self.last_modified_date_time);
    }
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
rt::impl_object!(AccessPackageAssignmentWorkflowExtension);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageAssignmentWorkflowExtension { with_id id : ::std::string::String;
    with_authentication_configuration authentication_configuration : crate
    ::v1::AnyCustomExtensionAuthenticationConfiguration; with_client_configuration
    client_configuration : crate ::v1::CustomExtensionClientConfiguration;
    with_description description : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_endpoint_configuration endpoint_configuration : crate
    ::v1::AnyCustomExtensionEndpointConfiguration; with_callback_configuration
    callback_configuration : crate ::v1::AnyCustomExtensionCallbackConfiguration;
    with_created_by created_by : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_last_modified_by last_modified_by :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageAssignmentWorkflowExtension);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageCatalog`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AccessPackageCatalogPath`](requests/trait.AccessPackageCatalogPath.html), what a path to one (`EntityPath<AccessPackageCatalog, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessPackageCatalog {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `catalogType`: `microsoft.graph.accessPackageCatalogType`, nullable.
    pub catalog_type: rt::Field<crate::v1::AccessPackageCatalogType>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isExternallyVisible`: `Edm.Boolean`, nullable.
    pub is_externally_visible: rt::Field<bool>,
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `state`: `microsoft.graph.accessPackageCatalogState`, nullable.
    pub state: rt::Field<crate::v1::AccessPackageCatalogState>,
    /// CSDL: navigation property `accessPackages`: `Collection(microsoft.graph.accessPackage)`, not nullable.
    pub access_packages: rt::Field<::std::vec::Vec<crate::v1::AccessPackage>>,
    /// CSDL: containment navigation property `customWorkflowExtensions`: `Collection(microsoft.graph.customCalloutExtension)`, not nullable.
    pub custom_workflow_extensions: rt::Field<
        ::std::vec::Vec<crate::v1::AnyCustomCalloutExtension>,
    >,
    /// CSDL: containment navigation property `resourceRoles`: `Collection(microsoft.graph.accessPackageResourceRole)`, not nullable.
    pub resource_roles: rt::Field<::std::vec::Vec<crate::v1::AccessPackageResourceRole>>,
    /// CSDL: containment navigation property `resources`: `Collection(microsoft.graph.accessPackageResource)`, not nullable.
    pub resources: rt::Field<::std::vec::Vec<crate::v1::AnyAccessPackageResource>>,
    /// CSDL: containment navigation property `resourceScopes`: `Collection(microsoft.graph.accessPackageResourceScope)`, not nullable.
    pub resource_scopes: rt::Field<
        ::std::vec::Vec<crate::v1::AccessPackageResourceScope>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageCatalog {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            catalog_type: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_externally_visible: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            state: rt::Field::Absent,
            access_packages: rt::Field::Absent,
            custom_workflow_extensions: rt::Field::Absent,
            resource_roles: rt::Field::Absent,
            resources: rt::Field::Absent,
            resource_scopes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessPackageCatalog {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageCatalog";
    const KEYS: &'static [&'static str] = &[
        "id",
        "catalogType",
        "createdDateTime",
        "description",
        "displayName",
        "isExternallyVisible",
        "modifiedDateTime",
        "state",
        "accessPackages",
        "customWorkflowExtensions",
        "resourceRoles",
        "resources",
        "resourceScopes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"catalogType\":                  ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"isExternallyVisible\":          ",
        ",\"modifiedDateTime\":             ",
        ",\"state\":                        ",
        ",\"accessPackages\":               ",
        ",\"customWorkflowExtensions\":     ",
        ",\"resourceRoles\":                ",
        ",\"resources\":                    ",
        ",\"resourceScopes\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageCatalog\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "catalog_type", &self.catalog_type);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "is_externally_visible", &self.is_externally_visible);
        v.field(6usize, "modified_date_time", &self.modified_date_time);
        v.field(7usize, "state", &self.state);
        v.field(8usize, "access_packages", &self.access_packages);
        v.field(9usize, "custom_workflow_extensions", &self.custom_workflow_extensions);
        v.field(10usize, "resource_roles", &self.resource_roles);
        v.field(11usize, "resources", &self.resources);
        v.field(12usize, "resource_scopes", &self.resource_scopes);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessPackageCatalog {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.catalog_type.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.is_externally_visible.read_from(r),
            6usize => self.modified_date_time.read_from(r),
            7usize => self.state.read_from(r),
            8usize => self.access_packages.read_from(r),
            9usize => self.custom_workflow_extensions.read_from(r),
            10usize => self.resource_roles.read_from(r),
            11usize => self.resources.read_from(r),
            12usize => self.resource_scopes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.catalog_type);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.is_externally_visible);
        w.field(6usize, &self.modified_date_time);
        w.field(7usize, &self.state);
        w.field(8usize, &self.access_packages);
        w.field(9usize, &self.custom_workflow_extensions);
        w.field(10usize, &self.resource_roles);
        w.field(11usize, &self.resources);
        w.field(12usize, &self.resource_scopes);
    }
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
rt::impl_object!(AccessPackageCatalog);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageCatalog { with_id id : ::std::string::String; with_catalog_type
    catalog_type : crate ::v1::AccessPackageCatalogType; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_is_externally_visible is_externally_visible : bool; with_modified_date_time
    modified_date_time : rt::edm::DateTimeOffset; with_state state : crate
    ::v1::AccessPackageCatalogState; with_access_packages access_packages :
    ::std::vec::Vec < crate ::v1::AccessPackage >; with_custom_workflow_extensions
    custom_workflow_extensions : ::std::vec::Vec < crate ::v1::AnyCustomCalloutExtension
    >; with_resource_roles resource_roles : ::std::vec::Vec < crate
    ::v1::AccessPackageResourceRole >; with_resources resources : ::std::vec::Vec < crate
    ::v1::AnyAccessPackageResource >; with_resource_scopes resource_scopes :
    ::std::vec::Vec < crate ::v1::AccessPackageResourceScope >; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageCatalog);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.accessPackageDynamicApprovalStage`, complex type, derived from `microsoft.graph.accessPackageApprovalStage`.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct AccessPackageDynamicApprovalStage {
    /// CSDL: property `approverInformationVisibility`: `microsoft.graph.approverInformationVisibility`, not nullable.
    pub approver_information_visibility: rt::Field<
        crate::v1::ApproverInformationVisibility,
    >,
    /// CSDL: property `durationBeforeAutomaticDenial`: `Edm.Duration`, nullable.
    pub duration_before_automatic_denial: rt::Field<rt::edm::Duration>,
    /// CSDL: property `durationBeforeEscalation`: `Edm.Duration`, nullable.
    pub duration_before_escalation: rt::Field<rt::edm::Duration>,
    /// CSDL: property `escalationApprovers`: `Collection(microsoft.graph.subjectSet)`, nullable.
    pub escalation_approvers: rt::Field<::std::vec::Vec<crate::v1::AnySubjectSet>>,
    /// CSDL: property `fallbackEscalationApprovers`: `Collection(microsoft.graph.subjectSet)`, nullable.
    pub fallback_escalation_approvers: rt::Field<
        ::std::vec::Vec<crate::v1::AnySubjectSet>,
    >,
    /// CSDL: property `fallbackPrimaryApprovers`: `Collection(microsoft.graph.subjectSet)`, nullable.
    pub fallback_primary_approvers: rt::Field<::std::vec::Vec<crate::v1::AnySubjectSet>>,
    /// CSDL: property `isApproverJustificationRequired`: `Edm.Boolean`, nullable.
    pub is_approver_justification_required: rt::Field<bool>,
    /// CSDL: property `isEscalationEnabled`: `Edm.Boolean`, nullable.
    pub is_escalation_enabled: rt::Field<bool>,
    /// CSDL: property `primaryApprovers`: `Collection(microsoft.graph.subjectSet)`, nullable.
    pub primary_approvers: rt::Field<::std::vec::Vec<crate::v1::AnySubjectSet>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for AccessPackageDynamicApprovalStage {
    #[inline]
    fn default() -> Self {
        Self {
            approver_information_visibility: rt::Field::Absent,
            duration_before_automatic_denial: rt::Field::Absent,
            duration_before_escalation: rt::Field::Absent,
            escalation_approvers: rt::Field::Absent,
            fallback_escalation_approvers: rt::Field::Absent,
            fallback_primary_approvers: rt::Field::Absent,
            is_approver_justification_required: rt::Field::Absent,
            is_escalation_enabled: rt::Field::Absent,
            primary_approvers: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for AccessPackageDynamicApprovalStage {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageDynamicApprovalStage";
    const KEYS: &'static [&'static str] = &[
        "approverInformationVisibility",
        "durationBeforeAutomaticDenial",
        "durationBeforeEscalation",
        "escalationApprovers",
        "fallbackEscalationApprovers",
        "fallbackPrimaryApprovers",
        "isApproverJustificationRequired",
        "isEscalationEnabled",
        "primaryApprovers",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"approverInformationVisibility\":",
        ",\"durationBeforeAutomaticDenial\":",
        ",\"durationBeforeEscalation\":     ",
        ",\"escalationApprovers\":          ",
        ",\"fallbackEscalationApprovers\":  ",
        ",\"fallbackPrimaryApprovers\":     ",
        ",\"isApproverJustificationRequired\":",
        ",\"isEscalationEnabled\":          ",
        ",\"primaryApprovers\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageDynamicApprovalStage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "approver_information_visibility",
            &self.approver_information_visibility,
        );
        v.field(
            1usize,
            "duration_before_automatic_denial",
            &self.duration_before_automatic_denial,
        );
        v.field(2usize, "duration_before_escalation", &self.duration_before_escalation);
        v.field(3usize, "escalation_approvers", &self.escalation_approvers);
        v.field(
            4usize,
            "fallback_escalation_approvers",
            &self.fallback_escalation_approvers,
        );
        v.field(5usize, "fallback_primary_approvers", &self.fallback_primary_approvers);
        v.field(
            6usize,
            "is_approver_justification_required",
            &self.is_approver_justification_required,
        );
        v.field(7usize, "is_escalation_enabled", &self.is_escalation_enabled);
        v.field(8usize, "primary_approvers", &self.primary_approvers);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for AccessPackageDynamicApprovalStage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.approver_information_visibility.read_from(r),
            1usize => self.duration_before_automatic_denial.read_from(r),
            2usize => self.duration_before_escalation.read_from(r),
            3usize => self.escalation_approvers.read_from(r),
            4usize => self.fallback_escalation_approvers.read_from(r),
            5usize => self.fallback_primary_approvers.read_from(r),
            6usize => self.is_approver_justification_required.read_from(r),
            7usize => self.is_escalation_enabled.read_from(r),
            8usize => self.primary_approvers.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.approver_information_visibility);
        w.field(1usize, &self.duration_before_automatic_denial);
        w.field(2usize, &self.duration_before_escalation);
        w.field(3usize, &self.escalation_approvers);
        w.field(4usize, &self.fallback_escalation_approvers);
        w.field(5usize, &self.fallback_primary_approvers);
        w.field(6usize, &self.is_approver_justification_required);
        w.field(7usize, &self.is_escalation_enabled);
        w.field(8usize, &self.primary_approvers);
    }
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
rt::impl_object!(AccessPackageDynamicApprovalStage);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    AccessPackageDynamicApprovalStage { with_approver_information_visibility
    approver_information_visibility : crate ::v1::ApproverInformationVisibility;
    with_duration_before_automatic_denial duration_before_automatic_denial :
    rt::edm::Duration; with_duration_before_escalation duration_before_escalation :
    rt::edm::Duration; with_escalation_approvers escalation_approvers : ::std::vec::Vec <
    crate ::v1::AnySubjectSet >; with_fallback_escalation_approvers
    fallback_escalation_approvers : ::std::vec::Vec < crate ::v1::AnySubjectSet >;
    with_fallback_primary_approvers fallback_primary_approvers : ::std::vec::Vec < crate
    ::v1::AnySubjectSet >; with_is_approver_justification_required
    is_approver_justification_required : bool; with_is_escalation_enabled
    is_escalation_enabled : bool; with_primary_approvers primary_approvers :
    ::std::vec::Vec < crate ::v1::AnySubjectSet >; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageDynamicApprovalStage);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageResourceRequest`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AccessPackageResourceRequestPath`](requests/trait.AccessPackageResourceRequestPath.html), what a path to one (`EntityPath<AccessPackageResourceRequest, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessPackageResourceRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `requestType`: `microsoft.graph.accessPackageRequestType`, nullable.
    pub request_type: rt::Field<crate::v1::AccessPackageRequestType>,
    /// CSDL: property `state`: `microsoft.graph.accessPackageRequestState`, nullable.
    pub state: rt::Field<crate::v1::AccessPackageRequestState>,
    /// CSDL: containment navigation property `catalog`: `microsoft.graph.accessPackageCatalog`, nullable.
    pub catalog: rt::Field<crate::v1::AccessPackageCatalog>,
    /// CSDL: containment navigation property `resource`: `microsoft.graph.accessPackageResource`, nullable.
    pub resource: rt::Field<crate::v1::AnyAccessPackageResource>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageResourceRequest {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            request_type: rt::Field::Absent,
            state: rt::Field::Absent,
            catalog: rt::Field::Absent,
            resource: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessPackageResourceRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageResourceRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "requestType",
        "state",
        "catalog",
        "resource",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"requestType\":                  ",
        ",\"state\":                        ",
        ",\"catalog\":                      ",
        ",\"resource\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageResourceRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "request_type", &self.request_type);
        v.field(3usize, "state", &self.state);
        v.field(4usize, "catalog", &self.catalog);
        v.field(5usize, "resource", &self.resource);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessPackageResourceRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.request_type.read_from(r),
            3usize => self.state.read_from(r),
            4usize => self.catalog.read_from(r),
            5usize => self.resource.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.request_type);
        w.field(3usize, &self.state);
        w.field(4usize, &self.catalog);
        w.field(5usize, &self.resource);
    }
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
rt::impl_object!(AccessPackageResourceRequest);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageResourceRequest { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_request_type
    request_type : crate ::v1::AccessPackageRequestType; with_state state : crate
    ::v1::AccessPackageRequestState; with_catalog catalog : crate
    ::v1::AccessPackageCatalog; with_resource resource : crate
    ::v1::AnyAccessPackageResource; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageResourceRequest);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessPackageSubject`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AccessPackageSubjectPath`](requests/trait.AccessPackageSubjectPath.html), what a path to one (`EntityPath<AccessPackageSubject, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessPackageSubject {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `email`: `Edm.String`, nullable.
    pub email: rt::Field<::std::string::String>,
    /// CSDL: property `objectId`: `Edm.String`, nullable.
    pub object_id: rt::Field<::std::string::String>,
    /// CSDL: property `onPremisesSecurityIdentifier`: `Edm.String`, nullable.
    pub on_premises_security_identifier: rt::Field<::std::string::String>,
    /// CSDL: property `principalName`: `Edm.String`, nullable.
    pub principal_name: rt::Field<::std::string::String>,
    /// CSDL: property `subjectLifecycle`: `microsoft.graph.accessPackageSubjectLifecycle`, not nullable.
    pub subject_lifecycle: rt::Field<crate::v1::AccessPackageSubjectLifecycle>,
    /// CSDL: property `subjectType`: `microsoft.graph.accessPackageSubjectType`, nullable.
    pub subject_type: rt::Field<crate::v1::AccessPackageSubjectType>,
    /// CSDL: navigation property `connectedOrganization`: `microsoft.graph.connectedOrganization`, nullable.
    pub connected_organization: rt::Field<crate::v1::ConnectedOrganization>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessPackageSubject {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            email: rt::Field::Absent,
            object_id: rt::Field::Absent,
            on_premises_security_identifier: rt::Field::Absent,
            principal_name: rt::Field::Absent,
            subject_lifecycle: rt::Field::Absent,
            subject_type: rt::Field::Absent,
            connected_organization: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessPackageSubject {
    const TYPE_NAME: &'static str = "microsoft.graph.accessPackageSubject";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "email",
        "objectId",
        "onPremisesSecurityIdentifier",
        "principalName",
        "subjectLifecycle",
        "subjectType",
        "connectedOrganization",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"email\":                        ",
        ",\"objectId\":                     ",
        ",\"onPremisesSecurityIdentifier\": ",
        ",\"principalName\":                ",
        ",\"subjectLifecycle\":             ",
        ",\"subjectType\":                  ",
        ",\"connectedOrganization\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessPackageSubject\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "email", &self.email);
        v.field(3usize, "object_id", &self.object_id);
        v.field(
            4usize,
            "on_premises_security_identifier",
            &self.on_premises_security_identifier,
        );
        v.field(5usize, "principal_name", &self.principal_name);
        v.field(6usize, "subject_lifecycle", &self.subject_lifecycle);
        v.field(7usize, "subject_type", &self.subject_type);
        v.field(8usize, "connected_organization", &self.connected_organization);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessPackageSubject {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.email.read_from(r),
            3usize => self.object_id.read_from(r),
            4usize => self.on_premises_security_identifier.read_from(r),
            5usize => self.principal_name.read_from(r),
            6usize => self.subject_lifecycle.read_from(r),
            7usize => self.subject_type.read_from(r),
            8usize => self.connected_organization.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.email);
        w.field(3usize, &self.object_id);
        w.field(4usize, &self.on_premises_security_identifier);
        w.field(5usize, &self.principal_name);
        w.field(6usize, &self.subject_lifecycle);
        w.field(7usize, &self.subject_type);
        w.field(8usize, &self.connected_organization);
    }
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
rt::impl_object!(AccessPackageSubject);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessPackageSubject { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_email email : ::std::string::String;
    with_object_id object_id : ::std::string::String;
    with_on_premises_security_identifier on_premises_security_identifier :
    ::std::string::String; with_principal_name principal_name : ::std::string::String;
    with_subject_lifecycle subject_lifecycle : crate ::v1::AccessPackageSubjectLifecycle;
    with_subject_type subject_type : crate ::v1::AccessPackageSubjectType;
    with_connected_organization connected_organization : crate
    ::v1::ConnectedOrganization; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessPackageSubject);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessReviewInstance`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AccessReviewInstancePath`](requests/trait.AccessReviewInstancePath.html), what a path to one (`EntityPath<AccessReviewInstance, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessReviewInstance {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `fallbackReviewers`: `Collection(microsoft.graph.accessReviewReviewerScope)`, nullable.
    pub fallback_reviewers: rt::Field<
        ::std::vec::Vec<crate::v1::AccessReviewReviewerScope>,
    >,
    /// CSDL: property `reviewers`: `Collection(microsoft.graph.accessReviewReviewerScope)`, nullable.
    pub reviewers: rt::Field<::std::vec::Vec<crate::v1::AccessReviewReviewerScope>>,
    /// CSDL: property `scope`: `microsoft.graph.accessReviewScope`, nullable.
    pub scope: rt::Field<crate::v1::AnyAccessReviewScope>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `contactedReviewers`: `Collection(microsoft.graph.accessReviewReviewer)`, not nullable.
    pub contacted_reviewers: rt::Field<::std::vec::Vec<crate::v1::AccessReviewReviewer>>,
    /// CSDL: containment navigation property `decisions`: `Collection(microsoft.graph.accessReviewInstanceDecisionItem)`, not nullable.
    pub decisions: rt::Field<
        ::std::vec::Vec<crate::v1::AccessReviewInstanceDecisionItem>,
    >,
    /// CSDL: containment navigation property `stages`: `Collection(microsoft.graph.accessReviewStage)`, not nullable.
    pub stages: rt::Field<::std::vec::Vec<crate::v1::AccessReviewStage>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessReviewInstance {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            fallback_reviewers: rt::Field::Absent,
            reviewers: rt::Field::Absent,
            scope: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            contacted_reviewers: rt::Field::Absent,
            decisions: rt::Field::Absent,
            stages: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessReviewInstance {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewInstance";
    const KEYS: &'static [&'static str] = &[
        "id",
        "endDateTime",
        "fallbackReviewers",
        "reviewers",
        "scope",
        "startDateTime",
        "status",
        "contactedReviewers",
        "decisions",
        "stages",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"endDateTime\":                  ",
        ",\"fallbackReviewers\":            ",
        ",\"reviewers\":                    ",
        ",\"scope\":                        ",
        ",\"startDateTime\":                ",
        ",\"status\":                       ",
        ",\"contactedReviewers\":           ",
        ",\"decisions\":                    ",
        ",\"stages\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessReviewInstance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "end_date_time", &self.end_date_time);
        v.field(2usize, "fallback_reviewers", &self.fallback_reviewers);
        v.field(3usize, "reviewers", &self.reviewers);
        v.field(4usize, "scope", &self.scope);
        v.field(5usize, "start_date_time", &self.start_date_time);
        v.field(6usize, "status", &self.status);
        v.field(7usize, "contacted_reviewers", &self.contacted_reviewers);
        v.field(8usize, "decisions", &self.decisions);
        v.field(9usize, "stages", &self.stages);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessReviewInstance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.end_date_time.read_from(r),
            2usize => self.fallback_reviewers.read_from(r),
            3usize => self.reviewers.read_from(r),
            4usize => self.scope.read_from(r),
            5usize => self.start_date_time.read_from(r),
            6usize => self.status.read_from(r),
            7usize => self.contacted_reviewers.read_from(r),
            8usize => self.decisions.read_from(r),
            9usize => self.stages.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.end_date_time);
        w.field(2usize, &self.fallback_reviewers);
        w.field(3usize, &self.reviewers);
        w.field(4usize, &self.scope);
        w.field(5usize, &self.start_date_time);
        w.field(6usize, &self.status);
        w.field(7usize, &self.contacted_reviewers);
        w.field(8usize, &self.decisions);
        w.field(9usize, &self.stages);
    }
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
rt::impl_object!(AccessReviewInstance);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessReviewInstance { with_id id : ::std::string::String; with_end_date_time
    end_date_time : rt::edm::DateTimeOffset; with_fallback_reviewers fallback_reviewers :
    ::std::vec::Vec < crate ::v1::AccessReviewReviewerScope >; with_reviewers reviewers :
    ::std::vec::Vec < crate ::v1::AccessReviewReviewerScope >; with_scope scope : crate
    ::v1::AnyAccessReviewScope; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; with_status status : ::std::string::String;
    with_contacted_reviewers contacted_reviewers : ::std::vec::Vec < crate
    ::v1::AccessReviewReviewer >; with_decisions decisions : ::std::vec::Vec < crate
    ::v1::AccessReviewInstanceDecisionItem >; with_stages stages : ::std::vec::Vec <
    crate ::v1::AccessReviewStage >; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewInstance);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessReviewInstanceDecisionItem`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AccessReviewInstanceDecisionItemPath`](requests/trait.AccessReviewInstanceDecisionItemPath.html), what a path to one (`EntityPath<AccessReviewInstanceDecisionItem, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessReviewInstanceDecisionItem {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `accessReviewId`: `Edm.String`, not nullable.
    pub access_review_id: rt::Field<::std::string::String>,
    /// CSDL: property `appliedBy`: `microsoft.graph.userIdentity`, nullable.
    pub applied_by: rt::Field<crate::v1::UserIdentity>,
    /// CSDL: property `appliedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub applied_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `applyResult`: `Edm.String`, nullable.
    pub apply_result: rt::Field<::std::string::String>,
    /// CSDL: property `decision`: `Edm.String`, nullable.
    pub decision: rt::Field<::std::string::String>,
    /// CSDL: property `justification`: `Edm.String`, nullable.
    pub justification: rt::Field<::std::string::String>,
    /// CSDL: property `principal`: `microsoft.graph.identity`, nullable.
    pub principal: rt::Field<crate::v1::AnyIdentity>,
    /// CSDL: property `principalLink`: `Edm.String`, nullable.
    pub principal_link: rt::Field<::std::string::String>,
    /// CSDL: property `recommendation`: `Edm.String`, nullable.
    pub recommendation: rt::Field<::std::string::String>,
    /// CSDL: property `resource`: `microsoft.graph.accessReviewInstanceDecisionItemResource`, nullable.
    pub resource: rt::Field<crate::v1::AnyAccessReviewInstanceDecisionItemResource>,
    /// CSDL: property `resourceLink`: `Edm.String`, nullable.
    pub resource_link: rt::Field<::std::string::String>,
    /// CSDL: property `reviewedBy`: `microsoft.graph.userIdentity`, nullable.
    pub reviewed_by: rt::Field<crate::v1::UserIdentity>,
    /// CSDL: property `reviewedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub reviewed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: containment navigation property `insights`: `Collection(microsoft.graph.governanceInsight)`, not nullable.
    pub insights: rt::Field<::std::vec::Vec<crate::v1::AnyGovernanceInsight>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessReviewInstanceDecisionItem {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            access_review_id: rt::Field::Absent,
            applied_by: rt::Field::Absent,
            applied_date_time: rt::Field::Absent,
            apply_result: rt::Field::Absent,
            decision: rt::Field::Absent,
            justification: rt::Field::Absent,
            principal: rt::Field::Absent,
            principal_link: rt::Field::Absent,
            recommendation: rt::Field::Absent,
            resource: rt::Field::Absent,
            resource_link: rt::Field::Absent,
            reviewed_by: rt::Field::Absent,
            reviewed_date_time: rt::Field::Absent,
            insights: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessReviewInstanceDecisionItem {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewInstanceDecisionItem";
    const KEYS: &'static [&'static str] = &[
        "id",
        "accessReviewId",
        "appliedBy",
        "appliedDateTime",
        "applyResult",
        "decision",
        "justification",
        "principal",
        "principalLink",
        "recommendation",
        "resource",
        "resourceLink",
        "reviewedBy",
        "reviewedDateTime",
        "insights",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"accessReviewId\":               ",
        ",\"appliedBy\":                    ",
        ",\"appliedDateTime\":              ",
        ",\"applyResult\":                  ",
        ",\"decision\":                     ",
        ",\"justification\":                ",
        ",\"principal\":                    ",
        ",\"principalLink\":                ",
        ",\"recommendation\":               ",
        ",\"resource\":                     ",
        ",\"resourceLink\":                 ",
        ",\"reviewedBy\":                   ",
        ",\"reviewedDateTime\":             ",
        ",\"insights\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessReviewInstanceDecisionItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "access_review_id", &self.access_review_id);
        v.field(2usize, "applied_by", &self.applied_by);
        v.field(3usize, "applied_date_time", &self.applied_date_time);
        v.field(4usize, "apply_result", &self.apply_result);
        v.field(5usize, "decision", &self.decision);
        v.field(6usize, "justification", &self.justification);
        v.field(7usize, "principal", &self.principal);
        v.field(8usize, "principal_link", &self.principal_link);
        v.field(9usize, "recommendation", &self.recommendation);
        v.field(10usize, "resource", &self.resource);
        v.field(11usize, "resource_link", &self.resource_link);
        v.field(12usize, "reviewed_by", &self.reviewed_by);
        v.field(13usize, "reviewed_date_time", &self.reviewed_date_time);
        v.field(14usize, "insights", &self.insights);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessReviewInstanceDecisionItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.access_review_id.read_from(r),
            2usize => self.applied_by.read_from(r),
            3usize => self.applied_date_time.read_from(r),
            4usize => self.apply_result.read_from(r),
            5usize => self.decision.read_from(r),
            6usize => self.justification.read_from(r),
            7usize => self.principal.read_from(r),
            8usize => self.principal_link.read_from(r),
            9usize => self.recommendation.read_from(r),
            10usize => self.resource.read_from(r),
            11usize => self.resource_link.read_from(r),
            12usize => self.reviewed_by.read_from(r),
            13usize => self.reviewed_date_time.read_from(r),
            14usize => self.insights.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.access_review_id);
        w.field(2usize, &self.applied_by);
        w.field(3usize, &self.applied_date_time);
        w.field(4usize, &self.apply_result);
        w.field(5usize, &self.decision);
        w.field(6usize, &self.justification);
        w.field(7usize, &self.principal);
        w.field(8usize, &self.principal_link);
        w.field(9usize, &self.recommendation);
        w.field(10usize, &self.resource);
        w.field(11usize, &self.resource_link);
        w.field(12usize, &self.reviewed_by);
        w.field(13usize, &self.reviewed_date_time);
        w.field(14usize, &self.insights);
    }
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
rt::impl_object!(AccessReviewInstanceDecisionItem);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessReviewInstanceDecisionItem { with_id id : ::std::string::String;
    with_access_review_id access_review_id : ::std::string::String; with_applied_by
    applied_by : crate ::v1::UserIdentity; with_applied_date_time applied_date_time :
    rt::edm::DateTimeOffset; with_apply_result apply_result : ::std::string::String;
    with_decision decision : ::std::string::String; with_justification justification :
    ::std::string::String; with_principal principal : crate ::v1::AnyIdentity;
    with_principal_link principal_link : ::std::string::String; with_recommendation
    recommendation : ::std::string::String; with_resource resource : crate
    ::v1::AnyAccessReviewInstanceDecisionItemResource; with_resource_link resource_link :
    ::std::string::String; with_reviewed_by reviewed_by : crate ::v1::UserIdentity;
    with_reviewed_date_time reviewed_date_time : rt::edm::DateTimeOffset; with_insights
    insights : ::std::vec::Vec < crate ::v1::AnyGovernanceInsight >; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewInstanceDecisionItem);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessReviewScheduleDefinition`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AccessReviewScheduleDefinitionPath`](requests/trait.AccessReviewScheduleDefinitionPath.html), what a path to one (`EntityPath<AccessReviewScheduleDefinition, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessReviewScheduleDefinition {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `additionalNotificationRecipients`: `Collection(microsoft.graph.accessReviewNotificationRecipientItem)`, nullable.
    pub additional_notification_recipients: rt::Field<
        ::std::vec::Vec<crate::v1::AccessReviewNotificationRecipientItem>,
    >,
    /// CSDL: property `createdBy`: `microsoft.graph.userIdentity`, nullable.
    pub created_by: rt::Field<crate::v1::UserIdentity>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `descriptionForAdmins`: `Edm.String`, nullable.
    pub description_for_admins: rt::Field<::std::string::String>,
    /// CSDL: property `descriptionForReviewers`: `Edm.String`, nullable.
    pub description_for_reviewers: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `fallbackReviewers`: `Collection(microsoft.graph.accessReviewReviewerScope)`, nullable.
    pub fallback_reviewers: rt::Field<
        ::std::vec::Vec<crate::v1::AccessReviewReviewerScope>,
    >,
    /// CSDL: property `instanceEnumerationScope`: `microsoft.graph.accessReviewScope`, nullable.
    pub instance_enumeration_scope: rt::Field<crate::v1::AnyAccessReviewScope>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `reviewers`: `Collection(microsoft.graph.accessReviewReviewerScope)`, nullable.
    pub reviewers: rt::Field<::std::vec::Vec<crate::v1::AccessReviewReviewerScope>>,
    /// CSDL: property `scope`: `microsoft.graph.accessReviewScope`, nullable.
    pub scope: rt::Field<crate::v1::AnyAccessReviewScope>,
    /// CSDL: property `settings`: `microsoft.graph.accessReviewScheduleSettings`, nullable.
    pub settings: rt::Field<crate::v1::AccessReviewScheduleSettings>,
    /// CSDL: property `stageSettings`: `Collection(microsoft.graph.accessReviewStageSettings)`, nullable.
    pub stage_settings: rt::Field<::std::vec::Vec<crate::v1::AccessReviewStageSettings>>,
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `instances`: `Collection(microsoft.graph.accessReviewInstance)`, not nullable.
    pub instances: rt::Field<::std::vec::Vec<crate::v1::AccessReviewInstance>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessReviewScheduleDefinition {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            additional_notification_recipients: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description_for_admins: rt::Field::Absent,
            description_for_reviewers: rt::Field::Absent,
            display_name: rt::Field::Absent,
            fallback_reviewers: rt::Field::Absent,
            instance_enumeration_scope: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            reviewers: rt::Field::Absent,
            scope: rt::Field::Absent,
            settings: rt::Field::Absent,
            stage_settings: rt::Field::Absent,
            status: rt::Field::Absent,
            instances: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessReviewScheduleDefinition {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewScheduleDefinition";
    const KEYS: &'static [&'static str] = &[
        "id",
        "additionalNotificationRecipients",
        "createdBy",
        "createdDateTime",
        "descriptionForAdmins",
        "descriptionForReviewers",
        "displayName",
        "fallbackReviewers",
        "instanceEnumerationScope",
        "lastModifiedDateTime",
        "reviewers",
        "scope",
        "settings",
        "stageSettings",
        "status",
        "instances",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"additionalNotificationRecipients\":",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"descriptionForAdmins\":         ",
        ",\"descriptionForReviewers\":      ",
        ",\"displayName\":                  ",
        ",\"fallbackReviewers\":            ",
        ",\"instanceEnumerationScope\":     ",
        ",\"lastModifiedDateTime\":         ",
        ",\"reviewers\":                    ",
        ",\"scope\":                        ",
        ",\"settings\":                     ",
        ",\"stageSettings\":                ",
        ",\"status\":                       ",
        ",\"instances\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessReviewScheduleDefinition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "additional_notification_recipients",
            &self.additional_notification_recipients,
        );
        v.field(2usize, "created_by", &self.created_by);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "description_for_admins", &self.description_for_admins);
        v.field(5usize, "description_for_reviewers", &self.description_for_reviewers);
        v.field(6usize, "display_name", &self.display_name);
        v.field(7usize, "fallback_reviewers", &self.fallback_reviewers);
        v.field(8usize, "instance_enumeration_scope", &self.instance_enumeration_scope);
        v.field(9usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(10usize, "reviewers", &self.reviewers);
        v.field(11usize, "scope", &self.scope);
        v.field(12usize, "settings", &self.settings);
        v.field(13usize, "stage_settings", &self.stage_settings);
        v.field(14usize, "status", &self.status);
        v.field(15usize, "instances", &self.instances);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessReviewScheduleDefinition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.additional_notification_recipients.read_from(r),
            2usize => self.created_by.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.description_for_admins.read_from(r),
            5usize => self.description_for_reviewers.read_from(r),
            6usize => self.display_name.read_from(r),
            7usize => self.fallback_reviewers.read_from(r),
            8usize => self.instance_enumeration_scope.read_from(r),
            9usize => self.last_modified_date_time.read_from(r),
            10usize => self.reviewers.read_from(r),
            11usize => self.scope.read_from(r),
            12usize => self.settings.read_from(r),
            13usize => self.stage_settings.read_from(r),
            14usize => self.status.read_from(r),
            15usize => self.instances.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.additional_notification_recipients);
        w.field(2usize, &self.created_by);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.description_for_admins);
        w.field(5usize, &self.description_for_reviewers);
        w.field(6usize, &self.display_name);
        w.field(7usize, &self.fallback_reviewers);
        w.field(8usize, &self.instance_enumeration_scope);
        w.field(9usize, &self.last_modified_date_time);
        w.field(10usize, &self.reviewers);
        w.field(11usize, &self.scope);
        w.field(12usize, &self.settings);
        w.field(13usize, &self.stage_settings);
        w.field(14usize, &self.status);
        w.field(15usize, &self.instances);
    }
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
rt::impl_object!(AccessReviewScheduleDefinition);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessReviewScheduleDefinition { with_id id : ::std::string::String;
    with_additional_notification_recipients additional_notification_recipients :
    ::std::vec::Vec < crate ::v1::AccessReviewNotificationRecipientItem >;
    with_created_by created_by : crate ::v1::UserIdentity; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description_for_admins
    description_for_admins : ::std::string::String; with_description_for_reviewers
    description_for_reviewers : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_fallback_reviewers fallback_reviewers : ::std::vec::Vec <
    crate ::v1::AccessReviewReviewerScope >; with_instance_enumeration_scope
    instance_enumeration_scope : crate ::v1::AnyAccessReviewScope;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_reviewers reviewers : ::std::vec::Vec < crate ::v1::AccessReviewReviewerScope >;
    with_scope scope : crate ::v1::AnyAccessReviewScope; with_settings settings : crate
    ::v1::AccessReviewScheduleSettings; with_stage_settings stage_settings :
    ::std::vec::Vec < crate ::v1::AccessReviewStageSettings >; with_status status :
    ::std::string::String; with_instances instances : ::std::vec::Vec < crate
    ::v1::AccessReviewInstance >; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewScheduleDefinition);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessReviewSet`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AccessReviewSetPath`](requests/trait.AccessReviewSetPath.html), what a path to one (`EntityPath<AccessReviewSet, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessReviewSet {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `definitions`: `Collection(microsoft.graph.accessReviewScheduleDefinition)`, not nullable.
    pub definitions: rt::Field<
        ::std::vec::Vec<crate::v1::AccessReviewScheduleDefinition>,
    >,
    /// CSDL: containment navigation property `historyDefinitions`: `Collection(microsoft.graph.accessReviewHistoryDefinition)`, not nullable.
    pub history_definitions: rt::Field<
        ::std::vec::Vec<crate::v1::AccessReviewHistoryDefinition>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessReviewSet {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            definitions: rt::Field::Absent,
            history_definitions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessReviewSet {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewSet";
    const KEYS: &'static [&'static str] = &["id", "definitions", "historyDefinitions"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"definitions\":                  ",
        ",\"historyDefinitions\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessReviewSet\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "definitions", &self.definitions);
        v.field(2usize, "history_definitions", &self.history_definitions);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessReviewSet {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.definitions.read_from(r),
            2usize => self.history_definitions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.definitions);
        w.field(2usize, &self.history_definitions);
    }
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
rt::impl_object!(AccessReviewSet);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessReviewSet { with_id id : ::std::string::String; with_definitions definitions :
    ::std::vec::Vec < crate ::v1::AccessReviewScheduleDefinition >;
    with_history_definitions history_definitions : ::std::vec::Vec < crate
    ::v1::AccessReviewHistoryDefinition >; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewSet);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.accessReviewStage`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AccessReviewStagePath`](requests/trait.AccessReviewStagePath.html), what a path to one (`EntityPath<AccessReviewStage, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct AccessReviewStage {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `fallbackReviewers`: `Collection(microsoft.graph.accessReviewReviewerScope)`, nullable.
    pub fallback_reviewers: rt::Field<
        ::std::vec::Vec<crate::v1::AccessReviewReviewerScope>,
    >,
    /// CSDL: property `reviewers`: `Collection(microsoft.graph.accessReviewReviewerScope)`, nullable.
    pub reviewers: rt::Field<::std::vec::Vec<crate::v1::AccessReviewReviewerScope>>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `decisions`: `Collection(microsoft.graph.accessReviewInstanceDecisionItem)`, not nullable.
    pub decisions: rt::Field<
        ::std::vec::Vec<crate::v1::AccessReviewInstanceDecisionItem>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AccessReviewStage {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            fallback_reviewers: rt::Field::Absent,
            reviewers: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            decisions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for AccessReviewStage {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewStage";
    const KEYS: &'static [&'static str] = &[
        "id",
        "endDateTime",
        "fallbackReviewers",
        "reviewers",
        "startDateTime",
        "status",
        "decisions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"endDateTime\":                  ",
        ",\"fallbackReviewers\":            ",
        ",\"reviewers\":                    ",
        ",\"startDateTime\":                ",
        ",\"status\":                       ",
        ",\"decisions\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessReviewStage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "end_date_time", &self.end_date_time);
        v.field(2usize, "fallback_reviewers", &self.fallback_reviewers);
        v.field(3usize, "reviewers", &self.reviewers);
        v.field(4usize, "start_date_time", &self.start_date_time);
        v.field(5usize, "status", &self.status);
        v.field(6usize, "decisions", &self.decisions);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for AccessReviewStage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.end_date_time.read_from(r),
            2usize => self.fallback_reviewers.read_from(r),
            3usize => self.reviewers.read_from(r),
            4usize => self.start_date_time.read_from(r),
            5usize => self.status.read_from(r),
            6usize => self.decisions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.end_date_time);
        w.field(2usize, &self.fallback_reviewers);
        w.field(3usize, &self.reviewers);
        w.field(4usize, &self.start_date_time);
        w.field(5usize, &self.status);
        w.field(6usize, &self.decisions);
    }
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
rt::impl_object!(AccessReviewStage);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    AccessReviewStage { with_id id : ::std::string::String; with_end_date_time
    end_date_time : rt::edm::DateTimeOffset; with_fallback_reviewers fallback_reviewers :
    ::std::vec::Vec < crate ::v1::AccessReviewReviewerScope >; with_reviewers reviewers :
    ::std::vec::Vec < crate ::v1::AccessReviewReviewerScope >; with_start_date_time
    start_date_time : rt::edm::DateTimeOffset; with_status status :
    ::std::string::String; with_decisions decisions : ::std::vec::Vec < crate
    ::v1::AccessReviewInstanceDecisionItem >; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewStage);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.activityBasedTimeoutPolicy`, entity type, derived from `microsoft.graph.stsPolicy`, key `id`.
///
/// Request builders: [`StsPolicyPath`](requests/trait.StsPolicyPath.html), what a path to one (`EntityPath<ActivityBasedTimeoutPolicy, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ActivityBasedTimeoutPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `definition`: `Collection(Edm.String)`, not nullable.
    pub definition: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `isOrganizationDefault`: `Edm.Boolean`, nullable.
    pub is_organization_default: rt::Field<bool>,
    /// CSDL: navigation property `appliesTo`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub applies_to: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ActivityBasedTimeoutPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            definition: rt::Field::Absent,
            is_organization_default: rt::Field::Absent,
            applies_to: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ActivityBasedTimeoutPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.activityBasedTimeoutPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "description",
        "displayName",
        "definition",
        "isOrganizationDefault",
        "appliesTo",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"definition\":                   ",
        ",\"isOrganizationDefault\":        ",
        ",\"appliesTo\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.activityBasedTimeoutPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "definition", &self.definition);
        v.field(5usize, "is_organization_default", &self.is_organization_default);
        v.field(6usize, "applies_to", &self.applies_to);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ActivityBasedTimeoutPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.definition.read_from(r),
            5usize => self.is_organization_default.read_from(r),
            6usize => self.applies_to.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.definition);
        w.field(5usize, &self.is_organization_default);
        w.field(6usize, &self.applies_to);
    }
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
rt::impl_object!(ActivityBasedTimeoutPolicy);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ActivityBasedTimeoutPolicy { with_id id : ::std::string::String;
    with_deleted_date_time deleted_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_definition definition : ::std::vec::Vec <
    ::std::string::String >; with_is_organization_default is_organization_default : bool;
    with_applies_to applies_to : ::std::vec::Vec < crate ::v1::AnyDirectoryObject >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ActivityBasedTimeoutPolicy);
#[cfg(msgraph_v1_admin)]
/// CSDL: `microsoft.graph.admin`, entity type.
///
/// Request builders: [`AdminPath`](requests/trait.AdminPath.html), what a path to one (`EntityPath<Admin, C>`) dereferences to.
///
/// Features: `v1` or `v1-admin`.
#[derive(Clone)]
pub struct Admin {
    /// CSDL: containment navigation property `configurationManagement`: `microsoft.graph.configurationManagement`, nullable.
    pub configuration_management: rt::Field<crate::v1::ConfigurationManagement>,
    /// CSDL: containment navigation property `edge`: `microsoft.graph.edge`, nullable.
    pub edge: rt::Field<crate::v1::Edge>,
    /// CSDL: containment navigation property `exchange`: `microsoft.graph.exchangeAdmin`, nullable.
    pub exchange: rt::Field<crate::v1::ExchangeAdmin>,
    /// CSDL: containment navigation property `microsoft365Apps`: `microsoft.graph.adminMicrosoft365Apps`, nullable.
    pub microsoft365_apps: rt::Field<crate::v1::AdminMicrosoft365Apps>,
    /// CSDL: containment navigation property `people`: `microsoft.graph.peopleAdminSettings`, nullable.
    pub people: rt::Field<crate::v1::PeopleAdminSettings>,
    /// CSDL: containment navigation property `reportSettings`: `microsoft.graph.adminReportSettings`, nullable.
    pub report_settings: rt::Field<crate::v1::AdminReportSettings>,
    /// CSDL: containment navigation property `serviceAnnouncement`: `microsoft.graph.serviceAnnouncement`, nullable.
    pub service_announcement: rt::Field<crate::v1::ServiceAnnouncement>,
    /// CSDL: containment navigation property `sharepoint`: `microsoft.graph.sharepoint`, nullable.
    pub sharepoint: rt::Field<crate::v1::Sharepoint>,
    /// CSDL: containment navigation property `teams`: `microsoft.graph.teamsAdministration.teamsAdminRoot`, nullable.
    pub teams: rt::Field<crate::v1::teams_administration::TeamsAdminRoot>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin)]
impl ::std::default::Default for Admin {
    #[inline]
    fn default() -> Self {
        Self {
            configuration_management: rt::Field::Absent,
            edge: rt::Field::Absent,
            exchange: rt::Field::Absent,
            microsoft365_apps: rt::Field::Absent,
            people: rt::Field::Absent,
            report_settings: rt::Field::Absent,
            service_announcement: rt::Field::Absent,
            sharepoint: rt::Field::Absent,
            teams: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin)]
impl rt::Object for Admin {
    const TYPE_NAME: &'static str = "microsoft.graph.admin";
    const KEYS: &'static [&'static str] = &[
        "configurationManagement",
        "edge",
        "exchange",
        "microsoft365Apps",
        "people",
        "reportSettings",
        "serviceAnnouncement",
        "sharepoint",
        "teams",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"configurationManagement\":      ",
        ",\"edge\":                         ",
        ",\"exchange\":                     ",
        ",\"microsoft365Apps\":             ",
        ",\"people\":                       ",
        ",\"reportSettings\":               ",
        ",\"serviceAnnouncement\":          ",
        ",\"sharepoint\":                   ",
        ",\"teams\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.admin\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "configuration_management", &self.configuration_management);
        v.field(1usize, "edge", &self.edge);
        v.field(2usize, "exchange", &self.exchange);
        v.field(3usize, "microsoft365_apps", &self.microsoft365_apps);
        v.field(4usize, "people", &self.people);
        v.field(5usize, "report_settings", &self.report_settings);
        v.field(6usize, "service_announcement", &self.service_announcement);
        v.field(7usize, "sharepoint", &self.sharepoint);
        v.field(8usize, "teams", &self.teams);
    }
}
#[cfg(msgraph_v1_admin)]
impl rt::object::Members for Admin {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.configuration_management.read_from(r),
            1usize => self.edge.read_from(r),
            2usize => self.exchange.read_from(r),
            3usize => self.microsoft365_apps.read_from(r),
            4usize => self.people.read_from(r),
            5usize => self.report_settings.read_from(r),
            6usize => self.service_announcement.read_from(r),
            7usize => self.sharepoint.read_from(r),
            8usize => self.teams.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.configuration_management);
        w.field(1usize, &self.edge);
        w.field(2usize, &self.exchange);
        w.field(3usize, &self.microsoft365_apps);
        w.field(4usize, &self.people);
        w.field(5usize, &self.report_settings);
        w.field(6usize, &self.service_announcement);
        w.field(7usize, &self.sharepoint);
        w.field(8usize, &self.teams);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_admin)]
rt::impl_object!(Admin);
#[cfg(msgraph_v1_admin)]
rt::impl_setters!(
    Admin { with_configuration_management configuration_management : crate
    ::v1::ConfigurationManagement; with_edge edge : crate ::v1::Edge; with_exchange
    exchange : crate ::v1::ExchangeAdmin; with_microsoft365_apps microsoft365_apps :
    crate ::v1::AdminMicrosoft365Apps; with_people people : crate
    ::v1::PeopleAdminSettings; with_report_settings report_settings : crate
    ::v1::AdminReportSettings; with_service_announcement service_announcement : crate
    ::v1::ServiceAnnouncement; with_sharepoint sharepoint : crate ::v1::Sharepoint;
    with_teams teams : crate ::v1::teams_administration::TeamsAdminRoot; }
);
#[cfg(msgraph_v1_admin)]
#[cfg(feature = "serde")]
rt::impl_serde!(Admin);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.administrativeUnit`, entity type, derived from `microsoft.graph.directoryObject`, open, key `id`.
///
/// Request builders: [`AdministrativeUnitPath`](requests/trait.AdministrativeUnitPath.html), what a path to one (`EntityPath<AdministrativeUnit, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AdministrativeUnit {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isMemberManagementRestricted`: `Edm.Boolean`, nullable.
    pub is_member_management_restricted: rt::Field<bool>,
    /// CSDL: property `membershipRule`: `Edm.String`, nullable.
    pub membership_rule: rt::Field<::std::string::String>,
    /// CSDL: property `membershipRuleProcessingState`: `Edm.String`, nullable.
    pub membership_rule_processing_state: rt::Field<::std::string::String>,
    /// CSDL: property `membershipType`: `Edm.String`, nullable.
    pub membership_type: rt::Field<::std::string::String>,
    /// CSDL: property `visibility`: `Edm.String`, nullable.
    pub visibility: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `extensions`: `Collection(microsoft.graph.extension)`, not nullable.
    pub extensions: rt::Field<::std::vec::Vec<crate::v1::AnyExtension>>,
    /// CSDL: navigation property `members`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub members: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// CSDL: containment navigation property `scopedRoleMembers`: `Collection(microsoft.graph.scopedRoleMembership)`, not nullable.
    pub scoped_role_members: rt::Field<::std::vec::Vec<crate::v1::ScopedRoleMembership>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AdministrativeUnit {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_member_management_restricted: rt::Field::Absent,
            membership_rule: rt::Field::Absent,
            membership_rule_processing_state: rt::Field::Absent,
            membership_type: rt::Field::Absent,
            visibility: rt::Field::Absent,
            extensions: rt::Field::Absent,
            members: rt::Field::Absent,
            scoped_role_members: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for AdministrativeUnit {
    const TYPE_NAME: &'static str = "microsoft.graph.administrativeUnit";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "description",
        "displayName",
        "isMemberManagementRestricted",
        "membershipRule",
        "membershipRuleProcessingState",
        "membershipType",
        "visibility",
        "extensions",
        "members",
        "scopedRoleMembers",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"isMemberManagementRestricted\": ",
        ",\"membershipRule\":               ",
        ",\"membershipRuleProcessingState\":",
        ",\"membershipType\":               ",
        ",\"visibility\":                   ",
        ",\"extensions\":                   ",
        ",\"members\":                      ",
        ",\"scopedRoleMembers\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.administrativeUnit\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(
            4usize,
            "is_member_management_restricted",
            &self.is_member_management_restricted,
        );
        v.field(5usize, "membership_rule", &self.membership_rule);
        v.field(
            6usize,
            "membership_rule_processing_state",
            &self.membership_rule_processing_state,
        );
        v.field(7usize, "membership_type", &self.membership_type);
        v.field(8usize, "visibility", &self.visibility);
        v.field(9usize, "extensions", &self.extensions);
        v.field(10usize, "members", &self.members);
        v.field(11usize, "scoped_role_members", &self.scoped_role_members);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for AdministrativeUnit {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.is_member_management_restricted.read_from(r),
            5usize => self.membership_rule.read_from(r),
            6usize => self.membership_rule_processing_state.read_from(r),
            7usize => self.membership_type.read_from(r),
            8usize => self.visibility.read_from(r),
            9usize => self.extensions.read_from(r),
            10usize => self.members.read_from(r),
            11usize => self.scoped_role_members.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.is_member_management_restricted);
        w.field(5usize, &self.membership_rule);
        w.field(6usize, &self.membership_rule_processing_state);
        w.field(7usize, &self.membership_type);
        w.field(8usize, &self.visibility);
        w.field(9usize, &self.extensions);
        w.field(10usize, &self.members);
        w.field(11usize, &self.scoped_role_members);
    }
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
rt::impl_object!(AdministrativeUnit);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    AdministrativeUnit { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_is_member_management_restricted is_member_management_restricted : bool;
    with_membership_rule membership_rule : ::std::string::String;
    with_membership_rule_processing_state membership_rule_processing_state :
    ::std::string::String; with_membership_type membership_type : ::std::string::String;
    with_visibility visibility : ::std::string::String; with_extensions extensions :
    ::std::vec::Vec < crate ::v1::AnyExtension >; with_members members : ::std::vec::Vec
    < crate ::v1::AnyDirectoryObject >; with_scoped_role_members scoped_role_members :
    ::std::vec::Vec < crate ::v1::ScopedRoleMembership >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AdministrativeUnit);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.agentIdentity`, entity type, derived from `microsoft.graph.servicePrincipal`, open, key `id`.
///
/// Request builders: [`AgentIdentityPath`](requests/trait.AgentIdentityPath.html), what a path to one (`EntityPath<AgentIdentity, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AgentIdentity {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `accountEnabled`: `Edm.Boolean`, nullable.
    pub account_enabled: rt::Field<bool>,
    /// CSDL: property `addIns`: `Collection(microsoft.graph.addIn)`, not nullable.
    pub add_ins: rt::Field<::std::vec::Vec<crate::v1::AddIn>>,
    /// CSDL: property `alternativeNames`: `Collection(Edm.String)`, not nullable.
    pub alternative_names: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `appDescription`: `Edm.String`, nullable.
    pub app_description: rt::Field<::std::string::String>,
    /// CSDL: property `appDisplayName`: `Edm.String`, nullable.
    pub app_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `appId`: `Edm.String`, nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// CSDL: property `applicationTemplateId`: `Edm.String`, nullable.
    pub application_template_id: rt::Field<::std::string::String>,
    /// CSDL: property `appOwnerOrganizationId`: `Edm.Guid`, nullable.
    pub app_owner_organization_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `appRoleAssignmentRequired`: `Edm.Boolean`, not nullable.
    pub app_role_assignment_required: rt::Field<bool>,
    /// CSDL: property `appRoles`: `Collection(microsoft.graph.appRole)`, not nullable.
    pub app_roles: rt::Field<::std::vec::Vec<crate::v1::AppRole>>,
    /// CSDL: property `createdByAppId`: `Edm.String`, nullable.
    pub created_by_app_id: rt::Field<::std::string::String>,
    /// CSDL: property `customSecurityAttributes`: `microsoft.graph.customSecurityAttributeValue`, nullable.
    pub custom_security_attributes: rt::Field<crate::v1::CustomSecurityAttributeValue>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `disabledByMicrosoftStatus`: `Edm.String`, nullable.
    pub disabled_by_microsoft_status: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `homepage`: `Edm.String`, nullable.
    pub homepage: rt::Field<::std::string::String>,
    /// CSDL: property `info`: `microsoft.graph.informationalUrl`, nullable.
    pub info: rt::Field<crate::v1::InformationalUrl>,
    /// CSDL: property `isDisabled`: `Edm.Boolean`, nullable.
    pub is_disabled: rt::Field<bool>,
    /// CSDL: property `keyCredentials`: `Collection(microsoft.graph.keyCredential)`, not nullable.
    pub key_credentials: rt::Field<::std::vec::Vec<crate::v1::KeyCredential>>,
    /// CSDL: property `loginUrl`: `Edm.String`, nullable.
    pub login_url: rt::Field<::std::string::String>,
    /// CSDL: property `logoutUrl`: `Edm.String`, nullable.
    pub logout_url: rt::Field<::std::string::String>,
    /// CSDL: property `notes`: `Edm.String`, nullable.
    pub notes: rt::Field<::std::string::String>,
    /// CSDL: property `notificationEmailAddresses`: `Collection(Edm.String)`, not nullable.
    pub notification_email_addresses: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `oauth2PermissionScopes`: `Collection(microsoft.graph.permissionScope)`, not nullable.
    pub oauth2_permission_scopes: rt::Field<::std::vec::Vec<crate::v1::PermissionScope>>,
    /// CSDL: property `passwordCredentials`: `Collection(microsoft.graph.passwordCredential)`, not nullable.
    pub password_credentials: rt::Field<::std::vec::Vec<crate::v1::PasswordCredential>>,
    /// CSDL: property `preferredSingleSignOnMode`: `Edm.String`, nullable.
    pub preferred_single_sign_on_mode: rt::Field<::std::string::String>,
    /// CSDL: property `preferredTokenSigningKeyThumbprint`: `Edm.String`, nullable.
    pub preferred_token_signing_key_thumbprint: rt::Field<::std::string::String>,
    /// CSDL: property `replyUrls`: `Collection(Edm.String)`, not nullable.
    pub reply_urls: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `resourceSpecificApplicationPermissions`: `Collection(microsoft.graph.resourceSpecificPermission)`, not nullable.
    pub resource_specific_application_permissions: rt::Field<
        ::std::vec::Vec<crate::v1::ResourceSpecificPermission>,
    >,
    /// CSDL: property `samlSingleSignOnSettings`: `microsoft.graph.samlSingleSignOnSettings`, nullable.
    pub saml_single_sign_on_settings: rt::Field<crate::v1::SamlSingleSignOnSettings>,
    /// CSDL: property `servicePrincipalNames`: `Collection(Edm.String)`, not nullable.
    pub service_principal_names: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `servicePrincipalType`: `Edm.String`, nullable.
    pub service_principal_type: rt::Field<::std::string::String>,
    /// CSDL: property `signInAudience`: `Edm.String`, nullable.
    pub sign_in_audience: rt::Field<::std::string::String>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, not nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `tokenEncryptionKeyId`: `Edm.Guid`, nullable.
    pub token_encryption_key_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `verifiedPublisher`: `microsoft.graph.verifiedPublisher`, nullable.
    pub verified_publisher: rt::Field<crate::v1::VerifiedPublisher>,
    /// CSDL: navigation property `appManagementPolicies`: `Collection(microsoft.graph.appManagementPolicy)`, not nullable.
    pub app_management_policies: rt::Field<
        ::std::vec::Vec<crate::v1::AppManagementPolicy>,
    >,
    /// CSDL: containment navigation property `appRoleAssignedTo`: `Collection(microsoft.graph.appRoleAssignment)`, not nullable.
    pub app_role_assigned_to: rt::Field<::std::vec::Vec<crate::v1::AppRoleAssignment>>,
    /// CSDL: containment navigation property `appRoleAssignments`: `Collection(microsoft.graph.appRoleAssignment)`, not nullable.
    pub app_role_assignments: rt::Field<::std::vec::Vec<crate::v1::AppRoleAssignment>>,
    /// CSDL: navigation property `claimsMappingPolicies`: `Collection(microsoft.graph.claimsMappingPolicy)`, not nullable.
    pub claims_mapping_policies: rt::Field<
        ::std::vec::Vec<crate::v1::ClaimsMappingPolicy>,
    >,
    /// CSDL: navigation property `createdObjects`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub created_objects: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// CSDL: containment navigation property `delegatedPermissionClassifications`: `Collection(microsoft.graph.delegatedPermissionClassification)`, not nullable.
    pub delegated_permission_classifications: rt::Field<
        ::std::vec::Vec<crate::v1::DelegatedPermissionClassification>,
    >,
    /// CSDL: containment navigation property `endpoints`: `Collection(microsoft.graph.endpoint)`, not nullable.
    pub endpoints: rt::Field<::std::vec::Vec<crate::v1::Endpoint>>,
    /// CSDL: containment navigation property `federatedIdentityCredentials`: `Collection(microsoft.graph.federatedIdentityCredential)`, not nullable.
    pub federated_identity_credentials: rt::Field<
        ::std::vec::Vec<crate::v1::FederatedIdentityCredential>,
    >,
    /// CSDL: navigation property `homeRealmDiscoveryPolicies`: `Collection(microsoft.graph.homeRealmDiscoveryPolicy)`, not nullable.
    pub home_realm_discovery_policies: rt::Field<
        ::std::vec::Vec<crate::v1::HomeRealmDiscoveryPolicy>,
    >,
    /// CSDL: navigation property `memberOf`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub member_of: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// CSDL: navigation property `oauth2PermissionGrants`: `Collection(microsoft.graph.oAuth2PermissionGrant)`, not nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
    pub oauth2_permission_grants: rt::Field<
        ::std::vec::Vec<crate::v1::OAuth2PermissionGrant>,
    >,
    /// CSDL: navigation property `ownedObjects`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub owned_objects: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// CSDL: navigation property `owners`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub owners: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// CSDL: containment navigation property `remoteDesktopSecurityConfiguration`: `microsoft.graph.remoteDesktopSecurityConfiguration`, nullable.
    pub remote_desktop_security_configuration: rt::Field<
        crate::v1::RemoteDesktopSecurityConfiguration,
    >,
    /// CSDL: containment navigation property `synchronization`: `microsoft.graph.synchronization`, nullable.
    pub synchronization: rt::Field<crate::v1::Synchronization>,
    /// CSDL: navigation property `tokenIssuancePolicies`: `Collection(microsoft.graph.tokenIssuancePolicy)`, not nullable.
    pub token_issuance_policies: rt::Field<
        ::std::vec::Vec<crate::v1::TokenIssuancePolicy>,
    >,
    /// CSDL: navigation property `tokenLifetimePolicies`: `Collection(microsoft.graph.tokenLifetimePolicy)`, not nullable.
    pub token_lifetime_policies: rt::Field<
        ::std::vec::Vec<crate::v1::TokenLifetimePolicy>,
    >,
    /// CSDL: navigation property `transitiveMemberOf`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub transitive_member_of: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// CSDL: property `agentIdentityBlueprintId`: `Edm.String`, not nullable.
    pub agent_identity_blueprint_id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: navigation property `sponsors`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub sponsors: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AgentIdentity {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            account_enabled: rt::Field::Absent,
            add_ins: rt::Field::Absent,
            alternative_names: rt::Field::Absent,
            app_description: rt::Field::Absent,
            app_display_name: rt::Field::Absent,
            app_id: rt::Field::Absent,
            application_template_id: rt::Field::Absent,
            app_owner_organization_id: rt::Field::Absent,
            app_role_assignment_required: rt::Field::Absent,
            app_roles: rt::Field::Absent,
            created_by_app_id: rt::Field::Absent,
            custom_security_attributes: rt::Field::Absent,
            description: rt::Field::Absent,
            disabled_by_microsoft_status: rt::Field::Absent,
            display_name: rt::Field::Absent,
            homepage: rt::Field::Absent,
            info: rt::Field::Absent,
            is_disabled: rt::Field::Absent,
            key_credentials: rt::Field::Absent,
            login_url: rt::Field::Absent,
            logout_url: rt::Field::Absent,
            notes: rt::Field::Absent,
            notification_email_addresses: rt::Field::Absent,
            oauth2_permission_scopes: rt::Field::Absent,
            password_credentials: rt::Field::Absent,
            preferred_single_sign_on_mode: rt::Field::Absent,
            preferred_token_signing_key_thumbprint: rt::Field::Absent,
            reply_urls: rt::Field::Absent,
            resource_specific_application_permissions: rt::Field::Absent,
            saml_single_sign_on_settings: rt::Field::Absent,
            service_principal_names: rt::Field::Absent,
            service_principal_type: rt::Field::Absent,
            sign_in_audience: rt::Field::Absent,
            tags: rt::Field::Absent,
            token_encryption_key_id: rt::Field::Absent,
            verified_publisher: rt::Field::Absent,
            app_management_policies: rt::Field::Absent,
            app_role_assigned_to: rt::Field::Absent,
            app_role_assignments: rt::Field::Absent,
            claims_mapping_policies: rt::Field::Absent,
            created_objects: rt::Field::Absent,
            delegated_permission_classifications: rt::Field::Absent,
            endpoints: rt::Field::Absent,
            federated_identity_credentials: rt::Field::Absent,
            home_realm_discovery_policies: rt::Field::Absent,
            member_of: rt::Field::Absent,
            #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
            oauth2_permission_grants: rt::Field::Absent,
            owned_objects: rt::Field::Absent,
            owners: rt::Field::Absent,
            remote_desktop_security_configuration: rt::Field::Absent,
            synchronization: rt::Field::Absent,
            token_issuance_policies: rt::Field::Absent,
            token_lifetime_policies: rt::Field::Absent,
            transitive_member_of: rt::Field::Absent,
            agent_identity_blueprint_id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            sponsors: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for AgentIdentity {
    const TYPE_NAME: &'static str = "microsoft.graph.agentIdentity";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "accountEnabled",
        "addIns",
        "alternativeNames",
        "appDescription",
        "appDisplayName",
        "appId",
        "applicationTemplateId",
        "appOwnerOrganizationId",
        "appRoleAssignmentRequired",
        "appRoles",
        "createdByAppId",
        "customSecurityAttributes",
        "description",
        "disabledByMicrosoftStatus",
        "displayName",
        "homepage",
        "info",
        "isDisabled",
        "keyCredentials",
        "loginUrl",
        "logoutUrl",
        "notes",
        "notificationEmailAddresses",
        "oauth2PermissionScopes",
        "passwordCredentials",
        "preferredSingleSignOnMode",
        "preferredTokenSigningKeyThumbprint",
        "replyUrls",
        "resourceSpecificApplicationPermissions",
        "samlSingleSignOnSettings",
        "servicePrincipalNames",
        "servicePrincipalType",
        "signInAudience",
        "tags",
        "tokenEncryptionKeyId",
        "verifiedPublisher",
        "appManagementPolicies",
        "appRoleAssignedTo",
        "appRoleAssignments",
        "claimsMappingPolicies",
        "createdObjects",
        "delegatedPermissionClassifications",
        "endpoints",
        "federatedIdentityCredentials",
        "homeRealmDiscoveryPolicies",
        "memberOf",
        "oauth2PermissionGrants",
        "ownedObjects",
        "owners",
        "remoteDesktopSecurityConfiguration",
        "synchronization",
        "tokenIssuancePolicies",
        "tokenLifetimePolicies",
        "transitiveMemberOf",
        "agentIdentityBlueprintId",
        "createdDateTime",
        "sponsors",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"accountEnabled\":               ",
        ",\"addIns\":                       ",
        ",\"alternativeNames\":             ",
        ",\"appDescription\":               ",
        ",\"appDisplayName\":               ",
        ",\"appId\":                        ",
        ",\"applicationTemplateId\":        ",
        ",\"appOwnerOrganizationId\":       ",
        ",\"appRoleAssignmentRequired\":    ",
        ",\"appRoles\":                     ",
        ",\"createdByAppId\":               ",
        ",\"customSecurityAttributes\":     ",
        ",\"description\":                  ",
        ",\"disabledByMicrosoftStatus\":    ",
        ",\"displayName\":                  ",
        ",\"homepage\":                     ",
        ",\"info\":                         ",
        ",\"isDisabled\":                   ",
        ",\"keyCredentials\":               ",
        ",\"loginUrl\":                     ",
        ",\"logoutUrl\":                    ",
        ",\"notes\":                        ",
        ",\"notificationEmailAddresses\":   ",
        ",\"oauth2PermissionScopes\":       ",
        ",\"passwordCredentials\":          ",
        ",\"preferredSingleSignOnMode\":    ",
        ",\"preferredTokenSigningKeyThumbprint\":",
        ",\"replyUrls\":                    ",
        ",\"resourceSpecificApplicationPermissions\":",
        ",\"samlSingleSignOnSettings\":     ",
        ",\"servicePrincipalNames\":        ",
        ",\"servicePrincipalType\":         ",
        ",\"signInAudience\":               ",
        ",\"tags\":                         ",
        ",\"tokenEncryptionKeyId\":         ",
        ",\"verifiedPublisher\":            ",
        ",\"appManagementPolicies\":        ",
        ",\"appRoleAssignedTo\":            ",
        ",\"appRoleAssignments\":           ",
        ",\"claimsMappingPolicies\":        ",
        ",\"createdObjects\":               ",
        ",\"delegatedPermissionClassifications\":",
        ",\"endpoints\":                    ",
        ",\"federatedIdentityCredentials\": ",
        ",\"homeRealmDiscoveryPolicies\":   ",
        ",\"memberOf\":                     ",
        ",\"oauth2PermissionGrants\":       ",
        ",\"ownedObjects\":                 ",
        ",\"owners\":                       ",
        ",\"remoteDesktopSecurityConfiguration\":",
        ",\"synchronization\":              ",
        ",\"tokenIssuancePolicies\":        ",
        ",\"tokenLifetimePolicies\":        ",
        ",\"transitiveMemberOf\":           ",
        ",\"agentIdentityBlueprintId\":     ",
        ",\"createdDateTime\":              ",
        ",\"sponsors\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.agentIdentity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "account_enabled", &self.account_enabled);
        v.field(3usize, "add_ins", &self.add_ins);
        v.field(4usize, "alternative_names", &self.alternative_names);
        v.field(5usize, "app_description", &self.app_description);
        v.field(6usize, "app_display_name", &self.app_display_name);
        v.field(7usize, "app_id", &self.app_id);
        v.field(8usize, "application_template_id", &self.application_template_id);
        v.field(9usize, "app_owner_organization_id", &self.app_owner_organization_id);
        v.field(
            10usize,
            "app_role_assignment_required",
            &self.app_role_assignment_required,
        );
        v.field(11usize, "app_roles", &self.app_roles);
        v.field(12usize, "created_by_app_id", &self.created_by_app_id);
        v.field(13usize, "custom_security_attributes", &self.custom_security_attributes);
        v.field(14usize, "description", &self.description);
        v.field(
            15usize,
            "disabled_by_microsoft_status",
            &self.disabled_by_microsoft_status,
        );
        v.field(16usize, "display_name", &self.display_name);
        v.field(17usize, "homepage", &self.homepage);
        v.field(18usize, "info", &self.info);
        v.field(19usize, "is_disabled", &self.is_disabled);
        v.field(20usize, "key_credentials", &self.key_credentials);
        v.field(21usize, "login_url", &self.login_url);
        v.field(22usize, "logout_url", &self.logout_url);
        v.field(23usize, "notes", &self.notes);
        v.field(
            24usize,
            "notification_email_addresses",
            &self.notification_email_addresses,
        );
        v.field(25usize, "oauth2_permission_scopes", &self.oauth2_permission_scopes);
        v.field(26usize, "password_credentials", &self.password_credentials);
        v.field(
            27usize,
            "preferred_single_sign_on_mode",
            &self.preferred_single_sign_on_mode,
        );
        v.field(
            28usize,
            "preferred_token_signing_key_thumbprint",
            &self.preferred_token_signing_key_thumbprint,
        );
        v.field(29usize, "reply_urls", &self.reply_urls);
        v.field(
            30usize,
            "resource_specific_application_permissions",
            &self.resource_specific_application_permissions,
        );
        v.field(
            31usize,
            "saml_single_sign_on_settings",
            &self.saml_single_sign_on_settings,
        );
        v.field(32usize, "service_principal_names", &self.service_principal_names);
        v.field(33usize, "service_principal_type", &self.service_principal_type);
        v.field(34usize, "sign_in_audience", &self.sign_in_audience);
        v.field(35usize, "tags", &self.tags);
        v.field(36usize, "token_encryption_key_id", &self.token_encryption_key_id);
        v.field(37usize, "verified_publisher", &self.verified_publisher);
        v.field(38usize, "app_management_policies", &self.app_management_policies);
        v.field(39usize, "app_role_assigned_to", &self.app_role_assigned_to);
        v.field(40usize, "app_role_assignments", &self.app_role_assignments);
        v.field(41usize, "claims_mapping_policies", &self.claims_mapping_policies);
        v.field(42usize, "created_objects", &self.created_objects);
        v.field(
            43usize,
            "delegated_permission_classifications",
            &self.delegated_permission_classifications,
        );
        v.field(44usize, "endpoints", &self.endpoints);
        v.field(
            45usize,
            "federated_identity_credentials",
            &self.federated_identity_credentials,
        );
        v.field(
            46usize,
            "home_realm_discovery_policies",
            &self.home_realm_discovery_policies,
        );
        v.field(47usize, "member_of", &self.member_of);
        #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
        v.field(48usize, "oauth2_permission_grants", &self.oauth2_permission_grants);
        v.field(49usize, "owned_objects", &self.owned_objects);
        v.field(50usize, "owners", &self.owners);
        v.field(
            51usize,
            "remote_desktop_security_configuration",
            &self.remote_desktop_security_configuration,
        );
        v.field(52usize, "synchronization", &self.synchronization);
        v.field(53usize, "token_issuance_policies", &self.token_issuance_policies);
        v.field(54usize, "token_lifetime_policies", &self.token_lifetime_policies);
        v.field(55usize, "transitive_member_of", &self.transitive_member_of);
        v.field(
            56usize,
            "agent_identity_blueprint_id",
            &self.agent_identity_blueprint_id,
        );
        v.field(57usize, "created_date_time", &self.created_date_time);
        v.field(58usize, "sponsors", &self.sponsors);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for AgentIdentity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.account_enabled.read_from(r),
            3usize => self.add_ins.read_from(r),
            4usize => self.alternative_names.read_from(r),
            5usize => self.app_description.read_from(r),
            6usize => self.app_display_name.read_from(r),
            7usize => self.app_id.read_from(r),
            8usize => self.application_template_id.read_from(r),
            9usize => self.app_owner_organization_id.read_from(r),
            10usize => self.app_role_assignment_required.read_from(r),
            11usize => self.app_roles.read_from(r),
            12usize => self.created_by_app_id.read_from(r),
            13usize => self.custom_security_attributes.read_from(r),
            14usize => self.description.read_from(r),
            15usize => self.disabled_by_microsoft_status.read_from(r),
            16usize => self.display_name.read_from(r),
            17usize => self.homepage.read_from(r),
            18usize => self.info.read_from(r),
            19usize => self.is_disabled.read_from(r),
            20usize => self.key_credentials.read_from(r),
            21usize => self.login_url.read_from(r),
            22usize => self.logout_url.read_from(r),
            23usize => self.notes.read_from(r),
            24usize => self.notification_email_addresses.read_from(r),
            25usize => self.oauth2_permission_scopes.read_from(r),
            26usize => self.password_credentials.read_from(r),
            27usize => self.preferred_single_sign_on_mode.read_from(r),
            28usize => self.preferred_token_signing_key_thumbprint.read_from(r),
            29usize => self.reply_urls.read_from(r),
            30usize => self.resource_specific_application_permissions.read_from(r),
            31usize => self.saml_single_sign_on_settings.read_from(r),
            32usize => self.service_principal_names.read_from(r),
            33usize => self.service_principal_type.read_from(r),
            34usize => self.sign_in_audience.read_from(r),
            35usize => self.tags.read_from(r),
            36usize => self.token_encryption_key_id.read_from(r),
            37usize => self.verified_publisher.read_from(r),
            38usize => self.app_management_policies.read_from(r),
            39usize => self.app_role_assigned_to.read_from(r),
            40usize => self.app_role_assignments.read_from(r),
            41usize => self.claims_mapping_policies.read_from(r),
            42usize => self.created_objects.read_from(r),
            43usize => self.delegated_permission_classifications.read_from(r),
            44usize => self.endpoints.read_from(r),
            45usize => self.federated_identity_credentials.read_from(r),
            46usize => self.home_realm_discovery_policies.read_from(r),
            47usize => self.member_of.read_from(r),
            #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
            48usize => self.oauth2_permission_grants.read_from(r),
            49usize => self.owned_objects.read_from(r),
            50usize => self.owners.read_from(r),
            51usize => self.remote_desktop_security_configuration.read_from(r),
            52usize => self.synchronization.read_from(r),
            53usize => self.token_issuance_policies.read_from(r),
            54usize => self.token_lifetime_policies.read_from(r),
            55usize => self.transitive_member_of.read_from(r),
            56usize => self.agent_identity_blueprint_id.read_from(r),
            57usize => self.created_date_time.read_from(r),
            58usize => self.sponsors.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.account_enabled);
        w.field(3usize, &self.add_ins);
        w.field(4usize, &self.alternative_names);
        w.field(5usize, &self.app_description);
        w.field(6usize, &self.app_display_name);
        w.field(7usize, &self.app_id);
        w.field(8usize, &self.application_template_id);
        w.field(9usize, &self.app_owner_organization_id);
        w.field(10usize, &self.app_role_assignment_required);
        w.field(11usize, &self.app_roles);
        w.field(12usize, &self.created_by_app_id);
        w.field(13usize, &self.custom_security_attributes);
        w.field(14usize, &self.description);
        w.field(15usize, &self.disabled_by_microsoft_status);
        w.field(16usize, &self.display_name);
        w.field(17usize, &self.homepage);
        w.field(18usize, &self.info);
        w.field(19usize, &self.is_disabled);
        w.field(20usize, &self.key_credentials);
        w.field(21usize, &self.login_url);
        w.field(22usize, &self.logout_url);
        w.field(23usize, &self.notes);
        w.field(24usize, &self.notification_email_addresses);
        w.field(25usize, &self.oauth2_permission_scopes);
        w.field(26usize, &self.password_credentials);
        w.field(27usize, &self.preferred_single_sign_on_mode);
        w.field(28usize, &self.preferred_token_signing_key_thumbprint);
        w.field(29usize, &self.reply_urls);
        w.field(30usize, &self.resource_specific_application_permissions);
        w.field(31usize, &self.saml_single_sign_on_settings);
        w.field(32usize, &self.service_principal_names);
        w.field(33usize, &self.service_principal_type);
        w.field(34usize, &self.sign_in_audience);
        w.field(35usize, &self.tags);
        w.field(36usize, &self.token_encryption_key_id);
        w.field(37usize, &self.verified_publisher);
        w.field(38usize, &self.app_management_policies);
        w.field(39usize, &self.app_role_assigned_to);
        w.field(40usize, &self.app_role_assignments);
        w.field(41usize, &self.claims_mapping_policies);
        w.field(42usize, &self.created_objects);
        w.field(43usize, &self.delegated_permission_classifications);
        w.field(44usize, &self.endpoints);
        w.field(45usize, &self.federated_identity_credentials);
        w.field(46usize, &self.home_realm_discovery_policies);
        w.field(47usize, &self.member_of);
        #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
        w.field(48usize, &self.oauth2_permission_grants);
        w.field(49usize, &self.owned_objects);
        w.field(50usize, &self.owners);
        w.field(51usize, &self.remote_desktop_security_configuration);
        w.field(52usize, &self.synchronization);
        w.field(53usize, &self.token_issuance_policies);
        w.field(54usize, &self.token_lifetime_policies);
        w.field(55usize, &self.transitive_member_of);
        w.field(56usize, &self.agent_identity_blueprint_id);
        w.field(57usize, &self.created_date_time);
        w.field(58usize, &self.sponsors);
    }
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
rt::impl_object!(AgentIdentity);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    AgentIdentity { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_account_enabled account_enabled :
    bool; with_add_ins add_ins : ::std::vec::Vec < crate ::v1::AddIn >;
    with_alternative_names alternative_names : ::std::vec::Vec < ::std::string::String >;
    with_app_description app_description : ::std::string::String; with_app_display_name
    app_display_name : ::std::string::String; with_app_id app_id : ::std::string::String;
    with_application_template_id application_template_id : ::std::string::String;
    with_app_owner_organization_id app_owner_organization_id : rt::edm::Guid;
    with_app_role_assignment_required app_role_assignment_required : bool; with_app_roles
    app_roles : ::std::vec::Vec < crate ::v1::AppRole >; with_created_by_app_id
    created_by_app_id : ::std::string::String; with_custom_security_attributes
    custom_security_attributes : crate ::v1::CustomSecurityAttributeValue;
    with_description description : ::std::string::String;
    with_disabled_by_microsoft_status disabled_by_microsoft_status :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_homepage homepage : ::std::string::String; with_info info : crate
    ::v1::InformationalUrl; with_is_disabled is_disabled : bool; with_key_credentials
    key_credentials : ::std::vec::Vec < crate ::v1::KeyCredential >; with_login_url
    login_url : ::std::string::String; with_logout_url logout_url :
    ::std::string::String; with_notes notes : ::std::string::String;
    with_notification_email_addresses notification_email_addresses : ::std::vec::Vec <
    ::std::string::String >; with_oauth2_permission_scopes oauth2_permission_scopes :
    ::std::vec::Vec < crate ::v1::PermissionScope >; with_password_credentials
    password_credentials : ::std::vec::Vec < crate ::v1::PasswordCredential >;
    with_preferred_single_sign_on_mode preferred_single_sign_on_mode :
    ::std::string::String; with_preferred_token_signing_key_thumbprint
    preferred_token_signing_key_thumbprint : ::std::string::String; with_reply_urls
    reply_urls : ::std::vec::Vec < ::std::string::String >;
    with_resource_specific_application_permissions
    resource_specific_application_permissions : ::std::vec::Vec < crate
    ::v1::ResourceSpecificPermission >; with_saml_single_sign_on_settings
    saml_single_sign_on_settings : crate ::v1::SamlSingleSignOnSettings;
    with_service_principal_names service_principal_names : ::std::vec::Vec <
    ::std::string::String >; with_service_principal_type service_principal_type :
    ::std::string::String; with_sign_in_audience sign_in_audience :
    ::std::string::String; with_tags tags : ::std::vec::Vec < ::std::string::String >;
    with_token_encryption_key_id token_encryption_key_id : rt::edm::Guid;
    with_verified_publisher verified_publisher : crate ::v1::VerifiedPublisher;
    with_app_management_policies app_management_policies : ::std::vec::Vec < crate
    ::v1::AppManagementPolicy >; with_app_role_assigned_to app_role_assigned_to :
    ::std::vec::Vec < crate ::v1::AppRoleAssignment >; with_app_role_assignments
    app_role_assignments : ::std::vec::Vec < crate ::v1::AppRoleAssignment >;
    with_claims_mapping_policies claims_mapping_policies : ::std::vec::Vec < crate
    ::v1::ClaimsMappingPolicy >; with_created_objects created_objects : ::std::vec::Vec <
    crate ::v1::AnyDirectoryObject >; with_delegated_permission_classifications
    delegated_permission_classifications : ::std::vec::Vec < crate
    ::v1::DelegatedPermissionClassification >; with_endpoints endpoints : ::std::vec::Vec
    < crate ::v1::Endpoint >; with_federated_identity_credentials
    federated_identity_credentials : ::std::vec::Vec < crate
    ::v1::FederatedIdentityCredential >; with_home_realm_discovery_policies
    home_realm_discovery_policies : ::std::vec::Vec < crate
    ::v1::HomeRealmDiscoveryPolicy >; with_member_of member_of : ::std::vec::Vec < crate
    ::v1::AnyDirectoryObject >; #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
    with_oauth2_permission_grants oauth2_permission_grants : ::std::vec::Vec < crate
    ::v1::OAuth2PermissionGrant >; with_owned_objects owned_objects : ::std::vec::Vec <
    crate ::v1::AnyDirectoryObject >; with_owners owners : ::std::vec::Vec < crate
    ::v1::AnyDirectoryObject >; with_remote_desktop_security_configuration
    remote_desktop_security_configuration : crate
    ::v1::RemoteDesktopSecurityConfiguration; with_synchronization synchronization :
    crate ::v1::Synchronization; with_token_issuance_policies token_issuance_policies :
    ::std::vec::Vec < crate ::v1::TokenIssuancePolicy >; with_token_lifetime_policies
    token_lifetime_policies : ::std::vec::Vec < crate ::v1::TokenLifetimePolicy >;
    with_transitive_member_of transitive_member_of : ::std::vec::Vec < crate
    ::v1::AnyDirectoryObject >; with_agent_identity_blueprint_id
    agent_identity_blueprint_id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_sponsors sponsors : ::std::vec::Vec
    < crate ::v1::AnyDirectoryObject >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AgentIdentity);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.agentIdentityBlueprint`, entity type, derived from `microsoft.graph.application`, open, key `id`.
///
/// Request builders: [`AgentIdentityBlueprintPath`](requests/trait.AgentIdentityBlueprintPath.html), what a path to one (`EntityPath<AgentIdentityBlueprint, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AgentIdentityBlueprint {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `addIns`: `Collection(microsoft.graph.addIn)`, not nullable.
    pub add_ins: rt::Field<::std::vec::Vec<crate::v1::AddIn>>,
    /// CSDL: property `api`: `microsoft.graph.apiApplication`, nullable.
    pub api: rt::Field<crate::v1::ApiApplication>,
    /// CSDL: property `appId`: `Edm.String`, nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// CSDL: property `applicationTemplateId`: `Edm.String`, nullable.
    pub application_template_id: rt::Field<::std::string::String>,
    /// CSDL: property `appRoles`: `Collection(microsoft.graph.appRole)`, not nullable.
    pub app_roles: rt::Field<::std::vec::Vec<crate::v1::AppRole>>,
    /// CSDL: property `authenticationBehaviors`: `microsoft.graph.authenticationBehaviors`, nullable.
    pub authentication_behaviors: rt::Field<crate::v1::AuthenticationBehaviors>,
    /// CSDL: property `certification`: `microsoft.graph.certification`, nullable.
    pub certification: rt::Field<crate::v1::Certification>,
    /// CSDL: property `createdByAppId`: `Edm.String`, nullable.
    pub created_by_app_id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `defaultRedirectUri`: `Edm.String`, nullable.
    pub default_redirect_uri: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `disabledByMicrosoftStatus`: `Edm.String`, nullable.
    pub disabled_by_microsoft_status: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `groupMembershipClaims`: `Edm.String`, nullable.
    pub group_membership_claims: rt::Field<::std::string::String>,
    /// CSDL: property `identifierUris`: `Collection(Edm.String)`, not nullable.
    pub identifier_uris: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `info`: `microsoft.graph.informationalUrl`, nullable.
    pub info: rt::Field<crate::v1::InformationalUrl>,
    /// CSDL: property `isDeviceOnlyAuthSupported`: `Edm.Boolean`, nullable.
    pub is_device_only_auth_supported: rt::Field<bool>,
    /// CSDL: property `isDisabled`: `Edm.Boolean`, nullable.
    pub is_disabled: rt::Field<bool>,
    /// CSDL: property `isFallbackPublicClient`: `Edm.Boolean`, nullable.
    pub is_fallback_public_client: rt::Field<bool>,
    /// CSDL: property `keyCredentials`: `Collection(microsoft.graph.keyCredential)`, not nullable.
    pub key_credentials: rt::Field<::std::vec::Vec<crate::v1::KeyCredential>>,
    /// CSDL: property `logo`: `Edm.Stream`, not nullable.
    pub logo: rt::Field<rt::RawJson>,
    /// CSDL: property `managerApplications`: `Collection(Edm.Guid)`, not nullable.
    pub manager_applications: rt::Field<::std::vec::Vec<rt::edm::Guid>>,
    /// CSDL: property `nativeAuthenticationApisEnabled`: `microsoft.graph.nativeAuthenticationApisEnabled`, nullable.
    pub native_authentication_apis_enabled: rt::Field<
        rt::Flags<crate::v1::NativeAuthenticationApisEnabled>,
    >,
    /// CSDL: property `notes`: `Edm.String`, nullable.
    pub notes: rt::Field<::std::string::String>,
    /// CSDL: property `oauth2RequirePostResponse`: `Edm.Boolean`, not nullable.
    pub oauth2_require_post_response: rt::Field<bool>,
    /// CSDL: property `optionalClaims`: `microsoft.graph.optionalClaims`, nullable.
    pub optional_claims: rt::Field<crate::v1::OptionalClaims>,
    /// CSDL: property `parentalControlSettings`: `microsoft.graph.parentalControlSettings`, nullable.
    pub parental_control_settings: rt::Field<crate::v1::ParentalControlSettings>,
    /// CSDL: property `passwordCredentials`: `Collection(microsoft.graph.passwordCredential)`, not nullable.
    pub password_credentials: rt::Field<::std::vec::Vec<crate::v1::PasswordCredential>>,
    /// CSDL: property `publicClient`: `microsoft.graph.publicClientApplication`, nullable.
    pub public_client: rt::Field<crate::v1::PublicClientApplication>,
    /// CSDL: property `publisherDomain`: `Edm.String`, nullable.
    pub publisher_domain: rt::Field<::std::string::String>,
    /// CSDL: property `requestSignatureVerification`: `microsoft.graph.requestSignatureVerification`, nullable.
    pub request_signature_verification: rt::Field<
        crate::v1::RequestSignatureVerification,
    >,
    /// CSDL: property `requiredResourceAccess`: `Collection(microsoft.graph.requiredResourceAccess)`, not nullable.
    pub required_resource_access: rt::Field<
        ::std::vec::Vec<crate::v1::RequiredResourceAccess>,
    >,
    /// CSDL: property `samlMetadataUrl`: `Edm.String`, nullable.
    pub saml_metadata_url: rt::Field<::std::string::String>,
    /// CSDL: property `serviceManagementReference`: `Edm.String`, nullable.
    pub service_management_reference: rt::Field<::std::string::String>,
    /// CSDL: property `servicePrincipalLockConfiguration`: `microsoft.graph.servicePrincipalLockConfiguration`, nullable.
    pub service_principal_lock_configuration: rt::Field<
        crate::v1::ServicePrincipalLockConfiguration,
    >,
    /// CSDL: property `signInAudience`: `Edm.String`, nullable.
    pub sign_in_audience: rt::Field<::std::string::String>,
    /// CSDL: property `spa`: `microsoft.graph.spaApplication`, nullable.
    pub spa: rt::Field<crate::v1::SpaApplication>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, not nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `tokenEncryptionKeyId`: `Edm.Guid`, nullable.
    pub token_encryption_key_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `uniqueName`: `Edm.String`, nullable.
    pub unique_name: rt::Field<::std::string::String>,
    /// CSDL: property `verifiedPublisher`: `microsoft.graph.verifiedPublisher`, nullable.
    pub verified_publisher: rt::Field<crate::v1::VerifiedPublisher>,
    /// CSDL: property `web`: `microsoft.graph.webApplication`, nullable.
    pub web: rt::Field<crate::v1::WebApplication>,
    /// CSDL: navigation property `appManagementPolicies`: `Collection(microsoft.graph.appManagementPolicy)`, not nullable.
    pub app_management_policies: rt::Field<
        ::std::vec::Vec<crate::v1::AppManagementPolicy>,
    >,
    /// CSDL: navigation property `createdOnBehalfOf`: `microsoft.graph.directoryObject`, nullable.
    pub created_on_behalf_of: rt::Field<crate::v1::AnyDirectoryObject>,
    /// CSDL: containment navigation property `extensionProperties`: `Collection(microsoft.graph.extensionProperty)`, not nullable.
    pub extension_properties: rt::Field<::std::vec::Vec<crate::v1::ExtensionProperty>>,
    /// CSDL: containment navigation property `federatedIdentityCredentials`: `Collection(microsoft.graph.federatedIdentityCredential)`, not nullable.
    pub federated_identity_credentials: rt::Field<
        ::std::vec::Vec<crate::v1::FederatedIdentityCredential>,
    >,
    /// CSDL: navigation property `homeRealmDiscoveryPolicies`: `Collection(microsoft.graph.homeRealmDiscoveryPolicy)`, not nullable.
    pub home_realm_discovery_policies: rt::Field<
        ::std::vec::Vec<crate::v1::HomeRealmDiscoveryPolicy>,
    >,
    /// CSDL: navigation property `owners`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub owners: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// CSDL: containment navigation property `synchronization`: `microsoft.graph.synchronization`, nullable.
    pub synchronization: rt::Field<crate::v1::Synchronization>,
    /// CSDL: navigation property `tokenIssuancePolicies`: `Collection(microsoft.graph.tokenIssuancePolicy)`, not nullable.
    pub token_issuance_policies: rt::Field<
        ::std::vec::Vec<crate::v1::TokenIssuancePolicy>,
    >,
    /// CSDL: navigation property `tokenLifetimePolicies`: `Collection(microsoft.graph.tokenLifetimePolicy)`, not nullable.
    pub token_lifetime_policies: rt::Field<
        ::std::vec::Vec<crate::v1::TokenLifetimePolicy>,
    >,
    /// CSDL: containment navigation property `inheritablePermissions`: `Collection(microsoft.graph.inheritablePermission)`, not nullable.
    pub inheritable_permissions: rt::Field<
        ::std::vec::Vec<crate::v1::InheritablePermission>,
    >,
    /// CSDL: navigation property `sponsors`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub sponsors: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AgentIdentityBlueprint {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            add_ins: rt::Field::Absent,
            api: rt::Field::Absent,
            app_id: rt::Field::Absent,
            application_template_id: rt::Field::Absent,
            app_roles: rt::Field::Absent,
            authentication_behaviors: rt::Field::Absent,
            certification: rt::Field::Absent,
            created_by_app_id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            default_redirect_uri: rt::Field::Absent,
            description: rt::Field::Absent,
            disabled_by_microsoft_status: rt::Field::Absent,
            display_name: rt::Field::Absent,
            group_membership_claims: rt::Field::Absent,
            identifier_uris: rt::Field::Absent,
            info: rt::Field::Absent,
            is_device_only_auth_supported: rt::Field::Absent,
            is_disabled: rt::Field::Absent,
            is_fallback_public_client: rt::Field::Absent,
            key_credentials: rt::Field::Absent,
            logo: rt::Field::Absent,
            manager_applications: rt::Field::Absent,
            native_authentication_apis_enabled: rt::Field::Absent,
            notes: rt::Field::Absent,
            oauth2_require_post_response: rt::Field::Absent,
            optional_claims: rt::Field::Absent,
            parental_control_settings: rt::Field::Absent,
            password_credentials: rt::Field::Absent,
            public_client: rt::Field::Absent,
            publisher_domain: rt::Field::Absent,
            request_signature_verification: rt::Field::Absent,
            required_resource_access: rt::Field::Absent,
            saml_metadata_url: rt::Field::Absent,
            service_management_reference: rt::Field::Absent,
            service_principal_lock_configuration: rt::Field::Absent,
            sign_in_audience: rt::Field::Absent,
            spa: rt::Field::Absent,
            tags: rt::Field::Absent,
            token_encryption_key_id: rt::Field::Absent,
            unique_name: rt::Field::Absent,
            verified_publisher: rt::Field::Absent,
            web: rt::Field::Absent,
            app_management_policies: rt::Field::Absent,
            created_on_behalf_of: rt::Field::Absent,
            extension_properties: rt::Field::Absent,
            federated_identity_credentials: rt::Field::Absent,
            home_realm_discovery_policies: rt::Field::Absent,
            owners: rt::Field::Absent,
            synchronization: rt::Field::Absent,
            token_issuance_policies: rt::Field::Absent,
            token_lifetime_policies: rt::Field::Absent,
            inheritable_permissions: rt::Field::Absent,
            sponsors: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for AgentIdentityBlueprint {
    const TYPE_NAME: &'static str = "microsoft.graph.agentIdentityBlueprint";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "addIns",
        "api",
        "appId",
        "applicationTemplateId",
        "appRoles",
        "authenticationBehaviors",
        "certification",
        "createdByAppId",
        "createdDateTime",
        "defaultRedirectUri",
        "description",
        "disabledByMicrosoftStatus",
        "displayName",
        "groupMembershipClaims",
        "identifierUris",
        "info",
        "isDeviceOnlyAuthSupported",
        "isDisabled",
        "isFallbackPublicClient",
        "keyCredentials",
        "logo",
        "managerApplications",
        "nativeAuthenticationApisEnabled",
        "notes",
        "oauth2RequirePostResponse",
        "optionalClaims",
        "parentalControlSettings",
        "passwordCredentials",
        "publicClient",
        "publisherDomain",
        "requestSignatureVerification",
        "requiredResourceAccess",
        "samlMetadataUrl",
        "serviceManagementReference",
        "servicePrincipalLockConfiguration",
        "signInAudience",
        "spa",
        "tags",
        "tokenEncryptionKeyId",
        "uniqueName",
        "verifiedPublisher",
        "web",
        "appManagementPolicies",
        "createdOnBehalfOf",
        "extensionProperties",
        "federatedIdentityCredentials",
        "homeRealmDiscoveryPolicies",
        "owners",
        "synchronization",
        "tokenIssuancePolicies",
        "tokenLifetimePolicies",
        "inheritablePermissions",
        "sponsors",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"addIns\":                       ",
        ",\"api\":                          ",
        ",\"appId\":                        ",
        ",\"applicationTemplateId\":        ",
        ",\"appRoles\":                     ",
        ",\"authenticationBehaviors\":      ",
        ",\"certification\":                ",
        ",\"createdByAppId\":               ",
        ",\"createdDateTime\":              ",
        ",\"defaultRedirectUri\":           ",
        ",\"description\":                  ",
        ",\"disabledByMicrosoftStatus\":    ",
        ",\"displayName\":                  ",
        ",\"groupMembershipClaims\":        ",
        ",\"identifierUris\":               ",
        ",\"info\":                         ",
        ",\"isDeviceOnlyAuthSupported\":    ",
        ",\"isDisabled\":                   ",
        ",\"isFallbackPublicClient\":       ",
        ",\"keyCredentials\":               ",
        ",\"logo\":                         ",
        ",\"managerApplications\":          ",
        ",\"nativeAuthenticationApisEnabled\":",
        ",\"notes\":                        ",
        ",\"oauth2RequirePostResponse\":    ",
        ",\"optionalClaims\":               ",
        ",\"parentalControlSettings\":      ",
        ",\"passwordCredentials\":          ",
        ",\"publicClient\":                 ",
        ",\"publisherDomain\":              ",
        ",\"requestSignatureVerification\": ",
        ",\"requiredResourceAccess\":       ",
        ",\"samlMetadataUrl\":              ",
        ",\"serviceManagementReference\":   ",
        ",\"servicePrincipalLockConfiguration\":",
        ",\"signInAudience\":               ",
        ",\"spa\":                          ",
        ",\"tags\":                         ",
        ",\"tokenEncryptionKeyId\":         ",
        ",\"uniqueName\":                   ",
        ",\"verifiedPublisher\":            ",
        ",\"web\":                          ",
        ",\"appManagementPolicies\":        ",
        ",\"createdOnBehalfOf\":            ",
        ",\"extensionProperties\":          ",
        ",\"federatedIdentityCredentials\": ",
        ",\"homeRealmDiscoveryPolicies\":   ",
        ",\"owners\":                       ",
        ",\"synchronization\":              ",
        ",\"tokenIssuancePolicies\":        ",
        ",\"tokenLifetimePolicies\":        ",
        ",\"inheritablePermissions\":       ",
        ",\"sponsors\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.agentIdentityBlueprint\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "add_ins", &self.add_ins);
        v.field(3usize, "api", &self.api);
        v.field(4usize, "app_id", &self.app_id);
        v.field(5usize, "application_template_id", &self.application_template_id);
        v.field(6usize, "app_roles", &self.app_roles);
        v.field(7usize, "authentication_behaviors", &self.authentication_behaviors);
        v.field(8usize, "certification", &self.certification);
        v.field(9usize, "created_by_app_id", &self.created_by_app_id);
        v.field(10usize, "created_date_time", &self.created_date_time);
        v.field(11usize, "default_redirect_uri", &self.default_redirect_uri);
        v.field(12usize, "description", &self.description);
        v.field(
            13usize,
            "disabled_by_microsoft_status",
            &self.disabled_by_microsoft_status,
        );
        v.field(14usize, "display_name", &self.display_name);
        v.field(15usize, "group_membership_claims", &self.group_membership_claims);
        v.field(16usize, "identifier_uris", &self.identifier_uris);
        v.field(17usize, "info", &self.info);
        v.field(
            18usize,
            "is_device_only_auth_supported",
            &self.is_device_only_auth_supported,
        );
        v.field(19usize, "is_disabled", &self.is_disabled);
        v.field(20usize, "is_fallback_public_client", &self.is_fallback_public_client);
        v.field(21usize, "key_credentials", &self.key_credentials);
        v.field(22usize, "logo", &self.logo);
        v.field(23usize, "manager_applications", &self.manager_applications);
        v.field(
            24usize,
            "native_authentication_apis_enabled",
            &self.native_authentication_apis_enabled,
        );
        v.field(25usize, "notes", &self.notes);
        v.field(
            26usize,
            "oauth2_require_post_response",
            &self.oauth2_require_post_response,
        );
        v.field(27usize, "optional_claims", &self.optional_claims);
        v.field(28usize, "parental_control_settings", &self.parental_control_settings);
        v.field(29usize, "password_credentials", &self.password_credentials);
        v.field(30usize, "public_client", &self.public_client);
        v.field(31usize, "publisher_domain", &self.publisher_domain);
        v.field(
            32usize,
            "request_signature_verification",
            &self.request_signature_verification,
        );
        v.field(33usize, "required_resource_access", &self.required_resource_access);
        v.field(34usize, "saml_metadata_url", &self.saml_metadata_url);
        v.field(
            35usize,
            "service_management_reference",
            &self.service_management_reference,
        );
        v.field(
            36usize,
            "service_principal_lock_configuration",
            &self.service_principal_lock_configuration,
        );
        v.field(37usize, "sign_in_audience", &self.sign_in_audience);
        v.field(38usize, "spa", &self.spa);
        v.field(39usize, "tags", &self.tags);
        v.field(40usize, "token_encryption_key_id", &self.token_encryption_key_id);
        v.field(41usize, "unique_name", &self.unique_name);
        v.field(42usize, "verified_publisher", &self.verified_publisher);
        v.field(43usize, "web", &self.web);
        v.field(44usize, "app_management_policies", &self.app_management_policies);
        v.field(45usize, "created_on_behalf_of", &self.created_on_behalf_of);
        v.field(46usize, "extension_properties", &self.extension_properties);
        v.field(
            47usize,
            "federated_identity_credentials",
            &self.federated_identity_credentials,
        );
        v.field(
            48usize,
            "home_realm_discovery_policies",
            &self.home_realm_discovery_policies,
        );
        v.field(49usize, "owners", &self.owners);
        v.field(50usize, "synchronization", &self.synchronization);
        v.field(51usize, "token_issuance_policies", &self.token_issuance_policies);
        v.field(52usize, "token_lifetime_policies", &self.token_lifetime_policies);
        v.field(53usize, "inheritable_permissions", &self.inheritable_permissions);
        v.field(54usize, "sponsors", &self.sponsors);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for AgentIdentityBlueprint {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.add_ins.read_from(r),
            3usize => self.api.read_from(r),
            4usize => self.app_id.read_from(r),
            5usize => self.application_template_id.read_from(r),
            6usize => self.app_roles.read_from(r),
            7usize => self.authentication_behaviors.read_from(r),
            8usize => self.certification.read_from(r),
            9usize => self.created_by_app_id.read_from(r),
            10usize => self.created_date_time.read_from(r),
            11usize => self.default_redirect_uri.read_from(r),
            12usize => self.description.read_from(r),
            13usize => self.disabled_by_microsoft_status.read_from(r),
            14usize => self.display_name.read_from(r),
            15usize => self.group_membership_claims.read_from(r),
            16usize => self.identifier_uris.read_from(r),
            17usize => self.info.read_from(r),
            18usize => self.is_device_only_auth_supported.read_from(r),
            19usize => self.is_disabled.read_from(r),
            20usize => self.is_fallback_public_client.read_from(r),
            21usize => self.key_credentials.read_from(r),
            22usize => self.logo.read_from(r),
            23usize => self.manager_applications.read_from(r),
            24usize => self.native_authentication_apis_enabled.read_from(r),
            25usize => self.notes.read_from(r),
            26usize => self.oauth2_require_post_response.read_from(r),
            27usize => self.optional_claims.read_from(r),
            28usize => self.parental_control_settings.read_from(r),
            29usize => self.password_credentials.read_from(r),
            30usize => self.public_client.read_from(r),
            31usize => self.publisher_domain.read_from(r),
            32usize => self.request_signature_verification.read_from(r),
            33usize => self.required_resource_access.read_from(r),
            34usize => self.saml_metadata_url.read_from(r),
            35usize => self.service_management_reference.read_from(r),
            36usize => self.service_principal_lock_configuration.read_from(r),
            37usize => self.sign_in_audience.read_from(r),
            38usize => self.spa.read_from(r),
            39usize => self.tags.read_from(r),
            40usize => self.token_encryption_key_id.read_from(r),
            41usize => self.unique_name.read_from(r),
            42usize => self.verified_publisher.read_from(r),
            43usize => self.web.read_from(r),
            44usize => self.app_management_policies.read_from(r),
            45usize => self.created_on_behalf_of.read_from(r),
            46usize => self.extension_properties.read_from(r),
            47usize => self.federated_identity_credentials.read_from(r),
            48usize => self.home_realm_discovery_policies.read_from(r),
            49usize => self.owners.read_from(r),
            50usize => self.synchronization.read_from(r),
            51usize => self.token_issuance_policies.read_from(r),
            52usize => self.token_lifetime_policies.read_from(r),
            53usize => self.inheritable_permissions.read_from(r),
            54usize => self.sponsors.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.add_ins);
        w.field(3usize, &self.api);
        w.field(4usize, &self.app_id);
        w.field(5usize, &self.application_template_id);
        w.field(6usize, &self.app_roles);
        w.field(7usize, &self.authentication_behaviors);
        w.field(8usize, &self.certification);
        w.field(9usize, &self.created_by_app_id);
        w.field(10usize, &self.created_date_time);
        w.field(11usize, &self.default_redirect_uri);
        w.field(12usize, &self.description);
        w.field(13usize, &self.disabled_by_microsoft_status);
        w.field(14usize, &self.display_name);
        w.field(15usize, &self.group_membership_claims);
        w.field(16usize, &self.identifier_uris);
        w.field(17usize, &self.info);
        w.field(18usize, &self.is_device_only_auth_supported);
        w.field(19usize, &self.is_disabled);
        w.field(20usize, &self.is_fallback_public_client);
        w.field(21usize, &self.key_credentials);
        w.field(22usize, &self.logo);
        w.field(23usize, &self.manager_applications);
        w.field(24usize, &self.native_authentication_apis_enabled);
        w.field(25usize, &self.notes);
        w.field(26usize, &self.oauth2_require_post_response);
        w.field(27usize, &self.optional_claims);
        w.field(28usize, &self.parental_control_settings);
        w.field(29usize, &self.password_credentials);
        w.field(30usize, &self.public_client);
        w.field(31usize, &self.publisher_domain);
        w.field(32usize, &self.request_signature_verification);
        w.field(33usize, &self.required_resource_access);
        w.field(34usize, &self.saml_metadata_url);
        w.field(35usize, &self.service_management_reference);
        w.field(36usize, &self.service_principal_lock_configuration);
        w.field(37usize, &self.sign_in_audience);
        w.field(38usize, &self.spa);
        w.field(39usize, &self.tags);
        w.field(40usize, &self.token_encryption_key_id);
        w.field(41usize, &self.unique_name);
        w.field(42usize, &self.verified_publisher);
        w.field(43usize, &self.web);
        w.field(44usize, &self.app_management_policies);
        w.field(45usize, &self.created_on_behalf_of);
        w.field(46usize, &self.extension_properties);
        w.field(47usize, &self.federated_identity_credentials);
        w.field(48usize, &self.home_realm_discovery_policies);
        w.field(49usize, &self.owners);
        w.field(50usize, &self.synchronization);
        w.field(51usize, &self.token_issuance_policies);
        w.field(52usize, &self.token_lifetime_policies);
        w.field(53usize, &self.inheritable_permissions);
        w.field(54usize, &self.sponsors);
    }
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
rt::impl_object!(AgentIdentityBlueprint);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    AgentIdentityBlueprint { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_add_ins add_ins : ::std::vec::Vec <
    crate ::v1::AddIn >; with_api api : crate ::v1::ApiApplication; with_app_id app_id :
    ::std::string::String; with_application_template_id application_template_id :
    ::std::string::String; with_app_roles app_roles : ::std::vec::Vec < crate
    ::v1::AppRole >; with_authentication_behaviors authentication_behaviors : crate
    ::v1::AuthenticationBehaviors; with_certification certification : crate
    ::v1::Certification; with_created_by_app_id created_by_app_id :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_default_redirect_uri default_redirect_uri :
    ::std::string::String; with_description description : ::std::string::String;
    with_disabled_by_microsoft_status disabled_by_microsoft_status :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_group_membership_claims group_membership_claims : ::std::string::String;
    with_identifier_uris identifier_uris : ::std::vec::Vec < ::std::string::String >;
    with_info info : crate ::v1::InformationalUrl; with_is_device_only_auth_supported
    is_device_only_auth_supported : bool; with_is_disabled is_disabled : bool;
    with_is_fallback_public_client is_fallback_public_client : bool; with_key_credentials
    key_credentials : ::std::vec::Vec < crate ::v1::KeyCredential >; with_logo logo :
    rt::RawJson; with_manager_applications manager_applications : ::std::vec::Vec <
    rt::edm::Guid >; with_native_authentication_apis_enabled
    native_authentication_apis_enabled : rt::Flags < crate
    ::v1::NativeAuthenticationApisEnabled >; with_notes notes : ::std::string::String;
    with_oauth2_require_post_response oauth2_require_post_response : bool;
    with_optional_claims optional_claims : crate ::v1::OptionalClaims;
    with_parental_control_settings parental_control_settings : crate
    ::v1::ParentalControlSettings; with_password_credentials password_credentials :
    ::std::vec::Vec < crate ::v1::PasswordCredential >; with_public_client public_client
    : crate ::v1::PublicClientApplication; with_publisher_domain publisher_domain :
    ::std::string::String; with_request_signature_verification
    request_signature_verification : crate ::v1::RequestSignatureVerification;
    with_required_resource_access required_resource_access : ::std::vec::Vec < crate
    ::v1::RequiredResourceAccess >; with_saml_metadata_url saml_metadata_url :
    ::std::string::String; with_service_management_reference service_management_reference
    : ::std::string::String; with_service_principal_lock_configuration
    service_principal_lock_configuration : crate ::v1::ServicePrincipalLockConfiguration;
    with_sign_in_audience sign_in_audience : ::std::string::String; with_spa spa : crate
    ::v1::SpaApplication; with_tags tags : ::std::vec::Vec < ::std::string::String >;
    with_token_encryption_key_id token_encryption_key_id : rt::edm::Guid;
    with_unique_name unique_name : ::std::string::String; with_verified_publisher
    verified_publisher : crate ::v1::VerifiedPublisher; with_web web : crate
    ::v1::WebApplication; with_app_management_policies app_management_policies :
    ::std::vec::Vec < crate ::v1::AppManagementPolicy >; with_created_on_behalf_of
    created_on_behalf_of : crate ::v1::AnyDirectoryObject; with_extension_properties
    extension_properties : ::std::vec::Vec < crate ::v1::ExtensionProperty >;
    with_federated_identity_credentials federated_identity_credentials : ::std::vec::Vec
    < crate ::v1::FederatedIdentityCredential >; with_home_realm_discovery_policies
    home_realm_discovery_policies : ::std::vec::Vec < crate
    ::v1::HomeRealmDiscoveryPolicy >; with_owners owners : ::std::vec::Vec < crate
    ::v1::AnyDirectoryObject >; with_synchronization synchronization : crate
    ::v1::Synchronization; with_token_issuance_policies token_issuance_policies :
    ::std::vec::Vec < crate ::v1::TokenIssuancePolicy >; with_token_lifetime_policies
    token_lifetime_policies : ::std::vec::Vec < crate ::v1::TokenLifetimePolicy >;
    with_inheritable_permissions inheritable_permissions : ::std::vec::Vec < crate
    ::v1::InheritablePermission >; with_sponsors sponsors : ::std::vec::Vec < crate
    ::v1::AnyDirectoryObject >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AgentIdentityBlueprint);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.agentIdentityBlueprintPrincipal`, entity type, derived from `microsoft.graph.servicePrincipal`, open, key `id`.
///
/// Request builders: [`AgentIdentityBlueprintPrincipalPath`](requests/trait.AgentIdentityBlueprintPrincipalPath.html), what a path to one (`EntityPath<AgentIdentityBlueprintPrincipal, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AgentIdentityBlueprintPrincipal {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `accountEnabled`: `Edm.Boolean`, nullable.
    pub account_enabled: rt::Field<bool>,
    /// CSDL: property `addIns`: `Collection(microsoft.graph.addIn)`, not nullable.
    pub add_ins: rt::Field<::std::vec::Vec<crate::v1::AddIn>>,
    /// CSDL: property `alternativeNames`: `Collection(Edm.String)`, not nullable.
    pub alternative_names: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `appDescription`: `Edm.String`, nullable.
    pub app_description: rt::Field<::std::string::String>,
    /// CSDL: property `appDisplayName`: `Edm.String`, nullable.
    pub app_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `appId`: `Edm.String`, nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// CSDL: property `applicationTemplateId`: `Edm.String`, nullable.
    pub application_template_id: rt::Field<::std::string::String>,
    /// CSDL: property `appOwnerOrganizationId`: `Edm.Guid`, nullable.
    pub app_owner_organization_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `appRoleAssignmentRequired`: `Edm.Boolean`, not nullable.
    pub app_role_assignment_required: rt::Field<bool>,
    /// CSDL: property `appRoles`: `Collection(microsoft.graph.appRole)`, not nullable.
    pub app_roles: rt::Field<::std::vec::Vec<crate::v1::AppRole>>,
    /// CSDL: property `createdByAppId`: `Edm.String`, nullable.
    pub created_by_app_id: rt::Field<::std::string::String>,
    /// CSDL: property `customSecurityAttributes`: `microsoft.graph.customSecurityAttributeValue`, nullable.
    pub custom_security_attributes: rt::Field<crate::v1::CustomSecurityAttributeValue>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `disabledByMicrosoftStatus`: `Edm.String`, nullable.
    pub disabled_by_microsoft_status: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `homepage`: `Edm.String`, nullable.
    pub homepage: rt::Field<::std::string::String>,
    /// CSDL: property `info`: `microsoft.graph.informationalUrl`, nullable.
    pub info: rt::Field<crate::v1::InformationalUrl>,
    /// CSDL: property `isDisabled`: `Edm.Boolean`, nullable.
    pub is_disabled: rt::Field<bool>,
    /// CSDL: property `keyCredentials`: `Collection(microsoft.graph.keyCredential)`, not nullable.
    pub key_credentials: rt::Field<::std::vec::Vec<crate::v1::KeyCredential>>,
    /// CSDL: property `loginUrl`: `Edm.String`, nullable.
    pub login_url: rt::Field<::std::string::String>,
    /// CSDL: property `logoutUrl`: `Edm.String`, nullable.
    pub logout_url: rt::Field<::std::string::String>,
    /// CSDL: property `notes`: `Edm.String`, nullable.
    pub notes: rt::Field<::std::string::String>,
    /// CSDL: property `notificationEmailAddresses`: `Collection(Edm.String)`, not nullable.
    pub notification_email_addresses: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `oauth2PermissionScopes`: `Collection(microsoft.graph.permissionScope)`, not nullable.
    pub oauth2_permission_scopes: rt::Field<::std::vec::Vec<crate::v1::PermissionScope>>,
    /// CSDL: property `passwordCredentials`: `Collection(microsoft.graph.passwordCredential)`, not nullable.
    pub password_credentials: rt::Field<::std::vec::Vec<crate::v1::PasswordCredential>>,
    /// CSDL: property `preferredSingleSignOnMode`: `Edm.String`, nullable.
    pub preferred_single_sign_on_mode: rt::Field<::std::string::String>,
    /// CSDL: property `preferredTokenSigningKeyThumbprint`: `Edm.String`, nullable.
    pub preferred_token_signing_key_thumbprint: rt::Field<::std::string::String>,
    /// CSDL: property `replyUrls`: `Collection(Edm.String)`, not nullable.
    pub reply_urls: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `resourceSpecificApplicationPermissions`: `Collection(microsoft.graph.resourceSpecificPermission)`, not nullable.
    pub resource_specific_application_permissions: rt::Field<
        ::std::vec::Vec<crate::v1::ResourceSpecificPermission>,
    >,
    /// CSDL: property `samlSingleSignOnSettings`: `microsoft.graph.samlSingleSignOnSettings`, nullable.
    pub saml_single_sign_on_settings: rt::Field<crate::v1::SamlSingleSignOnSettings>,
    /// CSDL: property `servicePrincipalNames`: `Collection(Edm.String)`, not nullable.
    pub service_principal_names: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `servicePrincipalType`: `Edm.String`, nullable.
    pub service_principal_type: rt::Field<::std::string::String>,
    /// CSDL: property `signInAudience`: `Edm.String`, nullable.
    pub sign_in_audience: rt::Field<::std::string::String>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, not nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `tokenEncryptionKeyId`: `Edm.Guid`, nullable.
    pub token_encryption_key_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `verifiedPublisher`: `microsoft.graph.verifiedPublisher`, nullable.
    pub verified_publisher: rt::Field<crate::v1::VerifiedPublisher>,
    /// CSDL: navigation property `appManagementPolicies`: `Collection(microsoft.graph.appManagementPolicy)`, not nullable.
    pub app_management_policies: rt::Field<
        ::std::vec::Vec<crate::v1::AppManagementPolicy>,
    >,
    /// CSDL: containment navigation property `appRoleAssignedTo`: `Collection(microsoft.graph.appRoleAssignment)`, not nullable.
    pub app_role_assigned_to: rt::Field<::std::vec::Vec<crate::v1::AppRoleAssignment>>,
    /// CSDL: containment navigation property `appRoleAssignments`: `Collection(microsoft.graph.appRoleAssignment)`, not nullable.
    pub app_role_assignments: rt::Field<::std::vec::Vec<crate::v1::AppRoleAssignment>>,
    /// CSDL: navigation property `claimsMappingPolicies`: `Collection(microsoft.graph.claimsMappingPolicy)`, not nullable.
    pub claims_mapping_policies: rt::Field<
        ::std::vec::Vec<crate::v1::ClaimsMappingPolicy>,
    >,
    /// CSDL: navigation property `createdObjects`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub created_objects: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// CSDL: containment navigation property `delegatedPermissionClassifications`: `Collection(microsoft.graph.delegatedPermissionClassification)`, not nullable.
    pub delegated_permission_classifications: rt::Field<
        ::std::vec::Vec<crate::v1::DelegatedPermissionClassification>,
    >,
    /// CSDL: containment navigation property `endpoints`: `Collection(microsoft.graph.endpoint)`, not nullable.
    pub endpoints: rt::Field<::std::vec::Vec<crate::v1::Endpoint>>,
    /// CSDL: containment navigation property `federatedIdentityCredentials`: `Collection(microsoft.graph.federatedIdentityCredential)`, not nullable.
    pub federated_identity_credentials: rt::Field<
        ::std::vec::Vec<crate::v1::FederatedIdentityCredential>,
    >,
    /// CSDL: navigation property `homeRealmDiscoveryPolicies`: `Collection(microsoft.graph.homeRealmDiscoveryPolicy)`, not nullable.
    pub home_realm_discovery_policies: rt::Field<
        ::std::vec::Vec<crate::v1::HomeRealmDiscoveryPolicy>,
    >,
    /// CSDL: navigation property `memberOf`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub member_of: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// CSDL: navigation property `oauth2PermissionGrants`: `Collection(microsoft.graph.oAuth2PermissionGrant)`, not nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
    pub oauth2_permission_grants: rt::Field<
        ::std::vec::Vec<crate::v1::OAuth2PermissionGrant>,
    >,
    /// CSDL: navigation property `ownedObjects`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub owned_objects: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// CSDL: navigation property `owners`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub owners: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// CSDL: containment navigation property `remoteDesktopSecurityConfiguration`: `microsoft.graph.remoteDesktopSecurityConfiguration`, nullable.
    pub remote_desktop_security_configuration: rt::Field<
        crate::v1::RemoteDesktopSecurityConfiguration,
    >,
    /// CSDL: containment navigation property `synchronization`: `microsoft.graph.synchronization`, nullable.
    pub synchronization: rt::Field<crate::v1::Synchronization>,
    /// CSDL: navigation property `tokenIssuancePolicies`: `Collection(microsoft.graph.tokenIssuancePolicy)`, not nullable.
    pub token_issuance_policies: rt::Field<
        ::std::vec::Vec<crate::v1::TokenIssuancePolicy>,
    >,
    /// CSDL: navigation property `tokenLifetimePolicies`: `Collection(microsoft.graph.tokenLifetimePolicy)`, not nullable.
    pub token_lifetime_policies: rt::Field<
        ::std::vec::Vec<crate::v1::TokenLifetimePolicy>,
    >,
    /// CSDL: navigation property `transitiveMemberOf`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub transitive_member_of: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// CSDL: navigation property `sponsors`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub sponsors: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AgentIdentityBlueprintPrincipal {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            account_enabled: rt::Field::Absent,
            add_ins: rt::Field::Absent,
            alternative_names: rt::Field::Absent,
            app_description: rt::Field::Absent,
            app_display_name: rt::Field::Absent,
            app_id: rt::Field::Absent,
            application_template_id: rt::Field::Absent,
            app_owner_organization_id: rt::Field::Absent,
            app_role_assignment_required: rt::Field::Absent,
            app_roles: rt::Field::Absent,
            created_by_app_id: rt::Field::Absent,
            custom_security_attributes: rt::Field::Absent,
            description: rt::Field::Absent,
            disabled_by_microsoft_status: rt::Field::Absent,
            display_name: rt::Field::Absent,
            homepage: rt::Field::Absent,
            info: rt::Field::Absent,
            is_disabled: rt::Field::Absent,
            key_credentials: rt::Field::Absent,
            login_url: rt::Field::Absent,
            logout_url: rt::Field::Absent,
            notes: rt::Field::Absent,
            notification_email_addresses: rt::Field::Absent,
            oauth2_permission_scopes: rt::Field::Absent,
            password_credentials: rt::Field::Absent,
            preferred_single_sign_on_mode: rt::Field::Absent,
            preferred_token_signing_key_thumbprint: rt::Field::Absent,
            reply_urls: rt::Field::Absent,
            resource_specific_application_permissions: rt::Field::Absent,
            saml_single_sign_on_settings: rt::Field::Absent,
            service_principal_names: rt::Field::Absent,
            service_principal_type: rt::Field::Absent,
            sign_in_audience: rt::Field::Absent,
            tags: rt::Field::Absent,
            token_encryption_key_id: rt::Field::Absent,
            verified_publisher: rt::Field::Absent,
            app_management_policies: rt::Field::Absent,
            app_role_assigned_to: rt::Field::Absent,
            app_role_assignments: rt::Field::Absent,
            claims_mapping_policies: rt::Field::Absent,
            created_objects: rt::Field::Absent,
            delegated_permission_classifications: rt::Field::Absent,
            endpoints: rt::Field::Absent,
            federated_identity_credentials: rt::Field::Absent,
            home_realm_discovery_policies: rt::Field::Absent,
            member_of: rt::Field::Absent,
            #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
            oauth2_permission_grants: rt::Field::Absent,
            owned_objects: rt::Field::Absent,
            owners: rt::Field::Absent,
            remote_desktop_security_configuration: rt::Field::Absent,
            synchronization: rt::Field::Absent,
            token_issuance_policies: rt::Field::Absent,
            token_lifetime_policies: rt::Field::Absent,
            transitive_member_of: rt::Field::Absent,
            sponsors: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for AgentIdentityBlueprintPrincipal {
    const TYPE_NAME: &'static str = "microsoft.graph.agentIdentityBlueprintPrincipal";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "accountEnabled",
        "addIns",
        "alternativeNames",
        "appDescription",
        "appDisplayName",
        "appId",
        "applicationTemplateId",
        "appOwnerOrganizationId",
        "appRoleAssignmentRequired",
        "appRoles",
        "createdByAppId",
        "customSecurityAttributes",
        "description",
        "disabledByMicrosoftStatus",
        "displayName",
        "homepage",
        "info",
        "isDisabled",
        "keyCredentials",
        "loginUrl",
        "logoutUrl",
        "notes",
        "notificationEmailAddresses",
        "oauth2PermissionScopes",
        "passwordCredentials",
        "preferredSingleSignOnMode",
        "preferredTokenSigningKeyThumbprint",
        "replyUrls",
        "resourceSpecificApplicationPermissions",
        "samlSingleSignOnSettings",
        "servicePrincipalNames",
        "servicePrincipalType",
        "signInAudience",
        "tags",
        "tokenEncryptionKeyId",
        "verifiedPublisher",
        "appManagementPolicies",
        "appRoleAssignedTo",
        "appRoleAssignments",
        "claimsMappingPolicies",
        "createdObjects",
        "delegatedPermissionClassifications",
        "endpoints",
        "federatedIdentityCredentials",
        "homeRealmDiscoveryPolicies",
        "memberOf",
        "oauth2PermissionGrants",
        "ownedObjects",
        "owners",
        "remoteDesktopSecurityConfiguration",
        "synchronization",
        "tokenIssuancePolicies",
        "tokenLifetimePolicies",
        "transitiveMemberOf",
        "sponsors",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"accountEnabled\":               ",
        ",\"addIns\":                       ",
        ",\"alternativeNames\":             ",
        ",\"appDescription\":               ",
        ",\"appDisplayName\":               ",
        ",\"appId\":                        ",
        ",\"applicationTemplateId\":        ",
        ",\"appOwnerOrganizationId\":       ",
        ",\"appRoleAssignmentRequired\":    ",
        ",\"appRoles\":                     ",
        ",\"createdByAppId\":               ",
        ",\"customSecurityAttributes\":     ",
        ",\"description\":                  ",
        ",\"disabledByMicrosoftStatus\":    ",
        ",\"displayName\":                  ",
        ",\"homepage\":                     ",
        ",\"info\":                         ",
        ",\"isDisabled\":                   ",
        ",\"keyCredentials\":               ",
        ",\"loginUrl\":                     ",
        ",\"logoutUrl\":                    ",
        ",\"notes\":                        ",
        ",\"notificationEmailAddresses\":   ",
        ",\"oauth2PermissionScopes\":       ",
        ",\"passwordCredentials\":          ",
        ",\"preferredSingleSignOnMode\":    ",
        ",\"preferredTokenSigningKeyThumbprint\":",
        ",\"replyUrls\":                    ",
        ",\"resourceSpecificApplicationPermissions\":",
        ",\"samlSingleSignOnSettings\":     ",
        ",\"servicePrincipalNames\":        ",
        ",\"servicePrincipalType\":         ",
        ",\"signInAudience\":               ",
        ",\"tags\":                         ",
        ",\"tokenEncryptionKeyId\":         ",
        ",\"verifiedPublisher\":            ",
        ",\"appManagementPolicies\":        ",
        ",\"appRoleAssignedTo\":            ",
        ",\"appRoleAssignments\":           ",
        ",\"claimsMappingPolicies\":        ",
        ",\"createdObjects\":               ",
        ",\"delegatedPermissionClassifications\":",
        ",\"endpoints\":                    ",
        ",\"federatedIdentityCredentials\": ",
        ",\"homeRealmDiscoveryPolicies\":   ",
        ",\"memberOf\":                     ",
        ",\"oauth2PermissionGrants\":       ",
        ",\"ownedObjects\":                 ",
        ",\"owners\":                       ",
        ",\"remoteDesktopSecurityConfiguration\":",
        ",\"synchronization\":              ",
        ",\"tokenIssuancePolicies\":        ",
        ",\"tokenLifetimePolicies\":        ",
        ",\"transitiveMemberOf\":           ",
        ",\"sponsors\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.agentIdentityBlueprintPrincipal\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "account_enabled", &self.account_enabled);
        v.field(3usize, "add_ins", &self.add_ins);
        v.field(4usize, "alternative_names", &self.alternative_names);
        v.field(5usize, "app_description", &self.app_description);
        v.field(6usize, "app_display_name", &self.app_display_name);
        v.field(7usize, "app_id", &self.app_id);
        v.field(8usize, "application_template_id", &self.application_template_id);
        v.field(9usize, "app_owner_organization_id", &self.app_owner_organization_id);
        v.field(
            10usize,
            "app_role_assignment_required",
            &self.app_role_assignment_required,
        );
        v.field(11usize, "app_roles", &self.app_roles);
        v.field(12usize, "created_by_app_id", &self.created_by_app_id);
        v.field(13usize, "custom_security_attributes", &self.custom_security_attributes);
        v.field(14usize, "description", &self.description);
        v.field(
            15usize,
            "disabled_by_microsoft_status",
            &self.disabled_by_microsoft_status,
        );
        v.field(16usize, "display_name", &self.display_name);
        v.field(17usize, "homepage", &self.homepage);
        v.field(18usize, "info", &self.info);
        v.field(19usize, "is_disabled", &self.is_disabled);
        v.field(20usize, "key_credentials", &self.key_credentials);
        v.field(21usize, "login_url", &self.login_url);
        v.field(22usize, "logout_url", &self.logout_url);
        v.field(23usize, "notes", &self.notes);
        v.field(
            24usize,
            "notification_email_addresses",
            &self.notification_email_addresses,
        );
        v.field(25usize, "oauth2_permission_scopes", &self.oauth2_permission_scopes);
        v.field(26usize, "password_credentials", &self.password_credentials);
        v.field(
            27usize,
            "preferred_single_sign_on_mode",
            &self.preferred_single_sign_on_mode,
        );
        v.field(
            28usize,
            "preferred_token_signing_key_thumbprint",
            &self.preferred_token_signing_key_thumbprint,
        );
        v.field(29usize, "reply_urls", &self.reply_urls);
        v.field(
            30usize,
            "resource_specific_application_permissions",
            &self.resource_specific_application_permissions,
        );
        v.field(
            31usize,
            "saml_single_sign_on_settings",
            &self.saml_single_sign_on_settings,
        );
        v.field(32usize, "service_principal_names", &self.service_principal_names);
        v.field(33usize, "service_principal_type", &self.service_principal_type);
        v.field(34usize, "sign_in_audience", &self.sign_in_audience);
        v.field(35usize, "tags", &self.tags);
        v.field(36usize, "token_encryption_key_id", &self.token_encryption_key_id);
        v.field(37usize, "verified_publisher", &self.verified_publisher);
        v.field(38usize, "app_management_policies", &self.app_management_policies);
        v.field(39usize, "app_role_assigned_to", &self.app_role_assigned_to);
        v.field(40usize, "app_role_assignments", &self.app_role_assignments);
        v.field(41usize, "claims_mapping_policies", &self.claims_mapping_policies);
        v.field(42usize, "created_objects", &self.created_objects);
        v.field(
            43usize,
            "delegated_permission_classifications",
            &self.delegated_permission_classifications,
        );
        v.field(44usize, "endpoints", &self.endpoints);
        v.field(
            45usize,
            "federated_identity_credentials",
            &self.federated_identity_credentials,
        );
        v.field(
            46usize,
            "home_realm_discovery_policies",
            &self.home_realm_discovery_policies,
        );
        v.field(47usize, "member_of", &self.member_of);
        #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
        v.field(48usize, "oauth2_permission_grants", &self.oauth2_permission_grants);
        v.field(49usize, "owned_objects", &self.owned_objects);
        v.field(50usize, "owners", &self.owners);
        v.field(
            51usize,
            "remote_desktop_security_configuration",
            &self.remote_desktop_security_configuration,
        );
        v.field(52usize, "synchronization", &self.synchronization);
        v.field(53usize, "token_issuance_policies", &self.token_issuance_policies);
        v.field(54usize, "token_lifetime_policies", &self.token_lifetime_policies);
        v.field(55usize, "transitive_member_of", &self.transitive_member_of);
        v.field(56usize, "sponsors", &self.sponsors);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for AgentIdentityBlueprintPrincipal {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.account_enabled.read_from(r),
            3usize => self.add_ins.read_from(r),
            4usize => self.alternative_names.read_from(r),
            5usize => self.app_description.read_from(r),
            6usize => self.app_display_name.read_from(r),
            7usize => self.app_id.read_from(r),
            8usize => self.application_template_id.read_from(r),
            9usize => self.app_owner_organization_id.read_from(r),
            10usize => self.app_role_assignment_required.read_from(r),
            11usize => self.app_roles.read_from(r),
            12usize => self.created_by_app_id.read_from(r),
            13usize => self.custom_security_attributes.read_from(r),
            14usize => self.description.read_from(r),
            15usize => self.disabled_by_microsoft_status.read_from(r),
            16usize => self.display_name.read_from(r),
            17usize => self.homepage.read_from(r),
            18usize => self.info.read_from(r),
            19usize => self.is_disabled.read_from(r),
            20usize => self.key_credentials.read_from(r),
            21usize => self.login_url.read_from(r),
            22usize => self.logout_url.read_from(r),
            23usize => self.notes.read_from(r),
            24usize => self.notification_email_addresses.read_from(r),
            25usize => self.oauth2_permission_scopes.read_from(r),
            26usize => self.password_credentials.read_from(r),
            27usize => self.preferred_single_sign_on_mode.read_from(r),
            28usize => self.preferred_token_signing_key_thumbprint.read_from(r),
            29usize => self.reply_urls.read_from(r),
            30usize => self.resource_specific_application_permissions.read_from(r),
            31usize => self.saml_single_sign_on_settings.read_from(r),
            32usize => self.service_principal_names.read_from(r),
            33usize => self.service_principal_type.read_from(r),
            34usize => self.sign_in_audience.read_from(r),
            35usize => self.tags.read_from(r),
            36usize => self.token_encryption_key_id.read_from(r),
            37usize => self.verified_publisher.read_from(r),
            38usize => self.app_management_policies.read_from(r),
            39usize => self.app_role_assigned_to.read_from(r),
            40usize => self.app_role_assignments.read_from(r),
            41usize => self.claims_mapping_policies.read_from(r),
            42usize => self.created_objects.read_from(r),
            43usize => self.delegated_permission_classifications.read_from(r),
            44usize => self.endpoints.read_from(r),
            45usize => self.federated_identity_credentials.read_from(r),
            46usize => self.home_realm_discovery_policies.read_from(r),
            47usize => self.member_of.read_from(r),
            #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
            48usize => self.oauth2_permission_grants.read_from(r),
            49usize => self.owned_objects.read_from(r),
            50usize => self.owners.read_from(r),
            51usize => self.remote_desktop_security_configuration.read_from(r),
            52usize => self.synchronization.read_from(r),
            53usize => self.token_issuance_policies.read_from(r),
            54usize => self.token_lifetime_policies.read_from(r),
            55usize => self.transitive_member_of.read_from(r),
            56usize => self.sponsors.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.account_enabled);
        w.field(3usize, &self.add_ins);
        w.field(4usize, &self.alternative_names);
        w.field(5usize, &self.app_description);
        w.field(6usize, &self.app_display_name);
        w.field(7usize, &self.app_id);
        w.field(8usize, &self.application_template_id);
        w.field(9usize, &self.app_owner_organization_id);
        w.field(10usize, &self.app_role_assignment_required);
        w.field(11usize, &self.app_roles);
        w.field(12usize, &self.created_by_app_id);
        w.field(13usize, &self.custom_security_attributes);
        w.field(14usize, &self.description);
        w.field(15usize, &self.disabled_by_microsoft_status);
        w.field(16usize, &self.display_name);
        w.field(17usize, &self.homepage);
        w.field(18usize, &self.info);
        w.field(19usize, &self.is_disabled);
        w.field(20usize, &self.key_credentials);
        w.field(21usize, &self.login_url);
        w.field(22usize, &self.logout_url);
        w.field(23usize, &self.notes);
        w.field(24usize, &self.notification_email_addresses);
        w.field(25usize, &self.oauth2_permission_scopes);
        w.field(26usize, &self.password_credentials);
        w.field(27usize, &self.preferred_single_sign_on_mode);
        w.field(28usize, &self.preferred_token_signing_key_thumbprint);
        w.field(29usize, &self.reply_urls);
        w.field(30usize, &self.resource_specific_application_permissions);
        w.field(31usize, &self.saml_single_sign_on_settings);
        w.field(32usize, &self.service_principal_names);
        w.field(33usize, &self.service_principal_type);
        w.field(34usize, &self.sign_in_audience);
        w.field(35usize, &self.tags);
        w.field(36usize, &self.token_encryption_key_id);
        w.field(37usize, &self.verified_publisher);
        w.field(38usize, &self.app_management_policies);
        w.field(39usize, &self.app_role_assigned_to);
        w.field(40usize, &self.app_role_assignments);
        w.field(41usize, &self.claims_mapping_policies);
        w.field(42usize, &self.created_objects);
        w.field(43usize, &self.delegated_permission_classifications);
        w.field(44usize, &self.endpoints);
        w.field(45usize, &self.federated_identity_credentials);
        w.field(46usize, &self.home_realm_discovery_policies);
        w.field(47usize, &self.member_of);
        #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
        w.field(48usize, &self.oauth2_permission_grants);
        w.field(49usize, &self.owned_objects);
        w.field(50usize, &self.owners);
        w.field(51usize, &self.remote_desktop_security_configuration);
        w.field(52usize, &self.synchronization);
        w.field(53usize, &self.token_issuance_policies);
        w.field(54usize, &self.token_lifetime_policies);
        w.field(55usize, &self.transitive_member_of);
        w.field(56usize, &self.sponsors);
    }
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
rt::impl_object!(AgentIdentityBlueprintPrincipal);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    AgentIdentityBlueprintPrincipal { with_id id : ::std::string::String;
    with_deleted_date_time deleted_date_time : rt::edm::DateTimeOffset;
    with_account_enabled account_enabled : bool; with_add_ins add_ins : ::std::vec::Vec <
    crate ::v1::AddIn >; with_alternative_names alternative_names : ::std::vec::Vec <
    ::std::string::String >; with_app_description app_description :
    ::std::string::String; with_app_display_name app_display_name :
    ::std::string::String; with_app_id app_id : ::std::string::String;
    with_application_template_id application_template_id : ::std::string::String;
    with_app_owner_organization_id app_owner_organization_id : rt::edm::Guid;
    with_app_role_assignment_required app_role_assignment_required : bool; with_app_roles
    app_roles : ::std::vec::Vec < crate ::v1::AppRole >; with_created_by_app_id
    created_by_app_id : ::std::string::String; with_custom_security_attributes
    custom_security_attributes : crate ::v1::CustomSecurityAttributeValue;
    with_description description : ::std::string::String;
    with_disabled_by_microsoft_status disabled_by_microsoft_status :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_homepage homepage : ::std::string::String; with_info info : crate
    ::v1::InformationalUrl; with_is_disabled is_disabled : bool; with_key_credentials
    key_credentials : ::std::vec::Vec < crate ::v1::KeyCredential >; with_login_url
    login_url : ::std::string::String; with_logout_url logout_url :
    ::std::string::String; with_notes notes : ::std::string::String;
    with_notification_email_addresses notification_email_addresses : ::std::vec::Vec <
    ::std::string::String >; with_oauth2_permission_scopes oauth2_permission_scopes :
    ::std::vec::Vec < crate ::v1::PermissionScope >; with_password_credentials
    password_credentials : ::std::vec::Vec < crate ::v1::PasswordCredential >;
    with_preferred_single_sign_on_mode preferred_single_sign_on_mode :
    ::std::string::String; with_preferred_token_signing_key_thumbprint
    preferred_token_signing_key_thumbprint : ::std::string::String; with_reply_urls
    reply_urls : ::std::vec::Vec < ::std::string::String >;
    with_resource_specific_application_permissions
    resource_specific_application_permissions : ::std::vec::Vec < crate
    ::v1::ResourceSpecificPermission >; with_saml_single_sign_on_settings
    saml_single_sign_on_settings : crate ::v1::SamlSingleSignOnSettings;
    with_service_principal_names service_principal_names : ::std::vec::Vec <
    ::std::string::String >; with_service_principal_type service_principal_type :
    ::std::string::String; with_sign_in_audience sign_in_audience :
    ::std::string::String; with_tags tags : ::std::vec::Vec < ::std::string::String >;
    with_token_encryption_key_id token_encryption_key_id : rt::edm::Guid;
    with_verified_publisher verified_publisher : crate ::v1::VerifiedPublisher;
    with_app_management_policies app_management_policies : ::std::vec::Vec < crate
    ::v1::AppManagementPolicy >; with_app_role_assigned_to app_role_assigned_to :
    ::std::vec::Vec < crate ::v1::AppRoleAssignment >; with_app_role_assignments
    app_role_assignments : ::std::vec::Vec < crate ::v1::AppRoleAssignment >;
    with_claims_mapping_policies claims_mapping_policies : ::std::vec::Vec < crate
    ::v1::ClaimsMappingPolicy >; with_created_objects created_objects : ::std::vec::Vec <
    crate ::v1::AnyDirectoryObject >; with_delegated_permission_classifications
    delegated_permission_classifications : ::std::vec::Vec < crate
    ::v1::DelegatedPermissionClassification >; with_endpoints endpoints : ::std::vec::Vec
    < crate ::v1::Endpoint >; with_federated_identity_credentials
    federated_identity_credentials : ::std::vec::Vec < crate
    ::v1::FederatedIdentityCredential >; with_home_realm_discovery_policies
    home_realm_discovery_policies : ::std::vec::Vec < crate
    ::v1::HomeRealmDiscoveryPolicy >; with_member_of member_of : ::std::vec::Vec < crate
    ::v1::AnyDirectoryObject >; #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
    with_oauth2_permission_grants oauth2_permission_grants : ::std::vec::Vec < crate
    ::v1::OAuth2PermissionGrant >; with_owned_objects owned_objects : ::std::vec::Vec <
    crate ::v1::AnyDirectoryObject >; with_owners owners : ::std::vec::Vec < crate
    ::v1::AnyDirectoryObject >; with_remote_desktop_security_configuration
    remote_desktop_security_configuration : crate
    ::v1::RemoteDesktopSecurityConfiguration; with_synchronization synchronization :
    crate ::v1::Synchronization; with_token_issuance_policies token_issuance_policies :
    ::std::vec::Vec < crate ::v1::TokenIssuancePolicy >; with_token_lifetime_policies
    token_lifetime_policies : ::std::vec::Vec < crate ::v1::TokenLifetimePolicy >;
    with_transitive_member_of transitive_member_of : ::std::vec::Vec < crate
    ::v1::AnyDirectoryObject >; with_sponsors sponsors : ::std::vec::Vec < crate
    ::v1::AnyDirectoryObject >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AgentIdentityBlueprintPrincipal);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.agentUser`, entity type, derived from `microsoft.graph.user`, open, key `id`.
///
/// Request builders: [`AgentUserPath`](requests/trait.AgentUserPath.html), what a path to one (`EntityPath<AgentUser, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AgentUser {
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
impl ::std::default::Default for AgentUser {
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
impl rt::Object for AgentUser {
    const TYPE_NAME: &'static str = "microsoft.graph.agentUser";
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
    const TAG: &'static str = "\"#microsoft.graph.agentUser\"";
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
impl rt::object::Members for AgentUser {
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
rt::impl_object!(AgentUser);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    AgentUser { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_about_me about_me :
    ::std::string::String; with_account_enabled account_enabled : bool; with_age_group
    age_group : ::std::string::String; with_assigned_licenses assigned_licenses :
    ::std::vec::Vec < crate ::v1::AssignedLicense >; with_assigned_plans assigned_plans :
    ::std::vec::Vec < crate ::v1::AssignedPlan >; with_authorization_info
    authorization_info : crate ::v1::AuthorizationInfo; with_birthday birthday :
    rt::edm::DateTimeOffset; with_business_phones business_phones : ::std::vec::Vec <
    ::std::string::String >; with_city city : ::std::string::String; with_company_name
    company_name : ::std::string::String; with_consent_provided_for_minor
    consent_provided_for_minor : ::std::string::String; with_country country :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_creation_type creation_type : ::std::string::String;
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
rt::impl_serde!(AgentUser);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.appManagementPolicy`, entity type, derived from `microsoft.graph.policyBase`, key `id`.
///
/// Request builders: [`AppManagementPolicyPath`](requests/trait.AppManagementPolicyPath.html), what a path to one (`EntityPath<AppManagementPolicy, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AppManagementPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isEnabled`: `Edm.Boolean`, not nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: property `restrictions`: `microsoft.graph.customAppManagementConfiguration`, nullable.
    pub restrictions: rt::Field<crate::v1::CustomAppManagementConfiguration>,
    /// CSDL: navigation property `appliesTo`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub applies_to: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AppManagementPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_enabled: rt::Field::Absent,
            restrictions: rt::Field::Absent,
            applies_to: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for AppManagementPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.appManagementPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "description",
        "displayName",
        "isEnabled",
        "restrictions",
        "appliesTo",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"isEnabled\":                    ",
        ",\"restrictions\":                 ",
        ",\"appliesTo\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.appManagementPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "is_enabled", &self.is_enabled);
        v.field(5usize, "restrictions", &self.restrictions);
        v.field(6usize, "applies_to", &self.applies_to);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for AppManagementPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.is_enabled.read_from(r),
            5usize => self.restrictions.read_from(r),
            6usize => self.applies_to.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.is_enabled);
        w.field(5usize, &self.restrictions);
        w.field(6usize, &self.applies_to);
    }
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
rt::impl_object!(AppManagementPolicy);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    AppManagementPolicy { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_is_enabled is_enabled : bool; with_restrictions restrictions : crate
    ::v1::CustomAppManagementConfiguration; with_applies_to applies_to : ::std::vec::Vec
    < crate ::v1::AnyDirectoryObject >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppManagementPolicy);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.application`, entity type, derived from `microsoft.graph.directoryObject`, open, key `id`.
///
/// Request builders: [`ApplicationPath`](requests/trait.ApplicationPath.html), what a path to one (`EntityPath<AnyApplication, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Application {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `addIns`: `Collection(microsoft.graph.addIn)`, not nullable.
    pub add_ins: rt::Field<::std::vec::Vec<crate::v1::AddIn>>,
    /// CSDL: property `api`: `microsoft.graph.apiApplication`, nullable.
    pub api: rt::Field<crate::v1::ApiApplication>,
    /// CSDL: property `appId`: `Edm.String`, nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// CSDL: property `applicationTemplateId`: `Edm.String`, nullable.
    pub application_template_id: rt::Field<::std::string::String>,
    /// CSDL: property `appRoles`: `Collection(microsoft.graph.appRole)`, not nullable.
    pub app_roles: rt::Field<::std::vec::Vec<crate::v1::AppRole>>,
    /// CSDL: property `authenticationBehaviors`: `microsoft.graph.authenticationBehaviors`, nullable.
    pub authentication_behaviors: rt::Field<crate::v1::AuthenticationBehaviors>,
    /// CSDL: property `certification`: `microsoft.graph.certification`, nullable.
    pub certification: rt::Field<crate::v1::Certification>,
    /// CSDL: property `createdByAppId`: `Edm.String`, nullable.
    pub created_by_app_id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `defaultRedirectUri`: `Edm.String`, nullable.
    pub default_redirect_uri: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `disabledByMicrosoftStatus`: `Edm.String`, nullable.
    pub disabled_by_microsoft_status: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `groupMembershipClaims`: `Edm.String`, nullable.
    pub group_membership_claims: rt::Field<::std::string::String>,
    /// CSDL: property `identifierUris`: `Collection(Edm.String)`, not nullable.
    pub identifier_uris: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `info`: `microsoft.graph.informationalUrl`, nullable.
    pub info: rt::Field<crate::v1::InformationalUrl>,
    /// CSDL: property `isDeviceOnlyAuthSupported`: `Edm.Boolean`, nullable.
    pub is_device_only_auth_supported: rt::Field<bool>,
    /// CSDL: property `isDisabled`: `Edm.Boolean`, nullable.
    pub is_disabled: rt::Field<bool>,
    /// CSDL: property `isFallbackPublicClient`: `Edm.Boolean`, nullable.
    pub is_fallback_public_client: rt::Field<bool>,
    /// CSDL: property `keyCredentials`: `Collection(microsoft.graph.keyCredential)`, not nullable.
    pub key_credentials: rt::Field<::std::vec::Vec<crate::v1::KeyCredential>>,
    /// CSDL: property `logo`: `Edm.Stream`, not nullable.
    pub logo: rt::Field<rt::RawJson>,
    /// CSDL: property `managerApplications`: `Collection(Edm.Guid)`, not nullable.
    pub manager_applications: rt::Field<::std::vec::Vec<rt::edm::Guid>>,
    /// CSDL: property `nativeAuthenticationApisEnabled`: `microsoft.graph.nativeAuthenticationApisEnabled`, nullable.
    pub native_authentication_apis_enabled: rt::Field<
        rt::Flags<crate::v1::NativeAuthenticationApisEnabled>,
    >,
    /// CSDL: property `notes`: `Edm.String`, nullable.
    pub notes: rt::Field<::std::string::String>,
    /// CSDL: property `oauth2RequirePostResponse`: `Edm.Boolean`, not nullable.
    pub oauth2_require_post_response: rt::Field<bool>,
    /// CSDL: property `optionalClaims`: `microsoft.graph.optionalClaims`, nullable.
    pub optional_claims: rt::Field<crate::v1::OptionalClaims>,
    /// CSDL: property `parentalControlSettings`: `microsoft.graph.parentalControlSettings`, nullable.
    pub parental_control_settings: rt::Field<crate::v1::ParentalControlSettings>,
    /// CSDL: property `passwordCredentials`: `Collection(microsoft.graph.passwordCredential)`, not nullable.
    pub password_credentials: rt::Field<::std::vec::Vec<crate::v1::PasswordCredential>>,
    /// CSDL: property `publicClient`: `microsoft.graph.publicClientApplication`, nullable.
    pub public_client: rt::Field<crate::v1::PublicClientApplication>,
    /// CSDL: property `publisherDomain`: `Edm.String`, nullable.
    pub publisher_domain: rt::Field<::std::string::String>,
    /// CSDL: property `requestSignatureVerification`: `microsoft.graph.requestSignatureVerification`, nullable.
    pub request_signature_verification: rt::Field<
        crate::v1::RequestSignatureVerification,
    >,
    /// CSDL: property `requiredResourceAccess`: `Collection(microsoft.graph.requiredResourceAccess)`, not nullable.
    pub required_resource_access: rt::Field<
        ::std::vec::Vec<crate::v1::RequiredResourceAccess>,
    >,
    /// CSDL: property `samlMetadataUrl`: `Edm.String`, nullable.
    pub saml_metadata_url: rt::Field<::std::string::String>,
    /// CSDL: property `serviceManagementReference`: `Edm.String`, nullable.
    pub service_management_reference: rt::Field<::std::string::String>,
    /// CSDL: property `servicePrincipalLockConfiguration`: `microsoft.graph.servicePrincipalLockConfiguration`, nullable.
    pub service_principal_lock_configuration: rt::Field<
        crate::v1::ServicePrincipalLockConfiguration,
    >,
    /// CSDL: property `signInAudience`: `Edm.String`, nullable.
    pub sign_in_audience: rt::Field<::std::string::String>,
    /// CSDL: property `spa`: `microsoft.graph.spaApplication`, nullable.
    pub spa: rt::Field<crate::v1::SpaApplication>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, not nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `tokenEncryptionKeyId`: `Edm.Guid`, nullable.
    pub token_encryption_key_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `uniqueName`: `Edm.String`, nullable.
    pub unique_name: rt::Field<::std::string::String>,
    /// CSDL: property `verifiedPublisher`: `microsoft.graph.verifiedPublisher`, nullable.
    pub verified_publisher: rt::Field<crate::v1::VerifiedPublisher>,
    /// CSDL: property `web`: `microsoft.graph.webApplication`, nullable.
    pub web: rt::Field<crate::v1::WebApplication>,
    /// CSDL: navigation property `appManagementPolicies`: `Collection(microsoft.graph.appManagementPolicy)`, not nullable.
    pub app_management_policies: rt::Field<
        ::std::vec::Vec<crate::v1::AppManagementPolicy>,
    >,
    /// CSDL: navigation property `createdOnBehalfOf`: `microsoft.graph.directoryObject`, nullable.
    pub created_on_behalf_of: rt::Field<crate::v1::AnyDirectoryObject>,
    /// CSDL: containment navigation property `extensionProperties`: `Collection(microsoft.graph.extensionProperty)`, not nullable.
    pub extension_properties: rt::Field<::std::vec::Vec<crate::v1::ExtensionProperty>>,
    /// CSDL: containment navigation property `federatedIdentityCredentials`: `Collection(microsoft.graph.federatedIdentityCredential)`, not nullable.
    pub federated_identity_credentials: rt::Field<
        ::std::vec::Vec<crate::v1::FederatedIdentityCredential>,
    >,
    /// CSDL: navigation property `homeRealmDiscoveryPolicies`: `Collection(microsoft.graph.homeRealmDiscoveryPolicy)`, not nullable.
    pub home_realm_discovery_policies: rt::Field<
        ::std::vec::Vec<crate::v1::HomeRealmDiscoveryPolicy>,
    >,
    /// CSDL: navigation property `owners`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub owners: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// CSDL: containment navigation property `synchronization`: `microsoft.graph.synchronization`, nullable.
    pub synchronization: rt::Field<crate::v1::Synchronization>,
    /// CSDL: navigation property `tokenIssuancePolicies`: `Collection(microsoft.graph.tokenIssuancePolicy)`, not nullable.
    pub token_issuance_policies: rt::Field<
        ::std::vec::Vec<crate::v1::TokenIssuancePolicy>,
    >,
    /// CSDL: navigation property `tokenLifetimePolicies`: `Collection(microsoft.graph.tokenLifetimePolicy)`, not nullable.
    pub token_lifetime_policies: rt::Field<
        ::std::vec::Vec<crate::v1::TokenLifetimePolicy>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for Application {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            add_ins: rt::Field::Absent,
            api: rt::Field::Absent,
            app_id: rt::Field::Absent,
            application_template_id: rt::Field::Absent,
            app_roles: rt::Field::Absent,
            authentication_behaviors: rt::Field::Absent,
            certification: rt::Field::Absent,
            created_by_app_id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            default_redirect_uri: rt::Field::Absent,
            description: rt::Field::Absent,
            disabled_by_microsoft_status: rt::Field::Absent,
            display_name: rt::Field::Absent,
            group_membership_claims: rt::Field::Absent,
            identifier_uris: rt::Field::Absent,
            info: rt::Field::Absent,
            is_device_only_auth_supported: rt::Field::Absent,
            is_disabled: rt::Field::Absent,
            is_fallback_public_client: rt::Field::Absent,
            key_credentials: rt::Field::Absent,
            logo: rt::Field::Absent,
            manager_applications: rt::Field::Absent,
            native_authentication_apis_enabled: rt::Field::Absent,
            notes: rt::Field::Absent,
            oauth2_require_post_response: rt::Field::Absent,
            optional_claims: rt::Field::Absent,
            parental_control_settings: rt::Field::Absent,
            password_credentials: rt::Field::Absent,
            public_client: rt::Field::Absent,
            publisher_domain: rt::Field::Absent,
            request_signature_verification: rt::Field::Absent,
            required_resource_access: rt::Field::Absent,
            saml_metadata_url: rt::Field::Absent,
            service_management_reference: rt::Field::Absent,
            service_principal_lock_configuration: rt::Field::Absent,
            sign_in_audience: rt::Field::Absent,
            spa: rt::Field::Absent,
            tags: rt::Field::Absent,
            token_encryption_key_id: rt::Field::Absent,
            unique_name: rt::Field::Absent,
            verified_publisher: rt::Field::Absent,
            web: rt::Field::Absent,
            app_management_policies: rt::Field::Absent,
            created_on_behalf_of: rt::Field::Absent,
            extension_properties: rt::Field::Absent,
            federated_identity_credentials: rt::Field::Absent,
            home_realm_discovery_policies: rt::Field::Absent,
            owners: rt::Field::Absent,
            synchronization: rt::Field::Absent,
            token_issuance_policies: rt::Field::Absent,
            token_lifetime_policies: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for Application {
    const TYPE_NAME: &'static str = "microsoft.graph.application";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "addIns",
        "api",
        "appId",
        "applicationTemplateId",
        "appRoles",
        "authenticationBehaviors",
        "certification",
        "createdByAppId",
        "createdDateTime",
        "defaultRedirectUri",
        "description",
        "disabledByMicrosoftStatus",
        "displayName",
        "groupMembershipClaims",
        "identifierUris",
        "info",
        "isDeviceOnlyAuthSupported",
        "isDisabled",
        "isFallbackPublicClient",
        "keyCredentials",
        "logo",
        "managerApplications",
        "nativeAuthenticationApisEnabled",
        "notes",
        "oauth2RequirePostResponse",
        "optionalClaims",
        "parentalControlSettings",
        "passwordCredentials",
        "publicClient",
        "publisherDomain",
        "requestSignatureVerification",
        "requiredResourceAccess",
        "samlMetadataUrl",
        "serviceManagementReference",
        "servicePrincipalLockConfiguration",
        "signInAudience",
        "spa",
        "tags",
        "tokenEncryptionKeyId",
        "uniqueName",
        "verifiedPublisher",
        "web",
        "appManagementPolicies",
        "createdOnBehalfOf",
        "extensionProperties",
        "federatedIdentityCredentials",
        "homeRealmDiscoveryPolicies",
        "owners",
        "synchronization",
        "tokenIssuancePolicies",
        "tokenLifetimePolicies",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"addIns\":                       ",
        ",\"api\":                          ",
        ",\"appId\":                        ",
        ",\"applicationTemplateId\":        ",
        ",\"appRoles\":                     ",
        ",\"authenticationBehaviors\":      ",
        ",\"certification\":                ",
        ",\"createdByAppId\":               ",
        ",\"createdDateTime\":              ",
        ",\"defaultRedirectUri\":           ",
        ",\"description\":                  ",
        ",\"disabledByMicrosoftStatus\":    ",
        ",\"displayName\":                  ",
        ",\"groupMembershipClaims\":        ",
        ",\"identifierUris\":               ",
        ",\"info\":                         ",
        ",\"isDeviceOnlyAuthSupported\":    ",
        ",\"isDisabled\":                   ",
        ",\"isFallbackPublicClient\":       ",
        ",\"keyCredentials\":               ",
        ",\"logo\":                         ",
        ",\"managerApplications\":          ",
        ",\"nativeAuthenticationApisEnabled\":",
        ",\"notes\":                        ",
        ",\"oauth2RequirePostResponse\":    ",
        ",\"optionalClaims\":               ",
        ",\"parentalControlSettings\":      ",
        ",\"passwordCredentials\":          ",
        ",\"publicClient\":                 ",
        ",\"publisherDomain\":              ",
        ",\"requestSignatureVerification\": ",
        ",\"requiredResourceAccess\":       ",
        ",\"samlMetadataUrl\":              ",
        ",\"serviceManagementReference\":   ",
        ",\"servicePrincipalLockConfiguration\":",
        ",\"signInAudience\":               ",
        ",\"spa\":                          ",
        ",\"tags\":                         ",
        ",\"tokenEncryptionKeyId\":         ",
        ",\"uniqueName\":                   ",
        ",\"verifiedPublisher\":            ",
        ",\"web\":                          ",
        ",\"appManagementPolicies\":        ",
        ",\"createdOnBehalfOf\":            ",
        ",\"extensionProperties\":          ",
        ",\"federatedIdentityCredentials\": ",
        ",\"homeRealmDiscoveryPolicies\":   ",
        ",\"owners\":                       ",
        ",\"synchronization\":              ",
        ",\"tokenIssuancePolicies\":        ",
        ",\"tokenLifetimePolicies\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.application\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "add_ins", &self.add_ins);
        v.field(3usize, "api", &self.api);
        v.field(4usize, "app_id", &self.app_id);
        v.field(5usize, "application_template_id", &self.application_template_id);
        v.field(6usize, "app_roles", &self.app_roles);
        v.field(7usize, "authentication_behaviors", &self.authentication_behaviors);
        v.field(8usize, "certification", &self.certification);
        v.field(9usize, "created_by_app_id", &self.created_by_app_id);
        v.field(10usize, "created_date_time", &self.created_date_time);
        v.field(11usize, "default_redirect_uri", &self.default_redirect_uri);
        v.field(12usize, "description", &self.description);
        v.field(
            13usize,
            "disabled_by_microsoft_status",
            &self.disabled_by_microsoft_status,
        );
        v.field(14usize, "display_name", &self.display_name);
        v.field(15usize, "group_membership_claims", &self.group_membership_claims);
        v.field(16usize, "identifier_uris", &self.identifier_uris);
        v.field(17usize, "info", &self.info);
        v.field(
            18usize,
            "is_device_only_auth_supported",
            &self.is_device_only_auth_supported,
        );
        v.field(19usize, "is_disabled", &self.is_disabled);
        v.field(20usize, "is_fallback_public_client", &self.is_fallback_public_client);
        v.field(21usize, "key_credentials", &self.key_credentials);
        v.field(22usize, "logo", &self.logo);
        v.field(23usize, "manager_applications", &self.manager_applications);
        v.field(
            24usize,
            "native_authentication_apis_enabled",
            &self.native_authentication_apis_enabled,
        );
        v.field(25usize, "notes", &self.notes);
        v.field(
            26usize,
            "oauth2_require_post_response",
            &self.oauth2_require_post_response,
        );
        v.field(27usize, "optional_claims", &self.optional_claims);
        v.field(28usize, "parental_control_settings", &self.parental_control_settings);
        v.field(29usize, "password_credentials", &self.password_credentials);
        v.field(30usize, "public_client", &self.public_client);
        v.field(31usize, "publisher_domain", &self.publisher_domain);
        v.field(
            32usize,
            "request_signature_verification",
            &self.request_signature_verification,
        );
        v.field(33usize, "required_resource_access", &self.required_resource_access);
        v.field(34usize, "saml_metadata_url", &self.saml_metadata_url);
        v.field(
            35usize,
            "service_management_reference",
            &self.service_management_reference,
        );
        v.field(
            36usize,
            "service_principal_lock_configuration",
            &self.service_principal_lock_configuration,
        );
        v.field(37usize, "sign_in_audience", &self.sign_in_audience);
        v.field(38usize, "spa", &self.spa);
        v.field(39usize, "tags", &self.tags);
        v.field(40usize, "token_encryption_key_id", &self.token_encryption_key_id);
        v.field(41usize, "unique_name", &self.unique_name);
        v.field(42usize, "verified_publisher", &self.verified_publisher);
        v.field(43usize, "web", &self.web);
        v.field(44usize, "app_management_policies", &self.app_management_policies);
        v.field(45usize, "created_on_behalf_of", &self.created_on_behalf_of);
        v.field(46usize, "extension_properties", &self.extension_properties);
        v.field(
            47usize,
            "federated_identity_credentials",
            &self.federated_identity_credentials,
        );
        v.field(
            48usize,
            "home_realm_discovery_policies",
            &self.home_realm_discovery_policies,
        );
        v.field(49usize, "owners", &self.owners);
        v.field(50usize, "synchronization", &self.synchronization);
        v.field(51usize, "token_issuance_policies", &self.token_issuance_policies);
        v.field(52usize, "token_lifetime_policies", &self.token_lifetime_policies);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for Application {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.add_ins.read_from(r),
            3usize => self.api.read_from(r),
            4usize => self.app_id.read_from(r),
            5usize => self.application_template_id.read_from(r),
            6usize => self.app_roles.read_from(r),
            7usize => self.authentication_behaviors.read_from(r),
            8usize => self.certification.read_from(r),
            9usize => self.created_by_app_id.read_from(r),
            10usize => self.created_date_time.read_from(r),
            11usize => self.default_redirect_uri.read_from(r),
            12usize => self.description.read_from(r),
            13usize => self.disabled_by_microsoft_status.read_from(r),
            14usize => self.display_name.read_from(r),
            15usize => self.group_membership_claims.read_from(r),
            16usize => self.identifier_uris.read_from(r),
            17usize => self.info.read_from(r),
            18usize => self.is_device_only_auth_supported.read_from(r),
            19usize => self.is_disabled.read_from(r),
            20usize => self.is_fallback_public_client.read_from(r),
            21usize => self.key_credentials.read_from(r),
            22usize => self.logo.read_from(r),
            23usize => self.manager_applications.read_from(r),
            24usize => self.native_authentication_apis_enabled.read_from(r),
            25usize => self.notes.read_from(r),
            26usize => self.oauth2_require_post_response.read_from(r),
            27usize => self.optional_claims.read_from(r),
            28usize => self.parental_control_settings.read_from(r),
            29usize => self.password_credentials.read_from(r),
            30usize => self.public_client.read_from(r),
            31usize => self.publisher_domain.read_from(r),
            32usize => self.request_signature_verification.read_from(r),
            33usize => self.required_resource_access.read_from(r),
            34usize => self.saml_metadata_url.read_from(r),
            35usize => self.service_management_reference.read_from(r),
            36usize => self.service_principal_lock_configuration.read_from(r),
            37usize => self.sign_in_audience.read_from(r),
            38usize => self.spa.read_from(r),
            39usize => self.tags.read_from(r),
            40usize => self.token_encryption_key_id.read_from(r),
            41usize => self.unique_name.read_from(r),
            42usize => self.verified_publisher.read_from(r),
            43usize => self.web.read_from(r),
            44usize => self.app_management_policies.read_from(r),
            45usize => self.created_on_behalf_of.read_from(r),
            46usize => self.extension_properties.read_from(r),
            47usize => self.federated_identity_credentials.read_from(r),
            48usize => self.home_realm_discovery_policies.read_from(r),
            49usize => self.owners.read_from(r),
            50usize => self.synchronization.read_from(r),
            51usize => self.token_issuance_policies.read_from(r),
            52usize => self.token_lifetime_policies.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.add_ins);
        w.field(3usize, &self.api);
        w.field(4usize, &self.app_id);
        w.field(5usize, &self.application_template_id);
        w.field(6usize, &self.app_roles);
        w.field(7usize, &self.authentication_behaviors);
        w.field(8usize, &self.certification);
        w.field(9usize, &self.created_by_app_id);
        w.field(10usize, &self.created_date_time);
        w.field(11usize, &self.default_redirect_uri);
        w.field(12usize, &self.description);
        w.field(13usize, &self.disabled_by_microsoft_status);
        w.field(14usize, &self.display_name);
        w.field(15usize, &self.group_membership_claims);
        w.field(16usize, &self.identifier_uris);
        w.field(17usize, &self.info);
        w.field(18usize, &self.is_device_only_auth_supported);
        w.field(19usize, &self.is_disabled);
        w.field(20usize, &self.is_fallback_public_client);
        w.field(21usize, &self.key_credentials);
        w.field(22usize, &self.logo);
        w.field(23usize, &self.manager_applications);
        w.field(24usize, &self.native_authentication_apis_enabled);
        w.field(25usize, &self.notes);
        w.field(26usize, &self.oauth2_require_post_response);
        w.field(27usize, &self.optional_claims);
        w.field(28usize, &self.parental_control_settings);
        w.field(29usize, &self.password_credentials);
        w.field(30usize, &self.public_client);
        w.field(31usize, &self.publisher_domain);
        w.field(32usize, &self.request_signature_verification);
        w.field(33usize, &self.required_resource_access);
        w.field(34usize, &self.saml_metadata_url);
        w.field(35usize, &self.service_management_reference);
        w.field(36usize, &self.service_principal_lock_configuration);
        w.field(37usize, &self.sign_in_audience);
        w.field(38usize, &self.spa);
        w.field(39usize, &self.tags);
        w.field(40usize, &self.token_encryption_key_id);
        w.field(41usize, &self.unique_name);
        w.field(42usize, &self.verified_publisher);
        w.field(43usize, &self.web);
        w.field(44usize, &self.app_management_policies);
        w.field(45usize, &self.created_on_behalf_of);
        w.field(46usize, &self.extension_properties);
        w.field(47usize, &self.federated_identity_credentials);
        w.field(48usize, &self.home_realm_discovery_policies);
        w.field(49usize, &self.owners);
        w.field(50usize, &self.synchronization);
        w.field(51usize, &self.token_issuance_policies);
        w.field(52usize, &self.token_lifetime_policies);
    }
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
rt::impl_object!(Application);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    Application { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_add_ins add_ins : ::std::vec::Vec <
    crate ::v1::AddIn >; with_api api : crate ::v1::ApiApplication; with_app_id app_id :
    ::std::string::String; with_application_template_id application_template_id :
    ::std::string::String; with_app_roles app_roles : ::std::vec::Vec < crate
    ::v1::AppRole >; with_authentication_behaviors authentication_behaviors : crate
    ::v1::AuthenticationBehaviors; with_certification certification : crate
    ::v1::Certification; with_created_by_app_id created_by_app_id :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_default_redirect_uri default_redirect_uri :
    ::std::string::String; with_description description : ::std::string::String;
    with_disabled_by_microsoft_status disabled_by_microsoft_status :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_group_membership_claims group_membership_claims : ::std::string::String;
    with_identifier_uris identifier_uris : ::std::vec::Vec < ::std::string::String >;
    with_info info : crate ::v1::InformationalUrl; with_is_device_only_auth_supported
    is_device_only_auth_supported : bool; with_is_disabled is_disabled : bool;
    with_is_fallback_public_client is_fallback_public_client : bool; with_key_credentials
    key_credentials : ::std::vec::Vec < crate ::v1::KeyCredential >; with_logo logo :
    rt::RawJson; with_manager_applications manager_applications : ::std::vec::Vec <
    rt::edm::Guid >; with_native_authentication_apis_enabled
    native_authentication_apis_enabled : rt::Flags < crate
    ::v1::NativeAuthenticationApisEnabled >; with_notes notes : ::std::string::String;
    with_oauth2_require_post_response oauth2_require_post_response : bool;
    with_optional_claims optional_claims : crate ::v1::OptionalClaims;
    with_parental_control_settings parental_control_settings : crate
    ::v1::ParentalControlSettings; with_password_credentials password_credentials :
    ::std::vec::Vec < crate ::v1::PasswordCredential >; with_public_client public_client
    : crate ::v1::PublicClientApplication; with_publisher_domain publisher_domain :
    ::std::string::String; with_request_signature_verification
    request_signature_verification : crate ::v1::RequestSignatureVerification;
    with_required_resource_access required_resource_access : ::std::vec::Vec < crate
    ::v1::RequiredResourceAccess >; with_saml_metadata_url saml_metadata_url :
    ::std::string::String; with_service_management_reference service_management_reference
    : ::std::string::String; with_service_principal_lock_configuration
    service_principal_lock_configuration : crate ::v1::ServicePrincipalLockConfiguration;
    with_sign_in_audience sign_in_audience : ::std::string::String; with_spa spa : crate
    ::v1::SpaApplication; with_tags tags : ::std::vec::Vec < ::std::string::String >;
    with_token_encryption_key_id token_encryption_key_id : rt::edm::Guid;
    with_unique_name unique_name : ::std::string::String; with_verified_publisher
    verified_publisher : crate ::v1::VerifiedPublisher; with_web web : crate
    ::v1::WebApplication; with_app_management_policies app_management_policies :
    ::std::vec::Vec < crate ::v1::AppManagementPolicy >; with_created_on_behalf_of
    created_on_behalf_of : crate ::v1::AnyDirectoryObject; with_extension_properties
    extension_properties : ::std::vec::Vec < crate ::v1::ExtensionProperty >;
    with_federated_identity_credentials federated_identity_credentials : ::std::vec::Vec
    < crate ::v1::FederatedIdentityCredential >; with_home_realm_discovery_policies
    home_realm_discovery_policies : ::std::vec::Vec < crate
    ::v1::HomeRealmDiscoveryPolicy >; with_owners owners : ::std::vec::Vec < crate
    ::v1::AnyDirectoryObject >; with_synchronization synchronization : crate
    ::v1::Synchronization; with_token_issuance_policies token_issuance_policies :
    ::std::vec::Vec < crate ::v1::TokenIssuancePolicy >; with_token_lifetime_policies
    token_lifetime_policies : ::std::vec::Vec < crate ::v1::TokenLifetimePolicy >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Application);
#[cfg(msgraph_v1_core)]
/// `microsoft.graph.application` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyApplication {
    Application(::std::boxed::Box<crate::v1::Application>),
    AgentIdentityBlueprint(::std::boxed::Box<crate::v1::AgentIdentityBlueprint>),
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AnyApplication {
    #[inline]
    fn default() -> Self {
        Self::Application(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Application> for AnyApplication {
    #[inline]
    fn from(v: crate::v1::Application) -> Self {
        Self::Application(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AgentIdentityBlueprint> for AnyApplication {
    #[inline]
    fn from(v: crate::v1::AgentIdentityBlueprint) -> Self {
        Self::AgentIdentityBlueprint(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Send for AnyApplication {}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Sync for AnyApplication {}
#[cfg(msgraph_v1_core)]
impl ::std::marker::Unpin for AnyApplication {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::UnwindSafe for AnyApplication {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::RefUnwindSafe for AnyApplication {}
#[cfg(msgraph_v1_core)]
const _: () = {
    rt::object::auto_traits::<crate::v1::Application>();
    rt::object::auto_traits::<crate::v1::AgentIdentityBlueprint>();
};
#[cfg(msgraph_v1_core)]
impl rt::Poly for AnyApplication {
    const BASE_NAME: &'static str = "microsoft.graph.application";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.agentIdentityBlueprint") => {
                Self::AgentIdentityBlueprint(rt::object::new_boxed())
            }
            _ => Self::Application(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::Application(v) => &**v,
            Self::AgentIdentityBlueprint(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::Application(v) => &mut **v,
            Self::AgentIdentityBlueprint(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core)]
impl AnyApplication {
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
            Self::Application(v) => &v.id,
            Self::AgentIdentityBlueprint(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &mut v.id,
            Self::AgentIdentityBlueprint(v) => &mut v.id,
        }
    }
    /// `deletedDateTime` of any variant.
    #[inline]
    pub fn deleted_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Application(v) => &v.deleted_date_time,
            Self::AgentIdentityBlueprint(v) => &v.deleted_date_time,
        }
    }
    /// `deletedDateTime` of any variant.
    #[inline]
    pub fn deleted_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Application(v) => &mut v.deleted_date_time,
            Self::AgentIdentityBlueprint(v) => &mut v.deleted_date_time,
        }
    }
    /// `addIns` of any variant.
    #[inline]
    pub fn add_ins(&self) -> &rt::Field<::std::vec::Vec<crate::v1::AddIn>> {
        match self {
            Self::Application(v) => &v.add_ins,
            Self::AgentIdentityBlueprint(v) => &v.add_ins,
        }
    }
    /// `addIns` of any variant.
    #[inline]
    pub fn add_ins_mut(&mut self) -> &mut rt::Field<::std::vec::Vec<crate::v1::AddIn>> {
        match self {
            Self::Application(v) => &mut v.add_ins,
            Self::AgentIdentityBlueprint(v) => &mut v.add_ins,
        }
    }
    /// `api` of any variant.
    #[inline]
    pub fn api(&self) -> &rt::Field<crate::v1::ApiApplication> {
        match self {
            Self::Application(v) => &v.api,
            Self::AgentIdentityBlueprint(v) => &v.api,
        }
    }
    /// `api` of any variant.
    #[inline]
    pub fn api_mut(&mut self) -> &mut rt::Field<crate::v1::ApiApplication> {
        match self {
            Self::Application(v) => &mut v.api,
            Self::AgentIdentityBlueprint(v) => &mut v.api,
        }
    }
    /// `appId` of any variant.
    #[inline]
    pub fn app_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &v.app_id,
            Self::AgentIdentityBlueprint(v) => &v.app_id,
        }
    }
    /// `appId` of any variant.
    #[inline]
    pub fn app_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &mut v.app_id,
            Self::AgentIdentityBlueprint(v) => &mut v.app_id,
        }
    }
    /// `applicationTemplateId` of any variant.
    #[inline]
    pub fn application_template_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &v.application_template_id,
            Self::AgentIdentityBlueprint(v) => &v.application_template_id,
        }
    }
    /// `applicationTemplateId` of any variant.
    #[inline]
    pub fn application_template_id_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &mut v.application_template_id,
            Self::AgentIdentityBlueprint(v) => &mut v.application_template_id,
        }
    }
    /// `appRoles` of any variant.
    #[inline]
    pub fn app_roles(&self) -> &rt::Field<::std::vec::Vec<crate::v1::AppRole>> {
        match self {
            Self::Application(v) => &v.app_roles,
            Self::AgentIdentityBlueprint(v) => &v.app_roles,
        }
    }
    /// `appRoles` of any variant.
    #[inline]
    pub fn app_roles_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AppRole>> {
        match self {
            Self::Application(v) => &mut v.app_roles,
            Self::AgentIdentityBlueprint(v) => &mut v.app_roles,
        }
    }
    /// `authenticationBehaviors` of any variant.
    #[inline]
    pub fn authentication_behaviors(
        &self,
    ) -> &rt::Field<crate::v1::AuthenticationBehaviors> {
        match self {
            Self::Application(v) => &v.authentication_behaviors,
            Self::AgentIdentityBlueprint(v) => &v.authentication_behaviors,
        }
    }
    /// `authenticationBehaviors` of any variant.
    #[inline]
    pub fn authentication_behaviors_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::AuthenticationBehaviors> {
        match self {
            Self::Application(v) => &mut v.authentication_behaviors,
            Self::AgentIdentityBlueprint(v) => &mut v.authentication_behaviors,
        }
    }
    /// `certification` of any variant.
    #[inline]
    pub fn certification(&self) -> &rt::Field<crate::v1::Certification> {
        match self {
            Self::Application(v) => &v.certification,
            Self::AgentIdentityBlueprint(v) => &v.certification,
        }
    }
    /// `certification` of any variant.
    #[inline]
    pub fn certification_mut(&mut self) -> &mut rt::Field<crate::v1::Certification> {
        match self {
            Self::Application(v) => &mut v.certification,
            Self::AgentIdentityBlueprint(v) => &mut v.certification,
        }
    }
    /// `createdByAppId` of any variant.
    #[inline]
    pub fn created_by_app_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &v.created_by_app_id,
            Self::AgentIdentityBlueprint(v) => &v.created_by_app_id,
        }
    }
    /// `createdByAppId` of any variant.
    #[inline]
    pub fn created_by_app_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &mut v.created_by_app_id,
            Self::AgentIdentityBlueprint(v) => &mut v.created_by_app_id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Application(v) => &v.created_date_time,
            Self::AgentIdentityBlueprint(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Application(v) => &mut v.created_date_time,
            Self::AgentIdentityBlueprint(v) => &mut v.created_date_time,
        }
    }
    /// `defaultRedirectUri` of any variant.
    #[inline]
    pub fn default_redirect_uri(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &v.default_redirect_uri,
            Self::AgentIdentityBlueprint(v) => &v.default_redirect_uri,
        }
    }
    /// `defaultRedirectUri` of any variant.
    #[inline]
    pub fn default_redirect_uri_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &mut v.default_redirect_uri,
            Self::AgentIdentityBlueprint(v) => &mut v.default_redirect_uri,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &v.description,
            Self::AgentIdentityBlueprint(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &mut v.description,
            Self::AgentIdentityBlueprint(v) => &mut v.description,
        }
    }
    /// `disabledByMicrosoftStatus` of any variant.
    #[inline]
    pub fn disabled_by_microsoft_status(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &v.disabled_by_microsoft_status,
            Self::AgentIdentityBlueprint(v) => &v.disabled_by_microsoft_status,
        }
    }
    /// `disabledByMicrosoftStatus` of any variant.
    #[inline]
    pub fn disabled_by_microsoft_status_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &mut v.disabled_by_microsoft_status,
            Self::AgentIdentityBlueprint(v) => &mut v.disabled_by_microsoft_status,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &v.display_name,
            Self::AgentIdentityBlueprint(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &mut v.display_name,
            Self::AgentIdentityBlueprint(v) => &mut v.display_name,
        }
    }
    /// `groupMembershipClaims` of any variant.
    #[inline]
    pub fn group_membership_claims(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &v.group_membership_claims,
            Self::AgentIdentityBlueprint(v) => &v.group_membership_claims,
        }
    }
    /// `groupMembershipClaims` of any variant.
    #[inline]
    pub fn group_membership_claims_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &mut v.group_membership_claims,
            Self::AgentIdentityBlueprint(v) => &mut v.group_membership_claims,
        }
    }
    /// `identifierUris` of any variant.
    #[inline]
    pub fn identifier_uris(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::Application(v) => &v.identifier_uris,
            Self::AgentIdentityBlueprint(v) => &v.identifier_uris,
        }
    }
    /// `identifierUris` of any variant.
    #[inline]
    pub fn identifier_uris_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::Application(v) => &mut v.identifier_uris,
            Self::AgentIdentityBlueprint(v) => &mut v.identifier_uris,
        }
    }
    /// `info` of any variant.
    #[inline]
    pub fn info(&self) -> &rt::Field<crate::v1::InformationalUrl> {
        match self {
            Self::Application(v) => &v.info,
            Self::AgentIdentityBlueprint(v) => &v.info,
        }
    }
    /// `info` of any variant.
    #[inline]
    pub fn info_mut(&mut self) -> &mut rt::Field<crate::v1::InformationalUrl> {
        match self {
            Self::Application(v) => &mut v.info,
            Self::AgentIdentityBlueprint(v) => &mut v.info,
        }
    }
    /// `isDeviceOnlyAuthSupported` of any variant.
    #[inline]
    pub fn is_device_only_auth_supported(&self) -> &rt::Field<bool> {
        match self {
            Self::Application(v) => &v.is_device_only_auth_supported,
            Self::AgentIdentityBlueprint(v) => &v.is_device_only_auth_supported,
        }
    }
    /// `isDeviceOnlyAuthSupported` of any variant.
    #[inline]
    pub fn is_device_only_auth_supported_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::Application(v) => &mut v.is_device_only_auth_supported,
            Self::AgentIdentityBlueprint(v) => &mut v.is_device_only_auth_supported,
        }
    }
    /// `isDisabled` of any variant.
    #[inline]
    pub fn is_disabled(&self) -> &rt::Field<bool> {
        match self {
            Self::Application(v) => &v.is_disabled,
            Self::AgentIdentityBlueprint(v) => &v.is_disabled,
        }
    }
    /// `isDisabled` of any variant.
    #[inline]
    pub fn is_disabled_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::Application(v) => &mut v.is_disabled,
            Self::AgentIdentityBlueprint(v) => &mut v.is_disabled,
        }
    }
    /// `isFallbackPublicClient` of any variant.
    #[inline]
    pub fn is_fallback_public_client(&self) -> &rt::Field<bool> {
        match self {
            Self::Application(v) => &v.is_fallback_public_client,
            Self::AgentIdentityBlueprint(v) => &v.is_fallback_public_client,
        }
    }
    /// `isFallbackPublicClient` of any variant.
    #[inline]
    pub fn is_fallback_public_client_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::Application(v) => &mut v.is_fallback_public_client,
            Self::AgentIdentityBlueprint(v) => &mut v.is_fallback_public_client,
        }
    }
    /// `keyCredentials` of any variant.
    #[inline]
    pub fn key_credentials(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::KeyCredential>> {
        match self {
            Self::Application(v) => &v.key_credentials,
            Self::AgentIdentityBlueprint(v) => &v.key_credentials,
        }
    }
    /// `keyCredentials` of any variant.
    #[inline]
    pub fn key_credentials_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::KeyCredential>> {
        match self {
            Self::Application(v) => &mut v.key_credentials,
            Self::AgentIdentityBlueprint(v) => &mut v.key_credentials,
        }
    }
    /// `logo` of any variant.
    #[inline]
    pub fn logo(&self) -> &rt::Field<rt::RawJson> {
        match self {
            Self::Application(v) => &v.logo,
            Self::AgentIdentityBlueprint(v) => &v.logo,
        }
    }
    /// `logo` of any variant.
    #[inline]
    pub fn logo_mut(&mut self) -> &mut rt::Field<rt::RawJson> {
        match self {
            Self::Application(v) => &mut v.logo,
            Self::AgentIdentityBlueprint(v) => &mut v.logo,
        }
    }
    /// `managerApplications` of any variant.
    #[inline]
    pub fn manager_applications(&self) -> &rt::Field<::std::vec::Vec<rt::edm::Guid>> {
        match self {
            Self::Application(v) => &v.manager_applications,
            Self::AgentIdentityBlueprint(v) => &v.manager_applications,
        }
    }
    /// `managerApplications` of any variant.
    #[inline]
    pub fn manager_applications_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<rt::edm::Guid>> {
        match self {
            Self::Application(v) => &mut v.manager_applications,
            Self::AgentIdentityBlueprint(v) => &mut v.manager_applications,
        }
    }
    /// `nativeAuthenticationApisEnabled` of any variant.
    #[inline]
    pub fn native_authentication_apis_enabled(
        &self,
    ) -> &rt::Field<rt::Flags<crate::v1::NativeAuthenticationApisEnabled>> {
        match self {
            Self::Application(v) => &v.native_authentication_apis_enabled,
            Self::AgentIdentityBlueprint(v) => &v.native_authentication_apis_enabled,
        }
    }
    /// `nativeAuthenticationApisEnabled` of any variant.
    #[inline]
    pub fn native_authentication_apis_enabled_mut(
        &mut self,
    ) -> &mut rt::Field<rt::Flags<crate::v1::NativeAuthenticationApisEnabled>> {
        match self {
            Self::Application(v) => &mut v.native_authentication_apis_enabled,
            Self::AgentIdentityBlueprint(v) => &mut v.native_authentication_apis_enabled,
        }
    }
    /// `notes` of any variant.
    #[inline]
    pub fn notes(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &v.notes,
            Self::AgentIdentityBlueprint(v) => &v.notes,
        }
    }
    /// `notes` of any variant.
    #[inline]
    pub fn notes_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &mut v.notes,
            Self::AgentIdentityBlueprint(v) => &mut v.notes,
        }
    }
    /// `oauth2RequirePostResponse` of any variant.
    #[inline]
    pub fn oauth2_require_post_response(&self) -> &rt::Field<bool> {
        match self {
            Self::Application(v) => &v.oauth2_require_post_response,
            Self::AgentIdentityBlueprint(v) => &v.oauth2_require_post_response,
        }
    }
    /// `oauth2RequirePostResponse` of any variant.
    #[inline]
    pub fn oauth2_require_post_response_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::Application(v) => &mut v.oauth2_require_post_response,
            Self::AgentIdentityBlueprint(v) => &mut v.oauth2_require_post_response,
        }
    }
    /// `optionalClaims` of any variant.
    #[inline]
    pub fn optional_claims(&self) -> &rt::Field<crate::v1::OptionalClaims> {
        match self {
            Self::Application(v) => &v.optional_claims,
            Self::AgentIdentityBlueprint(v) => &v.optional_claims,
        }
    }
    /// `optionalClaims` of any variant.
    #[inline]
    pub fn optional_claims_mut(&mut self) -> &mut rt::Field<crate::v1::OptionalClaims> {
        match self {
            Self::Application(v) => &mut v.optional_claims,
            Self::AgentIdentityBlueprint(v) => &mut v.optional_claims,
        }
    }
    /// `parentalControlSettings` of any variant.
    #[inline]
    pub fn parental_control_settings(
        &self,
    ) -> &rt::Field<crate::v1::ParentalControlSettings> {
        match self {
            Self::Application(v) => &v.parental_control_settings,
            Self::AgentIdentityBlueprint(v) => &v.parental_control_settings,
        }
    }
    /// `parentalControlSettings` of any variant.
    #[inline]
    pub fn parental_control_settings_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::ParentalControlSettings> {
        match self {
            Self::Application(v) => &mut v.parental_control_settings,
            Self::AgentIdentityBlueprint(v) => &mut v.parental_control_settings,
        }
    }
    /// `passwordCredentials` of any variant.
    #[inline]
    pub fn password_credentials(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::PasswordCredential>> {
        match self {
            Self::Application(v) => &v.password_credentials,
            Self::AgentIdentityBlueprint(v) => &v.password_credentials,
        }
    }
    /// `passwordCredentials` of any variant.
    #[inline]
    pub fn password_credentials_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::PasswordCredential>> {
        match self {
            Self::Application(v) => &mut v.password_credentials,
            Self::AgentIdentityBlueprint(v) => &mut v.password_credentials,
        }
    }
    /// `publicClient` of any variant.
    #[inline]
    pub fn public_client(&self) -> &rt::Field<crate::v1::PublicClientApplication> {
        match self {
            Self::Application(v) => &v.public_client,
            Self::AgentIdentityBlueprint(v) => &v.public_client,
        }
    }
    /// `publicClient` of any variant.
    #[inline]
    pub fn public_client_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::PublicClientApplication> {
        match self {
            Self::Application(v) => &mut v.public_client,
            Self::AgentIdentityBlueprint(v) => &mut v.public_client,
        }
    }
    /// `publisherDomain` of any variant.
    #[inline]
    pub fn publisher_domain(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &v.publisher_domain,
            Self::AgentIdentityBlueprint(v) => &v.publisher_domain,
        }
    }
    /// `publisherDomain` of any variant.
    #[inline]
    pub fn publisher_domain_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &mut v.publisher_domain,
            Self::AgentIdentityBlueprint(v) => &mut v.publisher_domain,
        }
    }
    /// `requestSignatureVerification` of any variant.
    #[inline]
    pub fn request_signature_verification(
        &self,
    ) -> &rt::Field<crate::v1::RequestSignatureVerification> {
        match self {
            Self::Application(v) => &v.request_signature_verification,
            Self::AgentIdentityBlueprint(v) => &v.request_signature_verification,
        }
    }
    /// `requestSignatureVerification` of any variant.
    #[inline]
    pub fn request_signature_verification_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::RequestSignatureVerification> {
        match self {
            Self::Application(v) => &mut v.request_signature_verification,
            Self::AgentIdentityBlueprint(v) => &mut v.request_signature_verification,
        }
    }
    /// `requiredResourceAccess` of any variant.
    #[inline]
    pub fn required_resource_access(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::RequiredResourceAccess>> {
        match self {
            Self::Application(v) => &v.required_resource_access,
            Self::AgentIdentityBlueprint(v) => &v.required_resource_access,
        }
    }
    /// `requiredResourceAccess` of any variant.
    #[inline]
    pub fn required_resource_access_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::RequiredResourceAccess>> {
        match self {
            Self::Application(v) => &mut v.required_resource_access,
            Self::AgentIdentityBlueprint(v) => &mut v.required_resource_access,
        }
    }
    /// `samlMetadataUrl` of any variant.
    #[inline]
    pub fn saml_metadata_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &v.saml_metadata_url,
            Self::AgentIdentityBlueprint(v) => &v.saml_metadata_url,
        }
    }
    /// `samlMetadataUrl` of any variant.
    #[inline]
    pub fn saml_metadata_url_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &mut v.saml_metadata_url,
            Self::AgentIdentityBlueprint(v) => &mut v.saml_metadata_url,
        }
    }
    /// `serviceManagementReference` of any variant.
    #[inline]
    pub fn service_management_reference(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &v.service_management_reference,
            Self::AgentIdentityBlueprint(v) => &v.service_management_reference,
        }
    }
    /// `serviceManagementReference` of any variant.
    #[inline]
    pub fn service_management_reference_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &mut v.service_management_reference,
            Self::AgentIdentityBlueprint(v) => &mut v.service_management_reference,
        }
    }
    /// `servicePrincipalLockConfiguration` of any variant.
    #[inline]
    pub fn service_principal_lock_configuration(
        &self,
    ) -> &rt::Field<crate::v1::ServicePrincipalLockConfiguration> {
        match self {
            Self::Application(v) => &v.service_principal_lock_configuration,
            Self::AgentIdentityBlueprint(v) => &v.service_principal_lock_configuration,
        }
    }
    /// `servicePrincipalLockConfiguration` of any variant.
    #[inline]
    pub fn service_principal_lock_configuration_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::ServicePrincipalLockConfiguration> {
        match self {
            Self::Application(v) => &mut v.service_principal_lock_configuration,
            Self::AgentIdentityBlueprint(v) => {
                &mut v.service_principal_lock_configuration
            }
        }
    }
    /// `signInAudience` of any variant.
    #[inline]
    pub fn sign_in_audience(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &v.sign_in_audience,
            Self::AgentIdentityBlueprint(v) => &v.sign_in_audience,
        }
    }
    /// `signInAudience` of any variant.
    #[inline]
    pub fn sign_in_audience_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &mut v.sign_in_audience,
            Self::AgentIdentityBlueprint(v) => &mut v.sign_in_audience,
        }
    }
    /// `spa` of any variant.
    #[inline]
    pub fn spa(&self) -> &rt::Field<crate::v1::SpaApplication> {
        match self {
            Self::Application(v) => &v.spa,
            Self::AgentIdentityBlueprint(v) => &v.spa,
        }
    }
    /// `spa` of any variant.
    #[inline]
    pub fn spa_mut(&mut self) -> &mut rt::Field<crate::v1::SpaApplication> {
        match self {
            Self::Application(v) => &mut v.spa,
            Self::AgentIdentityBlueprint(v) => &mut v.spa,
        }
    }
    /// `tags` of any variant.
    #[inline]
    pub fn tags(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::Application(v) => &v.tags,
            Self::AgentIdentityBlueprint(v) => &v.tags,
        }
    }
    /// `tags` of any variant.
    #[inline]
    pub fn tags_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::Application(v) => &mut v.tags,
            Self::AgentIdentityBlueprint(v) => &mut v.tags,
        }
    }
    /// `tokenEncryptionKeyId` of any variant.
    #[inline]
    pub fn token_encryption_key_id(&self) -> &rt::Field<rt::edm::Guid> {
        match self {
            Self::Application(v) => &v.token_encryption_key_id,
            Self::AgentIdentityBlueprint(v) => &v.token_encryption_key_id,
        }
    }
    /// `tokenEncryptionKeyId` of any variant.
    #[inline]
    pub fn token_encryption_key_id_mut(&mut self) -> &mut rt::Field<rt::edm::Guid> {
        match self {
            Self::Application(v) => &mut v.token_encryption_key_id,
            Self::AgentIdentityBlueprint(v) => &mut v.token_encryption_key_id,
        }
    }
    /// `uniqueName` of any variant.
    #[inline]
    pub fn unique_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &v.unique_name,
            Self::AgentIdentityBlueprint(v) => &v.unique_name,
        }
    }
    /// `uniqueName` of any variant.
    #[inline]
    pub fn unique_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Application(v) => &mut v.unique_name,
            Self::AgentIdentityBlueprint(v) => &mut v.unique_name,
        }
    }
    /// `verifiedPublisher` of any variant.
    #[inline]
    pub fn verified_publisher(&self) -> &rt::Field<crate::v1::VerifiedPublisher> {
        match self {
            Self::Application(v) => &v.verified_publisher,
            Self::AgentIdentityBlueprint(v) => &v.verified_publisher,
        }
    }
    /// `verifiedPublisher` of any variant.
    #[inline]
    pub fn verified_publisher_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::VerifiedPublisher> {
        match self {
            Self::Application(v) => &mut v.verified_publisher,
            Self::AgentIdentityBlueprint(v) => &mut v.verified_publisher,
        }
    }
    /// `web` of any variant.
    #[inline]
    pub fn web(&self) -> &rt::Field<crate::v1::WebApplication> {
        match self {
            Self::Application(v) => &v.web,
            Self::AgentIdentityBlueprint(v) => &v.web,
        }
    }
    /// `web` of any variant.
    #[inline]
    pub fn web_mut(&mut self) -> &mut rt::Field<crate::v1::WebApplication> {
        match self {
            Self::Application(v) => &mut v.web,
            Self::AgentIdentityBlueprint(v) => &mut v.web,
        }
    }
    /// `appManagementPolicies` of any variant.
    #[inline]
    pub fn app_management_policies(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::AppManagementPolicy>> {
        match self {
            Self::Application(v) => &v.app_management_policies,
            Self::AgentIdentityBlueprint(v) => &v.app_management_policies,
        }
    }
    /// `appManagementPolicies` of any variant.
    #[inline]
    pub fn app_management_policies_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AppManagementPolicy>> {
        match self {
            Self::Application(v) => &mut v.app_management_policies,
            Self::AgentIdentityBlueprint(v) => &mut v.app_management_policies,
        }
    }
    /// `createdOnBehalfOf` of any variant.
    #[inline]
    pub fn created_on_behalf_of(&self) -> &rt::Field<crate::v1::AnyDirectoryObject> {
        match self {
            Self::Application(v) => &v.created_on_behalf_of,
            Self::AgentIdentityBlueprint(v) => &v.created_on_behalf_of,
        }
    }
    /// `createdOnBehalfOf` of any variant.
    #[inline]
    pub fn created_on_behalf_of_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::AnyDirectoryObject> {
        match self {
            Self::Application(v) => &mut v.created_on_behalf_of,
            Self::AgentIdentityBlueprint(v) => &mut v.created_on_behalf_of,
        }
    }
    /// `extensionProperties` of any variant.
    #[inline]
    pub fn extension_properties(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::ExtensionProperty>> {
        match self {
            Self::Application(v) => &v.extension_properties,
            Self::AgentIdentityBlueprint(v) => &v.extension_properties,
        }
    }
    /// `extensionProperties` of any variant.
    #[inline]
    pub fn extension_properties_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::ExtensionProperty>> {
        match self {
            Self::Application(v) => &mut v.extension_properties,
            Self::AgentIdentityBlueprint(v) => &mut v.extension_properties,
        }
    }
    /// `federatedIdentityCredentials` of any variant.
    #[inline]
    pub fn federated_identity_credentials(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::FederatedIdentityCredential>> {
        match self {
            Self::Application(v) => &v.federated_identity_credentials,
            Self::AgentIdentityBlueprint(v) => &v.federated_identity_credentials,
        }
    }
    /// `federatedIdentityCredentials` of any variant.
    #[inline]
    pub fn federated_identity_credentials_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::FederatedIdentityCredential>> {
        match self {
            Self::Application(v) => &mut v.federated_identity_credentials,
            Self::AgentIdentityBlueprint(v) => &mut v.federated_identity_credentials,
        }
    }
    /// `homeRealmDiscoveryPolicies` of any variant.
    #[inline]
    pub fn home_realm_discovery_policies(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::HomeRealmDiscoveryPolicy>> {
        match self {
            Self::Application(v) => &v.home_realm_discovery_policies,
            Self::AgentIdentityBlueprint(v) => &v.home_realm_discovery_policies,
        }
    }
    /// `homeRealmDiscoveryPolicies` of any variant.
    #[inline]
    pub fn home_realm_discovery_policies_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::HomeRealmDiscoveryPolicy>> {
        match self {
            Self::Application(v) => &mut v.home_realm_discovery_policies,
            Self::AgentIdentityBlueprint(v) => &mut v.home_realm_discovery_policies,
        }
    }
    /// `owners` of any variant.
    #[inline]
    pub fn owners(&self) -> &rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>> {
        match self {
            Self::Application(v) => &v.owners,
            Self::AgentIdentityBlueprint(v) => &v.owners,
        }
    }
    /// `owners` of any variant.
    #[inline]
    pub fn owners_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>> {
        match self {
            Self::Application(v) => &mut v.owners,
            Self::AgentIdentityBlueprint(v) => &mut v.owners,
        }
    }
    /// `synchronization` of any variant.
    #[inline]
    pub fn synchronization(&self) -> &rt::Field<crate::v1::Synchronization> {
        match self {
            Self::Application(v) => &v.synchronization,
            Self::AgentIdentityBlueprint(v) => &v.synchronization,
        }
    }
    /// `synchronization` of any variant.
    #[inline]
    pub fn synchronization_mut(&mut self) -> &mut rt::Field<crate::v1::Synchronization> {
        match self {
            Self::Application(v) => &mut v.synchronization,
            Self::AgentIdentityBlueprint(v) => &mut v.synchronization,
        }
    }
    /// `tokenIssuancePolicies` of any variant.
    #[inline]
    pub fn token_issuance_policies(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::TokenIssuancePolicy>> {
        match self {
            Self::Application(v) => &v.token_issuance_policies,
            Self::AgentIdentityBlueprint(v) => &v.token_issuance_policies,
        }
    }
    /// `tokenIssuancePolicies` of any variant.
    #[inline]
    pub fn token_issuance_policies_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::TokenIssuancePolicy>> {
        match self {
            Self::Application(v) => &mut v.token_issuance_policies,
            Self::AgentIdentityBlueprint(v) => &mut v.token_issuance_policies,
        }
    }
    /// `tokenLifetimePolicies` of any variant.
    #[inline]
    pub fn token_lifetime_policies(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::TokenLifetimePolicy>> {
        match self {
            Self::Application(v) => &v.token_lifetime_policies,
            Self::AgentIdentityBlueprint(v) => &v.token_lifetime_policies,
        }
    }
    /// `tokenLifetimePolicies` of any variant.
    #[inline]
    pub fn token_lifetime_policies_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::TokenLifetimePolicy>> {
        match self {
            Self::Application(v) => &mut v.token_lifetime_policies,
            Self::AgentIdentityBlueprint(v) => &mut v.token_lifetime_policies,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_poly!(AnyApplication);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyApplication);
#[cfg(msgraph_v1_application_templates_or_search)]
/// CSDL: `microsoft.graph.applicationServicePrincipal`, complex type.
///
/// Features: `v1`, or one of `v1-application-templates`, `v1-search`.
#[derive(Clone)]
pub struct ApplicationServicePrincipal {
    /// CSDL: navigation property `application`: `microsoft.graph.application`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub application: rt::Field<crate::v1::AnyApplication>,
    /// CSDL: navigation property `servicePrincipal`: `microsoft.graph.servicePrincipal`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub service_principal: rt::Field<crate::v1::AnyServicePrincipal>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl ::std::default::Default for ApplicationServicePrincipal {
    #[inline]
    fn default() -> Self {
        Self {
            #[cfg(msgraph_v1_core)]
            application: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            service_principal: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl rt::Object for ApplicationServicePrincipal {
    const TYPE_NAME: &'static str = "microsoft.graph.applicationServicePrincipal";
    const KEYS: &'static [&'static str] = &["application", "servicePrincipal"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"application\":                  ",
        ",\"servicePrincipal\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.applicationServicePrincipal\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        #[cfg(msgraph_v1_core)] v.field(0usize, "application", &self.application);
        #[cfg(msgraph_v1_core)]
        v.field(1usize, "service_principal", &self.service_principal);
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl rt::object::Members for ApplicationServicePrincipal {
    #[inline]
    #[allow(unused_variables)]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            #[cfg(msgraph_v1_core)]
            0usize => self.application.read_from(r),
            #[cfg(msgraph_v1_core)]
            1usize => self.service_principal.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    #[allow(unused_variables)]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        #[cfg(msgraph_v1_core)] w.field(0usize, &self.application);
        #[cfg(msgraph_v1_core)] w.field(1usize, &self.service_principal);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
rt::impl_object!(ApplicationServicePrincipal);
#[cfg(msgraph_v1_application_templates_or_search)]
rt::impl_setters!(
    ApplicationServicePrincipal { #[cfg(msgraph_v1_core)] with_application application :
    crate ::v1::AnyApplication; #[cfg(msgraph_v1_core)] with_service_principal
    service_principal : crate ::v1::AnyServicePrincipal; }
);
#[cfg(msgraph_v1_application_templates_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApplicationServicePrincipal);
#[cfg(msgraph_v1_policies_or_search)]
/// CSDL: `microsoft.graph.approvalSettings`, complex type.
///
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct ApprovalSettings {
    /// CSDL: property `approvalMode`: `Edm.String`, nullable.
    pub approval_mode: rt::Field<::std::string::String>,
    /// CSDL: property `approvalStages`: `Collection(microsoft.graph.unifiedApprovalStage)`, nullable.
    pub approval_stages: rt::Field<::std::vec::Vec<crate::v1::UnifiedApprovalStage>>,
    /// CSDL: property `isApprovalRequired`: `Edm.Boolean`, nullable.
    pub is_approval_required: rt::Field<bool>,
    /// CSDL: property `isApprovalRequiredForExtension`: `Edm.Boolean`, nullable.
    pub is_approval_required_for_extension: rt::Field<bool>,
    /// CSDL: property `isRequestorJustificationRequired`: `Edm.Boolean`, nullable.
    pub is_requestor_justification_required: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_policies_or_search)]
impl ::std::default::Default for ApprovalSettings {
    #[inline]
    fn default() -> Self {
        Self {
            approval_mode: rt::Field::Absent,
            approval_stages: rt::Field::Absent,
            is_approval_required: rt::Field::Absent,
            is_approval_required_for_extension: rt::Field::Absent,
            is_requestor_justification_required: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl rt::Object for ApprovalSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.approvalSettings";
    const KEYS: &'static [&'static str] = &[
        "approvalMode",
        "approvalStages",
        "isApprovalRequired",
        "isApprovalRequiredForExtension",
        "isRequestorJustificationRequired",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"approvalMode\":                 ",
        ",\"approvalStages\":               ",
        ",\"isApprovalRequired\":           ",
        ",\"isApprovalRequiredForExtension\":",
        ",\"isRequestorJustificationRequired\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.approvalSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "approval_mode", &self.approval_mode);
        v.field(1usize, "approval_stages", &self.approval_stages);
        v.field(2usize, "is_approval_required", &self.is_approval_required);
        v.field(
            3usize,
            "is_approval_required_for_extension",
            &self.is_approval_required_for_extension,
        );
        v.field(
            4usize,
            "is_requestor_justification_required",
            &self.is_requestor_justification_required,
        );
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl rt::object::Members for ApprovalSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.approval_mode.read_from(r),
            1usize => self.approval_stages.read_from(r),
            2usize => self.is_approval_required.read_from(r),
            3usize => self.is_approval_required_for_extension.read_from(r),
            4usize => self.is_requestor_justification_required.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.approval_mode);
        w.field(1usize, &self.approval_stages);
        w.field(2usize, &self.is_approval_required);
        w.field(3usize, &self.is_approval_required_for_extension);
        w.field(4usize, &self.is_requestor_justification_required);
    }
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
rt::impl_object!(ApprovalSettings);
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_setters!(
    ApprovalSettings { with_approval_mode approval_mode : ::std::string::String;
    with_approval_stages approval_stages : ::std::vec::Vec < crate
    ::v1::UnifiedApprovalStage >; with_is_approval_required is_approval_required : bool;
    with_is_approval_required_for_extension is_approval_required_for_extension : bool;
    with_is_requestor_justification_required is_requestor_justification_required : bool;
    }
);
#[cfg(msgraph_v1_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApprovalSettings);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.assignmentRequestApprovalStageCallbackData`, complex type, derived from `microsoft.graph.accessPackageAssignmentRequestCallbackData`.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct AssignmentRequestApprovalStageCallbackData {
    /// CSDL: property `customExtensionStageInstanceDetail`: `Edm.String`, nullable.
    pub custom_extension_stage_instance_detail: rt::Field<::std::string::String>,
    /// CSDL: property `customExtensionStageInstanceId`: `Edm.String`, nullable.
    pub custom_extension_stage_instance_id: rt::Field<::std::string::String>,
    /// CSDL: property `stage`: `microsoft.graph.accessPackageCustomExtensionStage`, nullable.
    pub stage: rt::Field<crate::v1::AccessPackageCustomExtensionStage>,
    /// CSDL: property `state`: `Edm.String`, nullable.
    pub state: rt::Field<::std::string::String>,
    /// CSDL: property `approvalStage`: `microsoft.graph.accessPackageApprovalStage`, nullable.
    pub approval_stage: rt::Field<crate::v1::AnyAccessPackageApprovalStage>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for AssignmentRequestApprovalStageCallbackData {
    #[inline]
    fn default() -> Self {
        Self {
            custom_extension_stage_instance_detail: rt::Field::Absent,
            custom_extension_stage_instance_id: rt::Field::Absent,
            stage: rt::Field::Absent,
            state: rt::Field::Absent,
            approval_stage: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for AssignmentRequestApprovalStageCallbackData {
    const TYPE_NAME: &'static str = "microsoft.graph.assignmentRequestApprovalStageCallbackData";
    const KEYS: &'static [&'static str] = &[
        "customExtensionStageInstanceDetail",
        "customExtensionStageInstanceId",
        "stage",
        "state",
        "approvalStage",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"customExtensionStageInstanceDetail\":",
        ",\"customExtensionStageInstanceId\":",
        ",\"stage\":                        ",
        ",\"state\":                        ",
        ",\"approvalStage\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.assignmentRequestApprovalStageCallbackData\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "custom_extension_stage_instance_detail",
            &self.custom_extension_stage_instance_detail,
        );
        v.field(
            1usize,
            "custom_extension_stage_instance_id",
            &self.custom_extension_stage_instance_id,
        );
        v.field(2usize, "stage", &self.stage);
        v.field(3usize, "state", &self.state);
        v.field(4usize, "approval_stage", &self.approval_stage);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for AssignmentRequestApprovalStageCallbackData {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.custom_extension_stage_instance_detail.read_from(r),
            1usize => self.custom_extension_stage_instance_id.read_from(r),
            2usize => self.stage.read_from(r),
            3usize => self.state.read_from(r),
            4usize => self.approval_stage.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.custom_extension_stage_instance_detail);
        w.field(1usize, &self.custom_extension_stage_instance_id);
        w.field(2usize, &self.stage);
        w.field(3usize, &self.state);
        w.field(4usize, &self.approval_stage);
    }
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
rt::impl_object!(AssignmentRequestApprovalStageCallbackData);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    AssignmentRequestApprovalStageCallbackData {
    with_custom_extension_stage_instance_detail custom_extension_stage_instance_detail :
    ::std::string::String; with_custom_extension_stage_instance_id
    custom_extension_stage_instance_id : ::std::string::String; with_stage stage : crate
    ::v1::AccessPackageCustomExtensionStage; with_state state : ::std::string::String;
    with_approval_stage approval_stage : crate ::v1::AnyAccessPackageApprovalStage; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(AssignmentRequestApprovalStageCallbackData);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.associatedTeamInfo`, entity type, derived from `microsoft.graph.teamInfo`, key `id`.
///
/// Request builders: [`TeamInfoPath`](requests/trait.TeamInfoPath.html), what a path to one (`EntityPath<AssociatedTeamInfo, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AssociatedTeamInfo {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `tenantId`: `Edm.String`, nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// CSDL: navigation property `team`: `microsoft.graph.team`, nullable.
    pub team: rt::Field<crate::v1::Team>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AssociatedTeamInfo {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            team: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for AssociatedTeamInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.associatedTeamInfo";
    const KEYS: &'static [&'static str] = &["id", "displayName", "tenantId", "team"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"tenantId\":                     ",
        ",\"team\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.associatedTeamInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "tenant_id", &self.tenant_id);
        v.field(3usize, "team", &self.team);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for AssociatedTeamInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.tenant_id.read_from(r),
            3usize => self.team.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.tenant_id);
        w.field(3usize, &self.team);
    }
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
rt::impl_object!(AssociatedTeamInfo);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    AssociatedTeamInfo { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_tenant_id tenant_id :
    ::std::string::String; with_team team : crate ::v1::Team; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AssociatedTeamInfo);
