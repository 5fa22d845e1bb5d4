//! Items of `requests` by the first letters of their types' names (`i_l`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_identity_or_search)]
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
impl dyn crate::beta::requests::IdentityApiConnectorPath {
    /// Structural property `authenticationConfiguration` (`microsoft.graph.apiAuthenticationConfigurationBase`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn authentication_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyApiAuthenticationConfigurationBase> {
        crate::path::PropertyPath::new(
            self.node_target().segment("authenticationConfiguration"),
        )
    }
    /// `POST .../uploadClientCertificate`: action `microsoft.graph.uploadClientCertificate`.
    #[inline]
    pub fn upload_client_certificate(
        &self,
        params: crate::beta::params::IdentityApiConnectorUploadClientCertificateParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::IdentityApiConnectorUploadClientCertificateParams,
        >,
        rt::request::Entity<crate::beta::IdentityApiConnector>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("uploadClientCertificate"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::IdentityApiConnector {
    const SEGMENT: &'static str = "microsoft.graph.identityApiConnector";
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyIdentityUserFlowAttribute>
for crate::beta::IdentityBuiltInUserFlowAttribute {
    const SEGMENT: &'static str = "microsoft.graph.identityBuiltInUserFlowAttribute";
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::IdentityBuiltInUserFlowAttribute {
    const SEGMENT: &'static str = "microsoft.graph.identityBuiltInUserFlowAttribute";
}
#[cfg(msgraph_beta_identity)]
/// Features: `beta` or `beta-identity`.
impl dyn crate::beta::requests::IdentityContainerPath {
    /// Containment navigation property `conditionalAccess` (`microsoft.graph.conditionalAccessRoot`).
    #[inline]
    pub fn conditional_access(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::ConditionalAccessRoot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("conditionalAccess"))
    }
    /// Containment navigation property `apiConnectors` (`microsoft.graph.identityApiConnector`).
    #[inline]
    pub fn api_connectors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::IdentityApiConnector,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("apiConnectors"))
    }
    /// Containment navigation property `b2cUserFlows` (`microsoft.graph.b2cIdentityUserFlow`).
    #[inline]
    pub fn b2c_user_flows(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::B2cIdentityUserFlow,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("b2cUserFlows"))
    }
    /// Containment navigation property `b2xUserFlows` (`microsoft.graph.b2xIdentityUserFlow`).
    #[inline]
    pub fn b2x_user_flows(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::B2xIdentityUserFlow,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("b2xUserFlows"))
    }
    /// Containment navigation property `identityProviders` (`microsoft.graph.identityProviderBase`).
    #[inline]
    pub fn identity_providers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyIdentityProviderBase,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("identityProviders"))
    }
    /// Containment navigation property `userFlowAttributes` (`microsoft.graph.identityUserFlowAttribute`).
    #[inline]
    pub fn user_flow_attributes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyIdentityUserFlowAttribute,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("userFlowAttributes"),
        )
    }
    /// Containment navigation property `userFlows` (`microsoft.graph.identityUserFlow`).
    #[inline]
    pub fn user_flows(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyIdentityUserFlow,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("userFlows"))
    }
    /// Containment navigation property `continuousAccessEvaluationPolicy` (`microsoft.graph.continuousAccessEvaluationPolicy`).
    #[inline]
    pub fn continuous_access_evaluation_policy(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::ContinuousAccessEvaluationPolicy,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("continuousAccessEvaluationPolicy"),
        )
    }
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyIdentityUserFlowAttribute>
for crate::beta::IdentityCustomUserFlowAttribute {
    const SEGMENT: &'static str = "microsoft.graph.identityCustomUserFlowAttribute";
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::IdentityCustomUserFlowAttribute {
    const SEGMENT: &'static str = "microsoft.graph.identityCustomUserFlowAttribute";
}
#[cfg(msgraph_beta_identity_governance)]
/// Features: `beta` or `beta-identity-governance`.
impl dyn crate::beta::requests::IdentityGovernancePath {
    /// Containment navigation property `accessReviews` (`microsoft.graph.accessReviewSet`).
    #[inline]
    pub fn access_reviews(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AccessReviewSet,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("accessReviews"))
    }
    /// Containment navigation property `appConsent` (`microsoft.graph.appConsentApprovalRoute`).
    #[inline]
    pub fn app_consent(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AppConsentApprovalRoute,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("appConsent"))
    }
    /// Containment navigation property `termsOfUse` (`microsoft.graph.termsOfUseContainer`).
    #[inline]
    pub fn terms_of_use(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::TermsOfUseContainer,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("termsOfUse"))
    }
    /// Containment navigation property `entitlementManagement` (`microsoft.graph.entitlementManagement`).
    #[inline]
    pub fn entitlement_management(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::EntitlementManagement,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("entitlementManagement"))
    }
}
#[cfg(msgraph_beta_identity_protection)]
/// Features: `beta` or `beta-identity-protection`.
impl dyn crate::beta::requests::IdentityProtectionRootPath {
    /// Containment navigation property `riskDetections` (`microsoft.graph.riskDetection`).
    #[inline]
    pub fn risk_detections(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::RiskDetection,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("riskDetections"))
    }
    /// Containment navigation property `riskyUsers` (`microsoft.graph.riskyUser`).
    #[inline]
    pub fn risky_users(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyRiskyUser,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("riskyUsers"))
    }
}
#[cfg(msgraph_beta_identity_providers_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyIdentityProvider {
    const SEGMENT: &'static str = "microsoft.graph.identityProvider";
}
#[cfg(msgraph_beta_identity_providers_or_search)]
/// Features: `beta`, or one of `beta-identity-providers`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::AnyIdentityProvider, C> {
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
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyIdentityProviderBase {
    const SEGMENT: &'static str = "microsoft.graph.identityProviderBase";
}
#[cfg(msgraph_beta_identity_or_search)]
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::AnyIdentityProviderBase, C> {
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
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyPolicyBase>
for crate::beta::IdentitySecurityDefaultsEnforcementPolicy {
    const SEGMENT: &'static str = "microsoft.graph.identitySecurityDefaultsEnforcementPolicy";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDirectoryObject>
for crate::beta::IdentitySecurityDefaultsEnforcementPolicy {
    const SEGMENT: &'static str = "microsoft.graph.identitySecurityDefaultsEnforcementPolicy";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::IdentitySecurityDefaultsEnforcementPolicy {
    const SEGMENT: &'static str = "microsoft.graph.identitySecurityDefaultsEnforcementPolicy";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<
    C,
> crate::path::CollectionPath<
    crate::beta::IdentitySecurityDefaultsEnforcementPolicy,
    C,
> {
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
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyIdentityUserFlow {
    const SEGMENT: &'static str = "microsoft.graph.identityUserFlow";
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyIdentityUserFlowAttribute {
    const SEGMENT: &'static str = "microsoft.graph.identityUserFlowAttribute";
}
#[cfg(msgraph_beta_identity_or_search)]
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
impl dyn crate::beta::requests::IdentityUserFlowAttributeAssignmentPath {
    /// Navigation property `userAttribute` (`microsoft.graph.identityUserFlowAttribute`).
    #[inline]
    pub fn user_attribute(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnyIdentityUserFlowAttribute,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("userAttribute"))
    }
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::IdentityUserFlowAttributeAssignment {
    const SEGMENT: &'static str = "microsoft.graph.identityUserFlowAttributeAssignment";
}
#[cfg(msgraph_beta_identity_or_search)]
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<crate::beta::IdentityUserFlowAttributeAssignment, C> {
    /// `GET .../getOrder`: function `microsoft.graph.getOrder`.
    pub fn get_order(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::AssignmentOrder>,
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
        params: crate::beta::params::IdentityUserFlowAttributeAssignmentCollectionSetOrderParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::IdentityUserFlowAttributeAssignmentCollectionSetOrderParams,
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
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyImportedAppleDeviceIdentity {
    const SEGMENT: &'static str = "microsoft.graph.importedAppleDeviceIdentity";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::AnyImportedAppleDeviceIdentity, C> {
    /// `POST .../importAppleDeviceIdentityList`: action `microsoft.graph.importAppleDeviceIdentityList`.
    pub fn import_apple_device_identity_list(
        &self,
        params: crate::beta::params::ImportedAppleDeviceIdentityCollectionImportAppleDeviceIdentityListParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::ImportedAppleDeviceIdentityCollectionImportAppleDeviceIdentityListParams,
        >,
        rt::request::Collection<crate::beta::ImportedAppleDeviceIdentityResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("importAppleDeviceIdentityList"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyImportedAppleDeviceIdentity>
for crate::beta::ImportedAppleDeviceIdentityResult {
    const SEGMENT: &'static str = "microsoft.graph.importedAppleDeviceIdentityResult";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ImportedAppleDeviceIdentityResult {
    const SEGMENT: &'static str = "microsoft.graph.importedAppleDeviceIdentityResult";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::ImportedAppleDeviceIdentityResult, C> {
    /// `POST .../importAppleDeviceIdentityList`: action `microsoft.graph.importAppleDeviceIdentityList`.
    pub fn import_apple_device_identity_list(
        &self,
        params: crate::beta::params::ImportedAppleDeviceIdentityCollectionImportAppleDeviceIdentityListParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::ImportedAppleDeviceIdentityCollectionImportAppleDeviceIdentityListParams,
        >,
        rt::request::Collection<crate::beta::ImportedAppleDeviceIdentityResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("importAppleDeviceIdentityList"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyImportedDeviceIdentity {
    const SEGMENT: &'static str = "microsoft.graph.importedDeviceIdentity";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::AnyImportedDeviceIdentity, C> {
    /// `POST .../importDeviceIdentityList`: action `microsoft.graph.importDeviceIdentityList`.
    pub fn import_device_identity_list(
        &self,
        params: crate::beta::params::ImportedDeviceIdentityCollectionImportDeviceIdentityListParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::ImportedDeviceIdentityCollectionImportDeviceIdentityListParams,
        >,
        rt::request::Collection<crate::beta::ImportedDeviceIdentityResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("importDeviceIdentityList"),
            rt::request::Json(params),
        )
    }
    /// `POST .../searchExistingIdentities`: action `microsoft.graph.searchExistingIdentities`.
    pub fn search_existing_identities(
        &self,
        params: crate::beta::params::ImportedDeviceIdentityCollectionSearchExistingIdentitiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::ImportedDeviceIdentityCollectionSearchExistingIdentitiesParams,
        >,
        rt::request::Collection<crate::beta::AnyImportedDeviceIdentity>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("searchExistingIdentities"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyImportedDeviceIdentity>
for crate::beta::ImportedDeviceIdentityResult {
    const SEGMENT: &'static str = "microsoft.graph.importedDeviceIdentityResult";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ImportedDeviceIdentityResult {
    const SEGMENT: &'static str = "microsoft.graph.importedDeviceIdentityResult";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::ImportedDeviceIdentityResult, C> {
    /// `POST .../importDeviceIdentityList`: action `microsoft.graph.importDeviceIdentityList`.
    pub fn import_device_identity_list(
        &self,
        params: crate::beta::params::ImportedDeviceIdentityCollectionImportDeviceIdentityListParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::ImportedDeviceIdentityCollectionImportDeviceIdentityListParams,
        >,
        rt::request::Collection<crate::beta::ImportedDeviceIdentityResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("importDeviceIdentityList"),
            rt::request::Json(params),
        )
    }
    /// `POST .../searchExistingIdentities`: action `microsoft.graph.searchExistingIdentities`.
    pub fn search_existing_identities(
        &self,
        params: crate::beta::params::ImportedDeviceIdentityCollectionSearchExistingIdentitiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::ImportedDeviceIdentityCollectionSearchExistingIdentitiesParams,
        >,
        rt::request::Collection<crate::beta::AnyImportedDeviceIdentity>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("searchExistingIdentities"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::ImportedWindowsAutopilotDeviceIdentityPath {
    /// Structural property `state` (`microsoft.graph.importedWindowsAutopilotDeviceIdentityState`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn state(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::ImportedWindowsAutopilotDeviceIdentityState,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("state"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ImportedWindowsAutopilotDeviceIdentity {
    const SEGMENT: &'static str = "microsoft.graph.importedWindowsAutopilotDeviceIdentity";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<crate::beta::ImportedWindowsAutopilotDeviceIdentity, C> {
    /// `POST .../import`: action `microsoft.graph.import`.
    pub fn import(
        &self,
        params: crate::beta::params::ImportedWindowsAutopilotDeviceIdentityCollectionImportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::ImportedWindowsAutopilotDeviceIdentityCollectionImportParams,
        >,
        rt::request::Collection<crate::beta::ImportedWindowsAutopilotDeviceIdentity>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("import"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_search)]
/// Features: `beta` or `beta-search`.
impl dyn crate::beta::requests::ImportedWindowsAutopilotDeviceIdentityUploadPath {
    /// Containment navigation property `deviceIdentities` (`microsoft.graph.importedWindowsAutopilotDeviceIdentity`).
    #[inline]
    pub fn device_identities(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ImportedWindowsAutopilotDeviceIdentity,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deviceIdentities"))
    }
}
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ImportedWindowsAutopilotDeviceIdentityUpload {
    const SEGMENT: &'static str = "microsoft.graph.importedWindowsAutopilotDeviceIdentityUpload";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::InferenceClassificationPath {
    /// Containment navigation property `overrides` (`microsoft.graph.inferenceClassificationOverride`).
    #[inline]
    pub fn overrides(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::InferenceClassificationOverride,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("overrides"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::InferenceClassification {
    const SEGMENT: &'static str = "microsoft.graph.inferenceClassification";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::InferenceClassificationOverridePath {
    /// Structural property `senderEmailAddress` (`microsoft.graph.emailAddress`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn sender_email_address(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyEmailAddress> {
        crate::path::PropertyPath::new(self.node_target().segment("senderEmailAddress"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::InferenceClassificationOverride {
    const SEGMENT: &'static str = "microsoft.graph.inferenceClassificationOverride";
}
#[cfg(msgraph_beta_core_or_information_protection)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::InformationProtectionPath {
    /// Containment navigation property `bitlocker` (`microsoft.graph.bitlocker`).
    #[inline]
    pub fn bitlocker(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Bitlocker,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("bitlocker"))
    }
    /// Containment navigation property `dataLossPreventionPolicies` (`microsoft.graph.dataLossPreventionPolicy`).
    #[inline]
    pub fn data_loss_prevention_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DataLossPreventionPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("dataLossPreventionPolicies"),
        )
    }
    /// Containment navigation property `sensitivityLabels` (`microsoft.graph.sensitivityLabel`).
    #[inline]
    pub fn sensitivity_labels(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SensitivityLabel,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sensitivityLabels"))
    }
    /// Containment navigation property `sensitivityPolicySettings` (`microsoft.graph.sensitivityPolicySettings`).
    #[inline]
    pub fn sensitivity_policy_settings(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::SensitivityPolicySettings,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("sensitivityPolicySettings"),
        )
    }
    /// Containment navigation property `policy` (`microsoft.graph.informationProtectionPolicy`).
    #[inline]
    pub fn policy(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::InformationProtectionPolicy,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("policy"))
    }
    /// Containment navigation property `threatAssessmentRequests` (`microsoft.graph.threatAssessmentRequest`).
    #[inline]
    pub fn threat_assessment_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyThreatAssessmentRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("threatAssessmentRequests"),
        )
    }
    /// `POST .../decryptBuffer`: action `microsoft.graph.decryptBuffer`.
    #[inline]
    pub fn decrypt_buffer(
        &self,
        params: crate::beta::params::InformationProtectionDecryptBufferParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::InformationProtectionDecryptBufferParams>,
        rt::request::Entity<crate::beta::BufferDecryptionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("decryptBuffer"),
            rt::request::Json(params),
        )
    }
    /// `POST .../encryptBuffer`: action `microsoft.graph.encryptBuffer`.
    #[inline]
    pub fn encrypt_buffer(
        &self,
        params: crate::beta::params::InformationProtectionEncryptBufferParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::InformationProtectionEncryptBufferParams>,
        rt::request::Entity<crate::beta::BufferEncryptionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("encryptBuffer"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::InformationProtection {
    const SEGMENT: &'static str = "microsoft.graph.informationProtection";
}
#[cfg(msgraph_beta_core_or_information_protection)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::InformationProtectionLabelPath {
    /// Structural property `parent` (`microsoft.graph.parentLabelDetails`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn parent(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyParentLabelDetails> {
        crate::path::PropertyPath::new(self.node_target().segment("parent"))
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::InformationProtectionLabel {
    const SEGMENT: &'static str = "microsoft.graph.informationProtectionLabel";
}
#[cfg(msgraph_beta_core_or_information_protection)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::InformationProtectionLabel, C> {
    /// `POST .../evaluateApplication`: action `microsoft.graph.evaluateApplication`.
    pub fn evaluate_application(
        &self,
        params: crate::beta::params::InformationProtectionLabelCollectionEvaluateApplicationParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::InformationProtectionLabelCollectionEvaluateApplicationParams,
        >,
        rt::request::Collection<crate::beta::AnyInformationProtectionAction>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("evaluateApplication"),
            rt::request::Json(params),
        )
    }
    /// `POST .../evaluateClassificationResults`: action `microsoft.graph.evaluateClassificationResults`.
    pub fn evaluate_classification_results(
        &self,
        params: crate::beta::params::InformationProtectionLabelCollectionEvaluateClassificationResultsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::InformationProtectionLabelCollectionEvaluateClassificationResultsParams,
        >,
        rt::request::Collection<crate::beta::AnyInformationProtectionAction>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("evaluateClassificationResults"),
            rt::request::Json(params),
        )
    }
    /// `POST .../evaluateRemoval`: action `microsoft.graph.evaluateRemoval`.
    pub fn evaluate_removal(
        &self,
        params: crate::beta::params::InformationProtectionLabelCollectionEvaluateRemovalParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::InformationProtectionLabelCollectionEvaluateRemovalParams,
        >,
        rt::request::Collection<crate::beta::AnyInformationProtectionAction>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("evaluateRemoval"),
            rt::request::Json(params),
        )
    }
    /// `POST .../extractLabel`: action `microsoft.graph.extractLabel`.
    pub fn extract_label(
        &self,
        params: crate::beta::params::InformationProtectionLabelCollectionExtractLabelParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::InformationProtectionLabelCollectionExtractLabelParams,
        >,
        rt::request::Entity<crate::beta::InformationProtectionContentLabel>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("extractLabel"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::InformationProtectionPolicyPath {
    /// Containment navigation property `labels` (`microsoft.graph.informationProtectionLabel`).
    #[inline]
    pub fn labels(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::InformationProtectionLabel,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("labels"))
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::InformationProtectionPolicy {
    const SEGMENT: &'static str = "microsoft.graph.informationProtectionPolicy";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::IntuneBrandingProfilePath {
    /// Structural property `landingPageCustomizedImage` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn landing_page_customized_image(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::MimeContent> {
        crate::path::PropertyPath::new(
            self.node_target().segment("landingPageCustomizedImage"),
        )
    }
    /// Structural property `lightBackgroundLogo` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn light_background_logo(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::MimeContent> {
        crate::path::PropertyPath::new(self.node_target().segment("lightBackgroundLogo"))
    }
    /// Structural property `themeColor` (`microsoft.graph.rgbColor`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn theme_color(&self) -> crate::path::PropertyPath<crate::beta::RgbColor> {
        crate::path::PropertyPath::new(self.node_target().segment("themeColor"))
    }
    /// Structural property `themeColorLogo` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn theme_color_logo(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::MimeContent> {
        crate::path::PropertyPath::new(self.node_target().segment("themeColorLogo"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.intuneBrandingProfileAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::IntuneBrandingProfileAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::beta::params::IntuneBrandingProfileAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::IntuneBrandingProfileAssignParams>,
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
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::IntuneBrandingProfile {
    const SEGMENT: &'static str = "microsoft.graph.intuneBrandingProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::IntuneBrandingProfileAssignmentPath {
    /// Structural property `target` (`microsoft.graph.deviceAndAppManagementAssignmentTarget`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::AnyDeviceAndAppManagementAssignmentTarget,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("target"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::IntuneBrandingProfileAssignment {
    const SEGMENT: &'static str = "microsoft.graph.intuneBrandingProfileAssignment";
}
#[cfg(msgraph_beta_invitations_or_search)]
/// Features: `beta`, or one of `beta-invitations`, `beta-search`.
impl dyn crate::beta::requests::InvitationPath {
    /// Structural property `invitedUserMessageInfo` (`microsoft.graph.invitedUserMessageInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn invited_user_message_info(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::InvitedUserMessageInfo> {
        crate::path::PropertyPath::new(
            self.node_target().segment("invitedUserMessageInfo"),
        )
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `invitedUser` (`microsoft.graph.user`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn invited_user(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::User,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("invitedUser"))
    }
}
#[cfg(msgraph_beta_invitations_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Invitation {
    const SEGMENT: &'static str = "microsoft.graph.invitation";
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyCommsOperation>
for crate::beta::InviteParticipantsOperation {
    const SEGMENT: &'static str = "microsoft.graph.inviteParticipantsOperation";
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::InviteParticipantsOperation {
    const SEGMENT: &'static str = "microsoft.graph.inviteParticipantsOperation";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::AnyIosCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.iosCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyIosCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.iosCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::AnyIosCertificateProfile, C> {
    /// `GET .../getIosAvailableUpdateVersions`: function `microsoft.graph.getIosAvailableUpdateVersions`.
    pub fn get_ios_available_update_versions(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::IosAvailableUpdateVersion>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getIosAvailableUpdateVersions", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getTargetedUsersAndDevices`: action `microsoft.graph.getTargetedUsersAndDevices`.
    pub fn get_targeted_users_and_devices(
        &self,
        params: crate::beta::params::DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams,
        >,
        rt::request::Collection<crate::beta::DeviceConfigurationTargetedUserAndDevice>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getTargetedUsersAndDevices"),
            rt::request::Json(params),
        )
    }
    /// `POST .../hasPayloadLinks`: action `microsoft.graph.hasPayloadLinks`.
    pub fn has_payload_links(
        &self,
        params: crate::beta::params::DeviceConfigurationCollectionHasPayloadLinksParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationCollectionHasPayloadLinksParams,
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
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyIosCertificateProfile>
for crate::beta::AnyIosCertificateProfileBase {
    const SEGMENT: &'static str = "microsoft.graph.iosCertificateProfileBase";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::AnyIosCertificateProfileBase {
    const SEGMENT: &'static str = "microsoft.graph.iosCertificateProfileBase";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyIosCertificateProfileBase {
    const SEGMENT: &'static str = "microsoft.graph.iosCertificateProfileBase";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::AnyIosCertificateProfileBase, C> {
    /// `GET .../getIosAvailableUpdateVersions`: function `microsoft.graph.getIosAvailableUpdateVersions`.
    pub fn get_ios_available_update_versions(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::IosAvailableUpdateVersion>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getIosAvailableUpdateVersions", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getTargetedUsersAndDevices`: action `microsoft.graph.getTargetedUsersAndDevices`.
    pub fn get_targeted_users_and_devices(
        &self,
        params: crate::beta::params::DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams,
        >,
        rt::request::Collection<crate::beta::DeviceConfigurationTargetedUserAndDevice>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getTargetedUsersAndDevices"),
            rt::request::Json(params),
        )
    }
    /// `POST .../hasPayloadLinks`: action `microsoft.graph.hasPayloadLinks`.
    pub fn has_payload_links(
        &self,
        params: crate::beta::params::DeviceConfigurationCollectionHasPayloadLinksParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationCollectionHasPayloadLinksParams,
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
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceCompliancePolicy>
for crate::beta::IosCompliancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.iosCompliancePolicy";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::IosCompliancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.iosCompliancePolicy";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::IosCompliancePolicy, C> {
    /// `POST .../getDevicesScheduledToRetire`: action `microsoft.graph.getDevicesScheduledToRetire`.
    pub fn get_devices_scheduled_to_retire(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::RetireScheduledManagedDevice>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getDevicesScheduledToRetire"),
            rt::request::NoBody,
        )
    }
    /// `POST .../hasPayloadLinks`: action `microsoft.graph.hasPayloadLinks`.
    pub fn has_payload_links(
        &self,
        params: crate::beta::params::DeviceCompliancePolicyCollectionHasPayloadLinksParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceCompliancePolicyCollectionHasPayloadLinksParams,
        >,
        rt::request::Collection<crate::beta::HasPayloadLinkResultItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("hasPayloadLinks"),
            rt::request::Json(params),
        )
    }
    /// `POST .../refreshDeviceComplianceReportSummarization`: action `microsoft.graph.refreshDeviceComplianceReportSummarization`.
    pub fn refresh_device_compliance_report_summarization(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("refreshDeviceComplianceReportSummarization"),
            rt::request::NoBody,
        )
    }
    /// `POST .../setScheduledRetireState`: action `microsoft.graph.setScheduledRetireState`.
    pub fn set_scheduled_retire_state(
        &self,
        params: crate::beta::params::DeviceCompliancePolicyCollectionSetScheduledRetireStateParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceCompliancePolicyCollectionSetScheduledRetireStateParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("setScheduledRetireState"),
            rt::request::Json(params),
        )
    }
    /// `POST .../validateComplianceScript`: action `microsoft.graph.validateComplianceScript`.
    pub fn validate_compliance_script(
        &self,
        params: crate::beta::params::DeviceCompliancePolicyCollectionValidateComplianceScriptParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceCompliancePolicyCollectionValidateComplianceScriptParams,
        >,
        rt::request::Entity<crate::beta::DeviceComplianceScriptValidationResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("validateComplianceScript"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::IosCustomConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosCustomConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::IosCustomConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosCustomConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::IosCustomConfiguration, C> {
    /// `GET .../getIosAvailableUpdateVersions`: function `microsoft.graph.getIosAvailableUpdateVersions`.
    pub fn get_ios_available_update_versions(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::IosAvailableUpdateVersion>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getIosAvailableUpdateVersions", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getTargetedUsersAndDevices`: action `microsoft.graph.getTargetedUsersAndDevices`.
    pub fn get_targeted_users_and_devices(
        &self,
        params: crate::beta::params::DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams,
        >,
        rt::request::Collection<crate::beta::DeviceConfigurationTargetedUserAndDevice>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getTargetedUsersAndDevices"),
            rt::request::Json(params),
        )
    }
    /// `POST .../hasPayloadLinks`: action `microsoft.graph.hasPayloadLinks`.
    pub fn has_payload_links(
        &self,
        params: crate::beta::params::DeviceConfigurationCollectionHasPayloadLinksParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationCollectionHasPayloadLinksParams,
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
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::IosDerivedCredentialAuthenticationConfigurationPath {
    /// Navigation property `derivedCredentialSettings` (`microsoft.graph.deviceManagementDerivedCredentialSettings`).
    #[inline]
    pub fn derived_credential_settings(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DeviceManagementDerivedCredentialSettings,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("derivedCredentialSettings"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleDeviceMode` (`microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleDeviceMode,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("deviceManagementApplicabilityRuleDeviceMode"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsEdition` (`microsoft.graph.deviceManagementApplicabilityRuleOsEdition`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_management_applicability_rule_os_edition(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsEdition,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("deviceManagementApplicabilityRuleOsEdition"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsVersion` (`microsoft.graph.deviceManagementApplicabilityRuleOsVersion`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_management_applicability_rule_os_version(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsVersion,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("deviceManagementApplicabilityRuleOsVersion"),
        )
    }
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SettingStateDeviceSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("deviceSettingStateSummaries"),
        )
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.deviceConfigurationDeviceStatus`).
    #[inline]
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DeviceConfigurationDeviceOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("deviceStatusOverview"))
    }
    /// Containment navigation property `groupAssignments` (`microsoft.graph.deviceConfigurationGroupAssignment`).
    #[inline]
    pub fn group_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationGroupAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("groupAssignments"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DeviceConfigurationUserOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("userStatusOverview"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::beta::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../assignedAccessMultiModeProfiles`: action `microsoft.graph.assignedAccessMultiModeProfiles`.
    #[inline]
    pub fn assigned_access_multi_mode_profiles(
        &self,
        params: crate::beta::params::DeviceConfigurationAssignedAccessMultiModeProfilesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationAssignedAccessMultiModeProfilesParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assignedAccessMultiModeProfiles"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getOmaSettingPlainTextValue`: function `microsoft.graph.getOmaSettingPlainTextValue`.
    #[inline]
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
                .node_target()
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
    /// `POST .../windowsPrivacyAccessControls`: action `microsoft.graph.windowsPrivacyAccessControls`.
    #[inline]
    pub fn windows_privacy_access_controls(
        &self,
        params: crate::beta::params::DeviceConfigurationWindowsPrivacyAccessControlsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationWindowsPrivacyAccessControlsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("windowsPrivacyAccessControls"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::IosDerivedCredentialAuthenticationConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosDerivedCredentialAuthenticationConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::IosDerivedCredentialAuthenticationConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosDerivedCredentialAuthenticationConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<
    crate::beta::IosDerivedCredentialAuthenticationConfiguration,
    C,
> {
    /// `GET .../getIosAvailableUpdateVersions`: function `microsoft.graph.getIosAvailableUpdateVersions`.
    pub fn get_ios_available_update_versions(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::IosAvailableUpdateVersion>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getIosAvailableUpdateVersions", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getTargetedUsersAndDevices`: action `microsoft.graph.getTargetedUsersAndDevices`.
    pub fn get_targeted_users_and_devices(
        &self,
        params: crate::beta::params::DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams,
        >,
        rt::request::Collection<crate::beta::DeviceConfigurationTargetedUserAndDevice>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getTargetedUsersAndDevices"),
            rt::request::Json(params),
        )
    }
    /// `POST .../hasPayloadLinks`: action `microsoft.graph.hasPayloadLinks`.
    pub fn has_payload_links(
        &self,
        params: crate::beta::params::DeviceConfigurationCollectionHasPayloadLinksParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationCollectionHasPayloadLinksParams,
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
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::IosDeviceFeaturesConfigurationPath {
    /// Structural property `contentFilterSettings` (`microsoft.graph.iosWebContentFilterBase`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn content_filter_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyIosWebContentFilterBase> {
        crate::path::PropertyPath::new(
            self.node_target().segment("contentFilterSettings"),
        )
    }
    /// Structural property `iosSingleSignOnExtension` (`microsoft.graph.iosSingleSignOnExtension`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn ios_single_sign_on_extension(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyIosSingleSignOnExtension> {
        crate::path::PropertyPath::new(
            self.node_target().segment("iosSingleSignOnExtension"),
        )
    }
    /// Structural property `singleSignOnExtension` (`microsoft.graph.singleSignOnExtension`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn single_sign_on_extension(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnySingleSignOnExtension> {
        crate::path::PropertyPath::new(
            self.node_target().segment("singleSignOnExtension"),
        )
    }
    /// Structural property `singleSignOnSettings` (`microsoft.graph.iosSingleSignOnSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn single_sign_on_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IosSingleSignOnSettings> {
        crate::path::PropertyPath::new(
            self.node_target().segment("singleSignOnSettings"),
        )
    }
    /// Structural property `wallpaperImage` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn wallpaper_image(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::MimeContent> {
        crate::path::PropertyPath::new(self.node_target().segment("wallpaperImage"))
    }
    /// Navigation property `identityCertificateForClientAuthentication` (`microsoft.graph.iosCertificateProfileBase`).
    #[inline]
    pub fn identity_certificate_for_client_authentication(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnyIosCertificateProfileBase,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("identityCertificateForClientAuthentication"),
        )
    }
    /// Navigation property `singleSignOnExtensionPkinitCertificate` (`microsoft.graph.iosCertificateProfileBase`).
    #[inline]
    pub fn single_sign_on_extension_pkinit_certificate(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnyIosCertificateProfileBase,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("singleSignOnExtensionPkinitCertificate"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleDeviceMode` (`microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleDeviceMode,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("deviceManagementApplicabilityRuleDeviceMode"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsEdition` (`microsoft.graph.deviceManagementApplicabilityRuleOsEdition`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_management_applicability_rule_os_edition(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsEdition,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("deviceManagementApplicabilityRuleOsEdition"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsVersion` (`microsoft.graph.deviceManagementApplicabilityRuleOsVersion`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_management_applicability_rule_os_version(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsVersion,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("deviceManagementApplicabilityRuleOsVersion"),
        )
    }
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SettingStateDeviceSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("deviceSettingStateSummaries"),
        )
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.deviceConfigurationDeviceStatus`).
    #[inline]
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DeviceConfigurationDeviceOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("deviceStatusOverview"))
    }
    /// Containment navigation property `groupAssignments` (`microsoft.graph.deviceConfigurationGroupAssignment`).
    #[inline]
    pub fn group_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationGroupAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("groupAssignments"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DeviceConfigurationUserOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("userStatusOverview"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::beta::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../assignedAccessMultiModeProfiles`: action `microsoft.graph.assignedAccessMultiModeProfiles`.
    #[inline]
    pub fn assigned_access_multi_mode_profiles(
        &self,
        params: crate::beta::params::DeviceConfigurationAssignedAccessMultiModeProfilesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationAssignedAccessMultiModeProfilesParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assignedAccessMultiModeProfiles"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getOmaSettingPlainTextValue`: function `microsoft.graph.getOmaSettingPlainTextValue`.
    #[inline]
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
                .node_target()
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
    /// `POST .../windowsPrivacyAccessControls`: action `microsoft.graph.windowsPrivacyAccessControls`.
    #[inline]
    pub fn windows_privacy_access_controls(
        &self,
        params: crate::beta::params::DeviceConfigurationWindowsPrivacyAccessControlsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationWindowsPrivacyAccessControlsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("windowsPrivacyAccessControls"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyAppleDeviceFeaturesConfigurationBase>
for crate::beta::IosDeviceFeaturesConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosDeviceFeaturesConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::IosDeviceFeaturesConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosDeviceFeaturesConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::IosDeviceFeaturesConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosDeviceFeaturesConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::IosDeviceFeaturesConfiguration, C> {
    /// `GET .../getIosAvailableUpdateVersions`: function `microsoft.graph.getIosAvailableUpdateVersions`.
    pub fn get_ios_available_update_versions(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::IosAvailableUpdateVersion>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getIosAvailableUpdateVersions", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getTargetedUsersAndDevices`: action `microsoft.graph.getTargetedUsersAndDevices`.
    pub fn get_targeted_users_and_devices(
        &self,
        params: crate::beta::params::DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams,
        >,
        rt::request::Collection<crate::beta::DeviceConfigurationTargetedUserAndDevice>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getTargetedUsersAndDevices"),
            rt::request::Json(params),
        )
    }
    /// `POST .../hasPayloadLinks`: action `microsoft.graph.hasPayloadLinks`.
    pub fn has_payload_links(
        &self,
        params: crate::beta::params::DeviceConfigurationCollectionHasPayloadLinksParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationCollectionHasPayloadLinksParams,
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
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::IosEasEmailProfileConfigurationPath {
    /// Navigation property `derivedCredentialSettings` (`microsoft.graph.deviceManagementDerivedCredentialSettings`).
    #[inline]
    pub fn derived_credential_settings(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DeviceManagementDerivedCredentialSettings,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("derivedCredentialSettings"),
        )
    }
    /// Navigation property `identityCertificate` (`microsoft.graph.iosCertificateProfileBase`).
    #[inline]
    pub fn identity_certificate(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnyIosCertificateProfileBase,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("identityCertificate"))
    }
    /// Navigation property `smimeEncryptionCertificate` (`microsoft.graph.iosCertificateProfile`).
    #[inline]
    pub fn smime_encryption_certificate(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnyIosCertificateProfile,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("smimeEncryptionCertificate"),
        )
    }
    /// Navigation property `smimeSigningCertificate` (`microsoft.graph.iosCertificateProfile`).
    #[inline]
    pub fn smime_signing_certificate(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnyIosCertificateProfile,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("smimeSigningCertificate"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleDeviceMode` (`microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleDeviceMode,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("deviceManagementApplicabilityRuleDeviceMode"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsEdition` (`microsoft.graph.deviceManagementApplicabilityRuleOsEdition`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_management_applicability_rule_os_edition(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsEdition,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("deviceManagementApplicabilityRuleOsEdition"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsVersion` (`microsoft.graph.deviceManagementApplicabilityRuleOsVersion`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_management_applicability_rule_os_version(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsVersion,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("deviceManagementApplicabilityRuleOsVersion"),
        )
    }
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SettingStateDeviceSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("deviceSettingStateSummaries"),
        )
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.deviceConfigurationDeviceStatus`).
    #[inline]
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DeviceConfigurationDeviceOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("deviceStatusOverview"))
    }
    /// Containment navigation property `groupAssignments` (`microsoft.graph.deviceConfigurationGroupAssignment`).
    #[inline]
    pub fn group_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationGroupAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("groupAssignments"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DeviceConfigurationUserOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("userStatusOverview"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::beta::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../assignedAccessMultiModeProfiles`: action `microsoft.graph.assignedAccessMultiModeProfiles`.
    #[inline]
    pub fn assigned_access_multi_mode_profiles(
        &self,
        params: crate::beta::params::DeviceConfigurationAssignedAccessMultiModeProfilesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationAssignedAccessMultiModeProfilesParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assignedAccessMultiModeProfiles"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getOmaSettingPlainTextValue`: function `microsoft.graph.getOmaSettingPlainTextValue`.
    #[inline]
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
                .node_target()
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
    /// `POST .../windowsPrivacyAccessControls`: action `microsoft.graph.windowsPrivacyAccessControls`.
    #[inline]
    pub fn windows_privacy_access_controls(
        &self,
        params: crate::beta::params::DeviceConfigurationWindowsPrivacyAccessControlsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationWindowsPrivacyAccessControlsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("windowsPrivacyAccessControls"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEasEmailProfileConfigurationBase>
for crate::beta::IosEasEmailProfileConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosEasEmailProfileConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::IosEasEmailProfileConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosEasEmailProfileConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::IosEasEmailProfileConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosEasEmailProfileConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::IosEasEmailProfileConfiguration, C> {
    /// `GET .../getIosAvailableUpdateVersions`: function `microsoft.graph.getIosAvailableUpdateVersions`.
    pub fn get_ios_available_update_versions(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::IosAvailableUpdateVersion>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getIosAvailableUpdateVersions", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getTargetedUsersAndDevices`: action `microsoft.graph.getTargetedUsersAndDevices`.
    pub fn get_targeted_users_and_devices(
        &self,
        params: crate::beta::params::DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams,
        >,
        rt::request::Collection<crate::beta::DeviceConfigurationTargetedUserAndDevice>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getTargetedUsersAndDevices"),
            rt::request::Json(params),
        )
    }
    /// `POST .../hasPayloadLinks`: action `microsoft.graph.hasPayloadLinks`.
    pub fn has_payload_links(
        &self,
        params: crate::beta::params::DeviceConfigurationCollectionHasPayloadLinksParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationCollectionHasPayloadLinksParams,
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
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::IosEduDeviceConfigurationPath {
    /// Structural property `deviceCertificateSettings` (`microsoft.graph.iosEduCertificateSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_certificate_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IosEduCertificateSettings> {
        crate::path::PropertyPath::new(
            self.node_target().segment("deviceCertificateSettings"),
        )
    }
    /// Structural property `studentCertificateSettings` (`microsoft.graph.iosEduCertificateSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn student_certificate_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IosEduCertificateSettings> {
        crate::path::PropertyPath::new(
            self.node_target().segment("studentCertificateSettings"),
        )
    }
    /// Structural property `teacherCertificateSettings` (`microsoft.graph.iosEduCertificateSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn teacher_certificate_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IosEduCertificateSettings> {
        crate::path::PropertyPath::new(
            self.node_target().segment("teacherCertificateSettings"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleDeviceMode` (`microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleDeviceMode,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("deviceManagementApplicabilityRuleDeviceMode"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsEdition` (`microsoft.graph.deviceManagementApplicabilityRuleOsEdition`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_management_applicability_rule_os_edition(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsEdition,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("deviceManagementApplicabilityRuleOsEdition"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsVersion` (`microsoft.graph.deviceManagementApplicabilityRuleOsVersion`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_management_applicability_rule_os_version(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsVersion,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("deviceManagementApplicabilityRuleOsVersion"),
        )
    }
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SettingStateDeviceSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("deviceSettingStateSummaries"),
        )
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.deviceConfigurationDeviceStatus`).
    #[inline]
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DeviceConfigurationDeviceOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("deviceStatusOverview"))
    }
    /// Containment navigation property `groupAssignments` (`microsoft.graph.deviceConfigurationGroupAssignment`).
    #[inline]
    pub fn group_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationGroupAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("groupAssignments"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DeviceConfigurationUserOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("userStatusOverview"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::beta::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../assignedAccessMultiModeProfiles`: action `microsoft.graph.assignedAccessMultiModeProfiles`.
    #[inline]
    pub fn assigned_access_multi_mode_profiles(
        &self,
        params: crate::beta::params::DeviceConfigurationAssignedAccessMultiModeProfilesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationAssignedAccessMultiModeProfilesParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assignedAccessMultiModeProfiles"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getOmaSettingPlainTextValue`: function `microsoft.graph.getOmaSettingPlainTextValue`.
    #[inline]
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
                .node_target()
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
    /// `POST .../windowsPrivacyAccessControls`: action `microsoft.graph.windowsPrivacyAccessControls`.
    #[inline]
    pub fn windows_privacy_access_controls(
        &self,
        params: crate::beta::params::DeviceConfigurationWindowsPrivacyAccessControlsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationWindowsPrivacyAccessControlsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("windowsPrivacyAccessControls"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::IosEduDeviceConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosEduDeviceConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::IosEduDeviceConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosEduDeviceConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::IosEduDeviceConfiguration, C> {
    /// `GET .../getIosAvailableUpdateVersions`: function `microsoft.graph.getIosAvailableUpdateVersions`.
    pub fn get_ios_available_update_versions(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::IosAvailableUpdateVersion>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getIosAvailableUpdateVersions", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getTargetedUsersAndDevices`: action `microsoft.graph.getTargetedUsersAndDevices`.
    pub fn get_targeted_users_and_devices(
        &self,
        params: crate::beta::params::DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams,
        >,
        rt::request::Collection<crate::beta::DeviceConfigurationTargetedUserAndDevice>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getTargetedUsersAndDevices"),
            rt::request::Json(params),
        )
    }
    /// `POST .../hasPayloadLinks`: action `microsoft.graph.hasPayloadLinks`.
    pub fn has_payload_links(
        &self,
        params: crate::beta::params::DeviceConfigurationCollectionHasPayloadLinksParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationCollectionHasPayloadLinksParams,
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
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::IosEducationDeviceConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosEducationDeviceConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::IosEducationDeviceConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosEducationDeviceConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::IosEducationDeviceConfiguration, C> {
    /// `GET .../getIosAvailableUpdateVersions`: function `microsoft.graph.getIosAvailableUpdateVersions`.
    pub fn get_ios_available_update_versions(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::IosAvailableUpdateVersion>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getIosAvailableUpdateVersions", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getTargetedUsersAndDevices`: action `microsoft.graph.getTargetedUsersAndDevices`.
    pub fn get_targeted_users_and_devices(
        &self,
        params: crate::beta::params::DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams,
        >,
        rt::request::Collection<crate::beta::DeviceConfigurationTargetedUserAndDevice>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getTargetedUsersAndDevices"),
            rt::request::Json(params),
        )
    }
    /// `POST .../hasPayloadLinks`: action `microsoft.graph.hasPayloadLinks`.
    pub fn has_payload_links(
        &self,
        params: crate::beta::params::DeviceConfigurationCollectionHasPayloadLinksParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationCollectionHasPayloadLinksParams,
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
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::IosEnterpriseWiFiConfigurationPath {
    /// Navigation property `derivedCredentialSettings` (`microsoft.graph.deviceManagementDerivedCredentialSettings`).
    #[inline]
    pub fn derived_credential_settings(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DeviceManagementDerivedCredentialSettings,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("derivedCredentialSettings"),
        )
    }
    /// Navigation property `identityCertificateForClientAuthentication` (`microsoft.graph.iosCertificateProfileBase`).
    #[inline]
    pub fn identity_certificate_for_client_authentication(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnyIosCertificateProfileBase,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("identityCertificateForClientAuthentication"),
        )
    }
    /// Containment navigation property `rootCertificatesForServerValidation` (`microsoft.graph.iosTrustedRootCertificate`).
    #[inline]
    pub fn root_certificates_for_server_validation(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::IosTrustedRootCertificate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("rootCertificatesForServerValidation"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleDeviceMode` (`microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleDeviceMode,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("deviceManagementApplicabilityRuleDeviceMode"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsEdition` (`microsoft.graph.deviceManagementApplicabilityRuleOsEdition`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_management_applicability_rule_os_edition(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsEdition,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("deviceManagementApplicabilityRuleOsEdition"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsVersion` (`microsoft.graph.deviceManagementApplicabilityRuleOsVersion`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_management_applicability_rule_os_version(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsVersion,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("deviceManagementApplicabilityRuleOsVersion"),
        )
    }
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SettingStateDeviceSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("deviceSettingStateSummaries"),
        )
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.deviceConfigurationDeviceStatus`).
    #[inline]
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DeviceConfigurationDeviceOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("deviceStatusOverview"))
    }
    /// Containment navigation property `groupAssignments` (`microsoft.graph.deviceConfigurationGroupAssignment`).
    #[inline]
    pub fn group_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationGroupAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("groupAssignments"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DeviceConfigurationUserOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("userStatusOverview"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::beta::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../assignedAccessMultiModeProfiles`: action `microsoft.graph.assignedAccessMultiModeProfiles`.
    #[inline]
    pub fn assigned_access_multi_mode_profiles(
        &self,
        params: crate::beta::params::DeviceConfigurationAssignedAccessMultiModeProfilesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationAssignedAccessMultiModeProfilesParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assignedAccessMultiModeProfiles"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getOmaSettingPlainTextValue`: function `microsoft.graph.getOmaSettingPlainTextValue`.
    #[inline]
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
                .node_target()
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
    /// `POST .../windowsPrivacyAccessControls`: action `microsoft.graph.windowsPrivacyAccessControls`.
    #[inline]
    pub fn windows_privacy_access_controls(
        &self,
        params: crate::beta::params::DeviceConfigurationWindowsPrivacyAccessControlsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationWindowsPrivacyAccessControlsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("windowsPrivacyAccessControls"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyIosWiFiConfiguration>
for crate::beta::IosEnterpriseWiFiConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosEnterpriseWiFiConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::IosEnterpriseWiFiConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosEnterpriseWiFiConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::IosEnterpriseWiFiConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosEnterpriseWiFiConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::IosEnterpriseWiFiConfiguration, C> {
    /// `GET .../getIosAvailableUpdateVersions`: function `microsoft.graph.getIosAvailableUpdateVersions`.
    pub fn get_ios_available_update_versions(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::IosAvailableUpdateVersion>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getIosAvailableUpdateVersions", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getTargetedUsersAndDevices`: action `microsoft.graph.getTargetedUsersAndDevices`.
    pub fn get_targeted_users_and_devices(
        &self,
        params: crate::beta::params::DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams,
        >,
        rt::request::Collection<crate::beta::DeviceConfigurationTargetedUserAndDevice>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getTargetedUsersAndDevices"),
            rt::request::Json(params),
        )
    }
    /// `POST .../hasPayloadLinks`: action `microsoft.graph.hasPayloadLinks`.
    pub fn has_payload_links(
        &self,
        params: crate::beta::params::DeviceConfigurationCollectionHasPayloadLinksParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationCollectionHasPayloadLinksParams,
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
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyAppleExpeditedCheckinConfigurationBase>
for crate::beta::IosExpeditedCheckinConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosExpeditedCheckinConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::IosExpeditedCheckinConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosExpeditedCheckinConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::IosExpeditedCheckinConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosExpeditedCheckinConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::IosExpeditedCheckinConfiguration, C> {
    /// `GET .../getIosAvailableUpdateVersions`: function `microsoft.graph.getIosAvailableUpdateVersions`.
    pub fn get_ios_available_update_versions(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::IosAvailableUpdateVersion>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getIosAvailableUpdateVersions", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getTargetedUsersAndDevices`: action `microsoft.graph.getTargetedUsersAndDevices`.
    pub fn get_targeted_users_and_devices(
        &self,
        params: crate::beta::params::DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams,
        >,
        rt::request::Collection<crate::beta::DeviceConfigurationTargetedUserAndDevice>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getTargetedUsersAndDevices"),
            rt::request::Json(params),
        )
    }
    /// `POST .../hasPayloadLinks`: action `microsoft.graph.hasPayloadLinks`.
    pub fn has_payload_links(
        &self,
        params: crate::beta::params::DeviceConfigurationCollectionHasPayloadLinksParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationCollectionHasPayloadLinksParams,
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
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::IosGeneralDeviceConfigurationPath {
    /// Structural property `mediaContentRatingAustralia` (`microsoft.graph.mediaContentRatingAustralia`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn media_content_rating_australia(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::MediaContentRatingAustralia> {
        crate::path::PropertyPath::new(
            self.node_target().segment("mediaContentRatingAustralia"),
        )
    }
    /// Structural property `mediaContentRatingCanada` (`microsoft.graph.mediaContentRatingCanada`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn media_content_rating_canada(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::MediaContentRatingCanada> {
        crate::path::PropertyPath::new(
            self.node_target().segment("mediaContentRatingCanada"),
        )
    }
    /// Structural property `mediaContentRatingFrance` (`microsoft.graph.mediaContentRatingFrance`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn media_content_rating_france(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::MediaContentRatingFrance> {
        crate::path::PropertyPath::new(
            self.node_target().segment("mediaContentRatingFrance"),
        )
    }
    /// Structural property `mediaContentRatingGermany` (`microsoft.graph.mediaContentRatingGermany`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn media_content_rating_germany(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::MediaContentRatingGermany> {
        crate::path::PropertyPath::new(
            self.node_target().segment("mediaContentRatingGermany"),
        )
    }
    /// Structural property `mediaContentRatingIreland` (`microsoft.graph.mediaContentRatingIreland`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn media_content_rating_ireland(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::MediaContentRatingIreland> {
        crate::path::PropertyPath::new(
            self.node_target().segment("mediaContentRatingIreland"),
        )
    }
    /// Structural property `mediaContentRatingJapan` (`microsoft.graph.mediaContentRatingJapan`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn media_content_rating_japan(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::MediaContentRatingJapan> {
        crate::path::PropertyPath::new(
            self.node_target().segment("mediaContentRatingJapan"),
        )
    }
    /// Structural property `mediaContentRatingNewZealand` (`microsoft.graph.mediaContentRatingNewZealand`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn media_content_rating_new_zealand(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::MediaContentRatingNewZealand> {
        crate::path::PropertyPath::new(
            self.node_target().segment("mediaContentRatingNewZealand"),
        )
    }
    /// Structural property `mediaContentRatingUnitedKingdom` (`microsoft.graph.mediaContentRatingUnitedKingdom`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn media_content_rating_united_kingdom(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::MediaContentRatingUnitedKingdom> {
        crate::path::PropertyPath::new(
            self.node_target().segment("mediaContentRatingUnitedKingdom"),
        )
    }
    /// Structural property `mediaContentRatingUnitedStates` (`microsoft.graph.mediaContentRatingUnitedStates`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn media_content_rating_united_states(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::MediaContentRatingUnitedStates> {
        crate::path::PropertyPath::new(
            self.node_target().segment("mediaContentRatingUnitedStates"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleDeviceMode` (`microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleDeviceMode,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("deviceManagementApplicabilityRuleDeviceMode"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsEdition` (`microsoft.graph.deviceManagementApplicabilityRuleOsEdition`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_management_applicability_rule_os_edition(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsEdition,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("deviceManagementApplicabilityRuleOsEdition"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsVersion` (`microsoft.graph.deviceManagementApplicabilityRuleOsVersion`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_management_applicability_rule_os_version(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsVersion,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("deviceManagementApplicabilityRuleOsVersion"),
        )
    }
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SettingStateDeviceSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("deviceSettingStateSummaries"),
        )
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.deviceConfigurationDeviceStatus`).
    #[inline]
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DeviceConfigurationDeviceOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("deviceStatusOverview"))
    }
    /// Containment navigation property `groupAssignments` (`microsoft.graph.deviceConfigurationGroupAssignment`).
    #[inline]
    pub fn group_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationGroupAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("groupAssignments"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DeviceConfigurationUserOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("userStatusOverview"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::beta::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../assignedAccessMultiModeProfiles`: action `microsoft.graph.assignedAccessMultiModeProfiles`.
    #[inline]
    pub fn assigned_access_multi_mode_profiles(
        &self,
        params: crate::beta::params::DeviceConfigurationAssignedAccessMultiModeProfilesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationAssignedAccessMultiModeProfilesParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assignedAccessMultiModeProfiles"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getOmaSettingPlainTextValue`: function `microsoft.graph.getOmaSettingPlainTextValue`.
    #[inline]
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
                .node_target()
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
    /// `POST .../windowsPrivacyAccessControls`: action `microsoft.graph.windowsPrivacyAccessControls`.
    #[inline]
    pub fn windows_privacy_access_controls(
        &self,
        params: crate::beta::params::DeviceConfigurationWindowsPrivacyAccessControlsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationWindowsPrivacyAccessControlsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("windowsPrivacyAccessControls"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::IosGeneralDeviceConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosGeneralDeviceConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::IosGeneralDeviceConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosGeneralDeviceConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::IosGeneralDeviceConfiguration, C> {
    /// `GET .../getIosAvailableUpdateVersions`: function `microsoft.graph.getIosAvailableUpdateVersions`.
    pub fn get_ios_available_update_versions(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::IosAvailableUpdateVersion>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getIosAvailableUpdateVersions", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getTargetedUsersAndDevices`: action `microsoft.graph.getTargetedUsersAndDevices`.
    pub fn get_targeted_users_and_devices(
        &self,
        params: crate::beta::params::DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams,
        >,
        rt::request::Collection<crate::beta::DeviceConfigurationTargetedUserAndDevice>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getTargetedUsersAndDevices"),
            rt::request::Json(params),
        )
    }
    /// `POST .../hasPayloadLinks`: action `microsoft.graph.hasPayloadLinks`.
    pub fn has_payload_links(
        &self,
        params: crate::beta::params::DeviceConfigurationCollectionHasPayloadLinksParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationCollectionHasPayloadLinksParams,
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
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::IosImportedPfxCertificateProfilePath {
    /// Containment navigation property `managedDeviceCertificateStates` (`microsoft.graph.managedDeviceCertificateState`).
    #[inline]
    pub fn managed_device_certificate_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ManagedDeviceCertificateState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("managedDeviceCertificateStates"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleDeviceMode` (`microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleDeviceMode,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("deviceManagementApplicabilityRuleDeviceMode"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsEdition` (`microsoft.graph.deviceManagementApplicabilityRuleOsEdition`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_management_applicability_rule_os_edition(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsEdition,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("deviceManagementApplicabilityRuleOsEdition"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsVersion` (`microsoft.graph.deviceManagementApplicabilityRuleOsVersion`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_management_applicability_rule_os_version(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsVersion,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("deviceManagementApplicabilityRuleOsVersion"),
        )
    }
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SettingStateDeviceSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("deviceSettingStateSummaries"),
        )
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.deviceConfigurationDeviceStatus`).
    #[inline]
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DeviceConfigurationDeviceOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("deviceStatusOverview"))
    }
    /// Containment navigation property `groupAssignments` (`microsoft.graph.deviceConfigurationGroupAssignment`).
    #[inline]
    pub fn group_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationGroupAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("groupAssignments"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DeviceConfigurationUserOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("userStatusOverview"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::beta::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../assignedAccessMultiModeProfiles`: action `microsoft.graph.assignedAccessMultiModeProfiles`.
    #[inline]
    pub fn assigned_access_multi_mode_profiles(
        &self,
        params: crate::beta::params::DeviceConfigurationAssignedAccessMultiModeProfilesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationAssignedAccessMultiModeProfilesParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assignedAccessMultiModeProfiles"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getOmaSettingPlainTextValue`: function `microsoft.graph.getOmaSettingPlainTextValue`.
    #[inline]
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
                .node_target()
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
    /// `POST .../windowsPrivacyAccessControls`: action `microsoft.graph.windowsPrivacyAccessControls`.
    #[inline]
    pub fn windows_privacy_access_controls(
        &self,
        params: crate::beta::params::DeviceConfigurationWindowsPrivacyAccessControlsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationWindowsPrivacyAccessControlsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("windowsPrivacyAccessControls"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyIosCertificateProfile>
for crate::beta::IosImportedPfxCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.iosImportedPFXCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::IosImportedPfxCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.iosImportedPFXCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::IosImportedPfxCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.iosImportedPFXCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::IosImportedPfxCertificateProfile, C> {
    /// `GET .../getIosAvailableUpdateVersions`: function `microsoft.graph.getIosAvailableUpdateVersions`.
    pub fn get_ios_available_update_versions(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::IosAvailableUpdateVersion>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getIosAvailableUpdateVersions", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getTargetedUsersAndDevices`: action `microsoft.graph.getTargetedUsersAndDevices`.
    pub fn get_targeted_users_and_devices(
        &self,
        params: crate::beta::params::DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams,
        >,
        rt::request::Collection<crate::beta::DeviceConfigurationTargetedUserAndDevice>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getTargetedUsersAndDevices"),
            rt::request::Json(params),
        )
    }
    /// `POST .../hasPayloadLinks`: action `microsoft.graph.hasPayloadLinks`.
    pub fn has_payload_links(
        &self,
        params: crate::beta::params::DeviceConfigurationCollectionHasPayloadLinksParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationCollectionHasPayloadLinksParams,
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
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl dyn crate::beta::requests::IosLobAppPath {
    /// Structural property `applicableDeviceType` (`microsoft.graph.iosDeviceType`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn applicable_device_type(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IosDeviceType> {
        crate::path::PropertyPath::new(
            self.node_target().segment("applicableDeviceType"),
        )
    }
    /// Structural property `minimumSupportedOperatingSystem` (`microsoft.graph.iosMinimumOperatingSystem`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn minimum_supported_operating_system(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IosMinimumOperatingSystem> {
        crate::path::PropertyPath::new(
            self.node_target().segment("minimumSupportedOperatingSystem"),
        )
    }
    /// Containment navigation property `contentVersions` (`microsoft.graph.mobileAppContent`).
    #[inline]
    pub fn content_versions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppContent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("contentVersions"))
    }
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::beta::MimeContent> {
        crate::path::PropertyPath::new(self.node_target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    #[inline]
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("categories"))
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.mobileAppInstallStatus`).
    #[inline]
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppInstallStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deviceStatuses"))
    }
    /// Containment navigation property `installSummary` (`microsoft.graph.mobileAppInstallSummary`).
    #[inline]
    pub fn install_summary(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::MobileAppInstallSummary,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("installSummary"))
    }
    /// Containment navigation property `relationships` (`microsoft.graph.mobileAppRelationship`).
    #[inline]
    pub fn relationships(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyMobileAppRelationship,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("relationships"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.userAppInstallStatus`).
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserAppInstallStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("userStatuses"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::beta::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getRelatedAppStates`: function `microsoft.graph.getRelatedAppStates`.
    #[inline]
    pub fn get_related_app_states(
        &self,
        user_principal_name: &str,
        device_id: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::MobileAppRelationshipState>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getRelatedAppStates",
                    &[
                        (
                            "userPrincipalName",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(user_principal_name),
                            ),
                        ),
                        (
                            "deviceId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(device_id),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `POST .../updateRelationships`: action `microsoft.graph.updateRelationships`.
    #[inline]
    pub fn update_relationships(
        &self,
        params: crate::beta::params::MobileAppUpdateRelationshipsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MobileAppUpdateRelationshipsParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("updateRelationships"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyMobileLobApp> for crate::beta::IosLobApp {
    const SEGMENT: &'static str = "microsoft.graph.iosLobApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyMobileApp> for crate::beta::IosLobApp {
    const SEGMENT: &'static str = "microsoft.graph.iosLobApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::IosLobApp {
    const SEGMENT: &'static str = "microsoft.graph.iosLobApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::IosLobApp, C> {
    /// `GET .../getMobileAppCount`: function `microsoft.graph.getMobileAppCount`.
    pub fn get_mobile_app_count(
        &self,
        status: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<i64>> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getMobileAppCount",
                    &[
                        (
                            "status",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(status),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTopMobileApps`: function `microsoft.graph.getTopMobileApps`.
    pub fn get_top_mobile_apps(
        &self,
        status: &str,
        count: i64,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AnyMobileApp>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getTopMobileApps",
                    &[
                        (
                            "status",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(status),
                            ),
                        ),
                        (
                            "count",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&count),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `POST .../hasPayloadLinks`: action `microsoft.graph.hasPayloadLinks`.
    pub fn has_payload_links(
        &self,
        params: crate::beta::params::MobileAppCollectionHasPayloadLinksParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MobileAppCollectionHasPayloadLinksParams>,
        rt::request::Collection<crate::beta::HasPayloadLinkResultItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("hasPayloadLinks"),
            rt::request::Json(params),
        )
    }
    /// `POST .../validateXml`: action `microsoft.graph.validateXml`.
    pub fn validate_xml(
        &self,
        params: crate::beta::params::MobileAppCollectionValidateXmlParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MobileAppCollectionValidateXmlParams>,
        rt::request::ValueOf<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("validateXml"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl dyn crate::beta::requests::IosLobAppProvisioningConfigurationPath {
    /// Containment navigation property `assignments` (`microsoft.graph.iosLobAppProvisioningConfigurationAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::IosLobAppProvisioningConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus`).
    #[inline]
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ManagedDeviceMobileAppConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deviceStatuses"))
    }
    /// Containment navigation property `groupAssignments` (`microsoft.graph.mobileAppProvisioningConfigGroupAssignment`).
    #[inline]
    pub fn group_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppProvisioningConfigGroupAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("groupAssignments"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.managedDeviceMobileAppConfigurationUserStatus`).
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ManagedDeviceMobileAppConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("userStatuses"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::beta::params::IosLobAppProvisioningConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::IosLobAppProvisioningConfigurationAssignParams,
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
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::IosLobAppProvisioningConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosLobAppProvisioningConfiguration";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::IosLobAppProvisioningConfiguration, C> {
    /// `POST .../hasPayloadLinks`: action `microsoft.graph.hasPayloadLinks`.
    pub fn has_payload_links(
        &self,
        params: crate::beta::params::IosLobAppProvisioningConfigurationCollectionHasPayloadLinksParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::IosLobAppProvisioningConfigurationCollectionHasPayloadLinksParams,
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
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl dyn crate::beta::requests::IosLobAppProvisioningConfigurationAssignmentPath {
    /// Structural property `target` (`microsoft.graph.deviceAndAppManagementAssignmentTarget`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::AnyDeviceAndAppManagementAssignmentTarget,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("target"))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::IosLobAppProvisioningConfigurationAssignment {
    const SEGMENT: &'static str = "microsoft.graph.iosLobAppProvisioningConfigurationAssignment";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyPolicySetItem>
for crate::beta::IosLobAppProvisioningConfigurationPolicySetItem {
    const SEGMENT: &'static str = "microsoft.graph.iosLobAppProvisioningConfigurationPolicySetItem";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::IosLobAppProvisioningConfigurationPolicySetItem {
    const SEGMENT: &'static str = "microsoft.graph.iosLobAppProvisioningConfigurationPolicySetItem";
}
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::IosManagedAppProtectionPath {
    /// Containment navigation property `apps` (`microsoft.graph.managedMobileApp`).
    #[inline]
    pub fn apps(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ManagedMobileApp,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("apps"))
    }
    /// Containment navigation property `deploymentSummary` (`microsoft.graph.managedAppPolicyDeploymentSummary`).
    #[inline]
    pub fn deployment_summary(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::ManagedAppPolicyDeploymentSummary,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("deploymentSummary"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.targetedManagedAppPolicyAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TargetedManagedAppPolicyAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::beta::params::TargetedManagedAppProtectionAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::TargetedManagedAppProtectionAssignParams>,
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
        params: crate::beta::params::ManagedAppProtectionTargetAppsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ManagedAppProtectionTargetAppsParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("targetApps"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyTargetedManagedAppProtection>
for crate::beta::IosManagedAppProtection {
    const SEGMENT: &'static str = "microsoft.graph.iosManagedAppProtection";
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyManagedAppProtection>
for crate::beta::IosManagedAppProtection {
    const SEGMENT: &'static str = "microsoft.graph.iosManagedAppProtection";
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyManagedAppPolicy>
for crate::beta::IosManagedAppProtection {
    const SEGMENT: &'static str = "microsoft.graph.iosManagedAppProtection";
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::IosManagedAppProtection {
    const SEGMENT: &'static str = "microsoft.graph.iosManagedAppProtection";
}
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::IosManagedAppProtection, C> {
    /// `POST .../hasPayloadLinks`: action `microsoft.graph.hasPayloadLinks`.
    pub fn has_payload_links(
        &self,
        params: crate::beta::params::IosManagedAppProtectionCollectionHasPayloadLinksParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::IosManagedAppProtectionCollectionHasPayloadLinksParams,
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
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyManagedAppRegistration>
for crate::beta::IosManagedAppRegistration {
    const SEGMENT: &'static str = "microsoft.graph.iosManagedAppRegistration";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::IosManagedAppRegistration {
    const SEGMENT: &'static str = "microsoft.graph.iosManagedAppRegistration";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::IosManagedAppRegistration, C> {
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
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyManagedDeviceMobileAppConfiguration>
for crate::beta::IosMobileAppConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosMobileAppConfiguration";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::IosMobileAppConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosMobileAppConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::IosPkcsCertificateProfilePath {
    /// Containment navigation property `managedDeviceCertificateStates` (`microsoft.graph.managedDeviceCertificateState`).
    #[inline]
    pub fn managed_device_certificate_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ManagedDeviceCertificateState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("managedDeviceCertificateStates"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleDeviceMode` (`microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleDeviceMode,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("deviceManagementApplicabilityRuleDeviceMode"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsEdition` (`microsoft.graph.deviceManagementApplicabilityRuleOsEdition`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_management_applicability_rule_os_edition(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsEdition,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("deviceManagementApplicabilityRuleOsEdition"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsVersion` (`microsoft.graph.deviceManagementApplicabilityRuleOsVersion`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_management_applicability_rule_os_version(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsVersion,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("deviceManagementApplicabilityRuleOsVersion"),
        )
    }
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SettingStateDeviceSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("deviceSettingStateSummaries"),
        )
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.deviceConfigurationDeviceStatus`).
    #[inline]
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DeviceConfigurationDeviceOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("deviceStatusOverview"))
    }
    /// Containment navigation property `groupAssignments` (`microsoft.graph.deviceConfigurationGroupAssignment`).
    #[inline]
    pub fn group_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationGroupAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("groupAssignments"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DeviceConfigurationUserOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("userStatusOverview"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::beta::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../assignedAccessMultiModeProfiles`: action `microsoft.graph.assignedAccessMultiModeProfiles`.
    #[inline]
    pub fn assigned_access_multi_mode_profiles(
        &self,
        params: crate::beta::params::DeviceConfigurationAssignedAccessMultiModeProfilesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationAssignedAccessMultiModeProfilesParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assignedAccessMultiModeProfiles"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getOmaSettingPlainTextValue`: function `microsoft.graph.getOmaSettingPlainTextValue`.
    #[inline]
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
                .node_target()
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
    /// `POST .../windowsPrivacyAccessControls`: action `microsoft.graph.windowsPrivacyAccessControls`.
    #[inline]
    pub fn windows_privacy_access_controls(
        &self,
        params: crate::beta::params::DeviceConfigurationWindowsPrivacyAccessControlsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationWindowsPrivacyAccessControlsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("windowsPrivacyAccessControls"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyIosCertificateProfileBase>
for crate::beta::IosPkcsCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.iosPkcsCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyIosCertificateProfile>
for crate::beta::IosPkcsCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.iosPkcsCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::IosPkcsCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.iosPkcsCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::IosPkcsCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.iosPkcsCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::IosPkcsCertificateProfile, C> {
    /// `GET .../getIosAvailableUpdateVersions`: function `microsoft.graph.getIosAvailableUpdateVersions`.
    pub fn get_ios_available_update_versions(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::IosAvailableUpdateVersion>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getIosAvailableUpdateVersions", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getTargetedUsersAndDevices`: action `microsoft.graph.getTargetedUsersAndDevices`.
    pub fn get_targeted_users_and_devices(
        &self,
        params: crate::beta::params::DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams,
        >,
        rt::request::Collection<crate::beta::DeviceConfigurationTargetedUserAndDevice>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getTargetedUsersAndDevices"),
            rt::request::Json(params),
        )
    }
    /// `POST .../hasPayloadLinks`: action `microsoft.graph.hasPayloadLinks`.
    pub fn has_payload_links(
        &self,
        params: crate::beta::params::DeviceConfigurationCollectionHasPayloadLinksParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationCollectionHasPayloadLinksParams,
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
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::IosScepCertificateProfilePath {
    /// Containment navigation property `managedDeviceCertificateStates` (`microsoft.graph.managedDeviceCertificateState`).
    #[inline]
    pub fn managed_device_certificate_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ManagedDeviceCertificateState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("managedDeviceCertificateStates"),
        )
    }
    /// Navigation property `rootCertificate` (`microsoft.graph.iosTrustedRootCertificate`).
    #[inline]
    pub fn root_certificate(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::IosTrustedRootCertificate,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("rootCertificate"))
    }
    /// Structural property `deviceManagementApplicabilityRuleDeviceMode` (`microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleDeviceMode,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("deviceManagementApplicabilityRuleDeviceMode"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsEdition` (`microsoft.graph.deviceManagementApplicabilityRuleOsEdition`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_management_applicability_rule_os_edition(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsEdition,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("deviceManagementApplicabilityRuleOsEdition"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsVersion` (`microsoft.graph.deviceManagementApplicabilityRuleOsVersion`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_management_applicability_rule_os_version(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsVersion,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("deviceManagementApplicabilityRuleOsVersion"),
        )
    }
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SettingStateDeviceSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("deviceSettingStateSummaries"),
        )
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.deviceConfigurationDeviceStatus`).
    #[inline]
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DeviceConfigurationDeviceOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("deviceStatusOverview"))
    }
    /// Containment navigation property `groupAssignments` (`microsoft.graph.deviceConfigurationGroupAssignment`).
    #[inline]
    pub fn group_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationGroupAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("groupAssignments"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DeviceConfigurationUserOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("userStatusOverview"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::beta::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../assignedAccessMultiModeProfiles`: action `microsoft.graph.assignedAccessMultiModeProfiles`.
    #[inline]
    pub fn assigned_access_multi_mode_profiles(
        &self,
        params: crate::beta::params::DeviceConfigurationAssignedAccessMultiModeProfilesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationAssignedAccessMultiModeProfilesParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assignedAccessMultiModeProfiles"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getOmaSettingPlainTextValue`: function `microsoft.graph.getOmaSettingPlainTextValue`.
    #[inline]
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
                .node_target()
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
    /// `POST .../windowsPrivacyAccessControls`: action `microsoft.graph.windowsPrivacyAccessControls`.
    #[inline]
    pub fn windows_privacy_access_controls(
        &self,
        params: crate::beta::params::DeviceConfigurationWindowsPrivacyAccessControlsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationWindowsPrivacyAccessControlsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("windowsPrivacyAccessControls"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyIosCertificateProfileBase>
for crate::beta::IosScepCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.iosScepCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyIosCertificateProfile>
for crate::beta::IosScepCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.iosScepCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::IosScepCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.iosScepCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::IosScepCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.iosScepCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::IosScepCertificateProfile, C> {
    /// `GET .../getIosAvailableUpdateVersions`: function `microsoft.graph.getIosAvailableUpdateVersions`.
    pub fn get_ios_available_update_versions(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::IosAvailableUpdateVersion>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getIosAvailableUpdateVersions", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getTargetedUsersAndDevices`: action `microsoft.graph.getTargetedUsersAndDevices`.
    pub fn get_targeted_users_and_devices(
        &self,
        params: crate::beta::params::DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams,
        >,
        rt::request::Collection<crate::beta::DeviceConfigurationTargetedUserAndDevice>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getTargetedUsersAndDevices"),
            rt::request::Json(params),
        )
    }
    /// `POST .../hasPayloadLinks`: action `microsoft.graph.hasPayloadLinks`.
    pub fn has_payload_links(
        &self,
        params: crate::beta::params::DeviceConfigurationCollectionHasPayloadLinksParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationCollectionHasPayloadLinksParams,
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
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl dyn crate::beta::requests::IosStoreAppPath {
    /// Structural property `applicableDeviceType` (`microsoft.graph.iosDeviceType`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn applicable_device_type(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IosDeviceType> {
        crate::path::PropertyPath::new(
            self.node_target().segment("applicableDeviceType"),
        )
    }
    /// Structural property `minimumSupportedOperatingSystem` (`microsoft.graph.iosMinimumOperatingSystem`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn minimum_supported_operating_system(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IosMinimumOperatingSystem> {
        crate::path::PropertyPath::new(
            self.node_target().segment("minimumSupportedOperatingSystem"),
        )
    }
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::beta::MimeContent> {
        crate::path::PropertyPath::new(self.node_target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    #[inline]
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("categories"))
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.mobileAppInstallStatus`).
    #[inline]
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppInstallStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deviceStatuses"))
    }
    /// Containment navigation property `installSummary` (`microsoft.graph.mobileAppInstallSummary`).
    #[inline]
    pub fn install_summary(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::MobileAppInstallSummary,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("installSummary"))
    }
    /// Containment navigation property `relationships` (`microsoft.graph.mobileAppRelationship`).
    #[inline]
    pub fn relationships(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyMobileAppRelationship,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("relationships"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.userAppInstallStatus`).
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserAppInstallStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("userStatuses"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::beta::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getRelatedAppStates`: function `microsoft.graph.getRelatedAppStates`.
    #[inline]
    pub fn get_related_app_states(
        &self,
        user_principal_name: &str,
        device_id: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::MobileAppRelationshipState>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getRelatedAppStates",
                    &[
                        (
                            "userPrincipalName",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(user_principal_name),
                            ),
                        ),
                        (
                            "deviceId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(device_id),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `POST .../updateRelationships`: action `microsoft.graph.updateRelationships`.
    #[inline]
    pub fn update_relationships(
        &self,
        params: crate::beta::params::MobileAppUpdateRelationshipsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MobileAppUpdateRelationshipsParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("updateRelationships"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyMobileApp> for crate::beta::IosStoreApp {
    const SEGMENT: &'static str = "microsoft.graph.iosStoreApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::IosStoreApp {
    const SEGMENT: &'static str = "microsoft.graph.iosStoreApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::IosStoreApp, C> {
    /// `GET .../getMobileAppCount`: function `microsoft.graph.getMobileAppCount`.
    pub fn get_mobile_app_count(
        &self,
        status: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<i64>> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getMobileAppCount",
                    &[
                        (
                            "status",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(status),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTopMobileApps`: function `microsoft.graph.getTopMobileApps`.
    pub fn get_top_mobile_apps(
        &self,
        status: &str,
        count: i64,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AnyMobileApp>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getTopMobileApps",
                    &[
                        (
                            "status",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(status),
                            ),
                        ),
                        (
                            "count",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&count),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `POST .../hasPayloadLinks`: action `microsoft.graph.hasPayloadLinks`.
    pub fn has_payload_links(
        &self,
        params: crate::beta::params::MobileAppCollectionHasPayloadLinksParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MobileAppCollectionHasPayloadLinksParams>,
        rt::request::Collection<crate::beta::HasPayloadLinkResultItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("hasPayloadLinks"),
            rt::request::Json(params),
        )
    }
    /// `POST .../validateXml`: action `microsoft.graph.validateXml`.
    pub fn validate_xml(
        &self,
        params: crate::beta::params::MobileAppCollectionValidateXmlParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MobileAppCollectionValidateXmlParams>,
        rt::request::ValueOf<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("validateXml"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::IosTrustedRootCertificate {
    const SEGMENT: &'static str = "microsoft.graph.iosTrustedRootCertificate";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::IosTrustedRootCertificate {
    const SEGMENT: &'static str = "microsoft.graph.iosTrustedRootCertificate";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::IosTrustedRootCertificate, C> {
    /// `GET .../getIosAvailableUpdateVersions`: function `microsoft.graph.getIosAvailableUpdateVersions`.
    pub fn get_ios_available_update_versions(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::IosAvailableUpdateVersion>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getIosAvailableUpdateVersions", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getTargetedUsersAndDevices`: action `microsoft.graph.getTargetedUsersAndDevices`.
    pub fn get_targeted_users_and_devices(
        &self,
        params: crate::beta::params::DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams,
        >,
        rt::request::Collection<crate::beta::DeviceConfigurationTargetedUserAndDevice>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getTargetedUsersAndDevices"),
            rt::request::Json(params),
        )
    }
    /// `POST .../hasPayloadLinks`: action `microsoft.graph.hasPayloadLinks`.
    pub fn has_payload_links(
        &self,
        params: crate::beta::params::DeviceConfigurationCollectionHasPayloadLinksParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationCollectionHasPayloadLinksParams,
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
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::IosUpdateConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosUpdateConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::IosUpdateConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosUpdateConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::IosUpdateConfiguration, C> {
    /// `GET .../getIosAvailableUpdateVersions`: function `microsoft.graph.getIosAvailableUpdateVersions`.
    pub fn get_ios_available_update_versions(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::IosAvailableUpdateVersion>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getIosAvailableUpdateVersions", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getTargetedUsersAndDevices`: action `microsoft.graph.getTargetedUsersAndDevices`.
    pub fn get_targeted_users_and_devices(
        &self,
        params: crate::beta::params::DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams,
        >,
        rt::request::Collection<crate::beta::DeviceConfigurationTargetedUserAndDevice>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getTargetedUsersAndDevices"),
            rt::request::Json(params),
        )
    }
    /// `POST .../hasPayloadLinks`: action `microsoft.graph.hasPayloadLinks`.
    pub fn has_payload_links(
        &self,
        params: crate::beta::params::DeviceConfigurationCollectionHasPayloadLinksParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationCollectionHasPayloadLinksParams,
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
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::IosUpdateDeviceStatus {
    const SEGMENT: &'static str = "microsoft.graph.iosUpdateDeviceStatus";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::IosVpnConfigurationPath {
    /// Navigation property `derivedCredentialSettings` (`microsoft.graph.deviceManagementDerivedCredentialSettings`).
    #[inline]
    pub fn derived_credential_settings(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DeviceManagementDerivedCredentialSettings,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("derivedCredentialSettings"),
        )
    }
    /// Navigation property `identityCertificate` (`microsoft.graph.iosCertificateProfileBase`).
    #[inline]
    pub fn identity_certificate(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnyIosCertificateProfileBase,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("identityCertificate"))
    }
    /// Structural property `proxyServer` (`microsoft.graph.vpnProxyServer`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn proxy_server(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyVpnProxyServer> {
        crate::path::PropertyPath::new(self.node_target().segment("proxyServer"))
    }
    /// Structural property `server` (`microsoft.graph.vpnServer`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn server(&self) -> crate::path::PropertyPath<crate::beta::VpnServer> {
        crate::path::PropertyPath::new(self.node_target().segment("server"))
    }
    /// Structural property `deviceManagementApplicabilityRuleDeviceMode` (`microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleDeviceMode,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("deviceManagementApplicabilityRuleDeviceMode"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsEdition` (`microsoft.graph.deviceManagementApplicabilityRuleOsEdition`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_management_applicability_rule_os_edition(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsEdition,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("deviceManagementApplicabilityRuleOsEdition"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsVersion` (`microsoft.graph.deviceManagementApplicabilityRuleOsVersion`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_management_applicability_rule_os_version(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsVersion,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("deviceManagementApplicabilityRuleOsVersion"),
        )
    }
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SettingStateDeviceSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("deviceSettingStateSummaries"),
        )
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.deviceConfigurationDeviceStatus`).
    #[inline]
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DeviceConfigurationDeviceOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("deviceStatusOverview"))
    }
    /// Containment navigation property `groupAssignments` (`microsoft.graph.deviceConfigurationGroupAssignment`).
    #[inline]
    pub fn group_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationGroupAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("groupAssignments"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DeviceConfigurationUserOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("userStatusOverview"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::beta::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../assignedAccessMultiModeProfiles`: action `microsoft.graph.assignedAccessMultiModeProfiles`.
    #[inline]
    pub fn assigned_access_multi_mode_profiles(
        &self,
        params: crate::beta::params::DeviceConfigurationAssignedAccessMultiModeProfilesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationAssignedAccessMultiModeProfilesParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assignedAccessMultiModeProfiles"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getOmaSettingPlainTextValue`: function `microsoft.graph.getOmaSettingPlainTextValue`.
    #[inline]
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
                .node_target()
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
    /// `POST .../windowsPrivacyAccessControls`: action `microsoft.graph.windowsPrivacyAccessControls`.
    #[inline]
    pub fn windows_privacy_access_controls(
        &self,
        params: crate::beta::params::DeviceConfigurationWindowsPrivacyAccessControlsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationWindowsPrivacyAccessControlsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("windowsPrivacyAccessControls"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyAppleVpnConfiguration>
for crate::beta::AnyIosVpnConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosVpnConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::AnyIosVpnConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosVpnConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyIosVpnConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosVpnConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::AnyIosVpnConfiguration, C> {
    /// `GET .../getIosAvailableUpdateVersions`: function `microsoft.graph.getIosAvailableUpdateVersions`.
    pub fn get_ios_available_update_versions(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::IosAvailableUpdateVersion>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getIosAvailableUpdateVersions", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getTargetedUsersAndDevices`: action `microsoft.graph.getTargetedUsersAndDevices`.
    pub fn get_targeted_users_and_devices(
        &self,
        params: crate::beta::params::DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams,
        >,
        rt::request::Collection<crate::beta::DeviceConfigurationTargetedUserAndDevice>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getTargetedUsersAndDevices"),
            rt::request::Json(params),
        )
    }
    /// `POST .../hasPayloadLinks`: action `microsoft.graph.hasPayloadLinks`.
    pub fn has_payload_links(
        &self,
        params: crate::beta::params::DeviceConfigurationCollectionHasPayloadLinksParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationCollectionHasPayloadLinksParams,
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
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl dyn crate::beta::requests::IosVppAppPath {
    /// Structural property `applicableDeviceType` (`microsoft.graph.iosDeviceType`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn applicable_device_type(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IosDeviceType> {
        crate::path::PropertyPath::new(
            self.node_target().segment("applicableDeviceType"),
        )
    }
    /// Structural property `licensingType` (`microsoft.graph.vppLicensingType`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn licensing_type(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::VppLicensingType> {
        crate::path::PropertyPath::new(self.node_target().segment("licensingType"))
    }
    /// Containment navigation property `assignedLicenses` (`microsoft.graph.iosVppAppAssignedLicense`).
    #[inline]
    pub fn assigned_licenses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyIosVppAppAssignedLicense,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignedLicenses"))
    }
    /// Revoke all assigned iOS VPP licenses for given app.
    ///
    /// `POST .../revokeAllLicenses`: action `microsoft.graph.revokeAllLicenses`.
    #[inline]
    pub fn revoke_all_licenses(
        &self,
        params: crate::beta::params::IosVppAppRevokeAllLicensesParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::IosVppAppRevokeAllLicensesParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("revokeAllLicenses"),
            rt::request::Json(params),
        )
    }
    /// Revoke assigned iOS VPP device license for given app.
    ///
    /// `POST .../revokeDeviceLicense`: action `microsoft.graph.revokeDeviceLicense`.
    #[inline]
    pub fn revoke_device_license(
        &self,
        params: crate::beta::params::IosVppAppRevokeDeviceLicenseParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::IosVppAppRevokeDeviceLicenseParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("revokeDeviceLicense"),
            rt::request::Json(params),
        )
    }
    /// Revoke assigned iOS VPP user license for given app.
    ///
    /// `POST .../revokeUserLicense`: action `microsoft.graph.revokeUserLicense`.
    #[inline]
    pub fn revoke_user_license(
        &self,
        params: crate::beta::params::IosVppAppRevokeUserLicenseParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::IosVppAppRevokeUserLicenseParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("revokeUserLicense"),
            rt::request::Json(params),
        )
    }
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::beta::MimeContent> {
        crate::path::PropertyPath::new(self.node_target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    #[inline]
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("categories"))
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.mobileAppInstallStatus`).
    #[inline]
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppInstallStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deviceStatuses"))
    }
    /// Containment navigation property `installSummary` (`microsoft.graph.mobileAppInstallSummary`).
    #[inline]
    pub fn install_summary(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::MobileAppInstallSummary,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("installSummary"))
    }
    /// Containment navigation property `relationships` (`microsoft.graph.mobileAppRelationship`).
    #[inline]
    pub fn relationships(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyMobileAppRelationship,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("relationships"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.userAppInstallStatus`).
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserAppInstallStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("userStatuses"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::beta::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getRelatedAppStates`: function `microsoft.graph.getRelatedAppStates`.
    #[inline]
    pub fn get_related_app_states(
        &self,
        user_principal_name: &str,
        device_id: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::MobileAppRelationshipState>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getRelatedAppStates",
                    &[
                        (
                            "userPrincipalName",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(user_principal_name),
                            ),
                        ),
                        (
                            "deviceId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(device_id),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `POST .../updateRelationships`: action `microsoft.graph.updateRelationships`.
    #[inline]
    pub fn update_relationships(
        &self,
        params: crate::beta::params::MobileAppUpdateRelationshipsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MobileAppUpdateRelationshipsParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("updateRelationships"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyMobileApp> for crate::beta::IosVppApp {
    const SEGMENT: &'static str = "microsoft.graph.iosVppApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::IosVppApp {
    const SEGMENT: &'static str = "microsoft.graph.iosVppApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::IosVppApp, C> {
    /// `GET .../getMobileAppCount`: function `microsoft.graph.getMobileAppCount`.
    pub fn get_mobile_app_count(
        &self,
        status: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<i64>> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getMobileAppCount",
                    &[
                        (
                            "status",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(status),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTopMobileApps`: function `microsoft.graph.getTopMobileApps`.
    pub fn get_top_mobile_apps(
        &self,
        status: &str,
        count: i64,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AnyMobileApp>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getTopMobileApps",
                    &[
                        (
                            "status",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(status),
                            ),
                        ),
                        (
                            "count",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&count),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `POST .../hasPayloadLinks`: action `microsoft.graph.hasPayloadLinks`.
    pub fn has_payload_links(
        &self,
        params: crate::beta::params::MobileAppCollectionHasPayloadLinksParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MobileAppCollectionHasPayloadLinksParams>,
        rt::request::Collection<crate::beta::HasPayloadLinkResultItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("hasPayloadLinks"),
            rt::request::Json(params),
        )
    }
    /// `POST .../validateXml`: action `microsoft.graph.validateXml`.
    pub fn validate_xml(
        &self,
        params: crate::beta::params::MobileAppCollectionValidateXmlParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MobileAppCollectionValidateXmlParams>,
        rt::request::ValueOf<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("validateXml"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyIosVppAppAssignedLicense>
for crate::beta::IosVppAppAssignedDeviceLicense {
    const SEGMENT: &'static str = "microsoft.graph.iosVppAppAssignedDeviceLicense";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::IosVppAppAssignedDeviceLicense {
    const SEGMENT: &'static str = "microsoft.graph.iosVppAppAssignedDeviceLicense";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyIosVppAppAssignedLicense {
    const SEGMENT: &'static str = "microsoft.graph.iosVppAppAssignedLicense";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyIosVppAppAssignedLicense>
for crate::beta::IosVppAppAssignedUserLicense {
    const SEGMENT: &'static str = "microsoft.graph.iosVppAppAssignedUserLicense";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::IosVppAppAssignedUserLicense {
    const SEGMENT: &'static str = "microsoft.graph.iosVppAppAssignedUserLicense";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyManagedEBook>
for crate::beta::IosVppEBook {
    const SEGMENT: &'static str = "microsoft.graph.iosVppEBook";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::IosVppEBook {
    const SEGMENT: &'static str = "microsoft.graph.iosVppEBook";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyManagedEBookAssignment>
for crate::beta::IosVppEBookAssignment {
    const SEGMENT: &'static str = "microsoft.graph.iosVppEBookAssignment";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::IosVppEBookAssignment {
    const SEGMENT: &'static str = "microsoft.graph.iosVppEBookAssignment";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::AnyIosWiFiConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosWiFiConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyIosWiFiConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosWiFiConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::AnyIosWiFiConfiguration, C> {
    /// `GET .../getIosAvailableUpdateVersions`: function `microsoft.graph.getIosAvailableUpdateVersions`.
    pub fn get_ios_available_update_versions(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::IosAvailableUpdateVersion>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getIosAvailableUpdateVersions", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getTargetedUsersAndDevices`: action `microsoft.graph.getTargetedUsersAndDevices`.
    pub fn get_targeted_users_and_devices(
        &self,
        params: crate::beta::params::DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams,
        >,
        rt::request::Collection<crate::beta::DeviceConfigurationTargetedUserAndDevice>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getTargetedUsersAndDevices"),
            rt::request::Json(params),
        )
    }
    /// `POST .../hasPayloadLinks`: action `microsoft.graph.hasPayloadLinks`.
    pub fn has_payload_links(
        &self,
        params: crate::beta::params::DeviceConfigurationCollectionHasPayloadLinksParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationCollectionHasPayloadLinksParams,
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
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::IosikEv2VpnConfigurationPath {
    /// Structural property `alwaysOnConfiguration` (`microsoft.graph.appleVpnAlwaysOnConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn always_on_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AppleVpnAlwaysOnConfiguration> {
        crate::path::PropertyPath::new(
            self.node_target().segment("alwaysOnConfiguration"),
        )
    }
    /// Structural property `childSecurityAssociationParameters` (`microsoft.graph.iosVpnSecurityAssociationParameters`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn child_security_association_parameters(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IosVpnSecurityAssociationParameters> {
        crate::path::PropertyPath::new(
            self.node_target().segment("childSecurityAssociationParameters"),
        )
    }
    /// Structural property `securityAssociationParameters` (`microsoft.graph.iosVpnSecurityAssociationParameters`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn security_association_parameters(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IosVpnSecurityAssociationParameters> {
        crate::path::PropertyPath::new(
            self.node_target().segment("securityAssociationParameters"),
        )
    }
    /// Navigation property `derivedCredentialSettings` (`microsoft.graph.deviceManagementDerivedCredentialSettings`).
    #[inline]
    pub fn derived_credential_settings(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DeviceManagementDerivedCredentialSettings,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("derivedCredentialSettings"),
        )
    }
    /// Navigation property `identityCertificate` (`microsoft.graph.iosCertificateProfileBase`).
    #[inline]
    pub fn identity_certificate(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnyIosCertificateProfileBase,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("identityCertificate"))
    }
    /// Structural property `proxyServer` (`microsoft.graph.vpnProxyServer`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn proxy_server(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyVpnProxyServer> {
        crate::path::PropertyPath::new(self.node_target().segment("proxyServer"))
    }
    /// Structural property `server` (`microsoft.graph.vpnServer`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn server(&self) -> crate::path::PropertyPath<crate::beta::VpnServer> {
        crate::path::PropertyPath::new(self.node_target().segment("server"))
    }
    /// Structural property `deviceManagementApplicabilityRuleDeviceMode` (`microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleDeviceMode,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("deviceManagementApplicabilityRuleDeviceMode"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsEdition` (`microsoft.graph.deviceManagementApplicabilityRuleOsEdition`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_management_applicability_rule_os_edition(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsEdition,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("deviceManagementApplicabilityRuleOsEdition"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsVersion` (`microsoft.graph.deviceManagementApplicabilityRuleOsVersion`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_management_applicability_rule_os_version(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsVersion,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("deviceManagementApplicabilityRuleOsVersion"),
        )
    }
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SettingStateDeviceSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("deviceSettingStateSummaries"),
        )
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.deviceConfigurationDeviceStatus`).
    #[inline]
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DeviceConfigurationDeviceOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("deviceStatusOverview"))
    }
    /// Containment navigation property `groupAssignments` (`microsoft.graph.deviceConfigurationGroupAssignment`).
    #[inline]
    pub fn group_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationGroupAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("groupAssignments"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DeviceConfigurationUserOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("userStatusOverview"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::beta::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../assignedAccessMultiModeProfiles`: action `microsoft.graph.assignedAccessMultiModeProfiles`.
    #[inline]
    pub fn assigned_access_multi_mode_profiles(
        &self,
        params: crate::beta::params::DeviceConfigurationAssignedAccessMultiModeProfilesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationAssignedAccessMultiModeProfilesParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assignedAccessMultiModeProfiles"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getOmaSettingPlainTextValue`: function `microsoft.graph.getOmaSettingPlainTextValue`.
    #[inline]
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
                .node_target()
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
    /// `POST .../windowsPrivacyAccessControls`: action `microsoft.graph.windowsPrivacyAccessControls`.
    #[inline]
    pub fn windows_privacy_access_controls(
        &self,
        params: crate::beta::params::DeviceConfigurationWindowsPrivacyAccessControlsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationWindowsPrivacyAccessControlsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("windowsPrivacyAccessControls"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyIosVpnConfiguration>
for crate::beta::IosikEv2VpnConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosikEv2VpnConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyAppleVpnConfiguration>
for crate::beta::IosikEv2VpnConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosikEv2VpnConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::IosikEv2VpnConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosikEv2VpnConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::IosikEv2VpnConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosikEv2VpnConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::IosikEv2VpnConfiguration, C> {
    /// `GET .../getIosAvailableUpdateVersions`: function `microsoft.graph.getIosAvailableUpdateVersions`.
    pub fn get_ios_available_update_versions(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::IosAvailableUpdateVersion>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getIosAvailableUpdateVersions", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getTargetedUsersAndDevices`: action `microsoft.graph.getTargetedUsersAndDevices`.
    pub fn get_targeted_users_and_devices(
        &self,
        params: crate::beta::params::DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams,
        >,
        rt::request::Collection<crate::beta::DeviceConfigurationTargetedUserAndDevice>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getTargetedUsersAndDevices"),
            rt::request::Json(params),
        )
    }
    /// `POST .../hasPayloadLinks`: action `microsoft.graph.hasPayloadLinks`.
    pub fn has_payload_links(
        &self,
        params: crate::beta::params::DeviceConfigurationCollectionHasPayloadLinksParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationCollectionHasPayloadLinksParams,
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
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyNamedLocation>
for crate::beta::IpNamedLocation {
    const SEGMENT: &'static str = "microsoft.graph.ipNamedLocation";
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::IpNamedLocation {
    const SEGMENT: &'static str = "microsoft.graph.ipNamedLocation";
}
#[cfg(msgraph_beta_search_or_security)]
/// Features: `beta`, or one of `beta-search`, `beta-security`.
impl dyn crate::beta::requests::IpSecurityProfilePath {
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
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::IpSecurityProfile {
    const SEGMENT: &'static str = "microsoft.graph.ipSecurityProfile";
}
#[cfg(msgraph_beta_financials_or_search)]
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
impl dyn crate::beta::requests::ItemPath {
    /// Containment navigation property `itemCategory` (`microsoft.graph.itemCategory`).
    #[inline]
    pub fn item_category(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::ItemCategory,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("itemCategory"))
    }
    /// Containment navigation property `picture` (`microsoft.graph.picture`).
    #[inline]
    pub fn picture(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Picture,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("picture"))
    }
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Item {
    const SEGMENT: &'static str = "microsoft.graph.item";
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::ItemActivityPath {
    /// Structural property `access` (`microsoft.graph.accessAction`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn access(&self) -> crate::path::PropertyPath<crate::beta::AccessAction> {
        crate::path::PropertyPath::new(self.node_target().segment("access"))
    }
    /// Structural property `actor` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn actor(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("actor"))
    }
    /// Containment navigation property `driveItem` (`microsoft.graph.driveItem`).
    #[inline]
    pub fn drive_item(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DriveItem,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("driveItem"))
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::ItemActivity {
    const SEGMENT: &'static str = "microsoft.graph.itemActivity";
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::ItemActivityOldPath {
    /// Structural property `action` (`microsoft.graph.itemActionSet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn action(&self) -> crate::path::PropertyPath<crate::beta::ItemActionSet> {
        crate::path::PropertyPath::new(self.node_target().segment("action"))
    }
    /// Structural property `actor` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn actor(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("actor"))
    }
    /// Structural property `times` (`microsoft.graph.itemActivityTimeSet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn times(&self) -> crate::path::PropertyPath<crate::beta::ItemActivityTimeSet> {
        crate::path::PropertyPath::new(self.node_target().segment("times"))
    }
    /// Containment navigation property `driveItem` (`microsoft.graph.driveItem`).
    #[inline]
    pub fn drive_item(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DriveItem,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("driveItem"))
    }
    /// Containment navigation property `listItem` (`microsoft.graph.listItem`).
    #[inline]
    pub fn list_item(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::ListItem,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("listItem"))
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::ItemActivityOld {
    const SEGMENT: &'static str = "microsoft.graph.itemActivityOLD";
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::ItemActivityStatPath {
    /// Structural property `access` (`microsoft.graph.itemActionStat`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn access(&self) -> crate::path::PropertyPath<crate::beta::ItemActionStat> {
        crate::path::PropertyPath::new(self.node_target().segment("access"))
    }
    /// Structural property `create` (`microsoft.graph.itemActionStat`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn create_2(&self) -> crate::path::PropertyPath<crate::beta::ItemActionStat> {
        crate::path::PropertyPath::new(self.node_target().segment("create"))
    }
    /// Structural property `delete` (`microsoft.graph.itemActionStat`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn delete_2(&self) -> crate::path::PropertyPath<crate::beta::ItemActionStat> {
        crate::path::PropertyPath::new(self.node_target().segment("delete"))
    }
    /// Structural property `edit` (`microsoft.graph.itemActionStat`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn edit(&self) -> crate::path::PropertyPath<crate::beta::ItemActionStat> {
        crate::path::PropertyPath::new(self.node_target().segment("edit"))
    }
    /// Structural property `incompleteData` (`microsoft.graph.incompleteData`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn incomplete_data(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IncompleteData> {
        crate::path::PropertyPath::new(self.node_target().segment("incompleteData"))
    }
    /// Structural property `move` (`microsoft.graph.itemActionStat`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn move_(&self) -> crate::path::PropertyPath<crate::beta::ItemActionStat> {
        crate::path::PropertyPath::new(self.node_target().segment("move"))
    }
    /// Containment navigation property `activities` (`microsoft.graph.itemActivity`).
    #[inline]
    pub fn activities(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ItemActivity,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("activities"))
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::ItemActivityStat {
    const SEGMENT: &'static str = "microsoft.graph.itemActivityStat";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::ItemAddressPath {
    /// Structural property `detail` (`microsoft.graph.physicalAddress`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn detail(&self) -> crate::path::PropertyPath<crate::beta::PhysicalAddress> {
        crate::path::PropertyPath::new(self.node_target().segment("detail"))
    }
    /// Structural property `geoCoordinates` (`microsoft.graph.geoCoordinates`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn geo_coordinates(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::GeoCoordinates> {
        crate::path::PropertyPath::new(self.node_target().segment("geoCoordinates"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `inference` (`microsoft.graph.inferenceData`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn inference(&self) -> crate::path::PropertyPath<crate::beta::InferenceData> {
        crate::path::PropertyPath::new(self.node_target().segment("inference"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Structural property `source` (`microsoft.graph.personDataSources`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn source(&self) -> crate::path::PropertyPath<crate::beta::PersonDataSources> {
        crate::path::PropertyPath::new(self.node_target().segment("source"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyItemFacet> for crate::beta::ItemAddress {
    const SEGMENT: &'static str = "microsoft.graph.itemAddress";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::ItemAddress {
    const SEGMENT: &'static str = "microsoft.graph.itemAddress";
}
#[cfg(msgraph_beta_search)]
/// Features: `beta` or `beta-search`.
impl dyn crate::beta::requests::ItemAnalyticsPath {
    /// Navigation property `allTime` (`microsoft.graph.itemActivityStat`).
    #[inline]
    pub fn all_time(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::ItemActivityStat,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("allTime"))
    }
    /// Containment navigation property `itemActivityStats` (`microsoft.graph.itemActivityStat`).
    #[inline]
    pub fn item_activity_stats(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ItemActivityStat,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("itemActivityStats"))
    }
    /// Navigation property `lastSevenDays` (`microsoft.graph.itemActivityStat`).
    #[inline]
    pub fn last_seven_days(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::ItemActivityStat,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("lastSevenDays"))
    }
}
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::ItemAnalytics {
    const SEGMENT: &'static str = "microsoft.graph.itemAnalytics";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::ItemAttachmentPath {
    /// Containment navigation property `item` (`microsoft.graph.outlookItem`).
    #[inline]
    pub fn item(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnyOutlookItem,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("item"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyAttachment>
for crate::beta::ItemAttachment {
    const SEGMENT: &'static str = "microsoft.graph.itemAttachment";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::ItemAttachment {
    const SEGMENT: &'static str = "microsoft.graph.itemAttachment";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::ItemAttachment, C> {
    /// `POST .../createUploadSession`: action `microsoft.graph.createUploadSession`.
    pub fn create_upload_session(
        &self,
        params: crate::beta::params::AttachmentCollectionCreateUploadSessionParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::AttachmentCollectionCreateUploadSessionParams,
        >,
        rt::request::Entity<crate::beta::UploadSession>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("createUploadSession"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::ItemCategory {
    const SEGMENT: &'static str = "microsoft.graph.itemCategory";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyItemFacet> for crate::beta::ItemEmail {
    const SEGMENT: &'static str = "microsoft.graph.itemEmail";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::ItemEmail {
    const SEGMENT: &'static str = "microsoft.graph.itemEmail";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::ItemFacetPath {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `inference` (`microsoft.graph.inferenceData`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn inference(&self) -> crate::path::PropertyPath<crate::beta::InferenceData> {
        crate::path::PropertyPath::new(self.node_target().segment("inference"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Structural property `source` (`microsoft.graph.personDataSources`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn source(&self) -> crate::path::PropertyPath<crate::beta::PersonDataSources> {
        crate::path::PropertyPath::new(self.node_target().segment("source"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::AnyItemFacet {
    const SEGMENT: &'static str = "microsoft.graph.itemFacet";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyOfficeGraphInsights>
for crate::beta::ItemInsights {
    const SEGMENT: &'static str = "microsoft.graph.itemInsights";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::ItemInsights {
    const SEGMENT: &'static str = "microsoft.graph.itemInsights";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ItemInsightsSettings {
    const SEGMENT: &'static str = "microsoft.graph.itemInsightsSettings";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyItemFacet> for crate::beta::ItemPatent {
    const SEGMENT: &'static str = "microsoft.graph.itemPatent";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::ItemPatent {
    const SEGMENT: &'static str = "microsoft.graph.itemPatent";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyItemFacet> for crate::beta::ItemPhone {
    const SEGMENT: &'static str = "microsoft.graph.itemPhone";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::ItemPhone {
    const SEGMENT: &'static str = "microsoft.graph.itemPhone";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyItemFacet>
for crate::beta::ItemPublication {
    const SEGMENT: &'static str = "microsoft.graph.itemPublication";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::ItemPublication {
    const SEGMENT: &'static str = "microsoft.graph.itemPublication";
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::JobResponseBasePath {
    /// Structural property `error` (`microsoft.graph.classificationError`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn error(&self) -> crate::path::PropertyPath<crate::beta::ClassificationError> {
        crate::path::PropertyPath::new(self.node_target().segment("error"))
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyJobResponseBase {
    const SEGMENT: &'static str = "microsoft.graph.jobResponseBase";
}
#[cfg(msgraph_beta_financials_or_search)]
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
impl dyn crate::beta::requests::JournalPath {
    /// Containment navigation property `account` (`microsoft.graph.account`).
    #[inline]
    pub fn account(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Account,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("account"))
    }
    /// Containment navigation property `journalLines` (`microsoft.graph.journalLine`).
    #[inline]
    pub fn journal_lines(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::JournalLine,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("journalLines"))
    }
    /// `POST .../post`: action `microsoft.graph.post`.
    #[inline]
    pub fn post(&self) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("post"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Journal {
    const SEGMENT: &'static str = "microsoft.graph.journal";
}
#[cfg(msgraph_beta_financials_or_search)]
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
impl dyn crate::beta::requests::JournalLinePath {
    /// Containment navigation property `account` (`microsoft.graph.account`).
    #[inline]
    pub fn account(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Account,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("account"))
    }
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::JournalLine {
    const SEGMENT: &'static str = "microsoft.graph.journalLine";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyItemFacet>
for crate::beta::LanguageProficiency {
    const SEGMENT: &'static str = "microsoft.graph.languageProficiency";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::LanguageProficiency {
    const SEGMENT: &'static str = "microsoft.graph.languageProficiency";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::LicenseDetails {
    const SEGMENT: &'static str = "microsoft.graph.licenseDetails";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::LinkedResource {
    const SEGMENT: &'static str = "microsoft.graph.linkedResource";
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::ListPath {
    /// Structural property `list` (`microsoft.graph.listInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn list_2(&self) -> crate::path::PropertyPath<crate::beta::ListInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("list"))
    }
    /// Structural property `sharepointIds` (`microsoft.graph.sharepointIds`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn sharepoint_ids(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::SharepointIds> {
        crate::path::PropertyPath::new(self.node_target().segment("sharepointIds"))
    }
    /// Structural property `system` (`microsoft.graph.systemFacet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn system(&self) -> crate::path::PropertyPath<crate::beta::SystemFacet> {
        crate::path::PropertyPath::new(self.node_target().segment("system"))
    }
    /// Containment navigation property `activities` (`microsoft.graph.itemActivityOLD`).
    #[inline]
    pub fn activities(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ItemActivityOld,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("activities"))
    }
    /// Containment navigation property `columns` (`microsoft.graph.columnDefinition`).
    #[inline]
    pub fn columns(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ColumnDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("columns"))
    }
    /// Containment navigation property `contentTypes` (`microsoft.graph.contentType`).
    #[inline]
    pub fn content_types(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ContentType,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("contentTypes"))
    }
    /// Containment navigation property `drive` (`microsoft.graph.drive`).
    #[inline]
    pub fn drive(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Drive,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("drive"))
    }
    /// Containment navigation property `items` (`microsoft.graph.listItem`).
    #[inline]
    pub fn items(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ListItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("items"))
    }
    /// Containment navigation property `subscriptions` (`microsoft.graph.subscription`).
    #[inline]
    pub fn subscriptions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Subscription,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("subscriptions"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Structural property `parentReference` (`microsoft.graph.itemReference`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn parent_reference(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ItemReference> {
        crate::path::PropertyPath::new(self.node_target().segment("parentReference"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `createdByUser` (`microsoft.graph.user`).
    ///
    /// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[inline]
    pub fn created_by_user(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::User,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("createdByUser"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `lastModifiedByUser` (`microsoft.graph.user`).
    ///
    /// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[inline]
    pub fn last_modified_by_user(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::User,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("lastModifiedByUser"))
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyBaseItem> for crate::beta::List {
    const SEGMENT: &'static str = "microsoft.graph.list";
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::List {
    const SEGMENT: &'static str = "microsoft.graph.list";
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::ListItemPath {
    /// Structural property `contentType` (`microsoft.graph.contentTypeInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn content_type(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ContentTypeInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("contentType"))
    }
    /// Structural property `sharepointIds` (`microsoft.graph.sharepointIds`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn sharepoint_ids(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::SharepointIds> {
        crate::path::PropertyPath::new(self.node_target().segment("sharepointIds"))
    }
    /// Containment navigation property `activities` (`microsoft.graph.itemActivityOLD`).
    #[inline]
    pub fn activities(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ItemActivityOld,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("activities"))
    }
    #[cfg(msgraph_beta_search)]
    /// Navigation property `analytics` (`microsoft.graph.itemAnalytics`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn analytics(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::ItemAnalytics,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("analytics"))
    }
    /// Containment navigation property `driveItem` (`microsoft.graph.driveItem`).
    #[inline]
    pub fn drive_item(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DriveItem,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("driveItem"))
    }
    /// Containment navigation property `fields` (`microsoft.graph.fieldValueSet`).
    #[inline]
    pub fn fields(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::FieldValueSet,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("fields"))
    }
    /// Containment navigation property `versions` (`microsoft.graph.listItemVersion`).
    #[inline]
    pub fn versions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ListItemVersion,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("versions"))
    }
    /// `POST .../createLink`: action `microsoft.graph.createLink`.
    #[inline]
    pub fn create_link(
        &self,
        params: crate::beta::params::ListItemCreateLinkParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ListItemCreateLinkParams>,
        rt::request::Entity<crate::beta::Permission>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("createLink"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getActivitiesByInterval`: function `microsoft.graph.getActivitiesByInterval`.
    #[inline]
    pub fn get_activities_by_interval(
        &self,
        start_date_time: &str,
        end_date_time: &str,
        interval: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::ItemActivityStat>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
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
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Structural property `parentReference` (`microsoft.graph.itemReference`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn parent_reference(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ItemReference> {
        crate::path::PropertyPath::new(self.node_target().segment("parentReference"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `createdByUser` (`microsoft.graph.user`).
    ///
    /// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[inline]
    pub fn created_by_user(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::User,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("createdByUser"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `lastModifiedByUser` (`microsoft.graph.user`).
    ///
    /// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[inline]
    pub fn last_modified_by_user(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::User,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("lastModifiedByUser"))
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyBaseItem> for crate::beta::ListItem {
    const SEGMENT: &'static str = "microsoft.graph.listItem";
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::ListItem {
    const SEGMENT: &'static str = "microsoft.graph.listItem";
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::ListItemVersionPath {
    /// Containment navigation property `fields` (`microsoft.graph.fieldValueSet`).
    #[inline]
    pub fn fields(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::FieldValueSet,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("fields"))
    }
    /// `POST .../restoreVersion`: action `microsoft.graph.restoreVersion`.
    #[inline]
    pub fn restore_version(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("restoreVersion"),
            rt::request::NoBody,
        )
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Structural property `publication` (`microsoft.graph.publicationFacet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn publication(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PublicationFacet> {
        crate::path::PropertyPath::new(self.node_target().segment("publication"))
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyBaseItemVersion>
for crate::beta::ListItemVersion {
    const SEGMENT: &'static str = "microsoft.graph.listItemVersion";
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::ListItemVersion {
    const SEGMENT: &'static str = "microsoft.graph.listItemVersion";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::LocalizedNotificationMessage {
    const SEGMENT: &'static str = "microsoft.graph.localizedNotificationMessage";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyManagementCondition>
for crate::beta::AnyLocationManagementCondition {
    const SEGMENT: &'static str = "microsoft.graph.locationManagementCondition";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyLocationManagementCondition {
    const SEGMENT: &'static str = "microsoft.graph.locationManagementCondition";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::AnyLocationManagementCondition, C> {
    /// `GET .../getManagementConditionsForPlatform`: function `microsoft.graph.getManagementConditionsForPlatform`.
    pub fn get_management_conditions_for_platform(
        &self,
        platform: &crate::beta::DevicePlatformType,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AnyManagementCondition>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getManagementConditionsForPlatform",
                    &[
                        (
                            "platform",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(platform),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::LongRunningOperation {
    const SEGMENT: &'static str = "microsoft.graph.longRunningOperation";
}
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::LookupResultRow {
    const SEGMENT: &'static str = "microsoft.graph.lookupResultRow";
}
#[cfg(msgraph_beta_compliance_or_search)]
/// Features: `beta`, or one of `beta-compliance`, `beta-search`.
impl dyn crate::beta::requests::ediscovery::LegalHoldPath {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Containment navigation property `siteSources` (`microsoft.graph.ediscovery.siteSource`).
    #[inline]
    pub fn site_sources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ediscovery::SiteSource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("siteSources"))
    }
    /// Containment navigation property `unifiedGroupSources` (`microsoft.graph.ediscovery.unifiedGroupSource`).
    #[inline]
    pub fn unified_group_sources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ediscovery::UnifiedGroupSource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("unifiedGroupSources"),
        )
    }
    /// Containment navigation property `userSources` (`microsoft.graph.ediscovery.userSource`).
    #[inline]
    pub fn user_sources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ediscovery::UserSource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("userSources"))
    }
}
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ediscovery::LegalHold {
    const SEGMENT: &'static str = "microsoft.graph.ediscovery.legalHold";
}
