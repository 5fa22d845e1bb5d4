//! Items of `requests` by the first letters of their types' names (`aa_al`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::AadUserConversationMemberPath {
    /// Navigation property `user` (`microsoft.graph.user`).
    #[inline]
    pub fn user(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::User,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("user"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyConversationMember>
for crate::beta::AadUserConversationMember {
    const SEGMENT: &'static str = "microsoft.graph.aadUserConversationMember";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AadUserConversationMember {
    const SEGMENT: &'static str = "microsoft.graph.aadUserConversationMember";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::AadUserConversationMember, C> {
    /// `POST .../add`: action `microsoft.graph.add`.
    pub fn add(
        &self,
        params: crate::beta::params::ConversationMemberCollectionAddParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ConversationMemberCollectionAddParams>,
        rt::request::Collection<crate::beta::AnyActionResultPart>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("add"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
impl dyn crate::beta::requests::AccessPackagePath {
    /// Containment navigation property `accessPackageAssignmentPolicies` (`microsoft.graph.accessPackageAssignmentPolicy`).
    #[inline]
    pub fn access_package_assignment_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessPackageAssignmentPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("accessPackageAssignmentPolicies"),
        )
    }
    /// Navigation property `accessPackageCatalog` (`microsoft.graph.accessPackageCatalog`).
    #[inline]
    pub fn access_package_catalog(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AccessPackageCatalog,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("accessPackageCatalog"))
    }
    /// Containment navigation property `accessPackageResourceRoleScopes` (`microsoft.graph.accessPackageResourceRoleScope`).
    #[inline]
    pub fn access_package_resource_role_scopes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessPackageResourceRoleScope,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("accessPackageResourceRoleScopes"),
        )
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::AccessPackage {
    const SEGMENT: &'static str = "microsoft.graph.accessPackage";
}
#[cfg(msgraph_beta_identity_governance_or_search)]
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::AccessPackage, C> {
    /// `GET .../Search`: function `microsoft.graph.Search`.
    pub fn search(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AccessPackage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("Search", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::beta::AccessPackageFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AccessPackage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "filterByCurrentUser",
                    &[
                        (
                            "on",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(on),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
impl dyn crate::beta::requests::AccessPackageAssignmentPath {
    /// Structural property `schedule` (`microsoft.graph.requestSchedule`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn schedule(&self) -> crate::path::PropertyPath<crate::beta::RequestSchedule> {
        crate::path::PropertyPath::new(self.node_target().segment("schedule"))
    }
    /// Containment navigation property `accessPackage` (`microsoft.graph.accessPackage`).
    #[inline]
    pub fn access_package(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AccessPackage,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("accessPackage"))
    }
    /// Containment navigation property `accessPackageAssignmentPolicy` (`microsoft.graph.accessPackageAssignmentPolicy`).
    #[inline]
    pub fn access_package_assignment_policy(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AccessPackageAssignmentPolicy,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("accessPackageAssignmentPolicy"),
        )
    }
    /// Containment navigation property `accessPackageAssignmentRequests` (`microsoft.graph.accessPackageAssignmentRequest`).
    #[inline]
    pub fn access_package_assignment_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessPackageAssignmentRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("accessPackageAssignmentRequests"),
        )
    }
    /// Containment navigation property `accessPackageAssignmentResourceRoles` (`microsoft.graph.accessPackageAssignmentResourceRole`).
    #[inline]
    pub fn access_package_assignment_resource_roles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessPackageAssignmentResourceRole,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("accessPackageAssignmentResourceRoles"),
        )
    }
    /// Containment navigation property `target` (`microsoft.graph.accessPackageSubject`).
    #[inline]
    pub fn target_2(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AccessPackageSubject,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("target"))
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AccessPackageAssignment {
    const SEGMENT: &'static str = "microsoft.graph.accessPackageAssignment";
}
#[cfg(msgraph_beta_identity_governance_or_search)]
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::AccessPackageAssignment, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::beta::AccessPackageAssignmentFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AccessPackageAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "filterByCurrentUser",
                    &[
                        (
                            "on",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(on),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
impl dyn crate::beta::requests::AccessPackageAssignmentPolicyPath {
    /// Structural property `accessReviewSettings` (`microsoft.graph.assignmentReviewSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn access_review_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AssignmentReviewSettings> {
        crate::path::PropertyPath::new(
            self.node_target().segment("accessReviewSettings"),
        )
    }
    /// Structural property `requestApprovalSettings` (`microsoft.graph.approvalSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn request_approval_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ApprovalSettings> {
        crate::path::PropertyPath::new(
            self.node_target().segment("requestApprovalSettings"),
        )
    }
    /// Structural property `requestorSettings` (`microsoft.graph.requestorSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn requestor_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::RequestorSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("requestorSettings"))
    }
    /// Navigation property `accessPackage` (`microsoft.graph.accessPackage`).
    #[inline]
    pub fn access_package(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AccessPackage,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("accessPackage"))
    }
    /// Containment navigation property `accessPackageCatalog` (`microsoft.graph.accessPackageCatalog`).
    #[inline]
    pub fn access_package_catalog(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AccessPackageCatalog,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("accessPackageCatalog"))
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AccessPackageAssignmentPolicy {
    const SEGMENT: &'static str = "microsoft.graph.accessPackageAssignmentPolicy";
}
#[cfg(msgraph_beta_identity_governance_or_search)]
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
impl dyn crate::beta::requests::AccessPackageAssignmentRequestPath {
    /// Structural property `schedule` (`microsoft.graph.requestSchedule`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn schedule(&self) -> crate::path::PropertyPath<crate::beta::RequestSchedule> {
        crate::path::PropertyPath::new(self.node_target().segment("schedule"))
    }
    /// Navigation property `accessPackage` (`microsoft.graph.accessPackage`).
    #[inline]
    pub fn access_package(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AccessPackage,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("accessPackage"))
    }
    /// Containment navigation property `accessPackageAssignment` (`microsoft.graph.accessPackageAssignment`).
    #[inline]
    pub fn access_package_assignment(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AccessPackageAssignment,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("accessPackageAssignment"),
        )
    }
    /// Containment navigation property `requestor` (`microsoft.graph.accessPackageSubject`).
    #[inline]
    pub fn requestor(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AccessPackageSubject,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("requestor"))
    }
    /// `POST .../cancel`: action `microsoft.graph.cancel`.
    #[inline]
    pub fn cancel(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("cancel"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AccessPackageAssignmentRequest {
    const SEGMENT: &'static str = "microsoft.graph.accessPackageAssignmentRequest";
}
#[cfg(msgraph_beta_identity_governance_or_search)]
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::AccessPackageAssignmentRequest, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::beta::AccessPackageAssignmentRequestFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AccessPackageAssignmentRequest>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "filterByCurrentUser",
                    &[
                        (
                            "on",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(on),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
impl dyn crate::beta::requests::AccessPackageAssignmentResourceRolePath {
    /// Containment navigation property `accessPackageAssignments` (`microsoft.graph.accessPackageAssignment`).
    #[inline]
    pub fn access_package_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessPackageAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("accessPackageAssignments"),
        )
    }
    /// Containment navigation property `accessPackageResourceRole` (`microsoft.graph.accessPackageResourceRole`).
    #[inline]
    pub fn access_package_resource_role(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AccessPackageResourceRole,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("accessPackageResourceRole"),
        )
    }
    /// Containment navigation property `accessPackageResourceScope` (`microsoft.graph.accessPackageResourceScope`).
    #[inline]
    pub fn access_package_resource_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AccessPackageResourceScope,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("accessPackageResourceScope"),
        )
    }
    /// Containment navigation property `accessPackageSubject` (`microsoft.graph.accessPackageSubject`).
    #[inline]
    pub fn access_package_subject(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AccessPackageSubject,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("accessPackageSubject"))
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AccessPackageAssignmentResourceRole {
    const SEGMENT: &'static str = "microsoft.graph.accessPackageAssignmentResourceRole";
}
#[cfg(msgraph_beta_identity_governance_or_search)]
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<crate::beta::AccessPackageAssignmentResourceRole, C> {
    /// `GET .../My`: function `microsoft.graph.My`.
    pub fn my(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AccessPackageAssignmentResourceRole>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("My", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
impl dyn crate::beta::requests::AccessPackageCatalogPath {
    /// Containment navigation property `accessPackageResourceRoles` (`microsoft.graph.accessPackageResourceRole`).
    #[inline]
    pub fn access_package_resource_roles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessPackageResourceRole,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("accessPackageResourceRoles"),
        )
    }
    /// Containment navigation property `accessPackageResources` (`microsoft.graph.accessPackageResource`).
    #[inline]
    pub fn access_package_resources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessPackageResource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("accessPackageResources"),
        )
    }
    /// Containment navigation property `accessPackageResourceScopes` (`microsoft.graph.accessPackageResourceScope`).
    #[inline]
    pub fn access_package_resource_scopes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessPackageResourceScope,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("accessPackageResourceScopes"),
        )
    }
    /// Containment navigation property `accessPackages` (`microsoft.graph.accessPackage`).
    #[inline]
    pub fn access_packages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessPackage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("accessPackages"))
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AccessPackageCatalog {
    const SEGMENT: &'static str = "microsoft.graph.accessPackageCatalog";
}
#[cfg(msgraph_beta_identity_governance_or_search)]
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::AccessPackageCatalog, C> {
    /// `GET .../Search`: function `microsoft.graph.Search`.
    pub fn search(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AccessPackageCatalog>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("Search", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
impl dyn crate::beta::requests::AccessPackageResourcePath {
    /// Navigation property `accessPackageResourceEnvironment` (`microsoft.graph.accessPackageResourceEnvironment`).
    #[inline]
    pub fn access_package_resource_environment(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AccessPackageResourceEnvironment,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("accessPackageResourceEnvironment"),
        )
    }
    /// Containment navigation property `accessPackageResourceRoles` (`microsoft.graph.accessPackageResourceRole`).
    #[inline]
    pub fn access_package_resource_roles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessPackageResourceRole,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("accessPackageResourceRoles"),
        )
    }
    /// Containment navigation property `accessPackageResourceScopes` (`microsoft.graph.accessPackageResourceScope`).
    #[inline]
    pub fn access_package_resource_scopes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessPackageResourceScope,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("accessPackageResourceScopes"),
        )
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AccessPackageResource {
    const SEGMENT: &'static str = "microsoft.graph.accessPackageResource";
}
#[cfg(msgraph_beta_identity_governance_or_search)]
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
impl dyn crate::beta::requests::AccessPackageResourceEnvironmentPath {
    /// Structural property `connectionInfo` (`microsoft.graph.connectionInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn connection_info(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ConnectionInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("connectionInfo"))
    }
    /// Navigation property `accessPackageResources` (`microsoft.graph.accessPackageResource`).
    #[inline]
    pub fn access_package_resources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessPackageResource,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("accessPackageResources"),
        )
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AccessPackageResourceEnvironment {
    const SEGMENT: &'static str = "microsoft.graph.accessPackageResourceEnvironment";
}
#[cfg(msgraph_beta_identity_governance_or_search)]
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
impl dyn crate::beta::requests::AccessPackageResourceRequestPath {
    /// Navigation property `accessPackageResource` (`microsoft.graph.accessPackageResource`).
    #[inline]
    pub fn access_package_resource(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AccessPackageResource,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("accessPackageResource"))
    }
    /// Containment navigation property `requestor` (`microsoft.graph.accessPackageSubject`).
    #[inline]
    pub fn requestor(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AccessPackageSubject,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("requestor"))
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AccessPackageResourceRequest {
    const SEGMENT: &'static str = "microsoft.graph.accessPackageResourceRequest";
}
#[cfg(msgraph_beta_identity_governance_or_search)]
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
impl dyn crate::beta::requests::AccessPackageResourceRolePath {
    /// Containment navigation property `accessPackageResource` (`microsoft.graph.accessPackageResource`).
    #[inline]
    pub fn access_package_resource(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AccessPackageResource,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("accessPackageResource"))
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AccessPackageResourceRole {
    const SEGMENT: &'static str = "microsoft.graph.accessPackageResourceRole";
}
#[cfg(msgraph_beta_identity_governance_or_search)]
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
impl dyn crate::beta::requests::AccessPackageResourceRoleScopePath {
    /// Containment navigation property `accessPackageResourceRole` (`microsoft.graph.accessPackageResourceRole`).
    #[inline]
    pub fn access_package_resource_role(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AccessPackageResourceRole,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("accessPackageResourceRole"),
        )
    }
    /// Containment navigation property `accessPackageResourceScope` (`microsoft.graph.accessPackageResourceScope`).
    #[inline]
    pub fn access_package_resource_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AccessPackageResourceScope,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("accessPackageResourceScope"),
        )
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AccessPackageResourceRoleScope {
    const SEGMENT: &'static str = "microsoft.graph.accessPackageResourceRoleScope";
}
#[cfg(msgraph_beta_identity_governance_or_search)]
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
impl dyn crate::beta::requests::AccessPackageResourceScopePath {
    /// Containment navigation property `accessPackageResource` (`microsoft.graph.accessPackageResource`).
    #[inline]
    pub fn access_package_resource(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AccessPackageResource,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("accessPackageResource"))
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AccessPackageResourceScope {
    const SEGMENT: &'static str = "microsoft.graph.accessPackageResourceScope";
}
#[cfg(msgraph_beta_identity_governance_or_search)]
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
impl dyn crate::beta::requests::AccessPackageSubjectPath {
    /// Navigation property `connectedOrganization` (`microsoft.graph.connectedOrganization`).
    #[inline]
    pub fn connected_organization(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::ConnectedOrganization,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("connectedOrganization"))
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AccessPackageSubject {
    const SEGMENT: &'static str = "microsoft.graph.accessPackageSubject";
}
#[cfg(msgraph_beta_access_reviews_or_search)]
/// Features: `beta`, or one of `beta-access-reviews`, `beta-search`.
impl dyn crate::beta::requests::AccessReviewPath {
    /// Structural property `createdBy` (`microsoft.graph.userIdentity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::UserIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `reviewedEntity` (`microsoft.graph.identity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn reviewed_entity(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("reviewedEntity"))
    }
    /// Structural property `settings` (`microsoft.graph.accessReviewSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyAccessReviewSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("settings"))
    }
    /// Containment navigation property `decisions` (`microsoft.graph.accessReviewDecision`).
    #[inline]
    pub fn decisions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessReviewDecision,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("decisions"))
    }
    /// Containment navigation property `instances` (`microsoft.graph.accessReview`).
    #[inline]
    pub fn instances(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessReview,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("instances"))
    }
    /// Containment navigation property `myDecisions` (`microsoft.graph.accessReviewDecision`).
    #[inline]
    pub fn my_decisions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessReviewDecision,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("myDecisions"))
    }
    /// Containment navigation property `reviewers` (`microsoft.graph.accessReviewReviewer`).
    #[inline]
    pub fn reviewers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessReviewReviewer,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("reviewers"))
    }
    /// `POST .../applyDecisions`: action `microsoft.graph.applyDecisions`.
    #[inline]
    pub fn apply_decisions(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("applyDecisions"),
            rt::request::NoBody,
        )
    }
    /// `POST .../resetDecisions`: action `microsoft.graph.resetDecisions`.
    #[inline]
    pub fn reset_decisions(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("resetDecisions"),
            rt::request::NoBody,
        )
    }
    /// `POST .../sendReminder`: action `microsoft.graph.sendReminder`.
    #[inline]
    pub fn send_reminder(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("sendReminder"),
            rt::request::NoBody,
        )
    }
    /// `POST .../stop`: action `microsoft.graph.stop`.
    #[inline]
    pub fn stop(&self) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("stop"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_access_reviews_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::AccessReview {
    const SEGMENT: &'static str = "microsoft.graph.accessReview";
}
#[cfg(msgraph_beta_access_review_decisions_or_access_reviews_or_search)]
/// Features: `beta`, or one of `beta-access-review-decisions`, `beta-access-reviews`, `beta-search`.
impl dyn crate::beta::requests::AccessReviewDecisionPath {
    /// Structural property `appliedBy` (`microsoft.graph.userIdentity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn applied_by(&self) -> crate::path::PropertyPath<crate::beta::UserIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("appliedBy"))
    }
    /// Structural property `reviewedBy` (`microsoft.graph.userIdentity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn reviewed_by(&self) -> crate::path::PropertyPath<crate::beta::UserIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("reviewedBy"))
    }
}
#[cfg(msgraph_beta_access_review_decisions_or_access_reviews_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AccessReviewDecision {
    const SEGMENT: &'static str = "microsoft.graph.accessReviewDecision";
}
#[cfg(msgraph_beta_identity_governance_or_search)]
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
impl dyn crate::beta::requests::AccessReviewHistoryDefinitionPath {
    /// Structural property `createdBy` (`microsoft.graph.userIdentity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::UserIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// `POST .../generateDownloadUri`: action `microsoft.graph.generateDownloadUri`.
    #[inline]
    pub fn generate_download_uri(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::AccessReviewHistoryDefinition>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("generateDownloadUri"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AccessReviewHistoryDefinition {
    const SEGMENT: &'static str = "microsoft.graph.accessReviewHistoryDefinition";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::AccessReviewInstancePath {
    /// Structural property `scope` (`microsoft.graph.accessReviewScope`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn scope(&self) -> crate::path::PropertyPath<crate::beta::AnyAccessReviewScope> {
        crate::path::PropertyPath::new(self.node_target().segment("scope"))
    }
    /// Containment navigation property `decisions` (`microsoft.graph.accessReviewInstanceDecisionItem`).
    #[inline]
    pub fn decisions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessReviewInstanceDecisionItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("decisions"))
    }
    #[cfg(msgraph_beta_identity_governance_or_search)]
    /// Navigation property `definition` (`microsoft.graph.accessReviewScheduleDefinition`).
    ///
    /// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
    #[inline]
    pub fn definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AccessReviewScheduleDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("definition"))
    }
    /// `POST .../acceptRecommendations`: action `microsoft.graph.acceptRecommendations`.
    #[inline]
    pub fn accept_recommendations(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("acceptRecommendations"),
            rt::request::NoBody,
        )
    }
    /// `POST .../applyDecisions`: action `microsoft.graph.applyDecisions`.
    #[inline]
    pub fn apply_decisions(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("applyDecisions"),
            rt::request::NoBody,
        )
    }
    /// `POST .../batchRecordDecisions`: action `microsoft.graph.batchRecordDecisions`.
    #[inline]
    pub fn batch_record_decisions(
        &self,
        params: crate::beta::params::AccessReviewInstanceBatchRecordDecisionsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::AccessReviewInstanceBatchRecordDecisionsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("batchRecordDecisions"),
            rt::request::Json(params),
        )
    }
    /// `POST .../resetDecisions`: action `microsoft.graph.resetDecisions`.
    #[inline]
    pub fn reset_decisions(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("resetDecisions"),
            rt::request::NoBody,
        )
    }
    /// `POST .../sendReminder`: action `microsoft.graph.sendReminder`.
    #[inline]
    pub fn send_reminder(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("sendReminder"),
            rt::request::NoBody,
        )
    }
    /// `POST .../stop`: action `microsoft.graph.stop`.
    #[inline]
    pub fn stop(&self) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("stop"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AccessReviewInstance {
    const SEGMENT: &'static str = "microsoft.graph.accessReviewInstance";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::AccessReviewInstance, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::beta::AccessReviewInstanceFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AccessReviewInstance>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "filterByCurrentUser",
                    &[
                        (
                            "on",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(on),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::AccessReviewInstanceDecisionItemPath {
    /// Structural property `appliedBy` (`microsoft.graph.userIdentity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn applied_by(&self) -> crate::path::PropertyPath<crate::beta::UserIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("appliedBy"))
    }
    /// Structural property `principal` (`microsoft.graph.identity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn principal(&self) -> crate::path::PropertyPath<crate::beta::AnyIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("principal"))
    }
    /// Structural property `resource` (`microsoft.graph.accessReviewInstanceDecisionItemResource`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn resource(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::AccessReviewInstanceDecisionItemResource,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("resource"))
    }
    /// Structural property `reviewedBy` (`microsoft.graph.userIdentity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn reviewed_by(&self) -> crate::path::PropertyPath<crate::beta::UserIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("reviewedBy"))
    }
    /// Structural property `target` (`microsoft.graph.accessReviewInstanceDecisionItemTarget`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::AnyAccessReviewInstanceDecisionItemTarget,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("target"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AccessReviewInstanceDecisionItem {
    const SEGMENT: &'static str = "microsoft.graph.accessReviewInstanceDecisionItem";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::AccessReviewInstanceDecisionItem, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::beta::AccessReviewInstanceDecisionItemFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AccessReviewInstanceDecisionItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "filterByCurrentUser",
                    &[
                        (
                            "on",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(on),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AccessReviewPolicy {
    const SEGMENT: &'static str = "microsoft.graph.accessReviewPolicy";
}
#[cfg(msgraph_beta_access_reviews_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AccessReviewReviewer {
    const SEGMENT: &'static str = "microsoft.graph.accessReviewReviewer";
}
#[cfg(msgraph_beta_identity_governance_or_search)]
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
impl dyn crate::beta::requests::AccessReviewScheduleDefinitionPath {
    /// Structural property `createdBy` (`microsoft.graph.userIdentity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::UserIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `instanceEnumerationScope` (`microsoft.graph.accessReviewScope`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn instance_enumeration_scope(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyAccessReviewScope> {
        crate::path::PropertyPath::new(
            self.node_target().segment("instanceEnumerationScope"),
        )
    }
    /// Structural property `scope` (`microsoft.graph.accessReviewScope`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn scope(&self) -> crate::path::PropertyPath<crate::beta::AnyAccessReviewScope> {
        crate::path::PropertyPath::new(self.node_target().segment("scope"))
    }
    /// Structural property `settings` (`microsoft.graph.accessReviewScheduleSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AccessReviewScheduleSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("settings"))
    }
    /// Containment navigation property `instances` (`microsoft.graph.accessReviewInstance`).
    #[inline]
    pub fn instances(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessReviewInstance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("instances"))
    }
    /// `POST .../stop`: action `microsoft.graph.stop`.
    #[inline]
    pub fn stop(&self) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("stop"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AccessReviewScheduleDefinition {
    const SEGMENT: &'static str = "microsoft.graph.accessReviewScheduleDefinition";
}
#[cfg(msgraph_beta_identity_governance_or_search)]
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::AccessReviewScheduleDefinition, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::beta::AccessReviewScheduleDefinitionFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AccessReviewScheduleDefinition>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "filterByCurrentUser",
                    &[
                        (
                            "on",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(on),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
impl dyn crate::beta::requests::AccessReviewSetPath {
    /// Containment navigation property `definitions` (`microsoft.graph.accessReviewScheduleDefinition`).
    #[inline]
    pub fn definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessReviewScheduleDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("definitions"))
    }
    /// Containment navigation property `historyDefinitions` (`microsoft.graph.accessReviewHistoryDefinition`).
    #[inline]
    pub fn history_definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessReviewHistoryDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("historyDefinitions"),
        )
    }
    /// Containment navigation property `policy` (`microsoft.graph.accessReviewPolicy`).
    #[inline]
    pub fn policy(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AccessReviewPolicy,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("policy"))
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::AccessReviewSet {
    const SEGMENT: &'static str = "microsoft.graph.accessReviewSet";
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Account {
    const SEGMENT: &'static str = "microsoft.graph.account";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::ActiveDirectoryWindowsAutopilotDeploymentProfilePath {
    /// Containment navigation property `domainJoinConfiguration` (`microsoft.graph.windowsDomainJoinConfiguration`).
    #[inline]
    pub fn domain_join_configuration(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::WindowsDomainJoinConfiguration,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("domainJoinConfiguration"),
        )
    }
    /// Structural property `enrollmentStatusScreenSettings` (`microsoft.graph.windowsEnrollmentStatusScreenSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn enrollment_status_screen_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::WindowsEnrollmentStatusScreenSettings> {
        crate::path::PropertyPath::new(
            self.node_target().segment("enrollmentStatusScreenSettings"),
        )
    }
    /// Structural property `outOfBoxExperienceSettings` (`microsoft.graph.outOfBoxExperienceSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn out_of_box_experience_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::OutOfBoxExperienceSettings> {
        crate::path::PropertyPath::new(
            self.node_target().segment("outOfBoxExperienceSettings"),
        )
    }
    /// Containment navigation property `assignedDevices` (`microsoft.graph.windowsAutopilotDeviceIdentity`).
    #[inline]
    pub fn assigned_devices(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::WindowsAutopilotDeviceIdentity,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignedDevices"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.windowsAutopilotDeploymentProfileAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::WindowsAutopilotDeploymentProfileAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::beta::params::WindowsAutopilotDeploymentProfileAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::WindowsAutopilotDeploymentProfileAssignParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyWindowsAutopilotDeploymentProfile>
for crate::beta::ActiveDirectoryWindowsAutopilotDeploymentProfile {
    const SEGMENT: &'static str = "microsoft.graph.activeDirectoryWindowsAutopilotDeploymentProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ActiveDirectoryWindowsAutopilotDeploymentProfile {
    const SEGMENT: &'static str = "microsoft.graph.activeDirectoryWindowsAutopilotDeploymentProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<
    crate::beta::ActiveDirectoryWindowsAutopilotDeploymentProfile,
    C,
> {
    /// `POST .../hasPayloadLinks`: action `microsoft.graph.hasPayloadLinks`.
    pub fn has_payload_links(
        &self,
        params: crate::beta::params::WindowsAutopilotDeploymentProfileCollectionHasPayloadLinksParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::WindowsAutopilotDeploymentProfileCollectionHasPayloadLinksParams,
        >,
        rt::request::Collection<crate::beta::HasPayloadLinkResultItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("hasPayloadLinks"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyStsPolicy>
for crate::beta::ActivityBasedTimeoutPolicy {
    const SEGMENT: &'static str = "microsoft.graph.activityBasedTimeoutPolicy";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyPolicyBase>
for crate::beta::ActivityBasedTimeoutPolicy {
    const SEGMENT: &'static str = "microsoft.graph.activityBasedTimeoutPolicy";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDirectoryObject>
for crate::beta::ActivityBasedTimeoutPolicy {
    const SEGMENT: &'static str = "microsoft.graph.activityBasedTimeoutPolicy";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ActivityBasedTimeoutPolicy {
    const SEGMENT: &'static str = "microsoft.graph.activityBasedTimeoutPolicy";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::ActivityBasedTimeoutPolicy, C> {
    /// `POST .../getByIds`: action `microsoft.graph.getByIds`.
    pub fn get_by_ids(
        &self,
        params: crate::beta::params::DirectoryObjectCollectionGetByIdsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectCollectionGetByIdsParams>,
        rt::request::Collection<crate::beta::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getByIds"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getUserOwnedObjects`: action `microsoft.graph.getUserOwnedObjects`.
    pub fn get_user_owned_objects(
        &self,
        params: crate::beta::params::DirectoryObjectCollectionGetUserOwnedObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DirectoryObjectCollectionGetUserOwnedObjectsParams,
        >,
        rt::request::Entity<crate::beta::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getUserOwnedObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../validateProperties`: action `microsoft.graph.validateProperties`.
    pub fn validate_properties(
        &self,
        params: crate::beta::params::DirectoryObjectCollectionValidatePropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DirectoryObjectCollectionValidatePropertiesParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("validateProperties"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::ActivityHistoryItemPath {
    /// Navigation property `activity` (`microsoft.graph.userActivity`).
    #[inline]
    pub fn activity(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::UserActivity,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("activity"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ActivityHistoryItem {
    const SEGMENT: &'static str = "microsoft.graph.activityHistoryItem";
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyActivityStatistics {
    const SEGMENT: &'static str = "microsoft.graph.activityStatistics";
}
#[cfg(msgraph_beta_admin)]
/// Features: `beta` or `beta-admin`.
impl dyn crate::beta::requests::AdminPath {
    /// Containment navigation property `serviceAnnouncement` (`microsoft.graph.serviceAnnouncement`).
    #[inline]
    pub fn service_announcement(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::ServiceAnnouncement,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("serviceAnnouncement"))
    }
    /// Containment navigation property `windows` (`microsoft.graph.windowsUpdates.windows`).
    #[inline]
    pub fn windows(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::windows_updates::Windows,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("windows"))
    }
}
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AdminConsentRequestPolicy {
    const SEGMENT: &'static str = "microsoft.graph.adminConsentRequestPolicy";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::AdministrativeUnitPath {
    /// Navigation property `members` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("members"))
    }
    /// Containment navigation property `scopedRoleMembers` (`microsoft.graph.scopedRoleMembership`).
    #[inline]
    pub fn scoped_role_members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ScopedRoleMembership,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("scopedRoleMembers"))
    }
    /// Containment navigation property `extensions` (`microsoft.graph.extension`).
    #[inline]
    pub fn extensions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyExtension,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("extensions"))
    }
    /// `POST .../checkMemberGroups`: action `microsoft.graph.checkMemberGroups`.
    #[inline]
    pub fn check_member_groups(
        &self,
        params: crate::beta::params::DirectoryObjectCheckMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectCheckMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("checkMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../checkMemberObjects`: action `microsoft.graph.checkMemberObjects`.
    #[inline]
    pub fn check_member_objects(
        &self,
        params: crate::beta::params::DirectoryObjectCheckMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectCheckMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("checkMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberGroups`: action `microsoft.graph.getMemberGroups`.
    #[inline]
    pub fn get_member_groups(
        &self,
        params: crate::beta::params::DirectoryObjectGetMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectGetMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberObjects`: action `microsoft.graph.getMemberObjects`.
    #[inline]
    pub fn get_member_objects(
        &self,
        params: crate::beta::params::DirectoryObjectGetMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectGetMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../restore`: action `microsoft.graph.restore`.
    #[inline]
    pub fn restore(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDirectoryObject>
for crate::beta::AdministrativeUnit {
    const SEGMENT: &'static str = "microsoft.graph.administrativeUnit";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AdministrativeUnit {
    const SEGMENT: &'static str = "microsoft.graph.administrativeUnit";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::AdministrativeUnit, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AdministrativeUnit>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getByIds`: action `microsoft.graph.getByIds`.
    pub fn get_by_ids(
        &self,
        params: crate::beta::params::DirectoryObjectCollectionGetByIdsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectCollectionGetByIdsParams>,
        rt::request::Collection<crate::beta::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getByIds"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getUserOwnedObjects`: action `microsoft.graph.getUserOwnedObjects`.
    pub fn get_user_owned_objects(
        &self,
        params: crate::beta::params::DirectoryObjectCollectionGetUserOwnedObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DirectoryObjectCollectionGetUserOwnedObjectsParams,
        >,
        rt::request::Entity<crate::beta::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getUserOwnedObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../validateProperties`: action `microsoft.graph.validateProperties`.
    pub fn validate_properties(
        &self,
        params: crate::beta::params::DirectoryObjectCollectionValidatePropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DirectoryObjectCollectionValidatePropertiesParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("validateProperties"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AdvancedThreatProtectionOnboardingDeviceSettingState {
    const SEGMENT: &'static str = "microsoft.graph.advancedThreatProtectionOnboardingDeviceSettingState";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::AdvancedThreatProtectionOnboardingStateSummaryPath {
    /// Containment navigation property `advancedThreatProtectionOnboardingDeviceSettingStates` (`microsoft.graph.advancedThreatProtectionOnboardingDeviceSettingState`).
    #[inline]
    pub fn advanced_threat_protection_onboarding_device_setting_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AdvancedThreatProtectionOnboardingDeviceSettingState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self
                .node_target()
                .segment("advancedThreatProtectionOnboardingDeviceSettingStates"),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AdvancedThreatProtectionOnboardingStateSummary {
    const SEGMENT: &'static str = "microsoft.graph.advancedThreatProtectionOnboardingStateSummary";
}
#[cfg(msgraph_beta_compliance_or_search)]
/// Features: `beta`, or one of `beta-compliance`, `beta-search`.
impl dyn crate::beta::requests::ediscovery::AddToReviewSetOperationPath {
    /// Navigation property `reviewSet` (`microsoft.graph.ediscovery.reviewSet`).
    #[inline]
    pub fn review_set(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::ediscovery::ReviewSet,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("reviewSet"))
    }
    /// Navigation property `sourceCollection` (`microsoft.graph.ediscovery.sourceCollection`).
    #[inline]
    pub fn source_collection(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::ediscovery::SourceCollection,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("sourceCollection"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `resultInfo` (`microsoft.graph.resultInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn result_info(&self) -> crate::path::PropertyPath<crate::beta::ResultInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("resultInfo"))
    }
}
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::ediscovery::AnyCaseOperation>
for crate::beta::ediscovery::AddToReviewSetOperation {
    const SEGMENT: &'static str = "microsoft.graph.ediscovery.addToReviewSetOperation";
}
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ediscovery::AddToReviewSetOperation {
    const SEGMENT: &'static str = "microsoft.graph.ediscovery.addToReviewSetOperation";
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AgedAccountsPayable {
    const SEGMENT: &'static str = "microsoft.graph.agedAccountsPayable";
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AgedAccountsReceivable {
    const SEGMENT: &'static str = "microsoft.graph.agedAccountsReceivable";
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
/// Features: `beta`, or one of `beta-agreements`, `beta-identity-governance`, `beta-search`.
impl dyn crate::beta::requests::AgreementPath {
    /// Structural property `termsExpiration` (`microsoft.graph.termsExpiration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn terms_expiration(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::TermsExpiration> {
        crate::path::PropertyPath::new(self.node_target().segment("termsExpiration"))
    }
    /// Containment navigation property `acceptances` (`microsoft.graph.agreementAcceptance`).
    #[inline]
    pub fn acceptances(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AgreementAcceptance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("acceptances"))
    }
    /// Containment navigation property `file` (`microsoft.graph.agreementFile`).
    #[inline]
    pub fn file(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AgreementFile,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("file"))
    }
    /// Containment navigation property `files` (`microsoft.graph.agreementFileLocalization`).
    #[inline]
    pub fn files(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AgreementFileLocalization,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("files"))
    }
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Agreement {
    const SEGMENT: &'static str = "microsoft.graph.agreement";
}
#[cfg(msgraph_beta_agreement_acceptances_or_agreements_or_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AgreementAcceptance {
    const SEGMENT: &'static str = "microsoft.graph.agreementAcceptance";
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
/// Features: `beta`, or one of `beta-agreements`, `beta-identity-governance`, `beta-search`.
impl dyn crate::beta::requests::AgreementFilePath {
    /// Containment navigation property `localizations` (`microsoft.graph.agreementFileLocalization`).
    #[inline]
    pub fn localizations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AgreementFileLocalization,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("localizations"))
    }
    /// Structural property `fileData` (`microsoft.graph.agreementFileData`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn file_data(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AgreementFileData> {
        crate::path::PropertyPath::new(self.node_target().segment("fileData"))
    }
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyAgreementFileProperties>
for crate::beta::AgreementFile {
    const SEGMENT: &'static str = "microsoft.graph.agreementFile";
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::AgreementFile {
    const SEGMENT: &'static str = "microsoft.graph.agreementFile";
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
/// Features: `beta`, or one of `beta-agreements`, `beta-identity-governance`, `beta-search`.
impl dyn crate::beta::requests::AgreementFileLocalizationPath {
    /// Containment navigation property `versions` (`microsoft.graph.agreementFileVersion`).
    #[inline]
    pub fn versions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AgreementFileVersion,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("versions"))
    }
    /// Structural property `fileData` (`microsoft.graph.agreementFileData`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn file_data(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AgreementFileData> {
        crate::path::PropertyPath::new(self.node_target().segment("fileData"))
    }
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyAgreementFileProperties>
for crate::beta::AgreementFileLocalization {
    const SEGMENT: &'static str = "microsoft.graph.agreementFileLocalization";
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AgreementFileLocalization {
    const SEGMENT: &'static str = "microsoft.graph.agreementFileLocalization";
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
/// Features: `beta`, or one of `beta-agreements`, `beta-identity-governance`, `beta-search`.
impl dyn crate::beta::requests::AgreementFilePropertiesPath {
    /// Structural property `fileData` (`microsoft.graph.agreementFileData`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn file_data(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AgreementFileData> {
        crate::path::PropertyPath::new(self.node_target().segment("fileData"))
    }
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyAgreementFileProperties {
    const SEGMENT: &'static str = "microsoft.graph.agreementFileProperties";
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyAgreementFileProperties>
for crate::beta::AgreementFileVersion {
    const SEGMENT: &'static str = "microsoft.graph.agreementFileVersion";
}
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AgreementFileVersion {
    const SEGMENT: &'static str = "microsoft.graph.agreementFileVersion";
}
#[cfg(msgraph_beta_search_or_tenant_relationships)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::managed_tenants::AggregatedPolicyCompliance {
    const SEGMENT: &'static str = "microsoft.graph.managedTenants.aggregatedPolicyCompliance";
}
#[cfg(msgraph_beta_search_or_security)]
/// Features: `beta`, or one of `beta-search`, `beta-security`.
impl dyn crate::beta::requests::AlertPath {
    /// Structural property `vendorInformation` (`microsoft.graph.securityVendorInformation`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn vendor_information(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::SecurityVendorInformation> {
        crate::path::PropertyPath::new(self.node_target().segment("vendorInformation"))
    }
}
#[cfg(msgraph_beta_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Alert {
    const SEGMENT: &'static str = "microsoft.graph.alert";
}
#[cfg(msgraph_beta_search_or_security)]
/// Features: `beta`, or one of `beta-search`, `beta-security`.
impl<C> crate::path::CollectionPath<crate::beta::Alert, C> {
    /// `POST .../updateAlerts`: action `microsoft.graph.updateAlerts`.
    pub fn update_alerts(
        &self,
        params: crate::beta::params::AlertCollectionUpdateAlertsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::AlertCollectionUpdateAlertsParams>,
        rt::request::Collection<crate::beta::Alert>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("updateAlerts"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_allowed_data_locations_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AllowedDataLocation {
    const SEGMENT: &'static str = "microsoft.graph.allowedDataLocation";
}
