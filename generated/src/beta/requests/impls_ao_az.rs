//! Items of `requests` by the first letters of their types' names (`ao_az`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceCompliancePolicy>
for crate::beta::AospDeviceOwnerCompliancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.aospDeviceOwnerCompliancePolicy";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AospDeviceOwnerCompliancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.aospDeviceOwnerCompliancePolicy";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::AospDeviceOwnerCompliancePolicy, C> {
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
for crate::beta::AospDeviceOwnerDeviceConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.aospDeviceOwnerDeviceConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AospDeviceOwnerDeviceConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.aospDeviceOwnerDeviceConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::AospDeviceOwnerDeviceConfiguration, C> {
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
#[cfg(msgraph_beta_app_catalogs)]
/// Features: `beta` or `beta-app-catalogs`.
impl dyn crate::beta::requests::AppCatalogsPath {
    /// Containment navigation property `teamsApps` (`microsoft.graph.teamsApp`).
    #[inline]
    pub fn teams_apps(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TeamsApp,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("teamsApps"))
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
impl dyn crate::beta::requests::AppConsentApprovalRoutePath {
    /// Containment navigation property `appConsentRequests` (`microsoft.graph.appConsentRequest`).
    #[inline]
    pub fn app_consent_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AppConsentRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("appConsentRequests"),
        )
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AppConsentApprovalRoute {
    const SEGMENT: &'static str = "microsoft.graph.appConsentApprovalRoute";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::AppConsentRequestPath {
    /// Containment navigation property `userConsentRequests` (`microsoft.graph.userConsentRequest`).
    #[inline]
    pub fn user_consent_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserConsentRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("userConsentRequests"),
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AppConsentRequest {
    const SEGMENT: &'static str = "microsoft.graph.appConsentRequest";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::AppConsentRequest, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::beta::ConsentRequestFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AppConsentRequest>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "filterByCurrentUser",
                    &[
                        (
                            "on",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(on),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::AppLogCollectionRequestPath {
    /// `POST .../createDownloadUrl`: action `microsoft.graph.createDownloadUrl`.
    #[inline]
    pub fn create_download_url(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::AppLogCollectionDownloadDetails>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("createDownloadUrl"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AppLogCollectionRequest {
    const SEGMENT: &'static str = "microsoft.graph.appLogCollectionRequest";
}
#[cfg(msgraph_beta_core_or_app_role_assignments)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AppRoleAssignment {
    const SEGMENT: &'static str = "microsoft.graph.appRoleAssignment";
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::AppScope {
    const SEGMENT: &'static str = "microsoft.graph.appScope";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AppVulnerabilityManagedDevice {
    const SEGMENT: &'static str = "microsoft.graph.appVulnerabilityManagedDevice";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AppVulnerabilityMobileApp {
    const SEGMENT: &'static str = "microsoft.graph.appVulnerabilityMobileApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl dyn crate::beta::requests::AppVulnerabilityTaskPath {
    /// Containment navigation property `managedDevices` (`microsoft.graph.appVulnerabilityManagedDevice`).
    #[inline]
    pub fn managed_devices(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AppVulnerabilityManagedDevice,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("managedDevices"))
    }
    /// Containment navigation property `mobileApps` (`microsoft.graph.appVulnerabilityMobileApp`).
    #[inline]
    pub fn mobile_apps(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AppVulnerabilityMobileApp,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("mobileApps"))
    }
    /// Set the task's status and attach a note.
    ///
    /// `POST .../updateStatus`: action `microsoft.graph.updateStatus`.
    #[inline]
    pub fn update_status(
        &self,
        params: crate::beta::params::DeviceAppManagementTaskUpdateStatusParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceAppManagementTaskUpdateStatusParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("updateStatus"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceAppManagementTask>
for crate::beta::AppVulnerabilityTask {
    const SEGMENT: &'static str = "microsoft.graph.appVulnerabilityTask";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AppVulnerabilityTask {
    const SEGMENT: &'static str = "microsoft.graph.appVulnerabilityTask";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::AnyAppleDeviceFeaturesConfigurationBase {
    const SEGMENT: &'static str = "microsoft.graph.appleDeviceFeaturesConfigurationBase";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyAppleDeviceFeaturesConfigurationBase {
    const SEGMENT: &'static str = "microsoft.graph.appleDeviceFeaturesConfigurationBase";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<crate::beta::AnyAppleDeviceFeaturesConfigurationBase, C> {
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
impl dyn crate::beta::requests::AppleEnrollmentProfileAssignmentPath {
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
for crate::beta::AppleEnrollmentProfileAssignment {
    const SEGMENT: &'static str = "microsoft.graph.appleEnrollmentProfileAssignment";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::AnyAppleExpeditedCheckinConfigurationBase {
    const SEGMENT: &'static str = "microsoft.graph.appleExpeditedCheckinConfigurationBase";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyAppleExpeditedCheckinConfigurationBase {
    const SEGMENT: &'static str = "microsoft.graph.appleExpeditedCheckinConfigurationBase";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<
    crate::beta::AnyAppleExpeditedCheckinConfigurationBase,
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
impl dyn crate::beta::requests::ApplePushNotificationCertificatePath {
    /// Download Apple push notification certificate signing request
    ///
    /// `GET .../downloadApplePushNotificationCertificateSigningRequest`: function `microsoft.graph.downloadApplePushNotificationCertificateSigningRequest`.
    #[inline]
    pub fn download_apple_push_notification_certificate_signing_request(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::ValueOf<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function("downloadApplePushNotificationCertificateSigningRequest", &[]),
            rt::request::NoBody,
        )
    }
    /// Download Apple push notification certificate signing request
    ///
    /// `POST .../generateApplePushNotificationCertificateSigningRequest`: action `microsoft.graph.generateApplePushNotificationCertificateSigningRequest`.
    #[inline]
    pub fn generate_apple_push_notification_certificate_signing_request(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::ValueOf<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self
                .node_target()
                .segment("generateApplePushNotificationCertificateSigningRequest"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ApplePushNotificationCertificate {
    const SEGMENT: &'static str = "microsoft.graph.applePushNotificationCertificate";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::AppleUserInitiatedEnrollmentProfilePath {
    /// Containment navigation property `assignments` (`microsoft.graph.appleEnrollmentProfileAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AppleEnrollmentProfileAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// `POST .../setPriority`: action `microsoft.graph.setPriority`.
    #[inline]
    pub fn set_priority(
        &self,
        params: crate::beta::params::AppleUserInitiatedEnrollmentProfileSetPriorityParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::AppleUserInitiatedEnrollmentProfileSetPriorityParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("setPriority"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AppleUserInitiatedEnrollmentProfile {
    const SEGMENT: &'static str = "microsoft.graph.appleUserInitiatedEnrollmentProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::AppleVpnConfigurationPath {
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
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::AnyAppleVpnConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.appleVpnConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyAppleVpnConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.appleVpnConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::AnyAppleVpnConfiguration, C> {
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
impl crate::path::DerivedFrom<crate::beta::AnyDeviceManagementTroubleshootingEvent>
for crate::beta::AppleVppTokenTroubleshootingEvent {
    const SEGMENT: &'static str = "microsoft.graph.appleVppTokenTroubleshootingEvent";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AppleVppTokenTroubleshootingEvent {
    const SEGMENT: &'static str = "microsoft.graph.appleVppTokenTroubleshootingEvent";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::ApplicationPath {
    /// Structural property `api` (`microsoft.graph.apiApplication`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn api(&self) -> crate::path::PropertyPath<crate::beta::ApiApplication> {
        crate::path::PropertyPath::new(self.node_target().segment("api"))
    }
    /// Structural property `info` (`microsoft.graph.informationalUrl`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn info(&self) -> crate::path::PropertyPath<crate::beta::InformationalUrl> {
        crate::path::PropertyPath::new(self.node_target().segment("info"))
    }
    /// Stream property `logo`.
    #[inline]
    pub fn logo(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("logo"))
    }
    /// Structural property `optionalClaims` (`microsoft.graph.optionalClaims`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn optional_claims(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::OptionalClaims> {
        crate::path::PropertyPath::new(self.node_target().segment("optionalClaims"))
    }
    /// Structural property `parentalControlSettings` (`microsoft.graph.parentalControlSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn parental_control_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ParentalControlSettings> {
        crate::path::PropertyPath::new(
            self.node_target().segment("parentalControlSettings"),
        )
    }
    /// Structural property `publicClient` (`microsoft.graph.publicClientApplication`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn public_client(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PublicClientApplication> {
        crate::path::PropertyPath::new(self.node_target().segment("publicClient"))
    }
    /// Structural property `spa` (`microsoft.graph.spaApplication`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn spa(&self) -> crate::path::PropertyPath<crate::beta::SpaApplication> {
        crate::path::PropertyPath::new(self.node_target().segment("spa"))
    }
    /// Structural property `web` (`microsoft.graph.webApplication`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn web(&self) -> crate::path::PropertyPath<crate::beta::WebApplication> {
        crate::path::PropertyPath::new(self.node_target().segment("web"))
    }
    /// Structural property `onPremisesPublishing` (`microsoft.graph.onPremisesPublishing`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn on_premises_publishing(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::OnPremisesPublishing> {
        crate::path::PropertyPath::new(
            self.node_target().segment("onPremisesPublishing"),
        )
    }
    /// Navigation property `createdOnBehalfOf` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn created_on_behalf_of(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("createdOnBehalfOf"))
    }
    /// Containment navigation property `extensionProperties` (`microsoft.graph.extensionProperty`).
    #[inline]
    pub fn extension_properties(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ExtensionProperty,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("extensionProperties"),
        )
    }
    /// Navigation property `homeRealmDiscoveryPolicies` (`microsoft.graph.homeRealmDiscoveryPolicy`).
    #[inline]
    pub fn home_realm_discovery_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::HomeRealmDiscoveryPolicy,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("homeRealmDiscoveryPolicies"),
        )
    }
    /// Navigation property `owners` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn owners(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("owners"))
    }
    /// Navigation property `tokenIssuancePolicies` (`microsoft.graph.tokenIssuancePolicy`).
    #[inline]
    pub fn token_issuance_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TokenIssuancePolicy,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("tokenIssuancePolicies"),
        )
    }
    /// Navigation property `tokenLifetimePolicies` (`microsoft.graph.tokenLifetimePolicy`).
    #[inline]
    pub fn token_lifetime_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TokenLifetimePolicy,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("tokenLifetimePolicies"),
        )
    }
    #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
    /// Navigation property `connectorGroup` (`microsoft.graph.connectorGroup`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn connector_group(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::ConnectorGroup,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("connectorGroup"))
    }
    /// Containment navigation property `synchronization` (`microsoft.graph.synchronization`).
    #[inline]
    pub fn synchronization(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Synchronization,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("synchronization"))
    }
    /// `POST .../addKey`: action `microsoft.graph.addKey`.
    #[inline]
    pub fn add_key(
        &self,
        params: crate::beta::params::ApplicationAddKeyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ApplicationAddKeyParams>,
        rt::request::Entity<crate::beta::KeyCredential>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("addKey"),
            rt::request::Json(params),
        )
    }
    /// `POST .../addPassword`: action `microsoft.graph.addPassword`.
    #[inline]
    pub fn add_password(
        &self,
        params: crate::beta::params::ApplicationAddPasswordParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ApplicationAddPasswordParams>,
        rt::request::Entity<crate::beta::PasswordCredential>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("addPassword"),
            rt::request::Json(params),
        )
    }
    /// `POST .../removeKey`: action `microsoft.graph.removeKey`.
    #[inline]
    pub fn remove_key(
        &self,
        params: crate::beta::params::ApplicationRemoveKeyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ApplicationRemoveKeyParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("removeKey"),
            rt::request::Json(params),
        )
    }
    /// `POST .../removePassword`: action `microsoft.graph.removePassword`.
    #[inline]
    pub fn remove_password(
        &self,
        params: crate::beta::params::ApplicationRemovePasswordParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ApplicationRemovePasswordParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("removePassword"),
            rt::request::Json(params),
        )
    }
    /// `POST .../checkMemberGroups`: action `microsoft.graph.checkMemberGroups`.
    #[inline]
    pub fn check_member_groups(
        &self,
        params: crate::beta::params::DirectoryObjectCheckMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectCheckMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("checkMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../checkMemberObjects`: action `microsoft.graph.checkMemberObjects`.
    #[inline]
    pub fn check_member_objects(
        &self,
        params: crate::beta::params::DirectoryObjectCheckMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectCheckMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("checkMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberGroups`: action `microsoft.graph.getMemberGroups`.
    #[inline]
    pub fn get_member_groups(
        &self,
        params: crate::beta::params::DirectoryObjectGetMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectGetMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberObjects`: action `microsoft.graph.getMemberObjects`.
    #[inline]
    pub fn get_member_objects(
        &self,
        params: crate::beta::params::DirectoryObjectGetMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectGetMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../restore`: action `microsoft.graph.restore`.
    #[inline]
    pub fn restore(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDirectoryObject>
for crate::beta::Application {
    const SEGMENT: &'static str = "microsoft.graph.application";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Application {
    const SEGMENT: &'static str = "microsoft.graph.application";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::Application, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::Application>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
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
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
impl dyn crate::beta::requests::ApplicationSignInDetailedSummaryPath {
    /// Structural property `status` (`microsoft.graph.signInStatus`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn status(&self) -> crate::path::PropertyPath<crate::beta::SignInStatus> {
        crate::path::PropertyPath::new(self.node_target().segment("status"))
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ApplicationSignInDetailedSummary {
    const SEGMENT: &'static str = "microsoft.graph.applicationSignInDetailedSummary";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ApplicationSignInSummary {
    const SEGMENT: &'static str = "microsoft.graph.applicationSignInSummary";
}
#[cfg(msgraph_beta_application_templates_or_search)]
/// Features: `beta`, or one of `beta-application-templates`, `beta-search`.
impl dyn crate::beta::requests::ApplicationTemplatePath {
    /// `POST .../instantiate`: action `microsoft.graph.instantiate`.
    #[inline]
    pub fn instantiate(
        &self,
        params: crate::beta::params::ApplicationTemplateInstantiateParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ApplicationTemplateInstantiateParams>,
        rt::request::Entity<crate::beta::ApplicationServicePrincipal>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("instantiate"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_application_templates_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ApplicationTemplate {
    const SEGMENT: &'static str = "microsoft.graph.applicationTemplate";
}
#[cfg(msgraph_beta_core_or_role_management)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::ApprovalPath {
    /// Containment navigation property `steps` (`microsoft.graph.approvalStep`).
    #[inline]
    pub fn steps(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ApprovalStep,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("steps"))
    }
}
#[cfg(msgraph_beta_core_or_role_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Approval {
    const SEGMENT: &'static str = "microsoft.graph.approval";
}
#[cfg(msgraph_beta_core_or_role_management)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::Approval, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::beta::ApprovalFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::Approval>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "filterByCurrentUser",
                    &[
                        (
                            "on",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(on),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core_or_role_management)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::ApprovalStepPath {
    /// Structural property `reviewedBy` (`microsoft.graph.identity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn reviewed_by(&self) -> crate::path::PropertyPath<crate::beta::AnyIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("reviewedBy"))
    }
}
#[cfg(msgraph_beta_core_or_role_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::ApprovalStep {
    const SEGMENT: &'static str = "microsoft.graph.approvalStep";
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
/// Features: `beta`, or one of `beta-approval-workflow-providers`, `beta-search`.
impl dyn crate::beta::requests::ApprovalWorkflowProviderPath {
    /// Containment navigation property `businessFlows` (`microsoft.graph.businessFlow`).
    #[inline]
    pub fn business_flows(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::BusinessFlow,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("businessFlows"))
    }
    /// Containment navigation property `businessFlowsWithRequestsAwaitingMyDecision` (`microsoft.graph.businessFlow`).
    #[inline]
    pub fn business_flows_with_requests_awaiting_my_decision(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::BusinessFlow,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("businessFlowsWithRequestsAwaitingMyDecision"),
        )
    }
    /// Containment navigation property `policyTemplates` (`microsoft.graph.governancePolicyTemplate`).
    #[inline]
    pub fn policy_templates(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::GovernancePolicyTemplate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("policyTemplates"))
    }
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ApprovalWorkflowProvider {
    const SEGMENT: &'static str = "microsoft.graph.approvalWorkflowProvider";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AssignmentFilterEvaluationStatusDetails {
    const SEGMENT: &'static str = "microsoft.graph.assignmentFilterEvaluationStatusDetails";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::AnyAttachment {
    const SEGMENT: &'static str = "microsoft.graph.attachment";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::AnyAttachment, C> {
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
#[cfg(msgraph_beta_core_or_functions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AttributeMappingFunctionSchema {
    const SEGMENT: &'static str = "microsoft.graph.attributeMappingFunctionSchema";
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AudioRoutingGroup {
    const SEGMENT: &'static str = "microsoft.graph.audioRoutingGroup";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::AuditEventPath {
    /// Structural property `actor` (`microsoft.graph.auditActor`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn actor(&self) -> crate::path::PropertyPath<crate::beta::AuditActor> {
        crate::path::PropertyPath::new(self.node_target().segment("actor"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::AuditEvent {
    const SEGMENT: &'static str = "microsoft.graph.auditEvent";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::AuditEvent, C> {
    /// `GET .../getAuditActivityTypes`: function `microsoft.graph.getAuditActivityTypes`.
    pub fn get_audit_activity_types(
        &self,
        category: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getAuditActivityTypes",
                    &[
                        (
                            "category",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(category),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getAuditCategories`: function `microsoft.graph.getAuditCategories`.
    pub fn get_audit_categories(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getAuditCategories", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_audit_logs)]
/// Features: `beta` or `beta-audit-logs`.
impl dyn crate::beta::requests::AuditLogRootPath {
    /// Containment navigation property `directoryAudits` (`microsoft.graph.directoryAudit`).
    #[inline]
    pub fn directory_audits(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DirectoryAudit,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("directoryAudits"))
    }
    /// Containment navigation property `directoryProvisioning` (`microsoft.graph.provisioningObjectSummary`).
    #[inline]
    pub fn directory_provisioning(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ProvisioningObjectSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("directoryProvisioning"),
        )
    }
    /// Containment navigation property `provisioning` (`microsoft.graph.provisioningObjectSummary`).
    #[inline]
    pub fn provisioning(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ProvisioningObjectSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("provisioning"))
    }
    /// Containment navigation property `restrictedSignIns` (`microsoft.graph.restrictedSignIn`).
    #[inline]
    pub fn restricted_sign_ins(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::RestrictedSignIn,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("restrictedSignIns"))
    }
    /// Containment navigation property `signIns` (`microsoft.graph.signIn`).
    #[inline]
    pub fn sign_ins(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnySignIn,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("signIns"))
    }
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::AuthenticationPath {
    /// Containment navigation property `emailMethods` (`microsoft.graph.emailAuthenticationMethod`).
    #[inline]
    pub fn email_methods(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::EmailAuthenticationMethod,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("emailMethods"))
    }
    /// Containment navigation property `fido2Methods` (`microsoft.graph.fido2AuthenticationMethod`).
    #[inline]
    pub fn fido2_methods(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Fido2AuthenticationMethod,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("fido2Methods"))
    }
    /// Containment navigation property `methods` (`microsoft.graph.authenticationMethod`).
    #[inline]
    pub fn methods(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyAuthenticationMethod,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("methods"))
    }
    /// Containment navigation property `microsoftAuthenticatorMethods` (`microsoft.graph.microsoftAuthenticatorAuthenticationMethod`).
    #[inline]
    pub fn microsoft_authenticator_methods(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MicrosoftAuthenticatorAuthenticationMethod,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("microsoftAuthenticatorMethods"),
        )
    }
    /// Containment navigation property `operations` (`microsoft.graph.longRunningOperation`).
    #[inline]
    pub fn operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::LongRunningOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("operations"))
    }
    /// Containment navigation property `passwordlessMicrosoftAuthenticatorMethods` (`microsoft.graph.passwordlessMicrosoftAuthenticatorAuthenticationMethod`).
    #[inline]
    pub fn passwordless_microsoft_authenticator_methods(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PasswordlessMicrosoftAuthenticatorAuthenticationMethod,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("passwordlessMicrosoftAuthenticatorMethods"),
        )
    }
    /// Containment navigation property `passwordMethods` (`microsoft.graph.passwordAuthenticationMethod`).
    #[inline]
    pub fn password_methods(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PasswordAuthenticationMethod,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("passwordMethods"))
    }
    /// Containment navigation property `phoneMethods` (`microsoft.graph.phoneAuthenticationMethod`).
    #[inline]
    pub fn phone_methods(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PhoneAuthenticationMethod,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("phoneMethods"))
    }
    /// Containment navigation property `temporaryAccessPassMethods` (`microsoft.graph.temporaryAccessPassAuthenticationMethod`).
    #[inline]
    pub fn temporary_access_pass_methods(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TemporaryAccessPassAuthenticationMethod,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("temporaryAccessPassMethods"),
        )
    }
    /// Containment navigation property `windowsHelloForBusinessMethods` (`microsoft.graph.windowsHelloForBusinessAuthenticationMethod`).
    #[inline]
    pub fn windows_hello_for_business_methods(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::WindowsHelloForBusinessAuthenticationMethod,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("windowsHelloForBusinessMethods"),
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Authentication {
    const SEGMENT: &'static str = "microsoft.graph.authentication";
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AuthenticationContextClassReference {
    const SEGMENT: &'static str = "microsoft.graph.authenticationContextClassReference";
}
#[cfg(msgraph_beta_policies_or_search)]
/// Features: `beta`, or one of `beta-policies`, `beta-search`.
impl dyn crate::beta::requests::AuthenticationFlowsPolicyPath {
    /// Structural property `selfServiceSignUp` (`microsoft.graph.selfServiceSignUpAuthenticationFlowConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn self_service_sign_up(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::SelfServiceSignUpAuthenticationFlowConfiguration,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("selfServiceSignUp"))
    }
}
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AuthenticationFlowsPolicy {
    const SEGMENT: &'static str = "microsoft.graph.authenticationFlowsPolicy";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::AuthenticationMethodPath {
    /// `POST .../disableSmsSignIn`: action `microsoft.graph.disableSmsSignIn`.
    #[inline]
    pub fn disable_sms_sign_in(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("disableSmsSignIn"),
            rt::request::NoBody,
        )
    }
    /// `POST .../enableSmsSignIn`: action `microsoft.graph.enableSmsSignIn`.
    #[inline]
    pub fn enable_sms_sign_in(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("enableSmsSignIn"),
            rt::request::NoBody,
        )
    }
    /// `POST .../resetPassword`: action `microsoft.graph.resetPassword`.
    #[inline]
    pub fn reset_password(
        &self,
        params: crate::beta::params::AuthenticationMethodResetPasswordParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::AuthenticationMethodResetPasswordParams>,
        rt::request::Entity<crate::beta::PasswordResetResponse>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("resetPassword"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.authenticationMethod";
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.authenticationMethodConfiguration";
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyAuthenticationMethodTarget {
    const SEGMENT: &'static str = "microsoft.graph.authenticationMethodTarget";
}
#[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
/// Features: `beta`, or one of `beta-authentication-methods-policy`, `beta-policies`, `beta-search`.
impl dyn crate::beta::requests::AuthenticationMethodsPolicyPath {
    /// Structural property `registrationEnforcement` (`microsoft.graph.registrationEnforcement`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn registration_enforcement(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::RegistrationEnforcement> {
        crate::path::PropertyPath::new(
            self.node_target().segment("registrationEnforcement"),
        )
    }
    /// Containment navigation property `authenticationMethodConfigurations` (`microsoft.graph.authenticationMethodConfiguration`).
    #[inline]
    pub fn authentication_method_configurations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyAuthenticationMethodConfiguration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("authenticationMethodConfigurations"),
        )
    }
}
#[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AuthenticationMethodsPolicy {
    const SEGMENT: &'static str = "microsoft.graph.authenticationMethodsPolicy";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
impl dyn crate::beta::requests::AuthenticationMethodsRootPath {
    /// `GET .../usersRegisteredByFeature`: function `microsoft.graph.usersRegisteredByFeature`.
    #[inline]
    pub fn users_registered_by_feature(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::UserRegistrationFeatureSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("usersRegisteredByFeature", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../usersRegisteredByFeature`: function `microsoft.graph.usersRegisteredByFeature`.
    #[inline]
    pub fn users_registered_by_feature_2(
        &self,
        included_user_types: &crate::beta::IncludedUserTypes,
        included_user_roles: &crate::beta::IncludedUserRoles,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::UserRegistrationFeatureSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "usersRegisteredByFeature",
                    &[
                        (
                            "includedUserTypes",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(included_user_types),
                            ),
                        ),
                        (
                            "includedUserRoles",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(included_user_roles),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../usersRegisteredByMethod`: function `microsoft.graph.usersRegisteredByMethod`.
    #[inline]
    pub fn users_registered_by_method(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::UserRegistrationMethodSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("usersRegisteredByMethod", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../usersRegisteredByMethod`: function `microsoft.graph.usersRegisteredByMethod`.
    #[inline]
    pub fn users_registered_by_method_2(
        &self,
        included_user_types: &crate::beta::IncludedUserTypes,
        included_user_roles: &crate::beta::IncludedUserRoles,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::UserRegistrationMethodSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "usersRegisteredByMethod",
                    &[
                        (
                            "includedUserTypes",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(included_user_types),
                            ),
                        ),
                        (
                            "includedUserRoles",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(included_user_roles),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AuthenticationMethodsRoot {
    const SEGMENT: &'static str = "microsoft.graph.authenticationMethodsRoot";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::AuthorizationPolicyPath {
    /// Structural property `defaultUserRolePermissions` (`microsoft.graph.defaultUserRolePermissions`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn default_user_role_permissions(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DefaultUserRolePermissions> {
        crate::path::PropertyPath::new(
            self.node_target().segment("defaultUserRolePermissions"),
        )
    }
    /// `POST .../checkMemberGroups`: action `microsoft.graph.checkMemberGroups`.
    #[inline]
    pub fn check_member_groups(
        &self,
        params: crate::beta::params::DirectoryObjectCheckMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectCheckMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("checkMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../checkMemberObjects`: action `microsoft.graph.checkMemberObjects`.
    #[inline]
    pub fn check_member_objects(
        &self,
        params: crate::beta::params::DirectoryObjectCheckMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectCheckMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("checkMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberGroups`: action `microsoft.graph.getMemberGroups`.
    #[inline]
    pub fn get_member_groups(
        &self,
        params: crate::beta::params::DirectoryObjectGetMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectGetMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberObjects`: action `microsoft.graph.getMemberObjects`.
    #[inline]
    pub fn get_member_objects(
        &self,
        params: crate::beta::params::DirectoryObjectGetMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectGetMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../restore`: action `microsoft.graph.restore`.
    #[inline]
    pub fn restore(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyPolicyBase>
for crate::beta::AuthorizationPolicy {
    const SEGMENT: &'static str = "microsoft.graph.authorizationPolicy";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDirectoryObject>
for crate::beta::AuthorizationPolicy {
    const SEGMENT: &'static str = "microsoft.graph.authorizationPolicy";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AuthorizationPolicy {
    const SEGMENT: &'static str = "microsoft.graph.authorizationPolicy";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::AuthorizationPolicy, C> {
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
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AzureAdFeatureUsage {
    const SEGMENT: &'static str = "microsoft.graph.azureADFeatureUsage";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AzureAdLicenseUsage {
    const SEGMENT: &'static str = "microsoft.graph.azureADLicenseUsage";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AzureAdUserFeatureUsage {
    const SEGMENT: &'static str = "microsoft.graph.azureADUserFeatureUsage";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyWindowsAutopilotDeploymentProfile>
for crate::beta::AzureAdWindowsAutopilotDeploymentProfile {
    const SEGMENT: &'static str = "microsoft.graph.azureADWindowsAutopilotDeploymentProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AzureAdWindowsAutopilotDeploymentProfile {
    const SEGMENT: &'static str = "microsoft.graph.azureADWindowsAutopilotDeploymentProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<crate::beta::AzureAdWindowsAutopilotDeploymentProfile, C> {
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
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::windows_updates::AnyUpdatableAsset>
for crate::beta::windows_updates::AzureAdDevice {
    const SEGMENT: &'static str = "microsoft.graph.windowsUpdates.azureADDevice";
}
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::windows_updates::AzureAdDevice {
    const SEGMENT: &'static str = "microsoft.graph.windowsUpdates.azureADDevice";
}
#[cfg(msgraph_beta_admin_or_search)]
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::windows_updates::AzureAdDevice, C> {
    /// `POST .../microsoft.graph.windowsUpdates.enrollAssets`: action `microsoft.graph.windowsUpdates.enrollAssets`.
    pub fn enroll_assets(
        &self,
        params: crate::beta::params::UpdatableAssetCollectionEnrollAssetsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::UpdatableAssetCollectionEnrollAssetsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.windowsUpdates.enrollAssets"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.windowsUpdates.enrollAssetsById`: action `microsoft.graph.windowsUpdates.enrollAssetsById`.
    pub fn enroll_assets_by_id(
        &self,
        params: crate::beta::params::UpdatableAssetCollectionEnrollAssetsByIdParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::UpdatableAssetCollectionEnrollAssetsByIdParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.windowsUpdates.enrollAssetsById"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.windowsUpdates.unenrollAssets`: action `microsoft.graph.windowsUpdates.unenrollAssets`.
    pub fn unenroll_assets(
        &self,
        params: crate::beta::params::UpdatableAssetCollectionUnenrollAssetsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::UpdatableAssetCollectionUnenrollAssetsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.windowsUpdates.unenrollAssets"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.windowsUpdates.unenrollAssetsById`: action `microsoft.graph.windowsUpdates.unenrollAssetsById`.
    pub fn unenroll_assets_by_id(
        &self,
        params: crate::beta::params::UpdatableAssetCollectionUnenrollAssetsByIdParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::UpdatableAssetCollectionUnenrollAssetsByIdParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.windowsUpdates.unenrollAssetsById"),
            rt::request::Json(params),
        )
    }
}
