//! Items of `requests` by the first letters of their types' names (`windowso_windowsw`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_office_configuration_or_search)]
/// Features: `beta`, or one of `beta-office-configuration`, `beta-search`.
impl<C> crate::beta::requests::WindowsOfficeClientConfigurationPath<C> {
    /// Stream property `policyPayload`.
    pub fn policy_payload(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.0.target().segment("policyPayload"))
    }
    /// Structural property `userCheckinSummary` (`microsoft.graph.officeUserCheckinSummary`), addressed on its own: `GET` or `PATCH` it.
    pub fn user_checkin_summary(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::OfficeUserCheckinSummary> {
        crate::path::PropertyPath::new(self.0.target().segment("userCheckinSummary"))
    }
    /// Stream property `userPreferencePayload`.
    pub fn user_preference_payload(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.0.target().segment("userPreferencePayload"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.officeClientConfigurationAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OfficeClientConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::OfficeClientConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::OfficeClientConfigurationAssignParams>,
        rt::request::Collection<crate::beta::OfficeClientConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
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
/// Features: `beta`, or one of `beta-office-configuration`, `beta-search`.
impl<C> crate::beta::requests::WindowsOfficeClientSecurityConfigurationPath<C> {
    /// Stream property `policyPayload`.
    pub fn policy_payload(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.0.target().segment("policyPayload"))
    }
    /// Structural property `userCheckinSummary` (`microsoft.graph.officeUserCheckinSummary`), addressed on its own: `GET` or `PATCH` it.
    pub fn user_checkin_summary(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::OfficeUserCheckinSummary> {
        crate::path::PropertyPath::new(self.0.target().segment("userCheckinSummary"))
    }
    /// Stream property `userPreferencePayload`.
    pub fn user_preference_payload(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.0.target().segment("userPreferencePayload"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.officeClientConfigurationAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OfficeClientConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::OfficeClientConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::OfficeClientConfigurationAssignParams>,
        rt::request::Collection<crate::beta::OfficeClientConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
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
impl<C> crate::beta::requests::WindowsPhone81AppXPath<C> {
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
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::beta::requests::WindowsPhone81AppXBundlePath<C> {
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::WindowsPhone81CertificateProfileBasePath<C> {
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::WindowsPhone81CompliancePolicyPath<C> {
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::WindowsPhone81CustomConfigurationPath<C> {
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::WindowsPhone81GeneralConfigurationPath<C> {
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
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::beta::requests::WindowsPhone81StoreAppPath<C> {
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::WindowsPhone81TrustedRootCertificatePath<C> {
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::WindowsPhoneEasEmailProfileConfigurationPath<C> {
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
#[cfg(msgraph_beta_search_or_tenant_relationships)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::managed_tenants::WindowsProtectionState {
    const SEGMENT: &'static str = "microsoft.graph.managedTenants.windowsProtectionState";
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
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::beta::requests::WindowsStoreAppPath<C> {
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::WindowsVpnConfigurationPath<C> {
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
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::WindowsWifiConfigurationPath<C> {
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
