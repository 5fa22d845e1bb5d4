//! Items of `requests` by the first letters of their types' names (`we_wi`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::WebAccountPath<C> {
    /// Structural property `service` (`microsoft.graph.serviceInformation`), addressed on its own: `GET` or `PATCH` it.
    pub fn service(&self) -> crate::path::PropertyPath<crate::beta::ServiceInformation> {
        crate::path::PropertyPath::new(self.0.target().segment("service"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("createdBy"))
    }
    /// Structural property `inference` (`microsoft.graph.inferenceData`), addressed on its own: `GET` or `PATCH` it.
    pub fn inference(&self) -> crate::path::PropertyPath<crate::beta::InferenceData> {
        crate::path::PropertyPath::new(self.0.target().segment("inference"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("lastModifiedBy"))
    }
    /// Structural property `source` (`microsoft.graph.personDataSources`), addressed on its own: `GET` or `PATCH` it.
    pub fn source(&self) -> crate::path::PropertyPath<crate::beta::PersonDataSources> {
        crate::path::PropertyPath::new(self.0.target().segment("source"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyItemFacet> for crate::beta::WebAccount {
    const SEGMENT: &'static str = "microsoft.graph.webAccount";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::WebAccount {
    const SEGMENT: &'static str = "microsoft.graph.webAccount";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyMobileApp> for crate::beta::WebApp {
    const SEGMENT: &'static str = "microsoft.graph.webApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::WebApp {
    const SEGMENT: &'static str = "microsoft.graph.webApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::WebApp, C> {
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
impl<C> crate::beta::requests::Win32LobAppPath<C> {
    /// Structural property `installExperience` (`microsoft.graph.win32LobAppInstallExperience`), addressed on its own: `GET` or `PATCH` it.
    pub fn install_experience(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::Win32LobAppInstallExperience> {
        crate::path::PropertyPath::new(self.0.target().segment("installExperience"))
    }
    /// Structural property `minimumSupportedOperatingSystem` (`microsoft.graph.windowsMinimumOperatingSystem`), addressed on its own: `GET` or `PATCH` it.
    pub fn minimum_supported_operating_system(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::WindowsMinimumOperatingSystem> {
        crate::path::PropertyPath::new(
            self.0.target().segment("minimumSupportedOperatingSystem"),
        )
    }
    /// Structural property `msiInformation` (`microsoft.graph.win32LobAppMsiInformation`), addressed on its own: `GET` or `PATCH` it.
    pub fn msi_information(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::Win32LobAppMsiInformation> {
        crate::path::PropertyPath::new(self.0.target().segment("msiInformation"))
    }
    /// Containment navigation property `contentVersions` (`microsoft.graph.mobileAppContent`).
    pub fn content_versions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppContent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("contentVersions"))
    }
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::beta::MimeContent> {
        crate::path::PropertyPath::new(self.0.target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("categories"))
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.mobileAppInstallStatus`).
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppInstallStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceStatuses"))
    }
    /// Containment navigation property `installSummary` (`microsoft.graph.mobileAppInstallSummary`).
    pub fn install_summary(
        &self,
    ) -> crate::beta::requests::MobileAppInstallSummaryPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::MobileAppInstallSummaryPath::new(
            self.0.target().segment("installSummary"),
        )
    }
    /// Containment navigation property `relationships` (`microsoft.graph.mobileAppRelationship`).
    pub fn relationships(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyMobileAppRelationship,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("relationships"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.userAppInstallStatus`).
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserAppInstallStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userStatuses"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getRelatedAppStates`: function `microsoft.graph.getRelatedAppStates`.
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
                .0
                .target()
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
    pub fn update_relationships(
        &self,
        params: crate::beta::params::MobileAppUpdateRelationshipsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MobileAppUpdateRelationshipsParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("updateRelationships"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyMobileLobApp>
for crate::beta::Win32LobApp {
    const SEGMENT: &'static str = "microsoft.graph.win32LobApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyMobileApp> for crate::beta::Win32LobApp {
    const SEGMENT: &'static str = "microsoft.graph.win32LobApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Win32LobApp {
    const SEGMENT: &'static str = "microsoft.graph.win32LobApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::Win32LobApp, C> {
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
impl crate::path::DerivedFrom<crate::beta::AnyWindowsCertificateProfileBase>
for crate::beta::AnyWindows10CertificateProfileBase {
    const SEGMENT: &'static str = "microsoft.graph.windows10CertificateProfileBase";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::AnyWindows10CertificateProfileBase {
    const SEGMENT: &'static str = "microsoft.graph.windows10CertificateProfileBase";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyWindows10CertificateProfileBase {
    const SEGMENT: &'static str = "microsoft.graph.windows10CertificateProfileBase";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::AnyWindows10CertificateProfileBase, C> {
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
impl<C> crate::beta::requests::Windows10CompliancePolicyPath<C> {
    /// Structural property `deviceCompliancePolicyScript` (`microsoft.graph.deviceCompliancePolicyScript`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_compliance_policy_script(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceCompliancePolicyScript> {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceCompliancePolicyScript"),
        )
    }
    /// Containment navigation property `assignments` (`microsoft.graph.deviceCompliancePolicyAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceCompliancePolicyAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SettingStateDeviceSummary,
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
        crate::beta::DeviceComplianceDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceComplianceDeviceOverview`).
    pub fn device_status_overview(
        &self,
    ) -> crate::beta::requests::DeviceComplianceDeviceOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceComplianceDeviceOverviewPath::new(
            self.0.target().segment("deviceStatusOverview"),
        )
    }
    /// Containment navigation property `scheduledActionsForRule` (`microsoft.graph.deviceComplianceScheduledActionForRule`).
    pub fn scheduled_actions_for_rule(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceComplianceScheduledActionForRule,
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
        crate::beta::DeviceComplianceUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceComplianceUserOverview`).
    pub fn user_status_overview(
        &self,
    ) -> crate::beta::requests::DeviceComplianceUserOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceComplianceUserOverviewPath::new(
            self.0.target().segment("userStatusOverview"),
        )
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceCompliancePolicyAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeviceCompliancePolicyAssignParams>,
        rt::request::Collection<crate::beta::DeviceCompliancePolicyAssignment>,
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
        params: crate::beta::params::DeviceCompliancePolicyScheduleActionsForRulesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceCompliancePolicyScheduleActionsForRulesParams,
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
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceCompliancePolicy>
for crate::beta::Windows10CompliancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.windows10CompliancePolicy";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::Windows10CompliancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.windows10CompliancePolicy";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::Windows10CompliancePolicy, C> {
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
for crate::beta::Windows10CustomConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows10CustomConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::Windows10CustomConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows10CustomConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::Windows10CustomConfiguration, C> {
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
for crate::beta::Windows10DeviceFirmwareConfigurationInterface {
    const SEGMENT: &'static str = "microsoft.graph.windows10DeviceFirmwareConfigurationInterface";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::Windows10DeviceFirmwareConfigurationInterface {
    const SEGMENT: &'static str = "microsoft.graph.windows10DeviceFirmwareConfigurationInterface";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<
    crate::beta::Windows10DeviceFirmwareConfigurationInterface,
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
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEasEmailProfileConfigurationBase>
for crate::beta::Windows10EasEmailProfileConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows10EasEmailProfileConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::Windows10EasEmailProfileConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows10EasEmailProfileConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::Windows10EasEmailProfileConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows10EasEmailProfileConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<crate::beta::Windows10EasEmailProfileConfiguration, C> {
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
impl<C> crate::beta::requests::Windows10EndpointProtectionConfigurationPath<C> {
    /// Structural property `bitLockerFixedDrivePolicy` (`microsoft.graph.bitLockerFixedDrivePolicy`), addressed on its own: `GET` or `PATCH` it.
    pub fn bit_locker_fixed_drive_policy(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::BitLockerFixedDrivePolicy> {
        crate::path::PropertyPath::new(
            self.0.target().segment("bitLockerFixedDrivePolicy"),
        )
    }
    /// Structural property `bitLockerRemovableDrivePolicy` (`microsoft.graph.bitLockerRemovableDrivePolicy`), addressed on its own: `GET` or `PATCH` it.
    pub fn bit_locker_removable_drive_policy(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::BitLockerRemovableDrivePolicy> {
        crate::path::PropertyPath::new(
            self.0.target().segment("bitLockerRemovableDrivePolicy"),
        )
    }
    /// Structural property `bitLockerSystemDrivePolicy` (`microsoft.graph.bitLockerSystemDrivePolicy`), addressed on its own: `GET` or `PATCH` it.
    pub fn bit_locker_system_drive_policy(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::BitLockerSystemDrivePolicy> {
        crate::path::PropertyPath::new(
            self.0.target().segment("bitLockerSystemDrivePolicy"),
        )
    }
    /// Structural property `defenderDetectedMalwareActions` (`microsoft.graph.defenderDetectedMalwareActions`), addressed on its own: `GET` or `PATCH` it.
    pub fn defender_detected_malware_actions(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DefenderDetectedMalwareActions> {
        crate::path::PropertyPath::new(
            self.0.target().segment("defenderDetectedMalwareActions"),
        )
    }
    /// Structural property `firewallProfileDomain` (`microsoft.graph.windowsFirewallNetworkProfile`), addressed on its own: `GET` or `PATCH` it.
    pub fn firewall_profile_domain(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::WindowsFirewallNetworkProfile> {
        crate::path::PropertyPath::new(self.0.target().segment("firewallProfileDomain"))
    }
    /// Structural property `firewallProfilePrivate` (`microsoft.graph.windowsFirewallNetworkProfile`), addressed on its own: `GET` or `PATCH` it.
    pub fn firewall_profile_private(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::WindowsFirewallNetworkProfile> {
        crate::path::PropertyPath::new(self.0.target().segment("firewallProfilePrivate"))
    }
    /// Structural property `firewallProfilePublic` (`microsoft.graph.windowsFirewallNetworkProfile`), addressed on its own: `GET` or `PATCH` it.
    pub fn firewall_profile_public(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::WindowsFirewallNetworkProfile> {
        crate::path::PropertyPath::new(self.0.target().segment("firewallProfilePublic"))
    }
    /// Structural property `userRightsAccessCredentialManagerAsTrustedCaller` (`microsoft.graph.deviceManagementUserRightsSetting`), addressed on its own: `GET` or `PATCH` it.
    pub fn user_rights_access_credential_manager_as_trusted_caller(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceManagementUserRightsSetting> {
        crate::path::PropertyPath::new(
            self.0.target().segment("userRightsAccessCredentialManagerAsTrustedCaller"),
        )
    }
    /// Structural property `userRightsActAsPartOfTheOperatingSystem` (`microsoft.graph.deviceManagementUserRightsSetting`), addressed on its own: `GET` or `PATCH` it.
    pub fn user_rights_act_as_part_of_the_operating_system(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceManagementUserRightsSetting> {
        crate::path::PropertyPath::new(
            self.0.target().segment("userRightsActAsPartOfTheOperatingSystem"),
        )
    }
    /// Structural property `userRightsAllowAccessFromNetwork` (`microsoft.graph.deviceManagementUserRightsSetting`), addressed on its own: `GET` or `PATCH` it.
    pub fn user_rights_allow_access_from_network(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceManagementUserRightsSetting> {
        crate::path::PropertyPath::new(
            self.0.target().segment("userRightsAllowAccessFromNetwork"),
        )
    }
    /// Structural property `userRightsBackupData` (`microsoft.graph.deviceManagementUserRightsSetting`), addressed on its own: `GET` or `PATCH` it.
    pub fn user_rights_backup_data(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceManagementUserRightsSetting> {
        crate::path::PropertyPath::new(self.0.target().segment("userRightsBackupData"))
    }
    /// Structural property `userRightsBlockAccessFromNetwork` (`microsoft.graph.deviceManagementUserRightsSetting`), addressed on its own: `GET` or `PATCH` it.
    pub fn user_rights_block_access_from_network(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceManagementUserRightsSetting> {
        crate::path::PropertyPath::new(
            self.0.target().segment("userRightsBlockAccessFromNetwork"),
        )
    }
    /// Structural property `userRightsChangeSystemTime` (`microsoft.graph.deviceManagementUserRightsSetting`), addressed on its own: `GET` or `PATCH` it.
    pub fn user_rights_change_system_time(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceManagementUserRightsSetting> {
        crate::path::PropertyPath::new(
            self.0.target().segment("userRightsChangeSystemTime"),
        )
    }
    /// Structural property `userRightsCreateGlobalObjects` (`microsoft.graph.deviceManagementUserRightsSetting`), addressed on its own: `GET` or `PATCH` it.
    pub fn user_rights_create_global_objects(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceManagementUserRightsSetting> {
        crate::path::PropertyPath::new(
            self.0.target().segment("userRightsCreateGlobalObjects"),
        )
    }
    /// Structural property `userRightsCreatePageFile` (`microsoft.graph.deviceManagementUserRightsSetting`), addressed on its own: `GET` or `PATCH` it.
    pub fn user_rights_create_page_file(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceManagementUserRightsSetting> {
        crate::path::PropertyPath::new(
            self.0.target().segment("userRightsCreatePageFile"),
        )
    }
    /// Structural property `userRightsCreatePermanentSharedObjects` (`microsoft.graph.deviceManagementUserRightsSetting`), addressed on its own: `GET` or `PATCH` it.
    pub fn user_rights_create_permanent_shared_objects(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceManagementUserRightsSetting> {
        crate::path::PropertyPath::new(
            self.0.target().segment("userRightsCreatePermanentSharedObjects"),
        )
    }
    /// Structural property `userRightsCreateSymbolicLinks` (`microsoft.graph.deviceManagementUserRightsSetting`), addressed on its own: `GET` or `PATCH` it.
    pub fn user_rights_create_symbolic_links(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceManagementUserRightsSetting> {
        crate::path::PropertyPath::new(
            self.0.target().segment("userRightsCreateSymbolicLinks"),
        )
    }
    /// Structural property `userRightsCreateToken` (`microsoft.graph.deviceManagementUserRightsSetting`), addressed on its own: `GET` or `PATCH` it.
    pub fn user_rights_create_token(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceManagementUserRightsSetting> {
        crate::path::PropertyPath::new(self.0.target().segment("userRightsCreateToken"))
    }
    /// Structural property `userRightsDebugPrograms` (`microsoft.graph.deviceManagementUserRightsSetting`), addressed on its own: `GET` or `PATCH` it.
    pub fn user_rights_debug_programs(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceManagementUserRightsSetting> {
        crate::path::PropertyPath::new(
            self.0.target().segment("userRightsDebugPrograms"),
        )
    }
    /// Structural property `userRightsDelegation` (`microsoft.graph.deviceManagementUserRightsSetting`), addressed on its own: `GET` or `PATCH` it.
    pub fn user_rights_delegation(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceManagementUserRightsSetting> {
        crate::path::PropertyPath::new(self.0.target().segment("userRightsDelegation"))
    }
    /// Structural property `userRightsDenyLocalLogOn` (`microsoft.graph.deviceManagementUserRightsSetting`), addressed on its own: `GET` or `PATCH` it.
    pub fn user_rights_deny_local_log_on(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceManagementUserRightsSetting> {
        crate::path::PropertyPath::new(
            self.0.target().segment("userRightsDenyLocalLogOn"),
        )
    }
    /// Structural property `userRightsGenerateSecurityAudits` (`microsoft.graph.deviceManagementUserRightsSetting`), addressed on its own: `GET` or `PATCH` it.
    pub fn user_rights_generate_security_audits(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceManagementUserRightsSetting> {
        crate::path::PropertyPath::new(
            self.0.target().segment("userRightsGenerateSecurityAudits"),
        )
    }
    /// Structural property `userRightsImpersonateClient` (`microsoft.graph.deviceManagementUserRightsSetting`), addressed on its own: `GET` or `PATCH` it.
    pub fn user_rights_impersonate_client(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceManagementUserRightsSetting> {
        crate::path::PropertyPath::new(
            self.0.target().segment("userRightsImpersonateClient"),
        )
    }
    /// Structural property `userRightsIncreaseSchedulingPriority` (`microsoft.graph.deviceManagementUserRightsSetting`), addressed on its own: `GET` or `PATCH` it.
    pub fn user_rights_increase_scheduling_priority(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceManagementUserRightsSetting> {
        crate::path::PropertyPath::new(
            self.0.target().segment("userRightsIncreaseSchedulingPriority"),
        )
    }
    /// Structural property `userRightsLoadUnloadDrivers` (`microsoft.graph.deviceManagementUserRightsSetting`), addressed on its own: `GET` or `PATCH` it.
    pub fn user_rights_load_unload_drivers(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceManagementUserRightsSetting> {
        crate::path::PropertyPath::new(
            self.0.target().segment("userRightsLoadUnloadDrivers"),
        )
    }
    /// Structural property `userRightsLocalLogOn` (`microsoft.graph.deviceManagementUserRightsSetting`), addressed on its own: `GET` or `PATCH` it.
    pub fn user_rights_local_log_on(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceManagementUserRightsSetting> {
        crate::path::PropertyPath::new(self.0.target().segment("userRightsLocalLogOn"))
    }
    /// Structural property `userRightsLockMemory` (`microsoft.graph.deviceManagementUserRightsSetting`), addressed on its own: `GET` or `PATCH` it.
    pub fn user_rights_lock_memory(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceManagementUserRightsSetting> {
        crate::path::PropertyPath::new(self.0.target().segment("userRightsLockMemory"))
    }
    /// Structural property `userRightsManageAuditingAndSecurityLogs` (`microsoft.graph.deviceManagementUserRightsSetting`), addressed on its own: `GET` or `PATCH` it.
    pub fn user_rights_manage_auditing_and_security_logs(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceManagementUserRightsSetting> {
        crate::path::PropertyPath::new(
            self.0.target().segment("userRightsManageAuditingAndSecurityLogs"),
        )
    }
    /// Structural property `userRightsManageVolumes` (`microsoft.graph.deviceManagementUserRightsSetting`), addressed on its own: `GET` or `PATCH` it.
    pub fn user_rights_manage_volumes(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceManagementUserRightsSetting> {
        crate::path::PropertyPath::new(
            self.0.target().segment("userRightsManageVolumes"),
        )
    }
    /// Structural property `userRightsModifyFirmwareEnvironment` (`microsoft.graph.deviceManagementUserRightsSetting`), addressed on its own: `GET` or `PATCH` it.
    pub fn user_rights_modify_firmware_environment(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceManagementUserRightsSetting> {
        crate::path::PropertyPath::new(
            self.0.target().segment("userRightsModifyFirmwareEnvironment"),
        )
    }
    /// Structural property `userRightsModifyObjectLabels` (`microsoft.graph.deviceManagementUserRightsSetting`), addressed on its own: `GET` or `PATCH` it.
    pub fn user_rights_modify_object_labels(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceManagementUserRightsSetting> {
        crate::path::PropertyPath::new(
            self.0.target().segment("userRightsModifyObjectLabels"),
        )
    }
    /// Structural property `userRightsProfileSingleProcess` (`microsoft.graph.deviceManagementUserRightsSetting`), addressed on its own: `GET` or `PATCH` it.
    pub fn user_rights_profile_single_process(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceManagementUserRightsSetting> {
        crate::path::PropertyPath::new(
            self.0.target().segment("userRightsProfileSingleProcess"),
        )
    }
    /// Structural property `userRightsRemoteDesktopServicesLogOn` (`microsoft.graph.deviceManagementUserRightsSetting`), addressed on its own: `GET` or `PATCH` it.
    pub fn user_rights_remote_desktop_services_log_on(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceManagementUserRightsSetting> {
        crate::path::PropertyPath::new(
            self.0.target().segment("userRightsRemoteDesktopServicesLogOn"),
        )
    }
    /// Structural property `userRightsRemoteShutdown` (`microsoft.graph.deviceManagementUserRightsSetting`), addressed on its own: `GET` or `PATCH` it.
    pub fn user_rights_remote_shutdown(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceManagementUserRightsSetting> {
        crate::path::PropertyPath::new(
            self.0.target().segment("userRightsRemoteShutdown"),
        )
    }
    /// Structural property `userRightsRestoreData` (`microsoft.graph.deviceManagementUserRightsSetting`), addressed on its own: `GET` or `PATCH` it.
    pub fn user_rights_restore_data(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceManagementUserRightsSetting> {
        crate::path::PropertyPath::new(self.0.target().segment("userRightsRestoreData"))
    }
    /// Structural property `userRightsTakeOwnership` (`microsoft.graph.deviceManagementUserRightsSetting`), addressed on its own: `GET` or `PATCH` it.
    pub fn user_rights_take_ownership(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceManagementUserRightsSetting> {
        crate::path::PropertyPath::new(
            self.0.target().segment("userRightsTakeOwnership"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleDeviceMode` (`microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleDeviceMode,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleDeviceMode"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsEdition` (`microsoft.graph.deviceManagementApplicabilityRuleOsEdition`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_os_edition(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsEdition,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleOsEdition"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsVersion` (`microsoft.graph.deviceManagementApplicabilityRuleOsVersion`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_os_version(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsVersion,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleOsVersion"),
        )
    }
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SettingStateDeviceSummary,
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
        crate::beta::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    pub fn device_status_overview(
        &self,
    ) -> crate::beta::requests::DeviceConfigurationDeviceOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceConfigurationDeviceOverviewPath::new(
            self.0.target().segment("deviceStatusOverview"),
        )
    }
    /// Containment navigation property `groupAssignments` (`microsoft.graph.deviceConfigurationGroupAssignment`).
    pub fn group_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationGroupAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("groupAssignments"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    pub fn user_status_overview(
        &self,
    ) -> crate::beta::requests::DeviceConfigurationUserOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceConfigurationUserOverviewPath::new(
            self.0.target().segment("userStatusOverview"),
        )
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::beta::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../assignedAccessMultiModeProfiles`: action `microsoft.graph.assignedAccessMultiModeProfiles`.
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
            self.0.target().segment("assignedAccessMultiModeProfiles"),
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
    /// `POST .../windowsPrivacyAccessControls`: action `microsoft.graph.windowsPrivacyAccessControls`.
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
            self.0.target().segment("windowsPrivacyAccessControls"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::Windows10EndpointProtectionConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows10EndpointProtectionConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::Windows10EndpointProtectionConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows10EndpointProtectionConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<crate::beta::Windows10EndpointProtectionConfiguration, C> {
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
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceEnrollmentConfiguration>
for crate::beta::Windows10EnrollmentCompletionPageConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows10EnrollmentCompletionPageConfiguration";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::Windows10EnrollmentCompletionPageConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows10EnrollmentCompletionPageConfiguration";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<
    C,
> crate::path::CollectionPath<
    crate::beta::Windows10EnrollmentCompletionPageConfiguration,
    C,
> {
    /// `POST .../hasPayloadLinks`: action `microsoft.graph.hasPayloadLinks`.
    pub fn has_payload_links(
        &self,
        params: crate::beta::params::DeviceEnrollmentConfigurationCollectionHasPayloadLinksParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceEnrollmentConfigurationCollectionHasPayloadLinksParams,
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
impl crate::path::DerivedFrom<crate::beta::AnyPolicySetItem>
for crate::beta::Windows10EnrollmentCompletionPageConfigurationPolicySetItem {
    const SEGMENT: &'static str = "microsoft.graph.windows10EnrollmentCompletionPageConfigurationPolicySetItem";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::Windows10EnrollmentCompletionPageConfigurationPolicySetItem {
    const SEGMENT: &'static str = "microsoft.graph.windows10EnrollmentCompletionPageConfigurationPolicySetItem";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::Windows10EnterpriseModernAppManagementConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows10EnterpriseModernAppManagementConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::Windows10EnterpriseModernAppManagementConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows10EnterpriseModernAppManagementConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<
    crate::beta::Windows10EnterpriseModernAppManagementConfiguration,
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
impl<C> crate::beta::requests::Windows10GeneralConfigurationPath<C> {
    /// Structural property `defenderDetectedMalwareActions` (`microsoft.graph.defenderDetectedMalwareActions`), addressed on its own: `GET` or `PATCH` it.
    pub fn defender_detected_malware_actions(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DefenderDetectedMalwareActions> {
        crate::path::PropertyPath::new(
            self.0.target().segment("defenderDetectedMalwareActions"),
        )
    }
    /// Structural property `edgeHomeButtonConfiguration` (`microsoft.graph.edgeHomeButtonConfiguration`), addressed on its own: `GET` or `PATCH` it.
    pub fn edge_home_button_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyEdgeHomeButtonConfiguration> {
        crate::path::PropertyPath::new(
            self.0.target().segment("edgeHomeButtonConfiguration"),
        )
    }
    /// Structural property `edgeSearchEngine` (`microsoft.graph.edgeSearchEngineBase`), addressed on its own: `GET` or `PATCH` it.
    pub fn edge_search_engine(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyEdgeSearchEngineBase> {
        crate::path::PropertyPath::new(self.0.target().segment("edgeSearchEngine"))
    }
    /// Structural property `networkProxyServer` (`microsoft.graph.windows10NetworkProxyServer`), addressed on its own: `GET` or `PATCH` it.
    pub fn network_proxy_server(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::Windows10NetworkProxyServer> {
        crate::path::PropertyPath::new(self.0.target().segment("networkProxyServer"))
    }
    /// Structural property `windows10AppsForceUpdateSchedule` (`microsoft.graph.windows10AppsForceUpdateSchedule`), addressed on its own: `GET` or `PATCH` it.
    pub fn windows10_apps_force_update_schedule(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::Windows10AppsForceUpdateSchedule> {
        crate::path::PropertyPath::new(
            self.0.target().segment("windows10AppsForceUpdateSchedule"),
        )
    }
    /// Containment navigation property `privacyAccessControls` (`microsoft.graph.windowsPrivacyDataAccessControlItem`).
    pub fn privacy_access_controls(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::WindowsPrivacyDataAccessControlItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("privacyAccessControls"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleDeviceMode` (`microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleDeviceMode,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleDeviceMode"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsEdition` (`microsoft.graph.deviceManagementApplicabilityRuleOsEdition`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_os_edition(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsEdition,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleOsEdition"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsVersion` (`microsoft.graph.deviceManagementApplicabilityRuleOsVersion`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_os_version(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsVersion,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleOsVersion"),
        )
    }
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SettingStateDeviceSummary,
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
        crate::beta::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    pub fn device_status_overview(
        &self,
    ) -> crate::beta::requests::DeviceConfigurationDeviceOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceConfigurationDeviceOverviewPath::new(
            self.0.target().segment("deviceStatusOverview"),
        )
    }
    /// Containment navigation property `groupAssignments` (`microsoft.graph.deviceConfigurationGroupAssignment`).
    pub fn group_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationGroupAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("groupAssignments"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    pub fn user_status_overview(
        &self,
    ) -> crate::beta::requests::DeviceConfigurationUserOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceConfigurationUserOverviewPath::new(
            self.0.target().segment("userStatusOverview"),
        )
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::beta::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../assignedAccessMultiModeProfiles`: action `microsoft.graph.assignedAccessMultiModeProfiles`.
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
            self.0.target().segment("assignedAccessMultiModeProfiles"),
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
    /// `POST .../windowsPrivacyAccessControls`: action `microsoft.graph.windowsPrivacyAccessControls`.
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
            self.0.target().segment("windowsPrivacyAccessControls"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::Windows10GeneralConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows10GeneralConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::Windows10GeneralConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows10GeneralConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::Windows10GeneralConfiguration, C> {
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
impl<C> crate::beta::requests::Windows10ImportedPfxCertificateProfilePath<C> {
    /// Containment navigation property `managedDeviceCertificateStates` (`microsoft.graph.managedDeviceCertificateState`).
    pub fn managed_device_certificate_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ManagedDeviceCertificateState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("managedDeviceCertificateStates"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleDeviceMode` (`microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleDeviceMode,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleDeviceMode"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsEdition` (`microsoft.graph.deviceManagementApplicabilityRuleOsEdition`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_os_edition(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsEdition,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleOsEdition"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsVersion` (`microsoft.graph.deviceManagementApplicabilityRuleOsVersion`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_os_version(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsVersion,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleOsVersion"),
        )
    }
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SettingStateDeviceSummary,
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
        crate::beta::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    pub fn device_status_overview(
        &self,
    ) -> crate::beta::requests::DeviceConfigurationDeviceOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceConfigurationDeviceOverviewPath::new(
            self.0.target().segment("deviceStatusOverview"),
        )
    }
    /// Containment navigation property `groupAssignments` (`microsoft.graph.deviceConfigurationGroupAssignment`).
    pub fn group_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationGroupAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("groupAssignments"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    pub fn user_status_overview(
        &self,
    ) -> crate::beta::requests::DeviceConfigurationUserOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceConfigurationUserOverviewPath::new(
            self.0.target().segment("userStatusOverview"),
        )
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::beta::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../assignedAccessMultiModeProfiles`: action `microsoft.graph.assignedAccessMultiModeProfiles`.
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
            self.0.target().segment("assignedAccessMultiModeProfiles"),
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
    /// `POST .../windowsPrivacyAccessControls`: action `microsoft.graph.windowsPrivacyAccessControls`.
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
            self.0.target().segment("windowsPrivacyAccessControls"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyWindowsCertificateProfileBase>
for crate::beta::Windows10ImportedPfxCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.windows10ImportedPFXCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::Windows10ImportedPfxCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.windows10ImportedPFXCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::Windows10ImportedPfxCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.windows10ImportedPFXCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<crate::beta::Windows10ImportedPfxCertificateProfile, C> {
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
for crate::beta::Windows10MobileCompliancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.windows10MobileCompliancePolicy";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::Windows10MobileCompliancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.windows10MobileCompliancePolicy";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::Windows10MobileCompliancePolicy, C> {
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::Windows10NetworkBoundaryConfigurationPath<C> {
    /// Structural property `windowsNetworkIsolationPolicy` (`microsoft.graph.windowsNetworkIsolationPolicy`), addressed on its own: `GET` or `PATCH` it.
    pub fn windows_network_isolation_policy(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::WindowsNetworkIsolationPolicy> {
        crate::path::PropertyPath::new(
            self.0.target().segment("windowsNetworkIsolationPolicy"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleDeviceMode` (`microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleDeviceMode,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleDeviceMode"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsEdition` (`microsoft.graph.deviceManagementApplicabilityRuleOsEdition`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_os_edition(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsEdition,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleOsEdition"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsVersion` (`microsoft.graph.deviceManagementApplicabilityRuleOsVersion`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_os_version(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsVersion,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleOsVersion"),
        )
    }
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SettingStateDeviceSummary,
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
        crate::beta::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    pub fn device_status_overview(
        &self,
    ) -> crate::beta::requests::DeviceConfigurationDeviceOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceConfigurationDeviceOverviewPath::new(
            self.0.target().segment("deviceStatusOverview"),
        )
    }
    /// Containment navigation property `groupAssignments` (`microsoft.graph.deviceConfigurationGroupAssignment`).
    pub fn group_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationGroupAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("groupAssignments"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    pub fn user_status_overview(
        &self,
    ) -> crate::beta::requests::DeviceConfigurationUserOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceConfigurationUserOverviewPath::new(
            self.0.target().segment("userStatusOverview"),
        )
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::beta::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../assignedAccessMultiModeProfiles`: action `microsoft.graph.assignedAccessMultiModeProfiles`.
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
            self.0.target().segment("assignedAccessMultiModeProfiles"),
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
    /// `POST .../windowsPrivacyAccessControls`: action `microsoft.graph.windowsPrivacyAccessControls`.
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
            self.0.target().segment("windowsPrivacyAccessControls"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::Windows10NetworkBoundaryConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows10NetworkBoundaryConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::Windows10NetworkBoundaryConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows10NetworkBoundaryConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<crate::beta::Windows10NetworkBoundaryConfiguration, C> {
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
for crate::beta::Windows10PfxImportCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.windows10PFXImportCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::Windows10PfxImportCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.windows10PFXImportCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<crate::beta::Windows10PfxImportCertificateProfile, C> {
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
impl<C> crate::beta::requests::Windows10PkcsCertificateProfilePath<C> {
    /// Containment navigation property `managedDeviceCertificateStates` (`microsoft.graph.managedDeviceCertificateState`).
    pub fn managed_device_certificate_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ManagedDeviceCertificateState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("managedDeviceCertificateStates"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleDeviceMode` (`microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleDeviceMode,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleDeviceMode"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsEdition` (`microsoft.graph.deviceManagementApplicabilityRuleOsEdition`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_os_edition(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsEdition,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleOsEdition"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsVersion` (`microsoft.graph.deviceManagementApplicabilityRuleOsVersion`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_os_version(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsVersion,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleOsVersion"),
        )
    }
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SettingStateDeviceSummary,
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
        crate::beta::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    pub fn device_status_overview(
        &self,
    ) -> crate::beta::requests::DeviceConfigurationDeviceOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceConfigurationDeviceOverviewPath::new(
            self.0.target().segment("deviceStatusOverview"),
        )
    }
    /// Containment navigation property `groupAssignments` (`microsoft.graph.deviceConfigurationGroupAssignment`).
    pub fn group_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationGroupAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("groupAssignments"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    pub fn user_status_overview(
        &self,
    ) -> crate::beta::requests::DeviceConfigurationUserOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceConfigurationUserOverviewPath::new(
            self.0.target().segment("userStatusOverview"),
        )
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::beta::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../assignedAccessMultiModeProfiles`: action `microsoft.graph.assignedAccessMultiModeProfiles`.
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
            self.0.target().segment("assignedAccessMultiModeProfiles"),
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
    /// `POST .../windowsPrivacyAccessControls`: action `microsoft.graph.windowsPrivacyAccessControls`.
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
            self.0.target().segment("windowsPrivacyAccessControls"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyWindows10CertificateProfileBase>
for crate::beta::Windows10PkcsCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.windows10PkcsCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyWindowsCertificateProfileBase>
for crate::beta::Windows10PkcsCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.windows10PkcsCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::Windows10PkcsCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.windows10PkcsCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::Windows10PkcsCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.windows10PkcsCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::Windows10PkcsCertificateProfile, C> {
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
for crate::beta::Windows10SecureAssessmentConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows10SecureAssessmentConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::Windows10SecureAssessmentConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows10SecureAssessmentConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<crate::beta::Windows10SecureAssessmentConfiguration, C> {
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
for crate::beta::Windows10TeamGeneralConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows10TeamGeneralConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::Windows10TeamGeneralConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows10TeamGeneralConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::Windows10TeamGeneralConfiguration, C> {
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
impl<C> crate::beta::requests::Windows10VpnConfigurationPath<C> {
    /// Structural property `cryptographySuite` (`microsoft.graph.cryptographySuite`), addressed on its own: `GET` or `PATCH` it.
    pub fn cryptography_suite(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::CryptographySuite> {
        crate::path::PropertyPath::new(self.0.target().segment("cryptographySuite"))
    }
    /// Structural property `proxyServer` (`microsoft.graph.windows10VpnProxyServer`), addressed on its own: `GET` or `PATCH` it.
    pub fn proxy_server(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::Windows10VpnProxyServer> {
        crate::path::PropertyPath::new(self.0.target().segment("proxyServer"))
    }
    /// Structural property `singleSignOnEku` (`microsoft.graph.extendedKeyUsage`), addressed on its own: `GET` or `PATCH` it.
    pub fn single_sign_on_eku(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ExtendedKeyUsage> {
        crate::path::PropertyPath::new(self.0.target().segment("singleSignOnEku"))
    }
    /// Navigation property `identityCertificate` (`microsoft.graph.windowsCertificateProfileBase`).
    pub fn identity_certificate(
        &self,
    ) -> crate::beta::requests::WindowsCertificateProfileBasePath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::WindowsCertificateProfileBasePath::new(
            self.0.target().segment("identityCertificate"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleDeviceMode` (`microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleDeviceMode,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleDeviceMode"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsEdition` (`microsoft.graph.deviceManagementApplicabilityRuleOsEdition`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_os_edition(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsEdition,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleOsEdition"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsVersion` (`microsoft.graph.deviceManagementApplicabilityRuleOsVersion`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_os_version(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsVersion,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleOsVersion"),
        )
    }
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SettingStateDeviceSummary,
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
        crate::beta::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    pub fn device_status_overview(
        &self,
    ) -> crate::beta::requests::DeviceConfigurationDeviceOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceConfigurationDeviceOverviewPath::new(
            self.0.target().segment("deviceStatusOverview"),
        )
    }
    /// Containment navigation property `groupAssignments` (`microsoft.graph.deviceConfigurationGroupAssignment`).
    pub fn group_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationGroupAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("groupAssignments"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    pub fn user_status_overview(
        &self,
    ) -> crate::beta::requests::DeviceConfigurationUserOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceConfigurationUserOverviewPath::new(
            self.0.target().segment("userStatusOverview"),
        )
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::beta::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../assignedAccessMultiModeProfiles`: action `microsoft.graph.assignedAccessMultiModeProfiles`.
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
            self.0.target().segment("assignedAccessMultiModeProfiles"),
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
    /// `POST .../windowsPrivacyAccessControls`: action `microsoft.graph.windowsPrivacyAccessControls`.
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
            self.0.target().segment("windowsPrivacyAccessControls"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyWindowsVpnConfiguration>
for crate::beta::Windows10VpnConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows10VpnConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::Windows10VpnConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows10VpnConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::Windows10VpnConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows10VpnConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::Windows10VpnConfiguration, C> {
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
impl crate::path::DerivedFrom<crate::beta::AnyDeviceManagementResourceAccessProfileBase>
for crate::beta::AnyWindows10XCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.windows10XCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyWindows10XCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.windows10XCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyWindows10XCertificateProfile>
for crate::beta::Windows10XscepCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.windows10XSCEPCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceManagementResourceAccessProfileBase>
for crate::beta::Windows10XscepCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.windows10XSCEPCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::Windows10XscepCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.windows10XSCEPCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceManagementResourceAccessProfileBase>
for crate::beta::Windows10XTrustedRootCertificate {
    const SEGMENT: &'static str = "microsoft.graph.windows10XTrustedRootCertificate";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::Windows10XTrustedRootCertificate {
    const SEGMENT: &'static str = "microsoft.graph.windows10XTrustedRootCertificate";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceManagementResourceAccessProfileBase>
for crate::beta::Windows10XVpnConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows10XVpnConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::Windows10XVpnConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows10XVpnConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceManagementResourceAccessProfileBase>
for crate::beta::Windows10XWifiConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows10XWifiConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::Windows10XWifiConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows10XWifiConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyWindowsCertificateProfileBase>
for crate::beta::AnyWindows81CertificateProfileBase {
    const SEGMENT: &'static str = "microsoft.graph.windows81CertificateProfileBase";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::AnyWindows81CertificateProfileBase {
    const SEGMENT: &'static str = "microsoft.graph.windows81CertificateProfileBase";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyWindows81CertificateProfileBase {
    const SEGMENT: &'static str = "microsoft.graph.windows81CertificateProfileBase";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::AnyWindows81CertificateProfileBase, C> {
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
for crate::beta::Windows81CompliancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.windows81CompliancePolicy";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::Windows81CompliancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.windows81CompliancePolicy";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::Windows81CompliancePolicy, C> {
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
for crate::beta::Windows81GeneralConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows81GeneralConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::Windows81GeneralConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows81GeneralConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::Windows81GeneralConfiguration, C> {
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
impl<C> crate::beta::requests::Windows81ScepCertificateProfilePath<C> {
    /// Containment navigation property `managedDeviceCertificateStates` (`microsoft.graph.managedDeviceCertificateState`).
    pub fn managed_device_certificate_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ManagedDeviceCertificateState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("managedDeviceCertificateStates"),
        )
    }
    /// Navigation property `rootCertificate` (`microsoft.graph.windows81TrustedRootCertificate`).
    pub fn root_certificate(
        &self,
    ) -> crate::beta::requests::Windows81TrustedRootCertificatePath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::Windows81TrustedRootCertificatePath::new(
            self.0.target().segment("rootCertificate"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleDeviceMode` (`microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleDeviceMode,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleDeviceMode"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsEdition` (`microsoft.graph.deviceManagementApplicabilityRuleOsEdition`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_os_edition(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsEdition,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleOsEdition"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsVersion` (`microsoft.graph.deviceManagementApplicabilityRuleOsVersion`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_os_version(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsVersion,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleOsVersion"),
        )
    }
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SettingStateDeviceSummary,
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
        crate::beta::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    pub fn device_status_overview(
        &self,
    ) -> crate::beta::requests::DeviceConfigurationDeviceOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceConfigurationDeviceOverviewPath::new(
            self.0.target().segment("deviceStatusOverview"),
        )
    }
    /// Containment navigation property `groupAssignments` (`microsoft.graph.deviceConfigurationGroupAssignment`).
    pub fn group_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationGroupAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("groupAssignments"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    pub fn user_status_overview(
        &self,
    ) -> crate::beta::requests::DeviceConfigurationUserOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceConfigurationUserOverviewPath::new(
            self.0.target().segment("userStatusOverview"),
        )
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::beta::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../assignedAccessMultiModeProfiles`: action `microsoft.graph.assignedAccessMultiModeProfiles`.
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
            self.0.target().segment("assignedAccessMultiModeProfiles"),
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
    /// `POST .../windowsPrivacyAccessControls`: action `microsoft.graph.windowsPrivacyAccessControls`.
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
            self.0.target().segment("windowsPrivacyAccessControls"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyWindows81CertificateProfileBase>
for crate::beta::Windows81ScepCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.windows81SCEPCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyWindowsCertificateProfileBase>
for crate::beta::Windows81ScepCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.windows81SCEPCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::Windows81ScepCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.windows81SCEPCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::Windows81ScepCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.windows81SCEPCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::Windows81ScepCertificateProfile, C> {
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
for crate::beta::Windows81TrustedRootCertificate {
    const SEGMENT: &'static str = "microsoft.graph.windows81TrustedRootCertificate";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::Windows81TrustedRootCertificate {
    const SEGMENT: &'static str = "microsoft.graph.windows81TrustedRootCertificate";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::Windows81TrustedRootCertificate, C> {
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
impl<C> crate::beta::requests::Windows81VpnConfigurationPath<C> {
    /// Structural property `proxyServer` (`microsoft.graph.windows81VpnProxyServer`), addressed on its own: `GET` or `PATCH` it.
    pub fn proxy_server(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::Windows81VpnProxyServer> {
        crate::path::PropertyPath::new(self.0.target().segment("proxyServer"))
    }
    /// Structural property `deviceManagementApplicabilityRuleDeviceMode` (`microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleDeviceMode,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleDeviceMode"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsEdition` (`microsoft.graph.deviceManagementApplicabilityRuleOsEdition`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_os_edition(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsEdition,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleOsEdition"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsVersion` (`microsoft.graph.deviceManagementApplicabilityRuleOsVersion`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_os_version(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsVersion,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleOsVersion"),
        )
    }
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SettingStateDeviceSummary,
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
        crate::beta::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    pub fn device_status_overview(
        &self,
    ) -> crate::beta::requests::DeviceConfigurationDeviceOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceConfigurationDeviceOverviewPath::new(
            self.0.target().segment("deviceStatusOverview"),
        )
    }
    /// Containment navigation property `groupAssignments` (`microsoft.graph.deviceConfigurationGroupAssignment`).
    pub fn group_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationGroupAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("groupAssignments"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    pub fn user_status_overview(
        &self,
    ) -> crate::beta::requests::DeviceConfigurationUserOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceConfigurationUserOverviewPath::new(
            self.0.target().segment("userStatusOverview"),
        )
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::beta::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../assignedAccessMultiModeProfiles`: action `microsoft.graph.assignedAccessMultiModeProfiles`.
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
            self.0.target().segment("assignedAccessMultiModeProfiles"),
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
    /// `POST .../windowsPrivacyAccessControls`: action `microsoft.graph.windowsPrivacyAccessControls`.
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
            self.0.target().segment("windowsPrivacyAccessControls"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyWindowsVpnConfiguration>
for crate::beta::AnyWindows81VpnConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows81VpnConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::AnyWindows81VpnConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows81VpnConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyWindows81VpnConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows81VpnConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::AnyWindows81VpnConfiguration, C> {
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
for crate::beta::Windows81WifiImportConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows81WifiImportConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::Windows81WifiImportConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windows81WifiImportConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::Windows81WifiImportConfiguration, C> {
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
impl<C> crate::beta::requests::WindowsAppXPath<C> {
    /// Structural property `minimumSupportedOperatingSystem` (`microsoft.graph.windowsMinimumOperatingSystem`), addressed on its own: `GET` or `PATCH` it.
    pub fn minimum_supported_operating_system(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::WindowsMinimumOperatingSystem> {
        crate::path::PropertyPath::new(
            self.0.target().segment("minimumSupportedOperatingSystem"),
        )
    }
    /// Containment navigation property `contentVersions` (`microsoft.graph.mobileAppContent`).
    pub fn content_versions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppContent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("contentVersions"))
    }
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::beta::MimeContent> {
        crate::path::PropertyPath::new(self.0.target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("categories"))
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.mobileAppInstallStatus`).
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppInstallStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceStatuses"))
    }
    /// Containment navigation property `installSummary` (`microsoft.graph.mobileAppInstallSummary`).
    pub fn install_summary(
        &self,
    ) -> crate::beta::requests::MobileAppInstallSummaryPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::MobileAppInstallSummaryPath::new(
            self.0.target().segment("installSummary"),
        )
    }
    /// Containment navigation property `relationships` (`microsoft.graph.mobileAppRelationship`).
    pub fn relationships(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyMobileAppRelationship,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("relationships"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.userAppInstallStatus`).
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserAppInstallStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userStatuses"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getRelatedAppStates`: function `microsoft.graph.getRelatedAppStates`.
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
                .0
                .target()
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
    pub fn update_relationships(
        &self,
        params: crate::beta::params::MobileAppUpdateRelationshipsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MobileAppUpdateRelationshipsParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("updateRelationships"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyMobileLobApp>
for crate::beta::WindowsAppX {
    const SEGMENT: &'static str = "microsoft.graph.windowsAppX";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyMobileApp> for crate::beta::WindowsAppX {
    const SEGMENT: &'static str = "microsoft.graph.windowsAppX";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::WindowsAppX {
    const SEGMENT: &'static str = "microsoft.graph.windowsAppX";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::WindowsAppX, C> {
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
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsAssignedAccessProfile {
    const SEGMENT: &'static str = "microsoft.graph.windowsAssignedAccessProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C, T> crate::beta::requests::WindowsAutopilotDeploymentProfilePath<C, T> {
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
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyWindowsAutopilotDeploymentProfile {
    const SEGMENT: &'static str = "microsoft.graph.windowsAutopilotDeploymentProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<crate::beta::AnyWindowsAutopilotDeploymentProfile, C> {
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
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::WindowsAutopilotDeploymentProfileAssignmentPath<C> {
    /// Structural property `target` (`microsoft.graph.deviceAndAppManagementAssignmentTarget`), addressed on its own: `GET` or `PATCH` it.
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::AnyDeviceAndAppManagementAssignmentTarget,
    > {
        crate::path::PropertyPath::new(self.0.target().segment("target"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsAutopilotDeploymentProfileAssignment {
    const SEGMENT: &'static str = "microsoft.graph.windowsAutopilotDeploymentProfileAssignment";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyPolicySetItem>
for crate::beta::WindowsAutopilotDeploymentProfilePolicySetItem {
    const SEGMENT: &'static str = "microsoft.graph.windowsAutopilotDeploymentProfilePolicySetItem";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsAutopilotDeploymentProfilePolicySetItem {
    const SEGMENT: &'static str = "microsoft.graph.windowsAutopilotDeploymentProfilePolicySetItem";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::WindowsAutopilotDeviceIdentityPath<C> {
    /// Navigation property `deploymentProfile` (`microsoft.graph.windowsAutopilotDeploymentProfile`).
    pub fn deployment_profile(
        &self,
    ) -> crate::beta::requests::WindowsAutopilotDeploymentProfilePath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::WindowsAutopilotDeploymentProfilePath::new(
            self.0.target().segment("deploymentProfile"),
        )
    }
    /// Navigation property `intendedDeploymentProfile` (`microsoft.graph.windowsAutopilotDeploymentProfile`).
    pub fn intended_deployment_profile(
        &self,
    ) -> crate::beta::requests::WindowsAutopilotDeploymentProfilePath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::WindowsAutopilotDeploymentProfilePath::new(
            self.0.target().segment("intendedDeploymentProfile"),
        )
    }
    /// Assigns resource account to Autopilot devices.
    ///
    /// `POST .../assignResourceAccountToDevice`: action `microsoft.graph.assignResourceAccountToDevice`.
    pub fn assign_resource_account_to_device(
        &self,
        params: crate::beta::params::WindowsAutopilotDeviceIdentityAssignResourceAccountToDeviceParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::WindowsAutopilotDeviceIdentityAssignResourceAccountToDeviceParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assignResourceAccountToDevice"),
            rt::request::Json(params),
        )
    }
    /// Assigns user to Autopilot devices.
    ///
    /// `POST .../assignUserToDevice`: action `microsoft.graph.assignUserToDevice`.
    pub fn assign_user_to_device(
        &self,
        params: crate::beta::params::WindowsAutopilotDeviceIdentityAssignUserToDeviceParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::WindowsAutopilotDeviceIdentityAssignUserToDeviceParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assignUserToDevice"),
            rt::request::Json(params),
        )
    }
    /// Unassigns the resource account from an Autopilot device.
    ///
    /// `POST .../unassignResourceAccountFromDevice`: action `microsoft.graph.unassignResourceAccountFromDevice`.
    pub fn unassign_resource_account_from_device(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("unassignResourceAccountFromDevice"),
            rt::request::NoBody,
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
        params: crate::beta::params::WindowsAutopilotDeviceIdentityUpdateDevicePropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::WindowsAutopilotDeviceIdentityUpdateDevicePropertiesParams,
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
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsAutopilotDeviceIdentity {
    const SEGMENT: &'static str = "microsoft.graph.windowsAutopilotDeviceIdentity";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::WindowsAutopilotSettingsPath<C> {
    /// Initiates a sync of all AutoPilot registered devices from Store for Business and other portals. If the sync successful, this action returns a 204 No Content response code. If a sync is already in progress, the action returns a 409 Conflict response code.  If this sync action is called within 10 minutes of the previous sync, the action returns a 429 Too Many Requests response code.
    ///
    /// `POST .../sync`: action `microsoft.graph.sync`.
    pub fn sync(&self) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("sync"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsAutopilotSettings {
    const SEGMENT: &'static str = "microsoft.graph.windowsAutopilotSettings";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::AnyWindowsCertificateProfileBase {
    const SEGMENT: &'static str = "microsoft.graph.windowsCertificateProfileBase";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyWindowsCertificateProfileBase {
    const SEGMENT: &'static str = "microsoft.graph.windowsCertificateProfileBase";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::AnyWindowsCertificateProfileBase, C> {
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
for crate::beta::WindowsDefenderAdvancedThreatProtectionConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windowsDefenderAdvancedThreatProtectionConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsDefenderAdvancedThreatProtectionConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windowsDefenderAdvancedThreatProtectionConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<
    crate::beta::WindowsDefenderAdvancedThreatProtectionConfiguration,
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
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<
    C,
> crate::beta::requests::WindowsDefenderApplicationControlSupplementalPolicyPath<C> {
    /// Containment navigation property `assignments` (`microsoft.graph.windowsDefenderApplicationControlSupplementalPolicyAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::WindowsDefenderApplicationControlSupplementalPolicyAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `deploySummary` (`microsoft.graph.windowsDefenderApplicationControlSupplementalPolicyDeploymentSummary`).
    pub fn deploy_summary(
        &self,
    ) -> crate::beta::requests::WindowsDefenderApplicationControlSupplementalPolicyDeploymentSummaryPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::WindowsDefenderApplicationControlSupplementalPolicyDeploymentSummaryPath::new(
            self.0.target().segment("deploySummary"),
        )
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.windowsDefenderApplicationControlSupplementalPolicyDeploymentStatus`).
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::WindowsDefenderApplicationControlSupplementalPolicyDeploymentStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceStatuses"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::WindowsDefenderApplicationControlSupplementalPolicyAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::WindowsDefenderApplicationControlSupplementalPolicyAssignParams,
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
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsDefenderApplicationControlSupplementalPolicy {
    const SEGMENT: &'static str = "microsoft.graph.windowsDefenderApplicationControlSupplementalPolicy";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<
    C,
> crate::beta::requests::WindowsDefenderApplicationControlSupplementalPolicyAssignmentPath<
    C,
> {
    /// Structural property `target` (`microsoft.graph.deviceAndAppManagementAssignmentTarget`), addressed on its own: `GET` or `PATCH` it.
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::AnyDeviceAndAppManagementAssignmentTarget,
    > {
        crate::path::PropertyPath::new(self.0.target().segment("target"))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsDefenderApplicationControlSupplementalPolicyAssignment {
    const SEGMENT: &'static str = "microsoft.graph.windowsDefenderApplicationControlSupplementalPolicyAssignment";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<
    C,
> crate::beta::requests::WindowsDefenderApplicationControlSupplementalPolicyDeploymentStatusPath<
    C,
> {
    /// Navigation property `policy` (`microsoft.graph.windowsDefenderApplicationControlSupplementalPolicy`).
    pub fn policy(
        &self,
    ) -> crate::beta::requests::WindowsDefenderApplicationControlSupplementalPolicyPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::WindowsDefenderApplicationControlSupplementalPolicyPath::new(
            self.0.target().segment("policy"),
        )
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsDefenderApplicationControlSupplementalPolicyDeploymentStatus {
    const SEGMENT: &'static str = "microsoft.graph.windowsDefenderApplicationControlSupplementalPolicyDeploymentStatus";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsDefenderApplicationControlSupplementalPolicyDeploymentSummary {
    const SEGMENT: &'static str = "microsoft.graph.windowsDefenderApplicationControlSupplementalPolicyDeploymentSummary";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::WindowsDeliveryOptimizationConfigurationPath<C> {
    /// Structural property `bandwidthMode` (`microsoft.graph.deliveryOptimizationBandwidth`), addressed on its own: `GET` or `PATCH` it.
    pub fn bandwidth_mode(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyDeliveryOptimizationBandwidth> {
        crate::path::PropertyPath::new(self.0.target().segment("bandwidthMode"))
    }
    /// Structural property `groupIdSource` (`microsoft.graph.deliveryOptimizationGroupIdSource`), addressed on its own: `GET` or `PATCH` it.
    pub fn group_id_source(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyDeliveryOptimizationGroupIdSource> {
        crate::path::PropertyPath::new(self.0.target().segment("groupIdSource"))
    }
    /// Structural property `maximumCacheSize` (`microsoft.graph.deliveryOptimizationMaxCacheSize`), addressed on its own: `GET` or `PATCH` it.
    pub fn maximum_cache_size(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyDeliveryOptimizationMaxCacheSize> {
        crate::path::PropertyPath::new(self.0.target().segment("maximumCacheSize"))
    }
    /// Structural property `deviceManagementApplicabilityRuleDeviceMode` (`microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleDeviceMode,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleDeviceMode"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsEdition` (`microsoft.graph.deviceManagementApplicabilityRuleOsEdition`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_os_edition(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsEdition,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleOsEdition"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsVersion` (`microsoft.graph.deviceManagementApplicabilityRuleOsVersion`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_os_version(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsVersion,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleOsVersion"),
        )
    }
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SettingStateDeviceSummary,
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
        crate::beta::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    pub fn device_status_overview(
        &self,
    ) -> crate::beta::requests::DeviceConfigurationDeviceOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceConfigurationDeviceOverviewPath::new(
            self.0.target().segment("deviceStatusOverview"),
        )
    }
    /// Containment navigation property `groupAssignments` (`microsoft.graph.deviceConfigurationGroupAssignment`).
    pub fn group_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationGroupAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("groupAssignments"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    pub fn user_status_overview(
        &self,
    ) -> crate::beta::requests::DeviceConfigurationUserOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceConfigurationUserOverviewPath::new(
            self.0.target().segment("userStatusOverview"),
        )
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::beta::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../assignedAccessMultiModeProfiles`: action `microsoft.graph.assignedAccessMultiModeProfiles`.
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
            self.0.target().segment("assignedAccessMultiModeProfiles"),
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
    /// `POST .../windowsPrivacyAccessControls`: action `microsoft.graph.windowsPrivacyAccessControls`.
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
            self.0.target().segment("windowsPrivacyAccessControls"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::WindowsDeliveryOptimizationConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windowsDeliveryOptimizationConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsDeliveryOptimizationConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windowsDeliveryOptimizationConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<crate::beta::WindowsDeliveryOptimizationConfiguration, C> {
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
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsDeviceMalwareState {
    const SEGMENT: &'static str = "microsoft.graph.windowsDeviceMalwareState";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::WindowsDomainJoinConfigurationPath<C> {
    /// Navigation property `networkAccessConfigurations` (`microsoft.graph.deviceConfiguration`).
    pub fn network_access_configurations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceConfiguration,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("networkAccessConfigurations"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleDeviceMode` (`microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleDeviceMode,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleDeviceMode"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsEdition` (`microsoft.graph.deviceManagementApplicabilityRuleOsEdition`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_os_edition(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsEdition,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleOsEdition"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsVersion` (`microsoft.graph.deviceManagementApplicabilityRuleOsVersion`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_os_version(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsVersion,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleOsVersion"),
        )
    }
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SettingStateDeviceSummary,
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
        crate::beta::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    pub fn device_status_overview(
        &self,
    ) -> crate::beta::requests::DeviceConfigurationDeviceOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceConfigurationDeviceOverviewPath::new(
            self.0.target().segment("deviceStatusOverview"),
        )
    }
    /// Containment navigation property `groupAssignments` (`microsoft.graph.deviceConfigurationGroupAssignment`).
    pub fn group_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationGroupAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("groupAssignments"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    pub fn user_status_overview(
        &self,
    ) -> crate::beta::requests::DeviceConfigurationUserOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceConfigurationUserOverviewPath::new(
            self.0.target().segment("userStatusOverview"),
        )
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::beta::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../assignedAccessMultiModeProfiles`: action `microsoft.graph.assignedAccessMultiModeProfiles`.
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
            self.0.target().segment("assignedAccessMultiModeProfiles"),
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
    /// `POST .../windowsPrivacyAccessControls`: action `microsoft.graph.windowsPrivacyAccessControls`.
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
            self.0.target().segment("windowsPrivacyAccessControls"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::WindowsDomainJoinConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windowsDomainJoinConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsDomainJoinConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windowsDomainJoinConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::WindowsDomainJoinConfiguration, C> {
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
impl crate::path::DerivedFrom<crate::beta::AnyWindowsUpdateCatalogItem>
for crate::beta::WindowsFeatureUpdateCatalogItem {
    const SEGMENT: &'static str = "microsoft.graph.windowsFeatureUpdateCatalogItem";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsFeatureUpdateCatalogItem {
    const SEGMENT: &'static str = "microsoft.graph.windowsFeatureUpdateCatalogItem";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::WindowsFeatureUpdateProfilePath<C> {
    /// Containment navigation property `assignments` (`microsoft.graph.windowsFeatureUpdateProfileAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::WindowsFeatureUpdateProfileAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `deviceUpdateStates` (`microsoft.graph.windowsUpdateState`).
    pub fn device_update_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::WindowsUpdateState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceUpdateStates"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::WindowsFeatureUpdateProfileAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::WindowsFeatureUpdateProfileAssignParams>,
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
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsFeatureUpdateProfile {
    const SEGMENT: &'static str = "microsoft.graph.windowsFeatureUpdateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::WindowsFeatureUpdateProfileAssignmentPath<C> {
    /// Structural property `target` (`microsoft.graph.deviceAndAppManagementAssignmentTarget`), addressed on its own: `GET` or `PATCH` it.
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::AnyDeviceAndAppManagementAssignmentTarget,
    > {
        crate::path::PropertyPath::new(self.0.target().segment("target"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsFeatureUpdateProfileAssignment {
    const SEGMENT: &'static str = "microsoft.graph.windowsFeatureUpdateProfileAssignment";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::WindowsHealthMonitoringConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windowsHealthMonitoringConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsHealthMonitoringConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windowsHealthMonitoringConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<crate::beta::WindowsHealthMonitoringConfiguration, C> {
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
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::WindowsHelloForBusinessAuthenticationMethodPath<C> {
    /// Containment navigation property `device` (`microsoft.graph.device`).
    pub fn device(
        &self,
    ) -> crate::beta::requests::DevicePath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::DevicePath::new(self.0.target().segment("device"))
    }
    /// `POST .../disableSmsSignIn`: action `microsoft.graph.disableSmsSignIn`.
    pub fn disable_sms_sign_in(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("disableSmsSignIn"),
            rt::request::NoBody,
        )
    }
    /// `POST .../enableSmsSignIn`: action `microsoft.graph.enableSmsSignIn`.
    pub fn enable_sms_sign_in(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("enableSmsSignIn"),
            rt::request::NoBody,
        )
    }
    /// `POST .../resetPassword`: action `microsoft.graph.resetPassword`.
    pub fn reset_password(
        &self,
        params: crate::beta::params::AuthenticationMethodResetPasswordParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::AuthenticationMethodResetPasswordParams>,
        rt::request::Entity<crate::beta::PasswordResetResponse>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("resetPassword"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyAuthenticationMethod>
for crate::beta::WindowsHelloForBusinessAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.windowsHelloForBusinessAuthenticationMethod";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsHelloForBusinessAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.windowsHelloForBusinessAuthenticationMethod";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::WindowsIdentityProtectionConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windowsIdentityProtectionConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsIdentityProtectionConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windowsIdentityProtectionConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<crate::beta::WindowsIdentityProtectionConfiguration, C> {
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
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C, T> crate::beta::requests::WindowsInformationProtectionPath<C, T> {
    /// Structural property `dataRecoveryCertificate` (`microsoft.graph.windowsInformationProtectionDataRecoveryCertificate`), addressed on its own: `GET` or `PATCH` it.
    pub fn data_recovery_certificate(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::WindowsInformationProtectionDataRecoveryCertificate,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("dataRecoveryCertificate"),
        )
    }
    /// Containment navigation property `assignments` (`microsoft.graph.targetedManagedAppPolicyAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TargetedManagedAppPolicyAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `exemptAppLockerFiles` (`microsoft.graph.windowsInformationProtectionAppLockerFile`).
    pub fn exempt_app_locker_files(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::WindowsInformationProtectionAppLockerFile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("exemptAppLockerFiles"))
    }
    /// Containment navigation property `protectedAppLockerFiles` (`microsoft.graph.windowsInformationProtectionAppLockerFile`).
    pub fn protected_app_locker_files(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::WindowsInformationProtectionAppLockerFile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("protectedAppLockerFiles"),
        )
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::WindowsInformationProtectionAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::WindowsInformationProtectionAssignParams>,
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
        params: crate::beta::params::ManagedAppPolicyTargetAppsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ManagedAppPolicyTargetAppsParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("targetApps"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyManagedAppPolicy>
for crate::beta::AnyWindowsInformationProtection {
    const SEGMENT: &'static str = "microsoft.graph.windowsInformationProtection";
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyWindowsInformationProtection {
    const SEGMENT: &'static str = "microsoft.graph.windowsInformationProtection";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsInformationProtectionAppLearningSummary {
    const SEGMENT: &'static str = "microsoft.graph.windowsInformationProtectionAppLearningSummary";
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsInformationProtectionAppLockerFile {
    const SEGMENT: &'static str = "microsoft.graph.windowsInformationProtectionAppLockerFile";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::beta::requests::WindowsInformationProtectionDeviceRegistrationPath<C> {
    /// `POST .../wipe`: action `microsoft.graph.wipe`.
    pub fn wipe(&self) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("wipe"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsInformationProtectionDeviceRegistration {
    const SEGMENT: &'static str = "microsoft.graph.windowsInformationProtectionDeviceRegistration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsInformationProtectionNetworkLearningSummary {
    const SEGMENT: &'static str = "microsoft.graph.windowsInformationProtectionNetworkLearningSummary";
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyWindowsInformationProtection>
for crate::beta::WindowsInformationProtectionPolicy {
    const SEGMENT: &'static str = "microsoft.graph.windowsInformationProtectionPolicy";
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyManagedAppPolicy>
for crate::beta::WindowsInformationProtectionPolicy {
    const SEGMENT: &'static str = "microsoft.graph.windowsInformationProtectionPolicy";
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsInformationProtectionPolicy {
    const SEGMENT: &'static str = "microsoft.graph.windowsInformationProtectionPolicy";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsInformationProtectionWipeAction {
    const SEGMENT: &'static str = "microsoft.graph.windowsInformationProtectionWipeAction";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::WindowsKioskConfigurationPath<C> {
    /// Structural property `windowsKioskForceUpdateSchedule` (`microsoft.graph.windowsKioskForceUpdateSchedule`), addressed on its own: `GET` or `PATCH` it.
    pub fn windows_kiosk_force_update_schedule(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::WindowsKioskForceUpdateSchedule> {
        crate::path::PropertyPath::new(
            self.0.target().segment("windowsKioskForceUpdateSchedule"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleDeviceMode` (`microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleDeviceMode,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleDeviceMode"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsEdition` (`microsoft.graph.deviceManagementApplicabilityRuleOsEdition`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_os_edition(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsEdition,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleOsEdition"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsVersion` (`microsoft.graph.deviceManagementApplicabilityRuleOsVersion`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_os_version(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsVersion,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleOsVersion"),
        )
    }
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SettingStateDeviceSummary,
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
        crate::beta::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    pub fn device_status_overview(
        &self,
    ) -> crate::beta::requests::DeviceConfigurationDeviceOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceConfigurationDeviceOverviewPath::new(
            self.0.target().segment("deviceStatusOverview"),
        )
    }
    /// Containment navigation property `groupAssignments` (`microsoft.graph.deviceConfigurationGroupAssignment`).
    pub fn group_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationGroupAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("groupAssignments"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    pub fn user_status_overview(
        &self,
    ) -> crate::beta::requests::DeviceConfigurationUserOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceConfigurationUserOverviewPath::new(
            self.0.target().segment("userStatusOverview"),
        )
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::beta::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../assignedAccessMultiModeProfiles`: action `microsoft.graph.assignedAccessMultiModeProfiles`.
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
            self.0.target().segment("assignedAccessMultiModeProfiles"),
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
    /// `POST .../windowsPrivacyAccessControls`: action `microsoft.graph.windowsPrivacyAccessControls`.
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
            self.0.target().segment("windowsPrivacyAccessControls"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::WindowsKioskConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windowsKioskConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsKioskConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windowsKioskConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::WindowsKioskConfiguration, C> {
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
impl<C> crate::beta::requests::WindowsMalwareInformationPath<C> {
    /// Containment navigation property `deviceMalwareStates` (`microsoft.graph.malwareStateForWindowsDevice`).
    pub fn device_malware_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MalwareStateForWindowsDevice,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceMalwareStates"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsMalwareInformation {
    const SEGMENT: &'static str = "microsoft.graph.windowsMalwareInformation";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyManagedDevice>
for crate::beta::WindowsManagedDevice {
    const SEGMENT: &'static str = "microsoft.graph.windowsManagedDevice";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsManagedDevice {
    const SEGMENT: &'static str = "microsoft.graph.windowsManagedDevice";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::WindowsManagedDevice, C> {
    /// `POST .../bulkReprovisionCloudPc`: action `microsoft.graph.bulkReprovisionCloudPc`.
    pub fn bulk_reprovision_cloud_pc(
        &self,
        params: crate::beta::params::ManagedDeviceCollectionBulkReprovisionCloudPcParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::ManagedDeviceCollectionBulkReprovisionCloudPcParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("bulkReprovisionCloudPc"),
            rt::request::Json(params),
        )
    }
    /// `POST .../executeAction`: action `microsoft.graph.executeAction`.
    pub fn execute_action(
        &self,
        params: crate::beta::params::ManagedDeviceCollectionExecuteActionParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::ManagedDeviceCollectionExecuteActionParams,
        >,
        rt::request::Entity<crate::beta::BulkManagedDeviceActionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("executeAction"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_search)]
/// Features: `beta` or `beta-search`.
impl<C> crate::beta::requests::WindowsManagementAppPath<C> {
    /// Containment navigation property `healthStates` (`microsoft.graph.windowsManagementAppHealthState`).
    pub fn health_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::WindowsManagementAppHealthState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("healthStates"))
    }
    /// Set the Managed Installer status for the caller tenant
    ///
    /// `POST .../setAsManagedInstaller`: action `microsoft.graph.setAsManagedInstaller`.
    pub fn set_as_managed_installer(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("setAsManagedInstaller"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsManagementApp {
    const SEGMENT: &'static str = "microsoft.graph.windowsManagementApp";
}
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsManagementAppHealthState {
    const SEGMENT: &'static str = "microsoft.graph.windowsManagementAppHealthState";
}
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsManagementAppHealthSummary {
    const SEGMENT: &'static str = "microsoft.graph.windowsManagementAppHealthSummary";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyMobileApp>
for crate::beta::WindowsMicrosoftEdgeApp {
    const SEGMENT: &'static str = "microsoft.graph.windowsMicrosoftEdgeApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsMicrosoftEdgeApp {
    const SEGMENT: &'static str = "microsoft.graph.windowsMicrosoftEdgeApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::WindowsMicrosoftEdgeApp, C> {
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
impl crate::path::DerivedFrom<crate::beta::AnyMobileLobApp>
for crate::beta::WindowsMobileMsi {
    const SEGMENT: &'static str = "microsoft.graph.windowsMobileMSI";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyMobileApp>
for crate::beta::WindowsMobileMsi {
    const SEGMENT: &'static str = "microsoft.graph.windowsMobileMSI";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::WindowsMobileMsi {
    const SEGMENT: &'static str = "microsoft.graph.windowsMobileMSI";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::WindowsMobileMsi, C> {
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
#[cfg(msgraph_beta_office_configuration_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyOfficeClientConfiguration>
for crate::beta::WindowsOfficeClientConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windowsOfficeClientConfiguration";
}
#[cfg(msgraph_beta_office_configuration_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsOfficeClientConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windowsOfficeClientConfiguration";
}
#[cfg(msgraph_beta_office_configuration_or_search)]
/// Features: `beta`, or one of `beta-office-configuration`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::WindowsOfficeClientConfiguration, C> {
    /// `POST .../updatePriorities`: action `microsoft.graph.updatePriorities`.
    pub fn update_priorities(
        &self,
        params: crate::beta::params::OfficeClientConfigurationCollectionUpdatePrioritiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::OfficeClientConfigurationCollectionUpdatePrioritiesParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("updatePriorities"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_office_configuration_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyOfficeClientConfiguration>
for crate::beta::WindowsOfficeClientSecurityConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windowsOfficeClientSecurityConfiguration";
}
#[cfg(msgraph_beta_office_configuration_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsOfficeClientSecurityConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windowsOfficeClientSecurityConfiguration";
}
#[cfg(msgraph_beta_office_configuration_or_search)]
/// Features: `beta`, or one of `beta-office-configuration`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<crate::beta::WindowsOfficeClientSecurityConfiguration, C> {
    /// `POST .../updatePriorities`: action `microsoft.graph.updatePriorities`.
    pub fn update_priorities(
        &self,
        params: crate::beta::params::OfficeClientConfigurationCollectionUpdatePrioritiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::OfficeClientConfigurationCollectionUpdatePrioritiesParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("updatePriorities"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C, T> crate::beta::requests::WindowsPhone81AppXPath<C, T> {
    /// Structural property `minimumSupportedOperatingSystem` (`microsoft.graph.windowsMinimumOperatingSystem`), addressed on its own: `GET` or `PATCH` it.
    pub fn minimum_supported_operating_system(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::WindowsMinimumOperatingSystem> {
        crate::path::PropertyPath::new(
            self.0.target().segment("minimumSupportedOperatingSystem"),
        )
    }
    /// Containment navigation property `contentVersions` (`microsoft.graph.mobileAppContent`).
    pub fn content_versions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppContent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("contentVersions"))
    }
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::beta::MimeContent> {
        crate::path::PropertyPath::new(self.0.target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("categories"))
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.mobileAppInstallStatus`).
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppInstallStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceStatuses"))
    }
    /// Containment navigation property `installSummary` (`microsoft.graph.mobileAppInstallSummary`).
    pub fn install_summary(
        &self,
    ) -> crate::beta::requests::MobileAppInstallSummaryPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::MobileAppInstallSummaryPath::new(
            self.0.target().segment("installSummary"),
        )
    }
    /// Containment navigation property `relationships` (`microsoft.graph.mobileAppRelationship`).
    pub fn relationships(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyMobileAppRelationship,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("relationships"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.userAppInstallStatus`).
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserAppInstallStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userStatuses"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getRelatedAppStates`: function `microsoft.graph.getRelatedAppStates`.
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
                .0
                .target()
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
    pub fn update_relationships(
        &self,
        params: crate::beta::params::MobileAppUpdateRelationshipsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MobileAppUpdateRelationshipsParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("updateRelationships"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyMobileLobApp>
for crate::beta::AnyWindowsPhone81AppX {
    const SEGMENT: &'static str = "microsoft.graph.windowsPhone81AppX";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyMobileApp>
for crate::beta::AnyWindowsPhone81AppX {
    const SEGMENT: &'static str = "microsoft.graph.windowsPhone81AppX";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyWindowsPhone81AppX {
    const SEGMENT: &'static str = "microsoft.graph.windowsPhone81AppX";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::AnyWindowsPhone81AppX, C> {
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
impl crate::path::DerivedFrom<crate::beta::AnyWindowsPhone81AppX>
for crate::beta::WindowsPhone81AppXBundle {
    const SEGMENT: &'static str = "microsoft.graph.windowsPhone81AppXBundle";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyMobileLobApp>
for crate::beta::WindowsPhone81AppXBundle {
    const SEGMENT: &'static str = "microsoft.graph.windowsPhone81AppXBundle";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyMobileApp>
for crate::beta::WindowsPhone81AppXBundle {
    const SEGMENT: &'static str = "microsoft.graph.windowsPhone81AppXBundle";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsPhone81AppXBundle {
    const SEGMENT: &'static str = "microsoft.graph.windowsPhone81AppXBundle";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::WindowsPhone81AppXBundle, C> {
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
for crate::beta::AnyWindowsPhone81CertificateProfileBase {
    const SEGMENT: &'static str = "microsoft.graph.windowsPhone81CertificateProfileBase";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyWindowsPhone81CertificateProfileBase {
    const SEGMENT: &'static str = "microsoft.graph.windowsPhone81CertificateProfileBase";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<crate::beta::AnyWindowsPhone81CertificateProfileBase, C> {
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
for crate::beta::WindowsPhone81CompliancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.windowsPhone81CompliancePolicy";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsPhone81CompliancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.windowsPhone81CompliancePolicy";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::WindowsPhone81CompliancePolicy, C> {
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
for crate::beta::WindowsPhone81CustomConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windowsPhone81CustomConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsPhone81CustomConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windowsPhone81CustomConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::WindowsPhone81CustomConfiguration, C> {
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
for crate::beta::WindowsPhone81GeneralConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windowsPhone81GeneralConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsPhone81GeneralConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windowsPhone81GeneralConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::WindowsPhone81GeneralConfiguration, C> {
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
impl<C> crate::beta::requests::WindowsPhone81ImportedPfxCertificateProfilePath<C> {
    /// Containment navigation property `managedDeviceCertificateStates` (`microsoft.graph.managedDeviceCertificateState`).
    pub fn managed_device_certificate_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ManagedDeviceCertificateState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("managedDeviceCertificateStates"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleDeviceMode` (`microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleDeviceMode,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleDeviceMode"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsEdition` (`microsoft.graph.deviceManagementApplicabilityRuleOsEdition`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_os_edition(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsEdition,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleOsEdition"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsVersion` (`microsoft.graph.deviceManagementApplicabilityRuleOsVersion`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_os_version(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsVersion,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleOsVersion"),
        )
    }
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SettingStateDeviceSummary,
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
        crate::beta::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    pub fn device_status_overview(
        &self,
    ) -> crate::beta::requests::DeviceConfigurationDeviceOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceConfigurationDeviceOverviewPath::new(
            self.0.target().segment("deviceStatusOverview"),
        )
    }
    /// Containment navigation property `groupAssignments` (`microsoft.graph.deviceConfigurationGroupAssignment`).
    pub fn group_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationGroupAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("groupAssignments"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    pub fn user_status_overview(
        &self,
    ) -> crate::beta::requests::DeviceConfigurationUserOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceConfigurationUserOverviewPath::new(
            self.0.target().segment("userStatusOverview"),
        )
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::beta::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../assignedAccessMultiModeProfiles`: action `microsoft.graph.assignedAccessMultiModeProfiles`.
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
            self.0.target().segment("assignedAccessMultiModeProfiles"),
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
    /// `POST .../windowsPrivacyAccessControls`: action `microsoft.graph.windowsPrivacyAccessControls`.
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
            self.0.target().segment("windowsPrivacyAccessControls"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyWindowsCertificateProfileBase>
for crate::beta::WindowsPhone81ImportedPfxCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.windowsPhone81ImportedPFXCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::WindowsPhone81ImportedPfxCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.windowsPhone81ImportedPFXCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsPhone81ImportedPfxCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.windowsPhone81ImportedPFXCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<
    crate::beta::WindowsPhone81ImportedPfxCertificateProfile,
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
impl<C> crate::beta::requests::WindowsPhone81ScepCertificateProfilePath<C> {
    /// Containment navigation property `managedDeviceCertificateStates` (`microsoft.graph.managedDeviceCertificateState`).
    pub fn managed_device_certificate_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ManagedDeviceCertificateState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("managedDeviceCertificateStates"),
        )
    }
    /// Navigation property `rootCertificate` (`microsoft.graph.windowsPhone81TrustedRootCertificate`).
    pub fn root_certificate(
        &self,
    ) -> crate::beta::requests::WindowsPhone81TrustedRootCertificatePath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::WindowsPhone81TrustedRootCertificatePath::new(
            self.0.target().segment("rootCertificate"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleDeviceMode` (`microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleDeviceMode,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleDeviceMode"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsEdition` (`microsoft.graph.deviceManagementApplicabilityRuleOsEdition`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_os_edition(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsEdition,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleOsEdition"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsVersion` (`microsoft.graph.deviceManagementApplicabilityRuleOsVersion`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_os_version(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsVersion,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleOsVersion"),
        )
    }
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SettingStateDeviceSummary,
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
        crate::beta::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    pub fn device_status_overview(
        &self,
    ) -> crate::beta::requests::DeviceConfigurationDeviceOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceConfigurationDeviceOverviewPath::new(
            self.0.target().segment("deviceStatusOverview"),
        )
    }
    /// Containment navigation property `groupAssignments` (`microsoft.graph.deviceConfigurationGroupAssignment`).
    pub fn group_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationGroupAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("groupAssignments"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    pub fn user_status_overview(
        &self,
    ) -> crate::beta::requests::DeviceConfigurationUserOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceConfigurationUserOverviewPath::new(
            self.0.target().segment("userStatusOverview"),
        )
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::beta::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../assignedAccessMultiModeProfiles`: action `microsoft.graph.assignedAccessMultiModeProfiles`.
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
            self.0.target().segment("assignedAccessMultiModeProfiles"),
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
    /// `POST .../windowsPrivacyAccessControls`: action `microsoft.graph.windowsPrivacyAccessControls`.
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
            self.0.target().segment("windowsPrivacyAccessControls"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyWindowsPhone81CertificateProfileBase>
for crate::beta::WindowsPhone81ScepCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.windowsPhone81SCEPCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::WindowsPhone81ScepCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.windowsPhone81SCEPCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsPhone81ScepCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.windowsPhone81SCEPCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<crate::beta::WindowsPhone81ScepCertificateProfile, C> {
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
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyMobileApp>
for crate::beta::WindowsPhone81StoreApp {
    const SEGMENT: &'static str = "microsoft.graph.windowsPhone81StoreApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsPhone81StoreApp {
    const SEGMENT: &'static str = "microsoft.graph.windowsPhone81StoreApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::WindowsPhone81StoreApp, C> {
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
for crate::beta::WindowsPhone81TrustedRootCertificate {
    const SEGMENT: &'static str = "microsoft.graph.windowsPhone81TrustedRootCertificate";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsPhone81TrustedRootCertificate {
    const SEGMENT: &'static str = "microsoft.graph.windowsPhone81TrustedRootCertificate";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<crate::beta::WindowsPhone81TrustedRootCertificate, C> {
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
impl<C> crate::beta::requests::WindowsPhone81VpnConfigurationPath<C> {
    /// Navigation property `identityCertificate` (`microsoft.graph.windowsPhone81CertificateProfileBase`).
    pub fn identity_certificate(
        &self,
    ) -> crate::beta::requests::WindowsPhone81CertificateProfileBasePath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::WindowsPhone81CertificateProfileBasePath::new(
            self.0.target().segment("identityCertificate"),
        )
    }
    /// Structural property `proxyServer` (`microsoft.graph.windows81VpnProxyServer`), addressed on its own: `GET` or `PATCH` it.
    pub fn proxy_server(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::Windows81VpnProxyServer> {
        crate::path::PropertyPath::new(self.0.target().segment("proxyServer"))
    }
    /// Structural property `deviceManagementApplicabilityRuleDeviceMode` (`microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleDeviceMode,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleDeviceMode"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsEdition` (`microsoft.graph.deviceManagementApplicabilityRuleOsEdition`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_os_edition(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsEdition,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleOsEdition"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsVersion` (`microsoft.graph.deviceManagementApplicabilityRuleOsVersion`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_os_version(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsVersion,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleOsVersion"),
        )
    }
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SettingStateDeviceSummary,
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
        crate::beta::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    pub fn device_status_overview(
        &self,
    ) -> crate::beta::requests::DeviceConfigurationDeviceOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceConfigurationDeviceOverviewPath::new(
            self.0.target().segment("deviceStatusOverview"),
        )
    }
    /// Containment navigation property `groupAssignments` (`microsoft.graph.deviceConfigurationGroupAssignment`).
    pub fn group_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationGroupAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("groupAssignments"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    pub fn user_status_overview(
        &self,
    ) -> crate::beta::requests::DeviceConfigurationUserOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceConfigurationUserOverviewPath::new(
            self.0.target().segment("userStatusOverview"),
        )
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::beta::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../assignedAccessMultiModeProfiles`: action `microsoft.graph.assignedAccessMultiModeProfiles`.
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
            self.0.target().segment("assignedAccessMultiModeProfiles"),
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
    /// `POST .../windowsPrivacyAccessControls`: action `microsoft.graph.windowsPrivacyAccessControls`.
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
            self.0.target().segment("windowsPrivacyAccessControls"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyWindows81VpnConfiguration>
for crate::beta::WindowsPhone81VpnConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windowsPhone81VpnConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyWindowsVpnConfiguration>
for crate::beta::WindowsPhone81VpnConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windowsPhone81VpnConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::WindowsPhone81VpnConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windowsPhone81VpnConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsPhone81VpnConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windowsPhone81VpnConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::WindowsPhone81VpnConfiguration, C> {
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
impl crate::path::DerivedFrom<crate::beta::AnyEasEmailProfileConfigurationBase>
for crate::beta::WindowsPhoneEasEmailProfileConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windowsPhoneEASEmailProfileConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::WindowsPhoneEasEmailProfileConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windowsPhoneEASEmailProfileConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsPhoneEasEmailProfileConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windowsPhoneEASEmailProfileConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<crate::beta::WindowsPhoneEasEmailProfileConfiguration, C> {
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
impl<C> crate::beta::requests::WindowsPhoneXapPath<C> {
    /// Structural property `minimumSupportedOperatingSystem` (`microsoft.graph.windowsMinimumOperatingSystem`), addressed on its own: `GET` or `PATCH` it.
    pub fn minimum_supported_operating_system(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::WindowsMinimumOperatingSystem> {
        crate::path::PropertyPath::new(
            self.0.target().segment("minimumSupportedOperatingSystem"),
        )
    }
    /// Containment navigation property `contentVersions` (`microsoft.graph.mobileAppContent`).
    pub fn content_versions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppContent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("contentVersions"))
    }
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::beta::MimeContent> {
        crate::path::PropertyPath::new(self.0.target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("categories"))
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.mobileAppInstallStatus`).
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppInstallStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceStatuses"))
    }
    /// Containment navigation property `installSummary` (`microsoft.graph.mobileAppInstallSummary`).
    pub fn install_summary(
        &self,
    ) -> crate::beta::requests::MobileAppInstallSummaryPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::MobileAppInstallSummaryPath::new(
            self.0.target().segment("installSummary"),
        )
    }
    /// Containment navigation property `relationships` (`microsoft.graph.mobileAppRelationship`).
    pub fn relationships(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyMobileAppRelationship,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("relationships"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.userAppInstallStatus`).
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserAppInstallStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userStatuses"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getRelatedAppStates`: function `microsoft.graph.getRelatedAppStates`.
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
                .0
                .target()
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
    pub fn update_relationships(
        &self,
        params: crate::beta::params::MobileAppUpdateRelationshipsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MobileAppUpdateRelationshipsParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("updateRelationships"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyMobileLobApp>
for crate::beta::WindowsPhoneXap {
    const SEGMENT: &'static str = "microsoft.graph.windowsPhoneXAP";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyMobileApp>
for crate::beta::WindowsPhoneXap {
    const SEGMENT: &'static str = "microsoft.graph.windowsPhoneXAP";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::WindowsPhoneXap {
    const SEGMENT: &'static str = "microsoft.graph.windowsPhoneXAP";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::WindowsPhoneXap, C> {
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
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsPrivacyDataAccessControlItem {
    const SEGMENT: &'static str = "microsoft.graph.windowsPrivacyDataAccessControlItem";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::WindowsProtectionStatePath<C> {
    /// Containment navigation property `detectedMalwareState` (`microsoft.graph.windowsDeviceMalwareState`).
    pub fn detected_malware_state(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::WindowsDeviceMalwareState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("detectedMalwareState"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsProtectionState {
    const SEGMENT: &'static str = "microsoft.graph.windowsProtectionState";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyWindowsUpdateCatalogItem>
for crate::beta::WindowsQualityUpdateCatalogItem {
    const SEGMENT: &'static str = "microsoft.graph.windowsQualityUpdateCatalogItem";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsQualityUpdateCatalogItem {
    const SEGMENT: &'static str = "microsoft.graph.windowsQualityUpdateCatalogItem";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::WindowsQualityUpdateProfilePath<C> {
    /// Structural property `expeditedUpdateSettings` (`microsoft.graph.expeditedWindowsQualityUpdateSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn expedited_update_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ExpeditedWindowsQualityUpdateSettings> {
        crate::path::PropertyPath::new(
            self.0.target().segment("expeditedUpdateSettings"),
        )
    }
    /// Containment navigation property `assignments` (`microsoft.graph.windowsQualityUpdateProfileAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::WindowsQualityUpdateProfileAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::WindowsQualityUpdateProfileAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::WindowsQualityUpdateProfileAssignParams>,
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
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsQualityUpdateProfile {
    const SEGMENT: &'static str = "microsoft.graph.windowsQualityUpdateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::WindowsQualityUpdateProfileAssignmentPath<C> {
    /// Structural property `target` (`microsoft.graph.deviceAndAppManagementAssignmentTarget`), addressed on its own: `GET` or `PATCH` it.
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::AnyDeviceAndAppManagementAssignmentTarget,
    > {
        crate::path::PropertyPath::new(self.0.target().segment("target"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsQualityUpdateProfileAssignment {
    const SEGMENT: &'static str = "microsoft.graph.windowsQualityUpdateProfileAssignment";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyMobileApp>
for crate::beta::WindowsStoreApp {
    const SEGMENT: &'static str = "microsoft.graph.windowsStoreApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::WindowsStoreApp {
    const SEGMENT: &'static str = "microsoft.graph.windowsStoreApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::WindowsStoreApp, C> {
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
impl<C> crate::beta::requests::WindowsUniversalAppXPath<C> {
    /// Structural property `minimumSupportedOperatingSystem` (`microsoft.graph.windowsMinimumOperatingSystem`), addressed on its own: `GET` or `PATCH` it.
    pub fn minimum_supported_operating_system(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::WindowsMinimumOperatingSystem> {
        crate::path::PropertyPath::new(
            self.0.target().segment("minimumSupportedOperatingSystem"),
        )
    }
    /// Containment navigation property `committedContainedApps` (`microsoft.graph.mobileContainedApp`).
    pub fn committed_contained_apps(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyMobileContainedApp,
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
        crate::beta::MobileAppContent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("contentVersions"))
    }
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::beta::MimeContent> {
        crate::path::PropertyPath::new(self.0.target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("categories"))
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.mobileAppInstallStatus`).
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppInstallStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceStatuses"))
    }
    /// Containment navigation property `installSummary` (`microsoft.graph.mobileAppInstallSummary`).
    pub fn install_summary(
        &self,
    ) -> crate::beta::requests::MobileAppInstallSummaryPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::MobileAppInstallSummaryPath::new(
            self.0.target().segment("installSummary"),
        )
    }
    /// Containment navigation property `relationships` (`microsoft.graph.mobileAppRelationship`).
    pub fn relationships(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyMobileAppRelationship,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("relationships"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.userAppInstallStatus`).
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserAppInstallStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userStatuses"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getRelatedAppStates`: function `microsoft.graph.getRelatedAppStates`.
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
                .0
                .target()
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
    pub fn update_relationships(
        &self,
        params: crate::beta::params::MobileAppUpdateRelationshipsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MobileAppUpdateRelationshipsParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("updateRelationships"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyMobileLobApp>
for crate::beta::WindowsUniversalAppX {
    const SEGMENT: &'static str = "microsoft.graph.windowsUniversalAppX";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyMobileApp>
for crate::beta::WindowsUniversalAppX {
    const SEGMENT: &'static str = "microsoft.graph.windowsUniversalAppX";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsUniversalAppX {
    const SEGMENT: &'static str = "microsoft.graph.windowsUniversalAppX";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::WindowsUniversalAppX, C> {
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
impl crate::path::DerivedFrom<crate::beta::AnyMobileContainedApp>
for crate::beta::WindowsUniversalAppXContainedApp {
    const SEGMENT: &'static str = "microsoft.graph.windowsUniversalAppXContainedApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsUniversalAppXContainedApp {
    const SEGMENT: &'static str = "microsoft.graph.windowsUniversalAppXContainedApp";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyWindowsUpdateCatalogItem {
    const SEGMENT: &'static str = "microsoft.graph.windowsUpdateCatalogItem";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::WindowsUpdateForBusinessConfigurationPath<C> {
    /// Structural property `installationSchedule` (`microsoft.graph.windowsUpdateInstallScheduleType`), addressed on its own: `GET` or `PATCH` it.
    pub fn installation_schedule(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyWindowsUpdateInstallScheduleType> {
        crate::path::PropertyPath::new(self.0.target().segment("installationSchedule"))
    }
    /// Containment navigation property `deviceUpdateStates` (`microsoft.graph.windowsUpdateState`).
    pub fn device_update_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::WindowsUpdateState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceUpdateStates"))
    }
    /// Extend Feature Updates Pause for a Windows Update for Business ring.
    ///
    /// `POST .../extendFeatureUpdatesPause`: action `microsoft.graph.extendFeatureUpdatesPause`.
    pub fn extend_feature_updates_pause(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("extendFeatureUpdatesPause"),
            rt::request::NoBody,
        )
    }
    /// Extend Quality Updates Pause for a Windows Update for Business ring.
    ///
    /// `POST .../extendQualityUpdatesPause`: action `microsoft.graph.extendQualityUpdatesPause`.
    pub fn extend_quality_updates_pause(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("extendQualityUpdatesPause"),
            rt::request::NoBody,
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleDeviceMode` (`microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleDeviceMode,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleDeviceMode"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsEdition` (`microsoft.graph.deviceManagementApplicabilityRuleOsEdition`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_os_edition(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsEdition,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleOsEdition"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsVersion` (`microsoft.graph.deviceManagementApplicabilityRuleOsVersion`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_os_version(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsVersion,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleOsVersion"),
        )
    }
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SettingStateDeviceSummary,
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
        crate::beta::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    pub fn device_status_overview(
        &self,
    ) -> crate::beta::requests::DeviceConfigurationDeviceOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceConfigurationDeviceOverviewPath::new(
            self.0.target().segment("deviceStatusOverview"),
        )
    }
    /// Containment navigation property `groupAssignments` (`microsoft.graph.deviceConfigurationGroupAssignment`).
    pub fn group_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationGroupAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("groupAssignments"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    pub fn user_status_overview(
        &self,
    ) -> crate::beta::requests::DeviceConfigurationUserOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceConfigurationUserOverviewPath::new(
            self.0.target().segment("userStatusOverview"),
        )
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::beta::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../assignedAccessMultiModeProfiles`: action `microsoft.graph.assignedAccessMultiModeProfiles`.
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
            self.0.target().segment("assignedAccessMultiModeProfiles"),
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
    /// `POST .../windowsPrivacyAccessControls`: action `microsoft.graph.windowsPrivacyAccessControls`.
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
            self.0.target().segment("windowsPrivacyAccessControls"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::WindowsUpdateForBusinessConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windowsUpdateForBusinessConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsUpdateForBusinessConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windowsUpdateForBusinessConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<crate::beta::WindowsUpdateForBusinessConfiguration, C> {
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
for crate::beta::WindowsUpdateState {
    const SEGMENT: &'static str = "microsoft.graph.windowsUpdateState";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::AnyWindowsVpnConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windowsVpnConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyWindowsVpnConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windowsVpnConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::AnyWindowsVpnConfiguration, C> {
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
for crate::beta::AnyWindowsWifiConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windowsWifiConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyWindowsWifiConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windowsWifiConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::AnyWindowsWifiConfiguration, C> {
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
impl<C> crate::beta::requests::WindowsWifiEnterpriseEapConfigurationPath<C> {
    /// Navigation property `identityCertificateForClientAuthentication` (`microsoft.graph.windowsCertificateProfileBase`).
    pub fn identity_certificate_for_client_authentication(
        &self,
    ) -> crate::beta::requests::WindowsCertificateProfileBasePath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::WindowsCertificateProfileBasePath::new(
            self.0.target().segment("identityCertificateForClientAuthentication"),
        )
    }
    /// Navigation property `rootCertificateForClientValidation` (`microsoft.graph.windows81TrustedRootCertificate`).
    pub fn root_certificate_for_client_validation(
        &self,
    ) -> crate::beta::requests::Windows81TrustedRootCertificatePath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::Windows81TrustedRootCertificatePath::new(
            self.0.target().segment("rootCertificateForClientValidation"),
        )
    }
    /// Containment navigation property `rootCertificatesForServerValidation` (`microsoft.graph.windows81TrustedRootCertificate`).
    pub fn root_certificates_for_server_validation(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Windows81TrustedRootCertificate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("rootCertificatesForServerValidation"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleDeviceMode` (`microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleDeviceMode,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleDeviceMode"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsEdition` (`microsoft.graph.deviceManagementApplicabilityRuleOsEdition`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_os_edition(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsEdition,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleOsEdition"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsVersion` (`microsoft.graph.deviceManagementApplicabilityRuleOsVersion`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_os_version(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsVersion,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleOsVersion"),
        )
    }
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SettingStateDeviceSummary,
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
        crate::beta::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    pub fn device_status_overview(
        &self,
    ) -> crate::beta::requests::DeviceConfigurationDeviceOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceConfigurationDeviceOverviewPath::new(
            self.0.target().segment("deviceStatusOverview"),
        )
    }
    /// Containment navigation property `groupAssignments` (`microsoft.graph.deviceConfigurationGroupAssignment`).
    pub fn group_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationGroupAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("groupAssignments"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    pub fn user_status_overview(
        &self,
    ) -> crate::beta::requests::DeviceConfigurationUserOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceConfigurationUserOverviewPath::new(
            self.0.target().segment("userStatusOverview"),
        )
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::beta::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../assignedAccessMultiModeProfiles`: action `microsoft.graph.assignedAccessMultiModeProfiles`.
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
            self.0.target().segment("assignedAccessMultiModeProfiles"),
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
    /// `POST .../windowsPrivacyAccessControls`: action `microsoft.graph.windowsPrivacyAccessControls`.
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
            self.0.target().segment("windowsPrivacyAccessControls"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyWindowsWifiConfiguration>
for crate::beta::WindowsWifiEnterpriseEapConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windowsWifiEnterpriseEAPConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::WindowsWifiEnterpriseEapConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windowsWifiEnterpriseEAPConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::WindowsWifiEnterpriseEapConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.windowsWifiEnterpriseEAPConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<crate::beta::WindowsWifiEnterpriseEapConfiguration, C> {
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
#[cfg(msgraph_beta_search_or_tenant_relationships)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::managed_tenants::WindowsDeviceMalwareState {
    const SEGMENT: &'static str = "microsoft.graph.managedTenants.windowsDeviceMalwareState";
}
#[cfg(msgraph_beta_search_or_tenant_relationships)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::managed_tenants::WindowsProtectionState {
    const SEGMENT: &'static str = "microsoft.graph.managedTenants.windowsProtectionState";
}
#[cfg(msgraph_beta_admin_or_search)]
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
impl<C> crate::beta::requests::windows_updates::WindowsPath<C> {
    /// Containment navigation property `updates` (`microsoft.graph.windowsUpdates.updates`).
    pub fn updates(
        &self,
    ) -> crate::beta::requests::windows_updates::UpdatesPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::windows_updates::UpdatesPath::new(
            self.0.target().segment("updates"),
        )
    }
}
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::windows_updates::Windows {
    const SEGMENT: &'static str = "microsoft.graph.windowsUpdates.windows";
}
