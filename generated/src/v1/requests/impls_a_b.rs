//! Items of `requests` by the first letters of their types' names (`a_b`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_core_or_teamwork)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::AadUserConversationMemberPath {
    #[cfg(msgraph_v1_core)]
    /// Navigation property `user` (`microsoft.graph.user`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[inline]
    pub fn user(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("user"))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyConversationMember>
for crate::v1::AadUserConversationMember {
    const SEGMENT: &'static str = "microsoft.graph.aadUserConversationMember";
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AadUserConversationMember {
    const SEGMENT: &'static str = "microsoft.graph.aadUserConversationMember";
}
#[cfg(msgraph_v1_core_or_teamwork)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::AadUserConversationMember, C> {
    /// `POST .../add`: action `microsoft.graph.add`.
    pub fn add(
        &self,
        params: crate::v1::params::ConversationMemberCollectionAddParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ConversationMemberCollectionAddParams>,
        rt::request::Collection<crate::v1::AnyActionResultPart>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("add"),
            rt::request::Json(params),
        )
    }
    /// `POST .../remove`: action `microsoft.graph.remove`.
    pub fn remove(
        &self,
        params: crate::v1::params::ConversationMemberCollectionRemoveParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ConversationMemberCollectionRemoveParams>,
        rt::request::Collection<crate::v1::AnyActionResultPart>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("remove"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::AccessPackagePath {
    /// Navigation property `accessPackagesIncompatibleWith` (`microsoft.graph.accessPackage`).
    #[inline]
    pub fn access_packages_incompatible_with(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AccessPackage,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("accessPackagesIncompatibleWith"),
        )
    }
    /// Containment navigation property `assignmentPolicies` (`microsoft.graph.accessPackageAssignmentPolicy`).
    #[inline]
    pub fn assignment_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AccessPackageAssignmentPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("assignmentPolicies"),
        )
    }
    /// Navigation property `catalog` (`microsoft.graph.accessPackageCatalog`).
    #[inline]
    pub fn catalog(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AccessPackageCatalog,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("catalog"))
    }
    /// Navigation property `incompatibleAccessPackages` (`microsoft.graph.accessPackage`).
    #[inline]
    pub fn incompatible_access_packages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AccessPackage,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("incompatibleAccessPackages"),
        )
    }
    /// Navigation property `incompatibleGroups` (`microsoft.graph.group`).
    #[inline]
    pub fn incompatible_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Group,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("incompatibleGroups"),
        )
    }
    /// Containment navigation property `resourceRoleScopes` (`microsoft.graph.accessPackageResourceRoleScope`).
    #[inline]
    pub fn resource_role_scopes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AccessPackageResourceRoleScope,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("resourceRoleScopes"),
        )
    }
    /// `POST .../getApplicablePolicyRequirements`: action `microsoft.graph.getApplicablePolicyRequirements`.
    #[inline]
    pub fn get_applicable_policy_requirements(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AccessPackageAssignmentRequestRequirements>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getApplicablePolicyRequirements"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AccessPackage {
    const SEGMENT: &'static str = "microsoft.graph.accessPackage";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::AccessPackage, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::v1::AccessPackageFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AccessPackage>,
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
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::AccessPackageAssignmentPath {
    /// Structural property `schedule` (`microsoft.graph.entitlementManagementSchedule`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn schedule(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::EntitlementManagementSchedule> {
        crate::path::PropertyPath::new(self.node_target().segment("schedule"))
    }
    /// Navigation property `accessPackage` (`microsoft.graph.accessPackage`).
    #[inline]
    pub fn access_package(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AccessPackage,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("accessPackage"))
    }
    /// Navigation property `assignmentPolicy` (`microsoft.graph.accessPackageAssignmentPolicy`).
    #[inline]
    pub fn assignment_policy(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AccessPackageAssignmentPolicy,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("assignmentPolicy"))
    }
    /// Navigation property `target` (`microsoft.graph.accessPackageSubject`).
    #[inline]
    pub fn target_2(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AccessPackageSubject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("target"))
    }
    /// `POST .../reprocess`: action `microsoft.graph.reprocess`.
    #[inline]
    pub fn reprocess(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("reprocess"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AccessPackageAssignment {
    const SEGMENT: &'static str = "microsoft.graph.accessPackageAssignment";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::AccessPackageAssignment, C> {
    /// `GET .../additionalAccess`: function `microsoft.graph.additionalAccess`.
    pub fn additional_access(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AccessPackageAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("additionalAccess", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../additionalAccess`: function `microsoft.graph.additionalAccess`.
    pub fn additional_access_2(
        &self,
        access_package_id: &str,
        incompatible_access_package_id: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AccessPackageAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "additionalAccess",
                    &[
                        (
                            "accessPackageId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(access_package_id),
                            ),
                        ),
                        (
                            "incompatibleAccessPackageId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(
                                    incompatible_access_package_id,
                                ),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::v1::AccessPackageAssignmentFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AccessPackageAssignment>,
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
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::AccessPackageAssignmentPolicyPath {
    /// Structural property `automaticRequestSettings` (`microsoft.graph.accessPackageAutomaticRequestSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn automatic_request_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AccessPackageAutomaticRequestSettings> {
        crate::path::PropertyPath::new(
            self.node_target().segment("automaticRequestSettings"),
        )
    }
    /// Structural property `expiration` (`microsoft.graph.expirationPattern`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn expiration(&self) -> crate::path::PropertyPath<crate::v1::ExpirationPattern> {
        crate::path::PropertyPath::new(self.node_target().segment("expiration"))
    }
    /// Structural property `notificationSettings` (`microsoft.graph.accessPackageNotificationSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn notification_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AccessPackageNotificationSettings> {
        crate::path::PropertyPath::new(
            self.node_target().segment("notificationSettings"),
        )
    }
    /// Structural property `requestApprovalSettings` (`microsoft.graph.accessPackageAssignmentApprovalSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn request_approval_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AccessPackageAssignmentApprovalSettings> {
        crate::path::PropertyPath::new(
            self.node_target().segment("requestApprovalSettings"),
        )
    }
    /// Structural property `requestorSettings` (`microsoft.graph.accessPackageAssignmentRequestorSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn requestor_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AccessPackageAssignmentRequestorSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("requestorSettings"))
    }
    /// Structural property `reviewSettings` (`microsoft.graph.accessPackageAssignmentReviewSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn review_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AccessPackageAssignmentReviewSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("reviewSettings"))
    }
    /// Navigation property `accessPackage` (`microsoft.graph.accessPackage`).
    #[inline]
    pub fn access_package(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AccessPackage,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("accessPackage"))
    }
    /// Navigation property `catalog` (`microsoft.graph.accessPackageCatalog`).
    #[inline]
    pub fn catalog(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AccessPackageCatalog,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("catalog"))
    }
    /// Containment navigation property `customExtensionStageSettings` (`microsoft.graph.customExtensionStageSetting`).
    #[inline]
    pub fn custom_extension_stage_settings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CustomExtensionStageSetting,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("customExtensionStageSettings"),
        )
    }
    /// Containment navigation property `questions` (`microsoft.graph.accessPackageQuestion`).
    #[inline]
    pub fn questions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyAccessPackageQuestion,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("questions"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AccessPackageAssignmentPolicy {
    const SEGMENT: &'static str = "microsoft.graph.accessPackageAssignmentPolicy";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::AccessPackageAssignmentRequestPath {
    /// Structural property `schedule` (`microsoft.graph.entitlementManagementSchedule`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn schedule(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::EntitlementManagementSchedule> {
        crate::path::PropertyPath::new(self.node_target().segment("schedule"))
    }
    /// Navigation property `accessPackage` (`microsoft.graph.accessPackage`).
    #[inline]
    pub fn access_package(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AccessPackage,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("accessPackage"))
    }
    /// Navigation property `assignment` (`microsoft.graph.accessPackageAssignment`).
    #[inline]
    pub fn assignment(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AccessPackageAssignment,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("assignment"))
    }
    /// Navigation property `requestor` (`microsoft.graph.accessPackageSubject`).
    #[inline]
    pub fn requestor(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AccessPackageSubject,
        crate::path::caps::GetUpdateDeleteRef,
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
    /// `POST .../reprocess`: action `microsoft.graph.reprocess`.
    #[inline]
    pub fn reprocess(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("reprocess"),
            rt::request::NoBody,
        )
    }
    /// `POST .../resume`: action `microsoft.graph.resume`.
    #[inline]
    pub fn resume(
        &self,
        params: crate::v1::params::AccessPackageAssignmentRequestResumeParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::AccessPackageAssignmentRequestResumeParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("resume"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AccessPackageAssignmentRequest {
    const SEGMENT: &'static str = "microsoft.graph.accessPackageAssignmentRequest";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::AccessPackageAssignmentRequest, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::v1::AccessPackageAssignmentRequestFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AccessPackageAssignmentRequest>,
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
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::AccessPackageAssignmentRequestWorkflowExtensionPath {
    /// Structural property `callbackConfiguration` (`microsoft.graph.customExtensionCallbackConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn callback_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyCustomExtensionCallbackConfiguration> {
        crate::path::PropertyPath::new(
            self.node_target().segment("callbackConfiguration"),
        )
    }
    /// Structural property `authenticationConfiguration` (`microsoft.graph.customExtensionAuthenticationConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn authentication_configuration(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::AnyCustomExtensionAuthenticationConfiguration,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("authenticationConfiguration"),
        )
    }
    /// Structural property `clientConfiguration` (`microsoft.graph.customExtensionClientConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn client_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CustomExtensionClientConfiguration> {
        crate::path::PropertyPath::new(self.node_target().segment("clientConfiguration"))
    }
    /// Structural property `endpointConfiguration` (`microsoft.graph.customExtensionEndpointConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn endpoint_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyCustomExtensionEndpointConfiguration> {
        crate::path::PropertyPath::new(
            self.node_target().segment("endpointConfiguration"),
        )
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyCustomCalloutExtension>
for crate::v1::AccessPackageAssignmentRequestWorkflowExtension {
    const SEGMENT: &'static str = "microsoft.graph.accessPackageAssignmentRequestWorkflowExtension";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AccessPackageAssignmentRequestWorkflowExtension {
    const SEGMENT: &'static str = "microsoft.graph.accessPackageAssignmentRequestWorkflowExtension";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::AccessPackageAssignmentWorkflowExtensionPath {
    /// Structural property `callbackConfiguration` (`microsoft.graph.customExtensionCallbackConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn callback_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyCustomExtensionCallbackConfiguration> {
        crate::path::PropertyPath::new(
            self.node_target().segment("callbackConfiguration"),
        )
    }
    /// Structural property `authenticationConfiguration` (`microsoft.graph.customExtensionAuthenticationConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn authentication_configuration(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::AnyCustomExtensionAuthenticationConfiguration,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("authenticationConfiguration"),
        )
    }
    /// Structural property `clientConfiguration` (`microsoft.graph.customExtensionClientConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn client_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CustomExtensionClientConfiguration> {
        crate::path::PropertyPath::new(self.node_target().segment("clientConfiguration"))
    }
    /// Structural property `endpointConfiguration` (`microsoft.graph.customExtensionEndpointConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn endpoint_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyCustomExtensionEndpointConfiguration> {
        crate::path::PropertyPath::new(
            self.node_target().segment("endpointConfiguration"),
        )
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyCustomCalloutExtension>
for crate::v1::AccessPackageAssignmentWorkflowExtension {
    const SEGMENT: &'static str = "microsoft.graph.accessPackageAssignmentWorkflowExtension";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AccessPackageAssignmentWorkflowExtension {
    const SEGMENT: &'static str = "microsoft.graph.accessPackageAssignmentWorkflowExtension";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::AccessPackageCatalogPath {
    /// Navigation property `accessPackages` (`microsoft.graph.accessPackage`).
    #[inline]
    pub fn access_packages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AccessPackage,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("accessPackages"))
    }
    /// Containment navigation property `customWorkflowExtensions` (`microsoft.graph.customCalloutExtension`).
    #[inline]
    pub fn custom_workflow_extensions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyCustomCalloutExtension,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("customWorkflowExtensions"),
        )
    }
    /// Containment navigation property `resourceRoles` (`microsoft.graph.accessPackageResourceRole`).
    #[inline]
    pub fn resource_roles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AccessPackageResourceRole,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("resourceRoles"))
    }
    /// Containment navigation property `resources` (`microsoft.graph.accessPackageResource`).
    #[inline]
    pub fn resources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyAccessPackageResource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("resources"))
    }
    /// Containment navigation property `resourceScopes` (`microsoft.graph.accessPackageResourceScope`).
    #[inline]
    pub fn resource_scopes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AccessPackageResourceScope,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("resourceScopes"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AccessPackageCatalog {
    const SEGMENT: &'static str = "microsoft.graph.accessPackageCatalog";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAccessPackageQuestion>
for crate::v1::AccessPackageMultipleChoiceQuestion {
    const SEGMENT: &'static str = "microsoft.graph.accessPackageMultipleChoiceQuestion";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AccessPackageMultipleChoiceQuestion {
    const SEGMENT: &'static str = "microsoft.graph.accessPackageMultipleChoiceQuestion";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyAccessPackageQuestion {
    const SEGMENT: &'static str = "microsoft.graph.accessPackageQuestion";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::AccessPackageResourcePath {
    /// Navigation property `environment` (`microsoft.graph.accessPackageResourceEnvironment`).
    #[inline]
    pub fn environment(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AccessPackageResourceEnvironment,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("environment"))
    }
    /// Containment navigation property `roles` (`microsoft.graph.accessPackageResourceRole`).
    #[inline]
    pub fn roles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AccessPackageResourceRole,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("roles"))
    }
    /// Containment navigation property `scopes` (`microsoft.graph.accessPackageResourceScope`).
    #[inline]
    pub fn scopes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AccessPackageResourceScope,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("scopes"))
    }
    /// Containment navigation property `uploadSessions` (`microsoft.graph.customDataProvidedResourceUploadSession`).
    #[inline]
    pub fn upload_sessions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyCustomDataProvidedResourceUploadSession,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("uploadSessions"))
    }
    /// `POST .../refresh`: action `microsoft.graph.refresh`.
    #[inline]
    pub fn refresh(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("refresh"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyAccessPackageResource {
    const SEGMENT: &'static str = "microsoft.graph.accessPackageResource";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::AccessPackageResourceEnvironmentPath {
    /// Structural property `connectionInfo` (`microsoft.graph.connectionInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn connection_info(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ConnectionInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("connectionInfo"))
    }
    /// Containment navigation property `resources` (`microsoft.graph.accessPackageResource`).
    #[inline]
    pub fn resources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyAccessPackageResource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("resources"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AccessPackageResourceEnvironment {
    const SEGMENT: &'static str = "microsoft.graph.accessPackageResourceEnvironment";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::AccessPackageResourceRequestPath {
    /// Containment navigation property `catalog` (`microsoft.graph.accessPackageCatalog`).
    #[inline]
    pub fn catalog(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AccessPackageCatalog,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("catalog"))
    }
    /// Containment navigation property `resource` (`microsoft.graph.accessPackageResource`).
    #[inline]
    pub fn resource(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyAccessPackageResource,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("resource"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AccessPackageResourceRequest {
    const SEGMENT: &'static str = "microsoft.graph.accessPackageResourceRequest";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::AccessPackageResourceRolePath {
    /// Containment navigation property `resource` (`microsoft.graph.accessPackageResource`).
    #[inline]
    pub fn resource(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyAccessPackageResource,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("resource"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AccessPackageResourceRole {
    const SEGMENT: &'static str = "microsoft.graph.accessPackageResourceRole";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::AccessPackageResourceRoleScopePath {
    /// Containment navigation property `role` (`microsoft.graph.accessPackageResourceRole`).
    #[inline]
    pub fn role(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AccessPackageResourceRole,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("role"))
    }
    /// Containment navigation property `scope` (`microsoft.graph.accessPackageResourceScope`).
    #[inline]
    pub fn scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AccessPackageResourceScope,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("scope"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AccessPackageResourceRoleScope {
    const SEGMENT: &'static str = "microsoft.graph.accessPackageResourceRoleScope";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::AccessPackageResourceScopePath {
    /// Containment navigation property `resource` (`microsoft.graph.accessPackageResource`).
    #[inline]
    pub fn resource(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyAccessPackageResource,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("resource"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AccessPackageResourceScope {
    const SEGMENT: &'static str = "microsoft.graph.accessPackageResourceScope";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::AccessPackageSubjectPath {
    /// Navigation property `connectedOrganization` (`microsoft.graph.connectedOrganization`).
    #[inline]
    pub fn connected_organization(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::ConnectedOrganization,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("connectedOrganization"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AccessPackageSubject {
    const SEGMENT: &'static str = "microsoft.graph.accessPackageSubject";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::AccessPackageSuggestionPath {
    /// Navigation property `accessPackage` (`microsoft.graph.availableAccessPackage`).
    #[inline]
    pub fn access_package(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AvailableAccessPackage,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("accessPackage"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AccessPackageSuggestion {
    const SEGMENT: &'static str = "microsoft.graph.accessPackageSuggestion";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::AccessPackageSuggestion, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &rt::Flags<crate::v1::AccessPackageSuggestionFilterByCurrentUserOptions>,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AccessPackageSuggestion>,
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
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAccessPackageQuestion>
for crate::v1::AccessPackageTextInputQuestion {
    const SEGMENT: &'static str = "microsoft.graph.accessPackageTextInputQuestion";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AccessPackageTextInputQuestion {
    const SEGMENT: &'static str = "microsoft.graph.accessPackageTextInputQuestion";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::AccessReviewHistoryDefinitionPath {
    /// Structural property `createdBy` (`microsoft.graph.userIdentity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::UserIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `scheduleSettings` (`microsoft.graph.accessReviewHistoryScheduleSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn schedule_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AccessReviewHistoryScheduleSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("scheduleSettings"))
    }
    /// Containment navigation property `instances` (`microsoft.graph.accessReviewHistoryInstance`).
    #[inline]
    pub fn instances(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AccessReviewHistoryInstance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("instances"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AccessReviewHistoryDefinition {
    const SEGMENT: &'static str = "microsoft.graph.accessReviewHistoryDefinition";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::AccessReviewHistoryInstancePath {
    /// `POST .../generateDownloadUri`: action `microsoft.graph.generateDownloadUri`.
    #[inline]
    pub fn generate_download_uri(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AccessReviewHistoryInstance>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("generateDownloadUri"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AccessReviewHistoryInstance {
    const SEGMENT: &'static str = "microsoft.graph.accessReviewHistoryInstance";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::AccessReviewInstancePath {
    /// Structural property `scope` (`microsoft.graph.accessReviewScope`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn scope(&self) -> crate::path::PropertyPath<crate::v1::AnyAccessReviewScope> {
        crate::path::PropertyPath::new(self.node_target().segment("scope"))
    }
    /// Containment navigation property `contactedReviewers` (`microsoft.graph.accessReviewReviewer`).
    #[inline]
    pub fn contacted_reviewers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AccessReviewReviewer,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("contactedReviewers"),
        )
    }
    /// Containment navigation property `decisions` (`microsoft.graph.accessReviewInstanceDecisionItem`).
    #[inline]
    pub fn decisions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AccessReviewInstanceDecisionItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("decisions"))
    }
    /// Containment navigation property `stages` (`microsoft.graph.accessReviewStage`).
    #[inline]
    pub fn stages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AccessReviewStage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("stages"))
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
        params: crate::v1::params::AccessReviewInstanceBatchRecordDecisionsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::AccessReviewInstanceBatchRecordDecisionsParams,
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
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AccessReviewInstance {
    const SEGMENT: &'static str = "microsoft.graph.accessReviewInstance";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::AccessReviewInstance, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::v1::AccessReviewInstanceFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AccessReviewInstance>,
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
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::AccessReviewInstanceDecisionItemPath {
    /// Structural property `appliedBy` (`microsoft.graph.userIdentity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn applied_by(&self) -> crate::path::PropertyPath<crate::v1::UserIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("appliedBy"))
    }
    /// Structural property `principal` (`microsoft.graph.identity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn principal(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("principal"))
    }
    /// Structural property `resource` (`microsoft.graph.accessReviewInstanceDecisionItemResource`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn resource(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::AnyAccessReviewInstanceDecisionItemResource,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("resource"))
    }
    /// Structural property `reviewedBy` (`microsoft.graph.userIdentity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn reviewed_by(&self) -> crate::path::PropertyPath<crate::v1::UserIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("reviewedBy"))
    }
    /// Containment navigation property `insights` (`microsoft.graph.governanceInsight`).
    #[inline]
    pub fn insights(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyGovernanceInsight,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("insights"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AccessReviewInstanceDecisionItem {
    const SEGMENT: &'static str = "microsoft.graph.accessReviewInstanceDecisionItem";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::AccessReviewInstanceDecisionItem, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::v1::AccessReviewInstanceDecisionItemFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AccessReviewInstanceDecisionItem>,
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
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AccessReviewReviewer {
    const SEGMENT: &'static str = "microsoft.graph.accessReviewReviewer";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::AccessReviewScheduleDefinitionPath {
    /// Structural property `createdBy` (`microsoft.graph.userIdentity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::UserIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `instanceEnumerationScope` (`microsoft.graph.accessReviewScope`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn instance_enumeration_scope(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyAccessReviewScope> {
        crate::path::PropertyPath::new(
            self.node_target().segment("instanceEnumerationScope"),
        )
    }
    /// Structural property `scope` (`microsoft.graph.accessReviewScope`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn scope(&self) -> crate::path::PropertyPath<crate::v1::AnyAccessReviewScope> {
        crate::path::PropertyPath::new(self.node_target().segment("scope"))
    }
    /// Structural property `settings` (`microsoft.graph.accessReviewScheduleSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AccessReviewScheduleSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("settings"))
    }
    /// Containment navigation property `instances` (`microsoft.graph.accessReviewInstance`).
    #[inline]
    pub fn instances(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AccessReviewInstance,
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
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AccessReviewScheduleDefinition {
    const SEGMENT: &'static str = "microsoft.graph.accessReviewScheduleDefinition";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::AccessReviewScheduleDefinition, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::v1::AccessReviewScheduleDefinitionFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AccessReviewScheduleDefinition>,
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
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::AccessReviewSetPath {
    /// Containment navigation property `definitions` (`microsoft.graph.accessReviewScheduleDefinition`).
    ///
    /// Updated with `PUT` (`UpdateRestrictions/UpdateMethod`): `update` sends `PUT` here.
    #[inline]
    pub fn definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AccessReviewScheduleDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("definitions").updated_by_put(),
        )
    }
    /// Containment navigation property `historyDefinitions` (`microsoft.graph.accessReviewHistoryDefinition`).
    #[inline]
    pub fn history_definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AccessReviewHistoryDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("historyDefinitions"),
        )
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AccessReviewSet {
    const SEGMENT: &'static str = "microsoft.graph.accessReviewSet";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::AccessReviewStagePath {
    /// Containment navigation property `decisions` (`microsoft.graph.accessReviewInstanceDecisionItem`).
    #[inline]
    pub fn decisions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AccessReviewInstanceDecisionItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("decisions"))
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
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AccessReviewStage {
    const SEGMENT: &'static str = "microsoft.graph.accessReviewStage";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::AccessReviewStage, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::v1::AccessReviewStageFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AccessReviewStage>,
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
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::ActivitiesContainerPath {
    /// Containment navigation property `contentActivities` (`microsoft.graph.contentActivity`).
    #[inline]
    pub fn content_activities(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ContentActivity,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("contentActivities"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ActivitiesContainer {
    const SEGMENT: &'static str = "microsoft.graph.activitiesContainer";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyStsPolicy>
for crate::v1::ActivityBasedTimeoutPolicy {
    const SEGMENT: &'static str = "microsoft.graph.activityBasedTimeoutPolicy";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyPolicyBase>
for crate::v1::ActivityBasedTimeoutPolicy {
    const SEGMENT: &'static str = "microsoft.graph.activityBasedTimeoutPolicy";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject>
for crate::v1::ActivityBasedTimeoutPolicy {
    const SEGMENT: &'static str = "microsoft.graph.activityBasedTimeoutPolicy";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ActivityBasedTimeoutPolicy {
    const SEGMENT: &'static str = "microsoft.graph.activityBasedTimeoutPolicy";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::ActivityBasedTimeoutPolicy, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getAvailableExtensionProperties`: action `microsoft.graph.getAvailableExtensionProperties`.
    pub fn get_available_extension_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
        >,
        rt::request::Collection<crate::v1::ExtensionProperty>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getAvailableExtensionProperties"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getByIds`: action `microsoft.graph.getByIds`.
    pub fn get_by_ids(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetByIdsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCollectionGetByIdsParams>,
        rt::request::Collection<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getByIds"),
            rt::request::Json(params),
        )
    }
    /// `POST .../validateProperties`: action `microsoft.graph.validateProperties`.
    pub fn validate_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
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
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::ActivityHistoryItemPath {
    /// Navigation property `activity` (`microsoft.graph.userActivity`).
    #[inline]
    pub fn activity(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UserActivity,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("activity"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ActivityHistoryItem {
    const SEGMENT: &'static str = "microsoft.graph.activityHistoryItem";
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyCommsOperation>
for crate::v1::AddLargeGalleryViewOperation {
    const SEGMENT: &'static str = "microsoft.graph.addLargeGalleryViewOperation";
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AddLargeGalleryViewOperation {
    const SEGMENT: &'static str = "microsoft.graph.addLargeGalleryViewOperation";
}
#[cfg(msgraph_v1_core_or_communications)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::AdhocCallPath {
    /// Containment navigation property `recordings` (`microsoft.graph.callRecording`).
    #[inline]
    pub fn recordings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CallRecording,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("recordings"))
    }
    /// Containment navigation property `transcripts` (`microsoft.graph.callTranscript`).
    #[inline]
    pub fn transcripts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CallTranscript,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("transcripts"))
    }
}
#[cfg(msgraph_v1_core_or_communications)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AdhocCall {
    const SEGMENT: &'static str = "microsoft.graph.adhocCall";
}
#[cfg(msgraph_v1_core_or_communications)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::AdhocCall, C> {
    /// `GET .../getAllRecordings`: function `microsoft.graph.getAllRecordings`.
    pub fn get_all_recordings(
        &self,
        user_id: ::core::option::Option<&str>,
        start_date_time: ::core::option::Option<&rt::edm::DateTimeOffset>,
        end_date_time: ::core::option::Option<&rt::edm::DateTimeOffset>,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::CallRecording>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getAllRecordings",
                    &[
                        ("userId", user_id.map(rt::request::ToLiteral::to_literal)),
                        (
                            "startDateTime",
                            start_date_time.map(rt::request::ToLiteral::to_literal),
                        ),
                        (
                            "endDateTime",
                            end_date_time.map(rt::request::ToLiteral::to_literal),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getAllTranscripts`: function `microsoft.graph.getAllTranscripts`.
    pub fn get_all_transcripts(
        &self,
        user_id: ::core::option::Option<&str>,
        start_date_time: ::core::option::Option<&rt::edm::DateTimeOffset>,
        end_date_time: ::core::option::Option<&rt::edm::DateTimeOffset>,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::CallTranscript>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getAllTranscripts",
                    &[
                        ("userId", user_id.map(rt::request::ToLiteral::to_literal)),
                        (
                            "startDateTime",
                            start_date_time.map(rt::request::ToLiteral::to_literal),
                        ),
                        (
                            "endDateTime",
                            end_date_time.map(rt::request::ToLiteral::to_literal),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_admin)]
/// Features: `v1` or `v1-admin`.
impl dyn crate::v1::requests::AdminPath {
    /// Containment navigation property `configurationManagement` (`microsoft.graph.configurationManagement`).
    #[inline]
    pub fn configuration_management(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::ConfigurationManagement,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("configurationManagement"),
        )
    }
    /// Containment navigation property `edge` (`microsoft.graph.edge`).
    #[inline]
    pub fn edge(
        &self,
    ) -> crate::path::EntityPath<crate::v1::Edge, crate::path::caps::GetUpdateDelete> {
        crate::path::EntityPath::new(self.node_target().segment("edge"))
    }
    /// Containment navigation property `exchange` (`microsoft.graph.exchangeAdmin`).
    #[inline]
    pub fn exchange(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::ExchangeAdmin,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("exchange"))
    }
    /// Containment navigation property `microsoft365Apps` (`microsoft.graph.adminMicrosoft365Apps`).
    #[inline]
    pub fn microsoft365_apps(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AdminMicrosoft365Apps,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("microsoft365Apps"))
    }
    /// Containment navigation property `people` (`microsoft.graph.peopleAdminSettings`).
    #[inline]
    pub fn people(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::PeopleAdminSettings,
        crate::path::caps::Get,
    > {
        crate::path::EntityPath::new(self.node_target().segment("people"))
    }
    /// Containment navigation property `reportSettings` (`microsoft.graph.adminReportSettings`).
    #[inline]
    pub fn report_settings(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AdminReportSettings,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("reportSettings"))
    }
    /// Containment navigation property `serviceAnnouncement` (`microsoft.graph.serviceAnnouncement`).
    #[inline]
    pub fn service_announcement(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::ServiceAnnouncement,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("serviceAnnouncement"))
    }
    /// Containment navigation property `sharepoint` (`microsoft.graph.sharepoint`).
    #[inline]
    pub fn sharepoint(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Sharepoint,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("sharepoint"))
    }
    /// Containment navigation property `teams` (`microsoft.graph.teamsAdministration.teamsAdminRoot`).
    #[inline]
    pub fn teams(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::teams_administration::TeamsAdminRoot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("teams"))
    }
}
#[cfg(msgraph_v1_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AdminConsentRequestPolicy {
    const SEGMENT: &'static str = "microsoft.graph.adminConsentRequestPolicy";
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl dyn crate::v1::requests::AdminMicrosoft365AppsPath {
    /// Containment navigation property `installationOptions` (`microsoft.graph.m365AppsInstallationOptions`).
    #[inline]
    pub fn installation_options(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::M365AppsInstallationOptions,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("installationOptions"))
    }
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AdminMicrosoft365Apps {
    const SEGMENT: &'static str = "microsoft.graph.adminMicrosoft365Apps";
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AdminReportSettings {
    const SEGMENT: &'static str = "microsoft.graph.adminReportSettings";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::AdministrativeUnitPath {
    /// Containment navigation property `extensions` (`microsoft.graph.extension`).
    #[inline]
    pub fn extensions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyExtension,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("extensions"))
    }
    /// Navigation property `members` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("members"))
    }
    /// Containment navigation property `scopedRoleMembers` (`microsoft.graph.scopedRoleMembership`).
    #[inline]
    pub fn scoped_role_members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ScopedRoleMembership,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("scopedRoleMembers"))
    }
    /// `POST .../checkMemberGroups`: action `microsoft.graph.checkMemberGroups`.
    #[inline]
    pub fn check_member_groups(
        &self,
        params: crate::v1::params::DirectoryObjectCheckMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberGroupsParams>,
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
        params: crate::v1::params::DirectoryObjectCheckMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberObjectsParams>,
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
        params: crate::v1::params::DirectoryObjectGetMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberGroupsParams>,
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
        params: crate::v1::params::DirectoryObjectGetMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberObjectsParams>,
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
        rt::request::Entity<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject>
for crate::v1::AdministrativeUnit {
    const SEGMENT: &'static str = "microsoft.graph.administrativeUnit";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AdministrativeUnit {
    const SEGMENT: &'static str = "microsoft.graph.administrativeUnit";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::AdministrativeUnit, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AdministrativeUnit>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getAvailableExtensionProperties`: action `microsoft.graph.getAvailableExtensionProperties`.
    pub fn get_available_extension_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
        >,
        rt::request::Collection<crate::v1::ExtensionProperty>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getAvailableExtensionProperties"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getByIds`: action `microsoft.graph.getByIds`.
    pub fn get_by_ids(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetByIdsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCollectionGetByIdsParams>,
        rt::request::Collection<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getByIds"),
            rt::request::Json(params),
        )
    }
    /// `POST .../validateProperties`: action `microsoft.graph.validateProperties`.
    pub fn validate_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
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
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::AgentIdentityPath {
    /// Navigation property `sponsors` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn sponsors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sponsors"))
    }
    /// Structural property `customSecurityAttributes` (`microsoft.graph.customSecurityAttributeValue`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn custom_security_attributes(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CustomSecurityAttributeValue> {
        crate::path::PropertyPath::new(
            self.node_target().segment("customSecurityAttributes"),
        )
    }
    /// Structural property `info` (`microsoft.graph.informationalUrl`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn info(&self) -> crate::path::PropertyPath<crate::v1::InformationalUrl> {
        crate::path::PropertyPath::new(self.node_target().segment("info"))
    }
    /// Structural property `samlSingleSignOnSettings` (`microsoft.graph.samlSingleSignOnSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn saml_single_sign_on_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::SamlSingleSignOnSettings> {
        crate::path::PropertyPath::new(
            self.node_target().segment("samlSingleSignOnSettings"),
        )
    }
    /// Structural property `verifiedPublisher` (`microsoft.graph.verifiedPublisher`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn verified_publisher(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::VerifiedPublisher> {
        crate::path::PropertyPath::new(self.node_target().segment("verifiedPublisher"))
    }
    /// Navigation property `appManagementPolicies` (`microsoft.graph.appManagementPolicy`).
    #[inline]
    pub fn app_management_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AppManagementPolicy,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("appManagementPolicies"),
        )
    }
    /// Containment navigation property `appRoleAssignedTo` (`microsoft.graph.appRoleAssignment`).
    #[inline]
    pub fn app_role_assigned_to(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AppRoleAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("appRoleAssignedTo"))
    }
    /// Containment navigation property `appRoleAssignments` (`microsoft.graph.appRoleAssignment`).
    #[inline]
    pub fn app_role_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AppRoleAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("appRoleAssignments"),
        )
    }
    /// Navigation property `claimsMappingPolicies` (`microsoft.graph.claimsMappingPolicy`).
    #[inline]
    pub fn claims_mapping_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ClaimsMappingPolicy,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("claimsMappingPolicies"),
        )
    }
    /// Navigation property `createdObjects` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn created_objects(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("createdObjects"))
    }
    /// Containment navigation property `delegatedPermissionClassifications` (`microsoft.graph.delegatedPermissionClassification`).
    #[inline]
    pub fn delegated_permission_classifications(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DelegatedPermissionClassification,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("delegatedPermissionClassifications"),
        )
    }
    /// Containment navigation property `endpoints` (`microsoft.graph.endpoint`).
    #[inline]
    pub fn endpoints(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Endpoint,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("endpoints"))
    }
    /// Containment navigation property `federatedIdentityCredentials` (`microsoft.graph.federatedIdentityCredential`).
    #[inline]
    pub fn federated_identity_credentials(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::FederatedIdentityCredential,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("federatedIdentityCredentials"),
        )
    }
    /// Navigation property `homeRealmDiscoveryPolicies` (`microsoft.graph.homeRealmDiscoveryPolicy`).
    #[inline]
    pub fn home_realm_discovery_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::HomeRealmDiscoveryPolicy,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("homeRealmDiscoveryPolicies"),
        )
    }
    /// Navigation property `memberOf` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn member_of(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("memberOf"))
    }
    #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
    /// Navigation property `oauth2PermissionGrants` (`microsoft.graph.oAuth2PermissionGrant`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn oauth2_permission_grants(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::OAuth2PermissionGrant,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("oauth2PermissionGrants"),
        )
    }
    /// Navigation property `ownedObjects` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn owned_objects(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("ownedObjects"))
    }
    /// Navigation property `owners` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn owners(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("owners"))
    }
    /// Containment navigation property `remoteDesktopSecurityConfiguration` (`microsoft.graph.remoteDesktopSecurityConfiguration`).
    #[inline]
    pub fn remote_desktop_security_configuration(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::RemoteDesktopSecurityConfiguration,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("remoteDesktopSecurityConfiguration"),
        )
    }
    /// Containment navigation property `synchronization` (`microsoft.graph.synchronization`).
    ///
    /// Updated with `PUT` (`UpdateRestrictions/UpdateMethod`): `update` sends `PUT` here.
    #[inline]
    pub fn synchronization(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Synchronization,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("synchronization").updated_by_put(),
        )
    }
    /// Navigation property `tokenIssuancePolicies` (`microsoft.graph.tokenIssuancePolicy`).
    #[inline]
    pub fn token_issuance_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TokenIssuancePolicy,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("tokenIssuancePolicies"),
        )
    }
    /// Navigation property `tokenLifetimePolicies` (`microsoft.graph.tokenLifetimePolicy`).
    #[inline]
    pub fn token_lifetime_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TokenLifetimePolicy,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("tokenLifetimePolicies"),
        )
    }
    /// Navigation property `transitiveMemberOf` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn transitive_member_of(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("transitiveMemberOf"),
        )
    }
    /// `POST .../addKey`: action `microsoft.graph.addKey`.
    #[inline]
    pub fn add_key(
        &self,
        params: crate::v1::params::ServicePrincipalAddKeyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ServicePrincipalAddKeyParams>,
        rt::request::Entity<crate::v1::KeyCredential>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("addKey"),
            rt::request::Json(params),
        )
    }
    /// `POST .../addPassword`: action `microsoft.graph.addPassword`.
    #[inline]
    pub fn add_password(
        &self,
        params: crate::v1::params::ServicePrincipalAddPasswordParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ServicePrincipalAddPasswordParams>,
        rt::request::Entity<crate::v1::PasswordCredential>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("addPassword"),
            rt::request::Json(params),
        )
    }
    /// `POST .../addTokenSigningCertificate`: action `microsoft.graph.addTokenSigningCertificate`.
    #[inline]
    pub fn add_token_signing_certificate(
        &self,
        params: crate::v1::params::ServicePrincipalAddTokenSigningCertificateParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::ServicePrincipalAddTokenSigningCertificateParams,
        >,
        rt::request::Entity<crate::v1::SelfSignedCertificate>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("addTokenSigningCertificate"),
            rt::request::Json(params),
        )
    }
    /// `POST .../removeKey`: action `microsoft.graph.removeKey`.
    #[inline]
    pub fn remove_key(
        &self,
        params: crate::v1::params::ServicePrincipalRemoveKeyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ServicePrincipalRemoveKeyParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("removeKey"),
            rt::request::Json(params),
        )
    }
    /// `POST .../removePassword`: action `microsoft.graph.removePassword`.
    #[inline]
    pub fn remove_password(
        &self,
        params: crate::v1::params::ServicePrincipalRemovePasswordParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ServicePrincipalRemovePasswordParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("removePassword"),
            rt::request::Json(params),
        )
    }
    /// `POST .../checkMemberGroups`: action `microsoft.graph.checkMemberGroups`.
    #[inline]
    pub fn check_member_groups(
        &self,
        params: crate::v1::params::DirectoryObjectCheckMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberGroupsParams>,
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
        params: crate::v1::params::DirectoryObjectCheckMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberObjectsParams>,
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
        params: crate::v1::params::DirectoryObjectGetMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberGroupsParams>,
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
        params: crate::v1::params::DirectoryObjectGetMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberObjectsParams>,
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
        rt::request::Entity<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyServicePrincipal>
for crate::v1::AgentIdentity {
    const SEGMENT: &'static str = "microsoft.graph.agentIdentity";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject>
for crate::v1::AgentIdentity {
    const SEGMENT: &'static str = "microsoft.graph.agentIdentity";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AgentIdentity {
    const SEGMENT: &'static str = "microsoft.graph.agentIdentity";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::AgentIdentity, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyServicePrincipal>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getAvailableExtensionProperties`: action `microsoft.graph.getAvailableExtensionProperties`.
    pub fn get_available_extension_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
        >,
        rt::request::Collection<crate::v1::ExtensionProperty>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getAvailableExtensionProperties"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getByIds`: action `microsoft.graph.getByIds`.
    pub fn get_by_ids(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetByIdsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCollectionGetByIdsParams>,
        rt::request::Collection<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getByIds"),
            rt::request::Json(params),
        )
    }
    /// `POST .../validateProperties`: action `microsoft.graph.validateProperties`.
    pub fn validate_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
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
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::AgentIdentityBlueprintPath {
    /// Containment navigation property `inheritablePermissions` (`microsoft.graph.inheritablePermission`).
    #[inline]
    pub fn inheritable_permissions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::InheritablePermission,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("inheritablePermissions"),
        )
    }
    /// Navigation property `sponsors` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn sponsors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sponsors"))
    }
    /// Structural property `api` (`microsoft.graph.apiApplication`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn api(&self) -> crate::path::PropertyPath<crate::v1::ApiApplication> {
        crate::path::PropertyPath::new(self.node_target().segment("api"))
    }
    /// Structural property `authenticationBehaviors` (`microsoft.graph.authenticationBehaviors`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn authentication_behaviors(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AuthenticationBehaviors> {
        crate::path::PropertyPath::new(
            self.node_target().segment("authenticationBehaviors"),
        )
    }
    /// Structural property `certification` (`microsoft.graph.certification`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn certification(&self) -> crate::path::PropertyPath<crate::v1::Certification> {
        crate::path::PropertyPath::new(self.node_target().segment("certification"))
    }
    /// Structural property `info` (`microsoft.graph.informationalUrl`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn info(&self) -> crate::path::PropertyPath<crate::v1::InformationalUrl> {
        crate::path::PropertyPath::new(self.node_target().segment("info"))
    }
    /// Stream property `logo`.
    #[inline]
    pub fn logo(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("logo"))
    }
    /// Structural property `optionalClaims` (`microsoft.graph.optionalClaims`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn optional_claims(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::OptionalClaims> {
        crate::path::PropertyPath::new(self.node_target().segment("optionalClaims"))
    }
    /// Structural property `parentalControlSettings` (`microsoft.graph.parentalControlSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn parental_control_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ParentalControlSettings> {
        crate::path::PropertyPath::new(
            self.node_target().segment("parentalControlSettings"),
        )
    }
    /// Structural property `publicClient` (`microsoft.graph.publicClientApplication`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn public_client(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PublicClientApplication> {
        crate::path::PropertyPath::new(self.node_target().segment("publicClient"))
    }
    /// Structural property `requestSignatureVerification` (`microsoft.graph.requestSignatureVerification`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn request_signature_verification(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::RequestSignatureVerification> {
        crate::path::PropertyPath::new(
            self.node_target().segment("requestSignatureVerification"),
        )
    }
    /// Structural property `servicePrincipalLockConfiguration` (`microsoft.graph.servicePrincipalLockConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn service_principal_lock_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ServicePrincipalLockConfiguration> {
        crate::path::PropertyPath::new(
            self.node_target().segment("servicePrincipalLockConfiguration"),
        )
    }
    /// Structural property `spa` (`microsoft.graph.spaApplication`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn spa(&self) -> crate::path::PropertyPath<crate::v1::SpaApplication> {
        crate::path::PropertyPath::new(self.node_target().segment("spa"))
    }
    /// Structural property `verifiedPublisher` (`microsoft.graph.verifiedPublisher`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn verified_publisher(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::VerifiedPublisher> {
        crate::path::PropertyPath::new(self.node_target().segment("verifiedPublisher"))
    }
    /// Structural property `web` (`microsoft.graph.webApplication`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn web(&self) -> crate::path::PropertyPath<crate::v1::WebApplication> {
        crate::path::PropertyPath::new(self.node_target().segment("web"))
    }
    /// Navigation property `appManagementPolicies` (`microsoft.graph.appManagementPolicy`).
    #[inline]
    pub fn app_management_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AppManagementPolicy,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("appManagementPolicies"),
        )
    }
    /// Navigation property `createdOnBehalfOf` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn created_on_behalf_of(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("createdOnBehalfOf"))
    }
    /// Containment navigation property `extensionProperties` (`microsoft.graph.extensionProperty`).
    #[inline]
    pub fn extension_properties(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ExtensionProperty,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("extensionProperties"),
        )
    }
    /// Containment navigation property `federatedIdentityCredentials` (`microsoft.graph.federatedIdentityCredential`).
    #[inline]
    pub fn federated_identity_credentials(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::FederatedIdentityCredential,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("federatedIdentityCredentials"),
        )
    }
    /// Navigation property `homeRealmDiscoveryPolicies` (`microsoft.graph.homeRealmDiscoveryPolicy`).
    #[inline]
    pub fn home_realm_discovery_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::HomeRealmDiscoveryPolicy,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("homeRealmDiscoveryPolicies"),
        )
    }
    /// Navigation property `owners` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn owners(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("owners"))
    }
    /// Containment navigation property `synchronization` (`microsoft.graph.synchronization`).
    ///
    /// Updated with `PUT` (`UpdateRestrictions/UpdateMethod`): `update` sends `PUT` here.
    #[inline]
    pub fn synchronization(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Synchronization,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("synchronization").updated_by_put(),
        )
    }
    /// Navigation property `tokenIssuancePolicies` (`microsoft.graph.tokenIssuancePolicy`).
    #[inline]
    pub fn token_issuance_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TokenIssuancePolicy,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("tokenIssuancePolicies"),
        )
    }
    /// Navigation property `tokenLifetimePolicies` (`microsoft.graph.tokenLifetimePolicy`).
    #[inline]
    pub fn token_lifetime_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TokenLifetimePolicy,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("tokenLifetimePolicies"),
        )
    }
    /// `POST .../addKey`: action `microsoft.graph.addKey`.
    #[inline]
    pub fn add_key(
        &self,
        params: crate::v1::params::ApplicationAddKeyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ApplicationAddKeyParams>,
        rt::request::Entity<crate::v1::KeyCredential>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("addKey"),
            rt::request::Json(params),
        )
    }
    /// `POST .../addPassword`: action `microsoft.graph.addPassword`.
    #[inline]
    pub fn add_password(
        &self,
        params: crate::v1::params::ApplicationAddPasswordParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ApplicationAddPasswordParams>,
        rt::request::Entity<crate::v1::PasswordCredential>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("addPassword"),
            rt::request::Json(params),
        )
    }
    /// `POST .../removeKey`: action `microsoft.graph.removeKey`.
    #[inline]
    pub fn remove_key(
        &self,
        params: crate::v1::params::ApplicationRemoveKeyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ApplicationRemoveKeyParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("removeKey"),
            rt::request::Json(params),
        )
    }
    /// `POST .../removePassword`: action `microsoft.graph.removePassword`.
    #[inline]
    pub fn remove_password(
        &self,
        params: crate::v1::params::ApplicationRemovePasswordParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ApplicationRemovePasswordParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("removePassword"),
            rt::request::Json(params),
        )
    }
    /// `POST .../setVerifiedPublisher`: action `microsoft.graph.setVerifiedPublisher`.
    #[inline]
    pub fn set_verified_publisher(
        &self,
        params: crate::v1::params::ApplicationSetVerifiedPublisherParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ApplicationSetVerifiedPublisherParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("setVerifiedPublisher"),
            rt::request::Json(params),
        )
    }
    /// `POST .../unsetVerifiedPublisher`: action `microsoft.graph.unsetVerifiedPublisher`.
    #[inline]
    pub fn unset_verified_publisher(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("unsetVerifiedPublisher"),
            rt::request::NoBody,
        )
    }
    /// `POST .../checkMemberGroups`: action `microsoft.graph.checkMemberGroups`.
    #[inline]
    pub fn check_member_groups(
        &self,
        params: crate::v1::params::DirectoryObjectCheckMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberGroupsParams>,
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
        params: crate::v1::params::DirectoryObjectCheckMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberObjectsParams>,
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
        params: crate::v1::params::DirectoryObjectGetMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberGroupsParams>,
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
        params: crate::v1::params::DirectoryObjectGetMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberObjectsParams>,
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
        rt::request::Entity<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyApplication>
for crate::v1::AgentIdentityBlueprint {
    const SEGMENT: &'static str = "microsoft.graph.agentIdentityBlueprint";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject>
for crate::v1::AgentIdentityBlueprint {
    const SEGMENT: &'static str = "microsoft.graph.agentIdentityBlueprint";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AgentIdentityBlueprint {
    const SEGMENT: &'static str = "microsoft.graph.agentIdentityBlueprint";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::AgentIdentityBlueprint, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyApplication>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getAvailableExtensionProperties`: action `microsoft.graph.getAvailableExtensionProperties`.
    pub fn get_available_extension_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
        >,
        rt::request::Collection<crate::v1::ExtensionProperty>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getAvailableExtensionProperties"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getByIds`: action `microsoft.graph.getByIds`.
    pub fn get_by_ids(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetByIdsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCollectionGetByIdsParams>,
        rt::request::Collection<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getByIds"),
            rt::request::Json(params),
        )
    }
    /// `POST .../validateProperties`: action `microsoft.graph.validateProperties`.
    pub fn validate_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
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
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::AgentIdentityBlueprintPrincipalPath {
    /// Navigation property `sponsors` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn sponsors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sponsors"))
    }
    /// Structural property `customSecurityAttributes` (`microsoft.graph.customSecurityAttributeValue`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn custom_security_attributes(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CustomSecurityAttributeValue> {
        crate::path::PropertyPath::new(
            self.node_target().segment("customSecurityAttributes"),
        )
    }
    /// Structural property `info` (`microsoft.graph.informationalUrl`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn info(&self) -> crate::path::PropertyPath<crate::v1::InformationalUrl> {
        crate::path::PropertyPath::new(self.node_target().segment("info"))
    }
    /// Structural property `samlSingleSignOnSettings` (`microsoft.graph.samlSingleSignOnSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn saml_single_sign_on_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::SamlSingleSignOnSettings> {
        crate::path::PropertyPath::new(
            self.node_target().segment("samlSingleSignOnSettings"),
        )
    }
    /// Structural property `verifiedPublisher` (`microsoft.graph.verifiedPublisher`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn verified_publisher(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::VerifiedPublisher> {
        crate::path::PropertyPath::new(self.node_target().segment("verifiedPublisher"))
    }
    /// Navigation property `appManagementPolicies` (`microsoft.graph.appManagementPolicy`).
    #[inline]
    pub fn app_management_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AppManagementPolicy,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("appManagementPolicies"),
        )
    }
    /// Containment navigation property `appRoleAssignedTo` (`microsoft.graph.appRoleAssignment`).
    #[inline]
    pub fn app_role_assigned_to(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AppRoleAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("appRoleAssignedTo"))
    }
    /// Containment navigation property `appRoleAssignments` (`microsoft.graph.appRoleAssignment`).
    #[inline]
    pub fn app_role_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AppRoleAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("appRoleAssignments"),
        )
    }
    /// Navigation property `claimsMappingPolicies` (`microsoft.graph.claimsMappingPolicy`).
    #[inline]
    pub fn claims_mapping_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ClaimsMappingPolicy,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("claimsMappingPolicies"),
        )
    }
    /// Navigation property `createdObjects` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn created_objects(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("createdObjects"))
    }
    /// Containment navigation property `delegatedPermissionClassifications` (`microsoft.graph.delegatedPermissionClassification`).
    #[inline]
    pub fn delegated_permission_classifications(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DelegatedPermissionClassification,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("delegatedPermissionClassifications"),
        )
    }
    /// Containment navigation property `endpoints` (`microsoft.graph.endpoint`).
    #[inline]
    pub fn endpoints(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Endpoint,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("endpoints"))
    }
    /// Containment navigation property `federatedIdentityCredentials` (`microsoft.graph.federatedIdentityCredential`).
    #[inline]
    pub fn federated_identity_credentials(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::FederatedIdentityCredential,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("federatedIdentityCredentials"),
        )
    }
    /// Navigation property `homeRealmDiscoveryPolicies` (`microsoft.graph.homeRealmDiscoveryPolicy`).
    #[inline]
    pub fn home_realm_discovery_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::HomeRealmDiscoveryPolicy,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("homeRealmDiscoveryPolicies"),
        )
    }
    /// Navigation property `memberOf` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn member_of(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("memberOf"))
    }
    #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
    /// Navigation property `oauth2PermissionGrants` (`microsoft.graph.oAuth2PermissionGrant`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn oauth2_permission_grants(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::OAuth2PermissionGrant,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("oauth2PermissionGrants"),
        )
    }
    /// Navigation property `ownedObjects` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn owned_objects(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("ownedObjects"))
    }
    /// Navigation property `owners` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn owners(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("owners"))
    }
    /// Containment navigation property `remoteDesktopSecurityConfiguration` (`microsoft.graph.remoteDesktopSecurityConfiguration`).
    #[inline]
    pub fn remote_desktop_security_configuration(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::RemoteDesktopSecurityConfiguration,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("remoteDesktopSecurityConfiguration"),
        )
    }
    /// Containment navigation property `synchronization` (`microsoft.graph.synchronization`).
    ///
    /// Updated with `PUT` (`UpdateRestrictions/UpdateMethod`): `update` sends `PUT` here.
    #[inline]
    pub fn synchronization(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Synchronization,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("synchronization").updated_by_put(),
        )
    }
    /// Navigation property `tokenIssuancePolicies` (`microsoft.graph.tokenIssuancePolicy`).
    #[inline]
    pub fn token_issuance_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TokenIssuancePolicy,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("tokenIssuancePolicies"),
        )
    }
    /// Navigation property `tokenLifetimePolicies` (`microsoft.graph.tokenLifetimePolicy`).
    #[inline]
    pub fn token_lifetime_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TokenLifetimePolicy,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("tokenLifetimePolicies"),
        )
    }
    /// Navigation property `transitiveMemberOf` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn transitive_member_of(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("transitiveMemberOf"),
        )
    }
    /// `POST .../addKey`: action `microsoft.graph.addKey`.
    #[inline]
    pub fn add_key(
        &self,
        params: crate::v1::params::ServicePrincipalAddKeyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ServicePrincipalAddKeyParams>,
        rt::request::Entity<crate::v1::KeyCredential>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("addKey"),
            rt::request::Json(params),
        )
    }
    /// `POST .../addPassword`: action `microsoft.graph.addPassword`.
    #[inline]
    pub fn add_password(
        &self,
        params: crate::v1::params::ServicePrincipalAddPasswordParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ServicePrincipalAddPasswordParams>,
        rt::request::Entity<crate::v1::PasswordCredential>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("addPassword"),
            rt::request::Json(params),
        )
    }
    /// `POST .../addTokenSigningCertificate`: action `microsoft.graph.addTokenSigningCertificate`.
    #[inline]
    pub fn add_token_signing_certificate(
        &self,
        params: crate::v1::params::ServicePrincipalAddTokenSigningCertificateParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::ServicePrincipalAddTokenSigningCertificateParams,
        >,
        rt::request::Entity<crate::v1::SelfSignedCertificate>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("addTokenSigningCertificate"),
            rt::request::Json(params),
        )
    }
    /// `POST .../removeKey`: action `microsoft.graph.removeKey`.
    #[inline]
    pub fn remove_key(
        &self,
        params: crate::v1::params::ServicePrincipalRemoveKeyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ServicePrincipalRemoveKeyParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("removeKey"),
            rt::request::Json(params),
        )
    }
    /// `POST .../removePassword`: action `microsoft.graph.removePassword`.
    #[inline]
    pub fn remove_password(
        &self,
        params: crate::v1::params::ServicePrincipalRemovePasswordParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ServicePrincipalRemovePasswordParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("removePassword"),
            rt::request::Json(params),
        )
    }
    /// `POST .../checkMemberGroups`: action `microsoft.graph.checkMemberGroups`.
    #[inline]
    pub fn check_member_groups(
        &self,
        params: crate::v1::params::DirectoryObjectCheckMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberGroupsParams>,
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
        params: crate::v1::params::DirectoryObjectCheckMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberObjectsParams>,
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
        params: crate::v1::params::DirectoryObjectGetMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberGroupsParams>,
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
        params: crate::v1::params::DirectoryObjectGetMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberObjectsParams>,
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
        rt::request::Entity<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyServicePrincipal>
for crate::v1::AgentIdentityBlueprintPrincipal {
    const SEGMENT: &'static str = "microsoft.graph.agentIdentityBlueprintPrincipal";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject>
for crate::v1::AgentIdentityBlueprintPrincipal {
    const SEGMENT: &'static str = "microsoft.graph.agentIdentityBlueprintPrincipal";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AgentIdentityBlueprintPrincipal {
    const SEGMENT: &'static str = "microsoft.graph.agentIdentityBlueprintPrincipal";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::AgentIdentityBlueprintPrincipal, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyServicePrincipal>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getAvailableExtensionProperties`: action `microsoft.graph.getAvailableExtensionProperties`.
    pub fn get_available_extension_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
        >,
        rt::request::Collection<crate::v1::ExtensionProperty>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getAvailableExtensionProperties"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getByIds`: action `microsoft.graph.getByIds`.
    pub fn get_by_ids(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetByIdsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCollectionGetByIdsParams>,
        rt::request::Collection<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getByIds"),
            rt::request::Json(params),
        )
    }
    /// `POST .../validateProperties`: action `microsoft.graph.validateProperties`.
    pub fn validate_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
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
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::AgentUserPath {
    /// Structural property `authorizationInfo` (`microsoft.graph.authorizationInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn authorization_info(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AuthorizationInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("authorizationInfo"))
    }
    /// Structural property `customSecurityAttributes` (`microsoft.graph.customSecurityAttributeValue`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn custom_security_attributes(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CustomSecurityAttributeValue> {
        crate::path::PropertyPath::new(
            self.node_target().segment("customSecurityAttributes"),
        )
    }
    /// Structural property `employeeOrgData` (`microsoft.graph.employeeOrgData`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn employee_org_data(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::EmployeeOrgData> {
        crate::path::PropertyPath::new(self.node_target().segment("employeeOrgData"))
    }
    /// Structural property `mailboxSettings` (`microsoft.graph.mailboxSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn mailbox_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::MailboxSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("mailboxSettings"))
    }
    /// Structural property `onPremisesExtensionAttributes` (`microsoft.graph.onPremisesExtensionAttributes`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn on_premises_extension_attributes(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::OnPremisesExtensionAttributes> {
        crate::path::PropertyPath::new(
            self.node_target().segment("onPremisesExtensionAttributes"),
        )
    }
    /// Structural property `passwordProfile` (`microsoft.graph.passwordProfile`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn password_profile(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PasswordProfile> {
        crate::path::PropertyPath::new(self.node_target().segment("passwordProfile"))
    }
    /// Structural property `print` (`microsoft.graph.userPrint`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn print(&self) -> crate::path::PropertyPath<crate::v1::UserPrint> {
        crate::path::PropertyPath::new(self.node_target().segment("print"))
    }
    /// Structural property `signInActivity` (`microsoft.graph.signInActivity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn sign_in_activity(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::SignInActivity> {
        crate::path::PropertyPath::new(self.node_target().segment("signInActivity"))
    }
    /// Containment navigation property `activities` (`microsoft.graph.userActivity`).
    #[inline]
    pub fn activities(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UserActivity,
        crate::path::caps::NoCount<crate::path::caps::ListCreateUpdateDelete>,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("activities"))
    }
    /// Containment navigation property `adhocCalls` (`microsoft.graph.adhocCall`).
    #[inline]
    pub fn adhoc_calls(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AdhocCall,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("adhocCalls"))
    }
    #[cfg(
        msgraph_v1_agreement_acceptances_or_agreements_or_identity_governance_or_search
    )]
    /// Navigation property `agreementAcceptances` (`microsoft.graph.agreementAcceptance`).
    ///
    /// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
    #[inline]
    pub fn agreement_acceptances(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AgreementAcceptance,
        crate::path::caps::NoCount<crate::path::caps::ListCreateUpdateDeleteRefs>,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("agreementAcceptances"),
        )
    }
    /// Containment navigation property `appRoleAssignments` (`microsoft.graph.appRoleAssignment`).
    #[inline]
    pub fn app_role_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AppRoleAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("appRoleAssignments"),
        )
    }
    /// Containment navigation property `authentication` (`microsoft.graph.authentication`).
    #[inline]
    pub fn authentication(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Authentication,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("authentication"))
    }
    /// Containment navigation property `calendar` (`microsoft.graph.calendar`).
    #[inline]
    pub fn calendar(
        &self,
    ) -> crate::path::EntityPath<crate::v1::Calendar, crate::path::caps::GetUpdate> {
        crate::path::EntityPath::new(self.node_target().segment("calendar"))
    }
    /// Containment navigation property `calendarGroups` (`microsoft.graph.calendarGroup`).
    #[inline]
    pub fn calendar_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CalendarGroup,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("calendarGroups"))
    }
    /// Containment navigation property `calendars` (`microsoft.graph.calendar`).
    #[inline]
    pub fn calendars(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Calendar,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("calendars"))
    }
    /// Containment navigation property `calendarView` (`microsoft.graph.event`).
    #[inline]
    pub fn calendar_view(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Event,
        crate::path::caps::NoKey<crate::path::caps::List>,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("calendarView"))
    }
    /// Containment navigation property `chats` (`microsoft.graph.chat`).
    #[inline]
    pub fn chats(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Chat,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("chats"))
    }
    /// Containment navigation property `cloudClipboard` (`microsoft.graph.cloudClipboardRoot`).
    #[inline]
    pub fn cloud_clipboard(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::CloudClipboardRoot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("cloudClipboard"))
    }
    /// Containment navigation property `cloudPCs` (`microsoft.graph.cloudPC`).
    #[inline]
    pub fn cloud_p_cs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CloudPc,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("cloudPCs"))
    }
    /// Containment navigation property `contactFolders` (`microsoft.graph.contactFolder`).
    #[inline]
    pub fn contact_folders(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ContactFolder,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("contactFolders"))
    }
    /// Containment navigation property `contacts` (`microsoft.graph.contact`).
    #[inline]
    pub fn contacts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Contact,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("contacts"))
    }
    /// Navigation property `createdObjects` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn created_objects(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("createdObjects"))
    }
    /// Containment navigation property `dataSecurityAndGovernance` (`microsoft.graph.userDataSecurityAndGovernance`).
    #[inline]
    pub fn data_security_and_governance(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UserDataSecurityAndGovernance,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("dataSecurityAndGovernance"),
        )
    }
    /// Containment navigation property `deviceManagementTroubleshootingEvents` (`microsoft.graph.deviceManagementTroubleshootingEvent`).
    #[inline]
    pub fn device_management_troubleshooting_events(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDeviceManagementTroubleshootingEvent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("deviceManagementTroubleshootingEvents"),
        )
    }
    /// Navigation property `directReports` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn direct_reports(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("directReports"))
    }
    #[cfg(msgraph_v1_drives_or_search)]
    /// Navigation property `drive` (`microsoft.graph.drive`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn drive(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Drive,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("drive"))
    }
    #[cfg(msgraph_v1_drives_or_search)]
    /// Navigation property `drives` (`microsoft.graph.drive`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn drives(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Drive,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("drives"))
    }
    /// Containment navigation property `employeeExperience` (`microsoft.graph.employeeExperienceUser`).
    #[inline]
    pub fn employee_experience(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::EmployeeExperienceUser,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("employeeExperience"))
    }
    /// Containment navigation property `events` (`microsoft.graph.event`).
    #[inline]
    pub fn events(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Event,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("events"))
    }
    /// Containment navigation property `extensions` (`microsoft.graph.extension`).
    #[inline]
    pub fn extensions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyExtension,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("extensions"))
    }
    /// Navigation property `followedSites` (`microsoft.graph.site`).
    #[inline]
    pub fn followed_sites(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Site,
        crate::path::caps::ListUpdateRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("followedSites"))
    }
    /// Containment navigation property `inferenceClassification` (`microsoft.graph.inferenceClassification`).
    #[inline]
    pub fn inference_classification(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::InferenceClassification,
        crate::path::caps::GetUpdate,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("inferenceClassification"),
        )
    }
    /// Containment navigation property `insights` (`microsoft.graph.itemInsights`).
    #[inline]
    pub fn insights(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::ItemInsights,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("insights"))
    }
    /// Containment navigation property `joinedTeams` (`microsoft.graph.team`).
    #[inline]
    pub fn joined_teams(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Team,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("joinedTeams"))
    }
    /// Containment navigation property `licenseDetails` (`microsoft.graph.licenseDetails`).
    #[inline]
    pub fn license_details(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::LicenseDetails,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("licenseDetails"))
    }
    /// Containment navigation property `mailFolders` (`microsoft.graph.mailFolder`).
    #[inline]
    pub fn mail_folders(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyMailFolder,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("mailFolders"))
    }
    #[cfg(msgraph_v1_device_app_management_or_search)]
    /// Navigation property `managedAppRegistrations` (`microsoft.graph.managedAppRegistration`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn managed_app_registrations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyManagedAppRegistration,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("managedAppRegistrations"),
        )
    }
    /// Containment navigation property `managedDevices` (`microsoft.graph.managedDevice`).
    #[inline]
    pub fn managed_devices(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ManagedDevice,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("managedDevices"))
    }
    /// Navigation property `manager` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn manager(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("manager"))
    }
    /// Navigation property `memberOf` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn member_of(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("memberOf"))
    }
    /// Containment navigation property `messages` (`microsoft.graph.message`).
    #[inline]
    pub fn messages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyMessage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("messages"))
    }
    #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
    /// Navigation property `oauth2PermissionGrants` (`microsoft.graph.oAuth2PermissionGrant`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn oauth2_permission_grants(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::OAuth2PermissionGrant,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("oauth2PermissionGrants"),
        )
    }
    /// Containment navigation property `onenote` (`microsoft.graph.onenote`).
    #[inline]
    pub fn onenote(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Onenote,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("onenote"))
    }
    /// Containment navigation property `onlineMeetings` (`microsoft.graph.onlineMeeting`).
    #[inline]
    pub fn online_meetings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::OnlineMeeting,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("onlineMeetings"))
    }
    /// Containment navigation property `onPremisesSyncBehavior` (`microsoft.graph.onPremisesSyncBehavior`).
    #[inline]
    pub fn on_premises_sync_behavior(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::OnPremisesSyncBehavior,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("onPremisesSyncBehavior"),
        )
    }
    /// Containment navigation property `outlook` (`microsoft.graph.outlookUser`).
    #[inline]
    pub fn outlook(
        &self,
    ) -> crate::path::EntityPath<crate::v1::OutlookUser, crate::path::caps::Get> {
        crate::path::EntityPath::new(self.node_target().segment("outlook"))
    }
    /// Navigation property `ownedDevices` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn owned_devices(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("ownedDevices"))
    }
    /// Navigation property `ownedObjects` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn owned_objects(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("ownedObjects"))
    }
    /// Containment navigation property `people` (`microsoft.graph.person`).
    #[inline]
    pub fn people(
        &self,
    ) -> crate::path::CollectionPath<crate::v1::Person, crate::path::caps::List> {
        crate::path::CollectionPath::new(self.node_target().segment("people"))
    }
    /// Containment navigation property `permissionGrants` (`microsoft.graph.resourceSpecificPermissionGrant`).
    #[inline]
    pub fn permission_grants(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ResourceSpecificPermissionGrant,
        crate::path::caps::NoCount<crate::path::caps::ListCreateUpdateDelete>,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("permissionGrants"))
    }
    /// Containment navigation property `photo` (`microsoft.graph.profilePhoto`).
    #[inline]
    pub fn photo(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::ProfilePhoto,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("photo"))
    }
    /// Containment navigation property `photos` (`microsoft.graph.profilePhoto`).
    #[inline]
    pub fn photos(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ProfilePhoto,
        crate::path::caps::NoCount<crate::path::caps::List>,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("photos"))
    }
    /// Containment navigation property `planner` (`microsoft.graph.plannerUser`).
    #[inline]
    pub fn planner(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::PlannerUser,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("planner"))
    }
    /// Containment navigation property `presence` (`microsoft.graph.presence`).
    #[inline]
    pub fn presence(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Presence,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("presence"))
    }
    /// Navigation property `registeredDevices` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn registered_devices(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("registeredDevices"))
    }
    /// Containment navigation property `scopedRoleMemberOf` (`microsoft.graph.scopedRoleMembership`).
    #[inline]
    pub fn scoped_role_member_of(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ScopedRoleMembership,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("scopedRoleMemberOf"),
        )
    }
    /// Containment navigation property `settings` (`microsoft.graph.userSettings`).
    #[inline]
    pub fn settings(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UserSettings,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("settings"))
    }
    /// Containment navigation property `solutions` (`microsoft.graph.userSolutionRoot`).
    #[inline]
    pub fn solutions(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UserSolutionRoot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("solutions"))
    }
    /// Navigation property `sponsorOf` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn sponsor_of(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sponsorOf"))
    }
    /// Navigation property `sponsors` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn sponsors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sponsors"))
    }
    /// Containment navigation property `teamwork` (`microsoft.graph.userTeamwork`).
    #[inline]
    pub fn teamwork(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UserTeamwork,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("teamwork"))
    }
    /// Containment navigation property `todo` (`microsoft.graph.todo`).
    #[inline]
    pub fn todo(
        &self,
    ) -> crate::path::EntityPath<crate::v1::Todo, crate::path::caps::GetUpdateDelete> {
        crate::path::EntityPath::new(self.node_target().segment("todo"))
    }
    /// Navigation property `transitiveMemberOf` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn transitive_member_of(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("transitiveMemberOf"),
        )
    }
    /// `POST .../assignLicense`: action `microsoft.graph.assignLicense`.
    #[inline]
    pub fn assign_license(
        &self,
        params: crate::v1::params::UserAssignLicenseParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::UserAssignLicenseParams>,
        rt::request::Entity<crate::v1::AnyUser>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assignLicense"),
            rt::request::Json(params),
        )
    }
    /// `POST .../changePassword`: action `microsoft.graph.changePassword`.
    #[inline]
    pub fn change_password(
        &self,
        params: crate::v1::params::UserChangePasswordParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::UserChangePasswordParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("changePassword"),
            rt::request::Json(params),
        )
    }
    /// `GET .../exportDeviceAndAppManagementData`: function `microsoft.graph.exportDeviceAndAppManagementData`.
    #[inline]
    pub fn export_device_and_app_management_data(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::DeviceAndAppManagementData>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("exportDeviceAndAppManagementData", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../exportPersonalData`: action `microsoft.graph.exportPersonalData`.
    #[inline]
    pub fn export_personal_data(
        &self,
        params: crate::v1::params::UserExportPersonalDataParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::UserExportPersonalDataParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("exportPersonalData"),
            rt::request::Json(params),
        )
    }
    /// `POST .../findMeetingTimes`: action `microsoft.graph.findMeetingTimes`.
    #[inline]
    pub fn find_meeting_times(
        &self,
        params: crate::v1::params::UserFindMeetingTimesParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::UserFindMeetingTimesParams>,
        rt::request::Entity<crate::v1::MeetingTimeSuggestionsResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("findMeetingTimes"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMailTips`: action `microsoft.graph.getMailTips`.
    #[inline]
    pub fn get_mail_tips(
        &self,
        params: crate::v1::params::UserGetMailTipsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::UserGetMailTipsParams>,
        rt::request::Collection<crate::v1::MailTips>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getMailTips"),
            rt::request::Json(params),
        )
    }
    /// Gets diagnostics validation status for a given user.
    ///
    /// `GET .../getManagedAppDiagnosticStatuses`: function `microsoft.graph.getManagedAppDiagnosticStatuses`.
    #[inline]
    pub fn get_managed_app_diagnostic_statuses(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::ManagedAppDiagnosticStatus>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("getManagedAppDiagnosticStatuses", &[]),
            rt::request::NoBody,
        )
    }
    /// Gets app restrictions for a given user.
    ///
    /// `GET .../getManagedAppPolicies`: function `microsoft.graph.getManagedAppPolicies`.
    #[inline]
    pub fn get_managed_app_policies(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyManagedAppPolicy>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("getManagedAppPolicies", &[]),
            rt::request::NoBody,
        )
    }
    /// Retrieves the list of devices with failed apps
    ///
    /// `GET .../getManagedDevicesWithAppFailures`: function `microsoft.graph.getManagedDevicesWithAppFailures`.
    #[inline]
    pub fn get_managed_devices_with_app_failures(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("getManagedDevicesWithAppFailures", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../reminderView`: function `microsoft.graph.reminderView`.
    #[inline]
    pub fn reminder_view(
        &self,
        start_date_time: &str,
        end_date_time: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::Reminder>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "reminderView",
                    &[
                        (
                            "StartDateTime",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(start_date_time),
                            ),
                        ),
                        (
                            "EndDateTime",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(end_date_time),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// Retire all devices from management for this user
    ///
    /// `POST .../removeAllDevicesFromManagement`: action `microsoft.graph.removeAllDevicesFromManagement`.
    #[inline]
    pub fn remove_all_devices_from_management(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("removeAllDevicesFromManagement"),
            rt::request::NoBody,
        )
    }
    /// `POST .../reprocessLicenseAssignment`: action `microsoft.graph.reprocessLicenseAssignment`.
    #[inline]
    pub fn reprocess_license_assignment(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyUser>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("reprocessLicenseAssignment"),
            rt::request::NoBody,
        )
    }
    /// `POST .../retryServiceProvisioning`: action `microsoft.graph.retryServiceProvisioning`.
    #[inline]
    pub fn retry_service_provisioning(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("retryServiceProvisioning"),
            rt::request::NoBody,
        )
    }
    /// `POST .../revokeSignInSessions`: action `microsoft.graph.revokeSignInSessions`.
    #[inline]
    pub fn revoke_sign_in_sessions(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<bool>> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("revokeSignInSessions"),
            rt::request::NoBody,
        )
    }
    /// `POST .../sendMail`: action `microsoft.graph.sendMail`.
    #[inline]
    pub fn send_mail(
        &self,
        params: crate::v1::params::UserSendMailParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::UserSendMailParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("sendMail"),
            rt::request::Json(params),
        )
    }
    /// `POST .../translateExchangeIds`: action `microsoft.graph.translateExchangeIds`.
    #[inline]
    pub fn translate_exchange_ids(
        &self,
        params: crate::v1::params::UserTranslateExchangeIdsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::UserTranslateExchangeIdsParams>,
        rt::request::Collection<crate::v1::ConvertIdResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("translateExchangeIds"),
            rt::request::Json(params),
        )
    }
    /// Issues a wipe operation on an app registration with specified device tag.
    ///
    /// `POST .../wipeManagedAppRegistrationsByDeviceTag`: action `microsoft.graph.wipeManagedAppRegistrationsByDeviceTag`.
    #[inline]
    pub fn wipe_managed_app_registrations_by_device_tag(
        &self,
        params: crate::v1::params::UserWipeManagedAppRegistrationsByDeviceTagParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::UserWipeManagedAppRegistrationsByDeviceTagParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("wipeManagedAppRegistrationsByDeviceTag"),
            rt::request::Json(params),
        )
    }
    /// `POST .../checkMemberGroups`: action `microsoft.graph.checkMemberGroups`.
    #[inline]
    pub fn check_member_groups(
        &self,
        params: crate::v1::params::DirectoryObjectCheckMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberGroupsParams>,
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
        params: crate::v1::params::DirectoryObjectCheckMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberObjectsParams>,
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
        params: crate::v1::params::DirectoryObjectGetMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberGroupsParams>,
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
        params: crate::v1::params::DirectoryObjectGetMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberObjectsParams>,
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
        rt::request::Entity<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyUser> for crate::v1::AgentUser {
    const SEGMENT: &'static str = "microsoft.graph.agentUser";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject> for crate::v1::AgentUser {
    const SEGMENT: &'static str = "microsoft.graph.agentUser";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AgentUser {
    const SEGMENT: &'static str = "microsoft.graph.agentUser";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::AgentUser, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyUser>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getAvailableExtensionProperties`: action `microsoft.graph.getAvailableExtensionProperties`.
    pub fn get_available_extension_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
        >,
        rt::request::Collection<crate::v1::ExtensionProperty>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getAvailableExtensionProperties"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getByIds`: action `microsoft.graph.getByIds`.
    pub fn get_by_ids(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetByIdsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCollectionGetByIdsParams>,
        rt::request::Collection<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getByIds"),
            rt::request::Json(params),
        )
    }
    /// `POST .../validateProperties`: action `microsoft.graph.validateProperties`.
    pub fn validate_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
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
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-agreements`, `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::AgreementPath {
    /// Structural property `termsExpiration` (`microsoft.graph.termsExpiration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn terms_expiration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::TermsExpiration> {
        crate::path::PropertyPath::new(self.node_target().segment("termsExpiration"))
    }
    /// Containment navigation property `acceptances` (`microsoft.graph.agreementAcceptance`).
    #[inline]
    pub fn acceptances(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AgreementAcceptance,
        crate::path::caps::NoCount<crate::path::caps::ListCreateUpdateDelete>,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("acceptances"))
    }
    /// Containment navigation property `file` (`microsoft.graph.agreementFile`).
    #[inline]
    pub fn file(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AgreementFile,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("file"))
    }
    /// Containment navigation property `files` (`microsoft.graph.agreementFileLocalization`).
    #[inline]
    pub fn files(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AgreementFileLocalization,
        crate::path::caps::NoCount<crate::path::caps::ListCreateUpdateDelete>,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("files"))
    }
}
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Agreement {
    const SEGMENT: &'static str = "microsoft.graph.agreement";
}
#[cfg(msgraph_v1_agreement_acceptances_or_agreements_or_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AgreementAcceptance {
    const SEGMENT: &'static str = "microsoft.graph.agreementAcceptance";
}
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-agreements`, `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::AgreementFilePath {
    /// Containment navigation property `localizations` (`microsoft.graph.agreementFileLocalization`).
    #[inline]
    pub fn localizations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AgreementFileLocalization,
        crate::path::caps::NoCount<crate::path::caps::ListCreateUpdateDelete>,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("localizations"))
    }
    /// Structural property `fileData` (`microsoft.graph.agreementFileData`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn file_data(&self) -> crate::path::PropertyPath<crate::v1::AgreementFileData> {
        crate::path::PropertyPath::new(self.node_target().segment("fileData"))
    }
}
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAgreementFileProperties>
for crate::v1::AgreementFile {
    const SEGMENT: &'static str = "microsoft.graph.agreementFile";
}
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AgreementFile {
    const SEGMENT: &'static str = "microsoft.graph.agreementFile";
}
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-agreements`, `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::AgreementFileLocalizationPath {
    /// Containment navigation property `versions` (`microsoft.graph.agreementFileVersion`).
    #[inline]
    pub fn versions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AgreementFileVersion,
        crate::path::caps::NoCount<crate::path::caps::ListCreateUpdateDelete>,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("versions"))
    }
    /// Structural property `fileData` (`microsoft.graph.agreementFileData`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn file_data(&self) -> crate::path::PropertyPath<crate::v1::AgreementFileData> {
        crate::path::PropertyPath::new(self.node_target().segment("fileData"))
    }
}
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAgreementFileProperties>
for crate::v1::AgreementFileLocalization {
    const SEGMENT: &'static str = "microsoft.graph.agreementFileLocalization";
}
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AgreementFileLocalization {
    const SEGMENT: &'static str = "microsoft.graph.agreementFileLocalization";
}
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-agreements`, `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::AgreementFilePropertiesPath {
    /// Structural property `fileData` (`microsoft.graph.agreementFileData`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn file_data(&self) -> crate::path::PropertyPath<crate::v1::AgreementFileData> {
        crate::path::PropertyPath::new(self.node_target().segment("fileData"))
    }
}
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyAgreementFileProperties {
    const SEGMENT: &'static str = "microsoft.graph.agreementFileProperties";
}
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAgreementFileProperties>
for crate::v1::AgreementFileVersion {
    const SEGMENT: &'static str = "microsoft.graph.agreementFileVersion";
}
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AgreementFileVersion {
    const SEGMENT: &'static str = "microsoft.graph.agreementFileVersion";
}
#[cfg(msgraph_v1_copilot_or_search)]
/// Features: `v1`, or one of `v1-copilot`, `v1-search`.
impl dyn crate::v1::requests::AiInteractionPath {
    /// Structural property `body` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn body(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("body"))
    }
    /// Structural property `from` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn from(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("from"))
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AiInteraction {
    const SEGMENT: &'static str = "microsoft.graph.aiInteraction";
}
#[cfg(msgraph_v1_copilot_or_search)]
/// Features: `v1`, or one of `v1-copilot`, `v1-search`.
impl dyn crate::v1::requests::AiInteractionHistoryPath {
    /// `GET .../getAllEnterpriseInteractions`: function `microsoft.graph.getAllEnterpriseInteractions`.
    #[inline]
    pub fn get_all_enterprise_interactions(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AiInteraction>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("getAllEnterpriseInteractions", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AiInteractionHistory {
    const SEGMENT: &'static str = "microsoft.graph.aiInteractionHistory";
}
#[cfg(msgraph_v1_copilot_or_search)]
/// Features: `v1`, or one of `v1-copilot`, `v1-search`.
impl dyn crate::v1::requests::AiOnlineMeetingPath {
    /// Containment navigation property `aiInsights` (`microsoft.graph.callAiInsight`).
    #[inline]
    pub fn ai_insights(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CallAiInsight,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("aiInsights"))
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AiOnlineMeeting {
    const SEGMENT: &'static str = "microsoft.graph.aiOnlineMeeting";
}
#[cfg(msgraph_v1_copilot_or_search)]
/// Features: `v1`, or one of `v1-copilot`, `v1-search`.
impl dyn crate::v1::requests::AiUserPath {
    /// Containment navigation property `interactionHistory` (`microsoft.graph.aiInteractionHistory`).
    #[inline]
    pub fn interaction_history(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AiInteractionHistory,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("interactionHistory"))
    }
    /// Containment navigation property `onlineMeetings` (`microsoft.graph.aiOnlineMeeting`).
    #[inline]
    pub fn online_meetings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AiOnlineMeeting,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("onlineMeetings"))
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AiUser {
    const SEGMENT: &'static str = "microsoft.graph.aiUser";
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyWebApplicationFirewallProvider>
for crate::v1::AkamaiWebApplicationFirewallProvider {
    const SEGMENT: &'static str = "microsoft.graph.akamaiWebApplicationFirewallProvider";
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AkamaiWebApplicationFirewallProvider {
    const SEGMENT: &'static str = "microsoft.graph.akamaiWebApplicationFirewallProvider";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::AlertPath {
    /// Structural property `vendorInformation` (`microsoft.graph.securityVendorInformation`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn vendor_information(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::SecurityVendorInformation> {
        crate::path::PropertyPath::new(self.node_target().segment("vendorInformation"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Alert {
    const SEGMENT: &'static str = "microsoft.graph.alert";
}
#[cfg(msgraph_v1_directory_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AllowedValue {
    const SEGMENT: &'static str = "microsoft.graph.allowedValue";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceCompliancePolicy>
for crate::v1::AndroidCompliancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.androidCompliancePolicy";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AndroidCompliancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.androidCompliancePolicy";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceConfiguration>
for crate::v1::AndroidCustomConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.androidCustomConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AndroidCustomConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.androidCustomConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceConfiguration>
for crate::v1::AndroidGeneralDeviceConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.androidGeneralDeviceConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AndroidGeneralDeviceConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.androidGeneralDeviceConfiguration";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl dyn crate::v1::requests::AndroidLobAppPath {
    /// Structural property `minimumSupportedOperatingSystem` (`microsoft.graph.androidMinimumOperatingSystem`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn minimum_supported_operating_system(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AndroidMinimumOperatingSystem> {
        crate::path::PropertyPath::new(
            self.node_target().segment("minimumSupportedOperatingSystem"),
        )
    }
    /// Containment navigation property `contentVersions` (`microsoft.graph.mobileAppContent`).
    #[inline]
    pub fn content_versions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppContent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("contentVersions"))
    }
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.node_target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    #[inline]
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileLobApp> for crate::v1::AndroidLobApp {
    const SEGMENT: &'static str = "microsoft.graph.androidLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp> for crate::v1::AndroidLobApp {
    const SEGMENT: &'static str = "microsoft.graph.androidLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AndroidLobApp {
    const SEGMENT: &'static str = "microsoft.graph.androidLobApp";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::AndroidManagedAppProtectionPath {
    /// Containment navigation property `apps` (`microsoft.graph.managedMobileApp`).
    #[inline]
    pub fn apps(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ManagedMobileApp,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("apps"))
    }
    /// Containment navigation property `deploymentSummary` (`microsoft.graph.managedAppPolicyDeploymentSummary`).
    #[inline]
    pub fn deployment_summary(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::ManagedAppPolicyDeploymentSummary,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("deploymentSummary"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.targetedManagedAppPolicyAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TargetedManagedAppPolicyAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::v1::params::TargetedManagedAppProtectionAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::TargetedManagedAppProtectionAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../targetApps`: action `microsoft.graph.targetApps`.
    #[inline]
    pub fn target_apps(
        &self,
        params: crate::v1::params::TargetedManagedAppProtectionTargetAppsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::TargetedManagedAppProtectionTargetAppsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("targetApps"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyTargetedManagedAppProtection>
for crate::v1::AndroidManagedAppProtection {
    const SEGMENT: &'static str = "microsoft.graph.androidManagedAppProtection";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedAppProtection>
for crate::v1::AndroidManagedAppProtection {
    const SEGMENT: &'static str = "microsoft.graph.androidManagedAppProtection";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedAppPolicy>
for crate::v1::AndroidManagedAppProtection {
    const SEGMENT: &'static str = "microsoft.graph.androidManagedAppProtection";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AndroidManagedAppProtection {
    const SEGMENT: &'static str = "microsoft.graph.androidManagedAppProtection";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedAppRegistration>
for crate::v1::AndroidManagedAppRegistration {
    const SEGMENT: &'static str = "microsoft.graph.androidManagedAppRegistration";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AndroidManagedAppRegistration {
    const SEGMENT: &'static str = "microsoft.graph.androidManagedAppRegistration";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::AndroidManagedAppRegistration, C> {
    /// `GET .../getUserIdsWithFlaggedAppRegistration`: function `microsoft.graph.getUserIdsWithFlaggedAppRegistration`.
    pub fn get_user_ids_with_flagged_app_registration(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getUserIdsWithFlaggedAppRegistration", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl dyn crate::v1::requests::AndroidStoreAppPath {
    /// Structural property `minimumSupportedOperatingSystem` (`microsoft.graph.androidMinimumOperatingSystem`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn minimum_supported_operating_system(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AndroidMinimumOperatingSystem> {
        crate::path::PropertyPath::new(
            self.node_target().segment("minimumSupportedOperatingSystem"),
        )
    }
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.node_target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    #[inline]
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp> for crate::v1::AndroidStoreApp {
    const SEGMENT: &'static str = "microsoft.graph.androidStoreApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AndroidStoreApp {
    const SEGMENT: &'static str = "microsoft.graph.androidStoreApp";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceCompliancePolicy>
for crate::v1::AndroidWorkProfileCompliancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.androidWorkProfileCompliancePolicy";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AndroidWorkProfileCompliancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.androidWorkProfileCompliancePolicy";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceConfiguration>
for crate::v1::AndroidWorkProfileCustomConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.androidWorkProfileCustomConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AndroidWorkProfileCustomConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.androidWorkProfileCustomConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceConfiguration>
for crate::v1::AndroidWorkProfileGeneralDeviceConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.androidWorkProfileGeneralDeviceConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AndroidWorkProfileGeneralDeviceConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.androidWorkProfileGeneralDeviceConfiguration";
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyConversationMember>
for crate::v1::AnonymousGuestConversationMember {
    const SEGMENT: &'static str = "microsoft.graph.anonymousGuestConversationMember";
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnonymousGuestConversationMember {
    const SEGMENT: &'static str = "microsoft.graph.anonymousGuestConversationMember";
}
#[cfg(msgraph_v1_core_or_teamwork)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::AnonymousGuestConversationMember, C> {
    /// `POST .../add`: action `microsoft.graph.add`.
    pub fn add(
        &self,
        params: crate::v1::params::ConversationMemberCollectionAddParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ConversationMemberCollectionAddParams>,
        rt::request::Collection<crate::v1::AnyActionResultPart>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("add"),
            rt::request::Json(params),
        )
    }
    /// `POST .../remove`: action `microsoft.graph.remove`.
    pub fn remove(
        &self,
        params: crate::v1::params::ConversationMemberCollectionRemoveParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ConversationMemberCollectionRemoveParams>,
        rt::request::Collection<crate::v1::AnyActionResultPart>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("remove"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_app_catalogs_or_search)]
/// Features: `v1`, or one of `v1-app-catalogs`, `v1-search`.
impl dyn crate::v1::requests::AppCatalogsPath {
    /// Containment navigation property `teamsApps` (`microsoft.graph.teamsApp`).
    #[inline]
    pub fn teams_apps(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TeamsApp,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("teamsApps"))
    }
}
#[cfg(msgraph_v1_app_catalogs_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AppCatalogs {
    const SEGMENT: &'static str = "microsoft.graph.appCatalogs";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::AppConsentApprovalRoutePath {
    /// Containment navigation property `appConsentRequests` (`microsoft.graph.appConsentRequest`).
    #[inline]
    pub fn app_consent_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AppConsentRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("appConsentRequests"),
        )
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AppConsentApprovalRoute {
    const SEGMENT: &'static str = "microsoft.graph.appConsentApprovalRoute";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::AppConsentRequestPath {
    /// Containment navigation property `userConsentRequests` (`microsoft.graph.userConsentRequest`).
    #[inline]
    pub fn user_consent_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UserConsentRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("userConsentRequests"),
        )
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AppConsentRequest {
    const SEGMENT: &'static str = "microsoft.graph.appConsentRequest";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::AppConsentRequest, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::v1::ConsentRequestFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AppConsentRequest>,
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
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl dyn crate::v1::requests::AppLogCollectionRequestPath {
    /// `POST .../createDownloadUrl`: action `microsoft.graph.createDownloadUrl`.
    #[inline]
    pub fn create_download_url(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AppLogCollectionDownloadDetails>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("createDownloadUrl"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AppLogCollectionRequest {
    const SEGMENT: &'static str = "microsoft.graph.appLogCollectionRequest";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::AppManagementPolicyPath {
    /// Structural property `restrictions` (`microsoft.graph.customAppManagementConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn restrictions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CustomAppManagementConfiguration> {
        crate::path::PropertyPath::new(self.node_target().segment("restrictions"))
    }
    /// Navigation property `appliesTo` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn applies_to(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("appliesTo"))
    }
    /// `POST .../checkMemberGroups`: action `microsoft.graph.checkMemberGroups`.
    #[inline]
    pub fn check_member_groups(
        &self,
        params: crate::v1::params::DirectoryObjectCheckMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberGroupsParams>,
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
        params: crate::v1::params::DirectoryObjectCheckMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberObjectsParams>,
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
        params: crate::v1::params::DirectoryObjectGetMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberGroupsParams>,
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
        params: crate::v1::params::DirectoryObjectGetMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberObjectsParams>,
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
        rt::request::Entity<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyPolicyBase>
for crate::v1::AppManagementPolicy {
    const SEGMENT: &'static str = "microsoft.graph.appManagementPolicy";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject>
for crate::v1::AppManagementPolicy {
    const SEGMENT: &'static str = "microsoft.graph.appManagementPolicy";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AppManagementPolicy {
    const SEGMENT: &'static str = "microsoft.graph.appManagementPolicy";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::AppManagementPolicy, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getAvailableExtensionProperties`: action `microsoft.graph.getAvailableExtensionProperties`.
    pub fn get_available_extension_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
        >,
        rt::request::Collection<crate::v1::ExtensionProperty>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getAvailableExtensionProperties"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getByIds`: action `microsoft.graph.getByIds`.
    pub fn get_by_ids(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetByIdsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCollectionGetByIdsParams>,
        rt::request::Collection<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getByIds"),
            rt::request::Json(params),
        )
    }
    /// `POST .../validateProperties`: action `microsoft.graph.validateProperties`.
    pub fn validate_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
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
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject>
for crate::v1::AppRoleAssignment {
    const SEGMENT: &'static str = "microsoft.graph.appRoleAssignment";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AppRoleAssignment {
    const SEGMENT: &'static str = "microsoft.graph.appRoleAssignment";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::AppRoleAssignment, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getAvailableExtensionProperties`: action `microsoft.graph.getAvailableExtensionProperties`.
    pub fn get_available_extension_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
        >,
        rt::request::Collection<crate::v1::ExtensionProperty>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getAvailableExtensionProperties"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getByIds`: action `microsoft.graph.getByIds`.
    pub fn get_by_ids(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetByIdsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCollectionGetByIdsParams>,
        rt::request::Collection<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getByIds"),
            rt::request::Json(params),
        )
    }
    /// `POST .../validateProperties`: action `microsoft.graph.validateProperties`.
    pub fn validate_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
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
#[cfg(msgraph_v1_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AppScope {
    const SEGMENT: &'static str = "microsoft.graph.appScope";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceConfiguration>
for crate::v1::AnyAppleDeviceFeaturesConfigurationBase {
    const SEGMENT: &'static str = "microsoft.graph.appleDeviceFeaturesConfigurationBase";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyAppleDeviceFeaturesConfigurationBase {
    const SEGMENT: &'static str = "microsoft.graph.appleDeviceFeaturesConfigurationBase";
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyIdentityProviderBase>
for crate::v1::AppleManagedIdentityProvider {
    const SEGMENT: &'static str = "microsoft.graph.appleManagedIdentityProvider";
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AppleManagedIdentityProvider {
    const SEGMENT: &'static str = "microsoft.graph.appleManagedIdentityProvider";
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
/// Features: `v1`, or one of `v1-directory`, `v1-identity`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::AppleManagedIdentityProvider, C> {
    /// `GET .../availableProviderTypes`: function `microsoft.graph.availableProviderTypes`.
    pub fn available_provider_types(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("availableProviderTypes", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl dyn crate::v1::requests::ApplePushNotificationCertificatePath {
    /// Download Apple push notification certificate signing request
    ///
    /// `GET .../downloadApplePushNotificationCertificateSigningRequest`: function `microsoft.graph.downloadApplePushNotificationCertificateSigningRequest`.
    #[inline]
    pub fn download_apple_push_notification_certificate_signing_request(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::ValueOf<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function("downloadApplePushNotificationCertificateSigningRequest", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ApplePushNotificationCertificate {
    const SEGMENT: &'static str = "microsoft.graph.applePushNotificationCertificate";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::ApplicationPath {
    /// Structural property `api` (`microsoft.graph.apiApplication`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn api(&self) -> crate::path::PropertyPath<crate::v1::ApiApplication> {
        crate::path::PropertyPath::new(self.node_target().segment("api"))
    }
    /// Structural property `authenticationBehaviors` (`microsoft.graph.authenticationBehaviors`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn authentication_behaviors(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AuthenticationBehaviors> {
        crate::path::PropertyPath::new(
            self.node_target().segment("authenticationBehaviors"),
        )
    }
    /// Structural property `certification` (`microsoft.graph.certification`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn certification(&self) -> crate::path::PropertyPath<crate::v1::Certification> {
        crate::path::PropertyPath::new(self.node_target().segment("certification"))
    }
    /// Structural property `info` (`microsoft.graph.informationalUrl`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn info(&self) -> crate::path::PropertyPath<crate::v1::InformationalUrl> {
        crate::path::PropertyPath::new(self.node_target().segment("info"))
    }
    /// Stream property `logo`.
    #[inline]
    pub fn logo(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("logo"))
    }
    /// Structural property `optionalClaims` (`microsoft.graph.optionalClaims`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn optional_claims(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::OptionalClaims> {
        crate::path::PropertyPath::new(self.node_target().segment("optionalClaims"))
    }
    /// Structural property `parentalControlSettings` (`microsoft.graph.parentalControlSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn parental_control_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ParentalControlSettings> {
        crate::path::PropertyPath::new(
            self.node_target().segment("parentalControlSettings"),
        )
    }
    /// Structural property `publicClient` (`microsoft.graph.publicClientApplication`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn public_client(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PublicClientApplication> {
        crate::path::PropertyPath::new(self.node_target().segment("publicClient"))
    }
    /// Structural property `requestSignatureVerification` (`microsoft.graph.requestSignatureVerification`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn request_signature_verification(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::RequestSignatureVerification> {
        crate::path::PropertyPath::new(
            self.node_target().segment("requestSignatureVerification"),
        )
    }
    /// Structural property `servicePrincipalLockConfiguration` (`microsoft.graph.servicePrincipalLockConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn service_principal_lock_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ServicePrincipalLockConfiguration> {
        crate::path::PropertyPath::new(
            self.node_target().segment("servicePrincipalLockConfiguration"),
        )
    }
    /// Structural property `spa` (`microsoft.graph.spaApplication`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn spa(&self) -> crate::path::PropertyPath<crate::v1::SpaApplication> {
        crate::path::PropertyPath::new(self.node_target().segment("spa"))
    }
    /// Structural property `verifiedPublisher` (`microsoft.graph.verifiedPublisher`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn verified_publisher(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::VerifiedPublisher> {
        crate::path::PropertyPath::new(self.node_target().segment("verifiedPublisher"))
    }
    /// Structural property `web` (`microsoft.graph.webApplication`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn web(&self) -> crate::path::PropertyPath<crate::v1::WebApplication> {
        crate::path::PropertyPath::new(self.node_target().segment("web"))
    }
    /// Navigation property `appManagementPolicies` (`microsoft.graph.appManagementPolicy`).
    #[inline]
    pub fn app_management_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AppManagementPolicy,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("appManagementPolicies"),
        )
    }
    /// Navigation property `createdOnBehalfOf` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn created_on_behalf_of(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("createdOnBehalfOf"))
    }
    /// Containment navigation property `extensionProperties` (`microsoft.graph.extensionProperty`).
    #[inline]
    pub fn extension_properties(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ExtensionProperty,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("extensionProperties"),
        )
    }
    /// Containment navigation property `federatedIdentityCredentials` (`microsoft.graph.federatedIdentityCredential`).
    #[inline]
    pub fn federated_identity_credentials(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::FederatedIdentityCredential,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("federatedIdentityCredentials"),
        )
    }
    /// Navigation property `homeRealmDiscoveryPolicies` (`microsoft.graph.homeRealmDiscoveryPolicy`).
    #[inline]
    pub fn home_realm_discovery_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::HomeRealmDiscoveryPolicy,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("homeRealmDiscoveryPolicies"),
        )
    }
    /// Navigation property `owners` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn owners(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("owners"))
    }
    /// Containment navigation property `synchronization` (`microsoft.graph.synchronization`).
    ///
    /// Updated with `PUT` (`UpdateRestrictions/UpdateMethod`): `update` sends `PUT` here.
    #[inline]
    pub fn synchronization(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Synchronization,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("synchronization").updated_by_put(),
        )
    }
    /// Navigation property `tokenIssuancePolicies` (`microsoft.graph.tokenIssuancePolicy`).
    #[inline]
    pub fn token_issuance_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TokenIssuancePolicy,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("tokenIssuancePolicies"),
        )
    }
    /// Navigation property `tokenLifetimePolicies` (`microsoft.graph.tokenLifetimePolicy`).
    #[inline]
    pub fn token_lifetime_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TokenLifetimePolicy,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("tokenLifetimePolicies"),
        )
    }
    /// `POST .../addKey`: action `microsoft.graph.addKey`.
    #[inline]
    pub fn add_key(
        &self,
        params: crate::v1::params::ApplicationAddKeyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ApplicationAddKeyParams>,
        rt::request::Entity<crate::v1::KeyCredential>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("addKey"),
            rt::request::Json(params),
        )
    }
    /// `POST .../addPassword`: action `microsoft.graph.addPassword`.
    #[inline]
    pub fn add_password(
        &self,
        params: crate::v1::params::ApplicationAddPasswordParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ApplicationAddPasswordParams>,
        rt::request::Entity<crate::v1::PasswordCredential>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("addPassword"),
            rt::request::Json(params),
        )
    }
    /// `POST .../removeKey`: action `microsoft.graph.removeKey`.
    #[inline]
    pub fn remove_key(
        &self,
        params: crate::v1::params::ApplicationRemoveKeyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ApplicationRemoveKeyParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("removeKey"),
            rt::request::Json(params),
        )
    }
    /// `POST .../removePassword`: action `microsoft.graph.removePassword`.
    #[inline]
    pub fn remove_password(
        &self,
        params: crate::v1::params::ApplicationRemovePasswordParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ApplicationRemovePasswordParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("removePassword"),
            rt::request::Json(params),
        )
    }
    /// `POST .../setVerifiedPublisher`: action `microsoft.graph.setVerifiedPublisher`.
    #[inline]
    pub fn set_verified_publisher(
        &self,
        params: crate::v1::params::ApplicationSetVerifiedPublisherParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ApplicationSetVerifiedPublisherParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("setVerifiedPublisher"),
            rt::request::Json(params),
        )
    }
    /// `POST .../unsetVerifiedPublisher`: action `microsoft.graph.unsetVerifiedPublisher`.
    #[inline]
    pub fn unset_verified_publisher(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("unsetVerifiedPublisher"),
            rt::request::NoBody,
        )
    }
    /// `POST .../checkMemberGroups`: action `microsoft.graph.checkMemberGroups`.
    #[inline]
    pub fn check_member_groups(
        &self,
        params: crate::v1::params::DirectoryObjectCheckMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberGroupsParams>,
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
        params: crate::v1::params::DirectoryObjectCheckMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberObjectsParams>,
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
        params: crate::v1::params::DirectoryObjectGetMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberGroupsParams>,
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
        params: crate::v1::params::DirectoryObjectGetMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberObjectsParams>,
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
        rt::request::Entity<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject>
for crate::v1::AnyApplication {
    const SEGMENT: &'static str = "microsoft.graph.application";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyApplication {
    const SEGMENT: &'static str = "microsoft.graph.application";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::AnyApplication, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyApplication>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getAvailableExtensionProperties`: action `microsoft.graph.getAvailableExtensionProperties`.
    pub fn get_available_extension_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
        >,
        rt::request::Collection<crate::v1::ExtensionProperty>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getAvailableExtensionProperties"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getByIds`: action `microsoft.graph.getByIds`.
    pub fn get_by_ids(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetByIdsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCollectionGetByIdsParams>,
        rt::request::Collection<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getByIds"),
            rt::request::Json(params),
        )
    }
    /// `POST .../validateProperties`: action `microsoft.graph.validateProperties`.
    pub fn validate_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
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
#[cfg(msgraph_v1_application_templates_or_search)]
/// Features: `v1`, or one of `v1-application-templates`, `v1-search`.
impl dyn crate::v1::requests::ApplicationTemplatePath {
    /// Structural property `riskFactors` (`microsoft.graph.applicationRiskFactors`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn risk_factors(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ApplicationRiskFactors> {
        crate::path::PropertyPath::new(self.node_target().segment("riskFactors"))
    }
    /// Structural property `riskScore` (`microsoft.graph.applicationRiskScore`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn risk_score(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ApplicationRiskScore> {
        crate::path::PropertyPath::new(self.node_target().segment("riskScore"))
    }
    /// `POST .../instantiate`: action `microsoft.graph.instantiate`.
    #[inline]
    pub fn instantiate(
        &self,
        params: crate::v1::params::ApplicationTemplateInstantiateParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ApplicationTemplateInstantiateParams>,
        rt::request::Entity<crate::v1::ApplicationServicePrincipal>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("instantiate"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ApplicationTemplate {
    const SEGMENT: &'static str = "microsoft.graph.applicationTemplate";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::ApprovalPath {
    /// Containment navigation property `stages` (`microsoft.graph.approvalStage`).
    #[inline]
    pub fn stages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ApprovalStage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("stages"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Approval {
    const SEGMENT: &'static str = "microsoft.graph.approval";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::Approval, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::v1::ApprovalFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::Approval>,
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
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::ApprovalStagePath {
    /// Structural property `reviewedBy` (`microsoft.graph.identity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn reviewed_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("reviewedBy"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ApprovalStage {
    const SEGMENT: &'static str = "microsoft.graph.approvalStage";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ApprovedClientApp {
    const SEGMENT: &'static str = "microsoft.graph.approvedClientApp";
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyFraudProtectionProvider>
for crate::v1::ArkoseFraudProtectionProvider {
    const SEGMENT: &'static str = "microsoft.graph.arkoseFraudProtectionProvider";
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ArkoseFraudProtectionProvider {
    const SEGMENT: &'static str = "microsoft.graph.arkoseFraudProtectionProvider";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyTeamInfo> for crate::v1::AssociatedTeamInfo {
    const SEGMENT: &'static str = "microsoft.graph.associatedTeamInfo";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AssociatedTeamInfo {
    const SEGMENT: &'static str = "microsoft.graph.associatedTeamInfo";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyAttachment {
    const SEGMENT: &'static str = "microsoft.graph.attachment";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::AnyAttachment, C> {
    /// `POST .../createUploadSession`: action `microsoft.graph.createUploadSession`.
    pub fn create_upload_session(
        &self,
        params: crate::v1::params::AttachmentCollectionCreateUploadSessionParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::AttachmentCollectionCreateUploadSessionParams,
        >,
        rt::request::Entity<crate::v1::UploadSession>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("createUploadSession"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::AttachmentBasePath {
    /// The media content (`$value`) of this entity.
    #[inline]
    pub fn value(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("$value"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyAttachmentBase {
    const SEGMENT: &'static str = "microsoft.graph.attachmentBase";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::AnyAttachmentBase, C> {
    /// `POST .../createUploadSession`: action `microsoft.graph.createUploadSession`.
    pub fn create_upload_session(
        &self,
        params: crate::v1::params::AttachmentBaseCollectionCreateUploadSessionParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::AttachmentBaseCollectionCreateUploadSessionParams,
        >,
        rt::request::Entity<crate::v1::UploadSession>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("createUploadSession"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::AttachmentSessionPath {
    /// Stream property `content`.
    #[inline]
    pub fn content(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("content"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AttachmentSession {
    const SEGMENT: &'static str = "microsoft.graph.attachmentSession";
}
#[cfg(msgraph_v1_core_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyLongRunningOperation>
for crate::v1::AttackSimulationOperation {
    const SEGMENT: &'static str = "microsoft.graph.attackSimulationOperation";
}
#[cfg(msgraph_v1_core_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AttackSimulationOperation {
    const SEGMENT: &'static str = "microsoft.graph.attackSimulationOperation";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::AttackSimulationRootPath {
    /// Containment navigation property `endUserNotifications` (`microsoft.graph.endUserNotification`).
    #[inline]
    pub fn end_user_notifications(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::EndUserNotification,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("endUserNotifications"),
        )
    }
    /// Containment navigation property `landingPages` (`microsoft.graph.landingPage`).
    #[inline]
    pub fn landing_pages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::LandingPage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("landingPages"))
    }
    /// Containment navigation property `loginPages` (`microsoft.graph.loginPage`).
    #[inline]
    pub fn login_pages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::LoginPage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("loginPages"))
    }
    /// Containment navigation property `operations` (`microsoft.graph.attackSimulationOperation`).
    #[inline]
    pub fn operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AttackSimulationOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("operations"))
    }
    /// Containment navigation property `payloads` (`microsoft.graph.payload`).
    #[inline]
    pub fn payloads(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Payload,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("payloads"))
    }
    /// Containment navigation property `simulationAutomations` (`microsoft.graph.simulationAutomation`).
    #[inline]
    pub fn simulation_automations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SimulationAutomation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("simulationAutomations"),
        )
    }
    /// Containment navigation property `simulations` (`microsoft.graph.simulation`).
    #[inline]
    pub fn simulations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Simulation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("simulations"))
    }
    /// Containment navigation property `trainings` (`microsoft.graph.training`).
    #[inline]
    pub fn trainings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Training,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("trainings"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AttackSimulationRoot {
    const SEGMENT: &'static str = "microsoft.graph.attackSimulationRoot";
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::AttendanceRecordPath {
    /// Structural property `externalRegistrationInformation` (`microsoft.graph.virtualEventExternalRegistrationInformation`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn external_registration_information(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::VirtualEventExternalRegistrationInformation,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("externalRegistrationInformation"),
        )
    }
    /// Structural property `identity` (`microsoft.graph.identity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn identity(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("identity"))
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AttendanceRecord {
    const SEGMENT: &'static str = "microsoft.graph.attendanceRecord";
}
#[cfg(msgraph_v1_core_or_functions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AttributeMappingFunctionSchema {
    const SEGMENT: &'static str = "microsoft.graph.attributeMappingFunctionSchema";
}
#[cfg(msgraph_v1_directory_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AttributeSet {
    const SEGMENT: &'static str = "microsoft.graph.attributeSet";
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AudioRoutingGroup {
    const SEGMENT: &'static str = "microsoft.graph.audioRoutingGroup";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl dyn crate::v1::requests::AuditEventPath {
    /// Structural property `actor` (`microsoft.graph.auditActor`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn actor(&self) -> crate::path::PropertyPath<crate::v1::AuditActor> {
        crate::path::PropertyPath::new(self.node_target().segment("actor"))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AuditEvent {
    const SEGMENT: &'static str = "microsoft.graph.auditEvent";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::AuditEvent, C> {
    /// `GET .../getAuditActivityTypes`: function `microsoft.graph.getAuditActivityTypes`.
    pub fn get_audit_activity_types(
        &self,
        category: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getAuditActivityTypes",
                    &[
                        (
                            "category",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(category),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getAuditCategories`: function `microsoft.graph.getAuditCategories`.
    pub fn get_audit_categories(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getAuditCategories", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_audit_logs)]
/// Features: `v1` or `v1-audit-logs`.
impl dyn crate::v1::requests::AuditLogRootPath {
    /// Containment navigation property `directoryAudits` (`microsoft.graph.directoryAudit`).
    #[inline]
    pub fn directory_audits(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DirectoryAudit,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("directoryAudits"))
    }
    /// Containment navigation property `provisioning` (`microsoft.graph.provisioningObjectSummary`).
    #[inline]
    pub fn provisioning(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ProvisioningObjectSummary,
        crate::path::caps::NoCount<crate::path::caps::ListCreateUpdateDelete>,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("provisioning"))
    }
    /// Containment navigation property `signIns` (`microsoft.graph.signIn`).
    #[inline]
    pub fn sign_ins(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SignIn,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("signIns"))
    }
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::AuthenticationPath {
    /// Containment navigation property `emailMethods` (`microsoft.graph.emailAuthenticationMethod`).
    #[inline]
    pub fn email_methods(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::EmailAuthenticationMethod,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("emailMethods"))
    }
    /// Containment navigation property `externalAuthenticationMethods` (`microsoft.graph.externalAuthenticationMethod`).
    #[inline]
    pub fn external_authentication_methods(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ExternalAuthenticationMethod,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("externalAuthenticationMethods"),
        )
    }
    /// Containment navigation property `fido2Methods` (`microsoft.graph.fido2AuthenticationMethod`).
    #[inline]
    pub fn fido2_methods(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Fido2AuthenticationMethod,
        crate::path::caps::ListDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("fido2Methods"))
    }
    /// Containment navigation property `methods` (`microsoft.graph.authenticationMethod`).
    #[inline]
    pub fn methods(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyAuthenticationMethod,
        crate::path::caps::ListCreateUpdate,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("methods"))
    }
    /// Containment navigation property `microsoftAuthenticatorMethods` (`microsoft.graph.microsoftAuthenticatorAuthenticationMethod`).
    #[inline]
    pub fn microsoft_authenticator_methods(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MicrosoftAuthenticatorAuthenticationMethod,
        crate::path::caps::ListDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("microsoftAuthenticatorMethods"),
        )
    }
    /// Containment navigation property `operations` (`microsoft.graph.longRunningOperation`).
    #[inline]
    pub fn operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyLongRunningOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("operations"))
    }
    /// Containment navigation property `passwordMethods` (`microsoft.graph.passwordAuthenticationMethod`).
    #[inline]
    pub fn password_methods(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PasswordAuthenticationMethod,
        crate::path::caps::ListCreate,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("passwordMethods"))
    }
    /// Containment navigation property `phoneMethods` (`microsoft.graph.phoneAuthenticationMethod`).
    #[inline]
    pub fn phone_methods(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PhoneAuthenticationMethod,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("phoneMethods"))
    }
    /// Containment navigation property `platformCredentialMethods` (`microsoft.graph.platformCredentialAuthenticationMethod`).
    #[inline]
    pub fn platform_credential_methods(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PlatformCredentialAuthenticationMethod,
        crate::path::caps::ListDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("platformCredentialMethods"),
        )
    }
    /// Containment navigation property `softwareOathMethods` (`microsoft.graph.softwareOathAuthenticationMethod`).
    #[inline]
    pub fn software_oath_methods(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SoftwareOathAuthenticationMethod,
        crate::path::caps::ListDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("softwareOathMethods"),
        )
    }
    /// Containment navigation property `temporaryAccessPassMethods` (`microsoft.graph.temporaryAccessPassAuthenticationMethod`).
    #[inline]
    pub fn temporary_access_pass_methods(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TemporaryAccessPassAuthenticationMethod,
        crate::path::caps::ListCreateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("temporaryAccessPassMethods"),
        )
    }
    /// Containment navigation property `windowsHelloForBusinessMethods` (`microsoft.graph.windowsHelloForBusinessAuthenticationMethod`).
    #[inline]
    pub fn windows_hello_for_business_methods(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WindowsHelloForBusinessAuthenticationMethod,
        crate::path::caps::ListDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("windowsHelloForBusinessMethods"),
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Authentication {
    const SEGMENT: &'static str = "microsoft.graph.authentication";
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyAuthenticationCombinationConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.authenticationCombinationConfiguration";
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AuthenticationContextClassReference {
    const SEGMENT: &'static str = "microsoft.graph.authenticationContextClassReference";
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl dyn crate::v1::requests::AuthenticationEventListenerPath {
    /// Structural property `conditions` (`microsoft.graph.authenticationConditions`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn conditions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AuthenticationConditions> {
        crate::path::PropertyPath::new(self.node_target().segment("conditions"))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyAuthenticationEventListener {
    const SEGMENT: &'static str = "microsoft.graph.authenticationEventListener";
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl dyn crate::v1::requests::AuthenticationEventsFlowPath {
    /// Structural property `conditions` (`microsoft.graph.authenticationConditions`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn conditions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AuthenticationConditions> {
        crate::path::PropertyPath::new(self.node_target().segment("conditions"))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyAuthenticationEventsFlow {
    const SEGMENT: &'static str = "microsoft.graph.authenticationEventsFlow";
}
#[cfg(msgraph_v1_policies_or_search)]
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
impl dyn crate::v1::requests::AuthenticationFlowsPolicyPath {
    /// Structural property `selfServiceSignUp` (`microsoft.graph.selfServiceSignUpAuthenticationFlowConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn self_service_sign_up(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::SelfServiceSignUpAuthenticationFlowConfiguration,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("selfServiceSignUp"))
    }
}
#[cfg(msgraph_v1_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AuthenticationFlowsPolicy {
    const SEGMENT: &'static str = "microsoft.graph.authenticationFlowsPolicy";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::AuthenticationMethodPath {
    /// `POST .../resetPassword`: action `microsoft.graph.resetPassword`.
    #[inline]
    pub fn reset_password(
        &self,
        params: crate::v1::params::AuthenticationMethodResetPasswordParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::AuthenticationMethodResetPasswordParams>,
        rt::request::Entity<crate::v1::PasswordResetResponse>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("resetPassword"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.authenticationMethod";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.authenticationMethodConfiguration";
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AuthenticationMethodModeDetail {
    const SEGMENT: &'static str = "microsoft.graph.authenticationMethodModeDetail";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyAuthenticationMethodTarget {
    const SEGMENT: &'static str = "microsoft.graph.authenticationMethodTarget";
}
#[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
/// Features: `v1`, or one of `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
impl dyn crate::v1::requests::AuthenticationMethodsPolicyPath {
    /// Structural property `registrationEnforcement` (`microsoft.graph.registrationEnforcement`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn registration_enforcement(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::RegistrationEnforcement> {
        crate::path::PropertyPath::new(
            self.node_target().segment("registrationEnforcement"),
        )
    }
    /// Containment navigation property `authenticationMethodConfigurations` (`microsoft.graph.authenticationMethodConfiguration`).
    #[inline]
    pub fn authentication_method_configurations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyAuthenticationMethodConfiguration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("authenticationMethodConfigurations"),
        )
    }
}
#[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AuthenticationMethodsPolicy {
    const SEGMENT: &'static str = "microsoft.graph.authenticationMethodsPolicy";
}
#[cfg(msgraph_v1_reports_or_search)]
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
impl dyn crate::v1::requests::AuthenticationMethodsRootPath {
    /// Containment navigation property `userRegistrationDetails` (`microsoft.graph.userRegistrationDetails`).
    #[inline]
    pub fn user_registration_details(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UserRegistrationDetails,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("userRegistrationDetails"),
        )
    }
    /// `GET .../usersRegisteredByFeature`: function `microsoft.graph.usersRegisteredByFeature`.
    #[inline]
    pub fn users_registered_by_feature(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::UserRegistrationFeatureSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("usersRegisteredByFeature", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../usersRegisteredByFeature`: function `microsoft.graph.usersRegisteredByFeature`.
    #[inline]
    pub fn users_registered_by_feature_2(
        &self,
        included_user_types: &crate::v1::IncludedUserTypes,
        included_user_roles: &crate::v1::IncludedUserRoles,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::UserRegistrationFeatureSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "usersRegisteredByFeature",
                    &[
                        (
                            "includedUserTypes",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(included_user_types),
                            ),
                        ),
                        (
                            "includedUserRoles",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(included_user_roles),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../usersRegisteredByMethod`: function `microsoft.graph.usersRegisteredByMethod`.
    #[inline]
    pub fn users_registered_by_method(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::UserRegistrationMethodSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("usersRegisteredByMethod", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../usersRegisteredByMethod`: function `microsoft.graph.usersRegisteredByMethod`.
    #[inline]
    pub fn users_registered_by_method_2(
        &self,
        included_user_types: &crate::v1::IncludedUserTypes,
        included_user_roles: &crate::v1::IncludedUserRoles,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::UserRegistrationMethodSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "usersRegisteredByMethod",
                    &[
                        (
                            "includedUserTypes",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(included_user_types),
                            ),
                        ),
                        (
                            "includedUserRoles",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(included_user_roles),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AuthenticationMethodsRoot {
    const SEGMENT: &'static str = "microsoft.graph.authenticationMethodsRoot";
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
impl dyn crate::v1::requests::AuthenticationStrengthPolicyPath {
    /// Containment navigation property `combinationConfigurations` (`microsoft.graph.authenticationCombinationConfiguration`).
    #[inline]
    pub fn combination_configurations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyAuthenticationCombinationConfiguration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("combinationConfigurations"),
        )
    }
    /// `POST .../updateAllowedCombinations`: action `microsoft.graph.updateAllowedCombinations`.
    #[inline]
    pub fn update_allowed_combinations(
        &self,
        params: crate::v1::params::AuthenticationStrengthPolicyUpdateAllowedCombinationsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::AuthenticationStrengthPolicyUpdateAllowedCombinationsParams,
        >,
        rt::request::Entity<crate::v1::UpdateAllowedCombinationsResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("updateAllowedCombinations"),
            rt::request::Json(params),
        )
    }
    /// `GET .../usage`: function `microsoft.graph.usage`.
    #[inline]
    pub fn usage(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AuthenticationStrengthUsage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("usage", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AuthenticationStrengthPolicy {
    const SEGMENT: &'static str = "microsoft.graph.authenticationStrengthPolicy";
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl dyn crate::v1::requests::AuthenticationStrengthRootPath {
    /// Containment navigation property `authenticationMethodModes` (`microsoft.graph.authenticationMethodModeDetail`).
    #[inline]
    pub fn authentication_method_modes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AuthenticationMethodModeDetail,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("authenticationMethodModes"),
        )
    }
    /// Containment navigation property `policies` (`microsoft.graph.authenticationStrengthPolicy`).
    #[inline]
    pub fn policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AuthenticationStrengthPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("policies"))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AuthenticationStrengthRoot {
    const SEGMENT: &'static str = "microsoft.graph.authenticationStrengthRoot";
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
/// Features: `v1`, or one of `v1-privacy`, `v1-search`, `v1-security`.
impl dyn crate::v1::requests::AuthoredNotePath {
    /// Structural property `author` (`microsoft.graph.identity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn author(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("author"))
    }
    /// Structural property `content` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn content(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("content"))
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AuthoredNote {
    const SEGMENT: &'static str = "microsoft.graph.authoredNote";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::AuthorizationPolicyPath {
    /// Structural property `defaultUserRolePermissions` (`microsoft.graph.defaultUserRolePermissions`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn default_user_role_permissions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DefaultUserRolePermissions> {
        crate::path::PropertyPath::new(
            self.node_target().segment("defaultUserRolePermissions"),
        )
    }
    /// `POST .../checkMemberGroups`: action `microsoft.graph.checkMemberGroups`.
    #[inline]
    pub fn check_member_groups(
        &self,
        params: crate::v1::params::DirectoryObjectCheckMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberGroupsParams>,
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
        params: crate::v1::params::DirectoryObjectCheckMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberObjectsParams>,
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
        params: crate::v1::params::DirectoryObjectGetMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberGroupsParams>,
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
        params: crate::v1::params::DirectoryObjectGetMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberObjectsParams>,
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
        rt::request::Entity<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyPolicyBase>
for crate::v1::AuthorizationPolicy {
    const SEGMENT: &'static str = "microsoft.graph.authorizationPolicy";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject>
for crate::v1::AuthorizationPolicy {
    const SEGMENT: &'static str = "microsoft.graph.authorizationPolicy";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AuthorizationPolicy {
    const SEGMENT: &'static str = "microsoft.graph.authorizationPolicy";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::AuthorizationPolicy, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getAvailableExtensionProperties`: action `microsoft.graph.getAvailableExtensionProperties`.
    pub fn get_available_extension_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
        >,
        rt::request::Collection<crate::v1::ExtensionProperty>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getAvailableExtensionProperties"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getByIds`: action `microsoft.graph.getByIds`.
    pub fn get_by_ids(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetByIdsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCollectionGetByIdsParams>,
        rt::request::Collection<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getByIds"),
            rt::request::Json(params),
        )
    }
    /// `POST .../validateProperties`: action `microsoft.graph.validateProperties`.
    pub fn validate_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
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
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::AvailableAccessPackagePath {
    /// Navigation property `resourceRoleScopes` (`microsoft.graph.accessPackageResourceRoleScope`).
    #[inline]
    pub fn resource_role_scopes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AccessPackageResourceRoleScope,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("resourceRoleScopes"),
        )
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AvailableAccessPackage {
    const SEGMENT: &'static str = "microsoft.graph.availableAccessPackage";
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyConversationMember>
for crate::v1::AzureCommunicationServicesUserConversationMember {
    const SEGMENT: &'static str = "microsoft.graph.azureCommunicationServicesUserConversationMember";
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AzureCommunicationServicesUserConversationMember {
    const SEGMENT: &'static str = "microsoft.graph.azureCommunicationServicesUserConversationMember";
}
#[cfg(msgraph_v1_core_or_teamwork)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<
    C,
> crate::path::CollectionPath<
    crate::v1::AzureCommunicationServicesUserConversationMember,
    C,
> {
    /// `POST .../add`: action `microsoft.graph.add`.
    pub fn add(
        &self,
        params: crate::v1::params::ConversationMemberCollectionAddParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ConversationMemberCollectionAddParams>,
        rt::request::Collection<crate::v1::AnyActionResultPart>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("add"),
            rt::request::Json(params),
        )
    }
    /// `POST .../remove`: action `microsoft.graph.remove`.
    pub fn remove(
        &self,
        params: crate::v1::params::ConversationMemberCollectionRemoveParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ConversationMemberCollectionRemoveParams>,
        rt::request::Collection<crate::v1::AnyActionResultPart>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("remove"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_reports_or_search)]
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
impl dyn crate::v1::requests::partners_billing::AzureUsagePath {
    /// Containment navigation property `billed` (`microsoft.graph.partners.billing.billedUsage`).
    #[inline]
    pub fn billed(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::partners_billing::BilledUsage,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("billed"))
    }
    /// Containment navigation property `unbilled` (`microsoft.graph.partners.billing.unbilledUsage`).
    #[inline]
    pub fn unbilled(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::partners_billing::UnbilledUsage,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("unbilled"))
    }
}
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::partners_billing::AzureUsage {
    const SEGMENT: &'static str = "microsoft.graph.partners.billing.azureUsage";
}
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::search::AnySearchAnswer>
for crate::v1::search::Acronym {
    const SEGMENT: &'static str = "microsoft.graph.search.acronym";
}
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::search::Acronym {
    const SEGMENT: &'static str = "microsoft.graph.search.acronym";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::AlertPath {
    /// Structural property `additionalData` (`microsoft.graph.security.dictionary`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn additional_data(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::Dictionary> {
        crate::path::PropertyPath::new(self.node_target().segment("additionalData"))
    }
    /// Structural property `customDetails` (`microsoft.graph.security.dictionary`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn custom_details(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::Dictionary> {
        crate::path::PropertyPath::new(self.node_target().segment("customDetails"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::security::Alert {
    const SEGMENT: &'static str = "microsoft.graph.security.alert";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::path::CollectionPath<crate::v1::security::Alert, C> {
    /// `POST .../microsoft.graph.security.moveAlerts`: action `microsoft.graph.security.moveAlerts`.
    pub fn move_alerts(
        &self,
        params: crate::v1::params::AlertCollectionMoveAlertsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::AlertCollectionMoveAlertsParams>,
        rt::request::Entity<crate::v1::security::MergeResponse>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.security.moveAlerts"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::AnalyzedEmailPath {
    /// Structural property `authenticationDetails` (`microsoft.graph.security.analyzedEmailAuthenticationDetail`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn authentication_details(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::security::AnalyzedEmailAuthenticationDetail,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("authenticationDetails"),
        )
    }
    /// Structural property `latestDelivery` (`microsoft.graph.security.analyzedEmailDeliveryDetail`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn latest_delivery(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::AnalyzedEmailDeliveryDetail> {
        crate::path::PropertyPath::new(self.node_target().segment("latestDelivery"))
    }
    /// Structural property `originalDelivery` (`microsoft.graph.security.analyzedEmailDeliveryDetail`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn original_delivery(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::AnalyzedEmailDeliveryDetail> {
        crate::path::PropertyPath::new(self.node_target().segment("originalDelivery"))
    }
    /// Structural property `recipientDetail` (`microsoft.graph.security.analyzedEmailRecipientDetail`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn recipient_detail(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::AnalyzedEmailRecipientDetail> {
        crate::path::PropertyPath::new(self.node_target().segment("recipientDetail"))
    }
    /// Structural property `senderDetail` (`microsoft.graph.security.analyzedEmailSenderDetail`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn sender_detail(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::AnalyzedEmailSenderDetail> {
        crate::path::PropertyPath::new(self.node_target().segment("senderDetail"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::AnalyzedEmail {
    const SEGMENT: &'static str = "microsoft.graph.security.analyzedEmail";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::path::CollectionPath<crate::v1::security::AnalyzedEmail, C> {
    /// `POST .../microsoft.graph.security.remediate`: action `microsoft.graph.security.remediate`.
    pub fn remediate(
        &self,
        params: crate::v1::params::AnalyzedEmailCollectionRemediateParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::AnalyzedEmailCollectionRemediateParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.security.remediate"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::ArticlePath {
    /// Structural property `body` (`microsoft.graph.security.formattedContent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn body(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::FormattedContent> {
        crate::path::PropertyPath::new(self.node_target().segment("body"))
    }
    /// Structural property `summary` (`microsoft.graph.security.formattedContent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn summary(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::FormattedContent> {
        crate::path::PropertyPath::new(self.node_target().segment("summary"))
    }
    /// Navigation property `indicators` (`microsoft.graph.security.articleIndicator`).
    #[inline]
    pub fn indicators(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::ArticleIndicator,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("indicators"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::security::Article {
    const SEGMENT: &'static str = "microsoft.graph.security.article";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::security::AnyIndicator>
for crate::v1::security::ArticleIndicator {
    const SEGMENT: &'static str = "microsoft.graph.security.articleIndicator";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::ArticleIndicator {
    const SEGMENT: &'static str = "microsoft.graph.security.articleIndicator";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::AnyArtifact {
    const SEGMENT: &'static str = "microsoft.graph.security.artifact";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::AuditCoreRootPath {
    /// Containment navigation property `queries` (`microsoft.graph.security.auditLogQuery`).
    #[inline]
    pub fn queries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::AuditLogQuery,
        crate::path::caps::ListCreateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("queries"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::AuditCoreRoot {
    const SEGMENT: &'static str = "microsoft.graph.security.auditCoreRoot";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::AuditLogQueryPath {
    /// Containment navigation property `records` (`microsoft.graph.security.auditLogRecord`).
    #[inline]
    pub fn records(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::AuditLogRecord,
        crate::path::caps::List,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("records"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::AuditLogQuery {
    const SEGMENT: &'static str = "microsoft.graph.security.auditLogQuery";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::AuditLogRecordPath {
    /// Structural property `auditData` (`microsoft.graph.security.auditData`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn audit_data(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::AnyAuditData> {
        crate::path::PropertyPath::new(self.node_target().segment("auditData"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::AuditLogRecord {
    const SEGMENT: &'static str = "microsoft.graph.security.auditLogRecord";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::security::AnyFilePlanDescriptorTemplate>
for crate::v1::security::AuthorityTemplate {
    const SEGMENT: &'static str = "microsoft.graph.security.authorityTemplate";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::AuthorityTemplate {
    const SEGMENT: &'static str = "microsoft.graph.security.authorityTemplate";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::AutoAuditingConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.security.autoAuditingConfiguration";
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl dyn crate::v1::requests::B2xIdentityUserFlowPath {
    /// Structural property `apiConnectorConfiguration` (`microsoft.graph.userFlowApiConnectorConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn api_connector_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::UserFlowApiConnectorConfiguration> {
        crate::path::PropertyPath::new(
            self.node_target().segment("apiConnectorConfiguration"),
        )
    }
    #[cfg(msgraph_v1_identity_providers_or_search)]
    /// Navigation property `identityProviders` (`microsoft.graph.identityProvider`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn identity_providers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::IdentityProvider,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("identityProviders"))
    }
    /// Containment navigation property `languages` (`microsoft.graph.userFlowLanguageConfiguration`).
    #[inline]
    pub fn languages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UserFlowLanguageConfiguration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("languages"))
    }
    /// Containment navigation property `userAttributeAssignments` (`microsoft.graph.identityUserFlowAttributeAssignment`).
    #[inline]
    pub fn user_attribute_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::IdentityUserFlowAttributeAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("userAttributeAssignments"),
        )
    }
    /// Navigation property `userFlowIdentityProviders` (`microsoft.graph.identityProviderBase`).
    #[inline]
    pub fn user_flow_identity_providers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyIdentityProviderBase,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("userFlowIdentityProviders"),
        )
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyIdentityUserFlow>
for crate::v1::B2xIdentityUserFlow {
    const SEGMENT: &'static str = "microsoft.graph.b2xIdentityUserFlow";
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::B2xIdentityUserFlow {
    const SEGMENT: &'static str = "microsoft.graph.b2xIdentityUserFlow";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl dyn crate::v1::requests::BackupRestoreRootPath {
    /// Structural property `serviceStatus` (`microsoft.graph.serviceStatus`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn service_status(&self) -> crate::path::PropertyPath<crate::v1::ServiceStatus> {
        crate::path::PropertyPath::new(self.node_target().segment("serviceStatus"))
    }
    /// Containment navigation property `browseSessions` (`microsoft.graph.browseSessionBase`).
    #[inline]
    pub fn browse_sessions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyBrowseSessionBase,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("browseSessions"))
    }
    /// Containment navigation property `driveInclusionRules` (`microsoft.graph.driveProtectionRule`).
    #[inline]
    pub fn drive_inclusion_rules(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DriveProtectionRule,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("driveInclusionRules"),
        )
    }
    /// Containment navigation property `driveProtectionUnits` (`microsoft.graph.driveProtectionUnit`).
    #[inline]
    pub fn drive_protection_units(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DriveProtectionUnit,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("driveProtectionUnits"),
        )
    }
    /// Containment navigation property `driveProtectionUnitsBulkAdditionJobs` (`microsoft.graph.driveProtectionUnitsBulkAdditionJob`).
    #[inline]
    pub fn drive_protection_units_bulk_addition_jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DriveProtectionUnitsBulkAdditionJob,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("driveProtectionUnitsBulkAdditionJobs"),
        )
    }
    /// Containment navigation property `emailNotificationsSetting` (`microsoft.graph.emailNotificationsSetting`).
    #[inline]
    pub fn email_notifications_setting(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::EmailNotificationsSetting,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("emailNotificationsSetting"),
        )
    }
    /// Containment navigation property `exchangeProtectionPolicies` (`microsoft.graph.exchangeProtectionPolicy`).
    #[inline]
    pub fn exchange_protection_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ExchangeProtectionPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("exchangeProtectionPolicies"),
        )
    }
    /// Containment navigation property `exchangeRestoreSessions` (`microsoft.graph.exchangeRestoreSession`).
    #[inline]
    pub fn exchange_restore_sessions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ExchangeRestoreSession,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("exchangeRestoreSessions"),
        )
    }
    /// Containment navigation property `mailboxInclusionRules` (`microsoft.graph.mailboxProtectionRule`).
    #[inline]
    pub fn mailbox_inclusion_rules(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MailboxProtectionRule,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("mailboxInclusionRules"),
        )
    }
    /// Containment navigation property `mailboxProtectionUnits` (`microsoft.graph.mailboxProtectionUnit`).
    #[inline]
    pub fn mailbox_protection_units(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MailboxProtectionUnit,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("mailboxProtectionUnits"),
        )
    }
    /// Containment navigation property `mailboxProtectionUnitsBulkAdditionJobs` (`microsoft.graph.mailboxProtectionUnitsBulkAdditionJob`).
    #[inline]
    pub fn mailbox_protection_units_bulk_addition_jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MailboxProtectionUnitsBulkAdditionJob,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("mailboxProtectionUnitsBulkAdditionJobs"),
        )
    }
    /// Containment navigation property `oneDriveForBusinessBrowseSessions` (`microsoft.graph.oneDriveForBusinessBrowseSession`).
    #[inline]
    pub fn one_drive_for_business_browse_sessions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::OneDriveForBusinessBrowseSession,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("oneDriveForBusinessBrowseSessions"),
        )
    }
    /// Containment navigation property `oneDriveForBusinessProtectionPolicies` (`microsoft.graph.oneDriveForBusinessProtectionPolicy`).
    #[inline]
    pub fn one_drive_for_business_protection_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::OneDriveForBusinessProtectionPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("oneDriveForBusinessProtectionPolicies"),
        )
    }
    /// Containment navigation property `oneDriveForBusinessRestoreSessions` (`microsoft.graph.oneDriveForBusinessRestoreSession`).
    #[inline]
    pub fn one_drive_for_business_restore_sessions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::OneDriveForBusinessRestoreSession,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("oneDriveForBusinessRestoreSessions"),
        )
    }
    /// Containment navigation property `protectionPolicies` (`microsoft.graph.protectionPolicyBase`).
    #[inline]
    pub fn protection_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyProtectionPolicyBase,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("protectionPolicies"),
        )
    }
    /// Navigation property `protectionUnits` (`microsoft.graph.protectionUnitBase`).
    #[inline]
    pub fn protection_units(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyProtectionUnitBase,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("protectionUnits"))
    }
    /// Containment navigation property `restorePoints` (`microsoft.graph.restorePoint`).
    #[inline]
    pub fn restore_points(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::RestorePoint,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("restorePoints"))
    }
    /// Containment navigation property `restoreSessions` (`microsoft.graph.restoreSessionBase`).
    #[inline]
    pub fn restore_sessions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyRestoreSessionBase,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("restoreSessions"))
    }
    /// Containment navigation property `serviceApps` (`microsoft.graph.serviceApp`).
    #[inline]
    pub fn service_apps(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ServiceApp,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("serviceApps"))
    }
    /// Containment navigation property `sharePointBrowseSessions` (`microsoft.graph.sharePointBrowseSession`).
    #[inline]
    pub fn share_point_browse_sessions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SharePointBrowseSession,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("sharePointBrowseSessions"),
        )
    }
    /// Containment navigation property `sharePointProtectionPolicies` (`microsoft.graph.sharePointProtectionPolicy`).
    #[inline]
    pub fn share_point_protection_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SharePointProtectionPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("sharePointProtectionPolicies"),
        )
    }
    /// Containment navigation property `sharePointRestoreSessions` (`microsoft.graph.sharePointRestoreSession`).
    #[inline]
    pub fn share_point_restore_sessions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SharePointRestoreSession,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("sharePointRestoreSessions"),
        )
    }
    /// Containment navigation property `siteInclusionRules` (`microsoft.graph.siteProtectionRule`).
    #[inline]
    pub fn site_inclusion_rules(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SiteProtectionRule,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("siteInclusionRules"),
        )
    }
    /// Containment navigation property `siteProtectionUnits` (`microsoft.graph.siteProtectionUnit`).
    #[inline]
    pub fn site_protection_units(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SiteProtectionUnit,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("siteProtectionUnits"),
        )
    }
    /// Containment navigation property `siteProtectionUnitsBulkAdditionJobs` (`microsoft.graph.siteProtectionUnitsBulkAdditionJob`).
    #[inline]
    pub fn site_protection_units_bulk_addition_jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SiteProtectionUnitsBulkAdditionJob,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("siteProtectionUnitsBulkAdditionJobs"),
        )
    }
    /// `POST .../enable`: action `microsoft.graph.enable`.
    #[inline]
    pub fn enable(
        &self,
        params: crate::v1::params::BackupRestoreRootEnableParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::BackupRestoreRootEnableParams>,
        rt::request::Entity<crate::v1::ServiceStatus>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("enable"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::BackupRestoreRoot {
    const SEGMENT: &'static str = "microsoft.graph.backupRestoreRoot";
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::BaseItemPath {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Structural property `parentReference` (`microsoft.graph.itemReference`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn parent_reference(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ItemReference> {
        crate::path::PropertyPath::new(self.node_target().segment("parentReference"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `createdByUser` (`microsoft.graph.user`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[inline]
    pub fn created_by_user(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("createdByUser"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `lastModifiedByUser` (`microsoft.graph.user`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[inline]
    pub fn last_modified_by_user(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("lastModifiedByUser"))
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyBaseItem {
    const SEGMENT: &'static str = "microsoft.graph.baseItem";
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::BaseItemVersionPath {
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Structural property `publication` (`microsoft.graph.publicationFacet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn publication(&self) -> crate::path::PropertyPath<crate::v1::PublicationFacet> {
        crate::path::PropertyPath::new(self.node_target().segment("publication"))
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyBaseItemVersion {
    const SEGMENT: &'static str = "microsoft.graph.baseItemVersion";
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyBaseMapFeature {
    const SEGMENT: &'static str = "microsoft.graph.baseMapFeature";
}
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::BaseSitePagePath {
    /// Structural property `publishingState` (`microsoft.graph.publicationFacet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn publishing_state(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PublicationFacet> {
        crate::path::PropertyPath::new(self.node_target().segment("publishingState"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Structural property `parentReference` (`microsoft.graph.itemReference`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn parent_reference(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ItemReference> {
        crate::path::PropertyPath::new(self.node_target().segment("parentReference"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `createdByUser` (`microsoft.graph.user`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[inline]
    pub fn created_by_user(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("createdByUser"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `lastModifiedByUser` (`microsoft.graph.user`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[inline]
    pub fn last_modified_by_user(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("lastModifiedByUser"))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyBaseItem> for crate::v1::AnyBaseSitePage {
    const SEGMENT: &'static str = "microsoft.graph.baseSitePage";
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyBaseSitePage {
    const SEGMENT: &'static str = "microsoft.graph.baseSitePage";
}
#[cfg(msgraph_v1_information_protection_or_search)]
/// Features: `v1`, or one of `v1-information-protection`, `v1-search`.
impl dyn crate::v1::requests::BitlockerPath {
    /// Containment navigation property `recoveryKeys` (`microsoft.graph.bitlockerRecoveryKey`).
    #[inline]
    pub fn recovery_keys(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::BitlockerRecoveryKey,
        crate::path::caps::NoCount<crate::path::caps::List>,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("recoveryKeys"))
    }
}
#[cfg(msgraph_v1_information_protection_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Bitlocker {
    const SEGMENT: &'static str = "microsoft.graph.bitlocker";
}
#[cfg(msgraph_v1_information_protection_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::BitlockerRecoveryKey {
    const SEGMENT: &'static str = "microsoft.graph.bitlockerRecoveryKey";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl dyn crate::v1::requests::BookingAppointmentPath {
    /// Structural property `endDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn end_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("endDateTime"))
    }
    /// Structural property `serviceLocation` (`microsoft.graph.location`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn service_location(&self) -> crate::path::PropertyPath<crate::v1::AnyLocation> {
        crate::path::PropertyPath::new(self.node_target().segment("serviceLocation"))
    }
    /// Structural property `startDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn start_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("startDateTime"))
    }
    /// Cancels the giving booking appointment, sending a message to the involved parties.
    ///
    /// `POST .../cancel`: action `microsoft.graph.cancel`.
    #[inline]
    pub fn cancel(
        &self,
        params: crate::v1::params::BookingAppointmentCancelParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::BookingAppointmentCancelParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("cancel"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::BookingAppointment {
    const SEGMENT: &'static str = "microsoft.graph.bookingAppointment";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl dyn crate::v1::requests::BookingBusinessPath {
    /// Structural property `address` (`microsoft.graph.physicalAddress`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn address(&self) -> crate::path::PropertyPath<crate::v1::PhysicalAddress> {
        crate::path::PropertyPath::new(self.node_target().segment("address"))
    }
    /// Structural property `bookingPageSettings` (`microsoft.graph.bookingPageSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn booking_page_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::BookingPageSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("bookingPageSettings"))
    }
    /// Structural property `schedulingPolicy` (`microsoft.graph.bookingSchedulingPolicy`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn scheduling_policy(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::BookingSchedulingPolicy> {
        crate::path::PropertyPath::new(self.node_target().segment("schedulingPolicy"))
    }
    /// Containment navigation property `appointments` (`microsoft.graph.bookingAppointment`).
    #[inline]
    pub fn appointments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::BookingAppointment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("appointments"))
    }
    /// Containment navigation property `calendarView` (`microsoft.graph.bookingAppointment`).
    #[inline]
    pub fn calendar_view(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::BookingAppointment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("calendarView"))
    }
    /// Containment navigation property `customers` (`microsoft.graph.bookingCustomerBase`).
    #[inline]
    pub fn customers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyBookingCustomerBase,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("customers"))
    }
    /// Containment navigation property `customQuestions` (`microsoft.graph.bookingCustomQuestion`).
    #[inline]
    pub fn custom_questions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::BookingCustomQuestion,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("customQuestions"))
    }
    /// Containment navigation property `services` (`microsoft.graph.bookingService`).
    #[inline]
    pub fn services(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::BookingService,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("services"))
    }
    /// Containment navigation property `staffMembers` (`microsoft.graph.bookingStaffMemberBase`).
    #[inline]
    pub fn staff_members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyBookingStaffMemberBase,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("staffMembers"))
    }
    /// `POST .../getStaffAvailability`: action `microsoft.graph.getStaffAvailability`.
    #[inline]
    pub fn get_staff_availability(
        &self,
        params: crate::v1::params::BookingBusinessGetStaffAvailabilityParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::BookingBusinessGetStaffAvailabilityParams>,
        rt::request::Collection<crate::v1::StaffAvailabilityItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getStaffAvailability"),
            rt::request::Json(params),
        )
    }
    /// Makes the scheduling page of this business available to the general public.
    ///
    /// `POST .../publish`: action `microsoft.graph.publish`.
    #[inline]
    pub fn publish(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("publish"),
            rt::request::NoBody,
        )
    }
    /// Prevents the general public from seeing the scheduling page of this business.
    ///
    /// `POST .../unpublish`: action `microsoft.graph.unpublish`.
    #[inline]
    pub fn unpublish(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("unpublish"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::BookingBusiness {
    const SEGMENT: &'static str = "microsoft.graph.bookingBusiness";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::BookingCurrency {
    const SEGMENT: &'static str = "microsoft.graph.bookingCurrency";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::BookingCustomQuestion {
    const SEGMENT: &'static str = "microsoft.graph.bookingCustomQuestion";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyBookingCustomerBase>
for crate::v1::BookingCustomer {
    const SEGMENT: &'static str = "microsoft.graph.bookingCustomer";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::BookingCustomer {
    const SEGMENT: &'static str = "microsoft.graph.bookingCustomer";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyBookingCustomerBase {
    const SEGMENT: &'static str = "microsoft.graph.bookingCustomerBase";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl dyn crate::v1::requests::BookingServicePath {
    /// Structural property `defaultLocation` (`microsoft.graph.location`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn default_location(&self) -> crate::path::PropertyPath<crate::v1::AnyLocation> {
        crate::path::PropertyPath::new(self.node_target().segment("defaultLocation"))
    }
    /// Structural property `schedulingPolicy` (`microsoft.graph.bookingSchedulingPolicy`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn scheduling_policy(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::BookingSchedulingPolicy> {
        crate::path::PropertyPath::new(self.node_target().segment("schedulingPolicy"))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::BookingService {
    const SEGMENT: &'static str = "microsoft.graph.bookingService";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyBookingStaffMemberBase>
for crate::v1::BookingStaffMember {
    const SEGMENT: &'static str = "microsoft.graph.bookingStaffMember";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::BookingStaffMember {
    const SEGMENT: &'static str = "microsoft.graph.bookingStaffMember";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyBookingStaffMemberBase {
    const SEGMENT: &'static str = "microsoft.graph.bookingStaffMemberBase";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl dyn crate::v1::requests::BrowseSessionBasePath {
    /// Structural property `error` (`microsoft.graph.publicError`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::PublicError> {
        crate::path::PropertyPath::new(self.node_target().segment("error"))
    }
    /// `POST .../browse`: action `microsoft.graph.browse`.
    #[inline]
    pub fn browse(
        &self,
        params: crate::v1::params::BrowseSessionBaseBrowseParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::BrowseSessionBaseBrowseParams>,
        rt::request::Collection<crate::v1::BrowseQueryResponseItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("browse"),
            rt::request::Json(params),
        )
    }
    /// `GET .../browse`: function `microsoft.graph.browse`.
    #[inline]
    pub fn browse_2(
        &self,
        next_fetch_token: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::BrowseQueryResponseItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "browse",
                    &[
                        (
                            "nextFetchToken",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(next_fetch_token),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyBrowseSessionBase {
    const SEGMENT: &'static str = "microsoft.graph.browseSessionBase";
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl dyn crate::v1::requests::BrowserSharedCookiePath {
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::BrowserSharedCookie {
    const SEGMENT: &'static str = "microsoft.graph.browserSharedCookie";
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl dyn crate::v1::requests::BrowserSitePath {
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::BrowserSite {
    const SEGMENT: &'static str = "microsoft.graph.browserSite";
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl dyn crate::v1::requests::BrowserSiteListPath {
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Structural property `publishedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn published_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("publishedBy"))
    }
    /// Containment navigation property `sharedCookies` (`microsoft.graph.browserSharedCookie`).
    #[inline]
    pub fn shared_cookies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::BrowserSharedCookie,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sharedCookies"))
    }
    /// Containment navigation property `sites` (`microsoft.graph.browserSite`).
    #[inline]
    pub fn sites(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::BrowserSite,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sites"))
    }
    /// `POST .../publish`: action `microsoft.graph.publish`.
    #[inline]
    pub fn publish(
        &self,
        params: crate::v1::params::BrowserSiteListPublishParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::BrowserSiteListPublishParams>,
        rt::request::Entity<crate::v1::BrowserSiteList>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("publish"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::BrowserSiteList {
    const SEGMENT: &'static str = "microsoft.graph.browserSiteList";
}
#[cfg(msgraph_v1_places_or_search)]
/// Features: `v1`, or one of `v1-places`, `v1-search`.
impl dyn crate::v1::requests::BuildingPath {
    /// Containment navigation property `map` (`microsoft.graph.buildingMap`).
    #[inline]
    pub fn map(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::BuildingMap,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("map"))
    }
    /// `POST .../ingestMapFile`: action `microsoft.graph.ingestMapFile`.
    #[inline]
    pub fn ingest_map_file(
        &self,
        params: crate::v1::params::BuildingIngestMapFileParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::BuildingIngestMapFileParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("ingestMapFile"),
            rt::request::Json(params),
        )
    }
    /// Structural property `address` (`microsoft.graph.physicalAddress`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn address(&self) -> crate::path::PropertyPath<crate::v1::PhysicalAddress> {
        crate::path::PropertyPath::new(self.node_target().segment("address"))
    }
    /// Structural property `geoCoordinates` (`microsoft.graph.outlookGeoCoordinates`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn geo_coordinates(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::OutlookGeoCoordinates> {
        crate::path::PropertyPath::new(self.node_target().segment("geoCoordinates"))
    }
    /// Containment navigation property `checkIns` (`microsoft.graph.checkInClaim`).
    #[inline]
    pub fn check_ins(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CheckInClaim,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("checkIns"))
    }
    /// `GET .../descendants`: function `microsoft.graph.descendants`.
    #[inline]
    pub fn descendants(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyPlace>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("descendants", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyPlace> for crate::v1::Building {
    const SEGMENT: &'static str = "microsoft.graph.building";
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Building {
    const SEGMENT: &'static str = "microsoft.graph.building";
}
#[cfg(msgraph_v1_places_or_search)]
/// Features: `v1`, or one of `v1-places`, `v1-search`.
impl dyn crate::v1::requests::BuildingMapPath {
    /// Containment navigation property `footprints` (`microsoft.graph.footprintMap`).
    #[inline]
    pub fn footprints(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::FootprintMap,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("footprints"))
    }
    /// Containment navigation property `levels` (`microsoft.graph.levelMap`).
    #[inline]
    pub fn levels(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::LevelMap,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("levels"))
    }
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyBaseMapFeature> for crate::v1::BuildingMap {
    const SEGMENT: &'static str = "microsoft.graph.buildingMap";
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::BuildingMap {
    const SEGMENT: &'static str = "microsoft.graph.buildingMap";
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyIdentityProviderBase>
for crate::v1::BuiltInIdentityProvider {
    const SEGMENT: &'static str = "microsoft.graph.builtInIdentityProvider";
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::BuiltInIdentityProvider {
    const SEGMENT: &'static str = "microsoft.graph.builtInIdentityProvider";
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
/// Features: `v1`, or one of `v1-directory`, `v1-identity`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::BuiltInIdentityProvider, C> {
    /// `GET .../availableProviderTypes`: function `microsoft.graph.availableProviderTypes`.
    pub fn available_provider_types(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("availableProviderTypes", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::BulkUploadPath {
    /// The media content (`$value`) of this entity.
    #[inline]
    pub fn value(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("$value"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::BulkUpload {
    const SEGMENT: &'static str = "microsoft.graph.bulkUpload";
}
#[cfg(msgraph_v1_reports_or_search)]
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
impl dyn crate::v1::requests::partners_billing::BilledReconciliationPath {
    /// `POST .../microsoft.graph.partners.billing.export`: action `microsoft.graph.partners.billing.export`.
    #[inline]
    pub fn export(
        &self,
        params: crate::v1::params::BilledReconciliationExportParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::BilledReconciliationExportParams>,
        rt::request::Entity<crate::v1::partners_billing::AnyOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.partners.billing.export"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::partners_billing::BilledReconciliation {
    const SEGMENT: &'static str = "microsoft.graph.partners.billing.billedReconciliation";
}
#[cfg(msgraph_v1_reports_or_search)]
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
impl dyn crate::v1::requests::partners_billing::BilledUsagePath {
    /// `POST .../microsoft.graph.partners.billing.export`: action `microsoft.graph.partners.billing.export`.
    #[inline]
    pub fn export(
        &self,
        params: crate::v1::params::BilledUsageExportParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::BilledUsageExportParams>,
        rt::request::Entity<crate::v1::partners_billing::AnyOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.partners.billing.export"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::partners_billing::BilledUsage {
    const SEGMENT: &'static str = "microsoft.graph.partners.billing.billedUsage";
}
#[cfg(msgraph_v1_reports_or_search)]
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
impl dyn crate::v1::requests::partners_billing::BillingPath {
    /// Containment navigation property `manifests` (`microsoft.graph.partners.billing.manifest`).
    #[inline]
    pub fn manifests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::partners_billing::Manifest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("manifests"))
    }
    /// Containment navigation property `operations` (`microsoft.graph.partners.billing.operation`).
    #[inline]
    pub fn operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::partners_billing::AnyOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("operations"))
    }
    /// Containment navigation property `reconciliation` (`microsoft.graph.partners.billing.billingReconciliation`).
    #[inline]
    pub fn reconciliation(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::partners_billing::BillingReconciliation,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("reconciliation"))
    }
    /// Containment navigation property `usage` (`microsoft.graph.partners.billing.azureUsage`).
    #[inline]
    pub fn usage(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::partners_billing::AzureUsage,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("usage"))
    }
}
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::partners_billing::Billing {
    const SEGMENT: &'static str = "microsoft.graph.partners.billing.billing";
}
#[cfg(msgraph_v1_reports_or_search)]
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
impl dyn crate::v1::requests::partners_billing::BillingReconciliationPath {
    /// Containment navigation property `billed` (`microsoft.graph.partners.billing.billedReconciliation`).
    #[inline]
    pub fn billed(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::partners_billing::BilledReconciliation,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("billed"))
    }
    /// Containment navigation property `unbilled` (`microsoft.graph.partners.billing.unbilledReconciliation`).
    #[inline]
    pub fn unbilled(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::partners_billing::UnbilledReconciliation,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("unbilled"))
    }
}
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::partners_billing::BillingReconciliation {
    const SEGMENT: &'static str = "microsoft.graph.partners.billing.billingReconciliation";
}
#[cfg(msgraph_v1_search)]
/// Features: `v1` or `v1-search`.
impl dyn crate::v1::requests::search::BookmarkPath {
    /// Structural property `keywords` (`microsoft.graph.search.answerKeyword`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn keywords(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::search::AnswerKeyword> {
        crate::path::PropertyPath::new(self.node_target().segment("keywords"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.search.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::search::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::search::AnySearchAnswer>
for crate::v1::search::Bookmark {
    const SEGMENT: &'static str = "microsoft.graph.search.bookmark";
}
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::search::Bookmark {
    const SEGMENT: &'static str = "microsoft.graph.search.bookmark";
}
