//! Items of `requests` by the first letters of their types' names (`d`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_data_classification_or_search)]
/// Features: `beta`, or one of `beta-data-classification`, `beta-search`.
impl<C> crate::beta::requests::DataClassificationServicePath<C> {
    /// Containment navigation property `exactMatchDataStores` (`microsoft.graph.exactMatchDataStore`).
    pub fn exact_match_data_stores(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ExactMatchDataStore,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("exactMatchDataStores"))
    }
    /// Containment navigation property `classifyFile` (`microsoft.graph.fileClassificationRequest`).
    pub fn classify_file(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::FileClassificationRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("classifyFile"))
    }
    /// Containment navigation property `classifyFileJobs` (`microsoft.graph.jobResponseBase`).
    pub fn classify_file_jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyJobResponseBase,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("classifyFileJobs"))
    }
    /// Containment navigation property `classifyText` (`microsoft.graph.textClassificationRequest`).
    pub fn classify_text(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TextClassificationRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("classifyText"))
    }
    /// Containment navigation property `classifyTextJobs` (`microsoft.graph.jobResponseBase`).
    pub fn classify_text_jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyJobResponseBase,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("classifyTextJobs"))
    }
    /// Containment navigation property `evaluateDlpPoliciesJobs` (`microsoft.graph.jobResponseBase`).
    pub fn evaluate_dlp_policies_jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyJobResponseBase,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("evaluateDlpPoliciesJobs"),
        )
    }
    /// Containment navigation property `evaluateLabelJobs` (`microsoft.graph.jobResponseBase`).
    pub fn evaluate_label_jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyJobResponseBase,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("evaluateLabelJobs"))
    }
    /// Containment navigation property `jobs` (`microsoft.graph.jobResponseBase`).
    pub fn jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyJobResponseBase,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("jobs"))
    }
    /// Containment navigation property `sensitiveTypes` (`microsoft.graph.sensitiveType`).
    pub fn sensitive_types(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SensitiveType,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("sensitiveTypes"))
    }
    /// Containment navigation property `sensitivityLabels` (`microsoft.graph.sensitivityLabel`).
    pub fn sensitivity_labels(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SensitivityLabel,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("sensitivityLabels"))
    }
    /// Containment navigation property `exactMatchUploadAgents` (`microsoft.graph.exactMatchUploadAgent`).
    pub fn exact_match_upload_agents(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ExactMatchUploadAgent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("exactMatchUploadAgents"),
        )
    }
    /// `POST .../classifyExactMatches`: action `microsoft.graph.classifyExactMatches`.
    pub fn classify_exact_matches(
        &self,
        params: crate::beta::params::DataClassificationServiceClassifyExactMatchesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DataClassificationServiceClassifyExactMatchesParams,
        >,
        rt::request::Entity<crate::beta::ExactMatchClassificationResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("classifyExactMatches"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DataClassificationService {
    const SEGMENT: &'static str = "microsoft.graph.dataClassificationService";
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DataLossPreventionPolicy {
    const SEGMENT: &'static str = "microsoft.graph.dataLossPreventionPolicy";
}
#[cfg(msgraph_beta_core_or_information_protection)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::DataLossPreventionPolicy, C> {
    /// `POST .../evaluate`: action `microsoft.graph.evaluate`.
    pub fn evaluate(
        &self,
        params: crate::beta::params::DataLossPreventionPolicyCollectionEvaluateParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DataLossPreventionPolicyCollectionEvaluateParams,
        >,
        rt::request::Entity<crate::beta::DlpEvaluatePoliciesJobResponse>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("evaluate"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_data_policy_operations_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DataPolicyOperation {
    const SEGMENT: &'static str = "microsoft.graph.dataPolicyOperation";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::DataSharingConsentPath<C> {
    /// `POST .../consentToDataSharing`: action `microsoft.graph.consentToDataSharing`.
    pub fn consent_to_data_sharing(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::DataSharingConsent>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("consentToDataSharing"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DataSharingConsent {
    const SEGMENT: &'static str = "microsoft.graph.dataSharingConsent";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceCompliancePolicy>
for crate::beta::DefaultDeviceCompliancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.defaultDeviceCompliancePolicy";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DefaultDeviceCompliancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.defaultDeviceCompliancePolicy";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::DefaultDeviceCompliancePolicy, C> {
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
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::DefaultManagedAppProtectionPath<C> {
    /// Containment navigation property `apps` (`microsoft.graph.managedMobileApp`).
    pub fn apps(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ManagedMobileApp,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("apps"))
    }
    /// Containment navigation property `deploymentSummary` (`microsoft.graph.managedAppPolicyDeploymentSummary`).
    pub fn deployment_summary(
        &self,
    ) -> crate::beta::requests::ManagedAppPolicyDeploymentSummaryPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::ManagedAppPolicyDeploymentSummaryPath::new(
            self.0.target().segment("deploymentSummary"),
        )
    }
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
impl crate::path::DerivedFrom<crate::beta::AnyManagedAppProtection>
for crate::beta::DefaultManagedAppProtection {
    const SEGMENT: &'static str = "microsoft.graph.defaultManagedAppProtection";
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyManagedAppPolicy>
for crate::beta::DefaultManagedAppProtection {
    const SEGMENT: &'static str = "microsoft.graph.defaultManagedAppProtection";
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DefaultManagedAppProtection {
    const SEGMENT: &'static str = "microsoft.graph.defaultManagedAppProtection";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DelegatedPermissionClassification {
    const SEGMENT: &'static str = "microsoft.graph.delegatedPermissionClassification";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEnrollmentProfile>
for crate::beta::AnyDepEnrollmentBaseProfile {
    const SEGMENT: &'static str = "microsoft.graph.depEnrollmentBaseProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyDepEnrollmentBaseProfile {
    const SEGMENT: &'static str = "microsoft.graph.depEnrollmentBaseProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEnrollmentProfile>
for crate::beta::DepEnrollmentProfile {
    const SEGMENT: &'static str = "microsoft.graph.depEnrollmentProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DepEnrollmentProfile {
    const SEGMENT: &'static str = "microsoft.graph.depEnrollmentProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDepEnrollmentBaseProfile>
for crate::beta::DepIosEnrollmentProfile {
    const SEGMENT: &'static str = "microsoft.graph.depIOSEnrollmentProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEnrollmentProfile>
for crate::beta::DepIosEnrollmentProfile {
    const SEGMENT: &'static str = "microsoft.graph.depIOSEnrollmentProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DepIosEnrollmentProfile {
    const SEGMENT: &'static str = "microsoft.graph.depIOSEnrollmentProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDepEnrollmentBaseProfile>
for crate::beta::DepMacOsEnrollmentProfile {
    const SEGMENT: &'static str = "microsoft.graph.depMacOSEnrollmentProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEnrollmentProfile>
for crate::beta::DepMacOsEnrollmentProfile {
    const SEGMENT: &'static str = "microsoft.graph.depMacOSEnrollmentProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DepMacOsEnrollmentProfile {
    const SEGMENT: &'static str = "microsoft.graph.depMacOSEnrollmentProfile";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::DepOnboardingSettingPath<C> {
    /// Navigation property `defaultIosEnrollmentProfile` (`microsoft.graph.depIOSEnrollmentProfile`).
    pub fn default_ios_enrollment_profile(
        &self,
    ) -> crate::beta::requests::DepIosEnrollmentProfilePath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::DepIosEnrollmentProfilePath::new(
            self.0.target().segment("defaultIosEnrollmentProfile"),
        )
    }
    /// Navigation property `defaultMacOsEnrollmentProfile` (`microsoft.graph.depMacOSEnrollmentProfile`).
    pub fn default_mac_os_enrollment_profile(
        &self,
    ) -> crate::beta::requests::DepMacOsEnrollmentProfilePath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::DepMacOsEnrollmentProfilePath::new(
            self.0.target().segment("defaultMacOsEnrollmentProfile"),
        )
    }
    /// Containment navigation property `enrollmentProfiles` (`microsoft.graph.enrollmentProfile`).
    pub fn enrollment_profiles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyEnrollmentProfile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("enrollmentProfiles"))
    }
    /// Containment navigation property `importedAppleDeviceIdentities` (`microsoft.graph.importedAppleDeviceIdentity`).
    pub fn imported_apple_device_identities(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyImportedAppleDeviceIdentity,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("importedAppleDeviceIdentities"),
        )
    }
    /// Generate a public key to use to encrypt the Apple device enrollment program token
    ///
    /// `POST .../generateEncryptionPublicKey`: action `microsoft.graph.generateEncryptionPublicKey`.
    pub fn generate_encryption_public_key(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::ValueOf<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("generateEncryptionPublicKey"),
            rt::request::NoBody,
        )
    }
    /// Get a public key to use to encrypt the Apple device enrollment program token
    ///
    /// `GET .../getEncryptionPublicKey`: function `microsoft.graph.getEncryptionPublicKey`.
    pub fn get_encryption_public_key(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::ValueOf<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("getEncryptionPublicKey", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../shareForSchoolDataSyncService`: action `microsoft.graph.shareForSchoolDataSyncService`.
    pub fn share_for_school_data_sync_service(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("shareForSchoolDataSyncService"),
            rt::request::NoBody,
        )
    }
    /// Synchronizes between Apple Device Enrollment Program and Intune
    ///
    /// `POST .../syncWithAppleDeviceEnrollmentProgram`: action `microsoft.graph.syncWithAppleDeviceEnrollmentProgram`.
    pub fn sync_with_apple_device_enrollment_program(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("syncWithAppleDeviceEnrollmentProgram"),
            rt::request::NoBody,
        )
    }
    /// `POST .../unshareForSchoolDataSyncService`: action `microsoft.graph.unshareForSchoolDataSyncService`.
    pub fn unshare_for_school_data_sync_service(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("unshareForSchoolDataSyncService"),
            rt::request::NoBody,
        )
    }
    /// Uploads a new Device Enrollment Program token
    ///
    /// `POST .../uploadDepToken`: action `microsoft.graph.uploadDepToken`.
    pub fn upload_dep_token(
        &self,
        params: crate::beta::params::DepOnboardingSettingUploadDepTokenParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DepOnboardingSettingUploadDepTokenParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("uploadDepToken"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DepOnboardingSetting {
    const SEGMENT: &'static str = "microsoft.graph.depOnboardingSetting";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::DepOnboardingSetting, C> {
    /// `GET .../getExpiringVppTokenCount`: function `microsoft.graph.getExpiringVppTokenCount`.
    pub fn get_expiring_vpp_token_count(
        &self,
        expiring_before_date_time: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<i32>> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getExpiringVppTokenCount",
                    &[
                        (
                            "expiringBeforeDateTime",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(
                                    expiring_before_date_time,
                                ),
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
impl<C> crate::beta::requests::DetectedAppPath<C> {
    /// Navigation property `managedDevices` (`microsoft.graph.managedDevice`).
    pub fn managed_devices(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyManagedDevice,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("managedDevices"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::DetectedApp {
    const SEGMENT: &'static str = "microsoft.graph.detectedApp";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::DevicePath<C> {
    /// Structural property `extensionAttributes` (`microsoft.graph.onPremisesExtensionAttributes`), addressed on its own: `GET` or `PATCH` it.
    pub fn extension_attributes(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::OnPremisesExtensionAttributes> {
        crate::path::PropertyPath::new(self.0.target().segment("extensionAttributes"))
    }
    /// Containment navigation property `usageRights` (`microsoft.graph.usageRight`).
    pub fn usage_rights(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UsageRight,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("usageRights"))
    }
    /// Navigation property `memberOf` (`microsoft.graph.directoryObject`).
    pub fn member_of(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("memberOf"))
    }
    /// Navigation property `registeredOwners` (`microsoft.graph.directoryObject`).
    pub fn registered_owners(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("registeredOwners"))
    }
    /// Navigation property `registeredUsers` (`microsoft.graph.directoryObject`).
    pub fn registered_users(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("registeredUsers"))
    }
    /// Navigation property `transitiveMemberOf` (`microsoft.graph.directoryObject`).
    pub fn transitive_member_of(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("transitiveMemberOf"))
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
    /// Containment navigation property `commands` (`microsoft.graph.command`).
    pub fn commands(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Command,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("commands"))
    }
    /// `POST .../checkMemberGroups`: action `microsoft.graph.checkMemberGroups`.
    pub fn check_member_groups(
        &self,
        params: crate::beta::params::DirectoryObjectCheckMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectCheckMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("checkMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../checkMemberObjects`: action `microsoft.graph.checkMemberObjects`.
    pub fn check_member_objects(
        &self,
        params: crate::beta::params::DirectoryObjectCheckMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectCheckMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("checkMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberGroups`: action `microsoft.graph.getMemberGroups`.
    pub fn get_member_groups(
        &self,
        params: crate::beta::params::DirectoryObjectGetMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectGetMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberObjects`: action `microsoft.graph.getMemberObjects`.
    pub fn get_member_objects(
        &self,
        params: crate::beta::params::DirectoryObjectGetMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectGetMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../restore`: action `microsoft.graph.restore`.
    pub fn restore(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDirectoryObject> for crate::beta::Device {
    const SEGMENT: &'static str = "microsoft.graph.device";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Device {
    const SEGMENT: &'static str = "microsoft.graph.device";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::Device, C> {
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
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceAndAppManagementAssignmentFilter {
    const SEGMENT: &'static str = "microsoft.graph.deviceAndAppManagementAssignmentFilter";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<crate::beta::DeviceAndAppManagementAssignmentFilter, C> {
    /// `POST .../enable`: action `microsoft.graph.enable`.
    pub fn enable(
        &self,
        params: crate::beta::params::DeviceAndAppManagementAssignmentFilterCollectionEnableParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceAndAppManagementAssignmentFilterCollectionEnableParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("enable"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getState`: function `microsoft.graph.getState`.
    pub fn get_state(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::AssignmentFilterState>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getState", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../validateFilter`: action `microsoft.graph.validateFilter`.
    pub fn validate_filter(
        &self,
        params: crate::beta::params::DeviceAndAppManagementAssignmentFilterCollectionValidateFilterParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceAndAppManagementAssignmentFilterCollectionValidateFilterParams,
        >,
        rt::request::Entity<crate::beta::AssignmentFilterValidationResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("validateFilter"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::DeviceAndAppManagementRoleAssignmentPath<C> {
    /// Navigation property `roleScopeTags` (`microsoft.graph.roleScopeTag`).
    pub fn role_scope_tags(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::RoleScopeTag,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("roleScopeTags"))
    }
    /// Navigation property `roleDefinition` (`microsoft.graph.roleDefinition`).
    pub fn role_definition(
        &self,
    ) -> crate::beta::requests::RoleDefinitionPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::RoleDefinitionPath::new(
            self.0.target().segment("roleDefinition"),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyRoleAssignment>
for crate::beta::DeviceAndAppManagementRoleAssignment {
    const SEGMENT: &'static str = "microsoft.graph.deviceAndAppManagementRoleAssignment";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceAndAppManagementRoleAssignment {
    const SEGMENT: &'static str = "microsoft.graph.deviceAndAppManagementRoleAssignment";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyRoleDefinition>
for crate::beta::DeviceAndAppManagementRoleDefinition {
    const SEGMENT: &'static str = "microsoft.graph.deviceAndAppManagementRoleDefinition";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceAndAppManagementRoleDefinition {
    const SEGMENT: &'static str = "microsoft.graph.deviceAndAppManagementRoleDefinition";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::beta::requests::DeviceAppManagementPath<C> {
    /// Containment navigation property `managedEBookCategories` (`microsoft.graph.managedEBookCategory`).
    pub fn managed_e_book_categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ManagedEBookCategory,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("managedEBookCategories"),
        )
    }
    /// Containment navigation property `enterpriseCodeSigningCertificates` (`microsoft.graph.enterpriseCodeSigningCertificate`).
    pub fn enterprise_code_signing_certificates(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::EnterpriseCodeSigningCertificate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("enterpriseCodeSigningCertificates"),
        )
    }
    /// Containment navigation property `iosLobAppProvisioningConfigurations` (`microsoft.graph.iosLobAppProvisioningConfiguration`).
    pub fn ios_lob_app_provisioning_configurations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::IosLobAppProvisioningConfiguration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("iosLobAppProvisioningConfigurations"),
        )
    }
    /// Containment navigation property `mobileAppCategories` (`microsoft.graph.mobileAppCategory`).
    pub fn mobile_app_categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("mobileAppCategories"))
    }
    /// Containment navigation property `mobileAppConfigurations` (`microsoft.graph.managedDeviceMobileAppConfiguration`).
    pub fn mobile_app_configurations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyManagedDeviceMobileAppConfiguration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("mobileAppConfigurations"),
        )
    }
    /// Containment navigation property `mobileApps` (`microsoft.graph.mobileApp`).
    pub fn mobile_apps(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyMobileApp,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("mobileApps"))
    }
    /// Containment navigation property `symantecCodeSigningCertificate` (`microsoft.graph.symantecCodeSigningCertificate`).
    pub fn symantec_code_signing_certificate(
        &self,
    ) -> crate::beta::requests::SymantecCodeSigningCertificatePath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::SymantecCodeSigningCertificatePath::new(
            self.0.target().segment("symantecCodeSigningCertificate"),
        )
    }
    /// Containment navigation property `managedEBooks` (`microsoft.graph.managedEBook`).
    pub fn managed_e_books(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyManagedEBook,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("managedEBooks"))
    }
    /// Containment navigation property `policySets` (`microsoft.graph.policySet`).
    pub fn policy_sets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PolicySet,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("policySets"))
    }
    /// Containment navigation property `sideLoadingKeys` (`microsoft.graph.sideLoadingKey`).
    pub fn side_loading_keys(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SideLoadingKey,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("sideLoadingKeys"))
    }
    /// Containment navigation property `vppTokens` (`microsoft.graph.vppToken`).
    pub fn vpp_tokens(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::VppToken,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("vppTokens"))
    }
    #[cfg(msgraph_beta_search)]
    /// Navigation property `windowsManagementApp` (`microsoft.graph.windowsManagementApp`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn windows_management_app(
        &self,
    ) -> crate::beta::requests::WindowsManagementAppPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::WindowsManagementAppPath::new(
            self.0.target().segment("windowsManagementApp"),
        )
    }
    /// Containment navigation property `androidManagedAppProtections` (`microsoft.graph.androidManagedAppProtection`).
    pub fn android_managed_app_protections(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AndroidManagedAppProtection,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("androidManagedAppProtections"),
        )
    }
    /// Containment navigation property `defaultManagedAppProtections` (`microsoft.graph.defaultManagedAppProtection`).
    pub fn default_managed_app_protections(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DefaultManagedAppProtection,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("defaultManagedAppProtections"),
        )
    }
    /// Containment navigation property `iosManagedAppProtections` (`microsoft.graph.iosManagedAppProtection`).
    pub fn ios_managed_app_protections(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::IosManagedAppProtection,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("iosManagedAppProtections"),
        )
    }
    /// Containment navigation property `managedAppPolicies` (`microsoft.graph.managedAppPolicy`).
    pub fn managed_app_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyManagedAppPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("managedAppPolicies"))
    }
    /// Containment navigation property `managedAppRegistrations` (`microsoft.graph.managedAppRegistration`).
    pub fn managed_app_registrations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyManagedAppRegistration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("managedAppRegistrations"),
        )
    }
    /// Containment navigation property `managedAppStatuses` (`microsoft.graph.managedAppStatus`).
    pub fn managed_app_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyManagedAppStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("managedAppStatuses"))
    }
    /// Containment navigation property `mdmWindowsInformationProtectionPolicies` (`microsoft.graph.mdmWindowsInformationProtectionPolicy`).
    pub fn mdm_windows_information_protection_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MdmWindowsInformationProtectionPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("mdmWindowsInformationProtectionPolicies"),
        )
    }
    /// Containment navigation property `targetedManagedAppConfigurations` (`microsoft.graph.targetedManagedAppConfiguration`).
    pub fn targeted_managed_app_configurations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TargetedManagedAppConfiguration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("targetedManagedAppConfigurations"),
        )
    }
    /// Containment navigation property `windowsInformationProtectionDeviceRegistrations` (`microsoft.graph.windowsInformationProtectionDeviceRegistration`).
    pub fn windows_information_protection_device_registrations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::WindowsInformationProtectionDeviceRegistration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("windowsInformationProtectionDeviceRegistrations"),
        )
    }
    /// Containment navigation property `windowsInformationProtectionPolicies` (`microsoft.graph.windowsInformationProtectionPolicy`).
    pub fn windows_information_protection_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::WindowsInformationProtectionPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("windowsInformationProtectionPolicies"),
        )
    }
    /// Containment navigation property `windowsInformationProtectionWipeActions` (`microsoft.graph.windowsInformationProtectionWipeAction`).
    pub fn windows_information_protection_wipe_actions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::WindowsInformationProtectionWipeAction,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("windowsInformationProtectionWipeActions"),
        )
    }
    /// Containment navigation property `deviceAppManagementTasks` (`microsoft.graph.deviceAppManagementTask`).
    pub fn device_app_management_tasks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceAppManagementTask,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("deviceAppManagementTasks"),
        )
    }
    /// Containment navigation property `wdacSupplementalPolicies` (`microsoft.graph.windowsDefenderApplicationControlSupplementalPolicy`).
    pub fn wdac_supplemental_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::WindowsDefenderApplicationControlSupplementalPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("wdacSupplementalPolicies"),
        )
    }
    /// Syncs Intune account with Microsoft Store For Business
    ///
    /// `POST .../syncMicrosoftStoreForBusinessApps`: action `microsoft.graph.syncMicrosoftStoreForBusinessApps`.
    pub fn sync_microsoft_store_for_business_apps(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("syncMicrosoftStoreForBusinessApps"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceAppManagement {
    const SEGMENT: &'static str = "microsoft.graph.deviceAppManagement";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C, T> crate::beta::requests::DeviceAppManagementTaskPath<C, T> {
    /// Set the task's status and attach a note.
    ///
    /// `POST .../updateStatus`: action `microsoft.graph.updateStatus`.
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
            self.0.target().segment("updateStatus"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyDeviceAppManagementTask {
    const SEGMENT: &'static str = "microsoft.graph.deviceAppManagementTask";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::DeviceCategory {
    const SEGMENT: &'static str = "microsoft.graph.deviceCategory";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceEnrollmentConfiguration>
for crate::beta::DeviceComanagementAuthorityConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.deviceComanagementAuthorityConfiguration";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceComanagementAuthorityConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.deviceComanagementAuthorityConfiguration";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<
    C,
> crate::path::CollectionPath<crate::beta::DeviceComanagementAuthorityConfiguration, C> {
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
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceComplianceActionItem {
    const SEGMENT: &'static str = "microsoft.graph.deviceComplianceActionItem";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceComplianceDeviceOverview {
    const SEGMENT: &'static str = "microsoft.graph.deviceComplianceDeviceOverview";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceComplianceDeviceStatus {
    const SEGMENT: &'static str = "microsoft.graph.deviceComplianceDeviceStatus";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C, T> crate::beta::requests::DeviceCompliancePolicyPath<C, T> {
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
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyDeviceCompliancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.deviceCompliancePolicy";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::AnyDeviceCompliancePolicy, C> {
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
impl<C> crate::beta::requests::DeviceCompliancePolicyAssignmentPath<C> {
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
for crate::beta::DeviceCompliancePolicyAssignment {
    const SEGMENT: &'static str = "microsoft.graph.deviceCompliancePolicyAssignment";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceCompliancePolicyDeviceStateSummary {
    const SEGMENT: &'static str = "microsoft.graph.deviceCompliancePolicyDeviceStateSummary";
}
#[cfg(msgraph_beta_search)]
/// Features: `beta` or `beta-search`.
impl<C> crate::beta::requests::DeviceCompliancePolicyGroupAssignmentPath<C> {
    /// Navigation property `deviceCompliancePolicy` (`microsoft.graph.deviceCompliancePolicy`).
    pub fn device_compliance_policy(
        &self,
    ) -> crate::beta::requests::DeviceCompliancePolicyPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::DeviceCompliancePolicyPath::new(
            self.0.target().segment("deviceCompliancePolicy"),
        )
    }
}
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceCompliancePolicyGroupAssignment {
    const SEGMENT: &'static str = "microsoft.graph.deviceCompliancePolicyGroupAssignment";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyPolicySetItem>
for crate::beta::DeviceCompliancePolicyPolicySetItem {
    const SEGMENT: &'static str = "microsoft.graph.deviceCompliancePolicyPolicySetItem";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceCompliancePolicyPolicySetItem {
    const SEGMENT: &'static str = "microsoft.graph.deviceCompliancePolicyPolicySetItem";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::DeviceCompliancePolicySettingStateSummaryPath<C> {
    /// Containment navigation property `deviceComplianceSettingStates` (`microsoft.graph.deviceComplianceSettingState`).
    pub fn device_compliance_setting_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceComplianceSettingState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("deviceComplianceSettingStates"),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceCompliancePolicySettingStateSummary {
    const SEGMENT: &'static str = "microsoft.graph.deviceCompliancePolicySettingStateSummary";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceCompliancePolicyState {
    const SEGMENT: &'static str = "microsoft.graph.deviceCompliancePolicyState";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::DeviceComplianceScheduledActionForRulePath<C> {
    /// Containment navigation property `scheduledActionConfigurations` (`microsoft.graph.deviceComplianceActionItem`).
    pub fn scheduled_action_configurations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceComplianceActionItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("scheduledActionConfigurations"),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceComplianceScheduledActionForRule {
    const SEGMENT: &'static str = "microsoft.graph.deviceComplianceScheduledActionForRule";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::DeviceComplianceScriptPath<C> {
    /// Containment navigation property `assignments` (`microsoft.graph.deviceHealthScriptAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceHealthScriptAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `deviceRunStates` (`microsoft.graph.deviceComplianceScriptDeviceState`).
    pub fn device_run_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceComplianceScriptDeviceState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceRunStates"))
    }
    /// Containment navigation property `runSummary` (`microsoft.graph.deviceComplianceScriptRunSummary`).
    pub fn run_summary(
        &self,
    ) -> crate::beta::requests::DeviceComplianceScriptRunSummaryPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceComplianceScriptRunSummaryPath::new(
            self.0.target().segment("runSummary"),
        )
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceComplianceScriptAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeviceComplianceScriptAssignParams>,
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
for crate::beta::DeviceComplianceScript {
    const SEGMENT: &'static str = "microsoft.graph.deviceComplianceScript";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::DeviceComplianceScriptDeviceStatePath<C> {
    /// Navigation property `managedDevice` (`microsoft.graph.managedDevice`).
    pub fn managed_device(
        &self,
    ) -> crate::beta::requests::ManagedDevicePath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::ManagedDevicePath::new(
            self.0.target().segment("managedDevice"),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceComplianceScriptDeviceState {
    const SEGMENT: &'static str = "microsoft.graph.deviceComplianceScriptDeviceState";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceComplianceScriptRunSummary {
    const SEGMENT: &'static str = "microsoft.graph.deviceComplianceScriptRunSummary";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceComplianceSettingState {
    const SEGMENT: &'static str = "microsoft.graph.deviceComplianceSettingState";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceComplianceUserOverview {
    const SEGMENT: &'static str = "microsoft.graph.deviceComplianceUserOverview";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceComplianceUserStatus {
    const SEGMENT: &'static str = "microsoft.graph.deviceComplianceUserStatus";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C, T> crate::beta::requests::DeviceConfigurationPath<C, T> {
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
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyDeviceConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.deviceConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::AnyDeviceConfiguration, C> {
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
impl<C> crate::beta::requests::DeviceConfigurationAssignmentPath<C> {
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
for crate::beta::DeviceConfigurationAssignment {
    const SEGMENT: &'static str = "microsoft.graph.deviceConfigurationAssignment";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceConfigurationConflictSummary {
    const SEGMENT: &'static str = "microsoft.graph.deviceConfigurationConflictSummary";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceConfigurationDeviceOverview {
    const SEGMENT: &'static str = "microsoft.graph.deviceConfigurationDeviceOverview";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceConfigurationDeviceStateSummary {
    const SEGMENT: &'static str = "microsoft.graph.deviceConfigurationDeviceStateSummary";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceConfigurationDeviceStatus {
    const SEGMENT: &'static str = "microsoft.graph.deviceConfigurationDeviceStatus";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::DeviceConfigurationGroupAssignmentPath<C> {
    /// Navigation property `deviceConfiguration` (`microsoft.graph.deviceConfiguration`).
    pub fn device_configuration(
        &self,
    ) -> crate::beta::requests::DeviceConfigurationPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::DeviceConfigurationPath::new(
            self.0.target().segment("deviceConfiguration"),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceConfigurationGroupAssignment {
    const SEGMENT: &'static str = "microsoft.graph.deviceConfigurationGroupAssignment";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyPolicySetItem>
for crate::beta::DeviceConfigurationPolicySetItem {
    const SEGMENT: &'static str = "microsoft.graph.deviceConfigurationPolicySetItem";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceConfigurationPolicySetItem {
    const SEGMENT: &'static str = "microsoft.graph.deviceConfigurationPolicySetItem";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceConfigurationState {
    const SEGMENT: &'static str = "microsoft.graph.deviceConfigurationState";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceConfigurationUserOverview {
    const SEGMENT: &'static str = "microsoft.graph.deviceConfigurationUserOverview";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceConfigurationUserStateSummary {
    const SEGMENT: &'static str = "microsoft.graph.deviceConfigurationUserStateSummary";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceConfigurationUserStatus {
    const SEGMENT: &'static str = "microsoft.graph.deviceConfigurationUserStatus";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::DeviceCustomAttributeShellScriptPath<C> {
    /// Containment navigation property `assignments` (`microsoft.graph.deviceManagementScriptAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementScriptAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `deviceRunStates` (`microsoft.graph.deviceManagementScriptDeviceState`).
    pub fn device_run_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementScriptDeviceState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceRunStates"))
    }
    /// Containment navigation property `groupAssignments` (`microsoft.graph.deviceManagementScriptGroupAssignment`).
    pub fn group_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementScriptGroupAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("groupAssignments"))
    }
    #[cfg(msgraph_beta_search)]
    /// Navigation property `runSummary` (`microsoft.graph.deviceManagementScriptRunSummary`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn run_summary(
        &self,
    ) -> crate::beta::requests::DeviceManagementScriptRunSummaryPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::DeviceManagementScriptRunSummaryPath::new(
            self.0.target().segment("runSummary"),
        )
    }
    /// Containment navigation property `userRunStates` (`microsoft.graph.deviceManagementScriptUserState`).
    pub fn user_run_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementScriptUserState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userRunStates"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceCustomAttributeShellScriptAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceCustomAttributeShellScriptAssignParams,
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
for crate::beta::DeviceCustomAttributeShellScript {
    const SEGMENT: &'static str = "microsoft.graph.deviceCustomAttributeShellScript";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C, T> crate::beta::requests::DeviceEnrollmentConfigurationPath<C, T> {
    /// Containment navigation property `assignments` (`microsoft.graph.enrollmentConfigurationAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::EnrollmentConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceEnrollmentConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceEnrollmentConfigurationAssignParams,
        >,
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
        params: crate::beta::params::DeviceEnrollmentConfigurationSetPriorityParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceEnrollmentConfigurationSetPriorityParams,
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
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyDeviceEnrollmentConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.deviceEnrollmentConfiguration";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::AnyDeviceEnrollmentConfiguration, C> {
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
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceEnrollmentConfiguration>
for crate::beta::DeviceEnrollmentLimitConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.deviceEnrollmentLimitConfiguration";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceEnrollmentLimitConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.deviceEnrollmentLimitConfiguration";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::DeviceEnrollmentLimitConfiguration, C> {
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
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::DeviceEnrollmentPlatformRestrictionsConfigurationPath<C> {
    /// Structural property `androidForWorkRestriction` (`microsoft.graph.deviceEnrollmentPlatformRestriction`), addressed on its own: `GET` or `PATCH` it.
    pub fn android_for_work_restriction(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceEnrollmentPlatformRestriction> {
        crate::path::PropertyPath::new(
            self.0.target().segment("androidForWorkRestriction"),
        )
    }
    /// Structural property `androidRestriction` (`microsoft.graph.deviceEnrollmentPlatformRestriction`), addressed on its own: `GET` or `PATCH` it.
    pub fn android_restriction(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceEnrollmentPlatformRestriction> {
        crate::path::PropertyPath::new(self.0.target().segment("androidRestriction"))
    }
    /// Structural property `aospRestriction` (`microsoft.graph.deviceEnrollmentPlatformRestriction`), addressed on its own: `GET` or `PATCH` it.
    pub fn aosp_restriction(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceEnrollmentPlatformRestriction> {
        crate::path::PropertyPath::new(self.0.target().segment("aospRestriction"))
    }
    /// Structural property `iosRestriction` (`microsoft.graph.deviceEnrollmentPlatformRestriction`), addressed on its own: `GET` or `PATCH` it.
    pub fn ios_restriction(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceEnrollmentPlatformRestriction> {
        crate::path::PropertyPath::new(self.0.target().segment("iosRestriction"))
    }
    /// Structural property `macOSRestriction` (`microsoft.graph.deviceEnrollmentPlatformRestriction`), addressed on its own: `GET` or `PATCH` it.
    pub fn mac_os_restriction(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceEnrollmentPlatformRestriction> {
        crate::path::PropertyPath::new(self.0.target().segment("macOSRestriction"))
    }
    /// Structural property `macRestriction` (`microsoft.graph.deviceEnrollmentPlatformRestriction`), addressed on its own: `GET` or `PATCH` it.
    pub fn mac_restriction(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceEnrollmentPlatformRestriction> {
        crate::path::PropertyPath::new(self.0.target().segment("macRestriction"))
    }
    /// Structural property `windowsHomeSkuRestriction` (`microsoft.graph.deviceEnrollmentPlatformRestriction`), addressed on its own: `GET` or `PATCH` it.
    pub fn windows_home_sku_restriction(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceEnrollmentPlatformRestriction> {
        crate::path::PropertyPath::new(
            self.0.target().segment("windowsHomeSkuRestriction"),
        )
    }
    /// Structural property `windowsMobileRestriction` (`microsoft.graph.deviceEnrollmentPlatformRestriction`), addressed on its own: `GET` or `PATCH` it.
    pub fn windows_mobile_restriction(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceEnrollmentPlatformRestriction> {
        crate::path::PropertyPath::new(
            self.0.target().segment("windowsMobileRestriction"),
        )
    }
    /// Structural property `windowsRestriction` (`microsoft.graph.deviceEnrollmentPlatformRestriction`), addressed on its own: `GET` or `PATCH` it.
    pub fn windows_restriction(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceEnrollmentPlatformRestriction> {
        crate::path::PropertyPath::new(self.0.target().segment("windowsRestriction"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.enrollmentConfigurationAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::EnrollmentConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceEnrollmentConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceEnrollmentConfigurationAssignParams,
        >,
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
        params: crate::beta::params::DeviceEnrollmentConfigurationSetPriorityParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceEnrollmentConfigurationSetPriorityParams,
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
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceEnrollmentConfiguration>
for crate::beta::DeviceEnrollmentPlatformRestrictionsConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.deviceEnrollmentPlatformRestrictionsConfiguration";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceEnrollmentPlatformRestrictionsConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.deviceEnrollmentPlatformRestrictionsConfiguration";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<
    C,
> crate::path::CollectionPath<
    crate::beta::DeviceEnrollmentPlatformRestrictionsConfiguration,
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
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceEnrollmentConfiguration>
for crate::beta::DeviceEnrollmentWindowsHelloForBusinessConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.deviceEnrollmentWindowsHelloForBusinessConfiguration";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceEnrollmentWindowsHelloForBusinessConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.deviceEnrollmentWindowsHelloForBusinessConfiguration";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<
    C,
> crate::path::CollectionPath<
    crate::beta::DeviceEnrollmentWindowsHelloForBusinessConfiguration,
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
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::DeviceHealthScriptPath<C> {
    /// Containment navigation property `assignments` (`microsoft.graph.deviceHealthScriptAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceHealthScriptAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `deviceRunStates` (`microsoft.graph.deviceHealthScriptDeviceState`).
    pub fn device_run_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceHealthScriptDeviceState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceRunStates"))
    }
    /// Containment navigation property `runSummary` (`microsoft.graph.deviceHealthScriptRunSummary`).
    pub fn run_summary(
        &self,
    ) -> crate::beta::requests::DeviceHealthScriptRunSummaryPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceHealthScriptRunSummaryPath::new(
            self.0.target().segment("runSummary"),
        )
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceHealthScriptAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeviceHealthScriptAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// Update the Proprietary Device Health Script
    ///
    /// `POST .../getGlobalScriptHighestAvailableVersion`: action `microsoft.graph.getGlobalScriptHighestAvailableVersion`.
    pub fn get_global_script_highest_available_version(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::ValueOf<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getGlobalScriptHighestAvailableVersion"),
            rt::request::NoBody,
        )
    }
    /// Function to get the number of remediations by a device health scripts
    ///
    /// `GET .../getRemediationHistory`: function `microsoft.graph.getRemediationHistory`.
    pub fn get_remediation_history(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::DeviceHealthScriptRemediationHistory>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("getRemediationHistory", &[]),
            rt::request::NoBody,
        )
    }
    /// Update the Proprietary Device Health Script
    ///
    /// `POST .../updateGlobalScript`: action `microsoft.graph.updateGlobalScript`.
    pub fn update_global_script(
        &self,
        params: crate::beta::params::DeviceHealthScriptUpdateGlobalScriptParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceHealthScriptUpdateGlobalScriptParams,
        >,
        rt::request::ValueOf<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("updateGlobalScript"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceHealthScript {
    const SEGMENT: &'static str = "microsoft.graph.deviceHealthScript";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::DeviceHealthScript, C> {
    /// `GET .../areGlobalScriptsAvailable`: function `microsoft.graph.areGlobalScriptsAvailable`.
    pub fn are_global_scripts_available(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::ValueOf<crate::beta::GlobalDeviceHealthScriptState>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("areGlobalScriptsAvailable", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../enableGlobalScripts`: action `microsoft.graph.enableGlobalScripts`.
    pub fn enable_global_scripts(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("enableGlobalScripts"),
            rt::request::NoBody,
        )
    }
    /// `GET .../getRemediationSummary`: function `microsoft.graph.getRemediationSummary`.
    pub fn get_remediation_summary(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::DeviceHealthScriptRemediationSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getRemediationSummary", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::DeviceHealthScriptAssignmentPath<C> {
    /// Structural property `runSchedule` (`microsoft.graph.deviceHealthScriptRunSchedule`), addressed on its own: `GET` or `PATCH` it.
    pub fn run_schedule(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyDeviceHealthScriptRunSchedule> {
        crate::path::PropertyPath::new(self.0.target().segment("runSchedule"))
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
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceHealthScriptAssignment {
    const SEGMENT: &'static str = "microsoft.graph.deviceHealthScriptAssignment";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::DeviceHealthScriptDeviceStatePath<C> {
    /// Navigation property `managedDevice` (`microsoft.graph.managedDevice`).
    pub fn managed_device(
        &self,
    ) -> crate::beta::requests::ManagedDevicePath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::ManagedDevicePath::new(
            self.0.target().segment("managedDevice"),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceHealthScriptDeviceState {
    const SEGMENT: &'static str = "microsoft.graph.deviceHealthScriptDeviceState";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceHealthScriptRunSummary {
    const SEGMENT: &'static str = "microsoft.graph.deviceHealthScriptRunSummary";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceInstallState {
    const SEGMENT: &'static str = "microsoft.graph.deviceInstallState";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::DeviceLogCollectionResponsePath<C> {
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
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceLogCollectionResponse {
    const SEGMENT: &'static str = "microsoft.graph.deviceLogCollectionResponse";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::DeviceManagementPath<C> {
    /// Structural property `settings` (`microsoft.graph.deviceManagementSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceManagementSettings> {
        crate::path::PropertyPath::new(self.0.target().segment("settings"))
    }
    /// Structural property `intuneBrand` (`microsoft.graph.intuneBrand`), addressed on its own: `GET` or `PATCH` it.
    pub fn intune_brand(&self) -> crate::path::PropertyPath<crate::beta::IntuneBrand> {
        crate::path::PropertyPath::new(self.0.target().segment("intuneBrand"))
    }
    /// Structural property `adminConsent` (`microsoft.graph.adminConsent`), addressed on its own: `GET` or `PATCH` it.
    pub fn admin_consent(&self) -> crate::path::PropertyPath<crate::beta::AdminConsent> {
        crate::path::PropertyPath::new(self.0.target().segment("adminConsent"))
    }
    /// Structural property `deviceProtectionOverview` (`microsoft.graph.deviceProtectionOverview`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_protection_overview(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceProtectionOverview> {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceProtectionOverview"),
        )
    }
    /// Structural property `managedDeviceCleanupSettings` (`microsoft.graph.managedDeviceCleanupSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn managed_device_cleanup_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ManagedDeviceCleanupSettings> {
        crate::path::PropertyPath::new(
            self.0.target().segment("managedDeviceCleanupSettings"),
        )
    }
    /// Structural property `userExperienceAnalyticsSettings` (`microsoft.graph.userExperienceAnalyticsSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn user_experience_analytics_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::UserExperienceAnalyticsSettings> {
        crate::path::PropertyPath::new(
            self.0.target().segment("userExperienceAnalyticsSettings"),
        )
    }
    /// Structural property `windowsMalwareOverview` (`microsoft.graph.windowsMalwareOverview`), addressed on its own: `GET` or `PATCH` it.
    pub fn windows_malware_overview(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::WindowsMalwareOverview> {
        crate::path::PropertyPath::new(self.0.target().segment("windowsMalwareOverview"))
    }
    /// Containment navigation property `androidDeviceOwnerEnrollmentProfiles` (`microsoft.graph.androidDeviceOwnerEnrollmentProfile`).
    pub fn android_device_owner_enrollment_profiles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AndroidDeviceOwnerEnrollmentProfile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("androidDeviceOwnerEnrollmentProfiles"),
        )
    }
    /// Containment navigation property `virtualEndpoint` (`microsoft.graph.virtualEndpoint`).
    pub fn virtual_endpoint(
        &self,
    ) -> crate::beta::requests::VirtualEndpointPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::VirtualEndpointPath::new(
            self.0.target().segment("virtualEndpoint"),
        )
    }
    /// Containment navigation property `androidForWorkAppConfigurationSchemas` (`microsoft.graph.androidForWorkAppConfigurationSchema`).
    pub fn android_for_work_app_configuration_schemas(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AndroidForWorkAppConfigurationSchema,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("androidForWorkAppConfigurationSchemas"),
        )
    }
    /// Containment navigation property `androidForWorkEnrollmentProfiles` (`microsoft.graph.androidForWorkEnrollmentProfile`).
    pub fn android_for_work_enrollment_profiles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AndroidForWorkEnrollmentProfile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("androidForWorkEnrollmentProfiles"),
        )
    }
    /// Containment navigation property `androidForWorkSettings` (`microsoft.graph.androidForWorkSettings`).
    pub fn android_for_work_settings(
        &self,
    ) -> crate::beta::requests::AndroidForWorkSettingsPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::AndroidForWorkSettingsPath::new(
            self.0.target().segment("androidForWorkSettings"),
        )
    }
    /// Containment navigation property `androidManagedStoreAccountEnterpriseSettings` (`microsoft.graph.androidManagedStoreAccountEnterpriseSettings`).
    pub fn android_managed_store_account_enterprise_settings(
        &self,
    ) -> crate::beta::requests::AndroidManagedStoreAccountEnterpriseSettingsPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::AndroidManagedStoreAccountEnterpriseSettingsPath::new(
            self.0.target().segment("androidManagedStoreAccountEnterpriseSettings"),
        )
    }
    /// Containment navigation property `androidManagedStoreAppConfigurationSchemas` (`microsoft.graph.androidManagedStoreAppConfigurationSchema`).
    pub fn android_managed_store_app_configuration_schemas(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AndroidManagedStoreAppConfigurationSchema,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("androidManagedStoreAppConfigurationSchemas"),
        )
    }
    /// Containment navigation property `auditEvents` (`microsoft.graph.auditEvent`).
    pub fn audit_events(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AuditEvent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("auditEvents"))
    }
    /// Containment navigation property `assignmentFilters` (`microsoft.graph.deviceAndAppManagementAssignmentFilter`).
    pub fn assignment_filters(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceAndAppManagementAssignmentFilter,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignmentFilters"))
    }
    /// Containment navigation property `chromeOSOnboardingSettings` (`microsoft.graph.chromeOSOnboardingSettings`).
    pub fn chrome_os_onboarding_settings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ChromeOsOnboardingSettings,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("chromeOSOnboardingSettings"),
        )
    }
    /// Containment navigation property `termsAndConditions` (`microsoft.graph.termsAndConditions`).
    pub fn terms_and_conditions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TermsAndConditions,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("termsAndConditions"))
    }
    /// Containment navigation property `advancedThreatProtectionOnboardingStateSummary` (`microsoft.graph.advancedThreatProtectionOnboardingStateSummary`).
    pub fn advanced_threat_protection_onboarding_state_summary(
        &self,
    ) -> crate::beta::requests::AdvancedThreatProtectionOnboardingStateSummaryPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::AdvancedThreatProtectionOnboardingStateSummaryPath::new(
            self.0.target().segment("advancedThreatProtectionOnboardingStateSummary"),
        )
    }
    /// Containment navigation property `cartToClassAssociations` (`microsoft.graph.cartToClassAssociation`).
    pub fn cart_to_class_associations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::CartToClassAssociation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("cartToClassAssociations"),
        )
    }
    /// Containment navigation property `deviceCompliancePolicies` (`microsoft.graph.deviceCompliancePolicy`).
    pub fn device_compliance_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceCompliancePolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("deviceCompliancePolicies"),
        )
    }
    /// Containment navigation property `deviceCompliancePolicyDeviceStateSummary` (`microsoft.graph.deviceCompliancePolicyDeviceStateSummary`).
    pub fn device_compliance_policy_device_state_summary(
        &self,
    ) -> crate::beta::requests::DeviceCompliancePolicyDeviceStateSummaryPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceCompliancePolicyDeviceStateSummaryPath::new(
            self.0.target().segment("deviceCompliancePolicyDeviceStateSummary"),
        )
    }
    /// Containment navigation property `deviceCompliancePolicySettingStateSummaries` (`microsoft.graph.deviceCompliancePolicySettingStateSummary`).
    pub fn device_compliance_policy_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceCompliancePolicySettingStateSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("deviceCompliancePolicySettingStateSummaries"),
        )
    }
    /// Containment navigation property `deviceConfigurationConflictSummary` (`microsoft.graph.deviceConfigurationConflictSummary`).
    pub fn device_configuration_conflict_summary(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationConflictSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("deviceConfigurationConflictSummary"),
        )
    }
    /// Containment navigation property `deviceConfigurationDeviceStateSummaries` (`microsoft.graph.deviceConfigurationDeviceStateSummary`).
    pub fn device_configuration_device_state_summaries(
        &self,
    ) -> crate::beta::requests::DeviceConfigurationDeviceStateSummaryPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceConfigurationDeviceStateSummaryPath::new(
            self.0.target().segment("deviceConfigurationDeviceStateSummaries"),
        )
    }
    /// Containment navigation property `deviceConfigurationRestrictedAppsViolations` (`microsoft.graph.restrictedAppsViolation`).
    pub fn device_configuration_restricted_apps_violations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::RestrictedAppsViolation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("deviceConfigurationRestrictedAppsViolations"),
        )
    }
    /// Containment navigation property `deviceConfigurations` (`microsoft.graph.deviceConfiguration`).
    pub fn device_configurations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceConfiguration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceConfigurations"))
    }
    /// Containment navigation property `deviceConfigurationsAllManagedDeviceCertificateStates` (`microsoft.graph.managedAllDeviceCertificateState`).
    pub fn device_configurations_all_managed_device_certificate_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ManagedAllDeviceCertificateState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self
                .0
                .target()
                .segment("deviceConfigurationsAllManagedDeviceCertificateStates"),
        )
    }
    /// Containment navigation property `deviceConfigurationUserStateSummaries` (`microsoft.graph.deviceConfigurationUserStateSummary`).
    pub fn device_configuration_user_state_summaries(
        &self,
    ) -> crate::beta::requests::DeviceConfigurationUserStateSummaryPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceConfigurationUserStateSummaryPath::new(
            self.0.target().segment("deviceConfigurationUserStateSummaries"),
        )
    }
    /// Containment navigation property `iosUpdateStatuses` (`microsoft.graph.iosUpdateDeviceStatus`).
    pub fn ios_update_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::IosUpdateDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("iosUpdateStatuses"))
    }
    /// Containment navigation property `macOSSoftwareUpdateAccountSummaries` (`microsoft.graph.macOSSoftwareUpdateAccountSummary`).
    pub fn mac_os_software_update_account_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MacOsSoftwareUpdateAccountSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("macOSSoftwareUpdateAccountSummaries"),
        )
    }
    /// Containment navigation property `managedDeviceEncryptionStates` (`microsoft.graph.managedDeviceEncryptionState`).
    pub fn managed_device_encryption_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ManagedDeviceEncryptionState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("managedDeviceEncryptionStates"),
        )
    }
    /// Containment navigation property `ndesConnectors` (`microsoft.graph.ndesConnector`).
    pub fn ndes_connectors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::NdesConnector,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("ndesConnectors"))
    }
    #[cfg(msgraph_beta_search)]
    /// Navigation property `softwareUpdateStatusSummary` (`microsoft.graph.softwareUpdateStatusSummary`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn software_update_status_summary(
        &self,
    ) -> crate::beta::requests::SoftwareUpdateStatusSummaryPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::SoftwareUpdateStatusSummaryPath::new(
            self.0.target().segment("softwareUpdateStatusSummary"),
        )
    }
    /// Containment navigation property `configurationCategories` (`microsoft.graph.deviceManagementConfigurationCategory`).
    pub fn configuration_categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementConfigurationCategory,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("configurationCategories"),
        )
    }
    /// Containment navigation property `configurationPolicies` (`microsoft.graph.deviceManagementConfigurationPolicy`).
    pub fn configuration_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementConfigurationPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("configurationPolicies"),
        )
    }
    /// Containment navigation property `configurationPolicyTemplates` (`microsoft.graph.deviceManagementConfigurationPolicyTemplate`).
    pub fn configuration_policy_templates(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementConfigurationPolicyTemplate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("configurationPolicyTemplates"),
        )
    }
    /// Containment navigation property `configurationSettings` (`microsoft.graph.deviceManagementConfigurationSettingDefinition`).
    pub fn configuration_settings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementConfigurationSettingDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("configurationSettings"),
        )
    }
    /// Containment navigation property `reusablePolicySettings` (`microsoft.graph.deviceManagementReusablePolicySetting`).
    pub fn reusable_policy_settings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementReusablePolicySetting,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("reusablePolicySettings"),
        )
    }
    /// Containment navigation property `reusableSettings` (`microsoft.graph.deviceManagementConfigurationSettingDefinition`).
    pub fn reusable_settings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementConfigurationSettingDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("reusableSettings"))
    }
    /// Containment navigation property `templateSettings` (`microsoft.graph.deviceManagementConfigurationSettingTemplate`).
    pub fn template_settings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementConfigurationSettingTemplate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("templateSettings"))
    }
    /// Containment navigation property `complianceManagementPartners` (`microsoft.graph.complianceManagementPartner`).
    pub fn compliance_management_partners(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ComplianceManagementPartner,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("complianceManagementPartners"),
        )
    }
    /// Containment navigation property `conditionalAccessSettings` (`microsoft.graph.onPremisesConditionalAccessSettings`).
    pub fn conditional_access_settings(
        &self,
    ) -> crate::beta::requests::OnPremisesConditionalAccessSettingsPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::OnPremisesConditionalAccessSettingsPath::new(
            self.0.target().segment("conditionalAccessSettings"),
        )
    }
    /// Containment navigation property `deviceCategories` (`microsoft.graph.deviceCategory`).
    pub fn device_categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceCategory,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceCategories"))
    }
    /// Containment navigation property `deviceEnrollmentConfigurations` (`microsoft.graph.deviceEnrollmentConfiguration`).
    pub fn device_enrollment_configurations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceEnrollmentConfiguration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("deviceEnrollmentConfigurations"),
        )
    }
    /// Containment navigation property `deviceManagementPartners` (`microsoft.graph.deviceManagementPartner`).
    pub fn device_management_partners(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementPartner,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("deviceManagementPartners"),
        )
    }
    /// Containment navigation property `exchangeConnectors` (`microsoft.graph.deviceManagementExchangeConnector`).
    pub fn exchange_connectors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementExchangeConnector,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("exchangeConnectors"))
    }
    /// Containment navigation property `exchangeOnPremisesPolicies` (`microsoft.graph.deviceManagementExchangeOnPremisesPolicy`).
    pub fn exchange_on_premises_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementExchangeOnPremisesPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("exchangeOnPremisesPolicies"),
        )
    }
    /// Containment navigation property `exchangeOnPremisesPolicy` (`microsoft.graph.deviceManagementExchangeOnPremisesPolicy`).
    pub fn exchange_on_premises_policy(
        &self,
    ) -> crate::beta::requests::DeviceManagementExchangeOnPremisesPolicyPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceManagementExchangeOnPremisesPolicyPath::new(
            self.0.target().segment("exchangeOnPremisesPolicy"),
        )
    }
    /// Containment navigation property `mobileThreatDefenseConnectors` (`microsoft.graph.mobileThreatDefenseConnector`).
    pub fn mobile_threat_defense_connectors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileThreatDefenseConnector,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("mobileThreatDefenseConnectors"),
        )
    }
    /// Containment navigation property `categories` (`microsoft.graph.deviceManagementSettingCategory`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementSettingCategory,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("categories"))
    }
    /// Containment navigation property `intents` (`microsoft.graph.deviceManagementIntent`).
    pub fn intents(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementIntent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("intents"))
    }
    /// Containment navigation property `settingDefinitions` (`microsoft.graph.deviceManagementSettingDefinition`).
    pub fn setting_definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementSettingDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("settingDefinitions"))
    }
    /// Containment navigation property `templates` (`microsoft.graph.deviceManagementTemplate`).
    pub fn templates(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementTemplate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("templates"))
    }
    /// Containment navigation property `applePushNotificationCertificate` (`microsoft.graph.applePushNotificationCertificate`).
    pub fn apple_push_notification_certificate(
        &self,
    ) -> crate::beta::requests::ApplePushNotificationCertificatePath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::ApplePushNotificationCertificatePath::new(
            self.0.target().segment("applePushNotificationCertificate"),
        )
    }
    /// Containment navigation property `cloudPCConnectivityIssues` (`microsoft.graph.cloudPCConnectivityIssue`).
    pub fn cloud_pc_connectivity_issues(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::CloudPcConnectivityIssue,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("cloudPCConnectivityIssues"),
        )
    }
    /// Containment navigation property `comanagedDevices` (`microsoft.graph.managedDevice`).
    pub fn comanaged_devices(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyManagedDevice,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("comanagedDevices"))
    }
    /// Containment navigation property `comanagementEligibleDevices` (`microsoft.graph.comanagementEligibleDevice`).
    pub fn comanagement_eligible_devices(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ComanagementEligibleDevice,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("comanagementEligibleDevices"),
        )
    }
    /// Containment navigation property `dataSharingConsents` (`microsoft.graph.dataSharingConsent`).
    pub fn data_sharing_consents(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DataSharingConsent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("dataSharingConsents"))
    }
    /// Containment navigation property `detectedApps` (`microsoft.graph.detectedApp`).
    pub fn detected_apps(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DetectedApp,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("detectedApps"))
    }
    /// Containment navigation property `deviceComplianceScripts` (`microsoft.graph.deviceComplianceScript`).
    pub fn device_compliance_scripts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceComplianceScript,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("deviceComplianceScripts"),
        )
    }
    /// Containment navigation property `deviceCustomAttributeShellScripts` (`microsoft.graph.deviceCustomAttributeShellScript`).
    pub fn device_custom_attribute_shell_scripts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceCustomAttributeShellScript,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("deviceCustomAttributeShellScripts"),
        )
    }
    /// Containment navigation property `deviceHealthScripts` (`microsoft.graph.deviceHealthScript`).
    pub fn device_health_scripts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceHealthScript,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceHealthScripts"))
    }
    /// Containment navigation property `deviceManagementScripts` (`microsoft.graph.deviceManagementScript`).
    pub fn device_management_scripts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementScript,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("deviceManagementScripts"),
        )
    }
    /// Containment navigation property `deviceShellScripts` (`microsoft.graph.deviceShellScript`).
    pub fn device_shell_scripts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceShellScript,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceShellScripts"))
    }
    #[cfg(msgraph_beta_search)]
    /// Navigation property `managedDeviceOverview` (`microsoft.graph.managedDeviceOverview`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn managed_device_overview(
        &self,
    ) -> crate::beta::requests::ManagedDeviceOverviewPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::ManagedDeviceOverviewPath::new(
            self.0.target().segment("managedDeviceOverview"),
        )
    }
    /// Containment navigation property `managedDevices` (`microsoft.graph.managedDevice`).
    pub fn managed_devices(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyManagedDevice,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("managedDevices"))
    }
    /// Containment navigation property `mobileAppTroubleshootingEvents` (`microsoft.graph.mobileAppTroubleshootingEvent`).
    pub fn mobile_app_troubleshooting_events(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppTroubleshootingEvent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("mobileAppTroubleshootingEvents"),
        )
    }
    /// Containment navigation property `remoteActionAudits` (`microsoft.graph.remoteActionAudit`).
    pub fn remote_action_audits(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::RemoteActionAudit,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("remoteActionAudits"))
    }
    /// Containment navigation property `userExperienceAnalyticsAppHealthApplicationPerformance` (`microsoft.graph.userExperienceAnalyticsAppHealthApplicationPerformance`).
    pub fn user_experience_analytics_app_health_application_performance(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsAppHealthApplicationPerformance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self
                .0
                .target()
                .segment("userExperienceAnalyticsAppHealthApplicationPerformance"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsAppHealthApplicationPerformanceByAppVersion` (`microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByAppVersion`).
    pub fn user_experience_analytics_app_health_application_performance_by_app_version(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersion,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self
                .0
                .target()
                .segment(
                    "userExperienceAnalyticsAppHealthApplicationPerformanceByAppVersion",
                ),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsAppHealthApplicationPerformanceByOSVersion` (`microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByOSVersion`).
    pub fn user_experience_analytics_app_health_application_performance_by_os_version(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self
                .0
                .target()
                .segment(
                    "userExperienceAnalyticsAppHealthApplicationPerformanceByOSVersion",
                ),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsAppHealthDeviceModelPerformance` (`microsoft.graph.userExperienceAnalyticsAppHealthDeviceModelPerformance`).
    pub fn user_experience_analytics_app_health_device_model_performance(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsAppHealthDeviceModelPerformance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self
                .0
                .target()
                .segment("userExperienceAnalyticsAppHealthDeviceModelPerformance"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsAppHealthDevicePerformance` (`microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformance`).
    pub fn user_experience_analytics_app_health_device_performance(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsAppHealthDevicePerformance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("userExperienceAnalyticsAppHealthDevicePerformance"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsAppHealthDevicePerformanceDetails` (`microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformanceDetails`).
    pub fn user_experience_analytics_app_health_device_performance_details(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsAppHealthDevicePerformanceDetails,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self
                .0
                .target()
                .segment("userExperienceAnalyticsAppHealthDevicePerformanceDetails"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsAppHealthOSVersionPerformance` (`microsoft.graph.userExperienceAnalyticsAppHealthOSVersionPerformance`).
    pub fn user_experience_analytics_app_health_os_version_performance(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsAppHealthOsVersionPerformance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self
                .0
                .target()
                .segment("userExperienceAnalyticsAppHealthOSVersionPerformance"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsAppHealthOverview` (`microsoft.graph.userExperienceAnalyticsCategory`).
    pub fn user_experience_analytics_app_health_overview(
        &self,
    ) -> crate::beta::requests::UserExperienceAnalyticsCategoryPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::UserExperienceAnalyticsCategoryPath::new(
            self.0.target().segment("userExperienceAnalyticsAppHealthOverview"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsBaselines` (`microsoft.graph.userExperienceAnalyticsBaseline`).
    pub fn user_experience_analytics_baselines(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsBaseline,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("userExperienceAnalyticsBaselines"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsCategories` (`microsoft.graph.userExperienceAnalyticsCategory`).
    pub fn user_experience_analytics_categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsCategory,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("userExperienceAnalyticsCategories"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsDeviceMetricHistory` (`microsoft.graph.userExperienceAnalyticsMetricHistory`).
    pub fn user_experience_analytics_device_metric_history(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsMetricHistory,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("userExperienceAnalyticsDeviceMetricHistory"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsDevicePerformance` (`microsoft.graph.userExperienceAnalyticsDevicePerformance`).
    pub fn user_experience_analytics_device_performance(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsDevicePerformance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("userExperienceAnalyticsDevicePerformance"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsDeviceScores` (`microsoft.graph.userExperienceAnalyticsDeviceScores`).
    pub fn user_experience_analytics_device_scores(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsDeviceScores,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("userExperienceAnalyticsDeviceScores"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsDeviceStartupHistory` (`microsoft.graph.userExperienceAnalyticsDeviceStartupHistory`).
    pub fn user_experience_analytics_device_startup_history(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsDeviceStartupHistory,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("userExperienceAnalyticsDeviceStartupHistory"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsDeviceStartupProcesses` (`microsoft.graph.userExperienceAnalyticsDeviceStartupProcess`).
    pub fn user_experience_analytics_device_startup_processes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsDeviceStartupProcess,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("userExperienceAnalyticsDeviceStartupProcesses"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsDeviceStartupProcessPerformance` (`microsoft.graph.userExperienceAnalyticsDeviceStartupProcessPerformance`).
    pub fn user_experience_analytics_device_startup_process_performance(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsDeviceStartupProcessPerformance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self
                .0
                .target()
                .segment("userExperienceAnalyticsDeviceStartupProcessPerformance"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsDevicesWithoutCloudIdentity` (`microsoft.graph.userExperienceAnalyticsDeviceWithoutCloudIdentity`).
    pub fn user_experience_analytics_devices_without_cloud_identity(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsDeviceWithoutCloudIdentity,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("userExperienceAnalyticsDevicesWithoutCloudIdentity"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsImpactingProcess` (`microsoft.graph.userExperienceAnalyticsImpactingProcess`).
    pub fn user_experience_analytics_impacting_process(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsImpactingProcess,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("userExperienceAnalyticsImpactingProcess"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsMetricHistory` (`microsoft.graph.userExperienceAnalyticsMetricHistory`).
    pub fn user_experience_analytics_metric_history(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsMetricHistory,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("userExperienceAnalyticsMetricHistory"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsNotAutopilotReadyDevice` (`microsoft.graph.userExperienceAnalyticsNotAutopilotReadyDevice`).
    pub fn user_experience_analytics_not_autopilot_ready_device(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsNotAutopilotReadyDevice,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("userExperienceAnalyticsNotAutopilotReadyDevice"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsOverview` (`microsoft.graph.userExperienceAnalyticsOverview`).
    pub fn user_experience_analytics_overview(
        &self,
    ) -> crate::beta::requests::UserExperienceAnalyticsOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::UserExperienceAnalyticsOverviewPath::new(
            self.0.target().segment("userExperienceAnalyticsOverview"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsRegressionSummary` (`microsoft.graph.userExperienceAnalyticsRegressionSummary`).
    pub fn user_experience_analytics_regression_summary(
        &self,
    ) -> crate::beta::requests::UserExperienceAnalyticsRegressionSummaryPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::UserExperienceAnalyticsRegressionSummaryPath::new(
            self.0.target().segment("userExperienceAnalyticsRegressionSummary"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsRemoteConnection` (`microsoft.graph.userExperienceAnalyticsRemoteConnection`).
    pub fn user_experience_analytics_remote_connection(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsRemoteConnection,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("userExperienceAnalyticsRemoteConnection"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsResourcePerformance` (`microsoft.graph.userExperienceAnalyticsResourcePerformance`).
    pub fn user_experience_analytics_resource_performance(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsResourcePerformance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("userExperienceAnalyticsResourcePerformance"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsScoreHistory` (`microsoft.graph.userExperienceAnalyticsScoreHistory`).
    pub fn user_experience_analytics_score_history(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsScoreHistory,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("userExperienceAnalyticsScoreHistory"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsWorkFromAnywhereMetrics` (`microsoft.graph.userExperienceAnalyticsWorkFromAnywhereMetric`).
    pub fn user_experience_analytics_work_from_anywhere_metrics(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsWorkFromAnywhereMetric,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("userExperienceAnalyticsWorkFromAnywhereMetrics"),
        )
    }
    /// Containment navigation property `windowsMalwareInformation` (`microsoft.graph.windowsMalwareInformation`).
    pub fn windows_malware_information(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::WindowsMalwareInformation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("windowsMalwareInformation"),
        )
    }
    /// Containment navigation property `derivedCredentials` (`microsoft.graph.deviceManagementDerivedCredentialSettings`).
    pub fn derived_credentials(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementDerivedCredentialSettings,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("derivedCredentials"))
    }
    /// Containment navigation property `resourceAccessProfiles` (`microsoft.graph.deviceManagementResourceAccessProfileBase`).
    pub fn resource_access_profiles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementResourceAccessProfileBase,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("resourceAccessProfiles"),
        )
    }
    /// Containment navigation property `appleUserInitiatedEnrollmentProfiles` (`microsoft.graph.appleUserInitiatedEnrollmentProfile`).
    pub fn apple_user_initiated_enrollment_profiles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AppleUserInitiatedEnrollmentProfile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("appleUserInitiatedEnrollmentProfiles"),
        )
    }
    /// Containment navigation property `depOnboardingSettings` (`microsoft.graph.depOnboardingSetting`).
    pub fn dep_onboarding_settings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DepOnboardingSetting,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("depOnboardingSettings"),
        )
    }
    /// Containment navigation property `importedDeviceIdentities` (`microsoft.graph.importedDeviceIdentity`).
    pub fn imported_device_identities(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyImportedDeviceIdentity,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("importedDeviceIdentities"),
        )
    }
    /// Containment navigation property `importedWindowsAutopilotDeviceIdentities` (`microsoft.graph.importedWindowsAutopilotDeviceIdentity`).
    pub fn imported_windows_autopilot_device_identities(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ImportedWindowsAutopilotDeviceIdentity,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("importedWindowsAutopilotDeviceIdentities"),
        )
    }
    /// Containment navigation property `windowsAutopilotDeploymentProfiles` (`microsoft.graph.windowsAutopilotDeploymentProfile`).
    pub fn windows_autopilot_deployment_profiles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyWindowsAutopilotDeploymentProfile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("windowsAutopilotDeploymentProfiles"),
        )
    }
    /// Containment navigation property `windowsAutopilotDeviceIdentities` (`microsoft.graph.windowsAutopilotDeviceIdentity`).
    pub fn windows_autopilot_device_identities(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::WindowsAutopilotDeviceIdentity,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("windowsAutopilotDeviceIdentities"),
        )
    }
    /// Containment navigation property `windowsAutopilotSettings` (`microsoft.graph.windowsAutopilotSettings`).
    pub fn windows_autopilot_settings(
        &self,
    ) -> crate::beta::requests::WindowsAutopilotSettingsPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::WindowsAutopilotSettingsPath::new(
            self.0.target().segment("windowsAutopilotSettings"),
        )
    }
    /// Containment navigation property `managementConditions` (`microsoft.graph.managementCondition`).
    pub fn management_conditions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyManagementCondition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("managementConditions"))
    }
    /// Containment navigation property `managementConditionStatements` (`microsoft.graph.managementConditionStatement`).
    pub fn management_condition_statements(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ManagementConditionStatement,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("managementConditionStatements"),
        )
    }
    /// Containment navigation property `groupPolicyMigrationReports` (`microsoft.graph.groupPolicyMigrationReport`).
    pub fn group_policy_migration_reports(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::GroupPolicyMigrationReport,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("groupPolicyMigrationReports"),
        )
    }
    /// Containment navigation property `groupPolicyObjectFiles` (`microsoft.graph.groupPolicyObjectFile`).
    pub fn group_policy_object_files(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::GroupPolicyObjectFile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("groupPolicyObjectFiles"),
        )
    }
    /// Containment navigation property `groupPolicyCategories` (`microsoft.graph.groupPolicyCategory`).
    pub fn group_policy_categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::GroupPolicyCategory,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("groupPolicyCategories"),
        )
    }
    /// Containment navigation property `groupPolicyConfigurations` (`microsoft.graph.groupPolicyConfiguration`).
    pub fn group_policy_configurations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::GroupPolicyConfiguration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("groupPolicyConfigurations"),
        )
    }
    /// Containment navigation property `groupPolicyDefinitionFiles` (`microsoft.graph.groupPolicyDefinitionFile`).
    pub fn group_policy_definition_files(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyGroupPolicyDefinitionFile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("groupPolicyDefinitionFiles"),
        )
    }
    /// Containment navigation property `groupPolicyDefinitions` (`microsoft.graph.groupPolicyDefinition`).
    pub fn group_policy_definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::GroupPolicyDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("groupPolicyDefinitions"),
        )
    }
    /// Containment navigation property `groupPolicyUploadedDefinitionFiles` (`microsoft.graph.groupPolicyUploadedDefinitionFile`).
    pub fn group_policy_uploaded_definition_files(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::GroupPolicyUploadedDefinitionFile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("groupPolicyUploadedDefinitionFiles"),
        )
    }
    /// Containment navigation property `microsoftTunnelConfigurations` (`microsoft.graph.microsoftTunnelConfiguration`).
    pub fn microsoft_tunnel_configurations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MicrosoftTunnelConfiguration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("microsoftTunnelConfigurations"),
        )
    }
    /// Containment navigation property `microsoftTunnelHealthThresholds` (`microsoft.graph.microsoftTunnelHealthThreshold`).
    pub fn microsoft_tunnel_health_thresholds(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MicrosoftTunnelHealthThreshold,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("microsoftTunnelHealthThresholds"),
        )
    }
    /// Containment navigation property `microsoftTunnelServerLogCollectionResponses` (`microsoft.graph.microsoftTunnelServerLogCollectionResponse`).
    pub fn microsoft_tunnel_server_log_collection_responses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MicrosoftTunnelServerLogCollectionResponse,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("microsoftTunnelServerLogCollectionResponses"),
        )
    }
    /// Containment navigation property `microsoftTunnelSites` (`microsoft.graph.microsoftTunnelSite`).
    pub fn microsoft_tunnel_sites(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MicrosoftTunnelSite,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("microsoftTunnelSites"))
    }
    /// Containment navigation property `notificationMessageTemplates` (`microsoft.graph.notificationMessageTemplate`).
    pub fn notification_message_templates(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::NotificationMessageTemplate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("notificationMessageTemplates"),
        )
    }
    /// Containment navigation property `domainJoinConnectors` (`microsoft.graph.deviceManagementDomainJoinConnector`).
    pub fn domain_join_connectors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementDomainJoinConnector,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("domainJoinConnectors"))
    }
    /// Containment navigation property `configManagerCollections` (`microsoft.graph.configManagerCollection`).
    pub fn config_manager_collections(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ConfigManagerCollection,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("configManagerCollections"),
        )
    }
    /// Containment navigation property `resourceOperations` (`microsoft.graph.resourceOperation`).
    pub fn resource_operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ResourceOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("resourceOperations"))
    }
    /// Containment navigation property `roleAssignments` (`microsoft.graph.deviceAndAppManagementRoleAssignment`).
    pub fn role_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceAndAppManagementRoleAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("roleAssignments"))
    }
    /// Containment navigation property `roleDefinitions` (`microsoft.graph.roleDefinition`).
    pub fn role_definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyRoleDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("roleDefinitions"))
    }
    /// Containment navigation property `roleScopeTags` (`microsoft.graph.roleScopeTag`).
    pub fn role_scope_tags(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::RoleScopeTag,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("roleScopeTags"))
    }
    /// Containment navigation property `remoteAssistancePartners` (`microsoft.graph.remoteAssistancePartner`).
    pub fn remote_assistance_partners(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::RemoteAssistancePartner,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("remoteAssistancePartners"),
        )
    }
    /// Containment navigation property `reports` (`microsoft.graph.deviceManagementReports`).
    pub fn reports(
        &self,
    ) -> crate::beta::requests::DeviceManagementReportsPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceManagementReportsPath::new(
            self.0.target().segment("reports"),
        )
    }
    /// Containment navigation property `embeddedSIMActivationCodePools` (`microsoft.graph.embeddedSIMActivationCodePool`).
    pub fn embedded_sim_activation_code_pools(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::EmbeddedSimActivationCodePool,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("embeddedSIMActivationCodePools"),
        )
    }
    /// Containment navigation property `telecomExpenseManagementPartners` (`microsoft.graph.telecomExpenseManagementPartner`).
    pub fn telecom_expense_management_partners(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TelecomExpenseManagementPartner,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("telecomExpenseManagementPartners"),
        )
    }
    /// Containment navigation property `autopilotEvents` (`microsoft.graph.deviceManagementAutopilotEvent`).
    pub fn autopilot_events(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementAutopilotEvent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("autopilotEvents"))
    }
    /// Containment navigation property `troubleshootingEvents` (`microsoft.graph.deviceManagementTroubleshootingEvent`).
    pub fn troubleshooting_events(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementTroubleshootingEvent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("troubleshootingEvents"),
        )
    }
    /// Containment navigation property `windowsFeatureUpdateProfiles` (`microsoft.graph.windowsFeatureUpdateProfile`).
    pub fn windows_feature_update_profiles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::WindowsFeatureUpdateProfile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("windowsFeatureUpdateProfiles"),
        )
    }
    /// Containment navigation property `windowsQualityUpdateProfiles` (`microsoft.graph.windowsQualityUpdateProfile`).
    pub fn windows_quality_update_profiles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::WindowsQualityUpdateProfile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("windowsQualityUpdateProfiles"),
        )
    }
    /// Containment navigation property `windowsUpdateCatalogItems` (`microsoft.graph.windowsUpdateCatalogItem`).
    pub fn windows_update_catalog_items(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyWindowsUpdateCatalogItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("windowsUpdateCatalogItems"),
        )
    }
    /// Containment navigation property `intuneBrandingProfiles` (`microsoft.graph.intuneBrandingProfile`).
    pub fn intune_branding_profiles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::IntuneBrandingProfile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("intuneBrandingProfiles"),
        )
    }
    /// Containment navigation property `windowsInformationProtectionAppLearningSummaries` (`microsoft.graph.windowsInformationProtectionAppLearningSummary`).
    pub fn windows_information_protection_app_learning_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::WindowsInformationProtectionAppLearningSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("windowsInformationProtectionAppLearningSummaries"),
        )
    }
    /// Containment navigation property `windowsInformationProtectionNetworkLearningSummaries` (`microsoft.graph.windowsInformationProtectionNetworkLearningSummary`).
    pub fn windows_information_protection_network_learning_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::WindowsInformationProtectionNetworkLearningSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self
                .0
                .target()
                .segment("windowsInformationProtectionNetworkLearningSummaries"),
        )
    }
    /// Containment navigation property `userPfxCertificates` (`microsoft.graph.userPFXCertificate`).
    pub fn user_pfx_certificates(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserPfxCertificate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userPfxCertificates"))
    }
    /// `POST .../enableAndroidDeviceAdministratorEnrollment`: action `microsoft.graph.enableAndroidDeviceAdministratorEnrollment`.
    pub fn enable_android_device_administrator_enrollment(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("enableAndroidDeviceAdministratorEnrollment"),
            rt::request::NoBody,
        )
    }
    /// `POST .../enableLegacyPcManagement`: action `microsoft.graph.enableLegacyPcManagement`.
    pub fn enable_legacy_pc_management(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("enableLegacyPcManagement"),
            rt::request::NoBody,
        )
    }
    /// Upon enabling, users assigned as administrators via Role Assignment Memberships will no longer require an assigned Intune license. You are limited to 350 unlicensed direct members for each AAD security group in a role assignment, but you can assign multiple AAD security groups to a role if you need to support more than 350 unlicensed administrators. Licensed administrators will continue to function as-is in that transitive memberships apply and are not subject to the 350 member limit.
    ///
    /// `POST .../enableUnlicensedAdminstrators`: action `microsoft.graph.enableUnlicensedAdminstrators`.
    pub fn enable_unlicensed_adminstrators(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("enableUnlicensedAdminstrators"),
            rt::request::NoBody,
        )
    }
    /// Retrieves the assigned role definitions and role assignments of the currently authenticated user.
    ///
    /// `GET .../getAssignedRoleDetails`: function `microsoft.graph.getAssignedRoleDetails`.
    pub fn get_assigned_role_details(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::DeviceAndAppManagementAssignedRoleDetails>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("getAssignedRoleDetails", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getAssignmentFiltersStatusDetails`: action `microsoft.graph.getAssignmentFiltersStatusDetails`.
    pub fn get_assignment_filters_status_details(
        &self,
        params: crate::beta::params::DeviceManagementGetAssignmentFiltersStatusDetailsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementGetAssignmentFiltersStatusDetailsParams,
        >,
        rt::request::Entity<crate::beta::AssignmentFilterStatusDetails>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getAssignmentFiltersStatusDetails"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getComanagedDevicesSummary`: function `microsoft.graph.getComanagedDevicesSummary`.
    pub fn get_comanaged_devices_summary(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::ComanagedDevicesSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("getComanagedDevicesSummary", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getComanagementEligibleDevicesSummary`: function `microsoft.graph.getComanagementEligibleDevicesSummary`.
    pub fn get_comanagement_eligible_devices_summary(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::ComanagementEligibleDevicesSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("getComanagementEligibleDevicesSummary", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getEffectivePermissions`: function `microsoft.graph.getEffectivePermissions`.
    pub fn get_effective_permissions(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("getEffectivePermissions", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getEffectivePermissions`: function `microsoft.graph.getEffectivePermissions`.
    pub fn get_effective_permissions_2(
        &self,
        scope: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::RolePermission>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getEffectivePermissions",
                    &[
                        (
                            "scope",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(scope),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getRoleScopeTagsByIds`: function `microsoft.graph.getRoleScopeTagsByIds`.
    pub fn get_role_scope_tags_by_ids(
        &self,
        ids: &[::std::string::String],
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::RoleScopeTag>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getRoleScopeTagsByIds",
                    &[
                        (
                            "ids",
                            ::core::option::Option::Some(rt::request::Literal::json(ids)),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getRoleScopeTagsByResource`: function `microsoft.graph.getRoleScopeTagsByResource`.
    pub fn get_role_scope_tags_by_resource(
        &self,
        resource: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::RoleScopeTag>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getRoleScopeTagsByResource",
                    &[
                        (
                            "resource",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(resource),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSuggestedEnrollmentLimit`: function `microsoft.graph.getSuggestedEnrollmentLimit`.
    pub fn get_suggested_enrollment_limit(
        &self,
        enrollment_type: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::SuggestedEnrollmentLimit>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getSuggestedEnrollmentLimit",
                    &[
                        (
                            "enrollmentType",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(enrollment_type),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../scopedForResource`: function `microsoft.graph.scopedForResource`.
    pub fn scoped_for_resource(
        &self,
        resource: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<bool>> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "scopedForResource",
                    &[
                        (
                            "resource",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(resource),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `POST .../sendCustomNotificationToCompanyPortal`: action `microsoft.graph.sendCustomNotificationToCompanyPortal`.
    pub fn send_custom_notification_to_company_portal(
        &self,
        params: crate::beta::params::DeviceManagementSendCustomNotificationToCompanyPortalParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementSendCustomNotificationToCompanyPortalParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("sendCustomNotificationToCompanyPortal"),
            rt::request::Json(params),
        )
    }
    /// `GET .../userExperienceAnalyticsSummarizeWorkFromAnywhereDevices`: function `microsoft.graph.userExperienceAnalyticsSummarizeWorkFromAnywhereDevices`.
    pub fn user_experience_analytics_summarize_work_from_anywhere_devices(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<
            crate::beta::UserExperienceAnalyticsWorkFromAnywhereDevicesSummary,
        >,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "userExperienceAnalyticsSummarizeWorkFromAnywhereDevices",
                    &[],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../verifyWindowsEnrollmentAutoDiscovery`: function `microsoft.graph.verifyWindowsEnrollmentAutoDiscovery`.
    pub fn verify_windows_enrollment_auto_discovery(
        &self,
        domain_name: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<bool>> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "verifyWindowsEnrollmentAutoDiscovery",
                    &[
                        (
                            "domainName",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(domain_name),
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
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::DeviceManagement {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagement";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceManagementSettingDefinition>
for crate::beta::DeviceManagementAbstractComplexSettingDefinition {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementAbstractComplexSettingDefinition";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceManagementAbstractComplexSettingDefinition {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementAbstractComplexSettingDefinition";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::DeviceManagementAbstractComplexSettingInstancePath<C> {
    /// Containment navigation property `value` (`microsoft.graph.deviceManagementSettingInstance`).
    pub fn value(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementSettingInstance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("value"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceManagementSettingInstance>
for crate::beta::DeviceManagementAbstractComplexSettingInstance {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementAbstractComplexSettingInstance";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceManagementAbstractComplexSettingInstance {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementAbstractComplexSettingInstance";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::DeviceManagementAutopilotEventPath<C> {
    /// Containment navigation property `policyStatusDetails` (`microsoft.graph.deviceManagementAutopilotPolicyStatusDetail`).
    pub fn policy_status_details(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementAutopilotPolicyStatusDetail,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("policyStatusDetails"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceManagementAutopilotEvent {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementAutopilotEvent";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceManagementAutopilotPolicyStatusDetail {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementAutopilotPolicyStatusDetail";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceManagementSettingInstance>
for crate::beta::DeviceManagementBooleanSettingInstance {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementBooleanSettingInstance";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceManagementBooleanSettingInstance {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementBooleanSettingInstance";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceManagementCachedReportConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementCachedReportConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceManagementSettingDefinition>
for crate::beta::DeviceManagementCollectionSettingDefinition {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementCollectionSettingDefinition";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceManagementCollectionSettingDefinition {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementCollectionSettingDefinition";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::DeviceManagementCollectionSettingInstancePath<C> {
    /// Containment navigation property `value` (`microsoft.graph.deviceManagementSettingInstance`).
    pub fn value(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementSettingInstance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("value"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceManagementSettingInstance>
for crate::beta::DeviceManagementCollectionSettingInstance {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementCollectionSettingInstance";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceManagementCollectionSettingInstance {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementCollectionSettingInstance";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceManagementSettingDefinition>
for crate::beta::DeviceManagementComplexSettingDefinition {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementComplexSettingDefinition";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceManagementComplexSettingDefinition {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementComplexSettingDefinition";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::DeviceManagementComplexSettingInstancePath<C> {
    /// Containment navigation property `value` (`microsoft.graph.deviceManagementSettingInstance`).
    pub fn value(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementSettingInstance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("value"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceManagementSettingInstance>
for crate::beta::DeviceManagementComplexSettingInstance {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementComplexSettingInstance";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceManagementComplexSettingInstance {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementComplexSettingInstance";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceManagementConfigurationCategory {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementConfigurationCategory";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<
    crate::beta::AnyDeviceManagementConfigurationChoiceSettingDefinition,
> for crate::beta::DeviceManagementConfigurationChoiceSettingCollectionDefinition {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementConfigurationChoiceSettingCollectionDefinition";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<
    crate::beta::AnyDeviceManagementConfigurationSettingDefinition,
> for crate::beta::DeviceManagementConfigurationChoiceSettingCollectionDefinition {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementConfigurationChoiceSettingCollectionDefinition";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceManagementConfigurationChoiceSettingCollectionDefinition {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementConfigurationChoiceSettingCollectionDefinition";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<
    crate::beta::AnyDeviceManagementConfigurationSettingDefinition,
> for crate::beta::AnyDeviceManagementConfigurationChoiceSettingDefinition {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementConfigurationChoiceSettingDefinition";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyDeviceManagementConfigurationChoiceSettingDefinition {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementConfigurationChoiceSettingDefinition";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::DeviceManagementConfigurationPolicyPath<C> {
    /// Structural property `templateReference` (`microsoft.graph.deviceManagementConfigurationPolicyTemplateReference`), addressed on its own: `GET` or `PATCH` it.
    pub fn template_reference(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementConfigurationPolicyTemplateReference,
    > {
        crate::path::PropertyPath::new(self.0.target().segment("templateReference"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.deviceManagementConfigurationPolicyAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementConfigurationPolicyAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `settings` (`microsoft.graph.deviceManagementConfigurationSetting`).
    pub fn settings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementConfigurationSetting,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("settings"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceManagementConfigurationPolicyAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementConfigurationPolicyAssignParams,
        >,
        rt::request::Collection<
            crate::beta::DeviceManagementConfigurationPolicyAssignment,
        >,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../createCopy`: action `microsoft.graph.createCopy`.
    pub fn create_copy(
        &self,
        params: crate::beta::params::DeviceManagementConfigurationPolicyCreateCopyParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementConfigurationPolicyCreateCopyParams,
        >,
        rt::request::Entity<crate::beta::DeviceManagementConfigurationPolicy>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("createCopy"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceManagementConfigurationPolicy {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementConfigurationPolicy";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::DeviceManagementConfigurationPolicyAssignmentPath<C> {
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
for crate::beta::DeviceManagementConfigurationPolicyAssignment {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementConfigurationPolicyAssignment";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::DeviceManagementConfigurationPolicyTemplatePath<C> {
    /// Containment navigation property `settingTemplates` (`microsoft.graph.deviceManagementConfigurationSettingTemplate`).
    pub fn setting_templates(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementConfigurationSettingTemplate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("settingTemplates"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceManagementConfigurationPolicyTemplate {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementConfigurationPolicyTemplate";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::DeviceManagementConfigurationSettingPath<C> {
    /// Structural property `settingInstance` (`microsoft.graph.deviceManagementConfigurationSettingInstance`), addressed on its own: `GET` or `PATCH` it.
    pub fn setting_instance(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::AnyDeviceManagementConfigurationSettingInstance,
    > {
        crate::path::PropertyPath::new(self.0.target().segment("settingInstance"))
    }
    /// Navigation property `settingDefinitions` (`microsoft.graph.deviceManagementConfigurationSettingDefinition`).
    pub fn setting_definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementConfigurationSettingDefinition,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("settingDefinitions"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceManagementConfigurationSetting {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementConfigurationSetting";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<
    C,
    T,
> crate::beta::requests::DeviceManagementConfigurationSettingDefinitionPath<C, T> {
    /// Structural property `applicability` (`microsoft.graph.deviceManagementConfigurationSettingApplicability`), addressed on its own: `GET` or `PATCH` it.
    pub fn applicability(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::AnyDeviceManagementConfigurationSettingApplicability,
    > {
        crate::path::PropertyPath::new(self.0.target().segment("applicability"))
    }
    /// Structural property `occurrence` (`microsoft.graph.deviceManagementConfigurationSettingOccurrence`), addressed on its own: `GET` or `PATCH` it.
    pub fn occurrence(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementConfigurationSettingOccurrence,
    > {
        crate::path::PropertyPath::new(self.0.target().segment("occurrence"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyDeviceManagementConfigurationSettingDefinition {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementConfigurationSettingDefinition";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<
    crate::beta::AnyDeviceManagementConfigurationSettingGroupDefinition,
> for crate::beta::DeviceManagementConfigurationSettingGroupCollectionDefinition {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementConfigurationSettingGroupCollectionDefinition";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<
    crate::beta::AnyDeviceManagementConfigurationSettingDefinition,
> for crate::beta::DeviceManagementConfigurationSettingGroupCollectionDefinition {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementConfigurationSettingGroupCollectionDefinition";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceManagementConfigurationSettingGroupCollectionDefinition {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementConfigurationSettingGroupCollectionDefinition";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<
    crate::beta::AnyDeviceManagementConfigurationSettingDefinition,
> for crate::beta::AnyDeviceManagementConfigurationSettingGroupDefinition {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementConfigurationSettingGroupDefinition";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyDeviceManagementConfigurationSettingGroupDefinition {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementConfigurationSettingGroupDefinition";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::DeviceManagementConfigurationSettingTemplatePath<C> {
    /// Structural property `settingInstanceTemplate` (`microsoft.graph.deviceManagementConfigurationSettingInstanceTemplate`), addressed on its own: `GET` or `PATCH` it.
    pub fn setting_instance_template(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::AnyDeviceManagementConfigurationSettingInstanceTemplate,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("settingInstanceTemplate"),
        )
    }
    /// Containment navigation property `settingDefinitions` (`microsoft.graph.deviceManagementConfigurationSettingDefinition`).
    pub fn setting_definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementConfigurationSettingDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("settingDefinitions"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceManagementConfigurationSettingTemplate {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementConfigurationSettingTemplate";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<
    crate::beta::AnyDeviceManagementConfigurationSimpleSettingDefinition,
> for crate::beta::DeviceManagementConfigurationSimpleSettingCollectionDefinition {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementConfigurationSimpleSettingCollectionDefinition";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<
    crate::beta::AnyDeviceManagementConfigurationSettingDefinition,
> for crate::beta::DeviceManagementConfigurationSimpleSettingCollectionDefinition {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementConfigurationSimpleSettingCollectionDefinition";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceManagementConfigurationSimpleSettingCollectionDefinition {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementConfigurationSimpleSettingCollectionDefinition";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<
    C,
    T,
> crate::beta::requests::DeviceManagementConfigurationSimpleSettingDefinitionPath<C, T> {
    /// Structural property `defaultValue` (`microsoft.graph.deviceManagementConfigurationSettingValue`), addressed on its own: `GET` or `PATCH` it.
    pub fn default_value(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::AnyDeviceManagementConfigurationSettingValue,
    > {
        crate::path::PropertyPath::new(self.0.target().segment("defaultValue"))
    }
    /// Structural property `valueDefinition` (`microsoft.graph.deviceManagementConfigurationSettingValueDefinition`), addressed on its own: `GET` or `PATCH` it.
    pub fn value_definition(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::AnyDeviceManagementConfigurationSettingValueDefinition,
    > {
        crate::path::PropertyPath::new(self.0.target().segment("valueDefinition"))
    }
    /// Structural property `applicability` (`microsoft.graph.deviceManagementConfigurationSettingApplicability`), addressed on its own: `GET` or `PATCH` it.
    pub fn applicability(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::AnyDeviceManagementConfigurationSettingApplicability,
    > {
        crate::path::PropertyPath::new(self.0.target().segment("applicability"))
    }
    /// Structural property `occurrence` (`microsoft.graph.deviceManagementConfigurationSettingOccurrence`), addressed on its own: `GET` or `PATCH` it.
    pub fn occurrence(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementConfigurationSettingOccurrence,
    > {
        crate::path::PropertyPath::new(self.0.target().segment("occurrence"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<
    crate::beta::AnyDeviceManagementConfigurationSettingDefinition,
> for crate::beta::AnyDeviceManagementConfigurationSimpleSettingDefinition {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementConfigurationSimpleSettingDefinition";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyDeviceManagementConfigurationSimpleSettingDefinition {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementConfigurationSimpleSettingDefinition";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceManagementDerivedCredentialSettings {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementDerivedCredentialSettings";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceManagementDomainJoinConnector {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementDomainJoinConnector";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::DeviceManagementExchangeConnectorPath<C> {
    /// `POST .../sync`: action `microsoft.graph.sync`.
    pub fn sync(
        &self,
        params: crate::beta::params::DeviceManagementExchangeConnectorSyncParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementExchangeConnectorSyncParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("sync"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceManagementExchangeConnector {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementExchangeConnector";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::DeviceManagementExchangeOnPremisesPolicyPath<C> {
    /// Containment navigation property `conditionalAccessSettings` (`microsoft.graph.onPremisesConditionalAccessSettings`).
    pub fn conditional_access_settings(
        &self,
    ) -> crate::beta::requests::OnPremisesConditionalAccessSettingsPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::OnPremisesConditionalAccessSettingsPath::new(
            self.0.target().segment("conditionalAccessSettings"),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceManagementExchangeOnPremisesPolicy {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementExchangeOnPremisesPolicy";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceManagementExportJob {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementExportJob";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceManagementSettingInstance>
for crate::beta::DeviceManagementIntegerSettingInstance {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementIntegerSettingInstance";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceManagementIntegerSettingInstance {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementIntegerSettingInstance";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::DeviceManagementIntentPath<C> {
    /// Containment navigation property `assignments` (`microsoft.graph.deviceManagementIntentAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementIntentAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `categories` (`microsoft.graph.deviceManagementIntentSettingCategory`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementIntentSettingCategory,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("categories"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.deviceManagementIntentDeviceSettingStateSummary`).
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementIntentDeviceSettingStateSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("deviceSettingStateSummaries"),
        )
    }
    /// Containment navigation property `deviceStates` (`microsoft.graph.deviceManagementIntentDeviceState`).
    pub fn device_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementIntentDeviceState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceStates"))
    }
    /// Containment navigation property `deviceStateSummary` (`microsoft.graph.deviceManagementIntentDeviceStateSummary`).
    pub fn device_state_summary(
        &self,
    ) -> crate::beta::requests::DeviceManagementIntentDeviceStateSummaryPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceManagementIntentDeviceStateSummaryPath::new(
            self.0.target().segment("deviceStateSummary"),
        )
    }
    /// Containment navigation property `settings` (`microsoft.graph.deviceManagementSettingInstance`).
    pub fn settings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementSettingInstance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("settings"))
    }
    /// Containment navigation property `userStates` (`microsoft.graph.deviceManagementIntentUserState`).
    pub fn user_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementIntentUserState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userStates"))
    }
    /// Containment navigation property `userStateSummary` (`microsoft.graph.deviceManagementIntentUserStateSummary`).
    pub fn user_state_summary(
        &self,
    ) -> crate::beta::requests::DeviceManagementIntentUserStateSummaryPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceManagementIntentUserStateSummaryPath::new(
            self.0.target().segment("userStateSummary"),
        )
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceManagementIntentAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeviceManagementIntentAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `GET .../compare`: function `microsoft.graph.compare`.
    pub fn compare(
        &self,
        template_id: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::DeviceManagementSettingComparison>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "compare",
                    &[
                        (
                            "templateId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(template_id),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `POST .../createCopy`: action `microsoft.graph.createCopy`.
    pub fn create_copy(
        &self,
        params: crate::beta::params::DeviceManagementIntentCreateCopyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeviceManagementIntentCreateCopyParams>,
        rt::request::Entity<crate::beta::DeviceManagementIntent>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("createCopy"),
            rt::request::Json(params),
        )
    }
    /// `POST .../migrateToTemplate`: action `microsoft.graph.migrateToTemplate`.
    pub fn migrate_to_template(
        &self,
        params: crate::beta::params::DeviceManagementIntentMigrateToTemplateParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementIntentMigrateToTemplateParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("migrateToTemplate"),
            rt::request::Json(params),
        )
    }
    /// `POST .../updateSettings`: action `microsoft.graph.updateSettings`.
    pub fn update_settings(
        &self,
        params: crate::beta::params::DeviceManagementIntentUpdateSettingsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementIntentUpdateSettingsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("updateSettings"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceManagementIntent {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementIntent";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::DeviceManagementIntentAssignmentPath<C> {
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
for crate::beta::DeviceManagementIntentAssignment {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementIntentAssignment";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceManagementIntentDeviceSettingStateSummary {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementIntentDeviceSettingStateSummary";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceManagementIntentDeviceState {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementIntentDeviceState";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceManagementIntentDeviceStateSummary {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementIntentDeviceStateSummary";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::DeviceManagementIntentSettingCategoryPath<C> {
    /// Containment navigation property `settings` (`microsoft.graph.deviceManagementSettingInstance`).
    pub fn settings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementSettingInstance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("settings"))
    }
    /// Containment navigation property `settingDefinitions` (`microsoft.graph.deviceManagementSettingDefinition`).
    pub fn setting_definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementSettingDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("settingDefinitions"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceManagementSettingCategory>
for crate::beta::DeviceManagementIntentSettingCategory {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementIntentSettingCategory";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceManagementIntentSettingCategory {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementIntentSettingCategory";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceManagementIntentUserState {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementIntentUserState";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceManagementIntentUserStateSummary {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementIntentUserStateSummary";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceManagementPartner {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementPartner";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceManagementReportSchedule {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementReportSchedule";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::DeviceManagementReportsPath<C> {
    /// Containment navigation property `cachedReportConfigurations` (`microsoft.graph.deviceManagementCachedReportConfiguration`).
    pub fn cached_report_configurations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementCachedReportConfiguration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("cachedReportConfigurations"),
        )
    }
    /// Containment navigation property `exportJobs` (`microsoft.graph.deviceManagementExportJob`).
    pub fn export_jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementExportJob,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("exportJobs"))
    }
    /// Containment navigation property `reportSchedules` (`microsoft.graph.deviceManagementReportSchedule`).
    pub fn report_schedules(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementReportSchedule,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("reportSchedules"))
    }
    /// `POST .../getActiveMalwareReport`: action `microsoft.graph.getActiveMalwareReport`.
    pub fn get_active_malware_report(
        &self,
        params: crate::beta::params::DeviceManagementReportsGetActiveMalwareReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementReportsGetActiveMalwareReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getActiveMalwareReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getActiveMalwareSummaryReport`: action `microsoft.graph.getActiveMalwareSummaryReport`.
    pub fn get_active_malware_summary_report(
        &self,
        params: crate::beta::params::DeviceManagementReportsGetActiveMalwareSummaryReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementReportsGetActiveMalwareSummaryReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getActiveMalwareSummaryReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getAllCertificatesReport`: action `microsoft.graph.getAllCertificatesReport`.
    pub fn get_all_certificates_report(
        &self,
        params: crate::beta::params::DeviceManagementReportsGetAllCertificatesReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementReportsGetAllCertificatesReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getAllCertificatesReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getAppStatusOverviewReport`: action `microsoft.graph.getAppStatusOverviewReport`.
    pub fn get_app_status_overview_report(
        &self,
        params: crate::beta::params::DeviceManagementReportsGetAppStatusOverviewReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementReportsGetAppStatusOverviewReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getAppStatusOverviewReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getAppsInstallSummaryReport`: action `microsoft.graph.getAppsInstallSummaryReport`.
    pub fn get_apps_install_summary_report(
        &self,
        params: crate::beta::params::DeviceManagementReportsGetAppsInstallSummaryReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementReportsGetAppsInstallSummaryReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getAppsInstallSummaryReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getCachedReport`: action `microsoft.graph.getCachedReport`.
    pub fn get_cached_report(
        &self,
        params: crate::beta::params::DeviceManagementReportsGetCachedReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementReportsGetCachedReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getCachedReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getCertificatesReport`: action `microsoft.graph.getCertificatesReport`.
    pub fn get_certificates_report(
        &self,
        params: crate::beta::params::DeviceManagementReportsGetCertificatesReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementReportsGetCertificatesReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getCertificatesReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getCompliancePolicyNonComplianceReport`: action `microsoft.graph.getCompliancePolicyNonComplianceReport`.
    pub fn get_compliance_policy_non_compliance_report(
        &self,
        params: crate::beta::params::DeviceManagementReportsGetCompliancePolicyNonComplianceReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementReportsGetCompliancePolicyNonComplianceReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getCompliancePolicyNonComplianceReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getCompliancePolicyNonComplianceSummaryReport`: action `microsoft.graph.getCompliancePolicyNonComplianceSummaryReport`.
    pub fn get_compliance_policy_non_compliance_summary_report(
        &self,
        params: crate::beta::params::DeviceManagementReportsGetCompliancePolicyNonComplianceSummaryReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementReportsGetCompliancePolicyNonComplianceSummaryReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getCompliancePolicyNonComplianceSummaryReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getComplianceSettingNonComplianceReport`: action `microsoft.graph.getComplianceSettingNonComplianceReport`.
    pub fn get_compliance_setting_non_compliance_report(
        &self,
        params: crate::beta::params::DeviceManagementReportsGetComplianceSettingNonComplianceReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementReportsGetComplianceSettingNonComplianceReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getComplianceSettingNonComplianceReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getConfigManagerDevicePolicyStatusReport`: action `microsoft.graph.getConfigManagerDevicePolicyStatusReport`.
    pub fn get_config_manager_device_policy_status_report(
        &self,
        params: crate::beta::params::DeviceManagementReportsGetConfigManagerDevicePolicyStatusReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementReportsGetConfigManagerDevicePolicyStatusReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getConfigManagerDevicePolicyStatusReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getConfigurationPoliciesReportForDevice`: action `microsoft.graph.getConfigurationPoliciesReportForDevice`.
    pub fn get_configuration_policies_report_for_device(
        &self,
        params: crate::beta::params::DeviceManagementReportsGetConfigurationPoliciesReportForDeviceParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementReportsGetConfigurationPoliciesReportForDeviceParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getConfigurationPoliciesReportForDevice"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getConfigurationPolicyDeviceSummaryReport`: action `microsoft.graph.getConfigurationPolicyDeviceSummaryReport`.
    pub fn get_configuration_policy_device_summary_report(
        &self,
        params: crate::beta::params::DeviceManagementReportsGetConfigurationPolicyDeviceSummaryReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementReportsGetConfigurationPolicyDeviceSummaryReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getConfigurationPolicyDeviceSummaryReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getConfigurationPolicyDevicesReport`: action `microsoft.graph.getConfigurationPolicyDevicesReport`.
    pub fn get_configuration_policy_devices_report(
        &self,
        params: crate::beta::params::DeviceManagementReportsGetConfigurationPolicyDevicesReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementReportsGetConfigurationPolicyDevicesReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getConfigurationPolicyDevicesReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getConfigurationPolicyNonComplianceReport`: action `microsoft.graph.getConfigurationPolicyNonComplianceReport`.
    pub fn get_configuration_policy_non_compliance_report(
        &self,
        params: crate::beta::params::DeviceManagementReportsGetConfigurationPolicyNonComplianceReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementReportsGetConfigurationPolicyNonComplianceReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getConfigurationPolicyNonComplianceReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getConfigurationPolicyNonComplianceSummaryReport`: action `microsoft.graph.getConfigurationPolicyNonComplianceSummaryReport`.
    pub fn get_configuration_policy_non_compliance_summary_report(
        &self,
        params: crate::beta::params::DeviceManagementReportsGetConfigurationPolicyNonComplianceSummaryReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementReportsGetConfigurationPolicyNonComplianceSummaryReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getConfigurationPolicyNonComplianceSummaryReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getConfigurationPolicySettingsDeviceSummaryReport`: action `microsoft.graph.getConfigurationPolicySettingsDeviceSummaryReport`.
    pub fn get_configuration_policy_settings_device_summary_report(
        &self,
        params: crate::beta::params::DeviceManagementReportsGetConfigurationPolicySettingsDeviceSummaryReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementReportsGetConfigurationPolicySettingsDeviceSummaryReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getConfigurationPolicySettingsDeviceSummaryReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getConfigurationSettingDetailsReport`: action `microsoft.graph.getConfigurationSettingDetailsReport`.
    pub fn get_configuration_setting_details_report(
        &self,
        params: crate::beta::params::DeviceManagementReportsGetConfigurationSettingDetailsReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementReportsGetConfigurationSettingDetailsReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getConfigurationSettingDetailsReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getConfigurationSettingNonComplianceReport`: action `microsoft.graph.getConfigurationSettingNonComplianceReport`.
    pub fn get_configuration_setting_non_compliance_report(
        &self,
        params: crate::beta::params::DeviceManagementReportsGetConfigurationSettingNonComplianceReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementReportsGetConfigurationSettingNonComplianceReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getConfigurationSettingNonComplianceReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getConfigurationSettingsReport`: action `microsoft.graph.getConfigurationSettingsReport`.
    pub fn get_configuration_settings_report(
        &self,
        params: crate::beta::params::DeviceManagementReportsGetConfigurationSettingsReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementReportsGetConfigurationSettingsReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getConfigurationSettingsReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getDeviceInstallStatusReport`: action `microsoft.graph.getDeviceInstallStatusReport`.
    pub fn get_device_install_status_report(
        &self,
        params: crate::beta::params::DeviceManagementReportsGetDeviceInstallStatusReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementReportsGetDeviceInstallStatusReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getDeviceInstallStatusReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getDeviceManagementIntentSettingsReport`: action `microsoft.graph.getDeviceManagementIntentSettingsReport`.
    pub fn get_device_management_intent_settings_report(
        &self,
        params: crate::beta::params::DeviceManagementReportsGetDeviceManagementIntentSettingsReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementReportsGetDeviceManagementIntentSettingsReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getDeviceManagementIntentSettingsReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getDeviceNonComplianceReport`: action `microsoft.graph.getDeviceNonComplianceReport`.
    pub fn get_device_non_compliance_report(
        &self,
        params: crate::beta::params::DeviceManagementReportsGetDeviceNonComplianceReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementReportsGetDeviceNonComplianceReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getDeviceNonComplianceReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getFailedMobileAppsReport`: action `microsoft.graph.getFailedMobileAppsReport`.
    pub fn get_failed_mobile_apps_report(
        &self,
        params: crate::beta::params::DeviceManagementReportsGetFailedMobileAppsReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementReportsGetFailedMobileAppsReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getFailedMobileAppsReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getFailedMobileAppsSummaryReport`: action `microsoft.graph.getFailedMobileAppsSummaryReport`.
    pub fn get_failed_mobile_apps_summary_report(
        &self,
        params: crate::beta::params::DeviceManagementReportsGetFailedMobileAppsSummaryReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementReportsGetFailedMobileAppsSummaryReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getFailedMobileAppsSummaryReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getHistoricalReport`: action `microsoft.graph.getHistoricalReport`.
    pub fn get_historical_report(
        &self,
        params: crate::beta::params::DeviceManagementReportsGetHistoricalReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementReportsGetHistoricalReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getHistoricalReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMalwareSummaryReport`: action `microsoft.graph.getMalwareSummaryReport`.
    pub fn get_malware_summary_report(
        &self,
        params: crate::beta::params::DeviceManagementReportsGetMalwareSummaryReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementReportsGetMalwareSummaryReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getMalwareSummaryReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getPolicyNonComplianceMetadata`: action `microsoft.graph.getPolicyNonComplianceMetadata`.
    pub fn get_policy_non_compliance_metadata(
        &self,
        params: crate::beta::params::DeviceManagementReportsGetPolicyNonComplianceMetadataParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementReportsGetPolicyNonComplianceMetadataParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getPolicyNonComplianceMetadata"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getPolicyNonComplianceReport`: action `microsoft.graph.getPolicyNonComplianceReport`.
    pub fn get_policy_non_compliance_report(
        &self,
        params: crate::beta::params::DeviceManagementReportsGetPolicyNonComplianceReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementReportsGetPolicyNonComplianceReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getPolicyNonComplianceReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getPolicyNonComplianceSummaryReport`: action `microsoft.graph.getPolicyNonComplianceSummaryReport`.
    pub fn get_policy_non_compliance_summary_report(
        &self,
        params: crate::beta::params::DeviceManagementReportsGetPolicyNonComplianceSummaryReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementReportsGetPolicyNonComplianceSummaryReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getPolicyNonComplianceSummaryReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getRelatedAppsStatusReport`: action `microsoft.graph.getRelatedAppsStatusReport`.
    pub fn get_related_apps_status_report(
        &self,
        params: crate::beta::params::DeviceManagementReportsGetRelatedAppsStatusReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementReportsGetRelatedAppsStatusReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getRelatedAppsStatusReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getReportFilters`: action `microsoft.graph.getReportFilters`.
    pub fn get_report_filters(
        &self,
        params: crate::beta::params::DeviceManagementReportsGetReportFiltersParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementReportsGetReportFiltersParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getReportFilters"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getSettingNonComplianceReport`: action `microsoft.graph.getSettingNonComplianceReport`.
    pub fn get_setting_non_compliance_report(
        &self,
        params: crate::beta::params::DeviceManagementReportsGetSettingNonComplianceReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementReportsGetSettingNonComplianceReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getSettingNonComplianceReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getUnhealthyDefenderAgentsReport`: action `microsoft.graph.getUnhealthyDefenderAgentsReport`.
    pub fn get_unhealthy_defender_agents_report(
        &self,
        params: crate::beta::params::DeviceManagementReportsGetUnhealthyDefenderAgentsReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementReportsGetUnhealthyDefenderAgentsReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getUnhealthyDefenderAgentsReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getUnhealthyFirewallReport`: action `microsoft.graph.getUnhealthyFirewallReport`.
    pub fn get_unhealthy_firewall_report(
        &self,
        params: crate::beta::params::DeviceManagementReportsGetUnhealthyFirewallReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementReportsGetUnhealthyFirewallReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getUnhealthyFirewallReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getUnhealthyFirewallSummaryReport`: action `microsoft.graph.getUnhealthyFirewallSummaryReport`.
    pub fn get_unhealthy_firewall_summary_report(
        &self,
        params: crate::beta::params::DeviceManagementReportsGetUnhealthyFirewallSummaryReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementReportsGetUnhealthyFirewallSummaryReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getUnhealthyFirewallSummaryReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getUserInstallStatusReport`: action `microsoft.graph.getUserInstallStatusReport`.
    pub fn get_user_install_status_report(
        &self,
        params: crate::beta::params::DeviceManagementReportsGetUserInstallStatusReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementReportsGetUserInstallStatusReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getUserInstallStatusReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getWindowsQualityUpdateAlertSummaryReport`: action `microsoft.graph.getWindowsQualityUpdateAlertSummaryReport`.
    pub fn get_windows_quality_update_alert_summary_report(
        &self,
        params: crate::beta::params::DeviceManagementReportsGetWindowsQualityUpdateAlertSummaryReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementReportsGetWindowsQualityUpdateAlertSummaryReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getWindowsQualityUpdateAlertSummaryReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getWindowsQualityUpdateAlertsPerPolicyPerDeviceReport`: action `microsoft.graph.getWindowsQualityUpdateAlertsPerPolicyPerDeviceReport`.
    pub fn get_windows_quality_update_alerts_per_policy_per_device_report(
        &self,
        params: crate::beta::params::DeviceManagementReportsGetWindowsQualityUpdateAlertsPerPolicyPerDeviceReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementReportsGetWindowsQualityUpdateAlertsPerPolicyPerDeviceReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self
                .0
                .target()
                .segment("getWindowsQualityUpdateAlertsPerPolicyPerDeviceReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getWindowsUpdateAlertSummaryReport`: action `microsoft.graph.getWindowsUpdateAlertSummaryReport`.
    pub fn get_windows_update_alert_summary_report(
        &self,
        params: crate::beta::params::DeviceManagementReportsGetWindowsUpdateAlertSummaryReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementReportsGetWindowsUpdateAlertSummaryReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getWindowsUpdateAlertSummaryReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getWindowsUpdateAlertsPerPolicyPerDeviceReport`: action `microsoft.graph.getWindowsUpdateAlertsPerPolicyPerDeviceReport`.
    pub fn get_windows_update_alerts_per_policy_per_device_report(
        &self,
        params: crate::beta::params::DeviceManagementReportsGetWindowsUpdateAlertsPerPolicyPerDeviceReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementReportsGetWindowsUpdateAlertsPerPolicyPerDeviceReportParams,
        >,
        rt::request::Raw,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getWindowsUpdateAlertsPerPolicyPerDeviceReport"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceManagementReports {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementReports";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::DeviceManagementResourceAccessProfileAssignmentPath<C> {
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
for crate::beta::DeviceManagementResourceAccessProfileAssignment {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementResourceAccessProfileAssignment";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C, T> crate::beta::requests::DeviceManagementResourceAccessProfileBasePath<C, T> {
    /// Containment navigation property `assignments` (`microsoft.graph.deviceManagementResourceAccessProfileAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementResourceAccessProfileAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceManagementResourceAccessProfileBaseAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementResourceAccessProfileBaseAssignParams,
        >,
        rt::request::Collection<
            crate::beta::DeviceManagementResourceAccessProfileAssignment,
        >,
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
for crate::beta::AnyDeviceManagementResourceAccessProfileBase {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementResourceAccessProfileBase";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::DeviceManagementReusablePolicySettingPath<C> {
    /// Structural property `settingInstance` (`microsoft.graph.deviceManagementConfigurationSettingInstance`), addressed on its own: `GET` or `PATCH` it.
    pub fn setting_instance(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::AnyDeviceManagementConfigurationSettingInstance,
    > {
        crate::path::PropertyPath::new(self.0.target().segment("settingInstance"))
    }
    /// Containment navigation property `referencingConfigurationPolicies` (`microsoft.graph.deviceManagementConfigurationPolicy`).
    pub fn referencing_configuration_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementConfigurationPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("referencingConfigurationPolicies"),
        )
    }
    /// `POST .../clone`: action `microsoft.graph.clone`.
    pub fn clone_2(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::DeviceManagementReusablePolicySetting>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("clone"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceManagementReusablePolicySetting {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementReusablePolicySetting";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::DeviceManagementScriptPath<C> {
    /// Containment navigation property `assignments` (`microsoft.graph.deviceManagementScriptAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementScriptAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `deviceRunStates` (`microsoft.graph.deviceManagementScriptDeviceState`).
    pub fn device_run_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementScriptDeviceState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceRunStates"))
    }
    /// Containment navigation property `groupAssignments` (`microsoft.graph.deviceManagementScriptGroupAssignment`).
    pub fn group_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementScriptGroupAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("groupAssignments"))
    }
    #[cfg(msgraph_beta_search)]
    /// Navigation property `runSummary` (`microsoft.graph.deviceManagementScriptRunSummary`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn run_summary(
        &self,
    ) -> crate::beta::requests::DeviceManagementScriptRunSummaryPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::DeviceManagementScriptRunSummaryPath::new(
            self.0.target().segment("runSummary"),
        )
    }
    /// Containment navigation property `userRunStates` (`microsoft.graph.deviceManagementScriptUserState`).
    pub fn user_run_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementScriptUserState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userRunStates"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceManagementScriptAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeviceManagementScriptAssignParams>,
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
for crate::beta::DeviceManagementScript {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementScript";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::DeviceManagementScript, C> {
    /// `POST .../hasPayloadLinks`: action `microsoft.graph.hasPayloadLinks`.
    pub fn has_payload_links(
        &self,
        params: crate::beta::params::DeviceManagementScriptCollectionHasPayloadLinksParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementScriptCollectionHasPayloadLinksParams,
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
impl<C> crate::beta::requests::DeviceManagementScriptAssignmentPath<C> {
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
for crate::beta::DeviceManagementScriptAssignment {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementScriptAssignment";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::DeviceManagementScriptDeviceStatePath<C> {
    /// Navigation property `managedDevice` (`microsoft.graph.managedDevice`).
    pub fn managed_device(
        &self,
    ) -> crate::beta::requests::ManagedDevicePath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::ManagedDevicePath::new(
            self.0.target().segment("managedDevice"),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceManagementScriptDeviceState {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementScriptDeviceState";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceManagementScriptGroupAssignment {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementScriptGroupAssignment";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyPolicySetItem>
for crate::beta::DeviceManagementScriptPolicySetItem {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementScriptPolicySetItem";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceManagementScriptPolicySetItem {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementScriptPolicySetItem";
}
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceManagementScriptRunSummary {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementScriptRunSummary";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::DeviceManagementScriptUserStatePath<C> {
    /// Containment navigation property `deviceRunStates` (`microsoft.graph.deviceManagementScriptDeviceState`).
    pub fn device_run_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementScriptDeviceState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceRunStates"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceManagementScriptUserState {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementScriptUserState";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::DeviceManagementSettingCategoryPath<C> {
    /// Containment navigation property `settingDefinitions` (`microsoft.graph.deviceManagementSettingDefinition`).
    pub fn setting_definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementSettingDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("settingDefinitions"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyDeviceManagementSettingCategory {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementSettingCategory";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyDeviceManagementSettingDefinition {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementSettingDefinition";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyDeviceManagementSettingInstance {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementSettingInstance";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceManagementSettingInstance>
for crate::beta::DeviceManagementStringSettingInstance {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementStringSettingInstance";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceManagementStringSettingInstance {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementStringSettingInstance";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::DeviceManagementTemplatePath<C> {
    /// Containment navigation property `categories` (`microsoft.graph.deviceManagementTemplateSettingCategory`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementTemplateSettingCategory,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("categories"))
    }
    /// Containment navigation property `migratableTo` (`microsoft.graph.deviceManagementTemplate`).
    pub fn migratable_to(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementTemplate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("migratableTo"))
    }
    /// Containment navigation property `settings` (`microsoft.graph.deviceManagementSettingInstance`).
    pub fn settings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementSettingInstance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("settings"))
    }
    /// `GET .../compare`: function `microsoft.graph.compare`.
    pub fn compare(
        &self,
        template_id: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::DeviceManagementSettingComparison>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "compare",
                    &[
                        (
                            "templateId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(template_id),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `POST .../createInstance`: action `microsoft.graph.createInstance`.
    pub fn create_instance(
        &self,
        params: crate::beta::params::DeviceManagementTemplateCreateInstanceParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementTemplateCreateInstanceParams,
        >,
        rt::request::Entity<crate::beta::DeviceManagementIntent>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("createInstance"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyDeviceManagementTemplate {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementTemplate";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::AnyDeviceManagementTemplate, C> {
    /// `POST .../importOffice365DeviceConfigurationPolicies`: action `microsoft.graph.importOffice365DeviceConfigurationPolicies`.
    pub fn import_office365_device_configuration_policies(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::DeviceManagementIntent>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("importOffice365DeviceConfigurationPolicies"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::DeviceManagementTemplateSettingCategoryPath<C> {
    /// Containment navigation property `recommendedSettings` (`microsoft.graph.deviceManagementSettingInstance`).
    pub fn recommended_settings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementSettingInstance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("recommendedSettings"))
    }
    /// Containment navigation property `settingDefinitions` (`microsoft.graph.deviceManagementSettingDefinition`).
    pub fn setting_definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementSettingDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("settingDefinitions"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceManagementSettingCategory>
for crate::beta::DeviceManagementTemplateSettingCategory {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementTemplateSettingCategory";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceManagementTemplateSettingCategory {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementTemplateSettingCategory";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C, T> crate::beta::requests::DeviceManagementTroubleshootingEventPath<C, T> {
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
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyDeviceManagementTroubleshootingEvent {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementTroubleshootingEvent";
}
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DeviceSetupConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.deviceSetupConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::DeviceShellScriptPath<C> {
    /// Containment navigation property `assignments` (`microsoft.graph.deviceManagementScriptAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementScriptAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `deviceRunStates` (`microsoft.graph.deviceManagementScriptDeviceState`).
    pub fn device_run_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementScriptDeviceState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceRunStates"))
    }
    /// Containment navigation property `groupAssignments` (`microsoft.graph.deviceManagementScriptGroupAssignment`).
    pub fn group_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementScriptGroupAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("groupAssignments"))
    }
    #[cfg(msgraph_beta_search)]
    /// Navigation property `runSummary` (`microsoft.graph.deviceManagementScriptRunSummary`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn run_summary(
        &self,
    ) -> crate::beta::requests::DeviceManagementScriptRunSummaryPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::DeviceManagementScriptRunSummaryPath::new(
            self.0.target().segment("runSummary"),
        )
    }
    /// Containment navigation property `userRunStates` (`microsoft.graph.deviceManagementScriptUserState`).
    pub fn user_run_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementScriptUserState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userRunStates"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceShellScriptAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeviceShellScriptAssignParams>,
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
for crate::beta::DeviceShellScript {
    const SEGMENT: &'static str = "microsoft.graph.deviceShellScript";
}
#[cfg(msgraph_beta_financials_or_search)]
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
impl<C> crate::beta::requests::DimensionPath<C> {
    /// Containment navigation property `dimensionValues` (`microsoft.graph.dimensionValue`).
    pub fn dimension_values(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DimensionValue,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("dimensionValues"))
    }
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Dimension {
    const SEGMENT: &'static str = "microsoft.graph.dimension";
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::DimensionValue {
    const SEGMENT: &'static str = "microsoft.graph.dimensionValue";
}
#[cfg(msgraph_beta_directory_or_search)]
/// Features: `beta`, or one of `beta-directory`, `beta-search`.
impl<C> crate::beta::requests::DirectoryPath<C> {
    /// Containment navigation property `administrativeUnits` (`microsoft.graph.administrativeUnit`).
    pub fn administrative_units(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AdministrativeUnit,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("administrativeUnits"))
    }
    /// Containment navigation property `deletedItems` (`microsoft.graph.directoryObject`).
    pub fn deleted_items(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deletedItems"))
    }
    /// Containment navigation property `sharedEmailDomains` (`microsoft.graph.sharedEmailDomain`).
    pub fn shared_email_domains(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SharedEmailDomain,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("sharedEmailDomains"))
    }
    /// Containment navigation property `featureRolloutPolicies` (`microsoft.graph.featureRolloutPolicy`).
    pub fn feature_rollout_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::FeatureRolloutPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("featureRolloutPolicies"),
        )
    }
}
#[cfg(msgraph_beta_directory_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Directory {
    const SEGMENT: &'static str = "microsoft.graph.directory";
}
#[cfg(msgraph_beta_audit_logs_or_search)]
/// Features: `beta`, or one of `beta-audit-logs`, `beta-search`.
impl<C> crate::beta::requests::DirectoryAuditPath<C> {
    /// Structural property `initiatedBy` (`microsoft.graph.auditActivityInitiator`), addressed on its own: `GET` or `PATCH` it.
    pub fn initiated_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AuditActivityInitiator> {
        crate::path::PropertyPath::new(self.0.target().segment("initiatedBy"))
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::DirectoryAudit {
    const SEGMENT: &'static str = "microsoft.graph.directoryAudit";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::DirectoryDefinitionPath<C> {
    /// `POST .../discover`: action `microsoft.graph.discover`.
    pub fn discover(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::DirectoryDefinition>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("discover"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DirectoryDefinition {
    const SEGMENT: &'static str = "microsoft.graph.directoryDefinition";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C, T> crate::beta::requests::DirectoryObjectPath<C, T> {
    /// `POST .../checkMemberGroups`: action `microsoft.graph.checkMemberGroups`.
    pub fn check_member_groups(
        &self,
        params: crate::beta::params::DirectoryObjectCheckMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectCheckMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("checkMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../checkMemberObjects`: action `microsoft.graph.checkMemberObjects`.
    pub fn check_member_objects(
        &self,
        params: crate::beta::params::DirectoryObjectCheckMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectCheckMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("checkMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberGroups`: action `microsoft.graph.getMemberGroups`.
    pub fn get_member_groups(
        &self,
        params: crate::beta::params::DirectoryObjectGetMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectGetMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberObjects`: action `microsoft.graph.getMemberObjects`.
    pub fn get_member_objects(
        &self,
        params: crate::beta::params::DirectoryObjectGetMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectGetMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../restore`: action `microsoft.graph.restore`.
    pub fn restore(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyDirectoryObject {
    const SEGMENT: &'static str = "microsoft.graph.directoryObject";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::AnyDirectoryObject, C> {
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
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDirectoryObject>
for crate::beta::DirectoryObjectPartnerReference {
    const SEGMENT: &'static str = "microsoft.graph.directoryObjectPartnerReference";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DirectoryObjectPartnerReference {
    const SEGMENT: &'static str = "microsoft.graph.directoryObjectPartnerReference";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::DirectoryObjectPartnerReference, C> {
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
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::DirectoryRolePath<C> {
    /// Navigation property `members` (`microsoft.graph.directoryObject`).
    pub fn members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("members"))
    }
    /// Containment navigation property `scopedMembers` (`microsoft.graph.scopedRoleMembership`).
    pub fn scoped_members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ScopedRoleMembership,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("scopedMembers"))
    }
    /// `POST .../checkMemberGroups`: action `microsoft.graph.checkMemberGroups`.
    pub fn check_member_groups(
        &self,
        params: crate::beta::params::DirectoryObjectCheckMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectCheckMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("checkMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../checkMemberObjects`: action `microsoft.graph.checkMemberObjects`.
    pub fn check_member_objects(
        &self,
        params: crate::beta::params::DirectoryObjectCheckMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectCheckMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("checkMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberGroups`: action `microsoft.graph.getMemberGroups`.
    pub fn get_member_groups(
        &self,
        params: crate::beta::params::DirectoryObjectGetMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectGetMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberObjects`: action `microsoft.graph.getMemberObjects`.
    pub fn get_member_objects(
        &self,
        params: crate::beta::params::DirectoryObjectGetMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectGetMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../restore`: action `microsoft.graph.restore`.
    pub fn restore(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDirectoryObject>
for crate::beta::DirectoryRole {
    const SEGMENT: &'static str = "microsoft.graph.directoryRole";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::DirectoryRole {
    const SEGMENT: &'static str = "microsoft.graph.directoryRole";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::DirectoryRole, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::DirectoryRole>,
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
#[cfg(msgraph_beta_policies_or_search)]
/// Features: `beta`, or one of `beta-policies`, `beta-search`.
impl<C> crate::beta::requests::DirectoryRoleAccessReviewPolicyPath<C> {
    /// Structural property `settings` (`microsoft.graph.accessReviewScheduleSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AccessReviewScheduleSettings> {
        crate::path::PropertyPath::new(self.0.target().segment("settings"))
    }
}
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DirectoryRoleAccessReviewPolicy {
    const SEGMENT: &'static str = "microsoft.graph.directoryRoleAccessReviewPolicy";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDirectoryObject>
for crate::beta::DirectoryRoleTemplate {
    const SEGMENT: &'static str = "microsoft.graph.directoryRoleTemplate";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DirectoryRoleTemplate {
    const SEGMENT: &'static str = "microsoft.graph.directoryRoleTemplate";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::DirectoryRoleTemplate, C> {
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
#[cfg(msgraph_beta_core_or_settings)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::DirectorySetting {
    const SEGMENT: &'static str = "microsoft.graph.directorySetting";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDirectoryObject>
for crate::beta::DirectorySettingTemplate {
    const SEGMENT: &'static str = "microsoft.graph.directorySettingTemplate";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DirectorySettingTemplate {
    const SEGMENT: &'static str = "microsoft.graph.directorySettingTemplate";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::DirectorySettingTemplate, C> {
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
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::DlpEvaluatePoliciesJobResponsePath<C> {
    /// Structural property `result` (`microsoft.graph.dlpPoliciesJobResult`), addressed on its own: `GET` or `PATCH` it.
    pub fn result(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DlpPoliciesJobResult> {
        crate::path::PropertyPath::new(self.0.target().segment("result"))
    }
    /// Structural property `error` (`microsoft.graph.classificationError`), addressed on its own: `GET` or `PATCH` it.
    pub fn error(&self) -> crate::path::PropertyPath<crate::beta::ClassificationError> {
        crate::path::PropertyPath::new(self.0.target().segment("error"))
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyJobResponseBase>
for crate::beta::DlpEvaluatePoliciesJobResponse {
    const SEGMENT: &'static str = "microsoft.graph.dlpEvaluatePoliciesJobResponse";
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DlpEvaluatePoliciesJobResponse {
    const SEGMENT: &'static str = "microsoft.graph.dlpEvaluatePoliciesJobResponse";
}
#[cfg(msgraph_beta_search)]
/// Features: `beta` or `beta-search`.
impl<C> crate::beta::requests::DocumentPath<C> {
    /// Containment navigation property `comments` (`microsoft.graph.documentComment`).
    pub fn comments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DocumentComment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("comments"))
    }
}
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Document {
    const SEGMENT: &'static str = "microsoft.graph.document";
}
#[cfg(msgraph_beta_search)]
/// Features: `beta` or `beta-search`.
impl<C> crate::beta::requests::DocumentCommentPath<C> {
    /// Containment navigation property `replies` (`microsoft.graph.documentCommentReply`).
    pub fn replies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DocumentCommentReply,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("replies"))
    }
}
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::DocumentComment {
    const SEGMENT: &'static str = "microsoft.graph.documentComment";
}
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DocumentCommentReply {
    const SEGMENT: &'static str = "microsoft.graph.documentCommentReply";
}
#[cfg(msgraph_beta_domains_or_search)]
/// Features: `beta`, or one of `beta-domains`, `beta-search`.
impl<C> crate::beta::requests::DomainPath<C> {
    /// Structural property `state` (`microsoft.graph.domainState`), addressed on its own: `GET` or `PATCH` it.
    pub fn state(&self) -> crate::path::PropertyPath<crate::beta::DomainState> {
        crate::path::PropertyPath::new(self.0.target().segment("state"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `domainNameReferences` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn domain_name_references(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("domainNameReferences"))
    }
    /// Containment navigation property `serviceConfigurationRecords` (`microsoft.graph.domainDnsRecord`).
    pub fn service_configuration_records(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDomainDnsRecord,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("serviceConfigurationRecords"),
        )
    }
    /// Containment navigation property `sharedEmailDomainInvitations` (`microsoft.graph.sharedEmailDomainInvitation`).
    pub fn shared_email_domain_invitations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SharedEmailDomainInvitation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("sharedEmailDomainInvitations"),
        )
    }
    /// Containment navigation property `verificationDnsRecords` (`microsoft.graph.domainDnsRecord`).
    pub fn verification_dns_records(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDomainDnsRecord,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("verificationDnsRecords"),
        )
    }
    /// `POST .../forceDelete`: action `microsoft.graph.forceDelete`.
    pub fn force_delete(
        &self,
        params: crate::beta::params::DomainForceDeleteParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DomainForceDeleteParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("forceDelete"),
            rt::request::Json(params),
        )
    }
    /// `POST .../verify`: action `microsoft.graph.verify`.
    pub fn verify(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::Domain>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("verify"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_domains_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Domain {
    const SEGMENT: &'static str = "microsoft.graph.domain";
}
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDomainDnsRecord>
for crate::beta::DomainDnsCnameRecord {
    const SEGMENT: &'static str = "microsoft.graph.domainDnsCnameRecord";
}
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DomainDnsCnameRecord {
    const SEGMENT: &'static str = "microsoft.graph.domainDnsCnameRecord";
}
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDomainDnsRecord>
for crate::beta::DomainDnsMxRecord {
    const SEGMENT: &'static str = "microsoft.graph.domainDnsMxRecord";
}
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DomainDnsMxRecord {
    const SEGMENT: &'static str = "microsoft.graph.domainDnsMxRecord";
}
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyDomainDnsRecord {
    const SEGMENT: &'static str = "microsoft.graph.domainDnsRecord";
}
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDomainDnsRecord>
for crate::beta::DomainDnsSrvRecord {
    const SEGMENT: &'static str = "microsoft.graph.domainDnsSrvRecord";
}
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DomainDnsSrvRecord {
    const SEGMENT: &'static str = "microsoft.graph.domainDnsSrvRecord";
}
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDomainDnsRecord>
for crate::beta::DomainDnsTxtRecord {
    const SEGMENT: &'static str = "microsoft.graph.domainDnsTxtRecord";
}
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DomainDnsTxtRecord {
    const SEGMENT: &'static str = "microsoft.graph.domainDnsTxtRecord";
}
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDomainDnsRecord>
for crate::beta::DomainDnsUnavailableRecord {
    const SEGMENT: &'static str = "microsoft.graph.domainDnsUnavailableRecord";
}
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DomainDnsUnavailableRecord {
    const SEGMENT: &'static str = "microsoft.graph.domainDnsUnavailableRecord";
}
#[cfg(msgraph_beta_search_or_security)]
/// Features: `beta`, or one of `beta-search`, `beta-security`.
impl<C> crate::beta::requests::DomainSecurityProfilePath<C> {
    /// Structural property `registrant` (`microsoft.graph.domainRegistrant`), addressed on its own: `GET` or `PATCH` it.
    pub fn registrant(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DomainRegistrant> {
        crate::path::PropertyPath::new(self.0.target().segment("registrant"))
    }
    /// Structural property `vendorInformation` (`microsoft.graph.securityVendorInformation`), addressed on its own: `GET` or `PATCH` it.
    pub fn vendor_information(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::SecurityVendorInformation> {
        crate::path::PropertyPath::new(self.0.target().segment("vendorInformation"))
    }
}
#[cfg(msgraph_beta_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::DomainSecurityProfile {
    const SEGMENT: &'static str = "microsoft.graph.domainSecurityProfile";
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::DrivePath<C> {
    /// Structural property `owner` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn owner(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("owner"))
    }
    /// Structural property `quota` (`microsoft.graph.quota`), addressed on its own: `GET` or `PATCH` it.
    pub fn quota(&self) -> crate::path::PropertyPath<crate::beta::Quota> {
        crate::path::PropertyPath::new(self.0.target().segment("quota"))
    }
    /// Structural property `sharePointIds` (`microsoft.graph.sharepointIds`), addressed on its own: `GET` or `PATCH` it.
    pub fn share_point_ids(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::SharepointIds> {
        crate::path::PropertyPath::new(self.0.target().segment("sharePointIds"))
    }
    /// Structural property `system` (`microsoft.graph.systemFacet`), addressed on its own: `GET` or `PATCH` it.
    pub fn system(&self) -> crate::path::PropertyPath<crate::beta::SystemFacet> {
        crate::path::PropertyPath::new(self.0.target().segment("system"))
    }
    /// Containment navigation property `activities` (`microsoft.graph.itemActivityOLD`).
    pub fn activities(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ItemActivityOld,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("activities"))
    }
    /// Containment navigation property `bundles` (`microsoft.graph.driveItem`).
    pub fn bundles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DriveItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("bundles"))
    }
    /// Containment navigation property `following` (`microsoft.graph.driveItem`).
    pub fn following(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DriveItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("following"))
    }
    /// Containment navigation property `items` (`microsoft.graph.driveItem`).
    pub fn items(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DriveItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("items"))
    }
    /// Containment navigation property `list` (`microsoft.graph.list`).
    pub fn list_2(
        &self,
    ) -> crate::beta::requests::ListPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::ListPath::new(self.0.target().segment("list"))
    }
    /// Containment navigation property `root` (`microsoft.graph.driveItem`).
    pub fn root(
        &self,
    ) -> crate::beta::requests::DriveItemPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::DriveItemPath::new(self.0.target().segment("root"))
    }
    /// Containment navigation property `special` (`microsoft.graph.driveItem`).
    pub fn special(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DriveItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("special"))
    }
    /// `GET .../recent`: function `microsoft.graph.recent`.
    pub fn recent(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::DriveItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("recent", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../search`: function `microsoft.graph.search`.
    pub fn search(
        &self,
        q: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::DriveItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "search",
                    &[
                        (
                            "q",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(q),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../sharedWithMe`: function `microsoft.graph.sharedWithMe`.
    pub fn shared_with_me(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::DriveItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("sharedWithMe", &[]),
            rt::request::NoBody,
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
    /// Structural property `parentReference` (`microsoft.graph.itemReference`), addressed on its own: `GET` or `PATCH` it.
    pub fn parent_reference(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ItemReference> {
        crate::path::PropertyPath::new(self.0.target().segment("parentReference"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `createdByUser` (`microsoft.graph.user`).
    ///
    /// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn created_by_user(
        &self,
    ) -> crate::beta::requests::UserPath<crate::path::caps::GetUpdateDeleteRef> {
        crate::beta::requests::UserPath::new(self.0.target().segment("createdByUser"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `lastModifiedByUser` (`microsoft.graph.user`).
    ///
    /// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn last_modified_by_user(
        &self,
    ) -> crate::beta::requests::UserPath<crate::path::caps::GetUpdateDeleteRef> {
        crate::beta::requests::UserPath::new(
            self.0.target().segment("lastModifiedByUser"),
        )
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyBaseItem> for crate::beta::Drive {
    const SEGMENT: &'static str = "microsoft.graph.drive";
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Drive {
    const SEGMENT: &'static str = "microsoft.graph.drive";
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::DriveItemPath<C> {
    /// The `microsoft.graph.driveItem` at `path` below this item (OneDrive path addressing, `<this item>:/{path}:`),
    /// going on with its usual segments: `item_with_path("Docs/a.txt").content()` is
    /// `.../root:/Docs/a.txt:/content`.
    ///
    /// `path` is `/`-separated (one leading `/` optional) and percent-encoded segment by
    /// segment; an empty, `.` or `..` segment, or a `:` or `\` in a name, makes the request
    /// fail when built (`RequestError::InvalidItemPath`).
    pub fn item_with_path(
        &self,
        path: &str,
    ) -> crate::beta::requests::DriveItemPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::DriveItemPath::new(self.0.target().item_path(path))
    }
    /// Structural property `audio` (`microsoft.graph.audio`), addressed on its own: `GET` or `PATCH` it.
    pub fn audio(&self) -> crate::path::PropertyPath<crate::beta::Audio> {
        crate::path::PropertyPath::new(self.0.target().segment("audio"))
    }
    /// Structural property `bundle` (`microsoft.graph.bundle`), addressed on its own: `GET` or `PATCH` it.
    pub fn bundle(&self) -> crate::path::PropertyPath<crate::beta::Bundle> {
        crate::path::PropertyPath::new(self.0.target().segment("bundle"))
    }
    /// Stream property `content`.
    pub fn content(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.0.target().segment("content"))
    }
    /// Structural property `deleted` (`microsoft.graph.deleted`), addressed on its own: `GET` or `PATCH` it.
    pub fn deleted(&self) -> crate::path::PropertyPath<crate::beta::Deleted> {
        crate::path::PropertyPath::new(self.0.target().segment("deleted"))
    }
    /// Structural property `file` (`microsoft.graph.file`), addressed on its own: `GET` or `PATCH` it.
    pub fn file(&self) -> crate::path::PropertyPath<crate::beta::File> {
        crate::path::PropertyPath::new(self.0.target().segment("file"))
    }
    /// Structural property `fileSystemInfo` (`microsoft.graph.fileSystemInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn file_system_info(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::FileSystemInfo> {
        crate::path::PropertyPath::new(self.0.target().segment("fileSystemInfo"))
    }
    /// Structural property `folder` (`microsoft.graph.folder`), addressed on its own: `GET` or `PATCH` it.
    pub fn folder(&self) -> crate::path::PropertyPath<crate::beta::Folder> {
        crate::path::PropertyPath::new(self.0.target().segment("folder"))
    }
    /// Structural property `image` (`microsoft.graph.image`), addressed on its own: `GET` or `PATCH` it.
    pub fn image(&self) -> crate::path::PropertyPath<crate::beta::Image> {
        crate::path::PropertyPath::new(self.0.target().segment("image"))
    }
    /// Structural property `location` (`microsoft.graph.geoCoordinates`), addressed on its own: `GET` or `PATCH` it.
    pub fn location(&self) -> crate::path::PropertyPath<crate::beta::GeoCoordinates> {
        crate::path::PropertyPath::new(self.0.target().segment("location"))
    }
    /// Structural property `media` (`microsoft.graph.media`), addressed on its own: `GET` or `PATCH` it.
    pub fn media(&self) -> crate::path::PropertyPath<crate::beta::Media> {
        crate::path::PropertyPath::new(self.0.target().segment("media"))
    }
    /// Structural property `package` (`microsoft.graph.package`), addressed on its own: `GET` or `PATCH` it.
    pub fn package(&self) -> crate::path::PropertyPath<crate::beta::Package> {
        crate::path::PropertyPath::new(self.0.target().segment("package"))
    }
    /// Structural property `pendingOperations` (`microsoft.graph.pendingOperations`), addressed on its own: `GET` or `PATCH` it.
    pub fn pending_operations(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PendingOperations> {
        crate::path::PropertyPath::new(self.0.target().segment("pendingOperations"))
    }
    /// Structural property `photo` (`microsoft.graph.photo`), addressed on its own: `GET` or `PATCH` it.
    pub fn photo(&self) -> crate::path::PropertyPath<crate::beta::Photo> {
        crate::path::PropertyPath::new(self.0.target().segment("photo"))
    }
    /// Structural property `publication` (`microsoft.graph.publicationFacet`), addressed on its own: `GET` or `PATCH` it.
    pub fn publication(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PublicationFacet> {
        crate::path::PropertyPath::new(self.0.target().segment("publication"))
    }
    /// Structural property `remoteItem` (`microsoft.graph.remoteItem`), addressed on its own: `GET` or `PATCH` it.
    pub fn remote_item(&self) -> crate::path::PropertyPath<crate::beta::RemoteItem> {
        crate::path::PropertyPath::new(self.0.target().segment("remoteItem"))
    }
    /// Structural property `root` (`microsoft.graph.root`), addressed on its own: `GET` or `PATCH` it.
    pub fn root(&self) -> crate::path::PropertyPath<crate::beta::Root> {
        crate::path::PropertyPath::new(self.0.target().segment("root"))
    }
    /// Structural property `searchResult` (`microsoft.graph.searchResult`), addressed on its own: `GET` or `PATCH` it.
    pub fn search_result(&self) -> crate::path::PropertyPath<crate::beta::SearchResult> {
        crate::path::PropertyPath::new(self.0.target().segment("searchResult"))
    }
    /// Structural property `shared` (`microsoft.graph.shared`), addressed on its own: `GET` or `PATCH` it.
    pub fn shared(&self) -> crate::path::PropertyPath<crate::beta::Shared> {
        crate::path::PropertyPath::new(self.0.target().segment("shared"))
    }
    /// Structural property `sharepointIds` (`microsoft.graph.sharepointIds`), addressed on its own: `GET` or `PATCH` it.
    pub fn sharepoint_ids(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::SharepointIds> {
        crate::path::PropertyPath::new(self.0.target().segment("sharepointIds"))
    }
    /// Structural property `source` (`microsoft.graph.driveItemSource`), addressed on its own: `GET` or `PATCH` it.
    pub fn source(&self) -> crate::path::PropertyPath<crate::beta::DriveItemSource> {
        crate::path::PropertyPath::new(self.0.target().segment("source"))
    }
    /// Structural property `specialFolder` (`microsoft.graph.specialFolder`), addressed on its own: `GET` or `PATCH` it.
    pub fn special_folder(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::SpecialFolder> {
        crate::path::PropertyPath::new(self.0.target().segment("specialFolder"))
    }
    /// Structural property `video` (`microsoft.graph.video`), addressed on its own: `GET` or `PATCH` it.
    pub fn video(&self) -> crate::path::PropertyPath<crate::beta::Video> {
        crate::path::PropertyPath::new(self.0.target().segment("video"))
    }
    /// Containment navigation property `workbook` (`microsoft.graph.workbook`).
    pub fn workbook(
        &self,
    ) -> crate::beta::requests::WorkbookPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::WorkbookPath::new(self.0.target().segment("workbook"))
    }
    /// Containment navigation property `activities` (`microsoft.graph.itemActivityOLD`).
    pub fn activities(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ItemActivityOld,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("activities"))
    }
    #[cfg(msgraph_beta_search)]
    /// Navigation property `analytics` (`microsoft.graph.itemAnalytics`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn analytics(
        &self,
    ) -> crate::beta::requests::ItemAnalyticsPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::ItemAnalyticsPath::new(
            self.0.target().segment("analytics"),
        )
    }
    /// Containment navigation property `children` (`microsoft.graph.driveItem`).
    pub fn children(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DriveItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("children"))
    }
    /// Containment navigation property `listItem` (`microsoft.graph.listItem`).
    pub fn list_item(
        &self,
    ) -> crate::beta::requests::ListItemPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::ListItemPath::new(self.0.target().segment("listItem"))
    }
    /// Containment navigation property `permissions` (`microsoft.graph.permission`).
    pub fn permissions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Permission,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("permissions"))
    }
    /// Containment navigation property `subscriptions` (`microsoft.graph.subscription`).
    pub fn subscriptions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Subscription,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("subscriptions"))
    }
    /// Containment navigation property `thumbnails` (`microsoft.graph.thumbnailSet`).
    pub fn thumbnails(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ThumbnailSet,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("thumbnails"))
    }
    /// Containment navigation property `versions` (`microsoft.graph.driveItemVersion`).
    pub fn versions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DriveItemVersion,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("versions"))
    }
    /// `POST .../checkin`: action `microsoft.graph.checkin`.
    pub fn checkin(
        &self,
        params: crate::beta::params::DriveItemCheckinParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DriveItemCheckinParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("checkin"),
            rt::request::Json(params),
        )
    }
    /// `POST .../checkout`: action `microsoft.graph.checkout`.
    pub fn checkout(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("checkout"),
            rt::request::NoBody,
        )
    }
    /// `POST .../copy`: action `microsoft.graph.copy`.
    pub fn copy(
        &self,
        params: crate::beta::params::DriveItemCopyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DriveItemCopyParams>,
        rt::request::Entity<crate::beta::DriveItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("copy"),
            rt::request::Json(params),
        )
    }
    /// `POST .../createLink`: action `microsoft.graph.createLink`.
    pub fn create_link(
        &self,
        params: crate::beta::params::DriveItemCreateLinkParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DriveItemCreateLinkParams>,
        rt::request::Entity<crate::beta::Permission>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("createLink"),
            rt::request::Json(params),
        )
    }
    /// `POST .../createUploadSession`: action `microsoft.graph.createUploadSession`.
    pub fn create_upload_session(
        &self,
        params: crate::beta::params::DriveItemCreateUploadSessionParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DriveItemCreateUploadSessionParams>,
        rt::request::Entity<crate::beta::UploadSession>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("createUploadSession"),
            rt::request::Json(params),
        )
    }
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::DriveItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta_2(
        &self,
        token: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::DriveItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "delta",
                    &[
                        (
                            "token",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(token),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `POST .../follow`: action `microsoft.graph.follow`.
    pub fn follow(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::DriveItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("follow"),
            rt::request::NoBody,
        )
    }
    /// `GET .../getActivitiesByInterval`: function `microsoft.graph.getActivitiesByInterval`.
    pub fn get_activities_by_interval(
        &self,
        start_date_time: &str,
        end_date_time: &str,
        interval: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::ItemActivityStat>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getActivitiesByInterval",
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
                        (
                            "interval",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(interval),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `POST .../invite`: action `microsoft.graph.invite`.
    pub fn invite(
        &self,
        params: crate::beta::params::DriveItemInviteParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DriveItemInviteParams>,
        rt::request::Collection<crate::beta::Permission>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("invite"),
            rt::request::Json(params),
        )
    }
    /// `POST .../preview`: action `microsoft.graph.preview`.
    pub fn preview(
        &self,
        params: crate::beta::params::DriveItemPreviewParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DriveItemPreviewParams>,
        rt::request::Entity<crate::beta::ItemPreviewInfo>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("preview"),
            rt::request::Json(params),
        )
    }
    /// `POST .../restore`: action `microsoft.graph.restore`.
    pub fn restore(
        &self,
        params: crate::beta::params::DriveItemRestoreParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DriveItemRestoreParams>,
        rt::request::Entity<crate::beta::DriveItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("restore"),
            rt::request::Json(params),
        )
    }
    /// `GET .../search`: function `microsoft.graph.search`.
    pub fn search(
        &self,
        q: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::DriveItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "search",
                    &[
                        (
                            "q",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(q),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `POST .../unfollow`: action `microsoft.graph.unfollow`.
    pub fn unfollow(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("unfollow"),
            rt::request::NoBody,
        )
    }
    /// `POST .../validatePermission`: action `microsoft.graph.validatePermission`.
    pub fn validate_permission(
        &self,
        params: crate::beta::params::DriveItemValidatePermissionParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DriveItemValidatePermissionParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("validatePermission"),
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
    /// Structural property `parentReference` (`microsoft.graph.itemReference`), addressed on its own: `GET` or `PATCH` it.
    pub fn parent_reference(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ItemReference> {
        crate::path::PropertyPath::new(self.0.target().segment("parentReference"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `createdByUser` (`microsoft.graph.user`).
    ///
    /// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn created_by_user(
        &self,
    ) -> crate::beta::requests::UserPath<crate::path::caps::GetUpdateDeleteRef> {
        crate::beta::requests::UserPath::new(self.0.target().segment("createdByUser"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `lastModifiedByUser` (`microsoft.graph.user`).
    ///
    /// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn last_modified_by_user(
        &self,
    ) -> crate::beta::requests::UserPath<crate::path::caps::GetUpdateDeleteRef> {
        crate::beta::requests::UserPath::new(
            self.0.target().segment("lastModifiedByUser"),
        )
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyBaseItem> for crate::beta::DriveItem {
    const SEGMENT: &'static str = "microsoft.graph.driveItem";
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::DriveItem {
    const SEGMENT: &'static str = "microsoft.graph.driveItem";
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::DriveItemVersionPath<C> {
    /// Stream property `content`.
    pub fn content(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.0.target().segment("content"))
    }
    /// `POST .../restoreVersion`: action `microsoft.graph.restoreVersion`.
    pub fn restore_version(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("restoreVersion"),
            rt::request::NoBody,
        )
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("lastModifiedBy"))
    }
    /// Structural property `publication` (`microsoft.graph.publicationFacet`), addressed on its own: `GET` or `PATCH` it.
    pub fn publication(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PublicationFacet> {
        crate::path::PropertyPath::new(self.0.target().segment("publication"))
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyBaseItemVersion>
for crate::beta::DriveItemVersion {
    const SEGMENT: &'static str = "microsoft.graph.driveItemVersion";
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::DriveItemVersion {
    const SEGMENT: &'static str = "microsoft.graph.driveItemVersion";
}
#[cfg(msgraph_beta_compliance_or_search)]
/// Features: `beta`, or one of `beta-compliance`, `beta-search`.
impl<C, T> crate::beta::requests::ediscovery::DataSourcePath<C, T> {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("createdBy"))
    }
}
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ediscovery::AnyDataSource {
    const SEGMENT: &'static str = "microsoft.graph.ediscovery.dataSource";
}
#[cfg(msgraph_beta_compliance_or_search)]
/// Features: `beta`, or one of `beta-compliance`, `beta-search`.
impl<C> crate::beta::requests::ediscovery::DataSourceContainerPath<C> {
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
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ediscovery::AnyDataSourceContainer {
    const SEGMENT: &'static str = "microsoft.graph.ediscovery.dataSourceContainer";
}
#[cfg(msgraph_beta_search_or_tenant_relationships)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::managed_tenants::DeviceCompliancePolicySettingStateSummary {
    const SEGMENT: &'static str = "microsoft.graph.managedTenants.deviceCompliancePolicySettingStateSummary";
}
#[cfg(msgraph_beta_admin_or_search)]
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
impl<C> crate::beta::requests::windows_updates::DeploymentPath<C> {
    /// Structural property `content` (`microsoft.graph.windowsUpdates.deployableContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn content(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::windows_updates::AnyDeployableContent> {
        crate::path::PropertyPath::new(self.0.target().segment("content"))
    }
    /// Structural property `settings` (`microsoft.graph.windowsUpdates.deploymentSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::windows_updates::AnyDeploymentSettings> {
        crate::path::PropertyPath::new(self.0.target().segment("settings"))
    }
    /// Structural property `state` (`microsoft.graph.windowsUpdates.deploymentState`), addressed on its own: `GET` or `PATCH` it.
    pub fn state(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::windows_updates::DeploymentState> {
        crate::path::PropertyPath::new(self.0.target().segment("state"))
    }
    /// Containment navigation property `audience` (`microsoft.graph.windowsUpdates.deploymentAudience`).
    pub fn audience(
        &self,
    ) -> crate::beta::requests::windows_updates::DeploymentAudiencePath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::windows_updates::DeploymentAudiencePath::new(
            self.0.target().segment("audience"),
        )
    }
}
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::windows_updates::Deployment {
    const SEGMENT: &'static str = "microsoft.graph.windowsUpdates.deployment";
}
#[cfg(msgraph_beta_admin_or_search)]
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
impl<C> crate::beta::requests::windows_updates::DeploymentAudiencePath<C> {
    /// Containment navigation property `exclusions` (`microsoft.graph.windowsUpdates.updatableAsset`).
    pub fn exclusions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::windows_updates::AnyUpdatableAsset,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("exclusions"))
    }
    /// Containment navigation property `members` (`microsoft.graph.windowsUpdates.updatableAsset`).
    pub fn members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::windows_updates::AnyUpdatableAsset,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("members"))
    }
    /// `POST .../microsoft.graph.windowsUpdates.updateAudience`: action `microsoft.graph.windowsUpdates.updateAudience`.
    pub fn update_audience(
        &self,
        params: crate::beta::params::DeploymentAudienceUpdateAudienceParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeploymentAudienceUpdateAudienceParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("microsoft.graph.windowsUpdates.updateAudience"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.windowsUpdates.updateAudienceById`: action `microsoft.graph.windowsUpdates.updateAudienceById`.
    pub fn update_audience_by_id(
        &self,
        params: crate::beta::params::DeploymentAudienceUpdateAudienceByIdParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeploymentAudienceUpdateAudienceByIdParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("microsoft.graph.windowsUpdates.updateAudienceById"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::windows_updates::DeploymentAudience {
    const SEGMENT: &'static str = "microsoft.graph.windowsUpdates.deploymentAudience";
}
