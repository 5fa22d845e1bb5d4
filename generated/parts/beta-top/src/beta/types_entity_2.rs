//! Types of `microsoft.graph` by the first letters of their names (`entity_2`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedAppProtection> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ManagedAppProtection) -> Self {
        Self::ManagedAppProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedAppProtectionPolicySetItem> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ManagedAppProtectionPolicySetItem) -> Self {
        Self::ManagedAppProtectionPolicySetItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedAppRegistration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ManagedAppRegistration) -> Self {
        Self::ManagedAppRegistration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedAppStatus> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ManagedAppStatus) -> Self {
        Self::ManagedAppStatus(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedAppStatusRaw> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ManagedAppStatusRaw) -> Self {
        Self::ManagedAppStatusRaw(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedDevice> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ManagedDevice) -> Self {
        Self::ManagedDevice(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedDeviceCertificateState> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ManagedDeviceCertificateState) -> Self {
        Self::ManagedDeviceCertificateState(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedDeviceEncryptionState> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ManagedDeviceEncryptionState) -> Self {
        Self::ManagedDeviceEncryptionState(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedDeviceMobileAppConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ManagedDeviceMobileAppConfiguration) -> Self {
        Self::ManagedDeviceMobileAppConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedDeviceMobileAppConfigurationAssignment>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ManagedDeviceMobileAppConfigurationAssignment) -> Self {
        Self::ManagedDeviceMobileAppConfigurationAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedDeviceMobileAppConfigurationDeviceStatus>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ManagedDeviceMobileAppConfigurationDeviceStatus) -> Self {
        Self::ManagedDeviceMobileAppConfigurationDeviceStatus(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedDeviceMobileAppConfigurationDeviceSummary>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ManagedDeviceMobileAppConfigurationDeviceSummary) -> Self {
        Self::ManagedDeviceMobileAppConfigurationDeviceSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedDeviceMobileAppConfigurationPolicySetItem>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ManagedDeviceMobileAppConfigurationPolicySetItem) -> Self {
        Self::ManagedDeviceMobileAppConfigurationPolicySetItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedDeviceMobileAppConfigurationState>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ManagedDeviceMobileAppConfigurationState) -> Self {
        Self::ManagedDeviceMobileAppConfigurationState(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedDeviceMobileAppConfigurationUserStatus>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ManagedDeviceMobileAppConfigurationUserStatus) -> Self {
        Self::ManagedDeviceMobileAppConfigurationUserStatus(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedDeviceMobileAppConfigurationUserSummary>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ManagedDeviceMobileAppConfigurationUserSummary) -> Self {
        Self::ManagedDeviceMobileAppConfigurationUserSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedDeviceOverview> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ManagedDeviceOverview) -> Self {
        Self::ManagedDeviceOverview(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedEBook> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ManagedEBook) -> Self {
        Self::ManagedEBook(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedEBookAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ManagedEBookAssignment) -> Self {
        Self::ManagedEBookAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedEBookCategory> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ManagedEBookCategory) -> Self {
        Self::ManagedEBookCategory(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedIosLobApp> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ManagedIosLobApp) -> Self {
        Self::ManagedIosLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedIosStoreApp> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ManagedIosStoreApp) -> Self {
        Self::ManagedIosStoreApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedMobileApp> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ManagedMobileApp) -> Self {
        Self::ManagedMobileApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedMobileLobApp> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ManagedMobileLobApp) -> Self {
        Self::ManagedMobileLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search_or_tenant_relationships)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::managed_tenants::AggregatedPolicyCompliance>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::managed_tenants::AggregatedPolicyCompliance) -> Self {
        Self::AggregatedPolicyCompliance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search_or_tenant_relationships)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::managed_tenants::CloudPcConnection>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::managed_tenants::CloudPcConnection) -> Self {
        Self::CloudPcConnection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search_or_tenant_relationships)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::managed_tenants::CloudPcDevice> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::managed_tenants::CloudPcDevice) -> Self {
        Self::CloudPcDevice(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search_or_tenant_relationships)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::managed_tenants::ConditionalAccessPolicyCoverage>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::managed_tenants::ConditionalAccessPolicyCoverage) -> Self {
        Self::ConditionalAccessPolicyCoverage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search_or_tenant_relationships)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::managed_tenants::CredentialUserRegistrationsSummary,
> for AnyEntity {
    #[inline]
    fn from(
        v: crate::beta::managed_tenants::CredentialUserRegistrationsSummary,
    ) -> Self {
        Self::CredentialUserRegistrationsSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search_or_tenant_relationships)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::managed_tenants::DeviceCompliancePolicySettingStateSummary,
> for AnyEntity {
    #[inline]
    fn from(
        v: crate::beta::managed_tenants::DeviceCompliancePolicySettingStateSummary,
    ) -> Self {
        Self::ManagedTenantsDeviceCompliancePolicySettingStateSummary(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search_or_tenant_relationships)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::managed_tenants::ManagedDeviceCompliance>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::managed_tenants::ManagedDeviceCompliance) -> Self {
        Self::ManagedDeviceCompliance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search_or_tenant_relationships)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::managed_tenants::ManagedDeviceComplianceTrend>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::managed_tenants::ManagedDeviceComplianceTrend) -> Self {
        Self::ManagedDeviceComplianceTrend(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search_or_tenant_relationships)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::managed_tenants::ManagedTenant> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::managed_tenants::ManagedTenant) -> Self {
        Self::ManagedTenant(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search_or_tenant_relationships)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::managed_tenants::RiskyUser> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::managed_tenants::RiskyUser) -> Self {
        Self::ManagedTenantsRiskyUser(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search_or_tenant_relationships)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::managed_tenants::WindowsDeviceMalwareState>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::managed_tenants::WindowsDeviceMalwareState) -> Self {
        Self::ManagedTenantsWindowsDeviceMalwareState(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search_or_tenant_relationships)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::managed_tenants::WindowsProtectionState>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::managed_tenants::WindowsProtectionState) -> Self {
        Self::ManagedTenantsWindowsProtectionState(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagementCondition> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ManagementCondition) -> Self {
        Self::ManagementCondition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagementConditionStatement> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ManagementConditionStatement) -> Self {
        Self::ManagementConditionStatement(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MdmWindowsInformationProtectionPolicy>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MdmWindowsInformationProtectionPolicy) -> Self {
        Self::MdmWindowsInformationProtectionPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::MdmWindowsInformationProtectionPolicyPolicySetItem,
> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MdmWindowsInformationProtectionPolicyPolicySetItem) -> Self {
        Self::MdmWindowsInformationProtectionPolicyPolicySetItem(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_activitystatistics)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MeetingActivityStatistics> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MeetingActivityStatistics) -> Self {
        Self::MeetingActivityStatistics(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_app_or_communications)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MeetingAttendanceReport> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MeetingAttendanceReport) -> Self {
        Self::MeetingAttendanceReport(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Mention> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Mention) -> Self {
        Self::Mention(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Message> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Message) -> Self {
        Self::Message(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MessageRule> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MessageRule) -> Self {
        Self::MessageRule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MicrosoftAuthenticatorAuthenticationMethod>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MicrosoftAuthenticatorAuthenticationMethod) -> Self {
        Self::MicrosoftAuthenticatorAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::MicrosoftAuthenticatorAuthenticationMethodConfiguration,
> for AnyEntity {
    #[inline]
    fn from(
        v: crate::beta::MicrosoftAuthenticatorAuthenticationMethodConfiguration,
    ) -> Self {
        Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MicrosoftAuthenticatorAuthenticationMethodTarget>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MicrosoftAuthenticatorAuthenticationMethodTarget) -> Self {
        Self::MicrosoftAuthenticatorAuthenticationMethodTarget(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MicrosoftStoreForBusinessApp> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MicrosoftStoreForBusinessApp) -> Self {
        Self::MicrosoftStoreForBusinessApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MicrosoftStoreForBusinessContainedApp>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MicrosoftStoreForBusinessContainedApp) -> Self {
        Self::MicrosoftStoreForBusinessContainedApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MicrosoftTunnelConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MicrosoftTunnelConfiguration) -> Self {
        Self::MicrosoftTunnelConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MicrosoftTunnelHealthThreshold> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MicrosoftTunnelHealthThreshold) -> Self {
        Self::MicrosoftTunnelHealthThreshold(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MicrosoftTunnelServer> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MicrosoftTunnelServer) -> Self {
        Self::MicrosoftTunnelServer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MicrosoftTunnelServerLogCollectionResponse>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MicrosoftTunnelServerLogCollectionResponse) -> Self {
        Self::MicrosoftTunnelServerLogCollectionResponse(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MicrosoftTunnelSite> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MicrosoftTunnelSite) -> Self {
        Self::MicrosoftTunnelSite(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MobileApp> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MobileApp) -> Self {
        Self::MobileApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MobileAppAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MobileAppAssignment) -> Self {
        Self::MobileAppAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MobileAppCategory> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MobileAppCategory) -> Self {
        Self::MobileAppCategory(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MobileAppContent> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MobileAppContent) -> Self {
        Self::MobileAppContent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MobileAppContentFile> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MobileAppContentFile) -> Self {
        Self::MobileAppContentFile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MobileAppDependency> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MobileAppDependency) -> Self {
        Self::MobileAppDependency(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MobileAppInstallStatus> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MobileAppInstallStatus) -> Self {
        Self::MobileAppInstallStatus(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MobileAppInstallSummary> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MobileAppInstallSummary) -> Self {
        Self::MobileAppInstallSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MobileAppIntentAndState> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MobileAppIntentAndState) -> Self {
        Self::MobileAppIntentAndState(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MobileAppPolicySetItem> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MobileAppPolicySetItem) -> Self {
        Self::MobileAppPolicySetItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MobileAppProvisioningConfigGroupAssignment>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MobileAppProvisioningConfigGroupAssignment) -> Self {
        Self::MobileAppProvisioningConfigGroupAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MobileAppRelationship> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MobileAppRelationship) -> Self {
        Self::MobileAppRelationship(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MobileAppSupersedence> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MobileAppSupersedence) -> Self {
        Self::MobileAppSupersedence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MobileAppTroubleshootingEvent> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MobileAppTroubleshootingEvent) -> Self {
        Self::MobileAppTroubleshootingEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MobileContainedApp> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MobileContainedApp) -> Self {
        Self::MobileContainedApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MobileLobApp> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MobileLobApp) -> Self {
        Self::MobileLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MobileThreatDefenseConnector> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MobileThreatDefenseConnector) -> Self {
        Self::MobileThreatDefenseConnector(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MultiValueLegacyExtendedProperty> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MultiValueLegacyExtendedProperty) -> Self {
        Self::MultiValueLegacyExtendedProperty(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MuteParticipantOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MuteParticipantOperation) -> Self {
        Self::MuteParticipantOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MuteParticipantsOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MuteParticipantsOperation) -> Self {
        Self::MuteParticipantsOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::NamedLocation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::NamedLocation) -> Self {
        Self::NamedLocation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::NdesConnector> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::NdesConnector) -> Self {
        Self::NdesConnector(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::NetworkIPv4ConfigurationManagementCondition>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::NetworkIPv4ConfigurationManagementCondition) -> Self {
        Self::NetworkIPv4ConfigurationManagementCondition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::NetworkIPv6ConfigurationManagementCondition>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::NetworkIPv6ConfigurationManagementCondition) -> Self {
        Self::NetworkIPv6ConfigurationManagementCondition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::NetworkManagementCondition> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::NetworkManagementCondition) -> Self {
        Self::NetworkManagementCondition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Note> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Note) -> Self {
        Self::Note(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Notebook> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Notebook) -> Self {
        Self::Notebook(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Notification> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Notification) -> Self {
        Self::Notification(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::NotificationMessageTemplate> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::NotificationMessageTemplate) -> Self {
        Self::NotificationMessageTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_oauth2_permission_grants_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OAuth2PermissionGrant> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::OAuth2PermissionGrant) -> Self {
        Self::OAuth2PermissionGrant(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OfferShiftRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::OfferShiftRequest) -> Self {
        Self::OfferShiftRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Office365ActivationCounts> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Office365ActivationCounts) -> Self {
        Self::Office365ActivationCounts(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Office365ActivationsUserCounts> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Office365ActivationsUserCounts) -> Self {
        Self::Office365ActivationsUserCounts(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Office365ActivationsUserDetail> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Office365ActivationsUserDetail) -> Self {
        Self::Office365ActivationsUserDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Office365ActiveUserCounts> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Office365ActiveUserCounts) -> Self {
        Self::Office365ActiveUserCounts(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Office365ActiveUserDetail> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Office365ActiveUserDetail) -> Self {
        Self::Office365ActiveUserDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Office365GroupsActivityCounts> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Office365GroupsActivityCounts) -> Self {
        Self::Office365GroupsActivityCounts(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Office365GroupsActivityDetail> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Office365GroupsActivityDetail) -> Self {
        Self::Office365GroupsActivityDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Office365GroupsActivityFileCounts> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Office365GroupsActivityFileCounts) -> Self {
        Self::Office365GroupsActivityFileCounts(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Office365GroupsActivityGroupCounts>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Office365GroupsActivityGroupCounts) -> Self {
        Self::Office365GroupsActivityGroupCounts(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Office365GroupsActivityStorage> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Office365GroupsActivityStorage) -> Self {
        Self::Office365GroupsActivityStorage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Office365ServicesUserCounts> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Office365ServicesUserCounts) -> Self {
        Self::Office365ServicesUserCounts(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_office_configuration_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OfficeClientConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::OfficeClientConfiguration) -> Self {
        Self::OfficeClientConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_office_configuration_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OfficeClientConfigurationAssignment>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::OfficeClientConfigurationAssignment) -> Self {
        Self::OfficeClientConfigurationAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OfficeGraphInsights> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::OfficeGraphInsights) -> Self {
        Self::OfficeGraphInsights(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OfficeSuiteApp> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::OfficeSuiteApp) -> Self {
        Self::OfficeSuiteApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OnPremisesAgent> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::OnPremisesAgent) -> Self {
        Self::OnPremisesAgent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OnPremisesAgentGroup> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::OnPremisesAgentGroup) -> Self {
        Self::OnPremisesAgentGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OnPremisesConditionalAccessSettings>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::OnPremisesConditionalAccessSettings) -> Self {
        Self::OnPremisesConditionalAccessSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OnPremisesPublishingProfile> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::OnPremisesPublishingProfile) -> Self {
        Self::OnPremisesPublishingProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OneDriveActivityUserDetail> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::OneDriveActivityUserDetail) -> Self {
        Self::OneDriveActivityUserDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OneDriveUsageAccountCounts> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::OneDriveUsageAccountCounts) -> Self {
        Self::OneDriveUsageAccountCounts(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OneDriveUsageAccountDetail> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::OneDriveUsageAccountDetail) -> Self {
        Self::OneDriveUsageAccountDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OneDriveUsageFileCounts> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::OneDriveUsageFileCounts) -> Self {
        Self::OneDriveUsageFileCounts(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Onenote> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Onenote) -> Self {
        Self::Onenote(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OnenoteEntityBaseModel> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::OnenoteEntityBaseModel) -> Self {
        Self::OnenoteEntityBaseModel(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OnenoteEntityHierarchyModel> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::OnenoteEntityHierarchyModel) -> Self {
        Self::OnenoteEntityHierarchyModel(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OnenoteEntitySchemaObjectModel> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::OnenoteEntitySchemaObjectModel) -> Self {
        Self::OnenoteEntitySchemaObjectModel(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OnenoteOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::OnenoteOperation) -> Self {
        Self::OnenoteOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OnenotePage> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::OnenotePage) -> Self {
        Self::OnenotePage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OnenoteResource> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::OnenoteResource) -> Self {
        Self::OnenoteResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OnenoteSection> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::OnenoteSection) -> Self {
        Self::OnenoteSection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_app_or_communications)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OnlineMeeting> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::OnlineMeeting) -> Self {
        Self::OnlineMeeting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OpenIdConnectIdentityProvider> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::OpenIdConnectIdentityProvider) -> Self {
        Self::OpenIdConnectIdentityProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_providers_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OpenIdConnectProvider> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::OpenIdConnectProvider) -> Self {
        Self::OpenIdConnectProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OpenShift> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::OpenShift) -> Self {
        Self::OpenShift(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OpenShiftChangeRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::OpenShiftChangeRequest) -> Self {
        Self::OpenShiftChangeRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OpenTypeExtension> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::OpenTypeExtension) -> Self {
        Self::OpenTypeExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Operation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Operation) -> Self {
        Self::Operation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OrgContact> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::OrgContact) -> Self {
        Self::OrgContact(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Organization> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Organization) -> Self {
        Self::Organization(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OrganizationSettings> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::OrganizationSettings) -> Self {
        Self::OrganizationSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_branding)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OrganizationalBranding> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::OrganizationalBranding) -> Self {
        Self::OrganizationalBranding(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_branding)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OrganizationalBrandingLocalization>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::OrganizationalBrandingLocalization) -> Self {
        Self::OrganizationalBrandingLocalization(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_branding)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OrganizationalBrandingProperties> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::OrganizationalBrandingProperties) -> Self {
        Self::OrganizationalBrandingProperties(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OutlookCategory> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::OutlookCategory) -> Self {
        Self::OutlookCategory(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OutlookItem> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::OutlookItem) -> Self {
        Self::OutlookItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OutlookTask> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::OutlookTask) -> Self {
        Self::OutlookTask(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OutlookTaskFolder> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::OutlookTaskFolder) -> Self {
        Self::OutlookTaskFolder(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OutlookTaskGroup> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::OutlookTaskGroup) -> Self {
        Self::OutlookTaskGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OutlookUser> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::OutlookUser) -> Self {
        Self::OutlookUser(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Participant> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Participant) -> Self {
        Self::Participant(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ParticipantJoiningNotification> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ParticipantJoiningNotification) -> Self {
        Self::ParticipantJoiningNotification(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ParticipantLeftNotification> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ParticipantLeftNotification) -> Self {
        Self::ParticipantLeftNotification(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PasswordAuthenticationMethod> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PasswordAuthenticationMethod) -> Self {
        Self::PasswordAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::PasswordlessMicrosoftAuthenticatorAuthenticationMethod,
> for AnyEntity {
    #[inline]
    fn from(
        v: crate::beta::PasswordlessMicrosoftAuthenticatorAuthenticationMethod,
    ) -> Self {
        Self::PasswordlessMicrosoftAuthenticatorAuthenticationMethod(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_payload_response_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PayloadResponse> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PayloadResponse) -> Self {
        Self::PayloadResponse(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PaymentMethod> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PaymentMethod) -> Self {
        Self::PaymentMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PaymentTerm> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PaymentTerm) -> Self {
        Self::PaymentTerm(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Permission> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Permission) -> Self {
        Self::Permission(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PermissionGrantConditionSet> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PermissionGrantConditionSet) -> Self {
        Self::PermissionGrantConditionSet(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PermissionGrantPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PermissionGrantPolicy) -> Self {
        Self::PermissionGrantPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Person> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Person) -> Self {
        Self::Person(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PersonAnnotation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PersonAnnotation) -> Self {
        Self::PersonAnnotation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PersonAnnualEvent> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PersonAnnualEvent) -> Self {
        Self::PersonAnnualEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PersonAward> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PersonAward) -> Self {
        Self::PersonAward(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PersonCertification> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PersonCertification) -> Self {
        Self::PersonCertification(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PersonExtension> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PersonExtension) -> Self {
        Self::PersonExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PersonInterest> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PersonInterest) -> Self {
        Self::PersonInterest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PersonName> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PersonName) -> Self {
        Self::PersonName(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PersonResponsibility> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PersonResponsibility) -> Self {
        Self::PersonResponsibility(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PersonWebsite> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PersonWebsite) -> Self {
        Self::PersonWebsite(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PhoneAuthenticationMethod> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PhoneAuthenticationMethod) -> Self {
        Self::PhoneAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Picture> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Picture) -> Self {
        Self::Picture(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_places_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Place> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Place) -> Self {
        Self::Place(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_planner)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PlannerAssignedToTaskBoardTaskFormat>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PlannerAssignedToTaskBoardTaskFormat) -> Self {
        Self::PlannerAssignedToTaskBoardTaskFormat(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_planner)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PlannerBucket> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PlannerBucket) -> Self {
        Self::PlannerBucket(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_planner)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PlannerBucketTaskBoardTaskFormat> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PlannerBucketTaskBoardTaskFormat) -> Self {
        Self::PlannerBucketTaskBoardTaskFormat(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_planner)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PlannerDelta> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PlannerDelta) -> Self {
        Self::PlannerDelta(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PlannerGroup> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PlannerGroup) -> Self {
        Self::PlannerGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_planner)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PlannerPlan> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PlannerPlan) -> Self {
        Self::PlannerPlan(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_planner)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PlannerPlanDetails> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PlannerPlanDetails) -> Self {
        Self::PlannerPlanDetails(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_planner)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PlannerProgressTaskBoardTaskFormat>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PlannerProgressTaskBoardTaskFormat) -> Self {
        Self::PlannerProgressTaskBoardTaskFormat(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_planner_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PlannerRoster> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PlannerRoster) -> Self {
        Self::PlannerRoster(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_planner_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PlannerRosterMember> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PlannerRosterMember) -> Self {
        Self::PlannerRosterMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_planner)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PlannerTask> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PlannerTask) -> Self {
        Self::PlannerTask(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_planner)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PlannerTaskDetails> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PlannerTaskDetails) -> Self {
        Self::PlannerTaskDetails(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_planner)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PlannerUser> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PlannerUser) -> Self {
        Self::PlannerUser(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PlayPromptOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PlayPromptOperation) -> Self {
        Self::PlayPromptOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PolicyBase> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PolicyBase) -> Self {
        Self::PolicyBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PolicySet> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PolicySet) -> Self {
        Self::PolicySet(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PolicySetAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PolicySetAssignment) -> Self {
        Self::PolicySetAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PolicySetItem> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PolicySetItem) -> Self {
        Self::PolicySetItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Post> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Post) -> Self {
        Self::Post(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_communications)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Presence> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Presence) -> Self {
        Self::Presence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Presentation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Presentation) -> Self {
        Self::Presentation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PrintConnector> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PrintConnector) -> Self {
        Self::PrintConnector(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PrintDocument> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PrintDocument) -> Self {
        Self::PrintDocument(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PrintJob> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PrintJob) -> Self {
        Self::PrintJob(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PrintOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PrintOperation) -> Self {
        Self::PrintOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PrintService> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PrintService) -> Self {
        Self::PrintService(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PrintServiceEndpoint> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PrintServiceEndpoint) -> Self {
        Self::PrintServiceEndpoint(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PrintTask> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PrintTask) -> Self {
        Self::PrintTask(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PrintTaskDefinition> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PrintTaskDefinition) -> Self {
        Self::PrintTaskDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PrintTaskTrigger> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PrintTaskTrigger) -> Self {
        Self::PrintTaskTrigger(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PrintUsage> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PrintUsage) -> Self {
        Self::PrintUsage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PrintUsageByPrinter> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PrintUsageByPrinter) -> Self {
        Self::PrintUsageByPrinter(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PrintUsageByUser> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PrintUsageByUser) -> Self {
        Self::PrintUsageByUser(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Printer> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Printer) -> Self {
        Self::Printer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PrinterBase> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PrinterBase) -> Self {
        Self::PrinterBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PrinterCreateOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PrinterCreateOperation) -> Self {
        Self::PrinterCreateOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PrinterShare> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PrinterShare) -> Self {
        Self::PrinterShare(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_privileged_access_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PrivilegedAccess> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PrivilegedAccess) -> Self {
        Self::PrivilegedAccess(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_privileged_approval_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PrivilegedApproval> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PrivilegedApproval) -> Self {
        Self::PrivilegedApproval(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_privileged_operation_events_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PrivilegedOperationEvent> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PrivilegedOperationEvent) -> Self {
        Self::PrivilegedOperationEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PrivilegedRole> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PrivilegedRole) -> Self {
        Self::PrivilegedRole(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PrivilegedRoleAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PrivilegedRoleAssignment) -> Self {
        Self::PrivilegedRoleAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_privileged_role_assignment_requests_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PrivilegedRoleAssignmentRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PrivilegedRoleAssignmentRequest) -> Self {
        Self::PrivilegedRoleAssignmentRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PrivilegedRoleSettings> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PrivilegedRoleSettings) -> Self {
        Self::PrivilegedRoleSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PrivilegedRoleSummary> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PrivilegedRoleSummary) -> Self {
        Self::PrivilegedRoleSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_privileged_signup_status_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PrivilegedSignupStatus> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PrivilegedSignupStatus) -> Self {
        Self::PrivilegedSignupStatus(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Profile> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Profile) -> Self {
        Self::Profile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ProfileCardProperty> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ProfileCardProperty) -> Self {
        Self::ProfileCardProperty(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ProfilePhoto> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ProfilePhoto) -> Self {
        Self::ProfilePhoto(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_program_controls_or_programs_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Program> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Program) -> Self {
        Self::Program(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_program_controls_or_programs_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ProgramControl> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ProgramControl) -> Self {
        Self::ProgramControl(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_program_control_types_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ProgramControlType> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ProgramControlType) -> Self {
        Self::ProgramControlType(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ProjectParticipation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ProjectParticipation) -> Self {
        Self::ProjectParticipation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ProviderTenantSetting> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ProviderTenantSetting) -> Self {
        Self::ProviderTenantSetting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_audit_logs_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ProvisioningObjectSummary> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ProvisioningObjectSummary) -> Self {
        Self::ProvisioningObjectSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PublishedResource> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PublishedResource) -> Self {
        Self::PublishedResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PurchaseInvoice> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PurchaseInvoice) -> Self {
        Self::PurchaseInvoice(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PurchaseInvoiceLine> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::PurchaseInvoiceLine) -> Self {
        Self::PurchaseInvoiceLine(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::RbacApplication> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::RbacApplication) -> Self {
        Self::RbacApplication(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::RbacApplicationMultiple> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::RbacApplicationMultiple) -> Self {
        Self::RbacApplicationMultiple(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::RecordOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::RecordOperation) -> Self {
        Self::RecordOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ReferenceAttachment> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ReferenceAttachment) -> Self {
        Self::ReferenceAttachment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::RegionalAndLanguageSettings> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::RegionalAndLanguageSettings) -> Self {
        Self::RegionalAndLanguageSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::RelyingPartyDetailedSummary> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::RelyingPartyDetailedSummary) -> Self {
        Self::RelyingPartyDetailedSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::RemoteActionAudit> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::RemoteActionAudit) -> Self {
        Self::RemoteActionAudit(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::RemoteAssistancePartner> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::RemoteAssistancePartner) -> Self {
        Self::RemoteAssistancePartner(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ReportRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ReportRoot) -> Self {
        Self::ReportRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_role_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Request> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Request) -> Self {
        Self::Request(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ResourceOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ResourceOperation) -> Self {
        Self::ResourceOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ResourceSpecificPermissionGrant> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ResourceSpecificPermissionGrant) -> Self {
        Self::ResourceSpecificPermissionGrant(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::RestrictedAppsViolation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::RestrictedAppsViolation) -> Self {
        Self::RestrictedAppsViolation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_audit_logs_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::RestrictedSignIn> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::RestrictedSignIn) -> Self {
        Self::RestrictedSignIn(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_protection_or_risk_detections_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::RiskDetection> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::RiskDetection) -> Self {
        Self::RiskDetection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::RiskyUser> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::RiskyUser) -> Self {
        Self::RiskyUser(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::RiskyUserHistoryItem> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::RiskyUserHistoryItem) -> Self {
        Self::RiskyUserHistoryItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::RoleAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::RoleAssignment) -> Self {
        Self::RoleAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::RoleDefinition> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::RoleDefinition) -> Self {
        Self::RoleDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::RoleScopeTag> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::RoleScopeTag) -> Self {
        Self::RoleScopeTag(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::RoleScopeTagAutoAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::RoleScopeTagAutoAssignment) -> Self {
        Self::RoleScopeTagAutoAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_places_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Room> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Room) -> Self {
        Self::Room(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_places_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::RoomList> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::RoomList) -> Self {
        Self::RoomList(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SalesCreditMemo> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SalesCreditMemo) -> Self {
        Self::SalesCreditMemo(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SalesCreditMemoLine> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SalesCreditMemoLine) -> Self {
        Self::SalesCreditMemoLine(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SalesInvoice> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SalesInvoice) -> Self {
        Self::SalesInvoice(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SalesInvoiceLine> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SalesInvoiceLine) -> Self {
        Self::SalesInvoiceLine(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SalesOrder> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SalesOrder) -> Self {
        Self::SalesOrder(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SalesOrderLine> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SalesOrderLine) -> Self {
        Self::SalesOrderLine(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SalesQuote> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SalesQuote) -> Self {
        Self::SalesQuote(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SalesQuoteLine> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SalesQuoteLine) -> Self {
        Self::SalesQuoteLine(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Schedule> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Schedule) -> Self {
        Self::Schedule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ScheduleChangeRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ScheduleChangeRequest) -> Self {
        Self::ScheduleChangeRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SchedulingGroup> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SchedulingGroup) -> Self {
        Self::SchedulingGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Schema> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Schema) -> Self {
        Self::Schema(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_schema_extensions_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SchemaExtension> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SchemaExtension) -> Self {
        Self::SchemaExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_scoped_role_memberships)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ScopedRoleMembership> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ScopedRoleMembership) -> Self {
        Self::ScopedRoleMembership(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SearchEntity> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SearchEntity) -> Self {
        Self::SearchEntity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SectionGroup> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SectionGroup) -> Self {
        Self::SectionGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SecureScore> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SecureScore) -> Self {
        Self::SecureScore(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SecureScoreControlProfile> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SecureScoreControlProfile) -> Self {
        Self::SecureScoreControlProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SecurityAction> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SecurityAction) -> Self {
        Self::SecurityAction(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SecurityBaselineCategoryStateSummary>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SecurityBaselineCategoryStateSummary) -> Self {
        Self::SecurityBaselineCategoryStateSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SecurityBaselineDeviceState> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SecurityBaselineDeviceState) -> Self {
        Self::SecurityBaselineDeviceState(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SecurityBaselineSettingState> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SecurityBaselineSettingState) -> Self {
        Self::SecurityBaselineSettingState(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SecurityBaselineState> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SecurityBaselineState) -> Self {
        Self::SecurityBaselineState(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SecurityBaselineStateSummary> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SecurityBaselineStateSummary) -> Self {
        Self::SecurityBaselineStateSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SecurityBaselineTemplate> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SecurityBaselineTemplate) -> Self {
        Self::SecurityBaselineTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SecurityConfigurationTask> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SecurityConfigurationTask) -> Self {
        Self::SecurityConfigurationTask(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_data_classification_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SensitiveType> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SensitiveType) -> Self {
        Self::SensitiveType(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SensitivityLabel> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SensitivityLabel) -> Self {
        Self::SensitivityLabel(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SensitivityPolicySettings> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SensitivityPolicySettings) -> Self {
        Self::SensitivityPolicySettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ServiceAnnouncement> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ServiceAnnouncement) -> Self {
        Self::ServiceAnnouncement(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ServiceAnnouncementBase> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ServiceAnnouncementBase) -> Self {
        Self::ServiceAnnouncementBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ServiceHealth> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ServiceHealth) -> Self {
        Self::ServiceHealth(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ServiceHealthIssue> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ServiceHealthIssue) -> Self {
        Self::ServiceHealthIssue(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ServicePrincipal> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ServicePrincipal) -> Self {
        Self::ServicePrincipal(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ServiceUpdateMessage> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ServiceUpdateMessage) -> Self {
        Self::ServiceUpdateMessage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SettingStateDeviceSummary> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SettingStateDeviceSummary) -> Self {
        Self::SettingStateDeviceSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SharePointActivityPages> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SharePointActivityPages) -> Self {
        Self::SharePointActivityPages(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SharePointActivityUserCounts> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SharePointActivityUserCounts) -> Self {
        Self::SharePointActivityUserCounts(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SharePointActivityUserDetail> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SharePointActivityUserDetail) -> Self {
        Self::SharePointActivityUserDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SharePointSiteUsageDetail> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SharePointSiteUsageDetail) -> Self {
        Self::SharePointSiteUsageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SharePointSiteUsageFileCounts> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SharePointSiteUsageFileCounts) -> Self {
        Self::SharePointSiteUsageFileCounts(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SharePointSiteUsagePages> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SharePointSiteUsagePages) -> Self {
        Self::SharePointSiteUsagePages(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SharePointSiteUsageSiteCounts> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SharePointSiteUsageSiteCounts) -> Self {
        Self::SharePointSiteUsageSiteCounts(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SharedDriveItem> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SharedDriveItem) -> Self {
        Self::SharedDriveItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_directory_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SharedEmailDomain> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SharedEmailDomain) -> Self {
        Self::SharedEmailDomain(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_domains_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SharedEmailDomainInvitation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SharedEmailDomainInvitation) -> Self {
        Self::SharedEmailDomainInvitation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SharedInsight> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SharedInsight) -> Self {
        Self::SharedInsight(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SharedPcConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SharedPcConfiguration) -> Self {
        Self::SharedPcConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Shift> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Shift) -> Self {
        Self::Shift(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ShiftPreferences> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ShiftPreferences) -> Self {
        Self::ShiftPreferences(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ShipmentMethod> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ShipmentMethod) -> Self {
        Self::ShipmentMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SideLoadingKey> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SideLoadingKey) -> Self {
        Self::SideLoadingKey(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_audit_logs_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SignIn> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SignIn) -> Self {
        Self::SignIn(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SingleValueLegacyExtendedProperty> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SingleValueLegacyExtendedProperty) -> Self {
        Self::SingleValueLegacyExtendedProperty(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Site> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Site) -> Self {
        Self::Site(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SiteActivitySummary> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SiteActivitySummary) -> Self {
        Self::SiteActivitySummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SitePage> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SitePage) -> Self {
        Self::SitePage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SiteUsageStorage> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SiteUsageStorage) -> Self {
        Self::SiteUsageStorage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SkillProficiency> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SkillProficiency) -> Self {
        Self::SkillProficiency(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SkypeForBusinessActivityCounts> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SkypeForBusinessActivityCounts) -> Self {
        Self::SkypeForBusinessActivityCounts(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SkypeForBusinessActivityUserCounts>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SkypeForBusinessActivityUserCounts) -> Self {
        Self::SkypeForBusinessActivityUserCounts(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SkypeForBusinessActivityUserDetail>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SkypeForBusinessActivityUserDetail) -> Self {
        Self::SkypeForBusinessActivityUserDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SkypeForBusinessDeviceUsageDistributionUserCounts>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SkypeForBusinessDeviceUsageDistributionUserCounts) -> Self {
        Self::SkypeForBusinessDeviceUsageDistributionUserCounts(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SkypeForBusinessDeviceUsageUserCounts>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SkypeForBusinessDeviceUsageUserCounts) -> Self {
        Self::SkypeForBusinessDeviceUsageUserCounts(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SkypeForBusinessDeviceUsageUserDetail>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SkypeForBusinessDeviceUsageUserDetail) -> Self {
        Self::SkypeForBusinessDeviceUsageUserDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SkypeForBusinessOrganizerActivityCounts>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SkypeForBusinessOrganizerActivityCounts) -> Self {
        Self::SkypeForBusinessOrganizerActivityCounts(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SkypeForBusinessOrganizerActivityMinuteCounts>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SkypeForBusinessOrganizerActivityMinuteCounts) -> Self {
        Self::SkypeForBusinessOrganizerActivityMinuteCounts(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SkypeForBusinessOrganizerActivityUserCounts>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SkypeForBusinessOrganizerActivityUserCounts) -> Self {
        Self::SkypeForBusinessOrganizerActivityUserCounts(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SkypeForBusinessParticipantActivityCounts>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SkypeForBusinessParticipantActivityCounts) -> Self {
        Self::SkypeForBusinessParticipantActivityCounts(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SkypeForBusinessParticipantActivityMinuteCounts>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SkypeForBusinessParticipantActivityMinuteCounts) -> Self {
        Self::SkypeForBusinessParticipantActivityMinuteCounts(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SkypeForBusinessParticipantActivityUserCounts>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SkypeForBusinessParticipantActivityUserCounts) -> Self {
        Self::SkypeForBusinessParticipantActivityUserCounts(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SkypeForBusinessPeerToPeerActivityCounts>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SkypeForBusinessPeerToPeerActivityCounts) -> Self {
        Self::SkypeForBusinessPeerToPeerActivityCounts(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SkypeForBusinessPeerToPeerActivityMinuteCounts>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SkypeForBusinessPeerToPeerActivityMinuteCounts) -> Self {
        Self::SkypeForBusinessPeerToPeerActivityMinuteCounts(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SkypeForBusinessPeerToPeerActivityUserCounts>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SkypeForBusinessPeerToPeerActivityUserCounts) -> Self {
        Self::SkypeForBusinessPeerToPeerActivityUserCounts(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SmsAuthenticationMethodConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SmsAuthenticationMethodConfiguration) -> Self {
        Self::SmsAuthenticationMethodConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SmsAuthenticationMethodTarget> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SmsAuthenticationMethodTarget) -> Self {
        Self::SmsAuthenticationMethodTarget(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SocialIdentityProvider> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SocialIdentityProvider) -> Self {
        Self::SocialIdentityProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SoftwareUpdateStatusSummary> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SoftwareUpdateStatusSummary) -> Self {
        Self::SoftwareUpdateStatusSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::StsPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::StsPolicy) -> Self {
        Self::StsPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SubscribeToToneOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SubscribeToToneOperation) -> Self {
        Self::SubscribeToToneOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search_or_subscribed_skus)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SubscribedSku> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SubscribedSku) -> Self {
        Self::SubscribedSku(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_3_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Subscription> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Subscription) -> Self {
        Self::Subscription(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SwapShiftsChangeRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SwapShiftsChangeRequest) -> Self {
        Self::SwapShiftsChangeRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SymantecCodeSigningCertificate> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SymantecCodeSigningCertificate) -> Self {
        Self::SymantecCodeSigningCertificate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Synchronization> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Synchronization) -> Self {
        Self::Synchronization(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SynchronizationJob> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SynchronizationJob) -> Self {
        Self::SynchronizationJob(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SynchronizationSchema> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SynchronizationSchema) -> Self {
        Self::SynchronizationSchema(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SynchronizationTemplate> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::SynchronizationTemplate) -> Self {
        Self::SynchronizationTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TargetedManagedAppConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::TargetedManagedAppConfiguration) -> Self {
        Self::TargetedManagedAppConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TargetedManagedAppConfigurationPolicySetItem>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::TargetedManagedAppConfigurationPolicySetItem) -> Self {
        Self::TargetedManagedAppConfigurationPolicySetItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TargetedManagedAppPolicyAssignment>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::TargetedManagedAppPolicyAssignment) -> Self {
        Self::TargetedManagedAppPolicyAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TargetedManagedAppProtection> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::TargetedManagedAppProtection) -> Self {
        Self::TargetedManagedAppProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TaxArea> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::TaxArea) -> Self {
        Self::TaxArea(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TaxGroup> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::TaxGroup) -> Self {
        Self::TaxGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Team> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Team) -> Self {
        Self::Team(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_app_catalogs_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TeamsApp> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::TeamsApp) -> Self {
        Self::TeamsApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_app_catalogs_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TeamsAppDefinition> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::TeamsAppDefinition) -> Self {
        Self::TeamsAppDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_app_catalogs_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TeamsAppIcon> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::TeamsAppIcon) -> Self {
        Self::TeamsAppIcon(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TeamsAppInstallation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::TeamsAppInstallation) -> Self {
        Self::TeamsAppInstallation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TeamsAsyncOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::TeamsAsyncOperation) -> Self {
        Self::TeamsAsyncOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TeamsDeviceUsageDistributionUserCounts>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::TeamsDeviceUsageDistributionUserCounts) -> Self {
        Self::TeamsDeviceUsageDistributionUserCounts(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TeamsDeviceUsageUserCounts> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::TeamsDeviceUsageUserCounts) -> Self {
        Self::TeamsDeviceUsageUserCounts(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TeamsDeviceUsageUserDetail> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::TeamsDeviceUsageUserDetail) -> Self {
        Self::TeamsDeviceUsageUserDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TeamsTab> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::TeamsTab) -> Self {
        Self::TeamsTab(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search_or_teams_templates)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TeamsTemplate> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::TeamsTemplate) -> Self {
        Self::TeamsTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TeamsUserActivityCounts> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::TeamsUserActivityCounts) -> Self {
        Self::TeamsUserActivityCounts(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TeamsUserActivityDistributionUserCounts>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::TeamsUserActivityDistributionUserCounts) -> Self {
        Self::TeamsUserActivityDistributionUserCounts(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TeamsUserActivityUserCounts> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::TeamsUserActivityUserCounts) -> Self {
        Self::TeamsUserActivityUserCounts(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TeamsUserActivityUserDetail> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::TeamsUserActivityUserDetail) -> Self {
        Self::TeamsUserActivityUserDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Teamwork> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Teamwork) -> Self {
        Self::Teamwork(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_app_catalogs_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TeamworkBot> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::TeamworkBot) -> Self {
        Self::TeamworkBot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_app_catalogs)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TeamworkHostedContent> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::TeamworkHostedContent) -> Self {
        Self::TeamworkHostedContent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TeamworkTag> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::TeamworkTag) -> Self {
        Self::TeamworkTag(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TeamworkTagMember> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::TeamworkTagMember) -> Self {
        Self::TeamworkTagMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TelecomExpenseManagementPartner> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::TelecomExpenseManagementPartner) -> Self {
        Self::TelecomExpenseManagementPartner(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TemporaryAccessPassAuthenticationMethod>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::TemporaryAccessPassAuthenticationMethod) -> Self {
        Self::TemporaryAccessPassAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::TemporaryAccessPassAuthenticationMethodConfiguration,
> for AnyEntity {
    #[inline]
    fn from(
        v: crate::beta::TemporaryAccessPassAuthenticationMethodConfiguration,
    ) -> Self {
        Self::TemporaryAccessPassAuthenticationMethodConfiguration(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_privileged_signup_status_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TenantSetupInfo> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::TenantSetupInfo) -> Self {
        Self::TenantSetupInfo(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::term_store::Group> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::term_store::Group) -> Self {
        Self::TermStoreGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::term_store::Relation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::term_store::Relation) -> Self {
        Self::Relation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::term_store::Set> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::term_store::Set) -> Self {
        Self::Set(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::term_store::Store> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::term_store::Store) -> Self {
        Self::Store(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::term_store::Term> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::term_store::Term) -> Self {
        Self::Term(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TermsAndConditions> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::TermsAndConditions) -> Self {
        Self::TermsAndConditions(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TermsAndConditionsAcceptanceStatus>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::TermsAndConditionsAcceptanceStatus) -> Self {
        Self::TermsAndConditionsAcceptanceStatus(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TermsAndConditionsAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::TermsAndConditionsAssignment) -> Self {
        Self::TermsAndConditionsAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TermsAndConditionsGroupAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::TermsAndConditionsGroupAssignment) -> Self {
        Self::TermsAndConditionsGroupAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TermsOfUseContainer> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::TermsOfUseContainer) -> Self {
        Self::TermsOfUseContainer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_data_classification_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TextClassificationRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::TextClassificationRequest) -> Self {
        Self::TextClassificationRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ThreatAssessmentRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ThreatAssessmentRequest) -> Self {
        Self::ThreatAssessmentRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ThreatAssessmentResult> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ThreatAssessmentResult) -> Self {
        Self::ThreatAssessmentResult(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ThumbnailSet> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ThumbnailSet) -> Self {
        Self::ThumbnailSet(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TiIndicator> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::TiIndicator) -> Self {
        Self::TiIndicator(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TimeCard> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::TimeCard) -> Self {
        Self::TimeCard(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TimeOff> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::TimeOff) -> Self {
        Self::TimeOff(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TimeOffReason> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::TimeOffReason) -> Self {
        Self::TimeOffReason(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TimeOffRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::TimeOffRequest) -> Self {
        Self::TimeOffRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Todo> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Todo) -> Self {
        Self::Todo(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TodoTask> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::TodoTask) -> Self {
        Self::TodoTask(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TodoTaskList> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::TodoTaskList) -> Self {
        Self::TodoTaskList(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TokenIssuancePolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::TokenIssuancePolicy) -> Self {
        Self::TokenIssuancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TokenLifetimePolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::TokenLifetimePolicy) -> Self {
        Self::TokenLifetimePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Trending> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Trending) -> Self {
        Self::Trending(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search_or_trust_framework)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TrustFrameworkKeySet> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::TrustFrameworkKeySet) -> Self {
        Self::TrustFrameworkKeySet(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search_or_trust_framework)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TrustFrameworkPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::TrustFrameworkPolicy) -> Self {
        Self::TrustFrameworkPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UnifiedRbacResourceAction> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UnifiedRbacResourceAction) -> Self {
        Self::UnifiedRbacResourceAction(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UnifiedRbacResourceNamespace> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UnifiedRbacResourceNamespace) -> Self {
        Self::UnifiedRbacResourceNamespace(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UnifiedRbacResourceScope> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UnifiedRbacResourceScope) -> Self {
        Self::UnifiedRbacResourceScope(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UnifiedRoleAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UnifiedRoleAssignment) -> Self {
        Self::UnifiedRoleAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UnifiedRoleAssignmentMultiple> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UnifiedRoleAssignmentMultiple) -> Self {
        Self::UnifiedRoleAssignmentMultiple(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UnifiedRoleAssignmentSchedule> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UnifiedRoleAssignmentSchedule) -> Self {
        Self::UnifiedRoleAssignmentSchedule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UnifiedRoleAssignmentScheduleInstance>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UnifiedRoleAssignmentScheduleInstance) -> Self {
        Self::UnifiedRoleAssignmentScheduleInstance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UnifiedRoleAssignmentScheduleRequest>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UnifiedRoleAssignmentScheduleRequest) -> Self {
        Self::UnifiedRoleAssignmentScheduleRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UnifiedRoleDefinition> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UnifiedRoleDefinition) -> Self {
        Self::UnifiedRoleDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UnifiedRoleEligibilitySchedule> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UnifiedRoleEligibilitySchedule) -> Self {
        Self::UnifiedRoleEligibilitySchedule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UnifiedRoleEligibilityScheduleInstance>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UnifiedRoleEligibilityScheduleInstance) -> Self {
        Self::UnifiedRoleEligibilityScheduleInstance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UnifiedRoleEligibilityScheduleRequest>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UnifiedRoleEligibilityScheduleRequest) -> Self {
        Self::UnifiedRoleEligibilityScheduleRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UnifiedRoleManagementPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UnifiedRoleManagementPolicy) -> Self {
        Self::UnifiedRoleManagementPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UnifiedRoleManagementPolicyApprovalRule>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UnifiedRoleManagementPolicyApprovalRule) -> Self {
        Self::UnifiedRoleManagementPolicyApprovalRule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UnifiedRoleManagementPolicyAssignment>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UnifiedRoleManagementPolicyAssignment) -> Self {
        Self::UnifiedRoleManagementPolicyAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::UnifiedRoleManagementPolicyAuthenticationContextRule,
> for AnyEntity {
    #[inline]
    fn from(
        v: crate::beta::UnifiedRoleManagementPolicyAuthenticationContextRule,
    ) -> Self {
        Self::UnifiedRoleManagementPolicyAuthenticationContextRule(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UnifiedRoleManagementPolicyEnablementRule>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UnifiedRoleManagementPolicyEnablementRule) -> Self {
        Self::UnifiedRoleManagementPolicyEnablementRule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UnifiedRoleManagementPolicyExpirationRule>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UnifiedRoleManagementPolicyExpirationRule) -> Self {
        Self::UnifiedRoleManagementPolicyExpirationRule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UnifiedRoleManagementPolicyNotificationRule>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UnifiedRoleManagementPolicyNotificationRule) -> Self {
        Self::UnifiedRoleManagementPolicyNotificationRule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UnifiedRoleManagementPolicyRule> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UnifiedRoleManagementPolicyRule) -> Self {
        Self::UnifiedRoleManagementPolicyRule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UnifiedRoleScheduleBase> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UnifiedRoleScheduleBase) -> Self {
        Self::UnifiedRoleScheduleBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UnifiedRoleScheduleInstanceBase> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UnifiedRoleScheduleInstanceBase) -> Self {
        Self::UnifiedRoleScheduleInstanceBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UnitOfMeasure> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UnitOfMeasure) -> Self {
        Self::UnitOfMeasure(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UnmanagedDeviceDiscoveryTask> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UnmanagedDeviceDiscoveryTask) -> Self {
        Self::UnmanagedDeviceDiscoveryTask(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UnmuteParticipantOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UnmuteParticipantOperation) -> Self {
        Self::UnmuteParticipantOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UnsupportedDeviceConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UnsupportedDeviceConfiguration) -> Self {
        Self::UnsupportedDeviceConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UnsupportedGroupPolicyExtension> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UnsupportedGroupPolicyExtension) -> Self {
        Self::UnsupportedGroupPolicyExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UpdateRecordingStatusOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UpdateRecordingStatusOperation) -> Self {
        Self::UpdateRecordingStatusOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UrlAssessmentRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UrlAssessmentRequest) -> Self {
        Self::UrlAssessmentRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UsageRight> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UsageRight) -> Self {
        Self::UsageRight(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UsedInsight> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UsedInsight) -> Self {
        Self::UsedInsight(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::User> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::User) -> Self {
        Self::User(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UserAccountInformation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UserAccountInformation) -> Self {
        Self::UserAccountInformation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UserActivity> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UserActivity) -> Self {
        Self::UserActivity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UserAnalytics> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UserAnalytics) -> Self {
        Self::UserAnalytics(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UserAppInstallStatus> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UserAppInstallStatus) -> Self {
        Self::UserAppInstallStatus(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UserConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UserConfiguration) -> Self {
        Self::UserConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UserConsentRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UserConsentRequest) -> Self {
        Self::UserConsentRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UserCredentialUsageDetails> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UserCredentialUsageDetails) -> Self {
        Self::UserCredentialUsageDetails(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersion,
> for AnyEntity {
    #[inline]
    fn from(
        v: crate::beta::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersion,
    ) -> Self {
        Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersion(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion,
> for AnyEntity {
    #[inline]
    fn from(
        v: crate::beta::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion,
    ) -> Self {
        Self::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::UserExperienceAnalyticsAppHealthApplicationPerformance,
> for AnyEntity {
    #[inline]
    fn from(
        v: crate::beta::UserExperienceAnalyticsAppHealthApplicationPerformance,
    ) -> Self {
        Self::UserExperienceAnalyticsAppHealthApplicationPerformance(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::UserExperienceAnalyticsAppHealthDeviceModelPerformance,
> for AnyEntity {
    #[inline]
    fn from(
        v: crate::beta::UserExperienceAnalyticsAppHealthDeviceModelPerformance,
    ) -> Self {
        Self::UserExperienceAnalyticsAppHealthDeviceModelPerformance(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UserExperienceAnalyticsAppHealthDevicePerformance>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UserExperienceAnalyticsAppHealthDevicePerformance) -> Self {
        Self::UserExperienceAnalyticsAppHealthDevicePerformance(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::UserExperienceAnalyticsAppHealthDevicePerformanceDetails,
> for AnyEntity {
    #[inline]
    fn from(
        v: crate::beta::UserExperienceAnalyticsAppHealthDevicePerformanceDetails,
    ) -> Self {
        Self::UserExperienceAnalyticsAppHealthDevicePerformanceDetails(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::UserExperienceAnalyticsAppHealthOsVersionPerformance,
> for AnyEntity {
    #[inline]
    fn from(
        v: crate::beta::UserExperienceAnalyticsAppHealthOsVersionPerformance,
    ) -> Self {
        Self::UserExperienceAnalyticsAppHealthOsVersionPerformance(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UserExperienceAnalyticsBaseline> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UserExperienceAnalyticsBaseline) -> Self {
        Self::UserExperienceAnalyticsBaseline(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UserExperienceAnalyticsCategory> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UserExperienceAnalyticsCategory) -> Self {
        Self::UserExperienceAnalyticsCategory(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UserExperienceAnalyticsDevicePerformance>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UserExperienceAnalyticsDevicePerformance) -> Self {
        Self::UserExperienceAnalyticsDevicePerformance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UserExperienceAnalyticsDeviceScores>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UserExperienceAnalyticsDeviceScores) -> Self {
        Self::UserExperienceAnalyticsDeviceScores(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UserExperienceAnalyticsDeviceStartupHistory>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UserExperienceAnalyticsDeviceStartupHistory) -> Self {
        Self::UserExperienceAnalyticsDeviceStartupHistory(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UserExperienceAnalyticsDeviceStartupProcess>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UserExperienceAnalyticsDeviceStartupProcess) -> Self {
        Self::UserExperienceAnalyticsDeviceStartupProcess(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::UserExperienceAnalyticsDeviceStartupProcessPerformance,
> for AnyEntity {
    #[inline]
    fn from(
        v: crate::beta::UserExperienceAnalyticsDeviceStartupProcessPerformance,
    ) -> Self {
        Self::UserExperienceAnalyticsDeviceStartupProcessPerformance(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UserExperienceAnalyticsDeviceWithoutCloudIdentity>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UserExperienceAnalyticsDeviceWithoutCloudIdentity) -> Self {
        Self::UserExperienceAnalyticsDeviceWithoutCloudIdentity(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UserExperienceAnalyticsImpactingProcess>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UserExperienceAnalyticsImpactingProcess) -> Self {
        Self::UserExperienceAnalyticsImpactingProcess(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UserExperienceAnalyticsMetric> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UserExperienceAnalyticsMetric) -> Self {
        Self::UserExperienceAnalyticsMetric(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UserExperienceAnalyticsMetricHistory>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UserExperienceAnalyticsMetricHistory) -> Self {
        Self::UserExperienceAnalyticsMetricHistory(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UserExperienceAnalyticsNotAutopilotReadyDevice>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UserExperienceAnalyticsNotAutopilotReadyDevice) -> Self {
        Self::UserExperienceAnalyticsNotAutopilotReadyDevice(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UserExperienceAnalyticsOverview> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UserExperienceAnalyticsOverview) -> Self {
        Self::UserExperienceAnalyticsOverview(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UserExperienceAnalyticsRegressionSummary>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UserExperienceAnalyticsRegressionSummary) -> Self {
        Self::UserExperienceAnalyticsRegressionSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UserExperienceAnalyticsRemoteConnection>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UserExperienceAnalyticsRemoteConnection) -> Self {
        Self::UserExperienceAnalyticsRemoteConnection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UserExperienceAnalyticsResourcePerformance>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UserExperienceAnalyticsResourcePerformance) -> Self {
        Self::UserExperienceAnalyticsResourcePerformance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UserExperienceAnalyticsScoreHistory>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UserExperienceAnalyticsScoreHistory) -> Self {
        Self::UserExperienceAnalyticsScoreHistory(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UserExperienceAnalyticsWorkFromAnywhereDevice>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UserExperienceAnalyticsWorkFromAnywhereDevice) -> Self {
        Self::UserExperienceAnalyticsWorkFromAnywhereDevice(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UserExperienceAnalyticsWorkFromAnywhereMetric>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UserExperienceAnalyticsWorkFromAnywhereMetric) -> Self {
        Self::UserExperienceAnalyticsWorkFromAnywhereMetric(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UserFlowLanguageConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UserFlowLanguageConfiguration) -> Self {
        Self::UserFlowLanguageConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UserFlowLanguagePage> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UserFlowLanguagePage) -> Self {
        Self::UserFlowLanguagePage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UserInsightsSettings> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UserInsightsSettings) -> Self {
        Self::UserInsightsSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UserInstallStateSummary> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UserInstallStateSummary) -> Self {
        Self::UserInstallStateSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UserPfxCertificate> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UserPfxCertificate) -> Self {
        Self::UserPfxCertificate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UserScopeTeamsAppInstallation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UserScopeTeamsAppInstallation) -> Self {
        Self::UserScopeTeamsAppInstallation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UserSecurityProfile> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UserSecurityProfile) -> Self {
        Self::UserSecurityProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UserSettings> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UserSettings) -> Self {
        Self::UserSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UserTeamwork> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::UserTeamwork) -> Self {
        Self::UserTeamwork(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Vendor> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Vendor) -> Self {
        Self::Vendor(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::VirtualEndpoint> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::VirtualEndpoint) -> Self {
        Self::VirtualEndpoint(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::VpnConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::VpnConfiguration) -> Self {
        Self::VpnConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::VppToken> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::VppToken) -> Self {
        Self::VppToken(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::VulnerableManagedDevice> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::VulnerableManagedDevice) -> Self {
        Self::VulnerableManagedDevice(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WebAccount> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WebAccount) -> Self {
        Self::WebAccount(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WebApp> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WebApp) -> Self {
        Self::WebApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Win32LobApp> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Win32LobApp) -> Self {
        Self::Win32LobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10CertificateProfileBase> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Windows10CertificateProfileBase) -> Self {
        Self::Windows10CertificateProfileBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10CompliancePolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Windows10CompliancePolicy) -> Self {
        Self::Windows10CompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10CustomConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Windows10CustomConfiguration) -> Self {
        Self::Windows10CustomConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10DeviceFirmwareConfigurationInterface>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Windows10DeviceFirmwareConfigurationInterface) -> Self {
        Self::Windows10DeviceFirmwareConfigurationInterface(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10EasEmailProfileConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Windows10EasEmailProfileConfiguration) -> Self {
        Self::Windows10EasEmailProfileConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10EndpointProtectionConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Windows10EndpointProtectionConfiguration) -> Self {
        Self::Windows10EndpointProtectionConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10EnrollmentCompletionPageConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Windows10EnrollmentCompletionPageConfiguration) -> Self {
        Self::Windows10EnrollmentCompletionPageConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::Windows10EnrollmentCompletionPageConfigurationPolicySetItem,
> for AnyEntity {
    #[inline]
    fn from(
        v: crate::beta::Windows10EnrollmentCompletionPageConfigurationPolicySetItem,
    ) -> Self {
        Self::Windows10EnrollmentCompletionPageConfigurationPolicySetItem(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::Windows10EnterpriseModernAppManagementConfiguration,
> for AnyEntity {
    #[inline]
    fn from(
        v: crate::beta::Windows10EnterpriseModernAppManagementConfiguration,
    ) -> Self {
        Self::Windows10EnterpriseModernAppManagementConfiguration(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10GeneralConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Windows10GeneralConfiguration) -> Self {
        Self::Windows10GeneralConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10ImportedPfxCertificateProfile>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Windows10ImportedPfxCertificateProfile) -> Self {
        Self::Windows10ImportedPfxCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10MobileCompliancePolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Windows10MobileCompliancePolicy) -> Self {
        Self::Windows10MobileCompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10NetworkBoundaryConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Windows10NetworkBoundaryConfiguration) -> Self {
        Self::Windows10NetworkBoundaryConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10PfxImportCertificateProfile>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Windows10PfxImportCertificateProfile) -> Self {
        Self::Windows10PfxImportCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10PkcsCertificateProfile> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Windows10PkcsCertificateProfile) -> Self {
        Self::Windows10PkcsCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10SecureAssessmentConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Windows10SecureAssessmentConfiguration) -> Self {
        Self::Windows10SecureAssessmentConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10TeamGeneralConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Windows10TeamGeneralConfiguration) -> Self {
        Self::Windows10TeamGeneralConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10VpnConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Windows10VpnConfiguration) -> Self {
        Self::Windows10VpnConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10XCertificateProfile> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Windows10XCertificateProfile) -> Self {
        Self::Windows10XCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10XscepCertificateProfile> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Windows10XscepCertificateProfile) -> Self {
        Self::Windows10XscepCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10XTrustedRootCertificate> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Windows10XTrustedRootCertificate) -> Self {
        Self::Windows10XTrustedRootCertificate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10XVpnConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Windows10XVpnConfiguration) -> Self {
        Self::Windows10XVpnConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10XWifiConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Windows10XWifiConfiguration) -> Self {
        Self::Windows10XWifiConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows81CertificateProfileBase> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Windows81CertificateProfileBase) -> Self {
        Self::Windows81CertificateProfileBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows81CompliancePolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Windows81CompliancePolicy) -> Self {
        Self::Windows81CompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows81GeneralConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Windows81GeneralConfiguration) -> Self {
        Self::Windows81GeneralConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows81ScepCertificateProfile> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Windows81ScepCertificateProfile) -> Self {
        Self::Windows81ScepCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows81TrustedRootCertificate> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Windows81TrustedRootCertificate) -> Self {
        Self::Windows81TrustedRootCertificate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows81VpnConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Windows81VpnConfiguration) -> Self {
        Self::Windows81VpnConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows81WifiImportConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Windows81WifiImportConfiguration) -> Self {
        Self::Windows81WifiImportConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsAppX> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsAppX) -> Self {
        Self::WindowsAppX(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsAssignedAccessProfile> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsAssignedAccessProfile) -> Self {
        Self::WindowsAssignedAccessProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsAutopilotDeploymentProfile> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsAutopilotDeploymentProfile) -> Self {
        Self::WindowsAutopilotDeploymentProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsAutopilotDeploymentProfileAssignment>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsAutopilotDeploymentProfileAssignment) -> Self {
        Self::WindowsAutopilotDeploymentProfileAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsAutopilotDeploymentProfilePolicySetItem>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsAutopilotDeploymentProfilePolicySetItem) -> Self {
        Self::WindowsAutopilotDeploymentProfilePolicySetItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsAutopilotDeviceIdentity> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsAutopilotDeviceIdentity) -> Self {
        Self::WindowsAutopilotDeviceIdentity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsAutopilotSettings> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsAutopilotSettings) -> Self {
        Self::WindowsAutopilotSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsCertificateProfileBase> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsCertificateProfileBase) -> Self {
        Self::WindowsCertificateProfileBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::WindowsDefenderAdvancedThreatProtectionConfiguration,
> for AnyEntity {
    #[inline]
    fn from(
        v: crate::beta::WindowsDefenderAdvancedThreatProtectionConfiguration,
    ) -> Self {
        Self::WindowsDefenderAdvancedThreatProtectionConfiguration(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::WindowsDefenderApplicationControlSupplementalPolicy,
> for AnyEntity {
    #[inline]
    fn from(
        v: crate::beta::WindowsDefenderApplicationControlSupplementalPolicy,
    ) -> Self {
        Self::WindowsDefenderApplicationControlSupplementalPolicy(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::WindowsDefenderApplicationControlSupplementalPolicyAssignment,
> for AnyEntity {
    #[inline]
    fn from(
        v: crate::beta::WindowsDefenderApplicationControlSupplementalPolicyAssignment,
    ) -> Self {
        Self::WindowsDefenderApplicationControlSupplementalPolicyAssignment(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::WindowsDefenderApplicationControlSupplementalPolicyDeploymentStatus,
> for AnyEntity {
    #[inline]
    fn from(
        v: crate::beta::WindowsDefenderApplicationControlSupplementalPolicyDeploymentStatus,
    ) -> Self {
        Self::WindowsDefenderApplicationControlSupplementalPolicyDeploymentStatus(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::WindowsDefenderApplicationControlSupplementalPolicyDeploymentSummary,
> for AnyEntity {
    #[inline]
    fn from(
        v: crate::beta::WindowsDefenderApplicationControlSupplementalPolicyDeploymentSummary,
    ) -> Self {
        Self::WindowsDefenderApplicationControlSupplementalPolicyDeploymentSummary(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsDeliveryOptimizationConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsDeliveryOptimizationConfiguration) -> Self {
        Self::WindowsDeliveryOptimizationConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsDeviceMalwareState> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsDeviceMalwareState) -> Self {
        Self::WindowsDeviceMalwareState(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsDomainJoinConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsDomainJoinConfiguration) -> Self {
        Self::WindowsDomainJoinConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsFeatureUpdateCatalogItem> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsFeatureUpdateCatalogItem) -> Self {
        Self::WindowsFeatureUpdateCatalogItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsFeatureUpdateProfile> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsFeatureUpdateProfile) -> Self {
        Self::WindowsFeatureUpdateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsFeatureUpdateProfileAssignment>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsFeatureUpdateProfileAssignment) -> Self {
        Self::WindowsFeatureUpdateProfileAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsHealthMonitoringConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsHealthMonitoringConfiguration) -> Self {
        Self::WindowsHealthMonitoringConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsHelloForBusinessAuthenticationMethod>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsHelloForBusinessAuthenticationMethod) -> Self {
        Self::WindowsHelloForBusinessAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsIdentityProtectionConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsIdentityProtectionConfiguration) -> Self {
        Self::WindowsIdentityProtectionConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsInformationProtection> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsInformationProtection) -> Self {
        Self::WindowsInformationProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsInformationProtectionAppLearningSummary>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsInformationProtectionAppLearningSummary) -> Self {
        Self::WindowsInformationProtectionAppLearningSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsInformationProtectionAppLockerFile>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsInformationProtectionAppLockerFile) -> Self {
        Self::WindowsInformationProtectionAppLockerFile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsInformationProtectionDeviceRegistration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsInformationProtectionDeviceRegistration) -> Self {
        Self::WindowsInformationProtectionDeviceRegistration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::WindowsInformationProtectionNetworkLearningSummary,
> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsInformationProtectionNetworkLearningSummary) -> Self {
        Self::WindowsInformationProtectionNetworkLearningSummary(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsInformationProtectionPolicy>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsInformationProtectionPolicy) -> Self {
        Self::WindowsInformationProtectionPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsInformationProtectionWipeAction>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsInformationProtectionWipeAction) -> Self {
        Self::WindowsInformationProtectionWipeAction(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsKioskConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsKioskConfiguration) -> Self {
        Self::WindowsKioskConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsMalwareInformation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsMalwareInformation) -> Self {
        Self::WindowsMalwareInformation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsManagedDevice> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsManagedDevice) -> Self {
        Self::WindowsManagedDevice(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsManagementApp> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsManagementApp) -> Self {
        Self::WindowsManagementApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsManagementAppHealthState> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsManagementAppHealthState) -> Self {
        Self::WindowsManagementAppHealthState(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsManagementAppHealthSummary> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsManagementAppHealthSummary) -> Self {
        Self::WindowsManagementAppHealthSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsMicrosoftEdgeApp> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsMicrosoftEdgeApp) -> Self {
        Self::WindowsMicrosoftEdgeApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsMobileMsi> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsMobileMsi) -> Self {
        Self::WindowsMobileMsi(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_office_configuration_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsOfficeClientConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsOfficeClientConfiguration) -> Self {
        Self::WindowsOfficeClientConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_office_configuration_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsOfficeClientSecurityConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsOfficeClientSecurityConfiguration) -> Self {
        Self::WindowsOfficeClientSecurityConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsPhone81AppX> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsPhone81AppX) -> Self {
        Self::WindowsPhone81AppX(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsPhone81AppXBundle> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsPhone81AppXBundle) -> Self {
        Self::WindowsPhone81AppXBundle(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsPhone81CertificateProfileBase>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsPhone81CertificateProfileBase) -> Self {
        Self::WindowsPhone81CertificateProfileBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsPhone81CompliancePolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsPhone81CompliancePolicy) -> Self {
        Self::WindowsPhone81CompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsPhone81CustomConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsPhone81CustomConfiguration) -> Self {
        Self::WindowsPhone81CustomConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsPhone81GeneralConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsPhone81GeneralConfiguration) -> Self {
        Self::WindowsPhone81GeneralConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsPhone81ImportedPfxCertificateProfile>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsPhone81ImportedPfxCertificateProfile) -> Self {
        Self::WindowsPhone81ImportedPfxCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsPhone81ScepCertificateProfile>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsPhone81ScepCertificateProfile) -> Self {
        Self::WindowsPhone81ScepCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsPhone81StoreApp> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsPhone81StoreApp) -> Self {
        Self::WindowsPhone81StoreApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsPhone81TrustedRootCertificate>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsPhone81TrustedRootCertificate) -> Self {
        Self::WindowsPhone81TrustedRootCertificate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsPhone81VpnConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsPhone81VpnConfiguration) -> Self {
        Self::WindowsPhone81VpnConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsPhoneEasEmailProfileConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsPhoneEasEmailProfileConfiguration) -> Self {
        Self::WindowsPhoneEasEmailProfileConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsPhoneXap> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsPhoneXap) -> Self {
        Self::WindowsPhoneXap(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsPrivacyDataAccessControlItem>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsPrivacyDataAccessControlItem) -> Self {
        Self::WindowsPrivacyDataAccessControlItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsProtectionState> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsProtectionState) -> Self {
        Self::WindowsProtectionState(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsQualityUpdateCatalogItem> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsQualityUpdateCatalogItem) -> Self {
        Self::WindowsQualityUpdateCatalogItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsQualityUpdateProfile> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsQualityUpdateProfile) -> Self {
        Self::WindowsQualityUpdateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsQualityUpdateProfileAssignment>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsQualityUpdateProfileAssignment) -> Self {
        Self::WindowsQualityUpdateProfileAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsStoreApp> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsStoreApp) -> Self {
        Self::WindowsStoreApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsUniversalAppX> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsUniversalAppX) -> Self {
        Self::WindowsUniversalAppX(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsUniversalAppXContainedApp> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsUniversalAppXContainedApp) -> Self {
        Self::WindowsUniversalAppXContainedApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsUpdateCatalogItem> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsUpdateCatalogItem) -> Self {
        Self::WindowsUpdateCatalogItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsUpdateForBusinessConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsUpdateForBusinessConfiguration) -> Self {
        Self::WindowsUpdateForBusinessConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsUpdateState> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsUpdateState) -> Self {
        Self::WindowsUpdateState(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::windows_updates::AzureAdDevice> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::windows_updates::AzureAdDevice) -> Self {
        Self::AzureAdDevice(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::windows_updates::Catalog> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::windows_updates::Catalog) -> Self {
        Self::Catalog(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::windows_updates::CatalogEntry> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::windows_updates::CatalogEntry) -> Self {
        Self::CatalogEntry(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::windows_updates::Deployment> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::windows_updates::Deployment) -> Self {
        Self::Deployment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::windows_updates::DeploymentAudience>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::windows_updates::DeploymentAudience) -> Self {
        Self::DeploymentAudience(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::windows_updates::FeatureUpdateCatalogEntry>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::windows_updates::FeatureUpdateCatalogEntry) -> Self {
        Self::FeatureUpdateCatalogEntry(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::windows_updates::QualityUpdateCatalogEntry>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::windows_updates::QualityUpdateCatalogEntry) -> Self {
        Self::QualityUpdateCatalogEntry(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::windows_updates::SoftwareUpdateCatalogEntry>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::windows_updates::SoftwareUpdateCatalogEntry) -> Self {
        Self::SoftwareUpdateCatalogEntry(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::windows_updates::UpdatableAsset> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::windows_updates::UpdatableAsset) -> Self {
        Self::UpdatableAsset(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::windows_updates::UpdatableAssetGroup>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::windows_updates::UpdatableAssetGroup) -> Self {
        Self::UpdatableAssetGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::windows_updates::Updates> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::windows_updates::Updates) -> Self {
        Self::Updates(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::windows_updates::Windows> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::windows_updates::Windows) -> Self {
        Self::Windows(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsVpnConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsVpnConfiguration) -> Self {
        Self::WindowsVpnConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsWifiConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsWifiConfiguration) -> Self {
        Self::WindowsWifiConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsWifiEnterpriseEapConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WindowsWifiEnterpriseEapConfiguration) -> Self {
        Self::WindowsWifiEnterpriseEapConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkPosition> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkPosition) -> Self {
        Self::WorkPosition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Workbook> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Workbook) -> Self {
        Self::Workbook(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookApplication> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookApplication) -> Self {
        Self::WorkbookApplication(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookChart> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookChart) -> Self {
        Self::WorkbookChart(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookChartAreaFormat> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookChartAreaFormat) -> Self {
        Self::WorkbookChartAreaFormat(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookChartAxes> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookChartAxes) -> Self {
        Self::WorkbookChartAxes(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookChartAxis> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookChartAxis) -> Self {
        Self::WorkbookChartAxis(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookChartAxisFormat> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookChartAxisFormat) -> Self {
        Self::WorkbookChartAxisFormat(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookChartAxisTitle> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookChartAxisTitle) -> Self {
        Self::WorkbookChartAxisTitle(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookChartAxisTitleFormat> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookChartAxisTitleFormat) -> Self {
        Self::WorkbookChartAxisTitleFormat(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookChartDataLabelFormat> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookChartDataLabelFormat) -> Self {
        Self::WorkbookChartDataLabelFormat(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookChartDataLabels> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookChartDataLabels) -> Self {
        Self::WorkbookChartDataLabels(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookChartFill> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookChartFill) -> Self {
        Self::WorkbookChartFill(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookChartFont> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookChartFont) -> Self {
        Self::WorkbookChartFont(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookChartGridlines> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookChartGridlines) -> Self {
        Self::WorkbookChartGridlines(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookChartGridlinesFormat> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookChartGridlinesFormat) -> Self {
        Self::WorkbookChartGridlinesFormat(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookChartLegend> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookChartLegend) -> Self {
        Self::WorkbookChartLegend(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookChartLegendFormat> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookChartLegendFormat) -> Self {
        Self::WorkbookChartLegendFormat(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookChartLineFormat> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookChartLineFormat) -> Self {
        Self::WorkbookChartLineFormat(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookChartPoint> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookChartPoint) -> Self {
        Self::WorkbookChartPoint(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookChartPointFormat> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookChartPointFormat) -> Self {
        Self::WorkbookChartPointFormat(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookChartSeries> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookChartSeries) -> Self {
        Self::WorkbookChartSeries(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookChartSeriesFormat> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookChartSeriesFormat) -> Self {
        Self::WorkbookChartSeriesFormat(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookChartTitle> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookChartTitle) -> Self {
        Self::WorkbookChartTitle(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookChartTitleFormat> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookChartTitleFormat) -> Self {
        Self::WorkbookChartTitleFormat(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookComment> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookComment) -> Self {
        Self::WorkbookComment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookCommentReply> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookCommentReply) -> Self {
        Self::WorkbookCommentReply(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookFilter> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookFilter) -> Self {
        Self::WorkbookFilter(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookFormatProtection> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookFormatProtection) -> Self {
        Self::WorkbookFormatProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookFunctionResult> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookFunctionResult) -> Self {
        Self::WorkbookFunctionResult(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookFunctions> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookFunctions) -> Self {
        Self::WorkbookFunctions(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookNamedItem> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookNamedItem) -> Self {
        Self::WorkbookNamedItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookOperation) -> Self {
        Self::WorkbookOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookPivotTable> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookPivotTable) -> Self {
        Self::WorkbookPivotTable(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookRange> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookRange) -> Self {
        Self::WorkbookRange(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookRangeBorder> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookRangeBorder) -> Self {
        Self::WorkbookRangeBorder(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookRangeFill> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookRangeFill) -> Self {
        Self::WorkbookRangeFill(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookRangeFont> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookRangeFont) -> Self {
        Self::WorkbookRangeFont(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookRangeFormat> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookRangeFormat) -> Self {
        Self::WorkbookRangeFormat(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookRangeSort> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookRangeSort) -> Self {
        Self::WorkbookRangeSort(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookRangeView> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookRangeView) -> Self {
        Self::WorkbookRangeView(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookTable> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookTable) -> Self {
        Self::WorkbookTable(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookTableColumn> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookTableColumn) -> Self {
        Self::WorkbookTableColumn(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookTableRow> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookTableRow) -> Self {
        Self::WorkbookTableRow(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookTableSort> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookTableSort) -> Self {
        Self::WorkbookTableSort(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookWorksheet> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookWorksheet) -> Self {
        Self::WorkbookWorksheet(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkbookWorksheetProtection> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkbookWorksheetProtection) -> Self {
        Self::WorkbookWorksheetProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WorkforceIntegration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::WorkforceIntegration) -> Self {
        Self::WorkforceIntegration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::YammerActivitySummary> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::YammerActivitySummary) -> Self {
        Self::YammerActivitySummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::YammerActivityUserDetail> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::YammerActivityUserDetail) -> Self {
        Self::YammerActivityUserDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::YammerDeviceUsageDistributionUserCounts>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::YammerDeviceUsageDistributionUserCounts) -> Self {
        Self::YammerDeviceUsageDistributionUserCounts(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::YammerDeviceUsageUserCounts> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::YammerDeviceUsageUserCounts) -> Self {
        Self::YammerDeviceUsageUserCounts(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::YammerDeviceUsageUserDetail> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::YammerDeviceUsageUserDetail) -> Self {
        Self::YammerDeviceUsageUserDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::YammerGroupsActivityCounts> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::YammerGroupsActivityCounts) -> Self {
        Self::YammerGroupsActivityCounts(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::YammerGroupsActivityDetail> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::YammerGroupsActivityDetail) -> Self {
        Self::YammerGroupsActivityDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::YammerGroupsActivityGroupCounts> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::YammerGroupsActivityGroupCounts) -> Self {
        Self::YammerGroupsActivityGroupCounts(::std::boxed::Box::new(v))
    }
}
