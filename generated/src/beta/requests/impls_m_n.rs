//! Items of `requests` by the first letters of their types' names (`m_n`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::AnyMacOsCertificateProfileBase {
    const SEGMENT: &'static str = "microsoft.graph.macOSCertificateProfileBase";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyMacOsCertificateProfileBase {
    const SEGMENT: &'static str = "microsoft.graph.macOSCertificateProfileBase";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::AnyMacOsCertificateProfileBase, C> {
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
for crate::beta::MacOsCompliancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.macOSCompliancePolicy";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MacOsCompliancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.macOSCompliancePolicy";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::MacOsCompliancePolicy, C> {
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
for crate::beta::MacOsCustomAppConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSCustomAppConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MacOsCustomAppConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSCustomAppConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::MacOsCustomAppConfiguration, C> {
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
for crate::beta::MacOsCustomConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSCustomConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MacOsCustomConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSCustomConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::MacOsCustomConfiguration, C> {
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
impl<C> crate::beta::requests::MacOsDeviceFeaturesConfigurationPath<C> {
    /// Structural property `macOSSingleSignOnExtension` (`microsoft.graph.macOSSingleSignOnExtension`), addressed on its own: `GET` or `PATCH` it.
    pub fn mac_os_single_sign_on_extension(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyMacOsSingleSignOnExtension> {
        crate::path::PropertyPath::new(
            self.0.target().segment("macOSSingleSignOnExtension"),
        )
    }
    /// Structural property `singleSignOnExtension` (`microsoft.graph.singleSignOnExtension`), addressed on its own: `GET` or `PATCH` it.
    pub fn single_sign_on_extension(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnySingleSignOnExtension> {
        crate::path::PropertyPath::new(self.0.target().segment("singleSignOnExtension"))
    }
    /// Navigation property `singleSignOnExtensionPkinitCertificate` (`microsoft.graph.macOSCertificateProfileBase`).
    pub fn single_sign_on_extension_pkinit_certificate(
        &self,
    ) -> crate::beta::requests::MacOsCertificateProfileBasePath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::MacOsCertificateProfileBasePath::new(
            self.0.target().segment("singleSignOnExtensionPkinitCertificate"),
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
impl crate::path::DerivedFrom<crate::beta::AnyAppleDeviceFeaturesConfigurationBase>
for crate::beta::MacOsDeviceFeaturesConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSDeviceFeaturesConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::MacOsDeviceFeaturesConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSDeviceFeaturesConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MacOsDeviceFeaturesConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSDeviceFeaturesConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::MacOsDeviceFeaturesConfiguration, C> {
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
for crate::beta::MacOsEndpointProtectionConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSEndpointProtectionConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MacOsEndpointProtectionConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSEndpointProtectionConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<crate::beta::MacOsEndpointProtectionConfiguration, C> {
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
impl<C> crate::beta::requests::MacOsEnterpriseWiFiConfigurationPath<C> {
    /// Navigation property `identityCertificateForClientAuthentication` (`microsoft.graph.macOSCertificateProfileBase`).
    pub fn identity_certificate_for_client_authentication(
        &self,
    ) -> crate::beta::requests::MacOsCertificateProfileBasePath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::MacOsCertificateProfileBasePath::new(
            self.0.target().segment("identityCertificateForClientAuthentication"),
        )
    }
    /// Navigation property `rootCertificateForServerValidation` (`microsoft.graph.macOSTrustedRootCertificate`).
    pub fn root_certificate_for_server_validation(
        &self,
    ) -> crate::beta::requests::MacOsTrustedRootCertificatePath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::MacOsTrustedRootCertificatePath::new(
            self.0.target().segment("rootCertificateForServerValidation"),
        )
    }
    /// Containment navigation property `rootCertificatesForServerValidation` (`microsoft.graph.macOSTrustedRootCertificate`).
    pub fn root_certificates_for_server_validation(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MacOsTrustedRootCertificate,
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
impl crate::path::DerivedFrom<crate::beta::AnyMacOsWiFiConfiguration>
for crate::beta::MacOsEnterpriseWiFiConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSEnterpriseWiFiConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::MacOsEnterpriseWiFiConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSEnterpriseWiFiConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MacOsEnterpriseWiFiConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSEnterpriseWiFiConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::MacOsEnterpriseWiFiConfiguration, C> {
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
for crate::beta::MacOsExtensionsConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSExtensionsConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MacOsExtensionsConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSExtensionsConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::MacOsExtensionsConfiguration, C> {
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
for crate::beta::MacOsGeneralDeviceConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSGeneralDeviceConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MacOsGeneralDeviceConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSGeneralDeviceConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::MacOsGeneralDeviceConfiguration, C> {
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
impl<C> crate::beta::requests::MacOsImportedPfxCertificateProfilePath<C> {
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
impl crate::path::DerivedFrom<crate::beta::AnyMacOsCertificateProfileBase>
for crate::beta::MacOsImportedPfxCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.macOSImportedPFXCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::MacOsImportedPfxCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.macOSImportedPFXCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MacOsImportedPfxCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.macOSImportedPFXCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::MacOsImportedPfxCertificateProfile, C> {
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
impl<C> crate::beta::requests::MacOsLobAppPath<C> {
    /// Structural property `minimumSupportedOperatingSystem` (`microsoft.graph.macOSMinimumOperatingSystem`), addressed on its own: `GET` or `PATCH` it.
    pub fn minimum_supported_operating_system(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::MacOsMinimumOperatingSystem> {
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
for crate::beta::MacOsLobApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSLobApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyMobileApp> for crate::beta::MacOsLobApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSLobApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::MacOsLobApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSLobApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::MacOsLobApp, C> {
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
impl crate::path::DerivedFrom<crate::beta::AnyMobileApp> for crate::beta::MacOsMdatpApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSMdatpApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::MacOsMdatpApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSMdatpApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::MacOsMdatpApp, C> {
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
impl crate::path::DerivedFrom<crate::beta::AnyMobileApp>
for crate::beta::MacOsMicrosoftEdgeApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSMicrosoftEdgeApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MacOsMicrosoftEdgeApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSMicrosoftEdgeApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::MacOsMicrosoftEdgeApp, C> {
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
impl crate::path::DerivedFrom<crate::beta::AnyMobileApp>
for crate::beta::MacOsOfficeSuiteApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSOfficeSuiteApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MacOsOfficeSuiteApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSOfficeSuiteApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::MacOsOfficeSuiteApp, C> {
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
impl<C> crate::beta::requests::MacOsPkcsCertificateProfilePath<C> {
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
impl crate::path::DerivedFrom<crate::beta::AnyMacOsCertificateProfileBase>
for crate::beta::MacOsPkcsCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.macOSPkcsCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::MacOsPkcsCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.macOSPkcsCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MacOsPkcsCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.macOSPkcsCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::MacOsPkcsCertificateProfile, C> {
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
impl<C> crate::beta::requests::MacOsScepCertificateProfilePath<C> {
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
    /// Navigation property `rootCertificate` (`microsoft.graph.macOSTrustedRootCertificate`).
    pub fn root_certificate(
        &self,
    ) -> crate::beta::requests::MacOsTrustedRootCertificatePath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::MacOsTrustedRootCertificatePath::new(
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
impl crate::path::DerivedFrom<crate::beta::AnyMacOsCertificateProfileBase>
for crate::beta::MacOsScepCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.macOSScepCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::MacOsScepCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.macOSScepCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MacOsScepCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.macOSScepCertificateProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::MacOsScepCertificateProfile, C> {
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
impl<C> crate::beta::requests::MacOsSoftwareUpdateAccountSummaryPath<C> {
    /// Containment navigation property `categorySummaries` (`microsoft.graph.macOSSoftwareUpdateCategorySummary`).
    pub fn category_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MacOsSoftwareUpdateCategorySummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("categorySummaries"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MacOsSoftwareUpdateAccountSummary {
    const SEGMENT: &'static str = "microsoft.graph.macOSSoftwareUpdateAccountSummary";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::MacOsSoftwareUpdateCategorySummaryPath<C> {
    /// Containment navigation property `updateStateSummaries` (`microsoft.graph.macOSSoftwareUpdateStateSummary`).
    pub fn update_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MacOsSoftwareUpdateStateSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("updateStateSummaries"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MacOsSoftwareUpdateCategorySummary {
    const SEGMENT: &'static str = "microsoft.graph.macOSSoftwareUpdateCategorySummary";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::MacOsSoftwareUpdateConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSSoftwareUpdateConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MacOsSoftwareUpdateConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSSoftwareUpdateConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::MacOsSoftwareUpdateConfiguration, C> {
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
for crate::beta::MacOsSoftwareUpdateStateSummary {
    const SEGMENT: &'static str = "microsoft.graph.macOSSoftwareUpdateStateSummary";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::MacOsTrustedRootCertificate {
    const SEGMENT: &'static str = "microsoft.graph.macOSTrustedRootCertificate";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MacOsTrustedRootCertificate {
    const SEGMENT: &'static str = "microsoft.graph.macOSTrustedRootCertificate";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::MacOsTrustedRootCertificate, C> {
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
impl<C> crate::beta::requests::MacOsVpnConfigurationPath<C> {
    /// Navigation property `identityCertificate` (`microsoft.graph.macOSCertificateProfileBase`).
    pub fn identity_certificate(
        &self,
    ) -> crate::beta::requests::MacOsCertificateProfileBasePath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::MacOsCertificateProfileBasePath::new(
            self.0.target().segment("identityCertificate"),
        )
    }
    /// Structural property `proxyServer` (`microsoft.graph.vpnProxyServer`), addressed on its own: `GET` or `PATCH` it.
    pub fn proxy_server(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyVpnProxyServer> {
        crate::path::PropertyPath::new(self.0.target().segment("proxyServer"))
    }
    /// Structural property `server` (`microsoft.graph.vpnServer`), addressed on its own: `GET` or `PATCH` it.
    pub fn server(&self) -> crate::path::PropertyPath<crate::beta::VpnServer> {
        crate::path::PropertyPath::new(self.0.target().segment("server"))
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
impl crate::path::DerivedFrom<crate::beta::AnyAppleVpnConfiguration>
for crate::beta::MacOsVpnConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSVpnConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::MacOsVpnConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSVpnConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MacOsVpnConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSVpnConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::MacOsVpnConfiguration, C> {
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
for crate::beta::AnyMacOsWiFiConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSWiFiConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyMacOsWiFiConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSWiFiConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::AnyMacOsWiFiConfiguration, C> {
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
impl<C> crate::beta::requests::MacOsWiredNetworkConfigurationPath<C> {
    /// Navigation property `identityCertificateForClientAuthentication` (`microsoft.graph.macOSCertificateProfileBase`).
    pub fn identity_certificate_for_client_authentication(
        &self,
    ) -> crate::beta::requests::MacOsCertificateProfileBasePath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::MacOsCertificateProfileBasePath::new(
            self.0.target().segment("identityCertificateForClientAuthentication"),
        )
    }
    /// Navigation property `rootCertificateForServerValidation` (`microsoft.graph.macOSTrustedRootCertificate`).
    pub fn root_certificate_for_server_validation(
        &self,
    ) -> crate::beta::requests::MacOsTrustedRootCertificatePath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::MacOsTrustedRootCertificatePath::new(
            self.0.target().segment("rootCertificateForServerValidation"),
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
for crate::beta::MacOsWiredNetworkConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSWiredNetworkConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MacOsWiredNetworkConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSWiredNetworkConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::MacOsWiredNetworkConfiguration, C> {
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
impl<C> crate::beta::requests::MacOsVppAppPath<C> {
    /// Structural property `licensingType` (`microsoft.graph.vppLicensingType`), addressed on its own: `GET` or `PATCH` it.
    pub fn licensing_type(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::VppLicensingType> {
        crate::path::PropertyPath::new(self.0.target().segment("licensingType"))
    }
    /// Containment navigation property `assignedLicenses` (`microsoft.graph.macOsVppAppAssignedLicense`).
    pub fn assigned_licenses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MacOsVppAppAssignedLicense,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignedLicenses"))
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
impl crate::path::DerivedFrom<crate::beta::AnyMobileApp> for crate::beta::MacOsVppApp {
    const SEGMENT: &'static str = "microsoft.graph.macOsVppApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::MacOsVppApp {
    const SEGMENT: &'static str = "microsoft.graph.macOsVppApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::MacOsVppApp, C> {
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
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MacOsVppAppAssignedLicense {
    const SEGMENT: &'static str = "microsoft.graph.macOsVppAppAssignedLicense";
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyThreatAssessmentRequest>
for crate::beta::MailAssessmentRequest {
    const SEGMENT: &'static str = "microsoft.graph.mailAssessmentRequest";
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MailAssessmentRequest {
    const SEGMENT: &'static str = "microsoft.graph.mailAssessmentRequest";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C, T> crate::beta::requests::MailFolderPath<C, T> {
    /// Containment navigation property `childFolders` (`microsoft.graph.mailFolder`).
    pub fn child_folders(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyMailFolder,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("childFolders"))
    }
    /// Containment navigation property `messageRules` (`microsoft.graph.messageRule`).
    pub fn message_rules(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MessageRule,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("messageRules"))
    }
    /// Containment navigation property `messages` (`microsoft.graph.message`).
    pub fn messages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyMessage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("messages"))
    }
    /// Containment navigation property `multiValueExtendedProperties` (`microsoft.graph.multiValueLegacyExtendedProperty`).
    pub fn multi_value_extended_properties(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MultiValueLegacyExtendedProperty,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("multiValueExtendedProperties"),
        )
    }
    /// Containment navigation property `singleValueExtendedProperties` (`microsoft.graph.singleValueLegacyExtendedProperty`).
    pub fn single_value_extended_properties(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SingleValueLegacyExtendedProperty,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("singleValueExtendedProperties"),
        )
    }
    /// Containment navigation property `userConfigurations` (`microsoft.graph.userConfiguration`).
    pub fn user_configurations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserConfiguration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userConfigurations"))
    }
    /// `POST .../copy`: action `microsoft.graph.copy`.
    pub fn copy(
        &self,
        params: crate::beta::params::MailFolderCopyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MailFolderCopyParams>,
        rt::request::Entity<crate::beta::AnyMailFolder>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("copy"),
            rt::request::Json(params),
        )
    }
    /// `POST .../move`: action `microsoft.graph.move`.
    pub fn move_(
        &self,
        params: crate::beta::params::MailFolderMoveParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MailFolderMoveParams>,
        rt::request::Entity<crate::beta::AnyMailFolder>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("move"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::AnyMailFolder {
    const SEGMENT: &'static str = "microsoft.graph.mailFolder";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::AnyMailFolder, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AnyMailFolder>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyMailFolder>
for crate::beta::MailSearchFolder {
    const SEGMENT: &'static str = "microsoft.graph.mailSearchFolder";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::MailSearchFolder {
    const SEGMENT: &'static str = "microsoft.graph.mailSearchFolder";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::MailSearchFolder, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AnyMailFolder>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MailboxUsageDetail {
    const SEGMENT: &'static str = "microsoft.graph.mailboxUsageDetail";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MailboxUsageMailboxCounts {
    const SEGMENT: &'static str = "microsoft.graph.mailboxUsageMailboxCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MailboxUsageQuotaStatusMailboxCounts {
    const SEGMENT: &'static str = "microsoft.graph.mailboxUsageQuotaStatusMailboxCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MailboxUsageStorage {
    const SEGMENT: &'static str = "microsoft.graph.mailboxUsageStorage";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MalwareStateForWindowsDevice {
    const SEGMENT: &'static str = "microsoft.graph.malwareStateForWindowsDevice";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ManagedAllDeviceCertificateState {
    const SEGMENT: &'static str = "microsoft.graph.managedAllDeviceCertificateState";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::beta::requests::ManagedAndroidLobAppPath<C> {
    /// Structural property `minimumSupportedOperatingSystem` (`microsoft.graph.androidMinimumOperatingSystem`), addressed on its own: `GET` or `PATCH` it.
    pub fn minimum_supported_operating_system(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AndroidMinimumOperatingSystem> {
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
impl crate::path::DerivedFrom<crate::beta::AnyManagedMobileLobApp>
for crate::beta::ManagedAndroidLobApp {
    const SEGMENT: &'static str = "microsoft.graph.managedAndroidLobApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyManagedApp>
for crate::beta::ManagedAndroidLobApp {
    const SEGMENT: &'static str = "microsoft.graph.managedAndroidLobApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyMobileApp>
for crate::beta::ManagedAndroidLobApp {
    const SEGMENT: &'static str = "microsoft.graph.managedAndroidLobApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ManagedAndroidLobApp {
    const SEGMENT: &'static str = "microsoft.graph.managedAndroidLobApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::ManagedAndroidLobApp, C> {
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
impl<C> crate::beta::requests::ManagedAndroidStoreAppPath<C> {
    /// Structural property `minimumSupportedOperatingSystem` (`microsoft.graph.androidMinimumOperatingSystem`), addressed on its own: `GET` or `PATCH` it.
    pub fn minimum_supported_operating_system(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AndroidMinimumOperatingSystem> {
        crate::path::PropertyPath::new(
            self.0.target().segment("minimumSupportedOperatingSystem"),
        )
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
impl crate::path::DerivedFrom<crate::beta::AnyManagedApp>
for crate::beta::ManagedAndroidStoreApp {
    const SEGMENT: &'static str = "microsoft.graph.managedAndroidStoreApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyMobileApp>
for crate::beta::ManagedAndroidStoreApp {
    const SEGMENT: &'static str = "microsoft.graph.managedAndroidStoreApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ManagedAndroidStoreApp {
    const SEGMENT: &'static str = "microsoft.graph.managedAndroidStoreApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::ManagedAndroidStoreApp, C> {
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
impl crate::path::DerivedFrom<crate::beta::AnyMobileApp> for crate::beta::AnyManagedApp {
    const SEGMENT: &'static str = "microsoft.graph.managedApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::AnyManagedApp {
    const SEGMENT: &'static str = "microsoft.graph.managedApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::AnyManagedApp, C> {
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
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyManagedAppPolicy>
for crate::beta::AnyManagedAppConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.managedAppConfiguration";
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyManagedAppConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.managedAppConfiguration";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ManagedAppOperation {
    const SEGMENT: &'static str = "microsoft.graph.managedAppOperation";
}
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C, T> crate::beta::requests::ManagedAppPolicyPath<C, T> {
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
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyManagedAppPolicy {
    const SEGMENT: &'static str = "microsoft.graph.managedAppPolicy";
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ManagedAppPolicyDeploymentSummary {
    const SEGMENT: &'static str = "microsoft.graph.managedAppPolicyDeploymentSummary";
}
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::ManagedAppProtectionPath<C> {
    /// `POST .../targetApps`: action `microsoft.graph.targetApps`.
    pub fn target_apps(
        &self,
        params: crate::beta::params::ManagedAppProtectionTargetAppsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ManagedAppProtectionTargetAppsParams>,
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
for crate::beta::AnyManagedAppProtection {
    const SEGMENT: &'static str = "microsoft.graph.managedAppProtection";
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyManagedAppProtection {
    const SEGMENT: &'static str = "microsoft.graph.managedAppProtection";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyPolicySetItem>
for crate::beta::ManagedAppProtectionPolicySetItem {
    const SEGMENT: &'static str = "microsoft.graph.managedAppProtectionPolicySetItem";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ManagedAppProtectionPolicySetItem {
    const SEGMENT: &'static str = "microsoft.graph.managedAppProtectionPolicySetItem";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C, T> crate::beta::requests::ManagedAppRegistrationPath<C, T> {
    /// Structural property `appIdentifier` (`microsoft.graph.mobileAppIdentifier`), addressed on its own: `GET` or `PATCH` it.
    pub fn app_identifier(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyMobileAppIdentifier> {
        crate::path::PropertyPath::new(self.0.target().segment("appIdentifier"))
    }
    /// Containment navigation property `appliedPolicies` (`microsoft.graph.managedAppPolicy`).
    pub fn applied_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyManagedAppPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("appliedPolicies"))
    }
    /// Containment navigation property `intendedPolicies` (`microsoft.graph.managedAppPolicy`).
    pub fn intended_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyManagedAppPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("intendedPolicies"))
    }
    /// Containment navigation property `operations` (`microsoft.graph.managedAppOperation`).
    pub fn operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ManagedAppOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("operations"))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyManagedAppRegistration {
    const SEGMENT: &'static str = "microsoft.graph.managedAppRegistration";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::AnyManagedAppRegistration, C> {
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
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyManagedAppStatus {
    const SEGMENT: &'static str = "microsoft.graph.managedAppStatus";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::beta::requests::ManagedAppStatusRawPath<C> {
    /// Structural property `content` (`microsoft.graph.Json`), addressed on its own: `GET` or `PATCH` it.
    pub fn content(&self) -> crate::path::PropertyPath<crate::beta::Json> {
        crate::path::PropertyPath::new(self.0.target().segment("content"))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyManagedAppStatus>
for crate::beta::ManagedAppStatusRaw {
    const SEGMENT: &'static str = "microsoft.graph.managedAppStatusRaw";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ManagedAppStatusRaw {
    const SEGMENT: &'static str = "microsoft.graph.managedAppStatusRaw";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C, T> crate::beta::requests::ManagedDevicePath<C, T> {
    /// Structural property `configurationManagerClientEnabledFeatures` (`microsoft.graph.configurationManagerClientEnabledFeatures`), addressed on its own: `GET` or `PATCH` it.
    pub fn configuration_manager_client_enabled_features(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::ConfigurationManagerClientEnabledFeatures,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("configurationManagerClientEnabledFeatures"),
        )
    }
    /// Structural property `configurationManagerClientHealthState` (`microsoft.graph.configurationManagerClientHealthState`), addressed on its own: `GET` or `PATCH` it.
    pub fn configuration_manager_client_health_state(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ConfigurationManagerClientHealthState> {
        crate::path::PropertyPath::new(
            self.0.target().segment("configurationManagerClientHealthState"),
        )
    }
    /// Structural property `configurationManagerClientInformation` (`microsoft.graph.configurationManagerClientInformation`), addressed on its own: `GET` or `PATCH` it.
    pub fn configuration_manager_client_information(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ConfigurationManagerClientInformation> {
        crate::path::PropertyPath::new(
            self.0.target().segment("configurationManagerClientInformation"),
        )
    }
    /// Structural property `deviceHealthAttestationState` (`microsoft.graph.deviceHealthAttestationState`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_health_attestation_state(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceHealthAttestationState> {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceHealthAttestationState"),
        )
    }
    /// Structural property `hardwareInformation` (`microsoft.graph.hardwareInformation`), addressed on its own: `GET` or `PATCH` it.
    pub fn hardware_information(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::HardwareInformation> {
        crate::path::PropertyPath::new(self.0.target().segment("hardwareInformation"))
    }
    /// Containment navigation property `assignmentFilterEvaluationStatusDetails` (`microsoft.graph.assignmentFilterEvaluationStatusDetails`).
    pub fn assignment_filter_evaluation_status_details(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AssignmentFilterEvaluationStatusDetails,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("assignmentFilterEvaluationStatusDetails"),
        )
    }
    /// Containment navigation property `deviceCompliancePolicyStates` (`microsoft.graph.deviceCompliancePolicyState`).
    pub fn device_compliance_policy_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceCompliancePolicyState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("deviceCompliancePolicyStates"),
        )
    }
    /// Containment navigation property `deviceConfigurationStates` (`microsoft.graph.deviceConfigurationState`).
    pub fn device_configuration_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("deviceConfigurationStates"),
        )
    }
    /// Containment navigation property `managedDeviceMobileAppConfigurationStates` (`microsoft.graph.managedDeviceMobileAppConfigurationState`).
    pub fn managed_device_mobile_app_configuration_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ManagedDeviceMobileAppConfigurationState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("managedDeviceMobileAppConfigurationStates"),
        )
    }
    /// Containment navigation property `securityBaselineStates` (`microsoft.graph.securityBaselineState`).
    pub fn security_baseline_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SecurityBaselineState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("securityBaselineStates"),
        )
    }
    #[cfg(msgraph_beta_device_management_or_search)]
    /// Navigation property `detectedApps` (`microsoft.graph.detectedApp`).
    ///
    /// Features: `beta`, or one of `beta-device-management`, `beta-search`.
    pub fn detected_apps(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DetectedApp,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("detectedApps"))
    }
    /// Containment navigation property `deviceCategory` (`microsoft.graph.deviceCategory`).
    pub fn device_category(
        &self,
    ) -> crate::beta::requests::DeviceCategoryPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::DeviceCategoryPath::new(
            self.0.target().segment("deviceCategory"),
        )
    }
    /// Containment navigation property `logCollectionRequests` (`microsoft.graph.deviceLogCollectionResponse`).
    pub fn log_collection_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceLogCollectionResponse,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("logCollectionRequests"),
        )
    }
    /// Containment navigation property `users` (`microsoft.graph.user`).
    pub fn users(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::User,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("users"))
    }
    /// Containment navigation property `windowsProtectionState` (`microsoft.graph.windowsProtectionState`).
    pub fn windows_protection_state(
        &self,
    ) -> crate::beta::requests::WindowsProtectionStatePath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::WindowsProtectionStatePath::new(
            self.0.target().segment("windowsProtectionState"),
        )
    }
    /// Activate eSIM on the device.
    ///
    /// `POST .../activateDeviceEsim`: action `microsoft.graph.activateDeviceEsim`.
    pub fn activate_device_esim(
        &self,
        params: crate::beta::params::ManagedDeviceActivateDeviceEsimParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ManagedDeviceActivateDeviceEsimParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("activateDeviceEsim"),
            rt::request::Json(params),
        )
    }
    /// Bypass activation lock
    ///
    /// `POST .../bypassActivationLock`: action `microsoft.graph.bypassActivationLock`.
    pub fn bypass_activation_lock(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("bypassActivationLock"),
            rt::request::NoBody,
        )
    }
    /// Clean Windows device
    ///
    /// `POST .../cleanWindowsDevice`: action `microsoft.graph.cleanWindowsDevice`.
    pub fn clean_windows_device(
        &self,
        params: crate::beta::params::ManagedDeviceCleanWindowsDeviceParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ManagedDeviceCleanWindowsDeviceParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("cleanWindowsDevice"),
            rt::request::Json(params),
        )
    }
    /// `POST .../createDeviceLogCollectionRequest`: action `microsoft.graph.createDeviceLogCollectionRequest`.
    pub fn create_device_log_collection_request(
        &self,
        params: crate::beta::params::ManagedDeviceCreateDeviceLogCollectionRequestParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::ManagedDeviceCreateDeviceLogCollectionRequestParams,
        >,
        rt::request::Entity<crate::beta::DeviceLogCollectionResponse>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("createDeviceLogCollectionRequest"),
            rt::request::Json(params),
        )
    }
    /// Delete user from shared Apple device
    ///
    /// `POST .../deleteUserFromSharedAppleDevice`: action `microsoft.graph.deleteUserFromSharedAppleDevice`.
    pub fn delete_user_from_shared_apple_device(
        &self,
        params: crate::beta::params::ManagedDeviceDeleteUserFromSharedAppleDeviceParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::ManagedDeviceDeleteUserFromSharedAppleDeviceParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("deleteUserFromSharedAppleDevice"),
            rt::request::Json(params),
        )
    }
    /// Disable lost mode
    ///
    /// `POST .../disableLostMode`: action `microsoft.graph.disableLostMode`.
    pub fn disable_lost_mode(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("disableLostMode"),
            rt::request::NoBody,
        )
    }
    /// Enable lost mode
    ///
    /// `POST .../enableLostMode`: action `microsoft.graph.enableLostMode`.
    pub fn enable_lost_mode(
        &self,
        params: crate::beta::params::ManagedDeviceEnableLostModeParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ManagedDeviceEnableLostModeParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("enableLostMode"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getCloudPcRemoteActionResults`: function `microsoft.graph.getCloudPcRemoteActionResults`.
    pub fn get_cloud_pc_remote_action_results(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::CloudPcRemoteActionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("getCloudPcRemoteActionResults", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getFileVaultKey`: function `microsoft.graph.getFileVaultKey`.
    pub fn get_file_vault_key(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::ValueOf<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("getFileVaultKey", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getNonCompliantSettings`: function `microsoft.graph.getNonCompliantSettings`.
    pub fn get_non_compliant_settings(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::DeviceCompliancePolicySettingState>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("getNonCompliantSettings", &[]),
            rt::request::NoBody,
        )
    }
    /// Locate a device
    ///
    /// `POST .../locateDevice`: action `microsoft.graph.locateDevice`.
    pub fn locate_device(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("locateDevice"),
            rt::request::NoBody,
        )
    }
    /// Logout shared Apple device active user
    ///
    /// `POST .../logoutSharedAppleDeviceActiveUser`: action `microsoft.graph.logoutSharedAppleDeviceActiveUser`.
    pub fn logout_shared_apple_device_active_user(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("logoutSharedAppleDeviceActiveUser"),
            rt::request::NoBody,
        )
    }
    /// `POST .../overrideComplianceState`: action `microsoft.graph.overrideComplianceState`.
    pub fn override_compliance_state(
        &self,
        params: crate::beta::params::ManagedDeviceOverrideComplianceStateParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::ManagedDeviceOverrideComplianceStateParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("overrideComplianceState"),
            rt::request::Json(params),
        )
    }
    /// Remote lock
    ///
    /// `POST .../playLostModeSound`: action `microsoft.graph.playLostModeSound`.
    pub fn play_lost_mode_sound(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("playLostModeSound"),
            rt::request::NoBody,
        )
    }
    /// Reboot device
    ///
    /// `POST .../rebootNow`: action `microsoft.graph.rebootNow`.
    pub fn reboot_now(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("rebootNow"),
            rt::request::NoBody,
        )
    }
    /// Recover passcode
    ///
    /// `POST .../recoverPasscode`: action `microsoft.graph.recoverPasscode`.
    pub fn recover_passcode(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("recoverPasscode"),
            rt::request::NoBody,
        )
    }
    /// Remote lock
    ///
    /// `POST .../remoteLock`: action `microsoft.graph.remoteLock`.
    pub fn remote_lock(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("remoteLock"),
            rt::request::NoBody,
        )
    }
    /// `POST .../reprovisionCloudPc`: action `microsoft.graph.reprovisionCloudPc`.
    pub fn reprovision_cloud_pc(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("reprovisionCloudPc"),
            rt::request::NoBody,
        )
    }
    /// Request remote assistance
    ///
    /// `POST .../requestRemoteAssistance`: action `microsoft.graph.requestRemoteAssistance`.
    pub fn request_remote_assistance(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("requestRemoteAssistance"),
            rt::request::NoBody,
        )
    }
    /// Reset passcode
    ///
    /// `POST .../resetPasscode`: action `microsoft.graph.resetPasscode`.
    pub fn reset_passcode(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("resetPasscode"),
            rt::request::NoBody,
        )
    }
    /// `POST .../resizeCloudPc`: action `microsoft.graph.resizeCloudPc`.
    pub fn resize_cloud_pc(
        &self,
        params: crate::beta::params::ManagedDeviceResizeCloudPcParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ManagedDeviceResizeCloudPcParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("resizeCloudPc"),
            rt::request::Json(params),
        )
    }
    /// Retire a device
    ///
    /// `POST .../retire`: action `microsoft.graph.retire`.
    pub fn retire(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("retire"),
            rt::request::NoBody,
        )
    }
    /// Revoke all Apple Vpp licenses for a device
    ///
    /// `POST .../revokeAppleVppLicenses`: action `microsoft.graph.revokeAppleVppLicenses`.
    pub fn revoke_apple_vpp_licenses(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("revokeAppleVppLicenses"),
            rt::request::NoBody,
        )
    }
    /// Rotate BitLockerKeys
    ///
    /// `POST .../rotateBitLockerKeys`: action `microsoft.graph.rotateBitLockerKeys`.
    pub fn rotate_bit_locker_keys(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("rotateBitLockerKeys"),
            rt::request::NoBody,
        )
    }
    /// `POST .../rotateFileVaultKey`: action `microsoft.graph.rotateFileVaultKey`.
    pub fn rotate_file_vault_key(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("rotateFileVaultKey"),
            rt::request::NoBody,
        )
    }
    /// `POST .../sendCustomNotificationToCompanyPortal`: action `microsoft.graph.sendCustomNotificationToCompanyPortal`.
    pub fn send_custom_notification_to_company_portal(
        &self,
        params: crate::beta::params::ManagedDeviceSendCustomNotificationToCompanyPortalParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::ManagedDeviceSendCustomNotificationToCompanyPortalParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("sendCustomNotificationToCompanyPortal"),
            rt::request::Json(params),
        )
    }
    /// Set device name of the device.
    ///
    /// `POST .../setDeviceName`: action `microsoft.graph.setDeviceName`.
    pub fn set_device_name(
        &self,
        params: crate::beta::params::ManagedDeviceSetDeviceNameParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ManagedDeviceSetDeviceNameParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("setDeviceName"),
            rt::request::Json(params),
        )
    }
    /// Shut down device
    ///
    /// `POST .../shutDown`: action `microsoft.graph.shutDown`.
    pub fn shut_down(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("shutDown"),
            rt::request::NoBody,
        )
    }
    /// `POST .../syncDevice`: action `microsoft.graph.syncDevice`.
    pub fn sync_device(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("syncDevice"),
            rt::request::NoBody,
        )
    }
    /// Trigger action on ConfigurationManager client
    ///
    /// `POST .../triggerConfigurationManagerAction`: action `microsoft.graph.triggerConfigurationManagerAction`.
    pub fn trigger_configuration_manager_action(
        &self,
        params: crate::beta::params::ManagedDeviceTriggerConfigurationManagerActionParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::ManagedDeviceTriggerConfigurationManagerActionParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("triggerConfigurationManagerAction"),
            rt::request::Json(params),
        )
    }
    /// `POST .../updateWindowsDeviceAccount`: action `microsoft.graph.updateWindowsDeviceAccount`.
    pub fn update_windows_device_account(
        &self,
        params: crate::beta::params::ManagedDeviceUpdateWindowsDeviceAccountParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::ManagedDeviceUpdateWindowsDeviceAccountParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("updateWindowsDeviceAccount"),
            rt::request::Json(params),
        )
    }
    /// `POST .../windowsDefenderScan`: action `microsoft.graph.windowsDefenderScan`.
    pub fn windows_defender_scan(
        &self,
        params: crate::beta::params::ManagedDeviceWindowsDefenderScanParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ManagedDeviceWindowsDefenderScanParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("windowsDefenderScan"),
            rt::request::Json(params),
        )
    }
    /// `POST .../windowsDefenderUpdateSignatures`: action `microsoft.graph.windowsDefenderUpdateSignatures`.
    pub fn windows_defender_update_signatures(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("windowsDefenderUpdateSignatures"),
            rt::request::NoBody,
        )
    }
    /// Wipe a device
    ///
    /// `POST .../wipe`: action `microsoft.graph.wipe`.
    pub fn wipe(
        &self,
        params: crate::beta::params::ManagedDeviceWipeParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ManagedDeviceWipeParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("wipe"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::AnyManagedDevice {
    const SEGMENT: &'static str = "microsoft.graph.managedDevice";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::AnyManagedDevice, C> {
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
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ManagedDeviceCertificateState {
    const SEGMENT: &'static str = "microsoft.graph.managedDeviceCertificateState";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ManagedDeviceEncryptionState {
    const SEGMENT: &'static str = "microsoft.graph.managedDeviceEncryptionState";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C, T> crate::beta::requests::ManagedDeviceMobileAppConfigurationPath<C, T> {
    /// Containment navigation property `assignments` (`microsoft.graph.managedDeviceMobileAppConfigurationAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ManagedDeviceMobileAppConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus`).
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ManagedDeviceMobileAppConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusSummary` (`microsoft.graph.managedDeviceMobileAppConfigurationDeviceSummary`).
    pub fn device_status_summary(
        &self,
    ) -> crate::beta::requests::ManagedDeviceMobileAppConfigurationDeviceSummaryPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::ManagedDeviceMobileAppConfigurationDeviceSummaryPath::new(
            self.0.target().segment("deviceStatusSummary"),
        )
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.managedDeviceMobileAppConfigurationUserStatus`).
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ManagedDeviceMobileAppConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusSummary` (`microsoft.graph.managedDeviceMobileAppConfigurationUserSummary`).
    pub fn user_status_summary(
        &self,
    ) -> crate::beta::requests::ManagedDeviceMobileAppConfigurationUserSummaryPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::ManagedDeviceMobileAppConfigurationUserSummaryPath::new(
            self.0.target().segment("userStatusSummary"),
        )
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::ManagedDeviceMobileAppConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::ManagedDeviceMobileAppConfigurationAssignParams,
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
for crate::beta::AnyManagedDeviceMobileAppConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.managedDeviceMobileAppConfiguration";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::beta::requests::ManagedDeviceMobileAppConfigurationAssignmentPath<C> {
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
for crate::beta::ManagedDeviceMobileAppConfigurationAssignment {
    const SEGMENT: &'static str = "microsoft.graph.managedDeviceMobileAppConfigurationAssignment";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ManagedDeviceMobileAppConfigurationDeviceStatus {
    const SEGMENT: &'static str = "microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ManagedDeviceMobileAppConfigurationDeviceSummary {
    const SEGMENT: &'static str = "microsoft.graph.managedDeviceMobileAppConfigurationDeviceSummary";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyPolicySetItem>
for crate::beta::ManagedDeviceMobileAppConfigurationPolicySetItem {
    const SEGMENT: &'static str = "microsoft.graph.managedDeviceMobileAppConfigurationPolicySetItem";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ManagedDeviceMobileAppConfigurationPolicySetItem {
    const SEGMENT: &'static str = "microsoft.graph.managedDeviceMobileAppConfigurationPolicySetItem";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ManagedDeviceMobileAppConfigurationState {
    const SEGMENT: &'static str = "microsoft.graph.managedDeviceMobileAppConfigurationState";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ManagedDeviceMobileAppConfigurationUserStatus {
    const SEGMENT: &'static str = "microsoft.graph.managedDeviceMobileAppConfigurationUserStatus";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ManagedDeviceMobileAppConfigurationUserSummary {
    const SEGMENT: &'static str = "microsoft.graph.managedDeviceMobileAppConfigurationUserSummary";
}
#[cfg(msgraph_beta_search)]
/// Features: `beta` or `beta-search`.
impl<C> crate::beta::requests::ManagedDeviceOverviewPath<C> {
    /// Structural property `deviceExchangeAccessStateSummary` (`microsoft.graph.deviceExchangeAccessStateSummary`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_exchange_access_state_summary(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceExchangeAccessStateSummary> {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceExchangeAccessStateSummary"),
        )
    }
    /// Structural property `deviceOperatingSystemSummary` (`microsoft.graph.deviceOperatingSystemSummary`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_operating_system_summary(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceOperatingSystemSummary> {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceOperatingSystemSummary"),
        )
    }
    /// Structural property `managedDeviceModelsAndManufacturers` (`microsoft.graph.managedDeviceModelsAndManufacturers`), addressed on its own: `GET` or `PATCH` it.
    pub fn managed_device_models_and_manufacturers(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ManagedDeviceModelsAndManufacturers> {
        crate::path::PropertyPath::new(
            self.0.target().segment("managedDeviceModelsAndManufacturers"),
        )
    }
}
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ManagedDeviceOverview {
    const SEGMENT: &'static str = "microsoft.graph.managedDeviceOverview";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C, T> crate::beta::requests::ManagedEBookPath<C, T> {
    /// Structural property `largeCover` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn large_cover(&self) -> crate::path::PropertyPath<crate::beta::MimeContent> {
        crate::path::PropertyPath::new(self.0.target().segment("largeCover"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.managedEBookAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyManagedEBookAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.managedEBookCategory`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ManagedEBookCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("categories"))
    }
    /// Containment navigation property `deviceStates` (`microsoft.graph.deviceInstallState`).
    pub fn device_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceInstallState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceStates"))
    }
    /// Containment navigation property `installSummary` (`microsoft.graph.eBookInstallSummary`).
    pub fn install_summary(
        &self,
    ) -> crate::beta::requests::EBookInstallSummaryPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::EBookInstallSummaryPath::new(
            self.0.target().segment("installSummary"),
        )
    }
    /// Containment navigation property `userStateSummary` (`microsoft.graph.userInstallStateSummary`).
    pub fn user_state_summary(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserInstallStateSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userStateSummary"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::ManagedEBookAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ManagedEBookAssignParams>,
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
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::AnyManagedEBook {
    const SEGMENT: &'static str = "microsoft.graph.managedEBook";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C, T> crate::beta::requests::ManagedEBookAssignmentPath<C, T> {
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
for crate::beta::AnyManagedEBookAssignment {
    const SEGMENT: &'static str = "microsoft.graph.managedEBookAssignment";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ManagedEBookCategory {
    const SEGMENT: &'static str = "microsoft.graph.managedEBookCategory";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::beta::requests::ManagedIosLobAppPath<C> {
    /// Structural property `applicableDeviceType` (`microsoft.graph.iosDeviceType`), addressed on its own: `GET` or `PATCH` it.
    pub fn applicable_device_type(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IosDeviceType> {
        crate::path::PropertyPath::new(self.0.target().segment("applicableDeviceType"))
    }
    /// Structural property `minimumSupportedOperatingSystem` (`microsoft.graph.iosMinimumOperatingSystem`), addressed on its own: `GET` or `PATCH` it.
    pub fn minimum_supported_operating_system(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IosMinimumOperatingSystem> {
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
impl crate::path::DerivedFrom<crate::beta::AnyManagedMobileLobApp>
for crate::beta::ManagedIosLobApp {
    const SEGMENT: &'static str = "microsoft.graph.managedIOSLobApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyManagedApp>
for crate::beta::ManagedIosLobApp {
    const SEGMENT: &'static str = "microsoft.graph.managedIOSLobApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyMobileApp>
for crate::beta::ManagedIosLobApp {
    const SEGMENT: &'static str = "microsoft.graph.managedIOSLobApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::ManagedIosLobApp {
    const SEGMENT: &'static str = "microsoft.graph.managedIOSLobApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::ManagedIosLobApp, C> {
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
impl<C> crate::beta::requests::ManagedIosStoreAppPath<C> {
    /// Structural property `applicableDeviceType` (`microsoft.graph.iosDeviceType`), addressed on its own: `GET` or `PATCH` it.
    pub fn applicable_device_type(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IosDeviceType> {
        crate::path::PropertyPath::new(self.0.target().segment("applicableDeviceType"))
    }
    /// Structural property `minimumSupportedOperatingSystem` (`microsoft.graph.iosMinimumOperatingSystem`), addressed on its own: `GET` or `PATCH` it.
    pub fn minimum_supported_operating_system(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IosMinimumOperatingSystem> {
        crate::path::PropertyPath::new(
            self.0.target().segment("minimumSupportedOperatingSystem"),
        )
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
impl crate::path::DerivedFrom<crate::beta::AnyManagedApp>
for crate::beta::ManagedIosStoreApp {
    const SEGMENT: &'static str = "microsoft.graph.managedIOSStoreApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyMobileApp>
for crate::beta::ManagedIosStoreApp {
    const SEGMENT: &'static str = "microsoft.graph.managedIOSStoreApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ManagedIosStoreApp {
    const SEGMENT: &'static str = "microsoft.graph.managedIOSStoreApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::ManagedIosStoreApp, C> {
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
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::ManagedMobileAppPath<C> {
    /// Structural property `mobileAppIdentifier` (`microsoft.graph.mobileAppIdentifier`), addressed on its own: `GET` or `PATCH` it.
    pub fn mobile_app_identifier(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyMobileAppIdentifier> {
        crate::path::PropertyPath::new(self.0.target().segment("mobileAppIdentifier"))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::ManagedMobileApp {
    const SEGMENT: &'static str = "microsoft.graph.managedMobileApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::beta::requests::ManagedMobileLobAppPath<C> {
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
impl crate::path::DerivedFrom<crate::beta::AnyManagedApp>
for crate::beta::AnyManagedMobileLobApp {
    const SEGMENT: &'static str = "microsoft.graph.managedMobileLobApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyMobileApp>
for crate::beta::AnyManagedMobileLobApp {
    const SEGMENT: &'static str = "microsoft.graph.managedMobileLobApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyManagedMobileLobApp {
    const SEGMENT: &'static str = "microsoft.graph.managedMobileLobApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::AnyManagedMobileLobApp, C> {
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
impl<C, T> crate::beta::requests::ManagementConditionPath<C, T> {
    /// Navigation property `managementConditionStatements` (`microsoft.graph.managementConditionStatement`).
    pub fn management_condition_statements(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ManagementConditionStatement,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("managementConditionStatements"),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyManagementCondition {
    const SEGMENT: &'static str = "microsoft.graph.managementCondition";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::AnyManagementCondition, C> {
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
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::ManagementConditionStatementPath<C> {
    /// Structural property `expression` (`microsoft.graph.managementConditionExpression`), addressed on its own: `GET` or `PATCH` it.
    pub fn expression(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyManagementConditionExpression> {
        crate::path::PropertyPath::new(self.0.target().segment("expression"))
    }
    /// Navigation property `managementConditions` (`microsoft.graph.managementCondition`).
    pub fn management_conditions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyManagementCondition,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("managementConditions"))
    }
    /// `GET .../getManagementConditionStatementExpressionString`: function `microsoft.graph.getManagementConditionStatementExpressionString`.
    pub fn get_management_condition_statement_expression_string(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::ManagementConditionExpressionString>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function("getManagementConditionStatementExpressionString", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ManagementConditionStatement {
    const SEGMENT: &'static str = "microsoft.graph.managementConditionStatement";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::ManagementConditionStatement, C> {
    /// `GET .../getManagementConditionStatementsForPlatform`: function `microsoft.graph.getManagementConditionStatementsForPlatform`.
    pub fn get_management_condition_statements_for_platform(
        &self,
        platform: &crate::beta::DevicePlatformType,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::ManagementConditionStatement>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getManagementConditionStatementsForPlatform",
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
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyWindowsInformationProtection>
for crate::beta::MdmWindowsInformationProtectionPolicy {
    const SEGMENT: &'static str = "microsoft.graph.mdmWindowsInformationProtectionPolicy";
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyManagedAppPolicy>
for crate::beta::MdmWindowsInformationProtectionPolicy {
    const SEGMENT: &'static str = "microsoft.graph.mdmWindowsInformationProtectionPolicy";
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MdmWindowsInformationProtectionPolicy {
    const SEGMENT: &'static str = "microsoft.graph.mdmWindowsInformationProtectionPolicy";
}
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<
    C,
> crate::path::CollectionPath<crate::beta::MdmWindowsInformationProtectionPolicy, C> {
    /// `POST .../hasPayloadLinks`: action `microsoft.graph.hasPayloadLinks`.
    pub fn has_payload_links(
        &self,
        params: crate::beta::params::MdmWindowsInformationProtectionPolicyCollectionHasPayloadLinksParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::MdmWindowsInformationProtectionPolicyCollectionHasPayloadLinksParams,
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
for crate::beta::MdmWindowsInformationProtectionPolicyPolicySetItem {
    const SEGMENT: &'static str = "microsoft.graph.mdmWindowsInformationProtectionPolicyPolicySetItem";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MdmWindowsInformationProtectionPolicyPolicySetItem {
    const SEGMENT: &'static str = "microsoft.graph.mdmWindowsInformationProtectionPolicyPolicySetItem";
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyActivityStatistics>
for crate::beta::MeetingActivityStatistics {
    const SEGMENT: &'static str = "microsoft.graph.meetingActivityStatistics";
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MeetingActivityStatistics {
    const SEGMENT: &'static str = "microsoft.graph.meetingActivityStatistics";
}
#[cfg(msgraph_beta_core_or_app_or_communications)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MeetingAttendanceReport {
    const SEGMENT: &'static str = "microsoft.graph.meetingAttendanceReport";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::MentionPath<C> {
    /// Structural property `createdBy` (`microsoft.graph.emailAddress`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::AnyEmailAddress> {
        crate::path::PropertyPath::new(self.0.target().segment("createdBy"))
    }
    /// Structural property `mentioned` (`microsoft.graph.emailAddress`), addressed on its own: `GET` or `PATCH` it.
    pub fn mentioned(&self) -> crate::path::PropertyPath<crate::beta::AnyEmailAddress> {
        crate::path::PropertyPath::new(self.0.target().segment("mentioned"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Mention {
    const SEGMENT: &'static str = "microsoft.graph.mention";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::MessagePath<C> {
    /// The media content (`$value`) of this entity.
    pub fn value(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.0.target().segment("$value"))
    }
    /// Structural property `body` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    pub fn body(&self) -> crate::path::PropertyPath<crate::beta::ItemBody> {
        crate::path::PropertyPath::new(self.0.target().segment("body"))
    }
    /// Structural property `flag` (`microsoft.graph.followupFlag`), addressed on its own: `GET` or `PATCH` it.
    pub fn flag(&self) -> crate::path::PropertyPath<crate::beta::FollowupFlag> {
        crate::path::PropertyPath::new(self.0.target().segment("flag"))
    }
    /// Structural property `from` (`microsoft.graph.recipient`), addressed on its own: `GET` or `PATCH` it.
    pub fn from(&self) -> crate::path::PropertyPath<crate::beta::AnyRecipient> {
        crate::path::PropertyPath::new(self.0.target().segment("from"))
    }
    /// Structural property `mentionsPreview` (`microsoft.graph.mentionsPreview`), addressed on its own: `GET` or `PATCH` it.
    pub fn mentions_preview(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::MentionsPreview> {
        crate::path::PropertyPath::new(self.0.target().segment("mentionsPreview"))
    }
    /// Structural property `sender` (`microsoft.graph.recipient`), addressed on its own: `GET` or `PATCH` it.
    pub fn sender(&self) -> crate::path::PropertyPath<crate::beta::AnyRecipient> {
        crate::path::PropertyPath::new(self.0.target().segment("sender"))
    }
    /// Structural property `uniqueBody` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    pub fn unique_body(&self) -> crate::path::PropertyPath<crate::beta::ItemBody> {
        crate::path::PropertyPath::new(self.0.target().segment("uniqueBody"))
    }
    /// Containment navigation property `attachments` (`microsoft.graph.attachment`).
    pub fn attachments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyAttachment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("attachments"))
    }
    /// Containment navigation property `extensions` (`microsoft.graph.extension`).
    pub fn extensions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyExtension,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("extensions"))
    }
    /// Containment navigation property `mentions` (`microsoft.graph.mention`).
    pub fn mentions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Mention,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("mentions"))
    }
    /// Containment navigation property `multiValueExtendedProperties` (`microsoft.graph.multiValueLegacyExtendedProperty`).
    pub fn multi_value_extended_properties(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MultiValueLegacyExtendedProperty,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("multiValueExtendedProperties"),
        )
    }
    /// Containment navigation property `singleValueExtendedProperties` (`microsoft.graph.singleValueLegacyExtendedProperty`).
    pub fn single_value_extended_properties(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SingleValueLegacyExtendedProperty,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("singleValueExtendedProperties"),
        )
    }
    /// `POST .../copy`: action `microsoft.graph.copy`.
    pub fn copy(
        &self,
        params: crate::beta::params::MessageCopyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MessageCopyParams>,
        rt::request::Entity<crate::beta::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("copy"),
            rt::request::Json(params),
        )
    }
    /// `POST .../createForward`: action `microsoft.graph.createForward`.
    pub fn create_forward(
        &self,
        params: crate::beta::params::MessageCreateForwardParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MessageCreateForwardParams>,
        rt::request::Entity<crate::beta::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("createForward"),
            rt::request::Json(params),
        )
    }
    /// `POST .../createReply`: action `microsoft.graph.createReply`.
    pub fn create_reply(
        &self,
        params: crate::beta::params::MessageCreateReplyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MessageCreateReplyParams>,
        rt::request::Entity<crate::beta::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("createReply"),
            rt::request::Json(params),
        )
    }
    /// `POST .../createReplyAll`: action `microsoft.graph.createReplyAll`.
    pub fn create_reply_all(
        &self,
        params: crate::beta::params::MessageCreateReplyAllParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MessageCreateReplyAllParams>,
        rt::request::Entity<crate::beta::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("createReplyAll"),
            rt::request::Json(params),
        )
    }
    /// `POST .../forward`: action `microsoft.graph.forward`.
    pub fn forward(
        &self,
        params: crate::beta::params::MessageForwardParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MessageForwardParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("forward"),
            rt::request::Json(params),
        )
    }
    /// `POST .../move`: action `microsoft.graph.move`.
    pub fn move_(
        &self,
        params: crate::beta::params::MessageMoveParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MessageMoveParams>,
        rt::request::Entity<crate::beta::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("move"),
            rt::request::Json(params),
        )
    }
    /// `POST .../reply`: action `microsoft.graph.reply`.
    pub fn reply(
        &self,
        params: crate::beta::params::MessageReplyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MessageReplyParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("reply"),
            rt::request::Json(params),
        )
    }
    /// `POST .../replyAll`: action `microsoft.graph.replyAll`.
    pub fn reply_all(
        &self,
        params: crate::beta::params::MessageReplyAllParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MessageReplyAllParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("replyAll"),
            rt::request::Json(params),
        )
    }
    /// `POST .../send`: action `microsoft.graph.send`.
    pub fn send(&self) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("send"),
            rt::request::NoBody,
        )
    }
    /// `POST .../unsubscribe`: action `microsoft.graph.unsubscribe`.
    pub fn unsubscribe(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("unsubscribe"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyOutlookItem> for crate::beta::AnyMessage {
    const SEGMENT: &'static str = "microsoft.graph.message";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::AnyMessage {
    const SEGMENT: &'static str = "microsoft.graph.message";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::AnyMessage, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::MessageRulePath<C> {
    /// Structural property `actions` (`microsoft.graph.messageRuleActions`), addressed on its own: `GET` or `PATCH` it.
    pub fn actions(&self) -> crate::path::PropertyPath<crate::beta::MessageRuleActions> {
        crate::path::PropertyPath::new(self.0.target().segment("actions"))
    }
    /// Structural property `conditions` (`microsoft.graph.messageRulePredicates`), addressed on its own: `GET` or `PATCH` it.
    pub fn conditions(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::MessageRulePredicates> {
        crate::path::PropertyPath::new(self.0.target().segment("conditions"))
    }
    /// Structural property `exceptions` (`microsoft.graph.messageRulePredicates`), addressed on its own: `GET` or `PATCH` it.
    pub fn exceptions(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::MessageRulePredicates> {
        crate::path::PropertyPath::new(self.0.target().segment("exceptions"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::MessageRule {
    const SEGMENT: &'static str = "microsoft.graph.messageRule";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::MicrosoftAuthenticatorAuthenticationMethodPath<C> {
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
for crate::beta::MicrosoftAuthenticatorAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.microsoftAuthenticatorAuthenticationMethod";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MicrosoftAuthenticatorAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.microsoftAuthenticatorAuthenticationMethod";
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// Features: `beta`, or one of `beta-authentication-method-configurations`, `beta-authentication-methods-policy`, `beta-policies`, `beta-search`.
impl<
    C,
> crate::beta::requests::MicrosoftAuthenticatorAuthenticationMethodConfigurationPath<C> {
    /// Containment navigation property `includeTargets` (`microsoft.graph.microsoftAuthenticatorAuthenticationMethodTarget`).
    pub fn include_targets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MicrosoftAuthenticatorAuthenticationMethodTarget,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("includeTargets"))
    }
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyAuthenticationMethodConfiguration>
for crate::beta::MicrosoftAuthenticatorAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.microsoftAuthenticatorAuthenticationMethodConfiguration";
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MicrosoftAuthenticatorAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.microsoftAuthenticatorAuthenticationMethodConfiguration";
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyAuthenticationMethodTarget>
for crate::beta::MicrosoftAuthenticatorAuthenticationMethodTarget {
    const SEGMENT: &'static str = "microsoft.graph.microsoftAuthenticatorAuthenticationMethodTarget";
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MicrosoftAuthenticatorAuthenticationMethodTarget {
    const SEGMENT: &'static str = "microsoft.graph.microsoftAuthenticatorAuthenticationMethodTarget";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::beta::requests::MicrosoftStoreForBusinessAppPath<C> {
    /// Structural property `licensingType` (`microsoft.graph.vppLicensingType`), addressed on its own: `GET` or `PATCH` it.
    pub fn licensing_type(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::VppLicensingType> {
        crate::path::PropertyPath::new(self.0.target().segment("licensingType"))
    }
    /// Containment navigation property `containedApps` (`microsoft.graph.mobileContainedApp`).
    pub fn contained_apps(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyMobileContainedApp,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("containedApps"))
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
impl crate::path::DerivedFrom<crate::beta::AnyMobileApp>
for crate::beta::MicrosoftStoreForBusinessApp {
    const SEGMENT: &'static str = "microsoft.graph.microsoftStoreForBusinessApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MicrosoftStoreForBusinessApp {
    const SEGMENT: &'static str = "microsoft.graph.microsoftStoreForBusinessApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::MicrosoftStoreForBusinessApp, C> {
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
for crate::beta::MicrosoftStoreForBusinessContainedApp {
    const SEGMENT: &'static str = "microsoft.graph.microsoftStoreForBusinessContainedApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MicrosoftStoreForBusinessContainedApp {
    const SEGMENT: &'static str = "microsoft.graph.microsoftStoreForBusinessContainedApp";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MicrosoftTunnelConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.microsoftTunnelConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MicrosoftTunnelHealthThreshold {
    const SEGMENT: &'static str = "microsoft.graph.microsoftTunnelHealthThreshold";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::MicrosoftTunnelServerPath<C> {
    /// `POST .../createServerLogCollectionRequest`: action `microsoft.graph.createServerLogCollectionRequest`.
    pub fn create_server_log_collection_request(
        &self,
        params: crate::beta::params::MicrosoftTunnelServerCreateServerLogCollectionRequestParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::MicrosoftTunnelServerCreateServerLogCollectionRequestParams,
        >,
        rt::request::Entity<crate::beta::MicrosoftTunnelServerLogCollectionResponse>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("createServerLogCollectionRequest"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getHealthMetricTimeSeries`: action `microsoft.graph.getHealthMetricTimeSeries`.
    pub fn get_health_metric_time_series(
        &self,
        params: crate::beta::params::MicrosoftTunnelServerGetHealthMetricTimeSeriesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::MicrosoftTunnelServerGetHealthMetricTimeSeriesParams,
        >,
        rt::request::Collection<crate::beta::KeyValuePair>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getHealthMetricTimeSeries"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getHealthMetrics`: action `microsoft.graph.getHealthMetrics`.
    pub fn get_health_metrics(
        &self,
        params: crate::beta::params::MicrosoftTunnelServerGetHealthMetricsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::MicrosoftTunnelServerGetHealthMetricsParams,
        >,
        rt::request::Collection<crate::beta::KeyLongValuePair>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getHealthMetrics"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MicrosoftTunnelServer {
    const SEGMENT: &'static str = "microsoft.graph.microsoftTunnelServer";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::MicrosoftTunnelServerLogCollectionResponsePath<C> {
    /// `POST .../createDownloadUrl`: action `microsoft.graph.createDownloadUrl`.
    pub fn create_download_url(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::ValueOf<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("createDownloadUrl"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MicrosoftTunnelServerLogCollectionResponse {
    const SEGMENT: &'static str = "microsoft.graph.microsoftTunnelServerLogCollectionResponse";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::MicrosoftTunnelSitePath<C> {
    /// Containment navigation property `microsoftTunnelConfiguration` (`microsoft.graph.microsoftTunnelConfiguration`).
    pub fn microsoft_tunnel_configuration(
        &self,
    ) -> crate::beta::requests::MicrosoftTunnelConfigurationPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::MicrosoftTunnelConfigurationPath::new(
            self.0.target().segment("microsoftTunnelConfiguration"),
        )
    }
    /// Containment navigation property `microsoftTunnelServers` (`microsoft.graph.microsoftTunnelServer`).
    pub fn microsoft_tunnel_servers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MicrosoftTunnelServer,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("microsoftTunnelServers"),
        )
    }
    /// `POST .../requestUpgrade`: action `microsoft.graph.requestUpgrade`.
    pub fn request_upgrade(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("requestUpgrade"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MicrosoftTunnelSite {
    const SEGMENT: &'static str = "microsoft.graph.microsoftTunnelSite";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C, T> crate::beta::requests::MobileAppPath<C, T> {
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
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::AnyMobileApp {
    const SEGMENT: &'static str = "microsoft.graph.mobileApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::AnyMobileApp, C> {
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
impl<C> crate::beta::requests::MobileAppAssignmentPath<C> {
    /// Structural property `settings` (`microsoft.graph.mobileAppAssignmentSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyMobileAppAssignmentSettings> {
        crate::path::PropertyPath::new(self.0.target().segment("settings"))
    }
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
for crate::beta::MobileAppAssignment {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppAssignment";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MobileAppCategory {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppCategory";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::beta::requests::MobileAppContentPath<C> {
    /// Containment navigation property `containedApps` (`microsoft.graph.mobileContainedApp`).
    pub fn contained_apps(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyMobileContainedApp,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("containedApps"))
    }
    /// Containment navigation property `files` (`microsoft.graph.mobileAppContentFile`).
    pub fn files(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppContentFile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("files"))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::MobileAppContent {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppContent";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::beta::requests::MobileAppContentFilePath<C> {
    /// Commits a file of a given app.
    ///
    /// `POST .../commit`: action `microsoft.graph.commit`.
    pub fn commit(
        &self,
        params: crate::beta::params::MobileAppContentFileCommitParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MobileAppContentFileCommitParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("commit"),
            rt::request::Json(params),
        )
    }
    /// Renews the SAS URI for an application file upload.
    ///
    /// `POST .../renewUpload`: action `microsoft.graph.renewUpload`.
    pub fn renew_upload(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("renewUpload"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MobileAppContentFile {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppContentFile";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyMobileAppRelationship>
for crate::beta::MobileAppDependency {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppDependency";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MobileAppDependency {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppDependency";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::beta::requests::MobileAppInstallStatusPath<C> {
    /// Navigation property `app` (`microsoft.graph.mobileApp`).
    pub fn app(
        &self,
    ) -> crate::beta::requests::MobileAppPath<crate::path::caps::GetUpdateDeleteRef> {
        crate::beta::requests::MobileAppPath::new(self.0.target().segment("app"))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MobileAppInstallStatus {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppInstallStatus";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MobileAppInstallSummary {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppInstallSummary";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MobileAppIntentAndState {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppIntentAndState";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::beta::requests::MobileAppPolicySetItemPath<C> {
    /// Structural property `settings` (`microsoft.graph.mobileAppAssignmentSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyMobileAppAssignmentSettings> {
        crate::path::PropertyPath::new(self.0.target().segment("settings"))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyPolicySetItem>
for crate::beta::MobileAppPolicySetItem {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppPolicySetItem";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MobileAppPolicySetItem {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppPolicySetItem";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MobileAppProvisioningConfigGroupAssignment {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppProvisioningConfigGroupAssignment";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyMobileAppRelationship {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppRelationship";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyMobileAppRelationship>
for crate::beta::MobileAppSupersedence {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppSupersedence";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MobileAppSupersedence {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppSupersedence";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::MobileAppTroubleshootingEventPath<C> {
    /// Containment navigation property `appLogCollectionRequests` (`microsoft.graph.appLogCollectionRequest`).
    pub fn app_log_collection_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AppLogCollectionRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("appLogCollectionRequests"),
        )
    }
    /// Structural property `troubleshootingErrorDetails` (`microsoft.graph.deviceManagementTroubleshootingErrorDetails`), addressed on its own: `GET` or `PATCH` it.
    pub fn troubleshooting_error_details(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementTroubleshootingErrorDetails,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("troubleshootingErrorDetails"),
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceManagementTroubleshootingEvent>
for crate::beta::MobileAppTroubleshootingEvent {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppTroubleshootingEvent";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MobileAppTroubleshootingEvent {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppTroubleshootingEvent";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyMobileContainedApp {
    const SEGMENT: &'static str = "microsoft.graph.mobileContainedApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C, T> crate::beta::requests::MobileLobAppPath<C, T> {
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
impl crate::path::DerivedFrom<crate::beta::AnyMobileApp>
for crate::beta::AnyMobileLobApp {
    const SEGMENT: &'static str = "microsoft.graph.mobileLobApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::AnyMobileLobApp {
    const SEGMENT: &'static str = "microsoft.graph.mobileLobApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::AnyMobileLobApp, C> {
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
for crate::beta::MobileThreatDefenseConnector {
    const SEGMENT: &'static str = "microsoft.graph.mobileThreatDefenseConnector";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MultiValueLegacyExtendedProperty {
    const SEGMENT: &'static str = "microsoft.graph.multiValueLegacyExtendedProperty";
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyCommsOperation>
for crate::beta::MuteParticipantOperation {
    const SEGMENT: &'static str = "microsoft.graph.muteParticipantOperation";
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MuteParticipantOperation {
    const SEGMENT: &'static str = "microsoft.graph.muteParticipantOperation";
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyCommsOperation>
for crate::beta::MuteParticipantsOperation {
    const SEGMENT: &'static str = "microsoft.graph.muteParticipantsOperation";
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MuteParticipantsOperation {
    const SEGMENT: &'static str = "microsoft.graph.muteParticipantsOperation";
}
#[cfg(msgraph_beta_search_or_tenant_relationships)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::managed_tenants::ManagedDeviceCompliance {
    const SEGMENT: &'static str = "microsoft.graph.managedTenants.managedDeviceCompliance";
}
#[cfg(msgraph_beta_search_or_tenant_relationships)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::managed_tenants::ManagedDeviceComplianceTrend {
    const SEGMENT: &'static str = "microsoft.graph.managedTenants.managedDeviceComplianceTrend";
}
#[cfg(msgraph_beta_search_or_tenant_relationships)]
/// Features: `beta`, or one of `beta-search`, `beta-tenant-relationships`.
impl<C> crate::beta::requests::managed_tenants::ManagedTenantPath<C> {
    /// Containment navigation property `aggregatedPolicyCompliances` (`microsoft.graph.managedTenants.aggregatedPolicyCompliance`).
    pub fn aggregated_policy_compliances(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::managed_tenants::AggregatedPolicyCompliance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("aggregatedPolicyCompliances"),
        )
    }
    /// Containment navigation property `cloudPcConnections` (`microsoft.graph.managedTenants.cloudPcConnection`).
    pub fn cloud_pc_connections(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::managed_tenants::CloudPcConnection,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("cloudPcConnections"))
    }
    /// Containment navigation property `cloudPcDevices` (`microsoft.graph.managedTenants.cloudPcDevice`).
    pub fn cloud_pc_devices(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::managed_tenants::CloudPcDevice,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("cloudPcDevices"))
    }
    /// Containment navigation property `cloudPcsOverview` (`microsoft.graph.managedTenants.cloudPcOverview`).
    pub fn cloud_pcs_overview(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::managed_tenants::CloudPcOverview,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("cloudPcsOverview"))
    }
    /// Containment navigation property `conditionalAccessPolicyCoverages` (`microsoft.graph.managedTenants.conditionalAccessPolicyCoverage`).
    pub fn conditional_access_policy_coverages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::managed_tenants::ConditionalAccessPolicyCoverage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("conditionalAccessPolicyCoverages"),
        )
    }
    /// Containment navigation property `credentialUserRegistrationsSummaries` (`microsoft.graph.managedTenants.credentialUserRegistrationsSummary`).
    pub fn credential_user_registrations_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::managed_tenants::CredentialUserRegistrationsSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("credentialUserRegistrationsSummaries"),
        )
    }
    /// Containment navigation property `deviceCompliancePolicySettingStateSummaries` (`microsoft.graph.managedTenants.deviceCompliancePolicySettingStateSummary`).
    pub fn device_compliance_policy_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::managed_tenants::DeviceCompliancePolicySettingStateSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("deviceCompliancePolicySettingStateSummaries"),
        )
    }
    /// Containment navigation property `managedDeviceCompliances` (`microsoft.graph.managedTenants.managedDeviceCompliance`).
    pub fn managed_device_compliances(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::managed_tenants::ManagedDeviceCompliance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("managedDeviceCompliances"),
        )
    }
    /// Containment navigation property `managedDeviceComplianceTrends` (`microsoft.graph.managedTenants.managedDeviceComplianceTrend`).
    pub fn managed_device_compliance_trends(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::managed_tenants::ManagedDeviceComplianceTrend,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("managedDeviceComplianceTrends"),
        )
    }
    /// Containment navigation property `riskyUsers` (`microsoft.graph.managedTenants.riskyUser`).
    pub fn risky_users(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::managed_tenants::RiskyUser,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("riskyUsers"))
    }
    /// Containment navigation property `windowsDeviceMalwareStates` (`microsoft.graph.managedTenants.windowsDeviceMalwareState`).
    pub fn windows_device_malware_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::managed_tenants::WindowsDeviceMalwareState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("windowsDeviceMalwareStates"),
        )
    }
    /// Containment navigation property `windowsProtectionStates` (`microsoft.graph.managedTenants.windowsProtectionState`).
    pub fn windows_protection_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::managed_tenants::WindowsProtectionState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("windowsProtectionStates"),
        )
    }
}
#[cfg(msgraph_beta_search_or_tenant_relationships)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::managed_tenants::ManagedTenant {
    const SEGMENT: &'static str = "microsoft.graph.managedTenants.managedTenant";
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::AnyNamedLocation {
    const SEGMENT: &'static str = "microsoft.graph.namedLocation";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::NdesConnector {
    const SEGMENT: &'static str = "microsoft.graph.ndesConnector";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyNetworkManagementCondition>
for crate::beta::NetworkIPv4ConfigurationManagementCondition {
    const SEGMENT: &'static str = "microsoft.graph.networkIPv4ConfigurationManagementCondition";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyManagementCondition>
for crate::beta::NetworkIPv4ConfigurationManagementCondition {
    const SEGMENT: &'static str = "microsoft.graph.networkIPv4ConfigurationManagementCondition";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::NetworkIPv4ConfigurationManagementCondition {
    const SEGMENT: &'static str = "microsoft.graph.networkIPv4ConfigurationManagementCondition";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<
    crate::beta::NetworkIPv4ConfigurationManagementCondition,
    C,
> {
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
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyNetworkManagementCondition>
for crate::beta::NetworkIPv6ConfigurationManagementCondition {
    const SEGMENT: &'static str = "microsoft.graph.networkIPv6ConfigurationManagementCondition";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyManagementCondition>
for crate::beta::NetworkIPv6ConfigurationManagementCondition {
    const SEGMENT: &'static str = "microsoft.graph.networkIPv6ConfigurationManagementCondition";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::NetworkIPv6ConfigurationManagementCondition {
    const SEGMENT: &'static str = "microsoft.graph.networkIPv6ConfigurationManagementCondition";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<
    crate::beta::NetworkIPv6ConfigurationManagementCondition,
    C,
> {
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
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyManagementCondition>
for crate::beta::AnyNetworkManagementCondition {
    const SEGMENT: &'static str = "microsoft.graph.networkManagementCondition";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyNetworkManagementCondition {
    const SEGMENT: &'static str = "microsoft.graph.networkManagementCondition";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::AnyNetworkManagementCondition, C> {
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
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::NotePath<C> {
    /// Structural property `body` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    pub fn body(&self) -> crate::path::PropertyPath<crate::beta::ItemBody> {
        crate::path::PropertyPath::new(self.0.target().segment("body"))
    }
    /// Containment navigation property `attachments` (`microsoft.graph.attachment`).
    pub fn attachments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyAttachment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("attachments"))
    }
    /// Containment navigation property `extensions` (`microsoft.graph.extension`).
    pub fn extensions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyExtension,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("extensions"))
    }
    /// Containment navigation property `multiValueExtendedProperties` (`microsoft.graph.multiValueLegacyExtendedProperty`).
    pub fn multi_value_extended_properties(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MultiValueLegacyExtendedProperty,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("multiValueExtendedProperties"),
        )
    }
    /// Containment navigation property `singleValueExtendedProperties` (`microsoft.graph.singleValueLegacyExtendedProperty`).
    pub fn single_value_extended_properties(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SingleValueLegacyExtendedProperty,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("singleValueExtendedProperties"),
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyOutlookItem> for crate::beta::Note {
    const SEGMENT: &'static str = "microsoft.graph.note";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Note {
    const SEGMENT: &'static str = "microsoft.graph.note";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::Note, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::Note>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::NotebookPath<C> {
    /// Structural property `links` (`microsoft.graph.notebookLinks`), addressed on its own: `GET` or `PATCH` it.
    pub fn links(&self) -> crate::path::PropertyPath<crate::beta::NotebookLinks> {
        crate::path::PropertyPath::new(self.0.target().segment("links"))
    }
    /// Containment navigation property `sectionGroups` (`microsoft.graph.sectionGroup`).
    pub fn section_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SectionGroup,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("sectionGroups"))
    }
    /// Containment navigation property `sections` (`microsoft.graph.onenoteSection`).
    pub fn sections(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OnenoteSection,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("sections"))
    }
    /// `POST .../copyNotebook`: action `microsoft.graph.copyNotebook`.
    pub fn copy_notebook(
        &self,
        params: crate::beta::params::NotebookCopyNotebookParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::NotebookCopyNotebookParams>,
        rt::request::Entity<crate::beta::OnenoteOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("copyNotebook"),
            rt::request::Json(params),
        )
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyOnenoteEntityHierarchyModel>
for crate::beta::Notebook {
    const SEGMENT: &'static str = "microsoft.graph.notebook";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyOnenoteEntitySchemaObjectModel>
for crate::beta::Notebook {
    const SEGMENT: &'static str = "microsoft.graph.notebook";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyOnenoteEntityBaseModel>
for crate::beta::Notebook {
    const SEGMENT: &'static str = "microsoft.graph.notebook";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Notebook {
    const SEGMENT: &'static str = "microsoft.graph.notebook";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::Notebook, C> {
    /// `POST .../getNotebookFromWebUrl`: action `microsoft.graph.getNotebookFromWebUrl`.
    pub fn get_notebook_from_web_url(
        &self,
        params: crate::beta::params::NotebookCollectionGetNotebookFromWebUrlParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::NotebookCollectionGetNotebookFromWebUrlParams,
        >,
        rt::request::Entity<crate::beta::CopyNotebookModel>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getNotebookFromWebUrl"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getRecentNotebooks`: function `microsoft.graph.getRecentNotebooks`.
    pub fn get_recent_notebooks(
        &self,
        include_personal_notebooks: bool,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::RecentNotebook>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getRecentNotebooks",
                    &[
                        (
                            "includePersonalNotebooks",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(
                                    &include_personal_notebooks,
                                ),
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
impl<C> crate::beta::requests::NotificationPath<C> {
    /// Structural property `payload` (`microsoft.graph.payloadTypes`), addressed on its own: `GET` or `PATCH` it.
    pub fn payload(&self) -> crate::path::PropertyPath<crate::beta::PayloadTypes> {
        crate::path::PropertyPath::new(self.0.target().segment("payload"))
    }
    /// Structural property `targetPolicy` (`microsoft.graph.targetPolicyEndpoints`), addressed on its own: `GET` or `PATCH` it.
    pub fn target_policy(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::TargetPolicyEndpoints> {
        crate::path::PropertyPath::new(self.0.target().segment("targetPolicy"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Notification {
    const SEGMENT: &'static str = "microsoft.graph.notification";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::NotificationMessageTemplatePath<C> {
    /// Containment navigation property `localizedNotificationMessages` (`microsoft.graph.localizedNotificationMessage`).
    pub fn localized_notification_messages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::LocalizedNotificationMessage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("localizedNotificationMessages"),
        )
    }
    /// Sends test message using the specified notificationMessageTemplate in the default locale
    ///
    /// `POST .../sendTestMessage`: action `microsoft.graph.sendTestMessage`.
    pub fn send_test_message(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("sendTestMessage"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::NotificationMessageTemplate {
    const SEGMENT: &'static str = "microsoft.graph.notificationMessageTemplate";
}
#[cfg(msgraph_beta_compliance_or_search)]
/// Features: `beta`, or one of `beta-compliance`, `beta-search`.
impl<C> crate::beta::requests::ediscovery::NoncustodialDataSourcePath<C> {
    /// Containment navigation property `dataSource` (`microsoft.graph.ediscovery.dataSource`).
    pub fn data_source(
        &self,
    ) -> crate::beta::requests::ediscovery::DataSourcePath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::ediscovery::DataSourcePath::new(
            self.0.target().segment("dataSource"),
        )
    }
    /// `POST .../microsoft.graph.ediscovery.release`: action `microsoft.graph.ediscovery.release`.
    pub fn release(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("microsoft.graph.ediscovery.release"),
            rt::request::NoBody,
        )
    }
    /// `POST .../microsoft.graph.ediscovery.updateIndex`: action `microsoft.graph.ediscovery.updateIndex`.
    pub fn update_index(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("microsoft.graph.ediscovery.updateIndex"),
            rt::request::NoBody,
        )
    }
    /// Navigation property `lastIndexOperation` (`microsoft.graph.ediscovery.caseIndexOperation`).
    pub fn last_index_operation(
        &self,
    ) -> crate::beta::requests::ediscovery::CaseIndexOperationPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::ediscovery::CaseIndexOperationPath::new(
            self.0.target().segment("lastIndexOperation"),
        )
    }
}
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::ediscovery::AnyDataSourceContainer>
for crate::beta::ediscovery::NoncustodialDataSource {
    const SEGMENT: &'static str = "microsoft.graph.ediscovery.noncustodialDataSource";
}
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ediscovery::NoncustodialDataSource {
    const SEGMENT: &'static str = "microsoft.graph.ediscovery.noncustodialDataSource";
}
