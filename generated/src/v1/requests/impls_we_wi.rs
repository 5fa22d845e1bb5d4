//! Items of `requests` by the first letters of their types' names (`we_wi`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::v1::requests::WebAppPath<C> {
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
impl<C> crate::v1::requests::WebApplicationFirewallProviderPath<C> {
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
impl<C> crate::v1::requests::WebPartPath<C> {
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
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
impl<C> crate::v1::requests::WhatIfAnalysisResultPath<C> {
    /// Structural property `conditions` (`microsoft.graph.conditionalAccessConditionSet`), addressed on its own: `GET` or `PATCH` it.
    pub fn conditions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ConditionalAccessConditionSet> {
        crate::path::PropertyPath::new(self.0.target().segment("conditions"))
    }
    /// Structural property `grantControls` (`microsoft.graph.conditionalAccessGrantControls`), addressed on its own: `GET` or `PATCH` it.
    pub fn grant_controls(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ConditionalAccessGrantControls> {
        crate::path::PropertyPath::new(self.0.target().segment("grantControls"))
    }
    /// Structural property `sessionControls` (`microsoft.graph.conditionalAccessSessionControls`), addressed on its own: `GET` or `PATCH` it.
    pub fn session_controls(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ConditionalAccessSessionControls> {
        crate::path::PropertyPath::new(self.0.target().segment("sessionControls"))
    }
    /// `POST .../restore`: action `microsoft.graph.restore`.
    pub fn restore(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyConditionalAccessPolicy>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("restore"),
            rt::request::NoBody,
        )
    }
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
impl<C> crate::v1::requests::security::WhoisBaseRecordPath<C> {
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
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::v1::requests::security::WhoisHistoryRecordPath<C> {
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
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::v1::requests::Windows10CompliancePolicyPath<C> {
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
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::v1::requests::Windows10CustomConfigurationPath<C> {
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
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::v1::requests::Windows10EnrollmentCompletionPageConfigurationPath<C> {
    /// Containment navigation property `assignments` (`microsoft.graph.enrollmentConfigurationAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::EnrollmentConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::DeviceEnrollmentConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DeviceEnrollmentConfigurationAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../setPriority`: action `microsoft.graph.setPriority`.
    pub fn set_priority(
        &self,
        params: crate::v1::params::DeviceEnrollmentConfigurationSetPriorityParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DeviceEnrollmentConfigurationSetPriorityParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("setPriority"),
            rt::request::Json(params),
        )
    }
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
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::v1::requests::Windows10EnterpriseModernAppManagementConfigurationPath<C> {
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
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::v1::requests::Windows10MobileCompliancePolicyPath<C> {
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
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::v1::requests::Windows10SecureAssessmentConfigurationPath<C> {
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
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::v1::requests::Windows10TeamGeneralConfigurationPath<C> {
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
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::v1::requests::Windows81CompliancePolicyPath<C> {
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
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::v1::requests::Windows81GeneralConfigurationPath<C> {
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
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<
    C,
> crate::v1::requests::WindowsDefenderAdvancedThreatProtectionConfigurationPath<C> {
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
impl<C> crate::v1::requests::WindowsInformationProtectionPath<C> {
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
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::v1::requests::WindowsInformationProtectionPolicyPath<C> {
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
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::v1::requests::WindowsMicrosoftEdgeAppPath<C> {
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
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::v1::requests::WindowsMobileMsiPath<C> {
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
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::v1::requests::WindowsPhone81CompliancePolicyPath<C> {
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
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::v1::requests::WindowsPhone81CustomConfigurationPath<C> {
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
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::v1::requests::WindowsPhone81GeneralConfigurationPath<C> {
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
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::v1::requests::WindowsWebAppPath<C> {
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
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp> for crate::v1::WindowsWebApp {
    const SEGMENT: &'static str = "microsoft.graph.windowsWebApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::WindowsWebApp {
    const SEGMENT: &'static str = "microsoft.graph.windowsWebApp";
}
