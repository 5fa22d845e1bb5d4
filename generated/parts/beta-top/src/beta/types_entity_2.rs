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
#[cfg(msgraph_beta_any_area)]
unsafe impl ::std::marker::Send for AnyEntity {}
#[cfg(msgraph_beta_any_area)]
unsafe impl ::std::marker::Sync for AnyEntity {}
#[cfg(msgraph_beta_any_area)]
impl ::std::marker::Unpin for AnyEntity {}
#[cfg(msgraph_beta_any_area)]
impl ::std::panic::UnwindSafe for AnyEntity {}
#[cfg(msgraph_beta_any_area)]
impl ::std::panic::RefUnwindSafe for AnyEntity {}
#[cfg(msgraph_beta_any_area)]
const _: () = {
    rt::object::auto_traits::<crate::beta::Entity>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::AadUserConversationMember>();
    #[cfg(msgraph_beta_identity_governance_or_search)]
    rt::object::auto_traits::<crate::beta::AccessPackage>();
    #[cfg(msgraph_beta_identity_governance_or_search)]
    rt::object::auto_traits::<crate::beta::AccessPackageAssignment>();
    #[cfg(msgraph_beta_identity_governance_or_search)]
    rt::object::auto_traits::<crate::beta::AccessPackageAssignmentPolicy>();
    #[cfg(msgraph_beta_identity_governance_or_search)]
    rt::object::auto_traits::<crate::beta::AccessPackageAssignmentRequest>();
    #[cfg(msgraph_beta_identity_governance_or_search)]
    rt::object::auto_traits::<crate::beta::AccessPackageAssignmentResourceRole>();
    #[cfg(msgraph_beta_identity_governance_or_search)]
    rt::object::auto_traits::<crate::beta::AccessPackageCatalog>();
    #[cfg(msgraph_beta_identity_governance_or_search)]
    rt::object::auto_traits::<crate::beta::AccessPackageResource>();
    #[cfg(msgraph_beta_identity_governance_or_search)]
    rt::object::auto_traits::<crate::beta::AccessPackageResourceEnvironment>();
    #[cfg(msgraph_beta_identity_governance_or_search)]
    rt::object::auto_traits::<crate::beta::AccessPackageResourceRequest>();
    #[cfg(msgraph_beta_identity_governance_or_search)]
    rt::object::auto_traits::<crate::beta::AccessPackageResourceRole>();
    #[cfg(msgraph_beta_identity_governance_or_search)]
    rt::object::auto_traits::<crate::beta::AccessPackageResourceRoleScope>();
    #[cfg(msgraph_beta_identity_governance_or_search)]
    rt::object::auto_traits::<crate::beta::AccessPackageResourceScope>();
    #[cfg(msgraph_beta_identity_governance_or_search)]
    rt::object::auto_traits::<crate::beta::AccessPackageSubject>();
    #[cfg(msgraph_beta_access_reviews_or_search)]
    rt::object::auto_traits::<crate::beta::AccessReview>();
    #[cfg(msgraph_beta_access_review_decisions_or_access_reviews_or_search)]
    rt::object::auto_traits::<crate::beta::AccessReviewDecision>();
    #[cfg(msgraph_beta_identity_governance_or_search)]
    rt::object::auto_traits::<crate::beta::AccessReviewHistoryDefinition>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::AccessReviewInstance>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::AccessReviewInstanceDecisionItem>();
    #[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
    rt::object::auto_traits::<crate::beta::AccessReviewPolicy>();
    #[cfg(msgraph_beta_access_reviews_or_search)]
    rt::object::auto_traits::<crate::beta::AccessReviewReviewer>();
    #[cfg(msgraph_beta_identity_governance_or_search)]
    rt::object::auto_traits::<crate::beta::AccessReviewScheduleDefinition>();
    #[cfg(msgraph_beta_identity_governance_or_search)]
    rt::object::auto_traits::<crate::beta::AccessReviewSet>();
    #[cfg(msgraph_beta_financials_or_search)]
    rt::object::auto_traits::<crate::beta::Account>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::ActiveDirectoryWindowsAutopilotDeploymentProfile,
    >();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::ActivityBasedTimeoutPolicy>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::ActivityHistoryItem>();
    #[cfg(msgraph_beta_core_or_activitystatistics)]
    rt::object::auto_traits::<crate::beta::ActivityStatistics>();
    #[cfg(msgraph_beta_policies_or_search)]
    rt::object::auto_traits::<crate::beta::AdminConsentRequestPolicy>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::AdministrativeUnit>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::AdvancedThreatProtectionOnboardingDeviceSettingState,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::AdvancedThreatProtectionOnboardingStateSummary,
    >();
    #[cfg(msgraph_beta_financials_or_search)]
    rt::object::auto_traits::<crate::beta::AgedAccountsPayable>();
    #[cfg(msgraph_beta_financials_or_search)]
    rt::object::auto_traits::<crate::beta::AgedAccountsReceivable>();
    #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
    rt::object::auto_traits::<crate::beta::Agreement>();
    #[cfg(
        msgraph_beta_agreement_acceptances_or_agreements_or_identity_governance_or_search
    )] rt::object::auto_traits::<crate::beta::AgreementAcceptance>();
    #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
    rt::object::auto_traits::<crate::beta::AgreementFile>();
    #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
    rt::object::auto_traits::<crate::beta::AgreementFileLocalization>();
    #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
    rt::object::auto_traits::<crate::beta::AgreementFileProperties>();
    #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
    rt::object::auto_traits::<crate::beta::AgreementFileVersion>();
    #[cfg(msgraph_beta_search_or_security)]
    rt::object::auto_traits::<crate::beta::Alert>();
    #[cfg(msgraph_beta_allowed_data_locations_or_search)]
    rt::object::auto_traits::<crate::beta::AllowedDataLocation>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidCertificateProfileBase>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidCompliancePolicy>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidCustomConfiguration>();
    #[cfg(msgraph_beta_search)]
    rt::object::auto_traits::<crate::beta::AndroidDeviceComplianceLocalActionBase>();
    #[cfg(msgraph_beta_search)]
    rt::object::auto_traits::<
        crate::beta::AndroidDeviceComplianceLocalActionLockDevice,
    >();
    #[cfg(msgraph_beta_search)]
    rt::object::auto_traits::<
        crate::beta::AndroidDeviceComplianceLocalActionLockDeviceWithPasscode,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidDeviceOwnerCertificateProfileBase>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidDeviceOwnerCompliancePolicy>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidDeviceOwnerEnrollmentProfile>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::AndroidDeviceOwnerEnterpriseWiFiConfiguration,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::AndroidDeviceOwnerGeneralDeviceConfiguration,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::AndroidDeviceOwnerImportedPfxCertificateProfile,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidDeviceOwnerPkcsCertificateProfile>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidDeviceOwnerScepCertificateProfile>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidDeviceOwnerTrustedRootCertificate>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidDeviceOwnerVpnConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidDeviceOwnerWiFiConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidEasEmailProfileConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidEnterpriseWiFiConfiguration>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidForWorkApp>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidForWorkAppConfigurationSchema>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidForWorkCertificateProfileBase>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidForWorkCompliancePolicy>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidForWorkCustomConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidForWorkEasEmailProfileBase>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidForWorkEnrollmentProfile>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidForWorkEnterpriseWiFiConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidForWorkGeneralDeviceConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidForWorkGmailEasConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::AndroidForWorkImportedPfxCertificateProfile,
    >();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidForWorkMobileAppConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidForWorkNineWorkEasConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidForWorkPkcsCertificateProfile>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidForWorkScepCertificateProfile>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidForWorkSettings>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidForWorkTrustedRootCertificate>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidForWorkVpnConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidForWorkWiFiConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidGeneralDeviceConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidImportedPfxCertificateProfile>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidLobApp>();
    #[cfg(msgraph_beta_core_or_device_app_management)]
    rt::object::auto_traits::<crate::beta::AndroidManagedAppProtection>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidManagedAppRegistration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::AndroidManagedStoreAccountEnterpriseSettings,
    >();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidManagedStoreApp>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidManagedStoreAppConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidManagedStoreAppConfigurationSchema>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidManagedStoreWebApp>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidOmaCpConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidPkcsCertificateProfile>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidScepCertificateProfile>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidStoreApp>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidTrustedRootCertificate>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidVpnConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidWiFiConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidWorkProfileCertificateProfileBase>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidWorkProfileCompliancePolicy>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidWorkProfileCustomConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidWorkProfileEasEmailProfileBase>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::AndroidWorkProfileEnterpriseWiFiConfiguration,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::AndroidWorkProfileGeneralDeviceConfiguration,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidWorkProfileGmailEasConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidWorkProfileNineWorkEasConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidWorkProfilePkcsCertificateProfile>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidWorkProfileScepCertificateProfile>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidWorkProfileTrustedRootCertificate>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidWorkProfileVpnConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AndroidWorkProfileWiFiConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AospDeviceOwnerCompliancePolicy>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AospDeviceOwnerDeviceConfiguration>();
    #[cfg(msgraph_beta_identity_governance_or_search)]
    rt::object::auto_traits::<crate::beta::AppConsentApprovalRoute>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::AppConsentRequest>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::AppLogCollectionRequest>();
    #[cfg(msgraph_beta_core_or_app_role_assignments)]
    rt::object::auto_traits::<crate::beta::AppRoleAssignment>();
    #[cfg(msgraph_beta_role_management_or_search)]
    rt::object::auto_traits::<crate::beta::AppScope>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::AppVulnerabilityManagedDevice>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::AppVulnerabilityMobileApp>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::AppVulnerabilityTask>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AppleDeviceFeaturesConfigurationBase>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AppleEnrollmentProfileAssignment>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AppleExpeditedCheckinConfigurationBase>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::ApplePushNotificationCertificate>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AppleUserInitiatedEnrollmentProfile>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AppleVpnConfiguration>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::AppleVppTokenTroubleshootingEvent>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::Application>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::ApplicationSignInDetailedSummary>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::ApplicationSignInSummary>();
    #[cfg(msgraph_beta_application_templates_or_search)]
    rt::object::auto_traits::<crate::beta::ApplicationTemplate>();
    #[cfg(msgraph_beta_core_or_role_management)]
    rt::object::auto_traits::<crate::beta::Approval>();
    #[cfg(msgraph_beta_core_or_role_management)]
    rt::object::auto_traits::<crate::beta::ApprovalStep>();
    #[cfg(msgraph_beta_approval_workflow_providers_or_search)]
    rt::object::auto_traits::<crate::beta::ApprovalWorkflowProvider>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::AssignmentFilterEvaluationStatusDetails>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::Attachment>();
    #[cfg(msgraph_beta_core_or_functions)]
    rt::object::auto_traits::<crate::beta::AttributeMappingFunctionSchema>();
    #[cfg(msgraph_beta_app_or_communications_or_search)]
    rt::object::auto_traits::<crate::beta::AudioRoutingGroup>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AuditEvent>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::Authentication>();
    #[cfg(msgraph_beta_identity_or_search)]
    rt::object::auto_traits::<crate::beta::AuthenticationContextClassReference>();
    #[cfg(msgraph_beta_policies_or_search)]
    rt::object::auto_traits::<crate::beta::AuthenticationFlowsPolicy>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::AuthenticationMethod>();
    #[cfg(
        msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )] rt::object::auto_traits::<crate::beta::AuthenticationMethodConfiguration>();
    #[cfg(
        msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )] rt::object::auto_traits::<crate::beta::AuthenticationMethodTarget>();
    #[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
    rt::object::auto_traits::<crate::beta::AuthenticationMethodsPolicy>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::AuthenticationMethodsRoot>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::AuthorizationPolicy>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::AzureAdFeatureUsage>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::AzureAdLicenseUsage>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::AzureAdUserFeatureUsage>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::AzureAdWindowsAutopilotDeploymentProfile>();
    #[cfg(msgraph_beta_policies_or_search)]
    rt::object::auto_traits::<crate::beta::B2cAuthenticationMethodsPolicy>();
    #[cfg(msgraph_beta_identity_or_search)]
    rt::object::auto_traits::<crate::beta::B2cIdentityUserFlow>();
    #[cfg(msgraph_beta_identity_or_search)]
    rt::object::auto_traits::<crate::beta::B2xIdentityUserFlow>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::BaseItem>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::BaseItemVersion>();
    #[cfg(msgraph_beta_core_or_information_protection)]
    rt::object::auto_traits::<crate::beta::Bitlocker>();
    #[cfg(msgraph_beta_core_or_information_protection)]
    rt::object::auto_traits::<crate::beta::BitlockerRecoveryKey>();
    #[cfg(msgraph_beta_booking_businesses_or_search)]
    rt::object::auto_traits::<crate::beta::BookingAppointment>();
    #[cfg(msgraph_beta_booking_businesses_or_search)]
    rt::object::auto_traits::<crate::beta::BookingBusiness>();
    #[cfg(msgraph_beta_booking_currencies_or_search)]
    rt::object::auto_traits::<crate::beta::BookingCurrency>();
    #[cfg(msgraph_beta_booking_businesses_or_search)]
    rt::object::auto_traits::<crate::beta::BookingCustomer>();
    #[cfg(msgraph_beta_booking_businesses_or_search)]
    rt::object::auto_traits::<crate::beta::BookingNamedEntity>();
    #[cfg(msgraph_beta_booking_businesses_or_search)]
    rt::object::auto_traits::<crate::beta::BookingPerson>();
    #[cfg(msgraph_beta_booking_businesses_or_search)]
    rt::object::auto_traits::<crate::beta::BookingService>();
    #[cfg(msgraph_beta_booking_businesses_or_search)]
    rt::object::auto_traits::<crate::beta::BookingStaffMember>();
    #[cfg(msgraph_beta_identity_or_search)]
    rt::object::auto_traits::<crate::beta::BuiltInIdentityProvider>();
    #[cfg(msgraph_beta_approval_workflow_providers_or_search)]
    rt::object::auto_traits::<crate::beta::BusinessFlow>();
    #[cfg(msgraph_beta_business_flow_templates_or_search)]
    rt::object::auto_traits::<crate::beta::BusinessFlowTemplate>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::Calendar>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::CalendarGroup>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::CalendarPermission>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::CalendarSharingMessage>();
    #[cfg(msgraph_beta_app_or_communications_or_search)]
    rt::object::auto_traits::<crate::beta::Call>();
    #[cfg(msgraph_beta_core_or_activitystatistics)]
    rt::object::auto_traits::<crate::beta::CallActivityStatistics>();
    #[cfg(msgraph_beta_communications_or_search)]
    rt::object::auto_traits::<crate::beta::call_records::CallRecord>();
    #[cfg(msgraph_beta_communications_or_search)]
    rt::object::auto_traits::<crate::beta::call_records::Segment>();
    #[cfg(msgraph_beta_communications_or_search)]
    rt::object::auto_traits::<crate::beta::call_records::Session>();
    #[cfg(msgraph_beta_app_or_communications_or_search)]
    rt::object::auto_traits::<crate::beta::CancelMediaProcessingOperation>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::CartToClassAssociation>();
    #[cfg(msgraph_beta_certificate_based_auth_configuration_or_search)]
    rt::object::auto_traits::<crate::beta::CertificateBasedAuthConfiguration>();
    #[cfg(msgraph_beta_core_or_teamwork)]
    rt::object::auto_traits::<crate::beta::ChangeTrackedEntity>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::Channel>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::Chat>();
    #[cfg(msgraph_beta_core_or_activitystatistics)]
    rt::object::auto_traits::<crate::beta::ChatActivityStatistics>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::ChatMessage>();
    #[cfg(msgraph_beta_core_or_app_catalogs)]
    rt::object::auto_traits::<crate::beta::ChatMessageHostedContent>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::ChromeOsOnboardingSettings>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::CircularGeofenceManagementCondition>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::ClaimsMappingPolicy>();
    #[cfg(msgraph_beta_data_classification_or_search)]
    rt::object::auto_traits::<crate::beta::ClassificationJobResponse>();
    #[cfg(msgraph_beta_search_or_security)]
    rt::object::auto_traits::<crate::beta::CloudAppSecurityProfile>();
    #[cfg(msgraph_beta_communications_or_search)]
    rt::object::auto_traits::<crate::beta::CloudCommunications>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::CloudPc>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::CloudPcConnectivityIssue>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::CloudPcAuditEvent>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::CloudPcDeviceImage>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::CloudPcOnPremisesConnection>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::CloudPcProvisioningPolicy>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::CloudPcProvisioningPolicyAssignment>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::CloudPcUserSetting>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::CloudPcUserSettingAssignment>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
    rt::object::auto_traits::<crate::beta::ColumnDefinition>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
    rt::object::auto_traits::<crate::beta::ColumnLink>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::ComanagementEligibleDevice>();
    #[cfg(msgraph_beta_core_or_commands)]
    rt::object::auto_traits::<crate::beta::Command>();
    #[cfg(msgraph_beta_app_or_communications_or_search)]
    rt::object::auto_traits::<crate::beta::CommsOperation>();
    #[cfg(msgraph_beta_financials_or_search)]
    rt::object::auto_traits::<crate::beta::Company>();
    #[cfg(msgraph_beta_financials_or_search)]
    rt::object::auto_traits::<crate::beta::CompanyInformation>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::ComplianceManagementPartner>();
    #[cfg(msgraph_beta_identity_or_policies_or_search)]
    rt::object::auto_traits::<crate::beta::ConditionalAccessPolicy>();
    #[cfg(msgraph_beta_identity_or_search)]
    rt::object::auto_traits::<crate::beta::ConditionalAccessRoot>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::ConfigManagerCollection>();
    #[cfg(msgraph_beta_identity_governance_or_search)]
    rt::object::auto_traits::<crate::beta::ConnectedOrganization>();
    #[cfg(msgraph_beta_search)]
    rt::object::auto_traits::<crate::beta::ConnectionOperation>();
    #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
    rt::object::auto_traits::<crate::beta::Connector>();
    #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
    rt::object::auto_traits::<crate::beta::ConnectorGroup>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::Contact>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::ContactFolder>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
    rt::object::auto_traits::<crate::beta::ContentType>();
    #[cfg(msgraph_beta_identity_or_search)]
    rt::object::auto_traits::<crate::beta::ContinuousAccessEvaluationPolicy>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::Contract>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::Conversation>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::ConversationMember>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::ConversationThread>();
    #[cfg(msgraph_beta_identity_or_search)]
    rt::object::auto_traits::<crate::beta::CountryNamedLocation>();
    #[cfg(msgraph_beta_financials_or_search)]
    rt::object::auto_traits::<crate::beta::CountryRegion>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::CredentialUsageSummary>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::CredentialUserRegistrationCount>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::CredentialUserRegistrationDetails>();
    #[cfg(msgraph_beta_financials_or_search)]
    rt::object::auto_traits::<crate::beta::Currency>();
    #[cfg(msgraph_beta_financials_or_search)]
    rt::object::auto_traits::<crate::beta::Customer>();
    #[cfg(msgraph_beta_financials_or_search)]
    rt::object::auto_traits::<crate::beta::CustomerPayment>();
    #[cfg(msgraph_beta_financials_or_search)]
    rt::object::auto_traits::<crate::beta::CustomerPaymentJournal>();
    #[cfg(msgraph_beta_data_classification_or_search)]
    rt::object::auto_traits::<crate::beta::DataClassificationService>();
    #[cfg(msgraph_beta_core_or_information_protection)]
    rt::object::auto_traits::<crate::beta::DataLossPreventionPolicy>();
    #[cfg(msgraph_beta_data_policy_operations_or_search)]
    rt::object::auto_traits::<crate::beta::DataPolicyOperation>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DataSharingConsent>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DefaultDeviceCompliancePolicy>();
    #[cfg(msgraph_beta_core_or_device_app_management)]
    rt::object::auto_traits::<crate::beta::DefaultManagedAppProtection>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::DelegatedPermissionClassification>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DepEnrollmentBaseProfile>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DepEnrollmentProfile>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DepIosEnrollmentProfile>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DepMacOsEnrollmentProfile>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DepOnboardingSetting>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DetectedApp>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::Device>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceAndAppManagementAssignmentFilter>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceAndAppManagementRoleAssignment>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceAndAppManagementRoleDefinition>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceAppManagement>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceAppManagementTask>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::DeviceCategory>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::DeviceComanagementAuthorityConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceComplianceActionItem>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceComplianceDeviceOverview>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceComplianceDeviceStatus>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceCompliancePolicy>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceCompliancePolicyAssignment>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceCompliancePolicyDeviceStateSummary>();
    #[cfg(msgraph_beta_search)]
    rt::object::auto_traits::<crate::beta::DeviceCompliancePolicyGroupAssignment>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceCompliancePolicyPolicySetItem>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceCompliancePolicySettingStateSummary>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::DeviceCompliancePolicyState>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceComplianceScheduledActionForRule>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceComplianceScript>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceComplianceScriptDeviceState>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceComplianceScriptRunSummary>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceComplianceSettingState>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceComplianceUserOverview>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceComplianceUserStatus>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceConfigurationAssignment>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceConfigurationConflictSummary>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceConfigurationDeviceOverview>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceConfigurationDeviceStateSummary>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceConfigurationDeviceStatus>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceConfigurationGroupAssignment>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceConfigurationPolicySetItem>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::DeviceConfigurationState>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceConfigurationUserOverview>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceConfigurationUserStateSummary>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceConfigurationUserStatus>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceCustomAttributeShellScript>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::DeviceEnrollmentConfiguration>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::DeviceEnrollmentLimitConfiguration>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<
        crate::beta::DeviceEnrollmentPlatformRestrictionsConfiguration,
    >();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<
        crate::beta::DeviceEnrollmentWindowsHelloForBusinessConfiguration,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceHealthScript>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceHealthScriptAssignment>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceHealthScriptDeviceState>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceHealthScriptRunSummary>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceInstallState>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::DeviceLogCollectionResponse>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceManagement>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::DeviceManagementAbstractComplexSettingDefinition,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::DeviceManagementAbstractComplexSettingInstance,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceManagementAutopilotEvent>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::DeviceManagementAutopilotPolicyStatusDetail,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceManagementBooleanSettingInstance>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceManagementCachedReportConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::DeviceManagementCollectionSettingDefinition,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceManagementCollectionSettingInstance>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceManagementComplexSettingDefinition>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceManagementComplexSettingInstance>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceManagementConfigurationCategory>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationChoiceSettingCollectionDefinition,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationChoiceSettingDefinition,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceManagementConfigurationPolicy>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationPolicyAssignment,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationPolicyTemplate,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceManagementConfigurationSetting>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationSettingDefinition,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationSettingGroupCollectionDefinition,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationSettingGroupDefinition,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationSettingTemplate,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationSimpleSettingCollectionDefinition,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationSimpleSettingDefinition,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceManagementDerivedCredentialSettings>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceManagementDomainJoinConnector>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceManagementExchangeConnector>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceManagementExchangeOnPremisesPolicy>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceManagementExportJob>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceManagementIntegerSettingInstance>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceManagementIntent>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceManagementIntentAssignment>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::DeviceManagementIntentDeviceSettingStateSummary,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceManagementIntentDeviceState>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceManagementIntentDeviceStateSummary>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceManagementIntentSettingCategory>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceManagementIntentUserState>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceManagementIntentUserStateSummary>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceManagementPartner>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceManagementReportSchedule>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceManagementReports>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::DeviceManagementResourceAccessProfileAssignment,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceManagementResourceAccessProfileBase>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceManagementReusablePolicySetting>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceManagementScript>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceManagementScriptAssignment>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceManagementScriptDeviceState>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceManagementScriptGroupAssignment>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceManagementScriptPolicySetItem>();
    #[cfg(msgraph_beta_search)]
    rt::object::auto_traits::<crate::beta::DeviceManagementScriptRunSummary>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceManagementScriptUserState>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceManagementSettingCategory>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceManagementSettingDefinition>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceManagementSettingInstance>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceManagementStringSettingInstance>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceManagementTemplate>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceManagementTemplateSettingCategory>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::DeviceManagementTroubleshootingEvent>();
    #[cfg(msgraph_beta_search)]
    rt::object::auto_traits::<crate::beta::DeviceSetupConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::DeviceShellScript>();
    #[cfg(msgraph_beta_financials_or_search)]
    rt::object::auto_traits::<crate::beta::Dimension>();
    #[cfg(msgraph_beta_financials_or_search)]
    rt::object::auto_traits::<crate::beta::DimensionValue>();
    #[cfg(msgraph_beta_directory_or_search)]
    rt::object::auto_traits::<crate::beta::Directory>();
    #[cfg(msgraph_beta_audit_logs_or_search)]
    rt::object::auto_traits::<crate::beta::DirectoryAudit>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::DirectoryDefinition>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::DirectoryObject>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::DirectoryObjectPartnerReference>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::DirectoryRole>();
    #[cfg(msgraph_beta_policies_or_search)]
    rt::object::auto_traits::<crate::beta::DirectoryRoleAccessReviewPolicy>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::DirectoryRoleTemplate>();
    #[cfg(msgraph_beta_core_or_settings)]
    rt::object::auto_traits::<crate::beta::DirectorySetting>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::DirectorySettingTemplate>();
    #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
    rt::object::auto_traits::<crate::beta::DlpEvaluatePoliciesJobResponse>();
    #[cfg(msgraph_beta_search)] rt::object::auto_traits::<crate::beta::Document>();
    #[cfg(msgraph_beta_search)]
    rt::object::auto_traits::<crate::beta::DocumentComment>();
    #[cfg(msgraph_beta_search)]
    rt::object::auto_traits::<crate::beta::DocumentCommentReply>();
    #[cfg(msgraph_beta_domains_or_search)]
    rt::object::auto_traits::<crate::beta::Domain>();
    #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
    rt::object::auto_traits::<crate::beta::DomainDnsCnameRecord>();
    #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
    rt::object::auto_traits::<crate::beta::DomainDnsMxRecord>();
    #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
    rt::object::auto_traits::<crate::beta::DomainDnsRecord>();
    #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
    rt::object::auto_traits::<crate::beta::DomainDnsSrvRecord>();
    #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
    rt::object::auto_traits::<crate::beta::DomainDnsTxtRecord>();
    #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
    rt::object::auto_traits::<crate::beta::DomainDnsUnavailableRecord>();
    #[cfg(msgraph_beta_search_or_security)]
    rt::object::auto_traits::<crate::beta::DomainSecurityProfile>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
    rt::object::auto_traits::<crate::beta::Drive>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::DriveItem>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::DriveItemVersion>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::EBookInstallSummary>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::EasEmailProfileConfigurationBase>();
    #[cfg(msgraph_beta_compliance_or_search)]
    rt::object::auto_traits::<crate::beta::ediscovery::AddToReviewSetOperation>();
    #[cfg(msgraph_beta_compliance_or_search)]
    rt::object::auto_traits::<crate::beta::ediscovery::Case>();
    #[cfg(msgraph_beta_compliance_or_search)]
    rt::object::auto_traits::<crate::beta::ediscovery::CaseExportOperation>();
    #[cfg(msgraph_beta_compliance_or_search)]
    rt::object::auto_traits::<crate::beta::ediscovery::CaseIndexOperation>();
    #[cfg(msgraph_beta_compliance_or_search)]
    rt::object::auto_traits::<crate::beta::ediscovery::CaseOperation>();
    #[cfg(msgraph_beta_compliance_or_search)]
    rt::object::auto_traits::<crate::beta::ediscovery::Custodian>();
    #[cfg(msgraph_beta_compliance_or_search)]
    rt::object::auto_traits::<crate::beta::ediscovery::DataSource>();
    #[cfg(msgraph_beta_compliance_or_search)]
    rt::object::auto_traits::<crate::beta::ediscovery::DataSourceContainer>();
    #[cfg(msgraph_beta_compliance_or_search)]
    rt::object::auto_traits::<crate::beta::ediscovery::Ediscoveryroot>();
    #[cfg(msgraph_beta_compliance_or_search)]
    rt::object::auto_traits::<crate::beta::ediscovery::EstimateStatisticsOperation>();
    #[cfg(msgraph_beta_compliance_or_search)]
    rt::object::auto_traits::<crate::beta::ediscovery::LegalHold>();
    #[cfg(msgraph_beta_compliance_or_search)]
    rt::object::auto_traits::<crate::beta::ediscovery::NoncustodialDataSource>();
    #[cfg(msgraph_beta_compliance_or_search)]
    rt::object::auto_traits::<crate::beta::ediscovery::ReviewSet>();
    #[cfg(msgraph_beta_compliance_or_search)]
    rt::object::auto_traits::<crate::beta::ediscovery::ReviewSetQuery>();
    #[cfg(msgraph_beta_compliance_or_search)]
    rt::object::auto_traits::<crate::beta::ediscovery::Settings>();
    #[cfg(msgraph_beta_compliance_or_search)]
    rt::object::auto_traits::<crate::beta::ediscovery::SiteSource>();
    #[cfg(msgraph_beta_compliance_or_search)]
    rt::object::auto_traits::<crate::beta::ediscovery::SourceCollection>();
    #[cfg(msgraph_beta_compliance_or_search)]
    rt::object::auto_traits::<crate::beta::ediscovery::Tag>();
    #[cfg(msgraph_beta_compliance_or_search)]
    rt::object::auto_traits::<crate::beta::ediscovery::TagOperation>();
    #[cfg(msgraph_beta_compliance_or_search)]
    rt::object::auto_traits::<crate::beta::ediscovery::UnifiedGroupSource>();
    #[cfg(msgraph_beta_compliance_or_search)]
    rt::object::auto_traits::<crate::beta::ediscovery::UserSource>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::EditionUpgradeConfiguration>();
    #[cfg(msgraph_beta_education_or_search)]
    rt::object::auto_traits::<crate::beta::EducationAssignment>();
    #[cfg(msgraph_beta_education_or_search)]
    rt::object::auto_traits::<crate::beta::EducationAssignmentDefaults>();
    #[cfg(msgraph_beta_education_or_search)]
    rt::object::auto_traits::<crate::beta::EducationAssignmentResource>();
    #[cfg(msgraph_beta_education_or_search)]
    rt::object::auto_traits::<crate::beta::EducationAssignmentSettings>();
    #[cfg(msgraph_beta_education_or_search)]
    rt::object::auto_traits::<crate::beta::EducationCategory>();
    #[cfg(msgraph_beta_education_or_search)]
    rt::object::auto_traits::<crate::beta::EducationClass>();
    #[cfg(msgraph_beta_education_or_search)]
    rt::object::auto_traits::<crate::beta::EducationFeedbackOutcome>();
    #[cfg(msgraph_beta_education_or_search)]
    rt::object::auto_traits::<crate::beta::EducationOrganization>();
    #[cfg(msgraph_beta_education_or_search)]
    rt::object::auto_traits::<crate::beta::EducationOutcome>();
    #[cfg(msgraph_beta_education_or_search)]
    rt::object::auto_traits::<crate::beta::EducationPointsOutcome>();
    #[cfg(msgraph_beta_education_or_search)]
    rt::object::auto_traits::<crate::beta::EducationRubric>();
    #[cfg(msgraph_beta_education_or_search)]
    rt::object::auto_traits::<crate::beta::EducationRubricOutcome>();
    #[cfg(msgraph_beta_education_or_search)]
    rt::object::auto_traits::<crate::beta::EducationSchool>();
    #[cfg(msgraph_beta_education_or_search)]
    rt::object::auto_traits::<crate::beta::EducationSubmission>();
    #[cfg(msgraph_beta_education_or_search)]
    rt::object::auto_traits::<crate::beta::EducationSubmissionResource>();
    #[cfg(msgraph_beta_education_or_search)]
    rt::object::auto_traits::<crate::beta::EducationSynchronizationError>();
    #[cfg(msgraph_beta_education_or_search)]
    rt::object::auto_traits::<crate::beta::EducationSynchronizationProfile>();
    #[cfg(msgraph_beta_education_or_search)]
    rt::object::auto_traits::<crate::beta::EducationSynchronizationProfileStatus>();
    #[cfg(msgraph_beta_education_or_search)]
    rt::object::auto_traits::<crate::beta::EducationUser>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::EducationalActivity>();
    #[cfg(msgraph_beta_core_or_activitystatistics)]
    rt::object::auto_traits::<crate::beta::EmailActivityStatistics>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::EmailActivitySummary>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::EmailActivityUserDetail>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::EmailAppUsageAppsUserCounts>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::EmailAppUsageUserCounts>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::EmailAppUsageUserDetail>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::EmailAppUsageVersionsUserCounts>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::EmailAuthenticationMethod>();
    #[cfg(
        msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )] rt::object::auto_traits::<crate::beta::EmailAuthenticationMethodConfiguration>();
    #[cfg(msgraph_beta_core_or_information_protection)]
    rt::object::auto_traits::<crate::beta::EmailFileAssessmentRequest>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::EmbeddedSimActivationCodePool>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::EmbeddedSimActivationCodePoolAssignment>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::EmbeddedSimDeviceState>();
    #[cfg(msgraph_beta_financials_or_search)]
    rt::object::auto_traits::<crate::beta::Employee>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::Endpoint>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::EnrollmentConfigurationAssignment>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::EnrollmentProfile>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::EnrollmentRestrictionsConfigurationPolicySetItem,
    >();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::EnrollmentTroubleshootingEvent>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::EnterpriseCodeSigningCertificate>();
    #[cfg(msgraph_beta_identity_governance_or_search)]
    rt::object::auto_traits::<crate::beta::EntitlementManagement>();
    #[cfg(msgraph_beta_identity_governance_or_search)]
    rt::object::auto_traits::<crate::beta::EntitlementManagementSettings>();
    #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
    rt::object::auto_traits::<crate::beta::EvaluateLabelJobResponse>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::Event>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::EventMessage>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::EventMessageRequest>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::EventMessageResponse>();
    #[cfg(msgraph_beta_data_classification_or_search)]
    rt::object::auto_traits::<crate::beta::ExactMatchDataStore>();
    #[cfg(msgraph_beta_data_classification_or_search)]
    rt::object::auto_traits::<crate::beta::ExactMatchDataStoreBase>();
    #[cfg(msgraph_beta_data_classification_or_search)]
    rt::object::auto_traits::<crate::beta::ExactMatchJobBase>();
    #[cfg(msgraph_beta_search)]
    rt::object::auto_traits::<crate::beta::ExactMatchLookupJob>();
    #[cfg(msgraph_beta_data_classification_or_search)]
    rt::object::auto_traits::<crate::beta::ExactMatchSession>();
    #[cfg(msgraph_beta_data_classification_or_search)]
    rt::object::auto_traits::<crate::beta::ExactMatchSessionBase>();
    #[cfg(msgraph_beta_data_classification_or_search)]
    rt::object::auto_traits::<crate::beta::ExactMatchUploadAgent>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::Extension>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::ExtensionProperty>();
    #[cfg(msgraph_beta_search)] rt::object::auto_traits::<crate::beta::External>();
    #[cfg(msgraph_beta_search)]
    rt::object::auto_traits::<crate::beta::ExternalConnection>();
    #[cfg(msgraph_beta_connections_or_external_or_search)]
    rt::object::auto_traits::<crate::beta::external_connectors::ConnectionOperation>();
    #[cfg(msgraph_beta_connections_or_external_or_search)]
    rt::object::auto_traits::<crate::beta::external_connectors::ExternalConnection>();
    #[cfg(msgraph_beta_connections_or_external_or_search)]
    rt::object::auto_traits::<crate::beta::external_connectors::ExternalGroup>();
    #[cfg(msgraph_beta_connections_or_external_or_search)]
    rt::object::auto_traits::<crate::beta::external_connectors::ExternalGroupMember>();
    #[cfg(msgraph_beta_connections_or_external_or_search)]
    rt::object::auto_traits::<crate::beta::external_connectors::ExternalItem>();
    #[cfg(msgraph_beta_connections_or_external_or_search)]
    rt::object::auto_traits::<crate::beta::external_connectors::Schema>();
    #[cfg(msgraph_beta_search)] rt::object::auto_traits::<crate::beta::ExternalGroup>();
    #[cfg(msgraph_beta_search)]
    rt::object::auto_traits::<crate::beta::ExternalGroupMember>();
    #[cfg(msgraph_beta_search)] rt::object::auto_traits::<crate::beta::ExternalItem>();
    #[cfg(msgraph_beta_directory_or_policies_or_search)]
    rt::object::auto_traits::<crate::beta::FeatureRolloutPolicy>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::Fido2AuthenticationMethod>();
    #[cfg(
        msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )] rt::object::auto_traits::<crate::beta::Fido2AuthenticationMethodConfiguration>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::FieldValueSet>();
    #[cfg(msgraph_beta_core_or_information_protection)]
    rt::object::auto_traits::<crate::beta::FileAssessmentRequest>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::FileAttachment>();
    #[cfg(msgraph_beta_data_classification_or_search)]
    rt::object::auto_traits::<crate::beta::FileClassificationRequest>();
    #[cfg(msgraph_beta_search_or_security)]
    rt::object::auto_traits::<crate::beta::FileSecurityProfile>();
    #[cfg(msgraph_beta_core_or_filter_operators)]
    rt::object::auto_traits::<crate::beta::FilterOperatorSchema>();
    #[cfg(msgraph_beta_core_or_activitystatistics)]
    rt::object::auto_traits::<crate::beta::FocusActivityStatistics>();
    #[cfg(msgraph_beta_financials_or_search)]
    rt::object::auto_traits::<crate::beta::GeneralLedgerEntry>();
    #[cfg(msgraph_beta_approval_workflow_providers_or_search)]
    rt::object::auto_traits::<crate::beta::GovernancePolicyTemplate>();
    #[cfg(
        msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
    )] rt::object::auto_traits::<crate::beta::GovernanceResource>();
    #[cfg(
        msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
    )] rt::object::auto_traits::<crate::beta::GovernanceRoleAssignment>();
    #[cfg(
        msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
    )] rt::object::auto_traits::<crate::beta::GovernanceRoleAssignmentRequest>();
    #[cfg(
        msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
    )] rt::object::auto_traits::<crate::beta::GovernanceRoleDefinition>();
    #[cfg(
        msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
    )] rt::object::auto_traits::<crate::beta::GovernanceRoleSetting>();
    #[cfg(
        msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_5_more_80
    )] rt::object::auto_traits::<crate::beta::GovernanceSubject>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::Group>();
    #[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
    rt::object::auto_traits::<crate::beta::GroupLifecyclePolicy>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::GroupPolicyCategory>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::GroupPolicyConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::GroupPolicyConfigurationAssignment>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::GroupPolicyDefinition>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::GroupPolicyDefinitionFile>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::GroupPolicyDefinitionValue>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::GroupPolicyMigrationReport>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::GroupPolicyObjectFile>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::GroupPolicyOperation>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::GroupPolicyPresentation>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::GroupPolicyPresentationCheckBox>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::GroupPolicyPresentationComboBox>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::GroupPolicyPresentationDecimalTextBox>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::GroupPolicyPresentationDropdownList>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::GroupPolicyPresentationListBox>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::GroupPolicyPresentationLongDecimalTextBox>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::GroupPolicyPresentationMultiTextBox>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::GroupPolicyPresentationText>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::GroupPolicyPresentationTextBox>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::GroupPolicyPresentationValue>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::GroupPolicyPresentationValueBoolean>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::GroupPolicyPresentationValueDecimal>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::GroupPolicyPresentationValueList>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::GroupPolicyPresentationValueLongDecimal>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::GroupPolicyPresentationValueMultiText>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::GroupPolicyPresentationValueText>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::GroupPolicySettingMapping>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::GroupPolicyUploadedDefinitionFile>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::HomeRealmDiscoveryPolicy>();
    #[cfg(msgraph_beta_search_or_security)]
    rt::object::auto_traits::<crate::beta::HostSecurityProfile>();
    #[cfg(msgraph_beta_identity_or_search)]
    rt::object::auto_traits::<crate::beta::IdentityApiConnector>();
    #[cfg(msgraph_beta_identity_or_search)]
    rt::object::auto_traits::<crate::beta::IdentityBuiltInUserFlowAttribute>();
    #[cfg(msgraph_beta_identity_or_search)]
    rt::object::auto_traits::<crate::beta::IdentityCustomUserFlowAttribute>();
    #[cfg(msgraph_beta_identity_providers_or_search)]
    rt::object::auto_traits::<crate::beta::IdentityProvider>();
    #[cfg(msgraph_beta_identity_or_search)]
    rt::object::auto_traits::<crate::beta::IdentityProviderBase>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::IdentitySecurityDefaultsEnforcementPolicy>();
    #[cfg(msgraph_beta_identity_or_search)]
    rt::object::auto_traits::<crate::beta::IdentityUserFlow>();
    #[cfg(msgraph_beta_identity_or_search)]
    rt::object::auto_traits::<crate::beta::IdentityUserFlowAttribute>();
    #[cfg(msgraph_beta_identity_or_search)]
    rt::object::auto_traits::<crate::beta::IdentityUserFlowAttributeAssignment>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::ImportedAppleDeviceIdentity>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::ImportedAppleDeviceIdentityResult>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::ImportedDeviceIdentity>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::ImportedDeviceIdentityResult>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::ImportedWindowsAutopilotDeviceIdentity>();
    #[cfg(msgraph_beta_search)]
    rt::object::auto_traits::<
        crate::beta::ImportedWindowsAutopilotDeviceIdentityUpload,
    >();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::InferenceClassification>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::InferenceClassificationOverride>();
    #[cfg(msgraph_beta_core_or_information_protection)]
    rt::object::auto_traits::<crate::beta::InformationProtection>();
    #[cfg(msgraph_beta_core_or_information_protection)]
    rt::object::auto_traits::<crate::beta::InformationProtectionLabel>();
    #[cfg(msgraph_beta_core_or_information_protection)]
    rt::object::auto_traits::<crate::beta::InformationProtectionPolicy>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::IntuneBrandingProfile>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::IntuneBrandingProfileAssignment>();
    #[cfg(msgraph_beta_invitations_or_search)]
    rt::object::auto_traits::<crate::beta::Invitation>();
    #[cfg(msgraph_beta_app_or_communications_or_search)]
    rt::object::auto_traits::<crate::beta::InviteParticipantsOperation>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::IosCertificateProfile>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::IosCertificateProfileBase>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::IosCompliancePolicy>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::IosCustomConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::IosDerivedCredentialAuthenticationConfiguration,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::IosDeviceFeaturesConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::IosEasEmailProfileConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::IosEduDeviceConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::IosEducationDeviceConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::IosEnterpriseWiFiConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::IosExpeditedCheckinConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::IosGeneralDeviceConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::IosImportedPfxCertificateProfile>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::IosLobApp>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::IosLobAppProvisioningConfiguration>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::IosLobAppProvisioningConfigurationAssignment,
    >();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::IosLobAppProvisioningConfigurationPolicySetItem,
    >();
    #[cfg(msgraph_beta_core_or_device_app_management)]
    rt::object::auto_traits::<crate::beta::IosManagedAppProtection>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::IosManagedAppRegistration>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::IosMobileAppConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::IosPkcsCertificateProfile>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::IosScepCertificateProfile>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::IosStoreApp>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::IosTrustedRootCertificate>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::IosUpdateConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::IosUpdateDeviceStatus>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::IosVpnConfiguration>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::IosVppApp>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::IosVppAppAssignedDeviceLicense>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::IosVppAppAssignedLicense>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::IosVppAppAssignedUserLicense>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::IosVppEBook>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::IosVppEBookAssignment>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::IosWiFiConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::IosikEv2VpnConfiguration>();
    #[cfg(msgraph_beta_identity_or_search)]
    rt::object::auto_traits::<crate::beta::IpNamedLocation>();
    #[cfg(msgraph_beta_search_or_security)]
    rt::object::auto_traits::<crate::beta::IpSecurityProfile>();
    #[cfg(msgraph_beta_financials_or_search)]
    rt::object::auto_traits::<crate::beta::Item>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::ItemActivity>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::ItemActivityOld>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::ItemActivityStat>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::ItemAddress>();
    #[cfg(msgraph_beta_search)] rt::object::auto_traits::<crate::beta::ItemAnalytics>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::ItemAttachment>();
    #[cfg(msgraph_beta_financials_or_search)]
    rt::object::auto_traits::<crate::beta::ItemCategory>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::ItemEmail>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::ItemFacet>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::ItemInsights>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::ItemInsightsSettings>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::ItemPatent>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::ItemPhone>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::ItemPublication>();
    #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
    rt::object::auto_traits::<crate::beta::JobResponseBase>();
    #[cfg(msgraph_beta_financials_or_search)]
    rt::object::auto_traits::<crate::beta::Journal>();
    #[cfg(msgraph_beta_financials_or_search)]
    rt::object::auto_traits::<crate::beta::JournalLine>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::LanguageProficiency>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::LicenseDetails>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::LinkedResource>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
    rt::object::auto_traits::<crate::beta::List>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::ListItem>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::ListItemVersion>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::LocalizedNotificationMessage>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::LocationManagementCondition>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::LongRunningOperation>();
    #[cfg(msgraph_beta_search)]
    rt::object::auto_traits::<crate::beta::LookupResultRow>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::MacOsCertificateProfileBase>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::MacOsCompliancePolicy>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::MacOsCustomAppConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::MacOsCustomConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::MacOsDeviceFeaturesConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::MacOsEndpointProtectionConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::MacOsEnterpriseWiFiConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::MacOsExtensionsConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::MacOsGeneralDeviceConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::MacOsImportedPfxCertificateProfile>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::MacOsLobApp>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::MacOsMdatpApp>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::MacOsMicrosoftEdgeApp>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::MacOsOfficeSuiteApp>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::MacOsPkcsCertificateProfile>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::MacOsScepCertificateProfile>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::MacOsSoftwareUpdateAccountSummary>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::MacOsSoftwareUpdateCategorySummary>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::MacOsSoftwareUpdateConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::MacOsSoftwareUpdateStateSummary>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::MacOsTrustedRootCertificate>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::MacOsVpnConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::MacOsWiFiConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::MacOsWiredNetworkConfiguration>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::MacOsVppApp>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::MacOsVppAppAssignedLicense>();
    #[cfg(msgraph_beta_core_or_information_protection)]
    rt::object::auto_traits::<crate::beta::MailAssessmentRequest>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::MailFolder>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::MailSearchFolder>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::MailboxUsageDetail>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::MailboxUsageMailboxCounts>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::MailboxUsageQuotaStatusMailboxCounts>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::MailboxUsageStorage>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::MalwareStateForWindowsDevice>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::ManagedAllDeviceCertificateState>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::ManagedAndroidLobApp>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::ManagedAndroidStoreApp>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::ManagedApp>();
    #[cfg(msgraph_beta_core_or_device_app_management)]
    rt::object::auto_traits::<crate::beta::ManagedAppConfiguration>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::ManagedAppOperation>();
    #[cfg(msgraph_beta_core_or_device_app_management)]
    rt::object::auto_traits::<crate::beta::ManagedAppPolicy>();
    #[cfg(msgraph_beta_core_or_device_app_management)]
    rt::object::auto_traits::<crate::beta::ManagedAppPolicyDeploymentSummary>();
    #[cfg(msgraph_beta_core_or_device_app_management)]
    rt::object::auto_traits::<crate::beta::ManagedAppProtection>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::ManagedAppProtectionPolicySetItem>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::ManagedAppRegistration>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::ManagedAppStatus>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::ManagedAppStatusRaw>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::ManagedDevice>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::ManagedDeviceCertificateState>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::ManagedDeviceEncryptionState>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::ManagedDeviceMobileAppConfiguration>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::ManagedDeviceMobileAppConfigurationAssignment,
    >();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::ManagedDeviceMobileAppConfigurationDeviceStatus,
    >();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::ManagedDeviceMobileAppConfigurationDeviceSummary,
    >();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::ManagedDeviceMobileAppConfigurationPolicySetItem,
    >();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::ManagedDeviceMobileAppConfigurationState>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::ManagedDeviceMobileAppConfigurationUserStatus,
    >();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::ManagedDeviceMobileAppConfigurationUserSummary,
    >();
    #[cfg(msgraph_beta_search)]
    rt::object::auto_traits::<crate::beta::ManagedDeviceOverview>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::ManagedEBook>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::ManagedEBookAssignment>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::ManagedEBookCategory>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::ManagedIosLobApp>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::ManagedIosStoreApp>();
    #[cfg(msgraph_beta_core_or_device_app_management)]
    rt::object::auto_traits::<crate::beta::ManagedMobileApp>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::ManagedMobileLobApp>();
    #[cfg(msgraph_beta_search_or_tenant_relationships)]
    rt::object::auto_traits::<
        crate::beta::managed_tenants::AggregatedPolicyCompliance,
    >();
    #[cfg(msgraph_beta_search_or_tenant_relationships)]
    rt::object::auto_traits::<crate::beta::managed_tenants::CloudPcConnection>();
    #[cfg(msgraph_beta_search_or_tenant_relationships)]
    rt::object::auto_traits::<crate::beta::managed_tenants::CloudPcDevice>();
    #[cfg(msgraph_beta_search_or_tenant_relationships)]
    rt::object::auto_traits::<
        crate::beta::managed_tenants::ConditionalAccessPolicyCoverage,
    >();
    #[cfg(msgraph_beta_search_or_tenant_relationships)]
    rt::object::auto_traits::<
        crate::beta::managed_tenants::CredentialUserRegistrationsSummary,
    >();
    #[cfg(msgraph_beta_search_or_tenant_relationships)]
    rt::object::auto_traits::<
        crate::beta::managed_tenants::DeviceCompliancePolicySettingStateSummary,
    >();
    #[cfg(msgraph_beta_search_or_tenant_relationships)]
    rt::object::auto_traits::<crate::beta::managed_tenants::ManagedDeviceCompliance>();
    #[cfg(msgraph_beta_search_or_tenant_relationships)]
    rt::object::auto_traits::<
        crate::beta::managed_tenants::ManagedDeviceComplianceTrend,
    >();
    #[cfg(msgraph_beta_search_or_tenant_relationships)]
    rt::object::auto_traits::<crate::beta::managed_tenants::ManagedTenant>();
    #[cfg(msgraph_beta_search_or_tenant_relationships)]
    rt::object::auto_traits::<crate::beta::managed_tenants::RiskyUser>();
    #[cfg(msgraph_beta_search_or_tenant_relationships)]
    rt::object::auto_traits::<crate::beta::managed_tenants::WindowsDeviceMalwareState>();
    #[cfg(msgraph_beta_search_or_tenant_relationships)]
    rt::object::auto_traits::<crate::beta::managed_tenants::WindowsProtectionState>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::ManagementCondition>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::ManagementConditionStatement>();
    #[cfg(msgraph_beta_core_or_device_app_management)]
    rt::object::auto_traits::<crate::beta::MdmWindowsInformationProtectionPolicy>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::MdmWindowsInformationProtectionPolicyPolicySetItem,
    >();
    #[cfg(msgraph_beta_core_or_activitystatistics)]
    rt::object::auto_traits::<crate::beta::MeetingActivityStatistics>();
    #[cfg(msgraph_beta_core_or_app_or_communications)]
    rt::object::auto_traits::<crate::beta::MeetingAttendanceReport>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::Mention>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::Message>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::MessageRule>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::MicrosoftAuthenticatorAuthenticationMethod>();
    #[cfg(
        msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )]
    rt::object::auto_traits::<
        crate::beta::MicrosoftAuthenticatorAuthenticationMethodConfiguration,
    >();
    #[cfg(
        msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )]
    rt::object::auto_traits::<
        crate::beta::MicrosoftAuthenticatorAuthenticationMethodTarget,
    >();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::MicrosoftStoreForBusinessApp>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::MicrosoftStoreForBusinessContainedApp>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::MicrosoftTunnelConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::MicrosoftTunnelHealthThreshold>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::MicrosoftTunnelServer>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::MicrosoftTunnelServerLogCollectionResponse>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::MicrosoftTunnelSite>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::MobileApp>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::MobileAppAssignment>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::MobileAppCategory>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::MobileAppContent>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::MobileAppContentFile>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::MobileAppDependency>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::MobileAppInstallStatus>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::MobileAppInstallSummary>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::MobileAppIntentAndState>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::MobileAppPolicySetItem>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::MobileAppProvisioningConfigGroupAssignment>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::MobileAppRelationship>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::MobileAppSupersedence>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::MobileAppTroubleshootingEvent>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::MobileContainedApp>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::MobileLobApp>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::MobileThreatDefenseConnector>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::MultiValueLegacyExtendedProperty>();
    #[cfg(msgraph_beta_app_or_communications_or_search)]
    rt::object::auto_traits::<crate::beta::MuteParticipantOperation>();
    #[cfg(msgraph_beta_app_or_communications_or_search)]
    rt::object::auto_traits::<crate::beta::MuteParticipantsOperation>();
    #[cfg(msgraph_beta_identity_or_search)]
    rt::object::auto_traits::<crate::beta::NamedLocation>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::NdesConnector>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::NetworkIPv4ConfigurationManagementCondition,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::NetworkIPv6ConfigurationManagementCondition,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::NetworkManagementCondition>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::Note>();
    #[cfg(msgraph_beta_core_or_shares_or_sites)]
    rt::object::auto_traits::<crate::beta::Notebook>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::Notification>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::NotificationMessageTemplate>();
    #[cfg(msgraph_beta_oauth2_permission_grants_or_search)]
    rt::object::auto_traits::<crate::beta::OAuth2PermissionGrant>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::OfferShiftRequest>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::Office365ActivationCounts>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::Office365ActivationsUserCounts>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::Office365ActivationsUserDetail>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::Office365ActiveUserCounts>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::Office365ActiveUserDetail>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::Office365GroupsActivityCounts>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::Office365GroupsActivityDetail>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::Office365GroupsActivityFileCounts>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::Office365GroupsActivityGroupCounts>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::Office365GroupsActivityStorage>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::Office365ServicesUserCounts>();
    #[cfg(msgraph_beta_office_configuration_or_search)]
    rt::object::auto_traits::<crate::beta::OfficeClientConfiguration>();
    #[cfg(msgraph_beta_office_configuration_or_search)]
    rt::object::auto_traits::<crate::beta::OfficeClientConfigurationAssignment>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::OfficeGraphInsights>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::OfficeSuiteApp>();
    #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
    rt::object::auto_traits::<crate::beta::OnPremisesAgent>();
    #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
    rt::object::auto_traits::<crate::beta::OnPremisesAgentGroup>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::OnPremisesConditionalAccessSettings>();
    #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
    rt::object::auto_traits::<crate::beta::OnPremisesPublishingProfile>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::OneDriveActivityUserDetail>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::OneDriveUsageAccountCounts>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::OneDriveUsageAccountDetail>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::OneDriveUsageFileCounts>();
    #[cfg(msgraph_beta_core_or_shares_or_sites)]
    rt::object::auto_traits::<crate::beta::Onenote>();
    #[cfg(msgraph_beta_core_or_shares_or_sites)]
    rt::object::auto_traits::<crate::beta::OnenoteEntityBaseModel>();
    #[cfg(msgraph_beta_core_or_shares_or_sites)]
    rt::object::auto_traits::<crate::beta::OnenoteEntityHierarchyModel>();
    #[cfg(msgraph_beta_core_or_shares_or_sites)]
    rt::object::auto_traits::<crate::beta::OnenoteEntitySchemaObjectModel>();
    #[cfg(msgraph_beta_core_or_shares_or_sites)]
    rt::object::auto_traits::<crate::beta::OnenoteOperation>();
    #[cfg(msgraph_beta_core_or_shares_or_sites)]
    rt::object::auto_traits::<crate::beta::OnenotePage>();
    #[cfg(msgraph_beta_core_or_shares_or_sites)]
    rt::object::auto_traits::<crate::beta::OnenoteResource>();
    #[cfg(msgraph_beta_core_or_shares_or_sites)]
    rt::object::auto_traits::<crate::beta::OnenoteSection>();
    #[cfg(msgraph_beta_core_or_app_or_communications)]
    rt::object::auto_traits::<crate::beta::OnlineMeeting>();
    #[cfg(msgraph_beta_identity_or_search)]
    rt::object::auto_traits::<crate::beta::OpenIdConnectIdentityProvider>();
    #[cfg(msgraph_beta_identity_providers_or_search)]
    rt::object::auto_traits::<crate::beta::OpenIdConnectProvider>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::OpenShift>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::OpenShiftChangeRequest>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::OpenTypeExtension>();
    #[cfg(msgraph_beta_core_or_shares_or_sites)]
    rt::object::auto_traits::<crate::beta::Operation>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::OrgContact>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::Organization>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::OrganizationSettings>();
    #[cfg(msgraph_beta_core_or_branding)]
    rt::object::auto_traits::<crate::beta::OrganizationalBranding>();
    #[cfg(msgraph_beta_core_or_branding)]
    rt::object::auto_traits::<crate::beta::OrganizationalBrandingLocalization>();
    #[cfg(msgraph_beta_core_or_branding)]
    rt::object::auto_traits::<crate::beta::OrganizationalBrandingProperties>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::OutlookCategory>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::OutlookItem>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::OutlookTask>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::OutlookTaskFolder>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::OutlookTaskGroup>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::OutlookUser>();
    #[cfg(msgraph_beta_app_or_communications_or_search)]
    rt::object::auto_traits::<crate::beta::Participant>();
    #[cfg(msgraph_beta_search)]
    rt::object::auto_traits::<crate::beta::ParticipantJoiningNotification>();
    #[cfg(msgraph_beta_search)]
    rt::object::auto_traits::<crate::beta::ParticipantLeftNotification>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::PasswordAuthenticationMethod>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<
        crate::beta::PasswordlessMicrosoftAuthenticatorAuthenticationMethod,
    >();
    #[cfg(msgraph_beta_payload_response_or_search)]
    rt::object::auto_traits::<crate::beta::PayloadResponse>();
    #[cfg(msgraph_beta_financials_or_search)]
    rt::object::auto_traits::<crate::beta::PaymentMethod>();
    #[cfg(msgraph_beta_financials_or_search)]
    rt::object::auto_traits::<crate::beta::PaymentTerm>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::Permission>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::PermissionGrantConditionSet>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::PermissionGrantPolicy>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::Person>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::PersonAnnotation>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::PersonAnnualEvent>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::PersonAward>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::PersonCertification>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::PersonExtension>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::PersonInterest>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::PersonName>();
    #[cfg(msgraph_beta_search)]
    rt::object::auto_traits::<crate::beta::PersonResponsibility>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::PersonWebsite>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::PhoneAuthenticationMethod>();
    #[cfg(msgraph_beta_financials_or_search)]
    rt::object::auto_traits::<crate::beta::Picture>();
    #[cfg(msgraph_beta_places_or_search)]
    rt::object::auto_traits::<crate::beta::Place>();
    #[cfg(msgraph_beta_core_or_planner)]
    rt::object::auto_traits::<crate::beta::PlannerAssignedToTaskBoardTaskFormat>();
    #[cfg(msgraph_beta_core_or_planner)]
    rt::object::auto_traits::<crate::beta::PlannerBucket>();
    #[cfg(msgraph_beta_core_or_planner)]
    rt::object::auto_traits::<crate::beta::PlannerBucketTaskBoardTaskFormat>();
    #[cfg(msgraph_beta_core_or_planner)]
    rt::object::auto_traits::<crate::beta::PlannerDelta>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::PlannerGroup>();
    #[cfg(msgraph_beta_core_or_planner)]
    rt::object::auto_traits::<crate::beta::PlannerPlan>();
    #[cfg(msgraph_beta_core_or_planner)]
    rt::object::auto_traits::<crate::beta::PlannerPlanDetails>();
    #[cfg(msgraph_beta_core_or_planner)]
    rt::object::auto_traits::<crate::beta::PlannerProgressTaskBoardTaskFormat>();
    #[cfg(msgraph_beta_planner_or_search)]
    rt::object::auto_traits::<crate::beta::PlannerRoster>();
    #[cfg(msgraph_beta_planner_or_search)]
    rt::object::auto_traits::<crate::beta::PlannerRosterMember>();
    #[cfg(msgraph_beta_core_or_planner)]
    rt::object::auto_traits::<crate::beta::PlannerTask>();
    #[cfg(msgraph_beta_core_or_planner)]
    rt::object::auto_traits::<crate::beta::PlannerTaskDetails>();
    #[cfg(msgraph_beta_core_or_planner)]
    rt::object::auto_traits::<crate::beta::PlannerUser>();
    #[cfg(msgraph_beta_app_or_communications_or_search)]
    rt::object::auto_traits::<crate::beta::PlayPromptOperation>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::PolicyBase>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::PolicySet>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::PolicySetAssignment>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::PolicySetItem>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::Post>();
    #[cfg(msgraph_beta_core_or_communications)]
    rt::object::auto_traits::<crate::beta::Presence>();
    #[cfg(msgraph_beta_search)] rt::object::auto_traits::<crate::beta::Presentation>();
    #[cfg(msgraph_beta_print_or_search)]
    rt::object::auto_traits::<crate::beta::PrintConnector>();
    #[cfg(msgraph_beta_print_or_search)]
    rt::object::auto_traits::<crate::beta::PrintDocument>();
    #[cfg(msgraph_beta_print_or_search)]
    rt::object::auto_traits::<crate::beta::PrintJob>();
    #[cfg(msgraph_beta_print_or_search)]
    rt::object::auto_traits::<crate::beta::PrintOperation>();
    #[cfg(msgraph_beta_print_or_search)]
    rt::object::auto_traits::<crate::beta::PrintService>();
    #[cfg(msgraph_beta_print_or_search)]
    rt::object::auto_traits::<crate::beta::PrintServiceEndpoint>();
    #[cfg(msgraph_beta_print_or_search)]
    rt::object::auto_traits::<crate::beta::PrintTask>();
    #[cfg(msgraph_beta_print_or_search)]
    rt::object::auto_traits::<crate::beta::PrintTaskDefinition>();
    #[cfg(msgraph_beta_print_or_search)]
    rt::object::auto_traits::<crate::beta::PrintTaskTrigger>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::PrintUsage>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::PrintUsageByPrinter>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::PrintUsageByUser>();
    #[cfg(msgraph_beta_print_or_search)]
    rt::object::auto_traits::<crate::beta::Printer>();
    #[cfg(msgraph_beta_print_or_search)]
    rt::object::auto_traits::<crate::beta::PrinterBase>();
    #[cfg(msgraph_beta_print_or_search)]
    rt::object::auto_traits::<crate::beta::PrinterCreateOperation>();
    #[cfg(msgraph_beta_print_or_search)]
    rt::object::auto_traits::<crate::beta::PrinterShare>();
    #[cfg(msgraph_beta_privileged_access_or_search)]
    rt::object::auto_traits::<crate::beta::PrivilegedAccess>();
    #[cfg(msgraph_beta_privileged_approval_or_search)]
    rt::object::auto_traits::<crate::beta::PrivilegedApproval>();
    #[cfg(msgraph_beta_privileged_operation_events_or_search)]
    rt::object::auto_traits::<crate::beta::PrivilegedOperationEvent>();
    #[cfg(
        msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
    )] rt::object::auto_traits::<crate::beta::PrivilegedRole>();
    #[cfg(
        msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
    )] rt::object::auto_traits::<crate::beta::PrivilegedRoleAssignment>();
    #[cfg(msgraph_beta_privileged_role_assignment_requests_or_search)]
    rt::object::auto_traits::<crate::beta::PrivilegedRoleAssignmentRequest>();
    #[cfg(
        msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
    )] rt::object::auto_traits::<crate::beta::PrivilegedRoleSettings>();
    #[cfg(
        msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
    )] rt::object::auto_traits::<crate::beta::PrivilegedRoleSummary>();
    #[cfg(msgraph_beta_privileged_signup_status_or_search)]
    rt::object::auto_traits::<crate::beta::PrivilegedSignupStatus>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::Profile>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::ProfileCardProperty>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::ProfilePhoto>();
    #[cfg(msgraph_beta_program_controls_or_programs_or_search)]
    rt::object::auto_traits::<crate::beta::Program>();
    #[cfg(msgraph_beta_program_controls_or_programs_or_search)]
    rt::object::auto_traits::<crate::beta::ProgramControl>();
    #[cfg(msgraph_beta_program_control_types_or_search)]
    rt::object::auto_traits::<crate::beta::ProgramControlType>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::ProjectParticipation>();
    #[cfg(msgraph_beta_search_or_security)]
    rt::object::auto_traits::<crate::beta::ProviderTenantSetting>();
    #[cfg(msgraph_beta_audit_logs_or_search)]
    rt::object::auto_traits::<crate::beta::ProvisioningObjectSummary>();
    #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
    rt::object::auto_traits::<crate::beta::PublishedResource>();
    #[cfg(msgraph_beta_financials_or_search)]
    rt::object::auto_traits::<crate::beta::PurchaseInvoice>();
    #[cfg(msgraph_beta_financials_or_search)]
    rt::object::auto_traits::<crate::beta::PurchaseInvoiceLine>();
    #[cfg(msgraph_beta_role_management_or_search)]
    rt::object::auto_traits::<crate::beta::RbacApplication>();
    #[cfg(msgraph_beta_role_management_or_search)]
    rt::object::auto_traits::<crate::beta::RbacApplicationMultiple>();
    #[cfg(msgraph_beta_app_or_communications_or_search)]
    rt::object::auto_traits::<crate::beta::RecordOperation>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::ReferenceAttachment>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::RegionalAndLanguageSettings>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::RelyingPartyDetailedSummary>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::RemoteActionAudit>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::RemoteAssistancePartner>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::ReportRoot>();
    #[cfg(msgraph_beta_core_or_role_management)]
    rt::object::auto_traits::<crate::beta::Request>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::ResourceOperation>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::ResourceSpecificPermissionGrant>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::RestrictedAppsViolation>();
    #[cfg(msgraph_beta_audit_logs_or_search)]
    rt::object::auto_traits::<crate::beta::RestrictedSignIn>();
    #[cfg(msgraph_beta_identity_protection_or_risk_detections_or_search)]
    rt::object::auto_traits::<crate::beta::RiskDetection>();
    #[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
    rt::object::auto_traits::<crate::beta::RiskyUser>();
    #[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
    rt::object::auto_traits::<crate::beta::RiskyUserHistoryItem>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::RoleAssignment>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::RoleDefinition>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::RoleScopeTag>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::RoleScopeTagAutoAssignment>();
    #[cfg(msgraph_beta_places_or_search)] rt::object::auto_traits::<crate::beta::Room>();
    #[cfg(msgraph_beta_places_or_search)]
    rt::object::auto_traits::<crate::beta::RoomList>();
    #[cfg(msgraph_beta_financials_or_search)]
    rt::object::auto_traits::<crate::beta::SalesCreditMemo>();
    #[cfg(msgraph_beta_financials_or_search)]
    rt::object::auto_traits::<crate::beta::SalesCreditMemoLine>();
    #[cfg(msgraph_beta_financials_or_search)]
    rt::object::auto_traits::<crate::beta::SalesInvoice>();
    #[cfg(msgraph_beta_financials_or_search)]
    rt::object::auto_traits::<crate::beta::SalesInvoiceLine>();
    #[cfg(msgraph_beta_financials_or_search)]
    rt::object::auto_traits::<crate::beta::SalesOrder>();
    #[cfg(msgraph_beta_financials_or_search)]
    rt::object::auto_traits::<crate::beta::SalesOrderLine>();
    #[cfg(msgraph_beta_financials_or_search)]
    rt::object::auto_traits::<crate::beta::SalesQuote>();
    #[cfg(msgraph_beta_financials_or_search)]
    rt::object::auto_traits::<crate::beta::SalesQuoteLine>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::Schedule>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::ScheduleChangeRequest>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::SchedulingGroup>();
    #[cfg(msgraph_beta_search)] rt::object::auto_traits::<crate::beta::Schema>();
    #[cfg(msgraph_beta_schema_extensions_or_search)]
    rt::object::auto_traits::<crate::beta::SchemaExtension>();
    #[cfg(msgraph_beta_core_or_scoped_role_memberships)]
    rt::object::auto_traits::<crate::beta::ScopedRoleMembership>();
    #[cfg(msgraph_beta_search)] rt::object::auto_traits::<crate::beta::SearchEntity>();
    #[cfg(msgraph_beta_core_or_shares_or_sites)]
    rt::object::auto_traits::<crate::beta::SectionGroup>();
    #[cfg(msgraph_beta_search_or_security)]
    rt::object::auto_traits::<crate::beta::SecureScore>();
    #[cfg(msgraph_beta_search_or_security)]
    rt::object::auto_traits::<crate::beta::SecureScoreControlProfile>();
    #[cfg(msgraph_beta_search_or_security)]
    rt::object::auto_traits::<crate::beta::SecurityAction>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::SecurityBaselineCategoryStateSummary>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::SecurityBaselineDeviceState>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::SecurityBaselineSettingState>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::SecurityBaselineState>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::SecurityBaselineStateSummary>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::SecurityBaselineTemplate>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::SecurityConfigurationTask>();
    #[cfg(msgraph_beta_data_classification_or_search)]
    rt::object::auto_traits::<crate::beta::SensitiveType>();
    #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
    rt::object::auto_traits::<crate::beta::SensitivityLabel>();
    #[cfg(msgraph_beta_core_or_information_protection)]
    rt::object::auto_traits::<crate::beta::SensitivityPolicySettings>();
    #[cfg(msgraph_beta_admin_or_search)]
    rt::object::auto_traits::<crate::beta::ServiceAnnouncement>();
    #[cfg(msgraph_beta_admin_or_search)]
    rt::object::auto_traits::<crate::beta::ServiceAnnouncementBase>();
    #[cfg(msgraph_beta_admin_or_search)]
    rt::object::auto_traits::<crate::beta::ServiceHealth>();
    #[cfg(msgraph_beta_admin_or_search)]
    rt::object::auto_traits::<crate::beta::ServiceHealthIssue>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::ServicePrincipal>();
    #[cfg(msgraph_beta_admin_or_search)]
    rt::object::auto_traits::<crate::beta::ServiceUpdateMessage>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::SettingStateDeviceSummary>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::SharePointActivityPages>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::SharePointActivityUserCounts>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::SharePointActivityUserDetail>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::SharePointSiteUsageDetail>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::SharePointSiteUsageFileCounts>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::SharePointSiteUsagePages>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::SharePointSiteUsageSiteCounts>();
    #[cfg(msgraph_beta_core_or_shares_or_sites)]
    rt::object::auto_traits::<crate::beta::SharedDriveItem>();
    #[cfg(msgraph_beta_directory_or_search)]
    rt::object::auto_traits::<crate::beta::SharedEmailDomain>();
    #[cfg(msgraph_beta_domains_or_search)]
    rt::object::auto_traits::<crate::beta::SharedEmailDomainInvitation>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::SharedInsight>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::SharedPcConfiguration>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::Shift>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::ShiftPreferences>();
    #[cfg(msgraph_beta_financials_or_search)]
    rt::object::auto_traits::<crate::beta::ShipmentMethod>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::SideLoadingKey>();
    #[cfg(msgraph_beta_audit_logs_or_search)]
    rt::object::auto_traits::<crate::beta::SignIn>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::SingleValueLegacyExtendedProperty>();
    #[cfg(msgraph_beta_core_or_shares_or_sites)]
    rt::object::auto_traits::<crate::beta::Site>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::SiteActivitySummary>();
    #[cfg(msgraph_beta_core_or_shares_or_sites)]
    rt::object::auto_traits::<crate::beta::SitePage>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::SiteUsageStorage>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::SkillProficiency>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::SkypeForBusinessActivityCounts>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::SkypeForBusinessActivityUserCounts>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::SkypeForBusinessActivityUserDetail>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<
        crate::beta::SkypeForBusinessDeviceUsageDistributionUserCounts,
    >();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::SkypeForBusinessDeviceUsageUserCounts>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::SkypeForBusinessDeviceUsageUserDetail>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::SkypeForBusinessOrganizerActivityCounts>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<
        crate::beta::SkypeForBusinessOrganizerActivityMinuteCounts,
    >();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<
        crate::beta::SkypeForBusinessOrganizerActivityUserCounts,
    >();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::SkypeForBusinessParticipantActivityCounts>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<
        crate::beta::SkypeForBusinessParticipantActivityMinuteCounts,
    >();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<
        crate::beta::SkypeForBusinessParticipantActivityUserCounts,
    >();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::SkypeForBusinessPeerToPeerActivityCounts>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<
        crate::beta::SkypeForBusinessPeerToPeerActivityMinuteCounts,
    >();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<
        crate::beta::SkypeForBusinessPeerToPeerActivityUserCounts,
    >();
    #[cfg(
        msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )] rt::object::auto_traits::<crate::beta::SmsAuthenticationMethodConfiguration>();
    #[cfg(
        msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )] rt::object::auto_traits::<crate::beta::SmsAuthenticationMethodTarget>();
    #[cfg(msgraph_beta_identity_or_search)]
    rt::object::auto_traits::<crate::beta::SocialIdentityProvider>();
    #[cfg(msgraph_beta_search)]
    rt::object::auto_traits::<crate::beta::SoftwareUpdateStatusSummary>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::StsPolicy>();
    #[cfg(msgraph_beta_app_or_communications_or_search)]
    rt::object::auto_traits::<crate::beta::SubscribeToToneOperation>();
    #[cfg(msgraph_beta_search_or_subscribed_skus)]
    rt::object::auto_traits::<crate::beta::SubscribedSku>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_3_more)]
    rt::object::auto_traits::<crate::beta::Subscription>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::SwapShiftsChangeRequest>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::SymantecCodeSigningCertificate>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::Synchronization>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::SynchronizationJob>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::SynchronizationSchema>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::SynchronizationTemplate>();
    #[cfg(msgraph_beta_core_or_device_app_management)]
    rt::object::auto_traits::<crate::beta::TargetedManagedAppConfiguration>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::TargetedManagedAppConfigurationPolicySetItem,
    >();
    #[cfg(msgraph_beta_core_or_device_app_management)]
    rt::object::auto_traits::<crate::beta::TargetedManagedAppPolicyAssignment>();
    #[cfg(msgraph_beta_core_or_device_app_management)]
    rt::object::auto_traits::<crate::beta::TargetedManagedAppProtection>();
    #[cfg(msgraph_beta_financials_or_search)]
    rt::object::auto_traits::<crate::beta::TaxArea>();
    #[cfg(msgraph_beta_financials_or_search)]
    rt::object::auto_traits::<crate::beta::TaxGroup>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::Team>();
    #[cfg(msgraph_beta_app_catalogs_or_search)]
    rt::object::auto_traits::<crate::beta::TeamsApp>();
    #[cfg(msgraph_beta_app_catalogs_or_search)]
    rt::object::auto_traits::<crate::beta::TeamsAppDefinition>();
    #[cfg(msgraph_beta_app_catalogs_or_search)]
    rt::object::auto_traits::<crate::beta::TeamsAppIcon>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::TeamsAppInstallation>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::TeamsAsyncOperation>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::TeamsDeviceUsageDistributionUserCounts>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::TeamsDeviceUsageUserCounts>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::TeamsDeviceUsageUserDetail>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::TeamsTab>();
    #[cfg(msgraph_beta_search_or_teams_templates)]
    rt::object::auto_traits::<crate::beta::TeamsTemplate>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::TeamsUserActivityCounts>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::TeamsUserActivityDistributionUserCounts>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::TeamsUserActivityUserCounts>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::TeamsUserActivityUserDetail>();
    #[cfg(msgraph_beta_search_or_teamwork)]
    rt::object::auto_traits::<crate::beta::Teamwork>();
    #[cfg(msgraph_beta_app_catalogs_or_search)]
    rt::object::auto_traits::<crate::beta::TeamworkBot>();
    #[cfg(msgraph_beta_core_or_app_catalogs)]
    rt::object::auto_traits::<crate::beta::TeamworkHostedContent>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::TeamworkTag>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::TeamworkTagMember>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::TelecomExpenseManagementPartner>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::TemporaryAccessPassAuthenticationMethod>();
    #[cfg(
        msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )]
    rt::object::auto_traits::<
        crate::beta::TemporaryAccessPassAuthenticationMethodConfiguration,
    >();
    #[cfg(msgraph_beta_privileged_signup_status_or_search)]
    rt::object::auto_traits::<crate::beta::TenantSetupInfo>();
    #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
    rt::object::auto_traits::<crate::beta::term_store::Group>();
    #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
    rt::object::auto_traits::<crate::beta::term_store::Relation>();
    #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
    rt::object::auto_traits::<crate::beta::term_store::Set>();
    #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
    rt::object::auto_traits::<crate::beta::term_store::Store>();
    #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
    rt::object::auto_traits::<crate::beta::term_store::Term>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::TermsAndConditions>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::TermsAndConditionsAcceptanceStatus>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::TermsAndConditionsAssignment>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::TermsAndConditionsGroupAssignment>();
    #[cfg(msgraph_beta_identity_governance_or_search)]
    rt::object::auto_traits::<crate::beta::TermsOfUseContainer>();
    #[cfg(msgraph_beta_data_classification_or_search)]
    rt::object::auto_traits::<crate::beta::TextClassificationRequest>();
    #[cfg(msgraph_beta_core_or_information_protection)]
    rt::object::auto_traits::<crate::beta::ThreatAssessmentRequest>();
    #[cfg(msgraph_beta_core_or_information_protection)]
    rt::object::auto_traits::<crate::beta::ThreatAssessmentResult>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::ThumbnailSet>();
    #[cfg(msgraph_beta_search_or_security)]
    rt::object::auto_traits::<crate::beta::TiIndicator>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::TimeCard>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::TimeOff>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::TimeOffReason>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::TimeOffRequest>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::Todo>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::TodoTask>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::TodoTaskList>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::TokenIssuancePolicy>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::TokenLifetimePolicy>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::Trending>();
    #[cfg(msgraph_beta_search_or_trust_framework)]
    rt::object::auto_traits::<crate::beta::TrustFrameworkKeySet>();
    #[cfg(msgraph_beta_search_or_trust_framework)]
    rt::object::auto_traits::<crate::beta::TrustFrameworkPolicy>();
    #[cfg(msgraph_beta_role_management_or_search)]
    rt::object::auto_traits::<crate::beta::UnifiedRbacResourceAction>();
    #[cfg(msgraph_beta_role_management_or_search)]
    rt::object::auto_traits::<crate::beta::UnifiedRbacResourceNamespace>();
    #[cfg(msgraph_beta_role_management_or_search)]
    rt::object::auto_traits::<crate::beta::UnifiedRbacResourceScope>();
    #[cfg(msgraph_beta_role_management_or_search)]
    rt::object::auto_traits::<crate::beta::UnifiedRoleAssignment>();
    #[cfg(msgraph_beta_role_management_or_search)]
    rt::object::auto_traits::<crate::beta::UnifiedRoleAssignmentMultiple>();
    #[cfg(msgraph_beta_role_management_or_search)]
    rt::object::auto_traits::<crate::beta::UnifiedRoleAssignmentSchedule>();
    #[cfg(msgraph_beta_role_management_or_search)]
    rt::object::auto_traits::<crate::beta::UnifiedRoleAssignmentScheduleInstance>();
    #[cfg(msgraph_beta_role_management_or_search)]
    rt::object::auto_traits::<crate::beta::UnifiedRoleAssignmentScheduleRequest>();
    #[cfg(msgraph_beta_role_management_or_search)]
    rt::object::auto_traits::<crate::beta::UnifiedRoleDefinition>();
    #[cfg(msgraph_beta_role_management_or_search)]
    rt::object::auto_traits::<crate::beta::UnifiedRoleEligibilitySchedule>();
    #[cfg(msgraph_beta_role_management_or_search)]
    rt::object::auto_traits::<crate::beta::UnifiedRoleEligibilityScheduleInstance>();
    #[cfg(msgraph_beta_role_management_or_search)]
    rt::object::auto_traits::<crate::beta::UnifiedRoleEligibilityScheduleRequest>();
    #[cfg(msgraph_beta_policies_or_search)]
    rt::object::auto_traits::<crate::beta::UnifiedRoleManagementPolicy>();
    #[cfg(msgraph_beta_policies_or_search)]
    rt::object::auto_traits::<crate::beta::UnifiedRoleManagementPolicyApprovalRule>();
    #[cfg(msgraph_beta_policies_or_search)]
    rt::object::auto_traits::<crate::beta::UnifiedRoleManagementPolicyAssignment>();
    #[cfg(msgraph_beta_policies_or_search)]
    rt::object::auto_traits::<
        crate::beta::UnifiedRoleManagementPolicyAuthenticationContextRule,
    >();
    #[cfg(msgraph_beta_policies_or_search)]
    rt::object::auto_traits::<crate::beta::UnifiedRoleManagementPolicyEnablementRule>();
    #[cfg(msgraph_beta_policies_or_search)]
    rt::object::auto_traits::<crate::beta::UnifiedRoleManagementPolicyExpirationRule>();
    #[cfg(msgraph_beta_policies_or_search)]
    rt::object::auto_traits::<
        crate::beta::UnifiedRoleManagementPolicyNotificationRule,
    >();
    #[cfg(msgraph_beta_policies_or_search)]
    rt::object::auto_traits::<crate::beta::UnifiedRoleManagementPolicyRule>();
    #[cfg(msgraph_beta_role_management_or_search)]
    rt::object::auto_traits::<crate::beta::UnifiedRoleScheduleBase>();
    #[cfg(msgraph_beta_role_management_or_search)]
    rt::object::auto_traits::<crate::beta::UnifiedRoleScheduleInstanceBase>();
    #[cfg(msgraph_beta_financials_or_search)]
    rt::object::auto_traits::<crate::beta::UnitOfMeasure>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::UnmanagedDeviceDiscoveryTask>();
    #[cfg(msgraph_beta_app_or_communications_or_search)]
    rt::object::auto_traits::<crate::beta::UnmuteParticipantOperation>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::UnsupportedDeviceConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::UnsupportedGroupPolicyExtension>();
    #[cfg(msgraph_beta_app_or_communications_or_search)]
    rt::object::auto_traits::<crate::beta::UpdateRecordingStatusOperation>();
    #[cfg(msgraph_beta_core_or_information_protection)]
    rt::object::auto_traits::<crate::beta::UrlAssessmentRequest>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::UsageRight>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::UsedInsight>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::User>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::UserAccountInformation>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::UserActivity>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::UserAnalytics>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::UserAppInstallStatus>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::UserConfiguration>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::UserConsentRequest>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::UserCredentialUsageDetails>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersion,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::UserExperienceAnalyticsAppHealthApplicationPerformance,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::UserExperienceAnalyticsAppHealthDeviceModelPerformance,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::UserExperienceAnalyticsAppHealthDevicePerformance,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::UserExperienceAnalyticsAppHealthDevicePerformanceDetails,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::UserExperienceAnalyticsAppHealthOsVersionPerformance,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::UserExperienceAnalyticsBaseline>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::UserExperienceAnalyticsCategory>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::UserExperienceAnalyticsDevicePerformance>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::UserExperienceAnalyticsDeviceScores>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::UserExperienceAnalyticsDeviceStartupHistory,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::UserExperienceAnalyticsDeviceStartupProcess,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::UserExperienceAnalyticsDeviceStartupProcessPerformance,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::UserExperienceAnalyticsDeviceWithoutCloudIdentity,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::UserExperienceAnalyticsImpactingProcess>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::UserExperienceAnalyticsMetric>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::UserExperienceAnalyticsMetricHistory>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::UserExperienceAnalyticsNotAutopilotReadyDevice,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::UserExperienceAnalyticsOverview>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::UserExperienceAnalyticsRegressionSummary>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::UserExperienceAnalyticsRemoteConnection>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::UserExperienceAnalyticsResourcePerformance>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::UserExperienceAnalyticsScoreHistory>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::UserExperienceAnalyticsWorkFromAnywhereDevice,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::UserExperienceAnalyticsWorkFromAnywhereMetric,
    >();
    #[cfg(msgraph_beta_identity_or_search)]
    rt::object::auto_traits::<crate::beta::UserFlowLanguageConfiguration>();
    #[cfg(msgraph_beta_identity_or_search)]
    rt::object::auto_traits::<crate::beta::UserFlowLanguagePage>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::UserInsightsSettings>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::UserInstallStateSummary>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::UserPfxCertificate>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::UserScopeTeamsAppInstallation>();
    #[cfg(msgraph_beta_search_or_security)]
    rt::object::auto_traits::<crate::beta::UserSecurityProfile>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::UserSettings>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::UserTeamwork>();
    #[cfg(msgraph_beta_financials_or_search)]
    rt::object::auto_traits::<crate::beta::Vendor>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::VirtualEndpoint>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::VpnConfiguration>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::VppToken>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::VulnerableManagedDevice>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::WebAccount>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::WebApp>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::Win32LobApp>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::Windows10CertificateProfileBase>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::Windows10CompliancePolicy>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::Windows10CustomConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::Windows10DeviceFirmwareConfigurationInterface,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::Windows10EasEmailProfileConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::Windows10EndpointProtectionConfiguration>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<
        crate::beta::Windows10EnrollmentCompletionPageConfiguration,
    >();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::Windows10EnrollmentCompletionPageConfigurationPolicySetItem,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::Windows10EnterpriseModernAppManagementConfiguration,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::Windows10GeneralConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::Windows10ImportedPfxCertificateProfile>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::Windows10MobileCompliancePolicy>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::Windows10NetworkBoundaryConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::Windows10PfxImportCertificateProfile>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::Windows10PkcsCertificateProfile>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::Windows10SecureAssessmentConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::Windows10TeamGeneralConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::Windows10VpnConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::Windows10XCertificateProfile>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::Windows10XscepCertificateProfile>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::Windows10XTrustedRootCertificate>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::Windows10XVpnConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::Windows10XWifiConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::Windows81CertificateProfileBase>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::Windows81CompliancePolicy>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::Windows81GeneralConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::Windows81ScepCertificateProfile>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::Windows81TrustedRootCertificate>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::Windows81VpnConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::Windows81WifiImportConfiguration>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsAppX>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsAssignedAccessProfile>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsAutopilotDeploymentProfile>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::WindowsAutopilotDeploymentProfileAssignment,
    >();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::WindowsAutopilotDeploymentProfilePolicySetItem,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsAutopilotDeviceIdentity>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsAutopilotSettings>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsCertificateProfileBase>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::WindowsDefenderAdvancedThreatProtectionConfiguration,
    >();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::WindowsDefenderApplicationControlSupplementalPolicy,
    >();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::WindowsDefenderApplicationControlSupplementalPolicyAssignment,
    >();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::WindowsDefenderApplicationControlSupplementalPolicyDeploymentStatus,
    >();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::WindowsDefenderApplicationControlSupplementalPolicyDeploymentSummary,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsDeliveryOptimizationConfiguration>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::WindowsDeviceMalwareState>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsDomainJoinConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsFeatureUpdateCatalogItem>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsFeatureUpdateProfile>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsFeatureUpdateProfileAssignment>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsHealthMonitoringConfiguration>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<
        crate::beta::WindowsHelloForBusinessAuthenticationMethod,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsIdentityProtectionConfiguration>();
    #[cfg(msgraph_beta_core_or_device_app_management)]
    rt::object::auto_traits::<crate::beta::WindowsInformationProtection>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::WindowsInformationProtectionAppLearningSummary,
    >();
    #[cfg(msgraph_beta_core_or_device_app_management)]
    rt::object::auto_traits::<crate::beta::WindowsInformationProtectionAppLockerFile>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::WindowsInformationProtectionDeviceRegistration,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::WindowsInformationProtectionNetworkLearningSummary,
    >();
    #[cfg(msgraph_beta_core_or_device_app_management)]
    rt::object::auto_traits::<crate::beta::WindowsInformationProtectionPolicy>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsInformationProtectionWipeAction>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsKioskConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsMalwareInformation>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::WindowsManagedDevice>();
    #[cfg(msgraph_beta_search)]
    rt::object::auto_traits::<crate::beta::WindowsManagementApp>();
    #[cfg(msgraph_beta_search)]
    rt::object::auto_traits::<crate::beta::WindowsManagementAppHealthState>();
    #[cfg(msgraph_beta_search)]
    rt::object::auto_traits::<crate::beta::WindowsManagementAppHealthSummary>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsMicrosoftEdgeApp>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsMobileMsi>();
    #[cfg(msgraph_beta_office_configuration_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsOfficeClientConfiguration>();
    #[cfg(msgraph_beta_office_configuration_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsOfficeClientSecurityConfiguration>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsPhone81AppX>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsPhone81AppXBundle>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsPhone81CertificateProfileBase>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsPhone81CompliancePolicy>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsPhone81CustomConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsPhone81GeneralConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<
        crate::beta::WindowsPhone81ImportedPfxCertificateProfile,
    >();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsPhone81ScepCertificateProfile>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsPhone81StoreApp>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsPhone81TrustedRootCertificate>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsPhone81VpnConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsPhoneEasEmailProfileConfiguration>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsPhoneXap>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsPrivacyDataAccessControlItem>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::WindowsProtectionState>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsQualityUpdateCatalogItem>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsQualityUpdateProfile>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsQualityUpdateProfileAssignment>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsStoreApp>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsUniversalAppX>();
    #[cfg(msgraph_beta_device_app_management_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsUniversalAppXContainedApp>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsUpdateCatalogItem>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsUpdateForBusinessConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsUpdateState>();
    #[cfg(msgraph_beta_admin_or_search)]
    rt::object::auto_traits::<crate::beta::windows_updates::AzureAdDevice>();
    #[cfg(msgraph_beta_admin_or_search)]
    rt::object::auto_traits::<crate::beta::windows_updates::Catalog>();
    #[cfg(msgraph_beta_admin_or_search)]
    rt::object::auto_traits::<crate::beta::windows_updates::CatalogEntry>();
    #[cfg(msgraph_beta_admin_or_search)]
    rt::object::auto_traits::<crate::beta::windows_updates::Deployment>();
    #[cfg(msgraph_beta_admin_or_search)]
    rt::object::auto_traits::<crate::beta::windows_updates::DeploymentAudience>();
    #[cfg(msgraph_beta_admin_or_search)]
    rt::object::auto_traits::<crate::beta::windows_updates::FeatureUpdateCatalogEntry>();
    #[cfg(msgraph_beta_admin_or_search)]
    rt::object::auto_traits::<crate::beta::windows_updates::QualityUpdateCatalogEntry>();
    #[cfg(msgraph_beta_admin_or_search)]
    rt::object::auto_traits::<
        crate::beta::windows_updates::SoftwareUpdateCatalogEntry,
    >();
    #[cfg(msgraph_beta_admin_or_search)]
    rt::object::auto_traits::<crate::beta::windows_updates::UpdatableAsset>();
    #[cfg(msgraph_beta_admin_or_search)]
    rt::object::auto_traits::<crate::beta::windows_updates::UpdatableAssetGroup>();
    #[cfg(msgraph_beta_admin_or_search)]
    rt::object::auto_traits::<crate::beta::windows_updates::Updates>();
    #[cfg(msgraph_beta_admin_or_search)]
    rt::object::auto_traits::<crate::beta::windows_updates::Windows>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsVpnConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsWifiConfiguration>();
    #[cfg(msgraph_beta_device_management_or_search)]
    rt::object::auto_traits::<crate::beta::WindowsWifiEnterpriseEapConfiguration>();
    #[cfg(msgraph_beta_core)] rt::object::auto_traits::<crate::beta::WorkPosition>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::Workbook>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookApplication>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookChart>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookChartAreaFormat>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookChartAxes>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookChartAxis>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookChartAxisFormat>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookChartAxisTitle>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookChartAxisTitleFormat>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookChartDataLabelFormat>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookChartDataLabels>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookChartFill>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookChartFont>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookChartGridlines>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookChartGridlinesFormat>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookChartLegend>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookChartLegendFormat>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookChartLineFormat>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookChartPoint>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookChartPointFormat>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookChartSeries>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookChartSeriesFormat>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookChartTitle>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookChartTitleFormat>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookComment>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookCommentReply>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookFilter>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookFormatProtection>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookFunctionResult>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookFunctions>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookNamedItem>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookOperation>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookPivotTable>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookRange>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookRangeBorder>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookRangeFill>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookRangeFont>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookRangeFormat>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookRangeSort>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookRangeView>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookTable>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookTableColumn>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookTableRow>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookTableSort>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookWorksheet>();
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    rt::object::auto_traits::<crate::beta::WorkbookWorksheetProtection>();
    #[cfg(msgraph_beta_search_or_teamwork)]
    rt::object::auto_traits::<crate::beta::WorkforceIntegration>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::YammerActivitySummary>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::YammerActivityUserDetail>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::YammerDeviceUsageDistributionUserCounts>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::YammerDeviceUsageUserCounts>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::YammerDeviceUsageUserDetail>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::YammerGroupsActivityCounts>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::YammerGroupsActivityDetail>();
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    rt::object::auto_traits::<crate::beta::YammerGroupsActivityGroupCounts>();
};
