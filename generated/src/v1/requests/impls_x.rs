//! Items of `requests` by the first letters of their types' names (`x`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
impl dyn crate::v1::requests::X509CertificateAuthenticationMethodConfigurationPath {
    /// Structural property `authenticationModeConfiguration` (`microsoft.graph.x509CertificateAuthenticationModeConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn authentication_mode_configuration(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::X509CertificateAuthenticationModeConfiguration,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("authenticationModeConfiguration"),
        )
    }
    /// Structural property `crlValidationConfiguration` (`microsoft.graph.x509CertificateCRLValidationConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn crl_validation_configuration(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::X509CertificateCrlValidationConfiguration,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("crlValidationConfiguration"),
        )
    }
    /// Structural property `issuerHintsConfiguration` (`microsoft.graph.x509CertificateIssuerHintsConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn issuer_hints_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::X509CertificateIssuerHintsConfiguration> {
        crate::path::PropertyPath::new(
            self.node_target().segment("issuerHintsConfiguration"),
        )
    }
    /// Containment navigation property `includeTargets` (`microsoft.graph.authenticationMethodTarget`).
    #[inline]
    pub fn include_targets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyAuthenticationMethodTarget,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("includeTargets"))
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationMethodConfiguration>
for crate::v1::X509CertificateAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.x509CertificateAuthenticationMethodConfiguration";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::X509CertificateAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.x509CertificateAuthenticationMethodConfiguration";
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationCombinationConfiguration>
for crate::v1::X509CertificateCombinationConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.x509CertificateCombinationConfiguration";
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::X509CertificateCombinationConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.x509CertificateCombinationConfiguration";
}
