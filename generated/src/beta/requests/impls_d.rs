//! Items of `requests` by the first letters of their types' names (`d`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_data_classification_or_search)]
/// Features: `beta`, or one of `beta-data-classification`, `beta-search`.
impl dyn crate::beta::requests::DataClassificationServicePath {
    /// Containment navigation property `exactMatchDataStores` (`microsoft.graph.exactMatchDataStore`).
    #[inline]
    pub fn exact_match_data_stores(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ExactMatchDataStore,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("exactMatchDataStores"),
        )
    }
    /// Containment navigation property `classifyFile` (`microsoft.graph.fileClassificationRequest`).
    #[inline]
    pub fn classify_file(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::FileClassificationRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("classifyFile"))
    }
    /// Containment navigation property `classifyFileJobs` (`microsoft.graph.jobResponseBase`).
    #[inline]
    pub fn classify_file_jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyJobResponseBase,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("classifyFileJobs"))
    }
    /// Containment navigation property `classifyText` (`microsoft.graph.textClassificationRequest`).
    #[inline]
    pub fn classify_text(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TextClassificationRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("classifyText"))
    }
    /// Containment navigation property `classifyTextJobs` (`microsoft.graph.jobResponseBase`).
    #[inline]
    pub fn classify_text_jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyJobResponseBase,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("classifyTextJobs"))
    }
    /// Containment navigation property `evaluateDlpPoliciesJobs` (`microsoft.graph.jobResponseBase`).
    #[inline]
    pub fn evaluate_dlp_policies_jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyJobResponseBase,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("evaluateDlpPoliciesJobs"),
        )
    }
    /// Containment navigation property `evaluateLabelJobs` (`microsoft.graph.jobResponseBase`).
    #[inline]
    pub fn evaluate_label_jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyJobResponseBase,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("evaluateLabelJobs"))
    }
    /// Containment navigation property `jobs` (`microsoft.graph.jobResponseBase`).
    #[inline]
    pub fn jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyJobResponseBase,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("jobs"))
    }
    /// Containment navigation property `sensitiveTypes` (`microsoft.graph.sensitiveType`).
    #[inline]
    pub fn sensitive_types(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SensitiveType,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sensitiveTypes"))
    }
    /// Containment navigation property `sensitivityLabels` (`microsoft.graph.sensitivityLabel`).
    #[inline]
    pub fn sensitivity_labels(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SensitivityLabel,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sensitivityLabels"))
    }
    /// Containment navigation property `exactMatchUploadAgents` (`microsoft.graph.exactMatchUploadAgent`).
    #[inline]
    pub fn exact_match_upload_agents(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ExactMatchUploadAgent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("exactMatchUploadAgents"),
        )
    }
    /// `POST .../classifyExactMatches`: action `microsoft.graph.classifyExactMatches`.
    #[inline]
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
            self.node_target().segment("classifyExactMatches"),
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
impl dyn crate::beta::requests::DataSharingConsentPath {
    /// `POST .../consentToDataSharing`: action `microsoft.graph.consentToDataSharing`.
    #[inline]
    pub fn consent_to_data_sharing(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::DataSharingConsent>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("consentToDataSharing"),
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
impl dyn crate::beta::requests::DefaultManagedAppProtectionPath {
    /// Containment navigation property `apps` (`microsoft.graph.managedMobileApp`).
    #[inline]
    pub fn apps(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ManagedMobileApp,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("apps"))
    }
    /// Containment navigation property `deploymentSummary` (`microsoft.graph.managedAppPolicyDeploymentSummary`).
    #[inline]
    pub fn deployment_summary(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::ManagedAppPolicyDeploymentSummary,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("deploymentSummary"))
    }
    /// `POST .../targetApps`: action `microsoft.graph.targetApps`.
    #[inline]
    pub fn target_apps(
        &self,
        params: crate::beta::params::ManagedAppProtectionTargetAppsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ManagedAppProtectionTargetAppsParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("targetApps"),
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
impl dyn crate::beta::requests::DepOnboardingSettingPath {
    /// Navigation property `defaultIosEnrollmentProfile` (`microsoft.graph.depIOSEnrollmentProfile`).
    #[inline]
    pub fn default_ios_enrollment_profile(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DepIosEnrollmentProfile,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("defaultIosEnrollmentProfile"),
        )
    }
    /// Navigation property `defaultMacOsEnrollmentProfile` (`microsoft.graph.depMacOSEnrollmentProfile`).
    #[inline]
    pub fn default_mac_os_enrollment_profile(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DepMacOsEnrollmentProfile,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("defaultMacOsEnrollmentProfile"),
        )
    }
    /// Containment navigation property `enrollmentProfiles` (`microsoft.graph.enrollmentProfile`).
    #[inline]
    pub fn enrollment_profiles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyEnrollmentProfile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("enrollmentProfiles"),
        )
    }
    /// Containment navigation property `importedAppleDeviceIdentities` (`microsoft.graph.importedAppleDeviceIdentity`).
    #[inline]
    pub fn imported_apple_device_identities(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyImportedAppleDeviceIdentity,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("importedAppleDeviceIdentities"),
        )
    }
    /// Generate a public key to use to encrypt the Apple device enrollment program token
    ///
    /// `POST .../generateEncryptionPublicKey`: action `microsoft.graph.generateEncryptionPublicKey`.
    #[inline]
    pub fn generate_encryption_public_key(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::ValueOf<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("generateEncryptionPublicKey"),
            rt::request::NoBody,
        )
    }
    /// Get a public key to use to encrypt the Apple device enrollment program token
    ///
    /// `GET .../getEncryptionPublicKey`: function `microsoft.graph.getEncryptionPublicKey`.
    #[inline]
    pub fn get_encryption_public_key(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::ValueOf<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("getEncryptionPublicKey", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../shareForSchoolDataSyncService`: action `microsoft.graph.shareForSchoolDataSyncService`.
    #[inline]
    pub fn share_for_school_data_sync_service(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("shareForSchoolDataSyncService"),
            rt::request::NoBody,
        )
    }
    /// Synchronizes between Apple Device Enrollment Program and Intune
    ///
    /// `POST .../syncWithAppleDeviceEnrollmentProgram`: action `microsoft.graph.syncWithAppleDeviceEnrollmentProgram`.
    #[inline]
    pub fn sync_with_apple_device_enrollment_program(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("syncWithAppleDeviceEnrollmentProgram"),
            rt::request::NoBody,
        )
    }
    /// `POST .../unshareForSchoolDataSyncService`: action `microsoft.graph.unshareForSchoolDataSyncService`.
    #[inline]
    pub fn unshare_for_school_data_sync_service(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("unshareForSchoolDataSyncService"),
            rt::request::NoBody,
        )
    }
    /// Uploads a new Device Enrollment Program token
    ///
    /// `POST .../uploadDepToken`: action `microsoft.graph.uploadDepToken`.
    #[inline]
    pub fn upload_dep_token(
        &self,
        params: crate::beta::params::DepOnboardingSettingUploadDepTokenParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DepOnboardingSettingUploadDepTokenParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("uploadDepToken"),
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
impl dyn crate::beta::requests::DetectedAppPath {
    /// Navigation property `managedDevices` (`microsoft.graph.managedDevice`).
    #[inline]
    pub fn managed_devices(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyManagedDevice,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("managedDevices"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::DetectedApp {
    const SEGMENT: &'static str = "microsoft.graph.detectedApp";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::DevicePath {
    /// Structural property `extensionAttributes` (`microsoft.graph.onPremisesExtensionAttributes`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn extension_attributes(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::OnPremisesExtensionAttributes> {
        crate::path::PropertyPath::new(self.node_target().segment("extensionAttributes"))
    }
    /// Containment navigation property `usageRights` (`microsoft.graph.usageRight`).
    #[inline]
    pub fn usage_rights(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UsageRight,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("usageRights"))
    }
    /// Navigation property `memberOf` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn member_of(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("memberOf"))
    }
    /// Navigation property `registeredOwners` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn registered_owners(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("registeredOwners"))
    }
    /// Navigation property `registeredUsers` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn registered_users(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("registeredUsers"))
    }
    /// Navigation property `transitiveMemberOf` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn transitive_member_of(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("transitiveMemberOf"),
        )
    }
    /// Containment navigation property `extensions` (`microsoft.graph.extension`).
    #[inline]
    pub fn extensions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyExtension,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("extensions"))
    }
    /// Containment navigation property `commands` (`microsoft.graph.command`).
    #[inline]
    pub fn commands(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Command,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("commands"))
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
impl dyn crate::beta::requests::DeviceAndAppManagementRoleAssignmentPath {
    /// Navigation property `roleScopeTags` (`microsoft.graph.roleScopeTag`).
    #[inline]
    pub fn role_scope_tags(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::RoleScopeTag,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("roleScopeTags"))
    }
    /// Navigation property `roleDefinition` (`microsoft.graph.roleDefinition`).
    #[inline]
    pub fn role_definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnyRoleDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("roleDefinition"))
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
impl dyn crate::beta::requests::DeviceAppManagementPath {
    /// Containment navigation property `managedEBookCategories` (`microsoft.graph.managedEBookCategory`).
    #[inline]
    pub fn managed_e_book_categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ManagedEBookCategory,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("managedEBookCategories"),
        )
    }
    /// Containment navigation property `enterpriseCodeSigningCertificates` (`microsoft.graph.enterpriseCodeSigningCertificate`).
    #[inline]
    pub fn enterprise_code_signing_certificates(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::EnterpriseCodeSigningCertificate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("enterpriseCodeSigningCertificates"),
        )
    }
    /// Containment navigation property `iosLobAppProvisioningConfigurations` (`microsoft.graph.iosLobAppProvisioningConfiguration`).
    #[inline]
    pub fn ios_lob_app_provisioning_configurations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::IosLobAppProvisioningConfiguration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("iosLobAppProvisioningConfigurations"),
        )
    }
    /// Containment navigation property `mobileAppCategories` (`microsoft.graph.mobileAppCategory`).
    #[inline]
    pub fn mobile_app_categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("mobileAppCategories"),
        )
    }
    /// Containment navigation property `mobileAppConfigurations` (`microsoft.graph.managedDeviceMobileAppConfiguration`).
    #[inline]
    pub fn mobile_app_configurations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyManagedDeviceMobileAppConfiguration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("mobileAppConfigurations"),
        )
    }
    /// Containment navigation property `mobileApps` (`microsoft.graph.mobileApp`).
    #[inline]
    pub fn mobile_apps(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyMobileApp,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("mobileApps"))
    }
    /// Containment navigation property `symantecCodeSigningCertificate` (`microsoft.graph.symantecCodeSigningCertificate`).
    #[inline]
    pub fn symantec_code_signing_certificate(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::SymantecCodeSigningCertificate,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("symantecCodeSigningCertificate"),
        )
    }
    /// Containment navigation property `managedEBooks` (`microsoft.graph.managedEBook`).
    #[inline]
    pub fn managed_e_books(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyManagedEBook,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("managedEBooks"))
    }
    /// Containment navigation property `policySets` (`microsoft.graph.policySet`).
    #[inline]
    pub fn policy_sets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PolicySet,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("policySets"))
    }
    /// Containment navigation property `sideLoadingKeys` (`microsoft.graph.sideLoadingKey`).
    #[inline]
    pub fn side_loading_keys(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SideLoadingKey,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sideLoadingKeys"))
    }
    /// Containment navigation property `vppTokens` (`microsoft.graph.vppToken`).
    #[inline]
    pub fn vpp_tokens(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::VppToken,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("vppTokens"))
    }
    #[cfg(msgraph_beta_search)]
    /// Navigation property `windowsManagementApp` (`microsoft.graph.windowsManagementApp`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn windows_management_app(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::WindowsManagementApp,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("windowsManagementApp"))
    }
    /// Containment navigation property `androidManagedAppProtections` (`microsoft.graph.androidManagedAppProtection`).
    #[inline]
    pub fn android_managed_app_protections(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AndroidManagedAppProtection,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("androidManagedAppProtections"),
        )
    }
    /// Containment navigation property `defaultManagedAppProtections` (`microsoft.graph.defaultManagedAppProtection`).
    #[inline]
    pub fn default_managed_app_protections(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DefaultManagedAppProtection,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("defaultManagedAppProtections"),
        )
    }
    /// Containment navigation property `iosManagedAppProtections` (`microsoft.graph.iosManagedAppProtection`).
    #[inline]
    pub fn ios_managed_app_protections(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::IosManagedAppProtection,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("iosManagedAppProtections"),
        )
    }
    /// Containment navigation property `managedAppPolicies` (`microsoft.graph.managedAppPolicy`).
    #[inline]
    pub fn managed_app_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyManagedAppPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("managedAppPolicies"),
        )
    }
    /// Containment navigation property `managedAppRegistrations` (`microsoft.graph.managedAppRegistration`).
    #[inline]
    pub fn managed_app_registrations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyManagedAppRegistration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("managedAppRegistrations"),
        )
    }
    /// Containment navigation property `managedAppStatuses` (`microsoft.graph.managedAppStatus`).
    #[inline]
    pub fn managed_app_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyManagedAppStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("managedAppStatuses"),
        )
    }
    /// Containment navigation property `mdmWindowsInformationProtectionPolicies` (`microsoft.graph.mdmWindowsInformationProtectionPolicy`).
    #[inline]
    pub fn mdm_windows_information_protection_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MdmWindowsInformationProtectionPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("mdmWindowsInformationProtectionPolicies"),
        )
    }
    /// Containment navigation property `targetedManagedAppConfigurations` (`microsoft.graph.targetedManagedAppConfiguration`).
    #[inline]
    pub fn targeted_managed_app_configurations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TargetedManagedAppConfiguration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("targetedManagedAppConfigurations"),
        )
    }
    /// Containment navigation property `windowsInformationProtectionDeviceRegistrations` (`microsoft.graph.windowsInformationProtectionDeviceRegistration`).
    #[inline]
    pub fn windows_information_protection_device_registrations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::WindowsInformationProtectionDeviceRegistration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("windowsInformationProtectionDeviceRegistrations"),
        )
    }
    /// Containment navigation property `windowsInformationProtectionPolicies` (`microsoft.graph.windowsInformationProtectionPolicy`).
    #[inline]
    pub fn windows_information_protection_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::WindowsInformationProtectionPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("windowsInformationProtectionPolicies"),
        )
    }
    /// Containment navigation property `windowsInformationProtectionWipeActions` (`microsoft.graph.windowsInformationProtectionWipeAction`).
    #[inline]
    pub fn windows_information_protection_wipe_actions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::WindowsInformationProtectionWipeAction,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("windowsInformationProtectionWipeActions"),
        )
    }
    /// Containment navigation property `deviceAppManagementTasks` (`microsoft.graph.deviceAppManagementTask`).
    #[inline]
    pub fn device_app_management_tasks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceAppManagementTask,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("deviceAppManagementTasks"),
        )
    }
    /// Containment navigation property `wdacSupplementalPolicies` (`microsoft.graph.windowsDefenderApplicationControlSupplementalPolicy`).
    #[inline]
    pub fn wdac_supplemental_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::WindowsDefenderApplicationControlSupplementalPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("wdacSupplementalPolicies"),
        )
    }
    /// Syncs Intune account with Microsoft Store For Business
    ///
    /// `POST .../syncMicrosoftStoreForBusinessApps`: action `microsoft.graph.syncMicrosoftStoreForBusinessApps`.
    #[inline]
    pub fn sync_microsoft_store_for_business_apps(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("syncMicrosoftStoreForBusinessApps"),
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
impl dyn crate::beta::requests::DeviceAppManagementTaskPath {
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
impl dyn crate::beta::requests::DeviceCompliancePolicyPath {
    /// Containment navigation property `assignments` (`microsoft.graph.deviceCompliancePolicyAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceCompliancePolicyAssignment,
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
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.deviceComplianceDeviceStatus`).
    #[inline]
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceComplianceDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceComplianceDeviceOverview`).
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DeviceComplianceDeviceOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("deviceStatusOverview"))
    }
    /// Containment navigation property `scheduledActionsForRule` (`microsoft.graph.deviceComplianceScheduledActionForRule`).
    #[inline]
    pub fn scheduled_actions_for_rule(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceComplianceScheduledActionForRule,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("scheduledActionsForRule"),
        )
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceComplianceUserStatus`).
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceComplianceUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceComplianceUserOverview`).
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DeviceComplianceUserOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("userStatusOverview"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceCompliancePolicyAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeviceCompliancePolicyAssignParams>,
        rt::request::Collection<crate::beta::DeviceCompliancePolicyAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../scheduleActionsForRules`: action `microsoft.graph.scheduleActionsForRules`.
    #[inline]
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
            self.node_target().segment("scheduleActionsForRules"),
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
impl dyn crate::beta::requests::DeviceCompliancePolicyAssignmentPath {
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
impl dyn crate::beta::requests::DeviceCompliancePolicyGroupAssignmentPath {
    /// Navigation property `deviceCompliancePolicy` (`microsoft.graph.deviceCompliancePolicy`).
    #[inline]
    pub fn device_compliance_policy(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnyDeviceCompliancePolicy,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("deviceCompliancePolicy"),
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
impl dyn crate::beta::requests::DeviceCompliancePolicySettingStateSummaryPath {
    /// Containment navigation property `deviceComplianceSettingStates` (`microsoft.graph.deviceComplianceSettingState`).
    #[inline]
    pub fn device_compliance_setting_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceComplianceSettingState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("deviceComplianceSettingStates"),
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
impl dyn crate::beta::requests::DeviceComplianceScheduledActionForRulePath {
    /// Containment navigation property `scheduledActionConfigurations` (`microsoft.graph.deviceComplianceActionItem`).
    #[inline]
    pub fn scheduled_action_configurations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceComplianceActionItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("scheduledActionConfigurations"),
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
impl dyn crate::beta::requests::DeviceComplianceScriptPath {
    /// Containment navigation property `assignments` (`microsoft.graph.deviceHealthScriptAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceHealthScriptAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Containment navigation property `deviceRunStates` (`microsoft.graph.deviceComplianceScriptDeviceState`).
    #[inline]
    pub fn device_run_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceComplianceScriptDeviceState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deviceRunStates"))
    }
    /// Containment navigation property `runSummary` (`microsoft.graph.deviceComplianceScriptRunSummary`).
    #[inline]
    pub fn run_summary(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DeviceComplianceScriptRunSummary,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("runSummary"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceComplianceScriptAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeviceComplianceScriptAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
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
impl dyn crate::beta::requests::DeviceComplianceScriptDeviceStatePath {
    /// Navigation property `managedDevice` (`microsoft.graph.managedDevice`).
    #[inline]
    pub fn managed_device(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnyManagedDevice,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("managedDevice"))
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
impl dyn crate::beta::requests::DeviceConfigurationPath {
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
impl dyn crate::beta::requests::DeviceConfigurationAssignmentPath {
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
impl dyn crate::beta::requests::DeviceConfigurationGroupAssignmentPath {
    /// Navigation property `deviceConfiguration` (`microsoft.graph.deviceConfiguration`).
    #[inline]
    pub fn device_configuration(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnyDeviceConfiguration,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("deviceConfiguration"))
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
impl dyn crate::beta::requests::DeviceCustomAttributeShellScriptPath {
    /// Containment navigation property `assignments` (`microsoft.graph.deviceManagementScriptAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementScriptAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Containment navigation property `deviceRunStates` (`microsoft.graph.deviceManagementScriptDeviceState`).
    #[inline]
    pub fn device_run_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementScriptDeviceState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deviceRunStates"))
    }
    /// Containment navigation property `groupAssignments` (`microsoft.graph.deviceManagementScriptGroupAssignment`).
    #[inline]
    pub fn group_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementScriptGroupAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("groupAssignments"))
    }
    #[cfg(msgraph_beta_search)]
    /// Navigation property `runSummary` (`microsoft.graph.deviceManagementScriptRunSummary`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn run_summary(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DeviceManagementScriptRunSummary,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("runSummary"))
    }
    /// Containment navigation property `userRunStates` (`microsoft.graph.deviceManagementScriptUserState`).
    #[inline]
    pub fn user_run_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementScriptUserState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("userRunStates"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
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
            self.node_target().segment("assign"),
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
impl dyn crate::beta::requests::DeviceEnrollmentConfigurationPath {
    /// Containment navigation property `assignments` (`microsoft.graph.enrollmentConfigurationAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::EnrollmentConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
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
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../setPriority`: action `microsoft.graph.setPriority`.
    #[inline]
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
            self.node_target().segment("setPriority"),
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
impl dyn crate::beta::requests::DeviceEnrollmentPlatformRestrictionsConfigurationPath {
    /// Structural property `androidForWorkRestriction` (`microsoft.graph.deviceEnrollmentPlatformRestriction`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn android_for_work_restriction(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceEnrollmentPlatformRestriction> {
        crate::path::PropertyPath::new(
            self.node_target().segment("androidForWorkRestriction"),
        )
    }
    /// Structural property `androidRestriction` (`microsoft.graph.deviceEnrollmentPlatformRestriction`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn android_restriction(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceEnrollmentPlatformRestriction> {
        crate::path::PropertyPath::new(self.node_target().segment("androidRestriction"))
    }
    /// Structural property `aospRestriction` (`microsoft.graph.deviceEnrollmentPlatformRestriction`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn aosp_restriction(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceEnrollmentPlatformRestriction> {
        crate::path::PropertyPath::new(self.node_target().segment("aospRestriction"))
    }
    /// Structural property `iosRestriction` (`microsoft.graph.deviceEnrollmentPlatformRestriction`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn ios_restriction(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceEnrollmentPlatformRestriction> {
        crate::path::PropertyPath::new(self.node_target().segment("iosRestriction"))
    }
    /// Structural property `macOSRestriction` (`microsoft.graph.deviceEnrollmentPlatformRestriction`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn mac_os_restriction(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceEnrollmentPlatformRestriction> {
        crate::path::PropertyPath::new(self.node_target().segment("macOSRestriction"))
    }
    /// Structural property `macRestriction` (`microsoft.graph.deviceEnrollmentPlatformRestriction`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn mac_restriction(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceEnrollmentPlatformRestriction> {
        crate::path::PropertyPath::new(self.node_target().segment("macRestriction"))
    }
    /// Structural property `windowsHomeSkuRestriction` (`microsoft.graph.deviceEnrollmentPlatformRestriction`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn windows_home_sku_restriction(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceEnrollmentPlatformRestriction> {
        crate::path::PropertyPath::new(
            self.node_target().segment("windowsHomeSkuRestriction"),
        )
    }
    /// Structural property `windowsMobileRestriction` (`microsoft.graph.deviceEnrollmentPlatformRestriction`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn windows_mobile_restriction(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceEnrollmentPlatformRestriction> {
        crate::path::PropertyPath::new(
            self.node_target().segment("windowsMobileRestriction"),
        )
    }
    /// Structural property `windowsRestriction` (`microsoft.graph.deviceEnrollmentPlatformRestriction`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn windows_restriction(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceEnrollmentPlatformRestriction> {
        crate::path::PropertyPath::new(self.node_target().segment("windowsRestriction"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.enrollmentConfigurationAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::EnrollmentConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
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
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../setPriority`: action `microsoft.graph.setPriority`.
    #[inline]
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
            self.node_target().segment("setPriority"),
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
impl dyn crate::beta::requests::DeviceHealthScriptPath {
    /// Containment navigation property `assignments` (`microsoft.graph.deviceHealthScriptAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceHealthScriptAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Containment navigation property `deviceRunStates` (`microsoft.graph.deviceHealthScriptDeviceState`).
    #[inline]
    pub fn device_run_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceHealthScriptDeviceState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deviceRunStates"))
    }
    /// Containment navigation property `runSummary` (`microsoft.graph.deviceHealthScriptRunSummary`).
    #[inline]
    pub fn run_summary(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DeviceHealthScriptRunSummary,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("runSummary"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceHealthScriptAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeviceHealthScriptAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// Update the Proprietary Device Health Script
    ///
    /// `POST .../getGlobalScriptHighestAvailableVersion`: action `microsoft.graph.getGlobalScriptHighestAvailableVersion`.
    #[inline]
    pub fn get_global_script_highest_available_version(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::ValueOf<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getGlobalScriptHighestAvailableVersion"),
            rt::request::NoBody,
        )
    }
    /// Function to get the number of remediations by a device health scripts
    ///
    /// `GET .../getRemediationHistory`: function `microsoft.graph.getRemediationHistory`.
    #[inline]
    pub fn get_remediation_history(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::DeviceHealthScriptRemediationHistory>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("getRemediationHistory", &[]),
            rt::request::NoBody,
        )
    }
    /// Update the Proprietary Device Health Script
    ///
    /// `POST .../updateGlobalScript`: action `microsoft.graph.updateGlobalScript`.
    #[inline]
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
            self.node_target().segment("updateGlobalScript"),
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
impl dyn crate::beta::requests::DeviceHealthScriptAssignmentPath {
    /// Structural property `runSchedule` (`microsoft.graph.deviceHealthScriptRunSchedule`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn run_schedule(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyDeviceHealthScriptRunSchedule> {
        crate::path::PropertyPath::new(self.node_target().segment("runSchedule"))
    }
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
for crate::beta::DeviceHealthScriptAssignment {
    const SEGMENT: &'static str = "microsoft.graph.deviceHealthScriptAssignment";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::DeviceHealthScriptDeviceStatePath {
    /// Navigation property `managedDevice` (`microsoft.graph.managedDevice`).
    #[inline]
    pub fn managed_device(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnyManagedDevice,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("managedDevice"))
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
impl dyn crate::beta::requests::DeviceLogCollectionResponsePath {
    /// `POST .../createDownloadUrl`: action `microsoft.graph.createDownloadUrl`.
    #[inline]
    pub fn create_download_url(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::ValueOf<::std::string::String>,
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
for crate::beta::DeviceLogCollectionResponse {
    const SEGMENT: &'static str = "microsoft.graph.deviceLogCollectionResponse";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::DeviceManagementPath {
    /// Structural property `settings` (`microsoft.graph.deviceManagementSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceManagementSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("settings"))
    }
    /// Structural property `intuneBrand` (`microsoft.graph.intuneBrand`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn intune_brand(&self) -> crate::path::PropertyPath<crate::beta::IntuneBrand> {
        crate::path::PropertyPath::new(self.node_target().segment("intuneBrand"))
    }
    /// Structural property `adminConsent` (`microsoft.graph.adminConsent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn admin_consent(&self) -> crate::path::PropertyPath<crate::beta::AdminConsent> {
        crate::path::PropertyPath::new(self.node_target().segment("adminConsent"))
    }
    /// Structural property `deviceProtectionOverview` (`microsoft.graph.deviceProtectionOverview`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_protection_overview(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DeviceProtectionOverview> {
        crate::path::PropertyPath::new(
            self.node_target().segment("deviceProtectionOverview"),
        )
    }
    /// Structural property `managedDeviceCleanupSettings` (`microsoft.graph.managedDeviceCleanupSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn managed_device_cleanup_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ManagedDeviceCleanupSettings> {
        crate::path::PropertyPath::new(
            self.node_target().segment("managedDeviceCleanupSettings"),
        )
    }
    /// Structural property `userExperienceAnalyticsSettings` (`microsoft.graph.userExperienceAnalyticsSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn user_experience_analytics_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::UserExperienceAnalyticsSettings> {
        crate::path::PropertyPath::new(
            self.node_target().segment("userExperienceAnalyticsSettings"),
        )
    }
    /// Structural property `windowsMalwareOverview` (`microsoft.graph.windowsMalwareOverview`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn windows_malware_overview(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::WindowsMalwareOverview> {
        crate::path::PropertyPath::new(
            self.node_target().segment("windowsMalwareOverview"),
        )
    }
    /// Containment navigation property `androidDeviceOwnerEnrollmentProfiles` (`microsoft.graph.androidDeviceOwnerEnrollmentProfile`).
    #[inline]
    pub fn android_device_owner_enrollment_profiles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AndroidDeviceOwnerEnrollmentProfile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("androidDeviceOwnerEnrollmentProfiles"),
        )
    }
    /// Containment navigation property `virtualEndpoint` (`microsoft.graph.virtualEndpoint`).
    #[inline]
    pub fn virtual_endpoint(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::VirtualEndpoint,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("virtualEndpoint"))
    }
    /// Containment navigation property `androidForWorkAppConfigurationSchemas` (`microsoft.graph.androidForWorkAppConfigurationSchema`).
    #[inline]
    pub fn android_for_work_app_configuration_schemas(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AndroidForWorkAppConfigurationSchema,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("androidForWorkAppConfigurationSchemas"),
        )
    }
    /// Containment navigation property `androidForWorkEnrollmentProfiles` (`microsoft.graph.androidForWorkEnrollmentProfile`).
    #[inline]
    pub fn android_for_work_enrollment_profiles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AndroidForWorkEnrollmentProfile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("androidForWorkEnrollmentProfiles"),
        )
    }
    /// Containment navigation property `androidForWorkSettings` (`microsoft.graph.androidForWorkSettings`).
    #[inline]
    pub fn android_for_work_settings(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AndroidForWorkSettings,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("androidForWorkSettings"),
        )
    }
    /// Containment navigation property `androidManagedStoreAccountEnterpriseSettings` (`microsoft.graph.androidManagedStoreAccountEnterpriseSettings`).
    #[inline]
    pub fn android_managed_store_account_enterprise_settings(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AndroidManagedStoreAccountEnterpriseSettings,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("androidManagedStoreAccountEnterpriseSettings"),
        )
    }
    /// Containment navigation property `androidManagedStoreAppConfigurationSchemas` (`microsoft.graph.androidManagedStoreAppConfigurationSchema`).
    #[inline]
    pub fn android_managed_store_app_configuration_schemas(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AndroidManagedStoreAppConfigurationSchema,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("androidManagedStoreAppConfigurationSchemas"),
        )
    }
    /// Containment navigation property `auditEvents` (`microsoft.graph.auditEvent`).
    #[inline]
    pub fn audit_events(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AuditEvent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("auditEvents"))
    }
    /// Containment navigation property `assignmentFilters` (`microsoft.graph.deviceAndAppManagementAssignmentFilter`).
    #[inline]
    pub fn assignment_filters(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceAndAppManagementAssignmentFilter,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignmentFilters"))
    }
    /// Containment navigation property `chromeOSOnboardingSettings` (`microsoft.graph.chromeOSOnboardingSettings`).
    #[inline]
    pub fn chrome_os_onboarding_settings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ChromeOsOnboardingSettings,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("chromeOSOnboardingSettings"),
        )
    }
    /// Containment navigation property `termsAndConditions` (`microsoft.graph.termsAndConditions`).
    #[inline]
    pub fn terms_and_conditions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TermsAndConditions,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("termsAndConditions"),
        )
    }
    /// Containment navigation property `advancedThreatProtectionOnboardingStateSummary` (`microsoft.graph.advancedThreatProtectionOnboardingStateSummary`).
    #[inline]
    pub fn advanced_threat_protection_onboarding_state_summary(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AdvancedThreatProtectionOnboardingStateSummary,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("advancedThreatProtectionOnboardingStateSummary"),
        )
    }
    /// Containment navigation property `cartToClassAssociations` (`microsoft.graph.cartToClassAssociation`).
    #[inline]
    pub fn cart_to_class_associations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::CartToClassAssociation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("cartToClassAssociations"),
        )
    }
    /// Containment navigation property `deviceCompliancePolicies` (`microsoft.graph.deviceCompliancePolicy`).
    #[inline]
    pub fn device_compliance_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceCompliancePolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("deviceCompliancePolicies"),
        )
    }
    /// Containment navigation property `deviceCompliancePolicyDeviceStateSummary` (`microsoft.graph.deviceCompliancePolicyDeviceStateSummary`).
    #[inline]
    pub fn device_compliance_policy_device_state_summary(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DeviceCompliancePolicyDeviceStateSummary,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("deviceCompliancePolicyDeviceStateSummary"),
        )
    }
    /// Containment navigation property `deviceCompliancePolicySettingStateSummaries` (`microsoft.graph.deviceCompliancePolicySettingStateSummary`).
    #[inline]
    pub fn device_compliance_policy_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceCompliancePolicySettingStateSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("deviceCompliancePolicySettingStateSummaries"),
        )
    }
    /// Containment navigation property `deviceConfigurationConflictSummary` (`microsoft.graph.deviceConfigurationConflictSummary`).
    #[inline]
    pub fn device_configuration_conflict_summary(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationConflictSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("deviceConfigurationConflictSummary"),
        )
    }
    /// Containment navigation property `deviceConfigurationDeviceStateSummaries` (`microsoft.graph.deviceConfigurationDeviceStateSummary`).
    #[inline]
    pub fn device_configuration_device_state_summaries(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DeviceConfigurationDeviceStateSummary,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("deviceConfigurationDeviceStateSummaries"),
        )
    }
    /// Containment navigation property `deviceConfigurationRestrictedAppsViolations` (`microsoft.graph.restrictedAppsViolation`).
    #[inline]
    pub fn device_configuration_restricted_apps_violations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::RestrictedAppsViolation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("deviceConfigurationRestrictedAppsViolations"),
        )
    }
    /// Containment navigation property `deviceConfigurations` (`microsoft.graph.deviceConfiguration`).
    #[inline]
    pub fn device_configurations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceConfiguration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("deviceConfigurations"),
        )
    }
    /// Containment navigation property `deviceConfigurationsAllManagedDeviceCertificateStates` (`microsoft.graph.managedAllDeviceCertificateState`).
    #[inline]
    pub fn device_configurations_all_managed_device_certificate_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ManagedAllDeviceCertificateState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self
                .node_target()
                .segment("deviceConfigurationsAllManagedDeviceCertificateStates"),
        )
    }
    /// Containment navigation property `deviceConfigurationUserStateSummaries` (`microsoft.graph.deviceConfigurationUserStateSummary`).
    #[inline]
    pub fn device_configuration_user_state_summaries(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DeviceConfigurationUserStateSummary,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("deviceConfigurationUserStateSummaries"),
        )
    }
    /// Containment navigation property `iosUpdateStatuses` (`microsoft.graph.iosUpdateDeviceStatus`).
    #[inline]
    pub fn ios_update_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::IosUpdateDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("iosUpdateStatuses"))
    }
    /// Containment navigation property `macOSSoftwareUpdateAccountSummaries` (`microsoft.graph.macOSSoftwareUpdateAccountSummary`).
    #[inline]
    pub fn mac_os_software_update_account_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MacOsSoftwareUpdateAccountSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("macOSSoftwareUpdateAccountSummaries"),
        )
    }
    /// Containment navigation property `managedDeviceEncryptionStates` (`microsoft.graph.managedDeviceEncryptionState`).
    #[inline]
    pub fn managed_device_encryption_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ManagedDeviceEncryptionState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("managedDeviceEncryptionStates"),
        )
    }
    /// Containment navigation property `ndesConnectors` (`microsoft.graph.ndesConnector`).
    #[inline]
    pub fn ndes_connectors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::NdesConnector,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("ndesConnectors"))
    }
    #[cfg(msgraph_beta_search)]
    /// Navigation property `softwareUpdateStatusSummary` (`microsoft.graph.softwareUpdateStatusSummary`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn software_update_status_summary(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::SoftwareUpdateStatusSummary,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("softwareUpdateStatusSummary"),
        )
    }
    /// Containment navigation property `configurationCategories` (`microsoft.graph.deviceManagementConfigurationCategory`).
    #[inline]
    pub fn configuration_categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementConfigurationCategory,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("configurationCategories"),
        )
    }
    /// Containment navigation property `configurationPolicies` (`microsoft.graph.deviceManagementConfigurationPolicy`).
    #[inline]
    pub fn configuration_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementConfigurationPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("configurationPolicies"),
        )
    }
    /// Containment navigation property `configurationPolicyTemplates` (`microsoft.graph.deviceManagementConfigurationPolicyTemplate`).
    #[inline]
    pub fn configuration_policy_templates(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementConfigurationPolicyTemplate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("configurationPolicyTemplates"),
        )
    }
    /// Containment navigation property `configurationSettings` (`microsoft.graph.deviceManagementConfigurationSettingDefinition`).
    #[inline]
    pub fn configuration_settings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementConfigurationSettingDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("configurationSettings"),
        )
    }
    /// Containment navigation property `reusablePolicySettings` (`microsoft.graph.deviceManagementReusablePolicySetting`).
    #[inline]
    pub fn reusable_policy_settings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementReusablePolicySetting,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("reusablePolicySettings"),
        )
    }
    /// Containment navigation property `reusableSettings` (`microsoft.graph.deviceManagementConfigurationSettingDefinition`).
    #[inline]
    pub fn reusable_settings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementConfigurationSettingDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("reusableSettings"))
    }
    /// Containment navigation property `templateSettings` (`microsoft.graph.deviceManagementConfigurationSettingTemplate`).
    #[inline]
    pub fn template_settings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementConfigurationSettingTemplate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("templateSettings"))
    }
    /// Containment navigation property `complianceManagementPartners` (`microsoft.graph.complianceManagementPartner`).
    #[inline]
    pub fn compliance_management_partners(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ComplianceManagementPartner,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("complianceManagementPartners"),
        )
    }
    /// Containment navigation property `conditionalAccessSettings` (`microsoft.graph.onPremisesConditionalAccessSettings`).
    #[inline]
    pub fn conditional_access_settings(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::OnPremisesConditionalAccessSettings,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("conditionalAccessSettings"),
        )
    }
    /// Containment navigation property `deviceCategories` (`microsoft.graph.deviceCategory`).
    #[inline]
    pub fn device_categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceCategory,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deviceCategories"))
    }
    /// Containment navigation property `deviceEnrollmentConfigurations` (`microsoft.graph.deviceEnrollmentConfiguration`).
    #[inline]
    pub fn device_enrollment_configurations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceEnrollmentConfiguration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("deviceEnrollmentConfigurations"),
        )
    }
    /// Containment navigation property `deviceManagementPartners` (`microsoft.graph.deviceManagementPartner`).
    #[inline]
    pub fn device_management_partners(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementPartner,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("deviceManagementPartners"),
        )
    }
    /// Containment navigation property `exchangeConnectors` (`microsoft.graph.deviceManagementExchangeConnector`).
    #[inline]
    pub fn exchange_connectors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementExchangeConnector,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("exchangeConnectors"),
        )
    }
    /// Containment navigation property `exchangeOnPremisesPolicies` (`microsoft.graph.deviceManagementExchangeOnPremisesPolicy`).
    #[inline]
    pub fn exchange_on_premises_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementExchangeOnPremisesPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("exchangeOnPremisesPolicies"),
        )
    }
    /// Containment navigation property `exchangeOnPremisesPolicy` (`microsoft.graph.deviceManagementExchangeOnPremisesPolicy`).
    #[inline]
    pub fn exchange_on_premises_policy(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DeviceManagementExchangeOnPremisesPolicy,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("exchangeOnPremisesPolicy"),
        )
    }
    /// Containment navigation property `mobileThreatDefenseConnectors` (`microsoft.graph.mobileThreatDefenseConnector`).
    #[inline]
    pub fn mobile_threat_defense_connectors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileThreatDefenseConnector,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("mobileThreatDefenseConnectors"),
        )
    }
    /// Containment navigation property `categories` (`microsoft.graph.deviceManagementSettingCategory`).
    #[inline]
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementSettingCategory,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("categories"))
    }
    /// Containment navigation property `intents` (`microsoft.graph.deviceManagementIntent`).
    #[inline]
    pub fn intents(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementIntent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("intents"))
    }
    /// Containment navigation property `settingDefinitions` (`microsoft.graph.deviceManagementSettingDefinition`).
    #[inline]
    pub fn setting_definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementSettingDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("settingDefinitions"),
        )
    }
    /// Containment navigation property `templates` (`microsoft.graph.deviceManagementTemplate`).
    #[inline]
    pub fn templates(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementTemplate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("templates"))
    }
    /// Containment navigation property `applePushNotificationCertificate` (`microsoft.graph.applePushNotificationCertificate`).
    #[inline]
    pub fn apple_push_notification_certificate(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::ApplePushNotificationCertificate,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("applePushNotificationCertificate"),
        )
    }
    /// Containment navigation property `cloudPCConnectivityIssues` (`microsoft.graph.cloudPCConnectivityIssue`).
    #[inline]
    pub fn cloud_pc_connectivity_issues(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::CloudPcConnectivityIssue,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("cloudPCConnectivityIssues"),
        )
    }
    /// Containment navigation property `comanagedDevices` (`microsoft.graph.managedDevice`).
    #[inline]
    pub fn comanaged_devices(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyManagedDevice,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("comanagedDevices"))
    }
    /// Containment navigation property `comanagementEligibleDevices` (`microsoft.graph.comanagementEligibleDevice`).
    #[inline]
    pub fn comanagement_eligible_devices(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ComanagementEligibleDevice,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("comanagementEligibleDevices"),
        )
    }
    /// Containment navigation property `dataSharingConsents` (`microsoft.graph.dataSharingConsent`).
    #[inline]
    pub fn data_sharing_consents(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DataSharingConsent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("dataSharingConsents"),
        )
    }
    /// Containment navigation property `detectedApps` (`microsoft.graph.detectedApp`).
    #[inline]
    pub fn detected_apps(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DetectedApp,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("detectedApps"))
    }
    /// Containment navigation property `deviceComplianceScripts` (`microsoft.graph.deviceComplianceScript`).
    #[inline]
    pub fn device_compliance_scripts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceComplianceScript,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("deviceComplianceScripts"),
        )
    }
    /// Containment navigation property `deviceCustomAttributeShellScripts` (`microsoft.graph.deviceCustomAttributeShellScript`).
    #[inline]
    pub fn device_custom_attribute_shell_scripts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceCustomAttributeShellScript,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("deviceCustomAttributeShellScripts"),
        )
    }
    /// Containment navigation property `deviceHealthScripts` (`microsoft.graph.deviceHealthScript`).
    #[inline]
    pub fn device_health_scripts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceHealthScript,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("deviceHealthScripts"),
        )
    }
    /// Containment navigation property `deviceManagementScripts` (`microsoft.graph.deviceManagementScript`).
    #[inline]
    pub fn device_management_scripts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementScript,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("deviceManagementScripts"),
        )
    }
    /// Containment navigation property `deviceShellScripts` (`microsoft.graph.deviceShellScript`).
    #[inline]
    pub fn device_shell_scripts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceShellScript,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("deviceShellScripts"),
        )
    }
    #[cfg(msgraph_beta_search)]
    /// Navigation property `managedDeviceOverview` (`microsoft.graph.managedDeviceOverview`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn managed_device_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::ManagedDeviceOverview,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("managedDeviceOverview"))
    }
    /// Containment navigation property `managedDevices` (`microsoft.graph.managedDevice`).
    #[inline]
    pub fn managed_devices(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyManagedDevice,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("managedDevices"))
    }
    /// Containment navigation property `mobileAppTroubleshootingEvents` (`microsoft.graph.mobileAppTroubleshootingEvent`).
    #[inline]
    pub fn mobile_app_troubleshooting_events(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppTroubleshootingEvent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("mobileAppTroubleshootingEvents"),
        )
    }
    /// Containment navigation property `remoteActionAudits` (`microsoft.graph.remoteActionAudit`).
    #[inline]
    pub fn remote_action_audits(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::RemoteActionAudit,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("remoteActionAudits"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsAppHealthApplicationPerformance` (`microsoft.graph.userExperienceAnalyticsAppHealthApplicationPerformance`).
    #[inline]
    pub fn user_experience_analytics_app_health_application_performance(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsAppHealthApplicationPerformance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self
                .node_target()
                .segment("userExperienceAnalyticsAppHealthApplicationPerformance"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsAppHealthApplicationPerformanceByAppVersion` (`microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByAppVersion`).
    #[inline]
    pub fn user_experience_analytics_app_health_application_performance_by_app_version(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersion,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self
                .node_target()
                .segment(
                    "userExperienceAnalyticsAppHealthApplicationPerformanceByAppVersion",
                ),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsAppHealthApplicationPerformanceByOSVersion` (`microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByOSVersion`).
    #[inline]
    pub fn user_experience_analytics_app_health_application_performance_by_os_version(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self
                .node_target()
                .segment(
                    "userExperienceAnalyticsAppHealthApplicationPerformanceByOSVersion",
                ),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsAppHealthDeviceModelPerformance` (`microsoft.graph.userExperienceAnalyticsAppHealthDeviceModelPerformance`).
    #[inline]
    pub fn user_experience_analytics_app_health_device_model_performance(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsAppHealthDeviceModelPerformance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self
                .node_target()
                .segment("userExperienceAnalyticsAppHealthDeviceModelPerformance"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsAppHealthDevicePerformance` (`microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformance`).
    #[inline]
    pub fn user_experience_analytics_app_health_device_performance(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsAppHealthDevicePerformance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self
                .node_target()
                .segment("userExperienceAnalyticsAppHealthDevicePerformance"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsAppHealthDevicePerformanceDetails` (`microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformanceDetails`).
    #[inline]
    pub fn user_experience_analytics_app_health_device_performance_details(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsAppHealthDevicePerformanceDetails,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self
                .node_target()
                .segment("userExperienceAnalyticsAppHealthDevicePerformanceDetails"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsAppHealthOSVersionPerformance` (`microsoft.graph.userExperienceAnalyticsAppHealthOSVersionPerformance`).
    #[inline]
    pub fn user_experience_analytics_app_health_os_version_performance(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsAppHealthOsVersionPerformance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self
                .node_target()
                .segment("userExperienceAnalyticsAppHealthOSVersionPerformance"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsAppHealthOverview` (`microsoft.graph.userExperienceAnalyticsCategory`).
    #[inline]
    pub fn user_experience_analytics_app_health_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::UserExperienceAnalyticsCategory,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("userExperienceAnalyticsAppHealthOverview"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsBaselines` (`microsoft.graph.userExperienceAnalyticsBaseline`).
    #[inline]
    pub fn user_experience_analytics_baselines(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsBaseline,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("userExperienceAnalyticsBaselines"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsCategories` (`microsoft.graph.userExperienceAnalyticsCategory`).
    #[inline]
    pub fn user_experience_analytics_categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsCategory,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("userExperienceAnalyticsCategories"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsDeviceMetricHistory` (`microsoft.graph.userExperienceAnalyticsMetricHistory`).
    #[inline]
    pub fn user_experience_analytics_device_metric_history(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsMetricHistory,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("userExperienceAnalyticsDeviceMetricHistory"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsDevicePerformance` (`microsoft.graph.userExperienceAnalyticsDevicePerformance`).
    #[inline]
    pub fn user_experience_analytics_device_performance(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsDevicePerformance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("userExperienceAnalyticsDevicePerformance"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsDeviceScores` (`microsoft.graph.userExperienceAnalyticsDeviceScores`).
    #[inline]
    pub fn user_experience_analytics_device_scores(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsDeviceScores,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("userExperienceAnalyticsDeviceScores"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsDeviceStartupHistory` (`microsoft.graph.userExperienceAnalyticsDeviceStartupHistory`).
    #[inline]
    pub fn user_experience_analytics_device_startup_history(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsDeviceStartupHistory,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("userExperienceAnalyticsDeviceStartupHistory"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsDeviceStartupProcesses` (`microsoft.graph.userExperienceAnalyticsDeviceStartupProcess`).
    #[inline]
    pub fn user_experience_analytics_device_startup_processes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsDeviceStartupProcess,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("userExperienceAnalyticsDeviceStartupProcesses"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsDeviceStartupProcessPerformance` (`microsoft.graph.userExperienceAnalyticsDeviceStartupProcessPerformance`).
    #[inline]
    pub fn user_experience_analytics_device_startup_process_performance(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsDeviceStartupProcessPerformance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self
                .node_target()
                .segment("userExperienceAnalyticsDeviceStartupProcessPerformance"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsDevicesWithoutCloudIdentity` (`microsoft.graph.userExperienceAnalyticsDeviceWithoutCloudIdentity`).
    #[inline]
    pub fn user_experience_analytics_devices_without_cloud_identity(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsDeviceWithoutCloudIdentity,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self
                .node_target()
                .segment("userExperienceAnalyticsDevicesWithoutCloudIdentity"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsImpactingProcess` (`microsoft.graph.userExperienceAnalyticsImpactingProcess`).
    #[inline]
    pub fn user_experience_analytics_impacting_process(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsImpactingProcess,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("userExperienceAnalyticsImpactingProcess"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsMetricHistory` (`microsoft.graph.userExperienceAnalyticsMetricHistory`).
    #[inline]
    pub fn user_experience_analytics_metric_history(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsMetricHistory,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("userExperienceAnalyticsMetricHistory"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsNotAutopilotReadyDevice` (`microsoft.graph.userExperienceAnalyticsNotAutopilotReadyDevice`).
    #[inline]
    pub fn user_experience_analytics_not_autopilot_ready_device(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsNotAutopilotReadyDevice,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("userExperienceAnalyticsNotAutopilotReadyDevice"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsOverview` (`microsoft.graph.userExperienceAnalyticsOverview`).
    #[inline]
    pub fn user_experience_analytics_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::UserExperienceAnalyticsOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("userExperienceAnalyticsOverview"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsRegressionSummary` (`microsoft.graph.userExperienceAnalyticsRegressionSummary`).
    #[inline]
    pub fn user_experience_analytics_regression_summary(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::UserExperienceAnalyticsRegressionSummary,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("userExperienceAnalyticsRegressionSummary"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsRemoteConnection` (`microsoft.graph.userExperienceAnalyticsRemoteConnection`).
    #[inline]
    pub fn user_experience_analytics_remote_connection(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsRemoteConnection,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("userExperienceAnalyticsRemoteConnection"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsResourcePerformance` (`microsoft.graph.userExperienceAnalyticsResourcePerformance`).
    #[inline]
    pub fn user_experience_analytics_resource_performance(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsResourcePerformance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("userExperienceAnalyticsResourcePerformance"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsScoreHistory` (`microsoft.graph.userExperienceAnalyticsScoreHistory`).
    #[inline]
    pub fn user_experience_analytics_score_history(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsScoreHistory,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("userExperienceAnalyticsScoreHistory"),
        )
    }
    /// Containment navigation property `userExperienceAnalyticsWorkFromAnywhereMetrics` (`microsoft.graph.userExperienceAnalyticsWorkFromAnywhereMetric`).
    #[inline]
    pub fn user_experience_analytics_work_from_anywhere_metrics(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsWorkFromAnywhereMetric,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("userExperienceAnalyticsWorkFromAnywhereMetrics"),
        )
    }
    /// Containment navigation property `windowsMalwareInformation` (`microsoft.graph.windowsMalwareInformation`).
    #[inline]
    pub fn windows_malware_information(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::WindowsMalwareInformation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("windowsMalwareInformation"),
        )
    }
    /// Containment navigation property `derivedCredentials` (`microsoft.graph.deviceManagementDerivedCredentialSettings`).
    #[inline]
    pub fn derived_credentials(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementDerivedCredentialSettings,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("derivedCredentials"),
        )
    }
    /// Containment navigation property `resourceAccessProfiles` (`microsoft.graph.deviceManagementResourceAccessProfileBase`).
    #[inline]
    pub fn resource_access_profiles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementResourceAccessProfileBase,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("resourceAccessProfiles"),
        )
    }
    /// Containment navigation property `appleUserInitiatedEnrollmentProfiles` (`microsoft.graph.appleUserInitiatedEnrollmentProfile`).
    #[inline]
    pub fn apple_user_initiated_enrollment_profiles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AppleUserInitiatedEnrollmentProfile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("appleUserInitiatedEnrollmentProfiles"),
        )
    }
    /// Containment navigation property `depOnboardingSettings` (`microsoft.graph.depOnboardingSetting`).
    #[inline]
    pub fn dep_onboarding_settings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DepOnboardingSetting,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("depOnboardingSettings"),
        )
    }
    /// Containment navigation property `importedDeviceIdentities` (`microsoft.graph.importedDeviceIdentity`).
    #[inline]
    pub fn imported_device_identities(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyImportedDeviceIdentity,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("importedDeviceIdentities"),
        )
    }
    /// Containment navigation property `importedWindowsAutopilotDeviceIdentities` (`microsoft.graph.importedWindowsAutopilotDeviceIdentity`).
    #[inline]
    pub fn imported_windows_autopilot_device_identities(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ImportedWindowsAutopilotDeviceIdentity,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("importedWindowsAutopilotDeviceIdentities"),
        )
    }
    /// Containment navigation property `windowsAutopilotDeploymentProfiles` (`microsoft.graph.windowsAutopilotDeploymentProfile`).
    #[inline]
    pub fn windows_autopilot_deployment_profiles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyWindowsAutopilotDeploymentProfile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("windowsAutopilotDeploymentProfiles"),
        )
    }
    /// Containment navigation property `windowsAutopilotDeviceIdentities` (`microsoft.graph.windowsAutopilotDeviceIdentity`).
    #[inline]
    pub fn windows_autopilot_device_identities(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::WindowsAutopilotDeviceIdentity,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("windowsAutopilotDeviceIdentities"),
        )
    }
    /// Containment navigation property `windowsAutopilotSettings` (`microsoft.graph.windowsAutopilotSettings`).
    #[inline]
    pub fn windows_autopilot_settings(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::WindowsAutopilotSettings,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("windowsAutopilotSettings"),
        )
    }
    /// Containment navigation property `managementConditions` (`microsoft.graph.managementCondition`).
    #[inline]
    pub fn management_conditions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyManagementCondition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("managementConditions"),
        )
    }
    /// Containment navigation property `managementConditionStatements` (`microsoft.graph.managementConditionStatement`).
    #[inline]
    pub fn management_condition_statements(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ManagementConditionStatement,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("managementConditionStatements"),
        )
    }
    /// Containment navigation property `groupPolicyMigrationReports` (`microsoft.graph.groupPolicyMigrationReport`).
    #[inline]
    pub fn group_policy_migration_reports(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::GroupPolicyMigrationReport,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("groupPolicyMigrationReports"),
        )
    }
    /// Containment navigation property `groupPolicyObjectFiles` (`microsoft.graph.groupPolicyObjectFile`).
    #[inline]
    pub fn group_policy_object_files(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::GroupPolicyObjectFile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("groupPolicyObjectFiles"),
        )
    }
    /// Containment navigation property `groupPolicyCategories` (`microsoft.graph.groupPolicyCategory`).
    #[inline]
    pub fn group_policy_categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::GroupPolicyCategory,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("groupPolicyCategories"),
        )
    }
    /// Containment navigation property `groupPolicyConfigurations` (`microsoft.graph.groupPolicyConfiguration`).
    #[inline]
    pub fn group_policy_configurations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::GroupPolicyConfiguration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("groupPolicyConfigurations"),
        )
    }
    /// Containment navigation property `groupPolicyDefinitionFiles` (`microsoft.graph.groupPolicyDefinitionFile`).
    #[inline]
    pub fn group_policy_definition_files(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyGroupPolicyDefinitionFile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("groupPolicyDefinitionFiles"),
        )
    }
    /// Containment navigation property `groupPolicyDefinitions` (`microsoft.graph.groupPolicyDefinition`).
    #[inline]
    pub fn group_policy_definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::GroupPolicyDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("groupPolicyDefinitions"),
        )
    }
    /// Containment navigation property `groupPolicyUploadedDefinitionFiles` (`microsoft.graph.groupPolicyUploadedDefinitionFile`).
    #[inline]
    pub fn group_policy_uploaded_definition_files(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::GroupPolicyUploadedDefinitionFile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("groupPolicyUploadedDefinitionFiles"),
        )
    }
    /// Containment navigation property `microsoftTunnelConfigurations` (`microsoft.graph.microsoftTunnelConfiguration`).
    #[inline]
    pub fn microsoft_tunnel_configurations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MicrosoftTunnelConfiguration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("microsoftTunnelConfigurations"),
        )
    }
    /// Containment navigation property `microsoftTunnelHealthThresholds` (`microsoft.graph.microsoftTunnelHealthThreshold`).
    #[inline]
    pub fn microsoft_tunnel_health_thresholds(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MicrosoftTunnelHealthThreshold,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("microsoftTunnelHealthThresholds"),
        )
    }
    /// Containment navigation property `microsoftTunnelServerLogCollectionResponses` (`microsoft.graph.microsoftTunnelServerLogCollectionResponse`).
    #[inline]
    pub fn microsoft_tunnel_server_log_collection_responses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MicrosoftTunnelServerLogCollectionResponse,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("microsoftTunnelServerLogCollectionResponses"),
        )
    }
    /// Containment navigation property `microsoftTunnelSites` (`microsoft.graph.microsoftTunnelSite`).
    #[inline]
    pub fn microsoft_tunnel_sites(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MicrosoftTunnelSite,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("microsoftTunnelSites"),
        )
    }
    /// Containment navigation property `notificationMessageTemplates` (`microsoft.graph.notificationMessageTemplate`).
    #[inline]
    pub fn notification_message_templates(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::NotificationMessageTemplate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("notificationMessageTemplates"),
        )
    }
    /// Containment navigation property `domainJoinConnectors` (`microsoft.graph.deviceManagementDomainJoinConnector`).
    #[inline]
    pub fn domain_join_connectors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementDomainJoinConnector,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("domainJoinConnectors"),
        )
    }
    /// Containment navigation property `configManagerCollections` (`microsoft.graph.configManagerCollection`).
    #[inline]
    pub fn config_manager_collections(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ConfigManagerCollection,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("configManagerCollections"),
        )
    }
    /// Containment navigation property `resourceOperations` (`microsoft.graph.resourceOperation`).
    #[inline]
    pub fn resource_operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ResourceOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("resourceOperations"),
        )
    }
    /// Containment navigation property `roleAssignments` (`microsoft.graph.deviceAndAppManagementRoleAssignment`).
    #[inline]
    pub fn role_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceAndAppManagementRoleAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("roleAssignments"))
    }
    /// Containment navigation property `roleDefinitions` (`microsoft.graph.roleDefinition`).
    #[inline]
    pub fn role_definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyRoleDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("roleDefinitions"))
    }
    /// Containment navigation property `roleScopeTags` (`microsoft.graph.roleScopeTag`).
    #[inline]
    pub fn role_scope_tags(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::RoleScopeTag,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("roleScopeTags"))
    }
    /// Containment navigation property `remoteAssistancePartners` (`microsoft.graph.remoteAssistancePartner`).
    #[inline]
    pub fn remote_assistance_partners(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::RemoteAssistancePartner,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("remoteAssistancePartners"),
        )
    }
    /// Containment navigation property `reports` (`microsoft.graph.deviceManagementReports`).
    #[inline]
    pub fn reports(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DeviceManagementReports,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("reports"))
    }
    /// Containment navigation property `embeddedSIMActivationCodePools` (`microsoft.graph.embeddedSIMActivationCodePool`).
    #[inline]
    pub fn embedded_sim_activation_code_pools(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::EmbeddedSimActivationCodePool,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("embeddedSIMActivationCodePools"),
        )
    }
    /// Containment navigation property `telecomExpenseManagementPartners` (`microsoft.graph.telecomExpenseManagementPartner`).
    #[inline]
    pub fn telecom_expense_management_partners(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TelecomExpenseManagementPartner,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("telecomExpenseManagementPartners"),
        )
    }
    /// Containment navigation property `autopilotEvents` (`microsoft.graph.deviceManagementAutopilotEvent`).
    #[inline]
    pub fn autopilot_events(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementAutopilotEvent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("autopilotEvents"))
    }
    /// Containment navigation property `troubleshootingEvents` (`microsoft.graph.deviceManagementTroubleshootingEvent`).
    #[inline]
    pub fn troubleshooting_events(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementTroubleshootingEvent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("troubleshootingEvents"),
        )
    }
    /// Containment navigation property `windowsFeatureUpdateProfiles` (`microsoft.graph.windowsFeatureUpdateProfile`).
    #[inline]
    pub fn windows_feature_update_profiles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::WindowsFeatureUpdateProfile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("windowsFeatureUpdateProfiles"),
        )
    }
    /// Containment navigation property `windowsQualityUpdateProfiles` (`microsoft.graph.windowsQualityUpdateProfile`).
    #[inline]
    pub fn windows_quality_update_profiles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::WindowsQualityUpdateProfile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("windowsQualityUpdateProfiles"),
        )
    }
    /// Containment navigation property `windowsUpdateCatalogItems` (`microsoft.graph.windowsUpdateCatalogItem`).
    #[inline]
    pub fn windows_update_catalog_items(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyWindowsUpdateCatalogItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("windowsUpdateCatalogItems"),
        )
    }
    /// Containment navigation property `intuneBrandingProfiles` (`microsoft.graph.intuneBrandingProfile`).
    #[inline]
    pub fn intune_branding_profiles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::IntuneBrandingProfile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("intuneBrandingProfiles"),
        )
    }
    /// Containment navigation property `windowsInformationProtectionAppLearningSummaries` (`microsoft.graph.windowsInformationProtectionAppLearningSummary`).
    #[inline]
    pub fn windows_information_protection_app_learning_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::WindowsInformationProtectionAppLearningSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self
                .node_target()
                .segment("windowsInformationProtectionAppLearningSummaries"),
        )
    }
    /// Containment navigation property `windowsInformationProtectionNetworkLearningSummaries` (`microsoft.graph.windowsInformationProtectionNetworkLearningSummary`).
    #[inline]
    pub fn windows_information_protection_network_learning_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::WindowsInformationProtectionNetworkLearningSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self
                .node_target()
                .segment("windowsInformationProtectionNetworkLearningSummaries"),
        )
    }
    /// Containment navigation property `userPfxCertificates` (`microsoft.graph.userPFXCertificate`).
    #[inline]
    pub fn user_pfx_certificates(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserPfxCertificate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("userPfxCertificates"),
        )
    }
    /// `POST .../enableAndroidDeviceAdministratorEnrollment`: action `microsoft.graph.enableAndroidDeviceAdministratorEnrollment`.
    #[inline]
    pub fn enable_android_device_administrator_enrollment(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("enableAndroidDeviceAdministratorEnrollment"),
            rt::request::NoBody,
        )
    }
    /// `POST .../enableLegacyPcManagement`: action `microsoft.graph.enableLegacyPcManagement`.
    #[inline]
    pub fn enable_legacy_pc_management(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("enableLegacyPcManagement"),
            rt::request::NoBody,
        )
    }
    /// Upon enabling, users assigned as administrators via Role Assignment Memberships will no longer require an assigned Intune license. You are limited to 350 unlicensed direct members for each AAD security group in a role assignment, but you can assign multiple AAD security groups to a role if you need to support more than 350 unlicensed administrators. Licensed administrators will continue to function as-is in that transitive memberships apply and are not subject to the 350 member limit.
    ///
    /// `POST .../enableUnlicensedAdminstrators`: action `microsoft.graph.enableUnlicensedAdminstrators`.
    #[inline]
    pub fn enable_unlicensed_adminstrators(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("enableUnlicensedAdminstrators"),
            rt::request::NoBody,
        )
    }
    /// Retrieves the assigned role definitions and role assignments of the currently authenticated user.
    ///
    /// `GET .../getAssignedRoleDetails`: function `microsoft.graph.getAssignedRoleDetails`.
    #[inline]
    pub fn get_assigned_role_details(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::DeviceAndAppManagementAssignedRoleDetails>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("getAssignedRoleDetails", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getAssignmentFiltersStatusDetails`: action `microsoft.graph.getAssignmentFiltersStatusDetails`.
    #[inline]
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
            self.node_target().segment("getAssignmentFiltersStatusDetails"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getComanagedDevicesSummary`: function `microsoft.graph.getComanagedDevicesSummary`.
    #[inline]
    pub fn get_comanaged_devices_summary(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::ComanagedDevicesSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("getComanagedDevicesSummary", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getComanagementEligibleDevicesSummary`: function `microsoft.graph.getComanagementEligibleDevicesSummary`.
    #[inline]
    pub fn get_comanagement_eligible_devices_summary(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::ComanagementEligibleDevicesSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("getComanagementEligibleDevicesSummary", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getEffectivePermissions`: function `microsoft.graph.getEffectivePermissions`.
    #[inline]
    pub fn get_effective_permissions(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("getEffectivePermissions", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getEffectivePermissions`: function `microsoft.graph.getEffectivePermissions`.
    #[inline]
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
                .node_target()
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
    #[inline]
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
                .node_target()
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
    #[inline]
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
                .node_target()
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
    #[inline]
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
                .node_target()
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
    #[inline]
    pub fn scoped_for_resource(
        &self,
        resource: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<bool>> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
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
    #[inline]
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
            self.node_target().segment("sendCustomNotificationToCompanyPortal"),
            rt::request::Json(params),
        )
    }
    /// `GET .../userExperienceAnalyticsSummarizeWorkFromAnywhereDevices`: function `microsoft.graph.userExperienceAnalyticsSummarizeWorkFromAnywhereDevices`.
    #[inline]
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
                .node_target()
                .function(
                    "userExperienceAnalyticsSummarizeWorkFromAnywhereDevices",
                    &[],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../verifyWindowsEnrollmentAutoDiscovery`: function `microsoft.graph.verifyWindowsEnrollmentAutoDiscovery`.
    #[inline]
    pub fn verify_windows_enrollment_auto_discovery(
        &self,
        domain_name: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<bool>> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
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
impl dyn crate::beta::requests::DeviceManagementAbstractComplexSettingInstancePath {
    /// Containment navigation property `value` (`microsoft.graph.deviceManagementSettingInstance`).
    #[inline]
    pub fn value(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementSettingInstance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("value"))
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
impl dyn crate::beta::requests::DeviceManagementAutopilotEventPath {
    /// Containment navigation property `policyStatusDetails` (`microsoft.graph.deviceManagementAutopilotPolicyStatusDetail`).
    #[inline]
    pub fn policy_status_details(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementAutopilotPolicyStatusDetail,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("policyStatusDetails"),
        )
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
impl dyn crate::beta::requests::DeviceManagementCollectionSettingInstancePath {
    /// Containment navigation property `value` (`microsoft.graph.deviceManagementSettingInstance`).
    #[inline]
    pub fn value(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementSettingInstance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("value"))
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
impl dyn crate::beta::requests::DeviceManagementComplexSettingInstancePath {
    /// Containment navigation property `value` (`microsoft.graph.deviceManagementSettingInstance`).
    #[inline]
    pub fn value(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementSettingInstance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("value"))
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
impl dyn crate::beta::requests::DeviceManagementConfigurationPolicyPath {
    /// Structural property `templateReference` (`microsoft.graph.deviceManagementConfigurationPolicyTemplateReference`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn template_reference(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementConfigurationPolicyTemplateReference,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("templateReference"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.deviceManagementConfigurationPolicyAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementConfigurationPolicyAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Containment navigation property `settings` (`microsoft.graph.deviceManagementConfigurationSetting`).
    #[inline]
    pub fn settings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementConfigurationSetting,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("settings"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
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
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../createCopy`: action `microsoft.graph.createCopy`.
    #[inline]
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
            self.node_target().segment("createCopy"),
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
impl dyn crate::beta::requests::DeviceManagementConfigurationPolicyAssignmentPath {
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
for crate::beta::DeviceManagementConfigurationPolicyAssignment {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementConfigurationPolicyAssignment";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::DeviceManagementConfigurationPolicyTemplatePath {
    /// Containment navigation property `settingTemplates` (`microsoft.graph.deviceManagementConfigurationSettingTemplate`).
    #[inline]
    pub fn setting_templates(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementConfigurationSettingTemplate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("settingTemplates"))
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
impl dyn crate::beta::requests::DeviceManagementConfigurationSettingPath {
    /// Structural property `settingInstance` (`microsoft.graph.deviceManagementConfigurationSettingInstance`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn setting_instance(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::AnyDeviceManagementConfigurationSettingInstance,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("settingInstance"))
    }
    /// Navigation property `settingDefinitions` (`microsoft.graph.deviceManagementConfigurationSettingDefinition`).
    #[inline]
    pub fn setting_definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementConfigurationSettingDefinition,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("settingDefinitions"),
        )
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
impl dyn crate::beta::requests::DeviceManagementConfigurationSettingDefinitionPath {
    /// Structural property `applicability` (`microsoft.graph.deviceManagementConfigurationSettingApplicability`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn applicability(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::AnyDeviceManagementConfigurationSettingApplicability,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("applicability"))
    }
    /// Structural property `occurrence` (`microsoft.graph.deviceManagementConfigurationSettingOccurrence`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn occurrence(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementConfigurationSettingOccurrence,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("occurrence"))
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
impl dyn crate::beta::requests::DeviceManagementConfigurationSettingTemplatePath {
    /// Structural property `settingInstanceTemplate` (`microsoft.graph.deviceManagementConfigurationSettingInstanceTemplate`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn setting_instance_template(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::AnyDeviceManagementConfigurationSettingInstanceTemplate,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("settingInstanceTemplate"),
        )
    }
    /// Containment navigation property `settingDefinitions` (`microsoft.graph.deviceManagementConfigurationSettingDefinition`).
    #[inline]
    pub fn setting_definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementConfigurationSettingDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("settingDefinitions"),
        )
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
impl dyn crate::beta::requests::DeviceManagementConfigurationSimpleSettingDefinitionPath {
    /// Structural property `defaultValue` (`microsoft.graph.deviceManagementConfigurationSettingValue`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn default_value(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::AnyDeviceManagementConfigurationSettingValue,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("defaultValue"))
    }
    /// Structural property `valueDefinition` (`microsoft.graph.deviceManagementConfigurationSettingValueDefinition`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn value_definition(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::AnyDeviceManagementConfigurationSettingValueDefinition,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("valueDefinition"))
    }
    /// Structural property `applicability` (`microsoft.graph.deviceManagementConfigurationSettingApplicability`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn applicability(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::AnyDeviceManagementConfigurationSettingApplicability,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("applicability"))
    }
    /// Structural property `occurrence` (`microsoft.graph.deviceManagementConfigurationSettingOccurrence`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn occurrence(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementConfigurationSettingOccurrence,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("occurrence"))
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
impl dyn crate::beta::requests::DeviceManagementExchangeConnectorPath {
    /// `POST .../sync`: action `microsoft.graph.sync`.
    #[inline]
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
            self.node_target().segment("sync"),
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
impl dyn crate::beta::requests::DeviceManagementExchangeOnPremisesPolicyPath {
    /// Containment navigation property `conditionalAccessSettings` (`microsoft.graph.onPremisesConditionalAccessSettings`).
    #[inline]
    pub fn conditional_access_settings(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::OnPremisesConditionalAccessSettings,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("conditionalAccessSettings"),
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
impl dyn crate::beta::requests::DeviceManagementIntentPath {
    /// Containment navigation property `assignments` (`microsoft.graph.deviceManagementIntentAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementIntentAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Containment navigation property `categories` (`microsoft.graph.deviceManagementIntentSettingCategory`).
    #[inline]
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementIntentSettingCategory,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("categories"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.deviceManagementIntentDeviceSettingStateSummary`).
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementIntentDeviceSettingStateSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("deviceSettingStateSummaries"),
        )
    }
    /// Containment navigation property `deviceStates` (`microsoft.graph.deviceManagementIntentDeviceState`).
    #[inline]
    pub fn device_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementIntentDeviceState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deviceStates"))
    }
    /// Containment navigation property `deviceStateSummary` (`microsoft.graph.deviceManagementIntentDeviceStateSummary`).
    #[inline]
    pub fn device_state_summary(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DeviceManagementIntentDeviceStateSummary,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("deviceStateSummary"))
    }
    /// Containment navigation property `settings` (`microsoft.graph.deviceManagementSettingInstance`).
    #[inline]
    pub fn settings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementSettingInstance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("settings"))
    }
    /// Containment navigation property `userStates` (`microsoft.graph.deviceManagementIntentUserState`).
    #[inline]
    pub fn user_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementIntentUserState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("userStates"))
    }
    /// Containment navigation property `userStateSummary` (`microsoft.graph.deviceManagementIntentUserStateSummary`).
    #[inline]
    pub fn user_state_summary(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DeviceManagementIntentUserStateSummary,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("userStateSummary"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceManagementIntentAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeviceManagementIntentAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `GET .../compare`: function `microsoft.graph.compare`.
    #[inline]
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
                .node_target()
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
    #[inline]
    pub fn create_copy(
        &self,
        params: crate::beta::params::DeviceManagementIntentCreateCopyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeviceManagementIntentCreateCopyParams>,
        rt::request::Entity<crate::beta::DeviceManagementIntent>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("createCopy"),
            rt::request::Json(params),
        )
    }
    /// `POST .../migrateToTemplate`: action `microsoft.graph.migrateToTemplate`.
    #[inline]
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
            self.node_target().segment("migrateToTemplate"),
            rt::request::Json(params),
        )
    }
    /// `POST .../updateSettings`: action `microsoft.graph.updateSettings`.
    #[inline]
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
            self.node_target().segment("updateSettings"),
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
impl dyn crate::beta::requests::DeviceManagementIntentAssignmentPath {
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
impl dyn crate::beta::requests::DeviceManagementIntentSettingCategoryPath {
    /// Containment navigation property `settings` (`microsoft.graph.deviceManagementSettingInstance`).
    #[inline]
    pub fn settings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementSettingInstance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("settings"))
    }
    /// Containment navigation property `settingDefinitions` (`microsoft.graph.deviceManagementSettingDefinition`).
    #[inline]
    pub fn setting_definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementSettingDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("settingDefinitions"),
        )
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
impl dyn crate::beta::requests::DeviceManagementReportsPath {
    /// Containment navigation property `cachedReportConfigurations` (`microsoft.graph.deviceManagementCachedReportConfiguration`).
    #[inline]
    pub fn cached_report_configurations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementCachedReportConfiguration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("cachedReportConfigurations"),
        )
    }
    /// Containment navigation property `exportJobs` (`microsoft.graph.deviceManagementExportJob`).
    #[inline]
    pub fn export_jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementExportJob,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("exportJobs"))
    }
    /// Containment navigation property `reportSchedules` (`microsoft.graph.deviceManagementReportSchedule`).
    #[inline]
    pub fn report_schedules(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementReportSchedule,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("reportSchedules"))
    }
    /// `POST .../getActiveMalwareReport`: action `microsoft.graph.getActiveMalwareReport`.
    #[inline]
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
            self.node_target().segment("getActiveMalwareReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getActiveMalwareSummaryReport`: action `microsoft.graph.getActiveMalwareSummaryReport`.
    #[inline]
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
            self.node_target().segment("getActiveMalwareSummaryReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getAllCertificatesReport`: action `microsoft.graph.getAllCertificatesReport`.
    #[inline]
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
            self.node_target().segment("getAllCertificatesReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getAppStatusOverviewReport`: action `microsoft.graph.getAppStatusOverviewReport`.
    #[inline]
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
            self.node_target().segment("getAppStatusOverviewReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getAppsInstallSummaryReport`: action `microsoft.graph.getAppsInstallSummaryReport`.
    #[inline]
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
            self.node_target().segment("getAppsInstallSummaryReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getCachedReport`: action `microsoft.graph.getCachedReport`.
    #[inline]
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
            self.node_target().segment("getCachedReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getCertificatesReport`: action `microsoft.graph.getCertificatesReport`.
    #[inline]
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
            self.node_target().segment("getCertificatesReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getCompliancePolicyNonComplianceReport`: action `microsoft.graph.getCompliancePolicyNonComplianceReport`.
    #[inline]
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
            self.node_target().segment("getCompliancePolicyNonComplianceReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getCompliancePolicyNonComplianceSummaryReport`: action `microsoft.graph.getCompliancePolicyNonComplianceSummaryReport`.
    #[inline]
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
            self.node_target().segment("getCompliancePolicyNonComplianceSummaryReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getComplianceSettingNonComplianceReport`: action `microsoft.graph.getComplianceSettingNonComplianceReport`.
    #[inline]
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
            self.node_target().segment("getComplianceSettingNonComplianceReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getConfigManagerDevicePolicyStatusReport`: action `microsoft.graph.getConfigManagerDevicePolicyStatusReport`.
    #[inline]
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
            self.node_target().segment("getConfigManagerDevicePolicyStatusReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getConfigurationPoliciesReportForDevice`: action `microsoft.graph.getConfigurationPoliciesReportForDevice`.
    #[inline]
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
            self.node_target().segment("getConfigurationPoliciesReportForDevice"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getConfigurationPolicyDeviceSummaryReport`: action `microsoft.graph.getConfigurationPolicyDeviceSummaryReport`.
    #[inline]
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
            self.node_target().segment("getConfigurationPolicyDeviceSummaryReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getConfigurationPolicyDevicesReport`: action `microsoft.graph.getConfigurationPolicyDevicesReport`.
    #[inline]
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
            self.node_target().segment("getConfigurationPolicyDevicesReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getConfigurationPolicyNonComplianceReport`: action `microsoft.graph.getConfigurationPolicyNonComplianceReport`.
    #[inline]
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
            self.node_target().segment("getConfigurationPolicyNonComplianceReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getConfigurationPolicyNonComplianceSummaryReport`: action `microsoft.graph.getConfigurationPolicyNonComplianceSummaryReport`.
    #[inline]
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
            self
                .node_target()
                .segment("getConfigurationPolicyNonComplianceSummaryReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getConfigurationPolicySettingsDeviceSummaryReport`: action `microsoft.graph.getConfigurationPolicySettingsDeviceSummaryReport`.
    #[inline]
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
            self
                .node_target()
                .segment("getConfigurationPolicySettingsDeviceSummaryReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getConfigurationSettingDetailsReport`: action `microsoft.graph.getConfigurationSettingDetailsReport`.
    #[inline]
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
            self.node_target().segment("getConfigurationSettingDetailsReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getConfigurationSettingNonComplianceReport`: action `microsoft.graph.getConfigurationSettingNonComplianceReport`.
    #[inline]
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
            self.node_target().segment("getConfigurationSettingNonComplianceReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getConfigurationSettingsReport`: action `microsoft.graph.getConfigurationSettingsReport`.
    #[inline]
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
            self.node_target().segment("getConfigurationSettingsReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getDeviceInstallStatusReport`: action `microsoft.graph.getDeviceInstallStatusReport`.
    #[inline]
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
            self.node_target().segment("getDeviceInstallStatusReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getDeviceManagementIntentSettingsReport`: action `microsoft.graph.getDeviceManagementIntentSettingsReport`.
    #[inline]
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
            self.node_target().segment("getDeviceManagementIntentSettingsReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getDeviceNonComplianceReport`: action `microsoft.graph.getDeviceNonComplianceReport`.
    #[inline]
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
            self.node_target().segment("getDeviceNonComplianceReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getFailedMobileAppsReport`: action `microsoft.graph.getFailedMobileAppsReport`.
    #[inline]
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
            self.node_target().segment("getFailedMobileAppsReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getFailedMobileAppsSummaryReport`: action `microsoft.graph.getFailedMobileAppsSummaryReport`.
    #[inline]
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
            self.node_target().segment("getFailedMobileAppsSummaryReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getHistoricalReport`: action `microsoft.graph.getHistoricalReport`.
    #[inline]
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
            self.node_target().segment("getHistoricalReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMalwareSummaryReport`: action `microsoft.graph.getMalwareSummaryReport`.
    #[inline]
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
            self.node_target().segment("getMalwareSummaryReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getPolicyNonComplianceMetadata`: action `microsoft.graph.getPolicyNonComplianceMetadata`.
    #[inline]
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
            self.node_target().segment("getPolicyNonComplianceMetadata"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getPolicyNonComplianceReport`: action `microsoft.graph.getPolicyNonComplianceReport`.
    #[inline]
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
            self.node_target().segment("getPolicyNonComplianceReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getPolicyNonComplianceSummaryReport`: action `microsoft.graph.getPolicyNonComplianceSummaryReport`.
    #[inline]
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
            self.node_target().segment("getPolicyNonComplianceSummaryReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getRelatedAppsStatusReport`: action `microsoft.graph.getRelatedAppsStatusReport`.
    #[inline]
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
            self.node_target().segment("getRelatedAppsStatusReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getReportFilters`: action `microsoft.graph.getReportFilters`.
    #[inline]
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
            self.node_target().segment("getReportFilters"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getSettingNonComplianceReport`: action `microsoft.graph.getSettingNonComplianceReport`.
    #[inline]
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
            self.node_target().segment("getSettingNonComplianceReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getUnhealthyDefenderAgentsReport`: action `microsoft.graph.getUnhealthyDefenderAgentsReport`.
    #[inline]
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
            self.node_target().segment("getUnhealthyDefenderAgentsReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getUnhealthyFirewallReport`: action `microsoft.graph.getUnhealthyFirewallReport`.
    #[inline]
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
            self.node_target().segment("getUnhealthyFirewallReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getUnhealthyFirewallSummaryReport`: action `microsoft.graph.getUnhealthyFirewallSummaryReport`.
    #[inline]
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
            self.node_target().segment("getUnhealthyFirewallSummaryReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getUserInstallStatusReport`: action `microsoft.graph.getUserInstallStatusReport`.
    #[inline]
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
            self.node_target().segment("getUserInstallStatusReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getWindowsQualityUpdateAlertSummaryReport`: action `microsoft.graph.getWindowsQualityUpdateAlertSummaryReport`.
    #[inline]
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
            self.node_target().segment("getWindowsQualityUpdateAlertSummaryReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getWindowsQualityUpdateAlertsPerPolicyPerDeviceReport`: action `microsoft.graph.getWindowsQualityUpdateAlertsPerPolicyPerDeviceReport`.
    #[inline]
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
                .node_target()
                .segment("getWindowsQualityUpdateAlertsPerPolicyPerDeviceReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getWindowsUpdateAlertSummaryReport`: action `microsoft.graph.getWindowsUpdateAlertSummaryReport`.
    #[inline]
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
            self.node_target().segment("getWindowsUpdateAlertSummaryReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getWindowsUpdateAlertsPerPolicyPerDeviceReport`: action `microsoft.graph.getWindowsUpdateAlertsPerPolicyPerDeviceReport`.
    #[inline]
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
            self.node_target().segment("getWindowsUpdateAlertsPerPolicyPerDeviceReport"),
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
impl dyn crate::beta::requests::DeviceManagementResourceAccessProfileAssignmentPath {
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
for crate::beta::DeviceManagementResourceAccessProfileAssignment {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementResourceAccessProfileAssignment";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::DeviceManagementResourceAccessProfileBasePath {
    /// Containment navigation property `assignments` (`microsoft.graph.deviceManagementResourceAccessProfileAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementResourceAccessProfileAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
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
            self.node_target().segment("assign"),
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
impl dyn crate::beta::requests::DeviceManagementReusablePolicySettingPath {
    /// Structural property `settingInstance` (`microsoft.graph.deviceManagementConfigurationSettingInstance`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn setting_instance(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::AnyDeviceManagementConfigurationSettingInstance,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("settingInstance"))
    }
    /// Containment navigation property `referencingConfigurationPolicies` (`microsoft.graph.deviceManagementConfigurationPolicy`).
    #[inline]
    pub fn referencing_configuration_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementConfigurationPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("referencingConfigurationPolicies"),
        )
    }
    /// `POST .../clone`: action `microsoft.graph.clone`.
    #[inline]
    pub fn clone_2(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::DeviceManagementReusablePolicySetting>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("clone"),
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
impl dyn crate::beta::requests::DeviceManagementScriptPath {
    /// Containment navigation property `assignments` (`microsoft.graph.deviceManagementScriptAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementScriptAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Containment navigation property `deviceRunStates` (`microsoft.graph.deviceManagementScriptDeviceState`).
    #[inline]
    pub fn device_run_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementScriptDeviceState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deviceRunStates"))
    }
    /// Containment navigation property `groupAssignments` (`microsoft.graph.deviceManagementScriptGroupAssignment`).
    #[inline]
    pub fn group_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementScriptGroupAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("groupAssignments"))
    }
    #[cfg(msgraph_beta_search)]
    /// Navigation property `runSummary` (`microsoft.graph.deviceManagementScriptRunSummary`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn run_summary(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DeviceManagementScriptRunSummary,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("runSummary"))
    }
    /// Containment navigation property `userRunStates` (`microsoft.graph.deviceManagementScriptUserState`).
    #[inline]
    pub fn user_run_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementScriptUserState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("userRunStates"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceManagementScriptAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeviceManagementScriptAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
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
impl dyn crate::beta::requests::DeviceManagementScriptAssignmentPath {
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
for crate::beta::DeviceManagementScriptAssignment {
    const SEGMENT: &'static str = "microsoft.graph.deviceManagementScriptAssignment";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::DeviceManagementScriptDeviceStatePath {
    /// Navigation property `managedDevice` (`microsoft.graph.managedDevice`).
    #[inline]
    pub fn managed_device(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnyManagedDevice,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("managedDevice"))
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
impl dyn crate::beta::requests::DeviceManagementScriptUserStatePath {
    /// Containment navigation property `deviceRunStates` (`microsoft.graph.deviceManagementScriptDeviceState`).
    #[inline]
    pub fn device_run_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementScriptDeviceState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deviceRunStates"))
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
impl dyn crate::beta::requests::DeviceManagementSettingCategoryPath {
    /// Containment navigation property `settingDefinitions` (`microsoft.graph.deviceManagementSettingDefinition`).
    #[inline]
    pub fn setting_definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementSettingDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("settingDefinitions"),
        )
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
impl dyn crate::beta::requests::DeviceManagementTemplatePath {
    /// Containment navigation property `categories` (`microsoft.graph.deviceManagementTemplateSettingCategory`).
    #[inline]
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementTemplateSettingCategory,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("categories"))
    }
    /// Containment navigation property `migratableTo` (`microsoft.graph.deviceManagementTemplate`).
    #[inline]
    pub fn migratable_to(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementTemplate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("migratableTo"))
    }
    /// Containment navigation property `settings` (`microsoft.graph.deviceManagementSettingInstance`).
    #[inline]
    pub fn settings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementSettingInstance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("settings"))
    }
    /// `GET .../compare`: function `microsoft.graph.compare`.
    #[inline]
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
                .node_target()
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
    #[inline]
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
            self.node_target().segment("createInstance"),
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
impl dyn crate::beta::requests::DeviceManagementTemplateSettingCategoryPath {
    /// Containment navigation property `recommendedSettings` (`microsoft.graph.deviceManagementSettingInstance`).
    #[inline]
    pub fn recommended_settings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementSettingInstance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("recommendedSettings"),
        )
    }
    /// Containment navigation property `settingDefinitions` (`microsoft.graph.deviceManagementSettingDefinition`).
    #[inline]
    pub fn setting_definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementSettingDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("settingDefinitions"),
        )
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
impl dyn crate::beta::requests::DeviceManagementTroubleshootingEventPath {
    /// Structural property `troubleshootingErrorDetails` (`microsoft.graph.deviceManagementTroubleshootingErrorDetails`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn troubleshooting_error_details(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementTroubleshootingErrorDetails,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("troubleshootingErrorDetails"),
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
impl dyn crate::beta::requests::DeviceShellScriptPath {
    /// Containment navigation property `assignments` (`microsoft.graph.deviceManagementScriptAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementScriptAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Containment navigation property `deviceRunStates` (`microsoft.graph.deviceManagementScriptDeviceState`).
    #[inline]
    pub fn device_run_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementScriptDeviceState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deviceRunStates"))
    }
    /// Containment navigation property `groupAssignments` (`microsoft.graph.deviceManagementScriptGroupAssignment`).
    #[inline]
    pub fn group_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementScriptGroupAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("groupAssignments"))
    }
    #[cfg(msgraph_beta_search)]
    /// Navigation property `runSummary` (`microsoft.graph.deviceManagementScriptRunSummary`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn run_summary(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DeviceManagementScriptRunSummary,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("runSummary"))
    }
    /// Containment navigation property `userRunStates` (`microsoft.graph.deviceManagementScriptUserState`).
    #[inline]
    pub fn user_run_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementScriptUserState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("userRunStates"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceShellScriptAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeviceShellScriptAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
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
impl dyn crate::beta::requests::DimensionPath {
    /// Containment navigation property `dimensionValues` (`microsoft.graph.dimensionValue`).
    #[inline]
    pub fn dimension_values(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DimensionValue,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("dimensionValues"))
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
impl dyn crate::beta::requests::DirectoryPath {
    /// Containment navigation property `administrativeUnits` (`microsoft.graph.administrativeUnit`).
    #[inline]
    pub fn administrative_units(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AdministrativeUnit,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("administrativeUnits"),
        )
    }
    /// Containment navigation property `deletedItems` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn deleted_items(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deletedItems"))
    }
    /// Containment navigation property `sharedEmailDomains` (`microsoft.graph.sharedEmailDomain`).
    #[inline]
    pub fn shared_email_domains(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SharedEmailDomain,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("sharedEmailDomains"),
        )
    }
    /// Containment navigation property `featureRolloutPolicies` (`microsoft.graph.featureRolloutPolicy`).
    #[inline]
    pub fn feature_rollout_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::FeatureRolloutPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("featureRolloutPolicies"),
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
impl dyn crate::beta::requests::DirectoryAuditPath {
    /// Structural property `initiatedBy` (`microsoft.graph.auditActivityInitiator`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn initiated_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AuditActivityInitiator> {
        crate::path::PropertyPath::new(self.node_target().segment("initiatedBy"))
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::DirectoryAudit {
    const SEGMENT: &'static str = "microsoft.graph.directoryAudit";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::DirectoryDefinitionPath {
    /// `POST .../discover`: action `microsoft.graph.discover`.
    #[inline]
    pub fn discover(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::DirectoryDefinition>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("discover"),
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
impl dyn crate::beta::requests::DirectoryObjectPath {
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
impl dyn crate::beta::requests::DirectoryRolePath {
    /// Navigation property `members` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("members"))
    }
    /// Containment navigation property `scopedMembers` (`microsoft.graph.scopedRoleMembership`).
    #[inline]
    pub fn scoped_members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ScopedRoleMembership,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("scopedMembers"))
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
impl dyn crate::beta::requests::DirectoryRoleAccessReviewPolicyPath {
    /// Structural property `settings` (`microsoft.graph.accessReviewScheduleSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AccessReviewScheduleSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("settings"))
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
impl dyn crate::beta::requests::DlpEvaluatePoliciesJobResponsePath {
    /// Structural property `result` (`microsoft.graph.dlpPoliciesJobResult`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn result(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DlpPoliciesJobResult> {
        crate::path::PropertyPath::new(self.node_target().segment("result"))
    }
    /// Structural property `error` (`microsoft.graph.classificationError`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn error(&self) -> crate::path::PropertyPath<crate::beta::ClassificationError> {
        crate::path::PropertyPath::new(self.node_target().segment("error"))
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
impl dyn crate::beta::requests::DocumentPath {
    /// Containment navigation property `comments` (`microsoft.graph.documentComment`).
    #[inline]
    pub fn comments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DocumentComment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("comments"))
    }
}
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Document {
    const SEGMENT: &'static str = "microsoft.graph.document";
}
#[cfg(msgraph_beta_search)]
/// Features: `beta` or `beta-search`.
impl dyn crate::beta::requests::DocumentCommentPath {
    /// Containment navigation property `replies` (`microsoft.graph.documentCommentReply`).
    #[inline]
    pub fn replies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DocumentCommentReply,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("replies"))
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
impl dyn crate::beta::requests::DomainPath {
    /// Structural property `state` (`microsoft.graph.domainState`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn state(&self) -> crate::path::PropertyPath<crate::beta::DomainState> {
        crate::path::PropertyPath::new(self.node_target().segment("state"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `domainNameReferences` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn domain_name_references(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("domainNameReferences"),
        )
    }
    /// Containment navigation property `serviceConfigurationRecords` (`microsoft.graph.domainDnsRecord`).
    #[inline]
    pub fn service_configuration_records(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDomainDnsRecord,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("serviceConfigurationRecords"),
        )
    }
    /// Containment navigation property `sharedEmailDomainInvitations` (`microsoft.graph.sharedEmailDomainInvitation`).
    #[inline]
    pub fn shared_email_domain_invitations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SharedEmailDomainInvitation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("sharedEmailDomainInvitations"),
        )
    }
    /// Containment navigation property `verificationDnsRecords` (`microsoft.graph.domainDnsRecord`).
    #[inline]
    pub fn verification_dns_records(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDomainDnsRecord,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("verificationDnsRecords"),
        )
    }
    /// `POST .../forceDelete`: action `microsoft.graph.forceDelete`.
    #[inline]
    pub fn force_delete(
        &self,
        params: crate::beta::params::DomainForceDeleteParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DomainForceDeleteParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("forceDelete"),
            rt::request::Json(params),
        )
    }
    /// `POST .../verify`: action `microsoft.graph.verify`.
    #[inline]
    pub fn verify(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::Domain>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("verify"),
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
impl dyn crate::beta::requests::DomainSecurityProfilePath {
    /// Structural property `registrant` (`microsoft.graph.domainRegistrant`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn registrant(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DomainRegistrant> {
        crate::path::PropertyPath::new(self.node_target().segment("registrant"))
    }
    /// Structural property `vendorInformation` (`microsoft.graph.securityVendorInformation`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn vendor_information(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::SecurityVendorInformation> {
        crate::path::PropertyPath::new(self.node_target().segment("vendorInformation"))
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
impl dyn crate::beta::requests::DrivePath {
    /// Structural property `owner` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn owner(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("owner"))
    }
    /// Structural property `quota` (`microsoft.graph.quota`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn quota(&self) -> crate::path::PropertyPath<crate::beta::Quota> {
        crate::path::PropertyPath::new(self.node_target().segment("quota"))
    }
    /// Structural property `sharePointIds` (`microsoft.graph.sharepointIds`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn share_point_ids(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::SharepointIds> {
        crate::path::PropertyPath::new(self.node_target().segment("sharePointIds"))
    }
    /// Structural property `system` (`microsoft.graph.systemFacet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn system(&self) -> crate::path::PropertyPath<crate::beta::SystemFacet> {
        crate::path::PropertyPath::new(self.node_target().segment("system"))
    }
    /// Containment navigation property `activities` (`microsoft.graph.itemActivityOLD`).
    #[inline]
    pub fn activities(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ItemActivityOld,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("activities"))
    }
    /// Containment navigation property `bundles` (`microsoft.graph.driveItem`).
    #[inline]
    pub fn bundles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DriveItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("bundles"))
    }
    /// Containment navigation property `following` (`microsoft.graph.driveItem`).
    #[inline]
    pub fn following(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DriveItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("following"))
    }
    /// Containment navigation property `items` (`microsoft.graph.driveItem`).
    #[inline]
    pub fn items(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DriveItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("items"))
    }
    /// Containment navigation property `list` (`microsoft.graph.list`).
    #[inline]
    pub fn list_2(
        &self,
    ) -> crate::path::EntityPath<crate::beta::List, crate::path::caps::GetUpdateDelete> {
        crate::path::EntityPath::new(self.node_target().segment("list"))
    }
    /// Containment navigation property `root` (`microsoft.graph.driveItem`).
    #[inline]
    pub fn root(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DriveItem,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("root"))
    }
    /// Containment navigation property `special` (`microsoft.graph.driveItem`).
    #[inline]
    pub fn special(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DriveItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("special"))
    }
    /// `GET .../recent`: function `microsoft.graph.recent`.
    #[inline]
    pub fn recent(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::DriveItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("recent", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../search`: function `microsoft.graph.search`.
    #[inline]
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
                .node_target()
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
    #[inline]
    pub fn shared_with_me(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::DriveItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("sharedWithMe", &[]),
            rt::request::NoBody,
        )
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Structural property `parentReference` (`microsoft.graph.itemReference`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn parent_reference(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ItemReference> {
        crate::path::PropertyPath::new(self.node_target().segment("parentReference"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `createdByUser` (`microsoft.graph.user`).
    ///
    /// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[inline]
    pub fn created_by_user(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::User,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("createdByUser"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `lastModifiedByUser` (`microsoft.graph.user`).
    ///
    /// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[inline]
    pub fn last_modified_by_user(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::User,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("lastModifiedByUser"))
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
impl dyn crate::beta::requests::DriveItemPath {
    /// The `microsoft.graph.driveItem` at `path` below this item (OneDrive path addressing, `<this item>:/{path}:`),
    /// going on with its usual segments: `item_with_path("Docs/a.txt").content()` is
    /// `.../root:/Docs/a.txt:/content`.
    ///
    /// `path` is `/`-separated (one leading `/` optional) and percent-encoded segment by
    /// segment; an empty, `.` or `..` segment, or a `:` or `\` in a name, makes the request
    /// fail when built (`RequestError::InvalidItemPath`).
    #[inline]
    pub fn item_with_path(
        &self,
        path: &str,
    ) -> crate::path::EntityPath<
        crate::beta::DriveItem,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().item_path(path))
    }
    /// Structural property `audio` (`microsoft.graph.audio`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn audio(&self) -> crate::path::PropertyPath<crate::beta::Audio> {
        crate::path::PropertyPath::new(self.node_target().segment("audio"))
    }
    /// Structural property `bundle` (`microsoft.graph.bundle`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn bundle(&self) -> crate::path::PropertyPath<crate::beta::Bundle> {
        crate::path::PropertyPath::new(self.node_target().segment("bundle"))
    }
    /// Stream property `content`.
    #[inline]
    pub fn content(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("content"))
    }
    /// Structural property `deleted` (`microsoft.graph.deleted`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn deleted(&self) -> crate::path::PropertyPath<crate::beta::Deleted> {
        crate::path::PropertyPath::new(self.node_target().segment("deleted"))
    }
    /// Structural property `file` (`microsoft.graph.file`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn file(&self) -> crate::path::PropertyPath<crate::beta::File> {
        crate::path::PropertyPath::new(self.node_target().segment("file"))
    }
    /// Structural property `fileSystemInfo` (`microsoft.graph.fileSystemInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn file_system_info(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::FileSystemInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("fileSystemInfo"))
    }
    /// Structural property `folder` (`microsoft.graph.folder`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn folder(&self) -> crate::path::PropertyPath<crate::beta::Folder> {
        crate::path::PropertyPath::new(self.node_target().segment("folder"))
    }
    /// Structural property `image` (`microsoft.graph.image`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn image(&self) -> crate::path::PropertyPath<crate::beta::Image> {
        crate::path::PropertyPath::new(self.node_target().segment("image"))
    }
    /// Structural property `location` (`microsoft.graph.geoCoordinates`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn location(&self) -> crate::path::PropertyPath<crate::beta::GeoCoordinates> {
        crate::path::PropertyPath::new(self.node_target().segment("location"))
    }
    /// Structural property `media` (`microsoft.graph.media`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn media(&self) -> crate::path::PropertyPath<crate::beta::Media> {
        crate::path::PropertyPath::new(self.node_target().segment("media"))
    }
    /// Structural property `package` (`microsoft.graph.package`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn package(&self) -> crate::path::PropertyPath<crate::beta::Package> {
        crate::path::PropertyPath::new(self.node_target().segment("package"))
    }
    /// Structural property `pendingOperations` (`microsoft.graph.pendingOperations`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn pending_operations(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PendingOperations> {
        crate::path::PropertyPath::new(self.node_target().segment("pendingOperations"))
    }
    /// Structural property `photo` (`microsoft.graph.photo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn photo(&self) -> crate::path::PropertyPath<crate::beta::Photo> {
        crate::path::PropertyPath::new(self.node_target().segment("photo"))
    }
    /// Structural property `publication` (`microsoft.graph.publicationFacet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn publication(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PublicationFacet> {
        crate::path::PropertyPath::new(self.node_target().segment("publication"))
    }
    /// Structural property `remoteItem` (`microsoft.graph.remoteItem`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn remote_item(&self) -> crate::path::PropertyPath<crate::beta::RemoteItem> {
        crate::path::PropertyPath::new(self.node_target().segment("remoteItem"))
    }
    /// Structural property `root` (`microsoft.graph.root`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn root(&self) -> crate::path::PropertyPath<crate::beta::Root> {
        crate::path::PropertyPath::new(self.node_target().segment("root"))
    }
    /// Structural property `searchResult` (`microsoft.graph.searchResult`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn search_result(&self) -> crate::path::PropertyPath<crate::beta::SearchResult> {
        crate::path::PropertyPath::new(self.node_target().segment("searchResult"))
    }
    /// Structural property `shared` (`microsoft.graph.shared`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn shared(&self) -> crate::path::PropertyPath<crate::beta::Shared> {
        crate::path::PropertyPath::new(self.node_target().segment("shared"))
    }
    /// Structural property `sharepointIds` (`microsoft.graph.sharepointIds`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn sharepoint_ids(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::SharepointIds> {
        crate::path::PropertyPath::new(self.node_target().segment("sharepointIds"))
    }
    /// Structural property `source` (`microsoft.graph.driveItemSource`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn source(&self) -> crate::path::PropertyPath<crate::beta::DriveItemSource> {
        crate::path::PropertyPath::new(self.node_target().segment("source"))
    }
    /// Structural property `specialFolder` (`microsoft.graph.specialFolder`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn special_folder(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::SpecialFolder> {
        crate::path::PropertyPath::new(self.node_target().segment("specialFolder"))
    }
    /// Structural property `video` (`microsoft.graph.video`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn video(&self) -> crate::path::PropertyPath<crate::beta::Video> {
        crate::path::PropertyPath::new(self.node_target().segment("video"))
    }
    /// Containment navigation property `workbook` (`microsoft.graph.workbook`).
    #[inline]
    pub fn workbook(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Workbook,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("workbook"))
    }
    /// Containment navigation property `activities` (`microsoft.graph.itemActivityOLD`).
    #[inline]
    pub fn activities(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ItemActivityOld,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("activities"))
    }
    #[cfg(msgraph_beta_search)]
    /// Navigation property `analytics` (`microsoft.graph.itemAnalytics`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn analytics(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::ItemAnalytics,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("analytics"))
    }
    /// Containment navigation property `children` (`microsoft.graph.driveItem`).
    #[inline]
    pub fn children(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DriveItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("children"))
    }
    /// Containment navigation property `listItem` (`microsoft.graph.listItem`).
    #[inline]
    pub fn list_item(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::ListItem,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("listItem"))
    }
    /// Containment navigation property `permissions` (`microsoft.graph.permission`).
    #[inline]
    pub fn permissions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Permission,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("permissions"))
    }
    /// Containment navigation property `subscriptions` (`microsoft.graph.subscription`).
    #[inline]
    pub fn subscriptions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Subscription,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("subscriptions"))
    }
    /// Containment navigation property `thumbnails` (`microsoft.graph.thumbnailSet`).
    #[inline]
    pub fn thumbnails(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ThumbnailSet,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("thumbnails"))
    }
    /// Containment navigation property `versions` (`microsoft.graph.driveItemVersion`).
    #[inline]
    pub fn versions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DriveItemVersion,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("versions"))
    }
    /// `POST .../checkin`: action `microsoft.graph.checkin`.
    #[inline]
    pub fn checkin(
        &self,
        params: crate::beta::params::DriveItemCheckinParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DriveItemCheckinParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("checkin"),
            rt::request::Json(params),
        )
    }
    /// `POST .../checkout`: action `microsoft.graph.checkout`.
    #[inline]
    pub fn checkout(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("checkout"),
            rt::request::NoBody,
        )
    }
    /// `POST .../copy`: action `microsoft.graph.copy`.
    #[inline]
    pub fn copy(
        &self,
        params: crate::beta::params::DriveItemCopyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DriveItemCopyParams>,
        rt::request::Entity<crate::beta::DriveItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("copy"),
            rt::request::Json(params),
        )
    }
    /// `POST .../createLink`: action `microsoft.graph.createLink`.
    #[inline]
    pub fn create_link(
        &self,
        params: crate::beta::params::DriveItemCreateLinkParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DriveItemCreateLinkParams>,
        rt::request::Entity<crate::beta::Permission>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("createLink"),
            rt::request::Json(params),
        )
    }
    /// `POST .../createUploadSession`: action `microsoft.graph.createUploadSession`.
    #[inline]
    pub fn create_upload_session(
        &self,
        params: crate::beta::params::DriveItemCreateUploadSessionParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DriveItemCreateUploadSessionParams>,
        rt::request::Entity<crate::beta::UploadSession>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("createUploadSession"),
            rt::request::Json(params),
        )
    }
    /// `GET .../delta`: function `microsoft.graph.delta`.
    #[inline]
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::DriveItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../delta`: function `microsoft.graph.delta`.
    #[inline]
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
                .node_target()
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
    #[inline]
    pub fn follow(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::DriveItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("follow"),
            rt::request::NoBody,
        )
    }
    /// `GET .../getActivitiesByInterval`: function `microsoft.graph.getActivitiesByInterval`.
    #[inline]
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
                .node_target()
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
    #[inline]
    pub fn invite(
        &self,
        params: crate::beta::params::DriveItemInviteParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DriveItemInviteParams>,
        rt::request::Collection<crate::beta::Permission>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("invite"),
            rt::request::Json(params),
        )
    }
    /// `POST .../preview`: action `microsoft.graph.preview`.
    #[inline]
    pub fn preview(
        &self,
        params: crate::beta::params::DriveItemPreviewParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DriveItemPreviewParams>,
        rt::request::Entity<crate::beta::ItemPreviewInfo>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("preview"),
            rt::request::Json(params),
        )
    }
    /// `POST .../restore`: action `microsoft.graph.restore`.
    #[inline]
    pub fn restore(
        &self,
        params: crate::beta::params::DriveItemRestoreParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DriveItemRestoreParams>,
        rt::request::Entity<crate::beta::DriveItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("restore"),
            rt::request::Json(params),
        )
    }
    /// `GET .../search`: function `microsoft.graph.search`.
    #[inline]
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
                .node_target()
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
    #[inline]
    pub fn unfollow(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("unfollow"),
            rt::request::NoBody,
        )
    }
    /// `POST .../validatePermission`: action `microsoft.graph.validatePermission`.
    #[inline]
    pub fn validate_permission(
        &self,
        params: crate::beta::params::DriveItemValidatePermissionParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DriveItemValidatePermissionParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("validatePermission"),
            rt::request::Json(params),
        )
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Structural property `parentReference` (`microsoft.graph.itemReference`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn parent_reference(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ItemReference> {
        crate::path::PropertyPath::new(self.node_target().segment("parentReference"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `createdByUser` (`microsoft.graph.user`).
    ///
    /// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[inline]
    pub fn created_by_user(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::User,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("createdByUser"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `lastModifiedByUser` (`microsoft.graph.user`).
    ///
    /// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[inline]
    pub fn last_modified_by_user(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::User,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("lastModifiedByUser"))
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
impl dyn crate::beta::requests::DriveItemVersionPath {
    /// Stream property `content`.
    #[inline]
    pub fn content(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("content"))
    }
    /// `POST .../restoreVersion`: action `microsoft.graph.restoreVersion`.
    #[inline]
    pub fn restore_version(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("restoreVersion"),
            rt::request::NoBody,
        )
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Structural property `publication` (`microsoft.graph.publicationFacet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn publication(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PublicationFacet> {
        crate::path::PropertyPath::new(self.node_target().segment("publication"))
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
impl dyn crate::beta::requests::ediscovery::DataSourcePath {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
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
impl dyn crate::beta::requests::ediscovery::DataSourceContainerPath {
    /// Navigation property `lastIndexOperation` (`microsoft.graph.ediscovery.caseIndexOperation`).
    #[inline]
    pub fn last_index_operation(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::ediscovery::CaseIndexOperation,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("lastIndexOperation"))
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
impl dyn crate::beta::requests::windows_updates::DeploymentPath {
    /// Structural property `content` (`microsoft.graph.windowsUpdates.deployableContent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn content(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::windows_updates::AnyDeployableContent> {
        crate::path::PropertyPath::new(self.node_target().segment("content"))
    }
    /// Structural property `settings` (`microsoft.graph.windowsUpdates.deploymentSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::windows_updates::AnyDeploymentSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("settings"))
    }
    /// Structural property `state` (`microsoft.graph.windowsUpdates.deploymentState`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn state(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::windows_updates::DeploymentState> {
        crate::path::PropertyPath::new(self.node_target().segment("state"))
    }
    /// Containment navigation property `audience` (`microsoft.graph.windowsUpdates.deploymentAudience`).
    #[inline]
    pub fn audience(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::windows_updates::DeploymentAudience,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("audience"))
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
impl dyn crate::beta::requests::windows_updates::DeploymentAudiencePath {
    /// Containment navigation property `exclusions` (`microsoft.graph.windowsUpdates.updatableAsset`).
    #[inline]
    pub fn exclusions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::windows_updates::AnyUpdatableAsset,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("exclusions"))
    }
    /// Containment navigation property `members` (`microsoft.graph.windowsUpdates.updatableAsset`).
    #[inline]
    pub fn members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::windows_updates::AnyUpdatableAsset,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("members"))
    }
    /// `POST .../microsoft.graph.windowsUpdates.updateAudience`: action `microsoft.graph.windowsUpdates.updateAudience`.
    #[inline]
    pub fn update_audience(
        &self,
        params: crate::beta::params::DeploymentAudienceUpdateAudienceParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeploymentAudienceUpdateAudienceParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.windowsUpdates.updateAudience"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.windowsUpdates.updateAudienceById`: action `microsoft.graph.windowsUpdates.updateAudienceById`.
    #[inline]
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
            self
                .node_target()
                .segment("microsoft.graph.windowsUpdates.updateAudienceById"),
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
