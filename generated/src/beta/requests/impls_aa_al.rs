//! Items of `requests` by the first letters of their types' names (`aa_al`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::AadUserConversationMemberPath<C> {
    /// Navigation property `user` (`microsoft.graph.user`).
    pub fn user(
        &self,
    ) -> crate::beta::requests::UserPath<crate::path::caps::GetUpdateDeleteRef> {
        crate::beta::requests::UserPath::new(self.0.target().segment("user"))
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
impl<C> crate::beta::requests::AccessPackagePath<C> {
    /// Containment navigation property `accessPackageAssignmentPolicies` (`microsoft.graph.accessPackageAssignmentPolicy`).
    pub fn access_package_assignment_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessPackageAssignmentPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("accessPackageAssignmentPolicies"),
        )
    }
    /// Navigation property `accessPackageCatalog` (`microsoft.graph.accessPackageCatalog`).
    pub fn access_package_catalog(
        &self,
    ) -> crate::beta::requests::AccessPackageCatalogPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::AccessPackageCatalogPath::new(
            self.0.target().segment("accessPackageCatalog"),
        )
    }
    /// Containment navigation property `accessPackageResourceRoleScopes` (`microsoft.graph.accessPackageResourceRoleScope`).
    pub fn access_package_resource_role_scopes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessPackageResourceRoleScope,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("accessPackageResourceRoleScopes"),
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
impl<C> crate::beta::requests::AccessPackageAssignmentPath<C> {
    /// Structural property `schedule` (`microsoft.graph.requestSchedule`), addressed on its own: `GET` or `PATCH` it.
    pub fn schedule(&self) -> crate::path::PropertyPath<crate::beta::RequestSchedule> {
        crate::path::PropertyPath::new(self.0.target().segment("schedule"))
    }
    /// Containment navigation property `accessPackage` (`microsoft.graph.accessPackage`).
    pub fn access_package(
        &self,
    ) -> crate::beta::requests::AccessPackagePath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::AccessPackagePath::new(
            self.0.target().segment("accessPackage"),
        )
    }
    /// Containment navigation property `accessPackageAssignmentPolicy` (`microsoft.graph.accessPackageAssignmentPolicy`).
    pub fn access_package_assignment_policy(
        &self,
    ) -> crate::beta::requests::AccessPackageAssignmentPolicyPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::AccessPackageAssignmentPolicyPath::new(
            self.0.target().segment("accessPackageAssignmentPolicy"),
        )
    }
    /// Containment navigation property `accessPackageAssignmentRequests` (`microsoft.graph.accessPackageAssignmentRequest`).
    pub fn access_package_assignment_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessPackageAssignmentRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("accessPackageAssignmentRequests"),
        )
    }
    /// Containment navigation property `accessPackageAssignmentResourceRoles` (`microsoft.graph.accessPackageAssignmentResourceRole`).
    pub fn access_package_assignment_resource_roles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessPackageAssignmentResourceRole,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("accessPackageAssignmentResourceRoles"),
        )
    }
    /// Containment navigation property `target` (`microsoft.graph.accessPackageSubject`).
    pub fn target_2(
        &self,
    ) -> crate::beta::requests::AccessPackageSubjectPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::AccessPackageSubjectPath::new(
            self.0.target().segment("target"),
        )
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
impl<C> crate::beta::requests::AccessPackageAssignmentPolicyPath<C> {
    /// Structural property `accessReviewSettings` (`microsoft.graph.assignmentReviewSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn access_review_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AssignmentReviewSettings> {
        crate::path::PropertyPath::new(self.0.target().segment("accessReviewSettings"))
    }
    /// Structural property `requestApprovalSettings` (`microsoft.graph.approvalSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn request_approval_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ApprovalSettings> {
        crate::path::PropertyPath::new(
            self.0.target().segment("requestApprovalSettings"),
        )
    }
    /// Structural property `requestorSettings` (`microsoft.graph.requestorSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn requestor_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::RequestorSettings> {
        crate::path::PropertyPath::new(self.0.target().segment("requestorSettings"))
    }
    /// Navigation property `accessPackage` (`microsoft.graph.accessPackage`).
    pub fn access_package(
        &self,
    ) -> crate::beta::requests::AccessPackagePath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::AccessPackagePath::new(
            self.0.target().segment("accessPackage"),
        )
    }
    /// Containment navigation property `accessPackageCatalog` (`microsoft.graph.accessPackageCatalog`).
    pub fn access_package_catalog(
        &self,
    ) -> crate::beta::requests::AccessPackageCatalogPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::AccessPackageCatalogPath::new(
            self.0.target().segment("accessPackageCatalog"),
        )
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
impl<C> crate::beta::requests::AccessPackageAssignmentRequestPath<C> {
    /// Structural property `schedule` (`microsoft.graph.requestSchedule`), addressed on its own: `GET` or `PATCH` it.
    pub fn schedule(&self) -> crate::path::PropertyPath<crate::beta::RequestSchedule> {
        crate::path::PropertyPath::new(self.0.target().segment("schedule"))
    }
    /// Navigation property `accessPackage` (`microsoft.graph.accessPackage`).
    pub fn access_package(
        &self,
    ) -> crate::beta::requests::AccessPackagePath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::AccessPackagePath::new(
            self.0.target().segment("accessPackage"),
        )
    }
    /// Containment navigation property `accessPackageAssignment` (`microsoft.graph.accessPackageAssignment`).
    pub fn access_package_assignment(
        &self,
    ) -> crate::beta::requests::AccessPackageAssignmentPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::AccessPackageAssignmentPath::new(
            self.0.target().segment("accessPackageAssignment"),
        )
    }
    /// Containment navigation property `requestor` (`microsoft.graph.accessPackageSubject`).
    pub fn requestor(
        &self,
    ) -> crate::beta::requests::AccessPackageSubjectPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::AccessPackageSubjectPath::new(
            self.0.target().segment("requestor"),
        )
    }
    /// `POST .../cancel`: action `microsoft.graph.cancel`.
    pub fn cancel(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("cancel"),
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
impl<C> crate::beta::requests::AccessPackageAssignmentResourceRolePath<C> {
    /// Containment navigation property `accessPackageAssignments` (`microsoft.graph.accessPackageAssignment`).
    pub fn access_package_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessPackageAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("accessPackageAssignments"),
        )
    }
    /// Containment navigation property `accessPackageResourceRole` (`microsoft.graph.accessPackageResourceRole`).
    pub fn access_package_resource_role(
        &self,
    ) -> crate::beta::requests::AccessPackageResourceRolePath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::AccessPackageResourceRolePath::new(
            self.0.target().segment("accessPackageResourceRole"),
        )
    }
    /// Containment navigation property `accessPackageResourceScope` (`microsoft.graph.accessPackageResourceScope`).
    pub fn access_package_resource_scope(
        &self,
    ) -> crate::beta::requests::AccessPackageResourceScopePath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::AccessPackageResourceScopePath::new(
            self.0.target().segment("accessPackageResourceScope"),
        )
    }
    /// Containment navigation property `accessPackageSubject` (`microsoft.graph.accessPackageSubject`).
    pub fn access_package_subject(
        &self,
    ) -> crate::beta::requests::AccessPackageSubjectPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::AccessPackageSubjectPath::new(
            self.0.target().segment("accessPackageSubject"),
        )
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
impl<C> crate::beta::requests::AccessPackageCatalogPath<C> {
    /// Containment navigation property `accessPackageResourceRoles` (`microsoft.graph.accessPackageResourceRole`).
    pub fn access_package_resource_roles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessPackageResourceRole,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("accessPackageResourceRoles"),
        )
    }
    /// Containment navigation property `accessPackageResources` (`microsoft.graph.accessPackageResource`).
    pub fn access_package_resources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessPackageResource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("accessPackageResources"),
        )
    }
    /// Containment navigation property `accessPackageResourceScopes` (`microsoft.graph.accessPackageResourceScope`).
    pub fn access_package_resource_scopes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessPackageResourceScope,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("accessPackageResourceScopes"),
        )
    }
    /// Containment navigation property `accessPackages` (`microsoft.graph.accessPackage`).
    pub fn access_packages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessPackage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("accessPackages"))
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
impl<C> crate::beta::requests::AccessPackageResourcePath<C> {
    /// Navigation property `accessPackageResourceEnvironment` (`microsoft.graph.accessPackageResourceEnvironment`).
    pub fn access_package_resource_environment(
        &self,
    ) -> crate::beta::requests::AccessPackageResourceEnvironmentPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::AccessPackageResourceEnvironmentPath::new(
            self.0.target().segment("accessPackageResourceEnvironment"),
        )
    }
    /// Containment navigation property `accessPackageResourceRoles` (`microsoft.graph.accessPackageResourceRole`).
    pub fn access_package_resource_roles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessPackageResourceRole,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("accessPackageResourceRoles"),
        )
    }
    /// Containment navigation property `accessPackageResourceScopes` (`microsoft.graph.accessPackageResourceScope`).
    pub fn access_package_resource_scopes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessPackageResourceScope,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("accessPackageResourceScopes"),
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
impl<C> crate::beta::requests::AccessPackageResourceEnvironmentPath<C> {
    /// Structural property `connectionInfo` (`microsoft.graph.connectionInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn connection_info(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ConnectionInfo> {
        crate::path::PropertyPath::new(self.0.target().segment("connectionInfo"))
    }
    /// Navigation property `accessPackageResources` (`microsoft.graph.accessPackageResource`).
    pub fn access_package_resources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessPackageResource,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("accessPackageResources"),
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
impl<C> crate::beta::requests::AccessPackageResourceRequestPath<C> {
    /// Navigation property `accessPackageResource` (`microsoft.graph.accessPackageResource`).
    pub fn access_package_resource(
        &self,
    ) -> crate::beta::requests::AccessPackageResourcePath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::AccessPackageResourcePath::new(
            self.0.target().segment("accessPackageResource"),
        )
    }
    /// Containment navigation property `requestor` (`microsoft.graph.accessPackageSubject`).
    pub fn requestor(
        &self,
    ) -> crate::beta::requests::AccessPackageSubjectPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::AccessPackageSubjectPath::new(
            self.0.target().segment("requestor"),
        )
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
impl<C> crate::beta::requests::AccessPackageResourceRolePath<C> {
    /// Containment navigation property `accessPackageResource` (`microsoft.graph.accessPackageResource`).
    pub fn access_package_resource(
        &self,
    ) -> crate::beta::requests::AccessPackageResourcePath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::AccessPackageResourcePath::new(
            self.0.target().segment("accessPackageResource"),
        )
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
impl<C> crate::beta::requests::AccessPackageResourceRoleScopePath<C> {
    /// Containment navigation property `accessPackageResourceRole` (`microsoft.graph.accessPackageResourceRole`).
    pub fn access_package_resource_role(
        &self,
    ) -> crate::beta::requests::AccessPackageResourceRolePath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::AccessPackageResourceRolePath::new(
            self.0.target().segment("accessPackageResourceRole"),
        )
    }
    /// Containment navigation property `accessPackageResourceScope` (`microsoft.graph.accessPackageResourceScope`).
    pub fn access_package_resource_scope(
        &self,
    ) -> crate::beta::requests::AccessPackageResourceScopePath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::AccessPackageResourceScopePath::new(
            self.0.target().segment("accessPackageResourceScope"),
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
impl<C> crate::beta::requests::AccessPackageResourceScopePath<C> {
    /// Containment navigation property `accessPackageResource` (`microsoft.graph.accessPackageResource`).
    pub fn access_package_resource(
        &self,
    ) -> crate::beta::requests::AccessPackageResourcePath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::AccessPackageResourcePath::new(
            self.0.target().segment("accessPackageResource"),
        )
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
impl<C> crate::beta::requests::AccessPackageSubjectPath<C> {
    /// Navigation property `connectedOrganization` (`microsoft.graph.connectedOrganization`).
    pub fn connected_organization(
        &self,
    ) -> crate::beta::requests::ConnectedOrganizationPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::ConnectedOrganizationPath::new(
            self.0.target().segment("connectedOrganization"),
        )
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
impl<C> crate::beta::requests::AccessReviewPath<C> {
    /// Structural property `createdBy` (`microsoft.graph.userIdentity`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::UserIdentity> {
        crate::path::PropertyPath::new(self.0.target().segment("createdBy"))
    }
    /// Structural property `reviewedEntity` (`microsoft.graph.identity`), addressed on its own: `GET` or `PATCH` it.
    pub fn reviewed_entity(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyIdentity> {
        crate::path::PropertyPath::new(self.0.target().segment("reviewedEntity"))
    }
    /// Structural property `settings` (`microsoft.graph.accessReviewSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyAccessReviewSettings> {
        crate::path::PropertyPath::new(self.0.target().segment("settings"))
    }
    /// Containment navigation property `decisions` (`microsoft.graph.accessReviewDecision`).
    pub fn decisions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessReviewDecision,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("decisions"))
    }
    /// Containment navigation property `instances` (`microsoft.graph.accessReview`).
    pub fn instances(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessReview,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("instances"))
    }
    /// Containment navigation property `myDecisions` (`microsoft.graph.accessReviewDecision`).
    pub fn my_decisions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessReviewDecision,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("myDecisions"))
    }
    /// Containment navigation property `reviewers` (`microsoft.graph.accessReviewReviewer`).
    pub fn reviewers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessReviewReviewer,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("reviewers"))
    }
    /// `POST .../applyDecisions`: action `microsoft.graph.applyDecisions`.
    pub fn apply_decisions(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("applyDecisions"),
            rt::request::NoBody,
        )
    }
    /// `POST .../resetDecisions`: action `microsoft.graph.resetDecisions`.
    pub fn reset_decisions(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("resetDecisions"),
            rt::request::NoBody,
        )
    }
    /// `POST .../sendReminder`: action `microsoft.graph.sendReminder`.
    pub fn send_reminder(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("sendReminder"),
            rt::request::NoBody,
        )
    }
    /// `POST .../stop`: action `microsoft.graph.stop`.
    pub fn stop(&self) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("stop"),
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
impl<C> crate::beta::requests::AccessReviewDecisionPath<C> {
    /// Structural property `appliedBy` (`microsoft.graph.userIdentity`), addressed on its own: `GET` or `PATCH` it.
    pub fn applied_by(&self) -> crate::path::PropertyPath<crate::beta::UserIdentity> {
        crate::path::PropertyPath::new(self.0.target().segment("appliedBy"))
    }
    /// Structural property `reviewedBy` (`microsoft.graph.userIdentity`), addressed on its own: `GET` or `PATCH` it.
    pub fn reviewed_by(&self) -> crate::path::PropertyPath<crate::beta::UserIdentity> {
        crate::path::PropertyPath::new(self.0.target().segment("reviewedBy"))
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
impl<C> crate::beta::requests::AccessReviewHistoryDefinitionPath<C> {
    /// Structural property `createdBy` (`microsoft.graph.userIdentity`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::UserIdentity> {
        crate::path::PropertyPath::new(self.0.target().segment("createdBy"))
    }
    /// `POST .../generateDownloadUri`: action `microsoft.graph.generateDownloadUri`.
    pub fn generate_download_uri(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::AccessReviewHistoryDefinition>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("generateDownloadUri"),
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
impl<C> crate::beta::requests::AccessReviewInstancePath<C> {
    /// Structural property `scope` (`microsoft.graph.accessReviewScope`), addressed on its own: `GET` or `PATCH` it.
    pub fn scope(&self) -> crate::path::PropertyPath<crate::beta::AnyAccessReviewScope> {
        crate::path::PropertyPath::new(self.0.target().segment("scope"))
    }
    /// Containment navigation property `decisions` (`microsoft.graph.accessReviewInstanceDecisionItem`).
    pub fn decisions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessReviewInstanceDecisionItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("decisions"))
    }
    #[cfg(msgraph_beta_identity_governance_or_search)]
    /// Navigation property `definition` (`microsoft.graph.accessReviewScheduleDefinition`).
    ///
    /// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
    pub fn definition(
        &self,
    ) -> crate::beta::requests::AccessReviewScheduleDefinitionPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::AccessReviewScheduleDefinitionPath::new(
            self.0.target().segment("definition"),
        )
    }
    /// `POST .../acceptRecommendations`: action `microsoft.graph.acceptRecommendations`.
    pub fn accept_recommendations(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("acceptRecommendations"),
            rt::request::NoBody,
        )
    }
    /// `POST .../applyDecisions`: action `microsoft.graph.applyDecisions`.
    pub fn apply_decisions(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("applyDecisions"),
            rt::request::NoBody,
        )
    }
    /// `POST .../batchRecordDecisions`: action `microsoft.graph.batchRecordDecisions`.
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
            self.0.target().segment("batchRecordDecisions"),
            rt::request::Json(params),
        )
    }
    /// `POST .../resetDecisions`: action `microsoft.graph.resetDecisions`.
    pub fn reset_decisions(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("resetDecisions"),
            rt::request::NoBody,
        )
    }
    /// `POST .../sendReminder`: action `microsoft.graph.sendReminder`.
    pub fn send_reminder(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("sendReminder"),
            rt::request::NoBody,
        )
    }
    /// `POST .../stop`: action `microsoft.graph.stop`.
    pub fn stop(&self) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("stop"),
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
impl<C> crate::beta::requests::AccessReviewInstanceDecisionItemPath<C> {
    /// Structural property `appliedBy` (`microsoft.graph.userIdentity`), addressed on its own: `GET` or `PATCH` it.
    pub fn applied_by(&self) -> crate::path::PropertyPath<crate::beta::UserIdentity> {
        crate::path::PropertyPath::new(self.0.target().segment("appliedBy"))
    }
    /// Structural property `principal` (`microsoft.graph.identity`), addressed on its own: `GET` or `PATCH` it.
    pub fn principal(&self) -> crate::path::PropertyPath<crate::beta::AnyIdentity> {
        crate::path::PropertyPath::new(self.0.target().segment("principal"))
    }
    /// Structural property `resource` (`microsoft.graph.accessReviewInstanceDecisionItemResource`), addressed on its own: `GET` or `PATCH` it.
    pub fn resource(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::AccessReviewInstanceDecisionItemResource,
    > {
        crate::path::PropertyPath::new(self.0.target().segment("resource"))
    }
    /// Structural property `reviewedBy` (`microsoft.graph.userIdentity`), addressed on its own: `GET` or `PATCH` it.
    pub fn reviewed_by(&self) -> crate::path::PropertyPath<crate::beta::UserIdentity> {
        crate::path::PropertyPath::new(self.0.target().segment("reviewedBy"))
    }
    /// Structural property `target` (`microsoft.graph.accessReviewInstanceDecisionItemTarget`), addressed on its own: `GET` or `PATCH` it.
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::AnyAccessReviewInstanceDecisionItemTarget,
    > {
        crate::path::PropertyPath::new(self.0.target().segment("target"))
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
impl<C> crate::beta::requests::AccessReviewScheduleDefinitionPath<C> {
    /// Structural property `createdBy` (`microsoft.graph.userIdentity`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::UserIdentity> {
        crate::path::PropertyPath::new(self.0.target().segment("createdBy"))
    }
    /// Structural property `instanceEnumerationScope` (`microsoft.graph.accessReviewScope`), addressed on its own: `GET` or `PATCH` it.
    pub fn instance_enumeration_scope(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyAccessReviewScope> {
        crate::path::PropertyPath::new(
            self.0.target().segment("instanceEnumerationScope"),
        )
    }
    /// Structural property `scope` (`microsoft.graph.accessReviewScope`), addressed on its own: `GET` or `PATCH` it.
    pub fn scope(&self) -> crate::path::PropertyPath<crate::beta::AnyAccessReviewScope> {
        crate::path::PropertyPath::new(self.0.target().segment("scope"))
    }
    /// Structural property `settings` (`microsoft.graph.accessReviewScheduleSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AccessReviewScheduleSettings> {
        crate::path::PropertyPath::new(self.0.target().segment("settings"))
    }
    /// Containment navigation property `instances` (`microsoft.graph.accessReviewInstance`).
    pub fn instances(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessReviewInstance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("instances"))
    }
    /// `POST .../stop`: action `microsoft.graph.stop`.
    pub fn stop(&self) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("stop"),
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
impl<C> crate::beta::requests::AccessReviewSetPath<C> {
    /// Containment navigation property `definitions` (`microsoft.graph.accessReviewScheduleDefinition`).
    pub fn definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessReviewScheduleDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("definitions"))
    }
    /// Containment navigation property `historyDefinitions` (`microsoft.graph.accessReviewHistoryDefinition`).
    pub fn history_definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessReviewHistoryDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("historyDefinitions"))
    }
    /// Containment navigation property `policy` (`microsoft.graph.accessReviewPolicy`).
    pub fn policy(
        &self,
    ) -> crate::beta::requests::AccessReviewPolicyPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::AccessReviewPolicyPath::new(
            self.0.target().segment("policy"),
        )
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
impl<C> crate::beta::requests::ActiveDirectoryWindowsAutopilotDeploymentProfilePath<C> {
    /// Containment navigation property `domainJoinConfiguration` (`microsoft.graph.windowsDomainJoinConfiguration`).
    pub fn domain_join_configuration(
        &self,
    ) -> crate::beta::requests::WindowsDomainJoinConfigurationPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::WindowsDomainJoinConfigurationPath::new(
            self.0.target().segment("domainJoinConfiguration"),
        )
    }
    /// Structural property `enrollmentStatusScreenSettings` (`microsoft.graph.windowsEnrollmentStatusScreenSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn enrollment_status_screen_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::WindowsEnrollmentStatusScreenSettings> {
        crate::path::PropertyPath::new(
            self.0.target().segment("enrollmentStatusScreenSettings"),
        )
    }
    /// Structural property `outOfBoxExperienceSettings` (`microsoft.graph.outOfBoxExperienceSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn out_of_box_experience_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::OutOfBoxExperienceSettings> {
        crate::path::PropertyPath::new(
            self.0.target().segment("outOfBoxExperienceSettings"),
        )
    }
    /// Containment navigation property `assignedDevices` (`microsoft.graph.windowsAutopilotDeviceIdentity`).
    pub fn assigned_devices(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::WindowsAutopilotDeviceIdentity,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignedDevices"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.windowsAutopilotDeploymentProfileAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::WindowsAutopilotDeploymentProfileAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
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
            self.0.target().segment("assign"),
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
impl<C> crate::beta::requests::ActivityHistoryItemPath<C> {
    /// Navigation property `activity` (`microsoft.graph.userActivity`).
    pub fn activity(
        &self,
    ) -> crate::beta::requests::UserActivityPath<crate::path::caps::GetUpdateDeleteRef> {
        crate::beta::requests::UserActivityPath::new(self.0.target().segment("activity"))
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
impl<C> crate::beta::requests::AdminPath<C> {
    /// Containment navigation property `serviceAnnouncement` (`microsoft.graph.serviceAnnouncement`).
    pub fn service_announcement(
        &self,
    ) -> crate::beta::requests::ServiceAnnouncementPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::ServiceAnnouncementPath::new(
            self.0.target().segment("serviceAnnouncement"),
        )
    }
    /// Containment navigation property `windows` (`microsoft.graph.windowsUpdates.windows`).
    pub fn windows(
        &self,
    ) -> crate::beta::requests::windows_updates::WindowsPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::windows_updates::WindowsPath::new(
            self.0.target().segment("windows"),
        )
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
impl<C> crate::beta::requests::AdministrativeUnitPath<C> {
    /// Navigation property `members` (`microsoft.graph.directoryObject`).
    pub fn members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("members"))
    }
    /// Containment navigation property `scopedRoleMembers` (`microsoft.graph.scopedRoleMembership`).
    pub fn scoped_role_members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ScopedRoleMembership,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("scopedRoleMembers"))
    }
    /// Containment navigation property `extensions` (`microsoft.graph.extension`).
    pub fn extensions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyExtension,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("extensions"))
    }
    /// `POST .../checkMemberGroups`: action `microsoft.graph.checkMemberGroups`.
    pub fn check_member_groups(
        &self,
        params: crate::beta::params::DirectoryObjectCheckMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectCheckMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("checkMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../checkMemberObjects`: action `microsoft.graph.checkMemberObjects`.
    pub fn check_member_objects(
        &self,
        params: crate::beta::params::DirectoryObjectCheckMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectCheckMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("checkMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberGroups`: action `microsoft.graph.getMemberGroups`.
    pub fn get_member_groups(
        &self,
        params: crate::beta::params::DirectoryObjectGetMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectGetMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberObjects`: action `microsoft.graph.getMemberObjects`.
    pub fn get_member_objects(
        &self,
        params: crate::beta::params::DirectoryObjectGetMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectGetMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../restore`: action `microsoft.graph.restore`.
    pub fn restore(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("restore"),
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
impl<C> crate::beta::requests::AdvancedThreatProtectionOnboardingStateSummaryPath<C> {
    /// Containment navigation property `advancedThreatProtectionOnboardingDeviceSettingStates` (`microsoft.graph.advancedThreatProtectionOnboardingDeviceSettingState`).
    pub fn advanced_threat_protection_onboarding_device_setting_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AdvancedThreatProtectionOnboardingDeviceSettingState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self
                .0
                .target()
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
impl<C> crate::beta::requests::ediscovery::AddToReviewSetOperationPath<C> {
    /// Navigation property `reviewSet` (`microsoft.graph.ediscovery.reviewSet`).
    pub fn review_set(
        &self,
    ) -> crate::beta::requests::ediscovery::ReviewSetPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::ediscovery::ReviewSetPath::new(
            self.0.target().segment("reviewSet"),
        )
    }
    /// Navigation property `sourceCollection` (`microsoft.graph.ediscovery.sourceCollection`).
    pub fn source_collection(
        &self,
    ) -> crate::beta::requests::ediscovery::SourceCollectionPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::ediscovery::SourceCollectionPath::new(
            self.0.target().segment("sourceCollection"),
        )
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("createdBy"))
    }
    /// Structural property `resultInfo` (`microsoft.graph.resultInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn result_info(&self) -> crate::path::PropertyPath<crate::beta::ResultInfo> {
        crate::path::PropertyPath::new(self.0.target().segment("resultInfo"))
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
impl<C> crate::beta::requests::AgreementPath<C> {
    /// Structural property `termsExpiration` (`microsoft.graph.termsExpiration`), addressed on its own: `GET` or `PATCH` it.
    pub fn terms_expiration(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::TermsExpiration> {
        crate::path::PropertyPath::new(self.0.target().segment("termsExpiration"))
    }
    /// Containment navigation property `acceptances` (`microsoft.graph.agreementAcceptance`).
    pub fn acceptances(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AgreementAcceptance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("acceptances"))
    }
    /// Containment navigation property `file` (`microsoft.graph.agreementFile`).
    pub fn file(
        &self,
    ) -> crate::beta::requests::AgreementFilePath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::AgreementFilePath::new(self.0.target().segment("file"))
    }
    /// Containment navigation property `files` (`microsoft.graph.agreementFileLocalization`).
    pub fn files(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AgreementFileLocalization,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("files"))
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
impl<C> crate::beta::requests::AgreementFilePath<C> {
    /// Containment navigation property `localizations` (`microsoft.graph.agreementFileLocalization`).
    pub fn localizations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AgreementFileLocalization,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("localizations"))
    }
    /// Structural property `fileData` (`microsoft.graph.agreementFileData`), addressed on its own: `GET` or `PATCH` it.
    pub fn file_data(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AgreementFileData> {
        crate::path::PropertyPath::new(self.0.target().segment("fileData"))
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
impl<C> crate::beta::requests::AgreementFileLocalizationPath<C> {
    /// Containment navigation property `versions` (`microsoft.graph.agreementFileVersion`).
    pub fn versions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AgreementFileVersion,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("versions"))
    }
    /// Structural property `fileData` (`microsoft.graph.agreementFileData`), addressed on its own: `GET` or `PATCH` it.
    pub fn file_data(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AgreementFileData> {
        crate::path::PropertyPath::new(self.0.target().segment("fileData"))
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
impl<C, T> crate::beta::requests::AgreementFilePropertiesPath<C, T> {
    /// Structural property `fileData` (`microsoft.graph.agreementFileData`), addressed on its own: `GET` or `PATCH` it.
    pub fn file_data(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AgreementFileData> {
        crate::path::PropertyPath::new(self.0.target().segment("fileData"))
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
impl<C> crate::beta::requests::AlertPath<C> {
    /// Structural property `vendorInformation` (`microsoft.graph.securityVendorInformation`), addressed on its own: `GET` or `PATCH` it.
    pub fn vendor_information(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::SecurityVendorInformation> {
        crate::path::PropertyPath::new(self.0.target().segment("vendorInformation"))
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
