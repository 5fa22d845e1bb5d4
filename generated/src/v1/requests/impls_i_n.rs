//! Items of `requests` by the first letters of their types' names (`i_n`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl<C> crate::v1::requests::IdentityApiConnectorPath<C> {
    /// Structural property `authenticationConfiguration` (`microsoft.graph.apiAuthenticationConfigurationBase`), addressed on its own: `GET` or `PATCH` it.
    pub fn authentication_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyApiAuthenticationConfigurationBase> {
        crate::path::PropertyPath::new(
            self.0.target().segment("authenticationConfiguration"),
        )
    }
    /// `POST .../uploadClientCertificate`: action `microsoft.graph.uploadClientCertificate`.
    pub fn upload_client_certificate(
        &self,
        params: crate::v1::params::IdentityApiConnectorUploadClientCertificateParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::IdentityApiConnectorUploadClientCertificateParams,
        >,
        rt::request::Entity<crate::v1::IdentityApiConnector>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("uploadClientCertificate"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::IdentityApiConnector {
    const SEGMENT: &'static str = "microsoft.graph.identityApiConnector";
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyIdentityUserFlowAttribute>
for crate::v1::IdentityBuiltInUserFlowAttribute {
    const SEGMENT: &'static str = "microsoft.graph.identityBuiltInUserFlowAttribute";
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::IdentityBuiltInUserFlowAttribute {
    const SEGMENT: &'static str = "microsoft.graph.identityBuiltInUserFlowAttribute";
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl<C> crate::v1::requests::IdentityContainerPath<C> {
    /// Containment navigation property `apiConnectors` (`microsoft.graph.identityApiConnector`).
    pub fn api_connectors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::IdentityApiConnector,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("apiConnectors"))
    }
    /// Containment navigation property `authenticationEventListeners` (`microsoft.graph.authenticationEventListener`).
    pub fn authentication_event_listeners(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyAuthenticationEventListener,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("authenticationEventListeners"),
        )
    }
    /// Containment navigation property `authenticationEventsFlows` (`microsoft.graph.authenticationEventsFlow`).
    pub fn authentication_events_flows(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyAuthenticationEventsFlow,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("authenticationEventsFlows"),
        )
    }
    /// Containment navigation property `b2xUserFlows` (`microsoft.graph.b2xIdentityUserFlow`).
    pub fn b2x_user_flows(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::B2xIdentityUserFlow,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("b2xUserFlows"))
    }
    /// Containment navigation property `conditionalAccess` (`microsoft.graph.conditionalAccessRoot`).
    pub fn conditional_access(
        &self,
    ) -> crate::v1::requests::ConditionalAccessRootPath<crate::path::caps::Get> {
        crate::v1::requests::ConditionalAccessRootPath::new(
            self.0.target().segment("conditionalAccess"),
        )
    }
    /// Containment navigation property `customAuthenticationExtensions` (`microsoft.graph.customAuthenticationExtension`).
    pub fn custom_authentication_extensions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyCustomAuthenticationExtension,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("customAuthenticationExtensions"),
        )
    }
    /// Containment navigation property `identityProviders` (`microsoft.graph.identityProviderBase`).
    pub fn identity_providers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyIdentityProviderBase,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("identityProviders"))
    }
    /// Containment navigation property `riskPrevention` (`microsoft.graph.riskPreventionContainer`).
    pub fn risk_prevention(
        &self,
    ) -> crate::v1::requests::RiskPreventionContainerPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::RiskPreventionContainerPath::new(
            self.0.target().segment("riskPrevention"),
        )
    }
    /// Containment navigation property `userFlowAttributes` (`microsoft.graph.identityUserFlowAttribute`).
    pub fn user_flow_attributes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyIdentityUserFlowAttribute,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userFlowAttributes"))
    }
    /// Containment navigation property `verifiedId` (`microsoft.graph.identityVerifiedIdRoot`).
    pub fn verified_id(
        &self,
    ) -> crate::v1::requests::IdentityVerifiedIdRootPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::IdentityVerifiedIdRootPath::new(
            self.0.target().segment("verifiedId"),
        )
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::IdentityContainer {
    const SEGMENT: &'static str = "microsoft.graph.identityContainer";
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyIdentityUserFlowAttribute>
for crate::v1::IdentityCustomUserFlowAttribute {
    const SEGMENT: &'static str = "microsoft.graph.identityCustomUserFlowAttribute";
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::IdentityCustomUserFlowAttribute {
    const SEGMENT: &'static str = "microsoft.graph.identityCustomUserFlowAttribute";
}
#[cfg(msgraph_v1_identity_governance)]
/// Features: `v1` or `v1-identity-governance`.
impl<C> crate::v1::requests::IdentityGovernancePath<C> {
    /// Containment navigation property `accessReviews` (`microsoft.graph.accessReviewSet`).
    pub fn access_reviews(
        &self,
    ) -> crate::v1::requests::AccessReviewSetPath<crate::path::caps::GetUpdateDelete> {
        crate::v1::requests::AccessReviewSetPath::new(
            self.0.target().segment("accessReviews"),
        )
    }
    /// Containment navigation property `appConsent` (`microsoft.graph.appConsentApprovalRoute`).
    pub fn app_consent(
        &self,
    ) -> crate::v1::requests::AppConsentApprovalRoutePath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::AppConsentApprovalRoutePath::new(
            self.0.target().segment("appConsent"),
        )
    }
    /// Containment navigation property `catalogs` (`microsoft.graph.accessPackageCatalog`).
    pub fn catalogs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AccessPackageCatalog,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("catalogs"))
    }
    /// Containment navigation property `entitlementManagement` (`microsoft.graph.entitlementManagement`).
    pub fn entitlement_management(
        &self,
    ) -> crate::v1::requests::EntitlementManagementPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::EntitlementManagementPath::new(
            self.0.target().segment("entitlementManagement"),
        )
    }
    /// Containment navigation property `lifecycleWorkflows` (`microsoft.graph.identityGovernance.lifecycleWorkflowsContainer`).
    pub fn lifecycle_workflows(
        &self,
    ) -> crate::v1::requests::identity_governance::LifecycleWorkflowsContainerPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::identity_governance::LifecycleWorkflowsContainerPath::new(
            self.0.target().segment("lifecycleWorkflows"),
        )
    }
    /// Containment navigation property `privilegedAccess` (`microsoft.graph.privilegedAccessRoot`).
    pub fn privileged_access(
        &self,
    ) -> crate::v1::requests::PrivilegedAccessRootPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::PrivilegedAccessRootPath::new(
            self.0.target().segment("privilegedAccess"),
        )
    }
    /// Containment navigation property `termsOfUse` (`microsoft.graph.termsOfUseContainer`).
    pub fn terms_of_use(
        &self,
    ) -> crate::v1::requests::TermsOfUseContainerPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::TermsOfUseContainerPath::new(
            self.0.target().segment("termsOfUse"),
        )
    }
}
#[cfg(msgraph_v1_identity_protection)]
/// Features: `v1` or `v1-identity-protection`.
impl<C> crate::v1::requests::IdentityProtectionRootPath<C> {
    /// Containment navigation property `riskDetections` (`microsoft.graph.riskDetection`).
    pub fn risk_detections(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::RiskDetection,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("riskDetections"))
    }
    /// Containment navigation property `riskyServicePrincipals` (`microsoft.graph.riskyServicePrincipal`).
    pub fn risky_service_principals(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyRiskyServicePrincipal,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("riskyServicePrincipals"),
        )
    }
    /// Containment navigation property `riskyUsers` (`microsoft.graph.riskyUser`).
    pub fn risky_users(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyRiskyUser,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("riskyUsers"))
    }
    /// Containment navigation property `servicePrincipalRiskDetections` (`microsoft.graph.servicePrincipalRiskDetection`).
    pub fn service_principal_risk_detections(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ServicePrincipalRiskDetection,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("servicePrincipalRiskDetections"),
        )
    }
}
#[cfg(msgraph_v1_identity_providers_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::IdentityProvider {
    const SEGMENT: &'static str = "microsoft.graph.identityProvider";
}
#[cfg(msgraph_v1_identity_providers_or_search)]
/// Features: `v1`, or one of `v1-identity-providers`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::IdentityProvider, C> {
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
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyIdentityProviderBase {
    const SEGMENT: &'static str = "microsoft.graph.identityProviderBase";
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
/// Features: `v1`, or one of `v1-directory`, `v1-domains`, `v1-identity`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::AnyIdentityProviderBase, C> {
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
impl<C> crate::v1::requests::IdentitySecurityDefaultsEnforcementPolicyPath<C> {
    /// `POST .../checkMemberGroups`: action `microsoft.graph.checkMemberGroups`.
    pub fn check_member_groups(
        &self,
        params: crate::v1::params::DirectoryObjectCheckMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberGroupsParams>,
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
        params: crate::v1::params::DirectoryObjectCheckMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberObjectsParams>,
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
        params: crate::v1::params::DirectoryObjectGetMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberGroupsParams>,
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
        params: crate::v1::params::DirectoryObjectGetMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberObjectsParams>,
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
        rt::request::Entity<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyPolicyBase>
for crate::v1::IdentitySecurityDefaultsEnforcementPolicy {
    const SEGMENT: &'static str = "microsoft.graph.identitySecurityDefaultsEnforcementPolicy";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject>
for crate::v1::IdentitySecurityDefaultsEnforcementPolicy {
    const SEGMENT: &'static str = "microsoft.graph.identitySecurityDefaultsEnforcementPolicy";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::IdentitySecurityDefaultsEnforcementPolicy {
    const SEGMENT: &'static str = "microsoft.graph.identitySecurityDefaultsEnforcementPolicy";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<
    C,
> crate::path::CollectionPath<crate::v1::IdentitySecurityDefaultsEnforcementPolicy, C> {
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
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyIdentityUserFlow {
    const SEGMENT: &'static str = "microsoft.graph.identityUserFlow";
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyIdentityUserFlowAttribute {
    const SEGMENT: &'static str = "microsoft.graph.identityUserFlowAttribute";
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl<C> crate::v1::requests::IdentityUserFlowAttributeAssignmentPath<C> {
    /// Navigation property `userAttribute` (`microsoft.graph.identityUserFlowAttribute`).
    pub fn user_attribute(
        &self,
    ) -> crate::v1::requests::IdentityUserFlowAttributePath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::v1::requests::IdentityUserFlowAttributePath::new(
            self.0.target().segment("userAttribute"),
        )
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::IdentityUserFlowAttributeAssignment {
    const SEGMENT: &'static str = "microsoft.graph.identityUserFlowAttributeAssignment";
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::IdentityUserFlowAttributeAssignment, C> {
    /// `GET .../getOrder`: function `microsoft.graph.getOrder`.
    pub fn get_order(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AssignmentOrder>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getOrder", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../setOrder`: action `microsoft.graph.setOrder`.
    pub fn set_order(
        &self,
        params: crate::v1::params::IdentityUserFlowAttributeAssignmentCollectionSetOrderParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::IdentityUserFlowAttributeAssignmentCollectionSetOrderParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("setOrder"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl<C> crate::v1::requests::IdentityVerifiedIdRootPath<C> {
    /// Containment navigation property `profiles` (`microsoft.graph.verifiedIdProfile`).
    pub fn profiles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::VerifiedIdProfile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("profiles"))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::IdentityVerifiedIdRoot {
    const SEGMENT: &'static str = "microsoft.graph.identityVerifiedIdRoot";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::v1::requests::ImportedWindowsAutopilotDeviceIdentityPath<C> {
    /// Structural property `state` (`microsoft.graph.importedWindowsAutopilotDeviceIdentityState`), addressed on its own: `GET` or `PATCH` it.
    pub fn state(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::ImportedWindowsAutopilotDeviceIdentityState,
    > {
        crate::path::PropertyPath::new(self.0.target().segment("state"))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ImportedWindowsAutopilotDeviceIdentity {
    const SEGMENT: &'static str = "microsoft.graph.importedWindowsAutopilotDeviceIdentity";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<
    C,
> crate::path::CollectionPath<crate::v1::ImportedWindowsAutopilotDeviceIdentity, C> {
    /// `POST .../import`: action `microsoft.graph.import`.
    pub fn import(
        &self,
        params: crate::v1::params::ImportedWindowsAutopilotDeviceIdentityCollectionImportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::ImportedWindowsAutopilotDeviceIdentityCollectionImportParams,
        >,
        rt::request::Collection<crate::v1::ImportedWindowsAutopilotDeviceIdentity>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("import"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_search)]
/// Features: `v1` or `v1-search`.
impl<C> crate::v1::requests::ImportedWindowsAutopilotDeviceIdentityUploadPath<C> {
    /// Containment navigation property `deviceIdentities` (`microsoft.graph.importedWindowsAutopilotDeviceIdentity`).
    pub fn device_identities(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ImportedWindowsAutopilotDeviceIdentity,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceIdentities"))
    }
}
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ImportedWindowsAutopilotDeviceIdentityUpload {
    const SEGMENT: &'static str = "microsoft.graph.importedWindowsAutopilotDeviceIdentityUpload";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::v1::requests::InferenceClassificationPath<C> {
    /// Containment navigation property `overrides` (`microsoft.graph.inferenceClassificationOverride`).
    pub fn overrides(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::InferenceClassificationOverride,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("overrides"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::InferenceClassification {
    const SEGMENT: &'static str = "microsoft.graph.inferenceClassification";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::v1::requests::InferenceClassificationOverridePath<C> {
    /// Structural property `senderEmailAddress` (`microsoft.graph.emailAddress`), addressed on its own: `GET` or `PATCH` it.
    pub fn sender_email_address(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::EmailAddress> {
        crate::path::PropertyPath::new(self.0.target().segment("senderEmailAddress"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::InferenceClassificationOverride {
    const SEGMENT: &'static str = "microsoft.graph.inferenceClassificationOverride";
}
#[cfg(msgraph_v1_information_protection)]
/// Features: `v1` or `v1-information-protection`.
impl<C> crate::v1::requests::InformationProtectionPath<C> {
    /// Containment navigation property `bitlocker` (`microsoft.graph.bitlocker`).
    pub fn bitlocker(
        &self,
    ) -> crate::v1::requests::BitlockerPath<crate::path::caps::Get> {
        crate::v1::requests::BitlockerPath::new(self.0.target().segment("bitlocker"))
    }
    /// Containment navigation property `threatAssessmentRequests` (`microsoft.graph.threatAssessmentRequest`).
    pub fn threat_assessment_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyThreatAssessmentRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("threatAssessmentRequests"),
        )
    }
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::v1::requests::InheritablePermissionPath<C> {
    /// Structural property `inheritableScopes` (`microsoft.graph.inheritableScopes`), addressed on its own: `GET` or `PATCH` it.
    pub fn inheritable_scopes(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyInheritableScopes> {
        crate::path::PropertyPath::new(self.0.target().segment("inheritableScopes"))
    }
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::InsightsSettings {
    const SEGMENT: &'static str = "microsoft.graph.insightsSettings";
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
/// Features: `v1`, or one of `v1-directory`, `v1-domains`, `v1-identity`, `v1-search`.
impl<C> crate::v1::requests::InternalDomainFederationPath<C> {
    /// Structural property `signingCertificateUpdateStatus` (`microsoft.graph.signingCertificateUpdateStatus`), addressed on its own: `GET` or `PATCH` it.
    pub fn signing_certificate_update_status(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::SigningCertificateUpdateStatus> {
        crate::path::PropertyPath::new(
            self.0.target().segment("signingCertificateUpdateStatus"),
        )
    }
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnySamlOrWsFedProvider>
for crate::v1::InternalDomainFederation {
    const SEGMENT: &'static str = "microsoft.graph.internalDomainFederation";
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyIdentityProviderBase>
for crate::v1::InternalDomainFederation {
    const SEGMENT: &'static str = "microsoft.graph.internalDomainFederation";
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::InternalDomainFederation {
    const SEGMENT: &'static str = "microsoft.graph.internalDomainFederation";
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
/// Features: `v1`, or one of `v1-directory`, `v1-domains`, `v1-identity`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::InternalDomainFederation, C> {
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
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl<C> crate::v1::requests::InternetExplorerModePath<C> {
    /// Containment navigation property `siteLists` (`microsoft.graph.browserSiteList`).
    pub fn site_lists(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::BrowserSiteList,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("siteLists"))
    }
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::InternetExplorerMode {
    const SEGMENT: &'static str = "microsoft.graph.internetExplorerMode";
}
#[cfg(msgraph_v1_invitations_or_search)]
/// Features: `v1`, or one of `v1-invitations`, `v1-search`.
impl<C> crate::v1::requests::InvitationPath<C> {
    /// Structural property `invitedUserMessageInfo` (`microsoft.graph.invitedUserMessageInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn invited_user_message_info(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::InvitedUserMessageInfo> {
        crate::path::PropertyPath::new(self.0.target().segment("invitedUserMessageInfo"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `invitedUser` (`microsoft.graph.user`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn invited_user(
        &self,
    ) -> crate::v1::requests::UserPath<crate::path::caps::GetUpdateDeleteRef> {
        crate::v1::requests::UserPath::new(self.0.target().segment("invitedUser"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `invitedUserSponsors` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn invited_user_sponsors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("invitedUserSponsors"))
    }
}
#[cfg(msgraph_v1_invitations_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Invitation {
    const SEGMENT: &'static str = "microsoft.graph.invitation";
}
#[cfg(msgraph_v1_communications_or_search)]
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
impl<C> crate::v1::requests::InviteParticipantsOperationPath<C> {
    /// Structural property `resultInfo` (`microsoft.graph.resultInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn result_info(&self) -> crate::path::PropertyPath<crate::v1::ResultInfo> {
        crate::path::PropertyPath::new(self.0.target().segment("resultInfo"))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyCommsOperation>
for crate::v1::InviteParticipantsOperation {
    const SEGMENT: &'static str = "microsoft.graph.inviteParticipantsOperation";
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::InviteParticipantsOperation {
    const SEGMENT: &'static str = "microsoft.graph.inviteParticipantsOperation";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::v1::requests::IosCertificateProfilePath<C> {
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SettingStateDeviceSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("deviceSettingStateSummaries"),
        )
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.deviceConfigurationDeviceStatus`).
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    pub fn device_status_overview(
        &self,
    ) -> crate::v1::requests::DeviceConfigurationDeviceOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::DeviceConfigurationDeviceOverviewPath::new(
            self.0.target().segment("deviceStatusOverview"),
        )
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    pub fn user_status_overview(
        &self,
    ) -> crate::v1::requests::DeviceConfigurationUserOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::DeviceConfigurationUserOverviewPath::new(
            self.0.target().segment("userStatusOverview"),
        )
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::v1::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getOmaSettingPlainTextValue`: function `microsoft.graph.getOmaSettingPlainTextValue`.
    pub fn get_oma_setting_plain_text_value(
        &self,
        secret_reference_value_id: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::ValueOf<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getOmaSettingPlainTextValue",
                    &[
                        (
                            "secretReferenceValueId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(
                                    secret_reference_value_id,
                                ),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceConfiguration>
for crate::v1::IosCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.iosCertificateProfile";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::IosCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.iosCertificateProfile";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::v1::requests::IosCompliancePolicyPath<C> {
    /// Containment navigation property `assignments` (`microsoft.graph.deviceCompliancePolicyAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceCompliancePolicyAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SettingStateDeviceSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("deviceSettingStateSummaries"),
        )
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.deviceComplianceDeviceStatus`).
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceComplianceDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceComplianceDeviceOverview`).
    pub fn device_status_overview(
        &self,
    ) -> crate::v1::requests::DeviceComplianceDeviceOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::DeviceComplianceDeviceOverviewPath::new(
            self.0.target().segment("deviceStatusOverview"),
        )
    }
    /// Containment navigation property `scheduledActionsForRule` (`microsoft.graph.deviceComplianceScheduledActionForRule`).
    pub fn scheduled_actions_for_rule(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceComplianceScheduledActionForRule,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("scheduledActionsForRule"),
        )
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceComplianceUserStatus`).
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceComplianceUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceComplianceUserOverview`).
    pub fn user_status_overview(
        &self,
    ) -> crate::v1::requests::DeviceComplianceUserOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::DeviceComplianceUserOverviewPath::new(
            self.0.target().segment("userStatusOverview"),
        )
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::DeviceCompliancePolicyAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DeviceCompliancePolicyAssignParams>,
        rt::request::Collection<crate::v1::DeviceCompliancePolicyAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../scheduleActionsForRules`: action `microsoft.graph.scheduleActionsForRules`.
    pub fn schedule_actions_for_rules(
        &self,
        params: crate::v1::params::DeviceCompliancePolicyScheduleActionsForRulesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DeviceCompliancePolicyScheduleActionsForRulesParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("scheduleActionsForRules"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceCompliancePolicy>
for crate::v1::IosCompliancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.iosCompliancePolicy";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::IosCompliancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.iosCompliancePolicy";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::v1::requests::IosCustomConfigurationPath<C> {
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SettingStateDeviceSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("deviceSettingStateSummaries"),
        )
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.deviceConfigurationDeviceStatus`).
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    pub fn device_status_overview(
        &self,
    ) -> crate::v1::requests::DeviceConfigurationDeviceOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::DeviceConfigurationDeviceOverviewPath::new(
            self.0.target().segment("deviceStatusOverview"),
        )
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    pub fn user_status_overview(
        &self,
    ) -> crate::v1::requests::DeviceConfigurationUserOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::DeviceConfigurationUserOverviewPath::new(
            self.0.target().segment("userStatusOverview"),
        )
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::v1::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getOmaSettingPlainTextValue`: function `microsoft.graph.getOmaSettingPlainTextValue`.
    pub fn get_oma_setting_plain_text_value(
        &self,
        secret_reference_value_id: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::ValueOf<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getOmaSettingPlainTextValue",
                    &[
                        (
                            "secretReferenceValueId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(
                                    secret_reference_value_id,
                                ),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceConfiguration>
for crate::v1::IosCustomConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosCustomConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::IosCustomConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosCustomConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::v1::requests::IosDeviceFeaturesConfigurationPath<C> {
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SettingStateDeviceSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("deviceSettingStateSummaries"),
        )
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.deviceConfigurationDeviceStatus`).
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    pub fn device_status_overview(
        &self,
    ) -> crate::v1::requests::DeviceConfigurationDeviceOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::DeviceConfigurationDeviceOverviewPath::new(
            self.0.target().segment("deviceStatusOverview"),
        )
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    pub fn user_status_overview(
        &self,
    ) -> crate::v1::requests::DeviceConfigurationUserOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::DeviceConfigurationUserOverviewPath::new(
            self.0.target().segment("userStatusOverview"),
        )
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::v1::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getOmaSettingPlainTextValue`: function `microsoft.graph.getOmaSettingPlainTextValue`.
    pub fn get_oma_setting_plain_text_value(
        &self,
        secret_reference_value_id: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::ValueOf<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getOmaSettingPlainTextValue",
                    &[
                        (
                            "secretReferenceValueId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(
                                    secret_reference_value_id,
                                ),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAppleDeviceFeaturesConfigurationBase>
for crate::v1::IosDeviceFeaturesConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosDeviceFeaturesConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceConfiguration>
for crate::v1::IosDeviceFeaturesConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosDeviceFeaturesConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::IosDeviceFeaturesConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosDeviceFeaturesConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::v1::requests::IosGeneralDeviceConfigurationPath<C> {
    /// Structural property `mediaContentRatingAustralia` (`microsoft.graph.mediaContentRatingAustralia`), addressed on its own: `GET` or `PATCH` it.
    pub fn media_content_rating_australia(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::MediaContentRatingAustralia> {
        crate::path::PropertyPath::new(
            self.0.target().segment("mediaContentRatingAustralia"),
        )
    }
    /// Structural property `mediaContentRatingCanada` (`microsoft.graph.mediaContentRatingCanada`), addressed on its own: `GET` or `PATCH` it.
    pub fn media_content_rating_canada(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::MediaContentRatingCanada> {
        crate::path::PropertyPath::new(
            self.0.target().segment("mediaContentRatingCanada"),
        )
    }
    /// Structural property `mediaContentRatingFrance` (`microsoft.graph.mediaContentRatingFrance`), addressed on its own: `GET` or `PATCH` it.
    pub fn media_content_rating_france(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::MediaContentRatingFrance> {
        crate::path::PropertyPath::new(
            self.0.target().segment("mediaContentRatingFrance"),
        )
    }
    /// Structural property `mediaContentRatingGermany` (`microsoft.graph.mediaContentRatingGermany`), addressed on its own: `GET` or `PATCH` it.
    pub fn media_content_rating_germany(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::MediaContentRatingGermany> {
        crate::path::PropertyPath::new(
            self.0.target().segment("mediaContentRatingGermany"),
        )
    }
    /// Structural property `mediaContentRatingIreland` (`microsoft.graph.mediaContentRatingIreland`), addressed on its own: `GET` or `PATCH` it.
    pub fn media_content_rating_ireland(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::MediaContentRatingIreland> {
        crate::path::PropertyPath::new(
            self.0.target().segment("mediaContentRatingIreland"),
        )
    }
    /// Structural property `mediaContentRatingJapan` (`microsoft.graph.mediaContentRatingJapan`), addressed on its own: `GET` or `PATCH` it.
    pub fn media_content_rating_japan(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::MediaContentRatingJapan> {
        crate::path::PropertyPath::new(
            self.0.target().segment("mediaContentRatingJapan"),
        )
    }
    /// Structural property `mediaContentRatingNewZealand` (`microsoft.graph.mediaContentRatingNewZealand`), addressed on its own: `GET` or `PATCH` it.
    pub fn media_content_rating_new_zealand(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::MediaContentRatingNewZealand> {
        crate::path::PropertyPath::new(
            self.0.target().segment("mediaContentRatingNewZealand"),
        )
    }
    /// Structural property `mediaContentRatingUnitedKingdom` (`microsoft.graph.mediaContentRatingUnitedKingdom`), addressed on its own: `GET` or `PATCH` it.
    pub fn media_content_rating_united_kingdom(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::MediaContentRatingUnitedKingdom> {
        crate::path::PropertyPath::new(
            self.0.target().segment("mediaContentRatingUnitedKingdom"),
        )
    }
    /// Structural property `mediaContentRatingUnitedStates` (`microsoft.graph.mediaContentRatingUnitedStates`), addressed on its own: `GET` or `PATCH` it.
    pub fn media_content_rating_united_states(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::MediaContentRatingUnitedStates> {
        crate::path::PropertyPath::new(
            self.0.target().segment("mediaContentRatingUnitedStates"),
        )
    }
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SettingStateDeviceSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("deviceSettingStateSummaries"),
        )
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.deviceConfigurationDeviceStatus`).
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    pub fn device_status_overview(
        &self,
    ) -> crate::v1::requests::DeviceConfigurationDeviceOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::DeviceConfigurationDeviceOverviewPath::new(
            self.0.target().segment("deviceStatusOverview"),
        )
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    pub fn user_status_overview(
        &self,
    ) -> crate::v1::requests::DeviceConfigurationUserOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::DeviceConfigurationUserOverviewPath::new(
            self.0.target().segment("userStatusOverview"),
        )
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::v1::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getOmaSettingPlainTextValue`: function `microsoft.graph.getOmaSettingPlainTextValue`.
    pub fn get_oma_setting_plain_text_value(
        &self,
        secret_reference_value_id: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::ValueOf<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getOmaSettingPlainTextValue",
                    &[
                        (
                            "secretReferenceValueId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(
                                    secret_reference_value_id,
                                ),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceConfiguration>
for crate::v1::IosGeneralDeviceConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosGeneralDeviceConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::IosGeneralDeviceConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosGeneralDeviceConfiguration";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::v1::requests::IosLobAppPath<C> {
    /// Structural property `applicableDeviceType` (`microsoft.graph.iosDeviceType`), addressed on its own: `GET` or `PATCH` it.
    pub fn applicable_device_type(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::IosDeviceType> {
        crate::path::PropertyPath::new(self.0.target().segment("applicableDeviceType"))
    }
    /// Structural property `minimumSupportedOperatingSystem` (`microsoft.graph.iosMinimumOperatingSystem`), addressed on its own: `GET` or `PATCH` it.
    pub fn minimum_supported_operating_system(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::IosMinimumOperatingSystem> {
        crate::path::PropertyPath::new(
            self.0.target().segment("minimumSupportedOperatingSystem"),
        )
    }
    /// Containment navigation property `contentVersions` (`microsoft.graph.mobileAppContent`).
    pub fn content_versions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppContent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("contentVersions"))
    }
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.0.target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileLobApp> for crate::v1::IosLobApp {
    const SEGMENT: &'static str = "microsoft.graph.iosLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp> for crate::v1::IosLobApp {
    const SEGMENT: &'static str = "microsoft.graph.iosLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::IosLobApp {
    const SEGMENT: &'static str = "microsoft.graph.iosLobApp";
}
#[cfg(msgraph_v1_search)]
/// Features: `v1` or `v1-search`.
impl<C> crate::v1::requests::IosLobAppProvisioningConfigurationAssignmentPath<C> {
    /// Structural property `target` (`microsoft.graph.deviceAndAppManagementAssignmentTarget`), addressed on its own: `GET` or `PATCH` it.
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::AnyDeviceAndAppManagementAssignmentTarget,
    > {
        crate::path::PropertyPath::new(self.0.target().segment("target"))
    }
}
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::IosLobAppProvisioningConfigurationAssignment {
    const SEGMENT: &'static str = "microsoft.graph.iosLobAppProvisioningConfigurationAssignment";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::v1::requests::IosManagedAppProtectionPath<C> {
    /// Containment navigation property `apps` (`microsoft.graph.managedMobileApp`).
    pub fn apps(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ManagedMobileApp,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("apps"))
    }
    /// Containment navigation property `deploymentSummary` (`microsoft.graph.managedAppPolicyDeploymentSummary`).
    pub fn deployment_summary(
        &self,
    ) -> crate::v1::requests::ManagedAppPolicyDeploymentSummaryPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::ManagedAppPolicyDeploymentSummaryPath::new(
            self.0.target().segment("deploymentSummary"),
        )
    }
    /// Containment navigation property `assignments` (`microsoft.graph.targetedManagedAppPolicyAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TargetedManagedAppPolicyAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::TargetedManagedAppProtectionAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::TargetedManagedAppProtectionAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../targetApps`: action `microsoft.graph.targetApps`.
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
            self.0.target().segment("targetApps"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyTargetedManagedAppProtection>
for crate::v1::IosManagedAppProtection {
    const SEGMENT: &'static str = "microsoft.graph.iosManagedAppProtection";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedAppProtection>
for crate::v1::IosManagedAppProtection {
    const SEGMENT: &'static str = "microsoft.graph.iosManagedAppProtection";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedAppPolicy>
for crate::v1::IosManagedAppProtection {
    const SEGMENT: &'static str = "microsoft.graph.iosManagedAppProtection";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::IosManagedAppProtection {
    const SEGMENT: &'static str = "microsoft.graph.iosManagedAppProtection";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::v1::requests::IosManagedAppRegistrationPath<C> {
    /// Structural property `appIdentifier` (`microsoft.graph.mobileAppIdentifier`), addressed on its own: `GET` or `PATCH` it.
    pub fn app_identifier(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyMobileAppIdentifier> {
        crate::path::PropertyPath::new(self.0.target().segment("appIdentifier"))
    }
    /// Containment navigation property `appliedPolicies` (`microsoft.graph.managedAppPolicy`).
    pub fn applied_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyManagedAppPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("appliedPolicies"))
    }
    /// Containment navigation property `intendedPolicies` (`microsoft.graph.managedAppPolicy`).
    pub fn intended_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyManagedAppPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("intendedPolicies"))
    }
    /// Containment navigation property `operations` (`microsoft.graph.managedAppOperation`).
    pub fn operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ManagedAppOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("operations"))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedAppRegistration>
for crate::v1::IosManagedAppRegistration {
    const SEGMENT: &'static str = "microsoft.graph.iosManagedAppRegistration";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::IosManagedAppRegistration {
    const SEGMENT: &'static str = "microsoft.graph.iosManagedAppRegistration";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::IosManagedAppRegistration, C> {
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
impl<C> crate::v1::requests::IosMobileAppConfigurationPath<C> {
    /// Containment navigation property `assignments` (`microsoft.graph.managedDeviceMobileAppConfigurationAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ManagedDeviceMobileAppConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus`).
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ManagedDeviceMobileAppConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusSummary` (`microsoft.graph.managedDeviceMobileAppConfigurationDeviceSummary`).
    pub fn device_status_summary(
        &self,
    ) -> crate::v1::requests::ManagedDeviceMobileAppConfigurationDeviceSummaryPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::ManagedDeviceMobileAppConfigurationDeviceSummaryPath::new(
            self.0.target().segment("deviceStatusSummary"),
        )
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.managedDeviceMobileAppConfigurationUserStatus`).
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ManagedDeviceMobileAppConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusSummary` (`microsoft.graph.managedDeviceMobileAppConfigurationUserSummary`).
    pub fn user_status_summary(
        &self,
    ) -> crate::v1::requests::ManagedDeviceMobileAppConfigurationUserSummaryPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::ManagedDeviceMobileAppConfigurationUserSummaryPath::new(
            self.0.target().segment("userStatusSummary"),
        )
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::ManagedDeviceMobileAppConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::ManagedDeviceMobileAppConfigurationAssignParams,
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
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedDeviceMobileAppConfiguration>
for crate::v1::IosMobileAppConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosMobileAppConfiguration";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::IosMobileAppConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosMobileAppConfiguration";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::v1::requests::IosStoreAppPath<C> {
    /// Structural property `applicableDeviceType` (`microsoft.graph.iosDeviceType`), addressed on its own: `GET` or `PATCH` it.
    pub fn applicable_device_type(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::IosDeviceType> {
        crate::path::PropertyPath::new(self.0.target().segment("applicableDeviceType"))
    }
    /// Structural property `minimumSupportedOperatingSystem` (`microsoft.graph.iosMinimumOperatingSystem`), addressed on its own: `GET` or `PATCH` it.
    pub fn minimum_supported_operating_system(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::IosMinimumOperatingSystem> {
        crate::path::PropertyPath::new(
            self.0.target().segment("minimumSupportedOperatingSystem"),
        )
    }
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.0.target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp> for crate::v1::IosStoreApp {
    const SEGMENT: &'static str = "microsoft.graph.iosStoreApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::IosStoreApp {
    const SEGMENT: &'static str = "microsoft.graph.iosStoreApp";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::v1::requests::IosUpdateConfigurationPath<C> {
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SettingStateDeviceSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("deviceSettingStateSummaries"),
        )
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.deviceConfigurationDeviceStatus`).
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    pub fn device_status_overview(
        &self,
    ) -> crate::v1::requests::DeviceConfigurationDeviceOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::DeviceConfigurationDeviceOverviewPath::new(
            self.0.target().segment("deviceStatusOverview"),
        )
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    pub fn user_status_overview(
        &self,
    ) -> crate::v1::requests::DeviceConfigurationUserOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::DeviceConfigurationUserOverviewPath::new(
            self.0.target().segment("userStatusOverview"),
        )
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::v1::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getOmaSettingPlainTextValue`: function `microsoft.graph.getOmaSettingPlainTextValue`.
    pub fn get_oma_setting_plain_text_value(
        &self,
        secret_reference_value_id: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::ValueOf<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getOmaSettingPlainTextValue",
                    &[
                        (
                            "secretReferenceValueId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(
                                    secret_reference_value_id,
                                ),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceConfiguration>
for crate::v1::IosUpdateConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosUpdateConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::IosUpdateConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosUpdateConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::IosUpdateDeviceStatus {
    const SEGMENT: &'static str = "microsoft.graph.iosUpdateDeviceStatus";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::v1::requests::IosVppAppPath<C> {
    /// Structural property `applicableDeviceType` (`microsoft.graph.iosDeviceType`), addressed on its own: `GET` or `PATCH` it.
    pub fn applicable_device_type(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::IosDeviceType> {
        crate::path::PropertyPath::new(self.0.target().segment("applicableDeviceType"))
    }
    /// Structural property `licensingType` (`microsoft.graph.vppLicensingType`), addressed on its own: `GET` or `PATCH` it.
    pub fn licensing_type(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::VppLicensingType> {
        crate::path::PropertyPath::new(self.0.target().segment("licensingType"))
    }
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.0.target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp> for crate::v1::IosVppApp {
    const SEGMENT: &'static str = "microsoft.graph.iosVppApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::IosVppApp {
    const SEGMENT: &'static str = "microsoft.graph.iosVppApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::v1::requests::IosVppEBookPath<C> {
    /// Structural property `largeCover` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn large_cover(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.0.target().segment("largeCover"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.managedEBookAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyManagedEBookAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `deviceStates` (`microsoft.graph.deviceInstallState`).
    pub fn device_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceInstallState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceStates"))
    }
    /// Containment navigation property `installSummary` (`microsoft.graph.eBookInstallSummary`).
    pub fn install_summary(
        &self,
    ) -> crate::v1::requests::EBookInstallSummaryPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::EBookInstallSummaryPath::new(
            self.0.target().segment("installSummary"),
        )
    }
    /// Containment navigation property `userStateSummary` (`microsoft.graph.userInstallStateSummary`).
    pub fn user_state_summary(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UserInstallStateSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userStateSummary"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::ManagedEBookAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ManagedEBookAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedEBook> for crate::v1::IosVppEBook {
    const SEGMENT: &'static str = "microsoft.graph.iosVppEBook";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::IosVppEBook {
    const SEGMENT: &'static str = "microsoft.graph.iosVppEBook";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::v1::requests::IosVppEBookAssignmentPath<C> {
    /// Structural property `target` (`microsoft.graph.deviceAndAppManagementAssignmentTarget`), addressed on its own: `GET` or `PATCH` it.
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::AnyDeviceAndAppManagementAssignmentTarget,
    > {
        crate::path::PropertyPath::new(self.0.target().segment("target"))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedEBookAssignment>
for crate::v1::IosVppEBookAssignment {
    const SEGMENT: &'static str = "microsoft.graph.iosVppEBookAssignment";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::IosVppEBookAssignment {
    const SEGMENT: &'static str = "microsoft.graph.iosVppEBookAssignment";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::v1::requests::IosiPadOsWebClipPath<C> {
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.0.target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp> for crate::v1::IosiPadOsWebClip {
    const SEGMENT: &'static str = "microsoft.graph.iosiPadOSWebClip";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::IosiPadOsWebClip {
    const SEGMENT: &'static str = "microsoft.graph.iosiPadOSWebClip";
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl<C> crate::v1::requests::IpNamedLocationPath<C> {
    /// `POST .../restore`: action `microsoft.graph.restore`.
    pub fn restore(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyNamedLocation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyNamedLocation>
for crate::v1::IpNamedLocation {
    const SEGMENT: &'static str = "microsoft.graph.ipNamedLocation";
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyPolicyDeletableItem>
for crate::v1::IpNamedLocation {
    const SEGMENT: &'static str = "microsoft.graph.ipNamedLocation";
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::v1::requests::ItemActivityPath<C> {
    /// Structural property `access` (`microsoft.graph.accessAction`), addressed on its own: `GET` or `PATCH` it.
    pub fn access(&self) -> crate::path::PropertyPath<crate::v1::AccessAction> {
        crate::path::PropertyPath::new(self.0.target().segment("access"))
    }
    /// Structural property `actor` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn actor(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("actor"))
    }
    #[cfg(msgraph_v1_drives_or_search)]
    /// Navigation property `driveItem` (`microsoft.graph.driveItem`).
    ///
    /// Features: `v1`, or one of `v1-drives`, `v1-search`.
    pub fn drive_item(
        &self,
    ) -> crate::v1::requests::DriveItemPath<crate::path::caps::GetUpdateDeleteRef> {
        crate::v1::requests::DriveItemPath::new(self.0.target().segment("driveItem"))
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ItemActivity {
    const SEGMENT: &'static str = "microsoft.graph.itemActivity";
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::v1::requests::ItemActivityStatPath<C> {
    /// Structural property `access` (`microsoft.graph.itemActionStat`), addressed on its own: `GET` or `PATCH` it.
    pub fn access(&self) -> crate::path::PropertyPath<crate::v1::ItemActionStat> {
        crate::path::PropertyPath::new(self.0.target().segment("access"))
    }
    /// Structural property `create` (`microsoft.graph.itemActionStat`), addressed on its own: `GET` or `PATCH` it.
    pub fn create_2(&self) -> crate::path::PropertyPath<crate::v1::ItemActionStat> {
        crate::path::PropertyPath::new(self.0.target().segment("create"))
    }
    /// Structural property `delete` (`microsoft.graph.itemActionStat`), addressed on its own: `GET` or `PATCH` it.
    pub fn delete_2(&self) -> crate::path::PropertyPath<crate::v1::ItemActionStat> {
        crate::path::PropertyPath::new(self.0.target().segment("delete"))
    }
    /// Structural property `edit` (`microsoft.graph.itemActionStat`), addressed on its own: `GET` or `PATCH` it.
    pub fn edit(&self) -> crate::path::PropertyPath<crate::v1::ItemActionStat> {
        crate::path::PropertyPath::new(self.0.target().segment("edit"))
    }
    /// Structural property `incompleteData` (`microsoft.graph.incompleteData`), addressed on its own: `GET` or `PATCH` it.
    pub fn incomplete_data(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::IncompleteData> {
        crate::path::PropertyPath::new(self.0.target().segment("incompleteData"))
    }
    /// Structural property `move` (`microsoft.graph.itemActionStat`), addressed on its own: `GET` or `PATCH` it.
    pub fn move_(&self) -> crate::path::PropertyPath<crate::v1::ItemActionStat> {
        crate::path::PropertyPath::new(self.0.target().segment("move"))
    }
    /// Containment navigation property `activities` (`microsoft.graph.itemActivity`).
    pub fn activities(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ItemActivity,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("activities"))
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ItemActivityStat {
    const SEGMENT: &'static str = "microsoft.graph.itemActivityStat";
}
#[cfg(msgraph_v1_core_or_drives_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::v1::requests::ItemAnalyticsPath<C> {
    /// Navigation property `allTime` (`microsoft.graph.itemActivityStat`).
    pub fn all_time(
        &self,
    ) -> crate::v1::requests::ItemActivityStatPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::v1::requests::ItemActivityStatPath::new(
            self.0.target().segment("allTime"),
        )
    }
    /// Containment navigation property `itemActivityStats` (`microsoft.graph.itemActivityStat`).
    pub fn item_activity_stats(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ItemActivityStat,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("itemActivityStats"))
    }
    /// Navigation property `lastSevenDays` (`microsoft.graph.itemActivityStat`).
    pub fn last_seven_days(
        &self,
    ) -> crate::v1::requests::ItemActivityStatPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::v1::requests::ItemActivityStatPath::new(
            self.0.target().segment("lastSevenDays"),
        )
    }
}
#[cfg(msgraph_v1_core_or_drives_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ItemAnalytics {
    const SEGMENT: &'static str = "microsoft.graph.itemAnalytics";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::v1::requests::ItemAttachmentPath<C> {
    /// Containment navigation property `item` (`microsoft.graph.outlookItem`).
    pub fn item(&self) -> crate::v1::requests::OutlookItemPath<crate::path::caps::Get> {
        crate::v1::requests::OutlookItemPath::new(self.0.target().segment("item"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAttachment> for crate::v1::ItemAttachment {
    const SEGMENT: &'static str = "microsoft.graph.itemAttachment";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ItemAttachment {
    const SEGMENT: &'static str = "microsoft.graph.itemAttachment";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::ItemAttachment, C> {
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
impl<C> crate::v1::requests::ItemInsightsPath<C> {
    /// Containment navigation property `shared` (`microsoft.graph.sharedInsight`).
    pub fn shared(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SharedInsight,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("shared"))
    }
    /// Containment navigation property `trending` (`microsoft.graph.trending`).
    pub fn trending(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Trending,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("trending"))
    }
    /// Containment navigation property `used` (`microsoft.graph.usedInsight`).
    pub fn used(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UsedInsight,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("used"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyOfficeGraphInsights>
for crate::v1::ItemInsights {
    const SEGMENT: &'static str = "microsoft.graph.itemInsights";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ItemInsights {
    const SEGMENT: &'static str = "microsoft.graph.itemInsights";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::v1::requests::ItemRetentionLabelPath<C> {
    /// Structural property `labelAppliedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn label_applied_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("labelAppliedBy"))
    }
    /// Structural property `retentionSettings` (`microsoft.graph.retentionLabelSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn retention_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::RetentionLabelSettings> {
        crate::path::PropertyPath::new(self.0.target().segment("retentionSettings"))
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ItemRetentionLabel {
    const SEGMENT: &'static str = "microsoft.graph.itemRetentionLabel";
}
#[cfg(msgraph_v1_connections_or_external_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::external_connectors::Identity {
    const SEGMENT: &'static str = "microsoft.graph.externalConnectors.identity";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<C> crate::v1::requests::identity_governance::InsightsPath<C> {
    /// `GET .../microsoft.graph.identityGovernance.topTasksProcessedSummary`: function `microsoft.graph.identityGovernance.topTasksProcessedSummary`.
    pub fn top_tasks_processed_summary(
        &self,
        start_date_time: &rt::edm::DateTimeOffset,
        end_date_time: &rt::edm::DateTimeOffset,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::identity_governance::TopTasksInsightsSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "microsoft.graph.identityGovernance.topTasksProcessedSummary",
                    &[
                        (
                            "startDateTime",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(start_date_time),
                            ),
                        ),
                        (
                            "endDateTime",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(end_date_time),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../microsoft.graph.identityGovernance.topWorkflowsProcessedSummary`: function `microsoft.graph.identityGovernance.topWorkflowsProcessedSummary`.
    pub fn top_workflows_processed_summary(
        &self,
        start_date_time: &rt::edm::DateTimeOffset,
        end_date_time: &rt::edm::DateTimeOffset,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<
            crate::v1::identity_governance::TopWorkflowsInsightsSummary,
        >,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "microsoft.graph.identityGovernance.topWorkflowsProcessedSummary",
                    &[
                        (
                            "startDateTime",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(start_date_time),
                            ),
                        ),
                        (
                            "endDateTime",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(end_date_time),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../microsoft.graph.identityGovernance.workflowsProcessedByCategory`: function `microsoft.graph.identityGovernance.workflowsProcessedByCategory`.
    pub fn workflows_processed_by_category(
        &self,
        start_date_time: &rt::edm::DateTimeOffset,
        end_date_time: &rt::edm::DateTimeOffset,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::identity_governance::WorkflowsInsightsByCategory>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "microsoft.graph.identityGovernance.workflowsProcessedByCategory",
                    &[
                        (
                            "startDateTime",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(start_date_time),
                            ),
                        ),
                        (
                            "endDateTime",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(end_date_time),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../microsoft.graph.identityGovernance.workflowsProcessedSummary`: function `microsoft.graph.identityGovernance.workflowsProcessedSummary`.
    pub fn workflows_processed_summary(
        &self,
        start_date_time: &rt::edm::DateTimeOffset,
        end_date_time: &rt::edm::DateTimeOffset,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::identity_governance::WorkflowsInsightsSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "microsoft.graph.identityGovernance.workflowsProcessedSummary",
                    &[
                        (
                            "startDateTime",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(start_date_time),
                            ),
                        ),
                        (
                            "endDateTime",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(end_date_time),
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
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::identity_governance::Insights {
    const SEGMENT: &'static str = "microsoft.graph.identityGovernance.insights";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::v1::requests::security::IdentityAccountsPath<C> {
    /// `POST .../microsoft.graph.security.invokeAction`: action `microsoft.graph.security.invokeAction`.
    pub fn invoke_action(
        &self,
        params: crate::v1::params::IdentityAccountsInvokeActionParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::IdentityAccountsInvokeActionParams>,
        rt::request::Entity<crate::v1::security::InvokeActionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("microsoft.graph.security.invokeAction"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::AnyIdentityAccounts {
    const SEGMENT: &'static str = "microsoft.graph.security.identityAccounts";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::v1::requests::security::IdentityContainerPath<C> {
    /// Containment navigation property `healthIssues` (`microsoft.graph.security.healthIssue`).
    pub fn health_issues(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::HealthIssue,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("healthIssues"))
    }
    /// Containment navigation property `identityAccounts` (`microsoft.graph.security.identityAccounts`).
    pub fn identity_accounts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::AnyIdentityAccounts,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("identityAccounts"))
    }
    /// Containment navigation property `sensorCandidateActivationConfiguration` (`microsoft.graph.security.sensorCandidateActivationConfiguration`).
    pub fn sensor_candidate_activation_configuration(
        &self,
    ) -> crate::v1::requests::security::SensorCandidateActivationConfigurationPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::security::SensorCandidateActivationConfigurationPath::new(
            self.0.target().segment("sensorCandidateActivationConfiguration"),
        )
    }
    /// Containment navigation property `sensorCandidates` (`microsoft.graph.security.sensorCandidate`).
    pub fn sensor_candidates(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::SensorCandidate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("sensorCandidates"))
    }
    /// Containment navigation property `sensors` (`microsoft.graph.security.sensor`).
    pub fn sensors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::Sensor,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("sensors"))
    }
    /// Containment navigation property `settings` (`microsoft.graph.security.settingsContainer`).
    pub fn settings(
        &self,
    ) -> crate::v1::requests::security::SettingsContainerPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::security::SettingsContainerPath::new(
            self.0.target().segment("settings"),
        )
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::IdentityContainer {
    const SEGMENT: &'static str = "microsoft.graph.security.identityContainer";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::v1::requests::security::IncidentPath<C> {
    /// Navigation property `alerts` (`microsoft.graph.security.alert`).
    pub fn alerts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::Alert,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("alerts"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::security::Incident {
    const SEGMENT: &'static str = "microsoft.graph.security.incident";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::path::CollectionPath<crate::v1::security::Incident, C> {
    /// `POST .../microsoft.graph.security.mergeIncidents`: action `microsoft.graph.security.mergeIncidents`.
    pub fn merge_incidents(
        &self,
        params: crate::v1::params::IncidentCollectionMergeIncidentsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::IncidentCollectionMergeIncidentsParams>,
        rt::request::Entity<crate::v1::security::MergeResponse>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.security.mergeIncidents"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::v1::requests::security::IndicatorPath<C> {
    /// Navigation property `artifact` (`microsoft.graph.security.artifact`).
    pub fn artifact(
        &self,
    ) -> crate::v1::requests::security::ArtifactPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::v1::requests::security::ArtifactPath::new(
            self.0.target().segment("artifact"),
        )
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::AnyIndicator {
    const SEGMENT: &'static str = "microsoft.graph.security.indicator";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::v1::requests::security::IntelligenceProfilePath<C> {
    /// Structural property `description` (`microsoft.graph.security.formattedContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn description(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::FormattedContent> {
        crate::path::PropertyPath::new(self.0.target().segment("description"))
    }
    /// Structural property `summary` (`microsoft.graph.security.formattedContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn summary(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::FormattedContent> {
        crate::path::PropertyPath::new(self.0.target().segment("summary"))
    }
    /// Structural property `tradecraft` (`microsoft.graph.security.formattedContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn tradecraft(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::FormattedContent> {
        crate::path::PropertyPath::new(self.0.target().segment("tradecraft"))
    }
    /// Navigation property `indicators` (`microsoft.graph.security.intelligenceProfileIndicator`).
    pub fn indicators(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::IntelligenceProfileIndicator,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("indicators"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::IntelligenceProfile {
    const SEGMENT: &'static str = "microsoft.graph.security.intelligenceProfile";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::v1::requests::security::IntelligenceProfileIndicatorPath<C> {
    /// Navigation property `artifact` (`microsoft.graph.security.artifact`).
    pub fn artifact(
        &self,
    ) -> crate::v1::requests::security::ArtifactPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::v1::requests::security::ArtifactPath::new(
            self.0.target().segment("artifact"),
        )
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::security::AnyIndicator>
for crate::v1::security::IntelligenceProfileIndicator {
    const SEGMENT: &'static str = "microsoft.graph.security.intelligenceProfileIndicator";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::IntelligenceProfileIndicator {
    const SEGMENT: &'static str = "microsoft.graph.security.intelligenceProfileIndicator";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::v1::requests::security::IpAddressPath<C> {
    /// Structural property `autonomousSystem` (`microsoft.graph.security.autonomousSystem`), addressed on its own: `GET` or `PATCH` it.
    pub fn autonomous_system(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::AutonomousSystem> {
        crate::path::PropertyPath::new(self.0.target().segment("autonomousSystem"))
    }
    /// Navigation property `childHostPairs` (`microsoft.graph.security.hostPair`).
    pub fn child_host_pairs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::HostPair,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("childHostPairs"))
    }
    /// Navigation property `components` (`microsoft.graph.security.hostComponent`).
    pub fn components(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::HostComponent,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("components"))
    }
    /// Navigation property `cookies` (`microsoft.graph.security.hostCookie`).
    pub fn cookies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::HostCookie,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("cookies"))
    }
    /// Navigation property `hostPairs` (`microsoft.graph.security.hostPair`).
    pub fn host_pairs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::HostPair,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("hostPairs"))
    }
    /// Navigation property `parentHostPairs` (`microsoft.graph.security.hostPair`).
    pub fn parent_host_pairs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::HostPair,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("parentHostPairs"))
    }
    /// Navigation property `passiveDns` (`microsoft.graph.security.passiveDnsRecord`).
    pub fn passive_dns(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::PassiveDnsRecord,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("passiveDns"))
    }
    /// Navigation property `passiveDnsReverse` (`microsoft.graph.security.passiveDnsRecord`).
    pub fn passive_dns_reverse(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::PassiveDnsRecord,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("passiveDnsReverse"))
    }
    /// Navigation property `ports` (`microsoft.graph.security.hostPort`).
    pub fn ports(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::HostPort,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("ports"))
    }
    /// Containment navigation property `reputation` (`microsoft.graph.security.hostReputation`).
    pub fn reputation(
        &self,
    ) -> crate::v1::requests::security::HostReputationPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::security::HostReputationPath::new(
            self.0.target().segment("reputation"),
        )
    }
    /// Navigation property `sslCertificates` (`microsoft.graph.security.hostSslCertificate`).
    pub fn ssl_certificates(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::HostSslCertificate,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("sslCertificates"))
    }
    /// Navigation property `subdomains` (`microsoft.graph.security.subdomain`).
    pub fn subdomains(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::Subdomain,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("subdomains"))
    }
    /// Navigation property `trackers` (`microsoft.graph.security.hostTracker`).
    pub fn trackers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::HostTracker,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("trackers"))
    }
    /// Navigation property `whois` (`microsoft.graph.security.whoisRecord`).
    pub fn whois(
        &self,
    ) -> crate::v1::requests::security::WhoisRecordPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::v1::requests::security::WhoisRecordPath::new(
            self.0.target().segment("whois"),
        )
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::security::AnyHost>
for crate::v1::security::IpAddress {
    const SEGMENT: &'static str = "microsoft.graph.security.ipAddress";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::security::AnyArtifact>
for crate::v1::security::IpAddress {
    const SEGMENT: &'static str = "microsoft.graph.security.ipAddress";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::security::IpAddress {
    const SEGMENT: &'static str = "microsoft.graph.security.ipAddress";
}
#[cfg(msgraph_v1_search)]
/// Features: `v1` or `v1-search`.
impl<C> crate::v1::requests::LabelContentRightPath<C> {
    /// Navigation property `label` (`microsoft.graph.sensitivityLabel`).
    pub fn label(
        &self,
    ) -> crate::v1::requests::SensitivityLabelPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::v1::requests::SensitivityLabelPath::new(self.0.target().segment("label"))
    }
}
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::LabelContentRight {
    const SEGMENT: &'static str = "microsoft.graph.labelContentRight";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::v1::requests::LandingPagePath<C> {
    /// Structural property `createdBy` (`microsoft.graph.emailIdentity`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::EmailIdentity> {
        crate::path::PropertyPath::new(self.0.target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.emailIdentity`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::EmailIdentity> {
        crate::path::PropertyPath::new(self.0.target().segment("lastModifiedBy"))
    }
    /// Containment navigation property `details` (`microsoft.graph.landingPageDetail`).
    pub fn details(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::LandingPageDetail,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("details"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::LandingPage {
    const SEGMENT: &'static str = "microsoft.graph.landingPage";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::LandingPageDetail {
    const SEGMENT: &'static str = "microsoft.graph.landingPageDetail";
}
#[cfg(msgraph_v1_employee_experience_or_search)]
/// Features: `v1`, or one of `v1-employee-experience`, `v1-search`.
impl<C> crate::v1::requests::LearningAssignmentPath<C> {
    /// Structural property `dueDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    pub fn due_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.0.target().segment("dueDateTime"))
    }
    /// Structural property `notes` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    pub fn notes(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.0.target().segment("notes"))
    }
}
#[cfg(msgraph_v1_employee_experience_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyLearningCourseActivity>
for crate::v1::LearningAssignment {
    const SEGMENT: &'static str = "microsoft.graph.learningAssignment";
}
#[cfg(msgraph_v1_employee_experience_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::LearningAssignment {
    const SEGMENT: &'static str = "microsoft.graph.learningAssignment";
}
#[cfg(msgraph_v1_employee_experience_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::LearningContent {
    const SEGMENT: &'static str = "microsoft.graph.learningContent";
}
#[cfg(msgraph_v1_employee_experience_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyLearningCourseActivity {
    const SEGMENT: &'static str = "microsoft.graph.learningCourseActivity";
}
#[cfg(msgraph_v1_employee_experience_or_search)]
/// Features: `v1`, or one of `v1-employee-experience`, `v1-search`.
impl<C> crate::v1::requests::LearningProviderPath<C> {
    /// Containment navigation property `learningContents` (`microsoft.graph.learningContent`).
    pub fn learning_contents(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::LearningContent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("learningContents"))
    }
    /// Containment navigation property `learningCourseActivities` (`microsoft.graph.learningCourseActivity`).
    pub fn learning_course_activities(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyLearningCourseActivity,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("learningCourseActivities"),
        )
    }
}
#[cfg(msgraph_v1_employee_experience_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::LearningProvider {
    const SEGMENT: &'static str = "microsoft.graph.learningProvider";
}
#[cfg(msgraph_v1_employee_experience_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyLearningCourseActivity>
for crate::v1::LearningSelfInitiatedCourse {
    const SEGMENT: &'static str = "microsoft.graph.learningSelfInitiatedCourse";
}
#[cfg(msgraph_v1_employee_experience_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::LearningSelfInitiatedCourse {
    const SEGMENT: &'static str = "microsoft.graph.learningSelfInitiatedCourse";
}
#[cfg(msgraph_v1_places_or_search)]
/// Features: `v1`, or one of `v1-places`, `v1-search`.
impl<C> crate::v1::requests::LevelMapPath<C> {
    /// Containment navigation property `fixtures` (`microsoft.graph.fixtureMap`).
    pub fn fixtures(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::FixtureMap,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("fixtures"))
    }
    /// Containment navigation property `sections` (`microsoft.graph.sectionMap`).
    pub fn sections(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SectionMap,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("sections"))
    }
    /// Containment navigation property `units` (`microsoft.graph.unitMap`).
    pub fn units(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UnitMap,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("units"))
    }
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyBaseMapFeature> for crate::v1::LevelMap {
    const SEGMENT: &'static str = "microsoft.graph.levelMap";
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::LevelMap {
    const SEGMENT: &'static str = "microsoft.graph.levelMap";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::LicenseDetails {
    const SEGMENT: &'static str = "microsoft.graph.licenseDetails";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::LicenseDetails, C> {
    /// `GET .../getTeamsLicensingDetails`: function `microsoft.graph.getTeamsLicensingDetails`.
    pub fn get_teams_licensing_details(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::TeamsLicensingDetails>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getTeamsLicensingDetails", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::LinkedResource {
    const SEGMENT: &'static str = "microsoft.graph.linkedResource";
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::v1::requests::ListPath<C> {
    /// Structural property `list` (`microsoft.graph.listInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn list_2(&self) -> crate::path::PropertyPath<crate::v1::ListInfo> {
        crate::path::PropertyPath::new(self.0.target().segment("list"))
    }
    /// Structural property `sharepointIds` (`microsoft.graph.sharepointIds`), addressed on its own: `GET` or `PATCH` it.
    pub fn sharepoint_ids(&self) -> crate::path::PropertyPath<crate::v1::SharepointIds> {
        crate::path::PropertyPath::new(self.0.target().segment("sharepointIds"))
    }
    /// Structural property `system` (`microsoft.graph.systemFacet`), addressed on its own: `GET` or `PATCH` it.
    pub fn system(&self) -> crate::path::PropertyPath<crate::v1::SystemFacet> {
        crate::path::PropertyPath::new(self.0.target().segment("system"))
    }
    /// Containment navigation property `columns` (`microsoft.graph.columnDefinition`).
    pub fn columns(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ColumnDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("columns"))
    }
    /// Containment navigation property `contentTypes` (`microsoft.graph.contentType`).
    pub fn content_types(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ContentType,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("contentTypes"))
    }
    #[cfg(msgraph_v1_drives_or_search)]
    /// Navigation property `drive` (`microsoft.graph.drive`).
    ///
    /// Features: `v1`, or one of `v1-drives`, `v1-search`.
    pub fn drive(
        &self,
    ) -> crate::v1::requests::DrivePath<crate::path::caps::GetUpdateDeleteRef> {
        crate::v1::requests::DrivePath::new(self.0.target().segment("drive"))
    }
    /// Containment navigation property `items` (`microsoft.graph.listItem`).
    pub fn items(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ListItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("items"))
    }
    /// Containment navigation property `operations` (`microsoft.graph.richLongRunningOperation`).
    pub fn operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::RichLongRunningOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("operations"))
    }
    /// Containment navigation property `permissions` (`microsoft.graph.permission`).
    pub fn permissions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Permission,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("permissions"))
    }
    /// Containment navigation property `subscriptions` (`microsoft.graph.subscription`).
    pub fn subscriptions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Subscription,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("subscriptions"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("lastModifiedBy"))
    }
    /// Structural property `parentReference` (`microsoft.graph.itemReference`), addressed on its own: `GET` or `PATCH` it.
    pub fn parent_reference(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ItemReference> {
        crate::path::PropertyPath::new(self.0.target().segment("parentReference"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `createdByUser` (`microsoft.graph.user`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn created_by_user(
        &self,
    ) -> crate::v1::requests::UserPath<crate::path::caps::GetUpdateDeleteRef> {
        crate::v1::requests::UserPath::new(self.0.target().segment("createdByUser"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `lastModifiedByUser` (`microsoft.graph.user`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn last_modified_by_user(
        &self,
    ) -> crate::v1::requests::UserPath<crate::path::caps::GetUpdateDeleteRef> {
        crate::v1::requests::UserPath::new(self.0.target().segment("lastModifiedByUser"))
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyBaseItem> for crate::v1::List {
    const SEGMENT: &'static str = "microsoft.graph.list";
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::List {
    const SEGMENT: &'static str = "microsoft.graph.list";
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::v1::requests::ListItemPath<C> {
    /// Structural property `contentType` (`microsoft.graph.contentTypeInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn content_type(&self) -> crate::path::PropertyPath<crate::v1::ContentTypeInfo> {
        crate::path::PropertyPath::new(self.0.target().segment("contentType"))
    }
    /// Structural property `deleted` (`microsoft.graph.deleted`), addressed on its own: `GET` or `PATCH` it.
    pub fn deleted(&self) -> crate::path::PropertyPath<crate::v1::Deleted> {
        crate::path::PropertyPath::new(self.0.target().segment("deleted"))
    }
    /// Structural property `sharepointIds` (`microsoft.graph.sharepointIds`), addressed on its own: `GET` or `PATCH` it.
    pub fn sharepoint_ids(&self) -> crate::path::PropertyPath<crate::v1::SharepointIds> {
        crate::path::PropertyPath::new(self.0.target().segment("sharepointIds"))
    }
    #[cfg(msgraph_v1_core_or_drives_or_sites)]
    /// Navigation property `analytics` (`microsoft.graph.itemAnalytics`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn analytics(
        &self,
    ) -> crate::v1::requests::ItemAnalyticsPath<crate::path::caps::GetUpdateDeleteRef> {
        crate::v1::requests::ItemAnalyticsPath::new(self.0.target().segment("analytics"))
    }
    /// Containment navigation property `documentSetVersions` (`microsoft.graph.documentSetVersion`).
    pub fn document_set_versions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DocumentSetVersion,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("documentSetVersions"))
    }
    #[cfg(msgraph_v1_drives_or_search)]
    /// Navigation property `driveItem` (`microsoft.graph.driveItem`).
    ///
    /// Features: `v1`, or one of `v1-drives`, `v1-search`.
    pub fn drive_item(
        &self,
    ) -> crate::v1::requests::DriveItemPath<crate::path::caps::GetUpdateDeleteRef> {
        crate::v1::requests::DriveItemPath::new(self.0.target().segment("driveItem"))
    }
    /// Containment navigation property `fields` (`microsoft.graph.fieldValueSet`).
    pub fn fields(
        &self,
    ) -> crate::v1::requests::FieldValueSetPath<crate::path::caps::GetUpdateDelete> {
        crate::v1::requests::FieldValueSetPath::new(self.0.target().segment("fields"))
    }
    /// Containment navigation property `permissions` (`microsoft.graph.permission`).
    pub fn permissions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Permission,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("permissions"))
    }
    /// Containment navigation property `versions` (`microsoft.graph.listItemVersion`).
    pub fn versions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyListItemVersion,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("versions"))
    }
    /// `POST .../createLink`: action `microsoft.graph.createLink`.
    pub fn create_link(
        &self,
        params: crate::v1::params::ListItemCreateLinkParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ListItemCreateLinkParams>,
        rt::request::Entity<crate::v1::Permission>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("createLink"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getActivitiesByInterval`: function `microsoft.graph.getActivitiesByInterval`.
    pub fn get_activities_by_interval(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::ItemActivityStat>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("getActivitiesByInterval", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getActivitiesByInterval`: function `microsoft.graph.getActivitiesByInterval`.
    pub fn get_activities_by_interval_2(
        &self,
        start_date_time: &str,
        end_date_time: &str,
        interval: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::ItemActivityStat>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getActivitiesByInterval",
                    &[
                        (
                            "startDateTime",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(start_date_time),
                            ),
                        ),
                        (
                            "endDateTime",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(end_date_time),
                            ),
                        ),
                        (
                            "interval",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(interval),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("lastModifiedBy"))
    }
    /// Structural property `parentReference` (`microsoft.graph.itemReference`), addressed on its own: `GET` or `PATCH` it.
    pub fn parent_reference(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ItemReference> {
        crate::path::PropertyPath::new(self.0.target().segment("parentReference"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `createdByUser` (`microsoft.graph.user`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn created_by_user(
        &self,
    ) -> crate::v1::requests::UserPath<crate::path::caps::GetUpdateDeleteRef> {
        crate::v1::requests::UserPath::new(self.0.target().segment("createdByUser"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `lastModifiedByUser` (`microsoft.graph.user`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn last_modified_by_user(
        &self,
    ) -> crate::v1::requests::UserPath<crate::path::caps::GetUpdateDeleteRef> {
        crate::v1::requests::UserPath::new(self.0.target().segment("lastModifiedByUser"))
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyBaseItem> for crate::v1::ListItem {
    const SEGMENT: &'static str = "microsoft.graph.listItem";
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ListItem {
    const SEGMENT: &'static str = "microsoft.graph.listItem";
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::ListItem, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::ListItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta_2(
        &self,
        token: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::ListItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "delta",
                    &[
                        (
                            "token",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(token),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::v1::requests::ListItemVersionPath<C> {
    /// Containment navigation property `fields` (`microsoft.graph.fieldValueSet`).
    pub fn fields(
        &self,
    ) -> crate::v1::requests::FieldValueSetPath<crate::path::caps::GetUpdateDelete> {
        crate::v1::requests::FieldValueSetPath::new(self.0.target().segment("fields"))
    }
    /// `POST .../restoreVersion`: action `microsoft.graph.restoreVersion`.
    pub fn restore_version(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("restoreVersion"),
            rt::request::NoBody,
        )
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("lastModifiedBy"))
    }
    /// Structural property `publication` (`microsoft.graph.publicationFacet`), addressed on its own: `GET` or `PATCH` it.
    pub fn publication(&self) -> crate::path::PropertyPath<crate::v1::PublicationFacet> {
        crate::path::PropertyPath::new(self.0.target().segment("publication"))
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyBaseItemVersion>
for crate::v1::AnyListItemVersion {
    const SEGMENT: &'static str = "microsoft.graph.listItemVersion";
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyListItemVersion {
    const SEGMENT: &'static str = "microsoft.graph.listItemVersion";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::LocalizedNotificationMessage {
    const SEGMENT: &'static str = "microsoft.graph.localizedNotificationMessage";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::v1::requests::LoginPagePath<C> {
    /// Structural property `createdBy` (`microsoft.graph.emailIdentity`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::EmailIdentity> {
        crate::path::PropertyPath::new(self.0.target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.emailIdentity`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::EmailIdentity> {
        crate::path::PropertyPath::new(self.0.target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::LoginPage {
    const SEGMENT: &'static str = "microsoft.graph.loginPage";
}
#[cfg(msgraph_v1_core_or_drives_or_employee_experience_or_security_and_2_more)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyLongRunningOperation {
    const SEGMENT: &'static str = "microsoft.graph.longRunningOperation";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<C> crate::v1::requests::identity_governance::LifecycleManagementSettingsPath<C> {
    /// Structural property `emailSettings` (`microsoft.graph.emailSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn email_settings(&self) -> crate::path::PropertyPath<crate::v1::EmailSettings> {
        crate::path::PropertyPath::new(self.0.target().segment("emailSettings"))
    }
    /// Structural property `quarantineConfiguration` (`microsoft.graph.identityGovernance.quarantineConfiguration`), addressed on its own: `GET` or `PATCH` it.
    pub fn quarantine_configuration(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::identity_governance::QuarantineConfiguration,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("quarantineConfiguration"),
        )
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::identity_governance::LifecycleManagementSettings {
    const SEGMENT: &'static str = "microsoft.graph.identityGovernance.lifecycleManagementSettings";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<C> crate::v1::requests::identity_governance::LifecycleWorkflowsContainerPath<C> {
    /// Containment navigation property `customTaskExtensions` (`microsoft.graph.identityGovernance.customTaskExtension`).
    pub fn custom_task_extensions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::identity_governance::CustomTaskExtension,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("customTaskExtensions"))
    }
    /// Containment navigation property `deletedItems` (`microsoft.graph.deletedItemContainer`).
    pub fn deleted_items(
        &self,
    ) -> crate::v1::requests::DeletedItemContainerPath<crate::path::caps::GetDelete> {
        crate::v1::requests::DeletedItemContainerPath::new(
            self.0.target().segment("deletedItems"),
        )
    }
    /// Containment navigation property `insights` (`microsoft.graph.identityGovernance.insights`).
    pub fn insights(
        &self,
    ) -> crate::v1::requests::identity_governance::InsightsPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::identity_governance::InsightsPath::new(
            self.0.target().segment("insights"),
        )
    }
    /// Containment navigation property `settings` (`microsoft.graph.identityGovernance.lifecycleManagementSettings`).
    pub fn settings(
        &self,
    ) -> crate::v1::requests::identity_governance::LifecycleManagementSettingsPath<
        crate::path::caps::GetUpdate,
    > {
        crate::v1::requests::identity_governance::LifecycleManagementSettingsPath::new(
            self.0.target().segment("settings"),
        )
    }
    /// Containment navigation property `taskDefinitions` (`microsoft.graph.identityGovernance.taskDefinition`).
    pub fn task_definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::identity_governance::TaskDefinition,
        crate::path::caps::List,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("taskDefinitions"))
    }
    /// Containment navigation property `workflows` (`microsoft.graph.identityGovernance.workflow`).
    pub fn workflows(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::identity_governance::Workflow,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("workflows"))
    }
    /// Containment navigation property `workflowTemplates` (`microsoft.graph.identityGovernance.workflowTemplate`).
    pub fn workflow_templates(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::identity_governance::WorkflowTemplate,
        crate::path::caps::List,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("workflowTemplates"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::identity_governance::LifecycleWorkflowsContainer {
    const SEGMENT: &'static str = "microsoft.graph.identityGovernance.lifecycleWorkflowsContainer";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::v1::requests::security::LabelsRootPath<C> {
    /// Containment navigation property `authorities` (`microsoft.graph.security.authorityTemplate`).
    pub fn authorities(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::AuthorityTemplate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("authorities"))
    }
    /// Containment navigation property `categories` (`microsoft.graph.security.categoryTemplate`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::CategoryTemplate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("categories"))
    }
    /// Containment navigation property `citations` (`microsoft.graph.security.citationTemplate`).
    pub fn citations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::CitationTemplate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("citations"))
    }
    /// Containment navigation property `departments` (`microsoft.graph.security.departmentTemplate`).
    pub fn departments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::DepartmentTemplate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("departments"))
    }
    /// Containment navigation property `filePlanReferences` (`microsoft.graph.security.filePlanReferenceTemplate`).
    pub fn file_plan_references(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::FilePlanReferenceTemplate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("filePlanReferences"))
    }
    /// Containment navigation property `retentionLabels` (`microsoft.graph.security.retentionLabel`).
    pub fn retention_labels(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::RetentionLabel,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("retentionLabels"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::security::LabelsRoot {
    const SEGMENT: &'static str = "microsoft.graph.security.labelsRoot";
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl<C> crate::v1::requests::M365AppsInstallationOptionsPath<C> {
    /// Structural property `appsForMac` (`microsoft.graph.appsInstallationOptionsForMac`), addressed on its own: `GET` or `PATCH` it.
    pub fn apps_for_mac(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AppsInstallationOptionsForMac> {
        crate::path::PropertyPath::new(self.0.target().segment("appsForMac"))
    }
    /// Structural property `appsForWindows` (`microsoft.graph.appsInstallationOptionsForWindows`), addressed on its own: `GET` or `PATCH` it.
    pub fn apps_for_windows(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AppsInstallationOptionsForWindows> {
        crate::path::PropertyPath::new(self.0.target().segment("appsForWindows"))
    }
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::M365AppsInstallationOptions {
    const SEGMENT: &'static str = "microsoft.graph.m365AppsInstallationOptions";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::v1::requests::MacOsCompliancePolicyPath<C> {
    /// Containment navigation property `assignments` (`microsoft.graph.deviceCompliancePolicyAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceCompliancePolicyAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SettingStateDeviceSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("deviceSettingStateSummaries"),
        )
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.deviceComplianceDeviceStatus`).
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceComplianceDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceComplianceDeviceOverview`).
    pub fn device_status_overview(
        &self,
    ) -> crate::v1::requests::DeviceComplianceDeviceOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::DeviceComplianceDeviceOverviewPath::new(
            self.0.target().segment("deviceStatusOverview"),
        )
    }
    /// Containment navigation property `scheduledActionsForRule` (`microsoft.graph.deviceComplianceScheduledActionForRule`).
    pub fn scheduled_actions_for_rule(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceComplianceScheduledActionForRule,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("scheduledActionsForRule"),
        )
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceComplianceUserStatus`).
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceComplianceUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceComplianceUserOverview`).
    pub fn user_status_overview(
        &self,
    ) -> crate::v1::requests::DeviceComplianceUserOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::DeviceComplianceUserOverviewPath::new(
            self.0.target().segment("userStatusOverview"),
        )
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::DeviceCompliancePolicyAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DeviceCompliancePolicyAssignParams>,
        rt::request::Collection<crate::v1::DeviceCompliancePolicyAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../scheduleActionsForRules`: action `microsoft.graph.scheduleActionsForRules`.
    pub fn schedule_actions_for_rules(
        &self,
        params: crate::v1::params::DeviceCompliancePolicyScheduleActionsForRulesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DeviceCompliancePolicyScheduleActionsForRulesParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("scheduleActionsForRules"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceCompliancePolicy>
for crate::v1::MacOsCompliancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.macOSCompliancePolicy";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MacOsCompliancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.macOSCompliancePolicy";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::v1::requests::MacOsCustomConfigurationPath<C> {
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SettingStateDeviceSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("deviceSettingStateSummaries"),
        )
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.deviceConfigurationDeviceStatus`).
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    pub fn device_status_overview(
        &self,
    ) -> crate::v1::requests::DeviceConfigurationDeviceOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::DeviceConfigurationDeviceOverviewPath::new(
            self.0.target().segment("deviceStatusOverview"),
        )
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    pub fn user_status_overview(
        &self,
    ) -> crate::v1::requests::DeviceConfigurationUserOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::DeviceConfigurationUserOverviewPath::new(
            self.0.target().segment("userStatusOverview"),
        )
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::v1::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getOmaSettingPlainTextValue`: function `microsoft.graph.getOmaSettingPlainTextValue`.
    pub fn get_oma_setting_plain_text_value(
        &self,
        secret_reference_value_id: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::ValueOf<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getOmaSettingPlainTextValue",
                    &[
                        (
                            "secretReferenceValueId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(
                                    secret_reference_value_id,
                                ),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceConfiguration>
for crate::v1::MacOsCustomConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSCustomConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MacOsCustomConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSCustomConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::v1::requests::MacOsDeviceFeaturesConfigurationPath<C> {
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SettingStateDeviceSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("deviceSettingStateSummaries"),
        )
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.deviceConfigurationDeviceStatus`).
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    pub fn device_status_overview(
        &self,
    ) -> crate::v1::requests::DeviceConfigurationDeviceOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::DeviceConfigurationDeviceOverviewPath::new(
            self.0.target().segment("deviceStatusOverview"),
        )
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    pub fn user_status_overview(
        &self,
    ) -> crate::v1::requests::DeviceConfigurationUserOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::DeviceConfigurationUserOverviewPath::new(
            self.0.target().segment("userStatusOverview"),
        )
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::v1::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getOmaSettingPlainTextValue`: function `microsoft.graph.getOmaSettingPlainTextValue`.
    pub fn get_oma_setting_plain_text_value(
        &self,
        secret_reference_value_id: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::ValueOf<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getOmaSettingPlainTextValue",
                    &[
                        (
                            "secretReferenceValueId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(
                                    secret_reference_value_id,
                                ),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAppleDeviceFeaturesConfigurationBase>
for crate::v1::MacOsDeviceFeaturesConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSDeviceFeaturesConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceConfiguration>
for crate::v1::MacOsDeviceFeaturesConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSDeviceFeaturesConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MacOsDeviceFeaturesConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSDeviceFeaturesConfiguration";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::v1::requests::MacOsDmgAppPath<C> {
    /// Structural property `minimumSupportedOperatingSystem` (`microsoft.graph.macOSMinimumOperatingSystem`), addressed on its own: `GET` or `PATCH` it.
    pub fn minimum_supported_operating_system(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::MacOsMinimumOperatingSystem> {
        crate::path::PropertyPath::new(
            self.0.target().segment("minimumSupportedOperatingSystem"),
        )
    }
    /// Containment navigation property `contentVersions` (`microsoft.graph.mobileAppContent`).
    pub fn content_versions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppContent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("contentVersions"))
    }
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.0.target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileLobApp> for crate::v1::MacOsDmgApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSDmgApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp> for crate::v1::MacOsDmgApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSDmgApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::MacOsDmgApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSDmgApp";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::v1::requests::MacOsGeneralDeviceConfigurationPath<C> {
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SettingStateDeviceSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("deviceSettingStateSummaries"),
        )
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.deviceConfigurationDeviceStatus`).
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    pub fn device_status_overview(
        &self,
    ) -> crate::v1::requests::DeviceConfigurationDeviceOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::DeviceConfigurationDeviceOverviewPath::new(
            self.0.target().segment("deviceStatusOverview"),
        )
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    pub fn user_status_overview(
        &self,
    ) -> crate::v1::requests::DeviceConfigurationUserOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::DeviceConfigurationUserOverviewPath::new(
            self.0.target().segment("userStatusOverview"),
        )
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::v1::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getOmaSettingPlainTextValue`: function `microsoft.graph.getOmaSettingPlainTextValue`.
    pub fn get_oma_setting_plain_text_value(
        &self,
        secret_reference_value_id: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::ValueOf<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getOmaSettingPlainTextValue",
                    &[
                        (
                            "secretReferenceValueId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(
                                    secret_reference_value_id,
                                ),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceConfiguration>
for crate::v1::MacOsGeneralDeviceConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSGeneralDeviceConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MacOsGeneralDeviceConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSGeneralDeviceConfiguration";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::v1::requests::MacOsLobAppPath<C> {
    /// Structural property `minimumSupportedOperatingSystem` (`microsoft.graph.macOSMinimumOperatingSystem`), addressed on its own: `GET` or `PATCH` it.
    pub fn minimum_supported_operating_system(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::MacOsMinimumOperatingSystem> {
        crate::path::PropertyPath::new(
            self.0.target().segment("minimumSupportedOperatingSystem"),
        )
    }
    /// Containment navigation property `contentVersions` (`microsoft.graph.mobileAppContent`).
    pub fn content_versions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppContent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("contentVersions"))
    }
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.0.target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileLobApp> for crate::v1::MacOsLobApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp> for crate::v1::MacOsLobApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::MacOsLobApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::v1::requests::MacOsMicrosoftDefenderAppPath<C> {
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.0.target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp>
for crate::v1::MacOsMicrosoftDefenderApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSMicrosoftDefenderApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MacOsMicrosoftDefenderApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSMicrosoftDefenderApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::v1::requests::MacOsMicrosoftEdgeAppPath<C> {
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.0.target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp>
for crate::v1::MacOsMicrosoftEdgeApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSMicrosoftEdgeApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MacOsMicrosoftEdgeApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSMicrosoftEdgeApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::v1::requests::MacOsOfficeSuiteAppPath<C> {
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.0.target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp>
for crate::v1::MacOsOfficeSuiteApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSOfficeSuiteApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::MacOsOfficeSuiteApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSOfficeSuiteApp";
}
#[cfg(msgraph_v1_information_protection_or_search)]
/// Features: `v1`, or one of `v1-information-protection`, `v1-search`.
impl<C> crate::v1::requests::MailAssessmentRequestPath<C> {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("createdBy"))
    }
    /// Containment navigation property `results` (`microsoft.graph.threatAssessmentResult`).
    pub fn results(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ThreatAssessmentResult,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("results"))
    }
}
#[cfg(msgraph_v1_information_protection_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyThreatAssessmentRequest>
for crate::v1::MailAssessmentRequest {
    const SEGMENT: &'static str = "microsoft.graph.mailAssessmentRequest";
}
#[cfg(msgraph_v1_information_protection_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MailAssessmentRequest {
    const SEGMENT: &'static str = "microsoft.graph.mailAssessmentRequest";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::v1::requests::MailFolderPath<C> {
    /// Containment navigation property `childFolders` (`microsoft.graph.mailFolder`).
    pub fn child_folders(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyMailFolder,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("childFolders"))
    }
    /// Containment navigation property `messageRules` (`microsoft.graph.messageRule`).
    pub fn message_rules(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MessageRule,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("messageRules"))
    }
    /// Containment navigation property `messages` (`microsoft.graph.message`).
    pub fn messages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyMessage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("messages"))
    }
    /// `POST .../copy`: action `microsoft.graph.copy`.
    pub fn copy(
        &self,
        params: crate::v1::params::MailFolderCopyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MailFolderCopyParams>,
        rt::request::Entity<crate::v1::AnyMailFolder>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("copy"),
            rt::request::Json(params),
        )
    }
    /// `POST .../move`: action `microsoft.graph.move`.
    pub fn move_(
        &self,
        params: crate::v1::params::MailFolderMoveParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MailFolderMoveParams>,
        rt::request::Entity<crate::v1::AnyMailFolder>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("move"),
            rt::request::Json(params),
        )
    }
    /// `POST .../permanentDelete`: action `microsoft.graph.permanentDelete`.
    pub fn permanent_delete(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("permanentDelete"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyMailFolder {
    const SEGMENT: &'static str = "microsoft.graph.mailFolder";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::AnyMailFolder, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyMailFolder>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::v1::requests::MailSearchFolderPath<C> {
    /// Containment navigation property `childFolders` (`microsoft.graph.mailFolder`).
    pub fn child_folders(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyMailFolder,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("childFolders"))
    }
    /// Containment navigation property `messageRules` (`microsoft.graph.messageRule`).
    pub fn message_rules(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MessageRule,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("messageRules"))
    }
    /// Containment navigation property `messages` (`microsoft.graph.message`).
    pub fn messages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyMessage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("messages"))
    }
    /// `POST .../copy`: action `microsoft.graph.copy`.
    pub fn copy(
        &self,
        params: crate::v1::params::MailFolderCopyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MailFolderCopyParams>,
        rt::request::Entity<crate::v1::AnyMailFolder>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("copy"),
            rt::request::Json(params),
        )
    }
    /// `POST .../move`: action `microsoft.graph.move`.
    pub fn move_(
        &self,
        params: crate::v1::params::MailFolderMoveParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MailFolderMoveParams>,
        rt::request::Entity<crate::v1::AnyMailFolder>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("move"),
            rt::request::Json(params),
        )
    }
    /// `POST .../permanentDelete`: action `microsoft.graph.permanentDelete`.
    pub fn permanent_delete(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("permanentDelete"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMailFolder> for crate::v1::MailSearchFolder {
    const SEGMENT: &'static str = "microsoft.graph.mailSearchFolder";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::MailSearchFolder {
    const SEGMENT: &'static str = "microsoft.graph.mailSearchFolder";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::MailSearchFolder, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyMailFolder>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::v1::requests::MailboxPath<C> {
    /// Containment navigation property `folders` (`microsoft.graph.mailboxFolder`).
    pub fn folders(
        &self,
    ) -> crate::path::CollectionPath<crate::v1::MailboxFolder, crate::path::caps::List> {
        crate::path::CollectionPath::new(self.0.target().segment("folders"))
    }
    /// `POST .../createImportSession`: action `microsoft.graph.createImportSession`.
    pub fn create_import_session(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::MailboxItemImportSession>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("createImportSession"),
            rt::request::NoBody,
        )
    }
    /// `POST .../exportItems`: action `microsoft.graph.exportItems`.
    pub fn export_items(
        &self,
        params: crate::v1::params::MailboxExportItemsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MailboxExportItemsParams>,
        rt::request::Collection<crate::v1::ExportItemResponse>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("exportItems"),
            rt::request::Json(params),
        )
    }
    /// `POST .../checkMemberGroups`: action `microsoft.graph.checkMemberGroups`.
    pub fn check_member_groups(
        &self,
        params: crate::v1::params::DirectoryObjectCheckMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberGroupsParams>,
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
        params: crate::v1::params::DirectoryObjectCheckMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberObjectsParams>,
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
        params: crate::v1::params::DirectoryObjectGetMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberGroupsParams>,
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
        params: crate::v1::params::DirectoryObjectGetMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberObjectsParams>,
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
        rt::request::Entity<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject> for crate::v1::Mailbox {
    const SEGMENT: &'static str = "microsoft.graph.mailbox";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Mailbox {
    const SEGMENT: &'static str = "microsoft.graph.mailbox";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::Mailbox, C> {
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
impl<C> crate::v1::requests::MailboxFolderPath<C> {
    /// Containment navigation property `childFolders` (`microsoft.graph.mailboxFolder`).
    pub fn child_folders(
        &self,
    ) -> crate::path::CollectionPath<crate::v1::MailboxFolder, crate::path::caps::List> {
        crate::path::CollectionPath::new(self.0.target().segment("childFolders"))
    }
    /// Containment navigation property `items` (`microsoft.graph.mailboxItem`).
    pub fn items(
        &self,
    ) -> crate::path::CollectionPath<crate::v1::MailboxItem, crate::path::caps::List> {
        crate::path::CollectionPath::new(self.0.target().segment("items"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::MailboxFolder {
    const SEGMENT: &'static str = "microsoft.graph.mailboxFolder";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::MailboxFolder, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::MailboxFolder>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyOutlookItem> for crate::v1::MailboxItem {
    const SEGMENT: &'static str = "microsoft.graph.mailboxItem";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::MailboxItem {
    const SEGMENT: &'static str = "microsoft.graph.mailboxItem";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::MailboxItem, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::MailboxItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<C> crate::v1::requests::MailboxProtectionRulePath<C> {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("createdBy"))
    }
    /// Structural property `error` (`microsoft.graph.publicError`), addressed on its own: `GET` or `PATCH` it.
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::PublicError> {
        crate::path::PropertyPath::new(self.0.target().segment("error"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("lastModifiedBy"))
    }
    /// `POST .../deleteAndUnprotect`: action `microsoft.graph.deleteAndUnprotect`.
    pub fn delete_and_unprotect(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyProtectionRuleBase>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("deleteAndUnprotect"),
            rt::request::NoBody,
        )
    }
    /// `POST .../run`: action `microsoft.graph.run`.
    pub fn run(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyProtectionRuleBase>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("run"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyProtectionRuleBase>
for crate::v1::MailboxProtectionRule {
    const SEGMENT: &'static str = "microsoft.graph.mailboxProtectionRule";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MailboxProtectionRule {
    const SEGMENT: &'static str = "microsoft.graph.mailboxProtectionRule";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<C> crate::v1::requests::MailboxProtectionUnitPath<C> {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("createdBy"))
    }
    /// Structural property `error` (`microsoft.graph.publicError`), addressed on its own: `GET` or `PATCH` it.
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::PublicError> {
        crate::path::PropertyPath::new(self.0.target().segment("error"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("lastModifiedBy"))
    }
    /// `POST .../cancelOffboard`: action `microsoft.graph.cancelOffboard`.
    pub fn cancel_offboard(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyProtectionUnitBase>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("cancelOffboard"),
            rt::request::NoBody,
        )
    }
    /// `POST .../offboard`: action `microsoft.graph.offboard`.
    pub fn offboard(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyProtectionUnitBase>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("offboard"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyProtectionUnitBase>
for crate::v1::MailboxProtectionUnit {
    const SEGMENT: &'static str = "microsoft.graph.mailboxProtectionUnit";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MailboxProtectionUnit {
    const SEGMENT: &'static str = "microsoft.graph.mailboxProtectionUnit";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<C> crate::v1::requests::MailboxProtectionUnitsBulkAdditionJobPath<C> {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("createdBy"))
    }
    /// Structural property `error` (`microsoft.graph.publicError`), addressed on its own: `GET` or `PATCH` it.
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::PublicError> {
        crate::path::PropertyPath::new(self.0.target().segment("error"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyProtectionUnitsBulkJobBase>
for crate::v1::MailboxProtectionUnitsBulkAdditionJob {
    const SEGMENT: &'static str = "microsoft.graph.mailboxProtectionUnitsBulkAdditionJob";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MailboxProtectionUnitsBulkAdditionJob {
    const SEGMENT: &'static str = "microsoft.graph.mailboxProtectionUnitsBulkAdditionJob";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<C> crate::v1::requests::MailboxRestoreArtifactPath<C> {
    /// Structural property `error` (`microsoft.graph.publicError`), addressed on its own: `GET` or `PATCH` it.
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::PublicError> {
        crate::path::PropertyPath::new(self.0.target().segment("error"))
    }
    /// Navigation property `restorePoint` (`microsoft.graph.restorePoint`).
    pub fn restore_point(
        &self,
    ) -> crate::v1::requests::RestorePointPath<crate::path::caps::GetUpdateDeleteRef> {
        crate::v1::requests::RestorePointPath::new(
            self.0.target().segment("restorePoint"),
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyRestoreArtifactBase>
for crate::v1::AnyMailboxRestoreArtifact {
    const SEGMENT: &'static str = "microsoft.graph.mailboxRestoreArtifact";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyMailboxRestoreArtifact {
    const SEGMENT: &'static str = "microsoft.graph.mailboxRestoreArtifact";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<C> crate::v1::requests::MailboxRestoreArtifactsBulkAdditionRequestPath<C> {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("createdBy"))
    }
    /// Structural property `error` (`microsoft.graph.publicError`), addressed on its own: `GET` or `PATCH` it.
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::PublicError> {
        crate::path::PropertyPath::new(self.0.target().segment("error"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("lastModifiedBy"))
    }
    /// Structural property `protectionTimePeriod` (`microsoft.graph.timePeriod`), addressed on its own: `GET` or `PATCH` it.
    pub fn protection_time_period(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::TimePeriod> {
        crate::path::PropertyPath::new(self.0.target().segment("protectionTimePeriod"))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyRestoreArtifactsBulkRequestBase>
for crate::v1::MailboxRestoreArtifactsBulkAdditionRequest {
    const SEGMENT: &'static str = "microsoft.graph.mailboxRestoreArtifactsBulkAdditionRequest";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MailboxRestoreArtifactsBulkAdditionRequest {
    const SEGMENT: &'static str = "microsoft.graph.mailboxRestoreArtifactsBulkAdditionRequest";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MalwareStateForWindowsDevice {
    const SEGMENT: &'static str = "microsoft.graph.malwareStateForWindowsDevice";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::v1::requests::ManagedAndroidLobAppPath<C> {
    /// Structural property `minimumSupportedOperatingSystem` (`microsoft.graph.androidMinimumOperatingSystem`), addressed on its own: `GET` or `PATCH` it.
    pub fn minimum_supported_operating_system(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AndroidMinimumOperatingSystem> {
        crate::path::PropertyPath::new(
            self.0.target().segment("minimumSupportedOperatingSystem"),
        )
    }
    /// Containment navigation property `contentVersions` (`microsoft.graph.mobileAppContent`).
    pub fn content_versions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppContent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("contentVersions"))
    }
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.0.target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedMobileLobApp>
for crate::v1::ManagedAndroidLobApp {
    const SEGMENT: &'static str = "microsoft.graph.managedAndroidLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedApp>
for crate::v1::ManagedAndroidLobApp {
    const SEGMENT: &'static str = "microsoft.graph.managedAndroidLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp>
for crate::v1::ManagedAndroidLobApp {
    const SEGMENT: &'static str = "microsoft.graph.managedAndroidLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ManagedAndroidLobApp {
    const SEGMENT: &'static str = "microsoft.graph.managedAndroidLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::v1::requests::ManagedAndroidStoreAppPath<C> {
    /// Structural property `minimumSupportedOperatingSystem` (`microsoft.graph.androidMinimumOperatingSystem`), addressed on its own: `GET` or `PATCH` it.
    pub fn minimum_supported_operating_system(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AndroidMinimumOperatingSystem> {
        crate::path::PropertyPath::new(
            self.0.target().segment("minimumSupportedOperatingSystem"),
        )
    }
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.0.target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedApp>
for crate::v1::ManagedAndroidStoreApp {
    const SEGMENT: &'static str = "microsoft.graph.managedAndroidStoreApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp>
for crate::v1::ManagedAndroidStoreApp {
    const SEGMENT: &'static str = "microsoft.graph.managedAndroidStoreApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ManagedAndroidStoreApp {
    const SEGMENT: &'static str = "microsoft.graph.managedAndroidStoreApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::v1::requests::ManagedAppPath<C> {
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.0.target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp> for crate::v1::AnyManagedApp {
    const SEGMENT: &'static str = "microsoft.graph.managedApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyManagedApp {
    const SEGMENT: &'static str = "microsoft.graph.managedApp";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::v1::requests::ManagedAppConfigurationPath<C> {
    /// `POST .../targetApps`: action `microsoft.graph.targetApps`.
    pub fn target_apps(
        &self,
        params: crate::v1::params::ManagedAppPolicyTargetAppsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ManagedAppPolicyTargetAppsParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("targetApps"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedAppPolicy>
for crate::v1::AnyManagedAppConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.managedAppConfiguration";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyManagedAppConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.managedAppConfiguration";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ManagedAppOperation {
    const SEGMENT: &'static str = "microsoft.graph.managedAppOperation";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::v1::requests::ManagedAppPolicyPath<C> {
    /// `POST .../targetApps`: action `microsoft.graph.targetApps`.
    pub fn target_apps(
        &self,
        params: crate::v1::params::ManagedAppPolicyTargetAppsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ManagedAppPolicyTargetAppsParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("targetApps"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyManagedAppPolicy {
    const SEGMENT: &'static str = "microsoft.graph.managedAppPolicy";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ManagedAppPolicyDeploymentSummary {
    const SEGMENT: &'static str = "microsoft.graph.managedAppPolicyDeploymentSummary";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::v1::requests::ManagedAppProtectionPath<C> {
    /// `POST .../targetApps`: action `microsoft.graph.targetApps`.
    pub fn target_apps(
        &self,
        params: crate::v1::params::ManagedAppProtectionTargetAppsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ManagedAppProtectionTargetAppsParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("targetApps"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedAppPolicy>
for crate::v1::AnyManagedAppProtection {
    const SEGMENT: &'static str = "microsoft.graph.managedAppProtection";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyManagedAppProtection {
    const SEGMENT: &'static str = "microsoft.graph.managedAppProtection";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::v1::requests::ManagedAppRegistrationPath<C> {
    /// Structural property `appIdentifier` (`microsoft.graph.mobileAppIdentifier`), addressed on its own: `GET` or `PATCH` it.
    pub fn app_identifier(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyMobileAppIdentifier> {
        crate::path::PropertyPath::new(self.0.target().segment("appIdentifier"))
    }
    /// Containment navigation property `appliedPolicies` (`microsoft.graph.managedAppPolicy`).
    pub fn applied_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyManagedAppPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("appliedPolicies"))
    }
    /// Containment navigation property `intendedPolicies` (`microsoft.graph.managedAppPolicy`).
    pub fn intended_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyManagedAppPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("intendedPolicies"))
    }
    /// Containment navigation property `operations` (`microsoft.graph.managedAppOperation`).
    pub fn operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ManagedAppOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("operations"))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyManagedAppRegistration {
    const SEGMENT: &'static str = "microsoft.graph.managedAppRegistration";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::AnyManagedAppRegistration, C> {
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
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyManagedAppStatus {
    const SEGMENT: &'static str = "microsoft.graph.managedAppStatus";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedAppStatus>
for crate::v1::ManagedAppStatusRaw {
    const SEGMENT: &'static str = "microsoft.graph.managedAppStatusRaw";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ManagedAppStatusRaw {
    const SEGMENT: &'static str = "microsoft.graph.managedAppStatusRaw";
}
#[cfg(msgraph_v1_core_or_device_management)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::v1::requests::ManagedDevicePath<C> {
    /// Structural property `configurationManagerClientEnabledFeatures` (`microsoft.graph.configurationManagerClientEnabledFeatures`), addressed on its own: `GET` or `PATCH` it.
    pub fn configuration_manager_client_enabled_features(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::ConfigurationManagerClientEnabledFeatures,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("configurationManagerClientEnabledFeatures"),
        )
    }
    /// Structural property `deviceHealthAttestationState` (`microsoft.graph.deviceHealthAttestationState`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_health_attestation_state(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DeviceHealthAttestationState> {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceHealthAttestationState"),
        )
    }
    /// Containment navigation property `deviceCategory` (`microsoft.graph.deviceCategory`).
    pub fn device_category(
        &self,
    ) -> crate::v1::requests::DeviceCategoryPath<crate::path::caps::GetUpdateDelete> {
        crate::v1::requests::DeviceCategoryPath::new(
            self.0.target().segment("deviceCategory"),
        )
    }
    /// Containment navigation property `deviceCompliancePolicyStates` (`microsoft.graph.deviceCompliancePolicyState`).
    pub fn device_compliance_policy_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceCompliancePolicyState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("deviceCompliancePolicyStates"),
        )
    }
    /// Containment navigation property `deviceConfigurationStates` (`microsoft.graph.deviceConfigurationState`).
    pub fn device_configuration_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("deviceConfigurationStates"),
        )
    }
    /// Containment navigation property `logCollectionRequests` (`microsoft.graph.deviceLogCollectionResponse`).
    pub fn log_collection_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceLogCollectionResponse,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("logCollectionRequests"),
        )
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `users` (`microsoft.graph.user`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn users(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyUser,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("users"))
    }
    /// Containment navigation property `windowsProtectionState` (`microsoft.graph.windowsProtectionState`).
    pub fn windows_protection_state(
        &self,
    ) -> crate::v1::requests::WindowsProtectionStatePath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::WindowsProtectionStatePath::new(
            self.0.target().segment("windowsProtectionState"),
        )
    }
    /// Bypass activation lock
    ///
    /// `POST .../bypassActivationLock`: action `microsoft.graph.bypassActivationLock`.
    pub fn bypass_activation_lock(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("bypassActivationLock"),
            rt::request::NoBody,
        )
    }
    /// Clean Windows device
    ///
    /// `POST .../cleanWindowsDevice`: action `microsoft.graph.cleanWindowsDevice`.
    pub fn clean_windows_device(
        &self,
        params: crate::v1::params::ManagedDeviceCleanWindowsDeviceParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ManagedDeviceCleanWindowsDeviceParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("cleanWindowsDevice"),
            rt::request::Json(params),
        )
    }
    /// Delete user from shared Apple device
    ///
    /// `POST .../deleteUserFromSharedAppleDevice`: action `microsoft.graph.deleteUserFromSharedAppleDevice`.
    pub fn delete_user_from_shared_apple_device(
        &self,
        params: crate::v1::params::ManagedDeviceDeleteUserFromSharedAppleDeviceParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::ManagedDeviceDeleteUserFromSharedAppleDeviceParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("deleteUserFromSharedAppleDevice"),
            rt::request::Json(params),
        )
    }
    /// Disable lost mode
    ///
    /// `POST .../disableLostMode`: action `microsoft.graph.disableLostMode`.
    pub fn disable_lost_mode(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("disableLostMode"),
            rt::request::NoBody,
        )
    }
    /// Locate a device
    ///
    /// `POST .../locateDevice`: action `microsoft.graph.locateDevice`.
    pub fn locate_device(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("locateDevice"),
            rt::request::NoBody,
        )
    }
    /// Logout shared Apple device active user
    ///
    /// `POST .../logoutSharedAppleDeviceActiveUser`: action `microsoft.graph.logoutSharedAppleDeviceActiveUser`.
    pub fn logout_shared_apple_device_active_user(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("logoutSharedAppleDeviceActiveUser"),
            rt::request::NoBody,
        )
    }
    /// Reboot device
    ///
    /// `POST .../rebootNow`: action `microsoft.graph.rebootNow`.
    pub fn reboot_now(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("rebootNow"),
            rt::request::NoBody,
        )
    }
    /// Recover passcode
    ///
    /// `POST .../recoverPasscode`: action `microsoft.graph.recoverPasscode`.
    pub fn recover_passcode(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("recoverPasscode"),
            rt::request::NoBody,
        )
    }
    /// Remote lock
    ///
    /// `POST .../remoteLock`: action `microsoft.graph.remoteLock`.
    pub fn remote_lock(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("remoteLock"),
            rt::request::NoBody,
        )
    }
    /// Request remote assistance
    ///
    /// `POST .../requestRemoteAssistance`: action `microsoft.graph.requestRemoteAssistance`.
    pub fn request_remote_assistance(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("requestRemoteAssistance"),
            rt::request::NoBody,
        )
    }
    /// Reset passcode
    ///
    /// `POST .../resetPasscode`: action `microsoft.graph.resetPasscode`.
    pub fn reset_passcode(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("resetPasscode"),
            rt::request::NoBody,
        )
    }
    /// Retire a device
    ///
    /// `POST .../retire`: action `microsoft.graph.retire`.
    pub fn retire(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("retire"),
            rt::request::NoBody,
        )
    }
    /// Shut down device
    ///
    /// `POST .../shutDown`: action `microsoft.graph.shutDown`.
    pub fn shut_down(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("shutDown"),
            rt::request::NoBody,
        )
    }
    /// `POST .../syncDevice`: action `microsoft.graph.syncDevice`.
    pub fn sync_device(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("syncDevice"),
            rt::request::NoBody,
        )
    }
    /// `POST .../updateWindowsDeviceAccount`: action `microsoft.graph.updateWindowsDeviceAccount`.
    pub fn update_windows_device_account(
        &self,
        params: crate::v1::params::ManagedDeviceUpdateWindowsDeviceAccountParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::ManagedDeviceUpdateWindowsDeviceAccountParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("updateWindowsDeviceAccount"),
            rt::request::Json(params),
        )
    }
    /// `POST .../windowsDefenderScan`: action `microsoft.graph.windowsDefenderScan`.
    pub fn windows_defender_scan(
        &self,
        params: crate::v1::params::ManagedDeviceWindowsDefenderScanParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ManagedDeviceWindowsDefenderScanParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("windowsDefenderScan"),
            rt::request::Json(params),
        )
    }
    /// `POST .../windowsDefenderUpdateSignatures`: action `microsoft.graph.windowsDefenderUpdateSignatures`.
    pub fn windows_defender_update_signatures(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("windowsDefenderUpdateSignatures"),
            rt::request::NoBody,
        )
    }
    /// Wipe a device
    ///
    /// `POST .../wipe`: action `microsoft.graph.wipe`.
    pub fn wipe(
        &self,
        params: crate::v1::params::ManagedDeviceWipeParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ManagedDeviceWipeParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("wipe"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ManagedDevice {
    const SEGMENT: &'static str = "microsoft.graph.managedDevice";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::v1::requests::ManagedDeviceMobileAppConfigurationPath<C> {
    /// Containment navigation property `assignments` (`microsoft.graph.managedDeviceMobileAppConfigurationAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ManagedDeviceMobileAppConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus`).
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ManagedDeviceMobileAppConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusSummary` (`microsoft.graph.managedDeviceMobileAppConfigurationDeviceSummary`).
    pub fn device_status_summary(
        &self,
    ) -> crate::v1::requests::ManagedDeviceMobileAppConfigurationDeviceSummaryPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::ManagedDeviceMobileAppConfigurationDeviceSummaryPath::new(
            self.0.target().segment("deviceStatusSummary"),
        )
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.managedDeviceMobileAppConfigurationUserStatus`).
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ManagedDeviceMobileAppConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusSummary` (`microsoft.graph.managedDeviceMobileAppConfigurationUserSummary`).
    pub fn user_status_summary(
        &self,
    ) -> crate::v1::requests::ManagedDeviceMobileAppConfigurationUserSummaryPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::ManagedDeviceMobileAppConfigurationUserSummaryPath::new(
            self.0.target().segment("userStatusSummary"),
        )
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::ManagedDeviceMobileAppConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::ManagedDeviceMobileAppConfigurationAssignParams,
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
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyManagedDeviceMobileAppConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.managedDeviceMobileAppConfiguration";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::v1::requests::ManagedDeviceMobileAppConfigurationAssignmentPath<C> {
    /// Structural property `target` (`microsoft.graph.deviceAndAppManagementAssignmentTarget`), addressed on its own: `GET` or `PATCH` it.
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::AnyDeviceAndAppManagementAssignmentTarget,
    > {
        crate::path::PropertyPath::new(self.0.target().segment("target"))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ManagedDeviceMobileAppConfigurationAssignment {
    const SEGMENT: &'static str = "microsoft.graph.managedDeviceMobileAppConfigurationAssignment";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ManagedDeviceMobileAppConfigurationDeviceStatus {
    const SEGMENT: &'static str = "microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ManagedDeviceMobileAppConfigurationDeviceSummary {
    const SEGMENT: &'static str = "microsoft.graph.managedDeviceMobileAppConfigurationDeviceSummary";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ManagedDeviceMobileAppConfigurationUserStatus {
    const SEGMENT: &'static str = "microsoft.graph.managedDeviceMobileAppConfigurationUserStatus";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ManagedDeviceMobileAppConfigurationUserSummary {
    const SEGMENT: &'static str = "microsoft.graph.managedDeviceMobileAppConfigurationUserSummary";
}
#[cfg(msgraph_v1_search)]
/// Features: `v1` or `v1-search`.
impl<C> crate::v1::requests::ManagedDeviceOverviewPath<C> {
    /// Structural property `deviceExchangeAccessStateSummary` (`microsoft.graph.deviceExchangeAccessStateSummary`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_exchange_access_state_summary(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DeviceExchangeAccessStateSummary> {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceExchangeAccessStateSummary"),
        )
    }
    /// Structural property `deviceOperatingSystemSummary` (`microsoft.graph.deviceOperatingSystemSummary`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_operating_system_summary(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DeviceOperatingSystemSummary> {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceOperatingSystemSummary"),
        )
    }
}
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ManagedDeviceOverview {
    const SEGMENT: &'static str = "microsoft.graph.managedDeviceOverview";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::v1::requests::ManagedEBookPath<C> {
    /// Structural property `largeCover` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn large_cover(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.0.target().segment("largeCover"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.managedEBookAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyManagedEBookAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `deviceStates` (`microsoft.graph.deviceInstallState`).
    pub fn device_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceInstallState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceStates"))
    }
    /// Containment navigation property `installSummary` (`microsoft.graph.eBookInstallSummary`).
    pub fn install_summary(
        &self,
    ) -> crate::v1::requests::EBookInstallSummaryPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::EBookInstallSummaryPath::new(
            self.0.target().segment("installSummary"),
        )
    }
    /// Containment navigation property `userStateSummary` (`microsoft.graph.userInstallStateSummary`).
    pub fn user_state_summary(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UserInstallStateSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userStateSummary"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::ManagedEBookAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ManagedEBookAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyManagedEBook {
    const SEGMENT: &'static str = "microsoft.graph.managedEBook";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::v1::requests::ManagedEBookAssignmentPath<C> {
    /// Structural property `target` (`microsoft.graph.deviceAndAppManagementAssignmentTarget`), addressed on its own: `GET` or `PATCH` it.
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::AnyDeviceAndAppManagementAssignmentTarget,
    > {
        crate::path::PropertyPath::new(self.0.target().segment("target"))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyManagedEBookAssignment {
    const SEGMENT: &'static str = "microsoft.graph.managedEBookAssignment";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::v1::requests::ManagedIosLobAppPath<C> {
    /// Structural property `applicableDeviceType` (`microsoft.graph.iosDeviceType`), addressed on its own: `GET` or `PATCH` it.
    pub fn applicable_device_type(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::IosDeviceType> {
        crate::path::PropertyPath::new(self.0.target().segment("applicableDeviceType"))
    }
    /// Structural property `minimumSupportedOperatingSystem` (`microsoft.graph.iosMinimumOperatingSystem`), addressed on its own: `GET` or `PATCH` it.
    pub fn minimum_supported_operating_system(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::IosMinimumOperatingSystem> {
        crate::path::PropertyPath::new(
            self.0.target().segment("minimumSupportedOperatingSystem"),
        )
    }
    /// Containment navigation property `contentVersions` (`microsoft.graph.mobileAppContent`).
    pub fn content_versions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppContent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("contentVersions"))
    }
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.0.target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedMobileLobApp>
for crate::v1::ManagedIosLobApp {
    const SEGMENT: &'static str = "microsoft.graph.managedIOSLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedApp> for crate::v1::ManagedIosLobApp {
    const SEGMENT: &'static str = "microsoft.graph.managedIOSLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp> for crate::v1::ManagedIosLobApp {
    const SEGMENT: &'static str = "microsoft.graph.managedIOSLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ManagedIosLobApp {
    const SEGMENT: &'static str = "microsoft.graph.managedIOSLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::v1::requests::ManagedIosStoreAppPath<C> {
    /// Structural property `applicableDeviceType` (`microsoft.graph.iosDeviceType`), addressed on its own: `GET` or `PATCH` it.
    pub fn applicable_device_type(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::IosDeviceType> {
        crate::path::PropertyPath::new(self.0.target().segment("applicableDeviceType"))
    }
    /// Structural property `minimumSupportedOperatingSystem` (`microsoft.graph.iosMinimumOperatingSystem`), addressed on its own: `GET` or `PATCH` it.
    pub fn minimum_supported_operating_system(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::IosMinimumOperatingSystem> {
        crate::path::PropertyPath::new(
            self.0.target().segment("minimumSupportedOperatingSystem"),
        )
    }
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.0.target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedApp>
for crate::v1::ManagedIosStoreApp {
    const SEGMENT: &'static str = "microsoft.graph.managedIOSStoreApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp>
for crate::v1::ManagedIosStoreApp {
    const SEGMENT: &'static str = "microsoft.graph.managedIOSStoreApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ManagedIosStoreApp {
    const SEGMENT: &'static str = "microsoft.graph.managedIOSStoreApp";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::v1::requests::ManagedMobileAppPath<C> {
    /// Structural property `mobileAppIdentifier` (`microsoft.graph.mobileAppIdentifier`), addressed on its own: `GET` or `PATCH` it.
    pub fn mobile_app_identifier(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyMobileAppIdentifier> {
        crate::path::PropertyPath::new(self.0.target().segment("mobileAppIdentifier"))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ManagedMobileApp {
    const SEGMENT: &'static str = "microsoft.graph.managedMobileApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::v1::requests::ManagedMobileLobAppPath<C> {
    /// Containment navigation property `contentVersions` (`microsoft.graph.mobileAppContent`).
    pub fn content_versions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppContent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("contentVersions"))
    }
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.0.target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedApp>
for crate::v1::AnyManagedMobileLobApp {
    const SEGMENT: &'static str = "microsoft.graph.managedMobileLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp>
for crate::v1::AnyManagedMobileLobApp {
    const SEGMENT: &'static str = "microsoft.graph.managedMobileLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyManagedMobileLobApp {
    const SEGMENT: &'static str = "microsoft.graph.managedMobileLobApp";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::v1::requests::MdmWindowsInformationProtectionPolicyPath<C> {
    /// Structural property `dataRecoveryCertificate` (`microsoft.graph.windowsInformationProtectionDataRecoveryCertificate`), addressed on its own: `GET` or `PATCH` it.
    pub fn data_recovery_certificate(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::WindowsInformationProtectionDataRecoveryCertificate,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("dataRecoveryCertificate"),
        )
    }
    /// Containment navigation property `assignments` (`microsoft.graph.targetedManagedAppPolicyAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TargetedManagedAppPolicyAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `exemptAppLockerFiles` (`microsoft.graph.windowsInformationProtectionAppLockerFile`).
    pub fn exempt_app_locker_files(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WindowsInformationProtectionAppLockerFile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("exemptAppLockerFiles"))
    }
    /// Containment navigation property `protectedAppLockerFiles` (`microsoft.graph.windowsInformationProtectionAppLockerFile`).
    pub fn protected_app_locker_files(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WindowsInformationProtectionAppLockerFile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("protectedAppLockerFiles"),
        )
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::WindowsInformationProtectionAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WindowsInformationProtectionAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../targetApps`: action `microsoft.graph.targetApps`.
    pub fn target_apps(
        &self,
        params: crate::v1::params::ManagedAppPolicyTargetAppsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ManagedAppPolicyTargetAppsParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("targetApps"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyWindowsInformationProtection>
for crate::v1::MdmWindowsInformationProtectionPolicy {
    const SEGMENT: &'static str = "microsoft.graph.mdmWindowsInformationProtectionPolicy";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedAppPolicy>
for crate::v1::MdmWindowsInformationProtectionPolicy {
    const SEGMENT: &'static str = "microsoft.graph.mdmWindowsInformationProtectionPolicy";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MdmWindowsInformationProtectionPolicy {
    const SEGMENT: &'static str = "microsoft.graph.mdmWindowsInformationProtectionPolicy";
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::v1::requests::MeetingAttendanceReportPath<C> {
    /// Containment navigation property `attendanceRecords` (`microsoft.graph.attendanceRecord`).
    pub fn attendance_records(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AttendanceRecord,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("attendanceRecords"))
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MeetingAttendanceReport {
    const SEGMENT: &'static str = "microsoft.graph.meetingAttendanceReport";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<C> crate::v1::requests::MembershipOutlierInsightPath<C> {
    /// Navigation property `container` (`microsoft.graph.directoryObject`).
    pub fn container(
        &self,
    ) -> crate::v1::requests::DirectoryObjectPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::v1::requests::DirectoryObjectPath::new(
            self.0.target().segment("container"),
        )
    }
    /// Navigation property `lastModifiedBy` (`microsoft.graph.user`).
    pub fn last_modified_by(
        &self,
    ) -> crate::v1::requests::UserPath<crate::path::caps::GetUpdateDeleteRef> {
        crate::v1::requests::UserPath::new(self.0.target().segment("lastModifiedBy"))
    }
    /// Navigation property `member` (`microsoft.graph.directoryObject`).
    pub fn member(
        &self,
    ) -> crate::v1::requests::DirectoryObjectPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::v1::requests::DirectoryObjectPath::new(self.0.target().segment("member"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyGovernanceInsight>
for crate::v1::MembershipOutlierInsight {
    const SEGMENT: &'static str = "microsoft.graph.membershipOutlierInsight";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MembershipOutlierInsight {
    const SEGMENT: &'static str = "microsoft.graph.membershipOutlierInsight";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::v1::requests::MessagePath<C> {
    /// The media content (`$value`) of this entity.
    pub fn value(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.0.target().segment("$value"))
    }
    /// Structural property `body` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    pub fn body(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.0.target().segment("body"))
    }
    /// Structural property `flag` (`microsoft.graph.followupFlag`), addressed on its own: `GET` or `PATCH` it.
    pub fn flag(&self) -> crate::path::PropertyPath<crate::v1::FollowupFlag> {
        crate::path::PropertyPath::new(self.0.target().segment("flag"))
    }
    /// Structural property `from` (`microsoft.graph.recipient`), addressed on its own: `GET` or `PATCH` it.
    pub fn from(&self) -> crate::path::PropertyPath<crate::v1::AnyRecipient> {
        crate::path::PropertyPath::new(self.0.target().segment("from"))
    }
    /// Structural property `sender` (`microsoft.graph.recipient`), addressed on its own: `GET` or `PATCH` it.
    pub fn sender(&self) -> crate::path::PropertyPath<crate::v1::AnyRecipient> {
        crate::path::PropertyPath::new(self.0.target().segment("sender"))
    }
    /// Structural property `uniqueBody` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    pub fn unique_body(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.0.target().segment("uniqueBody"))
    }
    /// Containment navigation property `attachments` (`microsoft.graph.attachment`).
    pub fn attachments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyAttachment,
        crate::path::caps::ListCreateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("attachments"))
    }
    /// Containment navigation property `extensions` (`microsoft.graph.extension`).
    pub fn extensions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyExtension,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("extensions"))
    }
    /// `POST .../copy`: action `microsoft.graph.copy`.
    pub fn copy(
        &self,
        params: crate::v1::params::MessageCopyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageCopyParams>,
        rt::request::Entity<crate::v1::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("copy"),
            rt::request::Json(params),
        )
    }
    /// `POST .../createForward`: action `microsoft.graph.createForward`.
    pub fn create_forward(
        &self,
        params: crate::v1::params::MessageCreateForwardParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageCreateForwardParams>,
        rt::request::Entity<crate::v1::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("createForward"),
            rt::request::Json(params),
        )
    }
    /// `POST .../createReply`: action `microsoft.graph.createReply`.
    pub fn create_reply(
        &self,
        params: crate::v1::params::MessageCreateReplyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageCreateReplyParams>,
        rt::request::Entity<crate::v1::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("createReply"),
            rt::request::Json(params),
        )
    }
    /// `POST .../createReplyAll`: action `microsoft.graph.createReplyAll`.
    pub fn create_reply_all(
        &self,
        params: crate::v1::params::MessageCreateReplyAllParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageCreateReplyAllParams>,
        rt::request::Entity<crate::v1::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("createReplyAll"),
            rt::request::Json(params),
        )
    }
    /// `POST .../forward`: action `microsoft.graph.forward`.
    pub fn forward(
        &self,
        params: crate::v1::params::MessageForwardParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageForwardParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("forward"),
            rt::request::Json(params),
        )
    }
    /// `POST .../move`: action `microsoft.graph.move`.
    pub fn move_(
        &self,
        params: crate::v1::params::MessageMoveParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageMoveParams>,
        rt::request::Entity<crate::v1::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("move"),
            rt::request::Json(params),
        )
    }
    /// `POST .../permanentDelete`: action `microsoft.graph.permanentDelete`.
    pub fn permanent_delete(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("permanentDelete"),
            rt::request::NoBody,
        )
    }
    /// `POST .../reply`: action `microsoft.graph.reply`.
    pub fn reply(
        &self,
        params: crate::v1::params::MessageReplyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageReplyParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("reply"),
            rt::request::Json(params),
        )
    }
    /// `POST .../replyAll`: action `microsoft.graph.replyAll`.
    pub fn reply_all(
        &self,
        params: crate::v1::params::MessageReplyAllParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageReplyAllParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("replyAll"),
            rt::request::Json(params),
        )
    }
    /// `POST .../send`: action `microsoft.graph.send`.
    pub fn send(&self) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("send"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyOutlookItem> for crate::v1::AnyMessage {
    const SEGMENT: &'static str = "microsoft.graph.message";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyMessage {
    const SEGMENT: &'static str = "microsoft.graph.message";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::AnyMessage, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::v1::requests::MessageRulePath<C> {
    /// Structural property `actions` (`microsoft.graph.messageRuleActions`), addressed on its own: `GET` or `PATCH` it.
    pub fn actions(&self) -> crate::path::PropertyPath<crate::v1::MessageRuleActions> {
        crate::path::PropertyPath::new(self.0.target().segment("actions"))
    }
    /// Structural property `conditions` (`microsoft.graph.messageRulePredicates`), addressed on its own: `GET` or `PATCH` it.
    pub fn conditions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::MessageRulePredicates> {
        crate::path::PropertyPath::new(self.0.target().segment("conditions"))
    }
    /// Structural property `exceptions` (`microsoft.graph.messageRulePredicates`), addressed on its own: `GET` or `PATCH` it.
    pub fn exceptions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::MessageRulePredicates> {
        crate::path::PropertyPath::new(self.0.target().segment("exceptions"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::MessageRule {
    const SEGMENT: &'static str = "microsoft.graph.messageRule";
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl<C> crate::v1::requests::MessageTracingRootPath<C> {
    /// Containment navigation property `messageTraces` (`microsoft.graph.exchangeMessageTrace`).
    pub fn message_traces(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ExchangeMessageTrace,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("messageTraces"))
    }
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::MessageTracingRoot {
    const SEGMENT: &'static str = "microsoft.graph.messageTracingRoot";
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyConversationMember>
for crate::v1::MicrosoftAccountUserConversationMember {
    const SEGMENT: &'static str = "microsoft.graph.microsoftAccountUserConversationMember";
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MicrosoftAccountUserConversationMember {
    const SEGMENT: &'static str = "microsoft.graph.microsoftAccountUserConversationMember";
}
#[cfg(msgraph_v1_core_or_teamwork)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<
    C,
> crate::path::CollectionPath<crate::v1::MicrosoftAccountUserConversationMember, C> {
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
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::v1::requests::MicrosoftAuthenticatorAuthenticationMethodPath<C> {
    /// Navigation property `device` (`microsoft.graph.device`).
    pub fn device(
        &self,
    ) -> crate::v1::requests::DevicePath<crate::path::caps::GetUpdateDeleteRef> {
        crate::v1::requests::DevicePath::new(self.0.target().segment("device"))
    }
    /// `POST .../resetPassword`: action `microsoft.graph.resetPassword`.
    pub fn reset_password(
        &self,
        params: crate::v1::params::AuthenticationMethodResetPasswordParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::AuthenticationMethodResetPasswordParams>,
        rt::request::Entity<crate::v1::PasswordResetResponse>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("resetPassword"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationMethod>
for crate::v1::MicrosoftAuthenticatorAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.microsoftAuthenticatorAuthenticationMethod";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MicrosoftAuthenticatorAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.microsoftAuthenticatorAuthenticationMethod";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
impl<
    C,
> crate::v1::requests::MicrosoftAuthenticatorAuthenticationMethodConfigurationPath<C> {
    /// Structural property `featureSettings` (`microsoft.graph.microsoftAuthenticatorFeatureSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn feature_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::MicrosoftAuthenticatorFeatureSettings> {
        crate::path::PropertyPath::new(self.0.target().segment("featureSettings"))
    }
    /// Containment navigation property `includeTargets` (`microsoft.graph.microsoftAuthenticatorAuthenticationMethodTarget`).
    pub fn include_targets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MicrosoftAuthenticatorAuthenticationMethodTarget,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("includeTargets"))
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationMethodConfiguration>
for crate::v1::MicrosoftAuthenticatorAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.microsoftAuthenticatorAuthenticationMethodConfiguration";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MicrosoftAuthenticatorAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.microsoftAuthenticatorAuthenticationMethodConfiguration";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationMethodTarget>
for crate::v1::MicrosoftAuthenticatorAuthenticationMethodTarget {
    const SEGMENT: &'static str = "microsoft.graph.microsoftAuthenticatorAuthenticationMethodTarget";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MicrosoftAuthenticatorAuthenticationMethodTarget {
    const SEGMENT: &'static str = "microsoft.graph.microsoftAuthenticatorAuthenticationMethodTarget";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::v1::requests::MicrosoftStoreForBusinessAppPath<C> {
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.0.target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp>
for crate::v1::MicrosoftStoreForBusinessApp {
    const SEGMENT: &'static str = "microsoft.graph.microsoftStoreForBusinessApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MicrosoftStoreForBusinessApp {
    const SEGMENT: &'static str = "microsoft.graph.microsoftStoreForBusinessApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::v1::requests::MobileAppPath<C> {
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.0.target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyMobileApp {
    const SEGMENT: &'static str = "microsoft.graph.mobileApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::v1::requests::MobileAppAssignmentPath<C> {
    /// Structural property `settings` (`microsoft.graph.mobileAppAssignmentSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyMobileAppAssignmentSettings> {
        crate::path::PropertyPath::new(self.0.target().segment("settings"))
    }
    /// Structural property `target` (`microsoft.graph.deviceAndAppManagementAssignmentTarget`), addressed on its own: `GET` or `PATCH` it.
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::AnyDeviceAndAppManagementAssignmentTarget,
    > {
        crate::path::PropertyPath::new(self.0.target().segment("target"))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::MobileAppAssignment {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppAssignment";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::MobileAppCategory {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppCategory";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::v1::requests::MobileAppContentPath<C> {
    /// Containment navigation property `containedApps` (`microsoft.graph.mobileContainedApp`).
    pub fn contained_apps(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyMobileContainedApp,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("containedApps"))
    }
    /// Containment navigation property `files` (`microsoft.graph.mobileAppContentFile`).
    pub fn files(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppContentFile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("files"))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::MobileAppContent {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppContent";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::v1::requests::MobileAppContentFilePath<C> {
    /// Commits a file of a given app.
    ///
    /// `POST .../commit`: action `microsoft.graph.commit`.
    pub fn commit(
        &self,
        params: crate::v1::params::MobileAppContentFileCommitParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppContentFileCommitParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("commit"),
            rt::request::Json(params),
        )
    }
    /// Renews the SAS URI for an application file upload.
    ///
    /// `POST .../renewUpload`: action `microsoft.graph.renewUpload`.
    pub fn renew_upload(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("renewUpload"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::MobileAppContentFile {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppContentFile";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MobileAppRelationship {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppRelationship";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::v1::requests::MobileAppTroubleshootingEventPath<C> {
    /// Containment navigation property `appLogCollectionRequests` (`microsoft.graph.appLogCollectionRequest`).
    pub fn app_log_collection_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AppLogCollectionRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("appLogCollectionRequests"),
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MobileAppTroubleshootingEvent {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppTroubleshootingEvent";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyMobileContainedApp {
    const SEGMENT: &'static str = "microsoft.graph.mobileContainedApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::v1::requests::MobileLobAppPath<C> {
    /// Containment navigation property `contentVersions` (`microsoft.graph.mobileAppContent`).
    pub fn content_versions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppContent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("contentVersions"))
    }
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.0.target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp> for crate::v1::AnyMobileLobApp {
    const SEGMENT: &'static str = "microsoft.graph.mobileLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyMobileLobApp {
    const SEGMENT: &'static str = "microsoft.graph.mobileLobApp";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MobileThreatDefenseConnector {
    const SEGMENT: &'static str = "microsoft.graph.mobileThreatDefenseConnector";
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
/// Features: `v1`, or one of `v1-search`, `v1-tenant-relationships`.
impl<C> crate::v1::requests::MultiTenantOrganizationPath<C> {
    /// Containment navigation property `joinRequest` (`microsoft.graph.multiTenantOrganizationJoinRequestRecord`).
    pub fn join_request(
        &self,
    ) -> crate::v1::requests::MultiTenantOrganizationJoinRequestRecordPath<
        crate::path::caps::GetUpdate,
    > {
        crate::v1::requests::MultiTenantOrganizationJoinRequestRecordPath::new(
            self.0.target().segment("joinRequest"),
        )
    }
    /// Containment navigation property `tenants` (`microsoft.graph.multiTenantOrganizationMember`).
    pub fn tenants(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MultiTenantOrganizationMember,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("tenants"))
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MultiTenantOrganization {
    const SEGMENT: &'static str = "microsoft.graph.multiTenantOrganization";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::v1::requests::MultiTenantOrganizationIdentitySyncPolicyTemplatePath<C> {
    /// Structural property `userSyncInbound` (`microsoft.graph.crossTenantUserSyncInbound`), addressed on its own: `GET` or `PATCH` it.
    pub fn user_sync_inbound(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CrossTenantUserSyncInbound> {
        crate::path::PropertyPath::new(self.0.target().segment("userSyncInbound"))
    }
    /// `POST .../resetToDefaultSettings`: action `microsoft.graph.resetToDefaultSettings`.
    pub fn reset_to_default_settings(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("resetToDefaultSettings"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MultiTenantOrganizationIdentitySyncPolicyTemplate {
    const SEGMENT: &'static str = "microsoft.graph.multiTenantOrganizationIdentitySyncPolicyTemplate";
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
/// Features: `v1`, or one of `v1-search`, `v1-tenant-relationships`.
impl<C> crate::v1::requests::MultiTenantOrganizationJoinRequestRecordPath<C> {
    /// Structural property `transitionDetails` (`microsoft.graph.multiTenantOrganizationJoinRequestTransitionDetails`), addressed on its own: `GET` or `PATCH` it.
    pub fn transition_details(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::MultiTenantOrganizationJoinRequestTransitionDetails,
    > {
        crate::path::PropertyPath::new(self.0.target().segment("transitionDetails"))
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MultiTenantOrganizationJoinRequestRecord {
    const SEGMENT: &'static str = "microsoft.graph.multiTenantOrganizationJoinRequestRecord";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::v1::requests::MultiTenantOrganizationMemberPath<C> {
    /// Structural property `transitionDetails` (`microsoft.graph.multiTenantOrganizationMemberTransitionDetails`), addressed on its own: `GET` or `PATCH` it.
    pub fn transition_details(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::MultiTenantOrganizationMemberTransitionDetails,
    > {
        crate::path::PropertyPath::new(self.0.target().segment("transitionDetails"))
    }
    /// `POST .../checkMemberGroups`: action `microsoft.graph.checkMemberGroups`.
    pub fn check_member_groups(
        &self,
        params: crate::v1::params::DirectoryObjectCheckMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberGroupsParams>,
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
        params: crate::v1::params::DirectoryObjectCheckMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberObjectsParams>,
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
        params: crate::v1::params::DirectoryObjectGetMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberGroupsParams>,
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
        params: crate::v1::params::DirectoryObjectGetMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberObjectsParams>,
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
        rt::request::Entity<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject>
for crate::v1::MultiTenantOrganizationMember {
    const SEGMENT: &'static str = "microsoft.graph.multiTenantOrganizationMember";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MultiTenantOrganizationMember {
    const SEGMENT: &'static str = "microsoft.graph.multiTenantOrganizationMember";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::MultiTenantOrganizationMember, C> {
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
impl<C> crate::v1::requests::MultiTenantOrganizationPartnerConfigurationTemplatePath<C> {
    /// Structural property `automaticUserConsentSettings` (`microsoft.graph.inboundOutboundPolicyConfiguration`), addressed on its own: `GET` or `PATCH` it.
    pub fn automatic_user_consent_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::InboundOutboundPolicyConfiguration> {
        crate::path::PropertyPath::new(
            self.0.target().segment("automaticUserConsentSettings"),
        )
    }
    /// Structural property `b2bCollaborationInbound` (`microsoft.graph.crossTenantAccessPolicyB2BSetting`), addressed on its own: `GET` or `PATCH` it.
    pub fn b2b_collaboration_inbound(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyCrossTenantAccessPolicyB2bSetting> {
        crate::path::PropertyPath::new(
            self.0.target().segment("b2bCollaborationInbound"),
        )
    }
    /// Structural property `b2bCollaborationOutbound` (`microsoft.graph.crossTenantAccessPolicyB2BSetting`), addressed on its own: `GET` or `PATCH` it.
    pub fn b2b_collaboration_outbound(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyCrossTenantAccessPolicyB2bSetting> {
        crate::path::PropertyPath::new(
            self.0.target().segment("b2bCollaborationOutbound"),
        )
    }
    /// Structural property `b2bDirectConnectInbound` (`microsoft.graph.crossTenantAccessPolicyB2BSetting`), addressed on its own: `GET` or `PATCH` it.
    pub fn b2b_direct_connect_inbound(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyCrossTenantAccessPolicyB2bSetting> {
        crate::path::PropertyPath::new(
            self.0.target().segment("b2bDirectConnectInbound"),
        )
    }
    /// Structural property `b2bDirectConnectOutbound` (`microsoft.graph.crossTenantAccessPolicyB2BSetting`), addressed on its own: `GET` or `PATCH` it.
    pub fn b2b_direct_connect_outbound(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyCrossTenantAccessPolicyB2bSetting> {
        crate::path::PropertyPath::new(
            self.0.target().segment("b2bDirectConnectOutbound"),
        )
    }
    /// Structural property `inboundTrust` (`microsoft.graph.crossTenantAccessPolicyInboundTrust`), addressed on its own: `GET` or `PATCH` it.
    pub fn inbound_trust(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CrossTenantAccessPolicyInboundTrust> {
        crate::path::PropertyPath::new(self.0.target().segment("inboundTrust"))
    }
    /// `POST .../resetToDefaultSettings`: action `microsoft.graph.resetToDefaultSettings`.
    pub fn reset_to_default_settings(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("resetToDefaultSettings"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MultiTenantOrganizationPartnerConfigurationTemplate {
    const SEGMENT: &'static str = "microsoft.graph.multiTenantOrganizationPartnerConfigurationTemplate";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MultiValueLegacyExtendedProperty {
    const SEGMENT: &'static str = "microsoft.graph.multiValueLegacyExtendedProperty";
}
#[cfg(msgraph_v1_communications_or_search)]
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
impl<C> crate::v1::requests::MuteParticipantOperationPath<C> {
    /// Structural property `resultInfo` (`microsoft.graph.resultInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn result_info(&self) -> crate::path::PropertyPath<crate::v1::ResultInfo> {
        crate::path::PropertyPath::new(self.0.target().segment("resultInfo"))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyCommsOperation>
for crate::v1::MuteParticipantOperation {
    const SEGMENT: &'static str = "microsoft.graph.muteParticipantOperation";
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MuteParticipantOperation {
    const SEGMENT: &'static str = "microsoft.graph.muteParticipantOperation";
}
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::partners_billing::Manifest {
    const SEGMENT: &'static str = "microsoft.graph.partners.billing.manifest";
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl<C> crate::v1::requests::NamedLocationPath<C> {
    /// `POST .../restore`: action `microsoft.graph.restore`.
    pub fn restore(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyNamedLocation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyPolicyDeletableItem>
for crate::v1::AnyNamedLocation {
    const SEGMENT: &'static str = "microsoft.graph.namedLocation";
}
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::v1::requests::NotebookPath<C> {
    /// Structural property `links` (`microsoft.graph.notebookLinks`), addressed on its own: `GET` or `PATCH` it.
    pub fn links(&self) -> crate::path::PropertyPath<crate::v1::NotebookLinks> {
        crate::path::PropertyPath::new(self.0.target().segment("links"))
    }
    /// Containment navigation property `sectionGroups` (`microsoft.graph.sectionGroup`).
    pub fn section_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SectionGroup,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("sectionGroups"))
    }
    /// Containment navigation property `sections` (`microsoft.graph.onenoteSection`).
    pub fn sections(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::OnenoteSection,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("sections"))
    }
    /// `POST .../copyNotebook`: action `microsoft.graph.copyNotebook`.
    pub fn copy_notebook(
        &self,
        params: crate::v1::params::NotebookCopyNotebookParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::NotebookCopyNotebookParams>,
        rt::request::Entity<crate::v1::OnenoteOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("copyNotebook"),
            rt::request::Json(params),
        )
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyOnenoteEntityHierarchyModel>
for crate::v1::Notebook {
    const SEGMENT: &'static str = "microsoft.graph.notebook";
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyOnenoteEntitySchemaObjectModel>
for crate::v1::Notebook {
    const SEGMENT: &'static str = "microsoft.graph.notebook";
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyOnenoteEntityBaseModel>
for crate::v1::Notebook {
    const SEGMENT: &'static str = "microsoft.graph.notebook";
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Notebook {
    const SEGMENT: &'static str = "microsoft.graph.notebook";
}
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::Notebook, C> {
    /// `POST .../getNotebookFromWebUrl`: action `microsoft.graph.getNotebookFromWebUrl`.
    pub fn get_notebook_from_web_url(
        &self,
        params: crate::v1::params::NotebookCollectionGetNotebookFromWebUrlParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::NotebookCollectionGetNotebookFromWebUrlParams,
        >,
        rt::request::Entity<crate::v1::CopyNotebookModel>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getNotebookFromWebUrl"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getRecentNotebooks`: function `microsoft.graph.getRecentNotebooks`.
    pub fn get_recent_notebooks(
        &self,
        include_personal_notebooks: bool,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::RecentNotebook>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getRecentNotebooks",
                    &[
                        (
                            "includePersonalNotebooks",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(
                                    &include_personal_notebooks,
                                ),
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
impl<C> crate::v1::requests::NotificationMessageTemplatePath<C> {
    /// Containment navigation property `localizedNotificationMessages` (`microsoft.graph.localizedNotificationMessage`).
    pub fn localized_notification_messages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::LocalizedNotificationMessage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("localizedNotificationMessages"),
        )
    }
    /// Sends test message using the specified notificationMessageTemplate in the default locale
    ///
    /// `POST .../sendTestMessage`: action `microsoft.graph.sendTestMessage`.
    pub fn send_test_message(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("sendTestMessage"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::NotificationMessageTemplate {
    const SEGMENT: &'static str = "microsoft.graph.notificationMessageTemplate";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::NetworkAdapter {
    const SEGMENT: &'static str = "microsoft.graph.security.networkAdapter";
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::teams_administration::NumberAssignment {
    const SEGMENT: &'static str = "microsoft.graph.teamsAdministration.numberAssignment";
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl<
    C,
> crate::path::CollectionPath<crate::v1::teams_administration::NumberAssignment, C> {
    /// `POST .../microsoft.graph.teamsAdministration.assignNumber`: action `microsoft.graph.teamsAdministration.assignNumber`.
    pub fn assign_number(
        &self,
        params: crate::v1::params::NumberAssignmentCollectionAssignNumberParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::NumberAssignmentCollectionAssignNumberParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.teamsAdministration.assignNumber"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.teamsAdministration.unassignNumber`: action `microsoft.graph.teamsAdministration.unassignNumber`.
    pub fn unassign_number(
        &self,
        params: crate::v1::params::NumberAssignmentCollectionUnassignNumberParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::NumberAssignmentCollectionUnassignNumberParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.teamsAdministration.unassignNumber"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.teamsAdministration.updateNumber`: action `microsoft.graph.teamsAdministration.updateNumber`.
    pub fn update_number(
        &self,
        params: crate::v1::params::NumberAssignmentCollectionUpdateNumberParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::NumberAssignmentCollectionUpdateNumberParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.teamsAdministration.updateNumber"),
            rt::request::Json(params),
        )
    }
}
