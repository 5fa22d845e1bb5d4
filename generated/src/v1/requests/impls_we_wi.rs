//! Items of `requests` by the first letters of their types' names (`we_wi`): split out of the parent module to keep files small (re-exported there).
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
impl dyn crate::v1::requests::WebApplicationFirewallProviderPath {
    /// `POST .../verify`: action `microsoft.graph.verify`.
    #[inline]
    pub fn verify(
        &self,
        params: crate::v1::params::WebApplicationFirewallProviderVerifyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WebApplicationFirewallProviderVerifyParams>,
        rt::request::Entity<crate::v1::WebApplicationFirewallVerificationModel>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("verify"),
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
impl dyn crate::v1::requests::WebApplicationFirewallVerificationModelPath {
    /// Structural property `verificationResult` (`microsoft.graph.webApplicationFirewallVerificationResult`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn verification_result(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::WebApplicationFirewallVerificationResult> {
        crate::path::PropertyPath::new(self.node_target().segment("verificationResult"))
    }
    /// Structural property `verifiedDetails` (`microsoft.graph.webApplicationFirewallVerifiedDetails`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn verified_details(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyWebApplicationFirewallVerifiedDetails> {
        crate::path::PropertyPath::new(self.node_target().segment("verifiedDetails"))
    }
    /// Navigation property `provider` (`microsoft.graph.webApplicationFirewallProvider`).
    #[inline]
    pub fn provider(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyWebApplicationFirewallProvider,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("provider"))
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
impl dyn crate::v1::requests::WebPartPath {
    /// `POST .../getPositionOfWebPart`: action `microsoft.graph.getPositionOfWebPart`.
    #[inline]
    pub fn get_position_of_web_part(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WebPartPosition>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getPositionOfWebPart"),
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
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::WhoisBaseRecordPath {
    /// Structural property `abuse` (`microsoft.graph.security.whoisContact`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn abuse(&self) -> crate::path::PropertyPath<crate::v1::security::WhoisContact> {
        crate::path::PropertyPath::new(self.node_target().segment("abuse"))
    }
    /// Structural property `admin` (`microsoft.graph.security.whoisContact`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn admin(&self) -> crate::path::PropertyPath<crate::v1::security::WhoisContact> {
        crate::path::PropertyPath::new(self.node_target().segment("admin"))
    }
    /// Structural property `billing` (`microsoft.graph.security.whoisContact`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn billing(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::WhoisContact> {
        crate::path::PropertyPath::new(self.node_target().segment("billing"))
    }
    /// Structural property `noc` (`microsoft.graph.security.whoisContact`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn noc(&self) -> crate::path::PropertyPath<crate::v1::security::WhoisContact> {
        crate::path::PropertyPath::new(self.node_target().segment("noc"))
    }
    /// Structural property `registrant` (`microsoft.graph.security.whoisContact`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn registrant(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::WhoisContact> {
        crate::path::PropertyPath::new(self.node_target().segment("registrant"))
    }
    /// Structural property `registrar` (`microsoft.graph.security.whoisContact`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn registrar(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::WhoisContact> {
        crate::path::PropertyPath::new(self.node_target().segment("registrar"))
    }
    /// Structural property `technical` (`microsoft.graph.security.whoisContact`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn technical(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::WhoisContact> {
        crate::path::PropertyPath::new(self.node_target().segment("technical"))
    }
    /// Structural property `zone` (`microsoft.graph.security.whoisContact`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn zone(&self) -> crate::path::PropertyPath<crate::v1::security::WhoisContact> {
        crate::path::PropertyPath::new(self.node_target().segment("zone"))
    }
    /// Navigation property `host` (`microsoft.graph.security.host`).
    #[inline]
    pub fn host(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::AnyHost,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("host"))
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
impl dyn crate::v1::requests::security::WhoisRecordPath {
    /// Navigation property `history` (`microsoft.graph.security.whoisHistoryRecord`).
    #[inline]
    pub fn history(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::WhoisHistoryRecord,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("history"))
    }
    /// Structural property `abuse` (`microsoft.graph.security.whoisContact`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn abuse(&self) -> crate::path::PropertyPath<crate::v1::security::WhoisContact> {
        crate::path::PropertyPath::new(self.node_target().segment("abuse"))
    }
    /// Structural property `admin` (`microsoft.graph.security.whoisContact`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn admin(&self) -> crate::path::PropertyPath<crate::v1::security::WhoisContact> {
        crate::path::PropertyPath::new(self.node_target().segment("admin"))
    }
    /// Structural property `billing` (`microsoft.graph.security.whoisContact`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn billing(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::WhoisContact> {
        crate::path::PropertyPath::new(self.node_target().segment("billing"))
    }
    /// Structural property `noc` (`microsoft.graph.security.whoisContact`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn noc(&self) -> crate::path::PropertyPath<crate::v1::security::WhoisContact> {
        crate::path::PropertyPath::new(self.node_target().segment("noc"))
    }
    /// Structural property `registrant` (`microsoft.graph.security.whoisContact`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn registrant(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::WhoisContact> {
        crate::path::PropertyPath::new(self.node_target().segment("registrant"))
    }
    /// Structural property `registrar` (`microsoft.graph.security.whoisContact`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn registrar(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::WhoisContact> {
        crate::path::PropertyPath::new(self.node_target().segment("registrar"))
    }
    /// Structural property `technical` (`microsoft.graph.security.whoisContact`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn technical(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::WhoisContact> {
        crate::path::PropertyPath::new(self.node_target().segment("technical"))
    }
    /// Structural property `zone` (`microsoft.graph.security.whoisContact`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn zone(&self) -> crate::path::PropertyPath<crate::v1::security::WhoisContact> {
        crate::path::PropertyPath::new(self.node_target().segment("zone"))
    }
    /// Navigation property `host` (`microsoft.graph.security.host`).
    #[inline]
    pub fn host(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::AnyHost,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("host"))
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
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl dyn crate::v1::requests::Win32LobAppPath {
    /// Structural property `installExperience` (`microsoft.graph.win32LobAppInstallExperience`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn install_experience(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::Win32LobAppInstallExperience> {
        crate::path::PropertyPath::new(self.node_target().segment("installExperience"))
    }
    /// Structural property `msiInformation` (`microsoft.graph.win32LobAppMsiInformation`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn msi_information(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::Win32LobAppMsiInformation> {
        crate::path::PropertyPath::new(self.node_target().segment("msiInformation"))
    }
    /// `POST .../enableApplicableArchitectures`: action `microsoft.graph.enableApplicableArchitectures`.
    #[inline]
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
            self.node_target().segment("enableApplicableArchitectures"),
            rt::request::Json(params),
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
impl dyn crate::v1::requests::Windows10EndpointProtectionConfigurationPath {
    /// Structural property `bitLockerRemovableDrivePolicy` (`microsoft.graph.bitLockerRemovableDrivePolicy`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn bit_locker_removable_drive_policy(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::BitLockerRemovableDrivePolicy> {
        crate::path::PropertyPath::new(
            self.node_target().segment("bitLockerRemovableDrivePolicy"),
        )
    }
    /// Structural property `firewallProfileDomain` (`microsoft.graph.windowsFirewallNetworkProfile`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn firewall_profile_domain(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::WindowsFirewallNetworkProfile> {
        crate::path::PropertyPath::new(
            self.node_target().segment("firewallProfileDomain"),
        )
    }
    /// Structural property `firewallProfilePrivate` (`microsoft.graph.windowsFirewallNetworkProfile`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn firewall_profile_private(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::WindowsFirewallNetworkProfile> {
        crate::path::PropertyPath::new(
            self.node_target().segment("firewallProfilePrivate"),
        )
    }
    /// Structural property `firewallProfilePublic` (`microsoft.graph.windowsFirewallNetworkProfile`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn firewall_profile_public(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::WindowsFirewallNetworkProfile> {
        crate::path::PropertyPath::new(
            self.node_target().segment("firewallProfilePublic"),
        )
    }
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SettingStateDeviceSummary,
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
        crate::v1::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::DeviceConfigurationDeviceOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("deviceStatusOverview"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::DeviceConfigurationUserOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("userStatusOverview"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::v1::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::v1::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
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
impl dyn crate::v1::requests::Windows10GeneralConfigurationPath {
    /// Structural property `defenderDetectedMalwareActions` (`microsoft.graph.defenderDetectedMalwareActions`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn defender_detected_malware_actions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DefenderDetectedMalwareActions> {
        crate::path::PropertyPath::new(
            self.node_target().segment("defenderDetectedMalwareActions"),
        )
    }
    /// Structural property `edgeSearchEngine` (`microsoft.graph.edgeSearchEngineBase`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn edge_search_engine(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyEdgeSearchEngineBase> {
        crate::path::PropertyPath::new(self.node_target().segment("edgeSearchEngine"))
    }
    /// Structural property `networkProxyServer` (`microsoft.graph.windows10NetworkProxyServer`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn network_proxy_server(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::Windows10NetworkProxyServer> {
        crate::path::PropertyPath::new(self.node_target().segment("networkProxyServer"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SettingStateDeviceSummary,
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
        crate::v1::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::DeviceConfigurationDeviceOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("deviceStatusOverview"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::DeviceConfigurationUserOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("userStatusOverview"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::v1::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::v1::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
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
impl dyn crate::v1::requests::WindowsAppXPath {
    /// Structural property `minimumSupportedOperatingSystem` (`microsoft.graph.windowsMinimumOperatingSystem`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn minimum_supported_operating_system(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::WindowsMinimumOperatingSystem> {
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
impl dyn crate::v1::requests::WindowsAutopilotDeploymentProfilePath {
    /// Structural property `outOfBoxExperienceSetting` (`microsoft.graph.outOfBoxExperienceSetting`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn out_of_box_experience_setting(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::OutOfBoxExperienceSetting> {
        crate::path::PropertyPath::new(
            self.node_target().segment("outOfBoxExperienceSetting"),
        )
    }
    /// Containment navigation property `assignedDevices` (`microsoft.graph.windowsAutopilotDeviceIdentity`).
    #[inline]
    pub fn assigned_devices(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WindowsAutopilotDeviceIdentity,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignedDevices"))
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
impl dyn crate::v1::requests::WindowsAutopilotDeviceIdentityPath {
    /// Assigns user to Autopilot devices.
    ///
    /// `POST .../assignUserToDevice`: action `microsoft.graph.assignUserToDevice`.
    #[inline]
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
            self.node_target().segment("assignUserToDevice"),
            rt::request::Json(params),
        )
    }
    /// Unassigns the user from an Autopilot device.
    ///
    /// `POST .../unassignUserFromDevice`: action `microsoft.graph.unassignUserFromDevice`.
    #[inline]
    pub fn unassign_user_from_device(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("unassignUserFromDevice"),
            rt::request::NoBody,
        )
    }
    /// Updates properties on Autopilot devices.
    ///
    /// `POST .../updateDeviceProperties`: action `microsoft.graph.updateDeviceProperties`.
    #[inline]
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
            self.node_target().segment("updateDeviceProperties"),
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
impl dyn crate::v1::requests::WindowsHelloForBusinessAuthenticationMethodPath {
    /// Navigation property `device` (`microsoft.graph.device`).
    #[inline]
    pub fn device(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Device,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("device"))
    }
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
impl dyn crate::v1::requests::WindowsInformationProtectionPath {
    /// Structural property `dataRecoveryCertificate` (`microsoft.graph.windowsInformationProtectionDataRecoveryCertificate`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn data_recovery_certificate(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::WindowsInformationProtectionDataRecoveryCertificate,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("dataRecoveryCertificate"),
        )
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
    /// Containment navigation property `exemptAppLockerFiles` (`microsoft.graph.windowsInformationProtectionAppLockerFile`).
    #[inline]
    pub fn exempt_app_locker_files(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WindowsInformationProtectionAppLockerFile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("exemptAppLockerFiles"),
        )
    }
    /// Containment navigation property `protectedAppLockerFiles` (`microsoft.graph.windowsInformationProtectionAppLockerFile`).
    #[inline]
    pub fn protected_app_locker_files(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WindowsInformationProtectionAppLockerFile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("protectedAppLockerFiles"),
        )
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::v1::params::WindowsInformationProtectionAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WindowsInformationProtectionAssignParams>,
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
        params: crate::v1::params::ManagedAppPolicyTargetAppsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ManagedAppPolicyTargetAppsParams>,
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
impl dyn crate::v1::requests::WindowsMalwareInformationPath {
    /// Containment navigation property `deviceMalwareStates` (`microsoft.graph.malwareStateForWindowsDevice`).
    #[inline]
    pub fn device_malware_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MalwareStateForWindowsDevice,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("deviceMalwareStates"),
        )
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
impl dyn crate::v1::requests::WindowsProtectionStatePath {
    /// Containment navigation property `detectedMalwareState` (`microsoft.graph.windowsDeviceMalwareState`).
    #[inline]
    pub fn detected_malware_state(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WindowsDeviceMalwareState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("detectedMalwareState"),
        )
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
impl dyn crate::v1::requests::WindowsSettingPath {
    /// Containment navigation property `instances` (`microsoft.graph.windowsSettingInstance`).
    #[inline]
    pub fn instances(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WindowsSettingInstance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("instances"))
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
impl dyn crate::v1::requests::WindowsUniversalAppXPath {
    /// Structural property `minimumSupportedOperatingSystem` (`microsoft.graph.windowsMinimumOperatingSystem`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn minimum_supported_operating_system(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::WindowsMinimumOperatingSystem> {
        crate::path::PropertyPath::new(
            self.node_target().segment("minimumSupportedOperatingSystem"),
        )
    }
    /// Containment navigation property `committedContainedApps` (`microsoft.graph.mobileContainedApp`).
    #[inline]
    pub fn committed_contained_apps(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyMobileContainedApp,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("committedContainedApps"),
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
impl dyn crate::v1::requests::WindowsUpdateForBusinessConfigurationPath {
    /// Structural property `installationSchedule` (`microsoft.graph.windowsUpdateInstallScheduleType`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn installation_schedule(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyWindowsUpdateInstallScheduleType> {
        crate::path::PropertyPath::new(
            self.node_target().segment("installationSchedule"),
        )
    }
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SettingStateDeviceSummary,
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
        crate::v1::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::DeviceConfigurationDeviceOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("deviceStatusOverview"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::DeviceConfigurationUserOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("userStatusOverview"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::v1::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::v1::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
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
