//! Items of `requests` by the first letters of their types' names (`w`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp> for crate::v1::WebApp {
    const SEGMENT: &'static str = "microsoft.graph.webApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WebApp {
    const SEGMENT: &'static str = "microsoft.graph.webApp";
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl<C, T> crate::v1::requests::WebApplicationFirewallProviderPath<C, T> {
    /// `POST .../verify`: action `microsoft.graph.verify`.
    pub fn verify(
        &self,
        params: crate::v1::params::WebApplicationFirewallProviderVerifyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WebApplicationFirewallProviderVerifyParams>,
        rt::request::Entity<crate::v1::WebApplicationFirewallVerificationModel>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("verify"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyWebApplicationFirewallProvider {
    const SEGMENT: &'static str = "microsoft.graph.webApplicationFirewallProvider";
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl<C> crate::v1::requests::WebApplicationFirewallVerificationModelPath<C> {
    /// Structural property `verificationResult` (`microsoft.graph.webApplicationFirewallVerificationResult`), addressed on its own: `GET` or `PATCH` it.
    pub fn verification_result(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::WebApplicationFirewallVerificationResult> {
        crate::path::PropertyPath::new(self.0.target().segment("verificationResult"))
    }
    /// Structural property `verifiedDetails` (`microsoft.graph.webApplicationFirewallVerifiedDetails`), addressed on its own: `GET` or `PATCH` it.
    pub fn verified_details(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyWebApplicationFirewallVerifiedDetails> {
        crate::path::PropertyPath::new(self.0.target().segment("verifiedDetails"))
    }
    /// Navigation property `provider` (`microsoft.graph.webApplicationFirewallProvider`).
    pub fn provider(
        &self,
    ) -> crate::v1::requests::WebApplicationFirewallProviderPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::v1::requests::WebApplicationFirewallProviderPath::new(
            self.0.target().segment("provider"),
        )
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WebApplicationFirewallVerificationModel {
    const SEGMENT: &'static str = "microsoft.graph.webApplicationFirewallVerificationModel";
}
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C, T> crate::v1::requests::WebPartPath<C, T> {
    /// `POST .../getPositionOfWebPart`: action `microsoft.graph.getPositionOfWebPart`.
    pub fn get_position_of_web_part(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WebPartPosition>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getPositionOfWebPart"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyWebPart {
    const SEGMENT: &'static str = "microsoft.graph.webPart";
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyConditionalAccessPolicy>
for crate::v1::WhatIfAnalysisResult {
    const SEGMENT: &'static str = "microsoft.graph.whatIfAnalysisResult";
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyPolicyDeletableItem>
for crate::v1::WhatIfAnalysisResult {
    const SEGMENT: &'static str = "microsoft.graph.whatIfAnalysisResult";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::v1::requests::Win32LobAppPath<C> {
    /// Structural property `installExperience` (`microsoft.graph.win32LobAppInstallExperience`), addressed on its own: `GET` or `PATCH` it.
    pub fn install_experience(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::Win32LobAppInstallExperience> {
        crate::path::PropertyPath::new(self.0.target().segment("installExperience"))
    }
    /// Structural property `msiInformation` (`microsoft.graph.win32LobAppMsiInformation`), addressed on its own: `GET` or `PATCH` it.
    pub fn msi_information(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::Win32LobAppMsiInformation> {
        crate::path::PropertyPath::new(self.0.target().segment("msiInformation"))
    }
    /// `POST .../enableApplicableArchitectures`: action `microsoft.graph.enableApplicableArchitectures`.
    pub fn enable_applicable_architectures(
        &self,
        params: crate::v1::params::Win32LobAppEnableApplicableArchitecturesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::Win32LobAppEnableApplicableArchitecturesParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("enableApplicableArchitectures"),
            rt::request::Json(params),
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
impl crate::path::DerivedFrom<crate::v1::AnyMobileLobApp> for crate::v1::Win32LobApp {
    const SEGMENT: &'static str = "microsoft.graph.win32LobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp> for crate::v1::Win32LobApp {
    const SEGMENT: &'static str = "microsoft.graph.win32LobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Win32LobApp {
    const SEGMENT: &'static str = "microsoft.graph.win32LobApp";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceCompliancePolicy>
for crate::v1::Windows10CompliancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.windows10CompliancePolicy";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::Windows10CompliancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.windows10CompliancePolicy";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceConfiguration>
for crate::v1::Windows10CustomConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows10CustomConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::Windows10CustomConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows10CustomConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::v1::requests::Windows10EndpointProtectionConfigurationPath<C> {
    /// Structural property `bitLockerRemovableDrivePolicy` (`microsoft.graph.bitLockerRemovableDrivePolicy`), addressed on its own: `GET` or `PATCH` it.
    pub fn bit_locker_removable_drive_policy(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::BitLockerRemovableDrivePolicy> {
        crate::path::PropertyPath::new(
            self.0.target().segment("bitLockerRemovableDrivePolicy"),
        )
    }
    /// Structural property `firewallProfileDomain` (`microsoft.graph.windowsFirewallNetworkProfile`), addressed on its own: `GET` or `PATCH` it.
    pub fn firewall_profile_domain(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::WindowsFirewallNetworkProfile> {
        crate::path::PropertyPath::new(self.0.target().segment("firewallProfileDomain"))
    }
    /// Structural property `firewallProfilePrivate` (`microsoft.graph.windowsFirewallNetworkProfile`), addressed on its own: `GET` or `PATCH` it.
    pub fn firewall_profile_private(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::WindowsFirewallNetworkProfile> {
        crate::path::PropertyPath::new(self.0.target().segment("firewallProfilePrivate"))
    }
    /// Structural property `firewallProfilePublic` (`microsoft.graph.windowsFirewallNetworkProfile`), addressed on its own: `GET` or `PATCH` it.
    pub fn firewall_profile_public(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::WindowsFirewallNetworkProfile> {
        crate::path::PropertyPath::new(self.0.target().segment("firewallProfilePublic"))
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
for crate::v1::Windows10EndpointProtectionConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows10EndpointProtectionConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::Windows10EndpointProtectionConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows10EndpointProtectionConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceEnrollmentConfiguration>
for crate::v1::Windows10EnrollmentCompletionPageConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows10EnrollmentCompletionPageConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::Windows10EnrollmentCompletionPageConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows10EnrollmentCompletionPageConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceConfiguration>
for crate::v1::Windows10EnterpriseModernAppManagementConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows10EnterpriseModernAppManagementConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::Windows10EnterpriseModernAppManagementConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows10EnterpriseModernAppManagementConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::v1::requests::Windows10GeneralConfigurationPath<C> {
    /// Structural property `defenderDetectedMalwareActions` (`microsoft.graph.defenderDetectedMalwareActions`), addressed on its own: `GET` or `PATCH` it.
    pub fn defender_detected_malware_actions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DefenderDetectedMalwareActions> {
        crate::path::PropertyPath::new(
            self.0.target().segment("defenderDetectedMalwareActions"),
        )
    }
    /// Structural property `edgeSearchEngine` (`microsoft.graph.edgeSearchEngineBase`), addressed on its own: `GET` or `PATCH` it.
    pub fn edge_search_engine(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyEdgeSearchEngineBase> {
        crate::path::PropertyPath::new(self.0.target().segment("edgeSearchEngine"))
    }
    /// Structural property `networkProxyServer` (`microsoft.graph.windows10NetworkProxyServer`), addressed on its own: `GET` or `PATCH` it.
    pub fn network_proxy_server(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::Windows10NetworkProxyServer> {
        crate::path::PropertyPath::new(self.0.target().segment("networkProxyServer"))
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
for crate::v1::Windows10GeneralConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows10GeneralConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::Windows10GeneralConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows10GeneralConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceCompliancePolicy>
for crate::v1::Windows10MobileCompliancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.windows10MobileCompliancePolicy";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::Windows10MobileCompliancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.windows10MobileCompliancePolicy";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceConfiguration>
for crate::v1::Windows10SecureAssessmentConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows10SecureAssessmentConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::Windows10SecureAssessmentConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows10SecureAssessmentConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceConfiguration>
for crate::v1::Windows10TeamGeneralConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows10TeamGeneralConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::Windows10TeamGeneralConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows10TeamGeneralConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceCompliancePolicy>
for crate::v1::Windows81CompliancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.windows81CompliancePolicy";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::Windows81CompliancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.windows81CompliancePolicy";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceConfiguration>
for crate::v1::Windows81GeneralConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows81GeneralConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::Windows81GeneralConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows81GeneralConfiguration";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::v1::requests::WindowsAppXPath<C> {
    /// Structural property `minimumSupportedOperatingSystem` (`microsoft.graph.windowsMinimumOperatingSystem`), addressed on its own: `GET` or `PATCH` it.
    pub fn minimum_supported_operating_system(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::WindowsMinimumOperatingSystem> {
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
impl crate::path::DerivedFrom<crate::v1::AnyMobileLobApp> for crate::v1::WindowsAppX {
    const SEGMENT: &'static str = "microsoft.graph.windowsAppX";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp> for crate::v1::WindowsAppX {
    const SEGMENT: &'static str = "microsoft.graph.windowsAppX";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WindowsAppX {
    const SEGMENT: &'static str = "microsoft.graph.windowsAppX";
}
#[cfg(msgraph_v1_search)]
/// Features: `v1` or `v1-search`.
impl<C> crate::v1::requests::WindowsAutopilotDeploymentProfilePath<C> {
    /// Structural property `outOfBoxExperienceSetting` (`microsoft.graph.outOfBoxExperienceSetting`), addressed on its own: `GET` or `PATCH` it.
    pub fn out_of_box_experience_setting(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::OutOfBoxExperienceSetting> {
        crate::path::PropertyPath::new(
            self.0.target().segment("outOfBoxExperienceSetting"),
        )
    }
    /// Containment navigation property `assignedDevices` (`microsoft.graph.windowsAutopilotDeviceIdentity`).
    pub fn assigned_devices(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WindowsAutopilotDeviceIdentity,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignedDevices"))
    }
}
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WindowsAutopilotDeploymentProfile {
    const SEGMENT: &'static str = "microsoft.graph.windowsAutopilotDeploymentProfile";
}
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WindowsAutopilotDeploymentProfileAssignment {
    const SEGMENT: &'static str = "microsoft.graph.windowsAutopilotDeploymentProfileAssignment";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::v1::requests::WindowsAutopilotDeviceIdentityPath<C> {
    /// Assigns user to Autopilot devices.
    ///
    /// `POST .../assignUserToDevice`: action `microsoft.graph.assignUserToDevice`.
    pub fn assign_user_to_device(
        &self,
        params: crate::v1::params::WindowsAutopilotDeviceIdentityAssignUserToDeviceParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::WindowsAutopilotDeviceIdentityAssignUserToDeviceParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assignUserToDevice"),
            rt::request::Json(params),
        )
    }
    /// Unassigns the user from an Autopilot device.
    ///
    /// `POST .../unassignUserFromDevice`: action `microsoft.graph.unassignUserFromDevice`.
    pub fn unassign_user_from_device(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("unassignUserFromDevice"),
            rt::request::NoBody,
        )
    }
    /// Updates properties on Autopilot devices.
    ///
    /// `POST .../updateDeviceProperties`: action `microsoft.graph.updateDeviceProperties`.
    pub fn update_device_properties(
        &self,
        params: crate::v1::params::WindowsAutopilotDeviceIdentityUpdateDevicePropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::WindowsAutopilotDeviceIdentityUpdateDevicePropertiesParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("updateDeviceProperties"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WindowsAutopilotDeviceIdentity {
    const SEGMENT: &'static str = "microsoft.graph.windowsAutopilotDeviceIdentity";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceConfiguration>
for crate::v1::WindowsDefenderAdvancedThreatProtectionConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windowsDefenderAdvancedThreatProtectionConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WindowsDefenderAdvancedThreatProtectionConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windowsDefenderAdvancedThreatProtectionConfiguration";
}
#[cfg(msgraph_v1_core_or_device_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WindowsDeviceMalwareState {
    const SEGMENT: &'static str = "microsoft.graph.windowsDeviceMalwareState";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::v1::requests::WindowsHelloForBusinessAuthenticationMethodPath<C> {
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
for crate::v1::WindowsHelloForBusinessAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.windowsHelloForBusinessAuthenticationMethod";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WindowsHelloForBusinessAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.windowsHelloForBusinessAuthenticationMethod";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C, T> crate::v1::requests::WindowsInformationProtectionPath<C, T> {
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
impl crate::path::DerivedFrom<crate::v1::AnyManagedAppPolicy>
for crate::v1::AnyWindowsInformationProtection {
    const SEGMENT: &'static str = "microsoft.graph.windowsInformationProtection";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyWindowsInformationProtection {
    const SEGMENT: &'static str = "microsoft.graph.windowsInformationProtection";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WindowsInformationProtectionAppLearningSummary {
    const SEGMENT: &'static str = "microsoft.graph.windowsInformationProtectionAppLearningSummary";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WindowsInformationProtectionAppLockerFile {
    const SEGMENT: &'static str = "microsoft.graph.windowsInformationProtectionAppLockerFile";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WindowsInformationProtectionNetworkLearningSummary {
    const SEGMENT: &'static str = "microsoft.graph.windowsInformationProtectionNetworkLearningSummary";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyWindowsInformationProtection>
for crate::v1::WindowsInformationProtectionPolicy {
    const SEGMENT: &'static str = "microsoft.graph.windowsInformationProtectionPolicy";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedAppPolicy>
for crate::v1::WindowsInformationProtectionPolicy {
    const SEGMENT: &'static str = "microsoft.graph.windowsInformationProtectionPolicy";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WindowsInformationProtectionPolicy {
    const SEGMENT: &'static str = "microsoft.graph.windowsInformationProtectionPolicy";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::v1::requests::WindowsMalwareInformationPath<C> {
    /// Containment navigation property `deviceMalwareStates` (`microsoft.graph.malwareStateForWindowsDevice`).
    pub fn device_malware_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MalwareStateForWindowsDevice,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceMalwareStates"))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WindowsMalwareInformation {
    const SEGMENT: &'static str = "microsoft.graph.windowsMalwareInformation";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp>
for crate::v1::WindowsMicrosoftEdgeApp {
    const SEGMENT: &'static str = "microsoft.graph.windowsMicrosoftEdgeApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WindowsMicrosoftEdgeApp {
    const SEGMENT: &'static str = "microsoft.graph.windowsMicrosoftEdgeApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileLobApp>
for crate::v1::WindowsMobileMsi {
    const SEGMENT: &'static str = "microsoft.graph.windowsMobileMSI";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp> for crate::v1::WindowsMobileMsi {
    const SEGMENT: &'static str = "microsoft.graph.windowsMobileMSI";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WindowsMobileMsi {
    const SEGMENT: &'static str = "microsoft.graph.windowsMobileMSI";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceCompliancePolicy>
for crate::v1::WindowsPhone81CompliancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.windowsPhone81CompliancePolicy";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WindowsPhone81CompliancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.windowsPhone81CompliancePolicy";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceConfiguration>
for crate::v1::WindowsPhone81CustomConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windowsPhone81CustomConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WindowsPhone81CustomConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windowsPhone81CustomConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceConfiguration>
for crate::v1::WindowsPhone81GeneralConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windowsPhone81GeneralConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WindowsPhone81GeneralConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windowsPhone81GeneralConfiguration";
}
#[cfg(msgraph_v1_core_or_device_management)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::v1::requests::WindowsProtectionStatePath<C> {
    /// Containment navigation property `detectedMalwareState` (`microsoft.graph.windowsDeviceMalwareState`).
    pub fn detected_malware_state(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WindowsDeviceMalwareState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("detectedMalwareState"))
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WindowsProtectionState {
    const SEGMENT: &'static str = "microsoft.graph.windowsProtectionState";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::v1::requests::WindowsSettingPath<C> {
    /// Containment navigation property `instances` (`microsoft.graph.windowsSettingInstance`).
    pub fn instances(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WindowsSettingInstance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("instances"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WindowsSetting {
    const SEGMENT: &'static str = "microsoft.graph.windowsSetting";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WindowsSettingInstance {
    const SEGMENT: &'static str = "microsoft.graph.windowsSettingInstance";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::v1::requests::WindowsUniversalAppXPath<C> {
    /// Structural property `minimumSupportedOperatingSystem` (`microsoft.graph.windowsMinimumOperatingSystem`), addressed on its own: `GET` or `PATCH` it.
    pub fn minimum_supported_operating_system(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::WindowsMinimumOperatingSystem> {
        crate::path::PropertyPath::new(
            self.0.target().segment("minimumSupportedOperatingSystem"),
        )
    }
    /// Containment navigation property `committedContainedApps` (`microsoft.graph.mobileContainedApp`).
    pub fn committed_contained_apps(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyMobileContainedApp,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("committedContainedApps"),
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
impl crate::path::DerivedFrom<crate::v1::AnyMobileLobApp>
for crate::v1::WindowsUniversalAppX {
    const SEGMENT: &'static str = "microsoft.graph.windowsUniversalAppX";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp>
for crate::v1::WindowsUniversalAppX {
    const SEGMENT: &'static str = "microsoft.graph.windowsUniversalAppX";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WindowsUniversalAppX {
    const SEGMENT: &'static str = "microsoft.graph.windowsUniversalAppX";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileContainedApp>
for crate::v1::WindowsUniversalAppXContainedApp {
    const SEGMENT: &'static str = "microsoft.graph.windowsUniversalAppXContainedApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WindowsUniversalAppXContainedApp {
    const SEGMENT: &'static str = "microsoft.graph.windowsUniversalAppXContainedApp";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::v1::requests::WindowsUpdateForBusinessConfigurationPath<C> {
    /// Structural property `installationSchedule` (`microsoft.graph.windowsUpdateInstallScheduleType`), addressed on its own: `GET` or `PATCH` it.
    pub fn installation_schedule(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyWindowsUpdateInstallScheduleType> {
        crate::path::PropertyPath::new(self.0.target().segment("installationSchedule"))
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
for crate::v1::WindowsUpdateForBusinessConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windowsUpdateForBusinessConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WindowsUpdateForBusinessConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windowsUpdateForBusinessConfiguration";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp> for crate::v1::WindowsWebApp {
    const SEGMENT: &'static str = "microsoft.graph.windowsWebApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WindowsWebApp {
    const SEGMENT: &'static str = "microsoft.graph.windowsWebApp";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::v1::requests::WorkHoursAndLocationsSettingPath<C> {
    /// Containment navigation property `occurrences` (`microsoft.graph.workPlanOccurrence`).
    pub fn occurrences(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WorkPlanOccurrence,
        crate::path::caps::NoCount<crate::path::caps::ListCreateUpdateDelete>,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("occurrences"))
    }
    /// Containment navigation property `recurrences` (`microsoft.graph.workPlanRecurrence`).
    pub fn recurrences(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WorkPlanRecurrence,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("recurrences"))
    }
    /// `GET .../occurrencesView`: function `microsoft.graph.occurrencesView`.
    pub fn occurrences_view(
        &self,
        start_date_time: &str,
        end_date_time: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::WorkPlanOccurrence>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "occurrencesView",
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
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WorkHoursAndLocationsSetting {
    const SEGMENT: &'static str = "microsoft.graph.workHoursAndLocationsSetting";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::v1::requests::WorkPlanOccurrencePath<C> {
    /// Structural property `end` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    pub fn end(&self) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.0.target().segment("end"))
    }
    /// Structural property `start` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    pub fn start(&self) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.0.target().segment("start"))
    }
    /// Structural property `timeOffDetails` (`microsoft.graph.timeOffDetails`), addressed on its own: `GET` or `PATCH` it.
    pub fn time_off_details(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::TimeOffDetails> {
        crate::path::PropertyPath::new(self.0.target().segment("timeOffDetails"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkPlanOccurrence {
    const SEGMENT: &'static str = "microsoft.graph.workPlanOccurrence";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::WorkPlanOccurrence, C> {
    /// `POST .../setCurrentLocation`: action `microsoft.graph.setCurrentLocation`.
    pub fn set_current_location(
        &self,
        params: crate::v1::params::WorkPlanOccurrenceCollectionSetCurrentLocationParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::WorkPlanOccurrenceCollectionSetCurrentLocationParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("setCurrentLocation"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::v1::requests::WorkPlanRecurrencePath<C> {
    /// Structural property `end` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    pub fn end(&self) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.0.target().segment("end"))
    }
    /// Structural property `recurrence` (`microsoft.graph.patternedRecurrence`), addressed on its own: `GET` or `PATCH` it.
    pub fn recurrence(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PatternedRecurrence> {
        crate::path::PropertyPath::new(self.0.target().segment("recurrence"))
    }
    /// Structural property `start` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    pub fn start(&self) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.0.target().segment("start"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkPlanRecurrence {
    const SEGMENT: &'static str = "microsoft.graph.workPlanRecurrence";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::v1::requests::WorkbookPath<C> {
    /// Containment navigation property `application` (`microsoft.graph.workbookApplication`).
    pub fn application(
        &self,
    ) -> crate::v1::requests::WorkbookApplicationPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::WorkbookApplicationPath::new(
            self.0.target().segment("application"),
        )
    }
    /// Containment navigation property `comments` (`microsoft.graph.workbookComment`).
    pub fn comments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WorkbookComment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("comments"))
    }
    /// Containment navigation property `functions` (`microsoft.graph.workbookFunctions`).
    pub fn functions(
        &self,
    ) -> crate::v1::requests::WorkbookFunctionsPath<crate::path::caps::GetUpdateDelete> {
        crate::v1::requests::WorkbookFunctionsPath::new(
            self.0.target().segment("functions"),
        )
    }
    /// Containment navigation property `names` (`microsoft.graph.workbookNamedItem`).
    pub fn names(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WorkbookNamedItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("names"))
    }
    /// Containment navigation property `operations` (`microsoft.graph.workbookOperation`).
    pub fn operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WorkbookOperation,
        crate::path::caps::NoCount<crate::path::caps::ListCreateUpdateDelete>,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("operations"))
    }
    /// Containment navigation property `tables` (`microsoft.graph.workbookTable`).
    pub fn tables(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WorkbookTable,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("tables"))
    }
    /// Containment navigation property `worksheets` (`microsoft.graph.workbookWorksheet`).
    pub fn worksheets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WorkbookWorksheet,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("worksheets"))
    }
    /// `POST .../closeSession`: action `microsoft.graph.closeSession`.
    pub fn close_session(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("closeSession"),
            rt::request::NoBody,
        )
    }
    /// `POST .../createSession`: action `microsoft.graph.createSession`.
    pub fn create_session(
        &self,
        params: crate::v1::params::WorkbookCreateSessionParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookCreateSessionParams>,
        rt::request::Entity<crate::v1::WorkbookSessionInfo>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("createSession"),
            rt::request::Json(params),
        )
    }
    /// `POST .../refreshSession`: action `microsoft.graph.refreshSession`.
    pub fn refresh_session(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("refreshSession"),
            rt::request::NoBody,
        )
    }
    /// `GET .../sessionInfoResource`: function `microsoft.graph.sessionInfoResource`.
    pub fn session_info_resource(
        &self,
        key: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookSessionInfo>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "sessionInfoResource",
                    &[
                        (
                            "key",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(key),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../tableRowOperationResult`: function `microsoft.graph.tableRowOperationResult`.
    pub fn table_row_operation_result(
        &self,
        key: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookTableRow>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "tableRowOperationResult",
                    &[
                        (
                            "key",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(key),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Workbook {
    const SEGMENT: &'static str = "microsoft.graph.workbook";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::v1::requests::WorkbookApplicationPath<C> {
    /// `POST .../calculate`: action `microsoft.graph.calculate`.
    pub fn calculate(
        &self,
        params: crate::v1::params::WorkbookApplicationCalculateParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookApplicationCalculateParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("calculate"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookApplication {
    const SEGMENT: &'static str = "microsoft.graph.workbookApplication";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::v1::requests::WorkbookChartPath<C> {
    /// Containment navigation property `axes` (`microsoft.graph.workbookChartAxes`).
    pub fn axes(
        &self,
    ) -> crate::v1::requests::WorkbookChartAxesPath<crate::path::caps::GetUpdateDelete> {
        crate::v1::requests::WorkbookChartAxesPath::new(self.0.target().segment("axes"))
    }
    /// Containment navigation property `dataLabels` (`microsoft.graph.workbookChartDataLabels`).
    pub fn data_labels(
        &self,
    ) -> crate::v1::requests::WorkbookChartDataLabelsPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::WorkbookChartDataLabelsPath::new(
            self.0.target().segment("dataLabels"),
        )
    }
    /// Containment navigation property `format` (`microsoft.graph.workbookChartAreaFormat`).
    pub fn format(
        &self,
    ) -> crate::v1::requests::WorkbookChartAreaFormatPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::WorkbookChartAreaFormatPath::new(
            self.0.target().segment("format"),
        )
    }
    /// Containment navigation property `legend` (`microsoft.graph.workbookChartLegend`).
    pub fn legend(
        &self,
    ) -> crate::v1::requests::WorkbookChartLegendPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::WorkbookChartLegendPath::new(
            self.0.target().segment("legend"),
        )
    }
    /// Containment navigation property `series` (`microsoft.graph.workbookChartSeries`).
    pub fn series(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WorkbookChartSeries,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("series"))
    }
    /// Containment navigation property `title` (`microsoft.graph.workbookChartTitle`).
    pub fn title(
        &self,
    ) -> crate::v1::requests::WorkbookChartTitlePath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::WorkbookChartTitlePath::new(
            self.0.target().segment("title"),
        )
    }
    /// Navigation property `worksheet` (`microsoft.graph.workbookWorksheet`).
    pub fn worksheet(
        &self,
    ) -> crate::v1::requests::WorkbookWorksheetPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::v1::requests::WorkbookWorksheetPath::new(
            self.0.target().segment("worksheet"),
        )
    }
    /// `GET .../image`: function `microsoft.graph.image`.
    pub fn image(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::ValueOf<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("image", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../image`: function `microsoft.graph.image`.
    pub fn image_2(
        &self,
        width: i32,
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
                    "image",
                    &[
                        (
                            "width",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&width),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../image`: function `microsoft.graph.image`.
    pub fn image_3(
        &self,
        width: i32,
        height: i32,
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
                    "image",
                    &[
                        (
                            "width",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&width),
                            ),
                        ),
                        (
                            "height",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&height),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../image`: function `microsoft.graph.image`.
    pub fn image_4(
        &self,
        width: i32,
        height: i32,
        fitting_mode: &str,
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
                    "image",
                    &[
                        (
                            "width",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&width),
                            ),
                        ),
                        (
                            "height",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&height),
                            ),
                        ),
                        (
                            "fittingMode",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(fitting_mode),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `POST .../setData`: action `microsoft.graph.setData`.
    pub fn set_data(
        &self,
        params: crate::v1::params::WorkbookChartSetDataParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookChartSetDataParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("setData"),
            rt::request::Json(params),
        )
    }
    /// `POST .../setPosition`: action `microsoft.graph.setPosition`.
    pub fn set_position(
        &self,
        params: crate::v1::params::WorkbookChartSetPositionParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookChartSetPositionParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("setPosition"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookChart {
    const SEGMENT: &'static str = "microsoft.graph.workbookChart";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::WorkbookChart, C> {
    /// `POST .../add`: action `microsoft.graph.add`.
    pub fn add(
        &self,
        params: crate::v1::params::WorkbookChartCollectionAddParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookChartCollectionAddParams>,
        rt::request::Entity<crate::v1::WorkbookChart>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("add"),
            rt::request::Json(params),
        )
    }
    /// `GET .../count`: function `microsoft.graph.count`.
    pub fn count_2(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<i32>> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("count", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../item`: function `microsoft.graph.item`.
    pub fn item(
        &self,
        name: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookChart>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "item",
                    &[
                        (
                            "name",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(name),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../itemAt`: function `microsoft.graph.itemAt`.
    pub fn item_at(
        &self,
        index: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookChart>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "itemAt",
                    &[
                        (
                            "index",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&index),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::v1::requests::WorkbookChartAreaFormatPath<C> {
    /// Containment navigation property `fill` (`microsoft.graph.workbookChartFill`).
    pub fn fill(
        &self,
    ) -> crate::v1::requests::WorkbookChartFillPath<crate::path::caps::GetUpdateDelete> {
        crate::v1::requests::WorkbookChartFillPath::new(self.0.target().segment("fill"))
    }
    /// Containment navigation property `font` (`microsoft.graph.workbookChartFont`).
    pub fn font(
        &self,
    ) -> crate::v1::requests::WorkbookChartFontPath<crate::path::caps::GetUpdateDelete> {
        crate::v1::requests::WorkbookChartFontPath::new(self.0.target().segment("font"))
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WorkbookChartAreaFormat {
    const SEGMENT: &'static str = "microsoft.graph.workbookChartAreaFormat";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::v1::requests::WorkbookChartAxesPath<C> {
    /// Containment navigation property `categoryAxis` (`microsoft.graph.workbookChartAxis`).
    pub fn category_axis(
        &self,
    ) -> crate::v1::requests::WorkbookChartAxisPath<crate::path::caps::GetUpdateDelete> {
        crate::v1::requests::WorkbookChartAxisPath::new(
            self.0.target().segment("categoryAxis"),
        )
    }
    /// Containment navigation property `seriesAxis` (`microsoft.graph.workbookChartAxis`).
    pub fn series_axis(
        &self,
    ) -> crate::v1::requests::WorkbookChartAxisPath<crate::path::caps::GetUpdateDelete> {
        crate::v1::requests::WorkbookChartAxisPath::new(
            self.0.target().segment("seriesAxis"),
        )
    }
    /// Containment navigation property `valueAxis` (`microsoft.graph.workbookChartAxis`).
    pub fn value_axis(
        &self,
    ) -> crate::v1::requests::WorkbookChartAxisPath<crate::path::caps::GetUpdateDelete> {
        crate::v1::requests::WorkbookChartAxisPath::new(
            self.0.target().segment("valueAxis"),
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookChartAxes {
    const SEGMENT: &'static str = "microsoft.graph.workbookChartAxes";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::v1::requests::WorkbookChartAxisPath<C> {
    /// Containment navigation property `format` (`microsoft.graph.workbookChartAxisFormat`).
    pub fn format(
        &self,
    ) -> crate::v1::requests::WorkbookChartAxisFormatPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::WorkbookChartAxisFormatPath::new(
            self.0.target().segment("format"),
        )
    }
    /// Containment navigation property `majorGridlines` (`microsoft.graph.workbookChartGridlines`).
    pub fn major_gridlines(
        &self,
    ) -> crate::v1::requests::WorkbookChartGridlinesPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::WorkbookChartGridlinesPath::new(
            self.0.target().segment("majorGridlines"),
        )
    }
    /// Containment navigation property `minorGridlines` (`microsoft.graph.workbookChartGridlines`).
    pub fn minor_gridlines(
        &self,
    ) -> crate::v1::requests::WorkbookChartGridlinesPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::WorkbookChartGridlinesPath::new(
            self.0.target().segment("minorGridlines"),
        )
    }
    /// Containment navigation property `title` (`microsoft.graph.workbookChartAxisTitle`).
    pub fn title(
        &self,
    ) -> crate::v1::requests::WorkbookChartAxisTitlePath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::WorkbookChartAxisTitlePath::new(
            self.0.target().segment("title"),
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookChartAxis {
    const SEGMENT: &'static str = "microsoft.graph.workbookChartAxis";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::v1::requests::WorkbookChartAxisFormatPath<C> {
    /// Containment navigation property `font` (`microsoft.graph.workbookChartFont`).
    pub fn font(
        &self,
    ) -> crate::v1::requests::WorkbookChartFontPath<crate::path::caps::GetUpdateDelete> {
        crate::v1::requests::WorkbookChartFontPath::new(self.0.target().segment("font"))
    }
    /// Containment navigation property `line` (`microsoft.graph.workbookChartLineFormat`).
    pub fn line(
        &self,
    ) -> crate::v1::requests::WorkbookChartLineFormatPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::WorkbookChartLineFormatPath::new(
            self.0.target().segment("line"),
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WorkbookChartAxisFormat {
    const SEGMENT: &'static str = "microsoft.graph.workbookChartAxisFormat";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::v1::requests::WorkbookChartAxisTitlePath<C> {
    /// Containment navigation property `format` (`microsoft.graph.workbookChartAxisTitleFormat`).
    pub fn format(
        &self,
    ) -> crate::v1::requests::WorkbookChartAxisTitleFormatPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::WorkbookChartAxisTitleFormatPath::new(
            self.0.target().segment("format"),
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WorkbookChartAxisTitle {
    const SEGMENT: &'static str = "microsoft.graph.workbookChartAxisTitle";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::v1::requests::WorkbookChartAxisTitleFormatPath<C> {
    /// Containment navigation property `font` (`microsoft.graph.workbookChartFont`).
    pub fn font(
        &self,
    ) -> crate::v1::requests::WorkbookChartFontPath<crate::path::caps::GetUpdateDelete> {
        crate::v1::requests::WorkbookChartFontPath::new(self.0.target().segment("font"))
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WorkbookChartAxisTitleFormat {
    const SEGMENT: &'static str = "microsoft.graph.workbookChartAxisTitleFormat";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::v1::requests::WorkbookChartDataLabelFormatPath<C> {
    /// Containment navigation property `fill` (`microsoft.graph.workbookChartFill`).
    pub fn fill(
        &self,
    ) -> crate::v1::requests::WorkbookChartFillPath<crate::path::caps::GetUpdateDelete> {
        crate::v1::requests::WorkbookChartFillPath::new(self.0.target().segment("fill"))
    }
    /// Containment navigation property `font` (`microsoft.graph.workbookChartFont`).
    pub fn font(
        &self,
    ) -> crate::v1::requests::WorkbookChartFontPath<crate::path::caps::GetUpdateDelete> {
        crate::v1::requests::WorkbookChartFontPath::new(self.0.target().segment("font"))
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WorkbookChartDataLabelFormat {
    const SEGMENT: &'static str = "microsoft.graph.workbookChartDataLabelFormat";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::v1::requests::WorkbookChartDataLabelsPath<C> {
    /// Containment navigation property `format` (`microsoft.graph.workbookChartDataLabelFormat`).
    pub fn format(
        &self,
    ) -> crate::v1::requests::WorkbookChartDataLabelFormatPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::WorkbookChartDataLabelFormatPath::new(
            self.0.target().segment("format"),
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WorkbookChartDataLabels {
    const SEGMENT: &'static str = "microsoft.graph.workbookChartDataLabels";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::v1::requests::WorkbookChartFillPath<C> {
    /// `POST .../clear`: action `microsoft.graph.clear`.
    pub fn clear(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("clear"),
            rt::request::NoBody,
        )
    }
    /// `POST .../setSolidColor`: action `microsoft.graph.setSolidColor`.
    pub fn set_solid_color(
        &self,
        params: crate::v1::params::WorkbookChartFillSetSolidColorParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookChartFillSetSolidColorParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("setSolidColor"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookChartFill {
    const SEGMENT: &'static str = "microsoft.graph.workbookChartFill";
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookChartFont {
    const SEGMENT: &'static str = "microsoft.graph.workbookChartFont";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::v1::requests::WorkbookChartGridlinesPath<C> {
    /// Containment navigation property `format` (`microsoft.graph.workbookChartGridlinesFormat`).
    pub fn format(
        &self,
    ) -> crate::v1::requests::WorkbookChartGridlinesFormatPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::WorkbookChartGridlinesFormatPath::new(
            self.0.target().segment("format"),
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WorkbookChartGridlines {
    const SEGMENT: &'static str = "microsoft.graph.workbookChartGridlines";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::v1::requests::WorkbookChartGridlinesFormatPath<C> {
    /// Containment navigation property `line` (`microsoft.graph.workbookChartLineFormat`).
    pub fn line(
        &self,
    ) -> crate::v1::requests::WorkbookChartLineFormatPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::WorkbookChartLineFormatPath::new(
            self.0.target().segment("line"),
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WorkbookChartGridlinesFormat {
    const SEGMENT: &'static str = "microsoft.graph.workbookChartGridlinesFormat";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::v1::requests::WorkbookChartLegendPath<C> {
    /// Containment navigation property `format` (`microsoft.graph.workbookChartLegendFormat`).
    pub fn format(
        &self,
    ) -> crate::v1::requests::WorkbookChartLegendFormatPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::WorkbookChartLegendFormatPath::new(
            self.0.target().segment("format"),
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookChartLegend {
    const SEGMENT: &'static str = "microsoft.graph.workbookChartLegend";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::v1::requests::WorkbookChartLegendFormatPath<C> {
    /// Containment navigation property `fill` (`microsoft.graph.workbookChartFill`).
    pub fn fill(
        &self,
    ) -> crate::v1::requests::WorkbookChartFillPath<crate::path::caps::GetUpdateDelete> {
        crate::v1::requests::WorkbookChartFillPath::new(self.0.target().segment("fill"))
    }
    /// Containment navigation property `font` (`microsoft.graph.workbookChartFont`).
    pub fn font(
        &self,
    ) -> crate::v1::requests::WorkbookChartFontPath<crate::path::caps::GetUpdateDelete> {
        crate::v1::requests::WorkbookChartFontPath::new(self.0.target().segment("font"))
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WorkbookChartLegendFormat {
    const SEGMENT: &'static str = "microsoft.graph.workbookChartLegendFormat";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::v1::requests::WorkbookChartLineFormatPath<C> {
    /// `POST .../clear`: action `microsoft.graph.clear`.
    pub fn clear(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("clear"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WorkbookChartLineFormat {
    const SEGMENT: &'static str = "microsoft.graph.workbookChartLineFormat";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::v1::requests::WorkbookChartPointPath<C> {
    /// Containment navigation property `format` (`microsoft.graph.workbookChartPointFormat`).
    pub fn format(
        &self,
    ) -> crate::v1::requests::WorkbookChartPointFormatPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::WorkbookChartPointFormatPath::new(
            self.0.target().segment("format"),
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookChartPoint {
    const SEGMENT: &'static str = "microsoft.graph.workbookChartPoint";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::WorkbookChartPoint, C> {
    /// `GET .../count`: function `microsoft.graph.count`.
    pub fn count_2(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<i32>> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("count", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../itemAt`: function `microsoft.graph.itemAt`.
    pub fn item_at(
        &self,
        index: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookChartPoint>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "itemAt",
                    &[
                        (
                            "index",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&index),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::v1::requests::WorkbookChartPointFormatPath<C> {
    /// Containment navigation property `fill` (`microsoft.graph.workbookChartFill`).
    pub fn fill(
        &self,
    ) -> crate::v1::requests::WorkbookChartFillPath<crate::path::caps::GetUpdateDelete> {
        crate::v1::requests::WorkbookChartFillPath::new(self.0.target().segment("fill"))
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WorkbookChartPointFormat {
    const SEGMENT: &'static str = "microsoft.graph.workbookChartPointFormat";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::v1::requests::WorkbookChartSeriesPath<C> {
    /// Containment navigation property `format` (`microsoft.graph.workbookChartSeriesFormat`).
    pub fn format(
        &self,
    ) -> crate::v1::requests::WorkbookChartSeriesFormatPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::WorkbookChartSeriesFormatPath::new(
            self.0.target().segment("format"),
        )
    }
    /// Containment navigation property `points` (`microsoft.graph.workbookChartPoint`).
    pub fn points(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WorkbookChartPoint,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("points"))
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookChartSeries {
    const SEGMENT: &'static str = "microsoft.graph.workbookChartSeries";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::WorkbookChartSeries, C> {
    /// `GET .../count`: function `microsoft.graph.count`.
    pub fn count_2(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<i32>> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("count", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../itemAt`: function `microsoft.graph.itemAt`.
    pub fn item_at(
        &self,
        index: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookChartSeries>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "itemAt",
                    &[
                        (
                            "index",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&index),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::v1::requests::WorkbookChartSeriesFormatPath<C> {
    /// Containment navigation property `fill` (`microsoft.graph.workbookChartFill`).
    pub fn fill(
        &self,
    ) -> crate::v1::requests::WorkbookChartFillPath<crate::path::caps::GetUpdateDelete> {
        crate::v1::requests::WorkbookChartFillPath::new(self.0.target().segment("fill"))
    }
    /// Containment navigation property `line` (`microsoft.graph.workbookChartLineFormat`).
    pub fn line(
        &self,
    ) -> crate::v1::requests::WorkbookChartLineFormatPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::WorkbookChartLineFormatPath::new(
            self.0.target().segment("line"),
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WorkbookChartSeriesFormat {
    const SEGMENT: &'static str = "microsoft.graph.workbookChartSeriesFormat";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::v1::requests::WorkbookChartTitlePath<C> {
    /// Containment navigation property `format` (`microsoft.graph.workbookChartTitleFormat`).
    pub fn format(
        &self,
    ) -> crate::v1::requests::WorkbookChartTitleFormatPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::WorkbookChartTitleFormatPath::new(
            self.0.target().segment("format"),
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookChartTitle {
    const SEGMENT: &'static str = "microsoft.graph.workbookChartTitle";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::v1::requests::WorkbookChartTitleFormatPath<C> {
    /// Containment navigation property `fill` (`microsoft.graph.workbookChartFill`).
    pub fn fill(
        &self,
    ) -> crate::v1::requests::WorkbookChartFillPath<crate::path::caps::GetUpdateDelete> {
        crate::v1::requests::WorkbookChartFillPath::new(self.0.target().segment("fill"))
    }
    /// Containment navigation property `font` (`microsoft.graph.workbookChartFont`).
    pub fn font(
        &self,
    ) -> crate::v1::requests::WorkbookChartFontPath<crate::path::caps::GetUpdateDelete> {
        crate::v1::requests::WorkbookChartFontPath::new(self.0.target().segment("font"))
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WorkbookChartTitleFormat {
    const SEGMENT: &'static str = "microsoft.graph.workbookChartTitleFormat";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::v1::requests::WorkbookCommentPath<C> {
    /// Containment navigation property `replies` (`microsoft.graph.workbookCommentReply`).
    pub fn replies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WorkbookCommentReply,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("replies"))
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookComment {
    const SEGMENT: &'static str = "microsoft.graph.workbookComment";
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookCommentReply {
    const SEGMENT: &'static str = "microsoft.graph.workbookCommentReply";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::v1::requests::WorkbookFilterPath<C> {
    /// Structural property `criteria` (`microsoft.graph.workbookFilterCriteria`), addressed on its own: `GET` or `PATCH` it.
    pub fn criteria(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::WorkbookFilterCriteria> {
        crate::path::PropertyPath::new(self.0.target().segment("criteria"))
    }
    /// `POST .../apply`: action `microsoft.graph.apply`.
    pub fn apply(
        &self,
        params: crate::v1::params::WorkbookFilterApplyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFilterApplyParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("apply"),
            rt::request::Json(params),
        )
    }
    /// `POST .../applyBottomItemsFilter`: action `microsoft.graph.applyBottomItemsFilter`.
    pub fn apply_bottom_items_filter(
        &self,
        params: crate::v1::params::WorkbookFilterApplyBottomItemsFilterParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFilterApplyBottomItemsFilterParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("applyBottomItemsFilter"),
            rt::request::Json(params),
        )
    }
    /// `POST .../applyBottomPercentFilter`: action `microsoft.graph.applyBottomPercentFilter`.
    pub fn apply_bottom_percent_filter(
        &self,
        params: crate::v1::params::WorkbookFilterApplyBottomPercentFilterParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::WorkbookFilterApplyBottomPercentFilterParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("applyBottomPercentFilter"),
            rt::request::Json(params),
        )
    }
    /// `POST .../applyCellColorFilter`: action `microsoft.graph.applyCellColorFilter`.
    pub fn apply_cell_color_filter(
        &self,
        params: crate::v1::params::WorkbookFilterApplyCellColorFilterParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFilterApplyCellColorFilterParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("applyCellColorFilter"),
            rt::request::Json(params),
        )
    }
    /// `POST .../applyCustomFilter`: action `microsoft.graph.applyCustomFilter`.
    pub fn apply_custom_filter(
        &self,
        params: crate::v1::params::WorkbookFilterApplyCustomFilterParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFilterApplyCustomFilterParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("applyCustomFilter"),
            rt::request::Json(params),
        )
    }
    /// `POST .../applyDynamicFilter`: action `microsoft.graph.applyDynamicFilter`.
    pub fn apply_dynamic_filter(
        &self,
        params: crate::v1::params::WorkbookFilterApplyDynamicFilterParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFilterApplyDynamicFilterParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("applyDynamicFilter"),
            rt::request::Json(params),
        )
    }
    /// `POST .../applyFontColorFilter`: action `microsoft.graph.applyFontColorFilter`.
    pub fn apply_font_color_filter(
        &self,
        params: crate::v1::params::WorkbookFilterApplyFontColorFilterParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFilterApplyFontColorFilterParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("applyFontColorFilter"),
            rt::request::Json(params),
        )
    }
    /// `POST .../applyIconFilter`: action `microsoft.graph.applyIconFilter`.
    pub fn apply_icon_filter(
        &self,
        params: crate::v1::params::WorkbookFilterApplyIconFilterParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFilterApplyIconFilterParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("applyIconFilter"),
            rt::request::Json(params),
        )
    }
    /// `POST .../applyTopItemsFilter`: action `microsoft.graph.applyTopItemsFilter`.
    pub fn apply_top_items_filter(
        &self,
        params: crate::v1::params::WorkbookFilterApplyTopItemsFilterParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFilterApplyTopItemsFilterParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("applyTopItemsFilter"),
            rt::request::Json(params),
        )
    }
    /// `POST .../applyTopPercentFilter`: action `microsoft.graph.applyTopPercentFilter`.
    pub fn apply_top_percent_filter(
        &self,
        params: crate::v1::params::WorkbookFilterApplyTopPercentFilterParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFilterApplyTopPercentFilterParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("applyTopPercentFilter"),
            rt::request::Json(params),
        )
    }
    /// `POST .../applyValuesFilter`: action `microsoft.graph.applyValuesFilter`.
    pub fn apply_values_filter(
        &self,
        params: crate::v1::params::WorkbookFilterApplyValuesFilterParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFilterApplyValuesFilterParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("applyValuesFilter"),
            rt::request::Json(params),
        )
    }
    /// `POST .../clear`: action `microsoft.graph.clear`.
    pub fn clear(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("clear"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookFilter {
    const SEGMENT: &'static str = "microsoft.graph.workbookFilter";
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WorkbookFormatProtection {
    const SEGMENT: &'static str = "microsoft.graph.workbookFormatProtection";
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WorkbookFunctionResult {
    const SEGMENT: &'static str = "microsoft.graph.workbookFunctionResult";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::v1::requests::WorkbookFunctionsPath<C> {
    /// `POST .../abs`: action `microsoft.graph.abs`.
    pub fn abs(
        &self,
        params: crate::v1::params::WorkbookFunctionsAbsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsAbsParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("abs"),
            rt::request::Json(params),
        )
    }
    /// `POST .../accrInt`: action `microsoft.graph.accrInt`.
    pub fn accr_int(
        &self,
        params: crate::v1::params::WorkbookFunctionsAccrIntParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsAccrIntParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("accrInt"),
            rt::request::Json(params),
        )
    }
    /// `POST .../accrIntM`: action `microsoft.graph.accrIntM`.
    pub fn accr_int_m(
        &self,
        params: crate::v1::params::WorkbookFunctionsAccrIntMParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsAccrIntMParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("accrIntM"),
            rt::request::Json(params),
        )
    }
    /// `POST .../acos`: action `microsoft.graph.acos`.
    pub fn acos(
        &self,
        params: crate::v1::params::WorkbookFunctionsAcosParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsAcosParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("acos"),
            rt::request::Json(params),
        )
    }
    /// `POST .../acosh`: action `microsoft.graph.acosh`.
    pub fn acosh(
        &self,
        params: crate::v1::params::WorkbookFunctionsAcoshParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsAcoshParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("acosh"),
            rt::request::Json(params),
        )
    }
    /// `POST .../acot`: action `microsoft.graph.acot`.
    pub fn acot(
        &self,
        params: crate::v1::params::WorkbookFunctionsAcotParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsAcotParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("acot"),
            rt::request::Json(params),
        )
    }
    /// `POST .../acoth`: action `microsoft.graph.acoth`.
    pub fn acoth(
        &self,
        params: crate::v1::params::WorkbookFunctionsAcothParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsAcothParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("acoth"),
            rt::request::Json(params),
        )
    }
    /// `POST .../amorDegrc`: action `microsoft.graph.amorDegrc`.
    pub fn amor_degrc(
        &self,
        params: crate::v1::params::WorkbookFunctionsAmorDegrcParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsAmorDegrcParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("amorDegrc"),
            rt::request::Json(params),
        )
    }
    /// `POST .../amorLinc`: action `microsoft.graph.amorLinc`.
    pub fn amor_linc(
        &self,
        params: crate::v1::params::WorkbookFunctionsAmorLincParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsAmorLincParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("amorLinc"),
            rt::request::Json(params),
        )
    }
    /// `POST .../and`: action `microsoft.graph.and`.
    pub fn and(
        &self,
        params: crate::v1::params::WorkbookFunctionsAndParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsAndParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("and"),
            rt::request::Json(params),
        )
    }
    /// `POST .../arabic`: action `microsoft.graph.arabic`.
    pub fn arabic(
        &self,
        params: crate::v1::params::WorkbookFunctionsArabicParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsArabicParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("arabic"),
            rt::request::Json(params),
        )
    }
    /// `POST .../areas`: action `microsoft.graph.areas`.
    pub fn areas(
        &self,
        params: crate::v1::params::WorkbookFunctionsAreasParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsAreasParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("areas"),
            rt::request::Json(params),
        )
    }
    /// `POST .../asc`: action `microsoft.graph.asc`.
    pub fn asc(
        &self,
        params: crate::v1::params::WorkbookFunctionsAscParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsAscParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("asc"),
            rt::request::Json(params),
        )
    }
    /// `POST .../asin`: action `microsoft.graph.asin`.
    pub fn asin(
        &self,
        params: crate::v1::params::WorkbookFunctionsAsinParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsAsinParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("asin"),
            rt::request::Json(params),
        )
    }
    /// `POST .../asinh`: action `microsoft.graph.asinh`.
    pub fn asinh(
        &self,
        params: crate::v1::params::WorkbookFunctionsAsinhParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsAsinhParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("asinh"),
            rt::request::Json(params),
        )
    }
    /// `POST .../atan`: action `microsoft.graph.atan`.
    pub fn atan(
        &self,
        params: crate::v1::params::WorkbookFunctionsAtanParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsAtanParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("atan"),
            rt::request::Json(params),
        )
    }
    /// `POST .../atan2`: action `microsoft.graph.atan2`.
    pub fn atan2(
        &self,
        params: crate::v1::params::WorkbookFunctionsAtan2Params,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsAtan2Params>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("atan2"),
            rt::request::Json(params),
        )
    }
    /// `POST .../atanh`: action `microsoft.graph.atanh`.
    pub fn atanh(
        &self,
        params: crate::v1::params::WorkbookFunctionsAtanhParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsAtanhParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("atanh"),
            rt::request::Json(params),
        )
    }
    /// `POST .../aveDev`: action `microsoft.graph.aveDev`.
    pub fn ave_dev(
        &self,
        params: crate::v1::params::WorkbookFunctionsAveDevParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsAveDevParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("aveDev"),
            rt::request::Json(params),
        )
    }
    /// `POST .../average`: action `microsoft.graph.average`.
    pub fn average(
        &self,
        params: crate::v1::params::WorkbookFunctionsAverageParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsAverageParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("average"),
            rt::request::Json(params),
        )
    }
    /// `POST .../averageA`: action `microsoft.graph.averageA`.
    pub fn average_a(
        &self,
        params: crate::v1::params::WorkbookFunctionsAverageAParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsAverageAParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("averageA"),
            rt::request::Json(params),
        )
    }
    /// `POST .../averageIf`: action `microsoft.graph.averageIf`.
    pub fn average_if(
        &self,
        params: crate::v1::params::WorkbookFunctionsAverageIfParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsAverageIfParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("averageIf"),
            rt::request::Json(params),
        )
    }
    /// `POST .../averageIfs`: action `microsoft.graph.averageIfs`.
    pub fn average_ifs(
        &self,
        params: crate::v1::params::WorkbookFunctionsAverageIfsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsAverageIfsParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("averageIfs"),
            rt::request::Json(params),
        )
    }
    /// `POST .../bahtText`: action `microsoft.graph.bahtText`.
    pub fn baht_text(
        &self,
        params: crate::v1::params::WorkbookFunctionsBahtTextParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsBahtTextParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("bahtText"),
            rt::request::Json(params),
        )
    }
    /// `POST .../base`: action `microsoft.graph.base`.
    pub fn base(
        &self,
        params: crate::v1::params::WorkbookFunctionsBaseParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsBaseParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("base"),
            rt::request::Json(params),
        )
    }
    /// `POST .../besselI`: action `microsoft.graph.besselI`.
    pub fn bessel_i(
        &self,
        params: crate::v1::params::WorkbookFunctionsBesselIParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsBesselIParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("besselI"),
            rt::request::Json(params),
        )
    }
    /// `POST .../besselJ`: action `microsoft.graph.besselJ`.
    pub fn bessel_j(
        &self,
        params: crate::v1::params::WorkbookFunctionsBesselJParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsBesselJParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("besselJ"),
            rt::request::Json(params),
        )
    }
    /// `POST .../besselK`: action `microsoft.graph.besselK`.
    pub fn bessel_k(
        &self,
        params: crate::v1::params::WorkbookFunctionsBesselKParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsBesselKParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("besselK"),
            rt::request::Json(params),
        )
    }
    /// `POST .../besselY`: action `microsoft.graph.besselY`.
    pub fn bessel_y(
        &self,
        params: crate::v1::params::WorkbookFunctionsBesselYParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsBesselYParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("besselY"),
            rt::request::Json(params),
        )
    }
    /// `POST .../beta_Dist`: action `microsoft.graph.beta_Dist`.
    pub fn beta_dist(
        &self,
        params: crate::v1::params::WorkbookFunctionsBetaDistParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsBetaDistParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("beta_Dist"),
            rt::request::Json(params),
        )
    }
    /// `POST .../beta_Inv`: action `microsoft.graph.beta_Inv`.
    pub fn beta_inv(
        &self,
        params: crate::v1::params::WorkbookFunctionsBetaInvParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsBetaInvParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("beta_Inv"),
            rt::request::Json(params),
        )
    }
    /// `POST .../bin2Dec`: action `microsoft.graph.bin2Dec`.
    pub fn bin2_dec(
        &self,
        params: crate::v1::params::WorkbookFunctionsBin2DecParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsBin2DecParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("bin2Dec"),
            rt::request::Json(params),
        )
    }
    /// `POST .../bin2Hex`: action `microsoft.graph.bin2Hex`.
    pub fn bin2_hex(
        &self,
        params: crate::v1::params::WorkbookFunctionsBin2HexParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsBin2HexParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("bin2Hex"),
            rt::request::Json(params),
        )
    }
    /// `POST .../bin2Oct`: action `microsoft.graph.bin2Oct`.
    pub fn bin2_oct(
        &self,
        params: crate::v1::params::WorkbookFunctionsBin2OctParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsBin2OctParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("bin2Oct"),
            rt::request::Json(params),
        )
    }
    /// `POST .../binom_Dist`: action `microsoft.graph.binom_Dist`.
    pub fn binom_dist(
        &self,
        params: crate::v1::params::WorkbookFunctionsBinomDistParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsBinomDistParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("binom_Dist"),
            rt::request::Json(params),
        )
    }
    /// `POST .../binom_Dist_Range`: action `microsoft.graph.binom_Dist_Range`.
    pub fn binom_dist_range(
        &self,
        params: crate::v1::params::WorkbookFunctionsBinomDistRangeParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsBinomDistRangeParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("binom_Dist_Range"),
            rt::request::Json(params),
        )
    }
    /// `POST .../binom_Inv`: action `microsoft.graph.binom_Inv`.
    pub fn binom_inv(
        &self,
        params: crate::v1::params::WorkbookFunctionsBinomInvParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsBinomInvParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("binom_Inv"),
            rt::request::Json(params),
        )
    }
    /// `POST .../bitand`: action `microsoft.graph.bitand`.
    pub fn bitand(
        &self,
        params: crate::v1::params::WorkbookFunctionsBitandParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsBitandParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("bitand"),
            rt::request::Json(params),
        )
    }
    /// `POST .../bitlshift`: action `microsoft.graph.bitlshift`.
    pub fn bitlshift(
        &self,
        params: crate::v1::params::WorkbookFunctionsBitlshiftParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsBitlshiftParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("bitlshift"),
            rt::request::Json(params),
        )
    }
    /// `POST .../bitor`: action `microsoft.graph.bitor`.
    pub fn bitor(
        &self,
        params: crate::v1::params::WorkbookFunctionsBitorParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsBitorParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("bitor"),
            rt::request::Json(params),
        )
    }
    /// `POST .../bitrshift`: action `microsoft.graph.bitrshift`.
    pub fn bitrshift(
        &self,
        params: crate::v1::params::WorkbookFunctionsBitrshiftParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsBitrshiftParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("bitrshift"),
            rt::request::Json(params),
        )
    }
    /// `POST .../bitxor`: action `microsoft.graph.bitxor`.
    pub fn bitxor(
        &self,
        params: crate::v1::params::WorkbookFunctionsBitxorParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsBitxorParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("bitxor"),
            rt::request::Json(params),
        )
    }
    /// `POST .../ceiling_Math`: action `microsoft.graph.ceiling_Math`.
    pub fn ceiling_math(
        &self,
        params: crate::v1::params::WorkbookFunctionsCeilingMathParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCeilingMathParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("ceiling_Math"),
            rt::request::Json(params),
        )
    }
    /// `POST .../ceiling_Precise`: action `microsoft.graph.ceiling_Precise`.
    pub fn ceiling_precise(
        &self,
        params: crate::v1::params::WorkbookFunctionsCeilingPreciseParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCeilingPreciseParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("ceiling_Precise"),
            rt::request::Json(params),
        )
    }
    /// `POST .../char`: action `microsoft.graph.char`.
    pub fn char(
        &self,
        params: crate::v1::params::WorkbookFunctionsCharParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCharParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("char"),
            rt::request::Json(params),
        )
    }
    /// `POST .../chiSq_Dist`: action `microsoft.graph.chiSq_Dist`.
    pub fn chi_sq_dist(
        &self,
        params: crate::v1::params::WorkbookFunctionsChiSqDistParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsChiSqDistParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("chiSq_Dist"),
            rt::request::Json(params),
        )
    }
    /// `POST .../chiSq_Dist_RT`: action `microsoft.graph.chiSq_Dist_RT`.
    pub fn chi_sq_dist_rt(
        &self,
        params: crate::v1::params::WorkbookFunctionsChiSqDistRtParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsChiSqDistRtParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("chiSq_Dist_RT"),
            rt::request::Json(params),
        )
    }
    /// `POST .../chiSq_Inv`: action `microsoft.graph.chiSq_Inv`.
    pub fn chi_sq_inv(
        &self,
        params: crate::v1::params::WorkbookFunctionsChiSqInvParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsChiSqInvParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("chiSq_Inv"),
            rt::request::Json(params),
        )
    }
    /// `POST .../chiSq_Inv_RT`: action `microsoft.graph.chiSq_Inv_RT`.
    pub fn chi_sq_inv_rt(
        &self,
        params: crate::v1::params::WorkbookFunctionsChiSqInvRtParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsChiSqInvRtParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("chiSq_Inv_RT"),
            rt::request::Json(params),
        )
    }
    /// `POST .../choose`: action `microsoft.graph.choose`.
    pub fn choose(
        &self,
        params: crate::v1::params::WorkbookFunctionsChooseParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsChooseParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("choose"),
            rt::request::Json(params),
        )
    }
    /// `POST .../clean`: action `microsoft.graph.clean`.
    pub fn clean(
        &self,
        params: crate::v1::params::WorkbookFunctionsCleanParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCleanParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("clean"),
            rt::request::Json(params),
        )
    }
    /// `POST .../code`: action `microsoft.graph.code`.
    pub fn code(
        &self,
        params: crate::v1::params::WorkbookFunctionsCodeParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCodeParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("code"),
            rt::request::Json(params),
        )
    }
    /// `POST .../columns`: action `microsoft.graph.columns`.
    pub fn columns(
        &self,
        params: crate::v1::params::WorkbookFunctionsColumnsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsColumnsParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("columns"),
            rt::request::Json(params),
        )
    }
    /// `POST .../combin`: action `microsoft.graph.combin`.
    pub fn combin(
        &self,
        params: crate::v1::params::WorkbookFunctionsCombinParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCombinParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("combin"),
            rt::request::Json(params),
        )
    }
    /// `POST .../combina`: action `microsoft.graph.combina`.
    pub fn combina(
        &self,
        params: crate::v1::params::WorkbookFunctionsCombinaParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCombinaParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("combina"),
            rt::request::Json(params),
        )
    }
    /// `POST .../complex`: action `microsoft.graph.complex`.
    pub fn complex(
        &self,
        params: crate::v1::params::WorkbookFunctionsComplexParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsComplexParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("complex"),
            rt::request::Json(params),
        )
    }
    /// `POST .../concatenate`: action `microsoft.graph.concatenate`.
    pub fn concatenate(
        &self,
        params: crate::v1::params::WorkbookFunctionsConcatenateParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsConcatenateParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("concatenate"),
            rt::request::Json(params),
        )
    }
    /// `POST .../confidence_Norm`: action `microsoft.graph.confidence_Norm`.
    pub fn confidence_norm(
        &self,
        params: crate::v1::params::WorkbookFunctionsConfidenceNormParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsConfidenceNormParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("confidence_Norm"),
            rt::request::Json(params),
        )
    }
    /// `POST .../confidence_T`: action `microsoft.graph.confidence_T`.
    pub fn confidence_t(
        &self,
        params: crate::v1::params::WorkbookFunctionsConfidenceTParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsConfidenceTParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("confidence_T"),
            rt::request::Json(params),
        )
    }
    /// `POST .../convert`: action `microsoft.graph.convert`.
    pub fn convert(
        &self,
        params: crate::v1::params::WorkbookFunctionsConvertParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsConvertParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("convert"),
            rt::request::Json(params),
        )
    }
    /// `POST .../cos`: action `microsoft.graph.cos`.
    pub fn cos(
        &self,
        params: crate::v1::params::WorkbookFunctionsCosParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCosParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("cos"),
            rt::request::Json(params),
        )
    }
    /// `POST .../cosh`: action `microsoft.graph.cosh`.
    pub fn cosh(
        &self,
        params: crate::v1::params::WorkbookFunctionsCoshParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCoshParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("cosh"),
            rt::request::Json(params),
        )
    }
    /// `POST .../cot`: action `microsoft.graph.cot`.
    pub fn cot(
        &self,
        params: crate::v1::params::WorkbookFunctionsCotParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCotParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("cot"),
            rt::request::Json(params),
        )
    }
    /// `POST .../coth`: action `microsoft.graph.coth`.
    pub fn coth(
        &self,
        params: crate::v1::params::WorkbookFunctionsCothParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCothParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("coth"),
            rt::request::Json(params),
        )
    }
    /// `POST .../count`: action `microsoft.graph.count`.
    pub fn count_2(
        &self,
        params: crate::v1::params::WorkbookFunctionsCountParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCountParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("count"),
            rt::request::Json(params),
        )
    }
    /// `POST .../countA`: action `microsoft.graph.countA`.
    pub fn count_a(
        &self,
        params: crate::v1::params::WorkbookFunctionsCountAParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCountAParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("countA"),
            rt::request::Json(params),
        )
    }
    /// `POST .../countBlank`: action `microsoft.graph.countBlank`.
    pub fn count_blank(
        &self,
        params: crate::v1::params::WorkbookFunctionsCountBlankParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCountBlankParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("countBlank"),
            rt::request::Json(params),
        )
    }
    /// `POST .../countIf`: action `microsoft.graph.countIf`.
    pub fn count_if(
        &self,
        params: crate::v1::params::WorkbookFunctionsCountIfParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCountIfParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("countIf"),
            rt::request::Json(params),
        )
    }
    /// `POST .../countIfs`: action `microsoft.graph.countIfs`.
    pub fn count_ifs(
        &self,
        params: crate::v1::params::WorkbookFunctionsCountIfsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCountIfsParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("countIfs"),
            rt::request::Json(params),
        )
    }
    /// `POST .../coupDayBs`: action `microsoft.graph.coupDayBs`.
    pub fn coup_day_bs(
        &self,
        params: crate::v1::params::WorkbookFunctionsCoupDayBsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCoupDayBsParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("coupDayBs"),
            rt::request::Json(params),
        )
    }
    /// `POST .../coupDays`: action `microsoft.graph.coupDays`.
    pub fn coup_days(
        &self,
        params: crate::v1::params::WorkbookFunctionsCoupDaysParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCoupDaysParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("coupDays"),
            rt::request::Json(params),
        )
    }
    /// `POST .../coupDaysNc`: action `microsoft.graph.coupDaysNc`.
    pub fn coup_days_nc(
        &self,
        params: crate::v1::params::WorkbookFunctionsCoupDaysNcParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCoupDaysNcParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("coupDaysNc"),
            rt::request::Json(params),
        )
    }
    /// `POST .../coupNcd`: action `microsoft.graph.coupNcd`.
    pub fn coup_ncd(
        &self,
        params: crate::v1::params::WorkbookFunctionsCoupNcdParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCoupNcdParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("coupNcd"),
            rt::request::Json(params),
        )
    }
    /// `POST .../coupNum`: action `microsoft.graph.coupNum`.
    pub fn coup_num(
        &self,
        params: crate::v1::params::WorkbookFunctionsCoupNumParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCoupNumParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("coupNum"),
            rt::request::Json(params),
        )
    }
    /// `POST .../coupPcd`: action `microsoft.graph.coupPcd`.
    pub fn coup_pcd(
        &self,
        params: crate::v1::params::WorkbookFunctionsCoupPcdParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCoupPcdParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("coupPcd"),
            rt::request::Json(params),
        )
    }
    /// `POST .../csc`: action `microsoft.graph.csc`.
    pub fn csc(
        &self,
        params: crate::v1::params::WorkbookFunctionsCscParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCscParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("csc"),
            rt::request::Json(params),
        )
    }
    /// `POST .../csch`: action `microsoft.graph.csch`.
    pub fn csch(
        &self,
        params: crate::v1::params::WorkbookFunctionsCschParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCschParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("csch"),
            rt::request::Json(params),
        )
    }
    /// `POST .../cumIPmt`: action `microsoft.graph.cumIPmt`.
    pub fn cum_i_pmt(
        &self,
        params: crate::v1::params::WorkbookFunctionsCumIPmtParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCumIPmtParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("cumIPmt"),
            rt::request::Json(params),
        )
    }
    /// `POST .../cumPrinc`: action `microsoft.graph.cumPrinc`.
    pub fn cum_princ(
        &self,
        params: crate::v1::params::WorkbookFunctionsCumPrincParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsCumPrincParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("cumPrinc"),
            rt::request::Json(params),
        )
    }
    /// `POST .../date`: action `microsoft.graph.date`.
    pub fn date(
        &self,
        params: crate::v1::params::WorkbookFunctionsDateParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDateParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("date"),
            rt::request::Json(params),
        )
    }
    /// `POST .../datevalue`: action `microsoft.graph.datevalue`.
    pub fn datevalue(
        &self,
        params: crate::v1::params::WorkbookFunctionsDatevalueParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDatevalueParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("datevalue"),
            rt::request::Json(params),
        )
    }
    /// `POST .../daverage`: action `microsoft.graph.daverage`.
    pub fn daverage(
        &self,
        params: crate::v1::params::WorkbookFunctionsDaverageParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDaverageParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("daverage"),
            rt::request::Json(params),
        )
    }
    /// `POST .../day`: action `microsoft.graph.day`.
    pub fn day(
        &self,
        params: crate::v1::params::WorkbookFunctionsDayParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDayParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("day"),
            rt::request::Json(params),
        )
    }
    /// `POST .../days`: action `microsoft.graph.days`.
    pub fn days(
        &self,
        params: crate::v1::params::WorkbookFunctionsDaysParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDaysParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("days"),
            rt::request::Json(params),
        )
    }
    /// `POST .../days360`: action `microsoft.graph.days360`.
    pub fn days360(
        &self,
        params: crate::v1::params::WorkbookFunctionsDays360Params,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDays360Params>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("days360"),
            rt::request::Json(params),
        )
    }
    /// `POST .../db`: action `microsoft.graph.db`.
    pub fn db(
        &self,
        params: crate::v1::params::WorkbookFunctionsDbParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDbParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("db"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dbcs`: action `microsoft.graph.dbcs`.
    pub fn dbcs(
        &self,
        params: crate::v1::params::WorkbookFunctionsDbcsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDbcsParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("dbcs"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dcount`: action `microsoft.graph.dcount`.
    pub fn dcount(
        &self,
        params: crate::v1::params::WorkbookFunctionsDcountParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDcountParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("dcount"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dcountA`: action `microsoft.graph.dcountA`.
    pub fn dcount_a(
        &self,
        params: crate::v1::params::WorkbookFunctionsDcountAParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDcountAParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("dcountA"),
            rt::request::Json(params),
        )
    }
    /// `POST .../ddb`: action `microsoft.graph.ddb`.
    pub fn ddb(
        &self,
        params: crate::v1::params::WorkbookFunctionsDdbParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDdbParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("ddb"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dec2Bin`: action `microsoft.graph.dec2Bin`.
    pub fn dec2_bin(
        &self,
        params: crate::v1::params::WorkbookFunctionsDec2BinParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDec2BinParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("dec2Bin"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dec2Hex`: action `microsoft.graph.dec2Hex`.
    pub fn dec2_hex(
        &self,
        params: crate::v1::params::WorkbookFunctionsDec2HexParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDec2HexParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("dec2Hex"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dec2Oct`: action `microsoft.graph.dec2Oct`.
    pub fn dec2_oct(
        &self,
        params: crate::v1::params::WorkbookFunctionsDec2OctParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDec2OctParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("dec2Oct"),
            rt::request::Json(params),
        )
    }
    /// `POST .../decimal`: action `microsoft.graph.decimal`.
    pub fn decimal(
        &self,
        params: crate::v1::params::WorkbookFunctionsDecimalParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDecimalParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("decimal"),
            rt::request::Json(params),
        )
    }
    /// `POST .../degrees`: action `microsoft.graph.degrees`.
    pub fn degrees(
        &self,
        params: crate::v1::params::WorkbookFunctionsDegreesParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDegreesParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("degrees"),
            rt::request::Json(params),
        )
    }
    /// `POST .../delta`: action `microsoft.graph.delta`.
    pub fn delta(
        &self,
        params: crate::v1::params::WorkbookFunctionsDeltaParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDeltaParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("delta"),
            rt::request::Json(params),
        )
    }
    /// `POST .../devSq`: action `microsoft.graph.devSq`.
    pub fn dev_sq(
        &self,
        params: crate::v1::params::WorkbookFunctionsDevSqParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDevSqParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("devSq"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dget`: action `microsoft.graph.dget`.
    pub fn dget(
        &self,
        params: crate::v1::params::WorkbookFunctionsDgetParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDgetParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("dget"),
            rt::request::Json(params),
        )
    }
    /// `POST .../disc`: action `microsoft.graph.disc`.
    pub fn disc(
        &self,
        params: crate::v1::params::WorkbookFunctionsDiscParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDiscParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("disc"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dmax`: action `microsoft.graph.dmax`.
    pub fn dmax(
        &self,
        params: crate::v1::params::WorkbookFunctionsDmaxParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDmaxParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("dmax"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dmin`: action `microsoft.graph.dmin`.
    pub fn dmin(
        &self,
        params: crate::v1::params::WorkbookFunctionsDminParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDminParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("dmin"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dollar`: action `microsoft.graph.dollar`.
    pub fn dollar(
        &self,
        params: crate::v1::params::WorkbookFunctionsDollarParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDollarParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("dollar"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dollarDe`: action `microsoft.graph.dollarDe`.
    pub fn dollar_de(
        &self,
        params: crate::v1::params::WorkbookFunctionsDollarDeParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDollarDeParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("dollarDe"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dollarFr`: action `microsoft.graph.dollarFr`.
    pub fn dollar_fr(
        &self,
        params: crate::v1::params::WorkbookFunctionsDollarFrParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDollarFrParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("dollarFr"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dproduct`: action `microsoft.graph.dproduct`.
    pub fn dproduct(
        &self,
        params: crate::v1::params::WorkbookFunctionsDproductParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDproductParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("dproduct"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dstDev`: action `microsoft.graph.dstDev`.
    pub fn dst_dev(
        &self,
        params: crate::v1::params::WorkbookFunctionsDstDevParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDstDevParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("dstDev"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dstDevP`: action `microsoft.graph.dstDevP`.
    pub fn dst_dev_p(
        &self,
        params: crate::v1::params::WorkbookFunctionsDstDevPParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDstDevPParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("dstDevP"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dsum`: action `microsoft.graph.dsum`.
    pub fn dsum(
        &self,
        params: crate::v1::params::WorkbookFunctionsDsumParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDsumParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("dsum"),
            rt::request::Json(params),
        )
    }
    /// `POST .../duration`: action `microsoft.graph.duration`.
    pub fn duration(
        &self,
        params: crate::v1::params::WorkbookFunctionsDurationParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDurationParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("duration"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dvar`: action `microsoft.graph.dvar`.
    pub fn dvar(
        &self,
        params: crate::v1::params::WorkbookFunctionsDvarParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDvarParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("dvar"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dvarP`: action `microsoft.graph.dvarP`.
    pub fn dvar_p(
        &self,
        params: crate::v1::params::WorkbookFunctionsDvarPParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsDvarPParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("dvarP"),
            rt::request::Json(params),
        )
    }
    /// `POST .../ecma_Ceiling`: action `microsoft.graph.ecma_Ceiling`.
    pub fn ecma_ceiling(
        &self,
        params: crate::v1::params::WorkbookFunctionsEcmaCeilingParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsEcmaCeilingParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("ecma_Ceiling"),
            rt::request::Json(params),
        )
    }
    /// `POST .../edate`: action `microsoft.graph.edate`.
    pub fn edate(
        &self,
        params: crate::v1::params::WorkbookFunctionsEdateParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsEdateParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("edate"),
            rt::request::Json(params),
        )
    }
    /// `POST .../effect`: action `microsoft.graph.effect`.
    pub fn effect(
        &self,
        params: crate::v1::params::WorkbookFunctionsEffectParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsEffectParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("effect"),
            rt::request::Json(params),
        )
    }
    /// `POST .../eoMonth`: action `microsoft.graph.eoMonth`.
    pub fn eo_month(
        &self,
        params: crate::v1::params::WorkbookFunctionsEoMonthParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsEoMonthParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("eoMonth"),
            rt::request::Json(params),
        )
    }
    /// `POST .../erf`: action `microsoft.graph.erf`.
    pub fn erf(
        &self,
        params: crate::v1::params::WorkbookFunctionsErfParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsErfParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("erf"),
            rt::request::Json(params),
        )
    }
    /// `POST .../erfC`: action `microsoft.graph.erfC`.
    pub fn erf_c(
        &self,
        params: crate::v1::params::WorkbookFunctionsErfCParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsErfCParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("erfC"),
            rt::request::Json(params),
        )
    }
    /// `POST .../erfC_Precise`: action `microsoft.graph.erfC_Precise`.
    pub fn erf_c_precise(
        &self,
        params: crate::v1::params::WorkbookFunctionsErfCPreciseParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsErfCPreciseParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("erfC_Precise"),
            rt::request::Json(params),
        )
    }
    /// `POST .../erf_Precise`: action `microsoft.graph.erf_Precise`.
    pub fn erf_precise(
        &self,
        params: crate::v1::params::WorkbookFunctionsErfPreciseParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsErfPreciseParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("erf_Precise"),
            rt::request::Json(params),
        )
    }
    /// `POST .../error_Type`: action `microsoft.graph.error_Type`.
    pub fn error_type(
        &self,
        params: crate::v1::params::WorkbookFunctionsErrorTypeParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsErrorTypeParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("error_Type"),
            rt::request::Json(params),
        )
    }
    /// `POST .../even`: action `microsoft.graph.even`.
    pub fn even(
        &self,
        params: crate::v1::params::WorkbookFunctionsEvenParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsEvenParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("even"),
            rt::request::Json(params),
        )
    }
    /// `POST .../exact`: action `microsoft.graph.exact`.
    pub fn exact(
        &self,
        params: crate::v1::params::WorkbookFunctionsExactParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsExactParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("exact"),
            rt::request::Json(params),
        )
    }
    /// `POST .../exp`: action `microsoft.graph.exp`.
    pub fn exp(
        &self,
        params: crate::v1::params::WorkbookFunctionsExpParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsExpParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("exp"),
            rt::request::Json(params),
        )
    }
    /// `POST .../expon_Dist`: action `microsoft.graph.expon_Dist`.
    pub fn expon_dist(
        &self,
        params: crate::v1::params::WorkbookFunctionsExponDistParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsExponDistParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("expon_Dist"),
            rt::request::Json(params),
        )
    }
    /// `POST .../f_Dist`: action `microsoft.graph.f_Dist`.
    pub fn f_dist(
        &self,
        params: crate::v1::params::WorkbookFunctionsFDistParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsFDistParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("f_Dist"),
            rt::request::Json(params),
        )
    }
    /// `POST .../f_Dist_RT`: action `microsoft.graph.f_Dist_RT`.
    pub fn f_dist_rt(
        &self,
        params: crate::v1::params::WorkbookFunctionsFDistRtParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsFDistRtParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("f_Dist_RT"),
            rt::request::Json(params),
        )
    }
    /// `POST .../f_Inv`: action `microsoft.graph.f_Inv`.
    pub fn f_inv(
        &self,
        params: crate::v1::params::WorkbookFunctionsFInvParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsFInvParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("f_Inv"),
            rt::request::Json(params),
        )
    }
    /// `POST .../f_Inv_RT`: action `microsoft.graph.f_Inv_RT`.
    pub fn f_inv_rt(
        &self,
        params: crate::v1::params::WorkbookFunctionsFInvRtParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsFInvRtParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("f_Inv_RT"),
            rt::request::Json(params),
        )
    }
    /// `POST .../fact`: action `microsoft.graph.fact`.
    pub fn fact(
        &self,
        params: crate::v1::params::WorkbookFunctionsFactParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsFactParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("fact"),
            rt::request::Json(params),
        )
    }
    /// `POST .../factDouble`: action `microsoft.graph.factDouble`.
    pub fn fact_double(
        &self,
        params: crate::v1::params::WorkbookFunctionsFactDoubleParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsFactDoubleParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("factDouble"),
            rt::request::Json(params),
        )
    }
    /// `POST .../false`: action `microsoft.graph.false`.
    pub fn false_(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("false"),
            rt::request::NoBody,
        )
    }
    /// `POST .../find`: action `microsoft.graph.find`.
    pub fn find(
        &self,
        params: crate::v1::params::WorkbookFunctionsFindParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsFindParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("find"),
            rt::request::Json(params),
        )
    }
    /// `POST .../findB`: action `microsoft.graph.findB`.
    pub fn find_b(
        &self,
        params: crate::v1::params::WorkbookFunctionsFindBParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsFindBParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("findB"),
            rt::request::Json(params),
        )
    }
    /// `POST .../fisher`: action `microsoft.graph.fisher`.
    pub fn fisher(
        &self,
        params: crate::v1::params::WorkbookFunctionsFisherParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsFisherParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("fisher"),
            rt::request::Json(params),
        )
    }
    /// `POST .../fisherInv`: action `microsoft.graph.fisherInv`.
    pub fn fisher_inv(
        &self,
        params: crate::v1::params::WorkbookFunctionsFisherInvParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsFisherInvParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("fisherInv"),
            rt::request::Json(params),
        )
    }
    /// `POST .../fixed`: action `microsoft.graph.fixed`.
    pub fn fixed(
        &self,
        params: crate::v1::params::WorkbookFunctionsFixedParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsFixedParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("fixed"),
            rt::request::Json(params),
        )
    }
    /// `POST .../floor_Math`: action `microsoft.graph.floor_Math`.
    pub fn floor_math(
        &self,
        params: crate::v1::params::WorkbookFunctionsFloorMathParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsFloorMathParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("floor_Math"),
            rt::request::Json(params),
        )
    }
    /// `POST .../floor_Precise`: action `microsoft.graph.floor_Precise`.
    pub fn floor_precise(
        &self,
        params: crate::v1::params::WorkbookFunctionsFloorPreciseParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsFloorPreciseParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("floor_Precise"),
            rt::request::Json(params),
        )
    }
    /// `POST .../fv`: action `microsoft.graph.fv`.
    pub fn fv(
        &self,
        params: crate::v1::params::WorkbookFunctionsFvParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsFvParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("fv"),
            rt::request::Json(params),
        )
    }
    /// `POST .../fvschedule`: action `microsoft.graph.fvschedule`.
    pub fn fvschedule(
        &self,
        params: crate::v1::params::WorkbookFunctionsFvscheduleParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsFvscheduleParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("fvschedule"),
            rt::request::Json(params),
        )
    }
    /// `POST .../gamma`: action `microsoft.graph.gamma`.
    pub fn gamma(
        &self,
        params: crate::v1::params::WorkbookFunctionsGammaParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsGammaParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("gamma"),
            rt::request::Json(params),
        )
    }
    /// `POST .../gammaLn`: action `microsoft.graph.gammaLn`.
    pub fn gamma_ln(
        &self,
        params: crate::v1::params::WorkbookFunctionsGammaLnParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsGammaLnParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("gammaLn"),
            rt::request::Json(params),
        )
    }
    /// `POST .../gammaLn_Precise`: action `microsoft.graph.gammaLn_Precise`.
    pub fn gamma_ln_precise(
        &self,
        params: crate::v1::params::WorkbookFunctionsGammaLnPreciseParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsGammaLnPreciseParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("gammaLn_Precise"),
            rt::request::Json(params),
        )
    }
    /// `POST .../gamma_Dist`: action `microsoft.graph.gamma_Dist`.
    pub fn gamma_dist(
        &self,
        params: crate::v1::params::WorkbookFunctionsGammaDistParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsGammaDistParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("gamma_Dist"),
            rt::request::Json(params),
        )
    }
    /// `POST .../gamma_Inv`: action `microsoft.graph.gamma_Inv`.
    pub fn gamma_inv(
        &self,
        params: crate::v1::params::WorkbookFunctionsGammaInvParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsGammaInvParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("gamma_Inv"),
            rt::request::Json(params),
        )
    }
    /// `POST .../gauss`: action `microsoft.graph.gauss`.
    pub fn gauss(
        &self,
        params: crate::v1::params::WorkbookFunctionsGaussParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsGaussParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("gauss"),
            rt::request::Json(params),
        )
    }
    /// `POST .../gcd`: action `microsoft.graph.gcd`.
    pub fn gcd(
        &self,
        params: crate::v1::params::WorkbookFunctionsGcdParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsGcdParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("gcd"),
            rt::request::Json(params),
        )
    }
    /// `POST .../geStep`: action `microsoft.graph.geStep`.
    pub fn ge_step(
        &self,
        params: crate::v1::params::WorkbookFunctionsGeStepParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsGeStepParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("geStep"),
            rt::request::Json(params),
        )
    }
    /// `POST .../geoMean`: action `microsoft.graph.geoMean`.
    pub fn geo_mean(
        &self,
        params: crate::v1::params::WorkbookFunctionsGeoMeanParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsGeoMeanParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("geoMean"),
            rt::request::Json(params),
        )
    }
    /// `POST .../harMean`: action `microsoft.graph.harMean`.
    pub fn har_mean(
        &self,
        params: crate::v1::params::WorkbookFunctionsHarMeanParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsHarMeanParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("harMean"),
            rt::request::Json(params),
        )
    }
    /// `POST .../hex2Bin`: action `microsoft.graph.hex2Bin`.
    pub fn hex2_bin(
        &self,
        params: crate::v1::params::WorkbookFunctionsHex2BinParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsHex2BinParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("hex2Bin"),
            rt::request::Json(params),
        )
    }
    /// `POST .../hex2Dec`: action `microsoft.graph.hex2Dec`.
    pub fn hex2_dec(
        &self,
        params: crate::v1::params::WorkbookFunctionsHex2DecParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsHex2DecParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("hex2Dec"),
            rt::request::Json(params),
        )
    }
    /// `POST .../hex2Oct`: action `microsoft.graph.hex2Oct`.
    pub fn hex2_oct(
        &self,
        params: crate::v1::params::WorkbookFunctionsHex2OctParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsHex2OctParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("hex2Oct"),
            rt::request::Json(params),
        )
    }
    /// `POST .../hlookup`: action `microsoft.graph.hlookup`.
    pub fn hlookup(
        &self,
        params: crate::v1::params::WorkbookFunctionsHlookupParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsHlookupParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("hlookup"),
            rt::request::Json(params),
        )
    }
    /// `POST .../hour`: action `microsoft.graph.hour`.
    pub fn hour(
        &self,
        params: crate::v1::params::WorkbookFunctionsHourParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsHourParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("hour"),
            rt::request::Json(params),
        )
    }
    /// `POST .../hypGeom_Dist`: action `microsoft.graph.hypGeom_Dist`.
    pub fn hyp_geom_dist(
        &self,
        params: crate::v1::params::WorkbookFunctionsHypGeomDistParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsHypGeomDistParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("hypGeom_Dist"),
            rt::request::Json(params),
        )
    }
    /// `POST .../hyperlink`: action `microsoft.graph.hyperlink`.
    pub fn hyperlink(
        &self,
        params: crate::v1::params::WorkbookFunctionsHyperlinkParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsHyperlinkParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("hyperlink"),
            rt::request::Json(params),
        )
    }
    /// `POST .../if`: action `microsoft.graph.if`.
    pub fn if_(
        &self,
        params: crate::v1::params::WorkbookFunctionsIfParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsIfParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("if"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imAbs`: action `microsoft.graph.imAbs`.
    pub fn im_abs(
        &self,
        params: crate::v1::params::WorkbookFunctionsImAbsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImAbsParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("imAbs"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imArgument`: action `microsoft.graph.imArgument`.
    pub fn im_argument(
        &self,
        params: crate::v1::params::WorkbookFunctionsImArgumentParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImArgumentParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("imArgument"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imConjugate`: action `microsoft.graph.imConjugate`.
    pub fn im_conjugate(
        &self,
        params: crate::v1::params::WorkbookFunctionsImConjugateParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImConjugateParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("imConjugate"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imCos`: action `microsoft.graph.imCos`.
    pub fn im_cos(
        &self,
        params: crate::v1::params::WorkbookFunctionsImCosParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImCosParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("imCos"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imCosh`: action `microsoft.graph.imCosh`.
    pub fn im_cosh(
        &self,
        params: crate::v1::params::WorkbookFunctionsImCoshParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImCoshParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("imCosh"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imCot`: action `microsoft.graph.imCot`.
    pub fn im_cot(
        &self,
        params: crate::v1::params::WorkbookFunctionsImCotParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImCotParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("imCot"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imCsc`: action `microsoft.graph.imCsc`.
    pub fn im_csc(
        &self,
        params: crate::v1::params::WorkbookFunctionsImCscParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImCscParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("imCsc"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imCsch`: action `microsoft.graph.imCsch`.
    pub fn im_csch(
        &self,
        params: crate::v1::params::WorkbookFunctionsImCschParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImCschParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("imCsch"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imDiv`: action `microsoft.graph.imDiv`.
    pub fn im_div(
        &self,
        params: crate::v1::params::WorkbookFunctionsImDivParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImDivParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("imDiv"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imExp`: action `microsoft.graph.imExp`.
    pub fn im_exp(
        &self,
        params: crate::v1::params::WorkbookFunctionsImExpParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImExpParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("imExp"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imLn`: action `microsoft.graph.imLn`.
    pub fn im_ln(
        &self,
        params: crate::v1::params::WorkbookFunctionsImLnParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImLnParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("imLn"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imLog10`: action `microsoft.graph.imLog10`.
    pub fn im_log10(
        &self,
        params: crate::v1::params::WorkbookFunctionsImLog10Params,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImLog10Params>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("imLog10"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imLog2`: action `microsoft.graph.imLog2`.
    pub fn im_log2(
        &self,
        params: crate::v1::params::WorkbookFunctionsImLog2Params,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImLog2Params>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("imLog2"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imPower`: action `microsoft.graph.imPower`.
    pub fn im_power(
        &self,
        params: crate::v1::params::WorkbookFunctionsImPowerParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImPowerParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("imPower"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imProduct`: action `microsoft.graph.imProduct`.
    pub fn im_product(
        &self,
        params: crate::v1::params::WorkbookFunctionsImProductParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImProductParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("imProduct"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imReal`: action `microsoft.graph.imReal`.
    pub fn im_real(
        &self,
        params: crate::v1::params::WorkbookFunctionsImRealParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImRealParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("imReal"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imSec`: action `microsoft.graph.imSec`.
    pub fn im_sec(
        &self,
        params: crate::v1::params::WorkbookFunctionsImSecParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImSecParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("imSec"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imSech`: action `microsoft.graph.imSech`.
    pub fn im_sech(
        &self,
        params: crate::v1::params::WorkbookFunctionsImSechParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImSechParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("imSech"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imSin`: action `microsoft.graph.imSin`.
    pub fn im_sin(
        &self,
        params: crate::v1::params::WorkbookFunctionsImSinParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImSinParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("imSin"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imSinh`: action `microsoft.graph.imSinh`.
    pub fn im_sinh(
        &self,
        params: crate::v1::params::WorkbookFunctionsImSinhParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImSinhParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("imSinh"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imSqrt`: action `microsoft.graph.imSqrt`.
    pub fn im_sqrt(
        &self,
        params: crate::v1::params::WorkbookFunctionsImSqrtParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImSqrtParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("imSqrt"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imSub`: action `microsoft.graph.imSub`.
    pub fn im_sub(
        &self,
        params: crate::v1::params::WorkbookFunctionsImSubParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImSubParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("imSub"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imSum`: action `microsoft.graph.imSum`.
    pub fn im_sum(
        &self,
        params: crate::v1::params::WorkbookFunctionsImSumParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImSumParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("imSum"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imTan`: action `microsoft.graph.imTan`.
    pub fn im_tan(
        &self,
        params: crate::v1::params::WorkbookFunctionsImTanParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImTanParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("imTan"),
            rt::request::Json(params),
        )
    }
    /// `POST .../imaginary`: action `microsoft.graph.imaginary`.
    pub fn imaginary(
        &self,
        params: crate::v1::params::WorkbookFunctionsImaginaryParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsImaginaryParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("imaginary"),
            rt::request::Json(params),
        )
    }
    /// `POST .../int`: action `microsoft.graph.int`.
    pub fn int(
        &self,
        params: crate::v1::params::WorkbookFunctionsIntParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsIntParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("int"),
            rt::request::Json(params),
        )
    }
    /// `POST .../intRate`: action `microsoft.graph.intRate`.
    pub fn int_rate(
        &self,
        params: crate::v1::params::WorkbookFunctionsIntRateParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsIntRateParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("intRate"),
            rt::request::Json(params),
        )
    }
    /// `POST .../ipmt`: action `microsoft.graph.ipmt`.
    pub fn ipmt(
        &self,
        params: crate::v1::params::WorkbookFunctionsIpmtParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsIpmtParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("ipmt"),
            rt::request::Json(params),
        )
    }
    /// `POST .../irr`: action `microsoft.graph.irr`.
    pub fn irr(
        &self,
        params: crate::v1::params::WorkbookFunctionsIrrParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsIrrParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("irr"),
            rt::request::Json(params),
        )
    }
    /// `POST .../isErr`: action `microsoft.graph.isErr`.
    pub fn is_err(
        &self,
        params: crate::v1::params::WorkbookFunctionsIsErrParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsIsErrParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("isErr"),
            rt::request::Json(params),
        )
    }
    /// `POST .../isError`: action `microsoft.graph.isError`.
    pub fn is_error(
        &self,
        params: crate::v1::params::WorkbookFunctionsIsErrorParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsIsErrorParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("isError"),
            rt::request::Json(params),
        )
    }
    /// `POST .../isEven`: action `microsoft.graph.isEven`.
    pub fn is_even(
        &self,
        params: crate::v1::params::WorkbookFunctionsIsEvenParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsIsEvenParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("isEven"),
            rt::request::Json(params),
        )
    }
    /// `POST .../isFormula`: action `microsoft.graph.isFormula`.
    pub fn is_formula(
        &self,
        params: crate::v1::params::WorkbookFunctionsIsFormulaParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsIsFormulaParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("isFormula"),
            rt::request::Json(params),
        )
    }
    /// `POST .../isLogical`: action `microsoft.graph.isLogical`.
    pub fn is_logical(
        &self,
        params: crate::v1::params::WorkbookFunctionsIsLogicalParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsIsLogicalParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("isLogical"),
            rt::request::Json(params),
        )
    }
    /// `POST .../isNA`: action `microsoft.graph.isNA`.
    pub fn is_na(
        &self,
        params: crate::v1::params::WorkbookFunctionsIsNaParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsIsNaParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("isNA"),
            rt::request::Json(params),
        )
    }
    /// `POST .../isNonText`: action `microsoft.graph.isNonText`.
    pub fn is_non_text(
        &self,
        params: crate::v1::params::WorkbookFunctionsIsNonTextParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsIsNonTextParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("isNonText"),
            rt::request::Json(params),
        )
    }
    /// `POST .../isNumber`: action `microsoft.graph.isNumber`.
    pub fn is_number(
        &self,
        params: crate::v1::params::WorkbookFunctionsIsNumberParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsIsNumberParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("isNumber"),
            rt::request::Json(params),
        )
    }
    /// `POST .../isOdd`: action `microsoft.graph.isOdd`.
    pub fn is_odd(
        &self,
        params: crate::v1::params::WorkbookFunctionsIsOddParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsIsOddParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("isOdd"),
            rt::request::Json(params),
        )
    }
    /// `POST .../isText`: action `microsoft.graph.isText`.
    pub fn is_text(
        &self,
        params: crate::v1::params::WorkbookFunctionsIsTextParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsIsTextParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("isText"),
            rt::request::Json(params),
        )
    }
    /// `POST .../isoWeekNum`: action `microsoft.graph.isoWeekNum`.
    pub fn iso_week_num(
        &self,
        params: crate::v1::params::WorkbookFunctionsIsoWeekNumParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsIsoWeekNumParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("isoWeekNum"),
            rt::request::Json(params),
        )
    }
    /// `POST .../iso_Ceiling`: action `microsoft.graph.iso_Ceiling`.
    pub fn iso_ceiling(
        &self,
        params: crate::v1::params::WorkbookFunctionsIsoCeilingParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsIsoCeilingParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("iso_Ceiling"),
            rt::request::Json(params),
        )
    }
    /// `POST .../ispmt`: action `microsoft.graph.ispmt`.
    pub fn ispmt(
        &self,
        params: crate::v1::params::WorkbookFunctionsIspmtParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsIspmtParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("ispmt"),
            rt::request::Json(params),
        )
    }
    /// `POST .../isref`: action `microsoft.graph.isref`.
    pub fn isref(
        &self,
        params: crate::v1::params::WorkbookFunctionsIsrefParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsIsrefParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("isref"),
            rt::request::Json(params),
        )
    }
    /// `POST .../kurt`: action `microsoft.graph.kurt`.
    pub fn kurt(
        &self,
        params: crate::v1::params::WorkbookFunctionsKurtParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsKurtParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("kurt"),
            rt::request::Json(params),
        )
    }
    /// `POST .../large`: action `microsoft.graph.large`.
    pub fn large(
        &self,
        params: crate::v1::params::WorkbookFunctionsLargeParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsLargeParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("large"),
            rt::request::Json(params),
        )
    }
    /// `POST .../lcm`: action `microsoft.graph.lcm`.
    pub fn lcm(
        &self,
        params: crate::v1::params::WorkbookFunctionsLcmParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsLcmParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("lcm"),
            rt::request::Json(params),
        )
    }
    /// `POST .../left`: action `microsoft.graph.left`.
    pub fn left(
        &self,
        params: crate::v1::params::WorkbookFunctionsLeftParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsLeftParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("left"),
            rt::request::Json(params),
        )
    }
    /// `POST .../leftb`: action `microsoft.graph.leftb`.
    pub fn leftb(
        &self,
        params: crate::v1::params::WorkbookFunctionsLeftbParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsLeftbParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("leftb"),
            rt::request::Json(params),
        )
    }
    /// `POST .../len`: action `microsoft.graph.len`.
    pub fn len(
        &self,
        params: crate::v1::params::WorkbookFunctionsLenParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsLenParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("len"),
            rt::request::Json(params),
        )
    }
    /// `POST .../lenb`: action `microsoft.graph.lenb`.
    pub fn lenb(
        &self,
        params: crate::v1::params::WorkbookFunctionsLenbParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsLenbParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("lenb"),
            rt::request::Json(params),
        )
    }
    /// `POST .../ln`: action `microsoft.graph.ln`.
    pub fn ln(
        &self,
        params: crate::v1::params::WorkbookFunctionsLnParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsLnParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("ln"),
            rt::request::Json(params),
        )
    }
    /// `POST .../log`: action `microsoft.graph.log`.
    pub fn log(
        &self,
        params: crate::v1::params::WorkbookFunctionsLogParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsLogParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("log"),
            rt::request::Json(params),
        )
    }
    /// `POST .../log10`: action `microsoft.graph.log10`.
    pub fn log10(
        &self,
        params: crate::v1::params::WorkbookFunctionsLog10Params,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsLog10Params>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("log10"),
            rt::request::Json(params),
        )
    }
    /// `POST .../logNorm_Dist`: action `microsoft.graph.logNorm_Dist`.
    pub fn log_norm_dist(
        &self,
        params: crate::v1::params::WorkbookFunctionsLogNormDistParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsLogNormDistParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("logNorm_Dist"),
            rt::request::Json(params),
        )
    }
    /// `POST .../logNorm_Inv`: action `microsoft.graph.logNorm_Inv`.
    pub fn log_norm_inv(
        &self,
        params: crate::v1::params::WorkbookFunctionsLogNormInvParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsLogNormInvParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("logNorm_Inv"),
            rt::request::Json(params),
        )
    }
    /// `POST .../lookup`: action `microsoft.graph.lookup`.
    pub fn lookup(
        &self,
        params: crate::v1::params::WorkbookFunctionsLookupParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsLookupParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("lookup"),
            rt::request::Json(params),
        )
    }
    /// `POST .../lower`: action `microsoft.graph.lower`.
    pub fn lower(
        &self,
        params: crate::v1::params::WorkbookFunctionsLowerParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsLowerParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("lower"),
            rt::request::Json(params),
        )
    }
    /// `POST .../match`: action `microsoft.graph.match`.
    pub fn match_(
        &self,
        params: crate::v1::params::WorkbookFunctionsMatchParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsMatchParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("match"),
            rt::request::Json(params),
        )
    }
    /// `POST .../max`: action `microsoft.graph.max`.
    pub fn max(
        &self,
        params: crate::v1::params::WorkbookFunctionsMaxParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsMaxParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("max"),
            rt::request::Json(params),
        )
    }
    /// `POST .../maxA`: action `microsoft.graph.maxA`.
    pub fn max_a(
        &self,
        params: crate::v1::params::WorkbookFunctionsMaxAParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsMaxAParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("maxA"),
            rt::request::Json(params),
        )
    }
    /// `POST .../mduration`: action `microsoft.graph.mduration`.
    pub fn mduration(
        &self,
        params: crate::v1::params::WorkbookFunctionsMdurationParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsMdurationParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("mduration"),
            rt::request::Json(params),
        )
    }
    /// `POST .../median`: action `microsoft.graph.median`.
    pub fn median(
        &self,
        params: crate::v1::params::WorkbookFunctionsMedianParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsMedianParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("median"),
            rt::request::Json(params),
        )
    }
    /// `POST .../mid`: action `microsoft.graph.mid`.
    pub fn mid(
        &self,
        params: crate::v1::params::WorkbookFunctionsMidParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsMidParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("mid"),
            rt::request::Json(params),
        )
    }
    /// `POST .../midb`: action `microsoft.graph.midb`.
    pub fn midb(
        &self,
        params: crate::v1::params::WorkbookFunctionsMidbParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsMidbParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("midb"),
            rt::request::Json(params),
        )
    }
    /// `POST .../min`: action `microsoft.graph.min`.
    pub fn min(
        &self,
        params: crate::v1::params::WorkbookFunctionsMinParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsMinParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("min"),
            rt::request::Json(params),
        )
    }
    /// `POST .../minA`: action `microsoft.graph.minA`.
    pub fn min_a(
        &self,
        params: crate::v1::params::WorkbookFunctionsMinAParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsMinAParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("minA"),
            rt::request::Json(params),
        )
    }
    /// `POST .../minute`: action `microsoft.graph.minute`.
    pub fn minute(
        &self,
        params: crate::v1::params::WorkbookFunctionsMinuteParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsMinuteParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("minute"),
            rt::request::Json(params),
        )
    }
    /// `POST .../mirr`: action `microsoft.graph.mirr`.
    pub fn mirr(
        &self,
        params: crate::v1::params::WorkbookFunctionsMirrParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsMirrParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("mirr"),
            rt::request::Json(params),
        )
    }
    /// `POST .../mod`: action `microsoft.graph.mod`.
    pub fn mod_(
        &self,
        params: crate::v1::params::WorkbookFunctionsModParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsModParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("mod"),
            rt::request::Json(params),
        )
    }
    /// `POST .../month`: action `microsoft.graph.month`.
    pub fn month(
        &self,
        params: crate::v1::params::WorkbookFunctionsMonthParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsMonthParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("month"),
            rt::request::Json(params),
        )
    }
    /// `POST .../mround`: action `microsoft.graph.mround`.
    pub fn mround(
        &self,
        params: crate::v1::params::WorkbookFunctionsMroundParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsMroundParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("mround"),
            rt::request::Json(params),
        )
    }
    /// `POST .../multiNomial`: action `microsoft.graph.multiNomial`.
    pub fn multi_nomial(
        &self,
        params: crate::v1::params::WorkbookFunctionsMultiNomialParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsMultiNomialParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("multiNomial"),
            rt::request::Json(params),
        )
    }
    /// `POST .../n`: action `microsoft.graph.n`.
    pub fn n(
        &self,
        params: crate::v1::params::WorkbookFunctionsNParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsNParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("n"),
            rt::request::Json(params),
        )
    }
    /// `POST .../na`: action `microsoft.graph.na`.
    pub fn na(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("na"),
            rt::request::NoBody,
        )
    }
    /// `POST .../negBinom_Dist`: action `microsoft.graph.negBinom_Dist`.
    pub fn neg_binom_dist(
        &self,
        params: crate::v1::params::WorkbookFunctionsNegBinomDistParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsNegBinomDistParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("negBinom_Dist"),
            rt::request::Json(params),
        )
    }
    /// `POST .../networkDays`: action `microsoft.graph.networkDays`.
    pub fn network_days(
        &self,
        params: crate::v1::params::WorkbookFunctionsNetworkDaysParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsNetworkDaysParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("networkDays"),
            rt::request::Json(params),
        )
    }
    /// `POST .../networkDays_Intl`: action `microsoft.graph.networkDays_Intl`.
    pub fn network_days_intl(
        &self,
        params: crate::v1::params::WorkbookFunctionsNetworkDaysIntlParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsNetworkDaysIntlParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("networkDays_Intl"),
            rt::request::Json(params),
        )
    }
    /// `POST .../nominal`: action `microsoft.graph.nominal`.
    pub fn nominal(
        &self,
        params: crate::v1::params::WorkbookFunctionsNominalParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsNominalParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("nominal"),
            rt::request::Json(params),
        )
    }
    /// `POST .../norm_Dist`: action `microsoft.graph.norm_Dist`.
    pub fn norm_dist(
        &self,
        params: crate::v1::params::WorkbookFunctionsNormDistParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsNormDistParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("norm_Dist"),
            rt::request::Json(params),
        )
    }
    /// `POST .../norm_Inv`: action `microsoft.graph.norm_Inv`.
    pub fn norm_inv(
        &self,
        params: crate::v1::params::WorkbookFunctionsNormInvParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsNormInvParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("norm_Inv"),
            rt::request::Json(params),
        )
    }
    /// `POST .../norm_S_Dist`: action `microsoft.graph.norm_S_Dist`.
    pub fn norm_s_dist(
        &self,
        params: crate::v1::params::WorkbookFunctionsNormSDistParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsNormSDistParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("norm_S_Dist"),
            rt::request::Json(params),
        )
    }
    /// `POST .../norm_S_Inv`: action `microsoft.graph.norm_S_Inv`.
    pub fn norm_s_inv(
        &self,
        params: crate::v1::params::WorkbookFunctionsNormSInvParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsNormSInvParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("norm_S_Inv"),
            rt::request::Json(params),
        )
    }
    /// `POST .../not`: action `microsoft.graph.not`.
    pub fn not(
        &self,
        params: crate::v1::params::WorkbookFunctionsNotParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsNotParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("not"),
            rt::request::Json(params),
        )
    }
    /// `POST .../now`: action `microsoft.graph.now`.
    pub fn now(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("now"),
            rt::request::NoBody,
        )
    }
    /// `POST .../nper`: action `microsoft.graph.nper`.
    pub fn nper(
        &self,
        params: crate::v1::params::WorkbookFunctionsNperParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsNperParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("nper"),
            rt::request::Json(params),
        )
    }
    /// `POST .../npv`: action `microsoft.graph.npv`.
    pub fn npv(
        &self,
        params: crate::v1::params::WorkbookFunctionsNpvParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsNpvParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("npv"),
            rt::request::Json(params),
        )
    }
    /// `POST .../numberValue`: action `microsoft.graph.numberValue`.
    pub fn number_value(
        &self,
        params: crate::v1::params::WorkbookFunctionsNumberValueParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsNumberValueParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("numberValue"),
            rt::request::Json(params),
        )
    }
    /// `POST .../oct2Bin`: action `microsoft.graph.oct2Bin`.
    pub fn oct2_bin(
        &self,
        params: crate::v1::params::WorkbookFunctionsOct2BinParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsOct2BinParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("oct2Bin"),
            rt::request::Json(params),
        )
    }
    /// `POST .../oct2Dec`: action `microsoft.graph.oct2Dec`.
    pub fn oct2_dec(
        &self,
        params: crate::v1::params::WorkbookFunctionsOct2DecParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsOct2DecParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("oct2Dec"),
            rt::request::Json(params),
        )
    }
    /// `POST .../oct2Hex`: action `microsoft.graph.oct2Hex`.
    pub fn oct2_hex(
        &self,
        params: crate::v1::params::WorkbookFunctionsOct2HexParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsOct2HexParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("oct2Hex"),
            rt::request::Json(params),
        )
    }
    /// `POST .../odd`: action `microsoft.graph.odd`.
    pub fn odd(
        &self,
        params: crate::v1::params::WorkbookFunctionsOddParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsOddParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("odd"),
            rt::request::Json(params),
        )
    }
    /// `POST .../oddFPrice`: action `microsoft.graph.oddFPrice`.
    pub fn odd_f_price(
        &self,
        params: crate::v1::params::WorkbookFunctionsOddFPriceParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsOddFPriceParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("oddFPrice"),
            rt::request::Json(params),
        )
    }
    /// `POST .../oddFYield`: action `microsoft.graph.oddFYield`.
    pub fn odd_f_yield(
        &self,
        params: crate::v1::params::WorkbookFunctionsOddFYieldParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsOddFYieldParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("oddFYield"),
            rt::request::Json(params),
        )
    }
    /// `POST .../oddLPrice`: action `microsoft.graph.oddLPrice`.
    pub fn odd_l_price(
        &self,
        params: crate::v1::params::WorkbookFunctionsOddLPriceParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsOddLPriceParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("oddLPrice"),
            rt::request::Json(params),
        )
    }
    /// `POST .../oddLYield`: action `microsoft.graph.oddLYield`.
    pub fn odd_l_yield(
        &self,
        params: crate::v1::params::WorkbookFunctionsOddLYieldParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsOddLYieldParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("oddLYield"),
            rt::request::Json(params),
        )
    }
    /// `POST .../or`: action `microsoft.graph.or`.
    pub fn or(
        &self,
        params: crate::v1::params::WorkbookFunctionsOrParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsOrParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("or"),
            rt::request::Json(params),
        )
    }
    /// `POST .../pduration`: action `microsoft.graph.pduration`.
    pub fn pduration(
        &self,
        params: crate::v1::params::WorkbookFunctionsPdurationParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsPdurationParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("pduration"),
            rt::request::Json(params),
        )
    }
    /// `POST .../percentRank_Exc`: action `microsoft.graph.percentRank_Exc`.
    pub fn percent_rank_exc(
        &self,
        params: crate::v1::params::WorkbookFunctionsPercentRankExcParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsPercentRankExcParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("percentRank_Exc"),
            rt::request::Json(params),
        )
    }
    /// `POST .../percentRank_Inc`: action `microsoft.graph.percentRank_Inc`.
    pub fn percent_rank_inc(
        &self,
        params: crate::v1::params::WorkbookFunctionsPercentRankIncParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsPercentRankIncParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("percentRank_Inc"),
            rt::request::Json(params),
        )
    }
    /// `POST .../percentile_Exc`: action `microsoft.graph.percentile_Exc`.
    pub fn percentile_exc(
        &self,
        params: crate::v1::params::WorkbookFunctionsPercentileExcParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsPercentileExcParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("percentile_Exc"),
            rt::request::Json(params),
        )
    }
    /// `POST .../percentile_Inc`: action `microsoft.graph.percentile_Inc`.
    pub fn percentile_inc(
        &self,
        params: crate::v1::params::WorkbookFunctionsPercentileIncParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsPercentileIncParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("percentile_Inc"),
            rt::request::Json(params),
        )
    }
    /// `POST .../permut`: action `microsoft.graph.permut`.
    pub fn permut(
        &self,
        params: crate::v1::params::WorkbookFunctionsPermutParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsPermutParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("permut"),
            rt::request::Json(params),
        )
    }
    /// `POST .../permutationa`: action `microsoft.graph.permutationa`.
    pub fn permutationa(
        &self,
        params: crate::v1::params::WorkbookFunctionsPermutationaParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsPermutationaParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("permutationa"),
            rt::request::Json(params),
        )
    }
    /// `POST .../phi`: action `microsoft.graph.phi`.
    pub fn phi(
        &self,
        params: crate::v1::params::WorkbookFunctionsPhiParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsPhiParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("phi"),
            rt::request::Json(params),
        )
    }
    /// `POST .../pi`: action `microsoft.graph.pi`.
    pub fn pi(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("pi"),
            rt::request::NoBody,
        )
    }
    /// `POST .../pmt`: action `microsoft.graph.pmt`.
    pub fn pmt(
        &self,
        params: crate::v1::params::WorkbookFunctionsPmtParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsPmtParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("pmt"),
            rt::request::Json(params),
        )
    }
    /// `POST .../poisson_Dist`: action `microsoft.graph.poisson_Dist`.
    pub fn poisson_dist(
        &self,
        params: crate::v1::params::WorkbookFunctionsPoissonDistParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsPoissonDistParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("poisson_Dist"),
            rt::request::Json(params),
        )
    }
    /// `POST .../power`: action `microsoft.graph.power`.
    pub fn power(
        &self,
        params: crate::v1::params::WorkbookFunctionsPowerParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsPowerParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("power"),
            rt::request::Json(params),
        )
    }
    /// `POST .../ppmt`: action `microsoft.graph.ppmt`.
    pub fn ppmt(
        &self,
        params: crate::v1::params::WorkbookFunctionsPpmtParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsPpmtParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("ppmt"),
            rt::request::Json(params),
        )
    }
    /// `POST .../price`: action `microsoft.graph.price`.
    pub fn price(
        &self,
        params: crate::v1::params::WorkbookFunctionsPriceParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsPriceParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("price"),
            rt::request::Json(params),
        )
    }
    /// `POST .../priceDisc`: action `microsoft.graph.priceDisc`.
    pub fn price_disc(
        &self,
        params: crate::v1::params::WorkbookFunctionsPriceDiscParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsPriceDiscParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("priceDisc"),
            rt::request::Json(params),
        )
    }
    /// `POST .../priceMat`: action `microsoft.graph.priceMat`.
    pub fn price_mat(
        &self,
        params: crate::v1::params::WorkbookFunctionsPriceMatParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsPriceMatParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("priceMat"),
            rt::request::Json(params),
        )
    }
    /// `POST .../product`: action `microsoft.graph.product`.
    pub fn product(
        &self,
        params: crate::v1::params::WorkbookFunctionsProductParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsProductParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("product"),
            rt::request::Json(params),
        )
    }
    /// `POST .../proper`: action `microsoft.graph.proper`.
    pub fn proper(
        &self,
        params: crate::v1::params::WorkbookFunctionsProperParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsProperParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("proper"),
            rt::request::Json(params),
        )
    }
    /// `POST .../pv`: action `microsoft.graph.pv`.
    pub fn pv(
        &self,
        params: crate::v1::params::WorkbookFunctionsPvParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsPvParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("pv"),
            rt::request::Json(params),
        )
    }
    /// `POST .../quartile_Exc`: action `microsoft.graph.quartile_Exc`.
    pub fn quartile_exc(
        &self,
        params: crate::v1::params::WorkbookFunctionsQuartileExcParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsQuartileExcParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("quartile_Exc"),
            rt::request::Json(params),
        )
    }
    /// `POST .../quartile_Inc`: action `microsoft.graph.quartile_Inc`.
    pub fn quartile_inc(
        &self,
        params: crate::v1::params::WorkbookFunctionsQuartileIncParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsQuartileIncParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("quartile_Inc"),
            rt::request::Json(params),
        )
    }
    /// `POST .../quotient`: action `microsoft.graph.quotient`.
    pub fn quotient(
        &self,
        params: crate::v1::params::WorkbookFunctionsQuotientParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsQuotientParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("quotient"),
            rt::request::Json(params),
        )
    }
    /// `POST .../radians`: action `microsoft.graph.radians`.
    pub fn radians(
        &self,
        params: crate::v1::params::WorkbookFunctionsRadiansParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsRadiansParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("radians"),
            rt::request::Json(params),
        )
    }
    /// `POST .../rand`: action `microsoft.graph.rand`.
    pub fn rand(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("rand"),
            rt::request::NoBody,
        )
    }
    /// `POST .../randBetween`: action `microsoft.graph.randBetween`.
    pub fn rand_between(
        &self,
        params: crate::v1::params::WorkbookFunctionsRandBetweenParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsRandBetweenParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("randBetween"),
            rt::request::Json(params),
        )
    }
    /// `POST .../rank_Avg`: action `microsoft.graph.rank_Avg`.
    pub fn rank_avg(
        &self,
        params: crate::v1::params::WorkbookFunctionsRankAvgParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsRankAvgParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("rank_Avg"),
            rt::request::Json(params),
        )
    }
    /// `POST .../rank_Eq`: action `microsoft.graph.rank_Eq`.
    pub fn rank_eq(
        &self,
        params: crate::v1::params::WorkbookFunctionsRankEqParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsRankEqParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("rank_Eq"),
            rt::request::Json(params),
        )
    }
    /// `POST .../rate`: action `microsoft.graph.rate`.
    pub fn rate(
        &self,
        params: crate::v1::params::WorkbookFunctionsRateParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsRateParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("rate"),
            rt::request::Json(params),
        )
    }
    /// `POST .../received`: action `microsoft.graph.received`.
    pub fn received(
        &self,
        params: crate::v1::params::WorkbookFunctionsReceivedParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsReceivedParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("received"),
            rt::request::Json(params),
        )
    }
    /// `POST .../replace`: action `microsoft.graph.replace`.
    pub fn replace_2(
        &self,
        params: crate::v1::params::WorkbookFunctionsReplaceParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsReplaceParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("replace"),
            rt::request::Json(params),
        )
    }
    /// `POST .../replaceB`: action `microsoft.graph.replaceB`.
    pub fn replace_b(
        &self,
        params: crate::v1::params::WorkbookFunctionsReplaceBParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsReplaceBParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("replaceB"),
            rt::request::Json(params),
        )
    }
    /// `POST .../rept`: action `microsoft.graph.rept`.
    pub fn rept(
        &self,
        params: crate::v1::params::WorkbookFunctionsReptParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsReptParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("rept"),
            rt::request::Json(params),
        )
    }
    /// `POST .../right`: action `microsoft.graph.right`.
    pub fn right(
        &self,
        params: crate::v1::params::WorkbookFunctionsRightParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsRightParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("right"),
            rt::request::Json(params),
        )
    }
    /// `POST .../rightb`: action `microsoft.graph.rightb`.
    pub fn rightb(
        &self,
        params: crate::v1::params::WorkbookFunctionsRightbParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsRightbParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("rightb"),
            rt::request::Json(params),
        )
    }
    /// `POST .../roman`: action `microsoft.graph.roman`.
    pub fn roman(
        &self,
        params: crate::v1::params::WorkbookFunctionsRomanParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsRomanParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("roman"),
            rt::request::Json(params),
        )
    }
    /// `POST .../round`: action `microsoft.graph.round`.
    pub fn round(
        &self,
        params: crate::v1::params::WorkbookFunctionsRoundParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsRoundParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("round"),
            rt::request::Json(params),
        )
    }
    /// `POST .../roundDown`: action `microsoft.graph.roundDown`.
    pub fn round_down(
        &self,
        params: crate::v1::params::WorkbookFunctionsRoundDownParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsRoundDownParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("roundDown"),
            rt::request::Json(params),
        )
    }
    /// `POST .../roundUp`: action `microsoft.graph.roundUp`.
    pub fn round_up(
        &self,
        params: crate::v1::params::WorkbookFunctionsRoundUpParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsRoundUpParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("roundUp"),
            rt::request::Json(params),
        )
    }
    /// `POST .../rows`: action `microsoft.graph.rows`.
    pub fn rows(
        &self,
        params: crate::v1::params::WorkbookFunctionsRowsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsRowsParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("rows"),
            rt::request::Json(params),
        )
    }
    /// `POST .../rri`: action `microsoft.graph.rri`.
    pub fn rri(
        &self,
        params: crate::v1::params::WorkbookFunctionsRriParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsRriParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("rri"),
            rt::request::Json(params),
        )
    }
    /// `POST .../sec`: action `microsoft.graph.sec`.
    pub fn sec(
        &self,
        params: crate::v1::params::WorkbookFunctionsSecParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsSecParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("sec"),
            rt::request::Json(params),
        )
    }
    /// `POST .../sech`: action `microsoft.graph.sech`.
    pub fn sech(
        &self,
        params: crate::v1::params::WorkbookFunctionsSechParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsSechParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("sech"),
            rt::request::Json(params),
        )
    }
    /// `POST .../second`: action `microsoft.graph.second`.
    pub fn second(
        &self,
        params: crate::v1::params::WorkbookFunctionsSecondParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsSecondParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("second"),
            rt::request::Json(params),
        )
    }
    /// `POST .../seriesSum`: action `microsoft.graph.seriesSum`.
    pub fn series_sum(
        &self,
        params: crate::v1::params::WorkbookFunctionsSeriesSumParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsSeriesSumParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("seriesSum"),
            rt::request::Json(params),
        )
    }
    /// `POST .../sheet`: action `microsoft.graph.sheet`.
    pub fn sheet(
        &self,
        params: crate::v1::params::WorkbookFunctionsSheetParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsSheetParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("sheet"),
            rt::request::Json(params),
        )
    }
    /// `POST .../sheets`: action `microsoft.graph.sheets`.
    pub fn sheets(
        &self,
        params: crate::v1::params::WorkbookFunctionsSheetsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsSheetsParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("sheets"),
            rt::request::Json(params),
        )
    }
    /// `POST .../sign`: action `microsoft.graph.sign`.
    pub fn sign(
        &self,
        params: crate::v1::params::WorkbookFunctionsSignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsSignParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("sign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../sin`: action `microsoft.graph.sin`.
    pub fn sin(
        &self,
        params: crate::v1::params::WorkbookFunctionsSinParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsSinParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("sin"),
            rt::request::Json(params),
        )
    }
    /// `POST .../sinh`: action `microsoft.graph.sinh`.
    pub fn sinh(
        &self,
        params: crate::v1::params::WorkbookFunctionsSinhParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsSinhParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("sinh"),
            rt::request::Json(params),
        )
    }
    /// `POST .../skew`: action `microsoft.graph.skew`.
    pub fn skew(
        &self,
        params: crate::v1::params::WorkbookFunctionsSkewParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsSkewParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("skew"),
            rt::request::Json(params),
        )
    }
    /// `POST .../skew_p`: action `microsoft.graph.skew_p`.
    pub fn skew_p(
        &self,
        params: crate::v1::params::WorkbookFunctionsSkewPParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsSkewPParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("skew_p"),
            rt::request::Json(params),
        )
    }
    /// `POST .../sln`: action `microsoft.graph.sln`.
    pub fn sln(
        &self,
        params: crate::v1::params::WorkbookFunctionsSlnParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsSlnParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("sln"),
            rt::request::Json(params),
        )
    }
    /// `POST .../small`: action `microsoft.graph.small`.
    pub fn small(
        &self,
        params: crate::v1::params::WorkbookFunctionsSmallParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsSmallParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("small"),
            rt::request::Json(params),
        )
    }
    /// `POST .../sqrt`: action `microsoft.graph.sqrt`.
    pub fn sqrt(
        &self,
        params: crate::v1::params::WorkbookFunctionsSqrtParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsSqrtParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("sqrt"),
            rt::request::Json(params),
        )
    }
    /// `POST .../sqrtPi`: action `microsoft.graph.sqrtPi`.
    pub fn sqrt_pi(
        &self,
        params: crate::v1::params::WorkbookFunctionsSqrtPiParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsSqrtPiParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("sqrtPi"),
            rt::request::Json(params),
        )
    }
    /// `POST .../stDevA`: action `microsoft.graph.stDevA`.
    pub fn st_dev_a(
        &self,
        params: crate::v1::params::WorkbookFunctionsStDevAParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsStDevAParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("stDevA"),
            rt::request::Json(params),
        )
    }
    /// `POST .../stDevPA`: action `microsoft.graph.stDevPA`.
    pub fn st_dev_pa(
        &self,
        params: crate::v1::params::WorkbookFunctionsStDevPaParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsStDevPaParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("stDevPA"),
            rt::request::Json(params),
        )
    }
    /// `POST .../stDev_P`: action `microsoft.graph.stDev_P`.
    pub fn st_dev_p(
        &self,
        params: crate::v1::params::WorkbookFunctionsStDevPParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsStDevPParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("stDev_P"),
            rt::request::Json(params),
        )
    }
    /// `POST .../stDev_S`: action `microsoft.graph.stDev_S`.
    pub fn st_dev_s(
        &self,
        params: crate::v1::params::WorkbookFunctionsStDevSParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsStDevSParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("stDev_S"),
            rt::request::Json(params),
        )
    }
    /// `POST .../standardize`: action `microsoft.graph.standardize`.
    pub fn standardize(
        &self,
        params: crate::v1::params::WorkbookFunctionsStandardizeParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsStandardizeParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("standardize"),
            rt::request::Json(params),
        )
    }
    /// `POST .../substitute`: action `microsoft.graph.substitute`.
    pub fn substitute(
        &self,
        params: crate::v1::params::WorkbookFunctionsSubstituteParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsSubstituteParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("substitute"),
            rt::request::Json(params),
        )
    }
    /// `POST .../subtotal`: action `microsoft.graph.subtotal`.
    pub fn subtotal(
        &self,
        params: crate::v1::params::WorkbookFunctionsSubtotalParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsSubtotalParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("subtotal"),
            rt::request::Json(params),
        )
    }
    /// `POST .../sum`: action `microsoft.graph.sum`.
    pub fn sum(
        &self,
        params: crate::v1::params::WorkbookFunctionsSumParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsSumParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("sum"),
            rt::request::Json(params),
        )
    }
    /// `POST .../sumIf`: action `microsoft.graph.sumIf`.
    pub fn sum_if(
        &self,
        params: crate::v1::params::WorkbookFunctionsSumIfParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsSumIfParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("sumIf"),
            rt::request::Json(params),
        )
    }
    /// `POST .../sumIfs`: action `microsoft.graph.sumIfs`.
    pub fn sum_ifs(
        &self,
        params: crate::v1::params::WorkbookFunctionsSumIfsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsSumIfsParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("sumIfs"),
            rt::request::Json(params),
        )
    }
    /// `POST .../sumSq`: action `microsoft.graph.sumSq`.
    pub fn sum_sq(
        &self,
        params: crate::v1::params::WorkbookFunctionsSumSqParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsSumSqParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("sumSq"),
            rt::request::Json(params),
        )
    }
    /// `POST .../syd`: action `microsoft.graph.syd`.
    pub fn syd(
        &self,
        params: crate::v1::params::WorkbookFunctionsSydParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsSydParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("syd"),
            rt::request::Json(params),
        )
    }
    /// `POST .../t`: action `microsoft.graph.t`.
    pub fn t(
        &self,
        params: crate::v1::params::WorkbookFunctionsTParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsTParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("t"),
            rt::request::Json(params),
        )
    }
    /// `POST .../t_Dist`: action `microsoft.graph.t_Dist`.
    pub fn t_dist(
        &self,
        params: crate::v1::params::WorkbookFunctionsTDistParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsTDistParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("t_Dist"),
            rt::request::Json(params),
        )
    }
    /// `POST .../t_Dist_2T`: action `microsoft.graph.t_Dist_2T`.
    pub fn t_dist_2t(
        &self,
        params: crate::v1::params::WorkbookFunctionsTDist2tParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsTDist2tParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("t_Dist_2T"),
            rt::request::Json(params),
        )
    }
    /// `POST .../t_Dist_RT`: action `microsoft.graph.t_Dist_RT`.
    pub fn t_dist_rt(
        &self,
        params: crate::v1::params::WorkbookFunctionsTDistRtParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsTDistRtParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("t_Dist_RT"),
            rt::request::Json(params),
        )
    }
    /// `POST .../t_Inv`: action `microsoft.graph.t_Inv`.
    pub fn t_inv(
        &self,
        params: crate::v1::params::WorkbookFunctionsTInvParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsTInvParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("t_Inv"),
            rt::request::Json(params),
        )
    }
    /// `POST .../t_Inv_2T`: action `microsoft.graph.t_Inv_2T`.
    pub fn t_inv_2t(
        &self,
        params: crate::v1::params::WorkbookFunctionsTInv2tParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsTInv2tParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("t_Inv_2T"),
            rt::request::Json(params),
        )
    }
    /// `POST .../tan`: action `microsoft.graph.tan`.
    pub fn tan(
        &self,
        params: crate::v1::params::WorkbookFunctionsTanParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsTanParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("tan"),
            rt::request::Json(params),
        )
    }
    /// `POST .../tanh`: action `microsoft.graph.tanh`.
    pub fn tanh(
        &self,
        params: crate::v1::params::WorkbookFunctionsTanhParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsTanhParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("tanh"),
            rt::request::Json(params),
        )
    }
    /// `POST .../tbillEq`: action `microsoft.graph.tbillEq`.
    pub fn tbill_eq(
        &self,
        params: crate::v1::params::WorkbookFunctionsTbillEqParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsTbillEqParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("tbillEq"),
            rt::request::Json(params),
        )
    }
    /// `POST .../tbillPrice`: action `microsoft.graph.tbillPrice`.
    pub fn tbill_price(
        &self,
        params: crate::v1::params::WorkbookFunctionsTbillPriceParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsTbillPriceParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("tbillPrice"),
            rt::request::Json(params),
        )
    }
    /// `POST .../tbillYield`: action `microsoft.graph.tbillYield`.
    pub fn tbill_yield(
        &self,
        params: crate::v1::params::WorkbookFunctionsTbillYieldParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsTbillYieldParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("tbillYield"),
            rt::request::Json(params),
        )
    }
    /// `POST .../text`: action `microsoft.graph.text`.
    pub fn text(
        &self,
        params: crate::v1::params::WorkbookFunctionsTextParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsTextParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("text"),
            rt::request::Json(params),
        )
    }
    /// `POST .../time`: action `microsoft.graph.time`.
    pub fn time(
        &self,
        params: crate::v1::params::WorkbookFunctionsTimeParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsTimeParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("time"),
            rt::request::Json(params),
        )
    }
    /// `POST .../timevalue`: action `microsoft.graph.timevalue`.
    pub fn timevalue(
        &self,
        params: crate::v1::params::WorkbookFunctionsTimevalueParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsTimevalueParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("timevalue"),
            rt::request::Json(params),
        )
    }
    /// `POST .../today`: action `microsoft.graph.today`.
    pub fn today(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("today"),
            rt::request::NoBody,
        )
    }
    /// `POST .../trim`: action `microsoft.graph.trim`.
    pub fn trim(
        &self,
        params: crate::v1::params::WorkbookFunctionsTrimParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsTrimParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("trim"),
            rt::request::Json(params),
        )
    }
    /// `POST .../trimMean`: action `microsoft.graph.trimMean`.
    pub fn trim_mean(
        &self,
        params: crate::v1::params::WorkbookFunctionsTrimMeanParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsTrimMeanParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("trimMean"),
            rt::request::Json(params),
        )
    }
    /// `POST .../true`: action `microsoft.graph.true`.
    pub fn true_(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("true"),
            rt::request::NoBody,
        )
    }
    /// `POST .../trunc`: action `microsoft.graph.trunc`.
    pub fn trunc(
        &self,
        params: crate::v1::params::WorkbookFunctionsTruncParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsTruncParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("trunc"),
            rt::request::Json(params),
        )
    }
    /// `POST .../type`: action `microsoft.graph.type`.
    pub fn type_(
        &self,
        params: crate::v1::params::WorkbookFunctionsTypeParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsTypeParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("type"),
            rt::request::Json(params),
        )
    }
    /// `POST .../unichar`: action `microsoft.graph.unichar`.
    pub fn unichar(
        &self,
        params: crate::v1::params::WorkbookFunctionsUnicharParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsUnicharParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("unichar"),
            rt::request::Json(params),
        )
    }
    /// `POST .../unicode`: action `microsoft.graph.unicode`.
    pub fn unicode(
        &self,
        params: crate::v1::params::WorkbookFunctionsUnicodeParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsUnicodeParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("unicode"),
            rt::request::Json(params),
        )
    }
    /// `POST .../upper`: action `microsoft.graph.upper`.
    pub fn upper(
        &self,
        params: crate::v1::params::WorkbookFunctionsUpperParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsUpperParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("upper"),
            rt::request::Json(params),
        )
    }
    /// `POST .../usdollar`: action `microsoft.graph.usdollar`.
    pub fn usdollar(
        &self,
        params: crate::v1::params::WorkbookFunctionsUsdollarParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsUsdollarParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("usdollar"),
            rt::request::Json(params),
        )
    }
    /// `POST .../value`: action `microsoft.graph.value`.
    pub fn value(
        &self,
        params: crate::v1::params::WorkbookFunctionsValueParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsValueParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("value"),
            rt::request::Json(params),
        )
    }
    /// `POST .../varA`: action `microsoft.graph.varA`.
    pub fn var_a(
        &self,
        params: crate::v1::params::WorkbookFunctionsVarAParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsVarAParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("varA"),
            rt::request::Json(params),
        )
    }
    /// `POST .../varPA`: action `microsoft.graph.varPA`.
    pub fn var_pa(
        &self,
        params: crate::v1::params::WorkbookFunctionsVarPaParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsVarPaParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("varPA"),
            rt::request::Json(params),
        )
    }
    /// `POST .../var_P`: action `microsoft.graph.var_P`.
    pub fn var_p(
        &self,
        params: crate::v1::params::WorkbookFunctionsVarPParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsVarPParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("var_P"),
            rt::request::Json(params),
        )
    }
    /// `POST .../var_S`: action `microsoft.graph.var_S`.
    pub fn var_s(
        &self,
        params: crate::v1::params::WorkbookFunctionsVarSParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsVarSParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("var_S"),
            rt::request::Json(params),
        )
    }
    /// `POST .../vdb`: action `microsoft.graph.vdb`.
    pub fn vdb(
        &self,
        params: crate::v1::params::WorkbookFunctionsVdbParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsVdbParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("vdb"),
            rt::request::Json(params),
        )
    }
    /// `POST .../vlookup`: action `microsoft.graph.vlookup`.
    pub fn vlookup(
        &self,
        params: crate::v1::params::WorkbookFunctionsVlookupParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsVlookupParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("vlookup"),
            rt::request::Json(params),
        )
    }
    /// `POST .../weekNum`: action `microsoft.graph.weekNum`.
    pub fn week_num(
        &self,
        params: crate::v1::params::WorkbookFunctionsWeekNumParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsWeekNumParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("weekNum"),
            rt::request::Json(params),
        )
    }
    /// `POST .../weekday`: action `microsoft.graph.weekday`.
    pub fn weekday(
        &self,
        params: crate::v1::params::WorkbookFunctionsWeekdayParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsWeekdayParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("weekday"),
            rt::request::Json(params),
        )
    }
    /// `POST .../weibull_Dist`: action `microsoft.graph.weibull_Dist`.
    pub fn weibull_dist(
        &self,
        params: crate::v1::params::WorkbookFunctionsWeibullDistParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsWeibullDistParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("weibull_Dist"),
            rt::request::Json(params),
        )
    }
    /// `POST .../workDay`: action `microsoft.graph.workDay`.
    pub fn work_day(
        &self,
        params: crate::v1::params::WorkbookFunctionsWorkDayParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsWorkDayParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("workDay"),
            rt::request::Json(params),
        )
    }
    /// `POST .../workDay_Intl`: action `microsoft.graph.workDay_Intl`.
    pub fn work_day_intl(
        &self,
        params: crate::v1::params::WorkbookFunctionsWorkDayIntlParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsWorkDayIntlParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("workDay_Intl"),
            rt::request::Json(params),
        )
    }
    /// `POST .../xirr`: action `microsoft.graph.xirr`.
    pub fn xirr(
        &self,
        params: crate::v1::params::WorkbookFunctionsXirrParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsXirrParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("xirr"),
            rt::request::Json(params),
        )
    }
    /// `POST .../xnpv`: action `microsoft.graph.xnpv`.
    pub fn xnpv(
        &self,
        params: crate::v1::params::WorkbookFunctionsXnpvParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsXnpvParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("xnpv"),
            rt::request::Json(params),
        )
    }
    /// `POST .../xor`: action `microsoft.graph.xor`.
    pub fn xor(
        &self,
        params: crate::v1::params::WorkbookFunctionsXorParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsXorParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("xor"),
            rt::request::Json(params),
        )
    }
    /// `POST .../year`: action `microsoft.graph.year`.
    pub fn year(
        &self,
        params: crate::v1::params::WorkbookFunctionsYearParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsYearParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("year"),
            rt::request::Json(params),
        )
    }
    /// `POST .../yearFrac`: action `microsoft.graph.yearFrac`.
    pub fn year_frac(
        &self,
        params: crate::v1::params::WorkbookFunctionsYearFracParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsYearFracParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("yearFrac"),
            rt::request::Json(params),
        )
    }
    /// `POST .../yield`: action `microsoft.graph.yield`.
    pub fn yield_(
        &self,
        params: crate::v1::params::WorkbookFunctionsYieldParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsYieldParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("yield"),
            rt::request::Json(params),
        )
    }
    /// `POST .../yieldDisc`: action `microsoft.graph.yieldDisc`.
    pub fn yield_disc(
        &self,
        params: crate::v1::params::WorkbookFunctionsYieldDiscParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsYieldDiscParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("yieldDisc"),
            rt::request::Json(params),
        )
    }
    /// `POST .../yieldMat`: action `microsoft.graph.yieldMat`.
    pub fn yield_mat(
        &self,
        params: crate::v1::params::WorkbookFunctionsYieldMatParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsYieldMatParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("yieldMat"),
            rt::request::Json(params),
        )
    }
    /// `POST .../z_Test`: action `microsoft.graph.z_Test`.
    pub fn z_test(
        &self,
        params: crate::v1::params::WorkbookFunctionsZTestParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookFunctionsZTestParams>,
        rt::request::Entity<crate::v1::WorkbookFunctionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("z_Test"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookFunctions {
    const SEGMENT: &'static str = "microsoft.graph.workbookFunctions";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::v1::requests::WorkbookNamedItemPath<C> {
    /// Navigation property `worksheet` (`microsoft.graph.workbookWorksheet`).
    pub fn worksheet(
        &self,
    ) -> crate::v1::requests::WorkbookWorksheetPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::v1::requests::WorkbookWorksheetPath::new(
            self.0.target().segment("worksheet"),
        )
    }
    /// `GET .../range`: function `microsoft.graph.range`.
    pub fn range(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("range", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookNamedItem {
    const SEGMENT: &'static str = "microsoft.graph.workbookNamedItem";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::WorkbookNamedItem, C> {
    /// `POST .../add`: action `microsoft.graph.add`.
    pub fn add(
        &self,
        params: crate::v1::params::WorkbookNamedItemCollectionAddParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookNamedItemCollectionAddParams>,
        rt::request::Entity<crate::v1::WorkbookNamedItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("add"),
            rt::request::Json(params),
        )
    }
    /// `POST .../addFormulaLocal`: action `microsoft.graph.addFormulaLocal`.
    pub fn add_formula_local(
        &self,
        params: crate::v1::params::WorkbookNamedItemCollectionAddFormulaLocalParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::WorkbookNamedItemCollectionAddFormulaLocalParams,
        >,
        rt::request::Entity<crate::v1::WorkbookNamedItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("addFormulaLocal"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::v1::requests::WorkbookOperationPath<C> {
    /// Structural property `error` (`microsoft.graph.workbookOperationError`), addressed on its own: `GET` or `PATCH` it.
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::WorkbookOperationError> {
        crate::path::PropertyPath::new(self.0.target().segment("error"))
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookOperation {
    const SEGMENT: &'static str = "microsoft.graph.workbookOperation";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::v1::requests::WorkbookPivotTablePath<C> {
    /// Navigation property `worksheet` (`microsoft.graph.workbookWorksheet`).
    pub fn worksheet(
        &self,
    ) -> crate::v1::requests::WorkbookWorksheetPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::v1::requests::WorkbookWorksheetPath::new(
            self.0.target().segment("worksheet"),
        )
    }
    /// `POST .../refresh`: action `microsoft.graph.refresh`.
    pub fn refresh(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("refresh"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookPivotTable {
    const SEGMENT: &'static str = "microsoft.graph.workbookPivotTable";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::WorkbookPivotTable, C> {
    /// `POST .../refreshAll`: action `microsoft.graph.refreshAll`.
    pub fn refresh_all(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("refreshAll"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::v1::requests::WorkbookRangePath<C> {
    /// Containment navigation property `format` (`microsoft.graph.workbookRangeFormat`).
    pub fn format(
        &self,
    ) -> crate::v1::requests::WorkbookRangeFormatPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::WorkbookRangeFormatPath::new(
            self.0.target().segment("format"),
        )
    }
    /// Containment navigation property `sort` (`microsoft.graph.workbookRangeSort`).
    pub fn sort(
        &self,
    ) -> crate::v1::requests::WorkbookRangeSortPath<crate::path::caps::GetUpdateDelete> {
        crate::v1::requests::WorkbookRangeSortPath::new(self.0.target().segment("sort"))
    }
    /// Navigation property `worksheet` (`microsoft.graph.workbookWorksheet`).
    pub fn worksheet(
        &self,
    ) -> crate::v1::requests::WorkbookWorksheetPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::v1::requests::WorkbookWorksheetPath::new(
            self.0.target().segment("worksheet"),
        )
    }
    /// `GET .../boundingRect`: function `microsoft.graph.boundingRect`.
    pub fn bounding_rect(
        &self,
        another_range: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "boundingRect",
                    &[
                        (
                            "anotherRange",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(another_range),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../cell`: function `microsoft.graph.cell`.
    pub fn cell(
        &self,
        row: i32,
        column: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "cell",
                    &[
                        (
                            "row",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&row),
                            ),
                        ),
                        (
                            "column",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&column),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `POST .../clear`: action `microsoft.graph.clear`.
    pub fn clear(
        &self,
        params: crate::v1::params::WorkbookRangeClearParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookRangeClearParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("clear"),
            rt::request::Json(params),
        )
    }
    /// `GET .../column`: function `microsoft.graph.column`.
    pub fn column(
        &self,
        column: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "column",
                    &[
                        (
                            "column",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&column),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../columnsAfter`: function `microsoft.graph.columnsAfter`.
    pub fn columns_after(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("columnsAfter", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../columnsAfter`: function `microsoft.graph.columnsAfter`.
    pub fn columns_after_2(
        &self,
        count: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "columnsAfter",
                    &[
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
    /// `GET .../columnsBefore`: function `microsoft.graph.columnsBefore`.
    pub fn columns_before(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("columnsBefore", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../columnsBefore`: function `microsoft.graph.columnsBefore`.
    pub fn columns_before_2(
        &self,
        count: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "columnsBefore",
                    &[
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
    /// `POST .../delete`: action `microsoft.graph.delete`.
    pub fn delete_2(
        &self,
        params: crate::v1::params::WorkbookRangeDeleteParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookRangeDeleteParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("delete"),
            rt::request::Json(params),
        )
    }
    /// `GET .../entireColumn`: function `microsoft.graph.entireColumn`.
    pub fn entire_column(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("entireColumn", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../entireRow`: function `microsoft.graph.entireRow`.
    pub fn entire_row(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("entireRow", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../insert`: action `microsoft.graph.insert`.
    pub fn insert(
        &self,
        params: crate::v1::params::WorkbookRangeInsertParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookRangeInsertParams>,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("insert"),
            rt::request::Json(params),
        )
    }
    /// `GET .../intersection`: function `microsoft.graph.intersection`.
    pub fn intersection(
        &self,
        another_range: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "intersection",
                    &[
                        (
                            "anotherRange",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(another_range),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../lastCell`: function `microsoft.graph.lastCell`.
    pub fn last_cell(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("lastCell", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../lastColumn`: function `microsoft.graph.lastColumn`.
    pub fn last_column(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("lastColumn", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../lastRow`: function `microsoft.graph.lastRow`.
    pub fn last_row(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("lastRow", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../merge`: action `microsoft.graph.merge`.
    pub fn merge(
        &self,
        params: crate::v1::params::WorkbookRangeMergeParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookRangeMergeParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("merge"),
            rt::request::Json(params),
        )
    }
    /// `GET .../offsetRange`: function `microsoft.graph.offsetRange`.
    pub fn offset_range(
        &self,
        row_offset: i32,
        column_offset: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "offsetRange",
                    &[
                        (
                            "rowOffset",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&row_offset),
                            ),
                        ),
                        (
                            "columnOffset",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&column_offset),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../resizedRange`: function `microsoft.graph.resizedRange`.
    pub fn resized_range(
        &self,
        delta_rows: i32,
        delta_columns: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "resizedRange",
                    &[
                        (
                            "deltaRows",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&delta_rows),
                            ),
                        ),
                        (
                            "deltaColumns",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&delta_columns),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../row`: function `microsoft.graph.row`.
    pub fn row(
        &self,
        row: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "row",
                    &[
                        (
                            "row",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&row),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../rowsAbove`: function `microsoft.graph.rowsAbove`.
    pub fn rows_above(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("rowsAbove", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../rowsAbove`: function `microsoft.graph.rowsAbove`.
    pub fn rows_above_2(
        &self,
        count: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "rowsAbove",
                    &[
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
    /// `GET .../rowsBelow`: function `microsoft.graph.rowsBelow`.
    pub fn rows_below(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("rowsBelow", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../rowsBelow`: function `microsoft.graph.rowsBelow`.
    pub fn rows_below_2(
        &self,
        count: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "rowsBelow",
                    &[
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
    /// `POST .../unmerge`: action `microsoft.graph.unmerge`.
    pub fn unmerge(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("unmerge"),
            rt::request::NoBody,
        )
    }
    /// `GET .../usedRange`: function `microsoft.graph.usedRange`.
    pub fn used_range(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("usedRange", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../usedRange`: function `microsoft.graph.usedRange`.
    pub fn used_range_2(
        &self,
        values_only: bool,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "usedRange",
                    &[
                        (
                            "valuesOnly",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&values_only),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../visibleView`: function `microsoft.graph.visibleView`.
    pub fn visible_view(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRangeView>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("visibleView", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookRange {
    const SEGMENT: &'static str = "microsoft.graph.workbookRange";
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookRangeBorder {
    const SEGMENT: &'static str = "microsoft.graph.workbookRangeBorder";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::WorkbookRangeBorder, C> {
    /// `GET .../count`: function `microsoft.graph.count`.
    pub fn count_2(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<i32>> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("count", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../itemAt`: function `microsoft.graph.itemAt`.
    pub fn item_at(
        &self,
        index: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRangeBorder>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "itemAt",
                    &[
                        (
                            "index",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&index),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::v1::requests::WorkbookRangeFillPath<C> {
    /// `POST .../clear`: action `microsoft.graph.clear`.
    pub fn clear(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("clear"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookRangeFill {
    const SEGMENT: &'static str = "microsoft.graph.workbookRangeFill";
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookRangeFont {
    const SEGMENT: &'static str = "microsoft.graph.workbookRangeFont";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::v1::requests::WorkbookRangeFormatPath<C> {
    /// Containment navigation property `borders` (`microsoft.graph.workbookRangeBorder`).
    pub fn borders(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WorkbookRangeBorder,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("borders"))
    }
    /// Containment navigation property `fill` (`microsoft.graph.workbookRangeFill`).
    pub fn fill(
        &self,
    ) -> crate::v1::requests::WorkbookRangeFillPath<crate::path::caps::GetUpdateDelete> {
        crate::v1::requests::WorkbookRangeFillPath::new(self.0.target().segment("fill"))
    }
    /// Containment navigation property `font` (`microsoft.graph.workbookRangeFont`).
    pub fn font(
        &self,
    ) -> crate::v1::requests::WorkbookRangeFontPath<crate::path::caps::GetUpdateDelete> {
        crate::v1::requests::WorkbookRangeFontPath::new(self.0.target().segment("font"))
    }
    /// Containment navigation property `protection` (`microsoft.graph.workbookFormatProtection`).
    pub fn protection(
        &self,
    ) -> crate::v1::requests::WorkbookFormatProtectionPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::WorkbookFormatProtectionPath::new(
            self.0.target().segment("protection"),
        )
    }
    /// `POST .../autofitColumns`: action `microsoft.graph.autofitColumns`.
    pub fn autofit_columns(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("autofitColumns"),
            rt::request::NoBody,
        )
    }
    /// `POST .../autofitRows`: action `microsoft.graph.autofitRows`.
    pub fn autofit_rows(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("autofitRows"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookRangeFormat {
    const SEGMENT: &'static str = "microsoft.graph.workbookRangeFormat";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::v1::requests::WorkbookRangeSortPath<C> {
    /// `POST .../apply`: action `microsoft.graph.apply`.
    pub fn apply(
        &self,
        params: crate::v1::params::WorkbookRangeSortApplyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookRangeSortApplyParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("apply"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookRangeSort {
    const SEGMENT: &'static str = "microsoft.graph.workbookRangeSort";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::v1::requests::WorkbookRangeViewPath<C> {
    /// Containment navigation property `rows` (`microsoft.graph.workbookRangeView`).
    pub fn rows(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WorkbookRangeView,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("rows"))
    }
    /// `GET .../range`: function `microsoft.graph.range`.
    pub fn range(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("range", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookRangeView {
    const SEGMENT: &'static str = "microsoft.graph.workbookRangeView";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::WorkbookRangeView, C> {
    /// `GET .../itemAt`: function `microsoft.graph.itemAt`.
    pub fn item_at(
        &self,
        index: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRangeView>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "itemAt",
                    &[
                        (
                            "index",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&index),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::v1::requests::WorkbookTablePath<C> {
    /// Containment navigation property `columns` (`microsoft.graph.workbookTableColumn`).
    pub fn columns(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WorkbookTableColumn,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("columns"))
    }
    /// Containment navigation property `rows` (`microsoft.graph.workbookTableRow`).
    pub fn rows(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WorkbookTableRow,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("rows"))
    }
    /// Containment navigation property `sort` (`microsoft.graph.workbookTableSort`).
    pub fn sort(
        &self,
    ) -> crate::v1::requests::WorkbookTableSortPath<crate::path::caps::GetUpdateDelete> {
        crate::v1::requests::WorkbookTableSortPath::new(self.0.target().segment("sort"))
    }
    /// Navigation property `worksheet` (`microsoft.graph.workbookWorksheet`).
    pub fn worksheet(
        &self,
    ) -> crate::v1::requests::WorkbookWorksheetPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::v1::requests::WorkbookWorksheetPath::new(
            self.0.target().segment("worksheet"),
        )
    }
    /// `POST .../clearFilters`: action `microsoft.graph.clearFilters`.
    pub fn clear_filters(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("clearFilters"),
            rt::request::NoBody,
        )
    }
    /// `POST .../convertToRange`: action `microsoft.graph.convertToRange`.
    pub fn convert_to_range(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("convertToRange"),
            rt::request::NoBody,
        )
    }
    /// `GET .../dataBodyRange`: function `microsoft.graph.dataBodyRange`.
    pub fn data_body_range(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("dataBodyRange", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../headerRowRange`: function `microsoft.graph.headerRowRange`.
    pub fn header_row_range(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("headerRowRange", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../range`: function `microsoft.graph.range`.
    pub fn range(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("range", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../reapplyFilters`: action `microsoft.graph.reapplyFilters`.
    pub fn reapply_filters(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("reapplyFilters"),
            rt::request::NoBody,
        )
    }
    /// `GET .../totalRowRange`: function `microsoft.graph.totalRowRange`.
    pub fn total_row_range(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("totalRowRange", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookTable {
    const SEGMENT: &'static str = "microsoft.graph.workbookTable";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::WorkbookTable, C> {
    /// `POST .../add`: action `microsoft.graph.add`.
    pub fn add(
        &self,
        params: crate::v1::params::WorkbookTableCollectionAddParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookTableCollectionAddParams>,
        rt::request::Entity<crate::v1::WorkbookTable>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("add"),
            rt::request::Json(params),
        )
    }
    /// `GET .../count`: function `microsoft.graph.count`.
    pub fn count_2(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<i32>> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("count", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../itemAt`: function `microsoft.graph.itemAt`.
    pub fn item_at(
        &self,
        index: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookTable>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "itemAt",
                    &[
                        (
                            "index",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&index),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::v1::requests::WorkbookTableColumnPath<C> {
    /// Containment navigation property `filter` (`microsoft.graph.workbookFilter`).
    pub fn filter(
        &self,
    ) -> crate::v1::requests::WorkbookFilterPath<crate::path::caps::GetUpdateDelete> {
        crate::v1::requests::WorkbookFilterPath::new(self.0.target().segment("filter"))
    }
    /// `GET .../dataBodyRange`: function `microsoft.graph.dataBodyRange`.
    pub fn data_body_range(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("dataBodyRange", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../headerRowRange`: function `microsoft.graph.headerRowRange`.
    pub fn header_row_range(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("headerRowRange", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../range`: function `microsoft.graph.range`.
    pub fn range(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("range", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../totalRowRange`: function `microsoft.graph.totalRowRange`.
    pub fn total_row_range(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("totalRowRange", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookTableColumn {
    const SEGMENT: &'static str = "microsoft.graph.workbookTableColumn";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::WorkbookTableColumn, C> {
    /// `POST .../add`: action `microsoft.graph.add`.
    pub fn add(
        &self,
        params: crate::v1::params::WorkbookTableColumnCollectionAddParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookTableColumnCollectionAddParams>,
        rt::request::Entity<crate::v1::WorkbookTableColumn>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("add"),
            rt::request::Json(params),
        )
    }
    /// `GET .../count`: function `microsoft.graph.count`.
    pub fn count_2(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<i32>> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("count", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../itemAt`: function `microsoft.graph.itemAt`.
    pub fn item_at(
        &self,
        index: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookTableColumn>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "itemAt",
                    &[
                        (
                            "index",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&index),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::v1::requests::WorkbookTableRowPath<C> {
    /// `GET .../range`: function `microsoft.graph.range`.
    pub fn range(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("range", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookTableRow {
    const SEGMENT: &'static str = "microsoft.graph.workbookTableRow";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::WorkbookTableRow, C> {
    /// `POST .../add`: action `microsoft.graph.add`.
    pub fn add(
        &self,
        params: crate::v1::params::WorkbookTableRowCollectionAddParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookTableRowCollectionAddParams>,
        rt::request::Entity<crate::v1::WorkbookTableRow>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("add"),
            rt::request::Json(params),
        )
    }
    /// `GET .../count`: function `microsoft.graph.count`.
    pub fn count_2(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<i32>> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("count", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../itemAt`: function `microsoft.graph.itemAt`.
    pub fn item_at(
        &self,
        index: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookTableRow>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "itemAt",
                    &[
                        (
                            "index",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&index),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::v1::requests::WorkbookTableSortPath<C> {
    /// `POST .../apply`: action `microsoft.graph.apply`.
    pub fn apply(
        &self,
        params: crate::v1::params::WorkbookTableSortApplyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookTableSortApplyParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("apply"),
            rt::request::Json(params),
        )
    }
    /// `POST .../clear`: action `microsoft.graph.clear`.
    pub fn clear(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("clear"),
            rt::request::NoBody,
        )
    }
    /// `POST .../reapply`: action `microsoft.graph.reapply`.
    pub fn reapply(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("reapply"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookTableSort {
    const SEGMENT: &'static str = "microsoft.graph.workbookTableSort";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::v1::requests::WorkbookWorksheetPath<C> {
    /// Containment navigation property `charts` (`microsoft.graph.workbookChart`).
    pub fn charts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WorkbookChart,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("charts"))
    }
    /// Containment navigation property `names` (`microsoft.graph.workbookNamedItem`).
    pub fn names(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WorkbookNamedItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("names"))
    }
    /// Containment navigation property `pivotTables` (`microsoft.graph.workbookPivotTable`).
    pub fn pivot_tables(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WorkbookPivotTable,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("pivotTables"))
    }
    /// Containment navigation property `protection` (`microsoft.graph.workbookWorksheetProtection`).
    pub fn protection(
        &self,
    ) -> crate::v1::requests::WorkbookWorksheetProtectionPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::v1::requests::WorkbookWorksheetProtectionPath::new(
            self.0.target().segment("protection"),
        )
    }
    /// Containment navigation property `tables` (`microsoft.graph.workbookTable`).
    pub fn tables(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WorkbookTable,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("tables"))
    }
    /// `GET .../cell`: function `microsoft.graph.cell`.
    pub fn cell(
        &self,
        row: i32,
        column: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "cell",
                    &[
                        (
                            "row",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&row),
                            ),
                        ),
                        (
                            "column",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&column),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../range`: function `microsoft.graph.range`.
    pub fn range(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("range", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../range`: function `microsoft.graph.range`.
    pub fn range_2(
        &self,
        address: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "range",
                    &[
                        (
                            "address",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(address),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../usedRange`: function `microsoft.graph.usedRange`.
    pub fn used_range(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("usedRange", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../usedRange`: function `microsoft.graph.usedRange`.
    pub fn used_range_2(
        &self,
        values_only: bool,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WorkbookRange>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "usedRange",
                    &[
                        (
                            "valuesOnly",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&values_only),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkbookWorksheet {
    const SEGMENT: &'static str = "microsoft.graph.workbookWorksheet";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::WorkbookWorksheet, C> {
    /// `POST .../add`: action `microsoft.graph.add`.
    pub fn add(
        &self,
        params: crate::v1::params::WorkbookWorksheetCollectionAddParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookWorksheetCollectionAddParams>,
        rt::request::Entity<crate::v1::WorkbookWorksheet>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("add"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::v1::requests::WorkbookWorksheetProtectionPath<C> {
    /// Structural property `options` (`microsoft.graph.workbookWorksheetProtectionOptions`), addressed on its own: `GET` or `PATCH` it.
    pub fn options(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::WorkbookWorksheetProtectionOptions> {
        crate::path::PropertyPath::new(self.0.target().segment("options"))
    }
    /// `POST .../protect`: action `microsoft.graph.protect`.
    pub fn protect(
        &self,
        params: crate::v1::params::WorkbookWorksheetProtectionProtectParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkbookWorksheetProtectionProtectParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("protect"),
            rt::request::Json(params),
        )
    }
    /// `POST .../unprotect`: action `microsoft.graph.unprotect`.
    pub fn unprotect(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("unprotect"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::WorkbookWorksheetProtection {
    const SEGMENT: &'static str = "microsoft.graph.workbookWorksheetProtection";
}
#[cfg(msgraph_v1_search_or_teamwork)]
/// Features: `v1`, or one of `v1-search`, `v1-teamwork`.
impl<C> crate::v1::requests::WorkforceIntegrationPath<C> {
    /// Structural property `encryption` (`microsoft.graph.workforceIntegrationEncryption`), addressed on its own: `GET` or `PATCH` it.
    pub fn encryption(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::WorkforceIntegrationEncryption> {
        crate::path::PropertyPath::new(self.0.target().segment("encryption"))
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
    /// `POST .../stageForDeletion`: action `microsoft.graph.stageForDeletion`.
    pub fn stage_for_deletion(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("stageForDeletion"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_search_or_teamwork)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyChangeTrackedEntity>
for crate::v1::WorkforceIntegration {
    const SEGMENT: &'static str = "microsoft.graph.workforceIntegration";
}
#[cfg(msgraph_v1_search_or_teamwork)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkforceIntegration {
    const SEGMENT: &'static str = "microsoft.graph.workforceIntegration";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::v1::requests::WorkingTimeSchedulePath<C> {
    /// Triggers the policies associated with the end of working hours for user.
    ///
    /// `POST .../endWorkingTime`: action `microsoft.graph.endWorkingTime`.
    pub fn end_working_time(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("endWorkingTime"),
            rt::request::NoBody,
        )
    }
    /// Triggers the policies associated with the start of working hours for user.
    ///
    /// `POST .../startWorkingTime`: action `microsoft.graph.startWorkingTime`.
    pub fn start_working_time(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("startWorkingTime"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WorkingTimeSchedule {
    const SEGMENT: &'static str = "microsoft.graph.workingTimeSchedule";
}
#[cfg(msgraph_v1_places_or_search)]
/// Features: `v1`, or one of `v1-places`, `v1-search`.
impl<C> crate::v1::requests::WorkspacePath<C> {
    /// Structural property `mode` (`microsoft.graph.placeMode`), addressed on its own: `GET` or `PATCH` it.
    pub fn mode(&self) -> crate::path::PropertyPath<crate::v1::AnyPlaceMode> {
        crate::path::PropertyPath::new(self.0.target().segment("mode"))
    }
    /// Structural property `address` (`microsoft.graph.physicalAddress`), addressed on its own: `GET` or `PATCH` it.
    pub fn address(&self) -> crate::path::PropertyPath<crate::v1::PhysicalAddress> {
        crate::path::PropertyPath::new(self.0.target().segment("address"))
    }
    /// Structural property `geoCoordinates` (`microsoft.graph.outlookGeoCoordinates`), addressed on its own: `GET` or `PATCH` it.
    pub fn geo_coordinates(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::OutlookGeoCoordinates> {
        crate::path::PropertyPath::new(self.0.target().segment("geoCoordinates"))
    }
    /// Containment navigation property `checkIns` (`microsoft.graph.checkInClaim`).
    pub fn check_ins(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CheckInClaim,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("checkIns"))
    }
    /// `GET .../descendants`: function `microsoft.graph.descendants`.
    pub fn descendants(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyPlace>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("descendants", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyPlace> for crate::v1::Workspace {
    const SEGMENT: &'static str = "microsoft.graph.workspace";
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Workspace {
    const SEGMENT: &'static str = "microsoft.graph.workspace";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<C> crate::v1::requests::identity_governance::WorkflowPath<C> {
    /// Structural property `quarantineDetails` (`microsoft.graph.identityGovernance.quarantineDetails`), addressed on its own: `GET` or `PATCH` it.
    pub fn quarantine_details(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::identity_governance::QuarantineDetails> {
        crate::path::PropertyPath::new(self.0.target().segment("quarantineDetails"))
    }
    /// Structural property `settings` (`microsoft.graph.identityGovernance.workflowSetting`), addressed on its own: `GET` or `PATCH` it.
    pub fn settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::identity_governance::WorkflowSetting> {
        crate::path::PropertyPath::new(self.0.target().segment("settings"))
    }
    /// Navigation property `executionScope` (`microsoft.graph.identityGovernance.userProcessingResult`).
    pub fn execution_scope(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::identity_governance::UserProcessingResult,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("executionScope"))
    }
    /// Navigation property `previewScope` (`microsoft.graph.directoryObject`).
    pub fn preview_scope(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("previewScope"))
    }
    /// Containment navigation property `runs` (`microsoft.graph.identityGovernance.run`).
    pub fn runs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::identity_governance::Run,
        crate::path::caps::List,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("runs"))
    }
    /// Containment navigation property `taskReports` (`microsoft.graph.identityGovernance.taskReport`).
    pub fn task_reports(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::identity_governance::TaskReport,
        crate::path::caps::List,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("taskReports"))
    }
    /// Containment navigation property `userProcessingResults` (`microsoft.graph.identityGovernance.userProcessingResult`).
    pub fn user_processing_results(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::identity_governance::UserProcessingResult,
        crate::path::caps::List,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("userProcessingResults"),
        )
    }
    /// Containment navigation property `versions` (`microsoft.graph.identityGovernance.workflowVersion`).
    pub fn versions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::identity_governance::WorkflowVersion,
        crate::path::caps::List,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("versions"))
    }
    /// `POST .../microsoft.graph.identityGovernance.activate`: action `microsoft.graph.identityGovernance.activate`.
    pub fn activate(
        &self,
        params: crate::v1::params::WorkflowActivateParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkflowActivateParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("microsoft.graph.identityGovernance.activate"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.identityGovernance.activateWithScope`: action `microsoft.graph.identityGovernance.activateWithScope`.
    pub fn activate_with_scope(
        &self,
        params: crate::v1::params::WorkflowActivateWithScopeParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkflowActivateWithScopeParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self
                .0
                .target()
                .segment("microsoft.graph.identityGovernance.activateWithScope"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.identityGovernance.cancelProcessing`: action `microsoft.graph.identityGovernance.cancelProcessing`.
    pub fn cancel_processing(
        &self,
        params: crate::v1::params::WorkflowCancelProcessingParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkflowCancelProcessingParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self
                .0
                .target()
                .segment("microsoft.graph.identityGovernance.cancelProcessing"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.identityGovernance.clearQuarantine`: action `microsoft.graph.identityGovernance.clearQuarantine`.
    pub fn clear_quarantine(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::identity_governance::Workflow>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self
                .0
                .target()
                .segment("microsoft.graph.identityGovernance.clearQuarantine"),
            rt::request::NoBody,
        )
    }
    /// `POST .../microsoft.graph.identityGovernance.createNewVersion`: action `microsoft.graph.identityGovernance.createNewVersion`.
    pub fn create_new_version(
        &self,
        params: crate::v1::params::WorkflowCreateNewVersionParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkflowCreateNewVersionParams>,
        rt::request::Entity<crate::v1::identity_governance::Workflow>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self
                .0
                .target()
                .segment("microsoft.graph.identityGovernance.createNewVersion"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.identityGovernance.previewTaskFailures`: action `microsoft.graph.identityGovernance.previewTaskFailures`.
    pub fn preview_task_failures(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::identity_governance::PreviewFailedTask>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self
                .0
                .target()
                .segment("microsoft.graph.identityGovernance.previewTaskFailures"),
            rt::request::NoBody,
        )
    }
    /// `POST .../microsoft.graph.identityGovernance.previewWorkflow`: action `microsoft.graph.identityGovernance.previewWorkflow`.
    pub fn preview_workflow(
        &self,
        params: crate::v1::params::WorkflowPreviewWorkflowParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WorkflowPreviewWorkflowParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self
                .0
                .target()
                .segment("microsoft.graph.identityGovernance.previewWorkflow"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.identityGovernance.restore`: action `microsoft.graph.identityGovernance.restore`.
    pub fn restore(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::identity_governance::Workflow>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("microsoft.graph.identityGovernance.restore"),
            rt::request::NoBody,
        )
    }
    /// Structural property `executionConditions` (`microsoft.graph.identityGovernance.workflowExecutionConditions`), addressed on its own: `GET` or `PATCH` it.
    pub fn execution_conditions(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::identity_governance::AnyWorkflowExecutionConditions,
    > {
        crate::path::PropertyPath::new(self.0.target().segment("executionConditions"))
    }
    /// Navigation property `administrationScopeTargets` (`microsoft.graph.directoryObject`).
    pub fn administration_scope_targets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("administrationScopeTargets"),
        )
    }
    /// Navigation property `createdBy` (`microsoft.graph.user`).
    pub fn created_by(
        &self,
    ) -> crate::v1::requests::UserPath<crate::path::caps::GetUpdateDeleteRef> {
        crate::v1::requests::UserPath::new(self.0.target().segment("createdBy"))
    }
    /// Navigation property `lastModifiedBy` (`microsoft.graph.user`).
    pub fn last_modified_by(
        &self,
    ) -> crate::v1::requests::UserPath<crate::path::caps::GetUpdateDeleteRef> {
        crate::v1::requests::UserPath::new(self.0.target().segment("lastModifiedBy"))
    }
    /// Containment navigation property `tasks` (`microsoft.graph.identityGovernance.task`).
    pub fn tasks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::identity_governance::Task,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("tasks"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::identity_governance::AnyWorkflowBase>
for crate::v1::identity_governance::Workflow {
    const SEGMENT: &'static str = "microsoft.graph.identityGovernance.workflow";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<C> crate::v1::requests::identity_governance::WorkflowBasePath<C> {
    /// Structural property `executionConditions` (`microsoft.graph.identityGovernance.workflowExecutionConditions`), addressed on its own: `GET` or `PATCH` it.
    pub fn execution_conditions(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::identity_governance::AnyWorkflowExecutionConditions,
    > {
        crate::path::PropertyPath::new(self.0.target().segment("executionConditions"))
    }
    /// Navigation property `administrationScopeTargets` (`microsoft.graph.directoryObject`).
    pub fn administration_scope_targets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("administrationScopeTargets"),
        )
    }
    /// Navigation property `createdBy` (`microsoft.graph.user`).
    pub fn created_by(
        &self,
    ) -> crate::v1::requests::UserPath<crate::path::caps::GetUpdateDeleteRef> {
        crate::v1::requests::UserPath::new(self.0.target().segment("createdBy"))
    }
    /// Navigation property `lastModifiedBy` (`microsoft.graph.user`).
    pub fn last_modified_by(
        &self,
    ) -> crate::v1::requests::UserPath<crate::path::caps::GetUpdateDeleteRef> {
        crate::v1::requests::UserPath::new(self.0.target().segment("lastModifiedBy"))
    }
    /// Containment navigation property `tasks` (`microsoft.graph.identityGovernance.task`).
    pub fn tasks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::identity_governance::Task,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("tasks"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<C> crate::v1::requests::identity_governance::WorkflowTemplatePath<C> {
    /// Structural property `executionConditions` (`microsoft.graph.identityGovernance.workflowExecutionConditions`), addressed on its own: `GET` or `PATCH` it.
    pub fn execution_conditions(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::identity_governance::AnyWorkflowExecutionConditions,
    > {
        crate::path::PropertyPath::new(self.0.target().segment("executionConditions"))
    }
    /// Containment navigation property `tasks` (`microsoft.graph.identityGovernance.task`).
    pub fn tasks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::identity_governance::Task,
        crate::path::caps::List,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("tasks"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::identity_governance::WorkflowTemplate {
    const SEGMENT: &'static str = "microsoft.graph.identityGovernance.workflowTemplate";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<C> crate::v1::requests::identity_governance::WorkflowVersionPath<C> {
    /// Structural property `settings` (`microsoft.graph.identityGovernance.workflowSetting`), addressed on its own: `GET` or `PATCH` it.
    pub fn settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::identity_governance::WorkflowSetting> {
        crate::path::PropertyPath::new(self.0.target().segment("settings"))
    }
    /// Structural property `executionConditions` (`microsoft.graph.identityGovernance.workflowExecutionConditions`), addressed on its own: `GET` or `PATCH` it.
    pub fn execution_conditions(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::identity_governance::AnyWorkflowExecutionConditions,
    > {
        crate::path::PropertyPath::new(self.0.target().segment("executionConditions"))
    }
    /// Navigation property `administrationScopeTargets` (`microsoft.graph.directoryObject`).
    pub fn administration_scope_targets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("administrationScopeTargets"),
        )
    }
    /// Navigation property `createdBy` (`microsoft.graph.user`).
    pub fn created_by(
        &self,
    ) -> crate::v1::requests::UserPath<crate::path::caps::GetUpdateDeleteRef> {
        crate::v1::requests::UserPath::new(self.0.target().segment("createdBy"))
    }
    /// Navigation property `lastModifiedBy` (`microsoft.graph.user`).
    pub fn last_modified_by(
        &self,
    ) -> crate::v1::requests::UserPath<crate::path::caps::GetUpdateDeleteRef> {
        crate::v1::requests::UserPath::new(self.0.target().segment("lastModifiedBy"))
    }
    /// Containment navigation property `tasks` (`microsoft.graph.identityGovernance.task`).
    pub fn tasks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::identity_governance::Task,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("tasks"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::identity_governance::AnyWorkflowBase>
for crate::v1::identity_governance::WorkflowVersion {
    const SEGMENT: &'static str = "microsoft.graph.identityGovernance.workflowVersion";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C, T> crate::v1::requests::security::WhoisBaseRecordPath<C, T> {
    /// Structural property `abuse` (`microsoft.graph.security.whoisContact`), addressed on its own: `GET` or `PATCH` it.
    pub fn abuse(&self) -> crate::path::PropertyPath<crate::v1::security::WhoisContact> {
        crate::path::PropertyPath::new(self.0.target().segment("abuse"))
    }
    /// Structural property `admin` (`microsoft.graph.security.whoisContact`), addressed on its own: `GET` or `PATCH` it.
    pub fn admin(&self) -> crate::path::PropertyPath<crate::v1::security::WhoisContact> {
        crate::path::PropertyPath::new(self.0.target().segment("admin"))
    }
    /// Structural property `billing` (`microsoft.graph.security.whoisContact`), addressed on its own: `GET` or `PATCH` it.
    pub fn billing(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::WhoisContact> {
        crate::path::PropertyPath::new(self.0.target().segment("billing"))
    }
    /// Structural property `noc` (`microsoft.graph.security.whoisContact`), addressed on its own: `GET` or `PATCH` it.
    pub fn noc(&self) -> crate::path::PropertyPath<crate::v1::security::WhoisContact> {
        crate::path::PropertyPath::new(self.0.target().segment("noc"))
    }
    /// Structural property `registrant` (`microsoft.graph.security.whoisContact`), addressed on its own: `GET` or `PATCH` it.
    pub fn registrant(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::WhoisContact> {
        crate::path::PropertyPath::new(self.0.target().segment("registrant"))
    }
    /// Structural property `registrar` (`microsoft.graph.security.whoisContact`), addressed on its own: `GET` or `PATCH` it.
    pub fn registrar(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::WhoisContact> {
        crate::path::PropertyPath::new(self.0.target().segment("registrar"))
    }
    /// Structural property `technical` (`microsoft.graph.security.whoisContact`), addressed on its own: `GET` or `PATCH` it.
    pub fn technical(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::WhoisContact> {
        crate::path::PropertyPath::new(self.0.target().segment("technical"))
    }
    /// Structural property `zone` (`microsoft.graph.security.whoisContact`), addressed on its own: `GET` or `PATCH` it.
    pub fn zone(&self) -> crate::path::PropertyPath<crate::v1::security::WhoisContact> {
        crate::path::PropertyPath::new(self.0.target().segment("zone"))
    }
    /// Navigation property `host` (`microsoft.graph.security.host`).
    pub fn host(
        &self,
    ) -> crate::v1::requests::security::HostPath<crate::path::caps::GetUpdateDeleteRef> {
        crate::v1::requests::security::HostPath::new(self.0.target().segment("host"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::AnyWhoisBaseRecord {
    const SEGMENT: &'static str = "microsoft.graph.security.whoisBaseRecord";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::security::AnyWhoisBaseRecord>
for crate::v1::security::WhoisHistoryRecord {
    const SEGMENT: &'static str = "microsoft.graph.security.whoisHistoryRecord";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::WhoisHistoryRecord {
    const SEGMENT: &'static str = "microsoft.graph.security.whoisHistoryRecord";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::v1::requests::security::WhoisRecordPath<C> {
    /// Navigation property `history` (`microsoft.graph.security.whoisHistoryRecord`).
    pub fn history(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::WhoisHistoryRecord,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("history"))
    }
    /// Structural property `abuse` (`microsoft.graph.security.whoisContact`), addressed on its own: `GET` or `PATCH` it.
    pub fn abuse(&self) -> crate::path::PropertyPath<crate::v1::security::WhoisContact> {
        crate::path::PropertyPath::new(self.0.target().segment("abuse"))
    }
    /// Structural property `admin` (`microsoft.graph.security.whoisContact`), addressed on its own: `GET` or `PATCH` it.
    pub fn admin(&self) -> crate::path::PropertyPath<crate::v1::security::WhoisContact> {
        crate::path::PropertyPath::new(self.0.target().segment("admin"))
    }
    /// Structural property `billing` (`microsoft.graph.security.whoisContact`), addressed on its own: `GET` or `PATCH` it.
    pub fn billing(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::WhoisContact> {
        crate::path::PropertyPath::new(self.0.target().segment("billing"))
    }
    /// Structural property `noc` (`microsoft.graph.security.whoisContact`), addressed on its own: `GET` or `PATCH` it.
    pub fn noc(&self) -> crate::path::PropertyPath<crate::v1::security::WhoisContact> {
        crate::path::PropertyPath::new(self.0.target().segment("noc"))
    }
    /// Structural property `registrant` (`microsoft.graph.security.whoisContact`), addressed on its own: `GET` or `PATCH` it.
    pub fn registrant(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::WhoisContact> {
        crate::path::PropertyPath::new(self.0.target().segment("registrant"))
    }
    /// Structural property `registrar` (`microsoft.graph.security.whoisContact`), addressed on its own: `GET` or `PATCH` it.
    pub fn registrar(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::WhoisContact> {
        crate::path::PropertyPath::new(self.0.target().segment("registrar"))
    }
    /// Structural property `technical` (`microsoft.graph.security.whoisContact`), addressed on its own: `GET` or `PATCH` it.
    pub fn technical(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::WhoisContact> {
        crate::path::PropertyPath::new(self.0.target().segment("technical"))
    }
    /// Structural property `zone` (`microsoft.graph.security.whoisContact`), addressed on its own: `GET` or `PATCH` it.
    pub fn zone(&self) -> crate::path::PropertyPath<crate::v1::security::WhoisContact> {
        crate::path::PropertyPath::new(self.0.target().segment("zone"))
    }
    /// Navigation property `host` (`microsoft.graph.security.host`).
    pub fn host(
        &self,
    ) -> crate::v1::requests::security::HostPath<crate::path::caps::GetUpdateDeleteRef> {
        crate::v1::requests::security::HostPath::new(self.0.target().segment("host"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::security::AnyWhoisBaseRecord>
for crate::v1::security::WhoisRecord {
    const SEGMENT: &'static str = "microsoft.graph.security.whoisRecord";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::WhoisRecord {
    const SEGMENT: &'static str = "microsoft.graph.security.whoisRecord";
}
